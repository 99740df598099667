"""Patterns found while preparing rounds 113–114 (development material): release stems that
admit two dates, and a ranking read as a release. One test each; each failed before its fix."""

from __future__ import annotations

from .test_prose_facts import film_from, questions_of, review_film

_INFOBOX = "- Director: Ana Lee\n- Released: 1996-08-10\n- Country: Brazil\n"


def test_an_opening_between_a_festival_premiere_and_a_widening_is_the_first_one() -> None:
    film = film_from(
        "The film premiered at the Gramado Film Festival on 10 August 1996 and reached "
        "Brazilian cinemas the following month.\n\n== Release ==\nRioFilme opened it in Rio de "
        "Janeiro and São Paulo on September 13, 1996, on 64 screens, and widened it to 110 "
        "screens across the country the following month.\n",
        infobox=_INFOBOX,
        year=1996,
    )
    stems = [q.question for q in questions_of(film) if q.correct_answer == "September 1996"]
    assert stems
    assert all("released in Brazil" not in stem for stem in stems)
    assert any("first open in cinemas in Brazil" in stem for stem in stems)


def test_a_single_opening_keeps_the_plain_stem() -> None:
    film = film_from(
        "== Release ==\nRioFilme released the film in Brazil on September 13, 1996, and in "
        "Portugal on March 6, 1997.\n",
        infobox=_INFOBOX,
        year=1996,
    )
    stems = [q.question for q in questions_of(film) if q.correct_answer == "September 13, 1996"]
    assert any(stem.endswith("released in Brazil?") for stem in stems)


def test_a_later_language_version_is_no_release_of_the_film() -> None:
    film = film_from(
        "== Release ==\nSouthern Lights released the film in New Zealand on 6 April 2023 on 118 "
        "screens, and it opened in Australia the same day. A te reo Māori version opened in 41 "
        "New Zealand cinemas on 14 September 2023.\n",
        infobox="- Director: Ana Lee\n- Country: New Zealand\n",
        year=2023,
    )
    september = [
        q
        for q in questions_of(film)
        if "September 14, 2023" in (q.correct_answer, q.question)
        and "New Zealand" in f"{q.question} {q.correct_answer}"
    ]
    assert not september


def test_the_most_watched_release_of_the_year_is_no_release() -> None:
    film = film_from(
        "== Box office ==\nIn Cuba the film sold around 312,000 tickets by the end of March "
        "2006, making it the most-watched Cuban release of the year.\n",
        year=2006,
    )
    assert not [e for e in film.events if e.kind == "release"]


def test_the_town_not_the_fjord_it_stands_on_stood_in() -> None:
    film = film_from(
        "== Production ==\nPrincipal photography began on 14 March 1965 in Flateyri, on "
        "Önundarfjörður, which stood in for Hvalvík; the harbour scenes were filmed in "
        "Súðavík.\n",
        year=1966,
    )
    stand_ins = {(loc.place, loc.stands_in_for) for loc in film.locations if loc.stands_in_for}
    assert stand_ins == {("Flateyri", "Hvalvík")}


def test_a_symbol_is_no_stand_in() -> None:
    film = film_from(
        "== Themes ==\nThe sale of the Kría stands for the drift of boats, money and young "
        "people toward the south.\n",
        year=1966,
    )
    assert not [loc for loc in film.locations if loc.kind == "stand_in"]


def test_where_a_print_was_found_is_no_place_of_the_release() -> None:
    film = film_from(
        "== Release ==\nThe museum restored the film in 2006 from a nitrate print found in "
        "Montevideo, releasing it on DVD that year.\n",
        year=1947,
    )
    disc = [e for e in film.events if e.kind == "home_media"]
    assert disc and all("Montevideo" not in e.places for e in disc)


def test_a_service_named_before_its_noun_is_the_dates_own() -> None:
    film = film_from(
        "== Release ==\nThe film became available on the BluTV streaming service in 2016 and on "
        "Netflix in Turkey in 2019. It was added to the Russian streaming service ivi in 2020.\n",
        year=1999,
    )
    services = {e.date: e.venue for e in film.events if e.kind == "streaming"}
    assert services["2016"] == "BluTV"
    assert services["2019"] == "Netflix"
    assert services.get("2020") != "Russian"


