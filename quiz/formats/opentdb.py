"""Open Trivia Database JSON: the ``api.php`` response, written and read (docs/ARCHITECTURE.md, "Formats").

Export writes exactly ``{"response_code": 0, "results": [...]}`` with exactly the six keys
per result, because real clients (pyopentdb) build dataclasses from the keys and fail on any
extra one; our ids and sources therefore have no place here. Every string field is encoded
the way OpenTDB does it for the chosen ``encode``: HTML entities escaped exactly once by
default (``'`` as ``&#039;``, other Unicode left literal), or url3986 / urlLegacy / base64.

Import accepts all four encodings (the file carries no marker, so the caller says which, or
we recognise base64 and URL encoding when it is obvious) and decodes every field exactly once.
"""

from __future__ import annotations

import base64
import binascii
import html
import json
import re
import urllib.parse
from typing import Any

from quiz.bank import Question, QuestionSet
from quiz.errors import InvalidInput
from quiz.formats import ExportOptions, OpenTDBEncoding
from quiz.formats.reading import Entry, ShapeCheck, content_id

#: The category names OpenTDB uses (``api_category.php``, ids 9-32).
CATEGORIES: tuple[str, ...] = (
    "General Knowledge",
    "Entertainment: Books",
    "Entertainment: Film",
    "Entertainment: Music",
    "Entertainment: Musicals & Theatres",
    "Entertainment: Television",
    "Entertainment: Video Games",
    "Entertainment: Board Games",
    "Science & Nature",
    "Science: Computers",
    "Science: Mathematics",
    "Mythology",
    "Sports",
    "Geography",
    "History",
    "Politics",
    "Art",
    "Celebrities",
    "Animals",
    "Vehicles",
    "Entertainment: Comics",
    "Science: Gadgets",
    "Entertainment: Japanese Anime & Manga",
    "Entertainment: Cartoon & Animations",
)
FILM_CATEGORY = "Entertainment: Film"
RESPONSE_CODES = {
    1: "no results (not enough questions for the query)",
    2: "invalid parameter",
    3: "token not found",
    4: "token empty (every question for the query was served)",
    5: "rate limit exceeded",
}
_TEXT_KEYS = ("type", "difficulty", "category", "question", "correct_answer")
_BASE64_TYPES = {"bXVsdGlwbGU=", "Ym9vbGVhbg=="}
_PERCENT_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")


def encode_text(text: str, encoding: OpenTDBEncoding) -> str:
    """``text`` as OpenTDB sends it with ``encode=encoding`` (``html`` = the default)."""
    if encoding == "html":
        return html.escape(text, quote=True).replace("&#x27;", "&#039;")
    if encoding == "url3986":
        return urllib.parse.quote(text, safe="")
    if encoding == "urllegacy":  # PHP urlencode: spaces as '+', '~' escaped too
        return urllib.parse.quote_plus(text, safe="").replace("~", "%7E")
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def decode_text(text: str, encoding: OpenTDBEncoding) -> str:
    """Undo :func:`encode_text` exactly once; raises ``ValueError`` on malformed input."""
    if encoding == "html":
        return html.unescape(text)
    if encoding == "url3986":
        return urllib.parse.unquote(text, errors="strict")
    if encoding == "urllegacy":
        return urllib.parse.unquote_plus(text, errors="strict")
    try:
        return base64.b64decode(text, validate=True).decode("utf-8")
    except binascii.Error as exc:
        raise ValueError(f"not base64 ({exc})") from exc


def category_for(question: Question) -> str:
    """OpenTDB's category name: kept when it already is one (imported), else film."""
    return question.category if question.category in CATEGORIES else FILM_CATEGORY


def export(qset: QuestionSet, options: ExportOptions = ExportOptions(), /) -> str:  # noqa: B008
    """The set as an OpenTDB response, every string field encoded with ``options.encode``."""

    def enc(text: str) -> str:
        return encode_text(text, options.encode)

    results = [
        {
            "type": enc(q.type),
            "difficulty": enc(q.difficulty),
            "category": enc(category_for(q)),
            "question": enc(q.question),
            "correct_answer": enc(q.correct_answer),
            "incorrect_answers": [enc(a) for a in q.incorrect_answers],
        }
        for q in qset.questions
    ]
    return json.dumps({"response_code": 0, "results": results}, ensure_ascii=False, indent=2) + "\n"


