"""Mechanical checks of labelled dev-set records (see LABELLING.md).

    python eval/data/check_labels.py FILE.jsonl [FILE.jsonl ...] [--fix-split]

Prints one line per problem (``FILE:LINE id: problem``) and exits 1 when there is any.
``--fix-split`` rewrites each record's ``split`` from its id (the only field it writes).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

# Rows of 10kGNAD's test.csv kept back for held-out evaluation by others: never labelled here.
RESERVED_10KGNAD = {
    6, 75, 147, 183, 221, 226, 232, 254, 283, 356, 362, 484, 488, 536, 601, 657, 766, 905,
    924, 941, 953, 958, 969, 1007, 1008,
}  # fmt: skip
# The first articles of the set were tuned on before the split existed: they stay in train.
ALWAYS_TRAIN = {
    "ba-arbeitsmarkt-januar-2022", "olg-oldenburg-maskenverweigerer",
    "zverev-montpellier-viertelfinale", "nordpark-nordhausen", "telebasel-neulenker-unfaelle",
    "bern-impfzentren-schliessung", "inflation-oktober-oesterreich", "nationalrat-tagungsbilanz",
    "oecd-forschungsquote", "hitzewelle-wien-hitzeinseln", "seed-dpa-nordkorea",
    "torture-long-sentence", "torture-sentence-splitter", "torture-ch-at-number-forms",
}  # fmt: skip
GENRES = {
    "economy", "markets", "politics", "courts", "sports", "weather", "science", "tech",
    "police", "local", "culture", "health",
}  # fmt: skip
REQUIRED = ("id", "source", "license_note", "language", "text", "reference_brief", "key_figures")
NEW_FIELDS = ("country", "genre", "oracle_sentences", "split", "labelled_by", "checked_by")


def split_of(record_id: str) -> str:
    """``test`` for about 30 % of ids, fixed by a hash of the id alone."""
    if record_id in ALWAYS_TRAIN:
        return "train"
    digest = int(hashlib.sha256(record_id.encode("utf-8")).hexdigest()[:8], 16)
    return "test" if digest % 10 < 3 else "train"


def reserved_row(source: str) -> int | None:
    """The 10kGNAD test.csv row a source names, when it is one kept back."""
    row = source_row(source)
    return row if row is not None and (row % 10 == 0 or row in RESERVED_10KGNAD) else None


def source_row(source: str) -> int | None:
    """The 10kGNAD test.csv row a source names (``row N`` or ``CSV row index N``)."""
    m = re.search(r"10kGNAD.*?row (?:index )?(\d+)", source)
    return int(m[1]) if m else None


def _find_whole(text: str, needle: str, start: int) -> int:
    """The first place of ``needle`` from ``start`` not glued to a digit, else the first."""
    first = i = text.find(needle, start)
    while i >= 0:
        j = i + len(needle)
        glued_before = i > 0 and needle[0].isdigit() and text[i - 1].isdigit()
        glued_after = j < len(text) and needle[-1].isdigit() and text[j].isdigit()
        if not (glued_before or glued_after):
            return i
        i = text.find(needle, i + 1)
    return first


def locate_all(text: str, entries: list[dict]) -> list[tuple[int, int] | None]:
    """Each entry's span, found in order (an entry may repeat an earlier ``de``); a span that
    starts or ends with a digit is never the tail or head of a longer number ("6,67 Euro" is
    not found inside "396,67 Euro")."""
    spans, pos = [], 0
    for item in entries:
        de = item.get("de", "")
        i = _find_whole(text, de, pos) if de else -1
        if i < 0 and de:
            i = _find_whole(text, de, 0)
        if i < 0:
            spans.append(None)
            continue
        pos = i
        spans.append((i, i + len(de)))
    return spans


def check_record(rec: dict, new: bool) -> list[str]:
    problems = []
    for name in REQUIRED + (NEW_FIELDS if new else ()):
        if name not in rec:
            problems.append(f"missing field '{name}'")
    if problems:
        return problems
    text, rid = rec["text"], rec["id"]
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rid):
        problems.append("id must be a slug of [a-z0-9-]")
    if (row := reserved_row(rec["source"])) is not None:
        problems.append(f"10kGNAD test row {row} is reserved for held-out evaluation")
    figures = rec["key_figures"]
    spans = locate_all(text, figures)
    covered = set()
    for before, span in zip([None, *spans], spans, strict=False):
        if span is not None and span == before:
            problems.append(
                f"figure at {span[0]} lands where the entry before does: make its de longer"
            )
    for item, span in zip(figures, spans, strict=True):
        if set(item) - {"de", "en", "must_keep"} or not isinstance(item.get("must_keep"), bool):
            problems.append(f"figure {item!r}: needs exactly de, en, must_keep (bool)")
        if span is None:
            problems.append(f"figure de={item.get('de')!r} is not verbatim in the text")
            continue
        if not str(item.get("en", "")).strip():
            problems.append(f"figure de={item['de']!r} has an empty en")
        # Every occurrence of a listed string covers its digits (a repeated string is one label).
        start = 0
        while (i := text.find(item["de"], start)) >= 0:
            covered.update(range(i, i + len(item["de"])))
            start = i + 1
    bare = [i for i, c in enumerate(text) if c.isdigit() and i not in covered]
    if bare:
        shown = sorted({text[max(0, i - 15) : i + 15].replace("\n", " ") for i in bare[:5]})
        problems.append(f"{len(bare)} digit(s) in no figure, e.g. {shown}")
    if rec.get("reference_brief") is None:
        return problems  # torture records: no brief, no must-keep rules
    must = [f for f in figures if f.get("must_keep")]
    if new and not 2 <= len(must) <= 6:
        problems.append(f"{len(must)} must-keep figures (2-6 wanted)")
    brief = rec["reference_brief"]
    n_words = len(brief.split())
    if new and not 45 <= n_words <= 85:
        problems.append(f"reference brief has {n_words} words (50-80 wanted)")
    if not new:
        return problems
    words = len(text.split())
    if not 120 <= words <= 900:
        problems.append(f"article has {words} words (150-700 wanted)")
    if rec["genre"] not in GENRES:
        problems.append(f"genre {rec['genre']!r} not one of {sorted(GENRES)}")
    if rec["country"] not in {"DE", "AT", "CH"}:
        problems.append(f"country {rec['country']!r} not DE/AT/CH")
    oracle = rec["oracle_sentences"]
    if not 2 <= len(oracle) <= 4:
        problems.append(f"{len(oracle)} oracle sentences (3-4 wanted)")
    for s in oracle:
        if s not in text:
            problems.append(f"oracle sentence not verbatim in the text: {s[:60]!r}")
    if rec["split"] != split_of(rid):
        problems.append(f"split is {rec['split']!r}, the id gives {split_of(rid)!r}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--fix-split", action="store_true")
    args = parser.parse_args(argv)
    seen_ids: dict[str, str] = {}
    seen_texts: dict[str, str] = {}
    seen_rows: dict[int, str] = {}
    failed = 0
    for path in args.files:
        lines = path.read_text(encoding="utf-8").split("\n")
        records = []
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                print(f"{where}: not valid JSON ({exc.msg})")
                failed += 1
                continue
            records.append(rec)
            rid = rec.get("id", "?")
            if args.fix_split and "id" in rec:
                rec["split"] = split_of(rid)
            new = rid not in ALWAYS_TRAIN
            problems = check_record(rec, new)
            if rid in seen_ids:
                problems.append(f"id also at {seen_ids[rid]}")
            seen_ids[rid] = where
            key = re.sub(r"\s+", " ", rec.get("text", ""))[:400]
            if key in seen_texts:
                problems.append(f"same text as {seen_texts[key]}")
            seen_texts[key] = where
            row = source_row(rec.get("source", ""))
            if row is not None and row in seen_rows:
                problems.append(f"10kGNAD row {row} also at {seen_rows[row]}")
            if row is not None:
                seen_rows[row] = where
            for p in problems:
                print(f"{where} {rid}: {p}")
            failed += bool(problems)
        if args.fix_split:
            body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
            path.write_text(body, encoding="utf-8")
    print(f"{len(seen_ids)} records, {failed} with problems", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
