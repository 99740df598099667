"""Dates and years that fit the story: distractors on both sides of the key, inside the
film's timeline, with the key's rank among the sorted options balanced across a set.

A release is never offered before the film's premiere, a trailer, a rights deal or filming
never after its first release, home media and streaming never before the cinemas; years stay
within the span of years the article covers. The key's rank (0 = earliest option) is chosen
by :func:`~quiz.generate.nearmiss.place_around` from the ranks the set has used so far, so
"pick the earliest" (or latest) wins no more often than chance.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from quiz.facts.model import Event, Film
from quiz.facts.text import find_dates
from quiz.generate.context import Context
from quiz.generate.nearmiss import near_isos, place_around

#: Kinds that follow the premiere.
AFTER_PREMIERE = {"release", "streaming", "home_media", "re_release", "festival_screening"}
#: Kinds that follow the first cinema release.
AFTER_CINEMAS = {"streaming", "home_media", "re_release"}
#: Kinds that come before the film reaches anyone.
BEFORE_RELEASE = {"trailer", "rights_deal", "filming_start", "filming_end"}
FILMING_KINDS = {"filming_start", "filming_end"}
CINEMA_KINDS = {"release"}
#: Kinds by which the film first reaches an audience.
RELEASE_KINDS = {"premiere", "festival_screening", "release"}
#: Real dates further than this from the key are not offered (they would be too easy).
REAL_DATE_WINDOW_DAYS = 60


def year_span(film: Film) -> tuple[int, int] | None:
    """The years the article's story covers, from its earliest dated fact to its latest."""
    years = [int(e.date[:4]) for e in film.events]
    years += [a.year for a in film.awards if a.year]
    if film.year:
        years.append(film.year)
    return (min(years), max(years)) if years else None


def _first(film: Film, kinds: set[str], finest: int = 0) -> str | None:
    """The earliest date of ``kinds`` known at least to ``finest`` characters of ISO."""
    dates = sorted(e.date for e in film.events if e.kind in kinds and len(e.date) >= finest)
    return dates[0] if dates else None


_RESTORED_LABEL = re.compile(r"(?i)restor|remaster")


