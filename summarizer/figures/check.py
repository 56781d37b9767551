"""Compare the figures of a German source sentence with its English translation, by value.

Every figure is reduced to *atoms* (a number, a percentage, a date, a clock time, a score ...);
a range has two atoms, a month pair two, a set score one per set. Per source figure:

* ``kept``: all its atoms are in the English, written in English style.
* ``repaired``: all atoms are there but in a German format (``1.000 containers``, ``3,2 percent``,
  ``7 September``), or the value was collapsed (``1.000`` read as ``1``) and exactly one English
  number is left to hold it: the English text is fixed in place.
  A minus the English lost is put back (see ``signs``), and a qualifier it turned round ("less
  than 1,000" for "mehr als 1000", see ``bounds``) is turned back: ``repaired`` too.
* ``missing``: not in the English (the caller keeps it in the brief's key-figures line). The
  same number in another currency or unit ("5 million dollars" for "5 Millionen Euro", "five
  minutes" for "fünf Stunden", see ``units``) holds no source figure, and a change the English
  turned round ("rose 1.3 percent" for "ein Minus von 1,3 Prozent") is missing too.

English figures left over after that are ``invented``, except soft evidence (number words such
as ``two``/``both``, ordinal words, weekdays), which translation legitimately adds or drops.
Nothing is silent: every repaired, missing or invented figure gets a warning line.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field
from functools import cache
from types import ModuleType

from .bounds import ROUGH, qualifier_after, qualifier_before, says_another_bound, side
from .english import WEEKDAY, find_english_figures, other_currency
from .model import Figure
from .numbers import format_number, without_format_chars
from .render import MONTH_NAMES
from .signs import (
    clause_around,
    direction_in_clause,
    falls_in_clause,
    falls_just_before,
    in_degrees,
    marked_negative,
    sign_lost,
)
from .swaps import changes_from_to, swapped_pairs
from .units import other_unit, unit_after, unit_in
from .wording import loose_find, loose_in, said_another_way, words_for

_NUMERIC = {"count", "money", "number", "measure", "ordinal"}


@dataclass(frozen=True)
class FigureCheck:
    """The verdict on one source figure."""

    figure: Figure
    status: str
    """``kept``, ``repaired`` or ``missing``."""
    english: str | None = None
    """The English form found in the translation (after any repair); None when missing."""
    warning: str | None = None
    """Why it was repaired or what is missing; None when kept as it was."""


@dataclass
class CheckResult:
    """A translation checked against its source figures."""

    text: str
    """The translation with format repairs applied."""
    figures: list[FigureCheck]
    """One verdict per source figure, in the source's order."""
    invented: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    """Every repaired, missing and invented figure, one line each, in the order found."""

    @property
    def statuses(self) -> list[str]:
        return [c.status for c in self.figures]

    @property
    def missing(self) -> list[Figure]:
        """The source figures the translation lost."""
        return [c.figure for c in self.figures if c.status == "missing"]


def _date_atom(value: str):
    m = re.fullmatch(r"(\d{4})?-?-?(\d{2})?-?(\d{2})?", value)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        y, mo, d = value.split("-")
        return ("date", int(mo), int(d), int(y))
    if re.fullmatch(r"--\d{2}-\d{2}", value):
        return ("date", int(value[2:4]), int(value[5:7]), None)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return ("date", int(value[5:7]), None, int(value[:4]))
    if re.fullmatch(r"--\d{2}", value):
        return ("date", int(value[2:4]), None, None)
    if re.fullmatch(r"\d{4}", value):
        return ("year", int(value))
    del m
    return ("text", value.lower())


_CLOCK_WORDS = re.compile(r"o'clock|\b(?:half|quarter) (?:past|to)\b", re.IGNORECASE)


_SECOND_PARTS_OF = {"hundredth": 100, "tenth": 10}
_SECOND_PARTS = re.compile(r"\b(hundredth|tenth)s? of a second\b")
_BARE_HUNDREDTHS = re.compile(r"\b(hundredth)s\b")  # "by a mere two hundredths"


def atoms(fig: Figure) -> list[tuple]:
    """Comparable pieces of a figure's value."""
    v = fig.value
    k = fig.kind
    if k in ("date", "date_range", "year", "time"):
        if isinstance(v, dict) and "relative" in v:
            return []
        if isinstance(v, dict):
            vals = [v.get("from"), v.get("to")]
        elif isinstance(v, list):
            vals = v
        else:
            vals = [v]
        out: list[tuple] = []
        for x in vals:
            if isinstance(x, int):
                out.append(("year", x))
            elif k == "time":
                # a time in words without its day part ("drei Uhr" -> "three o'clock", "halb
                # zwei" -> "half past one", English "a quarter to eight"): either half of the day
                unsaid = bool(_CLOCK_WORDS.search(fig.text))
                out.append(("time12" if unsaid else "time", x))
            elif isinstance(x, str):
                out.append(_date_atom(x))
        return out
    if k == "score" and isinstance(v, dict):
        sets = v["sets"] if "sets" in v else [[v["home"], v["away"]]]
        points = [("n", float(abs(x))) for x in v.get("points", [])]  # volleyball set points
        return [("score", min(a, b), max(a, b)) for a, b in sets] + points
    if k == "identifier":
        return [("id", re.sub(r"\W", "", str(v)).upper())]
    if k == "measure" and isinstance(v, str):
        return [("race", v)]  # race times and gaps: "2:11:45.3", "+1:02.4"
    if k == "number" and isinstance(v, str) and ":" in v:  # a ratio or a scale, "1:25000"
        a, b = v.split(":")
        return [("ratio", float(a), float(b))]
    if k == "measure" and isinstance(v, (int, float)):
        if "basis point" in fig.text:
            return [("pp", v / 100)]  # "25 Basispunkte": 0.25 percentage points
        if part := _SECOND_PARTS.search(fig.text):  # "zwölf Hundertstel": 0.12 seconds
            return [("n", round(v / _SECOND_PARTS_OF[part.group(1)], 6))]
    family = {"percent": "pct", "percentage_points": "pp"}.get(k, "n")
    if isinstance(v, dict):
        return [(family, float(x)) for x in v.values() if isinstance(x, (int, float))]
    if isinstance(v, (int, float)):
        return [(family, float(v))]
    if isinstance(v, list):  # minutes "(41./18.)", a list of rounds "70-66-69-66"
        return [(family, float(x)) for x in v if isinstance(x, (int, float))]
    return []


