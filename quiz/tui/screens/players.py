"""The player picker (start screen, F4): pick an existing player, add a new one, rename one.

The dialog only collects the choice and dismisses with a :class:`PlayerChoice`; the app
renames in the store and fills the start screen's Player field.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from quiz.tui.styles import style
from quiz.tui.text import plain


@dataclass(frozen=True)
class PlayerChoice:
    """Play as ``name``; ``renamed_from`` is set when the player renamed an existing one."""

    name: str
    renamed_from: str | None = None


class PlayersScreen(ModalScreen[PlayerChoice | None]):
    """Existing players (↑ ↓, Enter picks), N for a new one, R renames; Esc closes."""

    CSS_PATH = style("players")

    BINDING_GROUP_TITLE = "Players"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close"),
        Binding("n", "new", "New player"),
        Binding("r", "rename", "Rename"),
    ]

    def __init__(self, players: Sequence[str], *, current: str) -> None:
        super().__init__()
        self.players = list(players)
        self.current = current
        self.renaming: str | None = None
        """The player being renamed while the name field is open for a rename."""

    def compose(self) -> ComposeResult:
        with Vertical(id="players-dialog"):
            yield Static(plain("Who plays?", "bold"), id="players-title")
            if self.players:
                yield OptionList(
                    *(Option(name, id=f"p{i}") for i, name in enumerate(self.players)),
                    id="players-list",
                    compact=True,
                )
            else:
                yield Static(plain("No players yet.", "italic"), id="players-empty")
            yield Input(placeholder="Name", id="players-name", max_length=40)
            yield Static(
                plain("Enter: play as · N: new player · R: rename · Esc: close", "dim"),
                id="players-hint",
            )

    def on_mount(self) -> None:
        name_field = self.query_one("#players-name", Input)
        name_field.display = False
        if self.players:
            options = self.query_one("#players-list", OptionList)
            options.highlighted = (
                self.players.index(self.current) if self.current in self.players else 0
            )
            options.focus()
        else:
            self.action_new()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Letters are typed into the name field while it is open, not taken as keys."""
        typing_a_name = self.query_one("#players-name", Input).display
        return not (action in ("new", "rename") and typing_a_name)

    def _highlighted(self) -> str | None:
        if not self.players:
            return None
        index = self.query_one("#players-list", OptionList).highlighted
        return None if index is None else self.players[index]

    def action_new(self) -> None:
        self.renaming = None
        self._open_name("", "New player's name, then Enter")

    def action_rename(self) -> None:
        name = self._highlighted()
        if name is None:
            return
        self.renaming = name
        self._open_name(name, f"New name for {name}, then Enter")

    def _open_name(self, value: str, placeholder: str) -> None:
        field = self.query_one("#players-name", Input)
        field.value = value
        field.placeholder = placeholder
        field.display = True
        field.focus()

    @on(OptionList.OptionSelected, "#players-list")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(PlayerChoice(self.players[event.option_index]))

    @on(Input.Submitted, "#players-name")
    def _named(self, event: Input.Submitted) -> None:
        event.stop()
        name = event.value.strip()
        if not name:
            self.app.bell()
            return
        self.dismiss(PlayerChoice(name, renamed_from=self.renaming))

    def action_close(self) -> None:
        self.dismiss(None)
