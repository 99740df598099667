"""The patterns behind the blind review of round 52 (tests/fixtures/review/round52), which
measured the stop's final code; the few fixed after it, one test each, on films written
here."""

from __future__ import annotations

from quiz.facts.places import with_article

from .test_prose_facts import film_from, questions_of


def test_a_republic_takes_the_article() -> None:
    assert with_article("Republic of Ireland") == "the Republic of Ireland"
    assert with_article("United Kingdom and Republic of Ireland") == (
        "the United Kingdom and the Republic of Ireland"
    )
    assert with_article("Ireland") == "Ireland"


def test_a_child_billed_recipient_and_a_films_nomination_that_did_not_win() -> None:
    film = film_from(
        "== Cast ==\n- Baby Sindhu as Ammini, a girl\n- Radha Thampi as Kali, her grandmother\n\n"
        "== Accolades ==\n| Award | Year | Category |\n"
        "| Kerala State Film Awards | 1979 | Best Actress |\n"
        "| Best Child Artist | Baby Sindhu | |\n| Goya Awards | 2022 | Best Ibero-American Film |\n\n"
        "At the Kerala State Film Awards it won Best Actress, while Baby Sindhu was shortlisted "
        "for Best Child Artist but did not win.\n\nThe film was Chile's submission in the Best "
        "Ibero-American Film category at the 36th Goya Awards and received a nomination but "
        "did not win.\n",
        year=1979,
    )
    rows = {(a.ceremony, a.category): a.result for a in film.awards}
    # (a shortlist is no nomination: the row stays "recognised", and is not asked)
    assert rows[("Goya Awards", "Best Ibero-American Film")] == "nominated"
    assert not [
        q
        for q in questions_of(film)
        if q.category == "awards" and "Baby Sindhu" in [q.correct_answer, *q.incorrect_answers]
    ]


def test_a_currency_prefix_is_no_place_and_a_region_takes_the_article() -> None:
    # Round 53 (which measured the final code): "for NZ$15,000" made a rights deal "for NZ".
    film = film_from(
        "== Development ==\nThe producer optioned the novel in March 1992 for NZ$15,000.\n",
        year=1995,
    )
    assert all(not e.places for e in film.events)
    assert with_article("Kurdistan Region") == "the Kurdistan Region"
