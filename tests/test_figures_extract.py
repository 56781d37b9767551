"""Table-driven tests of German figure extraction and English rendering (real sentences)."""

from __future__ import annotations

import itertools
import json
from functools import cache
from pathlib import Path

import pytest

from summarizer.figures import extract_figures
from summarizer.figures.evaluate import evaluate, norm
from summarizer.figures.numbers import format_digits, parse_number

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "eval" / "data" / "dev.jsonl"
SEED = ROOT / "examples" / "dpa-nordkorea-2023-10.de.txt"


def one(sentence: str, needle: str):
    """The extracted figure whose span contains ``needle`` (which must occur in ``sentence``)."""
    i = sentence.index(needle)
    j = i + len(needle)
    hits = [f for f in extract_figures(sentence) if f.start <= i and j <= f.end]
    assert hits, f"no figure covers {needle!r} in {sentence!r}: {extract_figures(sentence)}"
    return hits[0]


# (sentence from the dev set / seed / issue, figure, kind, value, English)
CASES = [
    # counts with qualifier and noun (seed)
    ("Es handle sich dabei um mehr als 1000 Container mit militärischer Ausrüstung",
     "mehr als 1000 Container", "count", 1000, "more than 1,000 containers"),
    ("die den Transport Hunderter Container von Nordkorea nach Russland per Schiff zeigen",
     "Hunderter Container", "count", 100, "hundreds of containers"),
    ("die Container zwischen dem 7. September und 1. Oktober von der Hafenstadt Rason",
     "zwischen dem 7. September und 1. Oktober", "date_range",
     {"from": "--09-07", "to": "--10-01"}, "between September 7 and October 1"),
    ("Kim Jong Un im September im Weltraumbahnhof Wostotschny", "September", "date", "--09",
     "September"),
    ("hieß es am Freitag aus dem Weißen Haus", "Freitag", "date", "Friday", "Friday"),
    # German thousands dots, decimal comma, scale words
    ("und zwar um 133.000 auf 2.462.000.", "2.462.000", "number", 2462000, "2,462,000"),
    ("um 552.000 auf 34,45 Millionen Beschäftigte gestiegen", "34,45 Millionen Beschäftigte",
     "count", 34450000, "34.45 million employees"),
    ("lag im Januar 2022 bei 3.190.000 Personen", "3.190.000 Personen", "count", 3190000,
     "3,190,000 people"),
    ("Rund 2,8 Millionen User sorgten seit Tagungsbeginn", "Rund 2,8 Millionen User", "count",
     2800000, "around 2.8 million users"),
    ("für mehr als 250 Millionen Clicks", "mehr als 250 Millionen Clicks", "count", 250000000,
     "more than 250 million clicks"),
    ("hat die Regierung 1,5 Milliarden Euro bereitgestellt", "1,5 Milliarden Euro", "money",
     1500000000, "1.5 billion euros"),
    ("Der Konzern verlor 3,4 Mrd. Euro", "3,4 Mrd. Euro", "money", 3400000000,
     "3.4 billion euros"),
    ("ein Minus von 440,5 Mio. im Vorjahr", "440,5 Mio.", "number", 440500000, "440.5 million"),
    ("Das Ergebnis lag bei 175,3 Mio. Euro", "175,3 Mio. Euro", "money", 175300000,
     "175.3 million euros"),
    ("Die Kosten betragen 2,3 Mio. Franken", "2,3 Mio. Franken", "money", 2300000,
     "2.3 million francs"),
    ("Die Stiftung zahlte 500.000 Dollar", "500.000 Dollar", "money", 500000, "500,000 dollars"),
    ("wurden rund 560.000 Euro in die beiden Spielplätze investiert", "rund 560.000 Euro",
     "money", 560000, "around 560,000 euros"),
    ("insgesamt mehr als eine Million Euro investiert", "mehr als eine Million Euro", "money",
     1000000, "more than one million euros"),
    ("mit rund einer Million Kontoinhabern", "rund einer Million Kontoinhabern", "count",
     1000000, "around one million account holders"),
    ("ein Bußgeld von 100 EUR", "100 EUR", "money", 100, "100 euros"),
    # Swiss and Austrian forms
    ("Es entstand ein Sachschaden von rund 80’000 Franken.", "rund 80’000 Franken", "money",
     80000, "around 80,000 francs"),
    ("Es entstand ein Sachschaden von rund 80'000 Franken.", "rund 80'000 Franken", "money",
     80000, "around 80,000 francs"),
    ("Der Schaden beträgt 10’000 Franken.", "10’000 Franken", "money", 10000, "10,000 francs"),
    ("Rund 740’000 Personen haben sich impfen lassen", "Rund 740’000 Personen", "count", 740000,
     "around 740,000 people"),
    ("über 480’000 Personen haben eine Auffrischimpfung", "über 480’000 Personen", "count",
     480000, "more than 480,000 people"),
    ("Die Bauern halten 14'000 Kühe", "14'000 Kühe", "count", 14000, "14,000 cows"),
    ("Er kostet zwischen CHF 80 000 und 100 000.", "zwischen CHF 80 000 und 100 000", "money",
     {"from": 80000, "to": 100000}, "between CHF 80,000 and 100,000"),
    ("Der Preis: CHF 80 000.", "CHF 80 000", "money", 80000, "CHF 80,000"),
    ("Das Ticket kostet Fr. 2.50.", "Fr. 2.50", "money", 2.5, "CHF 2.50"),
    ("Ein Paket kostet 19.99 Franken", "19.99 Franken", "money", 19.99, "19.99 francs"),
    ("Er fährt jede Woche 10 000 Meilen", "10 000 Meilen", "measure", 10000, "10,000 miles"),
    ("Er fährt jede Woche 10\u00a0000 Meilen", "10\u00a0000 Meilen", "measure", 10000,
     "10,000 miles"),
    ("mit rund 2\u202f000 Messstationen", "rund 2\u202f000 Messstationen", "count", 2000,
     "around 2,000 measuring stations"),
    ("bis D/H -15 und OL: € 3,-", "€ 3,-", "money", 3, "3 euros"),
    ("ab D/H 16-: € 4,50", "€ 4,50", "money", 4.5, "4.50 euros"),
    ("Der Kurs kostet 200,- Euro", "200,- Euro", "money", 200, "200 euros"),
    ("pro Stück bezahlt man dann also noch rund vier Franken", "rund vier Franken", "money", 4,
     "around four francs"),
    ("stiegen die Preise seit Jänner 2015 nicht so stark", "seit Jänner 2015", "date", "2015-01",
     "since January 2015"),
    ("Im Jänner 2015 stiegen die Preise", "Jänner 2015", "date", "2015-01", "January 2015"),
    # percent and percentage points
    ("Die Arbeitslosenquote stieg um 0,3 Prozentpunkte auf 5,4 Prozent.", "0,3 Prozentpunkte",
     "percentage_points", 0.3, "0.3 percentage points"),
    ("Die Arbeitslosenquote stieg um 0,3 Prozentpunkte auf 5,4 Prozent.", "5,4 Prozent",
     "percent", 5.4, "5.4 percent"),
    ("Die Inflation lag bei 4,0 Prozent", "4,0 Prozent", "percent", 4.0, "4.0 percent"),
    ("Rund 30 % der Fläche", "Rund 30 %", "percent", 30, "around 30%"),
    ("ein Plus von 2,5 % gegenüber", "2,5 %", "percent", 2.5, "2.5%"),
    ("Gemüse (plus 9,4 Prozent) und", "plus 9,4 Prozent", "percent", 9.4, "up 9.4 percent"),
    ("rund drei Prozent des BIP", "rund drei Prozent", "percent", 3, "around three percent"),
    ("liegt um zwei Prozentpunkte darunter", "zwei Prozentpunkte", "percentage_points", 2,
     "two percentage points"),
    # dates
    ("Der Beschluss vom 3.1.2022 ist rechtskräftig", "3.1.2022", "date", "2022-01-03",
     "January 3, 2022"),
    ("Am 31.10.2023 endete die Frist", "31.10.2023", "date", "2023-10-31", "October 31, 2023"),
    ("bis zum 28. Februar 2022 geöffnet", "28. Februar 2022", "date", "2022-02-28",
     "February 28, 2022"),
    ("ab dem 1. Oktober 2023 gilt", "1. Oktober 2023", "date", "2023-10-01", "October 1, 2023"),
    ("Am Samstag, 15.01. wurde es", "Samstag, 15.01.", "date", "--01-15",
     "Saturday, January 15"),
    ("Dienstag und Mittwoch, 18./19.01. kalt", "Dienstag und Mittwoch, 18./19.01.",
     "date_range", {"from": "--01-18", "to": "--01-19"}, "Tuesday and Wednesday, January 18/19"),
    ("wurde vom 1. bis einschließlich 26. Januar für 286.000 Personen",
     "vom 1. bis einschließlich 26. Januar", "date_range", {"from": "--01-01", "to": "--01-26"},
     "from January 1 up to and including January 26"),
    ("Vom 8. April bis 15. Mai 2021 lief die Umfrage", "Vom 8. April bis 15. Mai 2021",
     "date_range", {"from": "2021-04-08", "to": "2021-05-15"}, "from April 8 to May 15, 2021"),
    ("stieg von Dezember 2021 auf Januar 2022 um", "von Dezember 2021 auf Januar 2022",
     "date_range", {"from": "2021-12", "to": "2022-01"}, "from December 2021 to January 2022"),
    ("Zwischen 1961 und 1990 gab es in Wien", "Zwischen 1961 und 1990", "date_range",
     {"from": 1961, "to": 1990}, "between 1961 and 1990"),
    ("Im Zeitraum 1961 bis 1990 gab es", "1961 bis 1990", "date_range",
     {"from": 1961, "to": 1990}, "1961 to 1990"),
    ("Anfang März beginnt die Saison", "Anfang März", "date", "--03", "early March"),
    ("Impfen ist bis Ende Februar möglich", "bis Ende Februar", "date", "--02",
     "until the end of February"),
    ("Die Inanspruchnahme ging bis zum November zurück", "bis zum November", "date", "--11",
     "until November"),
    ("Am 3. November wird eröffnet", "3. November", "date", "--11-03", "November 3"),
    ("am 17.\u00a0August\u00a02021 verkündet", "17.\u00a0August\u00a02021", "date",
     "2021-08-17", "August 17, 2021"),
    ("am vergangenen Freitag eröffnet", "am vergangenen Freitag", "date", "Friday",
     "last Friday"),
    ("in der Nacht auf Samstag um 23:50 Uhr", "in der Nacht auf Samstag", "date", "Saturday",
     "in the night to Saturday"),
    ("Die Zahl ist im Dezember und Januar wieder erhöht", "Dezember und Januar", "date",
     ["--12", "--01"], "December and January"),
    ("Das waren 452.000 weniger als vor einem Jahr.", "vor einem Jahr", "date",
     {"relative": "-P1Y"}, "a year ago"),
    # times
    ("in der Nacht auf Samstag um 23:50 Uhr auf der Autobahn", "23:50 Uhr", "time", "23:50",
     "11:50 p.m."),
    ("Die Sitzung beginnt um 12.30 Uhr", "12.30 Uhr", "time", "12:30", "12:30 p.m."),
    ("Samstag, 15.30 Uhr: 1. FC Köln", "Samstag, 15.30 Uhr", "time", "15:30",
     "Saturday, 3:30 p.m."),
    # years
    ("Der Arbeitsmarkt ist gut in das Jahr 2022 gestartet.", "Jahr 2022", "year", 2022,
     "the year 2022"),
    ("Daten aus dem Jahr 2015 herangezogen", "Jahr 2015", "year", 2015, "2015"),
    ("Das geht aus der Bilanz der Tagung 2014/15 hervor.", "Tagung 2014/15", "date_range",
     {"from": 2014, "to": 2015}, "2014/15 session"),
    ("Die Zahl ist seit 2005 gestiegen", "seit 2005", "year", 2005, "since 2005"),
    ("Er gewann das Turnier 2017 zum ersten Mal", "2017", "year", 2017, "2017"),
    # ordinals
    ("Zverev gewann zum dritten Mal", "zum dritten Mal", "ordinal", 3, "for the third time"),
    ("Er wurde erstmals gewählt", "erstmals", "ordinal", 1, "for the first time"),
    ("Sie belegte den 3. Platz", "3. Platz", "ordinal", 3, "3rd place"),
    ("Tor in der 58. Minute", "58. Minute", "ordinal", 58, "58th minute"),
    ("die 27. Runde der Bundesliga", "27. Runde", "ordinal", 27, "27th round"),
    ("Umsatz im 3. Quartal", "im 3. Quartal", "ordinal", 3, "in the third quarter"),
    ("Österreich liegt auf Rang sieben", "Rang sieben", "ordinal", 7, "seventh place"),
    ("was in diesem Vergleich Rang 11 bedeutet", "Rang 11", "ordinal", 11, "11th place"),
    ("Gegen McDonald, Nummer 55 der Welt, fand", "Nummer 55 der Welt", "ordinal", 55,
     "world number 55"),
    ("gewann die deutsche Nummer eins beim ATP-Turnier", "Nummer eins", "ordinal", 1,
     "number one"),
    # the German article gives the English one ("in der ersten Runde" -> "in the first round")
    ("Er verlor in der ersten Runde", "ersten Runde", "ordinal", 1, "the first round"),
    ("Mit Finnland folgt das erste EU-Land", "erste EU-Land", "ordinal", 1,
     "the first EU country"),
    ("die ersten drei Quartale", "ersten drei Quartale", "ordinal", 1,
     "the first three quarters"),
    ("Er verlor in seiner ersten Runde", "ersten Runde", "ordinal", 1, "first round"),
    ("begrüßte den millionsten Besucher", "millionsten Besucher", "ordinal", 1000000,
     "millionth visitor"),
    ("Erst- und Zweitimpfungen sind möglich", "Erst- und Zweitimpfungen", "ordinal",
     {"from": 1, "to": 2}, "first and second doses"),
    ("Nach dem Achtelfinal-Aus in Rotterdam", "Achtelfinal-Aus", "ordinal", 16,
     "round-of-16 exit"),
    # scores
    ("Zverev gewann 6:2, 7:6 (7:5) und trifft", "6:2, 7:6 (7:5)", "score",
     {"sets": [[6, 2], [7, 6]]}, "6-2, 7-6 (7-5)"),
    ("nach der 3:6, 4:6-Niederlage in Rotterdam", "3:6, 4:6-Niederlage", "score",
     {"sets": [[6, 3], [6, 4]]}, "6-3, 6-4 defeat"),
    ("feierte einen 4:6,6:4,6:0-Finalerfolg", "4:6,6:4,6:0-Finalerfolg", "score",
     {"sets": [[4, 6], [6, 4], [6, 0]]}, "4-6, 6-4, 6-0 win in the final"),
    ("nach dem 4:1-Heimerfolg gegen", "4:1-Heimerfolg", "score", {"home": 4, "away": 1},
     "4-1 home win"),
    ("Das Spiel endete 3:2.", "3:2", "score", {"home": 3, "away": 2}, "3-2"),
    # measures
    ("mit 11,9 Grad Celsius der wärmste", "11,9 Grad Celsius", "measure", 11.9,
     "11.9 degrees Celsius"),
    ("Es fielen 100 Liter pro Quadratmeter", "100 Liter pro Quadratmeter", "measure", 100,
     "100 liters per square meter"),
    ("Der Stau war 40 Kilometer lang", "40 Kilometer", "measure", 40, "40 kilometers"),
    ("mit Temperaturen von bis zu 38 Grad", "bis zu 38 Grad", "measure", 38,
     "up to 38 degrees"),
    ("Nach 80 Minuten verwandelte er", "80 Minuten", "measure", 80, "80 minutes"),
    ("Elf Tage nach dem Aus", "Elf Tage", "measure", 11, "eleven days"),
    ("in den letzten zwölf Monaten", "zwölf Monaten", "measure", 12, "twelve months"),
    ("insgesamt 303 Stunden und 13 Minuten", "303 Stunden und 13 Minuten", "measure",
     {"hours": 303, "minutes": 13}, "303 hours and 13 minutes"),
    ("von 3000 auf 1000 m gesenkt", "von 3000 auf 1000 m", "measure",
     {"from": 3000, "to": 1000}, "from 3,000 to 1,000 m"),
    ("rund 9,6 Hitzetage pro Jahr", "rund 9,6 Hitzetage pro Jahr", "count", 9.6,
     "around 9.6 hot days a year"),
    ("9,4 Personen pro 1.000 Einwohner", "9,4 Personen pro 1.000 Einwohner", "count", 9.4,
     "9.4 people per 1,000 inhabitants"),
    ("fand der 24-Jährige gut ins Match", "24-Jährige", "measure", 24, "24-year-old"),
    ("Der 19-jährige Lenker", "19-jährige", "measure", 19, "19-year-old"),
    ("Mehr als 700 Mal meldeten sich", "Mehr als 700 Mal", "measure", 700,
     "more than 700 times"),
    ("in einer halben Stunde", "einer halben Stunde", "measure", 0.5, "half an hour"),
    ("für Kinder ab zehn Jahren", "ab zehn Jahren", "measure", 10, "aged ten and over"),
    # number words, vague numbers
    ("Es wurden zwei Szenarien berechnet", "zwei Szenarien", "count", 2, "two scenarios"),
    ("Die beiden Insassen konnten sich nicht", "beiden Insassen", "count", 2,
     "the two occupants"),
    ("Das OLG wies beide Rechtsbehelfe zurück", "beide Rechtsbehelfe", "count", 2,
     "both legal remedies"),
    ("sechs gewählte Parteien", "sechs gewählte Parteien", "count", 6, "six elected parties"),
    ("zwei weitere nordeuropäische Staaten", "zwei weitere nordeuropäische Staaten", "count", 2,
     "two more northern European countries"),
    ("elf Aktuelle Stunden", "elf Aktuelle Stunden", "count", 11, "eleven topical debates"),
    ("diskutierte der Nationalrat über zehn Dringliche Anfragen", "zehn Dringliche Anfragen",
     "count", 10, "ten urgent questions"),
    ("Dutzende Menschen wurden verletzt", "Dutzende Menschen", "count", 12, "dozens of people"),
    ("verbilligte sich um fast ein Viertel", "fast ein Viertel", "number", 0.25,
     "almost a quarter"),
    ("mit einer Ausnahme", "mit einer Ausnahme", "count", 1, "with one exception"),
    ("eine zweistufige Befragung", "zweistufige", "number", 2, "two-stage"),
    ("Das waren 16 Sitzungen", "16 Sitzungen", "count", 16, "16 sittings"),
    ("mehr als 90.000 Besucher", "mehr als 90.000 Besucher", "count", 90000,
     "more than 90,000 visitors"),
    ("9.500 Schüler nahmen teil", "9.500 Schüler", "count", 9500, "9,500 students"),
    ("Die FPÖ (2.496) stellte", "2.496", "number", 2496, "2,496"),
    ("Nationalrat mit 3.850 Anfragen", "3.850", "count", 3850, "3,850 questions"),
    # identifiers, unchanged or conventional
    ("auf der Autobahn A1 in Lenzburg", "A1", "identifier", "A1", "A1"),
    ("mit seinem Audi R8", "R8", "identifier", "R8", "R8"),
    ("gegen Covid-19 geimpft", "Covid-19", "identifier", "Covid-19", "COVID-19"),
    ("weniger Co2 ausstoßen", "Co2", "identifier", "Co2", "CO2"),
    ("Die MA 22 hat berechnet", "MA 22", "identifier", "MA 22", "MA 22"),
    ("laut MA22", "MA22", "identifier", "MA22", "MA22"),
    ("mit dem Messgerät BC 20", "BC 20", "identifier", "BC 20", "BC 20"),
    ("Aktenzeichen 202 ObOWi 860/21", "202 ObOWi 860/21", "identifier", "202 ObOWi 860/21",
     "202 ObOWi 860/21"),
    ("Beschluss 2 Ss (OWi) 240/21 des", "2 Ss (OWi) 240/21", "identifier", "2 Ss (OWi) 240/21",
     "2 Ss (OWi) 240/21"),
    ("nach § 3 Abs. 2 der Verordnung", "§ 3 Abs. 2", "identifier", "§ 3 Abs. 2",
     "Section 3(2)"),
    ("gemäß § 176 Abs. 2 Satz 2 GVG", "§ 176 Abs. 2 Satz 2 GVG", "identifier",
     "§ 176 Abs. 2 Satz 2 GVG", "Section 176(2), second sentence, GVG"),
    ("im Bundesgesetzblatt Teil\u00a0I\u00a0Nr.\u00a053", "Teil\u00a0I\u00a0Nr.\u00a053",
     "identifier", "Teil\u00a0I\u00a0Nr.\u00a053", "Part I No. 53"),
    ("auf Seite\u00a03411 verkündet", "Seite\u00a03411", "identifier", "Seite\u00a03411",
     "page 3411"),
    ("Artikel\u00a01 und\u00a03 treten", "Artikel\u00a01 und\u00a03", "identifier",
     "Artikel\u00a01 und\u00a03", "Articles 1 and 3"),
    ("in der Halle 1 der Bernexpo", "Halle 1", "identifier", "Halle 1", "Hall 1"),
    ("die ATP-Nr. 221 aus Peru", "ATP-Nr. 221", "identifier", "ATP-Nr. 221", "ATP No. 221"),
    ("siehe Abb. 2 unten", "Abb. 2", "identifier", "Abb. 2", "Fig. 2"),
    ("Samstag, 15.30 Uhr: 1. FC Köln (Trainer Stöger)", "1. FC Köln", "identifier",
     "1. FC Köln", "1. FC Köln"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "needle", "kind", "value", "english"), CASES)
