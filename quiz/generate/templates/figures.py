"""Numbers with what they count, asked as "How many …?" where the article's own clause says
plainly what is counted.

Only shapes whose question can be worded from the clause without guessing are asked:
hopefuls who auditioned, territories sold to, opening screens or cinemas, nominations at a
named ceremony, days or weeks of shooting, and admissions or takings over a stated window
("over its first weekend" stays in the stem: a figure over a period is never the total).
Distractors are near-misses at the key's precision on both sides, never equal to another
figure the article gives for the same thing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from quiz.facts.events import COUNTRIES_AND_REGIONS
from quiz.facts.model import Film, Quantity
from quiz.facts.money import CURRENCY_WORDS
from quiz.facts.numbers import NEXT_FIGURE
from quiz.facts.places import COUNTRY_NAMES, place_run, territories, with_article
from quiz.generate.context import Context
from quiz.generate.kinds import film_countries
from quiz.generate.nearmiss import near_amounts, near_quantities, numbers_are_close
from quiz.generate.templates.box_office import LEAVES_SOME_OUT
from quiz.generate.templates.production import whole_shoot
from quiz.generate.templates.release import dubbed_version

#: Words before a screen count that make it a wide opening ("opening wide on 38 screens").
_WIDE_BEFORE = re.compile(r"(?i)\b(?:wide|wider|widened|widening|expanded|expanding|nationwide)\b")

_AUDITION = re.compile(
    r"\b(?P<noun>(?:hopefuls|actors|actresses|girls|boys|children|people|applicants|candidates|"
    r"teenagers|dancers|singers|extras)"
    # "600 girls and young women auditioned": the count is of both
    r"(?:\s+and\s+(?:young\s+)?(?:women|men|boys|girls|teenagers|adults|children))?)"
    r"\b[^.;]{0,20}\b(?:auditioned|applied|tried out|were seen|"
    r"were screened)",
    re.IGNORECASE,
)
_SOLD = re.compile(
    r"\b(?:sold|pre-sold|presold)\b[^.;]{0,40}\bto\s+[\d,]+\s+(?:territories|countries|markets)\b"
)
_SCREENS = re.compile(
    r"\b(?:opened|released|debuted|opening|bowed|premiered)\b[^.;]{0,60}?\b(?:on|in|across)\s+"
    r"(?:about\s+|some\s+)?[\d,]+\s+(?:screens|cinemas|theaters|theatres|venues)\b",
    re.IGNORECASE,
)
_NOMINATIONS = re.compile(
    r"\b(?:earned|received|garnered|picked up|scored|collected|got)\s+[\w,]+\s+nominations\s+at\s+"
    # ("at the Platino Awards and one at the Goya Awards": a small word only inside a name)
    r"(?:the\s+)?(?P<ceremony>(?:\d{1,3}(?:st|nd|rd|th)\s+)?[A-Z][\w'’.&-]*"
    r"(?:\s+(?:[A-Z][\w'’.&-]*|(?:of|for|and|&)(?=\s+[A-Z])))*)"
)
_SHOOT = re.compile(
    r"\b(?:shot|filmed|filming|shooting|photography|shoot)\b[^.;]{0,40}\bover\s+|"
    r"\b(?:days|weeks)\s+of\s+(?:shooting|filming|(?:principal\s+)?photography)\b|"
    r"\b(?:shooting|filming)\s+days\b",
    re.IGNORECASE,
)
_FOR_PART = re.compile(
    # ("for the small role of Wubit": the part's size is no part of its name)
    r"\bfor\s+the\s+(?:(?:small|title|lead|leading|main|central|key|young)\s+)?(?:role|part)\s+of\s+"
    r"(?P<role>(?:young\s+|the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
    # ("Finding an actor to play Fermín took longer: around sixty actors were seen")
    r"|\b(?:actor|actress|child|boy|girl|someone)\s+to\s+play\s+(?P<played>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
)
#: The actor chosen from those who auditioned: "X, a 19-year-old student, was picked from
#: about 60 young actresses who auditioned".
_PICKED_FROM = re.compile(
    r"(?P<who>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)+)(?:,[^,;]{1,60},)?\s+was\s+"
    r"(?:picked|chosen|selected|cast)\s+(?:from|out\s+of|over|ahead\s+of)\b"
)
_PICKED_UNNAMED = re.compile(
    r"^\s*(?:was|were)\s+(?:picked|chosen|selected|cast)\s+(?:from|out\s+of|over)\b"
)
#: One casting call in one town: "at an open audition in Sudbury where 212 boys were seen".
_HELD_AUDITION = re.compile(
    r"\b(?:an?|the)\s+(?P<call>(?:open\s+|public\s+)?(?:audition|casting call|casting session|"
    r"open call))\s+(?:held\s+)?in\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
)
#: "640 actors auditioned for Tong": a part named without "the role of".
_FOR_NAMED = re.compile(
    r"\b(?:auditioned|chosen|cast|picked|selected)\s+(?:as|for)\s+"
    r"(?P<role>(?:young\s+|the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
)
#: A count stated as of a moment ("before its release", "by the end of the festival").
_BY_THEN = re.compile(
    r"\b(?:before|ahead of)\s+(?:its|the film's|the film’s)\s+(?:\w+\s+)?(?:release|premiere|opening)"
    r"|\bbefore\s+(?:shooting|filming|production|principal photography)\s+(?:began|started)"
    r"|\bby\s+the\s+end\s+of\s+(?:the|its)\s+[\w\s]{1,30}?(?=[,.;]|$)"
    r"|\bby\s+the\s+end\s+of\s+(?:19|20)\d\d"
)
_OPEN_ENDED = re.compile(r"^(?:more than|over|at least|just over)\b", re.IGNORECASE)
_BOUND = re.compile(
    r"^(?:more than|over|at least|just over|upwards of|in excess of|nearly|almost|under|"
    r"fewer than|less than|just under|close to|up to)\b",
    re.IGNORECASE,
)
_PLACE_IN = re.compile(r"\bin\s+(?P<place>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)")


#: Where each count belongs: a cinema count is a release fact, admissions box office.
_CATEGORIES = {
    "nominations-count": "awards",
    "opening-screens": "release",
    "territories-count": "release",
    "admissions-over-period": "box_office",
}


#: "During its first week at the Pallas and in Piraeus": a cinema and a town counted
#: together, which the town alone would misplace.
_VENUE_AND_PLACE = re.compile(
    r"\bat\s+the\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+and\s+(?:in|at)\s+(?:the\s+)?[A-Z]"
)


def _full_ceremony(name: str, quote: str, film: Film) -> str:
    """The clause's ceremony, read to the end of the accolades table's own name for it.

    The pattern stops at lower-case words, so "the 9th Youth in Film Awards" would lose its
    tail; a table ceremony that the clause spells out from the same start is the full name.
    """
    start = quote.find(name)
    ordinal = re.match(r"\d{1,3}(?:st|nd|rd|th)\s+", name)
    bare = name[ordinal.end() :] if ordinal else name
    for ceremony in sorted({award.ceremony for award in film.awards}, key=len, reverse=True):
        longer = ceremony.startswith(bare) and len(ceremony) > len(bare)
        if longer and start >= 0 and ceremony in quote[start:]:
            return (ordinal.group(0) if ordinal else "") + ceremony
    return name


def _period(period: str) -> str:
    """ "opening-day" (an adjective in "an opening-day gross") as a noun: "opening day"."""
    return re.sub(r"(\w)-(day|days|weekend|week|weeks)\b", r"\1 \2", period)


def _scoped_period(number: Quantity) -> str:
    """``limited opening weekend`` where the quote says so: a limited opening is not the
    film's opening weekend once it went wide."""
    period = number.period or ""
    found = re.search(
        rf"\b(limited|wide|platform)\s+{re.escape(period)}\b", number.source.quote, re.I
    )
    if found:
        return f"{found.group(1).casefold()} {period}"
    after = re.search(
        rf"\b{re.escape(period)}\s+in\s+(?:its\s+)?(limited|wide|platform)\s+release\b",
        number.source.quote,
        re.I,
    )
    # ("Its opening weekend in wide release drew 43,700 admissions": the wide release's,
    # after a limited opening weekend the stem would otherwise mean)
    return f"{after.group(1).casefold()} {period}" if after and period else period


