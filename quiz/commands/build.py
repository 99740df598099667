"""``quiz build [ARTICLE…] [--out DIR]``: articles → native question sets (the bank)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from quiz.errors import UnreadableInput


def _collect(articles: tuple[Path, ...]) -> list[Path]:
    if not articles:
        seeds = Path("seeds")
        if not seeds.is_dir():
            raise UnreadableInput(
                "no ARTICLE given and no seeds/ folder here", path=str(Path.cwd())
            )
        articles = (seeds,)
    found: list[Path] = []
    for path in articles:
        if path.is_dir():
            found.extend(sorted(path.glob("*.txt")))
        else:
            found.append(path)
    if not found:
        raise UnreadableInput("no articles (*.txt) to build", path=" ".join(map(str, articles)))
    return found


@click.command()
@click.argument("articles", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("question_bank"),
    show_default=True,
    help="Folder to write one native set per article (and schema.json) into.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
def build(articles: tuple[Path, ...], out_dir: Path, quiet: bool) -> None:
    """Build question sets from ARTICLEs (files or folders; default seeds/)."""
    from quiz.generate.build import build_bank

    paths = _collect(articles)
    if quiet or len(paths) < 2:
        report = build_bank(paths, out_dir)
    else:
        with click.progressbar(length=len(paths), label="Reading articles", file=sys.stderr) as bar:
            report = build_bank(paths, out_dir, progress=lambda _path: bar.update(1))
    for path, message in report.failures:
        click.echo(
            f"quiz: skipped {path}: {message}"
            if path not in message
            else f"quiz: skipped: {message}",
            err=True,
        )
    if not report.written:
        # Every article was unreadable (each reported above): exit 2, nothing written.
        raise click.exceptions.Exit(2)
    if not quiet:
        click.echo(
            f"Wrote {len(report.written)} set(s), {report.questions} questions, to {out_dir}/"
            + (f"; {len(report.failures)} article(s) failed" if report.failures else ""),
            err=True,
        )
    if report.failures:
        raise click.exceptions.Exit(1)
