"""The Trivia API: v2 shape (checked against a schema written from the API's documented shape), round trips, v1."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest

from quiz.bank import QuestionSet
from quiz.formats import render
from quiz.formats.importing import import_data
from quiz.formats.triviaapi import CATEGORIES

V2_QUESTION_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "array",
    "items": {
        "type": "object",
        "required": [
            "id",
            "category",
            "correctAnswer",
            "incorrectAnswers",
            "question",
            "tags",
            "type",
            "difficulty",
            "regions",
            "isNiche",
        ],
        "additionalProperties": False,
        "properties": {
            "id": {"type": "string", "pattern": "^[0-9a-f]{24}$"},
            "category": {"enum": list(CATEGORIES)},
            "correctAnswer": {"type": "string", "minLength": 1},
            "incorrectAnswers": {
                "type": "array",
                "items": {"type": "string", "minLength": 1},
                "minItems": 1,
                "maxItems": 3,
            },
            "question": {
                "type": "object",
                "required": ["text"],
                "additionalProperties": False,
                "properties": {"text": {"type": "string", "minLength": 1}},
            },
            "tags": {"type": "array", "items": {"type": "string", "pattern": "^[a-z0-9_]+$"}},
            "type": {"const": "text_choice"},
            "difficulty": {"enum": ["easy", "medium", "hard"]},
            "regions": {"type": "array", "maxItems": 0},
            "isNiche": {"const": False},
        },
    },
}


def export_json(qset: QuestionSet) -> Any:
    return json.loads(render("triviaapi", qset))


def test_export_matches_the_v2_shape(tricky: QuestionSet) -> None:
    data = export_json(tricky)
    jsonschema.validate(data, V2_QUESTION_SCHEMA)
    assert [item["category"] for item in data] == ["film_and_tv"] * len(tricky.questions)
    assert data[0]["tags"] == ["cast", "lead_role"]


def test_text_is_plain_never_entity_encoded(tricky: QuestionSet) -> None:
    first = export_json(tricky)[0]
    assert first["question"]["text"] == tricky.questions[0].question
    assert "[markup] & <b>bold</b>" in first["incorrectAnswers"]


def test_ids_are_24_hex_stable_and_distinct(tricky: QuestionSet) -> None:
    ids = [item["id"] for item in export_json(tricky)]
    assert ids == [item["id"] for item in export_json(tricky)]
    assert len(set(ids)) == len(ids)


def test_round_trip_keeps_questions_and_booleans(tricky: QuestionSet) -> None:
    result = import_data(export_json(tricky), "t.json")
    assert result.input_format == "triviaapi"
    assert result.skipped == []
    for got, want in zip(result.qset.questions, tricky.questions, strict=True):
        assert (
            got.type,
            got.difficulty,
            got.question,
            got.correct_answer,
            got.incorrect_answers,
        ) == (
            want.type,
            want.difficulty,
            want.question,
            want.correct_answer,
            want.incorrect_answers,
        )
        assert got.category == "film_and_tv"
        assert got.id.startswith("triviaapi-film-and-tv-")


def test_imported_categories_are_kept_on_export() -> None:
    item = {
        "category": "history",
        "correctAnswer": "1066",
        "incorrectAnswers": ["1067", "1065", "1166"],
        "question": {"text": "In which year was the Battle of Hastings?"},
        "tags": ["battles"],
        "type": "text_choice",
        "difficulty": "hard",
    }
    qset = import_data([item], "t.json").qset
    assert qset.questions[0].category == "history"
    assert export_json(qset)[0]["category"] == "history"
    assert export_json(qset)[0]["tags"] == ["battles"]


def test_v1_objects_are_read() -> None:
    item = {
        "id": "622a1c357cc59eab6f950020",
        "category": "Film & TV",
        "correctAnswer": "Steven Spielberg",
        "incorrectAnswers": ["George Lucas", "Ridley Scott", "Brian De Palma"],
        "question": 'Who directed "Jaws" (1975)?',
        "tags": ["film"],
        "type": "Multiple Choice",
        "difficulty": "easy",
        "regions": [],
        "isNiche": False,
    }
    qset = import_data([item], "v1.json").qset
    question = qset.questions[0]
    assert question.category == "Film & TV"
    assert question.question == 'Who directed "Jaws" (1975)?'
    assert export_json(qset)[0]["category"] == "film_and_tv"


def test_other_question_types_are_skipped_and_reported() -> None:
    good = {
        "category": "music",
        "correctAnswer": "Four",
        "incorrectAnswers": ["Three", "Five", "Six"],
        "question": {"text": "How many strings has a violin?"},
        "type": "text_choice",
        "difficulty": "easy",
    }
    image = dict(good, type="image_choice", question={"text": "Which is a violin?"})
    result = import_data([image, good], "t.json")
    assert len(result.qset.questions) == 1
    assert result.skipped[0].where == "[0]"
    assert "image_choice" in result.skipped[0].describe()


@pytest.mark.parametrize(
    ("item", "problem"),
    [
        (
            {
                "category": "music",
                "correctAnswer": 4,
                "incorrectAnswers": ["3"],
                "question": {"text": "?"},
                "difficulty": "easy",
            },
            "[0].correctAnswer: expected text",
        ),
        (
            {
                "category": "music",
                "correctAnswer": "4",
                "incorrectAnswers": "3",
                "question": {"text": "?"},
                "difficulty": "easy",
            },
            "[0].incorrectAnswers",
        ),
        (
            {
                "category": "music",
                "correctAnswer": "4",
                "incorrectAnswers": ["3"],
                "difficulty": "easy",
            },
            "missing key 'question'",
        ),
        (
            {
                "category": "music",
                "correctAnswer": "4",
                "incorrectAnswers": ["3"],
                "question": {"text": "?"},
                "difficulty": "expert",
            },
            "not one of easy",
        ),
    ],
)
def test_wrong_shapes_are_listed(item: dict[str, Any], problem: str) -> None:
    from quiz.errors import InvalidInput

    with pytest.raises(InvalidInput) as info:
        import_data([item, {"correctAnswer": "x"}], "t.json")
    assert any(problem in p for p in info.value.problems), info.value.problems
    assert any(p.startswith("[1]") for p in info.value.problems)
