"""Figure kinds found on the train split, table-driven, from its real sentences (DER STANDARD
articles of ``eval/data/news.jsonl``, a press release of ``eval/data/dev.jsonl``; the check's match
sentence is shortened, and two sentences that must stay as they are are shaped the same way).

A rendering never changes a figure's kind or digits: a version number is no date, a match
duration is no clock time, a unit is shared only across a real list, and a score the subject
lost is written winner first.
"""

from __future__ import annotations

import pytest

from summarizer.figures import check_translation, extract_figures
from summarizer.figures.english import find_english_figures
from tests.figure_table import assert_one_figure

FORTIOS = (
    "Betroffen sind die FortiOS-Versionen 4.3.0 bis 4.3.16 sowie 5.0.0 bis 5.0.7, die bis Juli "
    "2014 veröffentlicht wurden."
)
STURM_RESULTS = (
    "SK Sturm Graz – Red Bull Salzburg (Graz, UPC-Arena, 16.30 Uhr/live ORF eins, SR Grobelnik). "
    "Saisonergebnisse 2014/15: 3:2 (a), 1:2 (h), 1:2 (a), 0:0 (h) Sturm: Esser – Ehrenreich"
)
KITZBUEHEL = (
    "Der 31-jährige Deutsche rang am Samstag im Endspiel den französischen Qualifikanten "
    "Paul-Henri Mathieu nach 1:41 Stunden mit 2:6,6:2,6:2 nieder."
)
LEHRER = (
    "Auch die meisten muttersprachlichen Lehrer unterrichten in Wien (242 von 422, 57 Prozent)."
)
REISEVERSICHERUNG = "Unterm Strich blieb ein Bilanzgewinn von 6,31 (2014: 4,86) Millionen Euro."
GAS = (
    "Zum zuletzt geltenden Gaspreis von 247 Dollar für 1000 Kubikmeter könnte die Ukraine damit "
    "etwas mehr als zwei Milliarden Kubikmeter in seine unterirdischen Speicher pumpen und seine "
    "Reserven damit auf gut 17 Milliarden Kubikmeter erhöhen."
)
ROM = (
    "In dem Gebäude aus der Zeit des Königs Servio Tullio (578-539 v. u. Z.) soll soll eine "
    "hochrangige Familie gelebt habt."
)
US_OPEN = (
    "Nach 92 Minuten siegte sie mit 7:6(5),6:3, war dabei im ersten Durchgang aber mit 3:5 und "
    "später im Tiebreak mit 0:4 zurückgelegen."
)
FORMEL_1 = (
    "Zuletzt hatte Sauber schon um einen Vorschuss bei Formel-1-Boss Bernie Ecclestone gebeten, um "
    "die Entwicklung des neuen Autos für 2016 vorantreiben zu können."
)
VETTEL = (
    "Beide haben ein sehr großes Selbstbewusstsein, und keiner von beiden gibt auf, wenn es mal "
    "schwieriger wird."
)
INDIEN = "Etwa 180 Millionen unter 1,25 Milliarden Indern sind Muslime."
LINZ = "Gruppe G: EHC Black Wings Linz – TPS Turku 2:3 n.V. (0:0,0:1,2:1/0:1)Linz, 4.350 Zuschauer."
BIOMUELL = (
    "100 Prozent des Biomülls, das sind jährlich rund 18.000 Tonnen, landen bei Häusle und werden "
    "dort in der Biogasanlage verarbeitet."
)
ASYL = (
    "Derzeit leben 1549 Asylwerberinnen und -werber in Vorarlberg. Wöchentlich kommen weitere 50 "
    "bis 55 an."
)
SOLDAT = (
    "Bei einem zweiten Anschlag wurde dem Militär zufolge ein weiterer Soldat getötet und sieben "
    "weitere verletzt."
)

