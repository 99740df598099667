"""Cast list items → :class:`CastMember` (``Actor as Role, note``)."""

from __future__ import annotations

import re
from dataclasses import replace

from quiz.article import Article, ListItem, Section
from quiz.facts.gender import base_character, character_gender
from quiz.facts.model import CastMember, Source
from quiz.facts.textmodel import TextModel

CAST_SECTION_NAMES = ("cast", "starring", "voice cast", "main cast", "characters")
_AS = re.compile(r"^(?P<actor>.*?)\s*\bas\b\s+(?P<role>.+)$")
_VOICE = re.compile(r"^(?P<actor>.*?)\s+(?:voices|plays|portrays)\s+(?P<role>.+)$")
_TRAILING_NOTE = re.compile(r"^(?P<role>.+?)\s*\((?P<note>[^()]+)\)$")


#: A sentence break right after a role, the next sentence opening with the actor's name or a
#: pronoun ("Pastor Raymond Leito. Rosaria also served …"); never "Fr. Michael".
_ABOUT_ACTOR_NEXT = re.compile(r"(?<=[a-z]{3})\.\s+(?P<who>[A-Z][\w'’-]+)(?:\s+|(?=,))")
_VOICE_OF = re.compile(r"^(?:the\s+)?voice\s+of\s+(?=\S)", re.IGNORECASE)


def parse_cast_item(
    item: ListItem, order: int, voice_section: bool = False, cast_list: str | None = None
) -> CastMember | None:
    """One list item; ``None`` when it holds neither an actor nor a role."""
    text = item.text.strip()
    if not text:
        return None
    match = _AS.match(text) or _VOICE.match(text)
    actor: str | None
    role: str | None
    note: str | None = None
    if match:
        actor = match.group("actor").strip(" ,;:–—-") or None
        role_text = match.group("role").strip()
        about_actor = _ABOUT_ACTOR_NEXT.search(role_text)
        comma = role_text.find(", ")
        extra = ""
        if (
            about_actor
            and actor
            and (comma < 0 or about_actor.start() < comma)
            and about_actor.group("who") in {*actor.split(), "He", "She", "They", "His", "Her"}
        ):
            # ("Giovanni Rosaria as Pastor Raymond Leito. Rosaria also served as the film's
            # dialogue coach.": the role ends with its sentence; the next is about the actor)
            role_text, extra = (
                role_text[: about_actor.start()],
                role_text[about_actor.start("who") :],
            )
        role, _, rest = role_text.partition(", ")
        note = " ".join(part for part in (rest.strip(), extra.strip()) if part) or None
        trailing = _TRAILING_NOTE.match(role)
        if trailing:
            role = trailing.group("role").strip()
            note = note or trailing.group("note").strip()
        role = role.strip(" .;") or None
    else:
        actor, role = text, None
    if actor is None and role is None:
        return None
    voiced_role = bool(role and _VOICE_OF.match(role))
    if role and voiced_role:
        role = _VOICE_OF.sub("", role) or role  # "as the voice of Valdemar": Valdemar, voiced
    voice = voice_section or voiced_role or bool(note and re.search(r"\bvoices?\b", note, re.I))
    return CastMember(
        actor=actor,
        role=role,
        note=note,
        source=Source(item.line, text),
        order=order,
        voice=voice or " voices " in f" {text} ",
        gender=character_gender(role, note),
        cast_list=cast_list,
    )


def cast_list_labels(article: Article) -> list[str]:
    """The labels of the article's cast lists besides the main one ("English dub")."""
    return [label for _, label in _cast_sections(article) if label]


#: A subsection's own first words naming the dub it lists: "The Quebec dub was recorded …".
_NAMED_DUB = re.compile(r"^The\s+(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+dub\b")


def _dub_label(section: Section) -> str:
    """The subsection's heading, or the dub its prose names when the heading calls it only
    a language's "version" ("French-language version" over "The Quebec dub was recorded in
    Montreal"): another dub into the same language may exist (a Parisian one for France)."""
    if "dub" in section.title.casefold() or not section.paragraphs:
        return section.title
    named = _NAMED_DUB.match(section.paragraphs[0].text)
    return f"{named.group('name')} dub" if named else section.title


def _is_dub(section: Section) -> bool:
    """A list of dubbing voices: its heading or its own prose says dub or voices."""
    title = section.title.casefold()
    return (
        "voice" in title
        or "dub" in title
        or any(re.search(r"(?i)\bdub(?:bed|bing)?\b", p.text) for p in section.paragraphs)
    )


