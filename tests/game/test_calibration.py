"""Calibration maths against hand-computed values, the recovery simulation, and its uses."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from quiz.analysis.calibration import (
    Response,
    calibrate,
    expected,
    point_biserial,
    rate,
    rest_scores,
    spearman,
    wilson_interval,
)
from quiz.bank import Citation, QuestionSet
from quiz.game.clock import FakeWallClock
from quiz.store import Store

from .factory import play, pool

if TYPE_CHECKING:
    from conftest import RunCli


def test_wilson_interval_by_hand() -> None:
    # 8 right of 10, z = 1.96: centre 0.99208 / 1.38416, half-width 0.313624 / 1.38416.
    low, high = wilson_interval(8, 10)
    assert low == pytest.approx(0.4902, abs=1e-4) and high == pytest.approx(0.9433, abs=1e-4)
    assert wilson_interval(0, 0) == (0.0, 1.0)
    low, high = wilson_interval(0, 5)
    assert low == 0.0 and high == pytest.approx(0.4345, abs=1e-4)


def test_point_biserial_by_hand() -> None:
    # M1 = 0.8, M0 = 0.4, population SD sqrt(0.05), p = 0.5: 0.4 / 0.22361 × 0.5 = 0.89443.
    r = point_biserial([True, True, False, False], [0.9, 0.7, 0.5, 0.3])
    assert r == pytest.approx(0.894427, abs=1e-6)
    assert point_biserial([True, True], [0.9, 0.1]) is None  # everyone right: undefined
    assert point_biserial([True, False], [0.5, 0.5]) is None  # no spread in scores


def test_rest_scores_leave_the_question_out() -> None:
    responses = [
        Response("ann", "q1", True, "k"),
        Response("ann", "q2", False, "x"),
        Response("ann", "q3", True, "k"),
    ]
    scores = rest_scores(responses)
    assert scores[("ann", "q1")] == 0.5 and scores[("ann", "q2")] == 1.0


def test_elo_updates_by_hand() -> None:
    # New player and question: P = 1/4 + 3/4 × σ(0) = 0.625; right, K = 1: θ = d' = ±0.375.
    elo = rate([Response("ann", "q1", True, "k")])
    assert elo.players["ann"] == pytest.approx(0.375)
    assert elo.questions["q1"] == pytest.approx(-0.375)
    # Then wrong on a new question: P = 0.25 + 0.75 σ(0.375) = 0.694500; the player's step is
    # K(1) = 1 / 1.05, the question's K(0) = 1.
    elo.update(Response("ann", "q2", False, "x"))
    assert elo.players["ann"] == pytest.approx(0.375 - 0.694500 / 1.05, abs=1e-5)
    assert elo.questions["q2"] == pytest.approx(0.694500, abs=1e-5)
    assert expected(0.0, 0.0, 2) == pytest.approx(0.75)  # true/false: a 50 % floor


def test_spearman() -> None:
    assert spearman([1, 2, 3, 4], [10, 20, 30, 40]) == pytest.approx(1.0)
    assert spearman([1, 2, 3, 4], [4, 3, 2, 1]) == pytest.approx(-1.0)
    assert spearman([1, 2, 2, 3], [1, 2, 3, 4]) == pytest.approx(0.9487, abs=1e-4)


def simulate(seed: int, players: int = 200, questions: int = 60, games: int = 8):  # type: ignore[no-untyped-def]
    """Synthetic players (abilities ~ N(0, 1)) play games of 10 random questions (difficulties
    ~ N(0, 1)) in a random interleaving; each answer is right with the model's probability."""
    rng = random.Random(seed)
    names = [f"p{i}" for i in range(players)]
    ability = {p: rng.gauss(0, 1) for p in names}
    ids = [f"q{i}" for i in range(questions)]
    difficulty = {q: rng.gauss(0, 1) for q in ids}
    sessions = [(p, rng.sample(ids, 10)) for p in names for _ in range(games)]
    rng.shuffle(sessions)
    responses = []
    for player, drawn in sessions:
        for qid in drawn:
            right = rng.random() < expected(ability[player], difficulty[qid], 4)
            responses.append(Response(player, qid, right, "key" if right else rng.choice("xyz")))
    return ability, difficulty, responses


def test_estimates_recover_the_truth_at_200_players() -> None:
    ability, difficulty, responses = simulate(seed=7)
    stats = calibrate(responses)
    ids = sorted(difficulty)
    truth = [difficulty[q] for q in ids]
    assert spearman(truth, [stats[q].elo for q in ids]) >= 0.9
    assert spearman(truth, [-(stats[q].p_value or 0) for q in ids]) >= 0.9
    elo = rate(responses)
    names = sorted(ability)
    # 80 noisy four-option answers each: abilities are recovered less sharply than items.
    assert spearman([ability[p] for p in names], [elo.players[p] for p in names]) >= 0.85
    # Tiers from play line up with the truth: the easiest fifth is "easy", the hardest "hard".
    by_truth = sorted(ids, key=lambda q: difficulty[q])
    assert all(stats[q].calibrated() == "easy" for q in by_truth[:12])
    assert all(stats[q].calibrated() == "hard" for q in by_truth[-12:])


