"""Release questions: event → date, date → event, the infobox release date, and
distribution deals in both directions (territory → company, company → territory).

Date distractors are the film's other dates at the same precision first (provably not this
event's date), then generated near-misses; every known date of the film is in the true set
only for the question it answers, and no distractor may equal a date the stem's event has.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import chain

from quiz.bank import Difficulty
from quiz.facts.events import COUNTRIES_AND_REGIONS, RESTORED, SAME_DAY_AS
from quiz.facts.locations import REGION_COUNTRY, REGIONS
from quiz.facts.model import DistributionDeal, Event, Film
from quiz.facts.places import DEMONYMS, VERSION_LANGUAGES, with_article
from quiz.facts.places import territories as places_named
from quiz.facts.text import find_dates, format_iso_date
from quiz.generate.chronology import FESTIVAL_DAYS, date_options, day_distance, plausible_on
from quiz.generate.context import Context, Rejection
from quiz.generate.kinds import film_countries
from quiz.generate.nearmiss import dates_are_close
from quiz.generate.neighbours import OWN_WORDS, neighbours
from quiz.generate.orthography import looks_from, pointing
from quiz.generate.people import territories, unique

CATEGORY = "release"


def _the(venue: str, quote: str = "") -> str:
    """``the Venice Film Festival`` but ``Fantastic Fest``, ``SXSW``: a name styled as a
    brand takes no article; one the article itself gives "the" ("premiered at the Éden
    Teatro") keeps it."""
    if (
        quote
        and not _FOREIGN_ARTICLE.match(venue)
        # ("the Marrakech premiere": a lower-case noun after the name takes the article)
        and re.search(rf"\b[Tt]he\s+{re.escape(venue)}\b{_NO_NOUN_AFTER}", quote)
    ):
        return f"the {venue}"
    if re.search(r"\bFest\b|^[A-Z0-9]{3,}$", venue) or " " not in venue.strip():
        return venue  # "at Annecy", "at Venice": a festival named by its town takes none
    if not _COMMON_NOUN.search(venue):
        return venue  # "at San Sebastián": a town's name, no article
    if _FOREIGN_ARTICLE.match(venue) and not _ENGLISH_HEAD.search(venue):
        return venue  # "Il Cinema Ritrovato" has its article; "the El Capitan Theatre" not
    return f"the {venue}"


_NO_NOUN_AFTER = (
    r"(?!\s+(?!(?:in|on|at|and|with|for|from|by|to|of|where|when|before|after)\b)[a-z])"
)


#: Words that make a venue's name a common noun phrase, which English gives "the".
_COMMON_NOUN = re.compile(
    r"(?i)\b(?:festival|theat(?:re|er)|hall|cent(?:re|er)|cinema|cinemas|awards?|museum|palace|"
    r"house|arena|market|days|week|forum|fortnight|biennale|institute|academy|gallery|stadium|"
    r"park|square|section|competition|programme|program|showcase|series|fleadh|club|"
    r"cinematheque|cinémathèque|library|school|university|college|hotel|church|embassy|"
    r"opera|auditorium|pavilion|plaza|mall|megamall|complex|studios?|lot|garden|gardens)\b"
)


#: A name that opens with its own language's article ("Il Cinema Ritrovato", "La Biennale").
_ENGLISH_HEAD = re.compile(
    r"\b(?:Theat(?:re|er)|Hall|Cent(?:re|er)|Festival|Awards?|Cinema|Square|House|Palace|"
    r"Museum|Arena|Stadium|Park)$"
)
_FOREIGN_ARTICLE = re.compile(r"^(?:Il|Lo|La|Le|Les|L'|L’|El|Los|Las|Der|Die|Das|De|Het|Den)\s")


def _strip_year(name: str) -> str:
    """ "2019 Cannes Film Festival" / "76th Venice …" → the festival's name alone (the
    edition makes an option longer than its neighbours and tells nothing the date does not)."""
    return re.sub(r"^(?:(?:19|20)\d\d|\d{1,3}(?:st|nd|rd|th))\s+", "", name)


def _label(event: Event) -> str:
    """The event's own wording before the place: ``limited release``, ``3D re-release``."""
    return event.what.split(",")[0]


_PRIZE_ONLY = re.compile(r"(?i)\b(?:award|prize|won|received|took|honou?red)\b")
_SHOWN = re.compile(
    r"(?i)\b(?:screen\w*|shown|show|showed|played|competed|competition|selected|presented|"
    r"premiered|opened|closed|programme|section)\b"
)


def _template_kind(event: Event) -> str | None:
    """The phrasing family of an event: a cinema release with a label ("limited release",
    "theatrical release") reads differently from a plain "release"; kinds we cannot phrase as
    a question (ceremonies, milestones, ``other``) give ``None``."""
    kind = event.kind
    if kind == "release":
        return "release" if _label(event) == "release" else "theatrical_release"
    if kind == "festival_screening":
        if _PRIZE_ONLY.search(event.source.quote) and not _SHOWN.search(event.source.quote):
            # "received a Chris Award at the Columbus festival in 1972": the prize is the
            # news, which "screened at" would turn into a showing the article never states.
            return None
        # "Its festival screening" without a festival would be true of any festival slot.
        return "festival" if (event.venue or event.place) else None
    if kind in {"filming_start", "filming_end"}:
        return "filming"
    if kind in {"premiere", "trailer", "rights_deal", "streaming", "re_release", "home_media"}:
        return kind
    return None


def askable(event: Event) -> bool:
    """Whether the release templates can phrase this event."""
    return _template_kind(event) is not None


def _is_territory(name: str, event: Event) -> bool:
    """Whether a would-be streaming service is a place ("Luzon", "the United Kingdom"): one
    of the event's own places, or a place the article writes "in" before."""
    if name in event.places or name.removeprefix("the ") in event.places:
        return True
    parts = [p.strip().removeprefix("the ") for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", name)]
    if len(parts) > 1 and all(p in event.places for p in parts):
        return True  # "Ireland and the United Kingdom": the event's places, joined
    return bool(re.search(rf"\bin\s+{re.escape(name)}\b", event.source.quote)) and bool(
        places_named(f"in {name}")
    )


def _service(event: Event, name: str) -> str:
    """A streaming service as the article writes it: "the Criterion Channel", "Netflix"."""
    if re.search(
        rf"\bthe\s+{re.escape(name)}(?!\s+(?:streaming\s+|video-on-demand\s+)?(?:service|platform))",
        event.source.quote,
    ):
        # ("the Criterion Channel", not "the Filmin streaming service")
        return f"the {name}"
    return name


_FIRST_OF = re.compile(r"(?i)\bthe first of (?:which|these|them)\b")
_COLORIZED = re.compile(r"(?i)\bcolou?ri[sz]ed\s+version\b")


def _medium(event: Event) -> str:
    """``home media release (DVD), Italy`` → ``DVD``."""
    found = re.search(r"\(([^)]+)\)", event.what)
    medium = found.group(1) if found else "home media"
    # "released on on-demand": the medium said as a noun English puts after "on".
    return "video on demand" if medium.casefold() in {"on-demand", "on demand"} else medium


_OUTSIDE = re.compile(
    r"\boutside\s+(?:of\s+)?(?P<where>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
    # ("outside Armenia and France": both are where it was not)
    r"(?:(?:,\s*|,?\s+and\s+)(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*)"
)


def _adjectives() -> dict[str, str]:
    """Each country's adjective ("Portugal" → "Portuguese"): the longest written one the
    demonym table gives, never an abbreviation ("US")."""
    found: dict[str, str] = {}
    for adjective, country in DEMONYMS.items():
        if adjective == country or adjective.isupper() or not adjective[0].isupper():
            continue
        if len(adjective) > len(found.get(country, "")):
            found[country] = adjective
    # The trade press says "the Quebec rights", "the Hong Kong release": places whose own
    # name serves as the adjective, whatever demonym their people go by.
    found.update({place: place for place in _NAME_AS_ADJECTIVE})
    return found


_NAME_AS_ADJECTIVE = ("Quebec", "Hong Kong", "Macau", "Puerto Rico")


_ADJECTIVES = _adjectives()


def _in_places(event: Event) -> str:
    """`` in Poland`` for a streaming release the clause limits to territories (dropping
    it would claim the service carried the film everywhere), else empty."""
    places = [p for p in event.places if p != event.venue]
    outside = _OUTSIDE.search(event.source.quote)
    if outside:
        # "on Netflix outside Asia": the place named is where it was not.
        places = [p for p in places if p not in outside.group("where")]
    return f" in {_place_list(places)}" if places else ""


def _outside(event: Event) -> str:
    """`` outside Asia`` when the clause limits the event so ("began streaming on Netflix
    outside Asia"), else empty: dropping it would claim a worldwide release."""
    found = _OUTSIDE.search(event.source.quote)
    return f" outside {found.group('where')}" if found else ""


def _event_sentence(event: Event, title: str) -> str:
    """The event as the opening of a sentence that gives its date: "The limited release of
    The Ferryman's Winter in New York took place" (the explanation a player reads)."""
    if event.kind == "rights_deal":
        kind = _rights_kind(event) or "rights"
        outside = _OUTSIDE.search(event.source.quote)
        if outside:
            return f"The {kind} to {title} for territories outside {outside.group('where')} were acquired"
        adjective = _ADJECTIVES.get(event.places[0]) if len(event.places) == 1 else None
        where = f" for {_place_list(event.places)}" if event.places else ""
        rights = (
            f"the {adjective} {kind} to {title}" if adjective else f"the {kind} to {title}{where}"
        )
        if _ANNOUNCED_DEAL.search(event.source.quote):
            return f"The announcement that {rights} had been acquired came"
        return f"{rights[0].upper()}{rights[1:]} were acquired"
    if event.kind == "trailer":
        return f"The {_trailer(event)} for {title} was released"
    if event.kind in {"filming_start", "filming_end"}:
        work = _work(event)
        verb = "began" if event.kind == "filming_start" else "ended"
        preposition = "on" if work == "animation" else "of"
        return f"{work[0].upper()}{work[1:]} {preposition} {title} {verb}"
    phrase = event_phrase(event)
    # No possessive on a title ("The Pale Hours's"): "Its release in Japan" becomes "The
    # release of Title in Japan".
    opening = _ITS_NOUN.match(phrase)
    if opening:
        named = f"The {opening.group('noun')} of {title}{opening.group('rest') or ''}"
    elif re.search(r"\bits\b", phrase):
        named = re.sub(
            r"\bits (restoration|restored version|director's cut|dubbed versions?|colorized version)",
            rf"the \1 of {title}",
            phrase,
        )
    else:
        named = f"{phrase} for {title}"
    return f"{named[0].upper()}{named[1:]} took place"


_ITS_NOUN = re.compile(r"^Its (?P<noun>.+?)(?P<rest>\s+(?:in|at|on|outside)\s+.*)?$")


def _on(event: Event) -> str:
    """ "on" a day, "in" a month or a year."""
    return "on" if event.precision == "day" else "in"


def _same_medium(event: Event, medium: str) -> bool:
    """Whether ``event`` issued the film on ``medium`` too: its own label's, or one issued
    with it ("on VCD and DVD in Thailand in July 2003")."""
    own = _medium_word(event)
    if not own:
        return False
    if own.casefold() == medium.casefold():
        return True
    pair = rf"\b{re.escape(own)}\s+(?:and|&)\s+{re.escape(medium)}\b|\b{re.escape(medium)}\s+(?:and|&)\s+{re.escape(own)}\b"
    return bool(re.search(pair, event.source.quote, re.IGNORECASE))


def _medium_word(event: Event) -> str:
    """``DVD`` of "home media release (DVD)", "" when the label names no medium."""
    found = re.search(r"\((?P<m>[^()]+)\)", event.what)
    return found.group("m") if found else ""


def _medium_of(label: str) -> str:
    """``restored version released on Blu-ray`` → ``Blu-ray``."""
    return label.rsplit(" on ", 1)[-1]


def _place_phrase(event: Event) -> str | None:
    """The event's place as English lists it ("Kenya, Uganda and Tanzania"; "the United
    Kingdom"), ``None`` without one."""
    if not event.place:
        return None
    place = _strip_year(event.place)
    if "," in place and " and " not in place:
        head, _, last = place.rpartition(",")
        place = f"{head} and {last.strip()}"
    return with_article(place)


#: A festival or ceremony is known without its town; a cinema or theatre is not.
_EVENT_NAME = re.compile(r"\b(?:Festival|Fest|Biennale|Berlinale|Awards|Market|Days|Week)\b")


#: Cities a premiere is held in, never at ("had its Moscow premiere").
_KNOWN_CITIES = frozenset(
    {
        "Moscow", "Paris", "London", "Rome", "Berlin", "Tokyo", "Beijing", "Madrid", "Vienna",
        "Prague", "Warsaw", "Budapest", "Athens", "Istanbul", "Cairo", "Mumbai", "Delhi",
        "Kolkata", "Tehran", "Beirut", "Lagos", "Nairobi", "Seoul", "Manila", "Bangkok",
        "Sydney", "Toronto", "Montreal", "New York", "Los Angeles", "Mexico City",
        "Buenos Aires", "Lisbon", "Stockholm", "Oslo", "Copenhagen", "Helsinki", "Tallinn",
        "Riga", "Vilnius", "Kyiv", "Kiev", "Leningrad", "Dublin", "Edinburgh", "Amsterdam",
        "Brussels", "Dakar", "Accra", "Johannesburg", "Hong Kong", "Taipei", "Singapore",
    }
)  # fmt: skip
#: A festival whose name gives no place: the stem adds its town.
_GENERIC_FESTIVAL = re.compile(
    r"(?:National|International|Annual)\s+(?:Film|Cinema|Movie)\s+(?:Festival|Awards)"
)


def _returns_later(event: Event, film: Film) -> bool:
    """Whether the film returned to cinemas after ``event`` (a later re-release)."""
    return any(
        other.kind == "re_release" and other is not event and other.date > event.date
        for other in film.events
    )


def _venue_phrase(event: Event) -> str:
    """ "at the Venice Film Festival" for a venue, "in London" for a place without one."""
    if event.venue and event.venue in COUNTRIES_AND_REGIONS | _KNOWN_CITIES:
        return f" in {with_article(event.venue)}"  # "its Moscow premiere": in a city
    if event.venue:
        where = f" at {_the(_strip_year(event.venue), event.source.quote)}"
        town = event.places[0] if len(event.places) == 1 else None
        building = re.search(
            rf"\bthe\s+{re.escape(event.venue)}\s+(cinema|theatre|theater|hall|picture\s+house)\b",
            event.source.quote,
        )
        if building:
            # "the Scala cinema in Bangkok": the venue with the noun that says what it is
            where = f" at the {event.venue} {building.group(1)}"
            if town and f"{building.group(0)} in {town}" in event.source.quote:
                where += f" in {town}"
            return where
        generic = _GENERIC_FESTIVAL.fullmatch(_strip_year(event.venue))
        if (
            town
            and (not _EVENT_NAME.search(event.venue) or generic)
            and town not in event.venue
            and f"{event.venue} in {town}" in event.source.quote
        ):
            # "the Egyptian Theatre in Park City": a building is found by its town; so is a
            # festival named by no place ("the National Film Festival in Tangier").
            where += f" in {town}"
        return where
    if event.places:
        return f" in {with_article(event.places[0])}"
    return ""


_RIGHTS = re.compile(
    r"\b(?P<kind>streaming|distribution|television|TV|broadcast|theatrical|home[- ]video|"
    r"home[- ]media|adaptation|remake|film|screen|sequel)\s+rights\b",
    re.IGNORECASE,
)


def _rights_kind(event: Event) -> str | None:
    """``streaming rights`` / ``distribution rights`` / ``rights`` as the clause says (a
    stem that says "distribution" for streaming rights claims more than the article);
    ``None`` for the rights to adapt or remake (no territory to ask about)."""
    found = _RIGHTS.search(event.source.quote)
    if found is None:
        # "and in the spring of 1962 he took the project to … in Paris": a clause that
        # names no rights and no deal is no deal to ask about
        # ("…, and to Latin America the following year": the deal's verb is the clause
        # before's, the place this one's)
        return (
            "rights"
            if re.search(
                r"(?i)\b(?:rights?|acquired|acquire|sold|bought|purchased|licensed|picked\s+up|"
                r"secured|obtained)\b",
                event.source.quote,
            )
            or re.match(r"^\s*(?:and\s+)?(?:to|in|for)\s+(?:the\s+)?[A-Z]", event.source.quote)
            else None
        )
    kind = found.group("kind").casefold()
    if kind in {"film", "screen"} and _FROM_THE_AUTHOR.search(event.source.quote):
        return None  # "bought the film rights from Lydon in 1953": the right to adapt his play
    if kind in {"film", "screen"} and event.places and all(p in _COUNTRIES for p in event.places):
        return "distribution rights"  # "the film rights were acquired by X in Japan"
    if kind in {"adaptation", "remake", "film", "screen", "sequel"}:
        return None
    return f"{found.group('kind')} rights"


_COUNTRIES = frozenset({*DEMONYMS.values(), *REGIONS})
#: Rights bought from a person ("the film rights from Lydon"): an author's, to adapt.
_FROM_THE_AUTHOR = re.compile(
    r"\b(?:film|screen)\s+rights\s+(?:to\s+[^,;]+?\s+)?from\s+(?:the\s+(?:author|writer|"
    r"playwright|novelist)\s+)?[A-ZÀ-Þ][\w'’-]+(?!\s+(?:Films?|Pictures|Studios?|Productions?))\b"
)


def _work(event: Event) -> str:
    """What a production date starts or ends, as the clause names it: "principal
    photography" (more filming may have followed), "animation" (nothing was filmed), or
    "filming"."""
    quote = event.source.quote.casefold()
    if "principal photography" in quote:
        return "principal photography"
    if "animation" in quote or "animators" in quote:
        return "animation"
    if re.search(r"\bproduction\b", quote) and not re.search(
        r"\b(?:film(?:ing|ed)|shoot(?:ing)?|shot|photograph\w*|cameras?)\b", quote
    ):
        # "Production took place at the Kecskemét unit from February 1984 until September
        # 1987": an animated feature's production, of which no day was "filming".
        return "production"
    return "filming"


def event_question(event: Event, title: str, shown_again: bool = False) -> str | None:
    """The stem asking for ``event``'s date; a remastered version keeps its own word ("a
    remastered version returned to Korean cinemas" was no restoration). ``shown_again``
    says the film returned to cinemas later, so a restoration's screening without its venue
    has no one date."""
    stem = _event_question(event, title, shown_again)
    if (
        stem
        and re.search(r"(?i)\bremaster", event.source.quote)
        and not re.search(r"(?i)\brestor", event.source.quote)
    ):
        stem = stem.replace("the restored version of", "the remastered version of")
    return stem


def dubbed_version(quote: str) -> str:
    """The version as the clause names it: "the Russian-dubbed version" ("a Russian-dubbed
    version"), "the Pashto version" ("The Pashto version opened …"), else "the dubbed
    version" (a language's name only, never "The director's version")."""
    matches = list(
        re.finditer(
            r"\b(?!(?:The|A|An|Its|This|That)\b)([A-Z][a-z]+)(-dubbed|-language)?\s+(dubbed\s+)?"
            r"version\b",
            quote,
        )
    )
    # "the French version played in Brussels while the Dutch-dubbed version opened in
    # Flanders": the dubbed one is the dub, whichever the clause names first.
    for match in matches:
        if match.group(2) == "-dubbed" or match.group(3):
            return f"the {match.group(1)}-dubbed version"
    for match in matches:
        if match.group(1) in VERSION_LANGUAGES:
            return f"the {match.group(1)} version"
    return "the dubbed version"


def _event_question(event: Event, title: str, shown_again: bool = False) -> str | None:
    """The stem asking for an event's date (``None`` for kinds we cannot phrase)."""
    when = {"day": "On what date", "month": "In which month", "year": "In which year"}[
        event.precision
    ]
    place = _place_phrase(event)
    kind = _template_kind(event)
    label = _label(event)
    if kind == "premiere" and event.what.startswith("premiere of the dubbed version"):
        # "The English dub had its premiere at …": the dub's, not the film's.
        version = dubbed_version(event.source.quote)
        return f"{when} did {version} of {title} have its premiere{_venue_phrase(event)}?"
    if kind == "premiere":
        where = _venue_phrase(event)
        return f"{when} did {title} have its {'world ' if 'world' in event.what else ''}premiere{where}?"
    if kind == "theatrical_release":
        where = f" in {place}" if place else ""
        if label.startswith("release of the dubbed version") and event.scope:
            # "before a wider release the following month", in a sentence about dubs: the
            # scope is the date's own word, the dubs another clause's.
            return f"{when} did {title} go into {event.scope} release{where}?"
        if label == "release of the dubbed versions":
            return f"{when} were the dubbed versions of {title} released{where}?"
        if label == "release of the dubbed version":
            # "a Russian-dubbed version": which dub, when the article says (one of several).
            version = dubbed_version(event.source.quote)
            return f"{when} was {version} of {title} released{where}?"
        if label in {"limited release", "wide release", "general release", "nationwide release"}:
            return f"{when} did {title} go into {label}{where}?"
        return f"{when} was {title} released theatrically{where}?"
    if kind == "trailer":
        thing = _trailer(event)
        if thing in {"teaser", "trailer"}:
            # "the teaser" of a campaign that had several (an audio teaser, a poster
            # teaser): only a named one ("first", "official", "full") is one.
            return None
        return f"{when} was the {thing} for {title} released?"
    if kind == "rights_deal":
        # Distribution rights for a territory, never "the film rights" (which readers take
        # for the adaptation rights); a deal with no territory is not asked.
        kind = _rights_kind(event)
        if not event.places or kind is None:
            return None
        bought = (
            f"the restored version of {title}"
            if RESTORED.search(SAME_DAY_AS.sub("", event.source.quote))
            else title
        )
        if len(event.places) > 3:
            return None  # six territories bought by several companies: no one deal to date
        outside = _OUTSIDE.search(event.source.quote)
        if outside:
            # "rights for all territories outside Southern Africa": the place named is
            # where the deal does not reach.
            where = outside.group("where")
            return f"{when} were the {kind} to {bought} for territories outside {where} acquired?"
        adjectives = [_ADJECTIVES.get(p) for p in event.places]
        if len(event.places) <= 2 and all(adjectives):
            # "the Portuguese rights to X", "the British and Irish rights", as the trade
            # press says it.
            adjective = " and ".join(a for a in adjectives if a)
            rights = f"the {adjective} {kind} to {bought}"
        else:
            rights = f"the {kind} to {bought} for {_place_list(event.places)}"
        if _ANNOUNCED_DEAL.search(event.source.quote):
            # "In February 2025 the sales agent announced that the rights had been
            # acquired": the news is dated, the deal may be older.
            return f"{when} was it announced that {rights} had been acquired?"
        return f"{when} were {rights} acquired?"
    if kind == "festival":
        if not event.venue or not re.search(
            r"(?:Festival|Fest|Biennale|Berlinale|Fleadh)\b", event.venue
        ):
            return None  # a market, a lab or a city is not a festival slot
        role = label
        festival = _strip_year(event.venue)
        town = event.places[0] if len(event.places) == 1 else None
        if (
            town
            and _GENERIC_FESTIVAL.fullmatch(festival)
            and f"{event.venue} in {town}" in event.source.quote
        ):
            festival = f"{festival} in {town}"  # "the National Film Festival in Tangier"
        return (
            f"{when} was {title} the {role} at {_the(festival)}?"
            if role != "screening"
            else (f"{when} was {title} screened at {_the(festival)}?")
        )
    if kind == "filming":
        work = _work(event)
        if work != "filming":
            verb = "begin" if "began" in event.what else "end"
            return f"{when} did {work} {'on' if work == 'animation' else 'of'} {title} {verb}?"
        verb = "begin" if "began" in event.what else "wrap"
        return f"{when} did filming of {title} {verb}?"
    if kind == "streaming":
        if not place or _is_territory(place, event):
            # "streaming on None", "streaming on Luzon in Luzon": the service was not read
            return None
        place = _service(event, place)
        return (
            f"{when} did {title} become available for streaming on {place}"
            f"{_in_places(event)}{_outside(event)}?"
        )
    if kind == "re_release" and label == "restoration premiere":
        return f"{when} did the restored version of {title} premiere{_venue_phrase(event)}?"
    if kind == "re_release" and label == "restoration screening":
        # Without its venue, "screened" holds for every later showing of the restoration
        # too ("screened at the Scala on 3 August and re-released … from 8 August").
        at = _venue_phrase(event)
        if not at and shown_again:
            return None
        return f"{when} was the restored version of {title} screened{at}?"
    if kind == "re_release":
        where = f" in {place}" if place else ""
        if label == "director's cut re-release":
            return f"{when} was the director's cut of {title} released{where}?"
        if label.startswith("restored version released on "):
            return f"{when} was the restored version of {title} released on {_medium_of(label)}{where}?"
        if label.startswith("restored version streaming on "):
            return (
                f"{when} did the restored version of {title} become available for streaming "
                f"on {_service(event, _medium_of(label))}{where}?"
            )
        if label == "restored version streaming":
            return (
                f"{when} did the restored version of {title} become available for streaming{where}?"
            )
        if re.search(r"(?i)restor|remaster", label):
            # "re-released in 12 Finnish cinemas": the cinema run, not the restoration's
            # festival premiere or its streaming the same year.
            cinemas = (
                " in cinemas"
                if re.search(r"\b(?:cinemas|theat(?:re|er)s|screens)\b", event.source.quote)
                else ""
            )
            return f"{when} was the restored version of {title} released{cinemas}{where}?"
        fmt = re.match(r"(3D|IMAX|4K)\b", label)
        extra = f" in {fmt.group(1)}" if fmt else ""
        if "anniversary" in label:
            nth = re.search(
                # ("its fortieth-anniversary season": hyphened too)
                r"(?i)\b(\w+(?:th|st|nd|rd))[\s-]+anniversary(?P<of>\s+of\s+(?:the\s+)?[A-Z][^,;.]*)?",
                event.source.quote,
            )
            if nth and nth.group("of"):
                # "For the 550th anniversary of the Kazakh Khanate": not the film's own.
                extra = f" for the {nth.group(1).casefold()} anniversary{nth.group('of')}"
            elif _OWN_ANNIVERSARY.search(event.source.quote) or not nth:
                extra = (
                    f" for its {nth.group(1).casefold()} anniversary"
                    if nth
                    else " for its anniversary"
                )
            else:
                # "For the tenth anniversary, Nómade re-released the film": of the events
                # the film tells, not necessarily of the film; the stem does not guess.
                extra = ""
        # "It finally returned to Indonesian cinemas in 2022": the cinema run, not the
        # restoration's streaming debut two years before.
        cinemas = (
            " in cinemas"
            if re.search(r"\b(?:cinemas|theat(?:re|er)s|screens)\b", event.source.quote)
            else ""
        )
        return f"{when} was {title} re-released{cinemas}{where}{extra}?"
    if kind == "home_media":
        where = f" in {with_article(event.places[0])}" if event.places else ""
        if _COLORIZED.search(event.source.quote):
            # "issued the colorized version on VHS in 1989": not the original's release.
            return (
                f"{when} was the colorized version of {title} released on {_medium(event)}{where}?"
            )
        # "numerous VHS releases …, the first of which appeared in 1984": the first one.
        first = (
            " first"
            if _FIRST_OF.search(event.source.quote)
            # ("the film was first issued on DVD in 2006": a later reissue may exist)
            or re.search(
                r"\bfirst\s+(?:issued|released|published|came\s+out)\b", event.source.quote
            )
            else ""
        )
        return f"{when} was {title}{first} released on {_medium(event)}{where}?"
    if kind == "release":
        where = f" in {place}" if place else ""
        if place and re.search(
            rf"\b(?:opened|opening|released|went)\b[^.;]*\b(?:across|throughout)\s+(?:the\s+)?"
            rf"{re.escape(place.removeprefix('the '))}\b",
            event.source.quote,
        ):
            # "opened across Jamaica on 3 August", a day after its Kingston premiere (the
            # infobox's "Released"), "before opening across Spain on 1 October": the run
            # across the country, which no premiere was.
            return f"{when} did {title} open in cinemas across {place}?"
        return f"{when} was {title} released{where}?"
    return None


def _festival_like(event: Event) -> bool:
    """A showing at a named event (a festival, its classics strand, a gala), whose dates
    recur every year: "Cannes" is May to anyone, whatever the film."""
    return bool(event.venue) and (
        event.kind in {"premiere", "festival_screening"}
        or (
            event.kind == "re_release"
            and _label(event) in {"restoration premiere", "restoration screening"}
        )
    )


def _at_festival(event: Event) -> bool:
    return event.kind in {"premiere", "festival_screening", "re_release"} and bool(
        re.search(r"(?:Festival|Fest|Berlinale|Biennale|Fleadh|Sundance)\b", event.venue or "")
    )


#: An option's noun phrase → the clause that answers "What happened to X on D?".
_CLAUSES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), clause)
    for pattern, clause in (
        (r"^Its (limited|wide|general|nationwide) release(.*)$", r"It went into \1 release\2"),
        (r"^Its theatrical release(.*)$", r"It was released in cinemas\1"),
        (r"^Its dubbed releases(.*)$", r"Dubbed versions were released\1"),
        (r"^Its dubbed release(.*)$", r"A dubbed version was released\1"),
        (r"^Its streaming release(.*)$", r"It began streaming\1"),
        (r"^Its release(.*)$", r"It was released\1"),
        (r"^Its festival screening$", r"It was screened at a festival"),
        (r"^Its screening(.*)$", r"It was screened\1"),
        (r"^Its premiere(.*)$", r"It premiered\1"),
        (r"^The premiere of its dubbed version(.*)$", r"Its dubbed version premiered\1"),
        (r"^Its re-release(.*)$", r"It was re-released\1"),
        (r"^Its ([aeiou][\w'-]*) re-release(.*)$", r"It had an \1 re-release\2"),
        (r"^Its ([\w'-]+) re-release(.*)$", r"It had a \1 re-release\2"),
        (r"^The premiere of its restoration(.*)$", r"Its restoration premiered\1"),
        (r"^A screening of its restoration(.*)$", r"Its restoration was screened\1"),
        (r"^The streaming release of its (.+?) on (.*)$", r"Its \1 began streaming on \2"),
        (r"^The streaming release of its (.+)$", r"Its \1 began streaming"),
        (
            r"^The release of its (restored version|director's cut|colou?rized version)(.*)$",
            r"Its \1 was released\2",
        ),
        (r"^The release of its (.+)$", r"Its \1 was released"),
        (r"^An acquisition of (.+)$", r"Its \1 were acquired"),
        (r"^The start of (.+)$", r"\1 began"),
        (r"^The end of (.+)$", r"\1 ended"),
    )
)


