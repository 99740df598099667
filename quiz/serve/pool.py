"""One game process started ahead of the next browser tab, so a tab does not wait for it.

Starting the game (Python, Textual, the question bank, the first screen) is most of the time
between opening the page and seeing the quiz. textual-serve starts it only when the page's
websocket connects; the pool starts it before that: the first one while the server itself is
still starting (the two overlap), and each next one as soon as a tab takes the current one.
A tab then gets a game that is already running and only has to be told its size.

The environment is the one textual-serve 1.1.3 gives its processes
(``AppService._build_environment``: Textual's web driver, 60 fps, truecolor); the size starts at
80×24 and the tab sends its real size when it connects. This module imports no web code, so
:mod:`quiz.commands.serve` can start the first process before importing aiohttp.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
from asyncio.subprocess import PIPE, Process
from collections.abc import Sequence
from importlib.metadata import version
from pathlib import Path

MAX_SPARE_AGE_SECONDS = 600.0
"""A spare older than this is replaced, not handed out: a game reads the date (the daily
challenge) and the last player's name when it starts, and those should not be stale."""

STOP_GRACE_SECONDS = 5.0
"""How long games get to exit after SIGTERM when the server stops, before they are killed."""


def play_argv(sources: Sequence[Path], data_dir: Path, python: str = sys.executable) -> list[str]:
    """The command each browser tab runs: the game on ``sources``, scores in ``data_dir``.

    Paths are made absolute, so the command means the same wherever the server spawns it;
    ``python -m quiz`` avoids depending on which ``quiz`` is on the PATH.
    """
    argv = [python, "-m", "quiz", "play", "--data-dir", str(data_dir.resolve())]
    return argv + [str(source.resolve()) for source in sources]


def game_environment(width: int = 80, height: int = 24) -> dict[str, str]:
    """What textual-serve puts in a served app's environment (see the module docstring)."""
    return {
        **os.environ,
        "TEXTUAL_DRIVER": "textual.drivers.web_driver:WebDriver",
        "TEXTUAL_FPS": "60",
        "TEXTUAL_COLOR_SYSTEM": "truecolor",
        "TERM_PROGRAM": "textual",
        "TERM_PROGRAM_VERSION": version("textual-serve"),
        "COLUMNS": str(width),
        "ROWS": str(height),
    }


class WarmPool:
    """Keeps one game process (``argv``) started and waiting for the next tab.

    It also remembers every game it handed out, so that stopping the server stops them all:
    textual-serve stops a tab's game when the tab closes, but not always when the server is
    interrupted with tabs still open, and such a game would outlive the server.
    """

    def __init__(self, argv: Sequence[str]) -> None:
        self.argv = list(argv)
        self._next: asyncio.Task[Process] | None = None
        self._handed_out: list[Process] = []
        self._born: dict[int, float] = {}
        """Process id → loop time it was started."""
        self._retiring: set[asyncio.Task[None]] = set()
        self._closed = False

    async def _spawn(self) -> Process:
        process = await asyncio.create_subprocess_exec(
            *self.argv, stdin=PIPE, stdout=PIPE, stderr=PIPE, env=game_environment()
        )
        self._born[process.pid] = asyncio.get_running_loop().time()
        return process

    def _stale(self, process: Process) -> bool:
        born = self._born.get(process.pid)
        now = asyncio.get_running_loop().time()
        return born is not None and now - born > MAX_SPARE_AGE_SECONDS

    async def _retire(self, process: Process) -> None:
        """SIGTERM (Textual's web driver then exits the app); SIGKILL after a grace period."""
        with contextlib.suppress(ProcessLookupError):
            process.terminate()
        try:
            await asyncio.wait_for(process.wait(), STOP_GRACE_SECONDS)
        except TimeoutError:
            with contextlib.suppress(ProcessLookupError):
                process.kill()
            await process.wait()

    def fill(self) -> None:
        """Start the next spare game (needs a running or current event loop)."""
        if not self._closed and self._next is None:
            self._next = asyncio.ensure_future(self._spawn())

    async def prime(self) -> None:
        """Start the first spare game and return once its process exists (not consumed)."""
        self.fill()
        if self._next is not None:
            with contextlib.suppress(OSError):
                await asyncio.shield(self._next)

    async def take(self) -> Process:
        """A running game for a new tab (the spare if it is alive), and start the next spare."""
        pending, self._next = self._next, None
        process: Process | None = None
        if pending is not None:
            try:
                process = await pending
            except OSError:
                process = None
        if process is not None and process.returncode is None and self._stale(process):
            retiring = asyncio.ensure_future(self._retire(process))  # in the background
            self._retiring.add(retiring)
            retiring.add_done_callback(self._retiring.discard)
            process = None
        if process is None or process.returncode is not None:
            process = await self._spawn()
        self._born.pop(process.pid, None)
        self._handed_out = [p for p in self._handed_out if p.returncode is None]
        self._handed_out.append(process)
        self.fill()
        return process

    async def close(self) -> None:
        """Stop the spare and every game handed out that is still running."""
        self._closed = True
        processes = list(self._handed_out)
        pending, self._next = self._next, None
        if pending is not None:
            with contextlib.suppress(OSError, asyncio.CancelledError):
                processes.append(await pending)
        running = [p for p in processes if p.returncode is None]
        await asyncio.gather(*(self._retire(p) for p in running), *self._retiring)
