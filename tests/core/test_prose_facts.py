"""Reading the prose: the sentence shapes the issue names, one test each, plus the figures on
the development corpus (tests/fixtures/prose/dev, written by someone who never read the
extractor; the set-aside group is measured only by tests/benchmarks/facts_score.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from quiz.article import parse_article
from quiz.bank import Question
from quiz.facts import extract_film
from quiz.facts.model import Film
from quiz.facts.textmodel import build_text_model, split_clauses
from quiz.generate import generate_questions

DEV = Path(__file__).resolve().parents[1] / "fixtures" / "prose" / "dev"
SCORER = Path(__file__).resolve().parents[1] / "benchmarks" / "facts_score.py"


def film_from(
    body: str, infobox: str = "- Director: Ana Lee\n- Country: France\n", year: int = 2019
) -> Film:
    text = f"= Test Film ({year} film) =\n\nTest Film\n{infobox}\n{body}\n"
    return extract_film(parse_article(text))


REVIEW = Path(__file__).resolve().parents[1] / "fixtures" / "review"


def review_film(round_name: str, name: str) -> Film:
    """The facts of a reviewed article (``tests/fixtures/review/ROUND/NAME.txt``)."""
    article = REVIEW / round_name / f"{name}.txt"
    return extract_film(parse_article(article.read_text(encoding="utf-8")))


def questions_of(film: Film) -> list[Question]:
    """The questions generated from ``film`` alone (the film is its own pool)."""
    return generate_questions(film, "t.txt", [film])


def award_results(film: Film) -> dict[tuple[str, str], str | None]:
    """Each accolades row's result by (ceremony, category)."""
    return {(a.ceremony, a.category): a.result for a in film.awards}


def events(film: Film) -> list[tuple[str, str, str | None]]:
    return [(e.date, e.kind, e.place) for e in film.events]


# --- the text model -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Park met Dr. Kim in the U.S. capital.",
        "The director E.oni liked the novel.",
        "J. R. Tolkien's story was read by 1.2 million people.",
    ],
)
def test_sentences_survive_abbreviations_initials_and_decimals(text: str) -> None:
    film_text = f"= T (2019 film) =\n\nT\n- Director: X Y\n\n{text} It ends here.\n"
    model = build_text_model(parse_article(film_text))
    sentences = [s.text for s in model.sentences]
    assert sentences == [text, "It ends here."]


def test_clauses_split_where_statements_join() -> None:
    clauses = [
        c.text
        for c in split_clauses(
            "It premiered at X on June 9, 2019, opened in Canada the same day and was released "
            "in France on June 11, 2019; a trailer followed (in May)."
        )
    ]
    assert clauses[:3] == [
        "It premiered at X on June 9, 2019",
        "opened in Canada the same day",
        "and was released in France on June 11, 2019",
    ]
    assert "(in May)" in clauses


# --- dated events -------------------------------------------------------------------------


def test_date_belongs_to_the_clause_that_holds_it() -> None:
    film = film_from(
        "It screened at the Toronto International Film Festival and the Busan International "
        "Film Festival, and was shown at the London Film Festival on 12 October 2019."
    )
    assert events(film) == [("2019-10-12", "festival_screening", "London Film Festival")]


def test_same_day_and_later_date_bind_to_their_places() -> None:
    film = film_from(
        "It premiered at the Venice Film Festival on June 9, 2019, opened in Canada the same "
        "day and was released in France on June 11, 2019."
    )
    assert events(film) == [
        ("2019-06-09", "premiere", "Venice Film Festival"),
        ("2019-06-09", "release", "Canada"),
        ("2019-06-11", "release", "France"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The film opened in Japan on 3 May 2019.", ("2019-05-03", "release", "Japan")),
        ("It opened on 3 May 2019 in six cinemas.", ("2019-05-03", "release", None)),
        (
            "The German theatrical release began on 3 May 2019.",
            ("2019-05-03", "release", "Germany"),
        ),
        (
            "The Spanish and Portuguese release followed on 3 May 2019.",
            ("2019-05-03", "release", "Spain and Portugal"),
        ),
        (
            "A screening in Lyon attended by the director took place on 3 May 2019.",
            ("2019-05-03", "other", "Lyon"),
        ),
        (
            "At the Screen Actors Guild Awards on March 2, 2020, the cast was honoured.",
            ("2020-03-02", "ceremony", "Screen Actors Guild Awards"),
        ),
        (
            "Nominations for the 92nd Academy Awards were announced on January 13, 2020.",
            ("2020-01-13", "nominations_announced", "92nd Academy Awards"),
        ),
        (
            "It passed $50 million by 3 May 2019.",
            ("2019-05-03", "box_office_milestone", None),
        ),
        (
            "The soundtrack album was released on 3 May 2019.",
            ("2019-05-03", "other", None),
        ),
        (
            "An expanded edition was released on CD in 2019 to coincide with the restoration.",
            ("2019", "other", None),
        ),
        (
            "The film had its broadcast premiere on PBS on 3 May 2019.",
            ("2019-05-03", "other", None),
        ),
        (
            "A 4K restoration premiered at the Venice Film Festival on 3 May 2019.",
            ("2019-05-03", "re_release", None),
        ),
    ],
)
def test_event_kind_and_place(sentence: str, expected: tuple[str, str, str | None]) -> None:
    assert events(film_from(sentence)) == [expected]


