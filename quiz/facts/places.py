"""Territories and venues named in a clause: "in Canada", "across South America", "the German
theatrical release", "the Spanish and Portuguese release", "at the Venice Film Festival".

English demonyms map to the country or region they name. This is knowledge of the language of
the articles (what "German" means), not of any film.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from quiz.facts.text import MONTH_NAMES, WEEKDAYS

DEMONYMS: dict[str, str] = {
    "American": "United States",
    "U.S.": "United States",
    "US": "United States",
    "British": "United Kingdom",
    "UK": "United Kingdom",
    "U.K.": "United Kingdom",
    "English": "England",
    "Scottish": "Scotland",
    "Welsh": "Wales",
    "Irish": "Ireland",
    "Canadian": "Canada",
    "Mexican": "Mexico",
    "Brazilian": "Brazil",
    "Argentine": "Argentina",
    "Argentinian": "Argentina",
    "Chilean": "Chile",
    "Colombian": "Colombia",
    "Peruvian": "Peru",
    "Cuban": "Cuba",
    "Venezuelan": "Venezuela",
    "French": "France",
    "German": "Germany",
    "Austrian": "Austria",
    "Swiss": "Switzerland",
    "Italian": "Italy",
    "Spanish": "Spain",
    "Portuguese": "Portugal",
    "Dutch": "Netherlands",
    "Belgian": "Belgium",
    "Luxembourgish": "Luxembourg",
    "Danish": "Denmark",
    "Norwegian": "Norway",
    "Swedish": "Sweden",
    "Finnish": "Finland",
    "Icelandic": "Iceland",
    "Polish": "Poland",
    "Czech": "Czech Republic",
    "Slovak": "Slovakia",
    "Hungarian": "Hungary",
    "Romanian": "Romania",
    "Bulgarian": "Bulgaria",
    "Greek": "Greece",
    "Turkish": "Turkey",
    "Russian": "Russia",
    "Ukrainian": "Ukraine",
    "Serbian": "Serbia",
    "Croatian": "Croatia",
    "Slovenian": "Slovenia",
    "Estonian": "Estonia",
    "Latvian": "Latvia",
    "Lithuanian": "Lithuania",
    "Israeli": "Israel",
    "Iranian": "Iran",
    "Egyptian": "Egypt",
    "Moroccan": "Morocco",
    "Tunisian": "Tunisia",
    "Algerian": "Algeria",
    "Nigerian": "Nigeria",
    "Bruneian": "Brunei",
    "Macanese": "Macau",
    "Taiwanese": "Taiwan",
    "Ugandan": "Uganda",
    "Tanzanian": "Tanzania",
    "Rwandan": "Rwanda",
    "Zimbabwean": "Zimbabwe",
    "Zambian": "Zambia",
    "Cameroonian": "Cameroon",
    "Ivorian": "Ivory Coast",
    "Malian": "Mali",
    "Burkinabé": "Burkina Faso",
    "Angolan": "Angola",
    "Mozambican": "Mozambique",
    "Namibian": "Namibia",
    "Sudanese": "Sudan",
    "Somali": "Somalia",
    "Lebanese": "Lebanon",
    "Syrian": "Syria",
    "Jordanian": "Jordan",
    "Iraqi": "Iraq",
    "Saudi": "Saudi Arabia",
    "Emirati": "United Arab Emirates",
    "Qatari": "Qatar",
    "Kuwaiti": "Kuwait",
    "Palestinian": "Palestine",
    "Afghan": "Afghanistan",
    "Kazakh": "Kazakhstan",
    "Uzbek": "Uzbekistan",
    "Georgian": "Georgia",
    "Armenian": "Armenia",
    "Azerbaijani": "Azerbaijan",
    "Bosnian": "Bosnia and Herzegovina",
    "Albanian": "Albania",
    "Macedonian": "North Macedonia",
    "Montenegrin": "Montenegro",
    "Maltese": "Malta",
    "Cypriot": "Cyprus",
    "Uruguayan": "Uruguay",
    "Paraguayan": "Paraguay",
    "Bolivian": "Bolivia",
    "Ecuadorian": "Ecuador",
    "Guatemalan": "Guatemala",
    "Honduran": "Honduras",
    "Salvadoran": "El Salvador",
    "Nicaraguan": "Nicaragua",
    "Costa Rican": "Costa Rica",
    "Panamanian": "Panama",
    "Dominican": "Dominican Republic",
    "Puerto Rican": "Puerto Rico",
    "Jamaican": "Jamaica",
    "Haitian": "Haiti",
    "Burmese": "Myanmar",
    "Laotian": "Laos",
    "Lao": "Laos",
    "Malagasy": "Madagascar",
    "Omani": "Oman",
    "Yemeni": "Yemen",
    "Bahraini": "Bahrain",
    "Libyan": "Libya",
    "Mauritian": "Mauritius",
    "Seychellois": "Seychelles",
    "Comorian": "Comoros",
    "Surinamese": "Suriname",
    "Guyanese": "Guyana",
    "Cape Verdean": "Cape Verde",
    "Belizean": "Belize",
    "Bahamian": "Bahamas",
    "Trinidadian": "Trinidad and Tobago",
    "Barbadian": "Barbados",
    "Greenlandic": "Greenland",
    "Faroese": "Faroe Islands",
    "Andorran": "Andorra",
    "Monegasque": "Monaco",
    "Kosovar": "Kosovo",
    "Beninese": "Benin",
    "Togolese": "Togo",
    "Gabonese": "Gabon",
    "Malawian": "Malawi",
    "Eritrean": "Eritrea",
    "Mauritanian": "Mauritania",
    "Chadian": "Chad",
    "Liberian": "Liberia",
    "Gambian": "Gambia",
    "Sierra Leonean": "Sierra Leone",
    "Botswanan": "Botswana",
    "Samoan": "Samoa",
    "Tongan": "Tonga",
    "Maldivian": "Maldives",
    "Papua New Guinean": "Papua New Guinea",
    "Timorese": "East Timor",
    "Bhutanese": "Bhutan",
    "Fijian": "Fiji",
    "Catalan": "Catalonia",
    "Basque": "Basque Country",
    "Flemish": "Flanders",
    "Québécois": "Quebec",
    "Quebec": "Quebec",
    "Belarusian": "Belarus",
    "Moldovan": "Moldova",
    "Kyrgyz": "Kyrgyzstan",
    "Tajik": "Tajikistan",
    "Turkmen": "Turkmenistan",
    "Ghanaian": "Ghana",
    "Kenyan": "Kenya",
    "Senegalese": "Senegal",
    "South African": "South Africa",
    "Ethiopian": "Ethiopia",
    "Indian": "India",
    "Pakistani": "Pakistan",
    "Bangladeshi": "Bangladesh",
    "Sri Lankan": "Sri Lanka",
    "Nepali": "Nepal",
    "Chinese": "China",
    "Japanese": "Japan",
    "Korean": "South Korea",
    "South Korean": "South Korea",
    "North Korean": "North Korea",
    "Mongolian": "Mongolia",
    "Vietnamese": "Vietnam",
    "Thai": "Thailand",
    "Filipino": "Philippines",
    "Philippine": "Philippines",
    "Indonesian": "Indonesia",
    "Malaysian": "Malaysia",
    "Singaporean": "Singapore",
    "Cambodian": "Cambodia",
    "Australian": "Australia",
    "New Zealand": "New Zealand",
    "Hong Kong": "Hong Kong",
    "Latin American": "Latin America",
    "North American": "North America",
    "South American": "South America",
    "European": "Europe",
    "Scandinavian": "Scandinavia",
    "Nordic": "Nordic countries",
    "Baltic": "Baltic states",
    "Asian": "Asia",
    "African": "Africa",
    "Yugoslav": "Yugoslavia",
    "Soviet": "Soviet Union",
    "Czechoslovak": "Czechoslovakia",
    "East German": "East Germany",
    "West German": "West Germany",
}

#: Regions (no countries) whose adjective names their cinemas ("re-released in Tuvan
#: cinemas"): read as places, never counted among the countries.
REGIONAL_DEMONYMS = {
    "Tuvan": "Tuva",
    "Breton": "Brittany",
    "Corsican": "Corsica",
    "Sardinian": "Sardinia",
    "Sicilian": "Sicily",
    "Bavarian": "Bavaria",
    "Andalusian": "Andalusia",
}

_DEMONYM_WORDS = sorted({*DEMONYMS, *REGIONAL_DEMONYMS}, key=len, reverse=True)
_DEMONYM = "|".join(re.escape(d) for d in _DEMONYM_WORDS)
#: "the German theatrical release", "the Spanish and Portuguese release", "its American debut".
_DEMONYM_RUN = re.compile(
    rf"\b(?P<run>(?:{_DEMONYM})(?:(?:,\s*|\s+and\s+|\s*/\s*)(?:{_DEMONYM}))*)"
    r"(?=\s+(?:theatrical\s+|cinema\s+|limited\s+|wide\s+|nationwide\s+|general\s+|home\s+|"
    r"television\s+|TV\s+|streaming\s+|DVD\s+)*(?:release|releases|premiere|debut|run|"
    r"distribution|rights|opening|audiences?|cinemas|theatres|theaters|screens|cities|towns|box office|market|"
    r"Blu-ray|DVD|VHS|home media|home video|service|platform|streamer|broadcaster)\b"
    # ("The Spanish DVD was issued in 2006, and the American one followed": the one named)
    r"|\s+one(?![\w-]))"
)
#: "French and German DVD editions": after a language's name, a disc's languages.
_EDITIONS_AFTER = re.compile(r"\s+(?:(?:DVD|Blu-ray|VHS|home video)\s+)?(?:editions?|versions?)\b")
#: Capital letters of the Latin alphabets: "Đà Nẵng", "Łódź" and "Ústí" are names too.
UPPER = "A-ZÀ-ÖØ-Þ" + "".join(
    chr(c) for c in (*range(0x100, 0x180), *range(0x1E00, 0x1F00)) if chr(c).isupper()
)
_CAPWORD = rf"[{UPPER}][\w'’.-]*"
_TERRITORY = re.compile(
    # ("reaching Ibadan and Kano the following month": a verb that takes its place bare)
    r"\b(?:in|across|throughout|to|for|reach(?:ed|ing|es)?(?=\s+(?:the\s+)?[A-ZÀ-Þ][a-zà-ÿ]))\s+(?P<run>(?:the\s+)?(?:sub-|pan-)?"
    # ("Côte d'Ivoire": a name's "d'" word)
    # ("Santa Cruz de la Sierra": "de la" joins a name as well)
    rf"{_CAPWORD}(?:\s+(?:{_CAPWORD}|of|de|del|da|(?:la|las|los)(?=\s+[{UPPER}])|d['’][{UPPER}][\w'’.-]*)(?=\s|$|[,.;)]))*"
    # "in Asunción, Ciudad del Este and Foz do Iguaçu": later names keep their joining words
    rf"(?:(?:,\s*|,?\s+and\s+)(?:the\s+)?{_CAPWORD}"
    rf"(?:\s+(?:{_CAPWORD}|(?:de|del|da|do|dos|das|di|du|la|las|los)(?=\s+(?:la\s+|las\s+|los\s+)?[A-Z])|d['’][{UPPER}][\w'’.-]*))*)*)"
    # "for NZ$15,000", "in SEK": a currency's prefix is no place
    r"(?![\w'’.$-])(?!\s+(?:section|competition|strand|programme|program|sidebar|lineup|line-up)\b)"
    # "for the Nepali diaspora": a people abroad, not their country
    r"(?!\s+(?:diaspora|community|communities|expatriates|emigrants|immigrants|exiles)\b)"
)
_FOLLOWED = re.compile(
    r"^(?:and\s+|then\s+|with\s+)?(?:the\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+"
    r"(?:followed|following|came next|was next)\b"
)
#: Every country the demonym table names.
COUNTRY_NAMES = frozenset(DEMONYMS.values())
#: Countries that were, or are, part of a union a film's country may be named by: a
#: Croatian actor in a Yugoslav film, a Scottish one in a British film, is at home.
UNIONS: dict[str, frozenset[str]] = {
    "Yugoslavia": frozenset(
        {"Croatia", "Serbia", "Slovenia", "Bosnia and Herzegovina", "North Macedonia", "Montenegro"}
    ),
    "Soviet Union": frozenset(
        {
            "Russia",
            "Ukraine",
            "Belarus",
            "Georgia",
            "Armenia",
            "Azerbaijan",
            "Kazakhstan",
            "Uzbekistan",
            "Estonia",
            "Latvia",
            "Lithuania",
            "Moldova",
            "Kyrgyzstan",
            "Tajikistan",
            "Turkmenistan",
        }
    ),
    "Czechoslovakia": frozenset({"Czech Republic", "Slovakia"}),
    "United Kingdom": frozenset({"England", "Scotland", "Wales"}),
}


def same_country_family(countries: list[str]) -> set[str]:
    """``countries`` (case-folded) with the unions they belong to and the members of the
    unions among them: the countries at home in a film of those countries."""
    out = {c.casefold() for c in countries}
    for union, members in UNIONS.items():
        folded = {m.casefold() for m in members}
        if union.casefold() in out or out & folded:
            out |= folded | {union.casefold()}
    return out


_COUNTRY_NAMES = COUNTRY_NAMES
_COUNTRY_NAMES_LONGEST = sorted(_COUNTRY_NAMES, key=len, reverse=True)
_LEADING_TERRITORY = re.compile(
    rf"^(?:In|Across|Throughout)\s+(?P<run>(?:the\s+)?{_CAPWORD}(?:\s+(?:{_CAPWORD}|of|and|the))*)"
    r"(?=,|\s+(?:it|the film|the picture)\b)"
)
#: "…; in East Germany, Progress Film-Verleih released it": a clause's own frame, when a
#: company and its verb follow the comma.
_LEADING_FRAME = re.compile(
    rf"^in\s+(?P<run>(?:the\s+)?{_CAPWORD}(?:\s+(?:{_CAPWORD}|of|and|the))*)"
    r"(?=,\s+(?:[A-Z][\w'’.&-]*\s+){1,4}(?:released|opened|distributed|gave|acquired|bought|"
    r"issued|brought|launched|put)\b)"
)
_VENUE = re.compile(
    r"\b(?i:at|during|for|to|of|in)\s+(?:the\s+|its\s+)?(?P<venue>(?:\d{1,3}(?:st|nd|rd|th)\s+|(?:19|20)\d\d\s+)?"
    rf"{_CAPWORD}(?:\s+(?:[A-Z0-9][\w'’.&/-]*|(?:of|de|du|des|del|della|di|do|da|dos|das|von|van|"
    # a joining word only before a name's next word: "the Competition of the 2020 Sundance
    # Film Festival" leaves "of the …" to name the festival
    rf"am|an|sur|for|and|&)(?=\s+[A-Z0-9&])|of\s+the(?=\s+[A-Z])|d['’][A-Z][\w-]*|l['’][A-Z][\w-]*)"
    r"(?=\s|$|[,.;)]))*)"
)
_TRAILING = re.compile(r"(?:\s+(?:of|de|du|des|del|di|da|for|and|&|in|on|the))+$")
_NOT_PLACE_WORDS = {
    # "timed for the Day of Indigenous Languages": a day, no place
    "Day",
    *WEEKDAYS,
    # Holidays: "opened nationwide in time for Halloween" names no place.
    "Halloween",
    "Christmas",
    "Easter",
    "Thanksgiving",
    "Diwali",
    "Ramadan",
    "Eid",
    "Hanukkah",
    "Tết",
    "Tet",
    "Valentine's",
    "Digital",
    "3D",
    "IMAX",
    "Dolby",
    "Cinema",
    "Cinemas",
    "Edition",
    "Cut",
    "Version",
    "Netflix",
    "DVD",
    "Blu-ray",
    "VHS",
    "The",
    "It",
    "Its",
    "This",
    "A",
    "An",
    *MONTH_NAMES,
    # Film stocks and processes: "shot in Eastmancolor" names no place.
    "Eastmancolor",
    "Technicolor",
    "Agfacolor",
    "Fujicolor",
    "Kodachrome",
    "Ektachrome",
    "Metrocolor",
    "Deluxe",
    "CinemaScope",
    "VistaVision",
    "Panavision",
    "Techniscope",
    "Super",
    # A company's words: "the successor to Les Films du Cap" names no place.
    "Films",
    "Pictures",
    "Studios",
    "Productions",
    "Entertainment",
    "Releasing",
    "Distribution",
}
_VENUE_WORDS = re.compile(
    r"(?:\w*[Ff]est\b|\bPrix\b)|\b(?:Festival|Fest|Fleadh|Film Festival|Biennale|Berlinale|Market|Awards?|Prize|Prizes|Ceremony|"
    r"Oscars|Globes|Theatre|Theater|Théâtre|Teatro|Opera|Arena|Cinema|Cinémathèque|Cinematheque|Museum|Centre|Center|"
    r"Hall|Institute|Academy|Palace|Palais|Lincoln|Sundance|Series|Week|Days|Fortnight|Forum|"
    r"Showcase|Competition|Section|Panorama|Platform|Encounters|Horizons|Selection|Program|"
    r"Programme|Gala|Symposium|Conference)\b"
)


_NEEDS_THE = re.compile(
    r"^(?:United\s|Netherlands$|Czech Lands$|Philippines$|Czech Republic$|Dominican Republic$|Bahamas$|"
    r"Gambia$|Maldives$|Middle East$|(?:Dutch\s+|French\s+|British\s+)?Caribbean$|Balkans$|"
    r"Basque Country$|Nordic countries$|"
    r"Gulf$|Gulf States$|Gulf states$|Americas$|Baltic States$|Baltic states$|Low Countries$|"
    r"UK$|US$|USA$|UAE$|Soviet Union$|Central African Republic$|Ivory Coast$|Vatican$|"
    r"Solomon Islands$|Faroe Islands$|Canary Islands$|Far East$|Levant$|Sahel$|Maghreb$|"
    r"(?:Indian|Pacific|Atlantic|Arctic)\s+Ocean$|Pacific$|Mediterranean$|Himalayas$|Alps$|"
    r"Andes$|Sahara$|"
    r"(?:American\s+|Canadian\s+|Pacific\s+)?(?:Southwest|Midwest|Northeast|Northwest|Southeast|"
    r"South|North|West)$|Deep South$|West Coast$|East Coast$|"
    r"Western Cape$|Eastern Cape$|Northern Cape$|Free State$|(?:[\w'’-]+\s+)+Region$|"
    # "the Republic of Ireland", "the People's Republic of China", "the Cook Islands"
    r"(?:[\w'’-]+\s+)*Republic\b|(?:[\w'’-]+\s+)+Islands$|"
    # "the Mekong Delta", "the Rhône Valley", "the Scottish Highlands", "the Ruhr"
    r"(?:[\w'’-]+\s+)+(?:Delta|Valley|Basin|Peninsula|Highlands|Lowlands|Riviera|Plain|"
    r"Plains|Steppe|Coast|Provinces|Territories)$|"
    # "the Estonian SSR", "the Ukrainian SSR", "the Russian SFSR"
    r"(?:[\w'’-]+\s+)+S(?:F)?SR$)"
)


def with_article(place: str) -> str:
    """``United States`` → ``the United States``: the article English needs before a name,
    before each name of a list ("the Czech Republic and Slovakia", "Belgium and the
    Netherlands")."""
    parts = re.split(r"(,\s+(?:and\s+)?|\s+and\s+)", place)
    return "".join(
        f"the {part}" if index % 2 == 0 and _NEEDS_THE.match(part) else part
        for index, part in enumerate(parts)
    )


def clean_place(name: str) -> str:
    """Trim connecting words and punctuation caught at the end of a capitalised run."""
    name = name.strip(" ,;.:()")
    name = _TRAILING.sub("", name)
    return re.sub(r"^the\s+", "", name).strip(" ,;.")


#: Languages a clause names after "in" ("Raaga Vaanavil in Tamil"): never places.
_LANGUAGES = frozenset(
    [
        "Tamil",
        "Telugu",
        "Hindi",
        "Malayalam",
        "Kannada",
        "Bengali",
        "Marathi",
        "Punjabi",
        "Urdu",
        "Gujarati",
        "Mandarin",
        "Cantonese",
        "Farsi",
        "Azerbaijani",
        "Galician",
        "Catalan",
        "Yoruba",
        "Igbo",
        "Hausa",
        "Swahili",
        "Amharic",
        "Tagalog",
        "Esperanto",
        "Latin",
        "Yiddish",
        "Hebrew",
        "Arabic",
        "Persian",
        "Pashto",
        "Sindhi",
        "Balochi",
        "Dari",
        "Kurdish",
        "Zulu",
        "Xhosa",
        "Afrikaans",
        "Wolof",
        "Lingala",
        "Twi",
        "Sinhala",
        "Nepali",
        "Quechua",
    ]
)
#: Language names, for the words that qualify a version or a trailer ("an Amharic trailer").
LANGUAGES = _LANGUAGES
#: Every language a version may be named by, those named like their people too ("The English
#: version", "a Pashto version"), which are places' adjectives elsewhere.
VERSION_LANGUAGES = _LANGUAGES | frozenset(
    [
        *("English", "French", "German", "Spanish", "Italian", "Portuguese", "Russian"),
        *("Dutch", "Polish", "Czech", "Hungarian", "Greek", "Turkish", "Japanese", "Korean"),
        *("Chinese", "Swedish", "Norwegian", "Danish", "Finnish", "Romanian", "Serbian"),
        *("Croatian", "Ukrainian", "Thai", "Vietnamese", "Indonesian", "Malay", "Icelandic"),
        *("Estonian", "Welsh"),
    ]
)


def _usable(name: str) -> bool:
    words = name.split()
    return (
        bool(words)
        and words[0] not in _NOT_PLACE_WORDS
        and (
            words[-1] not in _NOT_PLACE_WORDS
            # "the Buenos Aires International Festival of Independent Cinema"
            or (words[-1] in {"Cinema", "Cinemas"} and _EVENT_WORDS.search(name) is not None)
        )
        and name not in _LANGUAGES
    )


_COUNTRY_ATTRIBUTE = re.compile(
    r"\b[Tt]he\s+(?P<name>"
    + "|".join(re.escape(c) for c in sorted({*DEMONYMS.values()}, key=len, reverse=True))
    + r")\s+(?:theatrical\s+|distribution\s+|home\s+|streaming\s+)*(?:rights|release|premiere|distribution)\b"
)


def demonym_territories(clause: str) -> list[str]:
    """Countries named by adjective before a release noun ("the German theatrical release",
    "the United States distribution rights")."""
    found: list[str] = [m.group("name") for m in _COUNTRY_ATTRIBUTE.finditer(clause)]
    for match in _DEMONYM_RUN.finditer(clause):
        editions = bool(_EDITIONS_AFTER.match(clause, match.end()))
        for word in re.split(r",\s*|\s+and\s+|\s*/\s*", match.group("run")):
            if editions and word.strip() in VERSION_LANGUAGES:
                continue  # (a language edition, which no market's release is)
            country = DEMONYMS.get(word.strip()) or REGIONAL_DEMONYMS.get(word.strip())
            if country and country not in found:
                found.append(country)
    return found


#: "in four Paris cinemas", "in 12 Tokyo theatres": a count before a city's venues.
_COUNTED_VENUES = re.compile(
    r"\bin\s+(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|"
    r"several|a\s+handful\s+of)\s+(?=[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:cinemas|theatres|"
    r"theaters|screens|venues|picture\s+houses)\b)"
)


_SOLD_TO_BUYER = re.compile(
    r"(?P<verb>\b(?:sold|licensed)\b[^,;]*?)\s+to\s+(?=(?:[A-Z][\w'’.&-]*\s+){1,3}in\s+(?:the\s+)?"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b)[A-Z])"
)


