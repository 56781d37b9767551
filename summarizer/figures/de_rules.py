"""Figure rules German alone has, added by ``rules.build_rules`` after the shared families.

Numeric day pairs and weekday-led numeric dates (``Dienstag und Mittwoch, 18./19.01.``), scores
with the loser's noun (``3:6, 4:6-Niederlage`` -> ``6-3, 6-4 defeat``), legal references
(``§ 176 Abs. 2 Satz 2 GVG``), court file numbers, labelled identifiers (``Seite 3411``,
``Nummer 55 der Welt``), clubs (``1. FC Köln``), orienteering age classes (``D/H -15``), ages
(``24-Jährige``, ``ab zehn Jahren``), duration adjectives (``zweijährige`` -> ``two-year``),
decades (``1980er-Jahre`` -> ``the 1980s``), magnitude adjectives (``sechsstelliger Betrag`` ->
``six-figure sum``), shares (``jeder zehnte`` -> ``one in ten``), ``beide``, and ranks written
label first (``Rang sieben``).
"""

from __future__ import annotations

import itertools
import re

from . import de_data as D
from . import render as R
from .numbers import NUMBER_PATTERN as NUM
from .numbers import format_digits, normalise_value, parse_number
from .rules import (
    GL,
    GLB,
    GRB,
    SP,
    Candidate,
    Lang,
    Rule,
    S,
    alt,
    collector,
    first_letters,
    hour_of_day,
    lookup,
)

# Two team names joined by a dash before a score, on one line: a results line ("San Marino –
# England 0:6"), whose score is final.
RESULT_LINE = re.compile(r"[A-ZÄÖÜ][^\n–—:;.]* [–—] [A-ZÄÖÜ][^\n–—:;.]*\s$")


# A score or a word for a goal before "(9.)" makes it a goal's minute in a list of scorers (a
# race time "26:45,8 Min." is no score: "(1./26.)" after it are places).
GOAL_CONTEXT = re.compile(
    rf"(?<![\d:])\d{{1,2}}:\d{{1,2}}(?![\d:]|[.,]\d)"
    rf"|{GLB}(?:Tor|Tore|Treffer|Elfmeter|Eigentor|traf|trafen|erzielte[n]?)|torschütze"
    # the play of a football match: "der Ausgleich (48.)", "ein Weitschuss ... (12.)"
    rf"|{GLB}(?:Ausgleich|Anpfiff|Abpfiff|Halbzeitpfiff|Weitschuss|Kopfball|Flanke|Freistoß"
    rf"|Eckball|Strafraum|eingewechselte[nr]?){GRB}"
)


def goal_context(m: re.Match) -> bool:
    """A goal or the play of a match in the 400 characters before a minute or 200 after it."""
    return bool(GOAL_CONTEXT.search(m.string, max(0, m.start() - 400), m.end() + 200))


# A goal's minute right after a score: "0:1 (7.)"
GOAL_MINUTE_AFTER = re.compile(r"\s?\(\d{1,3}\.\)")
RUNNING_BEFORE = re.compile(r"\bzum\s$")  # "traf zum 1:2": the score a goal made

# "(h)" or "(a)" after a score in a list of a team's results: home or away
SET_POINTS_AFTER = re.compile(r"\s?\((?P<p>-?\d{1,2}(?:,\s?-?\d{1,2}){1,4})\)")
VENUE_AFTER = re.compile(r"\s?\((?P<v>[ha])\)(?![\w])")

# What may stand in a bracket of minutes before the next one: "(3., ", "(18./", "(30./Elfmeter, "
MINUTES_BEFORE = re.compile(r"\((?:\d{1,3}\.(?:/[A-Za-zÄÖÜäöüß]+)?(?:,\s?|/))*$")


