"""The SQLite store: answers saved as given, high scores, and never crashing on a bad file."""

from __future__ import annotations

import random
import sqlite3
import sys
from pathlib import Path

import pytest

from quiz.game.clock import FakeClock, FakeWallClock
from quiz.game.modes import Classic, Practice
from quiz.game.session import Session
from quiz.store import DB_NAME, ENV_DATA_DIR, SCHEMA_VERSION, Store, resolve_data_dir

from .factory import open_store, play, pool


def test_a_new_store_has_the_schema_version(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    store.close()
    conn = sqlite3.connect(tmp_path / DB_NAME)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_each_answer_is_on_disk_as_soon_as_it_is_given(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    recorder = store.begin_session(player="ann", mode="classic", set_title="S", seed=1, planned=5)
    s = Session(
        pool(5), Classic(count=5), rng=random.Random(1), clock=FakeClock(), recorder=recorder
    )
    for _ in range(2):
        round_ = s.next_question()
        s.answer(round_.correct_index)
    s.next_question()  # the answer in progress is the only thing a kill can lose
    # Another connection (as after a crash and restart) already sees both answers.
    other = sqlite3.connect(tmp_path / DB_NAME)
    rows = other.execute(
        "SELECT position, outcome, points FROM answers ORDER BY position"
    ).fetchall()
    assert rows == [
        (1, "right", s.records[0].points.total),
        (2, "right", s.records[1].points.total),
    ]
    score, finished = other.execute("SELECT score, finished_at FROM sessions").fetchone()
    assert score == s.score and finished is None


def test_high_scores_are_the_top_ten_finished_games_of_a_mode(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    ids = {right: play(store, f"p{right}", right) for right in range(6)}
    for n in range(6):
        play(store, f"extra{n}", 5)
    store.begin_session(player="quitter", mode="classic", set_title="S", seed=1, planned=5)
    play(store, "practiser", 5, mode=Practice(question_ids=("q-0001",)))
    table = store.high_scores("classic")
    assert len(table) == 10
    assert [row.rank for row in table] == list(range(1, 11))
    assert table[0].player == "p5"  # ties: the earlier game ranks first
    assert [row.score for row in table] == sorted((row.score for row in table), reverse=True)
    assert "quitter" not in {row.player for row in table}
    # Whether a mode is ranked is the registry's rule, not the store's: the store just answers.
    assert [row.player for row in store.high_scores("practice")] == ["practiser"]
    rank = store.rank(ids[0])
    assert rank is not None and (rank.position, rank.out_of) == (12, 12) and not rank.in_top
    best = store.rank(ids[5])
    assert best is not None and best.position == 1


def test_missed_questions_are_those_whose_latest_answer_was_wrong(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    play(store, "ann", right=2, total=4)  # q1, q2 right; the other two wrong
    missed = store.missed_question_ids("ann")
    assert len(missed) == 2
    assert store.missed_question_ids("bob") == []
    play(store, "ann", right=4, total=4)  # all right now
    assert store.missed_question_ids("ann") == []


def test_last_player(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    assert store.last_player() is None
    play(store, "ann", 1)
    play(store, "bob", 1)
    assert store.last_player() == "bob"


def test_a_corrupt_file_is_moved_aside_with_a_warning(tmp_path: Path) -> None:
    db = tmp_path / DB_NAME
    db.write_bytes(b"this is not a database at all, just text pretending\n" * 100)
    warnings: list[str] = []
    store = Store.open(tmp_path, warn=warnings.append, now=FakeWallClock())
    assert len(warnings) == 1 and "moved it to" in warnings[0]
    aside = list(tmp_path.glob(f"{DB_NAME}.corrupt-*"))
    assert len(aside) == 1
    assert aside[0].read_bytes().startswith(b"this is not a database")
    play(store, "ann", 3)
    assert store.high_scores("classic")[0].player == "ann"


def test_a_damaged_database_is_moved_aside(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    for n in range(30):
        play(store, f"p{n}", 3)
    store.close()
    db = tmp_path / DB_NAME
    data = bytearray(db.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # wreck a page in the middle
    db.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"{DB_NAME}{suffix}").unlink(missing_ok=True)
    warnings: list[str] = []
    Store.open(tmp_path, warn=warnings.append)
    assert warnings and "moved it to" in warnings[0]


def test_a_file_from_a_newer_version_is_moved_aside_untouched(tmp_path: Path) -> None:
    db = tmp_path / DB_NAME
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    warnings: list[str] = []
    store = Store.open(tmp_path, warn=warnings.append)
    assert "newer version" in warnings[0]
    (aside,) = tmp_path.glob(f"{DB_NAME}.newer-*")
    assert aside.read_bytes() == before
    play(store, "ann", 2)
    assert len(store.high_scores("classic")) == 1


def test_someone_elses_database_is_not_reused(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / DB_NAME)
    conn.execute("CREATE TABLE players (name)")
    conn.commit()
    conn.close()
    warnings: list[str] = []
    Store.open(tmp_path, warn=warnings.append)
    assert "not a quiz database" in warnings[0]


def test_an_unusable_data_folder_falls_back_to_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    warnings: list[str] = []
    store = Store.open(blocker / "data", warn=warnings.append)
    assert store.path is None and "will not be saved" in warnings[0]
    assert not store.saving
    play(store, "ann", 1)
    assert store.high_scores("classic")[0].player == "ann"


def test_a_failed_write_warns_once_and_the_game_goes_on(tmp_path: Path) -> None:
    warnings: list[str] = []
    store = Store.open(tmp_path, now=FakeWallClock(), warn=warnings.append)
    assert store.saving
    store._conn.execute("DROP TABLE answers")  # simulate a broken database mid-game
    play(store, "ann", 3)
    assert len(warnings) == 1 and "could not save" in warnings[0]
    assert not store.saving


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG paths are Linux's")
def test_data_dir_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_data_dir(tmp_path / "x", {ENV_DATA_DIR: "/elsewhere"}) == tmp_path / "x"
    assert resolve_data_dir(None, {ENV_DATA_DIR: str(tmp_path)}) == tmp_path
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert resolve_data_dir(None, {}) == tmp_path / "xdg" / "film-quiz"


def test_ranks_within_mode_length_and_set(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    long_game = play(store, "ann", 33, total=118)
    short_game = play(store, "bob", 7, total=10)
    rank = store.rank(short_game)
    assert rank is not None and (rank.position, rank.out_of) == (1, 1)
    rank = store.rank(long_game)
    assert rank is not None and (rank.position, rank.out_of) == (1, 1)
    other = store.begin_session(player="cy", mode="classic", set_title="Other", seed=1, planned=10)
    s = Session(
        pool(10), Classic(count=10), rng=random.Random(1), clock=FakeClock(), recorder=other
    )
    while not s.is_over:
        s.answer(s.next_question().correct_index)
    rank = store.rank(other.session_id)
    assert rank is not None and rank.out_of == 1  # another set: its own table
    tables = {(t, n): [r.player for r in rows] for t, n, rows in store.score_tables("classic")}
    assert tables == {("Set", 118): ["ann"], ("Set", 10): ["bob"], ("Other", 10): ["cy"]}


def test_an_unranked_game_of_a_ranked_mode_stays_out(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    recorder = store.begin_session(
        player="ann", mode="daily", set_title="Set", seed=1, planned=5, ranked=False, day="x"
    )
    s = Session(
        pool(5), Classic(count=5), rng=random.Random(1), clock=FakeClock(), recorder=recorder
    )
    while not s.is_over:
        s.answer(s.next_question().correct_index)
    assert store.rank(recorder.session_id) is None
    assert store.score_tables("daily") == []
    assert store.played_daily("ann", "x") and not store.played_daily("bob", "x")


_SCHEMA_V1 = """
CREATE TABLE players (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL, last_played_at TEXT NOT NULL);
CREATE TABLE sessions (id INTEGER PRIMARY KEY, player_id INTEGER NOT NULL REFERENCES players(id),
    mode TEXT NOT NULL, set_title TEXT NOT NULL, seed INTEGER NOT NULL, planned INTEGER NOT NULL,
    started_at TEXT NOT NULL, finished_at TEXT, score INTEGER NOT NULL DEFAULT 0,
    asked INTEGER NOT NULL DEFAULT 0, right INTEGER NOT NULL DEFAULT 0,
    best_streak INTEGER NOT NULL DEFAULT 0, seconds REAL NOT NULL DEFAULT 0, share TEXT);
CREATE TABLE answers (id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL REFERENCES sessions(id),
    position INTEGER NOT NULL, question_id TEXT NOT NULL, category TEXT NOT NULL,
    difficulty TEXT NOT NULL, chosen TEXT, correct_answer TEXT NOT NULL, outcome TEXT NOT NULL,
    points INTEGER NOT NULL, seconds REAL NOT NULL, answered_at TEXT NOT NULL,
    UNIQUE (session_id, position));
INSERT INTO players VALUES (1, 'old', '2026-01-01', '2026-01-01');
INSERT INTO sessions (player_id, mode, set_title, seed, planned, started_at, finished_at, score,
    asked, right) VALUES (1, 'classic', 'Set', 1, 5, '2026-01-01', '2026-01-01T10:00:00', 900, 5, 4);
PRAGMA user_version = 1;
"""


def test_a_version_1_database_is_migrated_and_keeps_its_scores(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / DB_NAME)
    conn.executescript(_SCHEMA_V1)
    conn.close()
    store = open_store(tmp_path)
    assert not store.warnings
    assert [r.player for r in store.high_scores("classic", planned=5, set_title="Set")] == ["old"]
    play(store, "new", 5)
    assert [r.player for r in store.high_scores("classic", planned=5, set_title="Set")] == [
        "new",
        "old",
    ]
    store.close()
    conn = sqlite3.connect(tmp_path / DB_NAME)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