def bounds(film: Film, event: Event) -> tuple[str | None, str | None]:
    """The earliest and latest dates (ISO, possibly coarser) this event's date may take."""
    key = event.date
    low: str | None = None
    high: str | None = None

    def at(iso: str | None) -> str | None:
        return iso[: len(key)] if iso else None

    if event.kind in AFTER_PREMIERE:
        premiere = at(_first(film, {"premiere"}, len(key)))
        if premiere and premiere <= key:
            low = premiere
        # No showing before the film's first one, whatever kind it was ("played in
        # Chinatown cinemas in San Francisco in the summer of 1986", after the January 1986
        # opening at home: 1985 is out).
        first_shown = at(
            min(
                (
                    e.date
                    for e in film.events
                    if e is not event
                    and e.kind in RELEASE_KINDS
                    and len(e.date) >= len(key)
                    # (a showing the same day bounds nothing: "released in France and
                    # Belgium on 17 March" leaves the days before open)
                    and (
                        e.date[: len(key)] < key
                        # (a finer date in the key's own month or year: "opened in Hong Kong
                        # on 6 February 1986" puts a 1986 run abroad in 1986 or later)
                        or (len(e.date) > len(key) and e.date[: len(key)] == key)
                    )
                ),
                default=None,
            )
        )
        if first_shown and first_shown <= key:
            low = max(low or first_shown, first_shown)
    if event.kind in AFTER_CINEMAS:
        cinemas = at(_first(film, CINEMA_KINDS, len(key)))
        if cinemas and cinemas <= key:
            low = max(low or cinemas, cinemas)
    if event.kind == "home_media" and event.places:
        # "issued on VHS in France in 1996": after its cinema release in France, not only
        # after its first release anywhere.
        # (or after the rights there were bought: "In January 1987 the rights were sold to
        # Harbour Lights Films in Australia", then a limited run in Sydney and Melbourne)
        local = [
            e.date
            for e in film.events
            if e.kind in CINEMA_KINDS | {"rights_deal"}
            and set(e.places) & set(event.places)
            and len(e.date) >= len(key)
        ]
        first_local = at(min(local, default=None))
        if first_local and first_local <= key:
            low = max(low or first_local, first_local)
    if event.kind == "filming_start":
        wrapped = at(_first(film, {"filming_end"}, len(key)))
        if wrapped and wrapped >= key:
            high = wrapped
    if event.kind == "filming_end":
        started = at(_first(film, {"filming_start"}, len(key)))
        if started and started <= key:
            low = started
    if event.kind in BEFORE_RELEASE:
        first = at(_first(film, RELEASE_KINDS, len(key)))
        if first and first >= key:
            high = min(high or first, first)
    if event.kind == "premiere":
        cinemas = at(_first(film, CINEMA_KINDS, len(key)))
        if cinemas and cinemas >= key:
            high = cinemas
        filming = [
            e.date for e in film.events if e.kind in FILMING_KINDS and len(e.date) >= len(key)
        ]
        wrapped = at(max(filming, default=None))
        if wrapped and wrapped <= key:
            low = wrapped
    if (event.kind == "re_release" and _RESTORED_LABEL.search(event.what)) or (
        # "a DVD of the restoration appeared in 2019": the disc of the restored version
        event.kind in {"home_media", "streaming"}
        and re.search(r"(?i)\b(?:restoration|restored|remaster\w*)\b", event.source.quote)
    ):
        # The restored version reaches cinemas, discs or streams only after it is made:
        # no earlier than its first showing.
        shown = [
            e.date
            for e in film.events
            if e is not event
            # ("In 2018 the film was restored in 2K …": the restoration itself, too; so is
            # "restored the film … in 2013, issuing it on DVD that year")
            and (
                (
                    e.kind in {"re_release", "other", "festival_screening"}
                    and _RESTORED_LABEL.search(e.what)
                )
                # ("A 4K remaster, made by the Slovak Film Institute, was re-released in
                # Slovak cinemas on 2 December 2021": labelled by its format)
                or (e.kind == "re_release" and _RESTORED_LABEL.search(e.source.quote))
                or (
                    e.kind in {"home_media", "streaming"}
                    and re.search(r"(?i)\b(?:restoration|restored)\b", e.source.quote)
                )
            )
            and e.date <= key
        ]
        first_shown = at(min(shown, default=None))
        if first_shown and first_shown <= key:
            low = max(low or first_shown, first_shown)
    if event.kind in RELEASE_KINDS | AFTER_PREMIERE:
        # No showing before the cameras rolled: "screened at Venice in 1961" is ruled out
        # by a shoot that began in January 1962.
        started = at(_first(film, FILMING_KINDS, len(key)))
        if started and started <= key:
            low = max(low or started, started)
        # ... nor before they stopped: a release in 1965 is ruled out by a shoot that ended
        # in January 1966.
        wrapped = at(
            max(
                (
                    e.date
                    for e in film.events
                    if e.kind == "filming_end" and len(e.date) >= len(key)
                ),
                default=None,
            )
        )
        if wrapped and wrapped <= key:
            low = max(low or wrapped, wrapped)
    if event.kind == "release" and event.places:
        # "released in Italy in 1967": the film had opened somewhere first, so no year
        # before its first release is a plausible answer.
        opened = at(_first(film, CINEMA_KINDS | {"premiere"}, len(key)))
        if opened and opened < key:
            low = max(low or opened, opened)
    if event.precision == "year":
        span = year_span(film)
        if span:
            low = max(low or str(span[0]), str(span[0]))
            high = min(high or str(span[1] + 1), str(span[1] + 1))
    ended = [_STATE_ENDED[p] for p in event.places if p in _STATE_ENDED]
    if ended:
        # "distributed in the Soviet Union in 1990": 1993 is ruled out by history, since
        # no Soviet Union was left to release it in.
        last = f"{min(ended)}-12-31"[: len(key)]
        if last >= key:
            high = min(high or last, last)
    return low, high


