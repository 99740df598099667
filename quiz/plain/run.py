"""Start a plain-mode game: plan it, open its record in the store, play it, print the results.

This mirrors what the full-screen app does when a game starts (plan, ``begin_session``, a
session reporting every answer to the store) so both front ends save the same rows and rank
against the same high scores. The streams, the clock and the date are parameters: the CLI
passes the real ones, tests pass their own.
"""

from __future__ import annotations

import contextlib
from datetime import date
from typing import TextIO

from quiz.analysis.calibration import MIN_ANSWERS
from quiz.analysis.pool import playable
from quiz.bank import QuestionSet
from quiz.game.clock import Clock, system_clock
from quiz.game.hotseat import Match
from quiz.game.modes import NO_HISTORY
from quiz.game.session import Session
from quiz.game.setup import GameConfig, mode_class, plan_game
from quiz.plain import render
from quiz.plain.game import Ending, PlainGame, ReadLine, Write
from quiz.store import SessionRecorder, Store

ENDING_NOTES: dict[Ending, str] = {
    "finished": "",
    "quit": "You left the game; the answers given so far are saved.",
    "eof": "The input ended, so the game stops here; the answers given so far are saved.",
    "interrupted": "Interrupted; the answers given so far are saved.",
}


def line_reader(stdin: TextIO, stdout: TextIO) -> ReadLine:
    """``read(prompt)`` over real streams.

    When the input is not a terminal (a pipe or a file), nothing echoes what was typed, so
    the line read is printed after the prompt: the transcript then reads like a game played
    by hand.
    """
    echo = not _is_tty(stdin)

    def read(prompt: str) -> str | None:
        stdout.write(prompt)
        stdout.flush()
        line = stdin.readline()
        if not line:
            if echo:
                stdout.write("\n")
            return None
        text = line.rstrip("\r\n")
        if echo:
            stdout.write(text + "\n")
        return text

    return read


def forgive_encoding(*streams: TextIO) -> None:
    """Never stop a game over encoding: a character the terminal's encoding lacks prints as
    ``?`` and input bytes that are not text read as ``?``, rather than raising mid-game."""
    for stream in streams:
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="replace")


def _is_tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (ValueError, OSError):
        return False


DAILY_REPLAY_NOTE = "You already played today's daily: this replay is practice and is not ranked."


def ranking_set(config: GameConfig, set_title: str) -> str:
    """The question set a game is ranked in: the one film chosen, else the whole set."""
    if len(config.films) == 1 and mode_class(config.mode).uses_filters:
        return config.films[0]
    return set_title


def run_plain(
    question_set: QuestionSet,
    config: GameConfig,
    *,
    store: Store,
    today: date,
    stdin: TextIO,
    stdout: TextIO,
    clock: Clock = system_clock,
    read: ReadLine | None = None,
    min_answers: int = MIN_ANSWERS,
) -> Ending:
    """Play one game of ``config`` on ``question_set`` in plain text; say how it ended.

    The pool and the plan are made as the full-screen game makes them (reported questions left
    out, calibrated difficulty, the player's history for modes that need it). A hot-seat game
    is one turn per player on the same plan, then a leaderboard; a turn that stops early stops
    the match. Raises :class:`~quiz.errors.UsageProblem` before printing anything when no game
    can be planned. ``read`` replaces the line reader built on ``stdin`` (tests use it to move
    a fake clock between answers).
    """
    forgive_encoding(stdin, stdout)
    needs_history = mode_class(config.mode).needs_history
    history = store.player_history(config.player) if needs_history else NO_HISTORY
    pool = playable(
        question_set.questions,
        reported=store.reported_question_ids(),
        stats=store.calibration(min_answers),
        min_answers=min_answers,
    )
    plan = plan_game(pool, config, today=today, history=history)

    def write(text: str) -> None:
        stdout.write(text + "\n")
        stdout.flush()

    reader = read if read is not None else line_reader(stdin, stdout)
    match = (
        Match(plan, config.players, store.next_hotseat_id()) if plan.mode.multiplayer() else None
    )
    for note in plan.notes:
        write(f"Note: {note}")
    for turn, player in enumerate(match.players if match else (config.player,), start=1):
        if match is not None:
            write("")
            write(render.turn_banner(player, turn=turn, of=len(match.players)))
        # As in the full-screen game: one ranked daily per player per day (a replay knows the
        # questions already), and a game on one chosen film is ranked among that film's games.
        day = today.isoformat() if plan.mode.name == "daily" else None
        replay = day is not None and store.played_daily(player, day)
        if replay:
            write(f"Note: {DAILY_REPLAY_NOTE}")
        recorder = store.begin_session(
            player=player,
            mode=plan.mode.name,
            set_title=ranking_set(config, question_set.title),
            seed=config.seed,
            planned=len(plan.questions),
            hotseat_id=match.match_id if match else None,
            ranked=plan.mode.ranked and not replay,
            day=day,
        )
        session = plan.start(clock=clock, recorder=recorder)
        ending = _play_turn(
            session,
            recorder,
            store=store,
            player=player,
            title=question_set.title,
            replay=replay,
            read=reader,
            write=write,
        )
        if match is None or ending != "finished":
            return ending
        match.finish_turn(session.summary())
    assert match is not None
    write("")
    write(render.leaderboard(match.standings(), set_title=question_set.title))
    return "finished"


def _play_turn(
    session: Session,
    recorder: SessionRecorder,
    *,
    store: Store,
    player: str,
    title: str,
    replay: bool,
    read: ReadLine,
    write: Write,
) -> Ending:
    """One player's game, from the intro to the results."""
    write(render.intro(session, set_title=title, player=player))
    ending = PlainGame(session, read=read, write=write, set_title=title).play()
    summary = session.summary()
    mode = session.mode
    rank = store.rank(recorder.session_id) if summary.finished else None
    rank_text = render.rank_line(
        rank,
        ranked=mode.ranked,
        saved=store.saving,
        finished=summary.finished,
        mode=mode.title,
        replay=replay,
        planned=session.total,
    )
    write("")
    if ENDING_NOTES[ending]:
        write(ENDING_NOTES[ending])
    write(render.results(summary, rank_text=rank_text, set_title=title, mode_title=mode.title))
    return ending