def _as_clause(phrase: str) -> str | None:
    """``Its premiere at the Regent Theatre`` → ``It premiered at the Regent Theatre``;
    ``None`` for a phrase no rule turns into a clause."""
    for pattern, clause in _CLAUSES:
        if pattern.match(phrase):
            out = pattern.sub(clause, phrase, count=1)
            return out[:1].upper() + out[1:]
    return None


def event_phrase(event: Event) -> str:
    """A noun phrase for an event, used as an option in date → event questions."""
    place = _place_phrase(event)
    kind = _template_kind(event)
    label = _label(event)
    if kind == "premiere" and event.what.startswith("premiere of the dubbed version"):
        return f"The premiere of its dubbed version{_venue_phrase(event)}"
    if kind == "premiere":
        return f"Its premiere{_venue_phrase(event)}"
    if kind == "theatrical_release":
        if label.startswith("release of the dubbed version") and event.scope:
            return (
                f"Its {event.scope} release in {place}" if place else f"Its {event.scope} release"
            )
        if label.startswith("release of the dubbed version"):
            # "Its dubbed release in Sweden": worded like the "Its release in …" beside it
            releases = "releases" if label.endswith("versions") else "release"
            return f"Its dubbed {releases} in {place}" if place else f"Its dubbed {releases}"
        return f"Its {label} in {place}" if place else f"Its {label}"
    if kind == "trailer":
        return f"The release of its {_trailer(event)}"
    if kind == "rights_deal":
        return f"An acquisition of {_rights_kind(event) or 'rights'}"
    if kind == "festival":
        where = _strip_year(event.venue or event.place or "")
        # "Its screening as the opening film at Graz", as a writer puts a festival slot
        slot = "screening" if label == "screening" else f"screening as the {label}"
        return (
            f"Its {slot} at {_the(where, event.source.quote)}" if where else f"Its festival {slot}"
        )
    if kind == "filming":
        what = _work(event)
        return f"The start of {what}" if "began" in event.what else f"The end of {what}"
    if kind == "streaming":
        return (
            f"Its streaming release on {_service(event, place)}{_in_places(event)}{_outside(event)}"
            if place and not _is_territory(place, event)
            else "Its streaming release"
        )
    if kind == "re_release" and label == "restoration premiere":
        return f"The premiere of its restoration{_venue_phrase(event)}"
    if kind == "re_release" and label == "restoration screening":
        return f"A screening of its restoration{_venue_phrase(event)}"
    if kind == "re_release":
        where = f" in {place}" if place else ""
        if label == "director's cut re-release":
            return f"The release of its director's cut{where}"
        if label.startswith("restored version released on "):
            return f"The release of its restored version on {_medium_of(label)}{where}"
        if label.startswith("restored version streaming on "):
            return f"The streaming release of its restored version on {_service(event, _medium_of(label))}{where}"
        if label == "restored version streaming":
            return f"The streaming release of its restored version{where}"
        if re.search(r"(?i)restor|remaster", label):
            return f"The release of its restored version{where}"
        return f"Its {label}{where}"
    if kind == "home_media":
        where = f" in {with_article(event.places[0])}" if event.places else ""
        if _COLORIZED.search(event.source.quote):
            return f"The release of its colorized version on {_medium(event)}{where}"
        return f"Its release on {_medium(event)}{where}"
    return f"Its release in {place}" if place else "Its release"


