"""A reload in one process reaches every other: a shared version file in the knowledge folder, polled.

Several bot processes (each its own shard range and its own SQLite) read the same `knowledge/`. A
successful reload — `/reload` in Discord or `python -m bot reload` — writes `knowledge/.reloaded.json`:
a fresh id, the hash of the files it validated, when, and by which process. Every bot process reads
that small file every KNOWLEDGE_POLL_SECONDS; a new id makes it reload too (the same validation, the
same swap). Editing files alone changes nothing live: only a reload does, wherever it was started.

Each process keeps the id it last applied beside its database (`*.reloaded`), so a process that was
down during a reload catches up when it starts. A follower whose files hash as the version says
reloads with `allow_removals`, since the reload it follows was validated, and confirmed where
needed, on those very files; if the files changed since, it reloads with the usual checks. A follow
that fails keeps the old facts, logs why, and is not retried until the next reload.
"""

from __future__ import annotations

import asyncio
import contextlib
import fnmatch
import hashlib
import json
import logging
import os
import socket
import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from bot.knowledge.errors import KnowledgeError
from bot.service import KnowledgeService, ReloadReport
from bot.settings import Settings

log = logging.getLogger(__name__)

VERSION_FILE = ".reloaded.json"
APPLIED_SUFFIX = ".reloaded"
_KNOWLEDGE_FILES = (
    ("", "deals.yaml"),
    ("", "facts.yaml"),
    ("facts", "*.yaml"),
    ("documents", "*.txt"),
    ("documents", "metadata.yaml"),
)
"""The files the loader reads (bot/knowledge/loader.py), relative to the knowledge folder."""
_CHUNK = 1 << 20


@dataclass(frozen=True)
class Version:
    id: str
    files: str
    """sha256 over the knowledge files (names and bytes) the reload validated."""
    at: str
    by: str

    def short(self) -> str:
        return self.id[:8]


def knowledge_files(root: Path) -> list[Path]:
    files: set[Path] = set()
    for folder, pattern in _KNOWLEDGE_FILES:
        where = root / folder if folder else root
        with contextlib.suppress(OSError):
            files.update(p for p in where.iterdir() if fnmatch.fnmatchcase(p.name, pattern) and p.is_file())
    return sorted(files)


def content_hash(root: Path) -> str:
    """One hash of every knowledge file's path and bytes; an unreadable file counts as its error."""
    digest = hashlib.sha256()
    for path in knowledge_files(root):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        try:
            with path.open("rb") as handle:
                while chunk := handle.read(_CHUNK):
                    digest.update(chunk)
        except OSError as exc:
            digest.update(f"unreadable: {exc.strerror}".encode())
        digest.update(b"\0")
    return digest.hexdigest()


def read_version(root: Path) -> Version | None:
    """The last reload's version, or None (no reload yet, or a file being replaced: read next poll)."""
    try:
        data = json.loads((root / VERSION_FILE).read_text(encoding="utf-8"))
        return Version(id=str(data["id"]), files=str(data["files"]), at=str(data["at"]), by=str(data["by"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.debug("cannot read %s: %s", root / VERSION_FILE, exc)
        return None


def _write_atomically(path: Path, text: str) -> None:
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()


def process_label() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def publish(root: Path, files: str, by: str | None = None) -> Version:
    """Announce a reload of `files` to every process reading `root`."""
    version = Version(
        id=uuid.uuid4().hex,
        files=files,
        at=datetime.now(UTC).isoformat(timespec="seconds"),
        by=by or process_label(),
    )
    _write_atomically(root / VERSION_FILE, json.dumps(asdict(version), indent=1) + "\n")
    return version


def applied_path(settings: Settings) -> Path:
    return settings.database_path.with_suffix(APPLIED_SUFFIX)


def read_applied(settings: Settings) -> str | None:
    try:
        return applied_path(settings).read_text(encoding="utf-8").strip() or None
    except OSError:
        return None


def write_applied(settings: Settings, version_id: str) -> None:
    path = applied_path(settings)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _write_atomically(path, version_id + "\n")
    except OSError as exc:
        log.warning("could not write %s (%s); this reload may be repeated after a restart", path, exc)


async def reload_everywhere(
    service: KnowledgeService, settings: Settings, *, allow_removals: bool = False
) -> ReloadReport:
    """Reload here and announce it, so every other process reading the same folder follows.

    On a refused reload nothing is announced. The announcement and the note of what this process
    applied are written with no await in between, so this process's own poll never repeats it.
    """
    root = Path(settings.knowledge_dir)
    files = await asyncio.to_thread(content_hash, root)
    report = await service.reload(allow_removals)
    try:
        version = publish(root, files)
    except OSError as exc:
        log.warning(
            "reloaded, but could not write %s (%s): other processes keep their facts", VERSION_FILE, exc
        )
        return report
    write_applied(settings, version.id)
    log.info("announced reload %s to every process reading %s", version.short(), root)
    return report


class Follower:
    """Follows the reloads announced in the knowledge folder (see the module's docstring)."""

    def __init__(self, service: KnowledgeService, settings: Settings) -> None:
        self.service = service
        self.settings = settings
        self.root = Path(settings.knowledge_dir)
        self._lock = asyncio.Lock()

    async def check(self) -> ReloadReport | None:
        """Reload if a reload happened elsewhere since this process's last; the report, or None."""
        async with self._lock:
            version = read_version(self.root)
            applied = read_applied(self.settings)
            if version is None or version.id == applied:
                return None
            files = await asyncio.to_thread(content_hash, self.root)
            same_files = files == version.files
            if not same_files:
                log.info(
                    "the knowledge files changed after reload %s: reloading with the usual checks",
                    version.short(),
                )
            report: ReloadReport | None = None
            try:
                report = await self.service.reload(allow_removals=same_files)
            except KnowledgeError as exc:  # not retried until the next reload
                log.warning(
                    "reload %s (by %s at %s) does not load here; the previous facts stay live: %s",
                    version.short(),
                    version.by,
                    version.at,
                    exc,
                )
            else:
                summary = report.to_text().splitlines()[0]
                log.info(
                    "followed reload %s (by %s at %s): %s", version.short(), version.by, version.at, summary
                )
            if read_applied(self.settings) == applied:  # else a reload here announced a newer one meanwhile
                write_applied(self.settings, version.id)
            return report