_TO_BUYER_FOR = re.compile(r"\bto\s+(?=(?:[A-Z][\w'’.&-]*\s+){1,3}for\s+(?:the\s+)?[A-Z])")


_HOLIDAY = re.compile(
    r"\b(?:the\s+)?(?:[A-Z][\w'’-]*\s+)+(?:holidays?|festivities|celebrations?)\b"
)
_KIND_OF_VENUE = re.compile(
    r"\bin\s+[A-Z][\w'’-]+\s+(?:cinemas|theatres|theaters|venues|picture\s+houses)\s+in\s+(?=[A-Z])"
)


def territories(clause: str) -> list[str]:
    """Territories after "in / across / throughout" (and demonyms), venues excluded."""
    # "in 2019 brought in Maarja Tamm as a co-producer": a phrasal verb, no place.
    clause = re.sub(
        r"\b(brought|called|phoned|pitched|chipped|stepped|came|checked)\s+in\b", r"\1 into", clause
    )
    # "opened in four Paris cinemas": the city before the count's venues is the place.
    clause = _COUNTED_VENUES.sub("in ", clause)
    # "for the Obon holidays", "the Lunar New Year holiday": a season, no place
    if "oliday" in clause or "festivities" in clause or "celebration" in clause:
        clause = _HOLIDAY.sub("the holiday", clause)
    # "the Czech lands" (before 1993): a region of its own, never the later republic
    clause = clause.replace("Czech lands", "Czech Lands")
    # "played in Chinatown cinemas in San Francisco": the kind of cinema, then the place.
    clause = _KIND_OF_VENUE.sub("in cinemas in ", clause)
    if "sold" in clause or "licensed" in clause:
        # "sold the film to Cinequanon in Japan": the buyer, not a place.
        clause = _SOLD_TO_BUYER.sub(r"\g<verb> unto ", clause)
        # "sold the film to Cinéart for Belgium, to Filmcoopi for Switzerland": each buyer
        clause = _TO_BUYER_FOR.sub("unto ", clause)
    # "Washington, D.C.": one city, whose comma is no list's.
    clause = re.sub(r"\bWashington,\s+D\.\s?C\.?", "Washington DC", clause)
    if "ccording to" in clause:
        clause = re.sub(r"\b[Aa]ccording to\b", "Per", clause)  # a source, no place
    if "'s " in clause or "’s " in clause:
        # "opened in all of Greenland's cinemas": the country whose cinemas they are.
        clause = _POSSESSED_CINEMAS.sub(
            lambda m: (
                f"across {m.group('p')} in " if m.group("p") in _COUNTRY_NAMES else m.group(0)
            ),
            clause,
        )
    breakdown = _BREAKDOWN.search(clause)
    if breakdown:
        # "in three other halls in the Kathmandu Valley, one each in Kathmandu, Patan and
        # Bhaktapur", "across Nepal …, including halls in Pokhara": the towns break the
        # place down (or give examples of it); the place is the one named first, if any.
        clause = clause[: breakdown.start()]
    found = demonym_territories(clause)
    # "Hong Kong followed on D": a country as the clause's subject.
    subject = _FOLLOWED.match(clause)
    if subject and subject.group("name") in _COUNTRY_NAMES and subject.group("name") not in found:
        found.append(subject.group("name"))
    # "In France it sold …" / "In Mexico, Corazón released …": the opening phrase, which
    # ends at the first comma (a company's name may follow it).
    lead = _LEADING_TERRITORY.match(clause) or _LEADING_FRAME.match(clause)
    inner = [
        m
        for m in _TERRITORY.finditer(clause)
        if (not lead or m.start() >= lead.end())
        # "released as Prom Night in the Car Park": a title's words, not a place.
        # (only the words just before the place can hold a title that runs into it)
        and not _IN_A_TITLE.search(clause, max(0, m.start() - 90), m.start())
    ]
    # "In the United States, X gave it a limited release in New York": the narrower place
    # the clause names is where it happened; the opening phrase only frames it.
    named = _places_of(inner, found)
    if lead and len(named) == len(found):
        named = _places_of([lead, *inner], found)
    # "released in Gujarat for Uttarayan": after a place, "for" names the occasion (a
    # festival, a holiday), unless it names a country ("rights in Cannes for Germany")
    return [
        name
        for name in named
        if name in _COUNTRY_NAMES
        or not re.search(
            rf"\bin\s+(?:the\s+)?[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)*\s+for\s+{re.escape(name)}\b",
            clause,
        )
    ]


