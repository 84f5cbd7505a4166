"""Retrieve stage: `Query` → scored curated-fact candidates, and the best document sentence (a `Reading`
from the sentence-reading path, reading.py) when one is wanted.

Which facts are scored: those of the deals the question names (and the facts naming its names); else,
on a small base, every fact; on a large one the facts sharing its rarest words, through the inverted index.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from bot.engine.asked import FIGURE_KINDS, REPORT_STARTS, Kind, acts_as_body, asked
from bot.engine.index import KnowledgeIndex
from bot.engine.lexicon import ARTICLE_WORDS
from bot.engine.query import Query
from bot.engine.reading import Reader, Reading
from bot.engine.scoring import Candidate, Scorer
from bot.engine.text import normalize, stem, words
from bot.engine.weights import (
    FULL_SCAN_LIMIT,
    MAX_FACT_CANDIDATES,
    MAX_POSTINGS,
    MIN_TITLE_WORD,
    NAMED_POSTING,
    POINTED_PAIR,
)
from bot.knowledge.base import KnowledgeBase
from bot.knowledge.models import Fact
from bot.knowledge.numbers import find_numbers

_readers: list[tuple[tuple[object, ...], Reader]] = []  # the last one built, with what it was built from


def reader_for(kb: KnowledgeBase) -> Reader:
    """The reading index depends on the documents and the deals' names only: a reload that edited facts
    reuses the one built before (at 10,000 facts over 40 documents that saves seconds per reload)."""
    key = (
        tuple((d.id, d.fingerprint()) for d in kb.documents.values()),
        tuple((d.id, tuple(d.parties), tuple(d.every_alias)) for d in kb.deals.values()),
    )
    if _readers and _readers[0][0] == key:
        return _readers[0][1]
    reader = Reader(kb)
    _readers[:] = [(key, reader)]
    return reader


# a label before a question: "Globex – …", "globex: …" (a few words, then a dash or a colon)
_LABEL = re.compile(r"^\s*([^-–—:?.!]{2,30}?)\s*[-–—:]\s+\S")
# A joint venture asked by its kind ("the JV", "das Gemeinschaftsunternehmen")
_NAME_ASKED = re.compile(r"\b(?:hei(?:ß|ss)t|name[ns]?|called|nennt)\b", re.I)  # "wie heißt das JV": its name
_VENTURE_WORDS = re.compile(
    r"\b(?:the |das |dem |des )?(?:jv|joint[ -]?venture|gemeinschaftsunternehmens?)\b", re.I
)


_SOURCE_LEADS = frozenset("laut gemaess per according".split())  # words leading to a source named
# An article's name that is also a verb of saying, and the words before it that make it the article's
_SAYING_WORDS = frozenset("post posted tweet announcement announced ankuendigung angekuendigt".split())
_POINTING = frozenset("the this that his her its in im dem den der des ein einem einen a laut".split())


class Retriever:
    """Finds what may answer a query: curated facts (scored) and document sentences."""

    def __init__(self, kb: KnowledgeBase, index: KnowledgeIndex, reader: Reader) -> None:
        self.kb = kb
        self.index = index
        self.reader = reader
        self.scorer = Scorer(index)
        # the deals whose facts quote each article, and how many of their facts do
        self.deals_quoting: dict[str, Counter[str]] = defaultdict(Counter)
        for fact in kb.facts.values():
            for citation in fact.citations:
                self.deals_quoting[citation.document][fact.deal] += 1
        self.uncurated_documents = frozenset(d for d in kb.documents if d not in self.deals_quoting)

    def candidates(self, query: Query) -> list[Candidate]:
        """The facts that may answer `query` (they must involve every name asked about), best first."""
        facts: Iterable[Fact]
        deals = query.named_deals
        if deals:
            facts = [f for d in deals for f in self.index.facts_by_deal.get(d, [])]
            extra = {fid for e in query.entities for fid in e.facts}
            facts = list(facts) + [self.kb.facts[f] for f in extra if self.kb.facts[f].deal not in deals]
        elif len(self.kb.facts) <= FULL_SCAN_LIMIT:
            facts = self.kb.facts.values()
        else:
            facts = self._looked_up(query)
        known = [e for e in query.entities if not e.foreign and e.key not in query.besides]
        subject = next((e for e in known if e.is_party or e.alias_of), None)
        label = _LABEL.match(query.text)
        if subject is not None and subject.is_party and label is not None:
            # "Globex – how many jobs will Skyport create": a partner set before the question as its label
            # is no subject of it, where the question goes on to name the deal
            labelled = set(normalize(label.group(1)).split())
            deal = next((e for e in known if not e.is_party and subject.alias_of & e.alias_of), None)
            if deal is not None and set(subject.key.split()) <= labelled:
                subject = deal
        subject = subject if subject is not None and subject.is_party else None
        # "laut dem Acme-Artikel: wie viel GW hatte Initech bei Globex zugesagt": the company picking the
        # article is no one a fact quoting that article must be about, where two others named are what is
        # asked (their facts quoting it answer; another article's do not)
        pointers = {
            e.key
            for e in known
            if query.documents and e.is_party and set(e.key.split()) <= query.document_words
        }
        if len([e for e in known if e.key not in pointers]) < POINTED_PAIR:
            pointers = set()
        if query.firmly_pointed:  # "the piece about the Springfield site with Acme": any fact it carries
            # (but "the piece about Acme: how many GW of Acme chips": Acme is asked of too)
            pointers |= {
                e.key
                for e in known
                if set(e.key.split()) <= query.described
                and all(query.words.count(w) == 1 for w in e.key.split())
            }
        allowed = [
            f
            for f in facts
            if all(
                self.scorer.allowed(query, f, e, subject)
                or (e.key in pointers and any(c.document in query.documents for c in f.citations))
                for e in known
            )
        ]
        if query.firmly_pointed:
            # "laut dem Aktienartikel", "in the million-GPU report": what that article says, or nothing (a
            # fact of another article, however well it fits, is not what the asker was pointed to)
            allowed = [f for f in allowed if any(c.document in query.documents for c in f.citations)]
        ask = self.scorer.prepare(query)
        scored = [Candidate(f, self.scorer.score(query, f, ask)) for f in allowed]
        scored.sort(key=lambda c: c.score, reverse=True)
        return scored

    def of_deals(self, query: Query, deals: Iterable[str]) -> list[list[Candidate]]:
        """Every fact of each deal, scored (unsorted): the sides of a comparison."""
        ask = self.scorer.prepare(query)
        return [
            [Candidate(f, self.scorer.score(query, f, ask)) for f in self.index.facts_by_deal.get(deal, [])]
            for deal in deals
        ]

    def _looked_up(self, query: Query) -> list[Fact]:
        """A large base names no deal in the question: the facts sharing its rarest words, through the
        inverted index, rather than every fact (10,000 facts scored per question took 40–400 ms)."""
        weights: dict[str, float] = {}
        get = weights.get
        for word in dict.fromkeys(query.content):
            term = stem(word)
            postings = self.index.facts_by_term.get(term, ())
            if 0 < len(postings) <= MAX_POSTINGS:
                weight = self.index.term_weight(term)
                if not weights:  # the first word's facts: each weighs 0.0 + weight, made in one call
                    weights.update(dict.fromkeys(postings, weight))
                    continue
                for fact_id in postings:
                    weights[fact_id] = get(fact_id, 0.0) + weight
        for entity in query.entities:
            for fact_id in entity.facts:
                weights[fact_id] = get(fact_id, 0.0) + NAMED_POSTING
        # The same as sorting by weight (ties in first-seen order) and taking the first n, without
        # sorting thousands of facts.
        best = heapq.nlargest(MAX_FACT_CANDIDATES, weights, key=weights.__getitem__)
        return [self.kb.facts[f] for f in best]

    def uncurated(self, name: str) -> bool:
        """A name no reviewed fact covers: none names it, and no deal it belongs to has facts."""
        entity = self.index.entities.get(name)
        if entity is None:
            return True
        if entity.facts:
            return False
        return not any(self.index.facts_by_deal.get(d) for d in entity.party_of | entity.alias_of)

    def sentence(
        self,
        query: Query,
        names: list[str],
        spans: set[str],
        kinds: frozenset[Kind] | None,
        within: frozenset[str] = frozenset(),
    ) -> Reading | None:
        """The reading path: a document sentence holding the asked kind of answer for the subject."""
        # Places locate what is asked ("in Narvik"); companies and people are who it is asked about. A
        # name that says which article ("laut dem Cobalt-Artikel") picks the article, not the subject.
        # A figure is another matter when nobody else is named: "what profit did Orbis report" names
        # Orbis's article and asks about Orbis, never the other company of that article.
        wanted = asked(list(query.words), query.text, spans)
        who = [n for n in names if n not in query.besides and self.reader.names.kind(n) != "place"]
        subjects = [n for n in who if not (query.documents and set(n.split()) <= query.document_words)]
        if (wanted.kind in FIGURE_KINDS or wanted.describe) and not subjects:
            subjects = who  # only the article's own company is named: it is the one asked about
        documents = set(query.documents)  # "laut dem GPU-Artikel"
        beside_deal = False
        if not documents and query.named_deals:
            # "die Acme-Borealis-Rechenzentren": a deal named by its name is answered from its own
            # articles (those its facts quote), not from another deal's article that mentions both.
            documents = {
                c.document
                for deal in query.named_deals
                for f in self.index.facts_by_deal.get(deal, [])
                for c in f.citations
            }
            if any(not self.reader.documents_naming(s) & documents for s in subjects):
                # "how many GPUs did Helvion order from Acme": a company the deal's articles never
                # name is asked beside the deal's; its own article answers, from a sentence about both
                # (not "Zum Vergleich: Acme hatte … in Globex investiert" in Helvion's article)
                documents, beside_deal = set(), True
        if (
            not documents
            and not subjects
            and not query.documents
            and wanted.kind in (*FIGURE_KINDS, Kind.DATE)
        ):
            # "when do the 4.5 GW of data centers go online": a figure only one deal's facts give names that
            # deal; its own articles answer, not another deal's sentence on its first phase
            documents = self._stated_deal_documents(query)
        places = [n for n in names if self.reader.names.kind(n) == "place" and n not in query.besides]
        bodies = False
        if wanted.kind in (Kind.MONEY, Kind.PERCENT) and not subjects:
            # "wie viel zahlt die Stadt Łódź": the town as a payer, whose own figure is asked
            # ... by its name or a short form of it ("the NSW government")
            said = list(query.words)
            subjects = [
                p
                for p in places
                if any(
                    acts_as_body(said, form)
                    for form in (p, *(w for w in said if self.reader.short_form(w) == p))
                )
            ]
            bodies = bool(subjects)
        if places:  # "das erste Gebäude in Brugg": only the articles that name Brugg can say
            named = set.intersection(*(self.reader.documents_naming(p) for p in places))
            documents = documents & named if documents else named
            if not documents:
                return None
        pointed = bool(documents)  # the question (its deal, place or article) picked the articles
        if within:
            documents = documents & within if documents else set(within)
        # The reader takes the words as typed: the curated vocabulary's spelling fix would turn "valued"
        # into "value", which is another question. A name typed wrong still counts as that name.
        # (another language's words read as English, as the question was parsed: "cuánto" is "how much")
        typed = [self.index.misspelt(w) for w in self.index.typed(query.text)]
        if len(typed) == len(query.words):
            spans = spans | {t for t, w in zip(typed, query.words, strict=True) if w in spans}
        text = query.text
        if query.documents:  # "laut dem 1m-GPU-Artikel": which article, not what is asked ("1m", "GPU")
            pointer = set(query.document_words) | ARTICLE_WORDS
            tokens = text.split()
            gone = [set(normalize(t).split()) <= pointer for t in tokens]
            # ... but not a word of saying that is the question's verb ("when did Roe post it"), nor the
            # denial asked of ("die Summe des von Acme dementierten Berichts": the report's figure is asked)
            gone = [
                g
                and not (
                    normalize(t) in _SAYING_WORDS and (not i or normalize(tokens[i - 1]) not in _POINTING)
                )
                and not normalize(t).startswith(REPORT_STARTS)
                for i, (t, g) in enumerate(zip(tokens, gone, strict=True))
            ]
            # ... and the "laut" before it ("laut Acme-Artikel Präsident von Globex": no "laut Präsident")
            gone = [
                g or (normalize(t) in _SOURCE_LEADS and i + 1 < len(gone) and gone[i + 1])
                for i, (t, g) in enumerate(zip(tokens, gone, strict=True))
            ]
            text = " ".join(t for t, g in zip(tokens, gone, strict=True) if not g)
            typed = self.index.typed(text)
        if not subjects and not documents and len(self.reader.ventures) == 1:
            # "who's the MD of the JV": the one joint venture the articles name
            venture = next(iter(self.reader.ventures))
            renamed = _VENTURE_WORDS.sub(self.reader.names.names[venture].display, text)
            if renamed != text:
                text, typed, subjects = renamed, words(renamed), [venture]
                spans = spans | set(venture.split())
        # "laut dem Acme-Artikel": the article the asker means; "in Erstfeld": the articles naming the place
        narrowed = "article" if query.documents else "place" if places else ""
        _, reading = self.reader.read(typed, text, subjects, spans, kinds, documents, narrowed)
        if reading is None and subjects and _VENTURE_WORDS.search(text) and not _NAME_ASKED.search(text):
            # "how much is Acme putting into the JV": the one venture of the articles about Acme, by its name
            theirs = {
                v
                for about in self.reader.names.subjects.values()
                if set(subjects) <= about
                for v in about & self.reader.ventures
                if v not in subjects
            }
            if len(theirs) == 1:
                venture = theirs.pop()
                text = _VENTURE_WORDS.sub(self.reader.names.names[venture].display, text)
                typed, subjects = words(text), [*subjects, venture]
                spans = spans | set(venture.split())
                _, reading = self.reader.read(typed, text, subjects, spans, kinds, documents, narrowed)
        if reading is None and bodies:  # ... said by its kind ("Die Landesregierung steuert … bei")
            subjects = []
            _, reading = self.reader.read(typed, text, subjects, spans, kinds, documents, narrowed)
        if reading is not None and self._of_another_deal(query, reading, subjects):
            reading = None
        if reading is not None and beside_deal and not set(subjects) <= reading.passage.about:
            reading = None
        titled = None if reading or subjects or pointed or narrowed else self.titled(wanted.topic)
        if titled is not None:
            # "was kostet das Seekabel": a word that only one article's headline or lead says, which no
            # sentence beside the answer repeats, names that article as "laut dem Seekabel-Artikel" would
            # (the word stays asked: "wie viele Mitarbeiter hat der Campus" is not the company's staff)
            documents = {titled} & within if within else {titled}
            if documents:
                _, reading = self.reader.read(typed, text, subjects, spans, kinds, documents, "article")
        return reading

    def _stated_deal_documents(self, query: Query) -> set[str]:
        """The articles the facts of the one deal whose figure the question states quote (the figure with
        its unit: "die 4,5 GW"), or none where no deal or several give it."""
        stated = {
            f.deal
            for n in find_numbers(query.text, query.language)
            if n.unit not in (None, "year")
            for f in self.index.facts_by_figure.get(n.value, ())
            if f.figure is not None and f.figure.unit.value == n.unit
        }
        if len(stated) != 1:
            return set()
        return {c.document for f in self.index.facts_by_deal.get(stated.pop(), ()) for c in f.citations}

    def _of_another_deal(self, query: Query, reading: Reading, subjects: list[str]) -> bool:
        """A deal named by its alias alone ("skyport fully online when"), answered from an article other
        deals' facts quote too, by a sentence naming none of the deal's names nor parties ("Globex plant bis
        2025 mehr als 1 Mio. GPU"): that sentence is of the other deal."""
        # ... not one set aside ("besides Acme and Globex"), nor where the asker named the article
        deals = {d for e in query.entities if e.key not in query.besides for d in e.alias_of}
        if not deals or query.documents:
            return False
        document = reading.passage.document
        quoting = self.deals_quoting.get(document)
        if not quoting or set(quoting) <= deals:
            return False
        others = {
            p for d in quoting if d not in deals and d in self.kb.deals for p in self.kb.deals[d].parties
        }
        own = {
            word
            for deal in deals
            if deal in self.kb.deals
            for name in (
                *self.kb.deals[deal].every_alias,
                *(p for p in self.kb.deals[deal].parties if p not in others),  # one of every deal tells none
                deal,
            )
            for word in normalize(name).split()
        } | {word for subject in subjects for word in subject.split()}
        article = self.kb.documents.get(document)
        if article is None or own & set(words(article.title)):
            return False  # the deal's own article, by its headline ("Acme & Globex: 10 GW …")
        return not own & set(reading.passage.words)

    def titled(self, topic: tuple[str, ...]) -> str | None:
        """The article whose title or lead alone says one of the topic words, where no other topic word is
        another article's alone ("Strom" of one title, "Supercomputer" of another: neither)."""
        found = self.titles(topic)
        return next(iter(found)) if len(found) == 1 else None

    def titles(self, topic: tuple[str, ...]) -> set[str]:
        """The articles whose title or lead alone says one of the topic words."""
        found: set[str] = set()
        for word in topic:
            if len(word) < MIN_TITLE_WORD:
                continue
            documents = self.index.documents_by_word.get(stem(word), set())
            if len(documents) == 1:
                found |= documents
        return found
