"""``summarizer eval``: score briefs against reference briefs and key figures.

Registered in ``summarizer/cli.py`` with ``app.command("eval")(eval_command)``. Only typer and
pathlib are imported at module level; the scoring stack loads when the command runs.
"""

from __future__ import annotations

from pathlib import Path

import typer

from summarizer.engines import AddressOpt, Engine, EngineOpt, WorkersOpt
from summarizer.errors import SummarizerError, UsageError


def eval_command(
    refs: Path = typer.Option(
        ...,
        "--refs",
        help="References: JSON Lines with 'id', 'reference_brief' (null = figures only) and "
        "optionally 'key_figures' [{de, en, must_keep}], 'text' (the German source, for invented "
        "figures) and 'reference_translation' (for chrF/BLEU). The dev set "
        "eval/data/dev.jsonl has this format.",
    ),
    hyps: list[Path] = typer.Option(
        ...,
        "--hyps",
        help="Briefs to score: JSON Lines written by `summarizer brief --format json`, or objects "
        "with 'id' and 'brief' (and 'translation' for chrF/BLEU). Repeat to compare systems; "
        "the first two get a paired significance test.",
    ),
    json_out: bool = typer.Option(
        False,
        "--json",
        help='Print JSON instead of Markdown. One --hyps: {"rouge1": {"f", "low", "high", '
        '"p", "r"}, "rouge2", "rougeL", "rougeLsum", "figures": {…}, "n", '
        '"signature", …}; several: {"systems": [one such object per --hyps, in order], '
        '"paired": {…}}. Scores are fractions in 0–1.',
    ),
    plot: Path | None = typer.Option(
        None,
        "--plot",
        help="Also draw a PNG chart comparing the systems per metric with 95 % CI error bars.",
        dir_okay=False,
    ),
    details: bool = typer.Option(
        False, "--details", help="Add per-article tables to the Markdown output."
    ),
    tokenizer: str = typer.Option(
        "unicode",
        "--tokenizer",
        help="ROUGE tokenizer: 'unicode' keeps ä/ö/ü/ß and other non-ASCII letters (identical to "
        "rouge-score's on ASCII text); 'ascii' is rouge-score's default, which deletes them.",
    ),
    stem: bool = typer.Option(
        True, "--stem/--no-stem", help="Porter stemming for ROUGE (rouge-score's use_stemmer)."
    ),
    bootstrap: int = typer.Option(
        1000, "--bootstrap", min=0, help="Bootstrap resamples for the confidence intervals."
    ),
    trials: int = typer.Option(
        10000,
        "--trials",
        min=1,
        help="Random trials for the paired approximate-randomization test.",
    ),
    seed: int = typer.Option(
        12345,
        "--seed",
        help="Seed for the bootstrap and the paired test (same seed, same numbers).",
    ),
    strict: bool = typer.Option(
        False,
        "--strict",
        help="Fail (exit 1) when a HYPS file lacks reference ids or has ids the references do "
        "not. Without it they are reported on stderr and in the output, and the common ids "
        "are scored.",
    ),
    engine: EngineOpt = Engine.local,
    address: AddressOpt = None,
    workers: WorkersOpt = 0,
) -> None:
    """Score briefs: ROUGE-1/2/L/Lsum, figure fidelity, chrF/BLEU, 95 % CIs and a paired test.

    Prints a Markdown table (or JSON with --json) and a signature for every score, e.g.
    rouge|tok:unicode|stem:yes|strategy:extractive|model:NAME@REV|standin:no|data:SHA|version:V.
    """
    from summarizer.engines import evaluate
    from summarizer.evaluation.evaluate import Options
    from summarizer.evaluation.report import dumps, to_markdown
    from summarizer.evaluation.rouge import TOKENIZERS

    if tokenizer not in TOKENIZERS:
        raise UsageError(
            f"--tokenizer: unknown tokenizer '{tokenizer}' (choose {' or '.join(TOKENIZERS)})"
        )
    options = Options(tokenizer=tokenizer, stem=stem, samples=bootstrap, trials=trials, seed=seed)
    result = evaluate(refs, list(hyps), options, engine, address, workers)

    problems = []
    for system in result["systems"]:
        name = system["file"]
        if system["missing_ids"]:
            problems.append(
                f"{name}: {len(system['missing_ids'])} reference id(s) have no brief "
                f"({_ids(system['missing_ids'])}); scored on the {len(system['articles'])} "
                "in common"
            )
        if system["extra_ids"]:
            problems.append(
                f"{name}: {len(system['extra_ids'])} id(s) not in {refs} "
                f"({_ids(system['extra_ids'])}); ignored"
            )
        if not system["figures"].get("available") and "cannot be imported" in str(
            system["figures"].get("reason")
        ):
            problems.append(f"figure fidelity skipped: {system['figures']['reason']}")
    if strict and any(s["missing_ids"] or s["extra_ids"] for s in result["systems"]):
        raise SummarizerError(problems[0] + " (--strict)")
    for line in dict.fromkeys(problems):
        typer.echo(f"warning: {line}", err=True)

    if plot is not None:
        from summarizer.evaluation.plot import write_plot

        write_plot(result, plot)
    typer.echo(dumps(result) if json_out else to_markdown(result, details=details))


def _ids(ids: list[str], n: int = 5) -> str:
    return ", ".join(ids[:n]) + (f", … ({len(ids) - n} more)" if len(ids) > n else "")
