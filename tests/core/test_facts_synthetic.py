"""Exact expectations for synthetic articles written for the tests (other films, other keys,
other quirks), so the extractor cannot be tuned to the seed alone."""

from __future__ import annotations

from pathlib import Path

from quiz.article import parse_article
from quiz.facts import extract_film, read_film


def test_lighthouse_keeper_other_keys_result_column_and_prose(articles_dir: Path) -> None:
    film = read_film(articles_dir / "the_lighthouse_keeper_1998.txt")
    assert (film.title, film.qualifier, film.year) == ("The Lighthouse Keeper", "1998 film", 1998)
    roles = [(c.role, c.name) for c in film.credits]
    assert ("Director", "Ruth Calder") in roles
    assert ("Screenplay", "Owen Marsh") in roles and ("Screenplay", "Ruth Calder") in roles
    assert ("Producer", "Dana Whitlock") in roles  # "Producers" canonicalised
    assert ("Production company", "Greywater Pictures") in roles
    assert film.to_json_dict()["infobox"]["Producers"] == "Dana Whitlock"  # key as spelled
    amounts = {(a.kind, a.value, a.currency, a.source.line) for a in film.amounts}
    assert amounts == {("budget", 12_000_000, "USD", 17), ("gross", 48_500_000, "USD", 18)}
    cast = [(m.actor, m.role, m.note) for m in film.cast]
    assert cast == [
        ("Tom Avery", "Samuel Price", None),
        ("Jane Coll", "Ruth Price", "Samuel's daughter"),
        ("Peter Lind", "the harbourmaster", None),
        ("Ian Moss", "Narrator", "voice"),
        (None, "Young Samuel", None),
        ("Greta Novak", "Mrs. Price", None),
    ]
    awards = [
        (a.ceremony, a.year, a.category, a.recipient, a.recipient_is_film, a.result)
        for a in film.awards
    ]
    assert awards == [
        ("BAFTA Awards", 1999, "Best British Film", "The Lighthouse Keeper", True, "nominated"),
        ("BAFTA Awards", 1999, "Best Actor", "Tom Avery", False, "won"),
        ("BAFTA Awards", 1999, "Best Cinematography", "Sofia Renn", False, "nominated"),
        ("European Film Awards", 1998, "Best Actor", "Tom Avery", False, "won"),
        ("Evening Standard British Film Awards", 1999, "Best Actress", "Jane Coll", False, "won"),
    ]
    events = [(e.date, e.precision, e.kind) for e in film.events]
    assert events == [
        ("1997-03", "month", "filming_start"),
        ("1998-09-02", "day", "premiere"),
        ("1998-10-16", "day", "release"),
    ]
    assert film.events[2].place == "United Kingdom"
    assert [(d.company, d.territories) for d in film.distribution] == [("Pathé", ("France",))]
    work = film.source_work
    assert work is not None and (work.kind, work.title, work.author) == (
        "novel",
        "The Keeper's Light",
        "Margaret Hale",
    )
    changes = [(c.kind, c.novel, c.film) for c in film.adaptation_changes]
    assert changes == [
        ("fate", "the keeper dies in the great storm", "he survives and leaves the island"),
        ("renamed", "Ellen", "Ruth"),
    ]
    durations = [(p.verb, p.subject, p.value) for p in film.production]
    assert durations == [
        ("took", "build the lighthouse set", "three months"),
        ("spent", "learning to sail for the role", "six weeks"),
    ]


