"""Dated events from prose, each bound to the clause that holds its date.

Every full (day), month or year-qualified date in the prose becomes an :class:`Event`. The
clause around the date (see :mod:`quiz.facts.textmodel`) decides the event's kind, its
territories or venue and its qualifier; a clause that names no event we understand gives an
``other`` event, never a guessed release. Relative dates ("the same day", "the following
month", "that autumn", "later that year") resolve against the date before them in the sentence
(or, failing that, the paragraph). A clause with a date but no event words of its own ("…, and
in Germany on 3 May") continues the event of the clause before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, lru_cache

from quiz.facts.cast import cast_list_labels
from quiz.facts.locations import REGIONS, STATE_QUALIFIERS, places_in
from quiz.facts.model import Event, EventKind, Precision, ReleaseScope, Source
from quiz.facts.places import COUNTRY_NAMES, DEMONYMS, LANGUAGES, any_venue, territories, venue
from quiz.facts.text import find_dates
from quiz.facts.textmodel import Clause, Sentence, TextModel


@dataclass(frozen=True)
class DateMention:
    """A date in a sentence, absolute or resolved from a relative phrase."""

    iso: str
    precision: Precision
    start: int
    end: int
    relative: bool = False


_YEAR_ONLY = re.compile(
    r"\b(?:(?P<prep>in|In|during|During|by|By|until|Until|throughout|Throughout)\s+"
    r"(?:(?:early|late|mid|the\s+(?:spring|summer|autumn|fall|winter|end|start|beginning)\s+of)"
    r"[\s-]+|(?:spring|summer|autumn|fall|winter)\s+)?"
    r"|(?P<the>\b[Tt]he\s+)|(?P<season>(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\s+))"
    r"(?P<year>(?:18|19|20)\d\d)\b(?!\s*[-–]\s*\d)"
)
_STREAMING_SINCE = re.compile(
    r"\b(?:stream(?:ing|ed)?|available)\b[^.;]{0,40}?\bon\s+(?:the\s+)?[A-Z][\w+]*(?:\s+[A-Z][\w+]*)*"
    r"\s+(?P<since>since)\s+(?P<year>(?:19|20)\d\d)\b(?!\s*[-–]\s*\d)"
)
#: After "the 2019 …", only an event name makes the year a date ("the 2019 Cannes Film
#: Festival", "the 2019 edition"), not "the 2019 novel".
_EDITION_AFTER = re.compile(
    r"^\s*(?:[A-Z][\w'’.&-]*\s+){0,6}(?:Film\s+)?(?:Festival|Fest|Fleadh|Awards|Market|Berlinale|"
    r"Biennale|edition|ceremony|Oscars|Globes|season)\b"
)
_RELATIVE = re.compile(
    r"\b(?P<phrase>(?:on\s+)?the\s+same\s+day|"
    # "went on general release in Kenya two days later": the anchor's day plus two
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|a|\d{1,2})\s+(?:days?|weeks?)\s+later|(?:on\s+)?the\s+(?:following|next)\s+day|"
    r"(?:later|earlier)\s+that\s+(?:same\s+)?day|that\s+same\s+day|"
    r"(?:in\s+)?the\s+(?:following|next)\s+month|(?:later|earlier)\s+that\s+(?:same\s+)?month|"
    r"(?:in\s+)?the\s+(?:following|next)\s+year|(?:later|earlier)\s+that\s+(?:same\s+)?year|"
    r"that\s+same\s+year|(?:in\s+|later\s+)?that\s+(?:spring|summer|autumn|fall|winter)|"
    r"(?:in\s+)?the\s+same\s+(?:month|year|week)|(?:in\s+)?the\s+(?:following|next)\s+week|"
    r"(?:in\s+)?the\s+(?:following|next)\s+(?:spring|summer|autumn|fall|winter)|"
    r"(?<=ed\s)that\s+(?:year|month|day)|"
    r"(?:in\s+)?the\s+following\s+(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)|"
    # "completed a restoration in 2018, which was released on Blu-ray in November of that
    # year": the anchor's year, the month named
    r"(?:in\s+)?(?-i:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+of\s+(?:that|the\s+same)\s+year|"
    # "screened on 20 July 2011 and re-released in Croatian cinemas that September"
    r"(?:(?:in|by|later)\s+)?that\s+(?-i:January|February|March|April|May|June|July|August|"
    r"September|October|November|December))\b",
    re.IGNORECASE,
)


def _shift_month(iso: str, months: int) -> str:
    year, month = int(iso[:4]), int(iso[5:7])
    index = year * 12 + month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _not_an_offset_date(text: str, start: int, end: int, found: list[DateMention]) -> bool:
    """Whether "N days later" dates nothing of its own: "three days later than planned",
    "just over three weeks later, on 8 November" (the date given), "ended on 3 November,
    nine weeks later" (an interval after a date), "its run was cut short ten days later",
    "adding Los Angeles and Chicago two weeks later" (a stage of the run)."""
    before, after = text[max(0, start - 60) : start], text[end : end + 40]
    if re.match(r"\s+than\b", after) or re.search(
        r"(?i)\b(?:just\s+)?(?:over|about|almost|nearly|some|under|more\s+than|less\s+than)\s+$",
        before,
    ):
        return True
    if re.match(
        r",?\s+(?:on|in)\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}\b|(?:19|20)\d\d\b)", after
    ):
        return True
    if any(0 <= start - m.end <= 3 for m in found) and re.search(r",\s*$", before):
        return True
    if re.search(
        r"(?i)\b(?:cut\s+short|ended|closed|withdrawn|pulled|touring|toured)\b",
        before[-40:] + after,
    ):
        return True
    return bool(
        re.search(r"(?i)\b(?:adding|added|expanding|widening|spreading|touring)\b[^,;]*$", before)
    )


_LATER_BY = re.compile(r"(\w+)\s+(days?|weeks?)\s+later")
_COUNT_WORDS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip


def _resolve(phrase: str, anchor: DateMention) -> tuple[str, Precision] | None:
    lower = phrase.casefold()
    named = re.search(
        r"following\s+(january|february|march|april|may|june|july|august|september|october|"
        r"november|december)",
        lower,
    )
    if named:
        # "released in Portugal on April 30, 1999, in Spain the following June": the next
        # June after the date before it.
        if anchor.precision == "year":
            return None
        month = _MONTH_NAMES.casefold().split("|").index(named.group(1)) + 1
        year = int(anchor.iso[:4]) + (1 if month <= int(anchor.iso[5:7]) else 0)
        return f"{year:04d}-{month:02d}", "month"
    same_year = re.search(
        r"\b(?:that\s+(?=january|february|march|april|may|june|july|august|september|"
        r"october|november|december)|(?=\w+\s+of\s+(?:that|the\s+same)\s+year))(january|february|march|april|may|june|july|august|september|october|"
        r"november|december)",
        lower,
    )
    if same_year:
        # "screened on 20 July 2011 and re-released that September": the anchor's year; a
        # month before the anchor's own is no later event of that year, so it stays unread.
        month = _MONTH_NAMES.casefold().split("|").index(same_year.group(1)) + 1
        if anchor.precision != "year" and month < int(anchor.iso[5:7]):
            return None
        return f"{anchor.iso[:4]}-{month:02d}", "month"
    offset = _LATER_BY.match(lower)
    if offset:
        if anchor.precision != "day":
            return None
        from datetime import timedelta

        count = _COUNT_WORDS.get(offset.group(1))
        count = int(offset.group(1)) if count is None and offset.group(1).isdigit() else count
        if not count:
            return None
        days = count * (7 if offset.group(2).startswith("week") else 1)
        y, m, d = (int(x) for x in anchor.iso.split("-"))
        return (date(y, m, d) + timedelta(days=days)).isoformat(), "day"
    if "day" in lower:
        if anchor.precision != "day":
            return None
        if "following" in lower or "next" in lower:
            from datetime import timedelta

            y, m, d = (int(x) for x in anchor.iso.split("-"))
            nxt = date(y, m, d) + timedelta(days=1)
            return nxt.isoformat(), "day"
        return anchor.iso, "day"
    if "month" in lower or "week" in lower:
        # "the following week" is known only to its month: a week later may be next month,
        # but the article gives no day, so the month of the anchor is as precise as it gets.
        if anchor.precision == "year":
            return None
        if (
            "week" in lower
            and anchor.precision == "day"
            and ("following" in lower or "next" in lower)
        ):
            from datetime import timedelta

            y, m, d = (int(x) for x in anchor.iso.split("-"))
            if (date(y, m, d) + timedelta(days=13)).month != m:
                # "on 23 June …, and in Rasht the following week": June or July.
                return None
        shift = 1 if "month" in lower and ("following" in lower or "next" in lower) else 0
        return _shift_month(anchor.iso[:7], shift), "month"
    year = int(anchor.iso[:4])
    if "following" in lower or "next" in lower:
        return f"{year + 1:04d}", "year"
    return f"{year:04d}", "year"


_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
#: A month named without a year or day ("widening to 22 cities by the end of May"): no date
#: of its own, but the month "the following month" counts from.
_BARE_MONTH = re.compile(
    r"\b(?:in|by|of|until|till|through|to|during|since|from|into)\s+"
    rf"(?:(?:early|late|mid)[-\s])?(?P<m>{_MONTH_NAMES})\b(?!\s*\d)"
)


def _bare_month_anchor(
    text: str, anchor: DateMention, before: list[DateMention], at: int, phrase: str
) -> DateMention | None:
    """The anchor a relative phrase counts from, once months named in between are seen.

    "opened on April 14, 1995, widening by the end of May, and reached France the following
    month" means June: the bare "May" is nearer than the full date. A day-relative phrase
    ("the same day") after such a month has no day to count from, so it is not resolved.
    """
    start = anchor.end if before else 0
    bare = list(_BARE_MONTH.finditer(text, start, at))
    if not bare:
        return anchor
    lower = phrase.casefold()
    if "day" in lower:
        return None
    if "month" not in lower and "week" not in lower:
        return anchor
    if anchor.precision == "year":
        return None
    month = _MONTH_NAMES.split("|").index(bare[-1].group("m")) + 1
    year = int(anchor.iso[:4]) + (1 if month < int(anchor.iso[5:7]) else 0)
    return DateMention(f"{year:04d}-{month:02d}", "month", bare[-1].start("m"), bare[-1].end("m"))


#: The first half of a span whose year is only given once: "from July 9 to August 12, 2017".
_MONTH_SPAN = re.compile(
    rf"\b(?:from|between)\s+(?P<m>{_MONTH_NAMES})\s+(?:to|until|and|through)\s+(?:{_MONTH_NAMES})\s+(?P<y>(?:19|20)\d\d)\b"
)
_SPAN_START = re.compile(
    rf"\b(?:from|between)\s+(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH_NAMES})|(?P<m2>{_MONTH_NAMES})\s+(?P<d2>\d{{1,2}}))"
    rf"(?=\s*(?:to|until|till|through|and|[-–])\s+)"
)


_YEARLESS = re.compile(
    rf"\b(?:on|until|till|to|through|by)\s+(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH_NAMES})|"
    rf"(?P<m2>{_MONTH_NAMES})\s+(?P<d2>\d{{1,2}}))\b(?!,?\s*\d{{3,4}})(?!\s*[-–]\s*\d)"
)


def date_mentions(text: str, previous: DateMention | None = None) -> list[DateMention]:
    """Every date in ``text``: absolute dates, year-only dates, resolved relative phrases."""
    return list(_date_mentions(text, previous))


_MAYBE_DATE = re.compile(
    r"\d|\b(?:same|following|next|that)\s+(?:day|month|year|spring|summer|autumn|fall|winter)|"
    r"\b(?:days?|weeks?)\s+later\b",
    re.I,
)


@lru_cache(maxsize=4096)
def _date_mentions(text: str, previous: DateMention | None) -> tuple[DateMention, ...]:
    if not _MAYBE_DATE.search(text):
        return ()
    return tuple(_find_mentions(text, previous))


def _find_mentions(text: str, previous: DateMention | None) -> list[DateMention]:
    found: list[DateMention] = [
        DateMention(d.iso, "day" if d.precision == "day" else "month", d.start, d.end)
        for d in find_dates(text)
    ]
    taken = [(m.start, m.end) for m in found]
    for match in _MONTH_SPAN.finditer(text):
        start = match.start("m")
        if any(s <= start < e for s, e in taken):
            continue
        month = _MONTH_NAMES.split("|").index(match.group("m")) + 1
        found.append(DateMention(f"{match.group('y')}-{month:02d}", "month", start, match.end("m")))
        taken.append((start, match.end("m")))
    for match in _SPAN_START.finditer(text):
        if any(s <= match.start("m1" if match.group("m1") else "m2") < e for s, e in taken):
            continue
        later = [m for m in found if m.start > match.end() and m.precision == "day"]
        if not later:
            continue
        closing = min(later, key=lambda m: m.start)
        month = _MONTH_NAMES.split("|").index(match.group("m1") or match.group("m2")) + 1
        day = int(match.group("d1") or match.group("d2"))
        year = int(closing.iso[:4]) - (1 if month > int(closing.iso[5:7]) else 0)
        begin = match.start("d1") if match.group("d1") else match.start("m2")
        found.append(DateMention(f"{year:04d}-{month:02d}-{day:02d}", "day", begin, match.end()))
        taken.append((begin, match.end()))
    for match in _YEARLESS.finditer(text):
        # "began on April 14, 1947, and ended on May 29": the year of the date before it
        # (the next one when the month comes round again: "3 November 2008 … until 16
        # January").
        begin = match.start("d1") if match.group("d1") else match.start("m2")
        if any(s <= begin < e for s, e in taken):
            continue
        before = [m for m in found if m.end <= begin and m.precision == "day"]
        if not before:
            continue
        base = max(before, key=lambda m: m.end)
        month = _MONTH_NAMES.split("|").index(match.group("m1") or match.group("m2")) + 1
        day = int(match.group("d1") or match.group("d2"))
        year = int(base.iso[:4]) + (1 if month < int(base.iso[5:7]) else 0)
        found.append(DateMention(f"{year:04d}-{month:02d}-{day:02d}", "day", begin, match.end()))
        taken.append((begin, match.end()))
    for match in _YEAR_ONLY.finditer(text):
        start, end = match.start("year"), match.end("year")
        if any(s <= start < e for s, e in taken):
            continue
        if match.group("the") and not _EDITION_AFTER.match(text[end:]):
            continue
        found.append(DateMention(match.group("year"), "year", match.start(), end))
        taken.append((match.start(), end))
    for match in _STREAMING_SINCE.finditer(text):
        # "available for streaming on Filmin since 2018": the year the service began, the
        # one "since" that dates an event (elsewhere "since 1941" is a career, "the first
        # since 2012" a record).
        start = match.start("year")
        if any(s <= start < e for s, e in taken):
            continue
        found.append(DateMention(match.group("year"), "year", match.start("since"), match.end()))
        taken.append((match.start("since"), match.end()))
    for match in _RELATIVE.finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        if _LATER_BY.match(match.group("phrase").casefold()) and _not_an_offset_date(
            text, match.start(), match.end(), found
        ):
            continue
        before = [m for m in found if m.end <= match.start()]
        anchor = max(before, key=lambda m: m.end) if before else previous
        if anchor is None:
            continue
        if (
            before
            and not anchor.relative
            and re.fullmatch(r",\s*(?:that\s+is\s+)?", text[anchor.end : match.start()])
            and re.match(r"\s*(?:[;.]|$)", text[match.end() :])
        ):
            # "on 16 March 2001, the following month;": the phrase restates the date before
            # it (counted from the previous sentence's), no date a month after it.
            continue
        if any(
            not m.relative
            and m.precision in {"day", "month"}
            and re.fullmatch(r",\s*(?:on|in)\s+", text[match.end() : m.start])
            for m in found
        ):
            # "across Nepal the following month, on 24 May 1991,": the date written next
            # restates the phrase; one event, dated by what is written.
            continue
        anchor = _bare_month_anchor(text, anchor, before, match.start(), match.group("phrase"))
        if anchor is None:
            continue
        resolved = _resolve(match.group("phrase"), anchor)
        if resolved:
            found.append(DateMention(*resolved, match.start(), match.end(), relative=True))
    return sorted(found, key=lambda m: m.start)


# --- what happened: keywords of each kind, checked in order --------------------------------

_HOME_MEDIA_FORMATS = re.compile(
    r"\b(?:VHS|DVD|Ultra HD Blu-ray|Blu-ray|4K Ultra HD|LaserDisc|VCD|Video CD|Betamax|UMD|VOD|"
    r"Digital HD)(?=\W|$)"
)
#: Lower-case only: "Paramount Home Media Distribution" is a company, not a release.
_HOME_MEDIA = re.compile(
    r"\b(?:VHS|DVD|Ultra HD Blu-ray|Blu-ray|4K Ultra HD|LaserDisc|VCD|Video CD|Betamax|UMD|VOD|"
    r"Digital HD|home media|"
    r"home video|digital download|digital rental|digital release|premium video on demand|"
    r"video on demand|on-demand)(?=\W|$)"
)
_STREAM = re.compile(
    r"\b(?:stream(?:ing|ed)?|(?:available|released|premiered|debuted|launched|added|landed|"
    r"arrived|dropped|came)\s+"
    r"(?:\w+\s+){0,3}on\s+(?:Netflix|Amazon|Prime Video|Disney\+|Hulu|HBO|Max|Apple TV\+?|"
    r"Mubi|MUBI|Paramount\+|Peacock|Showmax|iQIYI|Viu|Tving|Wavve|Coupang|Crunchyroll|Criterion "
    # ("premiered on Canal+ Afrique": a pay-television channel's premiere, no streaming)
    r"Channel|Shudder|Stan|Binge|Curzon|BFI Player|Filmin|Canal\+(?!\s+[A-Z])))",
    re.IGNORECASE,
)
_SERVICES = (
    r"Netflix|Amazon Prime Video|Prime Video|Amazon|Disney\+|Hulu|HBO Max|HBO|Max|Apple TV\+?|"
    r"Mubi|MUBI|Paramount\+|Peacock|Showmax|iQIYI|Viu|Tving|Wavve|Coupang Play|Crunchyroll|"
    r"Criterion Channel|Shudder|Stan|Binge|Curzon Home Cinema|BFI Player|Filmin|Canal\+"
)
#: A known service's longer name: "HBO Go", "Disney+ Hotstar".
_SERVICE_SUFFIX = r"(?:\s+(?:Go|Now|Plus|Premium|Extra|Hotstar))?"
_STREAMER = re.compile(
    r"\bon\s+(?:the\s+(?:[A-Z][\w-]*\s+)?(?:streaming\s+)?(?:service|platform|streamer)\s+)?"
    # ("HBO Go", "Disney+ Hotstar": a known service's own longer name)
    rf"(?P<name>(?:(?:{_SERVICES}){_SERVICE_SUFFIX}(?!\w)|"
    rf"(?!(?:{_MONTH_NAMES})\b)"
    r"[A-Z][\w+]*(?:\s+(?:[A-Z]|[a-z][A-Z])[\w+]*)*))"
)
#: "added to ERR's streaming service Jupiter": the service's own name after the noun.
_NAMED_SERVICE = re.compile(
    r"\b(?:streaming|video-on-demand|on-demand)\s+(?:service|platform)\s+"
    r"(?P<name>[A-Z][\w+]*(?:\s+[A-Z][\w+]*)*)"
)
#: "on the BluTV streaming service": the service's own name before the noun.
_SERVICE_BEFORE_NOUN = re.compile(
    r"\bthe\s+(?P<name>[A-Z][\w+]*(?:\s+[A-Z][\w+]*)*)\s+(?:streaming|video-on-demand|"
    r"on-demand|subscription)\s+(?:service|platform)\b"
)
_FOUND_IN = re.compile(
    r"\b(?:found|discovered|rediscovered|unearthed|kept|stored|preserved)\s+"
    r"(?:in|at)\s+(?:the\s+)?[A-ZÀ-Þ][\w'’-]*(?:\s+(?:[A-ZÀ-Þ][\w'’-]*|de|of))*"
)


_UNNAMED_SERVICE = re.compile(
    r"\b(?:a|an|one|several|various)\s+(?:[\w-]+\s+){0,2}(?:streaming|video-on-demand|"
    r"on-demand)\s+(?:service|platform|services|platforms)\b"
)
_PEOPLES_AND_TONGUES = frozenset(
    {*DEMONYMS, *LANGUAGES, *COUNTRY_NAMES, "Russian", "Arabic", "Amharic"}
)


def _service_before_noun(text: str) -> re.Match[str] | None:
    """The "X" of "the X streaming service", never a language's or a people's name ("the
    Russian streaming service ivi")."""
    for match in _SERVICE_BEFORE_NOUN.finditer(text):
        if match.group("name") not in _PEOPLES_AND_TONGUES:
            return match
    return None


def _last_service(text: str) -> re.Match[str] | None:
    """The service named last in ``text`` (the one nearest a date that follows it)."""
    found = [
        match for pattern in (_NAMED_SERVICE, _KNOWN_SERVICE) for match in pattern.finditer(text)
    ]
    before_noun = _service_before_noun(text)
    if before_noun:
        found.append(before_noun)
    return max(found, key=lambda m: m.start(), default=None)


#: A known service named anywhere in the clause ("Prime Video acquired the rights … and
#: began streaming the film there on April 5"): "on" is then the date's, not the service's.
_KNOWN_SERVICE = re.compile(rf"\b(?P<name>(?:{_SERVICES}){_SERVICE_SUFFIX})(?![\w+])")
_TRAILER = re.compile(
    # "An Amharic trailer": which one, when the article says (the language keeps its case).
    r"\b(?P<lang>(?-i:"
    + "|".join(
        re.escape(w)
        for w in sorted(
            {*DEMONYMS, *LANGUAGES, "Amharic", "Arabic", "Russian"}, key=len, reverse=True
        )
    )
    + r")(?:-language)?\s+)?"
    # "A 90-second trailer": a length, not the second of them
    r"(?<![\d-])(?P<thing>(?:(?:official|first|second|third|final|main|teaser|international|new|"
    r"special|full|character|red-band)\s+){0,2}(?:teaser\s+)?(?:trailer|teaser|poster))s?\b",
    re.IGNORECASE,
)
_SCOPE = re.compile(
    r"\b(limited|platform|wide|nationwide|general|wider)\b(?:\s+\w+){0,2}?\s+release", re.I
)
_QUALIFIER = re.compile(
    r"\b(?:in|on|across|to)\s+(?P<q>(?:(?:about|around|over|more than|nearly|some|just|only)\s+)?"
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a handful of|"
    r"several|a few|a dozen)\s+(?:\w+\s+){0,2}?(?:cinemas|theaters|theatres|screens|venues|"
    r"locations|cities|markets|countries|territories|prints))\b"
    r"|\bin\s+(?P<fmt>(?:2D|3D|IMAX|4DX|ScreenX|Dolby Cinema|70\s?mm|35\s?mm)"
    r"(?:(?:,\s*|\s+and\s+|\s+or\s+)(?:2D|3D|IMAX|4DX|ScreenX|Dolby Cinema|70\s?mm|35\s?mm))*)",
    re.IGNORECASE,
)
_MONEY_OR_AUDIENCE = re.compile(
    r"[$€£¥₩₹₦₤₱₽₺]\s?\d|\b\d[\d,.]*\s*(?:million|billion)?\s*(?:admissions|viewers|tickets|"
    r"spectators|dollars|euros|pounds|won|yen|rupees|naira|lire|forints?|krónur|francs|marks)\b|\b(?:US\$|A\$|C\$|R\$|NZ\$|HK\$)|"
    r"\b(?:crore|lakh)\b",
    re.IGNORECASE,
)


@cache
def _pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _has(pattern: str, text: str) -> bool:
    return _pattern(pattern).search(text) is not None


def _restored_of_an_earlier_date(
    text: str, clause_start: int, start: int, mentions: list[DateMention]
) -> bool:
    """ "It was re-released … on 23 August 2019 …, in a restored print, and became available
    on Kalahari Screen on May 4, 2020": the print ("in a restored print"), told after an
    earlier date in a clause before this one, is that date's; the streaming is the film's.
    ("issued on DVD in a restored edition on 14 November 2007": this clause's own.)"""
    last = max(RESTORED.finditer(text[:start]), key=lambda m: m.start(), default=None)
    if last is None or last.start() >= clause_start:
        return False
    if not re.search(r"(?i)\bin\s+(?:a|an|the|its)\s+(?:[\w-]+\s+)?$", text[: last.start()]):
        return False
    return any(m.end <= last.start() for m in mentions)


_MUSIC_SUBJECT = re.compile(
    r"\b(?:single(?!\s+(?:[\w-]+\s+){0,2}(?:cinemas?|theat(?:re|er)s?|screens?|venues?|prints?|cit(?:y|ies)|days?|weeks?|nights?|towns?|locations?|showings?|screenings?|houses?))|soundtrack|album|song|songs|score|LP|EP|novelization|tie-in)\b[^.;]*$",
    re.IGNORECASE,
)
#: A restored version named as the thing shown or sold ("a 4K restoration", "the restored
#: version", "the remastered cut"): the facts reader and the release questions both use it.
RESTORED = re.compile(
    r"\b(?:restoration|restored\s+(?:version|cut|print|edition)|"
    r"remaster(?:ed)?\s+(?:version|cut|edition))\b",
    re.IGNORECASE,
)


#: A release, premiere or shoot named as the purpose or the landmark of the dated event
#: ("recorded in London for the film's British release", "nine weeks before the Annecy
#: premiere", "three weeks after its theatrical opening", "a month before filming began"):
#: no part of what the clause dates.
_VERB_LANDMARK = re.compile(
    # ("four days before the Fajr festival opened": a festival's opening is a landmark too)
    r",?\s*(?:\w+\s+)?(?:days?|weeks?|months?)\s+(?:before|after)\s+(?:the\s+film|it|the\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:festival|Festival|Biennale|Berlinale))\s+"
    # ("…, six days before the film opened, noting that …": the landmark ends at its comma)
    r"(?:opened|premiered|was\s+released|came\s+out)\b(?=\s*(?:[.;,]|$))",
    re.IGNORECASE,
)
_MADE_FOR_RELEASE = re.compile(
    r"(?i)^\s*for\s+(?:the\s+film['’]s|its|the)\s+(?:[\w'’-]+\s+){0,2}release\b[^;]*?,\s+"
    r"(?:a|an|the|its)\s+[^;]*?\b(?:was|were)\s+(?:recorded|dubbed|mixed|subtitled|prepared|"
    r"made|struck|cut)\b"
)
#: "opened it in Paris on 11 July 1962, a week before it was shown in competition at San
#: Sebastián": the later showing is the date's landmark, not its event.
_SHOWN_LATER = re.compile(
    r",?\s+(?:(?:a|one|two|three|four|five|six|ten|\d+)\s+)?(?:days?|weeks?|months?)\s+before\s+"
    r"(?:it|the\s+film)\s+(?:was|had\s+been)\s+(?:shown|screened|presented|premiered)\b.*$",
    re.IGNORECASE,
)
_LANDMARK = re.compile(
    r"[,\s]*(?:(?:\w+\s+)?(?:days?|weeks?|months?|years?)\s+|(?:shortly|just|soon|right)\s+)?"
    r"(?:for|ahead of|before|after|until|since|prior to|following|"
    # ("unveiled … on 12 October 2003, the 50th anniversary of the premiere")
    r"(?:the\s+)?(?:[\w-]+\s+)?anniversary\s+of|"
    r"to\s+(?:promote|publici[sz]e|launch|support|advertise|celebrate|mark|herald))\s+"
    r"(?:(?:the\s+film's|its|the|a|an)\s+(?:[\w'’-]+\s+){0,3}(?:release|premiere|opening|run)\b"
    # "after its premiere at Cannes on 3 May": the landmark is itself the dated event.
    r"(?!\s+(?:at|in|on)\b)"
    # "joined the cast in January 2019, a month before filming began": the shoot is the
    # landmark of the casting, not the dated event.
    r"|(?:the\s+)?(?:start\s+of\s+|end\s+of\s+)?(?:principal\s+photography|filming|shooting|"
    r"the\s+shoot)(?:\s+(?:of|on|in)\s+(?:the\s+)?[\w'’-]+)?(?:\s+(?:began|started|commenced|got underway|wrapped|ended|finished))?\b)",
    re.IGNORECASE,
)


#: A clause that opens with a participle has its subject in the clause before it.
_PARTICIPLE_OPENING = re.compile(
    r"^(?:released|shown|screened|unveiled|issued|launched|published|revealed|debuted|dropped)"
    # ("released online in September 2010": how, then when)
    r"\s+(?:(?:online|digitally|worldwide|publicly|theatrically|first)\s+)?(?:on|in)\b",
    re.IGNORECASE,
)


#: "…, following a limited theatrical run in the United Kingdom and Ghana": an earlier
#: event with its own place, no part of the dated one.
_FOLLOWING = re.compile(
    r",?\s+(?:following|after)\s+(?:a|an|its)\s+(?:[\w'’-]+\s+){0,3}"
    r"(?:run|release|premiere|opening|screening)s?\b[^,;.]*",
    re.IGNORECASE,
)


#: Stages around the shoot that are not it: "Post-production took place in Paris between
#: May and December 2004".
_NOT_THE_SHOOT = re.compile(
    r"(?i)\b(?:post|pre)[-\s]?production\b|\bcamera\s+negative\b"
    # "the production commissioned 40 carpets from 23 weavers, who worked on them from
    # October 2017 to September 2018": the team ordering work, not the shoot.
    r"|\bthe\s+production\s+(?:team\s+|company\s+)?(?:also\s+)?(?:commissioned|hired|bought|built|"
    r"ordered|paid|engaged|recruited|employed|contracted|sourced|borrowed|rented|asked)\b"
)


#: Work around the shoot that "the production" also does: auditions, rehearsals, scouting.
_OTHER_WORK = re.compile(
    r"(?i)\b(?:auditions?|auditioned|casting|screen\s+tests?|rehears\w*|workshops?|scout\w*|"
    r"research\w*|editing|edited|recorded|recording|mixing|drafts?|fund-?raising|raised)\b"
)


_RIGHTS_HOLDER = re.compile(
    r"(?i)\b(?:that|which|who)\s+had\s+(?:pre-?)?(?:bought|acquired|purchased|secured|"
    r"licensed)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}rights\b"
)
_ANOTHER_EVENTS_DATE = re.compile(
    r"\b(?:days?|weeks?|months?|years?)\s+(?:before|after)\s+(?:the\s+)?[A-Z][\w'’.-]*"
    r"(?:\s+(?:[A-Z][\w'’.-]*|of|for|and))*\s+(?!(?:released|opened|premiered)\b)[a-z]+"
)
_PURPOSE_OPENING = re.compile(
    r"\bto\s+(?:promote|publici[sz]e|launch|support|advertise|celebrate|mark|herald)\b"
)


#: A release the clause says never happened ("but never had a theatrical release", "though
#: it was not released in cinemas").
_NEVER_RELEASED = re.compile(
    r"(?i),?\s*\b(?:but|though|although|yet|and)?\s*(?:it\s+|the\s+film\s+)?(?:was\s+|has\s+|had\s+)?"
    # ("was not released in the United States until a Blu-ray edition in November 2012" is
    # a release, late)
    r"(?:never|not)\s+(?:been\s+)?(?:had|got|received|given|released|opened|distributed|"
    r"found|secured)\b(?![^,;]*\b(?:until|till)\b)[^,;]*"
)


#: "the most-watched Cuban release of the year", "the biggest local release of 1987": the
#: film ranked among others, with no release of its own in the clause.
_RANKED_RELEASE = re.compile(
    r"(?i)\b(?:most|best|biggest|highest|largest|top|widest|leading)\b[\w\s'’-]{0,40}?"
    r"\breleases?\s+(?=of\s+(?:the\s+|that\s+|its\s+)?(?:year|decade|season|summer|autumn|"
    r"spring|winter|\d{4})\b)"
)


#: "After a screening at the London Film Festival in November, …": a landmark phrase with no
#: date of its own (no digit), then the main clause.
_UNDATED_LEAD = re.compile(
    r"^\s*(?:After|Following)\s+(?:a|an|the|its)\s+[^,\d]+,\s+(?P<rest>(?:it|the\s+film)\s.+)$"
)
_OTHER_RELEASES = re.compile(r"(?i)\bof\s+other\s+(?:[\w'’-]+\s+){0,3}releases\b")
_OPENED_A_BUSINESS = re.compile(
    r"(?i)\bopen(?:ed|ing|s)?\s+(?:a|an|his|her|their|its\s+own)\s+(?:[\w'’-]+\s+){0,2}"
    r"(?:camp|school|gym|restaurant|shop|business|studio|company|bar|café|cafe|academy|clinic|"
    r"hotel|museum|gallery|office|store|factory|workshop|practice|bakery)\b"
)


def classify(clause: str) -> EventKind | None:
    """The kind of event a clause describes, or ``None`` when it names none."""
    if "single" in clause and re.search(
        r"(?i)\b(?:released|issued|came\s+out)\s+as\s+a\s+single\b", clause
    ):
        return "other"  # "It was released as a single on D": the theme song, not the film
    if _has(
        r"\b(?:never|not)\s+(?:concluded|signed|completed|finali[sz]ed|closed|materiali[sz]ed)\b|"
        r"\bfell\s+through\b",
        clause,
    ):
        # "A Greek distribution deal was discussed in 1976 but never concluded": no deal.
        return "other"
    if re.search(
        r"\bpremiered\s+on\s+(?!(?:January|February|March|April|May|June|July|August|September|"
        r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
        r"[A-Z][\w+-]*",
        clause,
    ) and not (_STREAM.search(clause) or re.search(r"(?i)\b(?:trailer|teaser)\b", clause)):
        return "other"  # "premiered on Canal+ Afrique": a channel's premiere, no cinema's
    if _has(
        r"\b(?:announced|unveiled|revealed|confirmed|set)\s+(?:the\s+film's|its|the)\s+"
        r"(?:[\w-]+\s+)?(?:premiere|release|screening|opening)(?:\s+date)?\b",
        clause,
    ):
        # "the Golden Apricot festival announced the film's premiere the same day": the
        # news, not the premiere.
        return "other"
    if _MADE_FOR_RELEASE.search(clause):
        # "For the film's release in West Africa, a French version was recorded in Abidjan
        # in April 2017": the work done for a release, not the release.
        return None
    undated_lead = _UNDATED_LEAD.match(clause)
    if undated_lead:
        # "After a screening at the London Film Festival in November, it began a limited
        # run … on December 6, 1985": an undated landmark opens the clause; the date is
        # the main clause's, whatever that is.
        return classify(undated_lead.group("rest")) or "other"
    lowered = clause.lower()
    # ("Ahead of the Eswatini release, the actresses staged a performance on D": the
    # release is the landmark, not the event)
    clause = re.sub(r"^Ahead of\b", "ahead of", clause)
    if (
        " for " in lowered
        or lowered.startswith("for ")
        or "ahead of" in lowered
        or "before" in lowered
        or "after" in lowered
        or "since" in lowered
        or "until" in lowered
        or "following" in lowered
        or "prior" in lowered
        or "anniversary of" in lowered
        or _PURPOSE_OPENING.search(lowered) is not None
    ):
        # "For the Moroccan release, the distributor sent …" opens with its landmark too.
        clause = _LANDMARK.sub("", _SHOWN_LATER.sub("", clause))
    # "a release print at the film archive": a copy of the film, no release; "began
    # recording interviews with former prisoners": research, no shoot.
    clause = re.sub(r"(?i)\brelease\s+prints?\b", "print", clause)
    # "attached to prints of other Golden Lotus releases": other films' releases; "later
    # opening a training camp in Buriram": a business of the actor's, no cinema opening.
    clause = _OTHER_RELEASES.sub("other films", clause)
    clause = _OPENED_A_BUSINESS.sub("founding it", clause)
    # "sold 312,000 tickets by the end of March 2006, making it the most-watched Cuban
    # release of the year": a ranking among the year's films, no release on that date.
    clause = _RANKED_RELEASE.sub("film", clause)
    # "shown at the Miami festival in March 2014 but never had a theatrical release": the
    # release that did not happen is no event.
    clause = _NEVER_RELEASED.sub("", clause)
    # "blown up to 35 mm for cinema release during post-production": a purpose, no release.
    clause = re.sub(
        r"(?i)\b(?:blown\s+up|transferred|prepared|converted|dubbed|subtitled|cut|edited)\b"
        r"([^,;]*?)\bfor\s+(?:(?:a|its|the)\s+)?(?:cinema|theatrical|wide|general)?\s*release\b",
        r"readied\1",
        clause,
    )
    clause = re.sub(r"(?i)\brecord(?:ing|ed)\s+(?:\w+\s+)?interviews\b", "interviewing", clause)
    clause = _NOT_THE_SHOOT.sub(" ", clause)
    # "the Munich distributor that had pre-bought the rights opened the film on D": the
    # relative clause says who; the main verb says what happened on D.
    clause = _RIGHTS_HOLDER.sub(" ", clause)
    # "finished editing on D, nine days before the film opened": the opening is a landmark.
    clause = _VERB_LANDMARK.sub("", clause)
    if _has(
        r"\b(?:was|were)\s+(?:recorded|dubbed|post-synchroni[sz]ed)\s+(?:at|in|by)\b", clause
    ) and not _has(
        r"\b(?:opened|premiered|re-?released|released\s+(?:in|on|at)\s+(?:cinemas|theat|screens))",
        clause,
    ):
        # "The Russian-language version … was recorded at the Gorky Film Studio in Moscow in
        # the spring of 1985": the dub was made, not released.
        return "other"
    if _TRAILER.search(clause) and _has(r"\b(?:attached|running|ran|shown|played)\b", clause):
        return "trailer"  # "A teaser trailer was attached to prints of other releases from D"
    if _has(r"\b(?:withdraw|withdrawn|withdrew|cancelled|canceled)\b", clause) and not _has(
        r"\b(?:acquired|rights|released|opened|premiered)\b", clause
    ):
        return "other"  # "asked the ministry to withdraw the film from a schools screening"
    if _has(r"\bcinemas?\s+(?:were\s+|was\s+)?(?:closed|shut)\b", clause) and not _has(
        r"\b(?:released|opened|premiered|available|streaming|re-released)\b", clause
    ):
        return "other"  # "When Slovenian cinemas were closed in late October 2020, …"
    if _has(r"\bopening\s+weekend\b", clause) and not _has(
        r"\b(?:opened|released|premiered|debuted)\b", clause
    ):
        return "other"  # "In its opening weekend, from Thursday 16 to Sunday 19 September, …"
    if _has(r"\breleased\s+on\s+the\s+(?:service|platform|streamer)\b", clause):
        return "streaming"  # "Netflix acquired … and released it on the service on D"
    if _has(
        r"\bnominations?\b.*\b(?:announced|revealed|unveiled)\b|\b(?:announced|revealed)\b.*\bnominations?\b|\bnominees were\b|\bshortlist",
        clause,
    ):
        return "nominations_announced"
    if _has(r"\b(?:adding|added)\s+(?:the\s+film|it)\b", clause) and _KNOWN_SERVICE.search(clause):
        return "streaming"  # "Netflix acquired streaming rights, adding the film on D"
    if _has(
        r"\b(?:divid|split|carv)\w*\b[^.;]*?\binto\s+(?:\w+\s+)?(?:territories|regions|zones|circuits)\b",
        clause,
    ):
        # "handled distribution in India, dividing Tamil Nadu into seven territories that
        # were sold to local distributors in D": a distributor's sub-letting inside one
        # region, not the film's rights in a country changing hands.
        return "other"
    if _has(r"\brights?\b", clause) and _has(
        r"\b(?:acquired|acquire|sold|bought|purchased|secured|picked up|licensed|obtained)\b",
        clause,
    ):
        return "rights_deal"
    if _has(
        # "CJ Entertainment sold the film to Cinequanon in Japan": a distributor's purchase
        r"\boptioned\b|\bsold\s+(?:the\s+film|it|the\s+picture)\s+to\s+[A-Z]|\bsold to \d[\d,]* (?:territories|countries|markets)|\bsold to (?:\w+\s+){0,3}(?:territories|countries|markets|distributors)",
        clause,
    ):
        return "rights_deal"
    if _has(r"\bsubmission\b|\bsubmitted\b", clause):
        return "other"
    if _has(r"\brecord\b[^.;]*\b(?:held|stood|kept|lasted)\s+until\b", clause):
        return "other"  # "…, a record it held until 2005": when the record fell, no release
    if _has(r"\b(?:poll|survey|ballot)\s+(?:was\s+)?(?:published|announced|held)\b", clause):
        return "other"  # "…, in the poll published in 1973": the poll's year
    if _has(r"\b(?:exhibition|exhibit|installation)\b", clause) and not _has(
        r"\b(?:released|premiered|screened|re-released)\b", clause
    ):
        return "other"  # "A touring exhibition of costumes … opened at a museum in Östersund"
    if _has(
        r"\b(?:run|engagement)\s+(?:that|which)\s+(?:ended|closed|finished)\b", clause
    ) and not _has(r"\b(?:opened|released|premiered|debuted)\b", clause):
        return "other"  # "148,300 over a run that ended in June 1992": no opening
    if _has(
        r"\b(?:takings|receipts|gross|admissions)\s+(?:to|up\s+to|through|until|by)\s+", clause
    ) and not _has(r"\b(?:opened|released|premiered|debuted)\b", clause):
        # "French takings to 31 December 1992 came to FF 4.9 million", "passed 500,000
        # admissions by 9 January 2022": a count up to a day, no opening.
        return "box_office_milestone"
    if _has(
        r"\b(?:announced|revealed|confirmed|said|stated|reported)\b[^.;]*?\b(?:would|will|was\s+to|"
        r"were\s+to)\s+(?:premiere|open|debut|be\s+(?:released|screened|shown))\b",
        clause,
    ):
        return "other"  # "Daon announced on 26 August that the film would premiere in Busan"
    if _has(
        r"\b(?:scheduled|planned|set|due|expected|intended|slated)\s+to\b|\bpre-?production\b|"
        # "A French release planned for March 25, 2020, was cancelled": a plan, no release
        r"\b(?:scheduled|planned|slated|intended|originally set)\s+for\b|"
        # "Falak had scheduled the Jordanian release for 26 March 2020": the plan's date
        r"\bhad\s+(?:scheduled|planned|slated)\s+(?:[\w'’-]+\s+){0,4}for\b|"
        r"\b(?:had been|has been|was|were)\s+set\s+for\b|\bhad\s+set\s+(?:[\w-]+\s+){0,4}for\b",
        clause,
    ):
        return "other"  # "was scheduled to begin in April 2020 but was postponed"
    if _has(r"\bpremiered\s+on\s+the\s+(?:service|platform|streamer|channel)\b", clause):
        return "other"  # "premiered on the service on D": a streaming debut, service unnamed
    if _has(r"\bRegistry\b|\bpreservation\b|\binducted\b", clause):
        return "other"  # "selected for preservation in the National Film Registry"
    if _has(r"\b(?:title|name)\b", clause) and _has(
        r"\b(?:changed|renamed|retitled|dropped|replaced)\b", clause
    ):
        return "other"  # "the working title was changed in 2011": no showing of the film
    if _has(
        r"\b(?:soundtrack|album|single(?!\s+(?:[\w-]+\s+){0,2}(?:cinemas?|theat(?:re|er)s?|screens?|venues?|prints?|cit(?:y|ies)|days?|weeks?|nights?|towns?|locations?|showings?|screenings?|houses?))|LP|vinyl|CD|cues|novelization|tie-in)\b",
        clause,
    ) and not _has(r"\b(?:DVD|Blu-ray|cinemas|theaters|theatres|the film was|it was)\b", clause):
        return "other"  # the music's or the book's release, not the film's
    if (
        re.search(
            r"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:project|script|screenplay|treatment|pitch)\b",
            clause,
        )
        and _has(
            r"\b(?:won|received|awarded|grant|fund|funding|development|lab|market|selected|"
            r"chosen|shortlisted)\b",
            clause,
        )
        and not _has(r"\b(?:film|it)\s+(?:premiered|screened|was released)\b", clause)
    ):
        return "other"  # the project's development, not the film's release
    if _has(r"\bnominated for\b", clause) and not _has(
        r"\b(?:premiere|releas|screen(?:ed|ing)?)\b", clause
    ):
        # "nominated for X at the Y Awards on D" dates the ceremony; otherwise the date is
        # when the nomination came.
        if _has(
            r"\bat\s+(?:the\s+)?(?:\d+\w*\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?:Awards?|Prizes?|Festival|Ceremony)\b",
            clause,
        ):
            return "ceremony"
        return "nominations_announced"
    if _has(
        r"\b(?:acquired|picked up|bought)\b.*\b(?:distribution|the film)\b|\bdistribution deal\b",
        clause,
    ):
        return "rights_deal"
    if (
        _MONEY_OR_AUDIENCE.search(clause)
        and _has(
            r"\b(?:crossed|passed|surpassed|reached|topped|exceeded|broke|hit|became|overtook|"
            r"milestone|mark|by)\b",
            clause,
        )
        and not _has(r"\b(?:budget|cost)\b", clause)
        # "By the end of its theatrical run in mid-November it had grossed …": a run's
        # total, not a day it crossed a mark.
        and not _has(
            r"\b(?:end|close|last\s+week)\s+of\s+(?:its|the)\s+(?:\w+\s+){0,2}run\b", clause
        )
        # "NRK broadcast it on D, when it was watched by 1.1 million viewers": an audience
        # at home, no takings.
        and not _has(r"\b(?:broadcast|television|TV|aired|watched|viewers)\b", clause)
    ):
        return "box_office_milestone"
    if _TRAILER.search(clause) and _has(
        r"\b(?:released|release|unveiled|launched|published|revealed|debuted|dropped|shown|"
        r"premiered|came out|followed|arrived|online|played|playing|ran|screened)\b",
        clause,
    ):
        return "trailer"
    if _HOME_MEDIA_FORMATS.search(clause) and not _has(
        r"\bre-?releas|\bcinemas?\b|\bstream|\bpremiere|\bfestival\b", clause
    ):
        return "home_media"  # "A 20th-anniversary special edition DVD was released on D"
    if (
        _has(r"\bre-?releas", clause)
        or (
            _has(r"\banniversary\b.*\brelease|\breleas.*\banniversary\b", clause)
            # "released on 14 January 2016, the 59th anniversary of the sinking": the day's
            # anniversary of something else, not the film's.
            and not _has(
                r"\banniversary\s+of\s+(?!(?:(?:the|its|their)\s+)?(?:(?:original|first|"
                r"theatrical)\s+)?(?:film|release|premiere|movie|opening)\b)",
                clause,
            )
            # "a copy was shown on the beach at Kayar in 2004 to mark the anniversary of its
            # release": one showing, no release
            and not (
                _has(
                    r"\b(?:a|one)\s+(?:copy|print)\b|\b(?:was|were)\s+(?:shown|screened)\b", clause
                )
                and not _has(r"\bcinemas?\b|\btheat(?:re|er)s?\b|\breleased\s+(?:it|the)", clause)
            )
        )
    ) or (
        # The film restored, not a prop ("the restored coach used in filming").
        _has(
            r"\brestoration\b|\brestored\s+(?:\w+\s+)?(?:version|cut|print|edition|film|"
            r"picture|movie|copy|negative|classic)\b|\brestored\s+it\b|\bremaster",
            clause,
        )
        and _has(
            r"\b(?:releas\w*|premiered|premiere|screened|shown|presented|opened|issued|reissued|"
            r"distributed|returned|in (?:cinemas|theaters|theatres))\b",
            clause,
        )
    ):
        # A restoration counts as an event when it is shown or released ("the restoration
        # was widely reviewed in 2019" dates no release).
        return "re_release"
    if _HOME_MEDIA.search(clause) and not _has(r"\bstream", clause):
        return "home_media"
    if _STREAM.search(clause):
        return "streaming"
    if _has(
        r"\b(?:was|were)\s+(?:playing|showing|screening|running)\s+(?:in|at|on)\s+(?:\d|(?:two|three|"
        r"four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\b)",
        clause,
    ):
        # "by February 1974 it was playing in 43 cities across Turkey": how far the run had
        # spread by then, no release of its own.
        return "other"
    if _has(
        r"\b(?:permission|approval|authori[sz]ation|go-ahead|green light|clearance|permit|"
        r"licen[cs]e)\s+to\s+(?:begin|start|commence|resume|shoot|film)\b",
        clause,
    ):
        # "received permission to begin production in February 1958": the leave to start,
        # not the start.
        return "other"
    if (
        _has(
            r"\b(?:principal photography|filming|shooting|shoot|production|cameras?|photography|animation|recording)\b",
            clause,
        )
        or _has(r"\b(?:began|started|commenced|wrapped)\s+(?:filming|shooting)\b", clause)
    ) and not _has(
        r"\b(?:a|the|its)\s+(?:\w+\s+)?restoration\b"
        # "began writing the story in 2013 after recording her great-aunt": the script.
        r"|\b(?:began|begun|started|start|commenced)\s+(?:to\s+)?(?:write|writing|draft\w*|"
        r"develop\w*|research\w*|work\s+on\s+the\s+(?:script|screenplay|story))\b",
        clause,
    ):
        # "began a 4K restoration from the original camera negative": no shoot.
        if _has(r"\b(?:wrapped|ended|finished|completed|concluded|wrap|closed)\b", clause):
            return "filming_end"
        if _has(
            r"\b(?:began|begun|begin|started|start|commenced|commence|got underway|kicked off|resumed)\b",
            clause,
        ):
            return "filming_start"
    if _has(
        r"\b(?:broadcast|television|TV|network|cable)\s+premiere\b|\bpremiered\s+on\s+(?:television|TV)\b",
        clause,
    ) or re.search(r"\bpremiered\s+on\s+[A-Z]{2,}\b(?!\s+\d)", clause):
        return "other"  # a broadcast premiere is no festival or cinema premiere
    if (
        _has(r"\b(?:television|TV)\s+(?:broadcast|aired|showed|screened)\b", clause)
        # "The film was broadcast on pay television in East Africa in March 2013"
        or _has(
            r"\b(?:broadcast|aired|shown|screened|telecast)\s+on\s+(?:[\w-]+\s+)?(?:television|TV)\b",
            clause,
        )
    ) or (
        _has(r"\b(?:broadcast|aired|telecast)\s+(?:it|the film)\b", clause)
        and not _has(r"\b(?:cinemas?|theaters?|theatres?|released|opened)\b", clause)
    ):
        return "other"  # "Finnish television broadcast it with subtitles in 1982": no release
    if _has(
        r"\b(?:planned|scheduled|delayed|postponed|intended|cancelled|canceled)\s+"
        r"(?:[\w-]+\s+)?premiere\b",
        clause,
    ):
        return "other"  # "shortly before the pandemic delayed the planned spring premiere"
    if _has(r"\bpremiere", clause):
        return "premiere"
    if (
        _has(r"\bfirst\s+(?:shown|screened)\b", clause)
        and _has(r"\b(?:[Ff]estival|Fest|Berlinale|Biennale)\b", clause)
        # "The English dub was first shown at …": a version's first showing, not the film's
        and not _has(r"\b(?:dub|dubbed|version|restor\w*|remaster\w*|cut|print)\b", clause)
    ):
        return "premiere"  # "first shown in competition at the Porto Film Festival on D"
    if _has(
        r"\bbowed\s+(?:at|in)\s+(?:the\s+)?(?:\d+\w*\s+)?[A-Z][^,;]*(?:Festival|Fest|Berlinale|Biennale)",
        clause,
    ):
        return "premiere"
    if _has(
        r"\b(?:closed|opened)\s+the\s+(?:\d+\w*\s+)?[A-Z][^,;]*?(?:Festival|Fest|Berlinale|Biennale)",
        clause,
    ):
        return "festival_screening"
    if _has(
        r"\b(?:returned|came\s+back)\s+to\s+(?:\w+\s+){0,2}(?:cinemas|theaters|theatres|screens|screen|"
        r"distribution)\b",
        clause,
    ):
        return "re_release"
    if _has(r"\b(?:ceremony|awards?|oscars|globes|prize|gala)\b", clause) and not _has(
        r"\b(?:releas|opened|screen(?:ed|ing|ings)\b|shown|premiere|selected|competed)", clause
    ):
        # Prizes handed out at a festival date the festival slot, not an awards ceremony.
        if _has(
            r"\bat\s+(?:the\s+)?(?:\d+\w*\s+)?[A-Z][^,;]*?(?:Festival|Fest|Fleadh)\b", clause
        ) and not _has(r"\bceremony\b", clause):
            return "festival_screening"
        return "ceremony"
    if _has(
        r"\b(?:screened|screening|screenings|shown|selected|competed|in competition|closing film|"
        r"opening film|closing-night|opening-night|closed the festival|opened the festival|"
        r"played at|presented at|showcased)\b|"
        # "went on to screen at the Durban International Film Festival in July 2018"
        r"\b(?:to|would|will|also)\s+(?:screen|play)\s+(?:at|in)\b",
        clause,
    ) and not _has(
        # ("expanded to a wide release of 38 screens on D, including mobile cinema
        # screenings in the SAVA region": the release, which the screenings are part of)
        r"\b(?:theatrical|in cinemas|in theaters|in theatres|"
        r"(?:wide|general|nationwide|limited|platform)\s+release)\b",
        clause,
    ):
        # A screening counts as a festival slot only at a festival (or in its programme);
        # "a screening in Lyon attended by the director" is some other event.
        if venue(clause) or _has(
            r"\b(?:selected|competed|in competition|section|programme|program|lineup|line-up)\b",
            clause,
        ):
            return "festival_screening"
        return "other"
    if _has(
        r"\b(?:end|close|last\s+week)\s+of\s+(?:its|the)\s+(?:\w+\s+){0,2}run\b|"
        r"\brun\s+(?:ended|closed|finished)\b",
        clause,
    ):
        return "other"  # "by the end of its theatrical run in mid-November": no release
    if _has(
        r"\breleas|\bopened\b|\bopening\b(?!\s+(?:sequences?|scenes?|shots?|credits|titles|"
        r"songs?|numbers?|theme|minutes|montage|chapter|lines?|act)\b)|\bcame out\b|\bhit (?:cinemas|theaters|theatres|screens)\b|"
        r"\b(?:arrived|landed)\s+in\b|\bin\s+[A-Z]{2,3}\s+(?:cinemas|theaters|theatres)\b|"
        r"\breached\s+(?:\w+\s+)?(?:cinemas|theaters|theatres|screens)\b|"
        r"\bdebuted in (?:cinemas|theaters|theatres)\b|\bin (?:cinemas|theaters|theatres)\b|"
        r"\btheatrical run\b|\bbow(?:ed)?\b|\brolled out\b|\bexpanded\b|\bdistributed\b|"
        r"\b(?:went|going|gone|goes|expanding)\s+wide\b",
        clause,
    ):
        return "release"
    return None


_EXPANDED_TO_TOWNS = re.compile(
    r"\bexpand(?:ed|ing)\s+(?:it\s+)?(?:to|into)\s+(?-i:[A-ZÀ-Þ])[\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*)*"
    r"(?:(?:,\s*|\s+and\s+)(?-i:[A-ZÀ-Þ])[\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*)*)*",
    re.IGNORECASE,
)


def _scope(clause: str) -> ReleaseScope | None:
    match = _SCOPE.search(clause)
    if match and re.match(r"\s+for\s+(?:a|an)\b", clause[match.end() :]):
        match = None  # "on 112 screens, a wide release for a local production": a comment
    if not match:
        if _has(
            r"\bnationwide\b|\bacross the country\b|\b(?:distributed|released|shown) throughout\b",
            clause,
        ):
            return "nationwide"
        if _has(
            r"\bin\s+a\s+(?:small|limited)\s+number\s+of\s+(?:cinemas|theat(?:re|er)s)\b", clause
        ):
            return "limited"  # "released in a limited number of cinemas in Kazakhstan"
        if _has(
            r"\bexpand(?:ed|ing)\b|\b(?:went|going|go|gone|goes)\s+wide\b|\bopened wide\b", clause
        ) and not _EXPANDED_TO_TOWNS.search(clause):
            # ("expanding to Chicago and Boston the following month": two more cities are no
            # wide release)
            return "wide"
        return None
    word = match.group(1).casefold()
    if word == "general" or word == "wider":
        return "wide"
    return word  # type: ignore[return-value]


def _qualifier(clause: str) -> str | None:
    match = _QUALIFIER.search(clause)
    if not match:
        return None
    return f"in {match.group('q') or match.group('fmt')}"


_LABELS: dict[str, str] = {
    "premiere": "premiere",
    "festival_screening": "screening",
    "release": "release",
    "re_release": "re-release",
    "home_media": "home media release",
    "streaming": "streaming release",
    "trailer": "trailer released",
    "filming_start": "filming began",
    "filming_end": "filming wrapped",
    "ceremony": "ceremony",
    "nominations_announced": "nominations announced",
    "rights_deal": "rights acquired",
    "box_office_milestone": "box-office milestone",
    "other": "other",
}


_DUBBED = re.compile(
    # ("An English-language dub followed in 1993": a dub is a dubbed version)
    r"(?i)(?P<with>\bwith\b[^,;]{0,40})?\b(?:dubbed (?P<n>versions?)|(?P<dub>dubs?)\b(?!\s+of\b))\b"
)


def _dubbed(clause: str) -> str | None:
    """ "version(s)" when the clause releases a dubbed version, ``None`` when it names none
    or only one released beside the film ("in Kazakh with a Russian-dubbed version")."""
    match = _DUBBED.search(clause)
    if not match:
        return None
    if match.group("with"):
        return None
    if match.group("dub") and re.search(r"(?i)\b(?:both|subtitled)\b", clause):
        return None  # "in both the English dub and a subtitled version": the film's own run
    if match.group("dub"):
        return "versions" if match.group("dub").casefold() == "dubs" else "version"
    return match.group("n").casefold()


def _own_dub(clause: str, before: str) -> str | None:
    """The dub the clause releases on this date: none when the words since the last date
    make a clause of their own ("released a dubbed version in East Germany in October 1967,
    the film reached Hungarian cinemas the following month": Hungary's is the film's run)."""
    dubbed = _dubbed(_before_colon(clause, before))
    if dubbed and before and _NEW_CLAUSE.search(before):
        # (a clause of its own since the last date, not "… and in Leningrad on D"), unless
        # its own words after the date name the dub ("reached Danish cinemas that September
        # in a dubbed version titled Lundefangeren")
        at = clause.find(before)
        after = re.split(r"[,;]|\s+and\s+", clause[at + len(before) :], maxsplit=1)[0]
        return dubbed if at >= 0 and _DUBBED.search(after) else None
    return dubbed


#: Words since the last date that make a clause of its own ("the film reached", "Poland
#: followed"), not an ellipsis of the one before ("and in Leningrad on 10 May").
_NEW_CLAUSE = re.compile(
    r"^(?![^.;]*\b(?:dub|dubbed|dubs|version|versions)\b)[^.;]*\b(?:the\s+film|it|reached|"
    r"opened|followed|released|premiered|arrived|came|went)\b"
)


def _before_colon(clause: str, before: str) -> str:
    """The clause up to a colon that comes after the date ("It opened across Belgium on D,
    on 58 screens: the French version played in Brussels while the Dutch-dubbed version
    opened in Flanders the same day": the opening is both versions')."""
    if before and ":" not in before and ": " in clause:
        return clause.split(": ", 1)[0]
    return clause


def _what(
    kind: EventKind, clause: str, place: str | None, scope: str | None, before: str = ""
) -> str:
    """A short human description of the event ("world premiere, Venice Film Festival")."""
    # "…, on the same day as a new digital restoration was shown": another event's words.
    clause = _NEVER_RELEASED.sub("", SAME_DAY_AS.sub("", clause))
    lower = clause.casefold()
    label = _LABELS[kind]
    if kind == "premiere" and re.search(r"\b(?:dub|dubbed)\b", lower):
        label = "premiere of the dubbed version"  # "The English dub had its premiere at …"
    elif kind == "premiere" and "world premiere" in lower:
        label = "world premiere"
    elif kind == "premiere" and re.search(
        r"\b(?:international|north american|european|us|u\.s\.|uk) premiere", lower
    ):
        label = re.search(
            r"\b(international|north american|european|us|u\.s\.|uk) premiere", lower
        ).group(0)  # type: ignore[union-attr]
    elif kind == "festival_screening":
        after = lower[len(before) :] if before and lower.startswith(before.casefold()) else ""
        if (
            "closing" in after
            and "closing" not in before.casefold()
            and re.search(r"\band\b", after[: after.find("closing")])
        ):
            # "shown at Vancouver on 2 October 2017 and as the closing film of imagineNATIVE
            # on 22 October": the closing slot is the next date's.
            lower = before.casefold()
        label = (
            "closing film"
            if "closing" in lower
            else "opening film"
            if "opening film" in lower
            or (
                "opened the" in lower
                and not re.search(
                    r"opened the (?:competition|section|programme|program|sidebar|market|strand)",
                    lower,
                )
            )
            else "screening"
        )
    # "opened in Kazakh with a separate Russian-dubbed version" releases the film itself.
    elif kind == "release" and _own_dub(clause, before) == "versions":
        label = "release of the dubbed versions"  # not the film's own first release
    elif kind == "release" and _own_dub(clause, before) == "version":
        label = "release of the dubbed version"
    elif kind == "release" and scope:
        # The article's own word: a British "general release" is no "wide release".
        label = (
            "general release"
            if scope == "wide" and "general release" in lower
            else f"{scope} release"
        )
    elif kind == "release" and re.search(r"\btheatrical", lower):
        label = "theatrical release"
    elif kind == "trailer":
        # "The first teaser, released on 6 June 2018, …": the clause before names it.
        match = _TRAILER.search(clause) or _TRAILER.search(before)
        if match:
            label = f"{match.group('lang') or ''}{match.group('thing').casefold()} released"
    elif (
        kind == "re_release"
        and _has(r"\bre-?releas", before)
        and not _has(r"\b(?:premiered|premiere|screened|shown|presented)\b", before)
        # (only where the clause also tells a showing the label would otherwise take)
        and _has(r"\b(?:premiered|premiere|screened|shown|presented)\b", clause)
    ):
        # "… shown at the Midnight Sun Film Festival in June 2019 before a limited
        # re-release on nine Finnish screens on 16 August 2019": the date's own words.
        shape = re.search(r"\b(limited|3D|IMAX|4K|anniversary|remastered|restored)\b", before, re.I)
        label = f"{shape.group(1)} re-release" if shape else "re-release"
    elif (
        kind == "re_release"
        and _has(r"\b(?:premiered|premiere)\b", clause)
        and _has(r"\brestor|\bremaster", clause)
    ):
        # "The restored version premiered in the Venice Classics section on D": a premiere,
        # whether or not the section reads as a venue.
        label = "restoration premiere"
    elif (
        kind == "re_release"
        and venue(clause)
        # "… first shown at Il Cinema Ritrovato in June and re-released in French cinemas
        # on D": the date's own words are the return to cinemas
        and not _has(r"\bre-?released\s+in\b", before)
        and (
            _has(r"\b(?:premiered|premiere|screened|presented|first\s+shown)\b", clause)
            # "a restored version was shown at the Lumière Festival in Lyon": a festival
            # showing, not a release in Lyon
            or (
                _has(r"\bshown\b", clause)
                and (
                    _has(r"\b(?:[Ff]estival|[Ff]est|Biennale|Berlinale)\b", venue(clause) or "")
                    # "at the Il Cinema Ritrovato festival in Bologna"
                    or _has(rf"{re.escape(venue(clause) or '')}\s+festival\b", clause)
                )
            )
        )
    ):
        # "A 4K restoration premiered at the Venice Film Festival": the restored version's
        # festival premiere, not its return to cinemas; "was shown at" a festival after that
        # premiere is one more showing.
        label = (
            "restoration premiere"
            if _has(r"\b(?:premiered|premiere)\b", clause)
            else "restoration screening"
        )
    elif (
        kind == "re_release"
        and _has(r"\brestor|\bremaster", clause)
        # ("a new 4K restoration was presented at Cinemateket in Stockholm on D")
        and (
            (
                _has(r"\b(?:screened|shown|screening|presented|unveiled)\b", clause)
                and not _has(r"\b(?:released|in (?:cinemas|theaters|theatres))\b", clause)
            )
            # "The restoration was screened at the Scala on 3 August 2019 and re-released
            # in twelve Thai cinemas … from 8 August": the first date's own words
            or (
                _has(r"\b(?:screened|shown|presented|unveiled)\b[^,;]*$", before)
                and not _has(r"\b(?:released|in (?:cinemas|theaters|theatres))\b", before)
            )
        )
    ):
        # "In 2022 the restored film was screened in the open air in Shubra's Khalafawy
        # Square": one showing, not a release there.
        label = "restoration screening"
    elif (
        kind == "re_release"
        and _has(
            r"\b(?:a|one)\s+(?:[\w-]+\s+){0,2}screening\b|\b(?:was|were)\s+(?:screened|shown)\b",
            clause,
        )
        and not _has(
            r"\b(?:released|re-released|returned|in (?:cinemas|theaters|theatres))\b", clause
        )
    ):
        # "For its twentieth anniversary, a restored print was screened at the Cinemateca …,
        # and a free outdoor screening at the Teatro de Verano on 19 February 2011 drew some
        # 4,000 people": one more showing of the restoration, not a return to cinemas.
        label = "restoration screening"
    elif (
        kind == "re_release"
        and _has(
            r"\b(?:screened|shown|presented|unveiled)\s+(?:in|at)\s+[^,;]*"
            r"\b(?:section|sidebar|strand|Classics|[Ff]estival)\b[^,;]*$",
            before,
        )
        and not _has(r"\b(?:released|in (?:cinemas|theaters|theatres))\b", before)
    ):
        # "A 4K restoration, made from the original negative, was presented in the Cannes
        # Classics section in May 2018 and re-released in French cinemas on D": the
        # festival's showing (the restoration named before the aside), not the return.
        label = "restoration screening"
    elif kind == "re_release" and re.search(r"(?i)\bdirector['’]s cut\b", clause):
        label = "director's cut re-release"  # new footage, not a restoration
    elif kind == "re_release":
        fmt = re.search(
            r"\b(3D|IMAX|4K|anniversary|remastered|restored|restoration)\b", clause, re.I
        )
        if fmt and not (
            fmt.group(1).casefold() == "anniversary"
            and re.search(
                # "on 3 May 2024, the 92nd anniversary of Hasanova's birth": a person's day
                r"(?i)\banniversary\s+of\s+(?!(?:(?:the|its)\s+)?(?:film|picture|movie|premiere|"
                r"release|original))",
                clause,
            )
        ):
            label = f"{fmt.group(1)} re-release"
    elif kind == "home_media":
        # "A LaserDisc followed in 1990 and a DVD in March 2003": the medium just before
        # the date is its own.
        media = (
            _HOME_MEDIA_FORMATS.search(before)
            or _HOME_MEDIA_FORMATS.search(clause)
            or _HOME_MEDIA.search(clause)
        )
        if media:
            label = f"home media release ({media.group(0)})"
    elif kind == "other":
        label = re.sub(r"\s+", " ", clause).strip(" ,.;")
        return label[:120]
    return f"{label}, {place}" if place else label


def _before_next_stage(clause: str) -> str:
    """The clause up to a later stage of the run ("rising to …", "expanding to …"); the
    whole clause when that stage is all it tells ("and was expanded to a wide release on D")."""
    head = re.split(r"\b(?:rising|expanding|expanded|widening|growing|before going)\b", clause)[0]
    if not re.search(r"(?i)\b(?:releas\w*|opened|opening|premiered|bowed|debuted)\b", head):
        return clause
    return head


def _untitled(text: str, title: str) -> str:
    """``text`` with the film's title masked, so that its words name no place."""
    return text.replace(title, "the film") if title else text


_NAMED_PREMIERE = re.compile(
    r"\b(?:its|the)\s+(?P<v>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})\s+(?:world\s+)?premiere\s+on\s*$"
)
_PURPOSE = re.compile(
    r"\s*\bto\s+(?:coincide\s+with|mark|celebrate|honou?r|commemorate)\b.*$"
    # "released on Blu-ray in December 2019, since when it has also been streaming in the
    # Czech Republic": the places after "since when" are the later event's.
    r"|,?\s*\bsince\s+(?:when|which|then)\b.*$",
    re.IGNORECASE,
)
#: The tail naming another event of the same day: "…, on the same day as a new digital
#: restoration was shown at …".
SAME_DAY_AS = re.compile(r"(?i),?\s+(?:on\s+)?the\s+same\s+day\s+(?:as|that)\b.*$")
_LEADING_PURPOSE = re.compile(
    r"^\s*To\s+(?:coincide\s+with|mark|celebrate|honou?r|commemorate)\b[^,;]*,\s*"
)
_AFTER_A_PREMIERE = re.compile(
    r"^\s*(?:After|Following)\s+(?:a|an|its|the)\s+(?:[\w-]+\s+)?premiere\s+(?:at|in)\b[^,;]*$"
)
_AFTER_A_PREMIERE_ON = re.compile(
    r"^\s*(?:After|Following)\s+(?:a|an|its|the)\s+(?:[\w-]+\s+)?premiere\s+(?:at|in)\b[^,;]*\bon\s*$"
)
_AHEAD_OF = re.compile(
    r"\b(?:ahead\s+of|before|preceding)\s+(?:the|its|a|an)\s+(?:[\w-]+\s+)?release\b", re.IGNORECASE
)
_EXPANSION = re.compile(
    r"\b(?:expand|widen)(?:ed|ing|s)?\s+(?:it\s+|the\s+(?:[A-Z][\w-]+\s+)?(?:release|film|run)\s+)?to\s+(?:about\s+|some\s+|around\s+)?"
    # ("expanding to eleven cities": the count in words too)
    r"(?:[\d,]+|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|a\s+hundred|a\s+dozen|several|a\s+few)(?:-[a-z]+)?\b)"
    r"(?:\s+(?:arthouse|art-house|independent|regional|more|further|additional))?"
    # "starting on eleven screens and widening to 23 in April": the noun may be left out
    r"(?:\s+(?:(?:cinema\s+|picture\s+)?(?:theat(?:re|er)s|screens|cinemas|cities|towns|venues|"
    r"locations|halls|houses|prints|auditoriums|markets|states|provinces))\b|"
    r"(?=\s+(?:in|on|by|the)\b|[,.;]))"
    # "expanded it across Canada the following month, reaching 148 screens on 16 November"
    r"|\b(?:reach(?:ed|ing)|r(?:ose|ising)\s+to)\s+(?:about\s+|some\s+)?[\d,]+\s+(?:screens|cinemas|theat(?:re|er)s|venues|prints)\b"
    # "a limited release that Cocinor widened to the rest of France the following month"
    r"|\b(?:expand|widen|extend)(?:ed|ing|s)?\b[^,;]*?\bto\s+the\s+rest\s+of\b"
    # "the following month the number of prints rose to 210"
    r"|\b(?:prints|screens|cinemas|theat(?:re|er)s|copies)\s+(?:rose|grew|increased|climbed|went\s+up)\s+to\b",
    re.IGNORECASE,
)


_FRAME = re.compile(
    r"^In\s+(?:the\s+)?(?P<p>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)(?:,|\s+(?:it|the film)\b)"
)
_OWNER = re.compile(r"^([A-ZÀ-Þ][\w-]*(?:\s+[A-ZÀ-Þ][\w-]*)*)['’]s\s+[A-ZÀ-Þ].*$")


#: ", and in France " before a date: a place with no verb of its own.
_GAPPED_PLACE = re.compile(
    r"^\s*,?\s*(?:and|then|with)\s+(?:in|to|across|throughout)\s+[^,;]{1,40}$"
)
#: "Hong Kong distributor Pearl River Pictures …", "The German distributor Kinowelt …".
_HOME_DISTRIBUTOR = re.compile(
    r"^(?:[Tt]he\s+)?(?P<t>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+"
    r"(?:distributor|distribution\s+company|label|video\s+label)\s+[A-Z]"
)


#: "in Filipino with English subtitles", "with an English dub": the languages it was shown in.
_LANGUAGE_PHRASE = re.compile(
    r"\bin\s+(?:the\s+)?(?:original\s+)?(?P<lang>[A-Z][a-z]+)(?=\s+with\s+(?:[A-Z][a-z]+\s+)?subtitles\b)"
    r"|\bwith\s+(?:an?\s+)?[A-Z][a-z]+(?:-language)?\s+(?:subtitles|dub)\b"
)


def _no_languages(text: str) -> str:
    """``text`` without the languages it names as such (never a place: "in Wallonia with
    French subtitles" keeps Wallonia)."""
    return _LANGUAGE_PHRASE.sub(
        lambda m: (
            m.group(0)
            if m.group("lang")
            and m.group("lang") not in DEMONYMS
            and m.group("lang") not in LANGUAGES
            else ""
        ),
        text,
    )


#: "… before a wider release in northern Italy " right before a relative date: its own run.
_LATER_RUN = re.compile(
    r"\b(?:before|ahead\s+of)\s+(?P<own>(?:a|an|the|its)\s+(?:[\w-]+\s+)?release\b[^,;]*)$"
)


_APPOSED_SUBJECT = re.compile(r"(?P<subject>(?:The|A|An|Its)\s+[^,;()]{1,50}),\s+[^,;()]{1,80},\s*")


def _subject_before_aside(clause: str, sentence: str) -> str | None:
    """The sentence's subject when ``clause`` is its bare verb phrase after an aside ("The
    Hindi version, Himalaya Ki Chhaya, | was released …"), else ``None``."""
    if not re.match(r"(?:was|were)\s", clause):
        return None
    at = sentence.find(clause)
    if at <= 0:
        return None
    found = _APPOSED_SUBJECT.fullmatch(sentence[:at])
    return found.group("subject") if found else None


def _event(
    kind: EventKind,
    clause: str,
    mention: DateMention,
    sentence: Sentence,
    local: str,
    crowded: bool = False,
    context: str | None = None,
    inherited: tuple[str, ...] = (),
    title: str = "",
    before: str = "",
    own: str | None = None,
) -> Event:
    """Assemble one event; ``local`` is the part of the clause nearest the date; ``own``,
    in a crowded clause, the words that belong to this date alone.
    ``inherited`` are the places of the sentence's previous event ("acquired UK and Irish
    rights and gave the film a limited release on D": both).

    In a ``crowded`` clause (several dates) the clause's other places belong to the other
    dates, so only ``local`` is read for places.
    """
    # "re-released in February 2018 to coincide with the Winter Olympics in Pyeongchang":
    # the places of the occasion are not the event's.
    # ("To mark its tenth anniversary, Nordisk Film re-released it in twelve Danish
    # cinemas": an opening purpose frames the clause; only its own words go.)
    local = _PURPOSE.sub("", _LEADING_PURPOSE.sub("", local))
    clause = _SHOWN_LATER.sub("", _PURPOSE.sub("", _LEADING_PURPOSE.sub("", clause)))
    # ("released the film on D, in Filipino with English subtitles": languages, no places)
    local, clause = _no_languages(local), _no_languages(clause)
    later_run = _LATER_RUN.search(local) if mention.relative else None
    if later_run:
        # "initially only in South Tyrol and Trentino before a wider release in northern
        # Italy that summer": the relative date is the later run's, in its own places.
        local = later_run["own"]
        clause = local
    opening = sentence.text[: max(0, sentence.text.find(clause))] + before
    if kind == "release" and _AFTER_A_PREMIERE_ON.match(opening):
        local = opening  # its venue is in the opening phrase, cut off by a bracket
    if kind == "release" and (
        _AFTER_A_PREMIERE.search(local) or _AFTER_A_PREMIERE_ON.match(opening)
    ):
        # "After a premiere at SANFIC on 17 August 2014, the film opened … four days later":
        # the date the opening phrase gives is the premiere's.
        kind = "premiere"
    if (
        kind == "release"
        and (
            _EXPANSION.search(local)
            or _EXPANSION.search(before)
            # "The release widened to 138 screens the following month, on 10 December
            # 2020": a date in apposition restates the widening's
            or (
                re.fullmatch(r"\s*,\s*(?:on|in)\s*", before) is not None
                and _EXPANSION.search(sentence.text[max(0, mention.start - 90) : mention.start])
                is not None
            )
            # "widening the following month to Birmingham, Manchester and Leeds": the
            # relative date is the widening's, named by the words after it
            or (
                mention.relative
                and re.search(r"\b(?:expand|widen)(?:ed|ing)\s*$", local)
                and re.match(r"\s*to\s+(?:[A-Z]|\d)", sentence.text[mention.end :])
            )
        )
        # (only the expansion's own words: "Toei gave it a wide release in Japan" before
        # it is another country's release)
        and not _has(r"\b(?:wide|wider|nationwide|general)\b", local)
    ):
        # "expanding to 86 theatres the following month": a stage of the run, no release
        # of its own (and no "wide release" in the limited run's cities).
        kind = "other"
    # "After its Annecy premiere on 14 June, it had its Irish premiere at the Galway Film
    # Fleadh on 9 July": the premiere the date's own words name comes first.
    named_premiere = _NAMED_PREMIERE.search(before) if kind == "premiere" else None
    # ("Silver of the Sea had its premiere at …": the title's words name no venue)
    untitled_local = _untitled(local, title)
    ven = named_premiere.group("v") if named_premiere else venue(untitled_local)
    if (
        ven is None
        and kind in {"premiere", "festival_screening"}
        and re.search(r"\bat\s+(?:the\s+)?[A-Z]", untitled_local)
    ):
        # "After its premiere at Venice on D, it screened at the London Film Festival": the
        # place named right by the date, not the sentence's other festival.
        ven = any_venue(untitled_local)
    venue_clause = clause
    leading = _LEADING_PHRASE.match(clause)
    if (
        leading
        and kind in {"premiere", "festival_screening"}
        and 0 <= mention.start - sentence.text.find(clause) < leading.end()
    ):
        # "After its premiere on 14 April 2023, the film opened … in Antananarivo": the
        # opening phrase's premiere is not held where the main clause's run is.
        venue_clause = clause[: leading.end()]
    if ven is None and not crowded:
        ven = venue(_untitled(venue_clause, title))
    # "Shot on location in the Alabama Hills, the film premiered in Denver on D": the places
    # after the event's own verb, when it names any, not the shoot's.
    # "Five Amps for Abu Khalil had a gala premiere in Beirut": the title's words are no place.
    local_text, clause_text = _untitled(local, title), _untitled(clause, title)
    # "restored … from a nitrate print found in Montevideo, releasing it on DVD": where a
    # thing was found is no place of the event.
    local_text, clause_text = _FOUND_IN.sub(" ", local_text), _FOUND_IN.sub(" ", clause_text)
    verbs = list(_EVENT_VERB_AT.finditer(local_text))
    near = territories(local_text[verbs[-1].start() :]) if verbs else []
    places = near or territories(local_text) or (territories(clause_text) if not crowded else [])
    item = _COUNTRY_ITEM.match(before) if before else None
    if item and item.group("c") not in places:
        # "…, Poland in November 1972, and Hungary in 1973": a list item that is a country
        # and its date; the country is this date's own, whatever came before.
        places = [item.group("c")]
    if (
        not near
        and verbs
        and re.search(r"(?i)\b(?:shot|filmed|photographed)\b", local[: verbs[-1].start()])
    ):
        # "Shot on location in San Pedro, the film was released on D": the shoot's places.
        places = []
    if not places:
        # "followed by Norway on 1 April and Finland on 22 April": a bare country right
        # before its date.
        bare = _BARE_COUNTRY.findall(local)
        places = bare[-1:]
    if not places and kind in {"release", "re_release"}:
        # "…, followed by Denmark and Finland the following month": the countries that
        # followed, named bare.
        followed = _FOLLOWED_BY.search(local) or _FOLLOWED_BY.search(clause)
        if followed:
            places = [
                p
                for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", followed.group("run"))
                if p.removeprefix("the ") in _COUNTRIES
            ]
    if not places and kind == "release":
        # "Finland and Slovenia followed with limited releases later in 2018": the
        # countries are the clause's subject.
        subject = _COUNTRY_SUBJECT.match(clause)
        if subject:
            places = [
                p
                for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", subject.group("run"))
                if p in _COUNTRIES
            ]
    if len(places) > 1 and len(_IN_PLACE.findall(local or clause)) > 1:
        # "a limited release in the United States, opening at the IFC Center in New York":
        # a country and a city named in separate phrases are one place, the country, never
        # "the United States and New York".
        countries = [p for p in places if p in _COUNTRIES]
        if countries and len(countries) < len(places):
            places = countries
    if kind == "streaming":
        # The service nearest the date first ("on Netflix in January 2017 and on Viaplay
        # from September 2019").
        # ("available on the BluTV streaming service in 2016 and on Netflix in Turkey in
        # 2019": the first date has no words of its own; the service just before it is its)
        head = (
            clause[: mention.start]
            if not local.strip()
            and clause[mention.start : mention.end] == sentence.text[mention.start : mention.end]
            else ""
        )
        streamer = (
            None
            # ("appeared on a subscription streaming service in several countries in 2018
            # and on CBC Gem in 2019": the 2018 service is unnamed, never the next one)
            if head and _UNNAMED_SERVICE.search(head) and not _last_service(head)
            else _last_service(head)
            or _KNOWN_SERVICE.search(local)
            or _NAMED_SERVICE.search(local)
            or _service_before_noun(local)
            or _STREAMER.search(local)
            or _KNOWN_SERVICE.search(clause)
            or _STREAMER.search(clause)
        )
        if streamer and not (
            not _KNOWN_SERVICE.fullmatch(streamer.group("name"))
            and re.search(rf"\bin\s+(?:the\s+)?{re.escape(streamer.group('name'))}\b", clause)
        ):
            # "began streaming on 24 April, during the quarantine in Luzon": a place is no
            # service.
            ven = streamer.group("name")
    if (
        kind in {"premiere", "festival_screening", "filming_start", "filming_end"}
        and not ven
        and not places
    ):
        # "Trouble at Tidworth Halt had its premiere at the Empire": the title is no venue.
        ven = any_venue(_untitled(local, title)) or any_venue(_untitled(venue_clause, title))
    if kind == "ceremony" and not ven:
        ven = context
    if not places and kind in {"release", "rights_deal", "home_media", "streaming", "re_release"}:
        # "In Germany, where it was titled X, the theatrical release began on D": a leading
        # "In <territory>," frames the whole sentence; so does the territory of an earlier
        # clause ("acquired the US rights in August and released the film on D").
        # ("In the United States it played for one week …, before … issued it on DVD")
        framing = re.match(
            r"^(?:In|Across|Throughout)\s+([^,]+?)(?:,|\s+(?=(?:it|the\s+film)\s))",
            sentence.text,
        )
        places = territories(f"in {framing.group(1)}") if framing else []
        if (
            not places
            and inherited
            and kind in {"release", "home_media"}
            # "broadcast … in East Africa in March 2013, shortly after a DVD release in
            # February 2013": a landmark clause says nothing of where it happened.
            # ("before expanding wide" goes on with the same subject, and keeps its places.)
            and not re.match(r"^(?:\w+\s+)?(?:after|before|following)\s+(?:a|an|the|its)\b", clause)
        ):
            places = list(inherited)
        if not places:
            before_clause = (
                sentence.text[: sentence.text.find(clause)] if clause in sentence.text else ""
            )
            places = territories(before_clause)[-1:] if kind in {"release", "rights_deal"} else []
            # "founded the studio in Kichijōji, and the studio acquired the rights": only a
            # country or region carries over to a later clause, never a town.
            places = [p for p in places if p in COUNTRIES_AND_REGIONS]
    if kind in {"filming_start", "filming_end"} and not places:
        places = places_in(clause, frozenset(), {"in", "at", "on", "around"})
    if kind in {"home_media", "streaming", "release"} and not places and not ven:
        # "In the United States it was not released theatrically and went directly to home
        # video in 2003": the sentence's opening frame places the clause after it.
        frame = _FRAME.match(sentence.text)
        if frame and frame.group("p") in COUNTRIES_AND_REGIONS:
            places = [frame.group("p")]
    if kind in {"release", "re_release", "home_media"} and not places and not ven:
        # "Hong Kong distributor Pearl River Pictures gave it a limited release on D": the
        # distributor's home is where it released the film.
        home = _HOME_DISTRIBUTOR.match(clause) or _HOME_DISTRIBUTOR.match(sentence.text)
        country = home and (DEMONYMS.get(home.group("t")) or home.group("t"))
        if country and country in COUNTRIES_AND_REGIONS:
            places = [country]
    if ven:
        places = [p for p in places if p not in ven and ven not in p]
    if ven and kind in {"filming_start", "filming_end"} and not places:
        places, ven = [ven], None
    place = (
        ven
        if ven
        and kind
        in {"premiere", "festival_screening", "ceremony", "streaming", "nominations_announced"}
        else None
    )
    # "at a cinema in Ankara's Ulus district": the town that owns the district.
    places = list(
        dict.fromkeys(
            _OWNER.sub(r"\1", p)
            for p in places
            # ("St. John's" is a town, not an owner)
            if not re.search(r"['’]s$", p) or re.match(r"(?:St\.?|Saint)\s", p)
        )
    )
    # ("Filipino-American audiences": a people, no place)
    places = [p for p in places if not ("-" in p and p.rsplit("-", 1)[-1] in DEMONYMS)]
    nations = set(DEMONYMS.values())
    narrower = [p for p in places if p not in nations]
    if narrower and len(narrower) < len(places):
        # "a limited American release at a single cinema in New York": the city, where the
        # country is only the adjective's ("in the United States and New York" reads wrong)
        implied = [p for p in places if p in nations and p not in clause]
        if implied:
            places = [p for p in places if p not in implied]
    if len(places) == 2:
        country = next((p for p in places if p in nations), None)
        town = next((p for p in places if p not in nations), None)
        if (
            country
            and town
            and re.search(
                rf"{re.escape(country)},?\s+(?:opening|premiering|starting|playing)\s+"
                rf"(?:first\s+)?in\s+{re.escape(town)}\b",
                sentence.text,
            )
        ):
            # "it reached Czechoslovakia, opening in Prague on D": the town is where in
            # the country it opened, no second place ("Czechoslovakia and Prague")
            places = [country]
    if place is None and places:
        place = " and ".join(places) if len(places) <= 2 else ", ".join(places)
    # "opened on April 19 on 41 screens in Tehran and rising to 96 nationwide by its fourth
    # week": the scope is the date's own words, not a later stage of the run.
    scope_clause = _before_next_stage(clause)
    ahead = _AHEAD_OF.search(clause)
    if ahead and kind == "release":
        at = clause.find(local.strip()) if local.strip() else -1
        if 0 <= at < ahead.start():
            # "opened it in Hokkaido on D1, a week ahead of the nationwide release on D2":
            # the scope after "ahead of" is the later release's, not this one's.
            scope_clause = scope_clause[: ahead.start()]
        elif at >= ahead.start():
            # … and the later release's places are its own words', not the earlier one's
            # (a frame the clause opens with, "In France, …", is both releases').
            frame = re.match(r"(?:In|Across|Throughout)\s+(?:the\s+)?([A-Z][^,]{1,40}),", clause)
            earlier = [p for p in places if p in clause[ahead.start() :]]
            if not earlier and frame:
                earlier = [p for p in places if p == frame.group(1)] or [
                    c for c in territories(frame.group(0)) if c in COUNTRIES_AND_REGIONS
                ]
            if not earlier and not frame:
                # ("a limited release in the United States on D1, before a wide release on
                # D2": the country holds both; a town, "in Hokkaido", was the first only)
                earlier = [p for p in places if p in _COUNTRIES]
            places = earlier
            place = " and ".join(places) if places else None
    widened = _EXPANSION.search(local) if kind == "release" else None
    if widened and _has(r"\b(?:wide|wider|nationwide)\b", local[widened.start() :]):
        # "…, at first in a limited release of 38 screens in Bavaria …, widening to 92
        # screens nationwide the following month": the widening's own scope and country,
        # not the limited opening's before it.
        local = local[widened.start() :]
        scope_clause = local
        countries = [c for c in territories(clause) if c in _COUNTRIES]
        if "nationwide" in local and len(countries) == 1:
            places = countries
            place = countries[0]
    rest = sentence.text[mention.end :]
    if kind == "release" and re.match(r"[^;]*?\b(?:19|20)\d\d\b", rest):
        # "The Swiss release came on 6 November 2014 in the German-speaking cantons, Hakuba
        # Pictures gave it a limited release in Japan in February 2015": a later date's
        # words in the same clause are that date's, not this one's.
        own_after = re.split(
            r"[,;]|\s(?:before|and|then|followed|while|ahead|after|until|with)\s", rest, maxsplit=1
        )[0]
        own_before = sentence.text[: mention.start].rsplit(";", 1)[-1]
        years_before = list(re.finditer(r"\b(?:19|20)\d\d\b", own_before))
        if years_before:
            # an earlier date's words are its own
            own_before = own_before[years_before[-1].end() :]
        scope_clause = f"{own_before} {own_after}"
    scope = (_scope(local) or _scope(scope_clause)) if kind == "release" else None
    if kind == "rights_deal" and _has(
        r"\b(?:Marché|[Mm]arket|MIFED|AFM|EFM|FilmMart|Filmart)\b", clause
    ):
        # "At the Marché du Film in Cannes …, international rights were sold": the market's
        # town is where the deal was made, not the territory bought.
        market_towns = {"Cannes", "Berlin", "Milan", "Santa Monica"} | {
            # ("At the Asian Film Market in Busan …": the town the clause puts it in)
            m.group("town")
            for m in re.finditer(
                r"\b(?:Marché|[Mm]arket|MIFED|AFM|EFM|FilmMart|Filmart)\b[^,;]{0,30}?\bin\s+"
                r"(?P<town>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)",
                clause,
            )
        }
        places = [p for p in places if p not in market_towns]
        place = " and ".join(places) if places else None
    if (
        scope in {"wide", "nationwide"}
        and len(places) >= 3
        and not any(p in COUNTRIES_AND_REGIONS for p in places)
        and _has(r"\b(?:across|throughout|around)\s+the\s+country\b|\bnationwide\b", clause)
    ):
        # "opened in state cinemas across the country …, in Hanoi, Hải Phòng, Huế, …": the
        # towns list where a nationwide release played, not a release of their own.
        places, place = [], None
    placed = _without_states(places, clause)
    if placed != list(places):
        # "in New York and Glendale, California": the state places the town before it
        if place == ", ".join(places):
            place = ", ".join(placed) or None
        places = placed
    quote = clause if len(clause) >= 30 else sentence.text
    apposed = _subject_before_aside(clause, sentence.text)
    if apposed:
        # "A 4K remaster, made by the Slovak Film Institute, was re-released …": the
        # subject the aside cut off says what was shown (and the quote keeps it).
        clause = f"{apposed} {clause}"
        # (the clause is in the sentence, or no subject would have been found)
        quote = sentence.text[: sentence.text.find(quote) + len(quote)]
    return Event(
        kind=kind,
        what=_what(kind, clause, place, scope, before),
        date=mention.iso,
        precision=mention.precision,
        source=Source(sentence.line, quote),
        place=place,
        places=tuple(places),
        scope=scope,
        qualifier=(
            _qualifier(own)
            if crowded and own is not None
            # ("opened in Japan on D1 in 21 theatres and in Taiwan in D2": the count is
            # Japan's, in the words after its own date; Taiwan's own words have none)
            else _qualifier(local) or _qualifier(clause)
        )
        if kind in {"release", "re_release", "premiere", "festival_screening"}
        else None,
        venue=ven,
    )


#: Places a later clause may inherit from an earlier one: countries and wide regions.
COUNTRIES_AND_REGIONS = frozenset(DEMONYMS.values()) | REGIONS


def _without_states(places: Sequence[str], clause: str) -> list[str]:
    """Places less a state or province written after a town ("Glendale, California"): it
    says where the town is, not another place of the event."""
    kept: list[str] = []
    for place in places:
        if (
            kept
            and place == places[-1]
            and place in STATE_QUALIFIERS
            and kept[-1] not in STATE_QUALIFIERS
            and f"{kept[-1]}, {place}" in clause
        ):
            continue
        kept.append(place)
    return kept


#: The verb that states a showing or release, whose places follow it.
_EVENT_VERB_AT = re.compile(
    r"\b(?:premiered|released|opened|screened|shown|debuted|bowed|re-released)\b"
)
_COUNTRIES = COUNTRY_NAMES
#: A country named bare right before its date ("and Finland on 22 April").
_COUNTRY_ITEM = re.compile(
    r"^\s*,?\s*(?:and\s+)?(?P<c>"
    + "|".join(re.escape(c) for c in sorted(_COUNTRIES, key=len, reverse=True))
    + r")\s+(?:(?:in|on|from)\s+)?$"
)
_FOLLOWED_BY = re.compile(
    r"\bfollowed\s+by\s+(?P<run>(?:the\s+)?(?:"
    + "|".join(re.escape(c) for c in sorted(_COUNTRIES, key=len, reverse=True))
    + r")(?:(?:,\s*|\s+and\s+)(?:the\s+)?(?:"
    + "|".join(re.escape(c) for c in sorted(_COUNTRIES, key=len, reverse=True))
    + r"))*)\b"
)
_BARE_COUNTRY = re.compile(
    r"\b("
    + "|".join(re.escape(c) for c in sorted(_COUNTRIES, key=len, reverse=True) if " " not in c or c)
    + r")\s+(?:on|in|from)\s*$"
)
_UNRESOLVED_RELATIVE = re.compile(
    r"\b(?:the\s+(?:same|following|next|previous)\s+(?:day|week|month|year|spring|summer|"
    r"autumn|fall|winter)|(?:that|this)\s+(?:week|month|year|spring|summer|autumn|fall|winter)|"
    r"a\s+(?:day|week|month|year)\s+later|later\s+that\s+(?:day|week|month|year))\b"
)
_COUNTRY_NAMES = "|".join(re.escape(c) for c in sorted(_COUNTRIES, key=len, reverse=True))
_COUNTRY_SUBJECT = re.compile(
    rf"^(?:and\s+)?(?:the\s+)?(?P<run>(?:{_COUNTRY_NAMES})(?:(?:,\s*|\s+and\s+)(?:the\s+)?"
    rf"(?:{_COUNTRY_NAMES}))*)\s+(?:followed|came\s+next|got|received|saw|released|opened|"
    rf"distributed|showed|screened)\b"
)
#: An "in <Place>" phrase: two of them in one clause name two places apart.
_IN_PLACE = re.compile(r"\bin\s+(?:the\s+)?[A-Z]")

_SPAN = re.compile(
    r"\b(?:from|between)\b(?P<a>.+?)\b(?:to|until|till|through|and|–|-)\b(?P<b>.+)", re.I
)


_LEADING_PHRASE = re.compile(
    r"^(?:After|Following|Before|Since|Until|Upon|Despite)\s+(?P<phrase>[^,]+),"
    # "Made for A$2.1 million and shot over nine weeks in the spring of 1992, the film had
    # its premiere …": the participle's date is the making's.
    r"|^(?P<participle>(?:Made|Shot|Filmed|Produced|Completed|Financed|Developed|Written)\s+[^,]+),"
)
#: "… after a market screening at Cannes in " right before a date: the date is the phrase's.
_DATED_PHRASE = re.compile(
    r"\s(?:after|following|ahead\s+of)\s+(?:a|an|the|its|his|her|their)\s+(?P<phrase>[^,;()]*?)"
    r"\s+(?:in|on)\s+(?:early\s+|mid-|late\s+)?$"
)
_OTHER_WORKS = re.compile(
    r"\b(?:soundtrack|album|single(?!\s+(?:[\w-]+\s+){0,2}(?:cinemas?|theat(?:re|er)s?|screens?|venues?|prints?|cit(?:y|ies)|days?|weeks?|nights?|towns?|locations?|showings?|screenings?|houses?))|songs?|novel|book|memoir|play|stage production|musical|"
    r"series|comic|manga|video game|short story|story|revival|opera|ballet|exhibition|cassette|"
    r"LP|vinyl)\b",
    re.IGNORECASE,
)
#: A clause ending on a thing that opens and is no film (an exhibition, a museum, a shop).
_OTHER_THING_BEFORE = re.compile(
    r"\b(?:exhibitions?|exhibits?|installations?|museums?|galler(?:y|ies)|shops?|stores?|"
    r"restaurants?|schools?|workshops?|festivals?\s+village|theme\s+park)\b[^,;]*$",
    re.IGNORECASE,
)
#: A clause ending on another work, which a following "which …" clause describes.
_ANOTHER_WORK_BEFORE = re.compile(
    r"\b(?:short film|short|earlier film|previous film|debut feature|first feature|novel|"
    r"documentary|series|play|album|book|"
    # "Leila Tabet directed a stage version that opened at the Gulbenkian Theatre on D"
    r"(?:stage|theat(?:re|er)|radio|television|TV|musical)\s+(?:version|adaptation|production|musical))"
    r"\s+(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?\s*$"
)
#: A subject that opens on another work ("A stage musical based on the film").
_WORK_OPENS = re.compile(
    # ("Beckford's stage adaptation opened at the Ward Theatre": someone's work)
    r"^\s*(?:A|An|The|Its|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?['’]s)\s+(?:[\w-]+\s+){0,2}(?:musical|play|"
    r"(?:stage|theat(?:re|er)|radio|television|TV)\s+(?:adaptation|version|production|show|play)|"
    r"novel|"
    r"novelization|series|remake|sequel|opera|ballet|video game|soundtrack|album)\b"
)
_FILM_SUBJECT = re.compile(
    r"\b(?:the film|the movie|it|its|the picture|the feature)\b", re.IGNORECASE
)
_EVENT_VERB = re.compile(
    r"\b(?:premiere|releas|screen|publish|open|debut|came out|was shown|ran\b|staged|performed)",
    re.IGNORECASE,
)


#: A finite verb: a clause with one states its own event and does not continue the last.
_OWN_VERB = re.compile(
    r"\b(?:[a-z]+ed|brought|took|made|went|came|began|saw|gave|won|ran|held|sold|found|became|"
    r"met|read|wrote|left|put|got|kept|led|told|spent|shot|built|drew|grew|rose|fell|hit|is|was|"
    r"were|are|has|had|bought|paid|struck|signed|joined|hosted)\b"
)


_AWARD_WORDS = frozenset(
    ["award", "awards", "prize", "prizes", "prix", "oscars", "globes", "ceremony"]
)
_NAMED_AWARDS = re.compile(
    r"\b(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s+)?(?P<name>[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|for|and|&))*\s+Awards)\b"
)


#: Numbers or a list put out by someone: "figures released by X in 2007" dates them.
_FIGURES_RELEASED = re.compile(
    r"\b(?:figures|data|statistics|numbers|estimates|reports?|survey|list|rankings?|charts?|"
    r"poll|results)\s*$",
    re.IGNORECASE,
)


def _about_another_work(clause: str, title: str) -> bool:
    """Whether the clause's subject is another work ("The soundtrack album was released",
    "Those Who … premiered at the Théâtre …"), not the film."""
    verb = _EVENT_VERB.search(clause)
    if not verb:
        return False
    subject = clause[: verb.start()]
    if _FIGURES_RELEASED.search(subject):
        return True  # "according to figures released by Hungama Mobile in 2007"
    if _WORK_OPENS.match(subject):
        return True  # "A stage musical based on the film, …, opened at the NCPA"
    if re.search(
        r"\b(?:stage|theat(?:re|er)|radio|television|TV)\s+(?:version|adaptation|production|"
        r"musical)\s+(?:that|which)\s+(?:\w+\s+)?$",
        subject,
    ):
        return True  # "For the film's anniversary, X directed a stage version that opened …"
    if _FILM_SUBJECT.search(subject) or (title and title in subject):
        return False
    if _OTHER_WORKS.search(subject):
        return True
    # A capitalised title as the subject that is not the film's ("X premiered at …").
    return bool(
        re.match(r"^\s*(?:[A-Z][\w'’-]*\s+){2,}", subject)
        and not re.match(r"^\s*(?:On|In|At|By|From|During|After|Before)\b", subject)
        and not re.search(
            r"\b(?:Pictures|Films|Releasing|Distribution|Entertainment|Studios?|Media|"
            r"Netflix|Company|Productions?)\b",
            subject,
        )
        and re.search(r"\bpremiere", clause, re.IGNORECASE)
    )


_BIRTH_DATE = re.compile(r"(?i)\b(?:born|died|b\.|d\.)\s+(?:on\s+|in\s+)?$")


def events_in_sentence(
    sentence: Sentence,
    previous: DateMention | None = None,
    title: str = "",
    carried: EventKind | None = None,
    context: str | None = None,
    rights_places: tuple[str, ...] = (),
) -> list[Event]:
    """Events dated in one sentence, each from the clause that holds its date.

    ``carried`` is the kind of the paragraph's previous event: "The Tamil and Telugu dubbed
    versions followed on D" continues it. ``rights_places`` are the territories of a rights
    deal the sentence before states ("X acquired North American distribution rights … It
    finally opened in a limited release on D"): a release with no place of its own is there.
    """
    mentions = date_mentions(sentence.text, previous)
    events: list[Event] = []
    last_kind: EventKind | None = None
    last_clause: Clause | None = None
    last_places: tuple[str, ...] = tuple(p for p in rights_places if p in COUNTRIES_AND_REGIONS)
    for mention in mentions:
        clause = sentence.clause_at(mention.start)
        clause_text = (
            _FOLLOWING.sub("", clause.text)
            if "following" in clause.text or "after" in clause.text
            else clause.text
        )
        index = sentence.clauses.index(clause)
        clause_end = clause.start + len(clause.text)
        siblings = [m for m in mentions if clause.start <= m.start < clause_end]
        if (
            mention.precision == "year"
            and not mention.relative
            and any(
                m.precision != "year" and not m.relative and m.iso[:4] == mention.iso[:4]
                for m in siblings
            )
        ):
            continue  # "at the 2018 Sundance Film Festival on January 20, 2018": one event
        if _BIRTH_DATE.search(sentence.text[max(0, mention.start - 25) : mention.start]):
            # "Born on 2 February 1959, she was 20 years old when filming began": a birthday,
            # never the date of the event the rest of the sentence names.
            continue
        # The words nearest this date: from the previous date in the clause up to the next.
        prev_end = max([m.end for m in siblings if m.end <= mention.start] or [clause.start])
        next_start = min([m.start for m in siblings if m.start >= mention.end] or [clause_end])
        before = sentence.text[prev_end : mention.start]
        relative = list(_UNRESOLVED_RELATIVE.finditer(before))
        if relative and not re.fullmatch(r",\s*(?:on|in)\s+", before[relative[-1].end() :]):
            # ("across Nepal the following month, on 24 May 1991": the date restates the
            # phrase, whose place is the date's own)
            # "The film opened in Norway the following month and in Denmark on 21 November":
            # a place before a relative date (the previous paragraph's) is that date's.
            before = before[relative[-1].end() :]
        after = sentence.text[mention.end : next_start]
        if any(m.start >= mention.end for m in siblings):
            # "A VHS edition appeared in 1987 and a Serbian DVD in 2006": the words after
            # "and" lead to the next date's event.
            after = re.split(r",\s+|\s+and\s+|;\s*", after, maxsplit=1)[0]
        if "following" in after or "after" in after:
            after = _FOLLOWING.sub("", after)
        opening_phrase = _LEADING_PHRASE.match(clause.text)
        if opening_phrase and clause.start + opening_phrase.end() > mention.end:
            # "After its premiere on 14 April 2023, the film opened … in Antananarivo": the
            # opening phrase's date takes no place from the main clause after it.
            after = after[: clause.start + opening_phrase.end() - mention.end]
        # Places and qualifiers come from the words before the date when they name any,
        # else from the words after it ("In May 2019, the rights were sold in Japan").
        local = (
            before
            if territories(before)
            or venue(before)
            or _BARE_COUNTRY.search(before)
            or _STREAMER.search(before)
            # "After its premiere at Venice on D, …": a premiere's place named before it
            or re.search(
                r"\bpremiere\s+(?:at|in)\s+(?:the\s+)?[A-Z][\w'’-]*\s+(?:on|in)\s*$", before
            )
            else after
        )
        named_before = (
            [t for t in territories(sentence.clauses[index - 1].text) if t in COUNTRIES_AND_REGIONS]
            if index and re.match(r"^where\b", clause.text) and not territories(local)
            else []
        )
        if len(named_before) == 1:
            # "…; and to Kinowelt Nord in Germany, where it was released on D": the country
            # the clause before names, not one carried from earlier in the sentence.
            local = f"in {named_before[0]}"
        head = sentence.text[clause.start : mention.end]
        span = len(siblings) == 2 and bool(_SPAN.search(clause.text))
        crowded = len(siblings) > 1 and not span
        leading = _LEADING_PHRASE.match(clause.text)
        opening = _LEADING_PHRASE.match(sentence.text) if index else None
        if opening and opening.group("participle") and opening.end() > mention.end:
            # "Made for A$2.1 million and shot … in the spring of 1992, the film had its
            # premiere …": the sentence's opening phrase runs across the clause break.
            leading = opening
        if (
            leading
            and (clause.start if leading is not opening else 0) + leading.end() > mention.end
        ):
            # "After his death in 2009, his daughter sold …": the date is the phrase's.
            kind = classify(leading.group("phrase") or leading.group("participle"))
            if kind is None:
                kind = "other"
        elif len(siblings) == 1:
            kind = classify(clause.text)
        elif (
            last_clause is clause
            and last_kind not in {None, "other"}
            and _GAPPED_PLACE.match(before)
        ):
            # "it opened in Senegal that September and in France the following January": a
            # place and a date with no verb of their own go on with the event before them.
            kind = classify(before)
        elif re.match(r",\s+(?:which|that)\s", sentence.text[mention.end : next_start]):
            # "completed a 2K restoration in 2018, which was released on Blu-ray in November
            # of that year": the relative clause's verb dates the next date, not this one.
            kind = classify(before) or classify(head)
        else:
            kind = classify(before) or classify(head) or classify(clause.text)
        inner = _DATED_PHRASE.search(sentence.text, clause.start, mention.start)
        if inner and not (leading and leading is not opening) and classify(inner.group("phrase")):
            # "bought the British rights after a market screening at Cannes in May 1978":
            # the date is the screening's, inside the phrase, not the purchase's ("when
            # cinemas reopened after the closures in June 2020, it was re-released": no
            # event of the film's in the phrase, whose date is the clause's).
            kind = classify(inner.group("phrase"))
        if (
            index
            and kind == "release"
            and re.match(r"^(?:was|were)\s+(?:released|issued|published)\b", clause.text)
            and classify(f"{sentence.clauses[0].text} {clause.text}") in {"home_media", "streaming"}
        ):
            # "A Japanese Blu-ray and DVD edition, including the dubbed track, was released
            # on D": the verb's subject, before the aside, is a disc.
            kind = classify(f"{sentence.clauses[0].text} {clause.text}") or kind
            before = f"{sentence.clauses[0].text} {before}"
        if (
            index
            and (
                _PARTICIPLE_OPENING.match(clause.text)
                # "The first teaser, showing only the in-run, was released online in D": the
                # verb's subject opens the sentence, before the aside.
                or (
                    re.match(r"^(?:was|were)\s+released\b", clause.text)
                    and _TRAILER.search(sentence.clauses[0].text)
                    and kind == "release"
                )
            )
            and (
                classify(f"{sentence.clauses[index - 1].text} {clause.text}") == "trailer"
                # ("A teaser showing only the crash, with no dialogue, was released on D":
                # two asides between the subject and its verb)
                or classify(f"{sentence.clauses[0].text} {clause.text}") == "trailer"
            )
        ):
            # "The first teaser, released on 1 August 2004, showed …": the participle's
            # subject, in the clause before it, is a trailer, not the film (and names it).
            subject = (
                sentence.clauses[index - 1].text
                if classify(f"{sentence.clauses[index - 1].text} {clause.text}") == "trailer"
                else sentence.clauses[0].text
            )
            kind = "trailer"
            before = f"{subject} {before}"
        if kind in {"premiere", "release", "festival_screening"} and (
            _about_another_work(clause.text, title)
            or (
                _WORK_OPENS.match(sentence.text)
                and not _FILM_SUBJECT.search(sentence.text[clause.start : mention.start])
            )
        ):
            # "A stage musical based on the film, …, opened at the NCPA on D".
            kind = "other"
        if (
            kind in {"premiere", "release", "festival_screening", "re_release"}
            and index
            and re.match(r"^(?:which|that|where it)\b", clause.text)
            and (
                _ANOTHER_WORK_BEFORE.search(sentence.clauses[index - 1].text)
                # "accompanied by a touring exhibition of 40 of its marionettes, which
                # opened at the museum in Chrudim the same day": the exhibition's opening
                or (
                    re.match(r"^(?:which|that)\b", clause.text)
                    and _OTHER_THING_BEFORE.search(sentence.clauses[index - 1].text)
                )
            )
        ) or (
            kind in {"filming_start", "filming_end"}
            and index
            and re.match(r"^(?:which|that)\b", clause.text)
            and re.search(
                r"\b(?:series|sequel|spin-?off|remake|follow-up|short film|documentary)\b",
                sentence.clauses[index - 1].text,
            )
        ):
            # "her 2013 short film Sal, which screened at Annecy in 2014": the short's
            # showing, not the film's.
            kind = "other"
        if (
            kind is None
            and len(siblings) == 2
            and _SPAN.search(clause.text)
            and _has(
                r"\b(?:principal photography|filming|shooting|shoot|animation|production)\b",
                _NOT_THE_SHOOT.sub(" ", clause.text),
            )
            and not (
                # "between October 1981 and January 1982 the production held open
                # auditions": the team's other work, not the shoot.
                _OTHER_WORK.search(clause.text)
                and not _has(
                    r"\b(?:principal photography|filming|shooting|shoot|animation)\b",
                    clause.text,
                )
            )
        ):
            kind = "filming_start"
        if (
            kind in {"filming_start", "filming_end"}
            and len(siblings) == 2
            and _SPAN.search(clause.text)
        ):
            kind = "filming_start" if mention is siblings[0] else "filming_end"
        if _ANOTHER_EVENTS_DATE.search(before) and classify(before) is None:
            # "re-released on 27 September, four days before the Court gave its ruling on
            # 1 October": the second date is the landmark's, not another showing.
            kind = "other"
        # "…, and in Germany on 3 May": a clause naming only a place (or only a date)
        # continues the event of the clause before it.
        if (
            kind is None
            and last_kind is not None
            and last_kind != "other"
            and (
                clause is last_clause
                or not _OWN_VERB.search(before)
                or _has(r"\bfollowed\b", clause.text)
                # ("… and completed a 2K restoration in 2018" after a DVD: work on the film,
                # no second disc; a shoot's end goes on with its start)
                or (
                    last_kind in {"filming_start", "filming_end", "box_office_milestone"}
                    and _has(r"\b(?:completed|finished|wrapped|ended|concluded)\b", clause.text)
                )
            )
        ):
            kind = last_kind
            if kind == "filming_start" and _has(
                r"\b(?:wrapped|ended|finished|completed|concluded)\b", clause.text
            ):
                kind = "filming_end"
        if (
            kind is None
            and index
            and re.match(r"^then\s+(?:in|part\s+of)\b", clause.text)
            and not any(
                sentence.clauses[index - 1].start <= m.start < clause.start for m in mentions
            )
        ):
            # "the film opened in Dhaka, then in East Pakistan, in September of that year":
            # an aside on the place; the verb is the clause's before it.
            kind = classify(f"{sentence.clauses[index - 1].text} {clause.text}")
        if (
            kind is None
            and last_kind is None
            and carried in {"release", "home_media", "streaming", "re_release"}
            and _has(r"\b(?:followed|arrived|came)\b", clause.text)
        ):
            kind = carried
        if (
            kind is None
            and index
            and re.match(r"^(?:which was\s+)?(?:held|staged|hosted)\b", clause.text)
        ):
            # "…, held on 16 January 2023": the clause before names what was held.
            kind = classify(sentence.clauses[index - 1].text)
            local = local or sentence.clauses[index - 1].text
            if venue(sentence.clauses[index - 1].text):
                context = venue(sentence.clauses[index - 1].text)
        if kind is None:
            kind = "other"
        if (
            kind in {"filming_start", "filming_end"}
            and re.search(
                r"\bfrom\s+[\w ,]{1,20}?\s+(?:to|until|till|through|[-–])\s*$",
                sentence.text[: mention.start],
            )
            and any(m.start > mention.start for m in mentions)
        ):
            # "filming in Madrid from 8 to 12 January and in Bilbao until 16 January, when
            # principal photography wrapped": one leg of the shoot, not its start or end.
            kind = "other"
        if (
            kind == "release"
            and index
            and re.match(r"^(?:which\s+(?:was|were)\s+)?released\b", clause.text)
            and _HOME_MEDIA_FORMATS.search(sentence.clauses[index - 1].text)
        ):
            # "The French DVD and Blu-ray, released on 15 June 2022, include …": the discs'
            # release, placed by the clause that names them.
            kind = "home_media"
            local = f"{sentence.clauses[index - 1].text} {local}"
            previous_clause = sentence.clauses[index - 1]
            clause_text = sentence.text[previous_clause.start : clause.start + len(clause.text)]
        medium = None
        streamed = False
        # "…, and in 2021 the film was added to …": the clause's own subject is the film.
        restored_before = (
            RESTORED.search(sentence.text[: mention.start])
            and not re.search(r"\b(?:the film|the movie)\b(?!['’]s)", clause.text, re.I)
            and not _restored_of_an_earlier_date(
                sentence.text, clause.start, mention.start, mentions
            )
            # "premiered the restoration at Locarno on 4 August 2018 …; French and German DVD
            # editions, first issued in 2004, …": nothing restored in 2018 came out in 2004.
            and not any(
                e.source.line == sentence.line
                and "restor" in e.what
                and e.date[:4] > mention.iso[:4]
                for e in events
            )
        )
        # The words up to the date: "premiered at Il Cinema Ritrovato on D before being
        # released on Blu-ray that November" is a premiere, not the disc.
        upto = sentence.text[clause.start : mention.end]
        if (
            kind == "re_release"
            and restored_before
            and _HOME_MEDIA_FORMATS.search(upto)
            and not re.search(r"(?i)\bre-?releas", clause.text)
        ):
            # "A 4K restoration … was released on Blu-ray in April 2022": the restoration
            # on disc, not a return to cinemas "in 4K".
            kind = "home_media"
        if kind in {"premiere", "festival_screening", "streaming", "release", "home_media"} and (
            restored_before
        ):
            # "a 4K restoration …, premiered at Fantasia on D"; "The restoration became
            # available to stream on Crave": the restored version's showing, not the film's
            # first ("… and was released on Blu-ray on D": the restoration on disc).
            if kind == "home_media":
                # "The first DVD came out in March 2009, a Blu-ray of the restoration
                # followed in 2014": the format named last before the date is its own.
                after_last = max((m.end for m in mentions if m.end <= mention.start), default=0)
                nearest = list(
                    _HOME_MEDIA_FORMATS.finditer(sentence.text[after_last : mention.start])
                )
                medium = nearest[-1] if nearest else _HOME_MEDIA_FORMATS.search(clause.text)
            elif kind == "streaming":
                medium = (
                    _KNOWN_SERVICE.search(clause.text)
                    or _NAMED_SERVICE.search(clause.text)
                    or _STREAMER.search(clause.text)
                )
                streamed = True
            elif kind == "release" and re.search(r"(?i)\bstreaming\b", clause.text):
                streamed = True  # "and was released on streaming services the next month"
            kind = "re_release"
        if (
            kind in {"premiere", "release", "streaming", "home_media", "re_release"}
            and _MUSIC_SUBJECT.search(
                sentence.text[clause.start - 80 if clause.start > 80 else 0 : clause.start]
            )
            and not re.search(r"\b(?:the film|the picture|the movie)\b", clause.text, re.I)
        ):
            # "The first single, "Uppu Kaatru", was released on D": the song's release.
            kind = "other"
        if re.search(r"\b[Ss]et\s+(?:in|during)\b", clause.text) and mention.precision == "year":
            continue  # "Set in Esbjerg in the winter of 1996": the story's time, not an event
        if (
            mention.precision == "year"
            and kind in {"release", "premiere", "festival_screening", "re_release"}
            and re.match(
                r"\s+(?:[A-Z][\w'’-]*\s+){1,5}(?:Awards?|Prizes?|Festival|Ceremony)\b",
                sentence.text[mention.end :],
            )
            and re.search(r"\b(?:for|to|towards?)\s+(?:the\s*)?$", sentence.text[: mention.start])
        ):
            # "Its Greek release made it eligible for the 1982 Greek State Film Awards": the
            # year names the awards, not the release.
            kind = "other"
        event = _event(
            kind,
            clause_text,
            mention,
            sentence,
            local,
            crowded,
            context,
            last_places,
            title,
            before,
            re.split(r"\s+and\s+|;\s*", before)[-1] + after if crowded else None,
        )
        if (
            event.kind == "re_release"
            and event.what.startswith("re-release")
            and restored_before
            and re.search(r"\bpremiered?\b", clause.text)
        ):
            # "A 4K restoration …, carried out with the Cineteca di Bologna, premiered in the
            # Venice Classics section on D": the restoration, named before the aside, had
            # its premiere; no return to cinemas.
            event = replace(event, what=event.what.replace("re-release", "restoration premiere", 1))
        since = max((m.end for m in mentions if m.end <= mention.start), default=0)
        own = (
            _demonym_release(sentence.text[since : mention.start])
            if kind == "release" and last_places
            else None
        )
        if own and own not in event.places:
            # "… in Spain on D, and a small Brazilian release … followed the next month":
            # the clause names its own country; the one before is not inherited.
            label = event.what.split(",")[0]
            event = replace(event, place=own, places=(own,), what=f"{label}, {own}")
        if (
            kind == "release"
            and (dubbed := re.search(r"(?i)\bdubbed versions?\b", sentence.text[: mention.start]))
            and not event.what.startswith("release of the dubbed")
            and not _FILM_SUBJECT.search(clause.text)
            # ("…; a subtitled version opened in Rome and Milan the same day": the clause
            # names the version it releases)
            and not re.search(
                r"(?i)\b(?:subtitled|original|undubbed)\s+(?:version|print|cut)\b|"
                r"\bwith\s+(?:\w+\s+)?subtitles\b",
                clause.text,
            )
            # ("… a dubbed version in East Germany in October 1967, …, and Poland followed
            # in 1968": a clause of its own since the last date releases the film)
            and not (since and _NEW_CLAUSE.search(sentence.text[since : mention.start]))
        ):
            # "The dubbed versions, X in Tamil and Y in Telugu, were released in … on D".
            label = f"release of the {dubbed.group(0).casefold()}"
            event = replace(event, what=f"{label}, {event.place}" if event.place else label)
        if medium is None and streamed:
            label = "restored version streaming"
            event = replace(event, what=f"{label}, {event.place}" if event.place else label)
        if medium is not None:
            label = (
                f"restored version streaming on {medium.group('name')}"
                if streamed
                else f"restored version released on {medium.group(0)}"
            )
            if streamed and event.place == medium.group("name"):
                # ("added to the Filmin streaming service": the service is no place)
                event = replace(event, place=None, places=())
            event = replace(event, what=f"{label}, {event.place}" if event.place else label)
        if (
            event.kind in {"home_media", "streaming", "premiere", "festival_screening", "release"}
            and re.search(
                r"(?i)\b(?:director['’]s|extended|final|uncut)\s+(?:cut|version|edition)\b",
                sentence.text[: mention.start],
            )
            and not re.search(r"(?i)\b(?:director['’]s|extended|final|uncut)\b", event.what)
        ):
            # "The director's cut premiered at … and was released on DVD on D": that cut's
            # showing and disc, which "When was the film released on DVD?" (or "When did it
            # premiere at …?") would take for the film's own.
            event = replace(event, kind="other", what=re.sub(r"\s+", " ", clause.text)[:120])
        events.append(event)
        last_kind, last_clause = kind, clause
        if event.kind in {"rights_deal", "release"} and event.places:
            # Only countries and regions carry on ("followed by a video on demand release"
            # after a limited release in two cities is not in those cities).
            # "New York and Los Angeles" are two cities, whatever else "New York" names.
            whole = all(p in COUNTRIES_AND_REGIONS for p in event.places)
            last_places = event.places if whole else ()
    return events


#: "An English-language dubbed version, Radio Valley, was released in 2000", "a French-dubbed
#: version titled Le Programme libre": the dub's own title.
_VERSION_TITLE = re.compile(
    r"\bdubbed\s+version,?\s+(?:(?:titled|called|entitled|retitled|named)\s+)?"
    r"(?P<title>[A-Z][^,;()]{1,60}?)"
    r"(?=\s*[,;)]|\.(?:\s|$)|\s+(?:was|were|opened|followed|premiered|is)\b)"
)


#: "an English-dubbed version, cut to 98 minutes and retitled Run Through the Dark".
_VERSION_RETITLED = re.compile(
    r"\bdubbed\s+version\b[^.;]{0,80}?\b(?:retitled|titled|entitled|renamed)\s+"
    r"(?P<title>[A-Z][^,;()]{1,60}?)"
    r"(?=\s*[,;)]|\.(?:\s|$)|\s+(?:which|was|were|and|for)\b)"
)


def version_titles(model: TextModel) -> frozenset[str]:
    """The titles the article gives its dubbed versions (never the film's own title)."""
    found = {
        match.group("title").removesuffix(" The").strip()
        for sentence in model.sentences
        if "dubbed" in sentence.text
        for pattern in (_VERSION_TITLE, _VERSION_RETITLED)
        for match in pattern.finditer(sentence.text)
    }
    return frozenset(t for t in found if t and t != model.title and len(t) > 2)


def _as_version(events: list[Event], titles: frozenset[str], title: str) -> list[Event]:
    """ "Gwynfryn Films released Radio Valley in 46 cinemas across the United Kingdom": a
    release of the dub, named by its own title, is no release of the film itself."""
    if not titles:
        return events
    out = []
    for event in events:
        quote = event.source.quote
        if (
            event.kind == "release"
            and not event.what.startswith("release of the dubbed")
            and any(re.search(rf"\b{re.escape(t)}\b", quote) for t in titles)
            and not (title and re.search(rf"\b{re.escape(title)}\b", quote))
        ):
            event = replace(
                event,
                what="release of the dubbed version" + (f", {event.place}" if event.place else ""),
            )
        out.append(event)
    return out


_HOME = re.compile(
    # ("on 19 screens across the island": an island country's own)
    r"\b(?:across|throughout|around)\s+the\s+(?:country|island|islands|archipelago)\b|"
    r"\bnationwide\b|\bcountrywide\b"
)


def _home_country(model: TextModel) -> str | None:
    """The film's one country by its infobox (``None`` for a co-production or none)."""
    if model.article is None:
        return None
    for entry in model.article.infobox:
        if entry.key.casefold() in {"country", "countries"}:
            countries = [c.strip() for c in re.split(r",|\band\b", entry.value) if c.strip()]
            return countries[0] if len(countries) == 1 else None
    return None


def _at_home(events: list[Event], country: str | None) -> list[Event]:
    """ "a limited release in 12 cinemas across the country": the film's one country."""
    if country is None:
        return events
    return [
        replace(event, place=country, places=(country,), what=f"{event.what}, {country}")
        if event.kind == "release"
        and not event.places
        and not event.venue
        and _HOME.search(event.source.quote)
        else event
        for event in events
    ]


_LEAD_COUNTRY = re.compile(r"^\s*(?:In|in)\s+(?P<c>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*),")
_DEMONYM_SHOWING = re.compile(
    r"\b(?P<d>"
    + "|".join(re.escape(d) for d in sorted(DEMONYMS, key=len, reverse=True) if d[:1].isupper())
    + r")\s+(?:premiere|release|opening)\b"
)


def _country_of(event: Event) -> str | None:
    """The one country a release or premiere took place in, as its clause tells it: its
    place, its frame ("In France, … in twelve Paris cinemas") or its demonym ("Its Latvian
    premiere … in Riga")."""
    if len(event.places) == 1 and event.places[0] in COUNTRIES_AND_REGIONS:
        return event.places[0]
    lead = _LEAD_COUNTRY.match(event.source.quote)
    if lead and lead.group("c").removeprefix("the ") in COUNTRIES_AND_REGIONS:
        return lead.group("c").removeprefix("the ")
    demonym = _DEMONYM_SHOWING.search(event.source.quote)
    return DEMONYMS[demonym.group("d")] if demonym else None


def _is_countrywide(event: Event) -> bool:
    """Whether every place of ``event`` is a country or region (no town)."""
    return bool(event.places) and all(p in COUNTRIES_AND_REGIONS for p in event.places)


def _widened_where_it_opened(events: list[Event]) -> list[Event]:
    """ "… a limited release in Chile on March 10, 2022 … After strong word of mouth it went
    into wide release on 64 screens on 31 March 2022": the wide release is Chile's, the
    country of the showing told just before it in that line (never a run "everywhere")."""
    out: list[Event] = []
    for event in events:
        if (
            event.kind == "release"
            and event.scope in {"wide", "nationwide", "general"}
            and not event.places
            and not event.venue
        ):
            before = [
                e
                for e in out
                if e.source.line == event.source.line
                and e.kind in {"release", "premiere"}
                and e.date <= event.date
            ]
            country = _country_of(before[-1]) if before else None
            if country is not None:
                event = replace(
                    event, place=country, places=(country,), what=f"{event.what}, {country}"
                )
        out.append(event)
    return out


_DEMONYM_RELEASE = re.compile(
    r"\b(?P<d>"
    + "|".join(re.escape(d) for d in sorted(DEMONYMS, key=len, reverse=True) if d[:1].isupper())
    + r")\s+(?:[\w-]+\s+){0,2}?(?:release|opening|run|screens|cinemas|theat(?:re|er)s|audiences)\b"
)


def _demonym_release(quote: str) -> str | None:
    """The country of the last "Brazilian release" a clause names, if any."""
    found = list(_DEMONYM_RELEASE.finditer(quote))
    return DEMONYMS[found[-1].group("d")] if found else None


def _version_names(model: TextModel) -> frozenset[str]:
    """ "the Guaraní version", "the English dub": how the prose names the other versions
    whose cast lists the article gives ("=== Guaraní dub ===")."""
    if model.article is None:
        return frozenset()
    words = {
        label.split()[0]
        for label in cast_list_labels(model.article)
        if re.search(r"(?i)\b(?:dub|dubbed|dubbing|version)\b", label) and label.split()
    }
    return frozenset(w for w in words if w[:1].isupper())


def _named_version(events: list[Event], names: frozenset[str]) -> list[Event]:
    """ "The Guaraní version opened on 25 August 2018 … in Asunción": the dub's release."""
    if not names:
        return events
    pattern = re.compile(
        r"\b(?:" + "|".join(re.escape(n) for n in sorted(names)) + r")(?:-dubbed|\s+(?:dub|"
        r"dubbed\s+version|version))\b"
    )
    return [
        replace(
            event,
            what="release of the dubbed version" + (f", {event.place}" if event.place else ""),
        )
        if event.kind == "release"
        and not event.what.startswith("release of the dubbed")
        and pattern.search(event.source.quote)
        # "in both the English dub and a subtitled version": the film itself, both ways
        and not re.search(r"\bboth\b|\bsubtitled\b|\balongside\b", event.source.quote)
        else event
        for event in events
    ]


def read_events(model: TextModel) -> list[Event]:
    """Every dated event in the prose, every mention kept (each with its own line): the
    generator, not the reader, decides which mention of a repeated event to ask about."""
    events = _as_version(_read_events(model), version_titles(model), model.title)
    events = _named_version(events, _version_names(model))
    events = _placed_once(_no_country_festivals(_at_home(events, _home_country(model))))
    events = _widened_where_it_opened(events)
    return _stated_over_relative(_stated_over_counted(events))


#: "The following year it was shown at the 9th Moscow festival": a year counted from
#: another in the sentence (which one, the sentence may not make plain).
_RELATIVE_YEAR = re.compile(
    r"(?i)\b(?:the\s+(?:following|next|previous)\s+year|the\s+year\s+(?:after|before)|"
    r"a\s+year\s+(?:later|earlier))\b"
)
_YEAR_WRITTEN = re.compile(r"\b(?:19|20)\d\d\b")


def _venue_key(event: Event) -> str:
    name = event.venue or event.place or ""
    return re.sub(r"^(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s+)?", "", name).casefold()


def _stated_over_relative(events: list[Event]) -> list[Event]:
    """A showing whose year is counted ("The following year it was shown at the 9th Moscow
    International Film Festival") and the same showing with its date written ("shown at
    the 9th Moscow International Film Festival in July 1975") in another year: the written
    one (the count was read from the wrong year of its sentence)."""
    written = [
        e
        for e in events
        if e.venue
        and not _RELATIVE_YEAR.search(e.source.quote)
        and _YEAR_WRITTEN.search(e.source.quote)
    ]
    return [
        e
        for e in events
        if not (
            e.venue
            and _RELATIVE_YEAR.search(e.source.quote)
            and not _YEAR_WRITTEN.search(e.source.quote)
            and any(
                w.kind == e.kind and _venue_key(w) == _venue_key(e) and w.date[:4] != e.date[:4]
                for w in written
            )
        )
    ]


#: "opened across Quebec three weeks later": a date counted from another, in round weeks.
_WEEKS_LATER = re.compile(
    r"(?i)\b(?:a|one|two|three|four|five|six|seven|eight|\d+)\s+weeks?\s+(?:later|after)\b"
)


def _stated_over_counted(events: list[Event]) -> list[Event]:
    """A date counted in weeks from another ("opened across Quebec three weeks later") and
    a stated date for the same kind of event in the same place within a week of it ("opened
    in Quebec on 14 March"): the stated one (the count was a round figure)."""
    stated = [e for e in events if e.precision == "day" and not _WEEKS_LATER.search(e.source.quote)]
    return [
        e
        for e in events
        if not (
            e.precision == "day"
            and _WEEKS_LATER.search(e.source.quote)
            and any(
                s.kind == e.kind
                and s.places == e.places
                and s.date != e.date
                and abs((_day(s.date) - _day(e.date)).days) <= 7
                for s in stated
            )
        )
    ]


def _day(iso: str) -> date:
    return date.fromisoformat(iso[:10])


def _placed_once(events: list[Event]) -> list[Event]:
    """One event read twice from one clause, once with its place ("re-released in cinemas
    in Hokkaido on D") and once without: the placed reading only (the other would ask the
    date as the film's release everywhere)."""
    placed = {(e.kind, e.date, e.source) for e in events if e.places}
    return [e for e in events if e.places or (e.kind, e.date, e.source) not in placed]


def _no_country_festivals(events: list[Event]) -> list[Event]:
    """ "After a screening at the Göteborg Film Festival, it opened … in Finland on D1 and
    on six screens in Sweden on D2": a "screening" placed only in a country is no festival
    slot but that country's release."""
    return [
        replace(event, kind="release", what=f"release, {event.place}")
        if event.kind == "festival_screening"
        and not event.venue
        and event.places
        and all(p in COUNTRIES_AND_REGIONS for p in event.places)
        else event
        for event in events
    ]


_DERIVED_DATE = re.compile(
    r"\b(?:following|next|same|later|that)\s+(?:day|week|weekend|month|year|season|spring|"
    r"summer|autumn|fall|winter)\b",
    re.IGNORECASE,
)


#: A count up to a day ("by 30 June 1973"), right before the date: no event of its own.
_BY_A_DAY = re.compile(r"\b(?:by|until|till|through)\s+$")


#: A sentence whose subject is the one before's ("It was released …", "It opened …").
_IT_OPENS = re.compile(r"^It\s+(?:was|opened|reached|returned|went|played|had|premiered)\b")
#: "Desmond Rideout … wrote The Salt Years in 1992": a writer writing a work (a play, a
#: novel), which a following "It opened …" goes on about; not a screenplay.
_WROTE_WORK = re.compile(
    r"\b(?:wrote|written)\s+(?!(?:the\s+|a\s+)?(?:screenplay|script|treatment|dialogue|lyrics|"
    r"score|music|songs?)\b)(?:the\s+)?(?:play|novel|musical|[A-Z])"
)


def _read_events(model: TextModel) -> list[Event]:
    events: list[Event] = []
    for paragraph in model.paragraphs:
        paragraph_start = len(events)
        previous: DateMention | None = None
        carried: EventKind | None = None
        ceremony: str | None = None
        rights: tuple[str, ...] = ()
        restored_at: str | None = None  # the date of a restoration the sentence before told
        wrote_work = False  # the sentence before told of someone writing a work
        for sentence in paragraph.sentences:
            named = (
                (venue(sentence.text) or _NAMED_AWARDS.search(sentence.text))
                if not sentence.words.isdisjoint(_AWARD_WORDS)
                else None
            )
            if isinstance(named, re.Match):
                named = named.group("name")
            if named and re.search(r"\b(?:Awards?|Prizes?|Prix|Oscars|Globes)\b", named):
                ceremony = named
            found = events_in_sentence(sentence, previous, model.title, carried, ceremony, rights)
            if restored_at and _IT_OPENS.match(sentence.text):
                # "A 4K restoration … premiered at Venice on 1 September 2018. It was
                # released in a limited run in Italy on October 11, 2018": "it" is the
                # restoration, whose return to cinemas that is.
                found = [
                    replace(
                        e,
                        kind="re_release",
                        what=f"restored re-release, {e.place}"
                        if e.place
                        else "restored re-release",
                    )
                    if e.kind == "release" and e.date >= restored_at
                    else e
                    for e in found
                ]
            if wrote_work and _IT_OPENS.match(sentence.text):
                # "Rideout … wrote The Salt Years in the autumn of 1992. It opened at the LSPU
                # Hall on 11 March 1993": the play the writer wrote opened, not the film.
                found = [
                    replace(e, kind="other", what=sentence.text[:120])
                    if e.kind in {"premiere", "release", "festival_screening"}
                    else e
                    for e in found
                ]
            wrote_work = bool(_WROTE_WORK.search(sentence.text))
            restored_at = next(
                (e.date for e in reversed(found) if e.kind == "re_release" and "restor" in e.what),
                None,
            )
            if len(found) > 1 and _POSTPONED.search(sentence.text):
                found = _postponed(found)
            last = found[-1] if found else None
            rights = last.places if last and last.kind == "rights_deal" else ()
            mentions = date_mentions(sentence.text, previous)
            if mentions:
                earlier = [*mentions[:-1], *([previous] if previous else [])]
                previous = mentions[-1]
                if _BY_A_DAY.search(sentence.text, 0, previous.start) and any(
                    m.iso[:7] != previous.iso[:7] for m in earlier
                ):
                    # "It opened on 16 March …, and by 30 June its takings had reached ₹9.8
                    # lakh. Its release spread … the following month": April after the
                    # opening or July after the count; the article does not say which.
                    previous = None
            if found:
                carried = found[-1].kind
            for event in found:
                if (
                    event.kind == "rights_deal"
                    and event.places
                    and _SOURCE_RIGHTS.search(event.source.quote)
                ):
                    # "Vik's novel sold some 90,000 copies in Norway, and Nordlys Film
                    # optioned it in November 2007": the book's rights, bought to make the
                    # film, which no territory's distribution rights are.
                    event = replace(event, place=None, places=(), what="rights acquired")
                if (
                    event.place is None
                    and event.precision != "day"
                    # (only a date told relative to another: "A VHS edition appeared in 1987
                    # and a Serbian DVD in 2006" gives the VHS no place)
                    and _DERIVED_DATE.search(event.source.quote)
                ):
                    # "…, expanding to 58 theaters the following week": a coarser date the
                    # sentence derives from an event it has placed belongs to that place.
                    placed = next(
                        (
                            e
                            for e in found
                            if e is not event
                            and e.kind == event.kind
                            and e.place
                            and e.source.quote == event.source.quote
                        ),
                        None,
                    )
                    if placed is not None:
                        event = _placed_as(event, placed)
                if (
                    event.kind == "release"
                    and event.scope == "wide"
                    and not event.places
                    and _EXPANDED.search(event.source.quote)
                ):
                    # "a limited release in Peru on 28 September …. After strong word of
                    # mouth it expanded to a wide release on 12 October": Peru's, too.
                    limited = next(
                        (
                            e
                            for e in reversed(events[paragraph_start:])
                            if e.kind == "release" and e.scope == "limited" and e.places
                        ),
                        None,
                    )
                    if limited is not None and _is_countrywide(limited):
                        event = _placed_as(event, limited)
                    elif limited is not None and (country := _country_of(limited)):
                        # "a limited release at two cinemas in Auckland and one in
                        # Wellington …. it expanded to a wide release of 46 cinemas": the
                        # country's wide release (the framing "In New Zealand,"), never the
                        # first towns'.
                        label = event.what.split(",")[0]
                        event = replace(
                            event, place=country, places=(country,), what=f"{label}, {country}"
                        )
                if not any(
                    (e.kind, e.date, e.place, e.source)
                    == (event.kind, event.date, event.place, event.source)
                    for e in events
                ):
                    events.append(event)
    return events


#: "The release was put back from September to November 1966": the first date was only
#: planned.
_POSTPONED = re.compile(
    r"(?i)\b(?:put|pushed|set)\s+back\b|\bpostponed\b|\bdelayed\b|\bbrought\s+forward\b|"
    r"\b(?:moved|rescheduled|shifted)\s+from\b"
)


def _postponed(found: list[Event]) -> list[Event]:
    """Of two dates one clause gives a moved release ("put back from D1 to D2"), the one it
    was moved from is no release: it never happened on that day."""
    out = list(found)
    for quote in {e.source.quote for e in found}:
        if not _POSTPONED.search(quote) or not re.search(r"(?i)\bfrom\b[^;]*\bto\b", quote):
            continue
        same = [i for i, e in enumerate(out) if e.source.quote == quote and e.kind in _SHOWN]
        if len(same) < 2:
            continue
        earliest = min(same, key=lambda i: out[i].date)
        late = max(same, key=lambda i: out[i].date)
        moved_from = late if _BROUGHT_FORWARD.search(quote) else earliest
        out[moved_from] = replace(
            out[moved_from], kind="other", what=f"planned {out[moved_from].what} (moved)"
        )
    return out


_SHOWN = frozenset({"release", "premiere", "festival_screening", "re_release"})
_BROUGHT_FORWARD = re.compile(r"(?i)\bbrought\s+forward\b")


def _placed_as(event: Event, other: Event) -> Event:
    """``event`` given the place of ``other``, the event its words go on from."""
    return replace(
        event, place=other.place, places=other.places, what=f"{event.what}, {other.place}"
    )


#: The source work's rights, bought to make the film ("optioned it", "bought the film
#: rights to Ferrandi's novel"), not the film's distribution rights in a territory.
_SOURCE_RIGHTS = re.compile(
    r"(?i)\boptioned\b|\b(?:adaptation|screen)\s+rights\b|\brights\s+to\s+(?:the|his|her|their|[A-Z]\w+['’]s)\s+"
    r"(?:\w+\s+)?(?:novel|book|play|story|memoir|stories|biography|comic|manga)\b"
)
_EXPANDED = re.compile(r"(?i)\b(?:expand(?:ed|ing)|went\s+wide|widen(?:ed|ing))\b")
