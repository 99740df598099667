"""Helpers for driving the app under Pilot: which key is right, what the screen shows.

Kept out of the test modules so that no test module imports another. Everything here reads
the app through Textual's public API (``query_one``, ``export_screenshot``).
"""

from __future__ import annotations

import html
import re
from collections import defaultdict

from textual.content import Content
from textual.widgets import Static

from quiz.tui.app import QuizApp
from quiz.tui.screens.question import QuestionScreen

KEYS = "abcd"
"""The answer keys, option by option."""


def text_of(app: QuizApp, selector: str) -> str:
    """The plain text a Static on the current screen shows."""
    visual = app.screen.query_one(selector, Static).visual
    assert isinstance(visual, Content)
    return visual.plain


def showing_feedback(app: QuizApp) -> bool:
    return isinstance(app.screen, QuestionScreen) and app.screen.showing_feedback


def question_screen(app: QuizApp) -> QuestionScreen:
    assert isinstance(app.screen, QuestionScreen), type(app.screen).__name__
    return app.screen


def right_key(app: QuizApp) -> str:
    current = question_screen(app).session.current
    assert current is not None
    return KEYS[current.correct_index]


def wrong_key(app: QuizApp) -> str:
    current = question_screen(app).session.current
    assert current is not None
    wrong = next(
        i
        for i in range(len(current.options))
        if i != current.correct_index and i not in current.removed
    )
    return KEYS[wrong]


_TEXT_RUN = re.compile(
    r'<text [^>]*?x="(?P<x>[\d.]+)"[^>]*?textLength="(?P<width>[\d.]+)"'
    r'[^>]*?clip-path="url\(#[\w-]+-line-(?P<line>\d+)\)"[^>]*>(?P<text>.*?)</text>'
)


def screen_text(app: QuizApp) -> str:
    """What the terminal shows, as plain text lines (read from the app's SVG screenshot)."""
    lines: dict[int, dict[int, str]] = defaultdict(dict)
    cell = 0.0
    runs = list(_TEXT_RUN.finditer(app.export_screenshot()))
    for run in runs:
        text = html.unescape(run["text"])
        if text and text.isascii() and not cell:
            cell = float(run["width"]) / len(text)
    for run in runs:
        column = round(float(run["x"]) / cell)
        for offset, char in enumerate(html.unescape(run["text"]).replace("\xa0", " ")):
            lines[int(run["line"])][column + offset] = char
    return "\n".join(
        "".join(row.get(c, " ") for c in range(max(row) + 1)) if row else ""
        for row in (lines[n] for n in range(max(lines, default=-1) + 1))
    )
