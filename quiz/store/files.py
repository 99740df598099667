"""Where the database file lives, and opening it safely: check, move aside, fall back.

Robustness rules (a score file must never stop anyone from playing):

* a file that is not a readable SQLite database, fails ``PRAGMA quick_check``, or holds tables
  we did not create is moved aside (``quiz.sqlite3.corrupt-<time>``) with a warning and a fresh
  database is started;
* a file written by a newer version of the game (``PRAGMA user_version`` above ours) is moved
  aside the same way (``.newer-<time>``), never modified;
* a data folder that cannot be created or written falls back to an in-memory database, with a
  warning that nothing will be saved;
* an older file is migrated in place (:mod:`quiz.store.migrations`); a migration that fails
  moves the file aside like a damaged one.

Files are opened in WAL mode with ``synchronous = NORMAL``: a committed answer survives the
process being killed, and the answer path costs no fsync.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from quiz.store.migrations import SCHEMA_VERSION, migrate, tables_of

APP_NAME = "film-quiz"
ENV_DATA_DIR = "QUIZ_DATA_DIR"
DB_NAME = "quiz.sqlite3"

Warn = Callable[[str], None]


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


@dataclass
class Opened:
    """A usable connection, the file behind it (``None``: in memory) and what went wrong."""

    conn: sqlite3.Connection
    path: Path | None
    migrated_from: int | None = None
    """The version an older file was upgraded from, if it was."""


def check_existing(path: Path) -> tuple[str, str] | None:
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
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if version == 0 and tables:
            return "corrupt", "is not a quiz database"
        if version > 0 and not tables >= tables_of(version):
            return "corrupt", "is missing tables"
    except sqlite3.DatabaseError as exc:
        return "corrupt", f"is not a readable database ({exc})"
    finally:
        conn.close()
    return None


def move_aside(path: Path, reason: str, now: datetime) -> Path | None:
    """Rename ``path`` (and its -wal/-shm/-journal companions) out of the way."""
    stamp = now.strftime("%Y%m%dT%H%M%S")
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


def connect(target: str) -> sqlite3.Connection:
    """A connection in WAL mode (files) with the schema brought up to date."""
    conn = sqlite3.connect(target, timeout=5.0)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    if target != ":memory:":
        with contextlib.suppress(sqlite3.Error):
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
    return conn


def _memory() -> Opened:
    conn = connect(":memory:")
    migrate(conn)
    return Opened(conn, None)


def open_database(path: Path | None, *, now: Callable[[], datetime], warn: Warn) -> Opened:
    """Open (create, migrate) the database at ``path``; never raises for a bad file."""
    if path is None:
        return _memory()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        warn(
            f"cannot create the data folder {path.parent} ({exc.strerror or exc}); "
            "scores will not be saved this time"
        )
        return _memory()
    for attempt in range(2):
        if path.exists():
            problem = check_existing(path)
            if problem is not None:
                reason, detail = problem
                moved = move_aside(path, reason, now())
                where = f"moved it to {moved}" if moved else "could not move it aside"
                warn(f"the score database {path} {detail}; {where} and started afresh")
                if moved is None:
                    return _memory()
        try:
            conn = connect(str(path))
        except sqlite3.Error as exc:
            warn(f"cannot open the score database {path} ({exc}); scores will not be saved")
            return _memory()
        try:
            started = migrate(conn)
        except sqlite3.Error as exc:
            conn.close()
            if attempt == 0 and path.exists():
                moved = move_aside(path, "unmigrated", now())
                if moved is not None:
                    warn(
                        f"the score database {path} could not be upgraded ({exc}); "
                        f"moved it to {moved} and started afresh"
                    )
                    continue
            warn(f"cannot upgrade the score database {path} ({exc}); scores will not be saved")
            return _memory()
        return Opened(conn, path, started if 0 < started < SCHEMA_VERSION else None)
    return _memory()
