"""CSV: RFC 4180 (CRLF, minimal quoting, doubled quotes), header, read back by the csv module."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

from quiz.bank import QuestionSet
from quiz.formats import render
from quiz.formats.csv import COLUMNS


def rows(qset: QuestionSet) -> list[list[str]]:
    text = render("csv", qset).decode("utf-8")
    return list(csv.reader(io.StringIO(text, newline="")))


def test_header_and_one_row_per_question(tricky: QuestionSet) -> None:
    table = rows(tricky)
    assert table[0] == list(COLUMNS)
    assert len(table) == len(tricky.questions) + 1


def test_values_read_back_exactly(tricky: QuestionSet) -> None:
    for row, question in zip(rows(tricky)[1:], tricky.questions, strict=True):
        record = dict(zip(COLUMNS, row, strict=True))
        assert record["question"] == question.question
        assert record["correct_answer"] == question.correct_answer
        wrong = [record[f"incorrect_answer_{i}"] for i in (1, 2, 3)]
        assert [w for w in wrong if w] == list(question.incorrect_answers)
        assert record["explanation"] == (question.explanation or "")
        if question.source is not None:
            assert record["source_path"] == question.source.path
            assert record["source_line"] == str(question.source.line)
            assert record["source_quote"] == question.source.quote


def test_records_end_with_crlf_and_quotes_are_doubled(tricky: QuestionSet) -> None:
    data = render("csv", tricky)
    assert data.endswith(b"\r\n")
    assert data.count(b"\r\n") == len(tricky.questions) + 1  # embedded newlines stay bare LF
    assert b'""name""' in data
    assert not data.startswith(b"\xef\xbb\xbf")


def test_cells_a_spreadsheet_would_run_as_formulas_get_a_leading_quote(
    tricky: QuestionSet,
) -> None:
    first = tricky.questions[0]
    risky = replace(
        first,
        question='=HYPERLINK("http://evil.invalid") Which film starts with a formula?',
        correct_answer="+1 (formula)",
        incorrect_answers=("-2 (formula)", "@SUM(A1:A2)", "\tTabbed"),
        explanation="\rCarriage return first",
        tags=("plain",),
    )
    table = rows(replace(tricky, questions=[risky]))
    record = dict(zip(COLUMNS, table[1], strict=True))
    assert record["question"] == "'" + risky.question
    assert record["correct_answer"] == "'+1 (formula)"
    assert [record[f"incorrect_answer_{i}"] for i in (1, 2, 3)] == [
        "'-2 (formula)",
        "'@SUM(A1:A2)",
        "'\tTabbed",
    ]
    assert record["explanation"] == "'\rCarriage return first"
    assert record["tags"] == "plain" and record["id"] == risky.id


def test_only_csv_neutralises_formulas(tricky: QuestionSet) -> None:
    risky = replace(tricky.questions[0], correct_answer="=1+1")
    qset = replace(tricky, questions=[risky])
    assert b"'=1+1" in render("csv", qset)
    for other in ("native", "opentdb", "gift", "moodlexml", "aiken"):
        assert b"'=1+1" not in render(other, qset), other
