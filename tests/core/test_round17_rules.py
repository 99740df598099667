"""The patterns behind the blind reviews of rounds 17 and 18 (tests/fixtures/review) that
the last stop left open, one test each, on films written here."""

from __future__ import annotations

from quiz.bank import Question
from quiz.facts.model import Film
from quiz.generate import generate_questions
from quiz.generate.context import Context
from quiz.generate.templates import adaptation

from .test_prose_facts import film_from


def _questions(film: Film) -> list[Question]:
    return generate_questions(film, "t.txt", [film])


def _with_key(film: Film, key: str) -> list[Question]:
    return [q for q in _questions(film) if q.correct_answer == key]


_MEN = (
    "== Cast ==\n- Hal Dorn as Mr. Lam, a landlord\n- Ray Teague as Minh, a fisherman\n"
    "- Dean Cole as Duc, a boy\n- Owen Marsh as Hung, a grandfather\n"
    "- Tom Pike as Tuan, a monk\n"
)


def test_a_lone_titled_name_is_not_asked_among_given_names() -> None:
    film = film_from(_MEN)
    assert _with_key(film, "Mr. Lam") == []
    assert _with_key(film, "Hal Dorn"), "the actor is still asked for the role"


def test_a_titled_name_is_asked_beside_another_titled_name() -> None:
    film = film_from(_MEN + "- Karl Voss as Uncle Bao, a farmer\n")
    asked = _with_key(film, "Mr. Lam")
    assert asked
    assert all("Uncle Bao" in q.incorrect_answers for q in asked)


def test_a_shared_surname_names_the_credited_filmmaker() -> None:
    film = film_from(
        "Test Film is a 2019 film directed by Dwight Kessler and written by Kessler and "
        "Marnie Coyle.\n\n== Cast ==\n- Kelly Durrant as Claire\n"
        "- Ruth Ann Kessler as the woman in the photograph\n\n== Accolades ==\n"
        "Kessler was also nominated for the Open Palm Award at the Gotham Awards.\n",
        infobox="- Director: Dwight Kessler\n- Writer: Dwight Kessler, Marnie Coyle\n",
    )
    assert [(a.recipient, a.result) for a in film.awards] == [("Dwight Kessler", "nominated")]
    assert "Kessler" not in {p.name for p in film.people}


def test_a_release_with_a_dubbed_version_beside_it_is_the_films_own() -> None:
    film = film_from(
        "== Release ==\nIt opened in Kazakhstan on 30 August 2012, in Kazakh with a separate "
        "Russian-dubbed version. The dubbed version was released in Russia on 7 March 2013.\n"
    )
    labels = {e.date: e.what for e in film.events}
    assert "dubbed" not in labels["2012-08-30"]
    assert "dubbed version" in labels["2013-03-07"]


def test_true_and_false_changes_share_one_frame() -> None:
    film = film_from(
        "Test Film is based on the 1990 novel The Pass by Anna Berg.\n\n"
        "== Differences from the novel ==\n"
        "In the novel, Qoja survives and later becomes a judge. However, in the film, he dies "
        "defending the mountain pass.\n"
        "In the novel, Aru returns to the river at the end. In the film, she remains one day "
        "longer than the others.\n"
        "In the novel, the grandmother is still alive. In the film, she has died before the "
        "story begins.\n",
        year=2012,
    )
    ctx = Context(film=film, path="t.txt", pool=[film])
    adaptation.generate(ctx)
    statements = {q.question: q.correct_answer for q in ctx.questions if q.type == "boolean"}
    assert len(statements) == 3, statements
    for statement in statements:
        assert statement.startswith("In Test Film, "), statement
        assert "as in the" not in statement and "by contrast" not in statement
    assert set(statements) <= {
        "In Test Film, Qoja survives and later becomes a judge.",
        "In Test Film, Qoja dies defending the mountain pass.",
        "In Test Film, Aru returns to the river at the end.",
        "In Test Film, Aru remains one day longer than the others.",
        "In Test Film, the grandmother is still alive.",
        "In Test Film, the grandmother has died before the story begins.",
    }
