"""Numbers with what they count: "shot over 42 days", "more than 3,000 hopefuls auditioned",
"sold to 30 territories", "opened on 412 screens", "$1.2 million over its first two days",
"an average of $14,000 per venue", "acquired for $5 million".

A figure keeps its window ("first weekend", "first two days", "opening weekend"): a figure over
a period is never a total. Dates, years, ordinals ("90th"), ages and running times are not
counts. Money is read with its currency (ISO code as the unit).
"""

from __future__ import annotations

import re
from dataclasses import replace

from quiz.facts.model import Quantity, Source
from quiz.facts.money import MONEY, parse_money
from quiz.facts.places import place_run, there_territory
from quiz.facts.text import NUMBER_WORDS, find_dates
from quiz.facts.textmodel import TextModel

_WORD_NUMBERS = {k: v for k, v in NUMBER_WORDS.items() if k not in {"a", "an", "one", "a dozen"}}
_WORD_NUMBERS.update(
    {
        "sixty": 60,
        "seventy": 70,
        "eighty": 80,
        "ninety": 90,
        "hundred": 100,
        "a hundred": 100,
        "one hundred": 100,
        "two hundred": 200,
        "three hundred": 300,
        "a thousand": 1000,
        "one thousand": 1000,
        "two thousand": 2000,
        "a dozen": 12,
        "two dozen": 24,
    }
)
_WORDS = "|".join(sorted((re.escape(w) for w in _WORD_NUMBERS), key=len, reverse=True))
_APPROX = r"(?P<approx>(?i:more than|over|about|around|nearly|almost|roughly|some|approximately|at least|fewer than|less than|up to|just over|just under|an estimated|a record)\s+)?"
_COUNT = re.compile(
    rf"(?<![\w$€£¥₩₹₦₤₱₽₺.,-]){_APPROX}(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?i:{_WORDS}))"
    r"(?:\s+(?P<scale>million|thousand|billion|lakh|crore))?"
    r"(?P<mid>(?:[\s-]+(?!and\b|or\b|of\b|to\b|in\b|on\b|at\b|for\b|by\b|from\b|the\b|a\b)[a-zA-Z][\w'’-]*){0,2}?)"
    r"[\s-]+(?P<noun>[a-z][a-z'’-]*s|people|staff|crew|personnel|children|women|men|media|"
    r"footage|cattle|sheep|fish)\b"
)
_NOT_UNITS = {
    "years old",
    "percent",
    "per cent",
    "times",
    "others",
    "ones",
    "its",
    "his",
    "is",
    "was",
    "has",
    "as",
    "this",
    "thus",
    "plus",
    "us",
}
_PERIOD = re.compile(
    r"\b(?:over|in|during|across|on|for)\s+(?:its|the|their)\s+(?P<p>(?:first|opening|second|"
    r"third|final|last|expansion|widening|holiday)(?:\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+))?\s+(?:days?|weekend|"
    r"weeks?|months?|night|nights|run)(?:\s+of\s+(?:its\s+)?(?:wide|limited|nationwide|general|"
    r"theatrical)\s+release)?)\b"
    r"|\b(?P<p2>opening(?:\s+|-)(?:weekend|day|week|night))\b"
    r"|\b(?P<p3>(?:first|opening)\s+weekend)\b"
    # "within eighteen months of its release"
    r"|\bwithin\s+(?:its\s+)?(?P<p4>(?:first\s+)?(?:[\w-]+\s+)?(?:days|weeks|months|years)"
    r"(?:\s+of\s+(?:its\s+)?release)?)\b",
    re.IGNORECASE,
)
#: A clause whose subject (the actor chosen) an earlier clause holds.
_CHOSEN_FROM = re.compile(
    r"^\s*(?:was|were)\s+(?:picked|chosen|selected|cast)\s+(?:from|out\s+of|over)\b"
)
_AVERAGE = re.compile(
    r"\bper\s+(?P<what>venue|screen|theat(?:er|re)|cinema|location|site)\b|\baverage\b", re.I
)
_MONEY_CUES: tuple[tuple[str, str], ...] = (
    (r"\bbudget|\bcost\b|\bcosting\b|\bmade (?:on|for)\b", "budget"),
    (r"\baverage\b|\bper\s+(?:venue|screen|theat|cinema)", "average gross per venue"),
    (r"\bacquired|\bbought|\bsold\b|\bdeal\b|\bpaid\b|\bprice\b|\brights\b", "price paid"),
    (r"\bopening\b|\bdebut", "opening gross"),
    (
        r"\bgross|\bearn|\btook in|\btaking|\btakings|\brevenue|\bbox office|\bcrossed|\bpassed|\bsurpassed|\breached|\btopped|\bmade\b",
        "gross",
    ),
    (
        r"\bfund|\bgrant|\bsubsid|\binvest|\braised\b|\bfinanc|\bcommitted\b|\bcontributed\b|\bbacked\b",
        "funding",
    ),
    (r"\bprize money|\bprize of\b|\baward of\b", "prize money"),
)


