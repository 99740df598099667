"""Reporting a question: stored with the question, left out of play, listed, cleared, exported."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from quiz.store import Store

from .factory import open_store, play

if TYPE_CHECKING:
    from conftest import RunCli


def reported_store(folder: Path) -> Store:
    store = open_store(folder)
    game = play(store, "ann", 1, total=3)
    store.add_report("q-0001", "wrong", " two options are right ", player="ann", session_id=game)
    store.add_report("q-0001", "unclear", player="bob")
    store.add_report("q-0002", "other", "typo in the stem", player="ann")
    return store


def test_reports_keep_the_question_and_leave_it_out_of_play(tmp_path: Path) -> None:
    store = reported_store(tmp_path)
    assert store.reported_question_ids() == {"q-0001", "q-0002"}
    first = store.reports()[0]
    assert (first.reason, first.comment, first.player) == ("wrong", "two options are right", "ann")
    assert first.question is not None and first.question.question == "Question 1?"
    assert store.clear_reports("1") == 1
    assert store.reported_question_ids() == {"q-0001", "q-0002"}  # bob's report is still open
    assert store.clear_reports("q-0001") == 1
    assert store.reported_question_ids() == {"q-0002"}
    assert len(store.reports(include_cleared=True)) == 3


def test_quiz_reports_lists_with_question_and_source(tmp_path: Path, run: RunCli) -> None:
    reported_store(tmp_path).close()
    code, out, _ = run("reports", "--data-dir", str(tmp_path))
    assert code == 0
    assert "#1  wrong by ann" in out and "Comment: two options are right" in out
    assert "Question q-0001: Question 1?" in out and "Key: right-1" in out
    assert "Source: seeds/a.txt, line 1: “quote 1”" in out
    code, out, _ = run("reports", "--json", "--data-dir", str(tmp_path))
    data = json.loads(out)
    assert [r["id"] for r in data] == [1, 2, 3]
    assert data[0]["question"]["correct_answer"] == "right-1"


def test_clear_and_export(tmp_path: Path, run: RunCli) -> None:
    reported_store(tmp_path).close()
    code, out, _ = run("reports", "--clear", "q-0001", "--data-dir", str(tmp_path))
    assert code == 0 and "Cleared 2 reports" in out
    code, _, err = run("reports", "--clear", "99", "--data-dir", str(tmp_path))
    assert code == 2 and "no open report 99" in err
    target = tmp_path / "out" / "reports.json"
    target.parent.mkdir()
    code, _, err = run("reports", "-o", str(target), "--data-dir", str(tmp_path))
    assert code == 0 and "wrote 1 report" in err
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["format"] == "film-trivia-reports"
    (report,) = document["reports"]
    assert report["question_id"] == "q-0002" and report["question"]["question"] == "Question 2?"


def test_no_store_no_reports(tmp_path: Path, run: RunCli) -> None:
    code, out, _ = run("reports", "--data-dir", str(tmp_path))
    assert code == 0 and out.strip() == "No reports."
