"""Choosing the questions of one game (or one exported quiz) from a bank.

The bank keeps every variant of a fact ("Who plays Mara?" and "Which character does Ana Ruiz
play?"), but a game must not hold both: the second gives the first away. The picker walks
the candidates in a seeded random order and takes a question only when

- no question already taken asks the same fact (:attr:`Question.fact`),
- its stem prints no taken question's answer, and no taken stem prints its answer (checked
  on the stems' words, and on :attr:`Question.reveals` where the generator recorded it),
- no taken question of its template has its answer (the same actor's Best Actor wins at
  three ceremonies are one question's worth in a game),
- its template is not already used ``template_cap`` times (3 in a game of 20, scaled), and
- its category is not over its fair share while other categories still have questions.

The caps are relaxed, in that order, only when the pool cannot fill the game otherwise; the
fact and leak rules never are. Imported questions without fact ids are still protected by the
text check.
"""

from __future__ import annotations

import math
import random
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from quiz.bank import Question
from quiz.textnorm import normalize_option

#: At most this many questions of one template in a game of :data:`TEMPLATE_CAP_PER`.
TEMPLATE_CAP = 3
TEMPLATE_CAP_PER = 20
#: Answers shorter than this (after normalisation) are too common to count as leaked
#: ("2024", "True" and the like are checked as whole words only when at least this long).
MIN_LEAK_LENGTH = 4


def template_cap(count: int) -> int:
    """How many questions of one template a game of ``count`` may hold (≥ 1)."""
    return max(1, math.ceil(TEMPLATE_CAP * count / TEMPLATE_CAP_PER))


def template_of(question: Question) -> str:
    """The template that made ``question`` (its category when it does not say)."""
    return question.template or question.category


def fact_of(question: Question) -> str:
    """The fact ``question`` asks; a question without one is its own fact."""
    return question.fact or f"question:{question.id}"


@lru_cache(maxsize=65536)
def _padded(text: str) -> str:
    return f" {normalize_option(text)} "


def _answer_key(question: Question) -> str | None:
    if question.type != "multiple":
        return None
    key = normalize_option(question.correct_answer)
    return key if len(key) >= MIN_LEAK_LENGTH else None


def _stem_text(question: Question) -> str:
    text = question.question
    if question.film:
        text = text.replace(question.film, " ")
    return _padded(text)


def leaks(shown: Question, asked: Question) -> bool:
    """True when ``shown``'s stem gives away ``asked``'s answer (or its fact)."""
    if asked.fact and asked.fact in shown.reveals:
        return True
    key = _answer_key(asked)
    return key is not None and f" {key} " in _stem_text(shown)


def compatible(candidate: Question, taken: Sequence[Question]) -> bool:
    """True when ``candidate`` may join ``taken`` in one game (fact and leak rules).

    Two questions of one template with one answer ("Who won Best Actor at A?", "… at B?",
    both the same actor) do not meet either: the second repeats the first's answer."""
    fact = fact_of(candidate)
    template = template_of(candidate)
    key = _answer_key(candidate)
    for other in taken:
        if fact_of(other) == fact or leaks(candidate, other) or leaks(other, candidate):
            return False
        if key is not None and template_of(other) == template and _answer_key(other) == key:
            return False
    return True


def is_cross_film(question: Question) -> bool:
    """A question whose key is a film of the bank ("Which of these films …?")."""
    return "cross-film" in question.tags or (question.template or "").startswith("cross-")


def pick_questions(
    pool: Sequence[Question], count: int | None, rng: random.Random | None
) -> list[Question]:
    """Up to ``count`` questions of ``pool`` for one game, in play order (see module doc).

    ``count=None`` takes as many as the rules allow (survival mode); ``rng=None`` walks the
    pool in its own order (an export without ``--seed``).
    """
    order = rng.sample(list(pool), len(pool)) if rng is not None else list(pool)
    if len({q.film for q in order}) <= 1:
        # "Which of these films …?" answers itself in a game about one film.
        order = [q for q in order if not is_cross_film(q)]
    wanted = len(order) if count is None else max(count, 0)
    if wanted == 0:
        return []
    categories = {q.category for q in order}
    fair = math.ceil(wanted / max(1, len(categories))) + 1
    cap = template_cap(wanted) if count is not None else len(order)
    taken: list[Question] = []
    for per_template, per_category in ((cap, fair), (cap, wanted), (wanted, wanted)):
        _fill(order, taken, wanted, per_template, per_category)
        if len(taken) >= wanted:
            break
    return taken


def _fill(
    order: Sequence[Question],
    taken: list[Question],
    wanted: int,
    per_template: int,
    per_category: int,
) -> None:
    templates = Counter(template_of(q) for q in taken)
    categories = Counter(q.category for q in taken)
    ids = {q.id for q in taken}
    for candidate in order:
        if len(taken) >= wanted:
            return
        if candidate.id in ids:
            continue
        if templates[template_of(candidate)] >= per_template:
            continue
        if categories[candidate.category] >= per_category:
            continue
        if not compatible(candidate, taken):
            continue
        taken.append(candidate)
        ids.add(candidate.id)
        templates[template_of(candidate)] += 1
        categories[candidate.category] += 1


def leaked_answers(game: Sequence[Question]) -> int:
    """How many questions of ``game`` have their answer (or fact) given away by another
    question of the same game: the measure the picker keeps at zero."""
    count = 0
    for asked in game:
        fact = fact_of(asked)
        if any(
            shown is not asked and (leaks(shown, asked) or fact_of(shown) == fact) for shown in game
        ):
            count += 1
    return count


def mark_reveals(questions: Sequence[Question]) -> list[Question]:
    """``questions`` with :attr:`Question.reveals` filled: the facts of the other questions
    whose answers each stem prints. Done once at build time so players of the native set
    need no text matching (the picker still checks the text for imported sets).

    All stems are searched at once (one string, C-speed ``find`` per answer), so the cost
    stays small for sets of a hundred questions and more.
    """
    stems = [_stem_text(q) for q in questions]
    starts: list[int] = []
    offset = 0
    for stem in stems:
        starts.append(offset)
        offset += len(stem) + 1
    text = "\n".join(stems)
    found: list[set[str]] = [set() for _ in questions]
    keys: dict[str, set[str]] = {}
    for question in questions:
        key = _answer_key(question)
        if key is not None and question.fact:
            keys.setdefault(f" {key} ", set()).add(question.fact)
    for needle, facts in keys.items():
        at = text.find(needle)
        while at != -1:
            found[bisect_right(starts, at) - 1] |= facts
            at = text.find(needle, at + 1)
    out: list[Question] = []
    for question, revealed in zip(questions, found, strict=True):
        revealed.discard(fact_of(question))
        out.append(replace(question, reveals=tuple(sorted(revealed))) if revealed else question)
    return out
