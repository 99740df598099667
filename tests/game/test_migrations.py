"""The schema is versioned: a database of the shipped version 1 opens, upgrades, keeps its data."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from quiz.game.clock import FakeWallClock
from quiz.store import DB_NAME, SCHEMA_VERSION, Store
from quiz.store.migrations import MIGRATIONS, V1_SCHEMA, migrate, tables_of

from .factory import play


def make_v1_database(folder: Path) -> Path:
    """A quiz.sqlite3 exactly as release 0.1.0 wrote it: ann missed q-0002, then got q-0001
    right after missing it; bob's one game is finished."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / DB_NAME
    conn = sqlite3.connect(path)
    conn.executescript(V1_SCHEMA)
    conn.execute("PRAGMA user_version = 1")
    conn.executescript(
        """
        INSERT INTO players VALUES (1, 'ann', '2026-01-01T10:00:00+00:00',
                                    '2026-01-02T10:00:00+00:00');
        INSERT INTO players VALUES (2, 'bob', '2026-01-01T11:00:00+00:00',
                                    '2026-01-01T11:00:00+00:00');
        INSERT INTO sessions (id, player_id, mode, set_title, seed, planned, started_at,
                              finished_at, score, asked, right, best_streak, seconds)
            VALUES (1, 1, 'classic', 'Set', 1, 3, '2026-01-01T10:00:00+00:00',
                    '2026-01-01T10:05:00+00:00', 100, 3, 1, 1, 30.0),
                   (2, 1, 'classic', 'Set', 2, 1, '2026-01-02T10:00:00+00:00',
                    NULL, 100, 1, 1, 1, 5.0),
                   (3, 2, 'timed', 'Set', 3, 1, '2026-01-01T11:00:00+00:00',
                    '2026-01-01T11:01:00+00:00', 250, 1, 1, 1, 4.0);
        INSERT INTO answers (session_id, position, question_id, category, difficulty, chosen,
                             correct_answer, outcome, points, seconds, answered_at)
            VALUES (1, 1, 'q-0001', 'cast', 'easy', 'x', 'right-1', 'wrong', 0, 10,
                    '2026-01-01T10:01:00+00:00'),
                   (1, 2, 'q-0002', 'cast', 'easy', 'x', 'right-2', 'timeout', 0, 10,
                    '2026-01-01T10:02:00+00:00'),
                   (1, 3, 'q-0003', 'cast', 'easy', 'right-3', 'right-3', 'right', 100, 10,
                    '2026-01-01T10:03:00+00:00'),
                   (2, 1, 'q-0001', 'cast', 'easy', 'right-1', 'right-1', 'right', 100, 5,
                    '2026-01-02T10:01:00+00:00'),
                   (3, 1, 'q-0009', 'cast', 'easy', 'x', 'right-9', 'wrong', 0, 4,
                    '2026-01-01T11:00:30+00:00');
        """
    )
    conn.commit()
    conn.close()
    return path


def test_the_shipped_version_is_migrated_and_keeps_everything(tmp_path: Path) -> None:
    path = make_v1_database(tmp_path)
    warnings: list[str] = []
    store = Store.open(tmp_path, now=FakeWallClock(), warn=warnings.append)
    assert warnings == []  # an upgrade is not a problem worth a warning
    assert store.migrated_from == 1 and store.path == path
    assert store.high_scores("classic")[0].player == "ann"
    assert store.high_scores("timed")[0].score == 250
    assert store.last_player() == "ann"
    store.close()

    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables >= tables_of(SCHEMA_VERSION)
    assert conn.execute("SELECT COUNT(*) FROM answers").fetchone()[0] == 5
    # Past misses (latest real answer wrong) start in the review schedule: ann's q-0002 (she
    # got q-0001 right later) and bob's q-0009.
    cards = conn.execute(
        "SELECT p.name, c.question_id, c.due, c.card FROM practice_cards c "
        "JOIN players p ON p.id = c.player_id ORDER BY p.name, c.question_id"
    ).fetchall()
    assert cards == [
        ("ann", "q-0002", "2026-01-01T10:02:00+00:00", None),
        ("bob", "q-0009", "2026-01-01T11:00:30+00:00", None),
    ]


