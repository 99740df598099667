"""The patterns behind the blind review of round 55 (tests/fixtures/review/round55), one
test each, on films written here."""

from __future__ import annotations

from quiz.generate.kinds import role_genders

from .test_prose_facts import award_results, film_from, questions_of


def test_the_end_of_a_run_and_a_takings_date_are_no_releases() -> None:
    film = film_from(
        "== Box office ==\nIn France it drew 21,500 admissions in its opening week and 148,300 "
        "over a run that ended in June 1992; French takings to 31 December 1992 came to FF "
        "4.9 million.\n",
        year=1991,
    )
    assert not [e for e in film.events if e.kind == "release"]
    assert not [e for e in film.events if "FF" in e.places]


def test_nominations_for_a_prize_and_a_performance_and_prizes_named_with_extra_words() -> None:
    film = film_from(
        "== Accolades ==\n| Award | Year | Category |\n| FESPACO | 1993 | Étalon de Yennenga |\n"
        "| FESPACO | 1993 | Oumarou Ganda Prize |\n| FESPACO | 1993 | Best Music |\n"
        "| Best Music | Mamadou Sakho | |\n| FESPACO | 1993 | Best Actress |\n"
        "| Best Actress | Rama Diabaté | |\n\n"
        "At FESPACO it won the Oumarou Ganda Prize for a first work and a second Best Music "
        "award, while its nominations for the Étalon de Yennenga and for Diabaté's "
        "performance went unrewarded.\n",
        year=1991,
    )
    rows = award_results(film)
    assert rows[("FESPACO", "Oumarou Ganda Prize")] == "won"
    assert rows[("FESPACO", "Best Music")] == "won"
    assert rows[("FESPACO", "Étalon de Yennenga")] == "nominated"
    assert rows[("FESPACO", "Best Actress")] == "nominated"


def test_he_himself_is_no_role_word_for_the_name_after_it() -> None:
    film = film_from(
        "== Cast ==\n- Ana Ríos as Renata Solís, the cabaret's star singer\n- Ben Arce as Dr. "
        "Julián Arce\n\n== Plot ==\nThere Arce shoots Haddad, revealing that he himself "
        "killed Renata.\n",
        year=1966,
    )
    assert role_genders(film).get("renata solís") != "male"


_RUN = (
    "== Production ==\nShooting began on 8 November 1965 and ended on 28 January 1966.\n\n"
    "== Release ==\nThe film opened at the Cine Ocean in Buenos Aires on May 19, 1966. Tango "
    "di sangue opened in Rome and Milan on 9 March 1967 and went into wide release in April "
    "1967 on 112 screens. The film was also released in Spain in 1968. In Italy, the opening "
    "week in Rome and Milan brought in 38 million lire.\n"
)


def test_years_after_the_wrap_and_the_first_release_and_a_wide_release_in_no_country() -> None:
    film = film_from(
        _RUN,
        infobox="- Director: Ana Lee\n- Country: Argentina\n- Released: 1966-05-19\n",
        year=1966,
    )
    questions = questions_of(film)
    for q in questions:
        if q.template == "event-to-date" and q.question.startswith("In which year"):
            assert all(int(o) >= 1966 for o in q.options), q.options
    stems = [q.question for q in questions]
    assert not any("go into wide release?" in s for s in stems)
    # the bare "released" would read as any later opening: the placed question asks it
    assert not any(s == "On what date was Test Film released?" for s in stems)
    assert any("released in Buenos Aires" in s for s in stems)
    lire = [q for q in questions if q.correct_answer == "38 million lire"]
    assert lire and all(o.endswith(" million lire") for o in lire[0].options)


def test_an_opening_purpose_keeps_the_place_and_another_events_tail_its_words() -> None:
    film = film_from(
        "== Release ==\nTo mark its tenth anniversary, Nordisk Film re-released the film in "
        "twelve Danish cinemas in March 2018, on the same day as a new digital restoration "
        "was shown in Copenhagen.\n",
        infobox="- Director: Ana Lee\n- Country: Denmark\n",
        year=2008,
    )
    again = [e for e in film.events if e.kind == "re_release"]
    assert again and again[0].places == ("Denmark",)
    assert "restor" not in again[0].what


def test_a_special_mention_is_received() -> None:
    film = film_from(
        "== Cast ==\n- Ida Skov as Sara, a girl\n- Nanna Fogh as Lise, her mother\n- Kirsten "
        "Dahl as Bodil, her grandmother\n- Birgitte Lund as Agnes, an aunt\n\n"
        "== Accolades ==\n| Award | Year | Category |\n"
        "| Berlin International Film Festival | 2008 | Crystal Bear |\n"
        "| Special Mention | Ida Skov | |\n\n"
        "In Berlin the jury gave Skov a special mention.\n",
        year=2008,
    )
    asked = [q for q in questions_of(film) if q.correct_answer == "Ida Skov"]
    mention = [q for q in asked if "mention" in q.question]
    assert mention and mention[0].question.startswith("Who received a special mention at")


def test_a_disc_is_offered_among_other_discs_when_the_story_has_them() -> None:
    film = film_from(
        "== Release ==\nThe film opened in Denmark on 10 January 2008 and in Norway on 7 March "
        "2008. It opened in the United Kingdom on March 6, 2009. A Danish DVD was released "
        "on 4 September 2008, and a Blu-ray edition followed on 12 May 2012.\n",
        infobox="- Director: Ana Lee\n- Country: Denmark\n",
        year=2008,
    )
    dvd = [
        q for q in questions_of(film) if q.template == "date-to-event" and "DVD" in q.correct_answer
    ]
    for q in dvd:
        assert any("Blu-ray" in o for o in q.incorrect_answers), q.options
