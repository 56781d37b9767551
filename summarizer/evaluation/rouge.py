"""ROUGE-1/2/L/Lsum with Google's ``rouge-score`` as the engine.

Two things rouge-score does that a German-news project must not walk into:

* Its default tokenizer lower-cases and then replaces every character outside ``[a-z0-9]`` with a
  space, so ``Müller`` becomes ``m ller`` and matches ``Möller``; ``Straße`` becomes ``stra e``.
  :class:`UnicodeTokenizer` does the same thing with *Unicode* letters and digits (NFC first, so a
  decomposed ``a`` + U+0308 is one letter) and is otherwise identical: on ASCII text its tokens,
  and so its scores, are exactly rouge-score's. rouge-score ignores ``use_stemmer`` when it is
  given a tokenizer, so stemming (Porter, words of more than 3 characters, as rouge-score does)
  happens inside the tokenizer.
* ``rougeLsum`` splits summaries on newlines only. Briefs are running text, so without a split
  rougeLsum silently equals rougeL. :func:`split_sentences` puts one sentence per line first.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

ROUGE_TYPES = ("rouge1", "rouge2", "rougeL", "rougeLsum")
TOKENIZERS = ("unicode", "ascii")
"""``unicode``: ours (keeps ä/ö/ü/ß/é …); ``ascii``: rouge-score's default (published numbers)."""

_NON_WORD = re.compile(r"[\W_]+")
_VALID_TOKEN = re.compile(r"^[^\W_]+$")


class UnicodeTokenizer:
    """rouge-score's ``tokenize.tokenize`` with Unicode letters and digits, not ``[a-z0-9]``."""

    name = "unicode"

    def __init__(self, use_stemmer: bool = True):
        if use_stemmer:
            from nltk.stem import porter

            self._stemmer = porter.PorterStemmer()
        else:
            self._stemmer = None
        self._stems: dict[str, str] = {}
        """Porter is slow and a corpus repeats its words: each word is stemmed once."""

    def _stem(self, token: str) -> str:
        stem = self._stems.get(token)
        if stem is None:
            stem = self._stems[token] = self._stemmer.stem(token)
        return stem

    def tokenize(self, text: str) -> list[str]:
        text = unicodedata.normalize("NFC", text).lower()
        tokens = _NON_WORD.sub(" ", text).split()
        if self._stemmer is not None:
            tokens = [self._stem(t) if len(t) > 3 else t for t in tokens]
        return [t for t in tokens if _VALID_TOKEN.match(t)]


def make_tokenizer(name: str = "unicode", stem: bool = True):
    if name == "unicode":
        return UnicodeTokenizer(use_stemmer=stem)
    if name == "ascii":
        from rouge_score import tokenizers

        return tokenizers.DefaultTokenizer(use_stemmer=stem)
    raise ValueError(f"unknown tokenizer '{name}' (known: {', '.join(TOKENIZERS)})")


# English sentence ends: . ! ? (with closing quotes/brackets) before whitespace and a capital,
# digit or opening quote. Not after abbreviations or single-letter initials (U.S., J. Smith).
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st no nos nr vs etc jan feb mar apr jun jul aug sep sept oct nov dec "
    "gen col lt sgt rep sen gov corp inc ltd co jr sr approx fig figs art sec para ch".split()
)


def split_sentences(text: str) -> list[str]:
    """English sentences of ``text``: existing line breaks kept, then a rule-based split."""
    sentences: list[str] = []
    for line in text.split("\n"):
        start = 0
        for m in _SENTENCE_END.finditer(line):
            before = line[start : m.start()]
            last = before.rsplit(None, 1)[-1] if before.split() else ""
            word = last.rstrip(".!?\"'”’)]").lower()
            if last.endswith(".") and (word in _ABBREVIATIONS or re.fullmatch(r"[a-z]", word)):
                continue
            if (
                last.endswith(".")
                and re.fullmatch(r"(?:[a-z]\.)+[a-z]", word)
                and word not in ("a.m", "p.m")
            ):
                continue  # U.S., e.g. -- but "at 11:50 p.m. The …" ends a sentence
            sentences.append(line[start : m.start() + len(m.group(0).rstrip())].strip())
            start = m.end()
        sentences.append(line[start:].strip())
    return [s for s in sentences if s]


def lsum_text(text: str) -> str:
    """The newline-separated form rouge-score's rougeLsum expects."""
    return "\n".join(split_sentences(text))


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    fmeasure: float


class Rouge:
    """Scores (reference, hypothesis) pairs; one instance per tokenizer/stemming choice."""

    def __init__(self, tokenizer: str = "unicode", stem: bool = True):
        from rouge_score import rouge_scorer

        self.tokenizer_name = tokenizer
        self.stem = stem
        self._scorer = rouge_scorer.RougeScorer(
            list(ROUGE_TYPES), tokenizer=make_tokenizer(tokenizer, stem)
        )

    def score(self, reference: str, hypothesis: str) -> dict[str, Score]:
        result = self._scorer.score(lsum_text(reference), lsum_text(hypothesis))
        return {
            t: Score(float(s.precision), float(s.recall), float(s.fmeasure))
            for t, s in result.items()
        }
