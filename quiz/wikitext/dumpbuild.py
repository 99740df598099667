"""``quiz build --dump``: every film page of a dump → one question set each, on every core.

The main process streams the dump and hands film pages to a pool of worker processes; at most
a few pages per worker are in flight, so memory stays flat however large the dump is (a plain
``Pool.imap`` would read the whole dump ahead into its queue). Each worker reads, extracts,
generates and writes one set; a page that fails is reported in the summary, never fatal.

Sets from a dump are generated film by film: distractors come from the film itself, not from
a pool of every other film in the dump (that pool would grow with the dump).
"""

from __future__ import annotations

import dataclasses
import json
import multiprocessing
import os
import re
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from quiz.errors import UnreadableInput
from quiz.wikitext.dump import DumpPage

#: Pages in flight per worker: enough to keep every core busy, small enough to stay flat.
IN_FLIGHT_PER_WORKER = 4
#: A worker is replaced after this many pages. The text caches of the extractor and generator
#: (``lru_cache``) are bounded but large; without recycling, a worker grew ~14 MiB per 1,000
#: films until they filled. A fresh worker costs ~0.3 s, about 1 % of its 400 pages.
PAGES_PER_WORKER = 400
_UNSAFE = re.compile(r"[^\w .,'()&+-]+")


@dataclass(frozen=True)
class PageResult:
    """What building one page gave: the file written and its question count, or the error."""

    title: str
    file: str | None
    questions: int
    error: str | None = None


@dataclass
class DumpReport:
    """Counts for the summary; ``failures`` lists (title, error)."""

    pages: int = 0
    films: int = 0
    written: int = 0
    questions: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    failures: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    #: Why reading stopped early (a truncated or damaged dump), else ``None``.
    broken: str | None = None

    def to_json_dict(self, dump_name: str) -> dict[str, object]:
        return {
            "dump": dump_name,
            "pages_read": self.pages,
            "film_pages": self.films,
            "sets_written": self.written,
            "questions": self.questions,
            "skipped": dict(sorted(self.skipped.items())),
            "failures": [{"title": t, "error": e} for t, e in self.failures],
            "dump_error": self.broken,
        }


def set_file_name(title: str) -> str:
    """``Parasite (2019 film)`` → ``Parasite_(2019_film).json`` (Wikipedia's URL spelling)."""
    name = _UNSAFE.sub("_", title).strip(" .").replace(" ", "_")
    return f"{name[:180] or 'untitled'}.json"


def build_page(page: DumpPage, out_dir: Path, dump_name: str) -> PageResult:
    """Read, extract, generate and write one page's set; every error becomes the result."""
    try:
        from quiz.facts import extract_film
        from quiz.fileio import write_atomic
        from quiz.generate.build import LoadedArticle, set_for
        from quiz.wikitext.reader import parse_wikitext

        raw = page.text.encode("utf-8")
        article = parse_wikitext(page.text, page.title, page_title=page.title)
        shown = f"{dump_name}#{page.title}"
        name = page.file_name or set_file_name(page.title)
        loaded = LoadedArticle(Path(name), shown, raw, extract_film(article))
        qset = set_for(loaded)
        write_atomic(out_dir / name, qset.to_json(), create_parents=True)
        return PageResult(page.title, name, len(qset.questions))
    except Exception as error:  # one bad page is reported, never fatal
        return PageResult(page.title, None, 0, f"{type(error).__name__}: {error}")


def _collect(report: DumpReport, result: PageResult) -> None:
    if result.error is not None:
        report.failures.append((result.title, result.error))
    else:
        report.written += 1
        report.questions += result.questions


def build_dump(
    pages: Iterator[tuple[DumpPage | None, str]],
    out_dir: Path,
    dump_name: str,
    *,
    limit: int | None = None,
    jobs: int | None = None,
    progress: Callable[[DumpReport], None] | None = None,
) -> DumpReport:
    """Build every film page from ``pages`` (see ``iter_pages``), at most ``limit`` films.

    ``jobs`` worker processes (default: every core); ``jobs=1`` builds in this process. A dump
    that breaks off is not fatal either: the pages read so far are built and ``broken`` says why.
    """
    report = DumpReport()
    started = time.perf_counter()
    workers = jobs or os.cpu_count() or 1
    #: Set file names given so far: two titles that spell the same file ("Who?", "Who!") get
    #: the page id added. A few dozen bytes per film, the only state that grows with the dump.
    names: set[str] = set()

    def films() -> Iterator[DumpPage]:
        try:
            yield from read()
        except UnreadableInput as error:
            report.broken = str(error)

    def read() -> Iterator[DumpPage]:
        for page, reason in pages:
            report.pages += 1
            if page is None:
                report.skipped[reason] = report.skipped.get(reason, 0) + 1
                if progress and report.pages % 200 == 0:
                    progress(report)
                continue
            if limit is not None and report.films >= limit:
                return
            report.films += 1
            name = set_file_name(page.title)
            if name in names:
                name = set_file_name(f"{page.title} {page.page_id}")
            names.add(name)
            yield dataclasses.replace(page, file_name=name)

    if workers == 1:
        for page in films():
            _collect(report, build_page(page, out_dir, dump_name))
            if progress:
                progress(report)
    else:
        window: deque[Future[PageResult]] = deque()
        context = multiprocessing.get_context("spawn")  # required by max_tasks_per_child
        with ProcessPoolExecutor(
            max_workers=workers, mp_context=context, max_tasks_per_child=PAGES_PER_WORKER
        ) as pool:
            for page in films():
                window.append(pool.submit(build_page, page, out_dir, dump_name))
                while len(window) >= workers * IN_FLIGHT_PER_WORKER:
                    _collect(report, window.popleft().result())
                    if progress:
                        progress(report)
            while window:
                _collect(report, window.popleft().result())
                if progress:
                    progress(report)
    report.seconds = time.perf_counter() - started
    return report


def write_summary(report: DumpReport, out_dir: Path, dump_name: str) -> Path:
    """``summary.json`` next to the sets: counts and every failed page with its error."""
    from quiz.fileio import write_atomic

    target = out_dir / "summary.json"
    text = json.dumps(report.to_json_dict(dump_name), ensure_ascii=False, indent=2) + "\n"
    write_atomic(target, text, create_parents=True)
    return target
