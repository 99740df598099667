"""Small builders for synthetic questions (no film from the bundled bank)."""

from __future__ import annotations

from quiz.bank import Citation, Difficulty, Question

CATEGORIES = ("cast", "credits", "awards", "release")
DIFFICULTIES: tuple[Difficulty, ...] = ("easy", "medium", "hard")


def question(
    n: int,
    *,
    category: str = "cast",
    difficulty: Difficulty = "easy",
    boolean: bool = False,
    film: str = "Film A",
) -> Question:
    """Question ``n``: the right answer is ``right-n``; distractors ``wrong-n-k``."""
    if boolean:
        return Question(
            id=f"q-{n:04d}",
            type="boolean",
            category=category,
            difficulty=difficulty,
            question=f"True or false: statement {n}?",
            correct_answer="True" if n % 2 else "False",
            incorrect_answers=("False",) if n % 2 else ("True",),
            source=Citation("seeds/a.txt", n, f"quote {n}"),
            film=film,
        )
    return Question(
        id=f"q-{n:04d}",
        type="multiple",
        category=category,
        difficulty=difficulty,
        question=f"Question {n}?",
        correct_answer=f"right-{n}",
        incorrect_answers=(f"wrong-{n}-1", f"wrong-{n}-2", f"wrong-{n}-3"),
        explanation=f"Because {n}.",
        source=Citation("seeds/a.txt", n, f"quote {n}"),
        film=film,
    )


def pool(count: int, **kwargs: object) -> list[Question]:
    """``count`` questions cycling through categories and difficulties."""
    return [
        question(
            n,
            category=CATEGORIES[n % len(CATEGORIES)],
            difficulty=DIFFICULTIES[n % len(DIFFICULTIES)],
            **kwargs,  # type: ignore[arg-type]
        )
        for n in range(count)
    ]