def test_release_scope_and_qualifier() -> None:
    film = film_from(
        "It was given a limited release in the United States on 3 May 2019 in four cinemas."
    )
    (event,) = film.events
    assert (event.kind, event.scope, event.qualifier) == ("release", "limited", "in four cinemas")


def test_filming_span_with_one_year() -> None:
    film = film_from("Filming took place from July 9 to August 12, 2017, in Sparta.")
    assert [(e.date, e.kind) for e in film.events] == [
        ("2017-07-09", "filming_start"),
        ("2017-08-12", "filming_end"),
    ]


def test_infobox_release_date_checked_against_the_prose() -> None:
    film = film_from(
        "It premiered at the Berlin International Film Festival on 9 February 2019. It opened "
        "in Germany on 3 May 2019, and in Austria on 10 May 2019.",
        infobox="- Director: Ana Lee\n- Released: 2019-02-09\n",
    )
    assert film.released_kind == "premiere"
    assert [(r.territory, r.date) for r in film.first_releases] == [
        ("Germany", "2019-05-03"),
        ("Austria", "2019-05-10"),
    ]


# --- results, records, numbers, places, people ---------------------------------------------

ACCOLADES = (
    "== Accolades ==\n"
    "| Award | Year | Category |\n"
    "| Ophir Awards | 2019 | Best Film |\n"
    "| Best Director | Ana Lee | |\n"
    "| Best Actress | Mia Roth | |\n"
)


def test_prose_results_mark_rows_and_add_missing_ones() -> None:
    film = film_from(
        "== Reception ==\nAt the Ophir Awards, the film won Best Film, while Ana Lee was "
        "nominated for Best Director and Mia Roth for Best Actress. It was nominated for Best "
        "Editing at the 90th Academy Awards.\n" + ACCOLADES,
        infobox="- Director: Ana Lee\n- Starring: Mia Roth\n",
    )
    results = {(a.ceremony, a.category, a.result) for a in film.awards}
    assert ("Ophir Awards", "Best Film", "won") in results
    assert ("Ophir Awards", "Best Director", "nominated") in results
    assert ("Ophir Awards", "Best Actress", "nominated") in results
    assert ("Academy Awards", "Best Editing", "nominated") in results


TALLIED = (
    "== Accolades ==\n"
    "| Award | Year | Category |\n"
    "| Ophir Awards | 2019 | Best Film |\n"
    "| Best Director | Ana Lee | |\n"
    "| Best Actress | Mia Roth | |\n"
    "| Best Screenplay | Ana Lee, Tom Bay | |\n"
    "| Kalo Awards | 2019 | Best Film |\n"
    "| Best Actress | Mia Roth | |\n"
    "| Best Supporting Actor | Ben Hart | |\n"
    "| Best Editing | Ida Lake | |\n"
)


def test_counted_results_bare_nominations_and_shared_acting_prizes() -> None:
    """Shapes the blind reviews met: a tally that settles the other rows, nominees named
    only in a subject, and "took both acting prizes"."""
    film = film_from(
        "== Reception ==\nAt the Ophir Awards, the film received four nominations and won "
        "two: Best Film and Best Actress for Mia Roth. At the Kalo Awards, Mia Roth and Ben "
        "Hart took both acting prizes; Ida Lake and the screenplay were nominated but did not "
        "win.\n" + TALLIED,
        infobox="- Director: Ana Lee\n- Starring: Mia Roth, Ben Hart\n- Editing: Ida Lake\n",
    )
    results = {(a.ceremony, a.category, a.result) for a in film.awards}
    assert ("Ophir Awards", "Best Director", "nominated") in results  # settled by the tally
    assert ("Ophir Awards", "Best Screenplay", "nominated") in results
    assert ("Kalo Awards", "Best Actress", "won") in results
    assert ("Kalo Awards", "Best Supporting Actor", "won") in results
    assert ("Kalo Awards", "Best Editing", "nominated") in results


