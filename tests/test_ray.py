"""The Ray engine against the local one: same stories, same figures, same errors, resume.

One local Ray (2 CPUs) per test session (``local_ray`` in conftest.py); every Ray run goes
through the CLI as a user's would.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from summarizer.cli import app
from tests.conftest import DEV, ROOT

pytest.importorskip("ray")
# Ray's driver and workers talk TCP over loopback.
pytestmark = [pytest.mark.enable_socket, pytest.mark.usefixtures("local_ray")]
runner = CliRunner()


def cli(*args):
    return runner.invoke(app, [str(a) for a in args])


def read_jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def forty_articles(path, count=40, shards=False):
    """40 stories: the dev set's 14, then variants of them with another opening sentence
    (the digest would merge a variant with its original: these tests pass --no-merge).
    One JSONL file at ``path``, or with ``shards`` a folder of JSONL shards of 10 stories, each
    read by its own Ray task (Ray then batches per shard: the stand-in's English, and so
    what the figure check finds in it, may differ from the local engine's)."""
    records = read_jsonl(DEV)
    if shards:
        path.mkdir()
    for n in range(count):
        r = records[n % len(records)]
        prefix = "" if n < len(records) else f"Am {n}. Tag meldete die Agentur Neues. "
        record = {"id": f"{r['id']}-{n}", "text": prefix + r["text"], "title": r.get("title")}
        with open(path / f"part-{n // 10}.jsonl" if shards else path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def essentials(entry):
    """What must not depend on the engine (the stand-in's English may, with batching)."""
    return {
        "id": entry["id"],
        "sentences": [s["index"] for s in entry["sentences"]],
        "sources": [s["source"] for s in entry["sentences"]],
        "figures": [{k: v for k, v in f.items() if k != "status"} for f in entry["figures"]],
        "key_figures": entry["key_figures"],
    }


def test_forty_articles_local_and_ray_agree(tiny_marian, tmp_path):
    source = forty_articles(tmp_path / "day.jsonl")
    common = [source, "--no-merge", "--model", tiny_marian, "--beams", "1", "--date", "2023-10-14"]
    local = cli("digest", *common, "--out", tmp_path / "local")
    assert local.exit_code == 0, local.output
    on_ray = cli("digest", *common, "--out", tmp_path / "ray", "--engine", "ray", "--workers", 2)
    assert on_ray.exit_code == 0, on_ray.output
    a, b = read_jsonl(tmp_path / "local/digest.jsonl"), read_jsonl(tmp_path / "ray/digest.jsonl")
    assert len(a) == 40
    assert [essentials(e) for e in a] == [essentials(e) for e in b]
    assert "40 briefed, 0 from cache" in on_ray.stderr


def test_real_english_is_the_same_with_a_deterministic_translator(tmp_path):
    from summarizer.digest import build_digest
    from summarizer.engines.ray_engine import ModelSpec
    from summarizer.engines.ray_engine import build_digest as ray_digest
    from summarizer.pipeline import Settings
    from tests.ray_fakes import UpperTranslator

    source = forty_articles(tmp_path / "day", shards=True)
    local = build_digest(
        [str(source)], tmp_path / "local", UpperTranslator(), Settings(), merge=False
    )
    on_ray = ray_digest(
        [str(source)],
        tmp_path / "ray",
        ModelSpec(factory=UpperTranslator),
        Settings(),
        merge=False,
        workers=2,
    )
    assert local.entries and local.entries == on_ray.entries
    assert any(s["text"].isupper() for e in on_ray.entries for s in e["sentences"])
    for name in ("digest.jsonl", "digest.md", "digest.html", "errors.jsonl"):
        assert (tmp_path / "local" / name).read_text() == (tmp_path / "ray" / name).read_text()


def bad_inputs(folder):
    folder.mkdir()
    (folder / "good.txt").write_text("Mehr als 1000 Container wurden verschifft.")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "empty.md").write_text("")
    (folder / "latin1.txt").write_bytes(
        "Für 2,3 Mio. Franken kaufte Zürich Äcker.".encode("latin-1")
    )
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    (folder / "wire.jsonl").write_text(
        '{"id": "w1", "text": "Die Inflation stieg auf 3,2 Prozent."}\n'
        "{broken\n"
        '{"id": "codes-only", "text": "/nau/DP/he"}\n'
        '{"id": "w1", "text": "Doppelt."}\n'
        '{"title": "no text"}\n'
    )
    return folder


def test_bad_input_gives_the_same_errors_and_exit_codes(tiny_marian, tmp_path):
    folder = bad_inputs(tmp_path / "in")
    missing = tmp_path / "missing.txt"
    common = [folder, missing, "--model", tiny_marian, "--beams", "1"]
    local = cli("digest", *common, "--out", tmp_path / "local")
    on_ray = cli("digest", *common, "--out", tmp_path / "ray", "--engine", "ray")
    assert local.exit_code == on_ray.exit_code == 1
    errors = (tmp_path / "local/errors.jsonl").read_text()
    assert errors == (tmp_path / "ray/errors.jsonl").read_text()
    reasons = {e["reason"] for e in map(json.loads, errors.splitlines())}
    assert {"binary file, not text", "empty file", "no such file or directory"} <= reasons
    assert "no sentences left after cleanup" in reasons and "duplicate id 'w1'" in reasons
    problems = [line for line in on_ray.stderr.splitlines() if line.startswith("summarizer: ")]
    assert problems == [
        line for line in local.stderr.splitlines() if line.startswith("summarizer: ")
    ]
    assert "Traceback" not in on_ray.output
    ids = [e["id"] for e in read_jsonl(tmp_path / "ray/digest.jsonl")]
    assert sorted(ids) == ["good", "latin1", "w1"]

    # brief --out: the same lines on stderr (the local engine prints them as they come).
    brief_local = cli("brief", *common, "--out", tmp_path / "b-local", "-f", "json")
    brief_ray = cli("brief", *common, "--out", tmp_path / "b-ray", "-f", "json", "--engine", "ray")
    assert brief_local.exit_code == brief_ray.exit_code == 1
    problems = [line for line in brief_ray.stderr.splitlines() if line.startswith("summarizer: ")]
    assert sorted(problems) == sorted(
        line for line in brief_local.stderr.splitlines() if line.startswith("summarizer: ")
    )
    # Both end with the same summary line but for the seconds.
    summaries = [run.stderr.splitlines()[-1].split(" in ")[0] for run in (brief_ray, brief_local)]
    assert summaries[0] == summaries[1]
    assert summaries[0].startswith("brief: ") and "briefed, " in summaries[0]
    # The same names (made by articles.file_names), and the same outputs list, so that a
    # later run never reads them back as articles (Ray also keeps its resume cache there,
    # and the briefs as JSONL shards).
    ray_out = tmp_path / "b-ray"
    names = sorted(p.name for p in ray_out.iterdir() if p.name not in (".cache", ".shards"))
    assert names == sorted(p.name for p in (tmp_path / "b-local").iterdir())
    assert names == [".summarizer-outputs.json", "good.json", "latin1.json", "w1.json"]
    shards = [json.loads(line) for p in (ray_out / ".shards").iterdir() for line in p.open()]
    assert sorted(b["id"] for b in shards) == ["good", "latin1", "w1"]
    assert all(json.loads((ray_out / f"{b['id']}.json").read_text()) == b for b in shards)


def test_rerun_redoes_only_what_is_missing_and_writes_each_story_once(tiny_marian, tmp_path):
    source = forty_articles(tmp_path / "day", count=20, shards=True)
    out = tmp_path / "out"
    common = [source, "--no-merge", "--out", out, "--model", tiny_marian, "--beams", "1"]
    common += ["--engine", "ray"]
    # A crash before the last batch (the second shard's stories, 10-19) was cached: no
    # outputs, 10 entries. (Redone in the same batch, the stand-in gives the same English.)
    first = cli("digest", *common)
    assert first.exit_code == 0, first.output
    before = {n: (out / n).read_text() for n in ("digest.jsonl", "digest.md", "digest.html")}
    entries = list((out / ".cache").glob("*.json"))
    assert len(entries) == 20
    for path in entries:
        if int(json.loads(path.read_text())["id"].rsplit("-", 1)[1]) >= 10:
            path.unlink()
    for name in before:
        (out / name).unlink()
    resumed = cli("digest", *common)
    assert resumed.exit_code == 0, resumed.output
    assert "10 briefed, 10 from cache" in resumed.stderr
    assert len(list((out / ".cache").glob("*.json"))) == 20
    assert not list((out / ".cache").glob(".*.tmp"))
    for name, text in before.items():
        assert (out / name).read_text() == text, name
    ids = [e["id"] for e in read_jsonl(out / "digest.jsonl")]
    assert len(ids) == len(set(ids)) == 20
    shards = [json.loads(line) for p in (out / ".shards").iterdir() for line in p.open()]
    assert sorted(b["id"] for b in shards) == sorted(ids)


def test_local_cache_is_reused_by_the_ray_engine(tiny_marian, tmp_path):
    common = [DEV, "--out", tmp_path / "out", "--model", tiny_marian, "--beams", "1"]
    assert cli("digest", *common).exit_code == 0
    on_ray = cli("digest", *common, "--engine", "ray", "--workers", 1)
    assert on_ray.exit_code == 0, on_ray.output
    assert "0 briefed, 14 from cache" in on_ray.stderr


def test_a_node_without_the_model_stops_the_job_before_any_work(tmp_path):
    missing = tmp_path / "no-model"
    out = tmp_path / "out"
    result = cli("digest", DEV, "--out", out, "--model", missing, "--engine", "ray")
    assert result.exit_code == 2
    assert result.stderr.startswith("summarizer: node ")
    assert f"model {missing}: " in result.stderr and len(result.stderr.splitlines()) == 1
    assert not list((out / ".cache").glob("*.json")) and not (out / "digest.jsonl").exists()


def test_a_model_that_fails_to_load_in_the_actors_is_the_local_line(tiny_marian, tmp_path):
    corrupt = tmp_path / "corrupt"
    shutil.copytree(tiny_marian, corrupt)
    (corrupt / "model.safetensors").write_bytes(b"not a safetensors file")
    common = [DEV, "--model", corrupt, "--beams", "1"]
    local = cli("digest", *common, "--out", tmp_path / "local")
    on_ray = cli("digest", *common, "--out", tmp_path / "ray", "--engine", "ray", "--workers", 1)
    assert local.exit_code == on_ray.exit_code == 2
    assert on_ray.stderr == local.stderr and len(on_ray.stderr.splitlines()) == 1
    assert "cannot load the model" in on_ray.stderr


def test_ray_usage_problems_are_one_line(tiny_marian, tmp_path):
    no_out = cli("brief", DEV, "--model", tiny_marian, "--engine", "ray")
    assert no_out.exit_code == 2 and "give --out" in no_out.stderr
    too_many = cli("digest", DEV, "--out", tmp_path, "--model", tiny_marian, "--engine", "ray",
                   "--workers", 64)  # fmt: skip
    assert too_many.exit_code == 2
    assert too_many.stderr == "summarizer: --workers 64: the Ray cluster has 2 CPU(s)\n"
    blocker = tmp_path / "file"
    blocker.write_text("x")
    unwritable = cli("brief", DEV, "--out", blocker / "out", "--model", tiny_marian,
                     "--engine", "ray")  # fmt: skip
    assert unwritable.exit_code == 2
    assert unwritable.stderr.startswith(f"summarizer: {blocker / 'out'}: output folder is not")
    nobody = cli("digest", DEV, "--out", tmp_path / "o", "--model", tiny_marian, "--engine", "ray",
                 "--address", "127.0.0.1:9")  # fmt: skip
    assert nobody.exit_code == 2
    assert nobody.stderr.startswith("summarizer: --address 127.0.0.1:9: no Ray head answers")


def test_local_engine_never_imports_ray(tiny_marian, tmp_path):
    one = tmp_path / "one.txt"
    one.write_text("Die Inflation stieg im Oktober auf 3,6 Prozent.", encoding="utf-8")
    code = (
        "import sys; from typer.testing import CliRunner; from summarizer.cli import app; "
        f"r = CliRunner().invoke(app, ['digest', {str(one)!r}, '--out', {str(tmp_path / 'out')!r}, "
        f"'--model', {str(tiny_marian)!r}, '--beams', '1', '--engine', 'local']); "
        "assert r.exit_code == 0, r.output; print('ray' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


def test_eval_on_ray_gives_the_local_numbers():
    hyps = [ROOT / "eval/results/hyps-extractive.jsonl", ROOT / "eval/results/hyps-lead.jsonl"]
    common = ["eval", "--refs", DEV, "--json", "--bootstrap", 200, "--trials", 200]
    common += [arg for h in hyps for arg in ("--hyps", h)]
    local = cli(*common)
    assert local.exit_code == 0, local.output
    on_ray = cli(*common, "--engine", "ray", "--workers", 2)
    assert on_ray.exit_code == 0, on_ray.output
    scores = json.loads(on_ray.stdout)
    assert scores == json.loads(local.stdout)
    assert [len(s["articles"]) for s in scores["systems"]] == [14, 14]
