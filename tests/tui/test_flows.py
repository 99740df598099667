"""Whole flows through the real app, driven by Pilot (keyboard and mouse)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from textual.app import SystemCommand
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Input, OptionList, Select, Static

from quiz.bank import load_native_text
from quiz.game.clock import FakeClock
from quiz.store import Store
from quiz.tui.app import QuizApp
from quiz.tui.screens.confirm import ConfirmScreen
from quiz.tui.screens.help import HelpScreen
from quiz.tui.screens.high_scores import HighScoresScreen
from quiz.tui.screens.question import QuestionScreen
from quiz.tui.screens.results import ResultsScreen
from quiz.tui.screens.start import StartScreen
from quiz.tui.screens.too_small import TooSmallScreen
from quiz.tui.widgets.keybar import KeyBar

from .conftest import MakeApp
from .pilots import (
    KEYS,
    question_screen,
    right_key,
    screen_text,
    showing_feedback,
    text_of,
    wrong_key,
)


async def test_classic_game_to_results_with_the_right_score(make_app: MakeApp) -> None:
    app = make_app(count=4)
    async with app.run_test() as pilot:
        await pilot.pause()
        session = question_screen(app).session
        bases = {"easy": 100, "medium": 200, "hard": 300}
        expected = 0
        # 1: number key, right (×1)
        current = session.current
        assert current is not None
        expected += bases[current.question.difficulty]
        await pilot.press(str(current.correct_index + 1))
        assert showing_feedback(app)
        assert text_of(app, "#verdict").startswith("✔ Right!")
        await pilot.press("enter")
        # 2: letter key, right (×1.25)
        current = session.current
        assert current is not None and current.number == 2
        expected += bases[current.question.difficulty] * 125 // 100
        await pilot.press(right_key(app))
        await pilot.press("space")
        # 3: arrows + Enter, right (×1.5)
        current = session.current
        assert current is not None
        expected += bases[current.question.difficulty] * 150 // 100
        await pilot.press(*["down"] * (current.correct_index + 1), "enter")
        assert text_of(app, "#verdict").startswith("✔ Right!")
        await pilot.press("enter")
        # 4: a mouse click on a wrong option
        current = session.current
        assert current is not None
        wrong = KEYS.index(wrong_key(app))
        assert await pilot.click("#answers", offset=(8, 1 + wrong))
        assert showing_feedback(app)
        assert text_of(app, "#verdict").startswith("✘ Wrong.")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        numbers = text_of(app, "#results-numbers")
        assert f"Score {expected} " in numbers
        assert "Right 3/4 (75%)" in numbers and "Best streak 3" in numbers
        assert text_of(app, "#rank") == (
            "Rank #1 of 1 classic game of 4 questions on this set: in the top 10."
        )
        assert app.store.high_scores("classic")[0].score == expected


async def test_results_rank_and_next_moves(make_app: MakeApp) -> None:
    app = make_app(count=2)
    async with app.run_test() as pilot:
        for _ in range(2):
            await pilot.press(right_key(app), "enter")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        assert text_of(app, "#rank") == (
            "Rank #1 of 1 classic game of 2 questions on this set: in the top 10."
        )
        await pilot.press("enter")  # an extra Enter must not start another game
        assert isinstance(app.screen, ResultsScreen)
        await pilot.press("h")
        assert isinstance(app.screen, HighScoresScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, ResultsScreen)
        first_game = app.session
        await pilot.press("r")
        await pilot.pause()
        assert question_screen(app).session is not first_game
        for _ in range(2):
            await pilot.press(wrong_key(app), "enter")
        await pilot.pause()
        assert (
            text_of(app, "#rank")
            == "Rank #2 of 2 classic games of 2 questions on this set: in the top 10."
        )
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)


async def test_unsaved_scores_claim_no_rank(make_app: MakeApp) -> None:
    app = make_app(count=2)
    app.store = Store(None)  # what an unwritable data folder falls back to
    async with app.run_test() as pilot:
        for _ in range(2):
            await pilot.press(right_key(app), "enter")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        rank = text_of(app, "#rank")
        assert "not saved" in rank and "no rank" in rank and "Rank #" not in rank


async def test_a_failed_write_mid_game_is_a_notification(make_app: MakeApp) -> None:
    app = make_app(count=2)
    async with app.run_test(notifications=True) as pilot:
        await pilot.pause()
        app.store._conn.execute("DROP TABLE answers")  # the disk goes bad mid-game
        await pilot.press(right_key(app))
        await pilot.pause()
        messages = [n.message for n in app.notes]
        assert any("could not save your answer" in m for m in messages)


async def test_category_share_excludes_skips_like_the_accuracy(make_app: MakeApp) -> None:
    app = make_app(count=2, categories=("cast",))
    async with app.run_test() as pilot:
        await pilot.pause()
        await pilot.press("s", "enter")
        await pilot.press(right_key(app), "enter")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        assert "Right 1/2 (100%), 1 skipped" in text_of(app, "#results-numbers")
        table = app.screen.query_one("#categories", DataTable)
        row = [str(cell) for cell in table.get_row_at(0)]
        assert row == ["cast", "1/2", "100%", "1"]


async def test_the_review_shows_full_texts_wrapped(make_app: MakeApp) -> None:
    app = make_app(count=6)
    async with app.run_test(size=(80, 80)) as pilot:
        await pilot.pause()
        for n in range(6):
            key = wrong_key(app) if n % 2 else right_key(app)
            await pilot.press(key, "enter")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        shown = screen_text(app)
        assert "…" not in shown
        words = shown.split()
        for record in app.screen.summary.records:
            texts = [record.question.question, record.question.correct_answer]
            texts.append(record.chosen_text or "")
            for text in texts:
                for word in text.split():
                    assert word in words, (word, text)
        assert any(len(record.question.question) > 40 for record in app.screen.summary.records)


async def test_a_timed_question_that_runs_out(make_app: MakeApp, clock: FakeClock) -> None:
    app = make_app(mode="timed", count=2)
    async with app.run_test() as pilot:
        await pilot.pause()
        assert text_of(app, "#status").endswith("Time 20 s")
        clock.advance(16)
        await pilot.pause(0.15)
        assert text_of(app, "#status").endswith("Time  4 s - hurry!")
        assert not showing_feedback(app)
        clock.advance(4.5)
        await pilot.pause(0.15)
        assert showing_feedback(app)
        assert text_of(app, "#verdict").startswith("⌛ Time's up.")
        record = question_screen(app).last_record
        assert record is not None
        assert (record.outcome, record.points.total) == ("timeout", 0)


async def test_timed_right_answer_shows_the_time_bonus(make_app: MakeApp, clock: FakeClock) -> None:
    app = make_app(mode="timed", count=2)
    async with app.run_test() as pilot:
        await pilot.pause()
        clock.advance(10)
        await pilot.press(right_key(app))
        verdict = text_of(app, "#verdict")
        assert "time bonus" in verdict


async def test_the_countdown_stops_while_help_is_open(make_app: MakeApp, clock: FakeClock) -> None:
    app = make_app(mode="timed", count=2)
    async with app.run_test() as pilot:
        await pilot.pause()
        clock.advance(5)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        clock.advance(60)
        await pilot.pause(0.15)
        await pilot.press("escape")
        await pilot.pause(0.15)
        session = question_screen(app).session
        assert session.awaiting_answer
        assert session.remaining() == 15


async def test_fifty_fifty_and_skip(make_app: MakeApp) -> None:
    app = make_app(count=4, categories=("cast", "credits", "release"))
    async with app.run_test() as pilot:
        await pilot.pause()
        screen = question_screen(app)
        await pilot.press("f")
        current = screen.session.current
        assert current is not None and len(current.removed) == 2
        options = screen.query_one("#answers", OptionList)
        disabled = [
            i for i in range(options.option_count) if options.get_option_at_index(i).disabled
        ]
        assert disabled == sorted(current.removed)
        assert current.correct_index not in disabled
        assert "50:50 used" in text_of(app, "#lifelines")
        await pilot.press(KEYS[sorted(current.removed)[0]])  # a removed option: nothing happens
        assert app.screen is screen and screen.session.awaiting_answer
        await pilot.press(right_key(app), "enter")
        await pilot.press("f")  # used up
        current = screen.session.current
        assert current is not None and not current.removed
        await pilot.press("s")
        assert showing_feedback(app)
        assert text_of(app, "#verdict").startswith("↷ Skipped.")
        await pilot.press("enter")
        assert "Skip used" in text_of(app, "#lifelines")
        await pilot.press("s")
        assert question_screen(app).session.awaiting_answer


def _key_bar(app: QuizApp) -> str:
    return str(app.screen.query_one(KeyBar).render())


async def test_used_lifelines_leave_the_key_bar(make_app: MakeApp) -> None:
    app = make_app(count=4, categories=("cast", "credits", "release"))
    async with app.run_test() as pilot:
        await pilot.pause()
        assert " f 50:50 " in _key_bar(app) and " s Skip " in _key_bar(app)
        await pilot.press("f")
        assert "50:50" not in _key_bar(app) and " s Skip " in _key_bar(app)
        await pilot.press(right_key(app), "enter")
        assert "50:50" not in _key_bar(app) and " s Skip " in _key_bar(app)
        await pilot.press("s", "enter")
        assert "50:50" not in _key_bar(app) and "Skip" not in _key_bar(app)
        assert " 1-4 Answer " in _key_bar(app)


async def test_fifty_fifty_is_not_offered_on_true_false(make_app: MakeApp) -> None:
    app = make_app(count=1, categories=("production",), difficulty="easy")
    async with app.run_test() as pilot:
        await pilot.pause()
        screen = question_screen(app)
        assert screen.session.current is not None
        assert screen.session.current.question.type == "boolean"
        assert "50:50 not on true/false" in text_of(app, "#lifelines")
        await pilot.press("f")
        assert screen.session.current.removed == frozenset()
        await pilot.press("3")  # there is no C on a true/false question
        assert screen.session.awaiting_answer


async def test_quitting_mid_game_asks_first(make_app: MakeApp) -> None:
    app = make_app(count=3)
    async with app.run_test() as pilot:
        await pilot.pause()
        await pilot.press("ctrl+q")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert isinstance(app.screen, QuestionScreen) and app.is_running
        await pilot.press("escape")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, QuestionScreen)
        await pilot.press("ctrl+q", "y")
        await pilot.pause()
        assert app.return_code == 0


async def test_quitting_after_the_game_does_not_ask(make_app: MakeApp) -> None:
    app = make_app(count=1)
    async with app.run_test() as pilot:
        await pilot.press(right_key(app), "enter")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.return_code == 0


async def test_too_small_terminal_and_resizing_keeps_the_game(make_app: MakeApp) -> None:
    app = make_app(count=3)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(right_key(app), "enter")
        session = question_screen(app).session
        current = session.current
        await pilot.resize_terminal(79, 24)
        assert isinstance(app.screen, TooSmallScreen)
        assert "Terminal too small: 79×24" in text_of(app, "#too-small-message")
        await pilot.press("a", "b", "question_mark")  # keys do not reach the game
        assert isinstance(app.screen, TooSmallScreen)
        await pilot.resize_terminal(70, 20)
        assert "70×20" in text_of(app, "#too-small-message")
        await pilot.resize_terminal(120, 40)
        assert isinstance(app.screen, QuestionScreen)
        assert app.screen.session is session and session.current is current
        assert session.awaiting_answer and session.score > 0


async def test_quit_dialog_fits_over_too_small_and_uncovers_after(make_app: MakeApp) -> None:
    app = make_app(count=3)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, TooSmallScreen)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        dialog = app.screen.query_one("#confirm-dialog").region
        assert dialog.x >= 0 and dialog.right <= 60 and dialog.bottom <= 20
        assert "Quit the game in progress?" in screen_text(app)
        await pilot.resize_terminal(80, 24)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)


async def test_starting_below_the_minimum_size(make_app: MakeApp) -> None:
    app = make_app(count=3)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, TooSmallScreen)
        await pilot.resize_terminal(80, 24)
        assert isinstance(app.screen, QuestionScreen)


async def test_start_screen_is_prefilled_from_the_flags_and_enter_starts(make_app: MakeApp) -> None:
    app = make_app(start=False, mode="timed", count=5, categories=("cast",), difficulty="easy")
    async with app.run_test() as pilot:
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        config = app.screen.current_config()
        assert (config.mode, config.count, config.categories, config.difficulty) == (
            "timed",
            5,
            ("cast",),
            "easy",
        )
        assert text_of(app, "#match") == "Only 2 questions match: the game will have 2, not 5."
        await pilot.press("enter")
        await pilot.pause()
        session = question_screen(app).session
        assert session.mode.name == "timed" and session.total == 2
        assert {q.category for q in session.questions} == {"cast"}


async def test_start_screen_enter_picks_from_an_open_menu(make_app: MakeApp) -> None:
    app = make_app(start=False)
    async with app.run_test() as pilot:
        await pilot.pause()
        await pilot.press("tab", "tab")  # player → film → mode
        await pilot.press("space")  # open the mode menu
        await pilot.press("down", "enter")  # Classic → Timed, Enter picks it
        assert isinstance(app.screen, StartScreen)
        assert app.screen.current_config().mode == "timed"
        await pilot.press("enter")
        await pilot.pause()
        assert question_screen(app).session.mode.name == "timed"


async def test_impossible_filters_stay_on_the_start_screen(make_app: MakeApp) -> None:
    app = make_app(start=True, categories=("no-such-category",))
    async with app.run_test(notifications=True) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        assert any("no question matches" in n.message for n in app.notes)


async def test_practice_replays_missed_questions(make_app: MakeApp, store: Store) -> None:
    first = make_app(count=3)
    async with first.run_test() as pilot:
        missed = set()
        for _ in range(3):
            missed.add(question_screen(first).session.current.question.id)  # type: ignore[union-attr]
            await pilot.press(wrong_key(first), "enter")
        await pilot.pause()
    practice = make_app(mode="practice", count=None)
    async with practice.run_test() as pilot:
        await pilot.pause()
        session = question_screen(practice).session
        assert {q.id for q in session.questions} == missed


async def test_daily_results_show_the_share_line(make_app: MakeApp) -> None:
    app = make_app(mode="daily")
    async with app.run_test() as pilot:
        await pilot.pause()
        for n in range(10):
            await pilot.press(right_key(app) if n % 3 else wrong_key(app), "enter")
        await pilot.pause()
        assert text_of(app, "#share") == "Share: quiz daily 2026-11-25 6/10 ✘✔✔✘✔✔✘✔✔✘"


async def test_help_follows_the_bindings_and_the_commands(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rebinding a key or adding a command changes the help: nothing there is hand-copied."""
    monkeypatch.setattr(
        ResultsScreen, "BINDINGS", [*ResultsScreen.BINDINGS, Binding("z", "noop", "Zoom out")]
    )
    original = QuizApp.get_system_commands

    def more_commands(self: QuizApp, screen: Screen[object]) -> Iterator[SystemCommand]:
        yield from original(self, screen)
        yield SystemCommand("Rewind", "Go back one question", lambda: None)

    monkeypatch.setattr(QuizApp, "get_system_commands", more_commands)
    app = make_app()
    async with app.run_test() as pilot:
        await pilot.press("question_mark")
        keys = text_of(app, "#help-keys")
        assert "  Z   Zoom out" in keys
        assert "Rewind" in keys and "Export current" in keys
        assert "Quit (asks first while a game is in progress)" in keys  # the app's Ctrl+Q


