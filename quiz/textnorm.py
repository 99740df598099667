"""Text normalisation shared by the validator, the generator and the importers.

Two options are "the same" when they match after :func:`normalize_option`: casefolded,
accents stripped, punctuation and parentheticals dropped, spaces collapsed. That is the
comparison the hard rule "options distinct after normalisation" needs.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_PARENTHETICAL = re.compile(r"\s*\([^)]*\)")
_NON_WORD = re.compile(r"[^\w\s]", re.UNICODE)
_SPACES = re.compile(r"\s+")
_ARTICLES = re.compile(r"\b(the|a|an|jr|sr)\b")


def strip_accents(text: str) -> str:
    """Remove combining marks (é → e) after NFKD decomposition."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def normalize_option(text: str, *, drop_parentheticals: bool = True) -> str:
    """Canonical form of an option or name, for equality checks only (never shown).

    Cached: the generator compares the same names thousands of times per article.
    """
    value = strip_accents(text).casefold()
    if drop_parentheticals:
        value = _PARENTHETICAL.sub(" ", value)
    value = _NON_WORD.sub(" ", value)
    value = _ARTICLES.sub(" ", value)
    return _SPACES.sub(" ", value).strip()


def slugify(text: str, *, max_length: int = 48, fallback: str = "film") -> str:
    """Lower-case ASCII slug (``Love, Actually!`` → ``love-actually``); never empty.

    Used for question ids and for file names; ``fallback`` is the slug of a text that has no
    ASCII letter or digit at all.
    """
    ascii_text = strip_accents(text).encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    slug = slug[:max_length].rstrip("-")
    return slug or fallback
