"""``quiz validate FILE…``: schema and question invariants; lists every problem.

One policy for every input format: ``validate`` is the strict check, so a question that breaks
a hard rule is a problem (exit 1) whether the file is native, OpenTDB or The Trivia API. The
commands that *use* questions (``play``, ``export``, ``add``) are lenient in the same way for
every format: they leave such questions out, name each on stderr, and go on with the rest.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from quiz.bank import Question, QuestionSet, is_native, load_native_data, parse_json
from quiz.errors import InvalidInput, QuizError
from quiz.fileio import decode_text, read_bytes, read_text
from quiz.validate import pool_report, question_problems, set_problems


def load_for_validation(path: Path) -> tuple[QuestionSet, list[str]]:
    """A native set, or any importable JSON set (converted), and the problems found reading it.

    A native file that breaks the schema raises :class:`InvalidInput` listing the schema
    problems *and* the hard-rule problems of every question that could still be read. For
    the other formats, every question the importer would leave out is a problem here.
    """
    text = read_text(path)
    data = parse_json(text, str(path))
    if is_native(data):
        try:
            return load_native_data(data, str(path)), []
        except InvalidInput as error:
            error.problems.extend(_rule_problems_of_raw(data))
            raise
    from quiz.formats.importing import import_data

    result = import_data(data, str(path))
    return result.qset, [skipped.describe() for skipped in result.skipped]


def _is_json_schema(path: Path) -> bool:
    """``question_bank/schema.json`` sits beside the sets; ``validate DIR/*.json`` skips it."""
    try:
        data = parse_json(decode_text(read_bytes(path), str(path)), str(path))
    except QuizError:
        return False
    return isinstance(data, dict) and "$schema" in data and "questions" not in data


def _rule_problems_of_raw(data: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    raw_questions = data.get("questions")
    if not isinstance(raw_questions, list):
        return problems
    for index, raw in enumerate(raw_questions):
        try:
            question = Question.from_dict(raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            continue  # already reported by the schema
        label = question.id or f"questions/{index}"
        problems.extend(f"{label}: {p}" for p in question_problems(question))
    return problems


def history_report(data_dir: Path | None, min_answers: int) -> tuple[list[str], bool]:
    """Lines about questions the play data flags, and whether any was flagged."""
    from quiz.store import DB_NAME, Store, resolve_data_dir

    folder = resolve_data_dir(data_dir)
    if not (folder / DB_NAME).exists():
        return [f"history: no play data in {folder}"], False
    with Store.open(folder, warn=lambda m: click.echo(f"quiz: warning: {m}", err=True)) as s:
        stats = s.calibration()
        kept = s.kept_questions()
    enough = [q for q in stats.values() if q.n >= min_answers]
    flagged = [(q, q.flags(min_answers)) for q in sorted(enough, key=lambda q: q.question_id)]
    flagged = [(q, found) for q, found in flagged if found]
    lines = [
        f"history: {len(stats)} question(s) answered, {len(enough)} with at least "
        f"{min_answers} answers; {len(flagged)} flagged"
    ]
    for q, found in flagged:
        question = kept.get(q.question_id)
        stem = f" “{question.question}”" if question else ""
        low, high = q.wilson
        r_pb = "–" if q.point_biserial is None else f"{q.point_biserial:.2f}"
        lines.append(
            f"  {q.question_id}{stem} (n = {q.n}, p = {q.p_value:.2f} "
            f"[{low:.2f}, {high:.2f}], r_pb = {r_pb})"
        )
        lines.extend(f"    - {problem}" for problem in found)
    return lines, bool(flagged)


@click.command()
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--history",
    "with_history",
    is_flag=True,
    help="Also check the questions against play data: a distractor strong players choose, "
    "negative discrimination, questions nearly everyone gets right or wrong.",
)
@click.option(
    "--min-answers",
    type=click.IntRange(min=1),
    default=30,
    show_default=True,
    metavar="N",
    help="With --history: answers a question needs before it is judged.",
)
@click.option(
    "--data-dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="With --history: where the play data is (default: $QUIZ_DATA_DIR or the user data "
    "folder).",
)
def validate(
    files: tuple[Path, ...], with_history: bool, min_answers: int, data_dir: Path | None
) -> None:
    """Check question sets against the schema and the hard quality rules.

    Exit 0 when every file is clean, 1 when any problem is found (all are listed),
    2 when a file cannot be read.
    """
    if not files and not with_history:
        raise click.UsageError("give at least one FILE, or --history")
    failed = False
    unreadable: QuizError | None = None
    for path in files:
        if path.name == "schema.json" and _is_json_schema(path):
            click.echo(f"{path}: skipped (the JSON Schema, not a question set)")
            continue
        try:
            qset, read_problems = load_for_validation(path)
        except InvalidInput as error:
            failed = True
            click.echo(f"{path}: INVALID ({error.message})")
            for problem in error.problems:
                click.echo(f"  - {problem}")
            continue
        except QuizError as error:
            unreadable = error
            click.echo(f"quiz: error: {error}", err=True)
            continue
        problems = read_problems + set_problems(qset)
        report = pool_report(qset.questions)
        status = "ok" if not problems else f"{len(problems)} problem(s)"
        click.echo(
            f"{path}: {status}; {report.questions} questions "
            f"({report.multiple} multiple, {report.boolean} true/false); "
            f"answer strictly longest in {report.longest_key_share:.0%} of multiple-choice "
            f"(target ≤ 30%){'' if report.longest_key_ok else ' — ABOVE TARGET'}"
        )
        if problems:
            failed = True
            for problem in problems:
                click.echo(f"  - {problem}")
    if with_history:
        lines, flagged = history_report(data_dir, min_answers)
        click.echo("\n".join(lines))
        failed = failed or flagged
    if unreadable is not None:
        raise click.exceptions.Exit(2)
    if failed:
        raise click.exceptions.Exit(1)
