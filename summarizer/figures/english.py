"""Figures in English text (machine translations, briefs, references): kind, value and span.

Used by the translation check and the evaluation. Besides correct English forms it recognises
the mistakes translation models make with German figures, and notes them in ``Figure.note``:

* ``german_digits``: German thousands dots left in place (``1.000 containers``, ``2.462.000``)
* ``decimal_comma``: ``3,2 percent``
* ``day_month``: ``7 September`` (house style is ``September 7``)

Values are normalised exactly like the German extractor's, so ``same_value`` can compare them.
"""

from __future__ import annotations

import itertools
import re

from . import de_data as D
from . import render as R
from .model import Figure
from .numbers import normalise_value, without_format_chars
from .pairs import ENGLISH_SCALES, SCALE_WORDS, share_scales, share_units
from .units import UNIT_NAMES

_MONTHS = {name: i for i, name in enumerate(R.MONTH_NAMES) if name}
_MONTHS.update({name[:3] + ".": i for name, i in list(_MONTHS.items())})
_MONTHS.update({"Sept.": 9})
MONTH = (
    r"(?:"
    + "|".join(re.escape(m) for m in sorted(_MONTHS, key=len, reverse=True))
    + r")(?![A-Za-z])"
)
WEEKDAY = r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
YEAR = r"(?:1[89]\d{2}|20\d{2})(?!\d)"
S = r"[ \u00a0\u202f]"

_WORDS: dict[str, int | float] = {
    v: k for k, v in D.ENGLISH_NUMBER_WORDS.items() if isinstance(k, int) and " " not in v
}
_WORDS.update({"both": 2, "a dozen": 12, "dozen": 12})
_WORDS.update({"a hundred": 100, "one hundred": 100, "a thousand": 1000, "one thousand": 1000})
# "one and a half", "two and a half", "two-and-a-half"
_WORDS.update({v: k for k, v in D.ENGLISH_NUMBER_WORDS.items() if isinstance(k, float)})
_WORDS.update({w.replace(" ", "-"): n for w, n in list(_WORDS.items()) if " and a " in w})
# "twenty-three", "Forty-five": the tens and a unit with a hyphen
_TENS = {w: n for w, n in _WORDS.items() if isinstance(n, int) and n in range(20, 100, 10)}
_ONES = {w: n for w, n in _WORDS.items() if isinstance(n, int) and 1 <= n <= 9 and w != "both"}
_WORDS.update({f"{t}-{u}": tn + un for t, tn in _TENS.items() for u, un in _ONES.items()})
# "two hundred", "Three hundred" ("two hundred thousand" takes its scale after it)
_WORDS.update({f"{u} hundred": 100 * un for u, un in _ONES.items() if un > 1})
_TWO_TO_NINE = "|".join(w for w, n in _ONES.items() if n > 1)  # "two|three|...|nine"
# "seven and a half years", up to twelve
_WORDS.update(
    {f"{w} and a half": n + 0.5 for w, n in list(_WORDS.items())
     if isinstance(n, int) and 1 <= n <= 12 and w != "both" and " " not in w}
)  # fmt: skip
_ORD_WORDS = {v: k for k, v in D.ENGLISH_ORDINALS.items()}
_ORD_WORDS.update(
    {"thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
     "eighteenth": 18, "nineteenth": 19, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
     "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90}
)  # fmt: skip
# "seventy-seventh", "twenty-first"
_ORD_WORDS.update(
    {f"{t}-{o}": tn + on for t, tn in _TENS.items() for o, on in list(_ORD_WORDS.items())
     if 1 <= on <= 9}
)  # fmt: skip
_VAGUE = {"dozens": 12, "hundreds": 100, "thousands": 1000, "tens of thousands": 10000,
          "hundreds of thousands": 100000, "millions": 1e6}  # fmt: skip
_CURRENCY_WORDS = {
    "euros": "EUR", "euro": "EUR", "EUR": "EUR", "Swiss francs": "CHF", "francs": "CHF",
    "franc": "CHF", "CHF": "CHF", "dollars": "USD", "dollar": "USD", "USD": "USD",
    "pounds": "GBP", "cents": "EUR_CENT",
}  # fmt: skip
# the other currencies the German side names ("Rubel" -> "rubles"), and the British spellings:
# "637 million roubles" for "637 Millionen Euro" is another currency, not a number
_CURRENCY_WORDS.update(
    {word: code for code, words in D.ENGLISH_CURRENCIES.items()
     if code not in _CURRENCY_WORDS.values() and code not in ("DEM", "BRL") for word in words}
)  # fmt: skip
_CURRENCY_WORDS.update({"rouble": "RUB", "roubles": "RUB", "renminbi": "CNY"})
_OTHER_CURRENCIES = "|".join(
    re.escape(w) for w in sorted(_CURRENCY_WORDS, key=len, reverse=True)
    if _CURRENCY_WORDS[w] not in ("EUR", "USD", "CHF", "GBP", "EUR_CENT")
)  # fmt: skip
# a cent is a cent, a Rappen too
_SAME_CURRENCY = {"CHF_RAPPEN": "EUR_CENT"}


def other_currency(source: Figure, english: Figure) -> bool:
    """Both are amounts of money, in two currencies the English reader tells apart (those
    ``_CURRENCY_WORDS`` reads; a currency it does not know is never a conflict)."""
    if source.kind != "money" or english.kind != "money":
        return False
    known = _CURRENCY_WORDS.values()
    mine, theirs = (_SAME_CURRENCY.get(f.unit or "", f.unit) for f in (source, english))
    return mine in known and theirs in known and mine != theirs


_CUR_SYMBOL = {
    "€": "EUR",
    "$": "USD",
    "US$": "USD",
    "£": "GBP",
    "CHF": "CHF",
    "EUR": "EUR",
    "Fr.": "CHF",
    "USD": "USD",
    "GBP": "GBP",
}

# English number: 1,000 / 2,462,000.5 / 3.2 / German leftovers 1.000 / 3,2 / 80'000 / 2 000
NUM = (
    r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)"
    r"|\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d.]\d)"
    r"|\d{1,3}(?:['’`]\d{3})+"
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d|[,.]\d|[ \u00a0\u202f]\d)"
    r"|\d+,\d{1,2}(?!\d)"
    r"|\d+[½¼¾]"
    r"|\d+(?:\.\d+)?)(?![\d])"
)
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75}  # "4½ years"
_WORD_ALT = "|".join(sorted((re.escape(w) for w in _WORDS), key=len, reverse=True))
# "m" and "bn" are scales only touching their number ("€5m", "1.8bn"): "8.94 m" is meters
AMOUNT = (
    rf"(?:(?P<num>{NUM})|(?P<w>\b(?i:{_WORD_ALT})\b))"
    rf"(?:(?:{S}?|-)(?P<scale>{SCALE_WORDS})\b|(?P<abbr>m)\b)?"
)


