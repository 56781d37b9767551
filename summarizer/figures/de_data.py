"""German (DE/AT/CH) figure vocabulary: pure data, read by the rule families in ``rules``.

Same shape as ``fr_data`` and ``es_data`` (the tables ``rules.REQUIRED`` names): month and weekday
names, number and ordinal words, qualifiers, currencies, units, a small glossary of the nouns that
news figures count ("1000 Container" -> "1,000 containers"), and the few grammar words and
conventions the rules need (range words, date forms, time forms). The rules German alone has are
in ``de_rules``; the English tables at the end are read by ``render`` and ``english``.

Glossary values are ``(singular, plural)`` English forms; a value of ``None`` for the singular means
"use the plural for 1 as well". Keys are matched case-sensitively after the figure (German nouns
are capitalised) and, for multi-word keys, longest first.
"""

MONTHS = {
    "Januar": 1,
    "Jänner": 1,
    "Jän.": 1,
    "Jan.": 1,
    "Februar": 2,
    "Feber": 2,
    "Feb.": 2,
    "März": 3,
    "April": 4,
    "Apr.": 4,
    "Mai": 5,
    "Juni": 6,
    "Juli": 7,
    "August": 8,
    "Aug.": 8,
    "September": 9,
    "Sept.": 9,
    "Sep.": 9,
    "Oktober": 10,
    "Okt.": 10,
    "November": 11,
    "Nov.": 11,
    "Dezember": 12,
    "Dez.": 12,
}
# the genitive of a month: "im Verlauf des 3. Novembers" ("Mais" is maize more often than May's)
MONTHS.update(
    {f"{name}s": n for name, n in list(MONTHS.items()) if len(name) > 4 and name[-1] != "."}
)

WEEKDAYS = {
    "Montag": "Monday",
    "Dienstag": "Tuesday",
    "Mittwoch": "Wednesday",
    "Donnerstag": "Thursday",
    "Freitag": "Friday",
    "Samstag": "Saturday",
    "Sonnabend": "Saturday",
    "Sonntag": "Sunday",
}

