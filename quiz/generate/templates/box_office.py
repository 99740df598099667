"""Box-office questions: admissions, gross and budget, with near-miss amounts.

Distractors are 14–38 % either side of the key, rounded to the key's precision and written in
the same form (currency symbol, thousands separators, ``million`` wording); no distractor may
equal another true figure of the film.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from quiz.facts.model import Amount
from quiz.facts.places import territories, with_article
from quiz.generate.context import Context
from quiz.generate.difficulty import number_difficulty
from quiz.generate.nearmiss import near_amounts, numbers_are_close

CATEGORY = "box_office"
_LEADING_MARK = re.compile(r"^([^\d\s]{1,4}\s?)(?=\d)")


def format_like(value: float, amount: Amount) -> str:
    """Write ``value`` the way ``amount.text`` is written."""
    text = amount.text
    prefix = ""
    if amount.currency:
        # Whatever currency mark the article writes before the figure ("₦", "US$", "NOK "):
        # an option without it no longer says what it counts.
        written = _LEADING_MARK.match(text)
        prefix = written.group(1) if written else ""
    for scale, factor in (
        ("billion", 1e9),
        ("crore", 1e7),
        ("million", 1e6),
        ("lakh", 1e5),
        ("thousand", 1e3),
    ):
        if scale in text:
            number = value / factor
            decimals = len(text.split(".")[1].split()[0]) if "." in text else 0
            spaced = " " if f" {scale}" in text else ""
            return f"{prefix}{number:,.{decimals}f}{spaced}{scale}".replace(
                f"{spaced}{scale}", f" {scale}"
            )
    body = f"{value:,.0f}" if "," in text or value >= 10000 else f"{value:.0f}"
    suffix = "" if prefix or not amount.currency else f" {amount.currency}"
    return f"{prefix}{body}{suffix}"


_STEMS = {
    "admissions": "How many admissions did {film} record{where}?",
    "gross": "How much did {film} gross in total{where}?",
    "budget": "What was the budget of {film}?",
}
#: Near-misses within this share of any amount the article states are never offered.
MIN_GAP = 0.05


def _scale_word(text: str) -> str | None:
    return next((w for w in ("billion", "crore", "million", "lakh", "thousand") if w in text), None)


def _close_check(key: float, by_text: dict[str, float]) -> Callable[[list[str]], bool]:
    """Judge the chosen (displayed) near-misses by the values they were made from."""

    def is_close(chosen: list[str]) -> bool:
        return numbers_are_close(key, [by_text[c] for c in chosen if c in by_text])

    return is_close


#: A figure over part of the run ("in its opening weekend", "the re-release sold …", "by
#: 2 April") is never asked as the film's total.
_PART = re.compile(
    r"\b(?:opening|first|second|debut)\s+(?:weekend|week|day|days|weeks|three days|five days)\b|"
    r"\bre-release\b|\bfurther\b|\bby\s+(?:\d|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)|\bpassed\b|\bcrossed\b",
    re.IGNORECASE,
)
_RUN = re.compile(r"\b(?:during|over|in)\s+its\s+(?:original|initial|first)\s+run\b", re.I)


def _askable_amounts(amounts: list[Amount]) -> list[Amount]:
    """The amounts that are totals: a budget always; admissions and takings unless their
    clause scopes them to part of the run."""
    return [a for a in amounts if a.kind == "budget" or not _PART.search(a.source.quote)]


def generate(ctx: Context) -> None:
    film = ctx.film
    for amount in _askable_amounts(film.amounts):
        stated = [a.value for a in film.amount_mentions if a.kind == amount.kind] or [amount.value]
        scale = _scale_word(amount.text)
        # "₦0.95 billion" still reads as an amount; "₦0.3 billion" beside "₦1.1 billion" not.
        floor = {"billion": 5e8, "crore": 5e6, "million": 5e5, "lakh": 5e4, "thousand": 5e2}.get(
            scale or "", 0.0
        )
        near_values = [
            v
            for v in near_amounts(amount.value)
            if v >= floor and all(abs(v - s) > MIN_GAP * s for s in stated)
        ]
        approx = amount.approximate

        def shown(value: float, amount: Amount = amount, approx: bool = approx) -> str:
            text = format_like(value, amount)
            return f"About {text}" if approx else text

        by_text = {shown(v): v for v in near_values}
        place = amount.place or next(iter(territories(amount.source.quote)), None)
        where = f" in {with_article(place)}" if place else ""
        if not where and re.search(r"\bdomestic\b", amount.source.quote):
            where = " over its domestic run"  # not the worldwide figure
        elif _RUN.search(amount.source.quote):
            where += " during its original run"  # a re-release may have added more
        ctx.multiple(
            category=CATEGORY,
            template=f"{amount.kind}",
            fact=(amount.kind, amount.text),
            stem=_STEMS[amount.kind].format(film=ctx.title, where=where),
            key=shown(amount.value),
            candidates=[],
            near=[shown(v) for v in near_values],
            balanced=True,
            true_set=[shown(v) for v in stated],
            difficulty=number_difficulty(amount.value),
            explanation=f"{ctx.title} has {amount.text} as its {amount.kind}{where}.",
            source=amount.source,
            is_close=_close_check(amount.value, by_text),
        )
