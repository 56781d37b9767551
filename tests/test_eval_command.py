"""`summarizer eval` through a Typer app: JSON shape, Markdown, signature, stand-in, plot, pairs."""

import csv
import hashlib
import json
import re

import pytest
import typer
from rouge_score import rouge_scorer
from test_eval_figures import FAKE
from typer.testing import CliRunner

from summarizer.errors import SummarizerError, UsageError
from summarizer.evaluation import figures as figures_module
from summarizer.evaluation.command import eval_command

app = typer.Typer()
app.command("eval")(eval_command)
app.command("other")(lambda: None)  # two commands, so "eval" is a subcommand as in the CLI

REFS = [
    {
        "id": "a",
        "reference_brief": "Unemployment rose by 133,000 to 2,462,000 in January. "
        "The jobless rate was 5.4 percent.",
        "text": "Die Zahl stieg um 133.000 auf 2.462.000. Die Quote lag bei 5,4 Prozent.",
        "key_figures": [
            {"de": "133.000", "en": "133,000", "must_keep": True},
            {"de": "2.462.000", "en": "2,462,000", "must_keep": True},
            {"de": "5,4 Prozent", "en": "5.4 percent", "must_keep": False},
        ],
    },
    {
        "id": "b",
        "reference_brief": "Müller beat Möller in Köln. The match lasted 3 hours.",
        "text": "Müller schlug Möller in Köln. Das Spiel dauerte 3 Stunden.",
        "key_figures": [{"de": "3 Stunden", "en": "3 hours", "must_keep": True}],
    },
    {
        "id": "c",
        "reference_brief": "Inflation rose to 3.6 percent in October, the highest since 2015.",
        "text": "Die Inflation stieg im Oktober auf 3,6 Prozent.",
        "key_figures": [{"de": "3,6 Prozent", "en": "3.6 percent", "must_keep": True}],
    },
    {
        "id": "torture",
        "reference_brief": None,
        "text": "Rund 80’000 Franken.",
        "key_figures": [{"de": "80’000 Franken", "en": "80,000 francs", "must_keep": True}],
    },
]

MODEL = {
    "name": "Helsinki-NLP/opus-mt-de-en",
    "revision": "abc123",
    "standin": False,
    "backend": "ct2",
}


def _hyp(rid, brief, strategy="extractive", model=MODEL, **extra):
    return {
        "id": rid,
        "brief": brief,
        "figures": [],
        "model": model,
        "strategy": {"name": strategy, "budget": 80},
        "warnings": [],
        **extra,
    }


GOOD = [
    _hyp("a", "Unemployment rose by 133,000 to 2,462,000 in January; the rate was 5.4%."),
    _hyp("b", "Müller beat Möller in Köln after 3 hours."),
    _hyp("c", "Inflation rose to 3.6 percent in October."),
    _hyp("torture", "Around 80,000 francs."),
]
WEAK = [
    _hyp("a", "Unemployment rose in January.", "lead"),
    _hyp("b", "Möller lost.", "lead"),
    _hyp("c", "Prices rose.", "lead"),
    _hyp("torture", "Money.", "lead"),
]


