"""The patterns behind the blind reviews of rounds 22 and 23 (tests/fixtures/review) that
the last stop left open, one test each, on films written here."""

from __future__ import annotations

from pathlib import Path

from quiz.article import parse_article
from quiz.facts import extract_film
from quiz.facts.events import date_mentions
from quiz.generate.templates.awards import at_or_by

from .test_prose_facts import film_from, questions_of


def test_the_following_month_counts_from_a_bare_month_named_in_between() -> None:
    text = (
        "It opened in New York on April 14, 1995, widening to 22 cities by the end of May, "
        "and the film reached French cinemas the following month."
    )
    assert [(m.iso, m.relative) for m in date_mentions(text)] == [
        ("1995-04-14", False),
        ("1995-06", True),
    ]
    # Without a month in between, the full date is still the anchor.
    plain = "It opened on April 14, 1995, and reached French cinemas the following month."
    assert [m.iso for m in date_mentions(plain)] == ["1995-04-14", "1995-05"]


def test_the_same_day_after_a_bare_month_is_not_resolved() -> None:
    text = "It opened on April 14, 1995, widening in May, and in Boston the same day."
    assert [m.iso for m in date_mentions(text)] == ["1995-04-14"]


_LATER_BLOCK = (
    "== Production ==\nPrincipal photography began on 13 September 1993, and ended on "
    "5 November 1993. The closing scene had to be filmed separately over three days in "
    "June 1994.\n\n== Release ==\nThe film premiered on 8 July 1994.\n"
)


def test_filming_that_went_on_apart_asks_principal_photography() -> None:
    stems = [q.question for q in questions_of(film_from(_LATER_BLOCK, year=1994))]
    assert not [s for s in stems if "filming of Test Film wrap" in s]
    ends = [s for s in stems if "principal photography of Test Film end" in s]
    assert ends, stems


def test_a_wrap_is_not_asked_when_a_later_block_was_shot_and_no_span_is_named() -> None:
    film = film_from(
        "== Production ==\nFilming took place between 11 January and 27 February 2021. The "
        "Brussels scenes were filmed over four days in March 2021.\n\n== Release ==\n"
        "It premiered on 5 September 2021.\n",
        year=2021,
    )
    questions = questions_of(film)
    assert not [q for q in questions if "wrap" in q.question or "end?" in q.question]
    assert not [q for q in questions if q.correct_answer == "February 27, 2021"]


def test_a_named_prize_of_no_craft_keeps_its_body_out_of_the_options() -> None:
    film = film_from(
        "Test Film is a 1981 drama. It was released on 3 May 1981.\n\n== Accolades ==\n"
        "| Award ceremony | Year | Category |\n"
        "| Film Institute Awards | 1982 | Best Film |\n"
        "| Best Cinematography | Peter Dalzell | |\n"
        "| Best Editing | Ann Roe | |\n"
        "| Cinematographers Society Awards | 1982 | Golden Tripod |\n"
        "| Writers Guild Awards | 1982 | Best Adapted Screenplay |\n"
        "| Harbour Film Festival | 1982 | Grand Prize |\n"
        "| Coastal Film Awards | 1982 | Best Editing |\n"
        "| Northern Film Awards | 1982 | Best Director |\n\n"
        "Dalzell won Best Cinematography at the Film Institute Awards. Dalzell also received "
        "the Golden Tripod from the Cinematographers Society.\n",
        infobox="- Director: Ana Lee\n- Cinematography: Peter Dalzell\n- Country: Australia\n",
        year=1981,
    )
    asked = [
        q
        for q in questions_of(film)
        if q.template == "to-ceremony" and "Best Cinematography" in q.question
    ]
    assert [q.correct_answer for q in asked] == ["Film Institute Awards"]
    assert "Cinematographers Society Awards" not in asked[0].incorrect_answers


_REVIEWED = Path(__file__).parent.parent / "fixtures" / "review"


def test_a_critics_body_gives_its_prize_by_not_at() -> None:
    assert at_or_by("French Syndicate of Cinema Critics") == "by"
    assert at_or_by("New York Film Critics Circle") == "by"
    assert at_or_by("Boston Society of Film Critics Awards") == "at"
    assert at_or_by("Academy Awards") == "at"
    path = _REVIEWED / "round22" / "the_salt_winter_1976.txt"
    film = extract_film(parse_article(path.read_text(encoding="utf-8")))
    said = [
        text
        for q in questions_of(film)
        for text in (q.question, q.explanation or "")
        if "Syndicate" in text
    ]
    assert said
    assert all("at the French Syndicate" not in s for s in said), said


def test_a_teaser_named_before_its_participle_keeps_its_name() -> None:
    film = film_from(
        "== Release ==\nThe first teaser, released on 6 June 2018, showed the lead lacing "
        "her skates. The film opened in Quebec on 21 September 2018.\n",
        year=2018,
    )
    trailers = [e for e in film.events if e.kind == "trailer"]
    assert [(e.date, e.what) for e in trailers] == [("2018-06-06", "first teaser released")]


def test_a_table_ceremony_with_its_place_in_brackets_is_the_prose_one_in_that_place() -> None:
    film = film_from(
        "== Accolades ==\n"
        "| Award ceremony | Year | Category |\n"
        "| National Film Festival (Tangier) | 2022 | Grand Prix |\n"
        "| Best Cinematography | Hamza Touil | |\n"
        "| Magritte Awards | 2023 | Best Foreign Film |\n"
        "| Most Promising Actress | Nadia Berrada | |\n\n"
        "It won the Grand Prix and the award for Best Cinematography at the National Film "
        "Festival in Tangier, and the Magritte Award for Best Foreign Film in 2023, at a "
        "ceremony where Berrada was also nominated for Most Promising Actress.\n",
        infobox="- Director: Ana Lee\n- Cinematography: Hamza Touil\n- Country: Morocco\n",
        year=2021,
    )
    rows = {(a.ceremony, a.category): a.result for a in film.awards}
    assert rows[("National Film Festival (Tangier)", "Grand Prix")] == "won"
    assert rows[("National Film Festival (Tangier)", "Best Cinematography")] == "won"
    assert rows[("Magritte Awards", "Most Promising Actress")] == "nominated"
    assert len(film.awards) == 4, film.awards


def test_a_source_work_named_only_by_title_takes_the_kind_the_prose_gives_it() -> None:
    film = film_from(
        "Test Film is a 1994 drama based on three stories from Weather for Hay, the 1988 "
        "short-story collection by Maire Keaveney.\n",
        infobox="- Director: Ana Lee\n- Based on: Weather for Hay by Maire Keaveney\n",
        year=1994,
    )
    assert film.source_work is not None
    assert (film.source_work.kind, film.source_work.title) == (
        "short-story collection",
        "Weather for Hay",
    )
