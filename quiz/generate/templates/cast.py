"""Cast questions: role → actor, actor → role, and "which character is X's mother"."""

from __future__ import annotations

from itertools import chain

from quiz.facts.model import CastMember
from quiz.generate.context import Context
from quiz.generate.difficulty import cast_salience
from quiz.generate.people import actors, characters, people

CATEGORY = "cast"


def _role_phrase(role: str) -> str:
    """Named characters as they are; generic roles (``tattooist``) get "the"."""
    if role[:1].isupper() or role.casefold().startswith(("the ", "a ", "an ")):
        return role
    return f"the {role}"


def _option_role(role: str) -> str:
    phrase = _role_phrase(role)
    return phrase[:1].upper() + phrase[1:]


def _plays(member: CastMember) -> str:
    """``voices`` for a voice role, ``plays`` otherwise."""
    return "voices" if member.voice else "plays"


def _is_relation(note: str) -> bool:
    """``Anna's mother`` describes a character; ``voice`` or ``uncredited`` does not."""
    return "'s " in note or "’s " in note


def generate(ctx: Context) -> None:
    film = ctx.film
    starring = {c.name.casefold() for c in film.credits if c.role.casefold() == "starring"}
    complete = [m for m in film.cast if m.actor and m.role]
    for member in complete:
        _role_to_actor(ctx, member, starring)
        _actor_to_role(ctx, member, starring)
        _note_to_role(ctx, member)


def _role_to_actor(ctx: Context, member: CastMember, starring: set[str]) -> None:
    film = ctx.film
    assert member.actor and member.role
    same_role = [
        m.actor
        for m in film.cast
        if m.actor and m.role and m.role.casefold() == member.role.casefold()
    ]
    described = _role_phrase(member.role)
    if member.note and _is_relation(member.note):
        described = f"{described}, {member.note},"
    candidates = chain(ctx.values(actors), ctx.pool_values(actors), ctx.values(people))
    lead = member.actor.casefold() in starring
    ctx.multiple(
        category=CATEGORY,
        template="role-to-actor",
        fact=(member.role, member.actor),
        stem=f"Who {_plays(member)} {described} in {film.display_title}?",
        key=member.actor,
        candidates=(c for c in candidates if c not in same_role),
        true_set=same_role,
        difficulty=cast_salience(member.order, lead),
        explanation=f"{member.actor} {_plays(member)} {_role_phrase(member.role)} in {film.display_title}.",
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
    candidates = (
        _option_role(r) for r in chain(ctx.values(characters), ctx.pool_values(characters))
    )
    ctx.multiple(
        category=CATEGORY,
        template="actor-to-role",
        fact=(member.actor, member.role),
        stem=f"Which character does {member.actor} {_plays(member)[:-1]} in {film.display_title}?",
        key=_option_role(member.role),
        candidates=candidates,
        true_set=[_option_role(r) for r in own_roles],
        difficulty=cast_salience(member.order, lead),
        explanation=f"{member.actor} {_plays(member)} {_role_phrase(member.role)} in {film.display_title}.",
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
    named = [r for r in characters(film) if r[:1].isupper()]
    mentioned = [r for r in named if r.casefold() in member.note.casefold()]
    ctx.multiple(
        category=CATEGORY,
        template="note-to-role",
        fact=(member.note, member.role),
        stem=f"In {film.display_title}, which character is {member.note}?",
        key=member.role,
        candidates=chain((r for r in named if r not in mentioned), ctx.pool_values(characters)),
        true_set=same_note,
        difficulty="medium",
        explanation=f"In {film.display_title}, {member.role} is {member.note} (played by {member.actor or 'an uncredited actor'}).",
        source=member.source,
    )
