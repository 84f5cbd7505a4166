"""KnowledgeService: first start, reload with its report, failed reloads that change nothing, and the log."""

from __future__ import annotations

import asyncio
import random
import shutil
import sqlite3
import threading
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.engine.engine import Engine
from bot.knowledge.errors import KnowledgeError, RemovalRefused
from bot.knowledge.loader import load_knowledge
from bot.knowledge.models import normalize_space
from bot.service import KnowledgeService, ReloadReport
from bot.settings import Settings

REPO = Path(__file__).resolve().parent.parent
KNOWLEDGE = REPO / "knowledge"
NVIDIA_Q = "Wie viel investiert Nvidia in OpenAI?"
SHIPPED_FACTS = len(load_knowledge(KNOWLEDGE).facts)
REMOVED = "openai-gpus-industry-assessment"  # a fact without conflict partners, safe to drop


def _settings(root: Path, db: Path) -> Settings:
    return Settings(_env_file=None, knowledge_dir=root, database_path=db, discord_token=None)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "db.sqlite3"


@pytest.fixture
async def service(root: Path, db: Path) -> AsyncIterator[KnowledgeService]:
    svc = await KnowledgeService.open(_settings(root, db))
    try:
        yield svc
    finally:
        await svc.close()


# The curated German statement of NVIDIA's investment, as the shipped facts file writes it
INVESTMENT_STATEMENT = (
    "NVIDIA will bis zu 100 Mrd. US-Dollar schrittweise in OpenAI investieren, jeweils sobald ein "
    "Gigawatt in Betrieb geht."
)


def _replace_once(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= 1, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _edit_facts(path: Path, edit: Callable[[list[dict[str, Any]]], list[dict[str, Any]]]) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["facts"] = edit(data["facts"])
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000), encoding="utf-8")


def _remove_fact(root: Path, fact_id: str) -> None:
    _edit_facts(root / "facts" / "openai-gpus.yaml", lambda facts: [f for f in facts if f["id"] != fact_id])


def _db_counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("documents", "deals", "facts", "citations", "snippets")
        }


def _db_fact_ids(db: Path) -> set[str]:
    with sqlite3.connect(db) as conn:
        return {row[0] for row in conn.execute("SELECT id FROM facts")}


def _assert_nvidia_answered(service: KnowledgeService) -> None:
    answer = service.ask(NVIDIA_Q)
    assert answer.answered, answer
    assert [f.value for f in answer.figures] == [100e9]
    assert answer.figures[0].unit == "USD"


# ---------------------------------------------------------------------------- first start


async def test_first_start_builds_store_from_knowledge_dir(service: KnowledgeService, db: Path) -> None:
    counts = service.kb.counts()
    assert counts["documents"] == 5
    assert counts["facts"] >= 60
    assert counts["facts"] == SHIPPED_FACTS
    stored = _db_counts(db)
    assert stored["documents"] == 5
    assert stored["facts"] == counts["facts"]
    assert stored["deals"] == counts["deals"]
    assert stored["snippets"] == counts["snippets"]
    assert stored["citations"] == sum(len(f.citations) for f in service.kb.facts.values())
    _assert_nvidia_answered(service)


async def test_store_round_trips_the_files(service: KnowledgeService, root: Path) -> None:
    """What SQLite gives back equals what the files say (else every reload would report changes)."""
    from_files = load_knowledge(root)
    assert service.kb.facts == from_files.facts
    assert service.kb.documents == from_files.documents
    assert service.kb.deals == from_files.deals
    assert service.kb.snippets == from_files.snippets


async def test_second_start_reads_the_store_not_the_files(
    service: KnowledgeService, root: Path, db: Path
) -> None:
    shutil.rmtree(root)  # the files are gone: the store alone must answer
    second = await KnowledgeService.open(_settings(root, db))
    try:
        assert second.kb.counts() == service.kb.counts()
        _assert_nvidia_answered(second)
    finally:
        await second.close()


async def test_first_start_with_broken_files_raises(root: Path, db: Path) -> None:
    _replace_once(root / "facts" / "stargate.yaml", "unit: USD}", "unit: furlongs}")
    with pytest.raises(KnowledgeError) as caught:
        await KnowledgeService.open(_settings(root, db))
    assert str(root / "facts" / "stargate.yaml") in str(caught.value)


