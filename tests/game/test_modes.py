"""Modes as policies, planning a game from a config, and the daily challenge."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

import pytest

from quiz.errors import UsageProblem
from quiz.game.clock import FakeClock
from quiz.game.daily import daily_seed, share_line
from quiz.game.modes import Classic, Practice, Survival, Timed
from quiz.game.setup import GameConfig, next_seed, plan_game, resolve_categories

from .factory import pool, question

DAY = date(2026, 11, 25)


def test_classic_draws_n_questions_without_a_clock() -> None:
    questions = Classic(count=5).draw(pool(20), random.Random(1))
    assert len(questions) == 5 and len({q.id for q in questions}) == 5
    assert Classic().time_limit is None and Classic().lives is None


def test_classic_all_plays_every_question() -> None:
    assert len(Classic(count=None).draw(pool(7), random.Random(1))) == 7


def test_timed_has_a_countdown_and_a_bonus() -> None:
    mode = Timed(count=10)
    assert mode.time_limit == 20 and mode.time_bonus


def test_survival_has_three_lives_and_uses_every_question() -> None:
    assert Survival().lives == 3
    assert len(Survival().draw(pool(30), random.Random(1))) == 30


def test_practice_draws_only_the_missed_questions_and_is_not_ranked() -> None:
    mode = Practice(question_ids=("q-0005", "q-0003", "q-0042"))
    # Schedule order (due first), only questions still in the pool.
    assert [q.id for q in mode.draw(pool(10), random.Random(1))] == ["q-0005", "q-0003"]
    assert not mode.ranked


def test_daily_is_the_same_for_everyone_that_day() -> None:
    questions = pool(40)
    shuffled = random.Random(9).sample(questions, len(questions))

    def draw(source: list, seed: int) -> list[str]:  # type: ignore[type-arg]
        plan = plan_game(source, GameConfig(mode="daily", seed=seed), today=DAY)
        return [q.id for q in plan.questions]

    first = draw(questions, 1)
    assert len(first) == 10
    assert draw(shuffled, 12345) == first  # load order and --seed do not matter
    other_day = plan_game(questions, GameConfig(mode="daily"), today=date(2026, 11, 26))
    assert [q.id for q in other_day.questions] != first


def test_daily_option_order_is_the_same_for_everyone_too() -> None:
    def options(seed: int) -> list[tuple[str, ...]]:
        plan = plan_game(pool(30), GameConfig(mode="daily", seed=seed), today=DAY)
        s = plan.start(clock=FakeClock())
        out = []
        while not s.is_over:
            out.append(s.next_question().options)
            s.answer(0)
        return out

    assert options(1) == options(2)


def test_daily_seed_is_a_stable_hash_of_the_date() -> None:
    # Fixed value: a change here would give players different daily questions after upgrading.
    assert daily_seed(DAY) == daily_seed(date(2026, 11, 25))
    assert daily_seed(DAY) == int.from_bytes(
        __import__("hashlib").sha256(b"quiz-daily:2026-11-25").digest()[:8], "big"
    )
    assert daily_seed(DAY) != daily_seed(date(2026, 11, 24))


def test_daily_ignores_filters_and_says_so() -> None:
    plan = plan_game(pool(30), GameConfig(mode="daily", categories=("cast",)), today=DAY)
    assert {q.category for q in plan.questions} != {"cast"}
    assert any("ignores" in note for note in plan.notes)


def test_share_line() -> None:
    line = share_line(DAY, ["right", "right", "wrong", "right", "timeout", "skipped"], 10)
    assert line == "quiz daily 2026-11-25 3/10 ✔✔✘✔✘–"


def test_daily_summary_carries_the_share_line() -> None:
    plan = plan_game(pool(30), GameConfig(mode="daily"), today=DAY)
    s = plan.start(clock=FakeClock())
    while not s.is_over:
        round_ = s.next_question()
        s.answer(round_.correct_index if round_.number % 2 else (round_.correct_index + 1) % 4)
    assert s.summary().share == "quiz daily 2026-11-25 5/10 ✔✘✔✘✔✘✔✘✔✘"
    assert Classic().share_line(["right"], 1) is None


# -- planning ----------------------------------------------------------------------------------


def test_filters_combine_categories_difficulty_and_film() -> None:
    questions = [*pool(24), question(100, film="Film B", category="cast", difficulty="hard")]
    config = GameConfig(
        categories=("cast", "awards"), difficulty="hard", films=("film b",), count=None
    )
    plan = plan_game(questions, config, today=DAY)
    assert [q.id for q in plan.questions] == ["q-0100"]


def test_asking_for_more_than_the_filters_allow_plays_what_there_is_and_says_so() -> None:
    plan = plan_game(pool(24), GameConfig(categories=("cast",), count=20), today=DAY)
    assert len(plan.questions) == 6
    assert plan.notes == ("Only 6 questions match; playing all of them instead of 20.",)


def test_no_match_is_a_usage_problem() -> None:
    with pytest.raises(UsageProblem, match="no question matches"):
        plan_game(pool(5), GameConfig(categories=("nothing",)), today=DAY)


def test_practice_without_history_says_there_is_nothing_to_practise() -> None:
    with pytest.raises(UsageProblem, match="nothing to practise"):
        plan_game(pool(5), GameConfig(mode="practice", player="ann"), today=DAY)


def test_same_config_same_plan_and_next_seed_differs() -> None:
    config = GameConfig(seed=42, count=5)
    first = plan_game(pool(30), config, today=DAY)
    again = plan_game(pool(30), config, today=DAY)
    assert first.questions == again.questions and first.seed == again.seed
    assert next_seed(42) == next_seed(42) != 42
    other = plan_game(pool(30), GameConfig(seed=next_seed(42), count=5), today=DAY)
    assert other.questions != first.questions


def test_categories_resolve_ignoring_case_to_the_sets_spelling() -> None:
    questions = [question(1, category="Behind the Scenes"), question(2, category="cast")]
    assert resolve_categories(questions, ["behind the scenes", "CAST", "Cast"]) == (
        "Behind the Scenes",
        "cast",
    )
    assert resolve_categories(questions, []) == ()


def test_unknown_categories_are_named_with_the_known_ones() -> None:
    questions = [question(1, category="cast"), question(2, category="Awards")]
    with pytest.raises(UsageProblem) as caught:
        resolve_categories(questions, ["cast", "nope", "zilch"])
    assert str(caught.value) == "unknown categories 'nope', 'zilch'; this set has: Awards, cast"


# -- hot-seat ------------------------------------------------------------------------------


def test_hotseat_needs_two_to_four_different_players() -> None:
    config = GameConfig(mode="hotseat", player="ann", count=5)
    with pytest.raises(UsageProblem, match="needs 2 to 4 players, not 1"):
        plan_game(pool(10), config, today=DAY)
    with pytest.raises(UsageProblem, match="different name"):
        plan_game(pool(10), GameConfig(mode="hotseat", player="ann", others=("Ann",)), today=DAY)
    with pytest.raises(UsageProblem, match="not 5"):
        plan_game(
            pool(10),
            GameConfig(mode="hotseat", player="a", others=("b", "c", "d", "e")),
            today=DAY,
        )
    with pytest.raises(UsageProblem, match="for one player"):
        plan_game(pool(10), GameConfig(player="a", others=("b",)), today=DAY)
    plan = plan_game(pool(10), GameConfig(mode="hotseat", player="a", others=("b",)), today=DAY)
    assert len(plan.questions) == 10 and not plan.mode.ranked


def test_every_hotseat_turn_gets_the_same_questions_and_option_order() -> None:
    plan = plan_game(
        pool(10), GameConfig(mode="hotseat", player="a", others=("b",), count=4), today=DAY
    )
    turns = []
    for _ in range(2):
        session = plan.start(clock=FakeClock())
        rounds = []
        while not session.is_over:
            round_ = session.next_question()
            rounds.append((round_.question.id, round_.options))
            session.answer(0)
        turns.append(rounds)
    assert turns[0] == turns[1]


def test_leaderboard_order_and_ties() -> None:
    from quiz.game.hotseat import leaderboard

    def summary(score: int, right: int, seconds: float):  # type: ignore[no-untyped-def]
        from quiz.game.session import Summary

        return Summary("hotseat", score, 5, right, 5 - right, 0, 0, 1, seconds, (), (), True)

    board = leaderboard(
        [
            ("ann", summary(300, 3, 40)),
            ("bob", summary(500, 4, 60)),
            ("cy", summary(300, 3, 40)),
            ("dee", summary(300, 3, 20)),
        ]
    )
    assert [(s.rank, s.player) for s in board] == [(1, "bob"), (2, "dee"), (3, "ann"), (3, "cy")]


def test_practice_keeps_one_question_per_fact() -> None:
    first, second, other = (replace(question(n), fact="f-1") for n in (1, 2, 3))
    other = replace(other, fact="f-2")
    mode = Practice(question_ids=(first.id, second.id, other.id))
    assert [q.id for q in mode.draw([first, second, other], random.Random(1))] == [
        first.id,
        other.id,
    ]
