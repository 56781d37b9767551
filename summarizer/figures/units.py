"""The unit of measure an English figure names, so that the check can tell "five minutes" from
"fünf Stunden": the same number, not the same figure (currencies: ``english.other_currency``).

Only what these tables name is compared; a unit they do not know is never a conflict.
"""

from __future__ import annotations

import re

from .model import Figure

# English unit words -> one name per unit (longest first when read)
UNIT_NAMES = {
    "km/h": "km/h", "kph": "km/h", "kilometers per hour": "km/h", "kilometres per hour": "km/h",
    "kilometers an hour": "km/h", "kilometres an hour": "km/h", "km an hour": "km/h",
    "mph": "mph", "miles per hour": "mph", "miles an hour": "mph",
    "degrees Fahrenheit": "F", "°F": "F", "Fahrenheit": "F", "degrees Celsius": "C", "°C": "C",
    "Celsius": "C", "degrees": "C", "degree": "C", "°": "C",
    "terawatt hours": "TWh", "terawatt-hours": "TWh", "terawatt hour": "TWh", "TWh": "TWh",
    "gigawatt hours": "GWh", "gigawatt-hours": "GWh", "gigawatt hour": "GWh", "GWh": "GWh",
    "megawatt hours": "MWh", "megawatt-hours": "MWh", "megawatt hour": "MWh", "MWh": "MWh",
    "kilowatt hours": "kWh", "kilowatt-hours": "kWh", "kilowatt hour": "kWh", "kWh": "kWh",
    "gigawatts": "GW", "gigawatt": "GW", "GW": "GW", "megawatts": "MW", "megawatt": "MW",
    "MW": "MW", "kilowatts": "kW", "kilowatt": "kW", "kW": "kW",
    "square meters": "m2", "square metres": "m2", "square meter": "m2", "square metre": "m2",
    "sq m": "m2", "m²": "m2", "m2": "m2",
    "square kilometers": "km2", "square kilometres": "km2", "square kilometer": "km2",
    "square kilometre": "km2", "sq km": "km2", "km²": "km2", "km2": "km2",
    "square miles": "mi2", "square mile": "mi2", "sq mi": "mi2",
    "hectares": "ha", "hectare": "ha", "ha": "ha", "acres": "acre", "acre": "acre",
    "kilometers": "km", "kilometres": "km", "kilometer": "km", "kilometre": "km", "km": "km",
    "meters": "m", "metres": "m", "meter": "m", "metre": "m", "m": "m",
    "centimeters": "cm", "centimetres": "cm", "centimeter": "cm", "centimetre": "cm", "cm": "cm",
    "millimeters": "mm", "millimetres": "mm", "millimeter": "mm", "millimetre": "mm", "mm": "mm",
    "miles": "mile", "mile": "mile", "feet": "ft", "foot": "ft", "ft": "ft", "yards": "yd",
    "yard": "yd", "inches": "in", "inch": "in",
    "square feet": "ft2", "square foot": "ft2", "sq ft": "ft2",
    "milligrams": "mg", "milligram": "mg", "mg": "mg",
    "micrograms": "µg", "microgram": "µg", "µg": "µg",
    "kilograms": "kg", "kilogrammes": "kg", "kilogram": "kg", "kilos": "kg", "kilo": "kg",
    "kg": "kg", "grams": "g", "gram": "g", "tonnes": "t", "tonne": "t", "tons": "t", "ton": "t",
    "pounds": "lb", "pound": "lb", "lbs": "lb", "lb": "lb", "ounces": "oz", "ounce": "oz",
    "liters": "l", "litres": "l", "liter": "l", "litre": "l", "gallons": "gal", "gallon": "gal",
    "seconds": "s", "second": "s", "minutes": "min", "minute": "min", "hours": "h", "hour": "h",
    "days": "day", "day": "day", "weeks": "week", "week": "week", "months": "month",
    "month": "month", "years": "year", "year": "year", "decades": "decade", "decade": "decade",
    "centuries": "century", "century": "century", "millennia": "millennium",
    "millennium": "millennium", "fortnight": "fortnight", "fortnights": "fortnight",
}  # fmt: skip
_UNIT = "|".join(re.escape(u) for u in sorted(UNIT_NAMES, key=len, reverse=True))
_AFTER = re.compile(rf"[\s-]*(?P<u>{_UNIT})(?![\w²])")
_IN_TEXT = re.compile(rf"(?<![\w/°])(?P<u>{_UNIT})(?![\w²/])")
# the unit of a rate: "16,500 francs per square meter", "450 watt hours per kilogram"
_PER = re.compile(
    rf"^(?:[^,;.]|[,.]\d){{0,40}}?\bper\s(?:[\d,.]+\s)?(?P<u>{_UNIT})(?![\w²])"
)  # ("per 100 liters" too)


def _per_unit(text: str) -> str | None:
    m = _PER.search(text)
    return UNIT_NAMES[m["u"]] if m else None


def unit_in(text: str) -> str | None:
    """The first unit ``text`` names ("almost two decades" -> ``decade``)."""
    m = _IN_TEXT.search(text)
    return UNIT_NAMES[m["u"]] if m else None


def unit_after(text: str, figure: Figure) -> str | None:
    """The unit named right after ``figure`` in ``text`` ("85-foot-long" -> ``ft``)."""
    m = _AFTER.match(text, figure.end)
    return UNIT_NAMES[m["u"]] if m else None


def other_unit(source: Figure, english: str, holder: Figure) -> bool:
    """A measure whose English rendering names one unit, held by a number the translation
    follows with another ("fünf Stunden" -> "five minutes", "2,8 Kilometer" -> "2.8 miles") or
    reads as money ("120 Kilogramm" -> "120 pounds"); a rate per another unit ("pro
    Quadratmeter" -> "per square foot"); a number the translation made a clock time ("zwei" ->
    "2 a.m."), or a clock time a number with a unit ("14 Uhr" -> "14 minutes")."""
    mine_per, theirs_per = (
        _per_unit(source.text),
        _per_unit(english[holder.start : holder.start + 60]),
    )
    if mine_per and theirs_per and mine_per != theirs_per:
        return True  # "pro Quadratmeter" -> "per square foot"
    if holder.kind == "time" and source.kind in ("count", "number", "measure", "money"):
        return not re.search(r"\d[.:]\d", source.source)  # "20.15" may be a time kept as written
    if source.kind == "time" and holder.kind in ("number", "measure"):
        return unit_after(english, holder) is not None  # "um 14 Uhr" is not "14 minutes"
    if source.kind != "measure":
        return False
    if isinstance(source.value, dict):
        # a range writes its unit once, after its last member ("von 561 auf 540 Kilogramm");
        # "zwei Jahre und vier Monate" names a unit per member
        if set(source.value) != {"from", "to"} or holder.value != source.value["to"]:
            return False
    elif not isinstance(source.value, (int, float)):
        return False
    if holder.kind == "money":
        return True
    mine = unit_in(source.text)
    theirs = unit_after(english, holder)
    return bool(mine and theirs and mine != theirs)


def spellings(unit: str) -> list[str]:
    """Every English way the tables know of writing ``unit`` ("kilowatt hour": "kWh",
    "kilowatt-hours", ...); none for a unit they do not know."""
    name = UNIT_NAMES.get(unit)
    return [u for u, n in UNIT_NAMES.items() if n == name] if name else []
