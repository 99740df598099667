"""Where the film was shot and where its story is set.

Filming: a clause with a shooting word ("shot", "filmed", "principal photography", "the
shoot", "the production moved to", "studio work") names its places after "in / at / on / to"
("on location in A and B", "part of the shoot took place in C", "moved to D for four weeks").
Stand-ins: "E stood in for F" (also "doubled for", "substituted for"; "E, which stood in for
F"; "where the old town stood in for F" takes E from the clause before). Settings: "set in
1970s Marseille", and in the lead's summary sentence or a Plot / Synopsis section the places a
story moves through ("runs away to Bombay", "a village near Jaisalmer").

People and characters are not places: names from the cast list (carried on the text model) are
never taken, and neither are months, companies or festivals.
"""

from __future__ import annotations

import re

from quiz.facts.model import Location, LocationKind, Source
from quiz.facts.places import DEMONYMS, clean_place
from quiz.facts.text import FUNCTION_WORDS, MONTH_NAMES, WEEKDAYS
from quiz.facts.textmodel import Clause, Sentence, TextModel

_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_WORD = rf"[{_UP}][\w’'.-]*"
#: A place name: capitalised words, with "of / de / upon …" inside ("Île de Porquerolles").
_NAME = rf"{_WORD}(?:\s+(?:(?:de|del|de la|da|do|di|du|of|la|le|sur|upon|on|an|am)\s+)?{_WORD})*"
_DESCRIBED = (
    r"(?:(?:[a-z-]+\s+){1,4}of\s+|(?:[a-z-]+\s+){0,3}(?:town|city|village|island|islands|port|region|county|province|"
    r"state|country|capital|suburb|district|neighbourhood|neighborhood|borough|valley|"
    r"peninsula|coast|desert|plateau|mountains|resort|area|outskirts|streets|neighbourhoods|"
    r"shores|shore|banks|bank|edge|slopes|foothills|hills|islet|archipelago|bay|harbour|"
    r"harbor|quays|waterfront|lakeside|old town|centre|center)\s+"
    r"(?:of|in|near|outside)\s+)"
)
_MODIFIERS = (
    r"(?:(?:\d{4}s|\d{1,2}(?:st|nd|rd|th)[- ]century|present-day|modern-day|occupied|wartime|"
    r"modern|contemporary|rural|coastal|post-war|postwar|pre-war|early|late|mid|northern|"
    r"southern|eastern|western|central|suburban|downtown|colonial|medieval|small-town|"
    r"fictional|a|an)[\s-]+)*"
)
_AFTER_PREP = re.compile(
    rf"\b(?P<prep>in|at|on|to|near|through|across|into|towards|toward|around|outside|from|"
    rf"above|below|beside|along|off)\s+"
    rf"(?:the\s+)?{_MODIFIERS}(?:{_DESCRIBED})?(?P<name>{_NAME})"
)
_FILMING_WORDS = re.compile(
    r"\b(?:shot|filmed|filming|shooting|shoot|photography|photographed|lensed|scenes were|"
    r"location|locations|studio work|studios|soundstages?|sound stages?|exteriors|interiors|built|"
    r"production moved|production then moved|crew|second unit|unit|staged|wrapped)\b",
    re.IGNORECASE,
)
_STAND_IN = re.compile(
    # ("The sale of the Kría stands for the drift of boats": a symbol, no stand-in)
    r"\b(?:(?:stood|stands|standing)\s+in\s+(?:for|as)|"
    r"(?:doubled|doubling|doubles|substituted|subbed)\s+(?:in\s+)?(?:for|as)|"
    r"(?:was|were)\s+dressed\s+as|served\s+as\s+the\s+setting\s+for)\s+"
    r"(?P<target>[^,;.]+)"
)
_SET_IN = re.compile(
    r"\b(?:[Ss]et|takes place|unfolds)\s+(?:mainly\s+|largely\s+|partly\s+|"
    r"primarily\s+|entirely\s+)?(?:in|on|at|around|between)\b"
)
_NOT_PLACES = (
    FUNCTION_WORDS
    | set(MONTH_NAMES)
    | {
        "Netflix",
        "IMAX",
        "Dolby",
        "Principal",
        "Filming",
        "English",
        "Christmas",
        "Easter",
        *WEEKDAYS,
        "God",
        "Part",
        "Act",
        "Chapter",
        "Book",
        "Episode",
    }
)
_NOT_PLACE_RE = re.compile(
    r"\b(?:Festival|Awards?|Prize|Productions?|Pictures|Films?|Studios(?! City)|Entertainment|"
    r"Media|Distribution|Release|Netflix|Blu-ray|DVD|Arri|Alexa|Kodak|Panavision|Institute|"
    r"Lab|University|School|Academy|Board|Council|Fund|Foundation|Records|Music|Orchestra|"
    r"Ensemble|Company|Ltd|Inc|Channel|Television|TV|Radio|Times|Post|News|Magazine|Review|"
    r"Prêmio|Premio|Prix|Premios|Prémios|Competition|Section|Sony|Arri|Canon|Red|Super|"
    # film stocks and processes: "shot in Eastmancolor"
    r"Eastmancolor|Technicolor|Agfacolor|Fujicolor|Kodachrome|Ektachrome|Metrocolor|"
    r"CinemaScope|VistaVision|Techniscope|Cinerama|Sovcolor|Orwocolor)\b"
)
#: A region after a comma qualifies the place before it ("Sparta, Tennessee"), it is not a
#: second place.
_QUALIFIERS = {
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "Florida",
    "Georgia",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New York",
    "North Carolina",
    "North Dakota",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "Virginia",
    "Washington",
    "West Virginia",
    "Wisconsin",
    "Wyoming",
    "Ontario",
    "Quebec",
    "British Columbia",
    "Alberta",
    "Manitoba",
    "Saskatchewan",
    "Nova Scotia",
    "New Brunswick",
    "Newfoundland",
    "New South Wales",
    "Victoria",
    "Queensland",
    "Tasmania",
    "Western Australia",
    "South Australia",
}
#: States and provinces a town's name is qualified by ("Glendale, California").
STATE_QUALIFIERS = frozenset(_QUALIFIERS)
_PLOT = ("plot", "synopsis", "premise", "story", "summary")
#: Regions wider than a country's towns, for telling localities from regions.
REGIONS = frozenset(
    {
        *_QUALIFIERS,
        "Europe",
        "Asia",
        "Africa",
        "North America",
        "South America",
        "Latin America",
        "Scandinavia",
        "the Balkans",
        "Balkans",
        "Middle East",
        "Caribbean",
        "Oceania",
        "sub-Saharan Africa",
        "Southeast Asia",
        "Central America",
        "Central Asia",
        "England",
        "Scotland",
        "Wales",
        "Northern Ireland",
        # Countries known by a longer or older name than their demonym's
        "Republic of Ireland",
        "Macedonia",
        "Kosovo",
        "Catalonia",
        "Andalusia",
        "Bavaria",
        "Tuscany",
        "Sicily",
        "Provence",
        "Brittany",
        "Normandy",
        "Patagonia",
        "Siberia",
        "Lapland",
        "Flanders",
        "Wallonia",
        "Kurdistan",
        "Punjab",
        "Rajasthan",
        "Kerala",
        "Bengal",
        "Hokkaido",
        "Kyushu",
        "Okinawa",
    }
)


