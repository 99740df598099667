"""The patterns behind the blind review of round 57 (tests/fixtures/review/round57), one
test each, on films written here."""

from __future__ import annotations

from quiz.facts.roles import category_craft

from .test_prose_facts import award_results, film_from, questions_of


def test_an_unsuccessful_entry_a_bid_and_a_second_win_are_results() -> None:
    film = film_from(
        "== Cast ==\n- Yukiko Asaoka as Oyuki, a girl\n- Mohamed Ait Bella as Driss, a man\n\n"
        "== Accolades ==\n| Award | Year | Category |\n"
        "| Asian Film Festival | 1959 | Best Film |\n| Asian Film Festival | 1959 | Best Actress |\n"
        "| Best Actress | Yukiko Asaoka | |\n| Carthage Film Festival | 2012 | Best Actor |\n"
        "| Best Actor | Mohamed Ait Bella | |\n| Carthage Film Festival | 2012 | Tanit d'Or |\n"
        "| FESPACO | 2013 | Golden Stallion of Yennenga |\n\n"
        "At the Asian Film Festival the film was entered for Best Film and Asaoka for Best "
        "Actress without success. At Carthage, Ait Bella won Best Actor for a second time, but "
        "the film missed out on the Tanit d'Or. Its FESPACO bid for the Golden Stallion of "
        "Yennenga ended with the nomination alone.\n",
        year=1959,
    )
    rows = award_results(film)
    assert rows[("Asian Film Festival", "Best Film")] == "nominated"
    assert rows[("Asian Film Festival", "Best Actress")] == "nominated"
    assert rows[("Carthage Film Festival", "Best Actor")] == "won"
    assert rows[("Carthage Film Festival", "Tanit d'Or")] == "nominated"
    assert ("Carthage Film Festival", "Tanit") not in rows
    assert rows[("FESPACO", "Golden Stallion of Yennenga")] == "nominated"


def test_a_festival_named_by_its_town_in_brackets_and_in_prose() -> None:
    film = film_from(
        "== Cast ==\n- Sanaa Moukhtari as Zineb, a widow\n- Fatima Bennani as Aicha, a girl\n"
        "- Naima Lams as Khadija, her mother\n- Latifa Zerhouni as Rkia, a neighbour's wife\n\n"
        "== Accolades ==\n| Award | Year | Category |\n"
        "| Marrakech International Film Festival | 2011 | Golden Star |\n"
        "| National Film Festival (Tangier) | 2012 | Best Supporting Actress |\n"
        "| Best Supporting Actress | Sanaa Moukhtari | |\n"
        "| National Film Festival (Tangier) | 2012 | Best Music |\n\n"
        "The film lost the Golden Star at Marrakech. In Tangier it won Best Supporting Actress "
        "for Moukhtari, while its nomination for Best Music went unrewarded.\n",
        year=2011,
    )
    rows = award_results(film)
    assert rows[("National Film Festival (Tangier)", "Best Supporting Actress")] == "won"
    assert ("Marrakech International Film Festival", "Best Music") not in rows
    stems = [q.question for q in questions_of(film) if "Tangier" in q.question]
    assert stems and all("(Tangier)" not in s for s in stems)


def test_takings_where_the_clause_before_says_where_and_rentals_told_in_prose() -> None:
    film = film_from(
        "== Box office ==\nBy January 15, 1959, it had earned ¥74 million, and its final "
        "distributor rentals came to ¥186 million. The dubbed version opened in Los Angeles "
        "on March 14, 1962, at two cinemas, where it grossed $11,200 in its opening weekend.\n",
        infobox="- Director: Ana Lee\n- Country: Japan\n- Gross: ¥186 million\n",
        year=1958,
    )
    questions = questions_of(film)
    assert not [q for q in questions if q.correct_answer == "$11,200"]
    gross = [q for q in questions if q.correct_answer == "¥186 million"]
    assert gross and "rentals" in gross[0].question


def test_a_country_before_a_company_and_a_married_surname_among_given_names() -> None:
    film = film_from(
        "== Cast ==\n- Věra Tichá as Kohoutová, the bailiff's wife\n- Jiřina Sedláčková as "
        "Anežka, the innkeeper's wife\n- Lenka Hrubá as Dorota, a maid\n- Alena Poláková as "
        "Madlenka, a girl\n\n== Release ==\nIt was sold to Poland, and in East Germany "
        "Progress Film-Verleih released it as Der Mondmüller on 21 December 1989.\n",
        year=1989,
    )
    assert ("1989-12-21", ("East Germany",)) in [(e.date, e.places) for e in film.events]
    for q in questions_of(film):
        if q.correct_answer == "Kohoutová":
            assert all(o.endswith("ová") for o in q.incorrect_answers), q.options


def test_an_animated_sequence_is_a_craft_prize_and_pairs_win_for_a_craft() -> None:
    assert category_craft("Best Animated Sequence") == "effects"
    film = film_from(
        "== Accolades ==\n| Award | Year | Category |\n"
        "| Trilobit Awards | 1990 | Trilobit for Cinematography |\n"
        "| Trilobit for Cinematography | Vladimír Holas, Ivan Vít | |\n"
        "| Trilobit Awards | 1990 | Trilobit for Music |\n| Trilobit for Music | Jan Koubek | |\n"
        "| Giffoni Film Festival | 1990 | Gryphon Award for Best Film |\n\n"
        "At the 1990 Trilobit Awards, Holas and Vít won for cinematography while Koubek was "
        "only nominated for music. The film competed for the Gryphon at Giffoni without "
        "winning.\n",
        infobox="- Director: Ana Lee\n- Country: Czechoslovakia\n"
        "- Cinematography: Vladimír Holas, Ivan Vít\n- Music: Jan Koubek\n",
        year=1989,
    )
    rows = award_results(film)
    assert rows[("Trilobit Awards", "Trilobit for Cinematography")] == "won"
    assert rows[("Trilobit Awards", "Trilobit for Music")] == "nominated"
    assert rows[("Giffoni Film Festival", "Gryphon Award for Best Film")] == "nominated"


def test_a_count_by_a_date_keeps_its_date_and_place_and_a_re_releases_weekend_is_not_asked() -> (
    None
):
    film = film_from(
        "== Box office ==\nBy the end of 1990 the film had recorded 1,240,000 admissions in "
        "Czechoslovakia.\n\n== Legacy ==\nWith its 1.24 million admissions, it was the most-"
        "attended children's film of 1989. The archive re-released it in Czech cinemas on "
        "November 21, 2019. It earned CZK 1.3 million from 58 screens in its opening weekend.\n",
        infobox="- Director: Ana Lee\n- Country: Czechoslovakia\n",
        year=1989,
    )
    questions = questions_of(film)
    asked = [q for q in questions if q.template == "admissions"]
    assert asked and all("by the end of 1990" in q.question for q in asked)
    assert all("in Czechoslovakia" in q.question for q in asked)
    assert not [q for q in questions if q.correct_answer == "CZK 1.3 million"]