def test_records_numbers_and_places() -> None:
    film = film_from(
        "== Production ==\nMore than 3,000 hopefuls auditioned for the lead. The film was shot "
        "over 42 days on location in Lisbon and Porto, and Budapest stood in for Vienna.\n"
        "== Box office ==\nIt grossed $1.2 million over its first two days, the largest opening "
        "for a Portuguese film, and became the highest-grossing Portuguese film of 2019.\n"
    )
    claims = [r.claim for r in film.records]
    assert "largest opening for a Portuguese film" in claims[0]
    assert any(c.startswith("highest-grossing Portuguese film of 2019") for c in claims)
    numbers = {(n.value, n.unit, n.period) for n in film.numbers}
    assert (3000, "hopefuls", None) in numbers
    assert (42, "days", None) in numbers
    assert (1_200_000, "USD", "first two days") in numbers
    places = {(p.place, p.kind, p.stands_in_for) for p in film.locations}
    assert {("Lisbon", "filming", None), ("Porto", "filming", None)} <= places
    assert ("Budapest", "stand_in", "Vienna") in places


def test_cheap_looks_keep_what_the_patterns_find() -> None:
    """The readers look for a cue word before running a pattern; each cue below sits where
    only the pattern would find it (inside a hyphenated word, a role word one word before a
    name, a change stated without the word "novel" in its own sentence)."""
    film = film_from(
        "== Production ==\nThe Kyoto-born actress Mia Roth joined in May. Her co-star, veteran "
        "actor Leo Paz, followed.\n"
        "== Box office ==\nThe Lisbon-set drama had the second-largest opening of 2019 in "
        "Portugal. Its run was record-breaking in Porto.\n"
        "== Adaptation ==\nThe book differs from the film. In the novel, Ana leaves Porto. "
        "However, in the film, she stays. Tomás—here renamed Tomé—is older. The character of "
        "Rui Costa was removed from the film.\n",
        infobox="- Starring: Mia Roth, Leo Paz\n",
    )
    assert film.genders.get("Mia Roth") == "female"
    assert film.genders.get("Leo Paz") == "male"
    claims = [r.claim for r in film.records]
    assert any(c.startswith("second-largest opening of 2019") for c in claims), claims
    kinds = {(c.kind, c.film) for c in film.adaptation_changes}
    assert ("renamed", "Tomé") in kinds
    assert ("removed", "removed") in kinds
    assert any(kind == "changed" and film_side == "she stays" for kind, film_side in kinds), kinds


def test_prose_director_fills_a_blank_lead_with_gender() -> None:
    film = film_from(
        "Test Film () is a 2019 drama film directed by , starring Mia Roth.\n\n"
        "== Production ==\nThe producer offered the script to director Ines Varga; she "
        "rewrote the ending. Varga later said the shoot was hard.\n",
        infobox="- Country: France\n",
    )
    assert ("Director", "Ines Varga") in {(c.role, c.name) for c in film.credits}
    assert film.genders.get("Ines Varga") == "female"


def test_every_cast_list_with_its_label_and_shared_roles() -> None:
    film = film_from(
        "==Cast==\n- Ana Ruiz as young Marie\n- Eva Sol as Marie, Tomás's mother\n"
        "- Leo Paz as Father Doyle\n=== English dub cast ===\n- Jo Bell as Marie\n"
    )
    rows = {(m.actor, m.role, m.cast_list, m.gender, m.shared_role) for m in film.cast}
    assert ("Ana Ruiz", "young Marie", None, "female", True) in rows
    assert ("Eva Sol", "Marie", None, "female", True) in rows
    assert ("Leo Paz", "Father Doyle", None, "male", False) in rows
    assert ("Jo Bell", "Marie", "English dub cast", "female", True) in rows


def test_source_title_keeps_small_words_and_capitalised_verbs() -> None:
    film = film_from(
        "Test Film is a 2019 film based on the 1987 play Where the Small Birds Sing Loud by "
        "Ana Ortiz."
    )
    assert film.source_work is not None
    assert (film.source_work.title, film.source_work.author) == (
        "Where the Small Birds Sing Loud",
        "Ana Ortiz",
    )


