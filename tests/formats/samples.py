"""OpenTDB results for the import tests: one good question and one per kind of hard-rule break."""

from __future__ import annotations

from typing import Any


def result(question: Any, correct: Any, incorrect: Any, **extra: Any) -> dict[str, Any]:
    """One OpenTDB result (deliberately untyped: tests feed it wrong shapes too)."""
    item = {
        "type": "multiple",
        "difficulty": "medium",
        "category": "Entertainment: Film",
        "question": question,
        "correct_answer": correct,
        "incorrect_answers": incorrect,
    }
    item.update(extra)
    return item


GOOD = result(
    "Who directed Jaws?", "Steven Spielberg", ["George Lucas", "Ridley Scott", "Brian De Palma"]
)
DUPLICATE_OPTIONS = result(
    "Who scored Jaws?", "John Williams", ["john williams", "Hans Zimmer", "Howard Shore"]
)
ANSWER_AMONG_DISTRACTORS = result(
    "Who wrote Jaws?", "Peter Benchley", ["Peter Benchley", "Carl Gottlieb", "Stephen King"]
)
TWO_DISTRACTORS = result("Where is Amity?", "An island", ["A city", "A desert"])
BAD_BOOLEAN = result("Jaws is a shark.", "Yes", ["No"], type="boolean")
