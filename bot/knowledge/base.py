"""The validated, immutable fact base one reload produces and the engine answers from."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from bot.knowledge.models import Deal, Fact
from bot.knowledge.numbers import Number


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    title: str
    language: str
    text: str
    published: str | None = None
    source: str | None = None

    def fingerprint(self) -> str:
        payload = json.dumps([self.title, self.language, self.published, self.source, self.text])
        return hashlib.sha256(payload.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class Snippet:
    """A sentence of a document that carries a figure: the fallback for questions no fact covers."""

    document: str
    position: int
    text: str
    numbers: tuple[Number, ...]


@dataclass(frozen=True, slots=True)
class KnowledgeBase:
    documents: dict[str, Document]
    deals: dict[str, Deal]
    facts: dict[str, Fact]
    snippets: tuple[Snippet, ...] = field(default_factory=tuple)
    origins: dict[str, str] = field(default_factory=dict, compare=False)
    """fact id -> the file it came from, relative to the knowledge folder (`facts/skyport.yaml`)"""

    def counts(self) -> dict[str, int]:
        return {
            "documents": len(self.documents),
            "deals": len(self.deals),
            "facts": len(self.facts),
            "snippets": len(self.snippets),
        }


@dataclass(frozen=True, slots=True)
class Changes:
    """What a new fact base adds, removes and changes against the one before (ids, sorted)."""

    added_facts: list[str]
    removed_facts: list[str]
    changed_facts: list[str]
    added_documents: list[str]
    removed_documents: list[str]
    changed_documents: list[str]


def _compare(before: dict[str, object], after: dict[str, object]) -> tuple[list[str], list[str], list[str]]:
    added = sorted(set(after) - set(before))
    removed = sorted(set(before) - set(after))
    # Unchanged files hand back the very same objects (ParseCache): identity first, equality after.
    changed = sorted(
        k for k in set(before) & set(after) if before[k] is not after[k] and before[k] != after[k]
    )
    return added, removed, changed


def changes(old: KnowledgeBase | None, new: KnowledgeBase) -> Changes:
    facts = _compare(dict(old.facts) if old else {}, dict(new.facts))
    documents = _compare(dict(old.documents) if old else {}, dict(new.documents))
    return Changes(*facts, *documents)


def wiped_files(old: KnowledgeBase | None, new: KnowledgeBase) -> dict[str, int]:
    """Files that gave facts before and give none now, with the number of their facts that are gone:
    a deleted, unreadable or emptied file (or folder). Facts that moved to another file do not count."""
    if old is None:
        return {}
    still = set(new.origins.values())
    wiped: dict[str, int] = {}
    for fact_id, origin in old.origins.items():
        if origin not in still and fact_id not in new.facts:
            wiped[origin] = wiped.get(origin, 0) + 1
    return dict(sorted(wiped.items()))
