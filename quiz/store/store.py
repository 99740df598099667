"""The :class:`Store`: the game's one door to its SQLite file.

It opens the file through :mod:`quiz.store.files` (check, move aside, migrate), runs the SQL of
:mod:`quiz.store.queries` in transactions, and turns every database failure into one warning
sent to the ``warn`` function it was constructed with (the CLI prints it; the TUI shows a
notification), so a score file can never stop anyone from playing.

Why SQLite: each answer is committed the moment it is given, so a game killed mid-way (closed
terminal, power cut of the process) loses at most the answer in progress, and practice can ask
"which questions did this player miss?" without a custom file format.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from quiz.analysis.calibration import QuestionStats, Response, calibrate
from quiz.analysis.stats import PlayedAnswer, PlayerStats, player_stats
from quiz.bank import Question
from quiz.game import practice
from quiz.game.modes import PlayerHistory
from quiz.game.session import AnswerRecord, Summary
from quiz.store import queries
from quiz.store.files import DB_NAME, Warn, open_database, resolve_data_dir
from quiz.store.queries import (
    HIGH_SCORE_LIMIT,
    GameRow,
    HighScore,
    PracticeCard,
    Rank,
    Report,
    ReviewItem,
)

_T = TypeVar("_T")


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _ignore(message: str) -> None:
    """Default warning sink: warnings are still collected in :attr:`Store.warnings`."""


class Store:
    """The game database. Open it with :meth:`open`; every method is safe to call even if the
    database became unusable (it then warns once and does nothing)."""

    def __init__(
        self,
        path: Path | None,
        *,
        now: Callable[[], datetime] = _utc_now,
        warn: Warn = _ignore,
    ) -> None:
        """Open (or create, or upgrade) the database at ``path``; ``None`` keeps it in memory.

        ``warn`` receives every warning as it happens (the file moved aside, a failed write);
        it is fixed here, at construction, so no warning can be lost to a late hand-over.
        """
        self.warnings: list[str] = []
        """Every warning so far (the TUI shows them; the CLI prints them)."""
        self._warn_sink = warn
        self._now = now
        self._write_failed = False
        opened = open_database(path, now=now, warn=self._warn)
        self._conn = opened.conn
        self.path = opened.path
        self.migrated_from = opened.migrated_from
        """The schema version an older file was upgraded from, if it was."""

    @classmethod
    def open(
        cls,
        data_dir: Path | None = None,
        *,
        now: Callable[[], datetime] = _utc_now,
        warn: Warn = _ignore,
    ) -> Store:
        """The store in ``data_dir`` (resolved by :func:`resolve_data_dir`)."""
        folder = resolve_data_dir(data_dir)
        return cls(folder / DB_NAME, now=now, warn=warn)

    @property
    def saving(self) -> bool:
        """True while scores reach the file; False in memory only or after a failed write."""
        return self.path is not None and not self._write_failed

    def _warn(self, message: str) -> None:
        self.warnings.append(message)
        self._warn_sink(message)

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _writing(self, what: str) -> Iterator[sqlite3.Connection]:
        """A transaction whose failure becomes one warning instead of an exception."""
        try:
            with self._conn:
                yield self._conn
        except sqlite3.Error as exc:
            if not self._write_failed:
                self._write_failed = True
                self._warn(f"could not save {what} ({exc}); the game goes on unsaved")

    def _reading(self, query: Callable[[sqlite3.Connection], _T], default: _T) -> _T:
        """Run a read query; a failure warns and gives ``default``."""
        try:
            return query(self._conn)
        except sqlite3.Error as exc:
            self._warn(f"could not read the score database ({exc})")
            return default

    def _timestamp(self, at: datetime | None = None) -> str:
        return (at or self._now()).astimezone(UTC).isoformat(timespec="seconds")

    # -- writing ------------------------------------------------------------------------------

    def begin_session(
        self,
        *,
        player: str,
        mode: str,
        set_title: str,
        seed: int,
        planned: int,
        hotseat_id: int | None = None,
        ranked: bool = True,
        day: str | None = None,
    ) -> SessionRecorder:
        """Create the game's row now, so even a game killed at question one is on record.

        ``ranked=False`` keeps a game of a ranked mode out of the high scores (a daily
        replayed the same day); ``day`` is the daily's date.
        """
        stamp = self._timestamp()
        session_id: int | None = None
        with self._writing("the new game") as conn:
            session_id = queries.insert_session(
                conn,
                player=queries.player_id(conn, player, stamp),
                mode=mode,
                set_title=set_title,
                seed=seed,
                planned=planned,
                stamp=stamp,
                hotseat_id=hotseat_id,
                ranked=ranked,
                day=day,
            )
        return SessionRecorder(self, session_id)

    def record_answer(self, session_id: int | None, record: AnswerRecord) -> None:
        """Commit one answer and the game's running totals in one transaction."""
        if session_id is None:
            return
        now = self._now().replace(microsecond=0)
        stamp = self._timestamp(now)
        seconds = round(record.seconds, 3)
        with self._writing("your answer") as conn:
            self._schedule(conn, session_id, record, now)
            queries.snapshot_question(conn, record.question, stamp)
            queries.insert_answer(
                conn,
                session_id=session_id,
                position=record.round.number,
                question=record.question,
                chosen=record.chosen_text,
                outcome=record.outcome,
                points=record.points.total,
                seconds=seconds,
                stamp=stamp,
            )
            queries.add_to_totals(
                conn,
                session_id,
                score=record.score,
                right=record.is_right,
                streak=record.streak,
                seconds=seconds,
            )

    def _schedule(
        self, conn: sqlite3.Connection, session_id: int, record: AnswerRecord, now: datetime
    ) -> None:
        """Review the question's practice card (in the answer's transaction), if it has one
        or this answer puts it in the schedule (see :mod:`quiz.game.practice`)."""
        owner = queries.session_player(conn, session_id)
        if owner is None:
            return
        player, every_question = owner
        existing = queries.practice_card(conn, player, record.question.id)
        rating = practice.grade(record.outcome, record.seconds)
        if rating is None or not practice.enters_schedule(
            record.outcome, scheduled=existing is not None, every_question=every_question
        ):
            return
        reviewed = practice.review(existing.card if existing else None, rating, now)
        queries.save_card(
            conn, player, record.question.id, reviewed.card, self._timestamp(reviewed.due)
        )

    def next_hotseat_id(self) -> int | None:
        """A new id to group the turns of one hot-seat game (``None``: the store failed)."""
        return self._reading(queries.next_hotseat_id, None)

    def add_player(self, name: str) -> None:
        """Create a player now (the picker's "new player"), before their first game."""
        stamp = self._timestamp()
        with self._writing("the new player") as conn:
            queries.player_id(conn, name, stamp)

    def rename_player(self, old: str, new: str) -> str | None:
        """Rename ``old`` to ``new``, keeping their games, stats and schedule.

        Returns a problem to show (``None`` when renamed): an empty or taken name, or no such
        player.
        """
        new = new.strip()
        if not new:
            return "a player needs a name"
        if new == old:
            return None
        if self._reading(lambda conn: queries.player_exists(conn, new), False):
            return f"there is already a player called {new!r}"
        renamed = 0
        with self._writing("the new name") as conn:
            renamed = queries.rename_player(conn, old, new)
        return None if renamed else f"no player called {old!r}"

    def set_practice_all(self, player: str, every_question: bool) -> None:
        """Opt in (or out) of scheduling every question answered, not only the missed ones."""
        stamp = self._timestamp()
        with self._writing("the practice setting") as conn:
            queries.set_practice_all(conn, queries.player_id(conn, player, stamp), every_question)

    def practice_all(self, player: str) -> bool:
        return self._reading(lambda conn: queries.practice_all(conn, player), False)

    def practice_schedule(self, player: str) -> list[PracticeCard]:
        """The player's review schedule, the earliest due first."""
        return self._reading(lambda conn: queries.practice_schedule(conn, player), [])

    def due_today(self, player: str) -> int:
        """How many of the player's scheduled questions fall due before the day ends (UTC)."""
        return self.player_history(player).due

    def add_report(
        self,
        question_id: str,
        reason: str,
        comment: str = "",
        *,
        player: str | None = None,
        session_id: int | None = None,
    ) -> int | None:
        """Record a report; the question is left out of play until the report is cleared."""
        stamp = self._timestamp()
        report_id: int | None = None
        with self._writing("your report") as conn:
            report_id = queries.add_report(
                conn,
                question_id=question_id,
                reason=reason,
                comment=comment.strip(),
                player=None if player is None else queries.player_id(conn, player, stamp),
                session_id=session_id,
                stamp=stamp,
            )
        return report_id

    def reports(self, *, include_cleared: bool = False) -> list[Report]:
        return self._reading(
            lambda conn: queries.reports(conn, include_cleared=include_cleared), []
        )

    def reported_question_ids(self) -> set[str]:
        """Questions with an open report: play leaves them out."""
        return self._reading(queries.reported_question_ids, set())

    def clear_reports(self, target: str) -> int:
        """Clear report number ``target``, or every open report on question id ``target``;
        return how many were cleared."""
        cleared = 0
        with self._writing("the cleared report") as conn:
            cleared = queries.clear_reports(conn, target, self._timestamp())
        return cleared

    def responses(self) -> list[Response]:
        """Every real answer by everyone, in time order (what calibration learns from)."""
        empty: list[tuple[str, str, bool, str | None, int]] = []
        return [Response(*row) for row in self._reading(queries.responses, empty)]

    def player_stats(self, player: str | None) -> PlayerStats:
        """``player``'s statistics (everyone's for ``None``): see :mod:`quiz.analysis.stats`."""
        no_rows: list[sqlite3.Row] = []
        rows = self._reading(lambda conn: queries.answer_log(conn, player), no_rows)
        answers = [
            PlayedAnswer(
                session_id=int(row["session_id"]),
                game_started=str(row["started_at"]),
                mode=str(row["mode"]),
                question_id=str(row["question_id"]),
                category=str(row["category"]),
                difficulty=str(row["difficulty"]),
                film=None if row["film"] is None else str(row["film"]),
                outcome=str(row["outcome"]),
                seconds=float(row["seconds"]),
                stem=None if row["stem"] is None else str(row["stem"]),
            )
            for row in rows
        ]
        streak = self._reading(lambda conn: queries.best_streak(conn, player), 0)
        return player_stats(player, answers, streak)

    def kept_questions(self) -> dict[str, Question]:
        """Every question as it was last played, by id."""
        return self._reading(queries.kept_questions, {})

    def calibration(self, min_answers: int | None = None) -> dict[str, QuestionStats]:
        """Per-question statistics from every answer so far (see :mod:`quiz.analysis`).

        With ``min_answers``, nothing (``{}``) unless some question has that many answers: the
        game asks this at every start, and until then no difficulty would change anyway.
        """
        if min_answers is not None and not self._reading(
            lambda conn: queries.any_question_answered(conn, min_answers), False
        ):
            return {}
        return calibrate(self.responses())

    def finish_session(self, session_id: int | None, summary: Summary) -> None:
        """Mark the game finished: from now on it counts for the high scores."""
        if session_id is None:
            return
        with self._writing("the final score") as conn:
            queries.finish_session(
                conn,
                session_id,
                stamp=self._timestamp(),
                score=summary.score,
                asked=summary.asked,
                right=summary.right,
                best_streak=summary.best_streak,
                seconds=round(summary.seconds, 3),
                share=summary.share,
            )

    # -- reading ------------------------------------------------------------------------------

    def high_scores(
        self,
        mode: str,
        *,
        planned: int | None = None,
        set_title: str | None = None,
        limit: int = HIGH_SCORE_LIMIT,
    ) -> list[HighScore]:
        """The best ranked, finished games of one table (mode, question count, question set).

        Without ``planned``/``set_title``: the table of the most recent ranked game of
        ``mode``. Whether a mode is ranked at all is the caller's rule (see
        :attr:`quiz.game.modes.Mode.ranked`).
        """
        if planned is None or set_title is None:
            tables = self.score_tables(mode, limit)
            return tables[0][2] if tables else []
        return self._reading(
            lambda conn: queries.high_scores(conn, mode, planned, set_title, limit), []
        )

    def score_tables(
        self, mode: str, limit: int = HIGH_SCORE_LIMIT
    ) -> list[tuple[str, int, list[HighScore]]]:
        """Every table of ``mode`` as ``(set title, question count, top rows)``, the table
        with the most recently finished game first."""
        return self._reading(
            lambda conn: [
                (title, planned, queries.high_scores(conn, mode, planned, title, limit))
                for title, planned in queries.score_tables(conn, mode)
            ],
            [],
        )

    def played_daily(self, player: str, day: str) -> bool:
        """Whether ``player`` already began the daily of ``day`` (finished or not).

        Seeing the questions once is what counts: a replay, or a retry after quitting,
        knows them already, so only the first attempt is ranked.
        """
        return self._reading(lambda conn: queries.played_daily(conn, player, day), False)

    def rank(self, session_id: int | None) -> Rank | None:
        """Where a finished, ranked game places in its table (``None``: unranked or unknown)."""
        if session_id is None:
            return None
        return self._reading(lambda conn: queries.rank(conn, session_id), None)

    def missed_question_ids(self, player: str) -> list[str]:
        """Questions whose latest (non-skipped) answer by ``player`` was wrong or timed out."""
        return self._reading(lambda conn: queries.missed_question_ids(conn, player), [])

    def player_history(self, player: str) -> PlayerHistory:
        """What history-based modes draw from: the player's schedule, due today first."""
        cutoff = self._timestamp(practice.end_of_day(self._now()))
        schedule = self.practice_schedule(player)
        due = sum(1 for card in schedule if card.due < cutoff)
        return PlayerHistory(practice=tuple(card.question_id for card in schedule), due=due)

    def games(self, player: str | None = None, limit: int | None = None) -> list[GameRow]:
        """Past games, newest first: ``player``'s, or everyone's."""
        return self._reading(lambda conn: queries.games(conn, player, limit), [])

    def game(self, session_id: int) -> GameRow | None:
        return self._reading(lambda conn: queries.game(conn, session_id), None)

    def game_review(self, session_id: int) -> list[ReviewItem]:
        """Every answer of one game, in play order, with its question as played."""
        return self._reading(lambda conn: queries.game_review(conn, session_id), [])

    def players(self) -> list[str]:
        """Every player's name, the most recent first."""
        return self._reading(queries.players, [])

    def last_player(self) -> str | None:
        """The name used most recently (pre-fills the start screen)."""
        return self._reading(queries.last_player, None)


class SessionRecorder:
    """The engine's :class:`~quiz.game.session.Recorder` for one game, backed by the store."""

    def __init__(self, store: Store, session_id: int | None) -> None:
        self.store = store
        self.session_id = session_id
        """Row id of the game; ``None`` if the store could not create it."""

    def record_answer(self, record: AnswerRecord) -> None:
        self.store.record_answer(self.session_id, record)

    def finish(self, summary: Summary) -> None:
        self.store.finish_session(self.session_id, summary)
