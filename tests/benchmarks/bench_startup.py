"""Time from launching ``quiz play --start`` to the first question on screen (budget: ≤ 1.3×
the time a minimal Textual app takes to show its first screen, measured the same way).

Method (real terminal I/O, nothing mocked): each command runs as a fresh process with
``sys.executable`` inside a pseudo-terminal of 80×24 (``pty.fork``), with Textual's normal Linux
driver. The clock starts just before ``fork`` and stops when the bytes the app wrote to the
terminal contain its marker text: the progress ``1 / 10`` of the first question for the quiz,
``MINIMAL-APP-READY`` for ``minimal_app.py``. The process is then killed. Runs alternate
between the two commands (after one untimed warm-up of each, so both start with a warm disk
cache), and the medians are compared.

Bytecode: an installed wheel has compiled ``.pyc`` files, but a checkout run with
``PYTHONDONTWRITEBYTECODE=1`` recompiles every ``quiz`` module on each start (~20 ms). The
children therefore run with bytecode caching on, into a temporary ``PYTHONPYCACHEPREFIX``
(nothing is written to the repository); the untimed warm-up run fills it.

The quiz is measured twice: on the bundled bank (``quiz play --start``, the real command) and
on the small test fixture (to separate set loading from the app itself). Both use a fresh
temporary data directory, so the score database is created during the measurement.

Run: ``python tests/benchmarks/bench_startup.py [--runs N]``.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import select
import signal
import statistics
import struct
import sys
import tempfile
import termios
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
FIXTURE = REPO / "tests" / "tui" / "fixtures" / "two_films.json"
TIMEOUT = 20.0


def time_to_marker(argv: list[str], marker: bytes, env: dict[str, str]) -> float:
    """Seconds from fork to ``marker`` appearing in the terminal output."""
    started = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:  # child
        os.execve(argv[0], argv, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    seen = b""
    try:
        while True:
            if time.perf_counter() - started > TIMEOUT:
                raise TimeoutError(f"{marker!r} never appeared; last output: {seen[-400:]!r}")
            ready, _, _ = select.select([fd], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                raise RuntimeError(f"process ended early; output: {seen[-400:]!r}") from None
            if not chunk:
                raise RuntimeError(f"process ended early; output: {seen[-400:]!r}")
            seen += chunk
            if marker in seen:
                return time.perf_counter() - started
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(fd)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument(
        "--no-bytecode",
        action="store_true",
        help="keep PYTHONDONTWRITEBYTECODE as it is (a checkout that recompiles every start)",
    )
    args = parser.parse_args()
    env = {
        **os.environ,
        "TERM": "xterm-256color",
        "COLUMNS": "80",
        "LINES": "24",
        "PYTHONPATH": str(REPO),
    }
    python = sys.executable
    with tempfile.TemporaryDirectory() as scratch:
        data = Path(scratch)
        if not args.no_bytecode:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(data / "pycache")

        def quiz(*sources: str) -> list[str]:
            run_dir = tempfile.mkdtemp(dir=data)
            return [
                python,
                "-m",
                "quiz",
                "play",
                *sources,
                "--start",
                "--seed",
                "1",
                "--data-dir",
                run_dir,
            ]

        commands: dict[str, tuple[Callable[[], list[str]], bytes]] = {
            "minimal Textual app": (
                lambda: [python, str(HERE / "minimal_app.py")],
                b"MINIMAL-APP-READY",
            ),
            "quiz play --start (bundled bank)": (lambda: quiz(), b"1 / 10"),
            "quiz play --start (fixture set)": (lambda: quiz(str(FIXTURE)), b"1 / 10"),
        }
        timings: dict[str, list[float]] = {name: [] for name in commands}
        for argv, marker in commands.values():  # warm-up, not timed
            time_to_marker(argv(), marker, env)
        for _ in range(args.runs):
            for name, (argv, marker) in commands.items():
                timings[name].append(time_to_marker(argv(), marker, env))
    base = statistics.median(timings["minimal Textual app"])
    print(f"first screen in an 80×24 pty, median of {args.runs} alternating runs each")
    for name, values in timings.items():
        median = statistics.median(values)
        ratio = median / base
        verdict = (
            ""
            if name.startswith("minimal")
            else (f"  ratio {ratio:.2f}× → budget ≤ 1.3×: {'OK' if ratio <= 1.3 else 'OVER'}")
        )
        print(
            f"  {name:34s} median {median * 1000:6.0f} ms "
            f"(min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f}){verdict}"
        )


if __name__ == "__main__":
    main()
