"""Wikitext through the CLI: facts, build, export and play accept .wiki files and --from."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from quiz.article_input import detect_format, looks_like_wikitext

if TYPE_CHECKING:
    from conftest import RunCli


@pytest.fixture
def salt(wiki_dir: Path) -> Path:
    return wiki_dir / "The_Salt_Road_(2019_film).wiki"


def test_seed_articles_are_never_taken_for_wikitext(seed_path: Path, articles_dir: Path) -> None:
    for path in [seed_path, *sorted(articles_dir.glob("*.txt"))]:
        text = path.read_text(encoding="utf-8")
        assert not looks_like_wikitext(text), path
        assert detect_format(path, text) == "seed"


def test_detection_by_suffix_content_and_override(salt: Path) -> None:
    wikitext = salt.read_text(encoding="utf-8")
    assert detect_format("a.wiki", "plain words") == "wikitext"
    assert detect_format("a.mediawiki", "") == "wikitext"
    assert detect_format("a.txt", wikitext) == "wikitext"  # pasted "Edit source"
    assert detect_format("noext", "'''X''' is a [[film]].") == "wikitext"
    assert detect_format("a.wiki", wikitext, forced="seed") == "seed"
    assert detect_format("a.txt", "= T =\n- Director: A\n", forced="wikitext") == "wikitext"


def test_facts_json_reads_a_wiki_file(run: RunCli, salt: Path) -> None:
    code, out, _ = run("facts", str(salt), "--json")
    assert code == 0
    data = json.loads(out)
    assert (data["title"], data["qualifier"]) == ("The Salt Road", "2019 film")
    assert data["infobox"]["Director"] == "Han Ji-woo"
    assert {(a["category"], a["result"]) for a in data["awards"]} >= {("Best Actress", "won")}


def test_wikitext_in_a_txt_file_is_detected_and_from_overrides(
    run: RunCli, salt: Path, seed_path: Path, tmp_path: Path
) -> None:
    pasted = tmp_path / "salt.txt"
    shutil.copy(salt, pasted)
    code, out, _ = run("facts", str(pasted), "--json")
    assert code == 0 and json.loads(out)["infobox"]["Director"] == "Han Ji-woo"
    # Forced to the seed reader, the markup is read as seed text: no infobox is found.
    code, out, _ = run("facts", str(pasted), "--json", "--from", "seed")
    assert code == 0 and "Director" not in json.loads(out)["infobox"]
    code, out, _ = run("facts", str(seed_path), "--json", "--from", "seed")
    assert code == 0 and json.loads(out)["title"] == "Love in the Big City"


def test_the_seed_reads_the_same_with_or_without_the_new_readers(
    run: RunCli, seed_path: Path
) -> None:
    auto = tuple(run("facts", str(seed_path), "--json"))
    forced = tuple(run("facts", str(seed_path), "--json", "--from", "seed"))
    assert auto == forced and auto[0] == 0


def test_build_a_folder_of_wiki_and_txt_articles(
    run: RunCli, salt: Path, seed_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(salt, folder)
    shutil.copy(seed_path, folder)
    out = tmp_path / "bank"
    code, _, err = run("build", str(folder), "--out", str(out), "-q")
    assert code == 0, err
    names = sorted(p.name for p in out.glob("*.json"))
    assert names == [
        "The_Salt_Road_(2019_film).json",
        "love_in_the_big_city_2024.json",
        "schema.json",
    ]
    qset = json.loads((out / "The_Salt_Road_(2019_film).json").read_text(encoding="utf-8"))
    assert qset["title"] == "The Salt Road (2019 film)"
    lines = salt.read_text(encoding="utf-8").splitlines()
    for question in qset["questions"]:
        assert 1 <= question["source"]["line"] <= len(lines)
    code, _, _ = run("validate", str(out / "The_Salt_Road_(2019_film).json"))
    assert code == 0


def test_export_a_wiki_file_directly(run: RunCli, salt: Path) -> None:
    code, out, err = run("export", str(salt), "--format", "csv", "-o", "-")
    assert code == 0, err
    assert "The Salt Road" in out


def test_dump_options_need_a_dump_and_an_out_dir(
    run: RunCli, salt: Path, wiki_dir: Path, tmp_path: Path
) -> None:
    code, _, err = run("build", str(salt), "--limit", "3", "--out", str(tmp_path))
    assert code == 2 and "--dump" in err
    code, _, err = run("build", "--dump", str(wiki_dir / "dump-small.xml"))
    assert code == 2 and "--out" in err
