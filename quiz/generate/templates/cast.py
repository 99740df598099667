"""Cast questions: role → actor, actor → role, and "which character is X's mother".

Options have the key's kind: a role's gender (from the extractor, or its name or note:
"Father Doyle", "Anna's mother") limits the actors offered, an actor's gender the characters
offered; unknown never excludes. The film's director is never offered as a performer, and a
character is never offered as its own relative. A role in a second cast list (an English dub)
is asked about in that list, and the other list's actor for it is never a distractor.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import chain

from quiz.facts.cast import is_animal_part
from quiz.facts.gender import base_character
from quiz.facts.model import CastMember, Film, Gender
from quiz.facts.places import DEMONYMS, same_country_family
from quiz.facts.text import split_sentences
from quiz.generate.context import Context
from quiz.generate.difficulty import cast_salience
from quiz.generate.kinds import (
    RoleForm,
    best_tiers,
    character_core,
    character_keys,
    directors,
    families,
    film_countries,
    is_self_role,
    main_list,
    name_words,
    people_genders,
    possessor_words,
    role_form,
    role_genders,
    voices_a_child,
    words_gender,
)
from quiz.generate.people import characters, unique

CATEGORY = "cast"
#: How many characters (this film's first) are read when choosing role distractors.
_ROLE_WINDOW = 40


def _role_phrase(role: str) -> str:
    """Named characters as they are; generic roles (``tattooist``) get "the", and so does a
    bare noun after a preposition ("woman in photograph" → "the woman in the photograph")."""
    # ('"Boy" Kawhia': a quoted nickname before a name is a name too)
    nickname = re.match(r"^[\"“'‘][^\"”'’]{1,20}[\"”'’]\s+(?=\S)", role)
    named = role[nickname.end() :] if nickname else role
    if named[:1].isupper() or role.casefold().startswith(("the ", "a ", "an ")):
        return role
    role = re.sub(
        r"\b(in|on|at|from|with|of)\s+(?!(?:the|a|an|his|her|their|its|my)\b)([a-z]+)$",
        r"\1 the \2",
        role,
    )
    return f"the {role}"


def _option_role(role: str) -> str:
    phrase = _no_nickname(_role_phrase(role))
    return phrase[:1].upper() + phrase[1:]


def _no_nickname(name: str) -> str:
    """``Bheki "Tank" Dlamini`` → ``Bheki Dlamini``: the only option with a nickname is
    picked for it ("Tank" for the prop), whatever the player knows."""
    # 'Zeinab "Zouzou"': a nickname after the name goes too.
    return re.sub(r"\s+[\"“'‘][^\"”'’]{2,20}[\"”'’](?=\s+\w|\s*$)", "", name)


#: A cast note's age or time qualifier: "as a young woman in 1945", "as a child".
_AGE_NOTE = re.compile(
    r",\s+(as\s+(?:a\s+)?(?:young|younger|older|old|elderly|child|girl|boy|teenager|teen|"
    r"adult)\b[^;,()]*|in\s+(?:the\s+)?flashbacks?\b[^;,()]*)"
)


#: A cast note that gives the age at which the actor plays the character.
_AT_AN_AGE = re.compile(
    r"(?i)\baged?\s+(?:\d+|[a-z]+)\b|\bas\s+a\s+(?:child|girl|boy|teenager|young)|"
    r"\b(?:young|younger|older|child|teenage|adult)\b"
)


def _plays(member: CastMember) -> str:
    """``voices`` for a voice role, ``plays`` otherwise."""
    return "voices" if member.voice else "plays"


def _leans_on_the_list(note: str) -> bool:
    """ "their son and the Kría's second mate": the pronoun points at the cast list's lines
    above, which a stem does not print."""
    return re.match(r"(?i)(?:their|his|her|its|the\s+latter's|the\s+former's)\b", note) is not None


def _is_relation(note: str) -> bool:
    """``Anna's mother`` describes a character; ``voice`` or ``uncredited`` does not, nor
    does "the director's father in his only film role", which tells who the actor is (and
    whose surname the options would give away)."""
    return ("'s " in note or "’s " in note) and not _CREW_RELATION.search(note)


_CREW_RELATION = re.compile(
    r"(?i)\bthe\s+(?:film['’]s\s+)?(?:director|co-director|producer|screenwriter|writer|composer|"
    r"cinematographer|editor|author|novelist|playwright|star)['’]s\s"
)


_LANGUAGES = frozenset(
    {"English", "Hindi", "Tamil", "Telugu", "Mandarin", "Cantonese", "Arabic", "Persian", "Urdu"}
)


def _in_film(ctx: Context, member: CastMember) -> str:
    """``Film (2024)`` or, for a second cast list, ``the English dub of Film (2024)``."""
    if member.cast_list and member.cast_list != main_list(ctx.film):
        label = member.cast_list.removesuffix(" cast").removesuffix(" Cast").strip()
        if label in _LANGUAGES or label in DEMONYMS:
            # A list labelled by its language alone ("English") is that language's version.
            label = f"{label} version"
        work = ctx.film.source_work
        from_a_play = bool(
            work and re.search(r"(?i)\b(?:play|musical|drama|opera)\b", work.kind)
        ) or bool(re.search(r"(?i)\boriginal\b", label))
        if re.search(r"(?i)\bstage\b", label) and (from_a_play or not re.search(r"\d", label)):
            # "Original stage", "Stage cast": the play's first production, not the film.
            play = work.title if work and work.title and from_a_play else ctx.title
            original = "original " if from_a_play else ""
            return f"the {original}stage production of {play}"
        if re.search(r"(?i)\bstage\b", label):
            # "1999 stage production" of a film from a novel: a later adaptation of them.
            return f"the {label[:1].lower() + label[1:]} of {ctx.title}"
        if label.split()[0] in {"Original", "First"}:
            label = label[:1].lower() + label[1:]  # "the original Broadway cast of …"
        return f"the {label} of {ctx.title}"
    return ctx.title


def generate(ctx: Context) -> None:
    film = ctx.film
    starring = {c.name.casefold() for c in film.credits if c.role.casefold() == "starring"}
    # (an animal's part, "Sinbo as Geesi, the prize camel", has no people to set it among)
    complete = [m for m in film.cast if m.actor and m.role and not is_animal_part(m)]
    genders = people_genders(film)
    roles = role_genders(film)
    foreign = ctx.memo("foreign-family", lambda: _foreign_family(film))
    for member in complete:
        if is_self_role(member.role or ""):
            continue  # "as herself": a documentary's subject plays no character
        if _names_each_other(member):
            # "Kel Amadi as Baba Amadi": the shared name answers either question.
            continue
        if roles.get((member.role or "").casefold()) is None and (
            genders.get((member.actor or "").casefold()) is None
        ):
            # Neither the article nor the role says whether this is a man or a woman: its
            # options could not be made to share the key's gender, and players read one
            # into every first name (README, "Cast questions").
            continue
        if _child_billed(member.actor or "") and (
            sum(_child_billed(m.actor or "") for m in complete) < 4
        ):
            # "Master Tapan as Khoka": the one child-billed name among adults answers any
            # question about a child's part.
            continue
        if (
            _foreign_part(member, film)
            or (member.role or "").casefold() in foreign
            or _titled_abroad(member, film)
        ):
            # "Thiago Rezende as Wellington Souza, a Brazilian courier" in a Paraguayan film:
            # the one Brazilian name among the options matches the Brazilian character,
            # whoever knows the film or not.
            continue
        if not member.shared_role:
            # A character several actors play (ages, versions) has no single "who plays".
            _role_to_actor(ctx, member, starring)
        _actor_to_role(ctx, member, starring)
        _note_to_role(ctx, member)


def _titled_abroad(member: CastMember, film: Film) -> bool:
    """Whether the part's title is another language's than the film's first country's
    ("Herr Brandt" in a Portuguese film): its one German name among the options answers
    "who plays Herr Brandt?". (As a wrong option it stays: one option a player rules out.)"""
    title = re.match(r"^([A-Z][a-zäöü]+)\.?\s+[A-Z]", member.role or "")
    speakers = _TITLE_COUNTRIES.get(title.group(1).casefold()) if title else None
    home = [country.casefold() for country in film_countries(film)]
    return bool(speakers and home and home[0] not in speakers)


def _foreign_family(film: Film) -> set[str]:
    """Characters (case-folded) of a foreign part in any cast list, and those sharing its
    family name ("Marta Nowak, Tomasz's wife" beside "Tomasz Nowak, a Polish worker"): their
    names give them away in every list."""
    parts = [m.role for m in film.cast if m.role and _foreign_part(m, film, strict=True)]
    families = {r.split()[-1].casefold() for r in parts if len(r.split()) > 1}
    return {
        m.role.casefold()
        for m in film.cast
        if m.role
        and (
            m.role in parts
            or (len(m.role.split()) > 1 and m.role.split()[-1].casefold() in families)
        )
    }


def _child_billed(name: str) -> bool:
    """``Master Tapan``, ``Baby Shalini``: a child actor billed by the custom of Indian
    cinema, whose name says "child" to any player."""
    return bool(re.match(r"^(?:Master|Baby)\s+[A-Z]", name))


def _foreign_part(member: CastMember, film: Film, strict: bool = False) -> bool:
    """Whether the cast note gives the character a nationality apart from the film's own:
    none of its countries ("a Polish worker" in an Icelandic-Norwegian film), or, unless
    ``strict``, a co-producer's other than the first ("a Brazilian courier" in a Paraguayan,
    Argentine and Brazilian film), whose one name stands out among the first country's.
    An actor's own :attr:`~quiz.facts.model.CastMember.origin` counts the same way, except
    that a union's members are at home in it (a Croatian actor in a Yugoslav film)."""
    named = {
        DEMONYMS[word]
        for word in re.findall(r"\b[A-Z][\w-]+\b", member.note or "")
        if word in DEMONYMS and word != DEMONYMS[word]
    }
    countries = film_countries(film)
    if not countries or not (named or member.origin):
        return False
    home = [country.casefold() for country in countries]
    # "an American railway engineer" in a British film: names of one language's countries
    # read alike, so nothing stands out.
    english = home[0] in _ENGLISH_SPEAKING
    named = {c for c in named if not (english and c.casefold() in _ENGLISH_SPEAKING)}
    origin = (
        member.origin
        if member.origin and not (english and member.origin.casefold() in _ENGLISH_SPEAKING)
        else None
    )
    if any(country.casefold() not in home for country in named) or (
        origin and origin.casefold() not in same_country_family(countries)
    ):
        return True
    first = same_country_family(countries[:1])
    return not strict and (
        any(country.casefold() != home[0] for country in named)
        or bool(origin and origin.casefold() not in first)
    )


