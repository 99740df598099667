"""Typed value pools drawn from a film's facts: people, companies, characters, places.

Distractors must have the key's type; these helpers say which names in a film are people,
which are companies and which are characters, so templates can ask for "other people from
this film, then from the other films in the bank".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from quiz.facts.cast import is_animal_part
from quiz.facts.model import Film
from quiz.facts.roles import is_company_role, is_group_name

__all__ = [
    "actors",
    "award_categories",
    "ceremonies",
    "characters",
    "companies",
    "is_company_role",
    "people",
    "territories",
    "unique",
]


def unique(values: Iterable[str]) -> list[str]:
    """Values in first-seen order, without repeats (case-insensitive)."""
    seen: set[str] = set()
    out: list[str] = []
    for value in values:
        if value and value.casefold() not in seen:
            seen.add(value.casefold())
            out.append(value)
    return out


def people(film: Film) -> list[str]:
    """Every person named in the film's facts: cast, crew, recipients, the source author."""
    names: list[str] = [m.actor for m in film.cast if m.actor and not is_animal_part(m)]
    names += [
        c.name
        for c in film.credits
        if not is_company_role(c.role) and not is_group_name(c.name) and not c.group
    ]
    # A shared row ("Parvaneh Karimi, Sahar Nouri") names two people, never one option.
    names += [
        name.strip()
        for a in film.awards
        if a.recipient and not a.recipient_is_film
        for name in re.split(r",\s*|\s+and\s+|\s*&\s*", a.recipient)
        # ('"Yum Cha Every Day"': a song's title in the recipient cell, no person)
        if name.strip() and not is_group_name(name.strip()) and not re.search(r"[\"“”]", name)
    ]
    # A studio handed "Best Film" is no person, nor is a band the prose names as one.
    firms = {c.casefold() for c in companies(film)} | {
        c.name.casefold() for c in film.credits if c.group
    }
    firms |= animal_performers(film)  # (nor is the camel the cast lists)
    names = [n for n in names if n.casefold() not in firms and not _FIRM.search(n)]
    if film.source_work and film.source_work.author:
        # "Mud and Mercy by A, B": two authors, two names.
        names += [
            n.strip()
            for n in re.split(r",\s*|\s+and\s+|\s*&\s*", film.source_work.author)
            if n.strip()
        ]
    return unique(names)


_FIRM = re.compile(
    r"\b(?:Talkies|Studios?|Films|Pictures|Productions?|Entertainment|Media|Releasing|"
    r"Distribution|Company|Ltd|Inc|GmbH|S\.A\.|LLC|Workshop|Workshops|Collective|Labs?|FX|"
    r"Effects|Associates|Group|Foundation|Institute|Archives?|Society|Association|Council|"
    r"Ministry|Museum|University|Centre|Center|Agency|Trust|Fund|Cin[ée]math[èe]que|"
    r"Commission|Corporation|Federation|Board|Network|Television|Radio)\b"
)


def is_organisation(name: str) -> bool:
    """Whether a name is a firm's or a body's ("Lumang Pelikula Foundation"), not a person's."""
    return bool(_FIRM.search(name))


def organisations(film: Film) -> list[str]:
    """The film's companies and the bodies its prizes went to ("the Lumang Pelikula
    Foundation" honoured for a restoration)."""
    recipients = [
        a.recipient
        for a in film.awards
        if a.recipient and not a.recipient_is_film and is_organisation(a.recipient)
    ]
    return unique([*companies(film), *recipients])


def actors(film: Film) -> list[str]:
    return unique(m.actor for m in film.cast if m.actor and not is_animal_part(m))


def animal_performers(film: Film) -> set[str]:
    """Names of the animals the cast lists ("Sinbo as Geesi, the prize camel")."""
    return {m.actor.casefold() for m in film.cast if m.actor and is_animal_part(m)}


def characters(film: Film) -> list[str]:
    return unique(m.role for m in film.cast if m.role)


def companies(film: Film) -> list[str]:
    names = [c.name for c in film.credits if is_company_role(c.role)]
    names += [d.company for d in film.distribution]
    names += [p.value for p in film.production if p.kind == "company"]
    return unique(names)


def territories(film: Film) -> list[str]:
    return unique(t for d in film.distribution for t in d.territories)


def award_categories(film: Film) -> list[str]:
    return unique(a.category for a in film.awards)


def ceremonies(film: Film) -> list[str]:
    return unique(a.ceremony for a in film.awards)
