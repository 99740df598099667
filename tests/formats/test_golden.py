"""Golden files: each format's exact output for the tricky set, and its determinism.

A change to any exporter shows up here as a diff against ``golden/``; review it, then
regenerate with ``QUIZ_UPDATE_GOLDEN=1 pytest tests/formats``.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from quiz.bank import QuestionSet
from quiz.formats import FORMAT_NAMES, FORMATS, ExportOptions, OpenTDBEncoding, render

from .conftest import check_golden
from .readers import read_cells, read_notes


def json_lines(items: list[Any]) -> str:
    """One JSON value per line: compact, yet a diff shows which row or note changed."""
    return "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items)


TEXT_GOLDEN = {
    "native": "tricky.native.json",
    "opentdb": "tricky.opentdb.json",
    "triviaapi": "tricky.triviaapi.json",
    "gift": "tricky.gift",
    "aiken": "tricky.aiken.txt",
    "moodlexml": "tricky.moodle.xml",
    "csv": "tricky.csv",
}


@pytest.mark.parametrize("name", sorted(TEXT_GOLDEN))
def test_text_format_matches_golden(name: str, tricky: QuestionSet) -> None:
    check_golden(TEXT_GOLDEN[name], render(name, tricky, ExportOptions(seed=7)))


@pytest.mark.parametrize("encoding", ["url3986", "urllegacy", "base64"])
def test_opentdb_encodings_match_golden(encoding: OpenTDBEncoding, tricky: QuestionSet) -> None:
    data = render("opentdb", tricky, ExportOptions(encode=encoding))
    check_golden(f"tricky.opentdb-{encoding}.json", data)


def test_kahoot_cells_match_golden(tricky: QuestionSet) -> None:
    cells = read_cells(render("kahoot", tricky, ExportOptions(seed=7)))
    check_golden("tricky.kahoot-cells.json", json_lines(cells))


def test_anki_notes_match_golden(tricky: QuestionSet) -> None:
    notes = read_notes(render("anki", tricky, ExportOptions(seed=7)))
    check_golden("tricky.anki-notes.json", json_lines(notes))


@pytest.mark.parametrize("name", FORMAT_NAMES)
def test_same_seed_gives_same_bytes(name: str, tricky: QuestionSet) -> None:
    first = render(name, tricky, ExportOptions(seed=3))
    assert render(name, tricky, ExportOptions(seed=3)) == first


@pytest.mark.parametrize("name", ["gift", "aiken", "moodlexml", "kahoot", "anki"])
def test_seed_changes_option_order_where_options_are_listed(name: str, tricky: QuestionSet) -> None:
    outputs = {render(name, tricky, ExportOptions(seed=s)) for s in range(6)}
    assert len(outputs) > 1


def test_correct_answer_is_not_always_listed_first(tricky: QuestionSet) -> None:
    from quiz.formats.common import ordered_options

    positions = {
        ordered_options(q, seed)[1]
        for seed in range(10)
        for q in tricky.questions
        if q.type == "multiple"
    }
    assert positions == {0, 1, 2, 3}


@pytest.mark.parametrize("name", FORMAT_NAMES)
def test_text_formats_are_utf8_and_binary_formats_are_zip(name: str, tricky: QuestionSet) -> None:
    data = render(name, tricky)
    if FORMATS[name].binary:
        assert data[:2] == b"PK"
    else:
        assert "Amélie" in data.decode("utf-8")  # non-ASCII stays literal UTF-8


@pytest.mark.parametrize("name", ["kahoot", "anki"])
def test_binary_output_does_not_depend_on_the_clock(
    name: str, tricky: QuestionSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    first = render(name, tricky)
    monkeypatch.setattr(time, "time", lambda: 2_000_000_000.0)
    monkeypatch.setattr(time, "localtime", lambda *_: time.gmtime(2_000_000_000))
    assert render(name, tricky) == first