_GERMAN_SPEAKING = frozenset({"germany", "west germany", "east germany", "austria", "switzerland"})
_ITALIAN_SPEAKING = frozenset({"italy", "switzerland", "san marino"})
#: Titles that say which language a character speaks: the countries where it is at home.
#: (French, Spanish and Portuguese titles travel: "Monsieur Coly" in a Senegalese film,
#: "Madame Odete" in a Brazilian one.)
_TITLE_COUNTRIES: dict[str, frozenset[str]] = {
    **dict.fromkeys(("herr", "frau", "fräulein"), _GERMAN_SPEAKING),
    **dict.fromkeys(("signor", "signore", "signora", "signorina"), _ITALIAN_SPEAKING),
}

_ENGLISH_SPEAKING = frozenset(
    {
        "united states", "united kingdom", "ireland", "republic of ireland", "canada",
        "australia", "new zealand", "england", "scotland", "wales", "northern ireland",
    }
)  # fmt: skip


def _every_word(name: str) -> set[str]:
    """Every word of a name, short family names included ("Oh", "Li"), case-folded."""
    return set(re.findall(r"[\w'’-]+", name.casefold()))


def _names_each_other(member: CastMember) -> bool:
    """True when the character's name shares a word with the actor's (a family name)."""
    assert member.actor and member.role
    # ("Desmond Chin-Yee as Mr. Chin": a double-barrelled name shares its parts)
    actor = name_words(member.actor) | name_words(member.actor.replace("-", " "))
    return bool(name_words(base_character(member.role)) & actor)