_POSSESSED_CINEMAS = re.compile(
    r"\bin\s+(?:all\s+of\s+|each\s+of\s+|most\s+of\s+)?"
    r"(?P<p>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)['’]s\s+"
    r"(?=(?:[\w-]+\s+)?(?:cinemas|theatres|theaters|screens|picture\s+houses)\b)"
)
_BREAKDOWN = re.compile(
    r",\s+(?:one|two|three|four|five)\s+each\s+in\s|"
    # ("went into wide release on D, adding screens in Nieuw-Nickerie and Moengo")
    r",\s+adding\s+(?:[\w-]+\s+){0,3}in\s|"
    r",\s+(?:including|among\s+them)\s+(?:(?:\w+\s+){0,2}(?:halls|cinemas|screens|theatres|"
    r"theaters|venues|houses|screenings|showings)\s+)?in\s"
)


_IN_A_TITLE = re.compile(
    r"\b(?:as|titled|retitled|called|renamed)\s+(?:[A-Z][\w'’:-]*\s+){1,6}$"
    # "Pacifica Releasing opened Four Bags to Marseille in New York": a title right after
    # the release verb.
    r"|\b(?:opened|released|re-released|distributed|retitled)\s+[A-Z][\w'’:-]*\s+"
    r"(?:(?:[A-Z][\w'’:-]*|to|of|the|a|for|and|on|at)\s+){0,5}$"
)
#: Words after a demonym run that make it a language ("English and Spanish versions").
_LANGUAGE_AFTER = re.compile(
    r"\s*(?:-language\b|\s(?:versions?|dubs?|dubbed|subtitles?|subtitled|language|languages|"
    r"audio|tracks?|soundtracks?|voices?|voice cast|prints?)\b)"
)


