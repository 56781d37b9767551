"""Which side of its number a qualifier puts a figure: "more than 1,000" is above it, "up to
1,000" and "almost 1,000" below it, "about 1,000" on neither (``ROUGH``; a firm bound for it is
another figure).

The check reads the English words just before a figure's number. A translation that turns the
source's "mehr als 1000" into "less than 1,000" keeps the number and reverses the figure.
"""

from __future__ import annotations

import re

ABOVE = [
    "more than", "over", "above", "at least", "well over", "just over", "no fewer than",
    "no less than", "not less than", "not fewer than", "upwards of", "in excess of",
    "older than", "a good", "a minimum of", "not below", "not under", "at the earliest",
    "at the very least", "or more", "or later", "or above",
]  # fmt: skip
BELOW = [
    "less than", "fewer than", "under", "below", "at most", "up to", "almost", "nearly",
    "just under", "well below", "well under", "no more than", "not more than", "younger than",
    "barely", "not quite", "a maximum of", "not above", "not over", "at the latest",
    "at the most", "or less", "or fewer", "or earlier", "or below",
]  # fmt: skip
_SIDE = {q: "above" for q in ABOVE} | {q: "below" for q in BELOW}
# on neither side: "rund 1000" is no bound, so "up to 1,000" or "more than 1,000" for it is
# another figure; "nearly 1,000" only leans ("almost", "just under" are left alone)
ROUGH = ["about", "around", "approximately", "roughly", "some", "circa"]
FIRM = [
    "more than", "over", "above", "at least", "no fewer than", "no less than", "in excess of",
    "less than", "fewer than", "under", "below", "at most", "up to", "no more than",
    "a minimum of", "a maximum of",
]  # fmt: skip
_BEFORE = re.compile(
    r"\b(?P<q>"
    + "|".join(re.escape(q) for q in sorted([*_SIDE, *ROUGH], key=len, reverse=True))
    + r")\s+$",
    re.IGNORECASE,
)


# ... and after it: "by 2035 at the latest", "5,000 or more" (the bounds that English writes
# after the number)
_AFTER_WORDS = [q for q in [*ABOVE, *BELOW] if q.startswith(("at the ", "or "))]
_AFTER = re.compile(
    r"\s+(?P<q>" + "|".join(re.escape(q) for q in _AFTER_WORDS) + r")\b", re.IGNORECASE
)


def says_another_bound(a: str | None, b: str | None) -> bool:
    """Two qualifiers that put a figure in different places: on opposite sides ("more than",
    "less than"), or one rough and one firm ("around", "up to")."""
    if {side(a), side(b)} == {"above", "below"}:
        return True
    rough = {q for q in (a, b) if q and q.lower() in ROUGH}
    firm = {q for q in (a, b) if q and q.lower() in FIRM}
    return bool(rough and firm)


def side(qualifier: str | None) -> str | None:
    """``above``, ``below`` or None (no qualifier, or one on neither side: "about")."""
    return _SIDE.get((qualifier or "").lower())


def qualifier_before(english: str, start: int) -> re.Match | None:
    """The qualifier that ends just before ``start`` in ``english`` (its span is group ``q``)."""
    return _BEFORE.search(english, max(0, start - 30), start)


def qualifier_after(english: str, end: int) -> re.Match | None:
    """The qualifier that follows a figure's number ending at ``end`` ("at the latest")."""
    return _AFTER.match(english, end)
