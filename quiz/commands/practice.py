"""``quiz practice``: the spaced-repetition schedule in plain text; never imports Textual.

``quiz practice --due`` prints how many questions are due today; without it, the whole
schedule (question, when due, reviews so far). ``--track all`` opts the player in to schedule
every question answered, not only the missed ones (``--track missed`` goes back). To play the
due questions: ``quiz play --mode practice``.
"""

from __future__ import annotations

from pathlib import Path

import click

from quiz.commands.options import data_dir_option
from quiz.store import DB_NAME, Store, resolve_data_dir


def _warn(message: str) -> None:
    click.echo(f"quiz: warning: {message}", err=True)


def due_line(player: str, due: int, scheduled: int) -> str:
    noun = "question" if due == 1 else "questions"
    return f"{player}: {due} {noun} due today ({scheduled} in the practice schedule)"


@click.command("practice")
@click.option("--player", metavar="NAME", help="Whose schedule (default: the last player).")
@click.option("--due", "due_only", is_flag=True, help="Only say how many are due today.")
@click.option(
    "--track",
    type=click.Choice(["missed", "all"]),
    help="Schedule only missed questions (default) or every question answered.",
)
@data_dir_option()
def practice(player: str | None, due_only: bool, track: str | None, data_dir: Path | None) -> None:
    """Show the practice schedule (spaced repetition of the questions you missed)."""
    folder = resolve_data_dir(data_dir)
    if track is None and not (folder / DB_NAME).exists():
        click.echo(f"Nothing to practise yet (no score file in {folder}).")
        return
    with Store.open(folder, warn=_warn) as store:
        name = player or store.last_player()
        if name is None:
            click.echo("Nothing to practise yet: no one has played.")
            return
        if track is not None:
            store.set_practice_all(name, track == "all")
            what = "every question answered" if track == "all" else "missed questions only"
            click.echo(f"{name}: practice now schedules {what}.")
        history = store.player_history(name)
        click.echo(due_line(name, history.due, len(history.practice)))
        if due_only:
            return
        schedule = store.practice_schedule(name)
        if schedule:
            click.echo(f"\n{'Due (UTC)':<16}  {'Reviews':>7}  Question")
            for card in schedule:
                click.echo(
                    f"{card.due[:16].replace('T', ' '):<16}  {card.reviews:>7}  "
                    f"{card.stem or card.question_id}"
                )
            click.echo("\nquiz play --mode practice plays them, the due ones first.")
