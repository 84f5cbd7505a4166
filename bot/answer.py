"""The one answer model: it feeds the Discord embed, the console text and the JSON of `ask --json`."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Language = Literal["de", "en"]


class FigureOut(BaseModel):
    value: float
    unit: str
    text: str = Field(description="the figure written for the answer's locale, with its qualifier")


class CitationOut(BaseModel):
    document: str = Field(description="document id = file stem")
    title: str
    quote: str = Field(description="verbatim from the document")


class Context(BaseModel):
    """What an answer was about, for the next question of the same conversation ("und wann?")."""

    model_config = ConfigDict(extra="forbid")

    names: list[str] = Field(default_factory=list, description="the companies and people asked about")
    topic: list[str] = Field(default_factory=list, description="the words saying what was asked")
    deals: list[str] = Field(default_factory=list, description="ids of the deals the answer was about")


class Answer(BaseModel):
    question: str
    answered: bool = Field(description="true only when the articles give what was asked")
    answer: str
    language: Language
    confidence: float = Field(ge=0.0, le=1.0)
    figures: list[FigureOut] = Field(default_factory=list)
    citations: list[CitationOut] = Field(default_factory=list)
    suggestions: list[str] = Field(default_factory=list)
    conflict: bool = Field(default=False, description="sources disagree; every claim is shown")
    deals: list[str] = Field(default_factory=list, description="ids of the deals the answer is about")
    facts: list[str] = Field(default_factory=list, description="ids of the curated facts used")
    is_question: bool = Field(
        default=True, description="false for greetings, thanks and other messages that ask nothing"
    )
    context: Context | None = Field(
        default=None, description="the subject of this answer, to pass with a follow-up question"
    )

    def to_text(self) -> str:
        """Console rendering: the answer, then its sources, then suggestions."""
        lines = [self.answer]
        for c in self.citations:
            lines.append(f'  [{c.document}] {c.title}: "{c.quote}"')
        if self.suggestions:
            head = "Meinten Sie:" if self.language == "de" else "Did you mean:"
            lines.append(head)
            lines.extend(f"  - {s}" for s in self.suggestions)
        return "\n".join(lines)
