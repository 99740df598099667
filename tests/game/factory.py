"""Small builders for synthetic questions (no film from the bundled bank) and played games."""

from __future__ import annotations

import random
from pathlib import Path

from quiz.bank import Citation, Difficulty, Question
from quiz.game.clock import FakeClock, FakeWallClock
from quiz.game.modes import Classic, Mode
from quiz.game.session import Session
from quiz.store import Store

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


def open_store(folder: Path) -> Store:
    return Store.open(folder, now=FakeWallClock())


def play(
    store: Store, player: str, right: int, total: int = 5, mode: Mode | None = None
) -> int | None:
    """Play a finished game with ``right`` right answers; return its session id."""
    mode = mode or Classic(count=total)
    recorder = store.begin_session(
        player=player, mode=mode.name, set_title="Set", seed=1, planned=total
    )
    s = Session(pool(total), mode, rng=random.Random(1), clock=FakeClock(), recorder=recorder)
    while not s.is_over:
        round_ = s.next_question()
        ok = round_.number <= right
        s.answer(round_.correct_index if ok else (round_.correct_index + 1) % 4)
    return recorder.session_id
