"""Infobox entries → credits, release date, runtime and amounts.

List values are split on commas (``Producer: A, B``) except for keys whose values are single
by nature (dates, runtimes, money). A value with no usable content (empty, or ``million``
with no number, left behind when a template vanished) is dropped: missing stays missing.
"""

from __future__ import annotations

import re
from typing import Literal

from quiz.article import InfoboxEntry
from quiz.facts.model import Amount, Credit, InfoboxValue, Source
from quiz.facts.money import parse_count, parse_money
from quiz.facts.places import DEMONYMS, VERSION_LANGUAGES
from quiz.facts.roles import canonical_role
from quiz.facts.text import find_dates

SINGLE_VALUE_KEYS = {
    "based on",
    "released",
    "release date",
    "release dates",
    "runtime",
    "running time",
    "budget",
    "gross",
    "box office",
}
#: Infobox keys whose values are not credits (people or companies).
NON_CREDIT_KEYS = SINGLE_VALUE_KEYS | {
    "country",
    "countries",
    "language",
    "languages",
    "based on",
    "source",
}
#: Keys that give the film's title in another script or language ("Traditional Chinese",
#: "Hangul", "Revised Romanization", "Literal meaning"): no one's credit.
_TITLE_FIELD = re.compile(
    r"\b(?:chinese|hangul|hanja|romani[sz]ation|mccune|hepburn|kana|kanji|japanese|pinyin|"
    r"jyutping|literal(?:ly)?|meaning|title|also known as|aka|transliteration|script|"
    r"cyrillic|arabic|hebrew|greek|thai|hindi|tamil|telugu|urdu|persian)\b"
)
#: Keys that name places, versions or formats, never a person's or a company's work
#: ("Filming location: Ashtarak, Oshakan", "Dubbed versions: Hindi").
_NOT_A_ROLE = re.compile(
    r"\b(?:locations?|filmed|filming|setting|set\s+in|genre|format|colou?r\s+process|"
    r"sound\s+mix|aspect\s+ratio|premiere|website|rating|certificate|preceded|followed|"
    r"sequel|prequel|series|network|channel)\b|\bversions?$|\bdubs?$|\blanguages?$"
)
MONEY_KEYS: dict[str, Literal["gross", "budget"]] = {
    "budget": "budget",
    "gross": "gross",
    "box office": "gross",
}
_EMPTY_ONLY = re.compile(
    r"^[\s,;()\-–—]*(?:(?:thousand|million|billion|us\$|\$|₩|£|€)\s*)*[\s,;()\-–—]*$", re.I
)


_QUALIFIED = re.compile(r"^(?P<name>.*?\S)\s*\((?P<qualifier>[^()]+)\)$")


def credit_name(item: str) -> str:
    """``Toho (Japan)`` → ``Toho``: a trailing parenthetical (territory, "uncredited") qualifies
    the credit; it is not part of the name."""
    match = _QUALIFIED.match(item.strip())
    return match.group("name") if match else item.strip()


def has_content(value: str) -> bool:
    """False for empty values and for leftovers like ``million`` or ``$ million``."""
    return bool(value.strip()) and not _EMPTY_ONLY.match(value)


def split_values(key: str, value: str) -> tuple[str, ...]:
    """Split a list value on commas (not inside numbers such as ``1,250``)."""
    if key.casefold() in SINGLE_VALUE_KEYS:
        return (value.strip(),)
    parts = [p.strip() for p in re.split(r",\s+|;\s*", value)]
    return tuple(p for p in parts if has_content(p))


def read_infobox(
    entries: list[InfoboxEntry],
) -> tuple[
    list[InfoboxValue],
    list[Credit],
    list[Amount],
    tuple[str, Source] | None,
    tuple[int, Source] | None,
]:
    """Return (values, credits, amounts, released, runtime) from the infobox entries."""
    values: list[InfoboxValue] = []
    credits: list[Credit] = []
    amounts: list[Amount] = []
    released: tuple[str, Source] | None = None
    runtime: tuple[int, Source] | None = None
    for entry in entries:
        if not has_content(entry.value):
            continue
        key = entry.key.strip()
        folded = key.casefold()
        source = Source(entry.line, f"{key}: {entry.value}")
        parts = split_values(key, entry.value)
        if not parts:
            continue
        if folded in MONEY_KEYS:
            money = parse_money(entry.value)
            if money is None:
                continue  # "Gross: million" and friends: the number vanished
            amounts.append(
                Amount(
                    MONEY_KEYS[folded],
                    money.value,
                    money.text,
                    source,
                    money.currency,
                    money.approximate,
                )
            )
        elif folded in {"released", "release date", "release dates"}:
            dates = find_dates(entry.value)
            if not dates:
                continue
            released = (dates[0].iso, source) if released is None else released
        elif folded in {"runtime", "running time"}:
            count = parse_count(entry.value)
            if count is None:
                continue
            minutes = count[0] * (60 if re.search(r"\bh(?:ours?|rs?)?\b", entry.value) else 1)
            runtime = (int(minutes), source)
        values.append(InfoboxValue(key, parts, source))
        if (
            folded not in NON_CREDIT_KEYS
            and not _TITLE_FIELD.search(folded)
            and not _NOT_A_ROLE.search(folded)
            # ("French: Le Marché des petits dieux": the title in a language, no credit)
            and key.strip() not in DEMONYMS
            and key.strip() not in VERSION_LANGUAGES
        ):
            role = canonical_role(key)
            credits.extend(
                Credit(role, credit_name(name), source)
                for name in parts
                # "廟街發財兄弟": a name with no Latin letter is a title in another script
                if re.search(r"[A-Za-zÀ-ɏ]", name)
            )
    return values, credits, amounts, released, runtime
