"""The daily digest on the tiny stand-in: content, order, merging, bad files, resume."""

import json
import os
import signal
import subprocess
import sys
import time
from html.parser import HTMLParser

import pytest
from typer.testing import CliRunner

from summarizer.cli import app
from tests.conftest import DEV, ROOT, SEED

runner = CliRunner()


def digest(*args):
    return runner.invoke(app, ["digest", *[str(a) for a in args]])


@pytest.fixture(scope="module")
def dev_digest(tiny_marian, tmp_path_factory):
    out = tmp_path_factory.mktemp("digest")
    result = digest(
        DEV, "--out", out, "--model", tiny_marian, "--beams", "1", "--date", "2023-10-14"
    )
    assert result.exit_code == 0, result.output
    return out


def test_dev_set_digest_writes_every_file(dev_digest, dev_records):
    names = {p.name for p in dev_digest.iterdir()}
    assert {"digest.md", "digest.html", "digest.jsonl", "errors.jsonl"} <= names
    entries = [json.loads(line) for line in (dev_digest / "digest.jsonl").read_text().splitlines()]
    # The torture records reuse sentences of the real articles but none is an update of one.
    assert sorted(e["id"] for e in entries) == sorted(r["id"] for r in dev_records)
    assert (dev_digest / "errors.jsonl").read_text() == ""
    for entry in entries:
        assert entry["headline"] and entry["brief"] and entry["merged"] == []
    markdown = (dev_digest / "digest.md").read_text()
    assert markdown.startswith("# News digest — 2023-10-14\n")
    assert markdown.count("\n## ") == len(entries) + 1  # contents + one section per story


def test_dated_stories_come_first_newest_first(dev_digest):
    entries = [json.loads(line) for line in (dev_digest / "digest.jsonl").read_text().splitlines()]
    dates = [e["date"] for e in entries]
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True)
    assert dates[: len(dated)] == dated  # undated after dated


class Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.tags, self.external = [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        if tag == "article":
            self.ids.append(attrs["id"])
        for key in ("src", "href"):
            if attrs.get(key) and not attrs[key].startswith("#"):
                self.external.append(attrs[key])


def test_html_is_self_contained_and_has_every_entry(dev_digest):
    html = (dev_digest / "digest.html").read_text()
    parser = Collector()
    parser.feed(html)
    entries = [json.loads(line) for line in (dev_digest / "digest.jsonl").read_text().splitlines()]
    assert len(parser.ids) == len(entries) == len(set(parser.ids))
    assert parser.external == [] and "script" not in parser.tags
    assert "<style>" in html and "stand-in model" in html
    for entry in entries:
        assert entry["brief"].replace("&", "&amp;").replace("<", "&lt;")[:40] in html


def test_updates_of_a_story_are_merged(tiny_marian, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    seed = SEED.read_text(encoding="utf-8")
    first = seed.replace(" date 2023-10 (neu: weitere Details)\n", " date 2023-10\n")
    first = first.split("\n\nIn der Vergangenheit")[0] + "/nau/DP/he"
    (folder / "a-first.txt").write_text(first, encoding="utf-8")
    (folder / "b-update.txt").write_text(seed, encoding="utf-8")
    (folder / "c-other.jsonl").write_text(
        json.dumps({"id": "other", "text": "Die Inflation stieg im Oktober auf 3,2 Prozent."})
        + "\n"
    )
    out = tmp_path / "out"
    result = digest(folder, "--out", out, "--model", tiny_marian, "--beams", "1")
    assert result.exit_code == 0, result.output
    entries = [json.loads(line) for line in (out / "digest.jsonl").read_text().splitlines()]
    by_id = {e["id"]: e for e in entries}
    assert set(by_id) == {"b-update", "other"}
    assert by_id["b-update"]["merged"] == ["a-first"]
    assert "1 update(s) or duplicate(s) merged" in (out / "digest.md").read_text()


def test_bad_files_are_recorded_and_the_rest_go_on(tiny_marian, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Mehr als 1000 Container wurden verschifft.")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "empty.md").write_text("")
    (folder / "latin1.txt").write_bytes(
        "Für 2,3 Mio. Franken kaufte Zürich Äcker.".encode("latin-1")
    )
    out = tmp_path / "out"
    result = digest(folder, "--out", out, "--model", tiny_marian, "--beams", "1")
    assert result.exit_code == 1
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert {(os.path.basename(e["source"]), e["reason"]) for e in errors} == {
        ("binary.txt", "binary file, not text"),
        ("empty.md", "empty file"),
    }
    entries = [json.loads(line) for line in (out / "digest.jsonl").read_text().splitlines()]
    assert sorted(e["id"] for e in entries) == ["good", "latin1"]
    latin = next(e for e in entries if e["id"] == "latin1")
    assert latin["sentences"][0]["source"] == "Für 2,3 Mio. Franken kaufte Zürich Äcker."


def test_unwritable_output_folder_is_one_line(tiny_marian, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = digest(DEV, "--out", blocker / "out", "--model", tiny_marian)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"summarizer: {blocker / 'out'}: output folder is not writable")


def _many_articles(path, copies):
    records = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines()]
    with open(path, "w", encoding="utf-8") as fh:
        for n in range(copies):
            for r in records:
                fh.write(
                    json.dumps(
                        {"id": f"{r['id']}-{n}", "text": f"Tag {n}. " + r["text"]},
                        ensure_ascii=False,
                    )
                    + "\n"
                )


def test_killed_run_resumes_without_redoing_work(tiny_marian, tmp_path):
    source = tmp_path / "day.jsonl"
    _many_articles(source, 5)  # 70 stories, 5 batches
    out = tmp_path / "out"
    # Copies of one story would be merged: --no-merge keeps all 70.
    command = [
        sys.executable,
        "-m",
        "summarizer",
        "digest",
        str(source),
        "--no-merge",
        "--out",
        str(out),
        "--model",
        str(tiny_marian),
        "--beams",
        "1",
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    cache = out / ".cache"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        done = len(list(cache.glob("*.json"))) if cache.is_dir() else 0
        if done >= 16:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    finished = len(list(cache.glob("*.json")))
    assert 16 <= finished < 70, "the run should have been killed halfway"
    assert not (out / "digest.jsonl").exists()
    assert not list(cache.glob(".*.tmp"))  # no half-written cache entry
    resumed = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    assert f"{70 - finished} briefed, {finished} from cache" in resumed.stderr
    again = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert "0 briefed, 70 from cache" in again.stderr
    fresh = tmp_path / "fresh"
    subprocess.run(
        [*command[:-5], str(fresh), *command[-4:]],
        env=env,
        check=True,
        capture_output=True,
        timeout=300,
    )
    for name in ("digest.jsonl", "digest.md", "digest.html"):
        assert (out / name).read_text() == (fresh / name).read_text(), name
