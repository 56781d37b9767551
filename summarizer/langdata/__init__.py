"""Per-language word lists for the stages after figure extraction: sentence selection, key
ranking and the translation window.

One module per language (``de``, ``fr``, ``es``) holds plain word lists; ``for_language(code)``
builds a :class:`LanguageData` from it. A language without a module gets ``NEUTRAL``: no
stopwords, no cue words, no conjunction boundary, one English word per source word. The figure
rules keep their own tables (``summarizer/figures/<lang>_data.py``).
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType

NEVER = re.compile(r"(?!)")
"""A pattern that matches nothing: the cue of a language that has no word list for it."""


@dataclass(frozen=True)
class LanguageData:
    """What selection, key ranking and the window need to know about a source language."""

    code: str
    stopwords: frozenset[str]
    """Words too common to say what a sentence is about (left out of term vectors)."""
    dangling: re.Pattern
    """Sentence openings that lean on an earlier sentence ("Dabei", "Zudem", "Er sagte")."""
    record: re.Pattern
    """Words that name a record or an extreme ("Rekord", "höchste", "erstmals")."""
    change_before: re.Pattern
    """Ends the text right before a figure that is the amount or end point of a change."""
    change_start: re.Pattern
    """Ends the text right before a change's possible start point ("von X")."""
    change_from: re.Pattern
    """Starts the text right after a change's start point ("von X auf Y": X)."""
    change_words: re.Pattern
    """Verbs and nouns of change ("stieg", "Rückgang")."""
    verdict_words: re.Pattern
    """Words of an outcome: a verdict, a win or loss, casualties."""
    says: re.Pattern
    """Verbs of reported speech ("sagte", "erklärte")."""
    clause_conjunctions: tuple[str, ...]
    """Conjunctions and relative pronouns after a comma: a clause boundary for the window."""
    en_per_word: float
    """English words per source word, to estimate a brief's length before translating."""
    counted_noun: re.Pattern = NEVER
    """A word that names what a bare number right before it counts ("70.000 Zelte")."""
    counted_modifier: re.Pattern = NEVER
    """A word that may stand between such a number and its noun ("drei deutsche Autobauer")."""


def words_pattern(words: tuple[str, ...] | list[str], *, anchored: bool = False) -> re.Pattern:
    """A pattern matching any of ``words`` as whole words (at the start only if ``anchored``);
    NEVER for an empty list. Longer alternatives first, so "Darüber hinaus" beats "Dar"."""
    if not words:
        return NEVER
    body = "|".join(sorted(words, key=lambda w: (-len(w), w)))
    return re.compile(("^" if anchored else r"\b") + f"(?:{body})" + r"\b")


def _optional_pattern(module: ModuleType, name: str) -> re.Pattern:
    pattern = getattr(module, name, "")
    return re.compile(pattern) if pattern else NEVER


def _from_module(code: str, module: ModuleType) -> LanguageData:
    return LanguageData(
        code=code,
        stopwords=frozenset(module.STOPWORDS.split()),
        dangling=words_pattern(module.DANGLING, anchored=True),
        record=re.compile(module.RECORD) if module.RECORD else NEVER,
        change_before=re.compile(module.CHANGE_BEFORE) if module.CHANGE_BEFORE else NEVER,
        change_start=re.compile(module.CHANGE_START) if module.CHANGE_START else NEVER,
        change_from=re.compile(module.CHANGE_FROM) if module.CHANGE_FROM else NEVER,
        change_words=words_pattern(module.CHANGE_WORDS),
        verdict_words=re.compile(module.VERDICT) if module.VERDICT else NEVER,
        says=words_pattern(module.SAYS),
        clause_conjunctions=tuple(module.CLAUSE_CONJUNCTIONS),
        en_per_word=float(module.EN_PER_WORD),
        # optional: a language without them names no counted nouns in the key line
        counted_noun=_optional_pattern(module, "COUNTED_NOUN"),
        counted_modifier=_optional_pattern(module, "COUNTED_MODIFIER"),
    )


NEUTRAL = LanguageData(
    code="",
    stopwords=frozenset(),
    dangling=NEVER,
    record=NEVER,
    change_before=NEVER,
    change_start=NEVER,
    change_from=NEVER,
    change_words=NEVER,
    verdict_words=NEVER,
    says=NEVER,
    clause_conjunctions=(),
    en_per_word=1.0,
)

LANGUAGES = ("de", "es", "fr")
"""Languages with a word-list module here."""


@lru_cache(maxsize=16)
def for_language(code: str | None) -> LanguageData:
    """The data of language ``code`` (ISO 639-1); ``NEUTRAL`` for a language without a module."""
    code = (code or "").lower()
    if code not in LANGUAGES:
        return NEUTRAL
    return _from_module(code, importlib.import_module(f"{__name__}.{code}"))
