"""Wins and nominations stated in prose, merged into the accolades rows.

The flattened accolades tables usually lost their result column, so a row says only that the
film was recognised. The prose often says more: "won Best Film at the Ophir Awards", "received
the prize for Best Screenplay", "was named joint winner of …", "X and Y took both screenplay
prizes", "was nominated for Best Director and Best Editing at the 90th Academy Awards". Each
statement marks the matching table row ``won`` / ``nominated`` (a table's own result column
wins a conflict) or, when the table has no such row, adds one from the prose.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import chain

from quiz.facts.model import Award, Source
from quiz.facts.people import PERSON, surname_index
from quiz.facts.places import DEMONYMS, LANGUAGES
from quiz.facts.roles import category_craft
from quiz.facts.text import NUMBER_WORDS
from quiz.facts.textmodel import TextModel

_WIN = (
    # "won two of its seven nominations: A and B": the list after the colon is the wins.
    # ("won five of its seven Pedro Sienna nominations: A, B, …")
    r"won\s+\w+\s+of\s+(?:its|the|their)\s+(?:[\w'’-]+\s+){0,4}?nominations(?=:)|"
    r"won\s+\w+\s+(?:awards?|prizes?)\s+from\s+(?:its\s+)?\w+\s+nominations(?=:)|took home|did take|won|wins|win|winning|received|receiving|took|taking|collected|picked up|"
    r"(?:was|were)\s+(?:jointly\s+|also\s+)?awarded|was given|were given|was named|were named|"
    r"named|voted|claimed|scooped|shared|was honoured with|was honored with|went on to win|earned the|"
    r"(?:was|were)\s+honou?red(?=\s+for\s+(?:Best|Most|Outstanding)\b)|"
    r"was presented with|adding|added|gave|handed"
)
_NOMINATE = (
    r"was nominated|were nominated|been nominated|nominated|competed for|in competition for|"
    r"(?:was|were)\s+shortlisted\s+for|"
    # "Lennox was only a runner-up in the actress category"
    r"(?:was|were)\s+(?:only\s+)?(?:a\s+|the\s+)?runners?-up\s+(?:in|for)|"
    r"in contention for|(?:was|were)\s+(?:only\s+)?(?:a\s+)?contenders?\s+for|"
    # "Adamyan and Ohanyan were both among the finalists without winning"
    r"(?:was|were)\s+(?:both\s+|all\s+)?(?:only\s+)?among\s+the\s+finalists|lost|losing\s+in\s+the\s+categor(?:y|ies)\s+of|"
    r"nominations?:|nominations?(?:\s+at\s+[^,;:]+)?,?\s+including|nominations?,? for|received a nomination|"
    # "received three nominations at X, for A, B and C" (the list names them), but not
    # "… nominations at X, including A", which the next pattern reads
    r"received\s+(?:\w+\s+)?nominations(?!(?:\s+at\s+[^,;:]+)?,?\s+including\b)|"
    r"earned a nomination|a nomination for|nominees?(?:\s+in\s+[^,;]{0,40}?)?\s+for|"
    # "the film itself and Lotfallah were nominees"
    r"were\s+(?:only\s+)?nominees\b|was\s+(?:only\s+)?a\s+nominee\b"
)
#: "nominated without winning": the win word there denies a win, it states none.
_VERB = re.compile(
    rf"\b(?P<nom>{_NOMINATE})|(?<!without )(?<!not )(?<!n't )\b(?P<win>{_WIN})\b",
    re.IGNORECASE,
)
_CATEGORY_WORDS = re.compile(
    r"\b(?:Best|Most|Outstanding|Award|Prize|Prizes|Bear|Lion|Leopard|Palm|Palme|Shell|Tiger|"
    r"Newcomer|Newcomers|Picture|Director|Actor|Actress|Screenplay|Script|Writing|Film|Feature|"
    r"Documentary|Cinematography|Editing|Music|Score|Song|Choreography|Design|Performance|"
    r"Debut|Breakthrough|Discovery|Revelation|Jury|Audience|Critics|Grand|Golden|Silver|Crystal|"
    r"Special Mention|Mention|of the Year|Performer|Newcomer|Tanit|Pyramid|Cristal)\b"
)
_CEREMONY_WORDS = re.compile(
    r"\b(?:Awards?|Festival|Fest|Fleadh|Prizes?|Medals?|Oscars|Globes|Guild|Circle|Society|Association|Honors|Honours|"
    r"Academy|Berlinale|Biennale|César|Césars|Goya|Goyas|Ophir|Ariel|Lumière|Bodil|Amanda|Kanon)\b"
)
_AT = re.compile(
    r"\b(?:at|At|from|From)\s+(?:the\s+)?(?:(?:closing|opening|awards?|prize-giving)\s+"
    r"(?:ceremony|night|gala)\s+of\s+(?:the\s+)?)?(?P<ceremony>(?:\d{1,3}(?:st|nd|rd|th)\s+|(?:19|20)\d\d\s+)?"
    r"[A-ZÀ-Þ][\w'’.\-&]*(?:\s+(?:[A-ZÀ-Þ0-9][\w'’.\-&]*|of|des|della|dei|del|der|de|du|do|da|"
    r"di|von|van|for|and|&|in)\b)*)"
)
_PERSON_FOR = re.compile(
    rf"(?P<who>{PERSON})\s+(?:was\s+nominated\s+|won\s+)?for\s+(?P<cat>[^,;]+)"
)
_FOR_PERSON = re.compile(rf"^(?P<cat>.+?)\s+for\s+(?P<who>{PERSON})\s*$")
#: "Best Actress for the 19-year-old Dessì": the winner, described.
_FOR_DESCRIBED = re.compile(
    r"^(?P<cat>.+?)\s+for\s+(?:the|a|an|his|her|their)\s+(?:[\w'’-]+\s+){1,3}"
    r"(?P<who>[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+)?)\s*$"
)
_FILM_SUBJECT = re.compile(r"\b(?:the film|it|the picture|the movie|its)\b", re.IGNORECASE)
_SKIP_PREFIX = re.compile(
    r"^(?:(?:a|an|the|both|its|their|his|her|also|all|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|only|\d+)\s+|(?:prize|award|trophy|honour|honor)\s+for\s+(?:the\s+)?|"
    # "named it Indie Movie of the Year": the film named, then its prize
    r"(?:it|the film|him|her|them)\s+(?=[A-Z]|the\s+best\b)|as\s+(?=(?:the\s+)?[Bb]est\b)|"
    r"(?:joint\s+)?winners?\s+of\s+(?:the\s+)?|including\s+|(?:along|together)\s+with\s+|"
    r"as\s+well\s+as\s+|(?:for|of)\s+(?:the\s+)?)+",
    re.IGNORECASE,
)
_GIVER = re.compile(
    r"^(?:[\w'’.-]+\s+){0,3}(?:festival|jury|academy|association|society)['’]s\s+",
    re.IGNORECASE,
)
_TRAIL = re.compile(r"\s+(?:award|awards|prize|prizes|trophy|category|categories)$", re.IGNORECASE)


@dataclass(frozen=True)
class ProseResult:
    """One result the prose states."""

    category: str
    ceremony: str | None
    recipients: tuple[str, ...]
    result: str
    source: Source


_RESULT_WORDS = frozenset(
    [
        "won",
        "wins",
        "gave",
        "voted",
        "win",
        "winning",
        "received",
        "receiving",
        "took",
        "taking",
        "collected",
        "picked",
        "awarded",
        "given",
        "named",
        "claimed",
        "scooped",
        "shared",
        "honoured",
        "honored",
        "presented",
        "earned",
        "nominated",
        "nominations",
        "nomination",
        "shortlisted",
        "runner-up",
        "nominee",
        "nominees",
        "lost",
        "competed",
        "competing",
        "without",
        "unrewarded",
        "unsuccessful",
        "contention",
        "empty-handed",
    ]
)


_CONTEXT_WORDS = frozenset(
    ["awards", "award", "festival", "fleadh", "prize", "prizes", "prix", "oscars", "globes"]
)


@lru_cache(maxsize=8192)
def _norm(text: str | None) -> str:
    text = (text or "").casefold().replace("’", "'")
    text = re.sub(r"^(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s+|(?:19|20)\d\d\s+)", "", text.strip())
    text = re.sub(
        r"\b(?:awards?|ceremony|prizes?|festival|film festival|international)\b", " ", text
    )
    return re.sub(r"[^\w]+", " ", text).strip()


#: One word that names no ceremony alone: "Academy" (of "Academy Awards") inside "British
#: Academy Film" is another academy's.
_GENERIC_NAME = frozenset(
    {
        "academy",
        "film",
        "national",
        "critics",
        "screen",
        "golden",
        "silver",
        "music",
        "asian",
        "european",
        "american",
        "british",
        "independent",
        "association",
        "society",
        "guild",
        "circle",
        "cinema",
        "movie",
    }
)


#: A country's name or demonym alone ("vietnam" of "Vietnam Film Festival") names no one
#: ceremony: the country's other academies and associations share it.
_COUNTRY_WORDS = frozenset(
    word.casefold() for word in chain(DEMONYMS, DEMONYMS.values()) if " " not in word
)


#: Words that make a body of its own out of a country's name ("Vietnam Cinema
#: Association", "Polish Film Academy", "Czech Film Critics").
_BODY_WORDS = frozenset(
    {
        "cinema", "association", "academy", "critics", "society", "guild", "union", "circle",
        "state", "national", "television", "press", "journalists", "writers", "directors",
    }
)  # fmt: skip


def _contains(short: str, long: str) -> bool:
    if short not in long or short == long:
        return short == long
    if short in _GENERIC_NAME:
        return False
    # "Vietnam Film Festival" (normalised "vietnam") is not the "Vietnam Cinema Association"
    return not (short in _COUNTRY_WORDS and not _BODY_WORDS.isdisjoint(long.split()))


@lru_cache(maxsize=8192)
def _same_ceremony(a: str | None, b: str | None) -> bool:
    a, b = _without_place(a), _without_place(b)
    x, y = _norm(a), _norm(b)
    return bool(x and y) and (
        x == y
        or _contains(x, y)
        or _contains(y, x)
        or _initials_of(a or "", b or "")
        or _initials_of(b or "", a or "")
    )


_BRACKETED_PLACE = re.compile(r"\s*\([^()]*\)$")
_AT_NAME_YEAR = re.compile(
    r"\s+in\s+(?:(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+)?(?:19|20)\d\d$"
)
_AT_NAME_TAIL = re.compile(r"\s+(?:and|of|de|du|for|&|in)$")


def _at_name(ceremony: str) -> str:
    """A ceremony named after "at" without its trailing year or joining word ("Kecskemét
    in 1988" → "Kecskemét")."""
    return _AT_NAME_TAIL.sub("", _AT_NAME_YEAR.sub("", ceremony.strip(" .,;:")))


def _without_place(name: str | None) -> str | None:
    """``IIFA Awards in Sheffield`` → ``IIFA Awards``: where a ceremony was held is no part of
    its name."""
    if not name:
        return name
    # "National Film Festival (Tangier)" in the table is the prose's "… in Tangier".
    if name.endswith(")"):
        name = _BRACKETED_PLACE.sub("", name)
    tail = re.search(r"\s+in\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)$", name)
    if tail and not re.search(
        r"\b(?:Awards?|Festival|Film|Prizes?|Cinema|Arts)\b", tail.group("place")
    ):
        return name[: tail.start()]  # "IIFA Awards in Sheffield", never "Youth in Film Awards"
    return name


def _initials_of(short: str, long: str) -> bool:
    """``IIFA Awards`` for ``International Indian Film Academy Awards``: the first name's
    capitals are the initials of the other's words."""
    acronym = re.match(r"^(?:the\s+)?(?P<a>[A-Z]{3,})s?\b", short)
    if not acronym:
        return False
    words = [
        w for w in re.findall(r"[\w'’]+", long) if w.casefold() not in {"of", "the", "and", "for"}
    ]
    # "IIFA Awards" leaves "Awards" out of its letters; "the SAFTAs" keeps it (South African
    # Film and Television Awards).
    bare = [w for w in words if w.casefold() not in {"awards", "award"}]
    return any(
        len(ws) >= 3 and acronym.group("a") == "".join(w[0] for w in ws).upper()
        for ws in (bare, words)
    )


@lru_cache(maxsize=8192)
def _same_category(a: str, b: str) -> bool:
    if _same_category_as_written(a, b):
        return True
    # "the ecumenical jury's prize" is the table's "Ecumenical Jury Prize (Forum)"
    possessive = re.compile(r"['’]s\b")
    return bool(possessive.search(a) or possessive.search(b)) and _same_category_as_written(
        possessive.sub("", a), possessive.sub("", b)
    )


def _same_category_as_written(a: str, b: str) -> bool:
    x, y = _norm(a), _norm(b)
    if not x or not y:
        return False
    x, y = x.removeprefix("best "), y.removeprefix("best ")
    if "(" in a and _norm(re.sub(r"\s*\([^)]*\)", "", a)).removeprefix("best ") == y:
        return True  # "Best Cinematography (Black-and-White)" in the table
    if " – " in a and _norm(a.split(" – ")[0]).removeprefix("best ") == y:
        return True  # "Best Actress – Motion Picture" in the table, "Best Actress" in prose
    # A prose phrase may run on past a table name ("best actress with the …"), but a
    # one-word name inside a longer one is another prize ("direction" in "art direction").
    return (
        x == y
        or (len(y) > 5 and " " in y and y in x)
        or (len(x) > 5 and y.startswith(x))
        # "Orizzonti Award for Best Screenplay" in the table, "Best Screenplay" in the prose
        or x.endswith(f"for best {y}")
    )


class _Names:
    """Known people, found by full name or by a unique surname ("Holt" → "Maren Holt")."""

    def __init__(self, people: list[str], crew: Sequence[str] = ()) -> None:
        # Longest first (and in a fixed order among names of one length, whatever the hash
        # seed: "Ziad Kassab" and "Nadine Azar" must not swap between runs).
        self.full = sorted({p for p in people if p}, key=lambda p: (-len(p), p))
        # A company's last word is no surname: "Film" of "Delfino Film" would make
        # "Award for Best Restored Film" name that company.
        self.surnames = {
            surname: name
            for surname, name in surname_index(self.full, crew).items()
            if not (_CATEGORY_WORDS.fullmatch(surname) or _CEREMONY_WORDS.fullmatch(surname))
        }

    def find(self, text: str) -> tuple[str, ...]:
        """The people ``text`` names, in the order it names them ("Kassab and Azar")."""
        found: list[tuple[int, str]] = []
        rest = text
        for name in self.full:
            # Whole words only: "Estonia" is no name inside "the Estonian Film Awards".
            match = (
                re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", rest) if name in rest else None
            )
            if match:
                found.append((match.start(), name))
                rest = rest.replace(name, " " * len(name))
        named = {name for _, name in found}
        for surname, name in self.surnames.items():
            if surname in rest and name not in named:
                match = re.search(rf"\b{re.escape(surname)}\b", rest)
                if match:
                    found.append((match.start(), name))
                    named.add(name)
        return tuple(name for _, name in sorted(found))


_COUNTED_PRIZES = re.compile(
    r"^\s*(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|\d\d+)\s+"
    r"[A-ZÀ-Þ][\w'’.\-]*(?:\s+[A-ZÀ-Þ][\w'’.\-]*)*s[\s.;,]*$"
)


#: "took the Best Actor prize and Terrazas the award for cinematography": a second winner
#: with the verb left out.
_GAPPED_WIN = re.compile(
    r"\b(?:took|won|received|collected|picked\s+up)\b[^,;]*?\band\s+"
    r"(?P<who>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,2})\s+(?:the|a)\s+"
    r"(?:[\w-]+\s+){0,2}(?:award|prize)\b"
)

#: "Ozoliņš and the composer Pēteris Laukmanis also won.": a win with no object, the
#: ceremony in context's (their rows there).
_WHO_ITEM = r"(?:the\s+(?:[a-z-]+\s+){1,2})?[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,3}"
_BARE_WIN = re.compile(
    rf"^\s*(?:and\s+)?(?P<who>{_WHO_ITEM}(?:(?:,\s*(?:and\s+)?|\s+and\s+){_WHO_ITEM})*)"
    r"\s+(?:also\s+|both\s+)?won"
    r"(?:\s+too|\s+as\s+well|\s+theirs|\s+(?:his|hers))?\s*[.;]?\s*$"
)


def _wins_of(names: _Names, who: str, ceremony: str, source: Source) -> list[ProseResult]:
    """A win at ``ceremony`` for each person ``who`` names: their row there (the table
    names the category)."""
    return [ProseResult("~*", ceremony, (person,), "won", source) for person in names.find(who)]


def _category(part: str) -> str | None:
    """A category name from a list item ("the prize for Best Director" → "Best Director").

    A count of prizes ("three Crystal Simorghs") names no category: its categories follow or
    are the table's."""
    if _COUNTED_PRIZES.match(part):
        return None
    named_prize = bool(re.search(r"\b(?:prize|award)s?\b", part, re.IGNORECASE))
    part = part.strip(" .:;,")
    part = _SKIP_PREFIX.sub("", part).strip()
    # "the All-Union festival's Grand Prize": the prize, after the body that gives it
    giver = _GIVER.match(part)
    if giver and part[giver.end() :][:1].isupper():
        part = part[giver.end() :]
    # "the Nastro d'Argento for Best Supporting Actress": the category follows "for".
    of_ceremony = re.match(r"^[A-Z][^,;]*?\s+for\s+(?P<cat>(?:Best|Most|Outstanding)\b.+)$", part)
    if of_ceremony:
        part = of_ceremony.group("cat")
    # "Best Actor award in Cairo", "Best Actor there was unsuccessful": the category ends
    # where its place or the clause's verb begins.
    part = re.split(
        # ("Best Film from any Source" is one name: "from any" starts no place)
        r"\s+(?:at|from(?!\s+any\s)|in the|during|on)\s+|\s+by\s+(?:the\s+)?(?=[A-Z])|"
        r"\s+(?=(?:there|here|was|were|did|had|has|is)\b)|"
        # "the Bodil Award for Best Actor in 1980": the year is the ceremony's
        r"\s+in\s+(?=(?:19|20)\d\d\b)|"
        # "in contention for best actor but lost": the category ends at the conjunction
        r"\s+(?=(?:but|yet|though|although|while|without)\b)",
        part,
    )[0]
    part = part.strip(" .:;,")
    stripped = _TRAIL.sub("", part).strip()
    # "the Ōfuji Noburō Award" is a prize's whole name: "award" is dropped only from a
    # category that still reads as one ("the Best Irish Feature award").
    if _CATEGORY_WORDS.search(stripped) or not re.search(r"\b(?:Award|Prize)$", part):
        part = stripped
    ceremony_like = _CEREMONY_WORDS.search(part) and not re.match(
        r"^(?:Best|Most|Outstanding)\b", part
    )
    if ceremony_like and (
        re.search(r"\b(?:Prize|Award|Trophy|Medal)$", part)
        or re.match(r"^(?:Prize|Award|Grand Prix|Prix)\b", part)
    ):
        ceremony_like = None  # "the Nordic Council Film Prize", "the Douglas Hickox Award"
    if ceremony_like and re.search(r"\b(?:Jury|Special)\b", part):
        ceremony_like = None  # "the Special Jury Award for Verité Filmmaking"
    # "named it the best film of the year": the category in lower case, without its year
    part = re.sub(r"^(best(?:\s+[a-z]+){1,3})\s+of\s+the\s+year$", r"\1", part)
    # "named Faria its Best Actor of 1957": the table's "Best Actor", that year's
    part = re.sub(r"^((?:Best|Most|Outstanding)\b.*?)\s+of\s+(?:19|20)\d\d$", r"\1", part)
    if re.fullmatch(r"best(?:\s+[a-z]+){1,3}", part):
        # "Dolidze was nominated for best actress": the category in lower case.
        return " ".join(
            word.capitalize() if word not in {"and", "of", "in"} else word for word in part.split()
        )
    if not part or not _CATEGORY_WORDS.search(part) or ceremony_like:
        if part and named_prize and part[0].islower() and len(part.split()) <= 7:
            # "the screenplay prize": matched against the table's categories, never a row of
            # its own (a lower-case phrase is no category name); "… prize in Berlin" ends
            # where its place begins.
            return "~" + re.sub(r"\s+in\s+[A-ZÀ-Þ][\w'’.-]*$", "", part)
        return None
    if not part[0].isupper():
        return None
    return part


#: A lower-case word no category name holds ("together", "making", "which"): the text is a
#: clause that ran on past the category.
_LOOSE_WORD = re.compile(
    r"\s(?!(?:of|for|in|the|a|an|by|and|or|to|on|from|with|at|de|la|le|du|d'|di|del|da|"
    r"do|dos|das|y|et|und|und|für|non|not|under|over)\b)[a-z][a-z'’-]+\b"
)


_NAMED_CEREMONY = re.compile(
    r"\b(?:the\s+)?(?P<ceremony>(?:\d{1,3}(?:st|nd|rd|th)\s+)?[A-ZÀ-Þ][\w'’.\-&]*(?:\s+(?:[A-ZÀ-Þ][\w'’.\-&]*|of|de|du|for|and|&))*\s+(?:Awards|Film Festival|Festival|Fleadh|Oscars|Globes))\b"
)


_PLACE_LEAD = re.compile(
    r"^([A-ZÀ-Þ][\w'’-]+(?:\s+(?!International\b|Film\b)[A-ZÀ-Þ][\w'’-]+)?)\s+"
    r"(?:International\s+)?(?:Film\s+)?Festival\s+of\b"
)
_GENERIC_TAIL = re.compile(
    r"(?:\s+(?:International|Film|Films|Festival|Fest|Days|Week|Awards?|Prizes?|Cinema|"
    r"Screen|Critics|Children['’]s|Youth|Documentary|Short|Animation|Independent|and))+$"
)


@lru_cache(maxsize=256)
def _aliases(known: tuple[str, ...]) -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """Each table ceremony's short name, as prose uses it after "in" or "at": "In El
    Gouna", "at Carthage", "in Cairo" for the El Gouna Film Festival, the Carthage Film
    Days and the Cairo International Film Festival. A short name two ceremonies share, or
    one that names nothing alone ("Academy"), is none."""
    found: dict[str, list[str]] = {}
    for name in known:
        bare = re.sub(r"^(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s+|(?:19|20)\d\d\s+)", "", name)
        short = _GENERIC_TAIL.sub("", bare).strip()
        lead = _PLACE_LEAD.match(bare)
        if short == bare and lead:
            # "Isfahan International Festival of Films for Children and Young Adults": the
            # town it opens with ("In Isfahan it took …").
            short = lead.group(1)
        if (
            short
            and short != bare
            and short.casefold() not in _GENERIC_NAME
            # "German" of the German Film Awards: "in German" is the language
            and short not in DEMONYMS
            and short not in LANGUAGES
        ):
            found.setdefault(short, []).append(name)
        bracketed = re.search(r"\(([A-ZÀ-Þ][^()]*)\)\s*$", name)
        if bracketed:
            # "National Film Festival (Tangier)": "In Tangier" names it.
            found.setdefault(bracketed.group(1), []).append(name)
    return tuple(
        (
            short,
            names[0],
            re.compile(rf"\b(?:[Ii]n|[Aa]t|[Ff]rom)\s+(?:the\s+)?{re.escape(short)}\b(?!\s+[A-Z])"),
        )
        for short, names in found.items()
        if len(set(names)) == 1
    )


def _alias_matches(text: str, known: Sequence[str]) -> list[tuple[int, str]]:
    """(position, table ceremony) for each short name of a table ceremony in ``text``."""
    if not known:
        return []
    return sorted(
        (match.start(), name)
        for short, name, pattern in _aliases(tuple(known))
        if short in text
        for match in pattern.finditer(text)
        # "At the ceremony in Berlin": where another ceremony was held, not the festival
        if not _HELD_IN.search(text[: match.start()])
    )


_HELD_IN = re.compile(
    r"\b(?:ceremony|ceremonies|gala|night|held|hosted|event|presentation|dinner|show)\s*$", re.I
)


def _ceremony_in(text: str, loose: bool = False, known: Sequence[str] = ()) -> str | None:
    """The ceremony a clause names after "at" ("at the 63rd Filmfare Awards", "At Cannes",
    "At Karlovy Vary" when the table has that festival); ``loose`` also takes any "the …
    Awards" name, for the paragraph's context. A table ceremony's short name after "in"
    ("In El Gouna") names it too, when it comes first."""
    aliased = _alias_matches(text, known)
    for match in _AT.finditer(text):
        if aliased and aliased[0][0] <= match.start():
            return aliased[0][1]
        name = _at_name(match.group("ceremony"))
        # "At the 21st Quebec Cinema Awards (Prix Iris)": the table's name in brackets.
        table = _bracketed_table_name(text[match.end("ceremony") :], known)
        if table:
            return table
        if (
            _CEREMONY_WORDS.search(name)
            or len(name.split()) == 1
            or any(_same_ceremony(name, c) for c in known)
        ):
            return name
    if aliased:
        return aliased[0][1]
    for body in chain(_BODY_AS_SUBJECT.finditer(text), _READERS_OF.finditer(text)):
        # "the Eduardo Abaroa awards gave it both …": the table's Premio Nacional Eduardo
        # Abaroa, named by its own words as the clause's subject.
        words = set(body.group("n").casefold().split())
        table = next(
            (
                c
                for c in known
                if _same_ceremony(body.group("n"), c)
                # "the Uruguayan critics": every word of it in the body's full name
                or (len(words) >= 2 and words <= set(_norm(c).split()))
            ),
            None,
        )
        if table:
            return table
    by_body = _BY_BODY.search(text)
    if by_body:
        return by_body.group("body")  # "named Best Film by the … Critics Association"
    same = _SAME_CEREMONY.search(text)
    if same:
        return same.group("name")  # "at the same Mainichi ceremony": the Mainichi Awards
    if loose:
        named = _NAMED_CEREMONY.search(text)
        if named:
            return named.group("ceremony")
        counted = _AWARD_NOMINATIONS.search(text)
        if counted:
            return f"{counted.group('name')} Awards"  # "six Genie Award nominations"
        # "two Golden Globe nominations": a table ceremony named without its "Awards".
        for name in known:
            stem = re.sub(r"\s+Awards?$", "", name)
            if stem != name and re.search(rf"\b{re.escape(stem)}\s+nominations?\b", text):
                return name
    return None


_BODY_AS_SUBJECT = re.compile(
    r"\b[Tt]he\s+(?P<n>[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*)*(?:\s+critics)?)"
    r"(?:\s+(?:awards|jury|festival|prize)\b|(?<=critics)\b|"
    # ("The Vietnam Cinema Association gave its screenplay award to …": the body itself)
    r"(?:(?<=Association)|(?<=Academy)|(?<=Society)|(?<=Guild)|(?<=Circle))"
    r"(?=\s+(?:gave|named|awarded|honou?red|presented|voted|chose|selected|handed)\b))"
)
#: "readers of Picturegoer voted Pocklington Best Actor": the magazine's awards.
_READERS_OF = re.compile(
    r"\b(?:[Rr]eaders|[Vv]iewers|[Vv]oters|[Mm]embers)\s+of\s+(?:the\s+)?"
    r"(?P<n>[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*)*)"
)
#: "Sienra Best Supporting Actress": a name, then the prize it was given.
_NAME_THEN_CATEGORY = re.compile(
    r"^\s*(?P<who>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?)\s+"
    # ("and Khodja the award for Best Music": the prize's noun may come first)
    r"(?=(?:(?:the|a)\s+(?:award|prize)\s+for\s+)?(?:Best|Most|Outstanding)\b)"
)
_BY_BODY = re.compile(
    r"\bby\s+(?:the\s+)?(?P<body>[A-ZÀ-Þ][\w'’.\-&]*(?:\s+(?:[A-ZÀ-Þ][\w'’.\-&]*|of|and|for|&))*"
    r"\s+(?:Association|Circle|Society|Critics|Guild|Academy))\b"
)
_SAME_CEREMONY = re.compile(
    r"\bat\s+the\s+same\s+(?P<name>[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)*)\s+"
    r"(?:ceremony|awards|festival|gala)\b"
)
_AWARD_NOMINATIONS = re.compile(
    r"\b(?P<name>[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)*)\s+Award\s+nominations?\b"
)


_COUNTED_CEREMONY = re.compile(
    r"^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+"
    r"(?P<name>[A-ZÀ-Þ][\w'’.\-]*(?:\s+[A-ZÀ-Þ][\w'’.\-]*)*\s+[Aa]wards)\b"
    r"(?:,?\s*(?:for|including)\s+(?P<rest>.+))?"
)


#: Nothing after "nominated" but "but did not win" / "only" / the end: the subject names
#: the nominees ("Pezzella and the screenplay were nominated but did not win").
#: A subject that is a list of categories, before its verb ("…: Best Feature Film and Best
#: Actress were only").
_CATEGORY_LIST_SUBJECT = re.compile(
    r"(?:^|:\s*)(?P<cats>(?:Best|Most|Outstanding)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
    r"(?:(?:,\s*(?:and\s+)?|\s+and\s+)(?:Best|Most|Outstanding)\s+[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*)*)*)\s+(?:were|was)\s+(?:only\s+)?$"
)
_RESULT_ASIDE = re.compile(
    r",\s+who\s+(?:had\s+|has\s+)?(?:lost|won|been\s+nominated\s+for)\s+[^,;:]*?,(?=\s+(?:as\s+well\s+as|and|along\s+with)\b)"
)
_NOMINATIONS_ONLY = re.compile(
    r"\b(?P<verb>were|was)\s+(?:an?\s+)?nominations?\s+only\b", re.IGNORECASE
)
_NO_OBJECT = re.compile(
    r"^\s*(?:in\s+their\s+(?:respective\s+|own\s+)?categor(?:y|ies)\s*)?"
    r"(?:but\s+(?:did\s+not|didn't)(?:\s+win)?|but(?:\s+lost)?|without\s+winning|only)?"
    # "… were only nominated there"
    r"(?:\s+there)?\s*[.;,]?\s*$",
    re.I,
)
_OTHERS_LOST = re.compile(
    r"\b(?:the film's|its|their|the)\s+other\s+(?:(?:two|three|four|five|six|seven|eight|\d+)\s+)?"
    r"(?:(?P<c>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*)*)\s+)?"
    r"nominations?(?:\s+there)?(?:,[^,;]{1,120},)?\s+(?:did\s+not|didn't|failed\s+to|went\s+without|"
    r"were\s+not|went\s+to\s+other)\b"
)
_BY_BODY_FOR = re.compile(
    r"^\s*by\s+(?:the\s+)?(?P<body>[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:[A-ZÀ-Þ][\w'’.-]*|of|and|&))*)"
    r"\s+for\s+(?P<cat>.+)$"
)
_FILM_ITSELF = re.compile(r"\b(?:the film|the picture|the movie)(?:\s+itself)?\b|\bit\b")
#: "Both of its nominations at the British Independent Film Awards went to other films".
_ALL_NOMINATIONS_LOST = re.compile(
    r"^(?:but\s+|and\s+)?(?:[Bb]oth|[Aa]ll|[Ee]ach|[Nn]one)(?:\s+\w+)?\s+of\s+(?:its|the film's|their)\s+"
    r"(?:[\w'’-]+\s+){0,3}nominations\b"
)
_LOSS_WORDS = frozenset({"went", "missed", "passed"})
_WENT_TO_OTHERS = re.compile(
    r"\bwent\s+(?:elsewhere|to\s+(?:other|another|rival)\s+(?:films?|pictures?|nominees?|"
    r"entries|features?))\b"
)
_FAMILY_COUNT = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+nominations\s+for\b"
)
_WENT_ELSEWHERE = re.compile(
    r"^(?:but\s+|while\s+|and\s+)?(?P<cats>(?:the\s+)?[A-Z].+?)\s+went\s+(?:elsewhere\b|to\s+"
    r"(?:other|another|rival)\s+(?:films?|pictures?|nominees?|entries|features?)\b)"
)
#: "It competed at Annecy without winning": its one row there was a nomination.
_MISSED_OUT = re.compile(
    r"\b(?:missed\s+out\s+on|lost\s+out\s+on|was\s+passed\s+over\s+for)\s+(?:the\s+)?"
    r"(?P<cat>[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:[A-ZÀ-Þ][\w'’.-]*|d['’][A-ZÀ-Þ][\w-]*|of|for|in|a|an|the))*)"
)
_EMPTY_HANDED = re.compile(
    r"\b(?:went|came|left)\s+(?:home\s+|away\s+)?empty-handed\s+(?:from|at)\s+(?:the\s+)?"
    r"(?P<body>[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*)*)"
    # ("It left Moscow without a prize after competing for the Golden Prize")
    r"|\bleft\s+(?:the\s+)?(?P<body2>[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*)*)\s+without\s+"
    r"(?:a|any)\s+(?:prize|award|win)s?\b"
)
_WITHOUT_WINNING = re.compile(
    r"\bcompeted\s+(?:at|in)\s+(?:the\s+)?(?P<body>[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*)*)"
    r"\s+without\s+(?:winning|a\s+(?:win|prize|award))\b"
)
_BODY_NOMINATED = re.compile(
    r"\b(?:the\s+)?(?P<body>[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:[A-ZÀ-Þ][\w'’.-]*|of|for|and|&))*)\s+"
    r"nominated\s+(?:it|the film|the picture)\b(?!\s+(?:for|in)\b)"
)
_NO_PRIZE = re.compile(
    r"^\s*(?:(?:no|none of its)\s+(?:prizes?|awards?|trophies|honou?rs)\b|none(?:\s+of\s+them)?\b)",
    re.I,
)
_CRAFT_NOUN = re.compile(
    r"\b(screenplay|score|music|cinematography|editing|direction|production design|costumes?)\b"
)


