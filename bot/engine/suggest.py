"""The suggest step of decide: up to three questions the articles do answer, offered with a declined
question or a greeting — one per point (deal and attribute) of the facts weighed for the question, else
the first deals' headline points."""

from __future__ import annotations

from collections.abc import Iterable

from bot.engine.index import KnowledgeIndex
from bot.engine.query import Query
from bot.engine.weights import MIN_SUGGESTED, SUGGESTIONS
from bot.knowledge.base import KnowledgeBase
from bot.knowledge.models import Fact

_SUGGESTIONS = {
    "investment": ("Wie viel Geld fließt bei: {deal}?", "How much money is involved in: {deal}?"),
    "capacity": ("Wie viel Rechenleistung umfasst: {deal}?", "How much capacity does this cover: {deal}?"),
    "timeline": ("Wann startet: {deal}?", "When does it start: {deal}?"),
    "hardware": ("Welche Hardware nutzt: {deal}?", "Which hardware does it use: {deal}?"),
    "location": ("Wo entsteht: {deal}?", "Where is it built: {deal}?"),
    "site_area": ("Wie groß ist das Gelände: {deal}?", "How large is the site: {deal}?"),
    "jobs": ("Wie viele Arbeitsplätze schafft: {deal}?", "How many jobs does it create: {deal}?"),
    "market_reaction": ("Wie hat die Börse reagiert: {deal}?", "How did the market react: {deal}?"),
    "agreement": ("Wie ist die Vereinbarung geregelt: {deal}?", "What form does the agreement take: {deal}?"),
    "people": ("Wer steht dahinter: {deal}?", "Who is behind it: {deal}?"),
    "partners": ("Welche Partner sind beteiligt: {deal}?", "Which partners are involved: {deal}?"),
    "role": ("Wer übernimmt welche Rolle: {deal}?", "Who plays which role: {deal}?"),
    "rationale": ("Warum gibt es: {deal}?", "Why this deal: {deal}?"),
    "gpus": ("Wie viele GPUs sind geplant: {deal}?", "How many GPUs are planned: {deal}?"),
    "structure": ("Wie ist es organisiert: {deal}?", "How is it organised: {deal}?"),
    "energy": ("Wie viel Energie braucht: {deal}?", "How much energy does it need: {deal}?"),
    "risks": ("Welche Risiken gibt es: {deal}?", "What are the risks: {deal}?"),
    "previous_deals": ("Welche Deals gingen voraus: {deal}?", "Which deals came before: {deal}?"),
}


def suggestion(fact: Fact, kb: KnowledgeBase, language: str) -> str:
    """The question about `fact`'s point, naming its deal, in `language`."""
    de, en = _SUGGESTIONS.get(
        fact.attribute.value, ("Was sagen die Artikel zu: {deal}?", "What about: {deal}?")
    )
    deal = kb.deals.get(fact.deal)
    name = fact.deal if deal is None else deal.name.de if language == "de" else deal.name.en
    return (de if language == "de" else en).format(deal=name)


class Suggester:
    """Suggestions from one knowledge base; the starters are worked out once per language."""

    def __init__(self, kb: KnowledgeBase, index: KnowledgeIndex) -> None:
        self.kb = kb
        self.index = index
        self._starters: dict[str, list[str]] = {}

    def related(self, query: Query, ranked: Iterable[tuple[Fact, float]]) -> list[str]:
        """A question for each of the best-scored facts' points, else the starters."""
        seen: set[tuple[str, str]] = set()
        out: list[str] = []
        for fact, score in ranked:
            family = (fact.deal, fact.attribute.value)
            if family in seen or score < MIN_SUGGESTED:
                continue
            seen.add(family)
            out.append(suggestion(fact, self.kb, query.language))
            if len(out) == SUGGESTIONS:
                return out
        return out or self.starters(query)

    def starters(self, query: Query) -> list[str]:
        cached = self._starters.get(query.language)
        if cached is None:
            cached = self._starters[query.language] = self._headlines(query.language)
        return list(cached)

    def _headlines(self, language: str) -> list[str]:
        out = []
        for deal in self.kb.deals.values():
            headline = next((f for f in self.index.facts_by_deal.get(deal.id, []) if f.headline), None)
            if headline is not None:
                out.append(suggestion(headline, self.kb, language))
            if len(out) == SUGGESTIONS:
                break
        return out
