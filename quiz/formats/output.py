"""Where ``quiz export``/``quiz import`` put their bytes: a file (atomically) or stdout.

One rule set for both commands: ``-o FILE`` writes through :func:`quiz.fileio.write_atomic`
(a failure leaves no partial file), ``-o -`` writes to stdout, and binary data (xlsx, apkg)
is never poured onto a terminal, where it would only garble the screen.
"""

from __future__ import annotations

import sys
from pathlib import Path

from quiz.errors import QuizError, UsageProblem
from quiz.fileio import write_atomic

STDOUT = "-"


def stdout_is_terminal() -> bool:
    """True when stdout is an interactive terminal (tests replace this)."""
    return sys.stdout.isatty()


def refuse_binary_terminal(what: str) -> None:
    """Stop before writing binary ``what`` data to a terminal (exit 2)."""
    if stdout_is_terminal():
        raise UsageProblem(
            f"refusing to write binary {what} data to a terminal: "
            "redirect stdout (> file) or give -o FILE"
        )


def write_stdout(data: bytes) -> None:
    """Write raw bytes to stdout (UTF-8 text is passed as bytes too: no re-encoding)."""
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def write_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, as one clear error if that is impossible."""
    if path.is_dir():
        raise QuizError("is a directory; give a file name", path=str(path))
    try:
        write_atomic(path, data)
    except OSError as exc:
        raise QuizError(f"cannot write file ({exc.strerror or exc})", path=str(path)) from exc
