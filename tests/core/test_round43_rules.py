"""The patterns behind the blind review of round 43 (tests/fixtures/review/round43), one
test each, on films written here."""

from __future__ import annotations

from .test_prose_facts import film_from, questions_of


def test_a_teaser_attached_to_other_releases_is_a_trailer() -> None:
    film = film_from(
        "== Release ==\nA teaser trailer was attached to prints of other Siam Pictures "
        "releases from early March 1991. The film opened in Bangkok on 12 April 1991.\n",
        year=1991,
    )
    assert [e.kind for e in film.events if e.date == "1991-03"] == ["trailer"]


def test_a_date_days_before_the_film_opened_is_not_the_opening() -> None:
    film = film_from(
        "== Post-production ==\nTomoe Kishi finished editing on December 8, 1967, nine days "
        "before the film opened.\n",
        year=1967,
    )
    assert [e.kind for e in film.events] == ["other"]


def test_returning_to_the_big_screen_is_a_re_release() -> None:
    film = film_from(
        "== Release ==\nIt opened in Lithuania on 9 October 2015. In summer 2020 it returned "
        "to the big screen as part of a programme of open-air screenings.\n",
        year=2015,
    )
    assert [e.kind for e in film.events if e.date == "2020"] == ["re_release"]


def test_one_units_filming_dates_are_not_the_whole_shoot() -> None:
    film = film_from(
        "== Filming ==\nThe drama unit began principal photography on August 4, 1967, and "
        "finished on September 19, 1967. The effects unit filmed until October 30, 1967.\n",
        year=1967,
    )
    answers = {q.correct_answer for q in questions_of(film)}
    assert not answers & {"August 4, 1967", "September 19, 1967"}


def test_a_director_called_by_his_given_name_is_the_same_person() -> None:
    film = film_from(
        "== Filming ==\nChatchai cut the film himself over eleven weeks and took no editing "
        "credit.\n",
        infobox="- Director: Chatchai Srisawat\n- Writer: Chatchai Srisawat, Wan Phrom\n",
        year=1991,
    )
    assert {c.name for c in film.credits} == {"Chatchai Srisawat", "Wan Phrom"}


def test_takings_over_some_weeks_say_over_how_long() -> None:
    film = film_from(
        "== Box office ==\nIn Hong Kong it earned HK$1.2 million over four weeks.\n",
        year=1991,
    )
    asked = [q.question for q in questions_of(film) if q.correct_answer == "HK$1.2 million"]
    assert asked and all(s.endswith("in Hong Kong over four weeks?") for s in asked)