# ---------------------------------------------------------------------------- valid reloads


async def test_reload_without_changes(service: KnowledgeService) -> None:
    report = await service.reload()
    assert isinstance(report, ReloadReport)
    assert (report.documents, report.deals, report.facts, report.snippets) == tuple(
        service.kb.counts()[k] for k in ("documents", "deals", "facts", "snippets")
    )
    assert report.documents == 5
    assert report.facts == SHIPPED_FACTS
    assert report.added_facts == report.removed_facts == report.changed_facts == []
    assert report.added_documents == report.removed_documents == report.changed_documents == []
    assert "No changes." in report.to_text()
    assert "Keine Änderungen." in report.to_text("de")


async def test_reload_detects_added_fact(service: KnowledgeService, root: Path, db: Path) -> None:
    new = {
        "id": "openai-amd-test-extra",
        "deal": "openai-amd",
        "attribute": "partners",
        "statement": {"de": "Testfakt zu AMD.", "en": "Test fact about AMD."},
        "citations": [
            {"document": "002_c54413416d86fd40", "quote": "eine milliardenschwere Vereinbarung mit AMD"}
        ],
    }
    _edit_facts(root / "facts" / "openai-amd.yaml", lambda facts: [*facts, new])
    report = await service.reload()
    assert report.added_facts == ["openai-amd-test-extra"]
    assert report.removed_facts == report.changed_facts == []
    assert report.facts == SHIPPED_FACTS + 1
    assert "openai-amd-test-extra" in service.kb.facts
    assert "openai-amd-test-extra" in _db_fact_ids(db)
    assert "facts added (1): openai-amd-test-extra" in report.to_text()


async def test_reload_detects_removed_fact(service: KnowledgeService, root: Path, db: Path) -> None:
    _remove_fact(root, REMOVED)
    report = await service.reload()
    assert report.removed_facts == [REMOVED]
    assert report.added_facts == report.changed_facts == []
    assert report.facts == SHIPPED_FACTS - 1
    assert REMOVED not in service.kb.facts
    assert REMOVED not in _db_fact_ids(db)
    assert _db_counts(db)["citations"] == sum(len(f.citations) for f in service.kb.facts.values())


async def test_reload_detects_changed_fact(service: KnowledgeService, root: Path, db: Path) -> None:
    _replace_once(
        root / "facts" / "nvidia-openai.yaml",
        INVESTMENT_STATEMENT,
        "NVIDIA will bis zu 100 Mrd. US-Dollar schrittweise in OpenAI investieren (geändert).",
    )
    report = await service.reload()
    assert report.changed_facts == ["nvidia-openai-investment"]
    assert report.added_facts == report.removed_facts == []
    assert service.ask(NVIDIA_Q).answer.endswith("(geändert).")
    second = await KnowledgeService.open(_settings(root, db))
    try:
        assert second.kb.facts["nvidia-openai-investment"].statement.de.endswith("(geändert).")
        assert second.kb.facts == service.kb.facts
    finally:
        await second.close()


async def test_reload_detects_added_document_and_answers_from_it(
    service: KnowledgeService, root: Path, db: Path
) -> None:
    sentence = "Microsoft investiert 80 Milliarden US-Dollar in neue Rechenzentren in Wisconsin."
    doc = root / "documents" / "005_microsoft_wisconsin.txt"
    doc.write_text(
        "Microsoft baut Rechenzentren in Wisconsin\n\n"
        f"Der Konzern hat seine Pläne für das kommende Jahr vorgestellt. {sentence} "
        "Die ersten Gebäude sollen bald fertig sein.\n",
        encoding="utf-8",
    )
    report = await service.reload()
    assert report.added_documents == ["005_microsoft_wisconsin"]
    assert report.documents == 6
    assert report.added_facts == report.removed_facts == report.changed_facts == []
    assert _db_counts(db)["documents"] == 6

    answer = service.ask("Wie viel investiert Microsoft in Rechenzentren?")
    assert answer.answered, answer
    assert "005_microsoft_wisconsin" in [c.document for c in answer.citations]
    text = normalize_space(doc.read_text(encoding="utf-8"))
    for citation in answer.citations:
        assert normalize_space(citation.quote) in normalize_space(
            service.kb.documents[citation.document].text
        )
    quote = next(c.quote for c in answer.citations if c.document == "005_microsoft_wisconsin")
    assert normalize_space(quote) in text
    assert "80 Milliarden" in quote
    assert [(f.value, f.unit) for f in answer.figures] == [(80e9, "USD")]


