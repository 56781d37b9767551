"""The glossary: loading and checking the file, protecting terms through fake translators that
drop, inflect, re-case or translate them, and the warnings a lost term leaves in the brief."""

import json

import pytest
from typer.testing import CliRunner

from summarizer.articles import Article
from summarizer.cli import app
from summarizer.errors import UsageError
from summarizer.glossary import (
    GlossaryTranslator,
    load_glossary,
    protect,
    restore,
    with_glossary,
)
from summarizer.pipeline import Settings, prepare, summarize_article
from summarizer.translate import TranslatorPool
from tests.conftest import ROOT, FixedSummary, RuleTranslator

EXAMPLE = ROOT / "examples" / "glossary.de.tsv"
ARTICLE = Article(
    id="arbeit",
    text="Die Bundesagentur für Arbeit meldete am Dienstag 2,9 Millionen Arbeitslose. "
    "Der Nationalrat beriet am Mittwoch über die Zahlen. "
    "Die Tagesschau berichtete darüber.",
)


def glossary_file(tmp_path, text, name="g.tsv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def terms(tmp_path):
    return load_glossary(EXAMPLE).for_language("de")


def word_for_word(sentence):
    """A faithful 'translation' of the test article (terms already in English stay)."""
    for de, en in [
        ("Die Bundesagentur für Arbeit", "The Bundesagentur für Arbeit"),
        ("Die Federal Employment Agency", "The Federal Employment Agency"),
        (
            "meldete am Dienstag 2,9 Millionen Arbeitslose",
            "reported 2.9 million jobless on Tuesday",
        ),
        ("Der ", "The "),
        ("beriet am Mittwoch über die Zahlen", "discussed the figures on Wednesday"),
        ("Die Tagesschau berichtete darüber", "Tagesschau reported on it"),
    ]:
        sentence = sentence.replace(de, en)
    return sentence


def test_the_shipped_example_loads():
    glossary = load_glossary(EXAMPLE)
    english = {t.source: t.english for t in glossary.terms}
    assert english["Bundesagentur für Arbeit"] == "Federal Employment Agency"
    assert english["Tagesschau"] == "Tagesschau"  # empty English term: kept as is
    assert {t.language for t in glossary.terms} == {"de"}
    assert glossary.for_language("fr") == ()


def test_csv_without_header_and_rows_for_every_language(tmp_path):
    path = glossary_file(tmp_path, 'Nationalrat,National Council\n"Müller, Hans",\n', "g.csv")
    glossary = load_glossary(path)
    assert [(t.source, t.english, t.language) for t in glossary.for_language("de")] == [
        ("Müller, Hans", "Müller, Hans", None),
        ("Nationalrat", "National Council", None),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a\tb\tde\textra\n", r"g\.tsv:1: 4 columns, expected 2 or 3"),
        ("Rat\tCouncil\n\tEnglish\n", r"g\.tsv:2: empty source term"),
        ("Rat\tCouncil\txx\n", r"g\.tsv:1: language 'xx': not a known ISO 639-1"),
        ("Rat\tCouncil\nRat\tBoard\n", r"g\.tsv:2: 'Rat' is already 'Council' \(line 1\)"),
        ("# only a comment\n\n", r"g\.tsv: no terms"),
    ],
)
def test_a_bad_file_is_one_line_naming_file_and_line(tmp_path, text, message):
    with pytest.raises(UsageError, match=message):
        load_glossary(glossary_file(tmp_path, text))


def test_unreadable_files(tmp_path):
    latin = tmp_path / "latin.tsv"
    latin.write_bytes("Rat\tCouncil\nGebühr\tfee\n".encode("latin-1"))
    with pytest.raises(UsageError, match=r"latin\.tsv:2: not UTF-8"):
        load_glossary(latin)
    with pytest.raises(UsageError, match=r"nope\.tsv: no such glossary file"):
        load_glossary(tmp_path / "nope.tsv")


def test_protect_replaces_inflected_terms_not_compounds(terms):
    text, found = protect("Sitzung des Nationalrats; die Nationalratswahl folgt.", terms)
    assert text == "Sitzung des National Council; die Nationalratswahl folgt."
    assert [t.source for t in found] == ["Nationalrat"]
    # The longest term wins: not "Bundesrat" inside a longer name.
    text, found = protect("Die Bundesagentur für Arbeit und der Bundesrat.", terms)
    assert text == "Die Federal Employment Agency und der Federal Council."


@pytest.mark.parametrize(
    ("mangle", "expected"),
    [
        (lambda s: s, "The Federal Employment Agency reported."),  # kept
        (str.lower, "the Federal Employment Agency reported."),  # re-cased
        (  # the source term copied back
            lambda s: s.replace("Federal Employment Agency", "Bundesagentur für Arbeit"),
            "The Federal Employment Agency reported.",
        ),
        (  # inflected
            lambda s: s.replace("Agency", "Agencies"),
            "The Federal Employment Agency reported.",
        ),
        (  # a near miss
            lambda s: s.replace("Federal Employment", "Federal Employement"),
            "The Federal Employment Agency reported.",
        ),
    ],
)
def test_mangled_terms_are_repaired(terms, mangle, expected):
    fake = RuleTranslator(
        lambda s: mangle(s.replace("Die ", "The ").replace("meldete", "reported"))
    )
    translator = GlossaryTranslator(fake, terms)
    assert translator.translate(["Die Bundesagentur für Arbeit meldete."]) == [expected]
    assert fake.calls == [["Die Federal Employment Agency meldete."]]  # the model saw English


