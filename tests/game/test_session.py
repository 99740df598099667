"""The session engine: dealing, shuffling, answering, timing, lifelines, recording."""

from __future__ import annotations

import itertools
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.game.clock import FakeClock
from quiz.game.modes import Classic, Survival, Timed
from quiz.game.session import (
    MAX_SAME_KEY_RUN,
    AnswerRecord,
    GameError,
    Session,
    Summary,
)

from .factory import pool, question


def session(questions=None, mode=None, seed: int = 1, clock: FakeClock | None = None) -> Session:  # type: ignore[no-untyped-def]
    return Session(
        questions if questions is not None else pool(10),
        mode if mode is not None else Classic(count=None),
        rng=random.Random(seed),
        clock=clock or FakeClock(),
    )


def play_right(s: Session) -> AnswerRecord:
    round_ = s.next_question()
    return s.answer(round_.correct_index)


def play_wrong(s: Session) -> AnswerRecord:
    round_ = s.next_question()
    wrong = next(i for i in range(len(round_.options)) if i != round_.correct_index)
    return s.answer(wrong)


class SpyRecorder:
    def __init__(self) -> None:
        self.answers: list[AnswerRecord] = []
        self.finished: list[Summary] = []

    def record_answer(self, record: AnswerRecord) -> None:
        self.answers.append(record)

    def finish(self, summary: Summary) -> None:
        self.finished.append(summary)


def test_options_are_a_shuffle_of_the_questions_options() -> None:
    s = session()
    for _ in range(10):
        round_ = s.next_question()
        assert sorted(round_.options) == sorted(round_.question.options)
        assert round_.options[round_.correct_index] == round_.question.correct_answer
        s.answer(round_.correct_index)


def test_same_seed_same_game_other_seed_other_options() -> None:
    def layout(seed: int) -> list[tuple[str, ...]]:
        s = session(seed=seed)
        out = []
        while not s.is_over:
            round_ = s.next_question()
            out.append(round_.options)
            s.answer(0)
        return out

    assert layout(5) == layout(5)
    assert layout(5) != layout(6)


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 2**32), boolean=st.booleans())
def test_right_answer_never_at_the_same_position_more_than_three_times_in_a_row(
    seed: int, boolean: bool
) -> None:
    questions = [question(n, boolean=boolean) for n in range(60)]
    s = session(questions, seed=seed)
    positions = []
    while not s.is_over:
        round_ = s.next_question()
        positions.append(round_.correct_index)
        s.answer(round_.correct_index)
    run = 1
    for before, after in itertools.pairwise(positions):
        run = run + 1 if before == after else 1
        assert run <= MAX_SAME_KEY_RUN


def test_right_answer_scores_and_builds_a_streak() -> None:
    s = session([question(1, difficulty="medium"), question(2, difficulty="medium")])
    first = play_right(s)
    second = play_right(s)
    assert (first.outcome, first.points.total, first.streak) == ("right", 200, 1)
    assert (second.points.total, second.streak, second.score) == (250, 2, 450)
    assert s.score == 450 and s.best_streak == 2


def test_wrong_answer_scores_nothing_and_resets_the_streak() -> None:
    s = session(pool(4))
    play_right(s)
    play_right(s)
    record = play_wrong(s)
    assert (record.outcome, record.points.total, record.streak) == ("wrong", 0, 0)
    after = play_right(s)
    assert after.points.multiplier_percent == 100
    assert s.best_streak == 2


def test_answering_twice_or_after_the_end_is_refused() -> None:
    s = session(pool(1))
    round_ = s.next_question()
    s.answer(round_.correct_index)
    with pytest.raises(GameError):
        s.answer(round_.correct_index)
    assert s.is_over
    with pytest.raises(GameError):
        s.next_question()


def test_time_per_answer_comes_from_the_injected_clock() -> None:
    clock = FakeClock()
    s = session(pool(2), clock=clock)
    round_ = s.next_question()
    clock.advance(4.5)
    assert s.answer(round_.correct_index).seconds == pytest.approx(4.5)
    s.next_question()
    clock.advance(2.0)
    s.answer(0)
    assert s.summary().seconds == pytest.approx(6.5)


def test_summary_counts_accuracy_and_categories() -> None:
    questions = [
        question(1, category="cast"),
        question(2, category="cast"),
        question(3, category="awards"),
    ]
    s = session(questions, seed=3)
    by_id = {}
    while not s.is_over:
        round_ = s.next_question()
        if round_.question.id == "q-0002":
            record = s.answer((round_.correct_index + 1) % 4)
        else:
            record = s.answer(round_.correct_index)
        by_id[round_.question.id] = record.outcome
    summary = s.summary()
    assert (summary.right, summary.wrong, summary.asked) == (2, 1, 3)
    assert summary.accuracy == pytest.approx(2 / 3)
    stats = {c.category: (c.right, c.asked) for c in summary.categories}
    assert stats == {"awards": (1, 1), "cast": (1, 2)}
    assert summary.finished


def test_category_figures_exclude_skips_like_the_overall_accuracy() -> None:
    questions = [question(1, category="cast"), question(2, category="cast")]
    s = session(questions, seed=3)
    s.next_question()
    s.skip()
    round_ = s.next_question()
    s.answer(round_.correct_index)
    summary = s.summary()
    (cast,) = summary.categories
    assert (cast.asked, cast.skipped, cast.answered, cast.right) == (2, 1, 1, 1)
    assert cast.accuracy == summary.accuracy == 1.0