_GROUP_NOUN = re.compile(r"\s+(countries|territories|regions|nations|markets)\b")


_SECTION_AFTER = re.compile(
    r"(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:section|sidebar|strand|programme|program|selection|"
    r"competition|showcase)\b"
)


#: Names with "and" inside them, never two places ("Trinidad and Tobago").
_COMPOUND_NAMES = re.compile(
    r"\b(?:Trinidad and Tobago|Bosnia and Herzegovina|Antigua and Barbuda|"
    r"Saint Kitts and Nevis|S[ãa]o Tom[ée] and Pr[íi]ncipe|Saint Vincent and the Grenadines|"
    r"Serbia and Montenegro|"
    r"Turks and Caicos Islands|Heard and McDonald Islands|Wallis and Futuna)\b"
)


def split_names(run: str) -> list[str]:
    """``Guyana, Trinidad and Tobago, and Jamaica`` → three places: a list split at its
    commas and "and", a country whose name holds "and" kept whole."""
    kept = {m.group(0).replace(" and ", " & "): m.group(0) for m in _COMPOUND_NAMES.finditer(run)}
    for joined, name in kept.items():
        run = run.replace(name, joined)
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+", run)
    return [kept.get(p.strip(), p) for p in parts]


def _places_of(matches: Iterable[re.Match[str]], found: list[str]) -> list[str]:
    """``found`` and the usable places of each match's run, in order, without repeats."""
    places = list(found)
    for match in matches:
        if _LANGUAGE_AFTER.match(match.string, match.end()):
            continue  # "in English and Spanish versions": languages, not places
        if _SECTION_AFTER.match(match.string, match.end()):
            continue  # "in the Special Presentations section": a festival's section
        group = _GROUP_NOUN.match(match.string, match.end())
        if group and (match.group("run").endswith("-speaking") or " " not in match.group("run")):
            # "in German-speaking countries": one place, the adjective and its noun.
            whole = f"{match.group('run')} {group.group(1)}"
            if whole not in places:
                places.append(whole)
            continue
        for part in split_names(match.group("run")):
            # "in East Germany Progress Film-Verleih released it": the country, then the
            # company that is the clause's subject.
            country = (
                None
                if _COMPOUND_NAMES.fullmatch(part.strip())
                else next((c for c in _COUNTRY_NAMES_LONGEST if part.startswith(f"{c} ")), None)
            )
            if country and not part.startswith(f"{country} City"):
                # ("Mexico City", "Kuwait City": a city, not its country)
                part = country
            place = clean_place(part)
            place = DEMONYMS.get(place) or REGIONAL_DEMONYMS.get(place, place)  # "in UK cinemas"
            if (
                place
                and _usable(place)
                and not _VENUE_WORDS.search(place)
                and place not in places
                and place not in _CURRENCY_CODES  # "in Finland and SEK 640,000 in Sweden"
            ):
                places.append(place)
    return places


