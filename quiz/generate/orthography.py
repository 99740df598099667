"""How a name is spelt, as a player reads it at a glance.

Blind reviews caught a giveaway the other rules cannot see: among three German names, the
one Polish name ("Andrzej Wolski", "Stanisław Nowak") is the answer to a question about the
film's only Polish character, festival or actor. Options should look alike, so the picker
prefers distractors spelt like the key, and a question whose key alone looks like its stem
is not made. The marks are spelling conventions (letters and endings a language's names
use), never knowledge of a person: they order and filter options that are already provably
wrong, and never make an option wrong or right.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

#: Spelling marks by convention: a name carrying one reads as that language's at a glance.
_MARKS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "polish",
        re.compile(
            r"[łśżźćńąęŁŚŻŹĆŃ]|(?:ski|cki|dzki|wicz|czyk|ska|cka)\b|[bcdgkptw]rz|szcz", re.I
        ),
    ),
    ("czech", re.compile(r"[řěůŘ]")),
    ("german", re.compile(r"[äöüßÄÖÜ]|sch(?!ool)")),
    ("nordic", re.compile(r"[åøæÅØÆ]")),
    ("iberian", re.compile(r"[ñãõÑÃÕ]")),
    ("turkish", re.compile(r"[şğıŞĞİ]")),
    ("macron", re.compile(r"[ōūāēīŌŪĀĒĪ]")),
)


#: The marks plain ASCII can show ("Wolski", "Andrzej", "Schmidt"): most options carry
#: none, and one search settles them.
_ASCII_MARKS = re.compile(r"(?:ski|cki|dzki|wicz|czyk|ska|cka)\b|[bcdgkptw]rz|szcz|sch", re.I)
_NONE: frozenset[str] = frozenset()


#: A word of Hepburn romanisation: open syllables only ("Masato", "Fujisaki", "Ryo").
_ROMANISED_JAPANESE_WORD = re.compile(
    # (never a nasal before a consonant at the start: "Ndirangu", "Njoroge", "Mbugua")
    r"(?![nm][^aeiouyōū])"
    r"(?:(?:[kgsztdnhbpmrfj]|sh|ch|ts|[kgnhbpmr]y)?[aeiouōū]|y[aouōū]|w[ao]|n(?![aeiouy]))+",
    re.IGNORECASE,
)
#: Sounds that set it apart from Spanish or Italian open syllables ("Nina Morena").
_JAPANESE_SOUND = re.compile(r"(?i)k|j|sh|ts|fu|y[aouōū]|ō|ū")


def _romanised_japanese(text: str) -> bool:
    """Whether every word of a two- or three-word name is Hepburn-romanised Japanese
    ("Masato Okubo", "Ryo Fujisaki"; never "Kelvin Cheruiyot"): a convention of spelling,
    which ranks options only."""
    words = text.split()
    return (
        2 <= len(words) <= 3
        and all(_ROMANISED_JAPANESE_WORD.fullmatch(w) for w in words)
        and _JAPANESE_SOUND.search(text) is not None
    )


@lru_cache(maxsize=65536)
def spelling_marks(text: str) -> frozenset[str]:
    """The spelling conventions ``text`` shows ("Stanisław Nowak" → {"polish"})."""
    japanese = _romanised_japanese(text)
    if text.isascii() and not _ASCII_MARKS.search(text):
        return frozenset({"japanese"}) if japanese else _NONE
    marks = {name for name, pattern in _MARKS if pattern.search(text)}
    if japanese:
        marks = (marks - {"macron"}) | {"japanese"}
    return frozenset(marks)


def looks_alike(key: str, option: str) -> bool:
    """Whether ``option`` is spelt by the same conventions as ``key`` (both plain counts)."""
    return spelling_marks(key) == spelling_marks(option)


#: Marks that set one language's names apart from its neighbours' (a Polish name among
#: German ones). "ñ" or an umlaut is one letter among many names of the same language
#: ("Doña Chayo" and "Castañeda" in a Mexican cast), and a macron a romanisation.
_NATIONAL = frozenset({"polish", "czech", "nordic", "turkish"})


def spelt_apart(stem: str, key: str, distractors: Sequence[str]) -> bool:
    """Whether the key alone shares the stem's national spelling: "Who plays Stanisław
    Nowak?" with one Polish name among German ones answers itself."""
    marks = spelling_marks(key) & (_NATIONAL | {"japanese"})
    if not marks:
        return False  # the usual case: no stem to read
    stem_marks = set(spelling_marks(stem))
    if "japanese" in marks and any(_romanised_japanese(pair) for pair in _NAME_PAIR.findall(stem)):
        # "Which cast member plays Kenji Moriyama …?" with one Japanese name among Kenyan
        stem_marks.add("japanese")
    marks &= stem_marks
    return bool(marks) and not any(marks & spelling_marks(d) for d in distractors)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Given names a player ties to one language at sight, for the casts where they stand out
