"""What kind of thing a value is: a person's gender and crafts, a character's gender.

A distractor must be of the key's kind: an actress is never offered for a role named "Father
Doyle", an actor never for a screenplay prize, a composer never as "who directed". These
helpers read the kinds from the facts (and the roles table) so templates can filter their
candidates. Unknown stays unknown, and unknown never excludes a candidate.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache, partial
from typing import Literal, get_args

from quiz.facts.cast import NICKNAME
from quiz.facts.gender import surname_gender
from quiz.facts.model import CastMember, Film, Gender
from quiz.facts.roles import (
    TITLE_WORDS,
    Craft,
    craft_of,
    gender_of_word,
    is_company_role,
    is_group_name,
)

_WORD = re.compile(r"[A-Za-z][\w.'’-]*")


def best_tiers(
    ranked: Iterable[tuple[int, str]], need: int = 3, unsure_from: int | None = None
) -> list[str]:
    """Candidates of the best ranks only: rank 0 alone when it holds ``need`` or more, else
    ranks 0 and 1, and so on (an option of another form is a last resort, never mixed in
    while better ones exist). Ranks from ``unsure_from`` on are options whose kind is not
    known (a person of unknown gender for "Best Actress"): they are never offered. Blind
    reviews flagged nearly every one of them, because players read a gender into first
    names; a question without three sure options is not made."""
    by_rank: dict[int, list[str]] = {}
    for rank, value in ranked:
        by_rank.setdefault(rank, []).append(value)
    out: list[str] = []
    for rank in sorted(by_rank):
        if unsure_from is not None and rank >= unsure_from:
            break
        out += by_rank[rank]
        if len(out) >= need:
            break
    return out


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
        if word.casefold() in {"her", "his", "their"} and re.match(
            rf"^\s*{re.escape(word)}\s", text, re.IGNORECASE
        ):
            # "her defence lawyer": the woman whose lawyer he is, not the lawyer (where the
            # possessive comes later, "on his first voyage", it is the character's own)
            continue
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
    role = member.role
    if role and re.match(r"(?i)(?:a|an|the)\s", role):
        # "a whaler of the Senhora da Guia": the head noun says it, not the boat's name.
        role = re.split(r"\s+(?:of|from|at|in|on|for|with|aboard)\s+", role, maxsplit=1)[0]
    note = member.note
    if note:
        # "host of Night Market King": a capitalised name after the noun is something
        # else's (a show, a boat, a club), whose words say nothing of the character.
        note = re.split(r"\s+(?:of|from|at|in|on|for|with|aboard)\s+(?=[A-Z])", note, maxsplit=1)[0]
    return words_gender(note) or words_gender(role)


_AGE_WORDS = frozenset(
    {"young", "younger", "old", "older", "elderly", "adult", "teenage", "teen", "little", "child"}
)

RoleForm = Literal["variant", "described", "titled", "plain"]


def _words(role: str) -> list[str]:
    return [w.strip(".,").casefold() for w in role.split()]


@lru_cache(maxsize=8192)
def role_form(role: str) -> RoleForm:
    """How a character's name reads, so options share a form: ``young Meera`` (a version of
    a character), ``the ferryman`` (described), ``Aunt Nyasha`` (titled) or ``Meera``."""
    words = _words(role)
    if not words:
        return "plain"
    if words[0] in {"the", "a", "an"}:
        words = words[1:]
        if words and words[0] in _AGE_WORDS:
            return "variant"
        return "described"
    if words[0] in _AGE_WORDS:
        return "variant"
    if not role[:1].isupper() or re.search(r"['’]s\s", role):
        return "described"  # "the ferryman", "Eli's brother"
    if len(words) > 1 and (words[0] in TITLE_WORDS or gender_of_word(words[0]) is not None):
        return "titled"
    return "plain"


@lru_cache(maxsize=8192)
def character_core(role: str) -> str:
    """The word that names a character across its versions and titles: ``young Siri``,
    ``Madam Siri`` and ``Siri`` are all ``siri`` (options sharing it overlap)."""
    words = [w for w in _words(role) if w not in {"the", "a", "an"}]
    while len(words) > 1 and (
        words[0] in _AGE_WORDS or words[0] in TITLE_WORDS or gender_of_word(words[0])
    ):
        words = words[1:]
    return words[0] if words else ""


def _name_words(role: str) -> frozenset[str]:
    """A character's own name words, without articles, ages, titles and gender words
    ("the young Vuthy in 1975" → {"vuthy", "1975"}, "Madam Siri" → {"siri"})."""
    # ("Sira as a child", "Katalin at eleven", "the young Vuthy in 1975": the version's
    # words are no part of the name)
    role = re.sub(r"(?i)\s+(?:as\s+an?|at|aged|in)\s+.*$", "", role)
    return frozenset(
        w
        for w in _words(role)
        if w not in {"the", "a", "an", "in", "of"}
        and w not in _AGE_WORDS
        and w not in TITLE_WORDS
        and not gender_of_word(w)
        and not w.isdigit()
    )


def character_keys(role: str) -> set[str]:
    """Every word one character answers to: its core and its quoted nickname, so
    ``Joanne "Jo" Pelletier`` and ``Jo`` (aged 11) are one character."""
    nickname = NICKNAME.search(role)
    keys = {character_core(role)}
    if nickname:
        keys.add(nickname.group(1).casefold())
    return keys


def possessor_words(note: str) -> set[str]:
    """The words of the name a relation note hangs on: ``Jo's coach`` → ``{"jo"}`` (short
    names included, unlike :func:`name_words`)."""
    return {w for w in _words(re.split(r"['’]s\b", note)[0]) if len(w) >= 2}


def name_words(name: str) -> set[str]:
    """The significant words of a name (three letters or more), case-folded."""
    return {w for w in _words(name) if len(w) >= 3}


_SELF = re.compile(r"(?i)^(?:as\s+)?(?:him|her|them|your|my|it)sel(?:f|ves)\b")


def is_self_role(role: str) -> bool:
    """``herself``, ``himself (archival footage)``: the person as themself, no character."""
    return bool(_SELF.match(role.strip()))


def is_documentary_cast(film: Film) -> bool:
    """Most of the cast appear as themselves: its "stars" are the people it follows, not
    actors."""
    roles = [m.role for m in film.cast if m.role]
    return bool(roles) and sum(is_self_role(r) for r in roles) * 2 > len(roles)


def families(film: Film) -> dict[str, frozenset[str]]:
    """Each character (case-folded role) with its whole family as the cast list tells it: the
    characters a note relates it to ("Adaora's eldest son"), those sharing its surname, the
    other versions of it, and so on transitively. A relative is never a fair wrong answer for
    another relation ("Obinna's wife" must not offer his mother or his sister). Cached."""
    cached: dict[str, frozenset[str]] | None = film.__dict__.get("_families")
    if cached is not None:
        return cached
    roles = list(dict.fromkeys(m.role.casefold() for m in film.cast if m.role))
    parent = {role: role for role in roles}

    def root(role: str) -> str:
        while parent[role] != role:
            parent[role] = parent[parent[role]]
            role = parent[role]
        return parent[role]

    def join(a: str, b: str) -> None:
        parent[root(a)] = root(b)

    by_word: dict[str, list[str]] = {}
    for role in roles:
        words = [w for w in _words(role) if w not in {"the", "a", "an"}]
        keys = {("core", character_core(role))}
        if len(words) > 1 and words[-1] != character_core(role) and len(words[-1]) >= 3:
            keys.add(("surname", words[-1]))
        for key in keys:
            by_word.setdefault(f"{key[0]}:{key[1]}", []).append(role)
    for group in by_word.values():
        for other in group[1:]:
            join(group[0], other)
    for member in film.cast:
        if member.role and member.note and re.search(r"['’]s\s", member.note):
            named = name_words(re.split(r"['’]s\b", member.note)[0])
            for role in roles:
                if character_core(role) in named:
                    join(member.role.casefold(), role)
    members: dict[str, set[str]] = {}
    for role in roles:
        members.setdefault(root(role), set()).add(role)
    result = {role: frozenset(members[root(role)]) for role in roles}
    film.__dict__["_families"] = result
    return result


def role_genders(film: Film) -> dict[str, Gender | None]:
    """Each character (case-folded role) with its gender: as the name, note or prose says;
    else the gender the article states for the actors who play it; else as another version
    of the same character says ("young Siri" is "Madam Siri"). Cached per film."""
    cached: dict[str, Gender | None] | None = film.__dict__.get("_role_genders")
    if cached is not None:
        return cached
    stated = stated_genders(film)
    genders: dict[str, Gender | None] = {}
    for member in film.cast:
        if member.role and genders.get(member.role.casefold()) is None:
            genders[member.role.casefold()] = character_gender(member)
    _spouses_genders(film, genders)
    players: dict[str, set[str]] = {}
    for member in film.cast:
        if member.role and member.actor:
            players.setdefault(member.role.casefold(), set()).add(member.actor.casefold())
    for role, gender in genders.items():
        actors = players.get(role, set())
        found = {stated[a] for a in actors if a in stated}
        if gender is None and len(found) == 1:
            genders[role] = found.pop()
    # Another version of the same character: the same core word ("young Siri", "Madam
    # Siri"), unless both are full names that differ in one cast list: "Pech Sokunthea" is
    # "Pech Vuthy"'s daughter, family name first.
    lists: dict[str, set[str | None]] = {}
    for member in film.cast:
        if member.role:
            lists.setdefault(member.role.casefold(), set()).add(member.cast_list)
    known = [(r, character_core(r), _name_words(r), g) for r, g in genders.items() if g]
    for role, gender in genders.items():
        if gender is not None:
            continue
        core, mine = character_core(role), _name_words(role)
        agreed = {
            g
            for other, other_core, theirs, g in known
            if other_core == core
            and (
                len(mine) < 2
                or len(theirs) < 2
                or mine <= theirs
                or theirs <= mine
                # (one list's "Séamus Ó Conaire" is another's "Séamus Conroy")
                or not lists.get(role, set()) & lists.get(other, set())
            )
        }
        if len(agreed) == 1:
            genders[role] = agreed.pop()
    film.__dict__["_role_genders"] = genders
    return genders


#: A spouse named by relation: "Heng's wife" makes Heng a husband, as a reader takes it.
_SPOUSE = re.compile(
    r"['’]s\s+(?:(?:late|former|estranged|second|first|young|new)\s+)?"
    r"(?P<word>wife|widow|husband|widower)\b",
    re.IGNORECASE,
)


def _spouses_genders(film: Film, genders: dict[str, Gender | None]) -> None:
    """Fill the gender of a character whom another's note names as the other's spouse
    ("Khun Nim, Heng's wife": Sia Heng is a man), when one character alone bears the name."""
    for member in film.cast:
        spouse = _SPOUSE.search(member.note or "")
        if not member.note or spouse is None:
            continue
        words = possessor_words(member.note)
        matches = [
            m.role.casefold()
            for m in film.cast
            if m.role
            and m is not member
            and words
            and words <= name_words(m.role) | {w for w in _words(m.role) if len(w) >= 2}
        ]
        roles = set(matches)
        if len(roles) == 1:
            role = roles.pop()
            if genders.get(role) is None:
                is_wife = spouse.group("word").casefold() in {"wife", "widow"}
                genders[role] = "male" if is_wife else "female"


def film_countries(film: Film) -> list[str]:
    """The film's countries as its infobox lists them, first (the lead producer) first."""
    return [
        value
        for entry in film.infobox
        if entry.key.casefold() in {"country", "countries"}
        for value in entry.values
    ]


