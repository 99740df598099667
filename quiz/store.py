"""Players, games, every answer given, and the high scores, in one SQLite file.

Why SQLite: each answer is committed the moment it is given, so a game killed mid-way (closed
terminal, power cut of the process) loses at most the answer in progress, and the practice mode
can later ask "which questions did this player miss?" without a custom file format.

Where: ``--data-dir`` if given, else ``$QUIZ_DATA_DIR``, else the platform's user data folder
(``platformdirs``, e.g. ``~/.local/share/film-quiz`` on Linux). The file is ``quiz.sqlite3``.

Robustness rules (a score file must never stop anyone from playing):

* a file that is not a readable SQLite database, fails ``PRAGMA quick_check``, or holds tables
  we did not create is moved aside (``quiz.sqlite3.corrupt-<time>``) with a warning and a fresh
  database is started;
* a file written by a newer version of the game (``PRAGMA user_version`` above ours) is moved
  aside the same way (``.newer-<time>``), never modified;
* a data folder that cannot be created or written falls back to an in-memory database, with a
  warning that nothing will be saved;
* a write that fails later (disk full) is reported once as a warning; the game goes on.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from quiz.game.modes import RANKED_MODES
from quiz.game.session import AnswerRecord, Summary

APP_NAME = "film-quiz"
ENV_DATA_DIR = "QUIZ_DATA_DIR"
DB_NAME = "quiz.sqlite3"
SCHEMA_VERSION = 1
HIGH_SCORE_LIMIT = 10

_SCHEMA = """
CREATE TABLE players (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    last_played_at TEXT NOT NULL
);
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    player_id INTEGER NOT NULL REFERENCES players(id),
    mode TEXT NOT NULL,
    set_title TEXT NOT NULL,
    seed INTEGER NOT NULL,
    planned INTEGER NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    score INTEGER NOT NULL DEFAULT 0,
    asked INTEGER NOT NULL DEFAULT 0,
    right INTEGER NOT NULL DEFAULT 0,
    best_streak INTEGER NOT NULL DEFAULT 0,
    seconds REAL NOT NULL DEFAULT 0,
    share TEXT
);
CREATE TABLE answers (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    position INTEGER NOT NULL,
    question_id TEXT NOT NULL,
    category TEXT NOT NULL,
    difficulty TEXT NOT NULL,
    chosen TEXT,
    correct_answer TEXT NOT NULL,
    outcome TEXT NOT NULL,
    points INTEGER NOT NULL,
    seconds REAL NOT NULL,
    answered_at TEXT NOT NULL,
    UNIQUE (session_id, position)
);
CREATE INDEX answers_by_question ON answers(question_id);
CREATE INDEX sessions_by_mode_score ON sessions(mode, score DESC);
"""

_OUR_TABLES = {"players", "sessions", "answers"}

Warn = Callable[[str], None]


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _ignore(message: str) -> None:
    """Default warning sink: warnings are still collected in :attr:`Store.warnings`."""


def resolve_data_dir(
    explicit: Path | None = None, environ: Mapping[str, str] | None = None
) -> Path:
    """``--data-dir``, else ``$QUIZ_DATA_DIR``, else the platform's user data folder."""
    if explicit is not None:
        return explicit
    env = os.environ if environ is None else environ
    if env.get(ENV_DATA_DIR):
        return Path(env[ENV_DATA_DIR]).expanduser()
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False)


@dataclass(frozen=True)
class HighScore:
    """One row of a high-score table."""

    rank: int
    player: str
    score: int
    right: int
    asked: int
    best_streak: int
    seconds: float
    finished_at: str
    """ISO timestamp (UTC) of the end of the game."""
    session_id: int

    @property
    def day(self) -> str:
        return self.finished_at[:10]


