"""Patterns of the blind review of the set-aside rounds 103–106, which measured 85438d8 (the
stop's final generator); fixed after it, one test each, unmeasured."""

from __future__ import annotations

from quiz.generate.orthography import looks_from, named_countries

from .test_prose_facts import film_from, questions_of


def test_a_widening_nationwide_is_the_countrys_wide_release() -> None:
    film = film_from(
        "== Release ==\nWeitblick Filmverleih opened the film in Germany on October 2, 2014, at "
        "first in a limited release of 38 screens in Bavaria and Baden-Württemberg, widening to "
        "92 screens nationwide the following month.\n",
        year=2014,
    )
    widened = [e for e in film.events if e.date == "2014-11"]
    assert [(e.places, e.scope) for e in widened] == [(("Germany",), "nationwide")]


def test_a_later_dates_scope_stays_with_it() -> None:
    film = film_from(
        "== Release ==\nThe Swiss release came on 6 November 2014 in the German-speaking "
        "cantons, Hakuba Pictures gave it a limited release in Japan in February 2015.\n",
        year=2014,
    )
    assert {e.date: e.scope for e in film.events} == {"2014-11-06": None, "2015-02": "limited"}


def test_a_company_named_after_its_country_points_there() -> None:
    assert named_countries("Rīgas Kino") == {"Latvia"}
    assert named_countries("Eesti Filmilevi") == {"Estonia"}
    assert named_countries("Sinopsis Films") == frozenset()
    assert "Latvia" in looks_from("Rīgas Kino")


def test_a_company_naming_another_country_is_no_producer_option() -> None:
    film = film_from(
        "== Release ==\nForeign rights were sold to Filmwelt Verleih in Germany; Rīgas Kino in "
        "Latvia; Eesti Filmilevi in Estonia; and Polart in Poland.\n",
        infobox="- Director: Ana Lee\n- Studio: Lithuanian Film Studio\n- Country: Lithuania\n",
        year=1995,
    )
    options = [
        [q.correct_answer, *q.incorrect_answers]
        for q in questions_of(film)
        if q.correct_answer == "Lithuanian Film Studio"
    ]
    # Polart and Filmwelt Verleih alone are too few: the question is not made.
    assert not options
