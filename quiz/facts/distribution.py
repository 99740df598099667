"""Distribution deals in prose: company → territories.

Shapes read: "acquired by A in X; B in Y and Z; and C in W", "… by A in X and by B in Y",
"A acquired the (distribution) rights in/for X", "A acquired the North American rights".
A territory must look like a place: capitalised (or "the" + capitalised), no digits, not a
month, not money, so "acquired the rights in May 1990 for $1.5 million" yields no deal.
"""

from __future__ import annotations

import re

from quiz.facts.model import DistributionDeal, Source
from quiz.facts.places import split_names
from quiz.facts.text import MONTH_NAMES, split_sentences
from quiz.facts.textmodel import TextModel

_COMPANY = r"(?P<company>(?:[A-ZÀ-ÞŁŚŠŻŽČĆŘŐŰ][\w&.'’/-]*\s+){0,4}[A-ZÀ-ÞŁŚŠŻŽČĆŘŐŰ][\w&.'’/-]*)"
_LIST_INTRO = re.compile(
    r"\b(?:rights?\b[^.]*?\b(?:acquired|bought|purchased|picked up|secured)|acquired|picked up|"
    r"distributed|pre-sold|sold)\s+(?:by|to)\s+(?P<list>.+)$",
    re.IGNORECASE,
)
_SINGLE = re.compile(
    rf"{_COMPANY}\s+(?:acquired|bought|purchased|picked up|secured)\s+(?:the\s+)?"
    r"(?:(?:distribution|theatrical|international|streaming|home video)\s+)?rights\s+"
    r"(?:to\s+the\s+film\s+)?(?:in|for)\s+"
    # ("… for Norway and Curzon acquired the rights for …": the next deal starts at "and")
    r"(?P<terr>(?:(?!\s+and\s+\S[^,;.]*?\s(?:acquired|bought|purchased|picked\s+up|secured)\b)"
    r"[^,;.])+)"
)
_ADJECTIVE_RIGHTS = re.compile(
    rf"{_COMPANY}\s+(?:acquired|bought|purchased|picked up|secured)\s+(?:the\s+)?"
    r"(?P<adj>[A-ZÀ-ÞŁŚŠŻŽČĆŘŐŰ][\w]*(?:\s+[A-ZÀ-ÞŁŚŠŻŽČĆŘŐŰ][\w]*)?)\s+(?:distribution\s+|theatrical\s+)?rights\b"
)
#: "Nordlys released it in Sweden in September 1984": a company releasing the film in a
#: territory distributes it there.
_RELEASED_IN = re.compile(
    # ("Les Films du Delta": a company's name keeps its small words)
    r"(?P<company>(?:[A-ZÀ-ÞŁŚŠŻŽČĆŘŐŰ][\w&.'’/-]*\s+(?:(?:du|de|des|del|la|le|di|da|of|and|&)\s+)?){0,4}"
    r"[A-ZÀ-ÞŁŚŠŻŽČĆŘŐŰ][\w&.'’/-]*)\s+(?:released|distributed)\s+(?:it|the\s+film|the\s+picture)\s+"
    r"(?:theatrically\s+)?(?:in|across)\s+(?P<terr>[A-ZÀ-ÞŁŚŠŻŽČĆŘŐŰ][\w'’.-]*(?:\s+[A-ZÀ-ÞŁŚŠŻŽČĆŘŐŰ][\w'’.-]*){0,3})"
    r"(?=\s+(?:in|on|from|that|the|a|with|as)\b|\s*[,;.]|$)"
)
_DEAL = re.compile(r"^(?:and\s+)?(?:by\s+)?(?P<company>.+?)\s+(?:in|for)\s+(?P<terr>.+)$")
_PIECES = re.compile(
    r"\s*;\s*|,?\s+and\s+by\s+|,\s+by\s+"
    # "A in France, B in Germany, Austria and Switzerland and C in Italy": a new deal starts
    # where the next words name a company before its own "in"/"for".
    r"|,\s+(?:and\s+)?(?=[^,;]*?\s(?:in|for)\s)"
    r"|\s+and\s+(?=[A-ZÀ-ÞŁŚŠŻŽČĆŘŐŰ][\w&.'’/-]*(?:\s+[\w&.'’/-]+){0,4}\s+(?:in|for)\s)"
)
_ADJECTIVES = {
    "North American": "North America",
    "Latin American": "Latin America",
    "South American": "South America",
    "American": "the United States",
    "US": "the United States",
    "U.S.": "the United States",
    "British": "the United Kingdom",
    "UK": "the United Kingdom",
    "French": "France",
    "German": "Germany",
    "Italian": "Italy",
    "Spanish": "Spain",
    "Japanese": "Japan",
    "Chinese": "China",
    "Korean": "South Korea",
    "South Korean": "South Korea",
    "Canadian": "Canada",
    "Australian": "Australia",
    "Indian": "India",
    "European": "Europe",
    "Scandinavian": "Scandinavia",
}
_NOT_COMPANY_START = {
    # ("Co-producer Ribera Sur Films distributed the film in Spain": a role before the name)
    "Co-producer",
    "Coproducer",
    "Producer",
    "Distributor",
    "Broadcaster",
    "It",
    "This",
    "That",
    "He",
    "She",
    "They",
    "Ahead",
    "In",
    "After",
    "Before",
}


