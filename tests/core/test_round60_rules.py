"""Two patterns of the blind review of round 60 (tests/fixtures/review/round60), which
measured the stop's final generator, fixed after it; one test each."""

from __future__ import annotations

from .test_prose_facts import award_results, film_from, questions_of


def test_widening_a_countrys_release_is_no_release_of_its_own() -> None:
    film = film_from(
        "== Release ==\nRive Gauche gave it a limited release in France on 2 February 2011 on "
        "45 screens. Strong word of mouth led the distributor to widen the French release to "
        "120 screens the following month.\n",
        infobox="- Director: Ana Lee\n- Country: Lebanon\n",
        year=2010,
    )
    assert not [e for e in film.events if e.kind == "release" and e.date == "2011-03"]
    assert not [q for q in questions_of(film) if q.correct_answer == "March 2011"]


def test_a_category_ends_at_but() -> None:
    film = film_from(
        "== Cast ==\n- Endel Saarmets as Jaan, a fisherman\n\n== Accolades ==\n"
        "| Award | Year | Category |\n| All-Union Film Festival | 1986 | Prize for Best Actor |\n"
        "| Prize for Best Actor | Endel Saarmets | |\n\nAt the All-Union Film Festival "
        "Saarmets was in contention for best actor but lost.\n",
        year=1985,
    )
    rows = award_results(film)
    assert rows[("All-Union Film Festival", "Prize for Best Actor")] == "nominated"
    assert not any(category.endswith(" But") for _, category in rows)


def test_a_dubs_premiere_in_a_city_and_prizes_named_d_or_take_the_article() -> None:
    film = film_from(
        "== Release ==\nThe Russian-dubbed version had its Moscow premiere on September 2, "
        "1985.\n\n== Accolades ==\n| Award | Year | Category |\n"
        "| Murex d'Or | 1986 | Best Film |\n| Estonian SSR State Prize | 1987 | Literature |\n"
        "| Tallinn Awards | 1986 | Best Film |\n| Baltic Awards | 1988 | Best Film |\n\n"
        "The film won Best Film at the Murex d'Or.\n",
        infobox="- Director: Ana Lee\n- Country: Soviet Union\n",
        year=1985,
    )
    stems = [q.question for q in questions_of(film)]
    assert any("the Russian-dubbed version" in s and "premiere in Moscow" in s for s in stems)
    assert all("at Murex" not in s for s in stems)
    assert all("State Prize" not in s for s in stems)


def test_a_character_named_after_a_role_noun_is_no_credit() -> None:
    # Round 61 (which measured the final code): "the film has no narrator and gives Sumitra
    # nearly as much screen time" made Sumitra the narrator.
    film = film_from(
        "== Cast ==\n- Anuradha Sen as Sumitra, Haripada's daughter\n\n== Adaptation ==\nThe "
        "novel is narrated by Bablu, whereas the film has no narrator and gives Sumitra nearly "
        "as much screen time as her father.\n",
        year=1973,
    )
    assert not [c for c in film.credits if c.name == "Sumitra"]