def atom_match(a: tuple, b: tuple) -> bool:
    """Do two atoms (see ``atoms``) carry the same value?"""
    if a[0] == "date" and b[0] == "date":
        return a[1] == b[1] and a[2] == b[2] and (a[3] is None or b[3] is None or a[3] == b[3])
    if "time12" in (a[0], b[0]):
        t, o = (a, b) if a[0] == "time12" else (b, a)
        if o[0] in ("time", "time12"):
            h, mi = (int(x) for x in t[1].split(":"))
            oh, omi = (int(x) for x in o[1].split(":"))
            return (h % 12, mi) == (oh % 12, omi)
        a, b = ("time", t[1]), o
    if {a[0], b[0]} in ({"time", "n"}, {"time", "score"}):
        # a clock time kept as written, "20.15" or "20:15" (the English reads a number or a
        # score): hours and minutes match
        t, o = (a, b) if a[0] == "time" else (b, a)
        h, mi = (int(x) for x in t[1].split(":"))
        if o[0] == "score":
            return sorted((h, mi)) == [o[1], o[2]]
        return abs(o[1] - (h + mi / 100)) < 1e-9
    if {a[0], b[0]} == {"ratio", "score"}:  # the English "1:1" reads as a score
        return sorted(a[1:]) == sorted(b[1:])
    if {a[0], b[0]} == {"year", "date"}:
        return False
    if {a[0], b[0]} == {"year", "n"}:  # "1874 participants": the English reader takes a year
        return float(a[1]) == float(b[1])
    if a[0] == b[0] and a[0] in ("n", "pct", "pp"):
        return abs(a[1] - b[1]) <= 1e-9 * max(1.0, abs(a[1]))
    return a == b


def same_value(a: Figure, b: Figure) -> bool:
    """True when the two figures carry the same value(s), whatever the language or format."""
    xa, xb = atoms(a), atoms(b)
    if not xa or len(xa) != len(xb):
        return a.kind == b.kind and a.value == b.value
    used = [False] * len(xb)
    for x in xa:
        for i, y in enumerate(xb):
            if not used[i] and atom_match(x, y):
                used[i] = True
                break
        else:
            return False
    return True


def _other_reading(f: Figure) -> list[tuple]:
    """The atoms of the other reading of an English figure the reader took one way, for the
    check to match either: "42.195 kilometers" is a decimal, not German thousands; "the 100m"
    may be meters, not a million (no currency before it); "it was 21.7." a number at a
    sentence's end, not July 21; a score "98-93" or a duration "3:55 hours" two numbers ("98 zu
    93 Stimmen", "3 Stunden und 55 Minuten"); "12 hundredths of a second" 0.12 seconds."""
    single = len(re.findall(r"\d[\d.,]*", f.source)) == 1
    thousands = re.search(r"(?<![\d.,])\d{1,3}\.\d{3}(?![\d.,])", f.source)
    if f.note == "german_digits" and single and thousands:
        return [(a[0], a[1] / 1000) for a in atoms(f) if a[0] in ("n", "pct", "pp")]
    if f.kind == "number" and re.fullmatch(r"\d[\d.,]*m", f.source):
        return [("n", float(f.value) / 1e6)]  # type: ignore[arg-type]
    if f.kind == "date" and re.fullmatch(r"\d{1,2}\.\d{1,2}\.", f.source):
        return [("n", float(f.source[:-1]))]
    if f.kind == "score" and isinstance(f.value, dict) and "home" in f.value:
        return [("n", float(f.value["home"])), ("n", float(f.value["away"]))]
    if f.kind == "measure" and isinstance(f.value, str) and re.fullmatch(r"\d+:\d\d", f.value):
        return [("n", float(x)) for x in f.value.split(":")]
    part = _SECOND_PARTS.search(f.source) or _BARE_HUNDREDTHS.search(f.source)
    if f.kind == "number" and part:  # "12 hundredths of a second"
        return [("n", round(float(f.value) / _SECOND_PARTS_OF[part.group(1)], 6))]  # type: ignore[arg-type]
    return []


# periods a translation may spell out: "six months" for "Halbjahr", "24 hours" for "rund um
# die Uhr"
_NAMED_PERIODS = {(6, "month"), (3, "month"), (12, "month"), (24, "h")}


def _soft(f: Figure, english: str) -> bool:
    """English evidence translation may add freely: number/ordinal words, weekdays, terms such
    as "CET1"; but not a number word of two or more with a unit ("within two weeks")."""
    if f.unit == "word":
        if re.search(r"\b(?:first|last|next|past|previous|coming)\s$", english[: f.start]):
            return True  # "the first four years" renders "in den ersten vier Jahren"
        unit = unit_after(english, f) if isinstance(f.value, (int, float)) else None
        return not unit or f.value < 2 or (f.value, unit) in _NAMED_PERIODS  # type: ignore[operator]
    if f.kind == "ordinal" and not f.source[:1].isdigit():
        return True
    if f.unit == "name":
        return True  # a term whose digit counts nothing: "the CET1 ratio"
    if re.search(r"(?:\bper\s|/)$", english[: f.start]):
        return True  # the base of a rate: "14.2 kWh per 100 km", "kWh/100 km"
    if f.kind == "time" and re.fullmatch(r"(?i)noon|midday", f.source):
        return True  # "Sonntagmittag": "by Sunday noon", a part of the day
    if f.kind == "date" and isinstance(f.value, str) and re.fullmatch(r"--\d\d", f.value):
        return True  # a month alone: "February was warm" ("der Feber war warm")
    return f.kind == "date" and isinstance(f.value, str) and f.value[:1].isalpha()


def _fixed_text(f: Figure) -> str:
    """English style for an English figure written in a German format."""
    s = without_format_chars(f.source)[0]
    if f.note == "day_month":
        a = _date_atom(str(f.value))
        month = MONTH_NAMES[a[1]]
        return f"{month} {a[2]}" + (f", {a[3]}" if a[3] else "")
    m = re.search(r"\d[\d.,'’` \u00a0\u202f]*\d|\d", s)
    if not m:
        return s
    digits = m.group(0)
    if f.note == "decimal_comma":
        new = digits.replace(",", ".")
    else:
        value = float(re.sub(r"[.'’`\s]", "", digits.split(",")[0]))
        new = format_number(value)
        if "," in digits:
            new += "." + digits.split(",")[1]
    return s[: m.start()] + new + s[m.end() :]