#: Kinds that are a release of the film in some form: an unqualified "when was it released?"
#: could be answered by any of their dates, so none of them is ever a distractor for it.
RELEASE_KINDS = {
    "premiere",
    "release",
    "streaming",
    "re_release",
    "home_media",
    "festival_screening",
}


#: Kinds of event that put the film before a territory's public: two of them in one
#: territory overlap as options ("its release on DVD in Australia", "its release in
#: Australia"); a premiere or a festival screening there does not.
_RUN_KINDS = {"release", "home_media", "streaming", "re_release"}


def _restoration_overlap(a: Event, b: Event) -> bool:
    """ "A screening of its restoration", at no named place, beside a run whose own sentence
    speaks of the restoration ("the restored version opened in 14 Italian cinemas"): that
    run was a screening of the restoration too."""
    return any(
        x.kind == "re_release"
        and _label(x) == "restoration screening"
        and not _venue_phrase(x)
        and re.search(r"(?i)\brestor|\bremaster", y.source.quote) is not None
        for x, y in ((a, b), (b, a))
    )


def _overlap(a: Event, b: Event) -> bool:
    """Whether two options name runs in one territory, one of them a bare release."""
    if _restoration_overlap(a, b):
        return True
    if a.kind not in _RUN_KINDS or b.kind not in _RUN_KINDS:
        return False
    country, towns = (a, b) if all(p in COUNTRIES_AND_REGIONS for p in a.places) else (b, a)
    if (
        a.source.line == b.source.line
        and a.kind == b.kind == "release"
        and a.places
        and b.places
        and all(p in COUNTRIES_AND_REGIONS for p in country.places)
        and not any(p in COUNTRIES_AND_REGIONS for p in towns.places)
        # (the towns' opening after the country's, in the weeks that follow)
        and 0 <= day_distance(towns.date, country.date) <= 62
        and towns.date >= country.date
    ):
        # "Its Iranian theatrical release began on D …, and it opened in Rasht, Tabriz and
        # Mashhad the following week": the towns' run is part of the country's.
        return True
    return bool(set(a.places) & set(b.places)) and any(
        e.kind == "release" and e.what.startswith("release,") for e in (a, b)
    )


