"""Two figures of one kind that traded places in a translation.

"In Lugano fielen 212 Millimeter, in Genf 38" -> "38 millimeters fell in Lugano, 212 in Geneva"
keeps every value, so a check by value alone passes it. These readings see such a swap:

* a change "von A auf B" whose English says "from B" or "to A", or "from C" for a third figure
  of the kind;
* "A bzw. B" ("A and B respectively"): the English keeps the order, whatever the kinds;
* an *anchor* whose clause holds one figure of a kind and unit in the German and another one of
  the same kind and unit in the English, the two standing in the other order. An anchor is a
  word written the same in both languages, once in each (a name: "Lugano", "DAX", "AfD", "A1"; a
  loanword or cognate: "Fans", "Filme"/"films"), a word news English writes another way
  (``de_data.ANCHOR_WORDS``: "Grünen"/"Greens", "dagegen"/"against"), or a figure of another kind
  that the check matched ("im Oktober" / "in October").

A translation may reorder its clauses and the words within them; an anchor moves with its
clause, so that is no swap, and an anchor whose clause holds the same figure in both languages
confirms that figure. Only figures the check already matched are compared. The words read are
German's ("von", "auf", "bzw.", its clause ends), so other source languages get no swap check.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from itertools import pairwise, takewhile

from . import de_data as D
from .model import Figure
from .units import unit_after, unit_in

# at most one word between two figures: "87 statt 50 km/h", "sechs beziehungsweise acht Jahren"
_ONE_WORD = re.compile(r"\s*[\w.]*\s*")
# ranks and match minutes trade places too ("in der 23. und ... in der 67. Minute")
_QUANTITIES = {"count", "money", "number", "measure", "percent", "percentage_points", "ordinal"}
_WORD = re.compile(r"[^\W\d_]\w*")
# A clause ends at a mark or a joining word; "und"/"and" joins two clauses ("36 Grad in
# Innsbruck und 35 in Wien") unless it joins two numbers ("139,5 und 141 Meter").
_CLAUSE_END = {
    "de": re.compile(
        r"[;()]|(?<!\d):|[,.](?=\s|$)|\s[–—-]\s|\s(?:während|aber|doch|jedoch|sowie|wobei|und)\s"
    ),
    # "with" ends a clause, not before its own number ("Bad Kreuznach with 36.9")
    "en": re.compile(
        r"[;()]|(?<!\d):|[,.](?=\s|$)|\s[–—-]\s|\s(?:while|whereas|but|and)\s"
        r"|\swith\s(?!(?:about|around|some|almost|nearly|just|only)?\s?[\d+−-])"
    ),
}
_JOINED_NUMBERS = re.compile(r"\d\s(?:und|and)\s\d")
_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_FROM_NUMBER = re.compile(r"\bfrom\s+(?=\d)", re.IGNORECASE)
_RESPECTIVELY = re.compile(r"\s+(?:bzw\.|beziehungsweise)\s+")
_TO = re.compile(r"\bto\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+([A-ZÄÖÜ]\w*)")  # a German noun right after a number
_WORD_AFTER = re.compile(r"\s+([^\W\d_]\w*)")


_VON = re.compile(r"\bvon\s+$")
_AUF_BETWEEN = re.compile(r"\s+(?:\S+\s+)?auf\s+")


def changes_from_to(text: str, a: Figure, b: Figure) -> bool:
    """``a`` and ``b`` are the two ends of a change "von A auf B" in German ``text``."""
    return bool(
        _VON.search(text, max(0, a.start - 5), a.start)
        and _AUF_BETWEEN.fullmatch(text, a.end, b.start)
    )


def _fold(word: str) -> str:
    """Lower case without accents or umlauts: "Zürich" and "Zurich" are one name."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _same_word(de: str, en: str) -> bool:
    """The same word in both languages: equal, or one stem ("Filme"/"films", "Polizisten"/
    "police", "Placebogruppe"/"placebo")."""
    a, b = _fold(de), _fold(en)
    if a == b:
        # short words only as names ("AfD", "A1"): "in" or "an" is no anchor
        return len(a) >= 4 or sum(c.isupper() or c.isdigit() for c in de) >= 2
    # a German compound is no cognate of its first part: "Windspitzen" is not "wind"
    shared = sum(1 for _ in takewhile(lambda xy: xy[0] == xy[1], zip(a, b, strict=False)))
    return shared >= max(4, min(len(a), len(b)) - 2, len(a) - 4)