def _last_ceremony(text: str, known: Sequence[str] = ()) -> str | None:
    """The ceremony named last in ``text`` (after "at"/"from"), or ``None``; the table's
    name when the prose gives it in brackets ("the 21st Quebec Cinema Awards (Prix Iris)")."""
    found: tuple[int, str] | None = None
    for match in _AT.finditer(text):
        name = _at_name(match.group("ceremony"))
        table = _bracketed_table_name(text[match.end("ceremony") :], known)
        if table:
            found = (match.start(), table)
        elif _CEREMONY_WORDS.search(name):
            found = (match.start(), name)
    # "… and the Magritte Award for Best Foreign Film, at a ceremony where …": a table
    # ceremony named by its prize is named too.
    for name in known:
        # "Morand received the Étoile de Cristal for Best Actress, while the film was only
        # nominated for Best Film": a table ceremony named as the prize itself.
        at = text.rfind(name)
        if at >= 0 and (found is None or at > found[0]):
            found = (at, name)
    for prize in _PRIZE_OF_CEREMONY.finditer(text):
        body = next((c for c in known if _same_ceremony(f"{prize.group('stem')} Awards", c)), None)
        if body and (found is None or prize.start() > found[0]):
            found = (prize.start(), body)
    for at, name in _alias_matches(text, known):
        if found is None or at > found[0]:
            found = (at, name)  # "In El Gouna it took …": a table ceremony's short name
    return found[1] if found else None


