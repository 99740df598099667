"""``quiz serve [SOURCE…]``: the game in a web browser, each tab its own game.

Everything that can fail is checked before the server starts, with one line and exit code 2:
unreadable sources (rather than failing in every tab), an unknown host, a port already in use.
The score store is opened once here too, so its warnings (a damaged file moved aside, a folder
that cannot be written) are printed once, not hidden in each tab's process.

Binding to anything but loopback prints a warning: whoever can reach this machine can then
play, and nothing asks them for a password. This module imports no web code until the checks
have passed and the first tab's game is starting (the two then boot side by side), so
``quiz --help`` stays light and the first tab waits less.
"""

from __future__ import annotations

import errno
import socket
from pathlib import Path

import click

from quiz.errors import UsageProblem
from quiz.store import ENV_DATA_DIR, Store, resolve_data_dir

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def _warn(message: str) -> None:
    click.echo(f"quiz: warning: {message}", err=True)


def check_port(host: str, port: int) -> None:
    """Raise :class:`UsageProblem` unless a server could listen on ``host:port`` right now."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    except (socket.gaierror, UnicodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise UsageProblem(f"cannot serve on host {host!r}: {reason}") from None
    with socket.socket(family, kind, proto) as probe:
        # The server itself sets SO_REUSEADDR; so does the probe, so a port left in TIME_WAIT
        # by a previous run is not reported as busy, while one being listened on still is.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as error:
            if error.errno == errno.EADDRINUSE:
                raise UsageProblem(
                    f"port {port} on {host} is already in use; choose another with --port"
                ) from None
            raise UsageProblem(
                f"cannot listen on {host}:{port}: {error.strerror or error}"
            ) from None


@click.command("serve")
@click.argument("sources", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--host",
    default=DEFAULT_HOST,
    show_default=True,
    help="Address to listen on. Only this machine can connect to the default; "
    "0.0.0.0 lets anyone on the network play.",
)
@click.option(
    "--port",
    type=click.IntRange(1, 65535),
    default=DEFAULT_PORT,
    show_default=True,
    help="Port to listen on.",
)
@click.option(
    "--data-dir",
    type=click.Path(path_type=Path, file_okay=False),
    help=f"Where scores are kept (default: ${ENV_DATA_DIR} or the user data folder).",
)
def serve(sources: tuple[Path, ...], host: str, port: int, data_dir: Path | None) -> None:
    """Play in a web browser: serve the quiz on SOURCE… at http://HOST:PORT.

    Each browser tab is its own game; all of them keep their scores in the same store.
    Nothing is fetched from the internet. Ctrl+C stops the server.
    """
    import asyncio

    from quiz.serve.hosts import is_loopback
    from quiz.serve.pool import WarmPool, play_argv
    from quiz.sources import load_sources

    load_sources(list(sources))  # unreadable input: exit 2 now, not once per tab
    folder = resolve_data_dir(data_dir)
    Store.open(folder, warn=_warn).close()
    check_port(host, port)
    if not is_loopback(host):
        _warn(
            f"listening on {host}: anyone who can reach this machine on port {port} can play "
            "(there is no password); use --host 127.0.0.1 to keep it to this machine"
        )

    # The first tab's game starts now, and boots while the web server is imported and started.
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    pool = WarmPool(play_argv(sources, folder))
    loop.run_until_complete(pool.prime())

    from quiz.serve.server import QuizServer

    server = QuizServer(pool, host=host, port=port)
    try:
        server.serve(loop=loop)
    except OSError as error:  # lost a race for the port since check_port
        if not loop.is_closed():
            loop.run_until_complete(pool.close())
        raise UsageProblem(f"cannot serve on {host}:{port}: {error.strerror or error}") from None
    click.echo("quiz serve: stopped")
