"""A one-line footer that shows the keys the question screen accepts right now.

Textual's ``Footer`` rebuilds its key widgets every time the bindings change, and in Textual
8.2.8 each rebuild leaves the old key widgets referenced (their watchers stay registered on the
footer). On the question screen the keys change twice per question, so over a long game that
grew to thousands of dead widgets and ever longer garbage-collection pauses right when the
player pressed a key. This bar is one widget that the screen re-renders (attributes down): no
widget churn, the same look, and clicks still work (a click posts :class:`KeyBar.Pressed`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import events
from textual.message import Message
from textual.widget import Widget


@dataclass(frozen=True)
class KeyHint:
    """One key as the bar shows it."""

    key: str
    """How the key is written (``f``, ``⏎``, ``^q``)."""
    description: str
    action: str
    """The action a click runs (in the screen's namespace, e.g. ``skip`` or ``app.quit``);
    empty for a hint that only explains keys (``1-4 Answer``: click an option instead)."""
    enabled: bool = True


class KeyBar(Widget):
    """Keys on the left, like Textual's footer; disabled keys are dimmed."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "keybar--key",
        "keybar--description",
        "keybar--disabled",
    }
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        width: 1fr;
        background: $footer-background;
        color: $footer-foreground;
        .keybar--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        .keybar--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        .keybar--disabled {
            text-style: dim;
        }
    }
    """

    class Pressed(Message):
        """A key in the bar was clicked."""

        def __init__(self, action: str) -> None:
            super().__init__()
            self.action = action

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._hints: tuple[KeyHint, ...] = ()
        self._spans: list[tuple[int, int, KeyHint]] = []

    def show(self, hints: Sequence[KeyHint]) -> None:
        """Replace the keys shown (cheap: one re-render, no new widgets)."""
        hints = tuple(hints)
        if hints != self._hints:
            self._hints = hints
            self.refresh()

    def render(self) -> Text:
        key_style = self.get_component_rich_style("keybar--key")
        description_style = self.get_component_rich_style("keybar--description")
        disabled_style = self.get_component_rich_style("keybar--disabled")
        text = Text(no_wrap=True, overflow="ellipsis")
        self._spans = []
        for hint in self._hints:
            start = text.cell_len
            extra = disabled_style if not hint.enabled else None
            text.append(f" {hint.key} ", key_style + extra if extra else key_style)
            text.append(
                f"{hint.description} ",
                description_style + extra if extra else description_style,
            )
            self._spans.append((start, text.cell_len, hint))
        return text

    def on_click(self, event: events.Click) -> None:
        for start, end, hint in self._spans:
            if start <= event.x < end:
                event.stop()
                if not hint.action:
                    return
                if hint.enabled:
                    self.post_message(self.Pressed(hint.action))
                else:
                    self.app.bell()
                return
