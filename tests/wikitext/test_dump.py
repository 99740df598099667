"""``quiz build --dump``: film pages only, one set each, a summary, bad pages never fatal."""

from __future__ import annotations

import bz2
import json
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import pytest

from quiz.wikitext import dumpbuild
from quiz.wikitext.dump import DumpPage, is_film_page, iter_pages, open_dump

if TYPE_CHECKING:
    from conftest import RunCli


@pytest.fixture
def small_dump(wiki_dir: Path) -> Path:
    return wiki_dir / "dump-small.xml"


def test_film_infobox_but_not_awards_or_festival() -> None:
    assert is_film_page("{{Infobox film\n| name = X\n}}")
    assert is_film_page("{{infobox_film|name=X}}")
    assert is_film_page("{{ Infobox Film <!-- see docs -->\n}}")
    assert not is_film_page("{{Infobox film awards\n| name = X\n}}")
    assert not is_film_page("{{Infobox film festival|name=X}}")
    assert not is_film_page("'''X''' is a village.")


def test_the_committed_small_dump_is_what_the_generator_makes(
    tmp_path: Path, small_dump: Path, wikitext_support: ModuleType
) -> None:
    fresh = wikitext_support.write_dump(tmp_path / "dump.xml", 16)
    assert fresh.read_text(encoding="utf-8") == small_dump.read_text(encoding="utf-8")


def test_pages_are_classified_and_only_films_kept(small_dump: Path) -> None:
    with open_dump(small_dump) as stream:
        pages = list(iter_pages(stream, str(small_dump)))
    reasons = sorted(reason for page, reason in pages if page is None)
    assert reasons == [
        "namespace",
        "not a film",
        "not a film",
        "not a film",
        "not a film",
        "not a film",
        "redirect",
        "redirect",
    ]
    films = [page.title for page, _ in pages if page is not None]
    assert len(films) == 8 and "The Salt Road (2019 film)" in films


def test_build_dump_writes_one_set_per_film_and_a_summary(
    tmp_path: Path, small_dump: Path, run: RunCli
) -> None:
    out = tmp_path / "sets"
    code, _, err = run("build", "--dump", str(small_dump), "--out", str(out), "--jobs", "1", "-q")
    assert code == 0, err
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["film_pages"] == summary["sets_written"] == 8
    assert summary["skipped"] == {"namespace": 1, "not a film": 5, "redirect": 2}
    qset = json.loads((out / "The_Salt_Road_(2019_film).json").read_text(encoding="utf-8"))
    assert qset["sources"][0]["path"] == "dump-small.xml#The Salt Road (2019 film)"
    assert summary["questions"] == sum(
        len(json.loads(p.read_text(encoding="utf-8"))["questions"])
        for p in out.glob("*.json")
        if p.name != "summary.json"
    )


def test_limit_and_bz2_and_both_cores(
    tmp_path: Path, run: RunCli, wikitext_support: ModuleType
) -> None:
    dump = wikitext_support.write_dump(tmp_path / "dump.xml.bz2", 40)
    with bz2.open(dump) as compressed:
        assert compressed.read(5) == b"<medi"
    out = tmp_path / "sets"
    code, _, err = run(
        "build", "--dump", str(dump), "--out", str(out), "--limit", "5", "--jobs", "2", "-q"
    )
    assert code == 0, err
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["film_pages"] == summary["sets_written"] == 5
    assert len(list(out.glob("*.json"))) == 6


def test_a_bad_page_is_reported_never_fatal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run: RunCli, wikitext_support: ModuleType
) -> None:
    real = dumpbuild.build_page

    def flaky(page: DumpPage, out_dir: Path, name: str) -> dumpbuild.PageResult:
        if page.title.startswith("Nightjar"):
            page = DumpPage(page.title, page.page_id, None)  # type: ignore[arg-type]
        return real(page, out_dir, name)

    monkeypatch.setattr(dumpbuild, "build_page", flaky)
    deleted = wikitext_support.page_xml(999, "Deleted Film (2001 film)", None)
    dump = wikitext_support.write_dump(tmp_path / "dump.xml", 16, extra=[deleted])
    out = tmp_path / "sets"
    code, _, err = run("build", "--dump", str(dump), "--out", str(out), "--jobs", "1")
    assert code == 1
    assert "Nightjar (2021 film)" in err
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["sets_written"] == 7 and summary["skipped"]["no text"] == 1
    assert [f["title"] for f in summary["failures"]] == ["Nightjar (2021 film)"]


def test_not_a_dump_is_exit_2_one_line(tmp_path: Path, run: RunCli) -> None:
    junk = tmp_path / "junk.xml"
    junk.write_text("<html><body>nope</body></html>", encoding="utf-8")
    code, _, err = run("build", "--dump", str(junk), "--out", str(tmp_path / "o"))
    assert code == 2 and "junk.xml" in err and "Traceback" not in err
    code, _, err = run(
        "build", "--dump", str(tmp_path / "missing.xml"), "--out", str(tmp_path / "o")
    )
    assert code == 2 and "missing.xml" in err


def test_a_truncated_dump_builds_what_came_before_and_says_so(
    tmp_path: Path, run: RunCli, wikitext_support: ModuleType
) -> None:
    whole = wikitext_support.write_dump(tmp_path / "whole.xml", 16).read_bytes()
    cut = tmp_path / "cut.xml"
    cut.write_bytes(whole[: whole.index(b"<title>Nightjar")])
    out = tmp_path / "sets"
    code, _, err = run("build", "--dump", str(cut), "--out", str(out), "--jobs", "1", "-q")
    assert code == 1 and "cut.xml" in err and "Traceback" not in err
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["sets_written"] >= 1 and summary["dump_error"]


def test_titles_that_spell_the_same_file_get_their_page_id(
    tmp_path: Path, run: RunCli, wiki_dir: Path, wikitext_support: ModuleType
) -> None:
    text = (wiki_dir / "Nightjar_(2021_film).wiki").read_text(encoding="utf-8")
    twins = [
        wikitext_support.page_xml(701, "Who?", text),
        wikitext_support.page_xml(702, "Who!", text),
    ]
    dump = wikitext_support.write_dump(tmp_path / "dump.xml", 0, extra=twins)
    out = tmp_path / "sets"
    code, _, err = run("build", "--dump", str(dump), "--out", str(out), "--jobs", "1", "-q")
    assert code == 0, err
    assert sorted(p.name for p in out.glob("Who*.json")) == ["Who_.json", "Who__702.json"]
