"""Box-office figures in prose: admissions (audience counts) and gross, budget."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Literal

from quiz.facts.model import Amount, Source
from quiz.facts.money import MONEY, parse_money
from quiz.facts.places import COUNTRY_NAMES, DEMONYMS, last_territory, there_territory
from quiz.facts.text import split_sentences
from quiz.facts.textmodel import TextModel

_DIGIT = re.compile(r"\d")
_NUM = r"(?P<number>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(?P<scale>million|thousand))?"
_ADMISSIONS = (
    re.compile(
        r"\b(?:cumulative\s+|total\s+)?(?:audience|admissions|attendance|viewers|moviegoers|ticket sales)"
        rf"(?:\s+count)?\s+of\s+(?:over\s+|more than\s+|about\s+)?{_NUM}",
        re.I,
    ),
    re.compile(rf"\b{_NUM}\s+(?:admissions|moviegoers|viewers|tickets sold|cinemagoers)\b", re.I),
    re.compile(
        rf"\b(?:attracted|drew|sold|sell|sells|selling)\s+(?:over\s+|more than\s+|about\s+)?{_NUM}\s+(?:viewers|admissions|moviegoers|tickets)",
        re.I,
    ),
)
#: "sold about 215,000 tickets", "more than 1.3 million admissions": a hedged figure.
_HEDGE = re.compile(
    r"\b(?:about|approximately|around|nearly|almost|over|more than|roughly|an estimated|some|"
    r"at least|upwards of|in excess of|close to)\s+$",
    re.I,
)
_PLACE_AFTER = re.compile(
    r"^\s+(?:in|across)\s+(?P<place>(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)"
)
_NOT_PLACE = re.compile(
    r"^(?:the\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)


#: "… in South Korea with 712,408 admissions": a place, then "with" and the figure.
_PLACE_BEFORE_WITH = re.compile(
    r"\b(?:closed|finished|ended)\s+(?:its\s+run\s+)?in\s+(?P<place>(?:the\s+)?[A-Z][\w.-]*"
    r"(?:\s+[A-Z][\w.-]*)*)\s+with\s+(?:a\s+total\s+of\s+|about\s+|some\s+)?[\d.,]+"
    r"(?:\s+(?:million|billion))?\s+(?:admissions|tickets|viewers|spectators)$"
)


_RUN_IN = re.compile(
    r"\b(?:first|original|initial)\s+run\s+in\s+(?!(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\b)(?P<place>[A-Z][\w'’.-]*"
    r"(?:\s+(?:and\s+)?[A-Z][\w'’.-]*)*)"
)
#: "Germany was its largest market, with about 92,000 admissions": the market the
#: sentence opens with, when no other figure's place comes between.
_MARKET_OPENING = re.compile(
    r"^(?:The\s+)?(?P<place>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)\s+(?:was|became|remained|proved)\s+"
    r"(?:to\s+be\s+)?(?:its|the\s+film's|the\s+film’s)\s+(?:\w+\s+)?(?:largest|biggest|strongest|"
    r"best|most\s+successful|leading|top)\s+(?:foreign\s+|overseas\s+|export\s+|single\s+)?"
    # (", and the film grossed $24.6 million worldwide": another clause's figure)
    r"market\b(?:(?!,\s+(?:and|but|while)\b)[^;.]|\.\d)*$"
)
#: "The French release earned a further €210,000": the release the demonym places.
_DEMONYM_RUN_OPENING = re.compile(
    r"^(?:The|Its)\s+(?:(?:final|total|first|original|domestic)\s+)?(?P<d>[A-Z][\w-]+)\s+"
    r"(?:theatrical\s+)?(?:release|run|distribution|total|gross|takings|box[- ]office\s+total)\s+"
    r"(?:\w+\s+)?(?:grossed|took|earned|made|drew|sold|recorded|brought\s+in|was|were|"
    r"reached|stood\s+at|came\s+to|amounted\s+to)\b(?:[^;,]|,\d)*$"
)
#: "its United States gross came to …": a country named as the gross's own.
_COUNTRY_GROSS = re.compile(
    r"\b(?:its|the\s+film's|the)\s+(?P<place>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)\s+"
    r"(?:gross|takings|box[- ]office(?:\s+(?:gross|total|takings))?)\b[^.;]*$"
)
_PLACE_OPENING = re.compile(
    r"(?:^|;\s+)In\s+(?:the\s+)?(?P<place>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*),?\s+"
    # ("In Argentina its first run drew 280,000 admissions": the run is the film's there)
    r"(?:it|the\s+film|the\s+picture|its\s+(?:[\w-]+\s+){0,2}(?:run|release|opening))\s+"
    r"(?:\w+\s+)?(?:grossed|took|earned|sold|drew|recorded|had|attracted|"
    r"made|brought\s+in|taking|earning)\b(?:[^;,]|,\d)*"
    # ("In France it had 148,000 admissions, four-fifths of them dubbed, and grossed 4.3
    # million francs": the same clause's second figure, with no other place between)
    r"(?:,[^;]*?\band\s+(?:grossed|took|earned|made|brought\s+in)\b[^;,]*)?$"
)


def _place_after(sentence: str, end: int) -> str | None:
    """``… 1.9 million admissions in France`` → ``France``."""
    match = _PLACE_AFTER.match(sentence[end:])
    if match and not _NOT_PLACE.match(match.group("place")):
        return match.group("place").rstrip(".")
    return None


_GROSS_CUE = re.compile(
    r"\b(gross(?:ed)?|grossing|box office|earned|took in|revenue|earnings|takings|receipts)\b",
    re.I,
)
#: "…, of which ¥420 million was returned to the distributor": a share of a figure before it.
_PART_OF = re.compile(r"(?i)\b(?:of which|of that|of this)\b[^.;]*$")
#: "in Poland it took PLN 290,000": "took" right before the figure, a gross only where the
#: clause says whose ("where it took £38,400" counts a handful of cinemas named before it).
_TOOK = re.compile(
    r"(?i)(?<!\bwhere it )\btook\s+(?:(?:about|around|nearly|some|over|more than|roughly)\s+)?$"
)
_BUDGET_CUE = re.compile(r"\bbudget\b", re.I)


def _scaled(number: str, scale: str | None) -> float:
    factor = {"million": 1e6, "thousand": 1e3}.get((scale or "").casefold(), 1.0)
    return float(number.replace(",", "")) * factor


_PERIOD_AFTER = re.compile(
    r"^[^.;]{0,40}?\b(?:over|in|during|across|on|for|by|from|within)\s+(?:its|the|their)\s+"
    r"(?:first|opening|second|third|final|last)\b|^[^.;]{0,25}?\b(?:on|in|over)\s+(?:its\s+)?"
    r"opening(?:\s+|-)(?:weekend|day|week|night)|^\s*(?:per|a)\s+(?:venue|screen|theat|cinema)"
    # "3.2 million admissions within eighteen months of its release": a window, no total
    r"|^[^.;]{0,40}?\bwithin\s+(?:its\s+first\s+)?(?:[\w-]+\s+){1,2}?(?:days|weeks|months|years)\b",
    re.IGNORECASE,
)
_PERIOD_BEFORE = re.compile(
    r"\b(?:opening(?:\s+|-)(?:weekend|day|week)|first\s+\w+\s+days?)\b[^.;]{0,30}$"
    # "Its expansion weekend drew 21,480 admissions": one weekend of the run
    r"|\b(?:its|the)\s+(?:[\w-]+\s+)?weekend\s+(?:drew|sold|took|grossed|earned|brought)\b[^.;]{0,20}$"
    # "where it opened with 24,300 admissions": the opening, not the run.
    r"|\b(?:opened|debuted|bowed|launched)\s+(?:\w+\s+){0,3}?with\s+(?:about\s+|some\s+)?"
    r"[\d,.]+(?:\s+\w+)?$",
    re.I,
)


_MILESTONE_BEFORE = re.compile(
    r"\b(?:passed|crossed|surpassed|reached|topped|exceeded|hit|broke)\s+(?:the\s+)?(?:[\w$€£¥₩₹₦₤₱₽₺]+\s+){0,2}$",
    re.IGNORECASE,
)


def _over_a_period(sentence: str, end: int) -> bool:
    """Whether the figure ending at ``end`` is stated over a window, per venue, or as a
    milestone passed on the way ("passed 250,000 admissions by 31 December")."""
    start = max(0, end - 80)
    figure_start = max(0, end - 30)
    return bool(
        _PERIOD_AFTER.search(sentence[end:])
        or _PERIOD_BEFORE.search(sentence[start:end])
        or _MILESTONE_BEFORE.search(sentence[max(0, figure_start - 30) : figure_start + 15])
        or re.match(r"^[^.;]{0,30}?\bby\s+(?:\d|[A-Z][a-z]+\s+\d|the end of)", sentence[end:])
    )


#: A run at one named cinema ("ran for eleven weeks at the Ciné Babemba and sold …").
_ONE_VENUE = re.compile(
    r"\b(?:ran|played|showed|screened)\b[^.;]{0,40}?\bat\s+the\s+(?:Cin[eé]|Cinema|Kino|Teatro|"
    r"Théâtre|[A-Z][\w'’-]*\s+(?:Cinema|Theatre|Theater|Picture\s+House))\b"
)
#: One showing's audience, no run's admissions.
_ONE_SHOWING = re.compile(
    r"(?i)\b(?:before|to|for)\s+(?:an?\s+)?(?:audience|crowd)\b|\bcrowd\s+of\b|"
    r"\b(?:premiere|premiering|premiered|screening|screened|gala)\b[^.;]*\baudience\s+of\b"
)
#: A television or streaming audience, whose "viewers" are no cinema admissions.
_ON_SCREEN = re.compile(
    r"(?i)\b(?:television|TV|broadcast\w*|aired|airing|channel|network|streaming|views)\b"
)


def read_amounts(model: TextModel) -> list[Amount]:
    """Admissions, gross and budget amounts stated in prose (first of each kind per sentence)."""
    paragraphs = model.pairs()
    amounts: list[Amount] = []
    for text, line in paragraphs:
        first = len(amounts)
        so_far: list[str] = []  # the paragraph's sentences so far, for what "there" means
        for sentence in split_sentences(text):
            earlier = list(so_far)
            so_far.append(sentence)
            if not _DIGIT.search(sentence):
                continue
            source = Source(line, sentence)

            def place_of(
                end: int, earlier: list[str] = earlier, sentence: str = sentence
            ) -> str | None:
                """The territory after the figure, or the earlier one its "there" means."""
                if re.match(
                    r"\s+(?:worldwide|globally|around the world|overall)\b", sentence[end:]
                ):
                    # ("MX$162.5 million at the Mexican box office and US$11.6 million
                    # worldwide": the world's, not the place named before it)
                    return None
                found = _place_after(sentence, end)
                if found is None:
                    # "It closed in South Korea with 712,408 admissions": the place the
                    # figure's own clause names right before it.
                    closed = _PLACE_BEFORE_WITH.search(sentence[max(0, end - 120) : end])
                    found = (
                        closed.group("place")
                        if closed and not _NOT_PLACE.match(closed.group("place"))
                        else None
                    )
                if found is None:
                    # "Its first run in Athens and Piraeus … sold 486,112 tickets": that run's
                    run_in = _RUN_IN.search(sentence[:end])
                    if run_in:
                        found = run_in.group("place")
                if found is None:
                    # "In Argentina it grossed ARS 2.6 million": the clause opens with it.
                    opening = _PLACE_OPENING.search(sentence[:end])
                    if opening and re.search(
                        r"\b(?:in|while|whereas)\s+(?:the\s+)?[A-Z]",
                        sentence[opening.end("place") : end],
                    ):
                        opening = None  # another place named between: the figure is its
                    if opening and opening.group("place") in _COUNTRIES:
                        found = opening.group("place")
                if found is None:
                    market = _MARKET_OPENING.search(sentence[:end])
                    if market and market.group("place") in _COUNTRIES:
                        found = market.group("place")
                if found is None:
                    # "its United States gross came to $412,000": the country's own gross
                    named = _COUNTRY_GROSS.search(sentence[max(0, end - 80) : end])
                    if named and named.group("place") in _COUNTRIES:
                        found = named.group("place")
                if found is None:
                    run = _DEMONYM_RUN_OPENING.search(sentence[:end])
                    if run and DEMONYMS.get(run.group("d")) in _COUNTRIES:
                        found = DEMONYMS[run.group("d")]
                if found is None and (
                    _THERE.match(sentence[end:]) or _THERE_AT_END.search(sentence, end)
                ):
                    # ("France was its strongest market: … 46,300 admissions there")
                    return there_territory([*earlier, sentence[:end]])
                return found

            for pattern in _ADMISSIONS:
                match = pattern.search(sentence)
                if match and _over_a_period(sentence, match.end()):
                    continue  # "412,300 admissions over its first weekend" is no total
                if (
                    match
                    and re.search(r"(?i)viewers|audience", match.group(0))
                    and _ON_SCREEN.search(sentence)
                ):
                    # ("its audience of 612,000 on RTÉ … on Irish television" as well)
                    continue  # a broadcast's audience ("drew 4.1 million viewers") sold no ticket
                if (
                    match
                    and not match.group("scale")
                    and re.fullmatch(r"1[89]\d\d|20\d\d", match.group("number"))
                    and re.search(r"(?i)\bof\s+$", sentence[match.start() : match.start("number")])
                ):
                    continue  # "the audience of 1971": the year's audience, no count of it
                if match and _ONE_SHOWING.search(sentence):
                    continue  # "premiering in the Pula Arena before an audience of about 11,000"
                if match and _ONE_VENUE.search(sentence[: match.end()]):
                    # "ran for eleven weeks at the Ciné Babemba and sold 41,000 tickets, a
                    # record … at that cinema": one cinema's count, not the country's.
                    continue
                if match:
                    value = _scaled(match.group("number"), match.group("scale"))
                    written = match.group("number") + (
                        f" {match.group('scale')}" if match.group("scale") else ""
                    )
                    place = place_of(match.end())
                    hedged = bool(_HEDGE.search(sentence, 0, match.start("number")))
                    amounts.append(
                        Amount(
                            "admissions", value, written, source, approximate=hedged, place=place
                        )
                    )
                    break
            for match in MONEY.finditer(sentence):
                before = sentence[max(0, match.start() - 60) : match.start()]
                # "already exceeding the production budget, and its first run closed at
                # 1.18 million lira": only the figure's own clause makes it a budget ("had
                # grossed ฿24 million, and it finished its run with ฿31 million" still
                # makes the second a gross).
                own = re.split(r",\s+(?:and|but|while|which|whereas)\s+|;\s*", before)[-1]
                money = parse_money(match.group(0))
                if money is None or _over_a_period(sentence, match.end()):
                    continue  # a figure over a window ("over its first two days") is no total
                if _PART_OF.search(before):
                    # "it grossed about ¥780 million, of which ¥420 million was returned to
                    # the distributor in rentals": a share of the gross, not a gross.
                    continue
                if _A_RUNS_TAKINGS.search(own) and place_of(match.end()) is None:
                    # "Artkino Pictures opened it in New York …; its four-week run grossed
                    # about $19,000": one run's takings, whose place the clause leaves out.
                    continue
                kind: Literal["gross", "budget"]
                if _BUDGET_CUE.search(own):
                    kind = "budget"
                elif _GROSS_CUE.search(before) or (_TOOK.search(before) and place_of(match.end())):
                    kind = "gross"
                else:
                    continue
                amounts.append(
                    Amount(
                        kind,
                        money.value,
                        money.text,
                        source,
                        money.currency,
                        money.approximate,
                        place=place_of(match.end()),
                    )
                )
        amounts[first:] = _before_a_further(amounts[first:], so_far)
    # "With 712,408 admissions it became …" in the lead, "It closed in South Korea with
    # 712,408 admissions" in Box office: one figure, placed where the article places it.
    placed = {(a.kind, a.value): a.place for a in amounts if a.place}
    return [
        replace(a, place=placed[(a.kind, a.value)])
        if a.place is None and (a.kind, a.value) in placed and a.kind == "admissions"
        else a
        for a in amounts
    ]


_COUNTRIES = COUNTRY_NAMES
#: "its four-week run grossed", "its limited engagement took": one run of a set length.
_A_RUNS_TAKINGS = re.compile(
    r"(?i)\b(?:its|the|that)\s+(?:[\w]+-(?:week|day|month|night)\s+|one-cinema\s+|"
    r"(?:single|limited)\s+)(?:run|engagement)\s+(?:grossed|took|earned|made|brought\s+in)\b"
)
#: "It drew a further 38,500 admissions in Argentina": the figure before was one country's.
_FURTHER = re.compile(r"(?i)\b(?:a\s+further|another|an\s+additional|a\s+more)\s+\S*\d")


def _before_a_further(amounts: list[Amount], sentences: list[str]) -> list[Amount]:
    """A paragraph's figures, where a later "a further N in PLACE" of the same kind makes
    an earlier figure with no place a part, not the whole: it takes the territory its own
    paragraph named last before it ("… on its opening weekend in Chile. By the end of its
    run it had recorded 412,000 admissions"), or is dropped when none is named."""
    kept: list[Amount] = []
    for index, amount in enumerate(amounts):
        further = amount.place is None and any(
            later.kind == amount.kind
            and later.place is not None
            and later.source.quote != amount.source.quote
            and _FURTHER.search(later.source.quote)
            for later in amounts[index + 1 :]
        )
        own = sentences.index(amount.source.quote) if amount.source.quote in sentences else 0
        if not further and amount.place is None and amount.kind == "admissions":
            # "… its opening weekend in Chile. By the end of its first run it had reached
            # 615,000 admissions. In Argentina it grossed …": a later figure placed in
            # another territory makes this one the territory named before it.
            # (the territories named before the figure: "Its Romanian run ended with
            # 17,850 admissions …, while the Hungarian release drew …" is Romania's)
            at = amount.source.quote.find(amount.text)
            before = last_territory(
                [*sentences[:own], amount.source.quote[: at if at >= 0 else None]]
            )
            if (
                before in _COUNTRIES
                # ("498,716 tickets in the capital": one city's, not the country's)
                and not re.search(r"\bin the capital\b", amount.source.quote)
                # ("It finished its domestic run with about 241,000 admissions": the home
                # country's, which the generator words as such)
                and not re.search(r"\bdomestic\b", amount.source.quote)
                and any(
                    later.place is not None
                    and later.place != before
                    and later.source.quote != amount.source.quote
                    for later in amounts[index + 1 :]
                )
            ):
                kept.append(replace(amount, place=before))
                continue
        if not further:
            kept.append(amount)
            continue
        place = last_territory(sentences[: own + 1])
        if place is not None:
            kept.append(replace(amount, place=place))
    return kept


#: "sell 41,300 tickets there", "gross ISK 68.5 million there": the place named before.
#: "It finished with 486,000 admissions and a gross of around ƒ4.1 million there."
_THERE_AT_END = re.compile(r"\bthere\s*[.;]?\s*$")
_THERE = re.compile(r"^(?:\s+[a-z]+){0,2}\s+there\b")
