"""Production facts stated with numbers or names, and people named in a role in prose.

Only explicit shapes are read: "It took her five years to complete X", "spent a year working
on the screenplay", "waited two and a half years for …", "a team of five women", "discovered
actor X through the drama series Y", "the film production company, X", and a role word
directly before a name ("director X", "the author, X"). A role is never inferred.
"""

from __future__ import annotations

import re

from quiz.facts.model import ProductionFact, Source
from quiz.facts.text import FUNCTION_WORDS, NAME, NUMBER_WORD_PATTERN, clean_name, parse_number
from quiz.facts.textmodel import TextModel

_QTY = rf"(?P<approx>over |more than |about |nearly |almost |around |roughly |some )?(?P<n>{NUMBER_WORD_PATTERN}(?: and a half)?)"
_UNIT = r"(?P<unit>years?|months?|weeks?|days?)"
_TOOK = re.compile(
    rf"\b[Ii]t took (?:(?P<who>her|him|them|the director|the team|the crew|{NAME})\s+)?{_QTY} {_UNIT} to (?P<what>[^.,;]+)"
)
_SPENT = re.compile(
    rf"\b(?P<who>[Ss]he|[Hh]e|[Tt]hey|{NAME})?\s*spent {_QTY} {_UNIT} (?P<what>(?:working on|writing|developing|"
    r"preparing|researching|shooting|filming|editing|learning|training|rehearsing|practising|practicing|on)\b"
    # (up to the next verb: "spent three years on the screenplay and wrote eleven drafts")
    r"(?:(?!\s+and\s+(?:\w+ed|wrote|made|took|went|came|shot|began|saw)\b)[^.,;])*)"
)
_WAITED = re.compile(rf"\b(?:had )?waited (?:for )?{_QTY} {_UNIT} (?P<what>for [^.,;]+)")
_SHOT_IN = re.compile(rf"\b(?:was )?(?:shot|filmed) (?:over|in) {_QTY} {_UNIT}")
_TEAM = re.compile(
    rf"\b(?P<verb>written|developed|made|produced) by a team of {_QTY.replace('(?P<approx>', '(?P<approx2>')} (?P<noun>[a-z]+)"
)
_DISCOVERED = re.compile(
    rf"\bdiscovered (?:the )?(?:actor |actress )?(?P<person>{NAME}) (?:through|in|via|from|after watching) "
    r"(?:the |a |an )?(?P<medium>(?:drama |television |TV |web |Netflix |streaming )?(?:series|film|movie|play|musical|drama|show) )?"
    rf"(?P<work>[A-Z][\w'’:&.-]*(?: [A-Z0-9][\w'’:&.-]*)*)"
)
_COMPANY = re.compile(
    r"\b(?:(?:film )?production company|company|firm|vendor|studio),?\s+"
    r"(?P<company>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|and|&|of|du|de|des|la|le|del|di))*)"
)
_NOT_NAMES = FUNCTION_WORDS
_LEADING_NAME = re.compile(
    rf"^(?P<name>{NAME})\s+(?:also\s+)?(?:shared|said|stated|explained|revealed|recalled|noted|"
    r"admitted|added|has|had|was)\b"
)


def _clean_subject(text: str) -> str:
    return re.sub(r"\s+(?:because|as|since|after|before|when|while)\b.*$", "", text.strip()).strip()


def _quantity(match: re.Match[str]) -> tuple[float | None, str]:
    number = match.group("n")
    return parse_number(number), number


def _unit(unit: str, quantity: float | None) -> str:
    singular = unit.rstrip("s")
    return singular if quantity == 1 else singular + "s"


#: A sentence about something other than the film ("The race was staged …"), which a
#: following "It took …" goes on about.
_TOPIC = re.compile(
    r"(?:The|A|An)\s+(?!(?:film|filming|shoot|shooting|production|picture|movie|principal|"
    r"project|screenplay|script)\b)[a-z]"
)

_PRODUCTION_WORDS = frozenset(
    ["took", "spent", "waited", "shot", "filmed", "team", "discovered", "company", "production"]
)


