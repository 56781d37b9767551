"""The figure rules on real police reports (``eval/data/police/``; see its README).

    .venv/bin/python eval/police_probe.py [--out eval/results]   # totals of both parts
    .venv/bin/python eval/police_probe.py --failures tuned        # the tuned part's misses

Press releases of the Berlin police of 2023, every figure labelled by a helper session that saw
only the reports and the house style. ``tuned`` (rows 1-40) was read and the rules were mended
from it; ``held`` (rows 41-80) never was: the probe prints its totals only. Judged as
``eval/synthetic_probe.py`` judges (``summarizer.figures.evaluate.judge_listed``): **found**,
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

DATA = ROOT / "eval" / "data" / "police"
PARTS = ("tuned", "held")
MEASURES = ("found", "strict", "figure part")


def judge(records: list[dict], failures: list[str] | None = None) -> dict[str, int]:
    """Totals over the reports' labelled figures; each figure not rendered right (figure part)
    goes to ``failures`` as a line, when given. Labels come in the order of the text: each is
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
            over, found, strict, lenient = judge_listed(text, i, cursor, label["en"], extracted)
            totals["figures"] += 1
            totals["found"] += found
            totals["strict"] += strict
            totals["figure part"] += lenient
            if failures is not None and not lenient:
                ours = " | ".join(f"{f.text} [{f.kind}]" for f in over)
                context = text[max(i - 60, 0) : cursor + 40].replace("\n", " ")
                failures.append(
                    f"{'MISS' if not found else 'REND'} {rec['id']} {label['de']!r} -> "
                    f"{label['en']!r} [{label['kind']}]   ours: {ours!r}\n    …{context}…"
                )
    return totals


def load(part: str = "held") -> list[dict]:
    with (DATA / f"{part}.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def row(part: str, totals: dict[str, int]) -> str:
    n = max(totals["figures"], 1)
    cells = " | ".join(f"{totals[k] / n:.1%} ({totals[k]})" for k in MEASURES)
    return f"| {part} | {totals['reports']} | {totals['figures']} | {cells} |"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--failures", choices=["tuned"], help="list this part's misses, and stop")
    ap.add_argument("--out", type=Path, help="also write the totals to OUT/police.md")
    args = ap.parse_args(argv)
    if args.failures:
        lines: list[str] = []
        judge(load(args.failures), lines)
        print("\n".join(lines))
        return 0
    rows = []
    for part in PARTS:
        totals = judge(load(part))
        n = max(totals["figures"], 1)
        named = ", ".join(f"{k} {totals[k] / n:.1%} ({totals[k]})" for k in MEASURES)
        print(f"{part:6} {totals['reports']} reports, {totals['figures']} figures: {named}")
        rows.append(row(part, totals))
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "police.md").write_text(
            "# Figure rules on real police reports\n\n"
            "Written by `eval/police_probe.py`; the data and how it was labelled: "
            "`eval/data/police/README.md`. `tuned` was read and mended from; `held` never was."
            "\n\n| part | reports | figures | found | strict | figure part |\n"
            "|---|---|---|---|---|---|\n" + "\n".join(rows) + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
