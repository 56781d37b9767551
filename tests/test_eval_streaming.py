"""`summarizer eval` streams its inputs: memory follows what is scored, not the file's size."""

from __future__ import annotations

import hashlib
import json
import tracemalloc

from summarizer.evaluation.inputs import load_hypotheses, load_references


def _write(path, rows):
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def test_large_unscored_fields_are_never_held_at_once(tmp_path):
    junk = [{"source": "1.000", "text": "x" * 200, "kind": "count"}] * 150  # ~30 kB a line
    model = {"name": "m", "revision": "r", "standin": False, "backend": "ct2"}
    hyps = tmp_path / "hyps.jsonl"
    refs = tmp_path / "refs.jsonl"
    _write(
        hyps,
        (
            {"id": f"a{i}", "brief": "Prices rose.", "figures": junk, "model": dict(model)}
            for i in range(300)
        ),
    )
    _write(
        refs,
        (
            {"id": f"a{i}", "reference_brief": "Prices rose.", "source": "y" * 30_000}
            for i in range(300)
        ),
    )
    size = hyps.stat().st_size + refs.stat().st_size
    tracemalloc.start()
    try:
        h = load_hypotheses(hyps)
        r = load_references(refs)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert size > 15 * 2**20
    assert peak < 2 * 2**20  # the files are read a line at a time, the junk dropped
    assert len(h.records) == len(r.records) == 300
    assert len({id(x.model) for x in h.records.values()}) == 1  # one copy of the same model
    assert r.sha256 == hashlib.sha256(refs.read_bytes()).hexdigest()
