"""A newsroom glossary: house translations and names kept through translation.

A glossary file is TSV (``.tsv``, or any file whose first line has a tab) or CSV: source term,
English term, and optionally the language the row is for (ISO 639-1; empty = every language).
An empty English term means "keep as is" (names). Lines starting with ``#`` and a first line
``source<TAB>english[<TAB>language]`` are skipped.

Terms are protected the way the retry protects figures: before translating, each occurrence of
a source term (inflected forms such as ``Nationalrats`` included) is replaced by its English
term; after translating, each English term is looked for and, where the model changed it,
repaired (wrong case, the source term copied back, a near miss such as an inflected form). A
term still missing is reported by :meth:`GlossaryTranslator.glossary_warnings`.
"""

from __future__ import annotations

import csv
import difflib
import functools
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from summarizer.errors import UsageError

GERMAN_ENDINGS = "(?:s|es|n|en|e)?"
"""Case and plural endings a source term may carry in the text (``des Nationalrats``)."""
ENGLISH_ENDINGS = "(?:'s|’s|s|es)?"
NEAR_MISS = 0.8
"""Least similarity (difflib ratio, lower case) for a span of the English output to be taken
for a mangled English term and replaced by it."""
HEADER = ("source", "english")


@dataclass(frozen=True)
class Term:
    source: str
    english: str
    """The English form; equal to ``source`` for a term kept as is."""
    language: str | None
    line: int

    @functools.cached_property
    def source_pattern(self) -> re.Pattern[str]:
        return _pattern(self.source, GERMAN_ENDINGS)

    @functools.cached_property
    def english_pattern(self) -> re.Pattern[str]:
        return _pattern(self.english, ENGLISH_ENDINGS)


def _pattern(term: str, endings: str, flags: int = 0) -> re.Pattern[str]:
    body = r"\s+".join(re.escape(word) for word in term.split())
    return re.compile(rf"(?<!\w){body}{endings}(?!\w)", flags)


@dataclass(frozen=True)
class Glossary:
    path: Path
    terms: tuple[Term, ...]
    sha256: str

    def for_language(self, language: str | None) -> tuple[Term, ...]:
        """The rows for ``language`` and the rows for every language (all rows for ``None``)."""
        if language is None:
            return self.terms
        return tuple(t for t in self.terms if t.language in (None, language))


