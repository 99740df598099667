"""Property tests on well-formed random articles: every generated question passes the
validator, and no distractor is true according to the facts it was generated from."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.article import parse_article
from quiz.facts import extract_film
from quiz.generate import generate_questions
from quiz.textnorm import normalize_option
from quiz.validate import question_problems

SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ra",
    "ten",
    "vo",
    "shi",
    "an",
    "del",
    "or",
    "wu",
    "jin",
    "bel",
    "sa",
]


def _word() -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3).map(
        lambda s: "".join(s).capitalize()
    )


def _name() -> st.SearchStrategy[str]:
    return st.tuples(_word(), _word()).map(" ".join)


@st.composite
def film_articles(draw: st.DrawFn) -> str:
    title = draw(_name())
    year = draw(st.integers(1950, 2025))
    people = draw(
        st.lists(_name(), min_size=6, max_size=14, unique=True).filter(lambda ps: title not in ps)
    )
    roles = draw(st.lists(_word(), min_size=len(people), max_size=len(people), unique=True))
    director, writer, *cast_people = people
    lines = [
        f"= {title} ({year} film) =",
        "",
        title,
        f"- Director: {director}",
        f"- Writer: {writer}",
    ]
    lines.append(f"- Starring: {', '.join(cast_people[:2])}")
    lines.append(f"- Runtime: {draw(st.integers(70, 190))} minutes")
    lines += ["", f"{title} is a {year} drama film.", "", "==Cast=="]
    for person, role in zip(cast_people, roles, strict=False):
        lines.append(
            f"- {person} as {role}"
            if draw(st.booleans()) or person != cast_people[-1]
            else f"- as {role}"
        )
    lines += [
        "",
        "== Release ==",
        f"It premiered at the {draw(_word())} Film Festival on March {draw(st.integers(1, 28))}, {year}.",
    ]
    companies = draw(st.lists(_word(), min_size=0, max_size=5, unique=True))
    places = draw(st.lists(_word(), min_size=len(companies), max_size=len(companies), unique=True))
    if companies:
        deals = "; ".join(f"{c} Films in {p}" for c, p in zip(companies, places, strict=True))
        lines.append(f"In May {year}, the film rights were acquired by {deals}.")
    lines += ["", "=== Accolades ===", "| Award ceremony | Year | Category |"]
    ceremonies = draw(st.lists(_word(), min_size=1, max_size=4, unique=True))
    categories = [
        "Best Film",
        "Best Director",
        "Best Actor",
        "Best Actress",
        "Best Music",
        "Best Screenplay",
    ]
    for ceremony in ceremonies:
        first, *rest = draw(
            st.lists(st.sampled_from(categories), min_size=1, max_size=4, unique=True)
        )
        lines.append(f"| {ceremony} Awards | {year + draw(st.integers(0, 1))} | {first} |")
        for category in rest:
            recipient = draw(st.sampled_from([*cast_people[:3], director, ""]))
            lines.append(f"| {category} | {recipient} | |")
    return "\n".join(lines) + "\n"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(film_articles())
def test_generated_questions_are_valid_and_distractors_false(text: str) -> None:
    film = extract_film(parse_article(text))
    questions = generate_questions(film, "random.txt")
    assert questions
    cast_pairs = {(m.actor, m.role) for m in film.cast}
    rows = {(a.ceremony, a.year, normalize_option(a.category), a.recipient) for a in film.awards}
    for q in questions:
        assert question_problems(q) == [], (q.question, q.options)
        if "role-to-actor" in q.tags:
            role = next(
                m.role
                for m in film.cast
                if m.actor == q.correct_answer and m.role and m.role in q.question
            )
            assert all((wrong, role) not in cast_pairs for wrong in q.incorrect_answers)
        if "to-recipient" in q.tags:
            for wrong in q.incorrect_answers:
                assert not any(
                    r[3] == wrong and r[2] in normalize_option(q.question) for r in rows
                ), q.question
        if "to-ceremony" in q.tags:
            who = re.search(r"(?:was|were) (.+?) recognised", q.question)
            assert who is not None
            for wrong in q.incorrect_answers:
                # no row at the wrong ceremony may hold this category for this (or a lost) recipient
                for ceremony, _year, category, recipient in rows:
                    if (
                        ceremony == wrong
                        and category
                        and f" {category} " in f" {normalize_option(q.question)} "
                    ):
                        assert recipient is not None and recipient not in q.question, (
                            q.question,
                            wrong,
                        )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(film_articles())
def test_games_are_leak_free_and_options_of_the_keys_kind(text: str) -> None:
    import random
    from collections import Counter

    from quiz.facts.roles import category_gender, category_level
    from quiz.picking import leaked_answers, pick_questions, template_cap

    film = extract_film(parse_article(text))
    questions = generate_questions(film, "random.txt")
    for seed in range(5):
        game = pick_questions(questions, 20, random.Random(seed))
        assert leaked_answers(game) == 0
        if len(questions) >= 60:
            assert max(Counter(q.template for q in game).values()) <= template_cap(20)
    directors = {c.name for c in film.credits if c.role == "Director"}
    actors = {m.actor for m in film.cast if m.actor}
    observed: dict[str, bool] = {}
    for award in film.awards:  # the article's own rows beat the table ("Best Film" to a person)
        if award.recipient_is_film:
            observed[award.category] = True
        elif award.recipient:
            observed.setdefault(award.category, False)

    def film_level(category: str) -> bool:
        return observed.get(category, category_level(category) == "film")

    for q in questions:
        if q.template == "to-category":
            film_prize = film_level(q.correct_answer)
            assert all(film_level(o) == film_prize for o in q.incorrect_answers), q.options
            gender = category_gender(q.correct_answer)
            if gender:
                assert all(category_gender(o) in {gender, None} for o in q.incorrect_answers)
        if q.template == "role-to-actor":
            assert not (directors - actors) & set(q.incorrect_answers)
