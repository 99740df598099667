"""Wikitext → :class:`~quiz.article.Article`, the same shape the seed reader produces.

A Wikipedia film page's source ("Edit source", a dump, the API) is read with mwparserfromhell
(its tokenizer is written in C and its tree prints back to the exact input, which is what lets
every element keep its line in the file). Block structure follows MediaWiki's own rules: a
heading is a line, a list item is a line starting with ``*`` or ``#``, a table runs from ``{|``
to ``|}``, a paragraph is any other line with text. ``{{Infobox film}}`` becomes the infobox,
its parameters named as the seed format names them (``director`` → ``Director``).

The result is a :class:`WikiArticle`: an ``Article`` plus what the seed lost — the links
(display text and target page), the categories, and each infobox value as a list of items.
Nothing here knows a film; the facts extractors read it exactly as they read a seed.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import mwparserfromhell
from mwparserfromhell.nodes import Heading, Node, Tag, Template, Text
from mwparserfromhell.wikicode import Wikicode

from quiz.article import (
    Article,
    InfoboxEntry,
    ListItem,
    Paragraph,
    Section,
    nest_section,
    split_title,
)
from quiz.wikitext.render import BREAK, Renderer, TemplateRenderer, prose, template_name, tidy
from quiz.wikitext.tables import RESULT_TEMPLATES, read_table
from quiz.wikitext.templates import INLINE_TEMPLATES

#: Template names of the film infobox (and its redirects); not "Infobox film awards" etc.
INFOBOX_NAMES = frozenset({"infobox film", "infobox movie", "film infobox", "infobox feature film"})
#: Templates that wrap blocks (a cast list in columns) → the parameter holding them ("1": the
#: first unnamed one); their content is read as the page's own.
CONTAINER_TEMPLATES: dict[str, tuple[str, ...]] = {
    "cast listing": ("1", "content"),
    "columns-list": ("1", "content"),
    "columns list": ("1", "content"),
    "col-list": ("1", "content"),
    "plainlist": ("1", "content"),
    "plain list": ("1", "content"),
    "div col": ("content",),  # {{div col|2}}: the 2 is a column count, not content
}
#: Infobox parameters that hold no fact (pictures, layout, the native-name module).
_SKIPPED_PARAMS = frozenset(
    {
        "image",
        "image size",
        "image_size",
        "imagesize",
        "image upright",
        "alt",
        "caption",
        "border",
        "italic title",
        "module",
        "embedded",
        "film name",
        "native name",
        "ref",
    }
)
_MAGIC_WORD = re.compile(r"__[A-Z]+__")

_TABLE_TEMPLATES: dict[str, TemplateRenderer] = {
    name: (lambda text: lambda _t, _r: text)(shown) for name, shown in RESULT_TEMPLATES.items()
}


def _based_on(template: Template, renderer: Renderer) -> str:
    """``{{Based on|''Title''|Author|Author 2}}`` → ``Title by Author and Author 2``."""
    values = [renderer.text(p.value) for p in template.params if not p.showkey]
    values = [prose(v) for v in values if v]
    if not values:
        return ""
    if len(values) == 1:
        return values[0]
    authors = values[1:]
    people = authors[0] if len(authors) == 1 else ", ".join(authors[:-1]) + " and " + authors[-1]
    return f"{values[0]} by {people}"


TEMPLATES: dict[str, TemplateRenderer] = {
    **INLINE_TEMPLATES,
    **_TABLE_TEMPLATES,
    "based on": _based_on,
}


@dataclass(frozen=True)
class LinkAt:
    """A wikilink found on ``line``: shown as ``text``, pointing at the page ``target``."""

    text: str
    target: str
    line: int


@dataclass
class WikiArticle(Article):
    """An :class:`Article` read from wikitext, with what the wikitext adds.

    ``links`` mark names that were links (people, places, works, companies); ``categories``
    are the page's categories (e.g. "Films set in Seoul"); ``infobox_items`` holds every
    infobox value split into its list items, keyed like ``infobox``, and
    ``infobox_item_lines`` the line each item is written on (a Plainlist has one per line).
    """

    links: list[LinkAt] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    infobox_items: dict[str, tuple[str, ...]] = field(default_factory=dict)
    infobox_item_lines: dict[str, tuple[int, ...]] = field(default_factory=dict)
    page_title: str | None = None

    def linked(self, line: int | None = None) -> dict[str, str]:
        """Shown text → linked page, for the whole page or one line (first link wins).

        A name that was a link is a proper name (a person, a place, a work, a company), not
        a common word; its target often says which (``Lee (actor)``, ``Busan``)."""
        found: dict[str, str] = {}
        for link in self.links:
            if line is None or link.line == line:
                found.setdefault(link.text, link.target)
        return found


class _Lines:
    """Offset → 1-based line number in the source text."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def __call__(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset)


def param_key(name: str) -> str:
    """``production_companies`` → ``Production companies`` (the seed's spelling of keys)."""
    words = re.sub(r"[_\s]+", " ", name).strip()
    return words[:1].upper() + words[1:]


