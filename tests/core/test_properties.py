"""Property tests: the reader, the extractor and the generator never raise on arbitrary text,
and everything the generator emits passes the validator."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.article import parse_article
from quiz.bank import QuestionSet
from quiz.facts import extract_film
from quiz.generate import generate_questions
from quiz.validate import question_problems, set_problems

_LINE_SHAPES = st.one_of(
    st.text(max_size=80),
    st.builds(lambda k, v: f"- {k}: {v}", st.text(max_size=15), st.text(max_size=40)),
    st.builds(lambda t: f"== {t} ==", st.text(max_size=20)),
    st.builds(lambda t: f"==={t}===", st.text(max_size=20)),
    st.builds(
        lambda cells: "| " + " | ".join(cells) + " |", st.lists(st.text(max_size=12), max_size=6)
    ),
    st.builds(lambda a, r: f"- {a} as {r}", st.text(max_size=20), st.text(max_size=20)),
    st.sampled_from(
        [
            "It premiered at the Berlin Film Festival on March 3, 2019.",
            "In May 2020, the film rights were acquired by A in B; C in D and E.",
            "The film grossed $1.5 million.",
            "While X in the novel, this was replaced in the film with Y.",
            "In the novel, A dies. However, in the film, A lives.",
            "It took her three years to finish it.",
            "| Festival | 2020 | Best Film |",
            "| Best Actor | Someone | |",
            "= Title (2020 film) =",
        ]
    ),
)

articles = st.lists(_LINE_SHAPES, max_size=40).map("\n".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles)
def test_reader_and_extractor_never_raise(text: str) -> None:
    article = parse_article(text)
    film = extract_film(article)
    film.to_json_dict()


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles)
def test_every_generated_question_passes_the_validator(text: str) -> None:
    film = extract_film(parse_article(text))
    questions = generate_questions(film, "synthetic.txt")
    for question in questions:
        assert question_problems(question) == []
    assert set_problems(QuestionSet(title="t", questions=questions)) == []


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_unicode_never_raises(text: str) -> None:
    extract_film(parse_article(text))
