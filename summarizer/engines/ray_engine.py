"""The Ray engine: ``brief --out`` and ``digest`` of an archive on a Ray cluster (Ray Data).

    inputs ─split─▶ parts (a file, each article file of a folder, JSONL shards; ``ray_read``)
           ─read─▶ Ray tasks → ids, sources, failures (and the texts, to merge updates)
    driver ─plan─▶ ids unique across inputs, updates merged, ``brief`` file names claimed
           ─read again─▶ Ray tasks → chunks of 16 stories, the plan applied, streaming into
           ─brief─▶ an actor pool: one translator per actor (loaded once), one translation
                    batch per chunk (``brief_batch``); each result cached atomically under
                    OUT/.cache by content key, as the local digest does; each chunk's briefs
                    written as one JSONL shard under OUT/.shards; ``brief`` also writes
                    OUT/<id>.<format>
    driver ─▶ errors.jsonl, and for the digest its ordering, Markdown and HTML
              (``summarizer.digest``), built from the shards at the end.

Exactly once: a cache entry is one file named by its content key (article, model, settings)
and a shard one file named by its chunk's first story, each written with a rename; a retried
chunk (an actor or a node lost) rewrites the same files with the same content, a rerun starts
new shards and skips what is cached. The cache keys are the local engine's, so a digest started
with one engine resumes with the other. OUT must be on storage every node shares.

Only imported for ``--engine ray``; ``--engine local`` never imports Ray.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path

try:
    import ray
    from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy
except ImportError as err:  # pragma: no cover - depends on the install
    from summarizer.errors import UsageError

    raise UsageError(f"--engine ray needs Ray: pip install 'summarizer[ray]' ({err})") from None

from summarizer.articles import Article, Notes, claim_output_files
from summarizer.digest import (
    DigestResult,
    Progress,
    _order_key,
    cache_key,
    merge_updates,
    write_outputs,
)
from summarizer.engines.ray_read import (
    Plan,
    key_of,
    order_of,
    planned_chunks,
    read_index,
    split_inputs,
)
from summarizer.errors import ModelError, SummarizerError, UsageError
from summarizer.pipeline import Settings
from summarizer.render import to_json, to_markdown, write_atomic

PACKAGE_ROOT = str(Path(__file__).resolve().parent.parent.parent)
NODE_CHECK_TIMEOUT_S = 300
BLOCK_BYTES = 32 * 1024
SHARDS = ".shards"
"""Under OUT: the briefs as JSONL shards, one per batch, written as the run goes."""


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
    result under ``cache``, writes the batch's briefs as one JSONL shard into ``OUT/.shards``
    and returns one small row per article (key, error, cached)."""

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
        briefs: list[dict] = []
        todo: list[tuple[dict, Article, Path]] = []
        for row in rows:
            article = Article(**json.loads(row["article"]))
            path = self.cache / f"{cache_key(article, self.key_pool, self.settings)}.json"
            if path.is_file():
                briefs.append(self._written(row, json.loads(path.read_text(encoding="utf-8"))))
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
            briefs.append(self._written(row, result))
            self._row(out, row, path, None, False)
        if briefs:
            # Named by the batch's first row: a retried batch replaces its own shard.
            shard = self.out / SHARDS / f"{rows[0]['n']:09d}-{rows[0]['r']:09d}.jsonl"
            lines = (json.dumps(b, ensure_ascii=False) + "\n" for b in briefs)
            write_atomic(shard, "".join(lines))
        return out

    def _written(self, row: dict, data: dict) -> dict:
        """``brief``: into the file the driver claimed for this article (``claim_output_files``)."""
        if self.mode == "brief":
            text = to_json(data) if self.fmt == "json" else to_markdown(data)
            write_atomic(self.out / row["target"], text + "\n")
        return data

    @staticmethod
    def _row(out: dict, row: dict, path: Path, error: str | None, cached: bool) -> None:
        out["n"].append(int(row["n"]))
        out["r"].append(int(row["r"]))
        out["key"].append(path.stem)
        out["error"].append(error)
        out["cached"].append(cached)
        out["fatal"].append(None)


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
            os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
            ray.init(
                address=address,
                num_cpus=local_cpus,
                include_dashboard=False,
                log_to_driver=False,
                logging_level=logging.ERROR,
                configure_logging=True,
                **_code_path(local=address is None),
            )
        started = True
    try:
        from ray.data import DataContext

        context = DataContext.get_current()
        context.enable_progress_bars = False
        # Small blocks: a big input file's chunks spread over the actors as they are read
        # (a block goes to one actor task whole).
        context.target_max_block_size = BLOCK_BYTES
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


