"""Adaptation facts: the source work, the part adapted, and novel-versus-film changes.

Changes come only from explicit sentence shapes (docs/ARCHITECTURE.md, "Input format"):
"While X in the novel, this was replaced in the film with Y"; "In the novel, X. However, in
the film, Y"; "A—here renamed B"; "Elements not present in the original—such as X—were
added"; "A new detail added in the film shows X". Anything vaguer is left alone: free-text
claims are the riskiest facts to quiz on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from quiz.facts.model import AdaptationChange, AdaptedPart, Source, SourceWork
from quiz.facts.text import NAME, clean_name
from quiz.facts.textmodel import TextModel

_WORK_KINDS = (
    r"short story collection|short story|short stories|graphic novel|comic book|light novel|"
    r"picture book|children's book|children’s book|"
    r"radio play|radio serial|radio drama|radionovela|"
    r"novella|novel|memoir|play|stage play|stage comedy|stage drama|musical|manga|webtoon|"
    r"comic|book|video game|story|collection of stories|story collection|collection|"
    r"newspaper serial|serial"
)
_SOURCE_WORK = re.compile(
    rf"\b(?:[Bb]ased on|[Aa]dapted from|an adaptation of)\s+"
    rf"(?:the|a|an|his|her|their|its|(?:[^\W\d_][\w.-]*\s+){{0,3}}[^\W\d_][\w-]*(?:'s|’s))\s+"
    rf"(?:(?P<year>(?:19|20)\d\d)\s+)?(?:[\w'-]+\s+){{0,3}}?(?P<kind>{_WORK_KINDS})\b"
    rf"(?P<same>\s+of the same (?:name|title))?"
    # A title runs to "by AUTHOR" or the end of its phrase, small words and capitalised verbs
    # included ("Where the Small Birds Sing Loud", "Nobody Waits for the Snow to Melt").
    rf"(?:\s+(?P<title>[\"“][^\"”]+[\"”]|(?!by\b)[A-Z0-9][^,;()\"“”]*?)"
    # ("by former police inspector Ablavi Kuevidjen": a description before the name)
    rf"(?=,?\s+(?:written\s+)?by\s+(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){{0,3}}[A-Z]|\s*[,;().]|"
    rf"\s+(?:and|which|that|about|set|in|published|from|with)\b|$))?"
    rf"(?:,?\s+(?:written\s+)?by\s+(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){{0,3}}(?P<author>{NAME}))?"
)
#: "based on Diecinueve días, a 2011 non-fiction book by the journalist Paula Reyes
#: Ossandón": the title first, then what kind of work it is and whose.
_TITLE_THEN_KIND = re.compile(
    rf"\b(?:[Bb]ased on|[Aa]dapted from)\s+(?P<title>[\"“][^\"”]+[\"”]|[A-Z][^,;()\"“”]*?),\s+"
    rf"(?:a|an|the)\s+(?:(?P<year>(?:19|20)\d\d)\s+)?(?:[\w'-]+\s+){{0,3}}?(?P<kind>{_WORK_KINDS})\b"
    rf"(?:\s+by\s+(?:(?:the|a|an)\s+(?:[a-z-]+\s+){{1,2}})?(?P<author>{NAME}))?"
)
_PART_ONLY = re.compile(
    rf"\badaptation of only the (?P<part>{NAME}) (?P<unit>section|story|chapter|part|volume|episode)\b"
)
_PART_DESCRIBED = re.compile(
    rf"\bbased on (?P<part>{NAME}), the (?P<desc>(?:first|second|third|fourth|fifth|last|final|opening|"
    rf"closing|title) (?:story|chapter|part|section|volume|novel|book))\b"
)
_SOURCE_SIDE = r"(?:novel|book|original|original story|short story|story|radio play|play|manga|comic|webtoon|source material)"
_REPLACED = re.compile(
    rf"^While (?P<novel>.+?) in the {_SOURCE_SIDE},\s+(?:this|it|that|they) (?:was|were|is|are) "
    rf"replaced in the film (?:with|by) (?P<film>.+?)\.?$"
)
_REPLACED_PLAIN = re.compile(
    rf"^In the {_SOURCE_SIDE},\s+(?P<novel>.+?) (?:is|was|are|were) replaced (?:in the film )?(?:with|by) (?P<film>.+?)\.?$"
)
#: "The play's bittersweet ending, in which …, was replaced in the film with a reunion".
_POSSESSIVE_REPLACED = re.compile(
    rf"^(?P<novel>The {_SOURCE_SIDE}(?:'s|’s)\s+.+?),?\s+(?:was|were|is|are) replaced in the film "
    rf"(?:with|by) (?P<film>.+?)\.?$"
)
_WHILE_FILM = re.compile(
    rf"^While (?P<novel>.+?)(?: in the {_SOURCE_SIDE})?,\s+in the film,?\s+(?P<film>.+?)\.?$"
)
_BUT_IN_FILM = re.compile(
    rf"^(?P<novel>.+?) in the {_SOURCE_SIDE},\s+but\s+(?P<film>.+?) in the film\.?$"
)
_CHANGED_TO = re.compile(
    rf"^(?P<novel>.+?\bin the {_SOURCE_SIDE}\b.+?);\s+(?:this|it|he|she|they) (?:was|were|is|are) "
    r"changed in the film (?:to|into) (?P<film>.+?)\.?$"
)
_REMOVED = re.compile(
    rf"\b(?P<what>[Tt]he character of {NAME}|{NAME}) (?:was|is|were|are) (?:removed|cut|omitted|dropped)"
    r"(?: from the film)?\b"
)
_REMOVED_WORDS = ("removed", "cut", "omitted", "dropped")
#: A preposition right before the name: it ends a longer subject's phrase.
_INSIDE_A_PHRASE = re.compile(r"\b(?:in|on|at|about|from|of|to|with|for|near|by)\s+$")
#: "The younger daughter, Tuni, was not present in the original and was added …".
_NOT_PRESENT_AND_ADDED = re.compile(
    r"(?:^|[.;]\s+|,\s+(?:while|and|but)\s+)(?P<what>[A-Z][^;]*?),?\s+(?:was|were)\s+"
    r"(?:not\s+present|absent|missing)\s+(?:in|from)\s+the\s+(?:original|novel|book|source|"
    r"story|play)\b[^,;]*?\s+and\s+(?:was|were)\s+added\b"
)
_NOVEL_SIDE = re.compile(rf"^In the {_SOURCE_SIDE},\s+(?P<text>.+?)\.?$")
_FILM_SIDE = re.compile(
    r"^(?:However,\s+|But\s+|By contrast,\s+)?in the film,?\s+(?P<text>.+?)\.?$", re.I
)
_RENAMED = re.compile(
    rf"(?P<old>{NAME}?)(?:'s|’s)?\s*[—–-]+\s*(?:here|later|in the film)?\s*renamed\s+(?:to\s+|as\s+)?(?P<new>{NAME}?)(?:'s|’s)?(?=[\s—–,.;-]|$)"
)
_RENAMED_PLAIN = re.compile(
    rf"\b(?P<old>{NAME}) (?:is|was) renamed (?:to |as )?(?P<new>{NAME})(?: in the film)?"
)
_PRONOUNS = frozenset({"He", "She", "They", "It", "His", "Her", "Their", "Its"})
#: "The tale's villain is called Talven Emäntä": the name a following pronoun stands for.
_CALLED = re.compile(rf"\b(?:called|named)\s+(?P<name>{NAME})")
_ADDED_ELEMENTS = re.compile(
    r"(?:not present|absent|missing) in the (?:original|novel|book|source)"
    r"(?:\s+(?:stage\s+)?(?:play|novel|book|story|manga|novella|musical))?\W+(?:such as\s+)?(?P<what>.+?)\W+"
    r"(?:were|was|are|is) added"
)
#: "The character of Luz Ortega, not present in the original book, was added by X": the
#: element is the subject before the aside, not the book named in it.
_ADDED_SUBJECT = re.compile(
    r"^(?P<what>[^,]+),\s+(?:not present|absent|missing)\s+(?:from|in)\s+the\s+"
    r"(?:original\s+)?(?:novel|book|source|story|play|manga)\s*,\s+(?:was|were)\s+added\b"
)
#: "Professor Bolle, who was not present in the original album and first appeared in X
#: (1976), was added …": the subject before the relative clause.
_ADDED_WHO = re.compile(
    r"^(?P<what>[^,]+),\s+(?:who|which)\s+(?:was|were|is|are|had\s+been)\s+(?:not\s+present|"
    r"absent|missing)\s+(?:from|in)\s+the\s+[^;]*?,\s+(?:was|were)\s+added\b"
)
_NEW_DETAIL = re.compile(
    r"\b(?:A|One|Another)\s+new\s+(?:detail|scene|element|subplot|storyline|character)\s+added in the film\s+"
    r"(?:shows|is|features|depicts|has)\s+(?P<what>.+?)(?:\s*[—–]|\.$|$)"
)


def _a_whole_phrase(text: str) -> bool:
    """Whether an element read from a sentence is a phrase of its own: brackets closed, two
    words or more, not opening or ending with a joining word ("album and first appeared in X
    (1976", "stories at all and", "she" are sentences cut in the wrong place)."""
    words = text.strip(" ,;").split()
    joining = {"and", "or", "but", "nor", "she", "he", "it", "they", "which", "who", "that"}
    return (
        text.count("(") == text.count(")")
        and len(words) >= 2
        and words[0].casefold() not in joining
        and words[-1].casefold() not in joining
    )


def _strip(text: str) -> str:
    """Trim spaces and end punctuation, also a full stop inside closing quotes (``Y."``)."""
    text = text.strip().strip(" ,;")
    text = re.sub(r"[.,]([\"”’])$", r"\1", text)
    return text.rstrip(".").strip()


def _drop_source_phrase(text: str) -> str:
    """``Hammond is portrayed in the novel as X`` → ``Hammond is portrayed as X``."""
    # ("dies of lung disease in the novel's penultimate chapter": the whole phrase goes)
    text = re.sub(
        rf"\s+in the {_SOURCE_SIDE}(?:'s|’s)\s+(?:[\w-]+\s+){{0,2}}?(?:chapter|act|scene|"
        r"pages?|ending|climax|finale|epilogue|prologue|volume|part|section)\b",
        "",
        text,
        count=1,
    )
    return re.sub(rf"\s+in the {_SOURCE_SIDE}\b", "", text, count=1)


#: Source works a sentence may name that no "based on" phrase reads as the kind.
_OTHER_SIDES = r"(?:tale|fable|legend|poem|ballad|opera|libretto|screenplay|stage version)"


def _no_possessive(name: str) -> str:
    return re.sub(r"['’]s$", "", name)


_WORD = re.compile(r"[\w'’-]+")
#: A change is stated with one of these words in its paragraph (cheap look first).
_CHANGE_WORDS = frozenset(
    [
        "novel",
        "book",
        "original",
        "source",
        "story",
        "stories",
        "play",
        "tale",
        "memoir",
        "comic",
        "manga",
        "renamed",
        "replaced",
        "added",
        "kept",
        "returns",
        "returned",
        "removed",
        "changed",
        "omitted",
    ]
)
_PART_WORDS = frozenset({"adaptation", "based", "adapted", "adapts", "adapt"})


def read_source_work(model: TextModel) -> list[SourceWork]:
    """The first "based on the novel … by …" statement (a list of at most one, so every
    extractor has the same shape; :func:`complete_source_work` cross-checks the infobox)."""
    found = _first_source_work([(s.text, s.line) for s in model.sentences], model.title or None)
    return [found] if found else []


def _first_source_work(
    sentences: Iterable[tuple[str, int]], film_title: str | None
) -> SourceWork | None:
    for sentence, line in sentences:
        match = _SOURCE_WORK.search(sentence) or _TITLE_THEN_KIND.search(sentence)
        if not match:
            continue
        title = match.group("title")
        if "same" in match.groupdict() and match.group("same"):
            title = film_title
        elif title:
            title = title.strip('"“”')
        author = clean_name(match.group("author")) if match.group("author") else None
        kind = match.group("kind")
        if kind == "short stories":
            kind = "short story collection"
        if kind in {"stage comedy", "stage drama"}:
            kind = "play"  # "adapted from Bentancor's 2016 stage comedy …": a play
        return SourceWork(kind, title, author, Source(line, sentence))
    return None


def read_adapted_parts(model: TextModel) -> list[AdaptedPart]:
    """Which part of the source work the film adapts, once per distinct part.

    "based on X, the first story" describes the part better than "only the X section", so
    the described form replaces an earlier bare mention of the same part.
    """
    parts: dict[str, AdaptedPart] = {}
    described: set[str] = set()
    for sentence, line in (
        (s.text, s.line) for s in model.sentences if not s.words.isdisjoint(_PART_WORDS)
    ):
        for pattern in (_PART_DESCRIBED, _PART_ONLY):
            match = pattern.search(sentence)
            if not match:
                continue
            part = match.group("part")
            key = part.casefold()
            is_described = pattern is _PART_DESCRIBED
            if key in parts and (key in described or not is_described):
                continue
            desc = match.group("desc") if is_described else f"the {match.group('unit')}"
            parts[key] = AdaptedPart(part, desc, Source(line, sentence))
            if is_described:
                described.add(key)
    return list(parts.values())


def _classify_change(novel: str, film: str) -> str:
    text = f"{novel} {film}".casefold()
    if re.search(r"\breturns? it\b|\breturned\b", novel.casefold()) and re.search(
        r"\bkeeps?\b|\bruns off with\b|\bplaces it\b|\bholds on to\b", film.casefold()
    ):
        return "not_given_back"
    if re.search(r"\b(life|death|dies|died|killed|suicide|survives|fate|ending)\b", text):
        return "fate"
    return "changed"


def read_changes(model: TextModel) -> list[AdaptationChange]:
    """Every novel-versus-film change stated in one of the known sentence shapes (character
    names come from the cast lists, carried on the text model)."""
    roles = list(model.characters)
    changes: list[AdaptationChange] = []
    for paragraph in model.paragraphs:
        line = paragraph.line
        words = frozenset(_WORD.findall(paragraph.text.lower()))
        if words.isdisjoint(_CHANGE_WORDS):
            continue  # no paragraph states a change without one of these words
        sentences = [s.text for s in paragraph.sentences]
        for index, sentence in enumerate(sentences):
            source = Source(line, sentence)
            # Each shape needs a literal word of its own: look for the word before the regex.
            replaced = "replaced" in sentence and (
                _REPLACED.match(sentence)
                or _REPLACED_PLAIN.match(sentence)
                or _POSSESSIVE_REPLACED.match(sentence)
            )
            if replaced:
                novel, film = _strip(replaced.group("novel")), _strip(replaced.group("film"))
                # "In the play, Émile's accomplice is his nephew Jules; in the film he was
                # replaced by the niece Lise": the source's side ends at the semicolon.
                novel = re.sub(r";\s*(?:but\s+|however,?\s+)?in the film\b.*$", "", novel)
                if novel.startswith("The "):
                    novel = f"t{novel[1:]}"  # "the play's bittersweet ending": a noun phrase
                subject = "song" if re.search(r"\bsing|\bsong", novel.casefold()) else None
                changes.append(AdaptationChange("replaced", novel, film, source, subject))
                continue
            paired = "in the film" in sentence and (
                _WHILE_FILM.match(sentence)
                or _BUT_IN_FILM.match(sentence)
                or _CHANGED_TO.match(sentence)
            )
            if paired:
                novel = _strip(_drop_source_phrase(paired.group("novel")))
                # "While in the tale the burgomaster is turned into …": the side's own
                # phrase opens it.
                novel = re.sub(rf"^in the (?:{_SOURCE_SIDE}|{_OTHER_SIDES}),?\s+", "", novel)
                film = _strip(paired.group("film"))
                subject = next((r for r in roles if re.search(rf"\b{re.escape(r)}\b", novel)), None)
                changes.append(
                    AdaptationChange(_classify_change(novel, film), novel, film, source, subject)
                )
                continue
            removed = any(w in sentence for w in _REMOVED_WORDS) and _REMOVED.search(sentence)
            if removed and _INSIDE_A_PHRASE.search(sentence, 0, removed.start()):
                # "a long subplot about Haripada's brother working on a tea estate in Assam
                # was dropped": the subplot was, not the place that ends its phrase.
                removed = None
            if removed:
                what = removed.group("what")
                what = what[0].lower() + what[1:] if what.startswith("The ") else what
                changes.append(AdaptationChange("removed", what, "removed", source))
            novel_side = sentence.startswith("In the ") and _NOVEL_SIDE.match(sentence)
            if novel_side and index + 1 < len(sentences):
                film_side = _FILM_SIDE.match(sentences[index + 1])
                if film_side:
                    novel, film = _strip(novel_side.group("text")), _strip(film_side.group("text"))
                    subject = next(
                        (r for r in roles if re.search(rf"\b{re.escape(r)}\b", novel)), None
                    )
                    quote = f"{sentence} {sentences[index + 1]}"
                    changes.append(
                        AdaptationChange(
                            _classify_change(novel, film), novel, film, Source(line, quote), subject
                        )
                    )
                    continue
            dub_context = bool(
                re.search(
                    r"(?i)\b(?:dub|dubbed|dubbing|subtitled|stage\s+version|stage\s+adaptation|remake)\b",
                    f"{sentences[index - 1] if index else ''} {sentence}",
                )
            )
            for pattern in (
                (_RENAMED, _RENAMED_PLAIN) if "renamed" in sentence and not dub_context else ()
            ):
                # ("The German dub made changes of its own: Kapten Dimma was renamed Kapitän
                # Nebel": the dub's name, not the film's change to its source)
                renamed = pattern.search(sentence)
                if renamed and renamed.group("old") and renamed.group("new"):
                    old = renamed.group("old")
                    if pattern is _RENAMED:
                        old = old.split()[-1]
                    change_source = source
                    if old in _PRONOUNS:
                        # "The tale's villain is called X. She was renamed Y for the film":
                        # the pronoun is the name the sentence before gives; no name, no fact.
                        called = list(_CALLED.finditer(sentences[index - 1])) if index else []
                        if not called:
                            break
                        old = called[-1].group("name").rstrip(".")
                        change_source = Source(line, f"{sentences[index - 1]} {sentence}")
                    new = _no_possessive(renamed.group("new"))
                    changes.append(
                        AdaptationChange(
                            "renamed", _no_possessive(old), new, change_source, "character"
                        )
                    )
                    break
            added = "added" in sentence and (
                _NOT_PRESENT_AND_ADDED.search(sentence)
                or _ADDED_SUBJECT.search(sentence)
                or _ADDED_WHO.search(sentence)
                or _ADDED_ELEMENTS.search(sentence)
                or _NEW_DETAIL.search(sentence)
            )
            if added and _a_whole_phrase(added.group("what")):
                what = re.sub(
                    r"^(The|A|An) ", lambda m: f"{m.group(1).lower()} ", added.group("what")
                )
                changes.append(AdaptationChange("added", None, _strip(what), source))
    return changes


def complete_source_work(
    work: SourceWork | None,
    based_on: tuple[str, Source] | None,
    known_names: Iterable[str],
    text: str,
) -> SourceWork | None:
    """Fill what the prose left out from the infobox's ``Based on: TITLE by AUTHOR`` and
    expand a bare surname (``by Crichton``) to the full name the article uses elsewhere."""
    title = work.title if work else None
    author = work.author if work else None
    if work is not None and based_on is not None and not (title or author):
        # "the first film adapted from a contemporary Bulgarian play": a kind of work, no
        # title and no author, so the infobox line that names both is the one to cite.
        work = replace(work, source=based_on[1])
    if based_on is not None:
        value, source = based_on
        head, sep, tail = value.rpartition(" by ")
        if sep:
            boxed = head.strip(' "“”') or None
            # The infobox gives the whole title: it wins over a prose title it extends.
            if boxed and (not title or (boxed.startswith(title) and boxed != title)):
                title = boxed
            author = author if author and " " in author else clean_name(tail) or author
        if work is None:
            work = SourceWork("work", title, author, source)
    if work is None:
        return None
    kind = work.kind
    if kind == "work" and title:
        kind = _kind_named_with(title, text) or kind
    if kind == "work":
        kind = _kind_called(author, text) or kind
    if author and " " not in author:
        author = _full_name(author, known_names, text)
    return SourceWork(kind, title, author, work.source)


_KIND_WORDS = _WORK_KINDS.replace(" ", "[- ]")


def _kind_named_with(title: str, text: str) -> str | None:
    """What the prose calls a source work the infobox names only by title: "Weather for Hay,
    the 1988 short-story collection by …", "the novel Weather for Hay"."""
    escaped = re.escape(title)
    match = re.search(
        # ("Every Length Counted (Minden hossz számít), the 1991 memoir of …": the original
        # title in brackets first)
        rf"\b{escaped}[\"”]?(?:\s+\([^()]*\))?,\s+(?:the|a|an|his|her|their)\s+(?:(?:19|20)\d\d\s+)?"
        rf"(?:[\w'-]+\s+){{0,2}}?(?P<kind>{_KIND_WORDS})\b"
        # "Janet Kerridge's 1989 children's novel Magpies in the Mud"
        rf"|(?:\b(?:the|a|an|his|her|their)|[A-Z][\w-]*['’]s)\s+(?:(?:19|20)\d\d\s+)?"
        rf"(?:[A-Z][\w-]*\s+){{0,2}}(?:[\w-]+['’]s\s+)?(?P<kind2>{_KIND_WORDS})\s+[\"“]?{escaped}\b",
        text,
    )
    if not match:
        # "from Peñate's 1988 stage play of the same name"
        match = re.search(
            rf"(?:['’]s|\bits|\bthe|\ba|\bhis|\bher|\btheir)\s+(?:(?:19|20)\d\d\s+)?"
            rf"(?P<kind>{_KIND_WORDS})\s+of\s+the\s+same\s+(?:name|title)\b",
            text,
        )
    if not match:
        return None
    kind = match.group("kind") or match.groupdict().get("kind2")
    return (
        "short-story collection"
        if kind in {"short stories", "short-stories", "collection of stories", "story collection"}
        else kind
    )


def _kind_called(author: str | None, text: str) -> str | None:
    """What the prose calls the source when it never names it with its title: "Ibarra's
    book follows fourteen miners", "In the book, two of the miners died" (a non-fiction
    "account" is asked about as "the book", not "the work")."""
    surname = author.split()[-1] if author else None
    if surname:
        match = re.search(
            rf"\b{re.escape(surname)}['’]s\s+(?:original\s+)?(?P<kind>{_KIND_WORDS})\b(?!\s+[A-Z])",
            text,
        )
        if match:
            return match.group("kind")
    found = {
        m.group("kind")
        for m in re.finditer(
            rf"\b(?:In|in)\s+the\s+(?:original\s+)?(?P<kind>{_KIND_WORDS})\s*,", text
        )
    }
    return found.pop() if len(found) == 1 else None


def _full_name(surname: str, known_names: Iterable[str], text: str) -> str:
    for name in known_names:
        if name.endswith(f" {surname}"):
            return name
    match = re.search(rf"\b((?:[A-Z][\w.'’-]+ ){{1,2}}{re.escape(surname)})\b", text)
    return match.group(1) if match else surname
