"""Kahoot xlsx: the template layout read back with openpyxl, the limits, determinism."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace

from openpyxl import load_workbook

from quiz.bank import QuestionSet
from quiz.formats import ExportOptions, render
from quiz.formats.kahoot import HEADERS, MAX_ANSWER, MAX_QUESTION, TIME_LIMITS

from .readers import read_cells


def test_layout_header_row_8_and_data_from_row_9(tricky: QuestionSet) -> None:
    rows = read_cells(render("kahoot", tricky))
    assert rows[7][1:] == list(HEADERS[1:])
    data = rows[8:]
    assert [r[0] for r in data] == [1, 2, 3, 4, 5]
    for row, question in zip(data, tricky.questions, strict=True):
        answers = [a for a in row[2:6] if a is not None]
        assert row[1] == " ".join(question.question.split())
        assert sorted(answers) == sorted(" ".join(o.split()) for o in question.options)
        assert answers[row[7] - 1] == question.correct_answer
        assert row[6] in TIME_LIMITS


def test_booleans_are_two_answers_true_false(tricky: QuestionSet) -> None:
    rows = read_cells(render("kahoot", tricky))[8:]
    boolean = rows[3]
    assert boolean[2:6] == ["True", "False", None, None]
    assert boolean[7] == 2  # the answer is False


def test_attribution_above_the_header(tricky: QuestionSet) -> None:
    rows = read_cells(render("kahoot", tricky))
    top = " ".join(str(v) for row in rows[:7] for v in row if v)
    assert "seeds/tricky.txt" in top


def test_too_long_questions_are_left_out_and_reported(tricky: QuestionSet) -> None:
    long_stem = "Which of these " + "very " * 22 + "long words ends the stem?"
    assert len(long_stem) > MAX_QUESTION
    long_answer = "An answer " + "that keeps going " * 4 + "and going beyond the limit"
    assert len(long_answer) > MAX_ANSWER
    first, second, *rest = tricky.questions
    exact = "x" * (MAX_QUESTION - 1) + "?"
    questions = [
        replace(first, question=long_stem),
        replace(second, incorrect_answers=(long_answer, *second.incorrect_answers[1:])),
        replace(rest[0], question=exact),
        *rest[1:],
    ]
    notes: list[str] = []
    data = render(
        "kahoot", replace(tricky, questions=questions), ExportOptions(report=notes.append)
    )
    rows = read_cells(data)[8:]
    assert len(rows) == 3
    assert rows[0][1] == exact  # exactly 120 code points fits
    assert len(notes) == 2
    assert first.id in notes[0] and "question is" in notes[0]
    assert second.id in notes[1] and "answer" in notes[1]
    assert all(len(str(r[1])) <= MAX_QUESTION for r in rows)
    assert all(len(a) <= MAX_ANSWER for r in rows for a in r[2:6] if a)


def test_limits_count_code_points_not_bytes(tricky: QuestionSet) -> None:
    stem = "서울" * 59 + "?"  # 119 code points, 355 UTF-8 bytes
    question = replace(tricky.questions[2], question=stem)
    notes: list[str] = []
    rows = read_cells(
        render("kahoot", replace(tricky, questions=[question]), ExportOptions(report=notes.append))
    )
    assert rows[8][1] == stem and notes == []


def test_workbook_and_zip_dates_are_fixed(tricky: QuestionSet) -> None:
    data = render("kahoot", tricky)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        core = archive.read("docProps/core.xml").decode()
    assert "2000-01-01T00:00:00Z" in core


def test_text_starting_with_equals_stays_text_and_control_characters_go(
    tricky: QuestionSet,
) -> None:
    question = replace(
        tricky.questions[0],
        question="=SUM(A1:A2) is which\x01 formula?",
        correct_answer='=HYPERLINK("x")',
    )
    data = render("kahoot", replace(tricky, questions=[question]))
    sheet = load_workbook(io.BytesIO(data))["Sheet1"]
    assert sheet["B9"].value == "=SUM(A1:A2) is which formula?"
    assert sheet["B9"].data_type == "s"
    answers = [sheet.cell(row=9, column=c) for c in range(3, 7)]
    assert all(a.data_type == "s" for a in answers)
    assert '=HYPERLINK("x")' in [a.value for a in answers]
