"""Interchange formats: one module per external quiz format, and the registry that picks one.

Every exporter has the same shape, ``export(qset, options) -> str | bytes``, and assumes a set
that already passed the validator. :func:`render` is the single entry point the CLI uses: it
validates first (so no format can ever write a question that breaks a hard rule), imports the
format module lazily (``--format csv`` never pays for openpyxl or genanki) and always returns
bytes ready for :func:`quiz.fileio.write_atomic` or stdout.

Formats that can be read back (native, opentdb, triviaapi) also have
``entries(data, name) -> list[Entry]``, one entry per question read (or the reason it could
not be); :mod:`quiz.formats.importing` is their only caller and adds format detection and the
skip-and-report policy. Where each format credits the source article is in the README's table.
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


FORMATS: dict[str, FormatSpec] = {
    spec.name: spec
    for spec in (
        FormatSpec("native", "quiz.formats.native", ".json", binary=False),
        FormatSpec("opentdb", "quiz.formats.opentdb", ".json", binary=False),
        FormatSpec("triviaapi", "quiz.formats.triviaapi", ".json", binary=False),
        FormatSpec("gift", "quiz.formats.gift", ".gift", binary=False),
        FormatSpec("aiken", "quiz.formats.aiken", ".txt", binary=False),
        FormatSpec("moodlexml", "quiz.formats.moodlexml", ".xml", binary=False),
        FormatSpec("kahoot", "quiz.formats.kahoot", ".xlsx", binary=True),
        FormatSpec("anki", "quiz.formats.anki", ".apkg", binary=True),
        FormatSpec("csv", "quiz.formats.csv", ".csv", binary=False),
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


def render(
    name: str, qset: QuestionSet, options: ExportOptions | None = None, *, checked: bool = False
) -> bytes:
    """Validate ``qset`` and export it in format ``name``, as the bytes to write.

    ``checked=True``: the caller has just removed every question breaking a hard rule (as
    ``quiz export`` does), so the second pass over a large set is skipped.
    """
    from quiz.formats.paths import public_sources

    if checked:
        if not qset.questions:
            raise InvalidInput("refusing to export: the set holds no questions")
    else:
        check_exportable(qset)
    # Sources name the article by a relative path or its file name, never a local folder.
    data = exporter(name)(public_sources(qset), options or ExportOptions())
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