#: The country a region of :data:`REGIONS` lies in: "its release in Quebec" is also one in
#: Canada, so the two are never options for each other.
REGION_COUNTRY: dict[str, str] = {
    "England": "United Kingdom",
    "Scotland": "United Kingdom",
    "Wales": "United Kingdom",
    "Northern Ireland": "United Kingdom",
    "Catalonia": "Spain",
    "Andalusia": "Spain",
    "Basque Country": "Spain",
    "Bavaria": "Germany",
    "Tuscany": "Italy",
    "Sicily": "Italy",
    "Provence": "France",
    "Brittany": "France",
    "Normandy": "France",
    "Flanders": "Belgium",
    "Wallonia": "Belgium",
    "Quebec": "Canada",
    "Siberia": "Russia",
    "Tuva": "Russia",
    "Corsica": "France",
    "Sardinia": "Italy",
    "Gozo": "Malta",
    "Punjab": "India",
    "Rajasthan": "India",
    "Kerala": "India",
    "Hokkaido": "Japan",
    "Kyushu": "Japan",
    "Okinawa": "Japan",
}


def _split(run: str) -> list[str]:
    return [p for p in re.split(r",\s*|,?\s+and\s+|\s*&\s*", run) if p.strip()]


def _place(name: str, exclude: set[str] | frozenset[str]) -> str | None:
    name = clean_place(name)
    name = re.sub(rf"^{_WORD}(?:'s|’s)\s+(?={_WORD})", "", name)  # "Hyderabad's Ramoji Film City"
    name = re.sub(r"(?:'s|’s)$", "", name)  # "Bombay's most sought-after …"
    words = name.split()
    if not words or words[0] in _NOT_PLACES or _NOT_PLACE_RE.search(name) or name in DEMONYMS:
        return None
    if name in exclude or any(
        name == e.split()[0] for e in exclude if " " in e and len(name) > 3 and name in e.split()
    ):
        return None
    return name