async def test_help_lists_every_key(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test() as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        keys = text_of(app, "#help-keys")
        for expected in (
            "Ctrl+Q",
            "1 / A",
            "4 / D",
            "Remove two wrong options",
            "Skip this",
            "After the feedback",
            "Play again",
            "Previous mode",
        ):
            assert expected in keys
        await pilot.press("escape")
        assert isinstance(app.screen, QuestionScreen)


async def test_export_from_the_command_palette(make_app: MakeApp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test() as pilot:
        await pilot.press("ctrl+p")
        await pilot.press(*"export current")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        written = tmp_path / "exports" / "two-fixture-films.json"
        assert written.exists()
        exported = load_native_text(written.read_text(encoding="utf-8"), str(written))
        assert len(exported.questions) == len(app.question_set.questions)
        assert json.loads(written.read_text())["format"] == "film-trivia-set"


async def test_export_refuses_a_set_that_breaks_a_hard_rule(
    make_app: MakeApp, tmp_path: Path
) -> None:
    """The palette's export goes through the same validation as ``quiz export``."""
    app = make_app()
    first = app.question_set.questions[0]
    broken = replace(first, incorrect_answers=(first.correct_answer, *first.incorrect_answers[1:]))
    app.question_set = replace(app.question_set, questions=[broken])
    async with app.run_test(notifications=True) as pilot:
        await pilot.pause()
        app.action_export()
        await pilot.pause()
        (note,) = [n for n in app.notes if n.severity == "error"]
        assert note.message.startswith("Nothing was exported:") and first.id in note.message
    assert not (tmp_path / "exports").exists()


async def test_export_to_an_unwritable_folder_says_so_and_writes_nothing(  # type: ignore[no-untyped-def]
    make_app: MakeApp, tmp_path, monkeypatch
) -> None:
    blocker = tmp_path / "data-is-a-file"
    blocker.write_text("not a folder")
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    app = make_app(export_dir=blocker / "exports")
    async with app.run_test(notifications=True) as pilot:
        await pilot.pause()
        app.action_export()
        await pilot.pause()
        (note,) = [n for n in app.notes if n.severity == "error"]
        assert str(blocker / "exports" / "two-fixture-films.json") in note.message
        assert "Not a directory" in note.message and not note.markup
    assert list(cwd.iterdir()) == []
    assert blocker.read_text() == "not a folder"


async def test_article_text_is_never_read_as_markup(make_app: MakeApp) -> None:
    app = make_app(count=1, categories=("awards",), difficulty="medium")
    async with app.run_test() as pilot:
        await pilot.pause()
        assert "[bold]Best Score[/]" in text_of(app, "#stem")
        shown = screen_text(app)
        assert "[bold]Best" in shown and "Score[/]" in shown
        assert "Coastline Awards [2020]" in shown
        await pilot.press(right_key(app))
        text = screen_text(app)
        assert "[Coastline Awards]" in text and "Best Score [/] |" in text


async def test_asking_for_more_than_there_is_says_so(make_app: MakeApp) -> None:
    app = make_app(count=20, categories=("cast", "awards"))
    async with app.run_test(notifications=True) as pilot:
        await pilot.pause()
        assert question_screen(app).session.total == 4
        messages = [n.message for n in app.notes]
        assert "Only 4 questions match; playing all of them instead of 20." in messages


async def test_history_lists_games_and_opens_a_full_review(make_app: MakeApp) -> None:
    from quiz.tui.screens.history import GameReviewScreen, HistoryScreen

    app = make_app(count=2)
    async with app.run_test() as pilot:
        await pilot.pause()
        stems = []
        for key in ("right", "wrong"):
            current = question_screen(app).session.current
            assert current is not None
            stems.append(current.question.question)
            await pilot.press(right_key(app) if key == "right" else wrong_key(app), "enter")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        table = app.screen.query_one("#history-table", DataTable)
        assert table.row_count == 1
        row = [str(cell) for cell in table.get_row_at(0)]
        assert row[1] == "Classic" and row[4] == "1/2" and row[5] == "50%"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, GameReviewScreen)
        visuals = [w.visual for w in app.screen.query(".review-item").results(Static)]
        items = [v.plain for v in visuals if isinstance(v, Content)]
        assert len(items) == 2
        assert items[0].startswith(" 1. ✔ " + stems[0]) and items[1].startswith(" 2. ✘ ")
        assert "Right answer:" in items[1] and "Source:" in items[1]
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)


