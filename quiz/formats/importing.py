"""Import question files (native, OpenTDB, The Trivia API) into a native set.

One policy for every format and every caller (``quiz import``, and ``quiz play``/``export``
given a JSON SOURCE):

- malformed JSON, a missing or non-UTF-8 file: :class:`UnreadableInput` (exit 2) naming the
  file, line and column;
- JSON of the wrong shape (a missing key, text where a list belongs, an unknown format):
  :class:`InvalidInput` (exit 1) listing every problem;
- a well-formed question that breaks a hard rule of :mod:`quiz.validate` (duplicate options,
  the answer among the distractors, a wrong option count…), or repeats an earlier question,
  is skipped and reported; the rest are imported. A file with nothing left is invalid.

Imported questions keep their category and difficulty; foreign formats get ids derived from
their content (:func:`quiz.formats.reading.content_id`), so re-importing gives the same ids.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, cast

from quiz import GENERATOR
from quiz.bank import Question, QuestionSet, is_native, parse_json
from quiz.errors import InvalidInput, UsageProblem
from quiz.fileio import read_text
from quiz.formats import OPENTDB_ENCODINGS, OpenTDBEncoding
from quiz.formats.common import one_line
from quiz.formats.reading import Entry
from quiz.textnorm import normalize_option

InputFormat = Literal["native", "opentdb", "triviaapi"]
INPUT_FORMATS: tuple[str, ...] = ("auto", "native", "opentdb", "triviaapi")
FORMAT_LABELS = {"native": "native", "opentdb": "OpenTDB", "triviaapi": "The Trivia API"}


@dataclass(frozen=True)
class Skipped:
    """A question that was read but not imported, and why."""

    where: str
    question: str
    problems: tuple[str, ...]

    def describe(self) -> str:
        stem = one_line(self.question)
        stem = stem if len(stem) <= 60 else stem[:57] + "..."
        label = f"{self.where} ({stem!r})" if stem else self.where
        return f"skipped {label}: {'; '.join(self.problems)}"


@dataclass
class ImportResult:
    """The imported set plus what the user should be told about the import."""

    qset: QuestionSet
    input_format: InputFormat
    encoding: OpenTDBEncoding | None = None
    read: int = 0
    skipped: list[Skipped] = field(default_factory=list)

    def summary(self, name: str) -> str:
        """One line: how many questions came from where, and how many were skipped."""
        label = FORMAT_LABELS[self.input_format]
        if self.encoding is not None:
            label += f", {self.encoding} encoding"
        line = f"{name}: imported {len(self.qset.questions)} of {self.read} question(s) ({label})"
        return line + (f"; {len(self.skipped)} skipped" if self.skipped else "")


def detect_format(data: Any, name: str) -> InputFormat:
    """Which format a decoded JSON document is in, from its shape alone."""
    if is_native(data) or (isinstance(data, dict) and "questions" in data):
        return "native"
    if isinstance(data, dict) and ("results" in data or "response_code" in data):
        return "opentdb"
    if isinstance(data, list):
        first = next((item for item in data if isinstance(item, dict)), None)
        if first is not None and "correct_answer" in first:
            return "opentdb"  # a bare OpenTDB results array
        if first is not None and ("correctAnswer" in first or "incorrectAnswers" in first):
            return "triviaapi"
        if not data:
            raise InvalidInput("the file is an empty list: no questions to import", path=name)
    raise InvalidInput(
        "not a question file this importer knows",
        [
            'expected a native set ("format": "film-trivia-set"), an OpenTDB response '
            '({"response_code": 0, "results": [...]}) or a Trivia API array '
            '([{"question": ..., "correctAnswer": ...}])'
        ],
        path=name,
    )


def _entries(
    data: Any, name: str, fmt: InputFormat, encoding: OpenTDBEncoding | None
) -> tuple[list[Entry], QuestionSet | None, OpenTDBEncoding | None]:
    """The format's reader: entries, the native set (for its metadata), the encoding used."""
    if fmt == "native":
        from quiz.formats import native

        qset, found = native.entries(data, name)
        return found, qset, None
    if fmt == "opentdb":
        from quiz.formats import opentdb

        found, used = opentdb.entries(data, name, encoding)
        return found, None, used
    from quiz.formats import triviaapi

    return triviaapi.entries(data, name), None, None


def _filter(found: list[Entry]) -> tuple[list[Question], list[Skipped]]:
    """Keep questions that pass the hard rules and are not repeats; explain the rest."""
    from quiz.validate import question_problems

    kept: list[Question] = []
    skipped: list[Skipped] = []
    first_seen: dict[str, str] = {}
    for entry in found:
        question = entry.question
        if question is None:
            skipped.append(Skipped(entry.where, "", (entry.problem or "unreadable",)))
            continue
        problems = question_problems(question)
        stem_key = normalize_option(question.question, drop_parentheticals=False)
        for key in (f"id:{question.id}", f"stem:{stem_key}"):
            if key in first_seen and not problems:
                problems.append(f"duplicate: repeats {first_seen[key]}")
        if problems:
            skipped.append(Skipped(entry.where, question.question, tuple(problems)))
            continue
        first_seen.setdefault(f"id:{question.id}", entry.where)
        first_seen.setdefault(f"stem:{stem_key}", entry.where)
        kept.append(question)
    return kept, skipped


def import_data(
    data: Any,
    name: str,
    input_format: str = "auto",
    encoding: str | None = None,
) -> ImportResult:
    """Import a decoded JSON document; see the module docstring for the error policy."""
    if input_format not in INPUT_FORMATS:
        raise UsageProblem(f"unknown input format {input_format!r}")
    if encoding is not None and encoding not in OPENTDB_ENCODINGS:
        raise UsageProblem(f"unknown encoding {encoding!r}")
    fmt = detect_format(data, name) if input_format == "auto" else cast(InputFormat, input_format)
    if encoding is not None and fmt != "opentdb":
        raise UsageProblem(
            f"--encoding applies to OpenTDB files only, and this file is in the {FORMAT_LABELS[fmt]} format",
            path=name,
        )
    found, native_set, used = _entries(data, name, fmt, encoding)
    kept, skipped = _filter(found)
    if not kept:
        raise InvalidInput(
            "no question could be imported",
            [s.describe() for s in skipped] or ["the file holds no questions"],
            path=name,
        )
    if native_set is not None:
        qset = QuestionSet(native_set.title, kept, native_set.generator, native_set.sources)
    else:
        title = f"{Path(name).stem} ({FORMAT_LABELS[fmt]})"
        qset = QuestionSet(title=title, questions=kept, generator=GENERATOR)
    return ImportResult(qset, fmt, used, read=len(found), skipped=skipped)


def import_file(
    path: Path, input_format: str = "auto", encoding: str | None = None
) -> ImportResult:
    """Read, parse and import one file."""
    name = str(path)
    return import_data(parse_json(read_text(path), name), name, input_format, encoding)


def _to_stderr(message: str) -> None:
    print(f"quiz: warning: {message}", file=sys.stderr)


def load_question_file(
    path: Path,
    input_format: str = "auto",
    encoding: str | None = None,
    *,
    on_skip: Callable[[str], None] | None = None,
) -> QuestionSet:
    """The importable questions of ``path`` as a native set (what SOURCE arguments use).

    Each skipped question is reported through ``on_skip`` (by default a warning on stderr,
    so ``quiz play other.json`` tells the user what it left out).
    """
    result = import_file(path, input_format, encoding)
    report = on_skip or _to_stderr
    for skipped in result.skipped:
        report(f"{path}: {skipped.describe()}")
    return result.qset
