"""The questions a game may use, as play data shapes them.

Two rules, applied the same way by ``quiz play``'s start-up check and by the app: a question
with an open report is left out until the report is cleared, and a question answered often
enough plays at its calibrated difficulty (which also sets its points and what the difficulty
filter matches).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from quiz.analysis.calibration import MIN_ANSWERS, QuestionStats, apply_calibration
from quiz.bank import Question


def playable(
    questions: Sequence[Question],
    *,
    reported: Collection[str],
    stats: Mapping[str, QuestionStats],
    min_answers: int = MIN_ANSWERS,
) -> list[Question]:
    """``questions`` without the reported ones, difficulty calibrated where data allows."""
    kept = [q for q in questions if q.id not in reported]
    return apply_calibration(kept, stats, min_answers)
