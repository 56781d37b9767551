"""Helpers for the serve tests: a tiny CT2 model, a slow fake translator, a sync API client."""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path

import httpx
import uvicorn


def tiny_ct2_model(tiny_marian: Path, folder: Path) -> Path:
    """The tiny stand-in converted to CTranslate2 (decodes in milliseconds: the tests stay fast)."""
    from summarizer.translate.ct2 import convert

    return convert(str(tiny_marian), out=folder / "tiny-ct2")


class FakeTranslator:
    """Echoes its input after ``delay`` seconds; records the size of every batch it gets."""

    name = "fake"
    revision = None
    backend = "fake"
    standin = False
    max_tokens = 10_000

    def __init__(self, delay: float = 0.0):
        self.delay = delay
        self.batches: list[int] = []
        self._lock = threading.Lock()

    def translate(self, sentences: list[str]) -> list[str]:
        with self._lock:
            self.batches.append(len(sentences))
        time.sleep(self.delay)
        return list(sentences)

    def count_tokens(self, text: str) -> int:
        return len(text.split()) + 1


MODEL_OF_FAKE = {"name": "fake", "revision": None, "backend": "fake", "standin": False}


class Api:
    """An app run in-process (lifespan included) behind httpx's ASGI transport, called from
    plain (sync) tests; ``gather`` sends requests concurrently."""

    def __init__(self, app):
        self.app = app
        self.loop = asyncio.new_event_loop()
        self._lifespan = app.router.lifespan_context(app)
        self.loop.run_until_complete(self._lifespan.__aenter__())
        self.client = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://testserver", timeout=60
        )

    def get(self, url: str, **kw) -> httpx.Response:
        return self.loop.run_until_complete(self.client.get(url, **kw))

    def post(self, url: str, **kw) -> httpx.Response:
        return self.loop.run_until_complete(self.client.post(url, **kw))

    def request(self, method: str, url: str, **kw) -> httpx.Response:
        return self.loop.run_until_complete(self.client.request(method, url, **kw))

    def gather(self, calls: list[tuple[str, dict]]) -> list[httpx.Response]:
        async def all_of():
            return await asyncio.gather(*(self.client.post(url, **kw) for url, kw in calls))

        return self.loop.run_until_complete(all_of())

    def close(self) -> None:
        self.loop.run_until_complete(self.client.aclose())
        self.loop.run_until_complete(self._lifespan.__aexit__(None, None, None))
        self.loop.close()


class ServerThread:
    """A real uvicorn server for ``app`` on 127.0.0.1 (a free port) in a thread."""

    def __init__(self, app):
        config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            assert self.thread.is_alive() and time.monotonic() < deadline, "server did not start"
            time.sleep(0.05)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}"

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(30)
