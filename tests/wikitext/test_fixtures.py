"""The six wikitext fixtures give exactly their expected facts."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

#: Read from the infobox, the cast lists and the accolades table: exact on every page.
STRUCTURED = ("basics", "credits", "awards", "amounts")


def test_there_are_at_least_six_fixture_pages(wiki_dir: Path) -> None:
    assert len(list(wiki_dir.glob("*.wiki"))) >= 6


@pytest.mark.parametrize("kind", STRUCTURED)
def test_structured_facts_are_exact(
    wiki_page: Path, kind: str, wikitext_support: ModuleType
) -> None:
    got = wikitext_support.facts_of(wikitext_support.film_of(wiki_page))
    assert got[kind] == wikitext_support.expected_facts(wiki_page)[kind]


def test_cast_lists_are_exact(wiki_page: Path, wikitext_support: ModuleType) -> None:
    """The main list, and the labelled ones (an English dub; Japanese and English voice casts
    under a Voice cast section that has no list of its own)."""
    got = wikitext_support.facts_of(wikitext_support.film_of(wiki_page))
    want = wikitext_support.expected_facts(wiki_page)
    assert (got["cast"], got["dub_cast"]) == (want["cast"], want["dub_cast"])


def test_every_fact_cites_a_line_of_the_wikitext_that_holds_it(
    wiki_page: Path, wikitext_support: ModuleType
) -> None:
    lines = wiki_page.read_text(encoding="utf-8").splitlines()
    film = wikitext_support.film_of(wiki_page)
    for credit in film.credits:
        if credit.from_prose:
            continue
        # A list value cites its parameter's line; its items follow it, up to the next one.
        span = [lines[credit.source.line - 1]]
        for line in lines[credit.source.line :]:
            if line.lstrip().startswith(("|", "}}")):
                break
            span.append(line)
        assert credit.name.split()[0] in "\n".join(span), credit
    for member in film.cast:
        assert member.actor and member.actor.split()[0] in lines[member.source.line - 1]
    for award in film.awards:
        row = "\n".join(lines[award.source.line - 1 : award.source.line + 6])
        assert award.category.split()[-1] in row, award
