"""Question in, Answer out: recognise the deal and what is asked, pick the fact that fits both, or abstain.

Pipeline: numbers out → normalise → names (exact, then misspelt) → asked-for attributes → score facts
that may answer (they must involve every name asked about) → answer when the best is strong and clearly
ahead of a different answer → else a document sentence (reading.py) → else "the articles don't say" +
suggestions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.answer import Answer, Context
from bot.engine import replies
from bot.engine.asked import Kind, asked
from bot.engine.index import KnowledgeIndex
from bot.engine.lexicon import (
    AFFINITY,
    ARTICLE_WORDS,
    COMPLETION_WORDS,
    CONJUNCTIONS,
    FIGURE_ATTRIBUTES,
    INTERROGATIVE_WORDS,
    NUMBER_WORDS,
    OVERVIEW_WORDS,
    PERSONAL,
    PUBLISH_WORDS,
    TIME_COUNTED,
    VAGUE_QUANTITIES,
    WHEN_WORDS,
    matches,
)
from bot.engine.parse import Parser
from bot.engine.publication import publication
from bot.engine.query import Query
from bot.engine.reading import render
from bot.engine.retrieve import Retriever, reader_for
from bot.engine.scoring import Candidate, fit, names_a_fact
from bot.engine.text import normalize, words
from bot.engine.weights import (
    MIN_MARGIN,
    MIN_SCORE,
    SIBLING_GAP,
    SUPPLEMENT_COVER,
)
from bot.knowledge.base import KnowledgeBase
from bot.knowledge.models import Fact

# Where curated facts exist, figures come only from them: a figure their curators left out for a named
# company is the trap ("Orbis's own investment"), so the sentences answer only what is told in words.
WORDED_KINDS = frozenset({Kind.PERSON, Kind.ORG, Kind.PLACE, Kind.SAID, Kind.WHAT, Kind.DATE, Kind.DURATION})


def _same_answer(a: Fact, b: Fact) -> bool:
    """Would `b` tell the asker the same as `a`? Then it is no rival for the margin."""
    if (a.deal, a.attribute) == (b.deal, b.attribute) or (a.conflict and a.conflict == b.conflict):
        return True
    if a.figure and b.figure:
        return (a.figure.value, a.figure.unit) == (b.figure.value, b.figure.unit)
    if a.attribute == b.attribute and a.entities:
        return {normalize(e) for e in a.entities} == {normalize(e) for e in b.entities}
    return False


class Engine:
    def __init__(self, kb: KnowledgeBase) -> None:
        # Unreviewed drafts do not answer: the article's sentences do, until a curator signs them off.
        self.kb = replace(kb, facts={k: f for k, f in kb.facts.items() if not f.draft})
        self.reader = reader_for(self.kb)
        self.index = KnowledgeIndex(self.kb, self.reader.places())
        self.parser = Parser(self.index, len(self.kb.documents))
        self.retriever = Retriever(self.kb, self.index, self.reader)
        self._starters: dict[str, list[str]] = {}

    # ---------------------------------------------------------------- understanding
    def parse(self, question: str, locale: str | None = None) -> Query:
        return self.parser.parse(question, locale)

    # ---------------------------------------------------------------- answering
    def ask(self, question: str, locale: str | None = None, context: Context | None = None) -> Answer:
        """The answer to `question`; with `context` (what the conversation was about), a follow-up that
        names no subject ("und wann?") or asks nothing new about a named one ("what about X?") is read
        with what it lacks, and the answer says which subject it assumed."""
        parsed = self.parse(question, locale)
        asks = any(w in INTERROGATIVE_WORDS for w in parsed.words)
        if context is not None and parsed.words and (asks or not parsed.chitchat):
            followed = self._follow_up(parsed, context, question, locale)
            if followed is not None:
                return followed
        answer = self._answer(parsed)
        if answer.answered and answer.facts:
            facts = [self.kb.facts[f] for f in answer.facts if f in self.kb.facts]
            answer = self._supplemented(parsed, answer, facts)
        return answer.model_copy(update={"context": self._context_of(parsed, answer)})

    def _context_of(self, parsed: Query, answer: Answer) -> Context | None:
        names, spans = self.reader.names_in(list(parsed.words))
        if not names or not answer.answered:
            return None
        shown = [self.reader.names.names[n].display for n in names if n in self.reader.names.names]
        topic = list(asked(list(parsed.words), parsed.text, spans).topic)
        return Context(names=shown, topic=topic, deals=answer.deals)

    def _follow_up(self, parsed: Query, context: Context, question: str, locale: str | None) -> Answer | None:
        names, spans = self.reader.names_in(list(parsed.words))
        ask = asked(list(parsed.words), parsed.text, spans)
        if not names and not parsed.entities and context.names:
            deals = [
                replies.deal_name(self.kb, d, parsed.language) for d in context.deals if d in self.kb.deals
            ]
            fuller, assumed = (
                f"{question} {' '.join(context.names)}",
                ", ".join(deals) or " – ".join(context.names),
            )
        elif names and not ask.topic and ask.kind is Kind.WHAT and context.topic:
            fuller, assumed = f"{question} {' '.join(context.topic)}", ""  # "what about Cobalt?"
        else:
            return None
        answer = self.ask(fuller, locale)
        if not answer.answered:
            return None
        text = f"{assumed}: {answer.answer}" if assumed else answer.answer
        return answer.model_copy(update={"question": question, "answer": text})

    def _answer(self, parsed: Query) -> Answer:
        if not parsed.content or parsed.chitchat:
            names = [replies.deal_name(self.kb, d, parsed.language) for d in self.kb.deals]
            return replies.small_talk(parsed, self._starter_suggestions(parsed.language), names)
        names, spans = self.reader.names_in(list(parsed.words))
        said = set(parsed.words)
        # "kaneda" is no misspelt "kanada" when an article names Kaneda: a foreign name must be typed.
        foreign = [e for e in parsed.entities if e.foreign and not self.reader.mentions(e.key)]
        if any(set(e.key.split()) <= said or not names for e in foreign):
            return replies.not_covered(parsed, self._starter_suggestions(parsed.language))
        if any(self.retriever.uncurated(name) for name in names):
            # A company, person or place no curated fact knows: only its own sentences can answer.
            return self._read(parsed, names, spans, None) or replies.not_covered(
                parsed, self._starter_suggestions(parsed.language)
            )
        if any(e.foreign for e in parsed.entities) or parsed.out_of_scope:
            return replies.not_covered(parsed, self._starter_suggestions(parsed.language))
        if any(matches(w, PUBLISH_WORDS) for w in parsed.words) and (
            parsed.documents or any(w in ARTICLE_WORDS for w in parsed.words)
        ):  # "wann ist der Artikel über Skyport erschienen": the documents' own dates
            named = sorted(parsed.documents) or list(self.kb.documents)
            return publication(parsed, [self.kb.documents[d] for d in named])
        ranked = self.retriever.candidates(parsed)
        deals = parsed.named_deals
        if parsed.compare and len(deals) >= 2:
            return self._compare(parsed, deals)
        several = self._several_asked(parsed)
        if parsed.size_asked and deals:  # "wie groß ist Skyport": its money and its gigawatts
            several = ["investment", "capacity"] + (
                ["site_area"] if any(e.place for e in parsed.entities) else []
            )
        if len(several) >= 2:
            # "how many jobs" alone would rule out the gigawatts: each asked attribute stands on its own.
            each = self.retriever.candidates(replace(parsed, primary={})) if parsed.primary else ranked
            picked = [next((c for c in each if c.fact.attribute.value == a), None) for a in several]
            found = [c for c in picked if c is not None and c.score >= MIN_SCORE]
            if len(found) >= 2:  # "how many jobs and how many gigawatts": each one
                facts = [f for c in found for f in self._with_conflicts(c.fact)]
                return replies.from_facts(parsed, facts, self.kb, min(c.score for c in found) / 2)
        rest = [w for w in parsed.content if w not in parsed.entity_words and w not in OVERVIEW_WORDS]
        # "zehnfacher Ausbau?" names one fact of a deal, not the whole deal: no overview.
        # "Nova One?", "was hat Poe damit zu tun": a name few facts carry, and nothing else asked.
        named_fact = any(names_a_fact(e) for e in parsed.entities)
        if deals and not rest and not parsed.quantity and parsed.strongest_intent < 0.5 and not named_fact:
            return self._overview(parsed, sorted(deals, key=list(self.kb.deals).index))
        if named_fact and parsed.strongest_intent < 0.5 and not parsed.quantity and not parsed.unknown_lower:
            named = [f for e in parsed.entities if names_a_fact(e) for f in sorted(e.facts)]
            facts = [self.kb.facts[f] for f in dict.fromkeys(named)]
            return replies.from_facts(parsed, facts[:3], self.kb, 0.6)
        best = self._tie_break(parsed, ranked) if ranked else None
        runner = next((c for c in ranked[1:] if best and not self._same_answer(best.fact, c.fact)), None)
        margin = best.score - runner.score if best and runner else 1.0
        subject_unknown = bool(parsed.unknown) and not deals
        if (
            best
            and parsed.unknown_lower
            and not deals
            and self.retriever.scorer.overlap(parsed, self.index.fact_terms[best.fact.id]) == 0
        ):
            subject_unknown = True  # a word the articles never use, and nothing else asked matches
        if best and best.score >= MIN_SCORE and margin >= MIN_MARGIN and not subject_unknown:
            figure = best.fact.figure
            if parsed.counted and (figure is None or figure.unit.value != "count"):
                return replies.not_covered(parsed, self._suggestions(parsed, ranked))
            wants = parsed.focus in FIGURE_ATTRIBUTES or best.fact.attribute.value in FIGURE_ATTRIBUTES
            if self._asks_when(parsed) and self._dateless(parsed, best.fact):
                read = None if names else self._read(parsed, names, spans, None)
                if read is not None:  # no company named: a sentence that has the date may
                    return read
                return replies.no_figure(
                    parsed, best.fact, self.kb, self._suggestions(parsed, ranked[1:]), what="date"
                )
            if (
                parsed.quantity
                and best.fact.figure is None
                and (wants or parsed.counting or bool(parsed.units))  # "wie viel … in Mrd": a sum
                and not self._told_in_words(parsed, best)
            ):
                read = None if names else self._read(parsed, names, spans, None)
                if read is not None:
                    return read
                return replies.no_figure(parsed, best.fact, self.kb, self._suggestions(parsed, ranked[1:]))
            if not self.reader.addresses(list(parsed.words), parsed.text, spans, self._fact_text(best.fact)):
                # "how long does the construction take" → not the investment period: a time fact must say
                # what it times. A sentence may say it; else no answer.
                read = self._read(parsed, names, spans, WORDED_KINDS)
                return read or replies.not_covered(parsed, self._suggestions(parsed, ranked))
            return self._from_facts(parsed, best, margin, ranked)
        ambiguous = best is not None and best.score >= MIN_SCORE
        if not subject_unknown:
            # Named companies are curated ones here: figures only from facts. Nobody named: any kind,
            # from a sentence whose words cover the question (the reader asks more of those). Two facts
            # too close to tell apart are no answer, but a sentence may still say what was asked.
            kinds = WORDED_KINDS if names or ambiguous else None
            read = self._read(parsed, names, spans, kinds)
            if read is None and kinds is not None and self.retriever.uncurated_documents:
                # An article no curated fact quotes may still give the figure (a new article about a
                # company the curated articles only mention).
                read = self._read(parsed, names, spans, None, self.retriever.uncurated_documents)
            if read is not None:
                return read
        return replies.not_covered(parsed, self._suggestions(parsed, ranked))

    @staticmethod
    def _fact_text(fact: Fact) -> str:
        quotes = [c.quote for c in fact.citations]
        return " ".join([fact.statement.de, fact.statement.en, *fact.keywords.de, *fact.keywords.en, *quotes])

    def _read(
        self,
        parsed: Query,
        names: list[str],
        spans: set[str],
        kinds: frozenset[Kind] | None,
        within: frozenset[str] = frozenset(),
    ) -> Answer | None:
        """The reading path: a document sentence holding the asked kind of answer for the subject."""
        reading = self.retriever.sentence(parsed, names, spans, kinds, within)
        if reading is None:
            return None
        return render(parsed.text, "de" if parsed.language == "de" else "en", reading, self.kb)

    def _supplemented(self, parsed: Query, answer: Answer, facts: Sequence[Fact]) -> Answer:
        """A curated answer on the point, plus the article's sentence when that says what exactly was asked
        ("womit wird der Stromverbrauch verglichen": the fact gives 4,5 GW, the sentence the comparison)."""
        names, spans = self.reader.names_in(list(parsed.words))
        statements = " ".join(t for f in facts for t in (f.statement.de, f.statement.en))
        if self.reader.addresses(
            list(parsed.words), parsed.text, spans, statements, every_kind=True, all_words=True
        ):
            return answer  # the answer already says every word asked: nothing to add
        reading = self.retriever.sentence(parsed, names, spans, WORDED_KINDS)
        if reading is None or reading.cover < SUPPLEMENT_COVER:
            return answer
        extra = render(parsed.text, answer.language, reading, self.kb)
        return answer.model_copy(
            update={
                "answer": f"{answer.answer}\n{extra.answer}",
                "citations": [
                    *answer.citations,
                    *(c for c in extra.citations if c not in answer.citations),
                ],
            }
        )

    @staticmethod
    def _several_asked(parsed: Query) -> list[str]:
        """Attributes asked for side by side ("Jobs und Gigawatt", "investment amount, capacity and
        timeline"): each named surely, none a near relative of another."""
        if not any(w in CONJUNCTIONS for w in parsed.words) and "," not in parsed.text:
            return []
        strong = sorted((a for a, w in parsed.intents.items() if w >= 0.8), key=lambda a: -parsed.intents[a])
        out: list[str] = []
        for attribute in strong:
            if all(
                attribute not in AFFINITY.get(o, {}) and o not in AFFINITY.get(attribute, {}) for o in out
            ):
                out.append(attribute)
        return out[:3]

    @staticmethod
    def _asks_when(parsed: Query) -> bool:
        return any(w in WHEN_WORDS for w in parsed.words) and parsed.focus == "timeline"

    def _dateless(self, parsed: Query, fact: Fact) -> bool:
        """A timeline fact with no year, date or duration ("construction is under way") says no "when"."""
        if fact.attribute.value != "timeline":
            return False
        done = [w for w in parsed.words if matches(w, COMPLETION_WORDS)]
        if done and not any(matches(t, COMPLETION_WORDS) for t in self.index.fact_terms[fact.id]):
            return True  # "wann ist Skyport fertig": an investment period is no completion date
        if self.index.fact_numbers[fact.id]:
            return False
        if any(w in ("date", "datum") for w in parsed.words):
            return True  # "on what date": "in the coming weeks" is none
        said = words(fact.statement.de + " " + fact.statement.en)
        return not any(w in NUMBER_WORDS or w in TIME_COUNTED for w in said)

    def _same_answer(self, a: Fact, b: Fact) -> bool:
        """`_same_answer`, and: two statements about the same few-fact company's part in a deal
        ("Kenji Mori of Sunbank handles the finances" / "Sunbank is responsible for financing")."""
        if _same_answer(a, b):
            return True
        personal = a.attribute.value in PERSONAL and b.attribute.value in PERSONAL and a.deal == b.deal
        if not personal:
            return False
        shared = {normalize(e) for e in a.entities} & {normalize(e) for e in b.entities}
        return any(0 < len(self.index.entities[k].facts) <= 5 for k in shared if k in self.index.entities)

    @staticmethod
    def _tie_break(parsed: Query, ranked: list[Candidate]) -> Candidate:
        """Equal scores: the fact naming what the question names most specifically ("Riverton", a name
        few facts carry, over "Skyport") goes first."""
        tied = [c for c in ranked if c.score >= ranked[0].score - 1e-6]
        return max(tied, key=lambda c: sum(1 / len(e.facts) for e in parsed.entities if c.fact.id in e.facts))

    def _told_in_words(self, parsed: Query, best: Candidate) -> bool:
        """ "How many GPUs" → "Millionen von GPUs": the articles' own answer, though not a figure."""
        fact = best.fact
        fits = fit(fact.attribute.value, parsed.primary or parsed.intents) >= 0.5
        said = words(fact.statement.de + " " + fact.statement.en)
        return fits and any(w in VAGUE_QUANTITIES or w in NUMBER_WORDS for w in said)

    def _with_conflicts(self, fact: Fact) -> list[Fact]:
        if fact.conflict:
            return [fact, *[f for f in self.index.conflicts[fact.conflict] if f.id != fact.id]]
        return [fact]

    @staticmethod
    def _names_more(parsed: Query, fact: Fact, than: Fact) -> bool:
        """Does `fact` name something the question names ("Ohio") that `than` does not?"""
        return any(fact.id in e.facts and than.id not in e.facts for e in parsed.entities)

    def _from_facts(
        self, parsed: Query, best: Candidate, margin: float, ranked: Sequence[Candidate] = ()
    ) -> Answer:
        facts = self._with_conflicts(best.fact)
        # A close sibling on the same point ("in the USA" / "first site: Riverton, Ohio") completes it.
        have = {f.id for f in facts}
        facts += [
            c.fact
            for c in ranked
            if c.fact.id not in have
            and not c.fact.conflict
            and (c.fact.deal, c.fact.attribute) == (best.fact.deal, best.fact.attribute)
            and (
                best.score - c.score <= SIBLING_GAP
                or self._names_more(parsed, c.fact, best.fact)
                or (c.fact.figure is not None and c.fact.figure.value in parsed.numbers)  # "4 % oder 4,4 %?"
            )
        ][:1]
        confidence = min(1.0, 0.5 * best.score + 0.5 * min(1.0, margin * 4))
        return replies.from_facts(parsed, facts, self.kb, confidence)

    def _overview(self, parsed: Query, deals: list[str]) -> Answer:
        facts: list[Fact] = []
        for deal in deals:
            headline = [f for f in self.index.facts_by_deal.get(deal, []) if f.headline]
            facts.extend(headline or self.index.facts_by_deal.get(deal, [])[:2])
        return replies.from_facts(parsed, facts, self.kb, 0.6, overview=True)

    def _compare(self, parsed: Query, deals: set[str]) -> Answer:
        picked: list[Fact] = []
        missing: list[str] = []
        ordered = sorted(deals, key=list(self.kb.deals).index)
        for deal, scored in zip(ordered, self.retriever.of_deals(parsed, ordered), strict=True):
            options = [c for c in scored if parsed.intents.get(c.fact.attribute.value, 0.0) >= 0.5]
            options.sort(key=lambda c: c.score, reverse=True)
            if options:
                picked.extend(self._with_conflicts(options[0].fact))
            else:
                missing.append(deal)
        if not picked:
            return replies.not_covered(parsed, self._starter_suggestions(parsed.language))
        return replies.from_facts(parsed, picked, self.kb, 0.7, missing=missing)

    # ---------------------------------------------------------------- suggestions
    def _suggestions(self, parsed: Query, ranked: list[Candidate]) -> list[str]:
        seen: set[tuple[str, str]] = set()
        out: list[str] = []
        for candidate in ranked:
            if candidate.family in seen or candidate.score < 0.1:
                continue
            seen.add(candidate.family)
            out.append(replies.suggestion(candidate.fact, self.kb, parsed.language))
            if len(out) == 3:
                return out
        return out or self._starter_suggestions(parsed.language)

    def _starter_suggestions(self, language: str) -> list[str]:
        cached = self._starters.get(language)
        if cached is None:
            cached = self._starters[language] = self._headline_suggestions(language)
        return list(cached)

    def _headline_suggestions(self, language: str) -> list[str]:
        out = []
        for deal in self.kb.deals.values():
            headline = next((f for f in self.index.facts_by_deal.get(deal.id, []) if f.headline), None)
            if headline is not None:
                out.append(replies.suggestion(headline, self.kb, language))
            if len(out) == 3:
                break
        return out