#: ISO currency codes, which read like a country's initials ("SEK 640,000").
_CURRENCY_CODES = frozenset(
    [
        # old European currencies as articles abbreviate them ("FF 4.9 million")
        "FF",
        "DM",
        "SFr",
        "FRF",
        "DEM",
        "ITL",
        "BEF",
        "NLG",
        "ESP",
        "PTE",
        "ATS",
        "FIM",
        "GRD",
        "IEP",
        "EGP",
        "KES",
        "ZAR",
        "PKR",
        "NGN",
        "USD",
        "EUR",
        "GBP",
        "SEK",
        "NOK",
        "DKK",
        "ISK",
        "CHF",
        "JPY",
        "CNY",
        "INR",
        "BRL",
        "ARS",
        "MXN",
        "UYU",
        "CLP",
        "PEN",
        "COP",
        "KRW",
        "HKD",
        "TWD",
        "SGD",
        "MYR",
        "THB",
        "IDR",
        "PHP",
        "VND",
        "TRY",
        "RUB",
        "PLN",
        "CZK",
        "HUF",
        "RON",
        "BGN",
        "ZAR",
        "NGN",
        "KES",
        "GHS",
        "EGP",
        "MAD",
        "TND",
        "DZD",
        "JOD",
        "LBP",
        "ILS",
        "IRR",
        "PKR",
        "BDT",
        "LKR",
        "NPR",
        "AUD",
        "NZD",
        "CAD",
        "KZT",
        "UAH",
        "GEL",
        "AMD",
        "AZN",
        "XOF",
        "XAF",
        "ETB",
        "UGX",
        "TZS",
        "RWF",
        "BOB",
        "PYG",
        "VES",
        "CUP",
        "DOP",
        "GTQ",
        "HRK",
        "RSD",
        "BAM",
        "MKD",
        "EEK",
        "LVL",
        "LTL",
        "FIM",
        "FRF",
        "DEM",
        "ITL",
        "ESP",
        "PTE",
        "NLG",
        "BEF",
        "ATS",
        "IEP",
        "GRD",
        "YUF",
    ]
)


