"""Micro-batching: requests that arrive within a few milliseconds share one translator batch.

Callers ``submit`` an item and await its result. A worker takes the first waiting item, gathers
more for up to ``max_wait`` seconds (or until ``max_batch`` items), and hands the batch to
``run_batch`` in a thread, so the event loop keeps accepting requests meanwhile. The wait only
happens under traffic: when the last two requests arrived further apart than ``max_wait``, a
request goes at once (waiting would only add latency to a lone request). A full queue
raises ``Busy`` (the API answers 503 with Retry-After); an item not answered within
``timeout`` raises ``TimeoutError`` (504) and is skipped if it has not started yet.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass


class Busy(Exception):
    """The queue is full: try again later."""


@dataclass
class _Job:
    item: object
    future: asyncio.Future


class Batcher:
    def __init__(
        self,
        run_batch: Callable[[list], list],
        *,
        max_batch: int = 16,
        max_wait: float = 0.010,
        max_queue: int = 256,
        timeout: float = 60.0,
        workers: int = 1,
        on_batch: Callable[[int], None] | None = None,
    ):
        self.run_batch = run_batch
        self.max_batch = max_batch
        self.max_wait = max_wait
        self.max_queue = max_queue
        self.timeout = timeout
        self.workers = workers
        self.on_batch = on_batch
        self._queue: asyncio.Queue[_Job] | None = None
        self._tasks: list[asyncio.Task] = []
        self._executor: ThreadPoolExecutor | None = None
        self._last_submit = float("-inf")
        self._gap = float("inf")
        """Seconds between the last two submits."""

    @property
    def running(self) -> bool:
        return bool(self._tasks) and not all(t.done() for t in self._tasks)

    @property
    def depth(self) -> int:
        return self._queue.qsize() if self._queue else 0

    async def start(self) -> None:
        self._queue = asyncio.Queue(self.max_queue)
        self._executor = ThreadPoolExecutor(self.workers, thread_name_prefix="summarizer-batch")
        self._tasks = [asyncio.create_task(self._work()) for _ in range(self.workers)]

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks = []
        if self._executor:
            self._executor.shutdown(wait=True, cancel_futures=True)

    async def submit(self, item, *, wait_for_room: bool = False):
        """The result of ``run_batch`` for ``item`` (its exception re-raised).

        ``wait_for_room``: wait while the queue is full instead of raising ``Busy`` (for the
        articles of one bulk request, which queue behind each other).
        """
        if self._queue is None or not self.running:
            raise RuntimeError("the batcher is not running")
        loop = asyncio.get_running_loop()
        now = loop.time()
        self._gap, self._last_submit = now - self._last_submit, now
        job = _Job(item, loop.create_future())
        if wait_for_room:
            await asyncio.wait_for(self._queue.put(job), self.timeout)
        else:
            try:
                self._queue.put_nowait(job)
            except asyncio.QueueFull:
                raise Busy from None
        # On timeout (or a client gone) wait_for cancels the job's future: the worker skips it
        # if it has not started yet.
        return await asyncio.wait_for(job.future, self.timeout)

    async def _work(self) -> None:
        loop = asyncio.get_running_loop()
        queue = self._queue
        assert queue is not None, "start() makes the queue"
        while True:
            batch = [await queue.get()]
            deadline = loop.time() + self.max_wait
            while len(batch) < self.max_batch:
                if not queue.empty():
                    batch.append(queue.get_nowait())
                    continue
                remaining = deadline - loop.time()
                if remaining <= 0 or self._gap > self.max_wait:
                    break
                try:
                    batch.append(await asyncio.wait_for(queue.get(), remaining))
                except TimeoutError:
                    break
            live = [job for job in batch if not job.future.done()]
            if not live:
                continue
            if self.on_batch:
                self.on_batch(len(live))
            try:
                results = await loop.run_in_executor(
                    self._executor, self.run_batch, [job.item for job in live]
                )
            except Exception as err:
                for job in live:
                    if not job.future.done():
                        job.future.set_exception(err)
                continue
            for job, result in zip(live, results, strict=True):
                if not job.future.done():
                    job.future.set_result(result)
