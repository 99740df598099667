"""Adaptation questions: the source work's author, renamed characters, and novel-versus-film
changes as True/False statements.

Free-text changes cannot get same-type multiple-choice distractors from one article, so they
are asked as statements. A false statement is built only by attributing the *source side*
of a change to the film, which the article itself says is not what the film does: provably
false, never invented. A replacement, which names both sides, is asked true or false by a
seeded choice; any other change only as the trap (the source's turn told of the film), since
blind reviews sent back its true side as a plot point restated, and statements that set
the two works side by side or run long as stilted.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable
from itertools import chain

from quiz.facts.model import AdaptationChange, Film
from quiz.facts.places import DEMONYMS
from quiz.generate.context import Context
from quiz.generate.kinds import (
    CRAFT_GETTERS,
    best_tiers,
    compatible,
    person_crafts,
    role_form,
    role_genders,
)
from quiz.generate.people import characters, people, unique

CATEGORY = "adaptation"


def _source_kind(ctx: Context) -> str:
    """The source's kind: the infobox's, else the one the differences section names ("In
    the play, …"), else "source work"."""
    work = ctx.film.source_work
    if work and work.kind not in {"work", "source work"}:
        return work.kind
    named = {
        found.group(1).casefold()
        for change in ctx.film.adaptation_changes
        if (found := _SOURCE_NAMED.search(change.source.quote))
    }
    if len(named) == 1:
        return named.pop()
    return work.kind if work else "source work"


#: "In the play, …", "the novel's ending": the kind of work a difference names.
_SOURCE_NAMED = re.compile(
    r"(?i)\b(?:in|from)\s+the\s+(play|novel|novella|book|comic|manga|musical|short story|"
    r"memoir|stage play|radio play|opera|story)\b"
)


def generate(ctx: Context) -> None:
    _author(ctx)
    for change in ctx.film.adaptation_changes:
        if ctx.film.source_work is None and change.kind == "removed":
            # "a subplot … was removed entirely" in an original screenplay: a cut from the
            # edit, no change from a source work the film does not have.
            continue
        if change.kind == "renamed":
            _renamed(ctx, change)
        _statement(ctx, change)


#: Works whose titles English prints in quotation marks, not italics.
_SHORT_WORKS = frozenset({"short story", "story", "poem", "song", "essay", "article", "novelette"})


def _author(ctx: Context) -> None:
    film = ctx.film
    work = film.source_work
    if work is None or not work.author or re.search(r",|\band\b|&", work.author):
        # Two authors as one option would be the only pair among single names.
        return
    title = f" {work.title}" if work.title and work.title != film.title else ""
    if title and work.kind in _SHORT_WORKS and not re.match(r'\s["“]', title):
        # A short story's or a poem's title goes in quotation marks ("the short story
        # "El arpero de Yaguarón""), or it runs into the sentence around it.
        title = f" “{work.title}”"
    published = [
        int(e.date[:4])
        for e in film.events
        if work.title
        and work.title in e.source.quote
        and re.search(r"\bpublished\b", e.source.quote)
    ]
    old_work = bool(published and film.year and film.year - min(published) >= _GENERATIONS)
    # The film's own crew, beside an author whose book came out generations before the
    # film, are impossible guesses: only other films' source authors remain.
    crafts = ctx.memo("crafts", lambda: person_crafts(film))
    own_people: Iterable[str] = (
        ()
        if old_work
        else chain(
            ctx.values(CRAFT_GETTERS["writing"]),
            (
                c.name
                for c in film.credits
                if c.role in {"Director"} and c.name.casefold() not in _actors(film)
            ),
        )
    )
    ctx.multiple(
        category=CATEGORY,
        template="source-author",
        fact=(work.kind, work.title or "", work.author),
        stem=f"Who wrote the {work.kind}{title} that {ctx.title} is based on?",
        key=work.author,
        # Writers first (the film's, then the bank's, and other source works' authors): the
        # likeliest guesses for who wrote the source work; never an actor.
        candidates=chain(
            own_people,
            ctx.pool_values(_authors),
            () if old_work else ctx.pool_values(CRAFT_GETTERS["writing"]),
            ()
            if old_work
            else (
                p
                for p in ctx.values(people)
                if p.casefold() not in _actors(film)
                # (never the cinematographer or the composer: blind reviews found crew of a
                # craft far from words an implausible guess for a novel's author)
                and not crafts.get(p.casefold(), set()) & _FAR_FROM_WORDS
            ),
        ),
        true_set=[work.author],
        difficulty="easy",
        explanation=f"{ctx.title} is based on the {work.kind}{title} by {work.author}.",
        source=work.source,
    )


#: Years between a source work's publication and the film beyond which the film's own
#: crew could not have written it (an 1896 folk-tale collection, a 1987 film).
_GENERATIONS = 60


def _actors(film: Film) -> set[str]:
    return {m.actor.casefold() for m in film.cast if m.actor}


#: Crafts whose people are no plausible author of a book or a play.
_FAR_FROM_WORDS: frozenset[str] = frozenset(
    {"camera", "music", "editing", "design", "sound", "effects"}
)


def _authors(film: Film) -> list[str]:
    """The author of ``film``'s source work, as a one-item pool."""
    work = film.source_work
    return [work.author] if work and work.author else []


def _renamed(ctx: Context, change: AdaptationChange) -> None:
    if not change.novel:
        return
    if change.film.casefold() not in {c.casefold() for c in characters(ctx.film)} and not any(
        change.film.casefold() in c.casefold().split() for c in characters(ctx.film)
    ):
        return  # a renamed island or town is no "character"
    kind = _source_kind(ctx)
    # A woman renamed is offered women's names only: the only name of the right sex would
    # give the key away, and names of unknown sex read as one sex or the other.
    genders = role_genders(ctx.film)
    pronoun = re.search(r"\b(She|He)\s+(?:was|is)\s+(?:later\s+)?renamed\b", change.source.quote)
    # "Jamie is renamed Hemi", the cast's "Hemi Tāwhai": the full role knows the sex.
    full_role = next(
        (
            c
            for c in characters(ctx.film)
            if c.split()[:1] == [change.film] and genders.get(c.casefold()) is not None
        ),
        None,
    )
    gender = (
        genders.get(change.film.casefold())
        or (genders.get(full_role.casefold()) if full_role else None)
        or (("female" if pronoun.group(1) == "She" else "male") if pronoun else None)
    )
    bare_key = " " not in change.film.strip()
    own = best_tiers(
        (
            (0 if gender is None or genders.get(c.casefold()) == gender else 1, c)
            for c in ctx.values(characters)
            if c[:1].isupper()
            and compatible(gender, genders.get(c.casefold()))
            and (
                bare_key is False
                or (role_form(c) == "plain" and c.split()[0].casefold() != change.film.casefold())
            )
        ),
        # "Ruth" and "Esther" for a renamed boy: players read a sex into given names.
        unsure_from=1 if gender is not None else None,
    )
    candidates: Iterable[str] = chain(own, () if gender else ctx.pool_values(characters))
    if bare_key:
        # "Hemi" among "Oliver Penrose" and "Barry Shand": the one bare given name is the
        # answer, so a bare key is offered among the others' given names.
        candidates = unique(
            c.split()[0]
            for c in candidates
            if role_form(c) == "plain" and c.split()[0].casefold() != change.novel.casefold()
        )
    ctx.multiple(
        category=CATEGORY,
        template="renamed",
        fact=(change.novel, change.film),
        stem=f"The character called {change.novel} in the original {kind} has which name in {ctx.title}?",
        key=change.film,
        candidates=candidates,
        true_set=[change.film],
        difficulty="medium",
        explanation=f"{ctx.title} renames the {kind}'s {change.novel} as {change.film}.",
        source=change.source,
    )


def _first_clause(text: str) -> str:
    """``A; B`` → ``A``: a statement keeps the change itself, not the article's comment."""
    first = re.split(r";\s+", text, maxsplit=1)[0].rstrip(" .")
    # "…, which becomes Polish after the war, while …": the article's asides, not the change.
    first = re.split(r",\s+(?:which|while|whereas|where)\s+", first, maxsplit=1)[0]
    # "…, a change Vautrin made so that …": the article's comment on the change.
    first = re.split(
        r",\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:change|decision|choice|move|departure|alteration|"
        r"ending|touch|addition|twist|nod|invention|device)\b",
        first,
        maxsplit=1,
    )[0]
    return first.rstrip(" .,")


def _in_source(kind: str, text: str) -> str:
    """``In the novel, X`` unless X already names the source (``the play ends with …``)."""
    if text.casefold().startswith(f"the {kind}"):
        return text[0].upper() + text[1:]
    return f"In the {kind}, {text}"


def _statement(ctx: Context, change: AdaptationChange) -> None:
    film = ctx.film
    title = ctx.title
    work = film.source_work
    if work and work.title and work.title.casefold() == film.title.casefold():
        # A play of the same name: "In Todos a la azotea, …" could be either work.
        title = f"the film {ctx.title}"
    kind = _source_kind(ctx)
    if change.novel and re.search(
        r"(?i)\b(?:survives?|outlives?|lives\s+through|dies\s+in|appears\s+in)\s+the\s+"
        r"(?:novel|book|original|play|story|source)\b",
        change.novel,
    ):
        # "Tadeusz survives the novel and is deported": the source named inside the side's
        # own words, which "In the film, Tadeusz survives the novel …" would garble.
        return
    fact = (change.kind, change.novel or "", change.film)
    truth = random.Random(f"quiz:truth:{ctx.slug}:{'|'.join(fact)}").random() < 0.5
    source = change.source
    if change.kind == "added":
        # "X adds Y, something not in the novel": three in four sent back by blind reviews
        # (a fragment, or a plot point restated); the addition stays in the article.
        return
    if change.kind == "renamed":
        return  # asked as multiple choice above
    if change.kind == "removed" and change.novel:
        # (the false side: "X removes Y, who appears in the novel", told true, restates
        # the film's cast list)
        truth = False
        statement = f"{title} keeps {change.novel} from the {kind}."
        explanation = f"{change.novel[0].upper()}{change.novel[1:]} was removed from the film."
    elif change.novel:
        if len(_first_clause(change.novel)) + len(_first_clause(change.film)) > 200:
            return  # a paragraph, not a statement a player can weigh
        novel, film_side = _first_clause(change.novel), _first_clause(change.film)
        # "…; in the film, however, he is released": the article's connective is no part of
        # the change.
        film_side = re.sub(r"^(?:however|by contrast|instead|though),?\s+", "", film_side)
        if re.match(r"(?i)^(?:it|he|she|they|this)\b", novel):
            # "it dries up gradually": whose "it", a statement read alone cannot say.
            return
        if change.kind == "replaced" and re.match(r"the [\w ]+(?:'s|’s) ", novel):
            # "the play's bittersweet ending, in which …": a noun phrase, not a clause.
            upper = novel[0].upper() + novel[1:] + ("," if "," in novel else "")
            true_text = f"{upper} is replaced in {title} by {film_side}."
            false_text = f"{title} keeps {novel}."
            explanation = f"{upper} is replaced in the film by {film_side}."
        elif change.kind == "replaced":
            true_text = f"{_in_source(kind, novel)}; {title} replaces this with {film_side}."
            false_text = f"In {title}, {novel}."
            explanation = f"{_in_source(kind, novel)}; the film replaces this with {film_side}."
        else:
            # "In Iron Elbow, Kru Chit dies of a stroke a week before the title fight": the
            # source's turn told of the film is the trap blind reviews printed. The film's
            # own turn, told true, only restates its plot; the two side by side ("In the
            # novel, …; in X, by contrast, …") read stilted. Both need a shared subject.
            if _named_clause(film_side, novel) is None or _NAMES_THE_SOURCE.search(novel):
                # ("the young man of 'A Carta da América' does sail … at the end of the
                # story": a side naming its own work reads true of it in "In the film, …")
                return
            truth = False
            true_text, false_text = "", f"In {title}, {novel}."
            explanation = f"{_in_source(kind, novel)}; in the film, {film_side}."
        statement = true_text if truth else false_text
    else:
        return
    statement = statement[0].upper() + statement[1:]
    if not _printable(statement, truth, change):
        return
    ctx.boolean(
        category=CATEGORY,
        template=f"change-{change.kind}",
        fact=fact,
        statement=statement,
        truth=truth,
        difficulty="medium",
        explanation=explanation,
        source=source,
        tags=("change",),
    )


#: The longest True/False statement a player reads at a glance (characters): blind
#: reviews printed one in ten of the longer ones.
_LONGEST_STATEMENT = 150
#: Frames that set the two works side by side in one statement, which blind reviews sent
#: back as stilted (three in twenty-three printed).
_SIDE_BY_SIDE = re.compile(r"\bby contrast\b|\bunlike the original\b|\bsomething not in\b")


def _printable(statement: str, truth: bool, change: AdaptationChange) -> bool:
    """Whether a True/False statement is one a publisher prints: short, one work's turn
    at a time, and (but for a replacement, which names both sides) a trap that is false.
    A true statement of the film's own plot was sent back in four reviews of five as a
    plot point restated; an addition ("X adds Y, something not in the novel") in three of
    four."""
    if len(statement) > _LONGEST_STATEMENT or _SIDE_BY_SIDE.search(statement):
        return False
    return not truth or change.kind == "replaced"


_NAMES_THE_SOURCE = re.compile(
    r"(?i)\b(?:the|this|that|its)\s+(?:original\s+)?(?:story|stories|novel|book|play|source|"
    r"collection|memoir|novella|manga|comic|radio\s+play)\b"
)
_SUBJECT = re.compile(
    r"^(?:(?:the\s+)?[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)*|the\s+[a-z]+)(?=\s+[a-z])"
)
_SUBJECT_PRONOUN = re.compile(r"^(?:he|she|they|it)\s+(?=[a-z])")


def _another_name(text: str) -> bool:
    """Whether ``text`` names someone: a capitalised word that is no demonym ("the Kazakh
    elders") and not inside quotation marks (a story's title)."""
    unquoted = re.sub(r"[\"“][^\"”]*[\"”]", " ", text)
    return any(
        word not in DEMONYMS for word in re.findall(r"(?<![\w'’-])[A-ZÀ-Þ][\w'’-]+", unquoted)
    )


_CLEFT = re.compile(
    r"^it\s+(?:is|was)\s+(?P<who>[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)*)\s+(?:who|that)\s+"
    r"(?P<rest>.+)$"
)


def _named_clause(film_side: str, novel: str) -> str | None:
    """The film's side as a clause a player can read alone: "he dies defending the pass"
    takes its subject from the source's side ("Qoja-batyr survives …") → "Qoja-batyr dies
    defending the pass". ``None`` when the subject cannot be told."""
    if re.match(
        r"(?i)the\s+(?:character|role|part|figure|story|plot|film|book|novel)\b", film_side
    ):
        return None  # "the character was renamed …": which character, the statement cannot say
    cleft = _CLEFT.match(film_side)
    if cleft:
        # "it is Fons who takes the blame": Fons takes the blame ("it" stands for no one).
        film_side = f"{cleft.group('who')} {cleft.group('rest')}"
    if not _SUBJECT_PRONOUN.match(film_side):
        # "Keswick discovers …" names its subject; "his storyline …" does not.
        subject = _SUBJECT.match(film_side)
        if not subject or not _FINITE.search(film_side):
            return None
        if subject.group(0).startswith("the ") and _DANGLING.search(film_side):
            # "the mayor is his accomplice": whose, the statement alone cannot say.
            return None
        return film_side
    subject = _SUBJECT.match(novel)
    if not subject or _another_name(novel[subject.end() :]):
        # "Charlie has a teenage son, Danny, …; he was replaced with a daughter": with a
        # second name in the source's side, "he" may be either one.
        return None
    return subject.group(0) + " " + _SUBJECT_PRONOUN.sub("", film_side)


#: A verb that makes an element a clause ("Nathan survives the raid"), not a thing added.
_FINITE = re.compile(
    r"\b(?:is|was|are|were|has|had|dies|died|survives|survived|becomes|became|kills|killed|"
    r"appears|appeared|sing|sings|sang|takes|took|leaves|left|returns|returned|marries|married|"
    r"acts|acted|lives|lived|works|worked|helps|helped|tries|tried|wants|wanted|knows|knew|"
    r"loves|loved|goes|went|comes|came|finds|found|meets|met|falls|fell|escapes|escaped|"
    r"remains|remained|stays|stayed|saves|saved|betrays|betrayed|does|did|can|will|would|"
    r"must|refuses|refused|decides|decided|learns|learned|learnt|flees|fled|wins|won|loses|lost)\b"
)
#: A pronoun whose person the statement never names.
_DANGLING = re.compile(r"\b(?:his|her|him|their|them|he|she|they)\b")