#: A clause that carries on the one before it without a verb of its own ("and from May 10,
#: 1996 in Delhi and Calcutta"): its towns are the previous clause's country's.
_CARRIES_ON = re.compile(
    r"(?i)^\s*(?:and\s+|but\s+)?(?:then\s+|later\s+|first\s+|only\s+)?(?:from|on|in|at)\b"
)
_OWN_VERB = re.compile(
    r"(?i)\b(?:premiered|released|opened|screened|shown|debuted|bowed|re-released|reached|"
    r"played|followed|went|expanded|widened|received|gave|had|got|it|the\s+film)\b"
)


def _nested_runs(film: Film, a: Event, b: Event) -> bool:
    """Whether one release's territory holds the other's: a release in Quebec is one in
    Canada; "released in India on 8 March 1996, first in Darjeeling …, and from May 10 in
    Delhi and Calcutta" makes the Delhi run one in India. Such runs are no options for each
    other's day (a blind review's pattern: "released in India" beside Delhi). A town is not
    taken to be in a country otherwise ("London, Birmingham and Oldham" open many a
    Bangladeshi film abroad)."""
    if a.kind != b.kind or a.kind not in {"release", "re_release"} or not a.places or not b.places:
        return False
    if any(
        REGION_COUNTRY.get(x) == y or REGION_COUNTRY.get(y) == x for x in a.places for y in b.places
    ):
        return True  # "a limited release in Tuva" and "released in Russia": one inside the other
    a_country, b_country = _is_country(", ".join(a.places)), _is_country(", ".join(b.places))
    if a_country and b_country:
        return any(
            REGION_COUNTRY.get(x) == y or REGION_COUNTRY.get(y) == x
            for x in a.places
            for y in b.places
        )
    if a_country == b_country:
        return False
    country, towns = (a, b) if a_country else (b, a)
    quote = towns.source.quote
    if not _CARRIES_ON.match(quote) or _OWN_VERB.search(quote):
        return False
    # The country whose clause it carries on: the last one opened before it in that line.
    before = [
        e
        for e in film.events
        if e.kind == towns.kind
        and e.source.line == towns.source.line
        and e.places
        and _is_country(", ".join(e.places))
        and e.date <= towns.date
    ]
    return bool(before) and max(before, key=lambda e: e.date) is country


def _phrase_within(a: str, b: str) -> bool:
    """Whether one option's words open the other's ("The release of its dubbed version" and
    "… in Quebec"): a player drops the pair, or takes the shorter for the longer."""
    short, long = sorted((a.casefold(), b.casefold()), key=len)
    return long.startswith(short + " ")


def _after_a_home_town(film: Film, event: Event) -> bool:
    """A release in one of the film's own countries that a release in a town (not a
    country) preceded within two months: the town is most likely in that country. (A
    premiere in a town is no release, so it never makes "released in X" ambiguous.)"""
    home = {country.casefold() for country in film_countries(film)}
    if not event.places or not all(p.casefold() in home for p in event.places):
        return False
    return any(
        e.kind == "release"
        and e.places
        and not _is_country(", ".join(e.places))
        and e.date < event.date
        and 0 <= day_distance(e.date, event.date) <= 60
        # "in four Paris cinemas" on France's opening day: the town of another home country
        and not _town_of_a_home_release(film, e)
        for e in film.events
    )


def _town_of_a_home_release(film: Film, event: Event) -> bool:
    """A release in a town (not a country) on the day one of the film's own countries
    opened it: the town's opening is that country's."""
    if not event.places or event.scope or _is_country(", ".join(event.places)):
        return False  # (a limited release in two cities is a fact of its own)
    home = {country.casefold() for country in film_countries(film)}
    return any(
        e.kind == "release"
        and e.date == event.date
        and e.places
        and all(p.casefold() in home for p in e.places)
        for e in film.events
    )


def _trailer(event: Event) -> str:
    """ "first trailer" from "first trailer released, Mumbai" (the place is the event's)."""
    return event.what.split(",")[0].removesuffix(" released")


def _days_of_undated_stages(film: Film, event: Event) -> set[str]:
    """Every day of a month in which the same sentence has the film open somewhere else on a
    day it does not give ("released across Yugoslavia on August 14, 1981; it reached
    Belgrade and Sarajevo the following month"): a September day may be the one it reached
    them, so no such day is offered as a wrong answer."""
    days: set[str] = set()
    for other in film.events:
        if (
            other is event
            or other.precision != "month"
            # ("opened in Malaysia on 21 August 2003 and in Singapore the following month":
            # asked about Singapore, that month is its own, not another city's)
            or set(other.places) & set(event.places)
            or other.source.line != event.source.line
            or other.kind not in {"release", "re_release", "other"}
            or not re.search(
                r"(?i)\b(?:reached|opened|released|arrived|came\s+to|followed|expanded|"
                r"widened|expanding|widening)\b",
                other.source.quote,
            )
        ):
            continue
        year, month = int(other.date[:4]), int(other.date[5:7])
        length = calendar.monthrange(year, month)[1]
        days |= {f"{other.date[:7]}-{day:02d}" for day in range(1, length + 1)}
    return days


def _release_truth(film: Film, event: Event | None) -> list[str]:
    """Dates that would also be correct for a release stem (at the stem's precision)."""

    finer = {"year": 0, "month": 1, "day": 2}

    def shown(e: Event) -> str:
        # "September 10, 2004" makes "September 2004" true for a month stem too.
        if event is not None and finer.get(e.precision, 0) > finer.get(event.precision, 0):
            return format_iso_date(e.date, event.precision)
        return _display(e)

    kind = _template_kind(event) if event else None
    if event is None or (kind == "release" and event.place is None):
        return [shown(e) for e in film.events if e.kind in RELEASE_KINDS]
    if kind == "theatrical_release" and event.place is None:
        # "went into wide release" without a country: any cinema release could be meant.
        return [shown(e) for e in film.events if e.kind in RELEASE_KINDS - {"home_media"}]
    if event.kind == "release" and _label(event) in {
        "release",
        "theatrical release",
    }:
        # "released (theatrically) in X": any release there, limited or wide, counts.
        return [
            shown(e) for e in film.events if e.kind == "release" and e.place in {event.place, None}
        ]
    return [shown(e) for e in film.events if e.kind == event.kind and e.what == event.what]


def _category(event: Event) -> str:
    """Filming dates are production facts; everything else here is the film's release."""
    return "production" if event.kind in {"filming_start", "filming_end"} else CATEGORY


def _display(event: Event) -> str:
    return format_iso_date(event.date, event.precision)


def generate(ctx: Context) -> None:
    film = ctx.film
    premieres = {(e.date, e.venue) for e in film.events if e.kind == "premiere" and e.venue}
    # "after opening in twelve theaters that August" in the lead, "on August 20, 1999" in
    # Release: the same event, asked with the finer date when that one can be asked (the
    # coarser mention comes after it, and is left out once the finer one is asked).
    finer = {
        (e.kind, e.what, e.date[:width])
        for e in film.events
        for width in (4, 7)
        if len(e.date) > width
    }
    coarse = {id(e) for e in film.events if (e.kind, e.what, e.date) in finer}
    asked: list[Event] = []
    for event in sorted(film.events, key=lambda e: id(e) in coarse):
        if event.kind == "festival_screening" and (event.date, event.venue) in premieres:
            # "first shown in competition at the festival on D" retells its premiere there:
            # "When was it screened at …?" would also fit every later showing.
            continue
        if id(event) in coarse and any(
            a.kind == event.kind and a.what == event.what and a.date.startswith(event.date)
            for a in asked
        ):
            continue
        if askable(event):
            before = len(ctx.questions)
            _event_to_date(ctx, event)
            if len(ctx.questions) > before:
                asked.append(event)
            _date_to_event(ctx, event)
    _infobox_release(ctx)
    for deal in film.distribution:
        _territory_to_company(ctx, deal)
    for company in unique(d.company for d in film.distribution):
        _company_to_territory(ctx, company)


def _all_dates(film: Film, precision: str) -> list[str]:
    dates = [_display(e) for e in film.events if e.precision == precision]
    if film.released and precision == "day":
        dates.append(format_iso_date(film.released, "day"))
    return unique(dates)


#: A shoot told apart from the main one: "the closing scene had to be filmed separately in
#: June 1994", "the Brussels scenes were filmed over four days in March", reshoots.
_SHOT_APART = re.compile(
    r"(?i)\b(?:(?:was|were|be|been)\s+(?:re)?(?:filmed|shot)|reshoots?|reshot|pick-?ups?|"
    r"additional\s+(?:photography|filming|scenes)|"
    # "Two further shoots followed: two days at a lotus pond in June 2010"
    r"(?:further|later|extra|additional)\s+(?:shoots?|shooting\s+days|filming\s+days|blocks?)|"
    # "the unit moved to Peru, filming for five days in Juliaca in May 2013"
    r"(?:moved|travelled|traveled|went|relocated)\s+to\s+[A-Z][^,;]*,\s+(?:filming|shooting)\b|"
    r"(?:filming|shooting)\s+(?:for\s+)?(?:[\w-]+\s+){0,2}(?:days?|weeks?)\s+in\b|"
    # "and shot the Japanese scenes over four days in late March"
    r"(?:shot|filmed)\s+(?:the|its|some|a\s+few)\s+(?:[\w-]+\s+){0,2}"
    r"(?:scenes?|sequences?|footage|exteriors|interiors|shots))\b"
)
#: A later block told in the wrap's own month: "late March" after "finished on 14 March".
_LATER_IN_MONTH = re.compile(r"(?i)\b(?:late|later|then|afterwards|after that|the end of)\b")


def _shoot_continued(film: Film, event: Event) -> str | None:
    """Whether the article tells of filming outside the span this start or end closes:
    ``"apart"`` for a block shot apart from principal photography ("the closing scene had to
    be filmed separately in June 1994"), ``"part"`` for filming the span may include ("the
    last four days were filmed in Hull from 9 to 12 April"), ``None`` for neither.

    "When did filming wrap?" then has two answers, the later one unoffered.
    """
    width = len(event.date)
    found: str | None = None
    for other in film.events:
        if other is event:
            continue
        common = min(width, len(other.date))
        outside = (event.kind == "filming_end" and other.date[:common] > event.date[:common]) or (
            event.kind == "filming_start" and other.date[:common] < event.date[:common]
        )
        if (
            event.kind == "filming_end"
            and other.date[:common] == event.date[:common]
            and len(other.date) < width
            and _LATER_IN_MONTH.search(other.source.quote)
        ):
            outside = True  # "finished on 14 March … shot the Osaka scenes in late March"
        if not outside:
            continue
        if other.kind in {"filming_start", "filming_end"}:
            if _APART.search(other.source.quote):
                found = "apart"  # "a second unit filmed the landing in February"
                continue
            return "part"
        if not _SHOT_APART.search(other.source.quote):
            continue
        if not _APART.search(other.source.quote):
            return "part"
        found = "apart"
    return found


