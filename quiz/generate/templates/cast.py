"""Cast questions: role → actor, actor → role, and "which character is X's mother".

Options have the key's kind: a role's gender (from the extractor, or its name or note:
"Father Doyle", "Anna's mother") limits the actors offered, an actor's gender the characters
offered; unknown never excludes. The film's director is never offered as a performer, and a
character is never offered as its own relative. A role in a second cast list (an English dub)
is asked about in that list, and the other list's actor for it is never a distractor.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from itertools import chain, islice

from quiz.facts.gender import base_character
from quiz.facts.model import CastMember, Film, Gender
from quiz.generate.context import Context
from quiz.generate.difficulty import cast_salience
from quiz.generate.kinds import (
    ACTORS_FITTING,
    CHARACTERS_FITTING,
    character_gender,
    directors,
    people_genders,
    words_gender,
)
from quiz.generate.people import characters

CATEGORY = "cast"
#: How many characters (this film's first) are read when choosing role distractors.
_ROLE_WINDOW = 40


def _role_phrase(role: str) -> str:
    """Named characters as they are; generic roles (``tattooist``) get "the"."""
    if role[:1].isupper() or role.casefold().startswith(("the ", "a ", "an ")):
        return role
    return f"the {role}"


def _option_role(role: str) -> str:
    phrase = _role_phrase(role)
    return phrase[:1].upper() + phrase[1:]


def _named(role: str) -> bool:
    return role[:1].isupper() and not role.casefold().startswith(("the ", "a ", "an "))


def _plays(member: CastMember) -> str:
    """``voices`` for a voice role, ``plays`` otherwise."""
    return "voices" if member.voice else "plays"


def _is_relation(note: str) -> bool:
    """``Anna's mother`` describes a character; ``voice`` or ``uncredited`` does not."""
    return "'s " in note or "’s " in note


def _in_film(ctx: Context, member: CastMember) -> str:
    """``Film (2024)`` or, for a second cast list, ``the English dub of Film (2024)``."""
    if member.cast_list:
        label = member.cast_list.removesuffix(" cast").removesuffix(" Cast").strip()
        return f"the {label} of {ctx.title}"
    return ctx.title


def generate(ctx: Context) -> None:
    film = ctx.film
    starring = {c.name.casefold() for c in film.credits if c.role.casefold() == "starring"}
    complete = [m for m in film.cast if m.actor and m.role]
    for member in complete:
        if not member.shared_role:
            # A character several actors play (ages, versions) has no single "who plays".
            _role_to_actor(ctx, member, starring)
        _actor_to_role(ctx, member, starring)
        _note_to_role(ctx, member)


def _character_genders(film: Film) -> dict[str, Gender | None]:
    """Each character of the film (case-folded) with its gender, ``None`` if unknown."""
    return {m.role.casefold(): character_gender(m) for m in film.cast if m.role}


def _same_known_status(
    names: Iterable[str], known: Mapping[str, Gender | None], gender: Gender | None
) -> Iterator[str]:
    """When the key's gender is unknown, options whose gender is unknown come first: a
    "Doña Chayo" beside an unknown "Teo" may make one of them the odd one out. Options of a
    known gender follow, for when too few unknown ones exist."""
    if gender is not None:
        yield from names
        return
    later: list[str] = []
    for name in names:
        if known.get(name.casefold()) is None:
            yield name
        else:
            later.append(name)
    yield from later


def _role_to_actor(ctx: Context, member: CastMember, starring: set[str]) -> None:
    film = ctx.film
    assert member.actor and member.role
    role = member.role.casefold()
    same_list = [
        m.actor
        for m in film.cast
        if m.actor and m.role and m.role.casefold() == role and m.cast_list == member.cast_list
    ]
    base = (member.character or member.role).casefold()
    any_list = {
        m.actor.casefold()
        for m in film.cast
        if m.actor
        and m.role
        and (m.role.casefold() == role or (m.character or "").casefold() == base)
    }
    described = _role_phrase(member.role)
    if member.note and _is_relation(member.note):
        described = f"{described}, {member.note},"
    genders = ctx.memo("genders", lambda: people_genders(film))
    gender = character_gender(member) or genders.get(member.actor.casefold())
    getter = ACTORS_FITTING[gender]
    film_directors = ctx.memo("directors", lambda: directors(film))
    in_cast = {m.actor.casefold() for m in film.cast if m.actor}
    candidates = _same_known_status(
        (
            name
            for name in chain(ctx.values(getter), ctx.pool_values(getter))
            if name.casefold() not in any_list
            and not (name.casefold() in film_directors and name.casefold() not in in_cast)
        ),
        genders,
        gender,
    )
    lead = member.actor.casefold() in starring
    ctx.multiple(
        category=CATEGORY,
        template="role-to-actor",
        fact=(member.role, member.actor),
        stem=ctx.variant(
            (
                f"Who {_plays(member)} {described} in {_in_film(ctx, member)}?",
                f"In {_in_film(ctx, member)}, who {_plays(member)} {described}?",
                f"Which cast member {_plays(member)} {described} in {_in_film(ctx, member)}?",
            ),
            member.role,
            member.actor,
        ),
        key=member.actor,
        candidates=candidates,
        true_set=same_list,
        difficulty=cast_salience(member.order, lead),
        explanation=f"{member.actor} {_plays(member)} {_role_phrase(member.role)} in {_in_film(ctx, member)}.",
        source=member.source,
        tags=("lead",) if lead else (),
    )


