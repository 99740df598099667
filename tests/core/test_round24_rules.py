"""The patterns behind the blind review of round 24 (tests/fixtures/review/round24), one
test each, on films written here."""

from __future__ import annotations

from quiz.facts.events import classify
from quiz.facts.model import Film
from quiz.facts.money import parse_money
from quiz.generate.context import Context
from quiz.generate.templates import adaptation

from .test_prose_facts import film_from, questions_of


def _results(film: Film) -> dict[tuple[str, str], str | None]:
    return {(a.ceremony, a.category): a.result for a in film.awards}


def test_a_role_word_apposed_to_an_earlier_name_is_not_the_next_name_s() -> None:
    film = film_from(
        "== Plot ==\nNino returns home. Carmela Russo, the girl Nino was engaged to before the "
        "war, has waited for him, but her father refuses.\n\n== Cast ==\n"
        "- Franco Mariani as Nino Caruso\n- Gina Ruffo as Carmela Russo\n"
    )
    genders = {m.role: m.gender for m in film.cast}
    assert genders["Nino Caruso"] != "female"


_SILVER = (
    "Test Film is a 1948 drama.\n\n== Accolades ==\n"
    "| Award ceremony | Year | Category |\n"
    "| Venice International Film Festival | 1948 | Golden Lion |\n"
    "| Best Cinematography | Aldo Pellegrini | |\n"
    "| Nastro d'Argento | 1949 | Best Film |\n"
    "| Best Actress | Lucia Dessi | |\n"
    "| Best Supporting Actor | Antonio Scarpa | |\n"
    "| New York Film Critics Circle | 1950 | Best Foreign Language Film |\n\n"
    "At Venice the film competed for the Golden Lion without winning it, but Pellegrini "
    "received the award for best cinematography. Of its three nominations for the Silver "
    "Ribbon, it won one, Best Actress for the 19-year-old Dessi; Best Film and Best "
    "Supporting Actor went to other films. The New York Film Critics Circle nominated it "
    "but chose another film.\n"
)


def test_a_prize_family_counted_in_nominations_is_no_category_of_the_festival_in_context() -> None:
    film = film_from(_SILVER, year=1948)
    rows = _results(film)
    assert rows[("Nastro d'Argento", "Best Actress")] == "won"
    assert rows[("Nastro d'Argento", "Best Film")] == "nominated"
    assert rows[("Nastro d'Argento", "Best Supporting Actor")] == "nominated"
    assert rows[("New York Film Critics Circle", "Best Foreign Language Film")] == "nominated"
    assert not [a for a in film.awards if a.from_prose], [a for a in film.awards if a.from_prose]


def test_competed_without_winning_went_elsewhere_and_won_for_a_craft() -> None:
    film = film_from(
        "== Accolades ==\n"
        "| Award ceremony | Year | Category |\n"
        "| Film Week | 1987 | Best Animated Film |\n"
        "| Special Jury Prize | Lajos Varsanyi | |\n"
        "| Annecy International Animated Film Festival | 1987 | Best Feature Film |\n"
        "| Kecskemet Animation Film Festival | 1988 | Best Visual Design |\n"
        "| Best Visual Design | Eva Rajki | |\n\n"
        "At the Film Week the film won Best Animated Film, but the Special Jury Prize went "
        "elsewhere. It competed at Annecy without winning. At Kecskemet in 1988, Rajki won "
        "for visual design.\n",
        year=1986,
    )
    rows = _results(film)
    assert rows[("Film Week", "Special Jury Prize")] == "nominated"
    assert rows[("Annecy International Animated Film Festival", "Best Feature Film")] == (
        "nominated"
    )
    assert [a.result for a in film.awards if a.recipient == "Eva Rajki"] == ["won"]


def test_currencies_of_the_past_and_their_words() -> None:
    lira = parse_money("₤212 million")
    assert lira is not None and (lira.value, lira.currency) == (212e6, "ITL")
    forints = parse_money("a budget of 21 million forints")
    assert forints is not None and forints.currency == "HUF"
    film = film_from(
        "Test Film is a 1999 comedy. It was released on 3 May 1999.\n\n== Production ==\n"
        "The budget was set at around 28 million francs.\n",
        infobox="- Director: Ana Lee\n- Budget: 28 million francs\n",
        year=1999,
    )
    budgets = [q for q in questions_of(film) if q.template == "budget"]
    assert budgets
    assert all(o.endswith(" million francs") for q in budgets for o in q.options), budgets


def test_a_run_at_a_single_theatre_is_a_release_and_a_planned_one_is_not() -> None:
    assert (
        classify("gave it a limited release at a single New York theatre on October 10, 1950")
        == "release"
    )
    assert classify("The first single was released on 3 May 2019") == "other"
    assert classify("A French theatrical release planned for March 25, 2020") == "other"


def test_a_restoration_shown_at_a_festival_named_in_lower_case_is_a_screening() -> None:
    film = film_from(
        "== Release ==\nA restoration from the original camera negative was carried out by "
        "the archive and shown at the Il Cinema Ritrovato festival in Bologna on 1 July "
        "2008.\n",
        year=1948,
    )
    assert [e.what.split(",")[0] for e in film.events if e.date == "2008-07-01"] == [
        "restoration screening"
    ]


def test_there_is_the_territory_named_before() -> None:
    film = film_from(
        "== Box office ==\nThe film took ISK 14.2 million from 9,800 admissions on its opening "
        "weekend in Iceland. It went on to sell 41,300 tickets there. Its worldwide gross was "
        "about $1.9 million.\n"
    )
    tickets = [a for a in film.amounts if a.kind == "admissions" and a.value == 41300]
    assert [a.place for a in tickets] == ["Iceland"]


def test_a_wrap_before_the_last_filming_block_is_not_asked() -> None:
    film = film_from(
        "== Production ==\nPrincipal photography began on 12 February 2018 in Isafjordur and "
        "lasted 38 days, and the Icelandic shoot wrapped on 24 March 2018. The last four days "
        "were filmed in Hull from 9 to 12 April 2018.\n\n== Release ==\nIt premiered on "
        "13 September 2019.\n",
        year=2019,
    )
    assert not [q for q in questions_of(film) if q.correct_answer == "March 24, 2018"]


def test_an_added_clause_reads_as_a_clause_and_a_dangling_pronoun_is_never_alone() -> None:
    film = film_from(
        "Test Film is based on the 1962 novel The Owl by Ana Roe.\n\n== Differences from the "
        "novel ==\nIn the novel, the Night Crow acts alone. However, in the film the mayor is "
        "his accomplice, a satirical touch that the studio asked the director to soften.\n",
        year=1986,
    )
    ctx = Context(film=film, path="t.txt", pool=[film])
    adaptation.generate(ctx)
    statements = [q.question for q in ctx.questions]
    # (the film's own turn told true, or the two works side by side, is no longer asked)
    assert not [s for s in statements if s.startswith("In Test Film, the mayor")], statements
    assert not [s for s in statements if "adds the Night Crow acts" in s], statements
    assert not [s for s in statements if "satirical touch" in s], statements


def test_a_dub_named_by_its_language_keeps_it() -> None:
    film = film_from(
        "== Release ==\nThe film premiered in Budapest on 18 December 1986. Sovexportfilm "
        "released a Russian-dubbed version in the Soviet Union in 1988.\n",
        year=1986,
    )
    stems = [q.question for q in questions_of(film) if "dubbed" in q.question]
    assert stems and all("Russian-dubbed version" in s for s in stems), stems