def _gender_rank(key: Gender | None, value: Gender | None) -> int | None:
    """0 for the key's own kind (the same known gender; unknown beside an unknown key),
    1 for unknown beside a known key, ``None`` when the genders are known and differ, or
    when the key's is unknown and the option's known: three men beside an actor of unknown
    gender would single the key out to a player who reads the names."""
    if key is None:
        return 0 if value is None else None
    if value is None:
        return 1
    return 0 if value == key else None


def _actors_of_list(film: Film, cast_list: str | None) -> list[str]:
    """The actors of one cast list of ``film`` (the main list when ``cast_list`` is None)."""
    return unique(m.actor for m in film.cast if m.actor and m.cast_list == cast_list)


def _shares_a_name(member: CastMember, film: Film) -> bool:
    """The actor's name shares a word with the character or the relative its note names
    ("Tan Bee Lian" as Benny Tan's grandmother): the pairing reads itself, whoever knows the
    film or not."""
    assert member.actor and member.role
    theirs = name_words(member.role)
    if member.note:
        relative = possessor_words(member.note)
        theirs |= relative
        for m in film.cast:
            if m.role and (character_keys(m.role) | name_words(m.role)) & relative:
                theirs |= name_words(m.role)  # the relative's full name ("Benny Tan")
    if name_words(member.actor) & {w for w in theirs if len(w) >= 3}:
        return True
    # "Sedrak Musheghyan as Mushegh Sahakyan": a surname built on the character's name
    # (a patronymic) echoes it just as plainly.
    if any(
        a.startswith(r) or r.startswith(a)
        for a in name_words(member.actor)
        for r in theirs
        if len(a) >= 5 and len(r) >= 5
    ):
        return True
    # "Ogulbibi Rejepowa as Bibi": the character's own name closing (or opening) the
    # actor's given name.
    if member.role and any(
        len(r) >= 4 and r != a and (a.endswith(r) or a.startswith(r))
        for a in name_words(member.actor)
        for r in name_words(member.role)
    ):
        return True
    # "Jean Abernethy as Jeannie MacRae", "Deborah Mansell as Debbie Wilson": one first name
    # in two forms (the same first three letters) reads itself too.
    actor_first = member.actor.split()[0].casefold()
    role_first = base_character(member.role).split()[0].casefold() if member.role.split() else ""
    return (
        len(actor_first) >= 3
        and len(role_first) >= 3
        and actor_first[:3] == role_first[:3]
        and actor_first[:3].isalpha()
    )


