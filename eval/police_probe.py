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

from pathlib import Path

from synthetic_probe import judge as judge_labels
from synthetic_probe import load as load_part
from synthetic_probe import run

DATA = Path(__file__).resolve().parent / "data" / "police"


def judge(records: list[dict], failures: list[str] | None = None) -> dict[str, int]:
    """Totals over the reports' labelled figures, labels looked for in the order of the text
    (``synthetic_probe.judge``)."""
    return judge_labels(records, failures, text="text", unit="reports", in_order=True)


def load(part: str = "held") -> list[dict]:
    return load_part(part, DATA)


def main(argv: list[str] | None = None) -> int:
    return run(
        argv,
        description=__doc__.splitlines()[0],
        load=load,
        judge=judge,
        unit="reports",
        out_name="police.md",
        heading=[
            "# Figure rules on real police reports",
            "",
            "Written by `eval/police_probe.py`; the data and how it was labelled: "
            "`eval/data/police/README.md`. `tuned` was read and mended from; `held` never was.",
            "",
        ],
    )


if __name__ == "__main__":
    raise SystemExit(main())
