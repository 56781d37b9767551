"""Key-figure ranking: which figures (at most ``limit``) a brief must show.

Score of a figure = kind weight + position bonus + evidence bonuses, ties broken by position:

* kind: money, counts with a noun, percentages and scores first; full dates and clock times next;
  bare numbers, measures, ranges; months, years and ordinals low; weekdays, small number words
  and identifiers lowest (they are rarely the news)
* position: the weight times 1.8 in the lead sentence, 0.1 less per sentence after it, down to
  1.0 from the ninth (news puts the main event first; a weak kind stays weak even in the lead)
* the same value elsewhere in the article +1.5; the value appears in the title +3;
  a qualifier (``mehr als``, ``rund``) +0.3 (it marks a reported quantity)
* context, when the article ``text`` is given: a quantity that is the subject of a change
  (``um 48.000 abgenommen``, ``von 3,1 auf 5,4 Prozent``) +1.5; a figure whose sentence names a
  record or an extreme (``Rekord``, ``höchste``, ``am niedrigsten``, ``die meisten``) +1.5 —
  news reports changes and records, and these are the figures a brief is about

Deterministic: same input, same marks.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections import Counter

from .check import atoms, same_value
from .model import Figure

_KIND_WEIGHT = {
    "money": 5.0, "percent": 4.5, "count": 4.0, "score": 4.0, "percentage_points": 3.5,
    "time": 3.0, "date": 2.5, "date_range": 2.5, "number": 3.0, "measure": 2.5,
    "year": 1.5, "ordinal": 1.0, "identifier": 0.1,
}  # fmt: skip


def _weight(f: Figure) -> float:
    w = _KIND_WEIGHT.get(f.kind, 1.0)
    if f.kind == "date":
        v = f.value
        if (isinstance(v, str) and v[:1].isalpha()) or isinstance(v, dict):
            w = 0.3  # weekday or relative date
        elif isinstance(v, str) and re.fullmatch(r"--\d{2}", v):
            w = 1.0  # month only
        elif isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}", v):
            w = 2.0
        elif isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
            w = 3.5  # a full date is usually the event's date
        elif isinstance(v, list):
            w = 1.0
    words = not any(ch.isdigit() for ch in f.source)
    if f.kind in ("number", "count", "measure") and words:
        w = 0.8  # number words: "zwei", "beiden Staaten", "drei Wochen"
        if isinstance(f.value, (int, float)) and f.value >= 100:
            w = 3.5  # "eine Million", "Hunderter Container"
    if f.kind == "measure" and f.unit == "years":
        w = 2.5  # ages
    if f.kind == "ordinal" and (not words or f.unit in ("Rang", "Platz")):
        w = 2.5  # ranks: "Nummer 55 der Welt", "3. Platz"
    return w


W_CHANGE = 1.5  # the figure is the amount or end point of a change
W_RECORD = 1.5  # the figure's sentence names a record or an extreme

# Quantities whose size is the news (not dates, years, ranks or identifiers).
_QUANTITY = frozenset(
    {"money", "percent", "count", "percentage_points", "number", "measure", "score"}
)
# "um 48.000 abgenommen", "um 0,3 Prozentpunkte auf 5,4 Prozent", "von 3,1 auf 5,4 Prozent":
# the word right before the figure makes it the amount or the end point of a change.
_CHANGE_BEFORE = re.compile(r"(?:\b[Uu]m|\bauf|\bvon)\s+$")
_CHANGE_FROM = re.compile(r"^\s+auf\b")  # "von X auf Y": X is the start point
# Records and extremes (German news vocabulary, not article-specific): "Rekord(niveau)",
# "höchste(n)", "am niedrigsten", "die meisten", "größte", "stärkste", "tiefste", "erstmals".
RECORD = re.compile(
    r"\b(?:\w*[Rr]ekord\w*|\w*[Hh]öchst\w*|\w*[Nn]iedrigst\w*|\w*[Tt]iefst\w*|meisten|"
    r"\w*[Gg]rößt\w*|\w*[Ss]tärkst\w*|erstmals|noch nie|so (?:hoch|niedrig|viele) wie)\b"
)


def change_subject(f: Figure, text: str) -> bool:
    """The figure is the amount or end point of a change ("um X", "auf X", "von X auf Y")."""
    if f.kind not in _QUANTITY:
        return False
    before = text[max(0, f.start - 6) : f.start]
    if not _CHANGE_BEFORE.search(before):
        return False
    if before.rstrip().endswith("von"):
        return bool(_CHANGE_FROM.match(text[f.end : f.end + 6]))
    return True


def sentence_of(start: int, sentence_starts: list[int]) -> int | None:
    if not sentence_starts:
        return None
    return max(0, bisect.bisect_right(sentence_starts, start) - 1)


def _sentence_text(text: str, f: Figure, sentence_starts: list[int]) -> str:
    n = f.sentence or 0
    start = sentence_starts[n] if n < len(sentence_starts) else 0
    end = sentence_starts[n + 1] if n + 1 < len(sentence_starts) else len(text)
    return text[start:end]


def rough_sentence_starts(text: str) -> list[int]:
    """Start offsets of sentences by a simple rule (for tools without the real splitter)."""
    starts = [0]
    for m in re.finditer(r"(?<=[.!?…“\"])\s+(?=[A-ZÄÖÜ„\"])|\n+", text):
        before = text[max(0, m.start() - 4) : m.start()]
        if re.search(r"(\d\.|Nr\.|Abs\.|Mio\.|Mrd\.|ca\.|Dr\.)$", before) and "\n" not in m.group(
            0
        ):
            continue
        starts.append(m.end())
    return sorted(set(s for s in starts if s < len(text)))


ALWAYS_KEY = 3
"""Once the brief's sentences are chosen, this many top figures stay key wherever they are; the
other key slots go to the most important figures the chosen sentences do not carry."""


def mark_key_figures(
    figures: list[Figure],
    sentence_starts: list[int],
    title: str | None = None,
    limit: int = 6,
    text: str | None = None,
    shown: set[int] | None = None,
) -> None:
    """Set ``.sentence`` on every figure and ``.key`` on the ``limit`` most important ones.

    ``text`` is the text the figures' offsets point into; without it the context bonuses
    (change, record) are not given. ``shown`` (indices of the sentences the brief uses) is given
    after selection: the brief's text already shows the figures of those sentences, so past the
    first ``ALWAYS_KEY`` key figures the key-figures line names what the text cannot (measured
    on the dev set's 11 real articles: must-keep figures shown 46/49 → 47/49). Weak kinds
    (weekdays, number words, identifiers) do not take those slots."""
    for f in figures:
        f.sentence = sentence_of(f.start, sentence_starts)
        f.key = False
    title_figs = []
    if title:
        from .extract import extract_figures

        title_figs = extract_figures(title)
    scored = [
        (-score, f.start, i)
        for i, (score, f) in enumerate(_scores(figures, sentence_starts, title_figs, text))
    ]
    scored.sort()
    chosen_values: list[Figure] = []
    count = 0
    for _neg, _start, i in scored:
        if count >= limit:
            break
        f = figures[i]
        if any(same_value(f, g) and g.kind == f.kind for g in chosen_values):
            continue  # the same figure repeated: one key entry is enough
        if shown is not None and count >= ALWAYS_KEY:
            if f.sentence in shown:
                continue  # the brief's text carries it already
            if _weight(f) < 1.0:
                continue  # a weak kind (number word, weekday, identifier) is no must-see
        f.key = True
        chosen_values.append(f)
        count += 1


def _scores(
    figures: list[Figure], sentence_starts: list[int], title_figs: list[Figure], text: str | None
) -> list[tuple[float, Figure]]:
    """Importance of every figure (``.sentence`` already set), in the order given."""
    out = []
    repeated = _repeated_values(figures)
    records: dict[int, bool] = {}  # per sentence: a long sentence is searched once, not per figure
    for n, f in enumerate(figures):
        weight = _weight(f)
        s = f.sentence if f.sentence is not None else 99
        score = weight * (1.0 + max(0.0, 0.8 - 0.1 * s))
        if atoms(f) and f.kind not in ("identifier", "ordinal"):
            if repeated[n]:
                score += 1.5
            if any(same_value(f, t) for t in title_figs):
                score += 3.0
        if f.qualifier:
            score += 0.3
        if text is not None:
            if change_subject(f, text):
                score += W_CHANGE
            if f.sentence is not None:
                if f.sentence not in records:
                    sentence = _sentence_text(text, f, sentence_starts)
                    records[f.sentence] = bool(RECORD.search(sentence))
                if records[f.sentence]:
                    score += W_RECORD
        out.append((score, f))
    return out


def _repeated_values(figures: list[Figure]) -> list[bool]:
    """Per figure with atoms: does another figure of the list have the same value
    (``same_value``)? False for a figure without atoms (a relative date): it gets no bonus.

    Figures are indexed by a coarse key of their atoms that any two equal values share, and
    within a key grouped by their exact atoms, so each figure is compared with one figure per
    distinct value of its key instead of with every figure of the article."""
    index: dict[frozenset, dict[tuple, list[int]]] = {}
    all_atoms = [atoms(f) for f in figures]
    for n, xs in enumerate(all_atoms):
        if xs:
            index.setdefault(_coarse_key(xs)[0], {}).setdefault(_exact(xs), []).append(n)
    out = []
    for n, (f, xs) in enumerate(zip(figures, all_atoms, strict=True)):
        found = False
        for key in _coarse_key(xs) if xs else ():
            for members in index.get(key, {}).values():
                other = next((m for m in members if m != n), None)
                if other is not None and same_value(f, figures[other]):
                    found = True
                    break
            if found:
                break
        out.append(found)
    return out


def _exact(xs: list[tuple]) -> tuple:
    try:
        hash(tuple(xs))
        return tuple(xs)
    except TypeError:
        return tuple(repr(x) for x in xs)


def _coarse_key(xs: list[tuple]) -> list[frozenset]:
    """The keys under which a figure with these atoms may find an equal value: the first is its
    own. A date drops its year (a missing year matches any); a number is keyed by its integer
    part, and by the neighbouring one where the matching tolerance reaches across it."""
    options = []
    for x in xs:
        if x[0] in ("n", "pct", "pp") and isinstance(x[1], float) and math.isfinite(x[1]):
            tol = 1e-9 * max(1.0, abs(x[1]))
            floors = dict.fromkeys(
                (math.floor(x[1]), math.floor(x[1] - tol), math.floor(x[1] + tol))
            )
            options.append([(x[0], k) for k in floors])
        elif x[0] == "date":
            options.append([x[:3]])
        else:
            try:
                hash(x)
                options.append([x])
            except TypeError:
                options.append([(x[0],)])
    return [frozenset(Counter(combo).items()) for combo in itertools.product(*options)]
