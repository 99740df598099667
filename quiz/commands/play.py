"""``quiz play [SOURCE…]``: load the questions, open the score store, run the Textual game.

This module is imported for ``quiz --help`` too, so it imports nothing heavy at the top:
Textual (through :mod:`quiz.tui.app`) is imported inside :func:`play` only, and never for
``--plain`` (or where no full-screen app can run: then plain mode is chosen, with a note). Everything the game
needs is resolved here (the set, the store, the seed, today's date) and passed to the app, so
the app itself never reads flags, the environment or the real clock's date.
"""

from __future__ import annotations

import gc
import os
import sys
from datetime import date
from pathlib import Path

import click

from quiz.analysis.calibration import MIN_ANSWERS
from quiz.analysis.pool import playable
from quiz.bank import QuestionSet
from quiz.commands.options import (
    article_format_option,
    category_option,
    data_dir_option,
    difficulty_option,
    mode_option,
    seed_option,
    sources_argument,
)
from quiz.errors import UsageProblem
from quiz.game.modes import DEFAULT_COUNT, DEFAULT_MODE, NO_HISTORY, ModeName, mode_name
from quiz.game.setup import DEFAULT_PLAYER, GameConfig, mode_class, plan_game, resolve_categories
from quiz.sources import load_sources
from quiz.store import Store, Warn, resolve_data_dir
from quiz.terminal import full_screen_unavailable


def parse_count(text: str | None) -> int | None:
    """``--count``: a positive number or ``all`` (``None``: every matching question)."""
    if text is None:
        return DEFAULT_COUNT
    if text.strip().casefold() == "all":
        return None
    try:
        value = int(text)
    except ValueError:
        raise UsageProblem(f"--count must be a positive number or 'all', not {text!r}") from None
    if value < 1:
        raise UsageProblem(f"--count must be at least 1, not {value}")
    return value


def _warn(message: str) -> None:
    click.echo(f"quiz: warning: {message}", err=True)


@click.command("play")
@sources_argument()
@click.option("--count", metavar="N|all", help=f"Questions per game (default {DEFAULT_COUNT}).")
@category_option()
@difficulty_option()
@mode_option(default=DEFAULT_MODE, show_default=True)
@seed_option()
@click.option("--player", metavar="NAME", help="Player name (default: the last one used).")
@click.option(
    "--with",
    "others",
    multiple=True,
    metavar="NAME",
    help="Hot-seat: another player (repeat for up to 3 more).",
)
@click.option("--start", is_flag=True, help="Skip the start screen and go straight to question 1.")
@click.option(
    "--plain",
    is_flag=True,
    help="Play line by line in plain text (screen readers, pipes, dumb terminals); "
    "chosen by itself where no full-screen app can run.",
)
@click.option(
    "--min-answers",
    type=click.IntRange(min=1),
    default=MIN_ANSWERS,
    show_default=True,
    metavar="N",
    help="Answers a question needs before its difficulty is calibrated from play.",
)
@data_dir_option()
@article_format_option()
def play(
    sources: tuple[Path, ...],
    count: str | None,
    categories: tuple[str, ...],
    difficulty: str | None,
    mode: str,
    seed: int | None,
    player: str | None,
    others: tuple[str, ...],
    start: bool,
    plain: bool,
    min_answers: int,
    data_dir: Path | None,
    article_format: str = "auto",
) -> None:
    """Play a quiz on SOURCE… (articles, question sets, folders; default: the bundled bank)."""
    # Start-up allocates hundreds of thousands of long-lived objects (modules, classes, the
    # question bank). Without this, the cyclic GC re-scans them all in full collections: one
    # landed in the first frame (~30 ms) and later ones in the middle of answering. So: no
    # collections while starting, then those objects are frozen (never re-scanned) below.
    gc.disable()
    try:
        _play(
            sources,
            parse_count(count),
            categories,
            difficulty,
            mode_name(mode),
            seed,
            player,
            tuple(name.strip() for name in others if name.strip()),
            start,
            plain,
            min_answers,
            data_dir,
            article_format,
        )
    finally:
        gc.unfreeze()
        gc.enable()


def _play(
    sources: tuple[Path, ...],
    count: int | None,
    categories: tuple[str, ...],
    difficulty: str | None,
    mode: ModeName,
    seed: int | None,
    player: str | None,
    others: tuple[str, ...],
    start: bool,
    plain: bool,
    min_answers: int,
    data_dir: Path | None,
    article_format: str = "auto",
) -> None:
    if not plain:
        reason = full_screen_unavailable()
        if reason is not None:
            click.echo(f"quiz: {reason}; playing in plain text (--plain)", err=True)
            plain = True
    question_set = load_sources(list(sources), article_format, data_dir=data_dir, warn=_warn)
    # An unknown --category fails here, with or without --start (the start screen would
    # otherwise show no category ticked and play them all); known ones take the set's spelling.
    wanted_categories = resolve_categories(question_set.questions, categories)
    # A first look at the store, warnings printed: who played last, and (with --start) whether
    # the game can start at all. The app then opens it again with its own warning function.
    with Store.open(data_dir, warn=_warn) as store:
        config = GameConfig(
            player=(player or "").strip() or store.last_player() or DEFAULT_PLAYER,
            mode=mode,
            count=count,
            categories=wanted_categories,
            difficulty=difficulty,
            seed=seed if seed is not None else int.from_bytes(os.urandom(4), "big") >> 1,
            others=others,
        )
        if others and not mode_class(mode).multiplayer():
            raise UsageProblem(f"--with is for --mode hotseat, not {mode}")
        today = date.today()
        if plain:
            _play_plain(question_set, config, store=store, today=today, min_answers=min_answers)
            return
        first_plan = None
        if start:
            # Fail here, with one line and exit code 2, rather than inside the full-screen app.
            needs = mode_class(mode).needs_history
            history = store.player_history(config.player) if needs else NO_HISTORY
            pool = playable(
                question_set.questions,
                reported=store.reported_question_ids(),
                stats=store.calibration(min_answers),
                min_answers=min_answers,
            )
            # The app then starts this very plan (planning twice cost ~20 ms on a big
            # library).
            first_plan = plan_game(pool, config, today=today, history=history)
        early_warnings = tuple(store.warnings)

    from quiz.tui.app import QuizApp  # Textual is loaded only from here on

    def open_store(warn: Warn) -> Store:
        return Store.open(data_dir, warn=warn)

    # Exports go next to the scores, even when that folder cannot be written (the export
    # then fails with an error naming it): never into the current directory.
    export_dir = resolve_data_dir(data_dir) / "exports"
    app = QuizApp(
        question_set,
        config,
        open_store=open_store,
        today=today,
        start=start,
        export_dir=export_dir,
        notes=early_warnings,
        min_answers=min_answers,
        first_plan=first_plan,
    )
    gc.freeze()
    gc.enable()
    try:
        app.run()
    finally:
        app.store.close()


def _play_plain(
    question_set: QuestionSet, config: GameConfig, *, store: Store, today: date, min_answers: int
) -> None:
    """Plain mode on the real streams; Ctrl+C ends it like the rest of the CLI (exit 130)."""
    from quiz.plain.run import run_plain

    ending = run_plain(
        question_set,
        config,
        store=store,
        today=today,
        stdin=sys.stdin,
        stdout=sys.stdout,
        min_answers=min_answers,
    )
    if ending == "interrupted":
        raise KeyboardInterrupt