def test_a_translated_or_dropped_term_is_lost_and_warned(terms):
    translated = lambda s: s.replace("National Council", "parliament")  # noqa: E731
    assert restore("The parliament met.", terms[0]) is None
    brief = summarize_article(
        ARTICLE,
        with_glossary(
            RuleTranslator(lambda s: translated(word_for_word(s))), load_glossary(EXAMPLE)
        ),
        Settings(strategy="lead", max_words=200),
    )
    assert "The parliament discussed the figures on Wednesday." in brief.brief
    assert "The Federal Employment Agency reported 2.9 million jobless" in brief.brief
    assert "Tagesschau reported on it." in brief.brief
    lost = [w for w in brief.warnings if "glossary" in w]
    assert lost == [
        "sentence 2: glossary term 'Nationalrat' → 'National Council' lost in translation"
    ]

    dropped = lambda s: word_for_word(s).replace("Tagesschau ", "")  # noqa: E731
    brief = summarize_article(
        ARTICLE,
        with_glossary(RuleTranslator(dropped), load_glossary(EXAMPLE)),
        Settings(strategy="lead", max_words=200),
    )
    assert [w for w in brief.warnings if "glossary" in w] == [
        "sentence 3: glossary term 'Tagesschau' → 'Tagesschau' lost in translation"
    ]


def test_an_abstractive_summary_that_loses_a_term_of_the_brief_sentences_is_warned():
    summary = (
        "The Federal Employment Agency reported 2.9 million jobless on Tuesday; parliament "
        "discussed the figures on Wednesday."
    )
    warning = {
        term: f"summary: glossary term '{term}' → '{english}' lost in translation"
        for term, english in (("Nationalrat", "National Council"), ("Tagesschau", "Tagesschau"))
    }
    lost = {}
    for max_words in (12, 20, 25, 80):
        settings = Settings(strategy="abstractive", max_words=max_words)
        brief = summarize_article(
            ARTICLE,
            with_glossary(RuleTranslator(word_for_word), load_glossary(EXAMPLE)),
            settings,
            summary_model=FixedSummary(summary),
        )
        assert brief.strategy["used"] == "abstractive" and brief.brief == summary
        lost[max_words] = [w for w in brief.warnings if "glossary" in w]
        # looked for: the terms of the sentences the extractive brief would show
        prepared = prepare(ARTICLE, settings)
        shown = " ".join(s.text for s in prepared.sentences if s.index in prepared.chosen)
        assert lost[max_words] == [w for term, w in warning.items() if term in shown]
    assert lost[80] == list(warning.values())
    assert any(len(found) < len(warning) for found in lost.values())


def test_a_pool_wraps_the_translator_of_each_language_once(tmp_path):
    glossary = load_glossary(
        glossary_file(tmp_path, "Nationalrat\tNational Council\nRat\tBoard\tde\n")
    )
    pool = with_glossary(TranslatorPool(None), glossary)
    english, _ = pool.for_language("en")  # English articles pass through, terms still kept
    assert english is pool.for_language("en")[0]
    assert english.translate(["Der Nationalrat und der Rat."]) == [
        "Der National Council und der Rat."
    ]
    assert pool.describe()["glossary"] == glossary.sha256  # the digest cache sees the glossary


def test_cli_glossary_option(tmp_path, tiny_marian):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE.text, encoding="utf-8")
    bad = glossary_file(tmp_path, "Rat\tCouncil\tde\tx\n")
    runner = CliRunner()
    result = runner.invoke(app, ["brief", str(article), "--glossary", str(bad)])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"summarizer: {bad}:1: 4 columns, expected 2 or 3 (source term, English term, language)"
    ]
    result = runner.invoke(
        app,
        ["brief", str(article), "-m", str(tiny_marian), "-f", "json", "--glossary", str(EXAMPLE)],
    )
    assert result.exit_code == 0, result.output
    warnings = json.loads(result.stdout)["warnings"]
    # The stand-in's random "English" keeps nothing: every term in a chosen sentence is reported.
    assert any("glossary term 'Bundesagentur für Arbeit'" in w for w in warnings)
    ray = runner.invoke(app, ["brief", str(article), "--engine", "ray", "--glossary", str(EXAMPLE)])
    assert ray.exit_code == 2 and "--glossary works with --engine local only" in ray.stderr


def test_digest_glossary_changes_the_cache_key(tmp_path, tiny_marian):
    folder = tmp_path / "wire"
    folder.mkdir()
    (folder / "arbeit.txt").write_text(ARTICLE.text, encoding="utf-8")
    out = tmp_path / "digest"
    args = ["digest", str(folder), "--out", str(out), "-m", str(tiny_marian)]
    runner = CliRunner()
    assert runner.invoke(app, args).exit_code == 0
    again = runner.invoke(app, [*args, "--glossary", str(EXAMPLE)])
    assert again.exit_code == 0, again.output
    assert "(1 briefed, 0 from cache" in again.stderr  # not the brief made without it
    entry = json.loads((out / "digest.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert any("glossary term 'Bundesagentur für Arbeit'" in w for w in entry["warnings"])
