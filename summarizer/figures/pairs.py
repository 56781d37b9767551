"""A unit written once for a pair or a list of numbers: ``von 12,1 auf 14,3 Prozent``,
``82'320 bis 88'650 Personen``, ``12.1 to 14.3 percent``.

The last member carries the unit; each bare number before it, joined to the next member by a
range or list word (``bis``, ``auf``, ``und``, ``to``, a comma), takes that member's kind and
unit, so that no member reads as a loose number. On the source side the member also takes the
unit's English words (``12.1 percent``); its value and digits stay its own.
"""

from __future__ import annotations

import re

from .model import Figure

UNIT_KINDS = frozenset({"percent", "percentage_points", "money", "measure", "count"})
_LEADING_NUMBER = re.compile(r"[+\-]?\d[\d,.]*")
_SCALE = re.compile(r"\b(?:thousand|million|billion|trillion)\b")


def share_units(figures: list[Figure], text: str, link: re.Pattern, english: bool) -> None:
    """Give each bare number the unit of the member after it, across a ``link`` (a pattern for
    the whole text between the two figures); ``english`` figures keep their text."""
    shared: set[int] = set()
    for i in range(len(figures) - 2, -1, -1):
        f, after = figures[i], figures[i + 1]
        if f.kind != "number" or f.qualifier or f.unit or after.kind not in UNIT_KINDS:
            continue
        if not link.fullmatch(text, f.end, after.start):
            continue
        # a list ends with a list word: "242 von 422, 57 Prozent" is no list of percentages
        if text[f.end : after.start].strip().startswith(",") and i + 1 not in shared:
            continue
        shared.add(i)
        if not english:
            own = _LEADING_NUMBER.fullmatch(f.text)
            theirs = _LEADING_NUMBER.match(after.text)
            tail = after.text[theirs.end() :] if theirs else ""
            # a scale is not shared: "um 552.000 auf 45,6 Millionen" is no 552,000 million
            if not (own and theirs) or isinstance(after.value, dict) or _SCALE.search(tail):
                continue
            f.text += tail
        f.kind, f.unit = after.kind, after.unit
