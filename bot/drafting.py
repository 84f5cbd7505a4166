"""`python -m bot draft DOCUMENT`: a draft facts file for an article nobody curated yet.

One fact per figure, per person with a title, per place, per date: each with its sentence as the verbatim
quote, the value in base units, its unit and qualifier as the sentence gives them, a guessed attribute,
keywords, and the deal (an existing one whose parties the article is about, or a draft deal in the same
file). Saved unedited into `knowledge/facts/`, it passes `reload`; a curator then edits the statements
and attributes for the precision the curated layer is for.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from pydantic import ValidationError

from bot.engine.formatting import figure_text as curated_figure_text
from bot.engine.lexicon import STOPWORDS
from bot.engine.passages import DATE, MONEY_UNITS, Passage
from bot.engine.reading import Reader, qualifier_before
from bot.engine.text import normalize
from bot.knowledge.base import KnowledgeBase
from bot.knowledge.errors import KnowledgeError
from bot.knowledge.models import Figure, Unit
from bot.knowledge.numbers import Number
from bot.knowledge.quotes import UNIT_WORDS, figure_problem

_MARKET_WORDS = re.compile(r"aktie|kurs|börse|stieg|fiel|legte|zulegte|verlor", re.I)
_CHIP_WORDS = ("gpu", "beschleuniger", "chip", "prozessor", "server", "rack", "wafer", "cluster")
_JOB_WORDS = ("arbeitspl", "stellen", "jobs", "mitarbeiter", "beschaeftigte")
MAX_KEYWORDS = 6
HEADER = (
    "# Draft facts for {document}, written by `python -m bot draft`.\n"
    "# It loads as it is, and while a fact says `draft: true` the article's own sentences keep answering.\n"
    "# Check each statement, attribute and keyword, write the English statements, delete `draft: true`,\n"
    "# then `python -m bot reload`: the reviewed facts answer first from then on.\n"
)


def draft(kb: KnowledgeBase, reader: Reader, document_id: str) -> str:
    """The draft facts file for one document, as YAML text."""
    if document_id not in kb.documents:
        known = ", ".join(sorted(kb.documents)[:8])
        raise KnowledgeError(document_id, f"is no document of the knowledge folder (documents: {known}, …)")
    passages = [p for p in reader.passages if p.document == document_id]
    deal_id, new_deal = _deal_for(kb, reader, document_id)
    facts: list[dict[str, Any]] = []
    seen: set[tuple[float, str]] = set()
    for passage in passages:
        for number in passage.numbers:
            unit = _checked_unit(passage, number, _unit_of(passage, number))
            if unit is None or (number.value, unit.value) in seen:
                continue
            seen.add((number.value, unit.value))
            facts.append(_figure_fact(reader, passage, number, unit, deal_id, len(facts) + 1))
        for fact in _worded_facts(reader, passage, deal_id, len(facts) + 1):
            facts.append(fact)
    if facts and not any(f.get("headline") for f in facts):
        facts[0]["headline"] = True
    body: dict[str, Any] = {}
    if new_deal is not None:
        body["deals"] = [new_deal]
    body["facts"] = facts
    text = yaml.safe_dump(body, sort_keys=False, allow_unicode=True, width=110)
    return HEADER.format(document=document_id) + text


def _deal_for(kb: KnowledgeBase, reader: Reader, document_id: str) -> tuple[str, dict[str, Any] | None]:
    """An existing deal whose parties are the article's subject, else a draft deal for it."""
    subject = set(reader.names.subjects.get(document_id, frozenset()))
    for deal in kb.deals.values():
        parties = {normalize(p) for p in deal.parties}
        if subject and subject <= parties:
            return deal.id, None
    names = [reader.names.names[k].display for k in sorted(subject)] or [document_id]
    slug = "-".join(normalize(n).replace(" ", "-") for n in names)[:60].strip("-") or "draft"
    deal_id = slug if slug not in kb.deals else f"{slug}-{document_id[:3]}"
    used = {normalize(a) for d in kb.deals.values() for a in (*d.every_alias, *d.parties)}
    aliases = [normalize(n) for n in names if normalize(n) not in used]
    title = "–".join(names)
    return deal_id, {
        "id": deal_id,
        "name": {"de": title, "en": title},
        "parties": names,
        "aliases": aliases,
    }


def _unit_of(passage: Passage, number: Number) -> Unit | None:
    if number.unit in MONEY_UNITS or number.unit in ("GW", "MW", "percent", "GPU", "jobs", "acres"):
        return Unit(number.unit)
    if number.unit == "year":
        return Unit.YEAR
    noun = next((n for x, n in passage.counts() if x is number), "")
    if any(noun.startswith(w) for w in _JOB_WORDS):
        return Unit.JOBS if "arbeitspl" in noun or "jobs" in noun else Unit.COUNT
    return Unit.COUNT if noun and noun.isalpha() and len(noun) >= 4 else None


