"""The patterns behind the blind review of round 37 (tests/fixtures/review/round37), one
test each, on films written here."""

from __future__ import annotations

from quiz.facts.roles import category_meaning, gender_of_word
from quiz.generate.templates.adaptation import _named_clause

from .test_prose_facts import film_from, questions_of


def test_the_plays_first_run_years_before_the_film_is_no_release() -> None:
    film = film_from(
        "== Development ==\nThe director saw the play during its first run at the Arena "
        "Theatre in Ghent, where it opened on 12 October 1991 and played 64 performances.\n",
        year=1996,
    )
    assert [e.kind for e in film.events if e.date == "1991-10-12"] == ["other"]


def test_widening_without_a_noun_is_no_release_of_its_own() -> None:
    film = film_from(
        "== Release ==\nHaven Films gave the film a limited release in the Netherlands on "
        "March 6, 1997, starting on eleven screens and widening to 23 in April 1997.\n",
        year=1996,
    )
    assert [e.kind for e in film.events if e.date == "1997-04"] == ["other"]


def test_a_national_category_means_the_same_as_the_plain_one() -> None:
    assert category_meaning("Best Belgian Actress") == category_meaning("Best Actress")


def test_a_cleft_sentence_names_its_own_subject() -> None:
    # "While Remi confesses to the killing in the play, in the film it is Fons who takes
    # the blame": Fons takes the blame (never "Remi is Fons who takes the blame").
    assert (
        _named_clause("it is Fons who takes the blame", "Remi confesses to the killing")
        == "Fons takes the blame"
    )


def test_principal_photography_in_one_country_is_not_the_whole_shoot() -> None:
    film = film_from(
        "== Filming ==\nPrincipal photography in Chile ran from 4 March to 19 April 2013. "
        "After a two-week break the unit moved to Peru, filming for five days in Juliaca in "
        "May 2013.\n",
        year=2014,
    )
    assert not [q for q in questions_of(film) if q.correct_answer == "April 19, 2013"]


def test_a_festival_named_by_its_town_takes_no_article() -> None:
    film = film_from(
        "== Release ==\nAfter its San Sebastián premiere on 22 September 2014, the film "
        "opened in Chile on 6 November 2014.\n",
        year=2014,
    )
    stems = [q.question for q in questions_of(film) if q.correct_answer == "September 22, 2014"]
    assert stems and all("the San Sebastián" not in s for s in stems)


def test_honorifics_of_other_languages_say_a_characters_sex() -> None:
    assert [gender_of_word(w) for w in ("Ağa", "Hanım", "Bà", "Ông", "Aling", "Pak")] == [
        "male",
        "female",
        "female",
        "male",
        "female",
        "male",
    ]


def test_a_district_of_a_town_is_the_town() -> None:
    film = film_from(
        "== Release ==\nThe film opened in Istanbul on 13 November 1972 and, the same day, at "
        "a cinema in Ankara's Ulus district.\n",
        year=1972,
    )
    places = {p for e in film.events for p in e.places}
    assert "Ankara" in places and not [p for p in places if "'s" in p]
