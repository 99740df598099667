"""Patterns of the blind review of round 71 (tests/fixtures/review/round71), which measured
24d9d8f, and a dub pattern of round 67; fixed after it, one test each."""

from __future__ import annotations

from quiz.article import parse_article
from quiz.facts import extract_film

from .test_prose_facts import award_results, film_from, questions_of


def test_the_titles_words_name_no_premiere_venue() -> None:
    text = (
        "= Silver of the Sea (2003 film) =\n\nSilver of the Sea\n- Director: Ana Lee\n"
        "- Country: Iceland\n\n== Release ==\nSilver of the Sea had its premiere at Háskólabíó "
        "in Reykjavík on 16 October 2003, and Sambíóin released it across Iceland the next "
        "day.\n"
    )
    premieres = [e for e in extract_film(parse_article(text)).events if e.kind == "premiere"]
    assert [(e.venue, e.places) for e in premieres] == [("Háskólabíó", ("Reykjavík",))]


def test_one_cinemas_first_week_is_asked_at_that_cinema() -> None:
    film = film_from(
        "== Release ==\nIt opened on 6 November 1961.\n\n== Box office ==\nThe film took EGP "
        "4,850 in its first week at Cinema Rivoli, a house record at the time.\n",
        infobox="- Director: Ana Lee\n- Country: Egypt\n",
        year=1961,
    )
    stems = [q.question for q in questions_of(film) if q.correct_answer == "EGP 4,850"]
    assert stems and all("at Cinema Rivoli" in s and "Egypt" not in s for s in stems)


def test_a_shortened_cuts_running_time_is_no_wrong_option() -> None:
    film = film_from(
        "== Release ==\nIt was re-released on February 14, 1975, in a slightly shortened cut "
        "of 117 minutes.\n",
        infobox="- Director: Ana Lee\n- Runtime: 124 minutes\n",
        year=1961,
    )
    assert film.other_runtimes == [117]
    for q in questions_of(film):
        if q.template == "runtime":
            assert all(abs(int(o.split()[0]) - 117) > 2 for o in q.incorrect_answers)


def test_prizes_a_body_gave_to_people_by_name_were_wins() -> None:
    film = film_from(
        "== Cast ==\n- Mahmoud El-Tayeb as Sheikh Abdel-Rahim\n\n== Accolades ==\n"
        "| Award | Year | Category |\n| Ministry of Culture State Film Awards | 1962 | Best "
        "Screenplay |\n| Best Supporting Actor | Mahmoud El-Tayeb | |\n| Best Music | Fouad "
        "Helmy, Riad Abdel-Ghani | |\n\nThe Ministry of Culture gave State Film Awards to "
        "Mahmoud El-Tayeb and to the composers Helmy and Abdel-Ghani; the screenplay was "
        "nominated but did not win.\n",
        year=1961,
    )
    assert award_results(film) == {
        ("Ministry of Culture State Film Awards", "Best Screenplay"): "nominated",
        ("Ministry of Culture State Film Awards", "Best Supporting Actor"): "won",
        ("Ministry of Culture State Film Awards", "Best Music"): "won",
    }


def test_a_wide_expansion_after_a_limited_release_is_the_same_countrys() -> None:
    film = film_from(
        "== Release ==\nVía Andina gave the film a limited release in Peru on 28 September "
        "2017. After strong word of mouth it expanded to a wide release of 112 screens on 12 "
        "October 2017. It opened in Colombia the following month, on 16 November 2017.\n",
        year=2017,
    )
    wide = [e for e in film.events if e.scope == "wide"]
    assert [(e.date, e.places) for e in wide] == [("2017-10-12", ("Peru",))]


def test_a_childs_voice_in_a_dub_tells_no_gender() -> None:
    film = film_from(
        "== Cast ==\n- Hiroshi Tsukamoto as Kenji, a lieutenant\n- Ramon Escudero as Andres, "
        "Cora's brother\n- Jun Macaraeg as Ising, a boy who carries the letters\n- Romy "
        "Dumalagan as Father Ignacio\n- Tomás Bautista as Mayor Robles, a widower\n\n"
        "=== Japanese dub ===\n- Hiroshi Tsukamoto as Kenji\n- Takeshi Nonomura as Andres\n"
        "- Junko Hirose as Ising\n- Masaru Kitagawa as Father Ignacio\n- Gorō Isobe as Mayor "
        "Robles\n",
        year=1981,
    )
    for q in questions_of(film):
        # never asked which role she voices (a boy among men), nor offered for a man's voice
        assert "Junko Hirose" not in q.question
        if "voices" in q.question:
            assert "Junko Hirose" not in q.options


def test_an_anniversary_the_film_does_not_own_is_not_called_its() -> None:
    film = film_from(
        "== Release ==\nThe film opened in Chile on 3 April 2014. For the tenth anniversary, "
        "Nómade re-released the film in cinemas in the Atacama Region in March "
        "2018. For its fifth anniversary it was re-released in Santiago in May 2019.\n",
        year=2014,
    )
    stems = [q.question for q in questions_of(film) if "re-released" in q.question]
    assert any("Atacama Region" in s for s in stems)
    assert not [s for s in stems if "Atacama" in s and "its tenth anniversary" in s]
