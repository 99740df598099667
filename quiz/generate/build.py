"""Building question sets from articles: one article → one native set; a folder → a bank.

The bank is a build output: ``quiz build`` rewrites ``question_bank/*.json`` and
``schema.json`` deterministically, and a test fails when the committed bank is stale.
Every article is read and extracted first so each one's distractors may draw on the others.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

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


def set_for(loaded: LoadedArticle, pool: Sequence[Film] = ()) -> QuestionSet:
    """The native set for one loaded article, validated."""
    ctx = generate_context(loaded.film, loaded.display_path, pool)
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
) -> BuildReport:
    """Build every article into ``out_dir``; failures are reported, the rest still build."""
    report = BuildReport()
    loaded: list[LoadedArticle] = []
    for index, path in enumerate(articles):
        shown = display_paths[index] if display_paths else None
        try:
            loaded.append(load_article(path, shown, article_format))
        except QuizError as error:
            report.failures.append((str(path), str(error)))
        if progress:
            progress(str(path))
    pool = [item.film for item in loaded]
    names: dict[str, Path] = {}
    for item in loaded:
        name = output_name(item.path)
        if name in names:
            report.failures.append((str(item.path), f"same output name as {names[name]}; skipped"))
            continue
        names[name] = item.path
        qset = set_for(item, pool)
        target = out_dir / name
        write_atomic(target, qset.to_json(), create_parents=True)
        report.written.append(target)
        report.questions += len(qset.questions)
    if report.written:
        write_atomic(out_dir / "schema.json", schema_json(), create_parents=True)
    return report
