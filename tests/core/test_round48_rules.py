"""The patterns behind the blind review of round 48 (tests/fixtures/review/round48), one
test each, on films written here."""

from __future__ import annotations

from .test_prose_facts import award_results, film_from, questions_of


def test_a_retitled_dub_opens_as_the_dub() -> None:
    film = film_from(
        "In 1974 a London company prepared an English-dubbed version, cut to 98 minutes and "
        "retitled Run Through the Dark, which was released in Britain in 1975.\n\n"
        "== Release ==\nIt premiered in Warsaw on 14 March 1969. Run Through the Dark opened "
        "in London in February 1975.\n",
        year=1969,
    )
    london = [e for e in film.events if e.date == "1975-02"]
    assert london and london[0].what.startswith("release of the dubbed version")


def test_no_adaptation_question_without_a_source_work() -> None:
    film = film_from(
        "== Post-production ==\nMewett edited the film in Adelaide over sixteen weeks, trimming "
        "a first assembly of almost three hours to 104 minutes; a subplot in which Tina tries to "
        "sell her Walkman at Marree was removed entirely.\n",
        year=1993,
    )
    assert film.source_work is None
    assert not [q for q in questions_of(film) if q.category == "adaptation"]


def test_a_statement_never_names_the_source_inside_its_side() -> None:
    film = film_from(
        "Test Film is based on the novel The Couriers by Jan Nowak.\n\n== Differences ==\n"
        "While Tadeusz survives the novel and is deported to a camp, in the film he dies at "
        "his signal box.\n",
        year=1969,
    )
    assert not [q for q in questions_of(film) if "survives the novel" in q.question]


def test_principal_photographys_days_say_so() -> None:
    film = film_from(
        "== Production ==\nPrincipal photography ran from 9 July to 28 November 1968, totalling "
        "84 shooting days. Five further days in January 1969 filmed the epilogue.\n",
        year=1969,
    )
    asked = [q.question for q in questions_of(film) if q.correct_answer == "84"]
    assert asked == ["How many shooting days did principal photography of Test Film have?"]


def test_aunty_is_a_title_that_names_the_aunt() -> None:
    film = film_from(
        "== Cast ==\n- Bryce Dunn as Des, a driver\n- Lena Cork as Tina, a runaway\n"
        "- Kevin Warra as Lenny, a stockman\n- Maureen Birt as Aunty Doreen, Lenny's aunt\n"
        "- Judith Parr as Bev, a publican\n- Dana Oakes as Sal, Des's niece\n",
        year=1993,
    )
    assert not [q for q in questions_of(film) if q.question.endswith("is Lenny's aunt?")]


def test_a_count_of_wins_settles_the_rest_and_a_body_names_its_winner() -> None:
    film = film_from(
        "== Cast ==\n- Kevin Warra as Lenny\n- Dina Ragab as Zouzou\n- Karim Lotfi as Medhat\n\n"
        "== Accolades ==\n| Award | Year | Category |\n"
        "| AFI Awards | 1993 | Best Film |\n| Best Director | Ana Lee | |\n"
        "| Best Supporting Actor | Kevin Warra | |\n| Best Cinematography | Ross Pend | |\n"
        "| Egyptian Catholic Center Film Festival | 2010 | Best Film |\n"
        "| Best Actress | Dina Ragab | |\n| Best Supporting Actor | Karim Lotfi | |\n"
        "| Arab Film Festival Rotterdam | 2010 | Audience Award |\n\n"
        "Of its four AFI nominations, the film won two, Best Supporting Actor for Warra and "
        "Best Cinematography for Pend. The Catholic Center named Ragab Best Actress; the film "
        "itself and Lotfi were nominees. In Rotterdam it was in contention for the Audience "
        "Award but did not win.\n",
        year=1993,
    )
    rows = award_results(film)
    assert rows[("AFI Awards", "Best Film")] == "nominated"
    assert rows[("AFI Awards", "Best Director")] == "nominated"
    assert rows[("Egyptian Catholic Center Film Festival", "Best Actress")] == "won"
    assert rows[("Egyptian Catholic Center Film Festival", "Best Supporting Actor")] == (
        "nominated"
    )
    assert rows[("Egyptian Catholic Center Film Festival", "Best Film")] == "nominated"
    assert rows[("Arab Film Festival Rotterdam", "Audience Award")] == "nominated"
    assert len(film.awards) == 8  # no row invented from "named Ragab Best Actress"


def test_a_named_premiere_and_a_making_phrase_keep_their_dates() -> None:
    film = film_from(
        "Made for A$2.1 million and shot over nine weeks in the spring of 1992, the film had "
        "its premiere at the Sydney Film Festival on 11 June 1993 and opened across Australia "
        "on 26 August 1993.\n\n== Release ==\nAfter its Sydney Film Festival premiere on 11 "
        "June 1993, the film played at the Melbourne International Film Festival in July.\n",
        infobox="- Director: Ana Lee\n- Country: Australia\n",
        year=1993,
    )
    premieres = {(e.date, e.venue) for e in film.events if e.kind == "premiere"}
    assert premieres == {("1993-06-11", "Sydney Film Festival")}


def test_home_currency_takings_name_the_home_market() -> None:
    film = film_from(
        "== Release ==\nIt opened on 48 screens in Australia on 26 August 1993, and a New "
        "Zealand release followed the same day.\n\n== Box office ==\nIt earned A$412,000 in its "
        "opening weekend from 48 screens, and it closed in April 1994 with an Australian gross "
        "of A$4.3 million. It added NZ$580,000 in New Zealand.\n",
        infobox="- Director: Ana Lee\n- Country: Australia\n",
        year=1993,
    )
    asked = [q.question for q in questions_of(film) if q.correct_answer.startswith("A$")]
    assert asked and all("in Australia" in q for q in asked)
