"""Figure extraction: regular-expression rules over per-language data tables.

German (``de``) has its own hand-written rules over ``de_data`` below (the reference
implementation). Every other language uses the generic rules built by ``_generic_rules`` from one
data module ``<lang>_data.py`` (``fr_data``, ``es_data``): the rules are the same for all of them,
only the vocabulary changes. ``extract_figures(text, lang=...)`` picks the rules.

Each rule proposes candidate figures (span, kind, value, English text). Overlaps are resolved by
keeping the longest candidate first (``mehr als 1000 Container`` beats ``1000``), then the rule's
priority, then the earlier start. Rules, roughly from most to least specific:

dates and date ranges, clock times, scores, legal references and identifiers, money, percent and
percentage points, measures with units, counts with a known noun, ordinals, number words, years,
bare numbers. Fixed phrases (``vor einem Jahr``, ``Achtelfinal-Aus``) come from ``PHRASES``.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from . import de_data as D
from . import render as R
from .model import Figure
from .numbers import (
    NUMBER_PATTERN,
    format_digits,
    format_number,
    normalise_value,
    parse_number,
    without_format_chars,
)

L = "A-Za-zÄÖÜäöüßéè"
LB = rf"(?<![{L}\d])"  # left word boundary
RB = rf"(?![{L}\d])"  # right word boundary
S = r"[ \u00a0\u202f\u2009]"  # one space of any kind, no newline
SP = rf"{S}+"


def _alt(words, flags_i: bool = False) -> str:
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return f"(?i:{body})" if flags_i else f"(?:{body})"


def _word_alt(words, flags_i: bool = False) -> str:
    """Alternation with boundaries that also work for keys ending in ``.`` or symbols."""
    return rf"{LB}{_alt(words, flags_i)}(?![{L}])"


NUM = NUMBER_PATTERN
NUMWORD = rf"{LB}{_alt(D.NUMBER_WORDS, True)}{RB}"
ONE = rf"{LB}(?i:ein|eine|einer|einem|einen|eines){RB}"
SCALE = rf"(?:{_alt(D.SCALES)})(?![{L}])"
QUAL = rf"{LB}(?:{_alt(D.QUALIFIERS.keys() - {'um'}, True)}){SP}"
MONTH = rf"(?:{_alt(D.MONTHS)})(?![{L}])"
WEEKDAY = rf"{LB}(?:{_alt(D.WEEKDAYS)}){RB}"
YEAR = r"(?:1[89]\d{2}|20\d{2})(?![\d'’.,]\d)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])\."

AMOUNT = (
    rf"(?P<amt>(?:{QUAL})?(?:(?:{NUM})|{NUMWORD}|{ONE}(?={SP}{SCALE}))(?:{SP}{SCALE})?"
    rf"(?:{SP}(?i:bis)(?:{SP}zu)?{SP}(?:{NUM}))?)"
)
_AMOUNT_PARTS = re.compile(
    rf"^(?P<q>{QUAL})?(?:(?P<num>{NUM})|(?P<w>{NUMWORD})|(?P<one>{ONE}))(?:{SP}(?P<scale>{SCALE}))?"
    rf"(?:{SP}(?i:bis)(?:{SP}zu)?{SP}(?P<to>{NUM}))?$"
)

_NOUN_KEYS = rf"(?:{_alt(D.NOUNS)})(?![{L}])"
_ADJ = rf"(?:{_alt(D.ADJECTIVES)}){SP}"
_UNIT = rf"(?:{_alt(D.UNITS)})(?![{L}²])"
_CUR_AFTER = rf"(?:{_alt(D.CURRENCIES_AFTER)})(?![{L}])"
_CUR_BEFORE = rf"(?:{_alt(D.CURRENCIES_BEFORE)})"
_PER = rf"(?:{SP}(?:pro|je){SP}(?:(?P<pernum>{NUM}){SP})?(?P<per>[{L}]+))?"


@dataclass
class Amount:
    value: int | float
    text: str  # English, without qualifier
    qualifier: str | None
    words: bool
    to: int | float | None = None


def parse_amount(s: str) -> Amount:
    m = _AMOUNT_PARTS.match(s.strip())
    if not m:
        raise ValueError(s)
    q = m.group("q")
    qualifier = D.QUALIFIERS.get(q.strip().lower()) if q else None
    scale = D.SCALES.get(m.group("scale")) if m.group("scale") else None
    words = False
    if m.group("num"):
        base = parse_number(m.group("num"))
        text = format_digits(m.group("num"))
    elif m.group("w"):
        base = D.NUMBER_WORDS[m.group("w").lower()]
        text = R.number_word(base)
        words = True
    else:
        base, text, words = 1, "one", True
    value = base * scale if scale else base
    if scale:
        text = f"{text} {R.scale_word(scale)}"
    to = None
    if m.group("to"):
        to = normalise_value(parse_number(m.group("to")) * (scale or 1))
        text = f"{text} to {format_digits(m.group('to'))}"
    return Amount(normalise_value(value), text, qualifier or None, words, to)


# --------------------------------------------------------------------------------------------
# Candidate rules. Each returns (kind, value, text, qualifier, unit) or None for a match object.


class Rule:
    def __init__(self, name: str, pattern: str, handler, priority: int = 0, flags: int = 0):
        self.name = name
        self.regex = re.compile(pattern, flags)
        self.handler = handler
        self.priority = priority


RULES: list[Rule] = []


def rule(pattern: str, priority: int = 0, flags: int = 0):
    def deco(fn):
        RULES.append(Rule(fn.__name__, pattern, fn, priority, flags))
        return fn

    return deco


def _month(s: str) -> int:
    return D.MONTHS[s]


def _ctx_before(m: re.Match, n: int = 12) -> str:
    return m.string[max(0, m.start() - n) : m.start()]


# ---- fixed phrases -------------------------------------------------------------------------------


def _phrase_pattern(p: str) -> str:
    head, rest = p[0], p[1:]
    first = f"[{head.upper()}{head.lower()}]" if head.isalpha() else re.escape(head)
    return first + SP.join(re.escape(w) for w in rest.split(" "))


_PHRASE_ALT = "|".join(_phrase_pattern(p) for p in sorted(D.PHRASES, key=len, reverse=True))


@rule(rf"{LB}(?:{_PHRASE_ALT}){RB}", priority=5)
def phrase(m):
    key = re.sub(r"\s+", " ", m.group(0))
    for k, v in D.PHRASES.items():
        if k.lower() == key.lower():
            kind, value, text = v
            return kind, value, text, None, None
    return None


_ROUNDS = {
    "Achtelfinale": (16, "round of 16"),
    "Viertelfinale": (8, "quarterfinals"),
    "Viertelfinal": (8, "quarterfinals"),
    "Halbfinale": (4, "semifinals"),
    "Halbfinal": (4, "semifinals"),
    "Semifinal-Hinspiel": (4, "semi-final first leg"),
    "Semifinal-Rückspiel": (4, "semi-final second leg"),
    "Semifinale": (4, "semifinals"),
}


@rule(rf"{LB}(?:{_alt(_ROUNDS)}){RB}", priority=1)
def tournament_round(m):
    value, text = _ROUNDS[m.group(0)]
    return "ordinal", value, text, None, None


# ---- dates ---------------------------------------------------------------------------------------


def _full_date(day, month, year):
    return R.date_value(day, month, year), R.render_date(day, month, year)


@rule(rf"{LB}(?P<d>{DAY}){S}*(?P<m>{MONTH})(?:{SP}(?P<y>{YEAR}))?", priority=6)
def date_day_month(m):
    d = int(m.group("d")[:-1])
    mo = _month(m.group("m"))
    y = int(m.group("y")) if m.group("y") else None
    value, text = _full_date(d, mo, y)
    return "date", value, text, None, None


@rule(r"(?<![\d.,])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d{2}|\d{2}(?!\d))?", priority=6)
def date_numeric(m):
    d, mo = int(m.group("d")), int(m.group("m"))
    if not (1 <= d <= 31 and 1 <= mo <= 12):
        return None
    y = m.group("y")
    year = None
    if y:
        year = int(y) if len(y) == 4 else 2000 + int(y)
    value, text = _full_date(d, mo, year)
    return "date", value, text, None, None


@rule(r"(?<![\d.])(?P<d1>[0-3]?\d)\./(?P<d2>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d{2})?")
def date_numeric_pair(m):
    d1, d2, mo = int(m.group("d1")), int(m.group("d2")), int(m.group("m"))
    if not (1 <= d1 <= 31 and 1 <= d2 <= 31 and 1 <= mo <= 12):
        return None
    year = int(m.group("y")) if m.group("y") else None
    text = f"{R.MONTH_NAMES[mo]} {d1}/{d2}" + (f", {year}" if year else "")
    value = {"from": R.date_value(d1, mo, year), "to": R.date_value(d2, mo, year)}
    return "date_range", value, text, None, None


@rule(rf"{LB}(?P<pre>(?i:Anfang|Mitte|Ende){SP})?(?P<m>{MONTH})(?:{SP}(?P<y>{YEAR}))?", priority=2)
def month_year(m):
    mo = _month(m.group("m"))
    # "Mai"/"August" alone: month only after a preposition (not a name "August Müller")
    if (
        m.group("m") in ("Mai", "August")
        and not m.group("y")
        and not re.search(
            r"(?i:\b(im|in|seit|bis|ab|zum|vom|von|Anfang|Mitte|Ende)\s+)$", _ctx_before(m)
        )
        and not m.group("pre")
    ):
        return None
    y = int(m.group("y")) if m.group("y") else None
    value = R.date_value(None, mo, y)
    text = R.render_date(None, mo, y)
    if m.group("pre"):
        pre = m.group("pre").strip().capitalize()
        text = f"mid-{text}" if pre == "Mitte" else f"{D.DAY_PARTS[pre]} {text}"
    return "date", value, text, None, None


@rule(
    rf"{LB}(?i:bis{SP}zum|bis{SP}Ende|seit|ab){SP}(?P<m>{MONTH})(?:{SP}(?P<y>{YEAR}))?", priority=2
)
def month_prep(m):
    word = m.group(0).split()[0].lower()
    mo = _month(m.group("m"))
    y = int(m.group("y")) if m.group("y") else None
    eng = {"bis": "until", "seit": "since", "ab": "from"}[word]
    if re.match(r"(?i)bis\s+Ende", m.group(0)):
        eng = "until the end of"
    return "date", R.date_value(None, mo, y), f"{eng} {R.render_date(None, mo, y)}", None, None


_DATE_ANY = rf"(?:{DAY}{S}*(?:{MONTH})?(?:{SP}{YEAR})?)"


def _parse_loose_date(s: str):
    s = s.strip()
    m = re.match(rf"^(?P<d>{DAY}){S}*(?P<m>{MONTH})?(?:{SP}(?P<y>{YEAR}))?$", s)
    if m:
        return (
            int(m.group("d")[:-1]),
            _month(m.group("m")) if m.group("m") else None,
            (int(m.group("y")) if m.group("y") else None),
        )
    m = re.match(rf"^(?P<m>{MONTH})(?:{SP}(?P<y>{YEAR}))?$", s)
    if m:
        return None, _month(m.group("m")), int(m.group("y")) if m.group("y") else None
    return None


@rule(
    rf"{LB}(?P<pre>(?i:vom|von|zwischen{SP}dem|zwischen)){SP}(?P<a>{_DATE_ANY}|{MONTH}(?:{SP}{YEAR})?)"
    rf"{SP}(?P<mid>bis(?:{SP}(?:einschließlich|inklusive|zum))?|und(?:{SP}dem)?|auf){SP}"
    rf"(?P<b>{_DATE_ANY}|{MONTH}(?:{SP}{YEAR})?)",
    priority=7,
)
def date_range(m):
    a, b = _parse_loose_date(m.group("a")), _parse_loose_date(m.group("b"))
    if not a or not b:
        return None
    (d1, m1, y1), (d2, m2, y2) = a, b
    if m2 is None:
        return None
    m1 = m1 or m2
    if (d1 and not d2) or (d2 and not d1):
        return None
    same_year = y1 is None and y2 is not None
    pre = m.group("pre").lower()
    mid = re.sub(r"\s+", " ", m.group("mid"))
    first = R.render_date(d1, m1, None if same_year else y1)
    second = R.render_date(d2, m2, y2)
    if pre.startswith("zwischen"):
        text = f"between {first} and {second}"
    elif "einschließlich" in mid or "inklusive" in mid:
        text = f"from {first} up to and including {second}"
    else:
        text = f"from {first} to {second}"
    y1 = y1 or y2
    value = {"from": R.date_value(d1, m1, y1), "to": R.date_value(d2, m2, y2)}
    return "date_range", value, text, None, None


@rule(rf"{LB}(?P<a>{MONTH}){SP}und{SP}(?P<b>{MONTH})(?:{SP}(?P<y>{YEAR}))?", priority=3)
def month_pair(m):
    y = int(m.group("y")) if m.group("y") else None
    m1, m2 = _month(m.group("a")), _month(m.group("b"))
    text = f"{R.MONTH_NAMES[m1]} and {R.render_date(None, m2, y)}"
    return "date", [R.date_value(None, m1, y), R.date_value(None, m2, y)], text, None, None


@rule(
    rf"(?P<pre>{LB}(?i:zwischen){SP})?{LB}(?P<a>{YEAR}){SP}(?P<mid>bis|und){SP}(?P<b>{YEAR}){RB}",
    priority=3,
)
def year_range(m):
    a, b = int(m.group("a")), int(m.group("b"))
    if b <= a:
        return None
    if m.group("pre"):
        text = f"between {a} and {b}"
    elif m.group("mid") == "und":
        return None
    else:
        text = f"{a} to {b}"
    return "date_range", {"from": a, "to": b}, text, None, None


@rule(
    rf"{LB}(?:(?P<noun>{_alt(D.YEAR_NOUNS)}){SP})?(?P<a>(?:19|20)\d{{2}})/(?P<b>\d{{2}}){RB}",
    priority=3,
)
def season(m):
    a = int(m.group("a"))
    b = int(m.group("a")[:2] + m.group("b"))
    text = f"{a}/{m.group('b')}"
    if m.group("noun"):
        text = f"{text} {D.YEAR_NOUNS[m.group('noun')]}"
    return "date_range", {"from": a, "to": b}, text, None, None


@rule(
    rf"{LB}(?:(?P<noun>{_alt(D.YEAR_NOUNS)}|Jahre?s?|(?i:seit|bis|ab)){SP})?(?P<y>{YEAR})(?![{L}\d%'’:/-]|[.,]\d|{S}(?:Prozent|Euro|Franken))",
    priority=1,
)
def year(m):
    y = int(m.group("y"))
    noun = m.group("noun")
    text = str(y)
    if noun:
        low = noun.lower()
        if low in ("seit", "bis", "ab"):
            text = {"seit": "since", "bis": "until", "ab": "from"}[low] + f" {y}"
        elif noun.startswith("Jahr"):
            if re.search(r"(?i:\b(das|ins|in\s+das)\s+)$", _ctx_before(m)):
                text = f"the year {y}"
        else:
            text = (
                f"{D.YEAR_NOUNS[noun]} {y}"
                if noun == "Spielplatzentwicklungskonzept"
                else f"{y} {D.YEAR_NOUNS[noun]}"
            )
    return "year", y, text, None, None


@rule(
    rf"(?P<pre>{LB}(?:am|Am){SP}(?:(?P<last>vergangenen|kommenden|nächsten){SP})?)?(?P<w>{WEEKDAY})",
    priority=1,
)
def weekday(m):
    eng = D.WEEKDAYS[m.group("w")]
    text = eng
    if m.group("last"):
        text = {"vergangenen": "last", "kommenden": "next", "nächsten": "next"}[
            m.group("last")
        ] + f" {eng}"
        return "date", eng, text, None, None
    # "am Freitag" -> span is the weekday itself
    return "date", eng, text, None, None, m.end(), m.start("w") - m.start()


@rule(
    rf"(?P<w1>{WEEKDAY})(?:{SP}und{SP}(?P<w2>{WEEKDAY}))?,{SP}(?P<rest>"
    rf"(?P<d1>[0-3]?\d)\.(?:/(?P<d2>[0-3]?\d)\.)?(?P<mo>[01]?\d)\.(?P<y>(?:19|20)\d{{2}})?"
    rf"|(?P<h>[0-2]?\d)[.:](?P<mi>[0-5]\d){SP}Uhr)",
    priority=4,
)
def weekday_date(m):
    w1 = D.WEEKDAYS[m.group("w1")]
    days = w1 if not m.group("w2") else f"{w1} and {D.WEEKDAYS[m.group('w2')]}"
    if m.group("h"):
        h, mi = int(m.group("h")), int(m.group("mi"))
        if h > 24:
            return None
        return "time", f"{h:02d}:{mi:02d}", f"{days}, {R.render_time(h, mi)}", None, None
    d1, mo = int(m.group("d1")), int(m.group("mo"))
    if not (1 <= d1 <= 31 and 1 <= mo <= 12):
        return None
    y = int(m.group("y")) if m.group("y") else None
    if m.group("d2"):
        d2 = int(m.group("d2"))
        text = f"{days}, {R.MONTH_NAMES[mo]} {d1}/{d2}" + (f", {y}" if y else "")
        return (
            "date_range",
            {"from": R.date_value(d1, mo, y), "to": R.date_value(d2, mo, y)},
            text,
            None,
            None,
        )
    return "date", R.date_value(d1, mo, y), f"{days}, {R.render_date(d1, mo, y)}", None, None


@rule(rf"(?<![\d.,:])(?P<h>[0-2]?\d)(?:[.:](?P<mi>[0-5]\d))?{SP}Uhr{RB}", priority=5)
def clock_time(m):
    h = int(m.group("h"))
    mi = int(m.group("mi") or 0)
    if h > 24:
        return None
    return "time", f"{h:02d}:{mi:02d}", R.render_time(h, mi), None, None


# ---- scores --------------------------------------------------------------------------------------

_SET = r"\d{1,2}:\d{1,2}(?:" + S + r"?\(\d{1,2}:\d{1,2}\))?"


@rule(
    rf"(?<![\d:.,])(?P<sets>{_SET}(?:,{S}?{_SET})*)(?![\d]|{S}?Uhr|:\d)(?:-(?P<noun>{_alt(D.SCORE_NOUNS)}){RB})?",
    priority=4,
)
def score(m):
    noun = m.group("noun")
    flip = bool(noun and D.SCORE_NOUNS[noun][1])
    sets = []
    texts = []
    for part in re.finditer(r"(\d{1,2}):(\d{1,2})(?:\s?\((\d{1,2}):(\d{1,2})\))?", m.group("sets")):
        a, b = int(part.group(1)), int(part.group(2))
        if flip:
            a, b = b, a
        t = f"{a}-{b}"
        if part.group(3):
            c, d = int(part.group(3)), int(part.group(4))
            if flip:
                c, d = d, c
            t += f" ({c}-{d})"
        sets.append([a, b])
        texts.append(t)
    text = ", ".join(texts)
    if noun:
        text = f"{text} {D.SCORE_NOUNS[noun][0]}"
    value = {"home": sets[0][0], "away": sets[0][1]} if len(sets) == 1 else {"sets": sets}
    return "score", value, text, None, None


# ---- identifiers ---------------------------------------------------------------------------------


@rule(
    rf"§{S}?(?P<n>\d+[a-z]?)(?:{SP}(?:Abs\.|Absatz){S}?(?P<abs>\d+))?(?:{SP}(?:Satz|S\.){S}?(?P<satz>\d+))?"
    rf"(?:{SP}(?:Nr\.|Nummer){S}?(?P<nr>\d+))?(?:{SP}(?P<law>[A-Z][A-Za-z]*[A-Z]{{1,}}[A-Za-z]*))?",
    priority=6,
)
def legal_ref(m):
    text = f"Section {m.group('n')}"
    if m.group("abs"):
        text += f"({m.group('abs')})"
    if m.group("satz"):
        text += f", {R.ordinal_word(int(m.group('satz')))} sentence"
        if m.group("law"):
            text += ","
    if m.group("nr"):
        text += f", no. {m.group('nr')}"
    if m.group("law"):
        text += f" {m.group('law')}"
    return "identifier", m.group(0), text, None, None


@rule(
    rf"{LB}\d{{1,4}}{SP}[A-Z][A-Za-z]{{1,6}}(?:{SP}\([A-Za-z]+\))?{SP}\d{{1,5}}/\d{{2,4}}{RB}",
    priority=6,
)
def file_number(m):
    return "identifier", m.group(0), m.group(0), None, None


_LABELS = _alt(D.ID_LABELS)


@rule(
    rf"(?P<pre>{LB}[A-Z][A-Za-z]*-)?(?P<label>{_LABELS}){S}?(?P<n>[IVX]+|\d+[a-z]?|(?i:eins|zwei|drei|vier|fünf)){RB}"
    rf"(?:{SP}(?P<label2>Nr\.){S}?(?P<n2>\d+))?(?:{SP}(?P<conj>und|bis){SP}(?P<n3>\d+))?"
    rf"(?P<welt>{SP}der{SP}Welt)?",
    priority=2,
)
def labelled_identifier(m):
    label = m.group("label")
    n = m.group("n")
    if label == "Nummer":
        if n.isdigit():
            value = int(n)
            text = f"world number {n}" if m.group("welt") else f"number {n}"
        else:
            value = D.NUMBER_WORDS.get(n.lower(), 1)
            text = f"number {R.number_word(value)}"
            if m.group("welt"):
                text = f"world number {R.number_word(value)}"
        return "ordinal", value, text, None, None
    if label in (
        "Teil",
        "Artikel",
        "Halle",
        "Seite",
        "Kapitel",
        "Anlage",
        "Gleis",
        "Linie",
        "Tor",
    ) and not (n.isdigit() or re.fullmatch(r"[IVX]+|\d+[a-z]", n)):
        return None
    if label in ("Artikel", "Seite", "Kapitel") and m.group("pre"):
        return None
    if n in ("I",) and label not in ("Teil",):
        return None
    eng = D.ID_LABELS[label]
    if m.group("pre") and label == "Nr.":
        eng = m.group("pre").rstrip("-") + " " + eng
    elif m.group("pre"):
        return None
    if not n[0].isdigit() and not re.fullmatch(r"[IVX]+", n):
        n = R.number_word(D.NUMBER_WORDS[n.lower()])
    if m.group("n3"):
        conj = "and" if m.group("conj") == "und" else "to"
        eng = eng + "s" if label in ("Artikel", "Seite") else eng
        text = f"{eng} {n} {conj} {m.group('n3')}"
    else:
        text = f"{eng} {n}"
    if m.group("n2"):
        text += f" No. {m.group('n2')}"
    if m.group("welt"):
        text += " of the world"
    return "identifier", m.group(0), text, None, None


_CHEM = {
    "co2": "CO2",
    "covid-19": "COVID-19",
    "sars-cov-2": "SARS-CoV-2",
    "h2o": "H2O",
    "no2": "NO2",
}


@rule(
    rf"{LB}(?:(?P<chem>(?i:CO2|Covid-19|SARS-CoV-2|NO2))|(?P<id>[A-Z][A-Z]?[A-Za-z]?(?:{S}|-)?\d{{1,4}}[a-z]?)"
    rf"|(?P<threed>\d-D))(?![\d])",
    priority=2,
)
def identifier(m):
    if m.group("chem"):
        return "identifier", m.group(0), _CHEM.get(m.group(0).lower(), m.group(0)), None, None
    s = m.group(0)
    if m.group("id"):
        letters = re.match(r"[A-Za-z]+", s).group(0)
        if letters.lower() in {
            "um",
            "am",
            "im",
            "in",
            "an",
            "ab",
            "zu",
            "so",
            "da",
            "es",
            "er",
            "ob",
            "wo",
            "je",
            "ca",
        }:
            return None
        if (
            len(letters) >= 2
            and not letters.isupper()
            and not re.fullmatch(r"[A-Z][a-z]?", letters)
        ):
            return None
        if (" " in s or "\u00a0" in s) and not letters.isupper():
            return None
        if not letters.isupper() and "-" not in s and len(letters) > 1:
            return None
    return "identifier", s, s, None, None


@rule(rf"{LB}\d\.{S}?(?:FC|FSV|SC|SV|VfB|VfL|FFC){SP}[A-ZÄÖÜ][{L}]+", priority=6)
def club(m):
    return "identifier", m.group(0), m.group(0), None, None


@rule(rf"{LB}[A-Z]/[A-Z]{S}?(?:-\d{{1,2}}|\d{{1,2}}-)(?![\d])", priority=3)
def age_class(m):
    return "identifier", m.group(0), m.group(0), None, None


# ---- money, percent, measures, counts ------------------------------------------------------------


def _cur_text(code: str, amount: Amount, before_symbol: str | None = None) -> str:
    if before_symbol and code == "CHF":
        return f"CHF {amount.text}"
    if before_symbol and code == "USD":
        return f"${amount.text}" if before_symbol == "$" else f"US${amount.text}"
    if before_symbol and code == "GBP":
        return f"£{amount.text}"
    singular, many = D.ENGLISH_CURRENCIES[code]
    word = singular if amount.value == 1 and not amount.to else many
    return f"{amount.text} {word}"


@rule(
    rf"(?P<pre>{LB}(?i:zwischen){SP})?(?P<cur>{_CUR_BEFORE}){S}?{AMOUNT}(?:{SP}und{SP}(?P<b>{NUM}))?(?![\d])",
    priority=4,
)
def money_before(m):
    amount = parse_amount(m.group("amt"))
    code = D.CURRENCIES_BEFORE[m.group("cur")]
    if m.group("cur") == "Fr." and not isinstance(amount.value, (int, float)):
        return None
    if m.group("b") and not m.group("pre"):
        return None
    text = _cur_text(code, amount, m.group("cur"))
    value = amount.value
    if m.group("b"):
        b = parse_number(m.group("b"))
        text = f"between {text} and {format_digits(m.group('b'))}"
        value = {"from": amount.value, "to": normalise_value(b)}
    return "money", value, R.with_qualifier(amount.qualifier, text), amount.qualifier, code


@rule(rf"{AMOUNT}{S}?(?P<cur>{_CUR_AFTER})", priority=4)
def money_after(m):
    amount = parse_amount(m.group("amt"))
    code = D.CURRENCIES_AFTER[m.group("cur")]
    text = _cur_text(code, amount)
    value = amount.value if amount.to is None else {"from": amount.value, "to": amount.to}
    return "money", value, R.with_qualifier(amount.qualifier, text), amount.qualifier, code


@rule(
    rf"{AMOUNT}{S}?(?P<p>%|Prozent(?:punkte?n?)?(?![{L}]))(?P<of>{SP}des{SP}Bruttoinlandsproduktes)?"
)
def percent(m):
    amount = parse_amount(m.group("amt"))
    p = m.group("p")
    value = amount.value if amount.to is None else {"from": amount.value, "to": amount.to}
    if p.startswith("Prozentpunkt"):
        word = "percentage point" if amount.value == 1 else "percentage points"
        return (
            "percentage_points",
            value,
            R.with_qualifier(amount.qualifier, f"{amount.text} {word}"),
            amount.qualifier,
            "pp",
        )
    text = f"{amount.text}%" if p == "%" else f"{amount.text} percent"
    if m.group("of"):
        text += " of gross domestic product"
    return "percent", value, R.with_qualifier(amount.qualifier, text), amount.qualifier, "%"


_PER_ENGLISH_A = {
    "Jahr": "a year",
    "Tag": "a day",
    "Woche": "a week",
    "Monat": "a month",
    "Stunde": "an hour",
    "Person": "per person",
    "Kopf": "per head",
    "Stück": "apiece",
}


def _per_text(m) -> tuple[str, str | None]:
    per = m.group("per")
    if not per:
        return "", None
    if m.group("pernum"):
        noun = D.NOUNS.get(per) or D.UNITS.get(per)
        if not noun:
            return "", None
        n = parse_number(m.group("pernum"))
        return f" per {format_digits(m.group('pernum'))} {R.plural(noun, n)}", per
    if per in _PER_ENGLISH_A:
        return f" {_PER_ENGLISH_A[per]}", per
    unit = D.UNITS.get(per) or D.NOUNS.get(per)
    if unit:
        return f" per {unit[0]}", per
    return "", None


@rule(rf"{AMOUNT}{SP}(?P<unit>{_UNIT}){_PER}")
def measure(m):
    amount = parse_amount(m.group("amt"))
    unit_de = m.group("unit")
    per, per_de = _per_text(m)
    end = m.end() if per_de else m.end("unit")
    eng = R.plural(D.UNITS[unit_de], amount.value, force_plural=amount.to is not None)
    value = amount.value if amount.to is None else {"from": amount.value, "to": amount.to}
    text = R.with_qualifier(amount.qualifier, f"{amount.text} {eng}{per}")
    return ("measure", value, text, amount.qualifier, unit_de, end)


_TIME_UNITS = "Stunden|Stunde|Minuten|Minute|Sekunden|Tage|Tagen|Wochen|Monate|Monaten|Jahre|Jahren"


@rule(
    rf"(?<![\d.,])(?P<a>\d+){SP}(?P<u1>{_TIME_UNITS}){SP}und{SP}(?P<b>\d+){SP}(?P<u2>{_TIME_UNITS}){RB}",
    priority=2,
)
def compound_duration(m):
    a, b = int(m.group("a")), int(m.group("b"))
    u1, u2 = D.UNITS[m.group("u1")], D.UNITS[m.group("u2")]
    text = f"{a} {R.plural(u1, a)} and {b} {R.plural(u2, b)}"
    return "measure", {u1[1]: a, u2[1]: b}, text, None, m.group("u1")


@rule(rf"{LB}ab{SP}(?P<n>\d+|{NUMWORD}){SP}Jahren{RB}", priority=2)
def age_from(m):
    n = m.group("n")
    value = int(n) if n.isdigit() else D.NUMBER_WORDS[n.lower()]
    shown = n if n.isdigit() else R.number_word(value)
    return "measure", value, f"aged {shown} and over", "at least", "years"


@rule(rf"(?<![\d.,])(?P<n>\d{{1,3}}|{NUMWORD})-(?:[Jj]ährige[nrms]?|[Jj]ähriger){RB}", priority=3)
def age(m):
    n = m.group("n")
    value = int(n) if n.isdigit() else D.NUMBER_WORDS[n.lower()]
    shown = n if n.isdigit() else R.number_word(value)
    return "measure", value, f"{shown}-year-old", None, "years"


@rule(
    rf"{LB}(?i:von){SP}(?P<a>{NUM}){SP}(?:auf|bis){SP}(?P<b>{NUM}){SP}(?P<unit>{_UNIT})", priority=2
)
def from_to_measure(m):
    a, b = parse_number(m.group("a")), parse_number(m.group("b"))
    unit = D.UNITS[m.group("unit")]
    text = (
        f"from {format_digits(m.group('a'))} to {format_digits(m.group('b'))} {R.plural(unit, b)}"
    )
    return (
        "measure",
        {"from": normalise_value(a), "to": normalise_value(b)},
        text,
        None,
        m.group("unit"),
    )


@rule(rf"{AMOUNT}{SP}(?P<adj>(?:{_ADJ}){{0,2}})(?P<noun>{_NOUN_KEYS}){_PER}")
def count(m):
    amount = parse_amount(m.group("amt"))
    noun_de = m.group("noun")
    per, per_de = _per_text(m)
    end = m.end() if per_de else m.end("noun")
    adjs = [D.ADJECTIVES[a] for a in m.group("adj").split()] if m.group("adj") else []
    noun_en = R.plural(D.NOUNS[noun_de], amount.value, force_plural=isinstance(amount.value, float))
    text = " ".join([amount.text, *adjs, noun_en]) + per
    if amount.to is not None:
        return (
            "count",
            {"from": amount.value, "to": amount.to},
            R.with_qualifier(amount.qualifier, text),
            amount.qualifier,
            noun_de,
            end,
        )
    return (
        "count",
        amount.value,
        R.with_qualifier(amount.qualifier, text),
        amount.qualifier,
        noun_de,
        end,
    )


@rule(
    rf"{LB}(?P<v>(?i:Dutzende|Hunderte|Hunderter|Tausende|Tausender|Zehntausende|Hunderttausende)){RB}(?:{SP}(?P<noun>{_NOUN_KEYS}))?",
    priority=1,
)
def vague(m):
    eng, value = D.VAGUE_WORDS[m.group("v").lower()]
    if m.group("noun"):
        return (
            "count",
            value,
            f"{eng} of {D.NOUNS[m.group('noun')][1]}",
            "approximately",
            m.group("noun"),
        )
    return "count", value, eng, "approximately", None


@rule(
    rf"(?P<art>{LB}(?i:die|den|der|des|diese|dieser|diesen){SP})?{LB}(?P<b>[Bb]eiden?){RB}(?:{SP}(?P<adj>(?:{_ADJ}){{0,2}})(?P<noun>{_NOUN_KEYS}))?",
    priority=1,
)
def both(m):
    article = bool(m.group("art"))
    start_off = m.start("b") - m.start()
    noun = m.group("noun")
    adjs = [D.ADJECTIVES[a] for a in m.group("adj").split()] if m.group("adj") else []
    word = "the two" if article else "both"
    text = " ".join([word, *adjs, D.NOUNS[noun][1]]) if noun else word
    return ("count", 2, text, None, noun, m.end(), start_off)


# ---- ordinals ------------------------------------------------------------------------------------

_ORD_NOUNS = {
    "Platz": "place",
    "Rang": "place",
    "Minute": "minute",
    "Runde": "round",
    "Quartal": "quarter",
    "Spieltag": "matchday",
    "Mal": "time",
    "Stock": "floor",
    "Etappe": "stage",
    "Liga": "division",
    "Klasse": "grade",
    "Halbjahr": "half",
    "Jahrhundert": "century",
    "Jahrestag": "anniversary",
    "Durchgang": "round",
    "Lauf": "race",
    "Sitzung": "sitting",
    "Woche": "week",
    "Monat": "month",
    "Jahrhunderts": "century",
    "Quartals": "quarter",
    "Tag": "day",
}


@rule(
    rf"(?P<im>{LB}(?:im|Im|am|Am|beim|zum){SP})?(?<![\d.,])(?P<n>\d{{1,3}})\.{SP}(?P<noun>{_alt(_ORD_NOUNS)}){RB}",
    priority=3,
)
def ordinal_digits(m):
    n = int(m.group("n"))
    noun = m.group("noun")
    eng = _ORD_NOUNS[noun]
    start_off = m.start("n") - m.start()
    if noun in D.WORD_ORDINAL_NOUNS:
        text = f"{R.ordinal_word(n)} {eng}"
        if m.group("im") and m.group("im").strip().lower() == "im":
            start_off = 0
            text = f"in the {text}"
        elif m.group("im") and m.group("im").strip().lower() == "zum":
            start_off = 0
            text = f"for the {text}"
    else:
        text = f"{R.ordinal_suffix(n)} {eng}"
    return ("ordinal", n, text, None, noun, m.end(), start_off)


@rule(rf"{LB}(?P<label>Rang|Platz|Satz|Runde){SP}(?P<n>\d{{1,3}}|{NUMWORD}|eins){RB}", priority=2)
def rank(m):
    n = m.group("n")
    value = int(n) if n.isdigit() else D.NUMBER_WORDS.get(n.lower(), 1)
    label = m.group("label")
    eng = {"Rang": "place", "Platz": "place", "Satz": "set", "Runde": "round"}[label]
    if n.isdigit() and label in ("Rang", "Platz"):
        return "ordinal", value, f"{R.ordinal_suffix(value)} {eng}", None, label
    return "ordinal", value, f"{R.ordinal_word(value)} {eng}", None, label


_ORD_STEM = _alt(D.ORDINAL_STEMS, True)


@rule(
    rf"(?P<art>{LB}(?:der|die|das|Der|Die|Das){SP})?{LB}(?P<stem>{_ORD_STEM})(?P<end>e|en|er|es|em){RB}"
    rf"(?:{SP}(?P<count>{NUMWORD}))?(?:{SP}(?P<noun>{_NOUN_KEYS}))?",
)
def ordinal_word(m):
    stem = m.group("stem").lower()
    value = D.ORDINAL_STEMS[stem]
    if stem == "acht" and m.group("end") in ("e", "en"):
        return None  # "achten" is a verb far more often than "the eighth"
    eng = R.ordinal_word(value)
    parts = [eng]
    many = False
    if m.group("count"):
        parts.append(R.number_word(D.NUMBER_WORDS[m.group("count").lower()]))
        many = True
    noun = m.group("noun")
    if noun:
        many = many or noun.endswith("ungen")
        parts.append(D.NOUNS[noun][1] if many else D.NOUNS[noun][0])
    elif m.group("count"):
        return None
    text = " ".join(parts)
    if m.group("art") and not noun:
        text = f"the {text}"
    return "ordinal", value, text, None, noun


# ---- number words and bare numbers ---------------------------------------------------------------


@rule(
    rf"{LB}(?P<one>(?i:eine|einer|einem|einen)){SP}(?P<scale>Million|Milliarde|Billion){RB}(?:{SP}(?P<noun>{_NOUN_KEYS}))?",
    priority=1,
)
def one_scale(m):
    scale = D.SCALES[m.group("scale")]
    text = f"one {R.scale_word(scale)}"
    if m.group("noun"):
        text += f" {D.NOUNS[m.group('noun')][1]}"
    return "number", normalise_value(scale), text, None, None


@rule(rf"(?:{QUAL})?{NUMWORD}(?:{SP}(?P<scale>{SCALE}))?", priority=-1)
def number_word(m):
    amount = parse_amount(m.group(0))
    if amount.value == 0 and m.group(0).lower().startswith("null"):
        return None
    return (
        "number",
        amount.value,
        R.with_qualifier(amount.qualifier, amount.text),
        amount.qualifier,
        None,
    )


@rule(rf"(?:{QUAL})?(?P<n>{NUM})(?:{SP}(?P<scale>{SCALE}))?(?![{L}])", priority=-2)
def bare_number(m):
    amount = parse_amount(m.group(0))
    return (
        "number",
        amount.value,
        R.with_qualifier(amount.qualifier, amount.text),
        amount.qualifier,
        None,
    )


# --------------------------------------------------------------------------------------------------


def _candidates(text: str, start: int, end: int, rules: list[Rule] | None = None):
    out = []
    german = rules is None
    for r in RULES if rules is None else rules:
        for m in r.regex.finditer(text, start, end):
            if m.end() == m.start():
                continue
            try:
                res = r.handler(m)
            except (KeyError, ValueError):
                res = None
            if not res:
                continue
            kind, value, eng, qual, unit, *rest = res
            s, e = m.start(), m.end()
            if rest:
                e = rest[0]
                if len(rest) > 1:
                    s = m.start() + rest[1]
            while e > s and text[e - 1] in " \u00a0\t":
                e -= 1
            if german and qual and _preposition_ueber(text, s):
                # "diskutierte über zehn Anfragen": "über" is the verb's preposition here
                s = s + len(text[s:].split(None, 1)[0])
                while text[s].isspace():
                    s += 1
                eng = eng.removeprefix(qual + " ")
                qual = None
            out.append((s, e, r.priority, kind, value, eng, qual, unit, r.name))
    return out


_UEBER_VERBS = re.compile(
    r"(?i:\b(?:diskutier|debattier|berat|berät|sprach|sprech|sprich|bericht|entschied|entscheid|"
    r"verhandel|informier|abstimm|stimmt|verfüg|freut|klagt|streit|urteil)\w*\s+(?:\w+\s+){0,3})$"
)


def _preposition_ueber(text: str, start: int) -> bool:
    word = text[start : start + 5].lower()
    if not word.startswith("über"):
        return False
    return bool(_UEBER_VERBS.search(text[max(0, start - 60) : start]))


def extract_figures(
    text: str, start: int = 0, end: int | None = None, lang: str = "de"
) -> list[Figure]:
    """Every figure in ``text[start:end]``; offsets index ``text``; sorted, non-overlapping.

    Invisible format characters (soft hyphen, zero-width space ...) neither split nor end a
    figure: the rules read the text without them, and the offsets are mapped back to ``text``.
    """
    rules = rules_for(lang)
    end = len(text) if end is None else end
    clean, where = without_format_chars(text)
    if where is not None:
        figures = extract_figures(
            clean, bisect_left(where, start), bisect_left(where, end), lang=lang
        )
        for f in figures:
            f.start, f.end = where[f.start], where[f.end - 1] + 1
            f.source = text[f.start : f.end]
        return figures
    cands = _candidates(text, start, end, None if lang == "de" else rules)
    cands.sort(key=lambda c: (-(c[1] - c[0]), -c[2], c[0]))
    taken: list[tuple[int, int]] = []
    chosen = []
    for c in cands:
        s, e = c[0], c[1]
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        chosen.append(c)
    chosen.sort(key=lambda c: c[0])
    figures = []
    for s, e, _prio, kind, value, eng, qual, unit, _name in chosen:
        figures.append(
            Figure(
                source=text[s:e],
                start=s,
                end=e,
                kind=kind,
                value=value,
                text=eng,
                qualifier=qual,
                unit=unit,
            )
        )
    return figures


# ==================================================================================================
# Generic rules for languages described by one data module (``fr_data``, ``es_data``, ...).
#
# A data module provides the tables listed in ``_REQUIRED``; see ``fr_data`` for the documented
# shape. The rules below cover: fixed phrases, dates (``7 septembre``, ``1er octobre 2023``,
# ``7 de septiembre``, ``1 de octubre de 2023``, ``30/10/2019``), date ranges (``entre le 7
# septembre et le 1er octobre``, ``del 7 de septiembre al 1 de octubre``), months (``mi-avril``,
# ``octubre de 2023``), weekdays, clock times (``12h30``, ``a las 12.30 horas``), years and year
# ranges, money, percent and percentage points, measures, counts with a noun, vague plurals
# (``des centaines de``), ordinals (``3e trimestre``, ``tercer puesto``), identifiers
# (``COVID-19``), number words and bare numbers. The English text follows ``render``.

_REQUIRED = (
    "MONTHS", "WEEKDAYS", "NUMBER_WORDS", "ONE_WORDS", "VAGUE_WORDS", "ORDINAL_WORDS",
    "ORDINAL_WORDS_NEED_NOUN", "ORDINAL_SUFFIXES", "ORDINAL_NOUNS", "QUALIFIERS", "SCALES", "OF",
    "RANGE_BETWEEN", "RANGE_FROM", "RANGE_MID", "CURRENCIES_AFTER", "CURRENCIES_BEFORE",
    "ENGLISH_CURRENCIES", "PERCENT_WORDS", "POINTS_WORDS", "UNITS", "PER", "NOUNS", "ADJECTIVES",
    "PHRASES", "DAY_SUFFIXES", "DATE_LINK", "YEAR_LINK", "DATE_RANGE_BETWEEN", "DATE_RANGE_FROM",
    "DATE_RANGE_AND", "DATE_RANGE_TO", "DAY_PARTS", "YEAR_PREPS", "TIME_PREFIXES", "TIME_SEP",
    "TIME_SUFFIXES", "TIME_SUFFIXES_ALONE",
)  # fmt: skip

GL = "A-Za-zÀ-ÖØ-öø-ÿœŒ"  # letters of the Latin-1 languages, for word boundaries
GLB = rf"(?<![{GL}\d])"
GRB = rf"(?![{GL}\d])"
_APOS = "['’]"
_WORD_ORDINAL_EN = {"quarter", "half", "time"}  # "3e trimestre" -> "third quarter"


def _galt(words, flags_i: bool = True) -> str:
    """Case-insensitive alternation, longest first; spaces match any space, ' matches ’ too."""
    if not words:
        return "(?!)"
    parts = []
    for w in sorted(words, key=len, reverse=True):
        p = re.sub("['’]", lambda _: _APOS, re.escape(w).replace(r"\ ", SP))
        parts.append(p)
    body = "|".join(parts)
    return f"(?i:{body})" if flags_i else f"(?:{body})"


