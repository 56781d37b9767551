"""Measure extraction and rendering against listed figures (``key_figures`` of the dev set).

Run ``python -m summarizer.figures.evaluate [eval/data/dev.jsonl] [-v]``.

* **found** (extraction recall): every digit of the listed ``de`` span lies inside an extracted
  figure; a listed figure without digits (``zwei Szenarien``) counts when a figure overlaps it.
* **rendered (strict)**: one overlapping figure's English text equals the listed ``en`` after
  trivial normalisation (case, articles ``the/a/an``, a leading ``in/on/at``, outer punctuation).
* **rendered (figure part)**: strict, or every overlapping figure's English is contained in the
  listed ``en`` (or contains it, when our figure is wider, e.g. a date range covering a listed
  date) and the listed ``de`` outside our figures holds no digits: the listed span carried extra
  words that are not part of the figure (``FPÖ (2.496)``, ``Audi R8``).
* **must-keep key**: a must-keep figure overlaps a figure that ``mark_key_figures`` marked key.
"""

from __future__ import annotations

import json
import re
import sys

from .extract import extract_figures

_ARTICLES = re.compile(r"\b(the|a|an)\b")


def norm(s: str) -> str:
    s = s.lower().replace("\u00a0", " ")
    s = _ARTICLES.sub(" ", s)
    s = re.sub(r"\s+", " ", s).strip(" .,;:()")
    s = re.sub(r"^(in|on|at) ", "", s)
    return s.strip()


def locate(text: str, needle: str, after: int) -> int:
    i = text.find(needle, after)
    return text.find(needle) if i < 0 else i


def judge_listed(text: str, i: int, j: int, en: str, figs: list) -> tuple[list, bool, bool, bool]:
    """One listed figure (``text[i:j]``, English ``en``) against the extracted ``figs``: the
    figures overlapping it, and whether it is found, rendered strictly, rendered (figure part)."""
    over = [f for f in figs if f.start < j and i < f.end]
    covered = set()
    for f in over:
        covered.update(range(f.start, f.end))
    digits = [k for k in range(i, j) if text[k].isdigit()]
    found = all(k in covered for k in digits) if digits else bool(over)
    strict = any(norm(f.text) == norm(en) for f in over)
    outside = "".join(text[k] for k in range(i, j) if k not in covered)
    lenient = strict or (
        found
        and bool(over)
        and not re.search(r"\d", outside)
        and all(norm(f.text) in norm(en) or norm(en) in norm(f.text) for f in over)
    )
    return over, found, strict, lenient


def evaluate(records: list[dict], verbose: bool = False, with_key: bool = True) -> dict:
    totals = {
        "listed": 0,
        "found": 0,
        "strict": 0,
        "lenient": 0,
        "must_keep": 0,
        "must_keep_key": 0,
    }
    per_article = {}
    for rec in records:
        text = rec["text"]
        figs = extract_figures(text)
        if with_key:
            from .key import mark_key_figures, rough_sentence_starts

            mark_key_figures(figs, rough_sentence_starts(text), title=rec.get("title"), text=text)
        row = {
            "listed": 0,
            "found": 0,
            "strict": 0,
            "lenient": 0,
            "must_keep": 0,
            "must_keep_key": 0,
        }
        pos = 0
        for item in rec.get("key_figures", []):
            de, en = item["de"], item["en"]
            i = locate(text, de, pos)
            if i < 0:
                continue
            pos = i
            j = i + len(de)
            row["listed"] += 1
            over, found, strict, lenient = judge_listed(text, i, j, en, figs)
            row["found"] += found
            row["strict"] += strict
            row["lenient"] += lenient
            if item.get("must_keep"):
                row["must_keep"] += 1
                row["must_keep_key"] += any(f.key for f in over)
            if verbose and (
                not found or not lenient or (item.get("must_keep") and not any(f.key for f in over))
            ):
                mark = "MISS" if not found else ("REND" if not lenient else "KEY ")
                got = " | ".join(f"{f.source!r}->{f.text!r}" for f in over)
                print(f"  {mark} {rec['id'][:20]:20} {de!r} -> {en!r}   got: {got}")
            elif verbose and not strict:
                got = " | ".join(f"{f.source!r}->{f.text!r}" for f in over)
                print(f"  soft {rec['id'][:20]:20} {de!r} -> {en!r}   got: {got}")
        per_article[rec["id"]] = row
        for k in totals:
            totals[k] += row[k]
    return {"total": totals, "articles": per_article}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    verbose = "-v" in argv
    paths = [a for a in argv if a != "-v"] or ["eval/data/dev.jsonl"]
    records = []
    for p in paths:
        with open(p, encoding="utf-8") as fh:
            records += [json.loads(line) for line in fh if line.strip()]
    res = evaluate(records, verbose=verbose)
    t = res["total"]
    print(f"{'article':36} listed found strict figure-part must-keep key")
    for aid, r in res["articles"].items():
        print(
            f"{aid:36} {r['listed']:6} {r['found']:5} {r['strict']:6} {r['lenient']:11}"
            f" {r['must_keep']:9} {r['must_keep_key']:3}"
        )
    n = max(t["listed"], 1)
    print(
        f"TOTAL listed {t['listed']}: recall {t['found'] / n:.1%},"
        f" rendering strict {t['strict'] / n:.1%},"
        f" rendering figure-part {t['lenient'] / n:.1%}, must-keep ranked key"
        f" {t['must_keep_key']}/{t['must_keep']}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
