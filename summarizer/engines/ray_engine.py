"""The Ray engine: ``brief --out`` and ``digest`` of an archive on a Ray cluster (Ray Data).

    inputs ─read─▶ one Ray task per input (file, folder, JSONL shard) → articles and read failures
           ─(digest: merge updates on the driver)─▶
           ─brief─▶ an actor pool: one translator per actor (loaded once), batches of articles,
                    one translation batch across them (``brief_batch``)
           ─write─▶ each result cached atomically under OUT/.cache by content key, as the local
                    digest does; ``brief`` also writes OUT/<id>.<format> from the actor
    driver ─▶ errors.jsonl, and for the digest its ordering, merging, Markdown and HTML
              (``summarizer.digest``), built from the cached entries.

Exactly once: an entry is one file named by its content key (article, model, settings), written
with a rename; a retried batch (an actor or a node lost) rewrites the same file with the same
content, and a rerun skips what is cached. The cache keys are the local engine's, so a digest
started with one engine resumes with the other. OUT must be on storage every node shares.

Only imported for ``--engine ray``; ``--engine local`` never imports Ray.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

try:
    import ray
    from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy
except ImportError as err:  # pragma: no cover - depends on the install
    from summarizer.errors import UsageError

    raise UsageError(f"--engine ray needs Ray: pip install 'summarizer[ray]' ({err})") from None

from summarizer.articles import Article, Notes, claim_output_files
from summarizer.digest import (
    BATCH_ARTICLES,
    DigestResult,
    Progress,
    _order_key,
    cache_key,
    merge_updates,
    write_outputs,
)
from summarizer.errors import ModelError, SummarizerError, UsageError
from summarizer.pipeline import Settings
from summarizer.render import to_json, to_markdown, write_atomic

PACKAGE_ROOT = str(Path(__file__).resolve().parent.parent.parent)
NODE_CHECK_TIMEOUT_S = 300


@dataclass(frozen=True)
class ModelSpec:
    """How every actor gets its translator: the CLI's model options, as given."""

    model: str | None = None
    backend: str = "auto"
    beams: int = 4
    offline: bool = False
    threads: int = 0
    factory: Callable | None = None
    """A callable that makes the translator instead (tests: a deterministic fake)."""

    def pool(self, threads: int | None = None):
        """A ``TranslatorPool`` (lazy: nothing loads until an article needs it). With the
        default ``threads``, ``describe()`` equals the local engine's, and so do cache keys."""
        from summarizer.translate import TranslatorPool

        if self.factory:
            return self.factory()
        return TranslatorPool(
            self.load_model if threads is not None else self.model,
            backend=self.backend,
            beams=self.beams,
            offline=self.offline,
            threads=self.threads if threads is None else threads,
        )

    @property
    def load_model(self) -> str | None:
        """A local folder as an absolute path (actors do not share the driver's cwd)."""
        if self.model and Path(self.model).expanduser().exists():
            return str(Path(self.model).expanduser().resolve())
        return self.model


def brief_batch(articles: list[Article], pool, settings: Settings, headlines: bool) -> list:
    """Brief several articles with one translation batch per model. Returns, per article, the
    brief's dict (with ``headline`` when asked) or the error message of a failed article.

    The one place this engine calls into the pipeline."""
    from summarizer.digest import digest_entry
    from summarizer.pipeline import summarize_batch
    from summarizer.results import Failure

    results = summarize_batch(
        articles, pool, settings, headlines=headlines, batch_size=max(1, len(articles))
    )
    return [
        r.reason if isinstance(r, Failure) else digest_entry(r) if headlines else r.to_dict()
        for r in results
    ]


