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

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from quiz.bank import Difficulty, Question, QuestionSource, stable_id
from quiz.facts.model import Film, Source
from quiz.generate.difficulty import adjust_for_closeness
from quiz.textnorm import normalize_option, slugify
from quiz.validate import question_problems


@dataclass
class Rejection:
    """A question the generator refused to emit, and why (kept for tests and debugging)."""

    template: str
    stem: str
    reason: str


@dataclass
class Context:
    """Everything a template needs about the film being generated."""

    film: Film
    path: str
    pool: Sequence[Film] = ()
    questions: list[Question] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)

    @property
    def slug(self) -> str:
        return slugify(self.film.full_title)

    @property
    def others(self) -> list[Film]:
        """Other films in the bank (distractor source after this film's own facts)."""
        return [f for f in self.pool if f.full_title != self.film.full_title]

    def rng_for(self, question_id: str) -> random.Random:
        """A generator seeded by the question id: stable however other questions change."""
        return random.Random(f"quiz:{question_id}")

    def source(self, fact_source: Source) -> QuestionSource:
        return QuestionSource(self.path, fact_source.line, fact_source.quote)

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
        closeness: float | None = None,
    ) -> Question | None:
        """Assemble a four-option question, or record why it could not be made.

        ``candidates`` are same-type values in preference order (this film first, then the
        pool); ``near`` are generated near-misses used only when candidates run out.
        ``closeness`` (0..1, 1 = distractors very close to the key) may raise difficulty.
        """
        qid = stable_id(self.slug, category, template, *fact)
        truth = {normalize_option(t) for t in (*true_set, key)}
        truth_raw = {t.casefold() for t in (*true_set, key)}
        rng = self.rng_for(qid)
        chosen = pick_distractors(key, list(candidates), list(near), truth, truth_raw, rng)
        if chosen is None:
            self.rejected.append(
                Rejection(template, stem, "fewer than three provably wrong distractors")
            )
            return None
        question = Question(
            id=qid,
            type="multiple",
            category=category,
            difficulty=adjust_for_closeness(difficulty, closeness),
            question=stem,
            correct_answer=key,
            incorrect_answers=tuple(chosen),
            explanation=explanation,
            source=self.source(source),
            film=self.film.title,
            tags=(category, template, *tags),
        )
        return self._accept(question, template)

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
        )
        return self._accept(question, template)

    def _accept(self, question: Question, template: str) -> Question | None:
        problems = question_problems(question)
        if any(q.id == question.id for q in self.questions):
            problems.append("duplicate id (same template asked the same fact twice)")
        if problems:
            self.rejected.append(Rejection(template, question.question, "; ".join(problems)))
            return None
        self.questions.append(question)
        return question


def pick_distractors(
    key: str,
    candidates: list[str],
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
    usable: list[str] = []
    for value in candidates:
        norm = normalize_option(value)
        if not norm or norm in seen or value.casefold() in truth_raw:
            continue
        if any(
            norm in other or other in norm for other in seen if len(other) > 3 and len(norm) > 3
        ):
            continue  # "Best New Actor" vs "Best New Actor (Film)": too close to tell apart
        seen.add(norm)
        usable.append(value)
    fallback: list[str] = []
    for value in near:
        norm = normalize_option(value)
        if norm and norm not in seen and value.casefold() not in truth_raw:
            seen.add(norm)
            fallback.append(value)
    if len(usable) + len(fallback) < 3:
        return None
    if len(usable) >= 3:
        pool = usable[: max(6, 3)]
        chosen = rng.sample(pool, 3)
        spare = [v for v in usable[:8] if v not in chosen]
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
