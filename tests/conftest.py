"""Shared test fixtures: the repository's paths and the CLI runner.

Every test that could touch the user's data directory gets a temporary one through the
``QUIZ_DATA_DIR`` environment variable (autouse), so no test ever reads or writes real scores.

Paths come from the fixtures here (``repo_dir``, ``seed_path``, ``articles_dir``; a test that
wants each synthetic article in turn takes ``synthetic_article``) rather than from each module's
own ``Path(__file__)`` arithmetic. The CLI runs in-process through ``run``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from quiz.cli import cli

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "love_in_the_big_city_2024.txt"
ARTICLES = Path(__file__).resolve().parent / "fixtures" / "articles"


@dataclass(frozen=True)
class CliRun:
    """What one in-process ``quiz`` run printed and returned."""

    exit_code: int
    stdout: str
    stderr: str
    output: str
    """stdout and stderr interleaved, as a terminal would show them."""
    stdout_bytes: bytes

    def __iter__(self) -> Iterator[Any]:
        """Unpacks as ``code, stdout, stderr``."""
        return iter((self.exit_code, self.stdout, self.stderr))


RunCli = Callable[..., CliRun]
"""``run("export", path, "-f", "csv")``: the ``quiz`` command in-process (see :func:`run`)."""


@pytest.fixture(autouse=True)
def _isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUIZ_DATA_DIR", str(tmp_path_factory.mktemp("quiz-data")))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg-data")))


@pytest.fixture(scope="session")
def repo_dir() -> Path:
    """The repository checkout (``seeds/``, ``question_bank/``)."""
    return REPO


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The bundled seed article."""
    return SEED


@pytest.fixture(scope="session")
def articles_dir() -> Path:
    """The synthetic articles written for the tests (other films, other keys, more quirks)."""
    return ARTICLES


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """``synthetic_article``: one test per file of :func:`articles_dir`."""
    if "synthetic_article" in metafunc.fixturenames:
        paths = sorted(ARTICLES.glob("*.txt"))
        metafunc.parametrize("synthetic_article", paths, ids=[p.name for p in paths])


@pytest.fixture
def run() -> RunCli:
    """Run ``quiz ARGS…`` in-process: ``code, out, err = run("facts", path)``.

    Exceptions the CLI does not handle propagate (``catch_exceptions=False``), so a bug shows
    its traceback instead of an exit code a test might mistake for a handled error.
    """

    def invoke(*args: str, input: str | bytes | None = None) -> CliRun:
        result = CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)
        return CliRun(
            result.exit_code, result.stdout, result.stderr, result.output, result.stdout_bytes
        )

    return invoke