def parse_english_number(s: str) -> tuple[int | float, str | None]:
    """Value and format note of an English-text digit string."""
    s = s.strip()
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", s):
        return normalise_value(float(s.replace(",", ""))), None
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        return normalise_value(float(s.replace(".", "").replace(",", "."))), "german_digits"
    if re.fullmatch(r"\d{1,3}(?:['’`]\d{3})+", s):
        return int(re.sub(r"['’`]", "", s)), "german_digits"
    if re.fullmatch(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+", s):  # "179 000", the SI style
        return int(re.sub(r"\s", "", s)), "german_digits"
    if s[-1:] in _VULGAR:
        return normalise_value(int(s[:-1]) + _VULGAR[s[-1]]), None
    if re.fullmatch(r"\d+,\d{1,2}", s):
        return normalise_value(float(s.replace(",", "."))), "decimal_comma"
    return normalise_value(float(s)), None


def _amount(m: re.Match) -> tuple[int | float, str | None, bool]:
    if m.group("num"):
        value, note = parse_english_number(m.group("num"))
        words = False
    else:
        value, note, words = _WORDS[m.group("w").lower()], None, True
    scale = m.group("scale") or m.group("abbr")
    if scale:
        value = normalise_value(value * ENGLISH_SCALES[scale])
    return value, note, words


_DECADE_WORDS = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
                 "nineties"]  # fmt: skip
_RACE_UNITS = {"hours", "minutes", "seconds", "min", "sec", "s"}
_RULES: list[tuple[str, re.Pattern, int]] = []
_UNIT_AFTER_RANGE = "%|°|[CF]\\b|percent\\b|per cent\\b|" + "|".join(
    re.escape(u) + r"\b" for u in sorted(UNIT_NAMES, key=len, reverse=True) if len(u) > 1
)
# "12.1 to 14.3 percent", "20-25%": one unit for both
_PAIR_LINK = re.compile(
    # a qualifier or a sign may stand before the second: "from 1.1 to almost 1.4 billion"
    r"\s(?:to|and|or)\s(?:(?:almost|nearly|just\sunder|about|around|roughly|some|minus|plus)\s)?"
    r"|,\s|\s?[-–]\s?"
    r"|\sand\s(?:the\s)?[A-ZÄÖÜ][\w-]*\s(?:at|on|with)\s"  # "the ÖVP at 22 and the SPÖ at 21%"
)


