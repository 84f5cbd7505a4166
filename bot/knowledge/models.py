"""Pydantic models of the human-edited knowledge files (deals, facts, document metadata)."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

Identifier = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=80)]
NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Attribute(StrEnum):
    """What a fact is about; the engine maps question words to these."""

    INVESTMENT = "investment"
    CAPACITY = "capacity"
    TIMELINE = "timeline"
    HARDWARE = "hardware"
    LOCATION = "location"
    SITE_AREA = "site_area"
    JOBS = "jobs"
    MARKET_REACTION = "market_reaction"
    AGREEMENT = "agreement"
    PEOPLE = "people"
    PARTNERS = "partners"
    RATIONALE = "rationale"
    GPUS = "gpus"
    ROLE = "role"
    STRUCTURE = "structure"
    ENERGY = "energy"
    RISKS = "risks"
    PREVIOUS_DEALS = "previous_deals"


class Qualifier(StrEnum):
    EXACT = "exact"
    UP_TO = "up_to"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    ABOUT = "about"
    ALMOST = "almost"  # "knapp 60 Millionen", "fast 3.000": just under the figure


class Unit(StrEnum):
    USD = "USD"
    EUR = "EUR"
    GBP = "GBP"
    CHF = "CHF"
    JPY = "JPY"
    SEK = "SEK"
    DKK = "DKK"
    NOK = "NOK"
    PLN = "PLN"
    AUD = "AUD"
    CAD = "CAD"
    SGD = "SGD"
    INR = "INR"
    KRW = "KRW"
    CNY = "CNY"
    BRL = "BRL"
    CZK = "CZK"
    HUF = "HUF"
    RON = "RON"
    TWD = "TWD"
    HKD = "HKD"
    NZD = "NZD"
    AED = "AED"
    SAR = "SAR"
    QAR = "QAR"
    GW = "GW"
    MW = "MW"
    GPU = "GPU"
    PERCENT = "percent"
    JOBS = "jobs"
    ACRES = "acres"
    YEAR = "year"
    YEARS = "years"
    COUNT = "count"


# The money units: every ISO 4217 code among the units (three capitals; "GW", "GPU" are none).
CURRENCIES = frozenset(u.value for u in Unit if len(u.value) == 3 and u.value.isupper() and u is not Unit.GPU)


class Localized(Strict):
    de: NonEmpty
    en: NonEmpty


class LocalizedList(Strict):
    de: list[NonEmpty] = Field(default_factory=list)
    en: list[NonEmpty] = Field(default_factory=list)


class Deal(Strict):
    id: Identifier
    name: Localized
    parties: list[NonEmpty] = Field(min_length=1)
    aliases: list[NonEmpty] = Field(default_factory=list, description="names, tickers, misspellings")
    party_aliases: dict[NonEmpty, list[NonEmpty]] = Field(
        default_factory=dict,
        description="names of one party (its ticker, short form): they name that company, and the deal",
    )
    summary: Localized | None = None

    @property
    def every_alias(self) -> list[str]:
        """The deal's aliases and its parties' own."""
        return [*self.aliases, *(a for aliases in self.party_aliases.values() for a in aliases)]

    @model_validator(mode="after")
    def _aliases_of_parties(self) -> Deal:
        unknown = sorted(set(self.party_aliases) - set(self.parties))
        if unknown:
            raise ValueError(f"party_aliases names {', '.join(unknown)}, which is not among the parties")
        return self


# The plausible values per unit, in base units: a figure outside is a typo (an extra zero, a wrong
# unit), not a fact. A unit without its own range (a new currency) gets the default one.
FIGURE_RANGES: dict[str, tuple[float, float]] = {
    "USD": (0, 1e15),
    "CNY": (0, 1e16),
    "GW": (0, 1e4),
    "GPU": (0, 1e9),
    "percent": (-100, 1e4),
    "jobs": (0, 1e9),
    "acres": (0, 1e9),
    "year": (1900, 2200),
    "years": (0, 1000),
    "count": (0, 1e15),
}
DEFAULT_FIGURE_RANGE = (-1e16, 1e16)


class Figure(Strict):
    """A number as the article gives it, in base units (100 Milliarden US-Dollar -> 100e9 USD)."""

    value: Annotated[float, Field(allow_inf_nan=False)]
    unit: Unit
    qualifier: Qualifier = Qualifier.EXACT
    period: NonEmpty | None = Field(default=None, description="e.g. '2. Halbjahr' for a timeline figure")

    @model_validator(mode="after")
    def _plausible(self) -> Figure:
        low, high = FIGURE_RANGES.get(self.unit.value, DEFAULT_FIGURE_RANGE)
        if not low <= self.value <= high:
            raise ValueError(
                f"value {self.value:g} is outside the range for {self.unit.value} ({low:g} to {high:g})"
            )
        return self


class Citation(Strict):
    document: NonEmpty
    quote: NonEmpty

    @field_validator("quote")
    @classmethod
    def _long_enough(cls, quote: str) -> str:
        if len(quote) < 15:
            raise ValueError("a quote needs at least 15 characters to be checkable")
        return quote


class Fact(Strict):
    id: Identifier
    deal: Identifier
    attribute: Attribute
    figure: Figure | None = None
    statement: Localized
    citations: list[Citation] = Field(min_length=1)
    entities: list[NonEmpty] = Field(
        default_factory=list, description="people, companies, places, products this fact names"
    )
    keywords: LocalizedList = Field(
        default_factory=LocalizedList, description="extra question words that point at this fact"
    )
    conflict: Identifier | None = Field(
        default=None, description="facts sharing this key contradict each other; all are shown"
    )
    headline: bool = Field(default=False, description="shown in /deals as one of the deal's key figures")
    draft: bool = Field(
        default=False,
        description="written by `draft` and not yet reviewed: the article's sentences answer until a "
        "curator removes this flag",
    )


class DocumentMeta(Strict):
    title: NonEmpty | None = None
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")] | None = None
    published: NonEmpty | None = Field(default=None, description="ISO date as the text gives it")
    source: NonEmpty | None = None


class DealsFile(Strict):
    deals: list[Deal]


class FactsFile(Strict):
    deals: list[Deal] = Field(
        default_factory=list, description="deals of these facts that deals.yaml does not list (drafts)"
    )
    facts: list[Fact]


class DocumentsFile(Strict):
    documents: dict[str, DocumentMeta]


_WS = re.compile(r"\s+")


def normalize_space(text: str) -> str:
    """Quote checks compare text with runs of whitespace folded to one space."""
    return _WS.sub(" ", text).strip()