_HAS_NUMBER = re.compile(r"\d")
#: A figure followed by a word ("42 days", "1.2 million people"), unlike a date's digits.
_COUNT_HINT = re.compile(
    r"\d(?:[\d,.]*\d)?[\s-]+(?:(?:million|thousand|billion|crore|lakh)\s+)?[a-z]"
)
_WORD = re.compile(r"[a-z]+")
_NUMBER_WORDS_SET = frozenset(w for phrase in _WORD_NUMBERS for w in phrase.split()) - {"a", "an"}


_NUM_TOKEN = re.compile(rf"(?<![\w$€£¥₩₹₦₤₱₽₺.,-])(?:\d|(?i:{_WORDS})\b)")
_APPROX_BEFORE = re.compile(
    r"(?i:more than|over|about|around|nearly|almost|roughly|some|approximately|at least|"
    r"fewer than|less than|up to|just over|just under|an estimated|a record)\s+$"
)


def _counts(text: str) -> list[re.Match[str]]:
    """The :data:`_COUNT` matches in ``text``, tried only where a number starts (the full
    pattern is costly to try at every position)."""
    found: list[re.Match[str]] = []
    end = 0
    for token in _NUM_TOKEN.finditer(text):
        if token.start() < end:
            continue
        approx = _APPROX_BEFORE.search(text, max(0, token.start() - 20), token.start())
        begin = approx.start() if approx else token.start()
        match = _COUNT.match(text, begin)
        if match is None and approx:
            match = _COUNT.match(text, token.start())
        if match:
            found.append(match)
            end = match.end()
    return found


def _value(n: str, scale: str | None) -> float | None:
    lower = n.casefold()
    if lower in _WORD_NUMBERS:
        base = float(_WORD_NUMBERS[lower])
    else:
        try:
            base = float(n.replace(",", ""))
        except ValueError:
            return None
    factor = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "lakh": 1e5, "crore": 1e7}.get(
        (scale or "").casefold(), 1.0
    )
    return base * factor


#: Any figure in prose: the edge of another figure's window.
#: Words that open a later stage of a count: "…, eventually reaching", "… by 31 December".
_LATER_STAGE = re.compile(
    r"\b(?:eventually|later|then|finally|ultimately|by\s+(?:the\s+(?:end|close)\b|\d|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b))"
)


def _own_span(text: str, start: int, end: int) -> str:
    """The words a figure owns: the clause between the later stages around it ("178,000
    tickets in its first week and 1.4 million by 31 December 1962, eventually reaching 2.1
    million admissions": the week is the first figure's only)."""
    before = max((m.start() for m in _LATER_STAGE.finditer(text, 0, start)), default=0)
    after = min((m.start() for m in _LATER_STAGE.finditer(text, end)), default=len(text))
    colon = text.find(":", end)
    if colon >= 0:
        # "sold 61,400 tickets: 52,900 during its first run and 8,500 during the 2024
        # re-release": the breakdown's windows are its parts', not the total's.
        after = min(after, colon)
    return text[before:after]


def _count_period(text: str, money: list[tuple[int, int]], start: int, end: int) -> str | None:
    """The window a counted figure owns. A count told as a sum's make-up ("€1.9 million over
    its first weekend from 287,400 admissions", "DKK 6.9 million, from some 72,000
    admissions, by 31 December") has that sum's window: the words between the two, or the
    clause's opening words when no other sum comes before it."""
    before = [(b, e) for b, e in money if e <= start]
    if before:
        b, e = max(before, key=lambda span: span[1])
        if _MAKE_UP.fullmatch(text[e:start]) or _period(text[e:start]):
            following = min((b2 for b2, _ in money if b2 >= end), default=len(text))
            # ("€1.3 million from 138,500 admissions over its first weekend": after both)
            own = _period(text[e:start]) or _period(text[end:following])
            if own or any(e2 <= b for _, e2 in money):
                return own
            return _period(text[:b])
    return _period(_own_span(text, start, end))


#: The words between a sum and the count it is made of: ", from some", " with".
_MAKE_UP = re.compile(r"[\s,]*(?:from|with|on)\s+(?:(?:some|about|around|roughly|nearly|over)\s+)?")


