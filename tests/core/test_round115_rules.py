"""Patterns of the blind review of the set-aside rounds 115–118, which measured e6244f1
(the stop's final generator); fixed after it, one test each, unmeasured."""

from __future__ import annotations

from quiz.facts.events import classify

from .test_prose_facts import film_from, questions_of, review_film


def test_a_run_framed_by_its_country_is_that_countrys() -> None:
    film = film_from(
        "== Box office ==\nBy 31 December 1961 it had recorded 412,000 admissions in Chile. In "
        "Argentina its first run drew 280,000 admissions.\n",
        year=1961,
    )
    places = {a.value: a.place for a in film.amounts if a.kind == "admissions"}
    assert places[280000] == "Argentina"


def test_wins_counted_with_the_ceremony_between_are_read() -> None:
    film = film_from(
        "It received six nominations at the 2009 Jussi Awards and won two of them.\n\n"
        "== Accolades ==\n| Ceremony | Year | Category |\n| Jussi Awards | 2009 | Best Film |\n"
        "| Best Director | Jarmo Hietaniemi | |\n| Best Actor | Esa Korhonen | |\n"
        "| Best Supporting Actress | Leena Ahtiainen | |\n| Best Screenplay | Sanna Kivelä | |\n"
        "| Best Music | Ville Laaksonen | |\n\nOf its six Jussi nominations, the film won two: "
        "Korhonen was named Best Actor and Ahtiainen Best Supporting Actress, while the "
        "nominations for Best Film, Best Director, Best Screenplay and Best Music did not "
        "result in wins.\n",
        year=2008,
    )
    results = {a.category: a.result for a in film.awards}
    assert results["Best Actor"] == "won"
    assert results["Best Supporting Actress"] == "won"
    assert results["Best Film"] == "nominated"


def test_a_clause_of_its_own_after_a_dubbed_release_is_the_films() -> None:
    film = film_from(
        "== Release ==\nProgress Film-Verleih released a dubbed version in East Germany in "
        "October 1967, the film reached Hungarian cinemas the following month, and Poland "
        "followed in 1968.\n",
        year=1967,
    )
    labels = {e.places: e.what for e in film.events}
    assert labels[("East Germany",)].startswith("release of the dubbed version")
    assert not labels[("Hungary",)].startswith("release of the dubbed")
    assert not labels[("Poland",)].startswith("release of the dubbed")


def test_a_dub_named_after_its_date_is_still_the_dubs() -> None:
    film = film_from(
        "== Release ==\nThe film premiered in Reykjavík on 2 March 1962 and reached Danish "
        "cinemas that September in a dubbed version titled Lundefangeren.\n",
        year=1962,
    )
    danish = [e for e in film.events if e.date == "1962-09"]
    assert danish and danish[0].what.startswith("release of the dubbed")


def test_the_film_rights_bought_from_the_author_are_no_distribution_deal() -> None:
    # "bought the film rights from Lydon in 1953": a rights deal (the facts keep it), but the
    # right to adapt his play, never "the Irish distribution rights".
    film = review_film("round116", "the-long-oar")
    assert not [q for q in questions_of(film) if "rights" in q.question]
    film = film_from(
        "== Release ==\nThe film rights were acquired by Shochiku in Japan in 1963.\n",
        year=1961,
    )
    assert [e.kind for e in film.events] == ["rights_deal"]


def test_a_teaser_on_other_films_prints_and_an_actors_camp_are_no_releases() -> None:
    assert classify("was attached to prints of other Golden Lotus releases in June 2001.") != (
        "release"
    )
    assert classify("and retired in 2006, later opening a training camp in Buriram") != ("release")


def test_a_country_framing_the_sentence_places_its_disc() -> None:
    film = film_from(
        "== Release ==\nIn the United States it played for one week in New York and Los Angeles "
        "from May 14, 2004, before Red Lantern Home Video issued it on DVD on September 21, "
        "2004.\n",
        year=2001,
    )
    disc = [e for e in film.events if e.kind == "home_media"]
    assert [e.places for e in disc] == [("United States",)]


