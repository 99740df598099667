"""Accolade questions: (ceremony, year, recipient) → category; (ceremony, year, category) →
recipient; (recipient, category, year) → ceremony; ceremony → year (and a row's year when a
ceremony recurs).

Wording follows :attr:`Award.result`: "won" / "was nominated" where the article says which,
"recognised" only where it does not (the seed's table has no result column).

Distractors have the key's kind (the roles table decides): a category offered to a person is a
person-level prize of a craft that person practises on the film and of their gender (Best
Actress never to a man; Best Picture never to a person; a screenplay prize never to an actor
who did not write); the same ceremony's categories come first, then those of ceremonies of
the same kind (a guild's categories at a guild), never an audience award at a guild. A
category that any named co-recipient holds at that ceremony is never offered as wrong, and no
two options mean the same honour (``Best Foreign Language Film`` = ``Best Film Not in the
English Language``). Recipients offered for an acting prize are actors of the right gender,
never the film's director; for a craft prize, people of that craft from this film and the
other films in the bank.

Ambiguity guard: a row whose recipient was lost might be anyone, so every stem's *true set*
holds all values such a row could make correct.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import lru_cache
from itertools import chain

from quiz.bank import Difficulty
from quiz.facts.model import Award, Film, Gender
from quiz.facts.roles import (
    STANDARD_CATEGORIES,
    CeremonyKind,
    Craft,
    category_craft,
    category_gender,
    category_key,
    category_level,
    category_meaning,
    ceremony_kind,
    craft_of,
    is_company_role,
    specialty,
)
from quiz.facts.text import NUMBER_WORDS
from quiz.generate.chronology import RELEASE_KINDS, year_span
from quiz.generate.context import Context, Rejection
from quiz.generate.difficulty import harder
from quiz.generate.kinds import (
    CRAFT_GETTERS,
    best_tiers,
    compatible,
    directors,
    people_genders,
    person_crafts,
)
from quiz.generate.nearmiss import place_around
from quiz.generate.people import ceremonies, is_organisation, organisations, people, unique
from quiz.textnorm import normalize_option

CATEGORY = "awards"

_FILLER = {"best", "award", "awards", "for", "the", "of", "a", "an", "in", "and", "by"}


@lru_cache(maxsize=16384)
def _category_words(category: str) -> frozenset[str]:
    return frozenset(w for w in normalize_option(category).split() if w not in _FILLER)


def same_category(a: str, b: str) -> bool:
    """Categories that may be the same honour under another name: synonyms in the roles
    table, equal after normalisation, or one's words contained in the other's (``Best Visual
    Effects`` ≈ ``Best Special Visual Effects``). Deliberately generous: it decides what may
    never be offered as a wrong answer."""
    if category_key(a) == category_key(b) or normalize_option(a) == normalize_option(b):
        return True
    wa, wb = _category_words(a), _category_words(b)
    return bool(wa and wb) and (wa <= wb or wb <= wa)


_NAME_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*")


@lru_cache(maxsize=16384)
def names_in(recipient: str) -> tuple[str, ...]:
    """``A, B and C`` → the three names."""
    return tuple(n.strip() for n in _NAME_SPLIT.split(recipient) if n.strip())


def _plural(recipient: str) -> bool:
    """``A, B and C`` names several people."""
    return len(names_in(recipient)) > 1


def _could_be(award: Award, recipient: str) -> bool:
    """True if ``award`` is, or (recipient lost) might be, for ``recipient``."""
    if award.recipient is None:
        return True
    return normalize_option(award.recipient) == normalize_option(recipient)


def _shares_name(award: Award, names: Iterable[str]) -> bool:
    """True if ``award`` names any of ``names`` among its recipients (or lost them)."""
    if award.recipient is None:
        return True
    held = {normalize_option(n) for n in names_in(award.recipient)}
    return any(normalize_option(n) in held for n in names)


_ARTICLE_WORDS = re.compile(
    r"\b(awards?|festival|prize|ceremony|gala|critics|association|academy|circle|society|"
    r"guild|union|institute|board|council|club|foundation|league|alliance|federation|"
    r"asociación|associação|associazione|círculo|cercle|sindicato|syndicat|unión|união|"
    r"biennale|biennial|triennial|days|week|fortnight|nastro|premio|premios|prêmio|prix|goyas|"
    r"césars|ariels|oscars|puraskar|puraskaram|samman|sammaan|bambi|leinwand|"
    r"globes|lolas|baftas|david|étoile|etoile|étoiles|golden|silver|crystal|grand|poll|survey|"
    r"d'or|d’or|"
    r"ballot|referendum)\b",
    re.I,
)
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)\b", re.I)


def the_ceremony(name: str) -> str:
    """``the Golden Reel Awards``, ``the New York Film Critics Circle``, plain ``Cine21``:
    "the" where English needs it (names of bodies and events), never twice."""
    if name.casefold().startswith("the "):
        return name
    if _ARTICLE_WORDS.search(name) or _ORDINAL.match(name):
        return f"the {name}"
    return name


#: A body that gives prizes without holding a ceremony of its own name: "nominated by the
#: French Syndicate of Cinema Critics", not "at" it.
_BODY = re.compile(
    r"\b(?:Critics|Circle|Syndicate|Association|Society|Guild|Union|Board|Club|Asociación|"
    r"Associação|Associazione|Círculo|Cercle|Sindicato|Syndicat|Unión|União|Cronistas|"
    r"Críticos|Critiques)\b"
)
_EVENT = re.compile(r"\b(?:Awards?|Festival|Fest|Gala|Ceremony|Prizes?|Oscars|Globes)\b", re.I)


def at_or_by(ceremony: str) -> str:
    """The preposition for a prize's giver: "at" an awards night, "by" a critics' body."""
    if _POLL.search(ceremony):
        return "in"  # "won Best Actor in the 1968 Sovetsky Ekran readers' poll"
    return "by" if _BODY.search(ceremony) and not _EVENT.search(ceremony) else "at"


_POLL = re.compile(r"(?i)\b(?:poll|survey|ballot)\b")


def _by_body(phrase: str) -> str:
    """ "won at" → "won a prize from", "nominated at" → "nominated by": a critics' body is
    no place."""
    for verb in (" win at", " won at"):
        if phrase.endswith(verb):
            return f"{phrase.removesuffix(' at')} a prize from"
    if re.search(r"\b(?:win|won) .+ at$", phrase):
        return f"{phrase.removesuffix(' at')} from"
    return f"{phrase.removesuffix(' at')} by"


def _at(award: Award) -> str:
    """``the 2025 Golden Reel Awards``, ``the 97th Academy Awards``, ``Cine21 in 2024``.
    A table that names the ceremony by its prize ("Nika Award") is held "at the 1989 Nika
    Awards", as a writer puts it."""
    ceremony = re.sub(r"(?<=[a-zà-ÿ]) Award$", " Awards", award.ceremony)
    if ceremony != award.ceremony:
        award = replace(award, ceremony=ceremony)
    if award.year is None or _ORDINAL.match(award.ceremony):
        return the_ceremony(award.ceremony)
    named = the_ceremony(award.ceremony)
    if at_or_by(award.ceremony) == "by":
        return f"{named} in {award.year}"  # "by the Boston Society of Film Critics in 1994"
    bracketed = re.match(r"^(?P<name>.+?)\s+\((?P<place>[A-ZÀ-Þ][^()]*)\)$", award.ceremony)
    if bracketed and named.startswith("the "):
        # "National Film Festival (Tangier)", a table's label: "the 2012 National Film
        # Festival in Tangier" as a writer puts it.
        return f"the {award.year} {bracketed['name']} in {bracketed['place']}"
    if named.startswith("the ") and not award.ceremony.casefold().startswith("the "):
        return f"the {award.year} {award.ceremony}"
    return f"{named} in {award.year}"


