"""The patterns behind the blind review of round 44 (tests/fixtures/review/round44), one
test each, on films written here."""

from __future__ import annotations

from quiz.facts.roles import category_meaning

from .test_prose_facts import film_from, questions_of


def test_a_delayed_premiere_is_no_premiere() -> None:
    film = film_from(
        "== Post-production ==\nThe final mix was completed in Ljubljana in February 2020, "
        "shortly before the pandemic delayed the planned spring premiere.\n",
        year=2020,
    )
    assert [e.kind for e in film.events] == ["other"]


def test_cinemas_closing_is_no_release_and_screens_name_their_country() -> None:
    film = film_from(
        "== Release ==\nWhen cinemas were closed in late October 2020, the distributor moved "
        "the film to video on demand. In Austria it opened on 20 May 2021, and it reached "
        "Czech screens the following month.\n",
        year=2020,
    )
    kinds = {e.date: (e.kind, e.place) for e in film.events}
    assert kinds["2020-10"][0] == "other"
    assert kinds["2021-06"] == ("release", "Czech Republic")


def test_a_trailers_length_is_not_its_rank() -> None:
    film = film_from(
        "== Release ==\nA 90-second trailer ran in Paris cinemas from the end of September 1984.\n",
        year=1984,
    )
    assert not [e for e in film.events if "second trailer" in e.what]


def test_a_threshold_passed_is_not_a_count() -> None:
    film = film_from(
        "== Reception ==\nIt was the first Cameroonian feature to pass 150,000 admissions in "
        "French cinemas.\n",
        year=1984,
    )
    assert not [q for q in questions_of(film) if q.correct_answer == "150,000"]


def test_art_director_and_art_direction_are_one_prize() -> None:
    assert category_meaning("Best Art Director") == category_meaning("Best Art Direction")
