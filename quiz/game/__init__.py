"""The game engine: sessions, modes, scoring, lifelines, the daily challenge. No Textual here.

The TUI renders what this package decides; the store records what it reports. Randomness and
time are always injected, so every game can be replayed from its seed with a fake clock.
"""

from quiz.game.clock import Clock, FakeClock, system_clock
from quiz.game.daily import DAILY_COUNT, daily_seed, share_line
from quiz.game.modes import (
    COUNT_CHOICES,
    DEFAULT_COUNT,
    DEFAULT_SECONDS,
    MODE_CLASSES,
    MODE_NAMES,
    RANKED_MODES,
    Classic,
    Daily,
    Mode,
    ModeName,
    Practice,
    Survival,
    Timed,
)
from quiz.game.scoring import BASE_POINTS, Points, score_right_answer
from quiz.game.session import (
    KEY_LABELS,
    AnswerRecord,
    CategoryStat,
    GameError,
    NullRecorder,
    Outcome,
    Recorder,
    Round,
    Session,
    Summary,
)
from quiz.game.setup import GameConfig, GamePlan, make_mode, matching, next_seed, plan_game

__all__ = [
    "BASE_POINTS",
    "COUNT_CHOICES",
    "DAILY_COUNT",
    "DEFAULT_COUNT",
    "DEFAULT_SECONDS",
    "KEY_LABELS",
    "MODE_CLASSES",
    "MODE_NAMES",
    "RANKED_MODES",
    "AnswerRecord",
    "CategoryStat",
    "Classic",
    "Clock",
    "Daily",
    "FakeClock",
    "GameConfig",
    "GameError",
    "GamePlan",
    "Mode",
    "ModeName",
    "NullRecorder",
    "Outcome",
    "Points",
    "Practice",
    "Recorder",
    "Round",
    "Session",
    "Summary",
    "Survival",
    "Timed",
    "daily_seed",
    "make_mode",
    "matching",
    "next_seed",
    "plan_game",
    "score_right_answer",
    "share_line",
    "system_clock",
]