def _over(period: str) -> str:
    """ "over its first weekend", but "on its opening day" (one day is no stretch of time)."""
    noun = _period(period)
    return (
        f"on its {noun}"
        if re.fullmatch(r"(?:opening|first|debut)\s+day", noun)
        else f"over its {noun}"
    )


def _spell(value: float) -> str:
    return f"{int(value):,}" if value == int(value) else f"{value:g}"


def _ask(
    ctx: Context,
    number: Quantity,
    template: str,
    stem: str,
    explanation: str,
    units: set[str],
    difficulty: str = "hard",
    also_true: Iterable[str] = (),
) -> None:
    film = ctx.film
    if _BOUND.search(number.text):
        # "sold more than 2.6 million tickets": 3,000,000 would be true as well, and
        # "nearly 2.6 million" makes 2,200,000 true; a bound is no value to pick.
        return
    key = _spell(number.value)
    taken = {_spell(n.value) for n in film.numbers if n.unit in units} | set(also_true)
    near = [_spell(v) for v in near_quantities(number.value) if v == int(v)]
    near = [v for v in near if v not in taken]
    if number.approximate and not stem.startswith("About "):
        # "sold about 412,000 tickets": the options keep the article's hedge, or the key
        # reads as an exact count.
        key = f"About {key}"
        near = [f"About {v}" for v in near]
    ctx.multiple(
        category=_CATEGORIES.get(template, "production"),
        template=template,
        fact=(template, key, str(number.source.line)),
        stem=stem,
        key=key,
        candidates=[],
        near=near,
        balanced=True,
        true_set=[key],
        difficulty=difficulty,  # type: ignore[arg-type]
        explanation=explanation,
        source=number.source,
        is_close=lambda chosen: numbers_are_close(
            number.value, [float(c.removeprefix("About ").replace(",", "")) for c in chosen]
        ),
    )


