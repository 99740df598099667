"""The wikitext reader: MediaWiki markup → the seed reader's Article, lines into the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.article import ListItem, Paragraph
from quiz.wikitext.reader import WikiArticle, parse_wikitext


@pytest.fixture
def salt_path(wiki_dir: Path) -> Path:
    return wiki_dir / "The_Salt_Road_(2019_film).wiki"


@pytest.fixture
def salt(salt_path: Path) -> WikiArticle:
    return parse_wikitext(salt_path.read_text(encoding="utf-8"), str(salt_path))


def line_of(path: Path, needle: str) -> int:
    """1-based line of the first line holding ``needle``."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(needle)


def test_infobox_parameters_become_seed_keys_with_their_lines(
    salt: WikiArticle, salt_path: Path
) -> None:
    article = salt
    entries = {e.key: (e.value, e.line) for e in article.infobox}
    assert entries["Director"] == ("Han Ji-woo", line_of(salt_path, "| director"))
    # Plainlist items, links resolved to their text, one line for the whole list.
    assert entries["Producer"] == ("Park Min-seo, Oh Tae-hwan", line_of(salt_path, "| producer"))
    assert entries["Studio"][0] == "Barunson, Tidewater Pictures"  # piped link shows its label
    assert entries["Based on"][0] == "The Salt Road by Yoon Hae-jin"
    # {{Film date}} with three territories, ISO like the seed; the ref inside is dropped.
    assert entries["Released"][0] == (
        "2019-05-21 (Cannes), 2019-05-30 (South Korea), 2019-10-11 (United States)"
    )
    assert article.infobox_items["Released"] == (
        "2019-05-21 (Cannes)",
        "2019-05-30 (South Korea)",
        "2019-10-11 (United States)",
    )
    assert entries["Budget"][0] == "US$11.4 million"  # {{US$|…}} and its <ref> dropped
    assert entries["Runtime"][0] == "127 minutes"
    # Each item of a Plainlist keeps its own line, for the facts that want to cite it.
    assert article.infobox_item_lines["Producer"] == (
        line_of(salt_path, "* [[Park Min-seo]]"),
        line_of(salt_path, "* Oh Tae-hwan"),
    )
    assert article.infobox_item_lines["Budget"] == (entries["Budget"][1],)
    # Pictures, captions and the native-name module are not facts.
    assert not {"Image", "Alt", "Caption", "Film name", "Name"} & set(entries)


def test_title_from_infobox_name_and_qualifier_from_the_file_name(
    salt: WikiArticle, salt_path: Path
) -> None:
    article = salt
    assert (article.title, article.qualifier) == ("The Salt Road", "2019 film")
    assert article.title_line == line_of(salt_path, "| name")
    # A page title (dump, API) wins over both.
    named = parse_wikitext(salt_path.read_text(encoding="utf-8"), page_title="Salt (2019 film)")
    assert (named.title, named.qualifier) == ("Salt", "2019 film")
    # Without an infobox name the lead's bold title names the film; no invented qualifier.
    bare = parse_wikitext("'''Quiet Harbour''' is a 1999 film.\n\n== Cast ==\n* A as B\n", "x.wiki")
    assert (bare.title, bare.qualifier, bare.title_line) == ("Quiet Harbour", None, 1)


def test_prose_drops_refs_comments_files_and_templates_but_keeps_link_text(
    salt: WikiArticle, salt_path: Path
) -> None:
    article = salt
    lead = [p.text for p in article.lead.paragraphs]
    assert lead[0].startswith(
        "The Salt Road is a 2019 South Korean drama film directed by Han Ji-woo, who co-wrote"
    )
    assert "cite" not in " ".join(lead) and "<ref" not in " ".join(lead) and "()" not in lead[0]
    assert lead[1].endswith("on May 30, 2019.")  # the comment after it is gone
    texts = [b.text for s in article.walk() for b in s.blocks if not hasattr(b, "rows")]
    assert not any("thumb" in t or "File:" in t or "Reflist" in t for t in texts)
    assert not any(t.startswith("{{") or "}}" in t for t in texts)


def test_links_and_categories_are_kept_for_the_facts(salt: WikiArticle, salt_path: Path) -> None:
    article = salt
    lead_line = line_of(salt_path, "'''''The Salt Road'''''")
    lead_links = {(link.text, link.target) for link in article.links if link.line == lead_line}
    assert ("Han Ji-woo", "Han Ji-woo") in lead_links
    assert ("Sinan", "Sinan County") in lead_links  # shown text and the page it names
    assert ("drama film", "Drama film") in lead_links
    assert "Films set in South Jeolla Province" in article.categories
    assert article.linked(lead_line)["Sinan"] == "Sinan County"
    assert "salt farmers" not in article.linked(lead_line)  # plain words were no link
    assert article.linked()["Yoo Jae-sung"] == "Yoo Jae-sung (actor)"


def test_cast_items_and_the_dub_subsection_keep_their_lines(
    salt: WikiArticle, salt_path: Path
) -> None:
    article = salt
    cast = next(s for s in article.sections if s.title == "Cast")
    items = [(i.text, i.line) for i in cast.items]
    assert items[0] == (
        "Jeon Soo-bin as Mi-ja, a widowed salt farmer",
        line_of(salt_path, "* [[Jeon Soo-bin]] as Mi-ja"),
    )
    assert items[3][0] == "Yoo Jae-sung as Captain Noh"  # [[Yoo Jae-sung (actor)|Yoo Jae-sung]]
    assert items[4][0] == "Seo Eun-bi as Hyun-joo"  # trailing <ref> dropped
    dub = cast.subsections[0]
    assert dub.title == "English dub"
    assert [i.text for i in dub.items] == ["Laura Bailey as Mi-ja", "Kyle Hebert as Sang-gu"]


