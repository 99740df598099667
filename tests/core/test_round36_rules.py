"""The patterns behind the blind review of round 36 (tests/fixtures/review/round36), one
test each, on films written here."""

from __future__ import annotations

from .test_prose_facts import film_from, questions_of


def test_a_stage_version_of_the_film_opening_is_no_release() -> None:
    film = film_from(
        "== Legacy ==\nA stage version adapted by Jonas Berg opened at a children's theatre "
        "in Odense on 14 March 2008 and toured Denmark for two seasons.\n",
        year=1989,
    )
    assert [e.kind for e in film.events if e.date == "2008-03-14"] == ["other"]


def test_a_bare_teaser_is_not_asked_but_a_named_trailer_is() -> None:
    film = film_from(
        "== Release ==\nA teaser came out in July 2023, and the full trailer was released on "
        "15 September 2023. Ahead of release, an audio teaser was posted online.\n",
        year=2023,
    )
    stems = [q.question for q in questions_of(film)]
    assert not [s for s in stems if "the teaser" in s]
    assert [s for s in stems if "the full trailer" in s]


def test_a_holiday_is_no_place_and_nationwide_is_the_home_country() -> None:
    film = film_from(
        "== Release ==\nThe film opened nationwide on 27 October 2023, in time for Halloween.\n",
        infobox="- Director: Ana Lee\n- Country: Vietnam\n",
        year=2023,
    )
    releases = [e for e in film.events if e.kind == "release"]
    assert [e.places for e in releases] == [("Vietnam",)]


def test_a_second_figure_keeps_its_own_pair_of_places() -> None:
    film = film_from(
        "== Box office ==\nOverseas it earned about $148,000 in the United States and Canada "
        "and $65,000 in Australia and New Zealand.\n",
        year=2023,
    )
    asked = [q.question for q in questions_of(film) if q.correct_answer == "$65,000"]
    assert asked and all("Australia and New Zealand" in s for s in asked)


def test_an_anniversary_of_something_else_is_not_the_films() -> None:
    film = film_from(
        "== Release ==\nFor the 550th anniversary of the Kazakh Khanate, a remastered print "
        "was returned to Kazakh cinemas on 10 December 2015.\n",
        year=2005,
    )
    stems = [q.question for q in questions_of(film) if q.correct_answer == "December 10, 2015"]
    assert all("its 550th" not in s for s in stems)
    # Since round 56 the day of an anniversary of something else is not asked at all: the
    # calendar gives it to whoever knows when the Khanate (or reunification) came about.
    assert not any("anniversary of the Kazakh Khanate" in s for s in stems)


_CAST = (
    "== Cast ==\n- Lan Vu as Thu, a sound engineer\n"
    "- Hoa Le as Bà Nhàn, Thu's grandmother, as a young woman in 1945\n"
    "- Mai Do as Cô Hạnh, Thu's aunt\n- Linh Bui as Bà Sáu, Thu's great-aunt\n"
    "- Ngoc Pham as Chị Hoa, Thu's cousin\n- Tam Ho as Khải, Thu's boyfriend\n"
    "- Kim Ly as Lan, a schoolteacher\n- Bich Ngo as Nga, a nun\n- Yen Ta as My, a nurse\n"
    "- Jens Okkels as the voice of Valdemar, the paper whale\n\n"
    "== Casting ==\nThe actress Mai Do joined first. The actress Linh Bui followed her. The "
    "actress Ngoc Pham was cast last. The actress Lan Vu was a newcomer. The actress Hoa Le came from the stage. "
    "The actresses Kim Ly, Bich Ngo and Yen Ta completed the cast; each of them had her own "
    "scene.\n"
)


def test_an_age_note_stays_in_the_stem() -> None:
    film = film_from(_CAST, year=2023)
    stems = [q.question for q in questions_of(film) if q.correct_answer == "Hoa Le"]
    assert stems and all("as a young woman in 1945" in s for s in stems)


def test_the_voice_of_a_character_is_a_voiced_role() -> None:
    film = film_from(_CAST, year=2023)
    valdemar = next(m for m in film.cast if m.actor == "Jens Okkels")
    assert (valdemar.role, valdemar.voice) == ("Valdemar", True)
