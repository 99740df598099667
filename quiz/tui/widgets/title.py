"""The one-line title bar at the top of every screen: ``Film quiz · Classic · Set title``.

Textual's ``Header`` would do, but it reads the set's title as markup, registers watchers on the
app that outlive it, and its icon glyph makes the first frame load Rich's Unicode width table;
a plain Static with :func:`~quiz.tui.text.plain` content avoids all three.
"""

from __future__ import annotations

from textual.widgets import Static

from quiz.tui.text import plain


class TitleBar(Static):
    """App title and what the screen is about."""

    DEFAULT_CSS = """
    TitleBar {
        dock: top;
        width: 1fr;
        height: 1;
        content-align: center middle;
        background: $panel;
        color: $foreground;
    }
    """

    def __init__(self, title: str, subtitle: str = "") -> None:
        text = f"{title} · {subtitle}" if subtitle else title
        super().__init__(plain(text), id="title-bar")
