"""What the engine looks things up in, built once per fact base: names, intent words, fact and snippet terms.

Built off the event loop (it is CPU work) and never changed afterwards, so a reload swaps a whole index.
"""

from __future__ import annotations

import hashlib
import math
import sys
from collections import defaultdict
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein

from bot.engine.asked import KIND_WORDS, names_amount
from bot.engine.foreign import in_english
from bot.engine.lexicon import (
    CHITCHAT,
    COMPARE_WORDS,
    COST_WORDS,
    FOREIGN_NAMES,
    INTENT_EXCLUDE,
    INTENTS,
    INTERROGATIVES,
    OVERVIEW_WORDS,
    PLACES,
    PRICE_MOVES,
    QUESTION_WORDS,
    STOPWORDS,
)
from bot.engine.text import normalize, stem, words
from bot.engine.translations import compound_parts, dictionary_word, listed_word
from bot.knowledge.base import KnowledgeBase
from bot.knowledge.models import Fact
from bot.knowledge.numbers import find_numbers
from bot.knowledge.sentences import split_sentences

GENERIC_ENTITY_WORDS = frozenset(
    "project projekt plattform platform partnerschaft partnership systeme systems system inc corp "
    "group".split()
)


PREFIX = 6  # letters two words must share at the start to count as the same word in another form


@dataclass
class Entity:
    """A name a question can mention; what it identifies decides which facts may answer."""

    key: str
    display: str
    alias_of: set[str] = field(default_factory=set)  # deals this name identifies
    party_of: set[str] = field(default_factory=set)  # deals where it is a party
    facts: set[str] = field(default_factory=set)  # facts that name it
    foreign: bool = False  # a name the articles never mention
    place: bool = False
    person: bool = False
    fact_deals: set[str] = field(default_factory=set)  # deals of the facts that name it

    @property
    def soft(self) -> bool:
        """People and places give context ("according to Doe"); they do not pick the fact."""
        return (self.place or self.person) and not self.alias_of and not self.party_of

    @property
    def is_party(self) -> bool:
        return bool(self.party_of)


def _keyword_tables() -> tuple[dict[str, dict[str, float]], list[tuple[str, str, float]]]:
    exact: dict[str, dict[str, float]] = defaultdict(dict)
    prefixes: list[tuple[str, str, float]] = []
    for attribute, entries in INTENTS.items():
        for keyword, weight in entries:
            if keyword.endswith("*"):
                prefixes.append((keyword[:-1], attribute, weight))
            else:
                current = exact[keyword].get(attribute, 0.0)
                exact[keyword][attribute] = max(current, weight)
    return dict(exact), prefixes


INTENT_EXACT, INTENT_PREFIXES = _keyword_tables()
# The prefix keywords by their first three letters (those shorter apart): a word can only start one, or
# be the start of one, that shares its first three letters, so it looks at those alone.
_SHORT_PREFIXES = [entry for entry in INTENT_PREFIXES if len(entry[0]) < 3]
_PREFIXES_BY_HEAD: dict[str, list[tuple[str, str, float]]] = defaultdict(list)
for _entry in INTENT_PREFIXES:
    if len(_entry[0]) >= 3:
        _PREFIXES_BY_HEAD[_entry[0][:3]].append(_entry)


def _prefix_weights(word: str, found: dict[str, float]) -> None:
    for prefix, attribute, weight in (*_SHORT_PREFIXES, *_PREFIXES_BY_HEAD.get(word[:3], ())):
        if word.startswith(prefix) or (len(word) >= 6 and prefix.startswith(word)):
            if any(word.startswith(x) for x in INTENT_EXCLUDE.get(prefix, ())):
                continue
            found[attribute] = max(found.get(attribute, 0.0), weight)


def _compound_weights(word: str, found: dict[str, float]) -> None:
    """German compounds: `kursreaktion` holds `reaktion`, `rechenzentrumskapazitaet` holds `kapazitaet`."""
    for prefix, attribute, weight in INTENT_PREFIXES:
        if len(prefix) >= 5 and prefix in word[3:]:
            found[attribute] = max(found.get(attribute, 0.0), 0.8 * weight)


