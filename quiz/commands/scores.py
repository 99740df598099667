"""``quiz scores``: the high-score tables as plain text, without starting the game.

Games are ranked within (mode, question count, question set), so each table is headed by its
set and length.

Reads the same SQLite store as the game (``--data-dir``, ``$QUIZ_DATA_DIR`` or the user data
folder) and never imports Textual. A missing store is not an error: nobody has played yet.
"""

from __future__ import annotations

from pathlib import Path

import click

from quiz.commands.options import data_dir_option, mode_option
from quiz.game.clock import format_seconds
from quiz.game.modes import MODES, RANKED_MODES, ModeName, mode_name
from quiz.game.scoring import right_count
from quiz.store import DB_NAME, HighScore, Store, resolve_data_dir

PLAYER_WIDTH = 18


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def format_table(
    mode: ModeName, rows: list[HighScore], set_title: str | None = None, planned: int = 0
) -> list[str]:
    """The lines of one table: a heading naming mode, set and length, a header, ≤ 10 rows."""
    length = f"{planned} question{'s' if planned != 1 else ''}"
    where = f" · {set_title} · {length}" if set_title is not None else ""
    lines = [f"{MODES[mode].title}{where}: top 10"]
    if not rows:
        lines.append("  (no finished games yet)")
        return lines
    lines.append(
        f"  {'#':>2}  {'Player':<{PLAYER_WIDTH}}  {'Score':>6}  {'Right':>6}  "
        f"{'Streak':>6}  {'Time':>6}  Date"
    )
    for row in rows:
        lines.append(
            f"  {row.rank:>2}  {_clip(row.player, PLAYER_WIDTH):<{PLAYER_WIDTH}}  "
            f"{row.score:>6}  {right_count(row.right, row.asked):>6}  {row.best_streak:>6}  "
            f"{format_seconds(row.seconds):>6}  {row.day}"
        )
    return lines


def _warn(message: str) -> None:
    click.echo(f"quiz: warning: {message}", err=True)


@click.command("scores")
@mode_option("Only this mode's table.")
@data_dir_option()
def scores(mode: str | None, data_dir: Path | None) -> None:
    """Print the top 10 games of each mode, one table per question count and question set."""
    modes: list[ModeName] = [mode_name(mode)] if mode else list(RANKED_MODES)
    folder = resolve_data_dir(data_dir)
    if not (folder / DB_NAME).exists():
        click.echo(f"No games played yet (no score file in {folder}).")
        return
    store = Store.open(folder, warn=_warn)
    try:
        blocks: list[str] = []
        for name in modes:
            if not MODES[name].ranked:
                blocks.append(f"{MODES[name].title} games are not ranked.")
                continue
            tables = store.score_tables(name)
            if not tables:
                blocks.append("\n".join(format_table(name, [])))
            for set_title, planned, rows in tables:
                blocks.append("\n".join(format_table(name, rows, set_title, planned)))
        click.echo("\n\n".join(blocks))
    finally:
        store.close()