def _lookup(table: dict, key: str):
    """Value for a matched key, ignoring case, apostrophe style and space kind."""
    norm = re.sub(rf"{S}+", " ", key).replace("’", "'")
    if norm in table:
        return table[norm]
    low = norm.lower()
    for k, v in table.items():
        if k.replace("’", "'").lower() == low:
            return v
    raise KeyError(key)


def _q_alt(keys) -> str:
    """Qualifier keys: a space after ordinary keys, none after keys ending in an apostrophe."""
    spaced = [k for k in keys if not k.endswith(("'", "’"))]
    apos = [k for k in keys if k.endswith(("'", "’"))]
    out = [rf"{GLB}{_galt(spaced)}{SP}"]
    if apos:
        out.append(rf"{GLB}{_galt(apos)}{S}?")
    return "(?:" + "|".join(out) + ")"


_SIGN = r"[+\-–−]"


def _amount_regex(L_: dict, named: bool) -> str:
    def g(name: str, body: str) -> str:
        return f"(?P<{name}>{body})" if named else f"(?:{body})"

    num = NUM
    mid = L_["mid"]
    return (
        f"{g('q', L_['qual'])}?"
        f"(?:{g('rp', L_['rpre'])}{SP}(?={num}{SP}{mid}{SP}{num}))?"
        f"(?:(?<![\\w]){g('sign', _SIGN)}{S}?)?"
        f"(?:{g('num', num)}|{g('w', L_['numword'])}|{g('one', L_['one'])}(?={SP}{L_['scale']}))"
        f"(?:{SP}{g('mid', mid)}{SP}{g('to', num)})?"
        f"(?:{SP}{g('scale', L_['scale'])})?"
    )


