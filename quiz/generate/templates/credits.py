"""Credit questions: credit role → person/company and person → credit role.

Options have the key's kind: companies for company credits, actors (never the director) for
the billed stars, crew for crew credits (this film's other crew, then people of the same craft
on the other films in the bank, never an actor who only acts). Multi-valued credits are
asked as "one of".

Distractors for "who is credited as R" come from people (or companies) credited under other
roles; roles that often overlap (director/writer/screenplay; studio/distributor/production
company) never supply each other's distractors, and neither do companies that distribute
the film abroad when the question is about the distributor.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import chain

from quiz.facts.model import Credit
from quiz.facts.roles import (
    craft_of,
    is_company_role,
    is_group_name,
    job_title,
    related_roles,
    specialty,
)
from quiz.generate.context import Context
from quiz.generate.difficulty import credit_salience
from quiz.generate.kinds import (
    CRAFT_GETTERS,
    directors,
    film_countries,
    is_documentary_cast,
    is_self_role,
)
from quiz.generate.orthography import named_countries
from quiz.generate.people import actors, companies, people, unique

CATEGORY = "credits"

_ROLE_QUESTIONS = {
    "director": "Who directed {film}?",
    "writer": "Who is credited as the writer of {film}?",
    "screenplay": "Who wrote the screenplay of {film}?",
    "producer": "Who is credited as the producer of {film}?",
    "starring": "Which of these actors is billed as the star of {film}?",
    "cinematography": "Who was the cinematographer of {film}?",
    "editing": "Who edited {film}?",
    "music": "Who composed the music for {film}?",
    "studio": "Which studio made {film}?",
    "distributor": "Which company is credited as the distributor of {film}?",
    # ("Which company is credited as the production company" says "company" twice)
    "production company": "Which company produced {film}?",
    "story": "Who is credited with the story of {film}?",
}
#: Multi-valued credits are asked as "one of": two credited writers make "Who is the
#: writer?" ambiguous in a player's eyes even though only one option is right.
_SEVERAL = {
    "director": "Which of these is one of the directors of {film}?",
    "writer": "Which of these is one of the credited writers of {film}?",
    "screenplay": "Which of these is one of the credited screenwriters of {film}?",
    "producer": "Which of these is one of the credited producers of {film}?",
    "starring": "Which of these actors is among the top-billed stars of {film}?",
    "cinematography": "Which of these is one of the credited cinematographers of {film}?",
    "editing": "Which of these is one of the credited editors of {film}?",
    "music": "Which of these is one of the credited composers of {film}?",
    "studio": "Which of these companies produced {film}?",
    "distributor": "Which of these companies is one of the distributors of {film}?",
    "production company": "Which of these companies produced {film}?",
    "story": "Which of these is one of the credited story writers of {film}?",
}


#: A credit named for the person holding it ("Narrator", "Host"), not for the work.
_AGENT = re.compile(r"(?i)^[a-z ]*(?:or|er|ist|ant|host)$")
#: Credits a performer holds: their wrong options are other performers, never crew.
_PERFORMING = frozenset({"narrator", "narrated by", "host", "presenter", "voice"})


def _stem(
    role: str, title: str, several: bool, documentary: bool = False, credited: bool = True
) -> str:
    """The question for a role; ``credited`` is false for a person only the prose names in
    it ("playback singer Kavya Nambiar"): no credit says so, so the stem never does."""
    if not credited and not is_company_role(role):
        if role.casefold() in _ROLE_QUESTIONS and not several:
            plain = _ROLE_QUESTIONS[role.casefold()].format(film=title)
            if "credited" not in plain:
                return plain
        if role.casefold() == "story":
            return f"Who wrote the story of {title}?"
        if role.casefold() in {"lyrics", "lyrics by"}:
            # "responsible for the lyrics of X" reads stilted: a film has songs.
            return (
                f"Which of these wrote lyrics for the songs of {title}?"
                if several
                else f"Who wrote the lyrics for the songs of {title}?"
            )
        job = job_title(role)
        if job is None and not _AGENT.search(role):
            # "Sound design" names the work, not the worker.
            work = role.lower()
            return (
                f"Which of these was one of those responsible for the {work} of {title}?"
                if several
                else f"Who was responsible for the {work} of {title}?"
            )
        noun = (job or role.removesuffix(" by")).lower()
        return (
            f"Which of these was one of the {_plural(noun)} of {title}?"
            if several
            else f"Who was the {noun} of {title}?"
        )
    if documentary and role.casefold() == "starring":
        # A documentary's "stars" are the people it follows, not actors.
        return (
            f"Which of these people is among those billed as starring in {title}?"
            if several
            else f"Which of these people is billed as starring in {title}?"
        )
    template = (_SEVERAL if several else _ROLE_QUESTIONS).get(role.casefold())
    job = job_title(role)
    if template is None and job and not is_company_role(role):
        # "Who was the casting director of X?", never a quoted infobox heading ("credited
        # under 'Casting'") the player has not seen.
        noun = job[:1].lower() + job[1:]
        template = (
            f"Which of these was one of the {noun}s of {{film}}?"
            if several
            else f"Who was the {noun} of {{film}}?"
        )
    if template is None and not is_company_role(role) and _AGENT.search(role):
        # "Narrator": a person's title, credited as one ("credited with the narrator" is
        # no English).
        noun = role.lower().removesuffix(" by")
        template = (
            f"Which of these is one of the credited {noun}s of {{film}}?"
            if several
            else f"Who is credited as the {noun} of {{film}}?"
        )
    if template is None and not is_company_role(role) and re.fullmatch(r"[A-Za-z][a-z -]+", role):
        # "Sound design": "Who is credited with the sound design of X?", never a quoted
        # heading the player has not seen.
        noun = role.lower()
        template = (
            f"Which of these is credited with the {noun} of {{film}}?"
            if several
            else f"Who is credited with the {noun} of {{film}}?"
        )
    if template is None:
        article = "Which of these is one of those" if several else "Who is"
        if is_company_role(role):
            article = "Which of these companies is one of those" if several else "Which company is"
        template = f"{article} credited under “{role}” for {{film}}?"
    return template.format(film=title)


def _credit_explanation(credit: Credit, title: str, several: bool = False) -> str:
    """The credit in plain English ("Ana Lee is credited as the director of X"), never the
    infobox's label ("credited under Director"); a person the prose names ("editor Ana
    Ruiz cut …") is credited nowhere, so the explanation says what they did."""
    role = credit.role.casefold()
    if role == "starring":
        return f"{credit.name} is one of the top-billed stars of {title}."
    job = job_title(credit.role)
    if is_company_role(credit.role):
        if several:
            return f"{credit.name} is credited as one of the {_plural(role)} of {title}."
        return f"{credit.name} is credited as the {role} of {title}."
    if job is None and _AGENT.search(credit.role):
        return f"{credit.name} is credited as the {role} of {title}."
    if job is None:
        # "Art direction" names the work, not the worker.
        verb = "was responsible for" if credit.from_prose else "is credited for"
        return f"{credit.name} {verb} the {role} of {title}."
    if credit.from_prose:
        return f"{credit.name} was the {job.casefold()} of {title}."
    if several:
        return f"{credit.name} is credited as one of the {_plural(job.casefold())} of {title}."
    return f"{credit.name} is credited as the {job.casefold()} of {title}."