def test_extract_and_render(sentence, needle, kind, value, english):
    f = one(sentence, needle)
    assert f.source == sentence[f.start : f.end]
    assert (f.kind, f.value) == (kind, value), f
    assert f.text == english
    assert f.source.strip() == f.source


# (source digits, value, English digits)
NUMBER_FORMS = [
    ("1000", 1000, "1,000"), ("1.000", 1000, "1,000"), ("2.462.000", 2462000, "2,462,000"),
    ("1 000", 1000, "1,000"), ("1\u00a0000", 1000, "1,000"), ("1\u202f000", 1000, "1,000"),
    ("80'000", 80000, "80,000"), ("80’000", 80000, "80,000"), ("3,2", 3.2, "3.2"),
    ("34,45", 34.45, "34.45"), ("4,0", 4.0, "4.0"), ("19.99", 19.99, "19.99"),
    ("2.50", 2.5, "2.50"), ("3,-", 3, "3"), ("1.000,5", 1000.5, "1,000.5"), ("12", 12, "12"),
]  # fmt: skip


@pytest.mark.parametrize(("digits", "value", "english"), NUMBER_FORMS)
def test_number_forms(digits, value, english):
    assert parse_number(digits) == value
    assert format_digits(digits) == english


def test_offsets_index_the_text_passed_in():
    text = "Vorspann. Es handle sich um mehr als 1000 Container. Am 7. September."
    start = text.index("Es")
    end = text.index(" Am")
    figs = extract_figures(text, start, end)
    assert [f.source for f in figs] == ["mehr als 1000 Container"]
    assert text[figs[0].start : figs[0].end] == "mehr als 1000 Container"


