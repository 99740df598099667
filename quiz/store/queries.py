"""The SQL of the game database: one small function per statement or question asked.

Functions take an open connection and raise :class:`sqlite3.Error`; the :class:`~quiz.store.Store`
wraps them in transactions and turns failures into warnings. Nothing here knows which modes are
ranked or how practice is scheduled: those rules live in :mod:`quiz.game`.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from quiz.bank import Question
from quiz.errors import QuizError

HIGH_SCORE_LIMIT = 10


@dataclass(frozen=True)
class HighScore:
    """One row of a high-score table."""

    rank: int
    player: str
    score: int
    planned: int
    """Questions the game had (its length): games rank against games of the same length."""
    set_title: str
    """The question set played (a film, the bundled bank, a file)."""
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
    """Where a finished, ranked game places in its table (mode, question count, set)."""

    position: int
    out_of: int

    @property
    def in_top(self) -> bool:
        return self.position <= HIGH_SCORE_LIMIT


@dataclass(frozen=True)
class GameRow:
    """One past game as the history lists it."""

    session_id: int
    player: str
    mode: str
    set_title: str
    started_at: str
    finished_at: str | None
    score: int
    asked: int
    right: int
    skipped: int
    seconds: float
    films: tuple[str, ...]
    hotseat_id: int | None = None

    @property
    def answered(self) -> int:
        """Questions answered or timed out (skips excluded), as in the results."""
        return self.asked - self.skipped

    @property
    def accuracy(self) -> float | None:
        """Right ÷ answered; ``None`` when nothing was answered."""
        return self.right / self.answered if self.answered else None

    @property
    def when(self) -> str:
        """``2026-11-25 20:01`` (UTC) for tables."""
        return self.started_at[:16].replace("T", " ")

    @property
    def finished(self) -> bool:
        return self.finished_at is not None


@dataclass(frozen=True)
class ReviewItem:
    """One answer of a past game, with the question as it was played (if it was kept)."""

    position: int
    question_id: str
    category: str
    difficulty: str
    chosen: str | None
    correct_answer: str
    outcome: str
    points: int
    seconds: float
    question: Question | None
    """The question as played (``None`` for games recorded before questions were kept)."""


def _question(data: object) -> Question | None:
    if not isinstance(data, str):
        return None
    try:
        return Question.from_dict(json.loads(data))
    except (ValueError, KeyError, TypeError, QuizError):
        return None


# -- writing ----------------------------------------------------------------------------------


def player_id(conn: sqlite3.Connection, name: str, stamp: str) -> int:
    """The player's id, creating the player (and marking them as the last one) as needed."""
    conn.execute(
        "INSERT INTO players (name, created_at, last_played_at) VALUES (?, ?, ?) "
        "ON CONFLICT(name) DO UPDATE SET last_played_at = excluded.last_played_at",
        (name, stamp, stamp),
    )
    row = conn.execute("SELECT id FROM players WHERE name = ?", (name,)).fetchone()
    return int(row[0])


def insert_session(
    conn: sqlite3.Connection,
    *,
    player: int,
    mode: str,
    set_title: str,
    seed: int,
    planned: int,
    stamp: str,
    hotseat_id: int | None = None,
    ranked: bool = True,
    day: str | None = None,
) -> int | None:
    cursor = conn.execute(
        "INSERT INTO sessions (player_id, mode, set_title, seed, planned, started_at, hotseat_id,"
        " ranked, day) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (player, mode, set_title, seed, planned, stamp, hotseat_id, int(ranked), day),
    )
    return cursor.lastrowid


def snapshot_question(conn: sqlite3.Connection, question: Question, stamp: str) -> None:
    """Keep the question as played, so reviews and reports outlive changes to the bank."""
    conn.execute(
        "INSERT INTO questions (id, film, category, data, seen_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET film = excluded.film, category = excluded.category, "
        "data = excluded.data, seen_at = excluded.seen_at",
        (
            question.id,
            question.film,
            question.category,
            json.dumps(question.to_dict(), ensure_ascii=False, sort_keys=True),
            stamp,
        ),
    )


def insert_answer(
    conn: sqlite3.Connection,
    *,
    session_id: int,
    position: int,
    question: Question,
    chosen: str | None,
    outcome: str,
    points: int,
    seconds: float,
    stamp: str,
) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO answers (session_id, position, question_id, category, "
        "difficulty, chosen, correct_answer, outcome, points, seconds, answered_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            session_id,
            position,
            question.id,
            question.category,
            question.difficulty,
            chosen,
            question.correct_answer,
            outcome,
            points,
            seconds,
            stamp,
        ),
    )