class BriefActor:
    """One translator per actor; ``__call__`` briefs a batch of article rows, caches each
    result under ``cache`` and returns one small row per article (key, error, cached)."""

    def __init__(self, spec: ModelSpec, settings: Settings, out: str, mode: str, fmt: str):
        self.settings, self.mode, self.fmt = settings, mode, fmt
        self.out = Path(out)
        self.cache = self.out / ".cache" / ("brief" if mode == "brief" else "")
        self.key_pool = spec.pool()
        # --threads 0 means "all cores" locally; here each actor holds one CPU of the cluster.
        self.pool = spec.pool(threads=spec.threads or 1)
        # Which nodes worked on this output (a marker per node; the cluster test reads them).
        write_atomic(self.out / ".cache" / "nodes" / ray.get_runtime_context().get_node_id(), "")

    def __call__(self, batch: dict) -> dict:
        rows = [row for chunk in batch["chunk"] for row in json.loads(chunk)]
        out: dict[str, list] = {"n": [], "r": [], "key": [], "error": [], "cached": []}
        out["fatal"] = []
        todo: list[tuple[dict, Article, Path]] = []
        for row in rows:
            article = Article(**json.loads(row["article"]))
            path = self.cache / f"{cache_key(article, self.key_pool, self.settings)}.json"
            if path.is_file():
                if self.mode == "brief":
                    self._write_brief(row, json.loads(path.read_text(encoding="utf-8")))
                self._row(out, row, path, None, True)
            else:
                todo.append((row, article, path))
        try:
            results = brief_batch(
                [a for _, a, _ in todo], self.pool, self.settings, headlines=self.mode == "digest"
            )
        except SummarizerError as err:  # the model fails to load here: the job stops
            if err.exit_code != 2:
                raise
            for row, _, path in todo:
                self._row(out, row, path, None, False)
            out["fatal"] = [str(err)] * len(out["n"])
            return out
        for (row, _, path), result in zip(todo, results, strict=True):
            if isinstance(result, str):
                self._row(out, row, path, result, False)
                continue
            if self.mode == "digest":
                result["merged"] = json.loads(row["others"])
            write_atomic(path, json.dumps(result, ensure_ascii=False))
            if self.mode == "brief":
                self._write_brief(row, result)
            self._row(out, row, path, None, False)
        return out

    def _write_brief(self, row: dict, data: dict) -> None:
        """Into the file the driver claimed for this article (``articles.claim_output_files``)."""
        text = to_json(data) if self.fmt == "json" else to_markdown(data)
        write_atomic(self.out / row["target"], text + "\n")

    @staticmethod
    def _row(out: dict, row: dict, path: Path, error: str | None, cached: bool) -> None:
        out["n"].append(int(row["n"]))
        out["r"].append(int(row["r"]))
        out["key"].append(path.stem)
        out["error"].append(error)
        out["cached"].append(cached)
        out["fatal"].append(None)


def read_input(row: dict) -> list[dict]:
    """One input (file, folder or JSONL shard) → rows of articles and read failures, in
    order. Relative inputs are read from the driver's working directory so that sources are
    named exactly as the local engine names them; reading notes (an encoding guessed) travel
    with the row read after them."""
    from summarizer.articles import ReadFailure, iter_inputs

    here = os.getcwd()
    relative = not os.path.isabs(row["input"])
    notes: list[list[str]] = []
    try:
        if relative:
            os.chdir(row["cwd"])
        rows = []
        items = iter_inputs(
            [row["input"]],
            encoding=row.get("encoding"),
            on_note=lambda source, note: notes.append([source, note]),
            warn=lambda message: None,  # ids are made unique across inputs on the driver
        )
        for r, item in enumerate(items):
            record = {"n": row["n"], "r": r, "article": None, "failure": None}
            if isinstance(item, ReadFailure):
                record["failure"] = json.dumps({"source": item.source, "reason": item.reason})
            else:
                record["article"] = json.dumps(asdict(item), ensure_ascii=False)
            record["notes"] = json.dumps(notes, ensure_ascii=False)
            notes = []
            rows.append(record)
        return rows
    finally:
        os.chdir(here)


def read_rows(
    inputs: list[str], encoding: str | None = None, on_note: Notes | None = None
) -> list[dict]:
    """Every input read by its own Ray task (stdin on the driver): rows of articles and read
    failures in input order, as ``iter_inputs`` gives them — ids made unique across inputs,
    reading notes told to ``on_note`` in order."""
    import ray.data

    from summarizer.articles import unique_ids

    items = [
        {"n": n, "input": raw, "cwd": os.getcwd(), "encoding": encoding}
        for n, raw in enumerate(inputs)
    ]
    remote = [item for item in items if item["input"] != "-"]
    rows = ray.data.from_items(remote).flat_map(read_input).take_all() if remote else []
    for item in items:
        if item["input"] == "-":
            rows += read_input(item)
    rows.sort(key=lambda row: (row["n"], row["r"]))
    for row in rows:
        for source, note in json.loads(row.get("notes") or "[]"):
            if on_note:
                on_note(source, note)
    readable = [row for row in rows if row["article"]]
    articles = [Article(**json.loads(row["article"])) for row in readable]
    for row, article in zip(readable, unique_ids(articles), strict=True):
        row["article"] = json.dumps(asdict(article), ensure_ascii=False)
    return rows


