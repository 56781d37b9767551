"""The hand-set key ranking and sentence scoring the package used before the learned models,
kept here only to report them beside the learned ones (``split_report.py``, ``train_*.py``).

Weights set by hand on the first 11 dev articles; see ``git log`` of ``summarizer/figures/key.py``
and ``summarizer/select.py`` for their history.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from summarizer.figures import extract_figures, same_value
from summarizer.figures.check import atoms
from summarizer.figures.key import change_subject, sentence_of
from summarizer.langdata import for_language
from summarizer.ranking import repeated_values
from summarizer.select import Choice, cosine, english_words_estimate, lexrank, terms

_KIND_WEIGHT = {
    "money": 5.0, "percent": 4.5, "count": 4.0, "score": 4.0, "percentage_points": 3.5,
    "time": 3.0, "date": 2.5, "date_range": 2.5, "number": 3.0, "measure": 2.5,
    "year": 1.5, "ordinal": 1.0, "identifier": 0.1,
}  # fmt: skip
W_CHANGE = W_RECORD = 1.5
ALWAYS_KEY = 3
W_LEAD, W_CENTRAL, W_KEY, W_FIG, W_TITLE, W_DANGLING, W_REDUNDANT = (
    2.0,
    0.8,
    1.2,
    0.15,
    0.5,
    0.6,
    1.0,
)
MAX_SENTENCES = 5
NEAR_DUPLICATE = 0.7


def weight(f) -> float:
    """The hand-set weight of a figure's kind."""
    w = _KIND_WEIGHT.get(f.kind, 1.0)
    if f.kind == "date":
        v = f.value
        if (isinstance(v, str) and v[:1].isalpha()) or isinstance(v, dict):
            w = 0.3
        elif isinstance(v, str) and re.fullmatch(r"--\d{2}", v):
            w = 1.0
        elif isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}", v):
            w = 2.0
        elif isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
            w = 3.5
        elif isinstance(v, list):
            w = 1.0
    words = not any(ch.isdigit() for ch in f.source)
    if f.kind in ("number", "count", "measure") and words:
        w = 0.8
        if isinstance(f.value, (int, float)) and f.value >= 100:
            w = 3.5
    if f.kind == "measure" and f.unit == "years":
        w = 2.5
    if f.kind == "ordinal" and (not words or f.unit in ("Rang", "Platz")):
        w = 2.5
    return w


def scores(figures, sentence_starts, title, text) -> list[float]:
    """The hand-set importance of every figure."""
    title_figs = extract_figures(title) if title else []
    record = for_language("de").record
    repeated = repeated_values(figures)
    out = []
    for n, f in enumerate(figures):
        s = sentence_of(f.start, sentence_starts)
        s = 99 if s is None else s
        score = weight(f) * (1.0 + max(0.0, 0.8 - 0.1 * s))
        if atoms(f) and f.kind not in ("identifier", "ordinal"):
            score += 1.5 * repeated[n]
            score += 3.0 * any(same_value(f, t) for t in title_figs)
        score += 0.3 * bool(f.qualifier)
        if text is not None:
            score += W_CHANGE * change_subject(f, text)
            end = sentence_starts[s + 1] if s + 1 < len(sentence_starts) else len(text)
            start = sentence_starts[s] if s < len(sentence_starts) else 0
            score += W_RECORD * bool(record.search(text[start:end]))
        out.append(score)
    return out


def key_indices(figures, sentence_starts, title, text, shown=None, limit=6) -> list[int]:
    """The hand-set key figures (as ``mark_key_figures`` chose them before)."""
    sc = scores(figures, sentence_starts, title, text)
    order = sorted(range(len(figures)), key=lambda i: (-sc[i], figures[i].start))
    chosen: list[int] = []
    for i in order:
        if len(chosen) >= limit:
            break
        f = figures[i]
        if any(same_value(f, figures[j]) and figures[j].kind == f.kind for j in chosen):
            continue
        past_top = shown is not None and len(chosen) >= ALWAYS_KEY
        if past_top and (sentence_of(f.start, sentence_starts) in shown or weight(f) < 1.0):
            continue
        chosen.append(i)
    return chosen


def select(sentences, budget, key_figures_of, figures_of, title) -> Choice:
    """The hand-set extractive selection."""
    dangling = for_language("de").dangling
    vectors = [Counter(terms(s.text)) for s in sentences]
    central = lexrank(vectors)
    title_terms = Counter(terms(title or ""))
    base: dict[int, float] = {}
    for pos, s in enumerate(sentences):
        score = W_LEAD / (1 + 0.5 * pos) + W_CENTRAL * central[pos]
        score += W_FIG * min(figures_of(s.index), 4)
        score += W_TITLE * cosine(vectors[pos], title_terms)
        score -= W_DANGLING * bool(dangling.match(s.text))
        base[s.index] = score
    by_index = {s.index: (pos, s) for pos, s in enumerate(sentences)}
    chosen: list[int] = []
    covered: set = set()
    used = 0
    while len(chosen) < MAX_SENTENCES:
        best, best_gain = None, -math.inf
        for index, score in base.items():
            if index in chosen:
                continue
            pos, s = by_index[index]
            cost = english_words_estimate(s)
            if chosen and used + cost > budget:
                continue
            new_keys = key_figures_of(index) - covered
            redundancy = max(
                (cosine(vectors[pos], vectors[by_index[c][0]]) for c in chosen), default=0.0
            )
            if redundancy >= NEAR_DUPLICATE and not new_keys:
                continue
            gain = score + W_KEY * len(new_keys) - W_REDUNDANT * redundancy
            if dangling.match(s.text) and index - 1 in chosen:
                gain += W_DANGLING
            if gain > best_gain:
                best, best_gain = index, gain
        if best is None or (chosen and best_gain <= 0):
            break
        chosen.append(best)
        covered |= key_figures_of(best)
        used += english_words_estimate(by_index[best][1])
    return Choice(sorted(chosen), base)


def brief(sentences, figures, title, text, budget=80) -> tuple[list[int], set[int]]:
    """(chosen sentence indices, key figure indices) as the hand-set pipeline made them."""
    starts = [s.start for s in sentences]
    key = key_indices(figures, starts, title, text)
    keys_in: dict[int, set] = {}
    count_in: Counter = Counter()
    for n, f in enumerate(figures):
        s = sentence_of(f.start, starts)
        count_in[s] += 1
        if n in key:
            keys_in.setdefault(s, set()).add(n)
    choice = select(sentences, budget, lambda i: keys_in.get(i, set()), count_in.__getitem__, title)
    return choice.indices, set(key_indices(figures, starts, title, text, set(choice.indices)))