_EVENT_WORDS = re.compile(
    r"\b(?:Festival|Fest|Fleadh|Biennale|Berlinale|Awards|Oscars|Globes|Market|Ceremony)\b"
)
_PRIZE_NAME = re.compile(r"^(?:Best|Most|Outstanding|Special|Honorary)\b|\bAward$")


def venue(clause: str) -> str | None:
    """A festival, ceremony or venue named after a preposition ("at the Venice Film
    Festival", "of the 2021 Cannes Film Festival"); a prize's name ("Best Director", "the
    Bingham Ray Award") is not a venue."""
    names = []
    for match in _VENUE.finditer(clause):
        name = re.sub(r"^(?:19|20)\d\d\s+", "", clean_place(match.group("venue")))
        section = _SECTION_OF.match(name)
        if section and _EVENT_WORDS.search(section.group("event")):
            # "the U.S. Dramatic Competition of the Sundance Film Festival": the festival
            name = section.group("event")
        if name and _usable(name) and _VENUE_WORDS.search(name) and not _PRIZE_NAME.search(name):
            names.append(name)
    # A festival or ceremony beats a section or programme of it ("in the Competition of the
    # Sundance Film Festival").
    best = [n for n in names if _EVENT_WORDS.search(n)]
    chosen = best or names
    if not chosen:
        # "presented at the Thessaloniki festival": a festival named in lower case.
        lower = _LOWER_FESTIVAL.search(clause)
        if lower and _usable(lower.group("v")):
            return f"{lower.group('v')} festival"
    if not chosen:
        # "shown in competition at FESPACO in Ouagadougou": a festival known by its acronym.
        acronym = _ACRONYM_VENUE.search(clause)
        if acronym:
            return acronym.group("v")
    return chosen[0] if chosen else None


