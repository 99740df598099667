"""Running ``quiz serve`` for a test, and reading the game as a browser shows it.

:func:`running_server` starts the real command on a free loopback port and stops it with
Ctrl+C (SIGINT) afterwards. :class:`TerminalPage` follows a Playwright page: the bytes the
server sends over the websocket are exactly what xterm.js draws, so feeding them to a ``pyte``
screen of the same size gives the text on screen (xterm.js paints on a canvas, which has no
text to query). Clicks go to the pixel at the centre of a character cell.

Used by the browser tests and by ``tests/benchmarks/bench_serve.py``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlparse

from quiz.bank import Citation, Question, QuestionSet

if TYPE_CHECKING:
    from playwright.sync_api import Page, Request, Route, WebSocket

START_TIMEOUT = 20.0
CHROMIUM_NAMES = ("chromium", "chromium-browser")
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}


def chromium_path() -> str | None:
    """``$QUIZ_CHROMIUM``, else the system's ``chromium`` on the PATH."""
    explicit = os.environ.get("QUIZ_CHROMIUM")
    if explicit:
        return explicit if os.access(explicit, os.X_OK) else None
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def game_processes(marker: Path) -> list[int]:
    """Pids of running processes whose command line mentions ``marker`` (Linux ``/proc``)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if str(marker).encode() in cmdline and b"quiz" in cmdline:
            found.append(int(entry.name))
    return found


def free_port() -> int:
    """A port nothing listens on right now (on 127.0.0.1)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def three_question_set(path: Path) -> Path:
    """A set of three easy questions whose right answers read ``right-1`` … ``right-3``.

    The test can then see which option is right, as no real player could, and knows the
    score a perfect game earns: 100 + 125 + 150 (the streak multiplier) = 375.
    """
    questions = [
        Question(
            id=f"serve-test-{n}",
            type="multiple",
            category="cast",
            difficulty="easy",
            question=f"Test question number {n}?",
            correct_answer=f"right-{n}",
            incorrect_answers=(f"wrong-{n}-x", f"wrong-{n}-y", f"wrong-{n}-z"),
            explanation=f"Because of fact {n}.",
            source=Citation("seeds/test.txt", n, f"fact {n}"),
            film="Test Film",
        )
        for n in (1, 2, 3)
    ]
    path.write_text(QuestionSet(title="Serve test set", questions=questions).to_json())
    return path


@dataclass
class Served:
    """A running ``quiz serve``: its URL, its process and what it printed."""

    url: str
    process: subprocess.Popen[str]
    output: list[str] = field(default_factory=list)


@contextmanager
def running_server(
    sources: list[Path], data_dir: Path, *, port: int | None = None
) -> Iterator[Served]:
    """``quiz serve`` on 127.0.0.1, ready to accept a browser; stopped by SIGINT afterwards."""
    port = port or free_port()
    argv = [sys.executable, "-m", "quiz", "serve", "--port", str(port), "--data-dir"]
    argv += [str(data_dir), *map(str, sources)]
    env = {**os.environ, "TEXTUAL_ANIMATIONS": "none"}
    process = subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env
    )
    served = Served(url=f"http://127.0.0.1:{port}/", process=process)
    try:
        assert process.stdout is not None
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                raise RuntimeError(f"quiz serve ended early: {''.join(served.output)}")
            served.output.append(line)
            if line.startswith("Serving the quiz on "):
                break
        else:
            raise TimeoutError("quiz serve did not start")
        yield served
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            try:
                rest, _ = process.communicate(timeout=15)
                served.output.append(rest)
            except subprocess.TimeoutExpired:
                process.kill()
                process.communicate()


class TerminalPage:
    """A browser tab showing the game, with the terminal's text readable through ``pyte``."""

    def __init__(self, page: Page) -> None:
        import pyte

        self.page = page
        self.screen = pyte.Screen(80, 24)
        self._stream = pyte.ByteStream(self.screen)
        self.requests: list[str] = []
        """Every URL the page asked for (documents, scripts, fonts, websockets …)."""
        self.blocked: list[str] = []
        """Requests to anything but loopback: aborted, and listed here."""
        page.on("request", self._on_request)
        page.on("websocket", self._on_websocket)
        page.route("**/*", self._route)

    # -- network ----------------------------------------------------------------------------

    def _route(self, route: Route) -> None:
        if urlparse(route.request.url).hostname in LOOPBACK_HOSTS:
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def _on_request(self, request: Request) -> None:
        self.requests.append(request.url)

    def _on_websocket(self, websocket: WebSocket) -> None:
        self.requests.append(websocket.url)
        query = parse_qs(urlparse(websocket.url).query)
        self.screen.resize(int(query["height"][0]), int(query["width"][0]))
        websocket.on("framereceived", self._received)
        websocket.on("framesent", self._sent)

    def _received(self, payload: Any) -> None:
        if isinstance(payload, bytes):
            self._stream.feed(payload)

    def _sent(self, payload: Any) -> None:
        if isinstance(payload, str) and payload.startswith('["resize"'):
            size = json.loads(payload)[1]
            self.screen.resize(int(size["height"]), int(size["width"]))

    # -- reading ----------------------------------------------------------------------------

    def text(self) -> str:
        return "\n".join(line.rstrip() for line in self.screen.display)

    def wait_for(self, pattern: str, timeout: float = 15.0) -> re.Match[str]:
        """Wait until the screen matches the regular expression ``pattern``."""
        deadline = time.monotonic() + timeout
        while True:
            found = re.search(pattern, self.text())
            if found:
                return found
            if time.monotonic() > deadline:
                raise AssertionError(f"{pattern!r} never appeared; screen:\n{self.text()}")
            self.page.wait_for_timeout(20)  # lets Playwright deliver websocket frames

    def find(self, pattern: str) -> tuple[int, int]:
        """``(row, column)`` of the first match of ``pattern`` on screen."""
        for row, line in enumerate(self.screen.display):
            found = re.search(pattern, line)
            if found:
                return row, found.start()
        raise AssertionError(f"{pattern!r} is not on screen:\n{self.text()}")

    # -- acting -----------------------------------------------------------------------------

    def press(self, key: str) -> None:
        """Type ``key`` into the terminal (focused first, as a click into it would)."""
        self.page.focus(".xterm-helper-textarea")
        self.page.keyboard.press(key)

    def click_text(self, pattern: str) -> None:
        """Click the middle of the first character of ``pattern``'s match on screen."""
        row, column = self.find(pattern)
        box = self.page.locator(".xterm-screen").bounding_box()
        assert box is not None
        cell_width = box["width"] / self.screen.columns
        cell_height = box["height"] / self.screen.lines
        self.page.mouse.click(
            box["x"] + (column + 0.5) * cell_width, box["y"] + (row + 0.5) * cell_height
        )