_SOME_VENUES = re.compile(
    r"\b(?:at|in|across)\s+(?:the\s+|its\s+)?(?:\w+\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}"
    r"(?:venues|cinemas|theatres|theaters|screens|houses|halls)\b"
)


def _money(ctx: Context, number: Quantity) -> None:
    film = ctx.film
    if not number.period or "average" in number.counts:
        return
    if re.search(
        r"\b(?:rights|paid|bought|purchased|fee|salary|loan|budget)\b", number.source.quote
    ):
        return  # "saw it during its first week and bought the rights for £6,000": no takings
    if re.search(
        r"(?i)\b(?:expansion|expanded|widen(?:ed|ing)|re-?releas\w*|reissue\w*)\b",
        number.source.quote,
    ):
        return  # "the wide expansion opened with $1.12 million": a later stage's weekend
    same_paragraph = [e for e in film.events if e.source.line == number.source.line]
    if (
        re.match(r"(?:It|They|This)\b", number.source.quote)
        and any(e.kind == "re_release" for e in same_paragraph)
        and not any(e.kind in {"release", "premiere"} for e in same_paragraph)
    ):
        # "… re-released it in Czech cinemas on November 21, 2019. It earned CZK 1.3 million
        # in its opening weekend": "it" may be the re-release, whose weekend is no opening.
        return
    quote = number.source.quote.replace(film.title, "…")
    if _SOME_VENUES.search(quote):
        return  # "$14,500 in its first week at the nine Los Angeles venues": part of the run
    if re.search(r"\bat\s+(?:the\s+)?[A-Z][^,.;]*\balone\b", quote):
        return  # "took E£14,300 at the Cinema Qasr el-Nil alone": one cinema's share
    at_venue = _AT_VENUE.search(quote)
    # (the quote's words about this figure only: "£93,200 during its first run: £61,400 in
    # New Zealand, …" names no place for the total)
    at = quote.find(number.text)
    own = quote[:at] + NEXT_FIGURE.split(quote[at + len(number.text) :])[0] if at >= 0 else quote
    place = number.place or place_run(own)
    if place is None and re.match(r"(?i)(?:and\s+)?(?:where|there)\b", quote):
        # "The dubbed version opened in Los Angeles …, where it grossed $11,200 in its
        # opening weekend": the place is the clause before's, which the stem cannot see.
        return
    if place is None and number.unit != _home_currency(film) and not at_venue:
        return  # takings in a foreign currency with no territory: the stem could not say where
    home = _one_country(film)
    # ("£93,200 during its first run: £61,400 in New Zealand, …": a total over markets)
    broken_down = at >= 0 and bool(re.match(r"[^.;]*?:", quote[at + len(number.text) :]))
    if broken_down:
        home = None
    if place is None and not at_venue and home and len(_release_places(film) - {home}) > 0:
        # "A$412,000 in its opening weekend from 48 screens", when New Zealand opened the
        # same day: the home currency's takings are the home market's.
        place = home
    if place is None and not at_venue and not broken_down and len(_release_places(film)) > 1:
        # "Alfama released it in Portugal on October 14, 2021, on 38 screens. It took
        # €61,300 in its opening weekend": the release its paragraph tells, when it opened
        # in other countries too.
        local = {p for e in same_paragraph if e.kind == "release" for p in e.places}
        if len(local) == 1 and (only := next(iter(local))) in COUNTRIES_AND_REGIONS:
            place = only
    key = number.text
    symbol = re.match(r"^\D+", key)
    prefix = symbol.group(0) if symbol else ""
    # ("38 million lire": the scale before the currency word counts too)
    scale = re.search(r"\s(million|billion|thousand|crore|lakh)(?=$|\s+[^\W\d]+$)", key)
    factor = {"million": 1e6, "billion": 1e9, "thousand": 1e3, "crore": 1e7, "lakh": 1e5}.get(
        scale.group(1) if scale else "", 1.0
    )

    # "€1.24 million" among "€1.4 million" and "€0.9 million": the precise one stands out,
    # so every option keeps the key's decimals.
    decimals = len(found.group(1)) if (found := re.search(r"\.(\d+)", key)) else 0

    # "410,000 pesos": the currency word the article writes after the figure stays on
    # every option.
    word = re.search(r"\s([^\W\d]+)$", key)
    after_word = f" {word.group(1)}" if word and word.group(1) in CURRENCY_WORDS else ""

    def show(value: float) -> str:
        scaled = value / factor
        if scale and decimals > 1:
            text = f"{scaled:,.{decimals}f}"
        elif scale:
            text = f"{scaled:,.1f}".rstrip("0").rstrip(".")
        else:
            text = f"{scaled:,.0f}"
        return f"{prefix}{text}{' ' + scale.group(1) if scale else ''}{after_word}"

    others = {show(n.value) for n in film.numbers if n.unit == number.unit}
    near = [
        s
        for v in near_amounts(number.value)
        if (s := show(v)) not in others
        and s != key
        # "R$2.3 million" among "R$2 million" and "R$3 million": the precise one stands out.
        and ("." in s) == ("." in key)
        # "€1.00 million" beside "€1.24 million": a round figure padded out reads made up.
        and (not re.search(r"\d\.0+(?!\d)", s) or bool(re.search(r"\d\.0+(?!\d)", key)))
    ]
    where = f" in {with_article(place)}" if place else ""
    if at_venue:
        # "£6,850 in its first week at the Plaza": one cinema's takings, not the film's.
        where = f" at {at_venue.group('venue')}"
    ctx.multiple(
        category="box_office",
        template="takings-over-period",
        fact=(number.unit, key, number.period),
        stem=f"How much did {ctx.title} take{where} {_over(_scoped_period(number))}?",
        key=key,
        candidates=[],
        near=near,
        balanced=True,
        true_set=[key],
        difficulty="hard",
        explanation=f"{ctx.title} took {key}{where} {_over(_scoped_period(number))}.",
        source=number.source,
    )


