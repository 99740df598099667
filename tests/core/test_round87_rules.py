"""Patterns of the blind review of rounds 87 and 88 (tests/fixtures/review/round87, round88),
which measured 202a25a; fixed after it, one test each."""

from __future__ import annotations

from quiz.facts.places import territories

from .test_prose_facts import award_results, film_from, questions_of, review_film


def test_a_city_name_joined_by_de_la_is_whole() -> None:
    assert territories(
        "on 14 screens in La Paz, El Alto, Cochabamba, Santa Cruz de la Sierra and Sucre"
    ) == ["La Paz", "El Alto", "Cochabamba", "Santa Cruz de la Sierra", "Sucre"]


def test_reaching_a_count_of_screens_is_a_stage_of_the_run() -> None:
    film = film_from(
        "== Release ==\nAlliance opened the film in Saskatchewan and Manitoba on October 26, "
        "2001, on 22 screens, and expanded it across Canada the following month, reaching 148 "
        "screens on 16 November.\n",
        year=2001,
    )
    assert {e.date: e.kind for e in film.events}.get("2001-11-16") == "other"


def test_a_described_part_is_not_asked_against_someone_described_alike() -> None:
    film = review_film("round88", "the-golden-phoenix-teahouse")
    for question in questions_of(film):
        if question.question.startswith("Who plays a trolley lady"):
            assert "Fung Sau-lan" not in question.incorrect_answers


def test_a_songs_title_in_a_recipient_cell_is_no_person() -> None:
    film = review_film("round88", "the-golden-phoenix-teahouse")
    for question in questions_of(film):
        assert not any(option.startswith('"') for option in question.incorrect_answers)


def test_a_boats_name_in_a_described_part_gives_it_no_gender() -> None:
    film = review_film("round88", "the-whalers-of-pico")
    part = [m for m in film.cast if m.role == "a whaler of the Senhora da Guia"]
    assert part and part[0].gender is None
    for question in questions_of(film):
        assert "a whaler of the Senhora da Guia" not in question.question


def test_a_family_name_written_first_is_balanced_too() -> None:
    film = review_film("round88", "the-golden-phoenix-teahouse")
    for question in questions_of(film):
        if question.template == "note-to-role":
            leungs = [o for o in question.incorrect_answers if o.startswith("Leung ")]
            assert len(leungs) < 3 or (question.correct_answer or "").startswith("Leung ")


def test_a_prize_named_with_its_year_is_the_tables_row() -> None:
    film = review_film("round88", "the-whalers-of-pico")
    results = award_results(film)
    assert results[("Lisbon Press Club Awards", "Best Actor")] == "won"
    assert ("Lisbon Press Club Awards", "Best Actor of 1957") not in results


def test_a_second_winner_with_the_verb_left_out_won_too() -> None:
    film = review_film("round87", "el-camino-blanco")
    assert (
        award_results(film)[("Guadalajara International Film Festival", "Best Cinematography")]
        == "won"
    )


def test_a_source_side_naming_its_work_is_never_said_of_thereview_film() -> None:
    film = review_film("round88", "the-whalers-of-pico")
    for question in questions_of(film):
        if (question.template or "").startswith("change-") and question.correct_answer == "False":
            assert "of the story" not in question.question


def test_the_kind_of_cinema_before_a_city_is_no_place() -> None:
    assert territories(
        "it played in Chinatown cinemas in San Francisco, Vancouver and Toronto"
    ) == [
        "San Francisco",
        "Vancouver",
        "Toronto",
    ]


def test_no_release_abroad_is_offered_before_the_first_showing_at_home() -> None:
    film = review_film("round88", "the-golden-phoenix-teahouse")
    for question in questions_of(film):
        if "San Francisco" in question.question and question.correct_answer == "1986":
            assert "1985" not in question.incorrect_answers


def test_a_crew_key_is_not_the_one_man_among_women() -> None:
    film = review_film("round87", "last-rock-at-kessock")
    # Gauthier is "he" in the prose, Hrynchuk "she"; men and people of unknown gender come
    # first among the options.
    asked = [q for q in questions_of(film) if q.question.startswith("Who was the cinematographer")]
    assert asked
    for question in asked:
        assert "Wendy Hrynchuk" not in question.incorrect_answers


# --- rounds 89 and 90 (development) -------------------------------------------------------


def test_the_daughter_of_someone_gives_that_someone_no_gender() -> None:
    film = film_from(
        "== Plot ==\nOn a trip down to the village, Juro meets Anička, the daughter of Ďuro the "
        "miller.\n\n== Cast ==\n- Ondrej Halaj as Juro\n- Zuzana Mikulová as Anička\n"
        "- Ladislav Hanuliak as Ďuro, the miller\n",
        year=1983,
    )
    assert {m.role: m.gender for m in film.cast}["Ďuro"] != "female"


def test_a_wider_release_in_a_sentence_about_dubs_is_asked_by_its_scope() -> None:
    film = review_film("round89", "mio-and-the-lighthouse")
    stems = [q.question for q in questions_of(film) if q.correct_answer == "January 2022"]
    assert stems and all("dubbed" not in stem for stem in stems)


def test_a_holiday_is_no_place() -> None:
    assert territories("it was re-released in 42 Japanese cinemas for the Obon holidays") == [
        "Japan"
    ]


def test_the_czech_lands_are_not_the_later_republic() -> None:
    assert territories("it reached cinemas in the Czech lands on 1 April 1983") == ["Czech Lands"]
