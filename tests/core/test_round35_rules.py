"""The patterns behind the blind review of round 35 (tests/fixtures/review/round35), one
test each, on films written here."""

from __future__ import annotations

from quiz.generate.nearmiss import near_quantities

from .test_prose_facts import film_from, questions_of


def test_a_figure_of_them_elsewhere_leaves_the_total_unplaced() -> None:
    film = film_from(
        "== Box office ==\nOver its first season it recorded about 420,000 admissions "
        "nationwide, 185,000 of them in Lisbon and Porto, for a total gross of 9.1 million "
        "escudos.\n",
        year=1981,
    )
    asked = [q for q in questions_of(film) if q.correct_answer == "About 420,000"]
    assert asked and all("Lisbon" not in q.question for q in asked)


def test_the_novels_author_is_never_a_wrong_writer() -> None:
    film = film_from(
        "Test Film is based on the novel of the same name by Tomas Berg.\n",
        infobox=(
            "- Director: Ana Lee\n- Writer: Ana Lee, Piet Kramer\n"
            "- Based on: Test Film by Tomas Berg\n- Producer: Olga Lind, Marta Roos\n"
            "- Editing: Hugo Maas\n- Music: Ivo Brand\n- Cinematography: Sven Dahl\n"
        ),
        year=1981,
    )
    writers = [q for q in questions_of(film) if "credited writers" in q.question]
    assert writers and all("Tomas Berg" not in q.options for q in writers)


def test_a_round_count_has_round_options() -> None:
    near = near_quantities(400)
    assert near and all(v % 50 == 0 for v in near)
    assert all(v == int(v) for v in near_quantities(20))


def test_a_release_across_the_country_is_the_films_country() -> None:
    film = film_from(
        "== Release ==\nRiles Pictures gave it a limited release in 12 cinemas across the "
        "country on 24 August 2011.\n",
        infobox="- Director: Ana Lee\n- Country: Philippines\n",
        year=2011,
    )
    releases = [e for e in film.events if e.kind == "release"]
    assert [e.places for e in releases] == [("Philippines",)]


def test_a_venue_of_the_country_keeps_its_whole_name() -> None:
    film = film_from(
        "== Release ==\nThe film premiered at the Cultural Center of the Philippines Main "
        "Theater on July 17, 2011.\n",
        year=2011,
    )
    assert [e.venue for e in film.events if e.kind == "premiere"] == [
        "Cultural Center of the Philippines Main Theater"
    ]


def test_nominees_who_lost_in_their_categories_are_nominated() -> None:
    film = film_from(
        "== Reception ==\n=== Accolades ===\n| Award | Year | Category |\n"
        "| Porto Film Festival | 1981 | Best Film |\n"
        "| Best Director | Ana Lee | |\n"
        "| Best Actor | Rui Costa | |\n"
        "| Lisbon Critics Circle | 1981 | Best Film |\n"
        "| Best Actress | Eva Mota | |\n\n"
        "At Porto the film won Best Film. Lee and Costa were nominated in their categories "
        "but did not win. The Lisbon Critics Circle named it the best film of the year, and "
        "Mota was nominated as Best Actress.\n",
        year=1981,
    )
    results = {(a.ceremony, a.category): a.result for a in film.awards}
    assert results == {
        ("Porto Film Festival", "Best Film"): "won",
        ("Porto Film Festival", "Best Director"): "nominated",
        ("Porto Film Festival", "Best Actor"): "nominated",
        ("Lisbon Critics Circle", "Best Film"): "won",
        ("Lisbon Critics Circle", "Best Actress"): "nominated",
    }


def test_a_restoration_presented_at_a_festival_named_in_lower_case_is_a_showing() -> None:
    film = film_from(
        "== Release ==\nThe film was first shown in competition at the Porto Film Festival on "
        "3 October 1981. A restoration was presented at the Porto festival in November 2011, "
        "and the restored version returned to Lisbon cinemas on 22 November 2011.\n",
        year=1981,
    )
    restored = [e for e in film.events if e.date == "2011-11"]
    assert [(e.what, e.venue) for e in restored] == [("restoration screening", "Porto festival")]
    stems = [q.question for q in questions_of(film)]
    assert not [s for s in stems if "screened at the Porto Film Festival" in s]


def test_a_cast_note_with_an_article_reads_as_an_apposition() -> None:
    film = film_from(
        "== Cast ==\n- Nelly Prado as Chela, a dancer and Rosa's friend\n"
        "- Mirta Sol as Rosa, a seamstress\n- Ana Paz as Amalia, Rosa's aunt\n"
        "- Elena Ferraro as Clotilde, Amalia's sister\n- Aurora Vega as Nena, Rosa's cousin\n"
        "- Lola Ruiz as Pepa, Rosa's sister\n- Tita Gil as Mecha, Rosa's mother\n"
        "- Rita Sanz as Coca, Rosa's grandmother\n\n== Reception ==\nCritics praised "
        "Nelly Prado for her dancing.\n",
        year=1958,
    )
    stems = [q.question for q in questions_of(film) if q.correct_answer == "Nelly Prado"]
    assert stems and all("(" not in s for s in stems)