def generate(ctx: Context) -> None:
    film = ctx.film
    title = ctx.title
    for number in film.numbers:
        quote = number.source.quote.replace(film.title, "…")  # the title names no place
        unit = number.unit
        if unit in {"admissions", "tickets"} and number.period and re.search(r"\bof them\b", quote):
            continue  # "sold 318,400 tickets, about 96,000 of them during its first run": whose period?
        if LEAVES_SOME_OUT.search(quote):
            # "sold about 186,000 cinema tickets, not counting the organised screenings": a
            # part of the count, which "How many admissions" would take for all of it.
            continue
        if unit in {"admissions", "tickets"} and re.search(r"\balone\b", quote):
            continue  # "in its first four days the Skandia alone sold 19,800 tickets": one cinema
        if unit in {"admissions", "tickets"} and number.period:
            # "412,000 admissions in its first weekend in Brazil": the place stays, or the
            # figure reads as the film's whole first weekend.
            place = number.place or (None if _VENUE_AND_PLACE.search(quote) else place_run(quote))
            if place is None and len(_release_places(film)) > 1:
                continue  # which country's first weekend? the stem could not say
            where = f" in {with_article(place)}" if place else ""
            _ask(
                ctx,
                number,
                "admissions-over-period",
                f"How many admissions did {title} record{where} {_over(_scoped_period(number))}?",
                f"{title} recorded {_spell(number.value)} admissions{where} over its "
                f"{number.period}.",
                {"admissions", "tickets"},
            )
        elif unit.isupper() and len(unit) == 3:
            _money(ctx, number)
        elif (audition := _AUDITION.search(quote)) and audition.group("noun").split()[
            0
        ].casefold() == unit:
            noun = audition.group("noun").casefold()
            if _OPEN_ENDED.search(number.text):
                continue  # "more than 3,000": "more than 2,000" would be true as well
            part = _FOR_PART.search(quote) or _FOR_NAMED.search(quote)
            if part is None and re.search(r"\bfor\s+(?:the\s+)?(?:role|part)s?\b", quote):
                continue  # auditioned for a role the stem could not name
            role = (part.group("role") or part.groupdict().get("played")) if part else None
            if role is None:
                # "Lieve Vanderstraeten … was picked from about 60 young actresses who
                # auditioned": the part of the actor picked
                picked = _PICKED_FROM.search(quote)
                role = next(
                    (
                        m.role
                        for m in ctx.film.cast
                        if picked and m.actor and m.role and m.actor == picked.group("who")
                    ),
                    None,
                )
            if role is None and _PICKED_UNNAMED.match(quote):
                continue  # "… was picked from about 60 young actresses": for a part unsaid
            what = f"for the role of {role} in" if role else "during the casting of"
            about = "About how many" if number.approximate else "How many"
            held = _HELD_AUDITION.search(quote)
            if held and not part:
                # "found at an open audition in Sudbury where 212 boys were seen": that one
                # call's count, which "during the casting" would take for all of it.
                call = f"the {held.group('call')} in {held.group('place')}"
                stem = f"{about} {noun} were seen at {call} for {title}?"
                told = (
                    f"{_hedge_word(number.text)}{_spell(number.value)} {noun} were seen at {call}."
                )
            else:
                stem = f"{about} {noun} auditioned {what} {title}?"
                told = f"{_hedge_word(number.text)}{_spell(number.value)} {noun} auditioned."
            _ask(ctx, number, "auditions-count", stem, told, {unit})
        elif unit in {"territories", "countries", "markets"} and _SOLD.search(quote):
            # "sold to 30 territories before its release": a count by then, not in all.
            by = _BY_THEN.search(quote)
            when = f" {by.group(0)}" if by else ""
            _ask(
                ctx,
                number,
                "territories-count",
                f"To how many {unit} had {title} been sold{when}?"
                if by
                else f"To how many {unit} was {title} sold?",
                f"{title} was sold to {_spell(number.value)} {unit}{when}.",
                {unit},
                "medium",
            )
        elif (
            unit in {"screens", "cinemas", "theaters", "theatres"}
            and _SCREENS.search(quote)
            and not re.search(r"(?i)\bre-?releas|\brestor|\breissue|\bexpand", quote)
        ):
            at = quote.find(number.text)
            before = quote[:at] if at >= 0 else quote
            if re.search(
                r"(?i)\b(?:widen|expand|ris|increas|grow|extend)\w*\s+(?:\w+\s+)?to\s+$", before
            ):
                continue  # "…, widening to 71 screens in its third week": no opening count
            if re.search(
                r"(?i)\b(?:alongside|as\s+well\s+as|besides|beside)\s+(?:a|an|the|its)\s+"
                r"(?:[\w-]+\s+){0,3}(?:version|print|cut|dub)\s+(?:\w+\s+)?$",
                before,
            ):
                continue  # "… on 210 screens, alongside a subtitled version in 14 cinemas"
            # "opened on 48 screens across Malaysia": the place right after the figure first.
            after = (
                re.match(
                    # (", and in Taiwan in January": the next country's words, not these)
                    r"\s+(?:(?!and\b)\w+\s+)?(?:across|in|throughout)\s+[^;.]{2,80}",
                    quote[at + len(number.text) :],
                )
                if at >= 0
                else None
            )
            if after and re.search(
                r"\b(?:and|plus)\s+(?:\w+\s+)?other\s+(?:cities|towns|markets|states)\b",
                after.group(0),
            ):
                continue  # "in New York, Los Angeles and four other cities": no one place's
            if after and re.search(
                r"\bacross\s+(?:the|both)\s+(?:two\s+|three\s+|four\s+)?(?:cities|towns|countries)\b",
                after.group(0),
            ):
                continue  # "opened in São Paulo the same day, playing on 46 screens across the
                # two cities": both cities' screens, which no one city's stem can ask
            if after and re.search(
                r"\b[A-Z][\w'’-]*\s+and\s+(?:the\s+|other\s+|several\s+|some\s+|many\s+)?"
                r"(?:main|major|larger|smaller|provincial|regional|other|rural|surrounding)\b",
                after.group(0),
            ):
                continue  # "in 86 theaters in Metro Manila and the main provincial cities"
            listed = territories(after.group(0)) if after else []
            countries_before = [t for t in territories(before) if t in COUNTRY_NAMES]
            if (
                # (three provinces are named as the screens' places; four towns are a list)
                len(listed) > 3
                and len(countries_before) == 1
                and not any(t in COUNTRY_NAMES for t in listed)
            ):
                # "released it in Kenya on October 18, 2019, on 14 screens in Nairobi,
                # Mombasa, Kisumu and Eldoret": the country's opening, as a player asks it.
                listed = []
                country_run: str | None = countries_before[0]
            else:
                country_run = None
            run = country_run or (
                # "on 34 screens in Gauteng, the Western Cape and KwaZulu-Natal": all three
                (
                    ", ".join(with_article(p) for p in listed[:-1])
                    + f" and {with_article(listed[-1])}"
                    if len(listed) > 2
                    else None
                )
                or (place_run(after.group(0)) if after else None)
                or place_run(before, last=True)
                or place_run(quote)
            )
            paired = False
            if run and not number.place:
                # "opened it in the Basque Country and Navarre on D, on 46 screens": both.
                named = territories(before)
                bare = run.removeprefix("the ")
                if bare in named[:-1]:
                    partner = named[named.index(bare) + 1]
                    if re.search(
                        rf"{re.escape(bare)}\s+and\s+(?:the\s+)?{re.escape(partner)}", before
                    ):
                        run = f"{with_article(bare)} and {with_article(partner)}"
                        paired = True
            place = number.place or run
            where = f" in {place if paired else with_article(place)}" if place else ""
            if not where and (
                re.search(r"\b(?:limited|platform|wide|expanded)\b", quote)
                or len(_release_places(film)) > 1
            ):
                continue  # which of its releases? the stem could not say
            # "released Radio Valley in 46 cinemas": the dub's opening, named by its title.
            same_sentence = [
                e
                for e in film.events
                if e.kind == "release"
                and e.source.line == number.source.line
                and (number.text in e.source.quote or e.source.quote in quote)
            ]
            # ("It opened across Belgium on D, on 58 screens: … while the Dutch-dubbed
            # version opened in Flanders the same day": the film's own opening counts them)
            dub = bool(same_sentence) and all(
                e.what.startswith("release of the dubbed version") for e in same_sentence
            )
            # ("The Hindi version, Himalaya Ki Chhaya, was released in India …, on 85
            # screens": the event's sentence names the version the figure's clause lost)
            version_words = " ".join([quote, *(e.source.quote for e in same_sentence)])
            opened = f"{dubbed_version(version_words)} of {title}" if dub else title
            at = quote.find(number.text)
            # ("… before opening wide on 38 screens across Cambodia": the wide opening, after
            # two cinemas; "open" alone would be the first)
            wide = " wide" if at >= 0 and _WIDE_BEFORE.search(quote[max(0, at - 40) : at]) else ""
            _ask(
                ctx,
                number,
                "opening-screens",
                f"{'On' if unit == 'screens' else 'In'} how many {unit} did {opened} "
                f"open{wide}{where}?",
                f"{opened[0].upper()}{opened[1:]} opened{wide}{where} "
                f"{'on' if unit == 'screens' else 'in'} {_spell(number.value)} {unit}.",
                {unit},
            )
        elif unit == "nominations" and (ceremony := _NOMINATIONS.search(quote)):
            name = _full_ceremony(ceremony.group("ceremony").strip(), quote, film)
            _ask(
                ctx,
                number,
                "nominations-count",
                f"How many nominations did {title} receive at the {name}?",
                f"{title} received {_spell(number.value)} nominations at the {name}.",
                {"nominations"},
                "medium",
            )
        elif (
            unit in {"days", "weeks"}
            and _SHOOT.search(quote)
            and not number.approximate
            and not re.search(
                r"^\s+in\s+[A-Z]",
                quote[quote.find(number.text) + len(number.text) :]
                if number.text in quote
                else " in X",
            )
        ):
            # "shot over 52 days in Memphis and New Orleans" counts one part of the shoot,
            # and so does "the underwater sequences were filmed over four days".
            if _shoot_already_asked(film) or not whole_shoot(quote):
                continue
            principal = re.search(r"(?i)\bprincipal\s+photography\b", quote)
            if unit == "days":
                # "after 29 shooting days": days the cameras rolled, which the calendar span
                # of the shoot (22 October to 28 November, 38 days) exceeds; that span is
                # no wrong answer to "how many days did it take?", so the stem counts
                # shooting days and the span is never offered.
                of = "principal photography of " if principal else ""
                stem = f"How many shooting days did {of}{title} have?"
                told = f"{'Principal photography of ' if principal else ''}{title} had {_spell(number.value)} shooting days."
                told = told[:1].upper() + told[1:]
            elif principal:
                # "Principal photography … totalling 12 weeks", with more shooting elsewhere.
                stem = f"How many {unit} of principal photography did {title} take?"
                told = f"Principal photography of {title} took {_spell(number.value)} {unit}."
            else:
                stem = f"How many {unit} of shooting did {title} take?"
                told = f"{title} took {_spell(number.value)} {unit} of shooting."
            _ask(
                ctx, number, "shoot-length", stem, told, {unit}, "medium", _shoot_spans(film, unit)
            )


