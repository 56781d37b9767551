"""French (FR/BE/CH/CA) figure vocabulary: pure data, read by the rule families in ``rules``.

Same shape as ``de_data``, ``es_data`` and any further language (``rules.REQUIRED``): month and
weekday names, number and ordinal words, qualifiers, scale words, currencies, units, counted
nouns, and the few grammar words the rules need (``de``/``d'`` between a scale and its noun,
range words, time-of-day forms). Keys are matched case-insensitively unless said otherwise;
multi-word keys longest first. Glossary values are English ``(singular, plural)``.

Numbers: spaced thousands (``2 000``, also U+00A0 / U+202F), a thousands dot also seen in the
press (``6.700``), decimal comma (``3,2``). See ``numbers.NUMBER_PATTERN``.
"""

MONTHS = {
    "janvier": 1, "janv.": 1, "février": 2, "fevrier": 2, "févr.": 2, "mars": 3, "avril": 4,
    "avr.": 4, "mai": 5, "juin": 6, "juillet": 7, "juil.": 7, "août": 8, "aout": 8,
    "septembre": 9, "sept.": 9, "octobre": 10, "oct.": 10, "novembre": 11, "nov.": 11,
    "décembre": 12, "decembre": 12, "déc.": 12,
}  # fmt: skip

WEEKDAYS = {
    "lundi": "Monday", "mardi": "Tuesday", "mercredi": "Wednesday", "jeudi": "Thursday",
    "vendredi": "Friday", "samedi": "Saturday", "dimanche": "Sunday",
}  # fmt: skip

# Cardinal number words. "un/une" count only before a scale word ("un million").
NUMBER_WORDS = {
    "zéro": 0, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
    "seize": 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "vingt": 20, "trente": 30,
    "quarante": 40, "cinquante": 50, "soixante": 60, "soixante-dix": 70, "quatre-vingts": 80,
    "quatre-vingt-dix": 90, "cent": 100, "mille": 1000,
}  # fmt: skip
ONE_WORDS = {"un", "une"}
# Nouns before which "un" counts (a tally), not as an article: "un point", "un siège".
ONE_NOUNS = ["point", "but", "siège", "match"]
HALF_WORDS = ["un demi", "une demi"]  # "un demi-million" -> "half a million"

# Vague plurals ("des centaines de conteneurs" -> "hundreds of containers").
VAGUE_WORDS = {
    "dizaines": ("dozens", 10),
    "vingtaine": ("about twenty", 20),
    "centaines": ("hundreds", 100),
    "milliers": ("thousands", 1000),
    "dizaines de milliers": ("tens of thousands", 10000),
    "centaines de milliers": ("hundreds of thousands", 100000),
    "millions": ("millions", 1000000),
}

# Ordinal words; those in ORDINAL_WORDS_NEED_NOUN count only before an ORDINAL_NOUNS noun.
ORDINAL_WORDS = {
    "premier": 1, "première": 1, "deuxième": 2, "second": 2, "seconde": 2, "troisième": 3,
    "quatrième": 4, "cinquième": 5, "sixième": 6, "septième": 7, "huitième": 8, "neuvième": 9,
    "dixième": 10, "onzième": 11, "douzième": 12, "vingtième": 20, "centième": 100,
}  # fmt: skip
ORDINAL_WORDS_NEED_NOUN = {"premier", "première", "second", "seconde"}
# Suffixes after digits: "3e", "3ème", "1er", "1re" ("1er octobre" is a date rule first).
ORDINAL_SUFFIXES = ["e", "ème", "eme", "è", "ᵉ", "er", "re", "ère"]
ORDINAL_NOUNS = {
    "trimestre": "quarter", "semestre": "half", "fois": "time", "place": "place",
    "rang": "place", "tour": "round", "étape": "stage", "édition": "edition", "jour": "day",
    "journée": "matchday", "siècle": "century", "anniversaire": "anniversary",
    "parallèle": "parallel", "mandat": "term", "étage": "floor", "arrondissement": "arrondissement",
    "division": "division", "vague": "wave",
}  # fmt: skip

# Qualifiers that change a figure's meaning (lower case -> English). Keys ending in an apostrophe
# take no space before the number ("plus d'un million").
QUALIFIERS = {
    "plus de": "more than", "plus d'": "more than", "plus d’": "more than",
    "au moins": "at least", "pas moins de": "at least", "au minimum": "at least",
    "moins de": "less than", "moins d'": "less than", "moins d’": "less than",
    "environ": "about", "quelque": "some", "quelques": "some", "autour de": "around",
    "près de": "nearly", "presque": "almost", "quasiment": "almost",
    "jusqu'à": "up to", "jusqu’à": "up to", "un peu plus de": "just over",
    "un peu moins de": "just under", "au maximum": "at most", "au plus": "at most",
    "approximativement": "approximately", "quelque peu": "some", "quelques-uns": "some",
}  # fmt: skip