#: States that no longer exist, with the last year a film could open in them.
_STATE_ENDED = {
    "Soviet Union": 1991,
    "East Germany": 1990,
    "West Germany": 1990,
    "Czechoslovakia": 1992,
    "Yugoslavia": 1992,
}


def plausible_on(film: Film, kind: str, iso: str, label: str = "") -> bool:
    """Whether an event of ``kind`` could have happened on ``iso`` (a day) given the film's
    timeline: filming and trailers before the film first reaches an audience, releases after
    its premiere, home media and streaming after the cinemas. Used to choose "what happened
    on this date?" options a player cannot rule out by the calendar alone."""

    def first(kinds: set[str]) -> str | None:
        found = _first(film, kinds, 10)
        return found

    def last(kinds: set[str]) -> str | None:
        dates = [e.date for e in film.events if e.kind in kinds and len(e.date) >= 10]
        return max(dates, default=None)

    reaches = first(RELEASE_KINDS)
    if kind in {"filming_start", "filming_end", "trailer"} and reaches and iso > reaches:
        return False
    if kind == "filming_start" and (wrap := last({"filming_end"})) and iso > wrap:
        return False
    if kind in {"filming_end", "trailer"} and (start := first({"filming_start"})) and iso < start:
        return False
    filmed = last(FILMING_KINDS)
    if kind in RELEASE_KINDS | AFTER_PREMIERE and filmed and iso < filmed:
        return False
    if kind == "premiere" and (cinemas := first(CINEMA_KINDS)) and iso > cinemas:
        return False
    if kind in AFTER_PREMIERE and (premiere := first({"premiere"})) and iso < premiere:
        return False
    cinemas = first(CINEMA_KINDS)
    if kind == "release" and reaches and int(iso[:4]) > int(reaches[:4]) + 2:
        return False  # a first release comes within a year or two of the first showing
    if kind == "re_release" and (reaches or cinemas):
        # A re-release comes years after the film first showed; a restoration, a remaster
        # or an anniversary screening decades after.
        first_year = int((cinemas or reaches or iso)[:4])
        gap = 10 if re.search(r"(?i)restor|remaster|4K|anniversary", label) else 2
        if int(iso[:4]) < first_year + gap:
            return False
    if not _in_media_era(label, iso):
        return False
    return not (kind in AFTER_CINEMAS and cinemas and iso < cinemas)


#: When each home-media format was sold: a DVD in 1994 or a VHS tape in 2019 is no option
#: a player would believe (first and last years, inclusive; ``None`` for still sold).
_MEDIA_ERAS: tuple[tuple[re.Pattern[str], int, int | None], ...] = (
    (re.compile(r"\b(?:4K|Ultra HD|UHD)\b", re.I), 2016, None),
    (re.compile(r"\bBlu-ray\b", re.I), 2006, None),
    (re.compile(r"\bDVD\b"), 1997, None),
    (re.compile(r"\bLaserDisc\b", re.I), 1978, 2001),
    (re.compile(r"\b(?:VHS|videocassette|video cassette)\b", re.I), 1977, 2008),
    (
        re.compile(r"\b(?:streaming|Netflix|Prime Video|Disney\+|VOD|video on demand)\b", re.I),
        2007,
        None,
    ),
)


def _in_media_era(label: str, iso: str) -> bool:
    """Whether a release on the medium ``label`` names could have happened in ``iso``'s year."""
    if not label:
        return True
    year = int(iso[:4])
    for pattern, first_year, last_year in _MEDIA_ERAS:
        if pattern.search(label):
            return year >= first_year and (last_year is None or year <= last_year)
    return True


def day_distance(a: str, b: str) -> int:
    """Days between two ISO dates (coarser ones taken at their first day)."""
    return abs((_as_day(a) - _as_day(b)).days)


