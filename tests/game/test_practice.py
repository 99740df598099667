"""Practice with spaced repetition: FSRS ratings from answers, due dates on a fake clock."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from quiz.game.clock import FakeClock
from quiz.game.modes import Classic, Practice
from quiz.game.practice import FAST_SECONDS, grade
from quiz.game.session import Session
from quiz.game.setup import GameConfig, plan_game
from quiz.store import Store

from .factory import pool

if TYPE_CHECKING:
    from conftest import RunCli

START = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


class WallClock:
    """The store's clock: stands still until a test moves it."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def answer_all(store: Store, player: str, outcomes: dict[str, str], mode=None) -> None:  # type: ignore[no-untyped-def]
    """Play the questions named in ``outcomes`` ({id: "wrong"|"slow"|"fast"|"skip"}) in id order."""
    questions = [q for q in pool(20) if q.id in outcomes]
    mode = mode or Classic(count=None)
    recorder = store.begin_session(
        player=player, mode=mode.name, set_title="S", seed=1, planned=len(questions)
    )
    clock = FakeClock()
    session = Session(questions, mode, rng=random.Random(1), clock=clock, recorder=recorder)
    while not session.is_over:
        round_ = session.next_question()
        what = outcomes[round_.question.id]
        clock.advance(2.0 if what == "fast" else 12.0)
        if what == "skip":
            session.skip()
        elif what == "wrong":
            session.answer((round_.correct_index + 1) % len(round_.options))
        else:
            session.answer(round_.correct_index)


def due_in(store: Store, player: str, clock: WallClock) -> dict[str, timedelta]:
    return {
        card.question_id: datetime.fromisoformat(card.due) - clock.now
        for card in store.practice_schedule(player)
    }


def test_grades_follow_the_answer() -> None:
    assert grade("wrong", 3) == grade("timeout", 20) == "again"
    assert grade("right", FAST_SECONDS + 1) == "good"
    assert grade("right", FAST_SECONDS) == "easy"
    assert grade("skipped", 1) is None


def test_a_miss_enters_the_schedule_and_comes_back_later_each_time(tmp_path: Path) -> None:
    clock = WallClock()
    store = Store.open(tmp_path, now=clock)
    answer_all(store, "ann", {"q-0001": "wrong", "q-0002": "slow", "q-0003": "skip"})
    # Only the miss is scheduled; Again on a new card: back in one minute (learning step 1).
    assert due_in(store, "ann", clock) == {"q-0001": timedelta(minutes=1)}
    assert store.due_today("ann") == 1

    clock.advance(hours=1)
    answer_all(store, "ann", {"q-0001": "slow"})  # Good: second learning step, 10 minutes
    assert due_in(store, "ann", clock) == {"q-0001": timedelta(minutes=10)}
    clock.advance(hours=1)
    answer_all(store, "ann", {"q-0001": "slow"})  # Good again: graduates, one day
    assert due_in(store, "ann", clock) == {"q-0001": timedelta(days=1)}
    assert store.due_today("ann") == 0  # due tomorrow morning, not today
    clock.advance(days=1)
    answer_all(store, "ann", {"q-0001": "fast"})  # a fast right answer: Easy, a longer gap
    gap = due_in(store, "ann", clock)["q-0001"]
    assert gap > timedelta(days=2)
    (card,) = store.practice_schedule("ann")
    assert card.reviews == 4 and card.stem == "Question 1?"


def test_a_skip_is_not_a_review(tmp_path: Path) -> None:
    clock = WallClock()
    store = Store.open(tmp_path, now=clock)
    answer_all(store, "ann", {"q-0001": "wrong"})
    before = store.practice_schedule("ann")
    clock.advance(hours=2)
    answer_all(store, "ann", {"q-0001": "skip"})
    assert store.practice_schedule("ann") == before


def test_opting_in_schedules_every_question_answered(tmp_path: Path) -> None:
    clock = WallClock()
    store = Store.open(tmp_path, now=clock)
    store.set_practice_all("bob", True)
    answer_all(store, "bob", {"q-0001": "slow", "q-0002": "fast", "q-0003": "skip"})
    assert set(due_in(store, "bob", clock)) == {"q-0001", "q-0002"}
    assert store.practice_schedule("ann") == []  # schedules are per player


def test_practice_plays_the_due_ones_first(tmp_path: Path) -> None:
    clock = WallClock()
    store = Store.open(tmp_path, now=clock)
    answer_all(store, "ann", {"q-0004": "wrong"})
    clock.advance(minutes=5)
    answer_all(store, "ann", {"q-0004": "slow", "q-0002": "wrong"})  # q-0004 due in 10 min
    clock.advance(minutes=5)  # q-0002 is due (1 min), q-0004 not yet
    answer_all(store, "ann", {"q-0005": "wrong"})
    clock.advance(minutes=2)
    history = store.player_history("ann")
    assert history.practice[:2] == ("q-0002", "q-0005") and history.practice[2] == "q-0004"
    # All three are due before the day ends.
    assert history.due == 3
    plan = plan_game(
        pool(20),
        GameConfig(player="ann", mode="practice", count=2),
        today=date(2026, 11, 25),
        history=history,
    )
    assert isinstance(plan.mode, Practice)
    assert [q.id for q in plan.questions] == ["q-0002", "q-0005"]


def test_options_are_reshuffled_on_every_review() -> None:
    mode = Practice(question_ids=("q-0001",))
    slots = set()
    for seed in range(12):
        session = Session(
            mode.draw(pool(5), random.Random(0)), mode, rng=random.Random(seed), clock=FakeClock()
        )
        slots.add(session.next_question().correct_index)
    assert len(slots) > 1


def test_quiz_practice_due(tmp_path: Path, run: RunCli) -> None:
    clock = WallClock()
    store = Store.open(tmp_path, now=clock)
    answer_all(store, "ann", {"q-0001": "wrong", "q-0002": "wrong"})
    store.close()
    result = run("practice", "--due", "--data-dir", str(tmp_path))
    assert result.exit_code == 0
    assert result.stdout.strip() == "ann: 2 questions due today (2 in the practice schedule)"
    result = run("practice", "--data-dir", str(tmp_path))
    assert "Question 1?" in result.stdout and "quiz play --mode practice" in result.stdout
    result = run("practice", "--track", "all", "--player", "cy", "--data-dir", str(tmp_path))
    assert "schedules every question answered" in result.stdout
