"""The figure rules on real police reports nobody tuned on (``eval/data/police/held.jsonl``; see
``eval/data/police/README.md``).

    .venv/bin/python eval/police_probe.py [--out eval/results]   # totals only

Forty press releases of the Berlin police of 2023, every figure labelled by a helper session that
saw only the reports and the house style. The rules were mended from the same police's reports of
2021 (``eval/figure_probe.py --police``), never from these: the probe prints their totals only,
as ``eval/synthetic_probe.py`` judges (``summarizer.figures.evaluate.judge_listed``): **found**,
**strict** (our English is the labeller's), **figure part** (either is the figure part of the
other).
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

HELD = ROOT / "eval" / "data" / "police" / "held.jsonl"
MEASURES = ("found", "strict", "figure part")


def judge(records: list[dict]) -> dict[str, int]:
    """Totals over the reports' labelled figures. Labels come in the order of the text: each is
    looked for from the end of the one before (a "drei" is not the start of an earlier
    "dreißig"), else anywhere."""
    totals = {"reports": len(records), "figures": 0, **dict.fromkeys(MEASURES, 0)}
    for rec in records:
        text = rec["text"]
        extracted = extract_figures(text, lang="de")
        cursor = 0
        for label in rec["figures"]:
            i = text.find(label["de"], cursor)
            i = i if i >= 0 else text.find(label["de"])
            if i < 0:
                raise ValueError(f"{rec['id']}: {label['de']!r} is not in the report")
            cursor = i + len(label["de"])
            _, found, strict, lenient = judge_listed(text, i, cursor, label["en"], extracted)
            totals["figures"] += 1
            totals["found"] += found
            totals["strict"] += strict
            totals["figure part"] += lenient
    return totals


def load(path: Path = HELD) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def table(totals: dict[str, int]) -> str:
    n = max(totals["figures"], 1)
    cells = " | ".join(f"{totals[k] / n:.1%} ({totals[k]})" for k in MEASURES)
    return (
        "| part | reports | figures | found | strict | figure part |\n|---|---|---|---|---|---|\n"
        f"| held | {totals['reports']} | {totals['figures']} | {cells} |\n"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=HELD, help="the labelled reports (JSON Lines)")
    ap.add_argument("--out", type=Path, help="also write the totals to OUT/police.md")
    args = ap.parse_args(argv)
    totals = judge(load(args.data))
    n = max(totals["figures"], 1)
    named = ", ".join(f"{k} {totals[k] / n:.1%} ({totals[k]})" for k in MEASURES)
    print(f"held   {totals['reports']} reports, {totals['figures']} figures: {named}")
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "police.md").write_text(
            "# Figure rules on real police reports (held)\n\n"
            "Written by `eval/police_probe.py`; the data and how it was labelled: "
            "`eval/data/police/README.md`.\n\n" + table(totals),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
