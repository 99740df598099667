"""Calibrating questions from how people answer them (question-quality.md §3).

Per question, from every real answer (skips excluded, a timeout counts as wrong):

* **p-value** (share right) with a **Wilson** 95 % interval, honest while ``n`` is small;
* **corrected point-biserial** discrimination: do players who get it right do better on the
  *other* questions? Players see different questions, so a player's "total" is their share
  right on everything else they answered (the rest-score), computed without this question;
* **Elo**: one rating per player (θ) and per question (d), updated answer by answer in time
  order with the guessing-aware expectation ``P = 1/k + (1 − 1/k)·σ(θ − d)`` (k options) and
  Pelánek's shrinking step ``K(n) = α / (1 + β·n)`` (α = 1, β = 0.05: his geography case
  study's values, see the reference's caveat);
* **distractor analysis**: the share choosing each wrong option among the stronger and the
  weaker half of the players (by θ); a distractor chosen more by the strong is flagged as a
  likely second right answer.

Once a question has :data:`MIN_ANSWERS` answers (configurable), its **calibrated difficulty**
is the tier of the success chance Elo predicts for an average player (θ = 0): easy from
:data:`EASY_FROM`, hard below :data:`HARD_BELOW`, medium between (the reference's tiers put
easy near 0.8, medium near 0.6, hard near 0.4). Using Elo rather than the raw p-value corrects
for who happened to answer: a question only experts met is not "easy" because they got it.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from quiz.bank import Difficulty, Question

MIN_ANSWERS = 30
"""Answers a question needs before its calibrated difficulty replaces the rule-based one."""
EASY_FROM = 0.70
HARD_BELOW = 0.50
ELO_ALPHA = 1.0
ELO_BETA = 0.05
WILSON_Z = 1.96
NEAR_ALL = 0.95
"""p above this (with enough answers): nearly everyone gets it right."""
NEAR_CHANCE_MARGIN = 0.05
"""p below chance plus this: nearly everyone gets it wrong (or guesses)."""
DISTRACTOR_MIN_SHARE = 0.05
"""A distractor is judged only if the strong half chooses it at least this often."""


@dataclass(frozen=True)
class Response:
    """One real answer, in time order: who, which question, right or not, what was chosen."""

    player: str
    question_id: str
    correct: bool
    chosen: str | None
    """The option text chosen (``None`` for a timeout)."""
    options: int = 4
    """How many options the question had (4, or 2 for true/false): the guessing floor."""


def wilson_interval(right: int, n: int, z: float = WILSON_Z) -> tuple[float, float]:
    """Wilson score interval for a proportion ``right / n`` (``(0, 1)`` when ``n`` is 0)."""
    if n == 0:
        return (0.0, 1.0)
    p = right / n
    denominator = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator
    return (max(0.0, centre - half), min(1.0, centre + half))


def point_biserial(right: Sequence[bool], scores: Sequence[float]) -> float | None:
    """``(M1 − M0) / s · sqrt(p·(1 − p))`` with ``s`` the population SD of ``scores``.

    ``None`` when it is undefined (everyone right, everyone wrong, or no spread in scores).
    """
    n = len(right)
    if n != len(scores) or n < 2:
        return None
    ones = [s for r, s in zip(right, scores, strict=True) if r]
    zeros = [s for r, s in zip(right, scores, strict=True) if not r]
    if not ones or not zeros:
        return None
    mean = sum(scores) / n
    sd = math.sqrt(sum((s - mean) ** 2 for s in scores) / n)
    if sd == 0:
        return None
    p = len(ones) / n
    return (sum(ones) / len(ones) - sum(zeros) / len(zeros)) / sd * math.sqrt(p * (1 - p))


def sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def expected(theta: float, difficulty: float, options: int) -> float:
    """Chance that a player of ability ``theta`` answers right, guessing included."""
    floor = 1.0 / options if options > 1 else 0.0
    return floor + (1.0 - floor) * sigmoid(theta - difficulty)


def step(n: int, alpha: float = ELO_ALPHA, beta: float = ELO_BETA) -> float:
    """Pelánek's uncertainty step: large for newcomers, smaller with every answer."""
    return alpha / (1.0 + beta * n)


@dataclass
class Elo:
    """Ratings for players and questions, updated one answer at a time."""

    players: dict[str, float] = field(default_factory=dict)
    questions: dict[str, float] = field(default_factory=dict)
    player_answers: dict[str, int] = field(default_factory=dict)
    question_answers: dict[str, int] = field(default_factory=dict)

    def update(self, response: Response) -> None:
        theta = self.players.get(response.player, 0.0)
        d = self.questions.get(response.question_id, 0.0)
        n_player = self.player_answers.get(response.player, 0)
        n_question = self.question_answers.get(response.question_id, 0)
        surprise = (1.0 if response.correct else 0.0) - expected(theta, d, response.options)
        self.players[response.player] = theta + step(n_player) * surprise
        self.questions[response.question_id] = d - step(n_question) * surprise
        self.player_answers[response.player] = n_player + 1
        self.question_answers[response.question_id] = n_question + 1


def rate(responses: Iterable[Response]) -> Elo:
    """Elo ratings after every response, in the order given (time order)."""
    elo = Elo()
    for response in responses:
        elo.update(response)
    return elo


@dataclass(frozen=True)
class DistractorShare:
    """How often a wrong option was chosen by the stronger and the weaker half of players."""

    option: str
    strong: float
    weak: float

    @property
    def favours_strong(self) -> bool:
        return self.strong > self.weak and self.strong >= DISTRACTOR_MIN_SHARE


