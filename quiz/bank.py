"""Question sets: the native JSON format, its schema, stable ids and filters.

A :class:`QuestionSet` is what the generator produces, what ``question_bank/*.json`` holds,
what every exporter consumes and what the game plays. The JSON form is deterministic (keys in
a fixed order, no timestamps) so that a rebuild from the same articles is byte-identical.
"""

from __future__ import annotations

import functools
import hashlib
import json
import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Literal, cast

from quiz.errors import InvalidInput, UnreadableInput
from quiz.schema import NATIVE_FORMAT, NATIVE_SCHEMA, NATIVE_VERSION

QuestionType = Literal["multiple", "boolean"]
Difficulty = Literal["easy", "medium", "hard"]

CATEGORIES: tuple[str, ...] = (
    "credits",
    "cast",
    "awards",
    "release",
    "adaptation",
    "box_office",
    "production",
)
DIFFICULTIES: tuple[Difficulty, ...] = ("easy", "medium", "hard")
BOOLEAN_OPTIONS = ("True", "False")


@dataclass(frozen=True)
class Citation:
    """Where a question's fact came from: the article path, its 1-based line and the quote.

    Stored under the question's ``source`` key (the native format's name for it); in the code
    "source" alone is ambiguous, so the type says what it is: the question's citation.
    """

    path: str
    line: int
    quote: str

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "line": self.line, "quote": self.quote}


@dataclass(frozen=True)
class Question:
    """One multiple-choice (3 distractors) or true/false (1 distractor) question."""

    id: str
    type: QuestionType
    category: str
    difficulty: Difficulty
    question: str
    correct_answer: str
    incorrect_answers: tuple[str, ...]
    explanation: str | None = None
    source: Citation | None = None
    film: str | None = None
    tags: tuple[str, ...] = ()
    #: The template that made the question (generated questions only).
    template: str | None = None
    #: The id of the fact the question asks: two questions on one fact never share a game.
    fact: str | None = None
    #: Ids of the facts whose answers the stem prints (a game never pairs them).
    reveals: tuple[str, ...] = ()

    @property
    def options(self) -> tuple[str, ...]:
        """All options, the correct one first (the game shuffles them for display)."""
        return (self.correct_answer, *self.incorrect_answers)

    def to_dict(self) -> dict[str, Any]:
        """Plain dict in the native key order."""
        data: dict[str, Any] = {
            "id": self.id,
            "type": self.type,
            "category": self.category,
            "difficulty": self.difficulty,
            "question": self.question,
            "correct_answer": self.correct_answer,
            "incorrect_answers": list(self.incorrect_answers),
        }
        if self.explanation is not None:
            data["explanation"] = self.explanation
        if self.source is not None:
            data["source"] = self.source.to_dict()
        if self.film is not None:
            data["film"] = self.film
        data["tags"] = list(self.tags)
        if self.template is not None:
            data["template"] = self.template
        if self.fact is not None:
            data["fact"] = self.fact
        if self.reveals:
            data["reveals"] = list(self.reveals)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Question:
        """Build from a dict that already passed :data:`NATIVE_SCHEMA`."""
        src = data.get("source")
        return cls(
            id=str(data["id"]),
            type=data["type"],
            category=str(data["category"]),
            difficulty=data["difficulty"],
            question=str(data["question"]),
            correct_answer=str(data["correct_answer"]),
            incorrect_answers=tuple(str(a) for a in data["incorrect_answers"]),
            explanation=data.get("explanation"),
            source=(
                Citation(str(src["path"]), int(src["line"]), str(src["quote"]))
                if isinstance(src, dict)
                else None
            ),
            film=data.get("film"),
            tags=tuple(str(t) for t in data.get("tags", ())),
            template=data.get("template"),
            fact=data.get("fact"),
            reveals=tuple(str(f) for f in data.get("reveals", ())),
        )


