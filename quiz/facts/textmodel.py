"""The text model: an article's prose as paragraphs → sentences → clauses, built once.

Every prose extractor reads this model instead of re-splitting paragraphs itself, so a fact's
quote is always its own clause (or sentence), never a neighbour's, and each piece of text keeps
its line and the headings it sits under ("Production › Filming").

Clauses are split where English joins two statements: ``;``, ``, and``, ``, while``,
``, where``, ``, before``, ``, after``, ``, followed by``, ``, but``, `` and was``, a comma
before a past-tense verb ("premiered at X on D1, opened in Canada the same day"), and
parentheses. The splitter errs on the side of keeping a clause whole: a clause that is too
long only costs precision in binding, a clause cut inside a name costs the name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from quiz.article import Article, Section
from quiz.facts.text import split_sentences

_WORD = re.compile(r"[\w'’-]+")


@dataclass(frozen=True)
class Clause:
    """A stretch of a sentence that states one thing; ``start`` is its offset in the sentence."""

    text: str
    start: int


@dataclass(frozen=True)
class Sentence:
    """One sentence with its line, the headings above it, its paragraph and its clauses."""

    text: str
    line: int
    section: tuple[str, ...]
    paragraph: int
    clauses: tuple[Clause, ...]
    #: The sentence's words, lower-cased: extractors skip sentences without their cue words
    #: with one set operation instead of running their patterns.
    words: frozenset[str] = field(init=False, compare=False, repr=False)
    #: The headings above the sentence, case-folded and joined (looked up often).
    headings: str = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        # Filled here, not as cached properties: every sentence is asked for both, and a
        # cached property's first access (it takes a lock) cost more than the value itself.
        object.__setattr__(self, "words", frozenset(_WORD.findall(self.text.lower())))
        object.__setattr__(self, "headings", " / ".join(h.casefold() for h in self.section))

    def clause_at(self, offset: int) -> Clause:
        """The clause that holds character ``offset`` of the sentence."""
        chosen = self.clauses[0]
        for clause in self.clauses:
            if clause.start <= offset:
                chosen = clause
        return chosen

    def in_section(self, *words: str) -> bool:
        """Whether any heading above the sentence contains one of ``words`` (casefolded)."""
        headings = self.headings
        if headings:
            for word in words:  # a plain loop: asked of every sentence by most extractors
                if word in headings:
                    return True
        return False


@dataclass(frozen=True)
class Paragraph:
    """A prose paragraph (one line of the article) and its sentences."""

    text: str
    line: int
    section: tuple[str, ...]
    index: int
    sentences: tuple[Sentence, ...]


@dataclass
class TextModel:
    """All prose of one article, in reading order."""

    paragraphs: list[Paragraph] = field(default_factory=list)
    #: The article's title, so extractors can tell the film from other works it mentions.
    title: str = ""
    #: Actors' and characters' names from the cast lists: people, never places or works.
    names: frozenset[str] = frozenset()
    #: Character names from the cast lists, in list order.
    characters: tuple[str, ...] = ()
    #: The article itself, for the extractors that read its lists and tables.
    article: Article | None = None

    @property
    def sentences(self) -> Iterator[Sentence]:
        for paragraph in self.paragraphs:
            yield from paragraph.sentences

    def pairs(self) -> list[tuple[str, int]]:
        """(paragraph text, line) pairs, for extractors that read whole paragraphs."""
        return [(p.text, p.line) for p in self.paragraphs]

    def full_text(self) -> str:
        return " ".join(p.text for p in self.paragraphs)


# A comma followed by a finite verb starts a new statement about the same subject.
_VERB_AFTER_COMMA = (
    r"(?:[a-z]+ed|began|begun|opened|won|took|went|made|became|grew|ran|held|shot|saw|hit|"
    r"fell|rose|sold|brought|drew|earned|received|was|were|is|has|had|screened|premiered|"
    r"returned|reached|crossed|passed|topped|debuted|arrived|followed|moved|led|wrote|"
    r"spent|set|got|gave|left|came|found|began|starts?|opens?)"
)
_CLAUSE_BREAK = re.compile(
    # Every alternative starts with a literal or a space, so the engine can skip ahead to the
    # next candidate instead of trying each alternative at every character.
    r";\s+"
    r"|,\s+(?=(?:and|but|while|whereas|where|before|after|followed by|then|although|though|"
    rf"which|with)\b|{_VERB_AFTER_COMMA}\b)"
    r"|\s+(?=(?:and|but)\s+(?:(?:was|were|is|had|has|then|later|it|the film|also|remained)\b"
    rf"|{_VERB_AFTER_COMMA}\b)|\()"
    r"|\)\s*"
    r"|\s+[—–]\s+|—(?=\w)"
)


def split_clauses(sentence: str) -> tuple[Clause, ...]:
    """The clauses of one sentence, each with its offset (see the module docstring)."""
    clauses: list[Clause] = []
    start = 0
    for match in _CLAUSE_BREAK.finditer(sentence):
        # A closing parenthesis ends its clause and stays in it.
        cut = match.start() + 1 if sentence[match.start()] == ")" else match.start()
        if cut <= start:
            start = max(start, match.end())  # a break right at a clause's start: skip it
            continue
        piece = sentence[start:cut]
        if piece.strip():
            clauses.append(Clause(piece.strip(), start + (len(piece) - len(piece.lstrip()))))
        start = match.end()
    tail = sentence[start:]
    if tail.strip():
        clauses.append(Clause(tail.strip(), start + (len(tail) - len(tail.lstrip()))))
    return tuple(clauses) or (Clause(sentence, 0),)


def _sections(article: Article) -> Iterator[tuple[tuple[str, ...], Section]]:
    def walk(section: Section, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], Section]]:
        here = (*path, section.title) if section.title else path
        yield here, section
        for sub in section.subsections:
            yield from walk(sub, here)

    yield from walk(article.lead, ())
    for section in article.sections:
        yield from walk(section, ())


def _cast_names(article: Article) -> tuple[frozenset[str], tuple[str, ...]]:
    names: set[str] = set()
    characters: list[str] = []
    for section in article.walk():
        if "cast" not in section.title.casefold():
            continue
        for sub in section.walk():
            for item in sub.items:
                sides = re.split(r"\s+as\s+", item.text, maxsplit=1)
                if len(sides) == 2:
                    role = re.split(r",|\(", sides[1])[0].strip(" .;")
                    if role and role not in characters:
                        characters.append(role)
                for side in sides:
                    name = re.split(r",|\(", side)[0].strip(" -–")
                    name = re.sub(
                        r"^(?:young|younger|older|adult|teenage|little)\s+", "", name, flags=re.I
                    )
                    if name and name[0].isupper():
                        names.add(name)
                        names.update(w for w in name.split() if len(w) > 3 and w[0].isupper())
    return frozenset(names), tuple(characters)


#: Sections about another work (the remake, a sequel, a spin-off): their dates, figures and
#: people belong to that work, so no fact of the film is read from them.
_OTHER_WORK = re.compile(
    r"(?i)\b(?:remakes?|sequels?|prequels?|spin-?offs?|other versions|see also|"
    r"television series|stage (?:adaptation|version|musical))\b"
)


def build_text_model(article: Article) -> TextModel:
    """Split every prose paragraph of ``article`` once (sentences, clauses, lines, headings)."""
    names, characters = _cast_names(article)
    model = TextModel(
        title=article.title or "", names=names, characters=characters, article=article
    )
    for path, section in _sections(article):
        if any(_OTHER_WORK.search(heading) for heading in path):
            continue  # a remake's or a sequel's release and takings are not this film's
        for paragraph in section.paragraphs:
            index = len(model.paragraphs)
            sentences = tuple(
                Sentence(text, paragraph.line, path, index, split_clauses(text))
                for text in split_sentences(paragraph.text)
            )
            model.paragraphs.append(
                Paragraph(paragraph.text, paragraph.line, path, index, sentences)
            )
    return model
