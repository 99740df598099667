"""Questions from the prose's facts: places, figures over their window, records, NOT items.

Each test builds a small bank of synthetic articles (the film under test plus neighbours that
lend distractors) and checks what a player would see."""

from __future__ import annotations

from quiz.article import parse_article
from quiz.bank import Question
from quiz.facts import extract_film
from quiz.facts.model import Film
from quiz.generate import generate_questions

MAIN = """= Salt Road (2019 film) =

Salt Road
- Director: Ana Lee
- Producer: Ben Ode, Cara Moss, Dan Fry
- Country: Portugal

Salt Road is a 2019 Portuguese drama film directed by Ana Lee.

== Production ==
More than 3,000 hopefuls auditioned for the lead. The film was shot over 42 days on location in Lisbon, Porto and Braga, and Évora stood in for Seville.

== Release ==
It opened in Portugal on 3 May 2019 on 120 screens. It was sold to 30 territories.

== Box office ==
It grossed €1.2 million over its first two days in Portugal, and became the highest-grossing Portuguese film of 2019.
"""


def neighbour(title: str, place: str) -> str:
    return (
        f"= {title} (2018 film) =\n\n{title}\n- Director: Zed Kay\n- Producer: Yul Brin\n"
        f"- Country: Portugal\n\n"
        f"{title} is a 2018 film.\n\n== Production ==\nThe film was shot in {place}.\n"
    )


def bank() -> tuple[Film, list[Question]]:
    films = [extract_film(parse_article(MAIN))] + [
        extract_film(parse_article(neighbour(t, p)))
        for t, p in (("Blue Hour", "Naples"), ("Iron Gate", "Ghent"), ("Low Tide", "Bergen"))
    ]
    return films[0], generate_questions(films[0], "salt_road.txt", films)


def by_template(questions: list[Question], template: str) -> list[Question]:
    return [q for q in questions if template in q.tags]


def test_filming_place_distractors_are_other_films_places() -> None:
    _, questions = bank()
    asked = by_template(questions, "filming-location")
    assert asked
    for question in asked:
        assert question.correct_answer in {"Lisbon", "Porto", "Braga", "Évora"}
        assert set(question.incorrect_answers) <= {"Naples", "Ghent", "Bergen"}


def test_stand_in_both_ways() -> None:
    _, questions = bank()
    (which,) = by_template(questions, "stand-in")
    assert which.question == "In Salt Road, which place stood in for Seville?"
    assert which.correct_answer == "Évora"
    assert "Seville" not in which.incorrect_answers
    (target,) = by_template(questions, "stood-in-for")
    assert target.correct_answer == "Seville"
    assert "Évora" not in target.incorrect_answers


def test_figures_keep_their_window_and_what_they_count() -> None:
    _, questions = bank()
    stems = {q.question: q for q in questions}
    takings = stems["How much did Salt Road take in Portugal over its first two days?"]
    assert takings.correct_answer == "€1.2 million"
    screens = stems["On how many screens did Salt Road open in Portugal?"]
    assert screens.correct_answer == "120"
    values = sorted(float(a) for a in (screens.correct_answer, *screens.incorrect_answers))
    assert values[0] < 120 < values[-1]  # distractors on both sides of the key
    assert stems["To how many territories was Salt Road sold?"].correct_answer == "30"
    # "More than 3,000 hopefuls": "more than 2,000" would be true too, so it is not asked.
    assert not any("hopefuls" in stem for stem in stems)


def test_record_year_and_record_across_films() -> None:
    _, questions = bank()
    # "the highest-grossing Portuguese film of 2019" for a 2019 film: its own year answers
    # "of which year?", so that record is not asked by year.
    assert not by_template(questions, "record-year")
    (which,) = by_template(questions, "record-which-film")
    assert which.correct_answer == "Salt Road"
    assert set(which.incorrect_answers) == {"Blue Hour", "Iron Gate", "Low Tide"}


def test_not_items_show_three_true_values() -> None:
    _, questions = bank()
    (producers,) = by_template(questions, "not-a-producer")
    assert set(producers.incorrect_answers) == {"Ben Ode", "Cara Moss", "Dan Fry"}
    assert producers.correct_answer not in {"Ben Ode", "Cara Moss", "Dan Fry"}
    (places,) = by_template(questions, "not-a-filming-location")
    assert set(places.incorrect_answers) <= {"Lisbon", "Porto", "Braga", "Évora"}
    assert places.correct_answer in {"Naples", "Ghent", "Bergen"}


def test_single_film_bank_asks_no_unprovable_place() -> None:
    film = extract_film(parse_article(MAIN))
    questions = generate_questions(film, "salt_road.txt", [film])
    assert not by_template(questions, "filming-location")
    assert not by_template(questions, "record-which-film")
