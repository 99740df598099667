"""Accolades tables → :class:`Award` rows, rebuilding the ceremonies the flattening lost.

In the flattened table the first row of a ceremony is ``| Ceremony | Year | Category |`` (its
recipient cell is gone) and the following rows ``| Category | Recipient | |`` continue that
ceremony: the cells left of the year column were row-spans. The header names the columns
that survived; we locate the year column from it (or from the first full row) and map the
shorter continuation rows onto the columns after it. A result column is read when present.
"""

from __future__ import annotations

import re

from quiz.article import Table, TableRow
from quiz.facts.model import Award, Source
from quiz.facts.textmodel import TextModel
from quiz.textnorm import normalize_option

_YEAR_CELL = re.compile(r"\b(?P<year>1[89]\d\d|20\d\d)\b")
_RESULT = re.compile(
    r"^(?:won|win|nominated|nominee|pending|runner-up|shortlisted|finalist|"
    r"honou?rable mention|\d+(?:st|nd|rd|th) place)$",
    re.IGNORECASE,
)
_CATEGORY_LIKE = re.compile(r"^(?:best|outstanding|most|favou?rite)\b|\baward for\b", re.IGNORECASE)
_CEREMONY_LIKE = re.compile(
    r"\b(?:awards?|festival|guild|association|critics|society|academy|circle|prize|ceremony)\b",
    re.IGNORECASE,
)


#: A name that ends as a ceremony's does ("… Awards", "… Film Festival", "… Prizes").
_NAMES_A_CEREMONY = re.compile(r"\b(?:Awards|Festival|Prizes|Ceremony|Gala)$")


def _looks_like_category(text: str) -> bool:
    return bool(_CATEGORY_LIKE.search(text))


def _looks_like_ceremony(text: str) -> bool:
    return bool(_CEREMONY_LIKE.search(text)) and not _looks_like_category(text)


_HEADER_WORDS = {
    "ceremony": ("ceremony", "award", "awards", "festival", "organization", "organisation"),
    "year": ("year", "date"),
    "category": ("category", "categories"),
    "recipient": (
        "recipient",
        "recipients",
        "nominee",
        "nominees",
        "work",
        "recipient(s)",
        "nominee(s)",
        "name",
    ),
    "result": ("result", "results", "outcome"),
}


def _column_of(header: tuple[str, ...], kind: str) -> int | None:
    for index, cell in enumerate(header):
        folded = cell.casefold()
        if any(word in folded.split() or folded == word for word in _HEADER_WORDS[kind]):
            return index
    return None


def _is_year(cell: str) -> int | None:
    """The year in a year/date cell (``2025``, ``March 21, 1994``, ``27 May 2023``)."""
    match = _YEAR_CELL.search(cell)
    return int(match.group("year")) if match else None


def _cell(cells: tuple[str, ...], index: int | None) -> str:
    if index is None or index < 0 or index >= len(cells):
        return ""
    return cells[index].strip()


def _is_awards_table(table: Table) -> bool:
    header = table.rows[0].cells
    return _column_of(header, "year") is not None and _column_of(header, "category") is not None


def _layout(header: tuple[str, ...]) -> dict[str, int | None]:
    ceremony = _column_of(header, "ceremony")
    year = _column_of(header, "year")
    category = _column_of(header, "category")
    recipient = _column_of(header, "recipient")
    result = _column_of(header, "result")
    if recipient is None and category is not None:
        recipient = category + 1  # the recipient column lost its header with its cells
        if result is not None and result <= recipient:
            result += 1
    return {
        "ceremony": ceremony,
        "year": year,
        "category": category,
        "recipient": recipient,
        "result": result,
    }


