"""Patterns of the blind reviews of rounds 72 and 75 (the set-aside rounds, measured at
d341e4f), fixed after their measurement, one test each."""

from __future__ import annotations

from .test_prose_facts import film_from


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
