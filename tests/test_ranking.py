"""The learned key-figure and sentence models: the shipped weights, their features, retraining."""

from __future__ import annotations

import json
from pathlib import Path

from summarizer import ranking
from summarizer.figures import extract_figures
from summarizer.figures.key import (
    figure_scores,
    key_figure_indices,
    rough_sentence_starts,
    sentence_of,
)
from summarizer.langdata import NEUTRAL, for_language
from summarizer.select import select_extractive
from summarizer.sentences import split_sentences
from summarizer.translate.window import split_to_fit
from tests.conftest import eval_module

ROOT = Path(__file__).resolve().parent.parent
TEXT = (
    "Der Umsatz des Konzerns stieg im Jahr 2023 um 12 Prozent auf 4,2 Milliarden Euro, ein "
    "Rekord. Am Montag legte die Firma (gegründet 1998) ihren Bericht vor. "
    "Ergebnisse: 1. Nord 12 Pkt., 2. Süd 10 Pkt., 3. West 8 Pkt., 4. Ost 7 Pkt."
)


def test_the_shipped_weights_load_and_score_deterministically():
    model = ranking.shipped()
    assert model.key.names and model.sentence.names
    assert len(model.key.weights) == len(model.key.names) == len(model.key.mean)
    assert 0 <= model.always_key <= 6
    figures = extract_figures(TEXT)
    starts = rough_sentence_starts(TEXT)
    first = figure_scores(figures, starts, text=TEXT)
    assert first == figure_scores(extract_figures(TEXT), starts, text=TEXT)
    assert len(first) == len(figures) and all(isinstance(x, float) for x in first)
    # every feature the model was fitted on is computed here, and nothing else is needed
    sentence_of = [0] * len(figures)
    bounds = ranking.sentence_bounds(starts, len(TEXT))
    feats = ranking.figure_features(figures, sentence_of, bounds, TEXT, [], for_language("de"))
    assert set(model.key.names) == set(feats[0])


def test_the_amount_of_a_change_outranks_an_incidental_year():
    figures = extract_figures(TEXT)
    starts = rough_sentence_starts(TEXT)
    scores = figure_scores(figures, starts, text=TEXT)
    scores = dict(zip((f.source for f in figures), scores, strict=True))
    assert scores["4,2 Milliarden Euro"] > scores["1998"]
    key = key_figure_indices(figures, starts, text=TEXT)
    assert figures[key[0]].source != "1998" and len(key) <= 6


def test_list_detection():
    assert ranking.is_list("1. Nord 12 Pkt., 2. Süd 10 Pkt., 3. West 8 Pkt.", 6)
    assert ranking.is_list("Bayern 45, Dortmund 41, Leipzig 40, Leverkusen 38", 4)
    assert not ranking.is_list("Der Umsatz stieg um 12 Prozent auf 4,2 Milliarden Euro.", 2)


def test_linear_model_round_trips_and_ignores_unknown_features():
    m = ranking.LinearModel(("a", "b"), (1.0, -2.0), (0.0, 1.0), (1.0, 2.0), 0.5)
    again = ranking.LinearModel.from_dict(json.loads(json.dumps(m.as_dict())))
    assert again == m
    assert m.score({"a": 1.0, "b": 3.0, "zzz": 9.0}) == 0.5 + 1.0 - 2.0
    assert m.score({}) == 0.5 + 0.0 - 0.0  # "a" at 0 is its mean 0; "b" missing counts as its mean


def test_language_data_per_language():
    de, fr, es = for_language("de"), for_language("fr"), for_language("es")
    assert de.dangling.match("Dabei wurde") and not de.dangling.match("Dasein")
    assert fr.dangling.match("Cependant, le") and es.dangling.match("Sin embargo, el")
    assert de.record.search("ein Rekordwert") and fr.record.search("un niveau record")
    assert "und" in de.clause_conjunctions and "et" in fr.clause_conjunctions
    assert for_language("it") is NEUTRAL and for_language(None) is NEUTRAL
    assert not NEUTRAL.dangling.match("Dabei")


