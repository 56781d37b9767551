"""The figure rule engine: one set of rule families for every language, built from its data module.

``build_rules(data)`` turns one vocabulary module (``de_data``, ``fr_data``, ``es_data``, all of the
shape listed in ``REQUIRED``) into regular-expression rules. The families are the same for every
language; what differs between languages is data: the words, the number and date conventions,
the range and link words. Rules that only one language has (German scores with loser nouns, legal
references, Swiss age classes ...) live in ``<lang>_rules.py`` and are added after the families.

Each rule proposes a ``Candidate`` per match (kind, normalised value, English text, qualifier,
unit); ``extract.extract_figures`` resolves the overlaps. Families, roughly from most to least
specific: fixed phrases, dates and date ranges, month pairs, months, weekdays, clock times, years
and year ranges, money (currency after or before), percent and percentage points, measures,
compound durations, counts with a known noun, vague plurals, ordinals (digits and words),
identifiers, number words and bare numbers. The English text follows ``render``.
"""

from __future__ import annotations

import importlib
import importlib.util
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType

from . import render as R
from .numbers import NUMBER_PATTERN, format_digits, format_number, normalise_value, parse_number

S = r"[ \u00a0\u202f\u2009]"  # one space of any kind, no newline
SP = rf"{S}+"
GL = "A-Za-zÀ-ÖØ-öø-ÿœŒ"  # letters of the Latin-1 languages, for word boundaries
GLB = rf"(?<![{GL}\d])"  # left word boundary
GRB = rf"(?![{GL}\d])"  # right word boundary
NL = rf"(?![{GL}])"  # no letter follows
NUM = NUMBER_PATTERN
_APOS = "['’]"
WORD_ORDINAL_EN = {"quarter", "half", "time"}  # "3. Quartal", "3e trimestre" -> "third quarter"
TIME_UNITS_EN = {
    "second", "minute", "hour", "day", "week", "month", "year", "decade", "century", "millennium"
}  # fmt: skip
TEMPERATURES_EN = {"degree", "degree Celsius", "°C"}
CHEM = {
    "co2": "CO2",
    "covid-19": "COVID-19",
    "sars-cov-2": "SARS-CoV-2",
    "h2o": "H2O",
    "no2": "NO2",
}
# names of software, protocols and standards whose number is a version, kept as written in every
# language ("Android 6.0", "USB 3.0", "Build 10572"; not "6", "3", "10,572")
VERSIONED = [
    "Android", "iOS", "iPadOS", "macOS", "OS X", "Windows", "Windows Phone", "Bluetooth", "USB",
    "TLS", "SSL", "HTTP", "HTML", "PHP", "Python", "Java", "Firefox", "Chrome", "Linux", "Kernel",
    "Wi-Fi", "WLAN", "LTE", "HDMI", "DirectX", "Build", "Boeing",
]  # fmt: skip

# The tables every ``<lang>_data`` module provides; ``fr_data`` documents their shape.
REQUIRED = (
    "MONTHS", "WEEKDAYS", "NUMBER_WORDS", "ONE_WORDS", "ONE_NOUNS", "VAGUE_WORDS", "ORDINAL_WORDS",
    "ORDINAL_WORDS_NEED_NOUN", "ORDINAL_SUFFIXES", "ORDINAL_DIGITS_NEED_NOUN", "ORDINAL_NOUNS",
    "ORDINAL_PREPS", "ORDINAL_ARTICLES", "PLURAL_ENDINGS", "QUALIFIERS", "VERB_PREPOSITIONS",
    "SCALES", "OF", "AND", "RANGE_BETWEEN", "RANGE_FROM", "RANGE_FROM_ENGLISH", "RANGE_MID",
    "RANGE_MID_NEED_PREFIX", "CURRENCIES_AFTER", "CURRENCIES_BEFORE", "ENGLISH_CURRENCIES",
    "PERCENT_WORDS", "POINTS_WORDS", "PERCENT_OF", "UNITS", "PER", "PER_WORDS", "PER_NOUNS",
    "NOUNS", "CASE_SENSITIVE_NOUNS", "ADJECTIVES", "PHRASES", "NUMERIC_DATE", "DAY_SUFFIXES",
    "DATE_LINK", "YEAR_LINK", "DATE_RANGE_BETWEEN", "DATE_RANGE_FROM", "DATE_RANGE_AND",
    "DATE_RANGE_TO", "DATE_RANGE_INCLUSIVE", "DAY_PARTS", "MONTH_PREPS", "MONTHS_LOWERCASE",
    "AMBIGUOUS_MONTHS", "MONTH_CONTEXT", "YEAR_PREPS", "YEAR_NOUNS", "YEAR_WORDS",
    "YEAR_WORD_THE", "WEEKDAY_RELATIVE", "TIME_PREFIXES", "TIME_SEP", "TIME_SUFFIXES",
    "TIME_SUFFIXES_ALONE", "TIME_MINUTES_ALONE", "ID_STOPWORDS", "EVERY", "AGO", "RACE_UNITS",
    "COMPOUND_NOUNS", "SIGN_WORDS", "UNIT_QUALIFIERS", "RANGE_CHANGE", "COMPARATIVES",
    "FRACTIONS", "WEEKDAY_PARTS", "HALF_WORDS", "UNIT_ADJECTIVES", "DATE_NAME_OK", "PER_NOT_BEFORE",
)  # fmt: skip


@dataclass
class Candidate:
    """A figure proposed by one rule for one match; ``start``/``end`` narrow the match's span."""

    kind: str
    value: object
    text: str
    qualifier: str | None = None
    unit: str | None = None
    start: int | None = None  # offsets into the searched text, when not the match's own
    end: int | None = None


@dataclass
class Rule:
    """A named regular expression and the handler turning each match into a ``Candidate``."""

    name: str
    regex: re.Pattern
    handler: Callable[[re.Match], Candidate | None]
    priority: int = 0


@dataclass
class Amount:
    value: int | float
    text: str  # English, without qualifier
    qualifier: str | None
    words: bool
    to: int | float | None = None


def alt(words, ignore_case: bool = True) -> str:
    """Alternation of ``words``, longest first; spaces match any space, ``'`` matches ``’`` too."""
    if not words:
        return "(?!)"
    parts = []
    for w in sorted(words, key=len, reverse=True):
        parts.append(re.sub("['’]", lambda _: _APOS, re.escape(w).replace(r"\ ", SP)))
    body = "|".join(parts)
    return f"(?i:{body})" if ignore_case else f"(?:{body})"


def first_letters(words) -> str:
    """A look-ahead for the first letter (either case) of one of ``words``: a cheap test that
    spares trying a long alternation at every position of the text."""
    chars = sorted({c for w in words for c in (w[0].lower(), w[0].upper())})
    return "(?=[" + "".join(re.escape(c) for c in chars) + "])"


def lookup(table, key: str):
    """Value (or membership) for a matched key, ignoring case, apostrophe style and space kind."""
    norm = re.sub(rf"{S}+", " ", key).replace("’", "'")
    if norm in table:
        return table[norm] if isinstance(table, dict) else norm
    low = norm.lower()
    for k in table:
        if k.replace("’", "'").lower() == low:
            return table[k] if isinstance(table, dict) else k
    raise KeyError(key)


