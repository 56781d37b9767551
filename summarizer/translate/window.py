"""Sentences longer than the model's window: split at clause boundaries, then by words.

Nothing is ever truncated: every character of the source lands in exactly one part, the parts
are translated separately and their translations joined with a space.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

WINDOW_TOKENS = 200
"""Longest source sent to a translation model at once. Marian models accept 512 positions, but
OPUS-MT was trained on sentence pairs and degrades (drops clauses) on much longer inputs; every
backend caps its window here and longer sentences are split at clause boundaries."""

# Strongest boundary first: ";", dash between clauses, "," before a conjunction or relative
# pronoun, any ",", then whitespace.
BOUNDARIES = [
    re.compile(r"(?<=;)\s+"),
    re.compile(r"\s+(?=[–—-]\s)"),
    re.compile(
        r"(?<=,)\s+(?=(?:und|oder|aber|doch|sondern|denn|weil|dass|da|wenn|als|ob|"
        r"obwohl|während|nachdem|bevor|damit|die|der|das|dem|den|deren|dessen|wo|wie)\b)"
    ),
    re.compile(r"(?<=,)\s+"),
    re.compile(r"\s+"),
]


def split_to_fit(text: str, count: Callable[[str], int], limit: int) -> list[str]:
    """Parts of ``text`` whose token counts are each ≤ ``limit``, in order, joined = text."""
    return [p.strip() for p in _pieces(text, count, limit, 0) if p.strip()]


def _pieces(text: str, count: Callable[[str], int], limit: int, level: int) -> list[str]:
    """Cut at the strongest boundary present; neighbours that fit are packed back together,
    but never across a stronger boundary than the one being cut."""
    if count(text) <= limit:
        return [text]
    if level >= len(BOUNDARIES):
        return _split_word(text, count, limit)
    cuts = [m.end() for m in BOUNDARIES[level].finditer(text) if 0 < m.start() < len(text)]
    if not cuts:
        return _pieces(text, count, limit, level + 1)
    bounds = [0, *cuts, len(text)]
    parts = [text[a:b] for a, b in itertools.pairwise(bounds) if a < b]
    result: list[str] = []
    run: list[str] = []
    for part in parts:
        if count(part) <= limit:
            run.append(part)
            continue
        result += _pack(run, count, limit)
        run = []
        result += _pieces(part, count, limit, level + 1)
    return result + _pack(run, count, limit)


def _split_word(text: str, count: Callable[[str], int], limit: int) -> list[str]:
    """A single 'word' longer than the window (a URL, a number list): cut by characters."""
    parts, start = [], 0
    step = max(1, len(text) * limit // max(count(text), 1) - 1)
    while start < len(text):
        parts.append(text[start : start + step])
        start += step
    return parts


def _pack(pieces: list[str], count: Callable[[str], int], limit: int) -> list[str]:
    """Greedily join neighbouring pieces while they still fit."""
    packed: list[str] = []
    for piece in pieces:
        if packed and count(packed[-1] + piece) <= limit:
            packed[-1] += piece
        else:
            packed.append(piece)
    return packed


def translate_long(translator, sentences: list[str], limit: int | None = None) -> list[str]:
    """Translate sentences of any length: split the long ones, translate all parts in one batch."""
    limit = limit or translator.max_tokens
    parts_of = [split_to_fit(s, translator.count_tokens, limit) for s in sentences]
    flat = [p for parts in parts_of for p in parts]
    translated = iter(translator.translate(flat)) if flat else iter(())
    return [" ".join(next(translated) for _ in parts) for parts in parts_of]
