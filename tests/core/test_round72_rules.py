"""Patterns of the blind reviews of rounds 72 and 75 (the set-aside rounds, measured at
d341e4f), fixed after their measurement, one test each."""

from __future__ import annotations

from .test_prose_facts import film_from, questions_of


def test_two_days_later_dates_the_release_and_the_same_day_after_it() -> None:
    film = film_from(
        "== Release ==\nThe Kenyan premiere took place in Nairobi on 3 April 2019, and the film "
        "went on general release in Kenya two days later on 19 screens. Savanna Screens opened "
        "it in Uganda and Tanzania the same day.\n",
        infobox="- Director: Ana Lee\n- Country: Kenya\n",
        year=2019,
    )
    releases = {e.places: e.date for e in film.events if e.kind == "release"}
    assert releases == {("Kenya",): "2019-04-05", ("Uganda", "Tanzania"): "2019-04-05"}


def test_a_later_that_dates_nothing() -> None:
    film = film_from(
        "== Production ==\nPrincipal photography began on 2 September 1967 and ended on 3 "
        "November, nine weeks later. The shoot wrapped on 24 March 2018, three days later "
        "than planned. It opened in France on 4 March 2020; its run was cut short ten days "
        "later when cinemas closed.\n",
        year=2019,
    )
    dates = {e.date for e in film.events}
    assert "1968-01-05" not in dates and "2018-03-27" not in dates
    assert "2020-03-14" not in dates


def test_after_a_premiere_on_a_day_the_film_opened_days_later() -> None:
    film = film_from(
        "== Release ==\nAfter a premiere at the Santiago International Film Festival (SANFIC) "
        "on 17 August 2014, the film opened in Chilean cinemas four days later.\n",
        year=2014,
    )
    assert [(e.kind, e.date, e.places) for e in film.events] == [
        ("premiere", "2014-08-17", ()),
        ("release", "2014-08-21", ("Chile",)),
    ]


def test_a_count_at_one_ceremony_and_another_names_the_first_alone() -> None:
    film = film_from(
        "== Accolades ==\nIt received two nominations at the Platino Awards and one at the "
        "Goya Awards, all without a win.\n",
        year=2021,
    )
    stems = [q.question for q in questions_of(film) if q.template == "nominations-count"]
    assert stems == ["How many nominations did Test Film receive at the Platino Awards?"]


def test_an_american_release_in_one_new_york_cinema_is_new_yorks() -> None:
    film = film_from(
        "== Release ==\nIt had a limited American release at a single cinema in New York on "
        "March 4, 1971, where it ran for three weeks.\n",
        year=1970,
    )
    assert [e.places for e in film.events if e.kind == "release"] == [("New York",)]


def test_takings_across_three_halls_are_no_countrys() -> None:
    film = film_from(
        "== Release ==\nIt premiered at the Rupali cinema in Calcutta on 18 March 1955 and "
        "opened the same day at the Bina and Chhaya halls. It took ₹38,500 across the three "
        "halls in its first week.\n",
        infobox="- Director: Ana Lee\n- Country: India\n",
        year=1955,
    )
    assert not [q for q in questions_of(film) if q.correct_answer == "₹38,500"]


def test_a_first_runs_figure_is_that_runs_and_its_citys() -> None:
    film = film_from(
        "== Release ==\nIt opened in Athens on 14 February 1972 and was re-released in 1985."
        "\n\n== Box office ==\nIts first run in Athens and Piraeus lasted eleven weeks and sold "
        "486,112 tickets. In April 1955 it opened in Dhaka, where its first run earned Rs "
        "52,000.\n",
        infobox="- Director: Ana Lee\n- Country: Greece\n",
        year=1972,
    )
    places = {a.text: a.place for a in film.amounts}
    assert places.get("486,112") == "Athens and Piraeus"
    stems = [q.question for q in questions_of(film) if q.correct_answer == "Rs 52,000"]
    assert all("original run" in s for s in stems)


def test_round_78_wrong_keys() -> None:
    paris = film_from(
        "== Release ==\nLes Films du Trident opened it in Paris on 11 July 1962 as Deux roues "
        "pour Amalfi, a week before it was shown in competition at the San Sebastián "
        "International Film Festival.\n",
        year=1962,
    )
    assert [(e.kind, e.date, e.places) for e in paris.events] == [
        ("release", "1962-07-11", ("Paris",))
    ]
    film = film_from(
        "== Release ==\nIt opened in mainland China on 24 September 1999 with 40 prints, and "
        "the following month the number of prints rose to 210.\n\n== Cast ==\nFor the film's "
        "release in francophone Africa, a French version was recorded at a studio in Abidjan in "
        "April 2017.\n\n== Box office ==\nIn Japan it sold about 150,000 tickets and grossed "
        "JP¥180 million, earning more there than in China.\n",
        infobox="- Director: Ana Lee\n- Country: China\n",
        year=1999,
    )
    kinds = {e.date: e.kind for e in film.events}
    assert kinds["1999-10"] == "other" and kinds["2017-04"] == "other"
    assert {a.text: a.place for a in film.amounts}["150,000"] == "Japan"