@dataclass(frozen=True)
class QuestionStats:
    """Everything the play data says about one question."""

    question_id: str
    n: int
    right: int
    options: int
    wilson: tuple[float, float]
    point_biserial: float | None
    elo: float
    """The question's Elo difficulty (0 = average; higher is harder)."""
    distractors: tuple[DistractorShare, ...] = ()

    @property
    def p_value(self) -> float | None:
        return self.right / self.n if self.n else None

    @property
    def average_success(self) -> float:
        """The chance Elo gives an average player (θ = 0) to answer right."""
        return expected(0.0, self.elo, self.options)

    def calibrated(self, min_answers: int = MIN_ANSWERS) -> Difficulty | None:
        """The difficulty tier from play, once there are ``min_answers`` answers."""
        if self.n < min_answers:
            return None
        chance = self.average_success
        if chance >= EASY_FROM:
            return "easy"
        if chance < HARD_BELOW:
            return "hard"
        return "medium"

    def flags(self, min_answers: int = MIN_ANSWERS) -> list[str]:
        """What a maintainer should look at (needs ``min_answers`` answers)."""
        if self.n < min_answers or self.p_value is None:
            return []
        found: list[str] = []
        p = self.p_value
        chance = 1.0 / self.options
        if p > NEAR_ALL:
            found.append(f"nearly everyone gets it right (p = {p:.2f}, n = {self.n})")
        if p < chance + NEAR_CHANCE_MARGIN:
            found.append(
                f"nearly everyone gets it wrong (p = {p:.2f}, chance is {chance:.2f}, n = {self.n})"
            )
        if self.point_biserial is not None and self.point_biserial < 0:
            found.append(
                f"negative discrimination (r_pb = {self.point_biserial:.2f}): stronger players "
                "miss it more often; the key may be wrong"
            )
        for share in self.distractors:
            if share.favours_strong:
                found.append(
                    f"distractor {share.option!r} is chosen more by strong players "
                    f"({share.strong:.0%}) than weak ones ({share.weak:.0%}): "
                    "a likely second right answer"
                )
        return found


def rest_scores(responses: Sequence[Response]) -> dict[tuple[str, str], float]:
    """Each (player, question) → the player's share right on their *other* questions."""
    right: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    per_item: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for r in responses:
        right[r.player] += r.correct
        total[r.player] += 1
        cell = per_item[(r.player, r.question_id)]
        cell[0] += r.correct
        cell[1] += 1
    scores: dict[tuple[str, str], float] = {}
    for (player, qid), (item_right, item_total) in per_item.items():
        others = total[player] - item_total
        scores[(player, qid)] = (
            (right[player] - item_right) / others if others else right[player] / total[player]
        )
    return scores


def calibrate(responses: Sequence[Response]) -> dict[str, QuestionStats]:
    """Statistics for every question answered in ``responses`` (given in time order)."""
    elo = rate(responses)
    rests = rest_scores(responses)
    by_question: dict[str, list[Response]] = defaultdict(list)
    for r in responses:
        by_question[r.question_id].append(r)
    thetas = sorted(elo.players.values())
    median = thetas[len(thetas) // 2] if thetas else 0.0
    result: dict[str, QuestionStats] = {}
    for qid, answers in by_question.items():
        right = sum(1 for a in answers if a.correct)
        pbis = point_biserial(
            [a.correct for a in answers], [rests[(a.player, qid)] for a in answers]
        )
        result[qid] = QuestionStats(
            question_id=qid,
            n=len(answers),
            right=right,
            options=answers[-1].options,
            wilson=wilson_interval(right, len(answers)),
            point_biserial=pbis,
            elo=elo.questions[qid],
            distractors=_distractors(answers, elo.players, median),
        )
    return result


def _distractors(
    answers: Sequence[Response], thetas: Mapping[str, float], median: float
) -> tuple[DistractorShare, ...]:
    strong = [a for a in answers if thetas.get(a.player, 0.0) > median]
    weak = [a for a in answers if thetas.get(a.player, 0.0) <= median]
    if not strong or not weak:
        return ()
    wrong_options = sorted({a.chosen for a in answers if not a.correct and a.chosen is not None})
    return tuple(
        DistractorShare(
            option=option,
            strong=sum(1 for a in strong if a.chosen == option) / len(strong),
            weak=sum(1 for a in weak if a.chosen == option) / len(weak),
        )
        for option in wrong_options
    )


def apply_calibration(
    questions: Sequence[Question],
    stats: Mapping[str, QuestionStats],
    min_answers: int = MIN_ANSWERS,
) -> list[Question]:
    """The questions with their calibrated difficulty where play data allows it."""
    calibrated: list[Question] = []
    for question in questions:
        found = stats.get(question.id)
        tier = found.calibrated(min_answers) if found is not None else None
        calibrated.append(
            question
            if tier is None or tier == question.difficulty
            else replace(question, difficulty=tier)
        )
    return calibrated


def spearman(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Spearman rank correlation (average ranks for ties)."""

    def ranks(values: Sequence[float]) -> list[float]:
        order = sorted(range(len(values)), key=lambda i: values[i])
        result = [0.0] * len(values)
        i = 0
        while i < len(order):
            j = i
            while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
                j += 1
            for k in range(i, j + 1):
                result[order[k]] = (i + j) / 2
            i = j + 1
        return result

    rx, ry = ranks(xs), ranks(ys)
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry, strict=True))
    vx = math.sqrt(sum((a - mx) ** 2 for a in rx))
    vy = math.sqrt(sum((b - my) ** 2 for b in ry))
    return cov / (vx * vy) if vx and vy else 0.0
