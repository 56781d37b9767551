"""Where English text says that a number is negative: a sign, a word, or a fall.

The check matches figures by magnitude ("-4,7 %" and "4.7%" have the same atoms), so a
translation that drops a minus would pass unseen. These readers let it see one:

* ``marked_negative``: the number itself carries the sign: "-4.7%", "(−1.2%)", "minus five",
  "negative 0.5 percent", "5 degrees below zero", "five degrees of frost";
* ``falls_in_clause``: the number's clause says it is a fall ("fell 4.7 percent", "a decline of
  4.7%", "closed 1.2 percent lower"): a change down needs no sign. A temperature is a level, not
  a change, so only the first reader counts for it;
* ``direction_in_clause``: the clause says only a fall or only a rise, so that a change the
  translation turned round ("-0,2 Prozent", "ein Minus von 1,3 Prozent" -> "rose 1.3 percent")
  is seen.
"""

from __future__ import annotations

import re

from .model import Figure

# a sign touching its number; a dash after a digit or a word is a range or a hyphen ("2-3")
_BEFORE = re.compile(r"(?:(?<![\w.,])[-−–]|\b(?:minus|negative)\s)$", re.IGNORECASE)
_AFTER = re.compile(
    r"^(?:\s?°\s?C?|\s(?:degrees?|°C)(?:\s[Cc]elsius)?)?\s(?:below\s(?:zero|freezing)|of\sfrost"
    r"|under\s(?:par|the\scard))\b",  # golf: "seven under par" for "minus sieben Schlägen"
    re.IGNORECASE,
)
_FALLS = re.compile(
    r"\b(?:f[ae]ll(?:s|ing|en)?|drop(?:s|ped|ping)?|declin\w*|decreas\w*|lo(?:st|ses?|sing|ss"
    r"(?:es)?)|down|lower(?:ed)?|shr[aiu]nk\w*|s[aiu]nk\w*|slump\w*|plung\w*|plummet\w*|tumbl\w*"
    r"|slid(?:e|es|ing)?|slip(?:s|ped|ping)?|contract(?:s|ed|ing|ion)|minus|negative|deficits?"
    r"|reduc\w*|cut(?:s|ting)?|eas(?:ed|ing)|weaken\w*|weaker|retreat\w*|dip(?:s|ped|ping)?"
    r"|shed|sub-zero|below)\b",
    re.IGNORECASE,
)
# ... and a rise ("up" but not "up to", "more" but not "more than": those are qualifiers)
_RISES = re.compile(
    r"\b(?:r[io]se[ns]?|rising|gr[eo]w(?:s|n|ing)?|growth|gain(?:s|ed|ing)?|(?<!-)up(?!\s+to\b)"
    r"|increas\w*|rais(?:e|es|ed|ing)|climb\w*|jump\w*|surg\w*|soar\w*|higher|advanc\w*|plus"
    r"|boost\w*|rall(?:y|ied|ies)|stronger|profits?|surplus|more(?!\s+than\b)|above|additional)\b",
    re.IGNORECASE,
)
# a clause ends at these: "fell 3 percent, while exports rose 5 percent"
_CLAUSE_END = re.compile(r"[;:()]|[.,](?=\s|$)|\s(?:while|whereas|but)\s|\s[–—]\s")


def marked_negative(text: str, figure: Figure) -> bool:
    """``figure`` (found in ``text``) carries a minus of its own."""
    return bool(
        _BEFORE.search(text[max(0, figure.start - 9) : figure.start])
        or _AFTER.match(text[figure.end : figure.end + 30])
    )


def clause_around(
    text: str, start: int, end: int, ends: re.Pattern = _CLAUSE_END, reach: int | None = None
) -> str:
    """The clause of ``text`` that holds ``text[start:end]``: from the last clause end before
    it to the first after it, looked for within ``reach`` characters (all the text if None)."""
    low, high = (max(0, start - reach), end + reach) if reach else (0, len(text))
    marks = list(ends.finditer(text, low, high))
    first = max((m.end() for m in marks if m.end() <= start), default=low)
    last = min((m.start() for m in marks if m.start() >= end), default=high)
    return text[first:last]


# a short aside in brackets without a number ends no clause: "an operating loss (EBIT) of"
_ASIDE = re.compile(r"\([^()\d]{1,30}\)")


def _clause(text: str, figure: Figure) -> str:
    # (the aside blanked out, so that positions stay)
    text = _ASIDE.sub(lambda m: " " * len(m[0]), text)
    return clause_around(text, figure.start, figure.end)


def falls_just_before(text: str, figure: Figure) -> bool:
    """A fall said right before ``figure`` ("down 4.1 percent", "a decline of 9 percent")."""
    return bool(_FALLS.search(text[max(0, figure.start - 16) : figure.start]))


def falls_in_clause(text: str, figure: Figure) -> bool:
    """The clause around ``figure`` says the number is a fall."""
    return bool(_FALLS.search(_clause(text, figure)))


# nouns that say a way only where no verb does: "a deficit of 0.8", but "the deficit is set to
# rise by 0.8", "profit fell 5 percent"
_WAY_NOUNS = re.compile(r"\b(?:deficits?|loss(?:es)?|profits?|surplus)\b", re.IGNORECASE)


# a margin's side, a way only for the direction of a change (not a sign said in words: "has a
# goal difference of 21 and is nine points behind" lost the minus of the 21)
_BEHIND = re.compile(r"\b(?:behind|adrift)\b", re.IGNORECASE)
_AHEAD = re.compile(r"\bahead\b(?!\s+of\b)", re.IGNORECASE)


# a comparison right after the number: "3.8 percent more than in 2022", "3,000 fewer than"
_COMPARED = re.compile(
    r"\s(?:(?P<rise>more|higher|greater|larger|up)|(?P<fall>less|fewer|lower|smaller|down))"
    r"\s(?:than|on|from)\b",
    re.IGNORECASE,
)


def direction_in_clause(text: str, figure: Figure) -> str | None:
    """``fall`` or ``rise`` where the words right after ``figure`` compare it ("3.8 percent
    more than in 2022") or the clause around it says only the one; else None."""
    if compared := _COMPARED.match(text, figure.end):
        return "rise" if compared["rise"] else "fall"
    clause = _clause(text, figure)
    for words in (_WAY_NOUNS.sub(" ", clause), clause):
        falls = bool(_FALLS.search(words) or _BEHIND.search(words))
        rises = bool(_RISES.search(words) or _AHEAD.search(words))
        if falls != rises:
            return "fall" if falls else "rise"
    return None


_DEGREES = re.compile(r"°|\bdegrees?\b", re.IGNORECASE)


def in_degrees(english: str) -> bool:
    """A temperature: "minus 5 degrees", "-5 °C"."""
    return bool(_DEGREES.search(english))


def is_temperature(text: str, figure: Figure) -> bool:
    """``figure`` (found in ``text``) is in degrees: said in its own text or just after it."""
    return in_degrees(figure.text) or bool(
        _DEGREES.match(text[figure.end : figure.end + 12].lstrip())
    )


def sign_lost(figure: Figure, text: str, other: Figure, other_text: str) -> bool:
    """English ``figure`` (in ``text``) carries a minus that ``other`` (in ``other_text``, same
    magnitude) lacks: no minus of its own and, unless a temperature, no fall in its clause."""
    if not marked_negative(text, figure) or marked_negative(other_text, other):
        return False
    return is_temperature(text, figure) or not falls_in_clause(other_text, other)
