"""Follow-ups: what an answer was about (its `Context`), and a next question read with what it lacks
("und wann?" asked after a question about a deal names no subject; "what about X?" asks nothing new)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.answer import Answer, Context
from bot.engine.asked import Kind, asked
from bot.engine.lexicon import INTERROGATIVE_WORDS
from bot.engine.query import Query
from bot.engine.reading import Reader
from bot.engine.replies import deal_name
from bot.knowledge.base import KnowledgeBase


@dataclass(frozen=True)
class FollowUp:
    """A follow-up question made whole: `question` is asked instead, and the answer names `assumed`."""

    question: str
    assumed: str

    def applied(self, asked_as: str, answer: Answer) -> Answer:
        """The answer to the whole question, as the answer to the question as it was asked."""
        text = f"{self.assumed}: {answer.answer}" if self.assumed else answer.answer
        return answer.model_copy(update={"question": asked_as, "answer": text})


_IT = frozenset({"it", "es"})  # a thing pointed back at, not a company's ("its", "sein") or a person's
_PREPOSITIONS = frozenset("on about of in for to at by from über ueber zu für fuer von".split())


def follow_up(
    query: Query,
    question: str,
    context: Context,
    reader: Reader,
    kb: KnowledgeBase,
    pointing: bool = False,
) -> FollowUp | None:
    """The question with what it lacks from `context`, or None when it stands on its own. `pointing`: a
    later part of one message pointing back ("… and how much is it investing in Globex"), whose "it" is
    the first part's subject even where it names another company."""
    asks = any(w in INTERROGATIVE_WORDS for w in query.words)
    if not query.words or not (asks or not query.chitchat):
        return None  # "danke!": nothing asked, nothing to inherit
    names, spans = reader.names_in(list(query.words))
    ask = asked(list(query.words), query.text, spans)
    known = {n.casefold() for n in context.names}
    if pointing and context.names and not known & {reader.names.names[n].display.casefold() for n in names}:
        # "who led Acme's round and when is it supposed to close": "it" is the thing the first part asked
        # of, where the part asks of no thing of its own
        it = [i for i, w in enumerate(query.words) if w in _IT]
        # (not "who do they quote on it": "it" after a preposition is what is talked about)
        subject = any(not i or query.words[i - 1] not in _PREPOSITIONS for i in it)
        thing = context.topic if len(ask.topic) <= 1 and subject else []
        return FollowUp(f"{question} {' '.join([*context.names, *thing])}", "")
    if not names and not query.entities and context.names:
        deals = [deal_name(kb, d, query.language) for d in context.deals if d in kb.deals]
        return FollowUp(
            f"{question} {' '.join(context.names)}", ", ".join(deals) or " – ".join(context.names)
        )
    if names and not ask.topic and ask.kind is Kind.WHAT and context.topic:
        return FollowUp(f"{question} {' '.join(context.topic)}", "")  # "what about Cobalt?"
    return None


def context_of(query: Query, answer: Answer, reader: Reader) -> Context | None:
    """What an answer was about, for the next question: the names asked, the words asked, the deals."""
    names, spans = reader.names_in(list(query.words))
    if not names or not answer.answered:
        return None
    shown = [reader.names.names[n].display for n in names if n in reader.names.names]
    topic = list(asked(list(query.words), query.text, spans).topic)
    return Context(names=shown, topic=topic, deals=answer.deals)
