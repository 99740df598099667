"""Accolade questions from the (result-less) accolades table.

Four directions: (ceremony, year, recipient) → category; (ceremony, category, recipient) →
year; (recipient, category, year) → ceremony; (ceremony, year, category) → recipient. The
table has no result column, so stems say "recognised" and never "won" or "nominated".

Ambiguity guard: a row whose recipient was lost might be anyone, so for every stem the
*true set* includes all values that an unknown-recipient row could make correct. Categories
are compared without parentheticals (``Best New Actor (Film)`` ≈ ``Best New Actor``).
"""

from __future__ import annotations

import re
from itertools import chain

from quiz.facts.model import Award, Film
from quiz.generate.context import Context
from quiz.generate.nearmiss import near_years
from quiz.generate.people import award_categories, ceremonies, people, unique
from quiz.textnorm import normalize_option

CATEGORY = "awards"


_FILLER = {"best", "award", "awards", "for", "the", "of", "a", "an", "in", "and", "by"}


def _category_words(category: str) -> frozenset[str]:
    return frozenset(w for w in normalize_option(category).split() if w not in _FILLER)


def same_category(a: str, b: str) -> bool:
    """Categories that may be the same honour under another name: equal after normalisation,
    or one's words contained in the other's (``Best Visual Effects`` ≈ ``Best Special Visual
    Effects``, ``Best New Actor`` ≈ ``Best New Actor (Film)``). Deliberately generous: it
    decides what may never be offered as a wrong answer."""
    if normalize_option(a) == normalize_option(b):
        return True
    wa, wb = _category_words(a), _category_words(b)
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def _plural(recipient: str) -> bool:
    """``A, B and C`` names several people."""
    return "," in recipient or " and " in recipient or " & " in recipient


def _could_be(award: Award, recipient: str) -> bool:
    """True if ``award`` is, or (recipient lost) might be, for ``recipient``."""
    if award.recipient is None:
        return True
    return normalize_option(award.recipient) == normalize_option(recipient)


def the_ceremony(name: str) -> str:
    """``the Golden Reel Awards`` but plain ``Filmweek``: "the" only for award-like names."""
    if re.search(
        r"\b(awards?|festival|prize|ceremony|gala|critics|association|academy)\b", name, re.I
    ):
        return f"the {name}"
    return name


def _at(award: Award) -> str:
    """``the 2025 Golden Reel Awards`` / ``Filmweek in 2024``."""
    if the_ceremony(award.ceremony).startswith("the "):
        return f"the {award.year} {award.ceremony}"
    return f"{award.ceremony} in {award.year}"


def _years_near(year: int, film: Film) -> list[str]:
    """Year distractors, never before the film itself existed."""
    floor = film.year or 0
    return [y for y in near_years(year) if int(y) >= floor]


def _for_film(award: Award, film: Film, *, with_year: bool = True) -> str:
    if award.recipient_is_film:
        return ""
    return f", for {film.display_title if with_year else film.title}"


def _was(award: Award) -> str:
    return (
        "were"
        if award.recipient and not award.recipient_is_film and _plural(award.recipient)
        else "was"
    )


def _who(award: Award, film: Film) -> str:
    assert award.recipient
    return f"{film.title} itself" if award.recipient_is_film else award.recipient


def generate(ctx: Context) -> None:
    film = ctx.film
    for award in film.awards:
        if award.recipient is None:
            continue
        _to_category(ctx, award)
        _to_year(ctx, award)
        _to_ceremony(ctx, award)
        _to_recipient(ctx, award)
    _ceremony_to_year(ctx)


def _explain(award: Award, film: Film) -> str:
    who = _who(award, film)
    return (
        f"The accolades list of {film.display_title} has {who} under {award.category} "
        f"at {the_ceremony(award.ceremony)} ({award.year})."
    )


def _to_category(ctx: Context, award: Award) -> None:
    film = ctx.film
    assert award.recipient
    edition = [a for a in film.awards if a.ceremony == award.ceremony and a.year == award.year]
    true_set = [a.category for a in edition if _could_be(a, award.recipient)]
    # A category this recipient holds at another ceremony would be a trap, not a distractor.
    true_set += [a.category for a in film.awards if a.recipient and _could_be(a, award.recipient)]
    who = _who(award, film)
    stem = f"For which category {_was(award)} {who} recognised at {_at(award)}{_for_film(award, film)}?"
    ctx.multiple(
        category=CATEGORY,
        template="to-category",
        fact=(award.ceremony, str(award.year), award.recipient, award.category),
        stem=stem,
        key=award.category,
        candidates=chain(ctx.values(award_categories), ctx.pool_values(award_categories)),
        true_set=true_set,
        difficulty="medium",
        explanation=_explain(award, film),
        source=award.source,
    )


