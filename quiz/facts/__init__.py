"""Fact extraction: :class:`~quiz.article.Article` → :class:`~quiz.facts.model.Film`.

Each sub-module reads one kind of fact; this module runs them in order and assembles the
film. Every fact keeps the line it came from. Extraction never raises on odd input: a fact it
cannot read is simply absent.
"""

from __future__ import annotations

import re
from pathlib import Path

from quiz.article import Article, read_article
from quiz.facts.adaptation import (
    complete_source_work,
    read_adapted_parts,
    read_changes,
    read_source_work,
)
from quiz.facts.awards import read_awards
from quiz.facts.boxoffice import read_amounts
from quiz.facts.cast import read_cast
from quiz.facts.distribution import read_distribution
from quiz.facts.events import read_events
from quiz.facts.infobox import read_infobox
from quiz.facts.model import Credit, Film, Source
from quiz.facts.production import read_production
from quiz.facts.roles import canonical_role
from quiz.facts.text import NAME, clean_name, split_sentences

__all__ = ["Film", "extract_film", "read_film"]

_LEAD_YEAR = re.compile(r"\bis an? (?P<year>(?:18|19|20)\d\d)\b")
_QUALIFIER_YEAR = re.compile(r"\b(?P<year>(?:18|19|20)\d\d)\b")
_DIRECTED_BY = re.compile(rf"\bdirected by (?P<names>{NAME}(?:(?:,\s*|\s+and\s+){NAME})*)")


def _year(article: Article, released: str | None) -> int | None:
    if article.qualifier:
        match = _QUALIFIER_YEAR.search(article.qualifier)
        if match:
            return int(match.group("year"))
    if released:
        return int(released[:4])
    for paragraph in article.lead.paragraphs[:1]:
        match = _LEAD_YEAR.search(paragraph.text)
        if match:
            return int(match.group("year"))
    return None


def _lead_directors(article: Article) -> list[Credit]:
    credits: list[Credit] = []
    for paragraph in article.lead.paragraphs:
        for sentence in split_sentences(paragraph.text):
            match = _DIRECTED_BY.search(sentence)
            if match:
                for name in re.split(r",\s*|\s+and\s+", match.group("names")):
                    credits.append(
                        Credit("Director", clean_name(name), Source(paragraph.line, sentence), True)
                    )
                return credits
    return credits


def extract_film(article: Article) -> Film:
    """Every fact the article states, each with its source line."""
    title = article.title or (
        Path(article.path).stem.replace("_", " ") if article.path else "Untitled"
    )
    infobox, credits, amounts, released, runtime = read_infobox(article.infobox)
    paragraphs = [(p.text, p.line) for _, p in article.paragraphs()]
    sentences = [(s, line) for text, line in paragraphs for s in split_sentences(text)]
    cast = read_cast(article)
    production, people = read_production(paragraphs)
    known_roles = {canonical_role(c.role).casefold() for c in credits}
    lead_credits = _lead_directors(article)
    prose_credits = lead_credits + people
    seen = {(canonical_role(c.role).casefold(), c.name.casefold()) for c in credits}
    full_text = " ".join(text for text, _ in paragraphs)
    for credit in prose_credits:
        # The infobox is the authority on a role it lists; prose fills only roles it lacks.
        # "the author, X" is the source work's author, not a film credit. A name mentioned
        # once ("like director X before her") is a passing reference, not this film's crew.
        key = (canonical_role(credit.role).casefold(), credit.name.casefold())
        if credit.role == "Author" or key[0] in known_roles or key in seen:
            continue
        if credit not in lead_credits and full_text.count(credit.name) < 2:
            continue
        seen.add(key)
        credits.append(credit)
    mentions = read_amounts(paragraphs)
    prose_amounts = [a for a in mentions if a.kind not in {x.kind for x in amounts}]
    based_on = next(
        ((v.values[0], v.source) for v in infobox if v.key.casefold() in {"based on", "source"}),
        None,
    )
    known_names = [c.name for c in credits] + [m.actor for m in cast if m.actor]
    source_work = complete_source_work(
        read_source_work(sentences, article.title),
        based_on,
        known_names,
        full_text,
    )
    return Film(
        title=title,
        qualifier=article.qualifier,
        title_source=Source(article.title_line, title) if article.title_line else None,
        year=_year(article, released[0] if released else None),
        infobox=infobox,
        credits=credits,
        cast=cast,
        awards=read_awards(article, article.title),
        events=read_events(paragraphs),
        distribution=read_distribution(paragraphs),
        amounts=amounts + prose_amounts,
        amount_mentions=amounts + mentions,
        source_work=source_work,
        adapted_parts=read_adapted_parts(sentences),
        adaptation_changes=read_changes(paragraphs, [c.role for c in cast if c.role]),
        production=production,
        released=released[0] if released else None,
        released_source=released[1] if released else None,
        runtime_minutes=runtime[0] if runtime else None,
        runtime_source=runtime[1] if runtime else None,
    )


def read_film(path: Path) -> Film:
    """Read an article file and extract its facts (raises only for unreadable input)."""
    return extract_film(read_article(path))
