"""Decide stage: `Query` + candidates → a `Decision`. In order: nothing asked → greeting; a name the
articles never use, or out of scope → decline; a name no curated fact covers → its own sentences; the
articles' dates → publication; compare / several / overview / a named fact; else the best candidate
answers when it is strong and clearly ahead of a different answer and gives the kind asked (a date, a
figure); else a document sentence; else decline with suggestions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from itertools import pairwise
from typing import Literal

from rapidfuzz.distance import Levenshtein

from bot.engine.asked import (
    FIGURE_KINDS,
    OCCASIONS,
    STAFF_WORDS,
    Asked,
    Kind,
    against_bound,
    asked,
    checks_claim,
    deal_named_by_sum,
    expansions,
    finite_verb,
    names_amount,
    names_unit,
    per_span_said,
    per_unit_word,
)
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
from bot.engine.evidence import (
    about_names,
    asks_completion,
    asks_now,
    asks_when,
    dateless,
    deadline_only,
    deals_stated,
    fact_text,
    gives_kind,
    names_more,
    no_span,
    planned,
    said,
    same_answer,
    several_asked,
    states_seat,
    tie_break,
    told_in_words,
    undated,
    wrong_unit,
)
from bot.engine.index import KnowledgeIndex
from bot.engine.lexicon import (
    ABOUT_WORDS,
    ARTICLE_CONCLUSION_WORDS,
    ARTICLE_WORDS,
    ATTRIBUTE_UNITS,
    AUTHOR_WORDS,
    CONCLUSION_WORDS,
    EARLIER_WORDS,
    FIGURE_ATTRIBUTES,
    HEADLINE_WORDS,
    INTENTS,
    INTERROGATIVE_WORDS,
    MONEY_SCALES,
    MONTHS,
    OVERVIEW_WORDS,
    POPULATION_WORDS,
    PUBLIC_BODIES,
    PUBLISH_WORDS,
    STOPWORDS,
    SUBSET_WORDS,
    SUMMARY_WORDS,
    VIEWS_WORDS,
    asks_stock_price,
    asks_which_article,
    matches,
    stated_day,
)
from bot.engine.names import (
    ORG,
    PERSON,
    PLACE,
    asks_role,
    countries,
    countries_in,
    country_adjectives,
    country_forms,
    demonym_country,
)
from bot.engine.parse import in_unit
from bot.engine.payment import PAY_VERBS, paid_by_another
from bot.engine.query import Query
from bot.engine.reading import (
    ANY_CHIEF,
    CHIEF_WORDS,
    COMPLETION,
    PREFIX,
    ROLE_WORDS,
    VALUATION_WORDS,
    VALUED,
    Reader,
    Reading,
    first_stage_only,
    inexact,
    moved_other_way,
    staff_made,
)
from bot.engine.retrieve import Retriever
from bot.engine.scoring import Candidate, names_a_fact
from bot.engine.suggestions import Checked, Suggester
from bot.engine.text import normalize, stem, words
from bot.engine.translations import dictionary_word
from bot.engine.weights import (
    BOUND_REACH,
    CLEAR_ASK,
    COMPARE_CONFIDENCE,
    CONFIDENCE_MARGIN,
    CONFIDENCE_SCORE,
    KIND_GAP,
    MARGIN_SCALE,
    MIN_MARGIN,
    MIN_SCORE,
    MIN_TITLE_WORD,
    NAMED_FACT_CONFIDENCE,
    NAMED_FACTS_SHOWN,
    OVERVIEW_CONFIDENCE,
    SEVERAL_CONFIDENCE,
    SIBLING_GAP,
    SUPPLEMENT_COVER,
)
from bot.knowledge.base import Document, KnowledgeBase
from bot.knowledge.models import CURRENCIES, Attribute, Fact, Qualifier
from bot.knowledge.numbers import find_numbers

# Words before the one a question cites as its source: "laut Roe", "according to Roe", "per Roe".
_SOURCE_WORDS = frozenset("laut lt per via so zufolge".split())
# Words after a person's name that make the money asked a company's ("Roe's company", "Roes Firma").
# ... or the deal it struck ("roe deal how much": the deal's sum, which no person pays)
_OWNED_WORDS = frozenset("company firm firma konzern unternehmen laden team deal deals partnership".split())
_PAIRED = frozenset("x and und vs".split())
# "which deal is bigger", "welcher Deal ist größer": the deals' sizes, told by their money
_BIGGER = frozenset("bigger larger biggest largest groesser groesste groessere groesseren".split())
# Words that narrow a question to what it names ("jobs in Springfield specifically", "allein dort").
# A company's value asked ("valuation", "bewertet", "worth"): a sum only, never that valuations are discussed
# (not "profitable": a state, which a risk told in words answers)
_VALUED = ("valu", "bewert", "worth", "wert")
_RISK_ASKED = ("risk", "risik", "gefahr", "danger", "concern", "sorge", "bedenk", "warum", "why")
# What facts without a figure may be about that never tells a sum (a deal's size in words does)
_UNSUMMED = frozenset(
    {Attribute.RISKS, Attribute.RATIONALE, Attribute.PEOPLE, Attribute.ROLE, Attribute.PARTNERS}
)
RESTRICTING_WORDS = frozenset("specifically speziell konkret alone allein only nur ausschliesslich".split())

# Where curated facts exist, figures come only from them: a figure their curators left out for a named
# company is the trap ("Orbis's own investment"), so the sentences answer only what is told in words.
# "who is quoted on …", "wer wird zitiert": a person's words are asked
_CITED = ("zitiert", "quoted", "cited", "herangezogen", "angefuehrt")
WORDED_KINDS = frozenset({Kind.PERSON, Kind.ORG, Kind.PLACE, Kind.SAID, Kind.WHAT, Kind.DATE, Kind.DURATION})


# A figure the question states, asked what it is or where it comes from ("4,5 GW – wo kommt die Zahl her?",
# "was sind die 1,2 GW", "what's the 26 GW about")
_OF_A_FIGURE = re.compile(
    r"\b(?:wo\s+kommt\s+(?:die|diese|das)\s+(?:zahl|ziffer|angabe)|woher\s+(?:kommt|stammt)"
    r"|was\s+(?:ist|sind|bedeutet|bedeuten|meint|heißt)\s+(?:die|der|das|diese[rns]?\s+)?\s*(?=\d)"
    r"|what(?:\s+is|\s+are|'s|s)\s+(?:the\s+|that\s+|this\s+|those\s+|these\s+)?(?=\d)"
    r"|what(?:'s|s|\s+is)\s+(?:that|this)\b|where(?:'s|\s+does|\s+is)\s+(?:that|this|the)\s+(?:number|figure))",
    re.IGNORECASE,
)
# A question asking what a quoted phrase means or refers to ("what does 'X' mean", "was bedeutet „X“")
_POLITICIANS = ("politician", "politiker")  # a person by the office of politics, which no title word says
# "welcher Artikel zitiert Jo Roe", "which article mentions Acme": words of being named, and the kinds such
# a question is parsed as, which ask nothing of what an article says of the name
_MENTIONING_WORDS = frozenset("zitiert zitieren zitiere quoted quotes quote cites cited cite rede".split())
_MENTION_KINDS = frozenset({Kind.WHAT, Kind.PERSON, Kind.ORG, Kind.SAID})
_MEANING = re.compile(
    r"\b(?:mean[st]?|meaning|refers?|referring|bedeutet|bedeuten|gemeint|meint|heißt|heisst|versteht|"
    r"trigger[s]?|tell us|sagt|say[s]?)\b",
    re.I,
)


_EXACT_WORDS = frozenset("genau exakt exactly precisely exact praezise".split())
# What a fact on these tells of a deal is no company doing a trade for it ("welche Baufirma …")
_NO_FIRM_ATTRIBUTES = frozenset(
    {
        Attribute.LOCATION,
        Attribute.SITE_AREA,
        Attribute.CAPACITY,
        Attribute.INVESTMENT,
        Attribute.JOBS,
        Attribute.TIMELINE,
        Attribute.MARKET_REACTION,
    }
)


def _asks_exact(query: Query) -> bool:
    return not _EXACT_WORDS.isdisjoint(query.words)


def _more_exact(fact: Fact, than: Fact) -> bool:
    """Does `fact` give its figure more exactly than `than` does ("4,4 %" than "mehr als 4 %")?"""
    if fact.figure is None or than.figure is None:
        return False
    return fact.figure.qualifier is Qualifier.EXACT and than.figure.qualifier is not Qualifier.EXACT


def _within_bound(fact: Fact, bound: Fact) -> bool:
    """Is `fact` the exact figure inside the bound `bound` gives of the same thing ("4,4 %" within "mehr
    als 4 %")? Shown beside it, the bound never hides the exact figure an article also states."""
    if not _more_exact(fact, bound) or fact.entities != bound.entities:
        return False
    assert fact.figure is not None and bound.figure is not None
    if fact.figure.unit is not bound.figure.unit or fact.figure.period != bound.figure.period:
        return False
    value, limit = fact.figure.value, bound.figure.value
    match bound.figure.qualifier:
        case Qualifier.MORE_THAN:
            return limit < value <= limit * BOUND_REACH
        case Qualifier.AT_LEAST:
            return limit <= value <= limit * BOUND_REACH
        case Qualifier.UP_TO:
            return limit / BOUND_REACH <= value <= limit
        case _:
            return abs(value - limit) <= limit * (BOUND_REACH - 1)


# "Ich brauche die exakte Summe, keine Spanne", "eine Zahl bitte", "not the 'up to' number": one exact figure,
# which a range or an approximation is not
_ONE_FIGURE = re.compile(
    r"\b(?:keine spanne|no range|not a range|eine zahl bitte|one number|a single (?:number|figure)"
    r"|not the .?up to|nicht (?:den|das|die) .?bis zu)",
    re.IGNORECASE,
)
# a sum said per thing: "je Aktie", "pro GPU", "per share", "for each chip"
_EACH_SAID = re.compile(r"\b(?:je|pro|per|each|jede[nrs]?|jeweils)\b", re.IGNORECASE)


class Decider:
    """Decides for one knowledge base. It asks retrieve for the curated candidates once per question and
    for a document sentence only where the facts do not answer: most questions never search sentences."""

    def __init__(
        self,
        kb: KnowledgeBase,
        index: KnowledgeIndex,
        retriever: Retriever,
        ask: Callable[[str], Checked],
    ) -> None:
        self.kb = kb
        self.index = index
        self.retriever = retriever
        self.reader: Reader = retriever.reader
        # Suggestions are verified by asking them (`ask` is the engine's check): only answerable ones.
        self.suggester = Suggester(kb, ask)

    def decide(self, query: Query) -> Decision:
        """What answers `query`; a curated answer gets the article's sentence when that says more."""
        if COMPLETION.search(query.text):
            completed = self.reader.completed(query.text)
            if completed is not None:  # "„Die Energie … wird nicht …“ wie geht der Satz weiter?"
                return FromSentence(completed)
        if any(u is not None for u in query.number_units) and _OF_A_FIGURE.search(query.text):
            # "4,5 gw, wo kommt die zahl her?", "was sind die 1,2 GW in Springfield?": the sentence giving it
            # figure; none, where no article gives it (another figure of the subject is no answer)
            stating = self.reader.stating(query.numbers, query.number_units, query.topic_words)
            if stating is not None:
                return FromSentence(stating)
            if not self.reader.states(query.numbers, query.number_units):
                return Decline(self._starter_suggestions(query))
        decision = self._decide(query)
        if (
            isinstance(decision, FromFacts)
            and decision.facts
            and all(f.figure is None and f.attribute in _UNSUMMED for f in decision.facts)
            and any(w.startswith(_VALUED) for w in query.words)
            and not any(w.startswith(_RISK_ASKED) for w in query.words)  # "what risk for AI valuations"
            and asked(list(query.words), query.text, self._names(query)[1]).kind is Kind.MONEY
        ):
            # "acme valuation laut den artikeln?": a value, which facts on risks saying that valuations
            # are discussed do not give (a deal's "milliardenschwer" does, in words)
            decision = Decline(self._starter_suggestions(query))
        member_of = self._member_of(query)
        if member_of and isinstance(decision, FromFacts) and decision.facts:
            # "who from Acme is quoted": a person of Acme, not Globex's CEO quoted beside in the same article
            theirs = tuple(f for f in decision.facts if self._of_org(f, member_of))
            if not theirs:  # ... told by another fact of the deal on the same point
                attributes = {f.attribute for f in decision.facts}
                theirs = tuple(
                    f
                    for deal in dict.fromkeys(f.deal for f in decision.facts)
                    for f in self.index.facts_by_deal.get(deal, ())
                    if f.attribute in attributes and self._of_org(f, member_of)
                )[:NAMED_FACTS_SHOWN]
            if theirs != decision.facts:
                decision = (
                    replace(decision, facts=theirs) if theirs else Decline(self._starter_suggestions(query))
                )
        if isinstance(decision, Decline) and _MEANING.search(query.text):
            quoted = self.reader.quoted(query.text)
            if quoted is not None:  # "what is meant by 'Wertschöpfungskette'": the sentence saying it
                decision = FromSentence(quoted)
        if isinstance(decision, Decline) and asks_which_article(query.words):
            # "welcher Artikel nennt die 4,4 % Kursplus": the one article whose sentence gives that figure
            stating = self.reader.stating(query.numbers, query.number_units, query.topic_words)
            if stating is not None:
                decision = FromSentence(stating)
            elif self._only_named(query) and (naming := self.reader.mentioning(self._names(query)[0])):
                decision = Mentioned(naming)  # "in welchem Artikel wird Vestkraft erwähnt"
        if isinstance(decision, FromFacts) and decision.facts and not self.suggester.verifying:
            decision = replace(
                decision,
                facts=(*decision.facts, *self._premise(query, decision.facts)),
                supplement=self._supplement(query, decision.facts),
            )
        return decision

    def _only_named(self, query: Query) -> bool:
        """Does a "which article" question ask of nothing but a name ("welcher Artikel zitiert Jo Roe"), not
        of a thing an article says of it ("which article gives the value of the Acme deal")?"""
        names, spans = self._names(query)
        if not names or query.numbers:
            return False
        ask = asked(list(query.words), query.text, spans)
        return ask.kind in _MENTION_KINDS and all(t in _MENTIONING_WORDS for t in ask.topic)

    def _converts_another(self, query: Query, ask: Asked, fact: Fact) -> bool:
        """Is a sum in one currency asked in another ("500 Mrd USD in Yuan"), which the fact's quote gives for
        a sum it says otherwise (its yuan are those of 5000 Mrd)?"""
        figure = fact.figure
        if ask.kind is not Kind.MONEY or figure is None or figure.unit.value not in ask.currencies:
            return False
        # (what its article says, not what the curators add: "that equals roughly $500 billion")
        told = {n.value for c in fact.citations for n in find_numbers(c.quote, "de")}
        return any(
            unit in CURRENCIES
            and unit != figure.unit.value
            and value >= PREMISE_MIN_SUM
            and not any(abs(value - t) <= PREMISE_SAME * t for t in told)
            for value, unit in zip(query.numbers, query.number_units, strict=True)
        )

    def _premise(self, query: Query, facts: tuple[Fact, ...]) -> tuple[Fact, ...]:
        """ "since Acme only creates like 10k jobs, what roles are those": a figure the asker states of a
        deal, which its facts give otherwise (more than 100,000 jobs), is put right beside the answer."""
        deals = query.named_deals or {f.deal for f in facts}
        shown = {f.id for f in facts}
        for value, unit in zip(query.numbers, query.number_units, strict=True):
            if unit in (None, "year", "percent") and value < PREMISE_MIN_SUM:
                continue  # a year, a share, a bare count: no figure of a deal to put right
            of_kind = [
                f
                for deal in sorted(deals)
                for f in self.index.facts_by_deal.get(deal, ())
                if f.figure is not None
                and (f.figure.unit.value == unit or (unit is None and f.figure.unit.value in CURRENCIES))
            ]
            if of_kind and not any(
                abs(f.figure.value - value) <= PREMISE_SAME * f.figure.value for f in of_kind if f.figure
            ):
                units = {f.figure.unit for f in facts if f.figure is not None}
                right = [f for f in of_kind if f.id not in shown and f.figure and f.figure.unit not in units]
                if right:
                    return (right[0],)
        return ()

    def _unknown_article(self, query: Query) -> bool:
        """Does the question name its article by a word no article says ("der Initech-Artikel", "the
        article about Initech")?"""
        tokens = query.words
        for i, word in enumerate(tokens):
            if word not in ARTICLE_WORDS:
                continue
            near = list(tokens[max(0, i - 1) : i])
            if i + 2 < len(tokens) and tokens[i + 1] in ABOUT_WORDS:
                near.append(tokens[i + 2])  # "the article about Initech"
            if any(w in query.unknown_lower and not self.index.in_articles(w) for w in near):
                return True
        return False

    def _decide(self, query: Query) -> Decision:
        if not query.content or query.chitchat:
            return Greeting(self._starter_suggestions(query))
        if query.advice:
            return Decline(self._starter_suggestions(query))
        names, spans = self._names(query)
        said = set(query.words)
        # "kaneda" is no misspelt "kanada" when an article names Kaneda: a foreign name must be typed.
        foreign = [
            e
            for e in query.entities
            if e.foreign
            and not self.reader.mentions(e.key)
            # "Switzerland" where an article says "Schweiz"
            and not self._country_said(e.key)
            and not _medium(query.text, e.key)
        ]
        if any(set(e.key.split()) <= said or not names for e in foreign) or self._unsaid_country(query):
            return Decline(self._starter_suggestions(query))
        on_the_day = self._published_on(query)
        if on_the_day:  # "was war am 24.07.2025?": what the articles of that day report
            return Published(on_the_day, "date")
        # ("aufgerufen" as typed, not corrected)
        head = _head_asked((*query.words, *self.index.typed(query.text)))
        if head is None and _article_dated(query.words, query.entity_words):
            head = "date"
        if head is not None and (query.documents or any(w in ARTICLE_WORDS for w in query.words)):
            # "wann ist der Artikel über Skyport erschienen", "wer hat ihn geschrieben": the articles' heads
            if not query.documents and self._unknown_article(query):
                return Decline(self._starter_suggestions(query))  # "der Initech-Artikel": no article of ours
            named = sorted(query.documents)
            if named and self._untitled_pointer(query, named):
                return Decline(self._starter_suggestions(query))  # "the Initech piece": none is on it
            if not named and query.numbers:
                # "von wann ist der Artikel mit dem 4,4-Prozent-Anstieg": the article giving that figure
                stating = self.reader.stating(query.numbers, query.number_units, query.topic_words)
                named = [stating.passage.document] if stating is not None else []
            named = named or list(self.kb.documents)
            day = stated_day(query.text) if head != "date" else None
            if day is not None:
                # "the headline of the article from 25 July 2025": the articles of that day, if any
                named = [d for d in named if self.kb.documents[d].published == day]
                if not named:
                    return Decline(self._starter_suggestions(query))
            return Published(tuple(self.kb.documents[d] for d in named), head)
        summary = self._summary(query, names) or self._conclusion(query, names)
        if summary is not None:
            return summary
        if names and asked(list(query.words), query.text, spans).describe:
            # "wie beschreibt der Artikel Acme": what a sentence calls Acme; a curated fact on Acme says
            # something else
            described = self._sentence(query, names, spans, frozenset({Kind.WHAT}))
            if described is not None:
                return described
        if any(self.retriever.uncurated(name) for name in names):
            # A company, person or place no curated fact knows: only its own sentences can answer.
            if self._unsaid_figure(query, spans):
                return Decline(self._starter_suggestions(query))
            return self._sentence(query, names, spans, None) or Decline(self._starter_suggestions(query))
        if self._unknown_place(query):
            # "the Acme site in Michigan": a place no article names, whose figures none gives
            return Decline(self._starter_suggestions(query))
        foreign = [e for e in query.entities if e.foreign and not _medium(query.text, e.key)]
        if foreign:
            # a country no curated fact knows, which an article names in full ("die EU": "der Europäischen
            # Union"): only a sentence can answer
            # ... or a word of a body the articles name in German ("government": "Regierungs-Cloud")
            if all(
                self._country_said(e.key) or (e.key in PUBLIC_BODIES and self.reader.mentions(e.key))
                for e in foreign
            ):
                return self._sentence(query, names, spans, None) or Decline(self._starter_suggestions(query))
            return Decline(self._starter_suggestions(query))
        if query.out_of_scope and not self._said_per_unit(query):
            # a price, a share price, an energy bill: nothing a curated fact gives, which an article no
            # curated fact quotes may still say ("Zum Start kostet die Kilowattstunde 8,75 Rupien")
            uncurated = self.retriever.uncurated_documents
            read = self._sentence(query, names, spans, None, uncurated) if uncurated else None
            return read or Decline(self._starter_suggestions(query))
        ranked = self.retriever.candidates(query)
        deals = query.named_deals
        if query.compare and len(deals) >= 2:
            return self._compare(query, deals)
        several = self._several(query, ranked)
        if several is not None:
            return several
        rest = [w for w in query.content if w not in query.entity_words and w not in OVERVIEW_WORDS]
        if _IN_ONE.search(query.text):  # "what is Acme in one sentence": how short, no more asked
            rest = [w for w in rest if w not in _ONE_WORDS]
        # "zehnfacher Ausbau?" names one fact of a deal, not the whole deal: no overview.
        # "Nova One?", "was hat Poe damit zu tun": a name few facts carry, and nothing else asked.
        named_fact = any(names_a_fact(e) for e in query.entities)
        vague = query.strongest_intent < CLEAR_ASK and not query.quantity
        if deals and not rest and vague and not named_fact:
            return self._overview(sorted(deals, key=list(self.kb.deals).index))
        # (not "xb300 anzahl springfield": a figure asked by its noun, which the best fact's checks weigh)
        if (
            named_fact
            and vague
            and not query.unknown_lower
            and asked(list(query.words), query.text, spans).kind not in FIGURE_KINDS
        ):
            named = [f for e in query.entities if names_a_fact(e) for f in sorted(e.facts)]
            facts = [self.kb.facts[i] for i in dict.fromkeys(named)]
            # ... and a fact that says every other word asked ("a deal with Acme on TPUs" is not answered by
            # a fact that only mentions Acme)
            # ... and every place asked ("was hat Roe über Springfield gesagt": not Roe's words on another)
            places = [e for e in query.entities if e.place and not names_a_fact(e)]
            fitting = [
                f
                for f in facts
                if self._fits(query, names, f)
                and self.reader.addresses(
                    list(query.words), query.text, spans, fact_text(f), every_kind=True, all_words=True
                )
            ]
            facts = [f for f in fitting if all(f.id in e.facts for e in places)]
            if facts:
                return FromFacts("named", tuple(facts[:NAMED_FACTS_SHOWN]), NAMED_FACT_CONFIDENCE)
            if fitting:
                return self._sentence(query, names, spans, None) or Decline(self._starter_suggestions(query))
        return self._best(query, ranked, names, spans)

    def _untitled_pointer(self, query: Query, named: list[str]) -> bool:
        """Does a question point at "the Acme piece" by a company that no headline of the articles it points
        at names (only their bodies do: no article is about that company)?"""
        # (by the names' keys: a ticker or a misspelling points as the name does, "the ACME-ticker article")
        typed = [w for w in self.index.typed(query.text) if w in query.document_words]
        keys = self.reader.names_in([*query.document_words, *typed])[0]
        companies = {k for k in keys if self.reader.names.kind(k) == ORG}
        titled = {
            k for d in named for k in self.reader.names_in(normalize(self.kb.documents[d].title).split())[0]
        }
        return bool(companies) and companies.isdisjoint(titled)

    def _published_on(self, query: Query) -> tuple[Document, ...]:
        """The articles published on the day a question states, where it asks only what happened then."""
        day = stated_day(query.text)
        if day is None or _HAPPENED.isdisjoint(query.words):
            return ()
        rest = [
            w
            for w in query.content
            if not w.isdigit() and w not in MONTHS and w not in _HAPPENED and w not in ARTICLE_WORDS
        ]
        if rest:
            return ()
        return tuple(d for d in self.kb.documents.values() if d.published == day)

    def _unsaid_by(self, query: Query, fact: Fact) -> tuple[str, ...]:
        """The question's content words the fact says in no form."""
        terms = self.index.fact_terms[fact.id]
        stems = {stem(t) for t in terms}
        return tuple(
            w
            for w in query.content
            if w not in query.entity_words and w not in terms and stem(w) not in stems
        )

    def _said_elsewhere(
        self, query: Query, fact: Fact, names: list[str], spans: set[str]
    ) -> FromSentence | None:
        """ "wie viele Arbeiter sind auf der Baustelle", naming no company: a sentence of an article nobody
        curated that gives the kind asked and says every word the best fact leaves unsaid ("Baustelle")
        answers, not a fact on another deal's jobs."""
        uncurated = self.retriever.uncurated_documents
        unsaid = [w for w in self._unsaid_by(query, fact) if self.reader.mentions(w)]
        if not unsaid or not uncurated:
            return None
        read = self._sentence(query, names, spans, None, uncurated)
        if read is None:
            return None
        text = read.reading.passage.text
        return read if all(self.reader.says(w, text) for w in unsaid) else None

    def _titled_elsewhere(self, query: Query, fact: Fact) -> tuple[frozenset[str], tuple[str, ...]]:
        """The articles the fact does not quote whose headline names a word the question asks and the fact
        does not say, and the words that name them."""
        terms = self.index.fact_terms[fact.id]
        stems = {stem(t) for t in terms}
        unsaid = tuple(
            w
            for w in query.content
            if w not in query.entity_words
            and w not in terms
            and stem(w) not in stems
            # (a time, "bis Ende des Jahres", names no article's thing: "in den nächsten Jahren")
            and not w.startswith(_TIME_WORDS)
        )
        quoted = {c.document for c in fact.citations}
        by_word = {
            w: (
                self.retriever.titles((w,))
                | (self.reader.headed_by(w) if len(w) >= MIN_TITLE_WORD else set())
                | set(self.reader.headed_by_parts(w))
            )
            - quoted
            for w in unsaid
        }
        heading = tuple(w for w, documents in by_word.items() if documents)
        return frozenset().union(*by_word.values()), heading

    def _best(self, query: Query, ranked: list[Candidate], names: list[str], spans: set[str]) -> Decision:
        """The best candidate, when it is strong, clearly ahead and gives the kind asked; else a sentence."""
        deals = query.named_deals
        best = tie_break(query, ranked) if ranked else None
        ask = asked(list(query.words), query.text, spans)
        if (
            best is not None
            and ask.kind in (Kind.PERCENT, Kind.COUNT)
            and best.fact.figure is not None
            and not gives_kind(ask.kind, best.fact)
        ):
            # "how much did Acme's share price rise": a fact of the same deal close behind that gives the
            # percentage asked goes first, before the sum "how much" first brought up (a sum asked is
            # another matter: "how much of the 100 bn goes to energy" is no fact's)
            typed = next(
                (
                    c
                    for c in ranked[1:]
                    if c.fact.deal == best.fact.deal
                    and best.score - c.score <= KIND_GAP
                    and gives_kind(ask.kind, c.fact)
                ),
                None,
            )
            if typed is not None:
                best, ranked = typed, [typed, *(c for c in ranked if c is not typed)]
        if best is not None and ask.kind is Kind.DURATION and undated(best.fact, to_the_day=False):
            # "over what period is Acme to deploy its money": of two close facts on the sum, the one saying
            # its period ("über die kommenden vier Jahre") goes first
            timed = next(
                (
                    c
                    for c in ranked[1:]
                    if c.fact.deal == best.fact.deal
                    and best.score - c.score <= KIND_GAP
                    and not undated(c.fact, to_the_day=False)
                ),
                None,
            )
            if timed is not None:
                best, ranked = timed, [timed, *(c for c in ranked if c is not timed)]
        # A fact of the figure kind asked is not made doubtful by a close one that gives another kind
        # ("the size of Acme's investment": a sum, however close a gigawatt fact scores).
        kind_given = best is not None and gives_kind(ask.kind, best.fact)
        # ... nor by one of another deal than the figure the question states names ("4.5 gw: up to or at
        # least?": only the deal of 4.5 GW)
        stated_deals = deals_stated(query, self.index)
        # "the partners of Acme": Acme's own fact saying every word asked is not made doubtful by another
        # deal's list of partners naming Acme among them (unless some are set aside: "besides Globex")
        own_deal = best is not None and best.fact.deal in deals and not query.besides
        own_said: list[bool] = []  # worked out once, at the first rival of another deal (rarely needed)

        def own_says_all() -> bool:
            if not own_said:
                own_said.append(
                    best is not None
                    and self.reader.addresses(
                        list(query.words),
                        query.text,
                        spans,
                        fact_text(best.fact),
                        every_kind=True,
                        all_words=True,
                    )
                )
            return own_said[0]

        runner = next(
            (
                c
                for c in ranked[1:]
                if best
                and not same_answer(best.fact, c.fact, self.index)
                and not (kind_given and not gives_kind(ask.kind, c.fact))
                and not (best.fact.deal in stated_deals and c.fact.deal not in stated_deals)
                and not (own_deal and c.fact.deal not in deals and own_says_all())
            ),
            None,
        )
        margin = best.score - runner.score if best and runner else 1.0
        # ("the Kyrgyz plant": a country's adjective, where an article names the country, is no unknown name)
        subject_unknown = (
            any(not self._country_said(demonym_country(w) or "") for w in query.unknown) and not deals
        ) or (not deals and not names and self._unknown_in_name_slot(query))
        if best and (
            (_amount_of_unknown(query) and not any(self.reader.mentions(w) for w in query.unknown_lower))
            or self._value_of_unknown(query)
        ):
            # "how much water will the campus use": the thing measured is one no article speaks of, so no
            # figure of the deal (its gigawatts) is its amount
            return Decline(self._suggestions(query, ranked))
        apart = [self.reader.said_apart(w) for w in query.unknown_lower] if best and not deals else []
        if apart and all(apart):
            # "wie lang wird die Glasfaserverbindung": a compound no fact nor article says, of parts an
            # article does ("Glasfaserstrecke … verbinden"): a sentence of such an article may answer
            within = frozenset(set.intersection(*apart))
            found = self._sentence(query, names, spans, None, within) if within else None
            if found is not None:
                return found
        if (
            best
            and query.unknown_lower
            and not deals
            and self.retriever.scorer.overlap(query, self.index.fact_terms[best.fact.id]) == 0
            and not any(self.reader.knows(w) for w in query.unknown_lower)
        ):
            # A word neither the facts nor the articles use, and nothing else asked matches ("battery"
            # is no such word when an article says "Batterie": its sentences may answer).
            if not any(self.reader.mentions(w) for w in query.unknown_lower):
                subject_unknown = True
            else:  # "aus Sonne": said by its synonym ("Solarstrom"), which no fact is about
                read = self._sentence(query, names, spans, None)
                return read or Decline(self._suggestions(query, ranked))
        if (
            best
            and not deals
            and not names
            and (read := self._said_elsewhere(query, best.fact, names, spans))
        ):
            return read
        headed, heading = self._titled_elsewhere(query, best.fact) if best else (frozenset(), ())
        if best and not deals and not names and headed:
            # "power draw of the new weather supercomputer?": the thing asked is one other article's
            # headline thing, which no curated fact of another deal is about
            read = self._sentence(query, names, spans, None)
            its_text = self.kb.documents[read.reading.passage.document].text if read else ""
            if read is not None and not any(self.reader.says(w, its_text) for w in heading):
                # ... nor a sentence of an article that never says it ("ab wann fließt die erste Wärme ins
                # Netz": not another deal's first phase): the headed article's, or none
                read = self._sentence(query, names, spans, None, headed)
            return read or Decline(self._suggestions(query, ranked))
        if (
            best
            and ask.others
            and ask.kind in FIGURE_KINDS
            and not any(self.reader.names.kind(n) == PLACE for n in names)
            and any(self.reader.names.kind(normalize(e)) == PLACE for e in best.fact.entities)
        ):
            # "how many acres are the other sites": the fact on the one site named is not of the others
            read = self._sentence(query, names, spans, None)
            return read or Decline(self._suggestions(query, ranked))
        if best and not VALUATION_WORDS.isdisjoint(ask.topic) and not VALUED.search(fact_text(best.fact)):
            # "how much is Acme valued at after the deal", "welchen Börsenwert hat Acme": a company's worth,
            # which a sum invested or a share price's move is not
            read = self._sentence(query, names, spans, WORDED_KINDS if names else None)
            return read or Decline(self._suggestions(query, ranked))
        if (
            best
            and ask.thing
            and not ask.numbers  # ("schafft ja 10.000 Jobs, in welchen Bereichen": the figure claimed)
            and best.fact.figure is not None
            and not all(self.reader.names_thing(h, fact_text(best.fact)) for h in ask.thing)
        ):
            # "which power plant supplies the site": a figure of its power names no plant; a statement close
            # behind may tell what is asked ("which energy measures": the plans, not the gigawatts)
            statements = [
                c.fact
                for c in ranked[1:]
                if c.fact.figure is None
                and best.score - c.score <= SIBLING_GAP
                and self._fits(query, names, c.fact)
            ]
            if statements and (names or deals or query.entities):
                return FromFacts("best", tuple(statements[:1]), NAMED_FACT_CONFIDENCE)
            if not (names or deals or query.entities):
                # "which authority issued the water permit", naming nothing curated: no fact of a deal is
                # close to it, whatever ranks first; a sentence of the articles may say it
                read = self._sentence(query, names, spans, None)
                return read or Decline(self._suggestions(query, ranked))
            return Decline(self._suggestions(query, ranked))  # (its sentence names no plant either)
        if best and ask.kind is Kind.PLACE and query.besides and not self._other_place(query, best.fact):
            # "besides Springfield, which other cities": a fact naming only Springfield, or a country where
            # towns are asked, names none of the others
            read = self._sentence(query, names, spans, WORDED_KINDS if names else None)
            return read or Decline(self._suggestions(query, ranked))
        if best and best.score >= MIN_SCORE and margin >= MIN_MARGIN and not subject_unknown:
            # (of a person named, the fact on them answers: "ist Roe CEO von Globex": no, of Acme)
            elsewhere = (
                not self._person_named(query, names) and self._role_ties(names, ask.topic, best.fact) is False
            )
            if any(asks_role(t) or t in ROLE_WORDS for t in ask.topic) and (
                self._person_unsaid(query, names, best.fact) or elsewhere
            ):
                # "ist Jane Roe CEO von Acme": a fact on Acme's CEO (someone else) says nothing of Roe's role;
                # a fact naming Roe does, or her sentence
                said_of = next(
                    (
                        c
                        for c in ranked
                        if c.score >= MIN_SCORE
                        and not self._person_unsaid(query, names, c.fact)
                        # (a role said of another company: a fact saying it of the asked one)
                        and (not elsewhere or self._role_ties(names, ask.topic, c.fact) is True)
                    ),
                    None,
                )
                if said_of is None:
                    read = self._sentence(query, names, spans, WORDED_KINDS if names else None)
                    return read or Decline(self._suggestions(query, ranked))
                best = said_of
            figure = best.fact.figure
            if (
                ask.alone
                and ask.kind in FIGURE_KINDS
                and not any(e.party_of or e.person for e in query.entities)
            ):
                # "how much is the cloud giant itself putting into Skyport": one party's own part, and the
                # party is none the question names (a deal is no party); a deal's total is nobody's own part
                return Decline(self._suggestions(query, ranked))
            people = [n for n in names if self.reader.names.kind(n) == PERSON]
            if (
                ask.alone
                and ask.kind in FIGURE_KINDS
                and people
                and not all(self.reader.says(p, fact_text(best.fact)) for p in people)
            ):
                # "how much of his own money is Roe putting in": a sum no fact says is Roe's is nobody's own
                return Decline(self._suggestions(query, ranked))
            # ... nor of a count by its noun ("standorte anzahl"), but "Millionen von GPUs" tells one in words
            unfigured = ask.kind is Kind.COUNT and bool(ask.counted) and figure is None
            if (query.counted and (figure is None or figure.unit.value != "count")) or (
                unfigured and not told_in_words(query, best.fact)
            ):
                # "how many servers": a fact with no count gives none; a sentence counting them may
                read = self._sentence(query, names, spans, WORDED_KINDS if names else None)
                return read or Decline(self._suggestions(query, ranked))
            wants = query.focus in FIGURE_ATTRIBUTES or best.fact.attribute.value in FIGURE_ATTRIBUTES
            if asks_when(query) and dateless(query, best.fact, self.index):
                read = None if names else self._sentence(query, names, spans, None)
                if read is not None:  # no company named: a sentence that has the date may
                    return read
                if asks_completion(query):  # "bis wann komplett": a start date shown would read as the end
                    return Decline(self._suggestions(query, ranked))
                if self.index.fact_numbers[best.fact.id] and (
                    not self.reader.addresses(list(query.words), query.text, spans, fact_text(best.fact))
                    # ... nor of the thing the question tells by its figure ("on which date did the stock
                    # jump 4.4 %": the first phase's half-year is another thing's date)
                    or (query.numbers and not set(query.numbers) & set(self.index.fact_numbers[best.fact.id]))
                ):
                    # "when was the letter of intent signed": the first phase's half-year, shown beside
                    # "no date", would read as the signing's
                    return Decline(self._suggestions(query, ranked))
                return NotGiven(best.fact, self._suggestions(query, ranked[1:]), what="date")
            if wrong_unit(ask.kind, best.fact, ask.measure, ask.sum_named):
                # "how many shares does the utility get", "wie viel Prozent bekommt Acme": the fact's figure
                # is another kind. Named companies get a figure only from facts, so only worded sentences.
                read = self._sentence(query, names, spans, WORDED_KINDS if names else None)
                return read or Decline(self._suggestions(query, ranked))
            if figure is not None and ask.kind is Kind.COUNT and self._site_unsaid(query, best.fact):
                # "wie viele Leute arbeiten später im Nordwerk-Cluster": the people working at a site are not
                # the jobs the whole project creates, where the deal's other facts tell the site apart
                read = self._sentence(query, names, spans, WORDED_KINDS if names else None)
                return read or Decline(self._suggestions(query, ranked))
            dated = (ask.to_the_day, ask.to_the_month, ask.to_the_quarter)
            if ask.kind is Kind.DATE and (
                undated(best.fact, *dated) or (ask.announced and deadline_only(best.fact))
            ):
                read = self._sentence(query, names, spans, WORDED_KINDS if names else None)
                return read or NotGiven(best.fact, self._suggestions(query, ranked[1:]), what="date")
            timeline = figure is not None and figure.unit.value == "year"
            # ("which town is it compared to": a figure names none; "compared to a city" asks no place)
            where = timeline or (figure is not None and not (_WHERE | _WHICH).isdisjoint(query.words))
            if ask.kind is Kind.PLACE and not ask.home and where and not self._places_in(best.fact):
                # "where will the first gigawatt be built": a timeline names no place; "woher kommt der Strom
                # für die 10 GW": nor does the gigawatts' fact
                read = self._sentence(query, names, spans, WORDED_KINDS if names else None)
                return read or Decline(self._suggestions(query, ranked))
            if (
                (
                    ask.kind is Kind.PLACE
                    or (
                        ask.kind in FIGURE_KINDS
                        and any(self.reader.names.kind(n) == PLACE for n in query.besides)
                    )
                )
                and query.besides
                and self._places_in(best.fact, query.besides)
            ):
                # "welche Bundesstaaten außer Utah": a fact on the site in Utah is the one set aside, and so
                # is Springfield's area in "the whole network's acres, not just Springfield"; "apart from
                # Springfield, how many GW at the other sites": Springfield's, or a total with it, is none
                read = self._sentence(query, names, spans, WORDED_KINDS if names else None)
                return read or Decline(self._suggestions(query, ranked))
            if (
                (ask.kind is Kind.PERCENT or (ask.sum_named and ask.amount))
                and figure is None
                and not told_in_words(query, best.fact)
            ):
                # "what percentage of Acme does Globex own": a fact with no figure gives no share; nor does
                # one say "wie hoch ist der Verlust" ("mangelnde Profitabilität")
                read = self._sentence(query, names, spans, WORDED_KINDS if names else None)
                return read or Decline(self._suggestions(query, ranked))
            named_sums = [h for h in ask.heads if names_amount(h)]
            statement = fact_text(best.fact)
            if not all(self.reader.says(h, statement, whole=True) for h in named_sums) or (
                ask.either and not any(self.reader.says(h, statement, whole=True) for h in ask.either)
            ):
                # "die Stromkosten von Acme", "Acme's revenue": a fact on the investment gives another sum
                read = self._sentence(query, names, spans, WORDED_KINDS if names else None)
                return read or Decline(self._suggestions(query, ranked))
            if (
                figure is None
                and not _FIGURES_ASKED.isdisjoint(query.words)
                and not any(f.figure for f in self.index.facts_by_deal.get(best.fact.deal, ()))
            ):
                # "Alle Zahlen zum Acme-Deal": a deal no fact of which gives a figure ("milliardenschwer")
                return NotGiven(best.fact, self._suggestions(query, ranked[1:]))
            if (
                (ask.earlier or ask.before_event)
                and ask.kind in FIGURE_KINDS
                and not _says_earlier(best.fact)
            ):
                # "how many GPUs did it have before the ramp": a fact on the plan says nothing of before; a
                # sentence saying the earlier figure does ("die frühere Verpflichtung … für bis zu 10 GW")
                # (not "before the ramp": an event's before, which no sentence need say in so many words)
                said_earlier = {ask.kind} if ask.earlier and not ask.before_event else set()
                read = self._sentence(query, names, spans, WORDED_KINDS | said_earlier if names else None)
                return read or Decline(self._suggestions(query, ranked))
            if ask.kind is Kind.DURATION and ask.span and no_span(best.fact):
                # "über wie viele Jahre läuft der Deal", "wie alt ist Roe": a number of years; a date is none
                read = self._sentence(query, names, spans, WORDED_KINDS if names else None)
                return read or Decline(self._suggestions(query, ranked))
            if ask.kind is Kind.DURATION and undated(best.fact, to_the_day=False):
                # "how long is the contract term": a fact with neither a period nor an end date is no answer
                read = self._sentence(query, names, spans, WORDED_KINDS if names else None)
                return read or Decline(self._suggestions(query, ranked))
            if ask.kind in (Kind.ORG, Kind.PERSON) and figure is not None and not query.quantity:
                # "which power company supplies the site": a company or a person, not the site's gigawatts
                read = self._sentence(query, names, spans, WORDED_KINDS if names else None)
                return read or Decline(self._suggestions(query, ranked))
            others = set(map(normalize, best.fact.entities)) - set(names) - set(query.words)
            told = self.reader.names_in(words(fact_text(best.fact)))[0] if ask.kind is Kind.ORG else []
            new = [
                o
                for o in {*told, *map(normalize, best.fact.entities)}
                if self.reader.names.kind(o) == ORG
                and o not in names
                and o not in ask.besides
                and o not in query.document_words  # "laut Acme-Artikel": the article's own company
            ]
            if (ask.kind is Kind.ORG or (ask.kind is Kind.PERSON and ask.besides)) and not new:
                # "who else does Acme team up with", "wer baut neben Acme noch …": a fact naming no company
                # but Acme and those set aside ("besides Globex") names no one the asker does not know
                read = self._sentence(query, names, spans, WORDED_KINDS if names else None)
                if read is not None:
                    return read
            if (
                ask.kind is Kind.WHAT
                and (asks_role(ask.which) or ask.which.startswith(_POLITICIANS))
                and not self.reader.says(ask.which, fact_text(best.fact))
            ):
                # "which politician backs the project", "welcher Minister": a person of that office, whom a
                # fact naming none does not name; a sentence may
                read = self._sentence(query, names, spans, WORDED_KINDS if names else None)
                return read or Decline(self._suggestions(query, ranked))
            if ask.kind is Kind.ORG and self._kind_unsaid(ask.which, new):
                # "welcher Kühlungsanbieter liefert für Acme", "which utility powers the site": the companies
                # the fact names are none the articles call so (a bank is no utility); nor a sentence's
                read = self._sentence(query, names, spans, WORDED_KINDS if names else None)
                if read is not None and self._kind_unsaid(
                    ask.which, [normalize(h) for h in read.reading.highlights]
                ):
                    read = None
                return read or Decline(self._suggestions(query, ranked))
            if (
                ask.kind is Kind.PERSON
                and any(asks_role(t) for t in ask.topic)
                and not any(
                    self.reader.names.kind(n) == PERSON and n not in names
                    for n in self.reader.names_in(words(fact_text(best.fact)))[0]
                )
            ):
                # "welcher Acme-Gründer wird zitiert": a fact naming nobody names no person
                read = self._sentence(query, names, spans, WORDED_KINDS if names else None)
                if read is not None:
                    return read
            offices = [
                t
                for t in ask.topic
                if asks_role(t) and t not in CHIEF_WORDS and t not in ROLE_WORDS and t not in ANY_CHIEF
            ]
            if (
                ask.kind is Kind.PERSON
                and offices
                and not any(self.reader.titled(fact_text(best.fact), t) for t in offices)
            ):
                # "wer ist Bürgermeister von Acme City": a fact titling its person otherwise ("Vorsitzender")
                # names no holder of the office asked; a sentence may
                read = self._sentence(query, names, spans, WORDED_KINDS if names else None)
                return read or Decline(self._suggestions(query, ranked))
            if (
                ask.kind is Kind.PERSON
                and any(w.startswith(_CITED) for w in query.words)
                and not any(
                    self.reader.names.kind(n) == PERSON and n not in names
                    for n in self.reader.names_in(words(fact_text(best.fact)))[0]
                )
            ):
                # "wer wird zur KI-Blase zitiert": a fact quoting no one answers no "who is quoted"
                read = self._sentence(query, names, spans, WORDED_KINDS if names else None)
                return read or Decline(self._suggestions(query, ranked))
            parties = (
                {normalize(p) for p in self.kb.deals[best.fact.deal].parties}
                if best.fact.deal in self.kb.deals
                else set()
            )
            if ask.name and not others - parties:
                # "wie heißt der Chip von Acme": a fact naming only Acme (or its deal's parties) gives no name
                read = self._sentence(query, names, spans, WORDED_KINDS if names else None)
                return read or Decline(self._suggestions(query, ranked))
            if ask.kind is Kind.MONEY and self._person_unsaid(query, names, best.fact):
                # "Jane Roe's net worth": his company's investment is not his money
                read = self._sentence(query, names, spans, WORDED_KINDS if names else None)
                return read or Decline(self._suggestions(query, ranked))
            if ask.kind is Kind.ORG and ask.maker and best.fact.attribute in _NO_FIRM_ATTRIBUTES:
                # "welche Baufirma errichtet den Standort": a fact on where the site is, how big or how much
                # names no firm of that trade ("Den Bau übernimmt der Konzern Globex" would)
                read = self._sentence(query, names, spans, WORDED_KINDS if names else None)
                return read or Decline(self._suggestions(query, ranked))
            if ask.home and not states_seat(best.fact):
                # "wo sitzt Acme": where a deal builds is not where a company has its seat
                read = self._sentence(query, names, spans, WORDED_KINDS if names else None)
                return read or Decline(self._suggestions(query, ranked))
            owner = ask.role_of
            if (
                ask.kind is Kind.SAID
                and owner
                and not (said(best.fact) and any(owner in normalize(c.quote) for c in best.fact.citations))
            ):
                # "what did Globex's management say": the words of Acme's CEO are not Globex's, nor is a
                # fact on Globex that quotes nobody
                read = self._sentence(query, self.reader.names_in([owner])[0] or names, spans, WORDED_KINDS)
                return read or Decline(self._suggestions(query, ranked))
            if (
                ask.kind is Kind.SAID
                and ask.topic
                and self._person_named(query, names)
                and not self.reader.addresses(
                    list(query.words), query.text, spans, fact_text(best.fact), every_kind=True
                )
            ):
                # "welche Meilensteine nennt Roe": his sentence on the milestones, not his quote on the sum
                read = self._sentence(query, names, spans, frozenset({Kind.SAID}))
                if read is not None:
                    return read
            if ask.kind is Kind.SAID and self._person_named(query, names) and not said(best.fact):
                # "was hat Roe gesagt": her title, or what she is to do, is not what she said; a close fact
                # quoting her is ("what did Roe say about the investment": her words, not the sum)
                quoted = next(
                    (
                        c
                        for c in ranked
                        if c.score >= MIN_SCORE and said(c.fact) and self._fits(query, names, c.fact)
                    ),
                    None,
                )
                if quoted is not None:
                    return self._from_best(query, quoted, margin, ranked)
                read = self._sentence(query, names, spans, WORDED_KINDS if names else None)
                return read or Decline(self._suggestions(query, ranked))
            if (
                best.fact.figure is None
                # ("how do insiders rate the plan": what they say, no figure; not "exact number of GPUs? Jo
                # says 1 million")
                and not (ask.kind is Kind.SAID and _FIGURE_ASKED.isdisjoint(query.words))
                # "wie viel … in Mrd": a sum; "what is Acme's valuation": an amount the question names
                and ((query.quantity and (wants or query.counting or bool(query.units))) or ask.amount)
                and not told_in_words(query, best.fact)
                # (not a thing asked of a deal its figure names: "in was für einer Vereinbarung ist der
                # 100-Mrd-Deal festgehalten", "was ist Skyport im 100-Mrd-Deal")
                and not (
                    ask.kind in _THING_KINDS
                    and deal_named_by_sum(query.words)
                    and not checks_claim(query.words)
                )
            ):
                read = None if names else self._sentence(query, names, spans, None)
                if read is not None:
                    return read
                # "the custom chips' capacity in MW": of the same deal, the fact in the unit asked (or in the
                # unit of a figure claimed: "stimmt es, dass Acme 10 GW eigene Chips baut?")
                claimed = {u for u in query.number_units if u} if checks_claim(query.words) else set()
                told_in = in_unit(query.words) | claimed
                typed = next(
                    (
                        c
                        for c in ranked
                        if c.score >= MIN_SCORE
                        and c.fact.deal == best.fact.deal
                        and c.fact.figure is not None
                        and c.fact.figure.unit.value in told_in
                    ),
                    None,
                )
                if typed is not None:
                    return self._from_best(query, typed, margin, ranked)
                focus = max(query.primary, key=lambda a: query.primary[a]) if query.primary else None
                counted = next(
                    (
                        c
                        for c in ranked[1:]
                        if c.score >= MIN_SCORE
                        and c.fact.deal == best.fact.deal
                        and c.fact.attribute == best.fact.attribute
                        and c.fact.figure is not None
                    ),
                    None,
                )
                if counted is not None and not _NUMBER_NAMED.isdisjoint(query.words):
                    # "what jobs number for the project": the fact of that kind that counts them, not the one
                    # listing which jobs ("engineers, electricians, …")
                    return self._from_best(query, counted, margin, ranked)
                if focus is not None and ATTRIBUTE_UNITS.get(focus, frozenset()) & {
                    n.unit for n in find_numbers(best.fact.statement.de)
                }:
                    # "Roe is excited to deploy how much compute": a quote curated without a figure that
                    # says one in the unit asked ("10 Gigawatt Rechenleistung zu betreiben")
                    return self._from_best(query, best, margin, ranked)
                return NotGiven(best.fact, self._suggestions(query, ranked[1:]))
            if not self._fits(query, names, best.fact, money=ask.kind is Kind.MONEY):
                # "how much is Acme putting into the project": the project's total is not Acme's share
                read = self._sentence(query, names, spans, WORDED_KINDS)
                return read or Decline(self._suggestions(query, ranked))
            if ask.kind in FIGURE_KINDS and any(
                (t in SUBSET_WORDS or t in POPULATION_WORDS) and not self.reader.says(t, fact_text(best.fact))
                for t in (*ask.topic, *ask.counted)
            ):
                # "how many of the jobs are permanent": the count of all jobs is not of the permanent ones,
                # nor "how many people live in Springfield" a count of the jobs there
                # (naming nobody, a sentence of any article may give it: "rund 280 dauerhafte Arbeitsplätze")
                read = self._sentence(query, names, spans, WORDED_KINDS if names or query.entities else None)
                return read or Decline(self._suggestions(query, ranked))
            if asks_stock_price(query.words) and not _STOCK_QUOTED.search(fact_text(best.fact)):
                # "ACME close price on the announcement day", "analysts' price target": a price on the
                # exchange, which a fact giving an investment (whatever it "costs") does not say
                read = self._sentence(query, names, spans, WORDED_KINDS)
                return read or Decline(self._suggestions(query, ranked))
            if ask.payer and all(
                paid_by_another(ask.payer, said, self.reader.names_in, self.reader.can_pay)
                for said in (best.fact.statement.de, best.fact.statement.en)
            ):
                # "how much will Acme spend on chips from Globex": "Globex will … in Acme investieren" is
                # Globex's money, not Acme's
                read = self._sentence(query, names, spans, WORDED_KINDS)
                return read or Decline(self._suggestions(query, ranked))
            if ask.currencies and figure is not None and figure.unit.value in CURRENCIES:
                # "the Skyport investment in yen": only a figure in that currency answers; the articles'
                # dollars are no yen, and their yuan no yen either.
                given = [
                    f for f in self._with_conflicts(best.fact) if f.figure and f.figure.unit in ask.currencies
                ]
                if given and all(self._converts_another(query, ask, f) for f in given):
                    # "wie viel sind die 500 Mrd USD in Yuan": the yuan a fact gives for 5000 Mrd are no
                    # conversion of 500 Mrd
                    return Decline(self._suggestions(query, ranked))
                if not given:
                    return NotGiven(best.fact, self._suggestions(query, ranked[1:]), what="currency")
                return FromFacts("best", tuple(given), NAMED_FACT_CONFIDENCE)
            if figure is not None and all(
                f.figure is not None and against_bound(ask.bound, f.figure.qualifier)
                for f in self._with_conflicts(best.fact)
            ):
                # "wie viele Jobs schafft Acme höchstens": "mehr als 100.000" gives a floor, no ceiling
                return NotGiven(
                    best.fact,
                    self._suggestions(query, ranked[1:]),
                    what="ceiling" if ask.bound is Qualifier.UP_TO else "floor",
                )
            if not self.reader.addresses(list(query.words), query.text, spans, fact_text(best.fact)):
                # "how long does the construction take" → not the investment period: a time fact must say
                # what it times. A sentence may say it; else no answer.
                read = self._sentence(query, names, spans, WORDED_KINDS)
                return read or Decline(self._suggestions(query, ranked))
            if ask.measure_of and not any(self.reader.says(w, fact_text(best.fact)) for w in ask.measure_of):
                # "how many megawatts of cooling does Acme have": the site's power draw is no cooling
                read = self._sentence(query, names, spans, WORDED_KINDS)
                return read or Decline(self._suggestions(query, ranked))
            if (
                ask.source
                and ask.kind in FIGURE_KINDS
                and not any(self.reader.says(w, fact_text(best.fact)) for w in ask.source)
            ):
                # "wie viel Strom kommt from renewables": the deal's whole power is no part from a source
                read = self._sentence(query, names, spans, WORDED_KINDS)
                return read or Decline(self._suggestions(query, ranked))
            if staff_made(ask, fact_text(best.fact)):
                # "how many employees will the Acme venture have": "soll 100.000 Arbeitsplätze schaffen"
                # are jobs made, no staff it has
                read = self._sentence(query, names, spans, WORDED_KINDS)
                return read or Decline(self._suggestions(query, ranked))
            stated = deals_stated(query, self.index)
            if stated and best.fact.deal not in stated:
                # "how much power will the 1m GPUs draw": the figure names its deal; another deal's
                # gigawatts are no answer. A sentence may still say it.
                read = self._sentence(query, names, spans, WORDED_KINDS)
                return read or Decline(self._suggestions(query, ranked))
            if (
                ask.sized
                and ask.kind in (Kind.COUNT, Kind.MONEY)
                and not any(
                    self.index.fact_numbers[f.id] & set(ask.sized)
                    for f in self.index.facts_by_deal.get(best.fact.deal, ())
                )
            ):
                # "wie viele GPUs braucht man für 1 Gigawatt": a count for a size no fact of its deal gives is
                # not the deal's count (a plan of a million chips and no gigawatts; "the 10 GW network's
                # GPUs" are the deal's of the 10 GW)
                read = self._sentence(query, names, spans, WORDED_KINDS if names else None)
                return read or Decline(self._suggestions(query, ranked))
            scorer = self.retriever.scorer
            if scorer.other_part(query, best.fact) or scorer.dated_otherwise(query, best.fact):
                # "when is the second gigawatt coming online": the first gigawatt's date is not its date;
                # "how many GW will it have in 2030": a figure the fact gives of no year, or of another, is
                # not that year's. A sentence of that part or that year may say it.
                read = self._sentence(query, names, spans, WORDED_KINDS if names else None)
                return read or Decline(self._suggestions(query, ranked))
            if (ask.stock_at and not self.reader.says(ask.stock_at, fact_text(best.fact))) or (
                ask.stock_moved
                and any(w in _LATER_ON and not self.reader.says(w, fact_text(best.fact)) for w in query.words)
            ):
                # "did the stock go down again later that week", "wie stand die Aktie eine Woche nach der
                # Ankündigung": the move after the news is no later one
                return Decline(self._suggestions(query, ranked))
            if ask.direction and figure is not None and moved_other_way(fact_text(best.fact), ask.direction):
                # "how much did Acme stock drop": the articles tell of a rise, not of a drop; naming nobody,
                # an article no curated fact quotes may tell of one ("Nach der Abstimmung fiel sie auf …")
                read = None
                if not names and not query.entities and self.retriever.uncurated_documents:
                    read = self._sentence(query, names, spans, None, self.retriever.uncurated_documents)
                return read or Decline(self._suggestions(query, ranked))
            if ask.per_thing and ask.kind is Kind.MONEY and not _EACH_SAID.search(fact_text(best.fact)):
                # "wie viel Investition kommt auf einen Arbeitsplatz": a total is no sum per job; a sentence
                # may give one ("je Arbeitsplatz")
                read = self._sentence(query, names, spans, WORDED_KINDS if names else None)
                return read or Decline(self._suggestions(query, ranked))
            unit = per_unit_word(list(query.words))
            if (
                unit
                and figure is not None
                and not _rate_said(fact_text(best.fact), unit)
                and not self._said_per_unit(query)  # ("is Acme paying per gigawatt": how it pays, no rate)
                and not query.units  # ("'Acme invests up to $100 bn as each GW comes online': accurate?")
            ):
                # "how many GPUs per gigawatt", "was kostet jedes Gigawatt": "bis zu 100 Mrd., jeweils sobald
                # ein Gigawatt in Betrieb geht" is the whole sum, paid by the gigawatt, not a rate of one
                read = self._sentence(query, names, spans, WORDED_KINDS if names else None)
                return read or Decline(self._suggestions(query, ranked))
            if ask.per_span and not per_span_said(words(fact_text(best.fact)), ask.per_span):
                # "how much does Acme invest per year": a total over four years is no yearly sum; a sentence
                # may still give one
                read = self._sentence(query, names, spans, WORDED_KINDS if names else None)
                return read or Decline(self._suggestions(query, ranked))
            if (
                ask.final
                and ask.kind is Kind.DATE
                and first_stage_only(fact_text(best.fact), words(fact_text(best.fact)))
            ):
                # "when will the full 10 GW be running": the first phase's date is not the last one's
                return Decline(self._suggestions(query, ranked))
            if ask.kind is Kind.WHAT and any(
                t in query.unknown and re.search(rf"(?<![\d\s])\s*\b{re.escape(t.upper())}\b", query.text)
                for t in ask.topic
            ):
                # "What PUE target do the Acme data centres have": a term no article says (an acronym)
                # is what is asked, which no fact on the deal tells
                read = self._sentence(query, names, spans, WORDED_KINDS if names else None)
                return read or Decline(self._suggestions(query, ranked))
            if (
                ask.kind is Kind.MONEY
                and ask.paid
                and figure is None
                and (
                    any(self.reader.names.kind(n) == PERSON for n in names)
                    or any(e.person for e in query.entities)
                )
            ):
                # "what is Roe getting paid as chairman": her role says no sum paid her
                read = self._sentence(query, names, spans, WORDED_KINDS if names else None)
                return read or Decline(self._suggestions(query, ranked))
            if asks_now(query) and planned(best.fact):
                # "wie viele GPUs hat Borealis heute schon": the article gives the plan, not today's count
                # (naming nobody, a sentence may say how things stand: "verlangt die Ausschreibung nun …")
                read = None if names or query.entities else self._sentence(query, names, spans, None)
                return read or NotGiven(best.fact, self._suggestions(query, ranked), what="now")
            if not names and not query.entities:
                # Nobody named, and the fact misses the most specific word asked, which a sentence with
                # the kind asked says ("wie viele GPUs sollen in den Campus"): the sentence answers.
                fact_says = fact_text(best.fact)
                missed = [t for t in ask.topic if not self.reader.says(t, fact_says)]
                if missed:  # "how many jobs will the new plant create": the fact on another site's jobs
                    reading = self.retriever.sentence(query, names, spans, None)
                    if reading is not None and any(self.reader.says(t, reading.passage.text) for t in missed):
                        return FromSentence(reading)
                uncurated = self.retriever.uncurated_documents
                if any(
                    self.reader.said_only_in(t, uncurated) and not self.reader.says(t, fact_text(best.fact))
                    for t in ask.topic
                ):
                    # "woher kommt Acme", Acme only in an article nobody curated: that article's subject is
                    # asked, and a curated fact about something else is no answer
                    return self._sentence(query, names, spans, None) or Decline(
                        self._suggestions(query, ranked)
                    )
            return self._from_best(query, best, margin, ranked)
        ambiguous = best is not None and best.score >= MIN_SCORE
        if not subject_unknown:
            # Named companies are curated ones here: figures only from facts. Nobody named: any kind,
            # from a sentence whose words cover the question (the reader asks more of those). Two facts
            # too close to tell apart are no answer, but a sentence may still say what was asked.
            # (a person named only: "roe gw", the figure of the sentence naming that person)
            spoken = bool(names) and all(self.reader.names.kind(n) == PERSON for n in names)
            kinds = None if spoken else WORDED_KINDS if names or ambiguous else None
            if kinds is not None and ask.earlier and ask.kind in FIGURE_KINDS:
                # "wie viele GW hatte der frühere Acme-Deal": the facts tell the plan; a sentence saying the
                # earlier figure in so many words ("die frühere Verpflichtung … für bis zu 10 GW") answers
                kinds = kinds | {ask.kind}
            read = self._sentence(query, names, spans, kinds)
            if read is None and kinds is not None and self.retriever.uncurated_documents:
                # An article no curated fact quotes may still give the figure (a new article about a
                # company the curated articles only mention).
                read = self._sentence(query, names, spans, None, self.retriever.uncurated_documents)
            if read is not None:
                return read
        return Decline(self._suggestions(query, ranked))

    def _kind_unsaid(self, which: str, orgs: list[str]) -> bool:
        """Is `which` a company's trade ("Kühlungsanbieter", "Versorger"; not "Unternehmen"), that no article
        calls any of `orgs`?"""
        if not which.endswith(_KIND_HEADS):
            return False  # ("which existing partners", "welche großen Firmen": any company)
        forms = {which, *(f for f in expansions(which) if " " not in f)}
        return not any(any(f in c for f in forms for c in self.reader.called(o)) for o in orgs)

    def _fits(self, query: Query, names: list[str], fact: Fact, money: bool = False) -> bool:
        """Is `fact` about the companies asked about? Names set aside ("besides Acme, who …") or pointing
        at an article ("what risk does the Acme article see") are none. A place asked "specifically" ("how
        many jobs in Springfield alone") must be said by the fact: the whole project's figure is no answer."""
        pointed = self._pointed(query)
        asked_about = [n for n in names if n not in query.besides and n not in pointed]
        if any(w in RESTRICTING_WORDS for w in query.words):
            said = f" {normalize(fact_text(fact))} "
            if any(n in self.reader.places() and f" {n} " not in said for n in asked_about):
                return False
        by_name = any(fact.deal in e.alias_of and not e.party_of for e in query.entities)
        # "the Skyport plan, how much cash": a name of the deal's own (its platform, its project) said as the
        # deal ("… plan", "… deal") is no company the fact must be about; the deal's facts are (not "Skyport
        # price": the thing itself, whose price no fact of the deal gives)
        own = {
            w
            for e in query.entities
            if fact.deal in e.alias_of and not e.party_of and _said_as_deal(list(query.words), e.key)
            for w in e.key.split()
        }
        asked_about = [n for n in asked_about if not set(n.split()) <= own]
        if money and by_name and PAY_VERBS.isdisjoint(query.words):
            # "Globex Skyport, $ goal in bn?": the deal named by its name and a party of it, paid by no
            # one the question names, is the deal's own sum (not "how much does Globex put into Skyport")
            money = False
        return about_names(asked_about, fact, self.index, self.reader.context(), money)

    def _person_unsaid(self, query: Query, names: list[str], fact: Fact) -> bool:
        """Does the question name a person the fact does not (by surname)?"""
        people = [e.key for e in query.entities if e.person]
        people += [n for n in names if self.reader.names.kind(n) == PERSON]
        said = set(normalize(fact_text(fact)).split())
        words_ = list(query.words)
        # "laut Jane Roe", "according to Roe": the person is the source, not whom the money is of
        sources = {
            words_[i + 1]
            for i, w in enumerate(words_[:-1])
            if w in _SOURCE_WORDS or words_[i : i + 2] == ["according", "to"]
        }
        # "roe's company": his company's money, not his
        owners = {w for i, w in enumerate(words_) if _owned_after(words_, i)}
        return any(
            p.split()[-1] not in said and not {p.split()[0], p.split()[-1]} & (sources | owners)
            for p in people
        )

    def _role_ties(self, names: list[str], topic: tuple[str, ...], fact: Fact) -> bool | None:
        """ "who's the CEO of Globex": does the fact say the chief's role asked of the company asked (True),
        only of another ("Acme-CEO Jo Roe soll Vorsitzender von Globex werden": False), or not at all
        (None)?"""
        asked = {w for n in names if self.reader.names.kind(n) != PERSON for w in n.split()}
        roles = [t for t in topic if t in CHIEF_WORDS]
        if not asked or not roles:
            return None
        tied = []
        for statement in (fact.statement.de, fact.statement.en):
            said = normalize(statement).split()
            for i, word in enumerate(said):
                if word not in roles:
                    continue
                before = said[i - 1] if i else ""
                of = said[i + 2] if i + 2 < len(said) and said[i + 1] in _OF_WORDS else ""
                holder = of or (before if before not in STOPWORDS else "")
                tied.append(holder in asked or not holder)
        return any(tied) if tied else None

    def _person_named(self, query: Query, names: list[str]) -> bool:
        """Does the question name a person (a curated one, or one the articles name)?"""
        curated = any(e.person for e in query.entities)
        return curated or any(self.reader.names.kind(n) == PERSON for n in names)

    def _conclusion(self, query: Query, names: list[str]) -> Decision | None:
        """ "was ist das Fazit des Artikels über Acme", "the author's conclusion": the closing section of the
        one article the question points at (or names the companies of) that has one."""
        said = set(query.words)
        of_article = not ARTICLE_CONCLUSION_WORDS.isdisjoint(said) and (
            not ARTICLE_WORDS.isdisjoint(said) or any(matches(w, AUTHOR_WORDS) for w in said)
        )
        if CONCLUSION_WORDS.isdisjoint(said) and not of_article:
            return None
        pointed = set(query.documents) or {
            d for d, about in self.reader.names.subjects.items() if names and set(names) <= about
        }
        if not pointed and (names or query.unknown or self._unknown_article(query)):
            return None  # "das Fazit des Artikels über Initech": of no article the articles hold
        pointed = pointed or set(self.kb.documents)
        closings = [r for d in sorted(pointed) if (r := self.reader.conclusion_of(d)) is not None]
        return FromSentence(closings[0]) if len(closings) == 1 else None

    def _summary(self, query: Query, names: list[str]) -> Decision | None:
        """ "tl;dr of the Lelystad article", "Zusammenfassung Tessera": the lead of the one article nobody
        curated that the question points at (a curated deal's summary is its overview)."""
        if not any(w in SUMMARY_WORDS for w in query.words) or query.named_deals:
            return None
        pointed = set(query.documents) or {
            d for d, about in self.reader.names.subjects.items() if names and set(names) <= about
        }
        if not pointed:  # "Zusammenfassung Lelystad": the article naming the place asked
            pointed = {
                d
                for d in self.retriever.uncurated_documents
                if any(set(names) & set(p.places) for p in self.reader.by_document[d])
            }
        if len(pointed) != 1 or not pointed <= self.retriever.uncurated_documents:
            return None
        lead = self.reader.lead_of(next(iter(pointed)))
        return FromSentence(lead) if lead is not None else None

    def _names(self, query: Query) -> tuple[list[str], set[str]]:
        """The names the question mentions, read from its words as typed too: the curated spelling fix
        knows only the curated words and may turn a new article's name ("lodz") into another word."""
        names, spans = self.reader.names_in(list(query.words))
        typed, typed_spans = self.reader.names_in(self.index.typed(query.text))
        found = list(dict.fromkeys([*names, *typed]))
        # "welche Rolle spielt Globex laut dem Acme-Artikel": Acme names the article, not the subject
        pointed = self._pointed(query)
        found = [n for n in found if n not in pointed] or found
        # (a person or place in a phrase describing the article is asked of never: "laut der Meldung mit dem
        # Roe-Zitat: wann …")
        described = self.reader.names_in([w for w in query.words if w in query.described])[0]
        found = [n for n in found if n not in described or self.reader.names.kind(n) not in _DESCRIBING]
        found = [n for n in found if n not in query.aside] or found  # "not Acme, the Globex one"
        # (the words that point at an article are no more asked than a name is: "how much, per the report on
        # the share price reaction" asks no stock move)
        return found, spans | typed_spans | query.described

    def _site_unsaid(self, query: Query, fact: Fact) -> bool:
        """Does the question ask who works at a place that `fact` does not name, while other facts of its deal
        name it (so the fact's count is the whole deal's, not the place's)?"""
        places = frozenset(e.key for e in query.entities if e.place)
        firsts = {p.split()[0] for p in places}
        said = query.words
        # ("in Erstfeld", "am Standort Erstfeld", "at the Erstfeld site": the place within AT_REACH words)
        at_place = any(
            a in _AT and _place_after(said[i + 1 : i + 1 + AT_REACH], firsts) for i, a in enumerate(said)
        )
        working = not _WORKING.isdisjoint(query.words) or (at_place and not _JOBS.isdisjoint(query.words))
        if not places or not working or self._places_in(fact, places):
            return False
        return any(
            other.id != fact.id and self._places_in(other, places)
            for other in self.index.facts_by_deal.get(fact.deal, [])
        )

    def _other_place(self, query: Query, fact: Fact) -> bool:
        """Does the fact name a place the question does not set aside (a town, where towns are asked)?"""
        said = normalize(fact_text(fact)).split()
        places = self.reader.places()
        towns = not _TOWN_WORDS.isdisjoint(query.words)
        return any(
            (phrase := " ".join(said[i : i + n])) not in query.besides
            and (phrase in places or (not towns and said[i] in countries()))
            and not (towns and phrase in countries())
            for n in (1, 2)
            for i in range(len(said) - n + 1)
        )

    def _places_in(self, fact: Fact, among: frozenset[str] | None = None) -> bool:
        """Does the fact name a place (one the articles name, or a country; or one of `among`)?"""
        said = normalize(fact_text(fact)).split()
        if among is not None:
            return any(" ".join(said[i : i + n]) in among for n in (1, 2) for i in range(len(said) - n + 1))
        places = self.reader.places()
        return any(
            " ".join(said[i : i + n]) in places or said[i] in countries()
            for n in (1, 2)
            for i in range(len(said) - n + 1)
        )

    def _unknown_in_name_slot(self, query: Query) -> bool:
        """ "how many GPUs does initech have", "wie groß ist das Gelände von initech": a word typed small
        where a company stands (after "does", "von", "of"), that no dictionary, article or name list knows
        nor comes close to, is a company no article names."""
        said = list(query.words)
        return any(
            w in query.unknown_lower
            and i > 0
            and said[i - 1] in _NAME_SLOTS
            and len(w) >= MIN_UNKNOWN_NAME
            and not dictionary_word(w)
            and not self.reader.mentions(w)
            and not self.reader.knows(w)
            and not self.reader.near_a_word(w)
            for i, w in enumerate(said)
        )

    def _unsaid_figure(self, query: Query, spans: set[str]) -> bool:
        """ "wie viel Prozent deckt Acme mit Windkraft": a figure of something no article writes a word
        like (no word starts so), which no sentence's figure is."""
        ask = asked(list(query.words), query.text, spans)
        if ask.kind not in FIGURE_KINDS:
            return False
        # ("wie viele Firmenkunden sind von Acmes Praktiken betroffen": the things counted are said, and a
        # word of the language beside them only tells which; a sentence must still say enough of it)
        counted = ask.kind is Kind.COUNT and any(self.reader.mentions(c) for c in ask.counted)
        return any(
            w not in spans
            and not (counted and dictionary_word(w))
            and w not in countries()
            and w not in ARTICLE_WORDS  # "nach der Meldung": the news, no thing the figure is of
            and w not in OCCASIONS  # ... nor "nach der Absage"
            and not self.reader.mentions(w)
            and not self.reader.knows(w)
            and not self.reader.ends_a_word(w)  # "Kräne": the last part of "Portalkräne"
            and not self.reader.joins_words(w)  # "Kabelkonsortium": "Das Konsortium", "das Kabel"
            for w in query.unknown
        )

    def _said_per_unit(self, query: Query) -> bool:
        """ "is the investment tied to each gigawatt", "paid per gigawatt": a unit that reads as a price
        asked, where the fact the question finds says its money comes per that unit ("jeweils sobald ein
        Gigawatt in Betrieb geht", "as each gigawatt is deployed"): what the article says, no price (but
        "price per gigawatt" asks one, and "how much per gigawatt" a rate)."""
        unit = _PER_UNIT_ASKED.search(query.text)
        if (
            unit is None
            or query.quantity
            or query.units
            or any(w.startswith(_PRICE_ASKED) or w in MONEY_SCALES for w in query.words)  # ("…, in bn?")
        ):
            return False  # ("wie viel zahlt Acme pro Gigawatt": a rate asked, which the fact does not give)
        per = re.compile(rf"\b(?:{_PER_SAID})\s+{re.escape(unit.group(1))}", re.IGNORECASE)
        return any(per.search(fact_text(c.fact)) for c in self.retriever.candidates(query)[:PER_UNIT_FACTS])

    def _unknown_place(self, query: Query) -> bool:
        """Does the question put something "in"/"near" a name no article uses ("in Michigan", "in michigan",
        "in ohio", a state the lexicon knows as a place)? Not a misspelt one they use ("in abeline"), nor a
        place claimed, which the answer corrects ("the first site is in dallas, right?")."""
        if checks_claim(query.words) or _INTERROGATIVES.isdisjoint(query.words):
            return False  # (a statement with a question mark claims: "the first site is in austin?")
        named = {w for w in query.words if w in _PLACE_TERMS}
        return any(
            re.search(rf"\b(?:in|im|bei|near|nahe|nähe)\s+{re.escape(w)}\b", query.text, re.IGNORECASE)
            and not self.reader.mentions(w)
            and not dictionary_word(w)  # "im Rahmen der …", "in Sachen …": words, no places
            and (w in query.unknown or w in named or not self._misspelt(w))
            for w in dict.fromkeys((*query.unknown, *query.unknown_lower, *named))
        )

    def _misspelt(self, word: str) -> bool:
        """Is the word a misspelling of one the articles use, or of a place they name ("abeline")?"""
        return self.reader.near_a_word(word) or any(
            Levenshtein.distance(word, place, score_cutoff=PLACE_TYPOS) <= PLACE_TYPOS
            for place in self.reader.places()
            if len(word) >= MIN_TYPO_PLACE and abs(len(place) - len(word)) <= PLACE_TYPOS
        )

    def _country_said(self, key: str) -> bool:
        """Does an article name the country `key` names, in either language ("EU": "Europäischen Union",
        each word of a name of several)?"""
        return any(all(self.reader.mentions(w) for w in form.split()) for form in country_forms(key)) or any(
            a in self.reader.vocabulary for a in country_adjectives(key)
        )  # ("der kirgisische Hersteller" names Kyrgyzstan)

    def _unsaid_country(self, query: Query) -> bool:
        """ "wie viel GW hat Acme in Norwegen", "Globex UAE": a country no article names, in either
        language, narrows the question to something the articles do not say."""
        return any(
            not any(self._says_country(form) for form in country_forms(c) | {c})
            for said in (query.words, tuple(self.index.typed(query.text)))
            for c in countries_in(said)
        )

    def _says_country(self, form: str) -> bool:
        """Does an article name the country so ("usa" as a word, "vereinigte staaten" word by word)?"""
        parts = form.split()
        if len(parts) == 1 and len(form) >= PREFIX:
            return self.reader.mentions(form)
        return all(p in self.reader.vocabulary for p in parts)

    def _member_of(self, query: Query) -> str:
        """ "who from Acme", "wer von Acme", "jemand bei Acme": the company whose person is asked, or ""."""
        said = list(query.words)
        for i, word in enumerate(said[:-2]):
            if word in _WHO and said[i + 1] in _MEMBER_OF:
                found = self.reader.names_in(said[i + 2 : i + 3])[0]
                if found and self.reader.names.kind(found[0]) == ORG:
                    return found[0]
        return ""

    def _of_org(self, fact: Fact, org: str) -> bool:
        """Does the fact tell of a person the articles say is of `org` ("Jo Roe, CEO of Acme")?"""
        people = [self.reader.names.names.get(normalize(e)) for e in fact.entities]
        return any(p is not None and p.kind == PERSON and normalize(p.org or "") == org for p in people)

    def _pointed(self, query: Query) -> set[str]:
        """The names that only point at an article ("laut dem Acme-Artikel")."""
        said = [w for w in query.words if w in query.document_words]  # (in order: "Jo Roe")
        return set(self.reader.names_in(said)[0]) if said else set()

    def _sentence(
        self,
        query: Query,
        names: list[str],
        spans: set[str],
        kinds: frozenset[Kind] | None,
        within: frozenset[str] = frozenset(),
    ) -> FromSentence | None:
        if self.suggester.verifying:
            return None  # a suggestion is verified by the curated facts it reaches: no sentence can answer it
        reading = self.retriever.sentence(query, names, spans, kinds, within)
        if reading is None:
            return None
        return FromSentence(reading, inexact=_ONE_FIGURE.search(query.text) is not None and inexact(reading))

    def _several(self, query: Query, ranked: list[Candidate]) -> FromFacts | None:
        """ "how many jobs and how many gigawatts", "wie groß ist Skyport": each asked attribute's best."""
        deals = query.named_deals
        several = several_asked(query)
        if query.size_asked and deals:  # "wie groß ist Skyport": its money and its gigawatts
            several = ["investment", "capacity"] + (
                ["site_area"] if any(e.place for e in query.entities) else []
            )
        if len(several) < 2:
            return None
        _, spans = self._names(query)
        ask = asked(list(query.words), query.text, spans)
        if ask.kind is Kind.DATE and (ask.to_the_day or ask.to_the_month or ask.to_the_quarter):
            return None  # "an welchem Tag geht das erste Gigawatt live": one date, as exact as asked
        if ask.kind is Kind.DURATION and ask.span:
            return None  # "wie viele Jahre investiert Acme": a number of years, which no date and sum are
        # "how many jobs" alone would rule out the gigawatts: each asked attribute stands on its own.
        each = self.retriever.candidates(replace(query, primary={})) if query.primary else ranked
        picked = [next((c for c in each if c.fact.attribute.value == a), None) for a in several]
        found = [c for c in picked if c is not None and c.score >= MIN_SCORE]
        if ask.alone:
            # "wie viel investiert Globex selbst": a figure a fact does not give of that company is the
            # whole deal's, not its own
            names, _ = self._names(query)
            found = [
                c
                for c in found
                if c.fact.figure is None or all(self.reader.says(n, fact_text(c.fact)) for n in names)
            ]
        if len(found) < 2:
            return None
        if not deals and not query.entities:
            # Nobody named: two deals' facts answer no one question ("how much cooling capacity in phase
            # 2 and where": not one deal's gigawatts and another's site), nor facts missing its rarest word
            _, spans = self._names(query)
            rarest = self.reader.rarest(list(query.words), query.text, spans)
            said = " ".join(fact_text(c.fact) for c in found)
            if len({c.fact.deal for c in found}) > 1 or (rarest and not self.reader.says(rarest, said)):
                return None
        facts = [f for c in found for f in self._with_conflicts(c.fact)]
        return FromFacts("several", tuple(facts), min(c.score for c in found) * SEVERAL_CONFIDENCE)

    def _with_conflicts(self, fact: Fact) -> list[Fact]:
        if fact.conflict:
            return [fact, *[f for f in self.index.conflicts[fact.conflict] if f.id != fact.id]]
        return [fact]

    def _from_best(self, query: Query, best: Candidate, margin: float, ranked: list[Candidate]) -> FromFacts:
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
                or names_more(query, c.fact, best.fact)
                or (c.fact.figure is not None and c.fact.figure.value in query.numbers)  # "4 % oder 4,4 %?"
                or (_asks_exact(query) and _more_exact(c.fact, best.fact))  # "wie viel Prozent genau?"
                or _within_bound(c.fact, best.fact)
            )
        ][: NAMED_FACTS_SHOWN - 1 if self._people_asked(query, best.fact) else 1]
        confidence = min(
            1.0, CONFIDENCE_SCORE * best.score + CONFIDENCE_MARGIN * min(1.0, margin * MARGIN_SCALE)
        )
        return FromFacts("best", tuple(facts), confidence)

    @staticmethod
    def _people_asked(query: Query, fact: Fact) -> bool:
        """ "welche Führungskräfte werden zitiert", "which execs are quoted": several people, each a fact."""
        return fact.attribute is Attribute.PEOPLE and any(w.startswith(_PEOPLE_PLURALS) for w in query.words)

    def _overview(self, deals: list[str]) -> FromFacts:
        facts: list[Fact] = []
        for deal in deals:
            headline = [f for f in self.index.facts_by_deal.get(deal, []) if f.headline]
            facts.extend(headline or self.index.facts_by_deal.get(deal, [])[:2])
        return FromFacts("overview", tuple(facts), OVERVIEW_CONFIDENCE)

    def _compare(self, query: Query, deals: set[str]) -> Decision:
        picked: list[Fact] = []
        missing: list[str] = []
        ordered = sorted(deals, key=list(self.kb.deals).index)
        wanted = {a for a, weight in query.intents.items() if weight >= CLEAR_ASK}
        if not wanted and any(w in _BIGGER for w in query.words):
            wanted = {"investment"}  # "which deal is bigger": a deal's size is its money
        for deal, scored in zip(ordered, self.retriever.of_deals(query, ordered), strict=True):
            options = [c for c in scored if c.fact.attribute.value in wanted]
            options.sort(key=lambda c: c.score, reverse=True)
            if options:
                picked.extend(self._with_conflicts(options[0].fact))
            else:
                missing.append(deal)
        if not picked:
            return Decline(self._starter_suggestions(query))
        return FromFacts("compare", tuple(picked), COMPARE_CONFIDENCE, missing=tuple(missing))

    def _supplement(self, query: Query, facts: tuple[Fact, ...]) -> Reading | None:
        """The article's sentence beside a curated answer, when that says what exactly was asked
        ("womit wird der Stromverbrauch verglichen": the fact gives 4,5 GW, the sentence the comparison)."""
        names, spans = self._names(query)
        statements = " ".join(t for f in facts for t in (f.statement.de, f.statement.en))
        if self.reader.addresses(
            list(query.words), query.text, spans, statements, every_kind=True, all_words=True
        ):
            return None  # the answer already says every word asked: nothing to add
        reading = self.retriever.sentence(query, names, spans, WORDED_KINDS)
        if reading is None or reading.cover < SUPPLEMENT_COVER:
            return None
        return reading

    # ---------------------------------------------------------------- suggest
    def _value_of_unknown(self, query: Query) -> bool:
        """ "der PUE-Wert", "the PUE value": the value of a measure neither the facts nor the articles
        name, which no figure of the deal is."""
        return any(
            b in _VALUE_NOUNS
            and a not in STOPWORDS
            and not a.isdigit()
            and not self.index.is_known_word(a)
            and not self.reader.mentions(a)
            and not dictionary_word(a)  # "the market value": a word of its own, which other facts may say
            for a, b in pairwise(query.words)
        )

    def _suggestions(self, query: Query, ranked: list[Candidate]) -> tuple[str, ...]:
        return tuple(self.suggester.related(query, ((c.fact, c.score) for c in ranked)))

    def _starter_suggestions(self, query: Query) -> tuple[str, ...]:
        return tuple(self.suggester.starters(query))


