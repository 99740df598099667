"""The answer options: an OptionList, so arrows + Enter and mouse clicks work out of the box.

Number and letter keys are bound on the question screen; all three ways of answering end in
the same :class:`~textual.widgets.OptionList.OptionSelected` message, so there is one code path
from "the player chose" to the engine.
"""

from __future__ import annotations

from textual.widgets import OptionList
from textual.widgets.option_list import Option

from quiz.game.session import Round
from quiz.tui.text import option_line


class AnswerList(OptionList):
    """Options labelled A–D; options taken away by 50:50 stay in place but cannot be chosen."""

    def __init__(self, *, id: str | None = None) -> None:
        # markup=False: option text comes from articles and must never be read as markup.
        super().__init__(markup=False, id=id)

    def show_round(self, round_: Round, *, keep_highlight: bool = False) -> None:
        """Replace the options by those of ``round_``.

        A new question starts with nothing highlighted, so Enter alone cannot answer it: the
        Enter that leaves the feedback (or a second, bouncing one) must never also pick an
        option. The player picks with 1-4/A-D, a click, or an arrow key first (the first
        arrow highlights an option; Enter then confirms it). After 50:50 the highlight stays
        where it was unless that option was just removed.
        """
        previous = self.highlighted
        self.set_options(
            Option(
                option_line(round_, index),
                id=f"option-{index}",
                disabled=index in round_.removed,
            )
            for index in range(len(round_.options))
        )
        live = [i for i in range(len(round_.options)) if i not in round_.removed]
        if keep_highlight and previous is not None and previous in live:
            self.highlighted = previous
        else:
            self.highlighted = None
