"""Production questions: durations and counts stated in prose, the runtime, and the work an
actor was discovered through (asked as "which actor").

Durations worded "over/more than N" are not asked: "over two years" would also be true of
"over a year", so no distractor could be provably wrong.
"""

from __future__ import annotations

import re
from itertools import chain

from quiz.facts.model import Film, ProductionFact
from quiz.generate.context import Context
from quiz.generate.nearmiss import near_minutes, near_quantities, spell_quantity
from quiz.generate.people import actors

CATEGORY = "production"
_OPEN_ENDED = re.compile(r"^(?:over|more than|at least|almost|nearly)\b", re.I)


def generate(ctx: Context) -> None:
    for fact in ctx.film.production:
        if fact.kind == "duration":
            _duration(ctx, fact)
        elif fact.kind == "count":
            _count(ctx, fact)
        elif fact.kind == "discovery":
            _discovery(ctx, fact)
    _runtime(ctx)


def _subject(ctx: Context, what: str) -> str:
    film = ctx.film
    return re.sub(re.escape(film.title), "the film", what)


_WHOLE_SHOOT = re.compile(
    # The title's capitalised words as the subject ("The Long Noon was shot …"), matched with
    # case: "The river crossing was filmed" is one sequence, not the film.
    r"^(?:(?-i:(?:[A-Z][\w'’:-]*\s+){1,6})|it\s+|the\s+film\s+|principal photography\s+|"
    r"(?:the\s+)?(?:filming|shooting|shoot|production)\s+)(?:was|were|took|lasted|ran|began|"
    r"wrapped|took place|shot|filmed)\b",
    re.IGNORECASE,
)


def whole_shoot(clause: str) -> bool:
    """Whether a "shot over N days" clause is about the whole shoot: its subject is the film,
    "principal photography" or "filming", not "the car chase" or "the underwater
    sequences" (one part of it)."""
    text = re.sub(r"^(?:and|but|while|then|after that|in all|in total)[, ]+", "", clause.strip())
    if re.search(
        r"(?i)\b(?:scenes?|sequences?|shots|chase|reshoots?|second unit|pick-ups?|portion|part|leg|"
        r"stretch|exteriors?|interiors?|location work)\b",
        text,
    ):
        return False
    return bool(_WHOLE_SHOOT.match(text))


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _full_name(film: Film, name: str) -> str:
    """ "Lanoux" → "Sylvie Lanoux" when exactly one credited person or actor has that
    surname: a player knows the actress by her full name."""
    if " " in name.strip():
        return name
    known = {m.actor for m in film.cast if m.actor} | {c.name for c in film.credits}
    matches = {n for n in known if n.split()[-1] == name}
    return matches.pop() if len(matches) == 1 else name


def _duration(ctx: Context, fact: ProductionFact) -> None:
    if fact.quantity is None or fact.unit is None or _OPEN_ENDED.match(fact.value):
        return
    what = _subject(ctx, fact.subject)
    if fact.person and re.match(r"(?i)(?:she|he|they|it|who|we|i)\b", fact.person):
        # "She was cast … and spent five months training", "He and Ocampo-Reyes spent two
        # years …": who, the stem cannot say
        return
    person = _full_name(ctx.film, fact.person) if fact.person else None
    # "Before filming, Lanoux spent two weeks learning …": the stem says when.
    when = (
        f"before filming {ctx.title}"
        if re.match(
            r"(?i)(?:before|ahead of)\s+(?:filming|shooting|the shoot)\b", fact.source.quote
        )
        else f"for {ctx.title}"
    )
    if re.search(r"\bthe film\b", what):
        # "spent seven months on the film": the title in its place says it all
        what, when = re.sub(r"\bthe film\b", ctx.title, what, count=1), ""
    elif re.search(r"\bfor the (?:role|part)$", what):
        when = f"in {ctx.title}"  # "learning to sail for the role in X"
    if fact.verb == "took" and " " not in what:
        stem = f"How long did {ctx.title} take to {what}?"  # "… take to complete?"
    elif fact.verb == "took":
        stem = f"How long did it take to {what} {when}".rstrip() + "?"
    elif fact.verb == "spent" and person:
        stem = f"How long did {person} spend {what} {when}".rstrip() + "?"
    elif fact.verb == "waited" and person:
        stem = f"In the making of {ctx.title}, how long did {person} wait {what}?"
    elif fact.verb == "shot" and whole_shoot(fact.source.quote):
        # "shot over 43 days" counts shooting days, which a calendar span may exceed: the
        # stem keeps the article's own measure.
        stem = (
            f"Over how many days was {ctx.title} shot?"
            if fact.unit in {"day", "days"}
            else f"How long did the shoot of {ctx.title} last?"
        )
    else:
        return
    number_text = fact.value.split(" ", 1)[0] if fact.quantity != int(fact.quantity) else fact.value
    unit_word = fact.value.rsplit(" ", 1)[-1]
    # "a year" is shown as "one year" so that it reads like its options ("two years").
    spelled_key = re.sub(r"^an? ", "one ", fact.value)

    def spell(value: float) -> str:
        unit = unit_word.rstrip("s") + ("" if value == 1 else "s")
        if value == 1 and spell_quantity(1, number_text) == "one":
            return f"one {unit}" if not spelled_key.startswith("a ") else f"a {unit}"
        return f"{spell_quantity(value, number_text)} {unit}"

    ctx.multiple(
        category=CATEGORY,
        template=f"duration-{fact.verb}",
        fact=(fact.subject, fact.value),
        stem=stem,
        # Options read as answers, capitalised like the others' ("Two weeks").
        key=_capital(spelled_key),
        candidates=[],
        near=[_capital(spell(v)) for v in near_quantities(fact.quantity)],
        balanced=True,
        true_set=[_capital(spelled_key)],
        difficulty="hard",
        explanation=f"{fact.source.quote}",
        source=fact.source,
    )


