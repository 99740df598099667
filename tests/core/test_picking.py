"""Picking a game: one fact one question, no stem printing another's answer, caps, spread."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest

from quiz.bank import Question, QuestionSet
from quiz.facts import read_film
from quiz.game.modes import Classic, Daily, Survival
from quiz.generate import generate_questions
from quiz.picking import leaked_answers, pick_questions, template_cap

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "seeds" / "love_in_the_big_city_2024.txt"


def _q(
    qid: str,
    stem: str,
    key: str,
    *,
    fact: str | None = None,
    template: str = "t",
    category: str = "cast",
) -> Question:
    return Question(
        id=qid,
        type="multiple",
        category=category,
        difficulty="easy",
        question=stem,
        correct_answer=key,
        incorrect_answers=("Xa Xb", "Ya Yb", "Za Zb"),
        film="Film",
        template=template,
        fact=fact,
    )


def test_mirror_questions_never_share_a_game() -> None:
    who = _q("a", "Who plays Mara in Film?", "Ana Ruiz", fact="f:1", template="role-to-actor")
    which = _q("b", "Which character does Ana Ruiz play in Film?", "Mara", fact="f:1")
    for seed in range(50):
        game = pick_questions([who, which], 2, random.Random(seed))
        assert len(game) == 1


def test_a_stem_printing_another_answer_is_kept_apart_without_fact_ids() -> None:
    """Imported questions have no fact ids: the text check still protects them."""
    who = _q("a", "Who plays Mara in Film?", "Ana Ruiz", template="x")
    award = _q("b", "For which category was Ana Ruiz recognised?", "Best Actress", template="y")
    other = _q("c", "Who directed Film?", "Bo Lee", template="z")
    for seed in range(50):
        game = pick_questions([who, award, other], 3, random.Random(seed))
        assert len(game) == 2 and other in game
        assert leaked_answers(game) == 0


def test_same_fact_without_text_overlap() -> None:
    one = _q("a", "In which year was Film recognised at the X Awards?", "2020", fact="f:9")
    two = _q("b", "Who was recognised at the X Awards?", "Bo Lee", fact="f:9", template="u")
    assert len(pick_questions([one, two], 2, random.Random(1))) == 1


def test_one_template_with_one_answer_is_asked_once_a_game() -> None:
    a = _q("a", "Who won Best Actor at the A Awards?", "Bo Lee", fact="f:1", template="w")
    b = _q("b", "Who won Best Actor at the B Awards?", "Bo Lee", fact="f:2", template="w")
    c = _q("c", "Who directed Film?", "Bo Lee", fact="f:3", template="v")
    for seed in range(20):
        game = pick_questions([a, b, c], 3, random.Random(seed))
        assert c in game and len(game) == 2


@pytest.fixture(scope="module")
def seed_questions() -> list[Question]:
    return generate_questions(read_film(SEED), "seeds/love_in_the_big_city_2024.txt")


def test_generated_questions_carry_fact_and_template(seed_questions: list[Question]) -> None:
    assert all(q.fact and q.template for q in seed_questions)
    # Mirror questions exist in the bank (it keeps every variant) and share their fact.
    by_fact = Counter(q.fact for q in seed_questions)
    assert max(by_fact.values()) > 1
    assert any(q.reveals for q in seed_questions)
    data = QuestionSet("t", seed_questions).to_dict()
    back = QuestionSet.from_dict(data)
    assert back.questions == seed_questions


def test_seed_games_are_leak_free_capped_and_spread(seed_questions: list[Question]) -> None:
    categories = {q.category for q in seed_questions}
    for seed in range(200):
        game = pick_questions(seed_questions, 20, random.Random(seed))
        assert len(game) == 20
        assert leaked_answers(game) == 0
        assert len({q.fact for q in game}) == 20
        assert max(Counter(q.template for q in game).values()) <= template_cap(20) == 3
        assert len({q.category for q in game}) >= min(5, len(categories))


def test_unpicked_game_would_leak(seed_questions: list[Question]) -> None:
    """The rule is not vacuous: plain random draws of 20 from the seed do leak."""
    leaked = sum(
        leaked_answers(random.Random(seed).sample(seed_questions, 20)) for seed in range(100)
    )
    assert leaked > 0


def test_modes_use_the_picker(seed_questions: list[Question]) -> None:
    import datetime as dt

    for mode in (Classic(count=20), Daily(day=dt.date(2026, 1, 1)), Survival()):
        for seed in range(20):
            game = mode.draw(seed_questions, random.Random(seed))
            assert game and leaked_answers(game) == 0


def test_export_count_is_leak_free(tmp_path: Path) -> None:
    import json

    from click.testing import CliRunner

    from quiz.cli import cli

    bank = REPO / "question_bank" / "love_in_the_big_city_2024.json"
    for seed in range(5):
        out = tmp_path / f"x{seed}.json"
        result = CliRunner().invoke(
            cli,
            ["export", str(bank), "-f", "native", "--count", "20", "--seed", str(seed)],
            env={"QUIZ_DATA_DIR": str(tmp_path)},
            catch_exceptions=False,
        )
        assert result.exit_code == 0, result.output
        out.write_text(result.output)
        data = json.loads(out.read_text())
        game = QuestionSet.from_dict(data).questions
        assert len(game) == 20 and leaked_answers(game) == 0