def split_items(text: str) -> tuple[str, ...]:
    """A rendered value → its items (lines, ``<br>`` breaks and list templates split it)."""
    parts = re.split(r"\n|" + BREAK, text)
    items = (tidy(re.sub(r"^[\s*#:;•]+", "", part)) for part in parts)
    return tuple(item for item in items if item)


class _Reader:
    def __init__(self, text: str, path: str | None, page_title: str | None) -> None:
        self.source = text
        self.path = path
        self.page_title = page_title
        self.line_of = _Lines(text)
        self.renderer = Renderer(TEMPLATES)
        self.iso_renderer = Renderer(TEMPLATES, iso_dates=True)
        self.links: list[LinkAt] = []
        self.lead = Section(title="", level=1, line=1)
        self.sections: list[Section] = []
        self.stack: list[Section] = [self.lead]
        self.infobox: list[InfoboxEntry] = []
        self.infobox_items: dict[str, tuple[str, ...]] = {}
        self.infobox_item_lines: dict[str, tuple[int, ...]] = {}
        self.bold_title: tuple[str, int] | None = None
        self.name_param: tuple[str, int] | None = None

    # -- helpers -------------------------------------------------------------------------
    def _take_links(self, renderer: Renderer, line: int) -> None:
        for link in renderer.collected.links:
            self.links.append(LinkAt(link.text, link.target, line))
        renderer.collected.links.clear()

    def _offset_finder(self, base: int, container: str) -> Callable[[object], int]:
        """Offsets of ``container``'s children, found in document order (their text is exact:
        mwparserfromhell prints every node back as it was written)."""
        cursor = 0

        def offset_of(node: object) -> int:
            nonlocal cursor
            found = container.find(str(node), cursor)
            if found < 0:
                return base + cursor
            cursor = found + 1
            return base + found

        return offset_of

    # -- blocks --------------------------------------------------------------------------
    def open_section(self, heading: Heading, offset: int) -> None:
        title = prose(self.renderer.text(heading.title))
        self._take_links(self.renderer, self.line_of(offset))
        level = heading.level
        section = Section(title=title, level=level, line=self.line_of(offset))
        nest_section(self.stack, self.sections, section)

    def add_table(self, table: Tag, offset: int) -> None:
        finder = self._offset_finder(offset, str(table))
        result = read_table(table, self.renderer, finder, self.line_of)
        self._take_links(self.renderer, self.line_of(offset))
        if result is not None:
            self.stack[-1].blocks.append(result)

    def add_line(self, nodes: list[tuple[Node, int]]) -> None:
        """One logical line: a list item, an indented line or a paragraph."""
        depth = 0
        index = 0
        while index < len(nodes):
            node = nodes[index][0]
            if isinstance(node, Tag) and node.wiki_markup in {"*", "#", ":", ";"}:
                depth += node.wiki_markup in {"*", "#"}
                index += 1
                continue
            break
        rest = nodes[index:]
        content = [(n, o) for n, o in rest if not (isinstance(n, Text) and not n.value.strip())]
        if not content:
            return
        line = self.line_of(content[0][1])
        self._maybe_infobox(rest)
        if self.bold_title is None and self.stack[-1] is self.lead and depth == 0:
            self._maybe_bold_title(rest, line)
        text = prose(self.renderer.nodes(n for n, _ in rest))
        text = _MAGIC_WORD.sub("", text).strip()
        self._take_links(self.renderer, line)
        if not text:
            return
        block = ListItem(text, line, depth) if depth else Paragraph(text, line)
        self.stack[-1].blocks.append(block)

    def _maybe_bold_title(self, nodes: list[tuple[Node, int]], line: int) -> None:
        for node, _offset in nodes:
            if isinstance(node, Tag) and node.wiki_markup == "'''" and node.contents is not None:
                shown = prose(Renderer(TEMPLATES).text(node.contents)).strip("'\" ")
                if shown:
                    self.bold_title = (shown, line)
                return

    def _maybe_infobox(self, nodes: list[tuple[Node, int]]) -> None:
        if self.infobox:
            return
        for node, offset in nodes:
            if isinstance(node, Template) and template_name(node) in INFOBOX_NAMES:
                self.read_infobox(node, offset)
                return

    def read_infobox(self, template: Template, offset: int) -> None:
        finder = self._offset_finder(offset, str(template))
        for param in template.params:
            start = finder(param)
            raw_name = str(param.name).strip()
            name = re.sub(r"[_\s]+", " ", raw_name).casefold()
            value_offset = start + len(str(param)) - len(str(param.value))
            value_text = str(param.value)
            value_offset += len(value_text) - len(value_text.lstrip())
            line = self.line_of(value_offset)
            rendered = self.iso_renderer.raw(param.value)
            self._take_links(self.iso_renderer, line)
            items = tuple(prose(i) for i in split_items(rendered))
            items = tuple(i for i in items if i)
            if name == "name" and items:
                self.name_param = (items[0], line)
                continue
            if name in _SKIPPED_PARAMS or not items or not param.showkey:
                continue
            key = param_key(raw_name)
            self.infobox.append(InfoboxEntry(key, ", ".join(items), line))
            self.infobox_items[key] = items
            self.infobox_item_lines[key] = self._item_lines(items, value_text, value_offset, line)

    def _item_lines(
        self, items: tuple[str, ...], raw: str, offset: int, first: int
    ) -> tuple[int, ...]:
        """The line each item of a list value is written on (a Plainlist puts one per line);
        an item whose text is not found as written (a template made it) gets the key's line."""
        raw = raw.lstrip()
        lines: list[int] = []
        cursor = 0
        for item in items:
            found = raw.find(item, cursor)
            if found < 0:
                lines.append(lines[-1] if lines else first)
                continue
            cursor = found + len(item)
            lines.append(self.line_of(offset + found))
        return tuple(lines)

    # -- the walk ------------------------------------------------------------------------
    def read(self) -> WikiArticle:
        code: Wikicode = mwparserfromhell.parse(self.source)
        self._walk(code.nodes, 0)
        return self._article()

    def _walk(self, nodes: list[Node], offset: int) -> None:
        """Split ``nodes`` (starting at ``offset`` in the source) into blocks."""
        line: list[tuple[Node, int]] = []
        for node in nodes:
            length = len(str(node))
            content = self._container_content(node, line)
            if content is not None:
                self.add_line(line)
                line = []
                value, start = content
                self._walk(value.nodes, offset + start)
            elif isinstance(node, Heading):
                self.add_line(line)
                line = []
                self.open_section(node, offset)
            elif isinstance(node, Tag) and str(node.tag).casefold() == "table":
                self.add_line(line)
                line = []
                self.add_table(node, offset)
            elif isinstance(node, Text) and "\n" in node.value:
                pieces = node.value.split("\n")
                position = offset
                for number, piece in enumerate(pieces):
                    if piece:
                        line.append((Text(piece), position))
                    if number < len(pieces) - 1:
                        self.add_line(line)
                        line = []
                    position += len(piece) + 1
            else:
                line.append((node, offset))
            offset += length
        self.add_line(line)

    @staticmethod
    def _container_content(node: Node, line: list[tuple[Node, int]]) -> tuple[Wikicode, int] | None:
        """The wrapped content of a block template (``{{Cast listing|* A as B …}}``), with its
        offset inside the template; ``None`` for anything else or a template inside prose."""
        if not isinstance(node, Template) or template_name(node) not in CONTAINER_TEMPLATES:
            return None
        if any(not (isinstance(n, Text) and not n.value.strip()) for n, _ in line):
            return None
        keys = CONTAINER_TEMPLATES[template_name(node)]
        wrapped = next((node.get(k) for k in keys if node.has(k)), None)
        if wrapped is None:
            return None
        whole, part = str(node), str(wrapped)
        start = whole.find(part)
        if start < 0:
            return None
        return wrapped.value, start + len(part) - len(str(wrapped.value))

    def _article(self) -> WikiArticle:
        title: str | None = None
        qualifier: str | None = None
        title_line: int | None = None
        if self.page_title:
            title, qualifier = split_title(self.page_title)
        elif self.name_param:
            title, title_line = self.name_param
        elif self.bold_title:
            title, title_line = self.bold_title
        if title is not None and qualifier is None and self.path:
            stem_title, stem_qualifier = split_title(Path(self.path).stem.replace("_", " "))
            if stem_qualifier and stem_title.casefold() == title.casefold():
                qualifier = stem_qualifier
        if title is not None and title_line is None:
            for candidate in (self.name_param, self.bold_title):
                if candidate and candidate[0].casefold() == title.casefold():
                    title_line = candidate[1]
                    break
        categories = list(
            dict.fromkeys(
                self.renderer.collected.categories + self.iso_renderer.collected.categories
            )
        )
        return WikiArticle(
            title=title,
            qualifier=qualifier,
            title_line=title_line,
            infobox=self.infobox,
            lead=self.lead,
            sections=self.sections,
            line_count=self.source.count("\n") + 1,
            path=self.path,
            title_from_heading=title is not None,
            links=self.links,
            categories=categories,
            infobox_items=self.infobox_items,
            infobox_item_lines=self.infobox_item_lines,
            page_title=self.page_title,
        )


def parse_wikitext(
    text: str, path: str | None = None, page_title: str | None = None
) -> WikiArticle:
    """Parse a page's wikitext. Never raises on odd markup: what cannot be read is left out.

    ``page_title`` (from a dump or the API) names the page, qualifier included; without it the
    title is the infobox ``name`` or the lead's bold title, and the qualifier comes from a file
    named like the page (``Parasite_(2019_film).wiki``).
    """
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return _Reader(text, path, page_title).read()
