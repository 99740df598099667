"""The database schema as a list of migrations, and the code that applies them.

``PRAGMA user_version`` holds the number of migrations applied. A fresh database runs them
all; a database written by an older release runs the ones it lacks, each in one transaction
(SQLite's DDL is transactional), so an interrupted upgrade leaves the previous version intact.
A migration is never edited once shipped: a change of schema is a new migration at the end.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    """One step from ``version - 1`` to ``version``."""

    version: int
    what: str
    script: str
    tables: frozenset[str]
    """Every table the database has once this step ran (the opener checks them)."""
    after: Callable[[sqlite3.Connection], None] | None = None
    """Data to move once the script ran (same transaction)."""


V1_SCHEMA = """
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
"""The schema release 0.1.0 shipped (``user_version`` 1). Kept verbatim: tests build a
database of that version from it and migrate it."""

V2_SCRIPT = """
CREATE TABLE questions (
    id TEXT PRIMARY KEY,
    film TEXT,
    category TEXT NOT NULL,
    data TEXT NOT NULL,
    seen_at TEXT NOT NULL
);
CREATE TABLE practice_cards (
    player_id INTEGER NOT NULL REFERENCES players(id),
    question_id TEXT NOT NULL,
    card TEXT,
    due TEXT NOT NULL,
    reviews INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (player_id, question_id)
);
CREATE INDEX practice_cards_by_due ON practice_cards(player_id, due);
CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    question_id TEXT NOT NULL,
    player_id INTEGER REFERENCES players(id),
    session_id INTEGER REFERENCES sessions(id),
    reason TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    cleared_at TEXT
);
CREATE INDEX reports_open ON reports(question_id) WHERE cleared_at IS NULL;
ALTER TABLE players ADD COLUMN practice_all INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN hotseat_id INTEGER;
CREATE INDEX answers_by_session ON answers(session_id, position);
"""
"""Release 0.2: a snapshot of every question played (history reviews and reports outlive
bank changes), the spaced-repetition schedule, question reports, the practice opt-in, and
hot-seat games grouped by ``hotseat_id``."""


V3_SCRIPT = """
ALTER TABLE sessions ADD COLUMN ranked INTEGER NOT NULL DEFAULT 1;
ALTER TABLE sessions ADD COLUMN day TEXT;
CREATE INDEX sessions_by_table ON sessions(mode, planned, set_title, score DESC);
"""
"""Release 0.3, fair play: high scores rank within (mode, question count, question set),
which needs nothing new but an index; a replayed daily is practice, so ``ranked`` says
whether a game counts and ``day`` which daily it was. Games played before keep counting
(``DEFAULT 1``)."""


def _date_past_dailies(conn: sqlite3.Connection) -> None:
    """Dailies played before 0.3 get their day from their start (UTC date: the local one was
    not kept), so a daily begun just before the upgrade is not ranked a second time."""
    conn.execute("UPDATE sessions SET day = substr(started_at, 1, 10) WHERE mode = 'daily'")


def _schedule_past_misses(conn: sqlite3.Connection) -> None:
    """Questions a player missed under 0.1 (latest real answer wrong) start in the review
    schedule as new cards, due since that answer: the practice queue survives the upgrade."""
    conn.execute(
        """
        INSERT OR IGNORE INTO practice_cards (player_id, question_id, card, due, reviews)
        SELECT player_id, question_id, NULL, answered_at, 0 FROM (
            SELECT s.player_id, a.question_id, a.outcome, a.answered_at,
                   ROW_NUMBER() OVER (
                       PARTITION BY s.player_id, a.question_id ORDER BY a.id DESC
                   ) AS latest
            FROM answers a JOIN sessions s ON s.id = a.session_id
            WHERE a.outcome != 'skipped'
        ) WHERE latest = 1 AND outcome IN ('wrong', 'timeout')
        """
    )


_V1_TABLES = frozenset({"players", "sessions", "answers"})

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "players, games, answers", V1_SCHEMA, _V1_TABLES),
    Migration(
        2,
        "question snapshots, review schedule, reports, hot-seat",
        V2_SCRIPT,
        _V1_TABLES | {"questions", "practice_cards", "reports"},
        after=_schedule_past_misses,
    ),
    Migration(
        3,
        "ranked games and the daily's day",
        V3_SCRIPT,
        _V1_TABLES | {"questions", "practice_cards", "reports"},
        after=_date_past_dailies,
    ),
)

SCHEMA_VERSION = MIGRATIONS[-1].version
"""The version this release writes (``PRAGMA user_version``)."""


def tables_of(version: int) -> frozenset[str]:
    """The tables a database of ``version`` must have (empty for 0 or unknown versions)."""
    for migration in MIGRATIONS:
        if migration.version == version:
            return migration.tables
    return frozenset()


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection) -> int:
    """Apply every migration the database lacks; return the version it started at.

    Each step runs in its own transaction, ``user_version`` included, so a crash in the
    middle leaves the database at the last completed version.
    """
    start = user_version(conn)
    saved_isolation = conn.isolation_level
    conn.isolation_level = None  # we issue BEGIN/COMMIT ourselves
    try:
        for migration in MIGRATIONS:
            if migration.version <= user_version(conn):
                continue
            conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in _statements(migration.script):
                    conn.execute(statement)
                if migration.after is not None:
                    migration.after(conn)
                conn.execute(f"PRAGMA user_version = {migration.version}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
    finally:
        conn.isolation_level = saved_isolation
    return start


def _statements(script: str) -> list[str]:
    """The script's statements (``executescript`` would commit: we want one transaction)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