_PRIZE_OF_CEREMONY = re.compile(
    r"\b(?:the|a)\s+(?P<stem>[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,3})\s+Award\s+for\b"
)


def _bracketed_table_name(after: str, known: Sequence[str]) -> str | None:
    """The table's ceremony named in brackets right after a ceremony's prose name."""
    alias = re.match(r"\s*\((?P<alias>[^)]{3,60})\)", after)
    if alias:
        return next((c for c in known if _same_ceremony(alias.group("alias"), c)), None)
    return None


def _looks_like_person(text: str) -> bool:
    words = text.split()
    return (
        2 <= len(words) <= 4
        and not _CATEGORY_WORDS.search(text)
        and not _CEREMONY_WORDS.search(text)
    )


#: "Campbell's Best Actress award": one person's prize, named by its category.
_OWNED_PRIZE = re.compile(
    r"^(?:the\s+)?(?P<who>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)*)['’]s\s+"
    r"(?P<cat>(?:Best|Most|Outstanding)\b.+?)(?:\s+(?:award|prize|nomination))?$"
)
#: ", where Tutul and Ruma " before a result verb: a relative clause's whole subject.
_RELATIVE_SUBJECT = re.compile(r",\s+(?:where|whereas|while|though|although)\s+(?P<s>[^,;]+)$")


def _units(text: str) -> list[tuple[str, str, str]]:
    """(subject, result, object text) for each result verb in a clause, in order."""
    verbs = list(_VERB.finditer(text))
    units: list[tuple[str, str, str]] = []
    for index, verb in enumerate(verbs):
        start = verbs[index - 1].end() if index else 0
        subject = text[start : verb.start()]
        if index:
            # The previous verb's object runs up to this verb's subject ("…, Havnes received");
            # a relative clause's subject is all of it ("…, where Tutul and Ruma were …").
            relative = _RELATIVE_SUBJECT.search(subject)
            subject = relative["s"] if relative else re.split(r",\s+|\s+and\s+|;\s*", subject)[-1]
        end = verbs[index + 1].start() if index + 1 < len(verbs) else len(text)
        obj = text[verb.end() : end]
        relative_next = _RELATIVE_SUBJECT.search(obj) if index + 1 < len(verbs) else None
        if relative_next:
            obj = obj[: relative_next.start()]
        elif index + 1 < len(verbs):
            # Leave the next verb's subject to it.
            pieces = re.split(r"(,\s+|\s+and\s+|;\s*)", obj)
            if len(pieces) > 1 and not _CATEGORY_WORDS.search(pieces[-1]):
                obj = "".join(pieces[:-2])
        result = "nominated" if verb.group("nom") else "won"
        units.append((subject, result, obj))
    return units


#: "nominated as supporting actor" (a craft in lower case, not a category's name).
_NOMINATED_AS = re.compile(
    r"\b(?P<verb>nominated|shortlisted)\s+as\s+(?:(?:the|a|best)\s+)?[a-z][a-z -]*?"
    r"(?=\s+(?:but|and|while|though)\b|\s*[,;.]|$)"
)


_NOMINATED_WITHOUT = re.compile(
    r"\b(?P<verb>nominated|shortlisted)\s+(?:without\s+winning|unsuccessfully|in\s+vain)\s+for\b"
)


_NOT_WON = re.compile(
    r"\b(?:did\s+not|didn't|failed\s+to)\s+(?:turn|translate|convert)\s+into\s+(?:a\s+)?wins?\b|"
    r"\b(?:did\s+not|didn't)\s+(?:result\s+in|lead\s+to)\s+(?:a\s+)?(?:wins?|prizes?|awards?)\b|"
    r"\bwent\s+unrewarded\b|\b(?:brought|earned|yielded|produced|resulted\s+in)\s+no\s+"
    r"(?:awards?|prizes?|wins?|victories)\b|"
    r"\bended\s+in\s+(?:a\s+)?loss(?:es)?\b|"
    r"\bcame\s+to\s+nothing\b"
)