def test_non_overlapping_sorted_and_serialisable():
    text = SEED.read_text(encoding="utf-8")
    figs = extract_figures(text)
    assert [f.start for f in figs] == sorted(f.start for f in figs)
    assert all(a.end <= b.start for a, b in itertools.pairwise(figs))
    json.dumps([f.as_dict() for f in figs])
    d = figs[0].as_dict()
    for field in ("source", "text", "kind", "value", "start", "end", "sentence", "key", "status"):
        assert field in d


def test_no_figures_in_plain_text():
    assert extract_figures("Die Regierung äußerte sich nicht dazu, hieß es am Abend.") == []


def test_unknown_language_is_an_error():
    with pytest.raises(ValueError):
        extract_figures("1000 containers", lang="xx")


# --- every listed figure of the dev set: found, and rendered like the listed English -------------

# Listed spans whose English needs more than a figure rule (documented gaps).
KNOWN_RENDER_GAPS = {
    "§ 176 Abs. 1 GVG",  # reference wants the law's English name spelled out
    "zwischen CHF 80 000 und 100 000",  # reference: "80,000 and 100,000 Swiss francs"
    "D/H -15",  # age classes of an orienteering race
    "D/H 16-",
}


@cache
def _dev() -> list[dict]:
    with DEV.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@cache
