"""The Trivia API question array, v2 written, v2 and v1 read (``GET /v2/questions``).

Export writes a bare JSON array of v2 objects: a 24-hex id derived from our id (stable across
exports), the ``film_and_tv`` category (or the category an imported question already had),
plain text (never entity-encoded), snake_case tags, ``type: text_choice``, ``regions: []`` and
``isNiche: false``. True/false questions are written as ``text_choice`` with the two options
``True``/``False`` (one incorrect answer), which the reader maps back to ``boolean``.

Import reads v2 (``question: {"text": ...}``) and v1 (``question`` a string, display-name
categories); question types other than text choice are skipped and reported.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from quiz.bank import Question, QuestionSet
from quiz.formats import ExportOptions
from quiz.formats.common import unique_exact
from quiz.formats.reading import Entry, ShapeCheck, content_id, question_type
from quiz.textnorm import strip_accents

#: v2 category slugs, and the v1 display names they replaced.
CATEGORIES_V1_TO_V2: dict[str, str] = {
    "Arts & Literature": "arts_and_literature",
    "Film & TV": "film_and_tv",
    "Food & Drink": "food_and_drink",
    "General Knowledge": "general_knowledge",
    "Geography": "geography",
    "History": "history",
    "Music": "music",
    "Science": "science",
    "Society & Culture": "society_and_culture",
    "Sport & Leisure": "sport_and_leisure",
}
CATEGORIES: tuple[str, ...] = tuple(CATEGORIES_V1_TO_V2.values())
FILM_CATEGORY = "film_and_tv"
_NOT_SNAKE = re.compile(r"[^0-9a-z]+")


def snake_case(text: str) -> str:
    """``Box office`` → ``box_office``; ASCII only, may be empty for non-Latin text."""
    return _NOT_SNAKE.sub("_", strip_accents(text).lower()).strip("_")


def api_id(question: Question) -> str:
    """24 hex digits derived from our id, so re-exports keep the same id."""
    return hashlib.sha256(question.id.encode("utf-8")).hexdigest()[:24]


def category_for(question: Question) -> str:
    """The v2 slug: kept when the question already has one (imported), else film_and_tv."""
    if question.category in CATEGORIES:
        return question.category
    return CATEGORIES_V1_TO_V2.get(question.category, FILM_CATEGORY)


def tags_for(question: Question) -> list[str]:
    """Our category (unless it is already the API category) and tags, in snake_case."""
    names = list(question.tags)
    if question.category != category_for(question):
        names.insert(0, question.category)
    return unique_exact([tag for tag in (snake_case(n) for n in names) if tag])


def to_object(question: Question) -> dict[str, Any]:
    """One v2 question object, keys in the order the API returns them."""
    return {
        "id": api_id(question),
        "category": category_for(question),
        "correctAnswer": question.correct_answer,
        "incorrectAnswers": list(question.incorrect_answers),
        "question": {"text": question.question},
        "tags": tags_for(question),
        "type": "text_choice",
        "difficulty": question.difficulty,
        "regions": [],
        "isNiche": False,
    }


def export(qset: QuestionSet, options: ExportOptions = ExportOptions(), /) -> str:  # noqa: B008
    """The set as a v2 array (plain UTF-8 text; the seed does not change it)."""
    objects = [to_object(q) for q in qset.questions]
    return json.dumps(objects, ensure_ascii=False, indent=2) + "\n"


def _stem(item: dict[str, Any], where: str, check: ShapeCheck) -> str | None:
    """The question text: v2 ``{"text": ...}`` or v1 plain string."""
    value = item.get("question")
    if isinstance(value, dict):
        return check.text(value, "text", f"{where}.question")
    if isinstance(value, str):
        return value
    if "question" not in item:
        check.problems.append(f"{where}: missing key 'question'")
    else:
        check.problems.append(f'{where}.question: expected text or {{"text": ...}}')
    return None


def _entry(item: Any, where: str, check: ShapeCheck) -> Entry | None:
    """One array item as an entry, or None after recording its shape problems."""
    if not isinstance(item, dict):
        check.problems.append(f"{where}: expected an object")
        return None
    stem = _stem(item, where, check)
    category = check.text(item, "category", where)
    correct = check.text(item, "correctAnswer", where)
    incorrect = check.texts(item, "incorrectAnswers", where)
    difficulty = check.difficulty(check.text(item, "difficulty", where), where)
    tags: list[str] = []
    if "tags" in item:
        tags = check.texts(item, "tags", where) or []
    kind = item.get("type", "text_choice")
    if stem is None or category is None or correct is None or incorrect is None:
        return None
    if difficulty is None:
        return None
    if kind not in ("text_choice", "Multiple Choice"):
        return Entry(where, None, f"unsupported question type {kind!r} (only text choice)")
    stem, correct, category = stem.strip(), correct.strip(), category.strip() or "general_knowledge"
    incorrect = [a.strip() for a in incorrect]
    question = Question(
        id=content_id("triviaapi", category, stem, correct),
        type=question_type(correct, incorrect),
        category=category,
        difficulty=difficulty,
        question=stem,
        correct_answer=correct,
        incorrect_answers=tuple(incorrect),
        tags=tuple(unique_exact(tags)),
    )
    return Entry(where, question)


def entries(data: Any, name: str = "<input>") -> list[Entry]:
    """Every array item as an entry; a wrong shape raises exit 1 listing each problem."""
    check = ShapeCheck(name)
    if not isinstance(data, list):
        check.problems.append("(top level): expected an array of questions")
        check.raise_if_any("Trivia API")
    found = [_entry(item, f"[{i}]", check) for i, item in enumerate(data)]
    check.raise_if_any("Trivia API")
    return [e for e in found if e is not None]
