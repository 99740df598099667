"""``quiz add``, ``quiz library`` and ``quiz remove``: the player's own films.

``quiz add ARTICLE|SET|FOLDER…`` checks each file once and stores its set in the data dir;
``quiz`` (no SOURCE) then plays it beside the bundled films. The rules live in
:mod:`quiz.library`; these commands only print what happened. None of them imports Textual.
"""

from __future__ import annotations

from pathlib import Path

import click

from quiz.errors import QuizError, UnreadableInput
from quiz.library import Library, expand
from quiz.store import ENV_DATA_DIR, resolve_data_dir

DATA_DIR_HELP = f"Where the library is kept (default: ${ENV_DATA_DIR} or the user data folder)."


def _warn(message: str) -> None:
    click.echo(f"quiz: warning: {message}", err=True)


def _library(data_dir: Path | None) -> Library:
    return Library.in_data_dir(resolve_data_dir(data_dir), warn=_warn)


@click.command("add")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--data-dir", type=click.Path(path_type=Path, file_okay=False), help=DATA_DIR_HELP)
def add(paths: tuple[Path, ...], data_dir: Path | None) -> None:
    """Add films to your library: articles (.txt), question sets (.json) or folders of them.

    Each file is checked once and stored; `quiz` then plays it with the bundled films.
    Adding an unchanged file again does nothing; a changed one replaces its film.
    """
    library = _library(data_dir)
    files = expand(list(paths))
    failed: list[QuizError] = []
    for path in files:
        try:
            result = library.add(path)
        except QuizError as error:
            failed.append(error)
            click.echo(f"quiz: error: {error}", err=True)
            continue
        for message in result.skipped:
            _warn(f"{path}: {message}")
        entry = result.entry
        verb = {"added": "added", "replaced": "updated", "unchanged": "unchanged"}[result.outcome]
        click.echo(f"{verb}: {entry.title} ({entry.questions} questions) from {path}")
    library.refresh_pack()
    if failed:
        unreadable = any(isinstance(e, UnreadableInput) for e in failed)
        raise click.exceptions.Exit(2 if unreadable and len(failed) == len(files) else 1)


@click.command("library")
@click.option("--data-dir", type=click.Path(path_type=Path, file_okay=False), help=DATA_DIR_HELP)
def library(data_dir: Path | None) -> None:
    """List the films in your library: key, title, questions, where each came from."""
    lib = _library(data_dir)
    entries = lib.entries()
    if not entries:
        click.echo(f"Your library is empty ({lib.root}). Add a film with `quiz add ARTICLE.txt`.")
        return
    width = max(len(e.key) for e in entries)
    for entry in entries:
        click.echo(
            f"{entry.key:<{width}}  {entry.questions:>4} questions  {entry.title}\n"
            f"{'':<{width}}  from {entry.origin} ({entry.kind})"
        )
    total = sum(e.questions for e in entries)
    films = "film" if len(entries) == 1 else "films"
    click.echo(f"{len(entries)} {films}, {total} questions, in {lib.root}")


@click.command("remove")
@click.argument("film")
@click.option("--data-dir", type=click.Path(path_type=Path, file_okay=False), help=DATA_DIR_HELP)
def remove(film: str, data_dir: Path | None) -> None:
    """Remove FILM (its key from `quiz library`, its title or its file name)."""
    lib = _library(data_dir)
    entry = lib.remove(film)
    lib.refresh_pack()
    click.echo(f"removed: {entry.title} ({entry.questions} questions)")
