"""The patterns behind the blind review of round 30 (tests/fixtures/review/round30), one
test each, on films written here."""

from __future__ import annotations

from quiz.facts.places import place_run, territories, with_article

from .test_prose_facts import film_from, questions_of


def test_the_screens_belong_to_the_place_nearest_them() -> None:
    quote = (
        "After the festival premiere in Haugesund on 22 August 2021, the distributor released "
        "the film across Norway on 1 October 2021 on"
    )
    assert place_run(quote, last=True) == "Norway"
    assert place_run("opened in the UK and Ireland on", last=True) == "United Kingdom and Ireland"


def test_a_source_and_some_venues_are_no_place() -> None:
    assert territories("According to Variety, the film earned $14,500 in its first week") == []
    film = film_from(
        "== Box office ==\nAccording to Variety, the film earned $14,500 in its first week at "
        "the nine Los Angeles venues.\n",
        year=1957,
    )
    assert not [q for q in questions_of(film) if q.correct_answer == "$14,500"]


def test_a_first_run_in_a_country_is_asked_so() -> None:
    film = film_from(
        "== Box office ==\nIn Portugal it drew 96,300 spectators, and its first run in France "
        "attracted about 38,000 admissions.\n",
        year=1986,
    )
    asked = [q for q in questions_of(film) if q.correct_answer.endswith("38,000")]
    assert asked and all("original run" in q.question for q in asked), asked


def test_regions_of_a_country_take_the_article() -> None:
    assert with_article("Southwest") == "the Southwest"
    assert with_article("Midwest") == "the Midwest"
