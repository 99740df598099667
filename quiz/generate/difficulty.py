"""The difficulty rule (written out in the README).

Base difficulty comes from the salience of the fact, set by each template:
lead credits and main cast are ``easy``; accolade details, supporting cast, release dates and
distribution territories are ``medium``; production numbers, minor cast, crew credits and
exact money are ``hard``. Then closeness: when generated distractors sit very close to the key
(dates within two weeks, numbers within 25 %), the question moves up one level.
"""

from __future__ import annotations

import re

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


def significant_digits(value: float) -> int:
    """``879109`` → 6, ``30_000_000`` → 1, ``2.5`` → 2."""
    if value == int(value):
        return len(str(int(abs(value))).rstrip("0")) or 1
    return len(f"{abs(value)}".replace(".", "").lstrip("0"))


def number_difficulty(value: float) -> Difficulty:
    """Number precision: a round figure ("$30 million", 2 significant digits or fewer) is
    medium; an exact one ("879,109 admissions") is hard."""
    return "medium" if significant_digits(value) <= 2 else "hard"


_CUE_WORD = re.compile(r"[\w'’-]{4,}")
_STOP = {"with", "from", "that", "this", "film", "best", "award", "awards", "which", "what"}


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _CUE_WORD.findall(text)} - _STOP


def is_giveaway(stem: str, key: str, distractors: list[str], film_title: str = "") -> bool:
    """True when the stem alone points at the key: the key shares a distinctive word with
    the stem that no distractor shares ("…rights in Japan?" → "KDDI Japan", "Who plays
    Sandra Voyter?" → "Sandra Hüller", "…at the 2024 festival?" → the only 2024 option)."""
    stem_words = _words(stem.replace(film_title, " ") if film_title else stem)
    key_words = _words(key) & stem_words
    return bool(key_words) and not any(_words(d) & key_words for d in distractors)


def cap_giveaway(level: Difficulty, giveaway: bool) -> Difficulty:
    """A giveaway is never "hard" (nor "medium"): it is answerable without film knowledge."""
    return "easy" if giveaway else level