def rules(L: Lang) -> list[Rule]:
    """The German-only rules, using the German pieces ``L`` built from ``de_data``."""
    out: list[Rule] = []
    add = collector(out)

    # ---- dates written with numbers ------------------------------------------------------------
    @add(r"(?<![\d.])(?P<d1>[0-3]?\d)\./(?P<d2>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d{2})?")
    def date_numeric_pair(m):
        d1, d2, mo = int(m.group("d1")), int(m.group("d2")), int(m.group("m"))
        if not (1 <= d1 <= 31 and 1 <= d2 <= 31 and 1 <= mo <= 12):
            return None
        year = int(m.group("y")) if m.group("y") else None
        text = f"{R.MONTH_NAMES[mo]} {d1}/{d2}" + (f", {year}" if year else "")
        value = {"from": R.date_value(d1, mo, year), "to": R.date_value(d2, mo, year)}
        return Candidate("date_range", value, text)

    @add(
        rf"(?P<w1>{L.weekday})(?:{SP}und{SP}(?P<w2>{L.weekday}))?,{SP}(?P<rest>"
        rf"(?P<d1>[0-3]?\d)\.(?:/(?P<d2>[0-3]?\d)\.)?(?P<mo>[01]?\d)"
        # the month's dot may be left out before a time: "Freitag, 12.6 um 22 Uhr"
        rf"(?:\.(?P<y>(?:19|20)\d{{2}})?|(?={SP}(?:um|ab|bis|von){GRB}))"
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
            return Candidate("time", f"{h:02d}:{mi:02d}", f"{days}, {R.render_time(h, mi)}")
        d1, mo = int(m.group("d1")), int(m.group("mo"))
        if not (1 <= d1 <= 31 and 1 <= mo <= 12):
            return None
        y = int(m.group("y")) if m.group("y") else None
        if m.group("d2"):
            d2 = int(m.group("d2"))
            text = f"{days}, {R.MONTH_NAMES[mo]} {d1}/{d2}" + (f", {y}" if y else "")
            value = {"from": R.date_value(d1, mo, y), "to": R.date_value(d2, mo, y)}
            return Candidate("date_range", value, text)
        return Candidate("date", R.date_value(d1, mo, y), f"{days}, {R.render_date(d1, mo, y)}")

    # ---- scores --------------------------------------------------------------------------------
    # a set's score, its tiebreak or half-time score in brackets; sets joined by commas or "und"
    # ("verlor mit 6:7 und 3:6" -> "7-6, 6-3": one match, flipped as a whole)
    SET = r"\d{1,2}:\d{1,2}(?:" + S + r"?\(\d{1,2}(?::\d{1,2})?\))?"

    result_before = re.compile(rf"{GLB}{alt(D.SCORE_RESULT_BEFORE)}{SP}$")
    match_before = re.compile(rf"{GLB}{alt(D.SCORE_MATCH_WORDS)}{SP}[^.;:()]*$")

    def match_result(m) -> bool:
        """``X gegen Y (0:1)``: a score alone in brackets after the match it ends."""
        s, e = m.start(), m.end()
        if not (s and m.string[s - 1] == "(" and m.string[e : e + 1] == ")"):
            return False
        return bool(match_before.search(m.string, max(0, s - 60), s - 1))

    # the bracket of period scores after a final: "2:3 n.V. (0:0,0:1,2:1/0:1)"
    final_before = re.compile(
        rf"(?<![\d:.,])(?P<a>\d{{1,2}}):(?P<b>\d{{1,2}})[^()\d]{{0,12}}\((?:[\d:,/]|{S})*$"
    )

    trailing = re.compile(rf"{GLB}{alt(D.SCORE_TRAILING_CUES)}{GRB}")
    next_clause = re.compile(
        r"\b(?:und|sowie)\s+(?=(?:fiel|fielen|fällt|rutscht|rutschte|rutschten|liegt|liegen|lag"
        r"|lagen|steht|stehen|stand|standen|ist|sind|war|waren|hat|haben|hatte|hatten)\b)"
    )
    shared_noun = re.compile(
        rf"-{S}?(?:oder|und|bzw\.){SP}\d{{1,2}}:\d{{1,2}}"
        rf"-(?P<noun>{alt(D.SCORE_NOUNS, False)}){GRB}"
    )

    def subject_result(m) -> bool:
        """``mit 0:4``: the subject's result, unless its clause says it trailed."""
        if not result_before.search(m.string, max(0, m.start() - 10), m.start()):
            return False
        # the clause ends where "und" starts one with a verb of its own: "verlor mit 1:2 und fiel
        # auf Rang sechs zurück", "verloren mit 78:85 und liegen nun mit 1:2 zurück" (but "mit
        # 3:5 und später mit 0:4 zurückgelegen" is one clause)
        clause = re.split(r"[.;,]", m.string[m.end() :], maxsplit=1)[0]
        clause = next_clause.split(clause, maxsplit=1)[0]
        return not trailing.search(clause)

    @add(
        rf"(?<![\d:.,])(?P<sets>{SET}(?:(?:,{S}?|{SP}und{SP}){SET})*)(?![\d]|{S}?Uhr|:\d|[.,]\d)"
        rf"(?:-(?P<noun>{alt(D.SCORE_NOUNS, False)}){GRB})?",
        priority=4,
    )
    def score(m):
        noun = m.group("noun")
        parts = list(
            re.finditer(r"(\d{1,2}):(\d{1,2})(?:\s?\((\d{1,2})(?::(\d{1,2}))?\))?", m["sets"])
        )
        pairs = [(int(p.group(1)), int(p.group(2))) for p in parts]
        # English writes a final result winner first: the loser's noun says so, or the result
        # is final (a list of sets, a half-time score in brackets, "verlor", "nach
        # Verlängerung") and the second side won it; a running score ("lag 2:4 zurück") stays
        won = sum(a > b for a, b in pairs) - sum(a < b for a, b in pairs)
        after = m.string[m.end() : m.end() + 30]
        line = m.string[max(0, m.start() - 60) : m.start()]
        final = (
            len(pairs) > 1
            or bool(parts[0].group(4))
            or bool(re.match(rf"\s*{alt(D.SCORE_FINAL_CUES)}", after))
            or bool(RESULT_LINE.search(line))  # "Everton – Liverpool 0:2": a results line
            or subject_result(m)
            or match_result(m)
        )
        periods = final_before.search(m.string, max(0, m.start() - 40), m.start())
        if periods and not noun:
            # periods are written from the side of the final's winner: "(1-0, 1-2, 1-0)"
            final = True
            won = int(periods.group("a")) - int(periods.group("b"))
        # "eine 0:1- oder 1:2-Niederlage": the noun after the second score is the first's too
        shared = None if noun else shared_noun.match(m.string, m.end())
        loser = noun or (shared.group("noun") if shared else None)
        flip = bool(D.SCORE_NOUNS[loser][1]) if loser else final and won < 0
        sets, texts = [], []
        for (a, b), part in zip(pairs, parts, strict=True):
            sets.append([b, a] if flip and loser else [a, b])
            if flip:
                a, b = b, a
            t = f"{a}-{b}"
            if part.group(4):
                c, d = int(part.group(3)), int(part.group(4))
                t += f" ({d}-{c})" if flip else f" ({c}-{d})"
            elif part.group(3):
                t += f" ({part.group(3)})"  # tiebreak points of the set's loser
            texts.append(t)
        text = ", ".join(texts)
        if noun:
            text = f"{text} {D.SCORE_NOUNS[noun][0]}"
        value: dict[str, object] = (
            {"home": sets[0][0], "away": sets[0][1]} if len(sets) == 1 else {"sets": sets}
        )
        venue = VENUE_AFTER.match(m.string, m.end())
        if len(pairs) == 1 and not noun and venue:
            # a team's earlier results, "Saisonergebnisse: 3:2 (a), 1:2 (h)": from its side,
            # winner first -> "3-2 (away)", "a 2-1 defeat (home)", "0-0 (home)"
            a, b = pairs[0]
            where = D.RESULT_VENUES[venue["v"]]
            text = f"a {b}-{a} defeat ({where})" if a < b else f"{a}-{b} ({where})"
            return Candidate("score", value, text, end=venue.end())
        points = SET_POINTS_AFTER.match(m.string, m.end())
        if len(pairs) == 1 and not noun and points:
            # volleyball: the loser's points of every set, a set lost negative: "3:1
            # (-20,14,-23,20)" -> "3-1 (-20, 14, -23, 20)"; one entry per set played
            numbers = re.findall(r"-?\d+", points.group("p"))
            if len(numbers) == sum(pairs[0]):
                value["points"] = [int(x) for x in numbers]
                text += f" ({', '.join(numbers)})"
                return Candidate("score", value, text, end=points.end())
        running = GOAL_MINUTE_AFTER.match(m.string, m.end()) or RUNNING_BEFORE.search(
            m.string, max(0, m.start() - 5), m.start()
        )
        if len(pairs) == 1 and not noun and running:
            # a line of a goal list, "Tore: 0:1 (7.) Soriano", or a goal "zum 1:2": the running
            # score, leader first ("1-0", "2-1"; a minute is a figure of its own)
            a, b = pairs[0]
            text = f"{max(a, b)}-{min(a, b)}"
        return Candidate("score", value, text)

    THOUSANDS = r"\d{1,3}(?:\.\d{3})*"

    # a ratio or a scale is no score: "im Maßstab 1:25.000" -> "1:25,000", "keine
    # 1:1-Wiedergabe" -> "1:1"
    @add(
        rf"{GLB}{alt(D.RATIO_BEFORE, False)}{SP}(?:von{SP})?"
        rf"(?P<a>{THOUSANDS}):(?P<b>{THOUSANDS})(?![\d:]|[.,]\d)"
        rf"|(?<![\d:.,])(?P<c>\d{{1,3}}):(?P<d>\d{{1,3}})(?=-{alt(D.RATIO_NOUNS, False)}{GRB})",
        priority=6,
    )
    def ratio(m):
        first = "a" if m.group("a") else "c"
        a, b = (m.group("a"), m.group("b")) if m.group("a") else (m.group("c"), m.group("d"))
        value = f"{parse_number(a)}:{parse_number(b)}"
        return Candidate(
            "number", value, f"{format_digits(a)}:{format_digits(b)}", start=m.start(first)
        )

    # sets written with slashes: "7/6 7/6" -> "7-6, 7-6" (one set alone, "7/6", stays apart)
    @add(r"(?<![\w./])(?P<sets>[0-7]/[0-7](?:,?\s[0-7]/[0-7])+)(?![\w/])", priority=4)
    def slash_sets(m):
        pairs = [(int(a), int(b)) for a, b in re.findall(r"([0-7])/([0-7])", m.group("sets"))]
        text = ", ".join(f"{a}-{b}" for a, b in pairs)
        return Candidate("score", {"sets": [[a, b] for a, b in pairs]}, text)

    # a number inside a name compound: "Masters-1000-Turnier" -> "Masters 1000", as written
    @add(r"(?<=[a-zäöüß]-)\d{2,4}(?=-[A-ZÄÖÜ])", priority=1)
    def number_in_name(m):
        return Candidate("identifier", m.group(0), m.group(0))

    # years before the common era: "(578-539 v. u. Z.)" -> "578-539 BC", "um 3000 v. Chr."
    @add(
        rf"(?<![\d.,])(?P<a>\d{{1,4}})(?:[-–](?P<b>\d{{1,4}}))?{SP}"
        rf"(?:v\.{S}?u\.{S}?Z\.|v\.{S}?Chr\.|vor{SP}Christus|vor{SP}unserer{SP}Zeitrechnung)",
        priority=6,
    )
    def year_bc(m):
        a = int(m.group("a"))
        if not m.group("b"):
            return Candidate("year", -a, f"{a} BC")
        b = int(m.group("b"))
        return Candidate("date_range", {"from": -a, "to": -b}, f"{a}-{b} BC")

    # a vote: "mit 58 zu 42 Stimmen" -> "58 to 42" (not a score)
    @add(
        r"(?<![\d.,:])(?P<a>\d{1,3})\s+zu\s+(?P<b>\d{1,3})(?!\d|[.,:]\d)(?P<votes>\s+Stimmen\b)?",
        priority=4,
    )
    def vote(m):
        a, b = int(m.group("a")), int(m.group("b"))
        text = f"{a} to {b}" + (" votes" if m.group("votes") else "")
        return Candidate("number", {"for": a, "against": b}, text)

    # ---- legal references and identifiers ------------------------------------------------------
    # several transport lines: "Die BVG-Buslinien M29, 100, 106 und 187", "die Linien 165, 265
    # sowie N 60 und N 65"
    line_labels = {"Linien": "lines", "Buslinien": "bus routes", "Tramlinien": "tram lines",
                   "Straßenbahnlinien": "tram lines", "U-Bahn-Linien": "U-Bahn lines"}  # fmt: skip
    LINE = rf"(?:[A-Z]{{1,2}}{S}?)?\d{{1,3}}(?!\d|[.,:]\d)"

    @add(
        rf"(?:{GLB}(?P<pre>[A-Z]{{2,4}})-)?(?P<label>{alt(line_labels, False)}){SP}"
        rf"(?P<list>{LINE}(?:(?:,{S}?|{SP}(?:und|sowie|oder){SP}){LINE})+)",
        priority=6,
    )
    def transport_lines(m):
        listed = re.sub(r"\bsowie\b", "and", m.group("list")).replace(" und ", " and ")
        listed = listed.replace(" oder ", " or ")
        label = lookup(line_labels, m.group("label"))
        text = f"{m.group('pre') + ' ' if m.group('pre') else ''}{label} {listed}"
        return Candidate("identifier", m.group(0), text)

    # several sections: "nach §§ 211, 212 StGB" -> "Sections 211, 212 StGB"
    @add(
        rf"§§{S}?(?P<list>\d+[a-z]?(?:(?:,{S}?|{SP}(?:und|bis){SP})\d+[a-z]?)+)"
        rf"(?:{SP}(?P<law>[A-Z][A-Za-z]*[A-Z][A-Za-z]*))?",
        priority=6,
    )
    def legal_refs(m):
        listed = m.group("list").replace("bis", "to").replace("und", "and")
        text = f"Sections {listed}" + (f" {m.group('law')}" if m.group("law") else "")
        return Candidate("identifier", m.group(0), text)

    @add(
        rf"(?:§|Paragra(?:f|ph|fen|phen){SP}){S}?(?P<n>\d+[a-z]?)"
        # ("Absatz 4 bis 8", "Nummer 2 bis 4 und 5": the numbers run on)
        rf"(?:{SP}(?:Abs\.|Absatz){S}?(?P<abs>\d+(?:{SP}(?:bis|und){SP}\d+)*))?"
        rf"(?:{SP}(?:Satz|S\.){S}?(?P<satz>\d+))?"
        rf"(?:{SP}(?:Nr\.|Nummer){S}?(?P<nr>\d+(?:{SP}(?:bis|und){SP}\d+)*))?"
        rf"(?:{SP}(?P<law>[A-Z][A-Za-z]*[A-Z]{{1,}}[A-Za-z]*))?",
        priority=6,
    )
    def legal_ref(m):
        text = f"Section {m.group('n')}"
        if m.group("abs"):
            # "Absatz 4 bis 8" -> "(4) to (8)"
            text += (
                re.sub(r"\d+", r"(\g<0>)", m.group("abs"))
                .replace("bis", "to")
                .replace("und", "and")
            )
        if m.group("satz"):
            text += f", {R.ordinal_word(int(m.group('satz')))} sentence"
            if m.group("law"):
                text += ","
        if m.group("nr"):
            nr = m.group("nr").replace("bis", "to").replace("und", "and")
            text += f", no{'s' if ' ' in nr else ''}. {nr}"
        if m.group("law"):
            text += f" {m.group('law')}"
        return Candidate("identifier", m.group(0), text)

    @add(
        rf"{GLB}\d{{1,4}}{SP}[A-Z][A-Za-z]{{0,6}}(?:{SP}\([A-Za-z]+\))?{SP}\d{{1,5}}/\d{{2,4}}(?:[a-z]?-\d{{1,3}}|[a-z])?{GRB}",
        priority=6,
    )
    def file_number(m):
        return Candidate("identifier", m.group(0), m.group(0))

    digits_only = {
        "Polizeidirektion",
        "Polizeidirektionen",
        "Direktion",
        "Direktionen",
        "Polizeiabschnitt",
        "Polizeiabschnitts",
        "Polizeiabschnitte",
        "Abschnitt",
        "Abschnitts",
        "Polizeiinspektion",
        "Polizeirevier",
        "Bundesstraße",
        "Polizeiabschnittes",
        "Abschnittes",
        "Abschnittskommissariat",
        "Buslinie",
        "Buslinien",
        "Tatverdächtiger",
        "Straßenbahnlinie",
        "U-Bahnlinie",
        "U-Bahn-Linie",
        "S-Bahnlinie",
        "S-Bahn-Linie",
        "Hausnummer",
        "Bundesautobahn",
        "Folgemeldung",
        "Teil",
        "Artikel",
        "Artikels",
        "Halle",
        "Seite",
        "Kapitel",
        "Anlage",
        "Gleis",
        "Linie",
        "Tor",
    }

    # the quarter a police directorate serves: "Polizeidirektion 3 (Ost)"
    quarters = {"Nord": "North", "Ost": "East", "Süd": "South", "West": "West", "City": "City",
                "Mitte": "Centre"}  # fmt: skip

    @add(
        rf"(?P<pre>{GLB}[A-Z][A-Za-z]*-)?(?P<label>{alt(D.ID_LABELS, False)})\s*"
        rf"(?P<n>[IVX]+|\d+[a-z]?(?:-\d+|/\d{{2,4}}(?!\d))?|(?i:eins|zwei|drei|vier|fünf)){GRB}"
        rf"(?:{SP}\((?P<d1>{alt(quarters, False)})\))?"
        rf"(?:{SP}(?P<label2>Nr\.){S}?(?P<n2>\d+))?(?:(?:{SP}(?P<conj>und|bis){SP}|{S}?(?P<dash>[–-]){S}?)(?P<n3>\d+)"
        rf"(?:{SP}\((?P<d3>{alt(quarters, False)})\))?)?"
        rf"(?P<welt>{SP}der{SP}Welt(?:rangliste)?)?",
        priority=2,
    )
    def labelled_identifier(m):
        label, n = m.group("label"), m.group("n")
        if label == "Nummer" and m.group("pre") == "Haus-":
            # "zwischen Haus-Nummer 140 und Adalbertstraße": a house number, no rank
            return Candidate("identifier", m.group(0), f"house number {n}")
        if label == "Nummer":
            value = int(n) if n.isdigit() else L.word_value(n, 1)
            shown = n if n.isdigit() else R.number_word(value)
            text = f"world number {shown}" if m.group("welt") else f"number {shown}"
            return Candidate("ordinal", value, text)
        if label in digits_only and not re.fullmatch(r"[IVX]+|\d+[a-z]?(?:-\d+|/\d+)?", n):
            return None
        if label in ("Artikel", "Artikels", "Seite", "Kapitel") and m.group("pre"):
            return None
        if n == "I" and label != "Teil":
            return None
        eng = D.ID_LABELS[label]
        if m.group("pre") and label in ("Nr.", "Linie", "Buslinie", "Buslinien"):
            eng = m.group("pre").rstrip("-") + " " + eng  # "BVG-Linie 296" -> "BVG line 296"
        elif m.group("pre"):
            return None
        if not n[0].isdigit() and not re.fullmatch(r"[IVX]+", n):
            n = R.number_word(L.word_value(n))
        n += f" ({quarters[m.group('d1')]})" if m.group("d1") else ""
        if m.group("n3"):
            conj = "and" if m.group("conj") == "und" else "to"  # "Nr. 1674 – 1675": to
            eng = eng + "s" if label in ("Artikel", "Artikels", "Seite") else eng
            text = f"{eng} {n} {conj} {m.group('n3')}"
            text += f" ({quarters[m.group('d3')]})" if m.group("d3") else ""
        else:
            text = f"{eng} {n}"
        if m.group("n2"):
            text += f" No. {m.group('n2')}"
        if m.group("welt"):
            text += " of the world"
        return Candidate("identifier", m.group(0), text)

    # "Paragraph 3 von Artikel 49" -> "Paragraph 3 of Article 49" (a part of the article, not a
    # section of a law beside it)
    @add(
        rf"{GLB}(?:Paragra(?:f|ph)|Absatz|Abs\.){S}?(?P<p>\d+){SP}(?:von|des){SP}"
        rf"(?:Art\.|Artikels?){S}?(?P<n>\d+[a-z]?){GRB}",
        priority=6,
    )
    def paragraph_of_article(m):
        return Candidate(
            "identifier", m.group(0), f"Paragraph {m.group('p')} of Article {m.group('n')}"
        )

    # a name holding a number: "Formel-1-Boss", "Formel 1" -> "Formula One", never a bare "1"
    @add(rf"{GLB}Formel(?:-|{S})1(?![\d.,:])", priority=6)
    def formula_one(m):
        return Candidate("identifier", "Formula 1", "Formula One")

    @add(rf"{GLB}\d\.{S}?(?:FC|FSV|SC|SV|VfB|VfL|FFC){SP}[A-ZÄÖÜ][A-Za-zÄÖÜäöüßéè]+", priority=6)
    def club(m):
        return Candidate("identifier", m.group(0), m.group(0))

    @add(rf"{GLB}[A-Z]/[A-Z]{S}?(?:-\d{{1,2}}|\d{{1,2}}-)(?![\d])", priority=3)
    def age_class(m):
        return Candidate("identifier", m.group(0), m.group(0))

    # "ab dem vollendeten 16. Lebensjahr" -> "from the age of 16" (a year of life completed is an
    # age; "ab dem 15. Lebensjahr" stays "the 15th year of life")
    age_preps = {"ab dem": "from", "bis zum": "until", "mit dem": "at", "nach dem": "after",
                 "vor dem": "before"}  # fmt: skip

    @add(
        rf"(?:{GLB}(?P<p>{alt(age_preps)}){SP})?vollendete[nm]?{SP}(?P<n>\d{{1,3}})\.{SP}"
        rf"Lebensjahr(?:es|s)?{GRB}",
        priority=5,
    )
    def completed_age(m):
        n = int(m.group("n"))
        prep = lookup(age_preps, m.group("p")) if m.group("p") else None
        text = f"{prep} the age of {n}" if prep else f"age {n}"
        return Candidate("measure", n, text, None, "years")

    PHONE_BEFORE = re.compile(r"\(0\d{2,5}\)\s?\d{3,5}\s?[–-]\s?\d{3,6}\s+und\s+$")

    # a phone number, as written: named as one ("unter der Telefonnummer 0711 8990-0") or
    # international ("+41 58 480 80 80")
    @add(
        rf"{GLB}(?:Telefonnummer|Rufnummer|Notrufnummer|Hotline|Telefon|Tel\.)(?::)?{SP}"
        r"(?P<n>(?:\+\d{1,3}[ ]?)?(?:\(0\)[ ]?)?\d+(?:[ /–-]\d+)+|0\d{3,})(?![\d.,]\d|\d)"
        r"|(?<![\w+])(?P<intl>\+\d{1,3}(?:[ ]\(0\))?(?:[ /-]\d{1,4}){2,})(?![\d.,]\d|\d)"
        # an area code in brackets: "(030) 4664-912101", "(030) 4664 – 979999", "4664–574100"
        r"|(?P<area>\(0\d{2,5}\)[ ]?\d{2,}(?:(?:[ /–-]| [–-] )\d+)*)(?![\d.,]\d|\d)"
        # the second of two numbers: "(030) 4664-944411 und 4664-944412"
        r"|(?<=\d\sund\s)(?P<next>\d{3,5}[–-]\d{5,6})(?![\d.,]\d|\d)",
        priority=7,
    )
    def phone_number(m):
        group = next(g for g in ("n", "intl", "area", "next") if m.group(g))
        if group == "next" and not PHONE_BEFORE.search(m.string, 0, m.start()):
            return None
        return Candidate("identifier", m.group(group), m.group(group), start=m.start(group))

    # a typo's space inside a figure, as police reports have it: "1, 4 Promille" is 1.4 (a blood
    # alcohol value; no list ends in "Promille"), "gegen 11. 30 Uhr" is 11:30
    @add(rf"(?<![\d.,])(?P<i>\d),{S}(?P<d>\d{{1,2}}){SP}Promille{GRB}", priority=6)
    def spaced_per_mille(m):
        value = float(f"{m.group('i')}.{m.group('d')}")
        qual, start = L.qualifier_before(m.string, m.start())
        text = R.with_qualifier(qual, f"{m.group('i')}.{m.group('d')} per mille")
        return Candidate("measure", value, text, qual, "Promille", start=start)

    @add(
        rf"{GLB}(?P<q>gegen|um|ab|bis|etwa|ca\.){SP}(?P<h>[01]?\d|2[0-3])\.{S}(?P<mi>[0-5]\d)"
        rf"{SP}Uhr{GRB}",
        priority=6,
    )
    def spaced_time(m):
        h, mi = int(m.group("h")), int(m.group("mi"))
        text = R.render_time(h, mi)
        if m.group("q").lower() in D.TIME_QUALIFIERS:
            qual = lookup(D.TIME_QUALIFIERS, m.group("q"))
            return Candidate("time", f"{h:02d}:{mi:02d}", f"{qual} {text}", qual)
        prep = {"ab": "from", "bis": "until"}.get(m.group("q").lower())  # "um" says "at"
        if prep:
            return Candidate("time", f"{h:02d}:{mi:02d}", f"{prep} {text}")
        return Candidate("time", f"{h:02d}:{mi:02d}", text, start=m.start("h"))

    # the year before's value after its year and a colon is a number, not another year:
    # "2.316 Fälle (2020: 2065)" -> "2,065"
    @add(
        rf"(?<![\d.,])(?:19|20)\d\d:{SP}(?P<n>\d{{4}})"
        rf"(?![\d:]|[.,]\d|{SP}(?:bis|und){GRB}|{S}?[–-])",
        priority=6,
    )
    def value_after_year(m):
        n = m.group("n")
        return Candidate("number", int(n), format_digits(n), start=m.start("n"))

    # a number with a leading zero and a group is a phone number, never thousands: "(z. B.
    # 030 110)" is no "30,110"
    @add(r"(?<![\d.,+:–-])0\d{1,4}(?:[ /]\d{2,})+(?![\d.,]\d|\d)", priority=6)
    def leading_zero_number(m):
        return Candidate("identifier", m.group(0), m.group(0))

    # a truck by its weight: "der Fahrer des 7,5-Tonners" -> "7.5-tonne truck"
    @add(rf"(?<![\d.,])(?P<n>\d{{1,2}}(?:,\d)?)-Tonner(?:s|n)?{GRB}", priority=5)
    def tonner(m):
        value = parse_number(m.group("n"))
        return Candidate("measure", value, f"{format_digits(m.group('n'))}-tonne truck", None, "t")

    # the emergency number: "Im Notfall immer: 110 anrufen", "über den Notruf 110"
    @add(
        rf"{GLB}(?:(?:Notruf(?:nummer)?|Polizeinotruf|Telefonnummer|Rufnummer|Notfall){SP}(?P<n>11[02])"
        rf"|(?P<n2>11[02])(?={SP}(?:anrufen|wählen|rufen)\b))(?![\d.,]\d|\d)",
        priority=7,
    )
    def emergency_number(m):
        n = m.group("n") or m.group("n2")
        return Candidate("identifier", n, n, start=m.start("n") if m.group("n") else m.start())

    # a bound on a month: "spätestens im Juli 2024" -> "July 2024 at the latest"
    @add(
        rf"{GLB}(?P<bound>{alt(D.YEAR_QUALIFIERS)}){SP}(?:im{SP})?(?P<m>{L.month})"
        rf"(?:{SP}(?P<y>(?:19|20)\d\d))?(?![\d.])",
        priority=5,
    )
    def month_bound(m):
        mo, y = lookup(D.MONTHS, m.group("m")), m.group("y")
        template = lookup(D.YEAR_QUALIFIERS, m.group("bound"))
        if "{}" not in template or template.startswith("at least"):
            return None  # "mindestens Mai" is no bound English writes so
        value = f"{y}-{mo:02d}" if y else f"--{mo:02d}"
        text = template.format(R.render_date(None, mo, int(y) if y else None))
        return Candidate("date", value, text, template.replace("{}", "").strip())

    # the Christmas holidays by number: "am 1. Weihnachtsfeiertag" -> "Christmas Day"
    @add(
        rf"(?:(?<![\d.])(?P<d>[12])\.|{GLB}(?P<w>[Ee]rste[nr]?|[Zz]weite[nr]?)){SP}"
        rf"Weihnachts(?:feier)?tag(?:es|s|e)?{GRB}",
        priority=6,
    )
    def christmas_day(m):
        second = m.group("d") == "2" or (m.group("w") or "").lower().startswith("zweit")
        text = "December 26" if second else "Christmas Day"
        return Candidate("date", "--12-26" if second else "--12-25", text)

    # a street named after a date is a name: "auf der Straße des 17. Juni"
    @add(rf"{GLB}(?:Straße|Platz|Allee|Brücke){SP}des{SP}\d{{1,2}}\.{SP}{L.month}{GRB}", 7)
    def street_of_a_date(m):
        return Candidate("identifier", m.group(0), m.group(0))

    # a duration in abbreviations, as timetables write it: "1 Std. 8 Min." -> "1 hour 8 minutes"
    @add(
        rf"(?<![\d.,:])(?P<h>\d{{1,2}}){S}?(?:Std\.|h){SP}(?P<mi>[0-5]?\d){S}?(?:Min\.|min)"
        rf"(?![{GL}])",
        priority=5,
    )
    def hours_minutes(m):
        hours, minutes = int(m.group("h")), int(m.group("mi"))
        text = f"{hours} hour{'s' * (hours != 1)} {minutes} minute{'s' * (minutes != 1)}"
        return Candidate("measure", {"hours": hours, "minutes": minutes}, text, None, "Std.")

    street_end = ("straße", "strasse", "str.", "gasse", "allee", "damm", "platz", "ring", "ufer",
                  "weg", "chaussee")  # fmt: skip
    # "Keithstraße", and a street's name in two words or after a hyphen: "Perleberger Str. 61A",
    # "Frankfurter Allee 12", "Karl-Marx-Straße 5", "Potsdamer Platz 1" (a square only after a
    # place's name, ``PLACE_NAME``: "auf Platz 2" is a rank)
    street_words = ("Straße", "Strasse", "Str.", "Allee", "Chaussee", "Damm", "Gasse", "Platz")
    STREET_END = (
        "(?:"
        + "|".join(rf"(?<=[a-zäöüß]{re.escape(w)})" for w in street_end)
        + "|"
        + "|".join(rf"(?<=er {re.escape(w)})|(?<=-{re.escape(w)})" for w in street_words)
        + ")"
    )
    HOUSE = rf"\d{{1,4}}(?:{S}?[A-Za-z](?![{GL}]))?"  # "30", "12a", "3 B"
    # a square named by a place: "Potsdamer Platz", not "Dritter Platz"
    PLACE_NAME = re.compile(
        r"(?!(?:Erst|Zweit|Dritt|Viert|Fünft|Sechst|Siebt|Acht|Neunt|Zehnt|Letzt|Neu)er )"
        r"[A-ZÄÖÜ][a-zäöüß]+er Platz"
    )

    # an address's house number, as written: "Keithstraße 30", "Vinetastraße 1 – 3", "Obstallee
    # 24"; and (the rule after it) its postcode: "Keithstraße 30 in 10787 Berlin"
    @add(
        rf"{STREET_END}"
        rf"{SP}(?P<n>{HOUSE}(?:{S}?[–-]{S}?\d{{1,4}}[a-z]?)?)"
        rf"(?![\d:]|[.,]\d|{S}?%)",
        priority=6,
    )
    def address(m):
        if re.match(rf"{SP}(?:{alt(D.UNITS)}|Uhr|Prozent|Jahre|Euro)\b", m.string[m.end("n") :]):
            return None  # "am Platz 2 Meter" is a measure after a place name, not an address
        name = m.string[: m.start()].split()[-2:]
        if name and name[-1] == "Platz" and not PLACE_NAME.fullmatch(" ".join(name)):
            return None  # "auf dem Platz 1" is no address
        return Candidate("identifier", m.group("n"), m.group("n"), start=m.start("n"))

    @add(
        rf"{STREET_END}"
        rf"{SP}{HOUSE},?{SP}(?:in{SP})?(?P<plz>\d{{5}})(?={SP}[A-ZÄÖÜ])",
        priority=6,
    )
    def postcode_after_address(m):
        return Candidate("identifier", m.group("plz"), m.group("plz"), start=m.start("plz"))

    # a postcode before its town: "hielt sich in 25761 Büsum auf" (not "in 12000 Haushalten": a
    # count ends in zeros or counts a noun)
    @add(
        rf"(?:(?<=\bin{S})|(?<=\d,{S}))(?P<plz>\d{{5}})"
        rf"(?={SP}(?P<town>[A-ZÄÖÜ][a-zäöüß]+)(?:[\s,.;)-]|$))",
        priority=6,
    )
    def postcode_before_town(m):
        town = re.match(rf"{SP}(\S+?)(?:[\s,.;)-]|$)", m.string[m.end() :])
        word = town.group(1) if town else ""
        if m.group("plz").endswith("00") or re.fullmatch(rf"(?:{L.noun}|{L.unit})", word):
            return None
        return Candidate("identifier", m.group("plz"), m.group("plz"))

    # a range with a dash and a unit or a counted noun, as a description of a person gives it:
    # "ca. 17 – 30 Jahre alt, ca. 180 – 190 cm groß"; "etwa 500 – 600 Menschen" (a dash between
    # numbers alone parts the entries of a results list: "150 – 3. Maja Vtic")
    @add(
        rf"(?P<q>{L.qual})?(?<![\d.,])(?P<a>\d{{1,4}})(?:{S}[–-]{S}|[–-])(?P<b>\d{{1,4}})"
        rf"{SP}(?:(?P<unit>{L.unit})|(?P<noun>{L.noun}))",
        priority=3,
    )
    def dash_range(m):
        a, b = int(m.group("a")), int(m.group("b"))
        if a >= b:
            return None
        qual = lookup(D.QUALIFIERS, m.group("q").strip()) if m.group("q") else None
        if m.group("noun"):
            noun = lookup(D.NOUNS, m.group("noun"))
            text = R.with_qualifier(qual, f"{a} to {b} {noun[1]}")
            return Candidate("count", {"from": a, "to": b}, text, qual, m.group("noun"))
        unit = lookup(D.UNITS, m.group("unit"))
        text = R.with_qualifier(qual, f"{a} to {b} {R.plural(unit, b, force_plural=True)}")
        return Candidate("measure", {"from": a, "to": b}, text, qual, m.group("unit"))

    # a broadcaster's channel: "SRF zwei", "ORF eins", "ORF III" (a name, not a count)
    @add(rf"{GLB}(?:SRF|ORF|RSI|RTS){S}(?:eins|zwei|drei|1|2|3|III)(?![{GL}\d])", priority=7)
    def channel(m):
        return Candidate("identifier", m.group(0), m.group(0))

    # a postcode named as one is no number: "Postleitzahl 1010", "PLZ 8610"
    @add(rf"{GLB}(?:Postleitzahl|PLZ){SP}(?P<n>\d{{4,5}})(?![\d.,])", priority=6)
    def postcode(m):
        return Candidate("identifier", m.group("n"), m.group("n"), start=m.start("n"))

    # a Swiss Federal Court docket number, as written: "Urteil 6B_1234/2022"; the Federal
    # Criminal Court's "SK.2023.12"; an Austrian high court's collection, "VfSlg 19.814/2013"
    @add(
        r"(?<![\w/])\d{1,2}[A-Z]{1,2}_\d{1,5}/\d{4}(?![\d/])"
        r"|(?<![\w.])[A-Z]{2}\.(?:19|20)\d\d\.\d{1,5}(?!\d|\.\d)"
        r"|\b(?:VfSlg|VwSlg)\.?\s\d{1,2}\.\d{3}(?:/\d{4})?(?![\d/])",
        priority=7,
    )
    def docket(m):
        return Candidate("identifier", m.group(0), m.group(0))

    # a qualified majority in one word: "Zweidrittelmehrheit" -> "two-thirds majority"
    @add(
        rf"{GLB}(?P<w>{alt(D.NUMBER_WORDS)})(?P<f>{alt(D.FRACTIONS)})mehrheit(?:en)?{GRB}",
        priority=4,
    )
    def majority(m):
        n, d = lookup(D.NUMBER_WORDS, m.group("w")), lookup(D.FRACTIONS, m.group("f"))
        text = f"{R.fraction(n, d, R.number_word(n)).replace(' ', '-')} majority"
        return Candidate("number", round(n / d, 3), text)

    # half of a unit: "um einen halben Prozentpunkt" -> "half a percentage point", "einen halben
    # Meter" -> "half a meter" (the scale words are the amount's: "eine halbe Million")
    @add(
        rf"{GLB}(?:[Ee]ine[mnrs]?|[Ee]in){SP}halbe[nrs]?{SP}"
        rf"(?:(?P<pp>{alt(D.POINTS_WORDS, False)})|(?P<u>{L.unit})){GRB}",
        priority=4,
    )
    def half_unit(m):
        qual, start = L.qualifier_before(m.string, m.start())  # "mehr als eine halbe Sekunde"
        if m.group("pp"):
            text = R.with_qualifier(qual, "half a percentage point")
            return Candidate("percentage_points", 0.5, text, qual, "pp", start=start)
        unit = lookup(D.UNITS, m.group("u"))[0]
        article = "an" if unit[:1] in "aeiou" or unit.startswith("hour") else "a"
        text = R.with_qualifier(qual, f"half {article} {unit}")
        return Candidate("measure", 0.5, text, qual, m.group("u"), start=start)

    # a speed limit's zone: "in einer 30er-Zone", "Tempo-30-Zone" -> "30 km/h zone"
    @add(rf"(?:{GLB}Tempo-|(?<![\d.,-]))(?P<n>[1-9]0)(?:er)?-Zonen?{GRB}", priority=6)
    def speed_zone(m):
        n = int(m.group("n"))
        return Candidate("measure", n, f"{n} km/h zone", None, "km/h")

    # ---- clock times in words --------------------------------------------------------------
    # "um drei Uhr" -> "three o'clock", "kurz nach halb zwei" -> "half past one" (1:30): the day
    # part is not said, so the value is the morning's and the check reads it on a 12-hour clock
    hour_words = {w: n for w, n in D.NUMBER_WORDS.items() if isinstance(n, int) and n <= 24}
    hour_words.update({"ein": 1, "eins": 1})
    hours = alt(hour_words)

    # "Viertel nach acht" -> 8:15, "Viertel vor vier" -> 3:45, "dreiviertel acht" -> 7:45,
    # "viertel zehn" -> 9:15 (not after an article: "ein Viertel vor der Wahl" is a fraction)
    @add(
        rf"(?<!ein{S})(?<!einem{S})(?<!einer{S})"
        rf"{GLB}(?:(?P<half>[Hh]alb|[Vv]iertel{SP}(?P<dir>vor|nach)|[Dd]reiviertel|viertel){SP}"
        rf"(?P<hh>{hours}|1[0-2]|[1-9])(?!\d|[.,]\d)"
        rf"(?:{SP}Uhr)?(?!{SP}[A-ZÄÖÜ](?!{alt(D.CLOCK_DAY_PARTS)}))|(?P<w>{hours}){SP}Uhr)"
        rf"(?:{SP}(?P<part>{alt(D.CLOCK_DAY_PARTS)}))?{GRB}",
        priority=5,
    )
    def time_in_words(m):
        if m.group("half"):
            h = m.group("hh")
            n = int(h) if h.isdigit() else lookup(hour_words, h)
            if not 1 <= n <= 12:
                return None
            word = m.group("half").lower()
            if word == "halb":
                h, mi = (n - 1) or 12, 30
            elif m.group("dir") == "nach":
                h, mi = n, 15
            elif word == "viertel":  # "um viertel zehn" (Austria, the east): a quarter past nine
                h, mi = (n - 1) or 12, 15
            else:  # "Viertel vor vier", "dreiviertel vier": a quarter to four
                h, mi = (n - 1) or 12, 45
        else:
            h, mi = lookup(hour_words, m.group("w")), 0
        part = lookup(D.CLOCK_DAY_PARTS, m.group("part")) if m.group("part") else None
        if h > 12:
            h, text = h % 24, R.render_time(h, mi)
        elif part:  # "neun Uhr vormittags" -> 9:00 a.m.; "elf Uhr nachts" -> 11:00 p.m.
            h = hour_of_day(h, part)
            text = R.render_time(h, mi)
        else:
            text = {
                0: f"{R.number_word(h)} o'clock",
                15: f"quarter past {R.number_word(h)}",
                30: f"half past {R.number_word(h)}",
                45: f"quarter to {R.number_word(h % 12 + 1)}",
            }[mi]
        # a rough time keeps its word: "Gegen ein Uhr" -> "around one o'clock"
        qual, start = L.rough_time_before(m.string, m.start())
        value = f"{h:02d}:{mi:02d}"
        if qual:
            return Candidate("time", value, f"{qual} {text}", qual, start=start)
        return Candidate("time", value, text)

    # ---- ages, "beide", ranks ------------------------------------------------------------------
    ROUGHLY = {"about", "around", "almost", "nearly"}  # qualifiers that say "roughly"

    def number_or_word(n: str) -> tuple[int | float, str]:
        value = int(n) if n.isdigit() else L.word_value(n)
        return value, n if n.isdigit() else R.number_word(value)

    # number compounds the shared compound rule leaves: a percent ("28-Prozent-Partei",
    # "Zehn-Prozent-Hürde", "99-prozentige Chance" -> "99 percent"), a fraction
    # ("Zwei-Drittel-Mehrheit" -> "two-thirds"), a multiple ("um das 14-fache" -> "14-fold",
    # "die 31-fache Weltcupsiegerin" -> "31-time") and an age said of someone ("starb 46-jährig"
    # -> "at the age of 46")
    head_next = r"(?=-[A-ZÄÖÜ])"
    winner_after = re.compile(rf"{SP}[A-ZÄÖÜ][{GL}-]*(?:{alt(D.WINNER_ENDINGS)}){GRB}")

    @add(
        rf"(?<![\d.,-])(?:(?P<d>{NUM})-|(?P<w>{L.numword})-|(?P<wg>{GLB}{alt(D.NUMBER_WORDS)})(?=prozentige))"
        rf"(?:(?P<pct>{alt(D.PERCENT_WORDS)})"
        rf"{head_next}|(?P<pctadj>prozentig)(?:e[nmrs]?)?{GRB}"
        rf"|(?P<frac>{alt(D.FRACTIONS)}){head_next}"
        rf"|(?P<fold>[Ff]ache[nmrs]?|fach){GRB}|(?P<aged>jährig)(?![{GL}]))",
        priority=3,
    )
    def number_compound(m):
        if m.group("d"):
            n, shown = parse_number(m.group("d")), format_digits(m.group("d"))
        else:  # "zehnprozentige Beteiligung" in one word (not the adverb: "hundertprozentig")
            n, shown = number_or_word(m.group("w") or m.group("wg"))
        qual, start = L.qualifier_before(m.string, m.start())
        if m.group("pct") or m.group("pctadj"):
            kind, text, unit = "percent", f"{shown} percent", "%"
        elif m.group("frac"):
            d = lookup(D.FRACTIONS, m.group("frac"))
            words = R.fraction(int(n), d, shown).split(" ", 1)
            text, unit = f"{shown if n == 1 else words[0]}-{words[1]}", None
            kind, n = "number", round(n / d, 3)
        elif m.group("fold") and winner_after.match(m.string, m.end()):
            kind, text, unit = "number", f"{shown}-time", None  # "die 31-fache Weltcupsiegerin"
        elif m.group("fold"):
            kind, text, unit = "number", f"{shown}-fold", None
        else:
            kind, text, unit = "measure", f"at the age of {shown}", "years"
        return Candidate(kind, n, R.with_qualifier(qual, text), qual, unit, start=start)

    @add(rf"{GLB}ab{SP}(?P<n>\d+|{L.numword}){SP}Jahren{GRB}", priority=2)
    def age_from(m):
        value, shown = number_or_word(m.group("n"))
        return Candidate("measure", value, f"aged {shown} and over", "at least", "years")

    @add(
        # (police copy also writes "des 43- jährigen", "eine 66 jährige Frau")
        rf"(?<![\d.,])(?P<n>\d{{1,3}}|{L.numword})(?:[-–]{S}?|{SP}(?=[Jj]ährig))"
        rf"(?P<j>[Jj])ährige[nrms]?{GRB}"
        rf"(?:{SP}(?P<noun>{alt(D.DURATION_NOUNS, False)}){GRB})?",
        3,
    )
    def age(m):
        value, shown = number_or_word(m.group("n"))
        qual, start = L.qualifier_before(m.string, m.start())
        side = {"more than": "over", "less than": "under"}.get(qual or "")
        if qual and m.group("j").isupper():
            # "die über 60-Jährigen" -> "the over-60s": the qualifier bounds the age
            text = f"{side}-{shown}s" if side else f"{qual} {shown}-year-olds"
            return Candidate("measure", value, text, qual, "years", start=start)
        if m.group("noun"):  # "30-jährige Geschichte" -> "30-year history"
            return Candidate("measure", value, f"{shown}-year {D.DURATION_NOUNS[m.group('noun')]}")
        if qual in ROUGHLY:  # "die etwa 20-jährige Soldatin" -> "about 20-year-old"
            text = R.with_qualifier(qual, f"{shown}-year-old")
            return Candidate("measure", value, text, qual, "years", start=start)
        if side:  # "die über 60-jährigen Männer" -> "over 60"
            return Candidate("measure", value, f"{side} {shown}", qual, "years", start=start)
        return Candidate("measure", value, f"{shown}-year-old", None, "years")

    # a goal's minute in a list of scorers: "Krawez (9.), Jarmolenko (30./Elfmeter)"; minutes
    # of one scorer are one figure: "(3., 66.)" -> "3rd and 66th minutes"
    @add(
        r"(?<=[(/ ])(?P<n>\d{1,3})\.(?:\+(?P<plus>\d{1,2}))?"
        r"(?P<more>(?:(?:,\s?|/)\d{1,3}\.)*)(?=[/),])",
        priority=2,
    )
    def goal_minute(m):
        if not MINUTES_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
            return None  # not inside a bracket of minutes ("(3., 66.)", "(18./41.)")
        if m.group("plus"):  # stoppage time, "(45.+2)" -> "minute 45+2"
            if m.group("more") or not goal_context(m):
                return None
            n, plus = int(m.group("n")), int(m.group("plus"))
            return Candidate("ordinal", [n, plus], f"minute {n}+{plus}", unit="Minute")
        minutes = [int(m.group("n")), *(int(x) for x in re.findall(r"\d+", m.group("more")))]
        shown = [R.ordinal_suffix(n) for n in minutes]
        listed = shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} and {shown[-1]}"
        value = minutes[0] if len(minutes) == 1 else minutes
        if not goal_context(m):
            return Candidate("ordinal", value, listed)  # "Ungarn (19.)": a place
        unit = "minute" if len(minutes) == 1 else "minutes"
        return Candidate("ordinal", value, f"{listed} {unit}", unit="Minute")

    # ordinals paired with a slash, "1./2. Weltkrieg" -> "1st/2nd"; a rank in brackets before
    # what it ranks, "(2. nach dem Springen/4. im Langlauf)" -> "2nd", "4th"
    @add(r"(?<![\d.,/])(?P<a>\d{1,2})\./(?P<b>\d{1,2})\.(?=\s?[A-ZÄÖÜ])", priority=3)
    def ordinal_pair(m):
        a, b = int(m.group("a")), int(m.group("b"))
        return Candidate("ordinal", [a, b], f"{R.ordinal_suffix(a)}/{R.ordinal_suffix(b)}")

    @add(r"(?<=[(/])(?P<n>\d{1,2})\.(?=\s(?:nach|im|in|bei)\s)", priority=2)
    def rank_in_brackets(m):
        n = int(m.group("n"))
        return Candidate("ordinal", n, R.ordinal_suffix(n))

    # "WM 2006" in a football story is the World Cup, elsewhere world championships
    football = re.compile(r"(?i:fußball|fifa|uefa|bundesliga|elfmeter|nationalelf|torschütze)")

    @add(rf"{GLB}WM{SP}(?P<y>(?:19|20)\d\d)(?![\d{GL}])", priority=2)
    def world_cup(m):
        if not football.search(m.string, max(0, m.start() - 600), m.end() + 600):
            return None
        return Candidate("year", int(m.group("y")), f"{m.group('y')} World Cup")

    # a share compared with a year: "ein Viertel mehr als 2014." -> "more than in 2014"; after a
    # preposition the year-like number is a count ("auf mehr als 2014")
    noun_before = re.compile(r"[A-ZÄÖÜ][\w-]*\s$")

    @add(
        rf"{GLB}(?P<q>mehr|weniger){SP}als{SP}(?P<y>(?:19|20)\d\d)"
        rf"(?=[.,;:!?)]|{SP}(?:und|oder|sowie){GRB})",
        priority=3,
    )
    def than_year(m):
        if not noun_before.search(m.string, max(0, m.start() - 30), m.start()):
            return None
        word = "more" if m.group("q") == "mehr" else "less"
        return Candidate("year", int(m.group("y")), f"{word} than in {m.group('y')}")

    # neighbouring numbers as a rough count: "mit ein, zwei Knopfdrücken" -> "one or two",
    # "zwei, drei Jahre" -> "two or three years", "drei, vier, fünf" -> "three, four or five"
    NW = rf"(?:{L.numword}|ein|eine[nmr]?)"

    @add(
        rf"{GLB}(?P<a>{NW}),{SP}(?P<b>{NW})(?:,{SP}(?P<c>{NW}))?{SP}"
        rf"(?:(?P<unit>{L.unit}){GRB}|(?=[A-ZÄÖÜ]))",
        priority=2,
    )
    def rough_numbers(m):
        words = [w for w in m.group("a", "b", "c") if w]
        found = [1 if w.lower() in D.ONE_WORDS else L.word_value(w, None) for w in words]
        values = [v for v in found if isinstance(v, int)]
        if len(values) < len(words) or any(b != a + 1 for a, b in itertools.pairwise(values)):
            return None
        shown = [R.number_word(v) for v in values]
        text = f"{', '.join(shown[:-1])} or {shown[-1]}"
        value = {"from": values[0], "to": values[-1]}
        if m.group("unit"):
            unit = lookup(D.UNITS, m.group("unit"))
            text += f" {R.plural(unit, values[-1])}"
            return Candidate("measure", value, text, None, m.group("unit"))
        return Candidate("count", value, text, end=m.end("c") if m.group("c") else m.end("b"))

    # a scale as the first part of a compound: "Millionen-Transfers" -> "multimillion"
    @add(rf"{GLB}(?P<s>Millionen|Milliarden)(?=-[A-ZÄÖÜ])", priority=2)
    def scale_compound(m):
        millions = m.group("s") == "Millionen"
        value = 1_000_000 if millions else 1_000_000_000
        return Candidate("count", value, "multimillion" if millions else "multibillion")

    # "seit 9/11": the attacks of September 11, 2001, as written
    @add(r"(?<![\d/.])9/11(?![\d/])", priority=3)
    def nine_eleven(m):
        return Candidate("identifier", "9/11", "9/11")

    # a lens's aperture after its focal length: "15-45mm 1:3,5-6,3" -> "1:3.5-6.3"
    @add(r"(?<=mm\s)1:\d{1,2}(?:,\d)?(?:-\d{1,2}(?:,\d)?)?(?![\d,])", priority=4)
    def aperture(m):
        return Candidate("identifier", m.group(0), m.group(0).replace(",", "."))

    # a substitution's minute in a line-up: "Alaba (92. Ilsanker)" -> "92nd minute"
    @add(r"(?<=\()(?P<n>\d{1,3})\.\s(?=[A-ZÄÖÜ][\w-]+(?:\s[A-ZÄÖÜ][\w-]+)?\))", priority=2)
    def substitution_minute(m):
        if not goal_context(m):
            return None
        n = int(m.group("n"))
        return Candidate("ordinal", n, f"{R.ordinal_suffix(n)} minute", unit="Minute")

    # TV listings write times without "Uhr": "Bis 20.10, Servus TV 20.15 VIAGRALove ..." ->
    # "8:10 p.m.", "8:15 p.m.". An entry's end ("Bis 20.10,") or a genre in capitals after it
    # makes a time; elsewhere "18.00" may be a Swiss decimal
    @add(
        rf"(?:{GLB}(?:Bis|Ab){SP})(?P<h>[01]?\d|2[0-4])\.(?P<mi>[0-5]\d)(?=,)"
        rf"|(?<![\d.,:])(?P<h2>[01]?\d|2[0-4])\.(?P<mi2>[0-5]\d){SP}(?=[A-ZÄÖÜ]{{4}})",
        priority=6,
    )
    def listing_time(m):
        h_group, mi_group = ("h", "mi") if m.group("h") else ("h2", "mi2")
        h, mi = int(m.group(h_group)), int(m.group(mi_group))
        text = R.render_time(h, mi)
        return Candidate(
            "time", f"{h:02d}:{mi:02d}", text, start=m.start(h_group), end=m.end(mi_group)
        )

    # a time range with "Uhr" said once: "von 9 bis 17 Uhr" -> "from 9:00 a.m. to 5:00 p.m."
    @add(
        rf"(?:{GLB}(?P<pre>[Vv]on|[Zz]wischen){SP}(?:(?P<q1>{alt(D.TIME_RANGE_QUALIFIERS)}){SP})?)?"
        rf"(?<![\d.,:])(?P<h1>[01]?\d|2[0-4])(?:[.:](?P<m1>[0-5]\d))?"
        rf"(?:{SP}(?P<mid>bis|und){SP}|(?P<dash>{S}?[–-]{S}?))"
        rf"(?:(?P<q2>{alt(D.TIME_RANGE_QUALIFIERS)}){SP})?"
        rf"(?P<h2>[01]?\d|2[0-4])(?:[.:](?P<m2>[0-5]\d))?{SP}Uhr{GRB}",
        priority=5,
    )
    def time_range(m):
        pre = (m.group("pre") or "").lower()  # "Zwischen 12.30 und 14.50 Uhr" opens a sentence
        h1, m1 = int(m.group("h1")), int(m.group("m1") or 0)
        h2, m2 = int(m.group("h2")), int(m.group("m2") or 0)
        if m.group("mid") == "und" and pre != "zwischen":
            return None
        if m.group("dash") and (pre == "zwischen" or (h1, m1) >= (h2, m2)):
            return None  # "von 10 – 18 Uhr" runs forward; "3-1 Uhr" is no range
        a, b = R.render_time(h1, m1), R.render_time(h2, m2)
        if m.group("q2"):  # "von 14 bis kurz nach 17 Uhr"
            b = f"{lookup(D.TIME_RANGE_QUALIFIERS, m.group('q2'))} {b}"
        text = f"between {a} and {b}" if pre == "zwischen" else f"from {a} to {b}"
        if not pre:
            text = f"{a} to {b}"
        value = {"from": f"{h1:02d}:{m1:02d}", "to": f"{h2:02d}:{m2:02d}"}
        # "etwa zwischen 16.30 und 17 Uhr" -> "between about 4:30 p.m. and 5:00 p.m.", "von
        # circa 11:10 bis 15:20 Uhr" -> "from about 11:10 a.m. to 3:20 p.m."
        qual, start = L.qualifier_before(m.string, m.start()) if m.group("pre") else (None, None)
        if m.group("q1"):
            qual = lookup(D.TIME_RANGE_QUALIFIERS, m.group("q1"))
        if qual:
            text = text.replace(" ", f" {qual} ", 1)
        return Candidate("time", value, text, qual, start=start)

    # a travel class without an article: "das Generalabonnement 2. Klasse" -> "second class"
    # ("die Schüler der 2. Klasse" are in second grade)
    @add(
        r"(?<!der\s)(?<!die\s)(?<!den\s)(?<!einer\s)(?<!eine\s)(?<![\d.])(?P<n>[12])\.\s?Klasse\b",
        6,
    )
    def travel_class(m):
        n = int(m.group("n"))
        return Candidate("ordinal", n, f"{('first', 'second')[n - 1]} class")

    # a race's distance and event: "über 200 Meter Lagen" -> "200 meters individual medley"
    @add(
        rf"(?<![\d.,])(?P<n>\d{{2,5}}){SP}(?P<u>Meter|m|Kilometer|km){SP}(?P<e>{alt(D.EVENTS)}){GRB}",
        priority=3,
    )
    def race_event(m):
        n, unit = int(m.group("n")), lookup(D.UNITS, m.group("u"))
        text = f"{format_digits(m.group('n'))} {R.plural(unit, n)} {lookup(D.EVENTS, m['e'])}"
        return Candidate("measure", n, text, None, m.group("u"))

    # "keiner von beiden" -> "neither of them" (the two, negated)
    @add(rf"{GLB}[Kk]eine[rsnm]?{SP}von{SP}(?:den{SP})?beiden{GRB}", priority=2)
    def neither(m):
        return Candidate("count", 2, "neither of them")

    # "im ersten Durchgang": a set beside a score or a set word, else a round
    # a score, not a race time ("1:02,34 Min."), or a word of tennis or volleyball
    set_context = re.compile(
        rf"(?<![\d:])\d{{1,2}}:\d{{1,2}}(?![\d:]|[.,]\d)|{GLB}{alt(D.SET_CUES, False)}{GRB}"
    )
    run_context = re.compile(rf"(?i:{alt(D.RUN_CUES)})")

    ordinal_before = re.compile(rf"{GLB}(?P<w>{alt(D.ORDINAL_WORDS)}){SP}$")

    @add(rf"(?<={S})Durchgang(?:s|es)?{GRB}", priority=2)
    def ordinal_round(m):
        w = ordinal_before.search(m.string, max(0, m.start() - 20), m.start())
        if not w:
            return None
        n = lookup(D.ORDINAL_WORDS, w.group("w"))
        near = m.string[max(0, w.start() - 120) : m.end() + 120]
        # a run in alpine skiing, luge or bobsleigh; a set in tennis; else a round
        noun = "run" if run_context.search(near) else "set" if set_context.search(near) else "round"
        text = f"{R.ordinal_word(n)} {noun}"
        return Candidate("ordinal", n, text, unit="Durchgang", start=w.start())

    # "ein" compared counts: "einem Team weniger" -> "one team fewer", "eines mehr" -> "one more",
    # "einen Schlag vor" -> "one stroke" (a margin ahead or behind only in a tally's nouns)
    @add(
        rf"{GLB}(?:[Ee]ine[mnrs]?|[Ee]in)(?:{SP}(?P<noun>{L.noun}))?{SP}"
        rf"(?P<cmp>mehr|weniger|vor|hinter){GRB}(?!{SP}oder{GRB})",
        priority=2,
    )
    def one_compared(m):
        noun, cmp = m.group("noun"), m.group("cmp")
        if cmp in ("vor", "hinter"):
            if noun not in D.AHEAD_NOUNS:
                return None  # "einen Tag vor der Wahl": a day before, no tally
            # the margin alone, as for numbers ("2,4 Zähler vor" -> "2.4 points")
            english = D.NOUNS[noun][0]
            return Candidate("count", 1, f"one {english}", None, noun, end=m.end("noun"))
        word = D.COMPARATIVES[cmp][0]  # "more", "fewer"
        if not noun:
            # alone only where the clause pauses: "Das war eines mehr, als ..." (not "Reste
            # eines mehr als 2.500 Jahre alten Hauses", nor "eine mehr als schwierige Lage")
            if not re.match(r"[,.;:!?)]", m.string[m.end() : m.end() + 1]):
                return None
            return Candidate("count", 1, f"one {word}")
        return Candidate("count", 1, f"one {D.NOUNS[noun][0]} {word}", None, noun)

    PREPOSITIONS = set(
        "von mit in an auf aus bei nach zu über unter vor hinter neben gegen für ohne um seit"
        " trotz wegen".split()
    )

    # "die beiden Insassen" -> "the two occupants", "beide Rechtsbehelfe" -> "both legal
    # remedies", "die nächsten beiden Spiele", "seiner beiden Amtszeiten" -> "two"
    @add(
        rf"(?:(?P<art>{GLB}(?i:die|den|der|des|diese|dieser|diesen){SP})"
        rf"|(?P<det>(?<=[a-zäöüß]{{2}}(?:en|er|es|em)){SP}(?=beide[nr])))?"
        rf"{GLB}(?P<b>[Bb]eide[nrs]?){GRB}(?:{SP}(?P<adj>{L.adj}{{0,2}})(?P<noun>{L.noun}))?",
        priority=1,
    )
    def both(m):
        noun = m.group("noun")
        adjs = [D.ADJECTIVES[a] for a in m.group("adj").split()] if m.group("adj") else []
        word = "the two" if m.group("art") else "two" if m.group("det") else "both"
        if m.group("det"):
            # "seiner beiden Amtszeiten" -> "two"; but "zwischen beiden Ländern" -> "the two",
            # "die Abhängigkeiten beider Fronten", "mit beiden Händen" -> "both"
            before = m.string[: m.start("b")].split()[-1]
            if before == "zwischen":
                word = "the two"
            elif before[0].isupper() or before.lower() in PREPOSITIONS:
                word = "both"
        text = " ".join([word, *adjs, D.NOUNS[noun][1]]) if noun else word
        return Candidate("count", 2, text, None, noun, start=m.start("b"))

    # "zweijährige Haftstrafe" -> "two-year", "dreitägige", "90-minütige" -> "90-minute"; a digit
    # age ("19-jährige") is the age rule's, and so is "-jährig" before a person ("achtjährige
    # Tochter") or as a noun ("der Zweijährige")
    @add(
        rf"{GLB}(?:(?P<w>{alt([*D.NUMBER_WORDS, 'ein'])})|(?P<n>\d{{1,3}})-)"
        rf"(?P<adj>(?P<u>{alt(D.DURATION_ADJECTIVES, False)})(?:e|en|er|es|em)?){GRB}"
        rf"(?:{SP}(?P<person>{alt(D.AGE_NOUNS, False)}){GRB})?",
        priority=3,
    )
    def duration_adjective(m):
        unit = D.DURATION_ADJECTIVES[m.group("u")]
        if m.group("n"):
            if unit == "year":
                return None
            value: int | float = int(m.group("n"))
            shown = m.group("n")
        else:
            w = m.group("w").lower()
            value, shown = (1, "one") if w == "ein" else number_or_word(w)
        noun = m.group("w") and m.group("w")[0].isupper() and m.start() > 0
        if unit == "year" and (noun or m.group("person")):
            return Candidate("measure", value, f"{shown}-year-old", None, "years", end=m.end("adj"))
        qual, start = L.qualifier_before(m.string, m.start())  # "eine bis zu 20-köpfige Gruppe"
        shown = R.with_qualifier(qual, shown)
        group = re.match(rf"{SP}(?P<g>{alt(D.GROUPS_OF)})n?{GRB}", m.string[m.end("adj") :])
        if unit == "strong" and group:  # "die vierköpfige Familie" -> "family of four"
            name, members = lookup(D.GROUPS_OF, group.group("g"))
            end = m.end("adj") + group.end()
            text = f"{name} of {shown}{members}"
            return Candidate("count", value, text, qual, group.group("g"), start=start, end=end)
        if unit == "lane" and value == 1 and not qual:  # "eines einspurigen Gefährts"
            return Candidate("measure", 1, "single-track", None, m.group("u"), end=m.end("adj"))
        text = f"{shown}-{unit}"
        return Candidate("measure", value, text, qual, m.group("u"), start=start, end=m.end("adj"))

    # a decade in digits or a word, its groups named after ``prefix``; its first year and English
    def decade_of(prefix: str) -> str:
        digits = rf"(?P<{prefix}y>1[89][0-9]0|20[0-9]0|[0-9]0)er"
        return rf"(?:{digits}|(?P<{prefix}w>{alt(D.DECADE_WORDS)}))"

    def decade_text(m, prefix: str) -> tuple[int, str]:
        y = m.group(prefix + "y")
        if not y:
            return D.DECADE_WORDS[m.group(prefix + "w").lower()]
        start = int(y) if len(y) == 4 else (2000 if y in ("00", "10") else 1900) + int(y)
        return start, f"{y}s" if len(y) == 4 else f"'{y}s"

    # decades: "1980er-Jahre" -> "the 1980s", "in den Neunzigern" -> "in the nineties"; a decade
    # word needs "Jahre" or "in den ...n" ("einen Fünfziger" is a 50-euro note)
    @add(
        rf"(?:{GLB}(?P<prep>{alt(D.DECADE_PREPS)}){SP})?(?:{GLB}(?P<part>{alt(D.DECADE_PARTS)}){SP})?"
        rf"{GLB}(?:(?P<y>1[89][0-9]0|20[0-9]0|[0-9]0)er(?:(?:-|{S})?Jahren?|n)?"
        rf"|(?P<w>{alt(D.DECADE_WORDS)})(?:(?P<jahre>(?:-|{S})?[Jj]ahren?)|(?P<n>n))?){GRB}",
        priority=3,
    )
    def decade(m):
        if not (m.group("y") or m.group("jahre") or (m.group("n") and m.group("prep"))):
            return None
        if not (m.group("jahre") or m.group("n")) and re.match(r"-[A-ZÄÖÜ]", m.string[m.end() :]):
            return None  # "30er-Zone", "50er-Packung": no decade
        start, text = decade_text(m, "")
        if m.group("part"):
            part = lookup(D.DECADE_PARTS, m.group("part"))
            text = f"{part}{text}" if part.endswith("-") else f"{part} {text}"
        text = f"the {text}"
        if m.group("prep"):
            text = f"{lookup(D.DECADE_PREPS, m.group('prep'))} {text}"
        return Candidate("date_range", {"from": start, "to": start + 9}, text)

    # two decades, the first cut short: "in den 1970er- und 1980er-Jahren" -> "in the 1970s and
    # 1980s", "Achtziger- und Neunzigerjahre" -> "the eighties and nineties"
    @add(
        rf"(?:{GLB}(?P<prep>{alt(D.DECADE_PREPS)}){SP})?{GLB}{decade_of('a')}-{SP}"
        rf"(?P<link>und|bis){SP}{decade_of('b')}(?:-|{S})?[Jj]ahren?{GRB}",
        priority=3,
    )
    def decade_pair(m):
        (a, a_text), (b, b_text) = decade_text(m, "a"), decade_text(m, "b")
        text = f"the {a_text} {'and' if m.group('link') == 'und' else 'to'} {b_text}"
        if m.group("prep"):
            text = f"{lookup(D.DECADE_PREPS, m.group('prep'))} {text}"
        return Candidate("date_range", {"from": a, "to": b + 9}, text)

    # a person's age by decade: "Mitte 30" -> "mid-30s", "Ende 60" -> "late 60s";
    # "Mittfünfziger" -> "man in his mid-fifties", "Endvierzigerin" -> "woman in her late forties"
    @add(
        rf"{GLB}(?P<part>{alt(D.DAY_PARTS, False)}){SP}(?P<n>[2-9]0)(?!{SP}{L.unit}{GRB})"
        rf"(?={S}*(?:[,;)–—]|\.(?!{S}*Jahrhundert)|$)|{SP}[a-zäöü])",
        priority=3,
    )
    def decade_age(m):
        n = int(m.group("n"))
        text = R.with_part(D.DAY_PARTS[m.group("part")], f"{n}s")
        return Candidate("measure", n, text, None, "age")

    @add(
        rf"{GLB}(?P<part>{alt(D.DECADE_AGE_PARTS, False)})(?P<w>{alt(D.DECADE_WORDS, False)})"
        rf"(?P<end>innen|in|n|s)?{GRB}",
        priority=3,
    )
    def decade_age_noun(m):
        start, decade = D.DECADE_WORDS[m.group("w")]
        part = D.DECADE_AGE_PARTS[m.group("part")]
        person = D.DECADE_AGE_PERSONS[m.group("end") or ""]
        return Candidate("measure", start - 1900, f"{person} {part}{decade}", None, "age")

    # "zweistellig" -> "double-digit", "ein sechsstelliger Betrag" -> "a six-figure sum"
    @add(
        rf"{GLB}(?P<w>{alt(D.MAGNITUDES)})(?:e|en|er|es|em)?{GRB}"
        rf"(?:{SP}(?P<noun>{alt([*D.MAGNITUDE_NOUNS, *D.MAGNITUDE_RANGES], False)}){GRB})?",
        priority=1,
    )
    def magnitude(m):
        digits, english = D.MAGNITUDES[m.group("w").lower()]
        if m.group("noun") in D.MAGNITUDE_RANGES:
            # "im dreistelligen Millionenbereich" -> "in the hundreds of millions"
            if digits not in D.MAGNITUDE_SCALE_WORDS:
                return None
            scale = D.MAGNITUDE_RANGES[m.group("noun")]
            text = f"{D.MAGNITUDE_SCALE_WORDS[digits]} {scale}"
            return Candidate("number", digits, text, None, "digits")
        if m.group("noun"):
            english += f" {D.MAGNITUDE_NOUNS[m.group('noun')]}"
        return Candidate("number", digits, english, None, "digits")

    # "jeder zehnte Erwachsene" -> "one in ten adults", "in jedem dritten Phone" -> "in every
    # third phone" (a share, not an ordinal)
    # ("achte" is no ordinal word alone, a verb as often; after "jeder" it is one)
    shares = {**D.ORDINAL_WORDS, **{f"achte{e}": 8 for e in ("", "n", "r", "s", "m")}}

    @add(
        rf"(?P<q>{L.qual})?{GLB}[Jj]ede(?P<case>[rsnm]?){SP}(?P<w>{alt(shares)}){GRB}"
        rf"(?:{SP}(?P<noun>{L.noun}){GRB})?",
        2,
    )
    def one_in(m):
        n = lookup(shares, m.group("w"))
        if n < 2:
            return None
        qual = lookup(D.QUALIFIERS, m.group("q").strip()) if m.group("q") else None
        noun = lookup(D.NOUNS, m.group("noun")) if m.group("noun") else None
        if m.group("case") in ("m", "n"):
            share = " ".join([f"every {R.ordinal_word(n)}", *([noun[0]] if noun else [])])
        else:  # "jeder vierte Beschäftigte" -> "one in four employees"
            share = " ".join([f"one in {R.number_word(n)}", *([noun[1]] if noun else [])])
        text = R.with_qualifier(qual, share)
        return Candidate("number", {"one_in": n}, text, qual, m.group("noun"))

    # "im Alter von 87 Jahren" -> "at the age of 87", "im Alter zwischen 15 und 60 Jahren" ->
    # "aged between 15 and 60"; "von 22 bis 24" is a range, "von 22 und 24" two people's ages
    # ("zwei Männer im Alter von 27, 24 und 20 Jahren" -> "aged 27, 24 and 20")
    @add(
        rf"{GLB}im{SP}Alter{SP}(?:(?P<pre>von|zwischen){SP})?(?P<a>\d{{1,3}}|{L.numword})"
        rf"(?P<more>(?:,{SP}\d{{1,3}})*)"
        rf"(?:{SP}(?P<mid>bis|und|sowie){SP}(?P<b>\d{{1,3}}|{L.numword})|(?P<dash>[–-])(?P<b2>\d{{1,3}}))?"
        # two ages need no "Jahren": "zwei Senioren im Alter von 82 und 92 wurden"
        rf"(?:{SP}Jahren{GRB}|(?(b)(?!\d|[.,]\d|{SP}(?:{L.unit}|[A-ZÄÖÜ]))|(?!)))",
        priority=3,
    )
    def age_of(m):
        (a, a_en), b = number_or_word(m.group("a")), m.group("b") or m.group("b2")
        more = re.findall(r"\d+", m.group("more"))
        if not b:
            return None if more else Candidate("measure", a, f"at the age of {a_en}", None, "years")
        b_value, b_en = number_or_word(b)
        value: dict | list
        if m.group("pre") == "zwischen" and not more:
            text, value = f"aged between {a_en} and {b_en}", {"from": a, "to": b_value}
        elif (m.group("mid") == "bis" or m.group("dash")) and not more:
            text, value = f"aged {a_en} to {b_en}", {"from": a, "to": b_value}
        elif m.group("mid") in ("und", "sowie") and m.group("pre") != "zwischen":
            ages = [(a, a_en), *((int(x), x) for x in more), (b_value, b_en)]
            text = f"aged {', '.join(en for _, en in ages[:-1])} and {b_en}"
            value = [v for v, _ in ages]
        else:
            return None
        return Candidate("measure", value, text, None, "years")

    # "Eine 53 Jahre alte Wienerin" -> "53-year-old", "9.000 Jahre alte Spuren" -> "9,000-year-old";
    # without an ending it says the age: "ist 93 Jahre alt" -> "93 years old"
    @add(
        rf"(?<![\d.,])(?=\d|{first_letters(D.NUMBER_WORDS)})"
        rf"(?P<n>\d{{1,3}}(?:\.\d{{3}})*(?![\d.,]\d)|\d{{4,5}}|{L.numword})"
        rf"{SP}(?P<unit>Jahre|Monate|Wochen|Tage){SP}(?:alt|jung)"
        rf"(?:e[nrms]?)?{GRB}",
        priority=3,
    )
    def age_in_words(m):
        n = m.group("n")
        if n[0].isdigit():
            value, shown = parse_number(n), format_digits(n)
        else:
            value, shown = number_or_word(n)
        unit = lookup(D.UNITS, m.group("unit"))
        qual, start = L.qualifier_before(m.string, m.start())
        if qual:  # "Über 7000 Jahre alte Wachsreste" -> "more than 7,000 years old"
            text = f"{qual} {shown} {R.plural(unit, value)} old"
            return Candidate("measure", value, text, qual, unit[1], start=start)
        if m.group(0).endswith("alt"):  # "Er ist 45 Jahre alt" -> "45 years old"
            text = f"{shown} {R.plural(unit, value)} old"
            return Candidate("measure", value, text, None, unit[1])
        # "eine 53 Jahre alte Wienerin", "ein zehn Tage altes Baby", "der 27 Jahre junge Rat"
        return Candidate("measure", value, f"{shown}-{unit[0]}-old", None, unit[1])

    # a range of ages: "zwischen 10 und 15 Jahre alt" -> "between 10 and 15 years old", "18
    # bis 20 Jahre alte Männer" -> "18- to 20-year-old"
    @add(
        rf"(?:{GLB}(?P<pre>zwischen){SP})?(?<![\d.,])(?P<a>\d{{1,3}}){SP}(?P<mid>bis|und){SP}"
        rf"(?P<b>\d{{1,3}}){SP}(?P<unit>Jahre|Monate|Wochen|Tage){SP}alt(?P<end>e[nrms]?)?{GRB}",
        priority=3,
    )
    def age_range(m):
        a, b = int(m.group("a")), int(m.group("b"))
        if b <= a or (m.group("mid") == "und") != bool(m.group("pre")):
            return None
        unit = lookup(D.UNITS, m.group("unit"))
        if m.group("end"):
            text = f"{a}- to {b}-{unit[0]}-old"
        else:
            joined = f"between {a} and {b}" if m.group("pre") else f"{a} to {b}"
            text = f"{joined} {unit[1]} old"
        return Candidate("measure", {"from": a, "to": b}, text, None, unit[1])

    sentencing = re.compile(alt(D.SENTENCING_CUES, False))

    # "Mit 14 Jahren überquerte er ..." -> "at the age of 14" (not "mit zwei Jahren Verspätung",
    # nor a prison term: "das Gericht blieb mit sieben Jahren darunter")
    @add(
        rf"{GLB}[Mm]it{SP}(?:(?:gerade{SP}(?:mal|einmal)|erst|schon|bereits|nur){SP})?"
        rf"(?P<n>\d{{1,3}}|{L.numword}){SP}Jahren{GRB}(?!{SP}[A-ZÄÖÜ])",
        priority=3,
    )
    def age_with(m):
        if sentencing.search(m.string, max(0, m.start() - 100), m.end() + 60):
            return None  # a prison term ("blieb mit sieben Jahren darunter")
        value, shown = number_or_word(m.group("n"))
        return Candidate("measure", value, f"at the age of {shown}", None, "years")

    # "der als 20-Jähriger bereits auf Rang 58 aufscheint" -> "at the age of 20"
    @add(rf"{GLB}als{SP}(?P<n>\d{{1,3}}|{L.numword})-Jährige[rn]?{GRB}", priority=4)
    def age_as(m):
        value, shown = number_or_word(m.group("n"))
        return Candidate("measure", value, f"at the age of {shown}", None, "years")

    # "Jugendliche zwischen 16 und 21 Jahren" -> "aged between 16 and 21", "Asylwerber bis 25
    # Jahren" -> "aged up to 25", "Mitarbeitern über 55" -> "over 55": an age bracket of the
    # people just named
    @add(
        rf"{GLB}{alt(D.AGE_GROUP_NOUNS, False)}{SP}(?:(?P<pre>zwischen){SP})?"
        rf"(?:(?P<bis>bis{SP})|(?P<over>über{SP}))?(?P<a>\d{{1,3}}|{L.numword})"
        rf"(?(pre){SP}und{SP}(?P<b>\d{{1,3}}|{L.numword}))(?:{SP}(?P<years>Jahren)|"
        rf"(?(over)(?={S}*[,.;:)]|{SP}[a-zäöü])|(?!))){GRB}",
        priority=4,
    )
    def age_bracket(m):
        if not (m.group("pre") or m.group("bis") or m.group("over")):
            return None
        start = m.start("pre") if m.group("pre") else m.start("bis") if m.group("bis") else None
        a, a_en = number_or_word(m.group("a"))
        if m.group("over"):  # "Mitarbeitern über 55" -> "over 55"
            start = m.start("over")
            return Candidate("measure", a, f"over {a_en}", "more than", "years", start=start)
        if m.group("bis"):
            return Candidate("measure", a, f"aged up to {a_en}", "up to", "years", start=start)
        b, b_en = number_or_word(m.group("b"))
        text = f"aged between {a_en} and {b_en}"
        return Candidate("measure", {"from": a, "to": b}, text, None, "years", start=start)

    # "die als Nummer 17 gesetzte Spielerin" -> "17th-seeded"
    @add(rf"{GLB}als{SP}Nummer{SP}(?P<n>\d{{1,3}}){SP}gesetzte?[nrms]?{GRB}", priority=3)
    def seeded(m):
        n = int(m.group("n"))
        return Candidate("ordinal", n, f"{R.ordinal_suffix(n)}-seeded")

    # "Weltranglisten-Neunte", "Weltranglistendritte" -> "world number nine"
    @add(rf"{GLB}Weltranglisten-?(?P<w>{alt(D.ORDINAL_WORDS)}){GRB}", priority=3)
    def world_rank(m):
        n = lookup(D.ORDINAL_WORDS, m.group("w"))
        return Candidate("ordinal", n, f"world number {R.number_word(n)}")

    # Swiss and German article references: "Art. 158 Ziffer 1 Abs. 1 + 3 StGB" -> "Article 158
    # number 1 paragraphs 1 + 3 StGB"
    @add(
        rf"{GLB}(?:Art\.|Artikel){S}?(?P<n>\d+[a-z]?)(?:{SP}(?:Ziffer|Ziff\.){S}?(?P<z>\d+))?"
        rf"{SP}(?:Abs\.|Absatz){S}?(?P<abs>\d+)(?:{SP}(?P<conj>\+|und){SP}(?P<abs2>\d+))?"
        rf"(?:{SP}(?P<law>[A-Z][A-Za-z]*[A-Z][A-Za-z]*))?",
        priority=6,
    )
    def article_ref(m):
        text = f"Article {m.group('n')}"
        if m.group("z"):
            text += f" number {m.group('z')}"
        if m.group("abs2"):
            text += f" paragraphs {m.group('abs')} {m.group('conj')} {m.group('abs2')}"
        else:
            text += f" paragraph {m.group('abs')}"
        if m.group("law"):
            text += f" {m.group('law')}"
        return Candidate("identifier", m.group(0), text)

    # "mehrere hundert Rebellen" -> "several hundred rebels", "wenige hundert Meter" -> "a few
    # hundred meters", "mehrere Millionen Euro" -> "several million euros": a vague amount, not
    # a hundred
    vague_scales = {
        "hundert": (100, "hundred"), "tausend": (1000, "thousand"),
        "hunderttausend": (100000, "hundred thousand"), "millionen": (1e6, "million"),
        "milliarden": (1e9, "billion"), "zehntausend": (10000, "tens of thousands"),
        "dutzend": (12, "dozen"),
    }  # fmt: skip
    # in digits too: "mehrere 100'000 Franken" -> "several hundred thousand francs"
    for digits, scale_word in (("100", "hundert"), ("1000", "tausend"),
                               ("10000", "zehntausend"), ("100000", "hunderttausend")):  # fmt: skip
        for sep in ("", ".", "'", "’"):
            written = f"{digits[:-3]}{sep}{digits[-3:]}" if len(digits) > 3 else digits
            vague_scales[written] = vague_scales[scale_word]

    @add(
        rf"{GLB}(?P<v>{alt(D.VAGUE_BEFORE_SCALE)}){SP}(?P<w>{alt(vague_scales)}){GRB}"
        r"(?![.,'’]\d)"
        rf"(?:{SP}(?:(?P<cur>{alt(D.CURRENCIES_AFTER, False)})(?![{GL}])|(?P<unit>{L.unit})"
        rf"|(?P<noun>{L.noun})))?",
        priority=3,
    )
    def vague_scale(m):
        scale, scale_en = lookup(vague_scales, m.group("w"))
        scale = int(scale)
        text = f"{lookup(D.VAGUE_BEFORE_SCALE, m.group('v'))} {scale_en}"
        of = " of" if scale_en.endswith("s") else ""  # "several tens of thousands of francs"
        kind, unit = "number", None
        if m.group("cur"):
            unit = lookup(D.CURRENCIES_AFTER, m.group("cur"))
            kind, text = "money", f"{text}{of} {D.ENGLISH_CURRENCIES[unit][1]}"
        elif m.group("unit"):
            kind, unit = "measure", m.group("unit")
            text += f"{of} " + R.plural(lookup(D.UNITS, unit), scale)
        elif m.group("noun"):
            kind, unit = "count", m.group("noun")
            text += f"{of} " + R.plural(lookup(D.NOUNS, unit), scale)
        return Candidate(kind, scale, text, "approximately", unit)

    # "eine 66er-Schlussrunde" -> "a final round of 66"; "ein 66er" alone -> "66", the digits
    @add(
        rf"(?<![\d.,'’‘`])(?P<n>\d{{1,4}})er(?:-(?P<noun>{alt(D.ROUND_NOUNS, False)}))?{GRB}",
        priority=1,
    )
    def number_er(m):
        n = int(m.group("n"))
        if not m.group("noun"):
            return Candidate("number", n, m.group("n"), end=m.end("n") + 2)
        return Candidate("number", n, lookup(D.ROUND_NOUNS, m.group("noun")).format(n))

    # "die 5.000er-Marke" -> "the 5,000 mark"
    @add(
        rf"(?<![\d.,'’‘`])(?=[\d.,'’‘` \u00a0\u202f]{{1,16}}er)(?P<num>{NUM})er-?"
        rf"(?P<noun>{alt(D.MARK_NOUNS, False)}){GRB}",
        priority=3,
    )
    def mark(m):
        value = parse_number(m.group("num"))
        text = f"{format_digits(m.group('num'))} {D.MARK_NOUNS[m.group('noun')]}"
        return Candidate("number", value, text)

    # number words glued to a suffix: "zweimal" -> "twice", "zehnmal" -> "ten times",
    # "zweifache Siegerin" -> "two-time", "Dreimonatshoch" -> "three-month high",
    # "Zweiländerskigebiet" -> "two-country ski area", "Dreierkoalition" -> "three-party
    # coalition", "Doppeltorschütze" -> "two-goal scorer" ("Doppel" only before a goal)
    parts = {**D.PERIOD_PARTS, **D.COUNT_PARTS}
    heads = {**D.PERIOD_HEADS, **D.COUNT_HEADS}
    parent_after = re.compile(rf"{SP}(?P<p>{alt(D.PARENT_NOUNS, False)}){GRB}")

    @add(
        rf"{first_letters([*D.NUMBER_WORDS, 'D'])}{GLB}"
        rf"(?:(?P<w>{alt(D.NUMBER_WORDS)})|(?P<double>[Dd]oppel)(?=tor))(?:(?P<mal>mal){GRB}"
        rf"|(?P<fach>fache[nrms]?|malige[nrms]?){GRB}|(?P<fold>fach){GRB}"
        rf"|(?P<yearly>jährlich(?:e[nrms]?)?){GRB}"
        rf"|(?P<u>{alt(parts)})(?P<head>{alt(heads)})?)",
        priority=1,
    )
    def number_word_compound(m):
        n = 2 if m.group("double") else lookup(D.NUMBER_WORDS, m.group("w"))
        if m.group("mal"):  # "rund dreimal so viel" -> "around three times"
            qual, start = L.qualifier_before(m.string, m.start())
            if qual in ROUGHLY:
                text = R.with_qualifier(qual, R.times(n))
                return Candidate("measure", n, text, qual, start=start)
            return Candidate("measure", n, R.times(n))
        if m.group("fach"):  # "fünffache Siegerin", "viermaligen Weltmeister"
            parent = parent_after.match(m.string, m.end())
            if parent and m.group("fach").startswith("fach"):  # "sechsfache Mutter"
                text = f"{lookup(D.PARENT_NOUNS, parent.group('p'))} of {R.number_word(n)}"
                return Candidate("count", n, text, None, parent.group("p"), end=parent.end())
            if m.group(0)[0].isupper() and m.start() and not winner_after.match(m.string, m.end()):
                return Candidate("number", n, R.times(n))  # "fast das Dreifache der Norm"
            return Candidate("number", n, f"{R.number_word(n)}-time")
        if m.group("fold"):  # "die fünffach nominierte Komödie"
            return Candidate("number", n, f"{R.number_word(n)} times")
        if m.group("yearly"):  # "zweijährlich" -> "every two years"
            return Candidate("measure", n, f"every {R.number_word(n)} years", None, "years")
        text = f"{R.number_word(n)}-{lookup(parts, m.group('u'))}"
        if m.group("head"):
            text += f" {lookup(heads, m.group('head'))}"
        kind = "measure" if m.group("u").lower() in D.PERIOD_PARTS else "count"
        return Candidate(kind, n, text, None, m.group("u"))

    # "das 800-jährige Bestehen" -> "800th anniversary"; "seit unseres fast 60-jährigen
    # Bestehens" is the time since: "almost 60 years of existence"
    since_before = re.compile(rf"{GLB}seit{GRB}[^.,;]*$")

    @add(
        rf"(?:(?<![\d.,])(?P<n>\d{{1,4}})-|{GLB}(?P<w>{alt(D.NUMBER_WORDS)}))"
        rf"(?:jährige[ns]?{SP}|Jahr-)(?P<noun>Bestehens?|Jubiläums?){GRB}",
        priority=4,
    )
    def anniversary(m):
        n = int(m.group("n")) if m.group("n") else lookup(D.NUMBER_WORDS, m.group("w"))
        if m.group("noun") == "Bestehens" and since_before.search(
            m.string, max(0, m.start() - 40), m.start()
        ):
            qual, start = L.qualifier_before(m.string, m.start())
            text = R.with_qualifier(qual, f"{n} years of existence")
            return Candidate("measure", n, text, qual, "years", start=start)
        return Candidate("ordinal", n, f"{R.ordinal_suffix(n)} anniversary")

    not_only = re.compile(rf"{GLB}(?:nicht|{alt(D.COPULAS)}){SP}$", re.IGNORECASE)
    adjective_after = re.compile(
        rf"{SP}(?!{alt(D.ONE_FOCUS_ADJECTIVES)}{GRB})[a-zäöüß]+e[nmrs]?(?:{SP}(?:[A-ZÄÖÜ]|i[A-Z])|,)"
    )
    # a genitive, a copula or an amount of its own after the noun: "nur ein Bruchteil dieses
    # Schatzes", "nur ein Vorwand seien", "nur einen Rückstand von 56 Sekunden"
    noun_then = re.compile(
        rf"{SP}[A-ZÄÖÜ][\w-]*{SP}(?:(?:der|des|dieses|dieser|eines|einer|{alt(D.COPULAS)}){GRB}"
        rf"|von{SP}(?:\d|{L.numword}))"
    )

    def article_one(m) -> bool:
        """ "nur ein" where "ein" is an article ("only a"), no count: "nicht nur eine Frage",
        "es sei nur ein Vorwand", "nur eine untergeordnete Rolle", "nur ein Bruchteil des
        Schatzes", "nur ein Aspekt ist"."""
        if lookup(D.ONE_FOCUS, m.group("p")) != "only one":
            return False  # "je einen konservativen Kandidaten", "mindestens ein weiterer"
        before = m.string[max(0, m.start() - 12) : m.start()]
        return bool(
            not_only.search(before)
            or adjective_after.match(m.string, m.end())
            or noun_then.match(m.string, m.end())
        )

    if_before = re.compile(rf"{GLB}(?:[Ww]enn|[Ff]alls|ob){GRB}[^.,;:]*$")

    # "nur ein Sieg" -> "only one", "je ein Spiel" -> "one game each" (the noun where it is a
    # tally's, ONE_NOUNS); "nur ein paar" is a few
    tallies = [n for n in D.ONE_NOUNS if n in D.NOUNS]

    @add(
        rf"{GLB}(?P<p>{alt(D.ONE_FOCUS)}){SP}(?:ein|eine|einen|einem|einer){GRB}(?!{SP}paar{GRB})"
        rf"(?:{SP}(?P<noun>{alt(tallies, False)}){GRB})?",
        priority=1,
    )
    def one_focus(m):
        text = lookup(D.ONE_FOCUS, m.group("p"))
        if m.group("p") == "je" and if_before.search(m.string, max(0, m.start() - 80), m.start()):
            return None  # "wenn sich X je einem Check stellen müsste": "ever", no count
        if not m.group("noun"):
            if article_one(m):
                return None
            return Candidate("count", 1, text)
        # "nur einen Zähler" -> "only one point", "je ein Spiel" -> "one game each"
        noun = m.group("noun")
        english = lookup(D.NOUNS, noun)[0]
        head, each = text.removesuffix(" each"), text.endswith(" each")
        text = f"{head} {english} each" if each else f"{text} {english}"
        return Candidate("count", 1, text, None, noun)

    # a number and a dot after an article or a possessive is an ordinal, whatever its noun: "die
    # 50. Super Bowl", "sein 28. Weltcuperfolg", "zum 100.000. Mal", "den 75.," -> "50th"
    @add(
        rf"{GLB}{alt(D.ORDINAL_DETERMINERS)}{SP}(?P<n>[1-9]\d{{0,2}}(?:\.\d{{3}})*)\."
        rf"(?={SP}[^\W\d_]|{S}*[,;)])",
        priority=1,
    )
    def ordinal_after_article(m):
        n = int(m.group("n").replace(".", ""))
        return Candidate("ordinal", n, R.ordinal_suffix(n), start=m.start("n"))

    # "Tabellenzweiter" -> "second in the table"; "Drittrundenhit" -> "third-round",
    # "Zweitligist" -> "second-division club", "zweithöchsten" -> "second-highest"
    @add(rf"{GLB}(?P<pre>{alt(D.ORDINAL_PREFIXES)})(?P<w>{alt(D.ORDINAL_WORDS)}){GRB}", priority=2)
    def ordinal_prefixed(m):
        n = lookup(D.ORDINAL_WORDS, m.group("w"))
        text = lookup(D.ORDINAL_PREFIXES, m.group("pre")).format(R.ordinal_word(n))
        return Candidate("ordinal", n, text)

    stems = {
        "Erst": 1, "Zweit": 2, "Dritt": 3, "Viert": 4, "Fünft": 5, "Sechst": 6, "Siebt": 7,
        "Siebent": 7, "Acht": 8, "Neunt": 9, "Zehnt": 10,
    }  # fmt: skip

    @add(rf"{GLB}(?P<o>{alt(stems)})(?P<head>{alt(D.ORDINAL_STEM_HEADS)})", priority=1)
    def ordinal_stem(m):
        n = lookup(stems, m.group("o"))
        text = R.ordinal_word(n) + lookup(D.ORDINAL_STEM_HEADS, m.group("head"))
        return Candidate("ordinal", n, text)

    # "ein weiterer Soldat" -> "another soldier", "eine weitere Million" -> "another million",
    # "einen weiteren" alone -> "one more"; before another word ("eine weitere Möglichkeit") the
    # "ein" is an article
    @add(
        rf"{GLB}[Ee]in(?:e[nmrs]?)?{SP}weitere[nmrs]?{GRB}"
        rf"(?:{SP}(?:(?P<scale>{L.scale})|(?P<noun>{L.noun}))|(?={SP}[a-zäöüß]|{S}*[,.;:!?)]))",
        priority=2,
    )
    def one_more(m):
        if m.group("scale"):
            scale = lookup(D.SCALES, m.group("scale"))
            return Candidate("number", int(scale), f"another {R.scale_word(scale)}")
        if m.group("noun"):
            noun = m.group("noun")
            return Candidate("count", 1, f"another {lookup(D.NOUNS, noun)[0]}", None, noun)
        return Candidate("count", 1, "one more")

    # "Ein Soldat durch Mine getötet" -> "one soldier": a casualty or an arrest counts, within
    # its clause
    casualty_after = re.compile(rf"(?:{SP}[^\s.,;:!?()]+){{0,4}}?{SP}{alt(D.CASUALTY_WORDS)}{GRB}")

    @add(rf"{GLB}(?P<one>[Ee]in(?:e[nr]?)?){SP}(?P<noun>{L.noun})", priority=1)
    def one_casualty(m):
        if not casualty_after.match(m.string, m.end()):
            return None
        noun = m.group("noun")
        return Candidate("count", 1, f"one {lookup(D.NOUNS, noun)[0]}", None, noun)

    # "drei Menschen verletzt, davon einer schwer" -> "one of them"
    @add(rf"{GLB}davon{SP}(?:einer|eine|eines|eins){GRB}", priority=2)
    def one_of_them(m):
        return Candidate("count", 1, "one of them")

    # "den achten Heimsieg in Folge" -> "eighth" (after a determiner and before a noun "achten"
    # is no verb)
    eighth_before = re.compile(rf"{GLB}(?:{alt(D.EIGHTH_BEFORE)}){SP}$")

    @add(
        rf"(?<={S})achte[nmrs]?{SP}"
        rf"(?:(?P<noun>{alt([*D.NOUNS, *D.ORDINAL_NOUNS], False)}){GRB}|(?=[A-ZÄÖÜ]))",
        priority=1,
    )
    def eighth(m):
        if not eighth_before.search(m.string, max(0, m.start() - 12), m.start()):
            return None
        if not m.group("noun"):
            end = m.start() + len(m.group(0).split()[0])
            return Candidate("ordinal", 8, "eighth", end=end)
        noun = m.group("noun")
        english = D.NOUNS[noun][0] if noun in D.NOUNS else D.ORDINAL_NOUNS[noun]
        return Candidate("ordinal", 8, f"eighth {english}", unit=noun)

    # "Einer der Höchstgerichtsbeschlüsse" -> "one of the": one of a plural noun (a count);
    # before an adjective ("einer der spannendsten Partien") it is left out
    @add(rf"{GLB}(?P<one>[Ee]ine[rs]?){SP}der{SP}(?=[A-ZÄÖÜ])")
    def one_of(m):
        return Candidate("count", 1, "one of the")

    # "verdoppeln" -> "double", "hat sich verdoppelt", "verdoppelte" -> "doubled", "verdoppelt
    # sich" -> "doubles", "die Verdoppelung" -> "doubling"
    sich_after = re.compile(rf"{SP}sich{GRB}")

    @add(rf"{GLB}(?P<v>{alt(D.MULTIPLE_VERBS)})(?P<end>\w*)", priority=1)
    def multiple_verb(m):
        english, n = lookup(D.MULTIPLE_VERBS, m.group("v"))
        verb, _, rest = english.partition(" ")
        end = m.group("end").lower()
        if end.startswith("ung"):
            verb = verb[:-1] + "ing"
        elif end == "t" and sich_after.match(m.string, m.end()):
            verb += "s"
        elif end.startswith("t"):
            verb += "d"
        text = f"{verb} {rest}".strip()
        qual, start = L.qualifier_before(m.string, m.start())  # "mehr als verdoppelt"
        if qual:  # "more than doubled", "increased more than fivefold"
            text = f"{verb} {qual} {rest}" if rest else f"{qual} {verb}"
            return Candidate("number", {"times": n}, text, qual, start=start)
        return Candidate("number", {"times": n}, text)

    # "täglich" -> "daily", "jährlich" -> "annually", "die jährliche Prüfung" -> "annual"; not
    # where a number follows within a few words ("Wöchentlich kommen weitere 50 bis 55")
    amount_follows = re.compile(rf"(?:{SP}[^\s.,;:!?]+){{0,3}}?{SP}(?:\d|{L.numword})")
    times_glued = re.compile(rf"{GLB}(?:(?P<one>[Ee]in)|(?P<w>{alt(D.NUMBER_WORDS)}))mal{SP}$")

    @add(rf"{GLB}(?P<w>{alt(D.FREQUENCY_WORDS)})(?P<adj>e[nrms]?)?{GRB}", priority=1)
    def frequency_word(m):
        adverb, adjective, period = lookup(D.FREQUENCY_WORDS, m.group("w"))
        times = times_glued.search(m.string, max(0, m.start() - 20), m.start())
        if times and not m.group("adj"):  # "einmal täglich" -> "once a day"
            n = 1 if times.group("one") else lookup(D.NUMBER_WORDS, times.group("w"))
            text = f"{R.times(n)} {D.FREQUENCY_PERIODS[period]}"
            return Candidate("measure", n, text, None, period, start=times.start())
        if amount_follows.match(m.string, m.end()):
            return None  # "jährlich rund 18.000 Tonnen": the rate of the amount (its rule's)
        return Candidate("measure", 1, adjective if m.group("adj") else adverb, unit=period)

    # "über das Jahr 2020 hinaus" -> "beyond 2020" (a year, no bound: was "more than 2025")
    @add(rf"{GLB}über{SP}(?:das{SP}Jahr{SP})?(?P<y>{L.year}){SP}hinaus{GRB}", priority=6)
    def beyond_year(m):
        return Candidate("year", int(m.group("y")), f"beyond {m.group('y')}")

    # "im Laufe des Donnerstags" -> "in the course of Thursday" (the genitive of a weekday)
    genitive_before = re.compile(rf"{GLB}(?P<course>im{SP}Laufe{SP})?des{SP}$")

    @add(rf"(?<=s{S})(?P<w>{alt(D.WEEKDAYS)})e?s{GRB}", priority=3)
    def weekday_genitive(m):
        before = genitive_before.search(m.string, max(0, m.start() - 20), m.start())
        if not before:
            return None
        day = lookup(D.WEEKDAYS, m.group("w"))
        text = f"in the course of {day}" if before.group("course") else day
        return Candidate("date", day, text, start=before.start())

    # "die Millionenmetropole Karachi" -> "metropolis of millions", "der 3,5 Millionen-Metropole"
    # -> "metropolis of 3.5 million"
    number_before = re.compile(rf"(?<![\d.,])(?P<n>{NUM}){SP}$")

    @add(rf"{GLB}Millionen-?(?P<head>{alt(D.MILLION_PLACES)}){GRB}", priority=3)
    def million_place(m):
        place = lookup(D.MILLION_PLACES, m.group("head").capitalize())
        n = number_before.search(m.string, max(0, m.start() - 20), m.start())
        if not n:
            return Candidate("number", {"order": 1e6}, f"{place} of millions")
        value = normalise_value(parse_number(n.group("n")) * 1e6)
        text = f"{place} of {format_digits(n.group('n'))} million"
        return Candidate("number", value, text, start=n.start())

    # "mindestens einmal pro Woche" -> "at least once a week", "zweimal im Jahr" -> "twice a year"
    times_before = re.compile(rf"{GLB}(?:(?P<one>[Ee]in)|(?P<w>{alt(D.NUMBER_WORDS)})){S}*$")

    @add(
        rf"(?:(?<=[a-zäöüß])mal|(?<={S})Mal){SP}{alt(D.FREQUENCY_PREPS)}{SP}"
        rf"(?P<p>{alt(D.FREQUENCY_PERIODS, False)}){GRB}",
        priority=3,
    )
    def times_per_period(m):
        w = times_before.search(m.string, max(0, m.start() - 20), m.start())
        if not w:
            return None
        n = 1 if w.group("one") else lookup(D.NUMBER_WORDS, w.group("w"))
        times = R.times(n)
        qual, start = L.qualifier_before(m.string, w.start())
        text = R.with_qualifier(qual, f"{times} {D.FREQUENCY_PERIODS[m.group('p')]}")
        start = w.start() if start is None else start
        return Candidate("measure", n, text, qual, m.group("p"), start=start)

    # "vierteljährliche" -> "quarterly", "halbjährlich" -> "half-yearly"
    @add(rf"{GLB}(?P<p>[Vv]iertel|[Hh]alb)jährlich(?:e[nrms]?)?{GRB}", priority=1)
    def part_yearly(m):
        quarter = m.group("p").lower() == "viertel"
        return Candidate(
            "measure", 0.25 if quarter else 0.5, "quarterly" if quarter else "half-yearly"
        )

    # regnal numbers: "Elizabeth II." -> "Elizabeth II", "Benedikt XVI." -> "XVI"
    @add(
        rf"{GLB}[A-ZÄÖÜ][a-zäöüß]+{SP}(?P<r>[IVX]{{2,5}}(?![\w])|[IVX](?=\.(?!\w)))",
        priority=1,
    )
    def regnal(m):
        return Candidate("identifier", m.group("r"), m.group("r"), start=m.start("r"))

    # a final round inside a compound is one round: "Viertelfinal-Heimspiel", "Cup-Viertelfinale"
    # -> "quarterfinal" (alone, "im Viertelfinale" stays "in the quarterfinals")
    finals = {
        "Achtel": (16, "round-of-16"), "Viertel": (8, "quarterfinal"), "Halb": (4, "semifinal"),
        "Semi": (4, "semi-final"),
    }  # fmt: skip

    @add(
        rf"{GLB}(?P<a>{alt(finals, False)})final(?=-)"
        rf"|(?<=[{GL}]-)(?P<b>{alt(finals, False)})final(?:e|(?P<ists>isten|istinnen))?{GRB}",
        priority=6,
    )
    def final_in_compound(m):
        n, english = finals[m.group("a") or m.group("b")]
        return Candidate("ordinal", n, english + ("ists" if m.group("ists") else ""))

    ranks = {"Rang": "place", "Platz": "place", "Satz": "set", "Runde": "round"}

    def rank_text(n: str, value: int) -> str:
        return R.ordinal_suffix(value) if n.isdigit() else R.ordinal_word(value)

    def whole_rank(n: str) -> int | None:
        """A rank in digits or words ("drei" -> 3); None for "zweieinhalb" and the like."""
        value = int(n) if n.isdigit() else L.word_value(n, None)
        return value if isinstance(value, int) else None

    # ranks in the plural and in a compound: "auf den Plätzen elf und zwölf" -> "eleventh and
    # twelfth places", "auf Relegationsplatz drei" -> "third place"
    @add(
        rf"{GLB}(?:Plätzen|Plätze|Rängen|Ränge){SP}(?P<a>\d{{1,3}}|{L.numword}){SP}"
        rf"(?P<mid>und|bis){SP}(?P<b>\d{{1,3}}|{L.numword}){GRB}",
        priority=2,
    )
    def ranks_plural(m):
        a, b = m.group("a"), m.group("b")
        va, vb = whole_rank(a), whole_rank(b)
        if va is None or vb is None:
            return None
        mid = "and" if m.group("mid") == "und" else "to"
        text = f"{rank_text(a, va)} {mid} {rank_text(b, vb)} places"
        return Candidate("ordinal", [va, vb], text, unit="Platz")

    # the first words of a compound that names a rank: "Tabellenplatz 2", "Relegationsplatz drei"
    rank_compounds = ("tabellen", "ranglisten", "relegations", "abstiegs", "aufstiegs", "podest",
                      "medaillen", "start", "spitzen", "qualifikations", "playoff", "play-off",
                      "europacup", "league-", "cup-", "final", "wertungs", "gesamt")  # fmt: skip

    @add(rf"(?<=[a-zäöüß])(?:platz|rang){SP}(?P<n>\d{{1,3}}|{L.numword}){GRB}", priority=2)
    def rank_in_compound(m):
        n = m.group("n")
        value = whole_rank(n)
        if value is None:
            return None
        start = m.string.rfind(" ", 0, m.start()) + 1
        if not m.string[start : m.start()].lower().endswith(rank_compounds):
            return None  # "Arnimplatz zwei", "Sendeplatz 100": a square, a slot, no rank
        if m.string[start : m.start()].lower() == "start":  # "von Startplatz 17": not the result
            return Candidate("ordinal", value, f"{rank_text(n, value)} on the grid", start=start)
        return Candidate("ordinal", value, f"{rank_text(n, value)} place", start=start)

    @add(rf"{GLB}(?P<label>{alt(ranks, False)}){SP}(?P<n>\d{{1,3}}|{L.numword}|eins){GRB}", 2)
    def rank(m):
        n, label = m.group("n"), m.group("label")
        before = m.string[: m.start()].split()[-1:]
        if label == "Platz" and before and PLACE_NAME.fullmatch(f"{before[0]} Platz"):
            return None  # "Potsdamer Platz 1" is an address (the address rule's)
        value = int(n) if n.isdigit() else L.word_value(n, 1)
        if not isinstance(value, int):  # "Runde zweieinhalb" names no rank
            return None
        if n.isdigit() and label in ("Rang", "Platz"):
            return Candidate(
                "ordinal", value, f"{R.ordinal_suffix(value)} {ranks[label]}", unit=label
            )
        if n.isdigit():  # "in Runde 18" -> "in round 18", as numbered
            return Candidate("ordinal", value, f"{ranks[label]} {value}", unit=label)
        return Candidate("ordinal", value, f"{R.ordinal_word(value)} {ranks[label]}", unit=label)

    return out