def add_to_totals(
    conn: sqlite3.Connection,
    session_id: int,
    *,
    score: int,
    right: bool,
    streak: int,
    seconds: float,
) -> None:
    conn.execute(
        "UPDATE sessions SET score = ?, asked = asked + 1, "
        "right = right + ?, best_streak = MAX(best_streak, ?), seconds = seconds + ? "
        "WHERE id = ?",
        (score, 1 if right else 0, streak, seconds, session_id),
    )


def finish_session(
    conn: sqlite3.Connection,
    session_id: int,
    *,
    stamp: str,
    score: int,
    asked: int,
    right: int,
    best_streak: int,
    seconds: float,
    share: str | None,
) -> None:
    conn.execute(
        "UPDATE sessions SET finished_at = ?, score = ?, asked = ?, right = ?, "
        "best_streak = ?, seconds = ?, share = ? WHERE id = ?",
        (stamp, score, asked, right, best_streak, seconds, share, session_id),
    )


# -- reading ----------------------------------------------------------------------------------


_SAME_TABLE = (
    "mode = ? AND planned = ? AND set_title = ? AND ranked = 1 AND finished_at IS NOT NULL"
)
"""One high-score table: ranked, finished games of one mode, length and question set."""


def high_scores(
    conn: sqlite3.Connection, mode: str, planned: int, set_title: str, limit: int
) -> list[HighScore]:
    """The best ranked, finished games of one table: highest score first, earlier on ties.

    A table is (mode, question count, question set): 7/10 and 33/118 never share one.
    """
    rows = conn.execute(
        "SELECT s.id, p.name, s.score, s.right, s.asked, s.best_streak, s.seconds, "
        "s.finished_at, s.planned, s.set_title FROM sessions s "
        "JOIN players p ON p.id = s.player_id "
        "WHERE s.mode = ? AND s.planned = ? AND s.set_title = ? AND s.ranked = 1 "
        "AND s.finished_at IS NOT NULL "
        "ORDER BY s.score DESC, s.finished_at ASC, s.id ASC LIMIT ?",
        (mode, planned, set_title, limit),
    )
    return [
        HighScore(
            rank=position,
            player=str(row["name"]),
            score=int(row["score"]),
            planned=int(row["planned"]),
            set_title=str(row["set_title"]),
            right=int(row["right"]),
            asked=int(row["asked"]),
            best_streak=int(row["best_streak"]),
            seconds=float(row["seconds"]),
            finished_at=str(row["finished_at"]),
            session_id=int(row["id"]),
        )
        for position, row in enumerate(rows, start=1)
    ]


def score_tables(conn: sqlite3.Connection, mode: str) -> list[tuple[str, int]]:
    """Every table of ``mode`` as ``(set title, question count)``, the one with the most
    recently finished game first."""
    rows = conn.execute(
        "SELECT set_title, planned, MAX(finished_at) AS latest FROM sessions "
        "WHERE mode = ? AND ranked = 1 AND finished_at IS NOT NULL "
        "GROUP BY set_title, planned ORDER BY latest DESC, set_title, planned",
        (mode,),
    )
    return [(str(row["set_title"]), int(row["planned"])) for row in rows]


def rank(conn: sqlite3.Connection, session_id: int) -> Rank | None:
    """Where a finished, ranked game places in its table (``None`` if it does not)."""
    row = conn.execute(
        "SELECT mode, score, finished_at, planned, set_title, ranked FROM sessions WHERE id = ?",
        (session_id,),
    ).fetchone()
    if row is None or row["finished_at"] is None or not row["ranked"]:
        return None
    table = (row["mode"], row["planned"], row["set_title"])
    score, finished = row["score"], row["finished_at"]
    better = conn.execute(
        f"SELECT COUNT(*) FROM sessions WHERE {_SAME_TABLE} AND ("
        "score > ? OR (score = ? AND (finished_at < ? OR (finished_at = ? AND id < ?))))",
        (*table, score, score, finished, finished, session_id),
    ).fetchone()
    total = conn.execute(f"SELECT COUNT(*) FROM sessions WHERE {_SAME_TABLE}", table).fetchone()
    return Rank(position=int(better[0]) + 1, out_of=int(total[0]))


def played_daily(conn: sqlite3.Connection, player: str, day: str) -> bool:
    """Whether ``player`` already began the daily of ``day`` (finished or not)."""
    row = conn.execute(
        "SELECT 1 FROM sessions s JOIN players p ON p.id = s.player_id "
        "WHERE p.name = ? AND s.mode = 'daily' AND s.day = ? LIMIT 1",
        (player, day),
    ).fetchone()
    return row is not None


