"""Fact extraction: :class:`~quiz.article.Article` → :class:`~quiz.facts.model.Film`.

The pipeline lives in :mod:`quiz.facts.extract` (a registry of extractors, one module per kind
of fact, each a function from the article's text model to a list of typed facts); this package
only re-exports its entry points.
"""

from __future__ import annotations

from quiz.facts.extract import EXTRACTORS, extract_film, read_film
from quiz.facts.model import Film

__all__ = ["EXTRACTORS", "Film", "extract_film", "read_film"]
