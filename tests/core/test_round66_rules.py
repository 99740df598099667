"""The patterns of the blind review of round 66 (tests/fixtures/review/round66), which
measured f321e5c, fixed after it; one test each."""

from __future__ import annotations

from quiz.generate.kinds import words_gender

from .test_prose_facts import award_results, film_from, questions_of


def test_a_possessive_opening_a_note_is_someone_elses() -> None:
    assert words_gender("her defence lawyer") is None
    assert words_gender("the third mate on his first voyage") == "male"
    assert words_gender("his wife") == "female"


def test_a_landmark_ending_at_a_comma_is_no_release() -> None:
    film = film_from(
        "== Release ==\nThe judge dismissed the application on 30 October 2008, six days before "
        "the film opened, noting that the names had been changed.\n",
        year=2008,
    )
    assert [e.kind for e in film.events] == ["other"]


def test_a_diaspora_is_no_country() -> None:
    film = film_from(
        "== Release ==\nThe film went on release across Nepal on 20 February 2015. Limited "
        "releases for the Nepali diaspora followed in London and Aldershot on 10 April 2015.\n",
        year=2015,
    )
    [april] = [e for e in film.events if e.date == "2015-04-10"]
    assert "Nepal" not in april.places


def test_an_infobox_gross_the_prose_gives_for_one_market_by_a_year() -> None:
    film = film_from(
        "== Box office ==\nBy the end of 1949 it had earned £240,000 in the United Kingdom, and "
        "its British gross had reached £310,000 by 1951.\n",
        infobox="- Director: Ana Lee\n- Gross: £310,000\n- Country: United Kingdom\n",
        year=1949,
    )
    stems = [q.question for q in questions_of(film) if q.correct_answer == "£310,000"]
    assert stems and all("in the United Kingdom by 1951" in s for s in stems)


def test_one_first_name_in_two_forms_reads_itself() -> None:
    film = film_from(
        "== Cast ==\n- Angus Baird as Hector MacRae, a ferryman\n- Jean Abernethy as Jeannie "
        "MacRae, Hector's wife\n- Morag Lennox as Effie, a barmaid\n- Isla Dunn as Kirsty, a "
        "widow\n- Ruth Gow as Mrs Grant, the postmistress\n",
        year=1949,
    )
    assert not [
        q
        for q in questions_of(film)
        if "Jeannie" in q.question or q.correct_answer == "Jeannie MacRae"
    ]


def test_a_runner_up_in_a_category_was_nominated() -> None:
    film = film_from(
        "== Cast ==\n- Angus Baird as Hector\n- Morag Lennox as Effie\n\n== Accolades ==\n"
        "| Award | Year | Category |\n| Picturegoer Awards | 1950 | Best Actor |\n"
        "| Best Actor | Angus Baird | |\n| Best Actress | Morag Lennox | |\n\nAngus Baird was "
        "voted Best Actor at the 1950 Picturegoer Awards, while Morag Lennox was only a "
        "runner-up in the actress category.\n",
        year=1949,
    )
    rows = award_results(film)
    assert rows[("Picturegoer Awards", "Best Actor")] == "won"
    assert rows[("Picturegoer Awards", "Best Actress")] == "nominated"
