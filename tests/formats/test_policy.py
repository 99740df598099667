"""One policy for rule-breaking questions, whatever the input format (issue 11).

``quiz validate`` is strict: such a question is a problem, exit 1, native or not. ``quiz
export`` (like ``play`` and ``add``) leaves it out, names it on stderr and goes on: exit 0.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from quiz.cli import cli


def _opentdb(questions: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "response_code": 0,
        "results": [
            {
                "type": "multiple",
                "difficulty": "easy",
                "category": "Entertainment: Film",
                "question": q["question"],
                "correct_answer": q["correct_answer"],
                "incorrect_answers": q["incorrect_answers"],
            }
            for q in questions
        ],
    }


def _native(questions: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "format": "film-trivia-set",
        "version": 1,
        "title": "Mine",
        "generator": "test",
        "sources": [],
        "questions": [
            {
                "id": f"q{n}",
                "type": "multiple",
                "category": "film",
                "difficulty": "easy",
                "tags": [],
                **q,
            }
            for n, q in enumerate(questions)
        ],
    }


QUESTIONS = [
    {
        "question": f"Which film came out in year number {n + 1}?",
        "correct_answer": f"Film {'WXYZ'[n]}",
        "incorrect_answers": [f"Film {'EFGH'[n]}", f"Film {'IJKL'[n]}", f"Film {'MNOP'[n]}"],
    }
    for n in range(4)
] + [
    {
        "question": "Which answer repeats?",
        "correct_answer": "Same",
        "incorrect_answers": ["Same", "Other", "Third"],
    }
]


@pytest.fixture(params=["opentdb", "native"])
def bad_file(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    make = _opentdb if request.param == "opentdb" else _native
    path = tmp_path / f"{request.param}.json"
    path.write_text(json.dumps(make(QUESTIONS)), encoding="utf-8")
    return path


def test_validate_fails_on_a_rule_breaking_question_in_any_format(bad_file: Path) -> None:
    result = CliRunner().invoke(cli, ["validate", str(bad_file)])
    assert result.exit_code == 1, result.output
    assert "problem" in result.output and "distinct" in result.output


def test_export_leaves_it_out_names_it_and_succeeds_in_any_format(bad_file: Path) -> None:
    result = CliRunner().invoke(cli, ["export", str(bad_file), "-f", "csv"])
    assert result.exit_code == 0, result.stderr
    assert "Which answer repeats?" not in result.stdout
    assert result.stdout.count("Which film came out") == 4
    assert "Which answer repeats?" in result.stderr and "distinct" in result.stderr


def test_export_of_the_same_question_in_two_files_keeps_one_and_says_so(tmp_path: Path) -> None:
    good = [q for q in QUESTIONS if q["question"] != "Which answer repeats?"]
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    first.write_text(json.dumps(_opentdb(good)), encoding="utf-8")
    second.write_text(json.dumps(_native(good[:1])), encoding="utf-8")
    result = CliRunner().invoke(cli, ["export", str(first), str(second), "-f", "csv"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.count("year number 1?") == 1
    assert "left out" in result.stderr and "duplicate-stem" in result.stderr
