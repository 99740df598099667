"""``quiz reports``: questions players reported, with the question and its source.

A reported question is left out of play until ``quiz reports --clear ID`` (a report's number,
or a question id to clear all its reports). ``--json`` prints every open report with its full
question in the native format, and ``-o FILE`` writes the same JSON to a file (atomically) for
whoever maintains the bank. Never imports Textual.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from quiz.commands.options import data_dir_option
from quiz.errors import UsageProblem
from quiz.formats.output import write_file
from quiz.store import DB_NAME, Report, Store, resolve_data_dir


def report_json(report: Report) -> dict[str, object]:
    return {
        "id": report.id,
        "question_id": report.question_id,
        "reason": report.reason,
        "comment": report.comment,
        "player": report.player,
        "game": report.session_id,
        "created_at": report.created_at,
        "cleared_at": report.cleared_at,
        "question": report.question.to_dict() if report.question else None,
    }


def export_document(reports: list[Report]) -> str:
    """The reports file: a versioned wrapper around the reports and their questions."""
    data = {
        "format": "film-trivia-reports",
        "version": 1,
        "reports": [report_json(r) for r in reports],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def format_report(report: Report) -> list[str]:
    question = report.question
    who = f" by {report.player}" if report.player else ""
    lines = [f"#{report.id}  {report.reason}{who}, {report.created_at[:16].replace('T', ' ')}"]
    if report.comment:
        lines.append(f"    Comment: {report.comment}")
    lines.append(f"    Question {report.question_id}: {question.question if question else '?'}")
    if question:
        lines.append(f"    Key: {question.correct_answer}")
        lines.append(f"    Others: {' | '.join(question.incorrect_answers)}")
        if question.source:
            source = question.source
            lines.append(f"    Source: {source.path}, line {source.line}: “{source.quote}”")
    return lines


def _warn(message: str) -> None:
    click.echo(f"quiz: warning: {message}", err=True)


@click.command("reports")
@click.option("--json", "as_json", is_flag=True, help="Print the open reports as JSON.")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write the open reports with their questions to FILE (JSON).",
)
@click.option("--clear", "clear", metavar="ID", help="Clear report ID (or all on question ID).")
@click.option("--all", "include_cleared", is_flag=True, help="Include cleared reports.")
@data_dir_option()
def reports(
    as_json: bool,
    output: Path | None,
    clear: str | None,
    include_cleared: bool,
    data_dir: Path | None,
) -> None:
    """List reported questions (left out of play until cleared)."""
    folder = resolve_data_dir(data_dir)
    if not (folder / DB_NAME).exists():
        if clear is not None:
            raise UsageProblem(f"no report {clear}: nothing was reported (no file in {folder})")
        click.echo("[]" if as_json else "No reports.")
        return
    with Store.open(folder, warn=_warn) as store:
        if clear is not None:
            cleared = store.clear_reports(clear.strip())
            if not cleared:
                raise UsageProblem(f"no open report {clear}")
            noun = "report" if cleared == 1 else "reports"
            click.echo(f"Cleared {cleared} {noun}; the question is back in play if none is left.")
            return
        found = store.reports(include_cleared=include_cleared)
        if output is not None:
            write_file(output, export_document(found).encode())
            click.echo(f"quiz: wrote {len(found)} report(s) to {output}", err=True)
            return
        if as_json:
            click.echo(json.dumps([report_json(r) for r in found], ensure_ascii=False, indent=2))
            return
        if not found:
            click.echo("No reports.")
            return
        blocks = ["\n".join(format_report(r)) for r in found]
        click.echo("\n\n".join(blocks))
        click.echo("\nquiz reports --clear ID puts a question back in play.")