def _r(name: str, pattern: str, priority: int = 0) -> None:
    _RULES.append((name, re.compile(pattern), priority))


_r(
    "date_mdy",
    rf"\b(?P<m>{MONTH}){S}(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])(?:,?{S}(?P<y>{YEAR}))?",
    6,
)
_r(
    "date_dmy",
    rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\.?{S}(?:of{S})?(?P<m>{MONTH})(?:,?{S}(?P<y>{YEAR}))?",
    6,
)
# a range of days in one month: "February 13 to 23", "13 to 23 February", "March 3-5, 2024"
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_TO = rf"{S}?(?:to|through|until|-|–|and){S}?"
_r(
    "days_mdd",
    rf"\b(?P<m>{MONTH}){S}(?P<d>{_DAY}){_TO}(?P<d2>{_DAY})(?![\d:])(?:,?{S}(?P<y>{YEAR}))?",
    7,
)
_r(
    "days_ddm",
    rf"(?<![\d.,])(?P<d>{_DAY}){_TO}(?:the{S})?(?P<d2>{_DAY}){S}(?:of{S})?(?P<m>{MONTH})"
    rf"(?:,?{S}(?P<y>{YEAR}))?",
    7,
)
_r("date_num", r"(?<![\d.,])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d{2})?", 5)
_r("month_year", rf"\b(?P<m>{MONTH})(?:{S}(?P<y>{YEAR}|1[0-7]\d\d(?![\d,])))?", 2)
_r("weekday", WEEKDAY, 1)
_r("time", r"(?<![\d.,:])(?P<h>[0-2]?\d)(?:[:.](?P<mi>[0-5]\d))?\s?(?P<ap>[ap]\.?m\.?)(?![a-z])", 5)
_r("noon", r"\b(?P<nm>(?i:noon|midday|midnight))\b", 3)
# "half past one", "quarter to four", "three o'clock": a clock time in words, its day part unsaid
_HOUR_WORDS = "|".join(
    w for n, w in D.ENGLISH_NUMBER_WORDS.items() if isinstance(n, int) and 1 <= n <= 12
)
_r(
    "clock_words",
    rf"\b(?:(?P<half>(?i:half|(?:a{S})?quarter)){S}(?P<rel>past|to){S})?"
    rf"(?P<hw>(?i:{_HOUR_WORDS})|1[0-2]|[1-9])"
    rf"(?(half)|{S}o'clock)\b(?!{S}?[ap]\.?m|[.,]\d)",  # "the first quarter to 5,209" is none
    6,
)
# "1:41 hours" is a duration (the source side writes "1:41 Stunden" so), not a clock time
_r("time24", r"(?<![\d.,:])(?P<h>[0-2]?\d)[:.](?P<mi>[0-5]\d)(?:\s?(?:h|o'clock|Uhr)\b)", 5)
# "at 18:00", "until 12:30": a colon time after a word of time is a clock time without a unit
_TIME_WORDS = "at from until till by between and before after around since".split()
_r(
    "time_at",
    "(?:"
    + "|".join(rf"(?<=\b{w}\s)" for w in _TIME_WORDS)
    + r")(?P<h>[0-2]?\d):(?P<mi>[0-5]\d)(?!\d|:\d|[.,]\d|\s?(?:hours|minutes|seconds|min|sec|h)\b)",
    5,
)
_r(
    "score",
    r"(?<![\d.,:-])(?P<a>\d{1,2})[-:–](?P<b>\d{1,2})(?![\d:-]|\.\d|\s?(?:[ap]\.?m|Uhr|hours))"
    rf"(?!{S}?(?:{_UNIT_AFTER_RANGE}))",  # "20-22 degrees" is a range, not a score
    3,
)
# a season or a financial year: "2024/25", "the 2024-25 season"
_r("season", r"(?<![\d./-])(?P<a>(?:19|20)\d\d)[/–-](?P<b>\d\d)(?![\d/])", 5)
# a quarter of a year: "in Q3"
_r("quarter", r"\b(?:Q(?P<n>[1-4])|H(?P<h>[12]))\b", 3)  # "Q3", "H1" (the first half)
# half a scale: "over half a million" (500,000)
_r("half_scale", r"\bhalf\s(?:a|an)\s(?P<scale>million|billion)\b", 3)
# names with a digit that count nothing: "the CET1 ratio", "tier 1 capital", "H1N1", "the G20"
_r(
    "term",
    r"\b(?:CET\s?1|[Tt]ier[ -][123]|H\dN\d|G-?(?:7|8|20)|[2-6]G|Four\sHills|Final\sFour"
    r"|Big\s(?:Three|Four|Five))\b",
    7,
)
# a share said as one in a number: "one in four" (a quarter)
_r("one_in", r"\b(?i:one|1)\sin\s(?P<n>two|three|four|five|ten|[2-9]|10)\b", 3)
_r("percent", rf"{AMOUNT}{S}?(?P<p>%|percent\b|per{S}cent\b|percentage{S}points?\b)", 4)
# a race's gap in parts of a second: "38 hundredths of a second" (0.38 seconds)
_r(
    "second_parts",
    rf"{AMOUNT}{S}(?:(?P<part>hundredth|tenth)s?{S}of{S}a{S}second|hundredths)\b",
    5,
)
# a hundredth of a percentage point: "25 basis points" is 0.25 percentage points
_r("basis_points", rf"{AMOUNT}{S}?(?:basis{S}points?|bps?)\b", 5)
# "a quarter of a percentage point", "half a percentage point"
_PP_PARTS = {"a quarter of a": 0.25, "one quarter of a": 0.25, "a quarter-": 0.25,
             "half a": 0.5, "half of a": 0.5, "three quarters of a": 0.75}  # fmt: skip
