"""``quiz import FILE [--from F] [--encoding E] [-o OUT]``: other apps' JSON → a native set.

Without ``-o`` nothing is written: a summary says what would be imported (counts by
category and difficulty) and each skipped question is reported on stderr, so a user can
check a file before saving it. ``-o OUT.json`` writes the native set atomically;
``-o -`` writes it to stdout (and the summary to stderr).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import click

from quiz.bank import schema_problems
from quiz.errors import InvalidInput
from quiz.formats import OPENTDB_ENCODINGS
from quiz.formats.importing import INPUT_FORMATS, ImportResult, import_file
from quiz.formats.output import STDOUT, write_file, write_stdout


def _details(result: ImportResult) -> list[str]:
    """Counts by category and by difficulty, for the summary."""
    categories = Counter(q.category for q in result.qset.questions)
    difficulties = Counter(q.difficulty for q in result.qset.questions)
    return [
        "  categories: " + ", ".join(f"{c} {n}" for c, n in sorted(categories.items())),
        "  difficulties: " + ", ".join(f"{d} {n}" for d, n in sorted(difficulties.items())),
    ]


@click.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@click.option(
    "--from",
    "input_format",
    type=click.Choice(INPUT_FORMATS),
    default="auto",
    show_default=True,
    help="The file's format (auto: recognised from its shape).",
)
@click.option(
    "--encoding",
    type=click.Choice(OPENTDB_ENCODINGS, case_sensitive=False),
    default=None,
    help="OpenTDB text encoding (default: recognised; HTML entities unless obviously "
    "base64 or URL-encoded).",
)
@click.option(
    "-o",
    "--output",
    metavar="OUT|-",
    help="Write the native set to OUT (atomically) or '-' for stdout. "
    "Without it, only a summary is printed.",
)
def import_command(file: Path, input_format: str, encoding: str | None, output: str | None) -> None:
    """Convert FILE (native, OpenTDB or Trivia API JSON) into a native question set."""
    result = import_file(file, input_format, encoding.lower() if encoding else None)
    for skipped in result.skipped:
        click.echo(f"quiz: warning: {file}: {skipped.describe()}", err=True)
    problems = schema_problems(result.qset.to_dict())
    if problems:  # cannot happen for screened questions; never write an invalid set
        raise InvalidInput("the imported set does not match the native schema", problems)
    data = result.qset.to_json().encode("utf-8")
    to_stderr = output == STDOUT
    if output == STDOUT:
        write_stdout(data)
    elif output is not None:
        write_file(Path(output), data)
    click.echo(result.summary(str(file)), err=to_stderr)
    if output is None:
        for line in _details(result):
            click.echo(line)
        click.echo("  (nothing written: give -o OUT.json to save the native set)")
    elif output != STDOUT:
        click.echo(f"  wrote {output}", err=to_stderr)
