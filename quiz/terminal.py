"""Can a full-screen app run here? (Otherwise ``quiz play`` falls back to plain text.)

A Textual app needs a terminal at both ends: keys come from stdin, the screen goes to stdout,
and the terminal must understand cursor movement. Piped input (``printf '1\\n2\\n' | quiz``),
output captured by a script, or ``TERM=dumb`` (Emacs shell, some screen readers and CI logs)
break one of those, and the full-screen app would hang or print escape codes. This module only
answers the question, in words a player understands; it imports nothing heavy.

The exception is ``TEXTUAL_DRIVER``: ``quiz serve`` runs each browser tab's game as a child
process whose stdin and stdout are pipes to the web server, with that variable naming Textual's
web driver. The pipes are the terminal then, so such a process always gets the full-screen app.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import Protocol


class _Stream(Protocol):
    def isatty(self) -> bool: ...


def full_screen_unavailable(
    environ: Mapping[str, str] | None = None,
    stdin: _Stream | None = None,
    stdout: _Stream | None = None,
) -> str | None:
    """Why a full-screen app cannot run here (one short phrase), or ``None`` when it can.

    Defaults are the real environment and standard streams; tests pass their own.
    """
    env = os.environ if environ is None else environ
    if env.get("TEXTUAL_DRIVER"):
        return None
    if env.get("TERM", "").strip().casefold() == "dumb":
        return "TERM=dumb cannot show a full-screen app"
    if not _is_tty(sys.stdin if stdin is None else stdin):
        return "input is not a terminal"
    if not _is_tty(sys.stdout if stdout is None else stdout):
        return "output is not a terminal"
    return None


def _is_tty(stream: _Stream | None) -> bool:
    """``isatty()``, treating a missing or closed stream as "not a terminal"."""
    if stream is None:
        return False
    try:
        return bool(stream.isatty())
    except (ValueError, OSError):  # closed or detached
        return False