_r(
    "pp_part",
    r"\b(?P<part>(?i:"
    + "|".join(re.escape(k) for k in sorted(_PP_PARTS, key=len, reverse=True))
    + rf")){S}?percentage{S}point\b",
    5,
)
# "by a quarter point", "a quarter-point cut": a central bank's 0.25 percentage points (a half
# point stays out: sports count half points too)
_r(
    "pp_quarter",
    rf"\b(?P<part>(?i:a|one|three)){S}quarters?(?:{S}of{S}a{S}|{S}|-)point\b",
    5,
)
_r(
    "money_after",
    rf"{AMOUNT}(?:{S}(?P<m_apart>m))?(?:{S}|-)"
    rf"(?P<cur>Swiss{S}francs|euros?|EUR|francs?|CHF|dollars?|USD|pounds|cents|{_OTHER_CURRENCIES})\b",
    4,
)
# next to a currency "m" may stand apart: "CHF 850 m", "312 m francs"
_r(
    "money_before",
    rf"(?P<cur>US\$|[€$£]|CHF|EUR|USD|GBP|Fr\.){S}?{AMOUNT}(?:{S}(?P<m_apart>m)\b)?",
    4,
)
_r("age", r"(?<![\d,.])(?P<n>\d{1,3}(?:,\d{3})*)-year-old\b", 3)
_r(
    "identifier",
    r"\b(?:[A-Z]{1,4}-?\s?\d{1,4}[a-z]?|COVID-19|Covid-19|CO2|\d-D|9/11)"
    r"(?![\da-z]|\.[0-5]\d|[-:–]\d|\s?%|\s(?:percent|per cent)\b)",  # "its GMV 9%" is a share
    2,
)
_r("section", r"\bSection\s\d+[a-z]?(?:\(\d+\))?", 5)
_r("formula_one", r"\bFormula[ -](?:1|One)\b", 6)  # the name, as the German "Formel-1"
_r("ordinal_digits", r"\b(?P<n>\d{1,3}(?:,\d{3})*)(?:st|nd|rd|th)\b", 2)
_r("ordinal_word", r"\b(?P<w>" + "|".join(sorted(_ORD_WORDS, key=len, reverse=True)) + r")\b", 1)
_r(
    "vague",
    # Case-insensitive: "Hundreds of containers" opens a sentence as often as not.
    r"\b(?P<v>(?i:tens of thousands|hundreds of thousands|dozens|hundreds|thousands|millions))\b",
    1,
)
_r(
    "decade",
    r"(?<![\d.,])(?P<y>1[89]\d0|20\d0)s\b|(?<![\w])['’](?P<yy>\d0)s\b"
    r"|\b(?P<w>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b",
    3,
)
_r("goalless", r"\b(?i:goalless|scoreless) (?:draw|tie)\b", 4)
# a person's age by decade ("a man in his mid-fifties"): the decade's number, not the years
_r(
    "decade_age",
    r"\bin (?:his|her|their) (?:(?:early|mid|late)[- ]?)?"
    r"(?P<w>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b",
    3,
)
_r(
    "race_time",
    r"(?<![\d:.,])(?P<sign>[+\-–−])?(?P<clock>\d{1,2}:[0-5]\d(?::[0-5]\d)?)(?:\.(?P<frac>\d{1,3}))?"
    r"(?![\d:])(?:(?:\s(?!(?:the|and|or|of|in|on|at|for|to)\s)[a-z][a-z-]+\s|\s?)"
    r"(?P<unit>hours|minutes|seconds|min|sec|h|s)\b)?",
    4,
)
# a ratio or a scale too long for a score ("1:25,000"); "1:1" is read as a score and still
# matches a ratio of the source
_r("ratio", r"(?<![\d.,:])(?P<a>\d[\d,]*):(?P<b>\d{1,3}(?:,\d{3})+|\d{3,})(?![\d:])", 4)
# "1 hour 41 minutes" is the duration "1:41 hours"
_r(
    "hours_minutes",
    rf"(?<![\d.,])(?P<h>\d{{1,2}}|\b(?i:{_HOUR_WORDS}))\shours?,?\s(?:and\s)?(?P<mi>[0-5]?\d)\s"
    r"minutes?\b",
    5,
)
# a race time in words: "2 hours, 3 minutes and 17 seconds", "2 minutes 12.45 seconds",
# "2h03:17" (the source's "2:03:17 Stunden", "2:12,45 Minuten")
_r(
    "time_in_words",
    r"(?<![\d.,])(?:(?P<h>\d{1,2})\s?(?:hours?|hrs?|h),?\s(?:and\s)?)?(?P<mi>\d{1,2})\s?"
    r"(?:minutes?|mins?),?\s(?:and\s)?(?P<s>\d{1,2}(?:\.\d{1,3})?)\s?(?:seconds?|secs?|s)\b"
    r"|(?<![\d.,])(?P<h2>\d)h(?P<mi2>[0-5]\d):(?P<s2>[0-5]\d)\b"
    r"|(?<![\d.,])(?P<h3>\d{1,2})h\s?(?P<mi3>\d{1,2})m(?:in)?\s?(?P<s3>\d{1,2})s\b",
    6,
)
# "an hour and a half" (the German "eineinhalb Stunden")
_r("hour_and_a_half", r"\b(?i:an|one)\shour\sand\sa\shalf\b", 5)
# a part of one unit, the unit left after it for the unit reader: "a quarter of an hour" (15
# minutes), "six tenths of a degree", "half a century"
_PARTS = {"half": 0.5, "quarter": 0.25, "quarters": 0.25, "tenth": 0.1, "tenths": 0.1}
_r(
    "part_of_a_unit",
    r"\b(?:(?P<n>(?i:a|one|" + _TWO_TO_NINE + r"))\s)?"
    r"(?:(?P<p>(?i:half))\s(?:of\s)?|(?P<p2>(?i:quarters?|tenths?))\sof\s)an?"
    r"(?=\s(?:hour|day|week|month|year|decade|century|millennium|degree)\b)",
    3,
)
_r(
    "year_bc",
    r"(?<![\d.,])(?P<a>\d{1,4})(?:[-–](?P<b>\d{1,4}))?\s?(?:BC|BCE|B\.C\.)(?![A-Za-z])",
    6,
)
_r("digits", r"\b(?P<w>(?i:single|double|triple))-digit\b", 3)
_r("year", rf"(?<![\d.,])(?P<y>{YEAR})(?![\d%])", 1)
# years of a life or a reign in brackets, any century: "(1515-1586)"
_r("life_years", r"(?<=\()(?P<a>1\d{3}|20\d\d)[-–](?P<b>1\d{3}|20\d\d)(?=\))", 4)
# a relay or a multiple of a measure: "4x100 metres", "4 × 400 m"
_r("times", r"(?<![\w.,])(?P<a>\d{1,2})\s?[x×]\s?(?P<b>\d{2,5})(?![\d.,]\d)", 4)
# a century by its hundreds: "the 1600s" is the 17th century (the 1800s and 1900s are read as
# decades)
_r("century_hundreds", r"(?<![\d.,])(?P<c>1[0-7])00s\b", 3)
# one of a unit that English names without a number: "for a decade", "a fortnight ago", "over
# the next decade" (the unit reader reads the unit after it); soft, as any number word below two
_r(
    "one_unit",
    r"\b(?i:a|one|(?<=the\s)(?:next|past|last|coming|previous|following))"
    r"(?=\s(?:decade|century|millennium|fortnight)\b)",
    1,
)
# a multiple in one word: "sevenfold", "10-fold" ("five- to sevenfold" for "das Fünf- bis
# Siebenfache")
_r("fold", r"(?i:\b(?P<n>\d{1,3}|[a-z]+)-?fold)\b", 3)
# a series written out: "lead the series by three wins to two" is the German "mit 3:2 Siegen"
_SMALL = r"\d|zero|nil|one|two|three|four|five|six|seven"
_r("wins_to", rf"(?i:(?P<a>{_SMALL})\swins?\sto\s(?P<b>{_SMALL}))\b", 4)
# a vote written out: "by 6 votes to 2" is the German "mit 6:2 Stimmen"
_r("votes_to", r"(?<![\d.,])(?P<a>\d{1,3})\svotes?\sto\s(?P<b>\d{1,3})(?!\d|[.,]\d)", 4)
# "two hundred and eighty-five", "one hundred twenty"
_BELOW_HUNDRED = {w: n for w, n in _WORDS.items() if isinstance(n, int) and 1 <= n <= 99}
_r(
    "hundreds_and",
    r"\b(?P<h>(?i:a|one|" + _TWO_TO_NINE + r"))\shundred"
    r"(?:\sand)?\s(?P<r>(?i:"
    + "|".join(sorted((re.escape(w) for w in _BELOW_HUNDRED), key=len, reverse=True))
    + r"))\b",
    1,
)
_r("number", rf"(?<![\w.,]){AMOUNT}", 0)


