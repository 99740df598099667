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


def test_a_given_name_with_an_age_note_is_the_fuller_role_younger() -> None:
    film = film_from(
        "== Cast ==\n- Anton Hedlund as Gösta Lindvall\n- Viktor Nyman as Gösta, aged ten\n"
        "- Per Wallmark as Sven Lindvall, Gösta's father\n"
        "- Oscar Lundmark as Bengt Lindvall, Gösta's younger brother\n"
        "- Frida Sjöberg as Ingrid Berg\n- Lena Forsberg as Märta Lindvall\n",
        year=2009,
    )
    young = next(m for m in film.cast if m.actor == "Viktor Nyman")
    assert (young.character, young.shared_role) == ("Gösta Lindvall", True)
    for question in questions_of(film):
        assert not question.question.endswith(("plays Gösta?", "plays Gösta Lindvall?"))


def test_permission_to_begin_production_is_not_its_start() -> None:
    film = film_from(
        "== Production ==\nThe script was sent back twice, and the studio received permission "
        "to begin production in February 1958. Principal photography began on 8 July 1958.\n",
        year=1959,
    )
    assert [(e.date, e.kind) for e in film.events] == [
        ("1958-02", "other"),
        ("1958-07-08", "filming_start"),
    ]


def test_an_expansion_to_fourteen_cities_by_a_month_is_no_wide_release() -> None:
    film = film_from(
        "== Release ==\nIn the United States, Tundra Pictures opened it in New York on "
        "December 5, 2008, and expanded to fourteen cities by January 2009.\n",
        year=2008,
    )
    assert [e.kind for e in film.events if e.date == "2009-01"] == ["other"]


def test_takings_estimated_at_an_amount_are_a_gross_outside_the_country() -> None:
    film = film_from(
        "== Release ==\nIn Cuba the film drew 1.9 million spectators. Takings outside Cuba "
        "have been estimated at about $2.3 million in total.\n",
        infobox="- Director: Ana Lee\n- Country: Cuba\n- Gross: $2.3 million\n",
        year=1986,
    )
    assert [(a.kind, a.value) for a in film.amount_mentions if "Takings" in a.source.quote] == [
        ("gross", 2_300_000.0)
    ]
    stems = [q.question for q in questions_of(film) if "2.3 million" in (q.correct_answer or "")]
    assert stems and all("outside Cuba" in stem for stem in stems)


def test_took_is_a_gross_only_where_the_clause_names_the_market() -> None:
    film = film_from(
        "== Release ==\nIn Sweden it drew 41,000 admissions and took SEK 1.3 million. In the "
        "United Kingdom it opened in six cinemas in London and Leeds, where it took £38,400. "
        "The London screenings took about £21,000.\n",
        year=2015,
    )
    grosses = [(a.text, a.place) for a in film.amount_mentions if a.kind == "gross"]
    assert grosses == [("SEK 1.3 million", "Sweden")]


def test_a_share_returned_in_rentals_is_no_gross() -> None:
    film = film_from(
        "== Release ==\nIn Japan it grossed about ¥780 million, of which ¥420 million was "
        "returned to the distributor in rentals. \n",
        year=1982,
    )
    assert [a.text for a in film.amount_mentions if a.kind == "gross"] == ["¥780 million"]


def test_a_figure_in_another_currency_does_not_place_the_infobox_gross() -> None:
    film = film_from(
        "== Release ==\nIn its opening weekend the film sold 41,200 tickets in Norway and took "
        "NOK 4.3 million.\n",
        infobox="- Director: Ana Lee\n- Country: Norway\n- Gross: $4.3 million\n",
        year=2021,
    )
    stems = [q.question for q in questions_of(film) if "$4.3 million" in (q.correct_answer or "")]
    assert stems and not any("Norway" in stem for stem in stems)
