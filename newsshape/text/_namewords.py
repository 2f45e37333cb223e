"""Word lists of bylines and names: news agencies, particles, credentials,
placeholders, picture-credit labels, desk words, places and mastheads.

Rules are data: each list says what it decides. Set by hand on
trafilatura-eval's author labels unless said otherwise.
"""

from __future__ import annotations

#: News agencies (case-folded): an author's employer when people are named.
AGENCIES = frozenset(
    [
        "associated press",
        "the associated press",
        "ap",
        "reuters",
        "afp",
        "agence france-presse",
        "dpa",
        "apa",
        "bloomberg",
        "cnn",
        "ansa",
        "efe",
        "europa press",
        "kyodo",
        "xinhua",
        "tass",
        "pa",
        "press association",
        "upi",
        "sda",
        "epd",
        "kna",
        "belga",
        "anp",
        "ntb",
        "pap",
    ]
)

CREDENTIALS = frozenset(
    [
        "ms",
        "md",
        "rd",
        "phd",
        "rn",
        "ma",
        "mba",
        "mph",
        "msc",
        "bsc",
        "cpt",
        "ld",
        "cde",
        "dr",
        "jr",
        "sr",
        "mfa",
        "dds",
        "facp",
        "lcsw",
        "cns",
    ]
)

PARTICLES = frozenset(
    [
        "de",
        "da",
        "di",
        "del",
        "della",
        "der",
        "den",
        "van",
        "von",
        "la",
        "le",
        "du",
        "dos",
        "das",
        "bin",
        "ibn",
        "al",
        "el",
        "y",
        "e",
        "of",
    ]
)

#: Values that stand where a name is missing.
PLACEHOLDERS = frozenset(
    [
        "no author",
        "unknown",
        "anonymous",
        "anonym",
        "anónimo",
        "anonimo",
        "anonyme",
        "admin",
        "administrator",
        "super user",  # Joomla's first account
        "webmaster",
        "null",
        "none",
        "n/a",
        "guest",
        "author",
        "autor",
        "auteur",
        "editor",
    ]
)

#: Labels of a picture's credit ("Foto: Anna Jay", "Photos: AFP"): a raw
#: value that opens with one names a photographer or an agency, not the
#: story's author, and the label alone is no name.
CREDIT_LABELS = frozenset(
    ["foto", "fotos", "photo", "photos", "photograph", "photography", "bild", "bilder", "image", "images",
     "picture", "pictures", "credit", "credits", "fotografía", "fotografia", "illustration", "grafik", "video"]
)  # fmt: skip

#: Words of a desk's or newsroom's byline ("IGN Staff", "Redação Brasil").
DESK_WORDS = frozenset(
    [
        "staff",
        "reports",
        "editorial",
        "editors",
        "newsroom",
        "desk",
        "team",
        "bureau",
        "wire",
        "services",
        "redaktion",
        "online-redaktion",
        "redaction",
        "rédaction",
        "redacción",
        "redação",
        "redazione",
        "redakcja",
        "redactie",
        "toimitus",
    ]
)

#: Words that may stand beside desk words in a byline naming nobody.
DESK_FILLERS = frozenset(["the", "and", "&", "online", "web", "digital", "news", "de", "la", "da", "der", "die"])

#: First words of places named in several words ("New York", "San José",
#: "Hong Kong", "North Carolina"); a place whose last word is "City" needs
#: none. Only words that do not begin people's names.
PLACE_STARTS = frozenset(
    ["new", "san", "santa", "santo", "são", "sao", "los", "las", "st.", "st", "saint", "sainte", "sankt", "fort",
     "port", "mount", "hong", "tel", "buenos", "kuala", "cape", "puerto", "salt", "kansas", "mexico", "united",
     "north", "south", "east", "west", "rhode", "nueva", "bad"]
)  # fmt: skip

#: Last words of a publication's name ("Los Angeles Times", "Financial
#: Times"). Only words that are not common surnames ("Post", "Press" and
#: "Sun" are).
MASTHEAD_ENDS = frozenset(
    ["times", "journal", "tribune", "chronicle", "gazette", "telegraph", "inquirer", "examiner", "magazine",
     "herald", "zeitung", "observer", "guardian", "independent", "courier", "bulletin", "news", "weekly", "today",
     "review"]
)  # fmt: skip

#: Words of an organisation's name, not of a person's ("Foundation", "Zeitung"): a name holding one is no
#: person's.
ORG_WORDS = frozenset(
    [
        "news",
        "press",
        "media",
        "times",
        "post",
        "daily",
        "weekly",
        "journal",
        "tribune",
        "herald",
        "gazette",
        "magazine",
        "magazin",
        "radio",
        "tv",
        "network",
        "foundation",
        "institute",
        "university",
        "association",
        "group",
        "blog",
        "online",
        "zeitung",
        "diario",
        "noticias",
        "nachrichten",
        "agency",
        "today",
        "hora",
        "report",
        "review",
        "insider",
        "world",
        "kitchens",
        "verlag",
        "verband",
        "verein",
        "partei",
        "society",
        "inc",
        "ltd",
        "llc",
        "gmbh",
    ]
)
