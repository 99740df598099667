"""Where the film was shot and where its story is set.

Shapes read: "shot / filmed (on location) in A and B", "filming took place in C", "part of the
shoot took place in D", "the production moved to E for four weeks", "F stood in for G" (and
"doubled for", "substituted for"), "set in 1970s Marseille", "takes place in H", and a sentence
in a Filming / Production section that names where principal photography happened.
"""

from __future__ import annotations

import re

from quiz.facts.model import Location, LocationKind, Source
from quiz.facts.places import clean_place
from quiz.facts.textmodel import Sentence, TextModel

_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_PLACE_WORD = rf"[{_UP}][\w'’.-]*"
_PLACE = (
    rf"(?:the\s+)?{_PLACE_WORD}(?:\s+(?:{_PLACE_WORD}|de|del|de la|da|do|di|du|of|la|le|sur|upon|on)"
    rf"(?=\s+{_PLACE_WORD}))*(?:\s+{_PLACE_WORD})?"
)
_PLACES = rf"(?P<places>{_PLACE}(?:(?:,\s*|,?\s+and\s+|\s*&\s*)(?:in\s+|on\s+)?{_PLACE})*)"
_FILMING = re.compile(
    r"\b(?:shot|filmed|photographed|lensed|filming|shooting|photography|shoot|scenes were filmed|"
    r"production|recorded|studio work|location work|exteriors|interiors)\b"
    r"(?:[^.;]*?)\b(?:in|at|on|across|around|throughout|on location in|to)\s+" + _PLACES
)
_MOVED = re.compile(
    r"\b(?:moved|relocated|travelled|traveled|went|headed|returned)\s+to\s+" + _PLACES
)
_STAND_IN = re.compile(
    rf"(?P<a>{_PLACE})[^.;]*?\b(?:stood|stands|standing|doubled|doubling|doubles|substituted|"
    rf"subbed|served|serving)\s+(?:in\s+)?(?:for|as)\s+(?P<b>(?:\d{{4}}s\s+)?(?:the\s+)?[^,;.]+)"
)
_SET_IN = re.compile(
    r"\b(?:[Ss]et|takes place|take place|took place|unfolds|is located)\s+(?:mainly\s+|largely\s+|"
    r"partly\s+|primarily\s+|entirely\s+)?(?:in|on|at|around|between)\s+"
    r"(?:(?:the\s+)?(?:\d{4}s|\d{2}th[- ]century|early|late|mid|present-day|contemporary|modern|"
    r"rural|coastal|northern|southern|eastern|western|suburban|post-war|wartime)[\s-]+)*" + _PLACES
)
_NOT_PLACES = {
    "The",
    "It",
    "A",
    "An",
    "This",
    "That",
    "They",
    "She",
    "He",
    "His",
    "Her",
    "Their",
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
    "Netflix",
    "IMAX",
    "Dolby",
    "Principal",
    "Filming",
}
_NOT_PLACE_RE = re.compile(
    r"\b(?:Festival|Awards?|Prize|Productions?|Pictures|Films?|Studios?|Entertainment|Media|"
    r"Distribution|Release|Netflix|Blu-ray|DVD)\b"
)


def _split(run: str) -> list[str]:
    parts = re.split(r",\s*|,?\s+and\s+|\s*&\s*", run)
    places = []
    for part in parts:
        part = re.sub(r"^(?:in|on)\s+", "", part.strip())
        place = clean_place(part)
        words = place.split()
        if not words or words[0] in _NOT_PLACES or _NOT_PLACE_RE.search(place):
            continue
        places.append(place)
    return places


def _setting_context(sentence: Sentence) -> bool:
    """A story's setting: "Set in …" or "takes place in …", not a shoot that "took place"."""
    return not re.search(
        r"\b(?:filming|shooting|shoot|photography|production)\b", sentence.text, re.I
    )


def read_locations(model: TextModel) -> list[Location]:
    """Filming places, stand-ins and story settings, each with its clause."""
    found: list[Location] = []
    seen: set[tuple[str, str, int | None]] = set()

    def add(
        place: str,
        kind: LocationKind,
        sentence: Sentence,
        quote: str,
        stands_for: str | None = None,
    ) -> None:
        key = (place.casefold(), kind, sentence.line if kind != "setting" else None)
        if key in seen:
            return
        seen.add(key)
        found.append(
            Location(
                place,
                kind,
                Source(sentence.line, quote if len(quote) >= 30 else sentence.text),
                stands_for,
            )
        )

    for sentence in model.sentences:
        in_production = sentence.in_section(
            "production", "filming", "shooting", "principal photography"
        )
        for clause in sentence.clauses:
            text = clause.text
            for match in _STAND_IN.finditer(text):
                places = _split(match.group("a"))
                target = clean_place(
                    re.split(r"\s+(?:because|as|since|while|when|which)\b", match.group("b"))[0]
                )
                if places and target:
                    add(places[-1], "filming", sentence, text)
                    add(places[-1], "stand_in", sentence, text, target)
            for match in _SET_IN.finditer(text):
                if match.group(0).casefold().startswith(
                    ("took place", "take place")
                ) and not _setting_context(sentence):
                    continue
                for place in _split(match.group("places")):
                    add(place, "setting", sentence, text)
            filming_words = re.search(
                r"\b(?:shot|filmed|filming|shooting|shoot|photography|lensed|scenes were filmed|"
                r"studio work|location work|exteriors|interiors)\b",
                text,
                re.I,
            )
            if filming_words or (in_production and _MOVED.search(text)):
                for match in _FILMING.finditer(text):
                    if re.search(r"\bset\s+(?:in|on)\b", match.group(0)):
                        continue
                    for place in _split(match.group("places")):
                        add(place, "filming", sentence, text)
                for match in _MOVED.finditer(text):
                    for place in _split(match.group("places")):
                        add(place, "filming", sentence, text)
    return found
