"""Generated near-miss distractors at the key's precision, on both sides of the key.

Dates move by days, weeks or months (day precision keeps day precision; a month stays a
month), years by one to three, amounts and counts by 10–40 % rounded like the key, runtimes
by 5–20 minutes. Callers still pass every true value so none of these can be correct.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from collections.abc import Callable, Sequence
from itertools import combinations
from typing import TypeVar

from quiz.facts.text import NUMBER_WORDS, format_iso_date

T = TypeVar("T")

_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _number_name(value: int) -> str:
    """``23`` → ``twenty-three`` (1 to 99): how an article spells a count in words."""
    if value < 20:
        return _UNITS[value]
    tens, units = divmod(value, 10)
    return _TENS[tens - 2] + (f"-{_UNITS[units]}" if units else "")


#: Counts an article may spell out, with their words: an option written in digits beside
#: spelled ones ("23 months" among "eleven months") stands out.
NUMBER_NAMES = {n: _number_name(n) for n in range(1, 100)}
_DAY_OFFSETS = (-35, -21, -14, -7, -3, 3, 7, 14, 21, 35)
_MONTH_OFFSETS = (-3, -2, -1, 1, 2, 3)
#: Shares either side of an amount, never mirror images (0.86 and 1.14 would put the key
#: exactly between two options: a reviewer spotted it as "the obvious middle").
_FACTORS = (0.63, 0.71, 0.79, 0.87, 1.12, 1.23, 1.31, 1.42)


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


#: Days no wrong date falls on: Christmas Day and New Year's Day stand out among options.
_HOLIDAYS = frozenset({(12, 25), (1, 1)})


def near_dates(iso: str, precision: str) -> list[str]:
    """Display strings of dates near ``iso`` at the same precision, nearest first."""
    return [format_iso_date(d, precision) for d in near_isos(iso, precision)]


def near_isos(iso: str, precision: str) -> list[str]:
    """ISO dates near ``iso`` at the same precision, nearest first (both sides)."""
    parts = [int(p) for p in iso.split("-")]
    out: list[str] = []
    if precision == "day" and len(parts) == 3:
        base = dt.date(parts[0], parts[1], parts[2])
        for offset in sorted(_DAY_OFFSETS, key=abs):
            day = base + dt.timedelta(days=offset)
            if (day.month, day.day) in _HOLIDAYS:
                continue  # a shoot wrapping on Christmas Day reads as a joke option
            out.append(day.isoformat())
        # Same day of another month is a classic trap too.
        for delta in (-1, 1):
            year, month = _add_months(base.year, base.month, delta)
            day_number = min(base.day, calendar.monthrange(year, month)[1])
            out.append(f"{year:04d}-{month:02d}-{day_number:02d}")
    elif precision == "month" and len(parts) >= 2:
        for delta in sorted(_MONTH_OFFSETS, key=abs):
            year, month = _add_months(parts[0], parts[1], delta)
            out.append(f"{year:04d}-{month:02d}")
    else:
        out.extend(f"{parts[0] + d:04d}" for d in (-1, 1, -2, 2, -3, 3))
    return out


def near_years(year: int) -> list[str]:
    """Years one to three either side, alternating sides."""
    return [str(year + d) for d in (-1, 1, -2, 2, -3, 3)]


def _significant_zeros(value: int) -> int:
    zeros = 0
    while value and value % 10 == 0:
        value //= 10
        zeros += 1
    return zeros


def round_like(value: float, key: float) -> float:
    """Round ``value`` to the key's precision (trailing zeros / decimals).

    A key with a single significant digit ("about 400", ``30 million``) is rounded to half
    or quarter steps (350, 450; 25 million, 35 million): as round as the key, so the key is
    no odd one out, yet not so coarse that every near-miss rounds back onto it.
    """
    if key != int(key):
        decimals = len(repr(key).split(".")[1])
        return round(value, decimals)
    zeros = _significant_zeros(int(key))
    step: float = 10**zeros
    if zeros and int(key) // 10**zeros < 10:
        step = step / (2 if int(key) // 10**zeros >= 3 else 4)
        if step != int(step):
            step = float(int(step))  # "about 20": whole steps of 2, never 17.5 people
    return float(max(step, round(value / step) * step))


def _as_exact_as(value: float, key: float) -> float:
    """``value`` no rounder than an exact-looking key: 12,000 beside 9,230 stands out as the
    one guessed figure (a blind review), so it becomes 12,030."""
    if key != int(key) or value != int(value):
        return value
    zeros = _significant_zeros(int(key))
    digits = len(str(int(key)).rstrip("0"))
    if digits < 3 or _significant_zeros(int(value)) <= zeros:
        return value
    return value + float(3 * 10**zeros)


def near_amounts(key: float) -> list[float]:
    """Values 14–38 % either side of ``key``, at its precision, alternating sides."""
    below = [_as_exact_as(round_like(key * f, key), key) for f in _FACTORS if f < 1]
    above = [_as_exact_as(round_like(key * f, key), key) for f in _FACTORS if f > 1]
    ordered: list[float] = []
    for low, high in zip(reversed(below), above, strict=False):
        ordered.extend((low, high))
    return [v for v in ordered if v != key and v > 0]


def near_minutes(minutes: int) -> list[int]:
    """Runtimes 5–20 minutes either side."""
    return [m for d in (-7, 9, -13, 12, -18, 16) if (m := minutes + d) > 0]


def near_quantities(quantity: float) -> list[float]:
    """Small counts or durations near ``quantity`` (whole or half steps), both sides."""
    step = 0.5 if quantity != int(quantity) else 1.0
    if quantity >= 20:
        # Uneven shares either side, rounded like the key: an even step (384, 512, 640,
        # 768) lets a player find the key as the middle of the progression.
        out = []
        for factor in (0.78, 1.3, 0.6, 1.17, 0.86, 1.45):
            value = round_like(quantity * factor, quantity)
            if value > 0 and value != quantity and value not in out:
                out.append(value)
        return out
    if quantity >= 10:
        step = max(1.0, float(round(quantity * 0.2)))
    out = []
    for k in (1, 2, 3):
        for sign in (-1, 1):
            value = quantity + sign * k * step
            if value > 0 and value != quantity:
                out.append(value)
    return out


#: Distractors this close to the key make a question one level harder (README, difficulty).
CLOSE_DAYS = 14
CLOSE_SHARE = 0.25


def dates_are_close(key_iso: str, distractor_isos: list[str]) -> bool:
    """True when every distractor date is within two weeks of the key."""
    try:
        key = dt.date.fromisoformat(key_iso)
        days = [abs((dt.date.fromisoformat(d) - key).days) for d in distractor_isos]
    except ValueError:
        return False
    return bool(days) and max(days) <= CLOSE_DAYS


def numbers_are_close(key: float, distractors: list[float]) -> bool:
    """True when every distractor is within 25 % of the key."""
    if not distractors or key == 0:
        return False
    return max(abs(d - key) / abs(key) for d in distractors) <= CLOSE_SHARE


def spell_quantity(value: float, like: str) -> str:
    """Write ``value`` the way ``like`` was written: words (``two and a half``) or digits."""
    words = not any(ch.isdigit() for ch in like)
    whole = math.floor(value)
    half = value - whole >= 0.5
    if words and whole in NUMBER_NAMES | {0: ""}:
        base = NUMBER_NAMES.get(whole, "")
        if half:
            return f"{base} and a half" if base else "half a"
        return base
    text = f"{value:g}"
    return text


def place_around(
    below: Sequence[T],
    above: Sequence[T],
    ranks: list[int],
    rng_choice: Callable[[list[int]], int],
    slack: int = 2,
    pick: Callable[[Sequence[T], int], list[T]] | None = None,
    value: Callable[[T], float] | None = None,
    key_value: float | None = None,
) -> tuple[list[T], int] | None:
    """Three distractors around ``key``, at least one on each side, whose sorted position
    gives the key a balanced rank.

    ``below``/``above`` are usable values on each side, nearest first. ``ranks`` counts how
    often each rank (0 = the key is the smallest option) has been used in the set so far.
    Only ranks 1 and 2 are used: with every option on one side of the key, "pick the
    earliest" (or latest) wins, and the publisher's rubric marks each such question down
    (a blind review of round 16, made with ranks 0–3 allowed, flagged 20 of 122 questions
    for it alone). The least used feasible one is taken (``rng_choice`` breaks
    ties), so across a set the key is second as often as third. A question whose only
    feasible rank is already ``slack`` ahead of the other is not made (``None``).

    With ``value`` and ``key_value`` the options also avoid making the key the midpoint of
    two of them (one a week before, one a week after): a regular player learns to pick the
    option halfway between two others.
    """
    if not below or not above:
        # The key sits at the story's edge (an award in the film's first year, a premiere
        # before anything else): with every option on one side, "pick the earliest" wins.
        return None
    middle = (1, 2)
    feasible = [r for r in middle if r <= len(below) and 3 - r <= len(above)]
    if not feasible:
        return None
    least = min(ranks[r] for r in feasible)
    if least - min(ranks[r] for r in middle) >= slack:
        return None
    best = [r for r in feasible if ranks[r] == least]
    rank = best[0] if len(best) == 1 else rng_choice(best)
    ranks[rank] += 1

    def told(options: Sequence[T]) -> bool:
        if value is None or key_value is None:
            return False
        values = [value(o) for o in options]
        if not is_midpoint(key_value, values):
            return False
        # Only a key that alone sits halfway tells: in a run of four years (2022, 2023,
        # 2024, 2025) the second and the third are both halfway between their neighbours.
        return not any(is_midpoint(v, [key_value, *(x for x in values if x != v)]) for v in values)

    if pick is None:
        first: list[T] = [*below[:rank], *above[: 3 - rank]]
        if told(first):
            for lows in combinations(below[:4], rank):
                for highs in combinations(above[:4], 3 - rank):
                    if not told([*lows, *highs]):
                        return [*lows, *highs], rank
        return first, rank
    chosen = [*pick(below, rank), *pick(above, 3 - rank)]
    for _ in range(12):
        if not told(chosen):
            break
        chosen = [*pick(below, rank), *pick(above, 3 - rank)]
    return chosen, rank


def is_midpoint(key: float, options: Sequence[float], tolerance: float = 0.1) -> bool:
    """Whether ``key`` lies (nearly) halfway between an option below it and one above it."""
    lows = [o for o in options if o < key]
    highs = [o for o in options if o > key]
    for low in lows:
        for high in highs:
            near, far = sorted((key - low, high - key))
            if far - near <= tolerance * far:
                return True
    return False


_OPTION_NUMBER = re.compile(
    r"(?P<number>\d[\d,]*(?:\.\d+)?)\s*(?P<scale>billion|million|thousand|crore|lakh)?"
)
_SCALES = {"billion": 1e9, "million": 1e6, "thousand": 1e3, "crore": 1e7, "lakh": 1e5}


def option_number(text: str) -> float | None:
    """The number an amount or count option shows ("₦1.36 billion", "About 1,200",
    "three weeks"), so options can be placed around the key; ``None`` when it shows none."""
    match = _OPTION_NUMBER.search(text)
    if match:
        value = float(match.group("number").replace(",", ""))
        return value * _SCALES.get(match.group("scale") or "", 1.0)
    for word in text.casefold().split():
        if word in NUMBER_WORDS:
            return float(NUMBER_WORDS[word])
    return None
