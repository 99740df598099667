"""One test per publisher rule (issue "Questions a publisher would print"), on films built
here: typed distractors (gender, craft, prize level), co-recipients, synonyms, chronology,
key-rank uniformity, result wording, the year tag, the director as performer, relatives."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from typing import Any

from quiz.bank import Question
from quiz.facts.model import Award, CastMember, Credit, Event, Film, Source
from quiz.facts.roles import category_key, category_level
from quiz.generate import generate_questions

S = Source(1, "quote")


def _film(title: str = "Tidewater", year: int = 2020, **fields: object) -> Film:
    film = Film(title=title, qualifier=f"{year} film", title_source=S, year=year)
    for name, value in fields.items():
        setattr(film, name, value)
    return film


def _line(n: int) -> Source:
    return Source(n, f"line {n}")


def _cast(*rows: tuple[str, str, str | None]) -> list[CastMember]:
    return [
        CastMember(actor, role, note, _line(10 + i), order=i)
        for i, (actor, role, note) in enumerate(rows)
    ]


def _questions(film: Film, pool: list[Film] | None = None) -> list[Question]:
    return generate_questions(film, "t.txt", pool or [film])


def _of(questions: list[Question], template: str) -> list[Question]:
    return [q for q in questions if q.template == template]


CAST = _cast(
    ("Ann Moss", "Mrs. Kwon", None),
    ("Bea Lund", "Clara", "Tom's mother"),
    ("Cy Park", "Father Doyle", None),
    ("Dan Roe", "Tom", None),
    ("Eve Hart", "Lena", None),
    ("Fay Orr", "Queen Mab", None),
    ("Gus Kim", "Mr. Bell", None),
    ("Hal Voss", "Uncle Jo", None),
    ("Ivy Dunn", "Aunt May", None),
)


def test_gender_of_roles_limits_the_actors_offered() -> None:
    film = _film(cast=CAST, genders={"Eve Hart": "female", "Dan Roe": "male"})
    questions = _questions(film)
    women = {"Ann Moss", "Bea Lund", "Fay Orr", "Ivy Dunn", "Eve Hart"}
    men = {"Cy Park", "Gus Kim", "Hal Voss", "Dan Roe"}
    for q in _of(questions, "role-to-actor"):
        if q.correct_answer in men:
            assert not women & set(q.incorrect_answers), q.options
        if q.correct_answer in women:
            assert not men & set(q.incorrect_answers), q.options
    for q in _of(questions, "actor-to-role"):
        if "Eve Hart" in q.question:  # a woman by the article: never "Father Doyle"
            assert not {"Father Doyle", "Mr. Bell", "Uncle Jo"} & set(q.incorrect_answers)


def test_unknown_gender_is_never_offered_beside_a_known_key() -> None:
    """A key whose gender the article never makes plain is not asked about, and options of
    unknown gender are never offered beside a key of known gender."""
    names = ("Ann", "Bob", "Cid", "Dee", "Eli")
    # (roles that echo no actor's first name: "Ann" as "Annette" would read itself)
    roles = dict(zip(names, ("Rita", "Sara", "Lena", "Mona", "Tina"), strict=True))
    film = _film(cast=_cast(*((f"{n} Voss", roles[n], None) for n in names)))
    assert not _of(_questions(film), "role-to-actor")
    known = {f"{n} Voss": "female" for n in names[:4]}
    film = _film(cast=_cast(*((f"{n} Voss", roles[n], None) for n in names)), genders=known)
    asked = _of(_questions(film), "role-to-actor")
    assert {q.correct_answer for q in asked} == set(known)
    assert not any("Eli Voss" in q.options for q in asked)


RELATIVES = _cast(
    ("Bea Lund", "Clara", "Tom's mother"),
    ("Dan Roe", "Tom", None),
    ("Eve Hart", "Lena", None),
    ("Joy Pike", "Rita", None),
    ("Kay Ames", "Sara", None),
    ("Cy Park", "Father Doyle", None),
    ("Gus Kim", "Mr. Bell", None),
    ("Ivy Dunn", "Aunt May", None),
)
WOMEN = {"Eve Hart": "female", "Joy Pike": "female", "Kay Ames": "female", "Dan Roe": "male"}


def test_a_character_is_never_its_own_relative() -> None:
    film = _film(cast=RELATIVES, genders=WOMEN)
    q = _of(_questions(film), "note-to-role")
    assert q and all("Tom" not in x.incorrect_answers for x in q)
    # "mother": only plain names of women: no "Aunt May" to match the relation word
    assert all(set(x.options) == {"Clara", "Lena", "Rita", "Sara"} for x in q)


def test_a_relative_is_never_offered_for_another_relation() -> None:
    """ "Which character is Obi's wife?" never offers his mother, his sister, his niece or
    anyone sharing the family name: they are his relatives, so the option reads as a trick."""
    cast = _cast(
        ("Ada Eze", "Ngozi Okafor", "a retired teacher"),
        ("Ben Ude", "Obi Okafor", "Ngozi's eldest son"),
        ("Chi Ade", "Folake", "Obi's wife"),
        ("Dee Oji", "Amara", "Obi's sister"),
        ("Efe Ola", "Somto", "Amara's daughter"),
        ("Fola Ike", "Ifeoma Okafor", None),
        ("Gina Obi", "Rita", None),
        ("Hope Uba", "Sade", None),
        ("Ife Nwa", "Tola", None),
    )
    women = {m.actor: "female" for m in cast if m.actor != "Ben Ude"} | {"Ben Ude": "male"}
    film = _film(cast=cast, genders=women)
    wife = [q for q in _of(_questions(film), "note-to-role") if "Obi's wife" in q.question]
    assert wife and all(set(q.options) == {"Folake", "Rita", "Sade", "Tola"} for q in wife)


def test_a_relative_whose_name_gives_it_away_is_not_asked() -> None:
    cast = _cast(
        ("Bea Lund", "Mama Tom", "Tom's mother"),
        *(
            (a, r, n)
            for a, r, n in [
                ("Dan Roe", "Tom", None),
                ("Eve Hart", "Lena", None),
                ("Joy Pike", "Rita", None),
                ("Kay Ames", "Sara", None),
            ]
        ),
    )
    film = _film(cast=cast, genders=WOMEN)
    assert not _of(_questions(film), "note-to-role")


def test_an_actor_named_like_the_character_is_not_asked() -> None:
    cast = [*_cast(("Kel Otto", "Baba Otto", "Tom's father")), *CAST[2:]]
    questions = _questions(_film(cast=cast))
    assert not [q for q in questions if "Otto" in q.question]


def test_a_titled_character_is_offered_among_titled_ones() -> None:
    film = _film(cast=RELATIVES, genders=WOMEN)
    for q in _of(_questions(film), "actor-to-role"):
        if q.correct_answer in {"Lena", "Rita", "Sara"}:
            assert "Aunt May" not in q.options, q.options


def test_an_unknown_gender_key_gets_no_options_of_known_gender() -> None:
    cast = [*_cast(("Al Sim", "Kimo", None)), *RELATIVES[1:]]
    film = _film(cast=cast, genders=WOMEN)
    for q in _questions(film):
        if q.template == "role-to-actor" and q.correct_answer == "Al Sim":
            assert not {"Eve Hart", "Joy Pike", "Kay Ames", "Dan Roe"} & set(q.options)


def test_versions_of_one_character_never_meet() -> None:
    cast = _cast(
        ("Ann Moss", "Madam Lamai", None),
        ("Bea Lund", "young Lamai", None),
        ("Eve Hart", "Lena", None),
        ("Joy Pike", "Rita", None),
        ("Kay Ames", "Sara", None),
        ("Ivy Dunn", "Aunt May", None),
    )
    film = _film(cast=cast, genders=WOMEN)
    for q in _of(_questions(film), "actor-to-role"):
        lamais = [o for o in q.options if "Lamai" in o]
        assert len(lamais) <= 1, q.options


def test_a_dub_voice_is_offered_only_against_the_same_dub() -> None:
    main = _cast(*((f"{n} Voss", f"{n}ette", None) for n in ("Ann", "Bob", "Cid", "Dee", "Eli")))
    dub = [
        CastMember(
            f"{n} Dubb",
            f"{n}ette",
            None,
            _line(30 + i),
            order=i,
            voice=True,
            cast_list="English dub cast",
        )
        for i, n in enumerate(("Ann", "Bob", "Cid", "Dee"))
    ]
    dub.append(
        CastMember(None, "Elitte", None, _line(40), voice=True, cast_list="English dub cast")
    )
    film = _film(cast=main + dub)
    for q in _questions(film):
        if q.template == "role-to-actor" and "dub" not in q.question:
            assert not any("Dubb" in o for o in q.options), q.options
        if q.template == "actor-to-role" and "dub" in q.question:
            # no role without a listed dub voice (it might be this voice's)
            assert "Elitte" not in q.options and "Eliette" not in q.options


def test_the_director_is_never_offered_as_a_performer() -> None:
    credits = [Credit("Director", "Zoe Quill", _line(3)), Credit("Starring", "Ann Moss", _line(4))]
    film = _film(cast=CAST, credits=credits)
    for q in _questions(film):
        if q.category == "cast" or (q.template == "role-to-person" and "star" in q.question):
            assert "Zoe Quill" not in q.incorrect_answers, q.question


AWARDS = [
    Award("Harbour Film Awards", 2021, "Best Actress", "Ann Moss", _line(40)),
    Award("Harbour Film Awards", 2021, "Best Director", "Zoe Quill", _line(41)),
    Award("Harbour Film Awards", 2021, "Best Picture", "Tidewater", _line(42), True),
    Award("Harbour Film Awards", 2021, "Best Cinematography", "Rui Sol", _line(43)),
    Award("Harbour Film Awards", 2021, "Best Supporting Actor", "Cy Park", _line(44)),
    Award("Harbour Film Awards", 2021, "Best Screenplay", "Zoe Quill and Lu Penn", _line(45)),
    Award("Harbour Film Awards", 2021, "Best Original Score", "Mo Tay", _line(46)),
    Award("Coast Critics Circle", 2021, "Best Actor", "Gus Kim", _line(47)),
    Award("Coast Critics Circle", 2021, "Best Foreign Language Film", "Tidewater", _line(48), True),
    Award("Coast Critics Circle", 2021, "Best Editing", "Ida Lake", _line(49)),
]
CREW = [
    Credit("Director", "Zoe Quill", _line(3)),
    Credit("Screenplay", "Zoe Quill", _line(4)),
    Credit("Screenplay", "Lu Penn", _line(4)),
    Credit("Cinematography", "Rui Sol", _line(5)),
    Credit("Music", "Mo Tay", _line(6)),
    Credit("Editing", "Ida Lake", _line(7)),
]


def _award_film(**fields: Any) -> Film:
    return _film(**{"cast": CAST, "credits": CREW, "awards": AWARDS, **fields})


def test_prize_level_craft_and_gender_of_categories() -> None:
    """Options are prizes of the key's level, craft and gender; a crew member's category is
    asked only among prizes of their own crafts (another craft's prize is no test)."""
    more = [
        Award("Harbour Film Awards", 2021, "Best Supporting Actress", "Bea Lund", _line(50)),
        Award("Harbour Film Awards", 2021, "Best Newcomer", "Eve Hart", _line(51)),
        Award("Harbour Film Awards", 2021, "Best Comedic Performance", "Fay Orr", _line(52)),
    ]
    questions = _of(_questions(_award_film(awards=[*AWARDS, *more])), "to-category")
    assert any(q.correct_answer == "Best Actress" for q in questions)
    assert not any(q.correct_answer in {"Best Cinematography", "Best Editing"} for q in questions)
    for q in questions:
        film_level = category_level(q.correct_answer) == "film"
        for option in q.incorrect_answers:
            assert (category_level(option) == "film") == film_level, q.options
        if q.correct_answer == "Best Actress":  # a woman and an actor: no screenplay prize
            assert not {"Best Actor", "Best Supporting Actor", "Best Screenplay"} & set(
                q.incorrect_answers
            )
            assert all(
                any(w in o for w in ("Actress", "New", "Young", "Break", "Performance"))
                for o in q.options
            )


def test_recipients_of_a_craft_prize_practise_that_craft() -> None:
    questions = _of(_questions(_award_film()), "to-recipient")
    actors = {m.actor for m in CAST}
    for q in questions:
        if q.correct_answer in {"Rui Sol", "Mo Tay", "Ida Lake"}:
            assert not actors & set(q.incorrect_answers), q.options
        if "Actress" in q.question:
            assert not {"Cy Park", "Gus Kim", "Hal Voss", "Zoe Quill"} & set(q.incorrect_answers)


def test_a_co_recipients_other_category_is_never_a_distractor() -> None:
    """Zoe Quill and Lu Penn share Best Screenplay; Zoe Quill also holds Best Director at
    that ceremony, so Best Director is never offered as wrong for the pair."""
    extra = [
        Award("Harbour Film Awards", 2021, "Best Documentary Screenplay", "Kit Roe", _line(49)),
        Award("Harbour Film Awards", 2021, "Best Dialogue Writing", "Kit Roe", _line(50)),
        Award("Harbour Film Awards", 2021, "Best Story", "Kit Roe", _line(51)),
    ]
    film = _film(cast=CAST, credits=CREW, awards=[*AWARDS, *extra])
    questions = [q for q in _questions(film) if "Zoe Quill and Lu Penn" in q.question]
    assert questions
    for q in questions:
        assert "Best Director" not in q.incorrect_answers


def test_no_two_options_mean_the_same_category() -> None:
    pool_film = _film(
        "Other",
        2019,
        awards=[
            Award(
                "Coast Critics Circle",
                2020,
                "Best Film Not in the English Language",
                "Other",
                _line(5),
                True,
            ),
            Award(
                "Coast Critics Circle",
                2020,
                "Best International Feature Film",
                "Other",
                _line(6),
                True,
            ),
            Award("Coast Critics Circle", 2020, "Best Picture", "Other", _line(7), True),
            Award("Coast Critics Circle", 2020, "Audience Award", "Other", _line(8), True),
        ],
    )
    film = _award_film()
    for q in _of(_questions(film, [film, pool_film]), "to-category"):
        keys = [category_key(o) for o in q.options]
        assert len(set(keys)) == 4, q.options


def test_result_wording_follows_the_article() -> None:
    awards = [
        Award("Harbour Film Awards", 2021, "Best Actress", "Ann Moss", _line(40), result="won"),
        Award(
            "Coast Critics Circle",
            2021,
            "Best Supporting Actor",
            "Cy Park",
            _line(41),
            result="nominated",
        ),
        Award("Bay Film Awards", 2021, "Best Supporting Actress", "Ivy Dunn", _line(43)),
    ]
    genders = dict.fromkeys(("Cy Park", "Gus Kim", "Hal Voss", "Dan Roe"), "male")
    genders["Eve Hart"] = "female"
    questions = _questions(_film(cast=CAST, credits=CREW, awards=awards, genders=genders))
    stems: dict[int, list[str]] = {}
    for q in questions:
        if q.template in {"to-category", "to-ceremony", "to-recipient"} and q.source:
            stems.setdefault(q.source.line, []).append(q.question)
    assert stems[40] and all(" win " in s or "won " in s for s in stems[40])
    assert stems[41] and all("nominated" in s for s in stems[41])
    assert stems[43] and all("recognised" in s for s in stems[43])
    assert not any("according to" in q.question.casefold() for q in questions)


def test_year_tag_only_where_it_disambiguates() -> None:
    plain = Film("Tidewater", "film", S, year=2020, cast=CAST)
    assert all("(2020)" not in q.question for q in _questions(plain))
    # A year in the qualifier alone does not earn the tag: in every other stem it would give
    # away the answers of the set's year questions.
    dated = Film("Tidewater", "2020 film", S, year=2020, cast=CAST)
    assert all("(2020)" not in q.question for q in _questions(dated))
    twin = Film("Tidewater", None, S, year=1990, cast=CAST)
    assert all(
        "(2020)" in q.question for q in _of(_questions(plain, [plain, twin]), "role-to-actor")
    )


def _dated_film(premiere: dt.date, offset: int) -> Film:
    release = premiere + dt.timedelta(days=offset)
    trailer = premiere - dt.timedelta(days=offset)
    return _film(
        events=[
            Event(
                "premiere",
                "premiere, Harbour Film Festival",
                premiere.isoformat(),
                "day",
                _line(30),
                "Harbour Film Festival",
            ),
            Event(
                "release",
                "theatrical release, Norway",
                release.isoformat(),
                "day",
                _line(31),
                "Norway",
            ),
            Event("trailer", "first trailer released", trailer.isoformat(), "day", _line(32)),
            # a coarser date must not loosen the bounds of finer ones
            Event(
                "festival_screening",
                "screening, Fjord Festival",
                str(premiere.year),
                "year",
                _line(33),
                "Fjord Festival",
            ),
        ]
    )


def _date(text: str) -> dt.date:
    return dt.datetime.strptime(text, "%B %d, %Y").date()


def test_dates_fit_the_story() -> None:
    """No release date before the premiere, no trailer date after the release."""
    for n in range(40):
        premiere = dt.date(2020, 1, 1) + dt.timedelta(days=9 * n)
        film = _dated_film(premiere, 10 + n % 20)
        for q in _of(_questions(film), "event-to-date"):
            options = [_date(o) for o in q.options]
            if q.correct_answer.isdigit():
                continue
            if "released theatrically" in q.question:
                assert min(options) >= premiere, q.options
            if "trailer" in q.question:
                release = premiere + dt.timedelta(days=10 + n % 20)
                assert max(options) <= release, q.options


def test_key_rank_is_balanced_and_never_at_an_edge() -> None:
    """The key always has an option on each side (rank 1 or 2 among the sorted date/year
    options), and a chi-square says ranks 1 and 2 come up equally often over many films."""
    ranks: Counter[int] = Counter()
    for n in range(80):
        premiere = dt.date(2015, 3, 1) + dt.timedelta(days=11 * n)
        film = _dated_film(premiere, 15 + n % 30)
        film.awards = [
            Award(
                f"Harbour Awards {c}",
                2016 + (n + c) % 2,
                "Best Picture",
                "Tidewater",
                _line(40 + c),
                True,
            )
            for c in range(3)
        ]
        film.year = 2015
        for q in _questions(film):
            if q.template in {"event-to-date", "ceremony-to-year", "to-year", "infobox-released"}:
                if q.correct_answer.isdigit():
                    order = sorted(q.options, key=int)
                else:
                    order = sorted(q.options, key=_date)
                ranks[order.index(q.correct_answer)] += 1
    total = sum(ranks.values())
    assert total >= 200
    assert ranks[0] == ranks[3] == 0, ranks  # never "pick the earliest/latest"
    expected = total / 2
    chi2 = sum((ranks[r] - expected) ** 2 / expected for r in (1, 2))
    assert chi2 < 6.63, ranks  # p = 0.01 with 1 degree of freedom


def test_plain_draws_would_fail_the_balance_test() -> None:
    """The test above can fail: a key always second would be a cue of its own."""
    ranks = Counter(1 for _ in range(200))
    expected = 100.0
    chi2 = sum((ranks[r] - expected) ** 2 / expected for r in (1, 2))
    assert chi2 > 6.63


def test_a_recurring_ceremony_asks_the_rows_year() -> None:
    awards = [
        Award("Harbour Film Awards", 2021, "Best Actress", "Ann Moss", _line(40)),
        Award("Harbour Film Awards", 2022, "Best Director", "Zoe Quill", _line(41)),
    ]
    film = _film(cast=CAST, credits=CREW, awards=awards)
    film.events = [
        Event("premiere", "premiere, X Festival", "2020-05-01", "day", _line(30), "X Festival")
    ]
    made = _of(_questions(film), "to-year")
    assert made
    for q in made:
        assert all(2020 <= int(o) <= 2024 for o in q.options), q.options


def test_first_release_from_the_infobox_only_when_it_is_first() -> None:
    film = _film(released="2020-06-05", released_source=_line(8))
    made = _of(_questions(film), "infobox-released")
    assert made and made[0].question.endswith("first released?")
    film.events = [
        Event("premiere", "premiere, X Festival", "2020-05-01", "day", _line(30), "X Festival")
    ]
    assert not _of(_questions(film), "infobox-released")


def test_second_cast_list_is_named_in_the_stem() -> None:
    cast = [
        *CAST[:5],
        CastMember("Jon Ash", "Tom", None, _line(30), order=9, cast_list="English dub cast"),
        *(
            CastMember(actor, role, None, _line(31 + i), order=10 + i, cast_list="English dub cast")
            for i, (actor, role) in enumerate(
                [("Kim Orr", "Lena"), ("Lou Pym", "Rex"), ("Max Ide", "Pip")]
            )
        ),
    ]
    men = {"Jon Ash": "male", "Kim Orr": "male", "Lou Pym": "male", "Max Ide": "male"}
    questions = _of(_questions(_film(cast=cast, genders=men)), "role-to-actor")
    dub = [q for q in questions if q.correct_answer == "Jon Ash"]
    assert dub and "English dub of" in dub[0].question
    assert all("Jon Ash" not in q.incorrect_answers for q in questions if "Tom " in q.question)
    assert all("Dan Roe" not in q.incorrect_answers for q in dub)


def test_random_module_unused() -> None:
    """Generation is deterministic: two runs give the same questions."""
    film = _award_film()
    assert _questions(film) == _questions(film)
    assert random.Random(1).random() == random.Random(1).random()


def test_a_giveaway_is_never_hard() -> None:
    """A key sharing a name with the stem (an actress named like her character) is easy."""
    from pathlib import Path

    from quiz.facts import read_film
    from quiz.generate.difficulty import is_giveaway

    # An actress named like her character is not asked about at all (either way round).
    rows = [("Sandra Lind", "Sandra Voss", None), *((m.actor, m.role, None) for m in CAST[:4])]
    film = _film(cast=_cast(*rows))  # type: ignore[arg-type]
    assert not [q for q in _questions(film) if "Sandra" in q.question]
    articles = Path(__file__).resolve().parents[1] / "fixtures" / "articles"
    flagged = 0
    for path in sorted(articles.glob("*.txt")):
        read = read_film(path)
        for q in generate_questions(read, path.name):
            if q.type == "multiple" and is_giveaway(
                q.question, q.correct_answer, list(q.incorrect_answers), read.title
            ):
                flagged += 1
                assert q.difficulty == "easy", q.question
    # The fixtures no longer hold one (cast names are not asked where they would give the
    # answer); a question assembled with a giveaway stem shows the cap still works.
    from quiz.generate.context import Context

    ctx = Context(_film(), "t.txt")
    made = ctx.multiple(
        category="release",
        template="territory-to-distributor",
        fact=("Japan", "KDDI Japan"),
        stem="Which company bought the rights to Tidewater in Japan?",
        key="KDDI Japan",
        candidates=["Moviecloud", "Neofilms", "Purple Plan"],
        difficulty="hard",
        explanation="KDDI Japan bought them.",
        source=_line(9),
    )
    assert made is not None and made.difficulty == "easy"


def test_number_precision_sets_difficulty() -> None:
    from quiz.generate.difficulty import number_difficulty, significant_digits

    assert significant_digits(879109) == 6 and significant_digits(30_000_000) == 1
    assert significant_digits(2.5) == 2
    assert number_difficulty(30_000_000) == "medium"
    assert number_difficulty(879_109) == "hard"


def test_cross_film_questions_use_other_films_proven_wrong() -> None:
    from pathlib import Path

    from quiz.facts import read_film
    from quiz.facts.roles import craft_of

    root = Path(__file__).resolve().parents[2]
    paths = [root / "seeds" / "love_in_the_big_city_2024.txt"]
    paths += sorted((root / "tests" / "fixtures" / "articles").glob("*.txt"))
    films = [read_film(p) for p in paths]
    by_title = {f.title: f for f in films}
    made: Counter[str] = Counter()
    for film in films:
        alone = generate_questions(film, "x.txt", [film])
        assert not [q for q in alone if (q.template or "").startswith("cross-")]
        for q in generate_questions(film, "x.txt", films):
            if not q.template or not q.template.startswith("cross-"):
                continue
            made[q.template] += 1
            assert q.correct_answer == film.title
            for title in q.incorrect_answers:
                other = by_title[title]
                if q.template == "cross-directed-by":
                    directors = {c.name for c in other.credits if craft_of(c.role) == "directing"}
                    assert directors and q.question.split(" by ")[1][:-1] not in directors
                if q.template == "cross-stars":
                    actor = q.question.split(" does ")[1].removesuffix(" appear?")
                    assert actor not in {m.actor for m in other.cast}
    assert set(made) == {"cross-directed-by", "cross-stars", "cross-premiered-at"}


def test_cross_film_question_shares_its_fact_with_the_single_film_twin() -> None:
    credits = [Credit("Director", "Zoe Quill", _line(3))]
    films = [
        _film(title, 2000 + i, credits=[Credit("Director", f"{title} Maker", _line(3))])
        for i, title in enumerate(("Saltmarsh", "Ironwood", "Brightwater", "Lowland"))
    ]
    film = _film(credits=credits)
    questions = generate_questions(film, "t.txt", [film, *films])
    cross = _of(questions, "cross-directed-by")
    twin = [q for q in _of(questions, "role-to-person") if q.correct_answer == "Zoe Quill"]
    assert cross and twin and cross[0].fact == twin[0].fact


def test_an_event_stated_twice_is_one_fact() -> None:
    """The infobox's premiere and the prose's premiere: one fact, never two in a game."""
    film = _film(
        events=[
            Event(
                "premiere",
                "premiere, Harbour Film Festival",
                "2020-05-01",
                "day",
                _line(8),
                "Harbour Film Festival",
            ),
            Event(
                "premiere",
                "world premiere, Harbour Film Festival",
                "2020-05-01",
                "day",
                _line(30),
                "Harbour Film Festival",
            ),
            Event(
                "release", "theatrical release, Norway", "2020-06-05", "day", _line(31), "Norway"
            ),
        ]
    )
    asked = [q for q in _of(_questions(film), "event-to-date") if "premiere" in q.question]
    assert len(asked) == 2 and asked[0].fact == asked[1].fact


def test_a_craftless_prize_offers_people_of_the_recipients_craft() -> None:
    awards = [Award("Harbour Film Festival", 2021, "Golden Anchor", "Zoe Quill", _line(40))]
    film = _film(
        cast=CAST, credits=[*CREW, Credit("Director", "Ada Bloom", _line(9))], awards=awards
    )
    pool = [
        _film(t, 2001, credits=[Credit("Director", f"{t} Maker", _line(3))])
        for t in ("Saltmarsh", "Ironwood", "Brightwater")
    ]
    asked = _of(generate_questions(film, "t.txt", [film, *pool]), "to-recipient")
    actors = {m.actor for m in CAST}
    assert asked and not actors & set(asked[0].incorrect_answers), asked[0].options


def test_a_documentary_subject_as_herself_is_no_character() -> None:
    cast = [
        *_cast(
            ("Ada Reyes", "herself", None),
            ("Bo Lind", "himself", None),
            ("Cy Moss", "herself (archival footage)", None),
        ),
        *CAST,
    ]
    questions = _questions(_film(cast=cast, genders={"Ada Reyes": "female"}))
    for q in questions:
        assert not any("self" in o.casefold() for o in q.options), q.options
        assert "Ada Reyes" not in q.question or q.category != "cast"


def test_amounts_keep_their_currency_and_sit_among_their_options() -> None:
    """Any currency mark the article writes ("₦") stays on every option, and near-miss
    amounts and counts lie on both sides of the key (never all above: "pick the lowest")."""
    from quiz.facts.model import Amount

    ranks: Counter[int] = Counter()
    for n in range(40):
        value = 1.1e9 + n * 7.3e7
        text = f"₦{value / 1e9:.2f} billion"
        film = _film(
            amounts=[Amount("gross", round(value / 1e7) * 1e7, text, _line(5), "NGN")],
            runtime_minutes=90 + n,
            runtime_source=_line(6),
        )
        for q in _questions(film):
            if q.template == "gross":
                assert all(o.startswith("₦") for o in q.options), q.options
            if q.template in {"gross", "runtime"}:
                order = sorted(q.options, key=lambda o: float(o.strip("₦").split()[0]))
                ranks[order.index(q.correct_answer)] += 1
    assert sum(ranks.values()) >= 60
    assert ranks[0] == ranks[3] == 0, ranks


def test_restorations_and_first_releases_keep_to_the_timeline() -> None:
    """A restoration is offered for a date only decades after the first release, a first
    release only within two years of the first showing; rights to a restoration say so."""
    from quiz.facts.model import DistributionDeal
    from quiz.generate.chronology import plausible_on

    film = _film(
        year=1978,
        events=[
            Event("premiere", "premiere, Cannes", "1978-05-24", "day", _line(30), "Cannes"),
            Event("release", "release, Italy", "1978-10-19", "day", _line(31), "Italy"),
            Event("re_release", "restoration premiere", "2019-09-03", "day", _line(32)),
            Event("home_media", "home media release (Blu-ray)", "2020-03-23", "day", _line(33)),
            Event("release", "release, France", "1979-01-17", "day", _line(38), "France"),
            Event("release", "release, Spain", "1978-11-02", "day", _line(40), "Spain"),
            Event("release", "release, Japan", "1978-12-01", "day", _line(41), "Japan"),
            Event(
                "festival_screening",
                "screening, Fjord Festival",
                "1978-09-10",
                "day",
                _line(39),
                "Fjord Festival",
                venue="Fjord Festival",
            ),
        ],
        distribution=[
            DistributionDeal(
                "Harbour Classics",
                ("Italy",),
                Source(34, "the rights to the restored version were acquired by Harbour"),
            ),
            DistributionDeal("Corvo Pictures", ("Canada",), Source(35, "Corvo acquired it")),
            DistributionDeal("Nocturne", ("Ireland",), Source(36, "Nocturne acquired it")),
            DistributionDeal("Zenith", ("France",), Source(37, "Zenith acquired it")),
        ],
    )
    assert not plausible_on(film, "re_release", "1978-10-19", "restoration premiere")
    assert not plausible_on(film, "re_release", "1985-01-01", "4K re-release")
    assert plausible_on(film, "re_release", "1985-01-01", "re-release")
    assert not plausible_on(film, "release", "2019-09-03")
    assert plausible_on(film, "release", "1979-01-17")
    questions = _questions(film)
    on_release = [q for q in _of(questions, "date-to-event") if "1978" in q.question]
    assert on_release and all(
        "restoration" not in o for q in on_release for o in q.incorrect_answers
    )
    italy = [q for q in questions if q.correct_answer == "Harbour Classics"]
    assert italy and all("the restored version of Tidewater" in q.question for q in italy)
    canada = [q for q in questions if q.correct_answer == "Corvo Pictures"]
    assert canada and all("restored" not in q.question for q in canada)


def test_one_awards_season_is_not_asked_by_year_and_place_lists_read_as_english() -> None:
    """With every prize in one year, "in which year did it win at X?" is the default guess;
    a place list reads "Kenya, Uganda and Tanzania"."""
    one_season = _award_film()
    assert not _of(_questions(one_season), "ceremony-to-year")
    film = _film(
        events=[
            Event(
                "premiere",
                "premiere, Fjord Festival",
                "2020-03-01",
                "day",
                _line(30),
                "Fjord Festival",
                venue="Fjord Festival",
            ),
            Event(
                "release",
                "release, Kenya, Uganda, Tanzania",
                "2020-06-12",
                "day",
                _line(31),
                "Kenya, Uganda, Tanzania",
                places=("Kenya", "Uganda", "Tanzania"),
            ),
        ]
    )
    stems = [q.question for q in _questions(film)]
    assert any("Kenya, Uganda and Tanzania" in s for s in stems), stems
    assert not any("Uganda, Tanzania" in s for s in stems)


def test_a_documentarys_subjects_are_not_called_actors() -> None:
    cast = _cast(
        ("Dee Kett", "herself", None),
        ("Earl Tobi", "himself", None),
        ("Marc Ruiz", "himself", None),
        ("Alan Pru", "himself", None),
        ("Ona Vell", "herself", None),
        ("Pia Lund", "herself", None),
        ("Rex Moor", "himself", None),
        ("Sol Grey", "himself", None),
    )
    crew = [Credit("Starring", "Dee Kett", _line(3)), Credit("Starring", "Earl Tobi", _line(3))]
    questions = _questions(_film(cast=cast, credits=crew))
    assert all("actors" not in q.question for q in questions)
    # Everyone appears as themself: who is "billed" as starring is the infobox's choice,
    # which players never see (a blind review judged it ambiguous), so it is not asked.
    assert not [q for q in questions if "starring" in q.question]


def test_re_releases_are_asked_in_plain_words() -> None:
    from quiz.generate.templates.release import event_phrase, event_question

    again = Event(
        "re_release", "re-release, Italy", "2019-11-11", "day", _line(3), "Italy", places=("Italy",)
    )
    restored = Event("re_release", "restored re-release", "2019-11-11", "day", _line(3))
    assert event_question(again, "Tidewater") == "On what date was Tidewater re-released in Italy?"
    assert event_question(restored, "Tidewater") == (
        "On what date was the restored version of Tidewater released?"
    )
    assert event_phrase(restored) == "The release of its restored version"


def test_shared_rows_are_not_one_option_and_a_stand_in_is_not_its_own_double() -> None:
    from quiz.facts.model import Location
    from quiz.generate.people import people

    film = _film(
        awards=[Award("Harbour Film Awards", 2021, "Best Screenplay", "Ana Lee, Bo Kim", _line(4))]
    )
    assert {"Ana Lee", "Bo Kim"} <= set(people(film))
    assert "Ana Lee, Bo Kim" not in people(film)
    quote = "Kashan stood in for Tabriz, and the crew also shot in Qazvin, Rasht and Yazd."
    film = _film(
        locations=[
            Location("Kashan", "stand_in", Source(9, quote), "Tabriz"),
            Location("Tabriz", "filming", Source(9, quote)),
            *(Location(p, "filming", Source(9, quote)) for p in ("Qazvin", "Rasht", "Yazd")),
        ]
    )
    asked = _of(_questions(film), "stand-in")
    assert asked and all("Tabriz" not in q.options for q in asked)


def test_producers_best_picture_is_a_film_prize_and_specialist_bodies_keep_their_kind() -> None:
    """Best Picture handed to its producers offers only film prizes; an animation body is
    no ceremony for a live-action film; a jury prize belongs to festivals only."""
    awards = [
        Award("Harbour Film Awards", 2021, "Best Picture", "Ann Moss and Cy Park", _line(40)),
        Award("Gulf Film Awards", 2021, "Best Film", "Tidewater", _line(41), True),
        Award("Coast Critics Circle", 2021, "Best Actor", "Gus Kim", _line(42)),
        Award("Bay Film Awards", 2021, "Best Editing", "Ida Lake", _line(43)),
    ]
    film = _film(cast=CAST, credits=CREW, awards=awards)
    other = _film(
        title="Inkwell",
        awards=[Award("Annie Awards", 2021, "Best Feature", "Inkwell", _line(3), True)],
    )
    questions = _questions(film, [film, other])
    picture = [q for q in _of(questions, "to-category") if q.correct_answer == "Best Picture"]
    for q in picture:
        assert all(category_level(o) == "film" for o in q.options), q.options
        assert "Jury Prize" not in q.options and "Audience Award" not in q.options
    edited = [q for q in _of(questions, "to-ceremony") if "Ida Lake" in q.question]
    assert edited and all("Annie Awards" not in q.options for q in edited)


def test_the_key_is_not_the_midpoint_of_two_options() -> None:
    """One option a week before and one a week after make the key the midpoint: a regular
    player picks the option halfway between two others. Dates, years and amounts avoid it,
    unless another option sits halfway too (four evenly spaced years)."""
    from quiz.generate.nearmiss import is_midpoint, option_number

    assert is_midpoint(10, [3, 17, 25]) and not is_midpoint(10, [3, 14, 25])
    told = total = 0
    for n in range(60):
        premiere = dt.date(2015, 3, 1) + dt.timedelta(days=11 * n)
        film = _dated_film(premiere, 15 + n % 30)
        for q in _questions(film):
            if q.template not in {"event-to-date", "runtime"}:
                continue
            if q.template == "runtime":
                values = [option_number(o) or 0.0 for o in q.options]
            else:
                values = [float(_date(o).toordinal()) for o in q.options]
            total += 1
            # A key halfway between two options tells only when no other option is also
            # halfway between two (a run of evenly spaced options has two middles).
            others_halfway = any(
                is_midpoint(v, [values[0], *(x for x in values[1:] if x != v)]) for v in values[1:]
            )
            told += is_midpoint(values[0], values[1:]) and not others_halfway
    assert total >= 100
    assert told <= total // 20, (told, total)


def test_pairs_share_only_their_craft_and_ceremonies_keep_their_year() -> None:
    """Two writers are offered only writing prizes; a "2021 ceremony" is never one the
    bank shows held only in another year; a studio is never offered as a person."""
    from quiz.generate.people import people

    awards = [
        Award("Harbour Film Awards", 2021, "Best Screenplay", "Zoe Quill and Ann Moss", _line(40)),
        Award("Harbour Film Awards", 2021, "Best Story", "Kit Roe", _line(41)),
        Award("Harbour Film Awards", 2021, "Best Dialogue Writing", "Kit Roe", _line(42)),
        Award("Harbour Film Awards", 2021, "Best Adapted Screenplay", "Lu Penn", _line(43)),
        Award("Harbour Film Awards", 2021, "Best Documentary Screenplay", "Kit Roe", _line(47)),
        Award("Harbour Film Awards", 2021, "Best Actor", "Gus Kim", _line(44)),
        Award("Coast Critics Circle", 2020, "Best Film", "Tidewater", _line(45), True),
        Award("Bay Film Awards", 2021, "Best Film", "Kaveri Talkies", _line(46)),
        Award("Gulf Film Awards", 2021, "Best Film", "Tidewater", _line(48), True),
        Award("Pine Film Awards", 2021, "Best Film", "Tidewater", _line(49), True),
    ]
    film = _film(cast=CAST, credits=CREW, awards=awards)
    questions = _questions(film)
    pair = [q for q in _of(questions, "to-category") if "Zoe Quill and Ann Moss" in q.question]
    assert pair
    for q in pair:
        assert all("Actor" not in o and "Director" not in o for o in q.options), q.options
    dated = [q for q in _of(questions, "to-ceremony") if "2021 ceremony" in q.question]
    assert dated
    for q in dated:
        assert "Coast Critics Circle" not in q.options, q.options
    assert "Kaveri Talkies" not in people(film)


def test_the_next_billed_are_not_offered_as_not_starring() -> None:
    """A player never sees the infobox: the cast list's names just after the billed stars
    read as stars too, so they are never the wrong answers to "among the top-billed"."""
    names = ["Ann Moss", "Bea Lund", "Cy Park", "Dan Roe", "Eve Hart", "Fay Orr", "Gus Kim"]
    cast = _cast(*((n, f"Role {n.split()[1]}", None) for n in names))
    crew = [Credit("Starring", "Ann Moss", _line(3)), Credit("Starring", "Bea Lund", _line(3))]
    asked = _of(_questions(_film(cast=cast, credits=crew)), "role-to-person")
    assert asked
    for q in asked:
        assert not {"Cy Park", "Dan Roe"} & set(q.incorrect_answers), q.options


def test_ceremony_years_are_asked_only_over_several_seasons() -> None:
    """Three award seasons make "in which year" knowledge; two leave the default guess."""

    def film_with(years: tuple[int, ...]) -> Film:
        return _film(
            year=2015,
            awards=[
                Award(f"Harbour Awards {i}", y, "Best Film", "Tidewater", _line(40 + i), True)
                for i, y in enumerate(years)
            ],
        )

    assert _of(_questions(film_with((2015, 2016, 2017))), "ceremony-to-year")
    assert not _of(_questions(film_with((2015, 2016, 2016))), "ceremony-to-year")


def test_a_list_labelled_by_its_language_is_that_version() -> None:
    from quiz.generate import generate_context
    from quiz.generate.templates.cast import _in_film

    main = CastMember("Ann Moss", "Mio", None, _line(10))
    dub = CastMember("Cy Park", "Mio", None, _line(30), voice=True, cast_list="English")
    side = CastMember("Dan Roe", "Kanta", None, _line(31), cast_list="English dub cast")
    film = _film(cast=[main, dub, side])
    ctx = generate_context(film, "t.txt", [film])
    assert _in_film(ctx, dub) == "the English version of Tidewater"
    assert _in_film(ctx, side) == "the English dub of Tidewater"
