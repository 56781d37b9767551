"""Learned scores for key figures and brief sentences: explicit features and a linear model.

Two logistic regressions, trained by ``eval/train_selection.py`` on the dev set's train split
only and shipped as ``summarizer/data/ranking.json`` (weights, feature standardisation and the
thresholds chosen by cross-validation on train). Scoring is a dot product: no training library
at run time, same input, same scores.

* :func:`figure_features` — per figure: kind, date precision, number words, magnitude, the
  largest value of its kind, position (lead, sentence and article position, rank among the
  sentences with figures), qualifier, change and record cues, outcome words, repetition in the
  article (and the body's repetition of a figure of the opening sentence), the first figure of
  its sentence and of its kind in the article, the value in the title, figures around it, list
  or table context, parentheses, unit.
* :func:`sentence_features` — per sentence: position, paragraph start, LexRank centrality, title
  overlap, the key model's scores of its figures (and past the lead block its best figure's key
  probability), length, digit share, list or table shape, lower-case words (a proxy for verbs),
  dangling opening, quote, reported speech, question, how far it retells the sentences before it
  and, for the first, how far those after it retell it (a subheadline).

Cue words come from the language's word lists (``summarizer.langdata``); the weights were fitted
on German and are used as they are for other languages (their cues differ, the features do not).
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from summarizer.figures.check import atoms, same_value
from summarizer.figures.model import Figure
from summarizer.langdata import LanguageData

KINDS = (
    "money", "percent", "count", "score", "percentage_points", "time", "date", "date_range",
    "number", "measure", "year", "ordinal", "identifier",
)  # fmt: skip
QUANTITY_KINDS = frozenset(
    {"money", "percent", "count", "percentage_points", "number", "measure", "score"}
)
"""Kinds whose size is the news (not dates, years, ranks or identifiers)."""
# "1. Müller 180 Pkt. – 2. Meier 175": ranked items of a results list.
_RANKED_ITEMS = re.compile(r"(?:^|\s)\d{1,2}\.\s+\S+.*?\s\d{1,2}\.\s+\S+")
_LETTERS = re.compile(r"[^\W\d_]+")
_QUOTE = re.compile(r"[„“”\"»«]")
# Units of a duration or an age, German and English ("Jahren", "jährig", "months", "Std.").
_DURATION_UNIT = re.compile(
    r"(?i)^(?:years?|jahr|jährig|months?|monat|weeks?|woche|days?|tag|hours?|stunde|std|"
    r"minutes?|minute|sekunde|seconds?)"
)
_TITLE_WORD = re.compile(r"[^\W\d_]{4,}")
MODEL_FILE = "ranking.json"


# --- figures ---------------------------------------------------------------------------------


def sentence_bounds(sentence_starts: list[int], length: int) -> list[tuple[int, int]]:
    """(start, end) of every sentence from the sentences' start offsets."""
    ends = [*sentence_starts[1:], length]
    return list(zip(sentence_starts, ends, strict=True))


def _magnitude(f: Figure) -> float:
    v = f.value
    if isinstance(v, dict):
        v = next((x for x in v.values() if isinstance(x, (int, float))), None)
    if isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v):
        return math.log10(abs(v) + 1.0)
    return 0.0


def _date_precision(f: Figure) -> str:
    v = f.value
    if f.kind != "date":
        return ""
    if (isinstance(v, str) and v[:1].isalpha()) or isinstance(v, dict):
        return "weekday"  # or a relative date
    if isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}|--\d{2}-\d{2}", v):
        return "day"
    if isinstance(v, str) and re.fullmatch(r"--\d{2}", v):
        return "month"
    return "month_year"


def is_change_subject(f: Figure, text: str, lang: LanguageData) -> bool:
    """The figure is the amount or end point of a change ("um X", "auf X", "von X auf Y")."""
    if f.kind not in QUANTITY_KINDS:
        return False
    before = text[max(0, f.start - 6) : f.start]
    if not lang.change_before.search(before):
        return False
    if lang.change_start.search(before):  # "von X": a change only when "auf Y" follows
        return bool(lang.change_from.match(text[f.end : f.end + 6]))
    return True


CUES = ("change_sentence", "record_sentence", "verdict_sentence")