#: A participle or relative clause after a figure, telling another act ("…, overtaking the
#: previous record within three weeks"): its window is not the figure's.
_ANOTHER_ACT = re.compile(
    r",\s+(?:overtaking|surpassing|beating|breaking|becoming|making|setting|passing|"
    r"outgrossing|which|when|after|before)\b"
)


def _period(text: str) -> str | None:
    match = _PERIOD.search(text)
    if not match:
        return None
    return (
        match.group("p") or match.group("p2") or match.group("p3") or match.group("p4")
    ).casefold()


def _nearest_period(text: str, at: int) -> str | None:
    """The window nearest before ``at`` in ``text`` ("412,000 tickets on its opening day and
    1.62 million over its five-day opening weekend …, earning ₩13.1 billion": the weekend's),
    else the first after it."""
    before = [m for m in _PERIOD.finditer(text) if m.end() <= at]
    if before:
        last = before[-1]
        if re.search(
            r"\d[^.;]*\b(?:in\s+total|overall|altogether|all\s+told)\b", text[last.end() : at]
        ):
            # "22,480 tickets in its first week in Paris and 268,400 in total, grossing 8.7
            # million francs": a figure between closes the window (the sum is the total's).
            return None
        return (
            last.group("p") or last.group("p2") or last.group("p3") or last.group("p4")
        ).casefold()
    return _period(text)


def _nearest_cue(before: str) -> str | None:
    """The money cue closest before an amount, ``None`` when there is none."""
    best: tuple[int, str] | None = None
    for pattern, label in (
        *_MONEY_CUES,
        (r"\btotal\b|\bworldwide\b|\bfinished with\b|\blifetime\b", "gross"),
    ):
        for found in re.finditer(pattern, before, re.IGNORECASE):
            if best is None or found.start() > best[0]:
                best = (found.start(), label)
    return best[1] if best else None


def _money_counts(clause: str) -> str:
    for pattern, label in _MONEY_CUES:
        if re.search(pattern, clause, re.IGNORECASE):
            return label
    return "amount"


#: Where the words about one sum end: a colon (a breakdown follows) or the next sum.
NEXT_FIGURE = re.compile(r":|[£$€¥₹₩₦₱₫₺₽₵]|\b[A-Z]{1,3}\$|\b[A-Z]{3}\s?\d")


