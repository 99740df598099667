"""The patterns behind the blind review of round 25 (tests/fixtures/review/round25), one
test each, on films written here."""

from __future__ import annotations

from quiz.facts.events import classify
from quiz.facts.places import territories
from quiz.generate.context import Context
from quiz.generate.templates import adaptation

from .test_prose_facts import film_from, questions_of


def test_her_after_a_causative_verb_or_before_an_adverb_is_an_object() -> None:
    film = film_from(
        "== Plot ==\nThe choreographer Brian Kessler helps her build a free skate. Frank "
        "Ostrowski, for once, tells her simply to enjoy the skate. Lucien opens the case to "
        "show her what he has brought.\n\n== Cast ==\n- Devon Achterberg as Brian Kessler\n"
        "- Colm Rourke as Frank Ostrowski\n- Bernard Castelle as Lucien\n"
    )
    genders = {m.role: m.gender for m in film.cast}
    assert genders["Brian Kessler"] != "female"
    assert genders["Frank Ostrowski"] != "female"
    assert genders["Lucien"] != "female"


def test_a_nickname_names_the_character_across_its_ages() -> None:
    film = film_from(
        "== Cast ==\n"
        '- Kaitlyn Merriweather as Joanne "Jo" Pelletier\n'
        "- Amelie Brassard as Jo, aged 11\n"
        "- Heather Lindgren as Margaret Pelletier, Jo's mother\n"
        "- Tessa Bouchard as Claire Pelletier, Jo's elder sister\n"
        "- Nadine Chartrand as Sylvie Roy, a rival skater\n"
        "- Joanne Pelletier as a judge\n"
    )
    jo = [m for m in film.cast if m.character == 'Joanne "Jo" Pelletier']
    assert len(jo) == 2 and all(m.shared_role for m in jo)
    questions = questions_of(film)
    assert not [q for q in questions if q.question.endswith('who plays Joanne "Jo" Pelletier?')]
    for q in questions:
        if q.template == "actor-to-role" and q.correct_answer == "Jo":
            assert "Joanne Pelletier" not in q.incorrect_answers
        if q.template == "role-to-actor" and "Jo's" in q.question:
            assert "Joanne Pelletier" not in q.incorrect_answers
            assert "Amelie Brassard" not in q.incorrect_answers


def test_a_promotion_event_an_expansion_and_an_occasion_s_place_are_no_releases() -> None:
    assert classify(
        "To promote the Canadian opening, the stars skated an exhibition in Saint John in "
        "late October 2013"
    ) in {None, "other"}
    film = film_from(
        "== Release ==\nIn the United States, Harbor Line gave it a limited release on 7 March "
        "2014 in 18 theatres in New York, Los Angeles and Chicago, expanding to 86 theatres "
        "the following month. Cineplex re-released the film on 12 screens in February 2018 to "
        "coincide with the Winter Olympics in Pyeongchang.\n",
        year=2013,
    )
    assert [e.kind for e in film.events if e.date == "2014-04"] == ["other"]
    assert [e.places for e in film.events if e.date == "2018-02"] == [()]


def test_a_title_a_company_and_a_section_are_no_places() -> None:
    assert territories(
        "In the United States, Pacifica Releasing opened Four Bags to Marseille in New York"
    ) == ["United States"]
    assert territories("carried out by Cap Classics, the successor to Les Films du Cap") == []
    assert territories("premiered in the Special Presentations section of the festival") == []


def test_a_prize_named_for_its_ceremony_marks_that_ceremony_s_row() -> None:
    film = film_from(
        "== Accolades ==\n"
        "| Award ceremony | Year | Category |\n"
        "| San Sebastian International Film Festival | 1966 | Golden Shell |\n"
        "| Best Actor | Bernard Castelle | |\n"
        "| Etoile de Cristal | 1967 | Best Film |\n"
        "| Best Actress | Sylvie Morand | |\n"
        "| Nastro d'Argento | 1967 | Best Supporting Actor |\n\n"
        "At San Sebastian, Castelle won the prize for Best Actor. Morand received the Etoile "
        "de Cristal for Best Actress, while the film was only nominated for Best Film. "
        "Ventura was nominated for the Nastro d'Argento for Best Supporting Actor.\n",
        year=1966,
    )
    rows = {(a.ceremony, a.category): a.result for a in film.awards}
    assert rows[("Etoile de Cristal", "Best Actress")] == "won"
    assert rows[("Etoile de Cristal", "Best Film")] == "nominated"
    assert rows[("Nastro d'Argento", "Best Supporting Actor")] == "nominated"
    assert not [a for a in film.awards if a.from_prose]


def test_a_source_of_the_same_name_keeps_the_film_apart_in_statements() -> None:
    film = film_from(
        "Test Film is a 1992 comedy written from the director's 1988 stage play of the same "
        "name.\n\n== Differences from the play ==\nIn the play, the pig is slaughtered "
        "offstage. However, in the film, the pig escapes and is spared.\n",
        infobox="- Director: Ana Lee\n- Based on: Test Film by Ana Lee\n",
        year=1992,
    )
    assert film.source_work is not None and film.source_work.kind == "stage play"
    ctx = Context(film=film, path="t.txt", pool=[film])
    adaptation.generate(ctx)
    assert ctx.questions
    assert all("the film Test Film" in q.question for q in ctx.questions), [
        q.question for q in ctx.questions
    ]
