"""The player's library: ``quiz add``/``library``/``remove``, and the game plays what it holds."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from quiz.cli import cli
from quiz.library import Library
from quiz.sources import load_sources

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"

FILM = ARTICLES / "paper_moons_2019.txt"
OTHER = ARTICLES / "kestrel_bay_2011.txt"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def my_film(tmp_path: Path) -> Path:
    """A user's own article, outside the repository, at an absolute path."""
    path = tmp_path / "home" / "films" / "my_film.txt"
    path.parent.mkdir(parents=True)
    shutil.copy(FILM, path)
    return path


def test_add_then_the_game_plays_the_film(my_film: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    code, out, _ = run("add", str(my_film), "--data-dir", str(data))
    assert code == 0 and out.startswith("added: Paper Moons (")
    played = load_sources([], data_dir=data)
    films = {q.film for q in played.questions}
    assert "Paper Moons" in films and "Love in the Big City" in films


def test_library_lists_films_counts_and_origin(my_film: Path, tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    run("add", str(my_film), "--data-dir", data)
    code, out, _ = run("library", "--data-dir", data)
    assert code == 0
    assert "paper-moons" in out and "Paper Moons" in out and str(my_film.resolve()) in out
    assert "1 film," in out


def test_readding_unchanged_is_a_no_op_and_changed_replaces(my_film: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    run("add", str(my_film), "--data-dir", str(data))
    before = (data / "library" / "paper-moons.json").stat().st_mtime_ns
    code, out, _ = run("add", str(my_film), "--data-dir", str(data))
    assert code == 0 and out.startswith("unchanged: Paper Moons")
    assert (data / "library" / "paper-moons.json").stat().st_mtime_ns == before
    text = my_film.read_text(encoding="utf-8").replace("* Dee Carter\n", "")
    my_film.write_text(text + "\nThe film was shot in 21 days.\n", encoding="utf-8")
    code, out, _ = run("add", str(my_film), "--data-dir", str(data))
    assert code == 0 and out.startswith("updated: Paper Moons")
    assert len(Library.in_data_dir(data).entries()) == 1


def test_remove_by_key_title_or_file_name(my_film: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    run("add", str(my_film), str(OTHER), "--data-dir", str(data))
    assert len(Library.in_data_dir(data).entries()) == 2
    code, out, _ = run("remove", "my_film.txt", "--data-dir", str(data))
    assert code == 0 and out.startswith("removed: Paper Moons")
    code, _, err = run("remove", "paper moons", "--data-dir", str(data))
    assert code == 2 and "no film 'paper moons'" in err
    films = {q.film for q in load_sources([], data_dir=data).questions}
    assert "Paper Moons" not in films and "Storm over Kestrel Bay" in films


def test_a_folder_adds_every_film(tmp_path: Path) -> None:
    data = tmp_path / "data"
    code, out, _ = run("add", str(ARTICLES), "--data-dir", str(data))
    assert code == 0
    assert out.count("added: ") == len(list(ARTICLES.glob("*.txt")))


def test_library_sets_cite_the_file_name_not_a_local_path(my_film: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    run("add", str(my_film), "--data-dir", str(data))
    stored = (data / "library" / "paper-moons.json").read_text(encoding="utf-8")
    assert str(tmp_path) not in stored
    assert json.loads(stored)["sources"][0]["path"] == "my_film.txt"


def test_loading_trusts_the_hash_and_never_validates(
    my_film: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    run("add", str(my_film), "--data-dir", str(data))

    def no_validation(*args: object) -> list[str]:
        raise AssertionError("the library was validated on load")

    monkeypatch.setattr("quiz.bank.schema_problems", no_validation)
    monkeypatch.setattr("quiz.validate.question_problems", no_validation)
    pack = data / "library" / "pack.marshal"
    assert pack.is_file()
    assert any(q.film == "Paper Moons" for q in load_sources([], data_dir=data).questions)
    pack.unlink()  # without the pack: the set files, trusted by their hash
    assert any(q.film == "Paper Moons" for q in load_sources([], data_dir=data).questions)
    assert pack.is_file()  # and the pack is written again


def test_a_changed_set_file_is_checked_again(my_film: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    run("add", str(my_film), "--data-dir", str(data))
    (data / "library" / "pack.marshal").unlink()
    stored = data / "library" / "paper-moons.json"
    document = json.loads(stored.read_text(encoding="utf-8"))
    bad = document["questions"][0]
    bad["incorrect_answers"] = [bad["correct_answer"], *bad["incorrect_answers"][1:]]
    stored.write_text(json.dumps(document), encoding="utf-8")
    warnings: list[str] = []
    played = load_sources([], data_dir=data, warn=warnings.append)
    assert bad["id"] not in {q.id for q in played.questions}
    assert any("changed since it was added" in w for w in warnings)


def test_a_damaged_pack_is_never_used(my_film: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    run("add", str(my_film), "--data-dir", str(data))
    pack = data / "library" / "pack.marshal"
    pack.write_bytes(b"\x00garbage")
    played = load_sources([], data_dir=data)
    assert any(q.film == "Paper Moons" for q in played.questions)


def test_adding_an_unreadable_file_fails_and_keeps_the_library(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00binary")
    code, _, err = run("add", str(bad), "--data-dir", str(tmp_path / "data"))
    assert code == 2 and "bad.txt" in err
    assert Library.in_data_dir(tmp_path / "data").entries() == []


def test_adding_a_question_file_skips_bad_questions_and_says_so(tmp_path: Path) -> None:
    opentdb = {
        "response_code": 0,
        "results": [
            {
                "type": "multiple",
                "difficulty": "easy",
                "category": "Entertainment: Film",
                "question": f"Question number {n}?",
                "correct_answer": "Yes",
                "incorrect_answers": ["Yes" if n == 0 else "No", "Maybe", "Never"],
            }
            for n in range(3)
        ],
    }
    path = tmp_path / "trivia.json"
    path.write_text(json.dumps(opentdb), encoding="utf-8")
    code, out, err = run("add", str(path), "--data-dir", str(tmp_path / "data"))
    assert code == 0 and "(2 questions)" in out
    assert "skipped" in err and "Question number 0" in err


def test_a_clean_question_file_is_checked_by_the_compiled_validator_only() -> None:
    """`quiz play FOLDER` of 200 sets took 16 s in jsonschema; clean files never reach it."""
    import subprocess
    import sys

    bank = Path(__file__).resolve().parents[2] / "question_bank" / "love_in_the_big_city_2024.json"
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from quiz.sources import load_sources\n"
        f"qset = load_sources([Path({str(bank)!r})])\n"
        "assert len(qset.questions) > 40\n"
        "print('jsonschema' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_checking_a_file_leaves_the_schema_as_written() -> None:
    from quiz.bank import QuestionSet, schema_problems
    from quiz.schema import schema_json

    before = schema_json()
    assert schema_problems(QuestionSet("t").to_dict()) == []
    assert schema_json() == before