# Scale words after a number ("3,2 millions", "1,5 milliard", "376 M€").
SCALES = {
    "mille": 1e3, "million": 1e6, "millions": 1e6, "M": 1e6, "milliard": 1e9,
    "milliards": 1e9, "Md": 1e9, "Mds": 1e9, "Mrd": 1e9, "billion": 1e12, "billions": 1e12,
}  # fmt: skip

# "de"/"d'" between a scale word and its noun or currency ("3 millions d'euros").
OF = ["de", "d'", "d’"]

# Ranges of amounts: "entre 400 et 420 millions", "de 300 000 à 350 000 personnes".
RANGE_BETWEEN = ["entre"]
RANGE_FROM = ["de"]
RANGE_MID = ["et", "à"]

CURRENCIES_AFTER = {
    "euros": "EUR", "euro": "EUR", "€": "EUR", "EUR": "EUR", "centimes": "EUR_CENT",
    "dollars américains": "USD", "dollars": "USD", "dollar": "USD", "$": "USD", "USD": "USD",
    "dollars canadiens": "CAD", "francs suisses": "CHF", "francs CFA": "XOF", "francs": "CHF",
    "CHF": "CHF", "livres sterling": "GBP", "livres": "GBP", "£": "GBP", "yens": "JPY",
    "yuans": "CNY", "roubles": "RUB",
}  # fmt: skip
CURRENCIES_BEFORE = {"€": "EUR", "$": "USD", "US$": "USD", "£": "GBP", "CHF": "CHF"}
ENGLISH_CURRENCIES = {
    "EUR": ("euro", "euros"), "EUR_CENT": ("cent", "cents"), "USD": ("dollar", "dollars"),
    "CAD": ("Canadian dollar", "Canadian dollars"), "CHF": ("franc", "francs"),
    "XOF": ("CFA franc", "CFA francs"), "GBP": ("pound", "pounds"), "JPY": ("yen", "yen"),
    "CNY": ("yuan", "yuan"), "RUB": ("ruble", "rubles"),
}  # fmt: skip

PERCENT_WORDS = {"%": "%", "pour cent": "percent", "pourcent": "percent"}
POINTS_WORDS = {
    "points de pourcentage": "percentage points",
    "point de pourcentage": "percentage point",
}

UNITS = {
    "degrés Celsius": ("degree Celsius", "degrees Celsius"), "degrés": ("degree", "degrees"),
    "degré": ("degree", "degrees"), "°C": ("°C", "°C"), "kilomètres": ("kilometer", "kilometers"),
    "kilomètre": ("kilometer", "kilometers"), "km/h": ("km/h", "km/h"), "km²": ("km²", "km²"),
    "km": ("km", "km"), "mètres carrés": ("square meter", "square meters"),
    "mètres": ("meter", "meters"), "mètre": ("meter", "meters"), "m²": ("m²", "m²"),
    "m": ("m", "m"), "centimètres": ("centimeter", "centimeters"), "cm": ("cm", "cm"),
    "millimètres": ("millimeter", "millimeters"), "mm": ("mm", "mm"),
    "litres": ("liter", "liters"), "hectares": ("hectare", "hectares"),
    "tonnes": ("tonne", "tonnes"), "tonne": ("tonne", "tonnes"), "kilos": ("kilo", "kilos"),
    "kilogrammes": ("kilogram", "kilograms"), "kg": ("kg", "kg"),
    "mégawatts": ("megawatt", "megawatts"), "MW": ("MW", "MW"), "kWh": ("kWh", "kWh"),
    "points de base": ("basis point", "basis points"), "pts": ("point", "points"),
    "secondes": ("second", "seconds"),
    "minutes": ("minute", "minutes"), "heures": ("hour", "hours"), "heure": ("hour", "hours"),
    "jours": ("day", "days"), "jour": ("day", "days"), "semaines": ("week", "weeks"),
    "mois": ("month", "months"), "années": ("year", "years"), "ans": ("year", "years"),
    "an": ("year", "years"),
}  # fmt: skip

# "par an" after a figure ("2 000 euros par mois" -> "2,000 euros a month").
PER = {
    "par an": "a year", "par jour": "a day", "par mois": "a month", "par semaine": "a week",
    "par heure": "an hour", "par habitant": "per inhabitant", "par personne": "per person",
    "par action": "per share",
}  # fmt: skip

