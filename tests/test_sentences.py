"""German sentence splitting: the traps of news text never end a sentence."""

import pytest

from summarizer.sentences import split_sentences


def split(text):
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Er kam am 7. September nach Berlin.",
        "Die Container wurden zwischen dem 7. September und 1. Oktober verschifft.",
        "Es gibt z. B. Äpfel, Birnen usw. im Angebot.",
        "Laut Nr. 7 der Liste ist das erlaubt.",
        "Der 1. FC Köln gewann gegen Hannover.",
        "Es waren 3,4 Mio. Euro und 2 Mrd. Dollar.",
        "Dr. Müller und Prof. Dr. Meier sprachen.",
        "Gemäß § 176 Abs. 2 Satz 2 GVG kann der Vorsitzende Ausnahmen gestatten.",
        "Am Samstag, 15.01. wurde es frühlingshaft warm.",
        "Er belegte den 3. Platz im 2. Lauf.",
        "Die Firma XY GmbH & Co. KG meldete 5 Mio. Verlust.",
        "Im Bundesgesetzblatt vom 17.\u00a0August 2021 (Teil\u00a0I Nr.\u00a053) wurde verkündet.",
    ],
)
def test_traps_stay_in_one_sentence(sentence):
    # Sentence text is whitespace-normalised (no-break spaces become spaces) for the translator.
    expected = sentence.replace("\u00a0", " ")
    assert split(f"{sentence} Danach kam nichts mehr.") == [expected, "Danach kam nichts mehr."]


def test_score_at_sentence_end_splits():
    assert split("Das Spiel endete 3:2. Am Sonntag folgt das nächste.") == [
        "Das Spiel endete 3:2.",
        "Am Sonntag folgt das nächste.",
    ]


def test_quotes_stay_with_their_sentence():
    assert split('Er sagte: "Wir kommen." Dann ging er.') == [
        'Er sagte: "Wir kommen."',
        "Dann ging er.",
    ]


def test_each_line_is_a_paragraph_and_offsets_point_into_the_text():
    text = "Titelzeile ohne Punkt\nErster Satz. Zweiter Satz.\n\nDritter Satz."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Titelzeile ohne Punkt",
        "Erster Satz.",
        "Zweiter Satz.",
        "Dritter Satz.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert [s.index for s in sentences] == [0, 1, 2, 3]


def test_no_listed_figure_is_cut_by_a_boundary(dev_records):
    cut = []
    for record in dev_records:
        text = record["text"]
        spans = [(s.start, s.end) for s in split_sentences(text)]
        for figure in record["key_figures"]:
            pos = text.find(figure["de"])
            while pos >= 0:
                end = pos + len(figure["de"])
                if not any(s <= pos and end <= e for s, e in spans):
                    cut.append((record["id"], figure["de"]))
                pos = text.find(figure["de"], pos + 1)
    assert cut == []


def test_torture_long_sentence_stays_one_sentence(dev_records):
    record = next(r for r in dev_records if r["id"] == "torture-long-sentence")
    assert len(split_sentences(record["text"])) == 1


def test_splitter_torture_record_splits_its_fragments(dev_records):
    record = next(r for r in dev_records if r["id"] == "torture-sentence-splitter")
    sentences = split(record["text"])
    # 19 real fragments; the last line is a match list that SoMaJo keeps apart.
    assert 19 <= len(sentences) <= 21
    assert "Der 1. FC Köln von Trainer Peter Stöger" in " ".join(sentences)
    assert any(s.startswith("Ein weiterer Unfall ereignete sich in St. Gallen.") for s in sentences)