#: (an English planter among Sinhala villagers, a Russian singer among Estonians, a French
#: tourist among Cameroonians). A name may belong to several.
_GIVEN_NAMES: dict[str, frozenset[str]] = {
    "english": _words(
        """aaron adam alan albert alfred amy andrew angela ann anthony archibald arthur
        barbara basil bernard betty bill billy bob brian bruce carol cecil charles charlie
        chris clive colin crispin deborah dennis derek donald dora dorothy douglas edith
        edward eleanor ellen emily eric ethel evelyn florence frank fred frederick gary
        geoffrey george gerald giles gladys gordon grace graham harold harry helen henry
        howard hugh ian jack jake james jane janet jason jean jennifer jessica jim jimmy
        joan joe john jonathan joyce judith karen kate katherine kathleen keith kenneth
        kevin larry laura lawrence leonard linda louise lucy mabel malcolm margaret martha
        mary maurice molly nancy neil nigel norman patricia patrick percy ralph raymond
        reginald richard robert roger ronald rosalind rosemary rupert sally stanley stephen
        steve susan thomas timothy tom tommy tony trevor violet william winifred abigail ada
        agatha alfie alison allan amber andy angus annabel april audrey barry beatrice bea
        becky ben bert beth bethany betsy beverly bobby bonnie brenda brett bridget brooke
        bud callum calvin cameron carl carrie casey cassie cathy chad charlene chester chloe
        chuck cindy claire clarence clarrie cliff clifford connie craig curtis cy cynthia
        dale dan danny darren dave dawn dean debbie della denise diane dick dolly don donna
        doris dot doug duncan dwight earl ed eddie edgar edna effie elaine eliza ella ellie
        elmer elsie emmett ernest ernie eugene faith fanny felicity fiona flora floyd
        freddie gail gemma gene geoff gerry gil gilbert glen glenn gloria greg gregory gus
        gwen hank harriet harvey hattie hazel heather herbert hilda holly homer hope ivy
        jackie jan jasper jeff jeremy jerry jess jesse jill jock jody joel johnny jon josh
        joy judy june kay kenny kim kirk kitty lance laurie lee len leslie lester lewis lex
        liz lloyd lois lola lou louie luke lynn mabel mac madge maggie mandy marcia marge
        marjorie marty matt maud maureen mavis may meg melissa mervyn mick mickey mike
        mildred millie milton minnie morris muriel myrtle nan ned nell nellie nick noel
        norma olive ollie owen pam pat patsy peggy penny phil phyllis polly priscilla
        quentin ray reg rex rhoda rita rob robbie robin rod rodney ron ronnie roy ruby
        russell sadie sam scott sean shane sharon sheila shirley sid sidney snowy stan
        stuart sue sybil sylvia ted teddy terry tim toby todd tracy troy val vernon vic
        vicky vince virginia wally warren wayne wendy wilbur wilf wilfred will willie wilma
        winston zach"""
    ),
    "russian": _words(
        """aleksandr aleksei alexei alexey anatoly anatoli andrei andrey arkady boris dmitri
        dmitry elena fyodor galina gennady grigori igor irina ivan jelena katja klavdia
        konstantin lidia lidiya ljubov ljudmila lyubov lyudmila marina mikhail nadezhda
        nadežda natalia natalya nikolai nina oksana olga pavel pyotr raisa semyon sergei
        sergey stepan svetlana tamara tatiana tatyana valentin valentina vasili vasily viktor
        vladimir yelena yuri yury zinaida zoja zoya oleg maxim maksim denis anton artyom
        artem kirill ilya yevgeny evgeny vadim vitaly vitali leonid gleb stanislav yaroslav
        vyacheslav valery valeri gennadi nikita yegor egor fedor darya daria anastasia
        ekaterina yekaterina ksenia kseniya polina alina yulia yuliya lyudmila vera"""
    ),
    "french": _words(
        """amélie andré antoine aurélie benoît brigitte chantal colette élise étienne
        françois gaston geneviève gérard guillaume hélène henri isabelle jacques jean
        josette jules juliette luc lucien marcel mathieu michel mireille nathalie odile
        olivier pascal philippe pierre sylvie thérèse thierry yves"""
    ),
}
_TITLES = frozenset(
    [
        "mr",
        "mrs",
        "miss",
        "ms",
        "dr",
        "father",
        "mother",
        "uncle",
        "aunt",
        "auntie",
        "old",
        "young",
        "the",
        "don",
        "doña",
        "sir",
        "lady",
        "lord",
        "madame",
        "monsieur",
        "mme",
    ]
)


