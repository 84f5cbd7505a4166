"""The suggest step of decide: which curated facts to suggest questions about when a question is declined
or only greets (render words the questions, replies.suggestion)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.engine.index import KnowledgeIndex
from bot.engine.scoring import Candidate
from bot.engine.weights import MIN_SUGGESTED, SUGGESTIONS
from bot.knowledge.base import KnowledgeBase
from bot.knowledge.models import Fact


def suggestions(ranked: list[Candidate], starters: Sequence[Fact]) -> list[Fact]:
    """One fact for each of the best candidates' points (deal and attribute), else the starters."""
    seen: set[tuple[str, str]] = set()
    out: list[Fact] = []
    for candidate in ranked:
        if candidate.family in seen or candidate.score < MIN_SUGGESTED:
            continue
        seen.add(candidate.family)
        out.append(candidate.fact)
        if len(out) == SUGGESTIONS:
            return out
    return out or list(starters)


def headline_suggestions(kb: KnowledgeBase, index: KnowledgeIndex) -> list[Fact]:
    """The first deals' headline facts: what to start with when nothing else fits."""
    out = []
    for deal in kb.deals.values():
        headline = next((f for f in index.facts_by_deal.get(deal.id, []) if f.headline), None)
        if headline is not None:
            out.append(headline)
        if len(out) == SUGGESTIONS:
            break
    return out
