"""Time to the first question with a 200-film library vs the one-film start (aim ≤ 1.3×).

Issue 11: with 200 built films, ``quiz play out/`` took 10–12 s to its first screen, nearly
all of it JSON Schema validation of every question on every load. The library checks a set
once, when it is added, and trusts it by content hash afterwards. This script measures that:

1. makes N synthetic films (varied copies of the seed, as ``bench_build.py`` makes them; the
   seed gives the most questions per film) and adds them to a library in a temporary data
   dir with ``Library.add`` (what ``quiz add`` does), then writes the pack;
2. times ``quiz play --start --seed 1 --data-dir D`` to the first question (``1 / 10`` on the
   terminal, in an 80×24 pty, fresh process each run) with an empty library (the bundled film
   only: the one-film start) and with the N-film library, alternating, after one warm-up each;
3. prints the medians and their ratio, of the wall time and of the CPU time the process used
   until then (the steadier figure on a shared machine); with ``--folder`` also
   ``quiz play FOLDER --start`` on the same N sets as loose files (what the issue measured).

Run: ``python tests/benchmarks/bench_library.py [--films 200] [--runs 9]``.
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
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE.parent))  # tests/: its benchmarks package, as mypy names it

from benchmarks import bench_build  # noqa: E402
from benchmarks.bench_startup import TIMEOUT  # noqa: E402

MARKER = b"1 / 10"


def time_to_marker(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds from fork to the first question on the terminal, and the CPU seconds the
    process used by then (user + system, from ``wait4``: far less sensitive to other load on
    a shared machine than the wall clock)."""
    started = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:  # child
        os.execve(argv[0], argv, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    seen = b""
    try:
        while MARKER not in seen:
            if time.perf_counter() - started > TIMEOUT:
                raise TimeoutError(f"no first question; last output: {seen[-400:]!r}")
            ready, _, _ = select.select([fd], [], [], 0.05)
            if ready:
                chunk = os.read(fd, 65536)
                if not chunk:
                    raise RuntimeError(f"process ended early; output: {seen[-400:]!r}")
                seen += chunk
        wall = time.perf_counter() - started
    finally:
        os.kill(pid, signal.SIGSTOP)
    usage = os.wait4(pid, os.WUNTRACED)[2]
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    os.close(fd)
    return wall, usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--films", type=int, default=200)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--folder", action="store_true", help="also time `quiz play FOLDER`")
    parser.add_argument(
        "--all-templates",
        action="store_true",
        help="vary every test article, not only the seed (fewer questions per film)",
    )
    args = parser.parse_args()
    from quiz.generate.build import build_bank
    from quiz.library import Library

    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        (root / "articles").mkdir()
        if not args.all_templates:  # the seed gives the most questions per film: worst case
            bench_build.TEMPLATES = bench_build.TEMPLATES[:1]
        articles = bench_build.make_articles(root / "articles", args.films)
        for number, path in enumerate(articles):  # copies may share a title: make each unique
            text = path.read_text(encoding="utf-8")
            text = text.lstrip("\ufeff")
            unique = (
                text.replace("= ", f"= Film {number:04d} ", 1)
                if text.startswith("=")
                else f"Film {number:04d} {text}"
            )
            path.write_text(unique, encoding="utf-8")
        started = time.perf_counter()
        library = Library.in_data_dir(root / "big")
        for path in articles:
            library.add(path)
        library.refresh_pack()
        entries = library.entries()
        questions = sum(e.questions for e in entries)
        print(
            f"library: {len(entries)} films, {questions} questions, "
            f"added in {time.perf_counter() - started:.1f} s"
        )
        (root / "one").mkdir()
        env = {
            **os.environ,
            "TERM": "xterm-256color",
            "COLUMNS": "80",
            "LINES": "24",
            "PYTHONPATH": str(REPO),
            "PYTHONPYCACHEPREFIX": str(root / "pycache"),
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        python = sys.executable

        def play(data: str, *sources: str) -> list[str]:
            return [python, "-m", "quiz", "play", *sources, "--start", "--seed", "1",
                    "--data-dir", str(root / data)]  # fmt: skip

        commands = {
            "one film (bundled, empty library)": play("one"),
            f"{len(entries)}-film library": play("big"),
        }
        if args.folder:
            build_bank(articles, root / "out")
            commands[f"quiz play FOLDER ({len(entries)} loose sets)"] = play(
                "one", str(root / "out")
            )
        walls: dict[str, list[float]] = {name: [] for name in commands}
        cpus: dict[str, list[float]] = {name: [] for name in commands}
        for argv in commands.values():  # warm-up: fills the bytecode cache and the disk cache
            time_to_marker(argv, env)
        for _ in range(args.runs):
            for name, argv in commands.items():
                wall, cpu = time_to_marker(argv, env)
                walls[name].append(wall)
                cpus[name].append(cpu)
    first = next(iter(commands))
    base_wall, base_cpu = statistics.median(walls[first]), statistics.median(cpus[first])
    print(f"first question in an 80×24 pty, median of {args.runs} alternating runs")
    for name in commands:
        wall, cpu = statistics.median(walls[name]), statistics.median(cpus[name])
        print(
            f"  {name:38s} wall {wall * 1000:6.0f} ms (min {min(walls[name]) * 1000:.0f}) "
            f"ratio {wall / base_wall:.2f}×   cpu {cpu * 1000:6.0f} ms ratio {cpu / base_cpu:.2f}×"
        )


if __name__ == "__main__":
    main()
