"""Patterns of the blind review of round 74 (tests/fixtures/review/round74), which measured
b242abb; fixed after it, one test each."""

from __future__ import annotations

from quiz.article import parse_article
from quiz.facts.gender import people_genders
from quiz.facts.textmodel import build_text_model

from .test_prose_facts import film_from, questions_of


def test_a_ship_called_her_makes_no_woman_of_its_master() -> None:
    text = (
        "= The Night Steamer (2008 film) =\n\nThe Night Steamer\n- Director: Ana Lee\n\n"
        "== Plot ==\nShukur objects, then gives in after Kader reminds him that his son's fees "
        "are paid.\n\nIn the early hours the storm reaches the Madhumati and she lists badly. "
        "Shukur runs her onto a char to keep her from capsizing. Kader Mridha, Fuljan Bibi and "
        "Jobbar do not appear in the original.\n"
    )
    genders = people_genders(
        build_text_model(parse_article(text)), ["Shukur", "Jobbar", "Kader Mridha"]
    )
    assert genders.get("Shukur") != "female"
    assert genders.get("Jobbar") is None


def test_a_release_put_back_from_one_month_to_another_was_the_later_one() -> None:
    film = film_from(
        "== Release ==\nThe film premiered in Prague on 4 November 1966. Its release was then "
        "put back from September to November 1966.\n",
        year=1966,
    )
    releases = [e.date for e in film.events if e.kind == "release"]
    assert releases == ["1966-11"]
    assert not [q for q in questions_of(film) if q.correct_answer == "September 1966"]


def test_there_after_a_country_and_a_city_names_neither() -> None:
    film = film_from(
        "== Release ==\nIn the United States, Pathway Films gave it a limited release in March "
        "1968, starting at the Fifth Avenue Cinema in New York. The film took $61,000 in its "
        "first eight weeks there.\n",
        infobox="- Director: Ana Lee\n- Country: Czechoslovakia\n",
        year=1966,
    )
    assert not [q for q in questions_of(film) if "New York over" in q.question]


def test_a_note_about_who_the_actor_is_stays_out_of_the_stem() -> None:
    film = film_from(
        "== Cast ==\n- Karel Hrubý as the drummer, the director's father in his only film "
        "role\n- František Lorenc as the chairman, a widower\n- Emil Tůma as the priest, a "
        "widower\n- Josef Bednařík as the fire chief, a widower\n- Jan Novák as the mayor, a "
        "widower\n",
        infobox="- Director: Jan Hrubý\n- Country: Czechoslovakia\n",
        year=1966,
    )
    assert not [q for q in questions_of(film) if "director's father" in q.question]


def test_streaming_in_two_countries_names_no_service_from_them() -> None:
    film = film_from(
        "== Release ==\nIt was released in Ireland on 3 September 1993. The film became "
        "available on streaming services in Ireland and the UK in 2021.\n",
        year=1993,
    )
    assert not [q for q in questions_of(film) if "streaming on Ireland" in q.question]
