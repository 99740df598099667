"""``quiz history``: past games as a table, or one game's full review; never imports Textual.

Reads the same store as the game. A missing store is not an error: nobody has played yet.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from quiz.commands.options import data_dir_option
from quiz.errors import UsageProblem
from quiz.game.clock import format_seconds
from quiz.game.modes import MODES
from quiz.game.scoring import right_count
from quiz.game.session import OUTCOME_MARKS
from quiz.store import DB_NAME, GameRow, ReviewItem, Store, resolve_data_dir

DEFAULT_LIMIT = 20
FILM_WIDTH = 22
PLAYER_WIDTH = 12


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def mode_title(mode: str) -> str:
    cls = MODES.get(mode)
    return cls.title if cls is not None else mode


def accuracy_text(game: GameRow) -> str:
    accuracy = game.accuracy
    return "–" if accuracy is None else f"{accuracy:.0%}"


def format_games(games: list[GameRow]) -> list[str]:
    """The history table, newest first."""
    lines = [
        f"{'Game':>5}  {'Date (UTC)':<16}  {'Player':<{PLAYER_WIDTH}}  {'Mode':<8}  "
        f"{'Film(s)':<{FILM_WIDTH}}  {'Score':>6}  {'Right':>6}  {'Acc.':>4}  {'Time':>5}"
    ]
    for game in games:
        films = ", ".join(game.films) or game.set_title
        state = "" if game.finished else "  (unfinished)"
        lines.append(
            f"{game.session_id:>5}  {game.when:<16}  "
            f"{_clip(game.player, PLAYER_WIDTH):<{PLAYER_WIDTH}}  "
            f"{mode_title(game.mode):<8}  {_clip(films, FILM_WIDTH):<{FILM_WIDTH}}  "
            f"{game.score:>6}  {right_count(game.right, game.asked):>6}  "
            f"{accuracy_text(game):>4}  {format_seconds(game.seconds):>5}{state}"
        )
    return lines


def your_answer(item: ReviewItem) -> str:
    if item.outcome == "timeout":
        return "(time ran out)"
    if item.outcome == "skipped":
        return "(skipped)"
    return item.chosen or ""


def format_review(game: GameRow, items: list[ReviewItem]) -> list[str]:
    """A game's header and every answer: question, your answer, the key, why, and source."""
    lines = [
        f"Game {game.session_id} · {mode_title(game.mode)} · {game.player} · {game.when} UTC"
        f" · {game.set_title}",
        f"Score {game.score} · Right {right_count(game.right, game.asked)} ({accuracy_text(game)}) "
        f"· Time {format_seconds(game.seconds)}" + ("" if game.finished else " · unfinished"),
    ]
    for item in items:
        question = item.question
        lines.append("")
        stem = question.question if question else f"(question {item.question_id})"
        lines.append(f"{item.position:>2}. {OUTCOME_MARKS.get(item.outcome, '?')} {stem}")
        lines.append(f"    Your answer:  {your_answer(item)}")
        lines.append(f"    Right answer: {item.correct_answer}")
        if question and question.explanation:
            lines.append(f"    Why: {question.explanation}")
        if question and question.source:
            source = question.source
            lines.append(f"    Source: {source.path}, line {source.line}: “{source.quote}”")
    return lines


def game_json(game: GameRow) -> dict[str, object]:
    return {
        "game": game.session_id,
        "player": game.player,
        "mode": game.mode,
        "set": game.set_title,
        "films": list(game.films),
        "started_at": game.started_at,
        "finished_at": game.finished_at,
        "score": game.score,
        "asked": game.asked,
        "right": game.right,
        "skipped": game.skipped,
        "accuracy": game.accuracy,
        "seconds": game.seconds,
    }


def review_json(item: ReviewItem) -> dict[str, object]:
    return {
        "position": item.position,
        "question_id": item.question_id,
        "outcome": item.outcome,
        "chosen": item.chosen,
        "correct_answer": item.correct_answer,
        "points": item.points,
        "seconds": item.seconds,
        "question": item.question.to_dict() if item.question else None,
    }


def _warn(message: str) -> None:
    click.echo(f"quiz: warning: {message}", err=True)


@click.command("history")
@click.option("--player", metavar="NAME", help="Only this player's games.")
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=DEFAULT_LIMIT,
    show_default=True,
    metavar="N",
    help="Show the N most recent games.",
)
@click.option("--game", "game_id", type=int, metavar="ID", help="Show one game's full review.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@data_dir_option()
def history(
    player: str | None, limit: int, game_id: int | None, as_json: bool, data_dir: Path | None
) -> None:
    """List past games (newest first), or review one with --game ID."""
    folder = resolve_data_dir(data_dir)
    if not (folder / DB_NAME).exists():
        if as_json:
            click.echo("[]")
        else:
            click.echo(f"No games played yet (no score file in {folder}).")
        return
    with Store.open(folder, warn=_warn) as store:
        if game_id is not None:
            game = store.game(game_id)
            if game is None:
                raise UsageProblem(f"no game {game_id} in {folder / DB_NAME}")
            items = store.game_review(game_id)
            if as_json:
                data = {**game_json(game), "answers": [review_json(i) for i in items]}
                click.echo(json.dumps(data, ensure_ascii=False, indent=2))
            else:
                click.echo("\n".join(format_review(game, items)))
            return
        games = store.games(player=player, limit=limit)
        if as_json:
            click.echo(json.dumps([game_json(g) for g in games], ensure_ascii=False, indent=2))
            return
        if not games:
            who = f" by {player!r}" if player else ""
            click.echo(f"No games{who} yet.")
            return
        click.echo("\n".join(format_games(games)))
        click.echo("\nquiz history --game ID shows a game's full review.")