def _strings(results: list[Any]) -> list[str]:
    """Every string value of every result (for encoding detection)."""
    found: list[str] = []
    for item in results:
        if isinstance(item, dict):
            for value in item.values():
                if isinstance(value, str):
                    found.append(value)
                elif isinstance(value, list):
                    found.extend(v for v in value if isinstance(v, str))
    return found


def detect_encoding(results: list[Any]) -> OpenTDBEncoding:
    """Guess the encoding when it is obvious; HTML entities (the API default) otherwise.

    base64: every ``type`` is base64 of ``multiple``/``boolean``. URL encodings: no question
    contains a space yet some contain ``%XX`` escapes; ``+`` anywhere means urlLegacy.
    """
    types = [r.get("type") for r in results if isinstance(r, dict)]
    if types and all(t in _BASE64_TYPES for t in types):
        return "base64"
    questions = [
        r["question"] for r in results if isinstance(r, dict) and isinstance(r.get("question"), str)
    ]
    if (
        questions
        and not any(" " in q for q in questions)
        and any(_PERCENT_ESCAPE.search(q) or "+" in q for q in questions)
    ):
        return "urllegacy" if any("+" in s for s in _strings(results)) else "url3986"
    return "html"


def _results(data: Any, check: ShapeCheck) -> list[Any]:
    """The result list of a response envelope (or of a bare result array)."""
    if isinstance(data, list):
        return data
    if not isinstance(data, dict):
        check.problems.append("(top level): expected an object with 'results'")
        return []
    code = data.get("response_code", 0)
    if code != 0:
        meaning = RESPONSE_CODES.get(code, "unknown code") if isinstance(code, int) else "?"
        raise InvalidInput(
            f"OpenTDB response_code {code!r} ({meaning}): the file holds no questions",
            path=check.name,
        )
    results = data.get("results")
    if not isinstance(results, list):
        check.problems.append("results: missing, or not a list")
        return []
    return results


def _entry(item: Any, where: str, encoding: OpenTDBEncoding, check: ShapeCheck) -> Entry | None:
    """One result decoded into a question, or None after recording its shape problems."""
    if not isinstance(item, dict):
        check.problems.append(f"{where}: expected an object")
        return None
    raw = {key: check.text(item, key, where) for key in _TEXT_KEYS}
    raw_incorrect = check.texts(item, "incorrect_answers", where)
    if raw_incorrect is None or any(v is None for v in raw.values()):
        return None
    decoded: dict[str, str] = {}
    incorrect: list[str] = []
    try:
        for key, value in raw.items():
            assert value is not None
            decoded[key] = decode_text(value, encoding).strip()
        incorrect = [decode_text(v, encoding).strip() for v in raw_incorrect]
    except ValueError as exc:
        check.problems.append(f"{where}: not valid {encoding}-encoded text ({exc})")
        return None
    qtype = decoded["type"].lower()
    difficulty = check.difficulty(decoded["difficulty"], where)
    if qtype not in ("multiple", "boolean"):
        check.problems.append(f"{where}.type: {decoded['type']!r} is not multiple or boolean")
        return None
    if difficulty is None:
        return None
    category = decoded["category"] or "General Knowledge"
    question = Question(
        id=content_id("opentdb", category, decoded["question"], decoded["correct_answer"]),
        type="multiple" if qtype == "multiple" else "boolean",
        category=category,
        difficulty=difficulty,
        question=decoded["question"],
        correct_answer=decoded["correct_answer"],
        incorrect_answers=tuple(incorrect),
    )
    return Entry(where, question)


def entries(
    data: Any, name: str = "<input>", encoding: OpenTDBEncoding | None = None
) -> tuple[list[Entry], OpenTDBEncoding]:
    """Every result as an entry, and the encoding used; a wrong shape raises exit 1."""
    check = ShapeCheck(name)
    results = _results(data, check)
    used = encoding or detect_encoding(results)
    found = [_entry(item, f"results[{i}]", used, check) for i, item in enumerate(results)]
    check.raise_if_any("OpenTDB")
    return [e for e in found if e is not None], used