def read_numbers(model: TextModel) -> list[Quantity]:
    """Every number in the prose that counts something, with its unit and window."""
    found: list[Quantity] = []
    # The territory "there" means: the last one named earlier in the paragraph ("… on its
    # opening weekend in Iceland. It went on to sell 41,300 tickets there").
    paragraph: tuple[int, list[str]] = (-1, [])
    for sentence in model.sentences:
        text = sentence.text
        if paragraph[0] != sentence.line:
            paragraph = (sentence.line, [])
        earlier = list(paragraph[1])
        paragraph[1].append(text)
        if not _HAS_NUMBER.search(text) and sentence.words.isdisjoint(_NUMBER_WORDS_SET):
            continue
        first_new = len(found)
        dates: list[tuple[int, int]] | None = None  # read only once a count needs them
        for clause in sentence.clauses:
            ctext = clause.text
            if (
                not _COUNT_HINT.search(ctext)
                and _NUMBER_WORDS_SET.isdisjoint(_WORD.findall(ctext.lower()))
                and not MONEY.search(ctext)
            ):
                continue  # no figure followed by a word: dates and years only
            offset = clause.start
            taken: list[tuple[int, int]] = []
            quote = ctext if len(ctext) >= 30 else text
            if _CHOSEN_FROM.match(ctext):
                # "Aino Kuusela, who was nine, | was chosen from about 250 children who
                # auditioned": the one chosen belongs to the count's quote
                quote = text
            spans = [m.span() for m in MONEY.finditer(ctext)]
            for match in MONEY.finditer(ctext):
                money = parse_money(match.group(0))
                if money is None:
                    continue
                taken.append((match.start(), match.end()))
                # The window belongs to its own figure: "grossed £386,400 in the UK, …, taking
                # £112,000 in its first weekend" gives the weekend to the second one only.
                start = max((e for _, e in spans if e <= match.start()), default=0)
                end = min((b for b, _ in spans if b >= match.end()), default=len(ctext))
                # "178,000 tickets in its first week …, eventually reaching 2.1 million
                # admissions and DM 3.2 million": any figure between closes the window.
                start = max(
                    [start, *(m.start() for m in _LATER_STAGE.finditer(ctext, 0, match.start()))]
                )
                end = min([end, *(m.start() for m in _LATER_STAGE.finditer(ctext, match.end()))])
                # "took ¥3.8 million over its opening weekend … and ¥142 million in total":
                # a window after an earlier figure is that figure's, so the later one reads
                # only its own words after it.
                earlier_figure = any(e <= match.start() for _, e in spans if e != match.end())
                # ("grossed US$412,000 in its original run, overtaking the previous record
                # … within three weeks": the window after the comma is the record's)
                own_end = _ANOTHER_ACT.search(ctext, match.end(), end)
                period = _period(ctext[match.end() : own_end.start() if own_end else end]) or (
                    None
                    if earlier_figure
                    else _nearest_period(
                        ctext[start : own_end.start() if own_end else end], match.start() - start
                    )
                )
                if period and re.search(
                    r"\b(?:(?:pass|cross|surpass|exceed|reach)(?:ed|es|ing)?|top(?:s|ped|ping)?|"
                    r"broke|break(?:s|ing)?)\s+(?:the\s+)?\S*$",
                    ctext[max(0, match.start() - 30) : match.start()],
                ):
                    # "passed ₫50 billion within ten days of release": a milestone on the
                    # way, not the takings of a window
                    period = None
                # The cue nearest the amount says what it is ("a total of €3.4 million
                # against a budget of €2.3 million": only the second is the budget).
                before_cue = _nearest_cue(ctext[max(0, match.start() - 60) : match.start()])
                if earlier_figure:
                    # ("… and ¥142 million in total": its own words after it first)
                    before_cue = _nearest_cue(ctext[match.end() : end]) or _nearest_cue(
                        ctext[max(start, match.start() - 60) : match.start()]
                    )
                counts = before_cue or _money_counts(ctext)
                if period and counts in {"gross", "amount"}:
                    counts = "gross"
                # The words after the figure up to the next figure or a colon ("£93,200
                # during its first run: £61,400 in New Zealand, …": a total, no place's).
                after = NEXT_FIGURE.split(ctext[match.end() : match.end() + 60])[0]
                place = place_run(after)
                found.append(
                    Quantity(
                        value=money.value,
                        unit=money.currency,
                        counts=counts,
                        text=money.text,
                        source=Source(sentence.line, quote),
                        period=period,
                        approximate=money.approximate,
                        place=place,
                    )
                )
            windows = [(m.start(), m.end()) for m in _PERIOD.finditer(ctext)]
            for match in _counts(ctext):
                start = match.start("n")
                if any(s <= start < e for s, e in windows):
                    continue  # "over its first three days" is a window, not a count
                if any(s <= start < e for s, e in taken):
                    continue
                absolute = offset + start
                if dates is None:
                    dates = [(d.start, d.end) for d in find_dates(text)]
                if any(s <= absolute < e for s, e in dates):
                    continue
                number = match.group("n")
                # "the 2019 films" is a year; "1,200 hopefuls" has its comma.
                if (
                    re.fullmatch(r"(?:18|19|20)\d\d", number)
                    and not match.group("mid")
                    and not re.match(
                        r"\s*(?:people|hopefuls|extras|applicants)", ctext[match.end("n") :]
                    )
                ):
                    continue
                noun = match.group("noun").casefold()
                mid = (match.group("mid") or "").strip(" -")
                after = ctext[match.end("noun") : match.end("noun") + 12].casefold()
                if noun in _NOT_UNITS or (noun == "years" and after.startswith(" old")):
                    continue
                if noun in {"minutes", "hours"} and re.search(
                    r"\b(?:running time|runtime|runs|long)\b", ctext, re.I
                ):
                    continue
                value = _value(number, match.group("scale"))
                if value is None:
                    continue
                unit = noun
                counts = f"{mid} {noun}".strip() if mid else noun
                tail = re.match(
                    r"\s+(?P<t>(?:of|in|for|on|at|to|who|that|across)\b[^,;.()]{0,40})",
                    ctext[match.end("noun") :],
                )
                if tail:
                    counts = f"{counts} {tail.group('t').strip()}"
                found.append(
                    Quantity(
                        value=value,
                        unit=unit,
                        counts=counts,
                        text=match.group(0).strip(),
                        source=Source(sentence.line, quote),
                        period=_count_period(ctext, spans, match.start("n"), match.end()),
                        approximate=bool(match.group("approx")),
                    )
                )
        for i in range(first_new, len(found)):
            q = found[i]
            if q.place is None and re.search(r"\bthere\b", q.source.quote):
                # ("sold 52,700 tickets in France and grossed €330,000 there": its own
                # clause's place first)
                own = q.source.quote[: max(0, q.source.quote.find(q.text))]
                there = there_territory([*earlier, own])
                if there:
                    found[i] = replace(q, place=there)
    return found
