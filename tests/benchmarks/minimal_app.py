"""The baseline for the start-up budget: the smallest useful Textual app.

It shows one line of text (and a footer, like the quiz) and nothing else. ``bench_startup.py``
starts it exactly as it starts ``quiz play --start`` and waits for its text to appear.
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Footer, Static

MARKER = "MINIMAL-APP-READY"


class MinimalApp(App[None]):
    def compose(self) -> ComposeResult:
        yield Static(MARKER)
        yield Footer()


if __name__ == "__main__":
    MinimalApp().run()
