"""Wire cleanup finds datelines, metadata and agency codes without rewriting the text."""

import pytest

from summarizer.articles import Article
from summarizer.clean import clean


def cleaned(text):
    c = clean(Article(id="t", text=text))
    return c, text[c.body_start : c.body_end]


def test_seed_conventions(dev_records):
    from tests.conftest import SEED

    text = SEED.read_text(encoding="utf-8")
    c, body = cleaned(text)
    assert c.date == "2023-10" and c.update == "neu: weitere Details"
    assert c.dateline.place == "WASHINGTON" and c.dateline.agency == "dpa-AFX"
    assert text[c.dateline.start : c.dateline.end] == "WASHINGTON (dpa-AFX) - "
    assert body.startswith("WASHINGTON (dpa-AFX) - Nordkorea hat")
    assert body.endswith("gezielt Geheimdienstinformationen.")


@pytest.mark.parametrize(
    "text, place, agency, rest",
    [
        (
            "Montpellier (SID) – Tennis-Olympiasieger Zverev siegte.",
            "Montpellier",
            "SID",
            "Tennis-Olympiasieger",
        ),
        ("BERLIN (dpa) - Die Regierung plant.", "BERLIN", "dpa", "Die Regierung"),
        ("Mendoza – Gerald Melzer hat gewonnen.", "Mendoza", None, "Gerald"),
        ("Rekord an Anfragen. Wien –Der Nationalrat tagte.", "Wien", None, "Der Nationalrat"),
        ("ZÜRICH (awp/sda) - Die Börse stieg.", "ZÜRICH", "awp", "Die Börse"),
    ],
)
def test_datelines_of_several_agencies(text, place, agency, rest):
    c, _ = cleaned(text)
    assert (c.dateline.place, c.dateline.agency) == (place, agency)
    assert text[c.dateline.end :].startswith(rest)


def test_agency_prefix_in_brackets():
    c, _ = cleaned("(APA, 18.3.2016) Programm der 27. Runde.")
    assert c.dateline.agency == "APA" and c.dateline.place is None


@pytest.mark.parametrize("tail", ["/nau/DP/he", " /ck/mis", " (dpa)", "\n(APA)", " © dpa-infocom"])
def test_trailing_agency_codes_are_cut(tail):
    _, body = cleaned("Der Satz endet hier." + tail)
    assert body == "Der Satz endet hier."


def test_ordinary_text_is_untouched(dev_records):
    record = next(r for r in dev_records if r["id"] == "oecd-forschungsquote")
    c, body = cleaned(record["text"])
    assert c.dateline is None and body == record["text"]


def test_a_dash_inside_a_sentence_is_no_dateline():
    c, _ = cleaned("Teuerung bei 0,7 Prozent – Mieten stiegen um 3,6 Prozent.")
    assert c.dateline is None


def test_update_marker_line():
    c, _body = cleaned("(Aktualisierung)\nBERLIN (dpa) - Neu.")
    assert c.update == "Aktualisierung" and c.dateline.place == "BERLIN"
