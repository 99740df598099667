"""Wikitext measurements (issue "Any Wikipedia film page in"). Run on demand, not in the suite.

    python -m tests.benchmarks.bench_wikitext facts          # recall / precision per kind
    python -m tests.benchmarks.bench_wikitext sets [PAGE…]   # set-level quality figures
    python -m tests.benchmarks.bench_wikitext dump [--pages 5000] [--jobs 2]
    python -m tests.benchmarks.bench_wikitext make-dump OUT.xml[.bz2] [--pages 16]

``facts`` compares ``extract_film`` on each wikitext fixture with its ``.expected.json``.
``sets`` builds the fixture films (each with the others as distractor pool, as ``quiz build``
does) and prints the validator's problems, the share of multiple-choice questions whose key
is strictly the longest option, the share of the six commonest templates, and the category mix.
``dump`` generates a dump of N pages (half of them films), runs ``quiz build --dump`` on it in
a subprocess and samples the resident memory of the whole process tree (main + workers) from
/proc every 50 ms: pages/s and peak RSS, at two dump sizes to show memory does not grow.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from quiz.bank import Question
from quiz.generate.build import load_article, set_for
from quiz.validate import pool_report, set_problems


def _support() -> Any:
    """tests/wikitext/conftest.py, loaded by path: tests never import one another's modules."""
    path = Path(__file__).resolve().parents[1] / "wikitext" / "conftest.py"
    spec = importlib.util.spec_from_file_location("wikitext_support", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


support = _support()
PAGES: list[Path] = support.PAGES


def facts() -> None:
    totals: dict[str, list[int]] = {}
    for page in PAGES:
        got, want = support.facts_of(support.film_of(page)), support.expected_facts(page)
        for kind in want:
            counts = totals.setdefault(kind, [0, 0, 0])
            counts[0] += len(got[kind] & want[kind])  # true positives
            counts[1] += len(want[kind])
            counts[2] += len(got[kind])
            missed, extra = want[kind] - got[kind], got[kind] - want[kind]
            if missed or extra:
                print(f"  {page.stem} {kind}: missed {sorted(map(str, missed))[:6]}")
                print(f"  {' ' * len(page.stem)} {kind}: extra  {sorted(map(str, extra))[:6]}")
    # The main cast and the dub casts together, as issue 8's "every cast list" will read them.
    print(
        f"\n{'kind':<10} {'expected':>8} {'found':>6} {'right':>6} {'recall':>7} {'precision':>9}"
    )
    for kind, (right, wanted, found) in totals.items():
        recall = right / wanted if wanted else 1.0
        precision = right / found if found else 1.0
        print(f"{kind:<10} {wanted:>8} {found:>6} {right:>6} {recall:>7.3f} {precision:>9.3f}")


def template_of(question: Question) -> str:
    return "/".join(question.tags) or question.category


def sets(pages: list[Path]) -> None:
    loaded = [load_article(p, article_format="wikitext") for p in pages or PAGES]
    pool = [item.film for item in loaded]
    print(f"{'film':<34} {'qs':>4} {'problems':>8} {'longest':>8} {'top6':>6}  categories")
    for item in loaded:
        qset = set_for(item, pool)
        report = pool_report(qset.questions)
        counts = Counter(template_of(q) for q in qset.questions)
        top6 = sum(n for _, n in counts.most_common(6)) / max(1, len(qset.questions))
        mix = ", ".join(f"{k} {v}" for k, v in report.by_category.items())
        print(
            f"{item.film.full_title[:34]:<34} {report.questions:>4} {len(set_problems(qset)):>8} "
            f"{report.longest_key_share:>8.2f} {top6:>6.2f}  {mix}"
        )


def _tree_rss_kib(pid: int) -> int:
    """Resident memory of ``pid`` and all its descendants, in KiB (Linux /proc)."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += int(
                next(ln.split()[1] for ln in status.splitlines() if ln.startswith("VmRSS"))
            )
            for task in Path(f"/proc/{current}/task").iterdir():
                stack.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, StopIteration, ValueError):
            continue
    return total


def dump(pages: int, jobs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for count in (pages // 5, pages):
            path = support.write_dump(Path(tmp) / f"dump-{count}.xml.bz2", count)
            out = Path(tmp) / f"out-{count}"
            command = [
                sys.executable,
                "-m",
                "quiz",
                "build",
                "--dump",
                str(path),
                "--out",
                str(out),
                "--jobs",
                str(jobs),
                "-q",
            ]
            started = time.perf_counter()
            process = subprocess.Popen(command)
            peak = 0
            while process.poll() is None:
                peak = max(peak, _tree_rss_kib(process.pid))
                time.sleep(0.05)
            seconds = time.perf_counter() - started
            summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
            print(
                f"{count:>6} pages ({summary['film_pages']} films, {path.stat().st_size / 1e6:.1f} MB bz2), "
                f"jobs={jobs}: {seconds:.1f} s, {count / seconds:,.0f} pages/s, "
                f"{summary['film_pages'] / seconds:,.1f} films/s, peak RSS (all processes) "
                f"{peak / 1024:.0f} MiB, exit {process.returncode}, "
                f"{summary['sets_written']} sets, {len(summary['failures'])} failures"
            )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=["facts", "sets", "dump", "make-dump"])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    if args.what == "facts":
        facts()
    elif args.what == "make-dump":  # tests/fixtures/wikitext/dump-small.xml: 16 pages
        support.write_dump(args.paths[0], args.pages)
    elif args.what == "sets":
        sets(args.paths)
    else:
        dump(args.pages, args.jobs)


if __name__ == "__main__":
    main()
