"""The difficulty rule (written out in the README).

Base difficulty comes from the salience of the fact, set by each template:
lead credits and main cast are ``easy``; accolade details, supporting cast, release dates and
distribution territories are ``medium``; production numbers, minor cast, crew credits and
exact money are ``hard``. Then closeness: when generated distractors sit very close to the key
(dates within two weeks, numbers within 25 %), the question moves up one level.
"""

from __future__ import annotations

from quiz.bank import Difficulty
from quiz.facts.roles import prominence

LEVELS: tuple[Difficulty, ...] = ("easy", "medium", "hard")


def harder(level: Difficulty) -> Difficulty:
    """One level up, capped at ``hard``."""
    return LEVELS[min(LEVELS.index(level) + 1, len(LEVELS) - 1)]


def adjust_for_closeness(level: Difficulty, close: bool) -> Difficulty:
    """Raise ``level`` by one when the chosen distractors are close to the key."""
    return harder(level) if close else level


def cast_salience(order: int, starring: bool) -> Difficulty:
    """Top-billed or first-listed actors are easy; the next few medium; the rest hard."""
    if starring or order < 2:
        return "easy"
    if order < 5:
        return "medium"
    return "hard"


_BY_PROMINENCE: dict[str, Difficulty] = {"headline": "easy", "main": "medium", "minor": "hard"}


def credit_salience(role: str) -> Difficulty:
    """Headline credits (director, writer, stars) are easy; main ones (producers, music,
    companies) medium; the rest of the crew hard. Prominence comes from the roles table."""
    return _BY_PROMINENCE[prominence(role)]
