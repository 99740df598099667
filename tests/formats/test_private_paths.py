"""Exports never carry a local absolute path: sources name the article by file name and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from quiz.cli import cli
from quiz.formats.paths import public_path

SEED = Path(__file__).resolve().parents[2] / "seeds" / "love_in_the_big_city_2024.txt"


@pytest.mark.parametrize("format_name", ["csv", "gift", "moodlexml", "native"])
def test_export_from_an_absolute_path_names_only_the_file(tmp_path: Path, format_name: str) -> None:
    home = tmp_path / "home" / "someone" / "films"
    home.mkdir(parents=True)
    article = home / "my_film.txt"
    shutil.copy(SEED, article)
    result = CliRunner().invoke(cli, ["export", str(article.resolve()), "-f", format_name])
    assert result.exit_code == 0, result.stderr
    assert str(home) not in result.stdout
    assert "someone" not in result.stdout
    assert "my_film.txt" in result.stdout


@pytest.mark.parametrize(
    ("path", "shown"),
    [
        ("/home/me/films/a.txt", "a.txt"),
        ("~/films/a.txt", "a.txt"),
        ("C:\\Users\\me\\a.txt", "a.txt"),
        ("seeds/a.txt", "seeds/a.txt"),
        ("a.txt", "a.txt"),
    ],
)
def test_public_path(path: str, shown: str) -> None:
    assert public_path(path) == shown