def write(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


@pytest.fixture(autouse=True)
def fake_figure_parser(monkeypatch):
    monkeypatch.setattr(figures_module, "load_parser", lambda: FAKE)


@pytest.fixture
def refs(tmp_path):
    return write(tmp_path / "refs.jsonl", REFS)


def run(*args):
    result = CliRunner().invoke(
        app, ["eval", *map(str, args), "--bootstrap", "200", "--trials", "500"]
    )
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert result.exit_code == 0, result.output
    return result


def test_json_for_one_system(refs, tmp_path):
    hyps = write(tmp_path / "good.jsonl", GOOD)
    data = json.loads(run("--refs", refs, "--hyps", hyps, "--json").stdout)
    for metric in ("rouge1", "rouge2", "rougeL", "rougeLsum"):
        s = data[metric]
        assert 0 <= s["low"] <= s["f"] <= s["high"] <= 1
    assert data["n"] == 3  # the torture record has no reference brief
    figures = data["figures"]
    assert figures["articles"] == 4  # ... but its figures count
    assert (figures["found"], figures["listed"]) == (6, 6)
    assert (figures["must_keep_found"], figures["must_keep"]) == (5, 5)
    assert figures["rendering_errors"] == 1  # "5.4%" for "5.4 percent"
    assert figures["recall"]["value"] == 1.0
    assert data["rouge_note"] is None
    sha = hashlib.sha256(refs.read_bytes()).hexdigest()[:12]
    assert data["signature"] == (
        "rouge|tok:unicode|stem:yes|strategy:extractive|model:Helsinki-NLP/opus-mt-de-en@abc123"
        f"|standin:no|data:{sha}|version:0.1.0"
    )
    assert data["signatures"]["figures"].startswith("figures|parser:fake|strategy:extractive")
    assert [a["id"] for a in data["articles"]] == ["a", "b", "c", "torture"]
    assert "rouge1" not in data["articles"][3]
    assert data["missing_ids"] == data["extra_ids"] == []


def test_markdown_table_and_signature(refs, tmp_path):
    hyps = write(tmp_path / "good.jsonl", GOOD)
    out = run("--refs", refs, "--hyps", hyps, "--details").stdout
    assert "| system | n | ROUGE-1 | ROUGE-2 | ROUGE-L | ROUGE-Lsum |" in out
    assert re.search(r"\| extractive \| 3 \| \d+\.\d \[\d+\.\d–\d+\.\d\] \|", out)
    assert "## Figure fidelity" in out and "| 6/6 |" in out
    assert "5.4% ≠ 5.4 percent" in out  # per-article rendering error
    assert "rouge|tok:unicode|stem:yes|strategy:extractive" in out
    assert "stand-in" not in out


def test_standin_is_labelled_everywhere(refs, tmp_path):
    standin = {**MODEL, "standin": True, "revision": None}
    hyps = write(tmp_path / "s.jsonl", [{**h, "model": standin} for h in GOOD])
    data = json.loads(run("--refs", refs, "--hyps", hyps, "--json").stdout)
    assert data["rouge_note"] == "stand-in: not a translation"
    assert "|standin:yes|" in data["signature"]
    assert "model:Helsinki-NLP/opus-mt-de-en@unknown" in data["signature"]
    out = run("--refs", refs, "--hyps", hyps).stdout
    assert "extractive ⚠ stand-in: not a translation" in out


def test_plain_id_and_brief_hyps(refs, tmp_path):
    hyps = write(tmp_path / "plain.jsonl", [{"id": h["id"], "brief": h["brief"]} for h in GOOD])
    data = json.loads(
        run("--refs", refs, "--hyps", hyps, "--json", "--tokenizer", "ascii", "--no-stem").stdout
    )
    assert data["system"] == "plain"
    assert data["signature"].startswith(
        "rouge|tok:ascii|stem:no|strategy:unknown|model:unknown@unknown|standin:unknown|"
    )


def test_two_systems_paired_test_and_plot(refs, tmp_path):
    good = write(tmp_path / "hyps-extractive.jsonl", GOOD)
    weak = write(tmp_path / "hyps-lead.jsonl", WEAK)
    png = tmp_path / "chart.png"
    data = json.loads(
        run("--refs", refs, "--hyps", good, "--hyps", weak, "--json", "--plot", png).stdout
    )
    assert [s["system"] for s in data["systems"]] == ["extractive", "lead"]
    paired = data["paired"]
    assert (paired["a"], paired["b"]) == ("extractive", "lead")
    assert paired["metrics"]["rouge1"]["delta"] > 0
    assert paired["metrics"]["figure_recall"]["n"] == 4
    assert paired["metrics"]["figure_recall"]["delta"] == 1.0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # The same system twice: no difference, p = 1.
    same = json.loads(run("--refs", refs, "--hyps", good, "--hyps", good, "--json").stdout)
    assert [s["system"] for s in same["systems"]] == [str(good), str(good)]
    assert all(m["p"] == 1.0 for m in same["paired"]["metrics"].values())


def test_bootstrap_is_reproducible(refs, tmp_path):
    hyps = write(tmp_path / "good.jsonl", GOOD)
    first = run("--refs", refs, "--hyps", hyps, "--json").stdout
    assert run("--refs", refs, "--hyps", hyps, "--json").stdout == first
    assert run("--refs", refs, "--hyps", hyps, "--json", "--seed", "1").stdout != first


def test_missing_and_extra_ids_are_reported(refs, tmp_path):
    hyps = write(tmp_path / "part.jsonl", [*GOOD[:2], _hyp("zzz", "Other.")])
    result = run("--refs", refs, "--hyps", hyps, "--json")
    data = json.loads(result.stdout)
    assert data["missing_ids"] == ["c", "torture"]
    assert data["extra_ids"] == ["zzz"]
    assert data["n"] == 2
    assert "2 reference id(s) have no brief (c, torture)" in result.stderr
    assert "1 id(s) not in" in result.stderr
    with pytest.raises(SummarizerError, match=r"part\.jsonl: 2 reference id\(s\) have no brief"):
        run("--refs", refs, "--hyps", hyps, "--strict")


def test_figures_not_scored_when_no_briefed_article_lists_any(tmp_path):
    # The references list figures only for "a"; the system briefed only "z".
    refs = write(tmp_path / "refs.jsonl", [REFS[0], {"id": "z", "reference_brief": "Rain fell."}])
    hyps = write(tmp_path / "z.jsonl", [_hyp("z", "Rain fell.")])
    data = json.loads(run("--refs", refs, "--hyps", hyps, "--json").stdout)
    assert data["figures"] == {
        "available": False,
        "reason": "no scored article has key_figures",
    }
    assert data["rouge1"]["f"] == 1.0
    out = run("--refs", refs, "--hyps", hyps).stdout
    assert "Not scored: no scored article has key_figures." in out


def test_chrf_and_bleu_with_reference_translations(tmp_path):
    refs = write(
        tmp_path / "refs.jsonl",
        [
            {**r, "reference_translation": r["reference_brief"] or "Around 80,000 francs."}
            for r in REFS
        ],
    )
    hyps = write(tmp_path / "h.jsonl", [{**h, "translation": h["brief"]} for h in GOOD])
    data = json.loads(run("--refs", refs, "--hyps", hyps, "--json").stdout)
    assert data["chrf"]["n"] == data["bleu"]["n"] == 4
    assert 0 < data["bleu"]["score"] < data["chrf"]["score"] < 1
    assert data["signatures"]["chrf"].startswith("chrf|nrefs:1|")
    assert "|sacrebleu:" in data["signatures"]["bleu"]
    assert "chrF and BLEU" in run("--refs", refs, "--hyps", hyps).stdout


def test_unknown_tokenizer(refs, tmp_path):
    hyps = write(tmp_path / "good.jsonl", GOOD)
    with pytest.raises(UsageError, match="--tokenizer: unknown tokenizer 'nltk'"):
        run("--refs", refs, "--hyps", hyps, "--tokenizer", "nltk")


def test_help_texts():
    result = CliRunner().invoke(app, ["eval", "--help"])
    assert result.exit_code == 0
    for option in ("--refs", "--hyps", "--format", "--name", "--csv", "--plot", "--strict"):
        assert option in result.stdout
    assert "--json" not in result.stdout  # the deprecated alias is hidden


def test_format_json_and_the_deprecated_json_alias(refs, tmp_path):
    hyps = write(tmp_path / "good.jsonl", GOOD)
    new = run("--refs", refs, "--hyps", hyps, "--format", "json")
    old = run("--refs", refs, "--hyps", hyps, "--json")
    assert json.loads(new.stdout) == json.loads(old.stdout)
    assert "--json is deprecated; use --format json" in old.stderr
    assert "deprecated" not in new.stderr
    markdown = run("--refs", refs, "--hyps", hyps, "-f", "markdown").stdout
    assert markdown == run("--refs", refs, "--hyps", hyps, "--format", "md").stdout
    assert markdown.startswith("## ROUGE")
    with pytest.raises(UsageError, match="--format: unknown format 'html'"):
        run("--refs", refs, "--hyps", hyps, "--format", "html")


def test_precision_recall_and_f1(refs, tmp_path):
    hyps = write(tmp_path / "good.jsonl", GOOD)
    data = json.loads(run("--refs", refs, "--hyps", hyps, "--format", "json").stdout)
    scored = [a for a in data["articles"] if "rouge" in a]
    assert len(scored) == data["n"] == 3
    for t in ("rouge1", "rouge2", "rougeL", "rougeLsum"):
        for key in ("p", "r", "f"):
            mean = sum(a["rouge"][t][key] for a in scored) / 3
            assert data[t][key] == pytest.approx(mean)
        assert all(a[t] == a["rouge"][t]["f"] for a in scored)
    # The hypotheses are shorter than the references: precision above recall.
    assert data["rouge1"]["p"] > data["rouge1"]["r"]
    out = run("--refs", refs, "--hyps", hyps).stdout
    assert "| system | metric | precision | recall | F1 |" in out
    p, r, f = (f"{100 * data['rouge2'][k]:.1f}" for k in ("p", "r", "f"))
    assert f"| extractive | ROUGE-2 | {p} | {r} | {f} |" in out


def test_hyps_from_stdin(refs, tmp_path):
    text = "".join(json.dumps(h, ensure_ascii=False) + "\n" for h in GOOD)
    result = CliRunner().invoke(
        app,
        ["eval", "--refs", str(refs), "--hyps", "-", "--format", "json", "--bootstrap", "0"],
        input=text,
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["file"] == "<stdin>" and data["n"] == 3
    file_data = json.loads(
        run("--refs", refs, "--hyps", write(tmp_path / "g.jsonl", GOOD), "-f", "json").stdout
    )
    assert data["rouge1"]["f"] == file_data["rouge1"]["f"]
    bad = CliRunner().invoke(app, ["eval", "--refs", str(refs), "--hyps", "-"], input="{oops\n")
    assert isinstance(bad.exception, UsageError)
    assert str(bad.exception).startswith("<stdin>:1: not valid JSON")
    with pytest.raises(UsageError, match="standard input can be read only once"):
        run("--refs", refs, "--hyps", "-", "--hyps", "-")


def test_names_and_per_article_csv(refs, tmp_path):
    good = write(tmp_path / "good.jsonl", GOOD)
    weak = write(tmp_path / "weak.jsonl", WEAK)
    table = tmp_path / "scores.csv"
    args = ["--refs", refs, "--hyps", good, "--hyps", weak, "--name", "Marian", "--name", "Lead-3"]
    data = json.loads(run(*args, "--format", "json", "--csv", table).stdout)
    assert [s["system"] for s in data["systems"]] == ["Marian", "Lead-3"]
    assert (data["paired"]["a"], data["paired"]["b"]) == ("Marian", "Lead-3")
    rows = list(csv.DictReader(table.open(encoding="utf-8")))
    assert [(r["system"], r["id"]) for r in rows] == [
        (name, rid) for name in ("Marian", "Lead-3") for rid in ("a", "b", "c", "torture")
    ]
    first = data["systems"][0]["articles"][0]
    assert float(rows[0]["rouge2_r"]) == first["rouge"]["rouge2"]["r"]
    assert (rows[0]["figures_found"], rows[0]["figures_listed"]) == ("3", "3")
    assert rows[3]["rouge1_f"] == ""  # the torture record has no reference brief
    markdown = run(*args, "--details").stdout
    assert "## Paired comparison: Marian vs Lead-3" in markdown
    assert "## Per article: Lead-3" in markdown
    assert "Marian: rouge|tok:unicode" in markdown
    with pytest.raises(UsageError, match=r"--name: 1 name\(s\) for 2 --hyps"):
        run("--refs", refs, "--hyps", good, "--hyps", weak, "--name", "x")
    with pytest.raises(UsageError, match="--name: 'x' names two systems"):
        run("--refs", refs, "--hyps", good, "--hyps", weak, "--name", "x", "--name", "x")


def test_ascii_no_stem_reproduces_rouge_score_per_article(refs, tmp_path):
    hyps = write(tmp_path / "good.jsonl", GOOD)
    table = tmp_path / "scores.csv"
    run("--refs", refs, "--hyps", hyps, "--tokenizer", "ascii", "--no-stem", "--csv", table)
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"])  # its defaults
    rows = {r["id"]: r for r in csv.DictReader(table.open(encoding="utf-8"))}
    for ref, hyp in zip(REFS[:3], GOOD[:3], strict=True):
        expected = scorer.score(ref["reference_brief"], hyp["brief"])
        for t, s in expected.items():
            row = rows[ref["id"]]
            assert float(row[f"{t}_p"]) == s.precision
            assert float(row[f"{t}_r"]) == s.recall
            assert float(row[f"{t}_f"]) == s.fmeasure


def test_plot_panels_scale_to_the_data_and_state_n(refs, tmp_path):
    from summarizer.evaluation.evaluate import Options, evaluate
    from summarizer.evaluation.plot import axis_top, build_figure

    weak = write(tmp_path / "weak.jsonl", [{**h, "brief": "The."} for h in WEAK])
    result = evaluate(refs, [weak], Options(samples=50, trials=10), figure_parser=FAKE)
    fig = build_figure(result)
    rouge_ax, figures_ax = fig.axes
    assert rouge_ax.get_title() == "ROUGE F1\nn = 3 articles"
    assert figures_ax.get_title() == "Figure fidelity\nn = 4 articles"
    highest = max(result["systems"][0][t]["high"] for t in ("rouge1", "rougeL"))
    assert highest < 0.5
    assert highest < rouge_ax.get_ylim()[1] <= axis_top([highest]) < 1
    assert axis_top([0.93]) == 1.0 and axis_top([0.0]) == 0.05
    assert axis_top([0.0095]) == 0.02 and axis_top([0.4]) == 0.5
