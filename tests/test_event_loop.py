"""The event loop stays free: heavy work runs in worker threads, questions are bounded, collections wait.

No timings here (they belong to `make bench`, scripts/loop_stalls.py): these tests pin down where the
work runs and what the helpers leave behind.
"""

from __future__ import annotations

import gc
import sys
import threading
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import bot.service
import bot.store
from bot.engine.engine import Engine
from bot.heap import NO_FULL_COLLECTION, SWITCH_INTERVAL, building, release
from bot.service import MAX_ANSWERED_CHARS, MAX_ANSWERED_NUMBERS, KnowledgeService, bounded_question
from bot.settings import Settings

NVIDIA_Q = "Wie viel investiert Nvidia in OpenAI?"
NUMBERS_QUESTION = ("Wie viel sind " + " ".join(f"{n},5 Mrd. und" for n in range(100, 1000)))[:3999] + "?"


def _settings(root: Path, db: Path) -> Settings:
    return Settings(_env_file=None, knowledge_dir=root, database_path=db, discord_token=None)


def _recording(threads: dict[str, set[str]], name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        threads.setdefault(name, set()).add(threading.current_thread().name)
        return function(*args, **kwargs)

    return wrapper


async def test_loading_validating_indexing_and_answering_run_off_the_loop(
    root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: dict[str, set[str]] = {}
    monkeypatch.setattr(Engine, "ask", _recording(threads, "Engine.ask", Engine.ask))
    for module, name in (
        (bot.service, "load_knowledge"),
        (bot.service, "Engine"),
        (bot.service, "release"),
        (bot.service, "_compare"),
        (bot.store, "_knowledge_from_fetched"),
        (bot.store, "_rows_for"),
    ):
        monkeypatch.setattr(module, name, _recording(threads, name, getattr(module, name)))

    config = _settings(root, tmp_path / "db.sqlite3")
    await (await KnowledgeService.open(config)).close()  # builds the database from the files
    service = await KnowledgeService.open(config)  # reads it back
    try:
        await service.reload()
        answer = await service.answer(NVIDIA_Q)
    finally:
        await service.close()
    assert answer.answered
    loop_thread = threading.current_thread().name
    assert set(threads) == {
        "load_knowledge",
        "Engine",
        "release",
        "_compare",
        "_knowledge_from_fetched",
        "_rows_for",
        "Engine.ask",
    }
    on_the_loop = sorted(name for name, seen in threads.items() if loop_thread in seen)
    assert not on_the_loop, f"run on the event loop's thread: {on_the_loop}"


async def test_answer_in_the_worker_thread_is_the_same_answer(root: Path, tmp_path: Path) -> None:
    service = await KnowledgeService.open(_settings(root, tmp_path / "db.sqlite3"))
    try:
        threaded = await service.answer(NVIDIA_Q)
        direct = service.ask(NVIDIA_Q)
    finally:
        await service.close()
    assert threaded.answered and threaded == direct


def test_a_question_is_bounded_in_length_and_numbers() -> None:
    short = "Wie viel investiert Nvidia 2025 in OpenAI, 100 oder 10 Milliarden?"
    assert bounded_question(short) == short
    bounded = bounded_question(NUMBERS_QUESTION)
    assert len(bounded) <= MAX_ANSWERED_CHARS
    assert bounded.startswith("Wie viel sind 100,5 Mrd.")
    assert len(bot.service._NUMBER.findall(bounded)) == MAX_ANSWERED_NUMBERS
    words = "wie viel " * 1000
    assert bounded_question(words) == words[:MAX_ANSWERED_CHARS]


async def test_a_question_of_4000_characters_of_numbers_is_answered(root: Path, tmp_path: Path) -> None:
    service = await KnowledgeService.open(_settings(root, tmp_path / "db.sqlite3"))
    try:
        answer = await service.answer(NUMBERS_QUESTION)
        assert not answer.answered  # nothing of the kind in the articles; and no crash, no hang
        assert (await service.answer(NVIDIA_Q)).answered
    finally:
        await service.close()


def test_building_defers_full_collections_and_freezes_what_it_built() -> None:
    thresholds, interval = gc.get_threshold(), sys.getswitchinterval()
    with building():
        assert gc.get_threshold() == (thresholds[0], thresholds[1], NO_FULL_COLLECTION)
        assert sys.getswitchinterval() == min(interval, SWITCH_INTERVAL)
        with building():  # nested (a warm-up and a reload may overlap): restored at the outer end
            pass
        assert gc.get_threshold()[2] == NO_FULL_COLLECTION
        built = [{"fact": i} for i in range(100)]
    assert gc.get_freeze_count() > 0 and built
    assert gc.get_threshold() == thresholds
    assert sys.getswitchinterval() == interval
    with pytest.raises(RuntimeError), building():
        raise RuntimeError("a failed build")
    assert gc.get_threshold() == thresholds and sys.getswitchinterval() == interval


class _Node:
    def __init__(self, children: list[Any]) -> None:
        self.children = children


def test_release_frees_what_only_it_holds_and_leaves_shared_objects_whole() -> None:
    shared = {"kept": [1, 2, 3]}
    alone = _Node([_Node([{"i": i, "shared": shared}]) for i in range(100)])
    probe = weakref.ref(alone)
    inner = weakref.ref(alone.children[50])
    parts: list[object] = [alone, {"big": list(range(1000))}]
    del alone
    release(parts)
    assert parts == []
    assert probe() is None and inner() is None
    assert shared == {"kept": [1, 2, 3]}
