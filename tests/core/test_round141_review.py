"""Patterns of the blind review of set-aside batch G (rounds 141–144, measured at 1fdd013),
fixed after it, one test each (unmeasured until the next batch)."""

from __future__ import annotations

from quiz.facts.places import with_article

from .test_prose_facts import film_from, questions_of, review_film


def test_a_title_in_another_language_is_no_credit() -> None:
    film = film_from(
        "",
        infobox="- French: Le Marché des petits dieux\n- Screenplay by: Kossi Amegah\n",
        year=2023,
    )
    assert [c.name for c in film.credits] == ["Kossi Amegah"]


def test_a_cut_running_some_minutes_is_another_version() -> None:
    film = film_from(
        "== Release ==\nA director's cut running 121 minutes was re-released in Togolese "
        "cinemas on 10 January 2025.\n",
        infobox="- Director: Ana Lee\n- Runtime: 112 minutes\n",
        year=2023,
    )
    assert film.other_runtimes == [121]


def test_a_stage_casts_character_is_no_character_of_the_film() -> None:
    # "=== Original stage cast === … Thandeka Simelane as Bongiwe, the pastor's daughter",
    # a character the film cut.
    for question in questions_of(review_film("round141", "the-reed-choir")):
        assert "pastor's daughter" not in question.question


def test_the_figure_of_a_film_it_overtook_is_no_takings_of_its_own() -> None:
    film = film_from(
        "== Box office ==\nDrum Skin sold 48,310 tickets in Curaçao during its first run. It "
        "became the most-attended local film, overtaking the 2009 comedy Sombra di Kas, which "
        "had sold 31,200 tickets.\n",
        infobox="- Director: Ana Lee\n- Country: Curaçao\n",
        year=2018,
    )
    assert not any("31,200" in q.correct_answer for q in questions_of(film))


def test_an_audience_of_free_screenings_is_no_admissions_count() -> None:
    film = film_from(
        "== Box office ==\nThe film grossed US$918,000 worldwide. The free anniversary "
        "screenings drew an estimated 35,000 viewers.\n",
        year=2017,
    )
    assert not any("35,000" in q.correct_answer for q in questions_of(film))


def test_a_total_before_a_colon_has_no_window_of_its_parts() -> None:
    film = film_from(
        "== Box office ==\nIn Eritrea the film sold 61,400 tickets: 52,900 during its first "
        "run and 8,500 during the 2024 re-release.\n",
        year=2022,
    )
    totals = [n for n in film.numbers if n.value == 61_400]
    assert totals and totals[0].period is None


def test_an_author_named_after_a_description() -> None:
    film = film_from(
        "Test Film is a 2023 thriller based on the 2015 memoir Les Dieux du marché by former "
        "police inspector Ablavi Kuevidjen, written by Kossi Amegah and Dzifa Lawson.\n",
        year=2023,
    )
    work = film.source_work
    assert work is not None
    assert (work.title, work.author) == ("Les Dieux du marché", "Ablavi Kuevidjen")


def test_a_caribbean_region_takes_its_article() -> None:
    assert with_article("Dutch Caribbean") == "the Dutch Caribbean"


def test_a_role_ends_where_a_sentence_about_its_actor_begins() -> None:
    film = film_from(
        "== Cast ==\n- Giovanni Rosaria as Pastor Raymond Leito. Rosaria also served as the "
        "film's Papiamentu dialogue coach.\n- Peadar Lonergan as Fr. Michael Kinsella\n",
        year=2018,
    )
    assert [m.role for m in film.cast] == ["Pastor Raymond Leito", "Fr. Michael Kinsella"]
    assert film.cast[0].note == "Rosaria also served as the film's Papiamentu dialogue coach."


def test_a_relation_in_a_stem_is_the_notes_first_sentence() -> None:
    for question in questions_of(review_film("round142", "the-forty-knots")):
        assert "19-year-old student" not in question.question


def test_a_role_named_inside_its_actors_given_name_is_not_asked() -> None:
    for question in questions_of(review_film("round142", "the-forty-knots")):
        if question.category == "cast":
            assert "Ogulbibi Rejepowa" not in question.question
            assert "Bibi in" not in question.question


def test_a_stunt_ahead_of_the_release_is_no_release() -> None:
    film = film_from(
        "== Release ==\nIt opened in Eswatini on 25 August 2023. Ahead of the Eswatini release, "
        "the eight young actresses staged a surprise performance at the Manzini bus rank on 12 "
        "August 2023.\n",
        year=2023,
    )
    assert [e.kind for e in film.events if e.date == "2023-08-12"] == ["other"]


def test_rights_for_territories_outside_a_region_say_so() -> None:
    film = film_from(
        "== Release ==\nIt began streaming on Showmax in Southern Africa on 1 March 2024, and "
        "Netflix, which acquired streaming rights for all territories outside Southern Africa "
        "in January 2024, added it on March 29, 2024.\n",
        year=2023,
    )
    stems = [q.question for q in questions_of(film) if "rights" in q.question]
    assert stems and all("outside Southern Africa" in s for s in stems)
    assert not any("African" in s for s in stems)


def test_the_teams_commissioned_work_is_no_shoot() -> None:
    film = film_from(
        "== Production ==\nThe production commissioned 40 carpets from 23 weavers of the "
        "Ahal region, who worked on them from October 2017 to September 2018.\n",
        year=2021,
    )
    assert not any(e.kind.startswith("filming") for e in film.events)


def test_beginning_to_write_the_story_is_no_shoot() -> None:
    film = film_from(
        "== Development ==\nRosalia began writing the story in 2013 after recording her "
        "great-aunt singing tambú songs.\n",
        year=2018,
    )
    assert not any(e.kind.startswith("filming") for e in film.events)


def test_an_animal_in_the_cast_is_never_offered_as_a_person() -> None:
    # "- Sinbo as Geesi, the prize camel" was offered as a top-billed star and a narrator.
    questions = questions_of(review_film("round144", "a-camel-for-the-best-verse"))
    assert any("narrator" in q.question for q in questions)
    for question in questions:
        assert "Sinbo" not in (question.correct_answer, *question.incorrect_answers)


def test_an_explanation_says_where_a_company_bought_and_where_it_released() -> None:
    film = film_from(
        "== Release ==\nDardania Film released the film in Kosovo on 3 March 2022. Dardania "
        "Film acquired the rights for North Macedonia, Cinéart acquired the rights for "
        "Belgium, Arthaus bought the rights for Norway and Curzon acquired the rights for the "
        "United Kingdom.\n",
        infobox="- Director: Ana Lee\n- Country: Albania\n",
        year=2021,
    )
    explained = [
        q.explanation
        for q in questions_of(film)
        if "distributor-to-territory" in q.tags and "Dardania" in q.question
    ]
    assert explained == [
        "Dardania Film acquired Test Film for North Macedonia and released it in Kosovo."
    ]


def test_a_widening_is_asked_as_one() -> None:
    stems = [q.question for q in questions_of(review_film("round142", "the-drone-keepers"))]
    assert "Where did The Drone Keepers expand to a wide release on October 6, 2023?" in stems
    assert "Where was The Drone Keepers released on October 6, 2023?" not in stems


def test_the_source_works_author_holds_more_than_one_credit() -> None:
    # Zanele Magagula wrote the screenplay and the play it is based on.
    stems = [q.question for q in questions_of(review_film("round141", "the-reed-choir"))]
    assert "Which of these was one of Zanele Magagula's jobs on The Reed Choir?" in stems
