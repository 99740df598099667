"""Patterns of the blind review of set-aside batch I (rounds 149–152, measured at 76ce314),
fixed after it, one test each (unmeasured until the next batch)."""

from __future__ import annotations

from quiz.generate.kinds import role_genders
from quiz.generate.orthography import pointing
from quiz.generate.templates.release import name_tells

from .test_prose_facts import questions_of, review_film


def test_a_dub_cast_line_ends_its_role_before_a_sentence_about_the_actor() -> None:
    # "- Louise Gauthier as Pierrette Bolduc. Gauthier, who is fluently bilingual, …"
    film = review_film("round151", "tire-sur-la-neige")
    roles = {m.role for m in film.cast if m.actor == "Louise Gauthier"}
    assert roles == {"Pierrette Bolduc"}


def test_a_role_before_a_company_is_no_part_of_its_name() -> None:
    film = review_film("round152", "the-last-danzaq")
    assert "Ribera Sur Films" in {d.company for d in film.distribution}
    assert not any(d.company.startswith("Co-producer") for d in film.distribution)


def test_a_limited_releases_count_is_not_the_runs() -> None:
    for round_name, name, figure in (
        ("round150", "verse-for-verse", "14,800"),
        ("round150", "forty-nights-on-the-naryn", "18,940"),
    ):
        questions = questions_of(review_film(round_name, name))
        assert not any(q.correct_answer == figure for q in questions)


def test_an_exhibition_that_opened_the_same_day_is_no_release() -> None:
    film = review_film("round151", "the-lindenwood-kingdom")
    released = [e for e in film.events if e.kind == "release" and "Chrudim" in e.places]
    assert released == []


def test_cities_landmarks_and_plain_words_a_player_ties_to_one_land() -> None:
    assert name_tells("Kumasi Pictures", "Ghana")
    assert name_tells("Petra Pictures", "Jordan")
    assert name_tells("Lykavittos Pictures", "Greece")
    assert pointing("Film Mondo", "Italy") == 2


def test_two_full_names_sharing_a_family_name_are_two_characters() -> None:
    # "Pech Vuthy" (a 72-year-old master) and his daughter "Pech Sokunthea", family name
    # first: the daughter's gender is not his.
    film = review_film("round149", "giants-of-the-white-screen")
    assert role_genders(film).get("pech vuthy") != "female"
    assert role_genders(film).get("pech sokunthea") == "female"


def test_a_version_of_a_character_keeps_its_gender() -> None:
    film = review_film("round55", "jali-mousso")
    assert role_genders(film).get("sira as a child") == "female"


def test_a_count_with_its_noun_left_out_settles_that_ceremonys_rows() -> None:
    # "… three nominations at the 11th Platino Awards, winning Best Music for Ayala, and
    # three at the APRECI Awards of the Peruvian film press, winning Best Peruvian Film."
    film = review_film("round152", "the-last-danzaq")
    results = {a.category: a.result for a in film.awards if a.ceremony == "APRECI Awards"}
    assert results == {
        "Best Peruvian Film": "won",
        "Best Actress": "nominated",
        "Best Supporting Actor": "nominated",
    }


def test_a_wide_openings_screens_are_asked_as_a_wide_opening() -> None:
    # "… in two Phnom Penh cinemas on 3 November, before opening wide on 38 screens"
    stems = [
        q.question for q in questions_of(review_film("round149", "giants-of-the-white-screen"))
    ]
    assert "On how many screens did Giants of the White Screen open wide in Cambodia?" in stems
    assert "On how many screens did Giants of the White Screen open in Cambodia?" not in stems