_SECTION_OF = re.compile(
    r"^.*\b(?:Competition|Section|Programme|Program|Panorama|Forum|Showcase|Selection|Strand|"
    r"Sidebar|Sidebars)\s+of\s+the\s+(?P<event>.+)$"
)
_LOWER_FESTIVAL = re.compile(
    r"\b(?:at|to|in)\s+the\s+(?:(?:19|20)\d\d\s+)?(?P<v>[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,3})"
    r"\s+(?:film\s+)?festival\b"
)
_ACRONYM_VENUE = re.compile(
    r"\b(?:at|of)\s+(?:the\s+)?(?P<v>(?!(?:DVD|VHS|IMAX|BBC|HBO|CBS|NBC|ABC|RAI|ZDF|UK|USA)\b)"
    r"[A-Z]{4,8})\b(?=\s+(?:in|on|festival|Festival|\d|,)|[,.;]|$)"
)


#: An office, not a place: "in the presence of the Minister of Transport".
_OFFICE = re.compile(
    r"^(?:Minister|Prime Minister|President|King|Queen|Prince|Princess|Duke|Duchess|Mayor|"
    r"Governor|Ambassador|Secretary|Chancellor|Emperor|Empress|Pope|Archbishop|Bishop|Lord|"
    r"Lady|Sir)\b"
)


