"""The game database (SQLite in the user data dir): players, games, every answer, practice
schedule, reports.

* :mod:`quiz.store.files`: where the file lives; opening, checking, moving a bad file aside;
* :mod:`quiz.store.migrations`: the versioned schema and its upgrades;
* :mod:`quiz.store.queries`: the SQL;
* :mod:`quiz.store.store`: :class:`Store`, which ties them together and never raises for a
  database problem (it warns through the function it was built with).
"""

from quiz.store.files import APP_NAME, DB_NAME, ENV_DATA_DIR, Warn, resolve_data_dir
from quiz.store.migrations import SCHEMA_VERSION
from quiz.store.queries import (
    HIGH_SCORE_LIMIT,
    REPORT_REASONS,
    GameRow,
    HighScore,
    Rank,
    Report,
    ReviewItem,
)
from quiz.store.store import SessionRecorder, Store

__all__ = [
    "APP_NAME",
    "DB_NAME",
    "ENV_DATA_DIR",
    "HIGH_SCORE_LIMIT",
    "REPORT_REASONS",
    "SCHEMA_VERSION",
    "GameRow",
    "HighScore",
    "Rank",
    "Report",
    "ReviewItem",
    "SessionRecorder",
    "Store",
    "Warn",
    "resolve_data_dir",
]