async def test_reload_detects_removed_and_changed_documents(service: KnowledgeService, root: Path) -> None:
    (root / "documents" / "005_extra.txt").write_text("Ein Zusatzartikel mit 3 GW.\n", encoding="utf-8")
    await service.reload()
    (root / "documents" / "005_extra.txt").unlink()
    doc = root / "documents" / "003_135aff94f82533c9.txt"
    doc.write_text(doc.read_text(encoding="utf-8") + "\nEin angehängter Satz.\n", encoding="utf-8")
    report = await service.reload()
    assert report.removed_documents == ["005_extra"]
    assert report.changed_documents == ["003_135aff94f82533c9"]
    assert report.added_documents == []
    assert report.documents == 5


# ---------------------------------------------------------------------------- failed reloads


def _bad_yaml(root: Path) -> Path:
    path = root / "facts" / "stargate.yaml"
    _replace_once(path, "facts:\n", "facts:\n  - id: [unclosed\n")
    return path


def _bad_schema(root: Path) -> Path:
    path = root / "facts" / "stargate.yaml"
    _replace_once(path, "unit: USD}", "unit: furlongs}")
    return path


def _bad_quote(root: Path) -> Path:
    path = root / "facts" / "stargate.yaml"
    _replace_once(
        path, "500 Milliarden US-Dollar Investitionsziel", "600 Milliarden US-Dollar Investitionsziel"
    )
    return path


def _missing_document(root: Path) -> Path:
    path = root / "facts" / "stargate.yaml"
    _replace_once(path, "document: 004_050cbe1cbefe3cc9", "document: 999_not_there")
    return path


def _non_utf8_document(root: Path) -> Path:
    path = root / "documents" / "005_latin1.txt"
    path.write_bytes("Größer als 100 Milliarden US-Dollar.".encode("latin-1"))
    return path


def _empty_documents(root: Path) -> Path:
    for path in (root / "documents").glob("*.txt"):
        path.unlink()
    return root / "documents"


def _document_loses_quote(root: Path) -> Path:
    """The facts file is untouched; its document changes under it (the parse cache must re-check)."""
    doc = root / "documents" / "004_050cbe1cbefe3cc9.txt"
    _replace_once(doc, "Investitionsziel", "Ziel")
    return root / "facts" / "stargate.yaml"


def _non_finite_value(root: Path) -> Path:
    path = root / "facts" / "stargate.yaml"
    _replace_once(path, "value: 500000000000,", "value: 1e400,")
    return path


def _value_out_of_range(root: Path) -> Path:
    path = root / "facts" / "stargate.yaml"
    _replace_once(path, "value: 4.5, unit: GW", "value: 4500000, unit: GW")
    return path


def _unit_not_in_quote(root: Path) -> Path:
    path = root / "facts" / "stargate.yaml"
    _replace_once(path, "value: 4.5, unit: GW", "value: 4.5, unit: percent")
    return path


def _qualifier_not_in_quote(root: Path) -> Path:
    path = root / "facts" / "stargate.yaml"
    _replace_once(path, "unit: jobs, qualifier: more_than", "unit: jobs, qualifier: at_least")
    return path


def _duplicate_key(root: Path) -> Path:
    path = root / "facts" / "stargate.yaml"
    _replace_once(path, "    attribute: investment\n", "    attribute: investment\n    attribute: capacity\n")
    return path


def _misspelt_key(root: Path) -> Path:
    path = root / "facts" / "stargate.yaml"
    _replace_once(path, "    statement:\n", "    statment:\n")
    return path


def _huge_statement(root: Path) -> Path:
    path = root / "facts" / "stargate.yaml"
    _replace_once(
        path, "      de: Stargate ist Teil", "      de: " + "Sehr lang. " * 1000 + "Stargate ist Teil"
    )
    return path


