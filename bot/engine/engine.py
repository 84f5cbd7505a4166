"""Question in, Answer out: recognise the deal and what is asked, pick the fact that fits both, or abstain.

Pipeline: numbers out → normalise → names (exact, then misspelt) → asked-for attributes → score facts
that may answer (they must involve every name asked about) → answer when the best is strong and clearly
ahead of a different answer → else a document sentence (reading.py) → else "the articles don't say" +
suggestions.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise

from bot.answer import Answer, Context
from bot.engine import replies
from bot.engine.asked import Kind, asked
from bot.engine.index import PREFIX, Entity, KnowledgeIndex, intent_weights
from bot.engine.lexicon import (
    AFFINITY,
    ARTICLE_WORDS,
    ATTRIBUTE_UNITS,
    CHITCHAT,
    COMPARE_WORDS,
    COMPLETION_WORDS,
    CONFLICT_WORDS,
    COST_WORDS,
    COUNT_WORDS,
    COUNTRIES,
    DEAL_SIZE_WORDS,
    FIGURE_WORDS,
    INTERROGATIVES,
    KIND_WORDS,
    MAGNITUDE_WORDS,
    MONEY_SCALES,
    NUMBER_WORDS,
    ORDINALS,
    OUT_OF_SCOPE,
    OVERVIEW_WORDS,
    PEOPLE_COUNTED,
    PER_UNIT,
    PRICE_MOVES,
    PUBLISH_WORDS,
    QUALIFIER_ASKS,
    QUANTITY_PHRASES,
    QUANTITY_UNITS,
    QUESTION_WORDS,
    SHARE_WORDS,
    SIZE_ASKS,
    STOPWORDS,
    TIME_COUNTED,
    TITLE_GROUPS,
    TITLE_WORDS,
    UNIT_ARTICLES,
    UNIT_WORDS,
    VAGUE_QUANTITIES,
    WHICH_NOUNS,
    WHICH_WORDS,
)
from bot.engine.publication import publication
from bot.engine.reading import Reader, Reading, render
from bot.engine.suggestions import Suggester
from bot.engine.text import detect_language, normalize, stem, words
from bot.knowledge.base import KnowledgeBase
from bot.knowledge.models import Fact
from bot.knowledge.numbers import find_numbers

MIN_SCORE = 0.56
MIN_MARGIN = 0.07
MAX_QUESTION_CHARS = 2000
PERSONAL = frozenset({"people", "role"})
# A company named in these questions must be named by the fact itself ("how much does Sunbank invest"
# is not answered by Borealis's 500 Mrd. for the same project).
STRICT = frozenset({"investment", "market_reaction", "jobs", "role"})
SITE_STRICT = frozenset({"investment"})
# Attributes whose answer is a figure; a timeline is often told in words ("over the next four years").
INTERROGATIVE_WORDS = frozenset(
    "wann wo wie wer wem warum wozu wofuer when where how who whom why what".split()
)
BESIDES_WORDS = frozenset("besides ausser neben except apart".split())
ABOUT_WORDS = frozenset("ueber about on zu zum zur von of".split())
CONJUNCTIONS = frozenset("und and sowie plus".split())
WHEN_WORDS = frozenset("wann when date datum day tag".split())
FIGURE_ATTRIBUTES = frozenset(ATTRIBUTE_UNITS) - {"timeline"}
W_INTENT, W_ENTITY, W_OVERLAP = 0.45, 0.30, 0.25
NO_NAME_ENTITY = 0.5
SIBLING_GAP = 0.05
PARTY_DEAL = 0.8  # a fact of the deal a named company is party to, not naming it itself
# Up to this many facts every question scores them all (the shipped base: 70); above, an inverted index
# hands over the facts sharing the question's words, and only the best of those are scored.
FULL_SCAN_LIMIT = 2_000
MAX_FACT_CANDIDATES = 64
MAX_POSTINGS = 2_000  # a word in more facts than this ("deal", "ki") narrows nothing down
# A curated answer gets the article's sentence beside it when the sentence says this share of the words
# asked and the fact does not say them all.
SUPPLEMENT_COVER = 0.75
NAMED_DEAL = 0.25  # a fact of a deal the question names (by an alias) over facts of other deals
# Where curated facts exist, figures come only from them: a figure their curators left out for a named
# company is the trap ("Orbis's own investment"), so the sentences answer only what is told in words.
WORDED_KINDS = frozenset({Kind.PERSON, Kind.ORG, Kind.PLACE, Kind.SAID, Kind.WHAT, Kind.DATE, Kind.DURATION})


_readers: list[tuple[tuple[object, ...], Reader]] = []  # the last one built, with what it was built from


def _reader_for(kb: KnowledgeBase) -> Reader:
    """The reading index depends on the documents and the deals' names only: a reload that edited facts
    reuses the one built before (at 10,000 facts over 40 documents that saves seconds per reload)."""
    key = (
        tuple((d.id, d.fingerprint()) for d in kb.documents.values()),
        tuple((d.id, tuple(d.parties), tuple(d.aliases)) for d in kb.deals.values()),
    )
    if _readers and _readers[0][0] == key:
        return _readers[0][1]
    reader = Reader(kb)
    _readers[:] = [(key, reader)]
    return reader


def _same_answer(a: Fact, b: Fact) -> bool:
    """Would `b` tell the asker the same as `a`? Then it is no rival for the margin."""
    if (a.deal, a.attribute) == (b.deal, b.attribute) or (a.conflict and a.conflict == b.conflict):
        return True
    if a.figure and b.figure:
        return (a.figure.value, a.figure.unit) == (b.figure.value, b.figure.unit)
    if a.attribute == b.attribute and a.entities:
        return {normalize(e) for e in a.entities} == {normalize(e) for e in b.entities}
    return False


def _names_a_fact(entity: Entity) -> bool:
    """A name few facts carry ("Nova One", "zehnfacher Ausbau", "10x"), not a company or place."""
    return not (entity.is_party or entity.place) and 0 < len(entity.facts) <= 3


@lru_cache(maxsize=1 << 16)
def _matches(word: str, patterns: tuple[str, ...] | frozenset[str]) -> bool:
    return any(word.startswith(p[:-1]) if p.endswith("*") else word == p for p in patterns)


@dataclass
class Parsed:
    """What the engine understood of a question."""

    text: str
    language: str
    words: list[str]
    content: list[str]
    entities: list[Entity] = field(default_factory=list)
    entity_words: set[str] = field(default_factory=set)
    intents: dict[str, float] = field(default_factory=dict)
    numbers: list[float] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    unknown_lower: list[str] = field(default_factory=list)
    topic_words: list[str] = field(default_factory=list)
    out_of_scope: bool = False
    compare: bool = False
    quantity: bool = False
    asks_title: bool = False
    titles: list[tuple[str, ...]] = field(default_factory=list)
    primary: dict[str, float] = field(default_factory=dict)
    counted: str | None = None
    primary_term: str | None = None
    counting: bool = False
    size_asked: bool = False
    units: frozenset[str] = frozenset()
    asks_qualifier: bool = False
    asks_conflict: bool = False
    documents: set[str] = field(default_factory=set)
    document_words: set[str] = field(default_factory=set)
    besides: set[str] = field(default_factory=set)
    chitchat: bool = False
    intent_terms: dict[str, float] = field(default_factory=dict)
    is_question: bool = False
    spaced: str = ""

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


@dataclass
class _Ask:
    """What every fact is scored against, worked out once per question rather than once per fact."""

    named: list[Entity]
    subject: Entity | None
    strongest: float
    personal: float
    asked: list[tuple[str, float]]
    asked_total: float
    topic: list[str]
    ordinals: list[str]
    people: list[Entity]
    primary_top: float


@dataclass
class Candidate:
    fact: Fact
    score: float

    @property
    def family(self) -> tuple[str, str]:
        return (self.fact.deal, self.fact.attribute.value)


class Engine:
    def __init__(self, kb: KnowledgeBase) -> None:
        # Unreviewed drafts do not answer: the article's sentences do, until a curator signs them off.
        self.kb = replace(kb, facts={k: f for k, f in kb.facts.items() if not f.draft})
        self.reader = _reader_for(self.kb)
        self.index = KnowledgeIndex(self.kb, self.reader.places())
        self.suggester = Suggester(self.kb, self.ask)
        quoted = {c.document for f in self.kb.facts.values() for c in f.citations}
        self._uncurated_documents = frozenset(d for d in self.kb.documents if d not in quoted)

    # ---------------------------------------------------------------- understanding
    def parse(self, question: str, locale: str | None = None) -> Parsed:
        text = question[:MAX_QUESTION_CHARS]
        language = detect_language(text, locale)
        found = find_numbers(text, language)
        all_words = [self.index.spell(w) for w in words(text)]
        parsed = Parsed(
            text=text,
            language=language,
            words=all_words,
            content=[w for w in all_words if w not in STOPWORDS],
            numbers=[n.value for n in found],
        )
        parsed.spaced = f" {' '.join(all_words)} "
        self._find_entities(parsed)
        parsed.documents = self._documents_named(parsed)
        for word in all_words:
            if word in parsed.entity_words or word in parsed.document_words:
                continue  # "laut dem GPU-Artikel" names an article, it does not ask about GPUs
            weights = intent_weights(word)
            for attribute, weight in weights.items():
                parsed.intents[attribute] = max(parsed.intents.get(attribute, 0.0), weight)
            if weights and word not in STOPWORDS:
                parsed.intent_terms[stem(word)] = max(weights.values())
        parsed.units = frozenset(
            unit
            for w in all_words
            for pattern, units in UNIT_WORDS.items()
            if _matches(w, (pattern,))
            for unit in units
        )
        if "$" in text or "€" in text:  # "deal size $": money, with its sign
            parsed.units |= {"USD", "CNY"}
            parsed.intents["investment"] = 1.0
        asks_how_much = self._find_quantity(parsed)
        if asks_how_much and any(w in MONEY_SCALES for w in all_words):
            parsed.units |= {"USD", "CNY"}
        parsed.quantity = (
            asks_how_much or bool(parsed.units) or any(_matches(w, FIGURE_WORDS) for w in all_words)
        )
        parsed.asks_title = any(_matches(w, TITLE_WORDS) for w in all_words)
        parsed.asks_qualifier = any(w in QUALIFIER_ASKS for w in all_words)
        parsed.asks_conflict = any(_matches(w, CONFLICT_WORDS) for w in all_words)
        parsed.titles = [group for group in TITLE_GROUPS if any(w in group for w in all_words)]
        self._find_primary(parsed)
        for attribute, weight in parsed.primary.items():  # what must be answered is asked, surely
            parsed.intents[attribute] = max(parsed.intents.get(attribute, 0.0), weight)
        parsed.out_of_scope = self._out_of_scope(parsed)
        parsed.compare = any(_matches(w, COMPARE_WORDS) for w in all_words)
        parsed.chitchat = bool(all_words) and all(w in CHITCHAT or w in STOPWORDS for w in all_words)
        # A capitalised word the articles never use ("Siemens", "Rendite") may be the real subject.
        capitalised = {normalize(t) for t in text.split()[1:] if t[:1].isupper()}
        parsed.unknown = [
            w
            for w in parsed.content
            if w in capitalised
            and w not in parsed.entity_words
            and len(w) >= 3
            and not self.index.is_known_word(w)
        ]
        parsed.topic_words = [
            w
            for w in parsed.content
            if len(w) >= 4
            and w not in parsed.entity_words
            and not intent_weights(w)
            and not any(c.isdigit() for c in w)  # "500bn" is a figure, parsed as one
        ]
        parsed.unknown_lower = [
            w
            for w in parsed.content
            if w not in parsed.entity_words
            and len(w) >= 5
            and not any(c.isdigit() for c in w)
            and not self.index.is_known_word(w)
        ]
        parsed.is_question = not parsed.chitchat and (
            "?" in text
            or (bool(all_words) and all_words[0] in QUESTION_WORDS)
            or (bool(parsed.entities) and parsed.strongest_intent >= 0.5)
        )
        return parsed

    def _find_primary(self, parsed: Parsed) -> None:
        """What must be answered, when "how many X" did not say: "which X", an interrogative, a cost."""
        if not parsed.primary:
            self._find_which(parsed)
        if not parsed.primary:
            asked = next((INTERROGATIVES[w] for w in parsed.words if w in INTERROGATIVES), None)
            if asked and "people" in asked and parsed.quantity:
                asked = None  # "wer investiert wie viel": the figure is asked, not the person
            elif asked and "people" in asked and parsed.asks_title:
                asked = {"people": 1.0}  # "Wer ist die Chefin von Delta": a person with that title
            elif asked and "people" in asked:
                # "who owns", "wer kümmert sich um": the verb says which kind of "who"
                verbs = {a: w for a, w in parsed.intents.items() if w >= 0.7 and a not in FIGURE_ATTRIBUTES}
                if verbs:  # the verb leads, the person comes second
                    asked = {**{a: 0.6 * w for a, w in asked.items()}, **verbs}
            if asked:
                parsed.primary = dict(asked)
        if not parsed.primary and any(_matches(w, COST_WORDS) for w in parsed.words):
            parsed.primary = {"investment": 1.0}  # "Was kostet …": money, whatever else is named
        sized = any(w in DEAL_SIZE_WORDS for w in parsed.words) and not any(e.place for e in parsed.entities)
        if not parsed.primary and parsed.named_deals and sized:  # "coblat deal size": money and gigawatts
            parsed.primary = {"investment": 1.0, "capacity": 1.0}
            parsed.size_asked = parsed.quantity = True

    def _documents_named(self, parsed: Parsed) -> set[str]:
        """ "laut dem GPU-Artikel", "the article about Orbis and Skyport": the documents whose titles
        carry the words next to the article word (a word in every title narrows nothing down)."""
        found: set[str] | None = None
        for i, word in enumerate(parsed.words):
            if word not in ARTICLE_WORDS:
                continue
            after = parsed.words[i + 1 : i + 6]
            about = after[1:] if after and after[0] in ABOUT_WORDS else []  # "the article about Orbis"
            for near in (*parsed.words[max(0, i - 3) : i], *about):
                titled = (
                    self.index.documents_by_word.get(stem(near), set()) if near not in STOPWORDS else set()
                )
                if titled and len(titled) < len(self.kb.documents):
                    found = titled if found is None else (found & titled) or found
                    parsed.document_words.add(near)
        return found or set()

    @staticmethod
    def _out_of_scope(parsed: Parsed) -> bool:
        """Asks for what the articles never give: prices, revenue, head counts, weather, a share price."""
        per_unit = any(_matches(w, PER_UNIT) for w in parsed.words) or (
            any(_matches(w, COST_WORDS) for w in parsed.words)
            and any(w in UNIT_ARTICLES for w in parsed.words)
        )
        moves = any(_matches(w, PRICE_MOVES) for w in parsed.words)
        energy_bill = any(_matches(w, COST_WORDS) for w in parsed.words) and "energy" in parsed.intents
        market_cap = ("market", "cap") in set(pairwise(parsed.words))
        # "Was kostet die Acme-Aktie in Dollar": a share price, which the articles never give.
        share_price = any(_matches(w, SHARE_WORDS) for w in parsed.words) and (
            any(_matches(w, COST_WORDS) for w in parsed.words) or bool(parsed.units)
        )
        return (
            market_cap
            or (share_price and not moves)
            or (any(_matches(w, OUT_OF_SCOPE) for w in parsed.words) and not moves)
            or (per_unit and parsed.focus in ATTRIBUTE_UNITS)
            or energy_bill
        )

    def _find_which(self, parsed: Parsed) -> None:
        """`which platform` / `welche Plattform`: the noun after names the attribute that must answer."""
        tokens = parsed.words
        for i, word in enumerate(tokens):
            if word not in WHICH_WORDS:
                continue
            for j, nxt in enumerate(tokens[i + 1 : i + 4], start=i + 1):
                if nxt in parsed.entity_words or nxt in STOPWORDS or nxt in KIND_WORDS:
                    continue
                weights = WHICH_NOUNS.get(nxt) or intent_weights(nxt)
                if nxt in MAGNITUDE_WORDS:  # "what is the size of the investment": the investment
                    weights = self._following_intent(parsed, tokens[j + 1 : j + 6]) or weights
                if weights and max(weights.values()) >= 0.6:
                    top = max(weights.values())
                    parsed.primary = {a: w / top for a, w in weights.items() if w >= 0.6 * top}
                    parsed.primary_term = stem(nxt)  # "which platform": a fact naming a platform answers
                    return
                if weights:
                    break  # a word that asks for something, but not surely: no primary
                # "which big tech firms": a describing word; the noun comes next

    @staticmethod
    def _following_intent(parsed: Parsed, tokens: list[str]) -> dict[str, float]:
        for word in tokens:
            if word in parsed.entity_words or word in STOPWORDS:
                continue
            weights = intent_weights(word)
            if max(weights.values(), default=0.0) >= 0.6:
                return weights
        return {}

    def _find_quantity(self, parsed: Parsed) -> bool:
        """`how many X` / `wie viele X`: X (when it names an attribute) is what must be answered."""
        tokens = parsed.words
        for i in range(len(tokens)):
            for phrase in QUANTITY_PHRASES:
                if tuple(tokens[i : i + len(phrase)]) != phrase:
                    continue
                for word in tokens[i + len(phrase) : i + len(phrase) + 3]:
                    if word in parsed.entity_words or word in STOPWORDS:
                        continue
                    if word in PEOPLE_COUNTED:
                        parsed.primary = {"jobs": 1.0}
                        break
                    if word in TIME_COUNTED:
                        parsed.primary = {"timeline": 1.0}
                        break
                    unit = next((u for p, u in QUANTITY_UNITS.items() if _matches(word, (p,))), None)
                    if unit is not None:  # "wie viel Prozent": only a percentage answers
                        parsed.units |= unit
                    weights = intent_weights(word)
                    top = max(weights.values(), default=0.0)
                    if top >= 0.6:  # "wieviel Kohle": whatever the word's weight, it is what is asked
                        parsed.primary = {a: w / top for a, w in weights.items() if w >= 0.7 * top}
                    elif phrase[-1] in COUNT_WORDS and len(word) >= 4 and not word.isdigit():
                        parsed.counted = word  # "wie viele Rechenzentren": a count the facts may not give
                    break
                parsed.counting = phrase[-1] in COUNT_WORDS
                others = [
                    intent_weights(w) for w in tokens if w not in phrase and w not in parsed.entity_words
                ]
                if (
                    not parsed.primary
                    and not parsed.counted
                    and not parsed.units
                    and max((v for weights in others for v in weights.values()), default=0.0) < 0.5
                ):
                    # "acme borealis how much", "cobalt deal how big": of a deal, its size is asked
                    parsed.primary = dict(SIZE_ASKS.get(phrase, {}))
                    parsed.size_asked = len(parsed.primary) > 1
                return True
        return False

    def _find_entities(self, parsed: Parsed) -> None:
        index, tokens = self.index, parsed.words
        used = [False] * len(tokens)
        found: dict[str, tuple[int, Entity]] = {}
        for size in range(min(index.max_entity_words, 3), 0, -1):
            for start in range(len(tokens) - size + 1):
                if any(used[start : start + size]):
                    continue
                phrase = " ".join(tokens[start : start + size])
                joined = "".join(tokens[start : start + size])
                key = phrase if phrase in index.entities else joined if joined in index.entities else None
                if key is None and size > 1:  # "zehnfachen Ausbau" for "zehnfacher Ausbau"
                    key = index.stemmed_entities.get(" ".join(stem(t) for t in tokens[start : start + size]))
                if key is None and size == 1:
                    word = tokens[start]
                    candidates = [word, word[:-1]] if word.endswith("s") else [word]
                    key = next((c for c in candidates if c in index.entities), None)
                    if key is None and word not in STOPWORDS and not intent_weights(word):
                        key = index.fuzzy_entity(word)
                if key is None:
                    continue
                for position in range(start, start + size):
                    used[position] = True
                    parsed.entity_words.add(tokens[position])
                found.setdefault(key, (start, index.entities[key]))
        parsed.entities = [entity for _, entity in sorted(found.values(), key=lambda item: item[0])]
        # "besides Sunbank and Orbis, who else": names after "besides" are known, not asked about.
        besides = [i for i, t in enumerate(tokens) if t in BESIDES_WORDS]
        parsed.besides = {
            key for key, (start, _) in found.items() if any(0 < start - i <= 4 for i in besides)
        }

    # ---------------------------------------------------------------- matching
    def _allowed(self, parsed: Parsed, fact: Fact, entity: Entity, subject: Entity | None) -> bool:
        """May `fact` answer a question that names `entity`? Never borrow another company's figure."""
        if parsed.titles and fact.attribute.value in PERSONAL and not self._holds_title(parsed, fact):
            return False  # "who is Borealis's CFO": a CEO's statement does not answer it
        attribute = fact.attribute.value
        if fact.id in entity.facts:
            return True
        if entity.place and entity.key not in COUNTRIES and attribute in SITE_STRICT:
            return False  # "Was kostet Riverton allein": the project's total is not the site's
        if entity.place and entity.fact_deals and fact.deal not in entity.fact_deals:
            return False  # "Ohio" points at the deal built there, never at another deal's facts
        if entity.soft:
            return True
        if entity is subject and attribute in STRICT:
            return False  # "how much does Sunbank invest": the fact must name Sunbank itself
        if entity is subject and attribute in PERSONAL and parsed.asks_title:
            return False  # "CEO of Cobalt": the person must hold the title there
        return fact.deal in entity.alias_of or fact.deal in entity.party_of

    def _holds_title(self, parsed: Parsed, fact: Fact) -> bool:
        said = set(
            words(" ".join([fact.statement.de, fact.statement.en, *fact.keywords.de, *fact.keywords.en]))
        )
        return any(any(title in said for title in group) for group in parsed.titles)  # "CTO or President"

    def _prepare(self, parsed: Parsed) -> _Ask:
        named = [e for e in parsed.entities if not e.foreign and e.key not in parsed.besides]
        asked = [(t, self.index.term_weight(t)) for t in self._asked_terms(parsed)]
        return _Ask(
            named=named,
            subject=next((e for e in named if e.is_party), None),
            strongest=parsed.strongest_intent,
            personal=max(parsed.intents.get(a, 0.0) for a in PERSONAL),
            asked=asked,
            asked_total=sum(w for _, w in asked),
            topic=[stem(w) for w in parsed.topic_words],
            ordinals=[stem(w) for w in parsed.words if w in ORDINALS],
            people=[e for e in named if e.person and not e.is_party and e.facts],
            primary_top=max(parsed.primary.values(), default=0.0),
        )

    @staticmethod
    def _asked_terms(parsed: Parsed) -> list[str]:
        return [stem(w) for w in parsed.content if w not in parsed.entity_words]

    def _overlap(
        self, parsed: Parsed, terms: set[str] | frozenset[str], prefixes: frozenset[str] = frozenset()
    ) -> float:
        """Share of the question's own words (idf-weighted) the fact uses; a shared 6-letter start
        ("investment" / "investieren") counts most of a hit."""
        asked = [(t, self.index.term_weight(t)) for t in self._asked_terms(parsed)]
        return self._shared(asked, sum(w for _, w in asked), terms, prefixes)

    @staticmethod
    def _shared(
        asked: list[tuple[str, float]],
        total: float,
        terms: frozenset[str] | set[str],
        prefixes: frozenset[str],
    ) -> float:
        if not total:
            return 0.0
        hit = 0.0
        for term, weight in asked:
            if term in terms:
                hit += weight
            elif len(term) >= PREFIX and term[:PREFIX] in prefixes:
                hit += 0.8 * weight
        return hit / total

    @staticmethod
    def _fit(attribute: str, asked: dict[str, float]) -> float:
        """How well a fact of `attribute` answers the asked attributes (directly or a related one)."""
        best = asked.get(attribute, 0.0)
        for name, weight in asked.items():
            best = max(best, weight * AFFINITY.get(attribute, {}).get(name, 0.0))
        return best

    def _intent(self, parsed: Parsed, fact: Fact, fit: float) -> float:
        """The attribute fit, or the fact's own words naming what is asked."""
        best = fit
        terms = self.index.fact_terms[fact.id]
        for term, weight in parsed.intent_terms.items():
            if term in terms:
                best = max(best, 0.6 * weight)
        return best

    def _score(self, parsed: Parsed, fact: Fact, ask: _Ask | None = None) -> float:
        ask = ask or self._prepare(parsed)
        attribute = self.index.fact_attribute[fact.id]
        terms = self.index.fact_terms[fact.id]
        fit = self._fit(attribute, parsed.intents)
        intent = self._intent(parsed, fact, fit)
        named = ask.named
        if named:
            # The first company named is the subject ("Rolle spielt Sunbank bei Borealis"): it counts twice.
            subject = ask.subject
            direct = total = 0.0
            for e in named:
                weight = 2.0 if e is subject else 1.0
                total += weight
                if fact.id in e.facts:
                    direct += weight
                elif fact.deal in e.alias_of:
                    direct += weight * (PARTY_DEAL if e.is_party else 0.8)
            entity = 0.5 + 0.5 * direct / total
            if fact.deal in parsed.named_deals:
                entity += NAMED_DEAL
            if any(fact.id in e.facts and _names_a_fact(e) for e in named):
                entity += 0.3  # the question names this fact by its own name ("10x")
            elif any(fact.id in e.facts and e.person for e in named):
                # The question names this fact's person: decisive when it asks about people.
                entity += 0.3 if ask.personal >= 0.5 else 0.1
        else:
            entity = NO_NAME_ENTITY  # no name asked: neither for nor against any fact
        figure = fact.figure
        if figure is not None and any(
            abs(n - figure.value) < 1e-9 * max(1.0, abs(n)) for n in parsed.numbers
        ):
            entity = max(entity, 0.8)  # "3,59 Billionen Yuan – worum geht's?": the figure names the fact
        overlap = self._shared(ask.asked, ask.asked_total, terms, self.index.fact_prefixes[fact.id])
        phrases = [p for p in self.index.fact_phrases[fact.id] if p in parsed.spaced]
        # "seit wann", "how long", "wo": a question phrase the curators filed under this fact answers
        # whatever the interrogative alone would want.
        asked_phrase = any(w in INTERROGATIVE_WORDS for p in phrases for w in p.split())
        if phrases:  # a question phrase the curators filed under this fact ("seit wann" more than "wann")
            phrase_question = asked_phrase and any(" " in p.strip() for p in phrases)
            overlap = min(1.0, overlap + (0.4 if phrase_question else 0.2))
        told = self.index.fact_numbers[fact.id]
        if any(abs(n - v) < 1e-9 * max(1.0, abs(n)) for n in parsed.numbers for v in told):
            overlap = min(1.0, overlap + 0.2)  # the question quotes this fact's number ("2026")
        if parsed.asks_conflict and fact.conflict is not None:
            overlap = min(1.0, overlap + 0.3)  # "why do the Skyport figures differ": the disputed one
        if fact.figure is not None and fact.figure.qualifier.value != "exact" and parsed.asks_qualifier:
            overlap = min(1.0, overlap + 0.3)  # "a floor or a cap?": this figure's "at least" answers
        # A question that does not say what kind of thing it asks ("is the 100bn a lump sum") is decided
        # by its words: the weight of the missing intent moves to the overlap.
        strongest = ask.strongest
        w_intent = W_INTENT * min(1.0, strongest / 0.5)
        score = w_intent * intent + W_ENTITY * entity + (W_OVERLAP + W_INTENT - w_intent) * overlap
        if ask.topic and not any(t in terms for t in ask.topic):
            score *= 0.85  # the question's own subject words ("finished", "second") are not in this fact
        if ask.ordinals and not all(o in terms for o in ask.ordinals):
            score *= 0.6  # "the second site": a fact about the project as a whole does not say
        about_person = any(e.person and fact.id in e.facts for e in named)
        if about_person and attribute in PERSONAL:
            pass  # "Was sagt Jeff Poe zur KI-Blase?": the person's own statement answers
        elif parsed.primary:
            named_by_fact = (
                asked_phrase
                or (parsed.asks_conflict and fact.conflict is not None)
                or (
                    parsed.primary_term is not None
                    and parsed.primary_term in self.index.keyword_terms[fact.id]
                )
            )
            if not named_by_fact and self._fit(attribute, parsed.primary) < 0.5 * ask.primary_top:
                score *= 0.3  # "how many jobs": a fact about anything but jobs does not answer it
        elif strongest >= 0.7 and fit < 0.6 * strongest:
            score *= 0.3  # a clear ask for something else
        elif strongest >= 0.5 and intent < 0.5 * strongest:
            score *= 0.6  # it does not answer what was asked
        personal = ask.personal >= 0.5 or strongest < 0.5
        if ask.people and personal and not any(fact.id in e.facts for e in ask.people):
            score *= 0.6  # "Kenji Mori's role": what the articles say of him, not of another
        if parsed.units and fact.figure is not None and fact.figure.unit.value not in parsed.units:
            score *= 0.3  # "in US-Dollar": 10 GW is no answer, however well the rest fits
        if parsed.quantity and fact.figure is None:
            score *= 0.85  # "how much" wants a figure
        if parsed.documents:  # "according to the Cobalt article": what that article says
            cited = any(c.document in parsed.documents for c in fact.citations)
            score = score + 0.05 if cited else score * 0.9
        if phrases and asked_phrase and any(" " in p.strip() for p in phrases):
            score += 0.12  # a curated question phrase ("seit wann") is the surest sign of what is asked
        if fact.headline:
            score += 0.02
        return score

    def candidates(self, parsed: Parsed) -> list[Candidate]:
        facts: Iterable[Fact]
        deals = parsed.named_deals
        if deals:
            facts = [f for d in deals for f in self.index.facts_by_deal.get(d, [])]
            extra = {fid for e in parsed.entities for fid in e.facts}
            facts = list(facts) + [self.kb.facts[f] for f in extra if self.kb.facts[f].deal not in deals]
        elif len(self.kb.facts) <= FULL_SCAN_LIMIT:
            facts = self.kb.facts.values()
        else:
            facts = self._looked_up(parsed)
        known = [e for e in parsed.entities if not e.foreign and e.key not in parsed.besides]
        subject = next((e for e in known if e.is_party or e.alias_of), None)
        subject = subject if subject is not None and subject.is_party else None
        allowed = [f for f in facts if all(self._allowed(parsed, f, e, subject) for e in known)]
        ask = self._prepare(parsed)
        scored = [Candidate(f, self._score(parsed, f, ask)) for f in allowed]
        scored.sort(key=lambda c: c.score, reverse=True)
        return scored

    def _looked_up(self, parsed: Parsed) -> list[Fact]:
        """A large base names no deal in the question: the facts sharing its rarest words, through the
        inverted index, rather than every fact (10,000 facts scored per question took 40–400 ms)."""
        weights: dict[str, float] = defaultdict(float)
        for word in dict.fromkeys(parsed.content):
            term = stem(word)
            postings = self.index.facts_by_term.get(term, ())
            if 0 < len(postings) <= MAX_POSTINGS:
                for fact_id in postings:
                    weights[fact_id] += self.index.term_weight(term)
        for entity in parsed.entities:
            for fact_id in entity.facts:
                weights[fact_id] += 1.0
        best = sorted(weights, key=lambda f: -weights[f])[:MAX_FACT_CANDIDATES]
        return [self.kb.facts[f] for f in best]

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

    def _context_of(self, parsed: Parsed, answer: Answer) -> Context | None:
        names, spans = self.reader.names_in(parsed.words)
        if not names or not answer.answered:
            return None
        shown = [self.reader.names.names[n].display for n in names if n in self.reader.names.names]
        topic = list(asked(parsed.words, parsed.text, spans).topic)
        return Context(names=shown, topic=topic, deals=answer.deals)

    def _follow_up(
        self, parsed: Parsed, context: Context, question: str, locale: str | None
    ) -> Answer | None:
        names, spans = self.reader.names_in(parsed.words)
        ask = asked(parsed.words, parsed.text, spans)
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

    def _answer(self, parsed: Parsed) -> Answer:
        if not parsed.content or parsed.chitchat:
            names = [replies.deal_name(self.kb, d, parsed.language) for d in self.kb.deals]
            return replies.small_talk(parsed, self._starter_suggestions(parsed), names)
        names, spans = self.reader.names_in(parsed.words)
        said = set(parsed.words)
        # "kaneda" is no misspelt "kanada" when an article names Kaneda: a foreign name must be typed.
        foreign = [e for e in parsed.entities if e.foreign and not self.reader.mentions(e.key)]
        if any(set(e.key.split()) <= said or not names for e in foreign):
            return replies.not_covered(parsed, self._starter_suggestions(parsed))
        if any(self._uncurated(name) for name in names):
            # A company, person or place no curated fact knows: only its own sentences can answer.
            return self._read(parsed, names, spans, None) or replies.not_covered(
                parsed, self._starter_suggestions(parsed)
            )
        if any(e.foreign for e in parsed.entities) or parsed.out_of_scope:
            return replies.not_covered(parsed, self._starter_suggestions(parsed))
        if any(_matches(w, PUBLISH_WORDS) for w in parsed.words) and (
            parsed.documents or any(w in ARTICLE_WORDS for w in parsed.words)
        ):  # "wann ist der Artikel über Skyport erschienen": the documents' own dates
            named = sorted(parsed.documents) or list(self.kb.documents)
            return publication(parsed, [self.kb.documents[d] for d in named])
        ranked = self.candidates(parsed)
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
            each = self.candidates(replace(parsed, primary={})) if parsed.primary else ranked
            picked = [next((c for c in each if c.fact.attribute.value == a), None) for a in several]
            found = [c for c in picked if c is not None and c.score >= MIN_SCORE]
            if len(found) >= 2:  # "how many jobs and how many gigawatts": each one
                facts = [f for c in found for f in self._with_conflicts(c.fact)]
                return replies.from_facts(parsed, facts, self.kb, min(c.score for c in found) / 2)
        rest = [w for w in parsed.content if w not in parsed.entity_words and w not in OVERVIEW_WORDS]
        # "zehnfacher Ausbau?" names one fact of a deal, not the whole deal: no overview.
        # "Nova One?", "was hat Poe damit zu tun": a name few facts carry, and nothing else asked.
        named_fact = any(_names_a_fact(e) for e in parsed.entities)
        if deals and not rest and not parsed.quantity and parsed.strongest_intent < 0.5 and not named_fact:
            return self._overview(parsed, sorted(deals, key=list(self.kb.deals).index))
        if named_fact and parsed.strongest_intent < 0.5 and not parsed.quantity and not parsed.unknown_lower:
            named = [f for e in parsed.entities if _names_a_fact(e) for f in sorted(e.facts)]
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
            and self._overlap(parsed, self.index.fact_terms[best.fact.id]) == 0
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
            if not self.reader.addresses(parsed.words, parsed.text, spans, self._fact_text(best.fact)):
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
            if read is None and kinds is not None and self._uncurated_documents:
                # An article no curated fact quotes may still give the figure (a new article about a
                # company the curated articles only mention).
                read = self._read(parsed, names, spans, None, self._uncurated_documents)
            if read is not None:
                return read
        return replies.not_covered(parsed, self._suggestions(parsed, ranked))

    @staticmethod
    def _fact_text(fact: Fact) -> str:
        quotes = [c.quote for c in fact.citations]
        return " ".join([fact.statement.de, fact.statement.en, *fact.keywords.de, *fact.keywords.en, *quotes])

    def _uncurated(self, name: str) -> bool:
        """A name no reviewed fact covers: none names it, and no deal it belongs to has facts."""
        entity = self.index.entities.get(name)
        if entity is None:
            return True
        if entity.facts:
            return False
        return not any(self.index.facts_by_deal.get(d) for d in entity.party_of | entity.alias_of)

    def _read(
        self,
        parsed: Parsed,
        names: list[str],
        spans: set[str],
        kinds: frozenset[Kind] | None,
        within: frozenset[str] = frozenset(),
    ) -> Answer | None:
        """The reading path: a document sentence holding the asked kind of answer for the subject."""
        reading = self._reading(parsed, names, spans, kinds, within)
        if reading is None:
            return None
        return render(parsed.text, "de" if parsed.language == "de" else "en", reading, self.kb)

    def _reading(
        self,
        parsed: Parsed,
        names: list[str],
        spans: set[str],
        kinds: frozenset[Kind] | None,
        within: frozenset[str] = frozenset(),
    ) -> Reading | None:
        # Places locate what is asked ("in Narvik"); companies and people are who it is asked about. A
        # name that says which article ("laut dem Cobalt-Artikel") picks the article, not the subject.
        subjects = [
            n
            for n in names
            if n not in parsed.besides
            and self.reader.names.kind(n) != "place"
            and not (parsed.documents and set(n.split()) <= parsed.document_words)
        ]
        documents = set(parsed.documents)  # "laut dem GPU-Artikel"
        if within:
            documents = documents & within if documents else set(within)
        _, reading = self.reader.read(parsed.words, parsed.text, subjects, spans, kinds, documents)
        return reading

    def _supplemented(self, parsed: Parsed, answer: Answer, facts: Sequence[Fact]) -> Answer:
        """A curated answer on the point, plus the article's sentence when that says what exactly was asked
        ("womit wird der Stromverbrauch verglichen": the fact gives 4,5 GW, the sentence the comparison)."""
        names, spans = self.reader.names_in(parsed.words)
        statements = " ".join(t for f in facts for t in (f.statement.de, f.statement.en))
        if self.reader.addresses(
            parsed.words, parsed.text, spans, statements, every_kind=True, all_words=True
        ):
            return answer  # the answer already says every word asked: nothing to add
        reading = self._reading(parsed, names, spans, WORDED_KINDS)
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
    def _several_asked(parsed: Parsed) -> list[str]:
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
    def _asks_when(parsed: Parsed) -> bool:
        return any(w in WHEN_WORDS for w in parsed.words) and parsed.focus == "timeline"

    def _dateless(self, parsed: Parsed, fact: Fact) -> bool:
        """A timeline fact with no year, date or duration ("construction is under way") says no "when"."""
        if fact.attribute.value != "timeline":
            return False
        done = [w for w in parsed.words if _matches(w, COMPLETION_WORDS)]
        if done and not any(_matches(t, COMPLETION_WORDS) for t in self.index.fact_terms[fact.id]):
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
    def _tie_break(parsed: Parsed, ranked: list[Candidate]) -> Candidate:
        """Equal scores: the fact naming what the question names most specifically ("Riverton", a name
        few facts carry, over "Skyport") goes first."""
        tied = [c for c in ranked if c.score >= ranked[0].score - 1e-6]
        return max(tied, key=lambda c: sum(1 / len(e.facts) for e in parsed.entities if c.fact.id in e.facts))

    def _told_in_words(self, parsed: Parsed, best: Candidate) -> bool:
        """ "How many GPUs" → "Millionen von GPUs": the articles' own answer, though not a figure."""
        fact = best.fact
        fits = self._fit(fact.attribute.value, parsed.primary or parsed.intents) >= 0.5
        said = words(fact.statement.de + " " + fact.statement.en)
        return fits and any(w in VAGUE_QUANTITIES or w in NUMBER_WORDS for w in said)

    def _with_conflicts(self, fact: Fact) -> list[Fact]:
        if fact.conflict:
            return [fact, *[f for f in self.index.conflicts[fact.conflict] if f.id != fact.id]]
        return [fact]

    @staticmethod
    def _names_more(parsed: Parsed, fact: Fact, than: Fact) -> bool:
        """Does `fact` name something the question names ("Ohio") that `than` does not?"""
        return any(fact.id in e.facts and than.id not in e.facts for e in parsed.entities)

    def _from_facts(
        self, parsed: Parsed, best: Candidate, margin: float, ranked: Sequence[Candidate] = ()
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

    def _overview(self, parsed: Parsed, deals: list[str]) -> Answer:
        facts: list[Fact] = []
        for deal in deals:
            headline = [f for f in self.index.facts_by_deal.get(deal, []) if f.headline]
            facts.extend(headline or self.index.facts_by_deal.get(deal, [])[:2])
        return replies.from_facts(parsed, facts, self.kb, 0.6, overview=True)

    def _compare(self, parsed: Parsed, deals: set[str]) -> Answer:
        picked: list[Fact] = []
        missing: list[str] = []
        ask = self._prepare(parsed)
        for deal in sorted(deals, key=list(self.kb.deals).index):
            options = [
                Candidate(f, self._score(parsed, f, ask)) for f in self.index.facts_by_deal.get(deal, [])
            ]
            options = [c for c in options if parsed.intents.get(c.fact.attribute.value, 0.0) >= 0.5]
            options.sort(key=lambda c: c.score, reverse=True)
            if options:
                picked.extend(self._with_conflicts(options[0].fact))
            else:
                missing.append(deal)
        if not picked:
            return replies.not_covered(parsed, self._starter_suggestions(parsed))
        return replies.from_facts(parsed, picked, self.kb, 0.7, missing=missing)

    # ---------------------------------------------------------------- suggestions
    def _suggestions(self, parsed: Parsed, ranked: list[Candidate]) -> list[str]:
        return self.suggester.related(parsed, ((c.fact, c.score) for c in ranked))

    def _starter_suggestions(self, parsed: Parsed) -> list[str]:
        return self.suggester.starters(parsed)