def _given_groups(name: str) -> frozenset[str]:
    words = [w for w in re.findall(r"[^\W\d_]+", name) if w[:1].isupper()]
    words = [w for w in words if w.casefold() not in _TITLES]
    if not words:
        return _NONE
    first = words[0].casefold()
    return frozenset(group for group, names in _GIVEN_NAMES.items() if first in names)


#: Languages of given names at home in a film's lead country or language: none stands out
#: there (an English name in a British film, whatever else its cast is called).
_HOME_OF_NAMES: dict[str, frozenset[str]] = {
    "english": frozenset(
        {
            "english",
            "united states",
            "united kingdom",
            "canada",
            "australia",
            "new zealand",
            "ireland",
            "jamaica",
            "trinidad and tobago",
            "barbados",
            "bahamas",
            "south africa",
            "ghana",
            "nigeria",
            "kenya",
            "uganda",
            "zambia",
            "zimbabwe",
            "sierra leone",
            "liberia",
            "philippines",
            "scotland",
            "wales",
            "england",
            "papua new guinea",
        }
    ),
    "russian": frozenset({"russian", "russia", "soviet union", "ussr", "belarus"}),
    "french": frozenset(
        {"french", "france", "belgium", "switzerland", "quebec", "canada", "luxembourg", "monaco"}
    ),
}


def name_languages_at_home(countries_and_languages: Sequence[str]) -> frozenset[str]:
    """The languages of given names that a film's lead country or language makes ordinary."""
    named = {value.strip().casefold().removeprefix("the ") for value in countries_and_languages}
    return frozenset(group for group, homes in _HOME_OF_NAMES.items() if named & homes)


def named_apart(
    stem: str,
    key: str,
    distractors: Sequence[str],
    population: Sequence[str] = (),
    at_home: frozenset[str] = frozenset(),
) -> bool:
    """Whether the key alone shares a language of given names with the stem: "Who plays
    Harold's wife, Evelyn Crossley?" with one English name among three Sinhala ones (blind
    reviews of rounds 125-132 counted nine such giveaways). Only a minority's names stand
    out: where most of the cast (``population``) has such names, none does."""
    groups = _given_groups(key) - at_home
    if not groups:
        return False
    if population:
        known = [_given_groups(name) for name in population]
        groups = frozenset(
            group for group in groups if sum(group in g for g in known) < 0.3 * len(known)
        )
        if not groups:
            return False
    in_stem: set[str] = set()
    for word in re.findall(r"\b[A-ZÀ-Þ][^\W\d_]+", stem):
        folded = re.sub(r"['’]s$", "", word).casefold()
        in_stem |= {group for group, names in _GIVEN_NAMES.items() if folded in names}
    shared = groups & in_stem
    return bool(shared) and not any(_given_groups(d) & shared for d in distractors)


#: Two capitalised words in a row: a name a stem prints ("Kenji Moriyama").
_NAME_PAIR = re.compile(r"(?=\b([A-ZŌŪ][a-zōū]+\s+[A-ZŌŪ][a-zōū]+)\b)")


