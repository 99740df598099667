"""Screenshots of every screen at 80×24 (and one wider), compared with the accepted SVGs.

Deterministic by construction: seeded draws, a fake clock (times on screen are exact), a store
with fixed timestamps, no animations and a cursor that does not blink (see conftest). After an
intended UI change: ``pytest tests/tui --snapshot-update``, then look at the new SVGs.
"""

from __future__ import annotations

import random
from collections.abc import Awaitable, Callable

import pytest
from textual.pilot import Pilot

from quiz.bank import QuestionSet
from quiz.game.clock import FakeClock
from quiz.game.modes import Classic, Survival, Timed
from quiz.game.session import Session
from quiz.store import Store
from quiz.tui.app import QuizApp

from .conftest import MakeApp
from .pilots import right_key, wrong_key


def test_start_screen(snap_compare, make_app: MakeApp) -> None:  # type: ignore[no-untyped-def]
    app = make_app(start=False, count=10, categories=("cast", "awards"))
    assert snap_compare(app, terminal_size=(80, 24))


def test_question_screen(snap_compare, make_app: MakeApp) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(count=10), terminal_size=(80, 24))


def test_question_screen_wide_survival(snap_compare, make_app: MakeApp) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await pilot.pause()
        await pilot.press(wrong_key(pilot.app), "enter")  # type: ignore[arg-type]
        await pilot.press(right_key(pilot.app), "enter")  # type: ignore[arg-type]

    app = make_app(mode="survival", count=None)
    assert snap_compare(app, terminal_size=(120, 36), run_before=run_before)


def test_timed_question_with_fifty_fifty(snap_compare, make_app: MakeApp, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await pilot.pause()
        clock.advance(7.5)
        await pilot.press("f")
        await pilot.pause(0.15)

    app = make_app(mode="timed", count=5, categories=("cast", "credits", "release"))
    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


def test_feedback_wrong_answer(snap_compare, make_app: MakeApp, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await pilot.pause()
        clock.advance(4)
        await pilot.press(wrong_key(pilot.app))  # type: ignore[arg-type]

    assert snap_compare(make_app(count=10), terminal_size=(80, 24), run_before=run_before)


def test_feedback_right_answer_with_brackets_in_the_text(snap_compare, make_app: MakeApp) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await pilot.pause()
        await pilot.press(right_key(pilot.app))  # type: ignore[arg-type]

    app = make_app(count=1, categories=("awards",), difficulty="medium")
    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


def test_results_screen(snap_compare, make_app: MakeApp, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await pilot.pause()
        app = pilot.app
        for n in range(5):
            clock.advance(3 + n)
            key = wrong_key(app) if n == 2 else right_key(app)  # type: ignore[arg-type]
            await pilot.press(key, "enter")
        await pilot.pause()

    assert snap_compare(make_app(count=5), terminal_size=(80, 24), run_before=run_before)


def test_high_scores_screen(snap_compare, make_app: MakeApp, store: Store, question_set) -> None:  # type: ignore[no-untyped-def]
    for n, (player, mode) in enumerate(
        [
            ("ann", Classic(count=5)),
            ("bob", Classic(count=5)),
            ("[b]cat[/b]", Classic(count=5)),
            ("ann", Timed(count=5)),
            ("dan", Survival()),
        ]
    ):
        recorder = store.begin_session(
            player=player, mode=mode.name, set_title="Two fixture films", seed=n, planned=5
        )
        clock = FakeClock()
        game = Session(
            question_set.questions, mode, rng=random.Random(n), clock=clock, recorder=recorder
        )
        while not game.is_over:
            round_ = game.next_question()
            clock.advance(2 + n)
            right = (round_.number + n) % 3 != 0
            wrong = (round_.correct_index + 1) % len(round_.options)
            game.answer(round_.correct_index if right else wrong)

    async def run_before(pilot: Pilot[None]) -> None:
        await pilot.pause()
        assert isinstance(pilot.app, QuizApp)
        pilot.app.action_high_scores()
        await pilot.pause()

    app = make_app(start=False)
    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


def test_help_screen(snap_compare, make_app: MakeApp) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(), terminal_size=(80, 24), press=["question_mark"])


def test_quit_confirmation(snap_compare, make_app: MakeApp) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(), terminal_size=(80, 24), press=["ctrl+q"])


def test_terminal_too_small(snap_compare, make_app: MakeApp) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(), terminal_size=(60, 20))