#: Filming told as outside principal photography.
_APART = re.compile(
    r"(?i)\b(?:separately|additional|further\s+shoots?|reshoots?|reshot|re-shot|pick-?ups?|"
    r"afterwards|second unit|"
    r"after (?:principal photography|the shoot|filming) (?:had )?(?:ended|wrapped))\b"
)


#: A start or end that is one part's: the location work, the studio work, the exteriors.
_PART_SHOOT = re.compile(
    r"(?i)\b(?:location|studio|exterior|interior)s?\s+(?:shooting|filming|photography|work|shoot)\b|"
    # "Kurosaki's drama unit began principal photography …": one unit of several
    r"\b(?:drama|effects|special[- ]effects|first|main|second|aerial|underwater)\s+unit\b"
)


def _principal_named(film: Film, event: Event) -> bool:
    """ "Principal photography began on D1 and ended on D2": the end's clause lost the
    subject, but its sentence names it."""
    return any(
        "principal photography" in e.source.quote.casefold()
        for e in film.events
        if e.source.line == event.source.line and e.kind in {"filming_start", "filming_end"}
    )


def _event_to_date(ctx: Context, event: Event) -> None:
    film = ctx.film
    title = film.title if event.precision == "year" else ctx.title
    stem = event_question(event, title, _returns_later(event, film))
    if stem is None:
        return
    subtitled = _SUBTITLED_VERSION.search(event.source.quote)
    if event.kind == "release" and subtitled and f"was {title} released" in stem:
        # "a French-subtitled version opened in Quebec the same day": that version's
        # opening, not the film's first in Quebec
        stem = stem.replace(
            f"was {title} released", f"was the {subtitled.group(0)} of {title} released", 1
        )
    if (
        event.kind == "premiere"
        and not event.venue
        and not event.places
        and "world" not in event.what
        and _earlier_of_kind(film, event)
    ):
        # "It had its Brazilian premiere at …, held largely online, on October 24": with a
        # world premiere earlier, a premiere the clause left unplaced is no "its premiere".
        ctx.rejected.append(Rejection("event-to-date", stem, "one of several premieres"))
        return
    if (
        event.kind == "release"
        and not event.places
        and not event.venue
        and not event.scope
        and _earlier_of_kind(film, event)
    ):
        # "StreamAsia … released the film on June 14, 2023": a later release whose place the
        # clause leaves unsaid is no "When was X released?" (the film opened earlier).
        ctx.rejected.append(Rejection("event-to-date", stem, "a later release, unplaced"))
        return
    if (
        event.kind == "release"
        and event.places
        and not event.scope
        and not event.what.startswith("release of the dubbed")
        and any(
            e.kind == "release"
            and e.scope in {"limited", "platform"}
            and set(e.places) & set(event.places)
            and len(e.date) >= len(event.date)
            and e.date[: len(event.date)] < event.date
            for e in film.events
        )
        and any(
            e.kind == "release" and e.scope and e.date == event.date and e is not event
            for e in film.events
        )
    ):
        # "was released in Denmark on March 6" in the lead, where Release tells of a
        # limited run there from February 13 and the wide release on March 6: the wide
        # release is asked as such; "released in Denmark" would mean February.
        ctx.rejected.append(Rejection("event-to-date", stem, "a wider stage, told bare"))
        return
    continued = (
        _shoot_continued(film, event) if event.kind in {"filming_start", "filming_end"} else None
    )
    if event.kind in {"filming_start", "filming_end"} and any(
        _PART_SHOOT.search(e.source.quote)
        for e in film.events
        if e.source.line == event.source.line and e.kind in {"filming_start", "filming_end"}
    ):
        # "Location shooting ran from 18 June to 24 August": the studio work came after.
        ctx.rejected.append(Rejection("event-to-date", stem, "one part of the shoot"))
        return
    if continued:
        if continued == "part" or not _principal_named(film, event):
            ctx.rejected.append(Rejection("event-to-date", stem, "filming went on apart"))
            return
        verb = "begin" if event.kind == "filming_start" else "end"
        stem = f"{stem.split(' did ')[0]} did principal photography of {title} {verb}?"
    if event.precision == "month" and _festival_like(event):
        return  # a festival keeps its month every year: the calendar answers it
    if event.precision == "year" and re.search(r"(?i)\banniversary\b", event.source.quote):
        # "for its 30th anniversary" is the film's year plus thirty; without the number,
        # only the round anniversaries among the options are plausible.
        return
    if event.precision != "year" and (
        re.search(r"(?i)\banniversary\s+of\s+(?!(?:the\s+film|its|the\s+film's)\b)", stem)
        # ("on 3 May 2024, the 92nd anniversary of Hasanova's birth": the quote's too)
        or re.search(
            r"(?i)\banniversary\s+of\s+(?!(?:(?:the|its)\s+)?(?:film|picture|movie|premiere|"
            r"release|original)\b|the\s+film's\b)",
            event.source.quote,
        )
        # "timed for the Day of Indigenous Languages on 27 May": the holiday's day
        or re.search(
            r"\b(?:timed\s+for|to\s+coincide\s+with|to\s+mark|for)\s+(?:the\s+)?"
            r"(?:[A-Z][\w'’-]*\s+){0,4}Day\b",
            event.source.quote,
        )
    ):
        # "re-released for the 40th anniversary of reunification": the day is the
        # anniversary's, which the calendar answers.
        ctx.rejected.append(Rejection("event-to-date", stem, "an anniversary's day"))
        return
    if (
        event.kind == "re_release"
        and event.places
        and not re.search(
            r"(?i)anniversary|restored|remastered|director's cut|\b(?:3D|4K|IMAX)\b", stem
        )
        and any(
            e.kind == "re_release"
            and e is not event
            and e.places == event.places
            and not (e.date.startswith(event.date) or event.date.startswith(e.date))
            for e in film.events
        )
    ):
        # "A 20th-anniversary re-release toured Swiss cinemas in 1988" and the restoration
        # "opened in twelve Swiss cinemas" in 2018: "re-released in Switzerland" is both.
        ctx.rejected.append(Rejection("event-to-date", stem, "another re-release there"))
        return
    if event.kind == "release" and _after_a_home_town(film, event):
        # "It opened in Tallinn on 17 September and on 11 screens across Estonia on 19
        # September": Tallinn is in Estonia, so "released in Estonia" has both dates.
        ctx.rejected.append(Rejection("event-to-date", stem, "a town of that country opened first"))
        return
    if (
        event.kind == "release"
        and event.scope in {"wide", "nationwide"}
        and re.search(
            r"(?i)\b(?:expand|widen)(?:ed|ing|s)?\s+(?:it\s+)?to\s+\d", event.source.quote
        )
        and not re.search(r"(?i)\b(?:wide|wider|nationwide|general)\b", event.source.quote)
    ):
        # "opened in 14 American theatres …, and expanded to 63 the following month": a
        # stage of a limited run, never a wide release.
        ctx.rejected.append(Rejection("event-to-date", stem, "an expansion"))
        return
    if _later_version(film, event):
        # "a limited release in West Germany …; a German-subtitled version followed in
        # 1974", "A te reo Māori version opened in 41 New Zealand cinemas": a second
        # version where the film had opened, which "released in" misdates.
        ctx.rejected.append(Rejection("event-to-date", stem, "a later version"))
        return
    if (
        event.kind == "release"
        and event.scope
        and not event.places
        and any(
            e.kind == "release"
            and e.places
            and e.source.line == event.source.line
            and e.date < event.date
            for e in film.events
        )
    ):
        # "Tango di sangue opened in Rome and Milan on 9 March 1967 and went into wide
        # release in April 1967": a wide release in the towns' country, which the stem
        # could not name.
        ctx.rejected.append(Rejection("event-to-date", stem, "whose country is unnamed"))
        return
    if event.kind == "release" and _town_of_a_home_release(film, event):
        # "opened on 20 March 1968 in four Paris cinemas" beside "Released in France on 20
        # March 1968": one opening, which a second question would give away.
        ctx.rejected.append(Rejection("event-to-date", stem, "the home country's opening"))
        return
    if event.kind == "release" and not event.places and not event.scope:
        # "When was X released?" means its first release: asked only of the earliest.
        earliest = min((e.date for e in film.events if e.kind == "release"), default=event.date)
        # (a coarser mention of the same day, "that August", is no earlier release)
        if event.date != earliest and not event.date.startswith(earliest):
            return
        if any(
            e.kind == "release" and e.places and not e.scope and e.date == event.date
            for e in film.events
        ):
            # "opened at the Cine Ocean in Buenos Aires on May 19": the placed question asks
            # it, and a bare "released" reads as any of the openings that followed.
            ctx.rejected.append(Rejection("event-to-date", stem, "asked with its place"))
            return
    if (
        event.kind == "home_media"
        and event.what == "home media release"
        and any(e.kind == "home_media" and e is not event for e in film.events)
    ):
        return  # "released on home media" in 2004, when a VCD came out in 2003: which one?
    if (
        event.kind == "home_media"
        and not event.places
        and _medium_word(event)
        and any(
            e.kind == "home_media"
            and e.date[:4] < event.date[:4]
            and _same_medium(e, _medium_word(event))
            for e in film.events
        )
    ):
        # "Redline's region 1 DVD, released on January 17, 2006", after a Thai DVD in 2003:
        # "released on DVD" with no territory reads as the first disc.
        ctx.rejected.append(Rejection("event-to-date", stem, "not the first disc"))
        return
    if (
        event.kind == "release"
        and stem.startswith(f"{stem.split(' was ')[0]} was {title} released in ")
        and _first_of_several_openings(film, event)
    ):
        # "premiered at Gramado in August … reached Brazilian cinemas the following month
        # … widened to 110 screens across the country in October": "released in Brazil"
        # reads as any of the three; the first opening in cinemas is one.
        stem = stem.replace(" was ", " did ", 1).replace(
            " released in ", " first open in cinemas in ", 1
        )
    true_set = _release_truth(film, event)
    key = _display(event)
    real = [e.date for e in film.events if e.precision == event.precision]
    if film.released and event.precision == "day":
        real.append(film.released)
    width = {"year": 4, "month": 7, "day": 10}[event.precision]
    # A finer date counts at the stem's precision ("September 10, 2004" is in September).
    true_isos = {
        e.date[:width]
        for e in film.events
        if len(e.date) >= width and format_iso_date(e.date[:width], event.precision) in true_set
    }
    if event.kind == "re_release":
        # "the Cinémathèque showed a new digital print in December 2021, which then had a
        # re-release in Moroccan cinemas in January 2022": the showing's month is the same
        # return a player may call a re-release, so it is never a wrong answer.
        true_isos |= {
            e.date[:width]
            for e in film.events
            if e is not event
            and e.source.line == event.source.line
            and len(e.date) >= width
            # ("the restoration premiered at the Netherlands Film Festival on 26 September
            # 2009 and was re-released in 18 cinemas on October 8": both are its return)
            and re.search(
                r"(?i)\b(?:showed|shown|screened|presented)\b"
                + (
                    ""
                    if re.search(r"(?i)stream|DVD|Blu-ray|VHS", event.what)
                    else r"|\bpremiered\b"
                ),
                e.source.quote,
            )
        }
    if event.kind == "release" and event.places:
        # "released in Havana" in January when it premiered at the Havana festival in
        # December: a player can defend the premiere's month, so it is never a distractor.
        # So is a festival "in Haugesund" that the article calls "the Norwegian International
        # Film Festival", for "released in Norway".
        named = [*event.places, *(_ADJECTIVES.get(p, p) for p in event.places)]
        true_isos |= {
            e.date[:width]
            for e in film.events
            if e.kind in {"premiere", "festival_screening"}
            and len(e.date) >= width
            and any(re.search(rf"\b{re.escape(p)}\b", e.source.quote) for p in named)
        }
    if event.kind == "release" and event.places and not _is_country(", ".join(event.places)):
        # "opened the film in three Paris cinemas in March 1969 before a wide release in May
        # 1969": the wide release reached Paris too, so its month is no wrong answer.
        true_isos |= {
            e.date[:width]
            for e in film.events
            if e.kind == "release"
            and e.source.line == event.source.line
            and e.date > event.date
            and len(e.date) >= width
        }
    if event.kind == "release" and event.places and " first open in cinemas " in stem:
        # "first open in cinemas in Ecuador" after a premiere at a festival in a town of
        # Ecuador's: the premiere's day is a showing there a player can defend.
        true_isos |= {
            e.date[:width]
            for e in film.events
            if e.kind in {"premiere", "festival_screening"}
            and event.precision == "day"
            and len(e.date) >= width
            and e.date < event.date
            and not any(p in COUNTRIES_AND_REGIONS and p not in event.places for p in e.places)
        }
    if event.kind == "release" and event.places and "cinemas" not in stem:
        # "released in France" in 1990 and "released on VHS … in France, in its dubbed
        # version, in 1991": the video is a release in France too.
        true_isos |= {
            e.date[:width]
            for e in film.events
            if e.kind in {"home_media", "streaming"}
            and len(e.date) >= width
            and any(p in event.places for p in e.places)
        }
    if event.precision == "day" and event.kind in {"release", "re_release"}:
        true_isos |= _days_of_undated_stages(film, event)
    chosen = date_options(ctx, f"event-to-date:{event.kind}:{event.what}", event, real, true_isos)
    if chosen is None:
        ctx.rejected.append(Rejection("event-to-date", stem, "no room for dates on both sides"))
        return
    difficulty: Difficulty = (
        "hard"
        if event.kind in {"trailer", "rights_deal", "filming_start", "filming_end"}
        else "medium"
    )
    ctx.multiple(
        category=_category(event),
        template="event-to-date",
        fact=(event.kind, event.what, event.date),
        stem=stem,
        key=key,
        candidates=[],
        chosen=[format_iso_date(d, event.precision) for d in chosen],
        difficulty=difficulty,
        explanation=f"{_event_sentence(event, ctx.title)} {_on(event)} {key}.",
        source=event.source,
        fact_key=f"@{event.kind} {event.date}",
        is_close=(
            (
                lambda options: dates_are_close(
                    event.date, [d.iso for c in options for d in find_dates(c)]
                )
            )
            if event.precision == "day"
            else None
        ),
    )


