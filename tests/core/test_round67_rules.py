"""The patterns of the blind review of round 67 (tests/fixtures/review/round67), which
measured 0004266, fixed after it; one test each."""

from __future__ import annotations

from .test_prose_facts import award_results, film_from, questions_of


def test_a_prize_given_to_a_second_name_with_the_verb_left_out() -> None:
    film = film_from(
        "== Cast ==\n- Souad Hamidi as Leila\n\n== Accolades ==\n| Award | Year | Category |\n"
        "| Carthage Film Festival | 1994 | Best Actress |\n| Best Music | Djamel Khodja | |\n\n"
        "At Carthage, Hamidi received the award for Best Actress and Khodja the award for Best "
        "Music.\n",
        infobox="- Music: Djamel Khodja\n",
        year=1994,
    )
    rows = {(a.category, a.recipient): a.result for a in film.awards}
    assert rows[("Best Music", "Djamel Khodja")] == "won"
    assert ("Best Music", "Souad Hamidi") not in rows


def test_a_widening_is_no_opening_count() -> None:
    film = film_from(
        "== Release ==\nRivages released it in France on September 28, 1994, on 38 screens, "
        "widening to 71 screens in its third week after strong word of mouth in Paris, Lyon "
        "and Marseille.\n",
        year=1994,
    )
    assert not [q for q in questions_of(film) if q.correct_answer == "71"]


def test_nominations_there_and_all_of_them_ended_in_losses() -> None:
    film = film_from(
        "== Cast ==\n- Ramon Escudero as Andres\n- Charito Villareal as Cora\n\n"
        "== Accolades ==\n| Award | Year | Category |\n| Gawad Urian Awards | 1982 | Best Picture |\n"
        "| Best Actress | Charito Villareal | |\n| FAMAS Awards | 1982 | Best Actress |\n"
        "| Best Supporting Actor | Ramon Escudero | |\n"
        "| Mainichi Film Awards | 1983 | Best Foreign Language Film |\n\n"
        "Villareal won Best Actress at the 1982 FAMAS Awards; Escudero was nominated there for "
        "Best Supporting Actor. All three of its Gawad Urian nominations, and its nomination at "
        "the Mainichi Film Awards, ended in losses.\n",
        year=1981,
    )
    rows = award_results(film)
    assert rows[("FAMAS Awards", "Best Supporting Actor")] == "nominated"
    assert rows[("Gawad Urian Awards", "Best Picture")] == "nominated"
    assert rows[("Gawad Urian Awards", "Best Actress")] == "nominated"
    assert rows[("Mainichi Film Awards", "Best Foreign Language Film")] == "nominated"


def test_a_persons_win_is_not_undone_by_the_films_loss_and_losses_listed_by_category() -> None:
    film = film_from(
        "== Cast ==\n- Elisapee Tulugak as Naomi\n- Lucassie Arnatsiaq as Ipeelee\n\n"
        "== Accolades ==\n| Award | Year | Category |\n"
        "| Canadian Screen Awards | 2013 | Best Motion Picture |\n"
        "| Best Actor | Lucassie Arnatsiaq | |\n| Best Cinematography | Étienne Laroche | |\n"
        "| Vancouver Film Critics Circle | 2013 | Best Canadian Film |\n"
        "| Best Supporting Actress in a Canadian Film | Elisapee Tulugak | |\n\n"
        "At the 1st Canadian Screen Awards, it won Best Cinematography, losing in the "
        "categories of Best Motion Picture and Best Actor. The Vancouver Film Critics Circle "
        "gave Tulugak its award for Best Supporting Actress in a Canadian Film, though the film "
        "itself was only nominated for Best Canadian Film.\n",
        year=2012,
    )
    rows = award_results(film)
    assert rows[("Canadian Screen Awards", "Best Motion Picture")] == "nominated"
    assert rows[("Canadian Screen Awards", "Best Actor")] == "nominated"
    assert rows[("Vancouver Film Critics Circle", "Best Canadian Film")] == "nominated"
    assert (
        rows[("Vancouver Film Critics Circle", "Best Supporting Actress in a Canadian Film")]
        == "won"
    )