def test_a_category_with_only_skips_has_no_accuracy() -> None:
    s = session([question(1, category="cast")], seed=3)
    s.next_question()
    s.skip()
    (cast,) = s.summary().categories
    assert cast.answered == 0 and cast.accuracy is None


# -- timed -------------------------------------------------------------------------------------


def test_timed_answer_earns_a_bonus_for_the_time_left() -> None:
    clock = FakeClock()
    s = session([question(1, difficulty="medium")], mode=Timed(count=None, seconds=20), clock=clock)
    round_ = s.next_question()
    clock.advance(5.0)
    assert s.remaining() == pytest.approx(15.0)
    record = s.answer(round_.correct_index)
    assert record.points.time_bonus == 75
    assert record.points.total == 275


def test_timed_answer_after_the_deadline_counts_as_a_timeout() -> None:
    clock = FakeClock()
    s = session(pool(2), mode=Timed(count=None, seconds=20), clock=clock)
    round_ = s.next_question()
    clock.advance(20.5)
    assert s.timed_out()
    record = s.answer(round_.correct_index)
    assert (record.outcome, record.points.total, record.chosen_index) == ("timeout", 0, None)
    assert record.seconds == 20


def test_time_out_breaks_the_streak() -> None:
    clock = FakeClock()
    s = session(pool(3), mode=Timed(count=None, seconds=10), clock=clock)
    play_right(s)
    s.next_question()
    clock.advance(11)
    assert s.time_out().outcome == "timeout"
    assert s.streak == 0


def test_pause_stops_the_countdown() -> None:
    clock = FakeClock()
    s = session(pool(1), mode=Timed(count=None, seconds=20), clock=clock)
    s.next_question()
    clock.advance(3)
    s.pause()
    clock.advance(100)
    assert s.remaining() == pytest.approx(17)
    s.resume()
    clock.advance(2)
    assert s.remaining() == pytest.approx(15)
    assert not s.timed_out()


def test_untimed_modes_have_no_countdown() -> None:
    s = session(pool(1))
    s.next_question()
    assert s.remaining() is None
    with pytest.raises(GameError):
        s.time_out()


# -- survival ----------------------------------------------------------------------------------


def test_survival_ends_at_the_third_wrong_answer() -> None:
    s = session(pool(20), mode=Survival())
    play_right(s)
    play_wrong(s)
    play_right(s)
    play_wrong(s)
    assert not s.is_over and s.lives_left == 1
    play_wrong(s)
    assert s.is_over and s.lives_left == 0
    assert s.asked == 5


def test_survival_ends_when_the_questions_run_out() -> None:
    s = session(pool(2), mode=Survival())
    play_right(s)
    play_right(s)
    assert s.is_over


def test_survival_counts_timeouts_but_not_skips() -> None:
    clock = FakeClock()

    class TimedSurvival(Survival):
        @property
        def time_limit(self) -> float | None:
            return 5.0

    s = session(pool(10), mode=TimedSurvival(), clock=clock)
    s.next_question()
    s.skip()
    s.next_question()
    clock.advance(6)
    s.time_out()
    assert s.wrong == 1 and s.lives_left == 2


# -- lifelines ---------------------------------------------------------------------------------


def test_fifty_fifty_removes_two_wrong_options_once_a_game() -> None:
    s = session(pool(3))
    round_ = s.next_question()
    assert s.can_fifty_fifty
    after = s.fifty_fifty()
    assert len(after.removed) == 2
    assert after.correct_index not in after.removed
    assert not s.can_fifty_fifty
    with pytest.raises(GameError):
        s.answer(next(iter(after.removed)))
    s.answer(round_.correct_index)
    s.next_question()
    assert not s.can_fifty_fifty
    with pytest.raises(GameError):
        s.fifty_fifty()


def test_fifty_fifty_is_unavailable_on_a_true_false_question() -> None:
    s = session([question(1, boolean=True), question(2)])
    s.next_question()
    assert not s.can_fifty_fifty
    with pytest.raises(GameError):
        s.fifty_fifty()
    s.answer(0)
    s.next_question()
    assert s.can_fifty_fifty  # not used up by the refusal


def test_right_answer_after_fifty_fifty_scores_normally() -> None:
    s = session([question(1, difficulty="hard")])
    round_ = s.next_question()
    s.fifty_fifty()
    assert s.answer(round_.correct_index).points.total == 300


def test_skip_scores_nothing_keeps_the_streak_and_works_once() -> None:
    s = session(pool(4))
    play_right(s)
    s.next_question()
    record = s.skip()
    assert (record.outcome, record.points.total, record.streak) == ("skipped", 0, 1)
    assert s.wrong == 0
    assert play_right(s).streak == 2
    s.next_question()
    assert not s.can_skip
    with pytest.raises(GameError):
        s.skip()
    summary = s.summary()
    assert summary.skipped == 1 and summary.answered == 2


# -- recording ---------------------------------------------------------------------------------


def test_every_answer_is_recorded_as_it_is_given_and_the_end_once() -> None:
    spy = SpyRecorder()
    s = Session(pool(3), Classic(count=None), rng=random.Random(1), clock=FakeClock(), recorder=spy)
    play_right(s)
    assert len(spy.answers) == 1 and not spy.finished
    play_wrong(s)
    assert len(spy.answers) == 2 and not spy.finished
    play_right(s)
    assert len(spy.answers) == 3
    assert len(spy.finished) == 1 and spy.finished[0].score == s.score