#: A country named in its own language, or by its capital or demonym ("Rīgas Kino", "Eesti
#: Filmilevi", "Magyar Film"): word openings, and the countries a player ties them to.
_COUNTRY_WORDS: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (stems, frozenset(places))
    for stems, places in (
        ("rīg|riga|latvij|latvia", {"Latvia"}),
        ("eesti|tallinn|eston", {"Estonia"}),
        ("lietuv|vilni|lithuan", {"Lithuania"}),
        ("polsk|polska|warszaw|warsaw|polish", {"Poland"}),
        ("suomi|suomen|helsin|finnish|finland", {"Finland"}),
        ("česk|cesk|praha|prague|czech", {"Czech Republic", "Czechoslovakia"}),
        ("slovensk|bratislav|slovak", {"Slovakia", "Czechoslovakia"}),
        ("magyar|budapest|hungar", {"Hungary"}),
        ("român|romani|bucure|bucharest", {"Romania"}),
        ("hellas|hellen|ellin|athin|athens|greek", {"Greece"}),
        ("hrvat|zagreb|croat", {"Croatia", "Yugoslavia"}),
        ("srps|srbij|beograd|belgrad|serb", {"Serbia", "Yugoslavia"}),
        ("bulgar|balgar", {"Bulgaria"}),
        ("ukrain|kyiv|kiev", {"Ukraine", "Soviet Union"}),
        ("norsk|norge|norweg", {"Norway"}),
        ("svensk|sverige|stockholm|swed", {"Sweden"}),
        ("dansk|danmark|københavn|copenhag|danish", {"Denmark"}),
        ("nederland|holland|dutch", {"Netherlands"}),
        ("deutsch|german", {"Germany"}),
        ("österreich|austria", {"Austria"}),
        ("helvet|schweiz|suisse|svizzer", {"Switzerland"}),
        ("italia|italian", {"Italy"}),
        ("españ|espan|hispan|spanish", {"Spain"}),
        ("portug|lusitan|lisbo", {"Portugal"}),
        ("nippon|nihon", {"Japan"}),
        ("hanguk|korea", {"South Korea"}),
        ("zhongguo|sino$", {"China"}),
        ("bharat", {"India"}),
        ("misr|masr", {"Egypt"}),
        ("brasil|brazil", {"Brazil"}),
        ("argentin", {"Argentina"}),
        ("mexic|méxic", {"Mexico"}),
    )
)
_COUNTRY_PATTERNS = tuple(
    (re.compile(rf"^(?:{stems})", re.I), places) for stems, places in _COUNTRY_WORDS
)


@lru_cache(maxsize=4096)
def named_countries(name: str) -> frozenset[str]:
    """The countries a company's name names outright ("Rīgas Kino" → Latvia, "Lithuanian
    Film Studio" → Lithuania), not by the look of its spelling."""
    found: set[str] = set()
    for word in re.findall(r"[^\W\d_]+", name):
        for pattern, places in _COUNTRY_PATTERNS:
            if pattern.search(word):
                found |= places
    return frozenset(found)


#: Where a French-looking company name reads at home, the overseas departments and
#: territories included ("Films du Lagon" for French Polynesia).
_FRENCH_SPEAKING = frozenset(
    {
        "France",
        "Belgium",
        "Switzerland",
        "Quebec",
        "Canada",
        "Luxembourg",
        "French Polynesia",
        "New Caledonia",
        "Martinique",
        "Guadeloupe",
        "Réunion",
        "Mayotte",
        "French Guiana",
    }
)

#: Where a Portuguese-looking company name reads at home.
_LUSOPHONE = frozenset(
    {
        "Portugal",
        "Brazil",
        "Angola",
        "Mozambique",
        "Cape Verde",
        "Guinea-Bissau",
        "São Tomé and Príncipe",
        "East Timor",
        "Macau",
    }
)