def read_all(
    inputs: list[str], encoding: str | None = None, on_note: Notes | None = None
) -> tuple[list[Article], list[dict]]:
    """Articles and read failures (``{source, reason}``), in input order."""
    articles, failures = [], []
    for row in read_rows(inputs, encoding, on_note):
        if row["failure"]:
            failures.append(json.loads(row["failure"]))
        else:
            articles.append(Article(**json.loads(row["article"])))
    return articles, failures


@contextmanager
def connected(address: str | None, workers: int) -> Iterator[int]:
    """Ray connected (``address``: ``auto``, ``ray://host:10001``, ``host:port``, or None
    for a local Ray started in this process); yields the number of actors to run."""
    started = False
    probe(address)
    if not ray.is_initialized():
        local_cpus = max(os.cpu_count() or 1, workers) if address is None else None
        with quiet_stderr(), _cannot_connect(address):
            # The C++ core worker logs to stderr (actor restarts, ...); the CLI promises one
            # line per problem there. Ray only reads this when the driver starts.
            os.environ.setdefault("RAY_BACKEND_LOG_LEVEL", "fatal")
            ray.init(
                address=address,
                num_cpus=local_cpus,
                include_dashboard=False,
                log_to_driver=False,
                logging_level=logging.ERROR,
                configure_logging=True,
                runtime_env={"env_vars": {"PYTHONPATH": _pythonpath()}},
            )
        started = True
    try:
        from ray.data import DataContext

        context = DataContext.get_current()
        context.enable_progress_bars = False
        context.print_on_execution_start = False
        logging.getLogger("ray.data").setLevel(logging.CRITICAL)  # failures: one line, ours
        cpus = int(ray.cluster_resources().get("CPU", 0))
        if workers > max(cpus, 1):
            raise UsageError(f"--workers {workers}: the Ray cluster has {cpus} CPU(s)")
        yield workers or max(cpus, 1)
    finally:
        if started:
            ray.shutdown()


def probe(address: str | None) -> None:
    """Ray waits minutes for a head that does not answer; a plain TCP probe says it now."""
    import re
    import socket

    m = re.fullmatch(r"(?:ray://)?\[?([^\]]+?)\]?:(\d+)", address or "")
    if m:
        try:
            socket.create_connection((m[1], int(m[2])), timeout=10).close()
        except OSError as err:
            raise UsageError(
                f"--address {address}: no Ray head answers there ({err.strerror or err})"
            ) from None


@contextmanager
def _cannot_connect(address: str | None) -> Iterator[None]:
    try:
        yield
    except (ConnectionError, RuntimeError, ValueError) as err:
        where = f"--address {address}" if address else "local Ray"
        first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise UsageError(f"{where}: cannot start or reach Ray ({first})") from None


@contextmanager
def quiet_stderr() -> Iterator[None]:
    """File descriptor 2 to /dev/null (Ray's C++ logging bypasses ``sys.stderr``)."""
    import sys

    sys.stderr.flush()
    saved = os.dup(2)
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(devnull)


def _pythonpath() -> str:
    """Actors import this checkout's ``summarizer`` first (same path on every node of a
    cluster that mounts it; elsewhere the installed package is used)."""
    rest = os.environ.get("PYTHONPATH")
    return os.pathsep.join(p for p in (PACKAGE_ROOT, rest) if p)


@ray.remote(num_cpus=0, max_retries=0)
def _resolve_here(spec: ModelSpec) -> str | None:
    """On one node: resolve the model as an actor will; the problem, or None."""
    from summarizer.errors import SummarizerError
    from summarizer.models import resolve

    prefer = {"auto": ("ct2", "transformers"), "ct2": ("ct2",)}.get(spec.backend, ("transformers",))
    try:
        resolve(model_name(spec), offline=spec.offline, prefer=prefer)
    except SummarizerError as err:
        return str(err)
    return None


