"""Where English text says a figure written in words: "a year ago" for "vor einem Jahr", "one
year earlier" too, "doubled" for "verdoppelt sich", "the previous year" or "last year" for "im
Vorjahr", "initial" for "ersten". Digits are compared by value (``check``); words by these
readings.
"""

from __future__ import annotations

import re

from .model import Figure
from .units import spellings

# words that say the same in a figure written in words: "a year ago", "one year earlier",
# "ersten Schätzungen" -> "initial estimates"; a multiple's verb in any form ("doubled" for
# "verdoppelt sich" -> "doubles")
SAME_WORDS = {
    "ago": ["earlier", "before"], "earlier": ["ago", "before"], "a": ["one", "an"],
    "one": ["a", "an"],
    "first": ["initial", "opening", "early", "earliest", "maiden"],
    # a frequency in one word, said with its period ("jährlich": "a year", "each year")
    "annually": ["yearly", "annual", "a year", "per year", "each year", "every year", "per annum"],
    "annual": ["yearly", "annually", "a year's"],
    "monthly": ["a month", "per month", "each month", "every month"],
    "weekly": ["a week", "per week", "each week", "every week"],
    "daily": ["a day", "per day", "each day", "every day"],
    "hourly": ["an hour", "per hour", "each hour", "every hour"],
    "quarterly": ["a quarter", "per quarter", "each quarter", "every quarter"],
    "quarterfinals": ["quarter-finals", "quarter finals", "quarter-final", "quarterfinal",
                      "last eight"],
    "semifinals": ["semi-finals", "semi finals", "semi-final", "semifinal", "last four"],
    "semifinal": ["semi-final", "semi final", "semi-finals", "semifinals"],
    "quarterfinal": ["quarter-final", "quarter final", "quarter-finals", "quarterfinals"],
    # a currency said its other ways: "several million Swiss francs", "several million CHF"
    "francs": ["Swiss francs", "CHF", "Fr."],
    "dollars": ["US dollars", "USD", "US$"],
    "digit": ["digits"],  # "single-digit" growth: "in the single digits"
    "whole": ["entire", "full"],  # "einen ganzen Monat": "an entire month"
    "within": ["in"],  # "binnen eines Jahres": "in a year"
}  # fmt: skip
_MULTIPLE_VERBS = ("double", "triple", "quadruple", "halve", "increase")
_FOLD = {"double": "two", "triple": "three", "quadruple": "four"}  # "tripled": "threefold"
_VERB_FORMS = {
    form: rf"{verb[:-1]}(?:e|es|ed|ing)"
    + (rf"|{_FOLD[verb]}-?fold" if verb in _FOLD else "")
    + (r"|in half|by half" if verb == "halve" else "")  # "cut the deficit in half"
    for verb in _MULTIPLE_VERBS
    for form in (verb, verb + "s", verb + "d", verb[:-1] + "ing")
}
# a relative date said in any of the English ways ("im Vorjahr": "in the previous year")
RELATIVE_FORMS = {
    "-P1Y": r"(?:a|one) year (?:ago|earlier|before)|last year|(?:the )?(?:previous|prior|"
    r"preceding|past) year|the year before|year[- ]on[- ]year",
    "end of year": r"(?:the )?end of (?:the|this) year|(?:the )?year[- ]end|the year's end",
    "end of century": r"(?:the )?end of (?:the|this) century|the century's end",
}


def loose_find(needle: str, hay: str) -> str | None:
    """The words of ``hay`` that read as ``needle``: case, punctuation and ``SAME_WORDS``
    aside."""
    words = re.findall(r"\w+", needle.lower())
    if not words:
        return None
    parts = [
        _VERB_FORMS[w]
        if w in _VERB_FORMS
        else "(?:"
        + "|".join(re.escape(x).replace(r"\ ", r"\W+") for x in [w, *SAME_WORDS[w]])
        + ")"
        if w in SAME_WORDS
        else re.escape(w)
        for w in words
    ]
    m = re.search(r"(?<!\w)" + r"\W+".join(parts) + r"(?!\w)", hay, re.IGNORECASE)
    return m.group(0) if m else None


def loose_in(needle: str, hay: str) -> bool:
    return loose_find(needle, hay) is not None