def _count(ctx: Context, fact: ProductionFact) -> None:
    if fact.quantity is None or not fact.unit:
        return
    key_number = fact.value.split(" ", 1)[0]
    ctx.multiple(
        category=CATEGORY,
        template="count",
        fact=(fact.subject, fact.value),
        stem=f"How many {fact.unit} made up {fact.subject} of {ctx.title}?",
        key=key_number,
        candidates=[],
        near=[spell_quantity(v, key_number) for v in near_quantities(fact.quantity) if v == int(v)],
        balanced=True,
        true_set=[key_number],
        difficulty="hard",
        explanation=fact.source.quote,
        source=fact.source,
    )


def _discovery(ctx: Context, fact: ProductionFact) -> None:
    if not fact.person:
        return
    medium = f"the {fact.subject} " if fact.subject != "work" else ""
    ctx.multiple(
        category=CATEGORY,
        template="discovered-through",
        fact=(fact.person, fact.value),
        stem=f"Which actor did the makers of {ctx.title} discover through {medium}{fact.value}?",
        key=fact.person,
        candidates=chain(ctx.values(actors), ctx.pool_values(actors)),
        true_set=[fact.person],
        difficulty="medium",
        explanation=f"{fact.person} was discovered for {ctx.title} through {medium}{fact.value}.",
        source=fact.source,
    )


def _runtime(ctx: Context) -> None:
    film = ctx.film
    if film.runtime_minutes is None or film.runtime_source is None:
        return
    if len(re.findall(r"\d+\s*(?:min|minutes)\b", film.runtime_source.quote)) > 1:
        return  # "84 minutes, 97 minutes (director's cut)": which one is "the" running time?
    key = f"{film.runtime_minutes} minutes"
    # "reducing the running time from 98 to 94 minutes", with the restored 98-minute
    # version now in circulation: the stem says which version it asks. (A shorter export
    # cut, or a rough cut nobody saw, leaves the running time the film's own.)
    longer = any(
        m > film.runtime_minutes and m not in film.draft_runtimes for m in film.other_runtimes
    )
    ctx.multiple(
        category=CATEGORY,
        template="runtime",
        fact=(str(film.runtime_minutes),),
        stem=(
            f"What was the running time of {ctx.title} on its original release?"
            if longer
            else f"What is the running time of {ctx.title}?"
        ),
        key=key,
        candidates=[],
        # Another version's running time, or one within two minutes of it, is no option.
        near=[
            f"{m} minutes"
            for m in near_minutes(film.runtime_minutes)
            if all(abs(m - other) > 2 for other in film.other_runtimes)
        ],
        balanced=True,
        true_set=[key, *(f"{m} minutes" for m in film.other_runtimes)],
        difficulty="hard",
        explanation=(
            f"{ctx.title} ran {key} on its original release."
            if longer
            else f"{ctx.title} runs {key}."
        ),
        source=film.runtime_source,
    )
