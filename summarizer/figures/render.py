"""English rendering of figures: one house style, used by extraction, the check and repairs.

Style (matches the ``en`` strings of ``eval/data/dev.jsonl``):

* digits: comma thousands, point decimals, source precision kept: ``2.462.000`` -> ``2,462,000``,
  ``34,45 Millionen`` -> ``34.45 million``, ``4,0 Prozent`` -> ``4.0 percent``;
  number words stay words: ``drei Wochen`` -> ``three weeks``, ``eine Million`` -> ``one million``
* money: ``1,5 Milliarden Euro`` -> ``1.5 billion euros``; ``Franken`` -> ``francs``;
  a currency written before the number keeps its code for francs and dollars (``CHF 80 000`` ->
  ``CHF 80,000``, ``Fr. 2.50`` -> ``CHF 2.50``, ``$ 5`` -> ``$5``) and becomes words for euros
  (``€ 3,-`` -> ``3 euros``, ``€ 4,50`` -> ``4.50 euros``)
* percent: ``3,2 Prozent`` -> ``3.2 percent``; ``30 %`` -> ``30%``; ``0,3 Prozentpunkte`` ->
  ``0.3 percentage points``
* dates: ``January 3, 2022``, ``September 7``, ``January 2022``, ``between September 7 and
  October 1``, ``from April 8 to May 15, 2021``, ``early March``; weekdays ``Friday``
* times: 12-hour clock, ``23:50 Uhr`` -> ``11:50 p.m.``, ``12.30 Uhr`` -> ``12:30 p.m.``
* scores: hyphen, winner first where the noun says who lost (``3:6, 4:6-Niederlage`` ->
  ``6-3, 6-4 defeat``), otherwise as written (``3:2`` -> ``3-2``)
* qualifiers: ``mehr als``/``über`` -> ``more than``, ``rund`` -> ``around``, ``etwa`` ->
  ``about``, ``knapp``/``fast`` -> ``almost``, ``bis zu`` -> ``up to``, ``mindestens`` ->
  ``at least``, ``plus`` -> ``up``
* ordinals: digits for ``3. Platz`` -> ``3rd place``, words for ``zum dritten Mal`` -> ``for the
  third time`` and for quarters (``3. Quartal`` -> ``third quarter``)
* identifiers (``A1``, ``MA 22``, ``Covid-19``, court file numbers) unchanged, except the
  conventional spellings ``COVID-19`` and ``CO2`` and labels (``Seite 3`` -> ``page 3``).
"""

from __future__ import annotations

from . import de_data as D
from .numbers import format_number

MONTH_NAMES = [
    "", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
]  # fmt: skip


def ordinal_suffix(n: int) -> str:
    """``3`` -> ``3rd``, ``11`` -> ``11th``, ``22`` -> ``22nd``, ``100000`` -> ``100,000th``."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n:,}{suffix}"


def ordinal_word(n: int) -> str:
    return D.ENGLISH_ORDINALS.get(n, ordinal_suffix(n))


def number_word(n: int | float) -> str:
    """English words for a number written in words (``2`` -> ``two``, ``2.5`` -> ``two and a
    half``, ``25`` -> ``twenty-five``, ``300`` -> ``three hundred``, ``5000`` -> ``five
    thousand``); digits for any other."""
    if n in D.ENGLISH_NUMBER_WORDS:
        return D.ENGLISH_NUMBER_WORDS[n]
    if isinstance(n, int) and 20 < n < 100:
        return f"{D.ENGLISH_NUMBER_WORDS[n - n % 10]}-{D.ENGLISH_NUMBER_WORDS[n % 10]}"
    if isinstance(n, int) and 100 < n < 1000 and n % 100 == 0:
        return f"{D.ENGLISH_NUMBER_WORDS[n // 100]} hundred"
    if isinstance(n, int) and 1000 < n < 1_000_000 and n % 1000 == 0:
        thousands = number_word(n // 1000)
        if not thousands[0].isdigit():  # "twenty-five thousand", not "250 thousand"
            return f"{thousands} thousand"
    return format_number(n)


FRACTION_WORDS = {2: ("half", "halves"), 3: ("third", "thirds"), 4: ("quarter", "quarters")}


def times(n: int) -> str:
    """A count of times in English: "once", "twice", "three times"."""
    return {1: "once", 2: "twice"}.get(n, f"{number_word(n)} times")


def fraction(n: int, d: int, shown: str) -> str:
    """``n``/``d`` in words: ``(1, 4)`` -> ``a quarter``, ``(1, 5)`` -> ``one fifth``, ``(2, 3)``
    -> ``two thirds``; ``shown`` is the English of ``n``."""
    one, many = FRACTION_WORDS.get(d) or (ordinal_word(d), ordinal_word(d) + "s")
    if n == 1:
        return f"a {one}" if d in FRACTION_WORDS else f"one {one}"
    return f"{shown} {many}"


def scale_word(scale: float) -> str:
    return D.ENGLISH_SCALES.get(scale, "")


def with_qualifier(qualifier: str | None, text: str) -> str:
    """``about`` + ``5 euros``; inside a range: ``between about 600 and 900 euros``."""
    if not qualifier:
        return text
    for opening in ("between ", "from "):
        if text.startswith(opening):
            return f"{opening}{qualifier} {text.removeprefix(opening)}"
    return f"{qualifier} {text}"


def with_part(part: str | None, text: str) -> str:
    """A part of a period before it: "mid-2016", "late 60s", "early March"."""
    if part == "mid":
        return f"mid-{text}"
    return f"{part} {text}" if part else text


def render_date(day: int | None, month: int | None, year: int | None) -> str:
    """``(7, 9, None)`` -> ``September 7``; ``(3, 1, 2022)`` -> ``January 3, 2022``."""
    parts = []
    if month:
        parts.append(MONTH_NAMES[month])
    if day:
        parts.append(str(day))
    text = " ".join(parts)
    if year:
        text = f"{text}, {year}" if day else (f"{text} {year}" if text else str(year))
    return text


def date_value(day: int | None, month: int | None, year: int | None) -> str:
    """ISO-like value: ``2023-10-01``, ``--09-07``, ``2023-10``, ``--01``, ``2023``."""
    if year and month and day:
        return f"{year:04d}-{month:02d}-{day:02d}"
    if month and day:
        return f"--{month:02d}-{day:02d}"
    if year and month:
        return f"{year:04d}-{month:02d}"
    if month:
        return f"--{month:02d}"
    return f"{year:04d}" if year else ""


def render_time(hour: int, minute: int) -> str:
    """``23, 50`` -> ``11:50 p.m.``; ``12, 30`` -> ``12:30 p.m.``; ``0, 15`` -> ``12:15 a.m.``."""
    suffix = "a.m." if hour < 12 or hour == 24 else "p.m."
    h = hour % 12 or 12
    return f"{h}:{minute:02d} {suffix}"


def plural(word: tuple[str, str] | None, count: float, force_plural: bool = False) -> str:
    if not word:
        return ""
    singular, many = word
    if not force_plural and count == 1:
        return singular
    return many
