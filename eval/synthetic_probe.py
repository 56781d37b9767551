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
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.figures import extract_figures  # noqa: E402
from summarizer.figures.evaluate import judge_listed  # noqa: E402

DATA = ROOT / "eval" / "data" / "synthetic"
PARTS = ("tuned", "held")
MEASURES = ("found", "strict", "figure part")


def judge(
    records: list[dict],
    failures: list[str] | None = None,
    *,
    text: str = "de",
    unit: str = "sentences",
    in_order: bool = False,
) -> dict[str, int]:
    """Totals over the records' labelled figures (the record's text under ``text``); each figure
    not rendered right (figure part) goes to ``failures`` as a line, when given. ``in_order``
    (a police report's labels come in the order of its text): each label is looked for from the
    end of the one before (a "drei" is not the start of an earlier "dreißig"), else anywhere,
    and a failure shows its context."""
    totals = {unit: len(records), "figures": 0, **dict.fromkeys(MEASURES, 0)}
    for rec in records:
        body = rec[text]
        extracted = extract_figures(body, lang="de")
        cursor = 0
        for label in rec["figures"]:
            i = body.find(label["de"], cursor)
            i = i if i >= 0 or not in_order else body.find(label["de"])
            if i < 0:
                raise ValueError(f"{rec['id']}: {label['de']!r} is not in the {unit[:-1]}")
            j = i + len(label["de"])
            cursor = j if in_order else 0
            over, found, strict, lenient = judge_listed(body, i, j, label["en"], extracted)
            totals["figures"] += 1
            totals["found"] += found
            totals["strict"] += strict
            totals["figure part"] += lenient
            if failures is not None and not lenient:
                ours = " | ".join(f"{f.text} [{f.kind}]" for f in over)
                line = (
                    f"{'MISS' if not found else 'REND'} {rec['id']} {label['de']!r} -> "
                    f"{label['en']!r} [{label['kind']}]   ours: {ours!r}"
                )
                if in_order:
                    line += f"\n    …{body[max(i - 60, 0) : j + 40].replace(chr(10), ' ')}…"
                failures.append(line)
    return totals


def load(part: str, data: Path = DATA) -> list[dict]:
    with (data / f"{part}.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def run(
    argv: list[str] | None,
    *,
    description: str,
    load: Callable[[str], list[dict]],
    judge: Callable[..., dict[str, int]],
    unit: str,
    out_name: str,
    heading: list[str],
) -> int:
    """The command line of a probe of labelled figures (this one, ``police_probe.py``): the
    totals of both parts, printed and written under ``heading`` to OUT/``out_name``, or the
    misses of the tuned part."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--failures", choices=["tuned"], help="list this part's misses, and stop")
    ap.add_argument("--out", type=Path, help=f"also write the totals to OUT/{out_name}")
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
        cells = [f"{t[k] / n:.1%} ({t[k]})" for k in MEASURES]
        named = [f"{k} {c}" for k, c in zip(MEASURES, cells, strict=True)]
        print(f"{part:6} {t[unit]} {unit}, {t['figures']} figures: " + ", ".join(named))
        rows.append(f"| {part} | {t[unit]} | {t['figures']} | " + " | ".join(cells) + " |")
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        table = [
            *heading,
            f"| part | {unit} | figures | found | strict | figure part |",
            "|---|---|---|---|---|---|",
            *rows,
        ]
        (args.out / out_name).write_text("\n".join(table) + "\n", encoding="utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    return run(
        argv,
        description=__doc__.splitlines()[0],
        load=load,
        judge=judge,
        unit="sentences",
        out_name="synthetic.md",
        heading=[
            "# Figure rules on the synthetic sentences",
            "",
            "Made by `python eval/synthetic_probe.py` on `eval/data/synthetic/` (written blind for",
            "the project, not real news; labels by each sentence's writer). `tuned` was read and",
            "mended from; `held` never was.",
            "",
        ],
    )


if __name__ == "__main__":
    raise SystemExit(main())
