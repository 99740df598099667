"""Patterns of the blind review of round 76 (tests/fixtures/review/round76), which measured
d541394; fixed after it, one test each."""

from __future__ import annotations

from quiz.facts.places import territories
from quiz.generate.templates.awards import the_category

from .test_prose_facts import film_from, questions_of


def test_an_expansion_counted_in_words_is_no_release_of_its_own() -> None:
    film = film_from(
        "== Release ==\nNorthgate Pictures gave it a limited release in New York on May 17, "
        "1991, expanding to eleven cities the following month.\n",
        year=1989,
    )
    assert [e.date for e in film.events if e.kind == "release"] == ["1991-05-17"]


def test_a_regional_opening_ahead_of_the_nationwide_release_is_not_nationwide() -> None:
    film = film_from(
        "== Release ==\nShochiku opened it in Hokkaido on October 7, 1989, a week ahead of the "
        "nationwide release on 14 October 1989 on 165 screens.\n",
        infobox="- Director: Ana Lee\n- Country: Japan\n",
        year=1989,
    )
    releases = {e.date: (e.places, e.scope) for e in film.events if e.kind == "release"}
    assert releases == {
        "1989-10-07": (("Hokkaido",), None),
        "1989-10-14": (("Japan",), "nationwide"),
    }


def test_a_re_release_read_with_and_without_its_place_is_asked_with_it() -> None:
    film = film_from(
        "== Release ==\nIt opened in Japan on 14 October 1989. For its thirtieth anniversary, "
        "a 4K restoration premiered at the Tokyo International Film Festival on 3 November "
        "2019 and was re-released in cinemas in Hokkaido on 6 December 2019, the same day a "
        "Blu-ray of the restoration went on sale.\n",
        year=1989,
    )
    rereleases = [e.places for e in film.events if e.date == "2019-12-06"]
    assert rereleases == [("Hokkaido",)]


def test_cote_divoire_is_one_name() -> None:
    assert territories("It reached cinemas in Mali and Côte d'Ivoire in 1975.") == [
        "Mali",
        "Côte d'Ivoire",
    ]


def test_one_anniversary_showing_is_no_re_release() -> None:
    film = film_from(
        "== Legacy ==\nA copy was shown on the beach at Kayar in 2004 to mark the thirtieth "
        "anniversary of its release.\n",
        year=1974,
    )
    assert not [e for e in film.events if e.kind == "re_release"]


def test_one_years_run_is_asked_as_the_original_run_when_it_came_back() -> None:
    film = film_from(
        "== Release ==\nIt opened in Senegal in 1974 and was re-released in France in June "
        "2023.\n\n== Box office ==\nThe 1975 release in France drew 46,300 admissions.\n",
        infobox="- Director: Ana Lee\n- Country: Senegal\n",
        year=1974,
    )
    stems = [q.question for q in questions_of(film) if q.correct_answer == "46,300"]
    assert stems and all("original run" in s for s in stems)


def test_a_count_alongside_another_version_is_not_this_ones() -> None:
    film = film_from(
        "== Release ==\nImagem Sul Filmes opened the dubbed version in Brazil on March 8, 2013, "
        "on 210 screens, alongside a subtitled version in 14 cinemas in São Paulo and Rio de "
        "Janeiro.\n",
        infobox="- Director: Ana Lee\n- Country: Argentina\n",
        year=2012,
    )
    assert not [q for q in questions_of(film) if q.correct_answer == "14"]


def test_a_diploma_is_won_by_its_name() -> None:
    assert the_category("Diploma") == "the Diploma"
    assert the_category("Special Diploma") == "the Special Diploma"