def _role_to_actor(ctx: Context, member: CastMember, starring: set[str]) -> None:
    film = ctx.film
    assert member.actor and member.role
    if _shares_a_name(member, film) and not is_self_role(member.role):
        return
    role = member.role.casefold()
    same_list = [
        m.actor
        for m in film.cast
        if m.actor and m.role and m.role.casefold() == role and m.cast_list == member.cast_list
    ]
    keys = character_keys(member.role)
    any_list = {
        m.actor.casefold()
        for m in film.cast
        if m.actor and m.role and (m.role.casefold() == role or character_keys(m.role) & keys)
    }
    lone_name = name_words(base_character(member.role))
    if len(lone_name) == 1 and len(member.role.split()) == 1:
        # "Koopman" beside "Sjors Koopman" and "Mevrouw Koopman": each of them is a Koopman
        # too, so their actors are no wrong answer to "Who plays Koopman?".
        any_list |= {
            m.actor.casefold()
            for m in film.cast
            if m.actor and m.role and m is not member and lone_name <= name_words(m.role)
        }
    described = _role_phrase(member.role)
    comma = ""
    if (
        member.note
        and _is_relation(member.note)
        and not _leans_on_the_list(member.note)
        # "a boy's part voiced by an adult actress": a note about the casting, not the
        # character, which the stem would repeat ("who voices X, … voiced by …?")
        and not re.search(r"(?i)\b(?:voiced|played|portrayed|performed|dubbed)\b", member.note)
    ):
        # "Katrín's father, Grímur Hallsson": the relation as a player would say it, without
        # the cast list's gloss after it ("…, a retired coast guard boatswain").
        # ("Sona's daughter. Gurbanowa was a 19-year-old student …": the note's first
        # sentence is the character's; the rest is about the actor)
        relation = re.split(r",\s+|\s+\(|;\s+", split_sentences(member.note)[0])[0].strip()
        relation = relation.rstrip(".")
        # ("Pocho's nephew and a repique player": the relation, not the second gloss)
        relation = re.split(r"\s+and\s+(?:a|an)\s+(?=[a-z])", relation)[0]
        if re.match(
            r"^[A-ZÀ-Þ][\w-]*(?:\s+[A-ZÀ-Þ][\w-]*)?(?:\s+and\s+[A-ZÀ-Þ][\w-]*)?['’]s\s", relation
        ):
            described, comma = f"{relation}, {described}", ","
        else:
            # "Chela, a dancer and Rosa's friend,", "Yacine Diop, head of the women's
            # association,": an apposition, as a writer puts it (brackets read as a gloss).
            described, comma = f"{described}, {relation}", ","
        age = _AGE_NOTE.search(member.note)
        if age:
            # "Thu's grandmother, as a young woman in 1945": one version of the character,
            # whom another actor may play in the present day.
            described, comma = f"{described}, {age.group(1)}", ","
        # "Aunt Rose (Mia's aunt)": whoever plays Mia is never offered for her aunt.
        relative = possessor_words(member.note)
        any_list |= {
            m.actor.casefold()
            for m in film.cast
            if m.actor
            and m.role
            and relative & (name_words(base_character(m.role)) | character_keys(m.role))
        }
    # "a 2003 stage adaptation, with Rhys Bleddyn … playing Ifan": he plays Ifan too.
    any_list |= {
        actor.casefold()
        for actor, part in film.played_in_prose
        if part.casefold() in name_words(base_character(member.role)) | keys
    }
    if _is_relation(member.role + " "):
        # "Ronan's father" as the role itself: whoever plays Ronan is never offered.
        kin = possessor_words(member.role + " ")
        any_list |= {
            m.actor.casefold()
            for m in film.cast
            if m.actor
            and m.role
            and m is not member
            and kin & (name_words(base_character(m.role)) | character_keys(m.role))
        }
    genders = ctx.memo("genders", lambda: people_genders(film))
    gender = role_genders(film).get(role) or genders.get(member.actor.casefold())
    if gender is None and role_form(member.role) == "described":
        # "a whaler of the Senhora da Guia", an unnamed part whose player's gender the
        # article never gives: options of one sex beside the key would give it away.
        return
    if role_form(member.role) == "described":
        # "Who plays a trolley lady?" beside "Auntie Hing, a trolley lady": she is one too.
        described_as = re.sub(r"^(?:a|an|the)\s+", "", member.role.casefold())
        any_list |= {
            m.actor.casefold()
            for m in film.cast
            if m.actor
            and m is not member
            and re.search(rf"\b{re.escape(described_as)}\b", f"{m.role} {m.note or ''}".casefold())
        }
    film_directors = ctx.memo("directors", lambda: directors(film))
    in_cast = {m.actor.casefold() for m in film.cast if m.actor}
    # Whoever appears as themself (a biopic's real subject) plays no other character; nor
    # does a real person whose name is a character's (Joanne Pelletier in a cameo, in the
    # film about Joanne "Jo" Pelletier).
    any_list |= {m.actor.casefold() for m in film.cast if m.actor and is_self_role(m.role or "")}
    # The actors of a foreign part (a Polish name among Icelandic ones) are ruled out by
    # their names alone.
    foreign = ctx.memo("foreign-family", lambda: _foreign_family(film))
    any_list |= {
        m.actor.casefold()
        for m in film.cast
        if m.actor and m.role and m.role.casefold() in foreign and m is not member
    }
    character_names = {_no_nickname(m.role).casefold() for m in film.cast if m.role}
    any_list |= {
        m.actor.casefold() for m in film.cast if m.actor and m.actor.casefold() in character_names
    }
    # A dub's voices are offered only against the same dub's voices, and on-screen roles
    # only against on-screen (main list) actors.
    own = _actors_of_list(film, member.cast_list)
    in_main = member.cast_list == main_list(film)
    pooled = _pool_actors(ctx) if in_main else []

    def ranked() -> Iterator[tuple[int, str]]:
        for name in own:
            folded = name.casefold()
            if folded in any_list or (folded in film_directors and folded not in in_cast):
                continue
            if _child_billed(name) != _child_billed(member.actor or ""):
                continue  # a child-billed name beside adults' is the odd one out
            rank = _gender_rank(gender, genders.get(folded))
            if rank is not None:
                yield rank, name
        for name, folded, known in pooled:
            if folded in any_list or (folded in film_directors and folded not in in_cast):
                continue
            rank = _gender_rank(gender, known)
            if rank is not None:
                yield rank, name

    candidates = best_tiers(ranked(), unsure_from=1 if gender is not None else None)
    lead = member.actor.casefold() in starring
    ctx.multiple(
        category=CATEGORY,
        template="role-to-actor",
        fact=(member.role, member.actor),
        stem=ctx.variant(
            (
                f"Who {_plays(member)} {described}{comma} in {_in_film(ctx, member)}?",
                f"In {_in_film(ctx, member)}, who {_plays(member)} {described}?",
                f"Which cast member {_plays(member)} {described}{comma} in {_in_film(ctx, member)}?",
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


def _pool_actors(ctx: Context) -> list[tuple[str, str, Gender | None]]:
    """The neighbours' main-list actors in pool order, each with its case-folded name and
    the gender the first neighbour that knows it states. Built once per context: every
    cast member of the film reads the same pool, and looking each name up film by film
    cost more than all the rest of the cast questions."""

    def build() -> list[tuple[str, str, Gender | None]]:
        known: dict[str, Gender] = {}
        for other in ctx.others:
            for name, gender in ctx.values_map(people_genders, other).items():
                known.setdefault(name, gender)
        return [
            (name, name.casefold(), known.get(name.casefold()))
            for other in ctx.others
            for name in ctx.values(_main_actors, other)
        ]

    return ctx.memo("pool-actors", build)


def _main_actors(film: Film) -> list[str]:
    """The actors of the film's main cast list (a getter for :meth:`Context.values`)."""
    return _actors_of_list(film, main_list(film))


def _actor_to_role(ctx: Context, member: CastMember, starring: set[str]) -> None:
    film = ctx.film
    assert member.actor and member.role
    if _shares_a_name(member, film):
        return
    if voices_a_child(film, member):
        # "Which role does Junko Hirose voice?" with a boy among three men: the one part a
        # woman's name would voice (a blind review's giveaway).
        return
    if (
        member.note
        and _AT_AN_AGE.search(member.note)
        and any(
            m is not member
            and m.role
            and m.cast_list == member.cast_list
            # ("Maata, aged eight" beside "Maata Tulugak": one character by her name)
            and (m.role == member.role or character_keys(m.role) & character_keys(member.role))
            for m in film.cast
        )
    ):
        # "Morag Nicolson as Kirsty Morrison, aged nine": she plays one age of a character
        # another actor plays too; "Kirsty Morrison" alone would leave out her part of it.
        return
    own_roles = [m.role for m in film.cast if m.role and m.actor == member.actor]
    # A role whose actor the article lost might be played by anyone, this actor included.
    own_roles += [m.role for m in film.cast if m.role and m.actor is None]
    taken = {key for r in own_roles for key in character_keys(r)}
    # "In 1978, the Sundukyan Theatre staged an adaptation, with Zakaryan … playing
    # Mushegh": a part the prose gives this actor in another version is never wrong.
    taken |= {part.casefold() for actor, part in film.played_in_prose if actor == member.actor}
    lead = member.actor.casefold() in starring
    genders = ctx.memo("genders", lambda: people_genders(film))
    gender = genders.get(member.actor.casefold()) or role_genders(film).get(member.role.casefold())
    key_name = re.escape(base_character(member.role))
    form = role_form(member.role)
    # In a dub, only roles the dub lists a voice for (any other might be this voice's).
    in_main = member.cast_list == main_list(film)
    foreign = ctx.memo("foreign-family", lambda: _foreign_family(film))
    own = [
        m.role
        for m in film.cast
        if m.role
        and m.cast_list == member.cast_list
        and (m.actor or in_main)
        # "Tomasz Nowak, a Polish worker" among Icelanders: an option a player rules out.
        and m.role.casefold() not in foreign
    ]
    own_genders = role_genders(film)
    entries = chain(
        (
            (role, core, shape, own_genders.get(folded))
            for role, folded, core, shape in _role_entries(own)
        ),
        _pool_roles(ctx) if in_main else (),
    )
    # "Lucía's history teacher" is never an option for Lucía's actor.
    relation = re.compile(rf"\b{key_name}(?:'s|’s)\b")

    key_full = " " in member.role.strip()
    key_surname_title = (
        form == "titled"
        and len(member.role.split()) == 2
        and member.role.split()[0].casefold().rstrip(".") in _SURNAME_TITLES
    )
    same_form: set[str] = set()

    def ranked() -> Iterator[tuple[int, str]]:
        seen = set(taken)
        for role, core, shape, known in entries:
            # Two versions of one character ("Madam Siri", "young Siri") never meet.
            keys = character_keys(role) if '"' in role or "“" in role else {core}
            if keys & seen or relation.search(role):
                continue
            rank = _gender_rank(gender, known)
            if rank is None:
                continue
            # "Mansour Rahimi" among "Yousef" and "Kamran" stands out: a full name with full
            # names first, a given name with given names.
            other_form = (
                shape != form
                or (form == "plain" and (" " in role.strip()) != key_full)
                # "Mr Cleary" among "Reverend Alan Dunstan" and full names: the one option
                # without a given name stands out.
                or (key_surname_title and len(role.split()) != 2)
            )
            if shape != form and form == "variant":
                continue  # "the young Tomas" only among other young versions
            if (shape == "described") != (form == "described"):
                continue  # "The woman in the photograph" among three names is the odd one
            seen |= keys
            if not other_form:
                same_form.add(role)
            yield rank * 2 + other_form, role

    candidates = best_tiers(ranked(), unsure_from=2 if gender is not None else None)
    if _lone_elaborate_form(form, key_full):
        alike = [c for c in candidates if c in same_form]
        if not alike:
            return  # "Mr. Lâm" among "Minh" and "Đức": the one titled name is the answer
        if len(alike) < 3:  # every option that shares the key's form, then the others
            candidates = alike + [c for c in candidates if c not in same_form][: 3 - len(alike)]
    balanced = _family_balanced(member.role, candidates)
    if balanced is None:
        return
    candidates = balanced
    ctx.multiple(
        category=CATEGORY,
        template="actor-to-role",
        fact=(member.actor, member.role),
        stem=ctx.variant(
            (
                f"Which character does {member.actor} {_plays(member)[:-1]} in {_in_film(ctx, member)}?",
                f"In {_in_film(ctx, member)}, which role does {member.actor} {_plays(member)[:-1]}?",
                f"Which character's voice does {member.actor} provide in {_in_film(ctx, member)}?"
                if member.voice
                else f"Who is {member.actor}'s character in {_in_film(ctx, member)}?",
            ),
            member.actor,
            member.role,
        ),
        key=_option_role(member.role),
        candidates=(_option_role(r) for r in candidates),
        true_set=[_option_role(r) for r in own_roles],
        difficulty=cast_salience(member.order, lead),
        explanation=f"{member.actor} {_plays(member)} {_role_phrase(member.role)} in {_in_film(ctx, member)}.",
        source=member.source,
        tags=("lead",) if lead else (),
    )


#: Titles said before a family name alone ("Mr Cleary", "Mrs. Davis"); "Padre Anselmo" and
#: "Aunty Noeline" take a given name and read like one.
_SURNAME_TITLES = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "mister",
        "dr",
        "herr",
        "frau",
        "monsieur",
        "mme",
        "señor",
        "señora",
        "signor",
        "signora",
        "senhor",
        "senhora",
        "mevrouw",
        "meneer",
    }
)


def _surname_alone(name: str) -> bool:
    """A feminine surname used alone as a name ("Kohoutová", "Nowakowska")."""
    return " " not in name.strip() and bool(
        re.search(r"(?:ová|ská|cká|ienė|aitė|ytė|ovna|evna)$", name.strip())
    )


def _family_balanced(key: str, candidates: list[str]) -> list[str] | None:
    """``candidates`` with any third member of one family the key does not belong to moved
    last, or None when only such a third would complete the options: "Joyce Dunstan"
    among three Tāwhais is the odd one out (a blind review's giveaway)."""
    # "Kohoutová" (Mrs Kohout) among "Anežka" and "Dorota": a married surname alone reads
    # as "the wife" beside given names, so the two forms never mix.
    surname = _surname_alone(key)
    candidates = [c for c in candidates if _surname_alone(c) == surname or c == key]
    key_words = _every_word(key)
    counts: Counter[str] = Counter()
    picked: list[str] = []
    deferred: list[str] = []
    for candidate in candidates:
        words = candidate.split()
        # The family name comes last ("Joyce Dunstan") or first ("Leung Wing-kei"): either
        # word may be the one three options share.
        families = (
            {words[0].casefold(), words[-1].casefold()} - key_words
            if len(words) > 1 and candidate[:1].isupper()
            else set()
        )
        if candidate.casefold() == key.casefold() or not families:
            picked.append(candidate)
            continue
        if any(counts[family] >= 2 for family in families):
            deferred.append(candidate)
            continue
        for family in families:
            counts[family] += 1
        picked.append(candidate)
    wrong = [c for c in picked if c.casefold() != key.casefold()]
    if len(wrong) < 3 and deferred:
        return None
    return picked + deferred


def _lone_elaborate_form(form: RoleForm, full: bool) -> bool:
    """True when a key of this form stands out if no option shares it: a titled name
    ("Mr. Lâm") or a full name ("Đoàn Văn Khiêm") among given names reads as the
    answer (blind reviews flagged both). A lone given name among full names did not."""
    return form == "titled" or (form == "plain" and full)


#: A character as the role options read it: the role, case-folded, its core and its form.
RoleEntry = tuple[str, str, str, RoleForm]


def _role_entries(roles: Iterable[str]) -> list[RoleEntry]:
    """``roles`` without "as herself" ones, each with what the options compare."""
    return [
        (role, role.casefold(), character_core(role), role_form(role))
        for role in roles
        if not is_self_role(role)
    ]


def _main_roles(film: Film) -> list[RoleEntry]:
    """The film's main-list characters as :func:`_role_entries` (cached per film by
    :meth:`Context.values`: every neighbour's cast questions read them)."""
    main = main_list(film)
    return _role_entries(m.role for m in film.cast if m.role and m.cast_list == main)


def _pool_roles(ctx: Context) -> list[tuple[str, str, RoleForm, Gender | None]]:
    """The neighbours' main-list characters in pool order (role, core, form), each with
    the gender stated by the first neighbour whose cast holds that role. Built once per
    context: every cast member reads the same pool, and finding each role's film anew
    was the largest single cost of generation."""

    def build() -> list[tuple[str, str, RoleForm, Gender | None]]:
        genders: dict[str, Gender | None] = {}
        for other in ctx.others:
            of_other = role_genders(other)
            for m in other.cast:
                if m.role:
                    genders.setdefault(m.role.casefold(), of_other.get(m.role.casefold()))
        return [
            (role, core, form, genders[folded])
            for other in ctx.others
            for role, folded, core, form in ctx.values(_main_roles, other)
        ]

    return ctx.memo("pool-roles", build)


_DETERMINED = re.compile(
    r"(?i)^(?:the|a|an|his|her|their|its|one|another|each|every|some|two|three|both)\b"
)


def _with_article(note: str) -> str:
    """ "conductor of the Narva women's choir" → "the conductor of …": a cast list's
    shorthand reads as English only with its article ("Anna's mother" has one already)."""
    if _DETERMINED.match(note) or not note[:1].islower():
        return note
    return f"the {note}"


def _note_to_role(ctx: Context, member: CastMember) -> None:
    """``Actor as Rosa, Anna's mother`` → "Which character is Anna's mother?".

    Asked only where the names cannot give it away: the key is a plain name (no "Mama",
    "Uncle" or "Coach" to match the relation), it does not contain the relative's name, and
    every option is a plain name of the key's known gender.
    """
    film = ctx.film
    if member.note:
        # "the village schoolteacher. Karapetyan was Ghukasyan's wife, and she appeared in
        # four of his films": the first sentence says who the character is; the rest is
        # about the actor.
        member = replace(member, note=split_sentences(member.note)[0].rstrip("."))
    if (
        not member.note
        or not member.role
        # ("Original stage cast: Thandeka Simelane as Bongiwe, the pastor's daughter": the
        # play's character, cut from the film; the options are the film's own)
        or member.cast_list != main_list(film)
        or role_form(member.role) != "plain"
        or not _is_relation(member.note)
        or _leans_on_the_list(member.note)
    ):
        return
    gender = words_gender(member.note) or role_genders(film).get(member.role.casefold())
    relative = member.note.split("'")[0].split("’")[0].strip()
    if gender is None or name_words(relative) & name_words(member.role):
        return
    if any(
        word.startswith(kin) for kin in name_words(relative) for word in name_words(member.role)
    ):
        return  # "Bárður Sigurjónsson, Sigurjón's son": the patronymic spells the relation
    same_note = [
        m.role
        for m in film.cast
        if m.role and m.note and m.note.casefold() == member.note.casefold()
    ]
    # A character is never offered as its own relative ("Anna" for "Anna's mother").
    # ... nor any version of that character ("young Adaeze" for "Adaeze's sister").
    named = name_words(member.note)
    mentioned = {
        r.casefold()
        for r in characters(film)
        if r.casefold() in member.note.casefold()
        or character_core(r) in named
        or (character_keys(r) | name_words(r)) & possessor_words(member.note)
    }
    # ... nor any of its family: "Obinna's wife" never offers his mother or his sister
    # (nor "Li-hua's husband" her brothers).
    mentioned |= families(film).get(member.role.casefold(), frozenset())
    for r in list(mentioned):
        mentioned |= families(film).get(r, frozenset())
    mentioned |= ctx.memo("foreign-family", lambda: _foreign_family(film))
    genders = role_genders(film)
    candidates = [
        m.role
        for m in film.cast
        if m.role
        and m.cast_list == main_list(film)
        and role_form(m.role) == "plain"
        and genders.get(m.role.casefold()) == gender
        and (m.role.casefold() not in mentioned or m.role.casefold() == member.role.casefold())
    ]
    # "Min-jae's father" is "Oh Dong-sik" where Min-jae is "Oh Min-jae": the family name
    # answers it unless every option carries it too.
    relative_words = _every_word(relative)
    full = next(
        (
            m.role
            for m in film.cast
            if m.role and relative_words and relative_words < _every_word(m.role)
        ),
        None,
    )
    family = (_every_word(full) - relative_words) & _every_word(member.role) if full else set()
    if family:
        candidates = [c for c in candidates if family & _every_word(c)]
    balanced = _family_balanced(member.role, candidates)
    if balanced is None:
        return
    candidates = balanced
    ctx.multiple(
        category=CATEGORY,
        template="note-to-role",
        fact=(member.note, member.role),
        stem=f"In {ctx.title}, which character is {_with_article(member.note)}?",
        key=_no_nickname(member.role),
        candidates=unique(_no_nickname(c) for c in candidates),
        true_set=[_no_nickname(r) for r in same_note],
        difficulty="medium",
        explanation=f"In {ctx.title}, {member.role} is {_with_article(member.note)} (played by {member.actor or 'an uncredited actor'}).",
        source=member.source,
    )