def read_production(model: TextModel) -> list[ProductionFact]:
    """Production facts stated with a number or a name (people in roles are read by
    :mod:`quiz.facts.people`)."""
    facts: list[ProductionFact] = []
    for paragraph in model.paragraphs:
        line = paragraph.line
        previous = ""
        for sentence_model in paragraph.sentences:
            before, previous = previous, sentence_model.text
            if sentence_model.words.isdisjoint(_PRODUCTION_WORDS):
                continue  # none of the shapes this reader knows can match
            if sentence_model.in_section("plot", "synopsis", "premise", "summary"):
                # "after losing his job with a Paramaribo bus company, Lloyd …": the story's
                # world, not the film's making.
                continue
            sentence = sentence_model.text
            source = Source(line, sentence)
            facts.extend(
                f
                for f in _durations(sentence, source)
                # "The race was staged on a purpose-built track … It took nine days to
                # film": "it" is the race, not the film.
                if not (f.verb == "took" and sentence.startswith("It ") and _TOPIC.match(before))
            )
            team = _TEAM.search(sentence)
            if team:
                quantity = parse_number(team.group("n"))
                past = {"written": "wrote"}.get(team.group("verb"), team.group("verb"))
                facts.append(
                    ProductionFact(
                        "count",
                        f"the team that {past} the script",
                        f"{team.group('n')} {team.group('noun')}",
                        source,
                        quantity,
                        team.group("noun"),
                        verb=past,
                    )
                )
            found = _DISCOVERED.search(sentence)
            if found:
                medium = (found.group("medium") or "").strip() or None
                facts.append(
                    ProductionFact(
                        "discovery",
                        medium or "work",
                        _trim_name(found.group("work")),
                        source,
                        person=_trim_name(found.group("person")),
                    )
                )
            company = _COMPANY.search(sentence)
            if company and re.match(
                r"\s+(?:had|has|have|was|is|were|and|also|later|then|would|co-)?\s*"
                r"(?:founded|set\s+up|started|formed|run|ran|created|established|built|owned)\b",
                sentence[company.end() :],
            ):
                # "Bievla Film, the Kautokeino company Bongo had founded": the founder's
                # name in a relative clause, no company of that name
                company = None
            if company:
                name = _trim_name(company.group("company"))
                facts.append(ProductionFact("company", "production company", name, source))
    return facts


def _trim_name(name: str) -> str:
    return clean_name(
        re.sub(r"(?:\s+(?:and|&|of|du|de|des|la|le|del|di))+$", "", name.strip(" ,;")).strip()
    )


_DURATION_CUE = re.compile(r"\b(?:took|spent|waited|shot|filmed)\b")


def _durations(sentence: str, source: Source) -> list[ProductionFact]:
    facts: list[ProductionFact] = []
    if not _DURATION_CUE.search(sentence):
        return facts
    for pattern, verb in (
        (_TOOK, "took"),
        (_SPENT, "spent"),
        (_WAITED, "waited"),
        (_SHOT_IN, "shot"),
    ):
        for match in pattern.finditer(sentence):
            quantity, number = _quantity(match)
            if quantity is None:
                continue
            unit = _unit(match.group("unit"), quantity)
            approx = (match.group("approx") or "").strip()
            value = f"{approx + ' ' if approx else ''}{number} {match.group('unit')}"
            what = _clean_subject(match.groupdict().get("what") or "shoot the film")
            who = match.groupdict().get("who")
            if not (who and who[0].isupper() and who not in _NOT_NAMES):
                leading = _LEADING_NAME.match(sentence)
                who = leading.group("name") if leading else None
            if who:
                # "Vautrin and Delvigne spent fourteen months": both of them, never one.
                pair = re.search(
                    rf"(?P<a>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+and\s+{re.escape(who)}\b",
                    sentence,
                )
                if pair:
                    first = pair.group("a")
                    # One form for both: "Marchetti and Roux", never "Marchetti and Bastien Roux".
                    second = who.split()[-1] if " " not in first else who
                    who = f"{first} and {second}"
            facts.append(
                ProductionFact(
                    "duration", what, value, source, quantity, unit, person=who, verb=verb
                )
            )
    return facts