def _plural(noun: str) -> str:
    """``producer`` → ``producers``, ``studio`` → ``studios``, ``production company`` →
    ``production companies``."""
    if noun.endswith("s"):
        return noun
    if noun.endswith("y") and not noun.endswith(("ay", "ey", "oy")):
        return f"{noun[:-1]}ies"
    return f"{noun}s"


def _is_group(credit: Credit) -> bool:
    """A band or an ensemble, by its name or by what the prose calls it."""
    return credit.group or is_group_name(credit.name)


def generate(ctx: Context) -> None:
    film = ctx.film
    roles = unique(c.role for c in film.credits)
    for role in roles:
        holders = film.credits_for(role)
        _role_to_holder(ctx, role, holders)
    people_roles: dict[str, list[Credit]] = {}
    for credit in film.credits:
        if not is_company_role(credit.role) and not _is_group(credit):
            people_roles.setdefault(credit.name, []).append(credit)
    for name, credits in people_roles.items():
        _person_to_role(ctx, name, credits)


def _role_to_holder(ctx: Context, role: str, holders: list[Credit]) -> None:
    film = ctx.film
    related = related_roles(role)
    true_names = [c.name for c in film.credits if c.role.casefold() in related]
    if craft_of(role) == "writing":
        # The novel's author wrote the film's story, if not its script: "one of the
        # credited writers" is defensible for them, so they are never a wrong writer.
        true_names += [c.name for c in film.credits if craft_of(c.role) == "source"]
        # "eleven songs written for it by Kwesi Ampong": a writer of something, too.
        true_names += [c.name for c in film.credits if c.writes]
        if film.source_work and film.source_work.author:
            true_names.append(film.source_work.author)
    # "Brevett and Coombs produced the soundtrack": a producer of a kind is no wrong
    # producer to a player who read that.
    wanted_job = job_title(role)
    true_names += [
        p.name
        for p in film.people
        if wanted_job and job_title(p.role) is None and _job_of_kind(p.role) == wanted_job
    ]
    if wanted_job == "Producer":
        # (whoever paid for it is no provably wrong producer either)
        true_names += [p.name for p in film.people if p.role == "financier"]
    company = is_company_role(role)
    if company:
        candidates: Iterable[str] = chain(ctx.values(companies), ctx.pool_values(companies))
        if role.casefold().startswith("distribut"):
            dealers = [d.company for d in film.distribution]
            true_names += dealers
            # "Nordlys released it in Sweden": the studio "Nordlys Film AB" is that company
            true_names += [
                c.name
                for c in film.credits
                if any(c.name.startswith(f"{dealer} ") for dealer in dealers)
            ]
        else:  # a production company named in prose may well be a studio
            true_names += [p.value for p in film.production if p.kind == "company"]
            # "Nuri Entertainment provided most of the budget": a backer is arguably one
            # of the companies that produced it.
            true_names += [p.name for p in film.people if p.role == "financier"]
        home = set(film_countries(film))
        if home:
            # "Lithuanian Film Studio" among "Rīgas Kino" and "Eesti Filmilevi": a name
            # that names another country than the film's is no producer a player weighs.
            candidates = [c for c in candidates if not (named_countries(c) - home)]
    elif role.casefold() == "starring" or role.casefold() in _PERFORMING:
        # Actors only, and never the director (unless they also act).
        film_directors = directors(film)
        in_cast = {m.actor.casefold() for m in film.cast if m.actor}
        # The cast list's next names after the billed stars are stars to a player who never
        # sees the infobox: only actors further down (or other films') are surely not.
        main = [m.actor.casefold() for m in film.cast if m.actor and not m.cast_list]
        near_top = set(main[: len(holders) + 2])
        # The main cast list only: a dub's voices were billed in another version.
        dubbed = {m.actor.casefold() for m in film.cast if m.actor and m.cast_list}
        # "Katalin Szőnyi as the timekeeper (cameo)" in a film about Katalin Szőnyi: the real
        # person behind a character reads as a trick option.
        portrayed = {m.role.casefold() for m in film.cast if m.role}
        candidates = (
            name
            for name in chain(ctx.values(actors), ctx.pool_values(actors))
            if name.casefold() not in dubbed
            and name.casefold() not in portrayed
            and (name.casefold() not in film_directors or name.casefold() in in_cast)
            and name.casefold() not in near_top
            # ("Players of TJ Sokol Bošilec": a team, no actor to weigh)
            and not is_group_name(name)
        )
    else:
        # Crew, never actors: people of the same craft on the other films in the bank first
        # ("Who directed X?" offers other films' directors), then this film's other crew.
        acting_only = {m.actor.casefold() for m in film.cast if m.actor}
        crew = [
            c.name
            for c in film.credits
            if not is_company_role(c.role)
            and craft_of(c.role) not in {"acting", None}
            and not _is_group(c)
        ]
        acting_only -= {name.casefold() for name in crew}
        # The source work's author, uncredited on the film, wrote a book, not the film's
        # crew work (an 1896 folk-tale collector offered as a 1987 film's cinematographer).
        if film.source_work and film.source_work.author:
            acting_only |= {
                n.strip().casefold()
                for n in re.split(r",\s*|\s+and\s+|\s*&\s*", film.source_work.author)
                if n.strip() and n.strip().casefold() not in {c.casefold() for c in crew}
            }
        # A real person the film is about, on screen as themself, shot nothing of it.
        acting_only |= {
            m.actor.casefold() for m in film.cast if m.actor and is_self_role(m.role or "")
        }
        craft = craft_of(role)
        getter = CRAFT_GETTERS.get(craft or "")
        same_craft = ctx.pool_values(getter) if getter else iter(())
        candidates = (
            name
            for name in chain(same_craft, crew, ctx.values(people), ctx.pool_values(people))
            if name.casefold() not in acting_only
        )
        kind = specialty(role)
        if kind in {"singing", "choreography"}:
            # A playback singer among the director and the cinematographer is the odd one
            # out: only other specialists of that kind (credited here or on other films).
            candidates = (
                c.name
                for other in (film, *ctx.others)
                for c in other.credits
                if specialty(c.role) == kind and c.name.casefold() not in acting_only
            )
    if company:
        candidates = _company_candidates(role, holders[0].name, candidates)
    # "Music: Ádám Virágh, Tücsök Ensemble": the ensemble played what the one composer
    # wrote, so "one of the credited composers" would suggest a second writer.
    several = len(holders if company else [h for h in holders if not _is_group(h)]) > 1
    if not company and _is_group(holders[0]):
        return  # a band among three people's names would be the odd one out
    if role.casefold() == "starring" and is_documentary_cast(film):
        # Everyone in a documentary appears as themself: who is "billed" as starring
        # is the infobox's choice, which players never see.
        return
    key_gender = holders[0].gender or film.genders.get(holders[0].name)
    if not company and key_gender is not None:
        # "Pierre-Luc Gauthier" among three women for cinematographer: the one man reads as
        # the answer to anyone who guesses by the trade's old habits. Those of the key's
        # gender (or unknown) come first; the other sex only fills up.
        known = {
            # (an actor's sex, told by the part: "Mary Attagutsiak as Leah, Maata's mother")
            **{m.actor.casefold(): m.gender for m in film.cast if m.actor and m.gender},
            **{c.name.casefold(): c.gender for c in film.credits if c.gender},
            **{name.casefold(): g for name, g in film.genders.items()},
        }
        listed = list(candidates)
        candidates = [
            *(c for c in listed if known.get(c.casefold()) in {None, key_gender}),
            *(c for c in listed if known.get(c.casefold()) not in {None, key_gender}),
        ]
    for holder in holders[:1]:  # one question per role: more would repeat the stem
        salience = credit_salience(role)
        ctx.multiple(
            category=CATEGORY,
            template="role-to-person",
            fact=(role, holder.name),
            stem=_stem(
                role,
                ctx.title,
                several,
                documentary=is_documentary_cast(film),
                credited=not holder.from_prose,
            ),
            key=holder.name,
            candidates=candidates,
            true_set=true_names,
            difficulty=salience,
            explanation=_credit_explanation(holder, ctx.title, several),
            source=holder.source,
            tags=("lead",) if salience == "easy" else (),
        )


