"""Three patterns of the blind review of round 69 (tests/fixtures/review/round69), which
measured 534c269, the stop's final generator, fixed after it; one test each."""

from __future__ import annotations

from .test_prose_facts import film_from, questions_of


def test_a_country_and_its_date_in_a_list_of_releases() -> None:
    film = film_from(
        "== Release ==\nThe film opened in Yugoslavia on 12 March 1972. Bulgaria and "
        "Czechoslovakia released the film the following month, Poland in November 1972, and "
        "Hungary in 1973. Austria followed on August 31, 1972, and Denmark the following "
        "month.\n",
        year=1971,
    )
    places = {e.date: e.places for e in film.events}
    assert places["1972-11"] == ("Poland",)
    assert places["1973"] == ("Hungary",)
    assert places["1972-09"] == ("Denmark",)


def test_a_polls_year_and_the_year_a_record_fell_are_no_releases() -> None:
    film = film_from(
        "== Reception ==\nReaders of Sovetsky Ekran voted it the best foreign film released in "
        "the Soviet Union in 1972, in the poll published in 1973. It was the highest-grossing "
        "film made mainly in Basque to be released in Spain up to that time, a record it held "
        "until 2005.\n",
        year=1971,
    )
    assert {e.date: e.kind for e in film.events}.get("1973") == "other"
    assert {e.date: e.kind for e in film.events}.get("2005") == "other"
    assert not [q for q in questions_of(film) if q.correct_answer in {"1973", "2005"}]


def test_streaming_since_a_year_dates_the_service_it_names() -> None:
    film = film_from(
        "== Release ==\nIt has been available for streaming on Filmin since 2018 and on the "
        "Basque-language platform Primeran since December 2021. Its director has worked at the "
        "studio since 1981.\n",
        year=1997,
    )
    streams = {e.date: e.venue for e in film.events if e.kind == "streaming"}
    assert streams == {"2018": "Filmin", "2021-12": "Primeran"}
    assert not [e for e in film.events if e.date == "1981"]