def test_quit_confirmation_when_too_small(snap_compare, make_app: MakeApp) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(), terminal_size=(60, 20), press=["ctrl+q"])


def test_report_dialog(snap_compare, make_app: MakeApp) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await pilot.pause()
        await pilot.press(wrong_key(pilot.app), "r")  # type: ignore[arg-type]
        await pilot.pause()

    assert snap_compare(make_app(count=10), terminal_size=(80, 24), run_before=run_before)


def _seed_games(store: Store, question_set: QuestionSet, games: int = 12) -> None:
    """``games`` games of 5 by "tester", getting better over time, fixed times per answer."""
    for n in range(games):
        recorder = store.begin_session(
            player="tester", mode="classic", set_title="Two fixture films", seed=n, planned=5
        )
        clock = FakeClock()
        rng = random.Random(n)
        questions = rng.sample(question_set.questions, 5)
        game = Session(questions, Classic(count=5), rng=rng, clock=clock, recorder=recorder)
        while not game.is_over:
            round_ = game.next_question()
            clock.advance(3 + (n * 7 + round_.number * 5) % 11)
            right = (round_.number + n) % 5 < 1 + n // 3
            wrong = (round_.correct_index + 1) % len(round_.options)
            game.answer(round_.correct_index if right else wrong)


def _open_stats(tab: str | None = None) -> Callable[[Pilot[None]], Awaitable[None]]:
    async def run_before(pilot: Pilot[None]) -> None:
        await pilot.pause()
        assert isinstance(pilot.app, QuizApp)
        pilot.app.action_stats()
        await pilot.pause()
        if tab is not None:
            from textual.widgets import TabbedContent

            pilot.app.screen.query_one(TabbedContent).active = f"tab-{tab}"
            await pilot.pause()

    return run_before


@pytest.fixture
def stats_app(make_app: MakeApp, store: Store, question_set: QuestionSet) -> QuizApp:
    """The start screen of a player with twelve games behind them."""
    _seed_games(store, question_set)
    return make_app(start=False)


def test_stats_screen(snap_compare, stats_app: QuizApp) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(stats_app, terminal_size=(80, 24), run_before=_open_stats())


def test_stats_screen_wide(snap_compare, stats_app: QuizApp) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(stats_app, terminal_size=(120, 40), run_before=_open_stats())


def test_stats_screen_categories(snap_compare, stats_app: QuizApp) -> None:  # type: ignore[no-untyped-def]
    run_before = _open_stats("categories")
    assert snap_compare(stats_app, terminal_size=(80, 24), run_before=run_before)


def test_stats_screen_categories_wide(snap_compare, stats_app: QuizApp) -> None:  # type: ignore[no-untyped-def]
    run_before = _open_stats("difficulty")
    assert snap_compare(stats_app, terminal_size=(120, 40), run_before=run_before)


def test_hotseat_leaderboard(snap_compare, make_app: MakeApp, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await pilot.pause()
        app = pilot.app
        for turn, rights in enumerate((1, 2)):
            for n in range(2):
                clock.advance(3 + n + turn)
                key = right_key(app) if n < rights else wrong_key(app)  # type: ignore[arg-type]
                await pilot.press(key, "enter")
            await pilot.pause()
            if turn == 0:
                await pilot.press("enter")
                await pilot.pause()

    app = make_app(mode="hotseat", count=2, player="ann", others=("bob",))
    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


def test_history_screen(snap_compare, stats_app: QuizApp) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await pilot.pause()
        await pilot.press("f2")
        await pilot.pause()

    assert snap_compare(stats_app, terminal_size=(80, 24), run_before=run_before)


def test_game_review_screen(snap_compare, stats_app: QuizApp) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await pilot.pause()
        await pilot.press("f2")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()

    assert snap_compare(stats_app, terminal_size=(80, 24), run_before=run_before)
