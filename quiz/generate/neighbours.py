"""Territories a player lumps together: the areas a distractor for a territory comes from.

A distributor's name often points to its territory ("Ubuntu Films" reads South African,
"Northern Frame" Nordic, "Adriatica Cinema" Adriatic, "Habesha Pictures" Ethiopian). Set
against Belgium, Norway and the United Kingdom such a name answers "In which territory did
Ubuntu Films acquire the rights?" on its own, and no table of name looks can know every
language's words. Offering the key's neighbours instead (Botswana, Namibia, Zimbabwe) makes
the name no help: it points to the whole area, and the player must know which country.

The areas overlap on purpose (Switzerland is French- and German-speaking; Egypt is both
North African and Levantine): a territory's neighbours are the union of its areas.
"""

from __future__ import annotations

from functools import cache

#: Areas a player sees as one part of the world, each a tuple of territory names as the
#: facts spell them. Order within an area is the order neighbours are offered in.
AREAS: tuple[tuple[str, ...], ...] = (
    ("Denmark", "Norway", "Sweden", "Finland", "Iceland", "Faroe Islands", "Greenland"),
    ("Estonia", "Latvia", "Lithuania", "Finland"),
    ("France", "Belgium", "Switzerland", "Luxembourg", "Monaco", "Netherlands"),
    ("Germany", "Austria", "Switzerland", "Luxembourg", "Netherlands", "Belgium"),
    ("United Kingdom", "Ireland"),
    ("England", "Scotland", "Wales", "Northern Ireland", "Ireland"),
    ("Spain", "Portugal", "Andorra", "France"),
    ("Italy", "Malta", "Slovenia", "Croatia", "Albania", "Montenegro", "Greece"),
    ("Greece", "Cyprus", "Turkey", "Bulgaria", "Albania", "North Macedonia"),
    (
        "Serbia",
        "Croatia",
        "Bosnia and Herzegovina",
        "Montenegro",
        "North Macedonia",
        "Kosovo",
        "Albania",
        "Slovenia",
        "Bulgaria",
    ),
    ("Poland", "Czech Republic", "Slovakia", "Hungary", "Austria", "Slovenia"),
    ("Romania", "Moldova", "Bulgaria", "Hungary", "Ukraine"),
    ("Ukraine", "Belarus", "Moldova", "Russia", "Poland", "Lithuania"),
    ("Georgia", "Armenia", "Azerbaijan", "Turkey"),
    ("Kazakhstan", "Kyrgyzstan", "Uzbekistan", "Tajikistan", "Turkmenistan", "Mongolia"),
    ("Afghanistan", "Iran", "Pakistan", "Tajikistan", "Uzbekistan", "Turkmenistan"),
    ("Lebanon", "Syria", "Jordan", "Israel", "Palestine", "Iraq", "Egypt", "Cyprus"),
    (
        "Saudi Arabia",
        "United Arab Emirates",
        "Qatar",
        "Kuwait",
        "Bahrain",
        "Oman",
        "Yemen",
        "Iraq",
        "Iran",
    ),
    ("Morocco", "Algeria", "Tunisia", "Libya", "Egypt", "Mauritania"),
    (
        "Senegal",
        "Mali",
        "Burkina Faso",
        "Ivory Coast",
        "Guinea",
        "Niger",
        "Gambia",
        "Mauritania",
        "Cape Verde",
    ),
    ("Ghana", "Togo", "Benin", "Nigeria", "Ivory Coast", "Burkina Faso", "Cameroon"),
    ("Sierra Leone", "Liberia", "Guinea", "Ivory Coast", "Gambia"),
    ("Cameroon", "Gabon", "Chad", "Nigeria", "Central African Republic", "Congo"),
    ("Ethiopia", "Eritrea", "Somalia", "Djibouti", "Sudan", "South Sudan", "Kenya"),
    ("Kenya", "Uganda", "Tanzania", "Rwanda", "Burundi", "Ethiopia"),
    (
        "South Africa",
        "Botswana",
        "Namibia",
        "Zimbabwe",
        "Zambia",
        "Mozambique",
        "Malawi",
        "Lesotho",
        "Eswatini",
        "Angola",
    ),
    ("Madagascar", "Mauritius", "Seychelles", "Comoros", "Réunion", "Mayotte", "Maldives"),
    ("India", "Pakistan", "Bangladesh", "Sri Lanka", "Nepal", "Bhutan", "Maldives"),
    (
        "Thailand",
        "Vietnam",
        "Laos",
        "Cambodia",
        "Myanmar",
        "Malaysia",
        "Singapore",
        "Indonesia",
        "Philippines",
        "Brunei",
        "East Timor",
    ),
    ("China", "Japan", "South Korea", "Taiwan", "Hong Kong", "Macau", "Mongolia"),
    (
        "Australia",
        "New Zealand",
        "Fiji",
        "Papua New Guinea",
        "Samoa",
        "Tonga",
        "Vanuatu",
        "Solomon Islands",
        "New Caledonia",
    ),
    ("United States", "Canada", "Mexico"),
    (
        "Mexico",
        "Guatemala",
        "Belize",
        "Honduras",
        "El Salvador",
        "Nicaragua",
        "Costa Rica",
        "Panama",
    ),
    (
        "Cuba",
        "Jamaica",
        "Haiti",
        "Dominican Republic",
        "Puerto Rico",
        "Bahamas",
        "Barbados",
        "Trinidad and Tobago",
        "Curaçao",
        "Martinique",
        "Guadeloupe",
    ),
    ("Colombia", "Ecuador", "Peru", "Bolivia", "Venezuela", "Chile"),
    ("Argentina", "Chile", "Uruguay", "Paraguay", "Brazil", "Bolivia"),
    ("Guyana", "Suriname", "French Guiana", "Brazil", "Venezuela"),
)


