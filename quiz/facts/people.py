"""People named in prose with an explicit role for this film.

Only explicit statements count: a role noun right before the name ("director X", "their
cinematographer, Y", "Casting director Z"), a role noun right after it ("X, the film's editor"),
a "by" phrase ("directed by X", "the score was composed by X"), or the person as the subject of
a craft verb ("X composed the score", "X, who shot the film"). Role nouns come from the one
roles table, :mod:`quiz.facts.roles`. A role is never inferred from context.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from quiz.facts.model import PersonMention, Source
from quiz.facts.roles import PROSE_ROLE_WORDS, prose_noun
from quiz.facts.text import FUNCTION_WORDS
from quiz.facts.textmodel import Sentence, TextModel

_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
#: A personal name: capitalised words (accented letters, hyphens, apostrophes, initials),
#: with lower-case particles inside ("Ana de la Cruz", "Guillermo del Toro").
PERSON = (
    rf"(?:[{_UP}][\w'’.-]*|[{_UP}]\.)"
    rf"(?:\s+(?:(?:de|del|de la|la|le|van|von|der|den|da|di|du|dos|das|bin|al|el|ter|zu)\s+)?"
    rf"[{_UP}][\w'’-]*\.?){{0,3}}"
)

#: Role nouns come from the one roles table; each maps to the noun a fact reports.
#: The source work's author ("the author, X") is not film crew.
ROLE_NOUNS: dict[str, str] = {
    word: prose_noun(word) or word
    for word in PROSE_ROLE_WORDS
    if (prose_noun(word) or word) != "author"
}
_ROLE_ALT = "|".join(sorted((re.escape(r) for r in ROLE_NOUNS), key=len, reverse=True))
#: "director X", "their cinematographer, Y", "Casting director Z", "the film's editor, W".
_BEFORE = re.compile(
    rf"(?<![\w-])(?:(?:the|its|their|his|her|film's|film’s|the film's|the film’s)\s+)?"
    # ("director and writer X": a second role word; "the director and Ryu Tae-seok" are two)
    rf"(?P<role>(?i:{_ROLE_ALT}))(?P<plural>s)?(?:\s+and\s+[a-z][\w-]*)?,?\s+"
    rf"(?P<name>{PERSON}(?:(?:,\s*|,?\s+and\s+){PERSON})*)"
)
#: "co-wrote the screenplay with X": X shares the role.
_WITH = re.compile(
    rf"\b(?P<verb>co-wrote|wrote|co-directed|directed|co-produced|produced|edited|composed)\s+"
    rf"(?:the\s+)?(?:screenplay|script|film|score|music)\s+with\s+(?P<name>{PERSON})"
)
_STORY_BY = re.compile(
    rf"\b(?:from|with|on)\s+(?:an?\s+)?(?:original\s+)?story\s+by\s+(?P<name>{PERSON})"
)
_SOURCE_PHRASE = re.compile(
    r"\b(?:novel|play|book|memoir|short story|stories|comic|manga|series|poem|article)\s+"
    rf"(?:\w+\s+){{0,6}}?by\s+{PERSON}"
)
_PRONOUN_CRAFT = re.compile(
    r"^(?:and\s+|but\s+)?(?:she|he|they)\s+(?:also\s+|later\s+)?(?:had\s+)?"
    r"(?:[a-z]+\s+){0,6}?(?P<verb>co-wrote|wrote|co-directed|directed|produced|edited|shot|composed)\s+"
    r"(?:the\s+)?(?P<obj>screenplay|script|film|score|music)\b(?:\s+with\s+(?P<with>"
    + PERSON
    + r"))?",
    re.IGNORECASE,
)
_CRAFT_VERB_ROLE = {
    "co-wrote": "screenwriter",
    "wrote": "screenwriter",
    "co-directed": "director",
    "directed": "director",
    "co-produced": "producer",
    "produced": "producer",
    "edited": "editor",
    "shot": "cinematographer",
    "composed": "composer",
}
#: "X, the film's editor", "X, its composer".
_AFTER = re.compile(
    rf"(?P<name>{PERSON}),\s+(?:the\s+film's\s+|the\s+film’s\s+|its\s+|their\s+|the\s+|a\s+|"
    rf"who\s+(?:was|served\s+as)\s+(?:the\s+(?:film's\s+)?)?)(?P<role>(?i:{_ROLE_ALT}))\b"
)
_VERB_ROLES: tuple[tuple[str, str], ...] = (
    (r"directed|co-directed", "director"),
    (r"written|co-written|wrote|co-wrote|scripted", "screenwriter"),
    (r"produced|co-produced", "producer"),
    (r"edited|cut", "editor"),
    (r"shot|photographed|lensed|lit", "cinematographer"),
    (r"composed|scored", "composer"),
    (r"choreographed", "choreographer"),
)
_OBJECTS: dict[str, str] = {
    "screenwriter": r"(?:the\s+)?(?:screenplay|script|film|story)",
    "director": r"(?:the\s+)?(?:film|picture|feature|movie)",
    "producer": r"(?:the\s+)?(?:film|picture|feature|movie)",
    "editor": r"(?:the\s+)?(?:film|picture|feature|movie)",
    "cinematographer": r"(?:the\s+)?(?:film|picture|feature|movie)",
    "composer": r"(?:the\s+)?(?:film's\s+|original\s+)?(?:score|music|soundtrack|songs?)",
    "choreographer": r"(?:the\s+)?(?:dances?|dance sequences?|numbers?|routines?)",
}
_BY_SUBJECTS: dict[str, str] = {
    "director": r"(?:film|it|picture|feature|movie)\s+(?:\w+\s+)?(?:was|is)\s+",
    "composer": r"(?:score|music|soundtrack|songs?)\s+(?:\w+\s+)?(?:was|were|is)\s+",
    "screenwriter": r"(?:screenplay|script)\s+(?:\w+\s+)?(?:was|is)\s+",
    "editor": r"(?:film|it)\s+(?:was|is)\s+",
    "cinematographer": r"(?:film|it)\s+(?:was|is)\s+",
    "producer": r"(?:film|it)\s+(?:was|is)\s+",
    "choreographer": r"(?:dances?|numbers?|routines?|sequences?)\s+(?:\w+\s+)?(?:was|were|is)\s+",
}
_NOT_NAMES = FUNCTION_WORDS | {"Film", "Best"}


_NOT_SINGLE_NAMES = {
    "Lab",
    "Award",
    "Prize",
    "Program",
    "Programme",
    "Workshop",
    "Guild",
    "Association",
    "Society",
    "Institute",
    "Union",
    "Fund",
    "Initiative",
    "Residency",
    "Fellowship",
}


def _clean(name: str) -> str | None:
    name = name.strip(" ,;:.'’")
    words = name.split()
    while words and words[-1] in {"and", "of"}:
        words.pop()
    if not words or words[0] in _NOT_NAMES or (len(words) == 1 and words[0] in _NOT_SINGLE_NAMES):
        return None
    if (
        len(words) == 1
        and (len(words[0]) < 3 or "." in words[0][:-1])
        and not re.match(r"^[A-Z]\.\w+", words[0])
    ):
        return None
    return " ".join(words)


def _verb_patterns() -> list[tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], str]]:
    patterns = []
    for verbs, role in _VERB_ROLES:
        obj = _OBJECTS.get(role, r"(?:the\s+)?film")
        subject = re.compile(
            rf"(?P<name>{PERSON})(?:,\s+who)?\s+(?:also\s+|later\s+|then\s+)?(?:{verbs})\s+{obj}\b"
        )
        by_subject = _BY_SUBJECTS.get(role, r"(?:film|it)\s+(?:was|is)\s+")
        by = re.compile(
            rf"\b(?i:{by_subject}(?:also\s+|jointly\s+|originally\s+)?(?:{verbs})\s+by)\s+"
            rf"(?P<name>{PERSON}(?:\s+and\s+{PERSON})?)"
        )
        patterns.append((re.compile(rf"\b(?:{verbs})\b"), subject, by, role))
    return patterns


_VERBS = _verb_patterns()
#: "Errol Brevett and Winston Coombs produced the soundtrack": producers of the music, not
#: of the film, yet "Producer" is no wrong job for them.
_MUSIC_PRODUCED = re.compile(
    rf"(?P<names>{PERSON}(?:\s+and\s+{PERSON})?)\s+(?:also\s+)?(?:co-)?produced\s+"
    r"(?:the\s+|its\s+)?(?:film's\s+|film’s\s+)?(?:soundtrack|score|music|songs|album|"
    r"soundtrack\s+album|records?)\b"
)
_LEAD_BY = re.compile(
    rf"\b(?P<verb>directed|written|produced|edited|shot|photographed|composed|scored)"
    rf"(?:\s+and\s+(?P<verb2>directed|written|produced|edited))?\s+by\s+"
    rf"(?P<names>{PERSON}(?:(?:,\s*|\s+and\s+){PERSON})*)"
)
_LEAD_VERB_ROLE = {
    "directed": "director",
    "written": "screenwriter",
    "produced": "producer",
    "edited": "editor",
    "shot": "cinematographer",
    "photographed": "cinematographer",
    "composed": "composer",
    "scored": "composer",
}


#: "inspired by director X", "like director X before her": someone else's film.
_PASSING = re.compile(
    r"\b(?:inspired by|influenced by|like|unlike|such as|homage to|tribute to|compared (?:it |the film )?"
    r"to|the work of|films of|fan of|admired|including|alongside|mentor|mentored by)\s+(?:the\s+)?$"
)


#: Words without which a sentence names no backer (a set lookup before the patterns run).
_FINANCE_WORDS = frozenset(
    {"budget", "financed", "co-financed", "financing", "funded", "funding", "backed"}
)
_BACKER = r"[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4}"
#: "Nuri Entertainment provided most of the ₩4.8 billion budget": a backer, who is neither
#: the producer nor the production company a question may offer as wrong.
_PUT_UP = re.compile(
    rf"(?P<name>{_BACKER})\s+(?:also\s+)?(?:provided|put\s+up|supplied|contributed)\s+"
    r"(?:[\w₩$€£¥.,%-]+\s+){0,6}?(?:budget|financing|funding|finance|money)\b"
)
#: "financed largely by Nordisk Film and the Danish Film Institute"
_FINANCED_BY = re.compile(
    r"\b(?:co-)?(?:financed|funded|backed)\s+(?:\w+ly\s+)?by\s+(?:the\s+)?"
    rf"(?P<names>{_BACKER}(?:(?:,\s*|\s+and\s+)(?:the\s+)?{_BACKER})*)"
)


def _backers(sentence: Sentence) -> list[str]:
    """The companies (or people) the sentence says paid for the film."""
    if _FINANCE_WORDS.isdisjoint(sentence.words):
        return []
    found = [m.group("name") for m in _PUT_UP.finditer(sentence.text)]
    for match in _FINANCED_BY.finditer(sentence.text):
        if re.match(_DESCRIBED, sentence.text[match.end() :]):
            continue  # "financed by the Kandy cinema owner D. S. Ratnayake": a description
        found += [n.removeprefix("the ") for n in re.split(r",\s*|\s+and\s+", match.group("names"))]
    return [n for n in found if n and n.split()[0] not in _NO_BACKER]


#: A lower-case noun after the capitalised words: they were an adjective ("the Kandy cinema
#: owner"), not the backer's name.
_DESCRIBED = re.compile(
    r"\s+(?!(?:with|and|in|for|through|from|under|as|to|at|which|who|whose|was|were|on|by|"
    r"after|before|during|until|while|alongside|plus|among)\b)[a-z]"
)
_NO_BACKER = frozenset({"The", "It", "This", "Its", "He", "She", "They", "We", "His", "Her"})


def _names(run: str) -> list[str]:
    return [n for n in (_clean(x) for x in re.split(r",\s*|\s+and\s+", run)) if n]


def read_people(
    model: TextModel, exclude: set[str] | frozenset[str] = frozenset()
) -> list[PersonMention]:
    """Every (person, role) the prose states explicitly, first mention kept.

    ``exclude`` holds names that are not crew (the source work's author is read elsewhere).
    """
    found: list[PersonMention] = []
    seen: set[tuple[str, str]] = set()

    def add(name: str | None, role: str, line: int, quote: str) -> None:
        if not name or name in exclude:
            return
        key = (name.casefold(), role)
        if key in seen:
            return
        seen.add(key)
        found.append(PersonMention(name, role, Source(line, quote)))

    for paragraph in model.paragraphs:
        last_person: str | None = None
        for sentence in paragraph.sentences:
            if sentence.in_section("plot", "synopsis", "premise", "summary"):
                continue  # characters' jobs, not the film's crew
            last_person = _read_sentence(sentence, add, found, last_person)
            for backer in _backers(sentence):
                add(backer, "financier", sentence.line, sentence.text)
    return found


#: Any word that can introduce a person in a role: sentences with none are skipped cheaply
#: (a set lookup per word, not a case-folding regex over every position).
_TRIGGER_WORDS = frozenset(
    {w for noun in ROLE_NOUNS for w in re.findall(r"[a-z-]+", noun)}
    | {f"{w}s" for noun in ROLE_NOUNS for w in re.findall(r"[a-z-]+", noun)}
    | {
        "directed",
        "co-directed",
        "written",
        "co-written",
        "wrote",
        "co-wrote",
        "produced",
        "co-produced",
        "edited",
        "shot",
        "photographed",
        "composed",
        "scored",
        "choreographed",
        "lensed",
        "story",
    }
) - {"of", "by", "the"}
_WORDS = re.compile(r"[a-z-]+")
#: The verbs of :data:`_VERB_ROLES`, for a cheap look before their patterns run.
_CRAFT_VERB_WORDS = frozenset(w for verbs, _ in _VERB_ROLES for w in verbs.split("|"))


def _read_sentence(
    sentence: Sentence,
    add: Callable[[str | None, str, int, str], None],
    found: list[PersonMention],
    last_person: str | None,
) -> str | None:
    """Add the sentence's people; return the last person it names (for "she wrote …")."""
    if _TRIGGER_WORDS.isdisjoint(sentence.words):
        return last_person
    if True:
        text = sentence.text
        # "based on the novel by X" names an author, not crew; "from a story by X" a writer.
        text_wo_source = _SOURCE_PHRASE.sub(" ", text) if "by" in sentence.words else text
        for match in _STORY_BY.finditer(text) if "story by" in text else ():
            add(_clean(match.group("name")), "story writer", sentence.line, sentence.text)
        has_craft_verb = not sentence.words.isdisjoint(_CRAFT_VERB_WORDS)
        for clause in sentence.clauses:
            ctext = _SOURCE_PHRASE.sub(" ", clause.text) if " by " in clause.text else clause.text
            before_count = len(found)
            pronoun = _PRONOUN_CRAFT.match(ctext)
            if pronoun and last_person:
                role = _CRAFT_VERB_ROLE[pronoun.group("verb").casefold()]
                if pronoun.group("obj").casefold() in {"score", "music"}:
                    role = "composer"
                add(last_person, role, sentence.line, clause.text)
                if pronoun.group("with"):
                    add(_clean(pronoun.group("with")), role, sentence.line, clause.text)
            for match in _WITH.finditer(ctext) if " with " in ctext else ():
                role = _CRAFT_VERB_ROLE[match.group("verb").casefold()]
                add(_clean(match.group("name")), role, sentence.line, clause.text)
            role_words = not _TRIGGER_WORDS.isdisjoint(_WORDS.findall(ctext.lower()))
            for match in _BEFORE.finditer(ctext) if role_words else ():
                role = ROLE_NOUNS[match.group("role").casefold()]
                prefix = ctext[: match.start("role")].casefold()
                raw_prefix = ctext[: match.start("role")]
                if _PASSING.search(prefix):
                    continue
                if match.group("role")[0].isupper() and re.search(r"[A-Z][\w-]*\s+$", raw_prefix):
                    continue  # "the Bingham Ray Breakthrough Director Award": a prize's name
                if role == "director" and re.search(
                    r"\b(?:casting|art|animation|music|assistant|second unit)\s*$", prefix
                ):
                    continue
                if role == "screenwriter" and re.search(r"\b(?:song|story)\s*$", prefix):
                    continue
                names = (
                    _names(match.group("name"))
                    if match.group("plural")
                    else [_clean(match.group("name"))]
                )
                for name in names:
                    if name and not re.search(r"\b(?:Award|Prize|Awards)\b", name):
                        add(name, role, sentence.line, clause.text)
            for match in _AFTER.finditer(ctext) if role_words and "," in ctext else ():
                add(
                    _clean(match.group("name")),
                    ROLE_NOUNS[match.group("role").casefold()],
                    sentence.line,
                    clause.text,
                )
            for verb, subject, by, role in _VERBS if has_craft_verb else ():
                found_verb = verb.search(ctext)
                if not found_verb:
                    continue  # the cheap check first: the full patterns start with a name
                # The patterns are tried only around the verb (a name of four words at most
                # before it, its object or "by NAME" after it), not along the whole clause.
                window = ctext[max(0, found_verb.start() - 80) : found_verb.end() + 80]
                for match in subject.finditer(window):
                    add(_clean(match.group("name")), role, sentence.line, clause.text)
                if " by " not in window:
                    continue
                for match in by.finditer(window):
                    for name in _names(match.group("name")):
                        add(name, role, sentence.line, clause.text)
            for match in _MUSIC_PRODUCED.finditer(ctext) if "produced" in ctext else ():
                for name in _names(match.group("names")):
                    add(name, "music producer", sentence.line, clause.text)
            if len(found) > before_count:
                last_person = found[-1].name
        for match in _LEAD_BY.finditer(text_wo_source) if " by " in text_wo_source else ():
            if match.group("verb") == "written" and re.search(
                r"\b(?:score|music|songs?|lyrics)\s+(?:\w+\s+)?(?:was|were|is)\s+$",
                text_wo_source[: match.start()],
            ):
                for name in _names(match.group("names")):
                    add(name, "composer", sentence.line, sentence.text)
                continue
            for verb in filter(None, (match.group("verb"), match.group("verb2"))):
                for name in _names(match.group("names")):
                    add(name, _LEAD_VERB_ROLE[verb], sentence.line, sentence.text)
        named = [p for p in found if p.name in text]
        return named[-1].name if named else last_person


def surname_index(names: Iterable[str], crew: Iterable[str] = ()) -> dict[str, str]:
    """Each surname that stands for one person: ``Kessler`` → ``Dwight Kessler``.

    A surname several full names share stands for the one credited crew member among them,
    when there is exactly one: articles call their filmmakers by surname ("written by Kessler
    and Coyle") and name a relative in the cast in full ("Kessler's mother, Ruth Ann
    Kessler"). Any other shared surname stands for nobody. ``names`` may repeat."""
    by_surname: dict[str, set[str]] = {}
    for name in names:
        parts = name.split()
        if len(parts) > 1:
            by_surname.setdefault(parts[-1], set()).add(name)
    crew_names = set(crew)
    out: dict[str, str] = {}
    for surname, full in by_surname.items():
        chosen = full if len(full) == 1 else full & crew_names
        if len(chosen) == 1:
            out[surname] = next(iter(chosen))
    return out


# --- what the prose says a credited name is or did ---------------------------------------

#: Nouns for a group of performers: "the Lahore folk-fusion band Rung Barang".
_GROUP_NOUN = r"(?:band|group|ensemble|orchestra|choir|duo|trio|quartet|quintet|collective)"
_GROUP_BEFORE = re.compile(rf"\b{_GROUP_NOUN}\s+(?:called\s+|named\s+)?$")
_GROUP_AFTER = re.compile(rf"^,\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,4}}{_GROUP_NOUN}\b")
#: Words written for a film by someone else than its screenwriters.
_WRITTEN_WORDS = r"(?:songs?|lyrics|numbers|words|verses|poems?)"
_WRITTEN_BY_BEFORE = re.compile(
    # ("written by the New Orleans pianist Clarence "Blue" Fontenot": a description between)
    rf"\b{_WRITTEN_WORDS}\b[^.;]{{0,50}}\bwritten\b[^.;]{{0,40}}\bby\s+(?:[\w'’-]+\s+){{0,5}}$"
)
_WROTE_AFTER = re.compile(
    rf"^(?:\s+(?:also\s+|had\s+)?(?:wrote|co-wrote|penned)\b[^.;]{{0,40}}\b{_WRITTEN_WORDS}\b|"
    rf"['’]s\s+{_WRITTEN_WORDS}\b)"
)


_NICKNAME_GAP = re.compile(r'\s+["“][^"”]{1,20}["”]\s+')


def _around(name: str, text: str) -> list[tuple[str, str]]:
    """The words before and after each whole-word mention of ``name`` (fixed patterns
    around a plain search: a pattern built per name would be compiled per article), and of
    the name with a quoted nickname inside (Clarence "Blue" Fontenot)."""
    found: list[tuple[str, str]] = []
    words = name.split()
    if len(words) == 2:
        start = text.find(f"{words[0]} ")
        while start >= 0:
            after = start + len(words[0])
            nickname = _NICKNAME_GAP.match(text, after)
            if nickname and text.startswith(words[1], nickname.end()):
                end = nickname.end() + len(words[1])
                found.append((text[max(0, start - 120) : start], text[end : end + 120]))
            start = text.find(f"{words[0]} ", after)
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        whole = (start == 0 or not text[start - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        )
        if whole:
            found.append((text[max(0, start - 120) : start], text[end : end + 120]))
        start = text.find(name, end)
    return found


def called_a_group(name: str, text: str) -> bool:
    """Whether the prose calls ``name`` a band, an ensemble or a choir."""
    return len(name) >= 3 and any(
        _GROUP_BEFORE.search(before) or _GROUP_AFTER.match(after)
        for before, after in _around(name, text)
    )


def said_to_write(name: str, text: str) -> bool:
    """Whether the prose says ``name`` wrote words for the film (songs, lyrics, poems)."""
    return len(name) >= 3 and any(
        _WRITTEN_BY_BEFORE.search(before) or _WROTE_AFTER.match(after)
        for before, after in _around(name, text)
    )
