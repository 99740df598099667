"""Benchmark: read + extract (and + generate) one article like the seed, in-process.

Run on demand (not part of the default test run)::

    python tests/benchmarks/bench_pipeline.py [--runs 200]

Budget (docs/ARCHITECTURE.md, "Budgets"): read + extract + generate one article like the seed ≤ 30 ms.
Reports the median and p95 of many runs after a warm-up.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from quiz.article import parse_article
from quiz.facts import extract_film
from quiz.generate import generate_questions

SEED = Path(__file__).resolve().parents[2] / "seeds" / "love_in_the_big_city_2024.txt"


def _time(fn: object, runs: int) -> list[float]:
    assert callable(fn)
    for _ in range(5):
        fn()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    text = SEED.read_text(encoding="utf-8")

    def read_extract() -> None:
        extract_film(parse_article(SEED.read_text(encoding="utf-8")))

    def full() -> None:
        film = extract_film(parse_article(text))
        generate_questions(film, "seeds/love_in_the_big_city_2024.txt")

    for name, fn in (("read+extract (file)", read_extract), ("read+extract+generate", full)):
        samples = _time(fn, args.runs)
        samples.sort()
        p95 = samples[int(len(samples) * 0.95) - 1]
        print(
            f"{name:24s} median {statistics.median(samples):7.2f} ms   p95 {p95:7.2f} ms   runs {args.runs}"
        )


if __name__ == "__main__":
    main()
