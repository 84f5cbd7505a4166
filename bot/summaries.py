"""Deal and document summaries for /deal, /deals and /source: facts grouped, each with its source."""

from __future__ import annotations

from pydantic import BaseModel, Field

from bot.answer import CitationOut
from bot.engine.formatting import figure_text
from bot.engine.replies import citations_for, statement
from bot.knowledge.base import KnowledgeBase
from bot.knowledge.models import Attribute, Fact

ATTRIBUTE_LABELS: dict[Attribute, tuple[str, str]] = {
    Attribute.INVESTMENT: ("Investition", "Investment"),
    Attribute.CAPACITY: ("Kapazität", "Capacity"),
    Attribute.HARDWARE: ("Hardware", "Hardware"),
    Attribute.GPUS: ("GPUs", "GPUs"),
    Attribute.TIMELINE: ("Zeitplan", "Timeline"),
    Attribute.LOCATION: ("Standort", "Site"),
    Attribute.SITE_AREA: ("Fläche", "Site area"),
    Attribute.JOBS: ("Arbeitsplätze", "Jobs"),
    Attribute.MARKET_REACTION: ("Börsenreaktion", "Market reaction"),
    Attribute.AGREEMENT: ("Vereinbarung", "Agreement"),
    Attribute.PARTNERS: ("Partner", "Partners"),
    Attribute.PEOPLE: ("Personen", "People"),
    Attribute.ROLE: ("Rollen", "Roles"),
    Attribute.STRUCTURE: ("Struktur", "Structure"),
    Attribute.ENERGY: ("Energie", "Energy"),
    Attribute.RATIONALE: ("Hintergrund", "Rationale"),
    Attribute.RISKS: ("Risiken", "Risks"),
    Attribute.PREVIOUS_DEALS: ("Frühere Deals", "Earlier deals"),
}
_ORDER = list(ATTRIBUTE_LABELS)


class SummaryLine(BaseModel):
    attribute: str
    label: str
    text: str
    figure: str | None = None
    citations: list[CitationOut] = Field(default_factory=list)
    conflict: bool = False
    headline: bool = False


class DealSummary(BaseModel):
    id: str
    name: str
    parties: list[str]
    summary: str | None = None
    lines: list[SummaryLine] = Field(default_factory=list)


class DocumentInfo(BaseModel):
    id: str
    title: str
    language: str
    published: str | None = None
    facts: list[SummaryLine] = Field(default_factory=list)


def label(attribute: Attribute, language: str) -> str:
    de, en = ATTRIBUTE_LABELS.get(attribute, (attribute.value, attribute.value))
    return de if language == "de" else en


def summary_line(fact: Fact, kb: KnowledgeBase, language: str) -> SummaryLine:
    return SummaryLine(
        attribute=fact.attribute.value,
        label=label(fact.attribute, language),
        text=statement(fact, language),
        figure=figure_text(fact.figure, language) if fact.figure else None,
        citations=citations_for([fact], kb),
        conflict=fact.conflict is not None,
        headline=fact.headline,
    )


def deal_summary(kb: KnowledgeBase, deal_id: str, language: str) -> DealSummary | None:
    deal = kb.deals.get(deal_id)
    if deal is None:
        return None
    facts = sorted(
        (f for f in kb.facts.values() if f.deal == deal_id), key=lambda f: _ORDER.index(f.attribute)
    )
    return DealSummary(
        id=deal.id,
        name=deal.name.de if language == "de" else deal.name.en,
        parties=list(deal.parties),
        summary=(deal.summary.de if language == "de" else deal.summary.en) if deal.summary else None,
        lines=[summary_line(f, kb, language) for f in facts],
    )


def document_info(kb: KnowledgeBase, doc_id: str, language: str) -> DocumentInfo | None:
    document = kb.documents.get(doc_id)
    if document is None:
        return None
    facts = [f for f in kb.facts.values() if any(c.document == doc_id for c in f.citations)]
    return DocumentInfo(
        id=document.id,
        title=document.title,
        language=document.language,
        published=document.published,
        facts=[summary_line(f, kb, language) for f in facts],
    )
