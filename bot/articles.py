"""Adding an article to the knowledge folder from outside the host (Discord's /article add): validate the
file, give it a safe, numbered name, save it, and take it back out if the reload that follows refuses it.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from bot.engine.text import normalize
from bot.knowledge.errors import KnowledgeError
from bot.knowledge.loader import MAX_DOCUMENT_BYTES

_NUMBERED = re.compile(r"^(\d{3})_")
MAX_SLUG = 40  # characters of the uploaded name kept in the document id
MIN_TEXT = 40  # an article shorter than this is no article


@dataclass(frozen=True)
class Added:
    """What `add_article` changed, so `take_back` can undo it exactly."""

    document: str
    path: Path
    metadata: Path
    metadata_before: str | None


def add_article(
    root: Path, filename: str, data: bytes, title: str | None = None, published: str | None = None
) -> Added:
    """Save `data` as a new article in `root/documents` (UTF-8 text, within the size limit), named
    `NNN_<safe name>`; a title or date given is recorded in documents/metadata.yaml."""
    documents = root / "documents"
    where = Path(filename)
    if where.suffix.lower() != ".txt":
        raise KnowledgeError(where, "is not a .txt file: upload the article as plain UTF-8 text")
    if len(data) > MAX_DOCUMENT_BYTES:
        raise KnowledgeError(where, f"is {len(data):,} bytes, more than the limit of {MAX_DOCUMENT_BYTES:,}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise KnowledgeError(where, f"is not UTF-8 text (invalid byte at offset {exc.start})") from None
    if len(text.strip()) < MIN_TEXT:
        raise KnowledgeError(where, "holds no article text")
    slug = re.sub(r"[^a-z0-9]+", "_", normalize(where.stem)).strip("_")[:MAX_SLUG] or "article"
    numbers = [int(m.group(1)) for p in documents.glob("*.txt") if (m := _NUMBERED.match(p.name))]
    document = f"{max(numbers, default=-1) + 1:03d}_{slug}"
    path = documents / f"{document}.txt"
    if title and not text.lstrip().startswith(title.strip()):
        text = f"{title.strip()}\n\n{text}"
    metadata = documents / "metadata.yaml"
    before = metadata.read_text(encoding="utf-8") if metadata.exists() else None
    _write(path, text)
    if title or published:
        entry = [f"  {document}:"]
        if title:
            entry.append(f"    title: {json.dumps(title.strip(), ensure_ascii=False)}")
        if published:
            entry.append(f"    published: {json.dumps(published.strip())}")
        # Appended as text, so the curators' comments in the file stay as they are.
        head = before if before is not None and before.strip() else "documents:\n"
        _write(metadata, head.rstrip("\n") + "\n" + "\n".join(entry) + "\n")
    return Added(document=document, path=path, metadata=metadata, metadata_before=before)


def take_back(added: Added) -> None:
    """Undo `add_article` (the reload refused the article): the folder is as it was."""
    added.path.unlink(missing_ok=True)
    if added.metadata_before is None:
        added.metadata.unlink(missing_ok=True)
    else:
        _write(added.metadata, added.metadata_before)


def _write(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)
