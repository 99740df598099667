"""Wikitext test support: the fixture pages, their expected facts, and generated XML dumps.

Each ``tests/fixtures/wikitext/X.wiki`` has ``X.expected.json``, written from the page by hand:
credits as (role, name), the main cast as (actor, role, note), labelled cast lists (a dub cast,
or the Japanese and English voice casts of a section without a list of its own) as
(label, actor, role), accolades rows with their result, infobox money, the first release date,
the runtime, the dates of the events the prose states, and for the clear ones their kind and
place (``event_kinds``: premieres, releases, streaming, home media, filming, rights deals).

Dumps are generated, never downloaded: the film pages are the fixtures under new titles, and
between them come what a real ``pages-articles`` dump is mostly made of — other articles,
redirects, talk pages, an "Infobox film awards" page (not a film) and, on request, a page whose
text was deleted.

Tests get all of this through fixtures (``wiki_dir``, ``wiki_page`` parametrised over every
page, ``wikitext_support``); ``tests/benchmarks/bench_wikitext.py`` loads this file by path.
"""

from __future__ import annotations

import bz2
import json
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any, TextIO
from xml.sax.saxutils import escape, quoteattr

import pytest

from quiz.facts import extract_film
from quiz.facts.model import Film
from quiz.wikitext.reader import parse_wikitext

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "wikitext"
PAGES = sorted(FIXTURES.glob("*.wiki"))


#: Event kinds measured with their place ("other" and announcements are not).
MEASURED_EVENT_KINDS = frozenset(
    {
        "premiere",
        "release",
        "streaming",
        "home_media",
        "filming_start",
        "filming_end",
        "rights_deal",
    }
)