def places_in(text: str, exclude: set[str] | frozenset[str], preps: set[str]) -> list[str]:
    """Places after the given prepositions, lists expanded ("in A, B and C")."""
    found: list[str] = []
    for match in _AFTER_PREP.finditer(text):
        if match.group("prep").casefold() not in preps:
            continue
        tail = text[match.end("name") :]
        names = [match.group("name")]
        more = re.match(
            rf"(?P<rest>(?:(?:,\s*|,?\s+and\s+(?:in\s+|on\s+|at\s+)?(?:the\s+)?(?:{_DESCRIBED})?)"
            rf"(?:{_NAME}))+)",
            tail,
        )
        if more:
            names += [re.sub(_DESCRIBED, "", n) for n in _split(more.group("rest"))]
            tail = tail[more.end() :]
        feature = _FEATURE.match(tail)
        if feature:
            # "the Marajó archipelago", "the Kwai Chung container terminal": the feature's
            # noun belongs to the place's name.
            names[-1] = f"{names[-1].rstrip()} {feature.group('noun')}"
            tail = tail[feature.end() :]
        elif _is_modifier(tail):
            continue  # "the Heliopolis line", "a Sony F3 camera": the name describes a noun
        if len(names) == 2 and not re.search(r"\band\b", more.group("rest") if more else ""):
            names = names[:1]  # "Kaiping, Guangdong": the second name places the first
        previous: str | None = None
        for raw in names:
            raw = raw.strip(" ,")
            raw = re.sub(r"^and\s+|^(?:in|on|the)\s+", "", raw)
            if previous is not None and (raw in _QUALIFIERS or raw.startswith("County ")):
                continue
            place = _place(raw, exclude)
            if place and place not in found:
                found.append(place)
                previous = place
    return found


_CUE_WORDS = frozenset(
    [
        "shot",
        "filmed",
        "filming",
        "shooting",
        "shoot",
        "photography",
        "photographed",
        "lensed",
        "scenes",
        "location",
        "locations",
        "studio",
        "built",
        "studios",
        "soundstages",
        "soundstage",
        "staged",
        "unit",
        "dressed",
        "exteriors",
        "interiors",
        "crew",
        "wrapped",
        "moved",
        "stage",
        "stood",
        "stands",
        "standing",
        "doubled",
        "doubling",
        "doubles",
        "substituted",
        "subbed",
        "set",
        "takes",
        "unfolds",
    ]
)


_FOLLOWERS = frozenset(
    [
        "and",
        "or",
        "but",
        "for",
        "with",
        "to",
        "in",
        "on",
        "at",
        "by",
        "from",
        "where",
        "which",
        "who",
        "when",
        "while",
        "as",
        "during",
        "over",
        "after",
        "before",
        "until",
        "that",
        "was",
        "were",
        "is",
        "are",
        "had",
        "has",
        "itself",
        "itself,",
        "whose",
        "because",
        "since",
        "than",
        "its",
        "their",
        "his",
        "her",
        "the",
        "a",
        "an",
    ]
)


#: A lower-case geographic noun after a name that is part of the place's name.
_FEATURE_NOUNS = (
    r"port|terminal|docks|dockyard|reservoir|archipelago|delta|estuary|lagoon|glacier|fjord|"
    r"canyon|gorge|basin|salt pans|marshes|wetlands|lake|river"
)
_FEATURE = re.compile(
    rf"^\s+(?P<noun>(?:(?:container|ferry|cargo|fishing|naval)\s+)?(?:{_FEATURE_NOUNS}))\b"
)
_AREA_NOUNS = frozenset(
    [
        "district",
        "quarter",
        "neighbourhood",
        "neighborhood",
        "area",
        "region",
        "province",
        "county",
        "valley",
        "island",
        "peninsula",
        "desert",
        "mountains",
        "coast",
    ]
)


