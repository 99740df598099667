"""Box-office questions: admissions, gross and budget, with near-miss amounts.

Distractors are 14–38 % either side of the key, rounded to the key's precision and written in
the same form (currency symbol, thousands separators, ``million`` wording); no distractor may
equal another true figure of the film.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from quiz.facts.events import COUNTRIES_AND_REGIONS
from quiz.facts.model import Amount, Film
from quiz.facts.money import CURRENCY_SYMBOLS, CURRENCY_WORDS
from quiz.facts.places import DEMONYMS, VERSION_LANGUAGES, place_run, territories, with_article
from quiz.generate.context import Context
from quiz.generate.difficulty import number_difficulty
from quiz.generate.nearmiss import near_amounts, numbers_are_close

CATEGORY = "box_office"
_LEADING_MARK = re.compile(r"^([^\d\s]{1,4}\s?)(?=\d)")
_TRAILING_WORD = re.compile(
    rf"\d(?:\s+(?:thousand|million|billion|crore|lakh))?\s+({'|'.join(CURRENCY_WORDS)})$"
)


def format_like(value: float, amount: Amount) -> str:
    """Write ``value`` the way ``amount.text`` is written."""
    text = amount.text
    prefix = ""
    if amount.currency:
        # Whatever currency mark the article writes before the figure ("₦", "US$", "NOK "):
        # an option without it no longer says what it counts.
        written = _LEADING_MARK.match(text)
        prefix = written.group(1) if written else ""
    # "28 million francs", "410,000 rubles": the currency word the article writes after.
    word = _TRAILING_WORD.search(text) if amount.currency else None
    after = f" {word.group(1)}" if word else ""
    for scale, factor in (
        ("billion", 1e9),
        ("crore", 1e7),
        ("million", 1e6),
        ("lakh", 1e5),
        ("thousand", 1e3),
    ):
        if scale in text:
            number = value / factor
            decimals = len(text.split(".")[1].split()[0]) if "." in text else 0
            if scale == "million" and round(number, decimals) < 1:
                # "€900,000" beside "€1.2 million", as a publisher writes it (blind reviews
                # marked "€0.9 million" unidiomatic three times): below a million the figure
                # is written out, to the key's precision.
                step = 10 ** (6 - decimals)
                return f"{prefix}{round(value / step) * step:,.0f}{after}"
            spaced = " " if f" {scale}" in text else ""
            return (
                f"{prefix}{number:,.{decimals}f}{spaced}{scale}".replace(
                    f"{spaced}{scale}", f" {scale}"
                )
                + after
            )
    body = f"{value:,.0f}" if "," in text or value >= 10000 else f"{value:.0f}"
    suffix = after or ("" if prefix or not amount.currency else f" {amount.currency}")
    return f"{prefix}{body}{suffix}"


#: "1.00 million", "5.0 million": decimals that are all zeros.
_ZERO_DECIMALS = re.compile(r"\d\.0+(?!\d)")

_STEMS = {
    "admissions": "How many admissions did {film} record{where}?",
    "gross": "How much did {film} gross{where}?",
    "budget": "What was the budget of {film}?",
}
#: Near-misses within this share of any amount the article states are never offered.
MIN_GAP = 0.05


def _scale_word(text: str) -> str | None:
    return next((w for w in ("billion", "crore", "million", "lakh", "thousand") if w in text), None)


def _close_check(key: float, by_text: dict[str, float]) -> Callable[[list[str]], bool]:
    """Judge the chosen (displayed) near-misses by the values they were made from."""

    def is_close(chosen: list[str]) -> bool:
        return numbers_are_close(key, [by_text[c] for c in chosen if c in by_text])

    return is_close


#: A figure over part of the run ("in its opening weekend", "the re-release sold …", "by
#: 2 April") is never asked as the film's total.
_PART = re.compile(
    r"\b(?:opening|first|second|debut)\s+(?:weekend|week|day|days|weeks|three days|five days)\b|"
    r"\bre-?releas(?:e|ed|ing)\b|\breissue[ds]?\b|\bfurther\b|\bby\s+(?:\d|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)|\bby the end of\b(?!\s+(?:its|the)\s+(?:\w+\s+)?run\b)|\bpassed\b|\bcrossed\b",
    re.IGNORECASE,
)
_RUN = re.compile(
    r"\b(?:during|over|in)\s+its\s+(?:original|initial|first)\s+run\b|"
    r"\bits\s+(?:original|initial|first)\s+run\s+in\b|"
    r"\b(?:the|its)\s+(?:original|initial|first)\s+run\s+(?:ended|closed|finished)\b|"
    # "where its first run earned Rs 52,000"
    r"\b(?:the|its)\s+(?:original|initial|first)\s+run\s+(?:earned|grossed|took|made|"
    r"brought\s+in|drew|sold)\b",
    re.I,
)


#: "The 2001 re-release added another 31,000 Dutch admissions": a later run's takings on top.
_LATER_RUN_ADDED = re.compile(
    r"(?i)\bre-?releas\w*\b[^.;]{0,60}\b(?:added|brought in|another|a further)\b"
)


_YEAR_RUN = re.compile(r"(?i)\b(?:the|its)\s+(?:19|20)\d\d\s+(?:release|run)\b")


def _later_run_added(film: Film, place: str | None = None) -> bool:
    """Whether the article adds a re-release's figures to the first run's (in ``place``,
    when the figure has one: "The 1985 re-release added 310,000 admissions in Brazil" adds
    nothing to the Portuguese count)."""
    quotes = [q.source.quote for q in film.numbers] + [m.source.quote for m in film.amount_mentions]
    for quote in quotes:
        if _LATER_RUN_ADDED.search(quote):
            named = territories(quote) or {
                # ("The 2022 re-release added R$214,000": where the film was re-released)
                p
                for e in film.events
                if e.kind == "re_release"
                for p in e.places
            }
            if place is None or not named or place.removeprefix("the ") in named:
                return True
    return False


def _askable_amounts(amounts: list[Amount]) -> list[Amount]:
    """The amounts that are totals: a budget always; admissions and takings unless their
    clause scopes them to part of the run."""
    return [a for a in amounts if a.kind == "budget" or not _PART.search(a.source.quote)]


#: A figure for part of the run: one cinema alone, the first days, or a date before its end.
#: A stated window at the start of the run: "during its first year of all-Union
#: distribution", "in its first four days".
_FIRST_WINDOW = re.compile(
    r"\b(?:[Ii]n|[Oo]ver|[Dd]uring)\s+(?:its|the)\s+first\s+(?:\w+\s+)?(?:days?|weeks?|months?|"
    r"years?)\b"
)
_PART_OF_RUN = re.compile(
    r"\balone\b|\b(?:in|over|during)\s+(?:its|the)\s+first\s+\w+\s+(?:days?|weeks?|months?)\b|"
    # "During its five weeks of limited release, the film sold 14,800 tickets", "The limited
    # release sold 18,940 tickets in its two weeks": one stage of the run
    r"\blimited\s+(?:release|run)\b|"
    r"\b(?:in|over|during)\s+(?:its|the)\s+(?:two|three|four|five|six|seven|eight|nine|ten|"
    r"\d+)\s+(?:days?|weeks?|months?)\b|"
    # "Belgium and Switzerland added about 9,600 admissions": an addition to another total
    r"\badded\b|\banother\b|\ba\s+further\b|"
    # "sold 498,716 tickets in the capital": one city's count
    r"\bin\s+the\s+(?:capital|city|town)\b|"
    r"^\s*By\s+(?:the\s+time\b|the\s+close\b|\d|(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b)"
)
#: Another film's figure: "after his comedy Tre dagar i Tranås (1960) had drawn …".
_ANOTHER_FILM = re.compile(
    r"\b(?:his|her|their|the director's|its director's)\s+(?:\w+\s+){0,2}"
    r"(?:film|comedy|drama|feature|picture|documentary|thriller|musical|debut)\b|"
    r"\((?:19|20)\d\d\)"
)
#: Words before a figure that make it no takings of the film's run: another film's record
#: ("overtaking the 2009 comedy Sombra di Kas, which had sold 31,200 tickets"),
#: a grant or advance, one cinema's sales.
_NOT_ITS_TAKINGS = re.compile(
    r"(?i)\b(?:previous|old|former|earlier|existing)\s+record\s+(?:of|was|stood\s+at)\s+$|"
    r"\b(?:overtaking|overtook|surpassing|surpassed|beating|passing|outgrossing|outgrossed|"
    r"displacing|displaced)\b[^.;]*\b(?:which|that|whose)\s+(?:had\s+)?(?:sold|drawn|drew|"
    r"grossed|taken|took|recorded|earned)\s+(?:\w+\s+)?$|"
    # ("the record … previously held by the 2009 drama Los Caminos del Sol with 187,000")
    r"\b(?:previously|formerly|until\s+then|once)\s+(?:held|set)\s+by\b[^.;]*$|"
    r"\brecord\b[^.;]*\b(?:set|held)\s+by\b[^.;]*$|"
    r"\badvance\s+on\s+receipts\b|\bavance\s+sur\s+recettes\b|"
    r"\b(?:grant|subsidy|loan|fund|funding|contributed|contribution)\b[^.;]{0,40}$|"
    r"^(?:The\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}(?:cinema|theatre|theater|multiplex|picture\s+house)"
    r"(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?\s+(?:sold|took|grossed|drew|recorded)\b"
)
#: A parenthesis that limits a figure ("(US and Canada rentals)", "(domestic)"); a year or
#: "(worldwide)" does not.
_SCOPED = re.compile(
    r"\((?![^)]*\b(?:worldwide|est\.?|estimated)\b)(?=[^)]*[A-Za-z])(?!\s*\d{4}\s*\))[^)]*\)"
)


def _hedge(amount: Amount) -> str:
    """The article's own hedge before the figure ("about ", "more than "), else empty."""
    quote = amount.source.quote
    at = quote.find(amount.text)
    found = re.search(
        r"\b(about|approximately|around|nearly|almost|over|more than|roughly|an estimated|"
        r"some|at least|upwards of|in excess of|close to|a little under|just under|under|"
        r"less than|a little over|just over|slightly over|slightly under)\s+(?:[^\s\d]{1,4})?$",
        quote[:at] if at >= 0 else "",
        re.I,
    )
    if found:
        return f"{found.group(1)} "
    # "Worldwide takings were estimated at $2.4 million": the article's estimate, said so.
    estimated = re.search(
        r"\bestimated\s+(?:at|to\s+be|to\s+have\s+been)\s+$", quote[:at] if at >= 0 else ""
    )
    return "an estimated " if estimated else ""


