"""Builders for the app under test: the fixture set, a temporary store, a fake clock.

Every app here gets its store in ``tmp_path`` (never the real data dir), a fixed date, a
:class:`FakeClock` and animations off; the Input cursor does not blink, so snapshots are stable.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from textual.notifications import SeverityLevel
from textual.widgets import Input

from quiz.bank import QuestionSet, load_native_text
from quiz.game.clock import FakeClock, FakeWallClock
from quiz.game.setup import GameConfig
from quiz.store import Store
from quiz.tui.app import QuizApp

FIXTURE = Path(__file__).parent / "fixtures" / "two_films.json"
DAY = date(2026, 11, 25)


class Note(NamedTuple):
    """One notification the app showed."""

    message: str
    title: str
    severity: str
    markup: bool


class RecordingApp(QuizApp):
    """The real app, keeping a list of the notifications it showed.

    Textual keeps its own list private; recording at :meth:`notify` (public API) lets tests
    check what the player was told without reaching into the framework.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.notes: list[Note] = []

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        self.notes.append(Note(message, title, severity, markup))
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)


MakeApp = Callable[..., RecordingApp]


@pytest.fixture(autouse=True)
def _steady_cursor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Input, "_toggle_cursor", lambda self: None)


@pytest.fixture(scope="session")
def two_films() -> Path:
    """The question set every app test plays: two made-up films, every category."""
    return FIXTURE


@pytest.fixture
def question_set(two_films: Path) -> QuestionSet:
    return load_native_text(two_films.read_text(encoding="utf-8"), str(two_films))


@pytest.fixture
def store_clock() -> FakeWallClock:
    return FakeWallClock()


@pytest.fixture
def store(tmp_path: Path, store_clock: FakeWallClock) -> Store:
    """The database the apps of a test use (opened separately by each app, same file)."""
    return Store.open(tmp_path / "data", now=store_clock)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_app(
    question_set: QuestionSet,
    store: Store,
    store_clock: FakeWallClock,
    clock: FakeClock,
    tmp_path: Path,
) -> MakeApp:
    def build(
        start: bool = True, export_dir: Path | None = None, **settings: object
    ) -> RecordingApp:
        config = GameConfig(**{"player": "tester", "seed": 7, "count": 4, **settings})  # type: ignore[arg-type]
        app = RecordingApp(
            question_set,
            config,
            open_store=lambda warn: Store.open(tmp_path / "data", now=store_clock, warn=warn),
            today=DAY,
            clock=clock,
            start=start,
            export_dir=export_dir if export_dir is not None else tmp_path / "exports",
        )
        app.animation_level = "none"
        return app

    return build
