"""Cross-film questions, when the bank holds several films: "Which of these films was
directed by D?", "Which of these films premiered at the F?", "Which of these films stars A?".

The key is this film; the distractors are other films of the bank (its neighbours, as for
every pool), each provably wrong by its own article: a film is offered only when its facts
name a director other than D (no director known: not offered), a premiere elsewhere and no
screening at F, a cast that does not include A. Films sharing this film's title are never
offered. Each question asks the same fact as its single-film twin ("Who directed X?"), so a
game never holds both.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from quiz.facts.model import CastMember, Event, Film, Source
from quiz.facts.roles import craft_of
from quiz.generate.context import Context

#: Other films looked at per question (the key needs three provably wrong ones).
_MAX_FILMS = 24


def _others(ctx: Context, wrong: Callable[[Film], bool]) -> Iterator[str]:
    """Titles of neighbour films that ``wrong`` proves are not the answer."""
    own = ctx.film.title.casefold()
    for film in ctx.others[:_MAX_FILMS]:
        if film.title.casefold() != own and wrong(film):
            yield film.title


def _directors(film: Film) -> set[str]:
    return {c.name.casefold() for c in film.credits if craft_of(c.role) == "directing"}


def generate(ctx: Context) -> None:
    if not ctx.others:
        return
    film = ctx.film
    directors = [c for c in film.credits if craft_of(c.role) == "directing"]
    if len({c.name.casefold() for c in directors}) == 1:
        _directed_by(ctx, directors[0].name, directors[0].source)
    premieres = [e for e in film.events if e.kind == "premiere" and e.place]
    if len(premieres) == 1:
        _premiered_at(ctx, premieres[0])
    starring = {c.name.casefold() for c in film.credits if c.role.casefold() == "starring"}
    for member in film.cast[:2]:
        if member.actor and (member.actor.casefold() in starring or member.order < 2):
            _stars(ctx, member)


def _directed_by(ctx: Context, name: str, source: Source) -> None:
    folded = name.casefold()
    ctx.multiple(
        category="credits",
        template="cross-directed-by",
        fact=("cross-director", name),
        stem=f"Which of these films was directed by {name}?",
        key=ctx.film.title,
        candidates=_others(ctx, lambda f: bool(_directors(f)) and folded not in _directors(f)),
        difficulty="medium",
        explanation=f"{name} directed {ctx.title}.",
        source=source,
    )


def _premiered_at(ctx: Context, event: Event) -> None:
    assert event.place
    place = event.place.casefold()

    def elsewhere(film: Film) -> bool:
        own = [e for e in film.events if e.kind == "premiere" and e.place]
        return bool(own) and not any(
            e.place and (place in e.place.casefold() or e.place.casefold() in place)
            for e in film.events
        )

    where = event.place if event.place.casefold().startswith("the ") else f"the {event.place}"
    ctx.multiple(
        category="release",
        template="cross-premiered-at",
        fact=("cross-premiere", event.place),
        stem=f"Which of these films had its premiere at {where}?",
        key=ctx.film.title,
        candidates=_others(ctx, elsewhere),
        difficulty="medium",
        explanation=f"{ctx.title} premiered at {where}.",
        source=event.source,
        fact_key=f"@{event.kind} {event.date}",
    )


def _stars(ctx: Context, member: CastMember) -> None:
    assert member.actor
    actor = member.actor.casefold()

    def without(film: Film) -> bool:
        names = {m.actor.casefold() for m in film.cast if m.actor}
        names |= {c.name.casefold() for c in film.credits if c.role.casefold() == "starring"}
        return len(names) >= 3 and actor not in names

    ctx.multiple(
        category="cast",
        template="cross-stars",
        fact=("cross-stars", member.actor),
        stem=f"In which of these films does {member.actor} appear?",
        key=ctx.film.title,
        candidates=_others(ctx, without),
        difficulty="medium",
        explanation=f"{member.actor} plays {member.role} in {ctx.title}.",
        source=member.source,
    )
