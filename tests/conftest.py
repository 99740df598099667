"""Shared test fixtures: paths to the seed and to the synthetic articles written for tests.

Every test that could touch the user's data directory gets a temporary one through the
``QUIZ_DATA_DIR`` environment variable (autouse), so no test ever reads or writes real scores.
"""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "love_in_the_big_city_2024.txt"
ARTICLES = Path(__file__).resolve().parent / "fixtures" / "articles"


@pytest.fixture(autouse=True)
def _isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUIZ_DATA_DIR", str(tmp_path_factory.mktemp("quiz-data")))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg-data")))


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def articles_dir() -> Path:
    return ARTICLES