#: A budget that changed over the story of the production.
_GREW = re.compile(
    r"(?i)\b(?:rose|risen|grew|grown|increased|ballooned|climbed|swelled|overran|overrun|"
    r"final (?:negative )?cost|ended up|revised|cut to|reduced to|(?:reduced|cut|lowered|"
    r"trimmed|slashed|scaled back|raised) from)\b"
)
#: Takings named as the distributor's share: "distribution rentals of ¥312 million".
_RENTALS = re.compile(r"(?i)\brentals?\s+(?:of|totall?ing|worth)\s+$|\brentals?\b[^,;]{0,20}$")
#: "… ¥412 million in distribution income": the share named after the figure.
_RENTALS_AFTER = re.compile(
    r"(?i)\s+in\s+(?:distributor|distribution|theatrical)?\s*(?:rentals?|income)\b"
)


def _open_ended(amount: Amount) -> bool:
    """A figure stated as a bound ("more than", "over", "nearly"), not as a value."""
    return _hedge(amount).strip().casefold() in {
        "a little under",
        "just under",
        "under",
        "less than",
        "a little over",
        "just over",
        "slightly over",
        "slightly under",
        "over",
        "more than",
        "at least",
        "upwards of",
        "in excess of",
        "nearly",
        "almost",
        "close to",
    }