_SAME_EVENT = re.compile(
    r"\b(?:theatrical|general|wide|nationwide|limited|platform|expanded|cinema|its|the|of|"
    r"restored|restoration|4k|"
    r"remastered|anniversary|digital|director's cut)\b",
    re.I,
)


#: "its 30th anniversary", "the film's 25th anniversary": the film's own.
_OWN_ANNIVERSARY = re.compile(
    r"(?i)\b(?:its|the\s+(?:film|picture|movie)['’]s)\s+(?:\w+\s+)?anniversary\b"
)


def event_meaning(phrase: str) -> str:
    """``Its release`` and ``Its theatrical release`` mean one event to a player; so do
    "its trailer", "its first trailer" and "its teaser" (which trailer came first is no
    knowledge the options could test fairly)."""
    if re.search(r"(?i)\b(?:trailer|teaser)\b", phrase):
        return "trailer"
    if re.search(r"(?i)\bvideo on demand\b|\bVOD\b|\bstreaming\b|\bdigital\b", phrase):
        return "online"  # Stan is a video-on-demand service: one meaning to a player
    return " ".join(_SAME_EVENT.sub(" ", phrase.casefold()).split())


def _date_to_event(ctx: Context, event: Event) -> None:
    film = ctx.film
    if (
        event.precision != "day"
        or event.kind in {"rights_deal", "trailer"}
        or _festival_like(event)
    ):
        # A trailer among releases is the one option of its own kind and wording.
        # A festival's slot among release options: anyone who knows that Venice falls at
        # the turn of September, or Cannes in May, picks it from the date alone.
        return
    if event.kind == "release" and _after_a_home_town(film, event):
        return  # "its release in Estonia" after "it opened in Tallinn": both, that day
    if _later_version(film, event):
        return  # "its release in New Zealand" for a Māori version where the film had opened
    # An event known only to the month or year might have happened on this very day.
    if event.kind == "release" and not event.places and not event.scope:
        # "Its release" names the film's first release: only that date may be its key.
        earliest = min((e.date for e in film.events if e.kind == "release"), default=event.date)
        # (a coarser mention of the same day, "that August", is no earlier release)
        if event.date != earliest and not event.date.startswith(earliest):
            return
    first_showing = min(
        (e.date for e in film.events if e.kind in RELEASE_KINDS and len(e.date) == 10),
        default=None,
    )
    if event.kind == "streaming" and event_phrase(event) == "Its streaming release":
        return  # the service was not read: "its streaming release" could be any of them
    if event.kind in {"filming_start", "filming_end"} and _shoot_continued(film, event):
        return  # "filming wrapped" when a later block was shot: two days fit
    if first_showing and event.date <= first_showing:
        # The film's first showing: every other option came later, so "a 1963 British
        # film opened at home before France or West Germany" answers it.
        return
    same_day = [e for e in film.events if event.date.startswith(e.date)]
    if len({event_phrase(e) for e in same_day if e.date == event.date and askable(e)}) != 1:
        return
    # Options a player cannot rule out by the calendar: events that could have happened on
    # that day (no filming after the premiere, no DVD before the cinemas), nearest first.
    # Another release in the key's own territory is never offered (a DVD release in Japan
    # is also "its release in Japan").
    key_places = set(event.places)
    # One event told twice ("premiered in Denver" in the lead, "at the Denver Theatre" in
    # Release) is one option: both would be wrong together, leaving two to guess.
    told: list[Event] = []
    for e in sorted(film.events, key=lambda e: day_distance(e.date, event.date)):
        if not any(_same_showing(e, t) for t in told):
            told.append(e)
    fitting = [
        e
        for e in told
        # Rights deals are often told undated ("after the festival, X bought the rights"):
        # "an acquisition of rights" could have happened on any day, so it is never offered.
        if askable(e)
        and e.kind != "rights_deal"
        # "Its release" (the first one, unplaced) covers every other release: as a wrong
        # option it is defensible beside "Its limited release in Spain"; so does "its release
        # on home media" beside a VCD.
        and event_phrase(e) != "Its release"
        # "Its re-release" beside the key "Its re-release in the United States": the
        # broader wording is true of the key's day too.
        and not _phrase_within(event_phrase(e), event_phrase(event))
        and not _restoration_overlap(e, event)
        and not (e.kind == "home_media" and e.what == "home media release")
        and not event.date.startswith(e.date)
        and plausible_on(film, e.kind, event.date, e.what)
        # A festival keeps its weeks: "its premiere at Cannes" is no option for a June date.
        and not (_at_festival(e) and day_distance(e.date, event.date) > FESTIVAL_DAYS)
        # A restoration's screening in 2020 is no option for a day in 1956: another era.
        and abs(int(e.date[:4]) - int(event.date[:4])) <= _ERA_YEARS
        and not (
            e.kind in RELEASE_KINDS and event.kind in RELEASE_KINDS and key_places & set(e.places)
        )
        and not _nested_runs(film, e, event)
        # ("released Il dito di luce on DVD …, with both the Italian dub and the original
        # soundtrack": a disc of the dub, so "a dubbed version was released" is true too)
        # (and a disc or a stream often carries the dub: "a dubbed version was released",
        # told of no place, may be true of its day too)
        and not (
            e.what.startswith("release of the dubbed")
            and not e.places
            and (
                event.kind in {"home_media", "streaming"}
                or re.search(r"(?i)\bdub(?:bed|s)?\b", event.source.quote)
            )
        )
    ]
    # A bare release in a territory covers every other run there ("its release in
    # Australia" next to "its release on DVD in Australia"): such options overlap.
    distinct: list[Event] = []
    for e in fitting:
        if not any(
            _overlap(e, other)
            or _phrase_within(event_phrase(e), event_phrase(other))
            # "Its release in Nigeria" and "Its release in Ghana" on one day stand or fall
            # together: a player who knows one date rules out both.
            or e.date == other.date
            for other in distinct
        ):
            distinct.append(e)
    if not event_phrase(event).startswith("The "):
        # "The release of its dubbed version" among three "Its release in …": the one long
        # phrase of another shape stands out, so it is no wrong option beside them.
        distinct = [e for e in distinct if not event_phrase(e).startswith("The ")]
    chosen = _both_sides(event, distinct, [event_phrase(e) for e in same_day if askable(e)])
    if chosen is None:
        # Every option after the key ("its release in Taiwan", "its DVD") leaves the key as
        # the one event that can open the film's story: the calendar answers it.
        ctx.rejected.append(Rejection("date-to-event", event.what, "no option on each side"))
        return
    if event.kind in _AT_HOME and not any(_AT_HOME_PHRASE.search(c) for c in chosen):
        # "Its release on DVD in Denmark" among three cinema releases: the one disc stands
        # out (a blind review's pattern), so another home release takes the last place
        # when the story has one (on its side of the key, the order kept).
        # (from every fitting event: "its release on Blu-ray in Japan" gave way to "its
        # release in Japan" among the options, and may take its place here)
        home_event = next(
            (
                e
                for e in fitting
                if e.kind in _AT_HOME
                and e is not event
                and event_phrase(e) not in chosen
                and _AT_HOME_PHRASE.search(event_phrase(e))
                and event_meaning(event_phrase(e)) != event_meaning(event_phrase(event))
            ),
            None,
        )
        if home_event is not None:
            home = event_phrase(home_event)
            clashing = {
                event_phrase(e)
                for e in distinct
                if _overlap(e, home_event) or e.date == home_event.date
            }
            kept = [c for c in chosen if c not in clashing]
            chosen = [*kept[:2], home]
    key = event_phrase(event)
    scoped = re.match(r"^Its (?:limited|wide|general|nationwide|platform) release in (.+)$", key)
    if (
        scoped
        and chosen
        and all(c.startswith("Its release ") for c in chosen)
        and not any(
            e is not event and e.kind in RELEASE_KINDS and set(e.places) & set(event.places)
            for e in film.events
        )
        # ("opened in a limited release of 84 screens on June 9, widening to 212 screens on
        # June 30": a release there on both days)
        and not any(
            re.search(r"(?i)\b(?:widen|expand|went\s+wide|wider)", e.source.quote)
            for e in film.events
            if e.source.line == event.source.line
        )
    ):
        # "Its limited release in West Germany" among three "Its release in …": the one
        # qualified option stands out; a limited release there is its release there.
        key = f"Its release in {scoped.group(1)}"
    if key.startswith("The ") and not any(c.startswith("The ") for c in chosen):
        # "The release of its dubbed version in New York and Los Angeles" among three
        # "Its release in …" (key or not): the one long phrase of another shape stands out.
        ctx.rejected.append(Rejection("date-to-event", event.what, "the key's form stands out"))
        return
    prefix = "Its release in "
    # "Its limited release in Thailand" among three "Its release in …": where it opened that
    # day is Thailand all the same (a limited release there is a release there).
    key_place = (
        key.removeprefix(prefix) if key.startswith(prefix) else scoped.group(1) if scoped else None
    )
    same_kind = [
        c.removeprefix(prefix)
        for c in (event_phrase(e) for e in distinct)
        if c.startswith(prefix)
        and key_place is not None
        and _is_country(c.removeprefix(prefix)) == _is_country(key_place)
    ]
    if key_place is not None and all(c.startswith(prefix) for c in chosen) and len(same_kind) >= 3:
        # Four options that differ only in their place ("Its release in Montevideo", "Its
        # release in Rosario", …) ask where it opened that day: say so, with places of the
        # key's kind (countries beside a country, towns beside a town).
        ctx.multiple(
            category=_category(event),
            template="date-to-place",
            fact=(event.date, event.kind, event.what),
            stem=(
                # "It expanded to a wide release … across Albania on 6 October": it had
                # opened there before, so "released" that day says too much.
                f"Where did {ctx.title} expand to a wide release {_on(event)} {_display(event)}?"
                if event.scope == "wide" and _EXPANDED.search(event.source.quote)
                else f"Where was {ctx.title} released {_on(event)} {_display(event)}?"
            ),
            key=key_place,
            candidates=[],
            chosen=same_kind[:3],
            true_set=[
                phrase.removeprefix(prefix)
                for e in same_day
                if askable(e) and (phrase := event_phrase(e)).startswith(prefix)
            ],
            difficulty="medium",
            fact_key=f"@{event.kind} {event.date}",
            explanation=f"{_event_sentence(event, ctx.title)} {_on(event)} {_display(event)}.",
            source=event.source,
        )
        return
    clauses = [_as_clause(option) for option in (key, *chosen)]
    true_phrases = [key, *(event_phrase(e) for e in same_day if askable(e))]
    if all(clauses):
        # "What happened to X on D?" is answered by what the film did ("It premiered at the
        # Regent Theatre"), never by a noun phrase ("Its premiere at …"): four blind reviews
        # sent the noun phrases back as options that do not answer the question.
        key, chosen = clauses[0] or key, [c for c in clauses[1:] if c]
        true_phrases = [_as_clause(p) or p for p in true_phrases]
    ctx.multiple(
        category=_category(event),
        template="date-to-event",
        fact=(event.date, event.kind, event.what),
        stem=ctx.variant(
            # (three blind reviews called "Which event in the history of X took place on D?"
            # stilted; the stem a publisher wrote instead)
            (
                f"What happened to {ctx.title} {_on(event)} {_display(event)}?",
                f"{_on(event).capitalize()} {_display(event)}, what happened to {ctx.title}?",
            ),
            event.date,
            event.what,
        ),
        key=key,
        candidates=[],
        chosen=chosen,
        true_set=true_phrases,
        difficulty="medium",
        fact_key=f"@{event.kind} {event.date}",
        explanation=f"{_event_sentence(event, ctx.title)} {_on(event)} {_display(event)}.",
        source=event.source,
    )


