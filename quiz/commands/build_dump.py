"""``quiz build --dump FILE``: the dump half of ``quiz build``, with a rich progress bar."""

from __future__ import annotations

from pathlib import Path

import click

from quiz.errors import UnreadableInput


def run_dump_build(
    dump: Path, out_dir: Path, limit: int | None, jobs: int | None, quiet: bool
) -> None:
    """Stream ``dump``, build its film pages into ``out_dir``, write ``summary.json``.

    Exit 0 when every film page built, 1 when some failed (each listed in the summary and on
    stderr), 2 when the dump cannot be read or holds no film page.
    """
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    from quiz.wikitext.dump import CountingReader, iter_pages, open_dump
    from quiz.wikitext.dumpbuild import DumpReport, build_dump, write_summary

    if not dump.is_file():
        raise UnreadableInput("no such dump file", path=str(dump))
    try:
        raw = dump.open("rb")
    except OSError as error:
        raise UnreadableInput(f"cannot open ({error.strerror})", path=str(dump)) from error
    counter = CountingReader(raw)
    total = dump.stat().st_size
    console = Console(stderr=True)
    columns = (
        TextColumn("[bold]Reading dump"),
        BarColumn(),
        DownloadColumn(),
        TextColumn("{task.fields[status]}"),
        TimeElapsedColumn(),
    )
    with (
        open_dump(dump, counter) as stream,
        Progress(*columns, console=console, disable=quiet, transient=False) as bar,
    ):
        task = bar.add_task("dump", total=total, status="")

        def show(report: DumpReport) -> None:
            bar.update(
                task,
                completed=counter.count,
                status=f"{report.pages} pages, {report.films} films, "
                f"{report.written} sets, {len(report.failures)} failed",
            )

        report = build_dump(
            iter_pages(stream, str(dump)), out_dir, dump.name, limit=limit, jobs=jobs, progress=show
        )
        show(report)
    if not report.films:
        if report.broken:
            raise UnreadableInput(report.broken)
        raise UnreadableInput("no film pages ({{Infobox film}}) in the dump", path=str(dump))
    summary = write_summary(report, out_dir, dump.name)
    for title, problem in report.failures:
        click.echo(f"quiz: skipped page {title!r}: {problem}", err=True)
    if report.broken:
        click.echo(f"quiz: error: {report.broken}; the pages before it were built", err=True)
    if not quiet:
        rate = report.pages / report.seconds if report.seconds else 0.0
        click.echo(
            f"Wrote {report.written} set(s), {report.questions} questions, to {out_dir}/ "
            f"({report.films} film pages of {report.pages}; {rate:,.0f} pages/s); summary: {summary}",
            err=True,
        )
    if report.failures or report.broken:
        raise click.exceptions.Exit(1)
