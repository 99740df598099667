"""The patterns behind the blind review of round 54 (tests/fixtures/review/round54) and the
awards shapes of rounds 51–53 still read as "recognised", one test each, on films written
here."""

from __future__ import annotations

from quiz.facts.money import parse_money

from .test_prose_facts import award_results, film_from, questions_of


def test_a_later_stage_adaptation_is_not_the_original_production_of_the_source() -> None:
    film = film_from(
        "== Cast ==\n- Ana Ro as Séamus, a boy\n- Ben Ko as Ronan, a boy\n- Cy Do as Malachy, "
        "a man\n- Di Fo as Anselm, a man\n\n=== 1999 stage production ===\n- Tom Joyce as "
        "Séamus Conroy, a boy\n- Mark Devlin as Ronan Tuite, a boy\n- Gerry Mann as Brother "
        "Malachy, a man\n- Shane Fahy as Brother Anselm, a man\n\n== Source ==\nThe film adapts "
        "Seán Rua's 1968 novel Clog.\n",
        infobox="- Director: Ana Lee\n- Country: Ireland\n- Based on: Clog by Seán Rua\n",
        year=1983,
    )
    stems = [q.question for q in questions_of(film) if q.category == "cast"]
    staged = [s for s in stems if "stage" in s]
    assert staged
    assert all("the 1999 stage production of Test Film" in s for s in staged)
    assert not any("original" in s for s in staged)


def test_whoever_plays_the_relative_named_in_a_role_is_never_its_actor() -> None:
    film = film_from(
        "== Cast ==\n- Kevin Halpin as Ronan Tuite, a Dublin boy\n- Éamonn Walsh as Máirtín, "
        "Séamus's father\n- Colm Dee as Tadhg, a senior boy\n- Frank Kil as Dr. Geraghty, a "
        "man\n- Pat Ó Gríofa as Séamus, a boy\n- Declan Rowe as Ronan's father, a civil "
        "servant\n",
        year=1983,
    )
    for q in questions_of(film):
        if q.correct_answer == "Declan Rowe":
            assert "Kevin Halpin" not in q.incorrect_answers, q.question


_TABLE = (
    "== Accolades ==\n| Award | Year | Category |\n"
    "| Grand Bell Awards | 2014 | Best Visual Effects |\n"
    "| Grand Bell Awards | 2014 | Best Sound |\n"
    "| Best Sound | Lee Dong-kyu | |\n"
    "| Blue Dragon Film Awards | 2014 | Technical Award |\n"
    "| Blue Dragon Film Awards | 2014 | Best Actor |\n"
    "| Best Actor | Jang Tae-woo | |\n"
    "| Cork Film Festival | 2014 | Best Irish Feature |\n"
    "| Cork Film Festival | 2014 | Best Performance |\n"
    "| Best Performance | Pat Grey | |\n"
    "| Jacob's Awards | 2014 | Best Film |\n"
    "| Jacob's Awards | 2014 | Best Actor |\n"
    "| Best Actor | Seán Phádraig | |\n\n"
)


def test_prizes_each_with_their_ceremony_a_gapped_nomination_and_the_rest_nominated() -> None:
    film = film_from(
        _TABLE + "The film won Best Visual Effects at the Grand Bell Awards and the Technical "
        "Award at the Blue Dragon Film Awards. It won Best Irish Feature at Cork and the "
        "Jacob's Award for Best Film. Pat Grey was nominated for Best Performance at Cork, and "
        "Seán Phádraig for Best Actor at the Jacob's Awards; neither won. Every other entry in "
        "the table was a nomination only.\n",
        year=2014,
    )
    rows = award_results(film)
    assert rows[("Blue Dragon Film Awards", "Technical Award")] == "won"
    assert rows[("Jacob's Awards", "Best Film")] == "won"
    assert ("Jacob's Awards", "Best Irish Feature") not in rows
    assert rows[("Jacob's Awards", "Best Actor")] == "nominated"
    assert rows[("Grand Bell Awards", "Best Sound")] == "nominated"
    assert rows[("Blue Dragon Film Awards", "Best Actor")] == "nominated"