def missed_question_ids(conn: sqlite3.Connection, player: str) -> list[str]:
    """Questions whose latest (non-skipped) answer by ``player`` was wrong or timed out."""
    rows = conn.execute(
        "SELECT a.question_id, a.outcome FROM answers a "
        "JOIN sessions s ON s.id = a.session_id JOIN players p ON p.id = s.player_id "
        "WHERE p.name = ? AND a.outcome != 'skipped' ORDER BY a.id",
        (player,),
    )
    latest: dict[str, str] = {}
    for row in rows:
        latest[str(row["question_id"])] = str(row["outcome"])
    return [qid for qid, outcome in latest.items() if outcome in ("wrong", "timeout")]


def last_player(conn: sqlite3.Connection) -> str | None:
    """The name used most recently."""
    row = conn.execute(
        "SELECT name FROM players ORDER BY last_played_at DESC, id DESC LIMIT 1"
    ).fetchone()
    return str(row["name"]) if row else None


_GAME_COLUMNS = """
    s.id, p.name, s.mode, s.set_title, s.started_at, s.finished_at, s.score, s.asked,
    s.right, s.seconds, s.hotseat_id,
    (SELECT COUNT(*) FROM answers a WHERE a.session_id = s.id AND a.outcome = 'skipped')
        AS skipped,
    (SELECT GROUP_CONCAT(film, char(31)) FROM (
        SELECT DISTINCT q.film FROM answers a JOIN questions q ON q.id = a.question_id
        WHERE a.session_id = s.id AND q.film IS NOT NULL ORDER BY q.film)) AS films
"""


def _game_row(row: sqlite3.Row) -> GameRow:
    films = str(row["films"]).split("\x1f") if row["films"] else []
    return GameRow(
        session_id=int(row["id"]),
        player=str(row["name"]),
        mode=str(row["mode"]),
        set_title=str(row["set_title"]),
        started_at=str(row["started_at"]),
        finished_at=None if row["finished_at"] is None else str(row["finished_at"]),
        score=int(row["score"]),
        asked=int(row["asked"]),
        right=int(row["right"]),
        skipped=int(row["skipped"]),
        seconds=float(row["seconds"]),
        films=tuple(films),
        hotseat_id=None if row["hotseat_id"] is None else int(row["hotseat_id"]),
    )


def games(conn: sqlite3.Connection, player: str | None, limit: int | None) -> list[GameRow]:
    """Games with at least one answer, newest first (one player's, or everyone's)."""
    rows = conn.execute(
        f"SELECT {_GAME_COLUMNS} FROM sessions s JOIN players p ON p.id = s.player_id "
        "WHERE s.asked > 0 AND (? IS NULL OR p.name = ?) "
        "ORDER BY s.started_at DESC, s.id DESC LIMIT ?",
        (player, player, -1 if limit is None else limit),
    )
    return [_game_row(row) for row in rows]


def game(conn: sqlite3.Connection, session_id: int) -> GameRow | None:
    row = conn.execute(
        f"SELECT {_GAME_COLUMNS} FROM sessions s JOIN players p ON p.id = s.player_id "
        "WHERE s.id = ?",
        (session_id,),
    ).fetchone()
    return None if row is None else _game_row(row)


def game_review(conn: sqlite3.Connection, session_id: int) -> list[ReviewItem]:
    """Every answer of a game in play order, with the question snapshot."""
    rows = conn.execute(
        "SELECT a.*, q.data FROM answers a LEFT JOIN questions q ON q.id = a.question_id "
        "WHERE a.session_id = ? ORDER BY a.position",
        (session_id,),
    )
    return [
        ReviewItem(
            position=int(row["position"]),
            question_id=str(row["question_id"]),
            category=str(row["category"]),
            difficulty=str(row["difficulty"]),
            chosen=None if row["chosen"] is None else str(row["chosen"]),
            correct_answer=str(row["correct_answer"]),
            outcome=str(row["outcome"]),
            points=int(row["points"]),
            seconds=float(row["seconds"]),
            question=_question(row["data"]),
        )
        for row in rows
    ]


def players(conn: sqlite3.Connection) -> list[str]:
    """Every player's name, most recent first."""
    rows = conn.execute("SELECT name FROM players ORDER BY last_played_at DESC, id DESC")
    return [str(row["name"]) for row in rows]


