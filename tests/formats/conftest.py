"""Fixtures for the interchange tests: a small set full of text that breaks naive exporters.

Every question passes the validator's hard rules, so exporters must accept the whole set;
between them the texts carry each character some format treats specially: GIFT's
``: ~ = # { } \\`` and ``->``, HTML's ``& < >`` and quotes, XML's ``]]>``, line breaks,
non-ASCII letters, ``[markup]`` brackets (GIFT format markers), and stems that Aiken would
read as an option or an answer line.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quiz.bank import Citation, Origin, Question, QuestionSet

GOLDEN_DIR = Path(__file__).parent / "golden"
UPDATE_GOLDEN = os.environ.get("QUIZ_UPDATE_GOLDEN") == "1"


def tricky_questions() -> list[Question]:
    """Five questions: three multiple choice, two true/false."""
    return [
        Question(
            id="tricky-cast-0001",
            type="multiple",
            category="cast",
            difficulty="easy",
            question='Which title uses : ~ = # { } \\ and -> in its "name"?',
            correct_answer="Film #2: {Redux} = 2+2=4",
            incorrect_answers=(
                "Alien ~ Director's Cut",
                "Back\\Slash -> Forward",
                "[markup] & <b>bold</b>",
            ),
            explanation="Every GIFT control character: ~ = # { } : \\.\nSecond line ]]> & <tag>.",
            source=Citation(
                "seeds/tricky.txt", 12, 'A "quote" with [id:fake] [tag:x] & <b> -- done'
            ),
            film="Tricky Film",
            tags=("cast", "lead role"),
        ),
        Question(
            id="tricky:release:0002",
            type="multiple",
            category="release",
            difficulty="medium",
            question='[Director\'s cut] In which city did "Amélie" premiere first?',
            correct_answer="Paris",
            incorrect_answers=("[html] Rome", "München", "서울 (Seoul)"),
            explanation=None,
            source=None,
            film="Amélie",
            tags=(),
        ),
        Question(
            id="tricky-release-0003",
            type="multiple",
            category="release",
            difficulty="hard",
            question="E.T. the Extra-Terrestrial opened in which year?",
            correct_answer="1982",
            incorrect_answers=("1981", "1983", "1984"),
            explanation="Released in June 1982.",
            source=Citation("seeds/tricky.txt", 30, "released on June 11, 1982"),
            film="E.T.",
            tags=("date",),
        ),
        Question(
            id="tricky-production-0004",
            type="boolean",
            category="production",
            difficulty="medium",
            question="ANSWER: the sequel was shot in 2005 & released in <2007>.",
            correct_answer="False",
            incorrect_answers=("True",),
            explanation="No sequel was made.",
            source=Citation("seeds/tricky.txt", 41, "no sequel"),
            film="Tricky Film",
            tags=("sequel",),
        ),
        Question(
            id="tricky-production-0005",
            type="boolean",
            category="production",
            difficulty="easy",
            question="The credits read:\n\"A -> B\" & 'C' <i>D</i> ]]> end.",
            correct_answer="True",
            incorrect_answers=("False",),
            explanation=None,
            source=Citation("seeds/tricky.txt", 50, "A -> B"),
            film="Tricky Film",
            tags=(),
        ),
    ]


def tricky_set() -> QuestionSet:
    """The tricky questions as a titled set with one source article."""
    return QuestionSet(
        title="Tricky: {Set} #1 / test",
        questions=tricky_questions(),
        generator="quiz 0.1.0",
        sources=[Origin("seeds/tricky.txt", "ab" * 32, "Tricky Film (2024 film)")],
    )


@pytest.fixture
def tricky() -> QuestionSet:
    return tricky_set()


def check_golden(name: str, data: bytes | str) -> None:
    """Compare ``data`` with ``golden/name``; QUIZ_UPDATE_GOLDEN=1 rewrites the file."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    path = GOLDEN_DIR / name
    if UPDATE_GOLDEN or not path.exists():
        if not UPDATE_GOLDEN:
            pytest.fail(f"golden file {path} is missing (run with QUIZ_UPDATE_GOLDEN=1)")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(payload)
    assert payload == path.read_bytes(), f"output differs from {path}"
