"""The rate limits on their own: a sliding burst per reader, one sign per window, a paced ordered queue."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Awaitable, Callable

from bot.ratelimit import Burst, Once, Pacer


def test_burst_allows_a_few_quick_questions_then_refuses_until_the_window_slides() -> None:
    burst = Burst(limit=5, window=30)
    assert all(burst.allow(1, t) for t in (0, 1, 2, 3, 4))
    assert not burst.allow(1, 5), "the sixth question within 30 s"
    assert burst.allow(2, 5), "another reader has their own burst"
    assert not burst.allow(1, 29.9)
    assert burst.allow(1, 30.0), "the first question left the window"
    assert not burst.allow(1, 30.5)


def test_burst_with_no_window_never_refuses_and_forgets_old_readers() -> None:
    assert all(Burst(1, 0).allow(1, t) for t in range(100))
    burst = Burst(1, 1)
    for reader in range(20_001):
        burst.allow(reader, float(reader))
    assert len(burst._events) <= 10_001


def test_once_per_window() -> None:
    once = Once(10)
    assert once.first("a", 0) and not once.first("a", 9.9) and once.first("b", 1)
    assert once.first("a", 10)


async def test_pacer_sends_in_order_spaced_and_refuses_past_its_queue() -> None:
    loop = asyncio.get_running_loop()
    pacer = Pacer(interval=0.05, queue_size=2)
    sent: list[tuple[int, float]] = []

    def job(n: int) -> Callable[[], Awaitable[None]]:
        async def send() -> None:
            sent.append((n, loop.time()))

        return send

    assert pacer.submit(7, job(1))  # goes out at once
    assert pacer.submit(7, job(2)) and pacer.submit(7, job(3))  # wait their turn
    assert not pacer.has_room(7) and not pacer.submit(7, job(4))
    assert pacer.submit(8, job(5)), "another channel has its own queue"
    for _ in range(100):
        if pacer.idle(7) and pacer.idle(8):
            break
        await asyncio.sleep(0.01)
    assert [n for n, _ in sent if n != 5] == [1, 2, 3]
    times = [t for n, t in sent if n != 5]
    assert all(b - a >= 0.045 for a, b in itertools.pairwise(times))
    await asyncio.sleep(0.06)
    assert pacer.has_room(7) and pacer.waiting(7) == 0
    await pacer.close()
    assert not pacer.submit(7, job(6))


async def test_a_failing_job_does_not_stop_the_lane() -> None:
    pacer = Pacer(interval=0, queue_size=3)
    done: list[int] = []

    async def broken() -> None:
        raise RuntimeError("send failed")

    async def fine() -> None:
        done.append(1)

    pacer.submit(1, broken)
    pacer.submit(1, fine)
    for _ in range(100):
        if pacer.idle(1):
            break
        await asyncio.sleep(0.01)
    assert done == [1]
    await pacer.close()
