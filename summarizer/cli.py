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

app = typer.Typer(
    help="Foreign-language news articles in, short English briefs out — every key figure exact.",
    no_args_is_help=True,
    add_completion=False,
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


class Strategy(StrEnum):
    extractive = "extractive"
    lead = "lead"
    abstractive = "abstractive"


class Backend(StrEnum):
    auto = "auto"
    ct2 = "ct2"
    transformers = "transformers"


Inputs = Annotated[
    list[str],
    typer.Argument(
        help="Articles: .txt/.md files, .jsonl (one article per line: text, optional id, title, "
        "date), folders of them, or - for stdin.",
        show_default=False,
    ),
]
ModelOpt = Annotated[
    str | None,
    typer.Option(
        "--model",
        "-m",
        help="Hub id or local folder of the translation model "
        "[default: Helsinki-NLP/opus-mt-de-en].",
        show_default=False,
    ),
]
BeamsOpt = Annotated[int, typer.Option(min=1, max=16, help="Beam size for decoding.")]
BackendOpt = Annotated[
    Backend,
    typer.Option(help="auto: CTranslate2 when a converted model is present, else transformers."),
]
OfflineOpt = Annotated[
    bool, typer.Option("--offline", help="Never touch the network (as HF_HUB_OFFLINE=1).")
]
SourceLangOpt = Annotated[
    str | None,
    typer.Option(
        "--source-lang",
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
        help="Encoding of every input (cp1251, iso-8859-2, ...) [default: UTF-8, else a "
        "guess, reported as a warning].",
        show_default=False,
    ),
]


def fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"summarizer: {message}", err=True)
    return typer.Exit(code)


def report(problem: object) -> None:
    typer.echo(f"summarizer: {problem}", err=True)


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