#: "Every other entry in the table was a nomination only", "All other nominations went
#: unrewarded", "the rest were nominations".
_REST_NOMINATED = re.compile(
    r"(?i)\b(?:every|each|all|all\s+the)\s+other\s+(?:entry|entries|nominations?|rows?|listings?|"
    r"award\s+entries|mentions?)\b[^.;]{0,40}?\b(?:was|were)\s+(?:a\s+|only\s+)?"
    r"(?:nominations?|nominated)\b|"
    r"\bthe\s+(?:rest|remaining\s+(?:entries|nominations))\s+(?:was|were)\s+(?:only\s+)?"
    r"nominations?\b|"
    r"\b(?:all|every)\s+(?:the\s+)?other\s+nominations?\s+(?:went\s+unrewarded|"
    r"did\s+not\s+(?:win|result\s+in\s+wins?))"
)


#: "Eskandari's nomination for cinematography": one person's own nomination.
_OWN_NOMINATION = re.compile(
    r"\b(?P<who>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)*)['’]s\s+nomination\s+for\s+[a-z]"
)


def _lost_nominations(
    text: str,
    names: _Names,
    ceremonies: Sequence[str],
    source: Source,
    context: str | None = None,
) -> list[ProseResult]:
    """Each "X's Ceremony nomination" / "the Ceremony craft nomination" of a list the
    sentence then says were lost; without a ceremony of their own, those of the ceremony in
    ``context`` ("At the Fajr festival …, while the Best Director and Best Screenplay
    nominations did not result in awards"; "Eskandari's nomination for cinematography went
    unrewarded")."""
    out: list[ProseResult] = []
    if re.search(r"\bother\b", text):
        return out  # "the film's other two nominations there, including …": the rest
    text = re.sub(r"^.*\b(?:while|although|though|but|whereas)\s+", "", text)
    items = re.split(r",\s*(?:and\s+)?|\s+and\s+", text)
    plural = bool(re.search(r"\bnominations\b", text))
    for item in items:
        item = re.sub(r"^\s*(?:including|among\s+them)\s+", "", item)
        if not re.search(r"\bnominations?\b|\bentry\b|\bentries\b", item) and not (
            plural and re.match(r"^\s*(?:the\s+)?(?:Best|Most|Outstanding)\b", item)
        ):
            continue
        ceremony = next(
            (
                name
                for short, name, _ in _aliases(tuple(ceremonies))
                if re.search(rf"\b{re.escape(short)}s?\b", item)
            ),
            None,
        ) or next((c for c in ceremonies if c in item), None)
        if ceremony is None and context is not None:
            named = re.match(
                r"^\s*(?:the\s+)?(?P<c>(?:Best|Most|Outstanding)\b[^,;]*?)(?:\s+nominations?)?\s*$",
                item,
            )
            if named:
                # ("Best Actor for Salcedo": the category, and whose it was)
                head, _, whose = named["c"].partition(" for ")
                category = _category(head)
                if category:
                    out.append(
                        ProseResult(category, context, names.find(whose), "nominated", source)
                    )
                    continue
        if ceremony is None:
            continue
        people = names.find(item)
        crafts = _CRAFT_NOUN.findall(item)
        if people:
            out += [ProseResult("~*", ceremony, (p,), "nominated", source) for p in people]
        elif crafts:
            out += [ProseResult(f"~{c}", ceremony, (), "nominated", source) for c in crafts]
        elif re.search(
            r"(?i)\ball\b|\bboth\b|\b(?:two|three|four|five|six)\b|\bnominations\b", item
        ):
            # "all three Asian Film Awards nominations went unrewarded", "Its nominations at
            # the 21st Goya Awards … produced no wins": every row there
            out.append(ProseResult("~none", ceremony, (), "nominated", source))
        else:
            out.append(ProseResult("~ceremony", ceremony, (), "nominated", source))
    return out


_EACH_AT = re.compile(r",?\s+and\s+(?=for\s)")
_OWN_AT = re.compile(r"\s(?:at|in)\s+(?:the\s+)?[A-ZÀ-Þ]")


_AND_THE = re.compile(r",?\s+and\s+(?=(?:the\s+)?[A-ZÀ-Þ])")
#: A list item that says where it was won: "Best Actress for Lõhmus at the All-Union Film
#: Festival", "Film of the Year from the Estonian film journalists", "the Nika for his music".
_ITEM_PLACED = re.compile(
    r"\s(?:at|in|from)\s+(?:the\s+)?[A-ZÀ-Þ]|^\s*the\s+[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*)*\s+for\s"
)
#: "the Nika for Vainu's music": a ceremony's prize for one person's craft.
_PRIZE_FOR_CRAFT = re.compile(
    r"^\s*(?:the\s+)?(?P<prize>[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,3})\s+for\s+"
    r"(?P<who>[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,2})['’]s\s+"
    r"(?P<craft>music|score|screenplay|script|cinematography|photography|editing|direction|"
    r"production design|costumes?)\s*[.;,]?\s*$"
)
#: "gave State Film Awards to A and to B": a ceremony's prizes handed to people by name.
_GAVE_PRIZES_TO = re.compile(
    r"\b(?:gave|awarded|presented)\s+(?:its\s+|their\s+|the\s+)?"
    r"(?P<prize>[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*)*\s+(?:Awards|Prizes))\s+to\s+(?P<who>[^;]+)"
)
#: "the Bodil committee also gave Aksel Thurø an honorary award": the person's row at the
#: ceremony the giver names (else the one in context) was a win.
_GAVE_PERSON_PRIZE = re.compile(
    r"\b(?P<giver>[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*)*)(?:\s+[a-z]+)?\s+(?:also\s+)?"
    r"(?:gave|awarded|presented)\s+(?P<who>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,2})\s+"
    r"(?:a|an|its|their|the)\s+(?:[\w'’-]+\s+){0,3}?(?:award|prize|diploma|mention)\b",
    re.IGNORECASE,
)
_EACH_FOR_THE = re.compile(r",\s+(?:and\s+)?(?=for\s+the\s)")
#: "for the Nika Awards for …", "for the All-Union festival's Grand Prize", "for the
#: ecumenical jury's prize in Berlin": a piece that names where its prizes were given.
_OWN_FOR_THE = re.compile(
    r"^\s*for\s+the\s+(?:[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*)*\s+(?:Awards?|Prizes?)\s+for\s"
    r"|[\w'’.-]+(?:\s+[\w'’.-]+){0,3}['’]s\s)"
)
#: "the Jacob's Award for Best Film": a prize that names its ceremony.
_PRIZE_FOR = re.compile(
    r"^(?:the\s+)?[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*)*\s+(?:Award|Prize)\s+for\s"
)


