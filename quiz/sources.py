"""Resolve the SOURCE arguments of ``play``/``export`` into one :class:`QuestionSet`.

A SOURCE is an article (``.txt`` or wikitext ``.wiki``/``.wikitext``/``.mediawiki``: read,
extracted and generated on the fly), a question set in any importable JSON format, or a folder
of them. No SOURCE means the bundled bank. This is the single place that knows those rules, so
every command treats sources the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
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


def load_sources(paths: Sequence[Path], article_format: str = "auto") -> QuestionSet:
    """Every question from ``paths`` (files or folders), or the bundled bank if empty."""
    files: list[Path] = []
    for path in paths:
        files.extend(_expand(path))
    if not paths:
        files = bundled_set_paths()
        if not files:
            raise UnreadableInput("the bundled question bank is missing; run `quiz build`")
    sets = (
        [load_one(p, article_format) for p in files] if paths else [load_bundled(p) for p in files]
    )
    return merge_sets(sets)
