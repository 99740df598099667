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
from dataclasses import dataclass, replace

from quiz.facts.model import Award, Source
from quiz.facts.people import PERSON
from quiz.facts.textmodel import Sentence, TextModel

_CATEGORY = (
    r"(?:the\s+)?(?P<category>(?:Best|Most|Outstanding|Special|Grand|Golden|Silver|Crystal|"
    r"Audience|Jury|Critics'?|Critics’|People's|People’s|Un Certain Regard|Palme|Prix|Premio|"
    r"Ophir|Lumière|César|Goya|Ariel|Platino|FIPRESCI|Honorary|Breakthrough|Rising|Discovery|"
    r"Fipresci|Teddy|Queer|Caméra|Camera|Orizzonti|Leopard|Tiger|Dragon|Bear)"
    r"[\w'’ .\-&]*?)"
)
_CEREMONY = (
    r"(?:the\s+)?(?P<ceremony>(?:\d{1,3}(?:st|nd|rd|th)\s+|(?:19|20)\d\d\s+)?"
    r"[A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|of|de|du|for|and|&|in))*)"
)
_CAT_END = r"(?=\s+(?:at|from|in|for|award|prize)\b|[,.;]|\s+and\b|$)"
_WIN_VERBS = (
    r"won|win|wins|winning|received|receiving|took|taking|collected|picked up|earned|"
    r"was awarded|were awarded|was given|was named|were named|claimed|scooped|shared|"
    r"went on to win|won both|took home|was honoured with|was honored with"
)
_WON = re.compile(
    rf"(?P<subj>.*?)\b(?P<verb>{_WIN_VERBS})\s+(?:the\s+)?(?:(?:prize|award)\s+for\s+)?"
    rf"(?:(?:joint\s+)?winners?\s+of\s+)?{_CATEGORY}{_CAT_END}"
    rf"(?:[^.;]*?\b(?:at|from)\s+{_CEREMONY})?"
)
_NOMINATED = re.compile(
    rf"(?P<subj>.*?)\b(?:was|were|been|being|received\s+a\s+nomination|earned\s+a\s+nomination|"
    rf"got\s+a\s+nomination)?\s*(?:nominated|shortlisted|a\s+nominee)\s+for\s+"
    rf"(?P<cats>[^;]*?)(?:\s+at\s+{_CEREMONY}|[.;]|$)"
)
_NOMINATED_ALSO = re.compile(rf"\b(?P<who>{PERSON})\s+for\s+{_CATEGORY}{_CAT_END}")
_AT_CEREMONY = re.compile(rf"\b(?:At|at)\s+{_CEREMONY}")


@dataclass(frozen=True)
class ProseResult:
    """One result the prose states."""

    category: str
    ceremony: str | None
    recipients: tuple[str, ...]
    result: str
    source: Source


def _norm(text: str | None) -> str:
    text = (text or "").casefold().replace("’", "'")
    text = re.sub(r"^(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s+|(?:19|20)\d\d\s+)", "", text.strip())
    text = re.sub(r"\b(?:awards?|ceremony|prize|festival|film festival|international)\b", " ", text)
    return re.sub(r"[^\w]+", " ", text).strip()


def _same_ceremony(a: str | None, b: str | None) -> bool:
    x, y = _norm(a), _norm(b)
    return bool(x and y) and (x == y or x in y or y in x)


def _same_category(a: str, b: str) -> bool:
    x, y = _norm(a), _norm(b)
    if not x or not y:
        return False
    return x == y or x.removeprefix("best ") == y.removeprefix("best ")


def _people_in(subject: str, known: list[str]) -> tuple[str, ...]:
    return tuple(name for name in known if name in subject)


def _categories(run: str) -> list[str]:
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+", run)
    cats: list[str] = []
    for part in parts:
        part = re.sub(r"^(?:the\s+)?", "", part.strip())
        part = re.sub(r"\s+(?:for|at)\b.*$", "", part)
        if re.match(
            r"^(?:Best|Most|Outstanding|Special|Grand|Golden|Audience|Jury|Critics|"
            r"People|Breakthrough|Rising|Discovery)\b",
            part,
        ):
            cats.append(part.strip(" ."))
    return cats


def _sentence_ceremony(sentence: Sentence, previous: str | None) -> str | None:
    match = _AT_CEREMONY.search(sentence.text)
    if match and re.search(
        r"\b(?:Awards?|Festival|Prizes?|Oscars|Globes|Guild|Circle|Society|"
        r"Association|Academy|Berlinale|Biennale|César|Goya|Ophir|Ariel|Lumière)\b",
        match.group("ceremony"),
    ):
        return match.group("ceremony").strip()
    return previous


def prose_results(model: TextModel, people: list[str]) -> list[ProseResult]:
    """Every win or nomination the prose states, with its ceremony when named nearby."""
    found: list[ProseResult] = []
    for paragraph in model.paragraphs:
        ceremony_context: str | None = None
        for sentence in paragraph.sentences:
            ceremony_context = _sentence_ceremony(sentence, ceremony_context)
            for clause in sentence.clauses:
                text = clause.text
                source = Source(sentence.line, text if len(text) >= 30 else sentence.text)
                for match in _WON.finditer(text):
                    subject = match.group("subj")
                    if re.search(r"\bnominat", subject):
                        continue
                    ceremony = match.group("ceremony") or ceremony_context
                    category = match.group("category").strip(" .")
                    found.append(
                        ProseResult(
                            category,
                            ceremony,
                            _people_in(subject or sentence.text, people),
                            "won",
                            source,
                        )
                    )
                nominated = _NOMINATED.search(text)
                if nominated:
                    ceremony = nominated.group("ceremony") or ceremony_context
                    subject = nominated.group("subj")
                    for category in _categories(nominated.group("cats")):
                        found.append(
                            ProseResult(
                                category, ceremony, _people_in(subject, people), "nominated", source
                            )
                        )
                elif re.search(r"\bnominated\b", sentence.text) and not _WON.search(text):
                    # "…, while X was nominated for Best Actress and Y for Best Supporting Actor":
                    # the elided clause carries its own person and category.
                    for match in _NOMINATED_ALSO.finditer(text):
                        found.append(
                            ProseResult(
                                match.group("category").strip(" ."),
                                ceremony_context,
                                (match.group("who"),),
                                "nominated",
                                source,
                            )
                        )
    return found


def merge_results(
    awards: list[Award], results: list[ProseResult], film_year: int | None
) -> list[Award]:
    """Mark table rows with the prose's results; add rows the table lacks.

    A row already carrying a result (a table's result column) keeps it. A prose result whose
    ceremony is unknown marks only rows of one ceremony with that category.
    """
    merged = list(awards)
    for result in results:
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
        if result.ceremony is None and len({merged[i].ceremony for i in matches}) > 1:
            continue
        if matches:
            for i in matches:
                row = merged[i]
                if row.result is None or row.result_source is not None:
                    merged[i] = replace(row, result=result.result, result_source=result.source)
                elif row.result_source is None and row.result == result.result:
                    merged[i] = replace(row, result_source=result.source)
            continue
        if result.ceremony is None:
            continue
        ceremony = re.sub(
            r"^(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s+|(?:19|20)\d\d\s+)", "", result.ceremony
        )
        year_match = re.match(r"^(?:the\s+)?((?:19|20)\d\d)\s", result.ceremony)
        year = int(year_match.group(1)) if year_match else None
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
