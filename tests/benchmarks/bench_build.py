"""Benchmark: `build_bank` on 100 and 1,000 synthetic articles (varied copies).

Run on demand::

    python tests/benchmarks/bench_build.py [--sizes 100 1000]

Budget (docs/ARCHITECTURE.md, "Budgets"): 1,000 articles ≤ 10 s on one core, growing linearly
(1,000 vs 100 articles ≤ 11×). Copies vary every name, number and date so that no two
articles are the same and the distractor pool grows with the bank, as it would for real.
"""

from __future__ import annotations

import argparse
import random
import re
import tempfile
import time
from pathlib import Path

from quiz.facts.text import MONTH_NAMES
from quiz.generate.build import build_bank

REPO = Path(__file__).resolve().parents[2]
TEMPLATES = [
    REPO / "seeds" / "love_in_the_big_city_2024.txt",
    *sorted((REPO / "tests" / "fixtures" / "articles").glob("*.txt")),
]
_NAME = re.compile(r"\b[A-Z][a-z]+(?:-[a-z]+)?\b")


def vary(text: str, index: int) -> str:
    """A different film: capitalised words get a suffix, years and counts shift."""
    rng = random.Random(index)
    suffix = f"{index:04d}"
    skip = {
        "The",
        "In",
        "It",
        "A",
        "An",
        "He",
        "She",
        "They",
        "Best",
        "Director",
        "Year",
        "Category",
        "Writer",
        "Producer",
        "Starring",
        "Released",
        "Runtime",
        "Cast",
        "Release",
        "Reception",
        "Production",
        "Accolades",
        "However",
        "While",
        *MONTH_NAMES,
    }

    def rename(match: re.Match[str]) -> str:
        word = match.group(0)
        return word if word in skip else f"{word}{suffix[: 1 + index % 4]}"

    shift = rng.randint(-20, 5)
    text = re.sub(r"\b(19|20)(\d\d)\b", lambda m: str(int(m.group(0)) + shift), text)
    return _NAME.sub(rename, text)


def make_articles(folder: Path, count: int, like: str = "seed") -> list[Path]:
    """``count`` varied copies of the seed (``like="seed"``: seed-sized, ~100 lines and
    ~100 questions each) or of the seed and every fixture article in turn (``"all"``)."""
    templates = TEMPLATES[:1] if like == "seed" else TEMPLATES
    sources = [p.read_text(encoding="utf-8") for p in templates]
    paths = []
    for index in range(count):
        path = folder / f"article_{index:05d}.txt"
        path.write_text(vary(sources[index % len(sources)], index), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--like", choices=("seed", "all"), default="seed")
    parser.add_argument(
        "--jobs", type=int, default=None, help="worker processes (default: all cores)"
    )
    args = parser.parse_args()
    timings: dict[int, float] = {}
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            (folder / "in").mkdir()
            paths = make_articles(folder / "in", size, args.like)
            start = time.perf_counter()
            report = build_bank(paths, folder / "out", jobs=args.jobs)
            elapsed = time.perf_counter() - start
            timings[size] = elapsed
            print(
                f"{size:5d} articles: {elapsed:6.2f} s  ({size / elapsed:7.1f} articles/s), "
                f"{report.questions} questions, {len(report.failures)} failures"
            )
    if len(timings) >= 2:
        small, large = min(timings), max(timings)
        print(
            f"ratio {large}/{small}: {timings[large] / timings[small]:.2f}x (linear would be {large / small:.0f}x)"
        )


if __name__ == "__main__":
    main()
