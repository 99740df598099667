"""The difficulty rule (written out in the README).

Base difficulty comes from the salience of the fact, set by each template:
lead credits and main cast are ``easy``; accolade details, supporting cast, release dates and
distribution territories are ``medium``; production numbers, minor cast, crew credits and
exact money are ``hard``. Then closeness: when generated distractors sit very close to the key
(dates within two weeks, numbers within 25 %), the question moves up one level.
"""

from __future__ import annotations

from quiz.bank import Difficulty

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


def credit_salience(role: str) -> Difficulty:
    """Director, writer and stars are easy; producers, music, companies medium; crew hard."""
    folded = role.casefold()
    if folded in {"director", "directed by", "writer", "written by", "screenplay", "starring"}:
        return "easy"
    if folded in {"producer", "producers", "music", "studio", "distributor", "production company"}:
        return "medium"
    return "hard"
