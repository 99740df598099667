"""A distributor's name points to its territory ("Ubuntu Films" reads South African): the
territories offered beside the key are its neighbours, which the name points to as well
(batch G's commonest giveaway, fixed after it)."""

from __future__ import annotations

from quiz.bank import Question
from quiz.facts.model import Film
from quiz.generate.neighbours import AREAS, neighbours
from quiz.generate.templates.release import name_tells

from .test_prose_facts import film_from, questions_of

_DEALS = (
    "== Release ==\nThe film premiered at the Durban International Film Festival on 20 July "
    "2021. Ubuntu Films acquired the distribution rights for South Africa, Cinéart acquired "
    "the rights for Belgium, Arthaus bought the rights for Norway and Curzon acquired the "
    "rights for the United Kingdom.\n"
)


def _territory_question(film: Film, company: str) -> Question:
    found = [
        q
        for q in questions_of(film)
        if "distributor-to-territory" in q.tags and f" {company} " in q.question
    ]
    assert len(found) == 1, [q.question for q in questions_of(film)]
    return found[0]


def test_a_named_territory_is_offered_among_its_neighbours() -> None:
    film = film_from(_DEALS, infobox="- Director: Thabo Nkosi\n- Country: South Africa\n")
    question = _territory_question(film, "Ubuntu Films")
    assert question.correct_answer == "South Africa"
    assert set(question.incorrect_answers) <= set(neighbours("South Africa"))


def test_a_neighbour_the_article_names_elsewhere_is_never_offered() -> None:
    # Botswana's release names no distributor: Ubuntu Films may well have released it there.
    film = film_from(
        _DEALS + "It opened in Botswana and Namibia on 3 September 2021.\n",
        infobox="- Director: Thabo Nkosi\n- Country: South Africa\n",
    )
    question = _territory_question(film, "Ubuntu Films")
    assert not {"Botswana", "Namibia"} & set(question.incorrect_answers)


def test_a_deal_reaching_its_neighbours_is_not_asked() -> None:
    # Its neighbours may be its own, and far lands beside the key leave the name to answer.
    film = film_from(
        _DEALS.replace(
            "for South Africa", "for South Africa, with neighbouring countries to follow"
        ),
        infobox="- Director: Thabo Nkosi\n- Country: South Africa\n",
    )
    assert not any(
        "distributor-to-territory" in q.tags and "Ubuntu" in q.question for q in questions_of(film)
    )


def test_a_part_of_a_country_is_never_offered_for_it() -> None:
    film = film_from(
        "== Release ==\nRive Gauche Films acquired the rights for France, Lagon Films bought "
        "the rights for Réunion and Mayotte Screens acquired the rights for Mayotte.\n",
        infobox="- Director: Ana Lee\n- Country: Mauritius\n",
    )
    question = _territory_question(film, "Rive Gauche Films")
    assert question.correct_answer == "France"
    assert not {"Réunion", "Mayotte"} & set(question.incorrect_answers)


def test_a_name_spelling_its_territory_is_never_asked() -> None:
    assert name_tells("Kazakhfilm Distribution", "Kazakhstan")
    assert not name_tells("Malibu Films", "Mali")
    film = film_from(
        "== Release ==\nKazakhfilm Distribution released the film in Kazakhstan on 11 "
        "September 2014. Cinéart acquired the rights for Belgium, Arthaus bought the rights "
        "for Norway and Curzon acquired the rights for the United Kingdom.\n",
        infobox="- Director: Ana Lee\n- Country: Kazakhstan\n",
    )
    assert not any("Kazakhfilm" in q.question for q in questions_of(film))
    assert not any(q.correct_answer == "Kazakhfilm Distribution" for q in questions_of(film))


def test_a_company_with_an_accented_initial_is_read_whole() -> None:
    film = film_from(
        "== Release ==\nKattegat Film released it in Denmark on 25 February 2016. Öresund "
        "Distribution released the film in Sweden the following month, on 18 March 2016.\n",
        infobox="- Director: Ana Lee\n- Country: Denmark\n",
    )
    assert "Öresund Distribution" in {d.company for d in film.distribution}
    assert "Distribution" not in {d.company for d in film.distribution}


def test_a_name_of_trade_words_only_is_never_asked() -> None:
    film = film_from(
        "== Release ==\nDistribution Company released it in Argentina on 19 October 2006. "
        "Cinéart acquired the rights for Belgium, Arthaus bought the rights for Norway and "
        "Curzon acquired the rights for the United Kingdom.\n",
        infobox="- Director: Ana Lee\n- Country: Uruguay\n",
    )
    for question in questions_of(film):
        assert "Distribution Company" not in (question.question, question.correct_answer)


def test_a_narrow_look_keeps_only_as_narrow_options() -> None:
    # "Azteca" reads Mexico or Guatemala, not every Spanish-speaking land.
    film = film_from(
        "== Release ==\nPelículas Azteca acquired the rights for Mexico, Cinéart acquired the "
        "rights for Belgium, Arthaus bought the rights for Norway and Curzon acquired the "
        "rights for the United Kingdom. Cine Tropical acquired the rights for Honduras, "
        "Nicaragua and Costa Rica.\n",
        infobox="- Director: Ana Lee\n- Country: Mexico\n",
    )
    for question in questions_of(film):
        if "distributor-to-territory" in question.tags and "Azteca" in question.question:
            assert set(question.incorrect_answers) <= {"Guatemala"}


def test_every_area_lists_a_territory_once_and_its_own_area_comes_first() -> None:
    for area in AREAS:
        assert len(set(area)) == len(area)
    assert neighbours("Kenya")[:3] == ("Uganda", "Tanzania", "Rwanda")
    assert neighbours("the United Kingdom and Ireland") == ()
