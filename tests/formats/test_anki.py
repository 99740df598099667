"""Anki .apkg: unzip, open collection.anki2 with sqlite3, check notes, GUIDs, fields."""

from __future__ import annotations

import json
from pathlib import Path

import genanki
import pytest

from quiz.bank import QuestionSet
from quiz.formats import ExportOptions, render
from quiz.formats.anki import DECK_ID, DEFAULT_TIMESTAMP, MODEL_ID

from .readers import open_collection, read_notes


def test_one_note_per_question_with_stable_guids(tricky: QuestionSet) -> None:
    notes = read_notes(render("anki", tricky))
    assert len(notes) == len(tricky.questions)
    assert [n["guid"] for n in notes] == [genanki.guid_for(q.id) for q in tricky.questions]
    assert {n["mid"] for n in notes} == {MODEL_ID}
    assert {n["mod"] for n in notes} == {DEFAULT_TIMESTAMP}


def test_fields_are_html_escaped_once_and_back_has_explanation_and_source(
    tricky: QuestionSet,
) -> None:
    first = read_notes(render("anki", tricky))[0]["fields"]
    assert first["Question"] == ('Which title uses : ~ = # { } \\ and -&gt; in its "name"?')
    assert "<li>[markup] &amp; &lt;b&gt;bold&lt;/b&gt;</li>" in first["Choices"]
    assert first["Answer"].endswith(". Film #2: {Redux} = 2+2=4")
    assert first["Explanation"].endswith("Second line ]]&gt; &amp; &lt;tag&gt;.")
    assert "<br>" in first["Explanation"]
    assert first["Source"].startswith("seeds/tricky.txt, line 12:")
    assert first["Id"] == "tricky-cast-0001"


def test_answer_letter_points_at_the_correct_choice(tricky: QuestionSet) -> None:
    import re

    for seed in range(4):
        for note in read_notes(render("anki", tricky, ExportOptions(seed=seed))):
            fields = note["fields"]
            choices = re.findall(r"<li>(.*?)</li>", fields["Choices"])
            letter, answer = fields["Answer"].split(". ", 1)
            assert choices[ord(letter) - ord("A")] == answer


def test_tags_have_no_spaces(tricky: QuestionSet) -> None:
    notes = read_notes(render("anki", tricky))
    assert sorted(notes[0]["tags"]) == ["cast", "difficulty::easy", "lead_role"]


def test_deck_and_model_ids_are_fixed(tricky: QuestionSet, tmp_path: Path) -> None:
    connection = open_collection(render("anki", tricky), tmp_path)
    decks, models = connection.execute("SELECT decks, models FROM col").fetchone()
    connection.close()
    assert str(DECK_ID) in json.loads(decks)
    assert json.loads(decks)[str(DECK_ID)]["name"] == tricky.title
    assert str(MODEL_ID) in json.loads(models)


def test_source_date_epoch_sets_the_note_time(
    tricky: QuestionSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")
    notes = read_notes(render("anki", tricky))
    assert {n["mod"] for n in notes} == {1_800_000_000}


def test_genanki_leaves_no_temporary_file(
    tricky: QuestionSet, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    render("anki", tricky)
    assert list(tmp_path.iterdir()) == []


def test_real_anki_imports_the_package_and_matches_notes_on_reimport(
    tricky: QuestionSet, tmp_path: Path
) -> None:
    """Anki's own importer (PyPI ``anki``, optional: skipped when not installed)."""
    collection_module = pytest.importorskip("anki.collection")
    package = tmp_path / "tricky.apkg"
    package.write_bytes(render("anki", tricky))
    col = collection_module.Collection(str(tmp_path / "collection.anki2"))
    try:
        options = collection_module.ImportAnkiPackageOptions(with_scheduling=False)
        request = collection_module.ImportAnkiPackageRequest(
            package_path=str(package), options=options
        )
        first = col.import_anki_package(request)
        assert len(first.log.new) == len(tricky.questions)
        assert col.note_count() == len(tricky.questions)
        guids = {col.get_note(n).guid for n in col.find_notes("")}
        assert guids == {genanki.guid_for(q.id) for q in tricky.questions}
        card = col.get_note(col.find_notes('"Id:tricky-cast-0001"')[0]).cards()[0]
        assert "-&gt; in its" in card.question()
        assert "Source: seeds/tricky.txt, line 12" in card.answer()
        again = col.import_anki_package(request)
        assert len(again.log.new) == 0  # matched by GUID, not duplicated
        assert col.note_count() == len(tricky.questions)
    finally:
        col.close()
