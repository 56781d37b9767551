"""Each article goes to the model of its language; English needs none."""

import json
import shutil

from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.models import store_path

runner = CliRunner()

FRENCH = (
    "PARIS (AFP) - Le gouvernement français a annoncé mardi un plan de 1,5 milliard "
    "d'euros pour soutenir les agriculteurs touchés par la sécheresse. Plus de 2000 "
    "exploitations sont concernées, selon le ministère de l'Agriculture."
)
ENGLISH = (
    "LONDON (Reuters) - The Bank of England raised interest rates by 0.25 percentage "
    "points on Thursday. It was the fourteenth increase in a row, the bank said."
)
GERMAN = "BERLIN (dpa) - Die Bundesregierung hat am Dienstag 1,5 Milliarden Euro bewilligt."


def jsonl(tmp_path, **texts):
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        "".join(
            json.dumps({"id": k, "text": v}, ensure_ascii=False) + "\n" for k, v in texts.items()
        ),
        encoding="utf-8",
    )
    return path


def brief_with_stored_model(model_id, tiny_marian, path):
    """`brief --offline` with the tiny stand-in stored under ``model_id`` for the call only."""
    target = store_path(model_id)
    shutil.copytree(tiny_marian, target)
    try:
        return runner.invoke(app, ["brief", str(path), "-f", "json", "--offline"])
    finally:
        shutil.rmtree(target)


def test_french_goes_to_the_french_model_and_english_passes_through(tiny_marian, tmp_path):
    result = brief_with_stored_model(
        "Helsinki-NLP/opus-mt-fr-en", tiny_marian, jsonl(tmp_path, fr=FRENCH, en=ENGLISH)
    )
    assert result.exit_code == 0, result.output
    fr, en = (json.loads(line) for line in result.stdout.splitlines())
    assert fr["source_language"] == "fr"
    assert fr["model"]["backend"] == "transformers" and fr["model"]["standin"] is True
    # French figure rules: the amount and the count, rendered in English.
    assert {"1.5 billion euros", "more than 2,000"} <= {f["text"] for f in fr["figures"]}
    assert en["source_language"] == "en" and en["model"]["backend"] == "none"
    assert en["brief"].startswith("LONDON — The Bank of England raised interest rates")


def test_german_without_its_model_names_the_model(tmp_path):
    result = runner.invoke(app, ["brief", str(jsonl(tmp_path, de=GERMAN)), "--offline"])
    assert result.exit_code == 2
    assert "Helsinki-NLP/opus-mt-de-en" in result.stderr and "models pull" in result.stderr


def test_source_lang_override_and_bad_code(tiny_marian, tmp_path):
    path = jsonl(tmp_path, de=GERMAN)
    ok = runner.invoke(
        app,
        ["brief", str(path), "-f", "json", "--model", str(tiny_marian), "--source-lang", "de-AT"],
    )
    assert json.loads(ok.stdout)["source_language"] == "de"
    bad = runner.invoke(
        app, ["brief", str(path), "--model", str(tiny_marian), "--source-lang", "klingon"]
    )
    assert bad.exit_code == 2 and "--source-lang 'klingon'" in bad.stderr


def test_language_without_a_dedicated_model_uses_mul_en(tiny_marian, tmp_path):
    portuguese = (
        "O governo português anunciou na terça-feira um pacote de 2 mil milhões de "
        "euros para apoiar as famílias afetadas pela inflação."
    )
    result = brief_with_stored_model(
        "Helsinki-NLP/opus-mt-mul-en", tiny_marian, jsonl(tmp_path, pt=portuguese)
    )
    assert result.exit_code == 0, result.output
    brief = json.loads(result.stdout)
    assert brief["source_language"] == "pt"
    assert any("opus-mt-mul-en" in w for w in brief["warnings"])


def test_spanish_goes_to_the_spanish_model_with_its_figures(tiny_marian, tmp_path):
    spanish = (
        "MADRID (EFE) - El Gobierno aprobó este martes un plan de 3,2 millones de euros "
        "para las zonas afectadas por los incendios. Más de 1.000 familias recibirán "
        "ayudas a partir del 1 de octubre, según el Ministerio."
    )
    result = brief_with_stored_model(
        "Helsinki-NLP/opus-mt-es-en", tiny_marian, jsonl(tmp_path, es=spanish)
    )
    assert result.exit_code == 0, result.output
    brief = json.loads(result.stdout)
    assert brief["source_language"] == "es" and brief["dateline"]["place"] == "MADRID"
    texts = {f["text"] for f in brief["figures"]}
    assert {"3.2 million euros", "more than 1,000 families"} <= texts, texts