@dataclass(frozen=True)
class Rank:
    """Where a finished game places among all finished games of its mode."""

    position: int
    out_of: int

    @property
    def in_top(self) -> bool:
        return self.position <= HIGH_SCORE_LIMIT


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
        """Open (or create) the database at ``path``; ``None`` keeps it in memory only."""
        self.path = path
        self.warnings: list[str] = []
        """Every warning so far (the TUI shows them; the CLI prints them)."""
        self.warn = warn
        self._now = now
        self._write_failed = False
        self._conn = self._connect()

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

    # -- opening, checking, moving aside -----------------------------------------------------

    def _warn(self, message: str) -> None:
        self.warnings.append(message)
        self.warn(message)

    def _connect(self) -> sqlite3.Connection:
        if self.path is None:
            return self._fresh(":memory:")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._warn(
                f"cannot create the data folder {self.path.parent} ({exc.strerror or exc}); "
                "scores will not be saved this time"
            )
            self.path = None
            return self._fresh(":memory:")
        if self.path.exists():
            problem = self._check_existing(self.path)
            if problem is not None:
                reason, detail = problem
                moved = self._move_aside(self.path, reason)
                where = f"moved it to {moved}" if moved else "could not move it aside"
                self._warn(f"the score database {self.path} {detail}; {where} and started afresh")
                if moved is None:
                    self.path = None
                    return self._fresh(":memory:")
        try:
            return self._fresh(str(self.path))
        except sqlite3.Error as exc:
            self._warn(
                f"cannot open the score database {self.path} ({exc}); "
                "scores will not be saved this time"
            )
            self.path = None
            return self._fresh(":memory:")

    @staticmethod
    def _check_existing(path: Path) -> tuple[str, str] | None:
        """``(reason, detail)`` if the file must be moved aside, else ``None``."""
        try:
            conn = sqlite3.connect(str(path), timeout=5.0)
        except sqlite3.Error as exc:
            return "corrupt", f"could not be opened ({exc})"
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version > SCHEMA_VERSION:
                return "newer", (
                    f"was written by a newer version of quiz (schema {version}, "
                    f"this one reads {SCHEMA_VERSION})"
                )
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                return "corrupt", f"is damaged ({check})"
            tables = {
                row[0]
                for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            if version == 0 and tables:
                return "corrupt", "is not a quiz database"
            if version == SCHEMA_VERSION and not tables >= _OUR_TABLES:
                return "corrupt", "is missing tables"
        except sqlite3.DatabaseError as exc:
            return "corrupt", f"is not a readable database ({exc})"
        finally:
            conn.close()
        return None

    def _move_aside(self, path: Path, reason: str) -> Path | None:
        stamp = self._now().strftime("%Y%m%dT%H%M%S")
        target = path.with_name(f"{path.name}.{reason}-{stamp}")
        counter = 1
        while target.exists():
            counter += 1
            target = path.with_name(f"{path.name}.{reason}-{stamp}-{counter}")
        try:
            os.replace(path, target)
        except OSError:
            return None
        for suffix in ("-wal", "-shm", "-journal"):
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                with contextlib.suppress(OSError):
                    os.replace(companion, target.with_name(target.name + suffix))
        return target

    @staticmethod
    def _fresh(target: str) -> sqlite3.Connection:
        conn = sqlite3.connect(target, timeout=5.0)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        if target != ":memory:":
            # WAL + NORMAL: a commit survives the process being killed, and costs no fsync
            # on the answer path (the keypress → feedback budget is 50 ms).
            with contextlib.suppress(sqlite3.Error):
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version == 0:
            with conn:
                conn.executescript(_SCHEMA)
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        return conn

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self._conn.close()

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

    def _timestamp(self) -> str:
        return self._now().isoformat(timespec="seconds")

    # -- writing ------------------------------------------------------------------------------

    def _player_id(self, conn: sqlite3.Connection, name: str, stamp: str) -> int:
        conn.execute(
            "INSERT INTO players (name, created_at, last_played_at) VALUES (?, ?, ?) "
            "ON CONFLICT(name) DO UPDATE SET last_played_at = excluded.last_played_at",
            (name, stamp, stamp),
        )
        row = conn.execute("SELECT id FROM players WHERE name = ?", (name,)).fetchone()
        return int(row[0])

    def begin_session(
        self, *, player: str, mode: str, set_title: str, seed: int, planned: int
    ) -> SessionRecorder:
        """Create the game's row now, so even a game killed at question one is on record."""
        stamp = self._timestamp()
        session_id: int | None = None
        with self._writing("the new game") as conn:
            player_id = self._player_id(conn, player, stamp)
            cursor = conn.execute(
                "INSERT INTO sessions (player_id, mode, set_title, seed, planned, started_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (player_id, mode, set_title, seed, planned, stamp),
            )
            session_id = cursor.lastrowid
        return SessionRecorder(self, session_id)

    def record_answer(self, session_id: int | None, record: AnswerRecord) -> None:
        """Commit one answer and the game's running totals in one transaction."""
        if session_id is None:
            return
        question = record.question
        with self._writing("your answer") as conn:
            conn.execute(
                "INSERT OR REPLACE INTO answers (session_id, position, question_id, category, "
                "difficulty, chosen, correct_answer, outcome, points, seconds, answered_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    session_id,
                    record.round.number,
                    question.id,
                    question.category,
                    question.difficulty,
                    record.chosen_text,
                    question.correct_answer,
                    record.outcome,
                    record.points.total,
                    round(record.seconds, 3),
                    self._timestamp(),
                ),
            )
            conn.execute(
                "UPDATE sessions SET score = ?, asked = asked + 1, "
                "right = right + ?, best_streak = MAX(best_streak, ?), seconds = seconds + ? "
                "WHERE id = ?",
                (
                    record.score,
                    1 if record.is_right else 0,
                    record.streak,
                    round(record.seconds, 3),
                    session_id,
                ),
            )

    def finish_session(self, session_id: int | None, summary: Summary) -> None:
        """Mark the game finished: from now on it counts for the high scores."""
        if session_id is None:
            return
        with self._writing("the final score") as conn:
            conn.execute(
                "UPDATE sessions SET finished_at = ?, score = ?, asked = ?, right = ?, "
                "best_streak = ?, seconds = ?, share = ? WHERE id = ?",
                (
                    self._timestamp(),
                    summary.score,
                    summary.asked,
                    summary.right,
                    summary.best_streak,
                    round(summary.seconds, 3),
                    summary.share,
                    session_id,
                ),
            )

    # -- reading -----------------------------------------------------------------------------

    def _read(self, sql: str, params: tuple[object, ...] = ()) -> list[sqlite3.Row]:
        try:
            return list(self._conn.execute(sql, params))
        except sqlite3.Error as exc:
            self._warn(f"could not read the score database ({exc})")
            return []

    def high_scores(self, mode: str, limit: int = HIGH_SCORE_LIMIT) -> list[HighScore]:
        """The best finished games of ``mode``: highest score first, earlier game on ties."""
        if mode not in RANKED_MODES:
            return []
        rows = self._read(
            "SELECT s.id, p.name, s.score, s.right, s.asked, s.best_streak, s.seconds, "
            "s.finished_at FROM sessions s JOIN players p ON p.id = s.player_id "
            "WHERE s.mode = ? AND s.finished_at IS NOT NULL "
            "ORDER BY s.score DESC, s.finished_at ASC, s.id ASC LIMIT ?",
            (mode, limit),
        )
        return [
            HighScore(
                rank=position,
                player=str(row["name"]),
                score=int(row["score"]),
                right=int(row["right"]),
                asked=int(row["asked"]),
                best_streak=int(row["best_streak"]),
                seconds=float(row["seconds"]),
                finished_at=str(row["finished_at"]),
                session_id=int(row["id"]),
            )
            for position, row in enumerate(rows, start=1)
        ]

    def rank(self, session_id: int | None) -> Rank | None:
        """Where a finished, ranked game places in its mode (``None`` if it does not)."""
        if session_id is None:
            return None
        rows = self._read(
            "SELECT mode, score, finished_at FROM sessions WHERE id = ?", (session_id,)
        )
        if not rows or rows[0]["finished_at"] is None or rows[0]["mode"] not in RANKED_MODES:
            return None
        mode, score, finished = rows[0]["mode"], rows[0]["score"], rows[0]["finished_at"]
        better = self._read(
            "SELECT COUNT(*) FROM sessions WHERE mode = ? AND finished_at IS NOT NULL AND ("
            "score > ? OR (score = ? AND (finished_at < ? OR (finished_at = ? AND id < ?))))",
            (mode, score, score, finished, finished, session_id),
        )
        total = self._read(
            "SELECT COUNT(*) FROM sessions WHERE mode = ? AND finished_at IS NOT NULL", (mode,)
        )
        if not better or not total:
            return None
        return Rank(position=int(better[0][0]) + 1, out_of=int(total[0][0]))

    def missed_question_ids(self, player: str) -> list[str]:
        """Questions whose latest (non-skipped) answer by ``player`` was wrong or timed out."""
        rows = self._read(
            "SELECT a.question_id, a.outcome FROM answers a "
            "JOIN sessions s ON s.id = a.session_id JOIN players p ON p.id = s.player_id "
            "WHERE p.name = ? AND a.outcome != 'skipped' ORDER BY a.id",
            (player,),
        )
        latest: dict[str, str] = {}
        for row in rows:
            latest[str(row["question_id"])] = str(row["outcome"])
        return [qid for qid, outcome in latest.items() if outcome in ("wrong", "timeout")]

    def last_player(self) -> str | None:
        """The name used most recently (pre-fills the start screen)."""
        rows = self._read("SELECT name FROM players ORDER BY last_played_at DESC, id DESC LIMIT 1")
        return str(rows[0]["name"]) if rows else None


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
