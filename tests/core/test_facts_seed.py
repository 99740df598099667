"""Exact fact expectations for the bundled seed article."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.facts import read_film
from quiz.facts.model import Film


@pytest.fixture(scope="module")
def film(seed_path: Path) -> Film:
    return read_film(seed_path)


def test_title_year_release_runtime(film: Film) -> None:
    assert film.title == "Love in the Big City"
    assert film.qualifier == "2024 film"
    assert film.year == 2024
    assert film.released == "2024-09-13"
    assert film.released_source is not None and film.released_source.line == 12
    assert film.runtime_minutes == 118


def test_infobox_matches_the_contract(film: Film) -> None:
    infobox = film.to_json_dict()["infobox"]
    assert infobox["Writer"] == "Kim Na-deul"
    assert infobox["Producer"] == ["Park Joon-sik", "Kim Hye-sung"]
    assert infobox["Editing"] == ["Kim Sun-min", "Lee Hyun-mi"]
    assert infobox["Studio"] == ["Showbox", "Tale Farming", "Megabox Plus M"]
    assert infobox["Runtime"] == "118 minutes"
    assert infobox["Released"] == "2024-09-13"
    assert "Gross" not in infobox  # "Gross: million" has no number


def test_credits_split_lists_and_keep_lines(film: Film) -> None:
    pairs = [(c.role, c.name, c.source.line) for c in film.credits if not c.from_prose]
    assert ("Producer", "Kim Hye-sung", 5) in pairs
    assert ("Studio", "Megabox Plus M", 10) in pairs
    assert ("Distributor", "Megabox Plus M", 11) in pairs
    assert ("Music", "Primary", 9) in pairs
    assert len(pairs) == 13
    # The lead's "directed by ," lost its name; the director is named only in the prose.
    directors = [
        (c.name, c.source.line, c.from_prose) for c in film.credits if c.role == "Director"
    ]
    assert directors == [("E.oni", 58, True)]


def test_cast_pairs(film: Film) -> None:
    cast = [(m.actor, m.role, m.note, m.source.line) for m in film.cast]
    assert cast == [
        ("Kim Go-eun", "Jae-hee", None, 25),
        ("Noh Sang-hyun", "Heung-soo", None, 26),
        (None, "Su-ho", None, 27),
        (None, "Ji-seok", None, 28),
        ("Jang Hye-jin", "Myeong-sook", "Heung-soo's mother", 29),
        ("Lee Sang-yi", "Min-jun", None, 30),
        ("Kwak Dong-yeon", "Jun-su", None, 31),
        ("Joo Jong-hyuk", "tattooist", None, 32),
        ("Lee You-jin", "Sun-woo", None, 33),
        ("Salim Benoit", "Olivier", None, 34),
    ]
    assert sum(1 for m in film.cast if m.actor and m.role) == 8


def test_all_eighteen_award_rows(film: Film) -> None:
    rows = [(a.ceremony, a.year, a.category, a.recipient, a.source.line) for a in film.awards]
    assert rows == [
        ("Baeksang Arts Awards", 2025, "Best Film", None, 81),
        ("Baeksang Arts Awards", 2025, "Best Director", "E.oni", 82),
        ("Baeksang Arts Awards", 2025, "Best Actress", "Kim Go-eun", 83),
        ("Baeksang Arts Awards", 2025, "Best New Actor", "Noh Sang-hyun", 84),
        ("Baeksang Arts Awards", 2025, "Gucci Impact Award", "Love in the Big City", 85),
        ("Blue Dragon Film Awards", 2024, "Best New Actor", None, 86),
        ("Blue Dragon Film Awards", 2024, "Best Music", "Primary", 87),
        ("Buil Film Awards", 2025, "Best Director", None, 88),
        ("Buil Film Awards", 2025, "Best Actress", "Kim Go-eun", 89),
        ("Buil Film Awards", 2025, "Best New Actor", "Noh Sang-hyun", 90),
        ("Buil Film Awards", 2025, "Best Music", "Primary", 91),
        ("Cine21", 2024, "Best Actress", None, 92),
        ("Cine21", 2024, "Best New Actor", "Noh Sang-hyun", 93),
        ("Director's Cut Awards", 2025, "Best Actress (Film)", None, 94),
        ("Director's Cut Awards", 2025, "Best New Actor (Film)", "Noh Sang-hyun", 95),
        ("Korean Film Producers Association Awards", 2024, "Best New Actor", None, 96),
        ("Women in Film Korea Festival", 2024, "Best Actress", None, 97),
        ("Women in Film Korea Festival", 2024, "Best Director", "E.oni", 98),
    ]
    film_rows = [a for a in film.awards if a.recipient_is_film]
    assert [a.category for a in film_rows] == ["Gucci Impact Award"]
    assert all(a.result is None for a in film.awards)  # no result column: nothing "won"


def test_dated_events(film: Film) -> None:
    events = [(e.date, e.precision, e.kind, e.source.line) for e in film.events]
    assert ("2024-09-13", "day", "premiere", 22) in events
    assert ("2024-10-01", "day", "release", 22) in events
    assert ("2024-08-13", "day", "trailer", 67) in events
    assert ("2024-09-12", "day", "trailer", 67) in events
    assert ("2024-07", "month", "rights_deal", 67) in events
    full = [e for e in film.events if e.precision == "day"]
    # The premiere and the release are stated twice (lead and Release section): each
    # mention is kept with its own line; the generator asks each event once.
    assert len(full) == 6
    assert {e.source.line for e in full if e.kind == "premiere"} == {22, 69}
    premiere = next(e for e in film.events if e.kind == "premiere")
    assert premiere.what == "premiere, Toronto International Film Festival"
    trailers = [e.what for e in film.events if e.kind == "trailer"]
    assert trailers == ["teaser trailer released", "second trailer released"]


def test_distribution_deals(film: Film) -> None:
    deals = [(d.company, d.territories, d.source.line) for d in film.distribution]
    assert deals == [
        ("KDDI", ("Japan",), 67),
        ("Moviecloud", ("Taiwan",), 67),
        ("The Filmbridge", ("Mongolia",), 67),
        ("CJ HK Entertainment", ("Vietnam",), 67),
        ("Purple Plan", ("Singapore", "Indonesia"), 67),
        ("CJ HK Entertainment", ("Thailand", "Cambodia", "Myanmar", "Laos"), 67),
        ("Neofilms", ("Hong Kong", "Macau"), 67),
        ("Great Movies/A2 Films", ("Latin America",), 67),
    ]


def test_box_office(film: Film) -> None:
    admissions = film.amount("admissions")
    gross = film.amount("gross")
    assert admissions is not None and admissions.value == 879109 and admissions.source.line == 77
    assert gross is not None and (gross.value, gross.currency, gross.text) == (
        8303965930,
        "KRW",
        "₩8,303,965,930",
    )


def test_adaptation(film: Film) -> None:
    work = film.source_work
    assert work is not None
    assert (work.kind, work.title, work.author, work.source.line) == (
        "novel",
        "Love in the Big City",
        "Sang Young Park",
        18,
    )
    assert [(p.part, p.description) for p in film.adapted_parts] == [("Jae-hee", "first story")]
    changes = {(c.kind, c.novel, c.film, c.source.line) for c in film.adaptation_changes}
    assert ("renamed", "Young", "Heung-soo", 45) in changes
    assert (
        "replaced",
        'the characters sing Fin.K.L\'s "Eternal Love"',
        'miss A\'s "Bad Girl, Good Girl"',
        51,
    ) in changes
    assert (
        "fate",
        "Su-ho appears to have taken his own life",
        "his storyline diverges",
        51,
    ) in changes
    assert (
        "added",
        None,
        "domestic violence or homophobic remarks in the workplace",
        49,
    ) in changes
    kept = [c for c in film.adaptation_changes if c.kind == "not_given_back"]
    assert len(kept) == 1 and kept[0].source.line == 55 and "returns it" in (kept[0].novel or "")
    assert all(c.kind != "kept" for c in film.adaptation_changes)  # read as "unchanged"
    assert len(film.adaptation_changes) >= 5


def test_production_facts(film: Film) -> None:
    facts = {(p.kind, p.value, p.source.line) for p in film.production}
    assert ("duration", "five years", 40) in facts
    assert ("duration", "a year", 40) in facts
    assert ("duration", "over a year", 58) in facts
    assert ("duration", "two and a half years", 64) in facts
    assert ("count", "five women", 49) in facts
    assert ("discovery", "Pachinko", 60) in facts
    waited = next(p for p in film.production if p.verb == "waited")
    assert waited.person == "Kim Go-eun" and waited.quantity == 2.5
    discovery = next(p for p in film.production if p.kind == "discovery")
    assert discovery.person == "Noh Sang-hyun" and discovery.subject == "drama series"


def test_every_fact_quotes_its_line(film: Film, seed_path: Path) -> None:
    lines = seed_path.read_text(encoding="utf-8").splitlines()
    data = film.to_json_dict()
    for key in (
        "credits",
        "cast",
        "awards",
        "events",
        "distribution",
        "box_office",
        "adaptation_changes",
        "production",
    ):
        for fact in data[key]:
            line = lines[fact["line"] - 1]
            quote = fact["quote"]
            # The quote is text of that very line (for table rows: its non-empty cells).
            pieces = [p.strip() for p in quote.split("|")] if key == "awards" else [quote]
            assert all(piece in line for piece in pieces), (key, fact)
