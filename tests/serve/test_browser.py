"""``quiz serve`` in a real Chromium: a whole game by keys and clicks, offline, two tabs at once.

Skipped cleanly without Chromium (see ``conftest.py``); ``.ci/run`` installs it and runs these.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlparse

import pytest

from quiz.store import DB_NAME

from .helpers import TerminalPage, game_processes, running_server, three_question_set

if TYPE_CHECKING:
    from playwright.sync_api import Browser, ViewportSize

pytestmark = pytest.mark.browser

VIEWPORT: ViewportSize = {"width": 1100, "height": 720}


def sessions(data_dir: Path) -> list[tuple[int, int, str | None]]:
    with sqlite3.connect(data_dir / DB_NAME) as conn:
        return list(conn.execute("SELECT score, asked, finished_at FROM sessions ORDER BY id"))


def start_game(tab: TerminalPage, url: str) -> None:
    tab.page.goto(url)
    tab.wait_for(r"Start \(Enter\)")
    tab.press("Enter")


def right_option(tab: TerminalPage, position: int) -> tuple[str, str]:
    """The key letter and text of the right option of the ``position``-th question.

    Questions come in a random order; the test set names question N's right answer
    ``right-N``, so the stem on screen says which option is right. Waiting for the progress
    line, the stem *and* its matching option also waits for the whole question to be drawn.
    """
    found = tab.wait_for(
        rf"{position} / 3(?s:.*)Test question number (\d)\?(?s:.*)\b([A-D]) +(right-\1)\b"
    )
    return found.group(2), found.group(3)


def test_a_whole_game_in_chromium_by_keys_and_clicks_without_leaving_loopback(
    browser: Browser, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    source = three_question_set(tmp_path / "three.json")
    with running_server([source], data) as served:
        page = browser.new_page(viewport=VIEWPORT)
        tab = TerminalPage(page)
        start_game(tab, served.url)

        tab.press(right_option(tab, 1)[0].lower())  # question 1: a letter key
        tab.wait_for(r"Right!")
        tab.press("Enter")

        tab.click_text(right_option(tab, 2)[1])  # question 2: a click on the option
        tab.wait_for(r"Right!")
        tab.click_text(r"Continue")  # the key bar is clickable too

        tab.press(str("ABCD".index(right_option(tab, 3)[0]) + 1))  # question 3: a number key
        tab.wait_for(r"Right!")
        tab.press("Enter")

        tab.wait_for(r"Score 375")
        tab.wait_for(r"Right 3(?: of |/)3 \(100%\)")
        tab.wait_for(r"Rank #1 of 1 classic game")
        shot = tmp_path / "serve-results.png"
        page.screenshot(path=str(shot))
        page.close()

    assert shot.stat().st_size > 10_000
    if os.environ.get("QUIZ_SCREENSHOT_DIR"):
        shutil.copy(shot, Path(os.environ["QUIZ_SCREENSHOT_DIR"]) / shot.name)
    assert sessions(data) == [(375, 3, sessions(data)[0][2])] and sessions(data)[0][2]
    # Offline: nothing but loopback was asked for, the font included.
    assert tab.blocked == []
    assert {urlparse(url).hostname for url in tab.requests} == {"127.0.0.1"}
    assert any("/static/fonts/RobotoMono" in url for url in tab.requests)
    assert any(url.startswith("ws://127.0.0.1:") for url in tab.requests)
    # Ctrl+C stopped the server cleanly.
    assert served.process.returncode == 0
    assert game_processes(data) == []
    output = "".join(served.output)
    assert "quiz serve: stopped" in output and "Traceback" not in output


def test_two_tabs_play_two_games_at_once(browser: Browser, tmp_path: Path) -> None:
    data = tmp_path / "data"
    source = three_question_set(tmp_path / "three.json")
    with running_server([source], data) as served:
        context = browser.new_context(viewport=VIEWPORT)
        first, second = TerminalPage(context.new_page()), TerminalPage(context.new_page())
        start_game(first, served.url)
        start_game(second, served.url)
        wrong = next(k for k in "ABCD" if k != right_option(first, 1)[0])
        first.press(wrong.lower())
        second.press(right_option(second, 1)[0].lower())
        first.wait_for(r"Wrong\.")
        second.wait_for(r"Right!")
    # Ctrl+C came with both tabs still open: the server stopped both games before exiting.
    assert served.process.returncode == 0
    assert game_processes(data) == []
    context.close()
    rows = sessions(data)
    assert len(rows) == 2
    assert sorted(score for score, _, _ in rows) == [0, 100]
    assert all(asked == 1 for _, asked, _ in rows)
