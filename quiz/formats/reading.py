"""What the readers of foreign formats share: entries, content-derived ids, shape checks.

A reader turns a decoded JSON document into one :class:`Entry` per question it found, in file
order, each naming where it was (``results[3]``) so that the importer can report a skipped
question in terms the user can find in the file. Shape problems (a missing key, a number
where text belongs) are collected for the whole file and raised together, because a file
with the wrong shape is not the format it claims to be.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from quiz.bank import BOOLEAN_OPTIONS, DIFFICULTIES, Difficulty, Question, QuestionType
from quiz.errors import InvalidInput
from quiz.textnorm import slugify


@dataclass(frozen=True)
class Entry:
    """One question as read from a file: the question, or why it could not become one."""

    where: str
    question: Question | None
    problem: str | None = None


def content_id(prefix: str, category: str, question: str, correct_answer: str) -> str:
    """A stable id for an imported question, derived from what it asks and its answer.

    The same question imported twice (from any encoding of the same file) gets the same id,
    so scores and practice history attach to it across re-imports.
    """
    digest = hashlib.sha1(f"{question}\x1f{correct_answer}".encode()).hexdigest()[:10]
    return f"{prefix}-{slugify(category, max_length=32)}-{digest}"


def question_type(correct: str, incorrect: list[str]) -> QuestionType:
    """``boolean`` when the options are exactly True and False, else ``multiple``."""
    if len(incorrect) == 1 and {correct, *incorrect} == set(BOOLEAN_OPTIONS):
        return "boolean"
    return "multiple"


@dataclass
class ShapeCheck:
    """Collects shape problems of one document, then raises them all at once."""

    name: str
    problems: list[str] = field(default_factory=list)

    def text(self, obj: dict[str, Any], key: str, where: str) -> str | None:
        """``obj[key]`` when it is a string; otherwise record a problem and return None."""
        if key not in obj:
            self.problems.append(f"{where}: missing key {key!r}")
            return None
        value = obj[key]
        if not isinstance(value, str):
            self.problems.append(f"{where}.{key}: expected text, found {_kind(value)}")
            return None
        return value

    def texts(self, obj: dict[str, Any], key: str, where: str) -> list[str] | None:
        """``obj[key]`` when it is a list of strings; otherwise record a problem."""
        if key not in obj:
            self.problems.append(f"{where}: missing key {key!r}")
            return None
        value = obj[key]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problems.append(f"{where}.{key}: expected a list of texts, found {_kind(value)}")
            return None
        return list(value)

    def difficulty(self, value: str | None, where: str) -> Difficulty | None:
        """The difficulty in lower case, or a problem when it is not easy/medium/hard."""
        if value is None:
            return None
        lowered = value.strip().lower()
        for known in DIFFICULTIES:
            if lowered == known:
                return known
        self.problems.append(f"{where}.difficulty: {value!r} is not one of easy, medium, hard")
        return None

    def raise_if_any(self, what: str) -> None:
        """Raise :class:`InvalidInput` (exit 1) listing every problem, if there are any."""
        if self.problems:
            raise InvalidInput(
                f"not a valid {what} file ({len(self.problems)} problem(s))",
                self.problems,
                path=self.name,
            )


def _kind(value: Any) -> str:
    """A user-facing name for a JSON value's type."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__