def model_name(spec: ModelSpec) -> str:
    if spec.load_model:
        return spec.load_model
    from summarizer.language import translation_model_for

    return translation_model_for("de").model_id


def check_nodes(spec: ModelSpec) -> None:
    """Before any work: every alive node resolves the model, or the job stops with one line
    naming the node and the model. (Routing by language checks the German model; the other
    languages' models are resolved when an article needs them.)"""
    if spec.factory:
        return
    nodes = [n for n in ray.nodes() if n.get("Alive")]
    checks = [
        _resolve_here.options(
            scheduling_strategy=NodeAffinitySchedulingStrategy(node["NodeID"], soft=False)
        ).remote(spec)
        for node in nodes
    ]
    for node, problem in zip(nodes, ray.get(checks, timeout=NODE_CHECK_TIMEOUT_S), strict=True):
        if problem:
            where = f"node {node.get('NodeManagerAddress')} ({node['NodeID'][:12]})"
            raise ModelError(f"{where}: model {model_name(spec)}: {problem}")


def brief_rows(
    rows: list[dict],
    spec: ModelSpec,
    settings: Settings,
    out: Path,
    mode: str,
    fmt: str,
    actors: int,
    progress: Progress | None = None,
) -> list[dict]:
    """The article rows through the actor pool; one result row per article, in input order."""
    import ray.data

    if not rows:
        return []
    # Batches formed here exactly as the local digest forms them (consecutive runs of
    # BATCH_ARTICLES stories): the same translation batches give the same English.
    chunks = [
        {"chunk": json.dumps(rows[b : b + BATCH_ARTICLES], ensure_ascii=False)}
        for b in range(0, len(rows), BATCH_ARTICLES)
    ]
    results = ray.data.from_items(chunks, override_num_blocks=len(chunks)).map_batches(
        BriefActor,
        fn_constructor_kwargs={
            "spec": spec,
            "settings": settings,
            "out": str(out.resolve()),
            "mode": mode,
            "fmt": fmt,
        },
        batch_size=1,
        batch_format="numpy",
        compute=ray.data.ActorPoolStrategy(min_size=1, max_size=actors),
        # Ray Data spreads actors over nodes, restarts a lost actor and retries its batches.
        num_cpus=1,
    )
    done = []
    try:
        for row in results.iter_rows():
            if row["fatal"]:
                raise ModelError(row["fatal"])
            done.append(row)
            if progress:
                progress.advance()
    except SummarizerError:
        raise
    except Exception as err:  # a failure Ray did not absorb: one line, not a traceback
        raise one_line(err) from None
    done.sort(key=lambda row: (row["n"], row["r"]))
    return done


def one_line(err: BaseException) -> SummarizerError:
    """The project's error for an exception out of Ray: the first ``SummarizerError`` in its
    chain of causes (e.g. a model that fails to load in an actor), else one line about Ray."""
    seen: set[int] = set()
    cause: BaseException | None = err
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, SummarizerError):
            return cause
        seen.add(id(cause))
        cause = getattr(cause, "cause", None) or cause.__cause__ or cause.__context__
    lines = [line for line in str(err).splitlines() if line.strip()]
    error = SummarizerError(f"the Ray job failed: {lines[-1] if lines else type(err).__name__}")
    error.exit_code = 2
    return error


def _article_row(article: Article, n: int, r: int, others: list[str] | None = None) -> dict:
    return {
        "n": n,
        "r": r,
        "article": json.dumps(asdict(article), ensure_ascii=False),
        "others": json.dumps(others or []),
    }