def test_one_win_at_a_list_of_ceremonies_and_nominations_that_led_to_no_prize() -> None:
    film = film_from(
        "== Accolades ==\n| Award | Year | Category |\n"
        "| Asian Film Awards | 2022 | Best Supporting Actor |\n"
        "| Best Supporting Actor | Tatsuo Hidaka | |\n"
        "| Asian Film Awards | 2022 | Best Newcomer |\n"
        "| Best Newcomer | Raffy Manalastas | |\n"
        "| Mainichi Film Awards | 2023 | Best Supporting Actor |\n"
        "| Kinema Junpo Awards | 2023 | Best Supporting Actor |\n\n"
        "Hidaka was named Best Supporting Actor at the Asian Film Awards, the Mainichi Film "
        "Awards and the Kinema Junpo Awards, while the nomination for Manalastas as newcomer "
        "did not lead to a prize.\n",
        year=2022,
    )
    rows = award_results(film)
    assert rows[("Mainichi Film Awards", "Best Supporting Actor")] == "won"
    assert rows[("Kinema Junpo Awards", "Best Supporting Actor")] == "won"
    assert rows[("Asian Film Awards", "Best Newcomer")] == "nominated"


def test_smaller_markets_currencies_a_television_audience_and_an_earlier_clauses_budget() -> None:
    money = parse_money("its total Irish gross was IR£96,500")
    assert money is not None and money.currency == "IEP" and money.value == 96500
    assert parse_money("Rp 12.5 billion") is not None
    film = film_from(
        "== Release ==\nRTÉ showed it on 17 March 1986, when its audience of 612,000 on Irish "
        "television was the largest for the language.\n\n== Box office ==\nBy 31 December its "
        "takings had passed the production budget, and its first run closed at 1.18 million "
        "lira.\n",
        year=1983,
    )
    assert not [a for a in film.amount_mentions if a.kind == "admissions"]
    assert not [a for a in film.amount_mentions if a.kind == "budget"]


def test_auditions_a_blow_up_and_an_announcement_are_not_the_shoot_a_release_a_premiere() -> None:
    film = film_from(
        "== Casting ==\nBetween October 1981 and January 1982 the production held open "
        "auditions in schools.\n\n== Filming ==\nPrincipal photography took 34 days between 19 "
        "April and 2 June 1982, and the film was blown up to 35 mm for cinema release in the "
        "summer of 1982.\n\n== Release ==\nDaon announced on 26 August 1983 that the film "
        "would premiere in Busan. It premiered at the Busan International Film Festival on 4 "
        "October 1983.\n",
        year=1983,
    )
    kinds = {(e.date, e.kind) for e in film.events}
    assert ("1981-10", "filming_start") not in kinds
    assert ("1982", "release") not in kinds
    assert ("1983-08-26", "premiere") not in kinds
    assert ("1983-10-04", "premiere") in kinds or ("1983-10-04", "festival_screening") in kinds


def test_versions_and_restorations_keep_their_order_and_their_words() -> None:
    film = film_from(
        "== Release ==\nAnadolu Film gave it a limited release in West Germany on 9 March 1973; "
        "a German-subtitled version followed in 1974. In 2018 the film was restored in 2K "
        "from the original negative; a DVD of the restoration appeared in 2019. A remastered "
        "version returned to Turkish cinemas in June 2021.\n",
        infobox="- Director: Ana Lee\n- Country: Turkey\n",
        year=1972,
    )
    questions = questions_of(film)
    stems = [q.question for q in questions]
    assert not any("In which year was Test Film released in West Germany" in s for s in stems)
    dvd = [q for q in questions if "DVD" in q.question]
    assert dvd and all(int(o) >= 2018 for o in dvd[0].incorrect_answers), dvd[0].options
    assert any("remastered version" in s for s in stems)
    assert not any("restored version of Test Film released in cinemas" in s for s in stems)


def test_a_collection_named_by_its_authors_possessive_and_a_first_years_audience() -> None:
    film = film_from(
        "Drawn from three stories in Halil Ekinci's 1966 collection Değirmen, it was a hit. "
        "In the Soviet Union it sold 18.4 million tickets over its first year in "
        "distribution, and its Soviet audience of 18.4 million was then a record.\n",
        infobox="- Director: Ana Lee\n- Country: Turkey\n- Based on: Değirmen by Halil Ekinci\n",
        year=1972,
    )
    assert film.source_work is not None and film.source_work.kind == "collection"
    assert not [q for q in questions_of(film) if q.template == "admissions"]
