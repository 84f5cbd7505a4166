"""The worst event-loop stall per phase, measured by a 1 ms ticker task on a generated 10,000-fact base.

A Discord bot that blocks its loop misses heartbeats and interactions (an interaction must be
acknowledged within 3 s). A ticker task sleeps 1 ms at a time; the longest gap between two ticks beyond
that 1 ms is the phase's worst stall. Phases: a start on an empty and on an existing database, the
background warm-up, reloads (nothing changed, one file edited, the first after a start), and questions
asked the way the Discord shell asks them (the labelled ones, the generated ones, and a 4,000-character
question of numbers). The longest full (generation-2) garbage collection of each phase is shown beside
it: a collection holds the interpreter lock, whichever thread runs it. The idle phase shows what the
machine itself adds (other processes on its cores).

Prints, per phase, the median and the worst of the runs' worst stalls with the 50 ms target beside them
(no assertions: targets are checked by reading the figures).
Usage: python scripts/loop_stalls.py [--facts 10000] [--runs 3]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import re
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from bench import generate  # scripts/ is on the path when this runs as a script

from bot.service import KnowledgeService
from bot.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
TARGET_MS = 50.0
TICK = 0.001
IDLE = 2.0  # seconds of the idle phase
SETTLE = 0.02  # seconds of idle loop between phases, so a gap is counted in the phase it ends in
NUMBERS_QUESTION = ("Wie viel sind " + " ".join(f"{n},5 Mrd. und" for n in range(100, 1000)))[:3999] + "?"


class Ticker:
    """A task that ticks every millisecond and keeps the longest gap, and the longest full GC pass."""

    def __init__(self) -> None:
        self.worst = 0.0
        self.worst_gc = 0.0
        self._gc_started = 0.0
        self._task: asyncio.Task[None] | None = None

    def _on_gc(self, phase: str, info: dict[str, Any]) -> None:
        if info.get("generation") != 2:
            return
        if phase == "start":
            self._gc_started = time.perf_counter()
        else:
            self.worst_gc = max(self.worst_gc, time.perf_counter() - self._gc_started)

    async def _tick(self) -> None:
        last = time.perf_counter()
        while True:
            await asyncio.sleep(TICK)
            now = time.perf_counter()
            self.worst = max(self.worst, now - last - TICK)
            last = now

    async def __aenter__(self) -> Ticker:
        gc.callbacks.append(self._on_gc)
        self._task = asyncio.get_running_loop().create_task(self._tick())
        await asyncio.sleep(SETTLE)
        return self

    async def __aexit__(self, *exc: object) -> None:
        gc.callbacks.remove(self._on_gc)
        if self._task is not None:
            self._task.cancel()

    @asynccontextmanager
    async def phase(
        self, name: str, results: dict[str, list[tuple[float, float, float]]]
    ) -> AsyncIterator[None]:
        await asyncio.sleep(SETTLE)
        self.worst = self.worst_gc = 0.0
        started = time.perf_counter()
        yield
        seconds = time.perf_counter() - started
        await asyncio.sleep(SETTLE)
        results.setdefault(name, []).append((self.worst * 1000, self.worst_gc * 1000, seconds))


async def ask(service: KnowledgeService, question: str) -> None:
    """As the Discord shell asks (in the service's answer thread), then a pause like a reader's."""
    await service.answer(question)
    await asyncio.sleep(0.002)


async def one_run(root: Path, database: Path, questions: dict[str, list[str]], run: int) -> dict[str, Any]:
    results: dict[str, list[tuple[float, float, float]]] = {}
    settings = Settings(_env_file=None, knowledge_dir=root, database_path=database)  # type: ignore[call-arg]
    edited = sorted((root / "facts").glob("*.yaml"))[0]
    async with Ticker() as ticker:
        async with ticker.phase("idle (this machine's own noise)", results):
            await asyncio.sleep(IDLE)
        async with ticker.phase("start, empty database (first build)", results):
            service = await KnowledgeService.open(settings)
        await service.close()
        del service  # a stopped bot's service goes at exit; freeing it here is no phase's stall
        await asyncio.sleep(SETTLE)
        async with ticker.phase("start, existing database", results):
            service = await KnowledgeService.open(settings)
        try:
            async with ticker.phase("background warm-up", results):
                task = service.start_warm_up()
                if task is not None:
                    await task
            async with ticker.phase("reload, nothing changed", results):
                await service.reload()
            text = edited.read_text(encoding="utf-8")
            edited.write_text(
                re.sub(r"Firma00000( \(edit \d+\))? invests", f"Firma00000 (edit {run}) invests", text)
            )
            async with ticker.phase("reload, one file edited", results):
                report = await service.reload()
            assert report.changed_facts, "the edit must show up as a changed fact"
            for label, batch in questions.items():
                async with ticker.phase(label, results):
                    for question in batch:
                        await ask(service, question)
        finally:
            await service.close()
        del service
        await asyncio.sleep(SETTLE)
        service = await KnowledgeService.open(settings)
        try:
            async with ticker.phase("reload, first after a start (every file parsed)", results):
                await service.reload()
        finally:
            await service.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--facts", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    labelled = [
        json.loads(line)["q"]
        for path in sorted((ROOT / "tests" / "data").glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    runs: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "knowledge"
        generated = generate(root, args.facts, deals_with_facts=args.facts > 10_000)
        questions = {
            f"questions: {len(labelled)} labelled (no deal of the base named)": labelled,
            f"questions: {len(generated)} naming a generated deal": generated,
            f"question: {len(NUMBERS_QUESTION):,} characters of numbers": [NUMBERS_QUESTION],
        }
        for run in range(args.runs):
            database = Path(tmp) / f"run{run}.sqlite3"
            runs.append(asyncio.run(one_run(root, database, questions, run)))
            print(f"run {run + 1}/{args.runs} done", file=sys.stderr, flush=True)
    print(
        f"\nWorst event-loop stall per phase, {args.facts:,} facts, 1 ms ticker, {args.runs} runs "
        f"(median and worst of the runs; target < {TARGET_MS:.0f} ms)"
    )
    width = max(len(name) for name in runs[0])
    print(f"{'phase':<{width}}  {'median':>8}  {'worst':>8}  target  {'full GC':>8}  {'took':>7}")
    for name in runs[0]:
        samples = [sample for run in runs for sample in run[name]]
        stalls = [s[0] for s in samples]
        worst = max(stalls)
        verdict = "ok" if worst < TARGET_MS else "OVER"
        print(
            f"{name:<{width}}  {statistics.median(stalls):6.1f}ms  {worst:6.1f}ms  "
            f"<{TARGET_MS:.0f}ms {verdict:<4}  {max(s[1] for s in samples):6.1f}ms  "
            f"{statistics.median(s[2] for s in samples):6.2f}s"
        )


if __name__ == "__main__":
    main()
