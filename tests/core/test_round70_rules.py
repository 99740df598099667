"""Patterns of the blind reviews after stop 26 (rounds 66 onwards), fixed with one test each."""

from __future__ import annotations

import pytest

from quiz.facts.places import with_article
from quiz.generate import generate_questions
from quiz.generate.templates.awards import _at as ceremony_phrase

from .test_prose_facts import award_results, film_from, questions_of


@pytest.mark.parametrize(
    "category",
    ["Best Film from any Source", "Best Film Not in the English Language"],
)
def test_a_category_with_from_or_in_the_inside_its_name_is_read_whole(category: str) -> None:
    film = film_from(
        "== Accolades ==\n| Award | Year | Category | Recipient |\n"
        "| British Academy Film Awards | 1950 | Best British Film | |\n"
        f"| British Academy Film Awards | 1950 | {category} | Test Film |\n\n"
        "At the British Academy Film Awards in 1950 it was nominated for both Best British "
        f"Film and {category} but won neither.\n",
        year=1949,
    )
    results = award_results(film)
    assert results == {
        ("British Academy Film Awards", "Best British Film"): "nominated",
        ("British Academy Film Awards", category): "nominated",
    }


def test_a_first_name_and_its_short_form_read_themselves() -> None:
    film = film_from(
        "== Cast ==\n- Deborah Mansell as Debbie Wilson, a widow\n- Ruth Gow as Mary Kemp, "
        "Debbie's sister\n- Isla Dunn as Kirsty Bell, a widow\n- Jean Abernethy as Effie "
        "Grant, Kirsty's mother\n- Ann Lowe as Sally Hart, a landlady\n",
        year=2010,
    )
    questions = questions_of(film)
    assert [q for q in questions if q.correct_answer == "Mary Kemp"]  # the cast is asked
    assert not [q for q in questions if q.correct_answer in {"Debbie Wilson", "Deborah Mansell"}]


def test_a_studio_produced_by_in_prose_is_no_producer_in_person() -> None:
    film = film_from(
        "Test Film is a 1988 drama film directed by Ana Lee and produced by Tallinnfilm.\n\n"
        "== Production ==\nTallinnfilm accepted the project in the spring of 1985.\n",
        infobox="- Director: Ana Lee\n- Studio: Tallinnfilm\n- Country: Soviet Union\n",
        year=1988,
    )
    assert [c.role for c in film.credits if c.name == "Tallinnfilm"] == ["Studio"]
    assert not [q for q in questions_of(film) if "Tallinnfilm" in q.options]


_ACCOLADES = (
    "== Accolades ==\n| Award ceremony | Year | Category |\n"
    "| Estonian Film Journalists' Association | 1988 | Film of the Year |\n"
    "| Nika Award | 1989 | Best Film |\n| Best Music | Kuldar Vainu | |\n"
    "| Best Actor | Heino Raudsepp | |\n| All-Union Film Festival | 1989 | Grand Prize |\n"
    "| Best Director | Toomas Leppik | |\n| Best Actress | Kadri Lõhmus | |\n"
    "| Berlin International Film Festival | 1990 | Ecumenical Jury Prize (Forum) |\n\n"
)


def test_each_for_the_ceremony_of_a_nomination_list_keeps_its_own_prizes() -> None:
    film = film_from(
        _ACCOLADES + "Three of these were wins: Film of the Year from the Estonian film "
        "journalists, the Nika for Vainu's music, and Best Actress for Lõhmus at the All-Union "
        "Film Festival. The film was only nominated for the Nika Awards for Best Film and Best "
        "Actor, for the All-Union festival's Grand Prize and Best Director, and for the "
        "ecumenical jury's prize in Berlin.\n",
        year=1988,
    )
    assert award_results(film) == {
        ("Estonian Film Journalists' Association", "Film of the Year"): "won",
        ("Nika Award", "Best Film"): "nominated",
        ("Nika Award", "Best Music"): "won",
        ("Nika Award", "Best Actor"): "nominated",
        ("All-Union Film Festival", "Grand Prize"): "nominated",
        ("All-Union Film Festival", "Best Director"): "nominated",
        ("All-Union Film Festival", "Best Actress"): "won",
        ("Berlin International Film Festival", "Ecumenical Jury Prize (Forum)"): "nominated",
    }
    nika = next(a for a in film.awards if a.ceremony == "Nika Award")
    assert ceremony_phrase(nika) == "the 1989 Nika Awards"  # held "at the 1989 Nika Awards"


def test_a_soviet_republic_takes_the_article() -> None:
    assert with_article("Estonian SSR") == "the Estonian SSR"
    assert with_article("Latvia and Russian SFSR") == "Latvia and the Russian SFSR"


def test_where_a_film_opened_is_no_place_it_was_shot() -> None:
    film = film_from(
        "Shot mostly on location in Kırşehir Province during the spring of 1975, the film "
        "opened in Istanbul, Ankara and İzmir on 3 November 1975.\n\n== Production ==\n"
        "Principal photography began on 12 May 1975 in villages near Mucur, in Kırşehir "
        "Province, which together stood in for Kirazlı.\n",
        infobox="- Director: Ana Lee\n- Country: Turkey\n",
        year=1975,
    )
    filmed = {loc.place for loc in film.locations if loc.kind == "filming"}
    assert filmed == {"Kırşehir Province", "Mucur"}
    others = film_from(
        "== Production ==\nIt was shot in Cappadocia, in Göreme and in Ürgüp.\n", year=1975
    )
    questions = generate_questions(film, "t.txt", [film, others])
    assert not [q for q in questions if q.template in {"stand-in", "stood-in-for"}]


def test_a_title_before_its_kind_and_author_is_the_source_work() -> None:
    film = film_from(
        "It is based on Diecinueve días, a 2011 non-fiction book by the journalist Paula Reyes "
        "Ossandón about the collapse of a copper mine.\n",
        year=2014,
    )
    assert film.source_work is not None
    assert (film.source_work.kind, film.source_work.title, film.source_work.author) == (
        "book",
        "Diecinueve días",
        "Paula Reyes Ossandón",
    )


def test_a_run_total_before_another_countrys_takings_is_the_first_countrys() -> None:
    film = film_from(
        "== Box office ==\nThe film sold 112,400 tickets in its opening weekend in Chile. By "
        "the end of its first run in December 2014 it had reached 615,000 admissions. In "
        "Argentina it grossed ARS 2.6 million. Another film sold 498,716 tickets in the capital "
        "of Chile, and it grossed €2 million in Spain.\n",
        infobox="- Director: Ana Lee\n- Country: Chile\n",
        year=2014,
    )
    places = {a.text: a.place for a in film.amounts}
    assert places["615,000"] == "Chile"
    assert places["ARS 2.6 million"] == "Argentina"
