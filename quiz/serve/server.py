"""The web server behind ``quiz serve``: textual-serve, made offline and host-agnostic.

textual-serve runs one process per browser tab (here ``python -m quiz play …``) with
Textual's web driver and relays its screen and keys over a websocket; the page draws it with
xterm.js. :class:`QuizServer` changes four things about its stock behaviour:

* **Offline.** The stock page asks Google Fonts for Roboto Mono. Ours
  (``templates/app_index.html``) loads that font from the files textual-serve already ships in
  its static folder, so opening the game makes no request beyond the machine serving it.
* **Any address works.** The stock page builds every URL (scripts, websocket) from the
  ``host:port`` the server was started with, which breaks for ``--host 0.0.0.0`` (the browser
  on another machine cannot reach ``0.0.0.0``). Ours builds them from the address the browser
  actually used.
* **Fast.** A tab gets a game that was started before it connected (:mod:`.pool`), rather
  than waiting for Python and Textual to start.
* **Quiet.** One line says where to point the browser; no banner, no line per request.

textual-serve is pinned exactly in ``pyproject.toml`` because the page template must match the
``textual.js`` it loads.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import shlex
import signal
import sys
from asyncio.subprocess import Process
from pathlib import Path
from typing import Any

import aiohttp_jinja2
from aiohttp import WSCloseCode, web
from textual_serve.app_service import AppService
from textual_serve.server import Server, to_int

from quiz.serve.hosts import where
from quiz.serve.pool import WarmPool

log = logging.getLogger("quiz.serve")

TEMPLATES = Path(__file__).resolve().parent / "templates"
"""Our page template (``app_index.html``); the static files stay textual-serve's own."""

TITLE = "Film quiz"
SHUTDOWN_TIMEOUT = 10.0
"""Seconds Ctrl+C waits for open connections to finish (aiohttp's default is 60)."""
DEFAULT_FONT_SIZE = 16


class PooledAppService(AppService):
    """textual-serve's per-tab service, taking its game process from the :class:`WarmPool`."""

    def __init__(self, command: str, *, pool: WarmPool, **kwargs: Any) -> None:
        super().__init__(command, **kwargs)
        self._pool = pool

    async def _open_app_process(self, width: int = 80, height: int = 24) -> Process:
        self._process = process = await self._pool.take()
        assert process.stdin is not None
        self._stdin = process.stdin
        return process

    async def start(self, width: int, height: int) -> None:
        await super().start(width, height)
        await self.set_terminal_size(width, height)  # the game started at 80×24


class QuizServer(Server):
    """textual-serve's server with our offline page, a warm game per tab and quiet logging."""

    def __init__(self, pool: WarmPool, *, host: str, port: int) -> None:
        command = shlex.join(pool.argv)
        super().__init__(command, host=host, port=port, title=TITLE, templates_path=TEMPLATES)
        self.pool = pool
        self._websockets: set[web.WebSocketResponse] = set()

    async def _make_app(self) -> web.Application:
        app = await super()._make_app()
        app.on_shutdown.append(self._stop_games)
        return app

    async def _stop_games(self, app: web.Application) -> None:
        """On Ctrl+C: close every tab's connection (its game is told to quit, as when a tab
        closes), then stop whatever game is still running. Without this, aiohttp would wait
        up to a minute for the open tabs, and their games could outlive the server."""
        for websocket in list(self._websockets):
            await websocket.close(code=WSCloseCode.GOING_AWAY, message=b"quiz serve stopped")
        await self.pool.close()

    def initialize_logging(self) -> None:
        """Warnings and errors only (the stock setup logs every request)."""
        logging.basicConfig(level=logging.WARNING, format="quiz serve: %(message)s")

    async def on_startup(self, app: web.Application) -> None:
        """Nothing (the stock server prints a banner here, before it even listens)."""

    def _ready(self, *_: object) -> None:
        """Say where to point a browser, once the server really accepts connections."""
        address = where(self.host, self.port)
        print(f"Serving the quiz on {address}  (each browser tab is its own game; Ctrl+C stops)")
        sys.stdout.flush()

    def serve(self, debug: bool = False, *, loop: asyncio.AbstractEventLoop | None = None) -> None:
        """Serve until Ctrl+C (SIGINT) or SIGTERM, then stop every tab's game and return.

        The stock method, except that it runs on ``loop`` (the one the pool's first game was
        started on) and that the "serving on" line is printed by aiohttp's ``print`` hook,
        which runs after the socket listens (tests and scripts wait for that line). Failing to
        listen raises :class:`OSError`.
        """
        self.debug = debug
        self.initialize_logging()
        if loop is None:
            loop = asyncio.new_event_loop()
            asyncio.set_event_loop(loop)
        with contextlib.suppress(NotImplementedError):  # no signal handlers on Windows
            loop.add_signal_handler(signal.SIGINT, self.request_exit)
            loop.add_signal_handler(signal.SIGTERM, self.request_exit)
        web.run_app(
            self._make_app(),
            host=self.host,
            port=self.port,
            handle_signals=False,
            loop=loop,
            print=self._ready,
            shutdown_timeout=SHUTDOWN_TIMEOUT,
        )

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        """The stock handler (textual-serve 1.1.3), with a pooled service per tab."""
        websocket = web.WebSocketResponse(heartbeat=15)
        width = to_int(request.query.get("width", "80"), 80)
        height = to_int(request.query.get("height", "24"), 24)
        app_service: PooledAppService | None = None
        try:
            await websocket.prepare(request)
            self._websockets.add(websocket)
            app_service = PooledAppService(
                self.command,
                pool=self.pool,
                write_bytes=websocket.send_bytes,
                write_str=websocket.send_str,
                close=websocket.close,
                download_manager=self.download_manager,
                debug=self.debug,
            )
            await app_service.start(width, height)
            try:
                await self._process_messages(websocket, app_service)
            finally:
                await app_service.stop()
        except asyncio.CancelledError:
            await websocket.close()
        except Exception as error:
            log.exception(error)
        finally:
            self._websockets.discard(websocket)
            if app_service is not None:
                await app_service.stop()
        return websocket

    @aiohttp_jinja2.template("app_index.html")
    async def handle_index(self, request: web.Request) -> dict[str, Any]:
        """The page, with every URL built from the address the browser used."""
        origin = f"{request.scheme}://{request.host}"
        router = request.app.router
        static = str(router["static"].url_for(filename="/")).rstrip("/") + "/"
        websocket = str(router["websocket"].url_for())
        ws_scheme = "wss" if request.scheme == "https" else "ws"
        try:
            font_size = int(request.query.get("fontsize", DEFAULT_FONT_SIZE))
        except ValueError:
            font_size = DEFAULT_FONT_SIZE
        return {
            "font_size": font_size,
            "app_websocket_url": f"{ws_scheme}://{request.host}{websocket}",
            "config": {"static": {"url": f"{origin}{static}"}},
            "application": {"name": self.title},
        }
