"""Parse stage: question text → `Query`. Numbers out → words (misspellings of asking words corrected) →
names (exact, then misspelt) → the articles it points at → what it asks for (attributes, units, "how
many X", "which X", an interrogative) → what it cannot be answered by (out of scope, unknown words).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from types import MappingProxyType

from rapidfuzz.distance import DamerauLevenshtein

from bot.engine.asked import KIND_WORDS as ASKING_WORDS
from bot.engine.asked import (
    Kind,
    checks_claim,
    counts_things,
    expansions,
    figure_kind,
    names_currency,
    names_unit,
)
from bot.engine.foreign import in_english
from bot.engine.index import Entity, KnowledgeIndex, intent_weights
from bot.engine.lexicon import (
    ARTICLE_WORDS,
    ATTRIBUTE_UNITS,
    BESIDES_WORDS,
    CHITCHAT,
    CITING_VERBS,
    COMPARE_WORDS,
    CONFLICT_WORDS,
    COST_WORDS,
    COUNT_WORDS,
    DEAL_SIZE_WORDS,
    FIGURE_ATTRIBUTES,
    FIGURE_WORDS,
    INTERROGATIVES,
    KIND_WORDS,
    MAGNITUDE_WORDS,
    MENTION_VERBS,
    MONEY_SCALES,
    ORDINAL_NUMBERS,
    PEOPLE_COUNTED,
    PER_UNIT,
    PRICE_MOVES,
    QUALIFIER_ASKS,
    QUANTITY_PHRASES,
    QUANTITY_UNITS,
    QUESTION_WORDS,
    SHARE_WORDS,
    SIZE_ASKS,
    STOCK_PRICE_PAIRS,
    STOPWORDS,
    TIME_COUNTED,
    TITLE_GROUPS,
    TITLE_WORDS,
    UNIT_ARTICLES,
    UNIT_WORDS,
    WHEN_WORDS,
    WHICH_NOUNS,
    WHICH_WORDS,
    asks_which_article,
    counts_written_out,
    matches,
    when_clause,
)
from bot.engine.pointed import ArticlePointer
from bot.engine.query import Query
from bot.engine.text import detect_language, normalize, stem, words
from bot.engine.translations import dictionary_word
from bot.engine.weights import (
    BESIDES_REACH,
    CLEAR_ASK,
    LIKELY_ASK,
    MAX_QUESTION_CHARS,
    MIN_COUNTED_WORD,
    MIN_TOPIC_WORD,
    MIN_UNKNOWN_NAME,
    MIN_UNKNOWN_WORD,
    PRIMARY_SHARE,
    QUANTITY_SHARE,
    SURE_ASK,
    VERB_PERSON,
)
from bot.knowledge.models import CURRENCIES
from bot.knowledge.numbers import Number, find_numbers

_MONEY_UNITS = frozenset({"USD", "CNY"})  # the currencies a bare "how much … Mrd" or "$" asks for

# "someone in #trading said …": a channel named as typed says where, not what, is asked ("#1" is a rank)
_CHANNEL = re.compile(r"(?:\b(?:in|im|on|auf|from|aus)\s+)?(?<![\w&])#[^\W\d]\S*", re.IGNORECASE)

_POWER_UNITS = frozenset({"GW", "MW"})


def _claimed_units(stated: Sequence[Number], counted: bool = False) -> frozenset[str]:
    """ "stimmt es, dass Acme 100 GW baut?", "a 50bn push, right?": a claim checked asks the kind of figure it
    states (as `figure_kind` reads it), to be told the right one: in the units curated facts have."""
    out: set[str] = set()
    for n in stated:
        kind = figure_kind(n)
        if kind is Kind.MEASURE:
            out |= _POWER_UNITS
        elif kind is Kind.PERCENT or (kind is Kind.MONEY and n.unit in CURRENCIES):
            out.add(str(n.unit))
        elif kind is Kind.MONEY and n.unit is None and not counted:  # ("gpus: mehr als 1 Mio.?": GPUs)
            out |= _MONEY_UNITS
    return frozenset(out)


# "what's his day job": his job, no day asked
_DAY_JOB = re.compile(r"\bday[ -]jobs?\b", re.IGNORECASE)
# "market share" is one thing, a company's share of its market ("Marktanteil"): no market's reaction, no stock
_MARKET_SHARE = re.compile(r"\bmarket[ -]shares?\b", re.IGNORECASE)
# "who is taking over Acme": one verb of two words, a takeover (its "over" no stopword's loss)
_TAKING_OVER = re.compile(r"\b(?:take|takes|taking|took|taken)\s+over\b", re.IGNORECASE)
# "globex, nee, ich mein acme", "Initech, no wait, I mean Globex": the name taken back, and the words
# taking it back, are no part of the question
_SELF_CORRECTED = re.compile(
    r"[^,.!?;:…\n]{1,40}?[\s,.…]*\b(?:nee|nein|ne|no|nah|nope|sorry|oops|äh|aeh)\b[\s,]*(?:wait[\s,]*)?"
    r"(?:ich\s+mein(?:e|te)?|i\s+mean[t]?)\b",
    re.IGNORECASE,
)
# chat's "eoy25", "EOY 2026": the end of that year, as an article says it ("bis Ende 2025")
# "fass den Artikel zusammen": the verb of a summary, split around its object, is one word again
_SUMMED_UP = re.compile(r"\bfass(?:e|t)?\b(.*?)\bzusammen\b", re.IGNORECASE)
# ... and "was bringt Acme ein": a contribution, its particle closing the question
_BROUGHT_IN = re.compile(r"\b(bring(?:t|en|e)?)\b(.*?)\b(ein)\b(?=\W*$)", re.IGNORECASE)
# "1. GW wann", "die 2. Phase": an ordinal in digits before a noun, no figure (not "am 1. April": a date)
_DIGIT_ORDINAL = re.compile(
    r"(?<![\d.,])([1-5])\.\s+(?=[A-ZÄÖÜ])(?!(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September"
    r"|Oktober|November|Dezember|January|February|March|June|July|October|December)\b)"
)
_ORDINAL_WORDS = {
    True: ("erste", "zweite", "dritte", "vierte", "fünfte"),
    False: ("first", "second", "third", "fourth", "fifth"),
}
_END_OF_YEAR = re.compile(r"\b(?:eoy|ye)\s*'?(\d{2}|\d{4})\b", re.IGNORECASE)  # ("YE25": year-end)


def _end_of(year: str, language: str) -> str:
    """ "25" → "end of 2025" ("Ende 2025" in German)."""
    full = year if len(year) == FULL_YEAR else f"20{year}"
    return f"Ende {full}" if language == "de" else f"end of {full}"


FULL_YEAR = 4  # digits of a year written in full


# Who a claim is heard from ("someone said …, true?", "jemand meinte …"): nobody whose words are asked
_HEARSAY = frozenset("someone somebody jemand irgendwer irgendjemand man".split())


@dataclass(frozen=True)
class _Names:
    entities: tuple[Entity, ...]
    words: frozenset[str]
    besides: frozenset[str]
    aside: frozenset[str] = frozenset()


@dataclass(frozen=True)
class _HowMuch:
    """What "how many X" / "wie viel X" asks, when the question says it."""

    asked: bool
    primary: Mapping[str, float]
    units: frozenset[str]
    counted: str | None = None
    counting: bool = False
    size_asked: bool = False


@dataclass(frozen=True)
class _Primary:
    primary: Mapping[str, float]
    term: str | None
    size_asked: bool
    quantity: bool


MIN_JOINED_PART = 2  # letters of each word of two typed apart ("open ai")
MIN_MISHEARD = 6  # letters of a name two words typed apart may spell with a letter wrong ("open ei")
MISHEARD_CACHE = 4096  # joined words looked up


CLAIMED_YEAR_INTENT = 1.0  # a year put to the bot alone asks the time, above the thing it is of (0.9)
_EITHER_WORDS = frozenset({"or", "oder"})
GIVEN_FIGURE_OPENS = 2  # a unit at most this many words in follows the figure the question is about
GIVEN_FIGURE_SHARE = (
    0.5  # ... whose unit then weighs half: what is asked of it ("like what city?") comes first
)
_GLUED_UNIT = re.compile(r"^(\d+(?:[.,]\d+)?)([a-z]+)$")  # "5gw", "4.5gw": a figure and its unit typed as one
# One question is parsed again by each step of answering it (its language, its parts, a retry without a
# remark): the last few parses are kept, far fewer than a stream of different questions would ever reuse.
PARSE_CACHE = 16


class Parser:
    """Parses questions against one knowledge index (its names, words and document titles)."""

    def __init__(
        self,
        index: KnowledgeIndex,
        documents: int,
        short_forms: Callable[[str], str | None] | None = None,
        undescribed: Callable[[str], tuple[str, ...]] | None = None,
        german_of: Callable[[str], tuple[str, ...]] | None = None,
        said_in: Callable[[str], set[str]] | None = None,
    ) -> None:
        self.index = index
        self.pointer = ArticlePointer(index, documents, german_of, said_in)
        self.document_count = documents  # a title word every document has names none of them
        # The names short question words stand for, as the documents taught them (`oai`): a curated name
        # written short is that name here too.
        self.short_forms = short_forms
        # A company spoken of by a description no company of the articles fits ("the chip designer"): as
        # unknown as a name no article uses (described.py)
        self.undescribed = undescribed
        self._parsed: dict[tuple[str, str | None], Query] = {}
        self._misheard_names: dict[str, str | None] = {}  # joined words → the curated name they spell

    def _written_out(self, word: str) -> tuple[str, ...]:
        """A short form of a curated name (`oai`) as that name's words; a figure typed with its unit word
        (`5gw`) as the two; any other word as it is."""
        glued = _GLUED_UNIT.match(word)
        if glued and intent_weights(glued.group(2)) and glued.group(2) not in MONEY_SCALES:
            return glued.group(1), glued.group(2)
        if self.short_forms is None or word in self.index.entities:
            return (word,)
        name = self.short_forms(word)
        return tuple(name.split()) if name is not None and name in self.index.entities else (word,)

    def _misheard(self, whole: str) -> str | None:
        """A curated one-word name two words typed apart spell with a letter wrong ("glo bex": Globex), or
        None; a name as long as MIN_MISHEARD at least (a short one is too near other words)."""
        if len(whole) < MIN_MISHEARD or whole in self.index.entities or whole in self.index.vocabulary:
            return None
        if whole not in self._misheard_names:
            if len(self._misheard_names) >= MISHEARD_CACHE:
                self._misheard_names.clear()
            self._misheard_names[whole] = next(
                (
                    e
                    for e in self.index.entities
                    if " " not in e
                    and abs(len(e) - len(whole)) <= 1
                    and len(e) >= MIN_MISHEARD
                    and DamerauLevenshtein.distance(e, whole) <= 1
                ),
                None,
            )
        return self._misheard_names[whole]

    def _joined(self, said: list[str]) -> list[str]:
        """Two words typed apart that are one ("broad com", "open ai", "giga watts"): a curated name, or a
        word of the facts of which one part is no word at all."""
        out: list[str] = []
        at = 0
        while at < len(said):
            first, second = said[at], said[at + 1] if at + 1 < len(said) else ""
            whole, misheard = first + second, None
            one = (
                first.isalpha()
                and second.isalpha()
                and min(len(first), len(second)) >= MIN_JOINED_PART  # not "what s" of "what's"
                and first not in STOPWORDS
                and second not in STOPWORDS
                and f"{first} {second}" not in self.index.entities
                and (
                    whole in self.index.entities
                    or (
                        whole in self.index.vocabulary
                        and not (dictionary_word(first) and dictionary_word(second))
                    )
                    # ... or, one part no word of the language ("open ei"; not "start date"), a name misheard
                    or (
                        not (dictionary_word(first) and dictionary_word(second))
                        and (misheard := self._misheard(whole)) is not None
                    )
                )
            )
            out.append((misheard or whole) if one else first)
            at += 2 if one else 1
        return out

    def parse(self, question: str, locale: str | None = None) -> Query:
        """The question as a query; the same question asked again in a row is parsed once."""
        key = (question, locale)
        found = self._parsed.get(key)
        if found is None:
            if len(self._parsed) >= PARSE_CACHE:
                del self._parsed[next(iter(self._parsed))]  # the oldest one
            found = self._parsed[key] = self._parse(question, locale)
        return found

    def _parse(self, question: str, locale: str | None) -> Query:
        text = _DAY_JOB.sub("job", _CHANNEL.sub("", question[:MAX_QUESTION_CHARS]))
        text = _MARKET_SHARE.sub("marktanteil", text)
        text = _TAKING_OVER.sub("takeover", text)
        text = _SELF_CORRECTED.sub("", text)
        language = detect_language(text, locale)
        text = _END_OF_YEAR.sub(lambda m: _end_of(m.group(1), language), text)
        text = _DIGIT_ORDINAL.sub(lambda m: f"{_ORDINAL_WORDS[language == 'de'][int(m.group(1)) - 1]} ", text)
        text = _SUMMED_UP.sub(r"zusammenfassen\1", text)
        text = _BROUGHT_IN.sub(lambda m: f"{m.group(3)}{m.group(1)}{m.group(2)}", text)
        worded = text.replace("%", " prozent " if language == "de" else " percent ")  # "10%": a word too
        all_words = tuple(
            counts_written_out(
                [
                    part
                    for w in self._joined(in_english(words(worded), self.index.in_articles))
                    for part in self._written_out(self.index.spell(w))
                ]
            )
        )
        # "which article mentions Acme", "welcher Artikel nennt Acme": the verb is no word asked
        dropped = (MENTION_VERBS if not ARTICLE_WORDS.isdisjoint(all_words) else frozenset()) | (
            CITING_VERBS if asks_which_article(all_words) else frozenset()
        )
        content = tuple(w for w in all_words if w not in STOPWORDS and w not in dropped)
        names = self._names(all_words)
        pointed = self.pointer.point(all_words, text, names.words, language == "de")
        documents, document_words = pointed.documents, pointed.words
        intents: dict[str, float] = {}
        intent_terms: dict[str, float] = {}
        given: list[tuple[int, dict[str, float]]] = []  # the units of figures the asker gives, and where
        aside: list[dict[str, float]] = []  # what the words after "besides" would ask
        # "how much did it rise when the deal was announced": the clause says the time of the figure asked
        when_at = (
            next((i for i, w in enumerate(all_words) if w in WHEN_WORDS), 0) if when_clause(all_words) else -1
        )
        for position, (before, word) in enumerate(zip(("", *all_words), all_words, strict=False)):
            if 0 <= when_at <= position:
                continue
            if word in names.words or word in document_words:
                continue  # "laut dem GPU-Artikel" names an article, it does not ask about GPUs
            if before in _HEARSAY:
                continue  # "someone said acme ripped 10%": a claim heard, not anyone's words asked
            if before in BESIDES_WORDS:
                # "what does it cover besides gpus": the GPUs are set aside, unless the rest asks of them
                # too ("was gehört zur Energiestrategie neben Erneuerbaren") or nothing else is asked
                set_aside = intent_weights(word)
                aside.append(set_aside)
                if set_aside and word not in STOPWORDS:  # ... though its word still ranks what says it
                    intent_terms[stem(word)] = max(set_aside.values())
                continue
            weights = intent_weights(word)
            if (before, word) in STOCK_PRICE_PAIRS:
                weights = {"market_reaction": 1.0}  # "the share price": the stock's, no sum invested
            if (
                before.isdigit()
                and weights
                and any(matches(word, (p,)) for p, u in QUANTITY_UNITS.items() if not u & _MONEY_UNITS)
            ):
                # "how many jobs does the 10 GW buildout bring": the unit of a figure given says what the
                # asker knows, not what is asked; it asks only in a claim checked ("the site has 5gw, right?")
                # or where nothing else is asked, or of a figure the question opens on ("4,5 GW is like what,
                # a city?")
                given.append((position, weights))
                continue
            for attribute, weight in weights.items():
                intents[attribute] = max(intents.get(attribute, 0.0), weight)
            if weights and word not in STOPWORDS:
                intent_terms[stem(word)] = max(weights.values())
        for aside_weights in aside:  # ... of what the rest asks too, it still says how much
            for attribute, weight in aside_weights.items():
                if attribute in intents or not intents:
                    intents[attribute] = max(intents.get(attribute, 0.0), weight)
        asks_given = not intents or checks_claim(all_words)
        for position, weights in given:
            if not asks_given and position > GIVEN_FIGURE_OPENS:
                continue
            for attribute, weight in weights.items():
                intents[attribute] = max(intents.get(attribute, 0.0), weight)
        units = frozenset(
            unit
            for before, w in zip(("", *all_words), all_words, strict=False)
            if not before.isdigit()  # "the 10 GW buildout": a figure given, not the unit asked
            and before not in ORDINAL_NUMBERS  # ... nor "the first gigawatt", a stage of the build
            for pattern, pattern_units in UNIT_WORDS.items()
            if matches(w, (pattern,))
            for unit in pattern_units
        )
        units |= in_unit(all_words)
        if "$" in text or "€" in text:  # "deal size $": money, with its sign
            units |= _MONEY_UNITS
            intents["investment"] = 1.0
        stated = find_numbers(text, language)
        if sum(n.unit == "year" for n in stated) >= 2 and not _EITHER_WORDS.isdisjoint(all_words):
            intents["timeline"] = 1.0  # "is the first gigawatt 2026 or 2027?": which year, a time asked
        elif stated and all(n.unit == "year" for n in stated) and checks_claim(all_words):
            # "is the first gigawatt coming in 2025 already?": a year claimed, the time is what is checked
            intents["timeline"] = max(intents.get("timeline", 0.0), CLAIMED_YEAR_INTENT)
        # "the july 24 2025 post": a date naming the article, no figure asked or stated
        stated = [n for n in stated if not (n.unit in (None, "year") and normalize(n.raw) in document_words)]
        if not units and checks_claim(all_words):
            units = _claimed_units(stated, counts_things(all_words))
            if units & _MONEY_UNITS:  # ... a sum claimed, as a "$" asks for one
                intents["investment"] = 1.0
        how_much = _how_much(all_words, names.words, units)
        units = how_much.units
        if how_much.asked and any(w in MONEY_SCALES for w in all_words):
            units |= _MONEY_UNITS
        quantity = how_much.asked or bool(units) or any(matches(w, FIGURE_WORDS) for w in all_words)
        asks_title = any(matches(w, TITLE_WORDS) for w in all_words)
        primary = _primary(all_words, names, intents, how_much, quantity, asks_title)
        primaries = dict(primary.primary)
        for attribute, weight in primaries.items():  # what must be answered is asked, surely
            intents[attribute] = max(intents.get(attribute, 0.0), weight)
        if (
            "market_reaction" in intents
            and not _RECEIVING.isdisjoint(all_words)
            # ("percent" is no move, "what percent of shares")
            and not any(matches(w, PRICE_MOVES) and not w.startswith(_PERCENT_WORDS) for w in all_words)
        ):
            # "what percent of shares will Acme get": a stake taken, no move of the stock
            del intents["market_reaction"]
            primaries.pop("market_reaction", None)
            intents["structure"] = 1.0  # ... which the deal's ownership says
            for w in all_words:
                if "market_reaction" in intent_weights(w):
                    intent_terms.pop(stem(w), None)
        chitchat = bool(all_words) and all(w in CHITCHAT or w in STOPWORDS for w in all_words)
        # A capitalised word the articles never use ("Siemens", "Rendite") may be the real subject.
        capitalised = {normalize(t) for t in text.split()[1:] if t[:1].isupper()}
        strongest = max(intents.values(), default=0.0)
        return Query(
            text=text,
            language=language,
            words=all_words,
            content=content,
            spaced=f" {' '.join(all_words)} ",
            numbers=tuple(n.value for n in stated),
            number_units=tuple(n.unit for n in stated),
            entities=_beside_the_article(names.entities, document_words, pointed.described),
            entity_words=names.words,
            besides=names.besides,
            aside=names.aside,
            documents=documents,
            document_words=document_words,
            described=pointed.described,
            firmly_pointed=pointed.firm,
            intents=MappingProxyType(intents),
            intent_terms=MappingProxyType(intent_terms),
            primary=MappingProxyType(primaries),
            primary_term=primary.term,
            units=units,
            quantity=primary.quantity,
            counted=how_much.counted,
            counting=how_much.counting,
            size_asked=primary.size_asked,
            asks_title=asks_title,
            titles=tuple(group for group in TITLE_GROUPS if any(w in group for w in all_words)),
            asks_qualifier=any(w in QUALIFIER_ASKS for w in all_words),
            asks_conflict=any(matches(w, CONFLICT_WORDS) for w in all_words),
            out_of_scope=_out_of_scope(
                all_words,
                intents,
                units,
                any(n.unit == "percent" for n in stated) and not checks_claim(all_words),
                names.words,
            ),
            advice=_ADVICE.search(text) is not None,
            compare=any(matches(w, COMPARE_WORDS) for w in all_words),
            chitchat=chitchat,
            is_question=not chitchat
            and (
                "?" in text
                or (bool(all_words) and all_words[0] in QUESTION_WORDS)
                or (bool(names.entities) and strongest >= CLEAR_ASK)
            ),
            unknown=tuple(
                w
                for w in content
                if w in capitalised
                and w not in names.words
                and w not in document_words  # "laut der Meldung mit …": the article, known
                and len(w) >= MIN_UNKNOWN_NAME
                and w not in ASKING_WORDS  # "gesagt", "laeuft": what kind of answer, not what about
                and not self._known(w)
            )
            + (self.undescribed(text) if self.undescribed is not None else ()),
            unknown_lower=tuple(
                w
                for w in content
                if w not in names.words
                and w not in document_words
                and len(w) >= MIN_UNKNOWN_WORD
                and not any(c.isdigit() for c in w)
                and w not in ASKING_WORDS  # "gesagt", "laeuft": what kind of answer, not what about
                and not self.index.is_known_word(w)
            ),
            topic_words=tuple(
                w
                for w in content
                if len(w) >= MIN_TOPIC_WORD
                and w not in names.words
                and not intent_weights(w)
                and not any(c.isdigit() for c in w)  # "500bn" is a figure, parsed as one
            ),
        )

    def _known(self, word: str) -> bool:
        """A word the articles use, or one of a glossary group another member of which they use ("Darlehen":
        the articles say "Kredit")."""
        return self.index.is_known_word(word) or any(
            m in self.index.vocabulary for m in expansions(word)[1:] if " " not in m
        )

    def _names(self, tokens: Sequence[str]) -> _Names:
        """The names the question mentions: the longest first (up to three words), exactly, as the
        stems of a multi-word name, with a plural "s", or misspelt."""
        index = self.index
        used = [False] * len(tokens)
        spelt: set[str] = set()
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
                    spelt.add(tokens[position])
                found.setdefault(key, (start, index.entities[key]))
        # "not acme, the globex one", "Acme und Initech mal beiseite – …": names put aside are no
        # subject at all, where another name is asked of
        excluded = {key for key, (start, _) in found.items() if _put_aside(tokens, start)}
        if excluded and set(found) - excluded:
            found = {key: value for key, value in found.items() if key not in excluded}
        else:
            excluded = set()
        # "besides Sunbank and Orbis, who else": names after "besides" are known, not asked about.
        besides = [i for i, t in enumerate(tokens) if t in BESIDES_WORDS or _set_aside(tokens, i)]
        after_besides = {
            key for key, (start, _) in found.items() if any(0 < start - i <= BESIDES_REACH for i in besides)
        }
        return _Names(
            entities=tuple(entity for _, entity in sorted(found.values(), key=lambda item: item[0])),
            words=frozenset(spelt),
            besides=frozenset(after_besides),
            aside=frozenset(excluded),
        )


_NOT = frozenset("not nicht".split())
_ASIDE = frozenset("beiseite aside".split())
_ASIDE_REACH = 5  # words from a name to the "beiseite" after it ("Acme und Initech mal beiseite")


def _put_aside(tokens: Sequence[str], start: int) -> bool:
    """ "not acme, …", "nicht der Acme-Deal, sondern …", "Acme und Globex mal beiseite": a name the
    asker puts aside."""
    before = [t for t in tokens[max(0, start - 2) : start] if t not in ("the", "der", "den", "die", "das")]
    return (bool(before[-1:]) and before[-1] in _NOT) or any(
        t in _ASIDE for t in tokens[start : start + _ASIDE_REACH]
    )


def _set_aside(tokens: Sequence[str], i: int) -> bool:
    """ "not just Springfield", "nicht nur Springfield", "other than Acme", "abgesehen von Acme": what
    follows is set aside, as after "besides"."""
    before = tokens[i - 1] if i else ""
    return (
        (tokens[i] in ("just", "only", "nur") and before in ("not", "nicht"))
        or (tokens[i] == "than" and before == "other")
        or tokens[i] == "abgesehen"
    )


_COUNT_SCALES = frozenset("hundert hundred tausend thousand thousands tsd".split())


def in_unit(words: Sequence[str]) -> frozenset[str]:
    """The units a question asks its figure told in ("capacity in mw?", "in prozent")."""
    found: frozenset[str] = frozenset()
    for before, word in pairwise(words):
        if before == "in":
            found |= next((u for p, u in QUANTITY_UNITS.items() if matches(word, (p,))), frozenset())
    return found


def _counted_head(word: str, head: str, entity_words: frozenset[str]) -> bool:
    """Is `head` the English plural noun `word` only qualifies ("cooling specialists", "data centers")?"""
    return (
        word.isalpha()
        and not word.endswith("s")
        and head.endswith("s")
        and len(head) >= MIN_COUNTED_WORD
        and head not in STOPWORDS
        and head not in entity_words
        and head not in PEOPLE_COUNTED
    )


# A verb right after "wie viele" ("sinds", "sind es", "gibt es", "are there"): no thing named as counted
_VERB_AFTER_HOW_MANY = frozenset("sinds sind gibts gibt warens waren werdens werden isses are were".split())


def _how_much(tokens: Sequence[str], entity_words: frozenset[str], units: frozenset[str]) -> _HowMuch:
    """`how many X` / `wie viele X`: X (when it names an attribute) is what must be answered."""
    for i in range(len(tokens)):
        for phrase in QUANTITY_PHRASES:
            if tuple(tokens[i : i + len(phrase)]) != phrase:
                continue
            primary: dict[str, float] = {}
            counted: str | None = None
            after = tokens[i + len(phrase) : i + len(phrase) + 3]
            for at, word in enumerate(after):
                if word in entity_words or word in STOPWORDS or word in _COUNT_SCALES:
                    continue  # "wie viele tausend Jobs": jobs are counted, in thousands
                if word in _VERB_AFTER_HOW_MANY:
                    break  # "50k jobs, wie viele sinds wirklich": the count of what was named before
                head = after[at + 1] if at + 1 < len(after) else ""
                if (
                    phrase[-1] in COUNT_WORDS
                    and not names_unit([word])  # ("how many gigawatt plans the deal": gigawatts asked)
                    and _counted_head(word, head, entity_words)
                ):
                    word = head  # "how many cooling specialists": specialists are counted, not cooling
                if word in PEOPLE_COUNTED:
                    primary = {"jobs": 1.0}
                    break
                if word in TIME_COUNTED:
                    primary = {"timeline": 1.0}
                    break
                unit = next((u for p, u in QUANTITY_UNITS.items() if matches(word, (p,))), None)
                if unit is not None:  # "wie viel Prozent": only a percentage answers
                    units |= unit
                weights = intent_weights(word)
                top = max(weights.values(), default=0.0)
                if phrase[-1] not in COUNT_WORDS and at and any(matches(t, COST_WORDS) for t in tokens):
                    # "wie viel hat das Grundstück gekostet": a sum, which the thing after the verb cost
                    primary = {"investment": 1.0}
                elif top >= LIKELY_ASK:  # "wieviel Kohle": whatever the word's weight, it is what is asked
                    primary = {a: w / top for a, w in weights.items() if w >= QUANTITY_SHARE * top}
                elif names_unit([word]) or names_currency(word):
                    pass  # "how many gigs", "how many yuan": a unit or a currency, no thing counted
                elif (
                    phrase[-1] in COUNT_WORDS
                    and len(word) >= MIN_COUNTED_WORD
                    and not word.isdigit()
                    and unit is None  # ("how many percent": a percentage, no thing counted)
                ):
                    counted = word  # "wie viele Rechenzentren": a count the facts may not give
                break
            others = [intent_weights(w) for w in tokens if w not in phrase and w not in entity_words]
            size_asked = False
            if (
                not primary
                and not counted
                and not units
                and max((v for weights in others for v in weights.values()), default=0.0) < CLEAR_ASK
            ):
                # "acme borealis how much", "cobalt deal how big": of a deal, its size is asked
                primary = dict(SIZE_ASKS.get(phrase, {}))
                size_asked = len(primary) > 1
            return _HowMuch(
                asked=True,
                primary=MappingProxyType(primary),
                units=units,
                counted=counted,
                counting=phrase[-1] in COUNT_WORDS,
                size_asked=size_asked,
            )
    return _HowMuch(asked=False, primary=MappingProxyType({}), units=units)


def _primary(
    tokens: Sequence[str],
    names: _Names,
    intents: Mapping[str, float],
    how_much: _HowMuch,
    quantity: bool,
    asks_title: bool,
) -> _Primary:
    """What must be answered, when "how many X" did not say: "which X", an interrogative, a cost."""
    primary: Mapping[str, float] = how_much.primary
    term: str | None = None
    size_asked = how_much.size_asked
    if not primary:
        primary, term = _which(tokens, names.words)
    if not primary:
        clause = when_clause(tokens)  # ("how much did it rise when …": no "when" asked)
        asked = next(
            (INTERROGATIVES[w] for w in tokens if w in INTERROGATIVES and not (clause and w in WHEN_WORDS)),
            None,
        )
        if asked and "people" in asked and quantity:
            asked = None  # "wer investiert wie viel": the figure is asked, not the person
        elif asked and "people" in asked and asks_title:
            asked = {"people": 1.0}  # "Wer ist die Chefin von Delta": a person with that title
        elif asked and "people" in asked:
            # "who owns", "wer kümmert sich um": the verb says which kind of "who"
            verbs = {a: w for a, w in intents.items() if w >= SURE_ASK and a not in FIGURE_ATTRIBUTES}
            if verbs:  # the verb leads, the person comes second
                asked = {**{a: VERB_PERSON * w for a, w in asked.items()}, **verbs}
        if asked:
            primary = dict(asked)
    if not primary and any(matches(w, COST_WORDS) for w in tokens):
        primary = {"investment": 1.0}  # "Was kostet …": money, whatever else is named
    sized = any(w in DEAL_SIZE_WORDS for w in tokens) and not any(e.place for e in names.entities)
    named_deals = any(e.alias_of for e in names.entities)
    if not primary and named_deals and sized:  # "coblat deal size": money and gigawatts
        primary = {"investment": 1.0, "capacity": 1.0}
        size_asked = quantity = True
    return _Primary(primary=primary, term=term, size_asked=size_asked, quantity=quantity)


def _which(tokens: Sequence[str], entity_words: frozenset[str]) -> tuple[dict[str, float], str | None]:
    """`which platform` / `welche Plattform`: the noun after names the attribute that must answer, and
    the noun's stem (a fact naming a platform answers)."""
    for i, word in enumerate(tokens):
        if word not in WHICH_WORDS:
            continue
        for j, nxt in enumerate(tokens[i + 1 : i + 4], start=i + 1):
            if nxt in entity_words or nxt in STOPWORDS or nxt in KIND_WORDS:
                continue
            weights = WHICH_NOUNS.get(nxt) or intent_weights(nxt)
            if nxt in MAGNITUDE_WORDS:  # "what is the size of the investment": the investment
                weights = _following_intent(entity_words, tokens[j + 1 : j + 6]) or weights
            if weights and max(weights.values()) >= LIKELY_ASK:
                top = max(weights.values())
                return {a: w / top for a, w in weights.items() if w >= PRIMARY_SHARE * top}, stem(nxt)
            if weights:
                break  # a word that asks for something, but not surely: no primary
            # "which big tech firms": a describing word; the noun comes next
    return {}, None