#: A run across the whole country, its country unnamed ("across the country").
_ACROSS_THE_COUNTRY = re.compile(r"(?i)\b(?:across|throughout)\s+the\s+country\b|\bnationwide\b")
#: A clause that takes a run already begun to more screens or the whole country.
_WIDENING = re.compile(
    r"(?i)\b(?:widen(?:ed|ing|s)?|expand(?:ed|ing|s)?|went\s+wide|wider\s+release)\b|"
    + _ACROSS_THE_COUNTRY.pattern.removeprefix("(?i)")
)


#: A second version of the film named as the clause's subject.
_A_VERSION_OPENED = re.compile(
    r"(?i)\bsubtitled\s+version\b|\b(?:a|the)\s+(?:[\w'’-]+\s+){1,3}version\s+"
    r"(?:opened|premiered|was\s+released|followed|reached)\b"
)


def _earlier_of_kind(film: Film, event: Event) -> bool:
    """Whether the film has an event of ``event``'s kind on an earlier date (a month that
    holds ``event``'s day is the same one, told less exactly)."""
    return any(
        e.kind == event.kind and e.date < event.date and not event.date.startswith(e.date)
        for e in film.events
    )


_SUBTITLED_VERSION = re.compile(r"\b[A-Z][a-z]+-subtitled\s+version\b")


def _later_version(film: Film, event: Event) -> bool:
    """A release of another version ("A te reo Māori version opened in 41 New Zealand
    cinemas") where the film had already opened: no release of the film."""
    return (
        event.kind == "release"
        and _A_VERSION_OPENED.search(event.source.quote) is not None
        and any(
            e.kind == "release" and e.places == event.places and e.date < event.date
            for e in film.events
        )
    )


def _first_of_several_openings(film: Film, event: Event) -> bool:
    """A country's unqualified release ("reached Brazilian cinemas") that a premiere on the
    infobox's release date came before, or a widening after: "released in Brazil" has more
    than one date then, and only "first open in cinemas" names this one. Never when an
    earlier release there is known."""
    if (
        event.scope
        or not event.places
        or not _is_country(", ".join(event.places))
        or event.kind != "release"
    ):
        return False
    if any(
        e.kind in {"release", "re_release"}
        and e is not event
        and set(e.places) & set(event.places)
        and e.date < event.date
        for e in film.events
    ):
        return False
    # (a festival premiere on the infobox's "Released" date, which a reader takes for the
    # release, in the film's own country)
    home = {country.casefold() for country in film_countries(film)}
    in_home = all(p.casefold() in home for p in event.places)
    premiered = in_home and any(
        e.kind == "premiere"
        and e.venue is not None
        and _EVENT_NAME.search(e.venue) is not None
        and e.date < event.date
        and day_distance(e.date, event.date) <= 120
        and film.released == e.date
        for e in film.events
    )
    at_home = in_home and len(home) == 1
    widened = any(
        e is not event
        and e.kind in {"release", "other"}
        and e.date > event.date
        and not event.date.startswith(e.date)
        and _WIDENING.search(e.source.quote)
        # (an unplaced "across the country" is the film's one home country's)
        and (
            set(e.places) <= set(event.places)
            if e.places
            else at_home and _ACROSS_THE_COUNTRY.search(e.source.quote) is not None
        )
        for e in film.events
    )
    return premiered or widened


def _is_country(place: str) -> bool:
    """ "West Germany", "Lebanon and the United Arab Emirates": territories, not towns."""
    parts = [p.removeprefix("the ") for p in re.split(r",\s*|\s+and\s+", place)]
    return all(p in COUNTRIES_AND_REGIONS for p in parts)


#: Kinds watched at home, and the option phrases that name one.
_AT_HOME = {"home_media", "streaming"}
_AT_HOME_PHRASE = re.compile(
    r"(?i)\b(?:DVD|Blu-ray|VHS|LaserDisc|VCD|video|home media|streaming|television|TV|"
    r"broadcast|digital|on demand|Netflix|disc)\b"
)


def _both_sides(event: Event, distinct: list[Event], true_set: list[str]) -> list[str] | None:
    """Three option phrases for ``event``'s date, nearest first, one of them earlier than the
    key and one later; ``None`` when the story has no event on one side."""
    key = event_phrase(event)
    taken = {event_meaning(t) for t in (*true_set, key)}
    options: list[tuple[str, str]] = []
    for e in distinct:
        phrase = event_phrase(e)
        meaning = event_meaning(phrase)
        if meaning in taken:
            continue
        taken.add(meaning)
        options.append((phrase, e.date))
    earlier = [p for p, d in options if d < event.date]
    later = [p for p, d in options if d > event.date]
    if not earlier or not later:
        return None
    first = [earlier[0], later[0]]
    rest = [p for p, _ in options if p not in first]
    return (first + rest)[:3] if len(first + rest) >= 3 else None


#: Events further apart than this are of different eras of a film's life (its first run,
#: a restoration decades later): one is never an option for the other's date.
_ERA_YEARS = 10


def _same_showing(a: Event, b: Event) -> bool:
    """Whether two mentions tell one event: same kind and day, and no two different places
    (a release in Canada and one in the United States the same day are two)."""
    if (a.kind, a.date) != (b.kind, b.date):
        return False
    where_a = {*a.places, *([a.venue] if a.venue else [])}
    where_b = {*b.places, *([b.venue] if b.venue else [])}
    # "the Denver Theatre" is in Denver.
    return not where_a or not where_b or any(x in y or y in x for x in where_a for y in where_b)


def _infobox_release(ctx: Context) -> None:
    """ "When was X first released?" from the infobox date, only when it is the first
    release the article knows of and not a premiere the event questions already ask."""
    film = ctx.film
    if not film.released or not film.released_source:
        return
    released = film.released
    earlier = [
        e for e in film.events if e.kind in RELEASE_KINDS and e.date < released[: len(e.date)]
    ]
    same_day = [e for e in film.events if e.date == released and e.kind in RELEASE_KINDS]
    if earlier or same_day:
        return
    key = format_iso_date(released, "day")
    event = Event("release", "first release", released, "day", film.released_source)
    real = [e.date for e in film.events if e.precision == "day"]
    true_isos = {e.date for e in film.events if e.kind in RELEASE_KINDS and e.precision == "day"}
    chosen = date_options(ctx, f"infobox-released:{released}", event, real, true_isos)
    if chosen is None:
        return
    ctx.multiple(
        category=CATEGORY,
        template="infobox-released",
        fact=(released,),
        stem=f"On what date was {ctx.title} first released?",
        key=key,
        candidates=[],
        chosen=[format_iso_date(d, "day") for d in chosen],
        difficulty="medium",
        explanation=f"{ctx.title} was first released on {key}.",
        source=film.released_source,
    )


def distributors(film: Film) -> list[str]:
    """Companies the film's deals or credits name as distributors."""
    credited = [c.name for c in film.credits if c.role.casefold().startswith("distribut")]
    return unique([*(d.company for d in film.distribution), *credited])


def _deal_companies(film: Film, territory: str) -> list[str]:
    return [d.company for d in film.distribution if territory in d.territories]


_CLEAN_NAME = re.compile(
    r"^[A-ZÀ-ÞŁŚŠŻŽČĆŘŐŰ][\w'’.&/-]*"
    r"(?:\s+(?:[A-ZÀ-ÞŁŚŠŻŽČĆŘŐŰ0-9][\w'’.&/+-]*|and|of|de|the|du|la|di|del|do|da))*$"
)


#: Words every distributor's name may carry: a name made only of them ("Distribution
#: Company", or "Distribution" left of "Öresund Distribution") names no one.
_TRADE_WORDS = frozenset(
    [
        "distribution",
        "distributions",
        "distributor",
        "distributors",
        "company",
        "companies",
        "films",
        "film",
        "pictures",
        "picture",
        "cinema",
        "cinemas",
        "screen",
        "screens",
        "releasing",
        "release",
        "media",
        "entertainment",
        "studio",
        "studios",
        "productions",
        "production",
        "group",
        "international",
        "home",
        "video",
        "the",
        "and",
        "of",
    ]
)


def _clean_deal(deal: DistributionDeal) -> bool:
    """A deal whose company and territory read as names ("Pyramide Films", "Italy"); a
    clause caught with them ("Pyramide Films, and the film opened") is never printed, nor a
    company named only in trade words."""
    return (
        bool(_CLEAN_NAME.match(deal.company))
        and any(w.casefold() not in _TRADE_WORDS for w in deal.company.split())
        and all(_CLEAN_NAME.match(t) for t in deal.territories)
    )


def name_tells(company: str, territory: str) -> bool:
    """Whether a word of ``company`` spells ``territory`` or its people ("Kazakhfilm" →
    Kazakhstan, "Lankafilms" → Sri Lanka): such a name answers any question pairing the two.
    Only stems of five letters or more count ("Mali" is inside "Malibu")."""
    stems = {
        *(w.casefold() for w in territory.split() if len(w) >= 5),
        *(d.casefold() for d, t in DEMONYMS.items() if t == territory and len(d) >= 5),
        # its own name and its cities, on their first five letters ("Vilniaus")
        *(
            w.casefold()[:5]
            for w in OWN_WORDS.get(territory.removeprefix("the "), ())
            if len(w) >= 4
        ),
    }
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", company)]
    return any(w.startswith(stem) for w in words for stem in stems)


