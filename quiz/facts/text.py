"""Prose helpers shared by the fact extractors: sentences, dates, numbers, names.

These are format-level tools (English prose from encyclopedia articles), not knowledge of any
film: sentence splitting that survives initials such as ``E.T.``, dates at day/month/year
precision, spelled-out numbers and capitalised name runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

MONTHS = {
    name: index
    for index, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
#: Days of the week: "from Thursday 16 to Sunday 19 September" names no place.
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
DATE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"\b{_MONTH} (?P<day>[0-3]?\d)(?:st|nd|rd|th)?,? {_YEAR}\b"), "day"),
    (re.compile(rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)? {_MONTH},? {_YEAR}\b"), "day"),
    (re.compile(r"\b(?P<year>1[89]\d\d|20\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"), "day"),
    (re.compile(rf"\b{_MONTH},? {_YEAR}\b"), "month"),
    # "re-released in Danish cinemas at Christmas 1984": December of that year
    (re.compile(rf"\b(?P<xmas>Christmas),? {_YEAR}\b"), "month"),
)

NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "dozen": 12,
    "a dozen": 12,
}
NUMBER_WORD_PATTERN = (
    r"(?:\d+(?:\.\d+)?|a dozen|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
)

_ABBREVIATIONS = (
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "St.",
    "Jr.",
    "Sr.",
    "vs.",
    "No.",
    "Vol.",
    "Inc.",
    "Ltd.",
    "Co.",
    "Corp.",
    "U.S.",
    "U.K.",
    "e.g.",
    "i.e.",
    "approx.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
    "Jan.",
    "Feb.",
    "Aug.",
)
_HAS_DIGIT = re.compile(r"\d")
_SENTENCE_END = re.compile(r"(?<=[.!?])(?P<close>[\"”’)]*)\s+(?=[\"“(]?[A-Z0-9])")


@dataclass(frozen=True)
class DateMatch:
    """A date found in text: ISO form, precision, and its character span."""

    iso: str
    precision: str
    start: int
    end: int
    text: str


@lru_cache(maxsize=4096)
def split_sentences(text: str) -> tuple[str, ...]:
    """Split prose into sentences, keeping initials (``E.T.``) and abbreviations intact.

    Cached: every fact reader walks the same paragraphs.
    """
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        candidate = text[start : match.end("close")].strip()
        last_word = text[start : match.start()].strip().rsplit(" ", 1)[-1]
        if last_word in _ABBREVIATIONS or re.fullmatch(r"(?:[A-Z]\.){1,3}", last_word):
            continue
        sentences.append(candidate)
        start = match.end()
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return tuple(sentences)


def find_dates(text: str) -> list[DateMatch]:
    """Every date in ``text`` (day first, then month precision), without overlaps."""
    if not _HAS_DIGIT.search(text):
        return []
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    for pattern, precision in DATE_PATTERNS:
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            groups = match.groupdict()
            year = int(groups["year"])
            if groups.get("mnum"):
                month = int(groups["mnum"])
            elif groups.get("xmas"):
                month = 12
            else:
                month = MONTHS[groups["month"].rstrip(".").casefold()]
            if precision == "day":
                day = int(groups["day"])
                if not 1 <= day <= 31 or not 1 <= month <= 12:
                    continue
                iso = f"{year:04d}-{month:02d}-{day:02d}"
            else:
                iso = f"{year:04d}-{month:02d}"
            taken.append((match.start(), match.end()))
            found.append(DateMatch(iso, precision, match.start(), match.end(), match.group(0)))
    return sorted(found, key=lambda d: d.start)


def parse_number(text: str) -> float | None:
    """``412,000`` → 412000; ``five`` → 5; ``two and a half`` → 2.5; else ``None``."""
    value = text.strip().casefold()
    half = 0.0
    if value.endswith(" and a half"):
        half = 0.5
        value = value.removesuffix(" and a half").strip()
    elif value in {"half a", "half an"}:
        return 0.5
    if value in NUMBER_WORDS:
        return NUMBER_WORDS[value] + half
    cleaned = value.replace(",", "")
    try:
        return float(cleaned) + half
    except ValueError:
        return None


#: Capitalised words that start sentences but are never names (or places).
FUNCTION_WORDS = frozenset(
    {
        "The",
        "A",
        "An",
        "She",
        "He",
        "They",
        "It",
        "This",
        "That",
        "Her",
        "His",
        "Their",
        "Its",
        "In",
        "On",
        "At",
        "As",
        "After",
        "Before",
        "During",
        "When",
        "While",
        "Although",
        "However",
    }
)

NAME_WORD = r"[A-Z][\w.'’-]*"
NAME = rf"{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}}"


def format_iso_date(iso: str, precision: str) -> str:
    """``2024-09-13`` → ``September 13, 2024``; month → ``July 2024``; year → ``2024``."""
    parts = iso.split("-")
    year = int(parts[0])
    if precision == "year" or len(parts) == 1:
        return str(year)
    month = MONTH_NAMES[int(parts[1]) - 1]
    if precision == "month" or len(parts) == 2:
        return f"{month} {year}"
    return f"{month} {int(parts[2])}, {year}"


def clean_name(name: str) -> str:
    """Trim a name caught at a sentence end: ``Margaret Hale.`` → ``Margaret Hale``.

    Initials and abbreviations keep their full stop (``E.T.``, ``Jr.``).
    """
    name = name.strip(" ,;:")
    last = name.rsplit(" ", 1)[-1]
    if name.endswith(".") and len(last) > 3 and last not in _ABBREVIATIONS and last.count(".") == 1:
        name = name[:-1]
    return name
