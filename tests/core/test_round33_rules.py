"""The patterns behind the blind review of round 33 (tests/fixtures/review/round33), one
test each, on films written here."""

from __future__ import annotations

from quiz.facts.places import place_run

from .test_prose_facts import film_from, questions_of


def test_widening_the_release_is_no_release_of_its_own() -> None:
    film = film_from(
        "== Release ==\nKwela released it in South Africa on 17 October 2008 on 34 screens, "
        "and widened the release to 61 screens the following month.\n",
        year=2008,
    )
    assert [e.kind for e in film.events if e.date == "2008-11"] == ["other"]


def test_screens_in_three_provinces_name_all_three() -> None:
    film = film_from(
        "== Release ==\nKwela released it in South Africa on 17 October 2008 on 34 screens in "
        "Gauteng, the Western Cape and KwaZulu-Natal.\n",
        year=2008,
    )
    asked = [q for q in questions_of(film) if q.correct_answer == "34"]
    assert asked
    assert all("Gauteng, the Western Cape and KwaZulu-Natal" in q.question for q in asked)


def test_a_figure_in_one_country_beside_another_currency_is_not_a_pair() -> None:
    assert (
        place_run("£46,000 in the United Kingdom and US$61,000 in the United States")
        == "United Kingdom"
    )


def test_a_premiere_named_by_its_festival_before_the_date() -> None:
    film = film_from(
        "== Release ==\nAfter its Annecy premiere on 14 June 2016, the film had its Irish "
        "premiere at the Galway Film Fleadh on 9 July 2016.\n",
        year=2016,
    )
    venues = {e.date: e.venue for e in film.events if e.kind == "premiere"}
    assert venues["2016-06-14"] == "Annecy"
    assert venues["2016-07-09"] == "Galway Film Fleadh"


def test_a_currency_word_stays_on_every_option_and_a_festival_month_is_not_asked() -> None:
    film = film_from(
        "== Box office ==\nThe film took 410,000 pesos at the Mariscala in its first week.\n\n"
        "== Release ==\nA restoration was shown at the Morelia International Film Festival in "
        "October 2018.\n",
        year=1968,
    )
    questions = questions_of(film)
    pesos = [q for q in questions if q.correct_answer == "410,000 pesos"]
    assert pesos and all(o.endswith(" pesos") for q in pesos for o in q.options)
    assert not [q for q in questions if q.correct_answer == "October 2018"]
