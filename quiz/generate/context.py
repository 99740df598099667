"""The generation context: one film, its article path, the pool of other films, and the
single place where a question is assembled, checked and given its stable id.

Templates never build :class:`~quiz.bank.Question` objects themselves. They call
:meth:`Context.multiple` or :meth:`Context.boolean` with the stem, the key, the candidate
distractors and the *true set* (every option value that would also be correct for this stem
according to the facts). The context removes anything true from the candidates, picks three
distractors of the key's form with a per-question seeded RNG, applies the difficulty rule and
runs the validator. A question that cannot be made unique is not produced.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, TypeVar

from quiz.bank import Citation, Difficulty, Question, stable_id
from quiz.facts.model import Film, Source
from quiz.generate.difficulty import adjust_for_closeness, cap_giveaway, is_giveaway
from quiz.generate.nearmiss import option_number, place_around
from quiz.generate.orthography import (
    looks_alike,
    name_languages_at_home,
    named_apart,
    spelt_apart,
)
from quiz.textnorm import normalize_option, slugify
from quiz.validate import question_problems

T = TypeVar("T")
V = TypeVar("V")
#: The attribute under which a film keeps its derived value lists (getters are module-level
#: functions, so their ids are stable for the life of the process).
_FILM_CACHE = "_generate_values"

#: How many other films (the neighbours after this one in the bank) may lend distractors.
#: Bounded so that generation cost per question does not grow with the size of the bank.
POOL_NEIGHBOURS = 24


@dataclass
class Rejection:
    """A question the generator refused to emit, and why (kept for tests and debugging)."""

    template: str
    stem: str
    reason: str


#: Templates whose options are people or characters: only there does a given name stand
#: out ("Annie Awards" among ceremonies is no woman).
_NAMED_OPTIONS = frozenset(
    {"role-to-actor", "actor-to-role", "note-to-role", "role-to-person", "to-recipient"}
)


@dataclass
class Context:
    """Everything a template needs about the film being generated."""

    film: Film
    path: str
    pool: Sequence[Film] = ()
    #: The film's index in ``pool`` when the caller knows it (saves a search per film).
    position: int | None = None
    questions: list[Question] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    _ids: set[str] = field(default_factory=set, repr=False)
    _memo: dict[Any, Any] = field(default_factory=dict, repr=False)
    #: How often each rank (0 = earliest) the key has taken among sorted year/date options.
    key_ranks: list[int] = field(default_factory=lambda: [0, 0, 0, 0], repr=False)

    @cached_property
    def slug(self) -> str:
        return slugify(self.film.full_title)

    @cached_property
    def title(self) -> str:
        """The film as stems name it: ``Title (2024)`` only where the year disambiguates.

        The rule: the tag is shown when another film in the bank has the same title, or when
        the article's qualifier carries a year ("2024 film"): Wikipedia adds a year to a
        qualifier only when several films share the title, so a player could mean another
        one. A qualifier without a year ("film") or none at all means no other film has the
        title, and the tag would be noise. Stems that already date their event (a
        ceremony's year) use the plain title.
        """
        film = self.film
        if not film.year:
            return film.title
        # Shown only when another film in the bank has the same title: in every other stem
        # the year would give away the answers of the set's year questions.
        shared = _title_counts(self.pool)[film.title.casefold()] > 1
        return film.display_title if shared else film.title

    def variant(self, wordings: Sequence[str], *material: str) -> str:
        """One of several wordings of a stem, chosen by the fact (stable across builds), so
        a set does not read like one sentence with its blanks refilled."""
        digest = hashlib.sha1("\x1f".join(material).encode("utf-8")).digest()
        return wordings[digest[0] % len(wordings)]

    def _names_at_home(self) -> frozenset[str]:
        """Languages of given names the film's countries and languages make ordinary."""
        # The lead country only (a French co-producer does not make a French tourist's
        # name ordinary among Cameroonians); the first language where no country is given.
        for keys in ({"country", "countries"}, {"language", "languages"}):
            values = [v for e in self.film.infobox if e.key.casefold() in keys for v in e.values]
            if values:
                return name_languages_at_home(values[:1])
        return frozenset()

    def _cast_names(self) -> list[str]:
        """Every actor and character of the film, whose given names say which stand out."""
        return self.memo(
            "cast-names",
            lambda: [n for m in self.film.cast for n in (m.actor, m.role) if n],
        )

    def memo(self, key: Any, factory: Callable[[], T]) -> T:
        """``factory()`` computed once per context under ``key`` (tables built from the pool)."""
        if key not in self._memo:
            self._memo[key] = factory()
        result: T = self._memo[key]
        return result

    @cached_property
    def others(self) -> list[Film]:
        """The other films that may lend distractors: the :data:`POOL_NEIGHBOURS` films after
        this one in the bank (wrapping round), so each film draws on its neighbours rather
        than all on the first article, and the cost per question does not grow with the bank.
        """
        films = self.pool
        if self.position is not None and 0 <= self.position < len(films):
            index = self.position
        else:
            index = next((i for i, f in enumerate(films) if f is self.film), -1)
        # Only films from the same country or in the same language lend distractors: an
        # Italian name among a Brazilian film's options gives the answer away. The walk
        # round the bank stops at the last neighbour needed: reading every film for every
        # film would make a build quadratic in the size of the bank.
        home = _origin(self.film)
        kin: list[Film] = []
        for step in range(len(films)):
            if len(kin) >= POOL_NEIGHBOURS:
                break
            other = films[(index + 1 + step) % len(films)]
            if other is not self.film and (not home or not home.isdisjoint(_origin(other))):
                kin.append(other)
        return kin

    def values(self, getter: Callable[[Film], list[T]], film: Film | None = None) -> list[T]:
        """``getter(film)`` (this film by default), computed once per film and getter for
        the whole build: each film lends values to its neighbours' contexts too.

        Keyed by the getter itself, not its ``id()`` (an id can be reused once a lambda is
        gone); the cache lives on the film, so it goes when the film does.
        """
        target = self.film if film is None else film
        cache: dict[Callable[[Film], list[Any]], list[Any]] = target.__dict__.setdefault(
            _FILM_CACHE, {}
        )
        if getter not in cache:
            cache[getter] = getter(target)
        found: list[T] = cache[getter]
        return found

    def values_map(self, getter: Callable[[Film], dict[str, V]], film: Film) -> dict[str, V]:
        """``getter(film)`` for a table (a name → kind map), cached per film like
        :meth:`values`."""
        cache: dict[Callable[[Film], dict[str, V]], dict[str, V]] = film.__dict__.setdefault(
            "_generate_maps", {}
        )
        if getter not in cache:
            cache[getter] = getter(film)
        return cache[getter]

    def pool_values(self, getter: Callable[[Film], list[str]]) -> Iterator[str]:
        """Lazily, ``getter`` applied to each other film: distractor picking stops reading
        as soon as it has enough, so a large bank costs no more than a small one."""
        for film in self.others:
            yield from self.values(getter, film)

    def rng_for(self, question_id: str) -> random.Random:
        """A generator seeded by the question id: stable however other questions change."""
        return random.Random(f"quiz:{question_id}")

    def source(self, fact_source: Source) -> Citation:
        return Citation(self.path, fact_source.line, fact_source.quote)

    def multiple(
        self,
        *,
        category: str,
        template: str,
        fact: Sequence[str],
        stem: str,
        key: str,
        candidates: Iterable[str],
        true_set: Iterable[str] = (),
        difficulty: Difficulty,
        explanation: str,
        source: Source,
        tags: Sequence[str] = (),
        near: Sequence[str] = (),
        is_close: Callable[[list[str]], bool] | None = None,
        fact_key: str | None = None,
        same: Callable[[str], str] | None = None,
        chosen: Sequence[str] | None = None,
        balanced: bool = False,
    ) -> Question | None:
        """Assemble a four-option question, or record why it could not be made.

        ``candidates`` are same-type values in preference order (this film first, then the
        pool); ``near`` are generated near-misses used only when candidates run out.
        ``is_close`` judges the distractors actually chosen: when it says they sit very close
        to the key, the question is one level harder. ``same`` maps an option to its meaning
        (category synonyms): no two options may share one. ``chosen`` bypasses the pick for
        templates that choose their own distractors (years placed around the key).
        """
        qid = stable_id(self.slug, category, template, *fact)
        if chosen is None:
            truth = {normalize_option(t) for t in (*true_set, key)}
            truth_raw = {t.casefold() for t in (*true_set, key)}
            if same is not None:
                candidates = _distinct_meanings(candidates, same, [*true_set, key])
            rng = self.rng_for(qid)
            if balanced:
                chosen = self._around(key, near, truth, truth_raw, rng)
                if chosen is None and not _both_sides(key, near, truth):
                    # "€600,000" among €650,000, €800,000 and €850,000: with every wrong
                    # figure above the key, "pick the lowest" answers it.
                    self.rejected.append(Rejection(template, stem, "no figure on each side"))
                    return None
            if chosen is None:
                chosen = pick_distractors(key, candidates, list(near), truth, truth_raw, rng)
        if chosen is None:
            self.rejected.append(
                Rejection(template, stem, "fewer than three provably wrong distractors")
            )
            return None
        key, chosen = _one_form(key, list(chosen))
        stem, explanation = _tidy(stem), _tidy(explanation)
        if spelt_apart(stem.replace(self.film.title, " "), key, chosen):
            self.rejected.append(Rejection(template, stem, "the key alone is spelt like the stem"))
            return None
        if template in _NAMED_OPTIONS and named_apart(
            stem.replace(self.film.title, " "),
            key,
            chosen,
            self._cast_names(),
            self.memo("names-at-home", self._names_at_home),
        ):
            self.rejected.append(
                Rejection(template, stem, "the key alone has the stem's language of names")
            )
            return None
        question = Question(
            id=qid,
            type="multiple",
            category=category,
            difficulty=cap_giveaway(
                adjust_for_closeness(difficulty, bool(is_close and is_close(list(chosen)))),
                is_giveaway(stem, key, list(chosen), self.film.title),
            ),
            question=stem,
            correct_answer=key,
            incorrect_answers=tuple(chosen),
            explanation=explanation,
            source=self.source(source),
            film=self.film.title,
            tags=(category, template, *tags),
            template=template,
            fact=self.fact_id(source, fact_key),
        )
        return self._accept(question, template)

    def _around(
        self,
        key: str,
        near: Sequence[str],
        truth: set[str],
        truth_raw: set[str],
        rng: random.Random,
    ) -> list[str] | None:
        """Near-miss numbers placed on both sides of the key, its rank among the sorted
        options balanced across the set (as for dates and years): with every option above
        the key, "pick the lowest" wins. ``None`` when the near-misses cannot do that."""
        key_value = option_number(key)
        if key_value is None:
            return None
        below: list[tuple[float, str]] = []
        above: list[tuple[float, str]] = []
        seen = set(truth)
        for option in near:
            value = option_number(option)
            norm = normalize_option(option)
            if value is None or value == key_value or norm in seen:
                continue
            if option.casefold() in truth_raw:
                continue
            seen.add(norm)
            (below if value < key_value else above).append((abs(value - key_value), option))
        # No slack: unlike a date, a number has no timeline that could rule the other rank out.
        placed = place_around(
            [o for _, o in sorted(below)],
            [o for _, o in sorted(above)],
            self.key_ranks,
            rng.choice,
            slack=len(near) + 1,
            value=lambda o: option_number(o) or 0.0,
            key_value=key_value,
        )
        return placed[0] if placed else None

    def fact_id(self, source: Source, fact_key: str | None = None) -> str:
        """The id of the fact a question asks: the film and the line it was read from
        (every question on one cast line, one accolades row or one infobox entry asks the
        same fact), refined by ``fact_key`` when one line states several facts. A key
        starting with ``@`` names the fact wherever it is stated (a premiere given by the
        infobox and again by the prose is one fact): the line is left out."""
        if fact_key and fact_key.startswith("@"):
            return f"{self.slug}:{slugify(fact_key[1:], max_length=40)}"
        base = f"{self.slug}:{source.line}"
        return f"{base}:{slugify(fact_key, max_length=32)}" if fact_key else base

    def boolean(
        self,
        *,
        category: str,
        template: str,
        fact: Sequence[str],
        statement: str,
        truth: bool,
        difficulty: Difficulty,
        explanation: str,
        source: Source,
        tags: Sequence[str] = (),
        fact_key: str | None = None,
    ) -> Question | None:
        """A True/False statement whose truth value follows from the facts."""
        qid = stable_id(self.slug, category, template, *fact)
        question = Question(
            id=qid,
            type="boolean",
            category=category,
            difficulty=difficulty,
            question=statement,
            correct_answer="True" if truth else "False",
            incorrect_answers=("False",) if truth else ("True",),
            explanation=explanation,
            source=self.source(source),
            film=self.film.title,
            tags=(category, template, *tags),
            template=template,
            fact=self.fact_id(source, fact_key),
        )
        return self._accept(question, template)

    def _accept(self, question: Question, template: str) -> Question | None:
        problems = question_problems(question)
        if any(_UNFILLED.search(text) for text in (question.question, *question.options)):
            problems.append("an unfilled slot ('None') in the stem or an option")
        if question.id in self._ids:
            problems.append("duplicate id (same template asked the same fact twice)")
        if problems:
            self.rejected.append(Rejection(template, question.question, "; ".join(problems)))
            return None
        self._ids.add(question.id)
        self.questions.append(question)
        return question


def _distinct_meanings(
    candidates: Iterable[str], same: Callable[[str], str], taken: Iterable[str]
) -> Iterator[str]:
    """Candidates whose meaning differs from every true value's and from each other's."""
    seen = {same(t) for t in taken}
    for value in candidates:
        meaning = same(value)
        if meaning not in seen:
            seen.add(meaning)
            yield value


_TITLES: list[tuple[Sequence[Film], Counter[str]]] = []


#: The attribute under which a film keeps its :func:`_origin` (read by every neighbour).
_ORIGIN_CACHE = "_generate_origin"


def _origin(film: Film) -> frozenset[str]:
    """The film's countries from its infobox (case-folded), or its languages when it names no
    country, read once per film: each film is a candidate neighbour of many others. A
    shared language alone is too loose (a Nigerian drama's ceremonies among an American
    documentary's options)."""
    cached: frozenset[str] | None = film.__dict__.get(_ORIGIN_CACHE)
    if cached is None:

        def values(keys: set[str]) -> frozenset[str]:
            return frozenset(
                value.casefold()
                for entry in film.infobox
                if entry.key.casefold() in keys
                for value in entry.values
            )

        cached = values({"country", "countries"}) or values({"language", "languages"})
        film.__dict__[_ORIGIN_CACHE] = cached
    return cached


def _title_counts(pool: Sequence[Film]) -> Counter[str]:
    """How many films of ``pool`` bear each (case-folded) title; counted once per pool."""
    for seen, counts in _TITLES:
        if seen is pool:
            return counts
    counts = Counter(film.title.casefold() for film in pool)
    _TITLES[:] = [(pool, counts)]
    return counts


#: A slot filled with a missing value: "streaming on None", "At which None ceremony".
_UNFILLED = re.compile(r"\bNone\b")

#: How many usable candidates the random pick chooses among (the nearest, most plausible).
PICK_WINDOW = 8


def _tidy(text: str) -> str:
    """A name that ends on a full stop ("… Awards.") before the sentence's own mark."""
    return re.sub(r"\.([?.])$", r"\1", text) if text.endswith((".?", "..")) else text


def _both_sides(key: str, near: Sequence[str], truth: set[str]) -> bool:
    """Whether ``near`` holds a wrong figure below the key and one above it."""
    key_value = option_number(key)
    if key_value is None:
        return True
    values = [
        v for o in near if (v := option_number(o)) is not None and normalize_option(o) not in truth
    ]
    return any(v < key_value for v in values) and any(v > key_value for v in values)


def _one_form(key: str, chosen: list[str]) -> tuple[str, list[str]]:
    """Options in one form: "Carmen Quispe / La Venenosa" (a name and a ring name) beside a
    bare "Felisa" stands out by its shape, so a name with an alias is shown by its first
    part when any option has one (and the parts stay apart)."""
    options = [key, *chosen]
    if not any(" / " in o for o in options):
        return key, chosen
    short = [o.split(" / ")[0].strip() for o in options]
    if len({s.casefold() for s in short}) < len(short) or not all(short):
        return key, chosen
    return short[0], short[1:]


def pick_distractors(
    key: str,
    candidates: Iterable[str],
    near: list[str],
    truth: set[str],
    truth_raw: set[str],
    rng: random.Random,
) -> list[str] | None:
    """Three distinct, provably wrong distractors, preferring real values over near-misses.

    The pick is random among the preferred candidates, then nudged so that the key is not
    systematically the longest option (a well-known cue).
    """
    seen = set(truth)
    long_seen = [other for other in seen if len(other) > 3]
    usable: list[str] = []
    for value in candidates:
        norm = normalize_option(value)
        if not norm or norm in seen or value.casefold() in truth_raw:
            continue
        if len(norm) > 3:
            # "Best New Actor" vs "Best New Actor (Film)": too close to tell apart. A plain
            # loop, not any() over a generator: this runs for every candidate of every question.
            close = False
            for other in long_seen:
                if norm in other or other in norm:
                    close = True
                    break
            if close:
                continue
            long_seen.append(norm)
        seen.add(norm)
        usable.append(value)
        if len(usable) >= PICK_WINDOW:
            break
    fallback: list[str] = []
    for value in near:
        norm = normalize_option(value)
        if norm and norm not in seen and value.casefold() not in truth_raw:
            seen.add(norm)
            fallback.append(value)
    if len(usable) + len(fallback) < 3:
        return None
    if len(usable) >= 3:
        # Options spelt like the key first: one Polish name among three German ones is
        # the answer to any question about the film's Polish character.
        alike = [v for v in usable if looks_alike(key, v)]
        if len(alike) >= 3:
            chosen = rng.sample(alike[:6], 3)
        else:
            rest = [v for v in usable if v not in alike]
            chosen = alike + rng.sample(rest[:6], 3 - len(alike))
        spare = [v for v in usable if v not in chosen]
    else:
        # Near-misses come nearest first, alternating below/above the key: sampling from the
        # first four keeps at least one on each side.
        need = 3 - len(usable)
        chosen = usable + rng.sample(fallback[: max(4, need)], need)
        spare = [v for v in fallback if v not in chosen]
    if len(key) > max(len(c) for c in chosen):
        longer = [v for v in spare if len(v) >= len(key)]
        if longer and rng.random() < 0.75:
            shortest = min(chosen, key=len)
            chosen[chosen.index(shortest)] = rng.choice(longer)
    return chosen
