"""How a name is spelt, as a player reads it at a glance.

Blind reviews caught a giveaway the other rules cannot see: among three German names, the
one Polish name ("Andrzej Wolski", "Stanisław Nowak") is the answer to a question about the
film's only Polish character, festival or actor. Options should look alike, so the picker
prefers distractors spelt like the key. The marks are spelling conventions (letters and
endings a language's names use), never knowledge of a person; they only order valid
options and never make an option wrong.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

#: Spelling marks by convention: a name carrying one reads as that language's at a glance.
_MARKS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "polish",
        re.compile(
            r"[łśżźćńąęŁŚŻŹĆŃ]|(?:ski|cki|dzki|wicz|czyk|ska|cka)\b|[bcdgkptw]rz|szcz", re.I
        ),
    ),
    ("czech", re.compile(r"[řěůŘ]")),
    ("german", re.compile(r"[äöüßÄÖÜ]|sch(?!ool)")),
    ("nordic", re.compile(r"[åøæÅØÆ]")),
    ("iberian", re.compile(r"[ñãõÑÃÕ]")),
    ("turkish", re.compile(r"[şğıŞĞİ]")),
    ("macron", re.compile(r"[ōūāēīŌŪĀĒĪ]")),
)


@lru_cache(maxsize=4096)
def spelling_marks(text: str) -> frozenset[str]:
    """The spelling conventions ``text`` shows ("Stanisław Nowak" → {"polish"})."""
    return frozenset(name for name, pattern in _MARKS if pattern.search(text))


def looks_alike(key: str, option: str) -> bool:
    """Whether ``option`` is spelt by the same conventions as ``key`` (both plain counts)."""
    return spelling_marks(key) == spelling_marks(option)


#: Marks that set one language's names apart from its neighbours' (a Polish name among
#: German ones). "ñ" or an umlaut is one letter among many names of the same language
#: ("Doña Chayo" and "Castañeda" in a Mexican cast), and a macron a romanisation.
_NATIONAL = frozenset({"polish", "czech", "nordic", "turkish"})


def spelt_apart(stem: str, key: str, distractors: Sequence[str]) -> bool:
    """Whether the key alone shares the stem's national spelling: "Who plays Stanisław
    Nowak?" with one Polish name among German ones answers itself."""
    marks = spelling_marks(key) & spelling_marks(stem) & _NATIONAL
    return bool(marks) and not any(marks & spelling_marks(d) for d in distractors)


__all__ = ["looks_alike", "spelling_marks", "spelt_apart"]