def expected(page: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(page.with_suffix(".expected.json").read_text("utf-8"))
    return data


def film_of(page: Path) -> Film:
    return extract_film(parse_wikitext(page.read_text(encoding="utf-8"), str(page)))


def facts_of(film: Film) -> dict[str, set[tuple[Any, ...]]]:
    """The film's facts per kind, shaped like the expectations."""
    main_cast = [m for m in film.cast if not m.cast_list]
    return {
        "credits": {(c.role, c.name) for c in film.credits},
        "cast": {(m.actor, m.role, m.note) for m in main_cast},
        "dub_cast": {(m.cast_list, m.actor, m.role) for m in film.cast if m.cast_list},
        "awards": {(a.ceremony, a.year, a.category, a.recipient, a.result) for a in film.awards},
        "amounts": {
            (a.kind, a.value, a.currency) for a in film.amounts if a.kind in {"budget", "gross"}
        },
        "events": {(e.date, e.precision) for e in film.events},
        "event_kinds": {
            (e.date, e.kind, e.place) for e in film.events if e.kind in MEASURED_EVENT_KINDS
        },
        "basics": {
            ("title", film.title),
            ("qualifier", film.qualifier),
            ("year", film.year),
            ("released", film.released),
            ("runtime", film.runtime_minutes),
        },
    }


def expected_facts(page: Path) -> dict[str, set[tuple[Any, ...]]]:
    data = expected(page)
    return {
        "credits": {tuple(x) for x in data["credits"]},
        "cast": {tuple(x) for x in data["cast"]},
        "dub_cast": {tuple(x) for x in data["dub_cast"]},
        "awards": {tuple(x) for x in data["awards"]},
        "amounts": {tuple(x) for x in data["amounts"]},
        "events": {tuple(x) for x in data["events"]},
        "event_kinds": {tuple(x) for x in data["event_kinds"]},
        "basics": {
            ("title", data["title"]),
            ("qualifier", data["qualifier"]),
            ("year", data["year"]),
            ("released", data["released"]),
            ("runtime", data["runtime"]),
        },
    }


HEADER = """<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" xml:lang="en">
  <siteinfo>
    <sitename>Wikipedia</sitename>
    <dbname>enwiki</dbname>
    <base>https://en.wikipedia.org/wiki/Main_Page</base>
    <generator>MediaWiki 1.42.0-wmf.1</generator>
    <case>first-letter</case>
    <namespaces>
      <namespace key="0" case="first-letter" />
      <namespace key="1" case="first-letter">Talk</namespace>
    </namespaces>
  </siteinfo>
"""
FOOTER = "</mediawiki>\n"

OTHER_ARTICLE = """'''{title}''' is a village in the district of [[Examplia]].<ref>{{{{cite web|title=Census}}}}</ref>

== History ==
The village was first recorded in 1205.

[[Category:Villages]]
"""
AWARDS_PAGE = """{{{{Infobox film awards
| name = {title}
| date = March 3, 2019
}}}}
The '''{title}''' honoured the best films of 2018.
"""


def film_texts() -> list[tuple[str, str]]:
    """(page title, wikitext) of every fixture film, titled as its file is named."""
    return [
        (path.stem.replace("_", " "), path.read_text(encoding="utf-8"))
        for path in sorted(FIXTURES.glob("*.wiki"))
    ]


def page_xml(page_id: int, title: str, text: str | None, ns: int = 0, redirect: str = "") -> str:
    redirect_xml = f"    <redirect title={quoteattr(redirect)} />\n" if redirect else ""
    body = (
        '      <text bytes="0" deleted="deleted" />\n'
        if text is None
        else f'      <text bytes="{len(text.encode())}" xml:space="preserve">{escape(text)}</text>\n'
    )
    return (
        "  <page>\n"
        f"    <title>{escape(title)}</title>\n"
        f"    <ns>{ns}</ns>\n"
        f"    <id>{page_id}</id>\n"
        f"{redirect_xml}"
        "    <revision>\n"
        f"      <id>{page_id * 10}</id>\n"
        "      <timestamp>2024-01-01T00:00:00Z</timestamp>\n"
        "      <contributor><username>Example</username><id>1</id></contributor>\n"
        "      <model>wikitext</model>\n"
        "      <format>text/x-wiki</format>\n"
        f"{body}"
        "      <sha1>0</sha1>\n"
        "    </revision>\n"
        "  </page>\n"
    )


def pages(count: int, film_share: int = 2) -> Iterator[str]:
    """``count`` pages: every ``film_share``-th is a film (fixtures cycled, renamed)."""
    films = film_texts()
    kinds = ("other", "redirect", "talk", "awards", "other")
    for number in range(1, count + 1):
        if number % film_share == 0:
            title, text = films[(number // film_share - 1) % len(films)]
            cycle = (number // film_share - 1) // len(films)
            if cycle:
                title = f"{title} {cycle}"
            yield page_xml(number, title, text)
            continue
        kind = kinds[number % len(kinds)]
        name = f"Page {number}"
        if kind == "redirect":
            yield page_xml(number, name, f"#REDIRECT [[{films[0][0]}]]", redirect=films[0][0])
        elif kind == "talk":
            yield page_xml(number, name, "{{Infobox film|name=Not an article}}", ns=1)
        elif kind == "awards":
            yield page_xml(number, f"{number} Example Film Awards", AWARDS_PAGE.format(title=name))
        else:
            yield page_xml(number, name, OTHER_ARTICLE.format(title=name))


def _write_pages(out: TextIO, count: int, extra: list[str]) -> None:
    out.write(HEADER)
    for page in [*pages(count), *extra]:
        out.write(page)
    out.write(FOOTER)


def write_dump(path: Path, count: int, *, extra: list[str] | None = None) -> Path:
    """Write a dump of ``count`` generated pages (plus ``extra`` page XML) to ``path``."""
    if path.suffix == ".bz2":
        with bz2.open(path, "wt", encoding="utf-8") as compressed:
            _write_pages(compressed, count, extra or [])
    else:
        with path.open("w", encoding="utf-8") as plain:
            _write_pages(plain, count, extra or [])
    return path


@pytest.fixture(scope="session")
def wiki_dir() -> Path:
    """The wikitext fixtures: pages, their expected facts, the small dump, API answers."""
    return FIXTURES


@pytest.fixture(scope="session")
def wikitext_support() -> ModuleType:
    """This module: ``facts_of``, ``expected_facts``, ``film_of``, ``write_dump``, ``page_xml``."""
    import sys

    return sys.modules[__name__]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """``wiki_page``: one test per fixture page."""
    if "wiki_page" in metafunc.fixturenames:
        metafunc.parametrize("wiki_page", PAGES, ids=[p.stem for p in PAGES])
