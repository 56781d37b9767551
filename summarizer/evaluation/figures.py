"""Figure fidelity: are the reference's key figures in the brief, by value and kind?

For each reference key figure (``{"en": "more than 1,000 containers", "must_keep": true}``) its
``en`` string is parsed with ``summarizer.figures.find_english_figures``; the figure counts as
*found* when every figure parsed from it has a brief figure of the same value and a compatible
kind (see :func:`kinds_compatible`: "1,000" finds "1,000 containers", "first" does not find
"Hall 1"). A key figure whose ``en`` holds no figure the parser reads ("both appeals") is looked
up as text instead, and counted in ``text_matched``.

A figure with a minus ("minus 5 degrees", "-0.25 percent") is found only by one that keeps it:
a minus of its own or, for a change, a fall in its clause ("fell 0.25 percent"; see
``summarizer.figures.signs``); an amount only in its own currency ("5 million dollars" does not
find "5 million euros"), a measure only in its own unit ("152 mph" does not find "152 km/h");
a qualifier only by one on its side ("less than 1,000" does not find
"more than 1,000"; "1,000" alone does), a rough one not by a firm one ("up to 1,000" does not
find "around 1,000").

* *rendering error*: found by value, but written differently from the ``en`` string (see
  :func:`rendered_alike`): "1.000" for "1,000", "3.2%" for "3.2 percent".
* *invented*: a figure in the brief that is not among the figures
  ``summarizer.figures.extract_figures(text, lang="de")`` finds in the German source (needs the
  REFS ``text`` field); see :meth:`FigureScorer._invented`.

The parser is pluggable (:class:`FigureParser`) so the scoring rules are tested on their own.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from summarizer.evaluation.inputs import Reference

PLAIN_KINDS = frozenset({"number", "count", "", None})
"""Kinds that carry no unit of their own ("1,000" in "1,000 containers")."""
NOT_PLAIN = frozenset({"ordinal", "date", "date_range", "time", "score", "identifier"})
"""Kinds a plain number never stands for: "first" is not "Hall 1", "7" is not "September 7"."""


class ParserUnavailable(Exception):
    """``summarizer.figures`` cannot be imported; figure fidelity is skipped, with this reason."""


@dataclass
class FigureParser:
    find_english: Callable[[str], list[Any]]
    """English text -> figures with ``.kind``, ``.value``, ``.text`` (and ``.start``/``.end``)."""
    extract_german: Callable[[str], list[Any]] | None
    """German text -> figures; None: invented figures are not counted."""
    same_value: Callable[[Any, Any], bool]
    """Two figures -> do they carry the same value?"""
    name: str = "summarizer.figures"
    says_otherwise: Callable[[Any, str, Any, str], bool] | None = None
    """Listed figure (in its ``en``), brief figure (in the brief), of the same value -> do they
    still differ (a lost minus, another currency or unit, a qualifier on the other side)? None:
    no such check."""


def load_parser() -> FigureParser:
    try:
        from summarizer import figures as module
    except Exception as err:  # a half-written package must not take the whole evaluation down
        raise ParserUnavailable(f"summarizer.figures cannot be imported ({err})") from None
    find = getattr(module, "find_english_figures", None)
    if find is None:
        raise ParserUnavailable("summarizer.figures has no find_english_figures()")
    extract = getattr(module, "extract_figures", None)
    german = (lambda text: extract(text, lang="de")) if extract else None
    same = _same_value_from(getattr(module, "same_value", None))
    otherwise = getattr(module, "says_otherwise", None)
    return FigureParser(find, german, same, says_otherwise=otherwise)


def _same_value_from(fn: Callable[[Any, Any], bool] | None) -> Callable[[Any, Any], bool]:
    if fn is None:
        return values_equal

    def same(a: Any, b: Any) -> bool:
        return bool(fn(a, b))

    return same


def values_equal(a: Any, b: Any) -> bool:
    """Fallback comparison of two figures' ``.value``: numbers within 1e-9, else equality."""
    va, vb = getattr(a, "value", a), getattr(b, "value", b)
    if isinstance(va, int | float) and isinstance(vb, int | float):
        return math.isclose(va, vb, rel_tol=1e-9, abs_tol=1e-12)
    return va == vb


def kinds_compatible(a: Any, b: Any) -> bool:
    """Same kind, or a plain number and a kind with a unit ("100" and "100 euros")."""
    ka, kb = getattr(a, "kind", None), getattr(b, "kind", None)
    if ka == kb:
        return True
    if ka in PLAIN_KINDS:
        return kb not in NOT_PLAIN
    if kb in PLAIN_KINDS:
        return ka not in NOT_PLAIN
    return False


def atoms(value: Any) -> set[float]:
    """The numbers inside a value: 1961 -> {1961}; {"from": 1961, "to": 1990} -> both;
    "--09-07" -> {9, 7}; {"sets": [[6, 2], [7, 6]]} -> {6, 2, 7}."""
    if isinstance(value, bool):
        return set()
    if isinstance(value, int | float):
        return {float(value)}
    if isinstance(value, str):
        return {float(d) for d in re.findall(r"\d+(?:\.\d+)?", value)}
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list | tuple | set):
        found: set[float] = set()
        for item in value:
            found |= atoms(item)
        return found
    return set()


_SPACES = re.compile(r"\s+")
_NUMBER = re.compile(r"\d(?:[\d,.]*\d)?")
UNIT_WINDOW = 40
"""Characters after a bare number in which the unit of a coordinated figure may follow
("100 and 150 euros", "a 100-euro fine")."""


