"""The library's pack: every film's questions in one file that loads in milliseconds.

Why: the set files are JSON, the form every tool reads; parsing 200 of them and building the
questions from dicts costs as much as the whole game's start-up. The pack is a cache of the
same questions as plain tuples in :mod:`marshal` form (no code, only strings, numbers and
tuples), written when the library changes and read instead of the set files while it is
current.

Current means: its bytes have the SHA-256 the index records, and its stamp (the films' keys
and set hashes, the generator and the Python version that wrote it) equals the stamp of the
index now. Anything else (a changed film, another Python, a damaged file) makes the library
fall back to the set files and write a new pack. The hash is checked before the bytes are
unmarshalled, so a damaged file is never parsed.
"""

from __future__ import annotations

import hashlib
import marshal
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from quiz import GENERATOR
from quiz.bank import Citation, Origin, Question, QuestionSet
from quiz.fileio import write_atomic

if TYPE_CHECKING:
    from pathlib import Path

    from quiz.library import Entry

PACK_NAME = "pack.marshal"
PACK_VERSION = 1


def stamp(entries: Sequence[Entry]) -> tuple[Any, ...]:
    """What a pack must have been written from to be current."""
    return (
        PACK_VERSION,
        GENERATOR,
        tuple(sys.version_info[:2]),
        tuple((entry.key, entry.sha256) for entry in entries),
    )


def _row(q: Question, same: dict[Any, Any]) -> tuple[Any, ...]:
    """One question as a tuple; repeated values (type, category, film, path, tags, quotes
    shared by several questions) become one object, which marshal then writes once and
    reads back once."""

    def one(value: Any) -> Any:
        return same.setdefault(value, value)

    source = (
        None if q.source is None else one((one(q.source.path), q.source.line, one(q.source.quote)))
    )
    return (
        q.id,
        one(q.type),
        one(q.category),
        one(q.difficulty),
        q.question,
        q.correct_answer,
        tuple(q.incorrect_answers),
        q.explanation,
        source,
        one(q.film),
        one(tuple(one(tag) for tag in q.tags)),
    )


def write(path: Path, current: tuple[Any, ...], sets: Sequence[QuestionSet]) -> str:
    """Write the pack for ``sets`` (atomically) and return the SHA-256 of its bytes."""
    same: dict[Any, Any] = {}
    films = tuple(
        (
            qset.title,
            qset.generator,
            tuple((s.path, s.sha256, s.title) for s in qset.sources),
            tuple(_row(q, same) for q in qset.questions),
        )
        for qset in sets
    )
    data = marshal.dumps((current, films))
    write_atomic(path, data, create_parents=True)
    return hashlib.sha256(data).hexdigest()


def read(path: Path, sha256: str, current: tuple[Any, ...]) -> list[QuestionSet] | None:
    """The sets in the pack, or ``None`` when it is missing, damaged or not current."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if hashlib.sha256(data).hexdigest() != sha256:
        return None
    try:
        found, films = marshal.loads(data)
        if found != current:
            return None
        return [
            QuestionSet(
                title=title,
                generator=generator,
                sources=[Origin(*source) for source in sources],
                questions=[
                    Question(
                        i,
                        t,
                        c,
                        d,
                        stem,
                        key,
                        wrong,
                        explanation,
                        None if src is None else Citation(*src),
                        film,
                        tags,
                    )
                    for (i, t, c, d, stem, key, wrong, explanation, src, film, tags) in rows
                ],
            )
            for title, generator, sources, rows in films
        ]
    except (ValueError, TypeError, EOFError):
        return None