def test_an_undated_landmark_leaves_the_main_clauses_date() -> None:
    film = film_from(
        "== Release ==\nAfter a screening at the London Film Festival in November, it began a "
        "limited run at a single cinema in central London on December 6, 1985.\n",
        year=1985,
    )
    assert not [q for q in questions_of(film) if "London Film Festival" in q.question]


def test_the_novelists_surname_is_not_the_characters() -> None:
    film = film_from(
        "Test Film is a 1985 drama based on the 1971 novel Winter by Elis Gwyndaf Parry.\n\n"
        "== Production ==\nParry died in 1978, and Roberts bought the screen rights from his "
        "widow in 1981.\n\n== Cast ==\n- Gwenllian Morris as Leusa Parry, the chapel organist\n",
        year=1985,
    )
    assert {m.role: m.gender for m in film.cast}["Leusa Parry"] != "male"


def test_a_team_in_the_cast_list_is_no_actor_option() -> None:
    from quiz.facts.roles import is_group_name

    assert is_group_name("Players of TJ Sokol Bošilec")
    assert not is_group_name("Antonín Holub")


def test_an_expansion_to_two_towns_is_no_wide_release() -> None:
    from quiz.facts.events import _scope

    assert _scope("expanding to Chicago and Boston the following month") is None
    assert _scope("and was expanded to a wide release on 164 screens") == "wide"


def test_a_date_is_asked_as_what_happened_to_the_film() -> None:
    # "What took place on …, in the history of Totora?": stilted, said three reviews.
    film = review_film("round118", "totora")
    stems = [q.question for q in questions_of(film) if q.template == "date-to-event"]
    assert stems and all("what happened to" in s.casefold() for s in stems)
    assert not [s for s in stems if "in the history of" in s]


def test_a_parent_named_by_a_child_has_the_parents_sex() -> None:
    from quiz.facts.gender import word_gender

    # "His widowed mother, Umm Hassan, wants him to marry and take over his late father's
    # yard": "Umm" is "mother of", whatever pronouns follow.
    assert word_gender("Umm") == "female"
    assert word_gender("Abu") == "male"


def test_a_countrys_own_gross_is_placed_there() -> None:
    film = film_from(
        "== Release ==\nLions Gate Films gave it a limited release in New York and Los Angeles on "
        "May 19, 2000, widening to 23 screens the following month; its United States gross "
        "came to $412,000.\n",
        year=1999,
    )
    assert [(a.kind, a.place) for a in film.amounts if a.kind == "gross"] == [
        ("gross", "United States")
    ]


def test_one_runs_takings_are_no_total() -> None:
    film = film_from(
        "== Release ==\nArtkino Pictures opened it in New York on April 14, 1972 with English "
        "subtitles; its four-week run grossed about $19,000.\n",
        year=1968,
    )
    assert not [a for a in film.amounts if a.kind == "gross"]


def test_opening_across_a_country_is_asked_as_such() -> None:
    film = film_from(
        "It premiered at San Sebastián on 19 September 1999 before opening across Spain on 1 "
        "October 1999.\n\n== Release ==\nIt opened in France on 12 April 2000.\n",
        infobox="- Director: Ana Lee\n- Released: 1999-09-19\n- Country: Spain\n",
        year=1999,
    )
    stems = [q.question for q in questions_of(film) if q.correct_answer == "October 1, 1999"]
    assert stems and all("across Spain" in s for s in stems)


def test_a_clause_naming_no_deal_is_no_rights_question() -> None:
    # "He bought the film rights in 1961, …, and in the spring of 1962 he took the project
    # to Pierre Deschamps of Les Films du Levant in Paris": 1962 was no deal for Paris.
    film = review_film("round80", "the-caravan-of-forty-wells")
    stems = [q.question for q in questions_of(film) if "acquired" in q.question]
    assert not [s for s in stems if "Paris" in s]