_Made = tuple[str, object, str | None] | tuple[str, object, str | None, str | None]
"""Kind, value, note and a unit of one match: a money's currency code, or "name" for a term
whose digit counts nothing ("CET1")."""


def _make(name: str, m: re.Match) -> _Made | None:
    g = m.groupdict()
    if name in ("date_mdy", "date_dmy", "date_num"):
        month = _MONTHS[g["m"]] if name != "date_num" else int(g["m"])
        day = int(g["d"])
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return None
        year = int(g["y"]) if g.get("y") else None
        note = "day_month" if name == "date_dmy" else None
        return "date", R.date_value(day, month, year), note
    if name in ("days_mdd", "days_ddm"):
        month = _MONTHS[g["m"]]
        first, last = (int(re.sub(r"\D", "", g[k])) for k in ("d", "d2"))
        if not (1 <= first < last <= 31):
            return None
        year = int(g["y"]) if g.get("y") else None
        days = {"from": R.date_value(first, month, year), "to": R.date_value(last, month, year)}
        return "date_range", days, None
    if name == "month_year":
        if g["m"] in ("May", "March") and not g["y"]:
            before = m.string[max(0, m.start() - 10) : m.start()].lower()
            if not re.search(
                r"\b(in|since|until|of|from|by|to|and|through|till|early|late|mid-?)\s*$", before
            ):
                return None
        return "date", R.date_value(None, _MONTHS[g["m"]], int(g["y"]) if g["y"] else None), None
    if name == "weekday":
        return "date", m.group(0), None
    if name == "time":
        h, mi = int(g["h"]), int(g["mi"] or 0)
        if h > 12:
            return None
        pm = g["ap"].startswith("p")
        if pm and h != 12:
            h += 12
        if not pm and h == 12:
            h = 0
        return "time", f"{h:02d}:{mi:02d}", None
    if name == "clock_words":
        h = int(g["hw"]) if g["hw"].isdigit() else int(_WORDS[g["hw"].lower()])
        mi = 0
        if g["half"]:
            mi = 30 if g["half"].lower() == "half" else 15
            if g["rel"] == "to":
                h, mi = h - 1, 60 - mi
        return "time", f"{h % 12:02d}:{mi:02d}", None
    if name == "noon":
        return "time", "00:00" if g["nm"].lower() == "midnight" else "12:00", None
    if name in ("time24", "time_at"):
        h, mi = int(g["h"]), int(g["mi"])
        return ("time", f"{h:02d}:{mi:02d}", None) if h <= 24 else None
    if name == "score":
        return "score", {"home": int(g["a"]), "away": int(g["b"])}, None
    if name == "season":
        first = int(g["a"])
        last = first // 100 * 100 + int(g["b"])
        return ("date_range", {"from": first, "to": last}, None) if last == first + 1 else None
    if name == "quarter":
        return "ordinal", int(g["n"] or g["h"]), None
    if name == "one_in":
        n = int(g["n"]) if g["n"].isdigit() else int(_WORDS[g["n"]])
        return "number", round(1 / n, 3), None
    if name == "half_scale":
        return "number", normalise_value(ENGLISH_SCALES[g["scale"]] / 2), None
    if name == "term":
        return "identifier", m.group(0), None, "name"
    if name == "percent":
        value, note, _ = _amount(m)
        kind = "percentage_points" if g["p"].startswith("percentage") else "percent"
        return kind, value, note
    if name == "second_parts":  # the count of parts; the check also reads the seconds
        value, note, _ = _amount(m)
        return "number", value, note
    if name == "basis_points":
        value, note, _ = _amount(m)
        return "percentage_points", normalise_value(value / 100), note
    if name == "pp_part":
        return "percentage_points", _PP_PARTS[g["part"].lower()], None
    if name == "pp_quarter":
        return "percentage_points", 0.75 if g["part"].lower() == "three" else 0.25, None
    if name in ("money_after", "money_before"):
        value, note, _ = _amount(m)
        if g.get("m_apart") and not (g.get("scale") or g.get("abbr")):
            value = normalise_value(value * 1e6)
        cur = re.sub(r"\s+", " ", g["cur"])
        code = _CURRENCY_WORDS.get(cur) or _CUR_SYMBOL.get(cur)
        return "money", value, note, code
    if name == "age":
        return "measure", int(g["n"].replace(",", "")), None
    if name == "formula_one":
        return "identifier", "Formula 1", None
    if name in ("identifier", "section"):
        s = m.group(0)
        if (
            name == "identifier"
            and re.fullmatch(r"[A-Z]{1,4}\s\d{1,4}", s)
            and s.split()[0] in {"I", "A", *D.PARTIES}
        ):
            return None  # "the SPD 27": a party before its seats
        return "identifier", s, None
    if name == "ordinal_digits":
        return "ordinal", int(g["n"].replace(",", "")), None
    if name == "ordinal_word":
        return "ordinal", _ORD_WORDS[g["w"].lower()], None
    if name == "vague":
        return "count", normalise_value(_VAGUE[g["v"].lower()]), None
    if name == "goalless":
        return "score", {"home": 0, "away": 0}, None
    if name == "decade_age":
        return "measure", 10 * (_DECADE_WORDS.index(g["w"].lower()) + 2), None
    if name == "decade":
        if g["w"]:
            start = 1900 + 10 * (_DECADE_WORDS.index(g["w"].lower()) + 2)
        elif g["yy"]:
            start = (2000 if g["yy"] in ("00", "10") else 1900) + int(g["yy"])
        else:
            start = int(g["y"])
        return "date_range", {"from": start, "to": start + 9}, None
    if name == "race_time":
        # same value as the source extractor's race times; a bare "12:30" stays a clock time
        if not (g["clock"].count(":") == 2 or g["sign"] or g["frac"] or g["unit"] in _RACE_UNITS):
            return None
        sign = (g["sign"] or "").replace("–", "-").replace("−", "-")
        return "measure", sign + g["clock"] + (f".{g['frac']}" if g["frac"] else ""), None
    if name == "ratio":
        a, b = (normalise_value(float(g[x].replace(",", ""))) for x in "ab")
        return "number", f"{a}:{b}", None
    if name == "hours_minutes":
        hours = int(g["h"]) if g["h"].isdigit() else int(_WORDS[g["h"].lower()])
        return "measure", f"{hours}:{int(g['mi']):02d}", None
    if name == "time_in_words":
        h = g["h"] or g["h2"] or g["h3"]
        mi, sec = int(g["mi"] or g["mi2"] or g["mi3"]), g["s"] or g["s2"] or g["s3"]
        whole, _, frac = sec.partition(".")
        clock = f"{int(h)}:{mi:02d}:{int(whole):02d}" if h else f"{mi}:{int(whole):02d}"
        return "measure", clock + (f".{frac}" if frac else ""), None
    if name == "times":
        return "number", {"x1": int(g["a"]), "x2": int(g["b"])}, None
    if name == "hour_and_a_half":
        return "measure", 1.5, None
    if name == "century_hundreds":
        return "ordinal", int(g["c"]) + 1, None
    if name == "one_unit":
        return "number_word", 1, None
    if name == "fold":
        n = g["n"].lower()
        if n.isdigit():
            return "number", int(n), None
        return ("number_word", _WORDS[n], None) if n in _WORDS else None
    if name == "wins_to":
        # (the number words' values; "nil" is the one word of a score they lack)
        a, b = (int(g[k]) if g[k].isdigit() else _WORDS.get(g[k].lower(), 0) for k in "ab")
        return "score", {"home": a, "away": b}, None
    if name == "votes_to":
        return "score", {"home": int(g["a"]), "away": int(g["b"])}, None
    if name == "hundreds_and":
        hundreds = 1 if g["h"].lower() in ("a", "one") else int(_WORDS[g["h"].lower()])
        return "number_word", 100 * hundreds + int(_WORDS[g["r"].lower()]), None
    if name == "part_of_a_unit":
        if g["p"] and g["n"]:
            return None  # "a half a" is no English
        times = 1 if not g["n"] or g["n"].lower() in ("a", "one") else _WORDS[g["n"].lower()]
        part = _PARTS[(g["p"] or g["p2"]).lower()]
        return "measure", normalise_value(round(times * part, 6)), None
    if name == "life_years":
        return "date_range", {"from": int(g["a"]), "to": int(g["b"])}, None
    if name == "year_bc":
        if g["b"]:
            return "date_range", {"from": -int(g["a"]), "to": -int(g["b"])}, None
        return "year", -int(g["a"]), None
    if name == "digits":
        return "number_word", {"single": 1, "double": 2, "triple": 3}[g["w"].lower()], None
    if name == "year":
        return "year", int(g["y"]), None
    if name == "number":
        value, note, words = _amount(m)
        if words and not (g.get("scale") or g.get("abbr")):
            return "number_word", value, note
        return "number", value, note
    return None