def intent_weights(word: str) -> dict[str, float]:
    """Attributes a single normalised word points at, with weights (German participles too: gestiegen)."""
    return dict(_intent_weights(word))


@lru_cache(maxsize=1 << 17)
def _intent_weights(word: str) -> tuple[tuple[str, float], ...]:
    """Cached: a prefix scan over every keyword costs more than the rest of a question's parsing."""
    found = dict(INTENT_EXACT.get(word, {}))
    _prefix_weights(word, found)
    if not found and word.startswith("ge") and len(word) >= 7:
        _prefix_weights(word[2:], found)
    if len(word) >= 9:
        _compound_weights(word, found)
    return tuple(found.items())


_NOTHING: frozenset[str] = frozenset()  # one object for every fact without keywords


@dataclass(frozen=True, slots=True)
class _Told:
    """What one fact's own text (and its deal's names) gives the index; cached by those, so a reload
    re-derives only the facts that changed (10,000 facts: 0.7 s → a few ms). The index keeps these very
    sets, not copies."""

    said: tuple[str, ...]
    terms: frozenset[str]
    keyword_terms: frozenset[str]
    phrases: tuple[str, ...]
    numbers: frozenset[float]


_FactKey = tuple[str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], float | None]


def _fact_key(fact: Fact) -> _FactKey:
    return (
        fact.statement.de,
        fact.statement.en,
        tuple(fact.keywords.de),
        tuple(fact.keywords.en),
        tuple(fact.entities),
        tuple(c.quote for c in fact.citations),
        fact.figure.value if fact.figure is not None else None,
    )


TOLD_CACHE = 1 << 15  # facts whose words are kept for the next build (a reload re-reads only what changed)
_told_cache: dict[tuple[bytes, frozenset[str]], _Told] = {}


def _told(key: _FactKey, deal_terms: frozenset[str]) -> _Told:
    """What a fact says, kept by a digest of its words: a 16-byte key rather than the tuple of its texts
    (at 10,000 facts the tuples and their cache links held ~6 MB of an `ask` process's memory)."""
    digest = hashlib.blake2b(repr(key).encode(), digest_size=16).digest()
    found = _told_cache.get((digest, deal_terms))
    if found is None:
        found = _tell(key, deal_terms)
        if len(_told_cache) >= TOLD_CACHE:
            _told_cache.clear()
        _told_cache[(digest, deal_terms)] = found
    return found


def _tell(key: _FactKey, deal_terms: frozenset[str]) -> _Told:
    """`deal_terms`: the stems of the deal's parties and aliases, which count as the fact's terms."""
    de, en, keywords_de, keywords_en, entities, quotes, figure = key
    # Each word once, and one string object for each word across all facts (10,000 facts repeat most).
    said = tuple(
        dict.fromkeys(map(sys.intern, words(" \n ".join([de, en, *keywords_de, *keywords_en, *entities]))))
    )
    terms = frozenset(stem(w) for w in said if w not in STOPWORDS) | deal_terms
    keywords = [normalize(k) for k in (*keywords_de, *keywords_en)]
    phrases = tuple(
        f" {p} "
        for p in keywords
        if (" " in p and any(w not in STOPWORDS for w in p.split()))  # "seit wann", not "wie viel"
        or p in INTERROGATIVES
    )
    # Numbers the statements and quotes tell ("2026"); a quote is mostly the German statement, read once.
    texts = dict.fromkeys([(de, "de"), (en, "en"), *((quote, "de") for quote in quotes)])
    numbers = {n.value for text, language in texts for n in find_numbers(text, language)}
    if figure is not None:
        numbers.add(figure)
    return _Told(
        said=said,
        terms=terms,
        keyword_terms=frozenset(stem(w) for k in keywords for w in k.split()) or _NOTHING,
        phrases=phrases,
        numbers=frozenset(numbers),
    )


