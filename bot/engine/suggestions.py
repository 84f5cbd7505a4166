"""Suggested questions: real questions in the reader's language, each one the engine answers.

A suggestion is written for one point of one deal (a *family*: deal id and attribute) from the loaded
knowledge only — the deal's name or parties, the person a fact names — in a natural question per language
("Wie viel Geld fließt bei der X–Y-Partnerschaft?"). Before it is ever offered it is asked: only a
question the engine answers, in that language, with a fact of that very family, is kept. Each family is
verified once per knowledge base (the engine is rebuilt on reload), lazily, so a reload stays fast and a
question pays at most a few verifications the first time its suggestions are needed.

Which suggestions: those of the facts the engine weighed for the question (its subject and what it
asked), then — for a question no fact came near — the deals it names, the kind of thing it asked
("how much", "who") across deals, and the deals' headline points, varied by the question so that two
off-topic questions do not get the same three.
"""

from __future__ import annotations

import re
import threading
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from bot.engine.text import normalize
from bot.knowledge.base import KnowledgeBase
from bot.knowledge.models import Deal, Fact

MAX_SUGGESTIONS = 3
"""Three choices are read at a glance; more is a menu."""
MAX_LENGTH = 80
"""A suggestion is short enough to read in one look (and to be a button's whole label in Discord)."""
MIN_RELATED = 0.1
"""A fact the engine scored below this had nothing to do with the question: no suggestion from it."""
MAX_TRIES = 12
"""Families looked at per question at most: with 2,000 deals, suggesting never walks them all."""
ROTATION_POOL = 24
"""Deals whose headline (or asked point) a starter suggestion may show, varied by the question: the
first of a large base, whose verified questions are kept, not a new one to verify for every question."""
MAX_VERIFY_ASKS = 4
"""Questions asked to verify suggestions while answering one question, at most (~1 ms each, 2 ms at
50,000 facts): the first question to need a point's suggestion pays for it once, never for a whole large
base; a point left unverified is skipped this time and verified by a later question. (8 asks made the
50,000-fact worst case 17 ms at p99; on the shipped knowledge 4 change 2 of 1,932 answers' suggestions.)"""
STRONG_ASK = 0.5
"""An attribute asked with at least this weight is what the question is about ("wie viel" → money)."""

Family = tuple[str, str]
"""(deal id, attribute): one point of one deal; a suggestion asks about one family."""


@dataclass(frozen=True)
class Asked:
    """What the suggestions are chosen for: the question, its language, its deals and what it asked."""

    text: str
    language: str
    deals: frozenset[str] = frozenset()
    intents: Mapping[str, float] | None = None

    @classmethod
    def of(cls, parsed: Understood) -> Asked:
        return cls(parsed.text, parsed.language, frozenset(parsed.named_deals), dict(parsed.intents))


class Understood(Protocol):
    """What the engine understood of a question (its `Query`), as far as suggestions need it."""

    @property
    def text(self) -> str: ...

    @property
    def language(self) -> str: ...

    @property
    def intents(self) -> Mapping[str, float]: ...

    @property
    def named_deals(self) -> set[str]: ...


