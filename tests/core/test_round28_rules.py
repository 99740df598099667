"""The patterns behind the blind review of round 28 (tests/fixtures/review/round28), one
test each, on films written here."""

from __future__ import annotations

from quiz.article import parse_article
from quiz.facts import extract_film
from quiz.facts.events import classify

from .test_prose_facts import film_from, questions_of


def test_the_title_s_words_are_no_place_of_its_premiere() -> None:
    text = (
        "= Five Amps for Abu Khalil (2017 film) =\n\nFive Amps for Abu Khalil\n"
        "- Director: Ana Lee\n\n== Release ==\nFive Amps for Abu Khalil had a gala premiere "
        "in Beirut on 19 September 2017.\n"
    )
    film = extract_film(parse_article(text))
    assert [e.places for e in film.events if e.kind == "premiere"] == [("Beirut",)]


def test_a_service_adding_the_film_dates_the_streaming_not_the_deal() -> None:
    assert (
        classify(
            "Netflix acquired streaming rights for the Middle East, adding the film on 15 March "
            "2019"
        )
        == "streaming"
    )


def test_an_opening_sequence_is_no_opening_and_a_widening_no_release() -> None:
    assert (
        classify(
            "a second unit spent six days in Death Valley during November 1982 to shoot the "
            "opening sequence"
        )
        != "release"
    )
    film = film_from(
        "== Release ==\nIndependenta Film gave it a limited release in Romania on March 27, "
        "2009 on nine screens, widening to 21 screens the following month.\n",
        year=2009,
    )
    assert [e.kind for e in film.events if e.date == "2009-04"] == ["other"]


def test_a_later_stage_s_weekend_is_no_opening_weekend() -> None:
    film = film_from(
        "== Box office ==\nThe film took ¥310 million in its first two days in Japan. In the "
        "United States, the wide expansion opened with $1.12 million over its first weekend "
        "on 412 screens.\n",
        year=1983,
    )
    assert not [q for q in questions_of(film) if q.correct_answer == "$1.12 million"]
