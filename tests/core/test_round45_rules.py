"""The patterns behind the blind review of round 45 (tests/fixtures/review/round45), one
test each, on films written here."""

from __future__ import annotations

from .test_prose_facts import film_from, questions_of

_CAST = (
    "== Cast ==\n"
    "- Arne Vik as Hugo Berg, Nils's father\n"
    "- Lars Dahl as Nils Berg, Hugo's son\n"
    "- Jon Moe as Per Holm, Marit's husband\n"
    "- Kari Lund as Marit Holm, Per's wife\n"
    "- Eva Strand as Ingrid Berg, Hugo's wife\n"
)


def test_a_prize_named_in_lower_case_keeps_its_own_ceremony() -> None:
    film = film_from(
        "== Reception ==\n=== Accolades ===\n| Award | Year | Category |\n"
        "| Harbour State Film Awards | 2001 | Best Music |\n"
        "| Pelican Express Awards | 2001 | Best Newcomer Actress |\n"
        "| Best Director | Ana Lee | |\n\n"
        "At the Harbour State Film Awards, Tomas Oyelaran won Best Music. Kari Lund took the "
        "Pelican Express award for Best Newcomer Actress, while Ana Lee was only nominated for "
        "Best Director there.\n",
        year=2000,
    )
    newcomer = [a for a in film.awards if a.category == "Best Newcomer Actress"]
    assert newcomer and all(a.ceremony == "Pelican Express Awards" for a in newcomer)
    assert all(a.result == "won" for a in newcomer)


def test_territories_sold_inside_one_region_are_no_country_rights() -> None:
    film = film_from(
        "== Release ==\nThe studio handled distribution in India, dividing Kerala into five "
        "territories that were sold to local distributors in March 2004. Overseas rights for "
        "Malaysia were sold to a Penang company in May 2004.\n",
        year=2004,
    )
    deals = [(e.date, e.places) for e in film.events if e.kind == "rights_deal"]
    assert deals == [("2004-05", ("Malaysia",))]
    assert not [q for q in questions_of(film) if "Indian rights" in q.question]


def test_admissions_take_the_market_a_later_clause_names() -> None:
    film = film_from(
        "With 98,000 admissions it was the most-watched Latvian film of 2011.\n\n"
        "== Box office ==\nWhen its run ended in March 2012 its Latvian gross stood at "
        "€410,000 from 98,000 admissions. In Estonia it sold 7,200 tickets.\n",
        infobox="- Director: Ana Lee\n- Country: Latvia\n",
        year=2011,
    )
    asked = [q.question for q in questions_of(film) if q.correct_answer == "98,000"]
    assert asked and all("in Latvia" in q for q in asked)


def test_a_dub_subsection_is_named_by_its_own_prose_and_its_actors_voice() -> None:
    film = film_from(
        _CAST + "=== French-language version ===\n"
        "The Montreal dub was recorded in 1972; a separate Parisian dub followed in 1974.\n"
        "- Paul Roy as Hugo Berg\n- Marc Gagnon as Nils Berg\n- Luc Tremblay as Per Holm\n"
        "- Yves Caron as Anton Berg, Hugo's brother\n",
        year=1971,
    )
    dub = [m for m in film.cast if m.cast_list == "Montreal dub"]
    assert len(dub) == 4 and all(m.voice for m in dub)
    stems = [q.question for q in questions_of(film) if "Montreal dub" in q.question]
    assert stems and all(" play" not in s for s in stems)
    assert not [q for q in questions_of(film) if "French-language version" in q.question]


def test_a_province_names_its_own_rights() -> None:
    film = film_from(
        "== Release ==\nAtlas Films acquired the Quebec rights in October 1971 and opened the "
        "film in Montreal in February 1972.\n",
        year=1971,
    )
    stems = [q.question for q in questions_of(film) if "rights" in q.question]
    assert stems and all("the Quebec rights" in s for s in stems)


def test_a_prize_at_a_festival_is_not_a_screening_there() -> None:
    film = film_from(
        "== Release ==\nIt premiered in Toronto on 3 May 1971 and opened in Ottawa on 10 June "
        "1971. It was shown at the Moscow International Film Festival in July 1973.\n\n"
        "== Reception ==\nIt competed "
        "at Taormina without winning, but received a Chris Award at the Columbus "
        "International Film Festival in 1972.\n",
        year=1971,
    )
    assert not [q for q in questions_of(film) if "screened at the Columbus" in q.question]


def test_options_never_open_with_another_option() -> None:
    film = film_from(
        "A French-dubbed version, Le Portage, opened in Quebec in February 1972.\n\n== Release ==\n"
        "It opened in Toronto on 3 September 1971. Le Portage opened in six Montreal cinemas "
        "on February 11, 1972. It had a limited release in New York on March 22, 1972, and "
        "a British release followed in 1973.\n",
        year=1971,
    )
    for question in questions_of(film):
        options = [question.correct_answer, *question.incorrect_answers]
        for a in options:
            assert not any(b != a and b.casefold().startswith(a.casefold() + " ") for b in options)


def test_one_open_audition_is_not_the_whole_casting() -> None:
    film = film_from(
        "== Production ==\nThe lead, aged 14, was found at an open audition in Sudbury where "
        "212 boys were seen over two weekends.\n",
        year=1971,
    )
    asked = [q for q in questions_of(film) if q.correct_answer == "212"]
    assert asked and all("open audition in Sudbury" in q.question for q in asked)


def test_a_work_mentioned_only_by_kind_cites_the_infobox() -> None:
    film = film_from(
        "== Reception ==\nIt was the first film adapted from a contemporary Latvian play to top "
        "the national box office.\n",
        infobox="- Director: Ana Lee\n- Based on: Zaļā laiva by Juris Ozols\n",
        year=2011,
    )
    assert film.source_work and film.source_work.source.line == 5