def _huge_file(root: Path) -> Path:
    path = root / "facts" / "stargate.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "# padding\n" * 200_000, encoding="utf-8")
    return path


BAD_INPUTS = {
    "invalid-yaml": _bad_yaml,
    "schema-error": _bad_schema,
    "quote-not-in-document": _bad_quote,
    "missing-document": _missing_document,
    "non-utf8-document": _non_utf8_document,
    "empty-documents-folder": _empty_documents,
    "document-loses-quote": _document_loses_quote,
    "non-finite-value": _non_finite_value,
    "value-out-of-range": _value_out_of_range,
    "unit-not-in-quote": _unit_not_in_quote,
    "qualifier-not-in-quote": _qualifier_not_in_quote,
    "duplicate-key": _duplicate_key,
    "misspelt-key": _misspelt_key,
    "statement-too-long": _huge_statement,
    "file-too-big": _huge_file,
}


@pytest.mark.parametrize("warm", [False, True], ids=["first-reload", "after-good-reload"])
@pytest.mark.parametrize("bad", sorted(BAD_INPUTS))
async def test_failed_reload_keeps_old_data(
    service: KnowledgeService, root: Path, db: Path, bad: str, warm: bool
) -> None:
    if warm:
        await service.reload()  # fills the parse cache
    before = _db_counts(db)
    # A valid change rides along with the broken one: it must not get in either.
    _remove_fact(root, REMOVED)
    broken = BAD_INPUTS[bad](root)

    with pytest.raises(KnowledgeError) as caught:
        await service.reload()
    assert str(broken) in str(caught.value)

    _assert_nvidia_answered(service)
    assert service.kb.counts()["facts"] == SHIPPED_FACTS
    assert REMOVED in service.kb.facts
    assert _db_counts(db) == before
    assert REMOVED in _db_fact_ids(db)
    second = await KnowledgeService.open(_settings(root, db))
    try:
        assert second.kb.counts()["facts"] == SHIPPED_FACTS
        assert second.kb.facts == service.kb.facts
        _assert_nvidia_answered(second)
    finally:
        await second.close()


@pytest.mark.parametrize("bad", sorted(BAD_INPUTS))
async def test_reload_recovers_after_the_fix(service: KnowledgeService, root: Path, bad: str) -> None:
    """Fixing the broken input makes the next reload succeed with the pending valid change."""
    pristine = root.parent / "pristine"
    shutil.copytree(root, pristine)
    _remove_fact(root, REMOVED)
    BAD_INPUTS[bad](root)
    with pytest.raises(KnowledgeError):
        await service.reload()
    shutil.rmtree(root)
    shutil.copytree(pristine, root)
    _remove_fact(root, REMOVED)
    report = await service.reload()
    assert report.removed_facts == [REMOVED]
    assert report.added_facts == report.changed_facts == []
    assert report.facts == SHIPPED_FACTS - 1


async def test_same_broken_file_fails_every_time(service: KnowledgeService, root: Path) -> None:
    """The parse cache must not remember a rejected file as checked."""
    await service.reload()
    path = root / "facts" / "stargate.yaml"
    original = path.read_text(encoding="utf-8")
    for attempt in range(5):
        path.write_text(
            original.replace("500 Milliarden US-Dollar Investitionsziel", f"{601 + attempt} Milliarden Ziel"),
            encoding="utf-8",
        )
        with pytest.raises(KnowledgeError):
            await service.reload()
        with pytest.raises(KnowledgeError):
            await service.reload()  # unchanged bad file, second time: still refused
    _assert_nvidia_answered(service)


# ---------------------------------------------------------------------------- warm-up after a restart


async def _restart(root: Path, db: Path) -> KnowledgeService:
    first = await KnowledgeService.open(_settings(root, db))
    await first.close()
    return await KnowledgeService.open(_settings(root, db))  # from the existing database


