"""The patterns of the blind review of round 65 (tests/fixtures/review/round65), which
measured ad5446a, fixed after it; one test each."""

from __future__ import annotations

from .test_prose_facts import award_results, film_from, questions_of


def test_a_pronoun_after_someone_the_subject_acts_on_is_theirs() -> None:
    film = film_from(
        "== Plot ==\nOn the night of the festival Fermín freezes in front of the audience. Olga "
        "walks out and reads to him from the romance novel he failed to get through on his "
        "first day.\n\n== Cast ==\n- Mirta Ibarreche as Olga Cepero, a cigar roller\n"
        "- Reinaldo Tápanes as Fermín Alcántara, the new lector\n",
        year=1985,
    )
    assert {m.role: m.gender for m in film.cast}["Olga Cepero"] != "male"


def test_nominations_that_brought_no_award() -> None:
    film = film_from(
        "== Cast ==\n- Mirta Ibarreche as Olga\n\n== Accolades ==\n| Award | Year | Category |\n"
        "| International Festival of New Latin American Cinema | 1985 | Best Feature Film |\n"
        "| Best Music | Gilberto Mesa | |\n| Best Actress | Mirta Ibarreche | |\n\nAt the "
        "Havana festival it won the Coral for Best Music; its nominations for Best Feature Film "
        "and for Ibarreche as Best Actress brought no award.\n",
        year=1985,
    )
    rows = award_results(film)
    festival = "International Festival of New Latin American Cinema"
    assert rows[(festival, "Best Feature Film")] == "nominated"
    assert rows[(festival, "Best Actress")] == "nominated"


def test_actors_seen_to_play_one_part_are_no_count_for_the_whole_casting() -> None:
    film = film_from(
        "== Casting ==\nFinding an actor to play Fermín took longer: around sixty actors were "
        "seen before the director chose Tápanes.\n\n== Cast ==\n- Reinaldo Tápanes as Fermín\n",
        year=1985,
    )
    stems = [q.question for q in questions_of(film) if q.correct_answer == "60"]
    assert stems and all("for the role of Fermín" in s for s in stems)


def test_a_teaser_behind_two_asides_and_countries_that_followed() -> None:
    film = film_from(
        "== Release ==\nSF Studios released the film in Norway on 12 October 2018 and in Sweden "
        "the same day, followed by Denmark and Finland the following month.\n\n== Marketing ==\n"
        "A teaser showing only the crash, with no dialogue, was released on 14 June 2018, and the "
        "full Norwegian trailer followed on 5 September 2018.\n",
        year=2018,
    )
    found = {(e.kind, e.date, e.places) for e in film.events}
    assert ("trailer", "2018-06-14", ()) in found
    assert ("release", "2018-11", ("Denmark", "Finland")) in found
    assert not [e for e in film.events if e.date == "2018-11" and "Sweden" in e.places]
    assert not [
        q
        for q in questions_of(film)
        if q.correct_answer == "June 14, 2018"
        and "trailer" not in q.question
        and "teaser" not in q.question
    ]
