"""A generalization probe of the German figure rules on unlabelled news.

    .venv/bin/python eval/figure_probe.py [--csv PATH] [--rows 1-299] [--flags-only] [--counts]
    .venv/bin/python eval/figure_probe.py --police berlin_polizei_2021.csv [--rows 1-300]

Runs ``extract_figures(text, lang="de")`` over DER STANDARD articles of 10kGNAD's ``test.csv``
(``;``-separated, ``'``-quoted; a row is its position in ``csv.reader``) that nobody labelled or
tuned on: rows of the given range (default 1 to 299), leaving out every multiple of 10 and every
row of ``RESERVED_10KGNAD`` (kept back for held-out evaluation) and every row a record of
``eval/data/dev.jsonl`` or ``news.jsonl`` already names (``row N`` in its ``source``). Only the
``source`` field of those records is read. It prints

* **uncovered digits**: every run of digits that no extracted figure covers, with its context;
* **uncovered number words** (``--words``): every word that starts with a German number word
  (``zwei``, ``dreifach``, ``Zweidrittel``, ``zweistellig``, ``Neunzigern``, ``Dutzend``, ``halb``
  …; not ``ein``, which is mostly an article) that no extracted figure covers, with its context.
  Many are no figure ("Achtung", "Elfmeter"): a person reads them;
* **figures by kind**: every extracted figure and its English, grouped by kind, each line marked
  where the English's digits differ from the source's digits (separators converted):
  ``DIGITS`` where the digits differ and the kind is not one whose rule rewrites them on purpose
  (clock times to the 12-hour clock, numeric dates to month names, ordinals in words, scores
  winner first: ``REWRITTEN``), ``AS-NUMBER`` where a plain four-digit year-like source number
  got a thousands comma as a bare number (``von 1689`` -> ``1,689``), ``VAGUE`` where a vague
  word right before the figure is lost (``mehrere [hundert] Rebellen`` -> ``a hundred``);
* the counts: articles, figures, uncovered digit runs, ``DIGITS``, ``AS-NUMBER`` and ``VAGUE``
  lines.

``--police CSV`` reads police press releases instead: a CSV with a ``description`` column, a
row its position among the rows (from 1), as github.com/Ketis1/Berlin-Polizei-reports collects
the Berlin police's reports (one file a year; see ``eval/data/police/README.md`` for which rows were
read and which are held).

No label exists for these rows: the probe shows where to look, a person judges what it shows.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval" / "data"))

from check_labels import RESERVED_10KGNAD, source_row  # noqa: E402

from summarizer.figures import extract_figures  # noqa: E402

MIRROR = Path("/work/.mirror/tblock+10kGNAD/repo")
LABELLED = [ROOT / "eval/data/dev.jsonl", ROOT / "eval/data/news.jsonl"]
# kinds whose rules change the digits on purpose: "23:50 Uhr" -> "11:50 p.m.", "7.9." ->
# "September 7", "3. Quartal" -> "third quarter", "0:2" -> "2-0"
REWRITTEN_KINDS = {"time", "date", "date_range", "ordinal", "score"}


def used_rows() -> set[int]:
    """The 10kGNAD rows that labelled records already name."""
    rows = set()
    for path in LABELLED:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = source_row(json.loads(line).get("source", ""))
                if row is not None:
                    rows.add(row)
    return rows


def probe_rows(csv_text: str, first: int, last: int) -> list[tuple[int, str]]:
    """``(row, text)`` of the rows ``first..last`` the probe may read."""
    skip = used_rows() | RESERVED_10KGNAD
    out = []
    for row, fields in enumerate(csv.reader(io.StringIO(csv_text), delimiter=";", quotechar="'")):
        if row > last:
            break
        if row < first or row % 10 == 0 or row in skip or len(fields) < 2:
            continue
        out.append((row, fields[1]))
    return out


def police_rows(csv_text: str, first: int, last: int) -> list[tuple[int, str]]:
    """``(row, text)`` of the police reports ``first..last`` (counted from 1) that have a text."""
    reader = csv.DictReader(io.StringIO(csv_text))
    return [
        (row, fields["description"])
        for row, fields in enumerate(reader, 1)
        if first <= row <= last and (fields.get("description") or "").strip()
    ]


# vague words that change the amount after them: "mehrere hundert" is no "a hundred"
VAGUE_BEFORE = re.compile(
    r"\b(?i:mehrere[n]?|einige[n]?|wenige[n]?|ein paar|etliche[n]?|viele[n]?)\s+$"
)


# a word that starts with a number word's stem: "drei", "dreifach", "Zweidrittel", "Neunzigern"
NUMBER_WORD = re.compile(
    r"(?<![\w-])(?i:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig"
    r"|hundert|tausend|dutzend|halb|doppel|beide|anderthalb|eineinhalb|erst|zweit|dritt)[\w-]*"
)


def digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def digit_mark(kind: str, source: str, english: str) -> str:
    """``""`` when the English keeps the source's digits, else why not (see the module doc)."""
    for year in re.findall(r"(?<![\d.,'’])(?:1[5-9]|20)\d\d(?![\d.,'’])", source):
        # only a bare number: "2000 Euro" -> "2,000 euros" is a quantity
        if kind == "number" and f"{year[0]},{year[1:]}" in english:
            return "AS-NUMBER"
    if digits(source) == digits(english) or not digits(source):  # "fünftausend" -> "5,000"
        return ""
    # "1,5 Mio." -> "1.5 million" keeps the digits; "7 mil" -> "7,000" (a scale of a thousand)
    if digits(english).rstrip("0") == digits(source).rstrip("0"):
        return ""
    if kind in REWRITTEN_KINDS or sorted(digits(source)) == sorted(digits(english)):
        return "REWRITTEN"
    return "DIGITS"


