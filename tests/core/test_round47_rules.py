"""The patterns behind the blind review of round 47 (tests/fixtures/review/round47), one
test each, on films written here."""

from __future__ import annotations

from quiz.generate.kinds import people_genders
from quiz.generate.templates.awards import the_ceremony

from .test_prose_facts import film_from, questions_of


def test_her_after_a_verb_of_giving_is_no_possessive() -> None:
    film = film_from(
        "== Plot ==\nSalcedo's bodyguard, Tuerto Valbuena, gives her sixty days to pay.\n\n"
        "== Cast ==\n- Fabio Rengifo as Tuerto Valbuena, Salcedo's bodyguard\n",
        year=2006,
    )
    assert people_genders(film).get("fabio rengifo") != "female"


def test_a_single_prize_is_no_ceremony_for_a_persons_category() -> None:
    film = film_from(
        "== Cast ==\n- Sindre Vatne as Henrik, a ski jumper\n- Ola Moen as Arne, his coach\n"
        "- Per Berg as Knut, his brother\n- Lars Lie as Odd, a doctor\n\n"
        "== Accolades ==\n| Award | Year | Category |\n"
        "| Amanda Awards | 2018 | Best Actor |\n| Best Editing | Kari Hol | |\n"
        "| Kosmorama Film Festival | 2018 | Best Music |\n"
        "| Göteborg Film Festival | 2018 | Dragon Award |\n"
        "| Nordic Council Film Prize | 2018 | Film Prize |\n",
        infobox="- Director: Ana Lee\n- Starring: Sindre Vatne\n",
        year=2017,
    )
    for question in questions_of(film):
        if question.template == "to-ceremony":
            assert "Nordic Council Film Prize" not in question.incorrect_answers


def test_a_festival_at_home_is_no_wrong_date_for_the_home_release() -> None:
    film = film_from(
        "== Release ==\nIt had its world premiere as the opening film of the Norwegian "
        "International Film Festival in Haugesund on 19 August 2017. It was released in Norway "
        "on September 8, 2017, and in Germany on 28 December 2017.\n",
        infobox="- Director: Ana Lee\n- Released: 2017-08-19\n- Country: Norway\n",
        year=2017,
    )
    # (a home festival premiere on the infobox's date: the opening is the first in cinemas)
    asked = [
        q
        for q in questions_of(film)
        if q.question.endswith(("released in Norway?", "first open in cinemas in Norway?"))
    ]
    assert asked and all("August 19, 2017" not in q.incorrect_answers for q in asked)


def test_a_teaser_after_an_aside_and_countries_as_subjects() -> None:
    film = film_from(
        "== Release ==\nThe first teaser, showing only the in-run at Vikersund, was released "
        "online in March 2017. It was given a limited release in Sweden on 2 March 2018. "
        "Finland and Slovenia followed with limited releases later in 2018.\n",
        year=2017,
    )
    kinds = {e.date: (e.kind, e.places) for e in film.events}
    assert kinds["2017-03"][0] == "trailer"
    assert kinds["2018"] == ("release", ("Finland", "Slovenia"))
    film = film_from(
        "== Release ==\nIt opened in Tbilisi on 13 November 1978. It opened in East Germany on "
        "7 March 1980 and in Hungary the following month; Czechoslovakia released it in 1981, "
        "and Finnish television broadcast it with subtitles in 1982.\n",
        year=1978,
    )
    kinds = {e.date: (e.kind, e.places) for e in film.events}
    assert kinds["1981"] == ("release", ("Czechoslovakia",))
    assert kinds["1982"][0] == "other"


def test_a_first_years_figure_stated_bare_elsewhere_is_no_total() -> None:
    film = film_from(
        "Its dubbed version went on all-Union release in February 1979, when it was seen by "
        "31.4 million viewers.\n\n== Box office ==\nDuring its first year of all-Union "
        "distribution the film drew 31.4 million viewers.\n",
        infobox="- Director: Ana Lee\n- Country: Soviet Union\n",
        year=1978,
    )
    assert not [q for q in questions_of(film) if q.correct_answer == "31.4 million"]


def test_a_district_only_places_the_village_that_stood_in() -> None:
    film = film_from(
        "== Production ==\nPrincipal photography ran from 5 July to 29 August 1977 in the "
        "village of Zovreti, in the Zestafoni district, which stood in for Sabue.\n",
        year=1978,
    )
    stand_ins = [loc for loc in film.locations if loc.kind == "stand_in"]
    assert [(s.place, s.stands_in_for) for s in stand_ins] == [("Zovreti", "Sabue")]


def test_a_poll_takes_the_article() -> None:
    assert the_ceremony("Sovetsky Ekran readers' poll") == "the Sovetsky Ekran readers' poll"
