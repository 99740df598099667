"""OpenTDB: exact wire forms per encoding, round trips, decode-once, and pyopentdb."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quiz.bank import QuestionSet
from quiz.errors import InvalidInput
from quiz.formats import OPENTDB_ENCODINGS, ExportOptions, OpenTDBEncoding, render
from quiz.formats.importing import import_data
from quiz.formats.opentdb import decode_text, detect_encoding, encode_text

SAMPLE = 'Who scored "Jaws" & Spielberg\'s E.T.? π ≈ 3.14'
WIRE = {  # the four OpenTDB encodings of one string, byte for byte
    "html": "Who scored &quot;Jaws&quot; &amp; Spielberg&#039;s E.T.? π ≈ 3.14",
    "urllegacy": "Who+scored+%22Jaws%22+%26+Spielberg%27s+E.T.%3F+%CF%80+%E2%89%88+3.14",
    "url3986": "Who%20scored%20%22Jaws%22%20%26%20Spielberg%27s%20E.T.%3F%20%CF%80%20%E2%89%88%203.14",
    "base64": "V2hvIHNjb3JlZCAiSmF3cyIgJiBTcGllbGJlcmcncyBFLlQuPyDPgCDiiYggMy4xNA==",
}


def export_json(qset: QuestionSet, encoding: OpenTDBEncoding = "html") -> Any:
    return json.loads(render("opentdb", qset, ExportOptions(encode=encoding)))


def same_questions(imported: QuestionSet, original: QuestionSet) -> None:
    """Everything OpenTDB carries survived: type, difficulty, text, answers (in order)."""
    assert len(imported.questions) == len(original.questions)
    for got, want in zip(imported.questions, original.questions, strict=True):
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
        assert got.category == "Entertainment: Film"


@pytest.mark.parametrize("encoding", OPENTDB_ENCODINGS)
def test_encode_matches_opentdb_wire_form(encoding: OpenTDBEncoding) -> None:
    assert encode_text(SAMPLE, encoding) == WIRE[encoding]
    assert decode_text(WIRE[encoding], encoding) == SAMPLE


@given(st.text(alphabet=st.characters(codec="utf-8")))
def test_every_encoding_round_trips_any_text(text: str) -> None:
    for encoding in OPENTDB_ENCODINGS:
        assert decode_text(encode_text(text, encoding), encoding) == text


def test_envelope_has_exactly_two_keys_and_results_six(tricky: QuestionSet) -> None:
    data = export_json(tricky)
    assert list(data) == ["response_code", "results"]
    assert data["response_code"] == 0
    for result in data["results"]:
        assert set(result) == {
            "type",
            "difficulty",
            "category",
            "question",
            "correct_answer",
            "incorrect_answers",
        }
        assert result["category"] == "Entertainment: Film"
        assert result["difficulty"] in ("easy", "medium", "hard")


def test_html_escapes_once_with_opentdb_apostrophe(tricky: QuestionSet) -> None:
    result = export_json(tricky)["results"][0]
    assert (
        result["question"] == "Which title uses : ~ = # { } \\ and -&gt; in its &quot;name&quot;?"
    )
    assert "Alien ~ Director&#039;s Cut" in result["incorrect_answers"]
    assert "&amp;amp;" not in json.dumps(export_json(tricky))


@pytest.mark.parametrize("encoding", ["url3986", "urllegacy", "base64"])
def test_encoding_applies_to_every_string_field(
    tricky: QuestionSet, encoding: OpenTDBEncoding
) -> None:
    result = export_json(tricky, encoding)["results"][0]
    assert result["type"] == encode_text("multiple", encoding)
    assert result["category"] == encode_text("Entertainment: Film", encoding)
    assert result["difficulty"] == encode_text("easy", encoding)
    assert result["incorrect_answers"][0] == encode_text(
        tricky.questions[0].incorrect_answers[0], encoding
    )


@pytest.mark.parametrize("encoding", OPENTDB_ENCODINGS)
@pytest.mark.parametrize("told", [True, False], ids=["explicit", "detected"])
def test_round_trip_through_every_encoding(
    tricky: QuestionSet, encoding: OpenTDBEncoding, told: bool
) -> None:
    data = export_json(tricky, encoding)
    result = import_data(data, "x.json", "opentdb" if told else "auto", encoding if told else None)
    assert result.encoding == encoding
    assert result.skipped == []
    same_questions(result.qset, tricky)


def test_ids_are_stable_across_encodings(tricky: QuestionSet) -> None:
    ids = {
        tuple(q.id for q in import_data(export_json(tricky, enc), "x.json").qset.questions)
        for enc in OPENTDB_ENCODINGS
    }
    assert len(ids) == 1
    assert all(i.startswith("opentdb-entertainment-film-") for i in next(iter(ids)))


def _doc(question: str, correct: str = "Yes", **extra: Any) -> dict[str, Any]:
    result = {
        "type": "multiple",
        "difficulty": "easy",
        "category": "Entertainment: Film",
        "question": question,
        "correct_answer": correct,
        "incorrect_answers": ["No", "Maybe", "Never"],
    }
    result.update(extra)
    return {"response_code": 0, "results": [result]}


@pytest.mark.parametrize(
    ("encoding", "wire", "decoded"),
    [
        ("html", "Is &amp;quot;x&amp;quot; quoted?", "Is &quot;x&quot; quoted?"),
        ("url3986", "Is%20%2541%20literal%3F", "Is %41 literal?"),
        ("urllegacy", "Is+%2B+a+plus%3F", "Is + a plus?"),
    ],
)
def test_text_is_decoded_exactly_once(encoding: OpenTDBEncoding, wire: str, decoded: str) -> None:
    result = import_data(_doc(wire), "x.json", "opentdb", encoding)
    assert result.qset.questions[0].question == decoded


def test_named_entities_are_decoded() -> None:
    result = import_data(_doc("What is &pi; to 2 places in &eacute;t&eacute;?"), "x.json")
    assert result.qset.questions[0].question == "What is π to 2 places in été?"


def test_category_names_are_kept_and_exported_back() -> None:
    doc = _doc("Which gas do plants take in?", "Carbon dioxide", category="Science &amp; Nature")
    qset = import_data(doc, "x.json").qset
    assert qset.questions[0].category == "Science & Nature"
    assert export_json(qset)["results"][0]["category"] == "Science &amp; Nature"


def test_bad_base64_is_a_shape_problem() -> None:
    doc = _doc("not base64 at all!")
    with pytest.raises(InvalidInput) as info:
        import_data(doc, "x.json", "opentdb", "base64")
    assert info.value.exit_code == 1
    assert any("base64" in p for p in info.value.problems)


@pytest.mark.parametrize("code", [1, 4, 5])
def test_non_zero_response_code_is_invalid(code: int) -> None:
    with pytest.raises(InvalidInput, match=f"response_code {code}"):
        import_data({"response_code": code, "results": []}, "x.json")


def test_detection_prefers_html_for_ordinary_text(tricky: QuestionSet) -> None:
    assert detect_encoding(export_json(tricky)["results"]) == "html"


def test_pyopentdb_reads_the_export_as_is(tricky: QuestionSet) -> None:
    pytest.importorskip("requests")
    model = pytest.importorskip("pyopentdb.model")
    response = model.QuestionResponse(**export_json(tricky))
    assert len(response.results) == len(tricky.questions)
    for parsed, question in zip(response.results, tricky.questions, strict=True):
        assert parsed.question == question.question
        assert parsed.answer == question.correct_answer
        assert sorted(parsed.choices) == sorted(question.options)
        assert parsed.choices[parsed.answer_index] == question.correct_answer
        assert parsed.difficulty.value == question.difficulty
        assert parsed.category.name == "ENTERTAINMENT_FILM"