def test_a_possessive_in_a_concessive_clause_may_be_the_main_subjects() -> None:
    film = film_from(
        "== Plot ==\nKirsty Morrison takes over the loom, although the Reverend Kenneth MacIver "
        "and many of her neighbours consider weaving men's work.\n\n== Cast ==\n"
        "- Eilidh MacAskill as Kirsty Morrison\n- Calum MacPhail as the Reverend Kenneth "
        "MacIver, the Free Church minister\n",
        year=1990,
    )
    genders = {m.role: m.gender for m in film.cast}
    assert genders["the Reverend Kenneth MacIver"] is None


def test_a_cast_note_that_leans_on_the_list_is_not_printed() -> None:
    # "Ragnar Steingrímsson as Kári Ásgeirsson, their son and the Kría's second mate"
    film = review_film("round113", "the-breakwater")
    assert not [q for q in questions_of(film) if "their son" in q.question]


def test_one_age_of_a_shared_character_is_not_asked_as_the_character() -> None:
    # "Morag Nicolson as Kirsty Morrison, aged nine", beside Eilidh MacAskill's Kirsty
    film = review_film("round113", "the-loom-house")
    asked = [q for q in questions_of(film) if q.template == "actor-to-role"]
    assert asked and not [q for q in asked if "Morag Nicolson" in q.question]


def test_a_romanised_japanese_name_is_spelt_apart_from_kenyan_ones() -> None:
    from quiz.generate.orthography import spelling_marks, spelt_apart

    assert "japanese" in spelling_marks("Masato Okubo")
    assert "japanese" not in spelling_marks("Baraka Njoroge")
    assert "japanese" not in spelling_marks("Nina Morena")
    stem = "Which cast member plays Kenji Moriyama in The Runner?"
    assert spelt_apart(stem, "Masato Okubo", ["Kelvin Cheruiyot", "Samuel Bett", "Brian Lelei"])
    assert not spelt_apart(stem, "Masato Okubo", ["Ryo Fujisaki", "Samuel Bett", "Brian Lelei"])


def test_a_countrys_festival_is_not_its_cinema_association() -> None:
    film = film_from(
        "== Accolades ==\n| Ceremony | Year | Category |\n| Vietnam Film Festival | 1993 | Best "
        "Actress |\n| Vietnam Cinema Association Awards | 1994 | Best Actress |\n\nAt the "
        "Vietnam Film Festival, the film won Best Actress for Lê Thị Mỹ Duyên.\n",
        year=1993,
    )
    results = {a.ceremony: a.result for a in film.awards}
    assert results == {"Vietnam Film Festival": "won", "Vietnam Cinema Association Awards": None}


def test_a_prize_named_with_its_town_is_that_festivals_row() -> None:
    film = film_from(
        "== Accolades ==\n| Ceremony | Year | Category |\n| Hawaii International Film Festival "
        "| 1994 | Best Feature Film |\n| Festival des 3 Continents | 1994 | Golden Montgolfière "
        "|\n\nThe film was a nominee for the Golden Maile in Hawaii and for the Golden "
        "Montgolfière in Nantes, winning neither.\n",
        year=1993,
    )
    rows = {(a.ceremony, a.category): a.result for a in film.awards}
    assert rows[("Festival des 3 Continents", "Golden Montgolfière")] == "nominated"
    assert not [c for _, c in rows if c.endswith("in Nantes")]


def test_screens_in_four_towns_of_one_country_are_the_countrys() -> None:
    film = film_from(
        "== Release ==\nRift Screen Distribution released it in Kenya on October 18, 2019, on 14 "
        "screens in Nairobi, Mombasa, Kisumu and Eldoret.\n",
        year=2019,
    )
    stems = [q.question for q in questions_of(film) if q.correct_answer == "14"]
    assert stems and all(s.endswith("open in Kenya?") for s in stems)


def test_a_region_named_as_a_place_takes_the_article() -> None:
    from quiz.facts.places import with_article

    assert with_article("Mekong Delta") == "the Mekong Delta"
    assert with_article("Kenya") == "Kenya"


def test_an_adaptation_change_is_asked_only_as_a_short_trap() -> None:
    for name in ("the-rice-barge", "the-loom-house"):
        film = review_film("round11" + ("4" if name == "the-rice-barge" else "3"), name)
        for q in questions_of(film):
            if q.type == "boolean":
                assert len(q.question) <= 150 and "by contrast" not in q.question, q.question
                assert q.correct_answer == "False" or q.template == "change-replaced"