def stated_genders(film: Film) -> dict[str, Gender]:
    """Genders the article states for people (case-folded names): the credits, then the
    extractor's reading of the prose and the acting prizes ("Best Actress"), which already
    drops a person whose prize and prose disagree."""
    known: dict[str, Gender] = {}
    for credit in film.credits:
        if credit.gender is not None:
            known[credit.name.casefold()] = credit.gender
    for name, gender in film.genders.items():
        known[name.casefold()] = gender
    return known


_CHILD = re.compile(r"(?i)\b(?:boy|girl|child|kid|infant|baby|toddler|schoolboy|schoolgirl)\b")


def voices_a_child(film: Film, member: CastMember) -> bool:
    """Whether ``member`` is a voice (a dub's or a voice cast's) for a character any cast
    list describes as a child ("Ising, a boy who carries the letters")."""
    voiced = member.voice or bool(
        member.cast_list and re.search(r"(?i)\b(?:voice|dub)", member.cast_list)
    )
    if not voiced or not member.role:
        return False
    role = member.role.casefold()
    return any(
        m.role and m.role.casefold() == role and _CHILD.search(f"{m.role} {m.note or ''}")
        for m in film.cast
    )


def people_genders(film: Film) -> dict[str, Gender]:
    """Known genders by case-folded name: the article's own statements first, then credits,
    then the characters an actor plays or voices (when all of their characters agree)."""
    known: dict[str, Gender] = {}
    from_roles: dict[str, set[Gender | None]] = {}
    roles = role_genders(film)
    for member in film.cast:
        if member.actor and member.role:
            # A child's voice in a dub is often an actress's (a boy voiced by a woman): it
            # tells nothing of the voice actor's own gender.
            from_roles.setdefault(member.actor.casefold(), set()).add(
                None if voices_a_child(film, member) else roles.get(member.role.casefold())
            )
    for name, genders in from_roles.items():
        agreed = {g for g in genders if g is not None}
        if len(agreed) == 1 and None not in genders:
            known[name] = agreed.pop()
        elif not agreed and (by_name := surname_gender(name.title())) is not None:
            # "Aistė Žukauskaitė": a family name only a woman bears, when nothing else
            # in the article says.
            known[name] = by_name
    known.update(stated_genders(film))
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


def main_list(film: Film) -> str | None:
    """The label of the film's main cast list: its first list, whether the article labels
    it ("Original cast", "Voice cast") or not; later lists are dubs and other versions."""
    return film.cast[0].cast_list if film.cast else None


def people_of_craft(craft: Craft, film: Film) -> list[str]:
    """People of ``film`` credited with ``craft`` (the cast for acting), in article order."""
    names: list[str] = []
    if craft == "acting":
        # The main cast list only: a dub's voices are never offered for the film's acting
        # prizes or on-screen roles.
        main = main_list(film)
        # People who appear as themselves (a documentary's subjects) act in no role: they
        # are never offered for an acting prize.
        names = [
            m.actor
            for m in film.cast
            if m.actor and m.cast_list == main and not (m.role and is_self_role(m.role))
        ]
    names += [
        c.name
        for c in film.credits
        if craft_of(c.role) == craft
        and not is_company_role(c.role)
        and not is_group_name(c.name)
        and not c.group
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
