"""Patterns of the blind review of rounds 119–120 (development material), one test each;
each failed before its fix."""

from __future__ import annotations

from .test_prose_facts import film_from, questions_of, review_film


def test_a_widows_verb_makes_the_name_its_object() -> None:
    # "Aubry's widow hands Lucien a ledger her husband had kept": "her" is the widow's.
    film = review_film("round120", "the-escapement")
    genders = {m.role: m.gender for m in film.cast}
    assert genders["Lucien Perrenoud"] != "female"


def test_a_fronted_time_phrase_leaves_the_name_the_subject() -> None:
    film = film_from(
        "== Plot ==\nOn the eighth day Tư Lành dies in his sleep.\n\n== Cast ==\n"
        "- Nguyễn Văn Hậu as Tư Lành\n",
        year=1993,
    )
    assert {m.role: m.gender for m in film.cast}["Tư Lành"] == "male"


def test_the_audience_of_a_year_is_no_admissions_figure() -> None:
    film = film_from(
        '== Legacy ==\nThe historian argued that he was "the real subject of the film, and the '
        'one the audience of 1971 did not yet want to see".\n',
        year=1971,
    )
    assert not [a for a in film.amounts if a.kind == "admissions"]


def test_a_cinema_and_a_town_counted_together_are_neither_alone() -> None:
    film = review_film("round119", "the-bitter-sea")
    assert not [q for q in questions_of(film) if "in Piraeus over its first week" in q.question]


def test_an_unnamed_service_is_not_the_next_ones() -> None:
    film = film_from(
        "== Release ==\nThe film appeared on a subscription streaming service in several "
        "countries in 2018 and on CBC Gem in 2019.\n",
        year=2016,
    )
    services = {e.date: e.venue for e in film.events if e.kind == "streaming"}
    assert services == {"2018": None, "2019": "CBC Gem"}


def test_a_nationwide_release_named_by_its_distributor_is_at_home() -> None:
    film = film_from(
        "== Release ==\nCine Colombia released it nationwide on April 21, 2011, on 148 screens.\n",
        infobox="- Director: Ana Lee\n- Country: Colombia, Spain\n",
        year=2011,
    )
    nationwide = [e for e in film.events if e.scope == "nationwide"]
    assert [e.places for e in nationwide] == [("Colombia",)]


def test_a_young_version_of_a_named_character_is_not_asked_as_the_character() -> None:
    film = review_film("round120", "the-song-between-us")
    assert not [
        q
        for q in questions_of(film)
        if q.template == "actor-to-role" and "Ooleepeeka Nutaraq" in q.question
    ]


def test_a_top_billed_actress_is_offered_among_actresses_first() -> None:
    film = review_film("round120", "the-song-between-us")
    asked = [q for q in questions_of(film) if "top-billed" in q.question]
    assert asked
    genders = {m.actor: m.gender for m in film.cast if m.actor}
    assert any(genders.get(o) == "female" for q in asked for o in q.incorrect_answers)
