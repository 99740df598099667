"""The patterns behind the blind review of round 49 (tests/fixtures/review/round49), one
test each, on films written here."""

from __future__ import annotations

from .test_prose_facts import film_from, questions_of

_CAST = (
    "== Cast ==\n- Sólveig Ragna as Elín Haraldsdóttir, a detective\n"
    "- Steindór Magn as Sigurjón Bárðarson, a skipper\n"
    "- Hjalti Stein as Jónas Haraldsson, Elín's father\n"
    "- Gunnar Hraf as Þorvaldur Geirsson, a fish-plant owner\n"
    "- Ívar Kristins as Bárður Sigurjónsson, Sigurjón's son\n"
    "- Pawel Zielinski as Tomasz Nowak, a Polish worker at the plant\n"
    "- Agnieszka Wrobel as Marta Nowak, Tomasz's wife\n"
    "- Lilja Ósk as Ragnheiður Jónsdóttir, Sigurjón's widow\n"
    "- Ásta Frið as Ásta Friðriksdóttir, a teacher\n"
)


def test_a_patronymic_and_a_foreign_family_are_not_asked_or_offered() -> None:
    film = film_from(_CAST, infobox="- Director: Ana Lee\n- Country: Iceland, Norway\n", year=2019)
    questions = questions_of(film)
    assert not [q for q in questions if q.question.endswith("is Sigurjón's son?")]
    for question in questions:
        if question.category != "cast":
            continue
        options = [question.correct_answer, *question.incorrect_answers]
        assert not {"Tomasz Nowak", "Marta Nowak", "Pawel Zielinski", "Agnieszka Wrobel"} & set(
            options
        ), question.question


def test_a_relative_date_keeps_its_place() -> None:
    film = film_from(
        "== Release ==\nIt opened in Iceland on 4 October 2019.\n\nThe film opened in Norway the "
        "following month and in Denmark on 21 November 2019.\n",
        year=2019,
    )
    places = {e.date: e.places for e in film.events}
    assert places["2019-11-21"] == ("Denmark",)


def test_a_category_word_yields_to_the_recipients_gender() -> None:
    film = film_from(
        "== Cast ==\n- Njeri Mwangi as Wairimu, a matatu owner\n- Brian Omondi as Otieno, a "
        "driver\n- Collins Wafula as Junior, Otieno's son\n- Peter Gathogo as Gitau, a chairman\n"
        "- Grace Nyoka as Njambi, Wairimu's mother\n\n== Accolades ==\n"
        "| Award | Year | Category |\n| Africa Movie Academy Awards | 2013 | Best Comedy |\n"
        "| Most Promising Actor | Njeri Mwangi | |\n\n"
        "At the Africa Movie Academy Awards in 2013 it took the prize for Best Comedy; Mwangi "
        "was nominated only.\n",
        year=2012,
    )
    for question in questions_of(film):
        if question.correct_answer == "Njeri Mwangi" and "Most Promising" in question.question:
            assert not {"Brian Omondi", "Collins Wafula", "Peter Gathogo"} & set(
                question.incorrect_answers
            )


def test_a_television_broadcast_and_a_landmark_clause() -> None:
    film = film_from(
        "== Release ==\nIt opened in Nairobi on 5 October 2012. The film was broadcast on pay "
        "television in East Africa in March 2013, shortly after a DVD release in February "
        "2013.\n",
        year=2012,
    )
    kinds = {e.date: (e.kind, e.places) for e in film.events}
    assert kinds["2013-03"][0] == "other"
    assert kinds["2013-02"] == ("home_media", ())


def test_shooting_days_are_asked_as_such_and_the_span_is_no_option() -> None:
    film = film_from(
        "== Production ==\nPrincipal photography began on 22 October 1956 and finished on "
        "November 28, 1956, after 29 shooting days.\n",
        year=1957,
    )
    asked = [q for q in questions_of(film) if q.correct_answer == "29"]
    assert asked
    for question in asked:
        assert "shooting days" in question.question
        assert not {"37", "38"} & set(question.incorrect_answers)