def _following_intent(entity_words: frozenset[str], tokens: Sequence[str]) -> dict[str, float]:
    for word in tokens:
        if word in entity_words or word in STOPWORDS:
            continue
        weights = intent_weights(word)
        if max(weights.values(), default=0.0) >= LIKELY_ASK:
            return weights
    return {}


_PERIODS = frozenset("year jahr month monat week woche day tag quarter quartal annum".split())


# What the asker should do or what the bot thinks ("soll ich jetzt Acme kaufen", "ur opinion: is it a
# bubble?", "lohnt sich Globex"): no news article says, however close the figures on its topic come
_ADVICE = re.compile(
    r"\b(?:soll(?:te)?\s+(?:ich|i|man|wir)\s+(?:\S+\s+){0,4}?"
    r"(?:kaufen|verkaufen|investieren|einsteigen|halten|shorten)"
    r"|should\s+(?:i|we)\s+(?:\S+\s+){0,3}?(?:buy|sell|invest|hold|short)"
    r"|(?:ur|your|deine|ihre|eure)\s+(?:opinion|meinung|take|einsch(?:ä|ae)tzung|prognose|prediction)"
    r"|lohnt\s+sich|worth\s+(?:buying|investing)|(?:do|would)\s+you\s+(?:recommend|buy|invest)"
    r"|was\s+(?:meinst|denkst|h(?:ä|ae)ltst)\s+du|empfiehlst\s+du)\b",
    re.IGNORECASE,
)


