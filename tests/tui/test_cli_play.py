"""``quiz play`` wiring: flags → GameConfig, store, start-up checks (the app itself is faked)."""

from __future__ import annotations

import gc
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import pytest

from quiz.store import DB_NAME

if TYPE_CHECKING:
    from conftest import RunCli


class FakeApp:
    """Stands in for QuizApp: records how it was built and that it was run."""

    built: ClassVar[list[FakeApp]] = []
    warnings: ClassVar[list[str]] = []

    def __init__(self, question_set: Any, config: Any, **kwargs: Any) -> None:
        self.question_set = question_set
        self.config = config
        self.kwargs = kwargs
        self.store = kwargs["open_store"](self.warnings.append)
        self.ran = False
        FakeApp.built.append(self)

    def run(self) -> None:
        self.ran = True


@pytest.fixture
def fake_app(monkeypatch: pytest.MonkeyPatch) -> type[FakeApp]:
    import quiz.commands.play
    import quiz.tui.app

    FakeApp.built = []
    monkeypatch.setattr(quiz.tui.app, "QuizApp", FakeApp)
    # CliRunner's streams are not terminals; the full-screen app is what these tests check.
    monkeypatch.setattr(quiz.commands.play, "full_screen_unavailable", lambda: None)
    return FakeApp


def test_flags_become_the_game_config(
    fake_app: type[FakeApp], tmp_path: Path, run: RunCli, two_films: Path
) -> None:
    code, _, err = run(
        "play",
        str(two_films),
        "--count",
        "5",
        "--category",
        "cast",
        "--category",
        "awards",
        "--difficulty",
        "easy",
        "--mode",
        "timed",
        "--seed",
        "3",
        "--player",
        "ann",
        "--start",
        "--data-dir",
        str(tmp_path),
    )
    assert code == 0, err
    (app,) = fake_app.built
    assert app.ran
    config = app.config
    assert (config.mode, config.count, config.categories, config.difficulty) == (
        "timed",
        5,
        ("cast", "awards"),
        "easy",
    )
    assert (config.seed, config.player) == (3, "ann")
    assert app.kwargs["start"] is True
    assert app.kwargs["today"] == date.today()
    assert app.kwargs["export_dir"] == tmp_path / "exports"
    assert app.store.path == tmp_path / DB_NAME
    assert len(app.question_set.questions) == 12


def test_defaults_and_count_all(
    fake_app: type[FakeApp], tmp_path: Path, run: RunCli, two_films: Path
) -> None:
    assert run("play", str(two_films), "--data-dir", str(tmp_path)).exit_code == 0
    assert run("play", str(two_films), "--count", "all", "--data-dir", str(tmp_path)).exit_code == 0
    first, second = fake_app.built
    assert (first.config.mode, first.config.count, first.config.player) == (
        "classic",
        10,
        "player",
    )
    assert first.kwargs["start"] is False
    assert second.config.count is None


def test_bare_quiz_plays_the_bundled_bank(fake_app: type[FakeApp], run: RunCli) -> None:
    code, _, err = run()
    assert code == 0, err
    (app,) = fake_app.built
    assert app.ran and app.question_set.questions


@pytest.mark.parametrize(("count", "message"), [("0", "at least 1"), ("ten", "positive number")])
def test_bad_count_is_a_usage_error(
    fake_app: type[FakeApp], count: str, message: str, run: RunCli, two_films: Path
) -> None:
    code, _, err = run("play", str(two_films), "--count", count)
    assert code == 2 and message in err
    assert not fake_app.built
    assert gc.isenabled()  # play switches the collector off while starting, and back on


def test_start_with_nothing_to_play_fails_in_one_line(
    fake_app: type[FakeApp], run: RunCli, two_films: Path
) -> None:
    code, _, err = run(
        "play", str(two_films), "--start", "--category", "adaptation", "--difficulty", "hard"
    )
    assert code == 2
    assert err.strip().splitlines() == [
        "quiz: error: no question matches these filters; try fewer of them"
    ]
    assert not fake_app.built


def test_practice_without_history_says_so(
    fake_app: type[FakeApp], tmp_path: Path, run: RunCli, two_films: Path
) -> None:
    code, _, err = run(
        "play", str(two_films), "--mode", "practice", "--start", "--data-dir", str(tmp_path)
    )
    assert code == 2 and "nothing to practise yet" in err


def test_missing_source_is_unreadable_input(
    fake_app: type[FakeApp], tmp_path: Path, run: RunCli
) -> None:
    code, _, err = run("play", str(tmp_path / "nope.json"))
    assert code == 2 and "nope.json" in err and "Traceback" not in err