async def test_warm_up_then_reload_reports_only_the_edit(root: Path, db: Path) -> None:
    svc = await _restart(root, db)
    try:
        task = svc.start_warm_up()
        assert task is not None
        await asyncio.wait_for(task, 30)
        assert svc.start_warm_up() is task  # once only
        _remove_fact(root, REMOVED)
        report = await svc.reload()
        assert report.removed_facts == [REMOVED]
        assert report.added_facts == report.changed_facts == []
        assert report.added_documents == report.removed_documents == report.changed_documents == []
    finally:
        await svc.close()


async def test_warm_up_with_broken_files_keeps_stored_facts(
    root: Path, db: Path, caplog: pytest.LogCaptureFixture
) -> None:
    svc = await _restart(root, db)
    try:
        broken = _bad_quote(root)
        with caplog.at_level("WARNING", logger="bot.service"):
            task = svc.start_warm_up()
            assert task is not None
            await asyncio.wait_for(task, 30)  # logs, never raises
        assert str(broken) in caplog.text
        _assert_nvidia_answered(svc)
        with pytest.raises(KnowledgeError) as caught:
            await svc.reload()  # the warm cache must not have taken the broken file as checked
        assert str(broken) in str(caught.value)
        assert svc.kb.counts()["facts"] == SHIPPED_FACTS
    finally:
        await svc.close()


# ---------------------------------------------------------------------------- the database file


async def test_database_path_that_is_not_sqlite(root: Path, db: Path) -> None:
    db.write_bytes(random.Random(1234).randbytes(16_384))
    with pytest.raises(KnowledgeError) as caught:
        await KnowledgeService.open(_settings(root, db))
    assert str(db) in str(caught.value)
    assert "DATABASE_PATH" in str(caught.value)