_OF_WORDS = frozenset("of von bei at des der".split())
_WHICH = frozenset("which welche welcher welches welchem welchen".split())
_WHO = frozenset("who wer anyone someone jemand somebody".split())
_MEMBER_OF = frozenset("from von vom at bei of".split())  # "who from Acme", "wer bei Acme"
_IN_ONE = re.compile(r"\bin\s+(?:one|a|1|einem|einen)\s+(?:sentence|line|satz|zeile)\b", re.I)
_ONE_WORDS = frozenset("one a 1 einem einen".split())
_STOCK_QUOTED = re.compile(r"(?i)aktie|\bkurs|\bstock|\bshares?\b")  # what a price on the exchange is of
_LATER_ON = frozenset("later since seitdem spaeter seither".split())  # a time after the news ("danach" is it)
_VALUATION_SAID = re.compile(
    r"bewert|valuation|valued|börsenwert|marktwert|marktkapitalisierung|market cap", re.I
)
_DESCRIBING = frozenset({PERSON, PLACE})  # the names that describe an article, never its subject
_TOWN_WORDS = frozenset("stadt staedte city cities town towns ort orte gemeinde gemeinden".split())
MIN_PLACE_TERM = 3  # ("wo" is no place)
# Place names the lexicon knows as words of a site asked ("ohio", "kalifornien"), which no article may name
_PLACE_TERMS = frozenset(
    t for t, _ in INTENTS["location"] if t.isalpha() and len(t) > MIN_PLACE_TERM and not dictionary_word(t)
)
# Words that ask rather than claim
_INTERROGATIVES = INTERROGATIVE_WORDS | frozenset(
    "was welche welcher welches welchen wieviel wieviele which".split()
)
PLACE_TYPOS, MIN_TYPO_PLACE = 2, 6  # letters changed in a place's name ("abeline"), of one this long
# "per gigawatt", "each gigawatt", "je Gigawatt": a unit asked by what comes for each; and as a fact says it
_PER_UNIT_ASKED = re.compile(r"\b(?:per|each|every|je|jedes|jeden|pro)\s+([^\W\d_]{3,})", re.IGNORECASE)
_PRICE_ASKED = ("price", "preis", "kost", "cost", "teuer", "expensive", "charge", "rate")
_PER_SAID = r"each|every|per|je|jedes|jeder|jeden|pro|jeweils[^.;]{0,20}?ein(?:e|en)?"
PER_UNIT_FACTS = 3  # the best facts for the question, one of which must say so
# Words asking for several people at once
_PEOPLE_PLURALS = (
    *("fuehrungskraefte", "execs", "executives", "manager", "leute", "personen", "people", "leaders"),
)
_WHERE = frozenset("wo woher wohin where".split())  # a place asked in so many words, not "compared to a city"