#: What a company's name looks like to a player, by the conventions of a language's
#: words (not by knowing the company): "Yoru Films" reads Japanese, "Zénith Classiques"
#: French, "Lucciola" Italian. Each look with the territories a player would tie it to.
_NAME_LOOKS: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = (
    # The famous studios of a country: a player who knows the name knows where it works.
    (re.compile(r"\b(?:Toei|Toho|Shochiku|Nikkatsu|Daiei|Kadokawa)\b"), frozenset({"Japan"})),
    (
        re.compile(r"\b(?:Golden Harvest|Shaw Brothers|Media Asia|Emperor Motion)\b"),
        frozenset({"Hong Kong"}),
    ),
    (re.compile(r"\b(?:Gaumont|Path[ée])\b"), frozenset({"France", "Belgium", "Switzerland"})),
    (re.compile(r"\b(?:Mosfilm|Lenfilm|Sovexportfilm)\b"), frozenset({"Soviet Union", "Russia"})),
    (re.compile(r"\b(?:Cinecittà|Titanus)\b"), frozenset({"Italy"})),
    (re.compile(r"\b(?:Svensk Filmindustri|SF Studios)\b"), frozenset({"Sweden"})),
    (re.compile(r"\bNordisk Film\b"), frozenset({"Denmark", "Norway", "Sweden"})),
    (
        re.compile(r"\b(?:CJ Entertainment|Showbox|Lotte Entertainment)\b"),
        frozenset({"South Korea"}),
    ),
    (re.compile(r"\b(?:Sahamongkol|GMM Tai Hub)\b"), frozenset({"Thailand"})),
    (re.compile(r"\b(?:Yash Raj|Eros International)\b"), frozenset({"India"})),
    (re.compile(r"\b(?:Televisa|Videocine)\b"), frozenset({"Mexico"})),
    (re.compile(r"\b(?:Village Roadshow|Hoyts)\b"), frozenset({"Australia", "New Zealand"})),
    (
        re.compile(
            r"[ōūŌŪ]|^(?=\w*(?:[kyjz]|tsu|shi|chi|fu))"
            r"(?:(?:[kstnhmyrwgzdbpf]|sh|ch|ts|ky|ry|ny|gy|by|py)?[aiueo]|n(?![aiueo]))+$",
            re.I,
        ),
        frozenset({"Japan"}),
    ),
    (
        re.compile(r"[éèàûœ]|\b(?:Les|Le|La|Du|Des|Cinéma)\b|(?:iques?|eaux?|ière)\b", re.I),
        _FRENCH_SPEAKING,
    ),
    # ("Kino Atlântico", "Nôs Filmes": a circumflex French and Portuguese share)
    (re.compile(r"[âêôç]", re.I), _FRENCH_SPEAKING | _LUSOPHONE),
    (
        re.compile(r"(?:cci|zz|gli|gn[aeio]|ell[aoi]|ett[aoi]|ol[ao]|ion[ei]|zion[ei])\b", re.I),
        frozenset({"Italy", "Switzerland"}),
    ),
    (
        re.compile(
            r"[ñáíóú]|ción\b|\b(?:El|Los|Las|Cine|Películas|Distribuidora)\b|"
            # ("Ventana Films": plain Spanish words a player reads as Spanish)
            r"^(?:ventana|sombra|cielo|tierra|estrella|fuego|camino|nuevo|nueva|mundo|luz)$",
            re.I,
        ),
        frozenset(
            {
                "Spain",
                "Mexico",
                "Argentina",
                "Latin America",
                "Colombia",
                "Chile",
                "Peru",
                "Uruguay",
                "Paraguay",
                "Bolivia",
                "Ecuador",
                "Venezuela",
                "Cuba",
                "Dominican Republic",
                "Puerto Rico",
                "Guatemala",
                "Costa Rica",
                "Panama",
                "Honduras",
                "El Salvador",
                "Nicaragua",
                "South America",
                "Central America",
            }
        ),
    ),
    (
        re.compile(
            r"[ãõ]|ção\b|ções\b|filmes\b|uidora\b|"
            r"^(?:atlântico|lusitânia|lusitania|luso|lusa|tejo|douro|saudade)$",
            re.I,
        ),
        _LUSOPHONE,
    ),
    # ("Film Mondo": plain Italian words a player reads as Italian)
    (
        re.compile(
            r"^(?:mondo|sole|luna|stella|mare|vento|notte|luce|sogno|cinematografica)$", re.I
        ),
        frozenset({"Italy", "Switzerland"}),
    ),
    # ("Pirineu Distribució": Catalan, read as Andorra's or Catalonia's)
    (
        re.compile(
            r"^(?:distribució|produccions|pirineu|pirineus|catalunya|cinema\s+català)$", re.I
        ),
        frozenset({"Spain", "Andorra", "Catalonia"}),
    ),
    # ("Aegean Screen" reads Greek)
    (
        re.compile(r"^(?:aegean|hellas|hellenic|olympia|acropolis|athena|ionian|attica)$", re.I),
        frozenset({"Greece", "Cyprus"}),
    ),
    (
        # ("Kinowelle Nord", "Flussland Film": German words a player reads as such)
        re.compile(
            # (not "Kino": Polish, Czech, Baltic and Russian names use it as much)
            r"[äöüß]|verleih|\bFilmproduktion\b|welle\b|^fluss|^strom|schatten|"
            r"^licht|lichtspiel|filmkunst|^(?:nord|sud|ost|west)(?:licht|stern|welle|film)",
            re.I,
        ),
        frozenset({"Germany", "Austria", "Switzerland"}),
    ),
    (
        re.compile(r"[åøæ]|fjord|\bNord\w*|kapp\b", re.I),
        frozenset({"Denmark", "Norway", "Sweden", "Finland", "Iceland", "Scandinavia"}),
    ),
    # ("Fjordlys" reads Norwegian: Sweden and Finland have no fjords a player knows of)
    (re.compile(r"fjord", re.I), frozenset({"Norway", "Iceland", "Denmark"})),
    # ("Pars Arthouse" reads Iran, "Pannonia" Hungary, "Rustaveli" Georgia, "Kino Mir"
    # Russia: a name's one word a player ties to a land)
    (re.compile(r"^(?:Pars|Parsian|Farsi)$", re.I), frozenset({"Iran"})),
    (re.compile(r"^(?:Pannonia|Pannonian|Magyar|Hungaria|Hunnia)$", re.I), frozenset({"Hungary"})),
    (re.compile(r"^(?:Rustaveli|Sakartvelo|Kartuli|Iberia)$", re.I), frozenset({"Georgia"})),
    (
        re.compile(r"^(?:Mir|Rus|Rossiya|Russkoye|Zvezda|Sovkino|Kinomir)$", re.I),
        frozenset({"Russia", "Soviet Union", "Belarus", "Ukraine", "Kazakhstan"}),
    ),
    (re.compile(r"\bSouthern\s+Cross\b", re.I), frozenset({"Australia", "New Zealand"})),
    # Old or emblematic names a player ties to one place ("Formosa Cinema" reads Taiwan,
    # "Kauri Lane Films" New Zealand, "Maple Leaf" Canada).
    (re.compile(r"^Formosa", re.I), frozenset({"Taiwan"})),
    (re.compile(r"^Angkor$", re.I), frozenset({"Cambodia"})),
    (
        re.compile(r"^(?:Kasbah|Casbah|Medina|Souk)$", re.I),
        frozenset({"Morocco", "Algeria", "Tunisia", "North Africa", "the Maghreb", "Maghreb"}),
    ),
    # ("Lune Rousse": plain French words a player reads as French without an accent)
    (
        re.compile(
            r"^(?:lune|rousse|soleil|ciel|nuit|jour|étoile|fleuve|rivière|lumière|maison|"
            r"rouge|noir|noire|blanc|blanche|vent|mer|voix|regard|écran|ecran|"
            # ("Rive Gauche Films", "Atelier Saint-Laurent", "Les Films du Large")
            r"rive|gauche|atelier|large|bleu|bleue|vert|verte|petit|petite|nouvelle|nouveau|"
            r"plage|île|ile|côte|monde|chemin|saint|sainte)$",
            re.I,
        ),
        _FRENCH_SPEAKING,
    ),
    # ("Antilles Distribution" for Martinique, "Océan Indien Distribution" for Mauritius,
    # "Druk Cine" for Bhutan, "Films du Lagon" for French Polynesia: a region's own word)
    (
        re.compile(
            r"^(?:Antilles|Antillais|Antillaise|Caraïbes|Caribbean|Carib|Cara[iï]be|Caribe|"
            r"Caribeña|Caribeño)$",
            re.I,
        ),
        frozenset(
            {
                "Martinique",
                "Guadeloupe",
                "French Guiana",
                "Haiti",
                "the Caribbean",
                "Caribbean",
                "Jamaica",
                "Trinidad and Tobago",
                "Barbados",
                "Cuba",
                "Dominican Republic",
                "Puerto Rico",
                "Guyana",
                "Suriname",
                "Belize",
                "Bahamas",
            }
        ),
    ),
    (
        re.compile(r"oc[ée]an\s+indien|indian\s+ocean", re.I),
        frozenset({"Mauritius", "Réunion", "Madagascar", "Seychelles", "Comoros", "Mayotte"}),
    ),
    (re.compile(r"^Druk$", re.I), frozenset({"Bhutan"})),
    (
        re.compile(r"^(?:Lagon|Lagoon|Atoll|Motu|Tiare|Pacifique|Pasifika)$", re.I),
        frozenset(
            {
                "French Polynesia",
                "Tahiti",
                "New Caledonia",
                "Fiji",
                "Samoa",
                "Tonga",
                "Cook Islands",
                "Vanuatu",
                "the Pacific",
                "Pacific",
                # (a lagoon reads tropical island: the Indian Ocean's too)
                "Réunion",
                "Mayotte",
                "Mauritius",
                "Seychelles",
                "Comoros",
                "Madagascar",
                "Maldives",
            }
        ),
    ),
    # (a player who reads "Kauri" or "Koala" thinks of Australasia, not of one side of it)
    (
        re.compile(
            r"^(?:Kauri|Kiwi|Aotearoa|Pohutukawa|Tui|Kangaroo|Wattle|Koala|Outback|Billabong)$",
            re.I,
        ),
        frozenset({"New Zealand", "Australia", "Australia and New Zealand"}),
    ),
    (re.compile(r"^Maple$", re.I), frozenset({"Canada"})),
    # Rivers, ranges, regions and emblems a player ties to a few countries ("Nile
    # Crescent" reads Egypt, "Cedar Screen" Lebanon, "Indus Frames" Pakistan, "Malabar
    # Talkies" India): the name answers "where did it buy the rights?" on its own.
    *(
        (re.compile(rf"^(?:{words})$", re.I), frozenset(places))
        for words, places in (
            ("Nile|Nilus|Pharaoh|Pyramids?", {"Egypt", "Sudan"}),
            ("Cedars?|Arz|Phoenicia|Phoenician", {"Lebanon"}),
            ("Indus|Sindh|Karakoram", {"Pakistan", "India"}),
            (
                "Ganges|Ganga|Malabar|Deccan|Bengal|Punjab|Kerala|Bollywood|Tollywood|Kollywood",
                {"India", "Bangladesh", "Pakistan"},
            ),
            ("Himalaya|Himalayan|Everest|Himal", {"Nepal", "India", "Bhutan", "Tibet"}),
            ("Lanka|Ceylon|Serendib", {"Sri Lanka"}),
            ("Irrawaddy|Mandalay", {"Myanmar"}),
            ("Mekong", {"Vietnam", "Cambodia", "Laos", "Thailand"}),
            ("Siam|Siamese", {"Thailand"}),
            ("Nusantara|Java|Javanese|Bali", {"Indonesia"}),
            ("Fuji", {"Japan"}),
            ("Kalahari|Okavango|Namib", {"Botswana", "South Africa", "Namibia"}),
            ("Altai|Altay|Steppe|Steppes", {"Russia", "Soviet Union", "Kazakhstan", "Mongolia"}),
            ("Persia|Persian|Parsi", {"Iran"}),
            ("Anatolia|Anatolian|Bosphorus", {"Turkey"}),
            ("Levant|Levantine", {"Lebanon", "Syria", "Jordan", "Israel", "Palestine"}),
            ("Babylon|Mesopotamia|Tigris|Euphrates", {"Iraq", "Syria"}),
            (
                "Gulf|Khaleej|Arabian|Arabia",
                {
                    "Oman",
                    "United Arab Emirates",
                    "Saudi Arabia",
                    "Qatar",
                    "Kuwait",
                    "Bahrain",
                    "Yemen",
                },
            ),
            ("Sahara|Saharan|Sahel|Tuareg", {"Mali", "Niger", "Algeria", "Morocco", "Chad"}),
            ("Kilimanjaro|Serengeti|Zanzibar", {"Tanzania", "Kenya"}),
            ("Zambezi|Victoria Falls", {"Zambia", "Zimbabwe", "Mozambique"}),
            (
                "Danube|Danubius",
                {"Austria", "Hungary", "Romania", "Serbia", "Bulgaria", "Slovakia"},
            ),
            ("Rhine|Rhein", {"Germany", "West Germany", "Netherlands", "Switzerland"}),
            ("Volga|Neva|Siberia|Siberian|Taiga", {"Russia", "Soviet Union"}),
            ("Baltic|Baltica", {"Estonia", "Latvia", "Lithuania"}),
            (
                "Balkan|Balkans|Balkanska",
                {"Serbia", "Croatia", "Bulgaria", "Bosnia and Herzegovina", "North Macedonia"},
            ),
            ("Carpathian|Carpathia|Transylvania", {"Romania", "Ukraine", "Slovakia", "Poland"}),
            ("Tatra|Tatras", {"Slovakia", "Poland"}),
            ("Caucasus|Caucasian|Kavkaz", {"Georgia", "Armenia", "Azerbaijan"}),
            ("Iberia|Iberian|Hispania", {"Spain", "Portugal"}),
            ("Shamrock|Erin|Eire", {"Ireland"}),
            ("Thistle|Caledonia|Caledonian|Highland|Highlands", {"Scotland", "United Kingdom"}),
            ("Alpine|Alps|Alpen", {"Switzerland", "Austria", "Germany", "France", "Italy"}),
            ("Andes|Andean|Andino|Andina", {"Peru", "Bolivia", "Ecuador", "Chile", "Colombia"}),
            ("Pampa|Pampas|Gaucho", {"Argentina", "Uruguay"}),
            ("Patagonia|Patagonian", {"Argentina", "Chile"}),
            ("Amazon|Amazonas|Amazonia|Amazonian", {"Brazil", "Peru", "Colombia"}),
            ("Aztec|Azteca|Maya|Mayan", {"Mexico", "Guatemala"}),
            ("Inca|Inka", {"Peru", "Bolivia", "Ecuador"}),
        )
    ),
    (re.compile(r"^(?:Sakura|Samurai|Nippon)$", re.I), frozenset({"Japan"})),
    (
        re.compile(r"[łśżźćńąę]|(?:ski|owe|owa)\b", re.I),
        frozenset({"Poland"}),
    ),
    (re.compile(r"maghreb", re.I), frozenset({"Morocco", "Algeria", "Tunisia"})),
    *_COUNTRY_PATTERNS,
    (
        re.compile(r"\b(?:Al|El)-|\bDar\b|\bSharq|\bMasr|\bArab", re.I),
        frozenset(
            {
                "Egypt",
                "Morocco",
                "Algeria",
                "Tunisia",
                "Lebanon",
                "Syria",
                "Jordan",
                "Iraq",
                "Saudi Arabia",
                "United Arab Emirates",
                "Kuwait",
                "Qatar",
                "the Middle East",
                "Middle East",
                "North Africa",
                "the Arab world",
            }
        ),
    ),
)


