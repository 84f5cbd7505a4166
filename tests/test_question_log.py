"""The question log: which server a question came from (or DM), per-server stats, retention, migration."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from fake_discord.fixtures import knowledge_database

from bot.service import KnowledgeService
from bot.settings import REPO_ROOT, Settings
from bot.store import DM, Store, question_origin

__all__ = ["knowledge_database"]

SERVER_A, SERVER_B = "1100000000000000100", "1100000000000000999"


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    async with await Store.open(tmp_path / "log.sqlite3") as opened:
        yield opened


def test_origin_of_a_question() -> None:
    assert question_origin(None) == DM == "DM"
    assert question_origin(1100000000000000100) == SERVER_A


async def test_stats_of_one_server_show_only_its_questions(store: Store) -> None:
    await store.record_question("Was kostet Siemens?", "was kostet siemens", False, SERVER_A)
    await store.record_question("Wie viel investiert Nvidia?", "nvidia", True, SERVER_A)
    await store.record_question("Geheimprojekt von Server B?", "geheimprojekt", False, SERVER_B)
    await store.record_question("Was kostet ein Döner?", "doener", False, DM)

    assert await store.question_stats(10, SERVER_A) == (2, 1, [("Was kostet Siemens?", 1)])
    assert await store.question_stats(10, SERVER_B) == (1, 0, [("Geheimprojekt von Server B?", 1)])
    assert await store.question_stats(10, DM) == (1, 0, [("Was kostet ein Döner?", 1)])
    asked, answered, top = await store.question_stats(10)
    assert (asked, answered, len(top)) == (4, 1, 3)
    assert await store.question_stats(10, "1") == (0, 0, [])


async def _age(store: Store, question: str, days: int) -> None:
    await store._db.execute(
        "UPDATE questions SET asked_at = datetime('now', ?) WHERE question = ?", (f"-{days} days", question)
    )


async def test_retention_prunes_questions_older_than_the_setting(store: Store) -> None:
    for question in ("alt", "mittel", "neu"):
        await store.record_question(question, question, False, SERVER_A)
    await _age(store, "alt", 91)
    await _age(store, "mittel", 89)
    await store.record_question("heute", "heute", False, SERVER_A, keep_days=90)
    _, _, top = await store.question_stats(10, SERVER_A)
    assert sorted(q for q, _ in top) == ["heute", "mittel", "neu"]
    assert await store.prune_questions(30) == 1  # "mittel"


async def test_a_log_from_before_the_server_column_is_kept_and_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as db:
        db.executescript(
            """
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            INSERT INTO meta VALUES ('schema_version', '2');
            CREATE TABLE questions (
                id INTEGER PRIMARY KEY, asked_at TEXT NOT NULL DEFAULT (datetime('now')),
                question TEXT NOT NULL, normalized TEXT NOT NULL, answered INTEGER NOT NULL);
            INSERT INTO questions (question, normalized, answered) VALUES ('Alte Frage?', 'alte frage', 0);
            """
        )
    db.close()
    for _ in range(2):  # migrating twice is a no-op
        async with await Store.open(path) as store:
            await store.record_question("Neue Frage?", "neue frage", False, SERVER_A)
            assert (await store.question_stats(10))[0] >= 2, "the old entries stay in the totals"
    async with await Store.open(path) as store:
        assert await store.question_stats(10, SERVER_A) == (2, 0, [("Neue Frage?", 2)])
        assert (await store.question_stats(10))[0] == 3


async def test_the_service_keeps_question_log_days(tmp_path: Path, knowledge_database: Path) -> None:
    db = tmp_path / "knowledge.sqlite3"
    db.write_bytes(knowledge_database.read_bytes())
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, knowledge_dir=REPO_ROOT / "knowledge", database_path=db, question_log_days=30
    )
    assert Settings(_env_file=None).question_log_days == 90  # type: ignore[call-arg]
    service = await KnowledgeService.open(settings)
    try:
        await service.record_question("Was kostet Siemens?", False, SERVER_A)
        await _age(service._store, "Was kostet Siemens?", 31)
        await service.record_question("Wie viel investiert Nvidia in OpenAI?", True)  # a DM
        assert (await service.stats(guild=SERVER_A)).asked == 0, "older than QUESTION_LOG_DAYS"
        assert (await service.stats(guild=DM)).asked == 1
    finally:
        await service.close()
