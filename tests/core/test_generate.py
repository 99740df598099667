"""The generator on the seed and on synthetic articles: coverage, uniqueness, determinism."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest

from quiz.article import parse_article
from quiz.bank import CATEGORIES, Question
from quiz.facts import extract_film, read_film
from quiz.facts.model import Film
from quiz.facts.text import format_iso_date
from quiz.generate import generate_context, generate_questions
from quiz.generate.kinds import people_genders, role_genders
from quiz.textnorm import normalize_option
from quiz.validate import pool_report, question_problems


@pytest.fixture(scope="module")
def seed_film(seed_path: Path) -> Film:
    return read_film(seed_path)


@pytest.fixture(scope="module")
def seed_questions(seed_film: Film) -> list[Question]:
    return generate_questions(seed_film, "seeds/love_in_the_big_city_2024.txt")


def _asked(questions: list[Question], text: str) -> list[Question]:
    return [q for q in questions if text in q.question or text == q.correct_answer]


def test_seed_volume_categories_and_validity(seed_questions: list[Question]) -> None:
    # About 50: a cast or acting-prize question whose options cannot share the key's gender
    # (the seed makes three people's gender plain, two of them women) is not made, nor a
    # True/False statement of a form blind reviews sent back (README, True/False).
    assert len(seed_questions) >= 45
    # No cast question: the seed makes the gender of only three of its cast plain, too few
    # for options that share the key's (README, "Cast questions").
    assert {q.category for q in seed_questions} == set(CATEGORIES) - {"cast"}
    assert all(question_problems(q) == [] for q in seed_questions)
    report = pool_report(seed_questions)
    assert report.longest_key_share <= 0.30
    assert report.boolean <= len(seed_questions) / 5


def _rejected_stems(film: Film) -> list[str]:
    """Stems the generator refused for lack of three provably wrong, same-kind options."""
    ctx = generate_context(film, "seed.txt", [film])
    return [r.stem for r in ctx.rejected if "fewer than three" in r.reason]


def test_every_complete_cast_pair_is_asked_or_refused_for_want_of_options(
    seed_film: Film, seed_questions: list[Question]
) -> None:
    """Each cast pair is asked both ways unless the options could not share the key's kind
    (gender, name form); such a pair is refused on record, never dropped silently."""
    cast = [q for q in seed_questions if q.category == "cast"]
    refused = _rejected_stems(seed_film)
    genders = people_genders(seed_film)
    roles = role_genders(seed_film)
    for member in seed_film.cast:
        if not (member.actor and member.role):
            continue
        if (
            genders.get(member.actor.casefold()) is None
            and roles.get(member.role.casefold()) is None
        ):
            # Gender never made plain: not asked (its options could not share it).
            assert not [q for q in cast if member.actor in (q.question, q.correct_answer)]
            continue
        to_actor = [
            q for q in cast if "role-to-actor" in q.tags and q.correct_answer == member.actor
        ]
        to_role = [q for q in cast if "actor-to-role" in q.tags and member.actor in q.question]
        assert to_actor or any(member.role in s for s in refused), member
        assert to_role or any(member.actor in s for s in refused), member
    # Roles whose actor vanished are never asked about.
    assert not [q for q in cast if "Su-ho" in q.question or "Ji-seok" in q.question]


def test_every_award_row_with_a_recipient_is_asked_or_refused(
    seed_film: Film, seed_questions: list[Question]
) -> None:
    lines = Counter(q.source.line for q in seed_questions if q.category == "awards" and q.source)
    refused = _rejected_stems(seed_film)
    asked = 0
    for award in seed_film.awards:
        if award.recipient:
            asked += lines[award.source.line] >= 1
            assert lines[award.source.line] >= 1 or any(
                award.recipient in s or award.category in s for s in refused
            ), award
    # The seed's ceremonies span two seasons (2024, 2025), a ceremony is offered only in a
    # year the bank shows it held, and an awards night is never alone among festivals, so
    # most rows are refused on record.
    assert asked >= 1


def test_awards_never_claim_a_result(seed_questions: list[Question]) -> None:
    for q in seed_questions:
        if q.category == "awards":
            text = " ".join((q.question, q.explanation or "", *q.options)).casefold()
            assert not re.search(r"\b(won|win|nominated|nomination)\b", text), q.question


def test_every_event_deal_amount_and_change_is_asked(
    seed_film: Film, seed_questions: list[Question]
) -> None:
    release = [q for q in seed_questions if q.category == "release"]
    for event in seed_film.events:
        if event.precision == "year":
            continue  # a 2024 film closing a 2024 festival: no year on both sides fits
        shown = format_iso_date(event.date, event.precision)
        assert any(shown in (q.explanation or "") for q in release), event
    for deal in seed_film.distribution:
        assert any(
            q.correct_answer == deal.company and deal.territories[0] in q.question for q in release
        ), deal
    keys = {q.correct_answer for q in seed_questions if q.category == "box_office"}
    assert keys == {"879,109", "₩8,303,965,930"}
    adaptation = [q for q in seed_questions if q.category == "adaptation"]
    # A replacement is asked; the seed's other changes are long or open on a pronoun ("his
    # storyline diverges"), which no short trap statement can carry (README, True/False).
    for change in (c for c in seed_film.adaptation_changes if c.kind == "replaced"):
        assert any(
            change.film in (q.explanation or "") or change.film == q.correct_answer
            for q in adaptation
        ), change


def test_best_new_actor_at_four_ceremonies_is_never_ambiguous(
    seed_questions: list[Question],
) -> None:
    """Noh Sang-hyun is recognised for Best New Actor at Baeksang, Buil (2025), Cine21 (2024) and
    Director's Cut (2025); Blue Dragon and KFPA list the category with the recipient lost."""
    for q in seed_questions:
        if "to-ceremony" in q.tags and "Noh Sang-hyun" in q.question:
            pytest.fail(f"ambiguous stem generated: {q.question}")
    for q in seed_questions:
        if "to-category" in q.tags and "Noh Sang-hyun" in q.question:
            # Categories of that ceremony whose recipient was lost are never offered.
            assert "Best Actress" not in q.incorrect_answers or "Cine21" not in q.question


