"""``quiz scores``: plain-text tables from the store, without Textual."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from quiz.store import DB_NAME

from .factory import open_store, play

if TYPE_CHECKING:
    from conftest import RunCli


def test_no_games_yet(tmp_path: Path, run: RunCli) -> None:
    code, out, _ = run("scores", "--data-dir", str(tmp_path))
    assert code == 0 and "No games played yet" in out
    assert not (tmp_path / DB_NAME).exists()  # reading scores creates nothing


def test_tables_per_mode(tmp_path: Path, run: RunCli) -> None:
    store = open_store(tmp_path)
    play(store, "ann", 4)
    play(store, "bob", 2)
    store.close()
    code, out, _ = run("scores", "--data-dir", str(tmp_path))
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Classic · Set · 5 questions: top 10"
    first, second = lines[2].split(), lines[3].split()
    assert first[:2] == ["1", "ann"] and second[:2] == ["2", "bob"]
    assert int(first[2]) > int(second[2]) and first[3] == "4/5" and second[3] == "2/5"
    assert "Timed: top 10" in out and "(no finished games yet)" in out
    code, out, _ = run("scores", "--mode", "timed", "--data-dir", str(tmp_path))
    assert "Classic" not in out and "Timed: top 10" in out
    code, out, _ = run("scores", "--mode", "practice", "--data-dir", str(tmp_path))
    assert out.strip() == "Practice games are not ranked."


def test_one_table_per_length_and_set(tmp_path: Path, run: RunCli) -> None:
    store = open_store(tmp_path)
    play(store, "long", 33, total=118)
    play(store, "short", 7, total=10)
    store.close()
    code, out, _ = run("scores", "--mode", "classic", "--data-dir", str(tmp_path))
    assert code == 0
    assert "Classic · Set · 118 questions: top 10" in out
    assert "Classic · Set · 10 questions: top 10" in out
    long_table, short_table = out.split("\n\n")[:2]
    assert ("long" in long_table) != ("long" in short_table)
    assert " 1  short" in out and " 1  long" in out  # each first in its own table
    assert "33/118" in out and "7/10" in out


def test_env_var_selects_the_data_dir(tmp_path: Path, monkeypatch, run: RunCli) -> None:  # type: ignore[no-untyped-def]
    store = open_store(tmp_path)
    play(store, "carol", 1)
    store.close()
    monkeypatch.setenv("QUIZ_DATA_DIR", str(tmp_path))
    code, out, _ = run("scores")
    assert code == 0 and "carol" in out


def test_corrupt_store_warns_and_still_answers(tmp_path: Path, run: RunCli) -> None:
    (tmp_path / DB_NAME).write_bytes(b"garbage" * 500)
    code, out, err = run("scores", "--data-dir", str(tmp_path))
    assert code == 0
    assert "warning" in err and "moved it to" in err
    assert "(no finished games yet)" in out


def test_scores_and_play_module_do_not_import_textual(tmp_path: Path) -> None:
    """Textual only loads inside `play`; the bundled bank loads without jsonschema (fast start)."""
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from quiz.cli import cli\n"
        "import quiz.commands.play\n"
        "from quiz.sources import load_sources\n"
        "assert load_sources([]).questions\n"
        f"r = CliRunner().invoke(cli, ['scores', '--data-dir', {str(tmp_path)!r}])\n"
        "assert r.exit_code == 0, r.output\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'jsonschema')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
