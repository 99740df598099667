"""The patterns behind the blind review of round 56 (tests/fixtures/review/round56), one
test each, on films written here."""

from __future__ import annotations

from quiz.facts.roles import category_craft

from .test_prose_facts import film_from, questions_of


def test_a_nationwide_release_lists_its_towns_and_names_with_any_latin_capital() -> None:
    film = film_from(
        "== Release ==\nThe film premiered in Hanoi on 28 April 2001 and opened in state "
        "cinemas across the country two days later, on 30 April, in Hanoi, Hải Phòng, Huế, "
        "Đà Nẵng and Ho Chi Minh City.\n",
        infobox="- Director: Ana Lee\n- Country: Vietnam\n",
        year=2001,
    )
    wide = [e for e in film.events if e.scope == "nationwide"]
    assert wide and "Hải Phòng" not in wide[0].places


def test_the_day_of_an_anniversary_of_something_else_is_not_asked() -> None:
    film = film_from(
        "== Release ==\nFor the 40th anniversary of reunification, a restored print was shown "
        "free of charge in cinemas nationwide on April 29, 2015.\n",
        year=2001,
    )
    assert not [q for q in questions_of(film) if q.correct_answer == "April 29, 2015"]


def test_a_count_that_leaves_something_out_is_not_asked_as_the_count() -> None:
    film = film_from(
        "== Box office ==\nIn its first month the film sold about 186,000 cinema tickets in "
        "Vietnam, not counting the organised screenings.\n",
        year=2001,
    )
    assert not [q for q in questions_of(film) if "186,000" in q.correct_answer]


def test_artistic_direction_is_design_and_a_set_designer_keeps_the_word() -> None:
    assert category_craft("Best Artistic Direction") == "design"
    film = film_from(
        "== Production ==\nSet designer Per-Axel Lindh built the full-size cloud ship; Lindh "
        "also designed the model.\n",
        year=1975,
    )
    roles = {c.role for c in film.credits if c.name == "Per-Axel Lindh"}
    assert roles == {"Set design"}


def test_a_gross_counted_to_a_date_keeps_the_date() -> None:
    film = film_from(
        "== Box office ==\nThe film added US$61,000 in Singapore, bringing its worldwide gross "
        "by the end of 2016 to roughly US$3.4 million.\n",
        infobox="- Director: Ana Lee\n- Country: Indonesia\n- Gross: US$3.4 million\n",
        year=2016,
    )
    gross = [q for q in questions_of(film) if q.template == "gross"]
    assert gross and "by the end of 2016" in gross[0].question


def test_a_presented_restoration_is_a_screening_and_a_dubs_names_are_no_adaptation() -> None:
    film = film_from(
        "== Release ==\nFor the 40th anniversary a new 4K restoration was presented at "
        "Cinemateket in Stockholm on 5 December 2015, and the film was re-released in 20 "
        "Swedish cinemas over that Christmas.\n\n== Differences from the book ==\nThe book's "
        "captain is a walrus. The German dub made changes of its own: Kapten Dimma was "
        "renamed Kapitän Nebel.\n",
        infobox="- Director: Ana Lee\n- Country: Sweden\n- Based on: Mira by Eva Berg\n",
        year=1975,
    )
    shown = [e for e in film.events if e.date == "2015-12-05"]
    assert shown and "re-release" not in shown[0].what
    assert not [c for c in film.adaptation_changes if c.kind == "renamed"]


def test_an_approximate_figure_keeps_its_wrong_options_clear_of_its_rounding() -> None:
    film = film_from(
        "== Box office ==\nThe dubbed version drew about 1.1 million admissions in West Germany.\n",
        infobox="- Director: Ana Lee\n- Country: Sweden\n",
        year=1975,
    )
    asked = [q for q in questions_of(film) if q.template == "admissions"]
    assert asked
    for option in asked[0].incorrect_answers:
        # ("About 1.3 million", or "About 900,000" below a million)
        figure = option.split()[1].replace(",", "")
        value = float(figure) if "million" in option else float(figure) / 1e6
        assert abs(value - 1.1) >= 0.15 * 1.1 - 1e-9, asked[0].options
