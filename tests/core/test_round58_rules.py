"""The patterns behind the blind review of round 58 (tests/fixtures/review/round58), one
test each, on films written here."""

from __future__ import annotations

from quiz.generate.kinds import role_genders

from .test_prose_facts import award_results, film_from, questions_of


def test_washington_dc_is_one_place_and_a_pair_of_countries_stays_a_pair() -> None:
    film = film_from(
        "== Release ==\nNorthbound Pictures gave it a limited release in New York and "
        "Washington, D.C. on November 15, 2019. Meridian Arthouse released the film in the "
        "United Kingdom and Ireland on 6 March 2020 on 22 screens.\n",
        infobox="- Director: Ana Lee\n- Country: Ethiopia\n",
        year=2019,
    )
    assert ("New York", "Washington DC") in [e.places for e in film.events]
    screens = [q for q in questions_of(film) if q.template == "opening-screens"]
    assert all("in the United Kingdom and Ireland" in q.question for q in screens)


def test_a_dubs_director_is_never_a_wrong_job_for_its_producer() -> None:
    film = film_from(
        "== Dub ==\nThe English-language version was recorded in London and directed by "
        "Clara Whitfield.\n",
        infobox="- Director: Ana Lee\n- Producer: Clara Whitfield\n- Writer: Sam Bell\n"
        "- Music: Tom Hart\n- Editing: Ria Moss\n- Cinematography: Jo Kay\n- Country: Ethiopia\n",
        year=2019,
    )
    for q in questions_of(film):
        if q.template == "person-to-role" and "Clara Whitfield" in q.question:
            assert "Director" not in q.incorrect_answers, q.options


def test_she_is_names_her_and_a_city_count_is_no_total() -> None:
    film = film_from(
        "== Cast ==\n- Hannelore Weiss as Ilse Kessler\n- Tom Kal as Stratis, a hotelier\n\n"
        '== Plot ==\nA telegram says that "Herr Kessler" will spend a week on the island. On '
        "the last evening the pen-friend reveals that she is Ilse Kessler of Sonnenreisen.\n\n"
        "== Box office ==\nBy the close of the first-run season on 30 April 1978 it had sold "
        "498,716 tickets in the capital.\n",
        year=1977,
    )
    assert role_genders(film).get("ilse kessler") != "male"
    assert not [q for q in questions_of(film) if q.template == "admissions"]


def test_a_best_category_is_never_read_as_the_ceremony_it_shares_a_word_with() -> None:
    film = film_from(
        "== Accolades ==\n| Award | Year | Category |\n"
        "| Atlantic Film Festival | 1994 | Best Atlantic Feature |\n"
        "| Atlantic Film Festival | 1994 | Best Atlantic Actor |\n"
        "| Best Atlantic Actor | Ray Gosse | |\n"
        "| Gabrovo Biennial of Humour and Satire | 1979 | Golden Aesop |\n\n"
        "At the Atlantic Film Festival it was named Best Atlantic Feature and Gosse won Best "
        "Atlantic Actor.\n",
        infobox="- Director: Ana Lee\n- Starring: Ray Gosse\n- Country: Canada\n",
        year=1994,
    )
    rows = award_results(film)
    assert rows[("Atlantic Film Festival", "Best Atlantic Feature")] == "won"
    assert rows[("Atlantic Film Festival", "Best Atlantic Actor")] == "won"
    stems = [q.question for q in questions_of(film) if "Gabrovo" in q.question]
    assert all("the Gabrovo Biennial" in s and "award for Golden" not in s for s in stems)


def test_a_saints_town_keeps_its_possessive() -> None:
    film = film_from(
        "== Release ==\nThe film opened on 4 November 1994 in St. John's, Corner Brook, Gander "
        "and Grand Falls.\n",
        infobox="- Director: Ana Lee\n- Country: Canada\n",
        year=1994,
    )
    assert any("St. John's" in e.places for e in film.events)
