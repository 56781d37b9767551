"""Measure extraction and rendering against listed figures (``key_figures`` of the dev set).

Run ``python -m summarizer.figures.evaluate [eval/data/dev.jsonl] [-v]``.

* **found** (extraction recall): every digit of the listed ``de`` span lies inside an extracted
  figure; a listed figure without digits (``zwei Szenarien``) counts when a figure overlaps it.
* **rendered (strict)**: one overlapping figure's English text equals the listed ``en`` after
  trivial normalisation (case, articles ``the/a/an``, a leading ``in/on/at``, outer punctuation)
  and after writing the forms that read the same one way (``SAME_FORMS``: ``30%`` and
  ``30 percent``, ``7:00 p.m.`` and ``7 p.m.``, ``CHF 5`` and ``5 francs``, ``ten`` and ``10`` ...).
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
from collections.abc import Callable

from .de_data import ENGLISH_NUMBER_WORDS, ENGLISH_ORDINALS
from .extract import extract_figures
from .render import MONTH_NAMES, ordinal_suffix

_ARTICLES = re.compile(r"\b(the|a|an)\b")
_NUMBER_WORDS = {w: n for n, w in ENGLISH_NUMBER_WORDS.items() if 2 <= n <= 20}
_AMOUNT = r"\d[\d,.]*(?: (?:thousand|million|billion|trillion))?"
_MONTHS = "|".join(m.lower() for m in MONTH_NAMES if m)
_ORDINALS = {w: ordinal_suffix(n) for n, w in ENGLISH_ORDINALS.items() if n <= 20}
_PART_OF = {"end": "late", "beginning": "early", "middle": "mid-"}
# a number next, in digits or words ("a" too): "more than 8 years", "over eight years" read as one
_NUMBER_AHEAD = r"(?= (?:\d|(?:" + "|".join(["one", "an?", *_NUMBER_WORDS]) + r")\b))"


def _month_first(m: re.Match) -> str:
    """``3 january 2022`` -> ``january 3, 2022``."""
    return f"{m[2]} {m[1]}" + (f", {m[3]}" if m[3] else "")


# English forms that say the same figure and that the labels and the house style write one way
# or the other; both are right for a reader, so the judge reads them as one (lower case text).
SAME_FORMS: list[tuple[str, str | Callable[[re.Match[str]], str]]] = [
    (r"\b([ap])\.? ?m\b\.?", r"\1.m."),  # 7 pm, 7 p.m.
    (r"(\d) ?%|(\d) per ?cent\b", lambda m: f"{m[1] or m[2]} percent"),
    (r"\b12(?::00)? p\.m\.", "noon"),
    (r"\b12(?::00)? a\.m\.", "midnight"),
    (r"\b(\d{1,2}):00 ([ap]\.m\.)", r"\1 \2"),
    (rf"\b(?:chf|fr\.) ?({_AMOUNT})", r"\1 francs"),
    (rf"(?:\bus)?\$ ?({_AMOUNT})", r"\1 dollars"),
    (r"\bus dollars\b", "dollars"),
    (rf"(?:€|\beur\b) ?({_AMOUNT})", r"\1 euros"),
    (rf"({_AMOUNT}) ?(?:€|\beur\b)", r"\1 euros"),
    (rf"£ ?({_AMOUNT})", r"\1 pounds"),
    (r"\beuros?\b", "euros"),
    (r"\bswiss francs\b", "francs"),
    (rf"\b(\d{{1,2}})(?:st|nd|rd|th)? ({_MONTHS})(?:,? (\d{{4}}))?\b", _month_first),
    (r"\b(" + "|".join(_ORDINALS) + r")\b", lambda m: _ORDINALS[m[1]]),  # first and 1st
    (r"\bkm/h\b|\bkilometres? per hour\b|\bkilometers? per hour\b", "km/h"),
    (r"\bkilomet(?:er|re)s?\b", "km"),
    (r"\b(\w*)(met|lit)res\b", r"\1\2ers"),  # metres, meters; litres, liters
    (r"\b(\w*)(met|lit)re\b", r"\1\2er"),
    (r"\bkilograms?\b|\bkilogrammes?\b", "kg"),
    (r" ?°c\b| degrees? celsius\b", " degrees"),
    # qualifiers that say the same: one word for each meaning
    (rf"\b(?:around|approximately|roughly|some|circa|approx\.){_NUMBER_AHEAD}", "about"),
    (rf"\b(?:more than|over|above|in excess of){_NUMBER_AHEAD}", "more than"),
    (rf"\b(?:less than|fewer than|under|below){_NUMBER_AHEAD}", "less than"),
    (rf"\b(?:almost|nearly|close to){_NUMBER_AHEAD}", "almost"),
    (rf"\b(?:no fewer than|no less than|not less than|a minimum of){_NUMBER_AHEAD}", "at least"),
    (rf"\b(?:no more than|not more than|a maximum of){_NUMBER_AHEAD}", "at most"),
    (rf"\bas many as{_NUMBER_AHEAD}", "up to"),
    (r"\bearlier\b", "ago"),  # "a month earlier", "a month ago"
    (r"\bminus (?=\d)", "-"),  # minus 5 degrees, -5 degrees
    (r"\bplus (?=\d)", "+"),
    (
        rf"\b(?:a good|slightly more than|a little over|a little more than){_NUMBER_AHEAD}",
        "just over",
    ),
    (rf"\b(?:well above|significantly more than){_NUMBER_AHEAD}", "well over"),
    (r"(?<![\w])['’]([2-9]0)s\b", r"19\1s"),
    (r"\b((?:19|20)\d\d)/(\d\d(?:\d\d)?)\b", r"\1-\2"),  # 2003/2004, 2013/15
    (r"\b(?:at )?the (end|beginning|middle) of\b", lambda m: _PART_OF[m[1]]),
    (r"\b([a-z]+)-(\d)", r"\1 \2"),  # MA-48, MA 48
    (r"(?<=[a-z\d])-(?=[a-z])", " "),  # two-year, 25-euro
    (r"\b(" + "|".join(_NUMBER_WORDS) + r")\b", lambda m: str(_NUMBER_WORDS[m[1]])),
    (r"\bone\b", "a"),  # "one year" and "a year"; articles go next
    (r"\b1 (thousand|million|billion|trillion)\b", r"\1"),
    (r"\bboth\b", "2"),  # "both decisions", "the two decisions"
    (r"\bgames?\b", "match"),
    (r"\bmatch(es)?\b", "match"),
    (r"\bsittings?\b", "session"),
    (r"\bpupil(s?)\b", r"student\1"),
    (r"\bsessions?\b", "session"),
]

_SAME_FORMS = [(re.compile(p), r) for p, r in SAME_FORMS]


def norm(s: str) -> str:
    """A listed or rendered English figure reduced for comparison (``SAME_FORMS``, no articles)."""
    s = s.lower().replace("\u00a0", " ")
    for pattern, repl in _SAME_FORMS:
        s = pattern.sub(repl, s)
    s = _ARTICLES.sub(" ", s)
    s = re.sub(r"\s+", " ", s).strip(" .,;:()")
    s = re.sub(r"^(in|on|at) ", "", s)
    return s.strip()


def inside(part: str, whole: str) -> bool:
    """``part`` occurs in ``whole`` as a whole: no digit, sign or decimal point glued to it and
    no scale after it (``4.7 percent`` is not inside ``-4.7 percent``, ``1.8`` not inside
    ``21.8``, ``552,000`` not inside ``552,000 million``)."""
    return bool(part) and any(
        not re.search(r"\d[.,]$|[\d+\-–−]$", whole[: m.start()])
        and not re.match(r"\d|[.,]\d| (?:thousand|million|billion|trillion)\b", whole[m.end() :])
        for m in re.finditer(re.escape(part), whole)
    )


def unit_said_once(ours: str, en: str) -> bool:
    """``ours`` is a number and a unit that ``en`` writes once for a pair with that number first
    (``12.1 percent`` in ``from 12.1 to 14.3 percent``; see ``pairs``)."""
    m = re.match(r"[+\-]?\d[\d,.]*", ours)
    if m is None or not ours[m.end() :].strip():
        return False
    number, unit = m.group(0), ours[m.end() :].strip()
    at = en.find(number)
    return at >= 0 and inside(number, en) and unit in en[at + len(number) :]


def locate(text: str, needle: str, after: int) -> int:
    i = text.find(needle, after)
    return text.find(needle) if i < 0 else i


def judge_listed(text: str, i: int, j: int, en: str, figs: list) -> tuple[list, bool, bool, bool]:
    """One listed figure (``text[i:j]``, English ``en``) against the extracted ``figs``: the
    figures overlapping it, and whether it is found, rendered strictly, rendered (figure part)."""
    over = [f for f in figs if f.start < j and i < f.end]
    covered: set[int] = set()
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
        and all(
            inside(norm(f.text), norm(en))
            or inside(norm(en), norm(f.text))
            or unit_said_once(norm(f.text), norm(en))
            for f in over
        )
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