def _takings_elsewhere(film: Film, amount: Amount) -> bool:
    """Whether the prose adds takings in another currency ("The American release added
    about US$142,000", "the Hong Kong screenings brought in roughly HK$310,000"), which a
    figure's "in total" would leave out."""
    return any(
        q.unit in _CURRENCY_CODES
        and q.unit != amount.currency
        and q.text in q.source.quote
        and q.period is None
        and re.search(
            r"\b(?:added|brought\s+in|contributed)\s+(?:a\s+further\s+|another\s+|"
            r"about\s+|roughly\s+|some\s+|nearly\s+|around\s+)?$",
            q.source.quote.split(q.text)[0],
        )
        for q in film.numbers
    )


#: Every currency code a figure's unit may be.
_CURRENCY_CODES = frozenset(CURRENCY_SYMBOLS.values()) | frozenset(CURRENCY_WORDS.values())
#: "in the state", "in that region": one part of the country, unnamed.
_ONE_STATE = r"\s+in\s+(?:the|that|its\s+home)\s+(?:state|province|region|territory|city|capital)\b"


def _explanation(title: str, amount: Amount, where: str) -> str:
    """The fact as the article states it, hedge included ("sold about 215,000 tickets")."""
    figure = f"{_hedge(amount)}{amount.text}"
    if amount.kind == "admissions":
        return f"{title} recorded {figure} admissions{where}."
    if amount.kind == "gross":
        return f"{title} grossed {figure}{where}."
    return f"The budget of {title} was {figure}."


