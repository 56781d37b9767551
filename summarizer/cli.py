"""The command line: a thin layer over the package. Every error is one line on stderr.

Exit status: 0 every article got its brief, 1 some failed (the rest are written), 2 usage or
model problems that stop the whole job.
"""

from __future__ import annotations

import errno
import functools
import json
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from summarizer.engines import AddressOpt, Engine, EngineOpt, WorkersOpt
from summarizer.errors import SummarizerError, UsageError
from summarizer.glossary import load_glossary, with_glossary  # light: the standard library
from summarizer.strategies import STRATEGIES
from summarizer.translate.backends import BACKENDS

app = typer.Typer(
    help="Foreign-language news articles in, short English briefs out — every key figure exact.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
models_app = typer.Typer(
    help="List, download, convert and stand in for models.", no_args_is_help=True
)
app.add_typer(models_app, name="models")


class Format(StrEnum):
    md = "md"
    json = "json"


Backend = StrEnum("Backend", {name: name for name in ("auto", *BACKENDS)})  # type: ignore[misc]
"""``--backend``: ``auto`` and every name in ``translate.backends.BACKENDS``."""


def _strategy(name: str) -> str:
    """``--summarizer``: a name in ``strategies.STRATEGIES`` (read when the command runs, so a
    strategy registered by a program that embeds the CLI is accepted)."""
    if name not in STRATEGIES:
        raise typer.BadParameter(f"'{name}' is not one of {', '.join(map(repr, STRATEGIES))}.")
    return name


StrategyOpt = Annotated[
    str,
    typer.Option(
        "--summarizer",
        "-s",
        callback=_strategy,
        metavar="<" + "|".join(STRATEGIES) + ">",
        help="extractive: scored, figure-aware choice of sentences; "
        "lead: the first sentences; abstractive: translate all, summarize in English (falls "
        "back to extractive when a figure is lost or invented).",
    ),
]
SummaryModelOpt = Annotated[
    str | None,
    typer.Option(
        metavar="NAME|PATH",
        help="Hub id or folder of the English summarizer for --summarizer abstractive "
        "[default: sshleifer/distilbart-cnn-12-6].",
        show_default=False,
    ),
]


Inputs = Annotated[
    list[str],
    typer.Argument(
        help="Articles: .txt/.md files, .html pages, .jsonl (one article per line: text, "
        "optional id, title, date), folders of them, or - for stdin.",
        show_default=False,
        metavar="INPUT",
    ),
]
ModelOpt = Annotated[
    str | None,
    typer.Option(
        "--model",
        "-m",
        metavar="NAME|PATH",
        help="Hub id or local folder of the translation model "
        "[default: Helsinki-NLP/opus-mt-de-en].",
        show_default=False,
    ),
]
BeamsOpt = Annotated[int, typer.Option(min=1, max=16, help="Beam size for decoding.")]
BackendOpt = Annotated[
    Backend,
    typer.Option(
        help="auto: CTranslate2 when a converted model is present, else transformers; "
        "none: no translation (as --source-only)."
    ),
]
OfflineOpt = Annotated[
    bool, typer.Option("--offline", help="Never touch the network (as HF_HUB_OFFLINE=1).")
]
SourceLangOpt = Annotated[
    str | None,
    typer.Option(
        "--source-lang",
        metavar="CODE",
        help="ISO 639-1 code of the articles (de, fr, es, ...): skips language detection.",
        show_default=False,
    ),
]
ThreadsOpt = Annotated[
    int, typer.Option(help="CPU threads for decoding (0 = all cores; at most 64 or 4 per core).")
]
EncodingOpt = Annotated[
    str | None,
    typer.Option(
        "--encoding",
        metavar="NAME",
        help="Encoding of every input (cp1251, iso-8859-2, ...) [default: UTF-8, else a "
        "guess, reported as a warning].",
        show_default=False,
    ),
]


QuietOpt = Annotated[
    bool,
    typer.Option(
        "--quiet", "-q", help="No progress: only problems and the summary line (on stderr)."
    ),
]
VerboseOpt = Annotated[
    bool,
    typer.Option(
        "--verbose",
        "-v",
        help="Also each story's chosen sentences (numbered from 1) and seconds per stage.",
    ),
]
SourceOnlyOpt = Annotated[
    bool,
    typer.Option(
        "--source-only",
        help="No translation, no model: the brief in the article's own language (backend none).",
    ),
]


def _mode(quiet: bool, verbose: bool):
    """The progress mode (``summarizer.progress.Mode``) of --quiet / --verbose."""
    if quiet and verbose:
        raise fail("--quiet and --verbose: choose one")
    return "quiet" if quiet else "verbose" if verbose else "normal"


GlossaryOpt = Annotated[
    Path | None,
    typer.Option(
        help="House translations to keep: TSV or CSV lines of source term, English term (empty: "
        "keep as is) and optionally a language code.",
        dir_okay=False,
        metavar="FILE",
        show_default=False,
    ),
]


def _glossary(path: Path | None, engine: Engine, source_only: bool = False):
    """The ``--glossary`` file, loaded and checked before any article or model."""
    if path is None:
        return None
    if source_only:
        raise fail("--glossary and --source-only: nothing is translated, no term to keep")
    if engine is not Engine.local:
        raise fail("--glossary works with --engine local only")
    return load_glossary(path)


def _print_version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            typer.echo(f"summarizer {version('summarizer')}")
        except PackageNotFoundError:  # a source tree that was never installed
            from summarizer import __version__

            typer.echo(f"summarizer {__version__}")
        raise typer.Exit()


@app.callback()
def _app_options(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_print_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    # Options of the program itself (before any command); the help is the Typer app's.
    pass


def fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"summarizer: {message}", err=True)
    return typer.Exit(code)


def report(problem: object) -> None:
    typer.echo(f"summarizer: {problem}", err=True)


def report_summary(line: str) -> None:
    """The run's last line on stderr (``summarizer.progress.summary_line``), in every mode."""
    typer.echo(line, err=True)


def note(source: str, text: str) -> None:
    report(f"{source}: warning: {text}")


def read_articles(inputs: list[str], encoding: str | None = None):
    """Articles from the inputs; read failures and doubts reported on stderr as they come."""
    from summarizer.articles import Article, ReadFailure, check_encoding, iter_inputs

    if encoding:
        check_encoding(encoding)
    articles: list[Article] = []
    failures = 0
    for item in iter_inputs(inputs, encoding=encoding, on_note=note):
        if isinstance(item, ReadFailure):
            report(item)
            failures += 1
        else:
            articles.append(item)
    return articles, failures


def _translator(model, backend, beams, offline, threads, source_only: bool = False):
    """Translators loaded on first use, one per model; ``--model`` serves every article.
    ``source_only``: the ``none`` backend for every article (no model at all)."""
    from summarizer.translate import Router, load_translator

    if source_only:
        if model:
            raise fail("--source-only uses no model: drop --model")
        return load_translator(backend="none")

    router = Router(model, backend=backend.value, beams=beams, offline=offline, threads=threads)
    router.preload()  # load (and fail on) an explicit model before any work
    if model:
        from summarizer.models import conversion_hint

        hint = conversion_hint(model, backend.value)
        if hint:
            report(f"note: {hint}")
    return router


def _strategy_object(name: str, summary_model: str | None, beams: int, offline: bool):
    """The strategy ``name``, with its English summarizer loaded when it needs one."""
    from summarizer.strategies import create, needs_summary_model

    options = {}
    if needs_summary_model(name):
        from summarizer.abstractive import BartSummarizer

        options["summary_model"] = BartSummarizer(summary_model, beams=beams, offline=offline)
    return create(name, **options)


def _source_lang(code: str | None) -> str | None:
    from summarizer.language import normalise_language_code

    return normalise_language_code(code) if code else None


@app.command()
def brief(
    inputs: Inputs,
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.md,
    max_words: Annotated[int, typer.Option(min=10, help="Word budget of each English brief.")] = 80,
    model: ModelOpt = None,
    beams: BeamsOpt = 4,
    summarizer: StrategyOpt = "extractive",
    summary_model: SummaryModelOpt = None,
    out: Annotated[
        Path | None,
        typer.Option(
            help="Write one file per article into this folder (names from the ids) "
            "instead of printing."
        ),
    ] = None,
    source_lang: SourceLangOpt = None,
    backend: BackendOpt = Backend("auto"),
    offline: OfflineOpt = False,
    threads: ThreadsOpt = 0,
    encoding: EncodingOpt = None,
    engine: EngineOpt = Engine.local,
    address: AddressOpt = None,
    workers: WorkersOpt = 0,
    glossary: GlossaryOpt = None,
    source_only: SourceOnlyOpt = False,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
) -> None:
    """Brief each article: choose its key sentences, translate them, check every figure."""
    import time

    from summarizer.pipeline import Settings, summarize_batch
    from summarizer.progress import Progress, summary_line
    from summarizer.render import to_json, to_markdown, write_atomic
    from summarizer.results import Failure

    started = time.monotonic()
    mode = _mode(quiet, verbose)
    if source_only:
        backend = Backend("none")

    settings = Settings(
        max_words=max_words, strategy=summarizer, source_language=_source_lang(source_lang)
    )
    terms = _glossary(glossary, engine, source_only)
    if engine is Engine.ray:
        from summarizer.engines.ray_engine import ModelSpec, brief_command

        spec = ModelSpec(model, backend.value, beams, offline, threads)
        return brief_command(
            inputs, out, format.value, spec, settings, address, workers, encoding, note
        )
    articles, failures = read_articles(inputs, encoding)
    if not articles:
        raise fail("no article could be read", 1 if failures else 2)
    translator = with_glossary(
        _translator(model, backend, beams, offline, threads, source_only), terms
    )
    strategy = _strategy_object(summarizer, summary_model, beams, offline)
    render = to_json if format is Format.json else to_markdown
    targets = _output_files(out, [a.id for a in articles], f".{format.value}") if out else []
    briefed, model_failed = 0, False
    progress = Progress(len(articles), label="brief", mode=mode)
    results = summarize_batch(
        articles, translator, settings, strategy=strategy, on_event=progress.event
    )
    try:
        for n, (article, result) in enumerate(zip(articles, results, strict=True)):
            if isinstance(result, Failure):
                # E.g. the model of this article's language is missing: the others still go on.
                progress.count()  # the story's line is the error itself
                report(f"{article.source_path}: {result.reason}")
                failures += 1
                model_failed = model_failed or result.kind == "model"
                continue
            progress.stage("writing")
            briefed += 1
            text = render(result.to_dict())
            if out is None:
                typer.echo(text)
            else:
                try:
                    write_atomic(targets[n], text + "\n")
                except OSError as err:
                    raise fail(f"{targets[n]}: cannot write ({err.strerror or err})") from None
            progress.story(article.id, "briefed", result.sentences)
    finally:
        progress.close()
    if model_failed and not briefed:
        # No brief at all because of a missing model: a model problem that stopped the job,
        # said in its one line (as when an explicit model is missing), with no summary.
        raise typer.Exit(2)
    report_summary(summary_line("brief", briefed, failures, 0, time.monotonic() - started))
    if failures:
        raise typer.Exit(1)


def _output_files(out: Path, ids: list[str], suffix: str) -> list[Path]:
    """``articles.claim_output_files``, its failure one line."""
    from summarizer.articles import claim_output_files

    try:
        return claim_output_files(out, ids, suffix)
    except OSError as err:
        raise fail(f"{out}: cannot write ({err.strerror or err})") from None


@app.command()
def translate(
    inputs: Inputs,
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.md,
    model: ModelOpt = None,
    beams: BeamsOpt = 4,
    source_lang: SourceLangOpt = None,
    backend: BackendOpt = Backend("auto"),
    offline: OfflineOpt = False,
    threads: ThreadsOpt = 0,
    encoding: EncodingOpt = None,
) -> None:
    """Print the full translation, sentence by sentence, aligned with the source."""
    from summarizer.pipeline import translate_article
    from summarizer.render import escape_md

    lang = _source_lang(source_lang)
    articles, failures = read_articles(inputs, encoding)
    if not articles:
        raise fail("no article could be read", 1 if failures else 2)
    translator = _translator(model, backend, beams, offline, threads)
    for article in articles:
        try:
            result = translate_article(article, translator, lang)
        except ValueError as err:
            report(f"{article.source_path}: {err}")
            failures += 1
            continue
        if format is Format.json:
            typer.echo(json.dumps(result, ensure_ascii=False))
            continue
        typer.echo(f"## {escape_md(article.title or article.id)}\n")
        if result["model"]["standin"]:
            typer.echo("> **Stand-in model** — the English is not a translation.\n")
        for pair in result["sentences"]:
            typer.echo(
                f"{pair['index']}. {escape_md(pair['source'])}\n   → {escape_md(pair['text'])}"
            )
        typer.echo("")
    if failures:
        raise typer.Exit(1)


@app.command()
def figures(
    inputs: Inputs,
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.md,
    source_lang: SourceLangOpt = None,
    encoding: EncodingOpt = None,
) -> None:
    """List every figure of each article: span, kind, value, English form, key or not."""
    from summarizer.pipeline import Settings, prepare
    from summarizer.render import escape_md

    settings = Settings(source_language=_source_lang(source_lang))
    articles, failures = read_articles(inputs, encoding)
    if not articles:
        raise fail("no article could be read", 1 if failures else 2)
    for article in articles:
        try:
            prepared = prepare(article, settings)
        except ValueError as err:
            report(f"{article.source_path}: {err}")
            failures += 1
            continue
        if format is Format.json:
            typer.echo(
                json.dumps(
                    {"id": article.id, "figures": [f.as_dict() for f in prepared.figures]},
                    ensure_ascii=False,
                )
            )
            continue
        typer.echo(f"## {escape_md(article.title or article.id)}\n")
        typer.echo("| key | German | English | kind | value | span |")
        typer.echo("|---|---|---|---|---|---|")
        for f in prepared.figures:
            typer.echo(
                f"| {'★' if f.key else ''} | {escape_md(f.source)} | {escape_md(f.text)} | "
                f"{f.kind} | "
                f"{json.dumps(f.value, ensure_ascii=False)} | {f.start}–{f.end} |"
            )
        typer.echo("")
    if failures:
        raise typer.Exit(1)


@app.command()
def digest(
    inputs: Inputs,
    out: Annotated[
        Path, typer.Option(help="Folder for digest.md, digest.html, digest.jsonl and errors.jsonl.")
    ],
    date: Annotated[
        str | None, typer.Option(help="Date of the digest (YYYY-MM-DD), shown in its heading.")
    ] = None,
    title: Annotated[str | None, typer.Option(help="Heading of the digest.")] = None,
    max_words: Annotated[int, typer.Option(min=10, help="Word budget of each English brief.")] = 80,
    model: ModelOpt = None,
    beams: BeamsOpt = 4,
    summarizer: StrategyOpt = "extractive",
    summary_model: SummaryModelOpt = None,
    merge: Annotated[
        bool, typer.Option(help="Collapse wire updates and near-duplicates into one entry.")
    ] = True,
    source_lang: SourceLangOpt = None,
    backend: BackendOpt = Backend("auto"),
    offline: OfflineOpt = False,
    threads: ThreadsOpt = 0,
    encoding: EncodingOpt = None,
    engine: EngineOpt = Engine.local,
    address: AddressOpt = None,
    workers: WorkersOpt = 0,
    glossary: GlossaryOpt = None,
    source_only: SourceOnlyOpt = False,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
) -> None:
    """A day's stories in, one English digest out. Resumes an interrupted run from OUT/.cache."""
    import re

    from summarizer.articles import check_encoding
    from summarizer.digest import build_digest
    from summarizer.pipeline import Settings

    if date and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        raise fail(f"--date '{date}': expected YYYY-MM-DD")
    if encoding:
        check_encoding(encoding)
    terms = _glossary(glossary, engine, source_only)
    settings = Settings(
        max_words=max_words, strategy=summarizer, source_language=_source_lang(source_lang)
    )
    mode = _mode(quiet, verbose)
    if source_only:
        backend = Backend("none")
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / ".write-test"
        probe.write_text("")
        probe.unlink()
    except OSError as err:
        raise fail(f"{out}: output folder is not writable ({err.strerror or err})") from None
    if engine is Engine.ray:
        from summarizer.engines.ray_engine import ModelSpec
        from summarizer.engines.ray_engine import build_digest as ray_digest

        spec = ModelSpec(model, backend.value, beams, offline, threads)
        result = ray_digest(
            inputs, out, spec, settings, date, title, merge, address, workers, encoding, note
        )
    else:
        translator = with_glossary(
            _translator(model, backend, beams, offline, threads, source_only), terms
        )
        result = build_digest(
            inputs,
            out,
            translator,
            settings,
            date=date,
            title=title,
            merge=merge,
            encoding=encoding,
            on_note=note,
            strategy=_strategy_object(summarizer, summary_model, beams, offline),
            mode=mode,
        )
    for message in result.notes:
        report(message)
    for error in result.errors:
        report(f"{error['source']}: {error['reason']}")
    # The digest's summary line: stories, of which briefed now and from the cache, merged.
    report_summary(
        f"digest: {len(result.entries)} stories ({result.computed} briefed, "
        f"{result.from_cache} from cache, {result.merged} merged), "
        f"{len(result.errors)} failed, {result.seconds:.1f} s → {out}/digest.md"
    )
    if not result.entries and not result.errors:
        raise fail("no article found in the inputs", 2)
    if result.errors:
        raise typer.Exit(1)


from summarizer.evaluation.command import eval_command  # noqa: E402 - light: typer only

app.command("eval")(eval_command)


@models_app.command("list")
def models_list() -> None:
    """Models the registry knows: the pinned revision (or "not confirmed"), and which local
    copies are present and whether each is that revision."""
    from summarizer.models import copy_state, list_models, store_dir

    typer.echo(f"local store: {store_dir()}")
    for row in list_models():
        revision = row.get("revision", "main")
        pin = revision[:12] if row.get("confirmed") else f"{revision[:12]} (not confirmed)"
        copies = [
            f"{place} ({copy_state(revision, found)})" for place, found in row["copies"].items()
        ]
        typer.echo(
            f"{row['task']:<14} {row['lang']:<4} {row['id']:<34} "
            f"rev {pin:<24} {', '.join(copies) or 'not present'}"
        )


@models_app.command("pull")
def models_pull(
    name: Annotated[
        str,
        typer.Argument(
            help="Hub id (Helsinki-NLP/opus-mt-de-en) or a source-language code (de, fr, es)."
        ),
    ],
    convert: Annotated[bool, typer.Option(help="Also convert to CTranslate2.")] = False,
    revision: Annotated[
        str | None,
        typer.Option(
            metavar="REV",
            help="Commit, branch or tag to fetch [default: the registry's pin, see `models list`].",
            show_default=False,
        ),
    ] = None,
    offline: OfflineOpt = False,
) -> None:
    """Download a model's safetensors weights and tokenizer into the local store."""
    from summarizer.models import download, offline_requested

    if "/" not in name:
        from summarizer.language import normalise_language_code, translation_model_for

        try:
            code = normalise_language_code(name, what="models pull")
        except UsageError as err:
            raise UsageError(
                f"{err}; or give a hub id such as Helsinki-NLP/opus-mt-de-en"
            ) from None
        route = translation_model_for(code)
        if route.passthrough:
            raise fail("English articles need no translation model")
        name = route.model_id or name
    if revision is not None and not revision.strip():
        raise fail("--revision: empty")
    if offline_requested(offline):
        raise fail(f"cannot pull '{name}': offline mode (HF_HUB_OFFLINE or --offline) is on")
    resolved = download(name, revision)
    typer.echo(f"{name}: stored in {resolved.path} (revision {resolved.revision})")
    if convert:
        models_convert(name)


@models_app.command("convert")
def models_convert(
    name: Annotated[str, typer.Argument(help="Hub id or folder of a Marian model.")],
    quantization: Annotated[
        str,
        typer.Option(metavar="TYPE", help="int8, int8_float32, float32, float16 or bfloat16."),
    ] = "int8",
    out: Annotated[
        Path | None,
        typer.Option(metavar="DIR", help="Target folder [default: the store].", show_default=False),
    ] = None,
) -> None:
    """Convert a transformers Marian model to CTranslate2 (int8 by default)."""
    from summarizer.translate.ct2 import convert

    target = convert(name, quantization=quantization, out=out)
    typer.echo(f"{name}: converted ({quantization}) into {target}")


@models_app.command("standin")
def models_standin(
    name: Annotated[str, typer.Argument(help="The model to stand in for.")],
    out: Annotated[Path, typer.Option(metavar="DIR", help="Folder to write the stand-in into.")],
    tiny: Annotated[
        bool, typer.Option(help="Tiny shape (for tests) instead of full size.")
    ] = False,
    reuse: Annotated[bool, typer.Option(help="Keep an existing stand-in in OUT.")] = False,
) -> None:
    """Build a random-weight model with NAME's real architecture (for tests and benchmarks)."""
    from summarizer.models import model_format
    from summarizer.standin import build

    if reuse and model_format(out):
        typer.echo(f"{out}: stand-in already there")
        return
    build(name, out, tiny=tiny)
    typer.echo(f"{out}: {'tiny ' if tiny else ''}stand-in for {name} (random weights)")


@app.command()
def serve(
    host: Annotated[
        str, typer.Option(help="Address to bind; anything but loopback needs --api-key.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on.")] = 8000,
    model: ModelOpt = None,
    beams: BeamsOpt = 4,
    backend: BackendOpt = Backend("auto"),
    offline: OfflineOpt = False,
    threads: ThreadsOpt = 0,
    workers: Annotated[
        int, typer.Option(min=1, max=16, help="Batches translated at once (threads, one model).")
    ] = 1,
    api_key: Annotated[
        str | None,
        typer.Option(
            envvar="SUMMARIZER_API_KEY",
            help="Key every /v1 and /metrics request must send (X-API-Key or Bearer).",
            show_default=False,
            show_envvar=True,
        ),
    ] = None,
    cors_origin: Annotated[
        list[str] | None,
        typer.Option(help="Allow this origin to call the API from a browser (repeatable)."),
    ] = None,
    max_body: Annotated[int, typer.Option(min=1024, help="Largest request body, bytes.")] = (
        2_000_000
    ),
    timeout: Annotated[float, typer.Option(min=0.1, help="Seconds before a request gets 504.")] = (
        60.0
    ),
) -> None:
    """Serve the JSON API and the editors' web page (model loaded once, requests batched)."""
    from summarizer.serve.app import ServeConfig, check_exposure, run

    config = ServeConfig(
        host=host,
        port=port,
        api_key=api_key or None,
        cors_origins=list(cors_origin or []),
        max_body=max_body,
        timeout=timeout,
        workers=workers,
    )
    check_exposure(config)
    run(_translator(model, backend, beams, offline, threads), config)


def handles_errors(command):
    """Turn the project's exception into one stderr line and its exit status, for every
    command, however it is invoked (console script, ``python -m``, Typer's test runner)."""

    @functools.wraps(command)
    def run(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except SummarizerError as err:
            raise fail(str(err), err.exit_code) from None
        except OSError as err:
            if not _stdout_broken(err):
                raise
            _drop_stdout()
            if err.errno == errno.EPIPE:  # the reader left (`| head`): stop quietly
                raise typer.Exit(2) from None
            raise fail(f"<stdout>: cannot write ({err.strerror or err})") from None

    return run


def _stdout_broken(err: OSError) -> bool:
    """Did ``err`` come from writing to stdout (a closed pipe, a full disk, /dev/full)? Every
    command writes stdout through ``typer.echo``: look for that call, without ``err=True``."""
    tb = err.__traceback__
    while tb is not None:
        code = tb.tb_frame.f_code
        if code.co_name == "echo" and "click" in code.co_filename:
            return not tb.tb_frame.f_locals.get("err", False)
        tb = tb.tb_next
    return False


def _drop_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's last flush adds no second error."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


class Command(typer.core.TyperCommand):
    """A command whose help names values, not Python types: an option without a metavar shows
    its name (``--beams BEAMS``, not ``--beams <int range>``; choices keep ``<md|json>``), an
    argument its metavar or name alone (``INPUT...``, not ``inputs... <list[str]>``)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for param in self.params:
            if isinstance(param, typer.core.TyperArgument):
                param.metavar = param.metavar or param.name.upper()
                usage = param.metavar + ("..." if param.nargs != 1 else "")
                # Typer 0.29 prints an argument's Python type even beside a metavar.
                setattr(param, "display_type_rich", lambda ctx: None)  # noqa: B010
                setattr(param, "_usage_display_name", lambda usage=usage: usage)  # noqa: B010
            elif not (param.metavar or getattr(param, "is_flag", False) or _is_choice(param)):
                param.metavar = param.name.upper()


def _is_choice(param) -> bool:
    """Typer 0.29 describes a parameter's type in ``type_descriptor``; older ones, as click
    does, in ``type``."""
    descriptor = getattr(param, "type_descriptor", None)
    if descriptor is not None:
        return descriptor.is_choice
    return bool(getattr(getattr(param, "type", None), "choices", None))


for _typer in (app, models_app):
    for _info in _typer.registered_commands:
        _info.callback = handles_errors(_info.callback)
        if _info.cls in (None, typer.core.TyperCommand):
            _info.cls = Command


def main() -> None:
    try:
        app()
    except SummarizerError as err:
        typer.echo(f"summarizer: {err}", err=True)
        sys.exit(err.exit_code)
    except KeyboardInterrupt:
        typer.echo("summarizer: interrupted", err=True)
        sys.exit(130)


__all__ = ["UsageError", "app", "main"]