async def _aiosqlite_threads_done(timeout: float = 5.0) -> None:
    """aiosqlite stops the worker of a failed connect without waiting: let it finish before the loop
    closes, or its thread reports "Event loop is closed"."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while loop.time() < deadline:
        if not any("_connection_worker_thread" in t.name for t in threading.enumerate()):
            return
        await asyncio.sleep(0.01)


async def test_database_path_that_is_a_folder(root: Path, tmp_path: Path) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    with pytest.raises(KnowledgeError) as caught:
        await KnowledgeService.open(_settings(root, folder))
    await _aiosqlite_threads_done()
    assert str(folder) in str(caught.value)


async def test_database_folder_is_created(root: Path, tmp_path: Path) -> None:
    db = tmp_path / "deep" / "er" / "db.sqlite3"
    svc = await KnowledgeService.open(_settings(root, db))
    try:
        assert db.exists()
        _assert_nvidia_answered(svc)
    finally:
        await svc.close()


# ---------------------------------------------------------------------------- reload under load


async def test_reload_while_answering(service: KnowledgeService, root: Path) -> None:
    old = service.ask(NVIDIA_Q).model_dump()
    _replace_once(
        root / "facts" / "nvidia-openai.yaml",
        INVESTMENT_STATEMENT,
        "NVIDIA will bis zu 100 Mrd. US-Dollar schrittweise in OpenAI investieren (neue Fassung).",
    )
    new = Engine(load_knowledge(root)).ask(NVIDIA_Q).model_dump()
    assert old["answer"] != new["answer"]
    assert new["answer"].endswith("(neue Fassung).")

    answers: list[dict[str, Any]] = []
    errors: list[BaseException] = []
    thread_answers: list[dict[str, Any]] = []
    started, stop = threading.Event(), threading.Event()

    def from_thread() -> None:
        try:
            while True:
                done = stop.is_set()
                thread_answers.append(service.ask(NVIDIA_Q).model_dump())
                started.set()
                if done:
                    return
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
            started.set()

    async def from_task(rounds: int) -> None:
        try:
            for _ in range(rounds):
                await asyncio.sleep(0)
                answers.append(service.ask(NVIDIA_Q).model_dump())
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    thread = asyncio.create_task(asyncio.to_thread(from_thread))
    await asyncio.wait_for(asyncio.to_thread(started.wait, 10), 15)
    tasks = [asyncio.create_task(from_task(2)) for _ in range(200)]
    report = await service.reload()
    stop.set()
    await asyncio.wait_for(asyncio.gather(thread, *tasks), 60)

    assert errors == []
    assert report.changed_facts == ["nvidia-openai-investment"]
    assert len(answers) == 400
    mixed = [a for a in answers + thread_answers if a != old and a != new]
    assert mixed == []
    assert thread_answers[0] == old  # asked before the reload began
    assert thread_answers[-1] == new  # asked after it finished
    assert service.ask(NVIDIA_Q).model_dump() == new


async def test_concurrent_reloads_are_serialised(service: KnowledgeService, root: Path) -> None:
    _remove_fact(root, REMOVED)
    reports = await asyncio.gather(*(service.reload() for _ in range(5)))
    assert sum(r.removed_facts == [REMOVED] for r in reports) == 1
    assert all(r.facts == SHIPPED_FACTS - 1 for r in reports)


# ---------------------------------------------------------------------------- question log


async def test_question_log_stats(service: KnowledgeService) -> None:
    empty = await service.stats()
    assert (empty.asked, empty.answered, empty.top_unanswered) == (0, 0, [])
    assert empty.answered_share == 0.0

    await service.record_question("Was kostet Siemens?", False)
    await service.record_question("was kostet   SIEMENS", False)
    await service.record_question("Was kostet Siemens!!", False)
    await service.record_question("Wer ist der CEO von Intel?", False)
    await service.record_question("Wer ist der CEO von Intel?", False)
    await service.record_question("Wie heißt der Hund?", False)
    await service.record_question(NVIDIA_Q, True)
    await service.record_question(NVIDIA_Q, True)

    stats = await service.stats()
    assert stats.asked == 8
    assert stats.answered == 2
    assert stats.answered_share == pytest.approx(0.25)
    assert stats.top_unanswered == [
        ("Was kostet Siemens!!", 3),  # min() of the grouped spellings
        ("Wer ist der CEO von Intel?", 2),
        ("Wie heißt der Hund?", 1),
    ]
    assert (await service.stats(limit=1)).top_unanswered == [("Was kostet Siemens!!", 3)]


async def test_question_log_survives_reload_and_restart(
    service: KnowledgeService, root: Path, db: Path
) -> None:
    await service.record_question("Was kostet Siemens?", False)
    await service.record_question(NVIDIA_Q, True)
    await service.reload()
    second = await KnowledgeService.open(_settings(root, db))
    try:
        stats = await second.stats()
        assert (stats.asked, stats.answered) == (2, 1)
        assert stats.top_unanswered == [("Was kostet Siemens?", 1)]
    finally:
        await second.close()


async def test_question_log_truncates_long_questions(service: KnowledgeService) -> None:
    await service.record_question("x" * 5000, False)
    stats = await service.stats()
    assert stats.asked == 1
    assert len(stats.top_unanswered[0][0]) == 1000


# ---------------------------------------------------------------------------- removals need a confirmation


def _empty_facts_file(root: Path) -> Path:
    path = root / "facts" / "stargate.yaml"
    path.write_text("facts: []\n", encoding="utf-8")
    return path


def _deleted_facts_file(root: Path) -> Path:
    path = root / "facts" / "stargate.yaml"
    path.unlink()
    return path


def _deleted_facts_folder(root: Path) -> Path:
    shutil.rmtree(root / "facts")
    return root / "facts" / "nvidia-openai.yaml"  # the first of the wiped files


WIPES = {
    "facts-file-emptied": _empty_facts_file,
    "facts-file-deleted": _deleted_facts_file,
    "facts-folder-deleted": _deleted_facts_folder,
}


@pytest.mark.parametrize("wipe", sorted(WIPES))
async def test_reload_that_wipes_a_file_needs_allow_removals(
    service: KnowledgeService, root: Path, db: Path, wipe: str
) -> None:
    before = _db_fact_ids(db)
    wiped = WIPES[wipe](root)
    with pytest.raises(RemovalRefused) as caught:
        await service.reload()
    message = str(caught.value)
    assert "\n" not in message
    assert str(wiped) in message
    assert "--allow-removals" in message
    assert _db_fact_ids(db) == before
    _assert_nvidia_answered(service)
    assert service.kb.counts()["facts"] == SHIPPED_FACTS

    report = await service.reload(allow_removals=True)
    assert report.removed_facts
    assert report.facts == SHIPPED_FACTS - len(report.removed_facts)
    assert not any(origin == wiped.relative_to(root).as_posix() for origin in service.kb.origins.values())


async def test_moving_facts_to_another_file_is_no_removal(service: KnowledgeService, root: Path) -> None:
    old = root / "facts" / "stargate.yaml"
    old.rename(root / "facts" / "zz-stargate.yaml")
    report = await service.reload()
    assert report.removed_facts == report.added_facts == []
    assert service.kb.origins["stargate-investment-500bn"] == "facts/zz-stargate.yaml"


async def test_removing_some_facts_of_a_file_needs_no_confirmation(
    service: KnowledgeService, root: Path, caplog: pytest.LogCaptureFixture
) -> None:
    _remove_fact(root, REMOVED)
    with caplog.at_level("WARNING", logger="bot.service"):
        report = await service.reload()
    assert report.removed_facts == [REMOVED]
    assert REMOVED in caplog.text


async def test_removal_check_after_a_restart_from_the_database(root: Path, db: Path) -> None:
    """The file each fact came from is stored, so the check works without a load of the files first."""
    svc = await _restart(root, db)
    try:
        _empty_facts_file(root)
        with pytest.raises(RemovalRefused):
            await svc.reload()
        _assert_nvidia_answered(svc)
    finally:
        await svc.close()


def _unlistable(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Listing `folder` fails as it would without read permission (the tests may run as root)."""
    original = Path.iterdir

    def iterdir(self: Path) -> Any:
        if self == folder:
            raise PermissionError(13, "Permission denied", str(self))
        return original(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)