def _beside_the_article(
    entities: tuple[Entity, ...], document_words: frozenset[str], described: frozenset[str] = frozenset()
) -> tuple[Entity, ...]:
    """ "wie viel investiert Project Apex laut dem 1-Mio-Chips-Artikel": a deal's name the asker points at an
    article with is no subject of the question, where another deal is named (a company's still is: "Acme's
    stock after the Globex announcement" is of Globex's article). A name in a phrase describing the article
    is none at all, if a person or a place ("the piece about the Springfield site with Acme — how much …":
    Springfield is not asked of; Acme may be)."""
    entities = tuple(e for e in entities if not (set(e.key.split()) <= described and (e.place or e.person)))
    said = document_words | {w[:-1] for w in document_words if w.endswith("s")}  # "Roes Plan-Artikel"
    # (a deal's name only partly among them too: "the article on Roe's chip plans" holds "chip plan")
    pointing = [
        e for e in entities if set(e.key.split()) <= said or (e.alias_of and set(e.key.split()) & said)
    ]
    subject = [e for e in entities if e not in pointing and e.alias_of]  # (a deal named beside)
    if not subject:
        return entities  # ("what does Initech do per the Apex article": the deal is still asked of)
    # (a person the asker points at the article by is no subject either: "Apex's volume per the article on
    # Roe's plans")
    return tuple(e for e in entities if e not in pointing or e.party_of or e.place)


