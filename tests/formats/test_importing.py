"""The import policy: detection, skip-and-report, exit codes for bad files, stable ids."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quiz.bank import QuestionSet
from quiz.errors import InvalidInput, UnreadableInput, UsageProblem
from quiz.formats import render
from quiz.formats.importing import detect_format, import_data, import_file, load_question_file

from .samples import (
    ANSWER_AMONG_DISTRACTORS,
    BAD_BOOLEAN,
    DUPLICATE_OPTIONS,
    GOOD,
    TWO_DISTRACTORS,
    result,
)


def test_detects_each_format(tricky: QuestionSet) -> None:
    assert detect_format(json.loads(render("native", tricky)), "x") == "native"
    assert detect_format(json.loads(render("opentdb", tricky)), "x") == "opentdb"
    assert detect_format(json.loads(render("opentdb", tricky))["results"], "x") == "opentdb"
    assert detect_format(json.loads(render("triviaapi", tricky)), "x") == "triviaapi"
    with pytest.raises(InvalidInput, match="not a question file"):
        detect_format({"hello": "world"}, "x")
    with pytest.raises(InvalidInput, match="empty list"):
        detect_format([], "x")


def test_questions_breaking_hard_rules_are_skipped_and_the_rest_kept() -> None:
    doc = {
        "response_code": 0,
        "results": [
            GOOD,
            DUPLICATE_OPTIONS,
            ANSWER_AMONG_DISTRACTORS,
            TWO_DISTRACTORS,
            BAD_BOOLEAN,
            GOOD,
        ],
    }
    outcome = import_data(doc, "mixed.json")
    assert [q.question for q in outcome.qset.questions] == ["Who directed Jaws?"]
    assert outcome.read == 6
    reasons = {s.where: s.describe() for s in outcome.skipped}
    assert set(reasons) == {"results[1]", "results[2]", "results[3]", "results[4]", "results[5]"}
    assert "distinct" in reasons["results[1]"]
    assert "distinct" in reasons["results[2]"]
    assert "option-count" in reasons["results[3]"]
    assert "boolean" in reasons["results[4]"]
    assert "repeats results[0]" in reasons["results[5]"]
    assert "imported 1 of 6" in outcome.summary("mixed.json")


def test_imported_questions_keep_category_and_difficulty() -> None:
    doc = [
        result(
            "Which planet is red?",
            "Mars",
            ["Venus", "Jupiter", "Saturn"],
            category="Science &amp; Nature",
            difficulty="hard",
        )
    ]
    question = import_data(doc, "x.json").qset.questions[0]
    assert (question.category, question.difficulty) == ("Science & Nature", "hard")


def test_ids_are_derived_from_content() -> None:
    first = import_data({"results": [GOOD]}, "a.json").qset.questions[0].id
    again = import_data({"results": [dict(GOOD, difficulty="hard")]}, "b.json").qset.questions[0]
    other = import_data({"results": [dict(GOOD, correct_answer="Steven S.")]}, "c.json")
    assert again.id == first
    assert other.qset.questions[0].id != first


def test_native_round_trip_keeps_everything(tricky: QuestionSet, tmp_path: Path) -> None:
    path = tmp_path / "set.json"
    path.write_bytes(render("native", tricky))
    loaded = load_question_file(path)
    assert loaded == tricky


def test_nothing_importable_is_invalid() -> None:
    with pytest.raises(InvalidInput) as info:
        import_data({"results": [DUPLICATE_OPTIONS]}, "x.json")
    assert info.value.exit_code == 1
    assert "results[0]" in info.value.problems[0]


def test_wrong_shape_lists_every_problem() -> None:
    doc = {
        "response_code": 0,
        "results": [
            {"type": "multiple"},
            result("Q?", "A", ["B", "C", "D"], difficulty="impossible"),
            result("Q?", "A", "B C D"),
            result(42, "A", ["B", "C", "D"]),
            "not an object",
        ],
    }
    with pytest.raises(InvalidInput) as info:
        import_data(doc, "shape.json")
    problems = "\n".join(info.value.problems)
    assert info.value.exit_code == 1 and info.value.path == "shape.json"
    for expected in (
        "results[0]: missing key 'question'",
        "results[1].difficulty",
        "results[2].incorrect_answers",
        "results[3].question: expected text",
        "results[4]: expected an object",
    ):
        assert expected in problems


def test_native_schema_violations_are_invalid(tricky: QuestionSet) -> None:
    data = json.loads(render("native", tricky))
    data["questions"][0]["type"] = "riddle"
    del data["questions"][1]["question"]
    with pytest.raises(InvalidInput) as info:
        import_data(data, "n.json")
    assert len(info.value.problems) >= 2


def test_malformed_json_names_file_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"response_code": 0,\n "results": [,]}\n', encoding="utf-8")
    with pytest.raises(UnreadableInput) as info:
        import_file(path)
    assert info.value.exit_code == 2
    assert str(info.value).startswith(f"{path}:2:")


def test_missing_and_non_utf8_files_are_unreadable(tmp_path: Path) -> None:
    with pytest.raises(UnreadableInput, match="no such file"):
        import_file(tmp_path / "absent.json")
    latin = tmp_path / "latin.json"
    latin.write_bytes('[{"question": "caf\xe9"}]'.encode("latin-1"))
    with pytest.raises(UnreadableInput, match="not UTF-8"):
        import_file(latin)


def test_encoding_with_a_non_opentdb_file_is_a_usage_problem(tricky: QuestionSet) -> None:
    with pytest.raises(UsageProblem):
        import_data(json.loads(render("triviaapi", tricky)), "t.json", encoding="base64")


def test_forced_format_that_does_not_fit_is_invalid(tricky: QuestionSet) -> None:
    with pytest.raises(InvalidInput):
        import_data(json.loads(render("opentdb", tricky)), "o.json", "triviaapi")


def test_load_question_file_reports_skips(tmp_path: Path) -> None:
    path = tmp_path / "some.json"
    path.write_text(json.dumps({"results": [GOOD, TWO_DISTRACTORS]}), encoding="utf-8")
    messages: list[str] = []
    qset = load_question_file(path, on_skip=messages.append)
    assert len(qset.questions) == 1
    assert len(messages) == 1 and "results[1]" in messages[0] and str(path) in messages[0]
    assert qset.title == "some (OpenTDB)"