class Lang:
    """The regular-expression pieces and helpers of one language, built from its data module."""

    def __init__(self, D: ModuleType):
        missing = [name for name in REQUIRED if not hasattr(D, name)]
        if missing:
            raise ValueError(f"{D.__name__} lacks {', '.join(missing)}")
        self.D = D
        nouns_i = not D.CASE_SENSITIVE_NOUNS
        # compound cardinals ("fünfundzwanzig", "dreitausend") by a pattern and their values
        self.compounds = {w.lower(): n for w, n in getattr(D, "NUMBER_WORD_COMPOUNDS", {}).items()}
        compound = getattr(D, "NUMBER_WORD_COMPOUND_PATTERN", "(?!)")
        self.numword = rf"{GLB}(?:{alt(D.NUMBER_WORDS)}|{compound}){GRB}"
        self.one = rf"{GLB}{alt(D.ONE_WORDS)}{GRB}"
        self.scale = rf"{alt(D.SCALES, False)}{NL}"
        self.qual = self._qualifiers(D.QUALIFIERS, D.SCALES)
        self.qual_before = re.compile(rf"(?P<q>{self.qual})$")
        # a rough word before a clock time: "gegen", "kurz vor" ("kurz vor ein Uhr")
        self.rough_times = {**getattr(D, "TIME_QUALIFIERS", {}),
                            **getattr(D, "TIME_RANGE_QUALIFIERS", {})}  # fmt: skip
        self.rough_time = (
            re.compile(rf"{GLB}(?P<q>(?i:{alt(self.rough_times)})){SP}$")
            if self.rough_times
            else None
        )
        self.month = rf"{alt(D.MONTHS)}{NL}"
        self.weekday = rf"{GLB}{alt(D.WEEKDAYS)}{NL}"
        self.year = r"(?<![\d.,'’])(?:1[89]\d{2}|20\d{2})(?![\d'’]|[.,]\d)"
        self.noun = rf"{alt(D.NOUNS, nouns_i)}{NL}"
        self.adj = rf"(?:{alt(D.ADJECTIVES)}{SP})"
        self.unit = rf"(?:{alt(D.UNITS, False)})(?![{GL}²/])"
        self.cur_after = rf"(?:{alt(D.CURRENCIES_AFTER, False)})(?![{GL}])"
        self.cur_before = alt(D.CURRENCIES_BEFORE, False)
        self.pct = alt(list(D.PERCENT_WORDS) + list(D.POINTS_WORDS), False)
        # "one" counts as a figure only before a scale, a percent, a unit, a currency or a noun
        # that a tally counts ("ein Prozent", "eine Stunde", "einen Punkt"), not as an article
        # ("ein Nutzer", "einer Schätzung")
        one_noun = rf"{alt(D.ONE_NOUNS, nouns_i)}{NL}"
        self.after_one = (
            rf"(?:{self.scale}|{self.pct}(?![{GL}])|{self.unit}|{self.cur_after}|{one_noun})"
        )
        plain_of = [o for o in D.OF if not o.endswith(("'", "’"))]
        apos_of = [o for o in D.OF if o.endswith(("'", "’"))]
        self.of = (
            rf"(?:{SP}(?:{alt(plain_of)}{SP}|{alt(apos_of)}{S}?))" if D.OF else SP
        )  # between a scale or vague word and its noun
        self.free_mid = [w for w in D.RANGE_MID if w not in D.RANGE_MID_NEED_PREFIX]
        self.range_pre = list(D.RANGE_BETWEEN) + list(D.RANGE_FROM)
        # "von 3000 auf 1000 m" is one measure; "von 5,1 auf 5,4 Prozent" stays two figures
        # (the start, and the end point of the change) for the other kinds
        self.amount = f"(?P<amt>{self._amount_regex(changes=False)})"
        self.amount_change = f"(?P<amt>{self._amount_regex()})"
        self._amount_re = re.compile(f"^{self._amount_regex(context=False)}$")
        per_nouns = list(D.PER_NOUNS) + list(D.NOUNS) + list(D.UNITS)
        self.per = (
            rf"(?:{SP}(?:(?P<per>{alt(D.PER)}){NL}(?!{S}*\d|{SP}{alt(D.PER_NOT_BEFORE)}{NL})"
            rf"|{alt(D.PER_WORDS)}{SP}"
            rf"(?:(?P<pernum>{NUM}){SP})?(?P<pern>{alt(per_nouns, False)}){NL}))?"
        )
        # between the members of a pair or list that write their unit once ("12,1 auf 14,3 %")
        # (optional: "or" words, "18 bzw. 30 Monate"; a parallel clause of a list, "auf 22 und
        # die SPÖ auf 21 Prozent")
        parallel = getattr(D, "PARALLEL_LINK", None)
        self.pair_link = re.compile(
            rf"{SP}(?:{alt([*D.RANGE_MID, *D.AND, *getattr(D, 'OR', [])])}){SP}|,{SP}"
            + (f"|{parallel}" if parallel else "")
        )
        # a number cut off before a compound's hyphen: "14- bis 29-Jährige" (optional)
        cut_range, cut_list = (getattr(D, k, []) for k in ("TRUNCATED_RANGE", "TRUNCATED_LIST"))
        # (an article may stand before the second: "ein 14- und ein 15-Jähriger")
        cut_articles = getattr(D, "TRUNCATED_ARTICLES", [])
        article = rf"(?:{alt(cut_articles)}{SP})?" if cut_articles else ""
        self.truncated_link = (
            re.compile(rf"-(?:,|{SP}(?:(?P<range>{alt(cut_range)})|{alt(cut_list)})){SP}{article}")
            if cut_range or cut_list
            else None
        )
        self.verb_preps = {
            w.lower(): re.compile(rf"(?i:{GLB}(?:{alt(verbs)})\w*\s+(?:\w+\s+){{0,4}})$")
            for w, verbs in D.VERB_PREPOSITIONS.items()
        }
        # optional: nouns right before the word ("ein Kredit über 800 Millionen")
        self.noun_preps = {
            w.lower(): re.compile(rf"{GLB}(?:{alt(nouns, False)})[{GL}]{{0,2}}\s+$")
            for w, nouns in getattr(D, "NOUN_PREPOSITIONS", {}).items()
        }
        # optional: articles and possessives, after which a number needs no "a" of its own
        determiners = getattr(D, "ORDINAL_DETERMINERS", ())
        self.determiner = (
            re.compile(rf"(?i:{GLB}(?:{alt(determiners)})){SP}$") if determiners else None
        )
        # optional: a preposition of a level, after which a sign word is a sign, not a change:
        # "sank auf minus 0,5 Prozent" -> "to minus 0.5 percent" (not "down 0.5 percent")
        levels = [*getattr(D, "LEVEL_PREPOSITIONS", ()), *D.RANGE_BETWEEN]
        self.level_before = re.compile(rf"(?i:{GLB}(?:{alt(levels)})){SP}$") if levels else None
        # optional: words before a round number that make it rough ("an die hundert")
        about = getattr(D, "ABOUT_ROUND", ())
        self.about_round = re.compile(rf"(?i:{GLB}(?:{alt(about)})){SP}$") if about else None
        # optional: "unter"/"über" next to a verb of motion says a level crossed ("below")
        self.motion_quals = {k.lower(): v for k, v in getattr(D, "MOTION_QUALIFIERS", {}).items()}
        verbs = getattr(D, "MOTION_VERBS", ())
        self.motion_stop = {w.lower() for w in getattr(D, "MOTION_STOP", ())}
        self.motion_particle_not = getattr(D, "MOTION_PARTICLE_NOT", {})
        self.motion_before = (
            re.compile(rf"(?i:{GLB}(?:{alt(verbs)})\w*\s+(?:\w+\s+){{0,3}})$") if verbs else None
        )
        self.motion_after = re.compile(rf"(?i:\s+(?:{alt(verbs)})\w*{GRB})") if verbs else None
        # optional: words that make "until" a deadline ("by") in their clause, and words that
        # keep it a span ("until"); a language without them always writes "until"
        deadline, lasting = getattr(D, "DEADLINE_CUES", ()), getattr(D, "LASTING_CUES", ())
        self.deadline = re.compile(rf"{GLB}{alt(deadline)}{GRB}") if deadline else None
        self.lasting = re.compile(rf"{GLB}{alt(lasting)}{GRB}") if lasting else None
        done = getattr(D, "COMPLETION_CUES", ())
        self.done = re.compile(rf"{GLB}{alt(done)}{GRB}") if done else None
        # optional: names that hold a figure word and are no figure ("Welt am Sonntag")
        names = getattr(D, "NAMES", ())
        patterns = [rf"{GLB}{alt(names, False)}{GRB}"] if names else []
        patterns += [f"(?:{p})" for p in getattr(D, "NAME_PATTERNS", ())]
        self.names = re.compile("|".join(patterns)) if patterns else None
        # optional: a comparative between a counted noun and a time before now compares the
        # count, it qualifies nothing: "9 Sitze mehr als vier Jahre zuvor" is no "more than four
        # years" ("mit 16 Stimmen mehr als doppelt so viel" is: no time before now follows)
        earlier = getattr(D, "EARLIER_WORDS", ())
        compared = [k for k in D.QUALIFIERS if k.split()[0].lower() in D.COMPARATIVES]
        never = re.compile("(?!)")
        self.comparative = (
            re.compile(rf"(?i:{alt(compared)}){SP}") if compared and earlier else never
        )
        self.compared_count = re.compile(
            rf"(?:{NUM}|{self.numword}|{GLB}{self.one}){SP}[^\W\d_][\w-]*{SP}$"
        )  # "9 Sitze", "ein Viertel" right before the comparative
        self.earlier_after = (
            re.compile(rf"(?:{SP}[^\W\d_]+)?{SP}(?:{alt(earlier)}){GRB}") if earlier else never
        )

    @staticmethod
    def _qualifiers(keys, scales) -> str:
        """Qualifier keys: a space after ordinary keys, none after keys ending in an apostrophe;
        none right after an amount."""
        spaced = [k for k in keys if not k.endswith(("'", "’"))]
        apos = [k for k in keys if k.endswith(("'", "’"))]
        out = [rf"{GLB}{alt(spaced)}{SP}"]
        if apos:
            out.append(rf"{GLB}{alt(apos)}{S}?")
        # after a number the words compare ("3000 weniger als 2020"), they qualify nothing; after
        # a year they do ("im Sommer 2014 mehr als 2.200")
        after_number = rf"(?<=\d{S})(?<!(?<![\d.,'’])(?:1[89]|20)\d\d{S})"
        # nor after a number's scale word: "180 Millionen unter 1,25 Milliarden" (among)
        words = sorted({w for w, v in scales.items() if isinstance(v, float) and w.isalpha()})
        after_scale = "".join(rf"|(?<=\d{S}{re.escape(w)}{S})" for w in words)
        # (the look-ahead for a first letter spares the look-behinds at most positions)
        start = rf"{GLB}{first_letters(keys)}"
        return rf"{start}(?!{after_number}{after_scale})(?:" + "|".join(out) + ")"

    def _amount_regex(self, changes: bool = True, context: bool = True) -> str:
        """The amount pattern; without ``context`` (for ``parse``, which sees the amount alone)
        the look-arounds at the text around the amount are left out."""
        # a range word that needs a preposition ("zwischen 3 und 5", "entre 3 et 5") counts only
        # after one; the others ("3 bis 5", "3 à 5") count alone
        skip = set() if changes else set(self.D.RANGE_CHANGE)
        # "und" needs "zwischen", "auf" needs "von": "Strafen von 4 und 3 Jahren" is no range
        bound = [w for w in self.D.RANGE_MID_NEED_PREFIX if w not in skip]
        after_between = alt([w for w in bound if w in self.D.AND])
        after_from = alt([w for w in bound if w not in self.D.AND])
        mid = f"(?:{alt(self.free_mid)}|(?(rpb){after_between}|(?!))|(?(rpf){after_from}|(?!)))"
        # a sign touches its number ("+14%", "-0,23"; "+ 1,8 %" too) or follows an opening
        # bracket ("(- 4,7 %)"): a spaced dash is punctuation ("Wien – Zwei Tage"), and "1 + 3"
        # is a sum
        sign = (
            rf"(?<![\w])(?<!\d{S})(?P<sign>\+(?={S}?\d)|[-–−](?=\d)|(?<=\()[-–−](?={S}\d))"
            if context
            else r"(?P<sign>[+\-–−])"
        )
        # "ein" counts before a noun it counts, or as the start of a range to a small number
        # ("ein bis zwei Wochen"; "eines bis 2018 laufenden Vertrags" is an article and a year)
        number = f"(?:{NUM}|{self.numword})"
        small = rf"(?:\d{{1,2}}(?![\d.,]\d)|{self.numword})"
        one = rf"(?P<one>{self.one})" + (
            rf"(?={SP}(?:{self.after_one}|{alt(self.free_mid)}{SP}{small}))" if context else ""
        )
        half = rf"(?P<half>{GLB}{alt(self.D.HALF_WORDS)})" + (
            rf"(?=(?:{SP}|-){self.scale})" if context else ""
        )
        # sign words inside a range: "zwischen minus 3 und plus 2 Grad", "minus 6 bis minus 2"
        signs = [k for k, v in self.D.QUALIFIERS.items() if v in SIGN_ENGLISH]
        signed = rf"(?:{GLB}{alt(signs)}{SP})" if signs else "(?!)"
        return (
            f"(?P<q>{self.qual})?"
            rf"(?:(?P<rp>(?P<rpb>{GLB}{alt(self.D.RANGE_BETWEEN)})"
            rf"|(?P<rpf>{GLB}{alt(self.D.RANGE_FROM)})){SP}"
            rf"(?={signed}?{number}{SP}{mid}{SP}{signed}?{number})(?P<fs>{signed})?)?"
            rf"(?:{sign}{S}?)?"
            rf"(?:(?<![A-ZÄÖÜ])(?P<num>{NUM})|(?P<w>{self.numword})|{one}|{half})"
            f"(?:{SP}(?P<mid>{mid}){SP}(?P<ts>{signed})?(?P<to>{NUM}|{self.numword}))?"
            f"(?:(?(half)(?:{SP}|-)|{SP})(?P<scale>{self.scale}))?"
        )

    def word_value(self, word: str, default=KeyError):
        """The value of a number word ``self.numword`` matched: "drei" -> 3, "dreitausend" -> 3000;
        ``default`` where it is none."""
        if word.lower() in self.compounds:
            return self.compounds[word.lower()]
        try:
            return lookup(self.D.NUMBER_WORDS, word)
        except KeyError:
            if default is KeyError:
                raise
            return default

    def parse(self, s: str) -> Amount:
        """Value and English text of an amount matched by ``self.amount``."""
        D = self.D
        m = self._amount_re.match(s.strip())
        if not m:
            raise ValueError(s)
        qualifier = lookup(D.QUALIFIERS, m.group("q").strip()) if m.group("q") else None
        sign = (m.group("sign") or "").replace("–", "-").replace("−", "-")
        if sign and D.SIGN_WORDS:
            qualifier, sign = lookup(D.SIGN_WORDS, sign), ""
        scale = lookup(D.SCALES, m.group("scale")) if m.group("scale") else None
        words = False
        if m.group("num"):
            base, text = parse_number(m.group("num")), sign + format_digits(m.group("num"))
        elif m.group("w"):
            base = self.word_value(m.group("w"))
            text, words = R.number_word(base), True
        elif m.group("half"):
            base, text, words = 0.5, "half a", True
        else:
            base, text, words = 1, "one", True
        if m.group("to"):
            to_words = not m.group("to")[0].isdigit()  # "drei bis vier Wochen"
            to_base = self.word_value(m.group("to")) if to_words else parse_number(m["to"])
            to = normalise_value(to_base * (scale or 1))
            # "400 et 420 millions": the scale counts for both; "500 000 et 1 million": second only
            from_scale = scale if scale and base <= to_base else None
            value = normalise_value(base * (from_scale or 1))
            b_text = R.number_word(to_base) if to_words else format_digits(m.group("to"))
            b_text += f" {R.scale_word(scale)}" if scale else ""
            if m.group("fs") or m.group("ts"):
                # members with their own signs: signs, not a change ("minus 6 to minus 2")
                first = m.group("fs") or (m.group("q") if qualifier in SIGN_ENGLISH else None)
                if first:
                    text = f"{SIGN_ENGLISH[lookup(D.QUALIFIERS, first.strip())]} {text}"
                    qualifier = None if qualifier in SIGN_ENGLISH else qualifier
                if m.group("ts"):
                    b_text = f"{SIGN_ENGLISH[lookup(D.QUALIFIERS, m['ts'].strip())]} {b_text}"
            pre = (m.group("rp") or "").lower()
            if pre and lookup(self.range_pre, pre) in D.RANGE_BETWEEN:
                joined = f"between {text} and {b_text}"
            elif pre and D.RANGE_FROM_ENGLISH:
                joined = f"{D.RANGE_FROM_ENGLISH} {text} to {b_text}"
            else:
                joined = f"{text} to {b_text}"
            return Amount(value, joined, qualifier, words, to)
        value = normalise_value(base * scale if scale else base)
        if scale == 1e3 and m.group("num"):
            text = format_number(value)  # "7 mil contenedores" -> "7,000 containers"
        elif scale:
            text = f"{text} {R.scale_word(scale)}"
        return Amount(value, text, qualifier, words)

    def per_text(self, m: re.Match) -> str | None:
        """English of a "per ..." tail (``pro Jahr`` -> `` a year``); None when it is none."""
        D = self.D
        if m.group("per"):
            return f" {lookup(D.PER, m.group('per'))}"
        if not m.group("pern"):
            return ""
        per = m.group("pern")
        if m.group("pernum"):
            noun = D.NOUNS.get(per) or D.UNITS.get(per)
            if not noun:
                return None
            n = parse_number(m.group("pernum"))
            return f" per {format_digits(m.group('pernum'))} {R.plural(noun, n)}"
        if per in D.PER_NOUNS:
            return f" {D.PER_NOUNS[per]}"
        unit = D.UNITS.get(per) or D.NOUNS.get(per)
        return f" per {unit[0]}" if unit else None

    def qualifier_before(self, text: str, at: int) -> tuple[str | None, int | None]:
        """The qualifier right before ``text[at:]`` and where it starts: read behind a match,
        so that a rule's pattern need not try it at every position."""
        q = self.qual_before.search(text, max(0, at - 30), at)
        return (lookup(self.D.QUALIFIERS, q.group("q").strip()), q.start()) if q else (None, None)

    def rough_time_before(self, text: str, at: int) -> tuple[str | None, int | None]:
        """The rough word right before a clock time at ``text[at:]`` ("gegen ein Uhr" ->
        "around") and where it starts."""
        q = self.rough_time and self.rough_time.search(text, max(0, at - 12), at)
        return (lookup(self.rough_times, q.group("q")), q.start()) if q else (None, None)

    def determiner_before(self, text: str, start: int) -> bool:
        """An article or a possessive right before ``text[start:]`` ("die tausend Seiten")."""
        return bool(self.determiner and self.determiner.search(text, max(0, start - 12), start))

    def crosses(self, text: str, start: int, end: int) -> bool:
        """A verb of motion right before ``text[start:end]`` or right after it."""
        if self.motion_before is None or self.motion_after is None:
            return False
        # "stieg um über 20 Prozent", "fiel auf unter 1.000": a change or a level reached
        word = text[max(0, start - 12) : start].split()[-1:]
        if word and word[0].lower() in self.motion_stop:
            return False
        before = self.motion_before.search(text, max(0, start - 60), start)
        if before and self.motion_particle_not:
            # "fielen über 40 Tonnen Abfall an" (anfallen, "accrue") moves nothing
            verb = before.group(0).split()[0].lower()
            for stem, particle in self.motion_particle_not.items():
                if verb.startswith(stem) and re.match(
                    rf"[^.,;:]{{0,60}}?\s{particle}(?=\s*[.,;:]|$)", text[end:]
                ):
                    return False
        return bool(before or self.motion_after.match(text, end))

    def is_deadline(self, text: str, start: int, end: int) -> bool:
        """Whether "until" before the figure at ``text[start:end]`` is a deadline: its clause
        says a thing is done or ready by then ("bis Ende November bezugsfertig"), or sets a
        target ("Bis 2020 sollen es 200.000 sein" -> "by 2020") and does not say how long
        something lasts ("bis 2011 gedauert", "bis 2018 durchhalten" -> "until")."""
        if self.deadline is None:
            return False
        before = CLAUSE_END.split(text[max(0, start - 200) : start])[-1]
        after = CLAUSE_END.split(text[end : end + 200], maxsplit=1)[0]
        clause = f"{before} {after}"
        if self.done and self.done.search(clause):
            return True
        return bool(self.deadline.search(clause)) and not (
            self.lasting and self.lasting.search(clause)
        )

    def preceded_by(self, m: re.Match, words, start: int | None = None, n: int = 16) -> bool:
        """Whether one of ``words`` (and a space) ends just before the match (or ``start``)."""
        start = m.start() if start is None else start
        return bool(re.search(rf"{GLB}{alt(words)}\s+$", m.string[max(0, start - n) : start]))


