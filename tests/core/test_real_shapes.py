"""Articles about real films, written in the seed format by an independent reviewer, with the
table layouts and prose shapes real articles use: accolades tables with date and result
columns, year-first tables whose ceremony cells span rows, re-releases, home media, limited
and wide releases, rights deals in several shapes, an infobox "Based on"."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.facts import read_film
from quiz.facts.model import Film
from quiz.facts.text import format_iso_date
from quiz.generate import generate_questions


@pytest.fixture(scope="module")
def jurassic(articles_dir: Path) -> Film:
    return read_film(articles_dir / "jurassic_park_1993.txt")


@pytest.fixture(scope="module")
def fences(articles_dir: Path) -> Film:
    return read_film(articles_dir / "fences_2016.txt")


@pytest.fixture(scope="module")
def anatomy(articles_dir: Path) -> Film:
    return read_film(articles_dir / "anatomy_of_a_fall_2023.txt")


def test_date_column_with_results(jurassic: Film) -> None:
    rows = [(a.ceremony, a.year, a.category, a.result) for a in jurassic.awards]
    assert len(rows) == 12
    assert rows[0] == ("Academy Awards", 1994, "Best Visual Effects", "won")
    assert rows[1] == ("Academy Awards", 1994, "Best Sound", "won")
    assert ("British Academy Film Awards", 1994, "Best Sound", "nominated") in rows
    assert ("Saturn Awards", 1994, "Best Director", "won") in rows


def test_year_first_table_with_spanned_ceremonies(fences: Film) -> None:
    rows = [(a.ceremony, a.year, a.category, a.recipient) for a in fences.awards]
    assert rows[1] == ("Academy Awards", 2017, "Best Actor", "Denzel Washington")
    assert rows[4] == (
        "Golden Globe Awards",
        2017,
        "Best Actor – Motion Picture Drama",
        "Denzel Washington",
    )
    assert all(not c.startswith("Best") for c, *_ in rows)  # no category read as a ceremony


def test_release_kinds(jurassic: Film, fences: Film) -> None:
    kinds = {(e.kind, e.date) for e in jurassic.events}
    assert ("re_release", "2013-04-05") in kinds  # "released in 3D … 20th anniversary"
    assert ("home_media", "1994-10-04") in kinds
    assert ("streaming", "2021-07") in kinds
    labels = {(e.what, e.date) for e in fences.events}
    assert ("limited release, United States", "2016-12-16") in labels
    assert ("wide release", "2016-12-25") in labels
    assert ("home media release (Blu-ray)", "2017-03-14") in labels


def test_dates_listed_in_one_sentence(anatomy: Film) -> None:
    listed = [e for e in anatomy.events if e.kind == "release" and e.source.line == 47]
    assert [e.place for e in listed] == ["France", "United States", "United Kingdom"]
    assert [e.date for e in listed] == ["2023-08-23", "2023-10-13", "2023-11-10"]


def test_rights_deal_shapes(anatomy: Film, jurassic: Film) -> None:
    deals = {(d.company, d.territories) for d in anatomy.distribution}
    assert deals == {
        ("Neon", ("North America",)),
        ("Picturehouse Entertainment", ("the United Kingdom", "Ireland")),
        ("Gaga", ("Japan",)),
        ("Cinéart", ("Belgium", "the Netherlands")),
    }
    # "acquired the rights in May 1990 for $1.5 million" names no territory.
    assert jurassic.distribution == []


def test_source_work_from_infobox_and_surname(jurassic: Film, fences: Film) -> None:
    assert jurassic.source_work is not None
    assert (jurassic.source_work.kind, jurassic.source_work.title, jurassic.source_work.author) == (
        "novel",
        "Jurassic Park",
        "Michael Crichton",
    )
    assert fences.source_work is not None
    assert (fences.source_work.kind, fences.source_work.author) == ("play", "August Wilson")
    assert not [c for c in fences.credits if c.role.casefold() == "based on"]


def test_change_shapes(jurassic: Film) -> None:
    kinds = [(c.kind, c.novel) for c in jurassic.adaptation_changes]
    assert ("fate", "Hammond is killed by Procompsognathus") in kinds
    assert ("fate", "Ian Malcolm appears to die of his injuries") in kinds
    assert ("removed", "the character of Ed Regis") in kinds
    assert ("changed", "Hammond is portrayed as a ruthless businessman") in kinds


def test_release_questions_never_offer_another_release_date(jurassic: Film, fences: Film) -> None:
    """ "When was it released?" (unqualified) is true of every release: none is a distractor."""
    kinds = {"release", "premiere", "streaming", "re_release"}
    for film in (jurassic, fences):
        releases = {format_iso_date(e.date, e.precision) for e in film.events if e.kind in kinds}
        asked = [
            q
            for q in generate_questions(film, "x.txt")
            if "infobox-released" in q.tags or q.question.endswith(("released?", "wide release?"))
        ]
        assert asked or film is jurassic  # Jurassic Park's infobox date is its premiere
        for q in asked:
            assert not releases & set(q.incorrect_answers), q.question


def test_stated_totals_are_never_distractors(jurassic: Film) -> None:
    questions = [q for q in generate_questions(jurassic, "x.txt") if "gross" in q.tags]
    assert questions
    for q in questions:
        assert all("billion" in o for o in q.options)  # same form as the key


def test_voice_cast_is_voiced(articles_dir: Path) -> None:
    film = read_film(articles_dir / "toy_story_1995.txt")
    # Cast questions need the key's gender (README, "Cast questions"): say it for every actor.
    film.genders.update({m.actor: "male" for m in film.cast if m.actor})
    stems = [q.question for q in generate_questions(film, "x.txt") if "role-to-actor" in q.tags]
    assert stems and all(" voices " in s and " plays " not in s for s in stems)