def _figs(rid: str):
    rec = next(r for r in _dev() if r["id"] == rid)
    return rec["text"], extract_figures(rec["text"])


def _listed():
    out = []
    with DEV.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            pos = 0
            for k in rec["key_figures"]:
                i = rec["text"].find(k["de"], pos)
                i = rec["text"].find(k["de"]) if i < 0 else i
                pos = i
                marks = ()
                if k["de"] in KNOWN_RENDER_GAPS:
                    marks = (pytest.mark.xfail(strict=True, reason="documented rendering gap"),)
                out.append(
                    pytest.param(
                        rec["id"], i, k["de"], k["en"], marks=marks, id=f"{rec['id'][:12]}-{i}"
                    )
                )
    return out


@pytest.mark.parametrize(("rid", "i", "de", "en"), _listed())
def test_dev_listed_figure(rid, i, de, en):
    text, figs = _figs(rid)
    j = i + len(de)
    over = [f for f in figs if f.start < j and i < f.end]
    covered = {k for f in over for k in range(f.start, f.end)}
    assert all(k in covered for k in range(i, j) if text[k].isdigit()), (de, over)
    assert over, de
    if any(norm(f.text) == norm(en) for f in over):
        return
    outside = "".join(text[k] for k in range(i, j) if k not in covered)
    assert not any(ch.isdigit() for ch in outside)
    for f in over:
        assert norm(f.text) in norm(en) or norm(en) in norm(f.text), (f.text, en)


def test_dev_targets():
    res = evaluate(_dev(), with_key=True)["total"]
    assert res["found"] / res["listed"] >= 0.98
    assert res["lenient"] / res["listed"] >= 0.97


@pytest.mark.parametrize(
    ("lang", "text", "first", "second"),
    [
        # "und" joins a range only after "zwischen", "auf" only after "von": two sentences of
        # four and three years are no range "from 4 to 3 years"
        ("de", "Das Gericht verhängte Strafen von 4 und 3 Jahren Haft.", "4", "3 Jahren"),
        ("de", "zu Freiheitsstrafen von viereinhalb und drei Jahren", "viereinhalb",
         "drei Jahren"),
        ("fr", "des peines de 4 et 3 ans de prison", "4", "3 ans"),
    ],
)  # fmt: skip
def test_and_after_from_joins_no_range(lang, text, first, second):
    figures = extract_figures(text, lang=lang)
    assert [f.source for f in figures][-2:] == [first, second]
    assert not any(isinstance(f.value, dict) for f in figures)
    # the range words still join their own ranges
    between = {"de": "zwischen 4 und 5 Jahren", "fr": "entre 4 et 5 ans"}[lang]
    assert extract_figures(between, lang=lang)[0].value == {"from": 4, "to": 5}