RATE_REACH = 30  # characters from a figure to the "je Gigawatt" that makes it a rate


def _rate_said(text: str, unit: str) -> bool:
    """Does a figure of `text` come per the unit asked ("8 Mrd. Dollar je Gigawatt", "50,000 GPUs per GW")?"""
    said = re.compile(
        rf"\d[^.;\d]{{0,{RATE_REACH}}}?(?:\bpro|\bper|\bje|\beach|/)\s*(?:ein\w*\s+)?{re.escape(unit[:2])}",
        re.IGNORECASE,
    )
    return said.search(text) is not None


def _owned_after(words_: list[str], i: int) -> bool:
    """Is the word after words_[i] (and a possessive "s") a company's ("roe's company")?"""
    after = words_[i + 1 : i + 4]
    if after[:1] == ["s"]:
        after = after[1:]
    if len(after) >= 3 and after[0] in _PAIRED:  # "roe x doe deal": the pair's deal
        after = after[2:]
    return bool(after) and after[0] in _OWNED_WORDS


# "alle Zahlen zum Acme-Deal", "every number on it": figures asked
_FIGURES_ASKED = frozenset("zahl zahlen number numbers figure figures kennzahlen stats".split())
# Nouns of a company's trade ("Kühlungsanbieter", "Versorger", "utility"): a kind the articles call it by
_KIND_HEADS = (
    *("anbieter", "versorger", "versorgern", "betreiber", "lieferant", "lieferanten", "dienstleister"),
    *("provider", "providers", "supplier", "suppliers", "operator", "operators", "utility", "utilities"),
)


