"""Time from launching ``quiz play --plain --start`` to its first question (budget: ≤ 150 ms),
next to ``python -c pass`` measured in the same run (the floor any Python command pays).

Method (real processes, nothing mocked): each command runs as a fresh process with
``sys.executable``, stdin and stdout on pipes (as in ``… | quiz play --plain``). The clock
starts just before the process is spawned and stops when its output contains the answer prompt
``Your answer (``, printed right after the first question's options; the input is then closed,
which ends the game. ``python -c pass`` is timed until it exits. Runs alternate between the
commands after one untimed warm-up of each, and the medians are compared.

CPU time (user + system, the whole process until it exits at end of input) is reported next
to the wall time: on a busy machine the wall time mostly measures waiting for a core.

The quiz is timed twice: with a fresh data directory each run (a first game: the score
database is created, with its fsyncs, before question 1) and with one kept across runs (every
later game).

Bytecode: as in ``bench_startup.py``, children cache bytecode in a temporary
``PYTHONPYCACHEPREFIX`` (an installed wheel has ``.pyc`` files; a checkout without a cache
would recompile every module on each start); the warm-up run fills it. Each run of the quiz
gets a fresh data directory, so creating the score database is part of the time.

Run: ``python tests/benchmarks/bench_plain.py [--runs N]``; exits 1 when over budget.
"""

from __future__ import annotations

import argparse
import os
import resource
import select
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
BUDGET = 0.150
TIMEOUT = 20.0
MARKER = b"Your answer ("


def time_to_marker(argv: list[str], env: dict[str, str]) -> float:
    """Seconds from spawn to ``MARKER`` on stdout; the input is closed afterwards."""
    started = time.perf_counter()
    process = subprocess.Popen(
        argv, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert process.stdout is not None and process.stdin is not None
    seen = b""
    try:
        fd = process.stdout.fileno()
        while MARKER not in seen:
            if time.perf_counter() - started > TIMEOUT:
                raise TimeoutError(f"no question after {TIMEOUT} s; output: {seen[-400:]!r}")
            ready, _, _ = select.select([fd], [], [], 0.05)
            if ready:
                chunk = os.read(fd, 65536)
                if not chunk:
                    raise RuntimeError(f"process ended early; output: {seen[-400:]!r}")
                seen += chunk
        elapsed = time.perf_counter() - started
        process.communicate(input=b"", timeout=TIMEOUT)  # end of input ends the game
        if process.returncode != 0:
            raise RuntimeError(f"exit code {process.returncode}")
        return elapsed
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def children_cpu() -> float:
    """CPU seconds (user + system) used so far by waited-for child processes."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_to_exit(argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, env=env, check=True, timeout=TIMEOUT)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(REPO), "TERM": "dumb"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    python = sys.executable
    with tempfile.TemporaryDirectory() as scratch:
        data = Path(scratch)
        env["PYTHONPYCACHEPREFIX"] = str(data / "pycache")

        def quiz() -> list[str]:
            run_dir = tempfile.mkdtemp(dir=data)
            return quiz_in(run_dir)

        kept = tempfile.mkdtemp(dir=data)

        def quiz_in(data_dir: str) -> list[str]:
            flags = ["--plain", "--start", "--seed", "1", "--data-dir", data_dir]
            return [python, "-m", "quiz", "play", *flags]

        time_to_exit([python, "-c", "pass"], env)  # warm-ups, not timed
        time_to_marker(quiz(), env)
        time_to_marker(quiz_in(kept), env)
        timings: dict[str, list[float]] = {"floor": [], "fresh": [], "kept": []}
        cpu: dict[str, list[float]] = {"floor": [], "fresh": [], "kept": []}
        runs: dict[str, Callable[[], float]] = {
            "floor": lambda: time_to_exit([python, "-c", "pass"], env),
            "fresh": lambda: time_to_marker(quiz(), env),
            "kept": lambda: time_to_marker(quiz_in(kept), env),
        }
        for _ in range(args.runs):
            for key, run in runs.items():
                before = children_cpu()
                timings[key].append(run())
                cpu[key].append(children_cpu() - before)
    base = statistics.median(timings["floor"])
    ok = True
    print(f"median of {args.runs} alternating runs each (stdin and stdout on pipes)")
    labels = {
        "floor": "python -c pass",
        "fresh": "quiz play --plain --start → question 1, new data dir",
        "kept": "quiz play --plain --start → question 1, existing data dir",
    }
    for key, label in labels.items():
        values = timings[key]
        median = statistics.median(values)
        line = (
            f"  {label:58s} median {median * 1000:5.0f} ms "
            f"(min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f})"
        )
        line += f"; CPU {statistics.median(cpu[key]) * 1000:.0f} ms"
        if key != "floor":
            ok = ok and median <= BUDGET
            line += f"  {median / base:.1f}× python -c pass; ≤ {BUDGET * 1000:.0f} ms: " + (
                "OK" if median <= BUDGET else "OVER"
            )
        print(line)
    print(f"  (load average {os.getloadavg()}; CPU: user + system of the whole process, to exit)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
