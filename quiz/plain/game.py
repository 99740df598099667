"""The line-mode game loop: print a question, read a line, tell the engine, print the verdict.

The loop owns no rule: the :class:`~quiz.game.session.Session` decides what is right, what a
lifeline may do, when time has run out and when the game is over, exactly as it does for the
full-screen game, so scores from both front ends are the same scores. Reading and writing are
injected (a ``read(prompt)`` that returns ``None`` at end of input, and a ``write(text)``), so
tests script whole games without a terminal and a fake clock makes timed games exact.

A line that is not a move is never fatal: the player is told what would work and asked again.
End of input, ``q`` and Ctrl+C all stop the game between answers; every answer already given
has been recorded by then (the session reports each one to the store as it happens).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from quiz.game.session import KEY_LABELS, AnswerRecord, Round, Session
from quiz.plain import render

Ending = Literal["finished", "quit", "eof", "interrupted"]
"""How a game stopped: played to its end, ``q``, end of input, or Ctrl+C."""

ReadLine = Callable[[str], str | None]
"""Show a prompt and return the next input line (without its newline), ``None`` at its end."""

Write = Callable[[str], None]
"""Print one block of text (a newline is added)."""

MoveKind = Literal["answer", "skip", "fifty", "quit"]

FIFTY_KEYS = frozenset({"5", "50", "50:50", "f"})
"""``5`` is the line-mode key for 50:50; ``f`` (the full-screen key) works too."""


@dataclass(frozen=True)
class Move:
    """What an input line asks for; ``index`` is the option position for an answer."""

    kind: MoveKind
    index: int = -1


def parse_move(text: str, option_count: int) -> Move | None:
    """Read ``1``-``4``, ``A``-``D`` (any case), ``s``, ``5``/``f`` or ``q``; else ``None``."""
    key = text.strip().casefold()
    if key in ("q", "quit"):
        return Move("quit")
    if key in ("s", "skip"):
        return Move("skip")
    if key in FIFTY_KEYS and not (key.isdigit() and int(key) <= option_count):
        return Move("fifty")
    if key.isdigit() and 1 <= int(key) <= option_count:
        return Move("answer", int(key) - 1)
    letters = KEY_LABELS[:option_count].casefold()
    if len(key) == 1 and key in letters:
        return Move("answer", letters.index(key))
    return None


class PlainGame:
    """One game played line by line on ``session``."""

    def __init__(self, session: Session, *, read: ReadLine, write: Write, set_title: str) -> None:
        self.session = session
        self.read = read
        self.write = write
        self.set_title = set_title

    def play(self) -> Ending:
        """Deal every question until the game is over or the player stops."""
        session = self.session
        try:
            while not session.is_over:
                round_ = session.next_question()
                self.write("")
                self.write(render.question_text(round_, session, set_title=self.set_title))
                outcome = self._ask()
                if isinstance(outcome, str):
                    return outcome
                self.write(render.feedback(outcome, session))
        except KeyboardInterrupt:
            return "interrupted"
        return "finished"

    def _ask(self) -> AnswerRecord | Ending:
        """Read lines until one is a move the rules allow; return its record (or the ending)."""
        session = self.session
        while True:
            round_ = self._current()
            line = self.read(render.prompt(round_, session))
            if line is None:
                return "eof"
            move = parse_move(line, len(round_.options))
            if move is not None and move.kind == "quit":
                return "quit"
            if session.timed_out():
                # Whatever the line was, it came too late: the engine records a timeout.
                return session.time_out()
            if move is None:
                self.write(self._hint(round_))
            elif move.kind == "skip":
                if session.can_skip:
                    return session.skip()
                self.write("Skip was already used in this game.")
            elif move.kind == "fifty":
                problem = self._fifty_problem(round_)
                if problem is None:
                    self.write("\n".join(render.option_lines(session.fifty_fifty())))
                else:
                    self.write(problem)
            elif move.index in round_.removed:
                self.write(f"Option {move.index + 1} was removed by 50:50; choose another.")
            else:
                return session.answer(move.index)

    def _current(self) -> Round:
        current = self.session.current
        assert current is not None  # _ask runs only while a question waits for its answer
        return current

    def _fifty_problem(self, round_: Round) -> str | None:
        """Why 50:50 cannot be used now, or ``None`` when it can."""
        if self.session.fifty_fifty_used:
            return "50:50 was already used in this game."
        if len(round_.options) <= 2:
            return "50:50 does not work on a true/false question."
        return None

    def _hint(self, round_: Round) -> str:
        count = len(round_.options)
        return (
            f"Please answer with a number from 1 to {count} or a letter from A to "
            f"{KEY_LABELS[count - 1]}; s skips, 5 is 50:50, q quits."
        )