def _medium(text: str, key: str) -> bool:
    """ "saw a guy on twitter say …", "auf Twitter gelesen": a platform where something was said, not what
    the question is about."""
    return re.search(rf"\b(?:on|auf|via)\s+{re.escape(key)}\b", text, re.IGNORECASE) is not None


# What a question asking what happened on a day says besides the day ("was war am …", "what happened on …")
_HAPPENED = frozenset(
    "passiert passierte geschah geschehen war happened happen announced angekuendigt bekanntgegeben gab "
    "occurred according laut".split()
)


def _head_asked(said: tuple[str, ...]) -> Literal["date", "author", "views", "title"] | None:
    """What of an article's head a question asks: its headline, its author, its views or its date."""
    if any(matches(w, HEADLINE_WORDS) for w in said):
        return "title"
    if any(matches(w, AUTHOR_WORDS) for w in said):
        return "author"
    if any(matches(w, VIEWS_WORDS) and not _asker_read(said[:i]) for i, w in enumerate(said)):
        return "views"
    if any(matches(w, PUBLISH_WORDS) for w in said):
        return "date"
    return None


_DATE_WORDS = frozenset("datum date".split())
# ... the article's date by its noun: "acme article date", "datum vom acme/globex beitrag", "what date is
# the globex article from", "an welchem Datum berichtet der Artikel" (not a "post", which a person writes,
# nor an announcement, whose date is the event's: "Datum der Acme-Ankündigung")
_ARTICLES_DATED = ARTICLE_WORDS - {"post", "ankuendigung", "announcement", "mitteilung", "meldung"}
_REPORTING = ("berichtet*", "reported", "reports", "meldet*")
DATED_REACH = 4  # words from "Datum" to the article's noun ("datum vom acme/globex beitrag")