def _generic_rules(D) -> list[Rule]:
    missing = [name for name in _REQUIRED if not hasattr(D, name)]
    if missing:
        raise ValueError(f"{D.__name__} lacks {', '.join(missing)}")
    rules: list[Rule] = []

    def add(pattern: str, priority: int = 0):
        def deco(fn):
            rules.append(Rule(fn.__name__, pattern, fn, priority))
            return fn

        return deco

    NL = rf"(?![{GL}])"
    parts = {
        "qual": _q_alt(D.QUALIFIERS),
        "rpre": rf"{GLB}{_galt(list(D.RANGE_BETWEEN) + list(D.RANGE_FROM))}",
        "mid": _galt(D.RANGE_MID),
        "numword": rf"{GLB}{_galt(D.NUMBER_WORDS)}{GRB}",
        "one": rf"{GLB}{_galt(D.ONE_WORDS)}{GRB}",
        "scale": rf"{_galt(D.SCALES, False)}{NL}",
    }
    AMT = f"(?P<amt>{_amount_regex(parts, False)})"
    parts_re = re.compile(f"^{_amount_regex(parts, True)}$")
    OFP = rf"(?:{SP}(?:{_galt([o for o in D.OF if not o.endswith((chr(39), '’'))])}{SP}"
    OFP += rf"|{_galt([o for o in D.OF if o.endswith((chr(39), '’'))])}{S}?))"
    MONTH = rf"{_galt(D.MONTHS)}{NL}"
    WEEKDAY = rf"{GLB}{_galt(D.WEEKDAYS)}{NL}"
    YEAR = r"(?<![\d.,'’])(?:1[89]\d{2}|20\d{2})(?![\d'’]|[.,]\d)"
    DAYP = rf"(?:[12]\d|3[01]|0?[1-9])(?:{_galt(D.DAY_SUFFIXES)})?"
    DL = rf"{SP}(?:{_galt(D.DATE_LINK)}{SP})?" if D.DATE_LINK else SP
    YL = rf"{SP}(?:{_galt(D.YEAR_LINK)}{SP})?" if D.YEAR_LINK else SP
    NOUN = rf"{_galt(D.NOUNS)}{NL}"
    UNIT = rf"(?:{_galt(D.UNITS, False)})(?![{GL}²/])"
    CUR_AFTER = rf"(?:{_galt(D.CURRENCIES_AFTER, False)})(?![{GL}])"
    CUR_BEFORE = _galt(D.CURRENCIES_BEFORE, False)
    PER = rf"(?:{SP}(?P<per>{_galt(D.PER)}){NL})?"
    between = {w.lower() for w in D.RANGE_BETWEEN}

    def parse(s: str) -> Amount:
        m = parts_re.match(s.strip())
        if not m:
            raise ValueError(s)
        qualifier = _lookup(D.QUALIFIERS, m.group("q").strip()) if m.group("q") else None
        if m.group("sign"):
            qualifier = "up" if m.group("sign") == "+" else "down"
        scale = _lookup(D.SCALES, m.group("scale")) if m.group("scale") else None
        words = False
        if m.group("num"):
            base, text = parse_number(m.group("num")), format_digits(m.group("num"))
        elif m.group("w"):
            base = _lookup(D.NUMBER_WORDS, m.group("w"))
            text, words = R.number_word(base), True
        else:
            base, text, words = 1, "one", True
        to = None
        if m.group("to"):
            to_base = parse_number(m.group("to"))
            to = normalise_value(to_base * (scale or 1))
            # "400 et 420 millions": the scale counts for both; "500 000 et 1 million": second only
            from_scale = scale if scale and base <= to_base else None
            value = normalise_value(base * (from_scale or 1))
            a_text = text + (f" {R.scale_word(from_scale)}" if from_scale else "")
            b_text = format_digits(m.group("to")) + (f" {R.scale_word(scale)}" if scale else "")
            if from_scale:
                a_text = text
            pre = (m.group("rp") or "").lower()
            joined = f"between {a_text} and {b_text}" if pre in between else f"{a_text} to {b_text}"
            return Amount(value, joined, qualifier, words, to)
        value = normalise_value(base * scale if scale else base)
        if scale == 1e3 and m.group("num"):
            text = format_number(value)  # "7 mil contenedores" -> "7,000 containers"
        elif scale:
            text = f"{text} {R.scale_word(scale)}"
        return Amount(value, text, qualifier, words, to)

    def ranged(a: Amount):
        return a.value if a.to is None else {"from": a.value, "to": a.to}

    def per_text(m) -> str:
        return f" {_lookup(D.PER, m.group('per'))}" if m.group("per") else ""

    # ---- phrases -------------------------------------------------------------------------------
    @add(rf"{GLB}{_galt(D.PHRASES)}{GRB}", priority=5)
    def phrase(m):
        kind, value, text = _lookup(D.PHRASES, m.group(0))
        return kind, value, text, None, None

    # ---- dates ---------------------------------------------------------------------------------
    def day_of(s: str) -> int:
        return int(re.match(r"\d+", s).group(0))

    @add(
        rf"(?:(?P<w>{WEEKDAY}),?{SP})?{GLB}(?P<d>{DAYP}){DL}(?P<m>{MONTH})(?:{YL}(?P<y>{YEAR}))?",
        priority=6,
    )
    def date_day_month(m):
        d, mo = day_of(m.group("d")), _lookup(D.MONTHS, m.group("m"))
        y = int(m.group("y")) if m.group("y") else None
        text = R.render_date(d, mo, y)
        if m.group("w"):
            text = f"{_lookup(D.WEEKDAYS, m.group('w'))}, {text}"
        return "date", R.date_value(d, mo, y), text, None, None

    @add(r"(?<![\d/.])(?P<d>[0-3]?\d)/(?P<m>[01]?\d)/(?P<y>(?:19|20)\d{2}|\d{2})(?![\d/])", 6)
    def date_numeric(m):
        d, mo = int(m.group("d")), int(m.group("m"))
        if not (1 <= d <= 31 and 1 <= mo <= 12):
            return None
        y = m.group("y")
        year = int(y) if len(y) == 4 else 2000 + int(y)
        return "date", R.date_value(d, mo, year), R.render_date(d, mo, year), None, None

    PART = rf"(?:{_galt(D.DAY_PARTS)}{S}*)"
    LOOSE = rf"(?:{PART}?{MONTH}(?:{YL}{YEAR})?|{DAYP}(?:{DL}{MONTH})?(?:{YL}{YEAR})?)"
    loose_re = re.compile(
        rf"^(?:(?P<part>{PART})?(?P<m0>{MONTH})(?:{YL}(?P<y0>{YEAR}))?"
        rf"|(?P<d>{DAYP})(?:{DL}(?P<m>{MONTH}))?(?:{YL}(?P<y>{YEAR}))?)$"
    )

    def loose(s: str):
        m = loose_re.match(s.strip())
        if not m:
            return None
        if m.group("m0"):
            part = _lookup(D.DAY_PARTS, m.group("part").strip()) if m.group("part") else None
            y = int(m.group("y0")) if m.group("y0") else None
            return None, _lookup(D.MONTHS, m.group("m0")), y, part
        mo = _lookup(D.MONTHS, m.group("m")) if m.group("m") else None
        return day_of(m.group("d")), mo, (int(m.group("y")) if m.group("y") else None), None

    def render_part(d, mo, y, part) -> str:
        text = R.render_date(d, mo, y)
        if part == "mid":
            return f"mid-{text}"
        return f"{part} {text}" if part else text

    @add(
        rf"{GLB}(?P<pre>{_galt(list(D.DATE_RANGE_BETWEEN) + list(D.DATE_RANGE_FROM))}){SP}"
        rf"(?P<a>{LOOSE}){SP}(?P<mid>{_galt(list(D.DATE_RANGE_AND) + list(D.DATE_RANGE_TO))})"
        rf"{SP}(?P<b>{LOOSE})(?![\d])",
        priority=7,
    )
    def date_range(m):
        a, b = loose(m.group("a")), loose(m.group("b"))
        if not a or not b:
            return None
        (d1, m1, y1, p1), (d2, m2, y2, p2) = a, b
        if m2 is None or (d1 is None) != (d2 is None):
            return None
        m1 = m1 or m2
        pre = re.sub(rf"{S}+", " ", m.group("pre")).lower()
        first = render_part(d1, m1, None if (y1 is None or y1 == y2) else y1, p1)
        second = render_part(d2, m2, y2, p2)
        if pre in {w.lower() for w in D.DATE_RANGE_BETWEEN}:
            text = f"between {first} and {second}"
        else:
            text = f"from {first} to {second}"
        value = {"from": R.date_value(d1, m1, y1 or y2), "to": R.date_value(d2, m2, y2)}
        return "date_range", value, text, None, None

    @add(rf"{GLB}(?:(?P<pre>{PART}))?(?P<m>{MONTH})(?:{YL}(?P<y>{YEAR}))?", priority=2)
    def month_year(m):
        mo = _lookup(D.MONTHS, m.group("m"))
        if m.group("m")[0].isupper() and m.start() > 0 and not m.group("y"):
            # "Mars", "Mayo": a capital inside a sentence is more often a name than a month
            before = m.string[max(0, m.start() - 2) : m.start()]
            if not re.search(r"[.!?:\n]\s?$|^$", before) and not m.group("pre"):
                return None
        y = int(m.group("y")) if m.group("y") else None
        part = _lookup(D.DAY_PARTS, m.group("pre").strip()) if m.group("pre") else None
        return "date", R.date_value(None, mo, y), render_part(None, mo, y, part), None, None

    @add(WEEKDAY, priority=1)
    def weekday(m):
        eng = _lookup(D.WEEKDAYS, m.group(0))
        return "date", eng, eng, None, None

    # ---- times ---------------------------------------------------------------------------------
    @add(
        rf"(?:{GLB}(?P<pre>{_galt(D.TIME_PREFIXES)}){SP})?(?<![\d.,:])(?P<h>[01]?\d|2[0-4])"
        rf"(?:(?P<sep>{D.TIME_SEP})(?P<mi>[0-5]\d))?"
        rf"(?:{S}?(?P<suf>{_galt(D.TIME_SUFFIXES, False)}))?"
        rf"(?![{GL}\d]|[.,:]\d)",
        priority=5,
    )
    def clock_time(m):
        h, mi = int(m.group("h")), int(m.group("mi") or 0)
        suf = m.group("suf")
        if not (m.group("pre") or m.group("mi") or (suf and suf in D.TIME_SUFFIXES_ALONE)):
            return None
        if h == 24 and not m.group("mi"):
            return None  # "24 h" is a duration
        extra = _lookup(D.TIME_SUFFIXES, suf) if suf else ""
        text = f"{h:02d}:{mi:02d}{extra}" if extra == " GMT" else R.render_time(h, mi) + extra
        start_off = m.start("h") - m.start()
        return "time", f"{h:02d}:{mi:02d}", text, None, None, m.end(), start_off

    # ---- years ---------------------------------------------------------------------------------
    @add(rf"(?:{GLB}(?P<prep>{_galt(D.YEAR_PREPS)}){SP})?(?P<y>{YEAR})(?![{GL}%:/-]|{S}?%)", 1)
    def year(m):
        y = int(m.group("y"))
        text = f"{_lookup(D.YEAR_PREPS, m.group('prep'))} {y}" if m.group("prep") else str(y)
        return "year", y, text, None, None

    @add(
        rf"(?:{GLB}(?P<pre>{_galt(list(D.RANGE_BETWEEN) + list(D.RANGE_FROM))}){SP})?(?P<a>{YEAR})"
        rf"(?:{SP}(?P<mid>{_galt(D.RANGE_MID)}){SP}(?P<b>{YEAR})|(?P<dash>[-–/])(?P<b2>\d{{4}}|\d{{2}}))"
        r"(?![\d%])",
        priority=3,
    )
    def year_range(m):
        a = int(m.group("a"))
        if m.group("b2"):
            b_s = m.group("b2")
            b = int(b_s) if len(b_s) == 4 else int(m.group("a")[:2] + b_s)
            if b <= a or b - a > 100:
                return None
            text = f"{a}/{b_s}" if m.group("dash") == "/" else f"{a}-{b}"
            if m.group("pre"):
                return None
            return "date_range", {"from": a, "to": b}, text, None, None
        b = int(m.group("b"))
        if b <= a:
            return None
        pre = (m.group("pre") or "").lower()
        if pre in between:
            text = f"between {a} and {b}"
        elif pre:
            text = f"from {a} to {b}"
        else:
            return None  # "2019 y 2020" without a preposition: two years
        return "date_range", {"from": a, "to": b}, text, None, None

    # ---- money, percent, measures, counts ------------------------------------------------------
    def cur_text(code: str, a: Amount, before: str | None = None) -> str:
        if before == "$":
            return f"${a.text}"
        if before == "US$":
            return f"US${a.text}"
        if before == "£":
            return f"£{a.text}"
        if before == "CHF":
            return f"CHF {a.text}"
        singular, many = D.ENGLISH_CURRENCIES[code]
        return f"{a.text} {singular if a.value == 1 and a.to is None else many}"

    @add(rf"{AMT}(?:{OFP}|{S}?)(?P<cur>{CUR_AFTER}){PER}", priority=4)
    def money_after(m):
        a = parse(m.group("amt"))
        code = _lookup(D.CURRENCIES_AFTER, m.group("cur"))
        text = cur_text(code, a) + per_text(m)
        return "money", ranged(a), R.with_qualifier(a.qualifier, text), a.qualifier, code

    @add(rf"(?<![{GL}\d])(?P<cur>{CUR_BEFORE}){S}?{AMT}(?![\d])", priority=4)
    def money_before(m):
        a = parse(m.group("amt"))
        sym = m.group("cur")
        code = D.CURRENCIES_BEFORE[sym]
        text = cur_text(code, a, sym if sym != "€" else None)
        return "money", ranged(a), R.with_qualifier(a.qualifier, text), a.qualifier, code

    PCT = _galt(list(D.PERCENT_WORDS) + list(D.POINTS_WORDS), False)

    @add(rf"{AMT}{S}?(?P<p>{PCT})(?![{GL}])")
    def percent(m):
        a = parse(m.group("amt"))
        p = re.sub(rf"{S}+", " ", m.group("p"))
        if p in D.POINTS_WORDS:
            word = "percentage point" if a.value == 1 and a.to is None else "percentage points"
            text = R.with_qualifier(a.qualifier, f"{a.text} {word}")
            return "percentage_points", ranged(a), text, a.qualifier, "pp"
        text = f"{a.text}%" if p == "%" else f"{a.text} percent"
        return "percent", ranged(a), R.with_qualifier(a.qualifier, text), a.qualifier, "%"

    @add(rf"{AMT}(?:{OFP}|{S}*)(?P<unit>{UNIT}){PER}")
    def measure(m):
        a = parse(m.group("amt"))
        unit = _lookup(D.UNITS, m.group("unit"))
        eng = R.plural(unit, a.value, force_plural=a.to is not None or isinstance(a.value, float))
        text = R.with_qualifier(a.qualifier, f"{a.text} {eng}{per_text(m)}")
        return "measure", ranged(a), text, a.qualifier, m.group("unit")

    ADJ = rf"(?:{_galt(D.ADJECTIVES)}{SP})"

    @add(rf"{AMT}(?:{OFP}|{SP})(?P<adj>{ADJ})?(?P<noun>{NOUN}){PER}")
    def count(m):
        a = parse(m.group("amt"))
        noun = _lookup(D.NOUNS, m.group("noun"))
        adj = [_lookup(D.ADJECTIVES, m.group("adj").strip())] if m.group("adj") else []
        many = a.to is not None or isinstance(a.value, float)
        text = " ".join([a.text, *adj, R.plural(noun, a.value, force_plural=many)]) + per_text(m)
        return "count", ranged(a), R.with_qualifier(a.qualifier, text), a.qualifier, m.group("noun")

    @add(rf"{GLB}(?<!\d{S})(?P<v>{_galt(D.VAGUE_WORDS)}){NL}(?:{OFP}(?P<noun>{NOUN}))?", priority=1)
    def vague(m):
        eng, value = _lookup(D.VAGUE_WORDS, m.group("v"))
        if m.group("noun"):
            noun = _lookup(D.NOUNS, m.group("noun"))[1]
            return "count", value, f"{eng} of {noun}", "approximately", m.group("noun")
        return "count", value, eng, "approximately", None

    # ---- ordinals ------------------------------------------------------------------------------
    ORD_NOUN = rf"{_galt(D.ORDINAL_NOUNS)}{NL}"

    @add(
        rf"(?<![\d.,])(?P<n>\d{{1,3}})(?P<suf>{_galt(D.ORDINAL_SUFFIXES, False)})(?![{GL}\d])"
        rf"(?:{SP}(?P<noun>{ORD_NOUN}))?",
        priority=3,
    )
    def ordinal_digits(m):
        n = int(m.group("n"))
        if not m.group("noun"):
            return "ordinal", n, R.ordinal_suffix(n), None, None
        eng = _lookup(D.ORDINAL_NOUNS, m.group("noun"))
        word = R.ordinal_word(n) if eng in _WORD_ORDINAL_EN else R.ordinal_suffix(n)
        return "ordinal", n, f"{word} {eng}", None, m.group("noun")

    need_noun = {w.lower() for w in D.ORDINAL_WORDS_NEED_NOUN}

    @add(rf"{GLB}(?P<w>{_galt(D.ORDINAL_WORDS)}){NL}(?:{SP}(?P<noun>{ORD_NOUN}))?")
    def ordinal_word(m):
        value = _lookup(D.ORDINAL_WORDS, m.group("w"))
        if not m.group("noun"):
            if m.group("w").lower() in need_noun:
                return None
            return "ordinal", value, R.ordinal_word(value), None, None
        eng = _lookup(D.ORDINAL_NOUNS, m.group("noun"))
        return "ordinal", value, f"{R.ordinal_word(value)} {eng}", None, m.group("noun")

    # ---- identifiers, number words, bare numbers -----------------------------------------------
    @add(rf"{GLB}[A-Z][A-Za-z&]*-?\d+[a-z]?(?![\d])", priority=2)
    def identifier(m):
        s = m.group(0)
        return "identifier", s, _CHEM.get(s.lower(), s), None, None

    @add(rf"(?:{parts['qual']})?{parts['numword']}(?:{SP}{parts['scale']})?", priority=-1)
    def number_word(m):
        a = parse(m.group(0))
        if a.value == 0:
            return None
        return "number", a.value, R.with_qualifier(a.qualifier, a.text), a.qualifier, None

    @add(rf"{AMT}(?![{GL}\d])", priority=-2)
    def bare_number(m):
        a = parse(m.group(0))
        return "number", ranged(a), R.with_qualifier(a.qualifier, a.text), a.qualifier, None

    return rules


def available_languages() -> list[str]:
    """Languages with figure rules: German plus every ``<lang>_data`` module of this package."""
    found = {"de"}
    for info in pkgutil.iter_modules(_package_path()):
        if info.name.endswith("_data") and len(info.name) == 7:
            found.add(info.name[:2])
    return sorted(found)


def _package_path() -> list[str]:
    import pathlib

    return [str(pathlib.Path(__file__).parent)]


@cache
def rules_for(lang: str) -> list[Rule]:
    """The rules of one language; German's are the hand-written ``RULES``."""
    if lang == "de":
        return RULES
    if lang not in available_languages():
        raise ValueError(
            f"no figure rules for language {lang!r} (available: {', '.join(available_languages())})"
        )
    return _generic_rules(importlib.import_module(f"{__package__}.{lang}_data"))