def read_table(table: Table, film_title: str | None) -> list[Award]:
    """Awards from one accolades table (header row first)."""
    header = table.rows[0].cells
    cols = _layout(header)
    awards: list[Award] = []
    ceremony: str | None = None
    year: int | None = None
    film_key = normalize_option(film_title) if film_title else None
    for row in table.rows[1:]:
        if len(row.cells) > len(header) + 2:
            continue  # a malformed row: more cells than any reading of the header allows
        award = _read_row(row, cols, ceremony, year, film_key)
        if award is None:
            continue
        ceremony, year = award.ceremony, award.year
        awards.append(award)
    return awards


def _offset(cells: tuple[str, ...], cols: dict[str, int | None]) -> int:
    """How many leading columns this row lost to row-spans (0 for a full row).

    A full row has a year in the year column. Otherwise, when the table has a result column,
    the result cell (``Won``/``Nominated``) anchors the shift from the right; without one,
    the spanned cells are the ceremony and year columns, unless the first cell names a
    ceremony (a new ceremony in the same year of a year-first table).
    """
    year_col = cols["year"]
    ceremony_col = cols["ceremony"]
    assert year_col is not None
    if _is_year(_cell(cells, year_col)) is not None and (
        not _looks_like_category(_cell(cells, ceremony_col))
        # "Best of Nollywood Awards | 2012 | Movie of the Year": a ceremony whose name
        # opens like a category, with a year of its own
        or (
            _NAMES_A_CEREMONY.search(_cell(cells, ceremony_col))
            and re.fullmatch(r"\s*(?:1[89]|20)\d\d\s*", _cell(cells, year_col))
        )
    ):
        return 0
    result_col = cols["result"]
    if result_col is not None:
        for index in range(len(cells) - 1, -1, -1):
            if _RESULT.match(cells[index]) and result_col - index >= 0:
                return result_col - index
    spanned = max(year_col, ceremony_col if ceremony_col is not None else -1) + 1
    if (
        ceremony_col is not None
        and ceremony_col > year_col
        and _looks_like_ceremony(_cell(cells, 0))
    ):
        return ceremony_col
    return spanned


def _read_row(
    row: TableRow,
    cols: dict[str, int | None],
    ceremony: str | None,
    year: int | None,
    film_key: str | None,
) -> Award | None:
    cells = row.cells
    if not any(cells):
        return None
    offset = _offset(cells, cols)

    def shifted(kind: str) -> str:
        index = cols[kind]
        if index is None or index - offset < 0:
            return ""
        return _cell(cells, index - offset)

    own = shifted("ceremony")
    if (
        own
        and _looks_like_category(own)
        # ("Best of Nollywood Awards | 2012 | …" is a full row: a ceremony)
        and not (offset == 0 and _NAMES_A_CEREMONY.search(own))
    ):
        return None
    ceremony = own or ceremony
    year = _is_year(shifted("year")) or year
    if ceremony is None:
        return None
    category = shifted("category")
    if not category:
        return None
    recipient = shifted("recipient") or None
    result = shifted("result") or None
    if recipient is not None and _RESULT.match(recipient) and result is None:
        # "| 1963 | Moscow International Film Festival | Golden Prize | Nominated |": the
        # ceremony's first row lost its recipient cell, so its result moved left into it.
        recipient, result = None, recipient
    if result is not None and not _RESULT.match(result):
        result = None
    is_film = bool(recipient and film_key and normalize_option(recipient) == film_key)
    quote = " | ".join(c for c in cells if c)
    return Award(
        ceremony=ceremony,
        year=year,
        category=category,
        recipient=recipient,
        source=Source(row.line, quote),
        recipient_is_film=is_film,
        result=result.casefold() if result else None,
    )


def read_awards(model: TextModel) -> list[Award]:
    """Awards from every accolades-shaped table in the article."""
    article = model.article
    if article is None:
        return []
    film_title = article.title
    awards: list[Award] = []
    for section in article.walk():
        for table in section.tables:
            if len(table.rows) > 1 and _is_awards_table(table):
                awards.extend(read_table(table, film_title))
    return awards
