"""The micro-batcher alone: gathering, order, a full queue, timeouts, failures."""

import asyncio
import time

import pytest

from summarizer.serve.batching import Batcher, Busy


def run(coro):
    return asyncio.run(coro)


def doubling(sizes: list[int], delay: float = 0.0):
    def run_batch(items):
        sizes.append(len(items))
        time.sleep(delay)
        return [item * 2 for item in items]

    return run_batch


def test_concurrent_items_share_a_batch_and_get_their_own_results():
    sizes: list[int] = []

    async def main():
        batcher = Batcher(doubling(sizes), max_batch=16, max_wait=0.05)
        await batcher.start()
        try:
            return await asyncio.gather(*(batcher.submit(n) for n in range(10)))
        finally:
            await batcher.stop()

    assert run(main()) == [n * 2 for n in range(10)]
    assert sum(sizes) == 10
    assert len(sizes) < 10 and max(sizes) > 1


def test_a_lone_item_does_not_wait_for_company():
    sizes: list[int] = []

    async def main():
        batcher = Batcher(doubling(sizes), max_batch=16, max_wait=0.5)
        await batcher.start()
        try:
            times = []
            for n in range(3):
                started = time.perf_counter()
                assert await batcher.submit(n) == n * 2
                times.append(time.perf_counter() - started)
                await asyncio.sleep(0.6)  # further apart than the gathering window
            return times
        finally:
            await batcher.stop()

    assert max(run(main())) < 0.4  # never the 0.5 s window
    assert sizes == [1, 1, 1]


def test_items_under_traffic_wait_for_the_window():
    sizes: list[int] = []

    async def main():
        batcher = Batcher(doubling(sizes, delay=0.05), max_batch=16, max_wait=0.2)
        await batcher.start()
        try:
            tasks = [asyncio.create_task(batcher.submit(0))]
            for n in range(1, 6):  # one every 20 ms: traffic, inside the 0.2 s window
                await asyncio.sleep(0.02)
                tasks.append(asyncio.create_task(batcher.submit(n)))
            return await asyncio.gather(*tasks)
        finally:
            await batcher.stop()

    assert run(main()) == [0, 2, 4, 6, 8, 10]
    assert len(sizes) < 6 and max(sizes) > 1


def test_batches_never_exceed_max_batch():
    sizes: list[int] = []

    async def main():
        batcher = Batcher(doubling(sizes), max_batch=3, max_wait=0.05)
        await batcher.start()
        try:
            return await asyncio.gather(*(batcher.submit(n) for n in range(10)))
        finally:
            await batcher.stop()

    assert run(main()) == [n * 2 for n in range(10)]
    assert max(sizes) <= 3 and sum(sizes) == 10


def test_a_full_queue_raises_busy():
    sizes: list[int] = []

    async def main():
        batcher = Batcher(doubling(sizes, delay=0.3), max_batch=1, max_wait=0, max_queue=1)
        await batcher.start()
        try:
            first = asyncio.create_task(batcher.submit(1))
            await asyncio.sleep(0.05)  # the worker has taken it and is busy
            second = asyncio.create_task(batcher.submit(2))  # waits in the queue
            await asyncio.sleep(0)
            with pytest.raises(Busy):
                await batcher.submit(3)
            return await first, await second
        finally:
            await batcher.stop()

    assert run(main()) == (2, 4)


def test_bulk_submit_waits_for_room_instead_of_busy():
    sizes: list[int] = []

    async def main():
        batcher = Batcher(doubling(sizes, delay=0.02), max_batch=1, max_wait=0, max_queue=1)
        await batcher.start()
        try:
            return await asyncio.gather(*(batcher.submit(n, wait_for_room=True) for n in range(5)))
        finally:
            await batcher.stop()

    assert run(main()) == [0, 2, 4, 6, 8]


def test_a_timed_out_item_raises_and_is_skipped_if_not_started():
    sizes: list[int] = []

    async def main():
        batcher = Batcher(doubling(sizes, delay=0.3), max_batch=1, max_wait=0, timeout=0.1)
        await batcher.start()
        try:
            first = asyncio.create_task(batcher.submit(1))
            await asyncio.sleep(0.01)
            with pytest.raises(TimeoutError):
                await batcher.submit(2)  # queued behind a 0.3 s batch: gives up at 0.1 s
            with pytest.raises(TimeoutError):
                await first  # its batch outlasts the timeout too
            await asyncio.sleep(0.4)
        finally:
            await batcher.stop()

    run(main())
    assert sizes == [1]  # item 2 was never run


def test_a_failing_batch_fails_its_items_and_the_worker_goes_on():
    calls = []

    def run_batch(items):
        calls.append(list(items))
        if "bad" in items:
            raise ValueError("boom")
        return items

    async def main():
        batcher = Batcher(run_batch, max_batch=4, max_wait=0.02)
        await batcher.start()
        try:
            results = await asyncio.gather(
                batcher.submit("bad"), batcher.submit("x"), return_exceptions=True
            )
            after = await batcher.submit("later")
            return results, after
        finally:
            await batcher.stop()

    results, after = run(main())
    assert all(isinstance(r, ValueError) for r in results)
    assert after == "later"


def test_submit_before_start_is_refused():
    with pytest.raises(RuntimeError):
        run(Batcher(lambda items: items).submit(1))