def _code_path(local: bool) -> dict:
    """Workers import this checkout's ``summarizer`` first (same path on every node of a
    cluster that mounts it; elsewhere the installed package is used). A local Ray's workers
    inherit this process's environment; a cluster's get it through the job's runtime_env,
    which costs a runtime-env setup per worker, so a local Ray goes without one."""
    rest = (os.environ.get("PYTHONPATH") or "").split(os.pathsep)
    path = os.pathsep.join([PACKAGE_ROOT, *(p for p in rest if p and p != PACKAGE_ROOT)])
    if local:
        os.environ["PYTHONPATH"] = path
        return {}
    return {"runtime_env": {"env_vars": {"PYTHONPATH": path}}}


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

    model_id = translation_model_for("de").model_id
    assert model_id is not None  # German always has a model (only English has none)
    return model_id


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
    parts: list[dict],
    plan: Plan,
    spec: ModelSpec,
    settings: Settings,
    out: Path,
    mode: str,
    fmt: str,
    actors: int,
    progress: Progress | None = None,
) -> Iterator[dict]:
    """The parts read again and briefed by the actor pool, streaming: read tasks feed the
    actors, the actors write the briefs (cache, shards, ``brief`` files); back come small rows
    (``n``, ``r``, ``key``, ``error``, ``cached``), in the order they finish."""
    import ray.data

    shutil.rmtree(out / SHARDS, ignore_errors=True)  # the shards of an earlier run
    (out / SHARDS).mkdir(parents=True)
    if not parts:
        return
    results = (
        ray.data.from_items(parts)
        .flat_map(partial(planned_chunks, plan=plan))
        .map_batches(
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
    )
    try:
        for row in results.iter_rows():
            if row["fatal"]:
                raise ModelError(row["fatal"])
            if progress:
                progress.advance()
            yield row
    except SummarizerError:
        raise
    except Exception as err:  # a failure Ray did not absorb: one line, not a traceback
        raise one_line(err) from None


def read_shards(out: Path) -> Iterator[dict]:
    """The briefs the actors wrote into ``OUT/.shards``, shard by shard."""
    for shard in sorted((out / SHARDS).glob("*.jsonl")):
        with open(shard, encoding="utf-8") as fh:
            for line in fh:
                yield json.loads(line)


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
    """``summarizer.digest.build_digest`` on Ray: same outputs, same cache, same errors. The
    briefs stream into ``OUT/.shards``; the digest is built from the shards at the end.
    Merging updates compares every text with the others: with it, the driver reads all texts
    once (as the local engine does); with ``merge=False`` it holds ids only."""
    import time

    started = time.monotonic()
    out.mkdir(parents=True, exist_ok=True)
    (out / ".cache").mkdir(exist_ok=True)
    with connected(address, workers) as actors:
        check_nodes(spec)
        parts = split_inputs(inputs, encoding)
        index = read_index(parts, texts=merge, on_note=on_note)
        keys = {id(article): key for key, article in index.articles}
        articles = [article for _, article in index.articles]
        stories = merge_updates(articles) if merge else [(a, []) for a in articles]
        plan = Plan(ids=index.renamed)
        plan.skip = set(keys.values()) - {keys[id(a)] for a, _ in stories}
        plan.others = {keys[id(a)]: others for a, others in stories if others}
        result = DigestResult(
            entries=[],
            errors=[f for _, f in index.failures],
            merged=len(plan.skip),
            inputs=list(inputs),
        )
        briefed = {keys[id(a)]: (a.source_path, a.id) for a, _ in stories}
        del articles, stories, index
        progress = Progress(len(briefed))
        failed = []
        try:
            for row in brief_rows(
                parts, plan, spec, settings, out, "digest", "json", actors, progress
            ):
                if row["error"]:
                    failed.append((order_of(key_of(row)), row["error"]))
                elif row["cached"]:
                    result.from_cache += 1
                else:
                    result.computed += 1
        finally:
            progress.close()
    for (n, r), reason in sorted(failed):
        source, article_id = briefed[f"{n}:{r}"]
        result.errors.append({"source": source, "id": article_id, "reason": reason})
    result.entries = sorted(read_shards(out), key=_order_key)
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
    """``brief --out`` on Ray: one file per article and the JSONL shards, written by the
    actors as they go. Returns the number of articles read, the problems (read failures
    and failed articles, one line each, in input order) and the number of briefs written."""
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
        parts = split_inputs(inputs, encoding)
        index = read_index(parts, texts=False, on_note=on_note)
        ids = [article.id for _, article in index.articles]
        try:
            targets = claim_output_files(out, ids, f".{fmt}")
        except OSError as err:
            raise UsageError(f"{out}: cannot write ({err.strerror or err})") from None
        plan = Plan(ids=index.renamed, suffix=f".{fmt}")
        plan.targets = {
            key: target.name
            for (key, _), article_id, target in zip(index.articles, ids, targets, strict=True)
            if target.name != article_id + plan.suffix
        }
        sources = {key: article.source_path for key, article in index.articles}
        problems = [(order_of(key), f"{f['source']}: {f['reason']}") for key, f in index.failures]
        del index, ids, targets
        failed = 0
        for row in brief_rows(parts, plan, spec, settings, out, "brief", fmt, actors):
            if row["error"]:
                failed += 1
                key = key_of(row)
                problems.append((order_of(key), f"{sources[key]}: {row['error']}"))
    problems.sort()
    return len(sources), [line for _, line in problems], len(sources) - failed


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
