"""Retrieve stage, part one: how well one curated fact answers a `Query`, and whether it may at all.

A score weighs what is asked (the fact's attribute), whom it is asked about (the names) and the question's
own words; then the facts that do not give what is asked are cut down. Every number is in weights.py.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from bot.engine.asked import checks_claim
from bot.engine.index import PREFIX, Entity, KnowledgeIndex
from bot.engine.lexicon import (
    AFFINITY,
    COUNTRIES,
    FIRST_WORDS,
    INTERROGATIVE_WORDS,
    ORDINALS,
    PERSONAL,
    SITE_STRICT,
    STRICT,
    parts_named,
)
from bot.engine.query import Query
from bot.engine.text import normalize, stem, words
from bot.engine.weights import (
    ALIAS_DEAL,
    CLEAR_ASK,
    CONFLICT_OVERLAP,
    DOCUMENT_CITED,
    DOCUMENT_OTHER,
    ENTITY_BASE,
    ENTITY_NAMED,
    FEW_FACTS,
    FIGURE_NAMED,
    HEADLINE_BONUS,
    KEYWORD_INTENT,
    MISSED_ASK,
    MISSED_ASK_FIT,
    NAMED_DEAL,
    NAMES_FACT,
    NAMES_PERSON,
    NAMES_PERSON_ASIDE,
    NO_FIGURE,
    NO_NAME_ENTITY,
    NUMBER_OVERLAP,
    OFF_ASK,
    OFF_ASK_FIT,
    OFF_PRIMARY,
    ORDINAL_MISSING,
    OTHER_PERSON,
    OTHER_YEAR,
    PARTY_DEAL,
    PHRASE_BONUS,
    PHRASE_OVERLAP,
    PHRASE_QUESTION_OVERLAP,
    PREFIX_HIT,
    PRIMARY_FIT_SHARE,
    QUALIFIER_OVERLAP,
    SAME_NUMBER,
    SUBJECT_WEIGHT,
    SURE_ASK,
    TOPIC_MISSING,
    W_ENTITY,
    W_INTENT,
    W_OVERLAP,
    WORDS_PHRASE_BONUS,
    WRONG_UNIT,
)
from bot.knowledge.models import Fact


@dataclass(frozen=True)
class Candidate:
    """A curated fact and how well it answers the question."""

    fact: Fact
    score: float

    @property
    def family(self) -> tuple[str, str]:
        return (self.fact.deal, self.fact.attribute.value)


@dataclass(frozen=True)
class Prepared:
    """What every fact is scored against, worked out once per question rather than once per fact."""

    named: tuple[Entity, ...]
    subject: Entity | None
    strongest: float
    personal: float
    asked: tuple[tuple[str, float], ...]
    asked_total: float
    topic: tuple[str, ...]
    ordinals: tuple[str, ...]
    people: tuple[Entity, ...]
    primary_top: float
    years: frozenset[str] = frozenset()  # "the GPU target for the end of 2026": the year a figure is asked of


def names_a_fact(entity: Entity) -> bool:
    """A name few facts carry ("Nova One", "zehnfacher Ausbau", "10x"), not a company or place."""
    return not (entity.is_party or entity.place) and 0 < len(entity.facts) <= FEW_FACTS


def fit(attribute: str, asked: Mapping[str, float]) -> float:
    """How well a fact of `attribute` answers the asked attributes (directly or a related one)."""
    best = asked.get(attribute, 0.0)
    for name, weight in asked.items():
        best = max(best, weight * AFFINITY.get(attribute, {}).get(name, 0.0))
    return best


def asked_terms(query: Query) -> list[str]:
    """The stems of the question's own words, its names left out."""
    return [stem(w) for w in query.content if w not in query.entity_words]