# Per attribute, questions in the reader's words; {x} is the deal (German: ready after a dative
# preposition, "der X-Partnerschaft"; English: "the X partnership"), {who} the person a fact names.
# The first that the engine answers with a fact of the family is the family's suggestion.
_TEMPLATES: dict[str, dict[str, tuple[str, ...]]] = {
    "investment": {
        "de": ("Wie viel Geld fließt bei {x}?", "Wie viel wird bei {x} investiert?"),
        "en": ("How much money is involved in {x}?", "How much is invested in {x}?"),
    },
    "capacity": {
        "de": ("Wie viel Rechenkapazität ist bei {x} geplant?", "Wie viele Gigawatt sind bei {x} geplant?"),
        "en": ("How much computing capacity is planned in {x}?", "How many gigawatts does {x} cover?"),
    },
    "timeline": {
        "de": ("Wann geht es bei {x} los?", "Wie sieht der Zeitplan bei {x} aus?", "Wann startet {x_nom}?"),
        "en": ("When does {x} start?", "What is the timeline of {x}?"),
    },
    "hardware": {
        "de": ("Welche Hardware wird bei {x} eingesetzt?", "Welche Chips kommen bei {x} zum Einsatz?"),
        "en": ("Which hardware does {x} use?", "Which chips are used in {x}?"),
    },
    "location": {
        "de": ("Wo entstehen die Rechenzentren bei {x}?", "Wo wird bei {x} gebaut?"),
        "en": ("Where are the data centers of {x} built?", "Where is {x} located?"),
    },
    "site_area": {
        "de": ("Wie groß ist das Gelände bei {x}?",),
        "en": ("How large is the site of {x}?", "What area does the site of {x} cover?"),
    },
    "jobs": {
        "de": ("Wie viele Arbeitsplätze entstehen bei {x}?",),
        "en": ("How many jobs does {x} create?",),
    },
    "market_reaction": {
        "de": ("Wie hat die Börse auf {x_acc} reagiert?", "Wie reagierte die Aktie bei {x}?"),
        "en": ("How did the stock market react to {x}?", "How did the shares move on {x}?"),
    },
    "agreement": {
        "de": ("Was wurde bei {x} vereinbart?", "Welche Art von Vereinbarung gibt es bei {x}?"),
        "en": ("What was agreed in {x}?", "What kind of agreement is {x}?"),
    },
    "people": {
        "de": ("Wer ist {who}?", "Wer steht hinter {x}?", "Wer ist an {x} beteiligt?"),
        "en": ("Who is {who}?", "Who is behind {x}?", "Who is involved in {x}?"),
    },
    "partners": {
        "de": ("Welche Partner sind an {x} beteiligt?", "Welche Partner gibt es bei {x}?"),
        "en": ("Which partners are involved in {x}?", "Who are the partners in {x}?"),
    },
    "role": {
        "de": ("Welche Rolle spielt {who} bei {x}?", "Wer übernimmt welche Rolle bei {x}?"),
        "en": ("What role does {who} play in {x}?", "Who plays which role in {x}?"),
    },
    "rationale": {
        "de": ("Welches Ziel wird mit {x} verfolgt?", "Warum gibt es {x_acc}?"),
        "en": ("What is the goal of {x}?", "Why was {x} agreed?"),
    },
    "gpus": {
        "de": ("Wie viele GPUs sind bei {x} geplant?",),
        "en": ("How many GPUs are planned in {x}?",),
    },
    "structure": {
        "de": ("Wie ist die Struktur bei {x}?", "Wie ist {x_nom} organisiert?"),
        "en": ("How is {x} structured?", "How is {x} organised?"),
    },
    "energy": {
        "de": ("Wie viel Energie wird bei {x} benötigt?", "Wie viel Strom braucht {x_nom}?"),
        "en": ("How much energy does {x} need?", "How much power does {x} need?"),
    },
    "risks": {
        "de": ("Welche Risiken gibt es bei {x}?",),
        "en": ("What are the risks of {x}?",),
    },
    "previous_deals": {
        "de": ("Welche Deals gingen {x} voraus?",),
        "en": ("Which deals came before {x}?",),
    },
}

# German: the article before a deal's name follows the gender of its last word; these endings make it
# feminine ("die Partnerschaft", "die Vereinbarung", "die Kooperation"), otherwise masculine or neuter.
_FEMININE_ENDINGS = ("schaft", "ung", "ion", "heit", "keit", "tät", "enz", "anz", "ik", "ei", "e")
_ARTICLES = {  # case → (feminine, masculine/neuter); the nominative's neuter is told apart below
    "dat": ("der", "dem"),
    "acc": ("die", "den"),
    "nom": ("die", "der"),
}
_DEAL_ARTICLES = {"dat": "dem", "acc": "den", "nom": "der"}  # "der Deal"
_NEUTER_ENDINGS = ("projekt", "abkommen", "vorhaben", "bündnis", "geschäft", "programm")
_CONTRACTIONS = (("bei dem ", "beim "), ("an dem ", "am "), ("in dem ", "im "), ("von dem ", "vom "))


