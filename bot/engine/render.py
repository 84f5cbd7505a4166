"""Render stage: `Decision` → `Answer`, in the question's language (replies.py for curated facts and
declines, publication.py for the articles' dates, the reading path's `render` for a document sentence)."""

from __future__ import annotations

from itertools import islice

from bot.answer import Answer, CitationOut
from bot.engine import reading, replies
from bot.engine.decisions import (
    Decision,
    Decline,
    FromFacts,
    FromSentence,
    Greeting,
    Mentioned,
    NotGiven,
    Published,
)
from bot.engine.lexicon import asks_which_article
from bot.engine.passages import Passage
from bot.engine.publication import publication
from bot.engine.query import Query
from bot.knowledge.base import KnowledgeBase

# A name found in the articles' sentences, by the name index: sure of the article, though no curated fact
MENTIONED_CONFIDENCE = 0.8


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
        case FromSentence(reading=read, inexact=inexact):
            answer = reading.render(query.text, query.answer_language, read, kb, inexact)
            if not asks_which_article(query.words):
                return answer
            # "welcher Artikel nennt 1.150 Racks": the article by its headline, then what it says
            head, _, rest = answer.answer.partition("\n")
            found = head.split(":", 1)[1].strip()
            named = _articles_named([read.passage.document], kb, answer.language)
            return answer.model_copy(update={"answer": f"{named} {found}".rstrip() + f"\n{rest}"})
        case Mentioned(passages=passages):
            return _mentioned(query, passages, kb)
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
        # "which article mentions Jo Roe": the articles the facts quote, by number and headline
        documents = sorted(
            {c.document for f in decision.facts for c in f.citations if c.document in kb.documents}
        )
        if documents:
            head = _articles_named(documents, kb, answer.language)
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


def _articles_named(documents: list[str], kb: KnowledgeBase, language: str) -> str:
    """ "Artikel 164 („Nordlys verkleinert …“), 166 („…“):": articles asked for, by the number answers cite
    them by and by their headline."""
    named = ", ".join(
        f"{d.split('_')[0]} („{kb.documents[d].title}“)"
        if language == "de"
        else f'{d.split("_")[0]} ("{kb.documents[d].title}")'
        for d in documents
    )
    if language == "de":
        return f"Artikel {named}:"
    return f"{'Article' if len(documents) == 1 else 'Articles'} {named}:"


def _mentioned(query: Query, passages: tuple[Passage, ...], kb: KnowledgeBase) -> Answer:
    """The articles naming what is asked, each with its first sentence that does, quoted."""
    language = query.answer_language
    head = _articles_named([p.document for p in passages], kb, language)
    quotes = [f"„{p.text}“" if language == "de" else f'"{p.text}"' for p in passages]
    return Answer(
        question=query.text,
        answered=True,
        answer="\n".join([head, *quotes]),
        language=language,
        confidence=MENTIONED_CONFIDENCE,
        figures=[],
        citations=[
            CitationOut(document=p.document, title=kb.documents[p.document].title, quote=p.text)
            for p in passages
        ],
        is_question=True,
    )