# an ordinal before its noun said as the noun and a number: "the first round" -> "round one"
_NOUN_NUMBER = {
    f"{article}{word} {noun}": rf"{noun}\W+(?:{n}|{cardinal})"
    for article in ("", "the ")
    for n, (word, cardinal) in enumerate(
        [("first", "one"), ("second", "two"), ("third", "three"), ("fourth", "four"),
         ("fifth", "five")], 1)
    for noun in ("round", "day", "stage", "leg", "game", "race", "set")
}  # fmt: skip
# "doppelt so viele" ("twice as many"), "das Dreifache" ("three times") said as a multiple:
# "nearly double the number", "more than double that", "nearly triple the average"
_AS_MANY = re.compile(r"(twice|three times|four times)(?: as(?: many| much)?)?", re.IGNORECASE)
_MULTIPLE_WORDS = {
    "twice": r"double[sd]?|twice|two times|two-?fold",
    "three times": r"triple[sd]?|three times|three-?fold",
    "four times": r"quadruple[sd]?|four times|four-?fold",
}
# a club's number and letters, which English keeps while it may translate the town: "1. FC
# Köln" -> "1. FC Cologne"
_CLUB = re.compile(r"\d+\.\s*[A-Z]{2,4}\b(?=\s+\w)")
# a figure said in another word: a timetable's interval ("im Halbstundentakt" ->
# "half-hourly"), a budget for two years
_SAID_AS = {
    "every half hour": r"half-hourly|every half[- ]hour",
    "every hour": r"hourly",
    "every quarter of an hour": r"every quarter[- ]hour|quarter-hourly",
    "half-hourly": r"every half[- ]hour",
    "quarter-hourly": r"every quarter[- ]hour|every quarter of an hour",
    "every 30 minutes": r"half-hourly|every half[- ]hour|every thirty minutes",
    "every 15 minutes": r"quarter-hourly|every quarter[- ]hour|every quarter of an hour",
    "every 60 minutes": r"hourly|every hour",
    "two-year budget": r"double budget|biennial budget|two-year budget",  # "Doppelhaushalt"
    "both": r"in each case|each of them",  # "beides neue Rekorde": "in each case a new record"
    # "Im Finale über 100 Meter": "in the 100m final" (not a semi-final)
    "in the final": r"(?<!semi-)(?<!quarter-)final",
    # a game's halves as a match report says them: "in der zweiten Halbzeit" -> "after the break"
    "the second half": r"second half|after (?:the )?(?:break|interval|half-time|halftime|restart)",
    "the first half": r"first half|before (?:the )?(?:break|interval|half-time|halftime)",
}
# one of a unit ("für eine Kilowattstunde"), which English may say as a rate: "per kWh"
_ONE_UNIT = re.compile(r"(?:one|an?) (.+)")
# the first of a race or a game, who won it ("als Erste ins Ziel")
_FIRST_ONE = re.compile(r"Erste[rsn]?")
# an age limit said the English way: "children under five", "under-fives"; "under-27s" as
# "those under 27"
_YOUNGER = re.compile(r"less than (\w+) years")
_UNDER_AGE = re.compile(r"under-(\d+)s")
# an age class as English writes it: "U20-Rekord" -> "under-20 record"
_AGE_CLASS = re.compile(r"U-?(\d{1,2})")


def words_for(figure: Figure, english: str) -> str | None:
    """The words of ``english`` that say ``figure`` (written in words, or a name): its own
    English text read loosely, or for a relative date, an age class or an ordinal before its
    noun ("the first round": "round one") any English way of saying it."""
    form = loose_find(figure.text, english)
    if form:
        return form
    pattern = None
    if figure.text in _SAID_AS:
        pattern = _SAID_AS[figure.text]
    elif figure.kind == "identifier" and (age := _AGE_CLASS.fullmatch(figure.text)):
        pattern = rf"under[- ]?{age[1]}|U-?{age[1]}"
    elif figure.kind == "identifier" and (club := _CLUB.match(figure.text)):
        pattern = r"\s+".join(map(re.escape, club[0].split()))
    elif figure.kind == "ordinal" and (turned := _NOUN_NUMBER.get(figure.text.lower())):
        pattern = turned
    elif figure.kind == "ordinal" and figure.value == 2 and "second" in figure.text.lower():
        pattern = r"runners?-up"  # "Zweiter", "auf dem zweiten Platz"
    elif figure.kind == "ordinal" and figure.value == 1 and "first" in figure.text.lower():
        # "Platz eins": "topped the list"; "kam als Erste ins Ziel": "won"
        pattern = r"top(?:s|ped|ping)?|number one|No\.\s?1"
        if _FIRST_ONE.fullmatch(figure.source):
            pattern += r"|w[oi]n|wins|winner|winning|victor(?:y|ious)"
    elif figure.kind == "measure" and (under := _UNDER_AGE.fullmatch(figure.text)):
        pattern = rf"under[- ]{under[1]}(?:s|-year-olds)?"
    elif figure.kind == "measure" and (young := _YOUNGER.fullmatch(figure.text)):
        # "Kinder unter fünf Jahren": "under-fives", "under-sixes"
        pattern = rf"under[- ](?:{young[1]}|{figure.value})(?:e?s)?"
    elif figure.kind == "number" and (multiple := _AS_MANY.search(figure.text)):
        # (a multiple, not a frequency: "zweimal" -> "twice" is no "double")
        pattern = _MULTIPLE_WORDS[multiple[1].lower()]
    elif (
        figure.value == 1
        and (one := _ONE_UNIT.fullmatch(figure.text))
        and (names := spellings(one[1]))
    ):
        units = "|".join(re.escape(u) for u in sorted(names, key=len, reverse=True))
        pattern = rf"(?:an?|one|per|each|every)\s+(?:{units})"
    elif isinstance(figure.value, dict) and len(figure.value) == 1:
        pattern = RELATIVE_FORMS.get(str(figure.value.get("relative")))
    return _said(pattern, english)


def said_another_way(figure: Figure, english: str) -> str | None:
    """The words of ``english`` that say ``figure`` in another word, though it has digits: "im
    30-Minuten-Takt" ("every 30 minutes") as "half-hourly"."""
    return _said(_SAID_AS.get(figure.text), english)


def _said(pattern: str | None, english: str) -> str | None:
    m = re.search(rf"(?<!\w)(?:{pattern})(?!\w)", english, re.IGNORECASE) if pattern else None
    return m.group(0) if m else None
