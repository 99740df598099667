"""Fair play (issue 11): no answer by a stray Enter, one ranked daily a day, no free pause,
one way to write a score, and a start screen that counts what it will really play."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import DataTable, Select, SelectionList, Static

from quiz.game.clock import FakeClock
from quiz.store import Store
from quiz.tui.screens.help import HelpScreen
from quiz.tui.screens.high_scores import HighScoresScreen
from quiz.tui.screens.question import QuestionScreen
from quiz.tui.screens.results import ResultsScreen
from quiz.tui.screens.start import StartScreen

from .conftest import MakeApp
from .pilots import question_screen, right_key, text_of, wrong_key


async def test_the_enter_that_leaves_feedback_never_answers_the_next_question(
    make_app: MakeApp,
) -> None:
    app = make_app(count=3)
    async with app.run_test() as pilot:
        await pilot.pause()
        session = question_screen(app).session
        await pilot.press("1", "enter", "enter")  # answer, leave the feedback, a stray Enter
        await pilot.pause()
        assert session.current is not None and session.current.number == 2
        assert session.awaiting_answer, "the second Enter answered question 2"
        assert len(session.records) == 1
        await pilot.press("enter", "space", "enter")
        assert session.awaiting_answer and len(session.records) == 1
        await pilot.press("down", "enter")  # a deliberate choice still works: ↓ then Enter
        assert len(session.records) == 2 and session.records[1].chosen_index == 0


async def _finish(app, pilot) -> None:  # type: ignore[no-untyped-def]
    while isinstance(app.screen, QuestionScreen):
        await pilot.press(right_key(app), "enter")
        await pilot.pause()


async def test_a_daily_replay_is_practice_unranked_and_without_share_line(
    make_app: MakeApp, store: Store
) -> None:
    first = make_app(mode="daily")
    async with first.run_test() as pilot:
        await pilot.pause()
        await _finish(first, pilot)
        assert isinstance(first.screen, ResultsScreen)
        assert text_of(first, "#rank").startswith("Rank #1 of 1 daily game")
        assert first.screen.query("#share")
        await pilot.press("r")  # play again: the same daily
        await pilot.pause()
        await _finish(first, pilot)
        assert isinstance(first.screen, ResultsScreen)
        rank = text_of(first, "#rank")
        assert "practice" in rank and "Rank #" not in rank and "new best" not in rank
        assert not first.screen.query("#share")
    tables = store.score_tables("daily")
    assert len(tables) == 1 and len(tables[0][2]) == 1  # one ranked daily
    again = make_app(mode="daily")  # another run of the program, same day: still a replay
    async with again.run_test(notifications=True) as pilot:
        await pilot.pause()
        assert any("replay is practice" in n.message for n in again._notifications)


async def test_a_paused_timed_question_is_hidden_and_its_clock_stopped(
    make_app: MakeApp, clock: FakeClock
) -> None:
    app = make_app(mode="timed", count=2)
    async with app.run_test() as pilot:
        await pilot.pause()
        screen = question_screen(app)
        session = screen.session
        assert not screen.question_hidden
        for opener in ("question_mark", "ctrl+p"):
            await pilot.press(opener)
            await pilot.pause()
            assert screen.question_hidden and screen.query_one("#paused").display
            left = session.remaining()
            clock.advance(30)
            assert session.remaining() == left
            await pilot.press("escape")
            await pilot.pause()
            assert app.screen is screen and not screen.question_hidden
        app.action_high_scores()
        await pilot.pause()
        assert isinstance(app.screen, HighScoresScreen) and screen.question_hidden
        await pilot.press("escape")
        await pilot.pause()
        assert not screen.question_hidden and session.awaiting_answer


async def test_an_untimed_question_stays_readable_under_help(make_app: MakeApp) -> None:
    app = make_app(count=2)
    async with app.run_test() as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert not question_screen_below(app).question_hidden


def question_screen_below(app) -> QuestionScreen:  # type: ignore[no-untyped-def]
    return next(s for s in app.screen_stack if isinstance(s, QuestionScreen))


async def test_results_and_high_scores_write_the_same_figure(make_app: MakeApp) -> None:
    app = make_app(count=4)
    async with app.run_test() as pilot:
        await pilot.pause()
        await pilot.press("s", "enter")  # a skip: 4 questions, 3 answered
        await pilot.press(right_key(app), "enter")
        await pilot.press(wrong_key(app), "enter")
        await pilot.press(right_key(app), "enter")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        assert "Right 2/4 " in text_of(app, "#results-numbers")
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, HighScoresScreen)
        table = app.screen.query_one("#table-classic-0", DataTable)
        assert str(table.get_row_at(0)[3]) == "2/4"
        heading = app.screen.query(".hs-heading").first(Static).visual
        assert isinstance(heading, Content)
        assert heading.plain == "Two fixture films · 4 questions"


def _category_prompts(screen: StartScreen) -> list[str]:
    selection = screen.query_one("#categories", SelectionList)
    prompts = []
    for index in range(selection.option_count):
        prompt = selection.get_option_at_index(index).prompt
        prompts.append(prompt.plain if isinstance(prompt, Content) else str(prompt))
    return prompts


async def test_category_counts_follow_film_and_difficulty_and_say_ticked(
    make_app: MakeApp,
) -> None:
    app = make_app(start=False, count=5)
    async with app.run_test() as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StartScreen)
        prompts = _category_prompts(screen)
        assert "[ ] cast (2)" in prompts and "[ ] adaptation (1)" in prompts
        screen.query_one("#film", Select).value = "Harbour Lights"
        await pilot.pause()
        prompts = _category_prompts(screen)
        assert "[ ] cast (1)" in prompts and "[ ] adaptation (0)" in prompts
        screen.query_one("#difficulty", Select).value = "hard"
        await pilot.pause()
        assert "[ ] release (1)" in _category_prompts(screen)
        assert "[ ] cast (0)" in _category_prompts(screen)
        screen.query_one("#categories", SelectionList).select("release")
        await pilot.pause()
        assert "[x] release (1)" in _category_prompts(screen)
        assert text_of(app, "#match") == "Only 1 question matches: the game will have 1, not 5."


async def test_daily_and_practice_lines_tell_something_new(make_app: MakeApp) -> None:
    app = make_app(start=False, mode="daily")
    async with app.run_test() as pilot:
        await pilot.pause()
        summary, match = text_of(app, "#mode-summary"), text_of(app, "#match")
        assert "today" in summary.casefold() and "today" not in match.casefold()
        assert "12 questions" in match
        app.screen.query_one("#mode", Select).value = "practice"
        await pilot.pause()
        match = text_of(app, "#match")
        assert "Nothing to practise yet" in match and "match" not in match
