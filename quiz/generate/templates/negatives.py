""" "Which of these is NOT …?" items for facts with at least three true values.

The three distractors are true (three of the film's producers or filming locations); the key
is a value of the same type that the article gives for something else or that another film in
the bank has, and that is in none of this film's true values. Asked only when three true values exist, so every wrong option is a fact.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import chain

from quiz.facts.model import Film, Source
from quiz.generate.context import Context
from quiz.generate.people import people, unique
from quiz.generate.templates.places import filming_places, is_region, presentable


def _credit_names(role: str) -> Callable[[Film], list[str]]:
    def names(film: Film) -> list[str]:
        return unique(c.name for c in film.credits if c.role.casefold() == role.casefold())

    return names


def _ask(
    ctx: Context,
    *,
    category: str,
    template: str,
    stem: str,
    truths: list[str],
    candidates: list[str],
    explanation: str,
    source_line: int,
    source_quote: str,
) -> None:
    if len(truths) < 3:
        return
    rng = ctx.rng_for(f"{ctx.slug}:{template}")
    shown = rng.sample(truths, 3)
    listed = ", ".join(truths[:-1]) + f" and {truths[-1]}"
    banned = {t.casefold() for t in truths}
    key = next((c for c in candidates if c.casefold() not in banned), None)
    if key is None:
        return
    ctx.multiple(
        category=category,
        template=template,
        fact=(template, key),
        stem=stem,
        key=key,
        candidates=shown,
        true_set=[key],
        difficulty="medium",
        explanation=explanation.format(film=ctx.title, key=key, listed=listed),
        source=Source(source_line, source_quote),
        tags=("negative",),
    )


def generate(ctx: Context) -> None:
    film = ctx.film
    title = ctx.title
    producers = _credit_names("Producer")(film)
    actors = {m.actor for m in film.cast if m.actor}
    if len(producers) >= 3:
        first = next(c for c in film.credits if c.role.casefold() == "producer")
        _ask(
            ctx,
            category="credits",
            template="not-a-producer",
            stem=f"Which of these people was NOT a producer of {title}?",
            truths=producers,
            # Crew of another craft first, then other films' producers: an actor (the
            # child lead) as the one "not a producer" is picked out by kind (a blind review).
            candidates=list(
                chain(
                    (p for p in people(film) if p not in producers and p not in actors),
                    ctx.pool_values(_credit_names("Producer")),
                )
            ),
            explanation="The producers of {film} are {listed}; not {key}.",
            source_line=first.source.line,
            source_quote=first.source.quote,
        )
    # Towns with towns: a country is never listed beside towns, and a stood-in-for place
    # (often an old name of a filming town) is never the key.
    filmed = [p for p in filming_places(film) if presentable(p) and not is_region(p)]
    if len(filmed) >= 3:
        first_place = next(loc for loc in film.locations if loc.place in filmed)
        _ask(
            ctx,
            category="production",
            template="not-a-filming-location",
            stem=f"Which of these places was NOT a filming location of {title}?",
            truths=filmed,
            # Another film's filming town, never one of this film's settings: a setting may
            # contain a filming town, so it is not provably wrong.
            candidates=[
                p for p in ctx.pool_values(filming_places) if presentable(p) and not is_region(p)
            ],
            explanation="{film} was filmed in {listed}; not in {key}.",
            source_line=first_place.source.line,
            source_quote=first_place.source.quote,
        )
    # Territories are not asked: a list of sales is never said to be complete, so a
    # territory it leaves out is not provably unsold (a blind review judged it ambiguous).