def written(figure: Any, text: str) -> str:
    """The figure as written in ``text`` (its span), else its ``.text``."""
    start, end = getattr(figure, "start", None), getattr(figure, "end", None)
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
        return text[start:end]
    return str(figure.text)


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'")
    return _SPACES.sub(" ", text.casefold()).strip()


def _words(text: str) -> list[str]:
    return [w.rstrip("s") for w in re.findall(r"[^\W\d_]+", normalise(text))]


def rendered_alike(target: Any, en: str, match: Any, brief: str) -> bool:
    """Is the brief's figure written as the listed English form?

    Equal text, or the same digits where the brief has a bare number whose unit words follow
    within a few characters ("100 and 150 euros", "a 100-euro fine" for "100 euros").
    """
    want, got = written(target, en), written(match, brief)
    if normalise(want) == normalise(got):
        return True
    if getattr(match, "kind", None) not in PLAIN_KINDS:
        return False
    if _NUMBER.findall(want) != _NUMBER.findall(got):
        return False
    unit = _words(_NUMBER.sub(" ", want))
    end = getattr(match, "end", None)
    if not unit or not isinstance(end, int):
        return False
    # Only other numbers and connectors may stand between: "100 and 150 euros", "100-euro".
    pattern = r"(?:\s*(?:,|and|or|to|-|–)\s*\d[\d,.]*)*\s*-?\s*" + r"\W+".join(
        re.escape(w) + "s?" for w in unit
    )
    return re.match(pattern, normalise(brief[end : end + UNIT_WINDOW])) is not None


@dataclass
class ArticleFigures:
    listed: int = 0
    found: int = 0
    must_keep: int = 0
    must_keep_found: int = 0
    text_matched: int = 0
    missing: list[str] = field(default_factory=list)
    missing_must_keep: list[str] = field(default_factory=list)
    rendering_errors: list[dict[str, str]] = field(default_factory=list)
    invented: list[str] | None = None
    """Texts of brief figures not in the source; None when the source text is not known."""

    def as_dict(self) -> dict[str, Any]:
        return {
            "listed": self.listed,
            "found": self.found,
            "must_keep": self.must_keep,
            "must_keep_found": self.must_keep_found,
            "text_matched": self.text_matched,
            "rendering_errors": self.rendering_errors,
            "missing": self.missing,
            "missing_must_keep": self.missing_must_keep,
            "invented": self.invented,
        }


class FigureScorer:
    """Scores briefs against references; German source figures are parsed once per article."""

    def __init__(self, parser: FigureParser):
        self.parser = parser
        self._source_cache: dict[str, list[Any]] = {}
        self._en_cache: dict[str, list[Any]] = {}

    def _english(self, text: str) -> list[Any]:
        if text not in self._en_cache:
            self._en_cache[text] = list(self.parser.find_english(text))
        return self._en_cache[text]

    def _source(self, ref: Reference) -> list[Any] | None:
        if ref.text is None or self.parser.extract_german is None:
            return None
        if ref.id not in self._source_cache:
            self._source_cache[ref.id] = list(self.parser.extract_german(ref.text))
        return self._source_cache[ref.id]

    def _match(self, target: Any, en: str, candidates: list[Any], brief: str) -> Any | None:
        same = [c for c in candidates if kinds_compatible(target, c)]
        if getattr(target, "unit", None) != "word":  # "one" in the brief is no evidence for "1"
            same = [c for c in same if getattr(c, "unit", None) != "word"]
        same = [c for c in same if self.parser.same_value(target, c)]
        if self.parser.says_otherwise is not None:  # "5 degrees" for "minus 5 degrees"
            otherwise = self.parser.says_otherwise
            same = [c for c in same if not otherwise(target, en, c, brief)]
        if not same:
            return None
        for c in same:  # prefer a figure written the same way
            if normalise(written(c, brief)) == normalise(written(target, en)):
                return c
        return same[0]

    def score(self, ref: Reference, brief: str) -> ArticleFigures:
        result = ArticleFigures()
        brief_figures = self._english(brief) if brief.strip() else []
        brief_norm = normalise(brief)
        for kf in ref.key_figures:
            result.listed += 1
            result.must_keep += kf.must_keep
            verbatim = normalise(kf.en) in brief_norm
            targets = self._english(kf.en)
            if not targets:
                result.text_matched += 1
                found, rendered = verbatim, verbatim
            else:
                matches = [self._match(t, kf.en, brief_figures, brief) for t in targets]
                found = all(m is not None for m in matches)
                rendered = found and (
                    verbatim
                    or all(
                        rendered_alike(t, kf.en, m, brief)
                        for t, m in zip(targets, matches, strict=True)
                    )
                )
                if found and not rendered:
                    result.rendering_errors.append(
                        {"en": kf.en, "brief": "; ".join(written(m, brief) for m in matches)}
                    )
            if found:
                result.found += 1
                result.must_keep_found += kf.must_keep
            else:
                result.missing.append(kf.en)
                if kf.must_keep:
                    result.missing_must_keep.append(kf.en)
        source = self._source(ref)
        if source is not None:
            result.invented = [
                written(b, brief) for b in brief_figures if self._invented(b, source)
            ]
        return result

    def _invented(self, figure: Any, source: list[Any]) -> bool:
        """Not in the source: no source figure of the same value, nor one whose value holds all
        of this one's numbers ("6-2" inside the set score "6:2, 7:6", 1961 inside "1961 bis
        1990"). Number words ("two", "one") are soft evidence and never count as invented."""
        if getattr(figure, "unit", None) == "word":
            return False
        if any(self.parser.same_value(figure, s) for s in source):
            return False
        mine = atoms(getattr(figure, "value", None))
        return not (mine and any(mine <= atoms(getattr(s, "value", None)) for s in source))
