"""A figure claimed of the wrong company ("Hat Globex 100 Mrd in Acme investiert?", "did Globex commit
100bn to Acme?"): the articles give the figure, but of another. Such a claim finds nothing of the company
it names; asked instead who does what it says with that figure ("wer … 100 Mrd in … investiert"), the
sentence giving the figure tells whose it is, and the answer says that the named company is not the one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.engine.asked import checks_claim, figure_kind, finite_verb
from bot.engine.names import ORG
from bot.engine.reading import Reader
from bot.engine.text import normalize
from bot.knowledge.numbers import Number, find_numbers

_TOKEN = re.compile(r"[^\s?!.,;:]+(?:[.,]\d+)*")
_QUESTIONS = re.compile(r"(?<=[?!])\s+")
# Words that open a claim to be checked, or tag one at its end: gone from the question asked in its place
_OPENERS = frozenset(
    "stimmt es dass is it true that did does do is are was were will has hat haben ist sind war wird".split()
)
_TAGS = frozenset(
    "oder right richtig korrekt correct stimmt stimmts gell ne nicht wahr yes ja no nein true isn't".split()
)
_WHO = {"de": "wer", "en": "who"}


@dataclass(frozen=True)
class Claim:
    """A claim asked again as a question of who does it: the question, the companies the claim named, and
    the figure it states."""

    question: str
    named: tuple[str, ...]
    figure: Number


def claimed_doer(question: str, reader: Reader, language: str) -> Claim | None:
    """ "Hat Globex 100 Mrd in Acme investiert?": "wer hat 100 Mrd in investiert?", with Globex and Acme
    named; None where the question checks no claim, states no one figure of money, power or share, or
    names no company."""
    said = normalize(question).split()
    figures = [n for n in find_numbers(question, language) if figure_kind(n) is not None]
    # ("Investiert Globex 500 Mrd …?": a German question opening on its verb asks yes or no)
    verb_first = bool(said) and finite_verb(said[0]) and "?" in question
    if len(figures) != 1 or not (checks_claim(said) or verb_first or (said and said[-1] in _TAGS)):
        return None
    # (the question the figure stands in: "did Globex commit 100bn to Acme? saw it on twitter")
    claim = next((part for part in _QUESTIONS.split(question) if figures[0].raw in part), question)
    tokens = [t.group() for t in _TOKEN.finditer(claim)]
    named: list[str] = []
    kept: list[str] = []
    for token in tokens:
        keys = reader.names_in(normalize(token).split())[0] if normalize(token) else []
        # (a company, no project: "Wird Acme One auf 10 GW wachsen?" claims no doer)
        if keys and reader.names.kind(keys[0]) == ORG and keys[0] not in reader.names.projects:
            named.append(reader.names.names[keys[0]].display if keys[0] in reader.names.names else token)
            continue
        kept.append(token)
    if not named:
        return None
    while kept and normalize(kept[0]) in _OPENERS:
        kept = kept[1:]  # "stimmt es, dass …", "did …"
    while kept and normalize(kept[-1]) in _TAGS:
        kept = kept[:-1]  # "…, oder", "…, right"
    if not kept:
        return None
    asked = f"{_WHO.get(language, 'who')} {' '.join(kept)}?"
    return Claim(question=asked, named=tuple(dict.fromkeys(named)), figure=figures[0])
