"""Building question sets from articles: one article → one native set; a folder → a bank.

The bank is a build output: ``quiz build`` rewrites ``question_bank/*.json`` and
``schema.json`` deterministically, and a test fails when the committed bank is stale.
Every article is read and extracted first so each one's distractors may draw on the others.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quiz import GENERATOR
from quiz.article_input import parse_article_text
from quiz.bank import Origin, Question, QuestionSet, sha256_text
from quiz.errors import QuizError, UnreadableInput
from quiz.facts import extract_film
from quiz.facts.model import Film
from quiz.fileio import decode_text, read_bytes, write_atomic
from quiz.generate import generate_context
from quiz.schema import schema_json
from quiz.textnorm import normalize_option


@dataclass
class LoadedArticle:
    """An article read from disk with its facts and the path to cite."""

    path: Path
    display_path: str
    raw: bytes
    film: Film


@dataclass
class BuildReport:
    """What ``build_bank`` did: sets written, questions, and failures (path, message)."""

    written: list[Path] = field(default_factory=list)
    questions: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)


def display_path_for(path: Path) -> str:
    """The path cited in sources: relative to the working directory when inside it."""
    try:
        return (
            Path(os.path.relpath(path.resolve(), Path.cwd())).as_posix()
            if not path.is_absolute() or path.resolve().is_relative_to(Path.cwd())
            else path.as_posix()
        )
    except ValueError:
        return path.as_posix()


def load_article(
    path: Path, display_path: str | None = None, article_format: str = "auto"
) -> LoadedArticle:
    """Read, parse and extract one article of either format (raises :class:`UnreadableInput`)."""
    raw = read_bytes(path)
    text = decode_text(raw, str(path))
    if not text.strip():
        raise UnreadableInput("file is empty", path=str(path))
    article = parse_article_text(text, str(path), article_format)
    if article.is_empty:
        raise UnreadableInput("no recognisable article structure", path=str(path))
    return LoadedArticle(path, display_path or display_path_for(path), raw, extract_film(article))


def set_for(
    loaded: LoadedArticle, pool: Sequence[Film] = (), position: int | None = None
) -> QuestionSet:
    """The native set for one loaded article, validated (``position``: its index in
    ``pool``, which saves a search of the pool)."""
    ctx = generate_context(loaded.film, loaded.display_path, pool, position)
    qset = QuestionSet(
        title=loaded.film.full_title,
        questions=ctx.questions,
        generator=GENERATOR,
        sources=[Origin(loaded.display_path, sha256_text(loaded.raw), loaded.film.full_title)],
    )
    qset.questions = _without_repeats(qset.questions)
    return qset


def _without_repeats(questions: list[Question]) -> list[Question]:
    """Keep the first question of each stem (two templates may phrase alike)."""
    seen: set[str] = set()
    kept: list[Question] = []
    for question in questions:
        key = normalize_option(question.question, drop_parentheticals=False)
        if key not in seen:
            seen.add(key)
            kept.append(question)
    return kept


def build_article_set(
    path: Path, display_path: str | None = None, article_format: str = "auto"
) -> QuestionSet:
    """Generate the set for one article on its own (used by ``play``/``export`` SOURCE)."""
    return set_for(load_article(path, display_path, article_format))


def output_name(path: Path) -> str:
    """``seeds/love_in_the_big_city_2024.txt`` → ``love_in_the_big_city_2024.json``."""
    return f"{path.stem}.json"


def build_bank(
    articles: Sequence[Path],
    out_dir: Path,
    *,
    display_paths: Sequence[str] | None = None,
    progress: Callable[[str], None] | None = None,
    article_format: str = "auto",
    jobs: int | None = None,
) -> BuildReport:
    """Build every article into ``out_dir``; failures are reported, the rest still build.

    Reading, extraction and generation run in ``jobs`` worker processes (default: one per
    core, a single process for small builds); results are merged in article order and each
    set depends only on its article and the pool of films, so the output is byte-identical
    whatever the number of workers.
    """
    report = BuildReport()
    shown = list(display_paths) if display_paths else [None] * len(articles)
    workers = _workers(jobs, len(articles))
    tasks = [(path, name, article_format) for path, name in zip(articles, shown, strict=True)]
    loaded: list[LoadedArticle] = []
    with _pool(workers) as pool:
        results = (
            pool.imap(_load_task, tasks, chunksize=_chunk(len(tasks), workers))
            if pool
            else map(_load_task, tasks)
        )
        for (path, _, _), result in zip(tasks, results, strict=True):
            if isinstance(result, LoadedArticle):
                loaded.append(result)
            else:
                report.failures.append((str(path), result))
            if progress:
                progress(str(path))
    names: dict[str, Path] = {}
    todo: list[int] = []
    for index, item in enumerate(loaded):
        name = output_name(item.path)
        if name in names:
            report.failures.append((str(item.path), f"same output name as {names[name]}; skipped"))
            continue
        names[name] = item.path
        todo.append(index)
    global _SHARED, _SHARED_FILMS
    _SHARED, _SHARED_FILMS = loaded, [item.film for item in loaded]
    try:
        with _pool(workers) as pool, ThreadPoolExecutor(max_workers=4) as writer:
            texts = (
                pool.imap(_set_task, todo, chunksize=_chunk(len(todo), workers))
                if pool
                else map(_set_task, todo)
            )
            writes = []
            for index, (text, count) in zip(todo, texts, strict=True):
                target = out_dir / output_name(loaded[index].path)
                writes.append(writer.submit(write_atomic, target, text, create_parents=True))
                report.written.append(target)
                report.questions += count
            for future in writes:
                future.result()
    finally:
        _SHARED, _SHARED_FILMS = [], []
    if report.written:
        write_atomic(out_dir / "schema.json", schema_json(), create_parents=True)
    return report


#: Builds smaller than this run in one process: starting workers would cost more.
PARALLEL_THRESHOLD = 16
#: The loaded articles, shared with forked workers (set only while a build runs).
_SHARED: list[LoadedArticle] = []
_SHARED_FILMS: list[Film] = []


def _workers(jobs: int | None, count: int) -> int:
    if jobs is not None:
        return max(1, jobs)
    if count < PARALLEL_THRESHOLD or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(1, min(os.cpu_count() or 1, 8))


#: The most articles handed to a worker at once. Small, so that when one worker takes the
#: last chunk the other is not left idle for long (chunks of 64 seed-sized articles left a
#: core idle 0.3-0.6 s at the end of each phase of a 1,000-article build); a chunk's
#: neighbours lending distractors may then be read by both workers, which costs far less.
MAX_CHUNK = 16


def _chunk(count: int, workers: int) -> int:
    return max(1, min(MAX_CHUNK, count // (workers * 4) or 1))


@contextlib.contextmanager
def _pool(workers: int) -> Iterator[Any]:
    """A forked process pool (workers inherit the loaded films, nothing is pickled in), or
    ``None`` to run in this process."""
    if workers <= 1:
        yield None
        return
    context = multiprocessing.get_context("fork")
    with context.Pool(workers) as pool:
        yield pool


def _load_task(task: tuple[Path, str | None, str]) -> LoadedArticle | str:
    path, shown, article_format = task
    try:
        return load_article(path, shown, article_format)
    except QuizError as error:
        return str(error)


def _set_task(index: int) -> tuple[str, int]:
    qset = set_for(_SHARED[index], _SHARED_FILMS, position=index)
    return qset.to_json(), len(qset.questions)
