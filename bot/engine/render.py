"""Render stage: `Decision` → `Answer`, in the question's language (replies.py for curated facts and
declines, publication.py for the articles' dates, the reading path's `render` for a document sentence)."""

from __future__ import annotations

from itertools import islice

from bot.answer import Answer
from bot.engine import reading, replies
from bot.engine.decisions import (
    Decision,
    Decline,
    FromFacts,
    FromSentence,
    Greeting,
    NotGiven,
    Published,
)
from bot.engine.lexicon import asks_which_article
from bot.engine.publication import publication
from bot.engine.query import Query
from bot.knowledge.base import KnowledgeBase


def render(query: Query, decision: Decision, kb: KnowledgeBase) -> Answer:
    match decision:
        case Greeting(suggestions=suggestions):
            # The greeting names a few deals and says there are more: no need to name 10,000 of them.
            shown = islice(kb.deals, replies.MAX_DEALS_NAMED + 1)
            names = [replies.deal_name(kb, d, query.language) for d in shown]
            return replies.small_talk(query, list(suggestions), names)
        case Decline(suggestions=suggestions):
            return replies.not_covered(query, list(suggestions))
        case NotGiven(fact=fact, suggestions=suggestions, what=what):
            return replies.no_figure(query, fact, kb, list(suggestions), what=what)
        case Published(documents=documents, what=what):
            return publication(query, documents, what)
        case FromSentence(reading=read):
            return reading.render(query.text, query.answer_language, read, kb)
        case FromFacts():
            return _from_facts(query, decision, kb)


def _from_facts(query: Query, decision: FromFacts, kb: KnowledgeBase) -> Answer:
    answer = replies.from_facts(
        query,
        decision.facts,
        kb,
        decision.confidence,
        overview=decision.shape == "overview",
        missing=decision.missing,
    )
    if asks_which_article(query.words):
        # "which article mentions Jo Roe": the articles the facts quote, by the number answers cite them by
        labels = sorted({c.document.split("_")[0] for f in decision.facts for c in f.citations})
        named = ", ".join(labels)
        if labels:
            head = (
                f"Artikel {named}:"
                if answer.language == "de"
                else f"{'Article' if len(labels) == 1 else 'Articles'} {named}:"
            )
            answer = answer.model_copy(update={"answer": f"{head}\n{answer.answer}"})
    if decision.supplement is None:
        return answer
    extra = reading.render(query.text, answer.language, decision.supplement, kb)
    return answer.model_copy(
        update={
            "answer": f"{answer.answer}\n{extra.answer}",
            "citations": [*answer.citations, *(c for c in extra.citations if c not in answer.citations)],
        }
    )
