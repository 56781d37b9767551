"""`summarizer eval` through a Typer app: JSON shape, Markdown, signature, stand-in, plot, pairs."""

import hashlib
import json
import re

import pytest
import typer
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
    for option in ("--refs", "--hyps", "--json", "--plot", "--strict", "--seed"):
        assert option in result.stdout
