"""Patterns of the blind review of set-aside batch E (rounds 133–136, measured at ef27b68),
fixed after it, one test each (unmeasured until the next batch)."""

from __future__ import annotations

from .test_prose_facts import film_from, questions_of, review_film


def test_a_birth_date_is_no_date_of_the_shoot() -> None:
    film = film_from(
        "== Production ==\nLee cast Dilorom Yusupova in March 1979. Born on 2 February 1959, "
        "she was 20 years old when filming began. Filming began on 14 May 1979.\n",
        year=1981,
    )
    starts = [e.date for e in film.events if e.kind == "filming_start"]
    assert starts == ["1979-05-14"]


def test_places_and_versions_in_the_infobox_are_no_credits() -> None:
    film = film_from(
        "",
        infobox=(
            "- Director: Levon Ghukasyan\n- Music: Aram Vardanyan\n"
            "- Filming location: Ashtarak, Oshakan\n- Dubbed versions: Hindi\n"
            "- Dubbing director: Anika Roux\n- Country: Armenia\n"
        ),
    )
    named = {c.name for c in film.credits}
    assert named == {"Levon Ghukasyan", "Aram Vardanyan", "Anika Roux"}


def test_an_anniversary_of_the_premiere_is_no_premiere() -> None:
    film = film_from(
        "== Legacy ==\nA statue of Vardan holding an apricot branch was unveiled in the centre "
        "of Ashtarak on 12 October 2003, the 50th anniversary of the premiere.\n",
        year=1953,
    )
    assert [e.kind for e in film.events if e.date == "2003-10-12"] == ["other"]


def test_a_total_before_its_breakdown_has_no_place_and_a_listed_market_keeps_its_list() -> None:
    film = film_from(
        "== Box office ==\nThe film grossed £93,200 during its first run: £61,400 in New "
        "Zealand, £22,600 in Australia and £9,200 in Western Samoa. Outside Madagascar, it "
        "grossed €96,400 in France, Réunion and Mayotte and €31,200 in other territories.\n",
        year=1962,
    )
    places = {n.text: n.place for n in film.numbers}
    assert places["£93,200"] is None
    assert places["£61,400"] == "New Zealand"
    assert places["€96,400"] == "France, Réunion and Mayotte"


def test_the_following_month_in_apposition_restates_its_date() -> None:
    film = film_from(
        "== Release ==\nThe film premiered in Tórshavn on 9 February 2001. In Denmark, "
        "Nordkap gave the film a limited release in six cinemas on 16 March 2001, the "
        "following month; it opened in Iceland the same day.\n",
        year=2001,
    )
    danish = [e.date for e in film.events if "Denmark" in e.places]
    assert danish == ["2001-03-16"]


def test_a_wide_release_after_a_towns_limited_one_is_the_countrys() -> None:
    film = film_from(
        "== Release ==\nIn New Zealand, Tasman Film Exchange gave the film a limited release at "
        "two cinemas in Auckland and one in Wellington on 19 July 1962. After strong "
        "attendance it expanded to a wide release of 46 cinemas the following month, on 23 "
        "August 1962.\n",
        year=1962,
    )
    wide = {e.date: e.places for e in film.events if e.scope == "wide"}
    assert wide.get("1962-08-23") == ("New Zealand",)


def test_a_first_run_total_before_its_breakdown_is_asked_without_a_place() -> None:
    film = film_from(
        "== Release ==\nThe film opened in Auckland on 19 July 1962. It opened in Sydney on "
        "April 11, 1963.\n\n== Box office ==\nThe film grossed £93,200 during its first run: "
        "£61,400 in New Zealand, £22,600 in Australia and £9,200 in Western Samoa.\n",
        infobox="- Director: Ana Lee\n- Country: Samoa\n",
        year=1962,
    )
    for question in questions_of(film):
        if question.correct_answer == "£93,200":
            assert "New Zealand" not in question.question
            assert " in " not in question.question.split("Test Film")[1]


def test_malagasy_cinemas_are_in_madagascar() -> None:
    film = film_from(
        "== Release ==\nThe film was re-released in Malagasy cinemas on 9 February 2024.\n",
        year=2023,
    )
    assert [e.places for e in film.events if e.kind == "re_release"] == [("Madagascar",)]


def test_a_regions_own_word_in_a_company_name_points_to_it() -> None:
    from quiz.generate.orthography import pointing

    assert pointing("Océan Indien Distribution", "Mauritius") is not None
    assert pointing("Antilles Distribution", "Martinique") is not None
    assert pointing("Druk Cine", "Bhutan") == 1
    assert pointing("Films du Lagon", "French Polynesia") is not None
    assert pointing("Films du Lagon", "Australia") is None


def test_a_surname_built_on_the_characters_name_is_no_cast_question() -> None:
    film = review_film("round136", "ripe-apricots")
    for question in questions_of(film):
        if question.category == "cast":
            assert "Mushegh Sahakyan" not in question.question
            assert "Sedrak Musheghyan" not in question.question
