"""``quiz build [ARTICLE…] [--out DIR]``: articles → native question sets (the bank).

``--dump FILE`` builds every film page of a MediaWiki XML dump instead (see
``quiz/commands/build_dump.py``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from quiz.article_input import ARTICLE_SUFFIXES
from quiz.commands.options import article_format_option
from quiz.errors import UnreadableInput, UsageProblem


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
            found.extend(sorted(p for p in path.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES))
        else:
            found.append(path)
    if not found:
        raise UnreadableInput(
            "no articles (*.txt, *.wiki) to build", path=" ".join(map(str, articles))
        )
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
@article_format_option()
@click.option(
    "--dump",
    type=click.Path(path_type=Path, dir_okay=False),
    help="A MediaWiki XML dump (.xml, .xml.bz2, .xml.gz): build one set per film page.",
)
@click.option("--limit", type=click.IntRange(min=1), help="With --dump: stop after N film pages.")
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    help="With --dump: worker processes (default: every core).",
)
@click.pass_context
def build(
    ctx: click.Context,
    articles: tuple[Path, ...],
    out_dir: Path,
    quiet: bool,
    article_format: str = "auto",
    dump: Path | None = None,
    limit: int | None = None,
    jobs: int | None = None,
) -> None:
    """Build question sets from ARTICLEs (files or folders; default seeds/) or a --dump."""
    if dump is not None:
        if articles:
            raise UsageProblem("give ARTICLEs or --dump, not both")
        if ctx.get_parameter_source("out_dir") is click.core.ParameterSource.DEFAULT:
            raise UsageProblem("--dump needs --out DIR (a dump gives one set per film)")
        from quiz.commands.build_dump import run_dump_build

        run_dump_build(dump, out_dir, limit, jobs, quiet)
        return
    if limit is not None or jobs is not None:
        raise UsageProblem("--limit and --jobs apply to --dump only")
    from quiz.generate.build import build_bank

    paths = _collect(articles)
    if quiet or len(paths) < 2:
        report = build_bank(paths, out_dir, article_format=article_format)
    else:
        with click.progressbar(length=len(paths), label="Reading articles", file=sys.stderr) as bar:
            report = build_bank(
                paths,
                out_dir,
                progress=lambda _path: bar.update(1),
                article_format=article_format,
            )
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
