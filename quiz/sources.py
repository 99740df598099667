"""Resolve the SOURCE arguments of ``play``/``export`` into one :class:`QuestionSet`.

A SOURCE is an article (``.txt`` or wikitext ``.wiki``/``.wikitext``/``.mediawiki``: read,
extracted and generated on the fly), a question set in any importable JSON format, or a folder
of them. No SOURCE means the bundled bank plus every film of the player's library (``quiz add``;
see :mod:`quiz.library`). This is the single place that knows those rules, so every command
treats sources the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from quiz.article_input import ARTICLE_SUFFIXES
from quiz.bank import QuestionSet, merge_sets
from quiz.errors import UnreadableInput
from quiz.resources import bundled_set_paths

SET_SUFFIXES = (".json",)


def _expand(path: Path) -> list[Path]:
    if path.is_dir():
        found = sorted(
            p
            for p in path.iterdir()
            if p.is_file()
            and p.suffix.lower() in ARTICLE_SUFFIXES + SET_SUFFIXES
            and p.name != "schema.json"
        )
        if not found:
            raise UnreadableInput(
                "folder holds no articles (.txt, .wiki) or sets (.json)", path=str(path)
            )
        return found
    if not path.exists():
        raise UnreadableInput("no such file or folder", path=str(path))
    return [path]


def _is_article(path: Path, article_format: str) -> bool:
    """By suffix; a file with another suffix is an article unless it starts like JSON."""
    suffix = path.suffix.lower()
    if suffix in ARTICLE_SUFFIXES:
        return True
    if suffix in SET_SUFFIXES:
        return False
    if article_format != "auto":
        return True
    try:
        with path.open("rb") as handle:
            head = handle.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    except OSError:
        return False  # the set loader reports it
    return not head.startswith((b"[", b"{")) or head.startswith(b"{{")


def load_one(path: Path, article_format: str = "auto") -> QuestionSet:
    """Load a single article or question-set file (``article_format``: see ``--from``)."""
    if _is_article(path, article_format):
        from quiz.generate.build import build_article_set

        return build_article_set(path, article_format=article_format)
    from quiz.formats.importing import load_question_file

    return load_question_file(path)


def load_bundled(path: Path) -> QuestionSet:
    """A set from the bundled bank, parsed without re-validating it.

    ``quiz build`` validated every question and the tests check the committed bank, so the
    schema pass (and its ~50 ms jsonschema import) is skipped: it was a third of the start-up
    time of ``quiz play``. Anything unexpected falls back to the validating loader, which
    reports the problem properly.
    """
    import json

    try:
        return QuestionSet.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except Exception:
        return load_one(path)


def _ignore(message: str) -> None:
    """Default warning sink for library problems."""


def load_sources(
    paths: Sequence[Path],
    article_format: str = "auto",
    *,
    data_dir: Path | None = None,
    warn: Callable[[str], None] = _ignore,
) -> QuestionSet:
    """Every question from ``paths`` (files or folders).

    With no ``paths``: the bundled bank and the library in ``data_dir`` (resolved like the
    score store: ``--data-dir``, ``$QUIZ_DATA_DIR``, the user data folder). Library sets are
    trusted by their content hash (checked when they were added), so loading does not grow
    with the cost of validating every question.
    """
    if paths:
        files: list[Path] = []
        for path in paths:
            files.extend(_expand(path))
        return merge_sets([load_one(p, article_format) for p in files])
    from quiz.library import Library
    from quiz.store import resolve_data_dir

    sets = [load_bundled(p) for p in bundled_set_paths()]
    sets.extend(Library.in_data_dir(resolve_data_dir(data_dir), warn=warn).load())
    if not sets:
        raise UnreadableInput("the bundled question bank is missing; run `quiz build`")
    title = None if len(sets) == 1 else "Bundled films and your library"
    return merge_sets(sets, title=title)