def generate(ctx: Context) -> None:
    film = ctx.film
    for amount in _askable_amounts(film.amounts):
        stated = [a.value for a in film.amount_mentions if a.kind == amount.kind] or [amount.value]
        if amount.kind != "admissions" and amount.currency:
            # "its New Zealand run ended at NZ$3.6 million" beside the worldwide NZ$4.1
            # million: a sum the prose states in the same currency is true of some scope, so
            # it is never offered as a wrong total.
            stated += [q.value for q in film.numbers if q.unit == amount.currency]
        if amount.kind == "admissions":
            # "By 31 January admissions had passed 318,000": a running count the reader
            # keeps as no figure of its own is still true of some date, never a wrong total.
            stated += _counts_quoted(film)
        scale = _scale_word(amount.text)
        # "₦0.95 billion" still reads as an amount; "₦0.3 billion" beside "₦1.1 billion" not.
        floor = {"billion": 5e8, "crore": 5e6, "million": 5e5, "lakh": 5e4, "thousand": 5e2}.get(
            scale or "", 0.0
        )
        near_values = [
            v
            for v in near_amounts(amount.value)
            if v >= floor and all(abs(v - s) > MIN_GAP * s for s in stated)
        ]
        if LEAVES_SOME_OUT.search(amount.source.quote):
            continue  # "…, not counting the organised screenings": a part of the count
        if _SCOPED.search(amount.source.quote):
            # "Gross: $2.4 million (US and Canada rentals)": a part of the takings, which a
            # bare "How much did it gross?" would take for the whole.
            continue
        if amount.kind == "admissions" and re.search(
            r"\b(?:screened|screenings?|in front of|attended by)\b", amount.source.quote
        ):
            continue  # "screened on the beach in front of an audience of about 2,000": one night
        if _PART_OF_RUN.search(_own_clause(amount.source.quote, amount.text)) or any(
            _FIRST_WINDOW.search(_own_clause(m.source.quote, m.text))
            for m in (amount, *film.amount_mentions)
            if _same_amount(m, amount)
        ):
            # "In its first four days the Skandia alone sold 19,800 tickets", "By the time
            # cinemas closed on 15 March 2020, it had sold 58,300": a part of the takings,
            # wherever the article states the figure ("During its first year of all-Union
            # distribution the film drew 31.4 million viewers", and bare in the lead).
            continue
        if amount.kind != "budget" and any(
            _exactly(q.value, amount.value)
            and q.unit == (amount.currency or q.unit)
            # (a "first run" is the whole original run, which the stem says)
            and (
                (q.period and not re.search(r"\brun\b", q.period))
                or _FIRST_WINDOW.search(q.source.quote.split(q.text)[-1])
            )
            for q in film.numbers
        ):
            # "its Soviet audience of 18.4 million" is the "18.4 million tickets over its
            # first year in distribution" stated elsewhere: a window, not the whole run.
            continue
        if amount.kind != "budget" and re.search(
            r"\b(?:pass|passed|cross|crossed|surpass|surpassed|top|topped|exceed|exceeded|"
            r"beyond)\s+(?:the\s+)?$",
            amount.source.quote.split(amount.text)[0],
        ):
            continue  # "the first feature to pass 150,000 admissions": a threshold, no count
        if _ANOTHER_FILM.search(amount.source.quote.split(amount.text)[0]):
            continue  # "after his comedy Tre dagar (1960) had drawn some 800,000 viewers"
        if _NOT_ITS_TAKINGS.search(amount.source.quote.split(amount.text)[0]) or re.match(
            r"\s+(?:\w+\s+)?(?:set|held|achieved)\s+by\b",
            amount.source.quote.split(amount.text)[-1],
        ):
            # "beating the previous record of 31,000 admissions set by a comedy in 2012",
            # "the CNC granted an advance on receipts of €550,000", "The Cinéville cinema in
            # Quimper sold 18,200 tickets": another film's figure, a grant, one venue's.
            continue
        if amount.kind == "budget" and _GREW.search(amount.source.quote):
            # "approved a budget of $18 million …; this had risen to about $27 million": a
            # figure on the way, which "What was the budget?" would take for the final one.
            continue
        # "Gross: NZ$4.1 million" and "The worldwide total was about NZ$4.1 million": the
        # prose's hedge holds.
        # ("Worldwide takings were estimated at $2.4 million": about that much)
        approx = (
            amount.approximate
            or _hedge(amount) == "an estimated "
            or any(
                q.approximate
                for q in film.numbers
                if q.unit == amount.currency
                and _exactly(q.value, amount.value)
                and q.source.line != amount.source.line
            )
        )
        if _open_ended(amount):
            # "more than 1.3 million": "more than 1.1 million" is true as well, and any
            # figure above might be the real one, so no option could be proved wrong.
            continue

        def shown(value: float, amount: Amount = amount, approx: bool = approx) -> str:
            text = format_like(value, amount)
            return f"About {text}" if approx else text

        if approx:
            # "about 1.1 million": "About 1.0 million" lies inside its rounding, so a careful
            # player could defend it; wrong options keep a clear distance.
            near_values = [v for v in near_values if abs(v - amount.value) >= 0.15 * amount.value]
        by_text = {
            text: v
            for v in near_values
            # "DM 1.00 million" beside "DM 1.15 million": a round figure padded to the key's
            # decimals reads machine-made, so it is never an option.
            if not (
                _ZERO_DECIMALS.search(text := shown(v)) and not _ZERO_DECIMALS.search(amount.text)
            )
        }
        # The infobox's bare "Gross: $17.6 million" is scoped where the prose states the same
        # figure ("$17.6 million in the United States and Canada during its original run").
        told = next(
            (
                m
                for m in film.amount_mentions
                if _same_amount(m, amount) and m.source.line != amount.source.line
            ),
            None,
        )
        quote = amount.source.quote
        # "Gross: HK$2.86 million" and "took HK$2,861,740 during its first run" in the
        # prose: a figure the amounts reader did not take (no "gross" word) still scopes it.
        in_prose = (
            next(
                (
                    q
                    for q in film.numbers
                    if q.unit == amount.currency
                    and _same_value(q.value, amount.value)
                    and q.source.line != amount.source.line
                ),
                None,
            )
            if told is None and amount.kind == "gross"
            else None
        )
        said_worldwide = bool(in_prose and re.search(r"(?i)\bworldwide\b", in_prose.source.quote))
        if said_worldwide:
            in_prose = None  # "for a worldwide total of $9.6 million": the total after all
        stated_run = bool(in_prose and _RUN.search(in_prose.source.quote))
        # Only the words right after the figure place it ("HK$2,861,740 in Hong Kong").
        after_figure = (
            re.split(
                r"[,;.]",
                in_prose.source.quote.split(in_prose.text, 1)[-1],
                maxsplit=1,
            )[0]
            if in_prose
            else ""
        )
        stated_place = (
            place_run(after_figure) if re.match(r"\s+(?:in|across)\s", after_figure) else None
        )
        if told is not None:
            # Only the words right after the figure scope it ("$17.6 million in the United
            # States and Canada during its original run, …"); "worldwide" is the total.
            at = told.source.quote.find(told.text)
            after = told.source.quote[at + len(told.text) :] if at >= 0 else ""
            tail = re.split(r"[,;.]|\s(?:but|while|which)\s", after, maxsplit=1)[0]
            if re.match(r"\s+(?:in|across|during|over)\b", tail) and "worldwide" not in tail:
                quote = tail
        # Only the figure's own clause places it: "In Germany it recorded 38,000 admissions,
        # and its worldwide gross was US$2.9 million" puts no gross in Germany.
        quote = _own_clause(quote, amount.text)
        # "A Night in Paris recorded …": the film's own title names no place.
        unnamed = quote.replace(film.title, "…")
        place = amount.place
        run = place_run(unnamed)
        at_figure = unnamed.find(amount.text)
        tail = unnamed[at_figure + len(amount.text) :] if at_figure >= 0 else ""
        if re.match(r"\s+(?:in|across|from)\s", tail):
            # "$148,000 in the United States and Canada and $65,000 in Australia and New
            # Zealand": the places right after this figure are its own.
            run = place_run(re.split(r"\s+and\s+(?=[$£€¥₹]?\d)", tail, maxsplit=1)[0]) or run
        if run and (place is None or run.startswith(place.removeprefix("the "))):
            place = run  # "the United States and Canada": one figure for both
        place = place or stated_place
        #: "… and US$11.6 million worldwide" somewhere in the prose: the world's figure,
        #: whatever market its clause names first.
        world_figure = any(
            _same_amount(m, amount)
            and re.match(
                r"\s+(?:worldwide|globally|around the world)\b",
                m.source.quote[m.source.quote.find(m.text) + len(m.text) :],
            )
            for m in film.amount_mentions
            if m.text in m.source.quote
        )
        if any(
            _exactly(value, amount.value)
            and (
                re.match(_ONE_STATE, quoted[quoted.find(text) + len(text) :])
                or re.search(
                    _ONE_STATE + r"(?!.*\b(?:and|but)\b)", _own_clause(quoted, text).split(text)[0]
                )
            )
            for quoted, text, value in (
                *((m.source.quote, m.text, m.value) for m in film.amount_mentions),
                *(
                    (q.source.quote, q.text, q.value)
                    for q in film.numbers
                    if q.unit == amount.currency
                ),
            )
            if text in quoted
        ):
            # "₹1.8 crore in the state": one state's takings, which neither "in total" nor
            # the country would be.
            continue
        if place is None and amount.kind == "gross" and not world_figure:
            # "Gross: £310,000" in the infobox, "its British gross had reached £310,000 by
            # 1951" in the prose: the market the prose names by demonym.
            place = next(
                (
                    market
                    for quoted, text, value in (
                        *((m.source.quote, m.text, m.value) for m in film.amount_mentions),
                        *((q.source.quote, q.text, q.value) for q in film.numbers),
                    )
                    if _exactly(value, amount.value)
                    and text in quoted
                    and (market := _market_of(_own_clause(quoted, text).split(text)[0]))
                ),
                None,
            )
        if place is None and not world_figure:
            # "With 147,000 admissions it was the most-watched film of 2013" in the lead, and
            # "its Bulgarian gross stood at BGN 1.38 million from 147,000 admissions" later:
            # the later clause says whose takings the figure counts.
            place = next(
                (
                    country
                    for m in film.amount_mentions
                    if _same_amount(m, amount)
                    and (country := _market_of(_own_clause(m.source.quote, m.text)))
                ),
                None,
            )
        if place is None:
            # "With its 1.24 million admissions …" in Reception, and "By the end of 1990 the
            # film had recorded 1,240,000 admissions in Czechoslovakia": the place told.
            place = next(
                (
                    m.place
                    for m in film.amount_mentions
                    if _same_amount(m, amount) and m.place and m.place in COUNTRIES_AND_REGIONS
                ),
                None,
            )
        if place is None and re.match(
            r"\s+there\b", quote[quote.find(amount.text) + len(amount.text) :]
        ):
            # "sold 612,400 tickets in France, 188,500 of them in Brittany, and grossed
            # €4,262,300 there": the country the sentence named first.
            sentence = amount.source.quote
            place = next(
                (
                    t
                    for t in territories(sentence[: sentence.find(amount.text)])
                    if t in COUNTRIES_AND_REGIONS
                ),
                None,
            )
        if place is None and amount.kind == "admissions" and _counted_in_one_place(film, amount):
            # "The film sold 41,382 tickets in Paraguay during its first run" and later "With
            # 41,382 admissions, it was the most-watched Paraguayan film of 2015": one
            # country's count, which the figures template asks with its place; bare, it
            # would pass for every market's total.
            continue
        where = f" in {with_article(place)}" if place else ""
        outside = next(
            (
                found
                for m in film.amount_mentions
                if _same_amount(m, amount)
                and (found := _OUTSIDE.search(own := _own_clause(m.source.quote, m.text)))
                # ("Outside Slovenia it earned … in Austria …, for a worldwide total of
                # €296,000": the world's, not the rest's)
                and not re.search(r"(?i)\bworld(?:wide)?\b", own[found.end() :])
            ),
            None,
        )
        if outside and not where:
            # "Takings outside Cuba have been estimated at about $2.3 million in total": the
            # rest of the world's, which "in total" would overstate.
            where = f" outside {with_article(outside.group('place'))}"
        # "With 612,480 admissions it was the most-seen film of 2015" in the lead, and
        # "finished its domestic run with 612,480 admissions" later: the later one scopes it.
        clauses = [
            _own_clause(m.source.quote, m.text)
            for m in film.amount_mentions
            if _same_amount(m, amount)
        ] + [
            # ("ended its domestic run with ₱38.6 million": a figure the prose states without
            # a gross word is still the infobox's, and its clause scopes it)
            _own_clause(q.source.quote, q.text)
            for q in film.numbers
            if q.unit == amount.currency and _exactly(q.value, amount.value)
        ]
        if any(
            re.search(
                r"\bacross\s+(?:the|its|those|these)\s+(?:[\w-]+\s+){0,3}"
                r"(?:markets|territories|countries|nations|regions)\b",
                c,
            )
            for c in clauses
        ):
            # "bringing the total across the three German-speaking markets to about €3.1
            # million; returns from other territories were not published": some markets'.
            continue
        domestic = any(re.search(r"\bdomestic\b", c) for c in clauses)
        worldwide = (
            said_worldwide
            or any(re.search(r"(?i)\bworldwide\b", c) for c in clauses)
            or any(
                # "…, for a worldwide total of $9.6 million" in a sentence about another figure
                re.search(
                    rf"(?i)\bworldwide\b[^.;,]{{0,30}}{re.escape(amount.text)}|"
                    rf"{re.escape(amount.text)}\s+worldwide\b",
                    m.source.quote,
                )
                for m in film.amount_mentions
            )
        )
        if not where and (domestic or re.search(r"\bdomestic\b", quote)):
            where = " over its domestic run"  # not the worldwide figure
        elif (
            amount.kind == "gross"
            and not where
            and not worldwide
            and any(
                m.kind == "gross" and m.currency and m.currency != amount.currency
                for m in film.amount_mentions
            )
        ):
            # HK$34.7 million beside "In Taiwan the film grossed NT$41 million": the home
            # market's takings, which "in total" would overstate.
            continue
        elif amount.kind == "gross" and not where and worldwide:
            # "Its worldwide gross came to US$1.01 million": the total, re-releases included.
            where = " worldwide"
        elif (
            _RUN.search(quote)
            or stated_run
            or any(
                _same_amount(m, amount) and _RUN.search(m.source.quote)
                for m in film.amount_mentions
            )
            or (amount.kind != "budget" and _later_run_added(film, place))
            # "The 1975 release in France drew 46,300 admissions", and a re-release there
            # in 2023: that year's run, not every run's
            or (
                amount.kind != "budget"
                and _YEAR_RUN.search(quote)
                and any(e.kind == "re_release" for e in film.events)
            )
        ):
            # A re-release may have added more (the infobox's figure, told in the prose as
            # "when the original run ended it had earned …", is that run's).
            where += " during its original run"
        elif amount.kind == "gross" and not where:
            where = (
                " worldwide" if worldwide or re.search(r"(?i)\bworldwide\b", quote) else " in total"
            )
            if (
                where == " in total"
                and not any(
                    re.search(r"(?i)\brentals?\b", q.source.quote)
                    for q in film.numbers
                    if q.unit == amount.currency and _exactly(q.value, amount.value)
                )
                and _takings_elsewhere(film, amount)
            ):
                continue  # "The American release added about US$142,000": not the total
        at = quote.find(amount.text)
        # The words right after the figure, up to the clause's end: its year or its span.
        words_after = (
            re.split(r"[,;.]", quote[at + len(amount.text) :], maxsplit=1)[0] if at >= 0 else None
        )
        year = _ONE_YEAR.match(words_after) if words_after is not None else None
        # ("During 1979 the film sold 7.4 million tickets in the Soviet Union": the year the
        # clause opens with is the figure's window too)
        year = year or (
            re.search(
                r"(?:^|[;]\s*)(?:During|In|Throughout)\s+(?P<year>(?:19|20)\d\d)\b(?:[^;,]|,\d)*$",
                quote[:at],
            )
            if at > 0
            else None
        )
        if year:
            # "sold 31.2 million tickets in the Soviet Union in 1983": that year's, which a
            # bare "How many admissions?" would take for the total.
            where = f"{where.replace(' in total', '')} in {year.group('year')}"
        span = _OVER_SPAN.match(words_after) if words_after is not None else None
        if span:
            # "earned HK$1.2 million over four weeks": the stem says over how long.
            where = f"{where.replace(' in total', '').replace(' during its original run', '')} over {span.group('span')}"
        # "The restoration sold 41,200 tickets in France, and its American run grossed
        # $78,400": the restored version's takings, which the bare title would overstate.
        version = _VERSION_SUBJECT.match(amount.source.quote)
        film_name = (
            f"the restored version of {ctx.title}"
            if _RESTORATION_SUBJECT.match(amount.source.quote)
            # "The Hindi version grossed ₹2.1 crore in India", where the original also
            # played: the dub's takings, not the film's.
            else f"the {version.group('language')} version of {ctx.title}"
            if version and version.group("language") in VERSION_LANGUAGES
            else f"the dubbed version of {ctx.title}"
            if version
            else ctx.title
        )
        if amount.kind in {"gross", "admissions"}:
            # "bringing its worldwide gross by the end of 2016 to roughly US$3.4 million":
            # a later release may have added more, so the stem keeps the date.
            by_date = next(
                (
                    found.group("by")
                    for quoted, text in (
                        *((m.source.quote, m.text) for m in film.amount_mentions),
                        *((q.source.quote, q.text) for q in film.numbers),
                    )
                    if text in quoted
                    and (
                        found := _BY_DATE.search(quoted.split(text)[0])
                        # ("… had reached £310,000 by 1951": the date after the figure)
                        or _BY_YEAR_AFTER.match(quoted.split(text, 1)[1])
                    )
                    and any(
                        _exactly(v, amount.value)
                        for v in [
                            *(m.value for m in film.amount_mentions if m.text == text),
                            *(q.value for q in film.numbers if q.text == text),
                        ]
                    )
                ),
                None,
            )
            if by_date and " by " not in where:
                where = f"{where.replace(' in total', '')} by {by_date}"
        stem = _STEMS[amount.kind].format(film=film_name, where=where)
        explanation = _explanation(film_name, amount, where)
        explanation = explanation[:1].upper() + explanation[1:]
        figure_quotes = [
            q.source.quote.split(q.text, 1)
            for q in film.numbers
            if q.unit == amount.currency and _exactly(q.value, amount.value) and q.text
        ]
        told_as_rentals = any(
            _RENTALS.search(parts[0]) or (len(parts) > 1 and _RENTALS_AFTER.match(parts[1]))
            for parts in figure_quotes
        )
        # ("earned ¥412 million in distribution income": the article's own word for it)
        share = (
            "distribution income"
            if any(len(p) > 1 and re.match(r"\s+in\s+\w*\s*income\b", p[1]) for p in figure_quotes)
            else "distribution rentals"
        )
        if (
            amount.kind == "gross"
            and (at >= 0 or told_as_rentals)
            and (
                told_as_rentals
                or _RENTALS.search(quote[:at])
                or re.match(
                    r"\s+in\s+(?:distributor|distribution|theatrical)?\s*rentals\b",
                    quote[at + len(amount.text) :],
                )
            )
        ):
            # Rentals are the distributor's share of the takings, not the gross.
            where = where.replace(" in total", "")
            stem = f"How much did {ctx.title} earn in {share}{where}?"
            explanation = f"{ctx.title} earned {_hedge(amount)}{amount.text} in {share}{where}."
        ctx.multiple(
            category=CATEGORY,
            template=f"{amount.kind}",
            fact=(amount.kind, amount.text),
            stem=stem,
            key=shown(amount.value),
            candidates=[],
            near=list(by_text),
            balanced=True,
            true_set=[shown(v) for v in stated],
            difficulty=number_difficulty(amount.value),
            explanation=explanation,
            source=amount.source,
            is_close=_close_check(amount.value, by_text),
        )