# where a clause ends: a comma, semicolon or colon before a space, a sentence end, a line break,
# a dash between spaces
CLAUSE_END = re.compile(r"[,;:!?](?=\s)|\.(?=\s+[A-ZÄÖÜ])|\n|\s[–—]\s")

# four digits without a separator that may be a year (1500 to 2099)
YEARLIKE = r"(?:1[5-9]|20)\d\d"
# qualifiers that bound a count, not a year
COUNT_BOUNDS = {"at least", "at most", "up to", "almost", "no fewer than", "no more than"}


def ranged(a: Amount):
    """The value of an amount: a number, or ``{"from", "to"}`` for a range."""
    return a.value if a.to is None else {"from": a.value, "to": a.to}


SIGN_ENGLISH = {"up": "plus", "down": "minus"}
"""The English of a sign word, by its qualifier ("minus" reads "down" before a change)."""


def hour_of_day(hour: int, part: str) -> int:
    """The 24-hour hour of a clock hour said with its day part (``CLOCK_DAY_PARTS``: "am", "pm",
    or "night": the evening's from six, the morning's before; twelve at night is midnight)."""
    if hour > 12:
        return hour
    if hour == 12:
        return 0 if part == "night" else 12
    evening = part == "pm" or (part == "night" and hour >= 6)
    return hour % 12 + (12 if evening else 0)


def cur_text(D, code: str, a: Amount, before: str | None = None) -> str:
    """English money: symbols for francs, dollars and pounds written before the number."""
    if before and code == "CHF":
        return f"CHF {a.text}"
    if before and code == "USD":
        return f"${a.text}" if before == "$" else f"US${a.text}"
    if before and code == "GBP":
        return f"£{a.text}"
    singular, many = D.ENGLISH_CURRENCIES[code]
    return f"{a.text} {singular if a.value == 1 and a.to is None else many}"


def collector(rules: list[Rule]):
    """A decorator factory: ``@add(pattern, priority)`` on a handler appends its ``Rule``."""

    def add(pattern: str, priority: int = 0):
        def deco(fn):
            rules.append(Rule(fn.__name__, re.compile(pattern), fn, priority))
            return fn

        return deco

    return add


