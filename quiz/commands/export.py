"""``quiz export [SOURCE…] --format F [-o FILE|-] [filters] [--seed N] [--encode E]``.

Loads the sources (articles, importable JSON, folders; the bundled bank by default), applies
the filters, validates the selection and writes it in the chosen format. Text formats go to
stdout unless ``-o FILE`` is given; binary formats (kahoot, anki) need ``-o FILE`` or an
explicit ``-o -`` to a pipe. Never imports Textual.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import cast

import click

from quiz.bank import Question, QuestionSet, select_questions, with_questions
from quiz.commands.options import (
    article_format_option,
    category_option,
    difficulty_option,
    seed_option,
    sources_argument,
)
from quiz.errors import InvalidInput, UsageProblem
from quiz.formats import (
    FORMAT_NAMES,
    FORMATS,
    OPENTDB_ENCODINGS,
    ExportOptions,
    OpenTDBEncoding,
    render,
)
from quiz.formats.output import STDOUT, refuse_binary_terminal, write_file, write_stdout
from quiz.picking import pick_questions


def _note(message: str) -> None:
    click.echo(f"quiz: note: {message}", err=True)


def _calibrated(
    questions: list[Question], data_dir: Path | None, min_answers: int | None
) -> list[Question]:
    """``questions`` with their calibrated difficulty where the play data has enough answers."""
    from quiz.analysis.calibration import MIN_ANSWERS, apply_calibration
    from quiz.store import DB_NAME, Store, resolve_data_dir

    folder = resolve_data_dir(data_dir)
    if not (folder / DB_NAME).exists():
        _note(f"no play data in {folder}: difficulties stay rule-based")
        return questions
    needed = min_answers or MIN_ANSWERS
    with Store.open(folder, warn=_note) as store:
        stats = store.calibration()
    result = apply_calibration(questions, stats, needed)
    enough = sum(1 for q in questions if q.id in stats and stats[q.id].n >= needed)
    changed = sum(1 for a, b in zip(questions, result, strict=True) if a.difficulty != b.difficulty)
    _note(
        f"calibrated {enough} of {len(questions)} question(s) from play data "
        f"(at least {needed} answers); {changed} changed difficulty"
    )
    return result


def _without_rule_breakers(qset: QuestionSet) -> list[Question]:
    """The set's questions minus those breaking a hard rule, each one named on stderr.

    Each file was screened when it was read; what is left to find here spans files (the same
    stem in two of them). Same policy as reading: leave it out, say so, go on.
    """
    from quiz.validate import set_problems

    problems: dict[str, list[str]] = {}
    for problem in set_problems(qset):
        question_id, _, what = problem.partition(": ")
        problems.setdefault(question_id, []).append(what)
    for question_id, found in problems.items():
        _note(f"left out {question_id}: {'; '.join(found)}")
    return [q for q in qset.questions if q.id not in problems]


@click.command("export")
@sources_argument()
@click.option(
    "--format",
    "-f",
    "format_name",
    required=True,
    type=click.Choice(FORMAT_NAMES, case_sensitive=False),
    help="Output format.",
)
@click.option(
    "-o",
    "--output",
    metavar="FILE|-",
    help="Write to FILE (atomically) or '-' for stdout. "
    "Default: stdout for text formats; binary formats (kahoot, anki) require -o.",
)
@category_option("Keep questions of this category (repeatable).")
@difficulty_option("Keep this difficulty only.")
@click.option(
    "--count", type=click.IntRange(min=1), metavar="N", help="Export at most N questions."
)
@seed_option(
    "Draw questions in a random order from this seed, and order options by it "
    "(same seed, same bytes). Without it: source order, options ordered by seed 0."
)
@click.option(
    "--encode",
    type=click.Choice(OPENTDB_ENCODINGS, case_sensitive=False),
    default=None,
    help="OpenTDB text encoding: html (default), url3986, urllegacy or base64.",
)
@article_format_option()
@click.option(
    "--calibrated",
    is_flag=True,
    help="Use the difficulty calibrated from play data (questions with enough answers).",
)
@click.option(
    "--min-answers",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="With --calibrated: answers a question needs (default 30).",
)
@click.option(
    "--data-dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="With --calibrated: where the play data is (default: $QUIZ_DATA_DIR or the user "
    "data folder).",
)
def export(
    sources: tuple[Path, ...],
    format_name: str,
    output: str | None,
    categories: tuple[str, ...],
    difficulty: str | None,
    count: int | None,
    seed: int | None,
    encode: str | None,
    calibrated: bool = False,
    min_answers: int | None = None,
    data_dir: Path | None = None,
    article_format: str = "auto",
) -> None:
    """Export questions from SOURCE… (default: the bundled bank) to another quiz format."""
    spec = FORMATS[format_name.lower()]
    if encode is not None and spec.name != "opentdb":
        raise UsageProblem("--encode applies to --format opentdb only")
    if spec.binary and output is None:
        raise UsageProblem(
            f"--format {spec.name} writes a binary {spec.suffix} file: give -o FILE{spec.suffix}"
            " (or -o - to pipe it)"
        )
    if spec.binary and output == STDOUT:
        refuse_binary_terminal(spec.suffix)

    from quiz.sources import load_sources

    qset = load_sources(list(sources), article_format, warn=_note)
    if calibrated:
        qset = with_questions(qset, _calibrated(qset.questions, data_dir, min_answers))
    elif min_answers is not None:
        raise UsageProblem("--min-answers applies with --calibrated only")
    rng = random.Random(seed) if seed is not None else None
    chosen = select_questions(
        qset.questions,
        categories=categories,
        difficulty=difficulty,
        rng=rng if count is None else None,
    )
    if count is not None:  # one fact, one question; no stem printing another's answer
        chosen = pick_questions(chosen, count, rng)
    if not chosen:
        raise UsageProblem(
            f"no question matches the filters ({len(qset.questions)} question(s) in the sources)"
        )
    if count is not None and len(chosen) < count:
        _note(f"only {len(chosen)} question(s) match; exporting those")
    chosen = _without_rule_breakers(with_questions(qset, chosen))

    left_out: list[str] = []
    options = ExportOptions(
        seed=seed or 0,
        encode=cast(OpenTDBEncoding, encode.lower() if encode else "html"),
        report=left_out.append,
    )
    data = render(spec.name, with_questions(qset, chosen), options, checked=True)
    for message in left_out:
        _note(message)
    if len(left_out) >= len(chosen):
        raise InvalidInput(f"every question was left out of the {spec.name} export", left_out)

    if output is None or output == STDOUT:
        write_stdout(data)
        return
    write_file(Path(output), data)
    written = len(chosen) - len(left_out)
    click.echo(f"quiz: wrote {written} question(s) to {output} ({spec.name})", err=True)
