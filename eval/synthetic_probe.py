"""The figure rules on the synthetic sentences of ``eval/data/synthetic/`` (written blind for the
project, not real news; see its README).

    .venv/bin/python eval/synthetic_probe.py [--out eval/results]  # totals of both parts
    .venv/bin/python eval/synthetic_probe.py --failures tuned # the tuned part's misses

For every labelled figure, as ``eval/split_report.py`` judges the articles
(``summarizer.figures.evaluate.judge_listed``): **found** (every digit of the span lies in an
extracted figure; a span without digits: a figure overlaps it), **strict** (our English is the
writer's), **figure part** (ours is the figure part of the writer's or the other way round).
The ``held`` part prints totals only: no one reads its lines, so it stays a test of the rules on
forms they were not mended for.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.figures import extract_figures  # noqa: E402
from summarizer.figures.evaluate import judge_listed  # noqa: E402

DATA = ROOT / "eval" / "data" / "synthetic"
PARTS = ("tuned", "held")


def judge(records: list[dict], failures: list[str] | None = None) -> dict[str, int]:
    """Totals over the records' labelled figures; each figure not rendered right (figure part)
    goes to ``failures`` as a line, when given."""
    totals = {"sentences": len(records), "figures": 0, "found": 0, "strict": 0, "figure part": 0}
    for rec in records:
        sentence = rec["de"]
        extracted = extract_figures(sentence, lang="de")
        for label in rec["figures"]:
            i = sentence.find(label["de"])
            if i < 0:
                raise ValueError(f"{rec['id']}: {label['de']!r} is not in the sentence")
            over, found, strict, lenient = judge_listed(
                sentence, i, i + len(label["de"]), label["en"], extracted
            )
            totals["figures"] += 1
            totals["found"] += found
            totals["strict"] += strict
            totals["figure part"] += lenient
            if failures is not None and not lenient:
                ours = " | ".join(f"{f.text} [{f.kind}]" for f in over)
                tag = "MISS" if not found else "REND"
                failures.append(
                    f"{tag} {rec['id']} {label['de']!r} -> {label['en']!r} [{label['kind']}]"
                    f"   ours: {ours!r}"
                )
    return totals


def load(part: str) -> list[dict]:
    with (DATA / f"{part}.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--failures", choices=["tuned"], help="list this part's misses, and stop")
    ap.add_argument("--out", type=Path, help="also write the totals to OUT/synthetic.md")
    args = ap.parse_args(argv)
    if args.failures:
        lines: list[str] = []
        judge(load(args.failures), lines)
        print("\n".join(lines))
        return 0
    rows = []
    for part in PARTS:
        t = judge(load(part))
        n = max(t["figures"], 1)
        cells = [f"{t[k] / n:.1%} ({t[k]})" for k in ("found", "strict", "figure part")]
        named = [f"{k} {c}" for k, c in zip(("found", "strict", "figure part"), cells, strict=True)]
        print(f"{part:6} {t['sentences']} sentences, {t['figures']} figures: " + ", ".join(named))
        rows.append(f"| {part} | {t['sentences']} | {t['figures']} | " + " | ".join(cells) + " |")
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        table = [
            "# Figure rules on the synthetic sentences",
            "",
            "Made by `python eval/synthetic_probe.py` on `eval/data/synthetic/` (written blind for",
            "the project, not real news; labels by each sentence's writer). `tuned` was read and",
            "mended from; `held` never was.",
            "",
            "| part | sentences | figures | found | strict | figure part |",
            "|---|---|---|---|---|---|",
            *rows,
        ]
        (args.out / "synthetic.md").write_text("\n".join(table) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