#: "… gross by the end of 2016 to …": the date a running total was counted to.
_BY_DATE = re.compile(
    # ("its takings up to 31 December 1969 were reported as …": the same milestone)
    r"\b(?:[Bb]y|up\s+to|until|through)\s+(?P<by>the\s+end\s+of\s+(?:19|20)\d\d|(?:\d{1,2}\s+)?(?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},\s+)?"
    r"(?:19|20)\d\d)\b[^.;,]*$"
)
#: The words after a figure that give its span: "… admissions over nine weeks".
_OVER_SPAN = re.compile(
    r"^[^\d]{0,40}?\bover\s+(?P<span>(?:its\s+first\s+)?\w+\s+(?:days|weeks|months))\b"
)
#: The words after a figure that make it one year's: "… tickets in the Soviet Union in 1983".
_ONE_YEAR = re.compile(r"^[^\d]{0,60}?\b(?:in|during)\s+(?P<year>(?:18|19|20)\d\d)\b(?!\s*[-–])")


#: A sentence whose subject is the restored version, not the film's first run.
_RESTORATION_SUBJECT = re.compile(
    r"^(?:The|A|Its)\s+(?:\w+\s+)?(?:restoration|restored\s+(?:version|film|print|cut))\b"
)
_VERSION_SUBJECT = re.compile(
    r"^(?:The|A|Its)\s+(?:(?P<language>[A-Z][a-z]+)(?:-dubbed|-language)?\s+(?:dubbed\s+)?|"
    r"dubbed\s+)version\b"
)
#: "… £310,000 by 1951": the year a running total was counted to, right after the figure.
_BY_YEAR_AFTER = re.compile(r"^\s+by\s+(?P<by>(?:the\s+end\s+of\s+)?(?:19|20)\d\d)\b")
#: "its Bulgarian gross", "the French box office": a country's takings, named by demonym.
_MARKET = re.compile(
    # ("bringing the film's total Canadian gross to CA$3.6 million")
    r"\b(?:its|the|an?|the\s+(?:film|picture|movie)['’]s)\s+"
    r"(?:(?:total|final|overall|entire|whole)\s+)?(?P<demonym>[A-Z][\w-]+)\s+"
    # ("its British distributor's gross had reached £410,000")
    r"(?:distributor['’]s\s+|distribution\s+)?"
    r"(?:gross|box[- ]office|run|total|takings|admissions|theatrical run)\b"
)


