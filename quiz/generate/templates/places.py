"""Where the film was shot and which place stood in for which.

- "In which of these places was part of X filmed?" — the key is one filming location;
  distractors are places the article names for *other* purposes (story settings it was not
  shot in, places stood in for) and other films' filming locations. Every filming location of
  this film is in the true set, so none is ever offered as wrong.
- "In X, which place stood in for F?" and the reverse "In X, E stood in for which place?".

Distractors are places, never people or companies; a place the article also films in is never
offered as wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import chain

from quiz.facts.locations import REGIONS
from quiz.facts.model import Film, Location
from quiz.facts.places import DEMONYMS, with_article
from quiz.generate.context import Context
from quiz.generate.people import unique

#: Countries and regions; everything else is a locality (a town, an island, a studio). Options
#: of one question are all of one kind: a country is never offered beside towns.
_WIDE = {*DEMONYMS.values(), *REGIONS}


def is_region(place: str) -> bool:
    return place in _WIDE or bool(
        re.search(
            r"^(?:County|Province|Upper|Lower|Greater)\s|\s(?:County|Province|Region|Prefecture|State|Valley|Plateau)$",
            place,
        )
    )


def presentable(place: str) -> bool:
    """A place name that reads as an option: capitalised, short, no possessive, and a name
    throughout ("the Qadri family home" is a description, not a place)."""
    return (
        bool(place)
        and place[0].isupper()
        and len(place.split()) <= 4
        and not re.search(r"['’]s\b", place)
        and all(
            word[:1].isupper() or word[:1].isdigit() or word in _LOWER_CASE_WORDS
            for word in place.split()
        )
    )


#: Geographic features named in lower case after a proper name ("the Tana River delta",
#: "the Ullíbarri-Gamboa reservoir"): still a place.
_FEATURES = frozenset(
    {"reservoir", "delta", "river", "lake", "valley", "island", "islands", "mountains", "bay",
     "beach", "coast", "forest", "desert", "peninsula", "plateau", "canyon", "gorge", "falls",
     "dam", "marshes", "wetlands", "archipelago", "region", "district", "province", "county"}
)  # fmt: skip
_PARTICLES = frozenset(
    {"de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les",
     "of", "the", "on", "upon", "in", "and", "am", "an", "der", "den", "van", "von", "y", "e",
     "sur", "en", "al", "el", "d'", "l'"}
)  # fmt: skip
_LOWER_CASE_WORDS = _PARTICLES | _FEATURES


def _like(key: str, values: Iterable[str], film: Film) -> list[str]:
    """Values of the key's kind (region or locality), presentable, and not named beside any of
    the film's filming places (a "Sparta, Tennessee" qualifier is not a wrong answer)."""
    beside = " ".join(loc.source.quote for loc in film.locations if loc.kind != "setting")
    wide = is_region(key)
    return [
        v for v in values if presentable(v) and is_region(v) == wide and not (wide and v in beside)
    ]


CATEGORY = "production"


def place_phrase(place: str, quote: str = "") -> str:
    """A place as a sentence names it: ``the Orla River delta`` (a name ending in a common
    noun takes "the"), ``the United States``, ``Lyon``; ``the Cairngorms`` when the article's
    sentence (``quote``) writes it so."""
    if quote and re.search(rf"\bthe {re.escape(place)}\b", quote):
        return f"the {place}"
    words = place.split()
    if len(words) > 1 and words[-1].islower() and not place.casefold().startswith("the "):
        return f"the {place}"
    return with_article(place)


def filming_places(film: Film) -> list[str]:
    """Places filmed in, one each ("Lennox Head and Byron Bay" standing in together are
    already listed one by one)."""
    return unique(
        loc.place
        for loc in film.locations
        if loc.kind == "filming" or (loc.kind == "stand_in" and " and " not in loc.place)
    )


def all_places(film: Film) -> list[str]:
    """Every place the article names as a location, setting or stood-in-for target."""
    return unique(
        chain(
            (loc.place for loc in film.locations),
            (loc.stands_in_for for loc in film.locations if loc.stands_in_for),
        )
    )


def setting_only(film: Film) -> list[str]:
    """Places the story is set in that the article does not film in, nor stand in for (a
    stood-in-for place is often an old name of a filming town: "Bombay" beside "Mumbai")."""
    filmed = {p.casefold() for p in filming_places(film)}
    doubled = {(loc.stands_in_for or "").casefold() for loc in film.locations}
    return [
        p
        for p in unique(loc.place for loc in film.locations if loc.kind == "setting")
        if p.casefold() not in filmed | doubled
    ]