@dataclass(frozen=True)
class PracticeCard:
    """One question in a player's review schedule."""

    question_id: str
    card: str | None
    """FSRS state as JSON; ``None`` until its first review (cards carried over from 0.1)."""
    due: str
    reviews: int
    stem: str | None = None
    """The question's text as last played, when it was kept."""


def session_player(conn: sqlite3.Connection, session_id: int) -> tuple[int, bool] | None:
    """The player of a game and whether they track every question for practice."""
    row = conn.execute(
        "SELECT p.id, p.practice_all FROM sessions s JOIN players p ON p.id = s.player_id "
        "WHERE s.id = ?",
        (session_id,),
    ).fetchone()
    return None if row is None else (int(row[0]), bool(row[1]))


def practice_card(conn: sqlite3.Connection, player: int, question_id: str) -> PracticeCard | None:
    row = conn.execute(
        "SELECT question_id, card, due, reviews FROM practice_cards "
        "WHERE player_id = ? AND question_id = ?",
        (player, question_id),
    ).fetchone()
    return None if row is None else _card(row)


def _card(row: sqlite3.Row) -> PracticeCard:
    keys = row.keys()
    return PracticeCard(
        question_id=str(row["question_id"]),
        card=None if row["card"] is None else str(row["card"]),
        due=str(row["due"]),
        reviews=int(row["reviews"]),
        stem=str(row["stem"]) if "stem" in keys and row["stem"] is not None else None,
    )


def save_card(conn: sqlite3.Connection, player: int, question_id: str, card: str, due: str) -> None:
    conn.execute(
        "INSERT INTO practice_cards (player_id, question_id, card, due, reviews) "
        "VALUES (?, ?, ?, ?, 1) ON CONFLICT(player_id, question_id) DO UPDATE SET "
        "card = excluded.card, due = excluded.due, reviews = reviews + 1",
        (player, question_id, card, due),
    )


def practice_schedule(conn: sqlite3.Connection, player: str) -> list[PracticeCard]:
    """A player's schedule, the earliest due first."""
    rows = conn.execute(
        "SELECT c.question_id, c.card, c.due, c.reviews, "
        "json_extract(q.data, '$.question') AS stem FROM practice_cards c "
        "JOIN players p ON p.id = c.player_id LEFT JOIN questions q ON q.id = c.question_id "
        "WHERE p.name = ? ORDER BY c.due, c.question_id",
        (player,),
    )
    return [_card(row) for row in rows]


def set_practice_all(conn: sqlite3.Connection, player: int, every_question: bool) -> None:
    conn.execute(
        "UPDATE players SET practice_all = ? WHERE id = ?", (1 if every_question else 0, player)
    )


def practice_all(conn: sqlite3.Connection, player: str) -> bool:
    row = conn.execute("SELECT practice_all FROM players WHERE name = ?", (player,)).fetchone()
    return bool(row[0]) if row else False


REPORT_REASONS: tuple[str, ...] = ("wrong", "unclear", "other")
"""Why a question was reported: the key is wrong (or a second option is right), the question
is unclear, or something else (the comment says what)."""


@dataclass(frozen=True)
class Report:
    """A player's report on a question, with the question as it was played."""

    id: int
    question_id: str
    reason: str
    comment: str
    player: str | None
    session_id: int | None
    created_at: str
    cleared_at: str | None
    question: Question | None


def add_report(
    conn: sqlite3.Connection,
    *,
    question_id: str,
    reason: str,
    comment: str,
    player: int | None,
    session_id: int | None,
    stamp: str,
) -> int | None:
    cursor = conn.execute(
        "INSERT INTO reports (question_id, player_id, session_id, reason, comment, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (question_id, player, session_id, reason, comment, stamp),
    )
    return cursor.lastrowid


def reports(conn: sqlite3.Connection, *, include_cleared: bool) -> list[Report]:
    """Reports, oldest first (open ones only unless ``include_cleared``)."""
    rows = conn.execute(
        "SELECT r.*, p.name, q.data FROM reports r LEFT JOIN players p ON p.id = r.player_id "
        "LEFT JOIN questions q ON q.id = r.question_id "
        "WHERE ? OR r.cleared_at IS NULL ORDER BY r.id",
        (1 if include_cleared else 0,),
    )
    return [
        Report(
            id=int(row["id"]),
            question_id=str(row["question_id"]),
            reason=str(row["reason"]),
            comment=str(row["comment"]),
            player=None if row["name"] is None else str(row["name"]),
            session_id=None if row["session_id"] is None else int(row["session_id"]),
            created_at=str(row["created_at"]),
            cleared_at=None if row["cleared_at"] is None else str(row["cleared_at"]),
            question=_question(row["data"]),
        )
        for row in rows
    ]


