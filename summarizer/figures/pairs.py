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
from .numbers import format_number, normalise_value
from .render import number_word

UNIT_KINDS = frozenset({"percent", "percentage_points", "money", "measure", "count"})
# a currency written before a number: "€10", "CHF 10", "US$ 5", "Fr. 10"
_CURRENCY_BEFORE = re.compile(r"^\D*(?:[€$£]|\b[A-Z]{3}|\bFr\.)\s?(?=\d)")
_LEADING_NUMBER = re.compile(r"[+\-]?\d[\d,.]*")
_SCALE = re.compile(r"\b(?:thousand|million|billion|trillion)\b")
# English scale words and abbreviations (also read by ``english``)
ENGLISH_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "mn": 1e6,
                  "mln": 1e6, "bln": 1e9, "m": 1e6, "bn": 1e9}  # fmt: skip


def _shared_scale(f: Figure, after: Figure, tail: str) -> float | None:
    """The scale of ``after`` (said in its English ``tail``) that the bare number ``f`` shares:
    "von 412 auf 298 Mio. Euro" is 412 million; "um 552.000 auf 45,6 Millionen" is no 552,000
    million (a number of a thousand or more, or far from the other, keeps its own size)."""
    m = _SCALE.search(tail)
    if not m:
        return None
    scale = ENGLISH_SCALES[m.group(0)]
    return scale if _scale_fits(f, after, scale) else None


def _scale_fits(f: Figure, after: Figure, scale: float) -> bool:
    """``f`` (without a scale) and ``after`` (with ``scale``) are numbers of one size."""
    if not isinstance(f.value, (int, float)) or not isinstance(after.value, (int, float)):
        return False
    mine, theirs = abs(f.value), abs(after.value) / scale
    return 0 < mine < 1000 and bool(theirs) and 1 / 100 <= mine / theirs <= 100


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
        if after.kind == "money" and _CURRENCY_BEFORE.search(after.source):
            continue  # a currency written before the last number stands before each: "€5 to
            # €10"; "for those under 27 to €10" is an age and a price
        if english and _not_a_range(f, after, text):
            continue
        if after.kind in ("percent", "percentage_points") and _SCALE.search(f.text):
            continue  # "3.8 billion or 0.9 percent more": an amount and its share
        # a list ends with a list word: "242 von 422, 57 Prozent" is no list of percentages
        if text[f.end : after.start].strip().startswith(",") and i + 1 not in shared:
            continue
        shared.add(i)
        theirs = _LEADING_NUMBER.search(after.text)
        tail = after.text[theirs.end() :] if theirs else ""
        scale = _shared_scale(f, after, tail) if theirs else None
        if not english:
            own = _LEADING_NUMBER.fullmatch(f.text)
            if not (own and theirs) or isinstance(after.value, dict):
                continue
            if _SCALE.search(tail) and not scale:
                continue
            f.text += tail
        if scale:
            f.value = normalise_value(f.value * scale)  # type: ignore[operator]
        f.kind, f.unit = after.kind, after.unit


_FROM_BEFORE = re.compile(r"\bfrom\s$", re.IGNORECASE)


def _not_a_range(f: Figure, after: Figure, text: str) -> bool:
    """English "A to B" with A above B is no range (a range runs upward) unless a change says
    "from A to B": "and that of people over 65 to 18.2 percent" is an age and a share."""
    if text[f.end : after.start].strip() != "to":
        return False
    a, b = f.value, after.value
    if not (isinstance(a, int | float) and isinstance(b, int | float)) or a <= b:
        return False
    return not _FROM_BEFORE.search(text, 0, f.start)


# kinds whose figures may span a range of the compound's values ("14- bis 29-Jährige")
_RANGE_KINDS = UNIT_KINDS | {"number"}
_ENGLISH_NUMBER = re.compile(r"\d[\d,.]*|[a-z]+(?:-[a-z]+)*")


def _compound_number(f: Figure) -> tuple[int, int] | None:
    """Where the English of ``f`` says its own number ("29" of "29-year-old", "four" of
    "four-figure sum", "twenty-five" of "twenty-five-year-old"), if it says it at all."""
    said = {format_number(f.value), number_word(f.value)}  # type: ignore[arg-type]
    for m in _ENGLISH_NUMBER.finditer(f.text):
        parts = m.group(0).split("-")
        for k in range(len(parts), 0, -1):
            if "-".join(parts[:k]) in said:
                return m.start(), m.start() + len("-".join(parts[:k]))
    return None


def join_truncated(figures: list[Figure], text: str, link: re.Pattern) -> list[Figure]:
    """A number cut off before a compound's hyphen takes the compound after it: "14- bis
    29-Jährige" is one figure, the ages 14 to 29 ("14- to 29-year-old"); "200- und
    500-Euro-Scheine" and "Zwei-, Drei- und Vierzimmerwohnungen" stay one figure each, of the
    compound's kind ("200-euro notes"). ``link`` is the text between the two (``Lang``)."""
    out = list(figures)
    for i in range(len(out) - 2, -1, -1):
        f, after = out[i], out[i + 1]
        m = link.fullmatch(text, f.end, after.start)
        if not m or f.kind != "number" or f.unit or after.kind not in _RANGE_KINDS:
            continue
        if isinstance(f.value, dict) or isinstance(after.value, dict) or after.qualifier:
            continue
        said = _compound_number(after)
        if not said or (after.kind == "number" and said == (0, len(after.text))):
            continue  # "Zwei- und Vierbeiner": the second is no compound the rules know
        before, number, rest = (
            after.text[: said[0]],
            after.text[said[0] : said[1]],
            after.text[said[1] :],
        )
        if not m.group("range"):
            f.text = f"{before}{f.text}{rest}"
            f.kind, f.unit = after.kind, after.unit
            continue
        cut = "-" if rest.startswith("-") else ""  # "14- to 29-year-old", "five to seven times"
        out[i : i + 2] = [
            Figure(
                source=text[f.start : after.end],
                start=f.start,
                end=after.end,
                kind=after.kind,
                value={"from": f.value, "to": after.value},
                text=f"{before}{f.text}{cut} to {number}{rest}",
                qualifier=f.qualifier,
                unit=after.unit,
            )
        ]
    return out


# the scale words; "m" is a scale only touching its number ("€5m"; "8.94 m" is meters)
SCALE_WORDS = "|".join(w for w in ENGLISH_SCALES if w != "m")
_ENGLISH_SCALE = re.compile(rf"\b({SCALE_WORDS})\b|\d(bn|m)\b")


def share_scales(figures: list[Figure], text: str, link: re.Pattern) -> None:
    """English: the scale written once for a pair, "10.4 to 11.2 million", "between €550 and
    €600 million": the first member is 10.4 million, 550 million (as ``_shared_scale`` allows);
    the currency written once, "€550–600 million": the second is euros too."""
    for i in range(len(figures) - 2, -1, -1):
        f, after = figures[i], figures[i + 1]
        if not link.fullmatch(text, f.end, after.start):
            continue
        if f.kind == "money" and after.kind == "number" and after.unit != "word":
            after.kind, after.unit = f.kind, f.unit  # "€550–600 million": euros both
        if f.kind != after.kind or f.unit != after.unit or _ENGLISH_SCALE.search(f.source):
            continue
        m = _ENGLISH_SCALE.search(after.source)
        if not m:
            continue
        scale = ENGLISH_SCALES[m.group(1) or m.group(2)]
        if _scale_fits(f, after, scale):
            f.value = normalise_value(f.value * scale)  # type: ignore[operator]
