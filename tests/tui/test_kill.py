"""A game killed mid-way keeps every answer given so far (real process, real terminal)."""

from __future__ import annotations

import os
import select
import signal
import sqlite3
import sys
import time
from pathlib import Path

import pytest

from quiz.store import DB_NAME

pty = pytest.importorskip("pty")


def _read_until(fd: int, markers: tuple[bytes, ...], seen: bytearray, timeout: float = 15) -> None:
    deadline = time.monotonic() + timeout
    while not any(m in seen for m in markers):
        if time.monotonic() > deadline:
            raise AssertionError(
                f"none of {markers!r} appeared; output ends {bytes(seen[-300:])!r}"
            )
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            seen.extend(os.read(fd, 65536))


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_killed_game_keeps_its_answers(tmp_path: Path, two_films: Path) -> None:
    argv = [
        sys.executable,
        "-m",
        "quiz",
        "play",
        str(two_films),
        "--start",
        "--seed",
        "5",
        "--count",
        "5",
        "--player",
        "kim",
        "--data-dir",
        str(tmp_path),
    ]
    env = {**os.environ, "TERM": "xterm-256color", "TEXTUAL_ANIMATIONS": "none"}
    pid, fd = pty.fork()
    if pid == 0:  # the game, in a terminal of its own
        os.execve(sys.executable, argv, env)
    try:
        import fcntl
        import struct
        import termios

        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        seen = bytearray()
        verdicts = (b"Right!", b"Wrong.")
        for number, key in ((1, b"a"), (2, b"b")):
            _read_until(fd, (f"{number} / 5".encode(),), seen)
            del seen[:]
            os.write(fd, key)
            _read_until(fd, verdicts, seen)
            del seen[:]
            os.write(fd, b"\r")
        _read_until(fd, (b"3 / 5",), seen)
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(fd)
    conn = sqlite3.connect(tmp_path / DB_NAME)
    answers = conn.execute("SELECT position, chosen FROM answers ORDER BY position").fetchall()
    assert [position for position, _ in answers] == [1, 2]
    assert all(chosen for _, chosen in answers)
    # What each answer commits with it survives too: the question as played (history's
    # review) and, for a miss, its practice card (the same transaction as the answer).
    kept = conn.execute("SELECT COUNT(*) FROM questions").fetchone()[0]
    assert kept == 2
    outcomes = [row[0] for row in conn.execute("SELECT outcome FROM answers")]
    cards = conn.execute("SELECT COUNT(*) FROM practice_cards").fetchone()[0]
    assert cards == outcomes.count("wrong")
    (finished,) = conn.execute("SELECT finished_at FROM sessions").fetchone()
    assert finished is None  # not in the high scores, but nothing answered was lost
