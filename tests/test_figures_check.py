"""check_translation, same_value, find_english_figures and mark_key_figures, table-driven."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.figures import (
    check_translation,
    extract_figures,
    find_english_figures,
    mark_key_figures,
    same_value,
)
from summarizer.figures.key import rough_sentence_starts

SEED = Path(__file__).resolve().parents[1] / "examples" / "dpa-nordkorea-2023-10.de.txt"

SEED_SENT = (
    "Nach Angaben des Weißen Hauses wurden die Container zwischen dem 7. September und "
    "1. Oktober von der nordkoreanischen Hafenstadt Rason nach Dunai in Russland verschifft."
)
LEAD = (
    "Es handle sich dabei um mehr als 1000 Container mit militärischer Ausrüstung und Munition, "
    "hieß es am Freitag aus dem Weißen Haus."
)
RATE = "Die Arbeitslosenquote stieg um 0,3 Prozentpunkte auf 5,4 Prozent."

# (German sentence, fake English, expected statuses, expected repaired text or None, invented)
CHECKS = [
    # kept
    (LEAD, "It involved more than 1,000 containers of military equipment, the White House said "
     "on Friday.", ["kept", "kept"], None, []),
    (SEED_SENT, "The containers were shipped between September 7 and October 1.", ["kept"], None,
     []),
    (RATE, "The jobless rate rose by 0.3 percentage points to 5.4 percent.", ["kept", "kept"],
     None, []),
    # repaired: German digits, day-month order, decimal comma, collapsed thousands
    (LEAD, "It involved more than 1.000 containers, the White House said on Friday.",
     ["repaired", "kept"], "It involved more than 1,000 containers, the White House said on "
     "Friday.", []),
    (SEED_SENT, "The containers were shipped between 7 September and 1 October.", ["repaired"],
     "The containers were shipped between September 7 and October 1.", []),
    (RATE, "The jobless rate rose by 0.3 percentage points to 5,4 percent.", ["kept", "repaired"],
     "The jobless rate rose by 0.3 percentage points to 5.4 percent.", []),
    (LEAD, "It involved more than 1 containers, the White House said on Friday.",
     ["repaired", "kept"], "It involved more than 1,000 containers, the White House said on "
     "Friday.", []),
    ("Die Zahl stieg auf 2.462.000.", "The number rose to 2.462.000.", ["repaired"],
     "The number rose to 2,462,000.", []),
    # missing
    (LEAD, "It involved containers of military equipment, the White House said on Friday.",
     ["missing", "kept"], None, []),
    (SEED_SENT, "The containers were shipped from Rason to Dunai.", ["missing"], None, []),
    (RATE, "The jobless rate rose to 5.4 percent.", ["missing", "kept"], None, []),
    # invented
    (LEAD, "It involved more than 1,000 containers and 300 tanks, the White House said on "
     "Friday.", ["kept", "kept"], None, ["300"]),
    (RATE, "The jobless rate rose by 0.3 percentage points to 5.4 percent in 2021.",
     ["kept", "kept"], None, ["2021"]),
    # a clock time in the 24-hour form, a race time with an adjective, ratios
    ("Um 18 Uhr begann die Sitzung.", "The meeting began at 18:00.", ["kept"], None, []),
    ("Er siegte nach 3:48 nervenaufreibenden Stunden.", "He won after 3:48 nerve-racking hours.",
     ["kept"], None, []),
    ("Die Karte im Maßstab 1:25.000 zeigt alles.", "The map at a scale of 1:25,000 shows all.",
     ["kept"], None, []),
    ("Die Animation ist keine 1:1-Wiedergabe.", "The animation is not a 1:1 reproduction.",
     ["kept"], None, []),
    ("Die Animation ist keine 1:1-Wiedergabe.", "The animation is not a 2:1 reproduction.",
     ["missing"], None, ["2:1"]),
    # a clock time kept as written, with a dot or a colon
    ("Bis 20.10, Servus TV 20.15 VIAGRALove.", "Until 20.10, Servus TV 20.15 VIAGRALove.",
     ["kept", "kept"], None, []),
    ("Um 20.15 Uhr beginnt der Film.", "The film starts at 20:15.", ["kept"], None, []),
    ("Um 20.15 Uhr beginnt der Film.", "The film starts at 20.30.", ["missing"], None,
     ["20.30"]),
    # life dates in brackets of any century, "9/11" as written, a rough count in words
    ("Lucas Cranach (1515-1586) malte.", "Lucas Cranach (1515-1586) painted.", ["kept"], None,
     []),
    ("Die Zahl der Anschläge seit 9/11 stieg.", "The number of attacks since 9/11 rose.",
     ["kept"], None, []),
    ("Das geht mit ein, zwei Knopfdrücken.", "It takes one or two clicks.", ["kept"], None, []),
    ("Im Mai 1291 trugen Engel das Haus.", "In May 1291 angels carried the house.", ["kept"],
     None, []),
    # volleyball set points belong to the score: all of them kept, or the score is missing
    ("Italien gewann 3:1 (-20,14,-23,20).", "Italy won 3-1 (-20, 14, -23, 20).", ["kept"], None,
     []),
    ("Italien gewann 3:1 (-20,14,-23,20).", "Italy won 3-1 (-20, 14, -23).", ["missing"], None,
     ["20", "14", "23"]),  # "3-1" is written inside the source score: not invented
    # a lost minus is put back: the check matches magnitudes, the sign is read around them
    ("Es hatte in der Nacht minus 5 Grad.", "It was 5 degrees at night.", ["repaired"],
     "It was minus 5 degrees at night.", []),
    ("Es hatte in der Nacht minus 5 Grad.", "It was minus 5 degrees at night.", ["kept"], None,
     []),
    ("Es hatte in der Nacht minus 5 Grad.", "It was 5 degrees below zero at night.", ["kept"],
     None, []),
    ("Es hat minus sechs bis minus zwei Grad.", "It is minus six to two degrees.", ["repaired"],
     "It is minus six to minus two degrees.", []),
    ("Es hat minus 5 bis 3 Grad.", "It is 5 to 3 degrees.", ["repaired"],
     "It is minus 5 to 3 degrees.", []),
    # a temperature is a level: "fell" does not carry its sign
    ("Die Temperatur sank auf -12 Grad.", "The temperature fell to 12 degrees.", ["repaired"],
     "The temperature fell to -12 degrees.", []),
    # a change: a fall in its clause says the minus in words
    ("Der Umsatz ging um -4,7 Prozent zurück.", "Sales fell by 4.7 percent.", ["kept"], None, []),
    ("Der DAX schloss bei 12.000 Punkten (-1,2 %).", "The DAX closed at 12,000 points (1.2%).",
     ["kept", "repaired"], "The DAX closed at 12,000 points (-1.2%).", []),
    ("DAX -0,25 Prozent, FTSE -0,84 Prozent.", "DAX down 0.25 percent, FTSE 0.84 percent.",
     ["kept", "repaired"], "DAX down 0.25 percent, FTSE -0.84 percent.", []),
    ("Die Exporte lagen bei minus 5 Prozent.", "Exports were at 5 percent.", ["repaired"],
     "Exports were at minus 5 percent.", []),
    ("Die Exporte lagen bei minus 5 Prozent.", "Exports were down 5 percent.", ["kept"], None,
     []),
    # the same number in another currency is another figure; a Rappen is a cent
    ("Die Firma zahlt 5 Millionen Euro.", "The company pays 5 million dollars.", ["missing"],
     None, ["5 million dollars"]),
    ("Die Firma zahlt 5 Millionen Euro.", "The company pays €5 million.", ["kept"], None, []),
    ("Das kostet 80 Rappen.", "It costs 80 cents.", ["kept"], None, []),
    ("Das kostet 3 Franken.", "It costs CHF 3.", ["kept"], None, []),
    # a qualifier turned round is turned back, and one on neither side made a firm bound; one
    # that only leans ("knapp" as "nearly"), or none, is left alone
    (LEAD, "It involved less than 1,000 containers, the White House said on Friday.",
     ["repaired", "kept"], "It involved more than 1,000 containers, the White House said on "
     "Friday.", []),
    (LEAD, "It involved over 1,000 containers, the White House said on Friday.",
     ["kept", "kept"], None, []),
    (LEAD, "It involved about 1,000 containers, the White House said on Friday.",
     ["kept", "kept"], None, []),
    ("Bis zu 500 Menschen kamen.", "More than 500 people came.", ["repaired"],
     "Up to 500 people came.", []),
    ("Knapp 500 Menschen kamen.", "Nearly 500 people came.", ["kept"], None, []),
    ("Die Firma zahlt rund 5 Millionen Euro.", "The firm pays up to €5 million.",
     ["repaired"], "The firm pays around €5 million.", []),
    # another unit with the same number is another figure; a unit the tables do not know is
    # never a conflict
    ("Der Fahrer hatte seine Lenkzeit um fast fünf Stunden überschritten.",
     "The driver had exceeded his driving time by almost five minutes.", ["missing"], None,
     ["five"]),
    ("Orkantief Quirin brachte Spitzenböen von 152 Kilometern pro Stunde.",
     "Storm Quirin brought gusts of 152 kilometers per hour.", ["kept"], None, []),
    ("Orkantief Quirin brachte Spitzenböen von 152 Kilometern pro Stunde.",
     "Storm Quirin brought gusts of 152 miles per hour.", ["missing"], None, ["152"]),
    ("Er soll etwa 120 Kilogramm geerntet haben.", "He is said to have harvested about 120 "
     "pounds.", ["missing"], None, ["120 pounds"]),
    ("Die Temperaturen kletterten auf 34 Grad.", "Temperatures climbed to 34 degrees Celsius.",
     ["kept"], None, []),
    ("Die Temperaturen kletterten auf 34 Grad.", "Temperatures climbed to 34 degrees "
     "Fahrenheit.", ["missing"], None, ["34"]),
    # a count is no clock time; a number word with a unit is a figure of its own
    ("Zwei von ihnen kamen ins Spital.", "Two of them were taken to hospital at 2 a.m.",
     ["kept"], None, ["2 a.m."]),
    ("Rund 15.000 Kubikmeter Geröll müssen abgetragen werden.",
     "Around 15,000 cubic meters of debris must be removed within two weeks.", ["kept"], None,
     ["two"]),
    # "42.195" is a decimal in English, not German thousands
    ("Er lief die 42,195 Kilometer in 2:06:48 Stunden.",
     "He covered the 42.195 kilometers in 2:06:48.", ["kept", "kept"], None, []),
    # words said another way: a relative date, a frequency, "ersten", an age class
    ("Das wären um drei Prozent mehr als im Vorjahr.",
     "That would be three percent more than the previous year.", ["kept", "kept"], None, []),
    ("Der Umsatz stieg im Vorjahr um 12 Prozent.", "Sales rose by 12 percent last year.",
     ["kept", "kept"], None, []),
    ("Das würde jährlich zusätzliche Mittel von rund 1,8 Milliarden Franken erfordern.",
     "That would require additional funds of around 1.8 billion francs a year.",
     ["kept", "kept"], None, []),
    # ("nach ersten Schätzungen" is no rank: initial estimates, no figure)
    ("Das Hochwasser verursachte nach ersten Schätzungen Schäden von 1,7 Milliarden Euro.",
     "According to initial estimates, the flood caused 1.7 billion euros in damage.",
     ["kept"], None, []),
    ("Das Hochwasser verursachte nach den ersten Schätzungen des Landes Schäden.",
     "According to the state's first estimates, the flood caused damage.", ["kept"], None, []),
    ("Er verbesserte den deutschen U20-Rekord.", "He improved the German under-20 record.",
     ["kept"], None, []),
    # English forms the reader now knows: a range of days, "Twenty-three", "1,000th"
    ("Die Berlinale zeigt vom 13. bis 23. Februar rund 200 Filme.",
     "The Berlinale shows around 200 films from February 13 to 23.", ["kept", "kept"], None,
     []),
    ("In Winterthur mussten 23 Personen evakuiert werden.",
     "Twenty-three people had to be evacuated in Winterthur.", ["kept"], None, []),
    ("Das Musical feierte seine 1000. Vorstellung.",
     "The musical celebrated its 1,000th performance.", ["kept"], None, []),
    # correct English the reader now knows (second round of the check probe)
    ("Das Ergebnis sank von 412 auf 298 Mio. Euro.",
     "Earnings dropped from €412 million to €298 million.", ["kept", "kept"], None, []),
    ("Er sprang 8,94 Meter weit.", "He jumped 8.94 m.", ["kept"], None, []),
    ("Die Zahl stieg um 179.000.", "The number rose by 179 000.", ["repaired"],
     "The number rose by 179,000.", []),
    ("Die SNB senkte den Leitzins um 0,25 Prozentpunkte.",
     "The SNB cut its key rate by 25 basis points.", ["kept"], None, []),
    ("Die SNB senkte den Leitzins um 0,25 Prozentpunkte.",
     "The SNB lowered its rate by a quarter of a percentage point.", ["kept"], None, []),
    ("Die Quote kletterte um 0,4 Punkte auf 6,4 Prozent.",
     "The rate climbed 0.4 percentage points to 6.4%.", ["kept", "kept"], None, []),
    ("In der Nacht werden 20 bis 22 Grad erwartet.", "Lows of 20-22C are expected at night.",
     ["kept"], None, []),
    ("Die Staatsoper nahm in der Saison 2024/25 viel ein.",
     "The State Opera took in a lot in the 2024-25 season.", ["kept"], None, []),
    ("Die Exporte brachen im dritten Quartal ein.", "Exports slumped in Q3.", ["kept"], None,
     []),
    ("Das 77. Filmfestival von Locarno ist vorbei.",
     "The seventy-seventh Locarno Film Festival is over.", ["kept"], None, []),
    ("Kiprop siegte in 2:03:17 Stunden.",
     "Kiprop won in 2 hours, 3 minutes and 17 seconds.", ["kept"], None, []),
    ("Der Gletscher schmolz um rund 2,5 Meter.",
     "The glacier melted by about two and a half metres.", ["kept"], None, []),
    ("An der Studie nahmen 1.874 Menschen teil.", "1874 people took part in the study.",
     ["kept"], None, []),
    ("Das Budget von 17 Millionen Euro trägt die Stadt.",
     "The city bears the 17-million-euro budget.", ["kept"], None, []),
    ("Deutschland gewann das Viertelfinale.", "Germany won the quarter-final.", ["kept"], None,
     []),
    ("Brunner schied in der ersten Runde aus.", "Brunner went out in round one.", ["kept"],
     None, []),
    ("Brunner verlor 4:6, 6:7 (5:7) gegen Zverev.", "Brunner lost 4-6, 6-7 (5-7) to Zverev.",
     ["kept"], None, []),
    ("Der Umsatz stieg im ersten Halbjahr.", "Sales rose in the first six months.", ["kept"],
     None, []),
    ("Die Hälfte des Schnees fehlte.", "50 percent of the snow was missing.", ["kept"], None,
     []),
    # third round: wire abbreviations, a currency or scale written once, two numbers
    ("Die Umsätze lagen bei rund 620 Mio. Euro.", "Turnover was roughly EUR 620 mn.", ["kept"],
     None, []),
    ("Die SBB investiert rund 4,6 Mrd. Franken, davon 850 Mio. Franken in den Tunnel.",
     "The SBB is investing some CHF 4.6 bn, CHF 850 m of it in the tunnel.", ["kept", "kept"],
     None, []),
    ("Die Kosten werden auf 550 bis 600 Millionen Euro geschätzt.",
     "The cost is put at €550–600 million.", ["kept"], None, []),
    ("Die Bevölkerung wächst auf 10,4 bis 11,2 Millionen Menschen.",
     "The population will grow to between 10.4 and 11.2 million.", ["kept"], None, []),
    ("Der Nationalrat hat die Vorlage mit 98 zu 93 Stimmen angenommen.",
     "The lower house approved the proposal 98-93.", ["kept"], None, []),
    ("Der ICE verbindet München und Berlin in 3 Stunden und 55 Minuten.",
     "The ICE links Munich and Berlin in 3 hours and 55 minutes.", ["kept"], None, []),
    ("Die Partie dauerte 2:14 Stunden, das Finale beginnt um 14 Uhr.",
     "The match lasted two hours and 14 minutes; the final starts at 2pm.", ["kept", "kept"],
     None, []),
    ("Die Staffel über 4 x 100 Meter wurde Vierte.", "The 4 x 100m relay team came fourth.",
     ["kept", "kept"], None, []),
    ("Salzburg siegte mit 4:2 beim LASK.", "Salzburg beat LASK 4-2.", ["kept"], None, []),
    ("Die ÖVP verlor 6,2 Prozentpunkte.", "The People's Party shed 6.2 points.", ["kept"], None,
     []),
    ("Der Wagen verbrauchte 14,2 Kilowattstunden pro 100 Kilometer.",
     "The car used 14.2 kWh per 100 km.", ["kept"], None, []),
    ("Es waren 8 Prozent weniger als ein Jahr zuvor.",
     "That was eight per cent below the previous year's figure.", ["kept", "kept"], None, []),
    ("Der Feber war um 4,3 Grad wärmer als im Mittel.",
     "February was 4.3 degrees warmer than average.", ["kept", "kept"], None, []),
    ("Der Winter war um 4,3 Grad wärmer als im Mittel.",
     "February was 4.3 degrees warmer than average.", ["kept"], None, []),
    ("Die DFG fördert das Zentrum in den ersten vier Jahren mit 12,5 Millionen Euro.",
     "The DFG funds the centre with 12.5 million euros over the first four years.",
     ["kept", "kept"], None, []),
    # a race's gap in parts of a second, said either way; a runner-up
    ("Sie lag zwölf Hundertstel vor der Vierten.", "She was 0.12 sec clear of the fourth.",
     ["kept", "kept"], None, []),
    ("Sie lag zwölf Hundertstel vor der Vierten.",
     "She was twelve hundredths of a second clear of the fourth.", ["kept", "kept"], None, []),
    ("Er verpasste Bronze um 0,11 Sekunden.", "He missed bronze by eleven hundredths of a "
     "second.", ["kept"], None, []),
    ("Der Bündner wurde im Sprint Zweiter.", "The man from Graubünden was runner-up in the "
     "sprint.", ["kept"], None, []),
    # fourth round: a month after "to", "two-and-a-half", "4h 21m 37s", "USD 310,000", a
    # currency in words, "semi-final", noon, a code in words that takes no number ("Im Finale")
    ("Der 19-Jährige soll zwischen Jänner und März 14 Autos aufgebrochen haben.",
     "The 19-year-old is suspected of breaking into 14 cars from January to March.",
     ["kept", "kept", "kept"], None, []),
    ("Die Anklage fordert zwischen zweieinhalb und vier Jahren Haft.",
     "The prosecution demands between two-and-a-half and 4 years in prison.", ["kept"], None,
     []),
    ("Der Etappensieger brauchte 4:21:37 Stunden.", "The stage winner took 4h 21m 37s.",
     ["kept"], None, []),
    ("Der Kärntner kassierte rund 310.000 Dollar.", "The Carinthian pocketed some USD 310,000.",
     ["kept"], None, []),
    ("Der Schaden beträgt mehrere Millionen Franken.", "The damage is several million CHF.",
     ["kept"], None, []),
    ("Deutschland gewann das Halbfinale gegen Dänemark 29:27.",
     "Germany won the semi-final against Denmark 29-27.", ["kept", "kept"], None, []),
    ("Bis Sonntagmittag breitete sich das Feuer auf 150 Hektar aus.",
     "By Sunday noon the fire had spread to 150 hectares.", ["kept", "kept"], None, []),
    ("Im Finale verpasste er Bronze um nur zwei Hundertstel.",
     "In the final he missed bronze by a mere two hundredths.", ["kept", "kept"], None, []),
    ("Die Reisenden verloren rund eineinhalb Stunden.",
     "Travellers lost around an hour and a half.", ["kept"], None, []),
    ("Männer essen rund 10 Gramm Salz am Tag.", "Men eat around 10 milligrams of salt a day.",
     ["missing"], None, ["10"]),
    ("Seit Jahresbeginn fiel weniger als zwei Drittel des Mittels.",
     "Since the start of the year, more than two thirds of the average fell.", ["repaired"],
     "Since the start of the year, less than two thirds of the average fell.", []),
    ("Der Reingewinn sank um ein Fünftel auf 312 Millionen Franken.",
     "Net income declined by one-fifth to 312 m francs.", ["kept", "kept"], None, []),
    # mixed: one dropped, one reformatted, one invented
    (RATE + " Das waren 452.000 weniger als vor einem Jahr.",
     "The rate rose to 5,4 percent. That was 17 fewer than a year earlier.",
     ["missing", "repaired", "missing", "kept"],
     "The rate rose to 5.4 percent. That was 17 fewer than a year earlier.", ["17"]),
]  # fmt: skip


@pytest.mark.parametrize(("german", "english", "statuses", "fixed", "invented"), CHECKS)
def test_check_translation(german, english, statuses, fixed, invented):
    figs = extract_figures(german)
    res = check_translation(figs, english)
    assert res.statuses == statuses
    assert res.text == (fixed if fixed is not None else english)
    assert res.invented == invented
    # never silent: every non-kept outcome and every invented figure has a warning
    assert len(res.warnings) >= sum(s != "kept" for s in statuses) + len(invented)


def test_each_source_figure_gets_its_own_verdict():
    german = RATE + " Das waren 452.000 weniger als vor einem Jahr."
    figs = extract_figures(german)
    english = "The rate rose to 5,4 percent. That was 17 fewer than a year earlier."
    res = check_translation(figs, english)
    assert [c.figure for c in res.figures] == figs
    by_status = {c.status: c for c in res.figures}
    repaired, kept = by_status["repaired"], by_status["kept"]
    assert (repaired.english, kept.warning) == ("5.4 percent", None)
    assert repaired.warning and "'5,4 percent' -> '5.4 percent'" in repaired.warning
    assert kept.english and kept.english in english
    missing = [c for c in res.figures if c.status == "missing"]
    assert res.missing == [c.figure for c in missing] and len(missing) == 2
    for c in missing:
        assert c.english is None and c.warning and c.figure.source in c.warning
    # the per-figure lines are the result's warnings, the invented figure's line besides
    assert sorted(c.warning for c in res.figures if c.warning) == sorted(res.warnings[:-1])


def test_check_warnings_name_the_figure():
    res = check_translation(extract_figures(LEAD), "Containers were seen, the White House said.")
    assert res.statuses[0] == "missing"
    assert any("mehr als 1000 Container" in w for w in res.warnings)


# (English text, kind, value, note)
ENGLISH = [
    ("more than 1,000 containers", "number", 1000, None),
    ("1.000 containers", "number", 1000, "german_digits"),
    ("2,462,000", "number", 2462000, None),
    ("3,2 percent", "percent", 3.2, "decimal_comma"),
    ("3.2 percent", "percent", 3.2, None),
    ("jailed for 4½ years", "number", 4.5, None),
    ("the 4x100 metres relay", "number", {"x1": 4, "x2": 100}, None),
    ("to serve seven and a half years", "number", 7.5, None),
    ("over half a million were sold", "number", 500000, None),
    ("ran on time in H1, against", "ordinal", 1, None),
    ("A 93rd-minute goal", "ordinal", 93, None),
    ("just under one in four were e-books", "number", 0.25, None),
    ("30%", "percent", 30, None),
    ("0.3 percentage points", "percentage_points", 0.3, None),
    ("1.5 billion euros", "money", 1500000000, None),
    ("CHF 80,000", "money", 80000, None),
    ("80,000 francs", "money", 80000, None),
    ("September 7", "date", "--09-07", None),
    ("7 September", "date", "--09-07", "day_month"),
    ("October 1, 2023", "date", "2023-10-01", None),
    ("January 2022", "date", "2022-01", None),
    ("11:50 p.m.", "time", "23:50", None),
    ("12:30 p.m.", "time", "12:30", None),
    ("opens at 18:30", "time", "18:30", None),
    # a clock time in words
    ("just after half past one", "time", "01:30", None),
    ("at three o'clock", "time", "03:00", None),
    ("at a quarter to four", "time", "03:45", None),
    ("a scale of 1:25,000", "number", "1:25000", None),
    ("6-3", "score", {"home": 6, "away": 3}, None),
    ("in 2017", "year", 2017, None),
    ("a 24-year-old", "measure", 24, None),
    ("COVID-19", "identifier", "COVID-19", None),
    ("two scenarios", "number", 2, None),
    ("hundreds of containers", "count", 100, None),
    ("the third time", "ordinal", 3, None),
    ("11th place", "ordinal", 11, None),
    ("Friday", "date", "Friday", None),
    ("its GMV 9%", "percent", 9, None),  # a share after an abbreviation, no name
]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("between 7:30 and 8:15 p.m.", "19:30"),  # the range's "p.m." is the first time's too
        ("from 9:30 to 5 p.m.", "09:30"),  # a morning's start
        ("between 7:30 and 8:15 a.m.", "07:30"),
    ],
)
def test_a_time_range_says_its_day_part_once(text, first):
    times = [f for f in find_english_figures(text) if f.kind == "time"]
    assert len(times) == 2 and times[0].value == first


def test_a_quarter_before_a_number_is_no_clock_time():
    figs = find_english_figures("Bankruptcies rose in the first quarter to 5,209.")
    assert [(f.kind, f.value) for f in figs] == [("ordinal", 1), ("number", 5209)]
    assert find_english_figures("at a quarter to 5")[0].kind == "time"


@pytest.mark.parametrize(("text", "kind", "value", "note"), ENGLISH)
def test_find_english_figures(text, kind, value, note):
    figs = find_english_figures(text)
    assert figs, text
    f = max(figs, key=lambda g: g.end - g.start)
    assert (f.kind, f.value, f.note) == (kind, value, note)
    assert text[f.start : f.end] == f.source


# (German figure, English text): same value although written differently
SAME = [
    ("mehr als 1000 Container", "1,000"),
    ("1,5 Milliarden Euro", "1.5 billion euros"),
    ("3,2 Prozent", "3.2 percent"),
    ("7. September", "September 7"),
    ("1. Oktober 2023", "October 1, 2023"),
    ("23:50 Uhr", "11:50 p.m."),
    ("3:6, 4:6-Niederlage", "6-3, 6-4"),
    ("zwei Szenarien", "two"),
    ("rund 80’000 Franken", "80,000 francs"),
]


@pytest.mark.parametrize(("german", "english"), SAME)
def test_same_value(german, english):
    de = extract_figures(german)
    en = find_english_figures(english)
    assert len(de) == 1
    if len(en) == 1:
        assert same_value(de[0], en[0])
    else:  # a set score is one German figure, one English figure per set
        assert check_translation(de, english).statuses == ["kept"]


@pytest.mark.parametrize(
    ("german", "english"),
    [("3,2 Prozent", "3.2 percentage points"), ("7. September", "September 8"),
     ("1000 Container", "100"), ("2017", "2018")],
)  # fmt: skip
def test_different_values(german, english):
    assert not same_value(extract_figures(german)[0], find_english_figures(english)[0])


def test_key_figures_seed():
    text = SEED.read_text(encoding="utf-8")
    figs = extract_figures(text)
    mark_key_figures(figs, rough_sentence_starts(text))
    keys = [f for f in figs if f.key]
    assert 1 <= len(keys) <= 6
    assert any(f.source == "mehr als 1000 Container" for f in keys)
    assert all(f.sentence is not None for f in figs)
    # deterministic
    again = extract_figures(text)
    mark_key_figures(again, rough_sentence_starts(text))
    assert [f.key for f in again] == [f.key for f in figs]


def test_key_limit_and_sentences():
    text = (
        "Die Firma meldet 12 Fälle. Sie zahlt 5 Millionen Euro. Es gab 7 Tote. "
        "Der Umsatz stieg um 3,1 Prozent. Am 7. September 2023 war Sitzung. "
        "Es kamen 40 Besucher. Am Ende waren es 80 Kühe."
    )
    figs = extract_figures(text)
    mark_key_figures(figs, rough_sentence_starts(text), title="80 Kühe", limit=2)
    assert sum(f.key for f in figs) == 2
    assert figs[0].sentence == 0 and figs[-1].sentence == 6


def test_incidental_figures_rank_below_money():
    text = "Der Bund zahlt 3,4 Mrd. Euro. Das Gesetz von 2005 nennt die MA 22 und zwei Stellen."
    figs = extract_figures(text)
    mark_key_figures(figs, rough_sentence_starts(text), limit=1)
    assert [f.source for f in figs if f.key] == ["3,4 Mrd. Euro"]


def test_vague_quantity_opening_a_sentence_is_found():
    from summarizer.figures import find_english_figures

    found = find_english_figures("Hundreds of containers were shipped. Dozens were seen.")
    assert [(f.kind, f.value) for f in found] == [("count", 100), ("count", 12)]


@pytest.mark.parametrize(
    ("german", "english"),
    [
        # a multiple's verb in another form than ours, a relative date said otherwise
        ("Die Zahl verdoppelt sich.", "The number has doubled."),
        ("Er fordert eine Verdoppelung.", "He wants the number to be doubled."),
        (
            "Das waren 452.000 weniger als vor einem Jahr.",
            "That was 452,000 fewer than a year earlier.",
        ),
        ("Es fiel fast das Dreifache der Norm.", "Nearly triple the average fell."),
        # a list that writes its unit once, in either language
        ("Die ÖVP kam auf 25 und die SPÖ auf 21 Prozent.",
         "The ÖVP got 25% and the SPÖ 21%."),
        ("Die ÖVP kam auf 25 Prozent und die SPÖ auf 21 Prozent.",
         "The ÖVP was at 25 and the SPÖ at 21 percent."),
        # a vague amount in digits is rendered in words, and looked for in words
        ("Der Schaden beläuft sich auf mehrere 100'000 Franken.",
         "The damage amounts to several hundred thousand Swiss francs."),
        # a club's number and letters stay, its town may be translated
        ("Der 1. FC Köln verlor in Freiburg.", "1. FC Cologne lost in Freiburg."),
        # "doppelt so viele" ("twice as many") said as a multiple
        ("Es waren fast doppelt so viele wie im Vorjahr.",
         "It was nearly double the number of a year earlier."),
        ("Die Veranstalter sprachen von mehr als doppelt so vielen.",
         "Organizers put the number at more than double that."),
    ],
)  # fmt: skip
def test_a_figure_in_words_is_kept_in_any_form_of_its_words(german, english):
    # (another multiple is another figure: "three times" is not "doppelt so"; a frequency is
    # no multiple: "zweimal" is not "double")
    assert check_translation(extract_figures("Er gewann zweimal."), "He won double.").statuses == [
        "missing"
    ]
    assert check_translation(
        extract_figures("Sie sprachen von doppelt so vielen."), "They spoke of three times that."
    ).statuses == ["missing"]
    res = check_translation(extract_figures(german), english)
    assert res.statuses == ["kept"] * len(res.statuses), res.warnings
    for c in res.figures:
        assert c.english and c.english in english


def test_a_list_of_minutes_is_checked_by_its_numbers():
    german = "Tore: Jamnig (45.+2), Lewandowski (41./18.)."
    english = "Goals: Jamnig (45+2), Lewandowski (41, 18)."
    res = check_translation(extract_figures(german), english)
    assert res.statuses == ["kept", "kept"] and res.invented == []
    res = check_translation(extract_figures(german), "Goals: Jamnig (45+2), Lewandowski (41).")
    assert res.statuses == ["kept", "missing"]


@pytest.mark.parametrize(
    ("english", "negative"),
    [
        ("It was -5 degrees.", True),
        ("Shares (−1.2%) fell.", True),
        ("It was minus five degrees.", True),
        ("A rate of negative 0.5 percent.", True),
        ("It was 5 degrees below zero.", True),
        ("It was 5 °C below freezing.", True),
        ("Five degrees of frost.", True),
        # a dash after a digit or a word is a range or a hyphen, not a sign
        ("Prices rose 2-3 percent.", False),
        ("The COVID-19 wards.", False),
        ("It was 5 degrees.", False),
    ],
)
def test_a_number_marked_negative(english, negative):
    from summarizer.figures.signs import marked_negative

    numbers = [f for f in find_english_figures(english) if f.kind != "identifier"]
    assert any(marked_negative(english, f) for f in numbers) is negative


def test_a_lost_minus_is_put_back_in_french_too():
    # French "-4,7 %" is a change down ("down 4.7%"): no fall in the English clause, no sign
    figs = extract_figures("Les ventes : -4,7 %.", lang="fr")
    assert check_translation(figs, "Sales: 4.7%.").text == "Sales: minus 4.7%."
    assert check_translation(figs, "Sales fell 4.7%.").statuses == ["kept"]


@pytest.mark.parametrize(
    ("german", "english", "status"),
    [
        # a noun makes the figure a fall or a rise; a translation that turns it round loses it
        ("Der DAX schloss mit einem Minus von 1,3 Prozent.", "The DAX closed up 1.3 percent.",
         "missing"),
        ("Der DAX schloss mit einem Minus von 1,3 Prozent.", "The DAX closed 1.3 percent lower.",
         "kept"),
        ("Der Buchhandel verzeichnete ein Umsatzminus von 2,6 Prozent.",
         "The book trade saw sales rise by 2.6 percent.", "missing"),
        ("Der Export verzeichnete ein Plus von 4 Prozent.", "Exports fell 4 percent.", "missing"),
        ("Der Export verzeichnete ein Plus von 4 Prozent.", "Exports grew 4 percent.", "kept"),
        # a clause with neither or both ways says nothing
        ("Der Export verzeichnete ein Plus von 4 Prozent.", "Exports: 4 percent.", "kept"),
        # the verbs of the clause say the way of a change, not of a level ("auf 1.214")
        ("Die Zahl der Unfälle ist um 6,8 Prozent auf 1.214 gesunken.",
         "The number of accidents rose by 6.8 percent to 1,214.", "missing"),
        ("Die Zahl der Unfälle ist auf 1.214 gesunken.",
         "The number of accidents rose to 1,214.", "kept"),
        # words after the figure ("im Minus", "über dem Vorjahr"); a temperature a change is by
        ("Der DAX schloss 1,2 Prozent im Minus.", "The DAX closed 1.2 percent higher.",
         "missing"),
        ("Der DAX schloss 1,2 Prozent im Minus.", "The DAX closed 1.2 percent lower.", "kept"),
        ("Die Quote lag 0,7 Prozentpunkte über dem Vorjahr.",
         "The rate was 0.7 percentage points lower than a year earlier.", "missing"),
        ("Die Temperaturen sinken um bis zu 15 Grad.",
         "Temperatures will rise by up to 15 degrees.", "missing"),
        ("Die Temperaturen sinken auf 15 Grad.", "Temperatures will rise to 15 degrees.",
         "kept"),
        # a separable verb: its particle ends the clause ("ging ... zurück", "nahm ... zu")
        ("Die Zahl ging um 8 Prozent auf 1,1 Millionen zurück.",
         "The number rose by 8 percent to 1.1 million.", "missing"),
        ("Die Zahl ging um 8 Prozent auf 1,1 Millionen zurück.",
         "The number fell by 8 percent to 1.1 million.", "kept"),
        ("Die Zahl der Schwerverletzten nahm um 2,1 Prozent zu.",
         "The number of seriously injured fell by 2.1 percent.", "missing"),
        ("Die SPÖ verliert 2 Prozentpunkte.", "The SPÖ gains 2 percentage points.", "missing"),
        ("Die SPÖ verliert 2 Prozentpunkte.", "The SPÖ loses 2 percentage points.", "kept"),
        ("Die Lions schlossen mit einem Verlust von 1,8 Mio. Franken ab.",
         "The Lions ended with a profit of 1.8 million francs.", "missing"),
        ("Die Tordifferenz liegt bei plus 34.", "Their goal difference stands at minus 34.",
         "missing"),
        # a minus: a change turned round is lost, not mended; a minus kept marks a level
        ("Die Wirtschaft schrumpfte um -0,2 Prozent.", "The economy grew by 0.2 percent.",
         "missing"),
        ("Die Quote stieg von -0,5 Prozent.", "The rate rose from -0.5 percent.", "kept"),
        # a verb of change outweighs "deficit" or "profit" as the subject
        ("Das Defizit soll um 0,8 Prozentpunkte sinken.",
         "The deficit is set to rise by 0.8 percentage points.", "missing"),
        ("Das Defizit soll um 0,8 Prozentpunkte sinken.",
         "The deficit is set to fall by 0.8 percentage points.", "kept"),
        ("Der Gewinn sank um 5 Prozent.", "Profit fell by 5 percent.", "kept"),
        ("Der Gewinn sank um 5 Prozent.", "Profit rose by 5 percent.", "missing"),
        # the clause runs past "Mio." to the particle of a separable verb
        ("Der Auftragseingang ging um 11 Prozent auf 640 Mio. Euro zurück.",
         "Order intake rose by 11 percent to 640 million euros.", "missing"),
        ("Der Auftragseingang ging um 11 Prozent auf 640 Mio. Euro zurück.",
         "Order intake fell by 11 percent to 640 million euros.", "kept"),
        # a difference from the norm says its way, of a temperature too
        ("Die Temperatur lag 1,8 Grad unter der Norm.",
         "The temperature was 1.8 degrees above the norm.", "missing"),
        ("Die Temperatur lag 1,8 Grad unter der Norm.",
         "The temperature was 1.8 degrees below the norm.", "kept"),
        # a margin: "Rückstand" is behind, not ahead; "runner-up" says no rise
        ("Sie wurde mit 0,27 Sekunden Rückstand Dritte.", "She was third, 0.27 seconds ahead.",
         "missing"),
        ("Sie wurde mit 0,27 Sekunden Rückstand Dritte.", "She was third, 0.27 seconds behind.",
         "kept"),
        ("Zweiter wurde ein Deutscher mit 2:48 Minuten Rückstand.",
         "A German was runner-up, 2 minutes 48 seconds back.", "kept"),
        # a noun of change with a genitive before "um"
        ("Er meldete einen Rückgang des Ebit um 18 Prozent.",
         "It reported an 18 percent increase in EBIT.", "missing"),
    ],
)  # fmt: skip
def test_a_change_turned_round_is_missing(german, english, status):
    figs = extract_figures(german)
    res = check_translation(figs, english, source_text=german)
    assert res.statuses[0] == status and set(res.statuses[1:]) <= {"kept"}
    if status == "missing":
        assert res.text == english and any("turned round" in w for w in res.warnings)


@pytest.mark.parametrize(
    ("german", "english", "swapped"),
    [
        # a name next to a figure in the German stands next to another one in the English
        ("Im Juli fielen in Lugano 212 Millimeter Regen, in Genf nur 38 Millimeter.",
         "In July, 38 millimeters of rain fell in Lugano but only 212 millimeters in Geneva.",
         ("212 Millimeter", "38 Millimeter")),
        ("Im Juli fielen in Lugano 212 Millimeter Regen, in Genf nur 38 Millimeter.",
         "In July, 212 millimeters of rain fell in Lugano but only 38 millimeters in Geneva.",
         None),
        ("Der DAX schloss 1,2 Prozent fester, der MDax legte 0,4 Prozent zu.",
         "The DAX closed 0.4 percent higher, the MDax gained 1.2 percent.",
         ("1,2 Prozent", "0,4 Prozent")),
        # a count and a bare number are one kind; the English may leave out the noun
        ("Auf der A1 zählte das Astra 86'000 Fahrzeuge pro Tag, auf der A2 waren es 17'500.",
         "On the A1, FEDRO counted 17,500 vehicles per day, while on the A2 it was 86,000.",
         ("86'000 Fahrzeuge pro Tag", "17'500")),
        # "von A auf B": the English "from" and "to" name A and B, in either order
        ("Der Vorsprung wuchs von vier auf sieben Punkte.",
         "The lead grew from seven to four points.", ("vier", "sieben Punkte")),
        ("Die Inflationsrate ist von 2,4 auf 2,0 Prozent gesunken.",
         "The inflation rate dropped to 2.0% from 2.4%.", None),
        # a figure of another kind the check matched ties its clauses like a name
        ("Die Inflationsrate ist im Oktober auf 2,4 Prozent gestiegen, nach 1,9 Prozent im "
         "September.",
         "The inflation rate rose to 1.9 percent in October, after 2.4 percent in September.",
         ("2,4 Prozent", "1,9 Prozent")),
        ("Die Inflationsrate ist im Oktober auf 2,4 Prozent gestiegen, nach 1,9 Prozent im "
         "September.",
         "In October the inflation rate rose to 2.4 percent, after 1.9 percent in September.",
         None),
        # "von A auf B" read with a third figure of the kind after "from"
        ("Die Rate sank von 2,4 auf 2,0 Prozent, die Kerninflation verharrte bei 2,9 Prozent.",
         "The rate fell from 2.9 to 2.0 percent, while core inflation held at 2.4 percent.",
         ("2,4", "2,9 Prozent")),
        # "A bzw. B": "A and B respectively" keeps the order, whatever the two kinds
        ("Sie wurden zu sechs beziehungsweise acht Jahren verurteilt.",
         "They were sentenced to eight and six years respectively.",
         ("sechs", "acht Jahren")),
        ("Sie wurden zu 18 bzw. 30 Monaten verurteilt.",
         "They were sentenced to 18 and 30 months respectively.", None),
        # a clause the English moved keeps its order: no swap
        ("Bayern gewann vor 75.000 Zuschauern und baute den Vorsprung auf sechs Punkte aus.",
         "In front of a crowd of 75,000, Bayern stretched their lead to 6 points.", None),
        # a source named once for the sentence ("Infratest") is confirmed wrong by the party
        ("Laut Infratest kommt die Union auf 31 Prozent, die SPD auf 15 Prozent.",
         "The CDU/CSU stands at 31%, the SPD at 15% according to Infratest.", None),
        # two numbers joined by "und" share their clause and their words
        ("Der Tiroler sprang in Bischofshofen 139,5 und 141 Meter weit.",
         "The Tyrolean jumped 139.5 and 141 metres in Bischofshofen.", None),
        # a German compound is no cognate of its first part
        ("Am Morgen lag die gefühlte Temperatur bei minus 31 Grad, gemessen wurden minus 18 Grad "
         "bei Windspitzen von 110 km/h.",
         "The wind-chill temperature in the morning was minus 31 degrees, while the measured "
         "temperature was minus 18 degrees with gusts of 110 km/h.", None),
        # each number before the other's counted noun: the English noun of a count, or a
        # cognate of the German noun ("Filme"/"films")
        ("Das Festival zeigte 225 Filme aus 58 Ländern.",
         "The festival showed 58 films from 225 countries.", ("225", "58 Ländern")),
        ("Das Festival zeigte 225 Filme aus 58 Ländern.",
         "The festival showed 225 films from 58 countries.", None),
        ("Im Jahr 2023 starben 1.028.000 Menschen, geboren wurden 693.000 Kinder.",
         "In 2023, 693,000 people died and 1,028,000 children were born.",
         ("1.028.000 Menschen", "693.000 Kinder")),
        ("Im Jahr 2023 starben 1.028.000 Menschen, geboren wurden 693.000 Kinder.",
         "In 2023, 693,000 children were born and 1,028,000 people died.", None),
        # a word news English writes another way is an anchor too ("Grünen"/"Greens")
        ("Bei der Union liegt ihr Anteil bei 23 Prozent, bei den Grünen bei 61 Prozent.",
         "Their share is 61 percent in the CDU/CSU and 23 percent among the Greens.",
         ("23 Prozent", "61 Prozent")),
        ("Bei der Union liegt ihr Anteil bei 23 Prozent, bei den Grünen bei 61 Prozent.",
         "Their share is 23 percent in the CDU/CSU and 61 percent among the Greens.", None),
        ("Im Bundestag stimmten 412 Abgeordnete für den Entwurf, 186 dagegen.",
         "In the Bundestag, 186 members voted for the bill, 412 against.",
         ("412 Abgeordnete", "186")),
        # "with" before its own number is no clause end; a list's parallel clause without an
        # article shares the unit; match minutes trade places too
        ("Es folgten Bad Kreuznach mit 37,1 und Mannheim mit 36,9 Grad.",
         "It was followed by Bad Kreuznach with 36.9 and Mannheim with 37.1 degrees.",
         ("37,1", "36,9 Grad")),
        ("Es folgten Bad Kreuznach mit 37,1 und Mannheim mit 36,9 Grad.",
         "It was followed by Bad Kreuznach with 37.1 and Mannheim with 36.9 degrees.", None),
        ("Torschützen waren Müller in der 23. und Schneider in der 67. Minute.",
         "The goals came from Müller in the 67th minute and Schneider in the 23rd.",
         ("23.", "67. Minute")),
        ("Torschützen waren Müller in der 23. und Schneider in der 67. Minute.",
         "The goals came from Müller in the 23rd minute and Schneider in the 67th.", None),
    ],
)  # fmt: skip
def test_two_figures_that_traded_places_are_missing(german, english, swapped):
    figs = extract_figures(german)
    res = check_translation(figs, english, source_text=german)
    lost = {c.figure.source for c in res.figures if c.status != "kept"}
    if swapped:
        assert lost == set(swapped) and res.text == english
        # one warning, on both figures
        assert sum(w.startswith("swapped:") for w in res.warnings) == 1
        assert all(c.warning.startswith("swapped:") for c in res.figures if c.status != "kept")
    else:
        assert not lost and not res.warnings


@pytest.mark.parametrize(
    ("german", "english"),
    [
        # a term's digit counts nothing; a tie-break's points in brackets belong to the score
        ("Die Kernkapitalquote lag bei 15,4 Prozent.", "Its CET1 ratio was 15.4 percent."),
        ("Die Kernkapitalquote lag bei 15,4 Prozent.",
         "Its common equity tier 1 ratio was 15.4 percent."),
        ("Thiem verlor mit 6:7 (5), 6:4, 3:6.", "Thiem lost 6-7 (5), 6-4, 3-6."),
        # golf: "under par" is the minus of a score
        ("Er liegt mit minus sieben Schlägen auf Rang drei.",
         "He is third at seven under par."),
        ("Geimpft sind 12 Prozent der Kinder unter fünf Jahren.",
         "12 percent of under-fives are vaccinated."),
    ],
)  # fmt: skip
def test_names_and_scores_say_no_figure_of_their_own(german, english):
    res = check_translation(extract_figures(german), english, source_text=german)
    assert set(res.statuses) == {"kept"} and not res.invented, res.warnings


def test_tie_break_points_the_source_does_not_have_are_invented():
    res = check_translation(extract_figures("Er verlor mit 6:7 (5), 6:4."), "He lost 6-7 (4), 6-4.")
    assert res.invented == ["4"]


def test_a_rate_per_another_unit_is_another_figure():
    german = "Bezahlt wurden 16'500 Franken pro Quadratmeter."
    figures = extract_figures(german)
    wrong = check_translation(figures, "They paid 16,500 francs per square foot.")
    assert wrong.statuses == ["missing"]
    assert check_translation(figures, "They paid CHF 16,500 per square metre.").statuses == ["kept"]


@pytest.mark.parametrize(
    "english",
    [
        # the unit or scale written once for both, a sign or a qualifier before the second
        "The forecast was cut from 0.9 to minus 0.3 percent.",
        "Profit rose from 1.1 to almost 1.4 billion euros.",
    ],
)
def test_a_pair_shares_its_unit_past_a_qualifier(english):
    german = {
        "The forecast was cut from 0.9 to minus 0.3 percent.":
            "Die Prognose sank von 0,9 auf minus 0,3 Prozent.",
        "Profit rose from 1.1 to almost 1.4 billion euros.":
            "Der Gewinn stieg von 1,1 auf knapp 1,4 Milliarden Euro.",
    }[english]  # fmt: skip
    res = check_translation(extract_figures(german), english, source_text=german)
    assert set(res.statuses) == {"kept"} and not res.invented, res.warnings


def test_a_number_word_in_a_name_holds_no_figure():
    german = "In Oberstdorf landete er auf Rang vier."
    english = "At the Four Hills opener in Oberstdorf he finished fifth."
    assert check_translation(extract_figures(german), english).statuses == ["missing"]


@pytest.mark.parametrize(
    ("english", "fixed"),
    [
        # a qualifier on neither side made a firm bound: "around" is put back
        ("The firm pays up to 5 million euros.", "The firm pays around 5 million euros."),
        ("The firm pays more than 5 million euros.", "The firm pays around 5 million euros."),
        # a rough one said another way, or one that only leans, is left alone
        ("The firm pays about 5 million euros.", None),
        ("The firm pays nearly 5 million euros.", None),
    ],
)
def test_a_rough_figure_made_a_bound_gets_its_qualifier_back(english, fixed):
    german = "Die Firma zahlt rund 5 Millionen Euro."
    res = check_translation(extract_figures(german), english, source_text=german)
    assert res.statuses == ["repaired" if fixed else "kept"]
    assert res.text == (fixed or english)


@pytest.mark.parametrize(
    ("german", "english", "status"),
    [
        # part of an hour said in minutes, and a timetable's interval in any English form
        ("Der Zug fährt in einer halben Stunde ab.", "The train leaves in 30 minutes.", "kept"),
        ("Der Zug fährt in einer halben Stunde ab.", "The train leaves in 20 minutes.",
         "missing"),
        ("Der Zug fährt in einer halben Stunde ab.", "The train leaves in 30 hours.", "missing"),
        ("Die Züge fahren im Halbstundentakt.", "Trains run every 30 minutes.", "kept"),
        ("Die Züge fahren im Halbstundentakt.", "Trains run half-hourly.", "kept"),
        ("Die Züge fahren im Halbstundentakt.", "Trains run every half hour.", "kept"),
        ("Die Züge fahren im Halbstundentakt.", "Trains run every 15 minutes.", "missing"),
        ("Die Züge fahren im Stundentakt.", "Trains run hourly.", "kept"),
        ("Es gibt halbstündliche Verbindungen.", "There are connections every 30 minutes.",
         "kept"),
    ],
)  # fmt: skip
def test_part_of_an_hour_in_minutes(german, english, status):
    assert check_translation(extract_figures(german), english).statuses == [status]


@pytest.mark.parametrize(
    ("english", "status"),
    [
        ("The court will deliver its verdict on Thursday, 12 December.", "missing"),
        ("The court will deliver its verdict on Friday, 12 December.", "repaired"),
        ("The court will deliver its verdict on December 12.", "kept"),
    ],
)
def test_a_date_with_another_weekday_is_missing(english, status):
    german = "Das Gericht eröffnet sein Urteil am Freitag, 12. Dezember."
    res = check_translation(extract_figures(german), english, source_text=german)
    assert res.statuses == [status]
    assert (status == "missing") == any("another weekday" in w for w in res.warnings)


def test_the_night_to_a_weekday_keeps_its_eve():
    german = "In der Nacht auf Montag fielen bis zu 80 Zentimeter Neuschnee."
    english = "As much as 80 cm of new snow fell on Sunday night."
    res = check_translation(extract_figures(german), english, source_text=german)
    assert res.statuses == ["kept", "kept"]


@pytest.mark.parametrize(
    ("german", "english", "statuses"),
    [
        ("Der Index fiel überraschend von 86,9 auf 85,4 Punkte.",
         "The index surprisingly rose from 86.9 to 85.4 points.", ["missing", "missing"]),
        ("Der Index fiel überraschend von 86,9 auf 85,4 Punkte.",
         "The index surprisingly fell from 86.9 to 85.4 points.", ["kept", "kept"]),
        # another unit, or a rank, says no way by its numbers
        ("Die Fahrzeit sinkt von rund drei Stunden auf 45 Minuten.",
         "The journey time falls from around three hours to 45 minutes.", ["kept", "kept"]),
        ("Deutschland ist von Rang 13 auf 16 abgerutscht.",
         "Germany has slipped from 13th to 16th place.", ["kept", "kept"]),
    ],
)  # fmt: skip
def test_a_change_from_a_to_b_says_its_way_by_its_values(german, english, statuses):
    res = check_translation(extract_figures(german), english, source_text=german)
    assert res.statuses == statuses
