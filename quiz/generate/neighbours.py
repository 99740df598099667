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


@cache
def neighbours(territory: str) -> tuple[str, ...]:
    """The territories sharing an area with ``territory``, nearest areas' order kept; empty
    for a territory no area lists (a block such as "the United Kingdom and Ireland")."""
    found: dict[str, None] = {}
    # Its own area first: the one that lists it earliest (Kenya's East Africa before the
    # Horn of Africa, where it comes last).
    for area in sorted((a for a in AREAS if territory in a), key=lambda a: a.index(territory)):
        found.update(dict.fromkeys(t for t in area if t != territory))
    return tuple(found)


__all__ = ["AREAS", "neighbours"]
