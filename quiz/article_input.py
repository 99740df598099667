"""Which reader reads an article file: the seed format or wikitext.

This is the one place that decides it, so ``facts``, ``build``, ``play``, ``export`` (and
``quiz add``) all agree: a ``.wiki`` / ``.wikitext`` / ``.mediawiki`` file is wikitext; any
other file is looked at — wikitext has markup (``{{…}}``, ``[[…]]``, ``'''``, ``<ref>``,
``{|``) that the flattened seed format never contains. ``--from`` overrides both.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from quiz.article import Article, parse_article
from quiz.errors import UnreadableInput
from quiz.fileio import read_text

ArticleFormat = Literal["seed", "wikitext"]
#: Values of the ``--from`` option of the article commands.
FORMAT_CHOICES = ("auto", "seed", "wikitext")
SEED_SUFFIXES = (".txt",)
WIKITEXT_SUFFIXES = (".wiki", ".wikitext", ".mediawiki")
ARTICLE_SUFFIXES = SEED_SUFFIXES + WIKITEXT_SUFFIXES

_MARKERS = (
    re.compile(r"\{\{\s*[Ii]nfobox"),
    re.compile(r"\{\{[^{}\n]{1,80}(?:\||\}\})"),
    re.compile(r"\[\[[^\[\]\n]{1,200}\]\]"),
    re.compile(r"'''[^'\n]+'''"),
    re.compile(r"<ref[ >/]", re.IGNORECASE),
    re.compile(r"^\{\|", re.MULTILINE),
)
_REDIRECT = re.compile(r"^\s*#REDIRECT\s*\[\[", re.IGNORECASE)


def looks_like_wikitext(text: str) -> bool:
    """True when ``text`` carries wikitext markup: an infobox or two kinds of markup."""
    sample = text[:200_000]
    if _REDIRECT.match(sample) or _MARKERS[0].search(sample):
        return True
    return sum(1 for marker in _MARKERS[1:] if marker.search(sample)) >= 2


def detect_format(path: Path | str | None, text: str, forced: str = "auto") -> ArticleFormat:
    """The reader for this article: ``forced`` unless "auto", then the suffix, then content."""
    if forced == "seed":
        return "seed"
    if forced == "wikitext":
        return "wikitext"
    if path is not None and Path(path).suffix.casefold() in WIKITEXT_SUFFIXES:
        return "wikitext"
    return "wikitext" if looks_like_wikitext(text) else "seed"


def is_article_path(path: Path) -> bool:
    """An article by its name (``.txt`` or a wikitext suffix)."""
    return path.suffix.casefold() in ARTICLE_SUFFIXES


def parse_article_text(
    text: str,
    path: str | None = None,
    forced: str = "auto",
    page_title: str | None = None,
) -> Article:
    """Parse ``text`` with the reader :func:`detect_format` picks. Never raises."""
    if detect_format(path, text, forced) == "wikitext":
        from quiz.wikitext.reader import parse_wikitext

        return parse_wikitext(text, path, page_title)
    return parse_article(text, path)


def read_article_file(path: Path, forced: str = "auto") -> Article:
    """Read and parse an article file of either format; unreadable or structureless raises."""
    text = read_text(path)
    article = parse_article_text(text, str(path), forced)
    if article.is_empty:
        raise UnreadableInput("no recognisable article structure", path=str(path))
    return article