@dataclass
class _Work:
    """A check in progress. Per source figure: its status, the English figures that hold it
    (indexes into ``found``) and its warning lines; the English text's repairs."""

    sources: list[Figure]
    english: str
    found: list[Figure]
    source_text: str | None
    lang: str
    statuses: list[str] = field(default_factory=list)
    holders: list[list[int]] = field(default_factory=list)
    in_words: dict[int, str] = field(default_factory=dict)
    """A figure kept by its words: those words of the English."""
    notes: list[list[str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unmatched: list[int] = field(default_factory=list)
    used_figs: set[int] = field(default_factory=set)
    replacements: dict[int, str] = field(default_factory=dict)
    """English figures rewritten, by index into ``found``."""
    qualifier_fixes: dict[int, tuple[int, int, str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.holders = [[] for _ in self.sources]
        self.notes = [[] for _ in self.sources]

    def note(self, si: int, line: str) -> None:
        self.notes[si].append(line)
        self.warnings.append(line)

    def words_span(self, si: int) -> tuple[int, int] | None:
        """Where the English says source figure ``si`` in words, if it was kept by them."""
        words = self.in_words.get(si)
        at = self.english.find(words) if words else -1
        return (at, at + len(words)) if words and at >= 0 else None

    def result(self, invented: list[str]) -> CheckResult:
        edits = [
            (self.found[fi].start, self.found[fi].end, new) for fi, new in self.replacements.items()
        ]
        edits += list(self.qualifier_fixes.values())
        text = self.english
        for start, end, new in sorted(edits, reverse=True):
            text = text[:start] + new + text[end:]
        checks = [
            FigureCheck(
                figure=sf,
                status=status,
                english=self.in_words.get(si)
                or _english_form(
                    sf, status, [self.replacements.get(fi, self.found[fi].source) for fi in held]
                ),
                warning="; ".join(self.notes[si]) or None,
            )
            for si, (sf, status, held) in enumerate(
                zip(self.sources, self.statuses, self.holders, strict=True)
            )
        ]
        return CheckResult(text=text, figures=checks, invented=invented, warnings=self.warnings)


def check_translation(
    source_figures: list[Figure], english: str, source_text: str | None = None, lang: str = "de"
) -> CheckResult:
    """Each source figure looked up by value in the ``english`` translation (see the module
    docstring); German formats in the English are repaired in the returned text.
    ``source_text`` (the text the figures' offsets index, in ``lang``) lets the check read the
    words before a figure: "ein Minus von 1,3 Prozent" is a fall."""
    work = _Work(source_figures, english, find_english_figures(english), source_text, lang)
    # each source figure's own English rendering, read once: its minuses, whether it names a number
    rendered = [find_english_figures(sf.text) for sf in source_figures]
    minuses = [_minuses(sf, r) for sf, r in zip(source_figures, rendered, strict=True)]
    _match_by_value(work, rendered)
    _collapsed_thousands(work)
    _swaps(work)
    _changes_turned_round(work, minuses)
    _other_weekdays(work)
    _put_back_minuses(work, minuses)
    _turn_back_qualifiers(work)
    for si in work.unmatched:
        work.note(si, f"missing figure {source_figures[si].source!r} ({source_figures[si].text})")
    return work.result(_invented(work))


# the source kinds an English figure's other reading may serve: amounts, not ranks or dates
_OTHER_READING_KINDS = {"number", "count", "measure", "money", "percent", "percentage_points"}


def _match_by_value(work: _Work, rendered: list[list[Figure]]) -> None:
    """Each source figure's atoms looked up among the English figures' atoms, each English atom
    used once; a figure in words by its words. Sets every status."""
    english, found = work.english, work.found
    pool = [(i, a, False) for i, f in enumerate(found) for a in atoms(f)]
    pool += [(i, a, True) for i, f in enumerate(found) for a in _other_reading(f)]
    used_atoms: set[int] = set()
    # an English figure serves its own reading or the other one, not both; the other reading's
    # atoms may serve two source figures ("by 412 votes to 238" for "412 Ja- zu 238 Nein-Stimmen")
    via_main: set[int] = set()
    via_other: set[int] = set()
    for si, sf in enumerate(work.sources):
        want = atoms(sf)
        if not want:
            # relative dates and the like: accept the English rendering as evidence
            form = words_for(sf, english)
            work.statuses.append("kept" if form else "missing")
            if form:
                work.in_words[si] = form
            else:
                work.unmatched.append(si)
            continue
        # a figure written in words, or rendered in words ("mehrere 100'000 Franken": "several
        # hundred thousand francs")
        words = not re.search(r"\d", sf.source) or not re.search(r"\d", sf.text)
        form = (
            words_for(sf, english)
            if words or sf.kind == "identifier"
            else said_another_way(sf, english)  # "im 30-Minuten-Takt" as "half-hourly"
        )
        if words and not form and sf.qualifier:
            # as for digits, the qualifier is not part of the value: "doubled" for "mehr als
            # verdoppelt" ("more than doubled")
            bare = " ".join(sf.text.replace(sf.qualifier, " ").split())
            form = loose_find(bare, english) if bare else None
        if words and form and not rendered[si]:
            # a figure whose English names no number is looked for in words first: "Im Finale"
            # ("in the final") must not take the "two" of "two hundredths" for its code 2
            work.statuses.append("kept")
            work.in_words[si] = form
            continue
        hits: list[int] = []
        eve = _night_before(sf, work.source_text)
        for a in want:
            for pi, (fi, b, other) in enumerate(pool):
                if pi in used_atoms or pi in hits or fi in (via_main if other else via_other):
                    continue
                if other and sf.kind not in _OTHER_READING_KINDS:
                    continue  # "Zweiter" is no 2 of the race gap "2 minutes 48 seconds"
                if eve and b == ("text", eve) and _NIGHT.match(english, found[fi].end):
                    hits.append(pi)  # "in der Nacht auf Montag": "on Sunday night"
                    break
                another_way = _said_another_way(sf, a, b, english, found[fi])
                # (a value said another way names its own unit: "30 minutes" for "half an hour")
                if another_way or (atom_match(a, b) and not _names_another(sf, english, found[fi])):
                    hits.append(pi)
                    break
            else:
                hits = []
                break
        if hits and _tally_split(sf, [pool[pi][0] for pi in hits], found):
            hits = []
        if not hits and not form and sf.kind == "identifier":
            hits = _numbers_of_name(sf, pool, used_atoms, found)
        if not hits and form:
            # a figure written in words ("ein Fünftel", "zweimal") whose English words are
            # there ("a fifth" is no number the English reader knows), or a name the English
            # reader does not read as one ("iPhone 5s", "1 R 77/15y") written as in the source
            work.statuses.append("kept")
            work.in_words[si] = form
            continue
        if not hits:
            work.statuses.append("missing")
            work.unmatched.append(si)
            continue
        used_atoms.update(hits)
        for pi in hits:
            (via_other if pool[pi][2] else via_main).add(pool[pi][0])
        figs = {pool[pi][0] for pi in hits}
        work.used_figs.update(figs)
        work.holders[si] = sorted(figs)
        # a figure read the other way ("42.195" as a decimal) keeps its form
        read_otherwise = {pool[pi][0] for pi in hits if pool[pi][2]}
        bad = [fi for fi in figs if found[fi].note and fi not in read_otherwise]
        if bad:
            for fi in bad:
                work.replacements[fi] = _fixed_text(found[fi])
                work.note(si, f"repaired {found[fi].source!r} -> {work.replacements[fi]!r} "
                              f"({sf.source!r})")  # fmt: skip
            work.statuses.append("repaired")
        else:
            work.statuses.append("kept")


def _tally_split(sf: Figure, holders: list[int], found: list[Figure]) -> bool:
    """A vote tally ("31 zu 12 Stimmen") held in part by an English tally of another pair: "by
    31 votes to 2 with 12 abstentions" has the 12, but not as the votes against."""
    if not (isinstance(sf.value, dict) and {"for", "against"} <= sf.value.keys()):
        return False
    pair = sorted((sf.value["for"], sf.value["against"]))
    return any(
        found[fi].kind == "score"
        and isinstance(v := found[fi].value, dict)
        and "home" in v
        and sorted((v["home"], v["away"])) != pair
        for fi in holders
    )


def _numbers_of_name(
    sf: Figure, pool: list[tuple[int, tuple, bool]], used: set[int], found: list[Figure]
) -> list[int]:
    """The pool entries of English numbers that give a name's numbers, each once, where the
    English words the name its own way: "police directorates 4 (Süd) and 5" for "Direktionen 4
    (Süd) und 5 (City)" ("Directorates 4 (South) and 5 (City)"), "lines 165, 265 and N 60" for
    "Linien 165, 265 sowie N 60". None unless all are there. Digits glued to letters ("A350",
    "M29") must stand as written in a name of the English."""
    tokens = re.findall(r"[^\W_]*\d[^\W_]*", sf.source)
    if len(tokens) == 1 and re.search(r"[^\W\d_]", tokens[0]):
        return []  # one glued name ("iPhone 5s", "A350") names as written, or nothing
    hits: list[int] = []
    for token in tokens:
        glued = bool(re.search(r"[^\W\d_]", token))
        pi = next(
            (
                pi
                for pi, (fi, _, other) in enumerate(pool)
                if pi not in used
                and pi not in hits
                and not other
                and (
                    re.sub(r"\s", "", found[fi].source).lower() == token.lower()
                    if glued
                    else found[fi].kind in ("number", "identifier")
                    and re.sub(r"\D", "", found[fi].source) == token
                )
            ),
            None,
        )
        if pi is None:
            return []
        hits.append(pi)
    return hits


def _collapsed_thousands(work: _Work) -> None:
    """ "1.000" read as "1": repaired where exactly one English number is left over."""
    found = work.found
    leftovers = [
        i
        for i, f in enumerate(found)
        if i not in work.used_figs and f.kind in _NUMERIC and not _soft(f, work.english)
    ]
    for si in list(work.unmatched):
        sf = work.sources[si]
        if (sf.kind not in _NUMERIC and sf.kind not in ("percent",)) or not isinstance(
            sf.value, (int, float)
        ):
            continue
        cands = [i for i in leftovers if _scaled_down(found[i].value, sf.value)]
        if len(cands) == 1:
            fi = cands[0]
            f = found[fi]
            old = without_format_chars(f.source)[0]
            m = re.search(r"\d[\d.,]*", old)
            if m is None:
                continue
            new = old[: m.start()] + format_number(sf.value) + old[m.end() :]
            work.replacements[fi] = new
            work.used_figs.add(fi)
            leftovers.remove(fi)
            work.statuses[si] = "repaired"
            work.holders[si] = [fi]
            work.unmatched.remove(si)
            work.note(si, f"repaired {f.source!r} -> {new!r} (source {sf.source!r})")


def _swaps(work: _Work) -> None:
    """Two figures of a kind that traded places ("in Lugano 212 mm, in Genf 38" -> "38 mm in
    Lugano, 212 in Geneva"): both missing, so the sentence is translated again."""
    if work.source_text is None:
        return
    sources = work.sources
    for first, second, anchor in swapped_pairs(
        sources, work.holders, work.found, work.source_text, work.english, work.lang
    ):
        for si in (first, second):
            work.statuses[si] = "missing"
            work.holders[si] = []
        work.note(first, f"swapped: {sources[first].source!r} and {sources[second].source!r} "
                         f"traded places in the translation (see {anchor!r})")  # fmt: skip
        work.notes[second].append(work.notes[first][-1])


def _changes_turned_round(work: _Work, minuses: list[int]) -> None:
    """A change the translation turned round ("-0,2 Prozent", "ein Minus von 1,3 Prozent" ->
    "rose 1.3 percent"): missing, so the sentence is translated again."""
    for si, sf in enumerate(work.sources):
        held = [work.found[fi] for fi in work.holders[si]]
        span = None if held else work.words_span(si)
        if span and work.source_text and _changed_by(sf, work.source_text, work.lang):
            # what a change is by, said in words: "increases the risk by a fifth" for "senkt
            # das Risiko um ein Fünftel"
            words = work.english[span[0] : span[1]]
            held = [Figure(words, *span, sf.kind, sf.value, words)]
        way = _direction(sf, minuses[si], work.source_text, work.lang) if held else None
        way = way or (_from_to_way(work, si) if work.holders[si] else None)
        ways = {direction_in_clause(work.english, f) for f in held} - {None}
        # a minus the English kept marks a level, not a change ("rose from -0.5 to 0.3"); for
        # a rise ("plus 34") it is the other way
        if any(marked_negative(work.english, f) for f in held):
            ways = {"fall"}
        if way and ways == {_OTHER_WAY[way]}:
            work.statuses[si] = "missing"
            work.holders[si] = []
            work.in_words.pop(si, None)
            work.note(si, f"turned round: the translation has a {_OTHER_WAY[way]} where the "
                          f"source {sf.source!r} is a {way}")  # fmt: skip


def _changed_by(sf: Figure, source_text: str, lang: str) -> bool:
    """``sf`` is what a change is by: "um" right before it ("sinken um bis zu 15 Grad", "um ein
    Fünftel")."""
    by = _direction_words(lang).by
    return bool(by and by.search(source_text, max(0, sf.start - 8), sf.start))


_WEEKDAY = re.compile(f"({WEEKDAY})")
_WEEKDAY_BEFORE = re.compile(rf"({WEEKDAY}),?\s+(?:the\s+)?$")


def _other_weekdays(work: _Work) -> None:
    """A date whose weekday the translation changed ("Freitag, 12. Dezember" as "Thursday, 12
    December"): missing, so the sentence is translated again."""
    for si, sf in enumerate(work.sources):
        # a weekday with its date only ("in der Nacht auf Montag" may be "on Sunday night")
        dated = (
            sf.kind == "date" and isinstance(sf.value, str) and any(c.isdigit() for c in sf.value)
        )
        mine = _WEEKDAY.search(sf.text) if dated else None
        if not mine or not work.holders[si]:
            continue
        holder = work.found[work.holders[si][0]]
        if holder.kind == "date" and _WEEKDAY.search(holder.source):
            theirs = _WEEKDAY.search(holder.source)
        else:
            theirs = _WEEKDAY_BEFORE.search(work.english, max(0, holder.start - 16), holder.start)
        if theirs and theirs[1] != mine[1]:
            work.statuses[si] = "missing"
            work.holders[si] = []
            work.note(si, f"another weekday: the translation has {theirs[1]} where the source "
                          f"{sf.source!r} is a {mine[1]}")  # fmt: skip


def _from_to_way(work: _Work, si: int) -> str | None:
    """The way of a change "von A auf B" read from its two values: B, or A, of "fiel von 86,9
    auf 85,4 Punkte" is a fall whatever the verb (German only: "von", "auf")."""
    if work.lang != "de" or work.source_text is None:
        return None
    text, sources = work.source_text, work.sources
    for a, b in ((si - 1, si), (si, si + 1)):
        if a < 0 or b >= len(sources):
            continue
        fa, fb = sources[a], sources[b]
        va, vb = fa.value, fb.value
        if not (isinstance(va, (int, float)) and isinstance(vb, (int, float))) or va == vb:
            continue
        if "ordinal" in (fa.kind, fb.kind) or (fa.unit and fb.unit and fa.unit != fb.unit):
            continue  # a rank falls as it grows; "von drei Stunden auf 45 Minuten" is no rise
        if changes_from_to(text, fa, fb):
            return "fall" if vb < va else "rise"
    return None


def _put_back_minuses(work: _Work, minuses: list[int]) -> None:
    """A minus the translation lost: "minus 5 Grad" -> "5 degrees" is put back; "-4,7 %" ->
    "fell 4.7 percent" says it in words."""
    for si, sf in enumerate(work.sources):
        held = [work.found[i] for i in work.holders[si]]
        for fi in _lost_signs(minuses[si], sf, work.english, held, work.holders[si]):
            old = work.replacements.get(fi, work.found[fi].source)
            symbol = not re.search(r"\bminus\b", sf.text, re.I) and sf.qualifier != "down"
            new = ("-" if symbol and old[:1].isdigit() else "minus ") + old
            work.replacements[fi] = new
            work.statuses[si] = "repaired"
            work.note(si, f"repaired lost minus {work.found[fi].source!r} -> {new!r} "
                          f"(source {sf.source!r})")  # fmt: skip


_NEGATED = re.compile(r"\b(?:not|never|n't)\b(?:\s+\w+)?\s+$", re.IGNORECASE)


def _turn_back_qualifiers(work: _Work) -> None:
    """A qualifier turned round: "mehr als 1000" -> "less than 1,000" gets "more than" back;
    one on neither side made a bound: "rund 1000" -> "up to 1,000" gets "around" back."""
    for si, sf in enumerate(work.sources):
        if not sf.qualifier:
            continue
        rough = sf.qualifier.lower() in ROUGH
        if side(sf.qualifier) is None and not rough:
            continue
        if work.holders[si]:
            fi = work.holders[si][0]
            start, end = work.found[fi].start, work.found[work.holders[si][-1]].end
        elif span := work.words_span(si):
            fi, (start, end) = -1 - si, span  # a figure in words: "more than two thirds"
        else:
            continue
        # said before the number, or after it ("by 2035 at the latest")
        said = qualifier_before(work.english, start) or qualifier_after(work.english, end)
        # a negation before the English qualifier turns it round: "do not drop below 20
        # degrees" for "nicht unter 20 Grad"
        if said and _NEGATED.search(work.english, max(0, said.start("q") - 25), said.start("q")):
            continue
        # as eval reads two qualifiers, but a rough English one for a bound is left alone
        if said and said["q"].lower() not in ROUGH and says_another_bound(sf.qualifier, said["q"]):
            new = (
                sf.qualifier[0].upper() + sf.qualifier[1:]
                if said["q"][0].isupper()
                else sf.qualifier
            )
            work.qualifier_fixes[fi] = (said.start("q"), said.end("q"), new)
            work.statuses[si] = "repaired"
            what = "made a bound" if rough else "reversed"
            work.note(si, f"repaired {what} qualifier {said['q']!r} -> {sf.qualifier!r} "
                          f"(source {sf.source!r})")  # fmt: skip


def _invented(work: _Work) -> list[str]:
    """The English figures no source figure took, less soft evidence and the digits of words
    that hold a figure; each gets a warning."""
    sources, english = work.sources, work.english
    # where the English writes a source identifier as it stands, or the words that hold a
    # figure ("under-20" for "U20"), their digits are no figures of their own
    names_said = [sf.text for sf in sources if sf.kind == "identifier"]
    names_said += work.in_words.values()
    names = [
        (m.start(), m.end())
        for words in names_said
        for m in re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", english)
    ]
    invented = []
    for i, f in enumerate(work.found):
        if i in work.used_figs or (_soft(f, english) and not _count_unsaid(f, work)):
            continue
        if f.kind == "identifier" and any(loose_in(f.source, sf.source) for sf in sources):
            continue
        if any(a <= f.start and f.end <= b for a, b in names):
            continue
        if f.kind == "score" and _inside_a_score(f, sources):
            continue
        if f.kind == "number" and _tie_break_points(f, english, sources):
            continue
        if _vague_compound(f, work.source_text):
            continue
        invented.append(f.source)
        work.warnings.append(f"invented figure {f.source!r} has no counterpart in the source")
    return invented


# after an English number word, the things it counts: "four terminals", "two mobile phones",
# "two of them"
_COUNTED_AFTER = re.compile(
    r"\s+(?:of\s+(?:them|those|these|whom)\b|(?:[a-z]+\s+)?(?:[a-z]{3,}s|children|people|men|women)\b)"
)
_PERIODS = re.compile(r"\b(?:seconds|minutes|hours|days|weeks|months|years|decades|quarters)\b")
# German words that say a small number without being its number word ("beide", "Doppel-")
_OTHER_WORDS = {2: ("beid", "doppel", "paar", "zweit", "zwie"), 3: ("dritt", "trio"),
                4: ("viert", "quartett"), 12: ("dutzend",)}  # fmt: skip


def _count_unsaid(f: Figure, work: _Work) -> bool:
    """An English number word that counts something ("at its four terminals") where the source
    says that number nowhere, as a figure or in a word: a figure the translation invented."""
    if f.unit != "word" or not isinstance(f.value, int) or not 2 <= f.value <= 12:
        return False
    after = _COUNTED_AFTER.match(work.english, f.end)
    if not after or work.english[f.start - 1 : f.start] == "-":
        return False  # "best-of-seven": a name
    # a source that names a span of time may say it another way ("im ersten Halbjahr" as "the
    # first six months"); one that names none ("am Wochenende") has no "for six months"
    spans = getattr(_language_data(work.lang), "SPAN_WORDS", None)
    if _PERIODS.search(after.group(0)) and (
        not spans or not work.source_text or re.search(spans, work.source_text.lower())
    ):
        return False
    if any(
        f.value in [round(a[1]) for a in atoms(sf) if len(a) == 2 and isinstance(a[1], float)]
        for sf in work.sources
    ):
        return False
    text = (work.source_text or "").lower()
    words = [w for w, v in _number_words(work.lang).items() if v == f.value]
    stems = [w[:4] for w in words] + list(_OTHER_WORDS.get(f.value, ()))
    return not (re.search(rf"(?<!\d){f.value}(?!\d)", text) or any(s in text for s in stems))


@cache
def _number_words(lang: str) -> dict[str, int]:
    data = _language_data(lang)
    return {
        w.lower(): v for w, v in getattr(data, "NUMBER_WORDS", {}).items() if isinstance(v, int)
    }


@cache
def _language_data(lang: str) -> ModuleType | None:
    """The figure tables of ``lang`` (``summarizer/figures/<lang>_data.py``), if it has them."""
    try:
        return importlib.import_module(f"summarizer.figures.{lang}_data")
    except ImportError:
        return None


# English vague plurals and the German stems of compounds that say them: "a fraud worth
# millions" for "Millionenbetrug", "damage running into millions" for "Millionenschaden"
_VAGUE_PLURALS = {"hundreds": "hundert", "thousands": "tausend", "millions": "million",
                  "billions": "milliard"}  # fmt: skip


def _vague_compound(f: Figure, source_text: str | None) -> bool:
    """``f`` is a vague plural ("millions") whose German stands in a compound of the source."""
    stem = _VAGUE_PLURALS.get(f.source.lower())
    return bool(stem and source_text and re.search(rf"(?i)\w{stem}|{stem}en\w", source_text))


# a figure whose English says it compares: "around 3,000 fewer" ("rund 3.000 weniger")
_COMPARED_IN_TEXT = re.compile(r"\d\s(?:(?P<rise>more)|(?P<fall>fewer|less))$")
_SIGNED_KINDS = {"count", "money", "number", "measure", "percent", "percentage_points"}


def _minuses(sf: Figure, rendered: list[Figure]) -> int:
    """How many members of ``sf`` carry a minus (its English rendering, read as ``rendered``,
    says so)."""
    if sf.kind not in _SIGNED_KINDS or isinstance(sf.value, str):
        return 0
    need = sum(marked_negative(sf.text, r) for r in rendered)
    return max(need, 1) if sf.qualifier == "down" else need  # "minus 5 Prozent": "down 5 %"


_OTHER_WAY = {"fall": "rise", "rise": "fall"}


@dataclass(frozen=True)
class _DirectionWords:
    nouns: re.Pattern | None
    """A noun of a change and "von"/"um", ending a text ("ein Minus von ")."""
    way_of_noun: dict[str, str]
    verbs: dict[str, re.Pattern]
    """Per way, the verbs that make a clause's changes go that way ("gesunken")."""
    level: re.Pattern | None
    """A preposition of a level ("auf"), ending a text: no change follows it."""
    after: re.Pattern | None
    """Words right after a figure that make it a fall or a rise ("1,2 Prozent im Minus")."""
    way_after: dict[str, str]
    by: re.Pattern | None
    """The preposition of what a change is by ("um"), ending a text."""
    no_change: re.Pattern | None = None
    """Verbs of a clause that look like a change and are none ("fielen ... an": accrued)."""
    balance: frozenset[str] = frozenset()
    """Nouns of a balance ("defizit"): their way counts where no verb of the clause says one."""


@cache
def _direction_words(lang: str) -> _DirectionWords:
    """The language's words that say a change falls or rises (``DIRECTION_*`` of its data)."""
    data = _language_data(lang)
    if data is None:
        return _DirectionWords(None, {}, {}, None, None, {}, None, None, frozenset())
    nouns, links = getattr(data, "DIRECTION_NOUNS", {}), getattr(data, "DIRECTION_LINKS", [])
    nouns = {**nouns, **getattr(data, "BALANCE_NOUNS", {})}
    noun_re = None
    if nouns and links:
        noun = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
        link = "|".join(re.escape(w) for w in links)
        # "ein Minus von", "einen Rückgang des (bereinigten) Ebit um" (a genitive between)
        noun_re = re.compile(
            rf"(?P<noun>{noun})(?:\s+(?:des|der|dem|den)(?:\s+[^\s,;.]+){{1,3}})?\s+(?:{link})\s+$",
            re.IGNORECASE,
        )

    def verb(words: str) -> str:  # "ging … zurück": the particle later in the clause
        return r"(?!\w).*(?<!\w)".join(re.escape(w.strip()) for w in words.split("…"))

    verbs = {
        way: re.compile(r"(?<!\w)(?:" + "|".join(map(verb, words)) + r")(?!\w)")
        for way, words in getattr(data, "DIRECTION_VERBS", {}).items()
    }
    levels = getattr(data, "LEVEL_PREPOSITIONS", [])
    level = re.compile(rf"\b(?:{'|'.join(levels)})\s+$", re.IGNORECASE) if levels else None
    way_after = {w.lower(): way for w, way in getattr(data, "DIRECTION_AFTER", {}).items()}
    after = None
    if way_after:
        words_after = "|".join(re.escape(w) for w in sorted(way_after, key=len, reverse=True))
        after = re.compile(rf"\s+(?P<w>{words_after})(?!\w)", re.IGNORECASE)
    by_words = getattr(data, "CHANGE_BY", [])
    by = re.compile(rf"\b(?:{'|'.join(by_words)})\s+$", re.IGNORECASE) if by_words else None
    not_verbs = getattr(data, "DIRECTION_NOT", [])
    no_change = (
        re.compile(r"(?<!\w)(?:" + "|".join(map(verb, not_verbs)) + r")(?!\w)")
        if not_verbs
        else None
    )
    balance = frozenset(n.lower() for n in getattr(data, "BALANCE_NOUNS", {}))
    return _DirectionWords(noun_re, nouns, verbs, level, after, way_after, by, no_change, balance)


# a clause of the source ends at these ("ist um 6,8 Prozent gesunken, jene mit Radfahrern um
# 9,5 Prozent gestiegen"); a decimal comma does not
_SOURCE_CLAUSE_END = re.compile(
    r"[;:]|,(?=\s|$)|(?<!\bMio)(?<!\bMrd)(?<!\bTsd)(?<!\bca)(?<!\bFr)(?<!\bNr)\.(?=\s|$)|\s[–—-]\s"
)  # (not the dot of "Mio.": "ging um 11 Prozent auf 640 Mio. Euro zurück")


def _direction(sf: Figure, minuses: int, source_text: str | None, lang: str) -> str | None:
    """``fall`` or ``rise`` where the source says the figure is a change of that way: a minus
    or "plus" of a change (not a temperature, a level, unless a change is by it), a noun before
    it ("ein Minus von 1,3 Prozent"), words after it ("im Minus"), or the verbs of its clause
    ("ist um 6,8 Prozent gesunken")."""
    if sf.kind not in _SIGNED_KINDS:
        return None
    words = _direction_words(lang)
    if source_text and words.after and (m := words.after.match(source_text, sf.end)):
        return words.way_after[m["w"].lower()]  # "im Minus"; "1,8 Grad unter der Norm"
    if compared := _COMPARED_IN_TEXT.search(sf.text):
        return "rise" if compared["rise"] else "fall"  # "rund 3.000 weniger": "3,000 fewer"
    # a temperature is a level, unless it is what a change is by: "sinken um bis zu 15 Grad"
    if in_degrees(sf.text) and not (source_text and _changed_by(sf, source_text, lang)):
        return None
    if minuses:
        return "fall"
    if sf.qualifier == "up":
        return "rise"
    if source_text is None:
        return None
    balance = None
    if words.nouns and (m := words.nouns.search(source_text, max(0, sf.start - 60), sf.start)):
        if m["noun"].lower() not in words.balance:
            return words.way_of_noun[m["noun"].lower()]
        balance = words.way_of_noun[m["noun"].lower()]
    elif words.level and words.level.search(source_text, max(0, sf.start - 10), sf.start):
        return None
    clause = clause_around(source_text, sf.start, sf.end, _SOURCE_CLAUSE_END, reach=200)
    if words.no_change and words.no_change.search(clause):
        return None
    ways = {way for way, verbs in words.verbs.items() if verbs.search(clause)}
    if ways:
        return ways.pop() if len(ways) == 1 else None
    return balance


def _lost_signs(
    need: int, sf: Figure, english: str, held: list[Figure], indices: list[int]
) -> list[int]:
    """Of the English figures ``held`` (at ``indices``) that hold source figure ``sf``, those
    that lost the source's minus (none where the English clause says the number fell)."""
    if not held or not need:
        return []
    # a change may say its fall anywhere in its clause; a temperature is a level and needs its
    # own minus; a sign in words after a level's preposition ("Zufriedenheitswert von minus
    # 0,8": "minus 0.8") may be a fall said right before it ("lag bei minus 4,1 Prozent im
    # Jahresvergleich": "was down 4.1 percent"), not elsewhere ("on a scale from plus 5 to
    # minus 5")
    if not in_degrees(sf.text):
        says_fall = falls_just_before if sf.text.startswith("minus ") else falls_in_clause
        if any(says_fall(english, f) for f in held):
            return []
    unmarked = [i for f, i in zip(held, indices, strict=True) if not marked_negative(english, f)]
    lost = need - (len(held) - len(unmarked))
    return unmarked[:lost] if lost > 0 else []


# units one counts in another, of one dimension: (the unit both are counted in, how many);
# "1,3 Kilometer" as "1,300 metres", "zwei Jahrzehnte" as "20 years"
_CONVERSIONS = {
    "min": ("min", 1), "h": ("min", 60), "day": ("day", 1), "week": ("day", 7),
    "fortnight": ("day", 14), "month": ("month", 1), "year": ("month", 12),
    "decade": ("month", 120), "century": ("month", 1200), "millennium": ("month", 12000),
    "mm": ("mm", 1), "cm": ("mm", 10), "m": ("mm", 1000), "km": ("mm", 1_000_000),
    "g": ("g", 1), "kg": ("g", 1000), "t": ("g", 1_000_000),
}  # fmt: skip
_HUNDREDTHS = {"EUR_CENT": "EUR", "CHF_RAPPEN": "CHF"}  # a currency's hundredths: the currency
_POINTS_AFTER = re.compile(r"\s(?:points?|pts)\b")
_HOURS = re.compile(r"\bhours?\b|hourly\b")


def _said_another_way(sf: Figure, a: tuple, b: tuple, english: str, holder: Figure) -> bool:
    """Source atom ``a`` of ``sf`` and English atom ``b`` are one value in two families: German
    "um 0,4 Punkte" of a rate is "0.4 percentage points", and "6,2 Prozentpunkte" may be "6.2
    points"; "die Hälfte" is "50 percent"; "eine halbe Stunde" is "30 minutes"; "zwei
    Jahrzehnte" are "20 years"."""
    if a[0] == "pp" and b[0] == "n":
        return a[1] == b[1] and bool(_POINTS_AFTER.match(english, holder.end))
    if a[0] == b[0] == "n" and sf.kind == holder.kind == "money":
        # an amount in its currency's hundredths: "10 Rappen" as "CHF 0.10", "0,03 Euro" as
        # "3 cents"
        whole_of_mine = _HUNDREDTHS.get(sf.unit or "")
        whole_of_theirs = _HUNDREDTHS.get(holder.unit or "")
        if whole_of_mine and whole_of_mine == holder.unit:
            return abs(a[1] / 100 - b[1]) < 1e-9
        if whole_of_theirs and whole_of_theirs == sf.unit:
            return abs(a[1] * 100 - b[1]) < 1e-9
    if a[0] == b[0] and a[1] == b[1] and unit_in(sf.text) == "l":
        # rain: "140 Liter (Regen) pro Quadratmeter" is "140 mm"
        return unit_after(english, holder) == "mm"
    if a[0] == b[0] == "n":
        # a period or a measure in another unit: "zwei Jahrzehnte" as "20 years", "ein halbes
        # Jahr" as "six months", "einer halben Stunde" as "30 minutes", "1,3 Kilometer" as
        # "1,300 metres"
        # (an hour in "half-hourly" too, which names no unit on its own)
        unit = unit_in(sf.text) or ("h" if _HOURS.search(sf.text) else "")
        base = _CONVERSIONS.get(unit)
        their_base = _CONVERSIONS.get(unit_after(english, holder) or "")
        if base and their_base and base[0] == their_base[0] and base != their_base:
            return abs(a[1] * base[1] - b[1] * their_base[1]) < 1e-9
    if a[0] != "n" or b[0] not in ("pp", "pct"):
        return False
    if b[0] == "pp":
        return a[1] == b[1] and bool(re.search(r"\bpoints?$", sf.text))
    words = not re.search(r"\d", sf.source)
    return words and 0 < a[1] < 1 and abs(a[1] * 100 - b[1]) < 1e-9


_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_NIGHT = re.compile(r"\s(?:night|evening)\b", re.IGNORECASE)
# German "in der Nacht auf/zum Montag" ("the night to Monday"): said before the weekday in the
# source, or in the figure's own English
_NIGHT_TO = re.compile(r"\bNacht\s+(?:auf|zum|zu)\s+$")


def _night_before(sf: Figure, source_text: str | None) -> str | None:
    """For a weekday the night to which is meant, the weekday before it: English says "on
    Sunday night" for "in der Nacht auf Montag"."""
    if sf.kind != "date" or not isinstance(sf.value, str) or sf.value.lower() not in _WEEKDAYS:
        return None
    said = "night to" in sf.text
    if not said and source_text is not None:
        said = bool(_NIGHT_TO.search(source_text, max(0, sf.start - 20), sf.start))
    return _WEEKDAYS[_WEEKDAYS.index(sf.value.lower()) - 1] if said else None


def _inside_a_score(f: Figure, source_figures: list[Figure]) -> bool:
    """An English score written inside a source score, either way round: the tie-break "(5:7)"
    of "4:6, 6:7 (5:7)"."""
    assert isinstance(f.value, dict)
    a, b = f.value["home"], f.value["away"]
    pair = re.compile(rf"(?<!\d)(?:{a}\s?[:-]\s?{b}|{b}\s?[:-]\s?{a})(?!\d)")
    return any(sf.kind == "score" and pair.search(sf.source) for sf in source_figures)


def _tie_break_points(f: Figure, english: str, source_figures: list[Figure]) -> bool:
    """An English number in brackets after a set, as a source score writes it: the tie-break
    points "(5)" of "6:7 (5), 6:4"."""
    if (
        not re.search(r"\d\s?[-–:]\s?\d+\s?\($", english[: f.start])
        or english[f.end : f.end + 1] != ")"
    ):
        return False
    return any(sf.kind == "score" and f"({f.source})" in sf.source for sf in source_figures)


def _names_another(sf: Figure, english: str, holder: Figure) -> bool:
    """The English number is the source's but names another currency or unit, or is a count in
    words where the source has a rank in words."""
    return (
        other_currency(sf, holder)
        or other_unit(sf, english, holder)
        or _count_for_rank(sf, english, holder)
    )


# the words after which a cardinal names a rank: "number two", "place two", "No. 2", "Act One"
_RANK_BEFORE = re.compile(
    r"(?:\b(?:number|place|rank|position|spot|seed|round|stage|leg|game|race|set|day|heat|"
    r"group|lane|act|chapter|part|volume|episode|season|phase|wave|level|division|league|tier|"
    r"class|grade|floor|district|book|movement)|No\.)\s+$",
    re.IGNORECASE,
)


def _count_for_rank(sf: Figure, english: str, holder: Figure) -> bool:
    """A rank in words ("Platz zwei") is no count in words ("the previous two years"), and a
    count in words no rank in words, unless a word of rank stands before the count ("number
    two") or the count counts the rank's noun ("im vierten Spiel": "in four games")."""
    if any(c.isdigit() for c in sf.source) or not holder.source.isalpha():
        return False
    if sf.kind == "ordinal" and holder.kind == "number":
        if _RANK_BEFORE.search(english, 0, holder.start):
            return False
        noun = sf.text.split()[-1].lower() if sf.text.split() else ""
        after = re.match(r"\s+(\w+)", english[holder.end :])
        return not (after and noun and after[1].lower().rstrip("s") == noun.rstrip("s"))
    return sf.kind in ("count", "measure") and holder.kind == "ordinal"


def says_otherwise(figure: Figure, text: str, other: Figure, other_text: str) -> bool:
    """Two English figures of the same numbers that still say different things: ``other`` (in
    ``other_text``) lost the minus of ``figure`` (in ``text``), names another currency or unit,
    or has a qualifier on the other side ("less than 1,000" for "more than 1,000") or a firm one
    for a rough one ("up to 1,000" for "around 1,000")."""
    mine, theirs = qualifier_before(text, figure.start), qualifier_before(other_text, other.start)
    units = {unit_after(text, figure), unit_after(other_text, other)}
    return (
        other_currency(figure, other)
        or sign_lost(figure, text, other, other_text)
        or says_another_bound(mine["q"] if mine else None, theirs["q"] if theirs else None)
        or (None not in units and len(units) == 2)
    )


def _english_form(figure: Figure, status: str, held: list[str]) -> str | None:
    """What stands for ``figure`` in the checked English: the English figures holding its
    value, or (a figure matched by its words) its own English text."""
    if status == "missing":
        return None
    return " … ".join(held) if held else figure.text


def _scaled_down(value: object, source_value: float) -> bool:
    """``value`` is the source's value read a thousand or a million times too small: only a
    value that has such a separator to lose ("1.000" read as 1; not "10 Euro" as "0.01 euros")."""
    return (
        isinstance(value, (int, float))
        and bool(value)
        and any(abs(value * f - source_value) < 1e-6 and source_value >= f for f in (1e3, 1e6))
    )