# (sentence, figure source, kind, value, English)
KINDS = [
    # dotted version numbers: a part that makes no date, or a version listed beside one
    (FORTIOS, "4.3.0", "identifier", "4.3.0", "4.3.0"),
    (FORTIOS, "4.3.16", "identifier", "4.3.16", "4.3.16"),
    (FORTIOS, "5.0.7", "identifier", "5.0.7", "5.0.7"),
    (FORTIOS, "Juli 2014", "date", "2014-07", "July 2014"),
    # a day, month and two-digit year alone is still a date; thousands are no version
    ("Die Frist endete am 4.3.16 um Mitternacht.", "4.3.16", "date", "2016-03-04",
     "March 4, 2016"),
    ("Im Zuge der Winterpause hat sich die Zahl der Arbeitslosen im Januar 2022 gegenüber dem "
     "Vormonat erhöht, und zwar um 133.000 auf 2.462.000.", "2.462.000", "number", 2462000,
     "2,462,000"),
    # a match duration keeps its digits and unit
    (KITZBUEHEL, "1:41 Stunden", "measure", "1:41", "1:41 hours"),
    # "X von Y, Z Prozent": the percentage belongs to Z alone
    (LEHRER, "422", "number", 422, "422"),
    (LEHRER, "57 Prozent", "percent", 57, "57 percent"),
    # "mit" before a score: the subject's result, written winner first; a trailing score stays
    ("Die Hannoveraner gingen gegen den ersatzgeschwächten VfL Wolfsburg mit 0:4 unter und "
     "kassierten die neunte Niederlage in den vergangenen zehn Ligaspielen.", "0:4", "score",
     {"home": 0, "away": 4}, "4-0"),
    ("Während Thomas Vanek (ohne Punkt) und seine Minnesota Wild mit dem 2:4 bei den New York "
     "Rangers die achte Niederlage in den jüngsten zehn Spielen kassierten, gab es für Michael "
     "Grabner und Michael Raffl in der Eastern Conference jeweils einen Sieg.", "2:4", "score",
     {"home": 2, "away": 4}, "4-2"),
    ("Das weiter kriselnde Manchester United gelang gegen Sheffield United ein 4:2-Sieg, der "
     "Mannschaft gelang damit der Sprung auf Platz sechs, weil Newcastle United mit 0:2 bei "
     "Crystal Palace verlor.", "0:2", "score", {"home": 0, "away": 2}, "2-0"),
    # a loser's noun after the score; a score alone in brackets after the match it ended
    ("Klubführung spricht Trainer nach 0:4-Blamage im Clasico das Vertrauen aus.", "0:4-Blamage",
     "score", {"home": 4, "away": 0}, "4-0 humiliation"),
    ("Der Strafsenat hat nach Videoanalyse des Spiels Grödig gegen die Austria  (0:1) Torjäger "
     "Olarenwaju Kayode nachträglich belangt.", "0:1", "score", {"home": 0, "away": 1}, "1-0"),
    # the periods after a final are written from its winner's side, the overtime's too
    (LINZ, "2:3", "score", {"home": 2, "away": 3}, "3-2"),
    (LINZ, "0:0,0:1,2:1", "score", {"sets": [[0, 0], [0, 1], [2, 1]]}, "0-0, 1-0, 1-2"),
    (LINZ, "0:1", "score", {"home": 0, "away": 1}, "1-0"),
    # an ordinal keeps the period it ranks (was "first" alone)
    ("Im ersten Geschäftshalbjahr (bis Ende Dezember) stieg der Umsatz des britischen Konzerns "
     "währungsbereinigt um 5 Prozent.", "ersten Geschäftshalbjahr", "ordinal", 1,
     "first half of the financial year"),
    (US_OPEN, "3:5", "score", {"home": 3, "away": 5}, "3-5"),
    (US_OPEN, "0:4", "score", {"home": 0, "away": 4}, "0-4"),
    ("Grabner setzte sich mit den Toronto Maple Leafs zuhause mit 3:2 nach Penaltyschießen gegen "
     "die New Jersey Devils durch.", "3:2", "score", {"home": 3, "away": 2}, "3-2"),
    # a year's figure in brackets between a number and its unit: both numbers take the unit
    (REISEVERSICHERUNG, "6,31", "money", 6310000, "6.31 million euros"),
    (REISEVERSICHERUNG, "2014", "year", 2014, "2014"),
    (REISEVERSICHERUNG, "4,86", "money", 4860000, "4.86 million euros"),
    # cubic metres
    (GAS, "etwas mehr als zwei Milliarden Kubikmeter", "measure", 2000000000,
     "just over two billion cubic meters"),
    (GAS, "1000 Kubikmeter", "measure", 1000, "1,000 cubic meters"),
    # years before the common era
    (ROM, "578-539 v. u. Z.", "date_range", {"from": -578, "to": -539}, "578-539 BC"),
    # a list that ends with a list word still shares its unit
    ("Die Quoten lagen bei 12, 13 und 14 Prozent.", "12", "percent", 12, "12 percent"),
    # a labelled number joined by a hyphen is one identifier, as written (was "Article 49" and 3)
    ("Valls holte die Erlaubnis, den ominösen Artikel 49-3 einzusetzen.", "Artikel 49-3",
     "identifier", "Artikel 49-3", "Article 49-3"),
    ("Artikel 7 gilt weiter.", "Artikel 7", "identifier", "Artikel 7", "Article 7"),
    # ... and after the genitive "des Artikels" (was "49" and "3")
    ("Deshalb muss er fast zum Notfallmittel des Artikels 49-3 greifen.", "Artikels 49-3",
     "identifier", "Artikels 49-3", "Article 49-3"),
    # a paragraph of an article is one reference (was "Section 3" beside "Article 49")
    ("Man nennt es in Paris den institutionellen Holzhammer: Paragraph 3 von Artikel 49 der "
     "französischen Verfassung ermächtigt die Regierung.", "Paragraph 3 von Artikel 49",
     "identifier", "Paragraph 3 von Artikel 49", "Paragraph 3 of Article 49"),
    # a name holding a number is the name, never a bare "1"
    (FORMEL_1, "Formel-1", "identifier", "Formula 1", "Formula One"),
    (FORMEL_1, "2016", "year", 2016, "2016"),
    ("Freitag-Training für das Formel-1-Saisonfinale in Abu Dhabi", "Formel-1", "identifier",
     "Formula 1", "Formula One"),
    # "Durchgang" is a round in ski jumping, a set beside a match's score (US_OPEN)
    ("Prevc, der nach dem ersten Durchgang sieben Zähler vor Tande geführt hatte, fiel zurück.",
     "ersten Durchgang", "ordinal", 1, "first round"),
    ("Prevc hatte schon im ersten Durchgang freiwillig den Anlauf um eine Luke verkürzt.",
     "ersten Durchgang", "ordinal", 1, "first round"),
    (US_OPEN, "ersten Durchgang", "ordinal", 1, "first set"),
    # a negated pair keeps its negation (was "both")
    (VETTEL, "keiner von beiden", "count", 2, "neither of them"),
    (VETTEL, "Beide", "count", 2, "both"),
    # "unter" between two amounts is "among", no bound (was "less than 1.25 billion")
    (INDIEN, "Etwa 180 Millionen", "number", 180000000, "about 180 million"),
    (INDIEN, "1,25 Milliarden", "number", 1250000000, "1.25 billion"),
    # a rate with "im Monat" keeps it (was "just over six million euros")
    ("Die Arbeitskosten bei Zielpunkt betragen gut sechs Millionen Euro im Monat.",
     "gut sechs Millionen Euro im Monat", "money", 6000000,
     "just over six million euros a month"),
    # ages: at an age, an age bracket of the people named, an age in thousands of years
    ("Mit 14 Jahren überquerte er daher erneut die Grenze zur Türkei.", "Mit 14 Jahren",
     "measure", 14, "at the age of 14"),
    ("Shooting-Star John-Rodriguez, der als 20-Jähriger im weltweiten Ranking bereits auf Rang "
     "58 aufscheint.", "als 20-Jähriger", "measure", 20, "at the age of 20"),
    ("Zuletzt hatte die Hamas im Jänner rund 17.000 Jugendliche zwischen 16 und 21 Jahren für den "
     "Kampf gegen Israel ausgebildet.", "zwischen 16 und 21 Jahren", "measure",
     {"from": 16, "to": 21}, "aged between 16 and 21"),
    ("Jugendliche Asylwerber bis 25 Jahren können eine Beschäftigungsbewilligung erhalten.",
     "bis 25 Jahren", "measure", 25, "aged up to 25"),
    ("Forscher entdeckten in Anatolien 9.000 Jahre alte Spuren.", "9.000 Jahre alte", "measure",
     9000, "9,000-year-old"),
    # "Zähler" counts points in sports, also after a focused "ein" (was "seven", "only one")
    ("Prevc, der nach dem ersten Durchgang sieben Zähler vor Tande geführt hatte, fiel zurück.",
     "sieben Zähler", "count", 7, "seven points"),
    ("Im Weltcup-Gesamtranking blieb Hayböck zwar noch Fünfter, allerdings nur noch einen Zähler "
     "hinter Johann Andre Forfang.", "nur noch einen Zähler", "count", 1, "only one point"),
    ("Sein Team liegt als Vierter einen Zähler vor den Salzburgern.", "einen Zähler", "count", 1,
     "one point"),
    # "achten" after a determiner is the ordinal, not the verb; ordinal stems to ten; "Liga-"
    ("Salzburg feierte den achten Heimsieg in Folge.", "achten", "ordinal", 8, "eighth"),
    ("Die Eltern achten Regeln.", "achten", None, None, None),
    ("Das Land mit der zweitmeisten Bevölkerung.", "zweitmeist", "ordinal", 2, "second-most"),
    ("Der 34-Jährige lieferte die zehntbeste Radzeit im Bewerb ab.", "zehntbest", "ordinal", 10,
     "tenth-best"),
    ("Die Admira steigt nicht als Cupsieger, sondern als Ligavierter in die Qualifikation ein.",
     "Ligavierter", "ordinal", 4, "fourth in the league"),
    # half, with its qualifier or as the other half
    ("Umgekehrt werden private Anrufe von etwa der Hälfte der Befragten beantwortet.",
     "etwa der Hälfte", "number", 0.5, "about half"),
    ("Das Land übernahm rund 50 Prozent. Die andere Hälfte schulterte die EU.",
     "Die andere Hälfte", "number", 0.5, "the other half"),
    # a year with "über ... hinaus" is a year beyond which (was "the year 2020", and a bare
    # "über 2025 hinaus" was "more than 2025")
    ("Sie redet mit, ob der Vertrag von Staatsoperndirektor Dominique Meyer über das Jahr 2020 "
     "hinaus um weitere fünf Jahre verlängert wird.", "über das Jahr 2020 hinaus", "year", 2020,
     "beyond 2020"),
    # a weekday in the genitive; a duration "innerhalb eines Jahres"
    ("Man hoffe, im Laufe des Donnerstags sämtliche Flüchtlinge in fixen Unterkünften "
     "unterzubringen.", "im Laufe des Donnerstags", "date", "Thursday",
     "in the course of Thursday"),
    ("Die Zahl der Syrer im Land verdreifachte sich damit innerhalb eines Jahres auf 33.061 "
     "Personen.", "innerhalb eines Jahres", "measure", 1, "within a year"),
    # millions without a number (after a bracket, "(2014: 4,86) Millionen Euro", the scale stays
    # the amounts': CHECKED below)
    ("VW hat zugegeben, in Millionen Dieselautos eine illegale Software eingesetzt zu haben.",
     "Millionen", "count", 1000000, "millions"),
    # frequencies in words; a frequency word before an amount is left to the amount
    ("Omaha - Der einmal im Jahr für den guten Zweck versteigerte Power Lunch hat einen Abnehmer.",
     "einmal im Jahr", "measure", 1, "once a year"),
    ("Um den Nachwuchs will er sich aber auch in Freiheit mindestens einmal pro Woche kümmern.",
     "mindestens einmal pro Woche", "measure", 1, "at least once a week"),
    ("Von Beruf ist Cekic Hausmeister. Er trainiert täglich.", "täglich", "measure", 1, "daily"),
    ("Das Medientransparenzgesetz verpflichtet öffentliche Rechtsträger, ihre Werbeausgaben "
     "quartalsweise der Medienbehörde KommAustria bekanntzugeben.", "quartalsweise", "measure", 1,
     "quarterly"),
    (BIOMUELL, "rund 18.000 Tonnen", "measure", 18000, "around 18,000 tonnes"),
    (ASYL, "50 bis 55", "number", {"from": 50, "to": 55}, "50 to 55"),
    # multiples in one word
    ("Um die Auszeichnung konkurrieren auch die fünffach nominierte Wall-Street-Komödie The Big "
     "Short und das Entführungsdrama Room.", "fünffach", "number", 5, "five times"),
    ("Die Wertschätzung ist dennoch ungewohnt für den viermaligen Weltmeister.", "viermaligen",
     "number", 4, "four-time"),
    # a place of millions, with its number where one is given (was "3.5 million" alone)
    ("Zwei Kinder wurden in der pakistanischen Millionenmetropole Karachi als infiziert erkannt.",
     "Millionenmetropole", "number", {"order": 1e6}, "metropolis of millions"),
    ("Die Millionen-Metropole am Zuckerhut habe auf Nachhaltigkeit gesetzt.",
     "Millionen-Metropole", "number", {"order": 1e6}, "metropolis of millions"),
    # a counted "ein": another one of a noun or a scale, one of them
    (SOLDAT, "ein weiterer Soldat", "count", 1, "another soldier"),
    ("24 Verletzte bei Angriff auf Armeeposten – Ein Soldat durch Mine getötet.", "Ein Soldat",
     "count", 1, "one soldier"),
    (SOLDAT, "sieben", "number", 7, "seven"),
    ("Der Rest soll an UN-Organisationen gehen, davon 5,5 Millionen für das UNHCR sowie eine "
     "weitere Million an sonstige UN-Institutionen.", "eine weitere Million", "number", 1000000,
     "another million"),
    ("Bei einer Explosion in einem Gebetshaus in Essen sind drei Menschen verletzt worden, davon "
     "einer schwer.", "davon einer", "count", 1, "one of them"),
    # "bis" before a time: "by" where the clause sets a target, "until" where it says how long
    ("Von 340.000 Beschäftigten sind derzeit 145.000 Aktionäre. Bis 2020 sollen es mehr als "
     "200.000 sein.", "Bis 2020", "year", 2020, "by 2020"),
    ("Die Weltbevölkerung soll bis 2050 um etwa 2,5 Milliarden auf 9,8 Milliarden Menschen "
     "wachsen.", "bis 2050", "year", 2050, "by 2050"),
    ("Bis Ende 2017 sollen die Erlöse unter anderem durch Kosteneinsparungen steigen.",
     "Bis Ende 2017", "year", 2017, "by the end of 2017"),
    ("Die habe unter Ex-Flughafen-Chef Herbert Kaufmann begonnen und bis 2011 gedauert.",
     "bis 2011", "year", 2011, "until 2011"),
    ("ÖVP und Grüne wollen dennoch bis 2018 durchhalten.", "bis 2018", "year", 2018,
     "until 2018"),
    ("Die notwendigen 60 Millionen Euro wollte und konnte Pfeiffer nicht aufbringen, zumal "
     "Zielpunkt bis 2020 weitere Verluste bauen werde.", "bis 2020", "year", 2020, "until 2020"),
    ("Mantler war bis 2007 im Vorstand der Meinl European Real Estate Ltd. tätig.", "bis 2007",
     "year", 2007, "until 2007"),
    ("Bis Ende Jänner hoffen Forscher noch auf Signale des Minilabors.", "Bis Ende Jänner",
     "date", "--01", "until the end of January"),
    # the year of a named championship (was the identifier "WM 2017")
    ("Lahti war die erste WM-Generalprobe für die WM 2017.", "WM 2017", "year", 2017,
     "2017 World Championships"),
    ("Rio hat bereits die Fußball-WM 2014 ausgerichtet.", "Fußball-WM 2014", "year", 2014,
     "2014 football World Cup"),
    # a running score in a goal list is written leader first; its minute stays a figure
    ("Admira Wacker Mödling – Red Bull Salzburg 0:5 (0:2) Tore: 0:1 (7.) Soriano0:2 (28.) Keita",
     "0:1", "score", {"home": 0, "away": 1}, "1-0"),
    ("Admira Wacker Mödling – Red Bull Salzburg 0:5 (0:2) Tore: 0:1 (7.) Soriano0:2 (28.) Keita",
     "28.", "ordinal", 28, "28th minute"),
    # counts in words: a good dozen, "zu dritt", a first time, counted parts of a thing
    ("Bis Dezember sollen in einem großen Einkaufszentrum ein gutes Dutzend Holzhütten stehen.",
     "ein gutes Dutzend", "count", 12, "a good dozen"),
    ("Zu dritt besuchten die Männer den Stützpunkt, wie die Justiz erklärte.", "Zu dritt",
     "count", 3, "the three of them"),
    ("Bei erstmaligen Pull-Requests war die Akzeptanz-Quote plötzlich geringer.", "erstmaligen",
     "ordinal", 1, "first-time"),
    ("Der Platz bis zur teils fünfspurigen Durchzugsstraße am Franz-Josefs-Kai wurde betoniert.",
     "fünfspurigen", "measure", 5, "five-lane"),
    ("Eine fünfköpfige Familie wurde aus dem dreistöckigen Haus gerettet.", "dreistöckigen",
     "measure", 3, "three-storey"),
    # a team's earlier results with home or away: from its side, a defeat winner first
    (STURM_RESULTS, "3:2 (a)", "score", {"home": 3, "away": 2}, "3-2 (away)"),
    (STURM_RESULTS, "1:2 (h)", "score", {"home": 1, "away": 2}, "a 2-1 defeat (home)"),
    (STURM_RESULTS, "0:0 (h)", "score", {"home": 0, "away": 0}, "0-0 (home)"),
    # a person's age by decade; "millionenfach"
    ("Die Frau – laut Alpinpolizei Mitte 30 – verstarb noch an Ort und Stelle.", "Mitte 30",
     "measure", 30, "mid-30s"),
    ("Die Frau, Ende 60, wurde verletzt.", "Ende 60", "measure", 60, "late 60s"),
    ("Nur souliger und mit der Gelassenheit eines Mittfünfzigers übermittelt.", "Mittfünfzigers",
     "measure", 50, "man in his mid-fifties"),
    ("Eine Endvierzigerin wurde verletzt.", "Endvierzigerin", "measure", 40,
     "woman in her late forties"),
    ("Sogar millionenfach gepresste Alben werden um Preise angeboten.", "millionenfach", "count",
     1000000, "millions of times"),
    # "ein" compared counts: more, fewer, ahead, behind
    ("Das war eines mehr, als Philippoussis 1995 in Kuala Lumpur geschlagen hatte.",
     "eines mehr", "count", 1, "one more"),
    ("Der Spanier gewann einen Schlag vor Henrik Stenson (SWE).", "einen Schlag", "count", 1,
     "one stroke"),
    ("Güssing speckt ab, bevor die Saison mit einem Team weniger zu Ende geht.",
     "einem Team weniger", "count", 1, "one team fewer"),
    # the dative plural of "Zähler" counts points too
    ("Rapid liegt mit sieben Zählern Vorsprung an der Spitze.", "sieben Zählern Vorsprung",
     "count", 7, "seven-point lead"),
    # the score a goal made ("zum 1:2") is a running score: leader first
    ("Nach Onisiwo-Assist staubte der eingewechselte Ibser zum 1:2 ab (94.).", "1:2", "score",
     {"home": 1, "away": 2}, "2-1"),
    # weekdays: a range is one figure; a preposition of time; midday goes first
    ("Die Abgabe ist beim Omnibus in Traiskirchen (Montag bis Freitag 13.30 bis 18 Uhr) "
     "möglich.", "Montag bis Freitag", "date_range", {"from": "Monday", "to": "Friday"},
     "Monday to Friday"),
    ("Zugestellt werden Waren in einem Zeitraum von Montag bis Freitag zwischen 11 und 19 Uhr.",
     "von Montag bis Freitag", "date_range", {"from": "Monday", "to": "Friday"},
     "from Monday to Friday"),
    ("Insgesamt standen seit Montagmittag 27 Feuerwehren im Einsatz.", "seit Montagmittag",
     "date", "Monday", "since midday on Monday"),
    ("Am kommenden Freitagmittag wird entschieden.", "Am kommenden Freitagmittag", "date",
     "Friday", "midday next Friday"),
    # words that are figures: a goalless draw, a three-way meeting, day one
    ("Bis dahin gilt es, die Nullnummer von Graz zu verdauen.", "Nullnummer", "score",
     {"home": 0, "away": 0}, "goalless draw"),
    ("Ein trilaterales Treffen könnte noch im Laufe der Woche stattfinden.", "trilaterales",
     "count", 3, "three-way"),
    ("Er habe sich vom ersten Tag an um die Aufnahme des Kosovo bemüht.", "vom ersten Tag an",
     "ordinal", 1, "from day one"),
    # "Anfragen" are requests; in a parliament's story, questions
    ("Facebook erhielt im ersten Halbjahr 58 Anfragen von Behörden.", "58 Anfragen", "count", 58,
     "58 requests"),
    ("Der Nationalrat ist im abgelaufenen Jahr mit 114 Anfragen befasst worden.", "114 Anfragen",
     "count", 114, "114 questions"),
    # "Staaten" of a story about US states are states; elsewhere countries
    ("Ausgangssperre wegen Fluten in Hauptstadt Columbia, Flutwarnungen in sieben Staaten. "
     "Columbia (South Carolina) – Im US-Bundesstaat South Carolina sind große Teile überflutet.",
     "sieben Staaten", "count", 7, "seven states"),
    ("Die Bevölkerung von Spanien, Portugal und sieben Staaten Osteuropas soll schrumpfen.",
     "sieben Staaten", "count", 7, "seven countries"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "kind", "value", "english"), KINDS)
