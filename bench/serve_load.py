"""Load on `summarizer serve` with the full-size stand-in: micro-batching vs one at a time.

The test suite's load test (tests/test_serve_load.py) runs the tiny stand-in, whose translation
costs almost nothing, so it mostly measures the German side and HTTP. This script runs the
same kind of load on a translator of the real size (opus-mt-de-en's shape, CT2 int8, random
weights, output as long as the source), where translation is most of a brief's time.

Usage: ``python bench/serve_load.py [--model DIR] [--requests 96] [--concurrency 16]
[--sequential 16] [--workers 1] [--max-wait 0.01]`` (``make standin`` builds the default model).
Prints one JSON object; nothing is asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEV = ROOT / "eval" / "data" / "dev.jsonl"
DEFAULT_MODEL = ROOT / "models" / "store" / "standin" / "opus-mt-de-en-ct2"


def short_articles() -> list[str]:
    """The first four sentences of each real dev-set article (a short wire item)."""
    texts = []
    for line in DEV.read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        ends = [m.end() for m in re.finditer(r"[.!?](?=\s+[A-ZÄÖÜ])", text)]
        short = text[: ends[3]] if len(ends) > 3 else text
        if len(short.split()) <= 150:
            texts.append(short)
    return texts


async def post_all(base: str, payloads: list[dict], concurrency: int) -> tuple[float, list]:
    import httpx

    gate = asyncio.Semaphore(concurrency)
    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, timeout=600, limits=limits) as client:

        async def one(payload):
            async with gate:
                started = time.perf_counter()
                response = await client.post("/v1/brief", json=payload)
                response.raise_for_status()
                return time.perf_counter() - started

        started = time.perf_counter()
        latencies = await asyncio.gather(*(one(p) for p in payloads))
        return time.perf_counter() - started, latencies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=str(DEFAULT_MODEL))
    parser.add_argument("--requests", type=int, default=96)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--sequential", type=int, default=16)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--max-wait", type=float, default=0.010)
    parser.add_argument("--beams", type=int, default=4)
    args = parser.parse_args()

    import uvicorn

    from summarizer.serve.app import ServeConfig, create_app
    from summarizer.serve.engine import loaded_model
    from summarizer.translate import load_translator

    translator = load_translator(args.model, beams=args.beams)
    config = ServeConfig(max_wait=args.max_wait, workers=args.workers, max_queue=1024)
    app = create_app(translator, loaded_model(translator), config)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}"
    texts = short_articles()
    payloads = [{"id": f"r{n}", "text": texts[n % len(texts)]} for n in range(args.requests)]
    warm = [{"id": f"w{n}", "text": t} for n, t in enumerate(texts)]
    load_avg = [os.getloadavg()]
    asyncio.run(post_all(base, warm, 1))
    seq_s, seq_lat = asyncio.run(post_all(base, payloads[: args.sequential], 1))
    load_avg.append(os.getloadavg())
    conc_s, conc_lat = asyncio.run(post_all(base, payloads, args.concurrency))
    load_avg.append(os.getloadavg())
    server.should_exit = True
    thread.join(30)

    def pct(values, q):
        return round(statistics.quantiles(values, n=100, method="inclusive")[q - 1], 3)

    print(
        json.dumps(
            {
                "model": str(args.model),
                "standin": translator.standin,
                "beams": args.beams,
                "workers": args.workers,
                "max_wait_s": args.max_wait,
                "requests": args.requests,
                "concurrency": args.concurrency,
                "p50_s": pct(conc_lat, 50),
                "p95_s": pct(conc_lat, 95),
                "throughput_rps": round(args.requests / conc_s, 2),
                "sequential_requests": args.sequential,
                "sequential_p50_s": round(statistics.median(seq_lat), 3),
                "sequential_rps": round(args.sequential / seq_s, 2),
                "speedup": round((args.requests / conc_s) / (args.sequential / seq_s), 2),
                "load_average": [[round(x, 2) for x in la] for la in load_avg],
            }
        )
    )


if __name__ == "__main__":
    main()
