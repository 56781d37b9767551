"""Parsing German, Austrian and Swiss digit forms, and formatting numbers the English way.

Accepted source forms (``parse_number``):

* ``1000``, ``1.000``, ``2.462.000`` (German thousands dot: a dot followed by exactly three digits)
* ``1 000`` with a space, U+00A0 or U+202F; ``80'000``, ``80’000``, ``80‘000`` and ``80`000``
  (Swiss apostrophe, and the backtick typed for it)
* decimal comma ``3,2``, ``34,45``; Swiss/English decimal point where the group after the dot is
  not three digits long (``19.99``, ``2.50``)
* ``3,-`` (price with no cents) -> 3

English output (``format_digits``): comma thousands and point decimals, keeping the number of
decimals written in the source (``4,0`` -> ``4.0``, ``2.462.000`` -> ``2,462,000``). Four-digit
numbers get a comma too (``1000`` -> ``1,000``), except years, which are rendered elsewhere.
"""

from __future__ import annotations

import re

# One digit group pattern for use inside bigger expressions. Order matters: grouped forms first.
NUMBER_PATTERN = (
    r"(?<![\d.,:'’‘`])(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?(?!\.?\d)"  # 2.462.000 / 1.000,5
    r"|\d{1,3}(?:['’‘`]\d{3})+(?:[.,]\d+)?(?!\d)"  # 80'000 / 80’000.50 / 154‘200 / 82`320
    r"|\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?:,\d+)?(?![\d:]|\.\d)"  # 2 000
    r"|\d+,\d+(?!\d)"  # 3,2
    r"|\d+,-(?!\w)"  # 3,-
    r"|\d+\.\d{1,2}(?!\d|\.\d)"  # 19.99 (Swiss decimal point)
    r"|\d+(?![\d]|[.,]\d))"  # never the head of a longer number ("5" of "5.000er")
)


def parse_number(s: str) -> int | float:
    """Value of a source digit string: ``"2.462.000"`` -> 2462000, ``"34,45"`` -> 34.45."""
    s = s.strip()
    if s.endswith(",-"):
        return int(s[:-2])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        s = s.replace(".", "").replace(",", ".")
    else:
        s = re.sub(r"[\u00a0\u202f\u2009 '’‘`]", "", s)
        s = s.replace(",", ".")
    if "." in s:
        return float(s)
    return int(s)


def decimals_of(s: str) -> int:
    """Number of decimals written in a source digit string (``"4,0"`` -> 1)."""
    s = s.strip()
    if s.endswith(",-"):
        return 0
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", s):
        return 0
    m = re.search(r"[.,](\d+)$", s)
    if m and not re.fullmatch(r"\d{1,3}(?:\.\d{3})+", s):
        return len(m.group(1))
    return 0


def format_number(value: int | float, decimals: int | None = None) -> str:
    """English digits: ``2462000`` -> ``2,462,000``; ``34.45`` -> ``34.45``."""
    if decimals is None:
        if isinstance(value, float) and not value.is_integer():
            text = repr(value)
            decimals = len(text.split(".")[1]) if "." in text and "e" not in text else 2
        else:
            decimals = 0
    if decimals == 0:
        return f"{round(value):,}"
    return f"{value:,.{decimals}f}"


def format_digits(s: str) -> str:
    """Re-write one source digit string in English style, keeping its precision."""
    return format_number(parse_number(s), decimals_of(s))


def normalise_value(value: float | int) -> int | float:
    """Whole floats become ints (``1.5e9`` stays float only if fractional)."""
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e18:
            return int(value)
        return round(value, 6)
    return value


# Invisible format characters (soft hyphen, zero-width space/joiners, word joiner, BOM): copied
# text carries them inside numbers ("1\u00ad000"), where they would split one number into two.
FORMAT_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_FORMAT_RE = re.compile(f"[{FORMAT_CHARS}]")


def without_format_chars(text: str) -> tuple[str, list[int] | None]:
    """``text`` without invisible format characters, and where each kept character came from.

    The second item maps an index of the cleaned text to its index in ``text`` (one entry more
    than the cleaned text, for end offsets); it is ``None`` when there was nothing to remove.
    """
    if not _FORMAT_RE.search(text):
        return text, None
    kept = [i for i, ch in enumerate(text) if ch not in FORMAT_CHARS]
    return "".join(text[i] for i in kept), [*kept, len(text)]