async def test_history_from_the_start_screen_is_the_named_players(make_app: MakeApp) -> None:
    from quiz.tui.screens.history import HistoryScreen

    app = make_app(start=False)
    async with app.run_test() as pilot:
        await pilot.pause()
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        assert app.screen.player == "tester" and not app.screen.games
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)


async def test_history_is_not_offered_during_a_game(make_app: MakeApp) -> None:
    app = make_app(count=3)
    async with app.run_test() as pilot:
        await pilot.pause()
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)


async def test_the_start_screen_says_how_many_are_due(make_app: MakeApp) -> None:
    app = make_app(count=2)
    async with app.run_test() as pilot:
        await pilot.pause()
        await pilot.press(wrong_key(app), "enter")
        await pilot.press(right_key(app), "enter")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        assert text_of(app, "#due") == "Practice: 1 question due today for tester."
        player = app.screen.query_one("#player", Input)
        player.value = "someone else"
        await pilot.pause()
        assert not app.screen.query_one("#due").display


async def test_report_from_the_feedback_view_leaves_the_question_out(make_app: MakeApp) -> None:
    from quiz.tui.screens.report import ReportScreen

    app = make_app(count=3)
    async with app.run_test(notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("r")  # not while asking: nothing happens
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen) and not showing_feedback(app)
        reported = question_screen(app).session.current.question  # type: ignore[union-attr]
        await pilot.press(right_key(app))
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, ReportScreen)
        await pilot.press("down", "enter")  # "unclear", then on to the comment
        await pilot.press(*"two readings", "enter")
        await pilot.pause()
        assert showing_feedback(app)
        assert any("left out of play" in n.message for n in app.notes)
        (report,) = app.store.reports()
        assert (report.question_id, report.reason, report.comment, report.player) == (
            reported.id,
            "unclear",
            "two readings",
            "tester",
        )
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen) and not showing_feedback(app)

    again = make_app(count=None)
    async with again.run_test() as pilot:
        await pilot.pause()
        ids = {q.id for q in question_screen(again).session.questions}
        assert reported.id not in ids and len(ids) == 11


