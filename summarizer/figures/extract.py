"""Figure extraction: the rules of a language over a text, overlaps resolved.

The rules come from ``rules.build_rules`` over the language's data module ``<lang>_data``
(``de_data``, ``fr_data``, ``es_data``), plus ``<lang>_rules`` where a language has rules of its
own. ``extract_figures(text, lang=...)`` runs them; every rule proposes candidate figures (span,
kind, value, English text), and overlaps are resolved by keeping the longest candidate first
(``mehr als 1000 Container`` beats ``1000``), then the rule's priority, then the earlier start.
"""

from __future__ import annotations

import importlib
import pathlib
import pkgutil
import re
from bisect import bisect_left
from functools import cache

from .model import Figure
from .numbers import without_format_chars
from .pairs import join_truncated, share_units
from .rules import SIGN_ENGLISH, Lang, Rule, build_rules


def available_languages() -> list[str]:
    """Languages with figure rules: one per ``<lang>_data`` module of this package."""
    here = [str(pathlib.Path(__file__).parent)]
    return sorted(
        info.name[:2]
        for info in pkgutil.iter_modules(here)
        if info.name.endswith("_data") and len(info.name) == 7
    )


@cache
def _language(lang: str) -> tuple[Lang, list[Rule]]:
    if lang not in available_languages():
        raise ValueError(
            f"no figure rules for language {lang!r} (available: {', '.join(available_languages())})"
        )
    data = importlib.import_module(f"{__package__}.{lang}_data")
    L = Lang(data)
    return L, build_rules(data, L)


def rules_for(lang: str) -> list[Rule]:
    """The rules of one language."""
    return _language(lang)[1]


def _candidates(text: str, start: int, end: int, lang: str):
    L, rules = _language(lang)
    out = []
    for r in rules:
        for m in r.regex.finditer(text, start, end):
            if m.end() == m.start():
                continue
            try:
                c = r.handler(m)
            except (KeyError, ValueError):
                c = None
            if not c:
                continue
            s = m.start() if c.start is None else c.start
            e = m.end() if c.end is None else c.end
            while e > s and text[e - 1] in " \u00a0\t":
                e -= 1
            eng, qual = c.text, c.qualifier
            word = text[s:].split(None, 1)[0].lower() if qual else ""
            verbs, nouns = L.verb_preps.get(word), L.noun_preps.get(word)
            before = text[max(0, s - 60) : s] if qual else ""
            if qual and ((verbs and verbs.search(before)) or (nouns and nouns.search(before))):
                # "diskutierte über zehn Anfragen", "ein Kredit über 800 Millionen": "über" is
                # the verb's or the noun's preposition here
                s += len(word)
                while text[s].isspace():
                    s += 1
                eng, qual = eng.removeprefix(qual + " "), None
            comparative = L.comparative.match(text, s) if qual else None
            if (
                qual
                and comparative
                and L.compared_count.search(text, max(0, s - 40), s)
                and L.earlier_after.match(text, e)
            ):
                # "9 Sitze mehr als vier Jahre zuvor": the seats are compared, the years plain
                s = comparative.end()
                eng, qual = eng.removeprefix(qual + " "), None
            level = L.motion_quals.get(word)
            if qual and level and eng.startswith(qual + " ") and L.crosses(text, s, e):
                eng = level + eng.removeprefix(qual)  # "fallen unter zehn Grad": "below"
            if eng.startswith(("a hundred", "a thousand")) and L.determiner_before(text, s):
                idiom = L.about_round and L.about_round.search(text, max(0, s - 12), s)
                if idiom:  # "an die hundert Personen": about a hundred
                    s, eng, qual = idiom.start(), "about " + eng, "about"
                else:
                    eng = eng[2:]  # "die tausend Seiten" -> "thousand pages", not "the a ..."
            if (
                qual in SIGN_ENGLISH
                and eng.startswith(qual + " ")
                and L.level_before
                and L.level_before.search(text, max(0, s - 12), s)
            ):
                # a level's sign: "sank auf minus 0,5 Prozent" -> "minus 0.5 percent"
                eng = SIGN_ENGLISH[qual] + eng.removeprefix(qual)
            if eng.startswith("until ") and L.is_deadline(text, s, e):
                eng = "by " + eng.removeprefix("until ")
            out.append((s, e, r.priority, c.kind, c.value, eng, qual, c.unit))
    if L.names:
        names = [(m.start(), m.end()) for m in L.names.finditer(text, start, end)]
        out = [c for c in out if not any(c[0] < b and a < c[1] for a, b in names)]
    return out


def extract_figures(
    text: str, start: int = 0, end: int | None = None, lang: str = "de"
) -> list[Figure]:
    """Every figure in ``text[start:end]``; offsets index ``text``; sorted, non-overlapping.

    Invisible format characters (soft hyphen, zero-width space ...) neither split nor end a
    figure: the rules read the text without them, and the offsets are mapped back to ``text``.
    """
    _language(lang)
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
    read = _wrapped_line(lang).sub(" ", text)  # same length: the offsets still index ``text``
    cands = _candidates(read, start, end, lang)
    cands.sort(key=lambda c: (-(c[1] - c[0]), -c[2], c[0]))
    # Spans taken so far, disjoint and sorted: only the last one starting before e can overlap.
    starts: list[int] = []
    ends: list[int] = []
    chosen = []
    for c in cands:
        s, e = c[0], c[1]
        i = bisect_left(starts, e)
        if i and ends[i - 1] > s:
            continue
        starts.insert(i, s)
        ends.insert(i, e)
        chosen.append(c)
    chosen.sort(key=lambda c: c[0])
    figures = [
        Figure(
            source=text[s:e],
            start=s,
            end=e,
            kind=kind,
            # a name's value in one line: "Direktion\n    4 (Süd)" is "Direktion 4 (Süd)"
            value=_ONE_LINE.sub(" ", value)
            if kind == "identifier" and isinstance(value, str)
            else value,
            text=eng,
            qualifier=qual,
            unit=unit,
        )
        for s, e, _prio, kind, value, eng, qual, unit in chosen
    ]
    L = _language(lang)[0]
    if L.truncated_link:
        figures = join_truncated(figures, read, L.truncated_link)
    share_units(figures, read, L.pair_link, english=False)
    return figures


_ONE_LINE = re.compile(r"[ \t]*\n\s*|[ \t]{2,}")  # (a wrapped line was read as spaces)


@cache
def _wrapped_line(lang: str) -> re.Pattern:
    """A line break inside a sentence, as hard-wrapped copy has it ("im\\n    Alter von 29",
    "von 0,73\\n    Promille"), read as a space: after a lowercase word or a comma, or before a
    lowercase word or a unit the language names (``WRAP_UNITS``). A break after a number before
    another capitalised word ("Nr. 2451\\nMänner") or after a sentence stays a break."""
    units = getattr(importlib.import_module(f"{__package__}.{lang}_data"), "WRAP_UNITS", ())
    before = "[a-zà-ÿß]" + (rf"|(?:{'|'.join(map(re.escape, units))})\b" if units else "")
    return re.compile(rf"(?<=[a-zà-ÿß,])\n(?=[ \t]*\S)|\n(?=[ \t]*(?:{before}))")
