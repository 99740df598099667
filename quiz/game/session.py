"""One game in progress: the questions, the answers given, the clock, score, streak, lifelines.

The session is the only place that decides anything about a game: what counts as right, how
many points an answer earns, whether time ran out, whether a lifeline may be used, whether the
game is over. The TUI asks it and renders the answers; the store is told about every answer the
moment it is given (through a :class:`Recorder`), so a killed game loses at most the answer in
progress.

Randomness comes from the injected :class:`random.Random` (question order, option order, the
options 50:50 removes) and time from the injected clock, so a seed and a fake clock replay a
game exactly.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal, Protocol

from quiz.bank import Question
from quiz.game.clock import Clock
from quiz.game.modes import Mode
from quiz.game.scoring import NO_POINTS, Points, score_right_answer

Outcome = Literal["right", "wrong", "timeout", "skipped"]

OUTCOME_MARKS: dict[str, str] = {"right": "✔", "wrong": "✘", "timeout": "⌛", "skipped": "↷"}
"""One symbol per outcome (reviews, history); each has its own shape, so colour is never needed."""

KEY_LABELS = "ABCD"
"""Labels of the option positions, as shown and as typed."""

MAX_SAME_KEY_RUN = 3
"""The right answer never sits at the same position more than this many questions in a row."""


class GameError(Exception):
    """The caller asked the session for something the rules do not allow right now.

    The TUI only offers allowed actions, so this signals a bug, not a player mistake.
    """


@dataclass(frozen=True)
class Round:
    """A question as presented: its options in display order and what 50:50 removed."""

    number: int
    """1-based position in the game."""
    question: Question
    options: tuple[str, ...]
    correct_index: int
    removed: frozenset[int] = frozenset()
    """Option positions taken away by 50:50."""

    @property
    def correct_text(self) -> str:
        return self.options[self.correct_index]

    @property
    def correct_key(self) -> str:
        return KEY_LABELS[self.correct_index]


@dataclass(frozen=True)
class AnswerRecord:
    """What happened to one question: the choice, the outcome, the time and the points."""

    round: Round
    chosen_index: int | None
    """Position the player picked; ``None`` for a timeout or a skip."""
    outcome: Outcome
    points: Points
    seconds: float
    """Time from the question appearing to the answer (pauses excluded)."""
    streak: int
    """Right answers in a row after this one."""
    score: int
    """Game score after this answer."""

    @property
    def question(self) -> Question:
        return self.round.question

    @property
    def is_right(self) -> bool:
        return self.outcome == "right"

    @property
    def chosen_text(self) -> str | None:
        return None if self.chosen_index is None else self.round.options[self.chosen_index]


@dataclass(frozen=True)
class CategoryStat:
    """Right answers in one category; like the game's accuracy, skips are not counted."""

    category: str
    asked: int
    """Questions dealt with in this category, skipped ones included."""
    right: int
    skipped: int = 0

    @property
    def answered(self) -> int:
        """Questions answered or timed out (skips excluded), as in :attr:`Summary.answered`."""
        return self.asked - self.skipped

    @property
    def accuracy(self) -> float | None:
        """Right ÷ answered; ``None`` when every question of the category was skipped."""
        return self.right / self.answered if self.answered else None


@dataclass(frozen=True)
class Summary:
    """The end-of-game numbers the results screen and the high scores show."""

    mode: str
    score: int
    asked: int
    right: int
    wrong: int
    timeouts: int
    skipped: int
    best_streak: int
    seconds: float
    categories: tuple[CategoryStat, ...]
    records: tuple[AnswerRecord, ...]
    finished: bool
    """False for a game abandoned before its end."""
    share: str | None = None
    """The mode's shareable result line (daily), if any."""

    @property
    def answered(self) -> int:
        """Questions the player answered or let time run out on (skips excluded)."""
        return self.asked - self.skipped

    @property
    def accuracy(self) -> float:
        """Share of answered questions that were right (0.0 when none were answered)."""
        return self.right / self.answered if self.answered else 0.0

    @property
    def outcomes(self) -> tuple[Outcome, ...]:
        return tuple(r.outcome for r in self.records)


class Recorder(Protocol):
    """Where a session reports answers as they happen (the store; a no-op in tests)."""

    def record_answer(self, record: AnswerRecord) -> None: ...

    def finish(self, summary: Summary) -> None: ...


class NullRecorder:
    """A recorder that keeps nothing (tests, and games without a store)."""

    def record_answer(self, record: AnswerRecord) -> None:
        """Ignore the answer."""

    def finish(self, summary: Summary) -> None:
        """Ignore the end of the game."""


