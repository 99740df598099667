"""The patterns behind the blind review of round 34 (tests/fixtures/review/round34), one
test each, on films written here."""

from __future__ import annotations

from quiz.facts.model import Film

from .test_prose_facts import film_from, questions_of

_CAST = (
    "== Cast ==\n"
    "- Mara Kos as Vesna, a ferry pilot\n"
    "- Ivo Lang as Teo, her brother\n"
    "- Nina Bertić as Dunja, Teo's wife\n"
    "- Petar Vuk as Grgur, the harbour master\n"
    "- Ana Šimić as Lucija, Vesna's mother\n"
    "- Dino Rak as Father Jure\n"
    "- Iva Horvat as Mirna, Grgur's daughter\n"
)

_ACCOLADES = (
    "=== Accolades ===\n"
    "| Award | Year | Category |\n"
    "| Sarajevo Film Festival | 2021 | Heart of Sarajevo for Best Film |\n"
    "| Best Actress | Mara Kos | |\n"
    "| Zagreb Film Festival | 2021 | Golden Pram |\n"
    "| Best Actress | Mara Kos | |\n"
    "| Motovun Film Festival | 2021 | Propeller of Motovun |\n"
    "| European Film Awards | 2021 | Best Screenplay |\n"
    "| Valletta Film Festival | 2021 | Southern Lights Jury Award for Cinematography |\n"
    "| Best Cinematography | Luka Perić | |\n"
)


def _results(film: Film) -> dict[tuple[str, str], str | None]:
    return {(a.ceremony, a.category): a.result for a in film.awards}


def test_a_release_the_distributor_had_scheduled_is_no_release() -> None:
    film = film_from(
        "== Release ==\nTembo Films had scheduled the Kenyan release for 3 April 2020, but "
        "cinemas in the country closed earlier that month. It opened in Kenya on 9 October "
        "2020.\n",
        year=2020,
    )
    releases = [e.date for e in film.events if e.kind == "release"]
    assert releases == ["2020-10-09"]


def test_a_dub_named_by_its_own_title_is_asked_as_the_dub() -> None:
    film = film_from(
        "A French-dubbed version, Le Train du soir, was released in 1999.\n\n"
        "== Release ==\nThe film opened in 12 cinemas across Flanders on 4 December 1998. "
        "Mistral Distribution released Le Train du soir in 30 cinemas across France on 5 May "
        "1999.\n",
        year=1998,
    )
    dub = [e for e in film.events if e.date == "1999-05-05"]
    assert dub and all(e.what.startswith("release of the dubbed version") for e in dub)
    asked = [q for q in questions_of(film) if "France" in q.question]
    assert asked and all("dubbed version" in q.question for q in asked)


def test_a_renamed_character_named_by_a_pronoun_takes_the_name_before_it() -> None:
    film = film_from(
        _CAST + "\n== Differences from the novel ==\nThe novel's heroine is called Marta "
        "Lind. She was renamed Vesna for the film.\n",
        year=2021,
    )
    renamed = [c for c in film.adaptation_changes if c.kind == "renamed"]
    assert [(c.novel, c.film) for c in renamed] == [("Marta Lind", "Vesna")]
    asked = [q for q in questions_of(film) if q.template == "renamed"]
    assert asked
    # A woman renamed is offered women's names only (Teo and Father Jure are men, Grgur unknown).
    assert all(set(q.options) <= {"Vesna", "Dunja", "Lucija", "Mirna"} for q in asked)


def test_admissions_in_one_year_are_asked_as_that_years() -> None:
    film = film_from(
        "== Box office ==\nThe film sold 2.4 million tickets in Poland in 1985, third among "
        "all releases that year.\n",
        year=1984,
    )
    asked = [q for q in questions_of(film) if q.correct_answer == "2.4 million"]
    assert asked and all("in 1985" in q.question for q in asked)


def test_a_restoration_rerun_in_cinemas_says_cinemas() -> None:
    film = film_from(
        "== Release ==\nA 4K restoration premiered at the Gdynia Film Festival in September "
        "2017. The restoration was re-released in nine Polish cinemas on 4 May 2018.\n",
        year=1984,
    )
    asked = [q for q in questions_of(film) if q.correct_answer == "May 4, 2018"]
    assert asked and all("released in cinemas in Poland" in q.question for q in asked)


def test_a_competition_of_a_festival_is_the_festival_and_a_cinema_keeps_its_town() -> None:
    film = film_from(
        "== Release ==\nThe film had its world premiere in the New Directors Competition of "
        "the 2021 Valletta Film Festival on 2 June 2021. It premiered at the Capitol Theatre in "
        "Sliema on 9 June 2021.\n",
        year=2021,
    )
    venues = {e.date: e.venue for e in film.events if e.kind == "premiere"}
    assert venues["2021-06-02"] == "Valletta Film Festival"
    stems = [q.question for q in questions_of(film) if q.correct_answer == "June 9, 2021"]
    assert any("at the Capitol Theatre in Sliema" in s for s in stems)


def test_prose_results_name_festivals_by_their_towns() -> None:
    film = film_from(
        _CAST + "\n== Reception ==\n" + _ACCOLADES + "\nIn Sarajevo it took the Heart of "
        "Sarajevo for Best Film, while Kos's nomination for Best Actress there was "
        "unsuccessful; a month later she won the Best Actress award in Zagreb, where the film "
        "was also in contention for the Golden Pram. Its nominations for the Propeller of "
        "Motovun at Motovun and for Best Screenplay at the European Film Awards did not "
        "result in wins. In Valletta, Luka Perić won a jury award for his cinematography.\n",
        year=2021,
    )
    results = _results(film)
    assert results == {
        ("Sarajevo Film Festival", "Heart of Sarajevo for Best Film"): "won",
        ("Sarajevo Film Festival", "Best Actress"): "nominated",
        ("Zagreb Film Festival", "Golden Pram"): "nominated",
        ("Zagreb Film Festival", "Best Actress"): "won",
        ("Motovun Film Festival", "Propeller of Motovun"): "nominated",
        ("European Film Awards", "Best Screenplay"): "nominated",
        ("Valletta Film Festival", "Southern Lights Jury Award for Cinematography"): None,
        ("Valletta Film Festival", "Best Cinematography"): "won",
    }


def test_a_ceremony_held_in_a_festival_town_is_not_the_festival() -> None:
    film = film_from(
        "== Reception ==\n=== Accolades ===\n| Award | Year | Category |\n"
        "| Valletta Film Festival | 2021 | Best Film |\n"
        "| Malta Film Awards | 2021 | Best Director |\n\n"
        "At the ceremony in Valletta on 3 May 2021, the film was nominated for Best "
        "Director.\n",
        year=2021,
    )
    assert not [a for a in film.awards if a.from_prose]
    assert _results(film)[("Malta Film Awards", "Best Director")] == "nominated"


def test_a_prize_in_its_festivals_own_style_is_not_asked_for_its_festival() -> None:
    film = film_from(
        _CAST
        + "\n== Reception ==\n"
        + _ACCOLADES.replace(
            "| Valletta Film Festival | 2021 | Southern Lights Jury Award for Cinematography |\n"
            "| Best Cinematography | Luka Perić | |\n",
            "| Valletta Film Festival | 2021 | Southern Lights Award for Cinematography |\n"
            "| Southern Lights Award for Cinematography | Luka Perić | |\n",
        ),
        year=2021,
    )
    to_ceremony = [q for q in questions_of(film) if q.template == "to-ceremony"]
    assert not [q for q in to_ceremony if "Southern Lights" in q.question]