class _Prefixes(dict[str, frozenset[str]]):
    """Fact id → the first PREFIX letters of its terms, made the first time a question scores the fact:
    kept for all 10,000 facts they took 4 MB, and one question scores a few dozen."""

    def __init__(self, terms: dict[str, frozenset[str]]) -> None:
        super().__init__()
        self.terms = terms

    def __missing__(self, fact_id: str) -> frozenset[str]:
        found = self[fact_id] = frozenset(
            sys.intern(t[:PREFIX]) for t in self.terms[fact_id] if len(t) >= PREFIX
        )
        return found


INFLECTION = 3  # the longest German ending: "-ern", "-en", "-es"

_LEXICON_PATTERNS = (*PRICE_MOVES, *COST_WORDS, *COMPARE_WORDS, *CHITCHAT, *OVERVIEW_WORDS)


# A name spelt as it sounds is matched by its consonants from this many letters on ("stargeit")
MIN_SOUNDED = 6
_SOUNDS = (("ck", "k"), ("c", "k"), ("q", "k"), ("ph", "f"), ("v", "f"), ("w", "f"), ("z", "s"), ("dt", "t"))


@lru_cache(maxsize=1 << 14)
def _consonants(word: str) -> str:
    """A word's consonants as they sound, each once in a row: "skyfeit" and "skyfate" → "skft",
    "korvell" and "corvel" → "krfl"."""
    for written, sound in _SOUNDS:
        word = word.replace(written, sound)
    kept = [c for c in word[1:] if c not in "aeiouyh"]
    out = word[0]
    for c in kept:
        if c != out[-1]:
            out += c
    return out


# A long word one slip from a word the articles say is that word ("Vorrauszahlung": "Vorauszahlung"), though
# no dictionary lists the compound
MIN_SAID_SLIP = 9


@lru_cache(maxsize=1 << 17)
def _spelling_target(word: str) -> bool:
    """A word a misspelling may be corrected to: it says what is asked (cached across reloads)."""
    return bool(_intent_weights(word)) or _matches_any(word, (*COMPARE_WORDS, *COST_WORDS))


def _matches_any(word: str, patterns: tuple[str, ...]) -> bool:
    return any(word.startswith(p[:-1]) if p.endswith("*") else word == p for p in patterns)


SLIP_WORD = 6  # letters of a word of any kind a slip is looked for in ("workrs": "workers")
# The question words a slip of the keys may hide ("wnan", "waht", "whcih"): too short for the spelling
# below, but few, and what the question asks by
_SLIPPABLE = tuple(sorted(w for w in QUESTION_WORDS if w.startswith("w") and len(w) >= 4))


@lru_cache(maxsize=1 << 12)
def slipped_question_word(word: str) -> str | None:
    """The question word `word` is, typed with two letters swapped ("wnan": "wann"), or None (a word of
    the language stays as it is)."""
    if word in QUESTION_WORDS or dictionary_word(word):
        return None
    return next(
        (q for q in _SLIPPABLE if sorted(q) == sorted(word) and DamerauLevenshtein.distance(word, q) == 1),
        None,
    )


def _umlaut_forms(word: str) -> list[str]:
    """The word with one "a", "o" or "u" as the "ae", "oe" or "ue" of an umlaut ("funf": "fuenf")."""
    return [
        f"{word[: i + 1]}e{word[i + 1 :]}"
        for i, letter in enumerate(word[:-1])
        if letter in "aou" and word[i + 1] != "e"
    ]


@lru_cache(maxsize=1 << 16)
def _in_lexicon(word: str) -> bool:
    return _matches_any(word, _LEXICON_PATTERNS)


INFLECTED_PREFIX = 5  # letters every word of the fuzzy vocabulary has, and its inflections share


def _inflected(a: str, b: str) -> bool:
    """ "investitionen" / "investition": one word with another ending (of up to INFLECTION letters)."""
    short, long_ = sorted((a, b), key=len)
    return long_.startswith(short) and len(long_) - len(short) <= INFLECTION


def _short_for(short: str, full: str) -> bool:
    """ "ken mori" for "kenji mori": as many words, each the start of the other's."""
    a, b = short.split(), full.split()
    return len(a) == len(b) > 1 and all(y.startswith(x) for x, y in zip(a, b, strict=True))