def _deal_object(deal: DistributionDeal, title: str) -> str:
    """What the deal bought, as the clause says: "the restored version of X" when the rights
    were to a restoration (the original release may have had other distributors)."""
    return f"the restored version of {title}" if RESTORED.search(deal.source.quote) else title


def _deal_rights(deal: DistributionDeal) -> str:
    """ "streaming rights" / "television rights" when the clause says so, else "distribution
    rights" (a stem claiming distribution for a streaming deal says more than the article)."""
    found = _RIGHTS.search(deal.source.quote)
    kind = found.group("kind").casefold() if found else "distribution"
    if kind in {"streaming", "television", "tv", "broadcast", "home video", "home-video"}:
        return f"{found.group('kind') if found else kind} rights"
    return "distribution rights"


def _territory_to_company(ctx: Context, deal: DistributionDeal) -> None:
    film = ctx.film
    if not deal.territories or not _clean_deal(deal):
        return
    territory = deal.territories[0]
    true_set = _deal_companies(film, territory)
    if len(unique(true_set)) != 1 or name_tells(deal.company, territory):
        return
    # Distributors only (this film's other territories', then the bank's): a production
    # company beside them would leave the one "Distribution" name as the answer.
    candidates: Iterable[str] = _nearby_first(
        ctx, territory, chain(ctx.values(distributors), ctx.pool_values(distributors))
    )
    focus = pointing(deal.company, territory)
    if focus is not None:
        # "Yoru Films" for Japan among Nordic names: the key's name answers it, unless
        # every option points there as narrowly ("Maghreb-Écran" for Morocco among names
        # that read only as Arabic is still the one).
        candidates = [
            c for c in candidates if (own := pointing(c, territory)) is not None and own <= focus
        ]
    else:
        # "Distribuidora Alcatraz" for China is out at a glance: only names that read
        # neutral, or as the territory's, beside a key that does not point anywhere.
        candidates = [c for c in candidates if not looks_from(c) or territory in looks_from(c)]
    bought = _deal_object(deal, ctx.title)
    acquired = _ACQUIRED.search(deal.source.quote)
    ctx.multiple(
        category=CATEGORY,
        template="territory-to-distributor",
        fact=(territory, deal.company),
        fact_key=deal.company,
        stem=ctx.variant(
            (
                f"Which company acquired the rights to {bought} in {territory}?",
                f"Who bought the {_deal_rights(deal)} to {bought} for {territory}?",
                f"Which company bought {bought} for {territory}?",
            )
            if acquired
            # "Nordlys released it in Sweden": a release, no purchase the article tells of
            else (f"Which company released {ctx.title} in {territory}?",),
            territory,
            deal.company,
        ),
        key=deal.company,
        candidates=candidates,
        true_set=true_set,
        difficulty="medium",
        explanation=(
            f"{deal.company} acquired {ctx.title} for {_place_list(deal.territories)}."
            if acquired
            else f"{deal.company} released {ctx.title} in {_place_list(deal.territories)}."
        ),
        source=deal.source,
        tags=("distribution",),
    )


#: A deal told as a purchase ("acquired the rights", "bought it"), not only as a release.
_ACQUIRED = re.compile(
    r"(?i)\b(?:acquired|acquisition|bought|purchased|picked\s+up|secured|sold|pre-sold|rights)\b"
)


def _place_list(places: Sequence[str]) -> str:
    """``Denmark, Finland and Sweden``, each with the article English needs."""
    named = [with_article(p) for p in places]
    return named[0] if len(named) == 1 else f"{', '.join(named[:-1])} and {named[-1]}"


def _territory_form(territory: str) -> str:
    """``country``, ``region`` ("North America", "Scandinavia") or ``group`` ("the United
    Kingdom and Ireland"): options of one form read alike."""
    if " and " in territory or "," in territory:
        return "group"
    return "region" if territory in REGIONS else "country"


def _not_one_block(film: Film, company: str, candidates: list[str]) -> list[str]:
    """At most two territories of any one other deal: "Germany, Switzerland and Austria"
    (one buyer's block) beside the key leave the key as the odd one out."""
    block_of = {
        t: deal.company
        for deal in film.distribution
        if deal.company != company
        for t in deal.territories
    }
    taken: dict[str, int] = {}
    kept = []
    for territory in candidates:
        block = block_of.get(territory)
        if block is not None:
            if taken.get(block, 0) >= 2:
                continue
            taken[block] = taken.get(block, 0) + 1
        kept.append(territory)
    return kept


#: A deal reaching past its named territory ("South Africa and neighbouring countries",
#: "the rest of the region"): its neighbours may be its own, never wrong options.
_REACHES_FURTHER = re.compile(
    r"(?i)\b(?:neighbou?ring|surrounding|rest\s+of|the\s+region|regional|and\s+other|"
    r"territories)\b"
)


def _nearby_territories(ctx: Context, company: str, key: str, own: Sequence[str]) -> list[str]:
    """The key's neighbours that are provably not ``company``'s: another company's deal
    holds them, or the article never names them. "Ubuntu Films" for South Africa among
    Belgium, Norway and the United Kingdom is answered by its name; among Botswana, Namibia
    and Zimbabwe it is not."""
    film = ctx.film
    if any(
        _REACHES_FURTHER.search(d.source.quote) for d in film.distribution if d.company == company
    ):
        return []
    others = {t for d in film.distribution if d.company != company for t in d.territories}
    named = ctx.memo("places-named-text", lambda: _places_text(film))
    return [
        t for t in neighbours(key) if t not in own and (t in others or not _names_place(named, t))
    ]


def _nearby_first(ctx: Context, territory: str, companies: Iterable[str]) -> list[str]:
    """``companies`` with those that distribute in ``territory``'s neighbourhood first:
    "Yeongwha Bridge" for South Korea hides best among names from Japan and Taiwan, each
    as local to its own land."""
    near = set(neighbours(territory))
    local = {
        d.company
        for film in (ctx.film, *ctx.others)
        for d in film.distribution
        if near.intersection(d.territories)
    }
    ordered = list(companies)
    return [c for c in ordered if c in local] + [c for c in ordered if c not in local]


#: Territories that are part of another ("Réunion" is France): never options for each other.
_PART_OF = {
    **REGION_COUNTRY,
    "Réunion": "France",
    "Mayotte": "France",
    "Martinique": "France",
    "Guadeloupe": "France",
    "French Guiana": "France",
    "French Polynesia": "France",
    "New Caledonia": "France",
    "Greenland": "Denmark",
    "Faroe Islands": "Denmark",
    "Hong Kong": "China",
    "Macau": "China",
    "Puerto Rico": "United States",
    "Curaçao": "Netherlands",
}


def _apart(a: str, b: str) -> bool:
    """Whether neither territory is part of the other ("Réunion" and "France" are not)."""
    a, b = a.removeprefix("the "), b.removeprefix("the ")
    return _PART_OF.get(a) != b and _PART_OF.get(b) != a


def _places_text(film: Film) -> str:
    """Every quote the film's facts keep, one text: where a territory is named at all."""
    quotes = [
        *(e.source.quote for e in film.events),
        *(d.source.quote for d in film.distribution),
        *(a.source.quote for a in film.amount_mentions),
        *(a.source.quote for a in film.amounts),
        *(r.source.quote for r in film.first_releases),
        *(loc.source.quote for loc in film.locations),
        *(q.source.quote for q in film.numbers),
        *(r.source.quote for r in film.records),
        *(p.source.quote for p in film.production),
        *(v for entry in film.infobox for v in entry.values),
    ]
    return "\n".join(quotes)


def _names_place(text: str, territory: str) -> bool:
    """Whether ``text`` names ``territory`` or calls something after it ("Botswanan")."""
    return bool(_place_words(territory).search(text))


@lru_cache(maxsize=512)
def _place_words(territory: str) -> re.Pattern[str]:
    """One pattern for a territory's name and its demonyms, compiled once per territory."""
    names = [territory, *(d for d, t in DEMONYMS.items() if t == territory)]
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + ")")


#: A deal the article dates by its announcement ("announced that the rights had been
#: acquired by …").
_ANNOUNCED_DEAL = re.compile(
    r"(?i)\b(?:announced|revealed|confirmed|reported|said)\s+(?:that\s+)?[^.;]*?\bhad\s+"
    r"(?:been\s+)?(?:acquired|sold|bought|purchased|secured|picked\s+up|licensed)\b"
)


#: A release that widened an earlier one ("expanded to a wide release", "widened to").
_EXPANDED = re.compile(r"(?i)\b(?:expand(?:ed|ing)|widen(?:ed|ing)|went\s+wide)\b")


def _deals_told(company: str, title: str, deals: Sequence[DistributionDeal]) -> str:
    """What the article says the company did where: "acquired X for France and released it
    in Belgium", never "released" where it only bought the rights, nor the reverse."""
    bought = unique(t for d in deals if _ACQUIRED.search(d.source.quote) for t in d.territories)
    released = [
        t
        for t in unique(
            t for d in deals if not _ACQUIRED.search(d.source.quote) for t in d.territories
        )
        if t not in bought
    ]
    if not bought:
        return f"{company} released {title} in {_place_list(released)}."
    told = f"{company} acquired {title} for {_place_list(bought)}"
    return f"{told} and released it in {_place_list(released)}." if released else f"{told}."


def _company_to_territory(ctx: Context, company: str) -> None:
    film = ctx.film
    deals = [d for d in film.distribution if d.company == company]
    # (one territory told twice, "rights acquired by Cineriz in Italy" and "Cineriz
    # released it in Italy in 1965", is one place)
    own = list(dict.fromkeys(t for d in deals for t in d.territories))
    if not own or not all(_clean_deal(d) for d in deals):
        return
    key = own[0]
    if name_tells(company, key):
        return
    several = len(own) > 1
    focus = pointing(company, key)
    bought = _deal_object(deals[0], ctx.title)
    stem = (
        f"In which of these territories did {company} acquire the rights to {bought}?"
        if several
        else f"In which territory did {company} acquire the rights to {bought}?"
    )
    if not all(_ACQUIRED.search(d.source.quote) for d in deals):
        # "Nordlys released it in Sweden": a release, no purchase the article tells of
        stem = (
            f"In which of these territories did {company} release {ctx.title}?"
            if several
            else f"In which territory did {company} release {ctx.title}?"
        )

    def fair(t: str) -> bool:
        # "Zénith Classiques" points to France: only territories its name points to as
        # narrowly are fair options then ("Azteca" reads Mexico or Guatemala, not all
        # Spanish-speaking lands).
        if not _apart(t, key):
            return False
        return focus is None or (
            (own_focus := pointing(company, t)) is not None and own_focus <= focus
        )

    nearby = [t for t in _nearby_territories(ctx, company, key, own) if fair(t)]
    if neighbours(key) and len(nearby) < 3:
        # "Ubuntu Screen" for South Africa beside the United Kingdom and France: without
        # three of its neighbours to offer, the far options leave the name to answer it.
        ctx.rejected.append(Rejection("distributor-to-territory", company, "too few neighbours"))
        return
    # Only the neighbours then: a far land among them is the one a player strikes first.
    far: Iterable[str] = (
        () if nearby else chain(ctx.values(territories), ctx.pool_values(territories))
    )
    ctx.multiple(
        category=CATEGORY,
        template="distributor-to-territory",
        fact=(company, key),
        fact_key=company,
        stem=stem,
        key=key,
        candidates=_not_one_block(
            film,
            company,
            sorted(
                (t for t in chain(nearby, far) if fair(t)),
                # "North America" among three countries stands out: like forms first.
                key=lambda t: _territory_form(t) != _territory_form(key),
            ),
        ),
        true_set=own,
        difficulty="medium",
        explanation=_deals_told(company, ctx.title, deals),
        source=deals[0].source,
        tags=("distribution",),
    )