#: A territory's earlier states, which a name pointing to it points to as well ("Nordstern
#: Filmverleih" reads German for West Germany too).
_EARLIER_STATES = {
    "Germany": ("West Germany", "East Germany"),
    "Czech Republic": ("Czechoslovakia",),
    "Slovakia": ("Czechoslovakia",),
    "Russia": ("Soviet Union", "USSR"),
    "Serbia": ("Yugoslavia",),
    "Croatia": ("Yugoslavia",),
    "Slovenia": ("Yugoslavia",),
}


def _as_today(territory: str) -> str:
    """ "West Germany" → "Germany": the state a name's look is listed under."""
    for today, earlier in _EARLIER_STATES.items():
        if territory in earlier:
            return today
    return territory


@lru_cache(maxsize=4096)
def looks_from(name: str) -> frozenset[str]:
    """The territories a company's name points a player to (empty when it reads neutral)."""
    words = re.findall(r"[^\W\d_]+", name)
    found: set[str] = set()
    for pattern, places in _NAME_LOOKS:
        if any(pattern.search(word) for word in words) or pattern.search(name):
            found |= places
    for today, earlier in _EARLIER_STATES.items():
        if today in found:
            found.update(earlier)
    return frozenset(found)


def pointing(name: str, territory: str) -> int | None:
    """How narrowly ``name`` points to ``territory``: the size of the smallest group of
    territories its look names that holds it ("Maghreb-Écran" → 3 for Morocco, "Al-Sharq
    Films" → 16), ``None`` when it does not point there at all."""
    words = re.findall(r"[^\W\d_]+", name)
    territory = _as_today(territory)
    sizes = [
        len(places)
        for pattern, places in _NAME_LOOKS
        if territory in places and (any(pattern.search(w) for w in words) or pattern.search(name))
    ]
    return min(sizes) if sizes else None


__all__ = ["looks_alike", "looks_from", "named_apart", "pointing", "spelling_marks", "spelt_apart"]
