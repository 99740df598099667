"""Errors that reach the user, and the exit code each one maps to.

The hierarchy mirrors the exit codes of the CLI contract (docs/ARCHITECTURE.md)::

    QuizError                 anything we report as one line on stderr
    ├── UnreadableInput       exit 2: missing file, directory, not UTF-8, not JSON, no structure
    ├── UsageProblem          exit 2: options that cannot work together
    └── InvalidInput          exit 1: the input was read but breaks the rules (lists every problem)

Each error knows where it applies (path, line, column) so the message can name the file and
line. The CLI turns them into ``quiz: path:line:col: message`` and the matching exit code; no
traceback ever reaches the user.
"""

from __future__ import annotations

from collections.abc import Sequence


class QuizError(Exception):
    """Base class: a problem we explain to the user in one line."""

    exit_code = 2

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column

    def where(self) -> str:
        """``path:line:col`` (as much of it as is known), or an empty string."""
        parts: list[str] = []
        if self.path is not None:
            parts.append(self.path)
            if self.line is not None:
                parts.append(str(self.line))
                if self.column is not None:
                    parts.append(str(self.column))
        return ":".join(parts)

    def __str__(self) -> str:
        where = self.where()
        return f"{where}: {self.message}" if where else self.message


class UnreadableInput(QuizError):
    """The input could not be read at all (exit code 2)."""

    exit_code = 2


class UsageProblem(QuizError):
    """The command was asked for something it cannot do (exit code 2)."""

    exit_code = 2


class InvalidInput(QuizError):
    """The input was read but is invalid; ``problems`` lists every one (exit code 1)."""

    exit_code = 1

    def __init__(
        self,
        message: str,
        problems: Sequence[str] = (),
        *,
        path: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        super().__init__(message, path=path, line=line, column=column)
        self.problems = list(problems)