#: Lands too small to be a distribution territory of their own in a player's eyes (two
#: blind reviews called Greenland, the Faroe Islands, Vanuatu and Samoa "filler no one would
#: pick"): never offered as a neighbour.
MICRO_TERRITORIES = frozenset(
    {
        "Faroe Islands",
        "Greenland",
        "Monaco",
        "Andorra",
        "Vanuatu",
        "Papua New Guinea",
        "Samoa",
        "Tonga",
        "Solomon Islands",
        "New Caledonia",
        "Comoros",
        "Mayotte",
        "Djibouti",
        "South Sudan",
        "Macau",
        "Maldives",
        "Brunei",
        "East Timor",
        "Bhutan",
        "Burundi",
        "Central African Republic",
        "Gambia",
        "Cape Verde",
        "Liberia",
        "Sierra Leone",
        "Lesotho",
        "Eswatini",
        "Kosovo",
        "Montenegro",
        "Malta",
        "French Guiana",
        "Suriname",
        "Guyana",
        "Belize",
        "Bahamas",
        "Barbados",
        "Curaçao",
        "Martinique",
        "Guadeloupe",
    }
)


@cache
def neighbours(territory: str) -> tuple[str, ...]:
    """The territories sharing an area with ``territory``, nearest areas' order kept; empty
    for a territory no area lists (a block such as "the United Kingdom and Ireland")."""
    found: dict[str, None] = {}
    # Its own area first: the one that lists it earliest (Kenya's East Africa before the
    # Horn of Africa, where it comes last).
    for area in sorted((a for a in AREAS if territory in a), key=lambda a: a.index(territory)):
        found.update(dict.fromkeys(t for t in area if t != territory))
    return tuple(t for t in found if t not in MICRO_TERRITORIES)