def _as_day(iso: str) -> dt.date:
    parts = [int(p) for p in iso.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


def _distance(a: str, b: str) -> int:
    """Days (day precision), months or years between two ISO values of one precision."""
    pa, pb = [int(p) for p in a.split("-")], [int(p) for p in b.split("-")]
    if len(pa) == 3 and len(pb) == 3:
        return abs((dt.date(*pa) - dt.date(*pb)).days)
    if len(pa) >= 2 and len(pb) >= 2:
        return abs((pa[0] * 12 + pa[1]) - (pb[0] * 12 + pb[1]))
    return abs(pa[0] - pb[0])


#: Distractor dates for a festival slot stay within this many days of the key.
FESTIVAL_DAYS = 10
_FESTIVAL = re.compile(r"(?:Festival|Fest|Berlinale|Biennale|Fleadh|Sundance)\b")


_WEEK_AFTER = re.compile(r"(?i)\b(?:the\s+following|the\s+next)\s+week\b|\ba\s+week\s+later\b")


def _widened_a_week_on(ctx: Context, key: str) -> bool:
    """Whether a release on ``key`` is told with more cinemas "the following week", that
    week's opening undated ("and in Singapore the following week", dated as a release of its
    own, is another territory's and stays a fair wrong answer)."""
    week_on = (_as_day(key) + dt.timedelta(days=7)).isoformat()
    return not any(e.date == week_on for e in ctx.film.events) and any(
        e.kind == "release" and e.date == key and _week_after_its_date(e.source.quote, key)
        for e in ctx.film.events
    )


def _week_after_its_date(quote: str, key: str) -> bool:
    """ "… on 20 October 1966 and in provincial towns the following week": the week counted
    from ``key`` written in the clause (not the week that dates the clause's own event)."""
    written = [d for d in find_dates(quote) if d.iso == key]
    return bool(written) and any(m.start() > written[0].end for m in _WEEK_AFTER.finditer(quote))


def date_options(
    ctx: Context, seed: str, event: Event, real: list[str], true_isos: set[str]
) -> list[str] | None:
    """Three distractor ISO dates for ``event``: near it on both sides, inside its bounds,
    not true, the key's rank balanced across the set; ``None`` if the story leaves no room."""
    key = event.date
    low, high = bounds(ctx.film, event)
    window = REAL_DATE_WINDOW_DAYS if event.precision == "day" else 3
    pool = [d for d in real if _distance(d, key) <= window] + near_isos(key, event.precision)
    festival = (
        event.precision == "day"
        and event.kind in {"premiere", "festival_screening", "re_release"}
        and bool(_FESTIVAL.search(event.venue or event.place or ""))
    )
    if festival:
        # A festival runs for days, in the same weeks every year: a date a month away (or in
        # the year before a January festival) is ruled out by the calendar alone.
        base = _as_day(key)
        pool += [(base + dt.timedelta(days=d)).isoformat() for d in (-2, 2, -5, 5, -9, 9)]
    if event.kind == "release" and event.precision == "day" and _widened_a_week_on(ctx, key):
        # "It opened in 23 Budapest cinemas on 20 October 1966 and in provincial towns the
        # following week": a week later it opened there too, so that day is no wrong answer.
        true_isos = true_isos | {(_as_day(key) + dt.timedelta(days=7)).isoformat()}
    seen: set[str] = set()
    usable: list[str] = []
    for iso in pool:
        if iso in seen or iso == key or iso in true_isos:
            continue
        if festival and _distance(iso, key) > FESTIVAL_DAYS:
            continue
        seen.add(iso)
        if (low and iso < low) or (high and iso > high):
            continue
        usable.append(iso)
    below = sorted((d for d in usable if d < key), key=lambda d: _distance(d, key))
    above = sorted((d for d in usable if d > key), key=lambda d: _distance(d, key))
    rng = ctx.rng_for(f"{ctx.slug}:{seed}:{key}")

    def pick(side: Sequence[str], n: int) -> list[str]:
        # Among the four nearest on that side: near, but not always the very nearest.
        return rng.sample(list(side[:4]), n) if n else []

    placed = place_around(
        below,
        above,
        ctx.key_ranks,
        rng.choice,
        pick=pick,
        value=lambda iso: float(_as_day(iso).toordinal()),
        key_value=float(_as_day(key).toordinal()),
    )
    return placed[0] if placed else None
