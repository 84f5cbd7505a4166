"""The decide stage's output: what the answer to a question will be, before it is written.

Render turns each kind into an `Answer` (replies.py, publication.py, the reading path's `render`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from bot.engine.passages import Passage
from bot.engine.reading import Reading
from bot.knowledge.base import Document
from bot.knowledge.models import Fact


@dataclass(frozen=True)
class Greeting:
    """Nothing asked ("hallo", "danke"): a greeting naming the deals, and questions to start with."""

    suggestions: tuple[str, ...]


@dataclass(frozen=True)
class Decline:
    """The articles do not give what is asked: say so, with questions about what they do say."""

    suggestions: tuple[str, ...]


@dataclass(frozen=True)
class NotGiven:
    """A figure (or date) was asked, the best fact on the point gives none: say so, and what it says."""

    fact: Fact
    suggestions: tuple[str, ...]
    what: Literal["figure", "date", "now", "currency", "ceiling", "floor"] = "figure"


@dataclass(frozen=True)
class Published:
    """What the heads of the articles asked about say of them: their headlines, when they were published
    (their own date lines), who wrote them, how often they were read."""

    documents: tuple[Document, ...]
    what: Literal["date", "author", "views", "title"] = "date"


@dataclass(frozen=True)
class FromSentence:
    """No curated fact answers; a document sentence does (`inexact`: with a range or an approximate figure,
    where one exact figure was asked: "keine Spanne, eine Zahl bitte")."""

    reading: Reading
    inexact: bool = False


@dataclass(frozen=True)
class Mentioned:
    """ "Which article mentions Acme?": the articles naming what is asked, each by its first sentence that
    does (no curated fact says which article it is)."""

    passages: tuple[Passage, ...]


# How curated facts answer: the best one (with the facts disputing it and a close sibling), several
# asked side by side, a comparison of named deals, an overview of a named deal, or the facts a name few
# facts carry stands for.
Shape = Literal["best", "several", "compare", "overview", "named"]


@dataclass(frozen=True)
class FromFacts:
    """Curated facts answer; facts that dispute one another are shown as a conflict (every claim with its
    source), and a document sentence may say what they leave out (`supplement`)."""

    shape: Shape
    facts: tuple[Fact, ...]
    confidence: float
    missing: tuple[str, ...] = ()  # compared deals the articles say nothing of on this point
    supplement: Reading | None = None


Decision = Greeting | Decline | NotGiven | Published | FromSentence | Mentioned | FromFacts
