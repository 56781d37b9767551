"""Explicit features of a figure for key ranking, and the linear model that weighs them.

Not used at run time yet: ``eval/train_ranking.py`` fits the weights on the dev set's train split
and reports cross-validated and test numbers beside the hand-set ranking. Once a learned model
beats the hand-set one on the test split it moves into the package (features beside
``figures/key.py``, weights as a JSON data file, scoring with the standard library only).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from summarizer.figures.model import Figure

KINDS = (
    "money", "percent", "count", "score", "percentage_points", "time", "date", "date_range",
    "number", "measure", "year", "ordinal", "identifier",
)  # fmt: skip
_CHANGE_BEFORE = re.compile(r"(?:\b[Uu]m|\bauf|\bvon)\s+$")
_CHANGE_FROM = re.compile(r"^\s+auf\b")
_QUANTITY = frozenset(
    {"money", "percent", "count", "percentage_points", "number", "measure", "score"}
)
RECORD = re.compile(
    r"\b(?:\w*[Rr]ekord\w*|\w*[Hh]öchst\w*|\w*[Nn]iedrigst\w*|\w*[Tt]iefst\w*|meisten|"
    r"\w*[Gg]rößt\w*|\w*[Ss]tärkst\w*|erstmals|noch nie|so (?:hoch|niedrig|viele) wie)\b"
)
_CHANGE_WORDS = re.compile(
    r"\b(?:stieg|steigt|gestiegen|sank|sinkt|gesunken|fiel|fällt|gefallen|wuchs|wächst|"
    r"gewachsen|zugelegt|verloren|verlor|abgenommen|zugenommen|erhöht|gesenkt|Plus|Minus|"
    r"Anstieg|Rückgang|Zuwachs)\b"
)
_VERDICT = re.compile(
    r"\b(?:verurteilt\w*|Haft|Freiheitsstrafe|Geldstrafe|Urteil\w*|freigesprochen|Strafe|"
    r"gewann|gewinnt|siegte|besiegte|verlor|Sieg|Niederlage|getötet|tot|Tote|verletzt\w*)\b"
)
_LIST_LINE = re.compile(r"(?:^|\s)\d{1,2}\.\s+\S+.*?(?:\s\d{1,2}\.\s+\S+)")


def _value_magnitude(f: Figure) -> float:
    v = f.value
    if isinstance(v, dict):
        v = next((x for x in v.values() if isinstance(x, (int, float))), None)
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return math.log10(abs(v) + 1.0)
    return 0.0


def _date_kind(f: Figure) -> str:
    v = f.value
    if f.kind != "date":
        return ""
    if (isinstance(v, str) and v[:1].isalpha()) or isinstance(v, dict):
        return "weekday"
    if isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}|--\d{2}-\d{2}", v):
        return "day"
    if isinstance(v, str) and re.fullmatch(r"--\d{2}", v):
        return "month"
    return "month_year"


def _in_parentheses(text: str, start: int, sentence_start: int) -> bool:
    before = text[sentence_start:start]
    return before.count("(") > before.count(")")


def figure_features(
    figures: list[Figure],
    sentence_bounds: list[tuple[int, int]],
    text: str,
    title_values: list[Figure] | None = None,
    same_value=None,
) -> list[dict[str, float]]:
    """Features of every figure (``.sentence`` already set), in the order given.

    ``sentence_bounds`` are the (start, end) offsets of the article's sentences; ``same_value``
    is the value comparison of ``figures.check`` (passed in to keep this module import-light).
    """
    n_sentences = max(len(sentence_bounds), 1)
    per_sentence = Counter(f.sentence for f in figures)
    signatures = Counter(_signature(f) for f in figures)
    out = []
    for order, f in enumerate(figures):
        s = f.sentence if f.sentence is not None else n_sentences - 1
        s_start, s_end = sentence_bounds[s] if s < len(sentence_bounds) else (0, len(text))
        sentence = text[s_start:s_end]
        digits = sum(c.isdigit() for c in sentence)
        words = not any(c.isdigit() for c in f.source)
        feats: dict[str, float] = {f"kind_{k}": float(f.kind == k) for k in KINDS}
        date_kind = _date_kind(f)
        for k in ("weekday", "day", "month", "month_year"):
            feats[f"date_{k}"] = float(date_kind == k)
        before = text[max(0, f.start - 6) : f.start]
        change = f.kind in _QUANTITY and bool(_CHANGE_BEFORE.search(before))
        if change and before.rstrip().endswith("von"):
            change = bool(_CHANGE_FROM.match(text[f.end : f.end + 6]))
        feats.update(
            {
                "words": float(words),
                "magnitude": _value_magnitude(f),
                "lead": float(s == 0),
                "second": float(s == 1),
                "sentence_position": min(s, 20) / 20.0,
                "article_position": f.start / max(len(text), 1),
                "figure_order": min(order, 30) / 30.0,
                "qualifier": float(bool(f.qualifier)),
                "change": float(change),
                "change_sentence": float(bool(_CHANGE_WORDS.search(sentence))),
                "record_sentence": float(bool(RECORD.search(sentence))),
                "verdict_sentence": float(bool(_VERDICT.search(sentence))),
                "repeated": float(min(signatures[_signature(f)] - 1, 3)),
                "in_title": float(
                    bool(title_values and same_value)
                    and any(same_value(f, t) for t in title_values or [])
                ),
                "figures_in_sentence": float(min(per_sentence[f.sentence], 10)),
                "digit_share": digits / max(len(sentence), 1),
                "list_context": float(
                    per_sentence[f.sentence] >= 5 or bool(_LIST_LINE.search(sentence))
                ),
                "in_parentheses": float(_in_parentheses(text, f.start, s_start)),
                "sentence_words": min(len(sentence.split()), 60) / 60.0,
                "has_unit": float(bool(f.unit)),
            }
        )
        out.append(feats)
    return out


def _signature(f: Figure) -> str:
    """A cheap value key: the same figure repeated in the article has the same signature."""
    return f"{f.kind}:{f.value!r}"


@dataclass(frozen=True)
class LinearModel:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    bias: float

    def score(self, features: dict[str, float]) -> float:
        """The log-odds of the positive class; a feature the model does not know is ignored."""
        total = self.bias
        for name, w, mu, sd in zip(self.names, self.weights, self.mean, self.scale, strict=True):
            total += w * (features.get(name, 0.0) - mu) / sd
        return total

    def probability(self, features: dict[str, float]) -> float:
        return 1.0 / (1.0 + math.exp(-self.score(features)))

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


_DANGLING = re.compile(
    r"^(?:Dabei|Zudem|Außerdem|Darüber hinaus|Daher|Deshalb|Deswegen|Damit|Dennoch|Trotzdem|"
    r"Allerdings|Auch|Dies|Diese[rsmn]?|Das|Dort|Danach|Davor|Darauf|Demnach|Ebenso|Er|Sie|Es|"
    r"Ihr|Sein|Seine|Ihre|Man)\b"
)
_QUOTE = re.compile(r"[„“”\"»«]")
_SAYS = re.compile(r"\b(?:sagte|sagt|erklärte|erklärt|betonte|so|meinte|hieß es)\b")
_LETTERS = re.compile(r"[^\W\d_]+")


def sentence_features(
    sentences: list,
    text: str,
    figures: list[Figure],
    figure_scores: list[float],
    centrality: list[float],
    title_overlap: list[float],
) -> list[dict[str, float]]:
    """Features of every sentence (``figures[i].sentence`` set; ``figure_scores`` the key
    model's log-odds per figure; ``centrality`` LexRank; ``title_overlap`` cosine with the
    title), in order."""
    by_sentence: dict[int, list[float]] = {}
    for f, score in zip(figures, figure_scores, strict=True):
        by_sentence.setdefault(f.sentence, []).append(score)
    out = []
    for pos, s in enumerate(sentences):
        scores = by_sentence.get(s.index, [])
        tokens = s.text.split()
        words = len(tokens)
        letters = _LETTERS.findall(s.text)
        lower = sum(1 for w in letters if w[:1].islower())
        digits = sum(c.isdigit() for c in s.text)
        paragraph_start = s.start == 0 or "\n" in text[max(0, s.start - 2) : s.start]
        out.append(
            {
                "position": min(pos, 30) / 30.0,
                "first": float(pos == 0),
                "second": float(pos == 1),
                "third": float(pos == 2),
                "paragraph_start": float(paragraph_start),
                "centrality": centrality[pos] if pos < len(centrality) else 0.0,
                "title_overlap": title_overlap[pos] if pos < len(title_overlap) else 0.0,
                "figures": float(min(len(scores), 8)),
                "best_figure": max(scores, default=-5.0),
                "likely_figures": float(sum(1 for x in scores if x > 0)),
                "words": min(words, 80) / 80.0,
                "short": float(words < 8),
                "long": float(words > 45),
                "digit_share": digits / max(len(s.text), 1),
                "lowercase_share": lower / max(len(letters), 1),
                "list_like": float(len(scores) >= 5 or digits / max(len(s.text), 1) > 0.15),
                "dangling": float(bool(_DANGLING.match(s.text))),
                "quote": float(bool(_QUOTE.search(s.text))),
                "says": float(bool(_SAYS.search(s.text))),
                "question": float(s.text.rstrip().endswith("?")),
            }
        )
    return out
