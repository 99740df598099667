"""Wikitables → rows of plain cells, with row and column spans filled in.

An accolades table on Wikipedia writes a ceremony once with ``rowspan="4"`` and its four
categories below it; the seed format lost those spans. Here every row is made whole again (the
spanned cell repeated), so the awards extractor sees full rows with their result cells
(``{{won}}`` → ``Won``). Each row keeps the line its first cell starts on.
"""

from __future__ import annotations

from collections.abc import Callable

from mwparserfromhell.nodes import Tag

from quiz.article import Table, TableRow
from quiz.wikitext.render import BREAK, Renderer, prose

#: What the result templates of accolades tables display.
RESULT_TEMPLATES = {
    "won": "Won",
    "win": "Won",
    "yes": "Won",
    "nom": "Nominated",
    "nominated": "Nominated",
    "no": "Nominated",
    "pending": "Pending",
    "tba": "Pending",
    "tbd": "Pending",
    "runner-up": "Runner-up",
    "2nd place": "Runner-up",
    "shortlisted": "Shortlisted",
    "honorable mention": "Honorable mention",
    "honourable mention": "Honourable mention",
}
_MAX_SPAN = 100  # a typo like rowspan="1000" must not blow a table up


def _span(cell: Tag, name: str) -> int:
    if not cell.has(name):
        return 1
    value = str(cell.get(name).value).strip().strip("\"'")
    try:
        return max(1, min(int(value), _MAX_SPAN))
    except ValueError:
        return 1


def _is_cell(node: Tag) -> bool:
    return str(node.tag).casefold() in {"td", "th"} and not str(node).startswith("|+")  # caption


def _rows(table: Tag) -> list[list[Tag]]:
    """The cells of each row; cells before the first ``|-`` form an implicit first row."""
    rows: list[list[Tag]] = []
    loose: list[Tag] = []
    assert table.contents is not None
    for node in table.contents.nodes:
        if isinstance(node, Tag) and _is_cell(node):
            loose.append(node)
        elif isinstance(node, Tag) and str(node.tag).casefold() == "tr":
            if loose:
                rows.append(loose)
                loose = []
            if node.contents is not None:
                cells = [c for c in node.contents.nodes if isinstance(c, Tag) and _is_cell(c)]
                if cells:
                    rows.append(cells)
    if loose:
        rows.append(loose)
    return rows


def _fill_spanned(cells: list[str], column: int, pending: dict[int, tuple[int, str]]) -> int:
    """Copy cells spanned down from rows above into ``cells``; return the next column."""
    while column in pending:
        left, text = pending[column]
        cells.append(text)
        if left <= 1:
            del pending[column]
        else:
            pending[column] = (left - 1, text)
        column += 1
    return column


def read_table(
    table: Tag, renderer: Renderer, offset_of: Callable[[Tag], int], line_of: Callable[[int], int]
) -> Table | None:
    """The rows of one ``{| … |}`` table; ``None`` when it has no cells."""
    pending: dict[int, tuple[int, str]] = {}
    rows: list[TableRow] = []
    if table.contents is None:
        return None
    for cells_found in _rows(table):
        cells: list[str] = []
        column = 0
        for cell in cells_found:
            column = _fill_spanned(cells, column, pending)
            # Co-recipients on separate lines ("[[A]]<br />[[B]]", a Plainlist) stay apart.
            text = ", ".join(prose(part) for part in renderer.text(cell.contents).split(BREAK))
            rowspan, colspan = _span(cell, "rowspan"), _span(cell, "colspan")
            for part in range(colspan):
                # A merged cell's text belongs to its first column; the others are empty.
                shown = text if part == 0 else ""
                cells.append(shown)
                if rowspan > 1:
                    pending[column] = (rowspan - 1, shown)
                column += 1
        while pending and column <= max(pending):
            if column in pending:
                column = _fill_spanned(cells, column, pending)
            else:
                cells.append("")
                column += 1
        rows.append(TableRow(tuple(cells), line_of(offset_of(cells_found[0]))))
    return Table(tuple(rows)) if rows else None