def test_the_window_cuts_at_the_languages_conjunctions():
    text = "Le conseil a voté le budget, et la ville paiera les travaux en deux ans."
    count = lambda t: len(t.split())  # noqa: E731
    assert split_to_fit(text, count, 8, "fr")[0] == "Le conseil a voté le budget,"
    # a language without a word list still splits at any comma
    assert split_to_fit(text, count, 8, "it")[0] == "Le conseil a voté le budget,"
    assert "".join(split_to_fit(text, count, 8, "de")).replace(" ", "") == text.replace(" ", "")


def test_french_article_selection_runs_on_the_same_model():
    text = (
        "Le conseil municipal de Lyon a adopté mardi un budget de 850 millions d'euros. "
        "Cependant, l'opposition a voté contre. "
        "Le maire a déclaré que les impôts ne augmenteraient pas."
    )
    sentences = split_sentences(text, lang="fr")
    choice = select_extractive(sentences, 30, text=text, language="fr")
    assert 0 in choice.indices


def test_the_retrain_script_runs_on_a_tiny_fixture(tmp_path):
    dev = (ROOT / "eval" / "data" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    fixture = tmp_path / "tiny.jsonl"
    fixture.write_text("\n".join(dev[:4]) + "\n", encoding="utf-8")
    out = tmp_path / "ranking.json"
    train_selection = eval_module("train_selection")
    args = ["--data", str(fixture), "--folds", "2", "--write", str(out)]
    assert train_selection.main(args) == 0
    first = out.read_text(encoding="utf-8")
    assert train_selection.main(args) == 0
    assert out.read_text(encoding="utf-8") == first  # deterministic
    model = ranking.Ranking.from_dict(json.loads(first))
    assert json.loads(first)["train_articles"] == 4
    assert model.key.names == ranking.shipped().key.names


def figures_and_features(text: str, title: str | None = None):
    """The figures of ``text``, their sentence numbers and their key features."""
    figures = extract_figures(text)
    starts = rough_sentence_starts(text)
    sentences = [sentence_of(f.start, starts) for f in figures]
    feats = ranking.figure_features(
        figures,
        sentences,
        ranking.sentence_bounds(starts, len(text)),
        text,
        [],
        for_language("de"),
        title=title,
    )
    return figures, sentences, feats


def test_duration_first_mention_quote_and_title_features():
    text = (
        "Die Firma besteht seit 30 Jahren. Der Umsatz wuchs um 5 Prozent, sagte der Chef. "
        "Es waren wieder 5 Prozent."
    )
    figures, _, feats = figures_and_features(text, title="Die Firma wächst")
    by_source = [(f.source, x) for f, x in zip(figures, feats, strict=True)]
    (years, a), (_, first), (_, again) = by_source
    assert years == "30 Jahren" and a["duration"] == 1.0 and first["duration"] == 0.0
    assert first["first_mention"] == 1.0 and again["first_mention"] == 0.0
    assert first["quoted_sentence"] == 1.0 and again["quoted_sentence"] == 0.0
    assert a["sentence_title_overlap"] > 0 and again["sentence_title_overlap"] == 0


def test_ranker_quality_is_average_precision_and_precision_at_k():
    train_ranking = eval_module("train_ranking")
    figures = extract_figures("Es kamen 10 Gäste, 20 Kinder und 30 Hunde.")
    row = {"figures": figures, "labels": [0, 1, 1]}
    # ranked 20, 10, 30: hits at ranks 1 and 3
    quality = train_ranking.ranker_quality([row], lambda r: [2.0, 3.0, 1.0])
    assert quality["average_precision"] == (1 / 1 + 2 / 3) / 2
    assert quality["precision_at_k"] == 1 / 2
    perfect = train_ranking.ranker_quality([row], lambda r: [0.0, 2.0, 1.0])
    assert perfect == {"average_precision": 1.0, "precision_at_k": 1.0}


def test_the_objective_caps_each_measure_at_its_target_and_forbids_too_many():
    train_selection = eval_module("train_selection")
    res = {"must_keep_shown": 0.95, "key_precision": 0.4, "oracle": 0.9}
    res.update(translated=4.0, most_key=6)
    assert train_selection.objective(res) == 0.5  # shown and oracle at target, precision half
    better_shown = dict(res, must_keep_shown=0.99)
    assert train_selection.objective(better_shown) == 0.5  # past its target a measure buys nothing
    lower_shown = dict(res, must_keep_shown=0.475)
    assert train_selection.objective(lower_shown) == 0.5 * 0.125  # shown counts three times
    assert train_selection.objective(dict(res, translated=5.5)) == 0.0
    assert train_selection.objective(dict(res, most_key=7)) == 0.0


def test_the_body_repeating_a_figure_of_the_opening_sentence():
    text = (
        "Der Konzern streicht 500 Stellen. Die Firma baut in Wien 500 Stellen ab, 20 davon in "
        "Graz. Im Vorjahr waren es 20 Stellen."
    )
    figures, sentences, feats = figures_and_features(text)
    tells = {
        (f.source, s): x["repeats_lead"] for f, s, x in zip(figures, sentences, feats, strict=True)
    }
    assert tells[("500 Stellen", 0)] == 0.0  # the opening itself
    assert tells[("500 Stellen", 1)] == 1.0  # the body tells it again
    assert tells[("20 Stellen", 2)] == 0.0  # repeats the body, not the opening


def test_the_first_figure_of_its_sentence_and_of_its_kind():
    text = (
        "Der Umsatz stieg auf 4,2 Milliarden Euro, nach 3,9 Milliarden Euro im Vorjahr. "
        "Der Gewinn lag bei 300 Millionen Euro."
    )
    figures, _, feats = figures_and_features(text)
    by_source = {f.source: x for f, x in zip(figures, feats, strict=True)}
    assert [f.source for f in figures][:2] == ["4,2 Milliarden Euro", "3,9 Milliarden Euro"]
    first, second = by_source["4,2 Milliarden Euro"], by_source["3,9 Milliarden Euro"]
    assert first["first_in_sentence"] == 1.0 and first["first_of_kind"] == 1.0
    assert second["first_in_sentence"] == 0.0 and second["first_of_kind"] == 0.0
    profit = by_source["300 Millionen Euro"]  # opens its sentence, but not the first amount
    assert profit["first_in_sentence"] == 1.0 and profit["first_of_kind"] == 0.0


def test_repeated_cross_validation_holds_each_article_out_once_per_fixed_assignment():
    train_ranking = eval_module("train_ranking")
    rows = [{"id": f"a{n:02d}"} for n in range(20)]
    assignments = []
    for repeat in range(3):
        folds = train_ranking.folds(rows, 5, repeat)
        held = [r["id"] for _fit, out in folds for r in out]
        assert sorted(held) == [r["id"] for r in rows]  # each article held out exactly once
        assert folds == train_ranking.folds(rows, 5, repeat)  # fixed, no randomness
        assignments.append([sorted(r["id"] for r in out) for _fit, out in folds])
    assert assignments[0] != assignments[1] != assignments[2]
    assert assignments[0][0] == [f"a{n:02d}" for n in range(0, 20, 5)]  # repeat 0: id order


def test_repeated_cross_validation_averages_the_measures():
    train_selection = eval_module("train_selection")
    runs = [
        {"must_keep_shown": 0.8, "key_precision": 0.5, "oracle": 0.5, "translated": 4.0,
         "key_per_article": 5.0, "most_key": 5},
        {"must_keep_shown": 0.9, "key_precision": 0.4, "oracle": 0.6, "translated": 4.2,
         "key_per_article": 5.5, "most_key": 6},
    ]  # fmt: skip
    mean = train_selection.mean_result(runs)
    assert mean["must_keep_shown"] == 0.85 and mean["oracle"] == 0.55
    assert mean["most_key"] == 6  # the largest, not the mean