@dataclass(frozen=True)
class Origin:
    """An article a set was built from, with its content hash (detects a stale bank).

    The native format lists these under ``sources``; the type is named for what it is, the
    set's origin, not to be confused with a question's :class:`Citation` or an input path.
    """

    path: str
    sha256: str
    title: str

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "sha256": self.sha256, "title": self.title}


@dataclass
class QuestionSet:
    """A titled list of questions plus provenance; the unit of storage and exchange."""

    title: str
    questions: list[Question] = field(default_factory=list)
    generator: str = ""
    sources: list[Origin] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": NATIVE_FORMAT,
            "version": NATIVE_VERSION,
            "title": self.title,
            "generator": self.generator,
            "sources": [s.to_dict() for s in self.sources],
            "questions": [q.to_dict() for q in self.questions],
        }

    def to_json(self) -> str:
        """Deterministic native JSON text (UTF-8 friendly, trailing newline).

        Byte-identical to ``json.dumps(data, ensure_ascii=False, indent=2)`` (a test checks
        it), but several times faster: with ``indent`` the standard library falls back to
        its pure-Python encoder, which dominated ``quiz build``.
        """
        return dump_indented(self.to_dict()) + "\n"

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> QuestionSet:
        return cls(
            title=str(data["title"]),
            generator=str(data.get("generator", "")),
            sources=[
                Origin(str(s["path"]), str(s["sha256"]), str(s.get("title", "")))
                for s in data.get("sources", [])
            ],
            questions=[Question.from_dict(q) for q in data["questions"]],
        )


_encode_string = json.encoder.encode_basestring  # the C version when available


def dump_indented(value: Any, level: int = 0) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)`` for plain JSON data.

    Strings, the bulk of a question set, are encoded in place rather than by a call per
    value: a build serialises some 400 values per set, and the recursion dominated.
    """
    if isinstance(value, str):
        return _encode_string(value)
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = _INDENTS[level + 1] if level + 1 < len(_INDENTS) else "\n" + "  " * (level + 1)
        items = [
            f"{_encode_string(k if type(k) is str else str(k))}: "
            f"{_encode_string(v) if type(v) is str else dump_indented(v, level + 1)}"
            for k, v in value.items()
        ]
        return "{" + inner + ("," + inner).join(items) + inner[:-2] + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        inner = _INDENTS[level + 1] if level + 1 < len(_INDENTS) else "\n" + "  " * (level + 1)
        parts = [
            _encode_string(v) if type(v) is str else dump_indented(v, level + 1) for v in value
        ]
        return "[" + inner + ("," + inner).join(parts) + inner[:-2] + "]"
    if value is True or value is False or value is None:
        return "true" if value is True else "false" if value is False else "null"
    if type(value) is int:
        return str(value)
    return json.dumps(value)


#: A newline and the indentation of each nesting level (a set nests four deep).
_INDENTS = tuple("\n" + "  " * level for level in range(8))


def sha256_text(data: bytes) -> str:
    """Hex SHA-256 of raw article bytes (as stored in ``sources``)."""
    return hashlib.sha256(data).hexdigest()


def stable_id(film_slug: str, category: str, *material: str) -> str:
    """An id that depends only on the film, the template and the fact it asks about."""
    digest = hashlib.sha1("\x1f".join(material).encode("utf-8")).hexdigest()[:8]
    return f"{film_slug}-{category}-{digest}"


if TYPE_CHECKING:  # imported where used: ~50 ms that `quiz play` on the bundled bank skips
    import jsonschema


def _format_schema_error(error: jsonschema.ValidationError) -> str:
    location = "/".join(str(p) for p in error.absolute_path) or "(top level)"
    return f"{location}: {error.message}"


@functools.cache
def _compiled_check() -> Callable[[Any], Any]:
    """The native schema compiled to Python code (fastjsonschema): ~50× faster per file.

    The schema uses only keywords that mean the same in draft 7, which fastjsonschema
    implements, and in draft 2020-12, which it declares.
    """
    import copy

    import fastjsonschema

    # A copy: compiling rewrites the schema's $ref values in place, and NATIVE_SCHEMA is
    # also what `quiz build` writes as question_bank/schema.json.
    return cast(Callable[[Any], Any], fastjsonschema.compile(copy.deepcopy(NATIVE_SCHEMA)))


def schema_problems(data: Any) -> list[str]:
    """Every JSON Schema violation of ``data``, as ``path: message`` strings.

    A file that passes the compiled check (nearly all) costs about a millisecond; only a file
    with problems goes through ``jsonschema``, which lists every problem, not just the first.
    """
    import fastjsonschema

    try:
        _compiled_check()(data)
        return []
    except fastjsonschema.JsonSchemaException:
        pass
    import jsonschema

    validator = jsonschema.Draft202012Validator(NATIVE_SCHEMA)
    errors = sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    return [_format_schema_error(e) for e in errors]


def parse_json(text: str, name: str) -> Any:
    """``json.loads`` with a one-line error naming the file, line and column."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise UnreadableInput(
            f"not valid JSON: {exc.msg}", path=name, line=exc.lineno, column=exc.colno
        ) from exc


