"""Distribution deals in prose: ``acquired by A in X; B in Y and Z; and C in W``."""

from __future__ import annotations

import re
from collections.abc import Iterable

from quiz.facts.model import DistributionDeal, Source
from quiz.facts.text import split_sentences

_LIST_INTRO = re.compile(
    r"\b(?:rights?\b[^.]*?\b(?:acquired|bought|purchased|picked up|secured)|acquired|picked up|"
    r"distributed|pre-sold|sold)\s+(?:by|to)\s+(?P<list>.+)$",
    re.IGNORECASE,
)
_SINGLE = re.compile(
    r"^(?P<company>[A-Z][\w&.'’/ -]*?)\s+(?:acquired|bought|purchased|picked up|secured)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+)?(?:distribution\s+)?rights\s+(?:to\s+the\s+film\s+)?(?:in|for)\s+(?P<terr>.+?)\.?$"
)
_DEAL = re.compile(r"^(?:and\s+)?(?P<company>.+?)\s+(?:in|for)\s+(?P<terr>.+)$")


def split_territories(text: str) -> tuple[str, ...]:
    """``Thailand, Cambodia, Myanmar, and Laos`` → four territories."""
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+", text.strip(" .;"))
    return tuple(p.strip() for p in parts if p.strip() and p.strip()[0].isupper())


def _deals_from_list(text: str, line: int, sentence: str) -> list[DistributionDeal]:
    text = text.strip().rstrip(".")
    pieces = [p.strip() for p in text.split(";")] if ";" in text else [text]
    deals: list[DistributionDeal] = []
    for piece in pieces:
        match = _DEAL.match(piece)
        if not match:
            continue
        company = match.group("company").strip(" ,")
        territories = split_territories(match.group("terr"))
        if company and company[0].isupper() and territories:
            deals.append(DistributionDeal(company, territories, Source(line, sentence)))
    return deals


def read_distribution(paragraphs: Iterable[tuple[str, int]]) -> list[DistributionDeal]:
    """Every company → territories deal named in the prose."""
    deals: list[DistributionDeal] = []
    for text, line in paragraphs:
        for sentence in split_sentences(text):
            single = _SINGLE.match(sentence)
            if single:
                territories = split_territories(single.group("terr"))
                if territories:
                    deals.append(
                        DistributionDeal(
                            single.group("company").strip(), territories, Source(line, sentence)
                        )
                    )
                continue
            intro = _LIST_INTRO.search(sentence)
            if intro and " in " in intro.group("list"):
                deals.extend(_deals_from_list(intro.group("list"), line, sentence))
    return deals