def _checked_unit(passage: Passage, number: Number, guess: Unit | None) -> Unit | None:
    """The guessed unit if the loader's quote check accepts it, else the unit the quote names, else
    None (no fact is drafted that would not load)."""
    if guess is None:
        return None
    qualifier = qualifier_before(passage.text, number.start)
    for unit in (guess, *[Unit(u) for u in UNIT_WORDS if u in Unit.__members__.values()]):
        try:
            figure = Figure(value=number.value, unit=unit, qualifier=qualifier)
        except ValidationError:
            continue  # out of the unit's range: not this unit
        if figure_problem(figure, [(passage.text, "de")]) is None:
            return unit
    return None


def _attribute(passage: Passage, unit: Unit, number: Number) -> str:
    if unit.value in MONEY_UNITS:
        return "investment"
    if unit is Unit.PERCENT:
        return "market_reaction" if _MARKET_WORDS.search(passage.text) else "structure"
    if unit in (Unit.GW, Unit.MW):
        return "capacity"
    if unit is Unit.GPU:
        return "gpus"
    if unit is Unit.JOBS:
        return "jobs"
    if unit is Unit.YEAR:
        return "timeline"
    noun = next((n for x, n in passage.counts() if x is number), "")
    if any(w in noun for w in _JOB_WORDS):
        return "jobs"
    return "hardware" if any(w in noun for w in _CHIP_WORDS) else "structure"


def _keywords(passage: Passage) -> list[str]:
    words = [w for w in passage.words if w not in STOPWORDS and len(w) >= 4 and not w.isdigit()]
    names = {part for key in passage.names for part in key.split()}
    return list(dict.fromkeys(w for w in words if w not in names))[:MAX_KEYWORDS]


def _entities(reader: Reader, passage: Passage) -> list[str]:
    keys = [*passage.people, *passage.orgs, *passage.places] or sorted(passage.about)
    return list(dict.fromkeys(reader.names.names[k].display for k in keys if k in reader.names.names))


def _base(deal: str, attribute: str, n: int) -> dict[str, Any]:
    return {
        "id": f"{deal}-{attribute}-{n}".replace("_", "-")[:80],
        "deal": deal,
        "attribute": attribute,
        "draft": True,
    }


def _figure_fact(
    reader: Reader, passage: Passage, number: Number, unit: Unit, deal: str, n: int
) -> dict[str, Any]:
    qualifier = qualifier_before(passage.text, number.start)
    period = None
    if unit is Unit.YEAR:
        match = next((m for m in DATE.finditer(passage.text) if str(int(number.value)) in m.group(0)), None)
        words = match.group(0).replace(str(int(number.value)), "").strip() if match else ""
        period = words or None
    figure = Figure(value=number.value, unit=unit, qualifier=qualifier, period=period)
    fact = _base(deal, _attribute(passage, unit, number), n)
    shown: dict[str, Any] = {"value": number.value, "unit": unit.value, "qualifier": qualifier.value}
    if period:
        shown["period"] = period
    fact["figure"] = shown
    fact["statement"] = {
        "de": passage.text,
        "en": f"{curated_figure_text(figure, 'en')} (German original: {passage.text})",
    }
    return _finish(reader, passage, fact)


def _worded_facts(reader: Reader, passage: Passage, deal: str, n: int) -> list[dict[str, Any]]:
    """People with their titles and places, which no figure carries."""
    out = []
    people = [reader.names.names[k] for k in passage.people if " " in k]
    if people:
        fact = _base(deal, "people", n)
        fact["statement"] = {"de": passage.text, "en": f"(German original) {passage.text}"}
        fact = _finish(reader, passage, fact)
        fact["entities"] = [people[0].display, *[e for e in fact["entities"] if e != people[0].display]]
        out.append(fact)
    elif passage.places and not passage.numbers:
        fact = _base(deal, "location", n)
        fact["statement"] = {"de": passage.text, "en": f"(German original) {passage.text}"}
        out.append(_finish(reader, passage, fact))
    return out


def _finish(reader: Reader, passage: Passage, fact: dict[str, Any]) -> dict[str, Any]:
    fact["citations"] = [{"document": passage.document, "quote": passage.text}]
    fact["entities"] = _entities(reader, passage)
    fact["keywords"] = {"de": _keywords(passage), "en": []}
    return fact
