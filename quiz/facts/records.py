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

_SUPERLATIVE = re.compile(
    r"\b(?:the|its|a|an|their|his|her)\s+(?P<claim>(?:(?:second|third|fourth|fifth|2nd|3rd|4th|5th)[\s-]+)?"
    r"(?:first|only|sole|most|highest|largest|biggest|widest|longest|youngest|oldest|"
    r"strongest|fastest|best|best-selling|best-ever|top-grossing|highest-grossing|most-watched|"
    r"most-streamed|most-viewed|most-nominated|most-awarded|best-attended|lowest|smallest)"
    r"(?:[\s-]+(?:ever|grossing|attended|watched|awarded|nominated|successful|viewed|selling|"
    r"streamed))*\b[^;]*)",
    re.IGNORECASE,
)
#: What makes a superlative a record rather than description: a class and a scope
#: ("… Irish film of 2016", "… to win …", "… ever", "… at the time", "… that year").
_SCOPE = re.compile(
    r"\b(?:to\s+\w+|ever|in history|since|at the time|that year|that summer|that season|"
    r"of (?:the year|all time|\d{4})|of its kind|to date|on record|among|in (?:the\s+)?(?:history|country|\d{4})|"
    r"for (?:a|an|any|the)\b|by (?:a|an)\b|in (?:[A-Z]\w+|its|the)\b|"
    r"(?:winner|recipient|nominee|person|woman|man|director|actor|actress|filmmaker|film|"
    r"feature|title|release|debut|opening|average)\s+(?:of|for|in|among|at)\b)"
)
_RECORD = re.compile(
    r"\b(?P<claim>(?:a|an|the|its)\s+(?:new\s+|all-time\s+|box[- ]office\s+|national\s+|"
    r"previous\s+|former\s+|studio\s+|house\s+|festival\s+)*record\b[^;]*"
    r"|(?:set|broke|breaking|equalled|equaled|matched)\s+(?:a|the|its)\s+[^;]*?record\b[^;]*)",
    re.IGNORECASE,
)
#: Superlatives that describe, not claim: "the first version", "most of the cast".
_NOT_CLAIMS = re.compile(
    r"^(?:most\s+(?:of|difficult|important|challenging|memorable|striking|notable|part|"
    r"famous|recognisable|recognizable|personal|scenes|days|nights)|"
    r"first\s+(?:time|day|week|weekend|days|two|three|four|trailer|teaser|poster|draft|read|"
    r"half|act|scene|shot|step|version|meeting|cut|assembly|feature\b(?!\s+to)|film\b(?!\s+(?:to|ever))|"
    r"screening|season|round|stage|story|novel|book|episode|part|script|screenplay)|"
    r"only\s+(?:after|when|then|a|one|two|to|because|in|on|at|the\s+\w+\s+section)|"
    r"longest\s+(?:scene|shot|take)|oldest\s+(?:friend|son|daughter|brother|sister))\b",
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


_CUES = frozenset(
    [
        "first",
        "only",
        "sole",
        "most",
        "highest",
        "largest",
        "biggest",
        "widest",
        "longest",
        "youngest",
        "oldest",
        "strongest",
        "fastest",
        "best",
        "lowest",
        "smallest",
        "top",
        "record",
        "records",
    ]
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


def _claim_in(text: str) -> str | None:
    """The first record claim in a clause, scanning every superlative (not just the first)."""
    for match in _SUPERLATIVE.finditer(text):
        candidate = re.split(
            r",\s+(?:with|while|and|but|which|where|when|after|before)\b", match.group("claim")
        )[0]
        if _NOT_CLAIMS.match(candidate) or re.match(r"Best\b", candidate):
            # Look again from the next word: "its first weekend, the largest opening …".
            later = _claim_in(text[match.start("claim") + 5 :])
            if later:
                return later
            continue
        if _SCOPE.search(candidate) or re.search(r"-grossing|\bever\b", candidate):
            return candidate
    record = _RECORD.search(text)
    if record and not re.search(r"\brecord(?:ed|ing|s)\b|\brecord label\b", record.group(0), re.I):
        return record.group("claim")
    return None


def _hyphen_cue(words: frozenset[str]) -> bool:
    """Whether a hyphenated word carries a cue ("highest-grossing", "second-largest",
    "box-office record"): the patterns can match inside such words only."""
    for word in words:
        if "-" not in word:
            continue
        parts = _PARTS.split(word)
        if not _CUES.isdisjoint(parts) or any(p.endswith("record") for p in parts):
            return True
    return False


_PARTS = re.compile(r"[-'’]")


def read_records(model: TextModel, title: str = "") -> list[Record]:
    """Every record or first claimed in the prose, one per clause."""
    records: list[Record] = []
    for sentence in model.sentences:
        if sentence.words.isdisjoint(_CUES) and not _hyphen_cue(sentence.words):
            continue
        if sentence.in_section("plot", "synopsis", "premise", "summary") or (
            not sentence.section and re.search(r"\bfollows\b", sentence.text)
        ):
            continue  # the story's own superlatives are not the film's records
        subject_match = _SUBJECT.match(sentence.text)
        subject = subject_match.group("s") if subject_match else "the film"
        if subject in {"It", "The film", "This"} or subject == (title or model.title):
            subject = "the film"
        for clause in sentence.clauses:
            text = clause.text
            claim = _claim_in(text)
            if claim is None:
                continue
            if re.search(
                rf"\b(?:nominated|shortlisted|in contention|competed)\b[^.;]*\bfor\s+(?:the\s+)?"
                rf"{re.escape(claim[:20])}",
                text,
            ):
                # "nominated … for the best classic film release of 2018": a category it
                # was up for, no record it holds ("eleven nominations, a record" is one).
                continue
            # "…, and its title track became the most-streamed song": the clause's own
            # subject holds the record, not the sentence's.
            own = re.match(
                r"^(?:and|but|while|where)?\s*(?P<s>(?:its|their|the)\s+[\w' -]+?)\s+"
                r"(?:was|became|is|remains|remained|set|broke|had)\b",
                text,
            )
            clause_subject = subject
            if own and not re.match(r"(?:the|its)\s+(?:film|movie|picture)$", own.group("s")):
                clause_subject = own.group("s")
            quote = text if len(text) >= 30 else sentence.text
            records.append(
                Record(clause_subject, _trim(claim), _kind(claim), Source(sentence.line, quote))
            )
    return records
