"""The core the shells use: one live fact base (store + engine), reload, summaries, question log.

Questions are answered from an immutable in-memory snapshot; a reload validates and builds a whole new
snapshot, writes it to SQLite in one transaction, then swaps the reference. A question therefore sees
the old or the new fact base, never a mix, and a failed reload changes nothing.

The event loop is never blocked for long (a Discord bot must keep its heartbeat and answer an
interaction within 3 s): parsing, validation, index building and turning stored rows into models run in
worker threads and only the finished snapshot is swapped in on the loop; full garbage collections wait
until a load is done, which then freezes what it built (`bot.heap`); the old snapshot is freed piece by
piece in a thread; and `answer` runs each question in a worker thread, bounded in length and numbers.
"""

from __future__ import annotations

import asyncio
import logging
import re
import sqlite3
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from pydantic import BaseModel, Field
from rapidfuzz import fuzz

from bot.answer import Answer, Context
from bot.engine.engine import Engine
from bot.engine.text import normalize
from bot.heap import building, release
from bot.knowledge.base import Changes, KnowledgeBase, changes, wiped_files
from bot.knowledge.errors import KnowledgeError, RemovalRefused
from bot.knowledge.loader import ParseCache, load_knowledge
from bot.settings import Settings
from bot.store import DM, Store, StoreDamaged
from bot.summaries import DealSummary, DocumentInfo, deal_summary, document_info

log = logging.getLogger(__name__)

ALLOW_REMOVALS_HINT = "python -m bot reload --allow-removals"

# The most of one question the engine reads: a real question is far shorter, and 4,000 characters of
# numbers took the engine over 100 ms (the Discord shell allows MAX_QUESTION_LENGTH up to 4,000).
MAX_ANSWERED_CHARS = 1_000
MAX_ANSWERED_NUMBERS = 12
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*")


def bounded_question(question: str) -> str:
    """The part of `question` that is answered: its first MAX_ANSWERED_CHARS characters, cut before
    the number after the first MAX_ANSWERED_NUMBERS."""
    text = question[:MAX_ANSWERED_CHARS]
    for count, match in enumerate(_NUMBER.finditer(text)):
        if count == MAX_ANSWERED_NUMBERS:
            return text[: match.start()].rstrip()
    return text


class ReloadReport(BaseModel):
    documents: int
    deals: int
    facts: int
    snippets: int
    added_facts: list[str] = Field(default_factory=list)
    removed_facts: list[str] = Field(default_factory=list)
    changed_facts: list[str] = Field(default_factory=list)
    added_documents: list[str] = Field(default_factory=list)
    removed_documents: list[str] = Field(default_factory=list)
    changed_documents: list[str] = Field(default_factory=list)
    seconds: float = 0.0

    def to_text(self, language: str = "en") -> str:
        de = language == "de"
        head = (
            f"Neu geladen: {self.documents} Dokumente, {self.deals} Deals, {self.facts} Fakten, "
            f"{self.snippets} Textstellen mit Zahlen ({self.seconds:.2f} s)."
            if de
            else f"Reloaded: {self.documents} documents, {self.deals} deals, {self.facts} facts, "
            f"{self.snippets} figure snippets ({self.seconds:.2f} s)."
        )
        lines = [head]
        labels = (
            ("added_facts", "Fakten neu", "facts added"),
            ("removed_facts", "Fakten entfernt", "facts removed"),
            ("changed_facts", "Fakten geändert", "facts changed"),
            ("added_documents", "Dokumente neu", "documents added"),
            ("removed_documents", "Dokumente entfernt", "documents removed"),
            ("changed_documents", "Dokumente geändert", "documents changed"),
        )
        for name, de_label, en_label in labels:
            items: list[str] = getattr(self, name)
            if items:
                shown = ", ".join(items[:15]) + (f" (+{len(items) - 15})" if len(items) > 15 else "")
                lines.append(f"{de_label if de else en_label} ({len(items)}): {shown}")
        if len(lines) == 1:
            lines.append("Keine Änderungen." if de else "No changes.")
        return "\n".join(lines)


class QuestionStats(BaseModel):
    asked: int
    answered: int
    top_unanswered: list[tuple[str, int]] = Field(default_factory=list)

    @property
    def answered_share(self) -> float:
        return self.answered / self.asked if self.asked else 0.0


def diff_report(old: KnowledgeBase | None, new: KnowledgeBase, diff: Changes, seconds: float) -> ReloadReport:
    return ReloadReport(
        **new.counts(),
        added_facts=diff.added_facts,
        removed_facts=diff.removed_facts,
        changed_facts=diff.changed_facts,
        added_documents=diff.added_documents,
        removed_documents=diff.removed_documents,
        changed_documents=diff.changed_documents,
        seconds=round(seconds, 3),
    )


