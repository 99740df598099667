"""The patterns behind the blind review of round 39 (tests/fixtures/review/round39), one
test each, on films written here."""

from __future__ import annotations

from quiz.facts.places import territories

from .test_prose_facts import film_from, questions_of


def test_a_later_release_names_its_own_country() -> None:
    film = film_from(
        "== Release ==\nSur Films gave it a limited release in Spain on 28 January 2022 on 18 "
        "screens, and a small Brazilian release, concentrated in the south, followed the next "
        "month.\n",
        year=2021,
    )
    assert {(e.date, e.place) for e in film.events if e.kind == "release"} == {
        ("2022-01-28", "Spain"),
        ("2022-02", "Brazil"),
    }


def test_an_opening_weekends_days_are_no_release_and_no_place() -> None:
    film = film_from(
        "== Box office ==\nIn its opening weekend, from Thursday 16 to Sunday 19 September "
        "2021, the film drew 14,870 spectators in Uruguay.\n",
        year=2021,
    )
    assert [e.kind for e in film.events] == ["other"]
    assert not [p for e in film.events for p in e.places if p in {"Thursday", "Sunday"}]


def test_a_stage_comedy_is_a_play() -> None:
    film = film_from(
        "Test Film is adapted from Gerardo Bent's 2016 stage comedy The Last of the Table.\n",
        year=2021,
    )
    assert film.source_work is not None and film.source_work.kind == "play"


def test_a_place_in_the_title_is_not_asked_as_the_stood_in_place() -> None:
    text = (
        "== Filming ==\nThe town of San Gregorio stood in for Paso del Ceibo; the match "
        "sequences were filmed at Paso de los Toros and in Montevideo, Rivera and Salto.\n"
    )
    film = film_from(text.replace("Test Film", "El penal de Paso del Ceibo"), year=2021)
    film = type(film)(**{**film.__dict__, "title": "El penal de Paso del Ceibo"})
    assert not [q for q in questions_of(film) if q.correct_answer == "Paso del Ceibo"]


def test_a_screening_placed_only_in_a_country_is_its_release() -> None:
    film = film_from(
        "== Release ==\nAfter a screening at the Göteborg Film Festival in January 2009, the "
        "film opened in a limited release of 14 screens in Finland on 6 February 2009 and on "
        "six screens in Sweden on March 13, 2009.\n",
        year=2008,
    )
    sweden = [e for e in film.events if e.date == "2009-03-13"]
    assert [(e.kind, e.place) for e in sweden] == [("release", "Sweden")]


def test_a_currency_code_is_no_country() -> None:
    assert territories("earned €112,000 in Finland and SEK 640,000 in Sweden") == [
        "Finland",
        "Sweden",
    ]


def test_a_home_country_release_after_a_town_opened_is_not_asked() -> None:
    film = film_from(
        "== Release ==\nIt opened in Tallinn on 17 September 2008 and on 11 screens across "
        "Estonia on 19 September 2008. It was released in Finland on 6 February 2009.\n",
        infobox="- Director: Ana Lee\n- Country: Estonia\n",
        year=2008,
    )
    assert not [q for q in questions_of(film) if q.correct_answer == "September 19, 2008"]


def test_the_named_service_and_the_disc_nearest_the_date() -> None:
    film = film_from(
        "== Release ==\nA restored version was re-released in Estonian cinemas on 19 September "
        "2014. The first DVD came out in Estonia in March 2009, a Blu-ray of the restoration "
        "followed in 2014, and in 2021 the film was added to ERR's streaming service Jupiter.\n",
        year=2008,
    )
    whats = {e.date: e.what for e in film.events}
    assert whats["2014"] == "restored version released on Blu-ray"
    assert whats["2021"].startswith("streaming release, Jupiter")


def test_an_addition_to_another_total_is_not_the_total() -> None:
    film = film_from(
        "== Box office ==\nBelgium and Switzerland added about 9,600 admissions between them.\n",
        year=1994,
    )
    assert not [q for q in questions_of(film) if q.correct_answer == "About 9,600"]


def test_a_disc_in_a_country_comes_after_the_cinemas_there() -> None:
    film = film_from(
        "== Release ==\nIt opened in Senegal on 8 August 1994 and in France on 15 March 1995. "
        "The film was issued on VHS in France in 1996 and on DVD in 2006. It was shown on "
        "French television in 1997 and in Belgium in 1993.\n",
        year=1994,
    )
    asked = [q for q in questions_of(film) if q.correct_answer == "1996"]
    assert asked and all(int(o) >= 1995 for q in asked for o in q.options)
