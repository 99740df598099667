"""The patterns behind the blind review of round 38 (tests/fixtures/review/round38), one
test each, on films written here."""

from __future__ import annotations

from quiz.facts.places import with_article
from quiz.facts.roles import category_meaning, gender_of_word

from .test_prose_facts import film_from, questions_of

_ACCOLADES = (
    "=== Accolades ===\n| Award | Year | Category |\n"
    "| Carthage Film Festival | 2019 | Tanit d'Or |\n"
    "| Best Actress | Hind Salhi | |\n"
    "| Best Screenplay | Omar Ziani | |\n"
    "| Marrakech International Film Festival | 2019 | Golden Star |\n"
    "| Best Actor | Driss Kabbaj | |\n"
    "| Best Actress | Hind Salhi | |\n"
    "| Toronto International Film Festival | 2019 | FIPRESCI Prize |\n"
    "| FESPACO | 2021 | Best Screenplay |\n"
    "| Best Music | Amine Tazi | |\n\n"
)


def test_lists_of_wins_and_lost_nominations_each_keep_their_ceremony() -> None:
    film = film_from(
        "== Reception ==\n" + _ACCOLADES + "The film won three of its nominations: Best "
        "Actress for Salhi at Carthage, Best Actor for Kabbaj at Marrakech, and Best "
        "Screenplay at FESPACO. It was only nominated for the Tanit d'Or, the Golden Star and "
        "the FIPRESCI Prize at Toronto, and Salhi's Marrakech nomination, the Carthage "
        "screenplay nomination and Tazi's FESPACO music nomination did not turn into wins.\n",
        year=2019,
    )
    results = {(a.ceremony, a.category): a.result for a in film.awards}
    assert results == {
        ("Carthage Film Festival", "Tanit d'Or"): "nominated",
        ("Carthage Film Festival", "Best Actress"): "won",
        ("Carthage Film Festival", "Best Screenplay"): "nominated",
        ("Marrakech International Film Festival", "Golden Star"): "nominated",
        ("Marrakech International Film Festival", "Best Actor"): "won",
        ("Marrakech International Film Festival", "Best Actress"): "nominated",
        ("Toronto International Film Festival", "FIPRESCI Prize"): "nominated",
        ("FESPACO", "Best Screenplay"): "won",
        ("FESPACO", "Best Music"): "nominated",
    }


def test_part_of_the_run_and_another_films_figures_are_not_the_total() -> None:
    film = film_from(
        "== Development ==\nHe pitched it in 1962, after his comedy Three Days (1960) had "
        "drawn some 800,000 viewers.\n\n== Release ==\nIn its first four days the Skandia "
        "alone sold 19,800 tickets. By the time cinemas closed on 15 March 2020, the film had "
        "sold 58,300 tickets.\n",
        year=1962,
    )
    answers = {q.correct_answer for q in questions_of(film)}
    assert not answers & {"About 800,000", "19,800", "58,300"}


def test_location_shooting_is_one_part_of_the_shoot() -> None:
    film = film_from(
        "== Filming ==\nLocation shooting ran from 18 June to 24 August 1962 on Möja. "
        "Interiors were filmed over a further eleven days in September at the studio.\n",
        year=1962,
    )
    answers = {q.correct_answer for q in questions_of(film)}
    assert not answers & {"June 18, 1962", "August 24, 1962"}


def test_another_versions_running_time_is_never_an_option() -> None:
    film = film_from(
        "== Release ==\nFor the English dub, seven minutes were removed, bringing the running "
        "time down to 81 minutes.\n",
        infobox="- Director: Ana Lee\n- Runtime: 88 minutes\n",
        year=1962,
    )
    assert film.other_runtimes == [81]
    asked = [q for q in questions_of(film) if q.template == "runtime"]
    assert asked and all(
        abs(int(o.split()[0]) - 81) > 2 for q in asked for o in q.incorrect_answers
    )


def test_titles_of_other_languages_and_regions_and_synonyms() -> None:
    assert gender_of_word("Fru") == "female"
    assert gender_of_word("Mevrouw") == "female"
    assert with_article("American Midwest") == "the American Midwest"
    assert category_meaning("Best Artistic Direction") == category_meaning("Best Art Direction")


def test_a_note_about_who_voices_a_part_says_nothing_of_the_part() -> None:
    film = film_from(
        "== Cast ==\n- Joan Merrow as Larry, a boy's part voiced by an adult actress\n",
        year=1964,
    )
    assert film.cast[0].gender is None