def test_player_defaults_to_the_last_one(
    fake_app: type[FakeApp], tmp_path: Path, run: RunCli, two_films: Path
) -> None:
    from quiz.store import Store

    store = Store.open(tmp_path)
    store.begin_session(player="zoe", mode="classic", set_title="s", seed=1, planned=1)
    store.close()
    assert run("play", str(two_films), "--data-dir", str(tmp_path)).exit_code == 0
    assert fake_app.built[0].config.player == "zoe"


def test_corrupt_store_warns_and_plays(
    fake_app: type[FakeApp], tmp_path: Path, run: RunCli, two_films: Path
) -> None:
    (tmp_path / DB_NAME).write_bytes(b"not sqlite" * 100)
    code, _, err = run("play", str(two_films), "--data-dir", str(tmp_path))
    assert code == 0 and "warning" in err and "moved it to" in err
    (app,) = fake_app.built
    assert app.ran
    # The app opens its own store with its own warning function; what the CLI's first look
    # found (and already fixed) reaches the app as notes to show.
    assert any("moved it to" in note for note in app.kwargs["notes"])


def test_exports_never_go_to_the_current_folder(
    fake_app: type[FakeApp],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    run: RunCli,
    two_films: Path,
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.chdir(tmp_path)
    code, _, err = run("play", str(two_films), "--data-dir", str(blocker / "data"))
    assert code == 0 and "scores will not be saved" in err
    (app,) = fake_app.built
    assert app.store.path is None
    assert app.kwargs["export_dir"] == blocker / "data" / "exports"


@pytest.mark.parametrize("start", [[], ["--start"]])
def test_unknown_category_is_an_error_before_the_game_opens(
    fake_app: type[FakeApp], tmp_path: Path, start: list[str], run: RunCli, two_films: Path
) -> None:
    code, _, err = run(
        "play",
        str(two_films),
        *start,
        "--category",
        "cast",
        "--category",
        "nonexistent",
        "--data-dir",
        str(tmp_path),
    )
    assert code == 2
    assert err.strip().splitlines() == [
        "quiz: error: unknown category 'nonexistent'; this set has: adaptation, awards, "
        "box_office, cast, credits, production, release"
    ]
    assert not fake_app.built


def test_categories_match_ignoring_case_and_take_the_sets_spelling(
    fake_app: type[FakeApp], tmp_path: Path, run: RunCli, two_films: Path
) -> None:
    code, _, err = run(
        "play",
        str(two_films),
        "--category",
        "CAST",
        "--category",
        "Awards",
        "--category",
        "cast",
        "--data-dir",
        str(tmp_path),
    )
    assert code == 0, err
    assert fake_app.built[0].config.categories == ("cast", "awards")


def test_hotseat_players_from_the_command_line(
    fake_app: type[FakeApp], tmp_path: Path, run: RunCli, two_films: Path
) -> None:
    code, _, err = run(
        "play", str(two_films), "--mode", "hotseat", "--player", "ann", "--with", "bob",
        "--with", "cy", "--start", "--data-dir", str(tmp_path),
    )  # fmt: skip
    assert code == 0, err
    assert fake_app.built[0].config.players == ("ann", "bob", "cy")
    code, _, err = run("play", str(two_films), "--with", "bob", "--data-dir", str(tmp_path))
    assert code == 2 and "--with is for --mode hotseat" in err
    code, _, err = run(
        "play", str(two_films), "--mode", "hotseat", "--start", "--data-dir", str(tmp_path)
    )
    assert code == 2 and "needs 2 to 4 players" in err


def test_bare_quiz_takes_plays_options(
    fake_app: type[FakeApp], tmp_path: Path, run: RunCli
) -> None:
    code, _, err = run("--player", "Ana", "--mode", "timed", "--data-dir", str(tmp_path))
    assert code == 0, err
    (app,) = fake_app.built
    assert app.config.player == "Ana" and app.config.mode == "timed" and app.ran


def test_bare_quiz_still_has_its_own_help_and_version(run: RunCli) -> None:
    result = run("--help")
    assert result.exit_code == 0 and "Commands:" in result.output
    result = run("--version")
    assert result.exit_code == 0 and "0.1.0" in result.output


def test_bare_quiz_plays_the_library_too(
    fake_app: type[FakeApp], tmp_path: Path, run: RunCli, articles_dir: Path
) -> None:
    code, _, err = run(
        "add", str(articles_dir / "paper_moons_2019.txt"), "--data-dir", str(tmp_path)
    )
    assert code == 0, err
    code, _, err = run("--data-dir", str(tmp_path))
    assert code == 0, err
    (app,) = fake_app.built
    assert "Paper Moons" in {q.film for q in app.question_set.questions}