def test_best_music_at_two_ceremonies(seed_questions: list[Question]) -> None:
    """Primary is recognised for Best Music at Blue Dragon (2024) and Buil (2025): a ceremony
    question must name the year and never offer the other Best Music ceremony as wrong."""
    asked = [q for q in seed_questions if "to-ceremony" in q.tags and "Primary" in q.question]
    assert asked, "the unique (year-qualified) form should be asked"
    for q in asked:
        assert re.search(r"\b(20\d\d)\b", q.question)
        assert {"Buil Film Awards", "Blue Dragon Film Awards"}.isdisjoint(q.incorrect_answers), (
            q.options
        )
    # Each ceremony lists one year, so the year is asked per ceremony ("ceremony-to-year"),
    # never per row: two stems with one answer would only repeat each other.
    assert not [q for q in seed_questions if "to-year" in q.tags]


def test_distractors_are_false_for_cast(seed_film: Film, seed_questions: list[Question]) -> None:
    pairs = {(m.actor, m.role) for m in seed_film.cast}
    for q in seed_questions:
        if "role-to-actor" in q.tags:
            role = next(m.role for m in seed_film.cast if m.actor == q.correct_answer)
            for wrong in q.incorrect_answers:
                assert (wrong, role) not in pairs


def test_options_are_distinct_and_same_type(seed_questions: list[Question]) -> None:
    for q in seed_questions:
        normalised = [normalize_option(o) for o in q.options]
        assert len(set(normalised)) == len(normalised), q.question
        if q.category == "release" and re.match(r"^[A-Z][a-z]+ \d{1,2}, \d{4}$", q.correct_answer):
            assert all(re.match(r"^[A-Z][a-z]+ \d{1,2}, \d{4}$", o) for o in q.options), q.options


def test_numeric_distractors_fall_on_both_sides(seed_questions: list[Question]) -> None:
    for q in seed_questions:
        if q.category == "box_office":
            key = float(re.sub(r"[^\d.]", "", q.correct_answer))
            others = [float(re.sub(r"[^\d.]", "", o)) for o in q.incorrect_answers]
            assert min(others) < key < max(others), q.options


