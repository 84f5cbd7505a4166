"""The parse stage's output: what the engine understood of one question, fixed once parsed.

Every later stage reads it; none changes it (a stage that needs another reading, such as "each asked
attribute on its own", makes a changed copy with `dataclasses.replace`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bot.answer import Language
from bot.engine.index import Entity


@dataclass(frozen=True)
class Query:
    """A question as words, names, numbers and what it asks for (all words normalised)."""

    text: str  # the question as asked (cut at MAX_QUESTION_CHARS)
    language: str
    words: tuple[str, ...]  # every word, misspellings of asking words corrected
    content: tuple[str, ...]  # the words that are not stopwords
    spaced: str  # " word word … ": curated question phrases are looked up in it
    numbers: tuple[float, ...]
    number_units: tuple[str | None, ...]  # each number's unit as the question states it ("10 per cent")
    entities: tuple[Entity, ...]  # the names it mentions, in the order it mentions them
    entity_words: frozenset[str]  # the words that spell those names
    besides: frozenset[str]  # names after "besides": known, not asked about
    documents: frozenset[str]  # "laut dem GPU-Artikel": the documents it points at
    document_words: frozenset[str]  # the words that point at them
    intents: Mapping[str, float]  # attribute → how surely it is asked
    intent_terms: Mapping[str, float]  # stem of an asking word → its strongest intent
    primary: Mapping[str, float]  # what must be answered ("how many jobs": jobs), when it says
    primary_term: str | None  # "which platform": a fact naming a platform answers
    units: frozenset[str]  # the units an answer must be in ("wie viel Prozent": %)
    quantity: bool  # a figure is asked
    counted: str | None  # "wie viele Rechenzentren": a count of that, which the facts may not give
    counting: bool  # "how many", not "how much"
    size_asked: bool  # "wie groß ist X": its money and its gigawatts
    asks_title: bool
    titles: tuple[tuple[str, ...], ...]  # the title groups it names ("CFO")
    asks_qualifier: bool  # "a floor or a cap?"
    asks_conflict: bool  # "why do the figures differ"
    out_of_scope: bool  # asks for what the articles never give (a share price, the weather)
    advice: bool  # asks what to do or what the bot thinks ("soll ich kaufen"): no article says
    compare: bool
    chitchat: bool
    is_question: bool
    unknown: tuple[str, ...]  # capitalised words the articles never use ("Siemens")
    unknown_lower: tuple[str, ...]  # longer words the articles never use, in any case
    topic_words: tuple[str, ...]  # its own subject words ("finished", "second")
    aside: frozenset[str] = frozenset()  # "not Acme, the Globex one": names put aside, no subject at all
    # "the report on the share price reaction": the words of a phrase describing an article, no topic asked
    described: frozenset[str] = frozenset()
    firmly_pointed: bool = False  # the documents were picked surely: nothing of another article answers

    @property
    def named_deals(self) -> set[str]:
        deals: set[str] = set()
        for entity in self.entities:
            deals |= entity.alias_of
        return deals

    @property
    def focus(self) -> str | None:
        return max(self.intents, key=lambda a: self.intents[a]) if self.intents else None

    @property
    def strongest_intent(self) -> float:
        return max(self.intents.values(), default=0.0)

    @property
    def answer_language(self) -> Language:
        """The language answers are written in: German, or else English."""
        return "de" if self.language == "de" else "en"
