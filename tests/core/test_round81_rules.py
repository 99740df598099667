"""Patterns of the blind review of the set-aside rounds 81, 82, 83 and 86, which measured
45b9573 (the stop's final generator); fixed after it, one test each, unmeasured."""

from __future__ import annotations

from .test_prose_facts import film_from, questions_of


def test_a_theme_songs_single_is_no_release_of_the_film() -> None:
    film = film_from(
        '== Music ==\nThe theme song, "Para sa Puso Mo", was written by Nonoy Mercado and '
        "recorded by the band Banda Kalye. It was released as a single on August 31, 2018.\n",
        year=2018,
    )
    assert [e.kind for e in film.events if e.date == "2018-08-31"] == ["other"]


def test_a_stage_version_that_opened_is_no_release_of_the_film() -> None:
    film = film_from(
        "== Legacy ==\nFor the film's thirtieth anniversary, Leila Tabet directed a stage "
        "version that opened at the Gulbenkian Theatre in Beirut on 4 April 2008 and ran for "
        "26 performances.\n",
        year=1978,
    )
    assert [e.kind for e in film.events if e.date == "2008-04-04"] == ["other"]


def test_a_songwriter_named_with_a_nickname_wrote_words_for_the_film() -> None:
    film = film_from(
        "== Music ==\nVictor Sandrow wrote the orchestral score. Four songs were written by the "
        'New Orleans pianist Clarence "Blue" Fontenot.\n',
        infobox="- Director: Ana Lee\n- Music: Victor Sandrow, Clarence Fontenot\n",
        year=1949,
    )
    assert [c.writes for c in film.credits if c.name == "Clarence Fontenot"] == [True]
    for question in questions_of(film):
        if "Clarence Fontenot" in question.question:
            assert "Writer" not in question.incorrect_answers


def test_takings_outside_a_country_are_asked_as_such() -> None:
    film = film_from(
        "== Release ==\nIt opened in Havana on 12 March 1986. Outside Cuba the film grossed "
        "about $2.3 million.\n",
        infobox="- Director: Ana Lee\n- Country: Cuba\n- Gross: $2.3 million\n",
        year=1986,
    )
    stems = [q.question for q in questions_of(film) if "2.3 million" in (q.correct_answer or "")]
    assert all("in total" not in stem for stem in stems)
