"""The patterns behind the development reviews of rounds 9 and 10 (tests/fixtures/review),
one test each, on films written here: a ceremony named in its own wording, a festival
named short after "At", a count of prizes, a table category with a qualifier, a critics'
body after "by", prizes and credits for a specialist's work, and credits only the prose
names."""

from __future__ import annotations

from quiz.bank import Question
from quiz.facts.model import Film
from quiz.facts.roles import category_craft, specialty
from quiz.generate import generate_questions

from .test_prose_facts import film_from

_TABLE = (
    "== Accolades ==\n"
    "| Award | Date of ceremony | Category |\n"
    "| Fajr Film Festival | 2017 | Best Film |\n"
    "| Best Director | Ana Lee | |\n"
    "| Best Actor | Omid Rahimi | |\n"
    "| Karlovy Vary International Film Festival | 2017 | Crystal Globe |\n"
    "| Special Jury Prize | Ana Lee | |\n"
    "| Best Actor | Omid Rahimi | |\n"
    "| Hafez Awards | 2017 | Best Actress – Motion Picture |\n"
    "| Iran's Film Critics and Writers Association | 2018 | Best Film |\n"
)


def _rows(film: Film) -> list[tuple[str, str, str | None, str | None]]:
    return [(a.ceremony, a.category, a.recipient, a.result) for a in film.awards]


def _questions(film: Film) -> list[Question]:
    return generate_questions(film, "t.txt", [film])


def _awards_film(prose: str) -> Film:
    return film_from(
        "== Cast ==\n- Omid Rahimi as Reza\n- Sara Amini as Leila\n\n" + _TABLE + "\n" + prose
    )


def test_a_festival_named_short_after_at_is_that_festival_not_the_one_before() -> None:
    film = _awards_film(
        "At Fajr the film won Best Actor. At Karlovy Vary it competed for the Crystal Globe "
        "and won both the Special Jury Prize and the award for Best Actor.\n"
    )
    rows = _rows(film)
    assert ("Karlovy Vary International Film Festival", "Special Jury Prize", "Ana Lee", "won") in (
        rows
    )
    assert ("Karlovy Vary International Film Festival", "Best Actor", "Omid Rahimi", "won") in rows
    assert ("Karlovy Vary International Film Festival", "Crystal Globe", None, "nominated") in rows
    assert not any(a.from_prose for a in film.awards)


def test_a_count_of_prizes_is_no_category() -> None:
    film = _awards_film(
        "The film premiered at the Fajr Film Festival in Tehran, where it won three Crystal "
        "Simorghs.\n"
    )
    assert not any(a.from_prose for a in film.awards)
    assert all("Simorgh" not in a.category for a in film.awards)


def test_a_prose_category_finds_the_tables_row_with_a_qualifier() -> None:
    film = _awards_film("Sara Amini won the Hafez Award for Best Actress.\n")
    assert ("Hafez Awards", "Best Actress – Motion Picture", "Sara Amini", "won") in _rows(film)
    assert not any(a.from_prose for a in film.awards)


def test_a_critics_body_after_by_is_the_ceremony() -> None:
    film = _awards_film(
        "At Fajr it lost Best Film. The film was named Best Film by the Iran's Film Critics "
        "and Writers Association.\n"
    )
    rows = _rows(film)
    assert ("Iran's Film Critics and Writers Association", "Best Film", None, "won") in rows
    assert ("Fajr Film Festival", "Best Film", None, "nominated") in rows
    assert not any(a.from_prose for a in film.awards)


def test_the_nominations_count_names_the_whole_ceremony() -> None:
    film = film_from(
        "== Cast ==\n- Lisa Marsh as Kim\n\n== Accolades ==\n"
        "| Award | Date of ceremony | Category |\n"
        "| Youth in Film Awards | 1988 | Best Family Motion Picture – Comedy |\n"
        "| Best Young Actress in a Motion Picture | Lisa Marsh | |\n\n"
        "The film received two nominations at the 9th Youth in Film Awards, winning Best "
        "Young Actress in a Motion Picture for Lisa Marsh.\n"
    )
    stems = [q.question for q in _questions(film) if "nominations" in q.question]
    assert stems == ["How many nominations did Test Film receive at the 9th Youth in Film Awards?"]


def test_a_category_in_its_ceremonys_own_wording_gets_no_everyday_names() -> None:
    film = film_from(
        "== Cast ==\n- Kevin Dale as Rob\n- Lisa Marsh as Kim\n\n== Accolades ==\n"
        "| Award | Date of ceremony | Category |\n"
        "| Youth in Film Awards | 1988 | Best Family Motion Picture – Comedy |\n"
        "| Best Young Actor in a Motion Picture | Kevin Dale | |\n"
        "| Best Young Actress in a Motion Picture | Lisa Marsh | |\n"
    )
    for q in _questions(film):
        if q.correct_answer.startswith("Best Young"):
            assert not {"Best Actor", "Best Supporting Actor", "Best New Actor"} & set(
                q.incorrect_answers
            ), q.question


def test_specialist_prizes_and_credits_are_named_as_such() -> None:
    assert specialty("Best Action Choreography") == "choreography"
    assert specialty("Best Female Playback Singer") == "singing"
    assert specialty("Playback singer") == "singing"
    assert specialty("Best Lyricist") == "lyrics"
    assert specialty("Best Cinematography") is None
    assert category_craft("Best Female Debut") == "acting"


def test_a_specialists_prize_offers_only_specialists() -> None:
    film = film_from(
        "== Cast ==\n- Lin Qiu as Shen\n- Kwok Man as Wanyan\n\n== Accolades ==\n"
        "| Award | Date of ceremony | Category |\n"
        "| Hong Kong Film Awards | 2003 | Best Film |\n"
        "| Best Cinematography | Peter Lau | |\n"
        "| Best Action Choreography | Tommy Yip | |\n"
        "| Best Actress | Lin Qiu | |\n",
        infobox="- Director: Ana Lee\n- Cinematography: Peter Lau\n- Country: Hong Kong\n",
    )
    for q in _questions(film):
        if "Choreography" in q.question:
            assert not {"Peter Lau", "Ana Lee", "Lin Qiu", "Kwok Man"} & set(q.incorrect_answers)
        if q.correct_answer == "Best Action Choreography" or "Tommy Yip" in q.question:
            assert "Best Cinematography" not in q.incorrect_answers


def test_a_person_only_the_prose_names_is_not_called_credited() -> None:
    film = film_from(
        "== Cast ==\n- Lin Qiu as Shen\n\n== Production ==\n"
        "Costume designer Irene Voss dressed the cast in wool; Voss later said it itched. "
        "The songs were dubbed by playback singer Kavya Nair, and Nair recorded them in a "
        "week.\n",
        infobox=(
            "- Director: Ana Lee\n- Cinematography: Peter Lau\n- Editing: Joe Park\n"
            "- Music: Ravi Iyer\n- Country: India\n"
        ),
    )
    questions = _questions(film)
    about_voss = [q for q in questions if "Irene Voss" in q.question]
    assert about_voss and all("credit" not in q.question for q in about_voss)
    # A playback singer among the director, the editor and the cinematographer would be the
    # odd one out: with no other singer to offer, the question is not asked.
    assert not any(q.correct_answer == "Kavya Nair" for q in questions)
