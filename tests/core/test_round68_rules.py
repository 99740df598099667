"""The patterns of the blind review of round 68 (tests/fixtures/review/round68), which
measured f07ea86, the stop's final generator, fixed after it; one test each."""

from __future__ import annotations

from .test_prose_facts import award_results, film_from, questions_of


def test_a_prize_named_with_brackets_stays_in_its_list() -> None:
    film = film_from(
        "== Cast ==\n- Dhinesh Kanagaraj as Vel\n- Harish Thevan as Bala\n\n== Accolades ==\n"
        "| Award ceremony | Year | Category |\n"
        "| Malaysia Film Festival | 2021 | Best Film (Non-Malay Language) |\n"
        "| Best Actor | Dhinesh Kanagaraj | |\n| Most Promising Actor | Harish Thevan | |\n"
        "| Best Original Score | Ganesh Mahendran | |\n"
        "| Best Cinematography | Loganathan Sivam | |\n\n"
        "At the Malaysia Film Festival, delayed to 2021, it won Best Film (Non-Malay Language) "
        "and Best Original Score; its other three nominations there, including Best Actor for "
        "Dhinesh and Most Promising Actor for Harish Thevan, did not result in awards.\n",
        year=2019,
    )
    rows = award_results(film)
    assert rows[("Malaysia Film Festival", "Best Film (Non-Malay Language)")] == "won"
    assert rows[("Malaysia Film Festival", "Best Original Score")] == "won"
    assert rows[("Malaysia Film Festival", "Best Actor")] == "nominated"
    assert rows[("Malaysia Film Festival", "Best Cinematography")] == "nominated"


def test_a_serial_is_asked_as_a_serial() -> None:
    film = film_from(
        "The screenplay is adapted from Crónicas de la B, a serial by the journalist Horacio "
        "Benítez that ran in the daily La República in 1999.\n",
        infobox="- Director: Ana Lee\n- Based on: Crónicas de la B by Horacio Benítez\n",
        year=2006,
    )
    assert film.source_work is not None and film.source_work.kind == "serial"
    assert all("the work" not in q.question for q in questions_of(film))


def test_a_dubbed_versions_release_is_no_odd_option_beside_plain_releases() -> None:
    film = film_from(
        "== Release ==\nThe film opened in Vienna on 20 December 1963. Constantin Film released "
        "it in West Germany on January 24, 1964, and a dubbed version came out in Italy on 6 "
        "March 1964. It opened in Switzerland on 14 February 1964 and in Sweden on 3 April "
        "1964.\n",
        year=1963,
    )
    for q in questions_of(film):
        options = (q.correct_answer, *q.incorrect_answers)
        if any(o.startswith("Its release") for o in options):
            assert sum(o.startswith("The ") for o in options) != 1
