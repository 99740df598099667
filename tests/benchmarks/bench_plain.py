"""Time from launching ``quiz play --plain --start`` to its first question (budget: ≤ 150 ms),
next to ``python -c pass`` measured in the same run (the floor any Python command pays).

Method (real processes, nothing mocked): each command runs as a fresh process with
``sys.executable``, stdin and stdout on pipes (as in ``… | quiz play --plain``). The clock
starts just before the process is spawned and stops when its output contains the answer prompt
``Your answer (``, printed right after the first question's options; the input is then closed,
which ends the game. ``python -c pass`` is timed until it exits. Runs alternate between the
commands after one untimed warm-up of each, and the medians are compared.

Bytecode: as in ``bench_startup.py``, children cache bytecode in a temporary
``PYTHONPYCACHEPREFIX`` (an installed wheel has ``.pyc`` files; a checkout without a cache
would recompile every module on each start); the warm-up run fills it. Each run of the quiz
gets a fresh data directory, so creating the score database is part of the time.

Run: ``python tests/benchmarks/bench_plain.py [--runs N]``; exits 1 when over budget.
"""

from __future__ import annotations

import argparse
import os
import select
import statistics
import subprocess
import sys
import tempfile
import time
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
            flags = ["--plain", "--start", "--seed", "1", "--data-dir", run_dir]
            return [python, "-m", "quiz", "play", *flags]

        time_to_exit([python, "-c", "pass"], env)  # warm-ups, not timed
        time_to_marker(quiz(), env)
        floor: list[float] = []
        plain: list[float] = []
        for _ in range(args.runs):
            floor.append(time_to_exit([python, "-c", "pass"], env))
            plain.append(time_to_marker(quiz(), env))
    base, median = statistics.median(floor), statistics.median(plain)
    ok = median <= BUDGET
    print(f"median of {args.runs} alternating runs each (stdin and stdout on pipes)")
    print(
        f"  python -c pass                         median {base * 1000:5.0f} ms "
        f"(min {min(floor) * 1000:.0f}, max {max(floor) * 1000:.0f})"
    )
    print(
        f"  quiz play --plain --start → question 1  median {median * 1000:5.0f} ms "
        f"(min {min(plain) * 1000:.0f}, max {max(plain) * 1000:.0f})  "
        f"ratio {median / base:.1f}× python -c pass; budget ≤ {BUDGET * 1000:.0f} ms: "
        f"{'OK' if ok else 'OVER'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