def _by_ceremony(units: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """ "nominations for the Tanit d'Or at Carthage and for Best Screenplay at the Asia
    Pacific Screen Awards": one object per ceremony, each read with its own "at"."""
    out: list[tuple[str, str, str]] = []
    for subject, result, obj in units:
        pieces = _EACH_AT.split(obj)
        if len(pieces) > 1 and all(_OWN_AT.search(piece) for piece in pieces):
            out.extend((subject, result, f" {piece.strip()}") for piece in pieces)
            continue
        # "won Best Irish Feature at Cork and the Jacob's Award for Best Film", "Best Visual
        # Effects at the Grand Bell Awards and the Technical Award at the Blue Dragon Film
        # Awards": each prize with its own ceremony.
        pieces = _AND_THE.split(obj) if ":" not in obj else []
        if len(pieces) > 1 and all(
            _OWN_AT.search(f" {piece.strip()}") or _PRIZE_FOR.match(piece.strip())
            for piece in pieces
        ):
            out.extend((subject, result, f" {piece.strip()}") for piece in pieces)
            continue
        # "nominated for the Nika Awards for Best Film and Best Actor, for the All-Union
        # festival's Grand Prize, and for the jury's prize in Berlin": each "for the …" its
        # own ceremony (never the one named last for all of them).
        pieces = _EACH_FOR_THE.split(obj)
        if len(pieces) > 1 and all(_OWN_FOR_THE.match(piece) for piece in pieces):
            out.extend((subject, result, f" {piece.strip()}") for piece in pieces)
            continue
        # "won three of its ten nominations: Best Actress for Belghiti at Carthage, Best
        # Actor for Chakir at Marrakech, and Best Screenplay at FESPACO": each its own.
        listed = obj.split(":", 1)[1] if ":" in obj else ""
        items = [i for i in re.split(r",\s*(?:and\s+)?", listed) if i.strip()]
        if len(items) > 1 and all(_ITEM_PLACED.search(f" {i.strip()}") for i in items):
            out.extend((subject, result, f" {i.strip()}") for i in items)
            continue
        out.append((subject, result, obj))
    return out


def _named_in_singular(text: str, ceremonies: Sequence[str]) -> str | None:
    """The table ceremony ``text`` names as an adjective, in the singular and without its
    bracketed place: "its Golden Globe nominations" for "Golden Globes (Portugal)"."""
    for ceremony in ceremonies:
        base = _BRACKETED_PLACE.sub("", ceremony).strip()
        singular = re.sub(r"s$", "", base)
        if len(singular.split()) >= 2 and re.search(rf"\b{re.escape(singular)}s?\b", text):
            return ceremony
        stem = re.sub(r"\s+(?:Awards?|Prizes?)$", "", base)
        if stem != base and re.search(rf"\b{re.escape(stem)}\s+nominations?\b", text):
            return ceremony  # "both of its Platino nominations" for "Platino Awards"
    return None


_UNSUCCESSFUL = re.compile(
    r"(?i)\bentered\s+(?:in\s+competition\s+)?for\b[^.;]*\b(?:without\s+success|unsuccessfully)\b|"
    r"\bbid\s+for\b[^.;]*\bended\s+with\s+(?:the\s+|a\s+)?nomination\b"
)


def _unsuccessful_entry(text: str) -> str:
    """ "the film was entered for Best Film … without success", "its bid ended with the
    nomination alone": a nomination, told as an entry or a bid."""
    text = re.sub(
        r"\b(?:[Ii]ts|[Tt]he\s+film['’]s)\s+(?P<body>[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*)*)\s+"
        r"bid\s+for\s+(?P<cat>.+?)\s+ended\s+with\s+(?:the\s+|a\s+)?nomination(?:\s+alone)?\b",
        r"It was nominated for \g<cat> at \g<body>",
        text,
    )
    # "it won all three awards for which it was nominated: A, B and C": three wins (the
    # nomination the phrase names is each win's own).
    text = re.sub(
        r"\b(won|took|swept)\s+(?:all|every\s+one\s+of|each\s+of)\s+(?:the\s+)?(?:\w+\s+)?"
        r"(?:awards?|prizes?|categories)\s+(?:for\s+which|in\s+which|that|which)\s+"
        r"(?:it|he|she|they)\s+(?:was|were|had\s+been)\s+(?:nominated|in\s+contention)"
        r"(?:\s+for)?\s*:\s*",
        r"\1 ",
        text,
    )
    # "Ait Bella won Best Actor for a second time": no recipient called "a second time"
    text = re.sub(r"\s+for\s+(?:a|the)\s+(?:first|second|third|fourth|fifth)\s+time\b", "", text)
    if re.search(r"(?i)\bwithout\s+success\b|\bunsuccessfully\b", text):
        text = re.sub(
            r"\b(was|were)\s+entered\s+(?:in\s+competition\s+)?for\b", r"\1 nominated for", text
        )
        text = re.sub(r"\s+(?:without\s+success|unsuccessfully)\b", "", text)
    return text


def _joined(pieces: list[str]) -> list[str]:
    """Clauses with a verbless one joined to the "and …" clause after it: "where Bamgbose"
    + "and the film itself were only nominated" is one subject and its verb."""
    out: list[str] = []
    for piece in pieces:
        if out and piece.startswith("and ") and not _VERB.search(out[-1]) and len(out[-1]) < 60:
            out[-1] = f"{out[-1]} {piece}"
            continue
        if out and _SUBJECTLESS.match(piece):
            # "both of its Platino nominations, for Valdebenito and for Best Film, went to
            # other films": an aside split the subject from its verb.
            out[-1] = f"{out[-1]}, {piece}"
            continue
        if (
            out
            and re.match(r"^(?:and\s+)?for\s+the\s", piece)
            and not _VERB.search(piece)
            and _VERB.search(out[-1])
        ):
            # "nominated for the Nika Awards for A, for the festival's B, and for the jury's
            # prize in Berlin": the last "for …" is the verb's too.
            out[-1] = f"{out[-1]}, {piece}"
            continue
        prize = _GAPPED_PRIZE.match(piece)
        given = _GAVE_VERB.search(out[-1]) if out and prize else None
        if prize and given:
            # "Hamidi received the award for Best Actress and Khodja the award for Best
            # Music": the verb left out is the one before.
            piece = f"{prize['who']} {given.group(0)} {prize['rest']}"
        gapped = _GAPPED.match(piece)
        earlier = _NOMINATED_FOR.search(out[-1]) if out and gapped else None
        if gapped and earlier:
            # "Ó Gríofa was nominated for Best Performance at Cork, and Mac Giolla Phádraig
            # for Best Actor at the Jacob's Awards": the verb left out is the one before.
            piece = f"{gapped['who']} {earlier.group(0)} {piece[gapped.end() :]}"
        out.append(piece)
    return out


#: A clause that opens with its verb, its subject left before an aside.
_SUBJECTLESS = re.compile(r"^(?:went|were|was|did|failed|ended|came)\s+(?!by\b)")
#: "Best Film (Non-Malay Language)": a prize whose name holds brackets.
_NAMED_IN_BRACKETS = re.compile(r"\b(?:Best|Most|Outstanding)\s[^,;()]{1,40}\([A-Z][^()]{1,40}\)")
#: The clause breaks that survive in such a sentence.
_COARSE_BREAK = re.compile(r";\s*|,\s+(?=(?:while|whereas|although|though|but)\b)")
#: "and Khodja the award for Best Music": a name and a prize, the verb left out.
_GAPPED_PRIZE = re.compile(
    r"^(?:and\s+)?(?P<who>[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,3})\s+"
    r"(?P<rest>(?:the|a)\s+(?:award|prize|trophy)\s+for\s+.+)$"
)
_GAVE_VERB = re.compile(r"\b(?:received|won|took|collected|was\s+given|picked\s+up)\b")
#: A clause that leaves out its verb: "and Mac Giolla Phádraig for Best Actor at …".
_GAPPED = re.compile(
    r"^(?:and\s+)?(?P<who>[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,3})\s+for\s+"
    r"(?=(?:Best|Most|Outstanding)\b)"
)
_NOMINATED_FOR = re.compile(r"\b(?:was|were)\s+(?:also\s+)?nominated\s+for\b")


def prose_results(
    model: TextModel,
    people: list[str],
    ceremonies: Sequence[str] = (),
    crew: Sequence[str] = (),
    categories: Sequence[tuple[str, str]] = (),
) -> list[ProseResult]:
    """Every win or nomination the prose states, with its ceremony when named nearby.
    ``ceremonies`` are the accolades table's: "the Academy Award for Best Actor" names one of
    them, "the Orizzonti Award for Best Screenplay" a prize of the festival in context.
    ``crew`` are the credited filmmakers, whom a shared surname names first; ``categories``
    are the table's (category, ceremony) pairs, which the prose may name in lower case
    ("named actor of the year")."""
    names = _Names(people, crew)
    known_categories: dict[str, set[str]] = {}
    for category_name, ceremony_name in categories:
        known_categories.setdefault(category_name.casefold(), set()).add(ceremony_name)
    title = model.title
    found: list[ProseResult] = []
    for paragraph in model.paragraphs:
        context: str | None = None
        for sentence in paragraph.sentences:
            # "went elsewhere", "missed out on": a loss told without a result word.
            loss = not sentence.words.isdisjoint(_LOSS_WORDS) and bool(
                _MISSED_OUT.search(sentence.text) or _WENT_TO_OTHERS.search(sentence.text)
            )
            # "was entered for Best Film … without success": a nomination without the word
            loss = loss or bool(_UNSUCCESSFUL.search(sentence.text))
            if sentence.words.isdisjoint(_RESULT_WORDS | _CONTEXT_WORDS) and not loss:
                continue
            context = _ceremony_in(sentence.text, loose=True, known=ceremonies) or context
            if (sentence.words.isdisjoint(_RESULT_WORDS) and not loss) or not (
                loss
                or _VERB.search(_unsuccessful_entry(sentence.text))
                or _EMPTY_HANDED.search(sentence.text)
                or _NOT_WON.search(sentence.text)
                or _WITHOUT_WINNING.search(sentence.text)
                or _REST_NOMINATED.search(sentence.text)
            ):
                continue
            pieces = _joined([_unsuccessful_entry(c.text) for c in sentence.clauses])
            if _NAMED_IN_BRACKETS.search(sentence.text):
                # "it won Best Film (Non-Malay Language) and Best Original Score": a prize
                # named with brackets stays one clause with the list it is in.
                pieces = _joined(
                    [
                        _unsuccessful_entry(part)
                        for part in _COARSE_BREAK.split(sentence.text)
                        if part.strip()
                    ]
                )
            if ":" in sentence.text and re.search(
                r"\b(?:nominations?|wins)\b[^:]*:", sentence.text
            ):
                # "picked up two nominations at X, held on D: A, and B for Y": the list after
                # the colon belongs to the verb before it, across the clause break; a
                # semicolon after the list starts another statement ("…: A, B and C;
                # Arancibia and Lagos were nominated but lost").
                colon = sentence.text.index(":")
                head, _, rest = (
                    sentence.text.partition(";")
                    if ";" in sentence.text[colon:]
                    else (sentence.text, "", "")
                )
                if ";" in sentence.text[:colon]:
                    head, rest = sentence.text, ""
                pieces = [
                    head,
                    *_joined([_unsuccessful_entry(p) for p in rest.split(";") if p.strip()]),
                ]
            for text in pieces:
                source = Source(sentence.line, text if len(text) >= 30 else sentence.text)
                raw, text = text, _table_case(text, known_categories)
                # "Best Feature Film and Best Actress were nominations only"
                text = _NOMINATIONS_ONLY.sub(r"\g<verb> only nominated", text)
                # "Sequeira was nominated as supporting actor but lost": the person's own
                # nomination at the ceremony in context (the table names the category)
                text = _NOMINATED_AS.sub(r"\g<verb>", text)
                # "was nominated without winning for A, B and C": nominated for them
                text = _NOMINATED_WITHOUT.sub(r"\g<verb> for", text)
                # "Best Actress for A, who had lost the corresponding Golden Eagle, as well as
                # B and C": the aside's verb is another ceremony's, not the list's.
                text = _RESULT_ASIDE.sub(",", text)
                if _REST_NOMINATED.search(text):
                    # "Every other entry in the table was a nomination only": the rows the
                    # prose has not settled lost (applied after every other result).
                    found.append(ProseResult("~rest", None, (), "nominated", source))
                    continue
                gave = _GAVE_PRIZES_TO.search(text)
                gave_at = (
                    next(
                        (
                            c
                            for c in ceremonies
                            if _same_ceremony(gave["prize"], c)
                            or f" {_norm(gave['prize'])}" in f" {_norm(c)}"
                        ),
                        None,
                    )
                    if gave
                    else None
                )
                if gave and gave_at and names.find(gave["who"]):
                    # "The Ministry of Culture gave State Film Awards to El-Tayeb and to the
                    # composers Helmy and Abdel-Ghani": their rows there were wins.
                    found.extend(_wins_of(names, gave["who"], gave_at, source))
                    continue
                given = _GAVE_PERSON_PRIZE.search(text)
                given_at = (
                    next((c for c in ceremonies if _same_ceremony(given["giver"], c)), None)
                    if given
                    else None
                )
                if given and given_at and names.find(given["who"]):
                    found.extend(_wins_of(names, given["who"], given_at, source))
                    continue
                gapped = _GAPPED_WIN.search(text)
                if gapped and context and names.find(gapped["who"]):
                    # "Mamani took the Best Actor prize and Terrazas the award for
                    # cinematography": the second winner's verb is left out; their row at
                    # the ceremony in context was a win too (the first is read below).
                    found.extend(_wins_of(names, gapped["who"], context, source))
                bare = _BARE_WIN.match(text)
                if bare and context and names.find(bare["who"]):
                    found.extend(_wins_of(names, bare["who"], context, source))
                    continue
                all_lost = _ALL_NOMINATIONS_LOST.match(text)
                if all_lost and (loss or _NOT_WON.search(text)):
                    # "Both of its nominations at the BIFAs went to other films": every row
                    # of the ceremony named (else in context) was a nomination.
                    # ("All three of its Gawad Urian nominations, and its nomination at the
                    # Mainichi Film Awards, ended in losses": each ceremony named)
                    wheres: list[str | None] = [
                        w
                        for w in dict.fromkeys(
                            (
                                _ceremony_in(text, known=ceremonies),
                                _named_in_singular(text, ceremonies),
                            )
                        )
                        if w
                    ]
                    for named_at in wheres or [context]:
                        found.append(ProseResult("~none", named_at, (), "nominated", source))
                    continue
                lost_to_others = _WENT_ELSEWHERE.match(text)
                if lost_to_others:
                    # "Best Film, Best Director and Best Score went to other films": lost
                    # nominations, at the ceremony the clause names (else the one table
                    # ceremony holding each category).
                    where = _ceremony_in(text, known=ceremonies)
                    for part in re.split(r",\s*(?:and\s+)?|\s+and\s+", lost_to_others["cats"]):
                        category = _category(part)
                        if category:
                            found.append(ProseResult(category, where, (), "nominated", source))
                    continue
                missed = _MISSED_OUT.search(text)
                if missed and _category(missed["cat"]):
                    # "but the film itself missed out on the Main Prize": a lost nomination.
                    here = sentence.text.find(raw)
                    where = (
                        _ceremony_in(text, known=ceremonies)
                        or (_last_ceremony(sentence.text[:here], ceremonies) if here > 0 else None)
                        or context
                    )
                    found.append(
                        ProseResult(_category(missed["cat"]) or "", where, (), "nominated", source)
                    )
                    continue
                empty = _EMPTY_HANDED.search(text)
                if empty:
                    # "It went home empty-handed from the Moscow festival": every row there
                    # was a nomination.
                    where = _ceremony_in(text, known=ceremonies) or empty["body"] or empty["body2"]
                    found.append(ProseResult("~none", where, (), "nominated", source))
                    continue
                without = _WITHOUT_WINNING.search(text)
                if without and any(_same_ceremony(without["body"], c) for c in ceremonies):
                    found.append(ProseResult("~ceremony", without["body"], (), "nominated", source))
                    continue
                body_nominated = _BODY_NOMINATED.search(text)
                if body_nominated and any(
                    _same_ceremony(body_nominated["body"], c) for c in ceremonies
                ):
                    # "the New York Film Critics Circle nominated it but chose another film"
                    found.append(
                        ProseResult("~ceremony", body_nominated["body"], (), "nominated", source)
                    )
                    continue
                not_won = _NOT_WON.search(text)
                listed_for = (
                    # ("the film's other two nominations, for A and for B, went unrewarded")
                    re.search(r"\bnominations?,?\s+for\s+(?P<items>.+)$", text[: not_won.start()])
                    if not_won
                    else None
                )
                if listed_for:
                    # "the nominations for Ishiwata's music and for Manalastas as newcomer
                    # did not lead to prizes", "its nominations for the Étalon de Yennenga
                    # and for Diabaté's performance went unrewarded": each person's row (at
                    # the ceremony the item or clause names, else their one undecided row)
                    # and each category (at the ceremony in context) was a nomination.
                    here = sentence.text.find(raw)
                    named_here = _ceremony_in(text, known=ceremonies)
                    in_context = (
                        named_here
                        or (_last_ceremony(sentence.text[:here], ceremonies) if here > 0 else None)
                        or context
                    )
                    lost_items: list[ProseResult] = []
                    for item in re.split(
                        r",\s*(?:and\s+)?(?:for\s+)?|\s+and\s+for\s+|\s+and\s+(?=(?:the\s+)?"
                        r"(?:Best|Most|Outstanding)\b|[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*)*['’]s\b)",
                        listed_for["items"],
                    ):
                        own_at = re.search(r"\s+(?:at|in)\s+(?:the\s+)?(?=[A-ZÀ-Þ])", item)
                        item_where = (
                            _ceremony_in(item[own_at.start() :], known=ceremonies)
                            if own_at
                            else None
                        )
                        item = item[: own_at.start()] if own_at else item
                        nominees = names.find(item)
                        category = _table_category(item, known_categories) or _category(
                            re.sub(r"^(?:the|a|an)\s+", "", item.strip())
                        )
                        if nominees:
                            lost_items += [
                                ProseResult(
                                    "~*", item_where or named_here, (p,), "nominated", source
                                )
                                for p in nominees
                            ]
                        elif category and (item_where or in_context):
                            lost_items.append(
                                ProseResult(
                                    category, item_where or in_context, (), "nominated", source
                                )
                            )
                    if lost_items:
                        found.extend(lost_items)
                        continue
                listed_at = (
                    # (the nominations as the clause's subject: "and Rennie's nomination
                    # from the Circle did not …" is one person's, read below)
                    re.match(
                        r"^\s*(?:[Tt]he|[Ii]ts)\s+(?:\w+\s+)?nominations?\s+(?:at|from)\s+(?P<items>.+)$",
                        text[: not_won.start()],
                    )
                    if not_won
                    else None
                )
                if listed_at:
                    # "The nominations at Biarritz in 1990 and at the Goya Awards in 1991 did
                    # not lead to wins": every row at each ceremony named was a nomination.
                    bodies = [
                        m["body"]
                        for m in re.finditer(
                            r"(?:^|\b(?:at|from)\s+)(?:the\s+)?(?P<body>[A-ZÀ-Þ][\w'’.-]*"
                            r"(?:\s+[A-ZÀ-Þ][\w'’.-]*)*)",
                            listed_at["items"],
                        )
                        if any(_same_ceremony(m["body"], c) for c in ceremonies)
                    ]
                    if bodies:
                        found.extend(
                            ProseResult("~none", body, (), "nominated", source) for body in bodies
                        )
                        continue
                owned = (
                    _OWN_NOMINATION.search(text[: not_won.start()]) if not_won and context else None
                )
                if owned and names.find(owned["who"]):
                    # "although Eskandari's nomination for cinematography went unrewarded":
                    # that person's row at the ceremony in context lost.
                    found.extend(
                        ProseResult("~*", context, (person,), "nominated", source)
                        for person in names.find(owned["who"])
                    )
                    continue
                if not_won and not re.search(r"\bnominations?,?\s+for\b", text[: not_won.start()]):
                    # "Belghiti's Marrakech nomination, the Carthage screenplay nomination
                    # and Zerrouki's FESPACO music nomination did not turn into wins".
                    lead = text[: not_won.start()]
                    here = sentence.text.find(raw)
                    if not lead.strip() and here > 0:
                        # "Its nominations at the 21st Goya Awards, for …, produced no
                        # wins": the subject is in the clauses before the verb's.
                        lead = sentence.text[:here].rsplit(";", 1)[-1]
                    lost = _lost_nominations(lead, names, ceremonies, source, context)
                    if lost:
                        found.extend(lost)
                        continue
                others_lost = _OTHERS_LOST.search(text)
                if others_lost:
                    # "the film's other Cinema Eye nominations did not result in wins"
                    found.append(
                        ProseResult(
                            "~none", others_lost.group("c") or context, (), "nominated", source
                        )
                    )
                    continue
                # "…, and was shown at the Udine festival on D, where it won the Audience
                # Award": the ceremony named last before this clause, not the sentence's first.
                # (a piece joined from two clauses lost the comma between them: its start)
                offset = sentence.text.find(raw)
                offset = offset if offset >= 0 else sentence.text.find(raw[:12])
                earlier = (
                    # ("Readers of Film gave the picture the Golden Duck for …, and voted
                    # Kałuża best actor": the table ceremony named earlier in the sentence)
                    _last_ceremony(sentence.text[:offset], ceremonies)
                    or _ceremony_in(sentence.text[:offset], known=ceremonies)
                    if offset > 0
                    else None
                )
                units = _by_ceremony(_units(text))
                for position, (subject, result, obj) in enumerate(units):
                    # "Escudero was nominated there for Best Supporting Actor": "there" is
                    # the ceremony in context, not part of the category.
                    obj = re.sub(r"^\s*there\s+(?=for\b)", " ", obj)
                    film_object = re.match(
                        r"\s*(?:the\s+(?:film|picture|movie)|it)\s+(?=the\s+[A-ZÀ-Þ])", obj
                    )
                    if film_object and result == "won":
                        # "Readers of Film gave the picture the Golden Duck for …"
                        obj = " " + obj[film_object.end() :]
                    if re.search(r"\bnot\b", subject[-12:]) or re.search(r"\bto\s*$", subject):
                        continue  # "was not nominated"; "the first film to win …" (a record)
                    if result == "won" and _NO_PRIZE.match(obj):
                        # "The film won no prize at Cannes": its rows there were nominations.
                        where = _ceremony_in(obj) or _ceremony_in(text) or earlier or context
                        found.append(ProseResult("~none", where, (), "nominated", source))
                        continue
                    if (
                        result == "nominated"
                        and _NO_OBJECT.match(obj)
                        and re.search(r"\bbut\s*$", subject)
                        and not names.find(subject)
                        and position
                        and names.find(units[position - 1][0])
                    ):
                        # "Beridze was shortlisted for best actor but lost": his, told above,
                        # never the film's (as "It was nominated for X but lost" is).
                        continue
                    if (
                        result == "won"
                        and _NO_OBJECT.match(obj)
                        and _CRAFT_NOUN.search(subject)
                        and not re.search(r"\bnot\b|\bnever\b", subject)
                    ):
                        # "while the screenplay and Trịnh's cinematography won": the rows of
                        # those crafts at the ceremony in context were wins.
                        where = _ceremony_in(text, known=ceremonies) or earlier or context
                        for noun in _CRAFT_NOUN.findall(subject):
                            found.append(ProseResult(f"~{noun}", where, (), result, source))
                        continue
                    if result == "nominated" and _NO_OBJECT.match(obj):
                        # "A and the screenplay were nominated but did not win": every row of
                        # the ceremony in context naming A (or of the craft named) lost.
                        where = _ceremony_in(text) or earlier or context
                        category_list = _CATEGORY_LIST_SUBJECT.search(subject)
                        if category_list:
                            # "…: Best Feature Film and Best Actress were nominations only":
                            # the categories named, at the ceremony in context.
                            # ("The Golden Kite Prize of 2012 went …: A and B were …": the
                            # table ceremony the clause names, wherever it stands)
                            named_here = _last_ceremony(text, ceremonies) or where
                            for category in re.split(
                                r",\s*(?:and\s+)?|\s+and\s+", category_list["cats"]
                            ):
                                found.append(
                                    ProseResult(category.strip(), named_here, (), result, source)
                                )
                            continue
                        for person in names.find(subject):
                            found.append(ProseResult("~*", where, (person,), result, source))
                        if (names.find(subject) and _FILM_ITSELF.search(subject)) or (
                            not names.find(subject)
                            and re.match(r"^(?:The film|It)\b", sentence.text)
                        ):
                            # "where Bamgbose and the film itself were only nominated": the
                            # film's own rows there lost as well; so did they where "The
                            # film … received a nomination but did not win".
                            found.append(ProseResult("~film", where, (), result, source))
                        for noun in _CRAFT_NOUN.findall(subject):
                            found.append(ProseResult(f"~{noun}", where, (), result, source))
                        continue
                    prize_of = re.search(
                        r"\bthe\s+(?P<name>[A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|d'|de|di|of))*)(?P<noun>\s+(?:award|prize))?\s+for\s+(?:Best|Most|Outstanding)\b",
                        obj,
                    )
                    table = None
                    if (
                        prize_of
                        and (
                            re.search(r"\b(?:Award|Prize)$", prize_of.group("name"))
                            # "the Golden Lotus for Best Feature Film" at the festival in
                            # context: its prize, when no table ceremony bears the name
                            or (ceremonies and not _CEREMONY_WORDS.search(prize_of.group("name")))
                        )
                        and (_ceremony_in(text) or earlier or context)
                        and not any(_same_ceremony(prize_of.group("name"), c) for c in ceremonies)
                    ):
                        # "At Venice, … took home the Orizzonti Award for Best Screenplay": a
                        # prize of the festival in context, not a ceremony of its own.
                        prize_of = None
                    elif prize_of and prize_of.group("noun"):
                        table = next(
                            (c for c in ceremonies if _same_ceremony(prize_of.group("name"), c)),
                            None,
                        )
                        # "took the Cinema Express award for …": the table's ceremony of that
                        # name, though the prose calls it "award" in lower case.
                        if table is None and not _CEREMONY_WORDS.search(prize_of.group("name")):
                            prize_of = None  # "the Première Brasil award for …": a section
                    elif prize_of and not re.search(
                        r"\b(?:Awards?|Prize|Prix|Premio|Prêmio|Nastro|David|Golden|Silver|Crystal|Festival|Medals?)\b",
                        prize_of.group("name"),
                    ):
                        prize_of = None  # "the Cinema Eye Honors award for …" names one
                    ceremony = (
                        _ceremony_in(obj, known=ceremonies)
                        or (table if table else prize_of.group("name") if prize_of else None)
                        or _ceremony_in(text, known=ceremonies)
                        # "… and the Magritte Award for X, at a ceremony where B was also
                        # nominated": the table ceremony this clause names by its prize.
                        or _last_ceremony(text, ceremonies)
                        or earlier
                        or context
                    )
                    obj_main = re.split(
                        r"\s+(?:at|from)\s+(?:the\s+)?(?:same\s+|\d{1,3}(?:st|nd|rd|th)\s+)?[A-ZÀ-Þ]",
                        obj,
                    )[0]
                    # "won two of its four nominations, A and B, losing C and D": what it
                    # lost is no win (the count settles those rows as nominations).
                    obj_main = re.split(
                        r",?\s+(?:losing|but lost|but not|though not|while losing|and lost|"
                        r"but did not win|but didn't win|but failed to win|without winning)\b",
                        obj_main,
                    )[0]
                    obj_main = re.sub(
                        r"^\s*(?:\w+\s+)?(?:four|five|six|seven|eight|nine|ten|two|three|\d+)\s*:\s*",
                        "",
                        obj_main,
                    )
                    # "claimed the top prize at X, the Tanit d'Or": the name after the comma.
                    named_prize = re.match(
                        r"^\s*the\s+(?:top|main|grand|highest|first)\s+(?:prize|award|honour|honor)\b[^,;]*,\s+the\s+(?P<name>[A-Z][^,;.]+)",
                        obj,
                    )
                    if named_prize:
                        obj_main = named_prize.group("name")
                    # "won two: A and B" (a count before the list), never a name's own colon
                    # ("the U.S. Grand Jury Prize: Documentary").
                    obj_main = (
                        re.sub(r"^[^:A-Z]{0,40}:\s*", "", obj_main) if ":" in obj_main else obj_main
                    )
                    body_subject = re.fullmatch(
                        r"\s*(?:[Tt]he\s+)?(?P<body>[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,5})\s*",
                        subject,
                    )
                    if (
                        body_subject
                        and not names.find(subject)
                        and len(body_subject["body"].split()) >= 2
                    ):
                        # "The Catholic Center named Ragab Best Actress": the body that gave
                        # the prize is the ceremony.
                        table_body = next(
                            (c for c in ceremonies if _same_ceremony(body_subject["body"], c)),
                            None,
                        )
                        if table_body:
                            ceremony = context = table_body
                    by_body = _BY_BODY_FOR.match(obj_main)
                    if by_body and (
                        table_body := next(
                            (c for c in ceremonies if _same_ceremony(by_body["body"], c)), None
                        )
                    ):
                        # "nominated by the French Syndicate of Cinema Critics for the best
                        # classic film release of 2018": the body is the ceremony.
                        ceremony, obj_main = table_body, by_body["cat"]
                    film_given = re.match(
                        r"\s*(?:the\s+(?:film|picture|movie)|it)\s+(?=(?:Best|Most|Outstanding)\b)",
                        obj_main,
                    )
                    if film_given and result == "won":
                        # "The Asian Film Festival named the film Best Comedy"
                        obj_main = obj_main[film_given.end() :]
                    subject_people = names.find(subject)
                    given = re.match(
                        r"\s*(?P<who>[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*)*?)\s+"
                        r"(?=the\s|its\s|their\s|(?:Best|Most|Outstanding)\s)",
                        obj,
                    )
                    if given and names.find(given.group("who")) and result == "won":
                        # "… gave Dizon the award for New Movie Actor of the Year": the
                        # person given it, then the prize.
                        subject_people = names.find(given.group("who"))
                        obj_main = (
                            obj_main[given.end() :]
                            if obj_main.startswith(obj[: given.end()])
                            else obj_main
                        )
                    film_subject = bool(_FILM_SUBJECT.search(subject)) or (
                        title and title in subject
                    )
                    for part in re.split(r",\s*(?:and\s+)?|\s+and\s+", obj_main):
                        # "… and three Mestre Mateo Awards, for Best Film, …": the list
                        # names a new ceremony; its categories follow.
                        counted = _COUNTED_CEREMONY.match(part.strip())
                        if counted:
                            ceremony = counted.group("name")
                            part = counted.group("rest") or ""
                        recipients = subject_people
                        named_first = _NAME_THEN_CATEGORY.match(part)
                        if named_first and names.find(named_first["who"]) and result == "won":
                            # "named Camacho Best Actor and Sienra Best Supporting Actress":
                            # each prize with the name before it.
                            recipients = names.find(named_first["who"])
                            part = part[named_first.end() :]
                        # ("only nominated for the Montgolfière d'or, the Grand Coral": the
                        # list's first item keeps the verb's "for")
                        part = re.sub(r"^\s*for\s+(?=(?:the|a|an)\s+[A-ZÀ-Þ])", "", part)
                        owned = _OWNED_PRIZE.match(part.strip())
                        if owned and names.find(owned["who"]):
                            # "Campbell's Best Actress award": hers, the category after.
                            recipients = names.find(owned["who"])
                            part = owned["cat"]
                        pair = _PERSON_FOR.match(part.strip())
                        if pair and (
                            names.find(pair.group("who")) or _looks_like_person(pair.group("who"))
                        ):
                            recipients = names.find(pair.group("who")) or (pair.group("who"),)
                            part = pair.group("cat")
                        else:
                            trailing = _FOR_PERSON.match(part.strip()) or _FOR_DESCRIBED.match(
                                part.strip()
                            )
                            if trailing and names.find(trailing.group("who")):
                                recipients, part = (
                                    names.find(trailing.group("who")),
                                    trailing.group("cat"),
                                )
                        if _FAMILY_COUNT.search(text) and re.search(
                            rf"\bnominations?\s+for\s+(?:the\s+|a\s+)?{re.escape(part.strip(' .,;:'))}",
                            text,
                        ):
                            # "Of its six nominations for the Silver Ribbon": six of one
                            # prize is a family of prizes (a ceremony), no category.
                            continue
                        crafted = _PRIZE_FOR_CRAFT.match(part)
                        crafted_at = (
                            next(
                                (
                                    c
                                    for c in ceremonies
                                    if _same_ceremony(crafted["prize"], c)
                                    or _norm(c) == _norm(crafted["prize"])
                                ),
                                None,
                            )
                            if crafted
                            else None
                        )
                        if crafted and crafted_at and names.find(crafted["who"]):
                            # "the Nika for Vainu's music": that person's row of the craft
                            # at the ceremony the prize names.
                            found.append(
                                ProseResult(
                                    f"~{crafted['craft']}",
                                    crafted_at,
                                    names.find(crafted["who"]),
                                    result,
                                    source,
                                )
                            )
                            continue
                        # "the Best Actor award in Cairo": the ceremony's town is no part
                        # of the category.
                        aliased = _alias_matches(part, ceremonies)
                        if aliased and not part[aliased[-1][0] :].strip().startswith("at"):
                            # ("the jury's prize in Berlin": the "in" goes with the town)
                            part = re.sub(r"\s+(?:in|at)\s*$", "", part[: aliased[-1][0]])
                        category = _category(part)
                        table_named = _table_category(part, known_categories)
                        if table_named and category is None:
                            # "the Oumarou Ganda Prize for a first work", "a second Best
                            # Music award": the table's category, in the prose's words.
                            category = table_named
                        if category is None:
                            # "named actor of the year": a table category in lower case,
                            # at the one ceremony whose row has it.
                            folded = re.sub(r"^(?:the|a|an)\s+", "", part.strip(" .:;,"))
                            # "the best classic film release of 2018", "the Venice Classics
                            # award in 2017": the year is the ceremony's, not the category's.
                            folded = re.sub(r"\s+(?:in|of|for)\s+(?:19|20)\d\d$", "", folded)
                            held = known_categories.get(folded.casefold(), set())
                            if not held and len(folded.split()) >= 2:
                                # "the Venice Classics award": the start of the one table
                                # category "Venice Classics Award for Best Restored Film".
                                opening = [
                                    name
                                    for name in known_categories
                                    if name.startswith(folded.casefold() + " ")
                                ]
                                if len(opening) == 1:
                                    folded, held = opening[0], known_categories[opening[0]]
                            if (
                                len(held) != 1
                                and recipients
                                # ("… for direction", "a runner-up in the actress category")
                                and re.match(
                                    r"^\s*(?:for\s+|in\s+the\s+|the\s+(?=[a-z]+\s+categor))[a-z]",
                                    part,
                                )
                            ):
                                # ("Holas and Vít won for cinematography", "Koubek was only
                                # nominated for direction": their rows there, too)
                                # "Rajki won for visual design": her one row at the
                                # ceremony in context.
                                found.append(
                                    ProseResult("~*", ceremony, recipients, result, source)
                                )
                                continue
                            if len(held) != 1:
                                continue
                            category, ceremony = folded, next(iter(held))
                        named_for = re.match(
                            r"^(?:the\s+)?(?P<c>.+?)\s+for\s+(?P<cat>(?:Best|Most|Outstanding)\b.+)$",
                            category,
                        )
                        if named_for and (
                            table := next(
                                (c for c in ceremonies if _norm(c) == _norm(named_for["c"])),
                                None,
                            )
                        ):
                            # "received the Étoile de Cristal for Best Actress": the table's
                            # ceremony, and the category after it.
                            ceremony, category = table, named_for["cat"]
                        elif not re.match(r"(?i)(?:best|most|outstanding)\b", category) and any(
                            _same_ceremony(category, c) for c in ceremonies
                        ):
                            # "was nominated for a Grammy Award": the ceremony, no category.
                            found.append(
                                ProseResult("~ceremony", category, recipients, result, source)
                            )
                            continue
                        if (
                            film_subject
                            and not pair
                            and recipients == subject_people
                            and not subject_people
                        ):
                            recipients = ()
                        # "named Best Supporting Actor at the Asian Film Awards, the Mainichi
                        # Film Awards and the Kinema Junpo Awards": one result at each.
                        listed = _listed_ceremonies(obj, ceremonies)
                        held_at = known_categories.get(category.casefold(), set())
                        if (
                            not listed
                            and len(held_at) == 1
                            and not any(_same_ceremony(ceremony, c) for c in held_at)
                            and _ceremony_in(part, known=ceremonies) is None
                            # (the ceremony in context holds no such row of its own:
                            # "At Pula, X won the Golden Arena for Best Actor" is Pula's)
                            and not any(
                                _same_category(category, name) or _same_category(name, category)
                                for name, held in categories
                                if _same_ceremony(ceremony, held)
                            )
                        ):
                            # "only nominated for the Montgolfière d'or, the Grand Coral, …":
                            # a category the table holds at one other ceremony is that
                            # ceremony's, not the one in context.
                            moved_from, ceremony = ceremony, next(iter(held_at))
                            if (
                                moved_from is not None
                                and recipients == subject_people
                                and re.search(r"\b(?:including|entries|among\s+them)\b", subject)
                            ):
                                # (the sentence's subject won or lost at the ceremony in
                                # context; only the item's own person goes along)
                                recipients = ()
                        for where in listed if ceremony in listed else [ceremony]:
                            found.append(ProseResult(category, where, recipients, result, source))
    return found


def _table_category(part: str, known: dict[str, set[str]]) -> str | None:
    """A table category the prose names with extra words: "the Oumarou Ganda Prize for a
    first work", "a second Best Music award", "the Étalon de Yennenga"."""
    text = part.strip(" .,;:")
    text = re.sub(r"^(?:the|a|an)\s+(?:(?:second|third|another|further)\s+)?", "", text)
    candidates = [text, re.sub(r"\s+(?:award|prize)$", "", text)]
    described = re.match(r"^(?P<cat>.+?)\s+for\s+(?:a|an|the|his|her|its|their)\s+[a-z]", text)
    if described:
        candidates.append(described["cat"])
    for candidate in candidates:
        if candidate.casefold() in known:
            return candidate
    # "competed for the Gryphon": the one table category that opens with those words
    opening = [k for k in known if k.startswith(f"{text.casefold()} ")]
    if len(opening) == 1 and len(text) >= 4 and text[:1].isupper():
        return opening[0]
    return None


def _listed_ceremonies(obj: str, ceremonies: Sequence[str]) -> list[str]:
    """The table ceremonies of a list after "at" ("at the A, the B and the C"), when every
    item of the list is one; else none."""
    at = re.search(r"\bat\s+(?P<list>.+)$", obj)
    if not at:
        return []
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+", at["list"].strip(" .;"))
    if len(parts) < 2:
        return []
    listed: list[str] = []
    for part in parts:
        name = re.sub(r"^(?:the\s+)?(?:(?:19|20)\d\d\s+)?", "", part.strip())
        table = next((c for c in ceremonies if _same_ceremony(name, c)), None)
        if table is None:
            return []
        listed.append(table)
    return listed


_TALLY = re.compile(
    # ("received six nominations at the 2009 Jussi Awards and won two of them")
    r"\b(?:received|earned|garnered|picked up|scored|collected|got)\s+(?P<n>\w+)\s+"
    r"nominations?(?:\s+(?:at|from)\s+[^,;.]*?)?,?\s+and\s+won\s+(?P<m>\w+)\b|"
    r"\bwon\s+(?P<m2>\w+)\s+[^.;]*?\bfrom\s+(?P<n2>\w+)\s+nominations\b|"
    r"\bwon\s+(?P<m3>\w+)\s+of\s+(?:its|the|their)\s+(?P<n6>\w+)\s+nominations\b|"
    # "Of its seven AFI nominations, the film won two, …"
    r"\bof\s+(?:its|the\s+film's|their)\s+(?P<n7>\w+)\s+(?:[A-Z][\w'’-]*\s+){0,3}nominations,\s+"
    r"(?:the\s+film|it|they)\s+won\s+(?P<m7>\w+)\b|"
    r"\b(?:received|earned|garnered|picked up|scored|collected|got)\s+(?P<n3>\w+)\s+"
    r"(?:[A-Z][\w'’-]*\s+){0,3}(?:Award\s+)?nominations\b|"
    # "was nominated for four Africa Movie Academy Awards, winning Best Film in an African
    # Language": the wins listed after "winning" are all of them (not "winning three,
    # including …").
    r"\bnominated\s+for\s+(?P<n4>\w+)\s+(?P<c4>[A-Z][^,;.]*?\bAwards?),?\s+(?:and\s+)?winning\s+"
    r"(?P<list>(?![^.;]*\b(?:including|among)\b)[^.;]+)|"
    # "was also nominated for … and for two Annie Awards": nominations with no win there.
    r"\bnominated\s+for\s+(?:[^.;]*?\s)?(?P<n5>two|three|four|five|six|seven|eight|nine|ten|"
    r"\d+)\s+(?P<c5>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+Awards)\b"
    r"(?!,?\s+(?:and\s+)?(?:winning|won\s+(?:one|two|three|four|five|both|all|none|\d)\b))|"
    # "… three nominations at the Platino Awards, winning Best Music, and three at the
    # APRECI Awards": the noun left out of the second count
    r"(?<=nominations)[^.;]*?,\s+and\s+(?P<n8>two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"at\s+(?:the\s+)?(?P<c8>(?:\d+\w*\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+Awards)\b",
    re.IGNORECASE,
)


def _count(word: str | None) -> int | None:
    if word is None:
        return None
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.casefold())


#: (ceremony, nominations, wins, the wins' categories when the prose lists them all).
Tally = tuple[str, int, int, tuple[str, ...]]


def result_tallies(model: TextModel, known: Sequence[str] = ()) -> list[Tally]:
    """(ceremony, nominations, wins) the prose counts: "At the 2015 Amanda Awards, the film
    received six nominations and won two: …"; "won three Mestre Mateo Awards … from four
    nominations"; wins ``-1`` when only the nominations are counted ("received six
    nominations, and X won …": the wins are the rows marked won)."""
    tallies: list[Tally] = []
    for paragraph in model.paragraphs:
        for sentence in paragraph.sentences:
            if sentence.words.isdisjoint(("nominations", "nominated")):
                continue
            for match in _TALLY.finditer(sentence.text):
                n = _count(
                    match.group("n")
                    or match.group("n2")
                    or match.group("n3")
                    or match.group("n4")
                    or match.group("n5")
                    or match.group("n6")
                    or match.group("n7")
                    or match.group("n8")
                )
                m = _count(
                    match.group("m") or match.group("m2") or match.group("m3") or match.group("m7")
                )
                named: tuple[str, ...] = ()
                if match.group("list"):
                    named = tuple(re.split(r",\s*(?:and\s+)?|\s+and\s+", match.group("list")))
                    m = len(named)
                if match.group("n5"):
                    m = 0  # nominated, and no win there stated in the same breath
                ceremony = (
                    match.group("c4")
                    or match.group("c5")
                    or match.group("c8")
                    or _ceremony_in(sentence.text, loose=True, known=known)
                )
                if n and ceremony and (match.group("n3") or match.group("n8")):
                    # "received six nominations, and X won Best Cinematography": the wins
                    # are the rows the prose marks won; the count settles the rest. "…, and
                    # lost both" says there were none.
                    lost_all = re.search(
                        r"\b(?:lost (?:both|all|them all|each)|won neither|won none|without a win)\b",
                        sentence.text[match.end() :],
                    )
                    tallies.append((ceremony, n, 0 if lost_all else -1, ()))
                elif n and m is not None and ceremony and m < n:
                    tallies.append((ceremony, n, m, named))
    return tallies


def settle_by_tally(awards: list[Award], tallies: list[Tally]) -> list[Award]:
    """When the prose counts a ceremony's nominations and wins, the table lists exactly that
    many rows there and that many are known wins, every other row there is a nomination."""
    out = list(awards)
    for ceremony, nominations, wins, named in tallies:
        rows = [i for i, a in enumerate(out) if _same_ceremony(a.ceremony, ceremony)]
        # "the 57th Academy Awards" is the Academy Awards, not also the British Academy's.
        exact = [i for i in rows if _norm(_without_place(out[i].ceremony)) == _norm(ceremony)]
        rows = exact or rows
        for i in rows:
            if out[i].result is None and any(_same_category(out[i].category, c) for c in named):
                out[i] = replace(out[i], result="won")
        won = [i for i in rows if out[i].result == "won"]
        # Every win accounted for ("won four: A, B, C and D", four rows marked won): the
        # table's other rows there lost, however many of the nominations it lists.
        listed = wins >= 0 and len(won) == wins and len(rows) <= nominations
        if listed or (len(rows) == nominations and (wins < 0 or len(won) == wins)):
            for i in rows:
                if out[i].result is None:
                    out[i] = replace(out[i], result="nominated")
        lost = [i for i in rows if out[i].result == "nominated"]
        if wins > 0 and len(rows) == nominations and len(lost) == nominations - wins:
            # "Of its six Jussi nominations, the film won two: …, while the nominations for
            # A, B, C and D did not result in wins": the two rows left are the wins.
            for i in rows:
                if out[i].result is None:
                    out[i] = replace(out[i], result="won")
    return out


def _mark_named(rows: list[Award], result: ProseResult) -> None:
    """Rows of the ceremony in context that name one of the result's people take its result
    (rows with their own result keep it)."""
    if result.ceremony is None:
        # No ceremony named: the person's one row without a result, if they have one.
        open_rows = [
            index
            for index, row in enumerate(rows)
            if row.recipient
            and row.result is None
            and any(r in row.recipient for r in result.recipients)
        ]
        if result.result == "nominated" and len(open_rows) == 1:
            row = rows[open_rows[0]]
            rows[open_rows[0]] = replace(row, result=result.result, result_source=result.source)
        return
    named = [
        index
        for index, row in enumerate(rows)
        if row.recipient
        and _same_ceremony(row.ceremony, result.ceremony)
        and any(r in row.recipient for r in result.recipients)
    ]
    if result.result == "won" and len(named) != 1:
        return  # "X won for visual design" names one of X's rows, not all of them
    for index in named:
        row = rows[index]
        if row.result is None:
            rows[index] = replace(row, result=result.result, result_source=result.source)


def _mark_unplaced(rows: list[Award], result: ProseResult) -> None:
    """Every row of a ceremony where the prose says the film won nothing ("won no prize at
    Cannes") was a nomination (rows with their own result keep it)."""
    if result.ceremony is None:
        return
    for index, row in enumerate(rows):
        if row.result is None and _same_ceremony(row.ceremony, result.ceremony):
            rows[index] = replace(row, result="nominated", result_source=result.source)


def _mark_by_craft(rows: list[Award], result: ProseResult) -> bool:
    """ "X and Y took both acting prizes" at a ceremony: the rows of that craft there whose
    recipient the prose names take its result (rows with their own result keep it)."""
    craft = category_craft(result.category[1:])
    if craft is None or result.ceremony is None:
        return False
    marked = False
    for index, row in enumerate(rows):
        if (
            row.result is None
            and row.recipient
            and category_craft(row.category) == craft
            and _same_ceremony(row.ceremony, result.ceremony)
            and (not result.recipients or any(r in row.recipient for r in result.recipients))
        ):
            rows[index] = replace(row, result=result.result, result_source=result.source)
            marked = True
    return marked


_IN_TOWN = re.compile(r"^(?P<cat>.+?)\s+in\s+[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?$")


def _prize_in_town(rows: list[Award], result: ProseResult) -> ProseResult:
    """ "a nominee for the Golden Maile in Hawaii and for the Golden Montgolfière in Nantes":
    the second prize is the one table row of that name (at the Nantes festival), not the
    first clause's ceremony's."""
    placed = _IN_TOWN.match(result.category)
    if not placed:
        return result
    same = [i for i, a in enumerate(rows) if _same_category(a.category, placed["cat"])]
    if len({rows[i].ceremony for i in same}) != 1:
        return result
    return replace(result, category=placed["cat"], ceremony=rows[same[0]].ceremony)


def _matches_loosely(rows: list[Award], result: ProseResult) -> list[int]:
    """Rows a prose result names in other words: "the Silver Bear for Best Actress" read as
    the prize "Best Actress" of a "Silver Bear" ceremony is the row "Silver Bear for Best
    Actress"; "the BAFTA Award for Best British Actress" is the one row of that category
    when no ceremony of the table goes by the prose's name."""
    assert result.ceremony is not None
    named = f"{result.ceremony} for {result.category}"
    whole = [i for i, a in enumerate(rows) if _same_category(a.category, named)]
    if whole:
        return whole
    if any(_same_ceremony(a.ceremony, result.ceremony) for a in rows):
        return []
    same = [
        i
        for i, a in enumerate(rows)
        if _same_category(a.category, result.category)
        and (
            not result.recipients
            or a.recipient is None
            or any(r in (a.recipient or "") for r in result.recipients)
        )
    ]
    return same if len({rows[i].ceremony for i in same}) == 1 else []


def _table_row_elsewhere(awards: list[Award], result: ProseResult) -> int | None:
    """The table's one row for the result's named people and category, when the prose's
    ceremony is a table ceremony without such a row; or, for a prize with a name of its
    own ("the Tanit d'Or, the Golden Star and the FIPRESCI Prize at Toronto"), the one
    table row of that name, wherever the list's last "at" put it."""
    if not result.ceremony:
        return None
    if not any(_same_ceremony(a.ceremony, result.ceremony) for a in awards):
        return None  # a ceremony the table lacks: the prose adds it
    if not result.recipients:
        if (
            re.match(r"^(?:Best|Most|Outstanding)\b", result.category)
            and len(result.category.split()) < 3
        ):
            # "Best Film" is many ceremonies' prize: its ceremony is the one named ("Best
            # Peruvian Film", one table row's, is that row's wherever the context put it)
            return None
        named = [
            i
            for i, a in enumerate(awards)
            if not a.from_prose and _norm(a.category) == _norm(result.category)
        ]
        return named[0] if len(named) == 1 else None
    rows = [
        i
        for i, a in enumerate(awards)
        if not a.from_prose
        and _same_category(a.category, result.category)
        and a.recipient
        and any(r in a.recipient for r in result.recipients)
    ]
    return rows[0] if len(rows) == 1 else None


def _table_case(text: str, known: dict[str, set[str]]) -> str:
    """``text`` with a table category written in lower case given the table's own case
    ("gave the picture the Golden Duck for the best Polish film", "voted Kałuża best
    actor"), so it reads as the category it names."""
    if "best " not in text:
        return text
    for folded in known:
        if not folded.startswith("best ") or (" " not in folded[5:] and len(folded) < 9):
            continue
        lowered = text.casefold()
        at = lowered.find(folded)
        while at >= 0:
            end = at + len(folded)
            if text[at] == "b" and (end == len(text) or not text[end].isalnum()):
                start = at - 4 if lowered[max(0, at - 4) : at] == "the " else at
                name = _title_case(folded)
                # ("the best film of 2008 in February 2009": the year it honours and when,
                # no part of the category)
                tail = _YEAR_TAIL.match(text, end)
                text = f"{text[:start]}{name}{text[tail.end() if tail else end :]}"
                lowered = text.casefold()
                at = lowered.find(folded, start + len(name))
            else:
                at = lowered.find(folded, end)
    return text


_YEAR_TAIL = re.compile(
    r"\s+(?:of|for)\s+(?:(?:19|20)\d\d\b|the\s+year\b)"
    r"(?:\s+in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b)?"
)


def _title_case(folded: str) -> str:
    """ "best polish film" → "Best Polish Film" (small words stay small)."""
    small = {"a", "an", "the", "of", "in", "for", "and", "or", "by", "to"}
    return " ".join(
        w if w in small and i else w[:1].upper() + w[1:] for i, w in enumerate(folded.split())
    )


def casefold_words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[\w'’]+", text.casefold()))


def by_town(results: list[ProseResult], ceremonies: Sequence[str], text: str) -> list[ProseResult]:
    """Results told "At Gdańsk" where the article calls a table ceremony "the Polish Feature
    Film Festival in Gdańsk": that ceremony, not a new one named after the town."""
    towns: dict[str, set[str]] = {}
    for ceremony in dict.fromkeys(ceremonies):
        base = _BRACKETED_PLACE.sub("", ceremony).strip()
        if len(base) < 4 or base not in text:
            continue
        for match in re.finditer(
            rf"{re.escape(base)}\s+(?:in|at)\s+(?P<town>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?)",
            text,
        ):
            towns.setdefault(match.group("town"), set()).add(ceremony)
    if not towns:
        return results
    out: list[ProseResult] = []
    for result in results:
        named = re.sub(r"^(?:the\s+)?", "", result.ceremony or "")
        held = towns.get(named, set())
        if len(held) == 1 and not any(_same_ceremony(c, named) for c in ceremonies):
            result = replace(result, ceremony=next(iter(held)))
        out.append(result)
    return out


def merge_results(
    awards: list[Award], results: list[ProseResult], film_year: int | None
) -> list[Award]:
    """Mark table rows with the prose's results; add rows the table lacks.

    A row already carrying a result (a table's result column) keeps it. A prose result whose
    ceremony is unknown marks only rows of one ceremony with that category.
    """
    merged = list(awards)
    # "Every other entry was a nomination only" settles what the rest of the prose leaves.
    results = sorted(results, key=lambda r: r.category == "~rest")
    for result in results:
        if result.category == "~rest":
            for index, row in enumerate(merged):
                if row.result is None:
                    merged[index] = replace(row, result=result.result, result_source=result.source)
            continue
        if result.category == "~*":
            _mark_named(merged, result)
            continue
        if result.category == "~none":
            _mark_unplaced(merged, result)
            continue
        if result.category == "~film":
            for index, row in enumerate(merged):
                if (
                    row.result is None
                    and (row.recipient is None or row.recipient_is_film)
                    and _same_ceremony(row.ceremony, result.ceremony)
                ):
                    merged[index] = replace(row, result=result.result, result_source=result.source)
            continue
        if result.category == "~ceremony":
            # The ceremony's one row takes the result; with several, which one is unknown.
            rows = [i for i, a in enumerate(merged) if _same_ceremony(a.ceremony, result.ceremony)]
            if len(rows) == 1 and merged[rows[0]].result is None:
                row = replace(merged[rows[0]], result=result.result, result_source=result.source)
                if row.recipient is None and result.recipients and not row.recipient_is_film:
                    # "Zaremba was shortlisted for the Zbigniew Cybulski Award": the one
                    # row there, whose recipient the table left out, is his.
                    row = replace(row, recipient=", ".join(result.recipients))
                merged[rows[0]] = row
            continue
        if result.category.startswith("~") and _mark_by_craft(merged, result):
            continue
        result = _prize_in_town(merged, result)
        matches = [
            i
            for i, a in enumerate(merged)
            if _same_category(a.category, result.category)
            and (result.ceremony is None or _same_ceremony(a.ceremony, result.ceremony))
            and (
                not result.recipients
                or a.recipient is None
                or a.recipient_is_film
                or any(r in (a.recipient or "") for r in result.recipients)
            )
        ]
        if not matches and result.ceremony:
            matches = _matches_loosely(merged, result)
        if (
            not matches
            and result.ceremony
            and len(result.recipients) > 1
            and result.category.startswith("~")
        ):
            # "Scarpelli and Morandi won the prizes for best male and female voice": the
            # prizes are shared out, one to each; each person's one row there.
            for person in result.recipients:
                _mark_named(merged, replace(result, category="~*", recipients=(person,)))
            continue
        if result.ceremony is None and len({merged[i].ceremony for i in matches}) > 1:
            continue
        if matches:
            for i in matches:
                row = merged[i]
                if row.recipient is None and result.recipients and not row.recipient_is_film:
                    # The table lost the name; the prose states it.
                    row = replace(row, recipient=", ".join(result.recipients))
                if row.result is None or (
                    row.result_source is not None
                    # "The Vancouver critics gave Tulugak its award for Best Supporting Actress
                    # in a Canadian Film, though the film itself was only nominated for Best
                    # Canadian Film": a person's row, settled, is not the film's category.
                    and not (
                        row.recipient
                        and not row.recipient_is_film
                        and not result.recipients
                        and row.result != result.result
                        and casefold_words(row.category) > casefold_words(result.category)
                    )
                ):
                    row = replace(row, result=result.result, result_source=result.source)
                elif row.result == result.result:
                    row = replace(row, result_source=result.source)
                merged[i] = row
            continue
        if (
            result.ceremony is None
            or result.category.startswith("~")
            or _LOOSE_WORD.search(result.category)
            # "shortlisted for the Academy Award": a shortlist settles a row the table has,
            # but is no nomination of its own
            or "shortlist" in result.source.quote
        ):
            continue  # "Director or Producer together with Ana" is a clause, not a category
        elsewhere = _table_row_elsewhere(merged, result)
        if elsewhere is not None:
            # "It won two Silver Ribbons, including Best Actress for Dessì" read in the
            # context of Venice, where the table has no such row: the table's one row for
            # that person and category is the one meant.
            row = merged[elsewhere]
            if row.result is None:
                merged[elsewhere] = replace(row, result=result.result, result_source=result.source)
            continue
        ceremony = re.sub(
            r"^(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s+|(?:19|20)\d\d\s+)", "", result.ceremony
        )
        year_match = re.match(r"^(?:the\s+)?((?:19|20)\d\d)\s", result.ceremony)
        year = int(year_match.group(1)) if year_match else None
        if year is None:
            # The same ceremony's year in the table, when the table has it.
            year = next(
                (a.year for a in awards if a.year and _same_ceremony(a.ceremony, ceremony)), None
            )
        recipients = result.recipients or (None,)
        for recipient in recipients:
            merged.append(
                Award(
                    ceremony=ceremony,
                    year=year,
                    category=result.category,
                    recipient=recipient,
                    source=result.source,
                    recipient_is_film=recipient is None,
                    result=result.result,
                    result_source=result.source,
                    from_prose=True,
                )
            )
    del film_year
    return merged