def test_a_migrated_store_plays_on(tmp_path: Path) -> None:
    make_v1_database(tmp_path)
    store = Store.open(tmp_path, now=FakeWallClock())
    session = play(store, "cid", right=2, total=3)
    assert store.rank(session) is not None
    assert [row.player for row in store.high_scores("classic")][:2] == ["cid", "ann"]


def test_reopening_migrates_nothing_twice(tmp_path: Path) -> None:
    make_v1_database(tmp_path)
    Store.open(tmp_path).close()
    again = Store.open(tmp_path)
    assert again.migrated_from is None


def test_the_database_is_in_wal_mode(tmp_path: Path) -> None:
    Store.open(tmp_path).close()
    conn = sqlite3.connect(tmp_path / DB_NAME)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_failing_step_leaves_the_previous_version(tmp_path: Path) -> None:
    path = make_v1_database(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE reports (x)")  # the v2 step cannot create its table now
    conn.commit()
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "practice_cards" not in tables  # the step's other changes were rolled back
    conn.close()
    warnings: list[str] = []
    store = Store.open(tmp_path, now=FakeWallClock(), warn=warnings.append)
    assert store.saving and "could not be upgraded" in warnings[0]
    assert list(tmp_path.glob(f"{DB_NAME}.unmigrated-*"))


def test_versions_are_consecutive() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))


def make_v2_database(folder: Path) -> Path:
    """A quiz.sqlite3 as release 0.2 wrote it (issue 12's schema): the v1 data above, then
    steps 1 and 2 only, plus one daily and one report written under 0.2."""
    path = make_v1_database(folder)
    conn = sqlite3.connect(path)
    conn.isolation_level = None
    for migration in MIGRATIONS[1:2]:  # 1 → 2, exactly as 0.2 ran it
        conn.execute("BEGIN")
        for statement in migration.script.split(";"):  # no ';' inside a statement
            if statement.strip():
                conn.execute(statement)
        if migration.after is not None:
            migration.after(conn)
        conn.execute(f"PRAGMA user_version = {migration.version}")
        conn.execute("COMMIT")
    conn.executescript(
        """
        INSERT INTO sessions (id, player_id, mode, set_title, seed, planned, started_at,
                              finished_at, score, asked, right, best_streak, seconds)
            VALUES (4, 2, 'daily', 'Set', 4, 10, '2026-01-03T09:00:00+00:00',
                    '2026-01-03T09:05:00+00:00', 700, 10, 7, 3, 60.0);
        INSERT INTO reports (question_id, player_id, session_id, reason, created_at)
            VALUES ('q-0003', 1, 1, 'wrong', '2026-01-02T10:30:00+00:00');
        """
    )
    conn.close()
    return path


def test_a_version_2_database_gains_ranking_columns_and_keeps_everything(tmp_path: Path) -> None:
    path = make_v2_database(tmp_path)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 2
    warnings: list[str] = []
    store = Store.open(tmp_path, now=FakeWallClock(), warn=warnings.append)
    assert warnings == [] and store.migrated_from == 2
    # Old games keep counting, each in its own table (mode, length, set).
    assert [(r.player, r.planned, r.set_title) for r in store.high_scores("classic")] == [
        ("ann", 3, "Set")
    ]
    assert [r.player for r in store.high_scores("daily", planned=10, set_title="Set")] == ["bob"]
    assert store.rank(4) is not None
    # The daily played under 0.2 is dated: replaying it that day is not ranked again.
    assert store.played_daily("bob", "2026-01-03") and not store.played_daily("ann", "2026-01-03")
    # What 0.2 added survives: the report and the practice schedule.
    assert store.reported_question_ids() == {"q-0003"}
    assert [c.question_id for c in store.practice_schedule("ann")] == ["q-0002"]
    store.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
    columns = {row[1] for row in conn.execute("PRAGMA table_info(sessions)")}
    assert {"ranked", "day", "hotseat_id"} <= columns
    assert conn.execute("SELECT COUNT(*) FROM sessions WHERE ranked = 1").fetchone()[0] == 4


def test_a_version_1_database_goes_all_the_way_to_version_3(tmp_path: Path) -> None:
    path = make_v1_database(tmp_path)
    store = Store.open(tmp_path, now=FakeWallClock())
    assert store.migrated_from == 1
    store.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
    columns = {row[1] for row in conn.execute("PRAGMA table_info(sessions)")}
    assert {"ranked", "day", "hotseat_id"} <= columns
