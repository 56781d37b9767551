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
        "with 'id' and 'brief' (and 'translation' for chrF/BLEU); - reads stdin. Repeat to "
        "compare systems; the first two get a paired significance test.",
        metavar="FILE",
        show_default=False,
    ),
    names: list[str] | None = typer.Option(
        None,
        "--name",
        help="Name of a system in every report, plot and CSV: one per --hyps, in order "
        "[default: the strategy the briefs record, else the file name].",
        metavar="NAME",
        show_default=False,
    ),
    format: str = typer.Option(
        "md",
        "--format",
        "-f",
        help='Output format: md (Markdown; also "markdown") or json. JSON with one --hyps: '
        '{"rouge1": {"p", "r", "f", "low", "high"}, "rouge2", "rougeL", "rougeLsum", '
        '"figures": {…}, "n", "signature", …} (low/high: the 95 % CI of f); several: '
        '{"systems": [one such object per --hyps, in order], "paired": {…}}. Scores are '
        "fractions in 0–1.",
        metavar="<md|json>",
    ),
    json_out: bool = typer.Option(False, "--json", hidden=True, help="Deprecated: --format json."),
    csv_out: Path | None = typer.Option(
        None,
        "--csv",
        help="Also write per-article scores (ROUGE P/R/F1, figures) of every system to this CSV.",
        dir_okay=False,
        metavar="FILE",
        show_default=False,
    ),
    plot: Path | None = typer.Option(
        None,
        "--plot",
        help="Also draw a PNG chart comparing the systems per metric with 95 % CI error bars "
        "(one panel per metric family, its n stated, its axis scaled to the scores).",
        dir_okay=False,
        metavar="FILE",
        show_default=False,
    ),
    details: bool = typer.Option(
        False, "--details", help="Add per-article tables to the Markdown output."
    ),
    tokenizer: str = typer.Option(
        "unicode",
        "--tokenizer",
        help="ROUGE tokenizer: unicode keeps ä/ö/ü/ß and other non-ASCII letters (identical to "
        "rouge-score's on ASCII text); ascii is rouge-score's own, which deletes them. "
        "--tokenizer ascii --no-stem gives rouge-score's numbers exactly.",
        metavar="<unicode|ascii>",
    ),
    stem: bool = typer.Option(
        True,
        "--stem/--no-stem",
        help="Porter stemming for ROUGE (rouge-score's use_stemmer, off in rouge-score's "
        "command line).",
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
    """Score briefs: ROUGE-1/2/L/Lsum (precision, recall, F1), figure fidelity, chrF/BLEU, 95 %
    CIs and a paired test.

    Prints a Markdown report (or JSON with --format json) and a signature for every score, e.g.
    rouge|tok:unicode|stem:yes|strategy:extractive|model:NAME@REV|standin:no|data:SHA|version:V.
    """
    from summarizer.engines import evaluate
    from summarizer.evaluation.evaluate import Options
    from summarizer.evaluation.report import dumps, to_markdown, write_csv
    from summarizer.evaluation.rouge import TOKENIZERS

    if tokenizer not in TOKENIZERS:
        raise UsageError(
            f"--tokenizer: unknown tokenizer '{tokenizer}' (choose {' or '.join(TOKENIZERS)})"
        )
    format = _output_format(format, json_out)
    _check_names(names, hyps)
    if sum(str(p) == "-" for p in hyps) > 1:
        raise UsageError("--hyps -: standard input can be read only once")
    options = Options(tokenizer=tokenizer, stem=stem, samples=bootstrap, trials=trials, seed=seed)
    result = evaluate(
        refs, list(hyps), options, engine, address, workers, names=list(names) if names else None
    )

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
    if csv_out is not None:
        write_csv(result, csv_out)
    typer.echo(dumps(result) if format == "json" else to_markdown(result, details=details))


FORMATS = {"md": "md", "markdown": "md", "json": "json"}


def _output_format(value: str, json_out: bool) -> str:
    """``--format`` checked; the deprecated ``--json`` still means ``--format json``."""
    if value.lower() not in FORMATS:
        raise UsageError(f"--format: unknown format '{value}' (choose md or json)")
    if json_out:
        typer.echo("warning: --json is deprecated; use --format json", err=True)
        return "json"
    return FORMATS[value.lower()]


def _check_names(names: list[str] | None, hyps: list[Path]) -> None:
    if not names:
        return
    if len(names) != len(hyps):
        raise UsageError(
            f"--name: {len(names)} name(s) for {len(hyps)} --hyps file(s); give one per --hyps"
        )
    for name in names:
        if not name.strip():
            raise UsageError("--name: a system name must not be empty")
    repeated = [n for n in dict.fromkeys(names) if names.count(n) > 1]
    if repeated:
        raise UsageError(f"--name: '{repeated[0]}' names two systems; names must differ")


def _ids(ids: list[str], n: int = 5) -> str:
    return ", ".join(ids[:n]) + (f", … ({len(ids) - n} more)" if len(ids) > n else "")
