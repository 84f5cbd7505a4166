"""What decide asks of a candidate fact beyond its score: does it give a date, a figure told in words,
the same answer as a rival, more of what the question names? Pure functions of a `Query`, facts and the
index."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from bot.engine.asked import HOME_WORDS, Kind, asks_to_the_day, checks_claim
from bot.engine.conversion import convertible
from bot.engine.index import KnowledgeIndex, intent_weights
from bot.engine.lexicon import (
    AFFINITY,
    COMPLETION_WORDS,
    CONJUNCTIONS,
    EXACT_ASKS,
    NOW_WORDS,
    NUMBER_WORDS,
    PERSONAL,
    PLAN_WORDS,
    QUESTION_WORDS,
    TIME_COUNTED,
    VAGUE_QUANTITIES,
    WHEN_WORDS,
    matches,
    says_now,
    when_clause,
)
from bot.engine.passages import DATE, DAY, DURATION, MONTH, QUARTER, SPEECH, deadline
from bot.engine.query import Query
from bot.engine.scoring import Candidate, fit
from bot.engine.text import normalize, words
from bot.engine.weights import FEW_FACTS_PARTY, SEVERAL_MAX, STRONG_ASK, TIE, TOLD_FIT
from bot.knowledge.models import CURRENCIES, Fact
from bot.knowledge.numbers import find_numbers


def fact_text(fact: Fact) -> str:
    """Everything a curated fact says: statements, keywords and quotes."""
    quotes = [c.quote for c in fact.citations]
    return " ".join([fact.statement.de, fact.statement.en, *fact.keywords.de, *fact.keywords.en, *quotes])


_JOINING = re.compile(r"[,+]")  # "Jobs, GW", "jobs + gw": side by side ("zugang & kosten" is one topic)
_PARTS = re.compile(rf"[,+;?]|\b(?:{'|'.join(sorted(CONJUNCTIONS))})\b", re.IGNORECASE)


def several_asked(query: Query) -> list[str]:
    """Attributes asked for side by side ("Jobs und Gigawatt", "investment amount, capacity and
    timeline"): each named surely, none a near relative of another."""
    if not any(w in CONJUNCTIONS for w in query.words) and not _JOINING.search(query.text):
        return []
    intents = query.intents
    strong = sorted((a for a, w in intents.items() if w >= STRONG_ASK), key=lambda a: -intents[a])
    # "bis wann stehen die vollen 10 GW": a figure the question states is what it is about, not asked
    stated = {_STATED_ATTRIBUTES.get(n.unit or "") for n in find_numbers(query.text, query.language)}
    out: list[str] = []
    for attribute in (a for a in strong if a not in stated):
        if all(attribute not in AFFINITY.get(o, {}) and o not in AFFINITY.get(attribute, {}) for o in out):
            out.append(attribute)
    return _asked_apart(query.text, out)[:SEVERAL_MAX]


def _asked_apart(text: str, attributes: list[str]) -> list[str]:
    """ "When will Acme become profitable, in which year?": a part asking "when" makes profit what the
    date is of, when the date is asked again on its own; no second answer. ("wieviel GW … and is it custom
    silicon?" asks both: "wieviel" asks no attribute of its own.)"""
    parts = [
        (
            {a for w in said for a in intent_weights(w) if a in attributes},
            {a for w in said if w in QUESTION_WORDS for a in intent_weights(w) if a in attributes},
        )
        for said in (words(part) for part in _PARTS.split(text))
    ]
    alone = {next(iter(asks)) for asks, _ in parts if len(asks) == 1}
    topics = {
        a
        for a in attributes
        if any(a in asks for asks, _ in parts)
        and all(asked_by - {a} & alone for asks, asked_by in parts if a in asks)
    }
    return [a for a in attributes if a not in topics]


# The attribute a figure stated in the question speaks of, by its unit.
_STATED_ATTRIBUTES = {"GW": "capacity", "MW": "capacity", **{c: "investment" for c in CURRENCIES}}


def deals_stated(query: Query, index: KnowledgeIndex) -> set[str]:
    """The deals whose facts hold a figure with a unit the question states ("the 1m GPUs") when the
    question names no deal itself ("investiert Acme 500 Mrd.?" is about Acme, and a check)."""
    if query.named_deals:
        return set()
    stated = [n.value for n in find_numbers(query.text, query.language) if n.unit not in (None, "year")]
    return {f.deal for value in stated for f in index.facts_by_figure.get(value, ())}


def asks_now(query: Query) -> bool:
    """ "wie viele GPUs hat Acme heute": today's state (bot/engine/lexicon.says_now)."""
    return says_now(query.words)


def planned(fact: Fact) -> bool:
    """A fact told as a plan or an expectation ("will bis Ende 2025 … in Betrieb nehmen")."""
    return any(w in PLAN_WORDS for w in words(f"{fact.statement.de} {fact.statement.en}"))


_OR = frozenset("oder or".split())
_ALREADY = NOW_WORDS | frozenset("schon bereits already yet".split())


def asks_when(query: Query) -> bool:
    """ "wann …", or a year put to the bot alone ("springfield went live in 2024 right?"): a time asked."""
    claimed_year = bool(query.number_units) and all(u == "year" for u in query.number_units)
    claimed_year = claimed_year and checks_claim(list(query.words))
    # (not "läuft das schon oder kommt das erst 2026?": whether it runs now is asked, which a state tells)
    said = set(query.words)
    claimed_year = claimed_year and not (said & _OR and said & _ALREADY)
    return (
        (any(w in WHEN_WORDS for w in query.words) and not when_clause(query.words)) or claimed_year
    ) and query.focus == "timeline"


def asks_completion(query: Query) -> bool:
    """ "wann ist es fertig", "bis wann komplett", "by when will all 10 GW be online": the end."""
    if any(matches(w, COMPLETION_WORDS) for w in query.words):
        return True
    return not _ALL_OF.isdisjoint(query.words) and not _RUNNING.isdisjoint(query.words)


# "all 10 GW … online", "alle Rechenzentren in Betrieb": the whole running, which a first phase is not
_ALL_OF = frozenset("all alle allen gesamte gesamten entire whole".split())
_RUNNING = frozenset("online live running betrieb laufen".split())


def dateless(query: Query, fact: Fact, index: KnowledgeIndex) -> bool:
    """A timeline fact with no year, date or duration ("construction is under way") says no "when"."""
    if fact.attribute.value != "timeline":
        return False
    done = asks_completion(query)
    if done and not any(matches(t, COMPLETION_WORDS) for t in index.fact_terms[fact.id]):
        return True  # "wann ist Skyport fertig": an investment period is no completion date
    if asks_to_the_day(query.words):
        # "an welchem Datum", "the exact day": "bis Ende 2025" and "in the coming weeks" are none
        return not any(DAY.search(text) for text in (fact.statement.de, *(c.quote for c in fact.citations)))
    if index.fact_numbers[fact.id]:
        return False
    said = words(fact.statement.de + " " + fact.statement.en)
    return not any(w in NUMBER_WORDS or w in TIME_COUNTED for w in said)


def told_in_words(query: Query, fact: Fact) -> bool:
    """ "How many GPUs" → "Millionen von GPUs": the articles' own answer, though not a figure (but not
    to "genau wie viele")."""
    if any(w in EXACT_ASKS for w in query.words):
        return False
    fits = fit(fact.attribute.value, query.primary or query.intents) >= TOLD_FIT
    said = words(fact.statement.de + " " + fact.statement.en)
    return fits and any(w in VAGUE_QUANTITIES or w in NUMBER_WORDS for w in said)


def _same_answer(a: Fact, b: Fact) -> bool:
    """Would `b` tell the asker the same as `a`? Then it is no rival for the margin."""
    if (a.deal, a.attribute) == (b.deal, b.attribute) or (a.conflict and a.conflict == b.conflict):
        return True
    if a.figure and b.figure:
        return (a.figure.value, a.figure.unit) == (b.figure.value, b.figure.unit)
    if a.attribute == b.attribute and a.entities:
        return {normalize(e) for e in a.entities} == {normalize(e) for e in b.entities}
    return False


def same_answer(a: Fact, b: Fact, index: KnowledgeIndex) -> bool:
    """`_same_answer`, and: two statements about the same few-fact company's part in a deal
    ("Kenji Mori of Sunbank handles the finances" / "Sunbank is responsible for financing")."""
    if _same_answer(a, b):
        return True
    personal = a.attribute.value in PERSONAL and b.attribute.value in PERSONAL and a.deal == b.deal
    if not personal:
        return False
    shared = {normalize(e) for e in a.entities} & {normalize(e) for e in b.entities}
    return any(0 < len(index.entities[k].facts) <= FEW_FACTS_PARTY for k in shared if k in index.entities)


def tie_break(query: Query, ranked: list[Candidate]) -> Candidate:
    """Equal scores: the fact naming what the question names most specifically ("Riverton", a name
    few facts carry, over "Skyport") goes first."""
    tied = [c for c in ranked if c.score >= ranked[0].score - TIE]
    return max(tied, key=lambda c: sum(1 / len(e.facts) for e in query.entities if c.fact.id in e.facts))


def names_more(query: Query, fact: Fact, than: Fact) -> bool:
    """Does `fact` name something the question names ("Ohio") that `than` does not?"""
    return any(fact.id in e.facts and than.id not in e.facts for e in query.entities)


def about_names(
    names: list[str], fact: Fact, index: KnowledgeIndex, context: AbstractSet[str], money: bool = False
) -> bool:
    """Is `fact` about every company the question names: named by the fact, or a party or name of its
    deal? "How much is Acme putting into the project" is not answered by the project's total when Acme
    takes no part in the deal; asked for money (`money`), a party must be named by the fact itself ("how
    much did Acme raise from Globex" is not the project's total either). People and places (`context`)
    only say where or by whom."""
    said = f" {normalize(fact_text(fact))} "
    for name in names:
        entity = index.entities.get(name)
        if name in context or (entity is not None and entity.soft) or f" {name} " in said:
            continue
        if entity is None:
            return False
        if fact.id in entity.facts:
            continue
        deal_name = fact.deal in entity.alias_of and not entity.party_of
        # A company in most deals ("Acme and its partners") picks no figure: it is the setting.
        hub = len(entity.party_of) * 2 > len(index.facts_by_deal)
        if not deal_name and ((money and not hub) or fact.deal not in entity.party_of | entity.alias_of):
            return False
    return True


def undated(fact: Fact, to_the_day: bool, to_the_month: bool = False, to_the_quarter: bool = False) -> bool:
    """Does `fact` give no date at all (or, asked to the day or the month, none that exact), whatever its
    attribute? "Which day do the first chips arrive" is not answered by the platform they run on."""
    texts = (fact.statement.de, fact.statement.en, *(c.quote for c in fact.citations))
    # "seit mehr als einem Jahrzehnt" says since when
    patterns = (
        (DAY,)
        if to_the_day
        else (DAY, MONTH)
        if to_the_month
        else (DAY, MONTH, QUARTER)
        if to_the_quarter
        else (DATE, DURATION)
    )
    return not any(p.search(text) for p in patterns for text in texts)


def deadline_only(fact: Fact) -> bool:
    """Is every date `fact` gives a deadline ("bis Ende 2025", "by the end of 2025")? A deadline is when
    something is to be done, never when it was announced."""
    texts = (fact.statement.de, fact.statement.en, *(c.quote for c in fact.citations))
    return all(deadline(text, m.start()) for text in texts for m in DATE.finditer(text))


def said(fact: Fact) -> bool:
    """Does `fact` quote someone's words: a speech verb or quotation marks in its quote, or a curator's
    keyword saying it is a quote ("Zitat", "says")?"""
    keywords = {w for k in (*fact.keywords.de, *fact.keywords.en) for w in words(k)}
    return bool(keywords & SAID_KEYWORDS) or any(SPEECH.search(c.quote) for c in fact.citations)


# Keywords by which a curator marks a fact as someone's words.
SAID_KEYWORDS = frozenset("zitat quote quoted sagt sagte says said".split())


def states_seat(fact: Fact) -> bool:
    """Does `fact` say where a company has its seat ("mit Sitz in", "headquartered in"), not merely where
    something is built?"""
    texts = (fact.statement.de, fact.statement.en, *(c.quote for c in fact.citations), *fact.keywords.de)
    return any(w.startswith(HOME_WORDS) for text in (*texts, *fact.keywords.en) for w in words(text))


def gives_kind(kind: Kind, fact: Fact) -> bool:
    """Does `fact` hold a figure of the figure kind asked: a sum for "how much money", a count for "how
    many", a percentage for "what percentage"? (Other kinds: no figure is required, so none is given.)"""
    if fact.figure is None or kind not in (Kind.MONEY, Kind.COUNT, Kind.PERCENT):
        return False
    unit = fact.figure.unit.value
    if kind is Kind.MONEY:
        return unit in CURRENCIES
    return not wrong_unit(kind, fact)


def no_span(fact: Fact) -> bool:
    """Does `fact` give no number of years ("über vier Jahre", "läuft zwölf Jahre")? A date is none."""
    if fact.figure is not None and fact.figure.unit.value == "years":
        return False
    texts = (fact.statement.de, fact.statement.en, *(c.quote for c in fact.citations))
    return not any(DURATION.search(text) for text in texts)


def wrong_unit(
    kind: Kind, fact: Fact, measure: frozenset[str] = frozenset(), sum_named: bool = False
) -> bool:
    """Does `fact` give a figure plainly not of the kind asked: a percentage or a sum for "how many
    shares", a sum or a count for "what percentage"? (Looser pairs, "how big" for acres or gigawatts, are
    left to the attributes.)"""
    if fact.figure is None:
        return False
    unit = fact.figure.unit.value
    if kind is Kind.COUNT:
        return unit == "percent" or unit in CURRENCIES
    if kind is Kind.PERCENT:
        return unit != "percent"
    if kind is Kind.MEASURE:
        # "how many gigawatts": GPUs or dollars are no power; "in TWh": gigawatts are no energy
        asked = measure or {"GW", "MW"}
        # ... but megawatts asked of a fact in gigawatts are the same power ("10 GW — how many MW is that")
        return unit not in asked and unit != "year" and not any(convertible(unit, m) for m in asked)
    if kind is Kind.MONEY and sum_named:
        # "the contract's value", "capex plan for 2026": gigawatts, a count or a year are no sum
        return unit not in CURRENCIES
    return False