_PRIZE_NAME = re.compile(
    r"\b(?:award|prize|trophy|medal|lions?|bears?|palme|d'or|shell|leopard|globe|eagles?|"
    r"statuette|plaque|grand prix|prix|premio|nastro|tanit|pyramid|diploma|mention|citation)\b",
    re.I,
)


def the_category(category: str) -> str:
    """``Best Director`` as it is; ``the Gucci Impact Award``; ``the Palme d'Or``; and a
    category that names no prize as ``the award for Breakthrough Performance`` (one does not
    "win the Breakthrough Performance")."""
    if re.match(r"^(?:best|outstanding|most|favou?rite|the)\b", category, re.I):
        return category
    if re.match(r"^(?:Golden|Silver|Bronze|Crystal|Grand)\s+[A-ZÀ-Þ]", category):
        return f"the {category}"  # "the Golden Aesop", a prize by its own name
    if _PRIZE_NAME.search(category) or re.search(
        r"\s+for\s+(?:best|most|outstanding)\b", category, re.I
    ):
        # "the Golden Swann for Best Actress": a named prize for a category.
        return f"the {category}"
    return f"the award for {category}"


def _for_film(award: Award, film: Film) -> str:
    # The stem already dates the ceremony: the film's "(year)" tag would only add noise.
    return "" if award.recipient_is_film else f" for {film.title}"


def _year_word(award: Award) -> str:
    """``2024 `` before "ceremony" when the row has a year, nothing when it has none."""
    return f"{award.year} " if award.year else ""


def _who(award: Award, film: Film) -> str:
    assert award.recipient
    if award.recipient_is_film:
        return film.title
    return _joined(award.recipient)


