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


def _stems(film_text: str, infobox: str, year: int, key: str) -> list[str]:
    film = film_from(film_text, infobox=infobox, year=year)
    return [q.question for q in questions_of(film) if q.correct_answer == key]


def test_a_domestic_run_stated_without_a_gross_word_scopes_the_infobox_gross() -> None:
    stems = _stems(
        "== Box office ==\nIt had taken ₱31.2 million by September 15, 2002, and ended its "
        "domestic run with ₱38.6 million. The American release added about US$142,000.\n",
        "- Director: Ana Lee\n- Country: Philippines\n- Gross: ₱38.6 million\n",
        2002,
        "₱38.6 million",
    )
    assert stems and all("in total" not in s for s in stems)


def test_some_markets_total_is_never_the_total() -> None:
    stems = _stems(
        "== Box office ==\nThe German release took €1.21 million and the Swiss one €0.27 "
        "million, bringing the total across the three German-speaking markets to about €3.1 "
        "million; returns from other territories were not published.\n",
        "- Director: Ana Lee\n- Country: Austria\n- Gross: €3.1 million\n",
        2014,
        "About €3.1 million",
    )
    assert not stems


def test_a_year_the_clause_opens_with_is_the_figures_window() -> None:
    stems = _stems(
        "== Box office ==\nDuring 1979 the film sold 7.4 million tickets in the Soviet Union.\n",
        "- Director: Ana Lee\n- Country: Soviet Union\n",
        1979,
        "7.4 million",
    )
    assert stems and all("1979" in s for s in stems)


def test_takings_after_two_windows_are_the_nearer_ones() -> None:
    film = film_from(
        "== Box office ==\nSumbisori sold 412,000 tickets on its opening day and 1.62 million "
        "over its five-day opening weekend from 8 to 12 August 2018, earning ₩13.1 billion.\n",
        infobox="- Director: Ana Lee\n- Country: South Korea\n",
        year=2018,
    )
    assert [q.period for q in film.numbers if q.text == "₩13.1 billion"] == ["opening weekend"]


def test_screens_in_a_city_and_unnamed_others_are_no_citys() -> None:
    stems = _stems(
        "== Release ==\nSinagtala Films released it on August 21, 2002, in 86 theaters in Metro "
        "Manila and the main provincial cities.\n",
        "- Director: Ana Lee\n- Country: Philippines\n",
        2002,
        "86",
    )
    assert all("Metro Manila?" not in s for s in stems)