def _is_modifier(tail: str) -> bool:
    """Whether the words after a name show it is an adjective or part of a thing's name
    ("the Heliopolis line", "Sony F3", "Super 16 mm"); "the Korba district" still names a
    place, and a verb after a name ("on the Isle of Skye filming …") is no noun."""
    following = re.match(r"^\s+([a-z][\w-]*|\d)", tail)
    if not following:
        return False
    word = following.group(1)
    return not (word in _FOLLOWERS or word in _AREA_NOUNS or word.endswith(("ing", "ed")))


def _is_plot(sentence: Sentence) -> bool:
    if sentence.in_section(*_PLOT):
        return True
    if not sentence.section:  # the lead: only its summary sentence
        return bool(
            re.search(
                r"\b(?:follows|centres on|centers on|tells the story|story of|set in|revolves)\b|"
                r"\bstars\b.*\bas\b",
                sentence.text,
            )
        )
    return False


def _last_run(places: list[str], text: str) -> list[str]:
    """The places a trailing "which stood in for F" refers to: the last ones named, joined
    by "and" or commas ("Lennox Head and Byron Bay"), without a region that only places
    them ("… in New South Wales")."""
    own = [
        place
        for before, place in zip([None, *places], places, strict=False)
        if not (
            before
            # "the village of Zovreti, in the Zestafoni district", "Flateyri, on
            # Önundarfjörður": the district or the fjord only places it
            and re.search(
                rf"{re.escape(before)},?\s+(?:in|on|near|by)\s+(?:the\s+)?{re.escape(place)}\b",
                text,
            )
        )
    ]
    run = own[-1:]
    for place in reversed(own[:-1]):
        if not re.search(
            rf"{re.escape(place)}(?:,\s*(?:and\s+)?|\s+and\s+){re.escape(run[0])}", text
        ):
            break
        run.insert(0, place)
    return run


_RELEASED_AFTER = re.compile(
    r",\s+(?:the\s+(?:film|picture|movie)|it)\s+(?:opened|premiered|was\s+released|debuted)\b"
)