def _counted_nouns(f: Figure, source_text: str) -> list[str]:
    """The noun a count counts, in English and as the source writes it: "225 Filme" ->
    "Filme"; "58 Ländern" -> "countries", "Ländern"."""
    nouns = []
    if f.kind == "count" and f.unit:
        nouns += _WORD.findall(f.text)[-1:]
    after = _NOUN_AFTER.match(source_text, f.end)
    if after:
        nouns.append(after.group(1))
    elif f.unit and f.unit[:1].isupper():
        nouns.append(f.unit)  # the figure's own span ends with its noun
    return nouns


def _noun_after(english: str, f: Figure) -> str | None:
    """The word right after an English number ("58 films from" -> "films")."""
    m = _WORD_AFTER.match(english, f.end)
    return m.group(1) if m else None


def _clauses(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    ends = [
        m.start()
        for m in _CLAUSE_END[lang].finditer(text, start, end)
        if not _JOINED_NUMBERS.match(text, max(0, m.start() - 1))
    ]
    cuts = [start, *ends, end]
    return list(pairwise(cuts))


def _clause_of(clauses: list[tuple[int, int]], at: int) -> int:
    return max(i for i, (a, _) in enumerate(clauses) if a <= at or i == 0)


def _anchors(
    de: str, window: tuple[int, int], en: str, taken_de: list[range], taken_en: list[range]
) -> list[tuple[int, int, str]]:
    """Words written once in the German window and once in the English, outside every figure:
    (German offset, English offset, the word)."""

    def free(text: str, start: int, end: int, taken: list[range]) -> list[re.Match]:
        return [
            m for m in _WORD.finditer(text, start, end) if not any(m.start() in r for r in taken)
        ]

    de_words, en_words = free(de, *window, taken_de), free(en, 0, len(en), taken_en)
    de_count = Counter(_fold(w.group(0)) for w in de_words)
    by_stem: dict[str, list[re.Match]] = {}  # English words by their first four letters
    for v in en_words:
        by_stem.setdefault(_fold(v.group(0))[:4], []).append(v)
    anchors = []
    for w in de_words:
        word = w.group(0)
        if de_count[_fold(word)] != 1:
            continue
        matches = [
            v.start() for v in by_stem.get(_fold(word)[:4], []) if _same_word(word, v.group(0))
        ]
        if not matches and word in D.ANCHOR_WORDS:
            # a word news English writes another way: "Grünen" / "Greens", "dagegen" / "against"
            said = "|".join(re.escape(e) for e in D.ANCHOR_WORDS[word])
            matches = [
                m.start()
                for m in re.finditer(rf"(?<!\w)(?:{said})(?!\w)", en, re.IGNORECASE)
                if not any(m.start() in r for r in taken_en)
            ]
        if len(matches) == 1:
            anchors.append((w.start(), matches[0], word))
    return anchors


def swapped_pairs(
    source_figures: list[Figure],
    holders: list[list[int]],
    found: list[Figure],
    source_text: str,
    english: str,
    lang: str = "de",
) -> list[tuple[int, int, str]]:
    """Pairs of source figures (their indexes) whose English forms traded places, each with the
    word that shows it."""
    kinds: dict[tuple, list[int]] = {}
    for si, sf in enumerate(source_figures):
        if sf.kind in _QUANTITIES and holders[si]:
            # a count's unit is its noun, which the English may leave out ("86'000 Fahrzeuge
            # ... 17'500"): counts and bare numbers are one kind
            # (an ordinal's noun may be written once for two: "in der 23. und der 67. Minute")
            family = (
                ("count", None)
                if sf.kind in ("count", "number")
                else (sf.kind, None if sf.kind == "ordinal" else sf.unit)
            )
            kinds.setdefault(family, []).append(si)
    groups = [group for group in kinds.values() if len(group) > 1]
    if lang not in _CLAUSE_END or len([h for h in holders if h]) < 2:
        return []
    pairs: list[tuple[int, int, str]] = []

    def add(a: int, b: int, why: str) -> None:
        if not any({a, b} == set(p[:2]) for p in pairs):
            pairs.append((min(a, b), max(a, b), why))

    at = {si: found[holders[si][0]].start for group in groups for si in group}
    starts = {start: si for si, start in at.items()}
    # "von 4 auf 7 Punkte" -> "from 7 to 4 points"; a "from" before a third figure of the kind
    # ("von 2,4 auf 2,0 ... bei 2,9" -> "from 2.9 to 2.0 ... at 2.4") swaps that one in
    froms = [m.end() for m in _FROM_NUMBER.finditer(english)]
    for group in groups:
        for a in group:
            for b in group:
                sa, sb = source_figures[a], source_figures[b]
                if not (sa.end < sb.start and changes_from_to(source_text, sa, sb)):
                    continue
                if _TO.search(english[max(0, at[a] - 5) : at[a]]) or _FROM.search(
                    english[max(0, at[b] - 7) : at[b]]
                ):
                    add(a, b, "von ... auf")
                elif len(froms) == 1 and starts.get(froms[0]) not in (None, a, b):
                    add(a, starts[froms[0]], "von ... auf")
    # "18 bzw. 30 Monate" -> "30 and 18 months respectively": the order is the meaning (of
    # any two figures so joined: "sechs beziehungsweise acht Jahren" is a number and a measure)
    for a, b in pairwise(range(len(source_figures))):
        between = source_text[source_figures[a].end : source_figures[b].start]
        if (
            holders[a]
            and holders[b]
            and _RESPECTIVELY.fullmatch(between)
            and found[holders[a][0]].start > found[holders[b][0]].start
        ):
            add(a, b, "beziehungsweise")
    # "225 Filme aus 58 Ländern" -> "58 films from 225 countries": each number stands before
    # the other's counted noun
    for group in groups:
        for a, b in ((a, b) for a in group for b in group if a < b):
            na = _counted_nouns(source_figures[a], source_text)
            nb = _counted_nouns(source_figures[b], source_text)
            ea = _noun_after(english, found[holders[a][0]])
            eb = _noun_after(english, found[holders[b][0]])
            if not (ea and eb) or any(_same_word(x, y) for x in na for y in nb):
                continue
            if any(_same_word(n, ea) for n in nb) and any(_same_word(n, eb) for n in na):
                add(a, b, f"{ea}/{eb}")
    # "174 Aufführungen an 41 Tagen" -> "41 performances over 174 days": the unit of one
    # figure stands after the English number of another that has none
    # (a range's unit follows its last member; a bare number joined to the figure by one word
    # may share its unit: "87 statt 50 km/h" -> "87 km/h in a 50 zone")
    for a, sa in enumerate(source_figures):
        unit = unit_in(sa.text) if sa.kind == "measure" and holders[a] else None
        if not unit or unit_after(english, found[holders[a][-1]]) == unit:
            continue
        for b, sb in enumerate(source_figures):
            if (
                sb.kind in ("count", "number")
                and len(holders[b]) == 1
                and not unit_in(sb.text)
                and unit_after(english, found[holders[b][0]]) == unit
                and not _ONE_WORD.fullmatch(
                    source_text[min(sa.end, sb.end) : max(sa.start, sb.start)]
                )
            ):
                add(a, b, unit)
    everyone = [si for group in groups for si in group]
    if not everyone:
        return pairs
    window = (
        max(0, min(source_figures[si].start for si in everyone) - 150),
        min(len(source_text), max(source_figures[si].end for si in everyone) + 150),
    )
    de_clauses = _clauses(source_text, *window, lang)
    en_clauses = _clauses(english, 0, len(english), "en")
    # words of a figure are no anchors, but a road's or a product's name is ("A1")
    taken_de = [range(f.start, f.end) for f in source_figures if f.kind != "identifier"]
    taken_en = [range(f.start, f.end) for f in found if f.kind != "identifier"]
    # an anchor whose clause holds the same figure in both languages confirms that figure
    confirmed: set[int] = set()
    against: list[tuple[int, int, str]] = []
    anchors = [(de_at, en_at, word, -1) for de_at, en_at, word in
               _anchors(source_text, window, english, taken_de, taken_en)]  # fmt: skip
    # a figure the check matched ties its two clauses as well as a name does ("im Oktober",
    # "in October"); it is no anchor for its own kind
    anchors += [
        (sf.start, found[holders[si][0]].start, sf.source, si)
        for si, sf in enumerate(source_figures)
        if holders[si] and window[0] <= sf.start < window[1]
    ]
    for de_at, en_at, word, own in anchors:
        de_clause, en_clause = _clause_of(de_clauses, de_at), _clause_of(en_clauses, en_at)
        for group in groups:
            if own in group:
                continue
            here_de = [
                si for si in group if _clause_of(de_clauses, source_figures[si].start) == de_clause
            ]
            here_en = [si for si in group if _clause_of(en_clauses, at[si]) == en_clause]
            if len(here_de) == 1 and len(here_en) == 1:
                if here_de == here_en:
                    confirmed.add(here_de[0])
                else:
                    against.append((here_de[0], here_en[0], word))
    # two figures that traded places stand in the English in the other order; a clause the
    # English moved elsewhere keeps it ("vor 75.000 Zuschauern ... auf sechs Punkte" -> "In front
    # of a crowd of 75,000 ..., Bayern ... to 6 points")
    for a, b, word in against:
        turned = (source_figures[a].start < source_figures[b].start) != (at[a] < at[b])
        if turned and a not in confirmed and b not in confirmed:
            add(a, b, word)
    return pairs
