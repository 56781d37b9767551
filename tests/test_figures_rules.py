"""The one figure rule engine: the same families for every language, differences as data."""

from __future__ import annotations

import importlib
import types

import pytest

from summarizer.figures import de_rules, extract_figures
from summarizer.figures.extract import available_languages, rules_for
from summarizer.figures.rules import REQUIRED, Candidate, Lang, build_rules


def _data(lang: str):
    return importlib.import_module(f"summarizer.figures.{lang}_data")


def test_every_language_gets_the_same_families():
    own = {r.name for r in de_rules.rules(Lang(_data("de")))}
    names = {lang: [r.name for r in rules_for(lang)] for lang in available_languages()}
    shared = [n for n in names["de"] if n not in own]
    assert {"de", "es", "fr"} <= set(names)
    for lang in ("es", "fr"):
        # number compounds ("25-Euro-Gutschein") only where the data names compound heads
        assert names[lang] == [n for n in shared if n != "compound" or _data(lang).COMPOUND_NOUNS]
    assert own and not own & set(shared)  # German adds rules; it has no twin of a shared one


def test_every_data_module_has_the_whole_contract():
    for lang in available_languages():
        missing = [name for name in REQUIRED if not hasattr(_data(lang), name)]
        assert missing == [], lang


def test_a_data_module_lacking_a_table_is_refused():
    fake = types.ModuleType("summarizer.figures.xx_data")
    for name in REQUIRED:
        setattr(fake, name, getattr(_data("fr"), name))
    del fake.NUMERIC_DATE
    with pytest.raises(ValueError, match="NUMERIC_DATE"):
        build_rules(fake)


def test_handlers_return_named_candidates():
    rule = next(r for r in rules_for("de") if r.name == "count")
    m = rule.regex.search("Es kamen mehr als 1000 Menschen.")
    c = rule.handler(m)
    assert isinstance(c, Candidate)
    assert (c.kind, c.value, c.text, c.qualifier, c.unit) == (
        "count", 1000, "more than 1,000 people", "more than", "Menschen"
    )  # fmt: skip


# German forms the shared families read now (the German twins did not), and the limits kept.
# (sentence, figure source, kind, value, English)
GAINED = [
    ("Zwischen 20 und 30 Prozent stimmten zu.", "Zwischen 20 und 30 Prozent", "percent",
     {"from": 20, "to": 30}, "between 20 and 30 percent"),
    ("Die Kosten liegen bei 20 bis 30 Millionen Euro.", "20 bis 30 Millionen Euro", "money",
     {"from": 20_000_000, "to": 30_000_000}, "20 to 30 million euros"),
    ("Der Förderzeitraum 2021-2027 ist lang.", "2021-2027", "date_range",
     {"from": 2021, "to": 2027}, "2021-2027"),
    ("Er zahlte 5 Euro pro Stunde.", "5 Euro pro Stunde", "money", 5, "5 euros an hour"),
    ("Das Ticket kostet Fr. 2 bis 3.", "Fr. 2 bis 3", "money", {"from": 2, "to": 3},
     "CHF 2 to 3"),
    ("Eine Million Menschen protestierten.", "Eine Million Menschen", "count", 1_000_000,
     "one million people"),
    ("Zum 5. Mal gewann er.", "Zum 5. Mal", "ordinal", 5, "for the fifth time"),
    ("Seit Anfang März 2020 gilt das.", "Seit Anfang März 2020", "date", "2020-03",
     "since early March 2020"),
    ("Am Samstag, 15. Januar 2022 war es kalt.", "Samstag, 15. Januar 2022", "date",
     "2022-01-15", "Saturday, January 15, 2022"),
    ("Die Bar ist bis 24 Uhr offen.", "24 Uhr", "time", "24:00", "12:00 a.m."),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "kind", "value", "english"), GAINED)
def test_german_through_the_shared_families(text, source, kind, value, english):
    figs = [f for f in extract_figures(text) if f.source == source]
    assert len(figs) == 1, extract_figures(text)
    f = figs[0]
    assert (f.kind, f.value, f.text) == (kind, value, english)


@pytest.mark.parametrize(
    ("lang", "text", "sources"),
    [
        # "und"/"et"/"y" join a range only after "zwischen"/"entre"
        ("de", "Er schoss 2 und 3 Tore.", ["2", "3 Tore"]),
        ("fr", "Ils étaient 2 et 3 enfants.", ["2", "3 enfants"]),
        ("es", "Hubo 2 y 3 heridos.", ["2", "3 heridos"]),
        # "12.30" without "Uhr" is no German time; "12h30" is a French one
        ("de", "Der Wert lag bei 12.30 im Schnitt.", ["12.30"]),
        ("fr", "Rendez-vous 12h30 place d'Italie.", ["12h30"]),
        ("de", "Erst 1990 und 2000 gab es Wahlen.", ["1990", "2000"]),
        ("de", "August Müller kam im August.", ["August"]),
    ],
)
def test_range_and_time_words_stay_in_their_language(lang, text, sources):
    figs = extract_figures(text, lang=lang)
    assert [f.source for f in figs] == sources
    if lang == "de" and "Müller" in text:
        assert figs[0].start == text.rindex("August")