def _possessive(name: str, parties: Iterable[str]) -> bool:
    """ "Zetas Plan", "Zeta's plan": a genitive before the name takes the article's place."""
    first = name.split()[0] if name.split() else ""
    if first.endswith(("'s", "’s")):
        return True
    return first.endswith("s") and first[:-1] in set(parties)


def _german(name: str, case: str, parties: Sequence[str]) -> str:
    if _possessive(name, parties):
        return name
    head = re.split(r"[\s\-–]", name.strip())[-1].lower()
    feminine, other = _ARTICLES[case]
    if head.endswith(_FEMININE_ENDINGS):
        return f"{feminine} {name}"
    if case != "dat" and head.endswith(_NEUTER_ENDINGS):  # "das Projekt", not "der"/"den"
        return f"das {name}"
    return f"{other} {name}"


def _joined(names: Sequence[str], language: str) -> str:
    word = " und " if language == "de" else " and "
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + word + names[-1]


def _deal_forms(deal: Deal, language: str) -> list[dict[str, str]]:
    """Ways to name the deal in a question: by its name, then by its parties ("the deal between …")."""
    parties = list(deal.parties)
    if language == "de":
        name = deal.name.de
        forms = [{case: _german(name, case, parties) for case in ("dat", "acc", "nom")}]
        if len(parties) >= 2:
            by = _joined(parties, "de")
            forms.append({case: f"{article} Deal von {by}" for case, article in _DEAL_ARTICLES.items()})
    else:
        name = deal.name.en
        the = name if _possessive(name, parties) else f"the {name}"
        forms = [{"dat": the, "acc": the, "nom": the}]
        if len(parties) >= 2:
            between = f"the deal between {_joined(parties, 'en')}"
            forms.append({"dat": between, "acc": between, "nom": between})
    return forms


def _sentence(template: str, form: Mapping[str, str], who: str | None) -> str | None:
    if "{who}" in template and not who:
        return None
    text = template.format(x=form["dat"], x_acc=form["acc"], x_nom=form["nom"], who=who or "")
    for long, short in _CONTRACTIONS:
        text = text.replace(long, short)
    return text[0].upper() + text[1:]


def _person(fact: Fact) -> str | None:
    """The person a people or role fact is about (its first entity, when that is not a party)."""
    return fact.entities[0] if fact.entities else None


class Checked(Protocol):
    """What verifying a suggestion reads of the engine's answer to it (an `Answer` has it)."""

    @property
    def answered(self) -> bool: ...

    @property
    def language(self) -> str: ...

    @property
    def facts(self) -> list[str]: ...


