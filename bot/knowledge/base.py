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

    def counts(self) -> dict[str, int]:
        return {
            "documents": len(self.documents),
            "deals": len(self.deals),
            "facts": len(self.facts),
            "snippets": len(self.snippets),
        }


def fact_fingerprint(fact: Fact) -> str:
    return hashlib.sha256(fact.model_dump_json().encode()).hexdigest()