def test_train_kinds(text, source, kind, value, english):
    if kind is None:  # no figure there
        assert not [f for f in extract_figures(text, lang="de") if source in f.source]
        return
    assert_one_figure("de", text, source, kind, value, english)


# (English, kind, value): durations in hours and minutes are one measure, no clock time
ENGLISH = [
    ("He won after 1:41 hours.", "measure", "1:41"),
    ("He won after 1 hour 41 minutes.", "measure", "1:41"),
    ("It took 2 hours and 5 minutes.", "measure", "2:05"),
    ("The train left at 14:00 h.", "time", "14:00"),
]


@pytest.mark.parametrize(("english", "kind", "value"), ENGLISH)
def test_english_durations(english, kind, value):
    figs = find_english_figures(english)
    assert [(f.kind, f.value) for f in figs] == [(kind, value)]


# (German, English translation, statuses, invented)
MATCH = "Kohlschreiber rang Mathieu nach 1:41 Stunden mit 2:6,6:2,6:2 nieder."
CHECKED = [
    # "goalless draw" in the English holds a German 0:0
    ("Nach dem 0:0 in Graz führt Rapid.", "After the goalless draw in Graz, Rapid lead.",
     ["kept"], []),
    # an age by decade is read as an age in the English, not as the years of a decade
    ("Der Mittfünfziger wurde festgenommen.", "The man in his mid-fifties was arrested.",
     ["kept"], []),
    ("Die Frau, Ende 60, wurde verletzt.", "The woman, in her late sixties, was injured.",
     ["kept"], []),
    (ROM, "The building dates from the time of King Servius Tullius (578-539 BC).", ["kept"], []),
    (ROM, "The building dates from the time of King Servius Tullius (578-539).", ["missing"],
     ["578", "539"]),
    (REISEVERSICHERUNG, "The bottom line was a profit of 6.31 million euros (2014: 4.86 million "
     "euros).", ["kept", "kept", "kept"], []),
    (MATCH, "After 1 hour 41 minutes, he beat Mathieu 2-6, 6-2, 6-2.", ["kept", "kept"], []),
    (MATCH, "After 1:41 hours, he beat Mathieu 2-6, 6-2, 6-2.", ["kept", "kept"], []),
    (MATCH, "At 1:41 a.m., he beat Mathieu 2-6, 6-2, 6-2.", ["missing", "kept"], ["1:41 a.m."]),
    # an age in thousands of years, in English too
    ("Forscher entdeckten in Anatolien 9.000 Jahre alte Spuren.", "Researchers discovered "
     "9,000-year-old traces in Anatolia.", ["kept"], []),
    # the name holding a number, written either way
    (FORMEL_1, "Sauber had asked Formula 1 boss Bernie Ecclestone for an advance to develop the "
     "new car for 2016.", ["kept", "kept"], []),
    (FORMEL_1, "Sauber had asked Formula One boss Bernie Ecclestone for an advance to develop the "
     "new car for 2016.", ["kept", "kept"], []),
]  # fmt: skip


@pytest.mark.parametrize(("german", "english", "statuses", "invented"), CHECKED)
def test_the_check_reads_durations(german, english, statuses, invented):
    result = check_translation(extract_figures(german), english)
    assert (result.statuses, result.invented) == (statuses, invented)