def _article_dated(said: tuple[str, ...], names: AbstractSet[str]) -> bool:
    # ("von wann ist der Artikel", "from when is the article": its date, as "Datum" asks it)
    dates = [
        i
        for i, w in enumerate(said)
        if w in _DATE_WORDS or (w in ("wann", "when") and said[i - 1 : i] in (("von",), ("from",)))
    ]
    articles = [i for i, w in enumerate(said) if w in _ARTICLES_DATED]
    if not dates or not articles:
        return False

    def beside(d: int, a: int) -> bool:  # (no verb between: "an welchem Datum startet Acme laut Artikel")
        between = said[min(d, a) + 1 : max(d, a)]
        return abs(d - a) <= DATED_REACH and all(w in STOPWORDS or w in names for w in between)

    return (
        any(beside(d, a) for d in dates for a in articles)
        or any(said[a + 1 : a + 2] == ("from",) for a in articles)
        or any(matches(w, _REPORTING) for w in said)
    )


# "Ich habe gelesen, dass …", "I've read that …": what the asker read, not how often an article was read
_ASKER = frozenset("ich hab habe hatte i ive we wir".split())
ASKER_REACH = 3  # words before the verb: "ich habe es gelesen"


def _asker_read(before: tuple[str, ...]) -> bool:
    return any(w in _ASKER for w in before[-ASKER_REACH:])