def any_venue(clause: str) -> str | None:
    """Like :func:`venue`, but also a plain capitalised place after "at" (a city, a cinema);
    never an office held by a guest ("in the presence of the Minister of Transport")."""
    found = venue(clause)
    if found:
        return found
    for match in _VENUE.finditer(clause):
        name = clean_place(match.group("venue"))
        # ("competed for the Kim Jiseok Award at Busan": a prize is no place)
        if name and _usable(name) and not _OFFICE.match(name) and not _PRIZE_NAME.search(name):
            return name
    return None


def last_territory(sentences: list[str]) -> str | None:
    """The territory named last in ``sentences`` (read from the end, only as far as needed):
    what "there" means in "It went on to sell 41,300 tickets there"."""
    for sentence in reversed(sentences):
        named = territories(sentence)
        if named:
            return named[-1]
    return None


def there_territory(sentences: list[str]) -> str | None:
    """What "there" means after ``sentences``: the one territory the last sentence naming
    any names. "In the United States, X gave it a limited release … in New York. It took
    $61,000 … there": the country or the city, the article does not say (``None``)."""
    for sentence in reversed(sentences):
        named = territories(sentence)
        if named:
            frame = _LEADING_TERRITORY.match(sentence) or _LEADING_FRAME.match(sentence)
            if frame and not any(p in frame.group(0) for p in named):
                return None  # the frame's country and the clause's city both fit "there"
            return named[0] if len(set(named)) == 1 else None
    return None


def place_run(quote: str, last: bool = False) -> str | None:
    """The first territory the quote names (the ``last`` one: the nearest to what follows),
    or the pair it names together ("the United States and Canada": one figure for both,
    never for the first alone)."""
    places = territories(quote)
    if not places:
        return None
    if last and len(places) > 1:
        # The nearest place, or the pair the quote ends with ("in Haugesund …, across
        # Norway on 1 October on 168 screens": Norway).
        start = quote.rfind(places[-2])
        # from the word before the place ("in Melbourne and Sydney"), so its preposition counts
        start = quote.rfind(" ", 0, max(0, start - 1)) + 1 if start > 0 else start
        if start > 0 and quote[start:].startswith("the "):
            # "in the United Kingdom and Ireland": the preposition is before the article
            start = quote.rfind(" ", 0, max(0, start - 1)) + 1
        pair = place_run(quote[start:]) if start >= 0 else place_run(quote)
        if pair and pair.endswith(with_article(places[-1])) and " and " in pair:
            return pair
        return places[-1]
    if len(places) > 1:
        # "the UK and Ireland" names them as the article writes them, short forms included.
        def spelled(place: str) -> str:
            forms = [place, *(k for k, v in DEMONYMS.items() if v == place and k.isupper())]
            return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))

        for size in range(len(places), 2, -1):
            # "€96,400 in France, Réunion and Mayotte": one figure for the three together.
            head = r",\s*(?:the\s+)?".join(f"(?:{spelled(p)})" for p in places[: size - 1])
            if re.search(
                rf"(?<![\w.]){head},?\s+and\s+(?:the\s+)?(?:{spelled(places[size - 1])})"
                r"(?![\w$€£¥])",
                quote,
            ):
                listed = ", ".join(with_article(p) for p in places[: size - 1])
                return f"{listed} and {with_article(places[size - 1])}"
        if re.search(
            rf"(?<![\w.])(?:{spelled(places[0])})\s+and\s+(?:the\s+)?(?:{spelled(places[1])})(?![\w$€£¥])",
            quote,
        ):
            return f"{places[0]} and {with_article(places[1])}"
    return places[0]