def _rank(current: str, options: list[tuple[str, str, list[str]]], limit: int) -> list[tuple[str, str]]:
    """Autocomplete ranking, shared by deals and documents: prefix first, then fuzzy, never >25."""
    query = normalize(current)
    limit = max(0, min(limit, 25))
    if not query:
        return [(label, value) for label, value, _ in options][:limit]
    scored = []
    for label, value, names in options:
        best = 0.0
        for name in names:
            key = normalize(name)
            if not key:
                continue
            if key.startswith(query) or any(part.startswith(query) for part in key.split()):
                best = max(best, 100.0)
            else:
                best = max(
                    best,
                    fuzz.ratio(query, key),
                    0.9 * fuzz.partial_ratio(query, key) if len(query) >= 3 else 0,
                )
        if best >= 60:
            scored.append((best, label, value))
    scored.sort(key=lambda item: -item[0])
    return [(label[:100], value) for _, label, value in scored[:limit]]


def _parse(root: Path, cache: ParseCache) -> None:
    """Fill the parse cache; the fact base itself is not kept (nor freed on the event loop)."""
    load_knowledge(root, cache)


def _compare(old: KnowledgeBase, new: KnowledgeBase) -> tuple[dict[str, int], Changes]:
    """The files a reload would empty, and what it changes (10,000 facts compared: not on the loop)."""
    return wiped_files(old, new), changes(old, new)


def _removal_refused(root: Path, wiped: dict[str, int]) -> RemovalRefused:
    first, count = next(iter(wiped.items()))
    others = len(wiped) - 1
    more = f" (and {sum(wiped.values()) - count} facts of {others} more files)" if others else ""
    return RemovalRefused(
        root / first,
        f"reload refused: it would remove all {count} facts of this file{more}, which is missing, "
        f"unreadable or empty; nothing changed. To confirm the removal: {ALLOW_REMOVALS_HINT}",
    )


