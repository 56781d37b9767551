"""Which language an article is in, and which opus-mt model translates it to English.

Detection uses lingua-language-detector (offline: its n-gram models ship inside the wheel),
restricted to ``NEWS_LANGUAGES``. Restricting makes it faster, smaller and more accurate on the
languages that matter (German vs Dutch, Spanish vs Portuguese); a text in a language outside the
set gets the closest candidate with a low confidence, hence a warning.

Two detectors, each built lazily once:

- *low accuracy* (trigrams only; ~20 MB, ~0.07 s to load) for texts of at least
  ``LOW_ACCURACY_MIN_LETTERS`` letters — every real article;
- *high accuracy* (1- to 5-grams; ~320 MB, ~1.9 s to load on first use) for shorter texts, and
  as a second opinion whenever the low-accuracy result is uncertain or mixed.

Lazy loading is kept (not ``with_preloaded_language_models``): preloading the same twelve
languages took 0.9 s and ~400 MB up front, lazy loading loads only what a text needs, on first use.
``with_minimum_relative_distance`` is not used: it makes lingua answer ``None`` for close calls,
while this module wants the best guess *and* the runner-up so that the warning can name both;
the same decision is made here from the confidence values (``MIN_CONFIDENCE``).

A detected language is never presented as fact when it is not one: a text too short to judge, a
low confidence or a text with a large part in a second language each yields ``Detection.warning``
(the best guess is still returned). Austrian and Swiss German are German ("de"): lingua has one
German model, and "Jänner" or "80’000 Franken" do not change that.

Routing (``translation_model_for``) reads the registry (``summarizer/data/registry.toml``):
``[translation.XX]`` for a language with its own model, ``[translation.mul]``
(Helsinki-NLP/opus-mt-mul-en) for any other, English needs no model. opus-mt-mul-en is multilingual
on the source side only (its model card lists one target language, eng) and needs no ``>>xxx<<``
language token; such tokens are for models with several target languages (transformers' MarianMT
docs, "Multilingual models").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from summarizer.errors import ModelError, UsageError
from summarizer.models import load_registry

NEWS_LANGUAGES: tuple[str, ...] = (
    "de", "en", "fr", "es", "it", "nl", "pl", "pt", "ru", "sv", "da", "cs",
)  # fmt: skip
"""Languages the detector chooses among (ISO 639-1); ~20–25 MB each in high-accuracy mode.
To add one: append its code here and its special letters to ``_ALPHABET``; give it a
``[translation.XX]`` registry entry if it has its own opus-mt model (otherwise mul-en serves it)."""

TARGET_LANGUAGE = "en"
FALLBACK_KEY = "mul"
DEFAULT_SOURCE_LANGUAGE = "de"
"""Used only when a text has no letters at all to identify (German first), with a warning."""

MIN_LETTERS = 20
"""Below this many letters a text is too short to identify reliably."""
LOW_ACCURACY_MIN_LETTERS = 120
"""From this many letters on the low-accuracy detector is trusted (lingua: below ~120 characters
its accuracy "will drop significantly", github.com/pemistahl/lingua-rs/issues/119)."""
MIN_CONFIDENCE = 0.60
"""A best guess below this confidence is reported as uncertain (texts under
``LOW_ACCURACY_MIN_LETTERS`` letters: correct guesses on short news sentences measured 0.72–1.0)."""
MIN_CONFIDENCE_LONG = 0.90
"""The same for longer texts, where the low-accuracy detector answers first: every dev article
measured 1.00; anything lower is checked again with the high-accuracy detector."""
MIXED_MIN_SHARE = 0.20
MIXED_MIN_WORDS = 5
"""A second language with at least this share of the words (and this many words) is reported."""
FOREIGN_MIN_SHARE = 0.02
"""Letters that none of ``NEWS_LANGUAGES`` uses (Turkish ı ğ ş, Romanian ă ș, Greek …) making up
this share of a text mean it is probably in a language outside the set: the restricted detector
would otherwise name the nearest covered language, even with confidence 1.0."""
_ALPHABET = frozenset(
    "abcdefghijklmnopqrstuvwxyz"
    "äöüß" "àâæçéèêëîïôœùûÿ" "áíñóú" "ìò" "ąćęłńśźż" "ãõ" "åø" "čďěňřšťůýž"
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
)  # fmt: skip
MAX_CHARS = 3_000
"""Only the first this many characters (about 450 words) are examined: plenty for lingua, and
it keeps detection cost flat as articles grow (at 20,000 it was the second-largest cost of a
1,600-word article after sentence splitting). A second language only past this point goes
unreported."""


@dataclass
class Detection:
    lang: str | None
    """ISO 639-1 code of the best guess, or None when the text has no letters."""
    confidence: float
    warning: str | None = None
    """Set when the guess should not be taken as fact (too short, uncertain, mixed)."""
    candidates: list[tuple[str, float]] = field(default_factory=list)
    """The top candidates with their confidence values, best first (at most three)."""
    mixed: dict[str, float] = field(default_factory=dict)
    """Share of the words per language when a second language was found (else empty)."""


@dataclass
class Route:
    model_id: str | None
    """Hub id of the translation model; None for English (nothing to translate)."""
    lang: str
    passthrough: bool
    """True for English: the article is briefed without translation."""
    fallback: bool = False
    """True when no dedicated model exists and the multilingual mul-en model serves."""

    @property
    def warning(self) -> str | None:
        if self.fallback:
            return (
                f"no dedicated model for '{self.lang}': using the multilingual {self.model_id} "
                "(lower quality)"
            )
        return None


@lru_cache(maxsize=2)
def _detector(high_accuracy: bool):
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, code.upper()) for code in NEWS_LANGUAGES]
    builder = LanguageDetectorBuilder.from_iso_codes_639_1(*codes)
    if not high_accuracy:
        builder = builder.with_low_accuracy_mode()
    return builder.build()


def _code(language) -> str:
    return language.iso_code_639_1.name.lower()


def _analyse(text: str, *, high_accuracy: bool, letters: int) -> Detection:
    detector = _detector(high_accuracy)
    values = detector.compute_language_confidence_values(text)[:3]
    candidates = [(_code(v.language), round(v.value, 3)) for v in values if v.value > 0]
    if not candidates:
        return Detection(None, 0.0, "no language could be identified", [])
    lang, confidence = candidates[0]
    mixed: dict[str, float] = {}
    if letters >= LOW_ACCURACY_MIN_LETTERS:
        words: Counter[str] = Counter()
        for part in detector.detect_multiple_languages_of(text):
            words[_code(part.language)] += part.word_count
        total = sum(words.values())
        others = [(code, n) for code, n in words.most_common() if code != lang]
        if total and others:
            other, n = others[0]
            if n >= MIXED_MIN_WORDS and n / total >= MIXED_MIN_SHARE:
                mixed = {lang: round(words[lang] / total, 2), other: round(n / total, 2)}
    return Detection(lang, confidence, None, candidates, mixed)


def _min_confidence(letters: int) -> float:
    return MIN_CONFIDENCE_LONG if letters >= LOW_ACCURACY_MIN_LETTERS else MIN_CONFIDENCE


def _uncertain(det: Detection, letters: int) -> bool:
    return det.lang is None or det.confidence < _min_confidence(letters) or bool(det.mixed)


def detect_language(text: str) -> Detection:
    """Best guess of the language of ``text``, with a warning whenever it is not reliable."""
    sample = text[:MAX_CHARS]
    letters = sum(ch.isalpha() for ch in sample)
    if letters == 0:
        return Detection(None, 0.0, "no letters to identify the language from")
    high = letters < LOW_ACCURACY_MIN_LETTERS
    det = _analyse(sample, high_accuracy=high, letters=letters)
    if not high and _uncertain(det, letters):
        det = _analyse(sample, high_accuracy=True, letters=letters)
    if det.lang is None:
        return det
    foreign = Counter(ch for ch in sample.lower() if ch.isalpha() and ch not in _ALPHABET)
    if letters < MIN_LETTERS:
        det.warning = f"too short to identify reliably ({letters} letters); best guess {det.lang}"
    elif sum(foreign.values()) >= max(3, FOREIGN_MIN_SHARE * letters):
        shown = " ".join(ch for ch, _ in foreign.most_common(5))
        det.warning = (
            f"probably a language the detector does not cover (letters {shown}); "
            f"best guess {det.lang} {det.confidence:.2f}: set --source-lang"
        )
    elif det.confidence < _min_confidence(letters):
        listed = ", ".join(f"{code} {value:.2f}" for code, value in det.candidates[:2])
        det.warning = f"mixed or uncertain language: {listed}"
    elif det.mixed:
        listed = ", ".join(f"{code} {share:.0%}" for code, share in det.mixed.items())
        det.warning = f"mixed language: {listed} of the words"
    return det


def translation_model_for(lang: str) -> Route:
    """The model that translates ``lang`` into English, from ``summarizer/data/registry.toml``."""
    lang = lang.strip().lower()
    if lang == TARGET_LANGUAGE:
        return Route(model_id=None, lang=lang, passthrough=True)
    entries = load_registry().get("translation", {})
    entry = entries.get(lang) if lang != FALLBACK_KEY else None
    fallback = entry is None
    if entry is None:
        entry = entries.get(FALLBACK_KEY)
        if entry is None:
            raise ModelError(
                f"no translation model for '{lang}' in summarizer/data/registry.toml and no "
                f"[translation.{FALLBACK_KEY}] fallback entry"
            )
    return Route(
        model_id=entry["id"],
        lang=lang,
        passthrough=False,
        fallback=fallback,
    )


def supported_languages() -> dict[str, str | None]:
    """Every language with a dedicated route (language → model id; English → None)."""
    entries = load_registry().get("translation", {})
    routes: dict[str, str | None] = {TARGET_LANGUAGE: None}
    routes.update({code: e["id"] for code, e in entries.items() if code != FALLBACK_KEY})
    return routes


@lru_cache(maxsize=1)
def _known_codes() -> frozenset[str]:
    from lingua import Language

    codes = {_code(language) for language in Language.all()}
    codes.update(code for code in load_registry().get("translation", {}) if code != FALLBACK_KEY)
    codes.add(TARGET_LANGUAGE)
    return frozenset(codes)


def normalise_language_code(code: str, what: str = "--source-lang") -> str:
    """``"DE"``, ``"de-AT"``, ``"de_CH"`` → ``"de"``; an unknown code is a UsageError that
    names ``what`` gave it (an option, a command's argument, a file's column)."""
    base = code.strip().lower().replace("_", "-").split("-")[0]
    if base in _known_codes():
        return base
    dedicated = ", ".join(sorted(supported_languages()))
    raise UsageError(
        f"{what} {code!r}: not a known ISO 639-1 language code "
        f"(with a dedicated model: {dedicated}; other codes use opus-mt-mul-en)"
    )


def resolve_source_language(text: str, override: str | None = None) -> tuple[str, list[str]]:
    """The article's source language and the warnings about it.

    ``override`` (``--source-lang``) wins; it is validated, and a confident detection that
    disagrees with it is reported. Otherwise the detected language is used; a text with nothing
    to identify falls back to ``DEFAULT_SOURCE_LANGUAGE`` with a warning.
    """
    if override:
        lang = normalise_language_code(override)
        warnings = []
        letters = sum(ch.isalpha() for ch in text[:MAX_CHARS])
        if letters >= LOW_ACCURACY_MIN_LETTERS:
            det = detect_language(text)
            if det.warning is None and det.lang not in (None, lang) and det.confidence >= 0.9:
                warnings.append(
                    f"--source-lang {lang} given, but the text looks like {det.lang} "
                    f"({det.confidence:.2f})"
                )
        return lang, warnings
    det = detect_language(text)
    if det.lang is None:
        reason = det.warning or "language not identified"
        return DEFAULT_SOURCE_LANGUAGE, [
            f"{reason}; assuming {DEFAULT_SOURCE_LANGUAGE} (set it with --source-lang)"
        ]
    return det.lang, [det.warning] if det.warning else []


def language_name(code: str | None) -> str:
    """The English name of an ISO 639-1 code ("de" → "German"); the code itself when unknown."""
    from lingua import IsoCode639_1, Language

    member = getattr(IsoCode639_1, (code or "").upper(), None)
    if member is None:
        return code or "an unknown language"
    return Language.from_iso_code_639_1(member).name.replace("_", " ").title()