#: A count that says what it leaves out ("not counting the organised screenings"): only a
#: part of the figure a bare "How many" or "How much" would ask for.
LEAVES_SOME_OUT = re.compile(
    r"(?i)\b(?:not\s+counting|excluding|not\s+including|without\s+counting)\b"
)


def _exactly(a: float, b: float) -> bool:
    """One figure, as written twice ("$214.6 million" is not the "$214 million" rounded)."""
    return abs(a - b) <= 1e-6 * b


_QUOTED_COUNT = re.compile(r"\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(million))?")
_COUNT_WORDS = re.compile(r"(?i)\b(?:admissions|tickets|spectators|viewers|attendance|audience)\b")


def _counts_quoted(film: Film) -> list[float]:
    """Every figure in a quote that talks of admissions (events, numbers, amounts)."""
    sources = [
        *(e.source for e in film.events),
        *(n.source for n in film.numbers),
        *(a.source for a in film.amount_mentions),
    ]
    quotes = {s.quote for s in sources if _COUNT_WORDS.search(s.quote)}
    return [
        float(m.group(1).replace(",", "")) * (1e6 if m.group(2) else 1)
        for quote in quotes
        for m in _QUOTED_COUNT.finditer(quote)
    ]


def _same_amount(mention: Amount, amount: Amount) -> bool:
    """One figure told twice: the same kind, the same currency where both name one
    ("took NOK 4.3 million" is not the infobox's "$4.3 million"), the same value."""
    return (
        mention.kind == amount.kind
        and (
            mention.currency is None
            or amount.currency is None
            or mention.currency == amount.currency
        )
        and _same_value(mention.value, amount.value)
    )