# Working somewhere: a count of the people at a site ("wie viele Leute arbeiten dort"), not of jobs created.
_WORKING = frozenset("arbeiten arbeitet arbeit work works working worker workers".split())
# ... or how many jobs there are at a place ("wie viele Jobs in Springfield"; "the Ohio project's jobs" are
# the project's)
# (or people counted there: "how many people will be on the Springfield site")
_JOBS = STAFF_WORDS | frozenset("jobs job arbeitsplaetze stellen people menschen personen leute".split())
_AT = frozenset("in at on bei im am".split())
AT_REACH = 4  # words from "am" to the place it names ("am Standort Erstfeld", "on the site of Erstfeld")
# (and "of" before the place: "at the site of Erstfeld", the French "sur le site d'Erstfeld")
_SITE_WORDS = frozenset("the dem der den standort standorts site gelaende campus of d".split())
_PROJECT_WORDS = frozenset("project projekt projekts projects vorhaben deal plan".split())


def _place_after(ahead: Sequence[str], firsts: set[str]) -> bool:
    """Is a place the first word after "in", "am", but for an article or a site's noun ("am Standort
    Erstfeld"; not "in the Erstfeld project", where the place names a project)?"""
    for i, word in enumerate(ahead):
        if word in firsts:
            return i + 1 >= len(ahead) or ahead[i + 1] not in _PROJECT_WORDS
        if word not in _SITE_WORDS:
            return False
    return False


