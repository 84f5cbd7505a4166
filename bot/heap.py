"""Keeping the garbage collector and large deallocations off the event loop's back.

A full (generation-2) collection walks every tracked object while it holds the interpreter lock, in
whichever thread runs it: with a 10,000-fact base loaded that is 0.4–1 s in which the event loop cannot
run, so a worker thread alone does not help. The fact base and the engine built from it hold no
reference cycles (reference counting frees them), so:

- while a fact base is built (`building()`), only the young generations are collected, which is cheap,
  and a thread that holds the interpreter lock hands it on after 1 ms instead of 5 ms (the loop waits
  for the builder and the database thread in turn: 40–60 ms at 5 ms, 10–20 ms at 1 ms);
- after it is built, `gc.freeze()` moves everything alive into the permanent generation, which later
  collections never walk (objects there are still freed by reference counting when dropped);
- the previous fact base is freed piece by piece in a worker thread (`release`): dropping its last
  reference at once frees ~400,000 objects in one cascade that holds the lock for 30–80 ms.
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

NO_FULL_COLLECTION = 1 << 30
"""A generation-2 threshold that is never reached."""
SWITCH_INTERVAL = 0.001
"""Seconds a thread keeps the interpreter lock while others wait for it, during a build."""

_lock = threading.Lock()
_builds = 0
_thresholds: tuple[int, int, int] = gc.get_threshold()
_switch_interval = sys.getswitchinterval()


@contextmanager
def building() -> Iterator[None]:
    """No full collection while the block runs (young ones go on), a short switch interval; `gc.freeze()`
    what survived at its end.

    Nests and overlaps: thresholds and interval are restored when the last block ends.
    """
    global _builds, _thresholds, _switch_interval
    with _lock:
        if _builds == 0:
            _thresholds = gc.get_threshold()
            gc.set_threshold(_thresholds[0], _thresholds[1], NO_FULL_COLLECTION)
            _switch_interval = sys.getswitchinterval()
            sys.setswitchinterval(min(_switch_interval, SWITCH_INTERVAL))
        _builds += 1
    try:
        yield
    finally:
        with _lock:
            _builds -= 1
            # Also after a failed build: what it parsed (the parse cache keeps it) must not be walked by
            # the next full collection either.
            gc.freeze()
            if _builds == 0:
                gc.set_threshold(*_thresholds)
                sys.setswitchinterval(_switch_interval)


_ALWAYS_OPENED = 3  # levels below the handed-over objects whose containers are always taken apart
_BIG = 16  # deeper down, a container holding this many references is taken apart; smaller ones just go


def release(parts: list[object]) -> None:
    """Free what `parts` alone holds a little at a time, in the calling (worker) thread.

    The caller hands over its only references (the list, emptied here). Nothing is changed: a container
    only this function still holds has its contents put on the stack before it is dropped, so each drop
    frees little and the interpreter can switch threads in between. Objects others still use (a fact
    the new base shares) are only let go of.
    """
    stack: list[tuple[object, int]] = [(part, 0) for part in parts]
    parts.clear()
    while stack:
        item, depth = stack.pop()
        # Our references: `item` and getrefcount's argument. More: someone else keeps it alive.
        if gc.is_tracked(item) and sys.getrefcount(item) <= 2:
            inside = gc.get_referents(item)
            if depth < _ALWAYS_OPENED or len(inside) >= _BIG:
                stack.extend((child, depth + 1) for child in inside)
            del inside
        del item