def stood_in_for(film: Film) -> list[str]:
    return unique(loc.stands_in_for for loc in film.locations if loc.stands_in_for)


def generate(ctx: Context) -> None:
    film = ctx.film
    filmed = filming_places(film)
    asked: set[str] = set()
    for location in film.locations:
        # "Lennox Head and Byron Bay" stand in together: each must read as a place.
        if not all(map(presentable, location.place.split(" and "))) or (
            location.stands_in_for and not presentable(location.stands_in_for)
        ):
            continue
        if location.kind == "filming" and location.place not in asked:
            asked.add(location.place)
            _filmed_where(ctx, location, filmed)
        elif location.kind == "stand_in" and location.stands_in_for:
            _stand_in(ctx, location, filmed)


def _filmed_where(ctx: Context, location: Location, filmed: list[str]) -> None:
    film = ctx.film
    several = len(filmed) > 1
    stem = (
        f"In which of these places was part of {ctx.title} filmed?"
        if several
        else f"Where was {ctx.title} filmed?"
    )
    ctx.multiple(
        category=CATEGORY,
        template="filming-location",
        fact=(location.place,),
        stem=stem,
        key=location.place,
        # Other films' filming places only: a story setting may contain a filming town
        # ("Killybegs" is in "County Donegal"), and a stood-in-for place may be an old name
        # of one ("Bombay", "Mumbai"), so neither is provably wrong.
        candidates=_like(location.place, ctx.pool_values(filming_places), film),
        true_set=filmed,
        difficulty="medium" if several else "easy",
        explanation=f"{location.place} was one of the filming locations of {ctx.title}."
        if several
        else f"{ctx.title} was filmed in {location.place}.",
        source=location.source,
        tags=("location",),
    )


def _stand_in(ctx: Context, location: Location, filmed: list[str]) -> None:
    film = ctx.film
    target = location.stands_in_for or ""
    quote = location.source.quote
    near = re.compile(rf"\bnear\s+{re.escape(location.place)}\b")
    if any(near.search(loc.source.quote) for loc in film.locations if loc.place == location.place):
        return  # "villages near Mucur stood in for Kirazlı": Mucur itself stood in for nothing
    doubles = [
        loc.place
        for loc in film.locations
        if loc.kind == "stand_in" and (loc.stands_in_for or "").casefold() == target.casefold()
    ]
    # Two places standing in together make a key of another form than any single option:
    # they are asked only the other way ("… stood in for which place?").
    if " and " not in location.place:
        ctx.multiple(
            category=CATEGORY,
            template="stand-in",
            fact=(location.place, target),
            stem=f"In {ctx.title}, which place stood in for {place_phrase(target, quote)}?",
            key=location.place,
            candidates=[
                p
                for p in _like(
                    location.place,
                    chain((p for p in filmed if p not in doubles), ctx.pool_values(filming_places)),
                    film,
                )
                if p.casefold() != target.casefold()  # never the stood-in-for place itself
            ],
            true_set=doubles,
            difficulty="hard",
            explanation=f"{location.place} stood in for {place_phrase(target, quote)} in {ctx.title}.",
            source=location.source,
            tags=("location",),
        )
    targets = [
        loc.stands_in_for
        for loc in film.locations
        if loc.kind == "stand_in" and loc.place == location.place and loc.stands_in_for
    ]
    if len(target.split()) > 4:
        return  # "Iya Sade's home village in Ekiti State" reads badly as an option
    if target.casefold() in ctx.title.casefold():
        return  # "In El penal de Paso del Ceibo, X stood in for which place?": the title says
    ctx.multiple(
        category=CATEGORY,
        template="stood-in-for",
        fact=(target, location.place),
        stem=f"In {ctx.title}, {place_phrase(location.place, quote)} stood in for which place?",
        key=target,
        candidates=[
            p
            for p in _like(
                target,
                chain(
                    (p for p in stood_in_for(film) if p not in targets),
                    (p for p in setting_only(film) if p not in targets),
                    (p for p in filmed if p != location.place),
                    ctx.pool_values(all_places),
                ),
                film,
            )
            # "Lennox Head and Byron Bay stood in for …": never one of the stem's own places.
            if p not in location.place
        ],
        true_set=[*targets, location.place],
        difficulty="hard",
        explanation=f"{location.place} stood in for {target} in {ctx.title}.",
        source=location.source,
        tags=("location",),
    )
