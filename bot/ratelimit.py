"""Rate limits that delay or say so, never drop silently: a burst per reader, a paced queue per channel.

Pure asyncio (no Discord), so they are tested on their own; the ask extension wires them to messages.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

Clock = Callable[[], float]
Job = Callable[[], Awaitable[None]]

_MAX_KEYS = 10_000
"""Above this many remembered keys, keys whose window has passed are forgotten (bounded memory)."""


class Burst:
    """At most `limit` events per key in any `window` seconds (a sliding window); `window` 0 = no limit."""

    def __init__(self, limit: int, window: float) -> None:
        self.limit = max(1, limit)
        self.window = window
        self._events: dict[int, deque[float]] = {}

    def allow(self, key: int, now: float) -> bool:
        """Count an event for `key` if it is within the limit; False (and nothing counted) if not."""
        if self.window <= 0:
            return True
        events = self._events.get(key)
        if events is None:
            if len(self._events) >= _MAX_KEYS:
                self._forget(now)
            events = self._events[key] = deque()
        while events and events[0] <= now - self.window:
            events.popleft()
        if len(events) >= self.limit:
            return False
        events.append(now)
        return True

    def _forget(self, now: float) -> None:
        self._events = {k: e for k, e in self._events.items() if e and e[-1] > now - self.window}


class Once:
    """True for a key at most once per `window` seconds (one ⏳ per reader, not one per message)."""

    def __init__(self, window: float) -> None:
        self.window = window
        self._last: dict[object, float] = {}

    def first(self, key: object, now: float) -> bool:
        last = self._last.get(key)
        if last is not None and now - last < self.window:
            return False
        if len(self._last) >= _MAX_KEYS:
            self._last = {k: t for k, t in self._last.items() if now - t < self.window}
        self._last[key] = now
        return True


@dataclass
class _Lane:
    jobs: deque[Job] = field(default_factory=deque)
    worker: asyncio.Task[None] | None = None
    sending: bool = False
    last: float = -math.inf


class Pacer:
    """Per key (a channel), run jobs one at a time, in order, at least `interval` seconds apart.

    Up to `queue_size` jobs wait their turn; `submit` refuses one more (the caller then tells the
    reader it is busy) instead of dropping it silently. With the defaults a waiting answer goes out
    within `queue_size × interval` seconds.
    """

    def __init__(self, interval: float, queue_size: int, *, clock: Clock = time.monotonic) -> None:
        self.interval = interval
        self.queue_size = queue_size
        self._clock = clock
        self._lanes: dict[int, _Lane] = {}
        self._closed = False

    def has_room(self, key: int) -> bool:
        """One job may be going out and `queue_size` more waiting."""
        lane = self._lanes.get(key)
        if lane is None:
            return True
        return len(lane.jobs) + int(lane.sending) <= self.queue_size

    def submit(self, key: int, job: Job) -> bool:
        """Queue `job` for `key`; False when the queue is full (nothing queued)."""
        if self._closed or not self.has_room(key):
            return False
        lane = self._lanes.get(key)
        if lane is None:
            if len(self._lanes) >= _MAX_KEYS:
                self._forget()
            lane = self._lanes[key] = _Lane()
        lane.jobs.append(job)
        if lane.worker is None:
            lane.worker = asyncio.get_running_loop().create_task(self._drain(lane), name=f"pacer-{key}")
        return True

    def waiting(self, key: int) -> int:
        lane = self._lanes.get(key)
        return len(lane.jobs) if lane else 0

    def idle(self, key: int) -> bool:
        """Nothing queued or being sent for `key`."""
        lane = self._lanes.get(key)
        return lane is None or (not lane.jobs and lane.worker is None)

    async def _drain(self, lane: _Lane) -> None:
        try:
            while lane.jobs:
                wait = lane.last + self.interval - self._clock()
                if wait > 0:
                    await asyncio.sleep(wait)
                job = lane.jobs.popleft()
                lane.sending = True
                try:
                    await job()
                except Exception:
                    log.exception("a paced reply failed")
                finally:
                    lane.sending = False
                    lane.last = self._clock()
        finally:
            lane.worker = None

    def _forget(self) -> None:
        now = self._clock()
        self._lanes = {
            key: lane
            for key, lane in self._lanes.items()
            if lane.jobs or lane.worker is not None or lane.last + self.interval > now
        }

    async def close(self) -> None:
        """Stop every lane; queued jobs are dropped (the bot is shutting down)."""
        self._closed = True
        workers = [lane.worker for lane in self._lanes.values() if lane.worker is not None]
        for worker in workers:
            worker.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
        self._lanes.clear()