def sentence_cues(sentence: str, lang: LanguageData) -> dict[str, float]:
    """The ``CUES`` of one sentence: change, record and outcome words (searched once per
    sentence, not once per figure)."""
    return {
        "change_sentence": float(bool(lang.change_words.search(sentence))),
        "record_sentence": float(bool(lang.record.search(sentence))),
        "verdict_sentence": float(bool(lang.verdict_words.search(sentence))),
    }


def is_list(sentence: str, figures: int) -> bool:
    """A results list, standings or a table row: many figures and few other words.

    Ranked items ("1. Müller 180 Pkt. – 2. Meier"), or at least four figures with one figure per
    five words or more, or at least three figures in a sentence that is a fifth digits."""
    words = max(len(sentence.split()), 1)
    digits = sum(c.isdigit() for c in sentence) / max(len(sentence), 1)
    if figures >= 2 and _RANKED_ITEMS.search(sentence):
        return True
    return (figures >= 4 and figures / words >= 0.2) or (figures >= 3 and digits >= 0.2)


def repeated_values(figures: list[Figure]) -> list[bool]:
    """Per figure: does another figure of the list have the same value (``same_value``)?
    False for a figure without atoms (a relative date).

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
    options: list[list[tuple]] = []
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


def first_mentions(figures: list[Figure], repeated: list[bool]) -> list[bool]:
    """Per figure: no earlier figure of the list has its value (``repeated`` from
    ``repeated_values``: only repeated figures are compared)."""
    out = []
    earlier: list[Figure] = []
    for f, again in zip(figures, repeated, strict=True):
        if not again:
            out.append(True)
            continue
        out.append(not any(same_value(f, e) and e.kind == f.kind for e in earlier))
        earlier.append(f)
    return out


def repeats_lead(figures: list[Figure], sentence_of: list[int], repeated: list[bool]) -> list[bool]:
    """Per figure: it lies past the first sentence and repeats a figure of the first sentence
    (same value and kind): the body telling the quantity the opening announced."""
    lead = [
        f for f, s, again in zip(figures, sentence_of, repeated, strict=True) if again and s == 0
    ]
    return [
        bool(again and s > 0 and any(same_value(f, e) and e.kind == f.kind for e in lead))
        for f, s, again in zip(figures, sentence_of, repeated, strict=True)
    ]


def title_words(title: str | None) -> frozenset[str]:
    """The lower-cased words of four letters or more of a title."""
    return frozenset(w.lower() for w in _TITLE_WORD.findall(title or ""))


def figure_features(
    figures: list[Figure],
    sentence_of: list[int],
    bounds: list[tuple[int, int]],
    text: str | None,
    title_figures: list[Figure],
    lang: LanguageData,
    title: str | None = None,
) -> list[dict[str, float]]:
    """Features of every figure, in the order given (the article's order: "first" features
    count the figures before it).

    ``sentence_of[n]`` is figure n's sentence (an index into ``bounds``, the sentences'
    (start, end) offsets in ``text``). Without ``text`` the context features are 0."""
    per_sentence = Counter(sentence_of)
    repeated = repeated_values(figures)
    first = first_mentions(figures, repeated)
    tells_lead = repeats_lead(figures, sentence_of, repeated)
    in_title = title_words(title)
    magnitudes = [_magnitude(f) for f in figures]
    largest: dict[str, float] = {}
    for f, m in zip(figures, magnitudes, strict=True):
        largest[f.kind] = max(largest.get(f.kind, 0.0), m)
    rank_of = {s: n for n, s in enumerate(sorted(per_sentence))}
    cues: dict[int, dict[str, float]] = {}
    no_cues = dict.fromkeys(CUES, 0.0)
    shape: dict[int, tuple[float, float, float]] = {}
    voice: dict[int, tuple[float, float]] = {}
    earlier_in_sentence: Counter = Counter()
    earlier_of_kind: Counter = Counter()
    out = []
    for order, (f, s) in enumerate(zip(figures, sentence_of, strict=True)):
        feats = {f"kind_{k}": float(f.kind == k) for k in KINDS}
        precision = _date_precision(f)
        for k in ("weekday", "day", "month", "month_year"):
            feats[f"date_{k}"] = float(precision == k)
        in_sentence = per_sentence[s]
        if text is not None and s not in cues:
            start, end = bounds[s] if s < len(bounds) else (0, len(text))
            sentence = text[start:end]
            cues[s] = sentence_cues(sentence, lang)
            digits = sum(c.isdigit() for c in sentence) / max(len(sentence), 1)
            words = min(len(sentence.split()), 60) / 60.0
            shape[s] = (digits, words, float(is_list(sentence, in_sentence)))
            shared = title_words(sentence) & in_title
            voice[s] = (
                float(bool(_QUOTE.search(sentence) or lang.says.search(sentence))),
                min(len(shared), 5) / 5.0,
            )
        quoted, title_overlap = voice.get(s, (0.0, 0.0))
        digits, words, listed = shape.get(s, (0.0, 0.0, float(in_sentence >= 5)))
        s_start = bounds[s][0] if s < len(bounds) else 0
        before = text[s_start : f.start] if text is not None else ""
        feats.update(cues.get(s, no_cues))
        feats.update(
            {
                "words": float(not any(c.isdigit() for c in f.source)),
                "magnitude": magnitudes[order],
                "largest_of_kind": float(0 < magnitudes[order] >= largest[f.kind]),
                "lead": float(s == 0),
                "second": float(s == 1),
                "sentence_position": min(s, 20) / 20.0,
                "figure_sentence_rank": min(rank_of[s], 10) / 10.0,
                "article_position": f.start / max(len(text or ""), f.end, 1),
                "figure_order": min(order, 30) / 30.0,
                "qualifier": float(bool(f.qualifier)),
                "change": float(text is not None and is_change_subject(f, text, lang)),
                "repeated": float(repeated[order]),
                "in_title": float(any(same_value(f, t) for t in title_figures)),
                "figures_in_sentence": float(min(in_sentence, 10)),
                "digit_share": digits,
                "list_context": listed,
                "in_parentheses": float(before.count("(") > before.count(")")),
                "sentence_words": words,
                "has_unit": float(bool(f.unit)),
                "duration": float(bool(f.unit and _DURATION_UNIT.match(f.unit))),
                "first_mention": float(first[order]),
                "repeats_lead": float(tells_lead[order]),
                "first_in_sentence": float(earlier_in_sentence[s] == 0),
                "first_of_kind": float(earlier_of_kind[f.kind] == 0),
                "magnitude_in_kind": magnitudes[order] / largest[f.kind]
                if largest[f.kind]
                else 0.0,
                "quoted_sentence": quoted,
                "sentence_title_overlap": title_overlap,
            }
        )
        earlier_in_sentence[s] += 1
        earlier_of_kind[f.kind] += 1
        out.append(feats)
    return out


# --- sentences -------------------------------------------------------------------------------


LEAD_SENTENCES = 3
"""A news article tells its main event in its first sentences (the lead block)."""


def sentence_features(
    sentences: list,
    figure_scores: list[list[float]],
    centrality: list[float],
    title_overlap: list[float],
    text: str | None,
    lang: LanguageData,
    retelling: tuple[list[float], list[float]] | None = None,
) -> list[dict[str, float]]:
    """Features of every sentence, in order: ``figure_scores[pos]`` are the key model's scores
    of the figures in sentence ``pos``; ``centrality`` LexRank; ``title_overlap`` cosine with
    the title's terms; ``retelling`` (``select.retelling``): per sentence, its similarity to the
    sentences just before it and to those just after it (without it, 0).

    The body lead retells the teaser in full: a sentence that retells the one before it carries
    the story (``retells_earlier``), a first sentence the body retells is only the teaser
    (``teaser_retold``). Past the lead block a sentence earns its place by the figure it carries
    (``late_figure``: the key probability of its best figure, 0 in the lead block)."""
    before, after = retelling or ([0.0] * len(sentences), [0.0] * len(sentences))
    out = []
    for pos, s in enumerate(sentences):
        scores = figure_scores[pos]
        best_probability = probability(max(scores, default=-5.0))
        words = len(s.text.split())
        letters = _LETTERS.findall(s.text)
        lower = sum(1 for w in letters if w[:1].islower() and len(w) > 2)
        digits = sum(c.isdigit() for c in s.text) / max(len(s.text), 1)
        paragraph_start = s.start == 0 or (
            text is not None and "\n" in text[max(0, s.start - 2) : s.start]
        )
        out.append(
            {
                "position": min(pos, 30) / 30.0,
                "first": float(pos == 0),
                "second": float(pos == 1),
                "third": float(pos == 2),
                "paragraph_start": float(paragraph_start),
                "centrality": centrality[pos],
                "title_overlap": title_overlap[pos],
                "figures": float(min(len(scores), 8)),
                "best_figure": max(scores, default=-5.0),
                "likely_figures": float(sum(1 for x in scores if x > 0)),
                "words": min(words, 80) / 80.0,
                "short": float(words < 8),
                "long": float(words > 45),
                "digit_share": digits,
                "lowercase_share": lower / max(len(letters), 1),
                "list_like": float(is_list(s.text, len(scores))),
                "dangling": float(bool(lang.dangling.match(s.text))),
                "quote": float(bool(_QUOTE.search(s.text))),
                "says": float(bool(lang.says.search(s.text))),
                "question": float(s.text.rstrip().endswith("?")),
                "best_probability": best_probability,
                "late_figure": best_probability * float(pos >= LEAD_SENTENCES),
                "retells_earlier": before[pos],
                "teaser_retold": after[pos] if pos == 0 else 0.0,
            }
        )
    return out


# --- the model -------------------------------------------------------------------------------


@dataclass(frozen=True)
class LinearModel:
    """A logistic regression over named, standardised features."""

    names: tuple[str, ...]
    weights: tuple[float, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    bias: float

    def score(self, features: dict[str, float]) -> float:
        """The log-odds of the positive class; a feature the model does not know is ignored,
        one it knows but is not given counts as its training mean."""
        total = self.bias
        for name, w, mu, sd in zip(self.names, self.weights, self.mean, self.scale, strict=True):
            total += w * (features.get(name, mu) - mu) / sd
        return total

    def as_dict(self) -> dict:
        return {
            "names": list(self.names),
            "weights": list(self.weights),
            "mean": list(self.mean),
            "scale": list(self.scale),
            "bias": self.bias,
        }

    @classmethod
    def from_dict(cls, data: dict) -> LinearModel:
        return cls(
            tuple(data["names"]),
            tuple(float(x) for x in data["weights"]),
            tuple(float(x) for x in data["mean"]),
            tuple(float(x) or 1.0 for x in data["scale"]),
            float(data["bias"]),
        )


@dataclass(frozen=True)
class Ranking:
    """The shipped models and the choices made with them (all fitted on the train split)."""

    key: LinearModel
    sentence: LinearModel
    key_threshold: float
    """A figure past the first ``always_key`` is key only with a score at least this."""
    always_key: int
    """This many best figures are key wherever they are."""
    sentence_threshold: float
    """Subtracted from the gain of every sentence past the first: a sentence whose gain does not
    clear it makes the brief worth less."""
    redundancy: float
    """Weight of the similarity of two chosen sentences, subtracted from the brief's worth."""
    shown_key_threshold: float | None = None
    """Once the brief's sentences are known, a figure they show (past the ``always_key`` best) is
    key only with a score at least this (the key line completes the brief); None: never."""
    length_penalty: float = 0.0
    """Weight of a sentence's share of the word budget, subtracted from its gain (of two
    sentences that carry the same, the shorter leaves room for more)."""
    figure_gain: float = 0.0
    """Weight of the figures a sentence carries, added to its gain: the sum of their key
    probabilities (``probability`` of their key scores), so the brief's sentences carry the
    figures most likely must-keep."""

    @classmethod
    def from_dict(cls, data: dict) -> Ranking:
        return cls(
            LinearModel.from_dict(data["key_model"]),
            LinearModel.from_dict(data["sentence_model"]),
            float(data["key_threshold"]),
            int(data["always_key"]),
            float(data["sentence_threshold"]),
            float(data["redundancy"]),
            _optional_float(data.get("shown_key_threshold")),
            float(data.get("length_penalty", 0.0)),
            float(data.get("figure_gain", 0.0)),
        )


def probability(score: float) -> float:
    """The probability of a log-odds score."""
    return 1.0 / (1.0 + math.exp(-max(min(score, 50.0), -50.0)))


def _optional_float(x: object) -> float | None:
    return None if x is None else float(x)  # type: ignore[arg-type]


@lru_cache(maxsize=1)
def shipped() -> Ranking:
    """The models of ``summarizer/data/ranking.json``."""
    raw = resources.files("summarizer").joinpath("data", MODEL_FILE).read_text(encoding="utf-8")
    return Ranking.from_dict(json.loads(raw))
