"""Gender where the article makes it plain; unknown stays unknown.

The cues are English-language ones, never knowledge of a film. The vocabulary (gendered
titles, kinship and role words) is the roles table's :data:`~quiz.facts.roles.GENDER_WORDS`.

- A character's role name or note: a title or kinship word ("Father Doyle", "Mrs. Kwon",
  "Sister Agnes", "the Parrot Queen", "Tomás's mother", "herself").
- Role words next to a name in the prose: "actress X", "X, a widow who …", "her daughter X".
- Pronouns: after a sentence names one person, the first "she"/"he"/"her"/"his" before
  anyone else is named (in that sentence, or opening the next) is theirs. Names are matched
  in full or by a part that is unique among the names (a surname, a character's first name).
A name that gets both readings is dropped: an unclear cue never excludes anything.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from quiz.facts.model import Gender
from quiz.facts.roles import GENDER_WORDS, PROSE_ROLE_WORDS, gender_of_word
from quiz.facts.textmodel import TextModel

_AGE_PREFIX = re.compile(
    r"^(?:young|younger|old|older|elderly|adult|teenage|teen|little|child|the)\s+", re.IGNORECASE
)
_PRONOUN = re.compile(r"\b(?P<p>she|he|her|his|herself|himself)\b", re.IGNORECASE)
_FEMALE_PRONOUNS = {"she", "her", "herself"}


def word_gender(word: str) -> Gender | None:
    """The gender a single word states ("mother", "Mrs.", "himself"), else ``None``."""
    return gender_of_word(word.strip("."))


#: Family names whose ending is grammatically feminine in the language that forms them:
#: Czech and Slovak "-ová", Lithuanian "-aitė", "-ytė", "-utė", "-ūtė", "-ienė", Polish
#: "-owska", "-ińska", "-icka", "-dzka" and Czech "-ská", "-cká". The masculine forms are
#: left out: "-ski" and "-ov" are borne by women too where the name travelled (Tara
#: Lipinski), and Romance names end in "-ova" ("Casanova").
_FEMININE_SURNAME = re.compile(r"(?:ová|aitė|ytė|utė|ūtė|ienė|[wńnlrjk]ska|[iy]cka|dzka|ská|cká)$")


def surname_gender(name: str) -> Gender | None:
    """``female`` for a two-word-or-longer name whose family name has a feminine ending
    ("Jana Dvořáková", "Aistė Žukauskaitė"), else ``None``."""
    words = name.split()
    if len(words) < 2 or not words[-1][:1].isupper():
        return None
    return "female" if _FEMININE_SURNAME.search(words[-1]) else None


def base_character(role: str) -> str:
    """``young Meera`` → ``Meera``: the character a variant role belongs to."""
    previous = None
    while previous != role:
        previous = role
        role = _AGE_PREFIX.sub("", role.strip())
    return role


def character_gender(role: str | None, note: str | None) -> Gender | None:
    """A character's gender from its name or note ("Mrs. Kwon", "the Parrot Queen",
    "Tomás's mother", "herself"), ``None`` when neither says."""
    votes: set[Gender] = set()
    if role:
        words = base_character(role).split()
        # Titles come first ("Father Anselme"); a described role ends with its noun ("the
        # Parrot Queen", "the landlady"); a bare pronoun role is the performer themself;
        # a nickname in quotes may open with its own title (Jadwiga "Pani Jadzia" Sowa).
        nickname = re.search(r"[\"“](\w+)\s", role)
        titles = [nickname.group(1)] if nickname else []
        for word in (words[:1] + words[-1:] + titles) if words else []:
            found = word_gender(word)
            if found and word.casefold() not in {"his", "her", "he", "she", "him"}:
                votes.add(found)
    if note:
        first = re.split(r"[,;(]", note, maxsplit=1)[0].strip()
        # "a boy's part voiced by an adult actress": who plays it says nothing of the part.
        first = re.split(r"\s+(?:voiced|played|portrayed|performed|dubbed)\b", first)[0]
        # "Tomás's mother": the head noun after the possessive says it.
        head = re.sub(r"^\S+(?:'s|’s|s'|’)\s+", "", first)
        # "widow of Frank's brother": the head noun comes before "of", not at the end.
        head = re.split(r"\s+(?:of|to|for|with|from|at|in|on)\s+", head, maxsplit=1)[0]
        # "a delivery boy and aspiring composer": each noun phrase of the note has its head.
        for part in re.split(r"\s+and\s+", head):
            head_words = part.split()
            if head_words:
                found = word_gender(head_words[-1]) or (
                    word_gender(head_words[0]) if len(head_words) <= 2 else None
                )
                if found:
                    votes.add(found)
    return votes.pop() if len(votes) == 1 else None


class _Index:
    r"""Names found in text by full name or by a part unique among the names.

    Found without a regular expression: one alternation of every name, compiled per
    article, cost more than all the searches it served (the names differ from article to
    article, so no compiled pattern is ever reused). :meth:`mentions` finds exactly what
    ``(?<![\w-])(?:name|part|…)(?![\w-])`` (longest first) would.
    """

    def __init__(self, names: Iterable[str], others: Iterable[str] = ()) -> None:
        self.names = sorted({n for n in names if n and len(n) > 1}, key=len, reverse=True)
        # A part another kind of name shares ("Diop" of the actor Pape Malick Diop and of
        # the character Yacine Diop) names neither alone.
        taken = {part for other in others for part in other.split()}
        parts: dict[str, set[str]] = {}
        for name in self.names:
            if re.match(r"(?:a|an|the)\s", name):
                # "a whaler of the Senhora da Guia": a described part, whose capitalised
                # words name something else (a boat) and never the character alone.
                continue
            for part in name.split():
                if (
                    len(part) > 2
                    and part[0].isupper()
                    and not word_gender(part)
                    and part not in taken
                ):
                    parts.setdefault(part, set()).add(name)
        self.parts = {p: next(iter(n)) for p, n in parts.items() if len(n) == 1}
        #: Every word of every name, lower-cased: a sentence sharing none names nobody.
        bare = {w for name in self.names for w in re.findall(r"[\w'’-]+", name.lower())}
        self.words = frozenset(bare | {f"{w}'s" for w in bare} | {f"{w}’s" for w in bare})
        #: Names and unique parts by their first two characters (every one has at least
        #: two), longest first: at a position the longest that fits wins.
        self.by_prefix: dict[str, list[str]] = {}
        for token in sorted({*self.names, *self.parts}, key=len, reverse=True):
            self.by_prefix.setdefault(token[:2], []).append(token)
        self.full = frozenset(self.names)
        #: Where to look: only where a word starts when every name starts with a letter
        #: (as nearly all do), else at every edge.
        self.starts = (
            _WORD_START
            if all(_is_word_char(t[0]) and t[0] != "-" for t in self.by_prefix)
            else _EDGE_START
        )

    def mentions(self, text: str) -> list[tuple[int, int, str]]:
        found: list[tuple[int, int, str]] = []
        if not self.by_prefix:
            return found
        size = len(text)
        end = 0
        for edge in self.starts.finditer(text):
            tokens = self.by_prefix.get(edge.group(1))
            start = edge.start()
            if tokens is None or start < end:
                continue
            for token in tokens:
                if not text.startswith(token, start):
                    continue
                stop = start + len(token)
                if stop < size and _is_word_char(text[stop]):
                    continue  # "Ana" in "Anabel": no name here
                end = stop
                name = token if token in self.full else self.parts.get(token)
                if name and not (" " not in token and _LONGER_NAME.match(text, stop)):
                    found.append((start, stop, name))
                break
        return found


#: Where a name may start (not right after a word character or a hyphen), with the two
#: characters there: every offset, or (for names that start with a letter, digit or "_")
#: only where a word starts. The second character may be taken: no name starts there.
_EDGE_START = re.compile(r"(?<![\w-])(?=([\s\S]{2}))")
_WORD_START = re.compile(r"(?<![\w-])(\w[\s\S])")


def _is_word_char(char: str) -> bool:
    r"""``\w`` or a hyphen, as ``(?![\w-])`` tests it."""
    return char.isalnum() or char in "_-"


_WORD_ALT = "|".join(
    re.escape(w) for w in sorted(GENDER_WORDS, key=len, reverse=True) if len(w) > 3
)
#: The words :data:`_ROLE_WORD_BEFORE` can end on, for a cheap look before it runs.
_LONG_GENDER_WORDS = tuple(w.lower() for w in GENDER_WORDS if len(w) > 3)
#: ("Fuljan Bibi and Jobbar": a role word before "and" is the name before's, not the next)
_ROLE_WORD_BEFORE = re.compile(
    # ("the daughter of Ďuro": the role word is the other person's, Ďuro is the parent)
    # ("Aubry's widow hands Lucien …": a verb between them; only a name or a title word,
    # "widow Madame Aubry", "daughter little Mia", or a naming, "a girl named Rima", "the
    # woman was Ásta", stands between a role word and its name)
    rf"\b({_WORD_ALT})\s+(?:(?-i:[A-ZÀ-Þ][\w'’.-]*)\s+|(?:young|little|old|late|elder|"
    rf"younger|eldest|youngest|future|new|named|called|nicknamed|was|is)\s+)?$",
    re.IGNORECASE,
)
#: "X, a widow who …": an appositive role word right after a name.
_PREDICATE_PRONOUN = re.compile(
    r"\b(she|he)\s+(?:is|was)\s+(?:actually\s+|really\s+|in\s+fact\s+|none\s+other\s+than\s+)?$",
    re.IGNORECASE,
)
_APPOSITIVE = re.compile(
    # ("Yana, a young rose-picker whose father …": the father is someone else)
    rf"^,\s+(?:a|an|the)\s+(?:(?!(?:whose|who|whom|with|of|for)\b)[\w-]+\s+){{0,3}}?"
    rf"({_WORD_ALT})\b",
    re.IGNORECASE,
)
#: "Carmela Russo, the girl Nino was engaged to": the role word is the earlier name's
#: appositive, and the name after it starts a clause about her.
_APPOSED_BEFORE = re.compile(rf"[A-Z][\w'’-]*,\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:{_WORD_ALT})\s+$")
_TOKEN = re.compile(r"[\w'’-]+")
_EMPHATIC = re.compile(r"\s+(himself|herself)\b")
_DESCRIBED_WHO = re.compile(
    r"^,\s+(?:a|an|the)\s+[^,;()]{1,60}?\b(?P<who>who)\s+[^,;()]{0,40}?\b(?P<p>his|he|she|himself|herself)\b"
)
#: A capitalised word inside a relative clause: another person may own its pronoun.
_ANOTHER_NAME = re.compile(r"\b[A-Z]\w")
#: Words before a name that make it an object ("runs away with X"), not the subject.
#: A fronted time phrase ("On the eighth day Tư Lành dies in his sleep"): the name after
#: it is the clause's subject, however many words came first.
_FRONTED_TIME = re.compile(
    r"^\W*(?:(?:On|In|At|During|After|Before|By|Within|Over|Throughout|Early|Late|Later|"
    r"Two|Three|Several|A|One|That|The\s+next|The\s+following)\b[\w\s'’-]*?)?"
    r"\b(?:day|night|morning|evening|afternoon|week|month|year|season|winter|summer|spring|"
    r"autumn|days|weeks|months|years|\d{4}|later|dawn|dusk)\b,?\s+$"
)
#: A subordinate clause's opening word: the sentence's subject stands before it.
_SUBORDINATE_LEAD = re.compile(
    r"^\W*(?:although|though|because|since|until|unless|once)\b",
    re.IGNORECASE,
)
_OBJECT_LEAD_IN = re.compile(r"\b(?:with|to|by|for|from|of|and|than|as|plays|named|called)\s+$")
_WHO_AFTER = re.compile(r"^,\s+(?:(?:a|an|the)\s+[^,]{1,60},\s+)?who\b")
#: ("intends Youssef for her niece": "for her" is the subject's purpose, not Youssef's)
_NEAR_POSSESSIVE = re.compile(r"^\s+(?:in|on|with)\s+(?P<p>her|his)\b")
_POSSESSIVE_END = re.compile(r"\b(?:his|her)\s*$")
_CLAUSE_PRONOUN = re.compile(r"^(?:and\s+|but\s+)?(?P<p>she|he)\b", re.IGNORECASE)
_CUES = frozenset({"she", "he", "her", "his", "herself", "himself", *GENDER_WORDS})
_ROLE_ALT = "|".join(re.escape(w) for w in PROSE_ROLE_WORDS)
#: "producer Ana Ruiz": another person, whose name may not be indexed, stands between a
#: name and a later pronoun, so the pronoun may be theirs.
_OTHER_PERSON = re.compile(rf"\b(?i:{_ROLE_ALT})\s+[A-Z]")
#: The last word of every role noun: text holding none of them names nobody by role.
_ROLE_TAILS = tuple({w.rsplit(" ", 1)[-1] for w in PROSE_ROLE_WORDS})


def _names_someone_by_role(text: str) -> bool:
    """Cheap look before the role-noun patterns: does any role noun occur at all?"""
    folded = text.casefold()
    return any(tail in folded for tail in _ROLE_TAILS)


#: "worked with the director on her short film": a possessive right after another person
#: named by role is theirs.
_OTHER_POSSESSOR = re.compile(rf"\bthe\s+(?:{_ROLE_ALT})\b", re.IGNORECASE)
_OBJECT_HER_NEXT = re.compile(
    r"\s*(?:[,.;:)]|$|(?:in|on|at|as|for|to|with|after|because|and|but|from|into|again|"
    r"through|over|during|up|down|out|off|about|back|home|away|across|around|towards?|before|"
    r"onto|upon|aground|ashore|alongside|along|past|behind|beside|under|below|above|by|near|"
    r"until|when|while|that|a|an|the|what|how|where|why|who|whom|which|whether|if|this|these|"
    r"those|some|his|its|it|them|him|nothing|something|everything|anything|so|too|not|never)\b)"
)


_ADVERB_NEXT = re.compile(r"\s+[a-z]+ly\b")
#: What one makes of one's own: "making her screen debut", "made her name", "her way".
_MAKING_ONES_OWN = re.compile(
    r"\s+(?:(?:own|first|screen|film|feature|stage|acting|professional|television|big-screen|"
    r"cinema|singing|directing|directorial)\s+){0,2}"
    r"(?:debut|name|way|mark|living|fortune|career|breakthrough)\b"
)
_CAUSATIVE_BEFORE = re.compile(
    r"\b(?:help|helps|helped|helping|let|lets|letting|make|makes|made|making|watch|watches|"
    r"watched|see|sees|saw|seeing|hear|hears|heard|have|has|had|bid|bids)\s+$",
    re.IGNORECASE,
)


#: Verbs of giving: "gives her sixty days", "offered her the part". Losing a possessive
#: ("gives her blessing") leaves a gender unknown; misreading an object would make it wrong.
_GIVING_BEFORE = re.compile(
    r"\b(?:give|gives|gave|giving|offer|offers|offered|promise|promises|promised|owe|owes|owed|"
    r"grant|grants|granted|allow|allows|allowed|deny|denies|denied|hand|hands|handed|lend|"
    r"lends|lent)\s+$",
    re.IGNORECASE,
)


def _possessive(pronoun: str, text: str, end: int) -> bool:
    """``his``, or ``her`` before a noun ("her short film"), not "saw her in …"."""
    word = pronoun.casefold()
    if word != "her":
        return word == "his"
    if _OBJECT_HER_NEXT.match(text, end) or _ADVERB_NEXT.match(text, end):
        return False  # "tells her simply to enjoy it"
    # "helps her build a free skate", "let her go": after a causative or perception verb,
    # "her" is whom the verb acts on, and the word after it a verb; "gives her sixty days":
    # after a verb of giving, "her" is the one given to.
    start = max(0, end - len(pronoun))
    if _MAKING_ONES_OWN.match(text, end) and re.search(r"(?i)\bma(?:k|d)\w*\s+$", text[:start]):
        return True  # "making her screen debut", "made her name": her own
    return not (_CAUSATIVE_BEFORE.search(text, 0, start) or _GIVING_BEFORE.search(text, 0, start))


#: A name followed by another capitalised word is part of a longer proper noun ("Ondo
#: Runs", a short film's title), not a mention of the person.
_LONGER_NAME = re.compile(r"\s[A-Z][a-z]")


def _vote_carried(
    vote: Callable[[str, Gender | None], None],
    carried: str | None,
    carried_pronouns: set[Gender],
    text: str,
) -> None:
    """A sentence opening with "she"/"he" speaks of the one person the sentence before was
    about; not when that sentence spoke of them as the other sex, nor when it spoke of a
    man and a woman ("although Su-ho … struggles with his identity, she couldn't accept
    …. She questioned …" is the director)."""
    opening = _PRONOUN.match(text.lstrip())
    if not opening or not carried:
        return
    said: Gender = "female" if opening.group("p").casefold() in _FEMALE_PRONOUNS else "male"
    if len(carried_pronouns) > 1:
        return  # "… Su-ho … his identity, she couldn't accept …": two people, which one?
    if not carried_pronouns or said in carried_pronouns:
        vote(carried, said)


#: "who later said (that) " right before a pronoun: the speaker speaks of themself.
_WHO_SAID = re.compile(
    r"\bwho\s+(?:\w+\s+)?(?:said|says|claimed|recalled|explained|admitted|stated|felt|"
    r"thought|believed|knew|noted|added|insisted|told\s+\w+)\s+(?:that\s+)?$"
)
#: A clause opening with a capitalised subject and its verb ("and Szőnyi approved …").
_CLAUSE_SUBJECT = re.compile(
    r"^(?:and|but|while|whereas|so)?\s*([A-ZÀ-Þ][\w'’-]+)\s+[a-z]+(?:ed|s)\b"
)
#: "a village woman", "the boy": someone else, named by a gendered noun.
_GENDERED_OTHER = re.compile(
    r"(?i)\b(?:a|an|the|another|one)\s+(?:[\w-]+\s+){0,2}?(?:woman|man|girl|boy|lady|"
    r"widow|mother|father|son|daughter|wife|husband|brother|sister)\b"
    # (the noun closes its phrase: "a son jarocho ensemble" names no son)
    r"(?=\s*(?:,|and\b|who\b|whose\b|with\b|$))"
)
#: A belief's words right before a pronoun ("sure he will lose"): whom it is about.
_BELIEF_BEFORE = re.compile(
    r"\b(?:sure|convinced|certain|confident|afraid|hoping|fearing|knowing|believing|thinking|"
    r"suspecting|worried|assuming|unaware|aware)\s+(?:that\s+)?$"
)
#: "a jelimuso who …": someone else, introduced with a relative clause.
_RELATIVE_OTHER = re.compile(r"\b(?:a|an|any|every|no)\s+(?:[\w-]+\s+){0,2}?(?:who|whose)\b")
#: "his secretary " right before a name: someone else's, whose pronoun may follow.
_OWNED = re.compile(r"\b(?P<p>[Hh]is|[Hh]er)\s+(?:[\w-]+\s+){1,2}$")
#: "on his side", "to her aid": a possessive that points at the one taken sides with.
_SIDING = re.compile(
    # ("while Florencio survives to play at her wake": another's wake)
    r"\s+(?:side|favou?r|aid|rescue|defen[cs]e|behalf|wake|funeral|grave|bedside|deathbed)\b"
)
_PARTICIPLE_LEAD = re.compile(r"^\s*(?:After\s+|On\s+|While\s+|Before\s+)?[A-Z]?[a-z]+ing\s+$")
#: "He hires Amalia to replace his …", "Petko asks Yana to stay, but she …": a subject and
#: its verb right before a name make the name the verb's object. A pronoun after it may
#: be either's: it is the object's only when the subject is known to be the other sex.
#: ("cast X in what was his first role": after "cast" the pronoun goes on with the cast.)
_SUBJECT_VERB_LEAD = re.compile(
    r"^\s*(?:(?:and|but|then|so)\s+)?"
    # ("Critics praised Nelly Prado for her dancing": a plural subject owns no "her")
    r"(?!They\b|Both\b|Police\b|People\b|Fans\b|[A-Z][a-z]+(?:ers|ors|ics|ists|ians|ences)\s)"
    # ("Aubry's widow hands Lucien a ledger her husband had kept": a possessor's relative)
    r"(?P<subject>[Hh]e|[Ss]he|[A-ZÀ-Þ][\w-]*['’]s\s+(?P<noun>[a-z]+)|[A-ZÀ-Þ][\w'’-]+)\s+"
    r"(?:[a-z]+ly\s+)?(?!cast\b|casts\b|recast\b)(?P<verb>[a-z]+(?:s|ed))\s+$"
)


def _appositive_end(between: str) -> int:
    """Where the apposition right after a name ends (", a long-time patron of the family,"),
    0 when there is none; one that runs on to the pronoun ("Dilovan, an orphan … who
    recognises Hayat as a friend of his mother") ends at the text's end."""
    if not re.match(r",\s+(?:a|an|the)\s", between):
        return 0
    close = between.find(",", 1)
    return close if close > 0 else len(between)


def people_genders(
    model: TextModel, names: Iterable[str], others: Iterable[str] = ()
) -> dict[str, Gender]:
    """Gender of ``names`` (people or characters) from role words and pronouns near them;
    ``others`` are names of the other kind, whose words never stand for one of ``names``."""
    index = _Index(names, others)
    votes: dict[str, set[Gender]] = {}
    #: (object name, the pronoun's gender, the subject's name) decided after all votes.
    pending: list[tuple[str, Gender, str]] = []
    if not index.names:
        return {}

    def vote(name: str, gender: Gender | None) -> None:
        if gender:
            votes.setdefault(name, set()).add(gender)

    for paragraph in model.paragraphs:
        carried: str | None = None
        carried_pronouns: set[Gender] = set()
        sentences = paragraph.sentences
        for position, sentence in enumerate(sentences):
            following = sentences[position + 1].text if position + 1 < len(sentences) else ""
            if sentence.words.isdisjoint(_CUES) and not _PRONOUN.match(following):
                # No pronoun or gender word here, and the next sentence does not open with
                # one: nothing this sentence says can decide a gender (cheap skip).
                carried = None
                continue
            text = sentence.text
            if index.words.isdisjoint(sentence.words):
                _vote_carried(vote, carried, carried_pronouns, text)
                carried = None
                continue
            if model.title and len(model.title) > 3:
                # "Otto and the Ice Road premiered …" names the film, not its character Otto.
                text = text.replace(model.title, "\u2026" * len(model.title))
            mentions = index.mentions(text)
            if not mentions:
                _vote_carried(vote, carried, carried_pronouns, text)
                carried = None
                continue
            for start, end, name in mentions:
                before, after = text[:start], text[end:]
                # "actress X", "her daughter X"
                window = before[-40:]
                # The pattern needs a role word ending one of the last two words (cheap look).
                role_word = (
                    window[-1:].isspace()
                    and any(t.lower().endswith(_LONG_GENDER_WORDS) for t in window.split()[-2:])
                    and not _APPOSED_BEFORE.search(before[-60:])
                    and _ROLE_WORD_BEFORE.search(window)
                )
                if role_word and role_word.group(1).casefold() not in {"himself", "herself"}:
                    # ("he himself killed Renata": a pronoun, no role word)
                    vote(name, word_gender(role_word.group(1)))
                # "the pen-friend reveals that she is Ilse Kessler": the pronoun names her
                predicate = _PREDICATE_PRONOUN.search(before[-40:])
                if predicate:
                    vote(name, "female" if predicate.group(1).casefold() == "she" else "male")
                # "and Vesterinen himself … goes in as the thousandth": the name's own
                emphatic = _EMPHATIC.match(after)
                if emphatic:
                    vote(name, "female" if emphatic.group(1) == "herself" else "male")
                # "X, a widow who …", "X, a boy who …"
                appositive = _APPOSITIVE.match(after)
                if appositive:
                    vote(name, word_gender(appositive.group(1)))
                # "Otto, a young Arctic fox who leaves his den": the relative clause's pronoun
                described = _DESCRIBED_WHO.match(after)
                if described and not _ANOTHER_NAME.search(
                    after, described.end("who"), described.start("p")
                ):
                    # "Kanta, a crow who was added by Tominaga because she …": the pronoun
                    # after another name is that name's.
                    pronoun_word = described.group("p").casefold()
                    vote(name, "female" if pronoun_word in _FEMALE_PRONOUNS else "male")
            # The first pronoun after a subject mention, before the next mention, is that
            # person's ("Garnier was approached early; she had played …"). A name in object
            # position ("runs away with Kabir, … she has known") is not the pronoun's.
            for i, (start, end, name) in enumerate(mentions):
                clause = sentence.clause_at(start)
                lead_in = text[clause.start : start]
                limit = mentions[i + 1][0] if i + 1 < len(mentions) else len(text)
                in_object = bool(
                    (len(_TOKEN.findall(lead_in)) > 3 and not _FRONTED_TIME.match(lead_in))
                    or _OBJECT_LEAD_IN.search(lead_in)
                    # "Hearing Amalia sing one of his own compositions, Julián asks …": the
                    # participle's object; the clause's subject comes after the comma.
                    or _PARTICIPLE_LEAD.match(lead_in)
                )
                subject = not in_object or bool(_WHO_AFTER.match(text[end:]))
                # The subject before a name that is its verb's object: its gender, or its
                # name (decided once every vote is in), or unknown.
                verb_lead = None if in_object else _SUBJECT_VERB_LEAD.match(lead_in)
                verb_subject: str | None = None
                if verb_lead and verb_lead.group("noun"):
                    # the possessor's relative, by the noun's sex ("widow"), else unknown
                    verb_subject = word_gender(verb_lead.group("noun")) or ""
                elif verb_lead:
                    word = verb_lead.group("subject")
                    earlier = [n for s0, _e, n in mentions[:i] if s0 >= clause.start]
                    verb_subject = (
                        "female"
                        if word.casefold() == "she"
                        else "male"
                        if word.casefold() == "he"
                        else (earlier[-1] if earlier else "")
                    )
                if verb_subject is None and _SUBORDINATE_LEAD.match(lead_in):
                    # "Kirsty takes over the loom, although the Reverend Kenneth MacIver and
                    # many of her neighbours …": the main clause's subject, named before,
                    # may own the pronoun; it counts only if that subject is of the other sex.
                    main = [n for s0, _e, n in mentions[:i] if s0 < clause.start]
                    verb_subject = main[0] if main else None
                if text[end : end + 2] in {"'s", "’s"}:
                    # "Otto's world …, her …": a possessor is not the sentence's subject,
                    # the pronoun belongs to someone else ("Kabir's mother … she").
                    subject = False
                if not subject:
                    # Not the subject: only a possessive right after the name is theirs
                    # ("directed by Maren Holt in her feature debut").
                    near = _NEAR_POSSESSIVE.match(text[end:limit])
                    if near:
                        vote(name, "female" if near.group("p").casefold() == "her" else "male")
                    continue
                pronoun = _PRONOUN.search(text, end, limit)
                between = text[end : pronoun.start()] if pronoun else ""
                owner = _OWNED.search(lead_in)
                if (
                    pronoun
                    and in_object
                    and pronoun.group("p").casefold() in {"she", "he"}
                    # (still inside the relative clause: no comma closes it before the
                    # pronoun; "X, who plays Y, was … when he was cast" is X's)
                    and not re.search(r"[,;]", between.lstrip(" ,"))
                    # ("Jacques Vernier, who later said he accepted the part": his own words)
                    and not _WHO_SAID.search(between)
                ):
                    # "trains under Vámos, who times every length she swims": inside the
                    # relative clause, a subject pronoun further on is the sentence's
                    # subject, not Vámos ("who said she would" is rarer than it looks).
                    pronoun = None
                whose = re.search(r"\bwhose\s+([\w'’-]+)(?:\s+([\w'’-]+))?", between)
                if pronoun and (
                    re.search(r"\bwhose\s+(?:[\w'’-]+\s+){1,3}$", between)
                    # (a relative named right after "whose" owns the pronouns that follow)
                    or (whose and any(word_gender(w) for w in whose.groups() if w))
                ):
                    # "Esi Amoah, a singer whose voice he hears": the one whose voice it is
                    # is not the one who hears it ("Yana, a rose-picker whose father refuses
                    # to hand his still over": nor is the father's pronoun hers).
                    pronoun = None
                if (
                    pronoun
                    and (
                        # "mayor Josune Elorza, his former girlfriend": the apposition's
                        # possessive is the one she is related to; "Josune, sure he will
                        # lose": the one her belief is about.
                        re.fullmatch(r",\s+", between) is not None
                        or _BELIEF_BEFORE.search(text, 0, pronoun.start()) is not None
                        or _GENDERED_OTHER.search(between)
                        # "Modibo, …, opposes the deal, believing that a jelimuso who sells her
                        # songs …": the pronoun is the relative clause's own (not an apposition
                        # right after the name, which describes the name).
                        or (
                            (relative := _RELATIVE_OTHER.search(between, _appositive_end(between)))
                            is not None
                            # ("on a food seller who had fed him throughout his years": "him"
                            # is the subject's, and so is the "his" after it)
                            and not re.search(r"\b(?:him|her|them)\b", between[relative.end() :])
                        )
                    )
                ):
                    # "Mash-Ghasem remembers that a village woman and her son got off": the
                    # pronoun goes with the person the words between introduce.
                    pronoun = None
                if (
                    pronoun
                    and owner
                    and (owner.group("p").casefold() == "her")
                    == (pronoun.group("p").casefold() in _FEMALE_PRONOUNS)
                ):
                    # "and his secretary Krystyna Bober files the folder … awaiting his
                    # return": the owner named before her is the one the pronoun goes on with.
                    pronoun = None
                if (
                    pronoun
                    and _SIDING.match(text, pronoun.end())
                    and re.search(r"\b(?:on|at|by|to|in|for|from)\s+$", text[: pronoun.start()])
                ):
                    # "which Krystyna, by now quietly on his side, staples …": whose side
                    # she is on, someone else's.
                    pronoun = None
                if (
                    pronoun
                    and pronoun.group("p").casefold() == "her"
                    and _WHO_AFTER.match(text[end:])
                ):
                    # "Pandian, who trained her": in a relative clause "her" is mostly
                    # someone else, the one the clause acts on.
                    pronoun = None
                if pronoun and re.search(r"\b(?:to|with|at|for|from|tells|asks)\s+him\b", between):
                    # "Olga walks out and reads to him from the novel he failed to finish":
                    # the man she reads to is the one "he" goes on with.
                    pronoun = None
                if (
                    pronoun
                    and pronoun.group("p").casefold() == "her"
                    and not _possessive("her", text, pronoun.end())
                ):
                    # "Mourad cast her after hearing her on the radio": an object pronoun is
                    # never the subject's own (that would be "herself").
                    pronoun = None
                if (
                    pronoun
                    and not _POSSESSIVE_END.search(between)
                    and not (_names_someone_by_role(between) and _OTHER_PERSON.search(between))
                    and not (
                        _possessive(pronoun.group("p"), text, pronoun.end())
                        and _OTHER_POSSESSOR.search(between)
                    )
                ):
                    # "X and her daughter": a possessive right after the name may be another's.
                    said: Gender = (
                        "female" if pronoun.group("p").casefold() in _FEMALE_PRONOUNS else "male"
                    )
                    if verb_subject is None:
                        vote(name, said)
                    elif verb_subject in {"female", "male"}:
                        if verb_subject != said:
                            vote(name, said)
                    elif verb_subject:
                        pending.append((name, said, verb_subject))
            # A clause that opens with "she"/"he" after a clause naming one person: theirs
            # ("… offered the script to director X; she rewrote the ending").
            for position, clause in enumerate(sentence.clauses[1:], start=1):
                opening = _CLAUSE_PRONOUN.match(clause.text)
                if not opening:
                    continue
                previous = sentence.clauses[position - 1]
                if re.search(r"\bhim\b", previous.text) or any(
                    not _possessive("her", previous.text, m.end())
                    for m in re.finditer(r"\bher\b", previous.text)
                ):
                    # "Mourad cast her …, and she was paid": the pronoun is the one the
                    # clause before acted on, not its subject.
                    continue
                opposite = (
                    r"\b(?:he|his|him|himself)\b"
                    if opening.group("p").casefold() == "she"
                    else r"\b(?:she|her|hers|herself)\b"
                )
                if re.search(opposite, previous.text, re.IGNORECASE):
                    # "although Su-ho … struggles with his identity, she couldn't accept …":
                    # the clause before speaks of him, so "she" is someone else.
                    continue
                named = {
                    n
                    for s, e, n in mentions
                    if previous.start <= s < previous.start + len(previous.text)
                    and text[e : e + 2] not in {"'s", "’s"}  # "Otto's world": not the subject
                }
                if len(named) == 1:
                    vote(
                        named.pop(), "female" if opening.group("p").casefold() == "she" else "male"
                    )
            distinct = {name for *_, name in mentions}
            first_clause = sentence.clauses[0]
            subject_first = mentions[0][0] - first_clause.start < 40
            another = bool(
                _names_someone_by_role(text) and _OTHER_PERSON.search(text, mentions[-1][1])
            )
            last_name = mentions[-1][2]
            # "Kardos is a composite …, and Szőnyi approved the change. Her account …": a
            # later clause with a subject of its own (a name the index does not hold).
            another = another or any(
                clause.start >= mentions[-1][1]
                and (lead := _CLAUSE_SUBJECT.match(clause.text)) is not None
                and lead.group(1) not in last_name
                for clause in sentence.clauses
            )
            carried = (
                mentions[-1][2] if len(distinct) == 1 and subject_first and not another else None
            )
            carried_pronouns = {
                "female" if m.group("p").casefold() in _FEMALE_PRONOUNS else "male"
                for m in _PRONOUN.finditer(text, mentions[-1][1])
            }
    for name, said, subject_name in pending:
        # "Petko asks Yana to stay, but she accepts": the pronoun is the object's when the
        # subject is known to be the other sex.
        # ("Petko" of the dub cast list is "Petko Dragnev" of the cast list)
        words = set(subject_name.split())
        known = {
            g
            for other, found in votes.items()
            if words <= set(other.split()) or set(other.split()) <= words
            for g in found
        }
        if len(known) == 1 and said not in known:
            vote(name, said)
    found = {name: next(iter(v)) for name, v in votes.items() if len(v) == 1}
    for name in index.names:
        if surname_gender(name) == "female":
            # "On the road he picks up Lenka Benková": a family name only a woman bears
            # outweighs a pronoun read near it.
            found[name] = "female"
    return found


__all__ = ["base_character", "character_gender", "people_genders", "word_gender"]