def build_digest(
    inputs: list[str],
    out: Path,
    spec: ModelSpec,
    settings: Settings,
    date: str | None = None,
    title: str | None = None,
    merge: bool = True,
    address: str | None = None,
    workers: int = 0,
    encoding: str | None = None,
    on_note: Notes | None = None,
) -> DigestResult:
    """``summarizer.digest.build_digest`` on Ray: same outputs, same cache, same errors."""
    import time

    started = time.monotonic()
    out.mkdir(parents=True, exist_ok=True)
    (out / ".cache").mkdir(exist_ok=True)
    with connected(address, workers) as actors:
        check_nodes(spec)
        articles, errors = read_all(inputs, encoding, on_note)
        stories = merge_updates(articles) if merge else [(a, []) for a in articles]
        result = DigestResult(
            entries=[], errors=errors, merged=sum(len(others) for _, others in stories)
        )
        rows = [_article_row(a, n, 0, others) for n, (a, others) in enumerate(stories)]
        progress = Progress(len(rows))
        try:
            done = brief_rows(rows, spec, settings, out, "digest", "json", actors, progress)
        finally:
            progress.close()
    for row in done:
        article = stories[row["n"]][0]
        if row["error"]:
            errors.append({"source": article.source_path, "id": article.id, "reason": row["error"]})
            continue
        path = out / ".cache" / f"{row['key']}.json"
        result.entries.append(json.loads(path.read_text(encoding="utf-8")))
        if row["cached"]:
            result.from_cache += 1
        else:
            result.computed += 1
    result.entries.sort(key=_order_key)
    result.seconds = time.monotonic() - started
    result.files = write_outputs(out, result, date=date, title=title)
    return result


def brief_to_folder(
    inputs: list[str],
    out: Path,
    fmt: str,
    spec: ModelSpec,
    settings: Settings,
    address: str | None = None,
    workers: int = 0,
    encoding: str | None = None,
    on_note: Notes | None = None,
) -> tuple[int, list[str], int]:
    """``brief --out`` on Ray: one file per article, written by the actors. Returns the
    number of articles read, the problems (read failures and failed articles, one line
    each, in input order) and the number of briefs written."""
    if settings.strategy == "abstractive":
        raise UsageError("--engine ray supports --summarizer extractive or lead")
    try:
        out.mkdir(parents=True, exist_ok=True)
        write_atomic(out / ".write-test", "")
        (out / ".write-test").unlink()
    except OSError as err:
        raise UsageError(f"{out}: output folder is not writable ({err.strerror or err})") from None
    with connected(address, workers) as actors:
        check_nodes(spec)
        rows = read_rows(inputs, encoding, on_note)
        articles = [{**row, "others": "[]"} for row in rows if not row["failure"]]
        ids = [json.loads(row["article"])["id"] for row in articles]
        try:
            targets = claim_output_files(out, ids, f".{fmt}")
        except OSError as err:
            raise UsageError(f"{out}: cannot write ({err.strerror or err})") from None
        for row, target in zip(articles, targets, strict=True):
            row["target"] = target.name
        done = brief_rows(articles, spec, settings, out, "brief", fmt, actors)
    problems = []
    for row in rows:
        if row["failure"]:
            failure = json.loads(row["failure"])
            problems.append((row["n"], row["r"], f"{failure['source']}: {failure['reason']}"))
    by_pos = {(row["n"], row["r"]): row for row in articles}
    for row in done:
        if row["error"]:
            source = json.loads(by_pos[(row["n"], row["r"])]["article"])["source_path"]
            problems.append((row["n"], row["r"], f"{source}: {row['error']}"))
    problems.sort()
    briefed = sum(1 for row in done if not row["error"])
    return len(articles), [p for *_, p in problems], briefed


def brief_command(
    inputs: list[str],
    out: Path | None,
    fmt: str,
    spec: ModelSpec,
    settings: Settings,
    address: str | None,
    workers: int,
    encoding: str | None = None,
    on_note: Notes | None = None,
) -> None:
    """``summarizer brief --engine ray``: problems on stderr, one line each; exit status as
    the local engine's (1 when some article failed, 2 when nothing could be read)."""
    import time

    import typer

    from summarizer.errors import SummarizerError
    from summarizer.progress import summary_line

    if out is None:
        raise UsageError("--engine ray writes one file per article: give --out FOLDER")
    started = time.monotonic()
    count, problems, briefed = brief_to_folder(
        inputs, out, fmt, spec, settings, address, workers, encoding, on_note
    )
    for line in problems:
        typer.echo(f"summarizer: {line}", err=True)
    seconds = time.monotonic() - started
    typer.echo(summary_line("brief", briefed, len(problems), 0, seconds), err=True)
    if not count:
        error = SummarizerError("no article could be read")
        error.exit_code = 1 if problems else 2
        raise error
    if problems:
        raise typer.Exit(1)