def test_a_distractor_strong_players_choose_is_flagged() -> None:
    rng = random.Random(3)
    responses = []
    # 40 players; the strong half get the other questions right and pick "B" here (a likely
    # second right answer), the weak half miss the others and pick the key or "C".
    for i in range(40):
        strong = i < 20
        player = f"p{i}"
        for n in range(6):
            right = rng.random() < (0.9 if strong else 0.3)
            responses.append(Response(player, f"other{n}", right, "k" if right else "x"))
        if strong:
            responses.append(Response(player, "suspect", i % 4 == 0, "key" if i % 4 == 0 else "B"))
        else:
            pick = "key" if i % 2 else "C"
            responses.append(Response(player, "suspect", pick == "key", pick))
    stats = calibrate(responses)["suspect"]
    flags = stats.flags(min_answers=30)
    assert any("'B' is chosen more by strong players" in f for f in flags)
    assert not any("'C'" in f for f in flags)
    assert any("negative discrimination" in f for f in flags)


def test_questions_nearly_everyone_gets_right_or_wrong_are_flagged() -> None:
    responses = [Response(f"p{i}", "easy", True, "k") for i in range(40)]
    responses += [Response(f"p{i}", "hard", i < 5, "k" if i < 5 else "x") for i in range(40)]
    stats = calibrate(responses)
    assert any("nearly everyone gets it right" in f for f in stats["easy"].flags())
    assert any("nearly everyone gets it wrong" in f for f in stats["hard"].flags())
    assert stats["easy"].flags(min_answers=41) == []  # too few answers to judge


# -- where calibration is used ------------------------------------------------------------


def played_store(folder: Path, players: int = 31) -> None:
    """Everyone gets q-0000 right and q-0001, q-0002 wrong (rule-based: easy, medium, hard)."""
    store = Store.open(folder, now=FakeWallClock())
    for i in range(players):
        play(store, f"p{i}", right=1, total=3)
    store.close()


def test_calibrated_difficulty_replaces_the_rule_in_play(tmp_path: Path) -> None:
    from quiz.analysis.pool import playable

    played_store(tmp_path)
    store = Store.open(tmp_path)
    stats = store.calibration()
    assert stats["q-0001"].n == 31
    questions = playable(pool(4), reported=set(), stats=stats)
    assert [q.difficulty for q in questions] == ["easy", "hard", "hard", "easy"]
    # Not enough answers yet: the rule stands.
    before = playable(pool(4), reported=set(), stats=stats, min_answers=32)
    assert [q.difficulty for q in before] == [q.difficulty for q in pool(4)]
    left = playable(pool(4), reported={"q-0000"}, stats=stats)
    assert [q.id for q in left] == ["q-0001", "q-0002", "q-0003"]


def test_export_calibrated(tmp_path: Path, run: RunCli) -> None:
    played_store(tmp_path / "data")
    source = tmp_path / "set.json"
    questions = [replace(q, source=Citation("seeds/a.txt", 1, "quote")) for q in pool(4)]
    source.write_text(QuestionSet(title="Synthetic", questions=questions).to_json(), "utf-8")
    args = ["export", str(source), "--format", "native", "--data-dir", str(tmp_path / "data")]
    result = run(*args, "--calibrated")
    assert result.exit_code == 0, result.stderr
    exported = json.loads(result.stdout)["questions"]
    assert [q["difficulty"] for q in exported] == ["easy", "hard", "hard", "easy"]
    assert "calibrated 3 of 4" in result.stderr and "1 changed" in result.stderr
    plain = json.loads(run(*args).stdout)["questions"]
    assert plain[1]["difficulty"] == "medium"
    strict = run(*args, "--calibrated", "--min-answers", "40")
    assert json.loads(strict.stdout)["questions"][1]["difficulty"] == "medium"


def test_validate_history(tmp_path: Path, run: RunCli) -> None:
    played_store(tmp_path)
    result = run("validate", "--history", "--data-dir", str(tmp_path))
    assert result.exit_code == 1
    out = result.stdout
    assert "3 question(s) answered, 3 with at least 30 answers; 3 flagged" in out
    assert "q-0000 “Question 0?” (n = 31, p = 1.00" in out
    assert "nearly everyone gets it right" in out and "nearly everyone gets it wrong" in out
    empty = run("validate", "--history", "--data-dir", str(tmp_path / "x"))
    assert empty.exit_code == 0 and "no play data" in empty.stdout
    assert run("validate").exit_code == 2


def test_the_game_skips_calibration_until_a_question_has_enough_answers(tmp_path: Path) -> None:
    played_store(tmp_path, players=5)
    store = Store.open(tmp_path)
    assert store.calibration(min_answers=30) == {}
    assert store.calibration(min_answers=5)["q-0000"].n == 5
    assert store.calibration()["q-0000"].n == 5