def load_glossary(path: Path) -> Glossary:
    """Read and check a glossary file; any problem is a UsageError naming the file and line."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UsageError(f"{path}: no such glossary file") from None
    except IsADirectoryError:
        raise UsageError(f"{path}: is a folder, expected a glossary file (TSV or CSV)") from None
    except OSError as err:
        raise UsageError(f"{path}: cannot read ({err.strerror or err})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise UsageError(f"{path}:{line}: not UTF-8; save the glossary as UTF-8") from None
    lines = text.splitlines()
    tab = path.suffix.lower() == ".tsv" or (path.suffix.lower() != ".csv" and "\t" in text)
    rows = csv.reader(lines, delimiter="\t" if tab else ",")
    terms: list[Term] = []
    seen: dict[tuple[str, str | None], Term] = {}
    for number, row in enumerate(rows, start=1):
        term = _term(row, number, f"{path}:{number}")
        if term is None:
            continue
        first = seen.get((term.source, term.language))
        if first is not None and first.english != term.english:
            raise UsageError(
                f"{path}:{number}: '{term.source}' is already '{first.english}' (line {first.line})"
            )
        seen[(term.source, term.language)] = term
        terms.append(term)
    if not terms:
        raise UsageError(f"{path}: no terms (expected lines: source term, English term)")
    # Longest first: "Bundesagentur für Arbeit" wins over "Bundesagentur".
    terms.sort(key=lambda t: -len(t.source))
    return Glossary(path, tuple(terms), hashlib.sha256(data).hexdigest())


def _term(row: list[str], number: int, where: str) -> Term | None:
    cells = [c.strip() for c in row]
    if not any(cells) or cells[0].startswith("#"):
        return None
    if number == 1 and tuple(c.lower() for c in cells[:2]) == HEADER:
        return None
    if len(cells) > 3:
        raise UsageError(
            f"{where}: {len(cells)} columns, expected 2 or 3 (source term, English term, language)"
        )
    source = cells[0]
    english = cells[1] if len(cells) > 1 else ""
    if not source:
        raise UsageError(f"{where}: empty source term")
    language = None
    if len(cells) == 3 and cells[2]:
        from summarizer.language import normalise_language_code

        try:
            language = normalise_language_code(cells[2], what="language")
        except UsageError as err:
            raise UsageError(f"{where}: {err}") from None
    return Term(source, english or source, language, number)


def protect(text: str, terms: tuple[Term, ...]) -> tuple[str, list[Term]]:
    """``text`` with every source term replaced by its English term, and the terms found."""
    if not terms:
        return text, []
    found: dict[Term, None] = {}

    def replace(m: re.Match[str]) -> str:
        term = terms[(m.lastindex or 1) - 1]  # one group per term: a match has one
        found[term] = None
        return term.english

    protected = _alternation(terms).sub(replace, text)
    return protected, list(found)


@functools.cache
def _alternation(terms: tuple[Term, ...]) -> re.Pattern[str]:
    """One pattern for all terms, longest first, group ``k`` for ``terms[k - 1]``."""
    return re.compile("|".join(f"({t.source_pattern.pattern})" for t in terms))


def restore(english: str, term: Term) -> str | None:
    """``english`` with ``term``'s English form in place, or ``None`` when no span of it can be
    taken for the term (then the term is lost)."""
    if term.english_pattern.search(english):
        return english
    # The right words in the wrong case, or the source term copied through.
    for pattern in (
        _pattern(term.english, ENGLISH_ENDINGS, re.IGNORECASE),
        term.source_pattern,
    ):
        m = pattern.search(english)
        if m:
            return english[: m.start()] + term.english + english[m.end() :]
    span = _near_miss(english, term.english)
    if span is None:
        return None
    return english[: span[0]] + term.english + english[span[1] :]


def _near_miss(text: str, wanted: str) -> tuple[int, int] | None:
    """Character span of the run of words in ``text`` most like ``wanted``, if like enough."""
    words = list(re.finditer(r"\w[\w'’-]*", text))
    size = len(wanted.split())
    best, best_ratio = None, NEAR_MISS
    for length in {max(1, size - 1), size, size + 1}:
        for i in range(len(words) - length + 1):
            start, end = words[i].start(), words[i + length - 1].end()
            ratio = difflib.SequenceMatcher(None, text[start:end].lower(), wanted.lower()).ratio()
            if ratio >= best_ratio:
                best, best_ratio = (start, end), ratio
    return best


class GlossaryTranslator:
    """A translator (``translate(texts) -> list[str]`` and its attributes) that keeps the
    glossary's terms: protected before, restored after the wrapped translator runs."""

    def __init__(self, translator, terms: tuple[Term, ...]):
        self.inner = translator
        self.terms = terms
        self.name = translator.name
        self.revision = translator.revision
        self.backend = translator.backend
        self.standin = translator.standin
        self.translates = getattr(translator, "translates", True)

    @property
    def max_tokens(self) -> int:
        return self.inner.max_tokens

    def count_tokens(self, text: str) -> int:
        """Tokens of the text the model will see: with the English terms in place."""
        return self.inner.count_tokens(protect(text, self.terms)[0])

    def translate(self, texts: list[str]) -> list[str]:
        protected = [protect(t, self.terms) for t in texts]
        english = self.inner.translate([text for text, _ in protected])
        out = []
        for text, (_, found) in zip(english, protected, strict=True):
            for term in found:
                text = restore(text, term) or text
            out.append(text)
        return out

    def glossary_warnings(self, source: str, english: str) -> list[str]:
        """One warning per glossary term of ``source`` that ``english`` does not hold."""
        _, found = protect(source, self.terms)
        return [
            f"glossary term '{t.source}' → '{t.english}' lost in translation"
            for t in found
            if not t.english_pattern.search(english)
        ]


class GlossaryPool:
    """A ``Router`` whose translators keep the glossary's terms for their language."""

    def __init__(self, pool, glossary: Glossary):
        self.pool = pool
        self.glossary = glossary
        self._wrapped: dict[tuple[int, str], GlossaryTranslator] = {}

    def preload(self) -> None:
        """Load (or fail on) the wrapped router's explicit model now."""
        self.pool.preload()

    def model_for(self, lang: str | None) -> str | None:
        """The model ``lang`` is routed to (see ``Router.model_for``)."""
        return self.pool.model_for(lang)

    def describe(self, lang: str | None = None) -> dict:
        """The wrapped router's description for ``lang``, and the glossary's checksum."""
        return {**self.pool.describe(lang), "glossary": self.glossary.sha256}

    def for_language(self, lang: str):
        inner, notes = self.pool.for_language(lang)
        key = (id(inner), lang)
        if key not in self._wrapped:
            self._wrapped[key] = GlossaryTranslator(inner, self.glossary.for_language(lang))
        return self._wrapped[key], notes


def with_glossary(translator, glossary: Glossary | None):
    """``translator`` (a Translator or a TranslatorPool) keeping ``glossary``'s terms; as it is
    without a glossary."""
    if glossary is None:
        return translator
    if hasattr(translator, "for_language"):
        return GlossaryPool(translator, glossary)
    return GlossaryTranslator(translator, glossary.terms)