PREMISE_MIN_SUM = 1_000_000  # a bare number this big stated of a deal is a sum ("50bn"), one to put right
PREMISE_SAME = 0.01  # a stated figure within 1 % of the fact's is the fact's, rounded ("4.5gw", "100bn")
# Words a company's name follows in a question ("does Acme have", "von Acme", "of Acme")
_NAME_SLOTS = frozenset("does did has have had will would can hat haben hatte wird von of by bei".split())
MIN_UNKNOWN_NAME = 4  # letters of a word read as a name no article knows (short ones are tickers, "ai", "ki")
# Nouns of a measure's value ("der PUE-Wert", "the PUE value"; not "quote", which asks whose words)
_VALUE_NOUNS = frozenset("wert werte value values rate ratio index score faktor factor kennzahl".split())


def _amount_of_unknown(query: Query) -> bool:
    """ "how much water", "wie viel Wasser": the word after "how much" is one neither the facts nor the
    articles use, and no unit says what is measured."""
    if query.units or names_unit(query.words):  # "how much juice, in GW": the unit says what is measured
        return False
    words = list(query.words)
    # ... "um wie viel senkt Acme den Bedarf": a verb after it, and what is asked is a change
    after = [c for a, b, c in zip(words, words[1:], words[2:], strict=False) if (a, b) in _HOW_MUCH_PAIRS]
    after += [b for a, b in pairwise(words) if a == "wieviel"]  # chat's one word
    return any(c in query.unknown_lower and not finite_verb(c) for c in after)


