"""The one roles table: who does what on a film, and what each prize is for.

Extraction and generation both need the same vocabulary: which infobox keys and prose nouns
name which credit, whether a credit is a person or a company, which craft it belongs to
(so an actor is never offered for a cinematography prize), how prominent it is (for
difficulty), which credits often share people (so a writer-director is never a "wrong"
director), and, for accolades, which categories are gendered, which are for the film rather
than a person, and which names mean the same category. Keeping it in one table means a new
spelling is added once and every user sees it.

Everything here is about the article *format* and film vocabulary in general; nothing names a
particular film.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from quiz.facts.model import Gender
from quiz.facts.places import DEMONYMS

Craft = Literal[
    "acting",
    "directing",
    "writing",
    "source",
    "producing",
    "camera",
    "editing",
    "music",
    "design",
    "sound",
    "effects",
    "company",
]
Kind = Literal["person", "company"]
#: How well known a credit usually is: ``headline`` (director, writer, stars), ``main``
#: (producers, composer, companies), ``minor`` (the rest of the crew).
Prominence = Literal["headline", "main", "minor"]
#: Who an accolade category honours: the film itself, or a person for their work on it.
PrizeLevel = Literal["film", "person"]
#: The kind of body that hands out a prize: guild/union awards, festivals, critics' groups,
#: academies and national or industry awards.
CeremonyKind = Literal["guild", "festival", "critics", "academy", "other"]


@dataclass(frozen=True)
class Role:
    """One credit as the film world names it.

    ``name`` is the canonical role stored in :class:`~quiz.facts.model.Credit`; ``aliases``
    are the spellings (case-folded) an infobox may use for it; ``prose`` are the role nouns
    the prose may put before or after a name ("director X", "X, the cinematographer");
    ``job`` is the job title offered in "What was X's job?" (``None``: never asked that way);
    ``group`` names the credits that often share people and so never lend each other
    distractors.
    """

    name: str
    craft: Craft
    kind: Kind
    prominence: Prominence
    group: str
    aliases: tuple[str, ...] = ()
    prose: tuple[str, ...] = ()
    job: str | None = None


ROLES: tuple[Role, ...] = (
    Role(
        "Director",
        "directing",
        "person",
        "headline",
        "authorship",
        aliases=("director", "directors", "directed by"),
        prose=("director", "co-director", "filmmaker"),
        job="Director",
    ),
    Role(
        "Writer",
        "writing",
        "person",
        "headline",
        "authorship",
        aliases=("writer", "writers", "written by"),
        job="Writer",
    ),
    Role(
        "Screenplay",
        "writing",
        "person",
        "headline",
        "authorship",
        aliases=("screenplay", "screenplay by"),
        prose=("screenwriter", "scriptwriter", "co-writer", "writer"),
        job="Screenwriter",
    ),
    Role(
        "Story",
        "writing",
        "person",
        "minor",
        "authorship",
        aliases=("story", "story by"),
        prose=("story writer",),
        job="Story writer",
    ),
    Role(
        "Author",
        "source",
        "person",
        "minor",
        "authorship",
        aliases=("author",),
        prose=("author", "novelist"),
    ),
    Role(
        "Producer",
        "producing",
        "person",
        "main",
        "producing",
        aliases=("producer", "producers", "produced by"),
        prose=("producer", "co-producer"),
        job="Producer",
    ),
    Role(
        "Executive producer",
        "producing",
        "person",
        "minor",
        "producing",
        aliases=("executive producer", "executive producers"),
        prose=("executive producer",),
    ),
    Role(
        "Starring",
        "acting",
        "person",
        "headline",
        "cast",
        aliases=("starring", "cast"),
    ),
    Role(
        "Cinematography",
        "camera",
        "person",
        "minor",
        "camera",
        aliases=(
            "cinematography",
            "cinematography by",
            "cinematographer",
            "director of photography",
            "photography",
            "photographed by",
        ),
        prose=("cinematographer", "director of photography"),
        job="Cinematographer",
    ),
    Role(
        "Editing",
        "editing",
        "person",
        "minor",
        "editing",
        aliases=("editing", "edited by", "editor"),
        prose=("editor", "film editor"),
        job="Editor",
    ),
    Role(
        "Script editing",
        "writing",
        "person",
        "minor",
        "script-editing",
        aliases=("script editor", "script editing"),
        # "the script editor, X": never the film's editor.
        prose=("script editor", "story editor"),
        job="Script editor",
    ),
    Role(
        "Music",
        "music",
        "person",
        "main",
        "music",
        aliases=("music", "music by", "composer", "score"),
        prose=("composer", "music director"),
        job="Composer",
    ),
    Role(
        "Production design",
        "design",
        "person",
        "minor",
        "design",
        aliases=("production design", "production designer", "production designed by"),
        prose=("production designer",),
        job="Production designer",
    ),
    Role(
        "Art direction",
        "design",
        "person",
        "minor",
        "design",
        aliases=("art direction", "art director", "art directors"),
        prose=("art director",),
    ),
    Role(
        # "Set designer Per-Axel Lindh built the cloud ship": a credit of its own, which
        # "the art direction" would rename.
        "Set design",
        "design",
        "person",
        "minor",
        "design",
        aliases=("set design", "set designer", "set designers", "sets by"),
        prose=("set designer",),
    ),
    Role(
        "Costume design",
        "design",
        "person",
        "minor",
        "costume",
        aliases=("costume design", "costume designer", "costumes", "costumes by"),
        prose=("costume designer",),
        job="Costume designer",
    ),
    Role(
        "Makeup",
        "design",
        "person",
        "minor",
        "makeup",
        aliases=("makeup", "make-up", "makeup artist"),
        prose=("makeup artist", "make-up artist"),
    ),
    Role(
        "Casting",
        "producing",
        "person",
        "minor",
        "casting",
        aliases=("casting", "casting by", "casting director"),
        prose=("casting director",),
        job="Casting director",
    ),
    Role(
        "Choreography",
        "design",
        "person",
        "minor",
        "choreography",
        aliases=("choreography", "choreographer", "choreography by"),
        prose=("choreographer",),
        job="Choreographer",
    ),
    Role(
        "Sound design",
        "sound",
        "person",
        "minor",
        "sound",
        aliases=("sound design", "sound designer", "sound"),
        prose=("sound designer",),
    ),
    Role(
        "Visual effects",
        "effects",
        "person",
        "minor",
        "effects",
        aliases=("visual effects", "visual effects supervisor", "special effects"),
        prose=("visual effects supervisor",),
    ),
    Role(
        "Animation director",
        "effects",
        "person",
        "minor",
        "animation",
        aliases=("animation director", "animation"),
        prose=("animation director",),
    ),
    Role(
        "Music supervisor",
        "music",
        "person",
        "minor",
        "music",
        aliases=("music supervisor", "music supervision"),
        prose=("music supervisor",),
    ),
    Role(
        "Lyrics",
        "music",
        "person",
        "minor",
        "music",
        aliases=("lyrics", "lyricist", "lyrics by", "songs"),
        prose=("lyricist", "songwriter"),
    ),
    Role(
        "Playback singer",
        "music",
        "person",
        "minor",
        "music",
        aliases=("playback singer", "playback singers", "vocals"),
        prose=("playback singer",),
    ),
    Role(
        "Narrator",
        "acting",
        "person",
        "minor",
        "cast",
        aliases=("narrator", "narrated by"),
        prose=("narrator",),
    ),
    Role(
        "Studio",
        "company",
        "company",
        "main",
        "production-companies",
        aliases=("studio", "studios"),
    ),
    Role(
        "Production company",
        "company",
        "company",
        "main",
        "production-companies",
        aliases=("production company", "production companies"),
    ),
    Role(
        "Production",
        "company",
        "company",
        "minor",
        "production",
        aliases=("production",),
    ),
    Role(
        "Distributor",
        "company",
        "company",
        "main",
        "distribution",
        aliases=("distributor", "distributors", "distributed by"),
    ),
)

_BY_ALIAS: dict[str, Role] = {}
for _role in ROLES:
    for _spelling in (_role.name.casefold(), *_role.aliases):
        _BY_ALIAS.setdefault(_spelling, _role)
_BY_PROSE: dict[str, Role] = {word: role for role in ROLES for word in role.prose}

#: The role nouns the prose may use, longest first, for a regex alternation.
PROSE_ROLE_WORDS: tuple[str, ...] = tuple(sorted(_BY_PROSE, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=4096)
def role_for(key: str) -> Role | None:
    """The table entry for an infobox key or canonical role name, ``None`` if unknown."""
    return _BY_ALIAS.get(key.strip().casefold())


def canonical_role(key: str) -> str:
    """``Directed by`` → ``Director``; unknown keys are returned as spelled."""
    role = role_for(key)
    return role.name if role else key.strip()


def prose_role(word: str) -> Role | None:
    """The credit a prose role noun names (``novelist`` → Author), ``None`` if none."""
    return _BY_PROSE.get(word.strip().casefold())


def prose_noun(word: str) -> str | None:
    """The usual noun for a prose role word ("director of photography" → "cinematographer"),
    ``None`` when the word names no role."""
    role = prose_role(word)
    if role is None:
        return None
    word = word.strip().casefold()
    # A co-director is still credited as a director; keep words that say something more.
    return (
        word
        if word in {"co-director", "executive producer"} or word in role.prose[:1]
        else (role.prose[0])
    )


_GROUP_WORDS = re.compile(
    r"\b(?:Society|Orchestra|Ensemble|Band|Quartet|Quintet|Trio|Choir|Chorus|Collective|"
    r"Brothers|Sisters|Club|Project|Players|Philharmonic|Symphony|Singers|Group|Crew|Studios?|"
    r"Pictures|Films|Productions|Entertainment|Company|Records|Sound|Boys|Girls|Duo|Orquesta)$"
)
#: "Outstanding Performance by a Cast …" handed to "Cast": the whole cast, no one person.
_WHOLE_CAST = frozenset({"cast", "full cast", "ensemble cast", "main cast", "entire cast"})


_GROUP_LEAD = re.compile(
    r"^(?:Les|Los|Las|Die|The)?\s*(?:Sœurs|Soeurs|Frères|Freres|Hermanos|Hermanas|Brüder|"
    r"Schwestern|Fratelli|Sorelle|Irmãos|Irmãs"
    # "Fanfara din Corbeni", "Orquesta Típica Fernández": a band named by its kind first
    r"|Fanfara|Fanfare|Orquesta|Orchestre|Orchester|Orkest|Orkestar|Orkiestra|Banda|Coro|"
    r"Chœur|Choeur|Chor|Cuarteto|Quartetto|Conjunto|Grupo|Kapela|Kapelye|Capella|Ensemble)\s"
    # "Players of TJ Sokol Bošilec", "Pupils of the village school": people named together
    r"|^(?:Players|Members|Pupils|Students|Villagers|Residents|Children|Dancers|Musicians|"
    r"Singers|Workers|Miners|Fishermen|Footballers|Monks|Nuns)\s+(?:of|from)\s"
)


def is_group_name(name: str) -> bool:
    """``Harbour Street Brass Society``, ``the Kronos Quartet``: a group, not one person (never
    offered beside people, nor asked about with people as its distractors)."""
    folded = name.strip().casefold()
    return (
        bool(_GROUP_WORDS.search(name.strip()))
        or folded.startswith(("the ", "los ", "las ", "die "))
        or folded in _WHOLE_CAST
        # "Les Sœurs Boivin", "Los Hermanos Rosario": a family act named by its members' bond
        or bool(_GROUP_LEAD.match(name.strip()))
    )


def is_company_role(role: str) -> bool:
    """Credits whose holders are companies rather than people (studio, distributor…)."""
    entry = role_for(role)
    return entry is not None and entry.kind == "company"


def craft_of(role: str) -> Craft | None:
    """The craft of a credit, ``None`` for a key the table does not know."""
    entry = role_for(role)
    return entry.craft if entry else None


def related_roles(role: str) -> set[str]:
    """Every spelling (case-folded) of the credits that may share people with ``role``,
    itself included: a writer-director must never be offered as a wrong director."""
    entry = role_for(role)
    if entry is None:
        return {role.strip().casefold()}
    return {
        spelling
        for other in ROLES
        if other.group == entry.group
        for spelling in (other.name.casefold(), *other.aliases)
    }


def job_title(role: str) -> str | None:
    """``Cinematography`` → ``Cinematographer``; ``None`` when the credit is no job title."""
    entry = role_for(role)
    return entry.job if entry else None


def prominence(role: str) -> Prominence:
    """How well known a credit usually is; unknown keys count as ``minor``."""
    entry = role_for(role)
    return entry.prominence if entry else "minor"


# --- People's gender words ---------------------------------------------------------------

#: Words that make a character's or person's gender plain: role words, relatives, titles.
GENDER_WORDS: dict[str, Gender] = {
    **dict.fromkeys(
        (
            "actress",
            "mother",
            "mom",
            "mum",
            "sister",
            "daughter",
            "wife",
            "girlfriend",
            "grandmother",
            "grandma",
            "aunt",
            "aunty",
            "auntie",
            "niece",
            "woman",
            "girl",
            "lady",
            "queen",
            "princess",
            "mrs",
            "mrs.",
            "ms",
            "ms.",
            "miss",
            "madame",
            "mme",
            "mme.",
            "sister-in-law",
            "mother-in-law",
            "stepmother",
            "widow",
            "nun",
            "landlady",
            "waitress",
            "policewoman",
            "businesswoman",
            "chairwoman",
            "maid",
            "housemaid",
            "geisha",
            "concubine",
            "courtesan",
            "spokeswoman",
            "noblewoman",
            "horsewoman",
            "washerwoman",
            "countrywoman",
            "congresswoman",
            "fisherwoman",
            "granddaughter",
            "stepdaughter",
            "stepsister",
            "empress",
            "duchess",
            "countess",
            "baroness",
            "heiress",
            "hostess",
            "goddess",
            "witch",
            "matriarch",
            "schoolgirl",
            "housewife",
            "bride",
            "fiancée",
            "mistress",
            "ballerina",
            "abbess",
            "señora",
            "señorita",
            "doña",
            "signora",
            "frau",
            "mademoiselle",
            "madre",
            "abuela",
            "tía",
            "hermana",
            "begum",
            "dadi",
            "nani",
            "didi",
            "iya",
            "dona",
            "tia",
            "tante",
            "madam",
            "granny",
            "khanom",
            "mairesse",
            "grand-maman",
            "mamie",
            "forewoman",
            "pani",
            "fräulein",
            "signorina",
            "senhora",
            "mevrouw",
            "hanım",
            "khanum",
            "nonna",
            "babushka",
            "auntie",
            "mama",
            "mamá",
            "maman",
            # Honorifics and kin words of other languages, as they title characters
            # ("Zeliha Hanım", "Bà Nhàn", "Aling Nena", "Bu Tejo"):
            "mère",
            "sokhna",
            "fru",
            "fröken",
            "frøken",
            "fräulein",
            "mevrouw",
            "juffrouw",
            "pani",
            "paní",
            "slečna",
            "senhora",
            "sra.",
            "srta.",
            "hanım",
            "hanim",
            "teyze",
            "abla",
            "bacı",
            "bà",
            "cô",
            "chị",
            "aling",
            "lola",
            "ibu",
            "bu",
            "makcik",
            "khala",
            "ammi",
            "bibi",
            # "Umm Hassan": "mother of Hassan", a woman named by her son
            "umm",
            "her",
            "she",
            "herself",
        ),
        "female",
    ),
    **dict.fromkeys(
        (
            "actor",
            "father",
            "dad",
            "brother",
            "son",
            "husband",
            "boyfriend",
            "grandfather",
            "grandpa",
            "uncle",
            "nephew",
            "man",
            "boy",
            "gentleman",
            "king",
            "prince",
            "mr",
            "mr.",
            # "Abu Khalil": "father of Khalil"
            "abu",
            "sir",
            "monsieur",
            "brother-in-law",
            "father-in-law",
            "stepfather",
            "widower",
            "monk",
            "priest",
            "landlord",
            "waiter",
            "policeman",
            "businessman",
            "chairman",
            "spokesman",
            "nobleman",
            "horseman",
            "swordsman",
            "fisherman",
            "ferryman",
            "boatman",
            "henchman",
            "gunman",
            "watchman",
            "woodsman",
            "huntsman",
            "highwayman",
            "footman",
            "coachman",
            "doorman",
            "fireman",
            "postman",
            "milkman",
            "salesman",
            "tradesman",
            "craftsman",
            "clergyman",
            "congressman",
            "kinsman",
            "madman",
            "lawman",
            "foreman",
            "herdsman",
            "marksman",
            "seaman",
            "grandson",
            "stepson",
            "stepbrother",
            "emperor",
            "duke",
            "baron",
            "heir",
            "wizard",
            "patriarch",
            "schoolboy",
            "groom",
            "fiancé",
            "abbot",
            "señor",
            "don",
            "signor",
            "herr",
            "padre",
            "abuelo",
            "tío",
            "hermano",
            "ustad",
            "sultan",
            "sheikh",
            "seu",
            "tio",
            "oncle",
            "agha",
            "haj",
            "hajji",
            "m.",
            "grand-papa",
            "papi",
            "papa",
            "papá",
            "nonno",
            # Honorifics and kin words of other languages ("Hüsnü Ağa", "Kemal Bey", "Ông
            # Tư", "Mang Tomas", "Pak Harun"):
            "père",
            "serigne",
            "meneer",
            "mijnheer",
            "senhor",
            "sr.",
            "ağa",
            "bey",
            "efendi",
            "paşa",
            "pasha",
            "amca",
            "dayı",
            "ağabey",
            "ông",
            "chú",
            "mang",
            "lolo",
            "bapak",
            "pak",
            "pakcik",
            "mzee",
            "abbu",
            "chacha",
            "him",
            "he",
            "his",
            "himself",
        ),
        "male",
    ),
}
#: Words that open a titled character's name ("Coach Ames", "Sergeant Malik", "Dr. Ito"),
#: besides the gendered titles of the roles table ("Aunt", "Mrs.", "Father").
TITLE_WORDS = frozenset(
    {
        "coach", "doctor", "dr", "detective", "sergeant", "sgt", "captain", "capt", "officer",
        "professor", "prof", "judge", "inspector", "nurse", "hauptmann", "lieutenant", "lt",
        "colonel", "major", "general", "commander", "chief", "agent", "reverend", "rev",
        "pastor", "rabbi", "imam", "saint", "lord", "lady", "phra", "master", "constable",
        "corporal", "private", "admiral", "governor", "mayor", "senator", "president",
        "principal", "headmaster", "headmistress", "teacher", "dean", "bishop", "cardinal",
        "elder", "granny", "grandpa", "grandma", "sheikh", "shaikh", "hajj", "hajji", "haji",
        "hajja", "ustad", "ustadh", "pandit", "swami", "sensei", "doña",
        # kinship used as a title: "Amma Jee", "Abuela Rosa", "Tante Fenna", "Maame Efua"
        "amma", "ammi", "abba", "abbu", "nani", "dadi", "dada", "mama", "papa", "abuela",
        "abuelo", "nonna", "nonno", "oma", "opa", "babushka", "dedushka", "tante", "onkel",
        "tía", "tío", "tia", "tio", "auntie", "aunty", "aunt", "uncle", "maame", "mzee",
    }
)  # fmt: skip

#: Words that name a relative: "Anna's mother" describes a character's relation to Anna.
RELATIVE_WORDS = frozenset(
    {
        "mother",
        "father",
        "sister",
        "brother",
        "daughter",
        "son",
        "wife",
        "husband",
        "girlfriend",
        "boyfriend",
        "grandmother",
        "grandfather",
        "aunt",
        "uncle",
        "niece",
        "nephew",
        "cousin",
        "friend",
        "partner",
        "fiancé",
        "fiancée",
        "stepmother",
        "stepfather",
        "mother-in-law",
        "father-in-law",
        "sister-in-law",
        "brother-in-law",
    }
)


def gender_of_word(word: str) -> Gender | None:
    """``mother`` → female, ``Mr.`` → male, ``half-brother`` → male, anything else ``None``."""
    folded = word.strip(" ,;:()").casefold()
    found = GENDER_WORDS.get(folded)
    if found is None and "-" in folded:
        # "half-sister", "step-father", "foster-mother": the last part says it.
        found = GENDER_WORDS.get(folded.rsplit("-", 1)[1])
    return found


# --- Accolade categories -----------------------------------------------------------------

#: Category names that mean the same honour (each tuple one equivalence class, case-folded).
CATEGORY_SYNONYMS: tuple[tuple[str, ...], ...] = (
    (
        "best foreign language film",
        "best film not in the english language",
        "best international feature film",
        "best foreign film",
        "best international film",
        "best non-english language film",
        "best foreign-language film",
    ),
    ("best picture", "best film", "best motion picture", "outstanding film", "best feature"),
    ("best animated feature", "best animated feature film", "best animated film"),
    ("best documentary", "best documentary feature", "best documentary film"),
    ("best original screenplay", "best screenplay – original", "best screenplay, original"),
    (
        "best adapted screenplay",
        "best screenplay – adapted",
        "best screenplay, adapted",
        "best screenplay based on material from another medium",
    ),
    ("best original score", "best score", "best music", "best original music"),
    ("best cinematography", "best photography"),
    ("best film editing", "best editing"),
    ("best production design", "best art direction"),
    ("best visual effects", "best special visual effects", "best special effects"),
    ("best sound", "best sound mixing", "best sound editing"),
    (
        "best new actor",
        "best new actor (film)",
        "best male newcomer",
        "best newcomer (male)",
        # (a newcomer's prize under its other names: "Best Male Revelation" at the
        # Lumières, "Most Promising Actor" at the Césars)
        "best male revelation",
        "most promising actor",
        "best promising actor",
        "best breakthrough actor",
        "best debut actor",
    ),
    (
        "best new actress",
        "best new actress (film)",
        "best female newcomer",
        "best female revelation",
        "most promising actress",
        "best promising actress",
        "best breakthrough actress",
        "best debut actress",
    ),
    ("best supporting actor", "best actor in a supporting role"),
    ("best supporting actress", "best actress in a supporting role"),
    ("best actor", "best actor in a leading role", "best leading actor"),
    ("best actress", "best actress in a leading role", "best leading actress"),
    ("audience award", "audience choice award", "people's choice award"),
)

_SYNONYM_CLASS: dict[str, int] = {
    name: index for index, group in enumerate(CATEGORY_SYNONYMS) for name in group
}


def _fold_category(name: str) -> str:
    text = name.casefold().replace("’", "'").replace("—", "–")
    text = re.sub(r"\s+", " ", text).strip(" .")
    return text


@lru_cache(maxsize=16384)
def category_key(name: str) -> str:
    """A key equal for category names that mean the same honour (synonyms, parentheticals
    such as "(Film)" dropped, case and spacing ignored)."""
    folded = _fold_category(name)
    if folded in _SYNONYM_CLASS:
        return f"#{_SYNONYM_CLASS[folded]}"
    bare = re.sub(r"\s*\([^)]*\)", "", folded).strip()
    if bare in _SYNONYM_CLASS:
        return f"#{_SYNONYM_CLASS[bare]}"
    # "Best New Director", "Best Debut Director", "Best First Feature Director", "Best
    # Newcomer Director": one honour under many names, never options beside each other.
    if re.search(
        r"\b(?:new|debut|first|first-time|newcomer|newcomers|breakthrough|revelation|promising|"
        r"emerging|young|rising)\b",
        bare,
    ):
        # "Best New Actor", "Best Newcomer", "Best Breakthrough Performance", "Best Young
        # Actor", "Most Promising Actor": one honour under many names; only the director
        # kind stays apart from the performer kind.
        return "#newcomer-director" if "director" in bare else "#newcomer"
    return bare


_MEANING_DROP = re.compile(
    r"\b(?:best|award|prize|for|the|a|an|in|of|lead|leading|main|role|original|adapted|"
    r"motion|feature|performance by an?|outstanding|achievement|year|"
    # "Best British Actor" beside "Best Actor": one honour to a player (every demonym the
    # reader knows, "Best Belgian Actress" as much as "Best Irish Film").
    r"british|american|english|scottish|irish|french|german|italian|spanish|canadian|"
    r"australian|european|national|domestic|local|flemish|walloon|"
    + "|".join(sorted({re.escape(d.casefold()) for d in DEMONYMS if d.isalpha()}, key=len))
    + r")\b"
)
_MEANING_SAME = (
    (re.compile(r"\b(?:actor|actress|performer|performance|acting)\b"), "perf"),
    (
        re.compile(
            r"\b(?:newcomer|new perf|young perf|breakthrough(?: perf)?|revelation|discovery|"
            r"debut perf|rising star|promising perf|most promising)\b"
        ),
        "new-perf",
    ),
    (re.compile(r"\b(?:picture|movie)\b"), "film"),
    # "Best Artistic Direction" is "Best Art Direction"
    (re.compile(r"\bartistic\s+direction\b|\bart\s+director\b"), "art direction"),
    (re.compile(r"\bcostumes?(?:\s+design(?:ers?|s)?)?\b"), "costume"),
    (
        re.compile(
            r"\b(?:production design(?:ers?)?|art direction|set design|set decoration|sets)\b"
        ),
        "production-design",
    ),
    (
        re.compile(r"\b(?:hair(?:styling)? and make-?up|make-?up(?: and hair(?:styling)?)?)\b"),
        "makeup",
    ),
    (re.compile(r"\b(?:visual|special) effects\b"), "effects"),
    (re.compile(r"\bsongs\b"), "song"),
    (re.compile(r"\b(?:score|music|soundtrack)\b"), "music"),
    (re.compile(r"\b(?:photography|cinematographer)\b"), "cinematography"),
    (re.compile(r"\b(?:editor|edited)\b"), "editing"),
    (re.compile(r"\b(?:direction|directing)\b"), "director"),
    (re.compile(r"\b(?:writing|script|screenwriting|written|adaptation)\b"), "screenplay"),
    (
        re.compile(
            r"\b(?:first|debut)\s+(?:documentary\s+|fiction\s+)?(?:feature|film)(?:\s+film)?\b"
        ),
        "debut-film",
    ),
)


@lru_cache(maxsize=16384)
def category_meaning(name: str) -> str:
    """What a category honours, coarsely, so that no two options of one question may be
    taken for the same prize: "Best Actor" ≈ "Best Lead Actor" ≈ "Best Leading
    Performance"; "Best Supporting Actor" ≈ "Best Supporting Performance"; "Best Screenplay"
    ≈ "Best Adapted Screenplay"; "Best Newcomer" ≈ "Best New Actor" ≈ "Breakthrough
    Performance". Synonyms in :data:`CATEGORY_SYNONYMS` share a meaning too."""
    folded = re.sub(r"\s*\([^)]*\)", "", _fold_category(name)).strip()
    # "Best Film Actor" is "Best Actor", "Best Film Editing" is "Best Editing"; "Best Film"
    # itself stays.
    folded = re.sub(r"\b(?:film|motion picture|movie)\s+(?=[a-z])", "", folded)
    # (the AMAA's "Best Young/Promising Actor": one newcomer's prize)
    folded = re.sub(
        r"\b(?:young|new|promising)\s*/\s*(?:young|new|promising)\b", "promising", folded
    )
    if folded in _SYNONYM_CLASS:
        folded = CATEGORY_SYNONYMS[_SYNONYM_CLASS[folded]][0]
    for pattern, word in _MEANING_SAME:
        folded = pattern.sub(word, folded)
    folded = re.sub(r"\bnew\s+perf\b", "new-perf", folded)
    folded = re.sub(
        r"\b(?:new|first|first-time|emerging|newcomer)\s+director\b", "debut director", folded
    )
    folded = re.sub(r"\b(?:most promising|promising|young|debut)\s+perf\b", "new-perf", folded)
    folded = _MEANING_DROP.sub(" ", folded)
    # "Best Original Music Score" → "music": a word said twice is said once.
    words = list(dict.fromkeys(folded.replace("(", " ").replace(")", " ").split()))
    return " ".join(words) or category_key(name)


