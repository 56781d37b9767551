"""The translation check on the sentence pairs of ``eval/data/check_probe/`` (written blind for
the project, not real news; see its README).

    .venv/bin/python eval/check_probe.py [--out eval/results]  # totals of both parts
    .venv/bin/python eval/check_probe.py --failures tuned      # the tuned part's misses

Every item is a German sentence with English translations written by the item's writer:
correct ones, and ones with exactly one figure error of a named kind (a dropped figure, wrong
digits, a wrong scale, a lost minus, a qualifier turned round, another currency, percentage
points for percent, a wrong date, another unit, an invented figure; in the second round also two
figures swapped, one end of a range, an ordinal, a clock time or duration). The German figures
come from ``extract_figures``; ``check_translation`` then judges each translation:

* **false alarm**: on a correct translation, a source figure not ``kept`` or an English figure
  reported invented. A repair of the form alone ("3 March 2024" -> "March 3, 2024", the house
  style) is counted apart as a **restyle**, not as an alarm;
* **caught**: on a wrong translation, the error is reported: the figure it concerns (its German
  span overlaps) is not ``kept``, or an invented English figure overlaps the wrong text;
* on a wrong translation, any other figure not ``kept``, or any other invented figure, is a
  false alarm too; but the second figure of a swap the check reports is part of that error.

The ``held`` part prints totals only: no one reads its lines, so it stays a test of the check on
translations it was not mended for.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.figures import check_translation, extract_figures  # noqa: E402
from summarizer.figures.check import atom_match, atoms  # noqa: E402
from summarizer.figures.english import find_english_figures  # noqa: E402

DATA = ROOT / "eval" / "data" / "check_probe"
PARTS = ("tuned", "held")
KINDS = ("dropped", "digits", "scale", "sign", "qualifier", "currency", "points", "date", "unit",
         "invented", "swapped", "range", "ordinal", "time")  # fmt: skip


# the check's warning for a repair of the form only (German digits, day before month); its
# value repairs say "(source ...)", "lost minus", "reversed qualifier" or "made a bound"
_RESTYLE = re.compile(r"repaired (?P<q>['\"]).*?(?P=q) -> (?P<r>['\"]).*?(?P=r) \((?!source)")


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def judge_item(item: dict, failures: list[str] | None = None) -> Counter:
    """Counts for one item: correct translations and their false alarms, wrong translations
    (by error kind) and whether the check caught them."""
    de = item["de"]
    figures = extract_figures(de, lang="de")
    counts: Counter = Counter()
    for tr in item["translations"]:
        en, error = tr["en"], tr["error"]
        result = check_translation(figures, en, source_text=de)
        invented = [
            f for f in find_english_figures(en) if f.source in result.invented
        ]  # the invented figures' spans, for matching the error's English text
        target: tuple[int, int] | None = None
        wrong_en: tuple[int, int] | None = None
        if error:
            if error.get("de"):
                i = de.find(error["de"])
                target = (i, i + len(error["de"])) if i >= 0 else None
            if error.get("en"):
                j = en.find(error["en"])
                wrong_en = (j, j + len(error["en"])) if j >= 0 else None
        caught = False
        alarms: list[str] = []
        # a swap's warning names both figures; the data names only the first of them
        swap = next((c.warning for c in result.figures if target and error["kind"] == "swapped"
                     and _overlaps((c.figure.start, c.figure.end), target)), None)  # fmt: skip
        for check in result.figures:
            span = (check.figure.start, check.figure.end)
            mine = target is not None and _overlaps(span, target)
            mine = mine or bool(swap and swap.startswith("swapped:") and check.warning == swap)
            if check.status == "repaired" and _RESTYLE.match(check.warning or ""):
                counts["restyled"] += 1
            elif check.status != "kept":
                if mine:
                    caught = True
                else:
                    alarms.append(f"{check.status} {check.figure.source!r} ({check.warning})")
        # the rest of a figure the error broke ("1 to 2.5 percent" for "1 bis 1,5 Prozent":
        # the "1" is left over) is part of that error, not an alarm of its own
        broken = [a for c in result.figures if target and _overlaps(
            (c.figure.start, c.figure.end), target) for a in atoms(c.figure)]  # fmt: skip
        for f in invented:
            if wrong_en is not None and _overlaps((f.start, f.end), wrong_en):
                caught = True
            elif not (broken and all(any(atom_match(a, b) for b in broken)
                                     for a in atoms(f))):  # fmt: skip
                alarms.append(f"invented {f.source!r}")
        if error:
            kind = error["kind"]
            counts[f"wrong {kind}"] += 1
            counts[f"caught {kind}"] += caught
            counts["wrong"] += 1
            counts["caught"] += caught
        else:
            counts["correct"] += 1
            counts["correct clean"] += not alarms
        counts["false alarms"] += len(alarms)
        if failures is not None and ((error and not caught) or alarms):
            head = f"MISSED {error['kind']} {error}" if error and not caught else "ALARM"
            lines = [f"{head} {item['id']}", f"    de: {de}", f"    en: {en}"]
            lines += [f"    alarm: {a}" for a in alarms]
            ours = "; ".join(f"{c.figure.source!r}={c.status}" for c in result.figures)
            lines.append(f"    check: {ours}")
            failures.append("\n".join(lines))
    return counts


def judge(items: list[dict], failures: list[str] | None = None) -> Counter:
    totals: Counter = Counter()
    for item in items:
        totals.update(judge_item(item, failures))
    return totals


def load(part: str) -> list[dict]:
    with (DATA / f"{part}.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def summary(part: str, t: Counter) -> tuple[str, str]:
    """One printed line and one table row for a part's totals."""

    def pct(a: int, b: int) -> str:
        return f"{a / b:.1%} ({a}/{b})" if b else "–"

    clean, caught = pct(t["correct clean"], t["correct"]), pct(t["caught"], t["wrong"])
    line = (
        f"{part:6} correct translations without a false alarm {clean}, errors caught {caught}, "
        f"false alarms {t['false alarms']}, restyled {t['restyled']}"
    )
    row = f"| {part} | {clean} | {caught} | {t['false alarms']} |"
    return line, row


def by_kind(t: Counter) -> list[str]:
    kinds = sorted(k.removeprefix("wrong ") for k in t if k.startswith("wrong "))
    return [f"| {k} | {t[f'caught {k}']} of {t[f'wrong {k}']} |" for k in kinds]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--failures", choices=["tuned"], help="list this part's misses, and stop")
    ap.add_argument("--out", type=Path, help="also write the totals to OUT/check_probe.md")
    args = ap.parse_args(argv)
    if args.failures:
        lines: list[str] = []
        judge(load(args.failures), lines)
        print("\n".join(lines))
        return 0
    rows, kinds = [], []
    for part in PARTS:
        t = judge(load(part))
        line, row = summary(part, t)
        print(line)
        rows.append(row)
        kinds += [f"| {part} {r[2:]}" for r in by_kind(t)]
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        table = [
            "# The translation check on the check probe",
            "",
            "Made by `python eval/check_probe.py` on `eval/data/check_probe/` (German sentences",
            "with a correct and a wrong English translation each, written blind for the project;",
            "not real news and not real machine translations). `tuned` was read and mended from;",
            "`held` never was.",
            "",
            "| part | correct translations without a false alarm | errors caught | false alarms |",
            "|---|---|---|---|",
            *rows,
            "",
            "| part, error kind | caught |",
            "|---|---|",
            *kinds,
        ]
        (args.out / "check_probe.md").write_text("\n".join(table) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
