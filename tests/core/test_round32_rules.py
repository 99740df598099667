"""The patterns behind the blind review of round 32 (tests/fixtures/review/round32), one
test each, on films written here."""

from __future__ import annotations

from quiz.facts.places import place_run

from .test_prose_facts import film_from, questions_of


def test_a_date_after_days_before_another_body_s_act_is_that_act_s() -> None:
    film = film_from(
        "== Release ==\nKiwa Films re-released it in Bolivian cinemas on 27 September 2018, "
        "four days before the International Court of Justice gave its ruling on 1 October "
        "2018.\n",
        year=2012,
    )
    kinds = {e.date: e.kind for e in film.events}
    assert kinds["2018-09-27"] == "re_release"
    assert kinds["2018-10-01"] == "other"


def test_a_home_market_total_beside_other_currencies_is_not_asked_as_the_film_s() -> None:
    film = film_from(
        "== Box office ==\nIts run ended after 42 days with a total of HK$21.6 million. In "
        "Taiwan it earned NT$31.5 million in Taipei cinemas alone, and in Singapore it "
        "grossed S$1.1 million. A 2013 re-release added a further HK$0.4 million.\n",
        infobox="- Director: Ana Lee\n- Gross: HK$21.6 million\n",
        year=1993,
    )
    assert not [q for q in questions_of(film) if q.correct_answer == "HK$21.6 million"]


def test_two_cities_named_before_the_screens_stay_a_pair() -> None:
    quote = "Southern Cross Releasing opened it in Melbourne and Sydney on August 16, 1979, on"
    assert place_run(quote, last=True) == "Melbourne and Sydney"