# --- the development corpus ----------------------------------------------------------------


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("facts_score", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["facts_score"] = module
    spec.loader.exec_module(module)
    return module


#: Floors a little under today's figures on the development articles: a change that reads the
#: prose worse fails here. The set-aside articles are never scored by the test suite.
FLOORS = {
    "events (+kind)": (0.95, 0.95),
    "events (+kind+place)": (0.9, 0.9),
    "results": (0.9, 0.95),
    "records": (0.9, 0.9),
    "numbers": (0.9, 0.93),
    "locations": (0.85, 0.83),
    "people": (0.9, 0.95),
    "people gender": (0.8, 0.88),
    "cast": (0.98, 0.98),
    "cast gender": (0.72, 0.9),
    "source work": (1.0, 1.0),
}


def test_development_corpus_figures() -> None:
    scorer = _scorer()
    totals: dict[str, Any] = {}
    for article in sorted(DEV.glob("*.txt")):
        for kind, tally in scorer.score(article).items():
            totals.setdefault(kind, scorer.Tally()).add(tally)
    for kind, (recall, precision) in FLOORS.items():
        tally = totals[kind]
        assert tally.recall >= recall, (kind, tally.recall, tally.misses)
        assert tally.precision >= precision, (kind, tally.precision, tally.extras)


def test_won_no_prize_and_a_company_named_like_a_category() -> None:
    """ "won no prize at Cannes" makes its rows nominations; a company called "… Film" is no
    recipient of a prize whose name ends in "Film"."""
    film = film_from(
        "== Reception ==\nThe film won no prize at Cannes. In 2019 the restoration won the "
        "Venice Classics Award for Best Restored Film.\n\n== Accolades ==\n"
        "| Award | Year | Category |\n| Cannes Film Festival | 2019 | Palme d'Or |\n"
        "| Venice Film Festival | 2019 | Venice Classics Award for Best Restored Film |\n",
        infobox="- Director: Ana Lee\n- Studio: Delfino Film\n",
    )
    results = {(a.ceremony, a.result, a.recipient) for a in film.awards}
    assert results == {
        ("Cannes Film Festival", "nominated", None),
        ("Venice Film Festival", "won", None),
    }


def test_named_honors_other_nominations_competed_and_shortlists() -> None:
    """ "won the Cinema Eye Honors award for X" names its ceremony; "the film's other Cinema
    Eye nominations did not result in wins"; "competed for" is a nomination; a shortlist is
    not; a special jury award is a category, not a ceremony."""
    film = film_from(
        "== Reception ==\nAt Sundance, the film competed for the Grand Jury Prize: Documentary "
        "and won the U.S. Documentary Special Jury Award for Verité Filmmaking. It was "
        "shortlisted for the Academy Award for Best Documentary Feature. Ida Lake won the "
        "Cinema Eye Honors award for Outstanding Editing; the film's other Cinema Eye "
        "nominations did not result in wins.\n\n== Accolades ==\n| Award | Year | Category |\n"
        "| Sundance Film Festival | 2023 | Grand Jury Prize: Documentary |\n"
        "| U.S. Documentary Special Jury Award for Verité Filmmaking | Ana Lee | |\n"
        "| Cinema Eye Honors | 2024 | Outstanding Debut |\n| Outstanding Editing | Ida Lake | |\n",
        infobox="- Director: Ana Lee\n- Editing: Ida Lake\n",
    )
    results = {(a.ceremony, a.category, a.result) for a in film.awards}
    assert results == {
        ("Sundance Film Festival", "Grand Jury Prize: Documentary", "nominated"),
        (
            "Sundance Film Festival",
            "U.S. Documentary Special Jury Award for Verité Filmmaking",
            "won",
        ),
        ("Cinema Eye Honors", "Outstanding Debut", "nominated"),
        ("Cinema Eye Honors", "Outstanding Editing", "won"),
    }


def test_a_reviewed_restoration_is_no_release() -> None:
    film = film_from("== Release ==\nThe restoration was widely reviewed in 2019.\n")
    assert events(film) == [("2019", "other", None)]


def test_a_features_noun_belongs_to_the_place() -> None:
    film = film_from(
        "== Production ==\nPrincipal photography began on 9 August 2017 at the Kwai Chung "
        "container terminal. The drained Ullíbarri-Gamboa reservoir in Álava stood in for the "
        "Belesar reservoir on the Miño, where the village lies.\n"
    )
    places = {(p.place, p.kind, p.stands_in_for) for p in film.locations}
    assert ("Kwai Chung container terminal", "filming", None) in places
    assert ("Ullíbarri-Gamboa reservoir", "stand_in", "Belesar reservoir") in places
    assert not any(p.place == "Álava" for p in film.locations)


def test_character_gender_from_its_players_and_prizes_with_guards() -> None:
    """An actress's character is a woman; a voice tells nothing; a prize that contradicts
    the character leaves the actor unknown; a possessor takes no pronoun; "X, a young fox
    who leaves his den" is a he."""
    film = film_from(
        "Set in the north, it follows Otto, a young Arctic fox who leaves his den.\n\n"
        "== Cast ==\n- Nadia Fahmy as Safeya\n- Tochi Amadi as young Adaeze, Obi's mother\n"
        "- Mia Roth as Otto\n\n=== Voice cast ===\n- Kim Lee as Nuna\n\n"
        "== Production ==\nNadia Fahmy, a stage actress, was cast in 2019. Kim Lee, an actress "
        "from Oslo, voices Nuna. Ana Lee insisted that Otto's world be built from watercolour, "
        "and she spent ten days in Inuvik.\n\n"
        "== Accolades ==\n| Award | Year | Category |\n| Kalo Awards | 2020 | Best Actress |\n"
        "| Most Promising Actor | Tochi Amadi | |\n",
        infobox="- Director: Ana Lee\n- Starring: Nadia Fahmy\n",
    )
    genders = {m.role: m.gender for m in film.cast}
    assert genders["Safeya"] == "female"
    assert genders["Otto"] == "male"
    assert genders["young Adaeze"] == "female"
    assert genders["Nuna"] is None
    assert "Tochi Amadi" not in film.genders


def test_currency_marks_and_stand_in_targets_read_whole() -> None:
    from quiz.facts.money import parse_money

    money = parse_money("an opening-day gross of CA$611,000")
    assert money is not None and (money.currency, money.text) == ("CAD", "CA$611,000")
    film = film_from("== Production ==\nLyon stood in for Paris in most exteriors.\n")
    assert ("Lyon", "stand_in", "Paris") in {
        (p.place, p.kind, p.stands_in_for) for p in film.locations
    }


def test_a_festivals_named_prize_and_its_closing_ceremony() -> None:
    """ "At Venice, … took home the Orizzonti Award for Best Screenplay" is Venice's row;
    "at the closing ceremony of the Cairo … Festival … it took home the Golden Pyramid" is
    Cairo's, not the festival named before it."""
    film = film_from(
        "== Reception ==\nAt Venice, Ana Lee took home the Orizzonti Award for Best Screenplay. "
        "At the El Gouna Film Festival it was honoured with the Audience Award, and at the "
        "closing ceremony of the 44th Cairo International Film Festival on 22 November 2022 it "
        "took home the Golden Pyramid.\n\n== Accolades ==\n| Award | Year | Category |\n"
        "| Venice International Film Festival | 2022 | Orizzonti Award for Best Screenplay |\n"
        "| El Gouna Film Festival | 2022 | Audience Award |\n"
        "| Cairo International Film Festival | 2022 | Golden Pyramid |\n"
    )
    assert {(a.ceremony, a.result) for a in film.awards} == {
        ("Venice International Film Festival", "won"),
        ("El Gouna Film Festival", "won"),
        ("Cairo International Film Festival", "won"),
    }


def test_a_restorations_showings_and_a_counted_season() -> None:
    """A restoration named earlier in the sentence owns its premiere; "received six Genie
    Award nominations" names the ceremony and settles the rows the prose does not mark;
    "lost Best Motion Picture to X" is a nomination."""
    film = film_from(
        "== Release ==\nFor its tenth anniversary, a 4K restoration, supervised by Ana Lee, "
        "premiered at the Fantasia International Film Festival in Montreal on 20 July 2019. "
        "The restoration became available to stream on Crave in Canada in 2020.\n\n"
        "== Reception ==\nIt premiered at the Toronto International Film Festival. It received "
        "three Genie Award nominations and won Best Cinematography; it lost Best Motion Picture "
        "to Polytechnique.\n\n== Accolades ==\n| Award | Year | Category |\n"
        "| Genie Awards | 2010 | Best Motion Picture |\n| Best Director | Ana Lee | |\n"
        "| Best Cinematography | Bo Fry | |\n"
    )
    kinds = {(e.date, e.kind, e.what.split(",")[0]) for e in film.events}
    assert ("2019-07-20", "re_release", "restoration premiere") in kinds
    assert ("2020", "re_release", "restored version streaming on Crave") in kinds
    assert {(a.category, a.result) for a in film.awards} == {
        ("Best Motion Picture", "nominated"),
        ("Best Director", "nominated"),
        ("Best Cinematography", "won"),
    }