def same_category_name(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` name one honour (synonyms included)."""
    return category_key(a) == category_key(b)


_FEMALE_CATEGORY = re.compile(r"\b(?:actress|actresses|female|woman|women)\b", re.I)
_MALE_CATEGORY = re.compile(r"\b(?:actor|actors|male|man|men)\b", re.I)
_ACTING = re.compile(
    r"\b(?:act(?:or|ress|ing)|performance|performer|ensemble|cast|newcomer|new (?:actor|actress)|"
    r"breakthrough|supporting role|leading role|young artist|voice|(?:male|female) debut)\b",
    re.I,
)
_CRAFT_WORDS: tuple[tuple[Craft, re.Pattern[str]], ...] = (
    # Design first: "Best Art Direction" is a design prize, not a directing one.
    (
        "design",
        re.compile(
            r"\b(?:production design\w*|art(?:istic)? direct\w*|costumes?|costume design\w*|make-?up|"
            r"hair\w*|set decorat\w*|set design\w*|sets|(?:for|best)\s+design)\b",
            re.I,
        ),
    ),
    (
        "writing",
        re.compile(r"\b(?:screenplays?|writing|writers?|scripts?|story|adaptation)\b", re.I),
    ),
    ("directing", re.compile(r"\b(?:direct(?:or|ing|ion)|filmmaker|debut film)\b", re.I)),
    ("camera", re.compile(r"\b(?:cinematograph\w*|photography|camera)\b", re.I)),
    ("editing", re.compile(r"\b(?:editing|editor|edited)\b", re.I)),
    ("music", re.compile(r"\b(?:scores?|music|songs?|composers?|soundtracks?)\b", re.I)),
    ("sound", re.compile(r"\bsound\b", re.I)),
    (
        "effects",
        re.compile(
            r"\b(?:visual effects|special effects|effects|animated sequences?|animators?|"
            r"animation (?:design|sequences?|direction)|puppet (?:design|animation))\b",
            re.I,
        ),
    ),
    ("producing", re.compile(r"\b(?:producer|producing)\b", re.I)),
)
_FILM_LEVEL = re.compile(
    r"\b(?:picture|film|feature|movie|documentary|animated|audience|palme|golden lion|"
    r"golden bear|golden shell|grand prix|grand jury|jury prize|people's choice|"
    r"crystal globe|golden leopard|ensemble)\b",
    re.I,
)


#: Prizes and credits for a specialist's work, which only people of that speciality can
#: fairly be offered (and which are offered to nobody else): an actor or the
#: cinematographer among the options for "Best Action Choreography" is wrong at a glance.
_SPECIALTIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("choreography", re.compile(r"(?i)\b(?:choreograph\w*|stunts?|action direct\w*)\b")),
    ("lyrics", re.compile(r"(?i)\blyric\w*")),
    ("singing", re.compile(r"(?i)\b(?:playback|singers?|vocals?|vocalists?)\b")),
    ("casting", re.compile(r"(?i)\bcasting\b")),
    # "Best Male Voice" at a dubbing festival: the dub's voices, not the screen's actors
    ("dubbing", re.compile(r"(?i)\b(?:dub|dubs|dubb\w*|(?:male|female)\s+voices?)\b")),
)


@lru_cache(maxsize=16384)
def specialty(text: str) -> str | None:
    """The speciality a category or a role names ("Best Female Playback Singer", "Playback
    singer" → singing), ``None`` for the common crafts."""
    return next((name for name, pattern in _SPECIALTIES if pattern.search(text)), None)


@lru_cache(maxsize=16384)
def category_gender(category: str) -> Gender | None:
    """``Best Actress`` → female, ``Best Supporting Actor`` → male; ``None`` when the
    category is open to anyone (or says both)."""
    female = bool(_FEMALE_CATEGORY.search(category))
    male = bool(_MALE_CATEGORY.search(category))
    if female == male:
        return None
    return "female" if female else "male"


@lru_cache(maxsize=16384)
def category_craft(category: str) -> Craft | None:
    """The craft a category honours (acting, writing, camera…), ``None`` for the film as a
    whole or a category the table cannot place."""
    if _ACTING.search(category):
        return "acting"
    for craft, pattern in _CRAFT_WORDS:
        if pattern.search(category):
            return craft
    return None


@lru_cache(maxsize=16384)
def category_level(category: str) -> PrizeLevel:
    """``film`` for prizes that honour the film itself (Best Picture, Best Foreign Language
    Film, an audience award, the Palme d'Or), ``person`` for a person's work on it."""
    craft = category_craft(category)
    if craft == "acting" and not re.search(r"\bensemble\b", category, re.I):
        return "person"
    if craft is not None and craft != "acting":
        return "person"
    if _FILM_LEVEL.search(category) or category_key(category).startswith("#"):
        return "film"
    return "person"


_CEREMONY_KINDS: tuple[tuple[CeremonyKind, re.Pattern[str]], ...] = (
    (
        "guild",
        re.compile(r"\b(?:guild|union|society of|association of .*(?:editors|designers))\b", re.I),
    ),
    ("critics", re.compile(r"\b(?:critics?|circle|critics'|film critics)\b", re.I)),
    ("festival", re.compile(r"\b(?:festival|biennale|berlinale|mostra|filmfest)\b", re.I)),
    ("academy", re.compile(r"\b(?:academy|bafta|césar|cesar|goya|oscars?|national film)\b", re.I)),
)


@lru_cache(maxsize=16384)
def ceremony_kind(ceremony: str) -> CeremonyKind:
    """Guild, festival, critics' group, academy, or other (industry and national awards)."""
    for kind, pattern in _CEREMONY_KINDS:
        if pattern.search(ceremony):
            return kind
    return "other"


#: Everyday category names by craft ("film" for prizes to the film itself): the fallback
#: vocabulary when neither the ceremony nor its kind offers enough categories of the key's
#: kind. A name here is false for a recipient whenever the accolades list does not give it.
STANDARD_CATEGORIES: dict[str, tuple[str, ...]] = {
    "film": ("Best Film", "Best Picture", "Audience Award", "Best Debut Film", "Jury Prize"),
    "acting": (
        "Best Actor",
        "Best Actress",
        "Best Supporting Actor",
        "Best Supporting Actress",
        "Best New Actor",
        "Best New Actress",
        "Best Young Actor",
        "Best Young Actress",
        "Best Newcomer",
        "Best Breakthrough Performance",
        "Best Ensemble Cast",
    ),
    # No "Best New Director" or "Best Original Story": few ceremonies have them, and a
    # blind review read them as another ceremony's wording (or true of a debut).
    "directing": ("Best Director",),
    "writing": ("Best Screenplay", "Best Original Screenplay", "Best Adapted Screenplay"),
    "music": ("Best Music", "Best Original Score", "Best Original Song"),
    "camera": ("Best Cinematography",),
    "editing": ("Best Editing", "Best Film Editing"),
    "design": ("Best Art Direction", "Best Costume Design", "Best Makeup"),
    "sound": ("Best Sound", "Best Sound Editing"),
    "effects": ("Best Visual Effects",),
    "producing": ("Best Producer", "Best Film"),
}
#: Crafts whose people commonly cross over (directors write, writers direct) or whose prizes
#: sit side by side as the "technical" categories: a prize of a related craft is of the
#: right kind for them. Acting relates to nothing but itself.
_TECHNICAL = frozenset({"camera", "editing", "design", "sound", "effects"})
RELATED_CRAFTS: dict[str, frozenset[str]] = {
    # Directors often write (a screenplay prize is a fair wrong answer for one), but a
    # writing pair offered "Best Director" reads wrong.
    "directing": frozenset({"directing", "writing"}),
    "music": frozenset({"music", "sound"}),
    **dict.fromkeys(_TECHNICAL, _TECHNICAL),
}