def test_accolades_rowspans_are_filled_and_result_templates_read(
    salt: WikiArticle, salt_path: Path
) -> None:
    article = salt
    table = next(s for s in article.walk() if s.title == "Accolades").tables[0]
    assert table.rows[0].cells[:5] == (
        "Award",
        "Date of ceremony",
        "Category",
        "Recipient(s)",
        "Result",
    )
    rows = [row.cells[:5] for row in table.rows[1:]]
    assert rows[1] == (
        "Cannes Film Festival",
        "May 25, 2019",
        "Best Actress",
        "Jeon Soo-bin",
        "Won",
    )
    assert rows[3] == (
        "Blue Dragon Film Awards",
        "November 21, 2019",
        "Best Director",
        "Han Ji-woo",
        "Nominated",
    )
    assert rows[5][4] == "Pending"
    # A continuation row cites its own line, not the ceremony's.
    assert table.rows[2].line == line_of(salt_path, "[[Best Actress Award (Cannes")


def test_colspan_text_goes_to_the_first_column_only() -> None:
    text = (
        '{| class="wikitable"\n! Award !! Date of ceremony !! Category !! Recipient(s) !! Result\n'
        '|-\n| [[X Awards]] || 2015 || colspan="2" | Best Film || {{won}}\n|}\n'
    )
    table = parse_wikitext(text).lead.tables[0]
    assert table.rows[1].cells == ("X Awards", "2015", "Best Film", "", "Won")


def test_co_recipients_on_separate_lines_stay_apart() -> None:
    text = (
        '{| class="wikitable"\n! Award !! Year !! Category !! Recipient(s) !! Result\n'
        "|-\n| {{sort|Gotham|[[Gotham Awards]]}} || {{dts|2020|11|30}} || Best Screenplay"
        " || [[Ann Lee]]<br />[[Bo Park]] || {{won}}\n|}\n"
    )
    table = parse_wikitext(text).lead.tables[0]
    assert table.rows[1].cells == (
        "Gotham Awards",
        "November 30, 2020",
        "Best Screenplay",
        "Ann Lee, Bo Park",
        "Won",
    )


def test_lists_wrapped_in_block_templates_are_read_with_their_lines() -> None:
    text = (
        "== Cast ==\n"
        "{{Cast listing|\n"
        "* [[Ann Lee]] as Mara<ref>x</ref>\n"
        "* Bo Park as Jun\n"
        "}}\n"
        "{{columns-list|colwidth=20em|\n"
        "* Cy Dunn as Hal\n"
        "}}\n"
        "{{div col|content=\n* Di Eze as Ola\n}}\n"
        "{{div col|2}}\n"
        "Prose with {{plainlist|* inline}} stays prose.\n"
    )
    cast = parse_wikitext(text).sections[0]
    assert [(i.text, i.line) for i in cast.items] == [
        ("Ann Lee as Mara", 3),
        ("Bo Park as Jun", 4),
        ("Cy Dunn as Hal", 7),
        ("Di Eze as Ola", 10),
    ]
    assert [p.text for p in cast.paragraphs] == ["Prose with inline stays prose."]


def test_lists_depth_and_paragraph_kinds() -> None:
    article = parse_wikitext("Intro text.\n* one\n** two\n# three\n: indented note\n")
    blocks = article.lead.blocks
    assert blocks == [
        Paragraph("Intro text.", 1),
        ListItem("one", 2, 1),
        ListItem("two", 3, 2),
        ListItem("three", 4, 1),
        Paragraph("indented note", 5),
    ]


def test_br_separated_and_ubl_infobox_lists(wiki_dir: Path) -> None:
    path = wiki_dir / "Lanterns_Over_Kestrel_Bay.wiki"
    article = parse_wikitext(path.read_text(encoding="utf-8"), str(path))
    assert article.infobox_items["Producer"] == ("Oliver Duckett", "Priya Raman", "Samuel Okafor")
    assert article.infobox_items["Starring"] == ("Bill Carrow", "Hattie Lowen", "Ade Bankole-Smith")
    entries = {e.key: e.value for e in article.infobox}
    assert entries["Released"] == "2011-10-14"  # {{Film date|…|df=y}} is still ISO here
    assert entries["Runtime"] == "98 minutes"  # {{Film runtime|98}}
    assert entries["Gross"] == "£9.8 million"  # {{GBP|9.8 million}}
    assert article.qualifier is None  # the file name has none


def test_prose_dates_render_month_first_or_day_first_as_asked() -> None:
    article = parse_wikitext(
        "It opened on {{Start date|2011|10|14|df=y}} and again on {{dts|2012|March|2}}.\n"
    )
    assert (
        article.lead.paragraphs[0].text
        == "It opened on 14 October 2011 and again on March 2, 2012."
    )


def test_crlf_and_bom_keep_line_numbers() -> None:
    text = "\ufeff{{Infobox film\r\n| director = [[A B]]\r\n}}\r\n'''T''' is a film.\r\n"
    article = parse_wikitext(text)
    assert [(e.key, e.value, e.line) for e in article.infobox] == [("Director", "A B", 2)]
    assert article.lead.paragraphs[0].line == 4


_PIECES = [*"{}[]|=*#:;'<>/!-\n abcXYZ0123", "{{", "}}", "[[", "]]", "<ref>", "{|", "|}", "|-"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=120).map("".join))
def test_never_raises_on_arbitrary_markup(text: str) -> None:
    article = parse_wikitext(text)
    lines = text.count("\n") + 1
    for section in article.walk():
        for block in section.blocks:
            line = block.line if not hasattr(block, "rows") else block.rows[0].line
            assert 1 <= line <= lines