# Cardinal number words (lower case). "ein/eine/einer..." count only in the constructions the
# extractor names explicitly ("eine Million", "vor einem Jahr", "mit einer Ausnahme").
NUMBER_WORDS = {
    "null": 0,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
    "dreizehn": 13,
    "vierzehn": 14,
    "fünfzehn": 15,
    "sechzehn": 16,
    "siebzehn": 17,
    "achtzehn": 18,
    "neunzehn": 19,
    "zwanzig": 20,
    "dreißig": 30,
    "vierzig": 40,
    "fünfzig": 50,
    "sechzig": 60,
    "siebzig": 70,
    "achtzig": 80,
    "neunzig": 90,
    "hundert": 100,
    "tausend": 1000,
    "hunderttausend": 100000,
    "zweier": 2,  # genitive: "zweier Gerichtsverfahren"
    "dreier": 3,
    "beiden": 2,
    "beide": 2,
    "eineinhalb": 1.5,
    "anderthalb": 1.5,
    "zweieinhalb": 2.5,
    "dreieinhalb": 3.5,
    "viereinhalb": 4.5,
    "fünfeinhalb": 5.5,
}
# Compound cardinals, rare in news copy but written out in quotes and features:
# "einundzwanzig" .. "neunundneunzig", "zweihundert", "fünftausend", "dreihunderttausend".
# Their values, and one factored pattern for them: an alternation of all 190 would slow every
# rule that reads a number word by half.
_ONES = ["ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
_TENS = ["zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"]
_TEENS = ["zehn", "elf", "zwölf"] + [
    f"{w}zehn" for w in ("drei", "vier", "fünf", "sech", "sieb", "acht", "neun")
]
_SMALL = _ONES[1:] + _TEENS
_BELOW_HUNDRED = {w: NUMBER_WORDS[w] for w in _SMALL + _TENS} | {
    f"{o}und{t}": i + 10 * j for i, o in enumerate(_ONES, 1) for j, t in enumerate(_TENS, 2)
}
_HUNDREDS = {f"{o}hundert": 100 * i for i, o in enumerate(_ONES, 1)}
NUMBER_WORD_COMPOUNDS = (
    {w: n for w, n in _BELOW_HUNDRED.items() if "und" in w}
    | _HUNDREDS
    | {f"{w}tausend": 1000 * n for w, n in ({"ein": 1} | _BELOW_HUNDRED | _HUNDREDS).items()}
)
_O, _T, _S = "|".join(_ONES), "|".join(_TENS), "|".join(_SMALL)
NUMBER_WORD_COMPOUND_PATTERN = (  # the lookahead first: it fails fast on every other word
    r"(?=[^\W\d_]*?(?i:und|hundert|tausend))"
    rf"(?i:(?:(?:{_O})und(?:{_T})|{_T}|{_S}|(?:{_O})hundert|ein)tausend"
    rf"|(?:{_O})hundert|(?:{_O})und(?:{_T}))"
)

ONE_WORDS = {"ein", "eine", "einer", "einem", "einen", "eines", "eins"}
# Nouns before which "ein" counts (tallies of a result, a vote, a time): "einen Punkt", "ein
# Remis", "eine Nacht"; before other nouns it is an article ("ein Nutzer", "einen Sieg des Front
# National"), unless it stands in a list of counts ("zwei Afghanen und ein Ausländer") or after
# "nur" ("nur ein Sieg", ONE_FOCUS).
# nouns of a tally that one side is ahead or behind by: "einen Schlag vor" -> "one stroke" (not a
# goal, a second or a lap: "ein Tor vor der Pause", "eine Runde vor Schluss")
AHEAD_NOUNS = ["Punkt", "Zähler", "Schlag", "Platz", "Stimme", "Sitz", "Mandat"]
ONE_NOUNS = [
    "Punkt", "Punkte", "Tor", "Treffer", "Spiel",
    "Runde", "Satz", "Sitz", "Mandat", "Stimme", "Nacht", "Quartal", "Saison", "Zähler",
    "Strafrunde",
]  # fmt: skip
# "eine halbe Million Euro" -> "half a million euros" (only before a scale word).
HALF_WORDS = ["eine halbe", "einer halben", "einem halben", "ein halbes"]

# "Dutzende/Hunderte/Tausende" -> vague plurals ("hundreds of containers").
VAGUE_WORDS = {
    "dutzende": ("dozens", 12),
    "hunderte": ("hundreds", 100),
    "hunderter": ("hundreds", 100),
    "tausende": ("thousands", 1000),
    "tausender": ("thousands", 1000),
    "zehntausende": ("tens of thousands", 10000),
    "hunderttausende": ("hundreds of thousands", 100000),
    "dutzende millionen": ("tens of millions", 10000000),
    "hunderte millionen": ("hundreds of millions", 100000000),
    "zig millionen": ("tens of millions", 10000000),
    "zigtausende": ("tens of thousands", 10000),
    "dutzenden": ("dozens", 12),
    "hunderten": ("hundreds", 100),
    "tausenden": ("thousands", 1000),
    "abertausende": ("thousands upon thousands", 1000),
    "abertausenden": ("thousands upon thousands", 1000),
    # the genitive and dative: "die Integration Zehntausender Flüchtlinge"
    "zehntausender": ("tens of thousands", 10000),
    "zehntausenden": ("tens of thousands", 10000),
    "hunderttausender": ("hundreds of thousands", 100000),
    "hunderttausenden": ("hundreds of thousands", 100000),
    "zigtausenden": ("tens of thousands", 10000),
    "millionen": ("millions", 1000000),  # "in Millionen Dieselautos" (no number before)
    "milliarden": ("billions", 1000000000),
}

ENGLISH_NUMBER_WORDS = {
    0: "zero",
    1: "one",
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
    10: "ten",
    11: "eleven",
    12: "twelve",
    13: "thirteen",
    14: "fourteen",
    15: "fifteen",
    16: "sixteen",
    17: "seventeen",
    18: "eighteen",
    19: "nineteen",
    20: "twenty",
    30: "thirty",
    40: "forty",
    50: "fifty",
    60: "sixty",
    70: "seventy",
    80: "eighty",
    90: "ninety",
    100: "a hundred",
    1000: "a thousand",
    100000: "a hundred thousand",
    1.5: "one and a half",
    2.5: "two and a half",
    3.5: "three and a half",
    4.5: "four and a half",
    5.5: "five and a half",
}

# Ordinal word stems: "ersten", "dritte" ...
_ORDINAL_STEMS = {
    "erst": 1,
    "zweit": 2,
    "dritt": 3,
    "viert": 4,
    "fünft": 5,
    "sechst": 6,
    "siebt": 7,
    "siebent": 7,
    "acht": 8,
    "neunt": 9,
    "zehnt": 10,
    "elft": 11,
    "zwölft": 12,
    "zwanzigst": 20,
    "hundertst": 100,
    "tausendst": 1000,
    "millionst": 1000000,
}
# Every ending of every stem; "achte"/"achten" are the verb "achten" far more often.
ORDINAL_WORDS = {
    stem + ending: value
    for stem, value in _ORDINAL_STEMS.items()
    for ending in ("e", "en", "er", "es", "em")
    if stem + ending not in ("achte", "achten")
}
ORDINAL_WORDS_NEED_NOUN: set[str] = set()
ORDINAL_ARTICLES = ["der", "die", "das"]  # "der Erste" -> "the first"
# words after which "50." is an ordinal before any noun ("die 50. Super Bowl", "als 13. der
# Weltrangliste"); not "am" ("am 26." is a day)
ORDINAL_DETERMINERS = [
    "der", "die", "das", "den", "dem", "des", "im", "zum", "zur", "beim", "vom", "ins", "als",
    "sein", "seine", "seinen", "seinem", "seiner",
    "ihr", "ihre", "ihren", "ihrem", "ihrer", "unser", "unsere", "unseren", "unserem",
]  # fmt: skip
# German plural endings that make "ersten ... -ungen" plural ("ersten Zweitimpfungen").
PLURAL_ENDINGS = ["ungen"]
# an article and an ordinal's ending that make its noun plural: "die ersten Forscher"
PLURAL_ORDINAL_ARTICLE = ("die", "en")
# "3. Platz": a digit ordinal is written with a dot and counts only before one of these nouns.
ORDINAL_SUFFIXES = ["."]
ORDINAL_DIGITS_NEED_NOUN = True
ORDINAL_NOUNS = {
    "Platz": "place", "Rang": "place", "Minute": "minute", "Runde": "round", "Quartal": "quarter",
    "Spieltag": "matchday", "Spieltags": "matchday", "Mal": "time", "Stock": "floor",
    "Etappe": "stage", "Liga": "division",
    "Klasse": "grade", "Halbjahr": "half", "Jahrhundert": "century", "Jahrestag": "anniversary",
    "Durchgang": "round", "Lauf": "race", "Sitzung": "session", "Woche": "week", "Monat": "month",
    "Jahrhunderts": "century", "Quartals": "quarter", "Tag": "day", "Bezirk": "district",
    "Gemeindebezirk": "district", "Geburtstag": "birthday", "Todestag": "anniversary of death",
    "Halbzeit": "half", "Instanz": "instance", "Lesung": "reading", "Auflage": "edition",
    "Ausgabe": "edition", "Amtszeit": "term", "Legislaturperiode": "term",
    "Geschäftshalbjahr": "half of the financial year", "Geschäftsjahr": "financial year",
    "Geschäftsquartal": "quarter of the financial year", "Kalenderwoche": "calendar week",
    "Lebensjahr": "year of life", "Lebensjahres": "year of life",
    "Vorstellung": "performance", "Aufführung": "performance",
    "Jahrzehnt": "decade", "Jahrzehnts": "decade", "Jahrtausend": "millennium",
    "Jahrtausends": "millennium",
}  # fmt: skip
# "im 3. Quartal" -> "in the third quarter" (for quarters, halves and times, written as words).
ORDINAL_PREPS = {"im": "in the", "zum": "for the"}

ENGLISH_ORDINALS = {
    1: "first",
    2: "second",
    3: "third",
    4: "fourth",
    5: "fifth",
    6: "sixth",
    7: "seventh",
    8: "eighth",
    9: "ninth",
    10: "tenth",
    11: "eleventh",
    12: "twelfth",
    20: "twentieth",
    100: "hundredth",
    1000: "thousandth",
    1000000: "millionth",
}

# Qualifiers that change a figure's meaning (lower case German -> English).
QUALIFIERS = {
    "nicht weniger als": "no fewer than",
    "nicht mehr als": "no more than",
    "deutlich mehr als": "well over",
    "deutlich über": "well over",
    "weit über": "well over",
    "deutlich unter": "well below",
    "knapp über": "just over",
    "knapp unter": "just under",
    "etwas mehr als": "just over",
    "etwas weniger als": "just under",
    "etwas über": "just over",
    "etwas unter": "just under",
    "mehr als": "more than",
    "über": "more than",
    "rund": "around",
    "etwa": "about",
    "ca.": "about",
    "rd.": "around",
    "mind.": "at least",
    "max.": "at most",
    "circa": "about",
    "zirka": "about",
    "ungefähr": "about",
    "knapp": "almost",
    "fast": "almost",
    "beinahe": "almost",
    "bis zu": "up to",
    "mindestens aber": "at least",  # "8,5 Prozent mehr, mindestens aber 350 Euro"
    "mindestens jedoch": "at least",
    "höchstens aber": "at most",
    "höchstens jedoch": "at most",
    "mindestens": "at least",
    "wenigstens": "at least",
    "zumindest": "at least",
    "weniger als": "less than",
    "unter": "less than",
    "höchstens": "at most",
    "maximal": "at most",
    "gut": "just over",
    "gute": "a good",
    "guten": "a good",
    "annähernd": "nearly",
    "nahezu": "nearly",
    "plus": "up",
    "minus": "down",
    "nicht unter": "not below",
    "nicht über": "not above",  # "sinken nicht unter 20 Grad"
    "älter als": "older than",  # "älter als 65 Jahre"
    "jünger als": "younger than",
}
# Qualifiers only before a unit ("keine drei Minuten" -> "less than three minutes"; not
# "keine 10-Millionen-Schweiz").
UNIT_QUALIFIERS = {"keine": "less than"}
# "über ein Spiel" is "about a game" or "beyond a draw", hardly "more than one game"
ARTICLE_QUALIFIERS = ["über", "unter"]
# Before a duration a qualifier may say how long, not how much: "über 90 Minuten" is "for 90
# minutes" or "more than 90 minutes", "über zwei Jahre hinweg" "over two years". English "over"
# keeps both readings. Not before an age ("über 2.500 Jahre alt": "more than").
DURATION_QUALIFIERS = {"über": "over"}
AGE_AFTER = ["alt", "älter", "jünger"]
# A sign before a number is kept as written ("+0,1 Prozent" -> "+0.1 percent").
SIGN_WORDS: dict[str, str] = {}
# Nouns that make the figure after "von"/"um" a change down or up ("ein Minus von 1,3 Prozent",
# "ein Umsatzplus von 4 Prozent", "ein Rückgang um 3 Prozent"); compounds end in them. The check
# reads them where a translation turns a fall into a rise.
DIRECTION_NOUNS = {
    "minus": "fall", "rückgang": "fall", "verlust": "fall", "einbruch": "fall", "abnahme": "fall",
    "plus": "rise", "anstieg": "rise", "zuwachs": "rise", "zunahme": "rise", "steigerung": "rise",
}  # fmt: skip
# ... and nouns of a balance below or above zero, which say a way only where no verb of the
# clause does: "mit einem Defizit von 1,4 Millionen Franken" is no "surplus", but "das Defizit um
# 2 Milliarden erhöhen" is a rise
BALANCE_NOUNS = {"defizit": "fall", "fehlbetrag": "fall", "überschuss": "rise"}
DIRECTION_LINKS = ["von", "um"]
# ... or after it: "schloss 1,2 Prozent im Minus", "0,7 Prozentpunkte über dem Vorjahr"
DIRECTION_AFTER = {
    "im Minus": "fall", "im Plus": "rise", "unter dem Vorjahr": "fall", "über dem Vorjahr": "rise",
    "unter dem Vorjahreswert": "fall", "über dem Vorjahreswert": "rise",
    # a comparison: "3,8 Prozent weniger als 2022", "um 13 Prozent mehr als im Vorjahreszeitraum"
    "weniger als": "fall", "mehr als": "rise",
    # a margin: "mit 0,27 Sekunden Rückstand" is behind, "Vorsprung" ahead
    "Rückstand": "fall", "Vorsprung": "rise",
    # a difference from the norm, of a temperature too: "1,8 Grad unter der Norm"
    **{f"{side} {norm}": way
       for side, way in (("unter", "fall"), ("über", "rise"))
       for norm in ("der Norm", "dem Durchschnitt", "dem Mittel", "dem langjährigen Mittel",
                    "dem langjährigen Durchschnitt", "dem Schnitt")},
}  # fmt: skip
# A figure right after these is a level, not a change: "sank um 3 Prozent auf 44,7 Prozent" is
# a fall of 3 percent to a level of 44.7 (the verbs below say nothing of the level)
LEVEL_PREPOSITIONS = ["auf", "bei", "von"]
# ... and after this one a change: "sinken um bis zu 15 Grad" (a temperature, else a level)
CHANGE_BY = ["um"]
# Verbs that make the changes of their clause falls or rises ("ist um 6,8 Prozent gesunken",
# "senkte die Strafe um zwölf Monate"); a clause with both says neither. "…" stands for the
# words between a separable verb and its particle.
DIRECTION_VERBS = {
    "fall": [
        "sank", "sanken", "sinkt", "sinken", "gesunken", "senkte", "senkten", "senkt", "senken",
        "gesenkt", "fiel", "fielen", "fällt", "fallen", "gefallen", "verlor", "verloren",
        "verliert", "verlieren", "schrumpfte", "schrumpft", "geschrumpft", "zurückgegangen",
        "verringerte", "verringert", "reduzierte", "reduziert", "kürzte", "gekürzt",
        "rutschte", "gerutscht", "büßte", "eingebüßt",
        # separable verbs, their particle at the clause's end ("ging um 8 Prozent zurück")
        "ging … zurück", "gingen … zurück", "geht … zurück", "gehen … zurück",
        "nahm … ab", "nahmen … ab", "nimmt … ab",
    ],
    "rise": [
        "stieg", "stiegen", "steigt", "steigen", "gestiegen", "erhöhte", "erhöhten", "erhöht",
        "erhöhen", "kletterte", "kletterten", "klettert", "geklettert", "wuchs", "wächst",
        "gewachsen", "zugelegt", "zulegen", "zunahm", "zugenommen",
        "nahm … zu", "nahmen … zu", "nimmt … zu", "legte … zu", "legten … zu", "legt … zu",
    ],
}  # fmt: skip
# a race's event after its distance: "über 200 Meter Lagen" is the 200 m individual medley, not
# "more than 200 meters"
EVENTS = {
    "Lagen": "individual medley", "Freistil": "freestyle", "Brust": "breaststroke",
    "Rücken": "backstroke", "Delfin": "butterfly", "Schmetterling": "butterfly",
    "Hürden": "hurdles", "Hindernis": "steeplechase",
}  # fmt: skip
# the end of a time range said roughly: "von 14 bis kurz nach 17 Uhr"
TIME_RANGE_QUALIFIERS = {
    "kurz nach": "shortly after", "kurz vor": "shortly before", "gegen": "around",
    "etwa": "about", "ca.": "about", "circa": "about",
}  # fmt: skip
# a bound of a date, (before, after) it in English: "bis mindestens 15. Juni"
DATE_QUALIFIERS = {
    "mindestens": ("at least", ""), "frühestens": ("", "at the earliest"),
    "spätestens": ("", "at the latest"),
    # "spätestens am 30. April" -> "by April 30 at the latest"
    "frühestens am": ("", "at the earliest"), "spätestens am": ("by", "at the latest"),
}  # fmt: skip
# ... and verbs that look like one and are none: "fielen 40 Tonnen Abfall an" (accrued)
DIRECTION_NOT = ["fiel … an", "fielen … an", "fällt … an", "fallen … an", "angefallen"]
# A qualifier word that is the preposition of a verb before it ("diskutierte über zehn Anfragen"):
# word -> verb stems.
VERB_PREPOSITIONS = {
    "über": [
        "diskutier", "debattier", "berat", "berät", "sprach", "sprech", "sprich", "bericht",
        "entschied", "entscheid", "verhandel", "informier", "abstimm", "stimmt", "verfüg", "freut",
        "klagt", "streit", "urteil",
    ],
}  # fmt: skip

# A level crossed, not an amount: "die Temperaturen fallen unter zehn Grad" -> "below ten
# degrees", "der Kurs stieg über 1.000 Dollar" -> "above" (a verb of motion right before the
# qualifier or right after the figure; "stieg um über 20 Prozent" keeps "more than")
MOTION_QUALIFIERS = {"unter": "below", "über": "above"}
MOTION_VERBS = [
    "fall", "fäll", "fiel", "gefallen", "sink", "sank", "gesunken", "rutsch", "gerutscht",
    "steig", "stieg", "gestiegen", "kletter", "geklettert", "spring", "sprang", "gesprungen",
]  # fmt: skip
MOTION_STOP = ["um", "auf", "von", "bis", "zu", "mit", "bei"]
# a verb of motion with this particle at its clause's end moves nothing: "fielen ... an"
MOTION_PARTICLE_NOT = {"fiel": "an", "fall": "an", "fäll": "an"}
# Before "hundert"/"tausend" these make the number rough: "an die hundert Personen" -> "about a
# hundred people" (before other numbers they are a preposition and an article: "an die 27 Staaten")
ABOUT_ROUND = ["an die", "um die"]

# ... and right after one of these nouns: "ein Kredit über 800 Millionen" is a loan of 800
# million, not of more than 800 million
NOUN_PREPOSITIONS = {
    "über": [
        "Kredit", "Darlehen", "Scheck", "Rechnung", "Anleihe", "Auftrag", "Aufträge", "Vertrag",
        "Verträge", "Bürgschaft", "Zahlung", "Gutschein", "Strafbefehl", "Vergleich", "Deal",
        "Kombination",  # football: "eine Kombination über drei Stationen"
    ],
    # a survey among people: "eine Umfrage unter 1.000 Befragten" (not "fewer than")
    "unter": ["Umfrage", "Befragung", "Erhebung", "Online-Umfrage"],
}  # fmt: skip

# Scale words after a number.
SCALES = {
    "Tausend": 1e3,
    "Tsd.": 1e3,
    "Million": 1e6,
    "Millionen": 1e6,
    "Mio.": 1e6,
    "Mio": 1e6,
    "Milliarde": 1e9,
    "Milliarden": 1e9,
    "Mrd.": 1e9,
    "Mrd": 1e9,
    "Mia.": 1e9,  # Swiss
    "Mill.": 1e6,
    "Mia": 1e9,
    "Billion": 1e12,
    "Billionen": 1e12,
    "Bio.": 1e12,
}
ENGLISH_SCALES = {1e3: "thousand", 1e6: "million", 1e9: "billion", 1e12: "trillion"}

OF: list[str] = []  # nothing between a scale word and its noun ("3 Millionen Euro")
AND = ["und"]  # "Dezember und Januar", "303 Stunden und 13 Minuten"
OR = ["oder", "bzw.", "beziehungsweise"]  # "zu 18 bzw. 30 Monaten": months both
# a list of parallel clauses that writes its unit once: "kam die ÖVP auf 22 und die SPÖ auf 21
# Prozent", "die ÖVP mit 25 und die SPÖ mit 21 Prozent"
PARALLEL_LINK = r"\s+und\s+(?:(?:der|die|das|den|dem)\s+)?[A-ZÄÖÜ][\w-]*\s+(?:auf|mit|bei)\s+"

# a number cut off before a compound's hyphen ("Ergänzungsstrich") takes the compound after it:
# "14- bis 29-Jährige" (one range of ages), "200- und 500-Euro-Scheine", "Zwei-, Drei- und
# Vierzimmerwohnungen" (each its own figure of the compound's kind)
TRUNCATED_RANGE = ["bis"]
TRUNCATED_ARTICLES = ["ein", "eine", "einem", "einen", "einer", "der", "die", "den", "dem"]
TRUNCATED_LIST = ["und", "oder", "bzw.", "sowie"]

# Ranges of amounts: "zwischen 20 und 30", "von 3000 auf 1000 m", "20 bis 30 Millionen".
RANGE_BETWEEN = ["zwischen"]
RANGE_FROM = ["von"]
RANGE_FROM_ENGLISH = "from"  # "von 3000 auf 1000 m" -> "from 3,000 to 1,000 m"
RANGE_MID = ["bis", "und", "auf"]
RANGE_MID_NEED_PREFIX = ["und", "auf"]  # "und"/"auf" join a range only after zwischen/von
# "von X auf Y" is a change: one figure for a measure ("von 3000 auf 1000 m"), a start and an end
# point for the other kinds ("von 5,1 auf 5,4 Prozent").
RANGE_CHANGE = ["auf"]
# "etwa 3000 weniger" -> "about 3,000 fewer": word -> (English after a whole number, after a
# decimal).
COMPARATIVES = {"weniger": ("fewer", "less"), "mehr": ("more", "more")}
# "etwa ein Fünftel" -> "about one fifth", "zwei Drittel" -> "two thirds".
FRACTIONS = {
    "Drittel": 3, "Viertel": 4, "Fünftel": 5, "Sechstel": 6, "Siebtel": 7, "Achtel": 8,
    "Zehntel": 10,
}  # fmt: skip
# "Samstagabend" -> "Saturday evening": German writes the part of the day onto the weekday, and
# heads after a linking "s" ("Samstagsausgabe" -> "Saturday edition").
WEEKDAY_PARTS = {
    "morgen": "morning", "vormittag": "morning", "mittag": "midday", "nachmittag": "afternoon",
    "abend": "evening", "nacht": "night", "früh": "morning", "sausgabe": "edition",
    "sspiel": "game", "ssitzung": "session", "sdemo": "demonstration",
}  # fmt: skip

# Currencies: German form -> (ISO code, English singular, English plural, symbol-first form).
CURRENCIES_AFTER = {
    "Euro": "EUR",
    "EUR": "EUR",
    "€": "EUR",
    "Cent": "EUR_CENT",
    "Cents": "EUR_CENT",  # Austrian copy: "3 Cents je Liter"
    "Euro-Cent": "EUR_CENT",
    "US-Dollar": "USD",
    "Dollar": "USD",
    "USD": "USD",
    "$": "USD",
    "Franken": "CHF",
    "CHF": "CHF",
    "Fr.": "CHF",
    "Rappen": "CHF_RAPPEN",
    "Pfund": "GBP",
    "Yen": "JPY",
    "Rubel": "RUB",
    "Yuan": "CNY",
    "Schilling": "ATS",
    "D-Mark": "DEM",
    "Mark": "DEM",
    "Lira": "TRY",
    "Forint": "HUF",
    "Zloty": "PLN",
    "Lewa": "BGN",
    "Real": "BRL",
    "Pesos": "MXN",
    "Rupien": "INR",
    "Bitcoin": "BTC",
    "Bitcoins": "BTC",
}
CURRENCIES_BEFORE = {
    "€": "EUR",
    "EUR": "EUR",
    "CHF": "CHF",
    "Fr.": "CHF",
    "SFr.": "CHF",
    "$": "USD",
    "US$": "USD",
    "USD": "USD",
    "£": "GBP",
}
ENGLISH_CURRENCIES = {
    "EUR": ("euro", "euros"),
    "EUR_CENT": ("cent", "cents"),
    "USD": ("dollar", "dollars"),
    "CHF": ("franc", "francs"),
    "CHF_RAPPEN": ("centime", "centimes"),
    "GBP": ("pound", "pounds"),
    "JPY": ("yen", "yen"),
    "RUB": ("ruble", "rubles"),
    "CNY": ("yuan", "yuan"),
    "ATS": ("schilling", "schillings"),
    "DEM": ("mark", "marks"),
    "TRY": ("lira", "lira"),
    "HUF": ("forint", "forints"),
    "PLN": ("zloty", "zlotys"),
    "BGN": ("lev", "leva"),
    "BRL": ("real", "reais"),
    "MXN": ("peso", "pesos"),  # "Pesos" alone: most often Mexico's in the news
    "INR": ("rupee", "rupees"),
    "BTC": ("bitcoin", "bitcoins"),
}

PERCENT_WORDS = {"Prozent": "percent", "%": "percent", "v. H.": "percent"}
PERCENT_OF = {"des Bruttoinlandsproduktes": "of gross domestic product"}
POINTS_WORDS = {
    "Prozentpunkte": "percentage points",
    "Prozentpunkten": "percentage points",
    "Prozentpunkt": "percentage point",
}

# Units of measure: German -> (English singular, English plural); durations included.
UNITS = {
    "Grad Celsius": ("degree Celsius", "degrees Celsius"),
    "Grad": ("degree", "degrees"),
    "°C": ("°C", "°C"),
    "Pkt.": ("point", "points"),  # results lists: "1. Müller 180 Pkt."
    # a race's gaps: "zwölf Hundertstel", "drei Zehntelsekunden" (the check reads them as
    # seconds: "0.12 sec")
    "Hundertstelsekunden": ("hundredth of a second", "hundredths of a second"),
    "Hundertstelsekunde": ("hundredth of a second", "hundredths of a second"),
    "Hundertstel": ("hundredth of a second", "hundredths of a second"),
    "Zehntelsekunden": ("tenth of a second", "tenths of a second"),
    "Zehntelsekunde": ("tenth of a second", "tenths of a second"),
    "Basispunkte": ("basis point", "basis points"),
    "Basispunkten": ("basis point", "basis points"),
    "Basispunkt": ("basis point", "basis points"),
    "Kilometer": ("kilometer", "kilometers"),
    "Kilometern": ("kilometer", "kilometers"),
    "km": ("km", "km"),
    "km/h": ("km/h", "km/h"),
    "Meter": ("meter", "meters"),
    "Metern": ("meter", "meters"),
    "m": ("m", "m"),
    "Zentimeter": ("centimeter", "centimeters"),
    "Zentimetern": ("centimeter", "centimeters"),
    "cm": ("cm", "cm"),
    "mm": ("mm", "mm"),
    "Millimeter": ("millimeter", "millimeters"),
    "Millimetern": ("millimeter", "millimeters"),
    "Liter": ("liter", "liters"),
    "Litern": ("liter", "liters"),
    "Quadratmeter": ("square meter", "square meters"),
    "Kubikmeter": ("cubic meter", "cubic meters"),
    "Kubikmetern": ("cubic meter", "cubic meters"),
    "Quadratmetern": ("square meter", "square meters"),
    "m²": ("m²", "m²"),
    "Hektar": ("hectare", "hectares"),
    "Hektaren": ("hectare", "hectares"),  # Swiss plural
    "Quadratkilometer": ("square kilometer", "square kilometers"),
    "Quadratkilometern": ("square kilometer", "square kilometers"),
    "Tonnen": ("tonne", "tonnes"),  # "Der 2,6 Tonnen schwere Bagger" -> "2.6-tonne"
    "Tonne": ("tonne", "tonnes"),
    "Kilogramm": ("kilogram", "kilograms"),
    "Kilo": ("kilogram", "kilograms"),
    "kg": ("kg", "kg"),
    "Gramm": ("gram", "grams"),
    "Meilen": ("mile", "miles"),
    "Kilowattstunden": ("kilowatt hour", "kilowatt hours"),
    "Kilowattstunde": ("kilowatt hour", "kilowatt hours"),
    "Wattstunden": ("watt hour", "watt hours"),
    "Megawatt": ("megawatt", "megawatts"),
    "Gigawatt": ("gigawatt", "gigawatts"),
    "Megawattstunden": ("megawatt hour", "megawatt hours"),
    "Megawattstunde": ("megawatt hour", "megawatt hours"),  # "48 Euro je Megawattstunde"
    "Gigawattstunden": ("gigawatt hour", "gigawatt hours"),
    "Gigawattstunde": ("gigawatt hour", "gigawatt hours"),
    "Terawattstunden": ("terawatt hour", "terawatt hours"),
    "Terawattstunde": ("terawatt hour", "terawatt hours"),
    "Sekunden": ("second", "seconds"),
    "Sekunde": ("second", "seconds"),  # "eine halbe Sekunde"
    "Minuten": ("minute", "minutes"),
    "Minute": ("minute", "minutes"),
    "Stunden": ("hour", "hours"),
    "Stunde": ("hour", "hours"),
    "Tage": ("day", "days"),
    "Tagen": ("day", "days"),
    "Tag": ("day", "days"),
    "Wochen": ("week", "weeks"),
    "Woche": ("week", "weeks"),
    "Monate": ("month", "months"),
    "Monaten": ("month", "months"),
    "Monat": ("month", "months"),
    "Jahre": ("year", "years"),
    "Jahren": ("year", "years"),
    "Jahr": ("year", "years"),
    # "fast zwei Jahrzehnte lang", "vor einem Jahrzehnt", "über drei Jahrhunderte"
    **{
        f"{stem}{e}": english
        for stem, english in (
            ("Jahrzehnt", ("decade", "decades")),
            ("Jahrhundert", ("century", "centuries")),
            ("Jahrtausend", ("millennium", "millennia")),
        )
        for e in ("", "e", "en", "s")
    },
    "Promille": ("per mille", "per mille"),
    "Zoll": ("inch", "inches"),
    "Megapixel": ("megapixel", "megapixels"),
    "Pixel": ("pixel", "pixels"),
    "GHz": ("GHz", "GHz"),
    "Gigahertz": ("gigahertz", "gigahertz"),
    "MHz": ("MHz", "MHz"),
    "mAh": ("mAh", "mAh"),
    "MBit/s": ("Mbit/s", "Mbit/s"),
    "Mbit/s": ("Mbit/s", "Mbit/s"),
    "GBit/s": ("Gbit/s", "Gbit/s"),
    "Gbit/s": ("Gbit/s", "Gbit/s"),
    "Gigabyte": ("gigabyte", "gigabytes"),
    "GB": ("GB", "GB"),
    "Terabyte": ("terabyte", "terabytes"),
    "TB": ("TB", "TB"),
    "Megabyte": ("megabyte", "megabytes"),
    "MB": ("MB", "MB"),
    "Terabytes": ("terabyte", "terabytes"),
    "Gigabytes": ("gigabyte", "gigabytes"),
    "Megabytes": ("megabyte", "megabytes"),
    "Bit": ("bit", "bits"),
    "MP": ("megapixel", "megapixels"),  # after a number: a camera's, not a member of parliament
    "PPI": ("ppi", "ppi"),
    "Milligramm": ("milligram", "milligrams"),
    "mg": ("mg", "mg"),
    "Mikrometer": ("micrometer", "micrometers"),
    "µm": ("µm", "µm"),  # the micro sign
    "μm": ("μm", "μm"),  # the Greek mu
    "Stundenkilometer": ("km/h", "km/h"),
    "Stundenkilometern": ("km/h", "km/h"),
    "kmh": ("km/h", "km/h"),
    "Sek.": ("sec", "sec"),
    "Yards": ("yard", "yards"),
    "Yard": ("yard", "yards"),
    "Watt": ("watt", "watts"),
    "Kilowatt": ("kilowatt", "kilowatts"),
    "Barrel": ("barrel", "barrels"),
    "Mal": ("time", "times"),
    "mal": ("time", "times"),
}
# "pro Jahr", "im Jahr" -> "a year"; "pro Quadratmeter" -> "per square meter"; "pro 1.000
# Einwohner".
PER = {
    "im Monat": "a month",
    "im Jahr": "a year",
    "in der Woche": "a week",
    "am Tag": "a day",
    # "350 Euro monatlich": the frequency word after an amount is its rate
    "monatlich": "a month",
    "jährlich": "a year",
    "wöchentlich": "a week",
    "täglich": "a day",
}
# Words after such a phrase that make it a time, not a rate ("im Jahr zuvor", "am Tag der Wahl").
PER_NOT_BEFORE = ["zuvor", "davor", "danach", "darauf", "des", "der", "nach", "vor", "seit"]
PER_WORDS = ["pro", "je"]
PER_NOUNS = {
    "Jahr": "a year", "Tag": "a day", "Woche": "a week", "Monat": "a month", "Stunde": "an hour",
    "Person": "per person", "Kopf": "per capita", "Barrel": "a barrel", "Stück": "apiece",
    "Titel": "per share", "Aktie": "per share",  # Swiss markets: "Fr. 3.20 pro Titel"
}  # fmt: skip

# Nouns counted by news figures (German plural or singular -> English singular, plural). Matched
# with their case: German nouns are capitalised ("2 Stellen", not the verb "stellen").
CASE_SENSITIVE_NOUNS = True
NOUNS = {
    "Container": ("container", "containers"),
    "Personen": ("person", "people"),
    "Person": ("person", "people"),
    "Menschen": ("person", "people"),
    "Arbeitnehmer": ("employee", "employees"),
    "Beschäftigte": ("employee", "employees"),
    "Beschäftigten": ("employee", "employees"),
    "Arbeitsplätze": ("job", "jobs"),
    "Gesetze": ("law", "laws"),
    "Sitzungen": ("sitting", "sittings"),
    "Plenarsitzungen": ("plenary sitting", "plenary sittings"),
    "Ausschusssitzungen": ("committee meeting", "committee meetings"),
    "Unterausschusssitzungen": ("subcommittee meeting", "subcommittee meetings"),
    "genehmigte Staatsverträge": ("approved state treaty", "approved state treaties"),
    "Staatsverträge": ("state treaty", "state treaties"),
    "Vereinbarungen": ("agreement", "agreements"),
    "gewählte Parteien": ("elected party", "elected parties"),
    "Parteien": ("party", "parties"),
    "Berichte": ("report", "reports"),
    "Aktuelle Stunden": ("topical debate", "topical debates"),
    "Aktuelle Europastunden": ("topical European debate", "topical European debates"),
    "Fragestunden": ("question time", "question times"),
    "Fragen": ("question", "questions"),
    "Zusatzfragen": ("supplementary question", "supplementary questions"),
    "Erklärungen": ("statement", "statements"),
    "Entschließungen": ("resolution", "resolutions"),
    "Anfragen": ("request", "requests"),
    "Dringliche Anfragen": ("urgent question", "urgent questions"),
    "Dringliche Anträge": ("urgent motion", "urgent motions"),
    "Anträge": ("motion", "motions"),
    "Kurze Debatten": ("short debate", "short debates"),
    "Debatten": ("debate", "debates"),
    "Führungen": ("guided tour", "guided tours"),
    "Besucher": ("visitor", "visitors"),
    "User": ("user", "users"),
    "Nutzer": ("user", "users"),
    "Clicks": ("click", "clicks"),
    "Klicks": ("click", "clicks"),
    "Schüler": ("student", "students"),
    "Workshops": ("workshop", "workshops"),
    "Jugendliche": ("young person", "young people"),
    "EU-Staaten": ("EU country", "EU countries"),
    "OECD-Länder": ("OECD country", "OECD countries"),
    "Länder": ("country", "countries"),
    "Staaten": ("country", "countries"),
    "Impforte": ("vaccination site", "vaccination sites"),
    "kantonalen Impfzentren": ("cantonal vaccination centre", "cantonal vaccination centres"),
    "Impfzentren": ("vaccination centre", "vaccination centres"),
    "Kühe": ("cow", "cows"),
    "Tests": ("test", "tests"),
    "Szenarien": ("scenario", "scenarios"),
    "Messstationen": ("measuring station", "measuring stations"),
    "Einwohner": ("inhabitant", "inhabitants"),
    "Einwohnern": ("inhabitant", "inhabitants"),
    "Forscher": ("researcher", "researchers"),
    "Forschern": ("researcher", "researchers"),
    "Hitzetage": ("hot day", "hot days"),
    "Tote": ("dead", "dead"),
    "Toten": ("dead", "dead"),
    "Getötete": ("death", "deaths"),
    "Getöteten": ("death", "deaths"),
    "Verletzte": ("injured", "injured"),
    "Verletzten": ("injured", "injured"),
    "Opfer": ("victim", "victims"),
    "Soldaten": ("soldier", "soldiers"),
    "Soldat": ("soldier", "soldiers"),
    "Kinder": ("child", "children"),
    "Frauen": ("woman", "women"),
    "Männer": ("man", "men"),
    "Häuser": ("house", "houses"),
    "Wohnungen": ("apartment", "apartments"),
    "Unternehmen": ("company", "companies"),
    "Firmen": ("company", "companies"),
    "Mitarbeiter": ("employee", "employees"),
    "Mitarbeitende": ("employee", "employees"),
    "Stellen": ("job", "jobs"),
    "Fahrzeuge": ("vehicle", "vehicles"),
    "Autos": ("car", "cars"),
    "Schiffe": ("ship", "ships"),
    "Raketen": ("missile", "missiles"),
    "Waffen": ("weapon", "weapons"),
    "Stimmen": ("vote", "votes"),
    "Sitze": ("seat", "seats"),
    "Mandate": ("seat", "seats"),
    "Spiele": ("game", "games"),
    "Tore": ("goal", "goals"),
    "Punkte": ("point", "points"),
    "Punkten": ("point", "points"),
    "Zählern": ("point", "points"),
    "Team": ("team", "teams"),
    "Teams": ("team", "teams"),
    "Punkt": ("point", "points"),
    "Zähler": ("point", "points"),  # sports: "sieben Zähler vor Tande"
    "Spiel": ("game", "games"),
    "Tor": ("goal", "goals"),
    "Sieg": ("win", "wins"),
    "Siege": ("win", "wins"),
    "Niederlage": ("defeat", "defeats"),
    "Niederlagen": ("defeat", "defeats"),
    "Siegen": ("win", "wins"),
    "Saison": ("season", "seasons"),
    "Flüchtlinge": ("refugee", "refugees"),
    "Flüchtlingen": ("refugee", "refugees"),
    "Asylwerber": ("asylum seeker", "asylum seekers"),
    "Asylwerbern": ("asylum seeker", "asylum seekers"),
    "Asylsuchende": ("asylum seeker", "asylum seekers"),
    "Asylsuchenden": ("asylum seeker", "asylum seekers"),
    "Schutzsuchende": ("person seeking protection", "people seeking protection"),
    "Asylanträge": ("asylum application", "asylum applications"),
    "Migranten": ("migrant", "migrants"),
    "Polizisten": ("police officer", "police officers"),
    "Beamte": ("officer", "officers"),
    "Beamten": ("officer", "officers"),
    "Rebellen": ("rebel", "rebels"),
    "Zivilisten": ("civilian", "civilians"),
    "Abgeordnete": ("member of parliament", "members of parliament"),
    "Abgeordneten": ("member of parliament", "members of parliament"),
    "Tatverdächtige": ("suspect", "suspects"),
    "Zeugen": ("witness", "witnesses"),
    "Teilnehmer": ("participant", "participants"),
    "Teilnehmern": ("participant", "participants"),
    "Ländern": ("country", "countries"),
    "Männern": ("man", "men"),
    "Kindern": ("child", "children"),
    "Mitarbeitern": ("employee", "employees"),
    "Krankenhäuser": ("hospital", "hospitals"),
    "Unterschriften": ("signature", "signatures"),
    "Bewohner": ("resident", "residents"),
    "Häftlinge": ("prisoner", "prisoners"),
    "Treffer": ("goal", "goals"),
    "Schlag": ("stroke", "strokes"),
    "Schläge": ("stroke", "strokes"),
    "Schlägen": ("stroke", "strokes"),
    "Stimme": ("vote", "votes"),
    "Ausländer": ("foreigner", "foreigners"),
    "Ingenieur": ("engineer", "engineers"),
    "Piloten": ("pilot", "pilots"),
    "Pilot": ("pilot", "pilots"),
    "Afghanen": ("Afghan", "Afghans"),
    "Remis": ("draw", "draws"),
    "Unentschieden": ("draw", "draws"),
    "Sitz": ("seat", "seats"),
    "Mandat": ("seat", "seats"),
    "Nacht": ("night", "nights"),
    "Nächte": ("night", "nights"),
    "Fälle": ("case", "cases"),
    "Neuinfektionen": ("new infection", "new infections"),
    "Impfungen": ("vaccination", "vaccinations"),
    "Patienten": ("patient", "patients"),
    "Haushalte": ("household", "households"),
    "Kunden": ("customer", "customers"),
    "Kontoinhabern": ("account holder", "account holders"),
    "Kontoinhaber": ("account holder", "account holders"),
    "Ordnungshaft": ("coercive detention", "coercive detention"),
    "Spielplätze": ("playground", "playgrounds"),
    "neuen Spielplätzen": ("new playground", "new playgrounds"),
    "Spielplätzen": ("playground", "playgrounds"),
    "Insassen": ("occupant", "occupants"),
    "Entscheidungen": ("decision", "decisions"),
    "Rechtsmittel": ("appeal", "appeals"),
    "Rechtsbehelfe": ("legal remedy", "legal remedies"),
    "Quartale": ("quarter", "quarters"),
    "Quartal": ("quarter", "quarters"),
    "Runde": ("round", "rounds"),
    "Runden": ("round", "rounds"),
    "Strafrunde": ("penalty loop", "penalty loops"),
    "Strafrunden": ("penalty loop", "penalty loops"),
    "Platz": ("place", "places"),
    "Rang": ("place", "places"),
    "Durchgang": ("set", "sets"),
    "Matchball": ("match point", "match points"),
    "Satz": ("set", "sets"),
    "Sätze": ("set", "sets"),
    "EU-Land": ("EU country", "EU countries"),
    "Fall": ("case", "cases"),
    "Schätzung": ("estimate", "estimates"),
    "Materiallieferungen": ("delivery of material", "deliveries of material"),
    "ATP-Challenger-Titel": ("ATP Challenger title", "ATP Challenger titles"),
    "Titel": ("title", "titles"),
    "Minute": ("minute", "minutes"),
    "Ausnahme": ("exception", "exceptions"),
    "Stufen": ("stage", "stages"),
    "Wahlgang": ("round of voting", "rounds of voting"),
    "Impfdosen": ("vaccine dose", "vaccine doses"),
    "Dosen": ("dose", "doses"),
    "Zweitimpfung": ("second dose", "second doses"),
    "Mitglieder": ("member", "members"),
    "Studierende": ("student", "students"),
    "Studenten": ("student", "students"),
    "Flüge": ("flight", "flights"),
    "Passagiere": ("passenger", "passengers"),
    "Bäume": ("tree", "trees"),
    "Sorten": ("variety", "varieties"),
    "Betten": ("bed", "beds"),
}
# Nouns whose English depends on the story, decided by a pattern within 600 characters.
NOUNS_IN_CONTEXT = {
    "Staaten": (r"\b(?:US-)?Bundesstaat|\bUS-Staat", ("state", "states")),
    "Staat": (r"\b(?:US-)?Bundesstaat|\bUS-Staat", ("state", "states")),
    # in a race a "Runde" is a lap ("Nach drei Runden lag er 25 Sekunden zurück")
    "Runde": (
        r"Rennen|Langlauf|Formel|Grand Prix|Marathon|Radrennen|Boxenstopp|Pole|Etappe|Sprint",
        ("lap", "laps"),
    ),
    "Runden": (
        r"Rennen|Langlauf|Formel|Grand Prix|Marathon|Radrennen|Boxenstopp|Pole|Etappe|Sprint",
        ("lap", "laps"),
    ),
    # a parliament's "Anfragen" are questions to the government
    "Anfragen": (
        r"Parlament|Nationalrat|Bundesrat|Landtag|Bundestag|Abgeordnete|Ministerium",
        ("question", "questions"),
    ),
}

# Nouns whose English is another one where no word of their kind of story is near: "Treffer"
# outside sport is a hit, "Stimme" outside a vote a voice ("den Überlebenden eine Stimme geben").
_SPORT = r"Tor|Spiel|Liga|Minute|Fußball|Elfmeter|Stürmer|Mannschaft|Team|Saison|Trainer|Klub"
_VOTE = r"Wahl|wähl|Abstimm|Stimmen|Mehrheit|Parlament|Votum|Mandat|Partei|Kandidat|Sitz"
NOUNS_OUT_OF_CONTEXT = {
    "Treffer": (_SPORT, ("hit", "hits")),
    "Stimme": (_VOTE, ("voice", "voices")),
    # "bis zum ersten Satz lesen": a sentence, unless the story is of a match in sets
    "Satz": (
        r"Tennis|Volleyball|Tiebreak|Break|Aufschlag|Sätze|Satz\w|Match|ATP|WTA|Open|Wimbledon"
        r"|\b[0-7]:[0-7]\b",
        ("sentence", "sentences"),
    ),
}

# Paired and feminine forms ("Besucherinnen und Besucher", "Einwohnerinnen und Einwohnern",
# "Forscherinnen") say the same as the masculine noun.
NOUNS.update({f"{k}innen und {k}": v for k, v in list(NOUNS.items()) if k.endswith("er")})
NOUNS.update({f"{k[:-1]}innen und {k}": v for k, v in list(NOUNS.items()) if k.endswith("ern")})
NOUNS.update({f"{k}innen": v for k, v in list(NOUNS.items()) if k.endswith("er") and " " not in k})
# the dative plural of a plural in -e: "in 345 Fällen", "aus 12 Fahrzeugen" (one word; not
# "Anträge", motions in a parliament's story and applications elsewhere)
NOUNS.update(
    {f"{k}n": v for k, v in list(NOUNS.items()) if k.endswith("e") and f"{k}n" not in NOUNS
     and f"{k}n" not in UNITS and " " not in k and not k.endswith("Anträge")}
)  # fmt: skip

# Adjective-like prefixes that precede a counted noun and are kept in English.
ADJECTIVES = {
    "weitere": "more",
    "neue": "new",
    "neuen": "new",
    "weiteren": "more",
    "nordeuropäische": "northern European",
    "genehmigte": "approved",
    "gewählte": "elected",
}

# Fixed phrases carrying a figure (relative dates, idioms). Matched verbatim, case-insensitively
# on the first letter. Value is the normalised value; kind as given.
PHRASES = {
    "vor einem Jahr": ("date", {"relative": "-P1Y"}, "a year ago"),
    "im letzten Jahr": ("date", {"relative": "-P1Y"}, "last year"),
    "im vergangenen Jahr": ("date", {"relative": "-P1Y"}, "last year"),
    "im Vorjahr": ("date", {"relative": "-P1Y"}, "in the previous year"),
    "ein Jahr zuvor": ("date", {"relative": "-P1Y"}, "a year earlier"),
    "ein Jahr davor": ("date", {"relative": "-P1Y"}, "a year earlier"),
    "ein Jahr früher": ("date", {"relative": "-P1Y"}, "a year earlier"),
    "dem Januar des vorigen Jahres": (
        "date",
        {"relative": "-P1Y", "month": 1},
        "January of the previous year",
    ),
    "zweiter Klasse": ("ordinal", 2, "second-class"),  # "Flüchtlinge zweiter Klasse"
    "erster Klasse": ("ordinal", 1, "first-class"),
    "einer halben Stunde": ("measure", 0.5, "half an hour"),
    "einer Dreiviertelstunde": ("measure", 0.75, "three quarters of an hour"),
    # a timetable's interval ("fährt im Halbstundentakt"): the English may say it in minutes
    "im Halbstundentakt": ("measure", 0.5, "every half hour"),
    "im Viertelstundentakt": ("measure", 0.25, "every quarter of an hour"),
    "im Stundentakt": ("measure", 1, "every hour"),
    **{f"im {n}-Minuten-Takt": ("measure", n, f"every {n} minutes") for n in (10, 15, 20, 30, 60)},
    # a budget for two years: "den Doppelhaushalt 2025/26" -> "the two-year budget"
    "Doppelhaushalt": ("measure", 2, "two-year budget"),
    "Doppelhaushalts": ("measure", 2, "two-year budget"),
    # "halbstündlich" ("every half hour"); before a noun "half-hourly"
    **{
        f"{part}stündlich{e}": ("measure", value, f"{part_en}-hourly" if e else text)
        for part, part_en, value, text in (
            ("halb", "half", 0.5, "every half hour"),
            ("viertel", "quarter", 0.25, "every quarter of an hour"),
        )
        for e in ("", "e", "en")
    },
    "ein halbes Jahr": ("measure", 0.5, "half a year"),
    "einem halben Jahr": ("measure", 0.5, "half a year"),
    "eines halben Jahres": ("measure", 0.5, "half a year"),
    "ein halbes Jahrhundert": ("measure", 0.5, "half a century"),
    # a part of a period counts in that period, as "einem halben Jahr" is 0.5 (years)
    "ein halbes Jahrtausend": ("measure", 0.5, "half a millennium"),
    "einem halben Jahrtausend": ("measure", 0.5, "half a millennium"),
    "ein Vierteljahrhundert": ("measure", 0.25, "a quarter of a century"),
    "einem Vierteljahrhundert": ("measure", 0.25, "a quarter of a century"),
    "eines Vierteljahrhunderts": ("measure", 0.25, "a quarter of a century"),
    "vor einem Jahrzehnt": ("date", {"relative": "-P10Y"}, "a decade ago"),
    "ein Jahrzehnt zuvor": ("date", {"relative": "-P10Y"}, "a decade earlier"),
    "halben Welt": ("number", 0.5, "half the world"),
    "halbe Welt": ("number", 0.5, "half the world"),
    "eine halbe Stunde": ("measure", 0.5, "half an hour"),
    "einen Viertelprozentpunkt": ("percentage_points", 0.25, "a quarter of a percentage point"),
    "einem Viertelprozentpunkt": ("percentage_points", 0.25, "a quarter of a percentage point"),
    "ein Viertelprozentpunkt": ("percentage_points", 0.25, "a quarter of a percentage point"),
    "mit einer Ausnahme": ("count", 1, "with one exception"),
    "bis auf eine Ausnahme": ("count", 1, "all but one"),
    "in einem Fall": ("count", 1, "in one case"),
    "die Hälfte": ("number", 0.5, "half"),
    "ein Dutzend": ("count", 12, "a dozen"),
    "einem guten Dutzend": ("count", 12, "a good dozen"),
    "einem knappen Dutzend": ("count", 12, "almost a dozen"),
    "einem Dutzend": ("count", 12, "a dozen"),
    "zwei Dutzend": ("count", 24, "two dozen"),
    "drei Dutzend": ("count", 36, "three dozen"),
    "doppelt so viele": ("number", {"times": 2}, "twice as many"),
    # a race that scores double: "In Abu Dhabi gibt es doppelte Punkte"
    **{
        f"doppelte{n} {p}": ("number", {"times": 2}, f"double {e}points")
        for n in ("", "n")
        for p, e in (("Punkte", ""), ("Weltcuppunkte", "World Cup "))
    },
    "doppelt so viel": ("number", {"times": 2}, "twice as much"),
    "doppelt so hoch": ("number", {"times": 2}, "twice as high"),
    "doppelt so groß": ("number", {"times": 2}, "twice as large"),
    "Achtelfinal-Aus": ("ordinal", 16, "round-of-16 exit"),
    "best of three": ("number", 3, "best-of-three"),
    "best of five": ("number", 5, "best-of-five"),
    "best of seven": ("number", 7, "best-of-seven"),
    "Hundertschaft": ("count", 100, "hundred-strong unit"),
    "Hundertschaften": ("count", 100, "hundred-strong units"),
    "Doppelpack": ("count", 2, "brace"),
    "Triplepack": ("count", 3, "hat-trick"),
    "Dreierpack": ("count", 3, "hat-trick"),
    "Jahrtausendwende": ("date", 2000, "the turn of the millennium"),
    "Jahrhundertwende": ("date", {"relative": "turn of the century"}, "the turn of the century"),
    "in Millionenhöhe": ("number", {"order": 1e6}, "in the millions"),
    "in Milliardenhöhe": ("number", {"order": 1e9}, "in the billions"),
    "doppelt so": ("number", {"times": 2}, "twice as"),
    "Erst- und Zweitimpfungen": ("ordinal", {"from": 1, "to": 2}, "first and second doses"),
    "Erstmalig": ("ordinal", 1, "for the first time"),
    "erstmals": ("ordinal", 1, "for the first time"),
    "zum ersten Mal": ("ordinal", 1, "for the first time"),
    "zum zweiten Mal": ("ordinal", 2, "for the second time"),
    "zum dritten Mal": ("ordinal", 3, "for the third time"),
    "zum vierten Mal": ("ordinal", 4, "for the fourth time"),
    "zum fünften Mal": ("ordinal", 5, "for the fifth time"),
    "Zweitimpfung": ("ordinal", 2, "second dose"),
    "zweistufige": ("number", 2, "two-stage"),
    "dreistufige": ("number", 3, "three-stage"),
    "in der Nacht auf Samstag": ("date", "Saturday", "in the night to Saturday"),
    "in der Nacht auf Sonntag": ("date", "Sunday", "in the night to Sunday"),
    "in der Nacht zum Samstag": ("date", "Saturday", "in the night to Saturday"),
    "in der Nacht zum Sonntag": ("date", "Sunday", "in the night to Sunday"),
    "Achtelfinale": ("ordinal", 16, "round of 16"),
    "Achtelfinal": ("ordinal", 16, "round of 16"),  # Swiss
    "Silvesternacht": ("date", "--12-31", "New Year's Eve"),
    "Silvester": ("date", "--12-31", "New Year's Eve"),
    "Neujahrstag": ("date", "--01-01", "New Year's Day"),
    "Heiligabend": ("date", "--12-24", "Christmas Eve"),
    "Weihnachten": ("date", "--12-25", "Christmas"),
    "Allerheiligen": ("date", "--11-01", "All Saints' Day"),
    "Dreikönigstag": ("date", "--01-06", "Epiphany"),
    "Mitternacht": ("time", "00:00", "midnight"),
    "gegen Mittag": ("time", "12:00", "around noon"),
    "Viertelfinale": ("ordinal", 8, "quarterfinals"),
    "Viertelfinal": ("ordinal", 8, "quarterfinals"),
    "Halbfinale": ("ordinal", 4, "semifinals"),
    "Halbfinal": ("ordinal", 4, "semifinals"),
    "Semifinal-Hinspiel": ("ordinal", 4, "semi-final first leg"),
    "Semifinal-Rückspiel": ("ordinal", 4, "semi-final second leg"),
    "Semifinale": ("ordinal", 4, "semifinals"),
    "im Finale": ("ordinal", 2, "in the final"),
    "ins Finale": ("ordinal", 2, "into the final"),
    "Endspiel": ("ordinal", 2, "final"),
    "Cupfinale": ("ordinal", 2, "cup final"),
    "Cup-Finale": ("ordinal", 2, "cup final"),
    "Pokalfinale": ("ordinal", 2, "cup final"),
    "Pokalendspiel": ("ordinal", 2, "cup final"),
    "Anfangsdrittel": ("ordinal", 1, "first period"),
    "Mitteldrittel": ("ordinal", 2, "second period"),
    "Schlussdrittel": ("ordinal", 3, "third period"),
    "Schlussdrittels": ("ordinal", 3, "third period"),
    "Schlussquartal": ("ordinal", 4, "final quarter"),
    "Schlussquartals": ("ordinal", 4, "final quarter"),
    "Top Ten": ("ordinal", 10, "top ten"),
    "Top-Ten": ("ordinal", 10, "top-ten"),
    "eine Viertelstunde": ("measure", 0.25, "a quarter of an hour"),
    "einer Viertelstunde": ("measure", 0.25, "a quarter of an hour"),
    "ein gutes Dutzend": ("count", 12, "a good dozen"),
    "vom ersten Tag an": ("ordinal", 1, "from day one"),
    "trilaterales": ("count", 3, "three-way"),
    "trilaterale": ("count", 3, "three-way"),
    "trilateralen": ("count", 3, "three-way"),
    "trilateraler": ("count", 3, "three-way"),
    "Nullnummer": ("score", {"home": 0, "away": 0}, "goalless draw"),
    # "millionenfach gepresste Alben": many times over, as vague as "Millionen"
    "millionenfach": ("count", 1000000, "millions of times"),
    "gut ein Dutzend": ("count", 12, "a good dozen"),
    "ein knappes Dutzend": ("count", 12, "almost a dozen"),
    "knapp ein Dutzend": ("count", 12, "almost a dozen"),
    "zu zweit": ("count", 2, "the two of them"),
    "zu dritt": ("count", 3, "the three of them"),
    "zu viert": ("count", 4, "the four of them"),
    "zu fünft": ("count", 5, "the five of them"),
    "erstmalige": ("ordinal", 1, "first-time"),
    "erstmaligen": ("ordinal", 1, "first-time"),
    "erstmaliger": ("ordinal", 1, "first-time"),
    "erstmaligem": ("ordinal", 1, "first-time"),
    "erstmaliges": ("ordinal", 1, "first-time"),
    "ein halbes Dutzend": ("count", 6, "half a dozen"),
    "einem halben Dutzend": ("count", 6, "half a dozen"),
    "halben Dutzend": ("count", 6, "half a dozen"),
    "zur Hälfte": ("number", 0.5, "half"),
    "der Hälfte": ("number", 0.5, "half"),
    "die andere Hälfte": ("number", 0.5, "the other half"),
    **{
        f"{within} {period}": ("measure", 1, f"within {english}")
        for within in ("innerhalb", "binnen", "innert")  # "binnen eines Jahres"; Swiss "innert"
        for period, english in (
            ("eines Jahres", "a year"), ("eines Monats", "a month"), ("einer Woche", "a week"),
            ("eines Tages", "a day"), ("einer Stunde", "an hour"),
        )
    },
    # a whole period: "für einen ganzen Monat" -> "a whole month"
    **{
        f"{article} ganze{ending} {period}": ("measure", 1, f"a whole {english}")
        for article, ending in (("ein", "s"), ("einen", "n"), ("einem", "n"), ("eine", ""),
                                ("einer", "n"))
        for period, english in (("Jahr", "year"), ("Monat", "month"), ("Tag", "day"),
                                ("Woche", "week"))
        if (period == "Woche") == (article in ("eine", "einer"))
        and not (article == "ein" and period in ("Monat", "Tag"))
        and not (article == "ein" and period == "Jahr" and ending != "s")
    },
    # the Swiss "Ende Jahr" (the end of this year); a century's end
    "Ende Jahr": ("date", {"relative": "end of year"}, "the end of the year"),
    "Ende des Jahrhunderts": ("date", {"relative": "end of century"}, "the end of the century"),
    # an Austrian budget for two years ("Doppelbudget"), as "Doppelhaushalt"
    "Doppelbudget": ("measure", 2, "two-year budget"),
    "Doppelbudgets": ("measure", 2, "two-year budget"),
}  # fmt: skip

# Labels before an identifier number ("Seite 3411" -> "page 3411").
ID_LABELS = {
    "Seite": "page",
    "Halle": "Hall",
    "Abb.": "Fig.",
    "Nr.": "No.",
    "Teil": "Part",
    "Artikel": "Article",
    "Artikels": "Article",
    "Art.": "Article",
    "Kapitel": "Chapter",
    "Anlage": "Annex",
    "Nummer": "number",
    "Linie": "line",
    "Gleis": "platform",
    "Tor": "Gate",
    # police units, as their reports name them: "Polizeidirektion 3 (Ost)", "Abschnitt 33"
    "Polizeidirektion": "Police Directorate",
    "Polizeidirektionen": "Police Directorates",
    "Direktion": "Directorate",
    "Direktionen": "Directorates",
    "Polizeiabschnitt": "police section",
    "Polizeiabschnitts": "police section",
    "Polizeiabschnitte": "police sections",
    "Abschnitt": "section",
    "Abschnitts": "section",
    "Polizeiinspektion": "police inspectorate",
    "Polizeirevier": "police station",
    "Bundesstraße": "federal road",
    "Polizeiabschnittes": "police section",
    "Abschnittes": "section",
    "Abschnittskommissariat": "section investigations unit",
    # transport lines and house numbers, as police reports name them: "Buslinie 256"
    "Buslinie": "bus route",
    "Buslinien": "bus routes",
    "Tatverdächtiger": "suspect",  # a description's "Tatverdächtiger 1: circa 18 Jahre alt"
    "Tramlinie": "tram line",
    "Straßenbahnlinie": "tram line",
    "U-Bahnlinie": "U-Bahn line",
    "U-Bahn-Linie": "U-Bahn line",
    "S-Bahnlinie": "S-Bahn line",
    "S-Bahn-Linie": "S-Bahn line",
    "Hausnummer": "house number",
    "Bundesautobahn": "autobahn",
    "Folgemeldung": "follow-up to report",
}

# Nouns before a year ("Tagung 2014/15" -> "2014/15 session"); "{}" marks where the year goes
# when it does not come first.
YEAR_NOUNS = {
    "Tagung": "session",
    "Ergebnis": "result",
    "Saison": "season",
    "Spielzeit": "season",
    "Haushalt": "budget",
    "Bilanz": "balance sheet",
    "Spielplatzentwicklungskonzept": "playground development plan {}",
    # "WM 2017" -> "2017 World Championships"; football's is the World Cup
    "WM": "{} World Championships",
    "Fußball-WM": "{} football World Cup",
    "EM": "{} European Championships",
    "Fußball-EM": "{} European Football Championship",
}
YEAR_PREPS = {"seit": "since", "bis": "until", "ab": "from"}
# names and idioms that hold a figure word and are no figure: Sunday papers are not "on
# Sunday"; the Thirty Years' War is no duration; Austria's "Erste Liga" is its second division;
# "in erster Linie" is "above all"
NAMES = [
    "Welt am Sonntag", "Bild am Sonntag", "NZZ am Sonntag", "Schweiz am Sonntag", "Erste Liga",
    "Ersten Liga", "Erste-Liga", "in erster Linie", "vom Hundertsten ins Tausendste",
    # first aid; a car parked double ("in zweiter Reihe parken")
    "Erste Hilfe", "erste Hilfe", "Erster Hilfe", "erster Hilfe", "Ersten Hilfe", "ersten Hilfe",
    "in zweiter Reihe",
    # "Dritte" without a noun is a third party; "das Dritte Reich" is a name
    "vor Dritten", "von Dritten", "an Dritte", "durch Dritte", "gegenüber Dritten", "für Dritte",
    "Dritte Reich", "Dritten Reich", "Dritten Reiches", "Dritten Reichs",
    # "das Erste" and "das Zweite" are the channels ARD and ZDF
    *(f"im {c} {v}" for c in ("Ersten", "Zweiten")
      for v in ("zu sehen", "gezeigt", "ausgestrahlt", "gesendet", "übertragen")),
    *(f"{n}jährige{e} Krieg{s}" for n in ("Dreißig", "Hundert", "Sieben") for e in ("", "n", "r")
      for s in ("", "es", "s")),
]  # fmt: skip
# names by pattern: "im Ersten" before no noun is the channel ("erreichte das Pokalfinale im
# Ersten einen Marktanteil"); "im Ersten Weltkrieg", "im Ersten und Zweiten Weltkrieg" count
NAME_PATTERNS = [
    r"(?<!\w)[Ii]m (?:Ersten|Zweiten)(?=\s+(?!(?:und|oder|bis)\b)[a-zäöü]|[,.;:!?])",
    # "nach ersten Angaben der Polizei": initial reports, no rank
    r"(?<!\w)(?:[Nn]ach|[Ll]aut|[Zz]u) ersten(?=\s+(?:Angaben|Schätzungen|Erkenntnissen|"
    r"Informationen|Ermittlungen|Berichten|Hochrechnungen|Prognosen|Einschätzungen)\b)",
    # a police report's "Ersten Erkenntnissen zufolge", "dem ersten Vernehmen nach"
    r"(?<!\w)(?:[Ee]rsten|[Dd]en ersten)(?=\s+(?:Angaben|Erkenntnissen|Informationen|"
    r"Ermittlungen|Feststellungen|Zeugenaussagen|Untersuchungen)\s+(?:zufolge|nach)\b)",
    r"(?<!\w)[Ee]rste(?:r|n)?-Hilfe",  # "leisteten Erste-Hilfe"
    r"(?<!\w)dem ersten(?=\s+Vernehmen\b)",
]
# a bound between the preposition and the year; "at least" only after a preposition ("bis
# mindestens 2024"), since "mindestens 2024" alone may be a count
YEAR_QUALIFIERS = {
    "mindestens": "at least {}", "spätestens": "{} at the latest",
    "frühestens": "{} at the earliest",
}  # fmt: skip
# "bis" before a time is "by" where its clause sets a target (a modal, a change verb) and
# "until" where it says how long something lasts (``Lang.is_deadline``): "Bis 2020 sollen es
# 200.000 sein" -> "by 2020"; "hat bis 2011 gedauert", "Bis Ende Jänner hoffen" -> "until".
# ("werde" is left out: "bis 2020 weitere Verluste bauen werde" is a span.)
DEADLINE_CUES = [
    "soll", "sollen", "sollte", "sollten", "will", "wollen", "wollte", "wollten", "würde",
    "würden", "könnte", "könnten", "muss", "müssen", "musste", "mussten", "erwartet",
    "erwartete", "erwartetes", "erwarteten", "spätestens",
    # a change reaches its level by then: "wird bis 2040 von 22 auf 27 Prozent steigen"
    "steigen", "ansteigen", "sinken", "wachsen", "anwachsen", "zunehmen", "abnehmen",
    "verdoppeln", "halbieren", "erreichen",
]  # fmt: skip
# words of a thing done or ready by then: "by" even beside a lasting cue ("bis Ende November
# bezugsfertig sein", "Bis Sonntagabend waren tausende verteilt worden", "bis Mittwochabend
# rund 5.700 angekommen")
COMPLETION_CUES = [
    "fertig", "bezugsfertig", "einsatzbereit", "abgeschlossen", "fertiggestellt", "angekommen",
    "eingelangt", "eingegangen", "eingetroffen", "verteilt", "registriert",
]  # fmt: skip
LASTING_CUES = [
    "dauert", "dauerte", "dauern", "gedauert", "durchhalten", "durchgehalten", "weiterführen",
    "weiterzuführen", "weitergeführt", "bleiben", "bleibt", "blieb", "geblieben", "gilt",
    "gelten", "galt", "hoffen", "hofft", "läuft", "laufen", "lief", "war", "waren", "warten",
    "wartet", "tätig", "verlängert", "verlängern",
]  # fmt: skip
# "Jahr 2022" is the year; "in das Jahr 2022" -> "the year 2022".
YEAR_WORDS = ["Jahr", "Jahre", "Jahrs", "Jahres"]
YEAR_WORD_THE = ["das", "ins", "in das"]

# A team's earlier results, "Saisonergebnisse: 3:2 (a), 1:2 (h)": where each was played.
RESULT_VENUES = {"h": "home", "a": "away"}

# Nouns after a score ("4:1-Heimerfolg" -> "4-1 home win"); flip=True means the score is given
# from the loser's view and English writes winner first
# ("3:6, 4:6-Niederlage" -> "6-3, 6-4 defeat").
SCORE_NOUNS = {
    "Niederlage": ("defeat", True),
    "Heimniederlage": ("home defeat", True),
    "Auswärtsniederlage": ("away defeat", True),
    "Sieg": ("win", False),
    "Heimsieg": ("home win", False),
    "Heimerfolg": ("home win", False),
    "Auswärtssieg": ("away win", False),
    "Erfolg": ("win", False),
    "Finalerfolg": ("win in the final", False),
    "Finalsieg": ("win in the final", False),
    "Finalniederlage": ("defeat in the final", True),
    "Remis": ("draw", False),
    "Unentschieden": ("draw", False),
    "Blamage": ("humiliation", True),
    "Pleite": ("defeat", True),
    "Heimpleite": ("home defeat", True),
    "Schlappe": ("defeat", True),
    "Debakel": ("debacle", True),
    "Sätze": ("in sets", False),  # "glich auf 1:1-Sätze aus" -> "1-1 in sets"
    # "drehte einen 0:2-Pausenrückstand" -> "2-0 half-time deficit"
    "Rückstand": ("deficit", True),
    "Pausenrückstand": ("half-time deficit", True),
    "Pausenführung": ("half-time lead", False),
}
# Words before a ratio or a scale and nouns after one: "im Maßstab 1:25.000", "1:1-Wiedergabe".
RATIO_BEFORE = ["Maßstab", "Verhältnis", "Seitenverhältnis", "Übersetzung"]
RATIO_NOUNS = ["Wiedergabe", "Kopie", "Umsetzung", "Nachbau", "Abbild", "Übersetzung", "Modell"]
# A match named before a score in brackets makes it the final result: "des Spiels Grödig gegen die
# Austria (0:1)".
SCORE_MATCH_WORDS = ["gegen"]

# Words right after a score that make it a final result ("1:2 verlor", "93:95 nach Verlängerung").
SCORE_FINAL_CUES = [
    "verlor", "verloren", "nach Verlängerung", "n. V.", "n.V.", "nach Elfmeterschießen",
]  # fmt: skip
# "mit" right before a score gives the subject's result ("unterlagen mit 0:4", "mit dem 2:4 bei
# den Rangers"), unless the clause says the subject trailed ("mit 0:4 zurückgelegen").
SCORE_RESULT_BEFORE = ["mit", "mit dem"]
SCORE_TRAILING_CUES = ["zurück", "zurückgelegen", "zurücklag", "Rückstand", "hinten"]

# Frequencies and relative times: "alle vier Jahre" -> "every four years", "vor drei Wochen" ->
# "three weeks ago".
EVERY = {"alle": "every"}
AGO = ["vor"]
# Race times and gaps after the clock digits ("2:11:45,3 Std.", "+1:02,4 Min.").
RACE_UNITS = {
    "Std.": "hours", "Std": "hours", "Stunden": "hours", "Min.": "min", "min": "min",
    "Minuten": "minutes", "Sek.": "sec", "Sekunden": "seconds",
}  # fmt: skip
# Head nouns of number compounds ("500-Millionen-Dollar-Kredit" -> "500 million dollar loan").
COMPOUND_NOUNS = {
    "Kredit": "loan", "Gutschein": "voucher", "Paket": "package", "Hilfspaket": "aid package",
    "Rettungspaket": "rescue package", "Konjunkturpaket": "stimulus package",
    "Programm": "programme", "Projekt": "project", "Auftrag": "contract", "Deal": "deal",
    "Fonds": "fund", "Investition": "investment", "Strafe": "fine", "Geldstrafe": "fine",
    "Schaden": "damage", "Budget": "budget", "Anleihe": "bond", "Plan": "plan",
    "Ticket": "ticket", "Schein": "note", "Scheins": "note", "Scheine": "notes",
    "Scheinen": "notes", "Korridor": "corridor", "Korridors": "corridor", "Lauf": "race",
    "Marsch": "march", "Zone": "zone", "Display": "display", "Kamera": "camera",
    "Sensor": "sensor", "Bildschirm": "screen", "Fernseher": "TV set",
    "Grenze": "limit", "Radius": "radius", "Vertrag": "contract", "Übernahme": "takeover",
    "Rückstand": "deficit", "Rückstands": "deficit", "Rückstandes": "deficit",
    "Vorsprung": "lead", "Vorsprungs": "lead",
}  # fmt: skip
# A margin written after the counted noun, as one word of it: "sieben Zählern Vorsprung" ->
# "seven-point lead", "vier Punkte Rückstand" -> "four-point deficit".
MARGIN_NOUNS = {"Vorsprung": "lead", "Rückstand": "deficit"}

# German word formation read by ``de_rules``: duration adjectives ("zweijährige" -> "two-year"),
# decades in words ("in den Neunzigern" -> "in the nineties"; the 20th century is assumed),
# magnitude adjectives ("sechsstelliger Betrag" -> "six-figure sum").
DURATION_ADJECTIVES = {
    "jährig": "year", "tägig": "day", "wöchig": "week", "monatig": "month", "stündig": "hour",
    "minütig": "minute", "sekündig": "second",
    # other counted parts written the same way: "fünfspurige Straße" -> "five-lane",
    # "dreistöckiges Haus" -> "three-storey", "58-köpfiges Feld" -> "58-strong"
    "spurig": "lane", "stöckig": "storey", "geschossig": "storey", "köpfig": "strong",
    "teilig": "part",
}  # fmt: skip
# words that name a span of time (lowercased text): a translation may say such a span another
# way ("vierzehn Tage" as "two weeks"), so an English period is no invented figure beside them
SPAN_WORDS = (
    r"\b(?:tag|tage|tagen|woche|wochen|monat|monate|monaten|jahr|jahre|jahren|jahres|stunde"
    r"|stunden|minute|minuten|sekunde|sekunden)\b|halbjahr|quartal|semester|trimester|jahrzehnt"
    r"|jahrhundert|vierteljahr|tägig|jährig|monatig|wöchig|stündig"
)
# units a hard-wrapped line may start with after its number ("0,73\n    Promille")
WRAP_UNITS = ["Uhr", "Promille", "Prozent", "Euro", "Jahre", "Jahren", "Meter", "Metern",
              "Minuten", "Stunden", "Kilometer", "Kilogramm"]  # fmt: skip
# a dimension's "by" in words: "40 mal 60 Zentimeter" -> "40 x 60 centimeters"
DIMENSION_WORDS = ["mal"]
# what a "-köpfig" count names after it: "vierköpfige Familie" -> "family of four",
# "vierköpfige Männergruppe" -> "group of four men"
GROUPS_OF = {"Familie": ("family", ""), "Gruppe": ("group", ""), "Männergruppe": ("group", " men"),
             "Personengruppe": ("group", " people"),
             "Frauengruppe": ("group", " women"), "Jugendgruppe": ("group", " youths")}  # fmt: skip
# a person's age by decade in one word: "Mittfünfziger" -> "man in his mid-fifties"
DECADE_AGE_PARTS = {"Anfang": "early ", "Mitt": "mid-", "End": "late "}
DECADE_AGE_PERSONS = {
    "": "man in his", "s": "man in his", "in": "woman in her", "innen": "women in their",
    "n": "people in their",
}  # fmt: skip
DECADE_WORDS = {
    "zwanziger": (1920, "twenties"), "dreißiger": (1930, "thirties"),
    "vierziger": (1940, "forties"), "fünfziger": (1950, "fifties"),
    "sechziger": (1960, "sixties"), "siebziger": (1970, "seventies"),
    "achtziger": (1980, "eighties"), "neunziger": (1990, "nineties"),
}  # fmt: skip
MAGNITUDES = {
    "einstellig": (1, "single-digit"), "zweistellig": (2, "double-digit"),
    "dreistellig": (3, "triple-digit"), "vierstellig": (4, "four-figure"),
    "fünfstellig": (5, "five-figure"), "sechsstellig": (6, "six-figure"),
    "siebenstellig": (7, "seven-figure"), "achtstellig": (8, "eight-figure"),
    "neunstellig": (9, "nine-figure"), "zehnstellig": (10, "ten-figure"),
}  # fmt: skip
# "Durchgang" is a set where the sentence speaks of a match with sets (tennis, volleyball), else
# a round or run (ski jumping, skiing).
SET_CUES = ["Satz", "Sätze", "Tiebreak", "Break", "Aufschlag", "Matchball", "Breakball"]
# Sports whose "Durchgang" is a run (inside compounds too: "Nachtslalom", "Weltcup-Abfahrt"); a
# ski jumping "Durchgang" stays a round.
RUN_CUES = ["slalom", "riesentorlauf", "torlauf", "super-g", "abfahrt", "rodel", "skeleton",
            "zweierbob", "viererbob", "bobbahn"]  # fmt: skip
# Frequencies in one word: adverb -> English, the adjective's English ("jährliche" -> "annual"),
# and the period (once per period, as in "einmal im Jahr").
FREQUENCY_WORDS = {
    "stündlich": ("hourly", "hourly", "Stunde"), "täglich": ("daily", "daily", "Tag"),
    "wöchentlich": ("weekly", "weekly", "Woche"), "monatlich": ("monthly", "monthly", "Monat"),
    "quartalsweise": ("quarterly", "quarterly", "Quartal"),
    "jährlich": ("annually", "annual", "Jahr"), "alljährlich": ("every year", "annual", "Jahr"),
}  # fmt: skip
# "Millionenmetropole", "3,5 Millionen-Metropole": places of millions.
MILLION_PLACES = {"Metropole": "metropolis", "Stadt": "city"}
# "einmal im Jahr", "zweimal pro Woche": the period after a count of times.
FREQUENCY_PERIODS = {
    "Jahr": "a year", "Monat": "a month", "Woche": "a week", "Tag": "a day", "Nacht": "a night",
    "Stunde": "an hour", "Saison": "a season", "Quartal": "a quarter",
}  # fmt: skip
FREQUENCY_PREPS = ["im", "pro", "am", "in der", "je"]
# Words that make "ein Soldat" a count of casualties or arrests ("Ein Soldat durch Mine getötet").
CASUALTY_WORDS = [
    "getötet", "verletzt", "verwundet", "ums Leben", "starb", "gestorben", "festgenommen",
    "verhaftet", "vermisst", "entführt",
]  # fmt: skip
# Words before "achten" that make it the ordinal, not the verb ("den achten Heimsieg").
EIGHTH_BEFORE = [
    "der", "die", "das", "den", "dem", "des", "zum", "zur", "im", "am", "beim", "vom",
    "seinen", "seine", "seinem", "seiner", "ihren", "ihre", "ihrem", "ihrer",
]  # fmt: skip
# endings of a winner's title: "31-fache Weltcupsiegerin" -> "31-time", not "31-fold"
WINNER_ENDINGS = [
    "sieger", "siegerin", "siegers", "siegern", "meister", "meisterin", "meisters", "gewinner",
    "gewinnerin", "gewinners", "champion", "championesse", "titelträger", "titelträgerin",
]  # fmt: skip
# "sechsfache Mutter" -> "mother of six" (of children, not "six-time")
PARENT_NOUNS = {
    "Mutter": "mother", "Vater": "father", "Großmutter": "grandmother", "Großvater": "grandfather",
    "Großvaters": "grandfather", "Vaters": "father", "Urgroßvater": "great-grandfather",
    "Urgroßmutter": "great-grandmother",
}  # fmt: skip
# "nur ein" is "only a", no count, after "nicht" or a copula ("es sei nur ein Vorwand") and
# before an adjective other than these ("nur eine einzige Frage" counts)
COPULAS = ["ist", "sei", "sind", "seien", "war", "wäre", "waren", "bleibt", "blieb", "wird"]
ONE_FOCUS_ADJECTIVES = ["einzige", "einzigen", "einziger", "einziges"]
# "nur ein", "je ein": a one that counts, whatever the noun.
ONE_FOCUS = {"nur noch": "only one", "nur": "only one", "lediglich": "only one", "je": "one each",
             "jeweils": "one each", "genau": "exactly one", "bloß": "only one",
             "mindestens": "at least one"}  # fmt: skip
# Ordinal words glued to a head ("Tabellenzweiter", "Drittrundenhit", "Zweitligist",
# "zweithöchsten"): prefix -> English with "{}" for the ordinal, head -> English after it.
ORDINAL_PREFIXES = {"Tabellen": "{} in the table", "Liga": "{} in the league"}
ORDINAL_STEM_HEADS = {
    "runden": "-round", "ligist": "-division club", "ligisten": "-division club",
    "höchst": "-highest", "größt": "-largest", "best": "-best", "stärkst": "-strongest",
    "platziert": "-placed", "schlechtest": "-worst", "schwächst": "-weakest",
    "niedrigst": "-lowest", "kleinst": "-smallest", "wichtigst": "-most important",
    "meist": "-most", "wärmst": "-warmest", "kältest": "-coldest", "heißest": "-hottest",
    "trockenst": "-driest", "nassest": "-wettest", "teuerst": "-most expensive",
    "erfolgreichst": "-most successful", "häufigst": "-most common",
    "grösst": "-largest", "heissest": "-hottest",  # Swiss "ss"
    "sonnigst": "-sunniest", "regenreichst": "-wettest", "bevölkerungsreichst": "-most populous",
    "reichst": "-richest", "ältest": "-oldest", "jüngst": "-youngest", "längst": "-longest",
    "schnellst": "-fastest", "langsamst": "-slowest", "tiefst": "-lowest",
    "beliebtest": "-most popular",
}  # fmt: skip
# Multiples: "zweifache Siegerin" -> "two-time", "verdoppeln" -> "double".
MULTIPLE_VERBS = {
    "verdoppel": ("double", 2), "verdopple": ("double", 2), "verdoppl": ("double", 2),
    "verdreifach": ("triple", 3),
    "vervierfach": ("quadruple", 4), "verfünffach": ("increase fivefold", 5),
    "versechsfach": ("increase sixfold", 6), "verzehnfach": ("increase tenfold", 10),
    "halbier": ("halve", 0.5),
}  # fmt: skip
MAGNITUDE_NOUNS = {
    "Betrag": "sum", "Summe": "sum", "Bereich": "range", "Zahl": "number",
    # "einen dreistelligen Eurobetrag" -> "a triple-digit euro sum"
    "Eurobetrag": "euro sum", "Frankenbetrag": "franc sum", "Dollarbetrag": "dollar sum",
}  # fmt: skip
# "im dreistelligen Millionenbereich" -> "in the hundreds of millions", "ein einstelliger
# Millionenbetrag" -> "single-digit millions"
MAGNITUDE_RANGES = {
    "Millionenbereich": "millions", "Milliardenbereich": "billions",
    "Millionenbetrag": "millions", "Milliardenbetrag": "billions", "Tausenderbetrag": "thousands",
    "Millionenhöhe": "millions", "Milliardenhöhe": "billions",
}  # fmt: skip
MAGNITUDE_SCALE_WORDS = {1: "single-digit", 2: "tens of", 3: "hundreds of"}
# "die 5.000er-Marke" -> "the 5,000 mark".
MARK_NOUNS = {"Marke": "mark", "Grenze": "mark", "Schwelle": "threshold", "Hürde": "hurdle"}
# Before "hundert"/"tausend" these make a vague amount: "mehrere hundert Rebellen" -> "several
# hundred rebels", "ein paar tausend Mal" -> "a few thousand times" (never "a hundred").
VAGUE_BEFORE_SCALE = {
    "ein paar": "a few", "einige": "a few", "einigen": "a few", "wenige": "a few",
    "wenigen": "a few", "mehrere": "several", "mehreren": "several", "etliche": "several",
    "etlichen": "several", "viele": "many", "vielen": "many",
}  # fmt: skip
# Adjectives after a unit that make the measure describe a noun: "5,8 Zoll großem Bildschirm" ->
# "5.8-inch", "ein 20 Meter langes Boot" -> "20-meter" (inflected forms only: "ist 20 Meter lang"
# stays "20 meters").
UNIT_ADJECTIVES = [
    f"{stem}{ending}"
    for stem in ("groß", "lang", "breit", "hoh", "schwer", "tief", "dick", "weit", "schnell")
    for ending in ("e", "en", "em", "er", "es")
]
# ... of which the "-er" forms are comparatives or adverbs as well ("0,321 Sekunden schneller
# als", "zwei Kilometer weiter"): they describe a noun only where one follows.
UNIT_ADJECTIVES_BEFORE_NOUN = [a for a in UNIT_ADJECTIVES if a.endswith("er")]
# A number with "-er" before a round: "66er-Schlussrunde" -> "a final round of 66".
ROUND_NOUNS = {"Runde": "a round of {}", "Schlussrunde": "a final round of {}"}
# Number words glued to a period ("Dreimonatshoch" -> "three-month high").
PERIOD_PARTS = {"jahres": "year", "monats": "month", "wochen": "week", "tages": "day"}
PERIOD_HEADS = {
    "hoch": "high", "tief": "low", "periode": "period", "frist": "deadline",
    "vertrag": "contract", "plan": "plan", "zeitraum": "period", "abo": "subscription",
}  # fmt: skip
# Number words glued to a counted part ("Zweiländerskigebiet" -> "two-country ski area",
# "Dreierkoalition" -> "three-party coalition", "Doppeltorschütze" -> "two-goal scorer").
COUNT_PARTS = {
    "länder": "country", "punkt": "point", "tor": "goal", "parteien": "party", "satz": "set",
    "koalition": "party coalition", "bündnis": "party alliance", "sterne": "star",
    "zimmer": "room", "gänge": "course",
}  # fmt: skip
COUNT_HEADS = {
    "skigebiet": "ski area", "schütze": "scorer", "schützin": "scorer", "eck": "corner",
    "menü": "menu", "regierung": "government", "hotel": "hotel", "wohnung": "apartment",
    "match": "match", "sieg": "win",
}  # fmt: skip
# Before a decade: "seit den 1990er-Jahren" -> "since the 1990s", "Ende der 1950er-Jahre" ->
# "the late 1950s", "in den frühen 1960er-Jahren" -> "in the early 1960s".
DECADE_PREPS = {
    "in den": "in", "seit den": "since", "aus den": "from", "bis in die": "into", "ab den": "from",
}  # fmt: skip
DECADE_PARTS = {
    "Anfang der": "early", "Mitte der": "mid-", "Ende der": "late", "frühen": "early",
    "späten": "late", "früheren": "early", "späteren": "later",
}  # fmt: skip
# "-jährig" before one of these is a duration ("30-jährige Geschichte" -> "30-year history"), not
# an age.
DURATION_NOUNS = {
    "Geschichte": "history", "Haftstrafe": "prison sentence", "Karriere": "career",
    "Laufzeit": "term", "Pause": "break", "Amtszeit": "term", "Tradition": "tradition",
    "Zusammenarbeit": "cooperation", "Ehe": "marriage", "Beziehung": "relationship",
    "Vertrag": "contract", "Frist": "period", "Sperre": "ban", "Verbannung": "exile",
    "Rückschritt": "step back", "Vita": "record",
}  # fmt: skip
# "-jährig" before one of these is an age ("achtjährige Tochter" -> "eight-year-old daughter").
AGE_NOUNS = [
    "Tochter", "Sohn", "Kind", "Mädchen", "Junge", "Bub", "Mann", "Frau", "Schüler", "Schülerin",
    "Fahrer", "Fahrerin", "Lenker", "Lenkerin", "Patient", "Patientin", "Opfer", "Täter",
    "Täterin", "Spieler", "Spielerin", "Mutter", "Vater", "Enkel", "Enkelin", "Baby", "Pensionist",
    "Pensionistin", "Rentner", "Rentnerin", "Frau", "Angeklagte", "Angeklagten", "Verdächtige",
    "Buben", "Kinder", "Kindern", "Kindes", "Sohnes", "Söhne", "Töchter", "Jungen", "Bursche",
    "Burschen", "Neffe", "Neffen", "Nichte", "Bruder", "Schwester", "Mädchens", "Männer",
    "Frauen", "Mannes", "Enkelkind", "Enkelkinder",
]  # fmt: skip

# After a ranked noun, a streak: "der fünfte Sieg in Serie" -> "the fifth win in a row".
IN_A_ROW = ["in Serie", "in Folge"]
# A time before now after a span of time: "9 Sitze mehr als vier Jahre zuvor" compares the seats.
EARLIER_WORDS = ["zuvor", "davor", "früher", "vorher"]
# Words of a sentencing: "mit N Jahren" near them is a prison term, not an age ("Die
# Höchststrafe liegt bei zehn Jahren, das Gericht blieb mit sieben Jahren darunter").
SENTENCING_CUES = ["Strafe", "strafe", "Haft", "Gefängnis", "verurteil", "Urteil", "Strafrahmen",
                   "Gericht", "Bewährung"]  # fmt: skip

# People counted by age before "zwischen 16 und 21 Jahren", "bis 25 Jahren" (an age bracket, not a
# duration as in "zwischen drei und fünf Jahren Haft").
AGE_GROUP_NOUNS = [
    "Jugendliche", "Jugendlichen", "Kinder", "Kindern", "Männer", "Männern", "Frauen", "Personen",
    "Menschen", "Asylwerber", "Asylwerbern", "Flüchtlinge", "Flüchtlingen", "Schüler", "Schülern",
    "Mädchen", "Burschen", "Buben", "Erwachsene", "Erwachsenen", "Bürger", "Bürgern",
    "Prostituierte", "Prostituierten", "Patienten", "Patientinnen", "Studierende",
    "Studierenden", "Studenten", "Teilnehmer", "Teilnehmern", "Mitarbeiter", "Mitarbeitern",
    "Arbeitnehmer", "Arbeitnehmern", "Opfer", "Opfern", "Täter", "Tätern", "Häftlinge",
]  # fmt: skip

# Dates: "7. September", "17. August 2021", "3.1.2022", "15.01."; "Anfang März".
DAY_SUFFIXES = ["."]
DATE_LINK: list[str] = []
YEAR_LINK: list[str] = []
NUMERIC_DATE = (
    r"(?<![\d.,/A-Za-z])(?P<d>[0-3]?\d)\.(?:(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d{2}|\d{2}(?!\d))?"
    r"|[ \u00a0](?P<m2>[01]?\d)\.[ \u00a0](?P<y2>(?:19|20)\d{2}))"  # "16. 5. 2016": year needed
)
DAY_PARTS = {"Anfang": "early", "Mitte": "mid", "Ende": "late"}
# "zwischen dem 7. September und 1. Oktober", "vom 1. bis einschließlich 26. Januar",
# "von Dezember 2021 auf Januar 2022".
DATE_RANGE_BETWEEN = ["zwischen dem", "zwischen"]
DATE_RANGE_FROM = ["vom", "von"]
DATE_RANGE_AND = ["und dem", "und"]
# "in der Nacht vom 14. zum 15. Oktober", "vom 26. auf den 27. Juli"
DATE_RANGE_TO = ["bis einschließlich", "bis inklusive", "bis zum", "bis", "auf den", "auf", "zum"]
DATE_RANGE_INCLUSIVE = ["bis einschließlich", "bis inklusive"]
# "seit Jänner 2015" -> "since January 2015", "bis Ende Februar" -> "until the end of February".
MONTH_PREPS = {"bis zum": "until", "bis Ende": "until the end of", "seit": "since", "ab": "from"}
# Months are capitalised nouns; "Mai" and "August" are also names and count as months only after
# one of MONTH_CONTEXT ("im Mai", not "August Müller").
MONTHS_LOWERCASE = False
AMBIGUOUS_MONTHS = {"Mai", "August"}
MONTH_CONTEXT = ["im", "in", "seit", "bis", "ab", "zum", "vom", "von", "Anfang", "Mitte", "Ende"]
# Capitalised words that may stand right before a date without a year ("Am 5.1.", "Stand
# 5.1."); another capitalised word there names a version ("Android 5.1.").
DATE_NAME_OK = ["am", "Stand", "Datum", "Frist", "Termin"]
WEEKDAY_RELATIVE = {"am vergangenen": "last", "am kommenden": "next", "am nächsten": "next"}

# Times: "23:50 Uhr", "12.30 Uhr", "15 Uhr"; "12.30" alone is a number, not a time.
TIME_PREFIXES: list[str] = []
# a rough clock time: "gegen 4 Uhr" -> "around 4:00 a.m.", "etwa 21.45 Uhr" (a time, never the
# number "about 21.45")
TIME_QUALIFIERS = {"gegen": "around", "etwa": "about", "ca.": "about", "circa": "about",
                   "zirka": "about", "rund": "around", "ungefähr": "about"}  # fmt: skip
# "20 Uhr 15" (spoken form) only where the minutes end the clause: "um 20 Uhr 15 Personen" is a
# time and a count
TIME_SEP = r"(?:[.:]|[ \u00a0]Uhr[ \u00a0](?=[0-5]\d(?:[.,;:!?)]|\s*$)))"
# the day part after a clock time in words ("neun Uhr vormittags" -> 9 a.m.); "night": a.m.
# before six, p.m. from six ("drei Uhr nachts", "elf Uhr nachts")
CLOCK_DAY_PARTS = {
    "früh": "am", "in der Früh": "am", "morgens": "am", "am Morgen": "am", "vormittags": "am",
    "am Vormittag": "am", "nachmittags": "pm", "am Nachmittag": "pm", "abends": "pm",
    "am Abend": "pm", "nachts": "night", "in der Nacht": "night",
}  # fmt: skip
TIME_SUFFIXES = {"Uhr": "", "MEZ": " CET", "MESZ": " CEST", "Uhr MEZ": " CET", "Uhr MESZ": " CEST"}
TIME_SUFFIXES_ALONE = {"Uhr", "MEZ", "MESZ", "Uhr MEZ", "Uhr MESZ"}
TIME_MINUTES_ALONE = False

# Letters that are words, not an identifier's, before a number ("um 10", "im 3").
# Words of the news whose English is no cognate, for the swap check's anchors (a word written
# once in each language ties its clause): parties, regions, the two sides of a vote or a test.
ANCHOR_WORDS = {
    "Grünen": ["Greens"], "Grüne": ["Greens"], "Union": ["CDU/CSU", "Union"],
    "Linke": ["Left"], "Linken": ["Left"],
    "Romandie": ["French-speaking", "Romandy"], "Deutschschweiz": ["German-speaking"],
    "Tessin": ["Ticino"], "Wien": ["Vienna"], "München": ["Munich"], "Köln": ["Cologne"],
    "dafür": ["in favour", "in favor", "for"], "dagegen": ["against"],
    "Ja-Stimmen": ["yes votes", "in favour", "in favor"], "Nein-Stimmen": ["no votes", "against"],
    "Stadtverkehr": ["city", "urban"], "Autobahn": ["motorway", "highway", "autobahn"],
    "Placebogruppe": ["placebo"], "Frauen": ["women"], "Männer": ["men"],
    "Stimmbeteiligung": ["turnout"], "Wahlbeteiligung": ["turnout"],
    "Damen": ["women"], "Herren": ["men"],
}  # fmt: skip
# parties before their seats or shares in a results list: "die SPD 27, die Grünen 14" (the
# English reader reads "the SPD 27" so too)
PARTIES = ["CDU", "CSU", "SPD", "FDP", "BSW", "AfD", "ÖVP", "SPÖ", "FPÖ", "SVP", "SP", "GLP",
           "EVP", "CVP", "BDP"]  # fmt: skip
ID_STOPWORDS = {
    "um", "am", "im", "in", "an", "ab", "zu", "so", "da", "es", "er", "ob", "wo", "je", "ca",
    *(party.lower() for party in PARTIES),
}  # fmt: skip
