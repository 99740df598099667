"""Player statistics: the numbers, ``quiz stats`` as text and JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from quiz.analysis.stats import PlayedAnswer, bar, player_stats, sparkline

from .factory import open_store, play

if TYPE_CHECKING:
    from conftest import RunCli


def answer(session: int, qid: str, outcome: str, seconds: float = 4.0, **kw: str) -> PlayedAnswer:
    return PlayedAnswer(
        session_id=session,
        game_started=f"2026-11-2{session}T10:00:00+00:00",
        mode="classic",
        question_id=qid,
        category=kw.get("category", "cast"),
        difficulty=kw.get("difficulty", "easy"),
        film=kw.get("film", "Film A"),
        outcome=outcome,
        seconds=seconds,
        stem=f"Stem {qid}?",
    )


def test_player_stats_by_hand() -> None:
    answers = [
        answer(1, "q1", "right", 2, category="cast"),
        answer(1, "q2", "wrong", 6, category="awards", difficulty="hard"),
        answer(1, "q3", "skipped", 1),
        answer(2, "q2", "timeout", 20, category="awards", difficulty="hard", film="Film B"),
        answer(2, "q1", "right", 4, category="cast", difficulty="medium"),
    ]
    stats = player_stats("ann", answers, best_streak=2)
    assert (stats.games, stats.answered, stats.right, stats.skipped) == (2, 4, 2, 1)
    assert stats.accuracy == 0.5
    assert stats.mean_seconds == 8.0 and stats.median_seconds == 5.0  # 2, 6, 20, 4
    assert [(p.number, p.answered, p.right, p.accuracy) for p in stats.over_time] == [
        (1, 2, 1, 0.5),
        (2, 2, 1, 0.5),
    ]
    assert stats.over_time[1].mean_seconds == 12.0
    assert [(b.name, b.right, b.answered) for b in stats.by_category] == [
        ("awards", 0, 2),
        ("cast", 2, 2),
    ]
    assert [b.name for b in stats.by_difficulty] == ["easy", "medium", "hard"]
    assert [(b.name, b.answered) for b in stats.by_film] == [("Film A", 3), ("Film B", 1)]
    (worst,) = stats.most_missed
    assert (worst.question_id, worst.missed, worst.seen, worst.stem) == ("q2", 2, 2, "Stem q2?")


def test_sparkline_and_bar() -> None:
    assert sparkline([0.0, 0.5, 1.0, None]) == "▁▅█ "
    assert bar(0.25, 8) == "██░░░░░░" and bar(None, 3) == "   "


def test_quiz_stats_text_and_json(tmp_path: Path, run: RunCli) -> None:
    store = open_store(tmp_path)
    play(store, "ann", 1, total=4)
    play(store, "ann", 4, total=4)
    play(store, "bob", 0, total=2)
    store.close()
    result = run("stats", "--player", "ann", "--data-dir", str(tmp_path))
    assert result.exit_code == 0
    out = result.stdout
    assert "Stats for ann" in out and "Games 2 · answered 8 · right 5 (62%)" in out
    assert "  ▃█" in out  # 25 %, then 100 %
    assert "Missed most" in out and "1× of 2   Question 1?" in out
    result = run("stats", "--json", "--data-dir", str(tmp_path))
    data = json.loads(result.stdout)
    assert data["player"] == "bob"  # the last player by default
    assert data["answered"] == 2 and data["accuracy"] == 0.0
    everyone = json.loads(run("stats", "--everyone", "--json", "--data-dir", str(tmp_path)).stdout)
    assert everyone["player"] is None and everyone["games"] == 3
    assert everyone["by_category"][0]["accuracy"] is not None


def test_quiz_stats_without_data(tmp_path: Path, run: RunCli) -> None:
    result = run("stats", "--data-dir", str(tmp_path))
    assert result.exit_code == 0 and "No games played yet" in result.stdout


def test_store_commands_load_neither_textual_nor_plots_nor_fsrs(tmp_path: Path) -> None:
    import subprocess
    import sys

    store = open_store(tmp_path)
    play(store, "ann", 1, total=3)
    store.close()
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from quiz.cli import cli\n"
        f"d = {str(tmp_path)!r}\n"
        "for args in (['stats'], ['history'], ['practice', '--due'], ['reports'],\n"
        "             ['validate', '--history'], ['scores']):\n"
        "    r = CliRunner().invoke(cli, [*args, '--data-dir', d])\n"
        "    assert r.exit_code in (0, 1), (args, r.output)\n"
        "print(sorted(m for m in ('textual', 'plotext', 'textual_plotext', 'fsrs')\n"
        "             if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