def reported_question_ids(conn: sqlite3.Connection) -> set[str]:
    """Questions with at least one open report (left out of play)."""
    rows = conn.execute("SELECT DISTINCT question_id FROM reports WHERE cleared_at IS NULL")
    return {str(row[0]) for row in rows}


def clear_reports(conn: sqlite3.Connection, target: str, stamp: str) -> int:
    """Clear report ``target`` (its number) or every open report on question ``target``."""
    if target.isdigit():
        cursor = conn.execute(
            "UPDATE reports SET cleared_at = ? WHERE id = ? AND cleared_at IS NULL",
            (stamp, int(target)),
        )
    else:
        cursor = conn.execute(
            "UPDATE reports SET cleared_at = ? WHERE question_id = ? AND cleared_at IS NULL",
            (stamp, target),
        )
    return cursor.rowcount


def responses(conn: sqlite3.Connection) -> list[tuple[str, str, bool, str | None, int]]:
    """Every real answer (skips excluded) in time order: player, question, right, chosen text,
    number of options (2 for true/false when the question was kept, else 4)."""
    rows = conn.execute(
        "SELECT p.name, a.question_id, a.outcome, a.chosen, "
        "json_extract(q.data, '$.type') AS type FROM answers a "
        "JOIN sessions s ON s.id = a.session_id JOIN players p ON p.id = s.player_id "
        "LEFT JOIN questions q ON q.id = a.question_id "
        "WHERE a.outcome != 'skipped' ORDER BY a.answered_at, a.id"
    )
    return [
        (
            str(row["name"]),
            str(row["question_id"]),
            row["outcome"] == "right",
            None if row["chosen"] is None else str(row["chosen"]),
            2 if row["type"] == "boolean" else 4,
        )
        for row in rows
    ]


def kept_questions(conn: sqlite3.Connection) -> dict[str, Question]:
    """Every question as last played (id → question)."""
    found: dict[str, Question] = {}
    for row in conn.execute("SELECT id, data FROM questions"):
        question = _question(row["data"])
        if question is not None:
            found[str(row["id"])] = question
    return found


def answer_log(conn: sqlite3.Connection, player: str | None) -> list[sqlite3.Row]:
    """Every answer of ``player`` (or everyone), in time order, with its game and question."""
    return list(
        conn.execute(
            "SELECT a.session_id, s.started_at, s.mode, a.question_id, a.category, "
            "a.difficulty, q.film, a.outcome, a.seconds, "
            "json_extract(q.data, '$.question') AS stem FROM answers a "
            "JOIN sessions s ON s.id = a.session_id JOIN players p ON p.id = s.player_id "
            "LEFT JOIN questions q ON q.id = a.question_id "
            "WHERE (? IS NULL OR p.name = ?) ORDER BY s.started_at, s.id, a.position",
            (player, player),
        )
    )


def best_streak(conn: sqlite3.Connection, player: str | None) -> int:
    row = conn.execute(
        "SELECT MAX(s.best_streak) FROM sessions s JOIN players p ON p.id = s.player_id "
        "WHERE (? IS NULL OR p.name = ?)",
        (player, player),
    ).fetchone()
    return int(row[0] or 0)


def next_hotseat_id(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT COALESCE(MAX(hotseat_id), 0) + 1 FROM sessions").fetchone()
    return int(row[0])


def rename_player(conn: sqlite3.Connection, old: str, new: str) -> int:
    """Rename a player (their games, schedule and reports follow: they hold the id)."""
    cursor = conn.execute("UPDATE players SET name = ? WHERE name = ?", (new, old))
    return cursor.rowcount


def player_exists(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM players WHERE name = ?", (name,)).fetchone() is not None


def hotseat_games(conn: sqlite3.Connection, hotseat_id: int) -> list[int]:
    rows = conn.execute("SELECT id FROM sessions WHERE hotseat_id = ? ORDER BY id", (hotseat_id,))
    return [int(row[0]) for row in rows]


def any_question_answered(conn: sqlite3.Connection, times: int) -> bool:
    """Whether some question has at least ``times`` real answers (cheap, indexed)."""
    row = conn.execute(
        "SELECT 1 FROM answers WHERE outcome != 'skipped' GROUP BY question_id "
        "HAVING COUNT(*) >= ? LIMIT 1",
        (times,),
    ).fetchone()
    return row is not None
