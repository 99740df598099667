"""Records and firsts claimed in prose: "the first Chilean film to win a César", "the only
film that year to …", "the highest-grossing Irish film of 2015", "the largest opening for …",
"the second-strongest debut …", "a record 412 screens".

Each claim keeps its clause and the phrase from the superlative on, so a question can quote
exactly what the article claims and nothing more.
"""

from __future__ import annotations

import re

from quiz.facts.model import Record, RecordClaim, Source
from quiz.facts.textmodel import TextModel

_ORDINAL = r"(?:second|third|fourth|fifth|2nd|3rd|4th|5th)[\s-]+"
_CLAIM = re.compile(
    r"\b(?:the|its|a|an|their|his|her)\s+(?P<claim>(?:" + _ORDINAL + r")?"
    r"(?:first|only|most|highest|largest|biggest|widest|longest|youngest|oldest|"
    r"best|strongest|fastest|top|sole|last)(?:[\s-]+(?:ever|grossing|attended|watched|"
    r"awarded|nominated|successful|viewed|selling|streamed))*\b[^;]*)",
    re.IGNORECASE,
)
_RECORD = re.compile(
    r"\b(?P<claim>(?:a|an|the|its)\s+(?:new\s+|all-time\s+|box[- ]office\s+|national\s+)*record\b[^;]*"
    r"|(?:set|broke|breaking|equalled|equaled|matched)\s+(?:a|the|its)\s+[^;]*?record\b[^;]*)",
    re.IGNORECASE,
)
#: Superlatives that describe quality, not a record ("the best scenes", "most of the cast").
_NOT_CLAIMS = re.compile(
    r"^(?:most\s+(?:of|difficult|important|challenging|memorable|striking|notable|part|"
    r"famous|recognisable|recognizable|personal)|best\s+(?:friends?|known|part|way)|"
    r"first\s+(?:time|day|week|weekend|days|two|three|four|trailer|teaser|poster|draft|"
    r"read|half|act|scene|shot|step|story|meeting|cut|assembly|feature|film\b(?!\s+(?:to|from|in|"
    r"by|ever)))|last\s+(?:time|day|week|scene|shot)|only\s+(?:after|when|then|a|one|two|to|"
    r"because|in\s+\w+\s+cinemas|the\s+\w+\s+section)|top\s+(?:of|floor|ten|10\b(?!\s+for)))",
    re.IGNORECASE,
)
_KIND_WORDS: tuple[tuple[str, RecordClaim], ...] = (
    ("first", "first"),
    ("only", "only"),
    ("sole", "only"),
    ("most", "most"),
    ("record", "record"),
    ("highest", "highest"),
    ("largest", "largest"),
    ("biggest", "largest"),
    ("widest", "largest"),
)
_SUBJECT = re.compile(
    r"^(?P<s>(?:It|The film|This|[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,5}))\s+"
    r"(?:also\s+)?(?:was|is|became|becomes|remains|remained|had|has|set|broke|recorded|"
    r"earned|made)\b"
)


def _kind(claim: str) -> RecordClaim:
    lower = claim.casefold()
    for word, kind in _KIND_WORDS:
        if re.search(rf"\b{word}\b", lower):
            return kind
    return "other"


def _trim(claim: str) -> str:
    claim = re.sub(r"\s+", " ", claim).strip(" ,.;:")
    return claim[:160]


def read_records(model: TextModel, title: str = "") -> list[Record]:
    """Every record or first claimed in the prose, one per clause."""
    records: list[Record] = []
    for sentence in model.sentences:
        subject_match = _SUBJECT.match(sentence.text)
        subject = subject_match.group("s") if subject_match else "the film"
        if subject in {"It", "The film", "This"} or subject == title:
            subject = "the film"
        for clause in sentence.clauses:
            text = clause.text
            claim = None
            for match in _CLAIM.finditer(text):
                candidate = match.group("claim")
                if _NOT_CLAIMS.match(candidate):
                    continue
                if re.search(
                    r"\b(?:to|in|of|for|ever|since|by|at|among|that|with)\b", candidate
                ) or re.search(r"-grossing|\bever\b", candidate):
                    claim = candidate
                    break
            if claim is None:
                record = _RECORD.search(text)
                if record and not re.search(
                    r"\brecord(?:ed|ing)\b|\brecord label\b", record.group(0), re.I
                ):
                    claim = record.group("claim")
            if claim is None:
                continue
            quote = text if len(text) >= 30 else sentence.text
            records.append(
                Record(subject, _trim(claim), _kind(claim), Source(sentence.line, quote))
            )
    return records