def _actor_to_role(ctx: Context, member: CastMember, starring: set[str]) -> None:
    film = ctx.film
    assert member.actor and member.role
    own_roles = [m.role for m in film.cast if m.role and m.actor == member.actor]
    # A role whose actor the article lost might be played by anyone, this actor included.
    own_roles += [m.role for m in film.cast if m.role and m.actor is None]
    lead = member.actor.casefold() in starring
    genders = ctx.memo("genders", lambda: people_genders(film))
    gender = genders.get(member.actor.casefold()) or character_gender(member)
    getter = CHARACTERS_FITTING[gender]
    # Compiled once per cast member: through re's cache, each new name among a large bank's
    # films would evict another and be compiled again.
    relation = re.compile(rf"\b{re.escape(base_character(member.role))}(?:'s|’s)\b")
    pool = list(
        islice(
            _same_known_status(
                (
                    r
                    for r in chain(ctx.values(getter), ctx.pool_values(getter))
                    # "Lucía's history teacher" is never an option for Lucía's actor.
                    if not relation.search(r)
                ),
                ctx.memo("character-genders", lambda: _character_genders(film)),
                gender,
            ),
            _ROLE_WINDOW,
        )
    )
    # Options of one form: named characters with named ones, "the tattooist" with its kind.
    named = _named(member.role)
    ordered = [r for r in pool if _named(r) == named] + [r for r in pool if _named(r) != named]
    ctx.multiple(
        category=CATEGORY,
        template="actor-to-role",
        fact=(member.actor, member.role),
        stem=ctx.variant(
            (
                f"Which character does {member.actor} {_plays(member)[:-1]} in {_in_film(ctx, member)}?",
                f"In {_in_film(ctx, member)}, which role does {member.actor} {_plays(member)[:-1]}?",
                f"Who is {member.actor}'s character in {_in_film(ctx, member)}?",
            ),
            member.actor,
            member.role,
        ),
        key=_option_role(member.role),
        candidates=(_option_role(r) for r in ordered),
        true_set=[_option_role(r) for r in own_roles],
        difficulty=cast_salience(member.order, lead),
        explanation=f"{member.actor} {_plays(member)} {_role_phrase(member.role)} in {_in_film(ctx, member)}.",
        source=member.source,
        tags=("lead",) if lead else (),
    )


def _note_to_role(ctx: Context, member: CastMember) -> None:
    """``Actor as Rosa, Anna's mother`` → "Which character is Anna's mother?"."""
    film = ctx.film
    if (
        not member.note
        or not member.role
        or not member.role[:1].isupper()
        or not _is_relation(member.note)
    ):
        return
    same_note = [
        m.role
        for m in film.cast
        if m.role and m.note and m.note.casefold() == member.note.casefold()
    ]
    gender = words_gender(member.note) or character_gender(member)
    getter = CHARACTERS_FITTING[gender]
    named = [r for r in ctx.values(getter) if _named(r)]
    # A character is never offered as its own relative ("Anna" for "Anna's mother").
    mentioned = {r.casefold() for r in characters(film) if r.casefold() in member.note.casefold()}
    candidates = chain(named, (r for r in ctx.pool_values(getter) if _named(r)))
    ctx.multiple(
        category=CATEGORY,
        template="note-to-role",
        fact=(member.note, member.role),
        stem=f"In {ctx.title}, which character is {member.note}?",
        key=member.role,
        candidates=(r for r in candidates if r.casefold() not in mentioned),
        true_set=same_note,
        difficulty="medium",
        explanation=f"In {ctx.title}, {member.role} is {member.note} (played by {member.actor or 'an uncredited actor'}).",
        source=member.source,
    )
