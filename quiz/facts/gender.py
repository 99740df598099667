"""Gender where the article makes it plain; unknown stays unknown.

Three sources, all English-language cues rather than knowledge of any film:
- a character's role name or note: titles and kinship words ("Father Doyle", "Mrs. Kwon",
  "Sister Agnes", "Heung-soo's mother", "her husband");
- role words in the prose next to a name ("actress X", "X, her co-star");
- pronouns: a sentence that names exactly one person, followed (in the same paragraph) by a
  sentence whose subject is "She" or "He" with no other person named in between.
A name that gets both readings is dropped: an unclear cue never excludes anything.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from quiz.facts.model import Gender
from quiz.facts.textmodel import TextModel

_FEMALE_WORDS = (
    "mother|mom|mum|mama|grandmother|grandma|granny|wife|sister|daughter|aunt|auntie|niece|"
    "girlfriend|bride|fiancée|widow|queen|princess|empress|duchess|countess|lady|madam|madame|"
    "mistress|nun|abbess|actress|waitress|stewardess|hostess|heiress|policewoman|businesswoman|"
    "woman|girl|matriarch|landlady|headmistress|goddess|witch|diva|ballerina|maid|"
    "housewife|stepmother|stepdaughter|stepsister|mother-in-law|daughter-in-law|sister-in-law|"
    "granddaughter|grandniece|señora|señorita|signora|frau|fräulein|mademoiselle|madre|"
    "tía|abuela|hermana|hija|esposa|dame"
)
_MALE_WORDS = (
    "father|dad|papa|grandfather|grandpa|husband|brother|son|uncle|nephew|boyfriend|groom|"
    "fiancé|widower|king|prince|emperor|duke|count|lord|sir|monk|abbot|priest|actor|waiter|"
    "steward|host|heir|policeman|businessman|man|boy|patriarch|landlord|headmaster|god|"
    "wizard|stepfather|stepson|stepbrother|father-in-law|son-in-law|brother-in-law|"
    "grandson|señor|signor|herr|monsieur|padre|tío|abuelo|hermano|hijo|esposo|"
    "fisherman|chairman|gentleman|salesman|sheriff"
)
_TITLE_FEMALE = re.compile(
    r"^(?:Mrs\.?|Ms\.?|Miss|Madame|Mme\.?|Mademoiselle|Mlle\.?|Lady|Dame|Sister|Mother|Aunt|"
    r"Auntie|Queen|Princess|Grandma|Granny|Señora|Sra\.?|Señorita|Doña|Frau|Signora)\b"
)
_TITLE_MALE = re.compile(
    r"^(?:Mr\.?|Monsieur|M\.|Sir|Lord|Father|Brother|Uncle|King|Prince|Grandpa|Señor|Sr\.?|Don|"
    r"Herr|Signor|Fr\.|Rev\.?|Reverend|Sheikh|Baron|Count|Duke)\b"
)
_NOTE_FEMALE = re.compile(rf"\b(?:{_FEMALE_WORDS})\b", re.IGNORECASE)
_NOTE_MALE = re.compile(rf"\b(?:{_MALE_WORDS})\b", re.IGNORECASE)
#: Possessive relations point at the other person ("Tomás's mother" is female; "her husband"
#: is male): only the head noun counts, so "X's mother" is read for the word "mother".
_HEAD = re.compile(
    r"^(?:\S+(?:'s|’s|s'|’)\s+|(?:his|her|their|the|a|an)\s+)?(?:\w+\s+)?(?P<head>[\w-]+)\b",
    re.IGNORECASE,
)


def _from_words(text: str) -> Gender | None:
    female = bool(_NOTE_FEMALE.search(text))
    male = bool(_NOTE_MALE.search(text))
    if female and not male:
        return "female"
    if male and not female:
        return "male"
    return None


def character_gender(role: str | None, note: str | None) -> Gender | None:
    """A character's gender from its name ("Mrs. Kwon") or its note ("Heung-soo's mother")."""
    if role:
        base = re.sub(
            r"^(?:young|younger|old|older|adult|teenage|little|the)\s+",
            "",
            role.strip(),
            flags=re.I,
        )
        if _TITLE_FEMALE.match(base):
            return "female"
        if _TITLE_MALE.match(base):
            return "male"
        words = base.split()
        if words and len(words) <= 3 and words[0][:1].islower():
            # An unnamed role described by a noun: "tattooist", "the landlady", "young boy".
            found = _from_words(base)
            if found:
                return found
    if note:
        first = re.split(r"[,;(]", note, maxsplit=1)[0].strip()
        head = _HEAD.match(first)
        if head:
            found = _from_words(head.group("head"))
            if found:
                return found
        return _from_words(first) if len(first.split()) <= 4 else None
    return None


_SUBJECT_PRONOUN = re.compile(r"^(?:[A-Z][\w ,'-]{0,40},\s+)?(?P<p>She|He|Her|His)\b")
_ROLE_FEMALE = re.compile(
    r"\b(?:actress|actresses|her|she|herself|woman|mother|wife|sister|daughter)\b", re.I
)


def people_genders(model: TextModel, names: Iterable[str]) -> dict[str, Gender]:
    """Gender of known people (``names``) from role words and pronouns near them.

    A sentence naming exactly one of ``names`` passes that person to the next sentence; if the
    next sentence opens with "She"/"He" (or "Her"/"His"), that is their gender. "actress X"
    anywhere marks X female. Conflicting cues drop the person.
    """
    people = sorted({n for n in names if n and len(n) > 2}, key=len, reverse=True)
    votes: dict[str, set[Gender]] = {}
    if not people:
        return {}
    for paragraph in model.paragraphs:
        last_only: str | None = None
        for sentence in paragraph.sentences:
            text = sentence.text
            named = [p for p in people if p in text]
            # "Kim Go-eun" also contains "Kim": count the longest names only.
            named = [p for p in named if not any(p != q and p in q for q in named)]
            for person in named:
                for match in re.finditer(rf"\b(actress|actor)\s+{re.escape(person)}\b", text):
                    votes.setdefault(person, set()).add(
                        "female" if match.group(1) == "actress" else "male"
                    )
            pronoun = _SUBJECT_PRONOUN.match(text)
            if pronoun and last_only and not named:
                votes.setdefault(last_only, set()).add(
                    "female" if pronoun.group("p") in {"She", "Her"} else "male"
                )
            if len(named) == 1:
                person = named[0]
                rest = text.split(person, 1)[1]
                own = re.search(r"\b(she|he|her|his|herself|himself)\b", rest)
                others = re.search(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+", rest)
                if own and not others:
                    word = own.group(1).casefold()
                    votes.setdefault(person, set()).add(
                        "female" if word in {"she", "her", "herself"} else "male"
                    )
                last_only = person
            elif named:
                last_only = None
    return {name: next(iter(v)) for name, v in votes.items() if len(v) == 1}


__all__ = ["character_gender", "people_genders"]