def _to_year(ctx: Context, award: Award) -> None:
    film = ctx.film
    assert award.recipient
    if award.year is None:
        return
    matching = [
        a
        for a in film.awards
        if a.ceremony == award.ceremony
        and same_category(a.category, award.category)
        and _could_be(a, award.recipient)
    ]
    # Any year in which this ceremony appears in the list could hide the same recognition.
    true_years = {str(a.year) for a in matching} | {
        str(a.year) for a in film.awards if a.ceremony == award.ceremony
    }
    if len({a.year for a in matching}) != 1:
        return
    who = _who(award, film)
    ctx.multiple(
        category=CATEGORY,
        template="to-year",
        fact=(award.ceremony, award.category, award.recipient, str(award.year)),
        stem=f"In which year {_was(award)} {who} recognised for {award.category} at "
        f"{the_ceremony(award.ceremony)}{_for_film(award, film, with_year=False)}?",
        key=str(award.year),
        candidates=[],
        near=_years_near(award.year, film),
        true_set=sorted(true_years),
        difficulty="hard",
        explanation=_explain(award, film),
        source=award.source,
    )


def _to_ceremony(ctx: Context, award: Award) -> None:
    film = ctx.film
    assert award.recipient
    matching = [
        a
        for a in film.awards
        if a.year == award.year
        and same_category(a.category, award.category)
        and _could_be(a, award.recipient)
    ]
    if len(unique(a.ceremony for a in matching)) != 1:
        return  # e.g. the same actor recognised for the same category at two ceremonies that year
    # Ceremonies that recognised the same recipient for the same category in another year are
    # not offered either: "Blue Dragon" for a 2025 question would be a trap, not a distractor.
    true_set = unique(
        a.ceremony
        for a in film.awards
        if same_category(a.category, award.category) and _could_be(a, award.recipient)
    )
    who = _who(award, film)
    ctx.multiple(
        category=CATEGORY,
        template="to-ceremony",
        fact=(award.recipient, award.category, str(award.year), award.ceremony),
        stem=f"At which {award.year} ceremony {_was(award)} {who} recognised for {award.category}"
        f"{_for_film(award, film)}?",
        key=award.ceremony,
        candidates=chain(ctx.values(ceremonies), ctx.pool_values(ceremonies)),
        true_set=true_set,
        difficulty="medium",
        explanation=_explain(award, film),
        source=award.source,
    )


def _to_recipient(ctx: Context, award: Award) -> None:
    film = ctx.film
    if award.recipient_is_film or award.recipient is None or _plural(award.recipient):
        return  # a list of names among single names would give the answer away
    same_slot = [
        a
        for a in film.awards
        if a.ceremony == award.ceremony
        and a.year == award.year
        and same_category(a.category, award.category)
    ]
    if any(a.recipient is None for a in same_slot):
        return
    true_set = [a.recipient for a in same_slot if a.recipient]
    if len(true_set) != 1:
        return
    # Anyone recognised for this category elsewhere in the list is not offered as wrong.
    true_set += [
        a.recipient
        for a in film.awards
        if a.recipient and same_category(a.category, award.category)
    ]
    ctx.multiple(
        category=CATEGORY,
        template="to-recipient",
        fact=(award.ceremony, str(award.year), award.category, award.recipient),
        stem=f"Who was recognised for {award.category} at {_at(award)}{_for_film(award, film)}?",
        key=award.recipient,
        # Single names only: a list of names among single names would stand out.
        candidates=(
            name
            for name in chain(
                (a.recipient for a in film.awards if a.recipient and not a.recipient_is_film),
                ctx.values(people),
                ctx.pool_values(people),
            )
            if not _plural(name)
        ),
        true_set=true_set,
        difficulty="medium",
        explanation=_explain(award, film),
        source=award.source,
    )


def _ceremony_to_year(ctx: Context) -> None:
    """ "In which year was the film recognised at the X?" when the ceremony has one year."""
    film = ctx.film
    for ceremony in ctx.values(ceremonies):
        rows = [a for a in film.awards if a.ceremony == ceremony]
        years = {a.year for a in rows}
        if len(years) != 1 or rows[0].year is None:
            continue
        year = rows[0].year
        ctx.multiple(
            category=CATEGORY,
            template="ceremony-to-year",
            fact=(ceremony, str(year)),
            stem=f"In which year was {film.title} recognised at {the_ceremony(ceremony)}?",
            key=str(year),
            candidates=[],
            near=_years_near(year, film),
            true_set=[str(year)],
            difficulty="medium",
            explanation=f"{film.title} appears in the accolades of {the_ceremony(ceremony)} in {year}.",
            source=rows[0].source,
        )
