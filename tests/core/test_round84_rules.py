"""Patterns of the blind review of rounds 84 and 85 (tests/fixtures/review/round84, round85),
which measured 6007a2b; fixed after it, one test each."""

from __future__ import annotations

from quiz.generate.templates.release import dubbed_version

from .test_prose_facts import award_results, film_from, questions_of, review_film


def test_the_pronoun_in_a_whose_clause_is_not_the_named_ones() -> None:
    film = film_from(
        "== Plot ==\nKojo also recruits Esi Amoah, a market trader's daughter whose voice he "
        "hears at a church harvest.\n\n== Cast ==\n- Kobina Ennin as Kojo Mensah\n"
        "- Adwoa Owusu as Esi Amoah\n",
        year=1972,
    )
    assert {m.role: m.gender for m in film.cast}["Esi Amoah"] != "male"


def test_a_band_the_prose_names_is_never_offered_as_a_person() -> None:
    film = film_from(
        "== Music ==\nZeeshan Alvi composed the background score, while the Lahore folk-fusion "
        "band Rung Barang wrote and performed five songs.\n",
        infobox="- Director: Hamza Shafiq\n- Writer: Sana Rizvi\n- Producer: Imran Baig, "
        "Farah Lodhi\n- Cinematography: Umair Jafri\n- Music: Zeeshan Alvi, Rung Barang\n"
        "- Country: Pakistan\n",
        year=2019,
    )
    assert [c.group for c in film.credits if c.name == "Rung Barang"] == [True]
    for question in questions_of(film):
        assert "Rung Barang" not in (question.correct_answer, *question.incorrect_answers)


def test_a_songwriter_is_no_wrong_answer_for_one_of_the_writers() -> None:
    film = film_from(
        "== Music ==\nThe film contains fourteen musical numbers, eleven of which were written "
        "for it by Kwesi Ampong and arranged by Yaw Darko Mensah.\n",
        infobox="- Director: Kwaw Mensah\n- Writer: Kwaw Mensah, Ama Quaye\n- Producer: Kofi "
        "Ansah\n- Cinematography: Emmanuel Larbi\n- Editing: Margaret Adjei\n- Music: Kwesi "
        "Ampong, Yaw Darko Mensah\n- Country: Ghana\n",
        year=1972,
    )
    asked = [q for q in questions_of(film) if "Kwesi Ampong" in q.question]
    assert asked
    for question in questions_of(film):
        if "writers" in question.question:
            assert "Kwesi Ampong" not in question.incorrect_answers
    for question in asked:
        assert "Writer" not in question.incorrect_answers


def test_nominations_at_two_ceremonies_that_led_to_no_wins_are_nominations() -> None:
    film = film_from(
        "== Accolades ==\n| Award | Year | Category |\n|---|---|---|\n"
        "| Biarritz Festival of Latin American Cinema | 1990 | Best Film |\n"
        "| Goya Awards | 1991 | Best Spanish Language Foreign Film |\n\n"
        "The nominations at Biarritz in 1990 and at the Goya Awards in 1991 did not lead to "
        "wins.\n",
        year=1989,
    )
    assert set(award_results(film).values()) == {"nominated"}


def test_towns_a_release_reached_the_following_month_are_its_places() -> None:
    film = film_from(
        "== Release ==\nIn Nigeria the film opened in Lagos on March 9, 1973, reaching Ibadan "
        "and Kano the following month.\n",
        year=1972,
    )
    april = [e for e in film.events if e.date == "1973-04"]
    assert [e.places for e in april] == [("Ibadan", "Kano")]


def test_a_dubbed_versions_language_is_named_in_the_stem() -> None:
    # Round 84's article: "The Pashto version opened in 14 cinemas in Peshawar, Mardan and
    # Quetta on 6 September 2019."
    film = review_film("round84", "phool-patti")
    stems = [q.question for q in questions_of(film) if "Peshawar" in q.question]
    assert stems and all("the Pashto version of Phool Patti" in stem for stem in stems)
    assert dubbed_version("The dubbed version opened in Los Angeles") == "the dubbed version"
    assert dubbed_version("a Russian-dubbed version") == "the Russian-dubbed version"


def test_a_film_prize_collected_by_its_director_is_the_films() -> None:
    # Round 84's article: "| Best Feature Film | Martin Aigner |" at Banff, the director's.
    film = review_film("round84", "cold-bivouac")
    assert any(
        a.category == "Best Feature Film" and a.recipient == "Martin Aigner" for a in film.awards
    )
    for question in questions_of(film):
        assert not question.question.startswith("Which award did Martin Aigner win")


def test_no_festival_screening_year_before_the_premiere_is_offered() -> None:
    # Round 84's article: premiered in March 1998, screened at Trento in the spring of 1999.
    film = review_film("round84", "cold-bivouac")
    trento = [q for q in questions_of(film) if "screened at the Trento" in q.question]
    assert trento
    for question in trento:
        assert all(option >= "1998" for option in question.incorrect_answers)


def test_a_festival_slot_is_worded_as_a_screening() -> None:
    film = film_from(
        "== Release ==\nThe film opened the Diagonale Festival in Graz on 19 March 1998. It was "
        "released in Austria on 2 October 1998, in Germany on October 22, 1998, and in the "
        "United Kingdom on 5 February 1999.\n",
        year=1998,
    )
    options = [o for q in questions_of(film) for o in (q.correct_answer, *q.incorrect_answers)]
    assert not [o for o in options if "slot as" in o]


def test_a_dub_recorded_at_a_studio_is_no_release() -> None:
    film = film_from(
        "== Release ==\nThe Russian-language version distributed outside Estonia was recorded "
        "at the Gorky Film Studio in Moscow in the spring of 1985.\n",
        year=1984,
    )
    assert [e.kind for e in film.events if e.date == "1985"] == ["other"]


def test_a_kinship_title_is_never_the_one_titled_option() -> None:
    # Round 84's article: "Naseem Durrani as Amma Jee, Bilal's grandmother", among plain names.
    film = review_film("round84", "phool-patti")
    for question in questions_of(film):
        if question.correct_answer == "Amma Jee":
            assert "grandmother" not in question.question
