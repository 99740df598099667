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
    #: The prose calls the name a band, an ensemble or a choir ("the folk-fusion band Rung
    #: Barang"): a group, never offered as one person.
    group: bool = False
    #: The prose says they wrote something for the film ("eleven of which were written for
    #: it by Kwesi Ampong"): "one of the credited writers" is defensible for a songwriter.
    writes: bool = False


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
    #: The character without an age or version prefix ("young Meera" → "Meera").
    character: str | None = None
    #: True when several actors play this character (ages, versions, dubs): no single
    #: "who plays" answer exists.
    shared_role: bool = False
    #: A country the prose ties the actor to (", a stalwart of Melbourne's Greek-language
    #: theatre"): a name that may stand out among the film's own, like a note's demonym.
    origin: str | None = None


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
    #: Where the prose states the result (``None`` when it comes from a result column).
    result_source: Source | None = None
    #: True for a row the table lacks, read from a prose sentence.
    from_prose: bool = False


EventKind = Literal[
    "premiere",
    "festival_screening",
    "release",
    "re_release",
    "home_media",
    "streaming",
    "trailer",
    "filming_start",
    "filming_end",
    "ceremony",
    "nominations_announced",
    "rights_deal",
    "box_office_milestone",
    "other",
]
ReleaseScope = Literal["limited", "platform", "wide", "nationwide"]