class Suggester:
    """The verified suggestions of one knowledge base, built as they are first needed."""

    def __init__(self, kb: KnowledgeBase, ask: Callable[[str], Checked]) -> None:
        self.kb = kb
        self._ask = ask
        self._facts: dict[Family, list[Fact]] = defaultdict(list)
        self._by_attribute: dict[str, list[Family]] = defaultdict(list)
        self._headline: dict[str, Family] = {}
        """Each deal's first headline point (its first point when none is marked)."""
        for fact in kb.facts.values():
            family = (fact.deal, fact.attribute.value)
            if family not in self._facts:
                self._by_attribute[family[1]].append(family)
            self._facts[family].append(fact)
            if fact.deal not in self._headline or (fact.headline and not self._marked(fact.deal)):
                self._headline[fact.deal] = family
        self._order = {deal: i for i, deal in enumerate(kb.deals)}
        self._headlines = [self._headline[d] for d in kb.deals if d in self._headline]
        """Each deal's headline point in the knowledge's order, listed once, not per question."""
        self._verified: dict[tuple[Family, str], str | None] = {}
        self._local = threading.local()  # set while verifying: the engine's nested asks suggest nothing

    def _marked(self, deal: str) -> bool:
        return any(f.headline for f in self._facts.get(self._headline[deal], []))

    # ------------------------------------------------------------------ verification
    def _candidates(self, family: Family, language: str) -> Iterator[str]:
        deal = self.kb.deals.get(family[0])
        templates = _TEMPLATES.get(family[1], {}).get(language, ())
        if deal is None:
            return
        people = list(dict.fromkeys(p for f in self._facts[family] if (p := _person(f)) is not None))
        parties = {normalize(p) for p in deal.parties}
        people = [p for p in people if normalize(p) not in parties]
        for form in _deal_forms(deal, language):
            for template in templates:
                for who in people[:2] if "{who}" in template else [None]:
                    text = _sentence(template, form, who)
                    if text is not None and len(text) <= MAX_LENGTH:
                        yield text

    def suggestion(self, family: Family, language: str, budget: list[int] | None = None) -> str | None:
        """The family's question in `language` that the engine answers with the family's own facts.

        `budget`: the asks left for this question (one-item list, spent here); when it runs out before
        the family is decided, None, and nothing is remembered.
        """
        key = (family, language)
        if key in self._verified:
            return self._verified[key]
        own = {f.id for f in self._facts.get(family, [])}
        found = None
        self._local.busy = True
        try:
            for text in self._candidates(family, language):
                if budget is not None:
                    if budget[0] <= 0:
                        return None
                    budget[0] -= 1
                answer = self._ask(text)
                if answer.answered and answer.language == language and own & set(answer.facts):
                    found = text
                    break
        finally:
            self._local.busy = False
        self._verified[key] = found
        return found

    @property
    def verifying(self) -> bool:
        return bool(getattr(self._local, "busy", False))

    # ------------------------------------------------------------------ choosing
    def related(self, parsed: Understood, ranked: Iterable[tuple[Fact, float]]) -> list[str]:
        """Suggestions from the facts the engine weighed for the question (with their scores, best
        first); topped up with `starters` when they give fewer than three."""
        if self.verifying:
            return []
        asked = Asked.of(parsed)
        families = ((fact.deal, fact.attribute.value) for fact, score in ranked if score >= MIN_RELATED)
        budget = [MAX_VERIFY_ASKS]
        out = self._pick(families, asked, [], budget)
        if len(out) < MAX_SUGGESTIONS:
            out = self._pick(self._starter_families(asked), asked, out, budget)
        return out

    def starters(self, parsed: Understood) -> list[str]:
        """For a question no fact came near: its deals, what it asked across deals, headline points."""
        if self.verifying:
            return []
        asked = Asked.of(parsed)
        return self._pick(self._starter_families(asked), asked, [], [MAX_VERIFY_ASKS])

    def _pick(self, families: Iterable[Family], asked: Asked, out: list[str], budget: list[int]) -> list[str]:
        out = list(out)
        question = normalize(asked.text)
        seen: set[Family] = set()
        tries = 0
        for family in families:
            if len(out) >= MAX_SUGGESTIONS or tries >= MAX_TRIES:
                break
            if family in seen:
                continue
            seen.add(family)
            tries += 1
            text = self.suggestion(family, asked.language, budget)
            if text is not None and text not in out and normalize(text) != question:
                out.append(text)
        return out

    def _starter_families(self, asked: Asked) -> Iterator[Family]:
        intents = dict(asked.intents or {})
        strong = sorted((a for a, w in intents.items() if w >= STRONG_ASK), key=lambda a: (-intents[a], a))
        deals = sorted((d for d in asked.deals if d in self._order), key=self._order.__getitem__)
        for deal in deals:  # the deals it names: what it asked first, their headline, then the rest
            own = [(deal, a) for a in _TEMPLATES if (deal, a) in self._facts]
            yield from sorted(own, key=lambda f: (-intents.get(f[1], 0.0), f != self._headline.get(deal)))
        seed = zlib.crc32(normalize(asked.text).encode())
        for attribute in strong:  # what it asked, across deals (varied by the question)
            yield from _rotated(self._by_attribute.get(attribute, []), seed)
        yield from _rotated(self._headlines, seed)  # one point per deal, a different deal each


def _rotated(items: Sequence[Family], seed: int) -> Iterator[Family]:
    """`items` (the first ROTATION_POOL) from a place the question picks, round to the start (at most
    MAX_TRIES of them)."""
    items = items[:ROTATION_POOL]
    if not items:
        return
    start = seed % len(items)
    for i in range(min(len(items), MAX_TRIES)):
        yield items[(start + i) % len(items)]