def _shared(
    asked: tuple[tuple[str, float], ...] | list[tuple[str, float]],
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
            hit += PREFIX_HIT * weight
    return hit / total


def _same_number(a: float, b: float) -> bool:
    return abs(a - b) < SAME_NUMBER * max(1.0, abs(a))


def _quoted(query: Query, value: float, unit: str) -> bool:
    """Does the question state `value` in `unit`, or with no unit of its own (a year counts as none)?"""
    return any(
        _same_number(n, value) and said in (None, "year", unit)
        for n, said in zip(query.numbers, query.number_units, strict=True)
    )


MIN_OWNERS = 2  # parties a fact names beside its figure to say whose it is (one alone may be the deal's)


class Scorer:
    """Scores facts of one knowledge index against queries."""

    def __init__(self, index: KnowledgeIndex) -> None:
        self.index = index
        self._times: dict[str, frozenset[str]] = {}  # the years each fact's words say

    def allowed(self, query: Query, fact: Fact, entity: Entity, subject: Entity | None) -> bool:
        """May `fact` answer a question that names `entity`? Never borrow another company's figure."""
        if query.titles and fact.attribute.value in PERSONAL and not _holds_title(query, fact):
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
        if entity is subject and attribute in PERSONAL and query.asks_title:
            return False  # "CEO of Cobalt": the person must hold the title there
        if entity.is_party and fact.deal in entity.party_of and self._given_to_others(fact, entity):
            return False  # "wie viele GW hat Acme mit Initech vereinbart": the GW are Acme's and Globex's
        return fact.deal in entity.alias_of or fact.deal in entity.party_of

    def _given_to_others(self, fact: Fact, entity: Entity) -> bool:
        """Does a fact of the deal give this fact's figure to parties it names, the asked one not among
        them ("Die Rechenzentren von Acme und Globex … 4,5 GW": not the third partner's, whichever fact
        of the deal says the figure)?"""
        if fact.figure is None:
            return False
        for other in self.index.facts_by_deal.get(fact.deal, []):
            if other.figure is None or (other.figure.value, other.figure.unit) != (
                fact.figure.value,
                fact.figure.unit,
            ):
                continue
            named = [self.index.entities.get(normalize(e)) for e in other.entities]
            parties = {e.key for e in named if e is not None and fact.deal in e.party_of}
            if len(parties) >= MIN_OWNERS and entity.key not in parties and other.id not in entity.facts:
                return True
        return False

    def dated_otherwise(self, query: Query, fact: Fact) -> bool:
        """Is the figure asked of a year ("How much will Acme invest in 2026") one the fact gives of
        another time, of several years, or of none ("bis zu 100 Mrd." is no sum of 2026)? A statement
        without a figure is so when it is dated to another year ("by the end of 2025" for 2027)."""
        years = _years_asked(query)
        if not years:
            return False
        if not self._other_time(fact, years):
            # "wie viele GPUs Anfang 2025": a figure of the end of 2025 is not the start's
            asked = _year_parts(query.text)
            text = " ".join([fact.statement.de, fact.statement.en, *(c.quote for c in fact.citations)])
            given = {(part, year) for part, year in _year_parts(text) if year in years}
            return bool(asked) and bool(given) and not asked & given and not _claims_its_figure(query, fact)
        if _claims_its_figure(query, fact):
            return False
        return fact.figure is not None or bool(self._times[fact.id])  # a statement dated to another year

    def other_part(self, query: Query, fact: Fact) -> bool:
        """Does the question ask one part by its ordinal ("the second gigawatt") and the fact speak of
        another part only ("the first gigawatt … in the second half of 2026")?"""
        asked = parts_named(list(query.words))
        if not asked:
            return False
        text = " ".join([fact.statement.de, fact.statement.en, *(c.quote for c in fact.citations)])
        said = parts_named(words(text))
        return bool(said) and not asked & said

    def _other_time(self, fact: Fact, years: frozenset[str]) -> bool:
        """Is the fact's figure dated to none of the years asked (to others, or to none at all: "in den
        nächsten vier Jahren" is no one year's)? Kept per fact."""
        said = self._times.get(fact.id)
        if said is None:
            text = " ".join([fact.statement.de, fact.statement.en, *(c.quote for c in fact.citations)])
            said = self._times[fact.id] = frozenset(_YEAR.findall(text))
        return not said & years

    def prepare(self, query: Query) -> Prepared:
        named = tuple(e for e in query.entities if not e.foreign and e.key not in query.besides)
        asked = tuple((t, self.index.term_weight(t)) for t in asked_terms(query))
        return Prepared(
            named=named,
            subject=next((e for e in named if e.is_party), None),
            strongest=query.strongest_intent,
            personal=max(query.intents.get(a, 0.0) for a in PERSONAL),
            asked=asked,
            asked_total=sum(w for _, w in asked),
            topic=tuple(stem(w) for w in query.topic_words),
            # "how many GW does the first phase bring": the total is no figure of the first part (but
            # "die Details der ersten Phasen" ask no figure, and the curated "frühen Phasen" say them)
            # ... nor "welche Chips nutzt das erste Gigawatt": one part by its singular noun, asked of
            ordinals=tuple(
                stem(w)
                for i, (w, after) in enumerate(zip(query.words, (*query.words[1:], ""), strict=True))
                if w in ORDINALS
                or (
                    w in FIRST_WORDS
                    and (
                        query.quantity
                        # (not in a clause saying where: "the site on which the first phase is built")
                        or (after in _ONE_PART_NOUNS and _RELATIVE.isdisjoint(query.words[max(0, i - 2) : i]))
                    )
                )
            ),
            people=tuple(e for e in named if e.person and not e.is_party and e.facts),
            primary_top=max(query.primary.values(), default=0.0),
            years=_years_asked(query),
        )

    def overlap(self, query: Query, terms: frozenset[str]) -> float:
        """Share of the question's own words (idf-weighted) `terms` holds."""
        asked = [(t, self.index.term_weight(t)) for t in asked_terms(query)]
        return _shared(asked, sum(w for _, w in asked), terms, frozenset())

    def _intent(self, query: Query, fact: Fact, fitted: float) -> float:
        """The attribute fit, or the fact's own words naming what is asked."""
        best = fitted
        terms = self.index.fact_terms[fact.id]
        for term, weight in query.intent_terms.items():
            if term in terms:
                best = max(best, KEYWORD_INTENT * weight)
        return best

    def _entity(self, query: Query, fact: Fact, ask: Prepared) -> float:
        """Is the fact about whom the question asks?"""
        named = ask.named
        if named:
            # The first company named is the subject ("Rolle spielt Sunbank bei Borealis"): it counts twice.
            subject = ask.subject
            direct = total = 0.0
            for e in named:
                weight = SUBJECT_WEIGHT if e is subject else 1.0
                total += weight
                if fact.id in e.facts:
                    direct += weight
                elif fact.deal in e.alias_of:
                    direct += weight * (PARTY_DEAL if e.is_party else ALIAS_DEAL)
            entity = ENTITY_BASE + ENTITY_NAMED * direct / total
            if fact.deal in query.named_deals:
                entity += NAMED_DEAL
            if any(fact.id in e.facts and names_a_fact(e) for e in named):
                entity += NAMES_FACT  # the question names this fact by its own name ("10x")
            elif any(fact.id in e.facts and e.person for e in named):
                # The question names this fact's person: decisive when it asks about people.
                entity += NAMES_PERSON if ask.personal >= CLEAR_ASK else NAMES_PERSON_ASIDE
        else:
            entity = NO_NAME_ENTITY  # no name asked: neither for nor against any fact
        figure = fact.figure
        if figure is not None and _quoted(query, figure.value, figure.unit.value):
            # "3,59 Billionen Yuan – worum geht's?"; not "a 10 per cent stake" for 10 GW
            entity = max(entity, FIGURE_NAMED)
        return entity

    def score(self, query: Query, fact: Fact, ask: Prepared | None = None) -> float:
        ask = ask or self.prepare(query)
        attribute = self.index.fact_attribute[fact.id]
        terms = self.index.fact_terms[fact.id]
        fitted = fit(attribute, query.intents)
        intent = self._intent(query, fact, fitted)
        entity = self._entity(query, fact, ask)
        overlap = _shared(ask.asked, ask.asked_total, terms, self.index.fact_prefixes[fact.id])
        phrases = [p for p in self.index.fact_phrases[fact.id] if p in query.spaced]
        # "seit wann", "how long", "wo": a question phrase the curators filed under this fact answers
        # whatever the interrogative alone would want.
        asked_phrase = any(w in INTERROGATIVE_WORDS for p in phrases for w in p.split())
        if phrases:  # a question phrase the curators filed under this fact ("seit wann" more than "wann")
            phrase_question = asked_phrase and any(" " in p.strip() for p in phrases)
            overlap = min(1.0, overlap + (PHRASE_QUESTION_OVERLAP if phrase_question else PHRASE_OVERLAP))
        told = self.index.fact_numbers[fact.id]
        # ... the fact's own figure in another unit is not the number quoted
        other_unit = (
            fact.figure is not None
            and any(_same_number(n, fact.figure.value) for n in query.numbers)
            and not _quoted(query, fact.figure.value, fact.figure.unit.value)
        )
        if not other_unit and any(_same_number(n, v) for n in query.numbers for v in told):
            overlap = min(1.0, overlap + NUMBER_OVERLAP)  # the question quotes this fact's number ("2026")
        if query.asks_conflict and fact.conflict is not None:
            overlap = min(1.0, overlap + CONFLICT_OVERLAP)  # "why do the figures differ": the disputed one
        if fact.figure is not None and fact.figure.qualifier.value != "exact" and query.asks_qualifier:
            overlap = min(1.0, overlap + QUALIFIER_OVERLAP)  # "a floor or a cap?": "at least" answers
        # A question that does not say what kind of thing it asks ("is the 100bn a lump sum") is decided
        # by its words: the weight of the missing intent moves to the overlap.
        strongest = ask.strongest
        w_intent = W_INTENT * min(1.0, strongest / CLEAR_ASK)
        score = w_intent * intent + W_ENTITY * entity + (W_OVERLAP + W_INTENT - w_intent) * overlap
        if ask.topic and not any(t in terms for t in ask.topic):
            score *= TOPIC_MISSING  # the question's own subject words are not in this fact
        if ask.ordinals and not all(o in terms or o in _quoted_stems(fact) for o in ask.ordinals):
            score *= ORDINAL_MISSING  # "the second site": a fact about the project as a whole does not say
        about_person = any(e.person and fact.id in e.facts for e in ask.named)
        if about_person and attribute in PERSONAL:
            pass  # "Was sagt Jane Poe zur KI-Blase?": the person's own statement answers
        elif query.primary:
            named_by_fact = (
                asked_phrase
                or (query.asks_conflict and fact.conflict is not None)
                or (
                    query.primary_term is not None and query.primary_term in self.index.keyword_terms[fact.id]
                )
            )
            if not named_by_fact and fit(attribute, query.primary) < PRIMARY_FIT_SHARE * ask.primary_top:
                score *= OFF_PRIMARY  # "how many jobs": a fact about anything but jobs does not answer it
        elif strongest >= SURE_ASK and fitted < OFF_ASK_FIT * strongest:
            score *= OFF_ASK  # a clear ask for something else
        elif strongest >= CLEAR_ASK and intent < MISSED_ASK_FIT * strongest:
            score *= MISSED_ASK  # it does not answer what was asked
        personal = ask.personal >= CLEAR_ASK or strongest < CLEAR_ASK
        if ask.people and personal and not any(fact.id in e.facts for e in ask.people):
            score *= OTHER_PERSON  # "Kenji Mori's role": what the articles say of him, not of another
        if (
            ask.years
            and fact.figure is not None
            and self._other_time(fact, ask.years)
            and not _claims_its_figure(query, fact)
        ):
            score *= OTHER_YEAR  # "the GPU target for 2026": "by the end of 2025" is another year's
        if query.units and fact.figure is not None and fact.figure.unit.value not in query.units:
            score *= WRONG_UNIT  # "in US-Dollar": 10 GW is no answer, however well the rest fits
        if query.quantity and fact.figure is None:
            score *= NO_FIGURE  # "how much" wants a figure
        if query.documents:  # "according to the Cobalt article": what that article says
            cited = any(c.document in query.documents for c in fact.citations)
            score = score + DOCUMENT_CITED if cited else score * DOCUMENT_OTHER
        if phrases and asked_phrase and any(" " in p.strip() for p in phrases):
            score += (
                PHRASE_BONUS  # a curated question phrase ("seit wann") is the surest sign of what is asked
            )
        elif any(" " in p.strip() for p in phrases):
            score += WORDS_PHRASE_BONUS
        if fact.headline:
            score += HEADLINE_BONUS
        return score


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _claims_its_figure(query: Query, fact: Fact) -> bool:
    """ "1m GPUs by end of 2026, right?": a claim stating the fact's own figure claims its year too, which
    the fact puts right, and asks no figure of that year."""
    return (
        fact.figure is not None
        and checks_claim(query.words)
        and _quoted(query, fact.figure.value, fact.figure.unit.value)
    )


# The part of a year a time names: "Anfang 2025", "early 2025", "bis Ende 2025", "mid-2026", "end of 2026"
_YEAR_PART = re.compile(
    r"\b(anfang|beginn|fruehjahr|frühjahr|early|start|beginning|mitte|mid|ende|end|late|spaet|spät)"
    r"(?:\s+of|\s+des\s+jahres|-)?\s*((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_PARTS = {
    **dict.fromkeys("anfang beginn fruehjahr frühjahr early start beginning".split(), "start"),
    **dict.fromkeys("mitte mid".split(), "middle"),
    **dict.fromkeys("ende end late spaet spät".split(), "end"),
}


_RELATIVE = frozenset("which where wo worauf wobei dem denen".split())
_ONE_PART_NOUNS = frozenset(
    "gigawatt gw phase stufe ausbaustufe abschnitt bauabschnitt standort site stage tranche".split()
)


def _year_parts(text: str) -> set[tuple[str, str]]:
    """The parts of years a text names: {("end", "2025")} of "bis Ende 2025"."""
    return {(_PARTS[m.group(1).casefold()], m.group(2)) for m in _YEAR_PART.finditer(text)}


def _years_asked(query: Query) -> frozenset[str]:
    """The years a figure is asked of ("the GPU target for the end of 2026"), unless a year is claimed or
    a date asked."""
    if query.focus == "timeline" or "timeline" in query.primary:
        return frozenset()
    # "wird Acme bis 2030 auf 10 GW wachsen?": a figure claimed of a year asks that year's figure; a year
    # claimed alone ("stimmt es, dass die erste Phase 2026 startet") is the claim's own value
    if checks_claim(query.words) and not any(u not in (None, "year") for u in query.number_units):
        return frozenset()
    said = {
        int(n)
        for n, unit in zip(query.numbers, query.number_units, strict=True)
        if unit not in (None, "year")
    }
    return frozenset(
        y
        for y in _YEAR.findall(query.text)
        if int(y) not in said  # ("2000 acres": no year)
        and y not in query.document_words  # ("the article from July 2025": its day)
    )


def _quoted_stems(fact: Fact) -> set[str]:
    """The stems of a fact's quotes ("Die erste Phase … in Springfield": the first site is Springfield)."""
    return {stem(w) for c in fact.citations for w in words(c.quote)}


def _holds_title(query: Query, fact: Fact) -> bool:
    said = set(words(" ".join([fact.statement.de, fact.statement.en, *fact.keywords.de, *fact.keywords.en])))
    return any(any(title in said for title in group) for group in query.titles)  # "CTO or President"
