"""A reload in one process reaches every other (bot/knowledge_version.py), without Discord.

Each "process" is a KnowledgeService with its own database over the same knowledge folder.
"""

from __future__ import annotations

import json
import logging
import shutil
from collections.abc import AsyncIterator, Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest
from fake_discord.fixtures import knowledge_database

from bot import cli
from bot.knowledge.errors import RemovalRefused
from bot.knowledge_version import (
    VERSION_FILE,
    Follower,
    content_hash,
    read_applied,
    read_version,
    reload_everywhere,
)
from bot.service import KnowledgeService
from bot.settings import Settings

__all__ = ["knowledge_database"]

ARTICLES = Path(__file__).resolve().parent / "data" / "articles"
NEW_ARTICLE = "010_kaneda_polarhall"
NEW_QUESTION = "Wie hoch ist das Volumen des Vertrags zwischen Kaneda und Polarhall?"

Opener = Callable[[str], Coroutine[Any, Any, KnowledgeService]]


@pytest.fixture
async def open_process(tmp_path: Path, root: Path, knowledge_database: Path) -> AsyncIterator[Opener]:
    """Opens a service named `name` (its own database, copied from the prebuilt one) over `root`."""
    opened: list[KnowledgeService] = []

    async def open_one(name: str) -> KnowledgeService:
        database = tmp_path / name / "knowledge.sqlite3"
        if not database.exists():
            database.parent.mkdir(parents=True)
            shutil.copyfile(knowledge_database, database)
        settings = Settings(_env_file=None, knowledge_dir=root, database_path=database)  # type: ignore[call-arg]
        service = await KnowledgeService.open(settings)
        opened.append(service)
        return service

    yield open_one
    for service in opened:
        await service.close()


def add_article(root: Path) -> None:
    shutil.copyfile(ARTICLES / f"{NEW_ARTICLE}.txt", root / "documents" / f"{NEW_ARTICLE}.txt")


async def test_a_reload_in_one_process_is_followed_by_another(open_process: Opener, root: Path) -> None:
    here, there = await open_process("here"), await open_process("there")
    follower = Follower(there, there.settings)
    assert await follower.check() is None, "no reload announced yet"

    add_article(root)
    report = await reload_everywhere(here, here.settings)
    assert report.added_documents == [NEW_ARTICLE]
    version = read_version(root)
    assert version is not None and version.files == content_hash(root)
    assert read_applied(here.settings) == version.id
    assert here.ask(NEW_QUESTION).answered and not there.ask(NEW_QUESTION).answered

    followed = await follower.check()
    assert followed is not None and followed.added_documents == [NEW_ARTICLE]
    assert there.ask(NEW_QUESTION).answered
    assert read_applied(there.settings) == version.id
    assert await follower.check() is None, "followed once"
    assert await Follower(here, here.settings).check() is None, "its own reload is not repeated"


async def test_a_process_that_was_down_catches_up_when_it_starts(open_process: Opener, root: Path) -> None:
    here = await open_process("here")
    add_article(root)
    await reload_everywhere(here, here.settings)
    later = await open_process("started-later")  # its database predates the reload
    assert not later.ask(NEW_QUESTION).answered
    assert await Follower(later, later.settings).check() is not None
    assert later.ask(NEW_QUESTION).answered


async def test_a_confirmed_removal_is_followed_and_a_later_edit_is_checked_as_usual(
    open_process: Opener, root: Path, caplog: pytest.LogCaptureFixture
) -> None:
    here, there = await open_process("here"), await open_process("there")
    follower = Follower(there, there.settings)
    (root / "facts" / "nvidia-openai.yaml").unlink()
    with pytest.raises(RemovalRefused):
        await reload_everywhere(here, here.settings)
    assert read_version(root) is None, "a refused reload announces nothing"
    await reload_everywhere(here, here.settings, allow_removals=True)
    assert await follower.check() is not None, "the same files: the removal was confirmed"
    assert "nvidia-openai-investment" not in there.kb.facts

    # Files edited after a reload are not what it validated: the follower checks them as usual.
    third = await open_process("third")
    gpu_facts = {fact for fact in third.kb.facts if fact.startswith("openai-gpus")}
    assert gpu_facts
    (root / "facts" / "openai-gpus.yaml").write_text("facts: []\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="bot.knowledge_version"):
        assert await Follower(third, third.settings).check() is None
    assert any("does not load here" in r.getMessage() for r in caplog.records)
    assert gpu_facts <= set(third.kb.facts), "the old facts stay live"
    assert await Follower(third, third.settings).check() is None, "not retried until the next reload"


def test_the_hash_covers_the_knowledge_files_only(root: Path) -> None:
    first = content_hash(root)
    (root / VERSION_FILE).write_text("{}", encoding="utf-8")
    (root / "notes.md").write_text("not knowledge", encoding="utf-8")
    (root / "documents" / "draft.txt~").write_text("an editor's backup", encoding="utf-8")
    assert content_hash(root) == first
    add_article(root)
    second = content_hash(root)
    assert second != first
    (root / "documents" / f"{NEW_ARTICLE}.txt").write_text("changed", encoding="utf-8")
    assert content_hash(root) not in (first, second)


def test_a_garbled_version_file_is_read_as_none(root: Path) -> None:
    (root / VERSION_FILE).write_text('{"id": ', encoding="utf-8")
    assert read_version(root) is None


def test_reload_on_the_command_line_announces_it(
    tmp_path: Path, root: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KNOWLEDGE_DIR", str(root))
    monkeypatch.setenv("DATABASE_PATH", str(tmp_path / "cli" / "knowledge.sqlite3"))
    assert cli.main(["reload"]) == 0
    version = json.loads((root / VERSION_FILE).read_text(encoding="utf-8"))
    assert set(version) == {"id", "files", "at", "by"} and version["files"] == content_hash(root)
    assert "Reloaded" in capsys.readouterr().out
