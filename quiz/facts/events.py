"""Dated events from prose: premieres, festival slots, releases, trailers, rights deals.

Each date found in a sentence is tied to the clause around it: the words before the date up to
the previous date (``premiered at X on <date>``) or, when those name no event, the words after
it (``In <month>, the film rights were acquired …``). The clause's keywords decide the kind of
event and the capitalised name after ``at``/``in`` its place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from quiz.facts.model import Event, Precision, Source
from quiz.facts.text import MONTH_NAMES, find_dates, split_sentences

_VENUE = re.compile(
    r"\b(?:at|during)\s+(?:the\s+)?(?P<venue>(?:\d{1,3}(?:st|nd|rd|th)\s+|(?:19|20)\d\d\s+)?"
    r"[A-Z][\w'’.&/-]*(?:\s+(?:[A-Z0-9][\w'’.&/-]*|of|de|du|des|del|di|for|and|&|in))*)"
)
_PLACE = re.compile(
    r"\b(?:in|across|throughout)\s+(?P<place>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|and))*)"
)
_STREAMER = re.compile(r"\bon\s+(?P<place>[A-Z][\w+'’.-]*(?:\s+[A-Z][\w+'’.-]*)*)")
_TRAILER = re.compile(
    r"\b(?P<kind>(?:(?:official|first|second|third|final|main|teaser|international|new|special)\s+){0,2}"
    r"(?:teaser\s+)?(?:trailer|teaser|poster))\b",
    re.IGNORECASE,
)
_FESTIVAL_YEAR = re.compile(
    r"\b(?:the\s+)?(?P<year>(?:19|20)\d\d)\s+(?P<name>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)*\s+"
    r"(?:Film\s+)?(?:Festival|Fest|Awards|Market))\b"
)
_HOME_MEDIA = re.compile(r"\b(?:VHS|DVD|Ultra HD Blu-ray|Blu-ray|4K Ultra HD|LaserDisc)(?=\W|$)")
_HOME_MEDIA_GENERIC = re.compile(r"\bhome (?:media|video)\b", re.I)
_TRAILING_JUNK = re.compile(r"(?:\s+(?:of|de|du|des|del|di|for|and|&|in))+$")


def _clean_name(name: str) -> str:
    name = _TRAILING_JUNK.sub("", name.strip(" ,;."))
    return name


def _not_month(name: str) -> bool:
    words = name.split()
    return bool(words) and words[-1] not in MONTH_NAMES and words[0] not in MONTH_NAMES


_NOT_PLACES = re.compile(r"\b(?:Digital|3D|IMAX|Dolby|format|Cinema|Edition|Cut|Version)\b")


def _place(clause: str) -> str | None:
    """The territory after "in" (``in the United Kingdom``); formats are not places."""
    for match in _PLACE.finditer(clause):
        place = _clean_name(match.group("place"))
        if place and _not_month(place) and not _NOT_PLACES.search(place):
            return place
    return None


def _venue(clause: str) -> str | None:
    match = _VENUE.search(clause)
    if match:
        venue = _clean_name(match.group("venue"))
        if venue and _not_month(venue):
            return venue
    return None


def classify(clause: str) -> tuple[str, str, str | None] | None:
    """(kind, description, place) for a clause that names an event, else ``None``."""
    lower = clause.casefold()
    if re.search(r"\bpremiere", lower):
        venue = _venue(clause)
        what = "world premiere" if "world premiere" in lower else "premiere"
        return "premiere", f"{what}, {venue}" if venue else what, venue
    if re.search(r"\brights?\b", lower) and re.search(
        r"\b(acquired|sold|bought|purchased|secured|picked up)\b", lower
    ):
        return "rights_deal", "film rights acquired", None
    trailer = _TRAILER.search(clause)
    if trailer and re.search(
        r"\b(released|unveiled|launched|published|revealed|debuted|dropped)\b", lower
    ):
        return "trailer", trailer.group("kind").casefold() + " released", None
    if re.search(r"\bre-?releas", lower) or (
        re.search(r"\breleas", lower) and re.search(r"\b(3D|IMAX|anniversary)\b", clause, re.I)
    ):
        fmt = re.search(
            r"\b(3D|IMAX|4K|anniversary|remastered|restored|restoration)\b", clause, re.I
        )
        what = f"{fmt.group(1)} re-release" if fmt else "re-release"
        return "re_release", what, None
    media = _HOME_MEDIA.search(clause) or _HOME_MEDIA_GENERIC.search(clause)
    if media and re.search(r"\b(released|release|available|issued|came out)\b", lower):
        return "home_media", f"home media release ({media.group(0)})", None
    if (
        re.search(
            r"\btheatrical(?:ly)?\b|\b(?:limited|wide|general|nationwide)\s+release\b|\bin (?:cinemas|theaters|theatres)\b",
            lower,
        )
        and "releas" in lower
    ):
        scope = re.search(r"\b(limited|wide|general|nationwide)\s+release\b", lower)
        label = f"{scope.group(1)} release" if scope else "theatrical release"
        place = _place(clause)
        return (
            "theatrical_release",
            f"{label}, {place}" if place else label,
            place,
        )
    if re.search(r"\b(principal photography|filming|shooting)\b", lower):
        if re.search(r"\b(began|begun|started|commenced|start|began)\b", lower):
            return "filming", "filming began", None
        if re.search(r"\b(wrapped|ended|finished|completed|concluded)\b", lower):
            return "filming", "filming wrapped", None
    if re.search(
        r"\b(screened|selected|shown|closing film|opening film|competed|in competition)\b", lower
    ):
        venue = _venue(clause)
        if venue:
            role = (
                "closing film"
                if "closing" in lower
                else "opening film"
                if "opening" in lower
                else "screening"
            )
            return "festival", f"{role}, {venue}", venue
    if re.search(r"\b(streaming|streamed|available on)\b", lower) or (
        re.search(r"\b(released|premiered|debuted)\b", lower) and re.search(r"\bon\s+[A-Z]", clause)
    ):
        streamer = _STREAMER.search(clause)
        place = _clean_name(streamer.group("place")) if streamer else None
        if place and _not_month(place):
            return "streaming", f"streaming release, {place}", place
    if re.search(r"\breleased?\b", lower) and "trailer" not in lower:
        place = _place(clause)
        return "release", f"release, {place}" if place else "release", place
    return None


_PLACED_KINDS = {"theatrical_release", "release"}
_MONTHS = "|".join(MONTH_NAMES)
_FILMING_SPAN = re.compile(
    rf"\bfrom\s+(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTHS})|(?P<m1b>{_MONTHS})\s+(?P<d1b>\d{{1,2}}))"
    rf"(?:,?\s+(?P<y1>(?:19|20)\d\d))?\s+(?:to|until|through)\s+"
    rf"(?:(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTHS})|(?P<m2b>{_MONTHS})\s+(?P<d2b>\d{{1,2}}))"
    rf",?\s+(?P<y2>(?:19|20)\d\d)"
)


def _filming_span(sentence: str, line: int) -> list[Event]:
    """``Principal photography took place from 8 February to 29 March 2022`` → two events."""
    if not re.search(r"\b(principal photography|filming|shooting)\b", sentence, re.I):
        return []
    match = _FILMING_SPAN.search(sentence)
    if not match:
        return []
    groups = match.groupdict()
    end_year = int(groups["y2"])
    start_year = int(groups["y1"]) if groups["y1"] else end_year
    start_month = MONTH_NAMES.index(groups["m1"] or groups["m1b"]) + 1
    end_month = MONTH_NAMES.index(groups["m2"] or groups["m2b"]) + 1
    if not groups["y1"] and start_month > end_month:
        start_year -= 1  # "from 20 November to 3 February 2022"
    start = f"{start_year:04d}-{start_month:02d}-{int(groups['d1'] or groups['d1b']):02d}"
    end = f"{end_year:04d}-{end_month:02d}-{int(groups['d2'] or groups['d2b']):02d}"
    source = Source(line, sentence)
    return [
        Event("filming", "filming began", start, "day", source),
        Event("filming", "filming wrapped", end, "day", source),
    ]


def events_in_sentence(sentence: str, line: int) -> list[Event]:
    """Events dated in one sentence."""
    span = _filming_span(sentence, line)
    if span:
        return span
    dates = find_dates(sentence)
    events: list[Event] = []
    for index, date in enumerate(dates):
        before_start = dates[index - 1].end if index else 0
        after_end = dates[index + 1].start if index + 1 < len(dates) else len(sentence)
        before = sentence[before_start : date.start]
        after = sentence[date.end : after_end]
        found = classify(before) or classify(after)
        if found is None and events:
            # "…released in France on 23 August, in the United States on 13 October, …":
            # a clause naming only a place continues the previous event's kind.
            place = _place(before)
            previous = events[-1]
            if place and previous.place and previous.kind in _PLACED_KINDS:
                label = previous.what.split(",")[0]
                found = (previous.kind, f"{label}, {place}", place)
        if found is None:
            continue
        kind, what, place = found
        events.append(
            Event(kind, what, date.iso, _precision(date.precision), Source(line, sentence), place)
        )
    if not dates:
        festival = _FESTIVAL_YEAR.search(sentence)
        if festival:
            found = classify(sentence)
            if found and found[0] in {"festival", "premiere"}:
                kind, what, place = found
                events.append(
                    Event(kind, what, festival.group("year"), "year", Source(line, sentence), place)
                )
    return events


def _precision(value: str) -> Precision:
    if value == "day":
        return "day"
    if value == "month":
        return "month"
    return "year"


def _drop_less_specific(events: list[Event]) -> list[Event]:
    """When the article repeats a release with more detail, keep the detailed mention:
    a release with a place beats one without, a theatrical release beats a plain release."""
    kept: list[Event] = []
    for event in events:
        if event.kind in _PLACED_KINDS:
            better = [
                e
                for e in events
                if e is not event
                and e.date == event.date
                and e.kind in _PLACED_KINDS
                and (
                    (event.place is None and e.place is not None and e.kind == event.kind)
                    or (
                        e.kind == "theatrical_release"
                        and event.kind == "release"
                        and (e.place or "") == (event.place or "")
                    )
                )
            ]
            if better:
                continue
        kept.append(event)
    return kept


def read_events(paragraphs: Iterable[tuple[str, int]]) -> list[Event]:
    """Every dated event, first mention kept when the same event is repeated."""
    events: list[Event] = []
    seen: set[tuple[str, str, str]] = set()
    for text, line in paragraphs:
        for sentence in split_sentences(text):
            for event in events_in_sentence(sentence, line):
                # A premiere is one event whatever its venue is called the second time.
                place = "" if event.kind in {"premiere", "rights_deal"} else event.what.casefold()
                key = (event.kind, place, event.date)
                if key not in seen:
                    seen.add(key)
                    events.append(event)
    return _drop_less_specific(events)
