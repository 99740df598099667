"""CLI behaviour of facts, build and validate: output, exit codes, no tracebacks."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from conftest import RunCli


def test_facts_json_has_the_contract_keys(run: RunCli, seed_path: Path) -> None:
    code, out, _ = run("facts", str(seed_path), "--json")
    assert code == 0
    data = json.loads(out)
    for key in (
        "title",
        "infobox",
        "cast",
        "awards",
        "events",
        "distribution",
        "adaptation_changes",
    ):
        assert key in data
    assert data["title"] == "Love in the Big City"
    assert data["cast"][0] == {
        "actor": "Kim Go-eun",
        "role": "Jae-hee",
        "note": None,
        "gender": "female",
        "cast_list": None,
        "voice": False,
        "character": "Jae-hee",
        "shared_role": False,
        "line": 25,
        "quote": "Kim Go-eun as Jae-hee",
    }
    assert data["cast"][2]["actor"] is None and data["cast"][2]["line"] == 27
    assert data["awards"][0]["line"] == 81 and data["awards"][0]["recipient"] is None
    assert data["events"][0]["date"] == "2024-09-13" and data["events"][0]["precision"] == "day"
    assert data["distribution"][0] == {
        "company": "KDDI",
        "territories": ["Japan"],
        "line": 67,
        "quote": data["distribution"][0]["quote"],
    }


def test_facts_tables_by_default(run: RunCli, seed_path: Path) -> None:
    code, out, _ = run("facts", str(seed_path))
    assert code == 0
    for heading in (
        "Credits",
        "Cast",
        "Accolades",
        "Dated events",
        "Distribution",
        "Box office",
        "Adaptation",
    ):
        assert heading in out
    assert "Toronto" in out and "Noh Sang-hyun" in out


def test_facts_tables_show_what_json_has(run: RunCli, seed_path: Path) -> None:
    code, out, _ = run("facts", str(seed_path))
    assert code == 0
    for fact in ("Released", "2024-09-13", "Runtime", "118 minutes", "Country", "Language"):
        assert fact in out, fact
    assert "not given back" in out
    assert " kept " not in out


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"", "file is empty"),
        (b"\xff\xfe\x00b", "binary"),
        (b"na\xefve", "not UTF-8"),
        (b"just prose\n", "no recognisable"),
    ],
)
def test_facts_bad_input_exit_2_one_line(
    tmp_path: Path, content: bytes, fragment: str, run: RunCli
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    code, out, err = run("facts", str(path))
    assert code == 2 and out == ""
    assert fragment in err and str(path) in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_facts_missing_file_and_directory(tmp_path: Path, run: RunCli) -> None:
    code, _, err = run("facts", str(tmp_path / "missing.txt"))
    assert code == 2 and "no such file" in err
    code, _, err = run("facts", str(tmp_path))
    assert code == 2 and "directory" in err


def test_build_writes_sets_and_schema(tmp_path: Path, run: RunCli, articles_dir: Path) -> None:
    out = tmp_path / "bank"
    code, _, err = run("build", str(articles_dir), "--out", str(out))
    assert code == 0, err
    names = sorted(p.name for p in out.iterdir())
    expected = sorted([p.stem + ".json" for p in articles_dir.glob("*.txt")] + ["schema.json"])
    assert names == expected
    code, out_text, _ = run("validate", *[str(p) for p in out.glob("*_*.json")])
    assert code == 0, out_text


def test_build_reports_a_bad_article_and_builds_the_rest(
    tmp_path: Path, run: RunCli, articles_dir: Path
) -> None:
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(articles_dir / "paper_moons_2019.txt", src)
    (src / "broken.txt").write_bytes(b"\x00\x00")
    out = tmp_path / "bank"
    code, _, err = run("build", str(src), "--out", str(out))
    assert code == 1
    assert "broken.txt" in err
    assert (out / "paper_moons_2019.json").exists() and not (out / "broken.json").exists()


def test_rebuild_is_byte_identical(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run: RunCli, repo_dir: Path
) -> None:
    monkeypatch.chdir(repo_dir)
    first, second = tmp_path / "a", tmp_path / "b"
    assert run("build", "--out", str(first), "-q").exit_code == 0
    assert run("build", "--out", str(second), "-q").exit_code == 0
    for path in first.iterdir():
        assert path.read_bytes() == (second / path.name).read_bytes(), path.name


def test_committed_bank_is_up_to_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run: RunCli, repo_dir: Path
) -> None:
    """question_bank/ is a build output: rebuild and compare byte for byte."""
    monkeypatch.chdir(repo_dir)
    fresh = tmp_path / "bank"
    assert run("build", "--out", str(fresh), "-q").exit_code == 0
    committed = repo_dir / "question_bank"
    assert sorted(p.name for p in committed.iterdir()) == sorted(p.name for p in fresh.iterdir())
    for path in fresh.iterdir():
        assert path.read_bytes() == (committed / path.name).read_bytes(), (
            f"stale: {path.name}; run `quiz build`"
        )


def test_committed_bank_validates(run: RunCli, repo_dir: Path) -> None:
    sets = [p for p in (repo_dir / "question_bank").glob("*.json") if p.name != "schema.json"]
    code, out, _ = run("validate", *map(str, sets))
    assert code == 0, out


def test_validate_lists_every_problem(tmp_path: Path, run: RunCli, repo_dir: Path) -> None:
    data = json.loads(
        (repo_dir / "question_bank" / "love_in_the_big_city_2024.json").read_text(encoding="utf-8")
    )
    first, second = data["questions"][0], data["questions"][1]
    first["incorrect_answers"][0] = first["correct_answer"]
    second["incorrect_answers"] = second["incorrect_answers"][:2]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, out, _ = run("validate", str(path))
    assert code == 1
    assert "distinct" in out and "incorrect_answers" in out


def test_validate_malformed_json_exit_2_with_line_and_column(tmp_path: Path, run: RunCli) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"format": "film-trivia-set",\n  "version": 1,\n  oops}', encoding="utf-8")
    code, _, err = run("validate", str(path))
    assert code == 2
    assert f"{path}:3:3" in err


def test_non_tui_commands_never_import_textual(seed_path: Path) -> None:
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from quiz.cli import cli\n"
        f"r = CliRunner().invoke(cli, ['facts', {str(seed_path)!r}, '--json'])\n"
        "r2 = CliRunner().invoke(cli, ['--help'])\n"
        "r3 = CliRunner().invoke(cli, ['validate', '--help'])\n"
        "assert r.exit_code == 0 and r2.exit_code == 0, (r.output, r2.output)\n"
        "print('textual' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_python_dash_m_works() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "quiz", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0 and "0.1.0" in result.stdout


def test_facts_tables_show_article_text_literally(tmp_path: Path, run: RunCli) -> None:
    article = tmp_path / "markup.txt"
    article.write_text(
        "= Odd (2001 film) =\n\nOdd\n- Director: [bold red]Evil Dir[/]\n- Writer: Beta [/] Two\n"
        "- Producer: Gamma :smile: Three\n",
        encoding="utf-8",
    )
    code, out, err = run("facts", str(article))
    assert code == 0, err
    for text in ("[bold red]Evil Dir[/]", "Beta [/] Two", "Gamma :smile: Three"):
        assert text in out


def test_build_of_only_unreadable_articles_exits_2_and_writes_nothing(
    tmp_path: Path, run: RunCli
) -> None:
    out = tmp_path / "bank"
    code, _, err = run("build", str(tmp_path / "missing.txt"), "--out", str(out))
    assert code == 2
    assert err.count("missing.txt") == 1
    assert not out.exists()


def test_validate_empty_file_says_empty(tmp_path: Path, run: RunCli) -> None:
    path = tmp_path / "empty.json"
    path.write_text("")
    code, _, err = run("validate", str(path))
    assert code == 2 and "file is empty" in err
