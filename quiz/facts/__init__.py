"""Fact extraction: :class:`~quiz.article.Article` → :class:`~quiz.facts.model.Film`.

Each sub-module reads one kind of fact; this module runs them in order and assembles the
film. Every fact keeps the line it came from. Extraction never raises on odd input: a fact it
cannot read is simply absent.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
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
from quiz.facts.gender import base_character, people_genders
from quiz.facts.infobox import read_infobox
from quiz.facts.locations import read_locations
from quiz.facts.model import Credit, Film, PersonMention, Source
from quiz.facts.numbers import read_numbers
from quiz.facts.people import read_people
from quiz.facts.production import read_production
from quiz.facts.records import read_records
from quiz.facts.results import merge_results, prose_results
from quiz.facts.roles import canonical_role, prose_role
from quiz.facts.text import NAME, clean_name, split_sentences
from quiz.facts.textmodel import TextModel, build_text_model

__all__ = ["PROSE_EXTRACTORS", "Film", "extract_film", "read_film"]

#: The prose extractors: each is one function from the article's text model to a list of
#: typed facts, in its own module. Adding a kind of prose fact means adding one line here.
PROSE_EXTRACTORS: tuple[tuple[str, Callable[[TextModel], Sequence[object]]], ...] = (
    ("events", read_events),
    ("people", read_people),
    ("records", read_records),
    ("numbers", read_numbers),
    ("locations", read_locations),
)

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


_WRITER_ROLES = {"writer", "screenplay", "written by", "screenplay by"}


def _prose_credits(people: list[PersonMention], lead: list[Credit]) -> list[Credit]:
    credits = list(lead)
    for person in people:
        role = prose_role(person.role)
        if role and role.name != "Author":
            credits.append(Credit(role.name, person.name, person.source, True, person.gender))
    return credits


def extract_film(article: Article) -> Film:
    """Every fact the article states, each with its source line.

    The prose extractors of :data:`PROSE_EXTRACTORS` each read the article's text model once;
    the steps after them only merge (prose results into award rows, prose people into empty
    credit slots, genders onto people and characters).
    """
    title = article.title or (
        Path(article.path).stem.replace("_", " ") if article.path else "Untitled"
    )
    infobox, credits, amounts, released, runtime = read_infobox(article.infobox)
    model = build_text_model(article)
    paragraphs = model.pairs()
    sentences = [(s.text, s.line) for s in model.sentences]
    prose = {name: extractor(model) for name, extractor in PROSE_EXTRACTORS}
    cast = read_cast(article)
    production, _ = read_production(paragraphs)
    known_roles = {canonical_role(c.role).casefold() for c in credits}
    seen = {(canonical_role(c.role).casefold(), c.name.casefold()) for c in credits}
    people: list[PersonMention] = prose["people"]  # type: ignore[assignment]
    if known_roles & _WRITER_ROLES:
        known_roles |= _WRITER_ROLES
    lead_credits = _lead_directors(article)
    full_text = model.full_text()
    for credit in _prose_credits(people, lead_credits):
        # The infobox is the authority on a role it lists; prose fills only roles it lacks.
        # A name met once in a role ("inspired by director X") may be a passing reference;
        # a lead statement or a second mention (surname included) makes it this film's crew.
        key = (canonical_role(credit.role).casefold(), credit.name.casefold())
        if key[0] in known_roles or key in seen:
            continue
        surname = credit.name.split()[-1]
        if credit not in lead_credits and full_text.count(surname) < 2:
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
    year = _year(article, released[0] if released else None)
    names = [*known_names, *(p.name for p in people)]
    genders = people_genders(model, names)
    roles = [m.role for m in cast if m.role]
    role_genders = people_genders(model, {base_character(r) for r in roles})
    cast = [
        m
        if m.gender
        else replace(m, gender=role_genders.get(base_character(m.role)) if m.role else None)
        for m in cast
    ]
    people = [replace(p, gender=p.gender or genders.get(p.name)) for p in people]
    credits = [replace(c, gender=c.gender or genders.get(c.name)) for c in credits]
    awards = merge_results(read_awards(article, article.title), prose_results(model, names), year)
    return Film(
        title=title,
        qualifier=article.qualifier,
        title_source=Source(article.title_line, title) if article.title_line else None,
        year=year,
        infobox=infobox,
        credits=credits,
        cast=cast,
        awards=awards,
        events=prose["events"],  # type: ignore[arg-type]
        distribution=read_distribution(paragraphs),
        amounts=amounts + prose_amounts,
        amount_mentions=amounts + mentions,
        source_work=source_work,
        adapted_parts=read_adapted_parts(sentences),
        adaptation_changes=read_changes(paragraphs, roles),
        production=production,
        released=released[0] if released else None,
        released_source=released[1] if released else None,
        runtime_minutes=runtime[0] if runtime else None,
        runtime_source=runtime[1] if runtime else None,
        genders=genders,
        people=people,
        records=prose["records"],  # type: ignore[arg-type]
        numbers=prose["numbers"],  # type: ignore[arg-type]
        locations=prose["locations"],  # type: ignore[arg-type]
    )


def read_film(path: Path) -> Film:
    """Read an article file and extract its facts (raises only for unreadable input)."""
    return extract_film(read_article(path))
