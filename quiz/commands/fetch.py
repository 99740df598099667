"""``quiz fetch TITLE…``: a Wikipedia film page's wikitext → a file and its question set.

Needs a network. Each page is saved as ``<folder>/<Title>.wiki`` (the reader takes its title
and qualifier from that name) and built into ``<Title>.json`` next to it. Without ``--out``
each film also enters the player's library (``quiz library``), so a bare ``quiz`` plays it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from quiz.commands.options import data_dir_option
from quiz.store import resolve_data_dir

if TYPE_CHECKING:
    from quiz.library import Library
    from quiz.wikitext.fetch import WikiClient

FETCHED_DIR = "fetched"


@click.command()
@click.argument("titles", nargs=-1, required=True)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder for the .wiki files and their sets (default: <data dir>/fetched).",
)
@data_dir_option()
@click.option(
    "--api",
    default="https://en.wikipedia.org/w/api.php",
    show_default=True,
    help="The MediaWiki API endpoint (another language's Wikipedia, a local wiki).",
)
def fetch(titles: tuple[str, ...], out_dir: Path | None, data_dir: Path | None, api: str) -> None:
    """Download Wikipedia film pages by TITLE and build their question sets (needs a network)."""
    from quiz.library import Library
    from quiz.wikitext.fetch import WikiClient

    folder = out_dir or resolve_data_dir(data_dir) / FETCHED_DIR
    library = None if out_dir else Library.in_data_dir(resolve_data_dir(data_dir))
    with WikiClient(api) as client:
        fetch_and_build(client, titles, folder, library)


def fetch_and_build(
    client: WikiClient, titles: tuple[str, ...], folder: Path, library: Library | None = None
) -> list[Path]:
    """Fetch each title with ``client`` (a :class:`WikiClient`), save it, build its set.

    Every page is fetched and saved before the sets are built, so the films of one call
    share a distractor pool as ``quiz build`` gives them. A title that names no page, or a page
    that is not a film (no ``{{Infobox film}}``: a disambiguation page, a person), is reported
    and skipped; the others go on (exit 1). A network or API failure stops the command (exit 2).
    Returns the ``.wiki`` files saved.
    """
    from quiz.errors import QuizError, UnreadableInput
    from quiz.fileio import write_atomic
    from quiz.generate.build import build_bank
    from quiz.wikitext.dump import is_film_page
    from quiz.wikitext.fetch import page_file_name

    saved: list[Path] = []
    skipped = 0
    for title in titles:
        try:
            page = client.page(title)
        except UnreadableInput as error:
            click.echo(f"quiz: skipped: {error}", err=True)
            skipped += 1
            continue
        if not is_film_page(page.text):
            click.echo(
                f"quiz: skipped {page.title!r}: not a film page (no {{{{Infobox film}}}})", err=True
            )
            skipped += 1
            continue
        target = folder / page_file_name(page.title)
        write_atomic(target, page.text, create_parents=True)
        click.echo(f"Fetched {page.title!r} (revision {page.revision_id}) → {target}", err=True)
        saved.append(target)
    if not saved:
        raise UnreadableInput("no film page fetched", path=", ".join(titles))
    report = build_bank(saved, folder, article_format="wikitext")
    for path, message in report.failures:
        click.echo(f"quiz: could not build {path}: {message}", err=True)
    failed = {path for path, _ in report.failures}
    for wiki_file in saved:
        if library is None or str(wiki_file) in failed:
            continue
        try:
            added = library.add(wiki_file)
        except QuizError as error:
            click.echo(f"quiz: could not add {wiki_file} to the library: {error}", err=True)
            skipped += 1
            continue
        click.echo(f"Library: {added.entry.title!r} {added.outcome}", err=True)
    click.echo(
        f"Built {len(report.written)} set(s), {report.questions} questions, in {folder}/ "
        f"(play them with `quiz play {folder}`)",
        err=True,
    )
    if report.failures or skipped:
        raise click.exceptions.Exit(1)
    return saved
