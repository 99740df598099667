"""Typed film facts. Every fact carries the :class:`Source` line it was read from.

These are plain frozen dataclasses: the extractor fills them, the generator reads them, and
``quiz facts --json`` serialises them. A value the article does not give is ``None`` (or the
fact is absent); nothing is ever filled in by guesswork.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Precision = Literal["day", "month", "year"]
#: A person's or character's gender where the article makes it plain; ``None`` is unknown,
#: and unknown never excludes anything.
Gender = Literal["female", "male"]


@dataclass(frozen=True)
class Source:
    """The 1-based line a fact came from and the text quoted from it."""

    line: int
    quote: str


@dataclass(frozen=True)
class Credit:
    """One person or company under an infobox key (``Producer: A, B`` gives two credits)."""

    role: str
    name: str
    source: Source
    from_prose: bool = False
    gender: Gender | None = None


@dataclass(frozen=True)
class InfoboxValue:
    """A raw infobox entry: the key as spelled, its value(s), its line."""

    key: str
    values: tuple[str, ...]
    source: Source


@dataclass(frozen=True)
class CastMember:
    """``Actor as Role, note``; ``actor`` is ``None`` when the article lost the name."""

    actor: str | None
    role: str | None
    note: str | None
    source: Source
    order: int = 0
    voice: bool = False
    #: The character's gender (from the role name, the note or the prose), ``None`` if unknown.
    gender: Gender | None = None
    #: The cast list's label when it is not the main list (e.g. "English dub cast").
    cast_list: str | None = None


@dataclass(frozen=True)
class Award:
    """One accolades row: the film was recognised at ``ceremony`` in ``year`` for ``category``.

    ``recipient`` is ``None`` when the row lost it; ``recipient_is_film`` marks the film
    itself. ``result`` is set only when the article has a result column (won / nominated).
    """

    ceremony: str
    year: int | None
    category: str
    recipient: str | None
    source: Source
    recipient_is_film: bool = False
    result: str | None = None


@dataclass(frozen=True)
class Event:
    """A dated event from the prose, e.g. a premiere or a trailer release."""

    kind: str
    what: str
    date: str
    precision: Precision
    source: Source
    place: str | None = None


@dataclass(frozen=True)
class DistributionDeal:
    """A company that acquired (or distributes) the film in some territories."""

    company: str
    territories: tuple[str, ...]
    source: Source


@dataclass(frozen=True)
class Amount:
    """A number from the article: admissions, gross, budget. ``currency`` is ISO 4217."""

    kind: Literal["admissions", "gross", "budget"]
    value: float
    text: str
    source: Source
    currency: str | None = None
    approximate: bool = False
    place: str | None = None


@dataclass(frozen=True)
class SourceWork:
    """The work the film adapts (``novel`` by ``author``)."""

    kind: str
    title: str | None
    author: str | None
    source: Source


@dataclass(frozen=True)
class AdaptedPart:
    """Which part of the source work was adapted (a story's title, "the first story")."""

    part: str
    description: str | None
    source: Source


@dataclass(frozen=True)
class AdaptationChange:
    """A difference between the source work and the film.

    ``kind`` is one of ``replaced``, ``removed``, ``renamed``, ``fate``, ``added``, ``kept``, ``changed``;
    ``novel`` and ``film`` are the two sides as the article words them (``novel`` is
    ``None`` for elements the source work does not have at all). ``subject`` names what
    changed when the sentence says so (a song, a character).
    """

    kind: str
    novel: str | None
    film: str
    source: Source
    subject: str | None = None


@dataclass(frozen=True)
class ProductionFact:
    """A production detail stated with a number or a name.

    ``kind``: ``duration`` (value like "five years", ``quantity`` in ``unit``), ``count``,
    ``discovery`` (``value`` is the work an actor was discovered through), ``company``,
    ``person`` (someone named in a role, e.g. "director X"). ``subject`` is a short phrase
    saying what the value is about.
    """

    kind: str
    subject: str
    value: str
    source: Source
    quantity: float | None = None
    unit: str | None = None
    person: str | None = None
    verb: str | None = None


@dataclass
class Film:
    """Everything extracted from one article."""

    title: str
    qualifier: str | None
    title_source: Source | None
    year: int | None = None
    infobox: list[InfoboxValue] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)
    cast: list[CastMember] = field(default_factory=list)
    awards: list[Award] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    distribution: list[DistributionDeal] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    #: Every amount the prose states, including ones the infobox already gives: a question
    #: about one total must not offer another stated total as a wrong answer.
    amount_mentions: list[Amount] = field(default_factory=list)
    source_work: SourceWork | None = None
    adapted_parts: list[AdaptedPart] = field(default_factory=list)
    adaptation_changes: list[AdaptationChange] = field(default_factory=list)
    production: list[ProductionFact] = field(default_factory=list)
    released: str | None = None
    released_source: Source | None = None
    runtime_minutes: int | None = None
    runtime_source: Source | None = None
    #: Gender of people (actors, crew) by name, where the article makes it plain.
    genders: dict[str, Gender] = field(default_factory=dict)

    @property
    def display_title(self) -> str:
        """``Title (2024)`` when the year is known, for question stems."""
        return f"{self.title} ({self.year})" if self.year else self.title

    @property
    def full_title(self) -> str:
        """``Title (qualifier)`` as the article's first line has it."""
        return f"{self.title} ({self.qualifier})" if self.qualifier else self.title

    def credits_for(self, role: str) -> list[Credit]:
        """Credits whose role matches ``role`` case-insensitively."""
        wanted = role.casefold()
        return [c for c in self.credits if c.role.casefold() == wanted]

    def amount(self, kind: str) -> Amount | None:
        """The first amount of ``kind`` (``admissions``, ``gross``, ``budget``)."""
        return next((a for a in self.amounts if a.kind == kind), None)

    def to_json_dict(self) -> dict[str, Any]:
        """The ``quiz facts --json`` object (DESIGN.md "Contract: quiz facts")."""

        def src(s: Source | None) -> dict[str, Any]:
            return {"line": s.line, "quote": s.quote} if s else {"line": None, "quote": None}

        infobox: dict[str, Any] = {}
        for entry in self.infobox:
            infobox[entry.key] = entry.values[0] if len(entry.values) == 1 else list(entry.values)
        return {
            "title": self.title,
            "qualifier": self.qualifier,
            "year": self.year,
            "infobox": infobox,
            "released": (
                {"date": self.released, **src(self.released_source)} if self.released else None
            ),
            "runtime_minutes": self.runtime_minutes,
            "credits": [
                {"role": c.role, "name": c.name, "from_prose": c.from_prose, **src(c.source)}
                for c in self.credits
            ],
            "cast": [
                {"actor": c.actor, "role": c.role, "note": c.note, **src(c.source)}
                for c in self.cast
            ],
            "awards": [
                {
                    "ceremony": a.ceremony,
                    "year": a.year,
                    "category": a.category,
                    "recipient": a.recipient,
                    "recipient_is_film": a.recipient_is_film,
                    "result": a.result,
                    **src(a.source),
                }
                for a in self.awards
            ],
            "events": [
                {
                    "date": e.date,
                    "precision": e.precision,
                    "kind": e.kind,
                    "what": e.what,
                    "place": e.place,
                    **src(e.source),
                }
                for e in self.events
            ],
            "distribution": [
                {"company": d.company, "territories": list(d.territories), **src(d.source)}
                for d in self.distribution
            ],
            "box_office": [
                {
                    "kind": a.kind,
                    "value": a.value,
                    "currency": a.currency,
                    "text": a.text,
                    "approximate": a.approximate,
                    "place": a.place,
                    **src(a.source),
                }
                for a in self.amounts
            ],
            "adaptation": {
                "source_work": (
                    {
                        "kind": self.source_work.kind,
                        "title": self.source_work.title,
                        "author": self.source_work.author,
                        **src(self.source_work.source),
                    }
                    if self.source_work
                    else None
                ),
                "adapted_parts": [
                    {"part": p.part, "description": p.description, **src(p.source)}
                    for p in self.adapted_parts
                ],
            },
            "adaptation_changes": [
                {
                    "kind": c.kind,
                    "subject": c.subject,
                    "novel": c.novel,
                    "film": c.film,
                    **src(c.source),
                }
                for c in self.adaptation_changes
            ],
            "production": [
                {
                    "kind": p.kind,
                    "subject": p.subject,
                    "value": p.value,
                    "quantity": p.quantity,
                    "unit": p.unit,
                    "person": p.person,
                    "verb": p.verb,
                    **src(p.source),
                }
                for p in self.production
            ],
        }