# Verbs of a stake taken or held ("get", "bekommt", "hält"): shares asked with one are no stock's move
_RECEIVING = frozenset(
    "get gets getting receive receives received take takes owns hold holds acquire acquires "
    "bekommt bekommen erhaelt erhalten haelt halten uebernimmt".split()
)
_PERCENT_WORDS = ("percent", "prozent")
_AS_SOON = frozenset("as when once whenever sobald wenn sowie".split())
_CONDITION_ASKED = frozenset("trigger triggers triggered when wann criterion kriterium condition".split())


_JOINS = frozenset(("", "e", "y", "et", "and", "und", "en", "i", "ve", "og", "och", "a", "or", "oder", "o"))


def _out_of_scope(
    tokens: Sequence[str],
    intents: Mapping[str, float],
    units: frozenset[str],
    move_stated: bool = False,
    names: Collection[str] = (),
) -> bool:
    """Asks for what the articles never give: prices, revenue, head counts, weather, a share price
    (`move_stated`: the question states a percentage, so "the 4.4% rise — what was the share price" asks
    the price, not the move; `names`: the words naming a company, a person or a place)."""
    costs = any(matches(w, COST_WORDS) for w in tokens)
    # "per GPU", "pro Stück": a unit price; "per the article" names a source; "how much water per year" an
    # amount over time, which a sentence may give (but "TWh per year", "how many GPUs per year": no fact does)
    counted = bool(units) or names_unit(tokens) or any(w in ("many", "viele", "wieviele") for w in tokens)
    per_unit = (
        any(
            matches(w, PER_UNIT)
            and not (w == "per" and nxt in ("the", "article", "artikel"))
            # ... nor "per Acme e Globex", Italian's "for": a name with no thing after it ("per Acme GPU" is)
            and not (w == "per" and nxt in names and then in _JOINS)
            and (counted or nxt not in _PERIODS)
            # ("as each gigawatt comes online", "sobald jeweils ein Gigawatt …": a condition, no rate; "what
            # triggers each step": the condition asked)
            and prev not in _AS_SOON
            and not (w in ("each", "every") and not _CONDITION_ASKED.isdisjoint(tokens))
            for prev, w, nxt, then in zip(
                ("", *tokens), tokens, (*tokens[1:], ""), (*tokens[2:], "", ""), strict=False
            )
        )
        or (costs and any(w in UNIT_ARTICLES for w in tokens))
    )
    # (the move stated, a price in money asked: "the 4.4% rise — what was the share price in dollars")
    moves = any(matches(w, PRICE_MOVES) for w in tokens) and not (
        move_stated and (costs or bool(units & _MONEY_UNITS))
    )
    energy_bill = costs and "energy" in intents
    market_cap = ("market", "cap") in set(pairwise(tokens))
    # "Was kostet die Acme-Aktie in Dollar": a share price, which the articles never give.
    share_price = any(matches(w, SHARE_WORDS) for w in tokens) and (costs or bool(units))
    focus = max(intents, key=lambda a: intents[a]) if intents else None
    return market_cap or (share_price and not moves) or (per_unit and focus in ATTRIBUTE_UNITS) or energy_bill
