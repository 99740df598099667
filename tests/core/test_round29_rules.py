"""The patterns behind the blind review of round 29 (tests/fixtures/review/round29), one
test each, on films written here."""

from __future__ import annotations

from quiz.facts.events import classify
from quiz.facts.money import parse_money

from .test_prose_facts import film_from, questions_of


def test_a_rights_holder_s_relative_clause_is_no_deal() -> None:
    assert (
        classify(
            "In West Germany the Munich distributor that had pre-bought the rights opened the "
            "film in 38 cinemas on March 7, 1975"
        )
        == "release"
    )


def test_a_release_that_had_been_set_for_a_day_is_a_plan() -> None:
    assert classify("A Colombo release had been set for 11 December 2015") == "other"


def test_there_at_the_end_and_a_re_release_s_addition() -> None:
    florins = parse_money("took about ƒ312,000")
    assert florins is not None and florins.currency == "NLG"
    film = film_from(
        "== Box office ==\nThe Dutch opening weekend drew 38,600 admissions in the "
        "Netherlands. It finished with 486,000 admissions and a gross of around ƒ4.1 million "
        "there. The 2001 re-release added another 31,000 Dutch admissions.\n",
        year=1991,
    )
    asked = [q for q in questions_of(film) if q.correct_answer == "486,000"]
    assert asked
    assert all("in the Netherlands during its original run" in q.question for q in asked), asked
