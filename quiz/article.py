"""Article reader: plain text in the seed format → :class:`Article`.

The format (docs/ARCHITECTURE.md, "Input format"): a first line ``= Title (qualifier) =``, a bare title
line, an infobox of ``- Key: Value`` lines, lead paragraphs, then sections headed ``==X==`` or
``== X ==`` (any depth), holding paragraphs, bullet lists (``- item``) and flattened tables
(``| a | b | |``). This module knows that format and nothing about films: every element keeps
its 1-based line number so later stages can cite it.

Tolerated quirks: a BOM, CRLF or CR line ends, tabs, trailing spaces, a missing title line,
empty sections, table rows with uneven cell counts, stray blank lines anywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from quiz.errors import UnreadableInput
from quiz.fileio import read_text

_TITLE = re.compile(r"^=(?!=)\s*(?P<text>.*?)\s*=$")
_HEADING = re.compile(r"^(?P<marks>={2,6})\s*(?P<text>[^=].*?)\s*(?P=marks)$")
_BULLET = re.compile(r"^(?P<marks>[-*•]+|#+)\s?(?P<text>.*)$")
_INFOBOX = re.compile(r"^(?P<key>[A-Za-z][\w .'/()&-]{0,39}?)\s*:\s*(?P<value>.*)$")
_QUALIFIER = re.compile(r"^(?P<title>.*?)\s*\((?P<qualifier>[^()]*)\)$")


@dataclass(frozen=True)
class Paragraph:
    """A run of prose lines (normally one line per paragraph in these articles)."""

    text: str
    line: int


@dataclass(frozen=True)
class ListItem:
    """A bullet item; ``depth`` is 1 for ``- x``, 2 for ``-- x`` or an indented bullet."""

    text: str
    line: int
    depth: int = 1


@dataclass(frozen=True)
class TableRow:
    """One ``| a | b | |`` row, cells stripped, empty cells kept."""

    cells: tuple[str, ...]
    line: int


@dataclass(frozen=True)
class Table:
    """Consecutive table rows; the first row is usually the header."""

    rows: tuple[TableRow, ...]

    @property
    def line(self) -> int:
        return self.rows[0].line


Block = Paragraph | ListItem | Table


@dataclass
class Section:
    """A heading and what follows it up to the next heading of the same or higher level."""

    title: str
    level: int
    line: int
    blocks: list[Block] = field(default_factory=list)
    subsections: list[Section] = field(default_factory=list)

    @property
    def paragraphs(self) -> list[Paragraph]:
        return [b for b in self.blocks if isinstance(b, Paragraph)]

    @property
    def items(self) -> list[ListItem]:
        return [b for b in self.blocks if isinstance(b, ListItem)]

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    def walk(self) -> Iterator[Section]:
        """This section and every section nested in it, in document order."""
        yield self
        for sub in self.subsections:
            yield from sub.walk()


@dataclass(frozen=True)
class InfoboxEntry:
    """``- Key: Value`` from the infobox (value may be empty when the article lost it)."""

    key: str
    value: str
    line: int


@dataclass
class Article:
    """A parsed article. ``lead`` holds the prose before the first heading."""

    title: str | None
    qualifier: str | None
    title_line: int | None
    infobox: list[InfoboxEntry]
    lead: Section
    sections: list[Section]
    line_count: int
    path: str | None = None
    title_from_heading: bool = False

    def walk(self) -> Iterator[Section]:
        """Every section, the lead first, depth-first in document order."""
        yield self.lead
        for section in self.sections:
            yield from section.walk()

    def paragraphs(self) -> Iterator[tuple[Section, Paragraph]]:
        """Every paragraph with the section it belongs to."""
        for section in self.walk():
            for paragraph in section.paragraphs:
                yield section, paragraph

    def find_sections(self, *names: str) -> list[Section]:
        """Sections whose title, casefolded, starts with one of ``names``."""
        wanted = tuple(n.casefold() for n in names)
        return [s for s in self.walk() if s.title.casefold().startswith(wanted)]

    @property
    def is_empty(self) -> bool:
        """True when no article structure was found: no ``= Title =`` line, no infobox, no
        headings. Plain prose or random text is not an article in this format."""
        return not self.title_from_heading and not self.infobox and not self.sections


def _clean_lines(text: str) -> list[str]:
    text = text.removeprefix("\ufeff")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return [line.replace("\t", " ").rstrip() for line in lines]


def split_title(text: str) -> tuple[str, str | None]:
    """``Love (2024 film)`` → (``Love``, ``2024 film``); no parenthetical → (text, None)."""
    match = _QUALIFIER.match(text)
    if match and match.group("title").strip() and match.group("qualifier").strip():
        return match.group("title").strip(), match.group("qualifier").strip()
    return text.strip(), None


def split_cells(line: str) -> tuple[str, ...]:
    """``| a | b | |`` → (``a``, ``b``, ``""``): outer bars dropped, inner empties kept."""
    body = line.strip()
    body = body.removeprefix("|")
    if body.endswith("|"):
        body = body[:-1]
    return tuple(cell.strip() for cell in body.split("|"))


def nest_section(stack: list[Section], top_level: list[Section], section: Section) -> None:
    """Open ``section`` under the nearest open section of a higher level (``stack[0]`` is the
    lead; a section with none above it joins ``top_level``). Both article readers build their
    outline this way, so seed-format and wikitext headings nest alike."""
    while len(stack) > 1 and stack[-1].level >= section.level:
        stack.pop()
    if len(stack) == 1:
        top_level.append(section)
    else:
        stack[-1].subsections.append(section)
    stack.append(section)


class _Builder:
    """Single pass over the lines; keeps the open section stack."""

    def __init__(self) -> None:
        self.lead = Section(title="", level=1, line=1)
        self.sections: list[Section] = []
        self.stack: list[Section] = [self.lead]
        self.table_rows: list[TableRow] = []
        self.infobox: list[InfoboxEntry] = []
        self.in_infobox_zone = True

    @property
    def current(self) -> Section:
        return self.stack[-1]

    def flush_table(self) -> None:
        if self.table_rows:
            self.current.blocks.append(Table(tuple(self.table_rows)))
            self.table_rows = []

    def open_section(self, title: str, level: int, line: int) -> None:
        self.flush_table()
        self.in_infobox_zone = False
        section = Section(title=title, level=level, line=line)
        nest_section(self.stack, self.sections, section)

    def add_line(self, number: int, raw: str) -> None:
        stripped = raw.strip()
        if not stripped:
            self.flush_table()
            return
        heading = _HEADING.match(stripped)
        if heading:
            marks = len(heading.group("marks"))
            self.open_section(heading.group("text").strip(), marks, number)
            return
        if stripped.startswith("|"):
            self.in_infobox_zone = False
            self.table_rows.append(TableRow(split_cells(stripped), number))
            return
        self.flush_table()
        bullet = _BULLET.match(stripped)
        if bullet and (
            stripped[:2] in {"- ", "* ", "• ", "--", "**", "# ", "##"} or stripped in "-*•"
        ):
            bullet_marks = bullet.group("marks")
            indent = len(raw) - len(raw.lstrip())
            depth = max(len(bullet_marks), 1 + indent // 2)
            text = bullet.group("text").strip()
            if self.in_infobox_zone and len(self.stack) == 1:
                entry = _INFOBOX.match(text)
                if entry and not entry.group("key").endswith(" "):
                    key = entry.group("key").strip()
                    self.infobox.append(InfoboxEntry(key, entry.group("value").strip(), number))
                    return
            self.current.blocks.append(ListItem(text, number, depth))
            return
        if self.in_infobox_zone and self.infobox:
            # The first prose after the infobox closes it.
            self.in_infobox_zone = False
        self.current.blocks.append(Paragraph(stripped, number))


def parse_article(text: str, path: str | None = None) -> Article:
    """Parse article text. Never raises: an unstructured text gives an empty article."""
    lines = _clean_lines(text)
    title: str | None = None
    qualifier: str | None = None
    title_line: int | None = None
    from_heading = False
    builder = _Builder()
    start = 0
    # The first non-blank line may be the "= Title (qualifier) =" line.
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        match = _TITLE.match(line.strip())
        if match and match.group("text"):
            title, qualifier = split_title(match.group("text"))
            title_line = index + 1
            start = index + 1
            from_heading = True
        break
    bare_title_pending = True
    for index in range(start, len(lines)):
        number = index + 1
        stripped = lines[index].strip()
        if bare_title_pending and stripped:
            bare_title_pending = False
            if _is_bare_title(stripped, lines, index, title):
                if title is None:
                    title, qualifier = split_title(stripped)
                    title_line = number
                continue
        builder.add_line(number, lines[index])
    builder.flush_table()
    return Article(
        title=title,
        qualifier=qualifier,
        title_line=title_line,
        infobox=builder.infobox,
        lead=builder.lead,
        sections=builder.sections,
        line_count=len(lines),
        path=path,
        title_from_heading=from_heading,
    )


def _is_bare_title(stripped: str, lines: list[str], index: int, title: str | None) -> bool:
    """The short line that repeats the title above the infobox (or stands in for it)."""
    if title is not None and stripped.casefold() == title.casefold():
        return True
    if stripped[0] in "-*|=#" or len(stripped) > 80 or stripped.endswith((".", ":", ";")):
        return False
    following = next((ln.strip() for ln in lines[index + 1 :] if ln.strip()), "")
    return title is None and following.startswith(("- ", "* "))


def read_article(path: Path) -> Article:
    """Read and parse an article file; unreadable or structureless input raises."""
    text = read_text(path)
    article = parse_article(text, str(path))
    if article.is_empty:
        raise UnreadableInput("no recognisable article structure", path=str(path))
    return article
