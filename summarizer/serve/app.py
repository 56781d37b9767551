"""The HTTP API and the web page: FastAPI routes over ``engine`` and the micro-batcher.

Errors are JSON ``{"error": "<one line>"}`` with the status code saying what kind: 401 (API
key), 413 (body too large), 422 (bad JSON, missing field, empty or binary article), 503 (queue
full, with Retry-After), 504 (the request timed out). No route reads or writes a file named by a
request: articles come in the body only.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hashlib
import hmac
import ipaddress
import json
import re
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from importlib.resources import files
from typing import TYPE_CHECKING, Literal

from fastapi import Depends, FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from pydantic import BaseModel, Field

from summarizer import __version__
from summarizer.articles import Article, decode_text, looks_binary
from summarizer.errors import SummarizerError, UsageError
from summarizer.pipeline import Settings
from summarizer.serve.batching import Batcher, Busy
from summarizer.serve.engine import Failure, brief_many, figures_of, translate_one
from summarizer.strategies import STRATEGIES as REGISTERED
from summarizer.strategies import needs_summary_model
from summarizer.translate import load_translator

STRATEGIES = tuple(name for name in REGISTERED if not needs_summary_model(name))
"""The registered strategies but those that need a second model: the server loads none."""

if TYPE_CHECKING:
    ServedStrategy = str
else:  # the request schema lists the served names (OpenAPI enum, 422 for any other)
    ServedStrategy = Literal[STRATEGIES]


@dataclass
class ServeConfig:
    host: str = "127.0.0.1"
    port: int = 8000
    api_key: str | None = None
    cors_origins: list[str] = field(default_factory=list)
    max_body: int = 2_000_000
    """Bytes of one request body; more is answered 413."""
    max_articles: int = 500
    """Articles of one /v1/briefs request."""
    max_batch: int = 16
    max_wait: float = 0.010
    max_queue: int = 256
    timeout: float = 60.0
    workers: int = 1


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_exposure(config: ServeConfig) -> None:
    """Binding to anything but loopback needs an API key."""
    if not is_loopback(config.host) and not config.api_key:
        raise UsageError(
            f"--host {config.host}: binding beyond loopback needs an API key "
            "(--api-key or SUMMARIZER_API_KEY)"
        )


# request bodies --------------------------------------------------------------------------------


class ArticleIn(BaseModel):
    """One article: exactly one of ``text``, ``html`` or ``file``."""

    text: str | None = Field(None, description="Plain text of the article.")
    html: str | None = Field(None, description="An HTML page; its main text is extracted.")
    file: str | None = Field(
        None,
        description="Base64 of an uploaded .txt/.md/.html file, decoded as the CLI decodes "
        "files (UTF-8, UTF-16 with BOM, else Windows-1252).",
    )
    id: str | None = Field(None, max_length=200)
    title: str | None = Field(None, max_length=1000)
    date: str | None = Field(None, max_length=40, description="YYYY-MM-DD or YYYY-MM.")
    source_language: str | None = Field(
        None, max_length=20, description="ISO 639-1 code; detected when absent."
    )


class Options(BaseModel):
    max_words: int = Field(80, ge=10, le=400, description="Word budget of the English brief.")
    strategy: ServedStrategy = STRATEGIES[0]
    include_text: bool = Field(
        False, description="Add `article_text`: the text as read, which the offsets point into."
    )
    source_only: bool = Field(
        False,
        description="No translation: the brief in the article's own language, model `none` "
        "(as the CLI's `--source-only`).",
    )


class BriefRequest(ArticleIn, Options):
    pass


class BriefsRequest(Options):
    articles: list[ArticleIn] = Field(..., min_length=1)
    source_language: str | None = Field(None, max_length=20)


class FiguresRequest(ArticleIn):
    pass


class TranslateRequest(ArticleIn):
    pass


class BadArticle(Exception):
    """An article the API cannot read (422)."""


def read_article(body: ArticleIn, default_id: str) -> Article:
    given = [name for name in ("text", "html", "file") if getattr(body, name) is not None]
    if len(given) != 1:
        raise BadArticle("give exactly one of 'text', 'html' or 'file'")
    article_id = body.id or default_id
    if body.file is not None:
        try:
            data = base64.b64decode(body.file, validate=True)
        except (binascii.Error, ValueError):
            raise BadArticle("'file' is not valid base64") from None
        if not data.strip():
            raise BadArticle("article is empty")
        try:
            decoded = decode_text(data, "upload")
        except (ValueError, UnicodeDecodeError) as err:
            raise BadArticle(f"uploaded file: {err}") from None
        text, notes = decoded.text, decoded.notes
        is_html = text.lstrip()[:200].lower().startswith(("<!doctype html", "<html"))
    else:
        text = body.text if body.text is not None else body.html or ""
        is_html, notes = body.html is not None, []
        if text.strip() and looks_binary(text.encode("utf-8", "surrogatepass")):
            raise BadArticle("article is binary (control characters), not text")
    if not text.strip():
        raise BadArticle("article is empty")
    if is_html:
        from summarizer.html import article_from_html

        try:
            article = article_from_html(text, article_id, "request")
        except ValueError as err:
            raise BadArticle(str(err)) from None
    else:
        article = Article(id=article_id, text=text, source_path="request")
    article.title = body.title or article.title
    article.date = body.date or article.date
    article.notes[:0] = notes  # how an upload was decoded (a guessed encoding): in the warnings
    return article


async def read_off_loop(body: ArticleIn, default_id: str) -> Article:
    """``read_article`` in a thread: HTML extraction and decoding must not stall the loop."""
    return await run_in_threadpool(read_article, body, default_id)


def source_language(code: str | None) -> str | None:
    if not code:
        return None
    from summarizer.language import normalise_language_code

    try:
        return normalise_language_code(code)
    except UsageError:
        raise BadArticle(f"source_language {code!r}: not a known ISO 639-1 code") from None


def brief_kind(options: Options) -> str:
    """The batch item kind of a brief: ``source-brief`` for one left untranslated."""
    return "source-brief" if options.source_only else "brief"


def settings_of(options: Options, language: str | None) -> Settings:
    return Settings(
        max_words=options.max_words, strategy=options.strategy, source_language=language
    )


def error(status: int, message: str, **headers) -> JSONResponse:
    return JSONResponse({"error": message}, status, headers=headers or None)


def failed(failure: Failure) -> JSONResponse:
    """422 for an article that cannot be briefed, 503 when its model is not usable here."""
    return error(503 if failure.kind == "model" else 422, failure.reason)


def one_line(err: RequestValidationError) -> str:
    first = err.errors()[0]
    if first.get("type") == "json_invalid":
        detail = (first.get("ctx") or {}).get("error")
        return f"body is not valid JSON ({detail})" if detail else "body is not valid JSON"
    where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
    message = first.get("msg", "invalid")
    if first.get("type") == "missing":
        return f"missing field '{where}'"
    return f"{where}: {message}" if where else message


# metrics ---------------------------------------------------------------------------------------


class Metrics:
    def __init__(self, depth):
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter(
            "summarizer_http_requests", "HTTP requests", ["route", "method", "status"], registry=r
        )
        self.latency = Histogram(
            "summarizer_http_request_seconds",
            "Time to answer a request",
            ["route"],
            buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
            registry=r,
        )
        self.articles = Counter(
            "summarizer_articles", "Articles briefed, by outcome", ["outcome"], registry=r
        )
        self.missing = Counter(
            "summarizer_figures_missing", "Figures the translation lost", registry=r
        )
        self.invented = Counter(
            "summarizer_figures_invented", "Figures in the English with no source", registry=r
        )
        self.batch = Histogram(
            "summarizer_batch_size",
            "Jobs per translator batch",
            buckets=(1, 2, 4, 8, 16, 32, 64),
            registry=r,
        )
        Gauge("summarizer_queue_depth", "Jobs waiting", registry=r).set_function(depth)

    def count_brief(self, result) -> None:
        if isinstance(result, Failure):
            self.articles.labels("failed").inc()
            return
        self.articles.labels("ok").inc()
        self.missing.inc(sum(f["status"] == "missing" for f in result["figures"]))
        self.invented.inc(sum("invented figure" in w for w in result["warnings"]))


# the app ---------------------------------------------------------------------------------------


def _settings_key(settings: Settings) -> tuple:
    return (settings.max_words, settings.strategy, settings.source_language)


def make_runner(translator):
    """``run_batch`` for the batcher: briefs grouped by kind and settings, one ``brief_many``
    call each (``source-brief`` items with the ``none`` backend: no model); translations one by
    one. Every item gets its result or its exception back, in order."""
    brief_translators = {"brief": translator, "source-brief": load_translator(backend="none")}

    def run_batch(items: list[tuple]) -> list:
        results: list = [None] * len(items)
        groups: dict[tuple, list[int]] = {}
        for n, (kind, _, settings) in enumerate(items):
            if kind in brief_translators:
                groups.setdefault((kind, *_settings_key(settings)), []).append(n)
        for (kind, *_), ns in groups.items():
            briefs = brief_many([items[n][1] for n in ns], brief_translators[kind], items[ns[0]][2])
            for n, result in zip(ns, briefs, strict=True):
                results[n] = result
        for n, (kind, article, language) in enumerate(items):
            if kind == "translate":
                results[n] = translate_one(article, translator, language)
        return results

    return run_batch


def page_html() -> tuple[str, str]:
    """The page and its Content-Security-Policy (hashes of its one script and one style)."""
    page = files("summarizer.serve").joinpath("page.html").read_text(encoding="utf-8")

    def digest(tag: str) -> str:
        found = re.search(rf"<{tag}>(.*?)</{tag}>", page, re.S)
        assert found, f"page.html has a <{tag}>"
        body = found[1]
        return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"

    csp = (
        f"default-src 'none'; script-src {digest('script')}; style-src {digest('style')}; "
        "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; "
        "frame-ancestors 'none'"
    )
    return page, csp


def create_app(translator, model: dict, config: ServeConfig | None = None) -> FastAPI:
    """The app around a loaded ``translator`` (a Translator or a Router); ``model``
    describes it (``engine.loaded_model``)."""
    config = config or ServeConfig()
    batcher = Batcher(
        make_runner(translator),
        max_batch=config.max_batch,
        max_wait=config.max_wait,
        max_queue=config.max_queue,
        timeout=config.timeout,
        workers=config.workers,
    )
    metrics = Metrics(lambda: batcher.depth)
    batcher.on_batch = metrics.batch.observe
    page, csp = page_html()

    @asynccontextmanager
    async def lifespan(_app):
        await batcher.start()
        try:
            yield
        finally:
            await batcher.stop()

    app = FastAPI(
        title="summarizer",
        version=__version__,
        description="Foreign-language news articles in, short English briefs out — every key "
        "figure checked. Response bodies follow the CLI's JSON output contract.",
        lifespan=lifespan,
    )
    app.state.batcher = batcher
    app.state.metrics = metrics

    if config.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(
            CORSMiddleware,
            allow_origins=config.cors_origins,
            allow_methods=["GET", "POST"],
            allow_headers=["content-type", "authorization", "x-api-key"],
        )

    @app.middleware("http")
    async def observe(request: Request, call_next):
        started = time.perf_counter()
        response = await call_next(request)
        route = request.scope.get("route")
        path = getattr(route, "path", "other")
        metrics.requests.labels(path, request.method, str(response.status_code)).inc()
        metrics.latency.labels(path).observe(time.perf_counter() - started)
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response

    # Outermost: refuse a large body before anything reads it.
    app.add_middleware(BodyLimit, limit=config.max_body)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request, err: RequestValidationError):
        return error(422, one_line(err))

    @app.exception_handler(BadArticle)
    async def bad_article(_request, err: BadArticle):
        return error(422, str(err))

    @app.exception_handler(Busy)
    async def busy(_request, _err):
        return error(503, "server busy: the queue is full, try again", **{"Retry-After": "1"})

    @app.exception_handler(TimeoutError)
    async def timed_out(_request, _err):
        return error(504, f"no answer within {config.timeout:g} s")

    async def authorised(request: Request) -> None:
        if not config.api_key:
            return
        given = request.headers.get("x-api-key") or ""
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() == "bearer":
            given = given or token.strip()
        if not hmac.compare_digest(given.encode(), config.api_key.encode()):
            raise Unauthorised

    @app.exception_handler(Unauthorised)
    async def unauthorised(_request, _err):
        return error(401, "missing or wrong API key", **{"WWW-Authenticate": "Bearer"})

    guarded = [Depends(authorised)]

    def answer(result, include_text: bool, article: Article):
        if isinstance(result, Failure):
            return failed(result)
        if include_text:
            result = {**result, "article_text": article.text}
        return result

    @app.post("/v1/brief", dependencies=guarded, summary="Brief one article")
    async def brief(body: BriefRequest):
        article = await read_off_loop(body, "article")
        settings = settings_of(body, source_language(body.source_language))
        result = await batcher.submit((brief_kind(body), article, settings))
        metrics.count_brief(result)
        return answer(result, body.include_text, article)

    @app.post(
        "/v1/briefs",
        dependencies=guarded,
        summary="Brief many articles, streamed back as JSON Lines in input order",
        response_class=StreamingResponse,
    )
    async def briefs(body: BriefsRequest):
        if len(body.articles) > config.max_articles:
            raise BadArticle(f"at most {config.max_articles} articles per request")
        ids = [a.id or f"article-{n}" for n, a in enumerate(body.articles, start=1)]
        seen = set()
        for article_id in ids:
            if article_id in seen:
                raise BadArticle(f"duplicate id '{article_id}'")
            seen.add(article_id)
        default_language = source_language(body.source_language)

        async def one(item: ArticleIn, article_id: str) -> dict:
            try:
                article = await read_off_loop(item, article_id)
                language = source_language(item.source_language) or default_language
            except BadArticle as err:
                return {"id": article_id, "error": str(err)}
            try:
                result = await batcher.submit(
                    (brief_kind(body), article, settings_of(body, language)), wait_for_room=True
                )
            except TimeoutError:
                return {"id": article_id, "error": f"no answer within {config.timeout:g} s"}
            metrics.count_brief(result)
            if isinstance(result, Failure):
                return {"id": article_id, "error": result.reason}
            return {**result, "article_text": article.text} if body.include_text else result

        async def lines():
            # A window of articles in flight: they batch with each other, and a huge request
            # does not fill the queue ahead of everyone else.
            window = max(1, config.max_batch)
            tasks: list[asyncio.Task] = []
            try:
                for item, article_id in zip(body.articles, ids, strict=True):
                    tasks.append(asyncio.create_task(one(item, article_id)))
                    if len(tasks) >= window:
                        yield json.dumps(await tasks.pop(0), ensure_ascii=False) + "\n"
                while tasks:
                    yield json.dumps(await tasks.pop(0), ensure_ascii=False) + "\n"
            finally:
                for task in tasks:
                    task.cancel()

        return StreamingResponse(lines(), media_type="application/x-ndjson")

    @app.post("/v1/figures", dependencies=guarded, summary="Every figure of an article")
    async def figures(body: FiguresRequest):
        article = await read_off_loop(body, "article")
        settings = Settings(source_language=source_language(body.source_language))
        try:
            return await asyncio.wait_for(
                run_in_threadpool(figures_of, article, settings), config.timeout
            )
        except (ValueError, SummarizerError) as err:
            raise BadArticle(str(err)) from None

    @app.post("/v1/translate", dependencies=guarded, summary="Full sentence-aligned translation")
    async def translate(body: TranslateRequest):
        article = await read_off_loop(body, "article")
        language = source_language(body.source_language)
        result = await batcher.submit(("translate", article, language))
        return failed(result) if isinstance(result, Failure) else result

    @app.get("/v1/models", dependencies=guarded, summary="The model loaded and the options")
    async def models():
        options = translator.describe() if hasattr(translator, "describe") else {}
        return {"translation": model, "options": options, "strategies": list(STRATEGIES)}

    @app.get("/healthz", summary="The process is up")
    async def healthz():
        return {"status": "ok"}

    @app.get("/readyz", summary="The model is loaded and requests are taken")
    async def readyz():
        if not batcher.running:
            return JSONResponse({"status": "starting"}, 503)
        return {"status": "ready", "model": model}

    @app.get("/metrics", dependencies=guarded, summary="Prometheus metrics")
    async def prometheus():
        return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def index():
        return HTMLResponse(page, headers={"Content-Security-Policy": csp})

    return app


class Unauthorised(Exception):
    pass


class BodyLimit:
    """ASGI middleware: a request body over ``limit`` bytes is answered 413 unread.

    Checks Content-Length first, then counts the bytes actually received (a chunked body has
    no length), buffering at most ``limit`` bytes before the app sees any.
    """

    def __init__(self, app, limit: int):
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.limit:
            return await self.too_large(scope, receive, send)
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return None
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                return await self.too_large(scope, receive, send)
            chunks.append(chunk)
            if not message.get("more_body"):
                break
        body, replayed = b"".join(chunks), False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        return await self.app(scope, replay, send)

    async def too_large(self, scope, receive, send):
        response = error(413, f"request body over {self.limit:,} bytes")
        await response(scope, receive, send)


def run(translator, config: ServeConfig) -> None:
    """Load the model now (failing before the port opens), then serve until interrupted."""
    import sys

    import uvicorn

    from summarizer.pipeline import STANDIN_WARNING
    from summarizer.serve.engine import loaded_model

    model = loaded_model(translator)
    if model["standin"]:
        print(f"summarizer: {STANDIN_WARNING}", file=sys.stderr)
    app = create_app(translator, model, config)
    print(
        f"summarizer: serving {model['name']} ({model['backend']}) on "
        f"http://{config.host}:{config.port}/ (API docs at /docs)",
        file=sys.stderr,
    )
    uvicorn.run(app, host=config.host, port=config.port, log_level="warning")