class KnowledgeService:
    def __init__(
        self,
        settings: Settings,
        store: Store,
        kb: KnowledgeBase,
        engine: Engine,
        cache: ParseCache | None = None,
    ) -> None:
        self.settings = settings
        self._store = store
        self._kb = kb
        self._engine = engine
        self._reload_lock = asyncio.Lock()
        self._parse_cache = cache or ParseCache()
        self._warm_task: asyncio.Task[None] | None = None
        self._answering: ThreadPoolExecutor | None = None
        self._closed = False

    @classmethod
    async def open(cls, settings: Settings) -> KnowledgeService:
        """Open the store; a first start (empty or missing database) builds it from KNOWLEDGE_DIR."""
        store = await Store.open(settings.database_path)
        cache = ParseCache()
        root = Path(settings.knowledge_dir)
        try:
            with building():
                if await store.has_knowledge():
                    try:
                        kb = await store.load()
                    except StoreDamaged as exc:
                        log.warning("%s; rebuilding it from %s", exc, root)
                        kb = await asyncio.to_thread(load_knowledge, root, cache)
                        await store.replace(kb)
                else:
                    log.info("Empty database %s: building it from %s", settings.database_path, root)
                    kb = await asyncio.to_thread(load_knowledge, root, cache)
                    await store.replace(kb)
                engine = await asyncio.to_thread(Engine, kb)
        except BaseException:
            await store.close()
            raise
        return cls(settings, store, kb, engine, cache)

    @property
    def kb(self) -> KnowledgeBase:
        return self._kb

    async def close(self) -> None:
        self._closed = True
        if self._warm_task is not None:
            self._warm_task.cancel()
        if self._answering is not None:
            self._answering.shutdown(wait=False, cancel_futures=True)
        await self._store.close()

    def start_warm_up(self) -> asyncio.Task[None] | None:
        """Parse the knowledge files in the background after a start from an existing database, so the
        first /reload only re-parses what changed (a 10,000-fact base: ~1.5 s instead of ~8 s)."""
        if self._warm_task is None and not self._parse_cache.models:
            self._warm_task = asyncio.get_running_loop().create_task(self._warm_up())
        return self._warm_task

    async def _warm_up(self) -> None:
        async with self._reload_lock:
            try:
                with building():
                    await asyncio.to_thread(_parse, Path(self.settings.knowledge_dir), self._parse_cache)
            except KnowledgeError as exc:
                log.warning("The knowledge files do not load (the stored facts stay live): %s", exc)

    def ask(self, question: str, locale: str | None = None, context: Context | None = None) -> Answer:
        """Answer in the calling thread (the command line); the Discord shell answers on its worker."""
        return self._engine.ask(bounded_question(question), locale, context)

    async def answer(
        self, question: str, locale: str | None = None, context: Context | None = None
    ) -> Answer:
        """`ask` in a worker thread, so a slow answer does not stall the event loop.

        One thread answers one question at a time: the engine's caches are not shared between threads,
        and a question waits a few milliseconds at most for the one before it.
        """
        if self._answering is None:
            self._answering = ThreadPoolExecutor(max_workers=1, thread_name_prefix="answer")
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._answering, self.ask, question, locale, context)

    async def reload(self, allow_removals: bool = False) -> ReloadReport:
        """Validate everything, write it in one transaction, swap; on any error the old facts stay live.

        A reload that would remove every fact of a file (deleted, unreadable, `facts: []`) or of the
        whole folder is refused unless `allow_removals` confirms it.
        """
        async with self._reload_lock:
            with building():
                started = time.perf_counter()
                root = Path(self.settings.knowledge_dir)
                kb = await asyncio.to_thread(load_knowledge, root, self._parse_cache)
                wiped, diff = await asyncio.to_thread(_compare, self._kb, kb)
                if wiped and not allow_removals:
                    raise _removal_refused(root, wiped)
                engine = await asyncio.to_thread(Engine, kb)
                if diff.removed_facts:
                    log.warning(
                        "This reload removes %d facts: %s", len(diff.removed_facts), diff.removed_facts
                    )
                await self._store.replace(kb, self._kb, diff)
                retired: list[object] = [self._kb, self._engine]
                self._kb, self._engine = kb, engine
                report = diff_report(None, kb, diff, time.perf_counter() - started)
                # The old snapshot, freed in a thread: dropped here, it would hold the loop for 30–80 ms.
                await asyncio.to_thread(release, retired)
            log.info("Reloaded knowledge: %s", report.to_text().splitlines()[0])
            return report

    def figure_sentences(self, document: str, limit: int = 5) -> list[str]:
        """The sentences of a document that carry a figure: what the bot can now answer from it."""
        found = [p.text for p in self._engine.reader.passages if p.document == document and p.numbers]
        return found[:limit]

    def draft(self, document: str) -> str:
        """The draft facts file of a document (see bot/drafting.py)."""
        from bot.drafting import draft

        return draft(self._kb, self._engine.reader, document)

    def deal_choices(self, current: str, limit: int = 25) -> list[tuple[str, str]]:
        options = [
            (
                f"{d.name.en} / {d.name.de}" if d.name.en != d.name.de else d.name.en,
                d.id,
                [d.name.en, d.name.de, d.id, *d.every_alias, *d.parties],
            )
            for d in self._kb.deals.values()
        ]
        return _rank(current, options, limit)

    def resolve_deal(self, name: str) -> str | None:
        if name in self._kb.deals:
            return name
        choices = self.deal_choices(name, 1)
        return choices[0][1] if choices else None

    def deal_summary(self, deal_id: str, language: str) -> DealSummary | None:
        return deal_summary(self._kb, deal_id, language)

    def deal_overview(self, language: str) -> list[DealSummary]:
        out = []
        for deal_id in self._kb.deals:
            summary = deal_summary(self._kb, deal_id, language)
            if summary is not None:
                summary.lines = [line for line in summary.lines if line.headline]
                out.append(summary)
        return out

    def document_choices(self, current: str, limit: int = 25) -> list[tuple[str, str]]:
        options = [(d.title, d.id, [d.title, d.id]) for d in self._kb.documents.values()]
        return _rank(current, options, limit)

    def documents(self) -> list[DocumentInfo]:
        return [
            DocumentInfo(id=d.id, title=d.title, language=d.language, published=d.published)
            for d in self._kb.documents.values()
        ]

    def document_info(self, doc_id: str, language: str) -> DocumentInfo | None:
        return document_info(self._kb, doc_id, language)

    async def record_question(self, question: str, answered: bool, guild: str = DM) -> None:
        """Log a question from `guild` (a server id as text, or DM); QUESTION_LOG_DAYS prunes old ones.
        A question answered while the bot shuts down is not logged (the store is closed by then)."""
        if self._closed:
            return
        try:
            await self._store.record_question(
                question[:1000], normalize(question)[:500], answered, guild, self.settings.question_log_days
            )
        except sqlite3.ProgrammingError:
            if not self._closed:  # closed while it was being written: the bot is going down
                raise

    async def stats(self, limit: int = 10, guild: str | None = None) -> QuestionStats:
        """Of one server (its id as text) or DMs; None: every question."""
        asked, answered, top = await self._store.question_stats(limit, guild)
        return QuestionStats(asked=asked, answered=answered, top_unanswered=top)


__all__ = ["KnowledgeError", "KnowledgeService", "QuestionStats", "ReloadReport"]
