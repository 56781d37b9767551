"""Reading for the Ray engine: inputs split into parts, each part read by a Ray task.

An input is split on the driver into parts (``articles.input_parts``: a file, or one part per
article file of a folder; JSONL shards are files). The inputs are read twice, in parallel:

- ``read_index``: every part read, only what the driver must decide over all articles comes
  back (ids, sources, failures, reading notes; with the digest's merging, the articles);
- ``plan``: on the driver, ids made unique across inputs, updates merged, file names claimed
  — kept as the exceptions only (a renamed id, a merged story), so that it stays small;
- ``planned_chunks``: the parts read again by the brief pipeline, the plan applied per row,
  in chunks of ``BATCH_ARTICLES`` consecutive stories: the local digest's translation batches
  where the input is one file (a part's last chunk may be shorter).

Rows are keyed by ``(n, r)``: the part's place among all parts and the record's in the part.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from typing import Any

import ray.data

from summarizer.articles import (
    Article,
    Notes,
    ReadFailure,
    input_parts,
    iter_inputs,
    read_part,
    read_stdin,
    unique_ids,
)
from summarizer.digest import BATCH_ARTICLES


def split_inputs(inputs: list[str], encoding: str | None = None) -> list[dict]:
    """One row per part of the inputs, in order. Standard input is read here, once."""
    lists: dict = {}
    rows: list[dict[str, Any]] = []
    for raw in inputs:
        # Every row has every key: Ray Data makes one table of them.
        row: dict[str, Any] = {"stdin": None, "failure": None, "file": None, "stem": None}
        if raw == "-":
            rows.append({**row, "stdin": read_stdin()})
            continue
        for part in input_parts(raw, lists):
            if isinstance(part, ReadFailure):
                rows.append({**row, "failure": [part.source, part.reason]})
            else:
                rows.append({**row, "file": part[0], "stem": part[1]})
    for n, row in enumerate(rows):
        row.update(n=n, cwd=os.getcwd(), encoding=encoding)
    return rows


def read_input(part: dict) -> list[dict]:
    """One part → rows of articles and read failures, in order. Relative paths are read from
    the driver's working directory, so that sources are named as the local engine names them;
    reading notes (an encoding guessed) travel with the row read after them."""
    notes: list[list[str]] = []

    def on_note(source: str, note: str) -> None:
        notes.append([source, note])

    here = os.getcwd()
    try:
        if part["file"] and not os.path.isabs(part["file"]):
            os.chdir(part["cwd"])
        if part["stdin"] is not None:
            items = iter_inputs(["-"], part["stdin"], part["encoding"], on_note, lambda _: None)
        elif part["failure"]:
            items = iter([ReadFailure(*part["failure"])])
        else:
            items = read_part((part["file"], part["stem"]), part["encoding"], on_note)
        rows = []
        for r, item in enumerate(items):
            row = {"n": part["n"], "r": r, "article": None, "failure": None}
            if isinstance(item, ReadFailure):
                row["failure"] = json.dumps([item.source, item.reason], ensure_ascii=False)
            else:
                row["article"] = json.dumps(asdict(item), ensure_ascii=False)
            row["notes"] = json.dumps(notes, ensure_ascii=False)
            notes = []
            rows.append(row)
        return rows
    finally:
        os.chdir(here)


def _index_row(row: dict) -> dict:
    """A read row without the article's text (what the driver decides on needs none)."""
    if row["article"]:
        article = json.loads(row["article"])
        row["article"] = json.dumps({"id": article["id"], "source_path": article["source_path"]})
    return row


@dataclass
class Index:
    """What the driver knows of every article read: enough to plan, not the texts."""

    articles: list[tuple[str, Article]] = field(default_factory=list)
    """(key, article) in input order; the article's text only when asked for (merging)."""
    failures: list[tuple[str, dict]] = field(default_factory=list)
    """(key, {source, reason}) in input order."""
    renamed: dict[str, str] = field(default_factory=dict)
    """Ids made unique across inputs: key → the new id."""


def key_of(row: dict) -> str:
    return f"{int(row['n'])}:{int(row['r'])}"


def order_of(key: str) -> tuple[int, int]:
    n, r = key.split(":")
    return int(n), int(r)


def read_index(parts: list[dict], texts: bool, on_note: Notes | None = None) -> Index:
    """Every part read by a Ray task; back come the index rows, put in input order; the
    reading notes are told to ``on_note`` in that order and ids are made unique (a repeated
    id gets ``~2`` …, with a line on stderr, as the local engine does)."""
    if not parts:
        return Index()
    dataset = ray.data.from_items(parts).flat_map(read_input)
    if not texts:
        dataset = dataset.map(_index_row)
    rows = sorted(dataset.take_all(), key=lambda row: (int(row["n"]), int(row["r"])))
    index = Index()
    for row in rows:
        for source, note in json.loads(row["notes"]):
            if on_note:
                on_note(source, note)
        if row["failure"]:
            source, reason = json.loads(row["failure"])
            index.failures.append((key_of(row), {"source": source, "reason": reason}))
        else:
            data = json.loads(row["article"])
            index.articles.append((key_of(row), Article(**{"text": "", **data})))
    read_ids = [article.id for _, article in index.articles]
    for _ in unique_ids(article for _, article in index.articles):  # renames in place
        pass
    index.renamed = {
        key: article.id
        for (key, article), read_id in zip(index.articles, read_ids, strict=True)
        if article.id != read_id
    }
    return index


@dataclass
class Plan:
    """The driver's decisions over all articles, as exceptions to the rows as read."""

    ids: dict[str, str] = field(default_factory=dict)
    """Renamed ids (made unique across inputs)."""
    skip: set[str] = field(default_factory=set)
    """Articles not briefed: merged into another story."""
    others: dict[str, list[str]] = field(default_factory=dict)
    """A story's merged ids."""
    targets: dict[str, str] = field(default_factory=dict)
    """``brief --out``: file names other than ``<id><suffix>``."""
    suffix: str = ""


def planned_chunks(part: dict, plan: Plan) -> list[dict]:
    """One part read again, for the brief pipeline: its articles to brief, the plan applied,
    as rows of one chunk (a JSON list) of up to ``BATCH_ARTICLES`` consecutive stories."""
    rows: list[dict[str, Any]] = []
    for row in read_input(part):
        key = key_of(row)
        if row["failure"] or key in plan.skip:
            continue
        article = json.loads(row["article"])
        article["id"] = plan.ids.get(key, article["id"])
        rows.append(
            {
                "n": row["n"],
                "r": row["r"],
                "article": json.dumps(article, ensure_ascii=False),
                "others": json.dumps(plan.others.get(key, [])),
                "target": plan.targets.get(key, article["id"] + plan.suffix),
            }
        )
    return [
        {"chunk": json.dumps(rows[b : b + BATCH_ARTICLES], ensure_ascii=False)}
        for b in range(0, len(rows), BATCH_ARTICLES)
    ]
