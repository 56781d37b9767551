"""Sentences longer than the model's window: split at clause boundaries, then by words.

Nothing is ever truncated: every character of the source lands in exactly one part, the parts
are translated separately and their translations joined with a space.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from functools import lru_cache

from summarizer.langdata import for_language

WINDOW_TOKENS = 200
"""Longest source sent to a translation model at once. Marian models accept 512 positions, but
OPUS-MT was trained on sentence pairs and degrades (drops clauses) on much longer inputs; every
backend caps its window here and longer sentences are split at clause boundaries."""


def boundaries(language: str = "de") -> list[re.Pattern]:
    """Clause boundaries, strongest first: ";", a dash between clauses, "," before one of the
    language's conjunctions or relative pronouns, any ",", then whitespace."""
    return _boundaries(for_language(language).clause_conjunctions)


@lru_cache(maxsize=8)
def _boundaries(conjunctions: tuple[str, ...]) -> list[re.Pattern]:
    levels = [re.compile(r"(?<=;)\s+"), re.compile(r"\s+(?=[–—-]\s)")]
    if conjunctions:
        words = "|".join(map(re.escape, conjunctions))
        levels.append(re.compile(r"(?<=,)\s+(?=(?:" + words + r")\b)"))
    return [*levels, re.compile(r"(?<=,)\s+"), re.compile(r"\s+")]


def split_to_fit(
    text: str, count: Callable[[str], int], limit: int, language: str = "de"
) -> list[str]:
    """Parts of ``text`` whose token counts are each ≤ ``limit``, in order, joined = text."""
    levels = boundaries(language)
    return [p.strip() for p in _pieces(text, count, limit, 0, levels) if p.strip()]


def _pieces(
    text: str, count: Callable[[str], int], limit: int, level: int, levels: list[re.Pattern]
) -> list[str]:
    """Cut at the strongest boundary present; neighbours that fit are packed back together,
    but never across a stronger boundary than the one being cut."""
    if count(text) <= limit:
        return [text]
    if level >= len(levels):
        return _split_word(text, count, limit)
    cuts = [m.end() for m in levels[level].finditer(text) if 0 < m.start() < len(text)]
    if not cuts:
        return _pieces(text, count, limit, level + 1, levels)
    bounds = [0, *cuts, len(text)]
    parts = [text[a:b] for a, b in itertools.pairwise(bounds) if a < b]
    result: list[str] = []
    run: list[str] = []
    run_counts: list[int] = []
    for part in parts:
        tokens = count(part)
        if tokens <= limit:
            run.append(part)
            run_counts.append(tokens)
            continue
        result += pack(run, count, limit, run_counts)
        run, run_counts = [], []
        result += _pieces(part, count, limit, level + 1, levels)
    return result + pack(run, count, limit, run_counts)


def _split_word(text: str, count: Callable[[str], int], limit: int) -> list[str]:
    """A single 'word' longer than the window (a URL, a number list): cut by characters."""
    parts, start = [], 0
    step = max(1, len(text) * limit // max(count(text), 1) - 1)
    while start < len(text):
        parts.append(text[start : start + step])
        start += step
    return parts


def pack(
    pieces: list[str],
    count: Callable[[str], int],
    limit: int,
    own: list[int] | None = None,
    sep: str = "",
) -> list[str]:
    """Greedily join neighbouring pieces with ``sep`` while they still fit in ``limit`` tokens,
    as if adding one at a time.

    Each piece fits alone (``own``: its count). Recounting the growing join after every piece
    would count a piece once per piece after it in its part; instead the end of each part is
    guessed from the pieces' own counts, checked on the joined text, and corrected by doubling
    and bisection (a joined text has at least the tokens of any run of its pieces), so a piece
    is counted a few times, not up to ``limit`` times."""
    own = own if own is not None else [count(p) for p in pieces]
    packed: list[str] = []
    i, n = 0, len(pieces)
    while i < n:

        def fits(j: int, i: int = i) -> bool:
            """pieces[i..j] joined fit (a single piece always does)."""
            return j == i or count(sep.join(pieces[i : j + 1])) <= limit

        guess, total = i, own[i]
        while guess + 1 < n and total + own[guess + 1] <= limit:
            guess += 1
            total += own[guess]
        if fits(guess):
            good, step = guess, 1
            bad = guess + 1
            while bad < n and fits(bad):
                good, step = bad, step * 2
                bad = min(good + step, n)
        else:
            good, bad = i, guess
        while bad - good > 1:  # the last that fits lies in [good, bad)
            mid = (good + bad) // 2
            if fits(mid):
                good = mid
            else:
                bad = mid
        packed.append(sep.join(pieces[i : good + 1]))
        i = good + 1
    return packed


CHUNK_SENTENCES = 32
"""Parts translated per call when a caller wants progress (``on_done``); never fewer than the
backend's own batch (``translator.batch_size``), so batching stays as efficient."""

Done = Callable[[int, int], None]
"""``on_done(sentences_done, sentences_total)``, called after each chunk."""


def translate_long(
    translator,
    sentences: list[str],
    limit: int | None = None,
    language: str = "de",
    on_done: Done | None = None,
) -> list[str]:
    """Translate sentences of any length: split the long ones, translate all parts in one batch
    (at the clause boundaries of the source ``language``). With ``on_done``, the parts go in
    chunks, shortest first (little padding), and ``on_done`` hears how many sentences are
    finished after each chunk."""
    limit = limit or translator.max_tokens
    parts_of = [split_to_fit(s, translator.count_tokens, limit, language) for s in sentences]
    flat = [p for parts in parts_of for p in parts]
    if on_done is None or not flat:
        translated = iter(translator.translate(flat)) if flat else iter(())
        return [" ".join(next(translated) for _ in parts) for parts in parts_of]
    owner = [n for n, parts in enumerate(parts_of) for _ in parts]
    left = [len(parts) for parts in parts_of]
    english = [""] * len(flat)
    size = max(CHUNK_SENTENCES, getattr(translator, "batch_size", 0))
    order = sorted(range(len(flat)), key=lambda k: len(flat[k]))
    finished = 0
    for start in range(0, len(order), size):
        chunk = order[start : start + size]
        for k, text in zip(chunk, translator.translate([flat[k] for k in chunk]), strict=True):
            english[k] = text
            left[owner[k]] -= 1
            finished += left[owner[k]] == 0
        on_done(finished, len(sentences))
    pieces = iter(english)
    return [" ".join(next(pieces) for _ in parts) for parts in parts_of]
