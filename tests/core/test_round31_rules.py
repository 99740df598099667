"""The patterns behind the blind review of round 31 (tests/fixtures/review/round31), one
test each, on films written here."""

from __future__ import annotations

from quiz.facts.events import classify

from .test_prose_facts import film_from, questions_of


def test_a_premiere_named_before_its_date_keeps_its_place() -> None:
    film = film_from(
        "== Release ==\nAfter its premiere at Venice on 31 August 2019, the film screened at "
        "the BFI London Film Festival in October 2019.\n",
        year=2019,
    )
    venues = [e.venue for e in film.events if e.kind == "premiere"]
    assert venues == ["Venice"]


def test_a_release_a_distributor_had_set_is_a_plan() -> None:
    assert classify("Rivage Films had set the French release for 8 April 2020") == "other"


def test_screens_across_a_country_after_the_figure() -> None:
    film = film_from(
        "== Release ==\nThe gala premiere took place in Kuala Lumpur on 19 August 2003, two "
        "days before the film opened on 48 screens across Malaysia on 21 August 2003.\n",
        year=2003,
    )
    asked = [q for q in questions_of(film) if q.correct_answer == "48"]
    assert asked and all("in Malaysia" in q.question for q in asked), asked


def test_a_film_stock_is_no_filming_location() -> None:
    film = film_from(
        "== Production ==\nThe cinematographer shot in Eastmancolor on the Havel, which stood "
        "in for the Thames.\n"
    )
    assert "Eastmancolor" not in {loc.place for loc in film.locations}


def test_an_actor_sharing_a_name_with_the_role_or_its_relative_is_not_asked() -> None:
    film = film_from(
        "== Cast ==\n- Kenny Lim as Benny Tan\n- Tan Bee Lian as Ah Ma, Benny's grandmother\n"
        "- Rozita Yaacob as Liza\n- Kavitha Ramasamy as Devi\n- Hamidah Said as Mak Temah\n"
        "- Aishah Rahim as Siti\n"
    )
    asked = [q for q in questions_of(film) if q.template in {"role-to-actor", "actor-to-role"}]
    assert not [q for q in asked if "Tan Bee Lian" in (q.question, q.correct_answer)]


def test_an_unnamed_home_media_release_beside_a_named_one_is_not_asked() -> None:
    film = film_from(
        "== Release ==\nThe film opened in Malaysia on 21 August 2003. The distributor issued "
        "it on VCD in Malaysia on 15 December 2003; the Singapore edition followed in 2004.\n",
        year=2003,
    )
    assert not [q for q in questions_of(film) if "home media" in q.question]
    assert not [q for q in questions_of(film) if "Its release on home media" in q.incorrect_answers]
