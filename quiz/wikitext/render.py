"""Wikicode nodes → plain text, remembering which words were links.

The seed format is what Wikipedia's wikitext looks like after the markup is flattened and
everything that lived in a template vanished. Reading the wikitext itself we can do better:
inline templates that *display* something (dates, money, language tags, interlanguage links)
render to that text, while references, comments, files, hatnotes, navboxes and citations are
dropped. Every wikilink is recorded with its target, so later stages can tell that a name was a
link (a person or a place) rather than a common word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from mwparserfromhell.nodes import (
    Argument,
    Comment,
    ExternalLink,
    Heading,
    HTMLEntity,
    Node,
    Tag,
    Template,
    Text,
    Wikilink,
)
from mwparserfromhell.wikicode import Wikicode

#: Marks a line break (``<br>``) inside rendered text; lists split on it, prose makes it a space.
BREAK = "\x1f"

#: Tags whose content is never shown as article text.
_DROPPED_TAGS = frozenset(
    {
        "ref",
        "references",
        "gallery",
        "math",
        "chem",
        "score",
        "timeline",
        "templatedata",
        "syntaxhighlight",
        "source",
        "imagemap",
        "graph",
        "mapframe",
        "maplink",
        "hiero",
        "inputbox",
        "categorytree",
        "style",
    }
)
_NON_ARTICLE_NAMESPACES = frozenset(
    {
        "file",
        "image",
        "media",
        "category",
        "template",
        "wikipedia",
        "wp",
        "help",
        "portal",
        "special",
        "user",
        "talk",
        "module",
        "draft",
        "wikt",
        "wiktionary",
        "s",
        "q",
        "commons",
    }
)
_INTERWIKI = re.compile(r"^[a-z]{2,3}(?:-[a-z]{2,8})?$")


@dataclass(frozen=True)
class Link:
    """A wikilink as shown (``text``) and the page it points at (``target``)."""

    text: str
    target: str


@dataclass
class Rendered:
    """What rendering collected besides the text: links and categories, in order."""

    links: list[Link] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)


def template_name(template: Template) -> str:
    """``{{ film_Date |…}}`` → ``film date`` (the key the template tables use)."""
    name = str(template.name).strip().replace("_", " ")
    name = re.sub(r"\s+", " ", name).removeprefix("Template:").removeprefix("template:")
    return name.casefold()


#: A renderer for one inline template: (template, context) → text.
TemplateRenderer = Callable[[Template, "Renderer"], str]


class Renderer:
    """Turns wikicode into text; ``templates`` maps a template name to what it displays."""

    def __init__(self, templates: dict[str, TemplateRenderer], *, iso_dates: bool = False) -> None:
        self.templates = templates
        self.iso_dates = iso_dates
        self.collected = Rendered()

    def text(self, code: Wikicode | str | None) -> str:
        """The displayed text of ``code`` with whitespace tidied (breaks kept as BREAK)."""
        return tidy(self.raw(code))

    def raw(self, code: Wikicode | str | None) -> str:
        if code is None:
            return ""
        if isinstance(code, str):
            return code
        return "".join(self.node(node) for node in code.nodes)

    def nodes(self, nodes: Iterable[Node]) -> str:
        return tidy("".join(self.node(node) for node in nodes))

    def node(self, node: Node) -> str:
        if isinstance(node, Text):
            return node.value
        if isinstance(node, Wikilink):
            return self._wikilink(node)
        if isinstance(node, Template):
            render = self.templates.get(template_name(node))
            return render(node, self) if render else ""
        if isinstance(node, Tag):
            return self._tag(node)
        if isinstance(node, HTMLEntity):
            return node.normalize()
        if isinstance(node, ExternalLink):
            return self.raw(node.title) if node.title is not None else ""
        if isinstance(node, Comment | Argument | Heading):
            return ""
        return str(node)

    def _wikilink(self, node: Wikilink) -> str:
        target = str(node.title).strip()
        leading_colon = target.startswith(":")
        target = target.lstrip(":").strip()
        prefix, colon, _rest = target.partition(":")
        folded = prefix.strip().casefold()
        if colon and folded == "category" and not leading_colon:
            self.collected.categories.append(_rest.split("|")[0].strip())
            return ""
        if colon and (folded in _NON_ARTICLE_NAMESPACES or _INTERWIKI.match(folded)):
            return ""
        shown = self.text(node.text) if node.text is not None else target.split("#")[0]
        shown = shown.replace(BREAK, " ").strip()
        page = target.split("#")[0].replace("_", " ").strip()
        if shown and page:
            self.collected.links.append(Link(shown, page[:1].upper() + page[1:]))
        return shown

    def _tag(self, node: Tag) -> str:
        name = str(node.tag).strip().casefold()
        if name in _DROPPED_TAGS:
            return ""
        if name == "br":
            return BREAK
        if name == "nowiki":
            return str(node.contents) if node.contents is not None else ""
        if node.contents is None:
            return ""
        return self.raw(node.contents)


_SPACES = re.compile(r"[ \t\n\xa0\u2009\u202f]+")
_SPACE_BEFORE = re.compile(r" +([,.;:!?)\]%])")
_SPACE_AFTER = re.compile(r"([(\[]) +")
_EMPTY_PARENS = re.compile(r"\s*\(\s*[,;:]?\s*\)")


def tidy(text: str) -> str:
    """Collapse whitespace, drop emptied parentheses and spaces left before punctuation."""
    text = _SPACES.sub(" ", text)
    text = text.replace(f" {BREAK}", BREAK).replace(f"{BREAK} ", BREAK)
    text = _EMPTY_PARENS.sub("", text)
    text = _SPACE_BEFORE.sub(r"\1", text)
    text = _SPACE_AFTER.sub(r"\1", text)
    return text.strip(" " + BREAK)


def prose(text: str) -> str:
    """Rendered text as one line of prose: breaks become spaces."""
    return re.sub(" +", " ", text.replace(BREAK, " ")).strip()
