"""The patterns behind the blind review of round 40 (tests/fixtures/review/round40), one
test each, on films written here."""

from __future__ import annotations

from .test_prose_facts import film_from, questions_of


def test_a_dubs_premiere_is_asked_as_the_dubs() -> None:
    film = film_from(
        "== Release ==\nThe film had its world premiere at the Karlovy Vary International Film "
        "Festival on 6 July 1999. The English dub had its premiere at the New York "
        "International Children's Film Festival on February 23, 2002.\n",
        year=1999,
    )
    stems = [q.question for q in questions_of(film) if q.correct_answer == "February 23, 2002"]
    assert stems and all("dubbed version" in s for s in stems)


def test_a_sentences_opening_country_places_its_later_clause() -> None:
    film = film_from(
        "== Release ==\nIn the United States it was not released theatrically and went "
        "directly to home video in 2003.\n",
        year=1999,
    )
    assert [e.places for e in film.events if e.kind == "home_media"] == [("United States",)]
