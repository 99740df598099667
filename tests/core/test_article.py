"""The article reader: structure, line numbers and tolerated quirks."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.article import ListItem, Paragraph, Table, parse_article, read_article, split_cells
from quiz.errors import UnreadableInput


def test_seed_title_qualifier_and_infobox(seed_path: Path) -> None:
    article = read_article(seed_path)
    assert (article.title, article.qualifier, article.title_line) == (
        "Love in the Big City",
        "2024 film",
        1,
    )
    keys = [(e.key, e.line) for e in article.infobox]
    assert keys[0] == ("Writer", 4) and keys[-1] == ("Gross", 16)
    assert len(keys) == 13


def test_seed_sections_nest_by_level_in_both_heading_styles(seed_path: Path) -> None:
    article = read_article(seed_path)
    top = [(s.title, s.level, s.line) for s in article.sections]
    assert top == [
        ("Cast", 2, 24),
        ("Production", 2, 36),
        ("Release", 2, 66),
        ("Reception", 2, 74),
        ("See also", 2, 100),
    ]
    production = article.sections[1]
    assert [(s.title, s.line) for s in production.subsections] == [
        ("Development", 37),
        ("Adaptation", 42),
        ("Casting", 57),
    ]
    reception = article.sections[3]
    assert [s.title for s in reception.subsections] == ["Box office", "Accolades"]


def test_seed_lists_tables_and_paragraphs_keep_line_numbers(seed_path: Path) -> None:
    article = read_article(seed_path)
    cast = article.find_sections("cast")[0]
    assert cast.items[0] == ListItem("Kim Go-eun as Jae-hee", 25)
    assert cast.items[2] == ListItem("as Su-ho", 27)
    accolades = article.find_sections("accolades")[0]
    table = accolades.tables[0]
    assert isinstance(table, Table) and len(table.rows) == 19
    assert table.rows[0].cells == ("Award ceremony", "Year", "Category")
    assert table.rows[2].cells == ("Best Director", "E.oni", "")
    assert table.rows[2].line == 82
    lead = article.lead.paragraphs
    assert [p.line for p in lead] == [18, 20, 22]


def test_split_cells_keeps_empty_cells() -> None:
    assert split_cells("| a | b | |") == ("a", "b", "")
    assert split_cells("|a|b|") == ("a", "b")
    assert split_cells("| only |") == ("only",)


def test_bom_crlf_tabs_and_trailing_spaces_are_tolerated() -> None:
    text = "\ufeff= Film (1999 film) =\r\n\r\nFilm\r\n- Director:\tJo Bloggs   \r\n\r\n==Cast==\r\n- A as B  \r\n"
    article = parse_article(text)
    assert article.title == "Film" and article.qualifier == "1999 film"
    assert [(e.key, e.value, e.line) for e in article.infobox] == [("Director", "Jo Bloggs", 4)]
    assert article.sections[0].items == [ListItem("A as B", 7)]


def test_missing_title_line_falls_back_to_bare_title() -> None:
    article = parse_article("Paper Moons\n- Director: X\n\nSome prose.\n")
    assert article.title == "Paper Moons" and article.title_line == 1
    assert article.lead.blocks == [Paragraph("Some prose.", 4)]


def test_empty_sections_and_uneven_rows() -> None:
    article = parse_article(
        "= T =\n\n==Plot==\n\n== Accolades ==\n| a | b |\n| c |\n| d | e | f | g |\n"
    )
    plot, accolades = article.sections
    assert plot.blocks == []
    assert [r.cells for r in accolades.tables[0].rows] == [("a", "b"), ("c",), ("d", "e", "f", "g")]


def test_deep_headings_nest() -> None:
    article = parse_article("= T =\n==A==\n===B===\n====C====\ntext\n==D==\n")
    a, d = article.sections
    assert a.subsections[0].subsections[0].title == "C"
    assert a.subsections[0].subsections[0].paragraphs == [Paragraph("text", 5)]
    assert d.title == "D"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"\x00\x01\x02binary", "binary"),
        (b"caf\xe9 au lait\n", "not UTF-8"),
    ],
)
def test_unreadable_files_raise_one_clear_error(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(UnreadableInput) as info:
        read_article(path)
    assert message in str(info.value) and str(path) in str(info.value)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(UnreadableInput, match="no such file"):
        read_article(tmp_path / "nope.txt")
    with pytest.raises(UnreadableInput, match="directory"):
        read_article(tmp_path)


def test_prose_without_structure_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Just some notes about a film I liked.\nNothing else here.\n", encoding="utf-8")
    with pytest.raises(UnreadableInput, match="no recognisable article structure"):
        read_article(path)