async def test_a_cancelled_report_stores_nothing(make_app: MakeApp) -> None:
    app = make_app(count=2)
    async with app.run_test() as pilot:
        await pilot.pause()
        await pilot.press(wrong_key(app), "r")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert showing_feedback(app) and app.store.reports() == []


async def test_stats_from_the_results_and_start_screens(make_app: MakeApp) -> None:
    from textual.widgets import TabbedContent
    from textual_plotext import PlotextPlot

    from quiz.tui.screens.stats import StatsScreen

    app = make_app(count=2)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press(right_key(app), "enter")
        await pilot.press(wrong_key(app), "enter")
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, StatsScreen)
        assert text_of(app, "#stats-summary").startswith("1 games · 2 answered · 50% right")
        plot = app.screen.query_one("#plot-accuracy", PlotextPlot)
        assert plot.size.width >= 70 and plot.size.height >= 12  # readable at 80×24
        await pilot.press("right", "right")
        assert app.screen.query_one(TabbedContent).active == "tab-categories"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        await pilot.press("n")
        await pilot.pause()
        await pilot.press("f3")
        await pilot.pause()
        assert isinstance(app.screen, StatsScreen) and app.screen.stats.player == "tester"


async def test_hotseat_turns_and_leaderboard(make_app: MakeApp) -> None:
    from quiz.tui.screens.hotseat import LeaderboardScreen, TurnScreen

    app = make_app(mode="hotseat", count=3, player="ann", others=("bob", "cy"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        asked: list[list[str]] = []
        # ann gets 1 right, bob 3, cy 1 (same questions for everyone).
        for player, rights in (("ann", 1), ("bob", 3), ("cy", 1)):
            screen = question_screen(app)
            assert screen.set_title.startswith(f"{player}'s turn")
            stems = []
            for n in range(3):
                stems.append(question_screen(app).session.current.question.id)  # type: ignore[union-attr]
                await pilot.press(right_key(app) if n < rights else wrong_key(app), "enter")
            asked.append(stems)
            await pilot.pause()
            if player != "cy":
                assert isinstance(app.screen, TurnScreen)
                assert app.in_game  # quitting between turns still asks
                await pilot.press("enter")
                await pilot.pause()
        assert asked[0] == asked[1] == asked[2]
        assert isinstance(app.screen, LeaderboardScreen)
        assert text_of(app, "#board-winner") == "bob wins!"
        rows = [
            [str(c) for c in app.screen.query_one("#board", DataTable).get_row_at(i)]
            for i in range(3)
        ]
        assert [r[:2] for r in rows] == [["1", "bob"], ["2", "ann"], ["2", "cy"]]
        # Each turn is its player's own game, grouped as one hot-seat game.
        games = app.store.games()
        assert sorted(g.player for g in games) == ["ann", "bob", "cy"]
        assert len({g.hotseat_id for g in games}) == 1 and games[0].hotseat_id is not None
        await pilot.press("r")
        await pilot.pause()
        assert question_screen(app).set_title.startswith("ann's turn")


async def test_hotseat_from_the_start_screen(make_app: MakeApp) -> None:
    app = make_app(start=False, count=5)
    async with app.run_test() as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StartScreen)
        assert screen.query_one("#others", Input).disabled
        screen.query_one("#mode", Select).value = "hotseat"
        await pilot.pause()
        others = screen.query_one("#others", Input)
        assert not others.disabled
        others.value = "bob, , cy"
        assert screen.current_config().players == ("tester", "bob", "cy")
        await pilot.press("enter")
        await pilot.pause()
        assert question_screen(app).set_title.startswith("tester's turn")


async def test_player_picker_picks_adds_and_renames(make_app: MakeApp, store: Store) -> None:
    from quiz.tui.screens.players import PlayersScreen

    store.add_player("ann")
    store.add_player("bob")
    app = make_app(start=False)
    async with app.run_test(notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("f4")
        await pilot.pause()
        assert isinstance(app.screen, PlayersScreen)
        await pilot.press("down", "enter")  # the list is most recent first: bob, then ann
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        assert app.screen.current_config().player == "ann"

        await pilot.press("f4")
        await pilot.pause()
        await pilot.press("r")  # rename ann (highlighted: the current player)
        await pilot.press(*"Annie", "enter")  # the old name is selected: typing replaces it
        await pilot.pause()
        assert app.screen.current_config().player == "Annie"
        assert "Annie" in app.store.players() and "ann" not in app.store.players()

        await pilot.press("f4")
        await pilot.pause()
        await pilot.press("n", *"dee", "enter")
        await pilot.pause()
        assert app.screen.current_config().player == "dee"
        assert "dee" in app.store.players()

        await pilot.press("f4")
        await pilot.pause()
        await pilot.press("down", "r", *"bob", "enter")  # taken
        await pilot.pause()
        assert any("already a player called 'bob'" in n.message for n in app.notes)