#: Words by which a company's name announces its trade.
_DISTRIBUTES = re.compile(
    r"(?i)\b(?:distribution|distributors?|releasing|verleih|distribuidora|distribuzione|"
    r"distribuciones|distribución|distribuição|distributie|dystrybucja|distribusjon|distribuering|"
    r"distributionen|filmverleih|distribució|distributie|distribuce|distribúcia|dağıtım)\b"
)
_PRODUCES = re.compile(
    r"(?i)\b(?:productions?|studios?|producciones|produções|produzioni|produktion|produksjon|"
    r"produktioner|produccions|producties|productora|produkcja|produkce|produkcia)\b"
)


def _leading_word(name: str) -> str:
    """A company's first own word: "Golden" of "Golden Crane Pictures", never "the"."""
    words = [w for w in name.casefold().split() if w not in {"the", "a", "an", "les", "la", "le"}]
    return words[0] if words else name.casefold()


_SMALL_WORDS = frozenset(
    {"de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les",
     "el", "e", "y", "et", "and", "of", "the", "for", "und", "für", "i", "a"}
)  # fmt: skip


def _abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` is the initials of ``name`` ("ICAIC" of "Instituto Cubano del Arte e
    Industria Cinematográficos"), small words left out or kept."""
    letters = short.replace(".", "").replace(" ", "")
    if len(letters) < 2 or not letters.isupper() or " " not in name.strip():
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", name)
    every = "".join(w[0] for w in words).upper()
    own = "".join(w[0] for w in words if w.casefold() not in _SMALL_WORDS).upper()
    return letters in {every, own}


def _company_candidates(role: str, key: str, candidates: Iterable[str]) -> Iterator[str]:
    """Companies that do not give the key away by name: a distributor's question offers no
    "… Productions" and a studio's no "… Distribution", a key named for its trade is asked
    only among companies named so too, and no sibling of the key ("Golden Crane Pictures"
    beside "Golden Crane Distribution") points to it."""
    distributing = role.casefold().startswith("distribut")
    marked = _DISTRIBUTES if distributing else _PRODUCES
    other = _PRODUCES if distributing else _DISTRIBUTES
    first = _leading_word(key)
    for name in candidates:
        if other.search(name) or _leading_word(name) == first:
            continue
        if _abbreviates(name, key) or _abbreviates(key, name):
            continue  # "ICAIC" is the Instituto Cubano del Arte e Industria Cinematográficos
        if marked.search(key) and not marked.search(name):
            continue
        yield name


def _job_of_kind(role: str) -> str | None:
    """The job a prose role is a kind of: "music producer" → ``Producer``."""
    return job_title(role) or job_title(role.split()[-1])


def _person_to_role(ctx: Context, name: str, credits: list[Credit]) -> None:
    """ "What was X's job?" for crew; actors are asked about in the cast questions."""
    film = ctx.film
    jobs = [c for c in credits if job_title(c.role)]
    if not jobs:
        return
    first = jobs[0]
    own_related = set().union(*(related_roles(c.role) for c in credits))
    # Only jobs this film credits: "not the director" is provable only when one is named.
    labels = unique(title for c in film.credits if (title := job_title(c.role)))
    true_set = [title for r in sorted(own_related) if (title := job_title(r))]
    # "The English-language version was … directed by Clara Whitfield": a job the prose
    # gives her (on a dub, a stage version) is defensible, so never a wrong answer.
    true_set += [
        title
        for p in film.people
        if p.name.casefold() == name.casefold() and (title := _job_of_kind(p.role))
    ]
    if any(c.writes for c in credits):
        # "songs written for it by Kwesi Ampong": "Writer" is defensible for him as well.
        true_set.append("Writer")
    # Several jobs, or a job and a part in the cast (a writer in a cameo): "one of".
    in_cast = any(m.actor and m.actor.casefold() == name.casefold() for m in film.cast)
    # (the author of the play it is based on holds that credit too: "Based on: Eleven Reeds")
    authored = bool(
        film.source_work
        and film.source_work.author
        and name.casefold()
        in {
            n.strip().casefold()
            for n in re.split(r",\s*|\s+and\s+|\s*&\s*", film.source_work.author)
        }
    )
    several = len(unique(job_title(c.role) or c.role for c in jobs)) > 1 or in_cast or authored
    stem = (
        # Several jobs: asked as "one of", never as if the key were the only one.
        f"Which of these was one of {name}'s jobs on {ctx.title}?"
        if several
        # A job only the prose names was credited nowhere the player could check.
        else f"What was {name}'s job on {ctx.title}?"
        if first.from_prose
        else ctx.variant(
            (
                f"What was {name}'s job on {ctx.title}?",
                f"In which role is {name} credited on {ctx.title}?",
                f"Which credit does {name} hold on {ctx.title}?",
            ),
            name,
        )
    )
    ctx.multiple(
        category=CATEGORY,
        template="person-to-role",
        fact=(name, first.role),
        stem=stem,
        key=job_title(first.role) or first.role,
        candidates=labels,
        true_set=true_set,
        difficulty="hard" if credit_salience(first.role) == "hard" else "medium",
        explanation=_credit_explanation(first, ctx.title, len(film.credits_for(first.role)) > 1),
        source=first.source,
    )