LEAD_SENTENCES = 3  # a reader names an article by what its title or first sentences say
LEAD_CHARS = 1500  # enough text for those sentences (a lead is one paragraph)


MIN_UMLAUTED = 5  # shorter words typed without an umlaut are too near others ("eur" is no "euer")
MIN_ENGLISH_SPELT = 7  # shorter English words are too near each other to tell one slip from another word
MIN_UNDOUBLED = MIN_ENGLISH_SPELT - 1  # a word one letter short of the English list ("batery")


class KnowledgeIndex:
    def __init__(
        self, kb: KnowledgeBase, places: frozenset[str] = frozenset(), english: AbstractSet[str] = frozenset()
    ) -> None:
        """`places`: the place names the documents taught (normalised), besides the general ones;
        `english`: the English words whose German the documents use (what a misspelt one may be)."""
        self.kb = kb
        self.places = PLACES | places
        self.entities: dict[str, Entity] = {}
        self.party_named: dict[str, str] = {}  # a party's curated alias (`acmx`) → the party's key
        self._add_entities(kb)
        self.max_entity_words = max((len(k.split()) for k in self.entities), default=1)
        self.stemmed_entities = {
            " ".join(stem(w) for w in key.split()): key for key in self.entities if " " in key
        }
        self.single_word_entities: dict[str, list[str]] = defaultdict(list)
        for key in self.entities:
            if " " not in key and len(key) >= 5:
                self.single_word_entities[key[0]].append(key)

        deal_words = {
            d.id: [w for a in (*d.every_alias, *d.parties) for w in words(a)] for d in kb.deals.values()
        }
        self.vocabulary: set[str] = {w for doc in kb.documents.values() for w in words(doc.text)}
        self.vocabulary |= {w for e in self.entities for w in e.split()} | CHITCHAT
        self.fact_terms: dict[str, frozenset[str]] = {}
        self.fact_numbers: dict[str, frozenset[float]] = {}
        self.fact_attribute: dict[str, str] = {}
        self.fact_prefixes = _Prefixes(self.fact_terms)
        # Curated question phrases ("seit wann", "how long", "wo"): a question using one asks for this fact.
        self.fact_phrases: dict[str, tuple[str, ...]] = {}
        self.keyword_terms: dict[str, frozenset[str]] = {}  # what curators say a fact answers
        deal_terms = {d: frozenset(stem(w) for w in ws) for d, ws in deal_words.items()}
        for fact in kb.facts.values():
            told = _told(_fact_key(fact), deal_terms.get(fact.deal, _NOTHING))
            self.vocabulary.update(told.said)
            self.fact_terms[fact.id] = told.terms
            self.keyword_terms[fact.id] = told.keyword_terms
            self.fact_phrases[fact.id] = told.phrases
            self.fact_numbers[fact.id] = told.numbers
            self.fact_attribute[fact.id] = fact.attribute.value
        self.vocabulary.update(w for d in kb.deals.values() for w in words(d.name.en + " " + d.name.de))
        self.vocab_by_first: dict[str, list[str]] = defaultdict(list)
        # ... and by their first INFLECTED_PREFIX letters: a word's inflections share them
        self.vocab_by_start: dict[str, list[str]] = defaultdict(list)
        self.intent_words_by_first: dict[str, list[str]] = defaultdict(list)
        intent_vocabulary = self.vocabulary | {
            k.rstrip("*") for entries in INTENTS.values() for k, _ in entries
        }
        # Misspelt "compare" and "costs" are corrected too; nothing is corrected into an out-of-scope word.
        intent_vocabulary |= {p.rstrip("*") for p in (*COMPARE_WORDS, *COST_WORDS)}
        intent_vocabulary |= STOPWORDS  # "eigentlicch", "deaal": filler, once it is read right
        intent_vocabulary |= KIND_WORDS  # "gesgat": what kind of answer is asked, read right
        for word in sorted(intent_vocabulary):
            if len(word) < 5:
                continue
            if word in self.vocabulary:
                self.vocab_by_first[word[0]].append(word)
                self.vocab_by_start[word[:INFLECTED_PREFIX]].append(word)
            if (
                _spelling_target(word) or word in STOPWORDS or word in KIND_WORDS
            ) and word not in self.entities:
                self.intent_words_by_first[word[0]].append(word)
        self.english_by_first: dict[str, list[str]] = defaultdict(list)
        for word in sorted(english):
            if len(word) >= MIN_ENGLISH_SPELT:
                self.english_by_first[word[0]].append(word)
        self._spelled: dict[str, str] = {}
        self._fuzzy: dict[str, str | None] = {}
        self._near_known: dict[str, bool] = {}

        documents_with: dict[str, int] = defaultdict(int)
        self.facts_by_term: dict[str, list[str]] = defaultdict(list)
        for fact_id, fact_terms_ in self.fact_terms.items():
            for term in fact_terms_:
                documents_with[term] += 1
                self.facts_by_term[term].append(fact_id)
        total = max(1, len(self.fact_terms))
        self.idf = {term: math.log(1 + total / count) for term, count in documents_with.items()}
        self.default_idf = math.log(1 + total)

        # Documents by the words of their titles and leads: "the Cobalt article", "die GPU-Meldung", "der
        # Aktien-Artikel" (its lead tells the stock's move).
        self.documents_by_word: dict[str, set[str]] = defaultdict(set)
        self.documents_by_title_word: dict[str, set[str]] = defaultdict(set)  # ... of the titles alone
        named = self.places | {w for key in self.entities for w in key.split()}
        for document in kb.documents.values():
            for word in words(document.title):
                if len(word) >= 3 and word not in STOPWORDS:
                    # "Glasfasernetz": a "Netz" too (but "Lindholm" is a town, no "Lind")
                    for part in (word, *(() if word in named else compound_parts(word))):
                        self.documents_by_title_word[stem(part)].add(document.id)
            # the first sentences only: splitting every whole article again would cost a reload time
            lead = " ".join(split_sentences(document.text[:LEAD_CHARS])[:LEAD_SENTENCES])
            for word in words(f"{document.title} {lead}"):
                if len(word) >= 3 and word not in STOPWORDS:
                    for part in (word, *(() if word in named else compound_parts(word))):
                        self.documents_by_word[stem(part)].add(document.id)
        # ... and by the number its answers cite it by ("Artikel 002", "per 001"): the id before "_"
        self.document_order = sorted(kb.documents)  # "der zweite Artikel": the second in this order
        self.documents_by_label: dict[str, set[str]] = defaultdict(set)
        for document in kb.documents.values():
            label = document.id.split("_", 1)[0]
            if label.isdigit():
                self.documents_by_label[label].add(document.id)
        # ... and by the day each was published ("im Artikel vom 24.07.2025", "the july piece")
        self.published: dict[str, date] = {}
        for document in kb.documents.values():
            try:
                self.published[document.id] = date.fromisoformat(document.published or "")
            except ValueError:
                continue  # no date, or one given as the text writes it: no article named by it
        self.facts_by_deal: dict[str, list[Fact]] = defaultdict(list)
        self.facts_by_figure: dict[float, list[Fact]] = defaultdict(list)  # "the 1m GPUs" → their facts
        self.conflicts: dict[str, list[Fact]] = defaultdict(list)
        for fact in kb.facts.values():
            self.facts_by_deal[fact.deal].append(fact)
            if fact.figure is not None:
                self.facts_by_figure[fact.figure.value].append(fact)
            if fact.conflict:
                self.conflicts[fact.conflict].append(fact)

    def _entity(self, name: str) -> Entity | None:
        key = normalize(name)
        if not key:
            return None
        if key not in self.entities:
            self.entities[key] = Entity(key=key, display=name.strip())
        return self.entities[key]

    def _add_entities(self, kb: KnowledgeBase) -> None:
        for deal in kb.deals.values():
            for alias in deal.aliases:
                entity = self._entity(alias)
                if entity is not None:
                    entity.alias_of.add(deal.id)
            for party in deal.parties:
                entity = self._entity(party)
                if entity is not None:
                    entity.party_of.add(deal.id)
        for fact in kb.facts.values():
            for name in fact.entities:
                entity = self._entity(name)
                if entity is None:
                    continue
                entity.facts.add(fact.id)
                # "Jane Roe" is also asked for as "Roe": index the distinctive words of a name.
                parts = entity.key.split()
                if len(parts) > 1:
                    for part in parts:
                        distinctive = (
                            part not in STOPWORDS
                            and part not in GENERIC_ENTITY_WORDS
                            and part not in self.places
                        )
                        if len(part) >= 4 and distinctive and not intent_weights(part):
                            partial = self._entity(part)
                            if partial is not None:
                                partial.facts.add(fact.id)
        document_text = " ".join(normalize(d.text) for d in kb.documents.values())
        known_words = set(document_text.split())
        for entity in self.entities.values():
            entity.place = all(part in self.places for part in entity.key.split())
        for fact in kb.facts.values():
            if fact.attribute.value == "people" and fact.entities:
                person = self.entities.get(normalize(fact.entities[0]))
                if person is not None:
                    person.person = True
                    for part in person.key.split():
                        if part in self.entities and not self.entities[part].party_of:
                            self.entities[part].person = True
        self._link_party_aliases(kb)
        self._link_misspellings()
        for entity in self.entities.values():
            entity.fact_deals = {kb.facts[f].deal for f in entity.facts}
        for name in FOREIGN_NAMES:
            if name not in self.entities:
                self.entities[name] = Entity(key=name, display=name, foreign=name not in known_words)

    def _link_party_aliases(self, kb: KnowledgeBase) -> None:
        """A party's curated alias (`acmx`) names that company as its name does, and the deal."""
        for deal in kb.deals.values():
            for party, aliases in deal.party_aliases.items():
                company = self._entity(party)
                for alias in aliases:
                    entity = self._entity(alias)
                    if entity is None or company is None:
                        continue
                    self.party_named[entity.key] = company.key
                    entity.alias_of.add(deal.id)
                    entity.party_of |= company.party_of
                    entity.facts |= company.facts
                    entity.person = entity.person or company.person

    def _link_misspellings(self) -> None:
        """A deal alias that misspells a company ("orbsi", "sun bank") stands for that company too."""
        named = [e for e in self.entities.values() if e.party_of or e.facts]
        for alias in [e for e in self.entities.values() if e.alias_of and not e.party_of]:
            squeezed = alias.key.replace(" ", "")
            for other in named:
                if other is alias or other.key[:1] != squeezed[:1]:
                    continue
                name = other.key.replace(" ", "")
                # Same length give or take a slip: "borealis delta" names a deal, it misspells no "borealis".
                misspelt = abs(len(name) - len(squeezed)) <= 2 and fuzz.ratio(squeezed, name) >= 80
                if misspelt or _short_for(alias.key, other.key):
                    if misspelt and other.party_of:  # "laut dem Acmee-Artikel": the article of the company
                        self.party_named.setdefault(alias.key, other.key)
                    alias.party_of |= other.party_of
                    alias.facts |= other.facts
                    alias.person = alias.person or other.person

    def fuzzy_entity(self, word: str) -> str | None:
        """A misspelt single-word name (acmee, cobaltt, skyprot): same first letter, close spelling."""
        if len(word) < 5 or word in STOPWORDS:
            return None
        if word in self._fuzzy:
            return self._fuzzy[word]
        if dictionary_word(word):  # "stage" is a word of its own, not a misspelt name
            return None
        choices = self.single_word_entities.get(word[0], [])
        cutoff = 80 if len(word) <= 6 else 85
        best = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
        found = best[0] if best else None
        if found is None and len(word) >= MIN_SOUNDED:
            # "skyfeit", "korvell": a name spelt as it sounds, its consonants as the name's
            sounds = _consonants(word)
            same = [c for c in choices if len(c) >= MIN_SOUNDED and _consonants(c) == sounds]
            # (names of one deal alike: "skyfate" and its curated slip "skyfat")
            meant = {frozenset(self.entities[c].alias_of | self.entities[c].party_of) for c in same}
            if same and len(meant) == 1 and len(sounds) >= MIN_SOUNDED - 2:
                found = max(same, key=lambda c: fuzz.ratio(word, c))
        if len(self._fuzzy) < 65536:  # a scan of thousands of names, once per word
            self._fuzzy[word] = found
        return found

    def spell(self, word: str) -> str:
        """A misspelt question word ("invesiert", "gigaawtts", "plrtform") as the word it misspells, when
        that word says what is asked. Names and words the articles use are never touched, so an unknown
        subject ("Regierung") stays unknown."""
        if word in self.vocabulary or word in self.entities or word in STOPWORDS:
            return word
        if len(word) < 5:
            return slipped_question_word(word) or word
        if self._product_plural(word):
            return word[:-1]  # "GB200s": the product the articles name, counted in English
        if not listed_word(word) and (umlauted := self._umlauted(word, said_only=True)) is not None:
            # "arbeitsplatze": a word the articles say with its umlaut, though "Arbeitsplatz" + "e" might be
            # a form of a dictionary word (but "zahlen" is no "zählen")
            return umlauted
        if len(word) >= MIN_SAID_SLIP and not dictionary_word(word):
            # "vorrauszahlung": one slip from a long word the articles say ("Vorauszahlung"), whatever the
            # lexicon reads in its parts
            slips = [
                w
                for w in self.vocab_by_first.get(word[0], [])
                if abs(len(w) - len(word)) <= 1
                and DamerauLevenshtein.distance(word, w) == 1
                # (not another form of one word: "Zeitraums" of the "Zeitraum" said)
                and not (w.startswith(word) or word.startswith(w))
            ]
            if len(slips) == 1:
                return slips[0]
        if word.isdigit() or intent_weights(word) or _in_lexicon(word) or self.fuzzy_entity(word):
            return word  # "starate" is a name: leave it be
        cached = self._spelled.get(word)
        if cached is None and dictionary_word(word):
            cached = word  # "wetter" is a word of its own, not a misspelt "weiter"
        if cached is None and len(word) >= SLIP_WORD:
            # "valuaton": one slip from a single English word the articles say in German, before any umlaut
            # read into it ("valueaton")
            near = [
                w
                for w in self.english_by_first.get(word[0], [])
                if abs(len(w) - len(word)) <= 1 and DamerauLevenshtein.distance(word, w) == 1
            ]
            cached = near[0] if len(near) == 1 else None
        if cached is None:
            cached = self._umlauted(word)
        if cached is None:
            choices = self.intent_words_by_first.get(word[0], [])
            cutoff = 80 if len(word) <= 6 else 85
            best = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
            if len(word) >= SLIP_WORD:
                # Any word the articles use, spelt with one slip: a letter more, less or swapped. The closer
                # of the two wins ("weiterhn" is "weiterhin", not the asking word "weiter").
                near = [w for w in self.vocab_by_first.get(word[0], []) if abs(len(w) - len(word)) <= 1]
                said = process.extractOne(word, near, scorer=fuzz.ratio, score_cutoff=85)
                if said is not None and (best is None or said[1] > best[1]):
                    best = said
                # ... or any English word whose German they use ("consortum": "consortium", "Konsortium")
                near = [w for w in self.english_by_first.get(word[0], []) if abs(len(w) - len(word)) <= 1]
                said = process.extractOne(word, near, scorer=fuzz.ratio, score_cutoff=85)
                if said is not None and (best is None or said[1] > best[1]):
                    best = said
            cached = best[0] if best else word
        if len(self._spelled) < 65536:
            self._spelled[word] = cached
        return cached

    def in_articles(self, word: str) -> bool:
        """A word the articles use or a name they give (never another language's word)."""
        return word in self.vocabulary or word in self.entities

    def typed(self, text: str) -> list[str]:
        """A question's words as typed, another language's read as English ("cuánto" is "how much")."""
        return in_english(words(text), self.in_articles)

    def _umlauted(self, word: str, said_only: bool = False) -> str | None:
        """ "borsenwert", "ubernahme": a German word typed without its umlaut ("o" for "ö", where the
        normalised word has "oe"), as the word with it, where the articles or the question lexicon know that
        word (not any word: "gesagt" is no "gesägt"); one the articles say first, then one the dictionary
        lists ("ungefahr": "ungefaehr", not the "uengefahr" whose "gefahr" the lexicon knows). `said_only`:
        the articles' words only."""
        forms = _umlaut_forms(word)
        said = next((f for f in forms if f in self.vocabulary), None)
        if said is not None or said_only:
            return said
        known = [f for f in forms if intent_weights(f) or _in_lexicon(f) or names_amount(f)]
        return next((f for f in forms if listed_word(f)), known[0]) if known else None

    def misspelt(self, word: str) -> str:
        """A question word as the reader takes it: as typed, unless it is no word at all and one slip from an
        English word the articles say in German ("consortum") or a word of the language ("workrs"); a German
        one the reader finds by its stem."""
        if self._product_plural(word):
            return word[:-1]
        if len(word) >= MIN_UMLAUTED and word not in self.vocabulary and not listed_word(word):
            # "arbeitsplatze", "unterstutzt": a word of the articles typed without its umlaut; "ungefahr": one
            # of the language
            umlauted = self._umlauted(word, said_only=True)
            if umlauted is None and not dictionary_word(word):
                umlauted = next((f for f in _umlaut_forms(word) if listed_word(f)), None)
            if umlauted is not None:
                return umlauted
        if len(word) < SLIP_WORD:
            if word in self.vocabulary or word in self.entities:
                return word
            return self._doubled(word) or slipped_question_word(word) or word  # ("wnan": "wann")
        spelt = self.spell(word)
        english = len(word) >= MIN_ENGLISH_SPELT and spelt in self.english_by_first.get(spelt[:1], ())
        # ... or one slip from a word of the language, a letter left out, added or swapped ("workrs"; not
        # "valued", a word of its own, nor "gewonnen", another vowel of "gewinnen")
        slipped = (
            (
                dictionary_word(spelt)
                # ... or of a long word the articles say, not another form of it ("Zeitraums", "Zeitraum")
                or (
                    len(word) >= MIN_SAID_SLIP
                    and spelt in self.vocabulary
                    and not (spelt.startswith(word) or word.startswith(spelt))
                )
            )
            and DamerauLevenshtein.distance(word, spelt) == 1
            and (len(word) != len(spelt) or sorted(word) == sorted(spelt))
        )
        if (english or slipped) and not dictionary_word(word):
            return spelt
        return (self._doubled(word) or word) if len(word) < MIN_ENGLISH_SPELT else word

    def _doubled(self, word: str) -> str | None:
        """ "batery", "comit": a short word typed with a double letter single, as the English word the
        articles say in German, where no word of either language is so spelt."""
        if len(word) < MIN_UNDOUBLED or dictionary_word(word) or word in self.vocabulary:
            return None
        english = self.english_by_first.get(word[:1], ())
        for i, letter in enumerate(word):
            if letter.isalpha() and (doubled := word[: i + 1] + word[i:]) in english:
                return doubled
        return None

    def _product_plural(self, word: str) -> bool:
        """ "gb200s", "h100s": a product code the articles name, with the English plural's s."""
        return word.endswith("s") and any(c.isdigit() for c in word) and word[:-1] in self.vocabulary

    def is_known_word(self, word: str) -> bool:
        if word in self.vocabulary or word in STOPWORDS or intent_weights(word) or word.isdigit():
            return True
        if len(word) < 5:
            return False
        known = self._near_known.get(word)
        if known is None:  # a fuzzy scan of the vocabulary, once per word rather than once per use
            if dictionary_word(word):  # "wetter" is no slip of "weiter": only its own inflections count
                known = any(_inflected(word, w) for w in self.vocab_by_start.get(word[:INFLECTED_PREFIX], ()))
            else:
                choices = self.vocab_by_first.get(word[0], [])
                known = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=82) is not None
            if len(self._near_known) < 65536:
                self._near_known[word] = known
        return known

    def term_weight(self, term: str) -> float:
        return self.idf.get(term, self.default_idf)
