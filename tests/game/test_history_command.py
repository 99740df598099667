"""``quiz history``: past games as a table, one game's full review, JSON; no Textual."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from quiz.store import DB_NAME

from .factory import open_store, play

if TYPE_CHECKING:
    from conftest import RunCli


def test_no_games_yet_creates_nothing(tmp_path: Path, run: RunCli) -> None:
    code, out, _ = run("history", "--data-dir", str(tmp_path))
    assert code == 0 and "No games played yet" in out
    assert not (tmp_path / DB_NAME).exists()


def test_games_newest_first_per_player_with_limit(tmp_path: Path, run: RunCli) -> None:
    store = open_store(tmp_path)
    first = play(store, "ann", 4)
    play(store, "bob", 2)
    last = play(store, "ann", 1, total=4)
    store.begin_session(player="ann", mode="classic", set_title="S", seed=1, planned=5)
    store.close()
    code, out, _ = run("history", "--player", "ann", "--data-dir", str(tmp_path))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["Game", "Date", "(UTC)", "Player"]
    # The empty game (no answer) is left out; bob's is another player's.
    rows = [line.split() for line in lines[1:] if line.strip() and line.split()[0].isdigit()]
    assert [int(r[0]) for r in rows] == [last, first]
    assert "Film A" in lines[1] and "1/4" in lines[1] and "25%" in lines[1]
    assert "4/5" in lines[2] and "80%" in lines[2]
    code, out, _ = run("history", "--limit", "1", "--data-dir", str(tmp_path))
    assert len([x for x in out.splitlines() if x[:5].strip().isdigit()]) == 1


def test_a_game_opens_to_its_full_review(tmp_path: Path, run: RunCli) -> None:
    store = open_store(tmp_path)
    game = play(store, "ann", 1, total=2)
    store.close()
    code, out, _ = run("history", "--game", str(game), "--data-dir", str(tmp_path))
    assert code == 0
    assert "Right 1/2 (50%)" in out  # the one convention: right/questions
    assert " 1. ✔ Question 0?" in out and " 2. ✘ Question 1?" in out
    assert "Right answer: right-1" in out and "Your answer:  wrong-1-" in out
    assert "Why: Because 1." in out
    assert "Source: seeds/a.txt, line 1: “quote 1”" in out


def test_json_output(tmp_path: Path, run: RunCli) -> None:
    store = open_store(tmp_path)
    game = play(store, "ann", 2, total=3)
    store.close()
    _, out, _ = run("history", "--json", "--data-dir", str(tmp_path))
    (row,) = json.loads(out)
    assert (row["game"], row["player"], row["right"], row["asked"]) == (game, "ann", 2, 3)
    assert row["films"] == ["Film A"]
    _, out, _ = run("history", "--game", str(game), "--json", "--data-dir", str(tmp_path))
    data = json.loads(out)
    assert [a["outcome"] for a in data["answers"]] == ["right", "right", "wrong"]
    assert data["answers"][0]["question"]["question"] == "Question 0?"


def test_unknown_game_is_a_usage_error(tmp_path: Path, run: RunCli) -> None:
    play(open_store(tmp_path), "ann", 1)
    code, _, err = run("history", "--game", "999", "--data-dir", str(tmp_path))
    assert code == 2 and "no game 999" in err
