"""Blind A/B judgement of the tool's figure renderings that differ from the labels.

    .venv/bin/python eval/judge_renderings.py items DIR            # DIR/items.jsonl, DIR/key.json
    .venv/bin/python eval/judge_renderings.py merge DIR --by NAME  # DIR/verdicts.jsonl -> labels

``items``: every listed figure (both splits) that the tool finds, renders other than the listed
``en``, without a changed meaning, and that no one has judged for this very English yet, as an
item with the German span in its context and the two English forms as ``A`` and ``B`` in a
random order; which is which stays in ``key.json``. ``merge``: the judge's verdicts added to
``eval/data/rendering_judgements.jsonl`` (``ours_right``, ``label_right``, ``why``,
``judged_by``), which ``eval/split_report.py`` reads. How a judge works: ``eval/data/JUDGING.md``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

import split_report  # noqa: E402
import train_ranking as T  # noqa: E402

CONTEXT = 200
"""Characters of the article shown on each side of the span."""
VERDICTS = ("right", "wrong")


def pending(records: list[dict], judged: set) -> list[dict]:
    """The renderings to judge: found, not the listed English, meaning kept, not judged yet."""
    by_id = {r["id"]: r for r in records}
    items = []
    for a in split_report.run(records)["articles"]:
        text = by_id[a["id"]]["text"]
        for r in a["wrong"]:
            if not r["found"] or r["changed"] or (a["id"], r["de"], r["ours"]) in judged:
                continue
            i, j = r["span"]
            context = (
                text[max(0, i - CONTEXT) : i] + "[[" + text[i:j] + "]]" + text[j : j + CONTEXT]
            )
            items.append(
                {
                    "article": a["id"],
                    "de": r["de"],
                    "label": r["en"],
                    "ours": r["ours"],
                    "context": context,
                }
            )
    return items


def write_items(items: list[dict], out: Path, seed: int) -> None:
    rng = random.Random(seed)
    rng.shuffle(items)
    out.mkdir(parents=True, exist_ok=True)
    key = []
    with (out / "items.jsonl").open("w", encoding="utf-8") as fh:
        for n, it in enumerate(items):
            flip = rng.random() < 0.5  # True: A is ours
            a, b = (it["ours"], it["label"]) if flip else (it["label"], it["ours"])
            name = f"i{n:04d}"
            line = {"item": name, "de": it["de"], "context": it["context"], "A": a, "B": b}
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
            key.append(
                {
                    "item": name,
                    "flip": flip,
                    **{k: it[k] for k in ("article", "de", "label", "ours")},
                }
            )
    (out / "key.json").write_text(json.dumps(key, ensure_ascii=False, indent=1), encoding="utf-8")


def read_verdicts(path: Path, names: set[str]) -> dict[str, dict]:
    """The judge's lines by item; a bad or missing line is an error naming the file and line."""
    verdicts = {}
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            v = json.loads(line)
            if (
                v.get("item") not in names
                or v.get("A") not in VERDICTS
                or v.get("B") not in VERDICTS
            ):
                raise ValueError(f"{path}:{n}: not an item of key.json with A and B right or wrong")
            verdicts[v["item"]] = v
    missing = names - set(verdicts)
    if missing:
        raise ValueError(f"{path}: no verdict for {len(missing)} items (e.g. {min(missing)})")
    return verdicts


def merge(out: Path, by: str, judgements: Path = split_report.JUDGEMENTS) -> int:
    key = json.loads((out / "key.json").read_text(encoding="utf-8"))
    verdicts = read_verdicts(out / "verdicts.jsonl", {k["item"] for k in key})
    with judgements.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    for k in key:
        v = verdicts[k["item"]]
        ours, label = (v["A"], v["B"]) if k["flip"] else (v["B"], v["A"])
        rows.append(
            {
                **{f: k[f] for f in ("article", "de", "label", "ours")},
                "ours_right": ours == "right",
                "label_right": label == "right",
                "why": v.get("why", ""),
                "judged_by": by,
            }
        )
    rows.sort(key=lambda r: (r["article"], r["de"], r["ours"]))
    judgements.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    return len(key)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("what", choices=["items", "merge"])
    ap.add_argument("dir", type=Path)
    ap.add_argument("--by", help="the judge's name (merge)")
    ap.add_argument("--data", type=Path, nargs="+", default=split_report.DATA)
    args = ap.parse_args(argv)
    if args.what == "items":
        judged = set(split_report.judgements())
        items = pending(T.load(args.data), judged)
        write_items(items, args.dir, seed=len(judged))
        print(f"{len(items)} renderings to judge: {args.dir / 'items.jsonl'}")
        return 0
    if not args.by:
        print("error: merge needs --by NAME", file=sys.stderr)
        return 2
    try:
        n = merge(args.dir, args.by)
    except (OSError, ValueError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    print(f"{n} verdicts added to {split_report.JUDGEMENTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
