"""The patterns behind the blind review of round 26 (tests/fixtures/review/round26), one
test each, on films written here."""

from __future__ import annotations

from quiz.facts.places import territories, venue
from quiz.generate import generate_context

from .test_prose_facts import film_from


def test_old_states_by_adjective_and_a_clause_framed_by_its_territory() -> None:
    assert territories("and was re-released in Yugoslav cinemas that spring") == ["Yugoslavia"]
    assert territories("in East Germany, Progress Film-Verleih released it the next month") == [
        "East Germany"
    ]
    assert territories("released in France, Italy and Spain on 3 May") == [
        "France",
        "Italy",
        "Spain",
    ]


def test_a_festival_known_by_its_acronym_is_a_venue() -> None:
    assert venue("It was also shown in competition at FESPACO in Ouagadougou in 2019.") == (
        "FESPACO"
    )
    assert venue("It aired on NBC on 3 May 2019.") is None


def test_a_trailer_named_by_its_language_keeps_it() -> None:
    film = film_from(
        "== Release ==\nAn Amharic trailer was released online in mid-August 2018. The film "
        "opened in Addis Ababa on 21 September 2018.\n",
        year=2018,
    )
    assert [e.what for e in film.events if e.kind == "trailer"] == ["Amharic trailer released"]


def test_one_showing_s_audience_is_no_admissions() -> None:
    film = film_from(
        "== Release ==\nThe film premiered in the Pula Arena on 24 July 1979 before an audience "
        "of about 11,000. It sold 2.34 million admissions in Yugoslavia.\n",
        year=1979,
    )
    assert [a.value for a in film.amounts if a.kind == "admissions"] == [2.34e6]


def test_a_restoration_presented_at_a_festival_is_a_screening_there() -> None:
    film = film_from(
        "== Release ==\nA 2K restoration prepared by the archive was presented at the Sarajevo "
        "Film Festival on August 16, 2016.\n",
        year=1979,
    )
    whats = [e.what for e in film.events if e.date == "2016-08-16"]
    assert whats and all(w.startswith("restoration") for w in whats), whats


def test_a_relation_of_two_names_is_said_before_the_name() -> None:
    film = film_from(
        "== Cast ==\n- Tsehay Mengistu as Almaz, Tigist and Yonas's mother\n"
        "- Mekdes Tilahun as Tigist\n- Senait Bekele as Meseret\n- Rahel Assefa as Eleni\n"
        "- Hiwot Alemu as Sara\n"
    )
    ctx = generate_context(film, "t.txt", [film])
    stems = [q.question for q in ctx.questions] + [r.stem for r in ctx.rejected]
    almaz = [s for s in stems if "Almaz" in s and "plays" in s]
    assert almaz and all("Tigist and Yonas's mother, Almaz" in s for s in almaz), almaz
