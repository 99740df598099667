"""Records and firsts claimed in the prose.

- A claim scoped to a year ("the highest-grossing Irish film of 2016") is asked as "Of which
  year was X the highest-grossing Irish film?", with near years on both sides.
- With other films in the bank, a unique claim ("the first …", "the only …", "the
  highest-grossing … of 2016", "the largest opening for …") is asked across films: "Which of
  these films was the first Chilean film to win …?". A superlative has one holder, so the other
  films are provably not it.
Claims about a person (not the film) are asked about the film only when the article says the
film holds them.
"""

from __future__ import annotations

import re

from quiz.facts.model import Record
from quiz.generate.context import Context
from quiz.generate.nearmiss import near_years

_YEAR_SCOPE = re.compile(r"^(?P<head>.+?)\s+(?:of|in)\s+(?P<year>(?:19|20)\d\d)$")
_UNIQUE = re.compile(
    r"^(?:(?:second|third)[\s-]+)?(?:first|only|sole|highest|largest|biggest|most|widest|longest|strongest|best)\b",
    re.I,
)


def _category(claim: str) -> str:
    if re.search(
        r"\b(?:gross|opening|debut|admissions|box office|tickets|screens|takings)", claim, re.I
    ):
        return "box_office"
    if re.search(r"\b(?:win|won|award|prize|nominat)", claim, re.I):
        return "awards"
    return "production"


def _clean(claim: str) -> str:
    return re.sub(r"\s*[,(].*$", "", claim).strip(" .")


def generate(ctx: Context) -> None:
    film = ctx.film
    for record in film.records:
        if record.subject != "the film":
            continue
        claim = _clean(record.claim)
        if not claim or len(claim) > 90:
            continue
        scoped = _YEAR_SCOPE.match(claim)
        if scoped:
            _year_of(ctx, record, scoped.group("head"), int(scoped.group("year")))
        if _UNIQUE.match(claim):
            _which_film(ctx, record, claim)


def _year_of(ctx: Context, record: Record, head: str, year: int) -> None:
    film = ctx.film
    released = {film.year, *(int(e.date[:4]) for e in film.events if e.kind == "release")}
    if year in released:
        return  # "the highest-grossing film of which year?" answered by its release year
    if not re.search(r"\b(?:film|films|movie|picture|feature|documentary|release|grosser)\b", head):
        return  # "Hellwig wrote the first treatment in 2017": no record the film holds
    if re.search(r"\b(?:since|after|before|until)\b", head):
        # "the most-watched Macedonian film since independence in 1991": the year is the
        # landmark's, which history answers, not the film.
        return
    ctx.multiple(
        category=_category(head),
        template="record-year",
        fact=(head, str(year)),
        stem=f"{film.title} was the {head} of which year?",
        key=str(year),
        candidates=[],
        near=near_years(year),
        balanced=True,
        true_set=[str(year)],
        difficulty="medium",
        explanation=f"{film.title} was the {head} of {year}.",
        source=record.source,
        tags=("record",),
    )


def _which_film(ctx: Context, record: Record, claim: str) -> None:
    film = ctx.film
    others = [f.title for f in ctx.others if f.title != film.title]
    if len(others) < 3:
        return
    ctx.multiple(
        category=_category(claim),
        template="record-which-film",
        fact=(claim,),
        stem=f"Which of these films was the {claim}?",
        key=film.title,
        candidates=others,
        true_set=[film.title],
        difficulty="medium",
        explanation=f"{ctx.title} was the {claim}.",
        source=record.source,
        tags=("record", "cross-film"),
    )
