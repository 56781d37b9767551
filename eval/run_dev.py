"""`make eval`: brief the dev set with each strategy, score the briefs, keep the results.

    .venv/bin/python eval/run_dev.py [--model ID|FOLDER] [--standin FOLDER] [--strategies ...]

For each strategy (default: lead, extractive) it runs

    python -m summarizer brief eval/data/dev.jsonl --format json --summarizer STRATEGY --model M

into ``eval/results/hyps-STRATEGY.jsonl``, then scores them (``summarizer eval``'s library) and
writes ``eval/results/results.md``, ``results.json`` and ``results.png``.

The model: ``--model`` if given; else the real translation model if it is here (local store or
Hugging Face cache, never a download); else the stand-in folder ``--standin`` (built with
``summarizer models standin`` when absent). Briefs made with a stand-in are labelled as such in
every output ("stand-in: not a translation"; ``standin:yes`` in the signatures).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DATA = Path("eval/data/dev.jsonl")
RESULTS = Path("eval/results")
STANDIN = Path("models/store/standin/opus-mt-de-en")
STRATEGIES = ("lead", "extractive")


def choose_model(model: str | None, standin: Path) -> tuple[list[str], str]:
    """``--model``-style arguments for `summarizer brief`, and a description for the log."""
    if model:
        return ["--model", model], model
    from summarizer.errors import SummarizerError
    from summarizer.models import resolve

    try:
        found = resolve(None, offline=True)
    except SummarizerError as err:
        found, reason = None, str(err)
    else:
        reason = "the model found is a stand-in" if found.standin else ""
    if found is not None and not found.standin:
        return ["--model", str(found.path), "--offline"], f"{found.name} ({found.path})"
    print(
        f"run_dev: real model not available ({reason}); using the stand-in {standin}",
        file=sys.stderr,
    )
    if not (standin / "config.json").is_file():
        build = [
            sys.executable,
            "-m",
            "summarizer",
            "models",
            "standin",
            "Helsinki-NLP/opus-mt-de-en",
            "--out",
            str(standin),
            "--reuse",
        ]
        print("run_dev: building the stand-in: " + " ".join(build), file=sys.stderr)
        subprocess.run(build, check=True, stdout=sys.stderr)
    return ["--model", str(standin), "--offline"], f"stand-in {standin}"


def brief_dev_set(strategy: str, model_args: list[str], data: Path, out: Path) -> Path:
    target = out / f"hyps-{strategy}.jsonl"
    command = [
        sys.executable,
        "-m",
        "summarizer",
        "brief",
        str(data),
        "--format",
        "json",
        "--summarizer",
        strategy,
        *model_args,
    ]
    print("run_dev: " + " ".join(command) + f" > {target}", file=sys.stderr)
    partial = target.with_suffix(".jsonl.part")
    with open(partial, "w", encoding="utf-8") as fh:
        status = subprocess.run(command, stdout=fh).returncode
    if status not in (0, 1):  # 1: some articles failed, the others are there (and reported)
        partial.unlink(missing_ok=True)
        raise SystemExit(f"run_dev: `summarizer brief --summarizer {strategy}` failed ({status})")
    if status == 1:
        print(
            f"run_dev: some articles had no {strategy} brief (see above); they are reported "
            "as missing ids",
            file=sys.stderr,
        )
    os.replace(partial, target)
    return target


def write_atomic(path: Path, text: str) -> None:
    part = path.with_name(path.name + ".part")
    part.write_text(text, encoding="utf-8")
    os.replace(part, path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", help="Hub id or folder of the translation model.")
    parser.add_argument(
        "--standin",
        type=Path,
        default=STANDIN,
        help=f"Stand-in folder used when the real model is absent [{STANDIN}].",
    )
    parser.add_argument(
        "--strategies",
        nargs="+",
        default=list(STRATEGIES),
        help="Strategies to compare; the first two get the paired test.",
    )
    parser.add_argument("--data", type=Path, default=DATA, help=f"Dev set [{DATA}].")
    parser.add_argument("--out", type=Path, default=RESULTS, help=f"Results folder [{RESULTS}].")
    parser.add_argument(
        "--score-only",
        action="store_true",
        help="Do not brief again: score the hyps-*.jsonl already in --out.",
    )
    args = parser.parse_args(argv)
    os.chdir(ROOT)  # relative paths in the results, whatever the caller's folder

    from summarizer.errors import SummarizerError
    from summarizer.evaluation.evaluate import evaluate
    from summarizer.evaluation.plot import write_plot
    from summarizer.evaluation.report import dumps, to_markdown

    args.out.mkdir(parents=True, exist_ok=True)
    if args.score_only:
        hyps = [args.out / f"hyps-{s}.jsonl" for s in args.strategies]
        described = "as recorded in the hyps files"
    else:
        model_args, described = choose_model(args.model, args.standin)
        hyps = [brief_dev_set(s, model_args, args.data, args.out) for s in args.strategies]
    try:
        result = evaluate(args.data, hyps)
        write_plot(result, args.out / "results.png")
    except SummarizerError as err:
        print(f"run_dev: {err}", file=sys.stderr)
        return err.exit_code
    header = (
        f"# Dev-set evaluation\n\n`make eval` (eval/run_dev.py): {args.data}, strategies "
        f"{', '.join(args.strategies)}, model: {described}.\n\n"
    )
    markdown = header + to_markdown(result, details=True)
    write_atomic(args.out / "results.md", markdown)
    write_atomic(args.out / "results.json", dumps(result) + "\n")
    print(markdown)
    print(f"run_dev: wrote {args.out}/results.md, results.json, results.png", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
