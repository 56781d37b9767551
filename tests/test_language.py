"""Language identification and routing to the opus-mt model (summarizer/language.py).

Offline and fast: lingua ships its n-gram models; the high-accuracy detector loads once per
session (~2 s). Every text is a real news sentence; its source is in the comment beside it.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from summarizer import language
from summarizer.errors import UsageError
from summarizer.language import (
    NEWS_LANGUAGES,
    detect_language,
    resolve_source_language,
    translation_model_for,
)

ROOT = Path(__file__).resolve().parent.parent
DEV = [json.loads(line) for line in (ROOT / "eval/data/dev.jsonl").read_text().splitlines()]

# German, from eval/data/dev.jsonl (record id in the comment).
GERMAN = [
    # inflation-oktober-oesterreich (DER STANDARD, Austrian "Jänner")
    "Sie blieb damit am niedrigsten Stand seit Jänner 2015.",
    # inflation-oktober-oesterreich (dateline "Wien –")
    "Wien – Die Inflationsrate in Österreich hat im Oktober unverändert 0,7 Prozent betragen.",
    # telebasel-neulenker-unfaelle (Swiss apostrophe thousands)
    "Am PS-starken Auto und an der Leitplanke entstand Schaden für rund 80’000 Franken.",
    # bern-impfzentren-schliessung (Swiss spelling, no ß)
    "Rund 740’000 Personen im Kanton Bern sind gegen Covid-19 grundimmunisiert.",
    # bern-impfzentren-schliessung
    "Bereits haben über 480’000 Personen eine Booster-Impfung erhalten.",
    # telebasel-neulenker-unfaelle
    "Die Polizei nahm ihn vorläufig fest.",
    # ba-arbeitsmarkt-januar-2022
    "Damit fiel der Anstieg deutlich geringer aus als in den Jahren zuvor.",
    # ba-arbeitsmarkt-januar-2022
    "Saisonbereinigt hat die Arbeitslosigkeit daher um 48.000 abgenommen.",
]

# Dutch news sentences, each paired with a German one of about the same length and topic.
DUTCH_GERMAN = [
    (
        # trouw.nl, "Nieuws uit Miljoenennota van minuut tot minuut"
        "Dat zal 9 miljoen euro kosten.",
        "Die Polizei nahm ihn vorläufig fest.",  # dev: telebasel-neulenker-unfaelle
    ),
    (
        # ad.nl, "Miljoenennota: economie groeit met 1,7 procent" (2016)
        "Daarnaast investeert het kabinet 1,5 miljard euro in onder meer veiligheid, zorg en "
        "onderwijs.",
        "Saisonbereinigt hat die Arbeitslosigkeit daher um 48.000 abgenommen.",  # dev: ba-…
    ),
    (
        # trouw.nl, same page
        "Het aantal rechtbanken gaat terug van 19 naar 10, van de vijf gerechtshoven verdwijnt er "
        "een.",
        "Damit fiel der Anstieg deutlich geringer aus als in den Jahren zuvor.",  # dev: ba-…
    ),
    (
        # trouw.nl, same page
        "De zorgpremie stijgt volgend jaar gemiddeld met 11 euro naar 1222 euro per jaar.",
        "Sie blieb damit am niedrigsten Stand seit Jänner 2015.",  # dev: inflation-oktober-…
    ),
    (
        # bvs.nl, "Nederland van links naar rechts" (2024)
        "De gemiddelde Nederlander gaat er in 2025 slechts met 0,7 procent op vooruit.",
        "Bereits haben über 480’000 Personen eine Booster-Impfung erhalten.",  # dev: bern-…
    ),
]

OTHERS = [
    # insee.fr, Insee Première no 1697, "Les comptes de la Nation en 2017"
    ("fr", "En 2017, le produit intérieur brut (PIB) croît de 2,2 % en euros constants."),
    ("fr", "Le taux d’épargne des ménages augmente légèrement."),  # same page
    # contexte.com, "Le déficit public français se résorbe moins que prévu"
    (
        "fr",
        "En 2012, le déficit français s’établit à 4,8% du PIB, selon les données de l’Insee "
        "publiées vendredi 29 mars.",
    ),
    # assessoriaperarnau.com, "Los precios de la energía disparan el IPC al 2,2% en abril"
    ("es", "Los precios subieron en abril un 2,2% en comparación con el mismo mes de 2020."),
    # libertaddigital.com, Instituto Nacional de Estadística (INE) news list
    (
        "es",
        "El importe medio de las hipotecas constituidas sobre viviendas se situó en 138.958 "
        "euros en abril.",
    ),
    # lasexta.com, "Un ajuste de 14.000 millones, consecuencia del incumplimiento de déficit"
    ("es", "Un ajuste de 14.000 millones, consecuencia del incumplimiento de déficit."),
    # tacconeconsulting.it, 2023/09 (Istat national accounts)
    ("it", "L’istituto conferma il tasso di crescita del Pil nel 2022, pari al 3,7%."),
    # laregione.ch/1872237 (Ticino)
    (
        "it",
        "Prospettati dal governo 97,4 milioni di disavanzo e misure di risparmio per circa 120.",
    ),
    # studionews.tv (askanews), "Calcio, Venezia-Torino 0-1"
    ("it", "Di Coco all’86’ la rete che regala i tre punti ai granata."),
    # eval/data/dev.jsonl, reference_brief of ba-arbeitsmarkt-januar-2022
    (
        "en",
        "Adjusted for seasonal effects, unemployment fell by 48,000, while the jobless rate rose "
        "by 0.3 percentage points to 5.4 percent.",
    ),
    # informebaiano.com.br, "Inflação oficial fica em 1,16% em setembro, diz IBGE"
    (
        "pt",
        "O IPCA ficou 0,29 ponto percentual acima da taxa registrada em agosto, que foi de 0,87%.",
    ),
]


# --- detection ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", GERMAN)
def test_german_sentences_including_austrian_and_swiss(text):
    det = detect_language(text)
    assert det.lang == "de"
    assert det.warning is None


@pytest.mark.parametrize("record", DEV, ids=[r["id"] for r in DEV])
def test_every_dev_article_is_german_without_warning(record):
    det = detect_language(record["text"])
    assert (det.lang, det.warning) == ("de", None)
    assert det.confidence >= 0.99


@pytest.mark.parametrize(("dutch", "german"), DUTCH_GERMAN)
def test_dutch_vs_german_short_sentences(dutch, german):
    nl, de = detect_language(dutch), detect_language(german)
    assert (nl.lang, nl.warning) == ("nl", None)
    assert (de.lang, de.warning) == ("de", None)
    assert dict(nl.candidates)["nl"] > dict(nl.candidates).get("de", 0.0)


@pytest.mark.parametrize(("lang", "text"), OTHERS)
def test_french_spanish_italian_english_portuguese(lang, text):
    det = detect_language(text)
    assert (det.lang, det.warning) == (lang, None)


def test_too_short_text_keeps_best_guess_but_warns():
    # dev: telebasel-neulenker-unfaelle; 17 letters
    det = detect_language("Er blieb unverletzt.")
    assert det.lang == "de"
    assert det.warning.startswith("too short to identify reliably (17 letters)")


def test_low_confidence_names_the_two_best_candidates():
    # dev: oecd-forschungsquote, first half of the title (names of countries dominate it)
    det = detect_language("Korea führt Liste vor Israel und Japan an")
    assert det.lang == "de"
    assert det.confidence < language.MIN_CONFIDENCE
    assert det.warning.startswith("mixed or uncertain language: de 0.")
    assert det.warning.count(",") == 1  # "de 0.49, sv 0.12"


def test_mixed_german_and_english_text_warns():
    record = next(r for r in DEV if r["id"] == "ba-arbeitsmarkt-januar-2022")
    text = record["text"].split("\n")[1] + "\n" + record["reference_brief"]
    det = detect_language(text)
    assert det.lang in ("de", "en")
    assert set(det.mixed) == {"de", "en"}
    assert min(det.mixed.values()) >= language.MIXED_MIN_SHARE
    assert det.warning.startswith("mixed language: ")
    assert "of the words" in det.warning


def test_mixed_german_and_dutch_text_warns():
    german = " ".join(GERMAN[4:8])
    dutch = " ".join(d for d, _ in DUTCH_GERMAN[1:5])
    det = detect_language(german + " " + dutch)
    assert set(det.mixed) == {"de", "nl"}
    assert det.warning.startswith("mixed language: ")


def test_language_outside_the_detector_set_warns():
    # kdzeregli.net, "Enflasyon son 20 yılın en yüksek seviyesinde" (Turkish is not in
    # NEWS_LANGUAGES; the restricted detector would otherwise name a covered language)
    text = (
        "TÜİK, ocakta yıllık enflasyonun yüzde 48,69’a yükseldiğini açıkladı. Bu oran, son 20 "
        "yılın en yüksek seviyesi oldu. Aralıkta oran yüzde 36,08 olarak açıklanmıştı."
    )
    det = detect_language(text)
    assert det.lang is not None
    assert det.warning.startswith("probably a language the detector does not cover")
    assert "ı" in det.warning


def test_text_without_letters():
    det = detect_language("12.000 / 3,4 % – 2.462.000")
    assert det.lang is None and det.confidence == 0.0
    assert det.warning


def test_detectors_are_built_once():
    detect_language(GERMAN[0])
    detect_language(DEV[0]["text"])
    before = language._detector.cache_info().currsize
    detect_language(GERMAN[1])
    detect_language(DEV[1]["text"])
    info = language._detector.cache_info()
    assert info.currsize == before <= 2
    assert info.hits >= 2


# --- routing --------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["de", "fr", "es", "it", "nl", "pl", "ru", "sv", "da", "cs"])
def test_dedicated_models(lang):
    route = translation_model_for(lang)
    assert route.model_id == f"Helsinki-NLP/opus-mt-{lang}-en"
    assert (route.lang, route.passthrough, route.fallback) == (lang, False, False)
    assert route.warning is None


@pytest.mark.parametrize("lang", ["pt", "tr", "ro"])
def test_languages_without_a_dedicated_model_use_mul_en(lang):
    route = translation_model_for(lang)
    assert route.model_id == "Helsinki-NLP/opus-mt-mul-en"
    assert route.fallback and not route.passthrough
    assert route.lang == lang
    assert "opus-mt-mul-en" in route.warning


def test_english_is_passed_through():
    route = translation_model_for("en")
    assert route.passthrough
    assert route.model_id is None


def test_routing_is_case_insensitive():
    assert translation_model_for("DE").model_id == "Helsinki-NLP/opus-mt-de-en"


def test_detected_portuguese_goes_to_mul_en():
    lang, warnings = resolve_source_language(OTHERS[-1][1])
    assert (lang, warnings) == ("pt", [])
    assert translation_model_for(lang).model_id == "Helsinki-NLP/opus-mt-mul-en"


def test_registry_entries_are_complete():
    with open(ROOT / "summarizer/data/registry.toml", "rb") as fh:
        entries = tomllib.load(fh)["translation"]
    for code, entry in entries.items():
        assert entry["id"] == f"Helsinki-NLP/opus-mt-{code}-en"
        assert entry["revision"] and entry["licence"]
        assert "target_prefix" not in entry
    for code in NEWS_LANGUAGES:  # every detectable language has a route
        translation_model_for(code)


# --- --source-lang and resolution -------------------------------------------------------------


def test_override_wins_over_detection():
    lang, warnings = resolve_source_language(GERMAN[0], "de")
    assert (lang, warnings) == ("de", [])
    lang, _ = resolve_source_language(GERMAN[0], "nl")
    assert lang == "nl"


@pytest.mark.parametrize(("given", "expected"), [("DE", "de"), ("de-AT", "de"), ("de_CH", "de")])
def test_override_normalised(given, expected):
    assert resolve_source_language("", given) == (expected, [])


def test_override_for_a_language_without_dedicated_model():
    assert resolve_source_language("", "tr") == ("tr", [])


@pytest.mark.parametrize("bad", ["xx", "german", "mul", "d", "123"])
def test_unknown_override_is_a_usage_error(bad):
    with pytest.raises(UsageError) as err:
        resolve_source_language("Die Polizei nahm ihn vorläufig fest.", bad)
    message = str(err.value)
    assert "\n" not in message
    assert repr(bad) in message and "--source-lang" in message
    assert err.value.exit_code == 2


def test_override_contradicted_by_a_confident_detection_is_reported():
    text = DEV[0]["text"]
    lang, warnings = resolve_source_language(text, "fr")
    assert lang == "fr"
    assert warnings == ["--source-lang fr given, but the text looks like de (1.00)"]


def test_resolve_from_detection_returns_its_warnings():
    assert resolve_source_language(DEV[0]["text"]) == ("de", [])
    lang, warnings = resolve_source_language("Er blieb unverletzt.")
    assert lang == "de" and warnings[0].startswith("too short")


def test_nothing_to_identify_falls_back_to_german_with_a_warning():
    lang, warnings = resolve_source_language("2.462.000 / 5,4 %")
    assert lang == language.DEFAULT_SOURCE_LANGUAGE == "de"
    assert len(warnings) == 1 and "--source-lang" in warnings[0]
