"""Patterns of the blind review of round 73 (tests/fixtures/review/round73), which measured
76414b4; fixed after it, one test each."""

from __future__ import annotations

from pathlib import Path

from quiz.article import parse_article
from quiz.facts import extract_film
from quiz.facts.places import territories
from quiz.generate import generate_questions
from quiz.generate.templates.awards import _at as ceremony_phrase

from .test_prose_facts import award_results, film_from, questions_of

SERENATA = (
    Path(__file__).parents[1] / "fixtures" / "review" / "round73" / "serenata-en-san-isidro.txt"
)
_KITE = (
    "== Accolades ==\n| Award | Year | Category |\n| Vietnam Film Festival | 2011 | Best "
    "Feature Film |\n| Best Actress | Phan Ngọc Hân | |\n| Best Original Score | Đoàn Minh Vũ "
    "| |\n| Golden Kite Prize | 2012 | Best Feature Film |\n| Best Screenplay | Lương Diệu "
    "Linh | |\n| Best Cinematography | Trịnh Văn Lộc | |\n| Best Actress | Phan Ngọc Hân | |\n\n"
)


def test_a_list_along_with_a_prize_and_categories_that_were_nominations_only() -> None:
    film = film_from(
        _KITE + "At the 2011 Vietnam Film Festival the film took Best Feature Film, along with "
        "Best Actress for Phan Ngọc Hân and Best Original Score for Đoàn Minh Vũ. The Golden "
        "Kite Prize of 2012 went the other way for the two leading categories: Best Feature "
        "Film and Best Actress were nominations only, while the screenplay and Trịnh Văn "
        "Lộc's cinematography won.\n",
        year=2011,
    )
    assert award_results(film) == {
        ("Vietnam Film Festival", "Best Feature Film"): "won",
        ("Vietnam Film Festival", "Best Actress"): "won",
        ("Vietnam Film Festival", "Best Original Score"): "won",
        ("Golden Kite Prize", "Best Feature Film"): "nominated",
        ("Golden Kite Prize", "Best Screenplay"): "won",
        ("Golden Kite Prize", "Best Cinematography"): "won",
        ("Golden Kite Prize", "Best Actress"): "nominated",
    }


def test_an_aside_about_another_ceremony_leaves_the_list_its_verb() -> None:
    film = film_from(
        "== Accolades ==\n| Award | Year | Category |\n| Nika Awards | 2018 | Best Film |\n"
        "| Best Actress | Polina Arkhangelskaya | |\n| Best Cinematography | Mikhail "
        "Grebenshchikov | |\n| Best Sound | Test Film | |\n\nAt the 31st Nika Awards, the film "
        "won three of its four nominations: Best Actress for Arkhangelskaya, who had lost the "
        "corresponding Golden Eagle, as well as Best Cinematography and Best Sound.\n",
        year=2017,
    )
    assert award_results(film) == {
        ("Nika Awards", "Best Film"): "nominated",
        ("Nika Awards", "Best Actress"): "won",
        ("Nika Awards", "Best Cinematography"): "won",
        ("Nika Awards", "Best Sound"): "won",
    }


def test_further_shoots_leave_no_single_wrap_date() -> None:
    film = film_from(
        "== Production ==\nPrincipal photography began on 14 March 2010 in Huế. The main shoot "
        "ended on 9 May 2010 after 52 days. Two further shoots followed: two days in Đồng Tháp "
        "in June 2010, and four days in Hội An in December 2010.\n",
        year=2011,
    )
    assert not [q for q in questions_of(film) if "wrap" in q.question]


def test_a_radio_play_is_named_as_one_and_a_swapped_statement_names_its_subject_first() -> None:
    film = extract_film(parse_article(SERENATA.read_text(encoding="utf-8")))
    assert film.source_work is not None and film.source_work.kind == "radio play"
    statements = [q.question for q in questions_of(film) if q.type == "boolean"]
    # (the swapped side-by-side statement is no longer made: README, True/False)
    for statement in statements:
        assert not statement.startswith("In the radio play, he ")
        assert "in the radio play who" not in statement


def test_a_city_named_after_its_country_is_the_city() -> None:
    assert territories("It opened in Mexico City and Guadalajara on 17 April 1958") == [
        "Mexico City",
        "Guadalajara",
    ]


def test_a_spanish_critics_association_takes_the_article_and_gives_from() -> None:
    film = film_from(
        "== Accolades ==\n| Award | Year | Category |\n| Asociación Mexicana de Cronistas de "
        "Cine | 1959 | Revelation of the Year |\n",
        year=1958,
    )
    phrase = ceremony_phrase(film.awards[0])
    assert phrase == "the Asociación Mexicana de Cronistas de Cine in 1959"


def test_a_company_that_released_it_somewhere_distributed_it_there() -> None:
    film = film_from(
        "== Release ==\nNordlys released it in Sweden in September 1984.\n",
        infobox="- Director: Ana Lee\n- Studio: Revontuli-Filmi, Nordlys Film AB\n"
        "- Distributor: Kinosto\n- Country: Finland\n",
        year=1984,
    )
    assert [(d.company, d.territories) for d in film.distribution] == [("Nordlys", ("Sweden",))]
    others = [
        film_from("Other.\n", infobox=f"- Director: B\n- Distributor: {name}\n", year=1984)
        for name in ("Finnkino", "Adams Filmi", "Suomi-Filmi")
    ]
    for q in generate_questions(film, "t.txt", [film, *others]):
        if "distributor" in q.question:
            assert "Nordlys Film AB" not in q.incorrect_answers
        assert "bought" not in q.question and "acquire" not in q.question


def test_a_companys_initials_are_no_other_company() -> None:
    film = film_from(
        "Other.\n",
        infobox="- Director: Ana Lee\n- Studio: Instituto Cubano del Arte e Industria "
        "Cinematográficos\n- Distributor: ICAIC, Sovexportfilm\n- Country: Cuba\n",
        year=1985,
    )
    others = [
        extract_film(
            parse_article(
                f"= Other {n} (1984 film) =\n\nOther\n- Director: B{n} Cruz\n- Studio: {name}\n"
                "- Country: Cuba\n"
            )
        )
        for n, name in enumerate(
            ("Cinematográfica Tláloc", "Mosfilm", "DEFA", "Estudios Churubusco", "Barrandov")
        )
    ]
    asked = [
        q
        for q in generate_questions(film, "t.txt", [film, *others])
        if q.correct_answer.startswith("Instituto Cubano")
    ]
    assert asked and all("ICAIC" not in q.incorrect_answers for q in asked)