#: "at the Plaza", "at the Odeon Leicester Square": a cinema a figure belongs to.
_AT_VENUE = re.compile(
    r"\bat\s+(?P<venue>the\s+(?!(?:\d|[A-Z][\w'’-]*\s+(?:Festival|Awards)))[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*)*"
    # "at Cinema Rivoli", "at Kino Atlas": a cinema named without "the"
    r"|(?:Cinema|Cinéma|Cine|Kino|Teatro|Théâtre|Theatre|Theater)\s+[A-ZÀ-Þ][\w'’-]*"
    r"(?:\s+[A-ZÀ-Þ][\w'’-]*)*)(?=\s*[,.;)]|\s+(?:in|on|the|it|during)\b|$)"
)


def _hedge_word(text: str) -> str:
    """``About `` for "about 340", empty for a plain figure: the article's own hedge."""
    found = re.match(r"(?i)(about|around|roughly|some|approximately|an estimated|nearly)\s", text)
    return f"{found.group(1).capitalize()} " if found else ""


def _release_places(film: Film) -> set[str]:
    """The territories the film was released in (a count with no place is ambiguous when
    there are several)."""
    return {p for e in film.events if e.kind == "release" for p in e.places}


def _shoot_spans(film: Film, unit: str) -> list[str]:
    """The calendar span of the shoot in ``unit`` (counted both ways), from its dated start
    and wrap: a reading of "how long did it take" that a player could defend."""
    starts = [e.date for e in film.events if e.kind == "filming_start" and len(e.date) == 10]
    ends = [e.date for e in film.events if e.kind == "filming_end" and len(e.date) == 10]
    if not starts or not ends:
        return []
    days = (dt.date.fromisoformat(max(ends)) - dt.date.fromisoformat(min(starts))).days
    if days <= 0:
        return []
    if unit == "weeks":
        return [_spell(days // 7), _spell(-(-days // 7))]
    return [_spell(days), _spell(days + 1)]


def _one_country(film: Film) -> str | None:
    """The film's one country by its infobox (``None`` for a co-production or none)."""
    countries = film_countries(film)
    return countries[0] if len(countries) == 1 else None


def _home_currency(film: Film) -> str | None:
    """The currency most of the film's money figures are in (its home market's)."""
    units = [n.unit for n in film.numbers if n.unit.isupper() and len(n.unit) == 3]
    # Ties go to the currency named first (a set's order would vary with the hash seed and
    # make builds differ from run to run).
    return max(dict.fromkeys(units), key=units.count) if units else None


def _shoot_already_asked(film: Film) -> bool:
    """The production template already asks "shot over N days" durations it reads itself."""
    return any(f.kind == "duration" and f.verb == "shot" for f in film.production)
