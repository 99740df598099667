"""The scoring rules as the README states them."""

from __future__ import annotations

import pytest

from quiz.game.scoring import (
    Points,
    base_points,
    score_right_answer,
    streak_multiplier_percent,
    time_bonus,
)


@pytest.mark.parametrize(("difficulty", "points"), [("easy", 100), ("medium", 200), ("hard", 300)])
def test_base_points_by_difficulty(difficulty: str, points: int) -> None:
    assert base_points(difficulty) == points
    assert score_right_answer(difficulty, streak=1).total == points


def test_streak_multiplier_grows_by_a_quarter_and_stops_at_double() -> None:
    assert [streak_multiplier_percent(s) for s in range(1, 8)] == [
        100,
        125,
        150,
        175,
        200,
        200,
        200,
    ]


def test_streak_multiplies_base_and_rounds_down() -> None:
    points = score_right_answer("easy", streak=2)
    assert points.total == 125
    assert score_right_answer("hard", streak=3).total == 450
    assert Points(base=100, time_bonus=33, multiplier_percent=125).total == 166  # 166.25


def test_time_bonus_is_up_to_half_the_base_in_proportion_to_time_left() -> None:
    assert time_bonus(200, remaining=20.0, limit=20.0) == 100
    assert time_bonus(200, remaining=10.0, limit=20.0) == 50
    assert time_bonus(200, remaining=0.0, limit=20.0) == 0
    assert time_bonus(200, remaining=-3.0, limit=20.0) == 0
    assert time_bonus(200, remaining=25.0, limit=20.0) == 100


def test_time_bonus_is_added_before_the_streak_multiplier() -> None:
    points = score_right_answer("medium", streak=2, remaining=15.0, limit=20.0)
    assert (points.base, points.time_bonus, points.multiplier_percent) == (200, 75, 125)
    assert points.total == 343  # (200 + 75) × 1.25 = 343.75


def test_untimed_answers_get_no_time_bonus() -> None:
    assert score_right_answer("hard", streak=1).time_bonus == 0


def test_multiplier_text() -> None:
    assert Points(100, 0, 100).multiplier_text == "×1"
    assert Points(100, 0, 125).multiplier_text == "×1.25"
    assert Points(100, 0, 150).multiplier_text == "×1.5"
    assert Points(100, 0, 200).multiplier_text == "×2"
