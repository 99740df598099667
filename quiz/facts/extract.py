"""The extraction pipeline: an article's text model → every typed fact → one :class:`Film`.

Every extractor is one function from the :class:`~quiz.facts.textmodel.TextModel` to a list of
typed facts, in its own module, registered in :data:`EXTRACTORS`. The steps after them only
merge: prose results into the accolades rows, prose people into empty credit slots, genders
onto people and characters, the infobox's release date against the prose. Every fact keeps
the line it came from; extraction never raises on odd input (a fact it cannot read is absent).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from quiz.article import Article, read_article
from quiz.facts.adaptation import (
    complete_source_work,
    read_adapted_parts,
    read_changes,
    read_source_work,
)
from quiz.facts.awards import read_awards
from quiz.facts.boxoffice import read_amounts
from quiz.facts.cast import read_cast
from quiz.facts.distribution import read_distribution
from quiz.facts.events import read_events
from quiz.facts.gender import base_character, people_genders
from quiz.facts.infobox import read_infobox
from quiz.facts.locations import read_locations
from quiz.facts.model import (
    Award,
    CastMember,
    Credit,
    Event,
    Film,
    FirstRelease,
    Gender,
    PersonMention,
    Source,
)
from quiz.facts.numbers import read_numbers
from quiz.facts.people import called_a_group, read_people, said_to_write, surname_index
from quiz.facts.places import DEMONYMS, territories
from quiz.facts.production import read_production
from quiz.facts.records import read_records
from quiz.facts.results import (
    by_town,
    merge_results,
    prose_results,
    result_tallies,
    settle_by_tally,
)
from quiz.facts.roles import canonical_role, category_gender, is_company_role, prose_role
from quiz.facts.text import NAME, clean_name, split_sentences
from quiz.facts.textmodel import TextModel, build_text_model

Extractor = Callable[[TextModel], Sequence[Any]]

#: Every extractor, by the :class:`Film` field it fills. Adding a kind of fact means adding a
#: module with one ``read_*(model)`` function and one line here.
EXTRACTORS: tuple[tuple[str, Extractor], ...] = (
    ("cast", read_cast),
    ("awards", read_awards),
    ("events", read_events),
    ("distribution", read_distribution),
    ("amount_mentions", read_amounts),
    ("source_work", read_source_work),
    ("adapted_parts", read_adapted_parts),
    ("adaptation_changes", read_changes),
    ("production", read_production),
    ("people", read_people),
    ("records", read_records),
    ("numbers", read_numbers),
    ("locations", read_locations),
)

_LEAD_YEAR = re.compile(r"\bis an? (?P<year>(?:18|19|20)\d\d)\b")
_QUALIFIER_YEAR = re.compile(r"\b(?P<year>(?:18|19|20)\d\d)\b")
_DIRECTED_BY = re.compile(rf"\bdirected by (?P<names>{NAME}(?:(?:,\s*|\s+and\s+){NAME})*)")


def _year(article: Article, released: str | None) -> int | None:
    if article.qualifier:
        match = _QUALIFIER_YEAR.search(article.qualifier)
        if match:
            return int(match.group("year"))
    if released:
        return int(released[:4])
    for paragraph in article.lead.paragraphs[:1]:
        match = _LEAD_YEAR.search(paragraph.text)
        if match:
            return int(match.group("year"))
    return None


def _lead_directors(article: Article) -> list[Credit]:
    credits: list[Credit] = []
    for paragraph in article.lead.paragraphs:
        for sentence in split_sentences(paragraph.text):
            match = _DIRECTED_BY.search(sentence)
            if match:
                for name in re.split(r",\s*|\s+and\s+", match.group("names")):
                    credits.append(
                        Credit("Director", clean_name(name), Source(paragraph.line, sentence), True)
                    )
                return credits
    return credits


_WRITER_ROLES = {"writer", "screenplay", "written by", "screenplay by"}


_PLAYING = re.compile(
    r"(?P<actor>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,3})(?:,\s+[^,;.]{1,40},)?\s+"
    r"(?:playing|who\s+played|played|again\s+as|reprising\s+(?:the\s+role\s+of|his\s+role\s+as|"
    r"her\s+role\s+as))\s+(?:the\s+role\s+of\s+)?(?P<role>[A-ZÀ-Þ][\w'’-]+)"
)


def _played_in_prose(text: str, cast: list[CastMember]) -> list[tuple[str, str]]:
    """Actors of the cast lists the prose puts in a part ("with Rhys Bleddyn, by then
    thirty-one, playing Ifan"), whatever version of the story it was."""
    actors = {m.actor for m in cast if m.actor}
    # "with Zakaryan, by then in his fifties, playing Mushegh": a surname that names one
    # actor of the lists is that actor.
    by_surname: dict[str, set[str]] = {}
    for actor in actors:
        if " " in actor:
            by_surname.setdefault(actor.split()[-1], set()).add(actor)
    found = []
    for match in _PLAYING.finditer(text):
        actor = match["actor"]
        if actor not in actors and len(by_surname.get(actor, ())) == 1:
            actor = next(iter(by_surname[actor]))
        if actor in actors:
            found.append((actor, match["role"]))
    return found


def _role_words(role: str) -> set[str]:
    return set(re.findall(r"\w[\w'’-]*", role.casefold()))


def _dub_roles_as_main(cast: list[CastMember]) -> list[CastMember]:
    """A dub's or stage cast's role named by part of a main-cast role ("Bandu Mama" for
    'Bandopant "Bandu Mama" Kulkarni') is that character, of its gender: the short name's
    own words ("Mama", a Marathi uncle) do not overrule the main cast's reading."""
    main = [
        (_role_words(m.role), m.gender) for m in cast if not m.cast_list and m.role and m.gender
    ]
    out = []
    for member in cast:
        if member.cast_list and member.role:
            words = _role_words(member.role)
            found = {gender for role, gender in main if words and words <= role}
            if len(found) == 1:
                member = replace(member, gender=found.pop())
        out.append(member)
    return out


def _prose_credits(people: list[PersonMention], lead: list[Credit]) -> list[Credit]:
    credits = list(lead)
    for person in people:
        role = prose_role(person.role)
        if role and role.name != "Author":
            credits.append(Credit(role.name, person.name, person.source, True, person.gender))
    return credits


#: Kinds that are a showing of the film: none can come years before the film's year.
_SHOWINGS = frozenset(
    {"premiere", "festival_screening", "release", "re_release", "home_media", "streaming"}
)


def _before_the_film(events: list[Event], year: int | None, title: str) -> list[Event]:
    """Showings dated more than a year before the film's own year, in a clause that does
    not name the film, are another work's (the stage play it adapts "opened at a small
    theatre in Lyon in October 1994"): kept as ``other``, never a release of the film."""
    if year is None:
        return events

    def names_film(quote: str) -> bool:
        return bool(_FILM_WORDS.search(quote)) or bool(title and title in quote)

    return [
        replace(e, kind="other")
        if e.kind in _SHOWINGS
        and int(e.date[:4]) < year - 1
        # "saw the play during its first run, where it opened on 12 October 1991": five
        # years before the film's own, "it" is the other work whatever the clause says.
        and (not names_film(e.source.quote) or int(e.date[:4]) < year - 2)
        else e
        for e in events
    ]


_FILM_WORDS = re.compile(r"(?i)\b(?:the film|the picture|the movie|it|its)\b")


def _shoot_after_release(events: list[Event]) -> list[Event]:
    """A shoot "ending" years after the film first showed is something else ("a plaque
    marking the filming was unveiled in October 2003, shortly before the factory closed"):
    kept as ``other``, never the wrap of a film released in 1979."""
    shown = [e.date[:4] for e in events if e.kind in {"premiere", "release"}]
    if not shown:
        return events
    first = min(shown)
    return [
        replace(e, kind="other", what=e.source.quote.strip(" .")[:120])
        if e.kind in {"filming_start", "filming_end"} and e.date[:4] > first
        else e
        for e in events
    ]


_RUNTIME_WORDS = frozenset(
    {"running", "runtime", "runs", "ran", "cut", "long", "longer", "shorter", "minutes"}
)
_RUNNING_TIME = re.compile(
    r"(?i)\b(?:running\s+time|runtime|runs?|ran|cut(?:\s+\w+)?\s+to|\w+\s+long)\b[^.;]{0,60}?"
    r"\b(?P<m>\d{2,3})\s*(?:minutes|min)\b|\b(?P<n>\d{2,3})[- ]minute\s+(?:version|cut|print)\b"
    # "in a slightly shortened cut of 117 minutes"
    r"|\b(?:cut|version|print|edit)\s+of\s+(?P<o>\d{2,3})\s*(?:minutes|min)\b"
    # "A director's cut running 121 minutes"
    r"|\b(?:cut|version|print|edit)\s+running\s+(?P<q>\d{2,3})\s*(?:minutes|min)\b"
    # "A director's cut, nine minutes longer at 121 minutes"
    r"|\b(?:longer|shorter)\s+(?:at|,\s+at)\s+(?P<p>\d{2,3})\s*(?:minutes|min)\b"
)


def other_runtimes(model: TextModel, runtime: int | None) -> list[int]:
    """Running times the prose gives besides the infobox's ("seven minutes were removed,
    bringing the running time down to 81 minutes"): another version's, never a wrong answer
    to "What is the running time?"."""
    found: list[int] = []
    for sentence in model.sentences:
        if "minute" not in sentence.text or (
            sentence.words.isdisjoint(_RUNTIME_WORDS)
            # "the uncut 98-minute version": the length as one hyphenated word
            and not re.search(r"\d[- ]minute\b", sentence.text)
        ):
            continue
        for match in _RUNNING_TIME.finditer(sentence.text):
            minutes = int(next(g for g in match.groups() if g))
            if minutes != runtime and minutes not in found and 30 <= minutes <= 400:
                found.append(minutes)
    return found


#: A working cut: "A rough cut shown to the co-producers ran 128 minutes", "an early cut".
_DRAFT_CUT = re.compile(
    r"(?i)\b(?:rough|first|early|earlier|initial|workprint|assembly|work-in-progress)\s+"
    r"(?:cut|assembly|version)\b|\bfirst\s+assembly\b|\bworkprint\b"
)


def draft_runtimes(model: TextModel, others: list[int]) -> list[int]:
    """Of ``others``, the running times of working cuts (a rough cut, a first assembly):
    never shown to the public, so they make no other "version" a player could mean."""
    drafts: list[int] = []
    for sentence in model.sentences:
        if not _DRAFT_CUT.search(sentence.text):
            continue
        for clause in sentence.clauses:
            if not _DRAFT_CUT.search(clause.text):
                continue
            for match in _RUNNING_TIME.finditer(clause.text):
                minutes = int(next(g for g in match.groups() if g))
                if minutes in others and minutes not in drafts:
                    drafts.append(minutes)
    return drafts


def _nationwide_at_home(events: list[Event], countries: list[str]) -> list[Event]:
    """ "Cine Colombia released it nationwide on April 21, 2011": a nationwide release whose
    sentence names no territory (the distributor's name is none) is the one country's the
    film comes from; with several countries, the lead one's when the sentence names it (in
    the company's name), else which nation is unknown."""
    if not countries:
        return events
    home = countries[0]

    def at_home(quote: str) -> bool:
        if territories(_COMPANY_NAMED.sub(" ", quote)):
            return False
        return len(countries) == 1 or re.search(rf"\b{re.escape(home)}\b", quote) is not None

    return [
        replace(e, places=(home,), place=home)
        if e.kind == "release"
        and e.scope == "nationwide"
        and not e.places
        and at_home(e.source.quote)
        else e
        for e in events
    ]


#: A company named before "released"/"distributed" ("Cine Colombia released it"): its
#: words name no territory of the release.
_COMPANY_NAMED = re.compile(
    r"^(?:[A-ZÀ-Þ][\w'’.&-]*\s+){1,4}(?=(?:released|distributed|opened|gave)\b)"
)


def released_kind(released: str | None, events: list[Event]) -> str | None:
    """Whether the infobox date is a premiere or a release, by the prose's events that day."""
    if not released:
        return None
    kinds = {e.kind for e in events if e.date == released}
    if kinds & {"premiere", "festival_screening"}:
        return "premiere"
    if "release" in kinds:
        return "release"
    return None


def first_releases(events: list[Event]) -> list[FirstRelease]:
    """One first release per territory: the earliest dated release there (re-releases,
    streaming and home media are not first releases)."""
    best: dict[str, Event] = {}
    for event in events:
        if event.kind != "release":
            continue
        for territory in event.places:
            current = best.get(territory)
            if current is None or event.date < current.date:
                best[territory] = event
    return [
        FirstRelease(territory, e.date, e.precision, e.source)
        for territory, e in sorted(best.items(), key=lambda item: (item[1].date, item[0]))
    ]


def _with_prize_genders(genders: dict[str, Gender], awards: list[Award]) -> dict[str, Gender]:
    """People's genders with what their acting prizes say: "Best Actress" makes its single
    recipient a woman; "Best Actor" a man only where the film's accolades also have an
    actress category ("Most Promising Actor" may be anyone's). A prize that contradicts the prose's
    reading leaves the person unknown: one of the two is wrong, and unknown never misleads."""
    out = dict(genders)
    with_actress = {a.ceremony for a in awards if category_gender(a.category) == "female"}
    found: dict[str, set[Gender]] = {}
    for award in awards:
        prize_gender = category_gender(award.category)
        who = award.recipient
        if not prize_gender or not who or award.recipient_is_film:
            continue
        if re.search(r",|\band\b|&", who):
            continue  # several recipients: the prize is not each one's
        if prize_gender == "male" and not with_actress:
            # With an actress prize anywhere in the film's accolades, the article's "Best
            # Actor" is a man's prize ("Most Promising Actor" alone may be anyone's).
            continue
        found.setdefault(who, set()).add(prize_gender)
    for who, seen in found.items():
        if len(seen) > 1 or (who in out and out[who] not in seen):
            out.pop(who, None)
        else:
            out[who] = next(iter(seen))
    return out


def _full_names(
    people: list[PersonMention], known: list[str], crew: list[str]
) -> list[PersonMention]:
    """Prose people under the names the article gives them in full: "Penrose and
    Marchbanks rewrote it" names Dorothy Penrose and Clive Marchbanks; "Cinematographer
    Gerald Foyle" at a sentence's start is Gerald Foyle. Repeats are dropped."""
    by_surname = surname_index([*known, *(p.name for p in people)], crew)
    out: list[PersonMention] = []
    seen: set[tuple[str, str]] = set()
    for mention in people:
        name = mention.name
        first, _, rest = name.partition(" ")
        if rest and prose_role(first.casefold()):
            name = rest  # the role word that opened the sentence, capitalised
        if " " not in name and by_surname.get(name, name) != name:
            name = by_surname[name]
        elif " " not in name:
            # "Chatchai cut the film himself": a crew member called by a given name (as Thai
            # articles do), when one credited name alone starts with it.
            firsts = sorted({k for k in crew if k.split()[0] == name and " " in k})
            if len(firsts) == 1:
                name = firsts[0]
        key = (name.casefold(), mention.role)
        if key in seen:
            continue
        seen.add(key)
        out.append(mention if name == mention.name else replace(mention, name=name))
    return out


_DEMONYM_WORDS = "|".join(
    re.escape(d) for d in sorted(DEMONYMS, key=len, reverse=True) if d != DEMONYMS[d]
)
#: "the Dutch kickboxer " right before a character's name …
_NATIONALITY_BEFORE = re.compile(
    rf"\b(?:the|a|an)\s+(?:[a-z][\w-]+\s+){{0,2}}?(?P<d>{_DEMONYM_WORDS})\s+(?P<noun>[a-z][\w-]+)\s+$"
)
#: … or ", a Dutch kickboxer" right after it.
_NATIONALITY_AFTER = re.compile(
    # (", a quarrelling West German couple": a word or two may come before the demonym)
    rf"^,\s+(?:the|a|an)\s+(?:[a-z][\w-]+\s+){{0,2}}?(?P<d>{_DEMONYM_WORDS})\s+(?P<noun>[a-z][\w-]+)"
)


#: ", a stalwart of Melbourne's Greek-language theatre," right after an actor's name.
_ACTOR_ORIGIN_AFTER = re.compile(
    rf"^,\s+(?:a|an|the)\s+[^,;()]{{0,80}}?(?<![\w-])(?P<d>{_DEMONYM_WORDS})"
    r"(?:-(?:born|language|speaking|raised))?(?![\w-])"
)


def _with_actor_origin(member: CastMember, text: str) -> CastMember:
    """The country the prose's apposition gives an actor ("Kostas Vlahos, a stalwart of
    Melbourne's Greek-language theatre"), kept as the member's :attr:`origin`."""
    if not member.actor or member.voice or len(member.actor) < 3:
        return member
    at = text.find(member.actor)
    while at >= 0:
        end = at + len(member.actor)
        told = _ACTOR_ORIGIN_AFTER.match(text[end : end + 120])
        if told:
            return replace(member, origin=DEMONYMS[told.group("d")])
        at = text.find(member.actor, end)
    return member


def _with_prose_nationality(member: CastMember, text: str) -> CastMember:
    """A cast line without a note takes the nationality the prose gives its character
    ("the Dutch kickboxer Van Dijk"): a foreign part whose name alone gives it away among
    the film's own (a blind review's giveaway), which the cast questions leave out."""
    if member.note or not member.role or len(member.role) < 3:
        return member
    role = member.role
    at = text.find(role)
    while at >= 0:
        end = at + len(role)
        told = _NATIONALITY_BEFORE.search(text, max(0, at - 60), at) if at else None
        told = told or _NATIONALITY_AFTER.match(text[end : end + 60])
        at = text.find(role, end)
        if told:
            demonym, noun = told.group("d"), told.group("noun")
            article = "an" if demonym[0] in "AEIOU" else "a"
            return replace(member, note=f"{article} {demonym} {noun}")
    return member


def extract_film(article: Article) -> Film:
    """Every fact the article states, each with its source line.

    The prose extractors of :data:`PROSE_EXTRACTORS` each read the article's text model once;
    the steps after them only merge (prose results into award rows, prose people into empty
    credit slots, genders onto people and characters).
    """
    title = article.title or (
        Path(article.path).stem.replace("_", " ") if article.path else "Untitled"
    )
    infobox, credits, amounts, released, runtime = read_infobox(article.infobox)
    model = build_text_model(article)
    facts: dict[str, Any] = {name: list(extractor(model)) for name, extractor in EXTRACTORS}
    cast = facts["cast"]
    known_roles = {canonical_role(c.role).casefold() for c in credits}
    seen = {(canonical_role(c.role).casefold(), c.name.casefold()) for c in credits}
    people: list[PersonMention] = _full_names(
        facts["people"],
        [c.name for c in credits] + [m.actor for m in facts["cast"] if m.actor],
        [c.name for c in credits],
    )
    if known_roles & _WRITER_ROLES:
        known_roles |= _WRITER_ROLES
    lead_credits = _lead_directors(article)
    full_text = model.full_text()
    character_names = {
        word
        for m in cast
        if m.role
        for word in (
            m.role.casefold(),
            base_character(m.role).casefold(),
            m.role.split()[0].casefold(),
        )
    }
    # "the film drops the narrator and follows Lloyd": a character is no crew member;
    # "the producers, Surinamese sponsors and a loan": a demonym is no person.
    people = [
        p for p in people if p.name.casefold() not in character_names and p.name not in DEMONYMS
    ]
    companies = {c.name.casefold() for c in credits if is_company_role(c.role)}
    for credit in _prose_credits(people, lead_credits):
        # The infobox is the authority on a role it lists; prose fills only roles it lacks.
        # A name met once in a role ("inspired by director X") may be a passing reference;
        # a lead statement or a second mention (surname included) makes it this film's crew.
        key = (canonical_role(credit.role).casefold(), credit.name.casefold())
        if key[0] in known_roles or key in seen:
            continue
        if credit.name.casefold() in character_names:
            continue  # "the film has no narrator and gives Sumitra …": a character, no credit
        if credit.name.casefold() in companies:
            continue  # "produced by Tallinnfilm", the infobox's studio: no producer in person
        surname = credit.name.split()[-1]
        if credit not in lead_credits and full_text.count(surname) < 2:
            continue
        seen.add(key)
        credits.append(credit)
    mentions = facts["amount_mentions"]
    prose_amounts = [a for a in mentions if a.kind not in {x.kind for x in amounts}]
    based_on = next(
        ((v.values[0], v.source) for v in infobox if v.key.casefold() in {"based on", "source"}),
        None,
    )
    known_names = [c.name for c in credits] + [m.actor for m in cast if m.actor]
    source_work = complete_source_work(
        next(iter(facts["source_work"]), None),
        based_on,
        known_names,
        full_text,
    )
    year = _year(article, released[0] if released else None)
    facts["events"] = _nationwide_at_home(
        _shoot_after_release(_before_the_film(facts["events"], year, article.title or "")),
        [v for e in infobox if e.key.casefold() in {"country", "countries"} for v in e.values],
    )
    names = [*known_names, *(p.name for p in people)]
    roles = [m.role for m in cast if m.role]
    characters = {base_character(r) for r in roles}
    prose_genders = people_genders(model, names, others=characters)
    genders = _with_prize_genders(prose_genders, facts["awards"])
    # ("Parry died in 1978": the novelist Elis Gwyndaf Parry, never the character Leusa
    # Parry; the source's author shares the surname index with the cast)
    author = source_work.author if source_work and source_work.author else None
    role_genders = people_genders(model, characters, others=[*names, *([author] if author else [])])
    # A character's gender, however it was learnt, holds for every actor and age playing it.
    for member in cast:
        if member.gender and member.role:
            role_genders.setdefault(base_character(member.role), member.gender)
    # An on-screen character has the gender the article states for the people playing it
    # ("Nadia Fahmy, a stage actress, …" plays Safeya); a voice may belong to anyone (a boy
    # voiced by an actress), so voices never tell.
    played: dict[str, set[Gender]] = {}
    #: Characters whose gender only pronouns told, and an actor's stated gender denies:
    #: one of the two readings is wrong and neither says which, so neither stands.
    worded = {base_character(m.role) for m in cast if m.gender and m.role}
    contested: set[str] = set()
    for member in cast:
        voiced = member.voice or bool(
            member.cast_list and re.search(r"(?i)\b(?:voice|dub)", member.cast_list)
        )
        actor_gender = genders.get(member.actor) if member.actor else None
        if not member.role or not actor_gender or voiced:
            continue
        character_known = role_genders.get(base_character(member.role))
        if character_known and character_known != actor_gender:
            if base_character(member.role) not in worded and member.actor in prose_genders:
                # "He hires Amalia …" misread as a man beside "Elena Marconi, … making her
                # screen debut": the plot's pronouns are the doubtful reading, not the
                # actress's own prose; the character's gender goes.
                contested.add(base_character(member.role))
            else:
                # An actress reading for "young Adaora" is no man, whatever "Most Promising
                # Actor" suggests: the person's reading is the doubtful one; drop it.
                genders.pop(member.actor or "", None)
            continue
        played.setdefault(base_character(member.role), set()).add(actor_gender)
    for character in contested:
        role_genders.pop(character, None)
    for character, found in played.items():
        if len(found) == 1 and character not in contested:
            role_genders.setdefault(character, next(iter(found)))
    cast = [
        m
        if m.gender
        else replace(m, gender=role_genders.get(base_character(m.role)) if m.role else None)
        for m in cast
    ]
    cast = _dub_roles_as_main(cast)
    cast = [_with_actor_origin(_with_prose_nationality(m, full_text), full_text) for m in cast]
    people = [replace(p, gender=p.gender or genders.get(p.name)) for p in people]
    credits = [
        replace(
            c,
            gender=c.gender or genders.get(c.name),
            group=called_a_group(c.name, full_text),
            writes=said_to_write(c.name, full_text),
        )
        for c in credits
    ]
    table_ceremonies = [a.ceremony for a in facts["awards"]]
    awards = merge_results(
        facts["awards"],
        by_town(
            prose_results(
                model,
                # The table's own recipients too: "Rajki won for visual design" names one.
                [
                    # (people only: "Fafim Vietnam" is no person "Vietnam" names)
                    *(n for n in names if n.casefold() not in companies),
                    *(
                        a.recipient
                        for a in facts["awards"]
                        if a.recipient
                        and not a.recipient_is_film
                        and not re.search(r",|\band\b|&", a.recipient)
                    ),
                ],
                table_ceremonies,
                crew=[c.name for c in credits if not is_company_role(c.role)],
                categories=[(a.category, a.ceremony) for a in facts["awards"]],
            ),
            table_ceremonies,
            full_text,
        ),
        year,
    )
    awards = settle_by_tally(awards, result_tallies(model, table_ceremonies))
    return Film(
        title=title,
        qualifier=article.qualifier,
        title_source=Source(article.title_line, title) if article.title_line else None,
        year=year,
        infobox=infobox,
        credits=credits,
        cast=cast,
        awards=awards,
        events=facts["events"],
        distribution=facts["distribution"],
        amounts=amounts + prose_amounts,
        amount_mentions=amounts + mentions,
        source_work=source_work,
        adapted_parts=facts["adapted_parts"],
        adaptation_changes=facts["adaptation_changes"],
        production=facts["production"],
        released=released[0] if released else None,
        released_source=released[1] if released else None,
        released_kind=released_kind(released[0] if released else None, facts["events"]),
        first_releases=first_releases(facts["events"]),
        runtime_minutes=runtime[0] if runtime else None,
        runtime_source=runtime[1] if runtime else None,
        other_runtimes=(others := other_runtimes(model, runtime[0] if runtime else None)),
        draft_runtimes=draft_runtimes(model, others),
        genders=genders,
        people=people,
        records=facts["records"],
        numbers=facts["numbers"],
        locations=facts["locations"],
        played_in_prose=_played_in_prose(full_text, cast),
    )


def read_film(path: Path) -> Film:
    """Read an article file and extract its facts (raises only for unreadable input)."""
    return extract_film(read_article(path))