def build_rules(D: ModuleType, L: Lang | None = None) -> list[Rule]:
    """Every rule of the language described by the data module ``D`` (``<lang>_data``)."""
    L = L or Lang(D)
    rules: list[Rule] = []
    add = collector(rules)

    AMT, SCALE, MONTH, YEAR, NOUN = L.amount, L.scale, L.month, L.year, L.noun
    DAYP = rf"(?:[12]\d|3[01]|0?[1-9])(?:{alt(D.DAY_SUFFIXES)})?"
    # a day written with a dot ("7. September") may touch its month ("7.September")
    DL = rf"(?:(?<=\.){S}*|{SP}(?:{alt(D.DATE_LINK)}{SP})?)"
    YL = rf"{SP}(?:{alt(D.YEAR_LINK)}{SP})?" if D.YEAR_LINK else SP

    # a web address or an e-mail address holds no figure: ".../polizeimeldungen/2025/
    # pressemitteilung.1535916.php", "Dir5K41@polizei.berlin.de"
    @add(r"(?:https?://|www\.)[^\s<>\"“”]+[^\s<>\"“”.,;:!?)]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", 8)
    def address_online(m):
        if not re.search(r"\d", m.group(0)):
            return None  # no figure to hide
        return Candidate("identifier", m.group(0), m.group(0))

    # ---- phrases -------------------------------------------------------------------------------
    def qualifier_before(m: re.Match) -> tuple[str | None, int | None]:
        return L.qualifier_before(m.string, m.start())

    @add(rf"{GLB}{alt(D.PHRASES)}{GRB}", priority=5)
    def phrase(m):
        kind, value, text = lookup(D.PHRASES, m.group(0))
        if kind in ("number", "count", "measure"):  # "mehr als die Hälfte" -> "more than half"
            qual, start = qualifier_before(m)
            return Candidate(kind, value, R.with_qualifier(qual, text), qual, start=start)
        # a time said in a word keeps its rough word: "kurz nach Mitternacht" -> "shortly after
        # midnight"
        qual, start = L.rough_time_before(m.string, m.start()) if kind == "time" else (None, None)
        if qual:
            return Candidate(kind, value, f"{qual} {text}", qual, start=start)
        return Candidate(kind, value, text)

    # ---- dates ---------------------------------------------------------------------------------
    def day_of(s: str) -> int:
        """The day number a day token starts with ("15." -> 15)."""
        return int(re.sub(r"\D.*", "", s, flags=re.S))

    # after a day and a month any four digits from 1000 are a year ("am 15. Juni 1215")
    DAY_YEAR = r"(?<![\d.,])(?:1\d{3}|20\d{2})(?![\d]|[.,]\d)"

    day_month = rf"{GLB}(?P<d>{DAYP}){DL}(?P<m>{MONTH})(?:{YL}(?P<y>{DAY_YEAR}))?"

    @add(rf"(?:(?P<w>{L.weekday}),?{SP})?{day_month}", priority=6)
    def date_day_month(m):
        d, mo = day_of(m.group("d")), lookup(D.MONTHS, m.group("m"))
        y = int(m.group("y")) if m.group("y") else None
        text = R.render_date(d, mo, y)
        if m.groupdict().get("w"):
            text = f"{lookup(D.WEEKDAYS, m.group('w'))}, {text}"
        return Candidate("date", R.date_value(d, mo, y), text)

    # the day and month alone too, for where a phrase takes the weekday ("in der Nacht auf
    # Samstag, 8. Juni")
    add(day_month, priority=6)(date_day_month)

    # a bound of a date: "bis mindestens 15. Juni" -> "at least June 15" (not "at least 15");
    # optional (a language without DATE_QUALIFIERS matches nothing here)
    date_bounds = getattr(D, "DATE_QUALIFIERS", {})

    @add(rf"{GLB}(?P<dq>{alt(date_bounds)}){SP}{day_month}", priority=6)
    def date_bounded(m):
        date = date_day_month(m)
        before, after = lookup(date_bounds, m.group("dq"))
        date.text = " ".join(x for x in (before, date.text, after) if x)
        date.qualifier = after or before  # the bound, which the check reads
        return date

    # a name right before a day and month without a year names a version: "Android 5.1."
    version_name = re.compile(
        rf"(?<![{GL}])(?!(?:{alt([*D.WEEKDAYS, *D.MONTH_CONTEXT, *D.DATE_NAME_OK])}){SP}$)"
        rf"[A-ZÀ-ÖØ-Þ][{GL}-]*{SP}$"
    )

    # three or more dotted parts that make no date name a version ("4.3.0", "5.0.7"), and so does
    # a day-month-year form listed beside one ("die Versionen 4.3.0 bis 4.3.16")
    dotted = r"(?<![\d.,/])\d{1,3}(?:\.\d{1,3}){2,}(?!\d|[.,]\d)"
    dotted_re = re.compile(dotted)

    def version_like(s: str) -> bool:
        """Dotted parts that are neither a number with thousands nor a day, month and year."""
        parts = s.split(".")
        if all(len(p) == 3 for p in parts[1:]):
            return False  # thousands: "2.462.000"
        d, mo = int(parts[0]), int(parts[1])
        return len(parts) > 3 or len(parts[2]) != 2 or not (1 <= d <= 31 and 1 <= mo <= 12)

    @add(dotted, priority=7)
    def version(m):
        s = m.group(0)
        if all(len(p) == 3 for p in s.split(".")[1:]):
            return None
        near = m.string[max(0, m.start() - 25) : m.end() + 25]
        if not version_like(s) and not any(version_like(x) for x in dotted_re.findall(near)):
            return None
        return Candidate("identifier", s, s)

    @add(D.NUMERIC_DATE, priority=6)
    def date_numeric(m):
        g = m.groupdict()  # a language's form may have a second, spaced spelling (m2, y2)
        d, mo = int(g["d"]), int(g["m"] or g.get("m2"))
        if not (1 <= d <= 31 and 1 <= mo <= 12):
            return None
        y = g["y"] or g.get("y2")
        if not y and version_name.search(m.string, max(0, m.start() - 30), m.start()):
            return None
        year = (int(y) if len(y) == 4 else 2000 + int(y)) if y else None
        return Candidate("date", R.date_value(d, mo, year), R.render_date(d, mo, year))

    # days of one month: "25. und 26. Juni 2025", "am 24., 25. und 26. Juni"
    @add(
        rf"{GLB}(?P<d1>{DAYP})(?P<more>(?:,{SP}{DAYP})*){SP}{alt(D.AND)}{SP}(?P<d2>{DAYP}){DL}"
        rf"(?P<m>{MONTH})(?:{YL}(?P<y>{YEAR}))?",
        priority=6,
    )
    def day_pair(m):
        mo = lookup(D.MONTHS, m.group("m"))
        days = [day_of(m.group("d1"))]
        days += [day_of(d) for d in re.findall(DAYP, m.group("more"))]
        days.append(day_of(m.group("d2")))
        y = int(m.group("y")) if m.group("y") else None
        if any(b <= a for a, b in itertools.pairwise(days)):
            return None
        listed = ", ".join(str(d) for d in days[:-1])
        text = f"{R.MONTH_NAMES[mo]} {listed} and {days[-1]}" + (f", {y}" if y else "")
        return Candidate("date", [R.date_value(d, mo, y) for d in days], text)

    PART = rf"(?:{alt(D.DAY_PARTS)}{S}*)"
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
            part = lookup(D.DAY_PARTS, m.group("part").strip()) if m.group("part") else None
            y = int(m.group("y0")) if m.group("y0") else None
            return None, lookup(D.MONTHS, m.group("m0")), y, part
        mo = lookup(D.MONTHS, m.group("m")) if m.group("m") else None
        return day_of(m.group("d")), mo, (int(m.group("y")) if m.group("y") else None), None

    def render_part(d, mo, y, part) -> str:
        return R.with_part(part, R.render_date(d, mo, y))

    @add(
        rf"{GLB}(?P<pre>{alt(list(D.DATE_RANGE_BETWEEN) + list(D.DATE_RANGE_FROM))}){SP}"
        rf"(?P<a>{LOOSE}){SP}(?P<mid>{alt(list(D.DATE_RANGE_AND) + list(D.DATE_RANGE_TO))})"
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
        first = render_part(d1, m1, None if (y1 is None or y1 == y2) else y1, p1)
        second = render_part(d2, m2, y2, p2)
        inclusive = m.group("mid").lower() in {w.lower() for w in D.DATE_RANGE_INCLUSIVE}
        if d1 and d2 and m1 == m2 and y1 in (None, y2) and not inclusive:
            second = f"{d2}, {y2}" if y2 else str(d2)  # "from June 16 to 18"
        if lookup(D.DATE_RANGE_BETWEEN + D.DATE_RANGE_FROM, m.group("pre")) in D.DATE_RANGE_BETWEEN:
            text = f"between {first} and {second}"
        elif inclusive:
            text = f"from {first} up to and including {second}"
        else:
            text = f"from {first} to {second}"
        value = {"from": R.date_value(d1, m1, y1 or y2), "to": R.date_value(d2, m2, y2)}
        return Candidate("date_range", value, text)

    @add(rf"{GLB}(?P<a>{MONTH}){SP}{alt(D.AND)}{SP}(?P<b>{MONTH})(?:{YL}(?P<y>{YEAR}))?", 3)
    def month_pair(m):
        y = int(m.group("y")) if m.group("y") else None
        m1, m2 = lookup(D.MONTHS, m.group("a")), lookup(D.MONTHS, m.group("b"))
        text = f"{R.MONTH_NAMES[m1]} and {R.render_date(None, m2, y)}"
        return Candidate("date", [R.date_value(None, m1, y), R.date_value(None, m2, y)], text)

    # "April bis Juni", "avril à juin" -> "April to June": a month range needs no preposition
    month_to = [w for w in D.DATE_RANGE_TO if w in L.free_mid]

    @add(rf"{GLB}(?P<a>{MONTH}){SP}{alt(month_to)}{SP}(?P<b>{MONTH})(?:{YL}(?P<y>{YEAR}))?", 3)
    def month_range(m):
        y = int(m.group("y")) if m.group("y") else None
        m1, m2 = lookup(D.MONTHS, m.group("a")), lookup(D.MONTHS, m.group("b"))
        text = f"{R.MONTH_NAMES[m1]} to {R.render_date(None, m2, y)}"
        value = {"from": R.date_value(None, m1, y), "to": R.date_value(None, m2, y)}
        return Candidate("date_range", value, text)

    ambiguous = {a.lower() for a in D.AMBIGUOUS_MONTHS}

    @add(
        rf"(?:{GLB}(?P<prep>{alt(D.MONTH_PREPS)}){SP})?{GLB}(?:(?P<pre>{PART}))?(?P<m>{MONTH})"
        # an earlier year after a month where no noun follows it ("Im Mai 1291 trugen Engel";
        # "im Mai 1200 Besucher" is a count)
        rf"(?:{YL}(?P<y>{YEAR}|1[0-7]\d\d(?![\d.,]\d|{SP}[A-ZÄÖÜ]|[{GL}\d])))?",
        priority=2,
    )
    def month_year(m):
        month = m.group("m")
        mo = lookup(D.MONTHS, month)
        if not (m.group("y") or m.group("pre") or m.group("prep")):
            start = m.start("m")
            # "Mars", "Mayo": a capital inside a sentence is more often a name than a month
            inside = not re.search(r"[.!?:\n]\s?$|^$", m.string[max(0, start - 2) : start])
            if D.MONTHS_LOWERCASE and month[0].isupper() and inside:
                return None
            # "Mai", "August": a month only after a preposition (not "August Müller")
            if month.lower() in ambiguous and not L.preceded_by(m, D.MONTH_CONTEXT, start):
                return None
        y = int(m.group("y")) if m.group("y") else None
        part = lookup(D.DAY_PARTS, m.group("pre").strip()) if m.group("pre") else None
        text = render_part(None, mo, y, part)
        if m.group("prep"):
            text = f"{lookup(D.MONTH_PREPS, m.group('prep'))} {text}"
        return Candidate("date", R.date_value(None, mo, y), text)

    def weekday_with_part(day: str, part: str | None, relative: str | None = None) -> str:
        """A weekday with its part of the day and a relative word: "Saturday evening", "midday
        on Saturday", "next Friday evening", "midday next Friday"."""
        english = lookup(D.WEEKDAY_PARTS, part) if part else None
        if english == "midday":
            return f"midday {relative} {day}" if relative else f"midday on {day}"
        return " ".join(w for w in (relative, day, english) if w)

    # "(von) Montag bis Freitag" -> "(from) Monday to Friday": one range, not a day and "until"
    WD, WP = alt(D.WEEKDAYS), alt(D.WEEKDAY_PARTS)
    weekday_range_link = alt(L.free_mid) if L.free_mid else "(?!)"

    @add(
        rf"(?:{GLB}(?P<from>{alt(D.RANGE_FROM)}){SP})?{GLB}(?P<a>{WD})(?P<pa>{WP})?{NL}"
        rf"{SP}(?:{weekday_range_link}|[-–]){SP}{GLB}(?P<b>{WD})(?P<pb>{WP})?{NL}",
        priority=2,
    )
    def weekday_range(m):
        ends = [
            weekday_with_part(lookup(D.WEEKDAYS, m.group(day)), m.group(part))
            for day, part in (("a", "pa"), ("b", "pb"))
        ]
        text = f"{ends[0]} to {ends[1]}"
        if m.group("from"):
            text = f"{D.RANGE_FROM_ENGLISH or 'from'} {text}"
        value = {"from": lookup(D.WEEKDAYS, m.group("a")), "to": lookup(D.WEEKDAYS, m.group("b"))}
        return Candidate("date_range", value, text)

    # "Samstagabend", "samedi soir", "sábado por la noche" -> "Saturday evening"; "seit Montag"
    # -> "since Monday" (the prepositions of years)
    @add(
        rf"(?:{GLB}(?:(?P<rel>{alt(D.WEEKDAY_RELATIVE)})|(?P<prep>{alt(D.YEAR_PREPS)})){SP})?"
        rf"{GLB}(?P<w>{alt(D.WEEKDAYS)})(?P<part>{alt(D.WEEKDAY_PARTS)})?{NL}",
        priority=1,
    )
    def weekday(m):
        eng = lookup(D.WEEKDAYS, m.group("w"))
        relative = lookup(D.WEEKDAY_RELATIVE, m.group("rel")) if m.group("rel") else None
        text = weekday_with_part(eng, m.group("part"), relative)
        if m.group("prep"):
            text = f"{lookup(D.YEAR_PREPS, m.group('prep'))} {text}"
        return Candidate("date", eng, text)

    # ---- times ---------------------------------------------------------------------------------
    # optional: the day part after a time ("8 Uhr abends" -> 8:00 p.m.)
    day_parts = getattr(D, "CLOCK_DAY_PARTS", {})
    day_part = rf"(?:{SP}(?P<part>{alt(day_parts)}))?" if day_parts else ""

    # optional: a rough time ("gegen 4 Uhr" -> "around 4:00 a.m."), its word kept in the figure
    time_quals = getattr(D, "TIME_QUALIFIERS", {})
    time_qual = rf"(?:{GLB}(?P<q>{alt(time_quals)}){SP})?" if time_quals else ""

    @add(
        rf"(?:{GLB}(?P<pre>{alt(D.TIME_PREFIXES)}){SP})?{time_qual}"
        rf"(?<![\d.,:])(?P<h>[01]?\d|2[0-4])"
        rf"(?:(?P<sep>{D.TIME_SEP})(?P<mi>[0-5]\d))?"
        rf"(?:{S}?(?P<suf>{alt(D.TIME_SUFFIXES, False)}){day_part})?"
        rf"(?![{GL}\d]|[.,:]\d)",
        priority=5,
    )
    def clock_time(m):
        h, mi = int(m.group("h")), int(m.group("mi") or 0)
        if day_parts and m.group("part"):
            h = hour_of_day(h, lookup(day_parts, m.group("part")))
        suf = m.group("suf")
        # a suffix, or a separator with letters ("20 Uhr 15", "20 h 15"), says it is a time
        alone = (suf and suf in D.TIME_SUFFIXES_ALONE) or re.search(r"[^\W\d_]", m["sep"] or "")
        # "gegen 20:30": a rough time needs no "Uhr" (never the score "20-30")
        # (and "circa 22:20": a colon and two digits of minutes after a rough word)
        rough = (
            time_quals
            and m.group("q")
            and m.group("mi")
            and (m.group("q").lower() == "gegen" or m.group("sep") == ":")
        )
        if not (m.group("pre") or alone or rough or (m.group("mi") and D.TIME_MINUTES_ALONE)):
            return None
        if h == 24 and not m.group("mi") and D.TIME_MINUTES_ALONE:
            return None  # "24 h" is a duration where "h" also writes times; "24 Uhr" is midnight
        extra = lookup(D.TIME_SUFFIXES, suf) if suf else ""
        text = f"{h:02d}:{mi:02d}{extra}" if extra == " GMT" else R.render_time(h, mi) + extra
        if time_quals and m.group("q"):
            qual = lookup(time_quals, m.group("q"))
            return Candidate(
                "time", f"{h:02d}:{mi:02d}", f"{qual} {text}", qual, start=m.start("q")
            )
        return Candidate("time", f"{h:02d}:{mi:02d}", text, start=m.start("h"))

    # ---- years ---------------------------------------------------------------------------------
    def year_noun_text(noun: str, years: str) -> str:
        template = lookup(D.YEAR_NOUNS, noun)
        return template.format(years) if "{}" in template else f"{years} {template}"

    # optional: a bound on a year ("bis mindestens 2024" -> "until at least 2024", "spätestens
    # 2020" -> "2020 at the latest"), "{}" standing for the year
    year_bounds = getattr(D, "YEAR_QUALIFIERS", {})

    @add(
        rf"(?:{GLB}(?:(?P<noun>{alt(D.YEAR_NOUNS)})|(?P<word>{alt(D.YEAR_WORDS)})"
        rf"|(?:(?P<bound0>{alt(year_bounds)}){SP})?(?P<prep>{alt(D.YEAR_PREPS)})){SP})?"
        rf"(?:{GLB}(?P<bound>{alt(year_bounds)}){SP})?{GLB}"
        # after "im Jahr", "seit" ... any four digits from 1000 are a year ("im Jahr 1492")
        rf"(?P<y>(?(noun){DAY_YEAR}|(?(word){DAY_YEAR}|(?(prep){DAY_YEAR}|{YEAR}))))"
        rf"(?![{GL}%/-]|:\d|{S}?%|{SP}(?:{L.pct}|{L.cur_after}))",
        priority=1,
    )
    def year(m):
        y = int(m.group("y"))
        text = str(y)
        bound = m.group("bound") or m.group("bound0")  # "bis mindestens", "mindestens bis"
        if bound:
            template = lookup(year_bounds, bound)
            if m.group("noun") or m.group("word"):
                return None
            if not m.group("prep") and template.replace("{}", "").strip() in COUNT_BOUNDS:
                return None  # "mindestens 2024" alone may count (the bare number's)
            text = template.format(y)
        if m.group("prep"):
            text = f"{lookup(D.YEAR_PREPS, m.group('prep'))} {text}"
        elif m.group("noun"):
            text = year_noun_text(m.group("noun"), text)
        elif m.group("word") and L.preceded_by(m, D.YEAR_WORD_THE):
            text = f"the year {y}"
        # the bound is the year's qualifier, which the check reads ("at the earliest")
        qual = lookup(year_bounds, bound).replace("{}", "").strip() if bound else None
        return Candidate("year", y, text, qual)

    # "Ende 2023" -> "late 2023", "seit Anfang 2020" -> "since early 2020"
    @add(
        rf"(?:{GLB}(?P<prep>{alt(D.YEAR_PREPS)}){SP})?{GLB}(?P<part>{alt(D.DAY_PARTS)}){SP}"
        rf"(?P<y>{YEAR})(?![{GL}%/-]|:\d|{S}?%)",
        priority=2,
    )
    def year_part(m):
        y, part = int(m.group("y")), lookup(D.DAY_PARTS, m.group("part"))
        text = render_part(None, None, y, part)
        if m.group("prep"):
            prep = lookup(D.YEAR_PREPS, m.group("prep"))
            # "bis Ende 2016" -> "until the end of 2016" (not "until late 2016")
            end_of = (prep, part) == ("until", "late")
            text = f"{prep} the end of {y}" if end_of else f"{prep} {text}"
        return Candidate("year", int(m.group("y")), text)

    # a living person's years in a list of birthdays: "(1940- )" -> "born 1940"
    @add(rf"(?<=\()(?P<y>{YEAR})[-–]{S}*(?=\))", priority=3)
    def born(m):
        return Candidate("year", int(m.group("y")), f"born {m.group('y')}")

    # years of a life or a reign in brackets, any century: "(1515-1586)", "(1871– 88)"
    @add(r"(?<=\()(?P<a>1\d{3}|20\d\d)[-–]\s?(?P<b>1\d{3}|20\d\d|\d\d)(?=\))", priority=3)
    def years_in_brackets(m):
        a, b_s = int(m.group("a")), m.group("b")
        b = int(b_s) if len(b_s) == 4 else int(m.group("a")[:2] + b_s)
        if not 0 < b - a <= 120:
            return None
        return Candidate("date_range", {"from": a, "to": b}, f"{a}-{b}")

    @add(
        rf"(?:{GLB}(?:(?P<noun>{alt(D.YEAR_NOUNS)})|(?P<pre>{alt(L.range_pre)})){SP})?"
        rf"{GLB}(?P<a>{YEAR})(?:{SP}(?P<mid>{alt(D.RANGE_MID)}){SP}(?P<b>{YEAR})"
        rf"|(?P<dash>[-–/])(?P<b2>\d{{4}}|\d{{2}}))(?![\d%])",
        priority=3,
    )
    def year_range(m):
        a = int(m.group("a"))
        if m.group("b2"):
            b_s = m.group("b2")
            b = int(b_s) if len(b_s) == 4 else int(m.group("a")[:2] + b_s)
            if b <= a or b - a > 100 or m.group("pre"):
                return None
            text = f"{a}/{b_s}" if m.group("dash") == "/" else f"{a}-{b}"
            if m.group("noun"):
                text = year_noun_text(m.group("noun"), text)
            return Candidate("date_range", {"from": a, "to": b}, text)
        b = int(m.group("b"))
        if b <= a or m.group("noun"):
            return None
        pre = lookup(L.range_pre, m.group("pre")) if m.group("pre") else None
        if pre in D.RANGE_BETWEEN:
            text = f"between {a} and {b}"
        elif pre:
            text = f"from {a} to {b}"
        elif lookup(D.RANGE_MID, m.group("mid")) in L.free_mid:
            text = f"{a} to {b}"
        else:
            return None  # "2019 y 2020", "2019 und 2020" without a preposition: two years
        return Candidate("date_range", {"from": a, "to": b}, text)

    # ---- money, percent, measures, counts ------------------------------------------------------
    PER = L.per

    def per_end(m, name: str) -> tuple[str, int | None]:
        """The "per ..." English and, when the tail is no "per" figure, where the figure ends."""
        per = L.per_text(m)
        if per is None:
            return "", m.end(name)
        return per, None

    euro_compound = re.compile(rf"-(?!{alt(D.COMPOUND_NOUNS, False)}{NL})[A-ZÄÖÜ]")

    @add(rf"{AMT}(?:{L.of}|{S}?)(?P<cur>{L.cur_after}){PER}", priority=4)
    def money_after(m):
        if euro_compound.match(m.string, m.end("cur")):
            return None  # "18 Euro-Finanzminister": the currency names a group, no price
        a = L.parse(m.group("amt"))
        code = lookup(D.CURRENCIES_AFTER, m.group("cur"))
        per, end = per_end(m, "cur")
        text = R.with_qualifier(a.qualifier, cur_text(D, code, a) + per)
        return Candidate("money", ranged(a), text, a.qualifier, code, end=end)

    @add(
        rf"(?:{GLB}(?P<bpre>{alt(D.RANGE_BETWEEN)}){SP})?(?<![{GL}\d])(?P<cur>{L.cur_before})"
        # (Swiss whole francs "Fr. 4.–"; a rate after it, "Fr. 4.50 pro Stunde")
        rf"{S}?{AMT}(?P<whole>\.[–-](?!\w))?"
        rf"(?(bpre)(?:{SP}{alt(D.RANGE_MID)}{SP}(?P<b>{NUM}))?)(?![\d]){PER}"
        rf"(?:{SP}(?P<cmp>{alt(D.COMPARATIVES)}){GRB})?",  # "Fr. 2.50 mehr" -> "CHF 2.50 more"
        priority=4,
    )
    def money_before(m):
        a = L.parse(m.group("amt"))
        sym = m.group("cur")
        code = lookup(D.CURRENCIES_BEFORE, sym)
        text, value = cur_text(D, code, a, sym), ranged(a)
        if m.group("b"):
            text = f"between {text} and {format_digits(m.group('b'))}"
            value = {"from": a.value, "to": normalise_value(parse_number(m.group("b")))}
        elif m.group("bpre"):
            return None
        per, end = per_end(m, "b" if m.group("b") else "whole" if m.group("whole") else "amt")
        if m.group("cmp"):  # (an amount of money is "less", not "fewer")
            per += " " + lookup(D.COMPARATIVES, m.group("cmp"))[1]
            end = None
        qual, start = a.qualifier, None
        if not qual and not m.group("bpre"):  # "rund Fr. 26 pro Monat" -> "around CHF 26 a month"
            qual, start = L.qualifier_before(m.string, m.start())
        text = R.with_qualifier(qual, text + per)
        return Candidate("money", value, text, qual, code, start=start, end=end)

    # a year's figure in brackets between a number and its unit: "6,31 (2014: 4,86) Millionen
    # Euro" -> "6.31 million euros", "2014", "4.86 million euros"; each number takes the unit
    compared_tail = rf"(?:(?P<scale>{SCALE}){SP})?(?:(?P<cur>{L.cur_after})|(?P<pct>{L.pct}))"
    compared = rf"\((?:1[89]|20)\d\d:{S}"

    def compared_candidate(number: str, tail: re.Match, end: int | None = None):
        """``number`` with the scale and unit of ``tail`` (a ``compared_tail`` match)."""
        a = L.parse(f"{number} {tail.group('scale')}" if tail.group("scale") else number)
        if tail.group("cur"):
            code = lookup(D.CURRENCIES_AFTER, tail.group("cur"))
            return Candidate("money", a.value, cur_text(D, code, a), None, code, end=end)
        if tail.group("pct") in D.POINTS_WORDS:
            return Candidate("percentage_points", a.value, f"{a.text} percentage points", end=end)
        return Candidate("percent", a.value, f"{a.text} percent", end=end)

    compared_after = re.compile(rf"{SP}{compared}{NUM}\){SP}{compared_tail}{NL}")

    @add(rf"(?<![\d.,])(?P<n>{NUM})(?={SP}{compared}{NUM}\){SP}{compared_tail}{NL})", priority=5)
    def compared_now(m):
        tail = compared_after.match(m.string, m.end())
        return compared_candidate(m.group("n"), tail) if tail else None

    @add(rf"(?<={compared})(?P<n>{NUM})\){SP}{compared_tail}{NL}", priority=5)
    def compared_then(m):
        return compared_candidate(m.group("n"), m, end=m.end("n"))

    @add(rf"{AMT}{S}?(?P<p>{L.pct})(?![{GL}])(?:{SP}(?P<of>{alt(D.PERCENT_OF)}))?")
    def percent(m):
        a = L.parse(m.group("amt"))
        p = re.sub(rf"{S}+", " ", m.group("p"))
        if p in D.POINTS_WORDS:
            word = "percentage point" if a.value == 1 and a.to is None else "percentage points"
            text = R.with_qualifier(a.qualifier, f"{a.text} {word}")
            return Candidate("percentage_points", ranged(a), text, a.qualifier, "pp")
        text = f"{a.text}%" if p == "%" else f"{a.text} percent"
        if m.group("of"):
            text += f" {lookup(D.PERCENT_OF, m.group('of'))}"
        return Candidate(
            "percent", ranged(a), R.with_qualifier(a.qualifier, text), a.qualifier, "%"
        )

    # a measure that describes a noun: an inflected adjective after it, or (where numbers go
    # into compounds) a hyphen and the noun
    # (optional: forms that are comparatives or adverbs as well describe a noun only where one
    # follows, after one more adjective at most: "0,321 Sekunden schneller als", "zwei Kilometer
    # weiter" compare and place; German capitalises the noun)
    need_noun = set(getattr(D, "UNIT_ADJECTIVES_BEFORE_NOUN", ()))
    free = [a for a in D.UNIT_ADJECTIVES if a not in need_noun]
    attributive = re.compile(
        "|".join(
            [
                *([rf"{SP}(?:{alt(free)}){GRB}"] if free else []),
                *(
                    [
                        rf"{SP}(?:{alt(need_noun)}){GRB}"
                        rf"(?={SP}(?:[a-zäöüß]+e[nmrs]?{SP})?[A-ZÄÖÜ\d])"
                    ]
                    if need_noun
                    else []
                ),
                *([r"-(?=[A-ZÄÖÜ])"] if D.COMPOUND_NOUNS else []),
            ]
        )
        or "(?!)"
    )

    duration_qualifiers = {k.lower(): v for k, v in getattr(D, "DURATION_QUALIFIERS", {}).items()}
    age_after = re.compile(rf"{SP}(?:{alt(getattr(D, 'AGE_AFTER', []))}){GRB}")

    @add(
        rf"(?:{GLB}(?P<uq>{alt(D.UNIT_QUALIFIERS)}){SP}(?=\d|{L.numword}))?"
        rf"{L.amount_change}(?:{L.of}|{S}*)(?P<unit>{L.unit}){PER}"
    )
    def measure(m):
        a = L.parse(m.group("amt"))
        unit = lookup(D.UNITS, m.group("unit"))
        plain = a.to is None and not (a.qualifier or m.group("uq"))
        # ("100 Mal schneller" compares: "100 times faster", never "100-time")
        if plain and unit[0] != "time" and attributive.match(m.string, m.end("unit")):
            # "5,8 Zoll großem Bildschirm", "5 Megapixel-Kameras" -> "5.8-inch", "5-megapixel";
            # "eine hundert Meter breite Zone" -> "hundred-meter" (the article is the German's)
            shown = a.text.removeprefix("a ")
            return Candidate("measure", a.value, f"{shown}-{unit[0]}", None, m.group("unit"))
        per, end = per_end(m, "unit")
        eng = R.plural(unit, a.value, force_plural=a.to is not None or isinstance(a.value, float))
        qual = lookup(D.UNIT_QUALIFIERS, m.group("uq")) if m.group("uq") else a.qualifier
        if qual and unit[0] in TIME_UNITS_EN and not age_after.match(m.string, m.end("unit")):
            qual = duration_qualifiers.get(m.group("amt").split(None, 1)[0].lower(), qual)
        value = ranged(a)
        if qual in SIGN_ENGLISH and unit[0] in TEMPERATURES_EN:
            # "minus fünf Grad" is a temperature below zero, not a fall: "minus five degrees"
            signed = re.match(r"\s*[+\-–−]", m.group("amt"))
            sign = ("-" if qual == "down" else "+") if signed else f"{SIGN_ENGLISH[qual]} "
            text, qual = f"{sign}{a.text} {eng}{per}", None  # values stay unsigned ("-5 Grad")
        else:
            text = R.with_qualifier(qual, f"{a.text} {eng}{per}")
        return Candidate("measure", value, text, qual, m.group("unit"), end=end)

    # dimensions with the unit written once: "159,3 x 77,8 Millimeter" -> "159.3 x 77.8
    # millimeters", a relay "4 x 100 Meter" -> "4 x 100 meters": one figure, no loose member
    # (and in words, for a size: "ein etwa 40 mal 60 Zentimeter großes Gitter" is no "40 times")
    LENGTHS = {"millimeters", "centimeters", "meters", "kilometers", "mm", "cm", "m", "km"}
    by_words = getattr(D, "DIMENSION_WORDS", ())
    BY = rf"(?:{S}?[x×]{S}?" + (rf"|{SP}{alt(by_words, False)}{SP})" if by_words else ")")

    @add(
        rf"(?<![\w.,])(?P<a>{NUM}){BY}(?P<b>{NUM})(?:{BY}(?P<c>{NUM}))?"
        rf"{S}*(?P<unit>{L.unit})(?![{GL}])"
    )
    def dimensions(m):
        parts = [m.group(g) for g in ("a", "b", "c") if m.group(g)]
        values = {f"x{n}": normalise_value(parse_number(p)) for n, p in enumerate(parts, 1)}
        english = lookup(D.UNITS, m.group("unit"))[1]
        if not re.search("[x×]", m.group(0)) and english not in LENGTHS:
            return None  # "3 mal 10 Minuten" is no size
        text = " x ".join(format_digits(p) for p in parts) + f" {english}"
        qual, start = qualifier_before(m)
        if qual not in ("about", "around"):  # "die Staffel über 4 x 100 Meter": the distance
            qual, start = None, None
        return Candidate("measure", values, R.with_qualifier(qual, text), qual, m.group("unit"),
                         start=start)  # fmt: skip

    TU = alt([k for k, v in D.UNITS.items() if v[0] in TIME_UNITS_EN], False)

    N = rf"(?:(?<![\d.,])\d+|{L.numword})"

    def whole(s: str) -> tuple[int, str]:
        """Value and English of a whole number in digits or words ("drei" -> 3, "three")."""
        if s.isdigit():
            return int(s), s
        value = L.word_value(s)
        return value, R.number_word(value)

    @add(rf"(?P<a>{N}){SP}(?P<u1>{TU}){SP}{alt(D.AND)}{SP}(?P<b>{N}){SP}(?P<u2>{TU}){GRB}", 2)
    def compound_duration(m):
        (a, a_en), (b, b_en) = whole(m.group("a")), whole(m.group("b"))
        u1, u2 = lookup(D.UNITS, m.group("u1")), lookup(D.UNITS, m.group("u2"))
        text = f"{a_en} {R.plural(u1, a)} and {b_en} {R.plural(u2, b)}"
        return Candidate("measure", {u1[1]: a, u2[1]: b}, text, None, m.group("u1"))

    @add(rf"{GLB}(?P<every>{alt(D.EVERY)}){SP}{AMT}{SP}(?P<unit>{TU}){GRB}", priority=2)
    def frequency(m):
        a = L.parse(m.group("amt"))
        unit = lookup(D.UNITS, m.group("unit"))
        text = f"{lookup(D.EVERY, m.group('every'))} {a.text} {R.plural(unit, a.value)}"
        return Candidate(
            "measure", ranged(a), R.with_qualifier(a.qualifier, text), a.qualifier, m.group("unit")
        )

    @add(rf"{GLB}{alt(D.AGO)}{SP}{AMT}{SP}(?P<unit>{TU}){GRB}", priority=2)
    def time_ago(m):
        a = L.parse(m.group("amt"))
        unit = lookup(D.UNITS, m.group("unit"))
        many = a.to is not None or isinstance(a.value, float)
        text = f"{a.text} {R.plural(unit, a.value, force_plural=many)} ago"
        return Candidate(
            "measure", ranged(a), R.with_qualifier(a.qualifier, text), a.qualifier, m.group("unit")
        )

    # race times and gaps: "2:11:45,3 Std." -> "2:11:45.3 hours", "+1:02,4 Min." -> "+1:02.4 min";
    # three groups, a sign or a unit keep them from being read as a score or a clock time; an
    # adjective may stand before the unit ("nach 3:48 nervenaufreibenden Stunden")
    @add(
        rf"(?<![\d:.,])(?P<sign>[+\-–−])?(?P<clock>\d{{1,2}}:[0-5]\d(?::[0-5]\d)?)"
        rf"(?:[.,](?P<frac>\d{{1,3}}))?(?![\d:])"
        rf"(?:(?:{SP}[a-zäöüß]{{3,}}(?:e|en){SP}|{S}?)"
        rf"(?P<unit>{alt(D.RACE_UNITS, False)}){NL})?",
        priority=5,
    )
    def race_time(m):
        clock, sign, unit = m.group("clock"), m.group("sign") or "", m.group("unit")
        # "1:52,13" (minutes, seconds and hundredths) is a time too: a score or a clock time
        # never carries a decimal fraction
        if not (unit or clock.count(":") == 2 or m.group("frac")):
            return None
        digits = sign.replace("–", "-").replace("−", "-") + clock
        if m.group("frac"):
            digits += "." + m.group("frac")
        text = f"{digits} {lookup(D.RACE_UNITS, unit)}" if unit else digits
        return Candidate("measure", digits, text, None, unit)

    # compounds: "500-Millionen-Dollar-Kredit" -> "500 million dollar loan",
    # "25-Euro-Gutschein" -> "25-euro voucher", "Fünf-Zoll-Display" -> "five-inch display",
    # "mehr als 800-mal" -> "more than 800 times"; an unknown head noun stays outside the figure.
    # Only languages with COMPOUND_NOUNS write numbers into compounds.
    def compound(m):
        if m.group("w"):
            base = L.word_value(m.group("w"))
            digits = R.number_word(base)
        else:
            base, digits = parse_number(m.group("num")), format_digits(m.group("num"))
        scale = lookup(D.SCALES, m.group("scale")) if m.group("scale") else None
        value = normalise_value(base * (scale or 1))
        qual, start = qualifier_before(m)
        if m.group("cur"):
            kind, code = "money", lookup(D.CURRENCIES_AFTER, m.group("cur"))
            word, unit = D.ENGLISH_CURRENCIES[code][0], code
        elif not m.group("unit"):  # "10-Millionen-Schweiz": the scale, the head stays outside
            assert scale is not None  # the pattern takes no unknown head without a scale
            text = R.with_qualifier(qual, f"{digits} {R.scale_word(scale)}")
            return Candidate("number", value, text, qual, start=start, end=m.end("scale"))
        else:
            kind, unit = "measure", m.group("unit")
            english = lookup(D.UNITS, unit)
            word = english[0]
            if word == "time" and not (scale or m.group("head")):  # "100-mal schneller"
                text = R.with_qualifier(qual, f"{digits} {R.plural(english, value)}")
                return Candidate(kind, value, text, qual, unit, start=start)
        text = f"{digits} {R.scale_word(scale)} {word}" if scale else f"{digits}-{word}"
        if m.group("head"):
            text += f" {lookup(D.COMPOUND_NOUNS, m.group('head'))}"
        return Candidate(kind, value, R.with_qualifier(qual, text), qual, unit, start=start)

    if D.COMPOUND_NOUNS:
        # a number word needs a noun after its unit ("Fünf-Zoll-Display", never "Drei-Meter")
        add(
            rf"(?<![\d.,-])(?:(?P<num>{NUM})|(?P<w>{L.numword}))-(?:(?P<scale>{SCALE})-)?"
            rf"(?:(?P<cur>{L.cur_after})|(?P<unit>{L.unit})|(?(scale)(?=[A-ZÄÖÜ])|(?!)))"
            rf"(?(w)(?=-[A-ZÄÖÜ]))"
            rf"(?:-(?P<head>{alt(D.COMPOUND_NOUNS, False)}){NL})?(?=-|{NL}|[A-ZÄÖÜ])",
            priority=3,
        )(compound)

    # optional: qualifier words that are a preposition before "ein" and a noun: no count
    article_qualifiers = {w.lower() for w in getattr(D, "ARTICLE_QUALIFIERS", ())}

    def preposition_and_article(amount: str, a: Amount) -> bool:
        return bool(
            a.words and a.value == 1 and a.to is None and a.qualifier
            and amount.split(None, 1)[0].lower() in article_qualifiers
        )  # fmt: skip

    # optional: a noun whose English depends on the story ("sieben Staaten" in a story about US
    # states is "seven states", not "countries"): noun -> (pattern nearby, English)
    nouns_in_context = {
        noun: (re.compile(pattern), english)
        for noun, (pattern, english) in getattr(D, "NOUNS_IN_CONTEXT", {}).items()
    }
    # ... and nouns whose English is another one unless the story is of its kind ("Treffer" is a
    # goal in sport, a hit elsewhere)
    nouns_out_of_context = {
        noun: (re.compile(pattern), english)
        for noun, (pattern, english) in getattr(D, "NOUNS_OUT_OF_CONTEXT", {}).items()
    }

    def noun_in_story(m: re.Match, noun: str) -> tuple[str, str]:
        """The English of a counted or ranked noun, by the kind of story around it."""
        english = lookup(D.NOUNS, noun)
        if noun in nouns_in_context:
            near, other = nouns_in_context[noun]
            if near.search(m.string, max(0, m.start() - 600), m.end() + 600):
                english = other
        if noun in nouns_out_of_context:
            near, other = nouns_out_of_context[noun]
            if not near.search(m.string, max(0, m.start() - 600), m.end() + 600):
                english = other
        return english

    # optional: a margin after the counted noun, as one word of it ("sieben Zählern Vorsprung"
    # -> "seven-point lead")
    margins = getattr(D, "MARGIN_NOUNS", {})
    margin = rf"|{SP}(?P<margin>{alt(margins, False)}){GRB}" if margins else ""

    # "elf Punkte-Rückstand" -> "eleven-point deficit": a compound head after the noun
    @add(
        rf"{AMT}(?:{L.of}|{SP})(?P<adj>{L.adj}{{0,2}})(?P<noun>{NOUN})"
        rf"(?:-(?P<head>{alt(D.COMPOUND_NOUNS, False)}){NL}{margin})?{PER}"
    )
    def count(m):
        a = L.parse(m.group("amt"))
        if preposition_and_article(m.group("amt"), a):
            return None  # "Freude über ein Spiel", "nicht über ein Remis hinaus"
        noun = noun_in_story(m, m.group("noun"))
        adjs = [lookup(D.ADJECTIVES, w) for w in m.group("adj").split()]
        whole = m.group("head") or (margins and m.group("margin"))
        per, end = per_end(m, ("head" if m.group("head") else "margin") if whole else "noun")
        many = a.to is not None or isinstance(a.value, float)
        text = " ".join([a.text, *adjs, R.plural(noun, a.value, force_plural=many)]) + per
        qual = a.qualifier
        if whole:
            head = lookup({**D.COMPOUND_NOUNS, **margins}, whole)
            if qual and not m.group("head"):  # "a lead of more than ten points"
                return Candidate(
                    "count", ranged(a), f"{head} of {R.with_qualifier(qual, text)}", qual,
                    m.group("noun"), end=end,
                )  # fmt: skip
            text = " ".join([f"{a.text}-{noun[0]}", *adjs, head]) + per
        return Candidate(
            "count", ranged(a), R.with_qualifier(qual, text), qual, m.group("noun"), end=end
        )

    # "one" in a list of counts: "zwei Afghanen und ein Ausländer" -> "one foreigner"; after a
    # comma only where a count follows too ("fünf Siege, ein Remis und zwei Niederlagen")
    counted_before = re.compile(rf"(?:{NUM}|{L.numword}){SP}(?:[{GL}-]+{SP}){{1,2}}$")
    counted_after = re.compile(rf"{S}*(?:,|{alt(D.AND)}){SP}(?:{NUM}|{L.numword}){SP}[{GL}]")

    @add(
        rf"(?:{GLB}(?:{alt(D.AND)})|(?P<comma>,)){SP}"
        rf"(?P<one>{L.one}){SP}(?P<adj>{L.adj}{{0,2}})(?P<noun>{NOUN})"
    )
    def one_in_list(m):
        before = m.string[max(0, m.start() - 60) : m.start()] + (" " if m.group("comma") else "")
        if not counted_before.search(before):
            return None
        if m.group("comma") and not counted_after.match(m.string, m.end()):
            return None
        noun = lookup(D.NOUNS, m.group("noun"))
        adjs = [lookup(D.ADJECTIVES, w) for w in m.group("adj").split()]
        text = " ".join(["one", *adjs, R.plural(noun, 1)])
        return Candidate("count", 1, text, None, m.group("noun"), start=m.start("one"))

    @add(rf"{GLB}(?<![\d)]{S})(?P<v>{alt(D.VAGUE_WORDS)}){NL}(?:{L.of}(?P<noun>{NOUN}))?", 1)
    def vague(m):
        eng, value = lookup(D.VAGUE_WORDS, m.group("v"))
        if m.group("noun"):
            noun = lookup(D.NOUNS, m.group("noun"))[1]
            return Candidate("count", value, f"{eng} of {noun}", "approximately", m.group("noun"))
        return Candidate("count", value, eng, "approximately")

    # "etwa ein Fünftel" -> "about one fifth", "zwei Drittel" -> "two thirds"
    @add(
        rf"{first_letters([*D.ONE_WORDS, *D.NUMBER_WORDS, *'0123456789'])}"
        rf"(?:(?P<one>{L.one})|(?P<w>{L.numword})|(?<![\d.,])(?P<n>\d{{1,2}}))"
        rf"{SP}(?P<f>{alt(D.FRACTIONS)}){NL}",
        priority=2,
    )
    def fraction(m):
        qual, start = qualifier_before(m)
        if m.group("n"):
            n, shown = int(m.group("n")), m.group("n")
        elif m.group("w"):
            n = L.word_value(m.group("w"))
            shown = R.number_word(n)
        else:
            n, shown = 1, "one"
        d = lookup(D.FRACTIONS, m.group("f"))
        text = R.fraction(n, d, shown)
        return Candidate("number", round(n / d, 3), R.with_qualifier(qual, text), qual, start=start)

    # ---- ordinals ------------------------------------------------------------------------------
    # a place in a results list: "1. Müller 180 Pkt. – 2. Meier" -> "1st"; the place opens the
    # list or follows its separator, and a name follows it
    @add(
        rf"(?:^|(?<=\n)|(?<=[:;–—]{S})|(?<=\s[-–—]{S})|(?<=,{S}))(?P<n>\d{{1,2}})\."
        rf"(?={S}[A-ZÀ-ÖØ-Þ])(?!{S}{MONTH})",  # "Samstag, 8. Juni" is a date
        priority=2,
    )
    def place_in_list(m):
        n = int(m.group("n"))
        return Candidate("ordinal", n, R.ordinal_suffix(n))

    ORD_NOUN = rf"{alt(D.ORDINAL_NOUNS, not D.CASE_SENSITIVE_NOUNS)}{NL}"

    @add(
        rf"(?:{GLB}(?P<prep>{alt(D.ORDINAL_PREPS)}){SP})?(?<![\d.,])(?P<n>\d{{1,4}})"
        rf"(?P<suf>{alt(D.ORDINAL_SUFFIXES, False)})(?![{GL}\d])(?:{SP}(?P<noun>{ORD_NOUN}))?",
        priority=3,
    )
    def ordinal_digits(m):
        n = int(m.group("n"))
        if 1800 <= n <= 2100:  # "im Jahr 2015. Tag der Arbeit": a year ends the sentence
            return None
        if not m.group("noun"):
            if D.ORDINAL_DIGITS_NEED_NOUN:
                return None
            return Candidate("ordinal", n, R.ordinal_suffix(n), start=m.start("n"))
        eng = lookup(D.ORDINAL_NOUNS, m.group("noun"))
        if eng not in WORD_ORDINAL_EN:
            text = f"{R.ordinal_suffix(n)} {eng}"
            return Candidate("ordinal", n, text, unit=m.group("noun"), start=m.start("n"))
        text = f"{R.ordinal_word(n)} {eng}"
        if m.group("prep"):  # "im 3. Quartal" -> "in the third quarter"
            text = f"{lookup(D.ORDINAL_PREPS, m.group('prep'))} {text}"
            return Candidate("ordinal", n, text, unit=m.group("noun"))
        return Candidate("ordinal", n, text, unit=m.group("noun"), start=m.start("n"))

    need_noun = {w.lower() for w in D.ORDINAL_WORDS_NEED_NOUN}
    ORD_WORD_NOUN = alt(list(D.NOUNS) + list(D.ORDINAL_NOUNS), not D.CASE_SENSITIVE_NOUNS)
    # optional: words after a counted noun that make a streak ("der fünfte Sieg in Serie" -> "the
    # fifth win in a row")
    in_a_row = getattr(D, "IN_A_ROW", ())
    streak = rf"(?:{SP}(?P<row>{alt(in_a_row)}){GRB})?" if in_a_row else ""

    @add(
        rf"(?:{GLB}(?P<art>{alt(D.ORDINAL_ARTICLES)}){SP})?{GLB}(?P<w>{alt(D.ORDINAL_WORDS)}){NL}"
        rf"(?:{SP}(?P<count>{L.numword}))?(?:{SP}(?P<noun>{ORD_WORD_NOUN}){NL}{streak})?"
        rf"(?(count)(?(noun)|(?:{SP}(?P<unit>{L.unit}){GRB})?))"
    )
    def ordinal_word(m):
        value = lookup(D.ORDINAL_WORDS, m.group("w"))
        noun = m.group("noun")
        parts = [R.ordinal_word(value)]
        if m.group("count") and m.group("w")[0].isupper() and D.CASE_SENSITIVE_NOUNS:
            # "als Sechster sieben Punkte Vorsprung": a place, then a count of its own
            text = parts[0] if not m.group("art") else f"the {parts[0]}"
            return Candidate("ordinal", value, text, end=m.end("w"))
        if m.group("count"):  # "die ersten drei Spiele"
            parts.append(R.number_word(L.word_value(m.group("count"))))
        if m.group("unit"):  # "in den ersten drei Wochen" -> "first three weeks": a duration,
            count = L.word_value(m.group("count"))  # checked by its count
            parts.append(R.plural(lookup(D.UNITS, m.group("unit")), count))
            text = " ".join(parts)
            text = f"the {text}" if m.group("art") else text
            return Candidate("measure", count, text, None, m.group("unit"))
        if not noun:
            if m.group("w").lower() in need_noun:
                return None
            text = " ".join(parts)
            return Candidate("ordinal", value, f"the {text}" if m.group("art") else text)
        many = bool(m.group("count")) or any(noun.endswith(e) for e in D.PLURAL_ENDINGS)
        # "die ersten Forscher": the article and the ending say plural ("die erste Frau" not)
        plural_article = getattr(D, "PLURAL_ORDINAL_ARTICLE", None)
        if plural_article and (m.group("art") or "").lower() == plural_article[0]:
            many = many or m.group("w").lower().endswith(plural_article[1])
        try:
            parts.append(R.plural(noun_in_story(m, noun), 2 if many else 1))
        except KeyError:
            parts.append(lookup(D.ORDINAL_NOUNS, noun))
        if in_a_row and m.group("row"):
            if parts[-1] == "time":
                return None  # "zum zweiten Mal in Folge": "for the second time" is the idiom's
            parts.append("in a row")
        text = " ".join(parts)  # "das erste Mal" -> "the first time"
        return Candidate("ordinal", value, f"the {text}" if m.group("art") else text, unit=noun)

    # ---- identifiers, number words, bare numbers -----------------------------------------------
    @add(
        rf"(?<![{GL}]){alt(VERSIONED, False)}{SP}v?\d{{1,5}}(?:\.\d{{1,4}}){{0,3}}"
        r"(?:-\d{1,4}(?![\d-]))?(?![\d.,]\d)",  # a type's variant: "Boeing 737-800"
        3,
    )
    def named_version(m):
        return Candidate("identifier", m.group(0), m.group(0))

    # model names with digits, as written: "Core-i5-6300HQ", "802.11ac"
    @add(rf"{GLB}(?:Core[- ]i[3579](?:-\d{{4,5}}[A-Z]{{0,2}})?|802\.11(?:[a-z]{{1,2}})?){NL}", 3)
    def model_name(m):
        return Candidate("identifier", m.group(0), m.group(0))

    stop = {w.lower() for w in D.ID_STOPWORDS}
    year_nouns = {w.lower() for w in D.YEAR_NOUNS}

    @add(
        rf"{GLB}(?:(?P<chem>{alt(CHEM)})|(?P<id>[A-Z][A-Z]?[A-Za-z]?(?:{S}|-)?\d{{1,4}}[a-z]?"
        r"(?:-\d{1,4}(?![\d-]|[A-Za-z]))?)"  # a type's variant: "A350-900" (not "15-45mm")
        rf"|(?P<threed>\d-D(?![{GL}])|(?<![\d.,])\d{{1,3}}[A-Z](?![{GL}]))|[A-Z]{{2}}\d{{5,}})"
        rf"(?![\d])(?!{S}?%)",
        priority=2,
    )
    def identifier(m):
        s = m.group(0)
        if m.group("chem"):
            return Candidate("identifier", s, CHEM[s.lower()])
        if m.group("id"):
            letters = re.sub(r"[^A-Za-z].*", "", s, flags=re.S)
            if letters.lower() in stop:
                return None
            if letters.lower() in year_nouns and re.search(rf"{S}{YEAR}$", s):
                return None  # "WM 2017": the year of a named event (the year rule renders it)
            if re.search(S, s) and re.match(r"\.[0-5]\d(?!\d)", m.string[m.end() : m.end() + 4]):
                return None  # "ZDF 23.40": a channel and a start time, not "ZDF 23"
            if re.search(rf"{S}(?:18|19|20)\d\d$", s):
                return None  # "mit VSV 2006", "(USA 2010, Edward Zwick)": a year after a name
            mixed = not letters.isupper()
            if mixed and len(letters) >= 2 and not re.fullmatch(r"[A-Z][a-z]?", letters):
                return None
            if mixed and re.search(S, s):
                return None
            if mixed and "-" not in s and len(letters) > 1:
                return None
        return Candidate("identifier", s, s)

    @add(rf"(?:{L.qual})?{L.numword}(?:{SP}{SCALE})?", priority=-1)
    def number_word(m):
        a = L.parse(m.group(0))
        if a.value == 0 or preposition_and_article(m.group(0), a):
            return None
        return Candidate("number", a.value, R.with_qualifier(a.qualifier, a.text), a.qualifier)

    year_or_count = re.compile(
        rf"{S}*(?:[.,;:!?)\]–—]|$)" + (rf"|{SP}[a-zäöüß]" if D.CASE_SENSITIVE_NOUNS else "")
    )

    # a bare number, or one compared: "etwa 3000 weniger" -> "about 3,000 fewer", "7 mehr"
    @add(
        rf"{AMT}(?:{SP}(?!{L.qual})(?P<cmp>{alt(D.COMPARATIVES)}){GRB}|(?![{GL}\d]))",
        priority=-2,
    )
    def bare_number(m):
        if m.group("num") and re.fullmatch(r"0\d+", m.group("num")):
            return None  # "User 00039": a name (the glued identifier's)
        a = L.parse(m.group("amt"))
        if preposition_and_article(m.group("amt"), a):
            return None
        text = a.text
        num = m.group("num")
        # "von 1689 als", "zirka 1822.": a year or a count, unsure which (no noun follows where
        # nouns are capitalised, or the clause ends, and no bound makes it a count, as in
        # "mindestens 1790"): the digits as written
        if (
            num
            and re.fullmatch(YEARLIKE, num)
            and year_or_count.match(m.string, m.end())
            and a.qualifier not in COUNT_BOUNDS
        ):
            text = text.replace(format_digits(num), num)
        if m.group("cmp"):
            if re.fullmatch(L.year, m.group("amt")):
                return None  # "2014 mehr Gäste": a year (the year rule's)
            whole, part = lookup(D.COMPARATIVES, m.group("cmp"))
            text += " " + (part if isinstance(a.value, float) else whole)
        return Candidate("number", ranged(a), R.with_qualifier(a.qualifier, text), a.qualifier)

    # numbers joined by a dash or slashes with no space: "Größen 40-43" -> "40-43", a golfer's
    # rounds "70/66/69/66" or "70-66-69-66" -> "70-66-69-66" (two members with a slash, "24/7",
    # stay apart), a phone number "1-999-367-3767" as written; an ISO date "2015-10-05" is a date
    @add(
        r"(?<![\w.,/:-])(?P<a>\d{1,4})(?:(?P<chain>(?:-\d{1,4}){2,})|[-–](?P<b>\d{1,4})"
        r"|(?P<more>(?:/\d{1,3}){2,}))"
        rf"(?![{GL}\d/:-]|[.,]\d|{S}?%)",
        priority=1,
    )
    def joined_numbers(m):
        numbers = [int(x) for x in re.findall(r"\d+", m.group(0))]
        if m.group("chain"):
            iso = re.fullmatch(r"((?:19|20)\d\d)-(\d\d)-(\d\d)", m.group(0))
            if iso:
                y, mo, d = (int(x) for x in iso.groups())
                if 1 <= mo <= 12 and 1 <= d <= 31:
                    return Candidate("date", R.date_value(d, mo, y), R.render_date(d, mo, y))
            if re.search(r"(?<!\d)0\d", m.group(0)):
                return None  # "0800-810-013": a leading zero names a number (an identifier)
            return Candidate("number", numbers, m.group(0))
        if m.group("b"):
            if numbers[1] <= numbers[0]:
                return None  # "3-2": a score or a result, not a range
            return Candidate("number", {"from": numbers[0], "to": numbers[1]}, f"{m['a']}-{m['b']}")
        return Candidate("number", numbers, "-".join(str(n) for n in numbers))

    # any other word that glues digits and letters ("9to5Mac", "65EF9500", "4k", "iPhone 5s") or
    # a number with a leading zero ("User 00039", "0800-810-013") names something: an
    # identifier, as written; not a score that lost its spaces ("Ouedraogo2:0", "4:2Toronto")
    @add(
        rf"(?<![{GL}\d.,:-])(?:(?=[{GL}]*\d)[{GL}\d]*(?:[{GL}]\d|\d[{GL}])[{GL}\d]*"
        rf"|0\d+(?:[-/]\d+)*(?![.,]\d))(?![{GL}\d]|:\d)",
        priority=-3,
    )
    def glued_identifier(m):
        return Candidate("identifier", m.group(0), m.group(0))

    # ---- rules of this language alone ----------------------------------------------------------
    own = D.__name__.removesuffix("_data") + "_rules"
    if importlib.util.find_spec(own) is not None:
        rules.extend(importlib.import_module(own).rules(L))
    return rules