def read_locations(model: TextModel) -> list[Location]:
    """Filming places, stand-ins and story settings, each with its clause."""
    found: list[Location] = []
    seen: set[tuple[str, str, int | None]] = set()
    exclude = set(model.names)

    def add(
        place: str,
        kind: LocationKind,
        sentence: Sentence,
        quote: str,
        stands_for: str | None = None,
    ) -> None:
        key = (place.casefold(), kind, sentence.line)
        if key in seen:
            return
        seen.add(key)
        source = Source(sentence.line, quote if len(quote) >= 30 else sentence.text)
        found.append(Location(place, kind, source, stands_for))

    for sentence in model.sentences:
        in_production = sentence.in_section(
            "production", "filming", "shooting", "principal photography", "development"
        )
        if sentence.words.isdisjoint(_CUE_WORDS) and not _is_plot(sentence):
            continue
        clauses: list[Clause] = list(sentence.clauses)
        sentence_shoots = bool(_FILMING_WORDS.search(sentence.text))
        reviewing = sentence.in_section(
            "reception", "critical", "review", "accolades", "box office"
        )
        for index, clause in enumerate(clauses):
            text = clause.text
            stand = _STAND_IN.search(text)
            cue = _FILMING_WORDS.search(text)
            filming = bool(cue) or (
                in_production
                and bool(re.search(r"\bmoved to\b|\b(?:sound\s?stage|stage|studios?)\s+in\b", text))
            )
            # "…, and a further nine days on the island of Fanø": a clause with no verb of its
            # own continues the shooting the sentence is about.
            if not filming and sentence_shoots and not re.search(r"\b\w+ed\b", text):
                filming = True
            if reviewing:
                filming = False  # critics' remarks about where it was shot are not the facts
            if stand:
                target = clean_place(
                    re.split(
                        r"\s+(?:because|as|since|while|when|which|in the film|"
                        r"(?:for|in|during)\s+(?:the|a|an|its|some|several|one|two|all|most|many)\s+"
                        r"(?:[\w-]+\s+){0,2}(?:scenes?|sequences?|shots?|episodes?|parts?|exteriors|"
                        r"interiors))\b",
                        stand.group("target"),
                    )[0]
                )
                # "the Belesar reservoir on the Miño": the feature, not its river.
                featured_target = re.match(
                    rf"^(?P<head>.*?\s(?:{_FEATURE_NOUNS}))\s+(?:on|in|near)\s+", target
                )
                if featured_target:
                    target = featured_target.group("head")
                target = re.sub(
                    r"^(?:\d{4}s|wartime|occupied|modern|present-day|contemporary)\s+", "", target
                )
                before = re.sub(
                    r"^\s*(?:and|but|while|where|whereas)\s+", "", text[: stand.start()]
                )
                own = places_in(before, exclude, {"in", "at", "on", "to", "near"})
                subject = re.match(
                    rf"^\s*(?:(?:The|the)\s+(?:[a-z-]+\s+){{0,3}}(?:of\s+)?)?(?P<name>{_NAME})",
                    before,
                )
                featured = re.match(
                    rf"^\s*(?:The|the)\s+(?:[a-z-]+\s+){{0,2}}(?P<name>{_NAME}){_FEATURE.pattern[1:]}",
                    before,
                )
                described = re.search(
                    # "… and at a restored haveli in the walled city that stood in for X";
                    # "A closed elementary school in Cheoram-dong stood in for X": a building
                    # described, whose town is only where it stands
                    r"\b(?:at|in|on|to)\s+(?:a|an)\s+[a-z][^,;]*$|^\s*(?:A|An)\s+[a-z]",
                    before,
                )
                if described:
                    candidates = []
                elif featured and (p := _place(featured.group("name"), exclude)):
                    # "The drained Ullíbarri-Gamboa reservoir in Álava stood in for …": the
                    # subject stands in; "in Álava" only places it.
                    candidates = [f"{p} {featured.group('noun')}"]
                else:
                    candidates = own or (
                        [p] if subject and (p := _place(subject.group("name"), exclude)) else []
                    )
                standing = candidates[-1:]
                if not candidates and index and not described:
                    # "…, where the old town stood in for F": the place named just before.
                    earlier_text = " ".join(c.text for c in clauses[:index])
                    earlier = places_in(
                        earlier_text, exclude, {"in", "to", "at", "around", "on", "near"}
                    )
                    standing = _last_run(earlier, earlier_text)
                    candidates = standing[-1:]
                if candidates and target:
                    for place in standing:
                        add(place, "filming", sentence, text)
                    add(" and ".join(standing), "stand_in", sentence, text, target)
            set_in = _SET_IN.search(text)
            if set_in and not re.search(
                r"\b(?:[Ss]cenes|sequences?|films?|shorts?|stories|novels?|series|episodes?|plays?)\s+set\b",
                text,
            ):
                preps = {"in", "on", "at", "near", "around"}
                if _is_plot(sentence):
                    preps |= {"through", "to", "into", "across", "towards", "toward", "from"}
                for place in places_in(text[set_in.start() :], exclude, preps):
                    add(place, "setting", sentence, text)
            elif filming:
                shot_text = text[cue.start() :] if cue else text
                # "shot mostly on location in A during 1975, the film opened in B": where it
                # opened is no place it was shot.
                shot_text = _RELEASED_AFTER.split(shot_text)[0]
                shot_text = re.sub(r"\b(?:[Ss]cenes|sequences?)\s+set\s+in\s+\S+", " ", shot_text)
                places = places_in(
                    shot_text, exclude, {"in", "at", "on", "to", "around", "across", "near"}
                )
                if stand:
                    places = [p for p in places if p not in stand.group("target")]
                for place in places:
                    add(place, "filming", sentence, text)
            elif _is_plot(sentence):
                for place in places_in(
                    text,
                    exclude,
                    {
                        "in",
                        "to",
                        "near",
                        "through",
                        "across",
                        "into",
                        "towards",
                        "toward",
                        "from",
                        "at",
                        "around",
                        "outside",
                    },
                ):
                    add(place, "setting", sentence, text)
    return found