#: Words a company's name may use for its land besides the English name and demonym: the
#: land's own name ("Kinoteka Polska") and its capital or film city ("Hanoi Lotus Films",
#: "Tallinna Kinolevi"). Matched on a word's first five letters, so inflected forms count
#: ("Vilniaus" is Vilnius's genitive).
OWN_WORDS: dict[str, tuple[str, ...]] = {
    "Poland": ("Polska", "Warsaw", "Warszawa", "Krakow", "Kraków", "Łódź"),
    "Estonia": ("Eesti", "Tallinn"),
    "Latvia": ("Latvija", "Riga", "Rīga"),
    "Lithuania": ("Lietuva", "Vilnius", "Kaunas"),
    "Finland": ("Suomi", "Helsinki"),
    "Sweden": ("Sverige", "Stockholm", "Svensk"),
    "Norway": ("Norge", "Norsk", "Oslo", "Bergen"),
    "Denmark": ("Danmark", "Dansk", "Copenhagen", "København"),
    "Iceland": ("Ísland", "Reykjavik", "Reykjavík"),
    "Germany": ("Deutschland", "Deutsche", "Berlin", "Munich", "München", "Hamburg"),
    "Austria": ("Österreich", "Vienna", "Wien"),
    "Switzerland": ("Schweiz", "Suisse", "Svizzera", "Helvetia", "Zurich", "Zürich", "Geneva"),
    "Spain": ("España", "Madrid", "Barcelona"),
    "Portugal": ("Lisbon", "Lisboa", "Porto"),
    "Italy": ("Italia", "Rome", "Roma", "Milan", "Milano", "Napoli"),
    "Greece": ("Hellas", "Athens", "Athina", "Lykavittos", "Acropolis", "Thessaloniki"),
    "Hungary": ("Magyar", "Budapest"),
    "Czech Republic": ("Česko", "Ceska", "Česká", "Prague", "Praha"),
    "Slovakia": ("Slovensko", "Bratislava"),
    "Croatia": ("Hrvatska", "Zagreb"),
    "Serbia": ("Srbija", "Belgrade", "Beograd"),
    "Slovenia": ("Slovenija", "Ljubljana"),
    "Romania": ("România", "Bucharest", "București"),
    "Bulgaria": ("Bulgariya", "Sofia"),
    "North Macedonia": ("Skopje",),
    "Albania": ("Shqipëri", "Shqip", "Tirana"),
    "Netherlands": ("Nederland", "Holland", "Amsterdam"),
    "Belgium": ("Belgique", "België", "Brussels", "Bruxelles"),
    "Ireland": ("Éire", "Dublin"),
    "Turkey": ("Türkiye", "Istanbul", "İstanbul", "Ankara"),
    "Georgia": ("Sakartvelo", "Tbilisi"),
    "Armenia": ("Hayastan", "Yerevan"),
    "Azerbaijan": ("Azərbaycan", "Baku"),
    "Kazakhstan": ("Qazaqstan", "Almaty", "Astana"),
    "Kyrgyzstan": ("Bishkek",),
    "Uzbekistan": ("Tashkent", "Samarkand"),
    "Russia": ("Rossiya", "Moscow", "Moskva", "Petersburg"),
    "Ukraine": ("Kyiv", "Kiev", "Odesa", "Odessa"),
    "Iran": ("Tehran",),
    "Egypt": ("Misr", "Masr", "Cairo"),
    "Morocco": ("Maroc", "Casablanca", "Marrakech", "Rabat"),
    "Lebanon": ("Beirut", "Liban"),
    "Japan": ("Nippon", "Nihon", "Tokyo", "Osaka", "Kyoto"),
    "China": ("Zhongguo", "Beijing", "Shanghai"),
    "South Korea": ("Hanguk", "Seoul", "Busan"),
    "Taiwan": ("Taipei",),
    "Vietnam": ("Hanoi", "Saigon"),
    "Thailand": ("Bangkok",),
    "Cambodia": ("Phnom", "Kampuchea"),
    "Laos": ("Vientiane",),
    "Philippines": ("Manila", "Pilipinas"),
    "Indonesia": ("Jakarta",),
    "Malaysia": ("Kuala",),
    "India": ("Bharat", "Mumbai", "Bombay", "Delhi", "Chennai", "Kolkata"),
    "Pakistan": ("Lahore", "Karachi"),
    "Bangladesh": ("Dhaka",),
    "Sri Lanka": ("Colombo",),
    "Nepal": ("Kathmandu",),
    "Nigeria": ("Lagos", "Nollywood"),
    "Ghana": ("Accra", "Kumasi", "Ashanti"),
    "Jordan": ("Petra", "Amman"),
    "Senegal": ("Dakar",),
    "Kenya": ("Nairobi",),
    "Ethiopia": ("Addis",),
    "South Africa": ("Johannesburg", "Cape Town", "Durban", "Mzansi"),
    "Brazil": ("Brasil", "Rio", "Paulo"),
    "Argentina": ("Buenos",),
    "Mexico": ("México",),
    "Colombia": ("Bogotá", "Bogota"),
    "Peru": ("Lima",),
    "Chile": ("Santiago",),
    "Uruguay": ("Montevideo",),
    "Cuba": ("Havana", "Habana"),
    "Australia": ("Sydney", "Melbourne"),
    "New Zealand": ("Aotearoa", "Auckland", "Wellington"),
    "Canada": ("Toronto", "Montreal", "Montréal", "Vancouver"),
    "United Kingdom": ("London", "Britannia"),
}


__all__ = ["AREAS", "MICRO_TERRITORIES", "OWN_WORDS", "neighbours"]
