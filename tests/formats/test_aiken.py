"""Aiken: one-line text, guarded stems, read back with Moodle's line rules."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quiz.bank import QuestionSet
from quiz.formats import ExportOptions, render
from quiz.formats.aiken import stem_line

from .readers import read_aiken


def aiken_text(qset: QuestionSet, seed: int = 0) -> str:
    return render("aiken", qset, ExportOptions(seed=seed)).decode("utf-8")


@pytest.mark.parametrize(
    ("stem", "expected"),
    [
        ("E.T. the Extra-Terrestrial opened when?", "Q: E.T. the Extra-Terrestrial opened when?"),
        ("A) is this an option?", "Q: A) is this an option?"),
        ("B.Is this?", "Q: B.Is this?"),
        ("ANSWER: is it?", "Q: ANSWER: is it?"),
        ("answer : is it?", "Q: answer : is it?"),
        ("Who\nplays   her?", "Who plays her?"),
        ("a) lower case is fine?", "a) lower case is fine?"),
    ],
)
def test_stems_that_moodle_would_misread_are_guarded(stem: str, expected: str) -> None:
    assert stem_line(stem) == expected


def test_reads_back_as_the_same_questions(tricky: QuestionSet) -> None:
    for seed in (0, 1, 2):
        parsed = read_aiken(aiken_text(tricky, seed))
        assert len(parsed) == len(tricky.questions)
        for got, want in zip(parsed, tricky.questions, strict=True):
            assert got.stem.removeprefix("Q: ") == " ".join(want.question.split())
            assert got.correct == [want.correct_answer]
            assert sorted(got.incorrect) == sorted(want.incorrect_answers)


def test_true_false_is_two_options_true_first(tricky: QuestionSet) -> None:
    blocks = aiken_text(tricky).strip().split("\n\n")
    assert blocks[3].split("\n")[1:] == ["A. True", "B. False", "ANSWER: B"]
    assert blocks[4].split("\n")[1:] == ["A. True", "B. False", "ANSWER: A"]


def test_multiline_options_are_collapsed(tricky: QuestionSet) -> None:
    question = replace(tricky.questions[2], correct_answer="19\n82")
    parsed = read_aiken(aiken_text(replace(tricky, questions=[question])))
    assert parsed[0].correct == ["19 82"]