def context(text: str, start: int, end: int, width: int = 45) -> str:
    before = text[max(0, start - width) : start].replace("\n", " ")
    after = text[end : end + width].replace("\n", " ")
    return f"…{before}[{text[start:end]}]{after}…"


def tenk_csv(path: Path | None) -> str:
    """10kGNAD's test.csv: ``path``, or the mirror's HEAD:test.csv."""
    if path:
        return path.read_text(encoding="utf-8")
    return subprocess.run(
        ["git", "-C", str(MIRROR), "show", "HEAD:test.csv"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--csv", type=Path, help="test.csv (default: the mirror's HEAD:test.csv)")
    ap.add_argument("--rows", default="1-299", help="first-last row, inclusive")
    ap.add_argument("--flags-only", action="store_true", help="figures with a mark only")
    ap.add_argument("--counts", action="store_true", help="print only the counts")
    ap.add_argument("--words", action="store_true", help="list uncovered number words too")
    ap.add_argument("--police", type=Path, help="a CSV of police reports (a description column)")
    args = ap.parse_args(argv)
    first, last = (int(x) for x in args.rows.split("-"))
    if args.police:
        if not args.police.is_file():
            ap.error(f"{args.police}: no such file (a CSV of police reports, see --help)")
        rows = police_rows(args.police.read_text(encoding="utf-8"), first, last)
    else:
        rows = probe_rows(tenk_csv(args.csv), first, last)

    uncovered: list[str] = []
    uncovered_words: list[str] = []
    by_kind: dict[str, list[str]] = defaultdict(list)
    marks: dict[str, int] = defaultdict(int)
    n_figures = 0
    for row, text in rows:
        figures = extract_figures(text, lang="de")

        n_figures += len(figures)
        covered = {k for f in figures for k in range(f.start, f.end)}
        for m in re.finditer(r"\d+", text):
            if any(k not in covered for k in range(m.start(), m.end())):
                uncovered.append(f"row {row:3}: {context(text, m.start(), m.end())}")
        for m in NUMBER_WORD.finditer(text) if args.words else ():
            if not any(k in covered for k in range(m.start(), m.end())):
                word = m.group().lower()
                uncovered_words.append(
                    f"{word:16} row {row:3}: {context(text, m.start(), m.end())}"
                )
        for f in figures:
            vague = VAGUE_BEFORE.search(text[max(0, f.start - 20) : f.start])
            mark = "VAGUE" if vague else digit_mark(f.kind, f.source, f.text)
            marks[mark] += 1
            if args.flags_only and mark in ("", "REWRITTEN"):
                continue
            where = context(text, f.start, f.end, 25)
            by_kind[f.kind].append(f"{mark:9} row {row:3}: {f.source!r} -> {f.text!r}   {where}")

    if not args.counts:
        print(f"## uncovered digit runs ({len(uncovered)})")
        print("\n".join(uncovered))
        if args.words:
            print(f"\n## uncovered number words ({len(uncovered_words)})")
            print("\n".join(sorted(uncovered_words)))
        for kind in sorted(by_kind):
            print(f"\n## {kind} ({len(by_kind[kind])})")
            print("\n".join(by_kind[kind]))
        print()
    print(
        f"articles {len(rows)}, figures {n_figures}, uncovered digit runs {len(uncovered)},"
        f" DIGITS {marks['DIGITS']}, AS-NUMBER {marks['AS-NUMBER']}, VAGUE {marks['VAGUE']},"
        f" REWRITTEN {marks['REWRITTEN']}"
        + (f", uncovered number words {len(uncovered_words)}" if args.words else "")
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