@pytest.mark.parametrize("folder", ["facts", "documents"])
async def test_unreadable_folder_is_an_error_not_empty(
    service: KnowledgeService, root: Path, db: Path, monkeypatch: pytest.MonkeyPatch, folder: str
) -> None:
    before = _db_fact_ids(db)
    _unlistable(monkeypatch, root / folder)
    with pytest.raises(KnowledgeError) as caught:
        await service.reload(allow_removals=True)
    assert str(root / folder) in str(caught.value)
    assert "cannot be read (Permission denied)" in str(caught.value)
    assert _db_fact_ids(db) == before
    _assert_nvidia_answered(service)


# ---------------------------------------------------------------------------- the store heals itself


async def test_a_stored_row_that_does_not_validate_means_rebuild(
    service: KnowledgeService, root: Path, db: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A row the files could never have produced (here: the null SQLite once stored for 1e400)."""
    await service.record_question("Was kostet Siemens?", False)
    with sqlite3.connect(db) as conn:
        conn.execute(
            "UPDATE facts SET body = json_set(body, '$.figure.value', json('null')) WHERE id = ?",
            ("nvidia-openai-investment",),
        )
    with caplog.at_level("WARNING", logger="bot.service"):
        second = await KnowledgeService.open(_settings(root, db))
    try:
        warnings = [r for r in caplog.records if r.levelname == "WARNING"]
        assert len(warnings) == 1
        assert "does not validate" in warnings[0].getMessage() and "rebuilding" in warnings[0].getMessage()
        _assert_nvidia_answered(second)
        assert second.kb.facts == service.kb.facts
        assert (await second.stats()).asked == 1  # the question log is kept
    finally:
        await second.close()
    third = await KnowledgeService.open(_settings(root, db))  # healed for good
    await third.close()


async def test_database_damaged_in_the_middle_is_moved_aside_and_rebuilt(
    service: KnowledgeService, root: Path, db: Path, caplog: pytest.LogCaptureFixture
) -> None:
    await service.close()
    with db.open("r+b") as handle:  # the header (page 1) stays intact
        handle.seek(3 * 4096)
        handle.write(bytes(range(256)) * 64)
    with caplog.at_level("WARNING", logger="bot.store"):
        second = await KnowledgeService.open(_settings(root, db))
    try:
        assert [r.levelname for r in caplog.records if r.levelname == "WARNING"] == ["WARNING"]
        assert "damaged" in caplog.text
        _assert_nvidia_answered(second)
        assert second.kb.counts()["facts"] == SHIPPED_FACTS
        assert db.with_name(db.name + ".damaged").exists()
    finally:
        await second.close()