def find_english_figures(text: str) -> list[Figure]:
    """Figures in English ``text``: sorted, non-overlapping, longest match wins.

    Number words (``two``, ``both``) come back with kind ``number`` and ``unit="word"`` so callers
    can treat them as soft evidence. ``Figure.note`` flags German formats left in the English.
    Invisible format characters (soft hyphen, zero-width space ...) are read through, as in the
    source extractor; offsets and ``source`` still index ``text``.
    """
    clean, where = without_format_chars(text)
    if where is not None:
        figures = find_english_figures(clean)
        for f in figures:
            f.start, f.end = where[f.start], where[f.end - 1] + 1
            f.source = text[f.start : f.end]
        return figures
    cands = []
    for name, regex, prio in _RULES:
        for m in regex.finditer(text):
            if m.end() == m.start():
                continue
            made = _make(name, m)
            if not made:
                continue
            unit = made[3] if len(made) == 4 else None
            cands.append((m.start(), m.end(), prio, made[0], made[1], made[2], unit))
    cands.sort(key=lambda c: (-(c[1] - c[0]), -c[2], c[0]))
    taken: list[tuple[int, int]] = []
    out = []
    for s, e, _p, kind, value, note, unit in cands:
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        if kind == "number_word":
            kind, unit = "number", "word"
        out.append(Figure(text[s:e], s, e, kind, value, text[s:e], unit=unit, note=note))
    out.sort(key=lambda f: f.start)
    _share_day_part(out, text)
    share_units(out, text, _PAIR_LINK, english=True)
    share_scales(out, text, _PAIR_LINK)
    return out


_DAY_PART_LINK = re.compile(r"\s*(?:and|to|until|till|[–-])\s*")


def _share_day_part(figures: list[Figure], text: str) -> None:
    """ "between 7:30 and 8:15 p.m.": the first time of a range takes the second's "p.m." where
    it then still comes first ("from 9:30 to 5 p.m." is a morning's start)."""
    for a, b in itertools.pairwise(figures):
        if a.kind != "time" or b.kind != "time" or not isinstance(a.value, str):
            continue
        if not isinstance(b.value, str) or re.search(r"[ap]\.?m", a.source):
            continue
        if not re.search(r"p\.?m", b.source) or not _DAY_PART_LINK.fullmatch(text, a.end, b.start):
            continue
        h, mi = (int(x) for x in a.value.split(":"))
        if h < 12 and f"{h + 12:02d}:{mi:02d}" <= b.value:
            a.value = f"{h + 12:02d}:{mi:02d}"
