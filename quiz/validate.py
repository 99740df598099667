"""The question validator: the hard rules as named checks, plus pool-level figures.

Hard checks look at one question on its own (option count, distinct options, nothing blank,
answer not in the stem, no "all/none of the above", booleans exactly True/False) and across a
set (unique ids, no duplicate stems). Two checks concern our own generator's house style and
apply only to questions generated from an article: a multiple-choice stem ends with "?", and
award questions never say "won"/"nominated" (the accolades tables have no result column).
Imported questions keep their source's wording. The rule that exactly one option is true
needs the facts and is enforced by the generator before a question exists; what can be
checked from the question alone is checked here, for generated and imported sets alike.

Soft figures (the correct answer strictly the longest option, key types) are reported, not
enforced per question; the generator keeps the pool within the target.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from quiz.bank import BOOLEAN_OPTIONS, CATEGORIES, Question, QuestionSet
from quiz.textnorm import normalize_option

BANNED_OPTIONS = re.compile(
    r"^(all|none|both|neither) of (the )?(above|these|them)$|^all of the above|"
    r"^none of the above",
    re.IGNORECASE,
)
AWARD_RESULT_WORDS = re.compile(r"\b(won|wins|winning|nominated|nomination)\b", re.IGNORECASE)
LONGEST_SHARE_TARGET = 0.30

Check = Callable[[Question], str | None]


def _check_option_count(q: Question) -> str | None:
    expected = 3 if q.type == "multiple" else 1
    if len(q.incorrect_answers) != expected:
        return (
            f"option-count: a {q.type} question needs {expected} incorrect answer(s), "
            f"has {len(q.incorrect_answers)}"
        )
    return None


#: Traces of a value that came out empty: "()", " ,", "by ?".
_VANISHED = re.compile(r"\(\s*\)|\s,|\bby\s*[,.?]")


def _check_not_blank(q: Question) -> str | None:
    if not q.question.strip():
        return "blank: the stem is empty"
    if any(not o.strip() for o in q.options):
        return "blank: an option is empty"
    if _VANISHED.search(q.question):
        return "blank: the stem has a vanished value (empty brackets or a dangling 'by')"
    return None


def _check_distinct(q: Question) -> str | None:
    keys = [normalize_option(o) for o in q.options]
    if len(set(keys)) != len(keys):
        duplicates = sorted({o for o, k in zip(q.options, keys, strict=True) if keys.count(k) > 1})
        return f"distinct: options repeat after normalisation: {duplicates}"
    if normalize_option(q.correct_answer) in {normalize_option(a) for a in q.incorrect_answers}:
        return "distinct: the correct answer is also among the incorrect answers"
    return None


def _check_boolean(q: Question) -> str | None:
    if q.type != "boolean":
        return None
    if q.correct_answer not in BOOLEAN_OPTIONS or set(q.options) != set(BOOLEAN_OPTIONS):
        return "boolean: options must be exactly 'True' and 'False'"
    return None


def _check_banned(q: Question) -> str | None:
    for option in q.options:
        if BANNED_OPTIONS.search(option.strip()):
            return f"banned-option: {option!r} (no all/none of the above)"
    return None


def _check_answer_not_in_stem(q: Question) -> str | None:
    """The key must not appear in the stem (the film's own title does not count: "Toy Story"
    in the stem does not give away an answer "Story writer")."""
    if q.type != "multiple":
        return None
    key = normalize_option(q.correct_answer)
    question = q.question.replace(q.film, " ") if q.film else q.question
    stem = f" {normalize_option(question)} "
    if key and f" {key} " in stem:
        in_distractor = any(f" {normalize_option(a)} " in stem for a in q.incorrect_answers)
        if not in_distractor:
            return "answer-in-stem: the stem contains the correct answer"
    return None


def _generated(q: Question) -> bool:
    """Questions made from an article (they cite it); imported ones follow their source's style."""
    return q.source is not None and q.film is not None and q.category in CATEGORIES


def _check_stem_form(q: Question) -> str | None:
    text = q.question.strip()
    if q.type == "multiple" and _generated(q) and not text.endswith("?"):
        return "stem-form: a multiple-choice stem must be a question ending in '?'"
    return None


def _check_award_wording(q: Question) -> str | None:
    if q.category == "awards" and _generated(q) and "result" not in q.tags:
        text = " ".join((q.question, *q.options, q.explanation or ""))
        if AWARD_RESULT_WORDS.search(text):
            return "award-wording: says won/nominated but the article has no result column"
    return None


HARD_CHECKS: tuple[Check, ...] = (
    _check_option_count,
    _check_not_blank,
    _check_distinct,
    _check_boolean,
    _check_banned,
    _check_answer_not_in_stem,
    _check_stem_form,
    _check_award_wording,
)


def question_problems(q: Question) -> list[str]:
    """Every hard-rule violation of one question (empty when it is fine)."""
    return [problem for check in HARD_CHECKS if (problem := check(q)) is not None]


def set_problems(qset: QuestionSet) -> list[str]:
    """Every hard-rule violation in a set, each prefixed with the question id."""
    problems: list[str] = []
    for q in qset.questions:
        problems.extend(f"{q.id}: {p}" for p in question_problems(q))
    ids = Counter(q.id for q in qset.questions)
    problems.extend(f"{i}: duplicate-id: used {n} times" for i, n in ids.items() if n > 1)
    stems = Counter(normalize_option(q.question, drop_parentheticals=False) for q in qset.questions)
    for q in qset.questions:
        key = normalize_option(q.question, drop_parentheticals=False)
        if stems[key] > 1:
            problems.append(f"{q.id}: duplicate-stem: the same question appears {stems[key]} times")
            stems[key] = 0
    return problems


@dataclass(frozen=True)
class PoolReport:
    """Soft, pool-level figures for a set of questions."""

    questions: int
    multiple: int
    boolean: int
    longest_key_share: float
    shortest_key_share: float
    by_category: dict[str, int]
    by_difficulty: dict[str, int]

    @property
    def longest_key_ok(self) -> bool:
        return self.longest_key_share <= LONGEST_SHARE_TARGET


def _strictly(q: Question, pick: Callable[[Sequence[int]], int]) -> bool:
    lengths = [len(o) for o in q.incorrect_answers]
    key = len(q.correct_answer)
    extreme = pick(lengths)
    return key > extreme if pick is max else key < extreme


def pool_report(questions: Sequence[Question]) -> PoolReport:
    """Share of MC questions whose key is strictly the longest/shortest option, and counts."""
    multiple = [q for q in questions if q.type == "multiple"]
    longest = sum(1 for q in multiple if _strictly(q, max))
    shortest = sum(1 for q in multiple if _strictly(q, min))
    return PoolReport(
        questions=len(questions),
        multiple=len(multiple),
        boolean=len(questions) - len(multiple),
        longest_key_share=longest / len(multiple) if multiple else 0.0,
        shortest_key_share=shortest / len(multiple) if multiple else 0.0,
        by_category=dict(sorted(Counter(q.category for q in questions).items())),
        by_difficulty=dict(sorted(Counter(q.difficulty for q in questions).items())),
    )
