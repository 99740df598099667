"""``quiz stats``: a player's statistics as text (sparkline and tables) or JSON.

The terminal plots live in the TUI's stats screen; here the output may well be piped or read
by a script, so it is plain text: one sparkline for accuracy over time, bar tables for the
breakdowns, and ``--json`` for programs. Never imports Textual.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from quiz.analysis.stats import Breakdown, PlayerStats, bar, sparkline
from quiz.commands.options import data_dir_option
from quiz.store import DB_NAME, Store, resolve_data_dir

NAME_WIDTH = 24
SPARK_GAMES = 60
"""The sparkline shows the most recent games, at most this many."""


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _table(title: str, rows: tuple[Breakdown, ...]) -> list[str]:
    lines = [title]
    if not rows:
        return [*lines, "  (nothing yet)"]
    for row in rows:
        lines.append(
            f"  {_clip(row.name, NAME_WIDTH):<{NAME_WIDTH}}  {bar(row.accuracy, 20)}  "
            f"{_percent(row.accuracy):>4}  {row.right:>4}/{row.answered}"
        )
    return lines


def format_stats(stats: PlayerStats) -> list[str]:
    """The whole report, a blank line between sections."""
    who = stats.player or "all players"
    if not stats.games:
        return [f"No games yet for {who}."]
    seconds = (
        "–"
        if stats.mean_seconds is None or stats.median_seconds is None
        else f"{stats.mean_seconds:.1f} s mean, {stats.median_seconds:.1f} s median"
    )
    recent = stats.over_time[-SPARK_GAMES:]
    lines = [
        f"Stats for {who}",
        f"  Games {stats.games} · answered {stats.answered} · right {stats.right} "
        f"({_percent(stats.accuracy)}) · skipped {stats.skipped} · best streak "
        f"{stats.best_streak}",
        f"  Response time: {seconds}",
        "",
        f"Accuracy over the last {len(recent)} game(s), oldest first (▁ 0% … █ 100%)",
        f"  {sparkline([p.accuracy for p in recent])}",
        "",
        *_table("By category", stats.by_category),
        "",
        *_table("By difficulty", stats.by_difficulty),
        "",
        *_table("By film", stats.by_film),
        "",
        "Missed most",
    ]
    if not stats.most_missed:
        lines.append("  (nothing missed yet)")
    for item in stats.most_missed:
        lines.append(
            f"  {item.missed:>3}× of {item.seen:<3} {_clip(item.stem or item.question_id, 60)}"
        )
    return lines


def _warn(message: str) -> None:
    click.echo(f"quiz: warning: {message}", err=True)


@click.command("stats")
@click.option("--player", metavar="NAME", help="This player's stats (default: the last player).")
@click.option("--everyone", is_flag=True, help="Everyone's answers together.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@data_dir_option()
def stats(player: str | None, everyone: bool, as_json: bool, data_dir: Path | None) -> None:
    """Games played, accuracy over time and by category, difficulty and film, streaks,
    response time and the questions missed most."""
    folder = resolve_data_dir(data_dir)
    if not (folder / DB_NAME).exists():
        click.echo("null" if as_json else f"No games played yet (no score file in {folder}).")
        return
    with Store.open(folder, warn=_warn) as store:
        name = None if everyone else (player or store.last_player())
        result = store.player_stats(name)
    if as_json:
        click.echo(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        click.echo("\n".join(format_stats(result)))
