"""Atomic writes: no partial files, symlinks and devices handled, parents not invented."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from quiz.fileio import write_atomic


def test_writes_and_replaces_a_regular_file(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    write_atomic(target, "one")
    write_atomic(target, b"two")
    assert target.read_text() == "two"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]  # no temp file left


def test_a_symlink_is_followed_not_replaced(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_atomic(link, "new")
    assert link.is_symlink() and real.read_text() == "new"


def test_a_device_is_written_through_not_replaced() -> None:
    write_atomic(Path(os.devnull), "discarded")
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_missing_parent_is_an_error_unless_asked(tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "out.json"
    with pytest.raises(FileNotFoundError, match="does not exist"):
        write_atomic(target, "x")
    assert not (tmp_path / "no").exists()
    write_atomic(target, "x", create_parents=True)
    assert target.read_text() == "x"


def test_parent_that_is_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "file.json"
    blocker.write_text("{}")
    with pytest.raises(OSError, match="not a folder"):
        write_atomic(blocker / "out.json", "x")