def is_native(data: Any) -> bool:
    """True when ``data`` claims to be a native set (validated separately)."""
    return isinstance(data, dict) and data.get("format") == NATIVE_FORMAT


def load_native_data(data: Any, name: str) -> QuestionSet:
    """Check a decoded native document against the schema and build the set."""
    problems = schema_problems(data)
    if problems:
        raise InvalidInput(
            f"not a valid native question set ({len(problems)} problem(s))", problems, path=name
        )
    return QuestionSet.from_dict(data)


def load_native_text(text: str, name: str) -> QuestionSet:
    """Parse native JSON text; malformed JSON → exit 2, wrong shape → exit 1."""
    return load_native_data(parse_json(text, name), name)


def select_questions(
    questions: Sequence[Question],
    *,
    categories: Iterable[str] = (),
    difficulty: str | None = None,
    films: Iterable[str] = (),
    count: int | None = None,
    rng: random.Random | None = None,
) -> list[Question]:
    """Filter by category (any of), difficulty and film, then draw ``count`` of them.

    With ``rng`` the draw is a seeded sample (order randomised); without it the first
    ``count`` questions are kept in their original order. Asking for more than exist returns
    what there is; the caller tells the user.
    """
    wanted_categories = {c.casefold() for c in categories}
    wanted_films = {f.casefold() for f in films}
    chosen = [
        q
        for q in questions
        if (not wanted_categories or q.category.casefold() in wanted_categories)
        and (difficulty is None or q.difficulty == difficulty)
        and (not wanted_films or (q.film or "").casefold() in wanted_films)
    ]
    if rng is not None:
        chosen = rng.sample(chosen, len(chosen))
    if count is not None:
        chosen = chosen[: max(count, 0)]
    return chosen


def merge_sets(sets: Sequence[QuestionSet], title: str | None = None) -> QuestionSet:
    """One set holding every question of ``sets`` (first occurrence of an id wins)."""
    seen: set[str] = set()
    questions: list[Question] = []
    sources: dict[Origin, None] = {}  # ordered and O(1) per lookup: a library has hundreds
    for qset in sets:
        for q in qset.questions:
            if q.id not in seen:
                seen.add(q.id)
                questions.append(q)
        sources.update(dict.fromkeys(qset.sources))
    if title is None:
        title = sets[0].title if len(sets) == 1 else "Film trivia"
    generator = sets[0].generator if sets else ""
    return QuestionSet(title=title, questions=questions, generator=generator, sources=list(sources))


def with_questions(qset: QuestionSet, questions: list[Question]) -> QuestionSet:
    """A copy of ``qset`` holding ``questions`` instead."""
    return replace(qset, questions=list(questions))
