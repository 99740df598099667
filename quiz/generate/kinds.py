"""What kind of thing a value is: a person's gender and crafts, a character's gender.

A distractor must be of the key's kind: an actress is never offered for a role named "Father
Doyle", an actor never for a screenplay prize, a composer never as "who directed". These
helpers read the kinds from the facts (and the roles table) so templates can filter their
candidates. Unknown stays unknown, and unknown never excludes a candidate.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from typing import get_args

from quiz.facts.model import CastMember, Film, Gender
from quiz.facts.roles import Craft, category_gender, craft_of, gender_of_word, is_company_role

_WORD = re.compile(r"[A-Za-z][\w.'’-]*")


def compatible(a: Gender | None, b: Gender | None) -> bool:
    """True unless both genders are known and differ."""
    return a is None or b is None or a == b


def words_gender(text: str | None) -> Gender | None:
    """The gender a phrase makes plain ("Father Doyle", "Anna's mother", "Mrs. Kim"),
    ``None`` when it names none or both. In a relation ("Anna's mother") the relation word,
    the last one, decides."""
    if not text:
        return None
    found: list[Gender] = []
    for word in _WORD.findall(text):
        if "'" in word or "’" in word:
            continue  # "Anna's" is someone else
        gender = gender_of_word(word)
        if gender is not None:
            found.append(gender)
    if not found:
        return None
    if "'s " in text or "’s " in text:
        return found[-1]
    return found[0] if len(set(found)) == 1 else None


def character_gender(member: CastMember) -> Gender | None:
    """The character's gender: as extracted, else from its name or note."""
    if member.gender is not None:
        return member.gender
    return words_gender(member.note) or words_gender(member.role)


def people_genders(film: Film) -> dict[str, Gender]:
    """Known genders by case-folded name: the article's own statements first, then credits,
    then the characters an actor plays (when all of their characters agree)."""
    known: dict[str, Gender] = {}
    from_roles: dict[str, set[Gender | None]] = {}
    for member in film.cast:
        if member.actor and not member.voice:
            from_roles.setdefault(member.actor.casefold(), set()).add(character_gender(member))
    for name, genders in from_roles.items():
        agreed = {g for g in genders if g is not None}
        if len(agreed) == 1 and None not in genders:
            known[name] = agreed.pop()
    for award in film.awards:  # whoever holds "Best Actress" is a woman
        gender = category_gender(award.category)
        recipient = award.recipient
        single = recipient and not re.search(r",|\band\b|&", recipient)
        if gender and recipient and single and not award.recipient_is_film:
            known[recipient.casefold()] = gender
    for credit in film.credits:
        if credit.gender is not None:
            known[credit.name.casefold()] = credit.gender
    for name, gender in film.genders.items():
        known[name.casefold()] = gender
    return known


def person_crafts(film: Film) -> dict[str, set[Craft]]:
    """Each person's crafts on this film by case-folded name (acting for the cast)."""
    crafts: dict[str, set[Craft]] = {}
    for member in film.cast:
        if member.actor:
            crafts.setdefault(member.actor.casefold(), set()).add("acting")
    for credit in film.credits:
        craft = craft_of(credit.role)
        if craft is not None and craft != "company" and not is_company_role(credit.role):
            crafts.setdefault(credit.name.casefold(), set()).add(craft)
    return crafts


def people_of_craft(craft: Craft, film: Film) -> list[str]:
    """People of ``film`` credited with ``craft`` (the cast for acting), in article order."""
    names: list[str] = []
    if craft == "acting":
        names = [m.actor for m in film.cast if m.actor]
    names += [
        c.name for c in film.credits if craft_of(c.role) == craft and not is_company_role(c.role)
    ]
    seen: set[str] = set()
    out: list[str] = []
    for name in names:
        if name.casefold() not in seen:
            seen.add(name.casefold())
            out.append(name)
    return out


#: One stable getter per craft of people (the roles table's crafts, companies aside), so
#: :meth:`Context.values` caches it per film.
CRAFT_GETTERS: dict[str, Callable[[Film], list[str]]] = {
    craft: partial(people_of_craft, craft) for craft in get_args(Craft) if craft != "company"
}


def directors(film: Film) -> set[str]:
    """Case-folded names credited as director (never offered as performers)."""
    return {c.name.casefold() for c in film.credits if craft_of(c.role) == "directing"}


def actors_fitting(gender: Gender | None, film: Film) -> list[str]:
    """The film's actors whose gender is ``gender`` or unknown."""
    genders = people_genders(film)
    return [
        name
        for name in people_of_craft("acting", film)
        if compatible(genders.get(name.casefold()), gender)
    ]


def characters_fitting(gender: Gender | None, film: Film) -> list[str]:
    """The film's characters whose gender is ``gender`` or unknown (first-seen order)."""
    seen: set[str] = set()
    out: list[str] = []
    for member in film.cast:
        role = member.role
        if role and role.casefold() not in seen and compatible(character_gender(member), gender):
            seen.add(role.casefold())
            out.append(role)
    return out


ACTORS_FITTING: dict[Gender | None, Callable[[Film], list[str]]] = {
    g: partial(actors_fitting, g) for g in ("female", "male", None)
}
CHARACTERS_FITTING: dict[Gender | None, Callable[[Film], list[str]]] = {
    g: partial(characters_fitting, g) for g in ("female", "male", None)
}