def _same_value(a: float, b: float) -> bool:
    """One figure stated twice, once rounded: the infobox's "HK$2.86 million" is the prose's
    "HK$2,861,740"."""
    return a == b or abs(a - b) <= 0.005 * max(abs(a), abs(b))


_OUTSIDE = re.compile(
    r"\b(?:[Oo]utside|[Bb]eyond)\s+(?:of\s+)?(?:the\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
)


def _counted_in_one_place(film: Film, amount: Amount) -> bool:
    """Whether the prose states ``amount``'s count elsewhere as one country's tickets."""
    for number in film.numbers:
        if number.unit not in {"admissions", "tickets"} or not _exactly(number.value, amount.value):
            continue
        if number.source.line == amount.source.line:
            continue
        if any(place in COUNTRIES_AND_REGIONS for place in territories(number.counts)):
            return True
    return False


def _market_of(clause: str) -> str | None:
    """The country whose takings ``clause`` reports by demonym, or ``None``."""
    match = _MARKET.search(clause)
    return DEMONYMS.get(match.group("demonym")) if match else None


def _own_clause(quote: str, figure: str) -> str:
    """The clause of ``quote`` that states ``figure`` (the whole quote when it is not found):
    a place named in another clause of the sentence belongs to that clause's figure."""
    at = quote.find(figure)
    if at < 0:
        return quote
    # ", 312,000 of them in Athens and Piraeus": the next figure's own place, not this one's.
    bounds = list(
        re.finditer(
            r",\s+(?:and|but|while|whereas)\s+|;\s+|\s+while\s+|"
            r",\s+(?:about\s+|some\s+|nearly\s+|around\s+)?[$£€¥₹]?\d[\d,.]*\s+(?:\w+\s+)?of\s+(?:them|which)\b|"
            # ("Rs 10.4 million, more than two-thirds of it in Réunion": a share's place)
            r",\s+(?:(?:more|less)\s+than\s+|about\s+|nearly\s+|almost\s+|over\s+|some\s+|"
            r"roughly\s+)?(?:half|a\s+third|a\s+quarter|two-thirds|three-quarters|one-third|"
            r"one-quarter|\w+\s+per\s?cent|\d+\s?%)\s+of\s+(?:it|them|which|that)\b|"
            # "In Portugal it sold 96,000 tickets, in France about 41,000": the next
            # territory's own figure.
            r",\s+(?=(?:and\s+)?in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+"
            r"(?:about\s+|some\s+|nearly\s+|around\s+|over\s+)?[$£€¥₹]?\d)",
            quote,
        )
    )
    start = max((b.end() for b in bounds if b.end() <= at), default=0)
    end = min((b.start() for b in bounds if b.start() >= at + len(figure)), default=len(quote))
    return quote[start:end]
