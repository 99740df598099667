"""Builders for the app under test: the fixture set, a temporary store, a fake clock.

Every app here gets its store in ``tmp_path`` (never the real data dir), a fixed date, a
:class:`FakeClock` and animations off; the Input cursor does not blink, so snapshots are stable.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from textual.widgets import Input

from quiz.bank import QuestionSet, load_native_text
from quiz.game.clock import FakeClock
from quiz.game.setup import GameConfig
from quiz.store import Store
from quiz.tui.app import QuizApp

FIXTURE = Path(__file__).parent / "fixtures" / "two_films.json"
DAY = date(2026, 11, 25)

MakeApp = Callable[..., QuizApp]


class StoreClock:
    """Wall-clock stand-in for the store: a fixed start, one minute later per reading."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


@pytest.fixture(autouse=True)
def _steady_cursor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Input, "_toggle_cursor", lambda self: None)


@pytest.fixture
def question_set() -> QuestionSet:
    return load_native_text(FIXTURE.read_text(encoding="utf-8"), str(FIXTURE))


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store.open(tmp_path / "data", now=StoreClock())


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_app(question_set: QuestionSet, store: Store, clock: FakeClock, tmp_path: Path) -> MakeApp:
    def build(start: bool = True, export_dir: Path | None = None, **settings: object) -> QuizApp:
        config = GameConfig(**{"player": "tester", "seed": 7, "count": 4, **settings})  # type: ignore[arg-type]
        app = QuizApp(
            question_set,
            config,
            store=store,
            today=DAY,
            clock=clock,
            start=start,
            export_dir=export_dir if export_dir is not None else tmp_path / "exports",
        )
        app.animation_level = "none"
        return app

    return build
