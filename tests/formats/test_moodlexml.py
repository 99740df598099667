"""Moodle XML: well-formed UTF-8, CDATA that survives ``]]>``, fractions 100/0, read back."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest

from quiz.bank import QuestionSet
from quiz.formats import ExportOptions, render
from quiz.formats.moodlexml import cdata

from .readers import read_moodle_xml


def test_declaration_is_the_first_line(tricky: QuestionSet) -> None:
    data = render("moodlexml", tricky)
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<quiz>')


@pytest.mark.parametrize("text", ["a]]>b", "]]>", "]]]]>>", "<p>x</p>", ""])
def test_cdata_holds_any_text(text: str) -> None:
    assert (ET.fromstring(f"<t>{cdata(text)}</t>").text or "") == text


def test_characters_xml_forbids_are_dropped(tricky: QuestionSet) -> None:
    question = replace(tricky.questions[2], question="Which\x00 year\x1b did it\x0b open?")
    parsed = read_moodle_xml(render("moodlexml", replace(tricky, questions=[question])))
    assert parsed[0].stem == "Which year did it open?"


def test_reads_back_as_the_same_questions(tricky: QuestionSet) -> None:
    for seed in (0, 1):
        parsed = read_moodle_xml(render("moodlexml", tricky, ExportOptions(seed=seed)))
        assert len(parsed) == len(tricky.questions)
        for got, want in zip(parsed, tricky.questions, strict=True):
            assert got.title == want.id and got.idnumber == want.id
            assert got.stem == want.question
            assert got.category is not None and got.category.endswith("/" + want.category)
            assert got.tags == tuple(dict.fromkeys([want.category, *want.tags, want.difficulty]))
            if want.type == "boolean":
                assert got.is_true == (want.correct_answer == "True")
            else:
                assert got.correct == [want.correct_answer]
                assert sorted(got.incorrect) == sorted(want.incorrect_answers)


def test_general_feedback_carries_explanation_and_source(tricky: QuestionSet) -> None:
    parsed = read_moodle_xml(render("moodlexml", tricky))
    first = parsed[0].feedback or ""
    assert "Second line ]]&gt; &amp; &lt;tag&gt;." in first
    assert "Source: seeds/tricky.txt, line 12:" in first
    assert parsed[1].feedback is None  # no explanation, no source


def test_attribution_comment_is_valid_xml(tricky: QuestionSet) -> None:
    text = render("moodlexml", tricky).decode()
    comment = text[text.index("<!--") + 4 : text.index("-->")]
    assert "--" not in comment and "seeds/tricky.txt" in comment


def test_moodle_xml_parser_reads_multichoice(tricky: QuestionSet) -> None:
    parser = pytest.importorskip("moodle_xml_parser.parser")
    result = parser.parse_bytes(render("moodlexml", tricky))
    multichoice = [q for q in tricky.questions if q.type == "multiple"]
    assert len(result["multichoice"]) == len(multichoice)
    for got, want in zip(result["multichoice"], multichoice, strict=True):
        assert got.name == want.id
        assert got.single is True
        correct = [o.answer for o in got.options if o.score_fraction == 100.0]
        assert correct == [want.correct_answer]
        assert sorted(o.answer for o in got.options) == sorted(want.options)
