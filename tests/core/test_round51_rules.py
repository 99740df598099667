"""The patterns behind the blind review of round 51 (tests/fixtures/review/round51), one
test each, on films written here."""

from __future__ import annotations

from quiz.facts.gender import character_gender

from .test_prose_facts import film_from, questions_of


def test_a_note_of_two_nouns_names_the_gender_against_a_kin_word_name() -> None:
    # "Didi" is a kin word elsewhere; "a delivery boy" says this one is a boy.
    assert character_gender("Didi", "a delivery boy and aspiring composer") is None
    assert character_gender("Rosa", "a seamstress and Anna's mother") == "female"


def test_the_next_territorys_figure_is_not_this_ones() -> None:
    film = film_from(
        "== Box office ==\nIn Portugal it sold 96,000 tickets, in France about 41,000, and its "
        "American run grossed $187,000.\n",
        infobox="- Director: Ana Lee\n- Country: Brazil\n",
        year=1986,
    )
    asked = [q.question for q in questions_of(film) if q.correct_answer == "96,000"]
    assert asked and all("in Portugal" in q for q in asked)


def test_a_disc_after_an_aside_and_a_vhs_beside_a_dvd() -> None:
    film = film_from(
        "== Release ==\nIt opened in Belgrade on 4 July 1961. A VHS edition appeared in 1987 "
        "and a Serbian DVD in 2006.\n\nA Japanese Blu-ray and DVD edition, including the dubbed "
        "track, was released on 7 December 2022.\n",
        year=1961,
    )
    events = {e.date: (e.kind, e.places) for e in film.events}
    assert events["1987"] == ("home_media", ())
    assert events["2006"] == ("home_media", ("Serbia",))
    assert events["2022-12-07"][0] == "home_media"
