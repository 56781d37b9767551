"""Load test: a real uvicorn server on 127.0.0.1, 300 requests from 32 concurrent clients.

Asserted: no error, nothing lost or doubled (every id answered exactly once), requests really
shared translator batches. Printed (not asserted: timings depend on the machine): p50/p95
latency and throughput against the same articles sent one at a time. Set
SUMMARIZER_LOAD_REPORT=FILE to also get the figures as JSON (BENCHMARKS.md quotes them).
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import statistics
import time

import httpx
import pytest

from summarizer.serve.app import ServeConfig, create_app
from summarizer.serve.engine import loaded_model
from summarizer.translate import load_translator
from tests.conftest import DEV
from tests.serve_support import ServerThread, tiny_ct2_model

REQUESTS = 300
CONCURRENCY = 32
SEQUENTIAL = 40


def short_articles() -> list[str]:
    """The first four sentences of each real dev-set article (a short wire item)."""
    texts = []
    for line in DEV.read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        ends = [m.end() for m in re.finditer(r"[.!?](?=\s+[A-ZÄÖÜ])", text)]
        short = text[: ends[3]] if len(ends) > 3 else text
        if len(short.split()) <= 150:  # not the torture record without sentence breaks
            texts.append(short)
    return texts


async def timed_post(client: httpx.AsyncClient, payload: dict) -> tuple[float, httpx.Response]:
    started = time.perf_counter()
    response = await client.post("/v1/brief", json=payload)
    return time.perf_counter() - started, response


async def load(base: str, payloads: list[dict]) -> tuple[float, list]:
    gate = asyncio.Semaphore(CONCURRENCY)
    limits = httpx.Limits(max_connections=CONCURRENCY)
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as client:

        async def one(payload):
            async with gate:
                return await timed_post(client, payload)

        started = time.perf_counter()
        results = await asyncio.gather(*(one(p) for p in payloads))
        return time.perf_counter() - started, results


async def one_at_a_time(base: str, payloads: list[dict]) -> tuple[float, list]:
    async with httpx.AsyncClient(base_url=base, timeout=120) as client:
        started = time.perf_counter()
        results = [await timed_post(client, p) for p in payloads]
        return time.perf_counter() - started, results


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


@pytest.mark.enable_socket
def test_load_nothing_lost_and_batched(tiny_marian, tmp_path):
    model = tiny_ct2_model(tiny_marian, tmp_path)
    translator = load_translator(str(model), beams=1)
    app = create_app(translator, loaded_model(translator), ServeConfig(max_queue=512))
    texts = short_articles()
    assert len(texts) >= 5
    payloads = [{"id": f"load-{n}", "text": texts[n % len(texts)]} for n in range(REQUESTS)]
    sequential = [{"id": f"seq-{n}", "text": texts[n % len(texts)]} for n in range(SEQUENTIAL)]

    with ServerThread(app) as base:
        # Warm-up (language detector, splitter models) outside the timings.
        asyncio.run(one_at_a_time(base, sequential[: len(texts)]))
        seq_seconds, seq_results = asyncio.run(one_at_a_time(base, sequential))
        load_seconds, results = asyncio.run(load(base, payloads))
        metrics = httpx.get(f"{base}/metrics").text

    statuses = [r.status_code for _, r in results]
    assert statuses == [200] * REQUESTS, sorted(set(statuses))
    answered = [r.json()["id"] for _, r in results]
    assert sorted(answered) == sorted(p["id"] for p in payloads)  # each id once, none lost
    assert all(r.status_code == 200 for _, r in seq_results)
    batches = float(re.search(r"summarizer_batch_size_count (\S+)", metrics)[1])
    jobs = float(re.search(r"summarizer_batch_size_sum (\S+)", metrics)[1])
    assert jobs == REQUESTS + SEQUENTIAL + len(texts)
    assert batches < jobs  # concurrent requests shared batches

    latencies = [seconds for seconds, _ in results]
    seq_latencies = [seconds for seconds, _ in seq_results]
    figures = {
        "requests": REQUESTS,
        "concurrency": CONCURRENCY,
        "p50_s": round(percentile(latencies, 50), 3),
        "p95_s": round(percentile(latencies, 95), 3),
        "throughput_rps": round(REQUESTS / load_seconds, 1),
        "sequential_requests": SEQUENTIAL,
        "sequential_p50_s": round(statistics.median(seq_latencies), 3),
        "sequential_rps": round(SEQUENTIAL / seq_seconds, 1),
        "speedup": round((REQUESTS / load_seconds) / (SEQUENTIAL / seq_seconds), 2),
        "batches": int(batches),
        "mean_batch": round(jobs / batches, 1),
        "load_s": round(load_seconds, 2),
        "cpus": os.cpu_count(),
    }
    print("\nload test (tiny stand-in, CT2):", json.dumps(figures))
    if os.environ.get("SUMMARIZER_LOAD_REPORT"):
        with open(os.environ["SUMMARIZER_LOAD_REPORT"], "w") as fh:
            json.dump(figures, fh, indent=2)