def is_territory(text: str) -> bool:
    """Capitalised place-like words (``the Netherlands`` too), no digits, months or money."""
    words = text.removeprefix("the ").split()
    if not words or not words[0][:1].isupper():
        return False
    if re.search(r"[\d$€£¥₩₹₦₤₱₽₺]", text):
        return False
    if re.search(r"\s(?:in|for|to|by)\s", text):
        return False  # "Kairos Filmverleih in Germany": a deal, not a territory
    return words[0] not in MONTH_NAMES and len(words) <= 5


def split_territories(text: str) -> tuple[str, ...]:
    """``Thailand, Cambodia, Myanmar, and Laos`` → four territories (all or none)."""
    parts = [p.strip() for p in split_names(text.strip(" .;")) if p.strip()]
    if not parts or not all(is_territory(p) for p in parts):
        return ()
    return tuple(parts)


def _company(text: str) -> str | None:
    company = text.strip(" ,")
    words = company.split()
    while words and words[0] in _NOT_COMPANY_START and len(words) > 1:
        words = words[1:]
    company = " ".join(words)
    if not company or not company[0].isupper() or company in _NOT_COMPANY_START:
        return None
    return company


def _deals_from_list(text: str, line: int, sentence: str) -> list[DistributionDeal]:
    text = text.strip().rstrip(".")
    deals: list[DistributionDeal] = []
    for piece in _PIECES.split(text):
        match = _DEAL.match(piece.strip())
        if not match:
            continue
        company = _company(match.group("company"))
        territories = split_territories(match.group("terr"))
        if company and territories:
            deals.append(DistributionDeal(company, territories, Source(line, sentence)))
    return deals


def read_distribution(model: TextModel) -> list[DistributionDeal]:
    """Every company → territories deal named in the prose."""
    paragraphs = model.pairs()
    deals: list[DistributionDeal] = []
    for text, line in paragraphs:
        for sentence in split_sentences(text):
            if not re.search(
                r"\b(?:acquired|bought|purchased|picked up|secured|distributed|sold|released)\b",
                sentence,
            ):
                continue
            found: list[DistributionDeal] = []
            for match in _RELEASED_IN.finditer(sentence):
                company = _company(match.group("company"))
                territories = split_territories(match.group("terr"))
                if company and territories and company not in territories:
                    found.append(DistributionDeal(company, territories, Source(line, sentence)))
            for match in _SINGLE.finditer(sentence):
                company = _company(match.group("company"))
                territories = split_territories(match.group("terr"))
                if company and territories:
                    found.append(DistributionDeal(company, territories, Source(line, sentence)))
            for match in _ADJECTIVE_RIGHTS.finditer(sentence):
                company = _company(match.group("company"))
                territory = _ADJECTIVES.get(match.group("adj"))
                if company and territory:
                    found.append(DistributionDeal(company, (territory,), Source(line, sentence)))
            intro = _LIST_INTRO.search(sentence)
            if not found and intro and " in " in intro.group("list"):
                found = _deals_from_list(intro.group("list"), line, sentence)
            deals.extend(found)
    return deals