def _translator(model, backend, beams, offline, threads):
    """Translators loaded on first use, one per model; ``--model`` serves every article."""
    from summarizer.translate import TranslatorPool

    pool = TranslatorPool(
        model, backend=backend.value, beams=beams, offline=offline, threads=threads
    )
    if model:
        pool.for_language("de")  # load (and fail on) an explicit model before any work
    return pool


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
    summarizer: Annotated[
        Strategy,
        typer.Option(
            "--summarizer",
            "-s",
            help="extractive: scored, figure-aware choice of sentences; "
            "lead: the first sentences; abstractive: translate all, summarize in English (falls "
            "back to extractive when a figure is lost or invented).",
        ),
    ] = Strategy.extractive,
    summary_model: Annotated[
        str | None,
        typer.Option(
            help="Hub id or folder of the English summarizer for --summarizer abstractive "
            "[default: sshleifer/distilbart-cnn-12-6].",
            show_default=False,
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            help="Write one file per article into this folder (names from the ids) "
            "instead of printing."
        ),
    ] = None,
    source_lang: SourceLangOpt = None,
    backend: BackendOpt = Backend.auto,
    offline: OfflineOpt = False,
    threads: ThreadsOpt = 0,
    encoding: EncodingOpt = None,
    engine: EngineOpt = Engine.local,
    address: AddressOpt = None,
    workers: WorkersOpt = 0,
) -> None:
    """Brief each article: choose its key sentences, translate them, check every figure."""
    from summarizer.errors import ModelError
    from summarizer.pipeline import Settings, summarize_article
    from summarizer.render import to_json, to_markdown, write_atomic

    settings = Settings(
        max_words=max_words, strategy=summarizer.value, source_language=_source_lang(source_lang)
    )
    if engine is Engine.ray:
        from summarizer.engines.ray_engine import ModelSpec, brief_command

        spec = ModelSpec(model, backend.value, beams, offline, threads)
        return brief_command(
            inputs, out, format.value, spec, settings, address, workers, encoding, note
        )
    articles, failures = read_articles(inputs, encoding)
    if not articles:
        raise fail("no article could be read", 1 if failures else 2)
    translator = _translator(model, backend, beams, offline, threads)
    bart = None
    if summarizer is Strategy.abstractive:
        from summarizer.abstractive import BartSummarizer

        bart = BartSummarizer(summary_model, beams=beams, offline=offline)
    render = to_json if format is Format.json else to_markdown
    targets = _output_files(out, [a.id for a in articles], f".{format.value}") if out else []
    briefed, model_failed = 0, False
    for n, article in enumerate(articles):
        try:
            result = summarize_article(article, translator, settings, summary_model=bart)
        except ModelError as err:
            # The model of this article's language is missing: the others can still go on.
            report(f"{article.source_path}: {err}")
            failures += 1
            model_failed = True
            continue
        except ValueError as err:
            report(f"{article.source_path}: {err}")
            failures += 1
            continue
        briefed += 1
        text = render(result.as_dict())
        if out is None:
            typer.echo(text)
            continue
        try:
            write_atomic(targets[n], text + "\n")
        except OSError as err:
            raise fail(f"{targets[n]}: cannot write ({err.strerror or err})") from None
    if failures:
        # No brief at all because of a missing model: a model problem that stopped the job.
        raise typer.Exit(2 if model_failed and not briefed else 1)


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
    backend: BackendOpt = Backend.auto,
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
    summarizer: Annotated[
        Strategy,
        typer.Option("--summarizer", "-s", help="extractive or lead (abstractive: use `brief`)."),
    ] = Strategy.extractive,
    merge: Annotated[
        bool, typer.Option(help="Collapse wire updates and near-duplicates into one entry.")
    ] = True,
    source_lang: SourceLangOpt = None,
    backend: BackendOpt = Backend.auto,
    offline: OfflineOpt = False,
    threads: ThreadsOpt = 0,
    encoding: EncodingOpt = None,
    engine: EngineOpt = Engine.local,
    address: AddressOpt = None,
    workers: WorkersOpt = 0,
) -> None:
    """A day's stories in, one English digest out. Resumes an interrupted run from OUT/.cache."""
    import re

    from summarizer.articles import check_encoding
    from summarizer.digest import build_digest
    from summarizer.pipeline import Settings

    if date and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        raise fail(f"--date '{date}': expected YYYY-MM-DD")
    if summarizer is Strategy.abstractive:
        raise fail("digest supports --summarizer extractive or lead")
    if encoding:
        check_encoding(encoding)
    settings = Settings(
        max_words=max_words, strategy=summarizer.value, source_language=_source_lang(source_lang)
    )
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
        translator = _translator(model, backend, beams, offline, threads)
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
        )
    for message in result.notes:
        report(message)
    for error in result.errors:
        report(f"{error['source']}: {error['reason']}")
    typer.echo(
        f"digest: {len(result.entries)} stories ({result.computed} briefed, "
        f"{result.from_cache} from cache, {result.merged} merged), "
        f"{len(result.errors)} failed, {result.seconds:.1f} s → {out}/digest.md",
        err=True,
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
    offline: OfflineOpt = False,
) -> None:
    """Download a model's safetensors weights and tokenizer into the local store."""
    from summarizer.models import download, offline_requested

    if "/" not in name:
        from summarizer.language import normalise_language_code, translation_model_for

        route = translation_model_for(normalise_language_code(name))
        if route.passthrough:
            raise fail("English articles need no translation model")
        name = route.model_id
    if offline_requested(offline):
        raise fail(f"cannot pull '{name}': offline mode (HF_HUB_OFFLINE or --offline) is on")
    resolved = download(name)
    typer.echo(f"{name}: stored in {resolved.path} (revision {resolved.revision})")
    if convert:
        models_convert(name)


@models_app.command("convert")
def models_convert(
    name: Annotated[str, typer.Argument(help="Hub id or folder of a Marian model.")],
    quantization: Annotated[
        str, typer.Option(help="int8, int8_float32, float32, float16 or bfloat16.")
    ] = "int8",
    out: Annotated[Path | None, typer.Option(help="Target folder [default: the store].")] = None,
) -> None:
    """Convert a transformers Marian model to CTranslate2 (int8 by default)."""
    from summarizer.translate.ct2 import convert

    target = convert(name, quantization=quantization, out=out)
    typer.echo(f"{name}: converted ({quantization}) into {target}")


@models_app.command("standin")
def models_standin(
    name: Annotated[str, typer.Argument(help="The model to stand in for.")],
    out: Annotated[Path, typer.Option(help="Folder to write the stand-in into.")],
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
    backend: BackendOpt = Backend.auto,
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


for _typer in (app, models_app):
    for _info in _typer.registered_commands:
        _info.callback = handles_errors(_info.callback)


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
