"""Keypress → feedback rendered, measured with Pilot (budget: p95 ≤ 50 ms).

Method: the real app (fixture set, a real SQLite store in a temporary folder, so every answer
is committed as in a real game) runs headless under ``App.run_test`` at 80×24. For each
question we note ``perf_counter()`` just before ``pilot.press(key)`` and stop the clock when
Textual hands the first frame showing the feedback to the display (``App._display`` called
while the question screen has its ``-feedback`` class, with a non-empty update: layout and
compositing are done; only writing escape codes to a real terminal is skipped in headless
mode). Then Enter goes on to the next question, which is not timed. The first press (cold:
first use of the feedback styles) is reported separately and also included in the p95.

Run: ``python tests/benchmarks/bench_feedback.py [--rounds N]``.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from quiz.bank import QuestionSet, load_native_text
from quiz.game.clock import FakeClock
from quiz.game.setup import GameConfig
from quiz.store import Store
from quiz.tui.app import QuizApp
from quiz.tui.screens.question import QuestionScreen

FIXTURE = Path(__file__).resolve().parent.parent / "tui" / "fixtures" / "two_films.json"


def bigger_set(qset: QuestionSet, copies: int) -> QuestionSet:
    """The fixture repeated (with distinct ids) so one game can have many questions."""
    from dataclasses import replace

    questions = [replace(q, id=f"{q.id}-{n}") for n in range(copies) for q in qset.questions]
    return replace(qset, questions=questions)


async def measure(rounds: int) -> list[float]:
    qset = bigger_set(load_native_text(FIXTURE.read_text(encoding="utf-8"), "fixture"), 20)
    timings: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        app = QuizApp(
            qset,
            GameConfig(player="bench", count=rounds, seed=1),
            open_store=lambda warn: Store.open(Path(folder), warn=warn),
            today=date(2026, 11, 25),
            clock=FakeClock(),
            start=True,
        )
        app.animation_level = "none"
        started: list[float] = []
        original = app._display

        def spy(screen: Any, renderable: Any) -> None:
            original(screen, renderable)
            feedback = isinstance(screen, QuestionScreen) and screen.showing_feedback
            if started and feedback and renderable is not None:
                timings.append(time.perf_counter() - started.pop())

        app._display = spy  # type: ignore[method-assign]
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            for _ in range(rounds):
                screen = app.screen
                assert isinstance(screen, QuestionScreen)
                current = screen.session.current
                assert current is not None
                key = "abcd"[current.correct_index if len(timings) % 2 else 0]
                started.append(time.perf_counter())
                await pilot.press(key)
                while started:  # wait for the frame if press() returned before it
                    await asyncio.sleep(0.001)
                await pilot.press("enter")
                await pilot.pause()
        app.store.close()
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=100)
    args = parser.parse_args()
    timings = asyncio.run(measure(args.rounds))
    ms = sorted(t * 1000 for t in timings)
    p95 = ms[max(round(0.95 * len(ms)) - 1, 0)]  # nearest-rank p95
    print(f"keypress → feedback rendered, {len(ms)} presses (Pilot, headless, 80×24)")
    print(f"  first (cold) {timings[0] * 1000:.1f} ms")
    print(
        f"  median {statistics.median(ms):.1f} ms · p95 {p95:.1f} ms · max {ms[-1]:.1f} ms"
        f"  → budget p95 ≤ 50 ms: {'OK' if p95 <= 50 else 'OVER'}"
    )


if __name__ == "__main__":
    main()
