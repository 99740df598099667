"""The one roles table: spellings, crafts, companies, gendered and film-level prizes."""

from __future__ import annotations

import pytest

from quiz.facts.roles import (
    ROLES,
    canonical_role,
    category_craft,
    category_gender,
    category_key,
    category_level,
    ceremony_kind,
    craft_of,
    gender_of_word,
    is_company_role,
    job_title,
    prose_role,
    related_roles,
    same_category_name,
)
from quiz.generate.difficulty import credit_salience


@pytest.mark.parametrize(
    ("key", "role"),
    [
        ("Directed by", "Director"),
        ("Written by", "Writer"),
        ("Screenplay by", "Screenplay"),
        ("Music by", "Music"),
        ("Composer", "Music"),
        ("Edited by", "Editing"),
        ("Cinematographer", "Cinematography"),
        ("Production companies", "Production company"),
        ("Distributed by", "Distributor"),
        ("Narrator", "Narrator"),  # unknown keys keep their spelling
    ],
)
def test_infobox_spellings_share_one_name(key: str, role: str) -> None:
    assert canonical_role(key) == role


def test_every_alias_belongs_to_one_role() -> None:
    seen: dict[str, str] = {}
    for role in ROLES:
        for alias in role.aliases:
            assert alias not in seen, f"{alias!r} names both {seen[alias]} and {role.name}"
            seen[alias] = role.name


def test_prose_nouns_name_credits() -> None:
    novelist, co_director = prose_role("novelist"), prose_role("Co-director")
    assert novelist is not None and novelist.name == "Author"
    assert co_director is not None and co_director.name == "Director"
    assert prose_role("gaffer") is None


def test_companies_and_crafts() -> None:
    assert is_company_role("Studio") and is_company_role("Distributed by")
    assert not is_company_role("Producer")
    assert craft_of("Cinematography") == "camera"
    assert craft_of("Starring") == "acting"
    assert craft_of("Narrator") == "acting"
    assert craft_of("Stunt double") is None


def test_writer_director_group_never_lends_distractors() -> None:
    related = related_roles("Director")
    assert {"writer", "screenplay", "story", "author"} <= related
    assert "producer" not in related
    assert "distributor" not in related_roles("Studio")


def test_job_titles_and_salience() -> None:
    assert job_title("Cinematography") == "Cinematographer"
    assert job_title("Studio") is None
    assert credit_salience("Director") == "easy"
    assert credit_salience("Producer") == "medium"
    assert credit_salience("Editing") == "hard"
    assert credit_salience("Key grip") == "hard"


@pytest.mark.parametrize(
    ("category", "gender"),
    [
        ("Best Actress", "female"),
        ("Best Supporting Actor", "male"),
        ("Best New Actress (Film)", "female"),
        ("Best Director", None),
        ("Outstanding Performance by a Cast", None),
    ],
)
def test_gendered_categories(category: str, gender: str | None) -> None:
    assert category_gender(category) == gender


@pytest.mark.parametrize(
    ("category", "level", "craft"),
    [
        ("Best Picture", "film", None),
        ("Best Film", "film", None),
        ("Best Foreign Language Film", "film", None),
        ("Audience Award", "film", None),
        ("Palme d'Or", "film", None),
        ("Best Actor", "person", "acting"),
        ("Best Adapted Screenplay", "person", "writing"),
        ("Best Cinematography", "person", "camera"),
        ("Best Director", "person", "directing"),
        ("Best Original Score", "person", "music"),
    ],
)
def test_prize_level_and_craft(category: str, level: str, craft: str | None) -> None:
    assert category_level(category) == level
    assert category_craft(category) == craft


def test_category_synonyms() -> None:
    assert same_category_name("Best Foreign Language Film", "Best Film Not in the English Language")
    assert same_category_name("Best International Feature Film", "best foreign language film")
    assert same_category_name("Best New Actor (Film)", "Best New Actor")
    assert not same_category_name("Best Actor", "Best Supporting Actor")
    assert category_key("Best Picture") == category_key("Best Film")


def test_gender_words_and_ceremony_kinds() -> None:
    assert gender_of_word("Mrs.") == "female"
    assert gender_of_word("father") == "male"
    assert gender_of_word("doctor") is None
    assert ceremony_kind("Screen Actors Guild Awards") == "guild"
    assert ceremony_kind("New York Film Critics Circle") == "critics"
    assert ceremony_kind("Toronto International Film Festival") == "festival"
    assert ceremony_kind("Academy Awards") == "academy"
    assert ceremony_kind("Baeksang Arts Awards") == "other"
