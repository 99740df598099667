"""Interchange formats: one module per external quiz format, and the registry that picks one.

Every exporter has the same shape, ``export(qset, options) -> str | bytes``, and assumes a set
that already passed the validator. :func:`render` is the single entry point the CLI uses: it
validates first (so no format can ever write a question that breaks a hard rule), imports the
format module lazily (``--format csv`` never pays for openpyxl or genanki) and always returns
bytes ready for :func:`quiz.fileio.write_atomic` or stdout.

Formats that can be read back (native, opentdb, triviaapi) also have ``load(data) -> QuestionSet``;
:mod:`quiz.formats.importing` wraps them with format detection and the skip-and-report policy.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal, Protocol, cast

from quiz.bank import QuestionSet
from quiz.errors import InvalidInput

OpenTDBEncoding = Literal["html", "url3986", "urllegacy", "base64"]
OPENTDB_ENCODINGS: tuple[OpenTDBEncoding, ...] = ("html", "url3986", "urllegacy", "base64")


def _ignore(_message: str) -> None:
    """Default sink for notes about questions a format had to leave out."""


@dataclass(frozen=True)
class ExportOptions:
    """What an exporter may be told beyond the set itself.

    ``seed`` fixes the order of options in formats that list them in a fixed order (so the
    correct answer is not always first, yet the file is reproducible); ``encode`` is the
    OpenTDB text encoding; ``report`` receives one line per question a format left out
    (Kahoot's length limits), which the CLI prints on stderr.
    """

    seed: int = 0
    encode: OpenTDBEncoding = "html"
    report: Callable[[str], None] = field(default=_ignore, compare=False)


class Exporter(Protocol):
    """The callable every format module exposes as ``export``."""

    def __call__(self, qset: QuestionSet, options: ExportOptions = ..., /) -> str | bytes: ...


@dataclass(frozen=True)
class FormatSpec:
    """Static facts about one export format (what the CLI needs before importing it)."""

    name: str
    module: str
    suffix: str
    binary: bool
    summary: str
    attribution: str


FORMATS: dict[str, FormatSpec] = {
    spec.name: spec
    for spec in (
        FormatSpec(
            "native",
            "quiz.formats.native",
            ".json",
            False,
            "our own question set (JSON, see question_bank/schema.json)",
            "the set's sources and each question's source",
        ),
        FormatSpec(
            "opentdb",
            "quiz.formats.opentdb",
            ".json",
            False,
            "Open Trivia Database API response (JSON)",
            "none: the format allows exactly six keys per question",
        ),
        FormatSpec(
            "triviaapi",
            "quiz.formats.triviaapi",
            ".json",
            False,
            "The Trivia API v2 question array (JSON)",
            "none: the format has no field for it",
        ),
        FormatSpec(
            "gift",
            "quiz.formats.gift",
            ".gift",
            False,
            "Moodle GIFT text",
            "comment header (set sources) and a comment above each question",
        ),
        FormatSpec(
            "aiken",
            "quiz.formats.aiken",
            ".txt",
            False,
            "Moodle Aiken text",
            "none: Aiken has no comments or feedback",
        ),
        FormatSpec(
            "moodlexml",
            "quiz.formats.moodlexml",
            ".xml",
            False,
            "Moodle XML",
            "XML comment header and each question's general feedback",
        ),
        FormatSpec(
            "kahoot",
            "quiz.formats.kahoot",
            ".xlsx",
            True,
            "Kahoot! spreadsheet import template (xlsx)",
            "rows 1-6 above the template header",
        ),
        FormatSpec(
            "anki",
            "quiz.formats.anki",
            ".apkg",
            True,
            "Anki deck package (apkg)",
            "the Source field on the back of each card",
        ),
        FormatSpec(
            "csv",
            "quiz.formats.csv",
            ".csv",
            False,
            "CSV, RFC 4180, one row per question with a header",
            "columns source_path, source_line, source_quote",
        ),
    )
}
FORMAT_NAMES: tuple[str, ...] = tuple(FORMATS)


def exporter(name: str) -> Exporter:
    """The ``export`` function of format ``name`` (imported on first use)."""
    module = importlib.import_module(FORMATS[name].module)
    return cast(Exporter, module.export)


def check_exportable(qset: QuestionSet) -> None:
    """Refuse a set that breaks a hard rule: exit 1 with every problem listed."""
    from quiz.validate import set_problems

    problems = set_problems(qset)
    if problems:
        raise InvalidInput(
            f"refusing to export: {len(problems)} problem(s) in the question set", problems
        )
    if not qset.questions:
        raise InvalidInput("refusing to export: the set holds no questions")


def render(name: str, qset: QuestionSet, options: ExportOptions | None = None) -> bytes:
    """Validate ``qset`` and export it in format ``name``, as the bytes to write."""
    check_exportable(qset)
    data = exporter(name)(qset, options or ExportOptions())
    return data.encode("utf-8") if isinstance(data, str) else data


__all__ = [
    "FORMATS",
    "FORMAT_NAMES",
    "OPENTDB_ENCODINGS",
    "ExportOptions",
    "FormatSpec",
    "OpenTDBEncoding",
    "check_exportable",
    "exporter",
    "render",
]