NOUNS = {
    "point": ("point", "points"), "but": ("goal", "goals"), "siège": ("seat", "seats"),
    "victoire": ("win", "wins"), "match": ("match", "matches"), "mort": ("dead", "dead"),
    "blessé": ("injured", "injured"),
    "conteneurs": ("container", "containers"), "personnes": ("person", "people"),
    "morts": ("dead", "dead"), "blessés": ("injured", "injured"), "victimes": ("victim", "victims"),
    "habitants": ("inhabitant", "inhabitants"), "salariés": ("employee", "employees"),
    "employés": ("employee", "employees"), "emplois": ("job", "jobs"), "postes": ("job", "jobs"),
    "soldats": ("soldier", "soldiers"), "enfants": ("child", "children"),
    "femmes": ("woman", "women"), "hommes": ("man", "men"), "élèves": ("pupil", "pupils"),
    "étudiants": ("student", "students"), "manifestants": ("demonstrator", "demonstrators"),
    "manifestations": ("demonstration", "demonstrations"),
    "policiers et gendarmes": ("police officer", "police officers"),
    "policiers": ("police officer", "police officers"), "gendarmes": ("gendarme", "gendarmes"),
    "obus d'artillerie": ("artillery shell", "artillery shells"), "obus": ("shell", "shells"),
    "munitions": ("munition", "munitions"), "missiles": ("missile", "missiles"),
    "drones": ("drone", "drones"), "navires": ("ship", "ships"), "bateaux": ("boat", "boats"),
    "avions": ("aircraft", "aircraft"), "véhicules": ("vehicle", "vehicles"),
    "voitures": ("car", "cars"), "logements": ("home", "homes"), "maisons": ("house", "houses"),
    "entreprises": ("company", "companies"), "sociétés": ("company", "companies"),
    "pays": ("country", "countries"), "électeurs": ("voter", "voters"), "voix": ("vote", "votes"),
    "sièges": ("seat", "seats"), "députés": ("member of parliament", "members of parliament"),
    "cas": ("case", "cases"), "participants": ("participant", "participants"),
    "familles": ("family", "families"), "ménages": ("household", "households"),
    "communes": ("municipality", "municipalities"), "villes": ("town", "towns"),
    "usines": ("factory", "factories"), "clients": ("customer", "customers"),
    "visiteurs": ("visitor", "visitors"), "spectateurs": ("spectator", "spectators"),
    "touristes": ("tourist", "tourists"), "passagers": ("passenger", "passengers"),
    "vols": ("flight", "flights"), "patients": ("patient", "patients"), "lits": ("bed", "beds"),
    "médecins": ("doctor", "doctors"), "réfugiés": ("refugee", "refugees"),
    "migrants": ("migrant", "migrants"), "otages": ("hostage", "hostages"),
    "prisonniers": ("prisoner", "prisoners"), "détenus": ("prisoner", "prisoners"),
    "arbres": ("tree", "trees"), "matchs": ("match", "matches"), "buts": ("goal", "goals"),
    "livraisons": ("delivery", "deliveries"), "dossiers": ("case", "cases"),
}  # fmt: skip

# Adjectives before a counted noun, kept in English ("2 000 nouveaux logements").
ADJECTIVES = {"nouveaux": "new", "nouvelles": "new"}

# Fixed phrases carrying a figure. Matched case-insensitively on the first letter.
PHRASES = {
    "pour la première fois": ("ordinal", 1, "for the first time"),
    "pour la deuxième fois": ("ordinal", 2, "for the second time"),
    "pour la seconde fois": ("ordinal", 2, "for the second time"),
    "pour la troisième fois": ("ordinal", 3, "for the third time"),
    "pour la quatrième fois": ("ordinal", 4, "for the fourth time"),
    "pour la cinquième fois": ("ordinal", 5, "for the fifth time"),
    "l'an dernier": ("date", {"relative": "-P1Y"}, "last year"),
    "l'année dernière": ("date", {"relative": "-P1Y"}, "last year"),
    "il y a un an": ("date", {"relative": "-P1Y"}, "a year ago"),
    "la moitié": ("number", 0.5, "half"),
    "une demi-heure": ("measure", 0.5, "half an hour"),
    "une dizaine": ("number", 10, "about ten"),
    "une vingtaine": ("number", 20, "about twenty"),
    "une centaine": ("number", 100, "about a hundred"),
}