def _cast_sections(article: Article) -> list[tuple[Section, str | None]]:
    """The Cast section and every list section under it, each with its label.

    The first cast section's own list is the main cast (label ``None``); a subsection ("English
    dub cast", "Voice cast") or a second cast section keeps its heading as the label.
    """
    found: list[tuple[Section, str | None]] = []
    seen: set[int] = set()
    for top in article.find_sections(*CAST_SECTION_NAMES):
        for section in top.walk():
            if id(section) in seen:
                continue
            seen.add(id(section))
            label = None if not found and section is top else _dub_label(section)
            found.append((section, label))
    for section in article.walk():
        title = section.title.casefold()
        if id(section) not in seen and section.items and title.endswith(" cast"):
            seen.add(id(section))
            found.append((section, section.title))
    return found


def read_cast(model: TextModel) -> list[CastMember]:
    """Every cast entry from every cast list (main list first, then labelled lists).

    A character played by several actors (at different ages, or in a dub) is marked
    ``shared_role`` on each entry: no single "who plays" fact exists for it.
    """
    if model.article is None:
        return []
    members: list[CastMember] = []
    voiced = {
        id(sub)
        for top in model.article.find_sections(*CAST_SECTION_NAMES)
        if "voice" in top.title.casefold()
        for sub in top.walk()
    }
    for section, label in _cast_sections(model.article):
        voice_section = id(section) in voiced or (label is not None and _is_dub(section))
        for item in section.items:
            member = parse_cast_item(item, len(members), voice_section, label)
            if member is not None:
                members.append(member)
    # "Jo" (aged 11) is the young Joanne "Jo" Pelletier: a nickname names the character.
    by_nickname = {
        nickname.group(1).casefold(): base_character(m.role)
        for m in members
        if m.role and (nickname := NICKNAME.search(m.role))
    }

    # "Gösta, aged ten" beside "Gösta Lindvall": the given name of one fuller role, with
    # an age in its note, is that character younger (or older).
    full_names: dict[str, set[str]] = {}
    for m in members:
        if m.role and len(words := base_character(m.role).split()) > 1:
            full_names.setdefault(words[0].casefold(), set()).add(" ".join(words))
    aged = {
        base.casefold(): next(iter(fuller))
        for m in members
        if m.role
        and m.note
        and _AGE_NOTE.match(m.note)
        and len((base := base_character(m.role)).split()) == 1
        and len(fuller := full_names.get(base.casefold(), set())) == 1
    }

    def character(role: str) -> str:
        base = base_character(role)
        return aged.get(base.casefold()) or by_nickname.get(base.casefold(), base)

    actors: dict[str, set[str]] = {}
    for member in members:
        if member.role:
            actors.setdefault(character(member.role).casefold(), set()).add(
                member.actor or f"<lost {member.source.line}>"
            )
    return [
        replace(
            m,
            character=character(m.role),
            shared_role=len(actors[character(m.role).casefold()]) > 1,
        )
        if m.role
        else m
        for m in members
    ]


#: A cast note that gives the character's age or stage of life ("aged ten", "as a child",
#: "at 16", "in old age").
_AGE_NOTE = re.compile(
    r"(?i)^(?:aged?\s+(?:\d|[a-z]+\b)|at\s+(?:the\s+)?(?:age\s+(?:of\s+)?)?\d|"
    r"as\s+an?\s+(?:child|boy|girl|baby|infant|toddler|teen(?:ager)?|youth|young|adult|old(?:er)?)\b|"
    r"in\s+(?:childhood|youth|old\s+age|later\s+life|middle\s+age)\b|"
    r"(?:young(?:er)?|older|elderly|child|teenage|adult)\b|\d{1,2}\b|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty)[\s-]year[\s-]old\b)"
)

#: A quoted nickname inside a role ("Joanne \"Jo\" Pelletier"): one character's other name.
NICKNAME = re.compile(r"[\"“‘]([^\"”’]{2,20})[\"”’]")


#: A note naming an animal as what the part is ("the prize camel", "Imrich's sheepdog"),
#: not as a person's trade ("a camel broker at the livestock market").
_ANIMAL_NOTE = re.compile(
    r"(?i)^(?:(?:the|a|an|his|her|their|[\w'’-]+['’]s)\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:camel|dromedary|dog|sheepdog|hound|puppy|horse|mare|stallion|pony|foal|donkey|mule|"
    r"goat|sheep|ram|ewe|lamb|cow|bull|ox|calf|cat|kitten|falcon|eagle|hawk|owl|parrot|"
    r"bird|pig|yak|reindeer|elephant|monkey|rooster|hen|ferret|rabbit|fox|wolf|bear|"
    r"buffalo|llama|alpaca|water\s+buffalo)s?(?:\s*$|\s*[,;.(]|\s+(?:who|that|which)\b)"
)


def is_animal_part(member: CastMember) -> bool:
    """Whether the article casts an animal in the part ("Sinbo as Geesi, the prize camel"):
    never offered for a person's part, a credit or an acting prize, nor asked as "who plays"
    among people."""
    return bool(member.note and _ANIMAL_NOTE.search(member.note.strip()))
