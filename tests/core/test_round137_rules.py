"""Patterns batch E's blind review left open (rounds 134–136), fixed before set-aside batch F
was generated: one test each, on synthetic articles in the seed format."""

from __future__ import annotations

from .test_prose_facts import film_from, questions_of, review_film

_DUBBED_FILM = (
    "== Cast ==\n- Pema Lama as Dorje\n\n=== Hindi dub cast ===\n- Ajit Rao as Dorje\n\n"
    "== Release ==\nThe film opened in Kathmandu on 19 April 1991. In August 1991, the "
    "distribution rights were acquired by Ganesh Films in India, for the Hindi version. The "
    "Hindi version, Parvat Ki Chhaya, was released in India on October 4, 1991, on 85 screens. "
    "The Nepali original opened in Darjeeling and Gangtok on the same day.\n\n"
    "== Box office ==\nThe film grossed Rs 1.62 crore in Nepal during its first run. The Hindi "
    "version grossed ₹2.1 crore in India.\n"
)


def test_a_version_named_before_an_aside_is_the_subject_of_its_release() -> None:
    film = film_from(_DUBBED_FILM, year=1991)
    india = [e for e in film.events if e.kind == "release" and e.places == ("India",)]
    assert [e.what for e in india] == ["release of the dubbed version, India"]
    assert india[0].source.quote.startswith("The Hindi version, Parvat Ki Chhaya,")


def test_a_versions_screens_and_takings_are_asked_as_that_versions() -> None:
    stems = {q.correct_answer: q.question for q in questions_of(film_from(_DUBBED_FILM, year=1991))}
    assert stems["85"] == "On how many screens did the Hindi version of Test Film open in India?"
    assert stems["₹2.1 crore"] == "How much did the Hindi version of Test Film gross in India?"


def test_one_countrys_count_restated_bare_is_never_the_runs_total() -> None:
    film = film_from(
        "== Box office ==\nThe film sold 41,382 tickets in Paraguay during its first run. In "
        "Argentina, it sold 12,615 tickets.\n\n== Reception ==\nWith 41,382 admissions, it was "
        "the most-watched Paraguayan film of 2015.\n",
        infobox="- Director: Ana Lee\n- Country: Paraguay\n",
        year=2014,
    )
    for question in questions_of(film):
        if question.correct_answer.endswith("41,382"):
            assert "Paraguay" in question.question


def test_the_date_after_a_counted_month_restates_it_with_the_place_before() -> None:
    film = film_from(
        "== Release ==\nThe film premiered in Kathmandu on 19 April 1991. It went on wide "
        "release across Nepal the following month, on 24 May 1991, in 31 halls, including "
        "halls in Pokhara, Biratnagar and Nepalgunj.\n",
        infobox="- Director: Ana Lee\n- Country: Nepal\n",
        year=1991,
    )
    wide = [(e.date, e.places) for e in film.events if e.scope == "wide"]
    assert wide == [("1991-05-24", ("Nepal",))]


def test_towns_that_break_a_place_down_are_not_the_place() -> None:
    film = film_from(
        "== Release ==\nThe film premiered in Kathmandu on 19 April 1991. It opened the same "
        "day in three other halls in the Kathmandu Valley, one each in Kathmandu, Patan and "
        "Bhaktapur, as a limited release.\n",
        year=1991,
    )
    limited = [e.places for e in film.events if e.scope == "limited"]
    assert limited == [("Kathmandu Valley",)]


def test_a_wide_release_with_screenings_in_a_region_is_a_release() -> None:
    film = film_from(
        "== Release ==\nThe film opened in a limited release at four cinemas in Antananarivo on "
        "June 23, 2023. It expanded to a wide release of 38 screens on July 7, 2023, including "
        "mobile cinema screenings in the SAVA region.\n",
        year=2023,
    )
    july = [(e.kind, e.scope, e.places) for e in film.events if e.date == "2023-07-07"]
    assert july == [("release", "wide", ())]


def test_a_subject_cut_off_by_an_aside_labels_the_re_release() -> None:
    film = film_from(
        "== Release ==\nThe film opened in Slovakia on 2 October 2010. A 4K remaster, made by "
        "the Slovak Film Institute, was re-released in Slovak cinemas on 2 December 2021.\n",
        year=2010,
    )
    again = [e for e in film.events if e.kind == "re_release"]
    assert [e.what for e in again] == ["4K re-release, Slovakia"]
    assert again[0].source.quote.startswith("A 4K remaster,")


def test_a_festival_premiere_at_home_is_no_wrong_first_opening_in_cinemas() -> None:
    # "premiered at the Festival de Cine de Cuenca on 3 August 1989", then "opened in
    # Ecuador on August 18, 1989": the festival day is a showing in Ecuador a player defends.
    asked = [
        q
        for q in questions_of(review_film("round134", "the-last-crossing"))
        if "first open in cinemas in Ecuador" in q.question
    ]
    assert asked
    for question in asked:
        assert "August 3, 1989" not in question.incorrect_answers