def _joined(names: str) -> str:
    """ "A, B" → "A and B"; "A, B, C" → "A, B and C" (a table cell lists names with commas)."""
    parts = [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", names) if p.strip()]
    if len(parts) <= 1:
        return names
    return ", ".join(parts[:-1]) + f" and {parts[-1]}"


def _was(award: Award) -> str:
    plural = award.recipient and not award.recipient_is_film and _plural(award.recipient)
    return "were" if plural else "was"


def _result_tags(award: Award) -> tuple[str, ...]:
    return ("result",) if award.result in {"won", "nominated"} else ()


def generate(ctx: Context) -> None:
    film = ctx.film
    companies = {c.name.casefold() for c in film.credits if is_company_role(c.role)}
    # (the crew: an actor billed under Starring collects prizes of their own)
    credited = {
        c.name.casefold()
        for c in film.credits
        if not is_company_role(c.role) and craft_of(c.role) not in {"acting", None}
    }
    for award in film.awards:
        if award.recipient is None or re.search(r"[\"“”]|\s[–-]\s", award.recipient):
            continue  # a song credit ('"Tide Song" – A, B') is no recipient to print
        if not award.recipient_is_film and award.recipient.casefold() in companies:
            # A studio in the recipient cell of a film-level prize: the film won it, and
            # "Who won Best Film?" keyed to a company would read as invented.
            award = replace(award, recipient=film.title, recipient_is_film=True)
        if (
            not award.recipient_is_film
            and category_level(award.category) == "film"
            and award.recipient is not None
            and award.recipient.casefold() in credited
        ):
            # "Best Feature Film | Martin Aigner": the director collects the film's prize,
            # which "Which award did Martin Aigner win?" would give to him alone.
            award = replace(award, recipient=film.title, recipient_is_film=True)
        if re.match(r"^(?:Master|Baby)\s+[A-Z]", award.recipient or ""):
            # "Baby Sindhu": a child's billing points to "Best Child Artist" among the
            # categories, and to the child among the recipients; only the year is fair.
            _to_year(ctx, award)
            continue
        _to_category(ctx, award)
        _to_ceremony(ctx, award)
        _to_recipient(ctx, award)
        _to_year(ctx, award)
    _ceremony_to_year(ctx)
    _wins_count(ctx)


def _explain(award: Award, film: Film) -> str:
    who = _who(award, film)
    verb = {"won": "won", "nominated": f"{_was(award)} nominated for"}.get(award.result or "", "")
    if verb:
        return (
            f"{who} {verb} {the_category(award.category)} {at_or_by(award.ceremony)} {_at(award)}."
        )
    # The article lists the row without saying whether it was won: say only that much.
    return (
        f"{who} {_was(award)} recognised in the {award.category} category "
        f"{at_or_by(award.ceremony)} {_at(award)}."
    )


# --- the vocabulary of ceremonies, from this film and its neighbours in the bank ----------


def _rows(ctx: Context) -> list[tuple[Award, Film]]:
    return ctx.memo(
        "award-rows",
        lambda: [(a, f) for f in (ctx.film, *ctx.others) for a in f.awards],
    )


def _film_level(ctx: Context) -> dict[str, bool]:
    """Category key → True when some row gives it to a film (observed beats the table)."""

    def build() -> dict[str, bool]:
        seen: dict[str, bool] = {}
        for award, _ in _rows(ctx):
            key = category_key(award.category)
            if award.recipient_is_film:
                seen[key] = True
            elif award.recipient is not None:
                seen.setdefault(key, False)
        return seen

    return ctx.memo("film-level", build)


def is_film_prize(ctx: Context, category: str) -> bool:
    """Film-level per the rows that name a recipient, else per the roles table."""
    cache: dict[str, bool] = ctx.memo("is-film-prize", dict)
    if category not in cache:
        observed = _film_level(ctx).get(category_key(category))
        cache[category] = observed if observed is not None else category_level(category) == "film"
    return cache[category]


def _recipient_gender(ctx: Context, award: Award) -> Gender | None:
    gender = category_gender(award.category)
    if award.recipient is None or _plural(award.recipient):
        return gender
    genders = ctx.memo("genders", lambda: people_genders(ctx.film))
    # "Most Promising Actor" won by an actress: the category's word is used for all, and
    # the options must share the recipient's own gender, not the word's.
    return genders.get(award.recipient.casefold()) or gender


def _held_crafts(ctx: Context, award: Award) -> set[str]:
    """The crafts the recipients practise on this film (and the prize's own). Another
    craft's prize is no test: whoever knows who shot the film rules out "Best Makeup"."""
    key_craft = category_craft(award.category)
    crafts = ctx.memo("crafts", lambda: person_crafts(ctx.film))
    held: set[str] = set()
    names = names_in(award.recipient or "")
    if len(names) > 1 and key_craft is not None:
        # A pair shares only a prize both could hold: "Best Actor" for two writers, one of
        # them a woman, is no fair wrong answer.
        return {key_craft}
    for name in names:
        held |= crafts.get(name.casefold(), set())
    if key_craft is not None:
        held.add(key_craft)
    return held


def _category_fits(
    ctx: Context, award: Award, category: str, gender: Gender | None, held: set[str]
) -> bool:
    """Whether ``category`` is a prize of the key's kind for this recipient."""
    if specialty(category) != specialty(award.category):
        return False  # "Best Choreography" for an actress, "Best Lyricist" for a singer
    film_prize = is_film_prize(ctx, category)
    if award.recipient_is_film or is_film_prize(ctx, award.category):
        # "Best Picture" to its producers is still the film's prize: film prizes only.
        return film_prize
    if film_prize:
        return False
    if not compatible(category_gender(category), gender):
        return False
    craft = category_craft(category)
    if craft is None:
        return category_craft(award.category) is None
    key_craft = category_craft(award.category)
    if craft == "acting" and key_craft not in {None, "acting"}:
        # A composer's cameo makes no actor: acting prizes beside "Best Score" leave the
        # key the only craft prize among the options.
        return False
    return craft in held


#: A qualifying phrase in a "Best …" key ("in a Motion Picture", "– Drama", "by an Actor"):
#: the ceremony's own wording, which everyday names never carry.
_OWN_PHRASE = re.compile(r"(?i)\b(?:in|for|by)\s+an?\s+\w|\s[–—:]\s|\s-\s")


def _own_wording(category: str) -> bool:
    """Whether a "Best …" key is phrased in its ceremony's own style ("Best Young Actor in a
    Motion Picture"): beside it, "Best Actor" and "Best New Actor" read as another
    ceremony's names, so only the ceremony's own categories may stand with it."""
    return bool(_OWN_PHRASE.search(category))


def _category_candidates(ctx: Context, award: Award) -> Iterator[str]:
    gender = _recipient_gender(ctx, award)
    key_craft = category_craft(award.category)
    # Only the ceremony's own vocabulary (its rows here and in the other films of the bank):
    # another ceremony's categories ("European Cinematographer" at a national academy) are
    # the wrong ones to anyone who knows either.
    own = unique(r.category for r in _ceremony_rows(ctx).get(award.ceremony.casefold(), []))
    if not re.match(r"(?i)best\b", award.category) or _own_wording(award.category):
        # A ceremony with its own naming ("European Director"): everyday "Best …" names
        # would stand out as the wrong ones.
        ordered: Iterable[str] = own
    else:
        standard = STANDARD_CATEGORIES["film" if award.recipient_is_film else key_craft or "film"]
        related = sorted(_held_crafts(ctx, award) - {key_craft or ""})
        meanings = {category_meaning(c) for c in own}
        neutral = any(re.search(r"(?i)\bperformance\b", c) for c in own)
        adapted = ctx.film.source_work is not None
        everyday = (
            c
            for c in chain(standard, *(STANDARD_CATEGORIES.get(r, ()) for r in related))
            # Everyday names only where the ceremony has no name of that meaning ("Best
            # Lead Actor" there: no "Best Actor"), never gendered ones beside its
            # "Performance" prizes, never "Original Screenplay" for an adaptation.
            if category_meaning(c) not in meanings
            and not (neutral and category_gender(c))
            and not (adapted and re.search(r"(?i)\boriginal screenplay\b", c))
        )
        festival = bool(re.search(r"(?i)\b(?:festival|fest|berlinale|biennale)\b", award.ceremony))
        # A jury prize or an audience award is a festival's, never an awards night's.
        everyday = (c for c in everyday if festival or c not in {"Jury Prize", "Audience Award"})
        ordered = chain(own, everyday)
    held = _held_crafts(ctx, award)
    return (c for c in ordered if _category_fits(ctx, award, c, gender, held))


def _to_category(ctx: Context, award: Award) -> None:
    film = ctx.film
    assert award.recipient
    names = names_in(award.recipient)
    at_ceremony = [a for a in film.awards if a.ceremony == award.ceremony]
    # Any category a named co-recipient holds at that ceremony (any year), or a row with a
    # lost recipient might hold, is true or a trap: never a distractor.
    true_set = [a.category for a in at_ceremony if _shares_name(a, names)]
    true_set += [a.category for a in film.awards if a.recipient and _could_be(a, award.recipient)]
    who = _who(award, film)
    at = _at(award)
    on = "in" if at_or_by(award.ceremony) == "in" else "at"
    # ("the film took both the Spirit of the Festival Award and the Best Feature prize"):
    # with another of its results there, the stem asks for one of them.
    which = "Which of these awards" if len(set(true_set)) > 1 else "Which award"
    if award.result == "won":
        stem = f"{which} did {who} win {on} {at}{_for_film(award, film)}?"
    elif award.result == "nominated":
        lead = "For which of these awards" if len(set(true_set)) > 1 else "For which award"
        stem = f"{lead} {_was(award)} {who} nominated {on} {at}{_for_film(award, film)}?"
    else:
        stem = ctx.variant(
            (
                f"In which category {_was(award)} {who} recognised {on} {at}{_for_film(award, film)}?",
                f"{on.capitalize()} {at}, in which category {_was(award)} {who} recognised"
                f"{_for_film(award, film)}?",
            ),
            award.ceremony,
            award.category,
            award.recipient,
        )
    candidates = _category_candidates(ctx, award)
    echo = _echoed_word(award.category, award.ceremony)
    if echo and sum(echo in c.casefold() for c in candidates) < 3:
        # "Best Child Actor" at "the … Festival of Films for Children": the stem's word
        # points at the one option that repeats it (a blind review).
        ctx.rejected.append(Rejection("to-category", stem, "the key echoes the ceremony"))
        return
    ctx.multiple(
        category=CATEGORY,
        template="to-category",
        fact=(award.ceremony, str(award.year), award.recipient, award.category),
        stem=stem,
        key=award.category,
        candidates=candidates,
        true_set=true_set,
        same=category_meaning,
        difficulty=_ceremony_difficulty(award, "medium"),
        explanation=_explain(award, film),
        source=award.source,
        tags=_result_tags(award),
    )


_PLAIN_WORDS = frozenset(
    {"best", "award", "awards", "prize", "film", "films", "feature", "international", "festival"}
)


def _echoed_word(category: str, ceremony: str) -> str | None:
    """A distinctive word of the category that the ceremony's name also has, by its first
    five letters ("Child" in "Films for Children"), case-folded."""
    named = {
        w[:5] for w in re.findall(r"[^\W\d_]{4,}", ceremony.casefold()) if w not in _PLAIN_WORDS
    }
    words: list[str] = re.findall(r"[^\W\d_]{4,}", category.casefold())
    return next((w[:5] for w in words if w not in _PLAIN_WORDS and w[:5] in named), None)


_HEADLINE = re.compile(
    r"\b(?:golden globes?|cannes|venice|berlin(?:ale)?|sundance|toronto)\b", re.I
)


def _ceremony_difficulty(award: Award, base: Difficulty) -> Difficulty:
    """Headline ceremonies (a national academy, the best-known festivals and the Globes)
    keep the base level; minor ones are one level harder (README, difficulty)."""
    if ceremony_kind(award.ceremony) == "academy" or _HEADLINE.search(award.ceremony):
        return base
    return harder(base)


#: Prize names many ceremonies share; any other opening is one ceremony's own style.
_GENERIC_PRIZE = re.compile(
    r"^(?:Best|Most|Outstanding|Audience|Special Jury|Grand Jury|Jury|Special Mention|"
    r"Honou?rable Mention|Achievement in)\b"
)


def _names_its_ceremony(award: Award) -> bool:
    """A category that points at its ceremony ("European Animated Feature Film" at the
    European Film Awards, "Best Feature – Independent" in the Annies' own style)."""
    own = {w for w in _category_words(award.ceremony) if len(w) > 3} - {"film", "films"}
    return "–" in award.category or bool(own & _category_words(award.category))


def _to_ceremony(ctx: Context, award: Award) -> None:
    film = ctx.film
    assert award.recipient
    if _names_its_ceremony(award) or re.search(r"(?i)\bworst\b", award.category):
        return  # "Worst Supporting Actress": only the Razzies hand out a "Worst" prize
    if not _GENERIC_PRIZE.match(award.category) and not any(
        a.ceremony != award.ceremony and same_category(a.category, award.category)
        for a in film.awards
    ):
        # "World Cinema Dramatic Special Jury Award", "Golden Star for Best Arab Narrative
        # Film": a prize in one festival's own style names its festival to anyone who
        # follows them.
        return
    matching = [
        a
        for a in film.awards
        if a.year == award.year
        and same_category(a.category, award.category)
        and _could_be(a, award.recipient)
    ]
    if len(unique(a.ceremony for a in matching)) != 1:
        return  # e.g. the same actor recognised for the same category at two ceremonies
    # A ceremony that recognised the same recipient for the same category in another year is
    # a trap, not a distractor.
    true_set = unique(
        a.ceremony
        for a in film.awards
        if same_category(a.category, award.category) and _could_be(a, award.recipient)
    )
    # A ceremony where the same people were up for a prize of the same kind is a trap, not
    # a distractor: "Best Actress" at Venice beside "Best Leading Actress" at Gdynia.
    meaning, craft = category_meaning(award.category), category_craft(award.category)
    true_set += [
        a.ceremony
        for a in film.awards
        if _shares_name(a, names_in(award.recipient))
        # A named prize of no stated craft ("the Golden Tripod" from a cinematographers'
        # society) may well be for the same work: that ceremony is no provable distractor.
        and (
            category_meaning(a.category) == meaning
            or category_craft(a.category) == craft
            or (a.recipient is not None and category_craft(a.category) is None)
        )
    ]
    kind = ceremony_kind(award.ceremony)
    craft = category_craft(award.category)
    # The options depend only on the ceremony's kind, the prize's craft and the year: one
    # list per context for all of the film's accolades rows that share them.
    candidates = list(
        ctx.memo(
            ("ceremony-candidates", kind, craft, award.year),
            lambda: _ceremony_candidates(ctx, kind, craft, award.year),
        )
    )
    # An awards night among festivals only (or a festival among awards nights) answers
    # "At which ceremony was X nominated for Best Supporting Actress?" by its kind: another
    # of the key's kind must be among the options, or the question is not made.
    festival = kind == "festival"
    alike = [
        c
        for c in candidates
        if c != award.ceremony
        and c not in true_set
        and (ceremony_kind(c) == "festival") == festival
    ]
    if not alike:
        return
    cross = [
        c
        for c in candidates
        if c != award.ceremony
        and c not in true_set
        and (ceremony_kind(c) == "festival") != festival
    ]
    # At most what three options need beyond the key's kind: the key's kind stays the
    # majority (or at least present), whichever three the picker takes.
    candidates = [*alike, *cross[: max(0, 3 - len(alike))]]
    who = _who(award, film)
    cat = the_category(award.category)
    # ("At which 2012 ceremony …" of four film festivals: a festival is no ceremony)
    noun = ("festival" if festival else "ceremony") if len(alike) >= 3 else "event"
    at_which = f"At which {_year_word(award)}{noun}"
    if award.result == "won":
        stem = f"{at_which} did {who} win {cat}{_for_film(award, film)}?"
    elif award.result == "nominated":
        stem = f"{at_which} {_was(award)} {who} nominated for {cat}{_for_film(award, film)}?"
    else:
        stem = f"{at_which} {_was(award)} {who} recognised for {cat}{_for_film(award, film)}?"
    ctx.multiple(
        category=CATEGORY,
        template="to-ceremony",
        fact=(award.recipient, award.category, str(award.year), award.ceremony),
        stem=stem,
        key=award.ceremony,
        candidates=candidates,
        true_set=true_set,
        difficulty="medium",
        explanation=_explain(award, film),
        source=award.source,
        tags=_result_tags(award),
    )


def _ceremony_candidates(
    ctx: Context, kind: CeremonyKind, craft: Craft | None, year: int | None
) -> list[str]:
    """Ceremonies that could award a prize of ``craft`` in ``year``: the bank's of the same
    kind as the key's first, then this film's others."""
    pool = ctx.memo(
        "ceremony-pool", lambda: unique(chain(ctx.values(ceremonies), ctx.pool_values(ceremonies)))
    )
    candidates = [
        c
        for c in chain(
            (c for c in pool if ceremony_kind(c) == kind),
            (c for c in ctx.values(ceremonies) if ceremony_kind(c) != kind),
        )
        if _ceremony_could_award(c, craft) and _medium_fits(ctx, c) and _rows_allow(ctx, c, craft)
    ]
    # Only ceremonies the bank shows held in the stem's year (or does not date): a "2010
    # ceremony" among ones known only from 2009 reads wrong to anyone who notices.
    return [c for c in candidates if _held_that_year(ctx, c, year)]


def _ceremony_rows(ctx: Context) -> dict[str, list[Award]]:
    """Every accolades row of this film and its neighbours in the bank, by ceremony."""

    def build() -> dict[str, list[Award]]:
        rows: dict[str, list[Award]] = {}
        for row, _ in _rows(ctx):
            rows.setdefault(row.ceremony.casefold(), []).append(row)
        return rows

    return ctx.memo("ceremony-rows", build)


def _rows_allow(ctx: Context, ceremony: str, craft: Craft | None) -> bool:
    """A body the bank knows only for one craft (the Grammys for a soundtrack album) is no
    wrong answer for another craft's prize: "the Grammy Awards" for Best Actor reads as
    impossible. Festivals hand out prizes of every craft."""
    rows = _ceremony_rows(ctx).get(ceremony.casefold(), [])
    if rows and all(r.category.casefold() == ceremony.casefold() for r in rows):
        # "| Goldene Leinwand | 1980 | Goldene Leinwand |": one prize named for itself (for
        # admissions), no category of any craft to win or lose
        return craft is None
    if ceremony_kind(ceremony) == "festival":
        return True
    crafts = {category_craft(r.category) for r in rows}
    # Two rows or more of one craft, or a record prize ("Best Album of Original Score"): one
    # row of an awards night says little about what else it hands out.
    known_for_one = len(rows) >= 2 or any(re.search(r"(?i)\balbum\b", r.category) for r in rows)
    # Acting rows say nothing: general ceremonies list their acting prizes first.
    if known_for_one and len(crafts) == 1 and None not in crafts and "acting" not in crafts:
        return craft in crafts
    return True


@lru_cache(maxsize=16384)
def _ceremony_could_award(ceremony: str, craft: Craft | None) -> bool:
    """Whether ``ceremony`` is a plausible wrong answer for a prize of ``craft``: a body
    whose name says its craft (a cinematographers' society, a writers' guild, the Young
    Artist Awards) only for prizes of that craft."""
    own = _specialist_craft(ceremony)
    if own is not None:
        return own == craft
    if re.search(r"\b(?:Prize|Award|Medal|Trophy)$", ceremony) or re.match(r"^Prix\b", ceremony):
        # "the Nordic Council Film Prize", "Prix Louis-Delluc": one prize, to a film, with
        # no Best Actor among its "categories".
        return craft is None
    scope = next((crafts for crafts, pattern in _BODY_SCOPES if pattern.search(ceremony)), None)
    return scope is None or craft in scope


#: Well-known bodies whose categories cover only some crafts, so that none is offered for a
#: prize it never hands out: the Golden Globes have no costume or editing prize, the Hugo
#: Awards honour the dramatic presentation alone, the Grammys only music. ``None`` stands
#: for prizes of the film as a whole.
_BODY_SCOPES: tuple[tuple[frozenset[Craft | None], re.Pattern[str]], ...] = (
    (
        frozenset({None, "acting", "directing", "writing", "music"}),
        re.compile(r"(?i)\b(?:golden globes?|golden raspberry|razzies?)\b"),
    ),
    (frozenset({None}), re.compile(r"(?i)\bhugo awards?\b")),
    (frozenset({"music"}), re.compile(r"(?i)\bgrammy")),
    (
        frozenset({None, "acting", "directing", "writing", "camera", "editing"}),
        re.compile(r"(?i)\b(?:independent spirit|gotham)\b"),
    ),
    (
        frozenset({None, "acting"}),
        re.compile(r"(?i)\b(?:mtv movie|people's choice|teen choice|kids' choice)\b"),
    ),
)


#: Bodies whose name says the one craft they honour (a guild, a society, a scripter prize).
_BODY_CRAFTS: tuple[tuple[Craft, re.Pattern[str]], ...] = (
    ("writing", re.compile(r"(?i)\b(?:scripter|writers|screenwriters?)\b")),
    # ("the Actors and Actresses Union Awards": a performers' union, acting prizes only)
    (
        "acting",
        re.compile(
            r"(?i)\b(?:screen actors|actors guild|sag|actors(?:\s+and\s+actresses)?['’]?\s+"
            r"(?:union|equity|association))\b"
        ),
    ),
    ("editing", re.compile(r"(?i)\b(?:cinema editors|editors|eddie)\b")),
    ("camera", re.compile(r"(?i)\b(?:cinematographers|camerimage|asc|bsc)\b")),
    ("music", re.compile(r"(?i)\b(?:composers|film music|soundtrack)\b")),
    ("design", re.compile(r"(?i)\b(?:art directors|costume designers|make-?up artists)\b")),
    ("directing", re.compile(r"(?i)\b(?:directors guild|dga)\b")),
    ("effects", re.compile(r"(?i)\bvisual effects society\b")),
    ("producing", re.compile(r"(?i)\bproducers guild\b")),
)


def _specialist_craft(ceremony: str) -> Craft | None:
    """The craft a body's name says it honours alone, ``None`` for a general ceremony."""
    for craft, pattern in _BODY_CRAFTS:
        if pattern.search(ceremony):
            return craft
    return category_craft(ceremony) if _SPECIALIST.search(ceremony) else None


def _medium_fits(ctx: Context, ceremony: str) -> bool:
    """A body for one kind of film (animation, documentary) only for a film of that kind."""
    medium = _medium(ceremony)
    return medium is None or medium in ctx.memo("media", lambda: _film_media(ctx.film))


_MEDIA = (
    ("animation", re.compile(r"(?i)\b(?:annie|animat\w*|annecy|cartoon)\b")),
    ("documentary", re.compile(r"(?i)\b(?:documentar\w*|cinema eye|ida)\b")),
)


def _medium(name: str) -> str | None:
    return next((medium for medium, pattern in _MEDIA if pattern.search(name)), None)


def _film_media(film: Film) -> set[str]:
    """The kinds of film this one is, as its own accolades show ("Best Animated Feature")."""
    found: set[str] = set()
    for award in film.awards:
        for name in (award.ceremony, award.category):
            medium = _medium(name)
            if medium:
                found.add(medium)
    return found


def _held_that_year(ctx: Context, ceremony: str, year: int | None) -> bool:
    """Whether the bank shows ``ceremony`` held in ``year`` (or does not say)."""
    years = _ceremony_years(ctx).get(ceremony.casefold(), set())
    return not (year and years and year not in years)


def _ceremony_years(ctx: Context) -> dict[str, set[int]]:
    """The years the bank shows each (case-folded) ceremony held, gathered once per context."""

    def build() -> dict[str, set[int]]:
        return {
            name: {r.year for r in rows if r.year} for name, rows in _ceremony_rows(ctx).items()
        }

    return ctx.memo("ceremony-years", build)


_SPECIALIST = re.compile(
    r"(?i)\b(?:guild|society|association|young artist|cinematographers|editors|composers)\b"
)


def _specialists(film: Film, kind: str) -> list[str]:
    """Everyone the film's facts name for work of speciality ``kind``: credits, people the
    prose names in such a role, and recipients of such prizes."""
    names = [c.name for c in film.credits if specialty(c.role) == kind]
    names += [p.name for p in film.people if specialty(p.role) == kind]
    if kind == "dubbing":
        # The voices of a dub cast list ("Italian dub cast")
        names += [
            m.actor for m in film.cast if m.actor and m.cast_list and specialty(m.cast_list) == kind
        ]
    names += [
        a.recipient
        for a in film.awards
        if a.recipient and not a.recipient_is_film and specialty(a.category) == kind
    ]
    return unique(n for n in names if not _plural(n))


def _specialist_candidates(ctx: Context, award: Award, kind: str) -> Iterator[str]:
    """People of the prize's speciality (and gender), this film's first, then the bank's."""
    gender = _recipient_gender(ctx, award)
    genders = ctx.memo("genders", lambda: people_genders(ctx.film))
    for film in (ctx.film, *ctx.others):
        for name in _specialists(film, kind):
            if film is not ctx.film or compatible(genders.get(name.casefold()), gender):
                yield name


def _recipient_candidates(ctx: Context, award: Award) -> Iterator[str]:
    """People of the prize's craft (and gender), this film's first, then the bank's. A prize
    of no craft (the Palme d'Or handed to the director) takes the recipient's own craft."""
    kind = specialty(award.category)
    if kind is not None:
        return _specialist_candidates(ctx, award, kind)
    craft = category_craft(award.category)
    if craft is None and award.recipient:
        crafts = ctx.memo("crafts", lambda: person_crafts(ctx.film))
        own = sorted(crafts.get(award.recipient.casefold(), set()))
        craft = next((c for c in own if c != "acting"), own[0] if own else None)
    gender = _recipient_gender(ctx, award)
    # The ranking depends only on the craft and the gender (and on the film and its
    # neighbours): one per context, not one walk through the pool per accolades row.
    return iter(
        ctx.memo(
            ("recipient-candidates", craft, gender),
            lambda: _ranked_recipients(ctx, craft, gender),
        )
    )


def _ranked_recipients(ctx: Context, craft: Craft | None, gender: Gender | None) -> list[str]:
    """The people :func:`_recipient_candidates` offers for a prize of ``craft`` and
    ``gender``, best tiers only."""
    genders = ctx.memo("genders", lambda: people_genders(ctx.film))
    film_directors = ctx.memo("directors", lambda: directors(ctx.film))
    getter = CRAFT_GETTERS[craft] if craft is not None and craft in CRAFT_GETTERS else people
    annotated = _annotated(getter)
    names: Iterable[Annotated] = chain.from_iterable(
        ctx.values(annotated, film) for film in (ctx.film, *ctx.others)
    )
    if getter is people:
        names = chain(
            _annotate(
                a.recipient for a in ctx.film.awards if a.recipient and not a.recipient_is_film
            ),
            names,
        )
    acting = {n.casefold() for n in CRAFT_GETTERS["acting"](ctx.film)}

    def ranked() -> Iterator[tuple[int, str]]:
        for name, folded, plural in names:
            known = genders.get(folded)
            if plural or not compatible(known, gender):
                continue
            if craft == "acting" and folded in film_directors and folded not in acting:
                continue  # the director is never offered as a performer
            # For "Best Actress", women the article names as such first; people of unknown
            # gender only when too few are known.
            yield (1 if gender is not None and known is None else 0), name

    return best_tiers(ranked(), unsure_from=1 if gender is not None else None)


#: A name as :func:`_ranked_recipients` reads it: the name, case-folded, and whether it
#: names several people.
Annotated = tuple[str, str, bool]
_ANNOTATED: dict[Callable[[Film], list[str]], Callable[[Film], list[Annotated]]] = {}


def _annotate(names: Iterable[str]) -> list[Annotated]:
    return [(name, name.casefold(), _plural(name)) for name in names]


def _annotated(getter: Callable[[Film], list[str]]) -> Callable[[Film], list[Annotated]]:
    """``getter`` with each name annotated, itself a stable getter (one per getter), so
    :meth:`Context.values` keeps the annotated list on each film: every neighbour's prizes
    read the same names again."""
    found = _ANNOTATED.get(getter)
    if found is None:

        def annotated(film: Film) -> list[Annotated]:
            return _annotate(getter(film))

        found = _ANNOTATED[getter] = annotated
    return found


_YOUTH = re.compile(r"(?i)\b(?:young|youth|child|children|juvenile|under)\b")


def _to_recipient(ctx: Context, award: Award) -> None:
    if _YOUTH.search(award.category):
        return  # a prize for child performers: adults of the cast are no fair options
    film = ctx.film
    if award.recipient_is_film or award.recipient is None or _plural(award.recipient):
        return  # a list of names among single names would give the answer away
    same_slot = [
        a
        for a in film.awards
        if a.ceremony == award.ceremony
        and a.year == award.year
        and same_category(a.category, award.category)
    ]
    if any(a.recipient is None for a in same_slot):
        return
    if award.result == "won":
        # Nominees who did not win are fine distractors; rows without a result might have won.
        true_set = [a.recipient for a in same_slot if a.recipient and a.result != "nominated"]
    else:
        true_set = [a.recipient for a in same_slot if a.recipient]
    if len(unique(true_set)) != 1:
        return
    if award.result != "won":
        # Anyone recognised for this category elsewhere in the list is not offered as wrong.
        true_set += [
            a.recipient
            for a in film.awards
            if a.recipient and same_category(a.category, award.category)
        ]
    # A body honoured ("Special Citation" to a film foundation) among three people is the
    # answer on sight: other bodies only.
    firm = is_organisation(award.recipient) or award.recipient.casefold() in {
        c.casefold() for c in organisations(film)
    }
    if firm and category_craft(award.category) is not None:
        return  # "Lichtwerk VFX" for visual effects among producers and distributors
    candidates: Iterable[str] = (
        (
            name
            for other in (film, *ctx.others)
            for name in organisations(other)
            if name.casefold() != award.recipient.casefold()
        )
        if firm
        else _recipient_candidates(ctx, award)
    )
    cat = the_category(award.category)
    at = _at(award)
    by = at_or_by(award.ceremony)
    mention = re.match(r"(?i)^(special|honou?rable)\s+mention$", award.category)
    if mention and award.result != "nominated":
        # "the jury gave Skovgaard a special mention": one receives a mention, whatever the
        # table calls its row ("recognised for the award for Special Mention" reads badly).
        stem = (
            f"Who received {'an' if mention.group(1)[0] in 'hH' else 'a'} "
            f"{award.category.casefold()} {'from' if by == 'by' else 'at'} {at}"
            f"{_for_film(award, film)}?"
        )
    elif award.result == "won":
        stem = f"Who won {cat} {'from' if by == 'by' else by} {at}{_for_film(award, film)}?"
    elif award.result == "nominated":
        stem = f"Who was nominated for {cat} {by} {at}{_for_film(award, film)}?"
    else:
        stem = ctx.variant(
            (
                f"Who was recognised for {cat} {by} {at}{_for_film(award, film)}?",
                f"Who was recognised for {cat} {by} {at}{_for_film(award, film)}?"
                if by == "by"
                else f"{by.capitalize()} {at}, who was recognised for {cat}{_for_film(award, film)}?",
                f"Which of these was recognised for {cat} {by} {at}{_for_film(award, film)}?",
            ),
            award.ceremony,
            award.category,
            award.recipient,
        )
    ctx.multiple(
        category=CATEGORY,
        template="to-recipient",
        fact=(award.ceremony, str(award.year), award.category, award.recipient),
        stem=stem,
        key=award.recipient,
        candidates=candidates,
        true_set=true_set,
        difficulty=_ceremony_difficulty(award, "medium"),
        explanation=_explain(award, film),
        source=award.source,
        tags=_result_tags(award),
    )


# --- years ---------------------------------------------------------------------------------


def _years_told(rows: Iterable[Award]) -> set[int]:
    """Years the prose gives beside these rows' results ("nominated … for the best classic
    film release of 2018" for a 2019 ceremony): a player could defend any of them."""
    return {
        int(y)
        for a in rows
        if a.result_source is not None
        for y in re.findall(r"\b(?:19|20)\d\d\b", a.result_source.quote)
    }


def _year_options(ctx: Context, qid_seed: str, key: int, true_years: set[int]) -> list[str] | None:
    """Three distractor years around ``key`` inside the story's span, the key's rank
    balanced across the set (awards come after the film exists: never before its year)."""
    span = year_span(ctx.film)
    if span is None:
        return None
    # An award comes after the film reaches someone: never before its first screening year.
    # The article's year for the film is its first showing (a festival screening dated
    # earlier belongs to something else, such as a short it grew from).
    releases = [int(e.date[:4]) for e in ctx.film.events if e.kind in RELEASE_KINDS]
    low = ctx.film.year or (min(releases) if releases else span[0])
    low, high = min(low, key), max(span[1] + 2, key)
    below = [y for y in range(key - 1, max(low, key - 3) - 1, -1) if y not in true_years]
    above = [y for y in range(key + 1, min(high, key + 3) + 1) if y not in true_years]
    rng = ctx.rng_for(f"{ctx.slug}:{qid_seed}:{key}")
    placed = place_around(below, above, ctx.key_ranks, rng.choice, value=float, key_value=key)
    return [str(y) for y in placed[0]] if placed else None


def _to_year(ctx: Context, award: Award) -> None:
    """A row's year, only when its ceremony recurs in the list (else ceremony → year asks it)."""
    film = ctx.film
    assert award.recipient
    if award.year is None:
        return
    ceremony_years = {a.year for a in film.awards if a.ceremony == award.ceremony and a.year}
    if len(ceremony_years) < 2:
        return
    matching = [
        a
        for a in film.awards
        if a.ceremony == award.ceremony
        and same_category(a.category, award.category)
        and _could_be(a, award.recipient)
    ]
    if len({a.year for a in matching}) != 1:
        return
    true_years = {a.year for a in matching if a.year} | {
        a.year
        for a in film.awards
        if a.ceremony == award.ceremony and a.recipient is None and a.year
    }
    seed = f"to-year:{award.ceremony}:{award.category}:{award.recipient}"
    chosen = _year_options(ctx, seed, award.year, true_years | _years_told(matching))
    if chosen is None:
        return
    who = _who(award, film)
    cat = the_category(award.category)
    verb = {"won": f"did {who} win {cat}", "nominated": f"{_was(award)} {who} nominated for {cat}"}
    phrase = verb.get(award.result or "", f"{_was(award)} {who} recognised for {cat}")
    ctx.multiple(
        category=CATEGORY,
        template="to-year",
        fact=(award.ceremony, award.category, award.recipient, str(award.year)),
        stem=(
            f"In which year {phrase} {at_or_by(award.ceremony)} "
            f"{the_ceremony(award.ceremony)}{_for_film(award, film)}?"
        ),
        key=str(award.year),
        candidates=[],
        chosen=chosen,
        difficulty="hard",
        explanation=_explain(award, film),
        source=award.source,
        tags=_result_tags(award),
    )


def _ceremony_to_year(ctx: Context) -> None:
    """ "In which year was the film recognised at the X?" when the ceremony has one year."""
    film = ctx.film
    if len({a.year for a in film.awards if a.year}) < 3:
        # One or two seasons: the year after the release is the default guess, and the
        # distractors either side fall outside any season a player would believe.
        return
    for ceremony in ctx.values(ceremonies):
        if re.search(r"\b(?:State|National)\s+Prize$", ceremony):
            # "the Estonian SSR State Prize": a state honour to its makers, no ceremony the
            # film itself won at (a blind review)
            continue
        rows = [a for a in film.awards if a.ceremony == ceremony]
        years = {a.year for a in rows}
        if len(years) != 1 or rows[0].year is None:
            continue
        if all(a.recipient and not a.recipient_is_film for a in rows):
            # Only its people were up there: "was the film nominated at the Nastro
            # d'Argento" misreads Ventura's nomination (the person's own question asks it).
            continue
        year = rows[0].year
        chosen = _year_options(
            ctx, f"ceremony-to-year:{ceremony}", year, {year} | _years_told(rows)
        )
        if chosen is None:
            continue
        results = {a.result for a in rows}
        cited = rows[0].source
        tags: tuple[str, ...]
        # One row the article says was won (or only nominated) settles the verb: the
        # film did win (or was nominated) there, whatever its other rows were.
        decided = [a for a in rows if a.result in {"won", "nominated"}]
        if (
            len(rows) == 1
            and rows[0].recipient is None
            and category_craft(rows[0].category) == "acting"
        ):
            # "Best Young Actor" with no name in the table: someone's prize, never "was
            # the film nominated for Best Young Actor".
            continue
        if (
            len(rows) == 1
            and decided
            and (decided[0].recipient is None or decided[0].recipient_is_film)
        ):
            # One prize at that ceremony: name it ("win the Grand Prize at …").
            row = decided[0]
            verb = "win" if row.result == "won" else "nominated for"
            prize = the_category(row.category)
            phrase, tags, told = (
                (f"did {film.title} win {prize} at", ("result",), f"won {prize} at")
                if verb == "win"
                else (
                    f"was {film.title} nominated for {prize} at",
                    ("result",),
                    f"was nominated for {prize} at",
                )
            )
        elif "won" in results:
            won = [a for a in rows if a.result == "won"]
            film_level = [a for a in rows if a.recipient is None or a.recipient_is_film]
            if all(a not in film_level for a in won) and any(
                a.result == "nominated" for a in film_level
            ):
                # The film lost its own prize there and only its people won: "did the film
                # win at Cartagena" would credit it with the composer's prize.
                continue
            own = [a for a in won if a.recipient is None or a.recipient_is_film]
            if len(own) == 1:
                # "win at the Carthage Film Festival" when another film took its top prize
                # there: the one prize this film won is named (and cited), whoever else
                # won there ("the restoration won the Heritage Award and the film itself
                # won the Audience Award").
                prize = the_category(own[0].category)
                phrase, told = f"did {film.title} win {prize} at", f"won {prize} at"
                won = own
            else:
                phrase, told = f"did {film.title} win at", "won at"
            tags = ("result",)
            cited = won[0].result_source or won[0].source
        elif "nominated" in results and re.search(
            r"(?i)\b(?:festival|fest|berlinale|biennale|biennial|days)\b", ceremony
        ):
            # A festival's entries compete; "nominated at the Giffoni Film Festival" is no
            # way a festival puts it (a blind review).
            phrase, tags, told = f"did {film.title} compete at", ("result",), "competed at"
        elif "nominated" in results:
            phrase, tags, told = f"was {film.title} nominated at", ("result",), "was nominated at"
        else:
            phrase, tags, told = f"was {film.title} recognised at", (), "was recognised at"
        if at_or_by(ceremony) == "by":
            phrase, told = _by_body(phrase), _by_body(told)
        ctx.multiple(
            category=CATEGORY,
            template="ceremony-to-year",
            fact=(ceremony, str(year)),
            stem=f"In which year {phrase} {the_ceremony(ceremony)}?",
            key=str(year),
            candidates=[],
            chosen=chosen,
            difficulty="medium",
            explanation=f"{film.title} {told} {the_ceremony(ceremony)} in {year}.",
            source=cited,
            fact_key="year",
            tags=tags,
        )


_SPELLED = {v: k for k, v in NUMBER_WORDS.items() if isinstance(v, int) and v <= 20}


#: A tally that says the film won nothing there.
_NO_WINS = re.compile(
    r"(?i)\b(?:won\s+none|none\s+of\s+which|did\s+not\s+(?:win|result\s+in\s+(?:a\s+)?wins?)|"
    r"didn't\s+win|without\s+(?:a\s+)?"
    r"(?:win|winning|award)|empty-handed|lost\s+(?:all|each|every)|no\s+(?:wins|awards|prizes))\b"
)


def _wins_count(ctx: Context) -> None:
    """ "How many of its five nominations at the 10th AACTA Awards did X win?" when the
    prose counts the nominations there (a tally such as "won two of its five nominations")
    and every row of that ceremony has a known result. The options are counts from none to
    all the nominations; the stem never says how many were won."""
    film = ctx.film
    for ceremony in ctx.values(ceremonies):
        rows = [a for a in film.awards if a.ceremony == ceremony]
        if len(rows) < 3 or any(a.result not in {"won", "nominated"} for a in rows):
            continue
        total = len(rows)
        wins = sum(a.result == "won" for a in rows)
        word = _SPELLED.get(total, str(total))
        tally = next(
            (
                a.result_source
                for a in rows
                if a.result_source
                and re.search(
                    rf"(?i)\b(?:{word}|{total})\s+(?:\w+\s+)?nominations\b",
                    a.result_source.quote,
                )
            ),
            None,
        )
        if tally is None:
            continue  # the table's rows alone may not be every nomination there
        if not wins and not any(
            a.result_source and _NO_WINS.search(a.result_source.quote) for a in rows
        ):
            # "it received three nominations: …" says nothing of the results; "won none"
            # would be read from silence.
            continue
        options = [str(n) for n in range(total + 1)]
        key = str(wins)
        around = sorted(options, key=lambda o: (abs(int(o) - wins), -int(o)))
        chosen = [o for o in around if o != key][:3]
        if len(chosen) < 3:
            continue
        won = f"{_SPELLED.get(wins, str(wins))} of them" if wins else "none of them"
        ctx.multiple(
            category=CATEGORY,
            template="wins-count",
            fact=("wins-count", ceremony),
            stem=f"How many of its {word} nominations at {_at(rows[0])} did {film.title} win?",
            key=key,
            candidates=[],
            chosen=sorted(chosen, key=int),
            difficulty="medium",
            explanation=f"{film.title} received {word} nominations at {_at(rows[0])} and won {won}.",
            source=tally,
            tags=("result",),
        )