@dataclass(frozen=True)
class Event:
    """A dated event from the prose, bound to the clause that holds its date.

    ``kind`` says what happened (``other`` when the clause names no event we understand:
    never guessed into a release); ``places`` are the territories (countries, regions, cities)
    named in the same clause and ``venue`` the festival, ceremony, venue or streaming service;
    ``place`` is what a question shows (the venue for premieres and screenings, else the
    territories joined); ``scope`` is set for releases the article calls limited, platform,
    wide or nationwide; ``qualifier`` keeps what narrows the event ("in four cinemas",
    "in 2D, 3D and IMAX").
    """

    kind: EventKind
    what: str
    date: str
    precision: Precision
    source: Source
    place: str | None = None
    places: tuple[str, ...] = ()
    scope: ReleaseScope | None = None
    qualifier: str | None = None
    venue: str | None = None


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

    ``kind`` is one of ``replaced``, ``removed``, ``renamed``, ``fate``, ``added``,
    ``not_given_back``, ``changed``, each naming what the film did (``not_given_back``: the
    source work returns something the film's character keeps);
    ``novel`` and ``film`` are the two sides as the article words them (``novel`` is
    ``None`` for elements the source work does not have at all). ``subject`` names what
    changed when the sentence says so (a song, a character).
    """

    kind: str
    novel: str | None
    film: str
    source: Source
    subject: str | None = None


ProductionKind = Literal["duration", "count", "discovery", "company"]


@dataclass(frozen=True)
class ProductionFact:
    """A production detail stated with a number or a name.

    ``kind``: ``duration`` (value like "five years", ``quantity`` in ``unit``), ``count``,
    ``discovery`` (``value`` is the work an actor was discovered through), ``company``.
    People named in a role are :class:`PersonMention` facts. ``subject`` is a short phrase
    saying what the value is about.
    """

    kind: ProductionKind
    subject: str
    value: str
    source: Source
    quantity: float | None = None
    unit: str | None = None
    person: str | None = None
    verb: str | None = None


@dataclass(frozen=True)
class PersonMention:
    """Someone the prose names in a role for this film ("production designer Z")."""

    name: str
    role: str
    source: Source
    gender: Gender | None = None


RecordClaim = Literal["first", "only", "most", "record", "highest", "largest", "other"]


@dataclass(frozen=True)
class Record:
    """A record or first the prose claims ("the first Chilean film to win a César")."""

    subject: str
    claim: str
    kind: RecordClaim
    source: Source
    scope: str | None = None


@dataclass(frozen=True)
class Quantity:
    """A number with what it counts ("42 days of shooting", "$1.2 million over two days").

    ``period`` keeps a figure's window ("first weekend", "first two days"): such a figure is
    never a total. ``unit`` is a plural noun or an ISO currency code.
    """

    value: float
    unit: str
    counts: str
    text: str
    source: Source
    period: str | None = None
    approximate: bool = False
    place: str | None = None


LocationKind = Literal["filming", "setting", "stand_in"]


@dataclass(frozen=True)
class Location:
    """Where the film was shot or is set; ``stands_in_for`` for a place doubling another."""

    place: str
    kind: LocationKind
    source: Source
    stands_in_for: str | None = None


@dataclass(frozen=True)
class FirstRelease:
    """The earliest release the prose states for one territory."""

    territory: str
    date: str
    precision: Precision
    source: Source


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
    #: What the infobox's release date is, checked against the prose: ``premiere`` when the
    #: prose premieres the film that day (often a festival), ``release`` when it is a release
    #: date there, ``None`` when the prose does not say.
    released_kind: str | None = None
    first_releases: list[FirstRelease] = field(default_factory=list)
    runtime_minutes: int | None = None
    runtime_source: Source | None = None
    #: Other running times the prose gives (a shortened dub, a director's cut), in minutes.
    other_runtimes: list[int] = field(default_factory=list)
    #: Those of them that were working cuts ("a rough cut ran 128 minutes"), never shown.
    draft_runtimes: list[int] = field(default_factory=list)
    #: Gender of people (actors, crew) by name, where the article makes it plain.
    genders: dict[str, Gender] = field(default_factory=dict)
    people: list[PersonMention] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)
    numbers: list[Quantity] = field(default_factory=list)
    locations: list[Location] = field(default_factory=list)
    #: (actor, character) pairs the prose states outside the cast lists ("a 2003 stage
    #: adaptation, with Rhys Bleddyn, by then thirty-one, playing Ifan"): that actor is no
    #: wrong answer to "Who plays Ifan?".
    played_in_prose: list[tuple[str, str]] = field(default_factory=list)

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
        """The ``quiz facts --json`` object (docs/ARCHITECTURE.md, "quiz facts ARTICLE --json")."""

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
                {"date": self.released, "kind": self.released_kind, **src(self.released_source)}
                if self.released
                else None
            ),
            "runtime_minutes": self.runtime_minutes,
            "other_runtimes_minutes": self.other_runtimes,
            "draft_runtimes_minutes": self.draft_runtimes,
            "credits": [
                {
                    "role": c.role,
                    "name": c.name,
                    "from_prose": c.from_prose,
                    **({"group": True} if c.group else {}),
                    **src(c.source),
                }
                for c in self.credits
            ],
            "cast": [
                {
                    "actor": c.actor,
                    "role": c.role,
                    "note": c.note,
                    "gender": c.gender,
                    "cast_list": c.cast_list,
                    "voice": c.voice,
                    "character": c.character,
                    "shared_role": c.shared_role,
                    **src(c.source),
                }
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
                    "result_line": a.result_source.line if a.result_source else None,
                    "result_quote": a.result_source.quote if a.result_source else None,
                    "from_prose": a.from_prose,
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
                    "places": list(e.places),
                    "venue": e.venue,
                    "scope": e.scope,
                    "qualifier": e.qualifier,
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
            "first_releases": [
                {
                    "territory": r.territory,
                    "date": r.date,
                    "precision": r.precision,
                    **src(r.source),
                }
                for r in self.first_releases
            ],
            "people": [
                {"name": p.name, "role": p.role, "gender": p.gender, **src(p.source)}
                for p in self.people
            ],
            "genders": dict(sorted(self.genders.items())),
            "records": [
                {
                    "subject": r.subject,
                    "claim": r.claim,
                    "kind": r.kind,
                    "scope": r.scope,
                    **src(r.source),
                }
                for r in self.records
            ],
            "numbers": [
                {
                    "value": n.value,
                    "unit": n.unit,
                    "counts": n.counts,
                    "period": n.period,
                    "approximate": n.approximate,
                    "place": n.place,
                    "text": n.text,
                    **src(n.source),
                }
                for n in self.numbers
            ],
            "locations": [
                {
                    "place": loc.place,
                    "kind": loc.kind,
                    "stands_in_for": loc.stands_in_for,
                    **src(loc.source),
                }
                for loc in self.locations
            ],
        }
