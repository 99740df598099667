"""The patterns behind the blind review of round 59 (tests/fixtures/review/round59), one
test each, on films written here."""

from __future__ import annotations

from .test_prose_facts import award_results, film_from, questions_of


def test_a_figure_keeps_only_its_own_window() -> None:
    film = film_from(
        "== Box office ==\nThe film sold about 178,000 tickets in its first week and 1.4 "
        "million by 31 December 1962, eventually reaching 2.1 million admissions in West "
        "Germany and DM 3.2 million in distributor takings.\n",
        infobox="- Director: Ana Lee\n- Country: West Germany\n",
        year=1962,
    )
    periods = {q.text: q.period for q in film.numbers}
    assert periods["about 178,000 tickets"] == "first week"
    assert periods["DM 3.2 million"] is None
    assert not [q for q in questions_of(film) if q.correct_answer == "DM 3.2 million"]


def test_a_foreign_part_named_in_prose_and_famous_studios_are_not_asked() -> None:
    film = film_from(
        "== Cast ==\n- Thana Siri as Dej, a boxer\n- Somchai Rat as Somsak, a trainer\n- Sia "
        "Hong as Hong, a gambler\n- Hendrik de Vos as Van Dijk\n- Pong Ka as Boonlert, a "
        "sergeant\n\n== Plot ==\nHong paid the Dutch kickboxer Van Dijk to cripple him.\n\n"
        "== Release ==\nInternational rights were sold to Golden Harvest in Hong Kong, Toei in "
        "Japan, Metropolitan in France and Redline Pictures in North America.\n",
        infobox="- Director: Ana Lee\n- Country: Thailand\n",
        year=2003,
    )
    notes = {m.role: m.note for m in film.cast}
    assert notes["Van Dijk"] == "a Dutch kickboxer"
    for q in questions_of(film):
        assert "Van Dijk" not in q.options, q.question
        assert "Hendrik de Vos" not in q.options, q.question
        assert not ("Toei" in q.question and q.correct_answer == "Japan"), q.question


def test_an_expansion_a_later_disc_a_holiday_and_a_market_town() -> None:
    film = film_from(
        "== Release ==\nThe film premiered at the Scala cinema in Bangkok on 20 March 2003. At "
        "the Marché du Film in Cannes on 17 May 2003, international rights were sold to "
        "Redline Pictures. Redline's cut opened in 14 American theatres on August 12, 2005, and "
        "expanded to 63 the following month. A re-release in Thai cinemas was timed for the "
        "Day of the Muay Thai on 17 March 2021.\n\n== Home media ==\nGolden Chedi issued the "
        "film on VCD and DVD in Thailand in July 2003. Redline's region 1 DVD was released on "
        "January 17, 2006.\n",
        infobox="- Director: Ana Lee\n- Country: Thailand\n",
        year=2003,
    )
    stems = [q.question for q in questions_of(film)]
    assert any("at the Scala cinema in Bangkok" in s for s in stems)
    assert not any("for Cannes" in s for s in stems)
    assert not any("wide release in the United States" in s for s in stems)
    assert not any(s.endswith("released on DVD?") for s in stems)
    assert not [q for q in questions_of(film) if q.correct_answer == "March 17, 2021"]


def test_a_body_that_gives_its_award_and_a_category_of_one_table_ceremony() -> None:
    film = film_from(
        "== Cast ==\n- Teodora Huamán as Paulina, a mother\n\n== Accolades ==\n"
        "| Award | Year | Category |\n| Lima Film Festival | 2017 | Best Film |\n"
        "| APRECI Awards | 2018 | Best Peruvian Film |\n| APRECI Awards | 2018 | Best Actress |\n"
        "| Best Actress | Teodora Huamán | |\n\nAt Lima the film was only nominated for Best "
        "Film. The Peruvian film critics' association named it Best Peruvian Film and gave "
        "Teodora Huamán its Best Actress award.\n",
        year=2017,
    )
    rows = award_results(film)
    assert rows[("APRECI Awards", "Best Actress")] == "won"
    assert rows[("APRECI Awards", "Best Peruvian Film")] == "won"
    assert ("Lima Film Festival", "Best Peruvian Film") not in rows


def test_an_english_speaking_foreigner_in_an_english_speaking_film_is_asked() -> None:
    film = film_from(
        "== Cast ==\n- Juliet Harrow as Isabel Lorimer, a daughter\n- Daniel Castle as Edmund "
        "Hale, an American engineer and widower\n- Geoffrey Bell as Jonas Lorimer, Isabel's "
        "father\n- Tom Wynd as Lucius Danvers, Isabel's uncle\n- Rupert Aske as George Crane, "
        "Isabel's brother\n",
        infobox="- Director: Ana Lee\n- Country: United Kingdom\n",
        year=1995,
    )
    assert any(q.correct_answer == "Edmund Hale" for q in questions_of(film))