def test_stable_ids_and_deterministic_output(seed_film: Film, seed_path: Path) -> None:
    first = generate_questions(seed_film, "seeds/x.txt")
    second = generate_questions(read_film(seed_path), "seeds/x.txt")
    assert [q.to_dict() for q in first] == [q.to_dict() for q in second]
    assert len({q.id for q in first}) == len(first)
    assert all(q.id.startswith("love-in-the-big-city-2024-film-") for q in first)


def test_ids_survive_a_change_elsewhere_in_the_article(seed_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    before = {q.id for q in generate_questions(extract_film(parse_article(text)), "a.txt")}
    edited = text.replace(
        "- Salim Benoit as Olivier\n", "- Salim Benoit as Olivier\n- Extra Person as Dae-ho\n"
    )
    after = {q.id for q in generate_questions(extract_film(parse_article(edited)), "a.txt")}
    assert before <= after


def test_synthetic_articles_generate_valid_questions(synthetic_article: Path) -> None:
    name = synthetic_article.name
    film = read_film(synthetic_article)
    ctx = generate_context(film, f"tests/fixtures/articles/{name}")
    assert ctx.questions, name
    for q in ctx.questions:
        assert question_problems(q) == []
        assert q.source is not None and q.source.line >= 1
        assert film.title in q.question  # every stem names the film


def test_lighthouse_templates(articles_dir: Path) -> None:
    film = read_film(articles_dir / "the_lighthouse_keeper_1998.txt")
    questions = generate_questions(film, "lh.txt")
    stems = {q.question: q for q in questions}
    director = stems["Who directed The Lighthouse Keeper?"]
    assert director.correct_answer == "Ruth Calder"
    assert (
        "Owen Marsh" not in director.incorrect_answers
    )  # co-writer: related role, never a distractor
    # Ellen, renamed Ruth, is a woman; the other characters are men or of unknown sex (a
    # round-53 review: "Ruth" and "Esther" for a renamed boy), so no renamed question.
    assert not [q for q in questions if q.template == "renamed"]
    # "the harbourmaster" (an actor of unknown gender) is asked only when three roles of
    # unknown gender exist; wherever a described role is an option, it reads "The …" once.
    described = [q for q in questions if "The harbourmaster" in q.options]
    assert all("The the" not in " ".join(q.options) for q in described)
    assert "The harbourmaster" not in {q.correct_answer for q in questions}
    budget = next(q for q in questions if q.correct_answer == "$12 million")
    assert all(re.fullmatch(r"\$\d+ million", o) for o in budget.options)


def test_unknown_recipient_rows_are_never_offered_as_wrong() -> None:
    text = (
        "= Cases (2010 film) =\n\nCases\n- Director: Ana Bell\n- Starring: Ben Carr, Cy Dane, Di Eve, Ed Fox\n\n"
        "==Cast==\n- Ben Carr as Tom\n- Cy Dane as Sam\n- Di Eve as Liz\n- Ed Fox as Max\n\n"
        "==Accolades==\n| Ceremony | Year | Category |\n"
        "| Alpha Awards | 2010 | Best Actor |\n| Best Director | Ana Bell | |\n"
        "| Beta Awards | 2010 | Best Actor |\n| Best Editing | Ed Fox | |\n"
        "| Gamma Awards | 2011 | Best Actress |\n| Best Actor | Ben Carr | |\n"
        "| Delta Awards | 2011 | Best Score |\n| Best Actor | Cy Dane | |\n"
        "| Epsilon Awards | 2011 | Best Score |\n| Best Director | Ana Bell | |\n"
        "| Zeta Awards | 2011 | Best Score |\n| Best Editing | Ed Fox | |\n"
    )
    questions = generate_questions(extract_film(parse_article(text)), "c.txt")
    # Enough other ceremonies (Delta, Epsilon, Zeta) for "at which 2011 ceremony was Ben Carr
    # recognised for Best Actor" to be asked, so the check below really runs. (With Alpha and
    # Beta in 2011 too the stem would be ambiguous and is not asked at all.)
    asked = [q for q in questions if "to-ceremony" in q.tags and "Best Actor" in q.question]
    assert asked
    for q in asked:
        # Alpha and Beta (2010) list Best Actor with the recipient lost: it might be this actor.
        assert {"Alpha Awards", "Beta Awards"}.isdisjoint(q.incorrect_answers), q.options
    for q in questions:
        if "to-recipient" in q.tags:
            assert "Best Actor" not in q.question or "Gamma" in q.question or "Delta" in q.question


def test_booleans_are_capped_and_balanced(seed_questions: list[Question]) -> None:
    booleans = [q for q in seed_questions if q.type == "boolean"]
    assert len(booleans) <= len(seed_questions) // 5
    answers = Counter(q.correct_answer for q in booleans)
    assert abs(answers["True"] - answers["False"]) <= max(2, len(booleans) // 2)


def test_house_style_checks_apply_to_generated_questions_only(
    seed_questions: list[Question],
) -> None:
    from dataclasses import replace

    generated = next(q for q in seed_questions if q.type == "multiple")
    no_mark = replace(generated, question=generated.question.rstrip("?") + ".")
    assert any(p.startswith("stem-form") for p in question_problems(no_mark))
    imported = replace(no_mark, source=None, film=None, category="Entertainment: Film")
    assert question_problems(imported) == []


TEMPLATES = [
    "role-to-person", "person-to-role", "role-to-actor", "actor-to-role",
    "to-category", "to-ceremony", "to-recipient",
    "event-to-date", "date-to-event", "territory-to-distributor",
    "distributor-to-territory", "source-author", "renamed", "change-replaced", "change-fate",
    "admissions", "gross", "budget", "duration-took",
    "duration-spent", "duration-waited", "count", "discovered-through", "runtime",
]  # fmt: skip


@pytest.fixture(scope="module")
def all_questions(seed_questions: list[Question], articles_dir: Path) -> list[Question]:
    questions = list(seed_questions)
    for path in sorted(articles_dir.glob("*.txt")):
        questions += generate_questions(read_film(path), path.name)
    # A renamed character is asked only among three others of its sex: the seed and the
    # fixtures above lack them since round 53, a reviewed article has them.
    spindle = articles_dir.parent / "review" / "round34" / "the-golden-spindle.txt"
    questions += generate_questions(read_film(spindle), spindle.name)
    return questions


@pytest.mark.parametrize("template", TEMPLATES)
def test_every_template_produces_valid_questions(
    template: str, all_questions: list[Question]
) -> None:
    made = [q for q in all_questions if template in q.tags]
    assert made, f"no question from template {template}"
    for q in made:
        assert question_problems(q) == []
        assert q.explanation and q.source and q.source.quote


def test_roles_with_a_lost_actor_are_never_wrong_answers(seed_questions: list[Question]) -> None:
    """Su-ho and Ji-seok lost their actors: nobody can be said not to play them."""
    for q in seed_questions:
        if "actor-to-role" in q.tags:
            assert {"Su-ho", "Ji-seok"}.isdisjoint(q.incorrect_answers), q.question


def _date_question(sentence: str, word: str, key: dt.date) -> tuple[Question, list[int]]:
    """The event-to-date question of a one-sentence Release section, with each distractor's
    distance in days from ``key``."""
    text = f"= Solo (2012 film) =\n\nSolo\n- Director: Ann Lee\n\n==Release==\n{sentence}\n"
    questions = generate_questions(extract_film(parse_article(text)), "s.txt")
    q = next(q for q in questions if "event-to-date" in q.tags and word in q.question)
    dates = [dt.datetime.strptime(o, "%B %d, %Y").date() for o in q.incorrect_answers]
    return q, [abs((d - key).days) for d in dates]


def test_close_distractors_make_a_question_harder() -> None:
    """A date question is one level harder exactly when all its distractors fall within two
    weeks of the key (README, difficulty); both cases occur."""
    seen: set[str] = set()
    for day in range(1, 29):
        sentence = f"It was released in Norway on May {day}, 2012."
        q, gaps = _date_question(sentence, "released", dt.date(2012, 5, day))
        assert q.difficulty == ("hard" if max(gaps) <= 14 else "medium"), q.options
        seen.add(q.difficulty)
    assert seen == {"hard", "medium"}


def test_festival_dates_stay_within_the_festival() -> None:
    """A festival runs in the same weeks every year: its distractor dates stay within ten
    days of the key (never a month away, never in the year before a January festival)."""
    for day in range(1, 29):
        sentence = f"It premiered at the Oslo Film Festival on January {day}, 2012."
        q, gaps = _date_question(sentence, "premiere", dt.date(2012, 1, day))
        assert max(gaps) <= 10, q.options