_HOW_MUCH_PAIRS = (("how", "much"), ("wie", "viel"))


def _says_earlier(fact: Fact) -> bool:
    """Does the fact tell a value before the one now ("bisher", "von 2.900 auf 3.400", "previously")?"""
    said = set(normalize(fact_text(fact)).split())
    return bool(said & EARLIER_WORDS) or _FROM_TO.search(fact_text(fact)) is not None


_FROM_TO = re.compile(
    r"\bvon\s+[\d.,]+[^.;]{0,40}?\bauf\s+[\d.,]+|\bfrom\s+[\d.,]+[^.;]{0,40}?\bto\s+[\d.,]+", re.I
)


# Words asking a figure in a question about what someone says ("exact number of GPUs? Jo says 1 million")
_TIME_WORDS = ("jahr", "year", "ende", "end", "monat", "month", "quartal", "quarter", "woche", "week")
_THING_KINDS = frozenset({Kind.WHAT, Kind.ORG, Kind.PERSON, Kind.PLACE})
_NUMBER_NAMED = frozenset("number numbers zahl zahlen anzahl".split())  # "what jobs number": a count asked
_FIGURE_ASKED = frozenset(
    "number numbers zahl zahlen anzahl figure figures many much viel viele wieviel".split()
)


_DEAL_NOUNS = frozenset(
    "deal deals plan pact project projekt projekts partnership partnerschaft vereinbarung agreement "
    "investment investition thing initiative buildout ausbau".split()
)


def _said_as_deal(said: list[str], name: str) -> bool:
    """Does the question say `name` as a deal ("the Skyport plan", "beim Skyport-Deal"): a deal's noun right
    after it?"""
    parts = name.split()
    for i in range(len(said) - len(parts)):
        if said[i : i + len(parts)] == parts and said[i + len(parts)] in _DEAL_NOUNS:
            return True
    return False
