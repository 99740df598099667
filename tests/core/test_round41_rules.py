"""The patterns behind the blind review of rounds 41 and 42 (tests/fixtures/review/round41,
round42), one test each, on films written here."""

from __future__ import annotations

from quiz.facts.places import territories

from .test_prose_facts import film_from, questions_of

_ACCOLADES = (
    "=== Accolades ===\n| Award | Year | Category |\n"
    "| Platino Awards | 2019 | Best Ibero-American Fiction Film |\n"
    "| Best Actor | Diego Sanz | |\n"
    "| Best Original Score | Ana Ruiz | |\n"
    "| Asian Film Awards | 2019 | Best Newcomer |\n"
    "| Best Actress | Mia Sol | |\n\n"
)


def test_nominations_received_and_won_none_are_nominations() -> None:
    film = film_from(
        "== Reception ==\n" + _ACCOLADES + "The film received three nominations at the 2019 "
        "Platino Awards, for Best Ibero-American Fiction Film, Best Actor and Best Original "
        "Score, but won none of them. All three of its Asian Film Awards nominations went "
        "unrewarded.\n",
        year=2018,
    )
    assert {a.result for a in film.awards} == {"nominated"}


def test_town_names_keep_their_joining_words_in_a_list() -> None:
    assert territories("opened in Asunción, Ciudad del Este and Foz do Iguaçu") == [
        "Asunción",
        "Ciudad del Este",
        "Foz do Iguaçu",
    ]


def test_a_version_named_by_its_cast_list_is_the_dub() -> None:
    film = film_from(
        "== Cast ==\n- Diego Sanz as Ruben\n\n=== Guaraní version ===\n- Jose Ayala as Ruben\n\n"
        "== Release ==\nThe film was released in Paraguay on 9 August 2018. The Guaraní version "
        "opened on 25 August 2018 in Asunción.\n",
        year=2018,
    )
    dub = [e for e in film.events if e.date == "2018-08-25"]
    assert dub and all(e.what.startswith("release of the dubbed version") for e in dub)


def test_a_stage_cast_is_asked_as_the_plays_production() -> None:
    cast = "".join(
        f"- {a} as {r}\n"
        for a, r in [
            ("Ann Lee", "Mrs Bell, the postmistress"),
            ("Joan Fry", "Lady Fanshawe, the colonel's wife"),
            ("Mary Rook", "Edith, the maid"),
            ("Ruth Moss", "Aunt Violet"),
        ]
    )
    stage = "".join(
        f"- {a} as {r}\n"
        for a, r in [
            ("Edna Pryce", "Edith, the maid"),
            ("Vera Hall", "Mrs Bell, the postmistress"),
            ("Iris Cole", "Lady Fanshawe, the colonel's wife"),
            ("Nora Gale", "Aunt Violet"),
        ]
    )
    film = film_from(
        "Test Film is based on the 1950 play The Tollgate by Ken Ash.\n\n== Cast ==\n"
        + cast
        + "\n=== Original stage cast ===\n"
        + stage,
        year=1953,
    )
    stems = [q.question for q in questions_of(film) if "Edna Pryce" in q.question]
    assert stems and all("the original stage production of The Tollgate" in s for s in stems)


def test_an_expansion_to_arthouse_cinemas_is_no_release() -> None:
    film = film_from(
        "== Release ==\nNorthwind gave the film a limited release in New York on November 15, "
        "2024, expanding to about 30 arthouse cinemas in January 2025.\n",
        year=2024,
    )
    assert [e.kind for e in film.events if e.date == "2025-01"] == ["other"]