# Dates: "1er octobre 2023", "7 septembre"; no word between day, month and year.
DAY_SUFFIXES = ["er"]
DATE_LINK: list[str] = []
YEAR_LINK: list[str] = []
# "entre le 7 septembre et le 1er octobre", "du 7 au 10 septembre", "de janvier à mars".
DATE_RANGE_BETWEEN = ["entre le", "entre"]
DATE_RANGE_FROM = ["du", "depuis le", "de"]
DATE_RANGE_AND = ["et le", "et"]
DATE_RANGE_TO = ["au", "jusqu'au", "jusqu’au", "à"]
DAY_PARTS = {"début": "early", "mi-": "mid", "fin": "late"}
YEAR_PREPS = {
    "depuis": "since", "jusqu'en": "until", "jusqu’en": "until", "dès": "from",
    "à partir de": "from",
}  # fmt: skip

# Times: "12h30", "12 h 30", "14h", "à 10:30", "à 20 heures". TIME_SEP is a regex between hour
# and minutes; a bare hour is a time after a TIME_PREFIXES word or before a
# TIME_SUFFIXES_ALONE suffix.
TIME_PREFIXES = ["à"]
TIME_SEP = r"(?:[ \u00a0\u202f]?h[ \u00a0\u202f]?|:)"
TIME_SUFFIXES = {"h": "", "heures": "", "heure": ""}
TIME_SUFFIXES_ALONE = {"h"}

# Numeric dates: "30/10/2019", "01/10/21" (the year is needed: "3/4" is a fraction).
NUMERIC_DATE = r"(?<![\d/.])(?P<d>[0-3]?\d)/(?P<m>[01]?\d)/(?P<y>(?:19|20)\d{2}|\d{2})(?![\d/])"
DATE_RANGE_INCLUSIVE: list[str] = []
MONTH_PREPS: dict[str, str] = {}
# Months are written in lower case: a capitalised one inside a sentence is a name.
MONTHS_LOWERCASE = True
AMBIGUOUS_MONTHS: set[str] = set()
MONTH_CONTEXT: list[str] = []
WEEKDAY_RELATIVE: dict[str, str] = {}
YEAR_NOUNS: dict[str, str] = {}
YEAR_WORDS: list[str] = []
YEAR_WORD_THE: list[str] = []
TIME_MINUTES_ALONE = True  # "12h30", "10:30" are times without a prefix or suffix

# Grammar words: "et" joins month pairs and compound durations, and ranges only after
# RANGE_BETWEEN ("entre 3 et 5"); the ranges keep no "from" in English.
AND = ["et"]
RANGE_MID_NEED_PREFIX = ["et"]
RANGE_FROM_ENGLISH = ""
VERB_PREPOSITIONS: dict[str, list[str]] = {}
PERCENT_OF: dict[str, str] = {}
PER_WORDS: list[str] = []
PER_NOT_BEFORE: list[str] = []
PER_NOUNS: dict[str, str] = {}
CASE_SENSITIVE_NOUNS = False
ORDINAL_DIGITS_NEED_NOUN = False
ORDINAL_PREPS: dict[str, str] = {}
ORDINAL_ARTICLES: list[str] = []
PLURAL_ENDINGS: list[str] = []
ID_STOPWORDS: set[str] = set()

# "tous les quatre ans" -> "every four years"; "il y a trois semaines" -> "three weeks ago".
EVERY = {"tous les": "every", "toutes les": "every"}
AGO = ["il y a"]
RACE_UNITS: dict[str, str] = {}
COMPOUND_NOUNS: dict[str, str] = {}  # no number compounds ("25-Euro-Gutschein") in this language
UNIT_QUALIFIERS: dict[str, str] = {}
# A sign before a number is read as a word ("+ 1,8 %" -> "up 1.8%").
SIGN_WORDS = {"+": "up", "-": "down"}
RANGE_CHANGE: list[str] = []  # no range word is only a change
# "3000 de moins" -> "3,000 fewer": word -> (English after a whole number, after a decimal).
COMPARATIVES = {"de moins": ("fewer", "less"), "de plus": ("more", "more")}
# "un tiers" -> "a third", "deux tiers" -> "two thirds", "un cinquième" -> "one fifth".
FRACTIONS = {
    "tiers": 3, "quart": 4, "quarts": 4, "cinquième": 5, "cinquièmes": 5, "sixième": 6,
    "sixièmes": 6, "dixième": 10, "dixièmes": 10,
}  # fmt: skip
# "samedi soir" -> "Saturday evening" (the key follows the weekday as written).
WEEKDAY_PARTS = {
    " matin": "morning", " après-midi": "afternoon", " soir": "evening", " midi": "midday",
}  # fmt: skip
# Adjectives after a unit that make the measure describe a noun (German "20 Meter langes"):
# none; French and Spanish put the measure after the noun.
UNIT_ADJECTIVES: list[str] = []
# Capitalised words that may stand right before a date without a year (see de_data).
DATE_NAME_OK: list[str] = []