def test_paper_moons_no_title_line_star_bullets_missing_values(articles_dir: Path) -> None:
    film = read_film(articles_dir / "paper_moons_2019.txt")
    assert (film.title, film.qualifier, film.year) == ("Paper Moons", None, 2019)
    infobox = film.to_json_dict()["infobox"]
    assert "Music by" not in infobox and "Budget" not in infobox  # empty and "$ million"
    assert infobox["Written by"] == ["Lila Okafor", "Ben Tsai"]
    assert infobox["Starring"] == ["Ava Brandt", "Jonah Reyes"]  # trailing tab dropped
    directors = [c for c in film.credits if c.role == "Director"]
    assert [(c.name, c.from_prose) for c in directors] == [("Lila Okafor", False)]
    assert [(m.actor, m.role) for m in film.cast] == [
        ("Ava Brandt", "Nora Vance"),
        ("Jonah Reyes", "Eli Park"),
        ("Sam Whitfield", "Eli's brother"),
        ("Dee Carter", None),
    ]
    assert film.awards == []
    assert [(e.date, e.kind, e.place) for e in film.events] == [
        ("2019-04-27", "premiere", "Tribeca Film Festival"),
        ("2019-06-12", "streaming", "Netflix"),
        ("2019-05-02", "trailer", None),
    ]
    gross = film.amount("gross")
    assert gross is not None and (gross.value, gross.text) == (3_200_000, "$3.2 million")
    assert film.amount("budget") is None
    assert film.runtime_minutes == 97


def test_kestrel_bay_flattened_table_and_comma_territories(articles_dir: Path) -> None:
    film = read_film(articles_dir / "kestrel_bay_2011.txt")
    assert (film.title, film.qualifier, film.year) == ("Storm over Kestrel Bay", None, 2011)
    assert film.runtime_minutes == 120  # "2 hours"
    assert film.amount("gross") is None  # "Gross: million"
    admissions = film.amount("admissions")
    assert admissions is not None and admissions.value == 412_000
    awards = [(a.ceremony, a.year, a.category, a.recipient) for a in film.awards]
    assert awards == [
        ("Golden Calf", 2011, "Best Film", None),
        ("Golden Calf", 2011, "Best Actress", "Lotte Maas"),
        ("Golden Calf", 2011, "Best Director", "Henrik Vos"),
        ("Rembrandt Awards", 2012, "Best Actress", None),
        ("Rembrandt Awards", 2012, "Best Director", "Henrik Vos"),
        ("Rembrandt Awards", 2012, "Best Actor", None),
    ]  # the malformed six-cell row is skipped, not misread
    assert [(d.company, d.territories) for d in film.distribution] == [
        ("Coastline Sales", ("Germany", "Austria")),
        ("Nordic Screen", ("Sweden", "Norway", "Denmark")),
        ("Lumen", ("Belgium",)),
    ]
    assert [(e.date, e.precision, e.kind) for e in film.events] == [
        ("2011-01-27", "day", "premiere"),
        ("2010-12", "month", "rights_deal"),
    ]


def test_crlf_bom_and_tabs_give_the_same_facts(articles_dir: Path) -> None:
    text = (articles_dir / "kestrel_bay_2011.txt").read_text(encoding="utf-8")
    variant = "\ufeff" + text.replace("\n", "\r\n").replace("- Director: ", "- Director:\t")
    plain = extract_film(parse_article(text)).to_json_dict()
    messy = extract_film(parse_article(variant)).to_json_dict()
    assert messy == plain


def test_article_with_only_some_sections_yields_the_rest() -> None:
    text = "= Tiny (2020 film) =\n\nTiny\n- Director: A. Person\n\n==Cast==\n- Ann Lee as Mia\n"
    film = extract_film(parse_article(text))
    assert [(c.role, c.name) for c in film.credits] == [("Director", "A. Person")]
    assert [(m.actor, m.role) for m in film.cast] == [("Ann Lee", "Mia")]
    assert (
        film.awards == [] and film.events == [] and film.amounts == [] and film.source_work is None
    )


def test_prose_roles_need_more_than_a_passing_mention() -> None:
    text = (
        "= Quiet (2015 film) =\n\nQuiet\n- Writer: Ana Bell\n\n"
        "Quiet is a 2015 film directed by Cy Dane.\n\n==Production==\n"
        "The look was inspired by director Ed Fox. Producer Di Eve joined early; Di Eve later said so.\n"
    )
    film = extract_film(parse_article(text))
    roles = {(c.role, c.name) for c in film.credits}
    assert ("Director", "Cy Dane") in roles  # the lead's "directed by" is explicit
    assert ("Director", "Ed Fox") not in roles  # one passing mention
    assert ("Producer", "Di Eve") in roles
