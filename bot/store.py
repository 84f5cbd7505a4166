"""The SQLite store (aiosqlite, WAL): the fact base as last validated, and the question log for /stats."""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import aiosqlite

from bot.heap import release
from bot.knowledge.base import Changes, Document, KnowledgeBase, Snippet
from bot.knowledge.compact import Sharer
from bot.knowledge.errors import KnowledgeError
from bot.knowledge.models import Citation, Deal, Fact
from bot.knowledge.numbers import Number

SCHEMA_VERSION = 3
_PROBLEM_CHARS = 200  # of a validation error quoted in the one-line message
_SQLITE_HEADER = b"SQLite format 3\x00"
_DAMAGED_SUFFIX = ".damaged"
_QUICK_CHECK_ROWS = 1  # the first problem is enough to know the file is damaged
_WORKER_JOIN_SECONDS = 5.0

log = logging.getLogger(__name__)

DM = "DM"
"""The question log's `guild` for direct messages; questions from a server store its id as text.

Logs written before the column existed have NULL there: counted in the totals over every server, never
shown as one server's questions. No user ids are stored.
"""


def question_origin(guild_id: int | None) -> str:
    """The question log's `guild` for a message from this server (None: a DM)."""
    return DM if guild_id is None else str(guild_id)


_KNOWLEDGE_TABLES = ("citations", "snippets", "facts", "deals", "documents")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, language TEXT NOT NULL,
    published TEXT, source TEXT, text TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS deals (id TEXT PRIMARY KEY, position INTEGER NOT NULL, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS facts (
    id TEXT PRIMARY KEY, position INTEGER NOT NULL,
    deal TEXT NOT NULL REFERENCES deals(id), attribute TEXT NOT NULL, body TEXT NOT NULL,
    file TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS citations (
    fact TEXT NOT NULL REFERENCES facts(id), position INTEGER NOT NULL,
    document TEXT NOT NULL REFERENCES documents(id), quote TEXT NOT NULL,
    PRIMARY KEY (fact, position));
CREATE TABLE IF NOT EXISTS snippets (
    document TEXT NOT NULL REFERENCES documents(id), position INTEGER NOT NULL,
    text TEXT NOT NULL, numbers TEXT NOT NULL, PRIMARY KEY (document, position));
CREATE TABLE IF NOT EXISTS questions (
    id INTEGER PRIMARY KEY, asked_at TEXT NOT NULL DEFAULT (datetime('now')),
    question TEXT NOT NULL, normalized TEXT NOT NULL, answered INTEGER NOT NULL, guild TEXT);
CREATE INDEX IF NOT EXISTS questions_unanswered ON questions (answered, normalized);
CREATE INDEX IF NOT EXISTS facts_deal ON facts (deal);
CREATE INDEX IF NOT EXISTS citations_document ON citations (document);
"""


def _is_sqlite_file(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER
    except OSError:
        return False


def _is_damage(exc: sqlite3.Error) -> bool:
    """Corruption, as opposed to a locked, read-only or unreachable database."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or type(exc) is sqlite3.DatabaseError


def _move_aside(path: Path) -> Path:
    aside = path.with_name(path.name + _DAMAGED_SUFFIX)
    for suffix in ("", "-wal", "-shm"):
        part = path.with_name(path.name + suffix)
        if part.exists():
            part.replace(aside.with_name(aside.name + suffix))
    return aside


async def _worker_stopped(connection: aiosqlite.Connection) -> None:
    """aiosqlite stops the worker thread of a failed connect without waiting for it; wait here, or
    it reports to a closed event loop ("Event loop is closed") after the command has ended."""
    worker = getattr(connection, "_thread", connection)
    if isinstance(worker, threading.Thread) and worker.is_alive():
        await asyncio.to_thread(worker.join, _WORKER_JOIN_SECONDS)


class StoreDamaged(KnowledgeError):
    """The database holds a row that does not validate: it is only a cache of the files, rebuild it."""


class Store:
    """One connection; every write is one transaction, so readers see the old or the new fact base."""

    def __init__(self, path: Path, connection: aiosqlite.Connection) -> None:
        self.path = path
        self._db = connection

    @classmethod
    async def open(cls, path: Path) -> Store:
        """Open (or create) the database; a damaged one is moved aside and started afresh, since its
        knowledge is only a cache of the files (the question log goes with it, to `*.damaged`)."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise KnowledgeError(path, f"DATABASE_PATH folder cannot be created ({exc.strerror})") from None
        if path.is_dir():
            raise KnowledgeError(path, "DATABASE_PATH is a folder; it must name a database file")
        try:
            return await cls._open_checked(path)
        except sqlite3.DatabaseError as exc:
            if not _is_sqlite_file(path):  # not ours to move: someone else's file, or random bytes
                raise KnowledgeError(path, f"DATABASE_PATH is not a usable SQLite database ({exc})") from None
            aside = _move_aside(path)
            log.warning("DATABASE_PATH %s is damaged (%s): moved it to %s, rebuilding it", path, exc, aside)
        try:
            return await cls._open_checked(path)
        except sqlite3.Error as exc:
            raise KnowledgeError(path, f"DATABASE_PATH cannot be used ({exc})") from None

    @classmethod
    async def _open_checked(cls, path: Path) -> Store:
        """Connect, prepare and `quick_check`; damage raises sqlite3.DatabaseError, anything else
        (a read-only folder, no permission) a KnowledgeError."""
        connection = aiosqlite.connect(path, isolation_level=None)
        try:
            db = await connection
        except sqlite3.Error as exc:
            await _worker_stopped(connection)
            raise KnowledgeError(path, f"DATABASE_PATH cannot be opened ({exc})") from None
        store = cls(path, db)
        try:
            await store._prepare()
            rows = list(await db.execute_fetchall(f"PRAGMA quick_check({_QUICK_CHECK_ROWS})"))
            if not rows or rows[0][0] != "ok":
                found = " ".join(str(rows[0][0]).split()) if rows else "no result"
                raise sqlite3.DatabaseError(f"quick_check: {found[:_PROBLEM_CHARS]}")
        except sqlite3.Error as exc:
            await db.close()
            if _is_damage(exc):
                raise
            raise KnowledgeError(path, f"DATABASE_PATH cannot be used ({exc})") from None
        return store

    async def _prepare(self) -> None:
        await self._db.execute("PRAGMA foreign_keys = ON")
        await self._db.execute("PRAGMA journal_mode = WAL")
        version = await self._meta("schema_version")
        if version is not None and int(version) != SCHEMA_VERSION:
            # Knowledge tables are rebuilt from the files anyway; the question log is kept.
            for table in _KNOWLEDGE_TABLES:
                await self._db.execute(f"DROP TABLE IF EXISTS {table}")
        await self._db.executescript(_SCHEMA)
        await self._migrate_question_log()
        await self._db.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
        )

    async def _migrate_question_log(self) -> None:
        """Add the `guild` column to a question log from before it existed (kept, not rebuilt)."""
        columns = {row[1] for row in await self._db.execute_fetchall("PRAGMA table_info(questions)")}
        if "guild" not in columns:
            await self._db.execute("ALTER TABLE questions ADD COLUMN guild TEXT")
        await self._db.execute(
            "CREATE INDEX IF NOT EXISTS questions_guild ON questions (guild, answered, normalized)"
        )
        await self._db.execute("CREATE INDEX IF NOT EXISTS questions_asked_at ON questions (asked_at)")

    async def _meta(self, key: str) -> str | None:
        exists = await self._db.execute_fetchall(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'"
        )
        if not list(exists):
            return None
        rows = list(await self._db.execute_fetchall("SELECT value FROM meta WHERE key = ?", (key,)))
        return str(rows[0][0]) if rows else None

    async def close(self) -> None:
        await self._db.close()

    async def __aenter__(self) -> Store:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def has_knowledge(self) -> bool:
        rows = list(await self._db.execute_fetchall("SELECT count(*) FROM documents"))
        return bool(rows[0][0])

    async def replace(
        self, kb: KnowledgeBase, previous: KnowledgeBase | None = None, diff: Changes | None = None
    ) -> None:
        """Swap the fact base in one transaction; on any error nothing changes.

        With the previous fact base and the changes against it, only changed rows are written (a reload
        after editing one file of a 10,000-fact base); without, everything is rewritten. The rows are
        made in a worker thread (10,000 facts to JSON would stall the event loop), before the write
        transaction begins.
        """
        if previous is not None and diff is not None:
            written_documents = diff.added_documents + diff.changed_documents
            written_facts = diff.added_facts + diff.changed_facts
            rows = await asyncio.to_thread(_rows_for, kb, written_documents, written_facts, True)
        else:
            diff = None
            rows = await asyncio.to_thread(_rows_for, kb, list(kb.documents), list(kb.facts), False)
        try:
            await self._swap(rows, diff)
        finally:
            # 10,000 facts make ~100,000 row objects: freed in a thread, not in one drop on the loop.
            parts: list[object] = [rows]
            del rows
            asyncio.get_running_loop().run_in_executor(None, release, parts)

    async def _swap(self, rows: _Rows, diff: Changes | None) -> None:
        db = self._db
        await db.execute("BEGIN IMMEDIATE")
        try:
            if diff is None:
                for table in _KNOWLEDGE_TABLES:
                    await db.execute(f"DELETE FROM {table}")
                await self._write(rows)
            else:
                gone_docs = diff.removed_documents + diff.changed_documents
                gone_facts = diff.removed_facts + diff.changed_facts
                # Unchanged facts keep citing a rewritten document or deal: check references at COMMIT.
                await db.execute("PRAGMA defer_foreign_keys = ON")
                await db.executemany("DELETE FROM citations WHERE fact = ?", [(f,) for f in gone_facts])
                await db.executemany("DELETE FROM facts WHERE id = ?", [(f,) for f in gone_facts])
                await db.executemany("DELETE FROM snippets WHERE document = ?", [(d,) for d in gone_docs])
                await db.execute("DELETE FROM deals")
                await db.executemany("DELETE FROM documents WHERE id = ?", [(d,) for d in gone_docs])
                await self._write(rows)
                await db.executemany("UPDATE facts SET position = ?, file = ? WHERE id = ?", rows.positions)
            await db.execute("COMMIT")
        except BaseException:
            # A COMMIT cancelled at shutdown may have finished in the worker: nothing left to roll back.
            if db.in_transaction:
                await db.execute("ROLLBACK")
            raise

    async def _write(self, rows: _Rows) -> None:
        db = self._db
        await db.executemany("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?)", rows.documents)
        await db.executemany("INSERT INTO deals VALUES (?, ?, ?)", rows.deals)
        await db.executemany("INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?)", rows.facts)
        await db.executemany("INSERT INTO citations VALUES (?, ?, ?, ?)", rows.citations)
        await db.executemany("INSERT INTO snippets VALUES (?, ?, ?, ?)", rows.snippets)

    async def load(self) -> KnowledgeBase:
        """Read the fact base back in one read transaction (WAL: a snapshot even while a reload writes);
        the rows become models in a worker thread, which also frees them."""
        db = self._db
        await db.execute("BEGIN")
        try:
            fetched: list[list[Any]] = [
                list(await db.execute_fetchall(query))
                for query in (
                    "SELECT id, title, language, published, source, text FROM documents",
                    "SELECT body FROM deals ORDER BY position",
                    "SELECT id, body, file FROM facts ORDER BY position",
                    "SELECT fact, document, quote FROM citations ORDER BY fact, position",
                    "SELECT document, position, text, numbers FROM snippets ORDER BY document, position",
                )
            ]
        finally:
            await db.execute("COMMIT")
        try:
            return await asyncio.to_thread(_knowledge_from_fetched, fetched)
        except (ValueError, TypeError, KeyError) as exc:  # pydantic's ValidationError is a ValueError
            problem = " ".join(str(exc).split())[:_PROBLEM_CHARS] or type(exc).__name__
            raise StoreDamaged(self.path, f"a stored row does not validate ({problem})") from None

    async def record_question(
        self, question: str, normalized: str, answered: bool, guild: str = DM, keep_days: int | None = None
    ) -> None:
        """Log a question from `guild` (a server id, or DM); with `keep_days`, drop older entries."""
        await self._db.execute(
            "INSERT INTO questions (question, normalized, answered, guild) VALUES (?, ?, ?, ?)",
            (question, normalized, int(answered), guild),
        )
        if keep_days is not None:
            await self.prune_questions(keep_days)

    async def prune_questions(self, keep_days: int) -> int:
        """Delete questions asked more than `keep_days` days ago; returns how many went."""
        cursor = await self._db.execute(
            "DELETE FROM questions WHERE asked_at < datetime('now', ?)", (f"-{int(keep_days)} days",)
        )
        return max(cursor.rowcount, 0)

    async def question_stats(
        self, limit: int, guild: str | None = None
    ) -> tuple[int, int, list[tuple[str, int]]]:
        """Totals and the most frequent unanswered questions: of one `guild` (a server id or DM), or all."""
        where, args = ("WHERE guild = ?", (guild,)) if guild is not None else ("", ())
        rows = list(
            await self._db.execute_fetchall(
                f"SELECT count(*), coalesce(sum(answered), 0) FROM questions {where}", args
            )
        )
        asked, answered = int(rows[0][0]), int(rows[0][1])
        unanswered = "WHERE answered = 0" + (" AND guild = ?" if guild is not None else "")
        top = await self._db.execute_fetchall(
            f"SELECT min(question), count(*) AS n FROM questions {unanswered} "
            "GROUP BY normalized ORDER BY n DESC, max(id) DESC LIMIT ?",
            (*args, limit),
        )
        return asked, answered, [(str(q), int(n)) for q, n in top]


Rows = Iterable[sqlite3.Row | tuple[Any, ...]]


@dataclass(frozen=True, slots=True)
class _Rows:
    """The rows one `replace` writes, made before its transaction begins."""

    documents: list[tuple[Any, ...]]
    deals: list[tuple[Any, ...]]
    facts: list[tuple[Any, ...]]
    citations: list[tuple[Any, ...]]
    snippets: list[tuple[Any, ...]]
    positions: list[tuple[Any, ...]]


def _rows_for(kb: KnowledgeBase, document_ids: list[str], fact_ids: list[str], positions: bool) -> _Rows:
    """The rows of these documents and facts, all deals, and (`positions`) every fact's position and file."""
    documents = [kb.documents[d] for d in document_ids]
    facts = [kb.facts[f] for f in fact_ids]
    wanted = set(document_ids)
    position = {fact_id: i for i, fact_id in enumerate(kb.facts)}
    return _Rows(
        documents=[(d.id, d.title, d.language, d.published, d.source, d.text) for d in documents],
        deals=[(d.id, i, d.model_dump_json()) for i, d in enumerate(kb.deals.values())],
        facts=[
            (
                f.id,
                position[f.id],
                f.deal,
                f.attribute.value,
                f.model_dump_json(exclude={"citations"}),
                kb.origins.get(f.id, ""),
            )
            for f in facts
        ],
        citations=[(f.id, i, c.document, c.quote) for f in facts for i, c in enumerate(f.citations)],
        snippets=[
            (s.document, s.position, s.text, json.dumps([asdict(n) for n in s.numbers]))
            for s in kb.snippets
            if s.document in wanted
        ],
        positions=[(i, kb.origins.get(f, ""), f) for i, f in enumerate(kb.facts)] if positions else [],
    )


def _knowledge_from_fetched(fetched: list[list[Any]]) -> KnowledgeBase:
    """`_knowledge_from_rows` on the rows `fetched` alone holds; they are freed here, in this thread."""
    try:
        return _knowledge_from_rows(*fetched)
    finally:
        fetched.clear()


def _knowledge_from_rows(
    doc_rows: Rows, deal_rows: Rows, fact_rows: Rows, cite_rows: Rows, snippet_rows: Rows
) -> KnowledgeBase:
    """Validate every stored row as the files were validated; any failure raises (ValueError & co)."""
    citations: dict[str, list[dict[str, str]]] = {}
    for fact_id, document, quote in cite_rows:
        citations.setdefault(fact_id, []).append(Citation(document=document, quote=quote).model_dump())
    documents = {
        row[0]: Document(
            id=row[0], title=row[1], language=row[2], published=row[3], source=row[4], text=row[5]
        )
        for row in doc_rows
    }
    sharer = Sharer()
    deals = {deal.id: deal for deal in (Deal.model_validate_json(row[0]) for row in deal_rows)}
    for deal in deals.values():
        sharer.model(deal)
    facts = {}
    origins = {}
    for fact_id, body, origin in fact_rows:
        data = json.loads(body)
        data["citations"] = citations.get(fact_id, [])
        fact = facts[fact_id] = Fact.model_validate(data)
        sharer.model(fact)
        if origin:
            origins[fact_id] = sharer.string(origin)
    snippets = tuple(
        Snippet(row[0], row[1], row[2], tuple(Number(**n) for n in json.loads(row[3])))
        for row in snippet_rows
    )
    return KnowledgeBase(documents=documents, deals=deals, facts=facts, snippets=snippets, origins=origins)