class Session:
    """A game in progress. Call :meth:`next_question`, then one of :meth:`answer`,
    :meth:`time_out` or :meth:`skip`, until :attr:`is_over`."""

    def __init__(
        self,
        questions: Sequence[Question],
        mode: Mode,
        *,
        rng: random.Random,
        clock: Clock,
        recorder: Recorder | None = None,
    ) -> None:
        self.questions: tuple[Question, ...] = tuple(questions)
        """The questions of this game in play order (survival may not reach them all)."""
        self.mode = mode
        self.records: list[AnswerRecord] = []
        self.current: Round | None = None
        """The question on screen (still the answered one until the next is drawn)."""
        self.score = 0
        self.streak = 0
        self.best_streak = 0
        self.fifty_fifty_used = False
        self.skip_used = False
        self._rng = rng
        self._clock = clock
        self._recorder: Recorder = recorder if recorder is not None else NullRecorder()
        self._key_history: list[int] = []
        self._awaiting = False
        self._started_at = 0.0
        self._paused_at: float | None = None
        self._paused_total = 0.0
        self._finished_reported = False

    # -- progress ---------------------------------------------------------------------------

    @property
    def total(self) -> int:
        """Questions available to this game (the length of a classic game)."""
        return len(self.questions)

    @property
    def asked(self) -> int:
        """Questions dealt with so far (answered, timed out or skipped)."""
        return len(self.records)

    @property
    def wrong(self) -> int:
        """Wrong answers and timeouts (what survival counts)."""
        return sum(1 for r in self.records if r.outcome in ("wrong", "timeout"))

    @property
    def lives_left(self) -> int | None:
        lives = self.mode.lives
        return None if lives is None else max(lives - self.wrong, 0)

    @property
    def awaiting_answer(self) -> bool:
        """True while a question is on screen and not answered yet."""
        return self._awaiting

    @property
    def is_over(self) -> bool:
        return not self._awaiting and self.mode.is_over(
            asked=self.asked, available=self.total, wrong=self.wrong
        )

    # -- dealing questions ------------------------------------------------------------------

    def next_question(self) -> Round:
        """Draw the next question, shuffle its options and start its clock."""
        if self._awaiting:
            raise GameError("the current question has not been answered")
        if self.is_over:
            raise GameError("the game is over")
        question = self.questions[self.asked]
        options, correct_index = self._arrange(question)
        self.current = Round(
            number=self.asked + 1,
            question=question,
            options=options,
            correct_index=correct_index,
        )
        self._awaiting = True
        self._started_at = self._clock()
        self._paused_at = None
        self._paused_total = 0.0
        return self.current

    def _arrange(self, question: Question) -> tuple[tuple[str, ...], int]:
        """Shuffle the options; break a run of the key at one position longer than the cap."""
        original = question.options
        order = list(range(len(original)))
        self._rng.shuffle(order)
        correct_index = order.index(0)
        recent = self._key_history[-MAX_SAME_KEY_RUN:]
        if len(recent) == MAX_SAME_KEY_RUN and all(k == correct_index for k in recent):
            other = self._rng.choice([i for i in range(len(order)) if i != correct_index])
            order[correct_index], order[other] = order[other], order[correct_index]
            correct_index = other
        self._key_history.append(correct_index)
        return tuple(original[i] for i in order), correct_index

    # -- time -------------------------------------------------------------------------------

    def elapsed(self) -> float:
        """Seconds the current question has been on screen, pauses excluded."""
        if not self._awaiting:
            return 0.0
        now = self._paused_at if self._paused_at is not None else self._clock()
        return max(now - self._started_at - self._paused_total, 0.0)

    def remaining(self) -> float | None:
        """Seconds left on the current question in a timed mode, else ``None``."""
        limit = self.mode.time_limit
        if limit is None:
            return None
        if not self._awaiting:
            return 0.0
        return max(limit - self.elapsed(), 0.0)

    def timed_out(self) -> bool:
        """True when the current question's time has run out (it is still unanswered)."""
        remaining = self.remaining()
        return self._awaiting and remaining is not None and remaining <= 0.0

    def pause(self) -> None:
        """Stop the countdown (help or a dialog covers the question)."""
        if self._awaiting and self._paused_at is None:
            self._paused_at = self._clock()

    def resume(self) -> None:
        """Restart the countdown after :meth:`pause`."""
        if self._paused_at is not None:
            self._paused_total += self._clock() - self._paused_at
            self._paused_at = None

    # -- the player's moves -----------------------------------------------------------------

    def _require_round(self) -> Round:
        if not self._awaiting or self.current is None:
            raise GameError("no question is waiting for an answer")
        return self.current

    def answer(self, index: int) -> AnswerRecord:
        """Answer with the option at display position ``index`` (0 = A).

        An answer that arrives after the countdown ran out counts as a timeout: the engine,
        not the screen's timer, is the referee.
        """
        current = self._require_round()
        if not 0 <= index < len(current.options) or index in current.removed:
            raise GameError(f"option {index} cannot be chosen")
        if self.timed_out():
            return self.time_out()
        seconds = self.elapsed()
        if index == current.correct_index:
            self.streak += 1
            self.best_streak = max(self.best_streak, self.streak)
            remaining = self.remaining() if self.mode.time_bonus else None
            points = score_right_answer(
                current.question.difficulty,
                self.streak,
                remaining=remaining,
                limit=self.mode.time_limit if remaining is not None else None,
            )
            return self._record(index, "right", points, seconds)
        self.streak = 0
        return self._record(index, "wrong", NO_POINTS, seconds)

    def time_out(self) -> AnswerRecord:
        """Record that time ran out on the current question (counts as wrong)."""
        self._require_round()
        if self.mode.time_limit is None:
            raise GameError("this mode has no countdown")
        self.streak = 0
        return self._record(None, "timeout", NO_POINTS, self.mode.time_limit)

    @property
    def can_skip(self) -> bool:
        return self._awaiting and not self.skip_used

    def skip(self) -> AnswerRecord:
        """Use the Skip lifeline: no points, no penalty, the streak is kept."""
        self._require_round()
        if self.skip_used:
            raise GameError("Skip was already used in this game")
        if self.timed_out():
            return self.time_out()
        self.skip_used = True
        return self._record(None, "skipped", NO_POINTS, self.elapsed())

    @property
    def can_fifty_fifty(self) -> bool:
        """50:50 is left, a question is waiting, and it has more than two options."""
        return (
            self._awaiting
            and not self.fifty_fifty_used
            and self.current is not None
            and len(self.current.options) > 2
        )

    def fifty_fifty(self) -> Round:
        """Use the 50:50 lifeline: two wrong options disappear from the current question."""
        current = self._require_round()
        if self.fifty_fifty_used:
            raise GameError("50:50 was already used in this game")
        if len(current.options) <= 2:
            raise GameError("50:50 is not available on a true/false question")
        wrong = [i for i in range(len(current.options)) if i != current.correct_index]
        removed = frozenset(self._rng.sample(wrong, 2))
        self.fifty_fifty_used = True
        self.current = replace(current, removed=removed)
        return self.current

    # -- bookkeeping ------------------------------------------------------------------------

    def _record(
        self, index: int | None, outcome: Outcome, points: Points, seconds: float
    ) -> AnswerRecord:
        assert self.current is not None
        self.score += points.total
        record = AnswerRecord(
            round=self.current,
            chosen_index=index,
            outcome=outcome,
            points=points,
            seconds=seconds,
            streak=self.streak,
            score=self.score,
        )
        self.records.append(record)
        self._awaiting = False
        self._paused_at = None
        self._recorder.record_answer(record)
        if self.is_over and not self._finished_reported:
            self._finished_reported = True
            self._recorder.finish(self.summary())
        return record

    def summary(self) -> Summary:
        """The numbers so far (final once :attr:`is_over`)."""
        asked: Counter[str] = Counter()
        right: Counter[str] = Counter()
        skipped: Counter[str] = Counter()
        for record in self.records:
            asked[record.question.category] += 1
            if record.is_right:
                right[record.question.category] += 1
            elif record.outcome == "skipped":
                skipped[record.question.category] += 1
        categories = tuple(
            CategoryStat(category=c, asked=asked[c], right=right[c], skipped=skipped[c])
            for c in sorted(asked)
        )
        return Summary(
            mode=self.mode.name,
            score=self.score,
            asked=self.asked,
            right=sum(1 for r in self.records if r.outcome == "right"),
            wrong=sum(1 for r in self.records if r.outcome == "wrong"),
            timeouts=sum(1 for r in self.records if r.outcome == "timeout"),
            skipped=sum(1 for r in self.records if r.outcome == "skipped"),
            best_streak=self.best_streak,
            seconds=sum(r.seconds for r in self.records),
            categories=categories,
            records=tuple(self.records),
            finished=self.is_over,
            share=self.mode.share_line([r.outcome for r in self.records], self.total),
        )