def test_a_video_in_the_same_country_is_no_wrong_year_of_its_release() -> None:
    film = film_from(
        "== Release ==\nThe film opened in Ecuador on August 18, 1989. A French-dubbed version, "
        "La Traversée, was released in France in 1990.\n\n== Home media ==\nThe film was "
        "released on VHS in Ecuador in 1990 and in France, in its dubbed version, in 1991.\n",
        infobox="- Director: Ana Lee\n- Country: Ecuador\n",
        year=1989,
    )
    for question in questions_of(film):
        if "released in France" in question.question and question.correct_answer == "1990":
            assert "1991" not in question.incorrect_answers


def test_an_approximate_count_keeps_its_hedge_in_the_options() -> None:
    film = film_from(
        "== Box office ==\nDuring its first run in Haiti, the film sold about 412,000 tickets.\n",
        infobox="- Director: Ana Lee\n- Country: Haiti\n",
        year=1974,
    )
    counts = [q for q in questions_of(film) if "412,000" in q.correct_answer]
    assert counts
    for question in counts:
        assert question.correct_answer == "About 412,000"
        assert all(option.startswith("About ") for option in question.incorrect_answers)


def test_a_cast_notes_second_sentence_is_no_part_of_the_stem() -> None:
    # "Mariam Karapetyan as Anush, the village schoolteacher. Karapetyan was Ghukasyan's
    # wife, …": the second sentence is about the actor (and its "wife" is no relation of
    # the character's).
    for question in questions_of(review_film("round136", "ripe-apricots")):
        assert "Ghukasyan's wife" not in question.question


def test_a_part_the_prose_gives_the_actor_on_stage_is_no_wrong_role() -> None:
    film = film_from(
        "== Cast ==\n- Grigor Tonoyan as Vardan Avetisyan\n- Armen Zakaryan as Gurgen Sahakyan\n"
        "- Sedrak Mnatsakan as Mushegh Sahakyan\n- Ruben Arzumanyan as Arshak\n"
        "- Levon Tatev as Sako\n\n== Legacy ==\nIn 1978, the Sundukyan Theatre staged an "
        "adaptation of the screenplay, with Zakaryan, by then in his fifties, playing Mushegh.\n",
        year=1953,
    )
    assert ("Armen Zakaryan", "Mushegh") in film.played_in_prose
    for question in questions_of(film):
        if "Armen Zakaryan" in question.question and question.category == "cast":
            assert "Mushegh Sahakyan" not in question.incorrect_answers


def test_the_one_prize_the_film_itself_won_is_named_in_the_stem() -> None:
    film = film_from(
        "== Release ==\nThe film opened in Yerevan on 12 October 1953.\n\n"
        "== Accolades ==\n| Year | Award | Category | Recipient | Result |\n"
        "| 1954 | Karlovy Vary International Film Festival | Prize for Comedy | Ana Lee | Won |\n"
        "| 1955 | Bordighera Humour Film Festival | Best Actress | Lia Mer | Nominated |\n"
        "| 2013 | Golden Apricot Yerevan International Film Festival | Heritage Award | "
        "National Cinema Center of Armenia | Won |\n"
        "| 2013 | Golden Apricot Yerevan International Film Festival | Audience Award | "
        "Test Film | Won |\n",
        year=1953,
    )
    stems = [q.question for q in questions_of(film) if q.correct_answer == "2013"]
    assert any("win the Audience Award at" in s for s in stems)
    assert not any(
        s.endswith("win at the Golden Apricot Yerevan International Film Festival?") for s in stems
    )


def test_a_german_looking_name_points_to_west_germany_too() -> None:
    from quiz.generate.orthography import looks_from, pointing

    assert "West Germany" in looks_from("Nordstern Filmverleih")
    assert pointing("Nordstern Filmverleih", "West Germany") is not None


def test_a_subtitled_version_after_a_dubbed_one_is_the_film_itself() -> None:
    film = film_from(
        "== Release ==\nIn Italy, Mirto Film released the dubbed version, Il dito di luce, on "
        "November 28, 2013 on 45 screens; a subtitled version opened in Rome and Milan the same "
        "day.\n",
        year=2012,
    )
    rome = [e.what for e in film.events if "Rome" in e.places]
    assert rome == ["release, Rome and Milan"]


def test_an_unplaced_dub_is_no_wrong_answer_for_a_discs_day() -> None:
    # "Mirto Film released Il dito di luce on DVD and Blu-ray in Italy on 13 May 2014, with
    # both the Italian dub and the original soundtrack": a dubbed version came out that day.
    asked = [
        q
        for q in questions_of(review_film("round132", "finger-of-light"))
        if q.correct_answer.startswith("It was released on DVD")
    ]
    assert asked
    for question in asked:
        assert not any("dubbed" in o for o in question.incorrect_answers)


def test_a_premiere_in_an_opening_phrase_is_not_held_where_the_run_is() -> None:
    film = film_from(
        "== Release ==\nThe film premiered at the Festival International du Film "
        "d'Antananarivo on 14 April 2023. After its premiere on 14 April 2023, the film opened "
        "in a limited release at four cinemas in Antananarivo on June 23, 2023.\n",
        year=2023,
    )
    venues = {e.venue for e in film.events if e.kind == "premiere"}
    assert "Antananarivo" not in venues
