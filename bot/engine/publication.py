"""When was an article published, who wrote it, how often was it read? Answered from the articles' heads,
quoting the line that says it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from babel.dates import format_date

from bot.answer import Answer, CitationOut
from bot.engine.query import Query
from bot.knowledge import masthead
from bot.knowledge.base import Document


def _date_quote(document: Document, published: date) -> str | None:
    """The date as the text writes it (2025/07/24, 24.07.2025 …), with a short label line before it
    ("Veröffentlicht am"): verbatim, so it can be cited."""
    y, m, d = published.year, published.month, published.day
    forms = [
        rf"{y}\s*[-/.]\s*0?{m}\s*[-/.]\s*0?{d}\b",
        rf"\b0?{d}\s*\.\s*0?{m}\s*\.\s*{y}",
    ]
    for form in forms:
        found = re.search(form, document.text)
        if found is None:
            continue
        start = found.start()
        before = document.text[:start].rstrip("\n ")
        label_start = before.rfind("\n") + 1
        label = before[label_start:]
        if 0 < len(label.strip()) <= 40 and not re.search(r"\d", label):
            start = label_start  # "Veröffentlicht am\n2025/07/24"
        return " ".join(document.text[start : found.end()].split())  # verbatim, up to whitespace
    return None


def publication(parsed: Query, documents: Sequence[Document], what: str = "date") -> Answer:
    language = "de" if parsed.language == "de" else "en"
    if what != "date":
        return _head(parsed, documents, what)
    lines: list[str] = []
    citations: list[CitationOut] = []
    for document in documents:
        label = _label(document, language)
        when = None
        if document.published:
            try:
                when = date.fromisoformat(document.published)
            except ValueError:
                when = None
        quote = _date_quote(document, when) if when else None
        if when is None or quote is None:
            lines.append(
                f"Artikel {label} nennt kein Erscheinungsdatum."
                if language == "de"
                else f"Article {label} gives no publication date."
            )
            continue
        day = format_date(when, format="long", locale=language)
        lines.append(
            f"Artikel {label} ist am {day} erschienen."
            if language == "de"
            else f"Article {label} was published on {day}."
        )
        citations.append(CitationOut(document=document.id, title=document.title, quote=quote))
    return Answer(
        question=parsed.text,
        answered=bool(citations),
        answer="\n".join(lines),
        language=language,
        confidence=0.9 if citations else 0.0,
        citations=citations,
        is_question=True,
    )


MAX_NAMED_SILENT = (
    3  # articles asked about that say nothing of it are named; of more, the answer says so once
)


def _label(document: Document, language: str) -> str:
    return (
        f"{document.id[:3]} „{document.title}“"
        if language == "de"
        else f'{document.id[:3]} "{document.title}"'
    )


def _head(parsed: Query, documents: Sequence[Document], what: str) -> Answer:
    """Who wrote the articles asked about, or how often they were read, as their heads say."""
    language = "de" if parsed.language == "de" else "en"
    lines: list[str] = []
    citations: list[CitationOut] = []
    for document in documents:
        label = _label(document, language)
        line = masthead.author(document.text) if what == "author" else masthead.views(document.text)
        if line is None:
            if len(documents) <= MAX_NAMED_SILENT:
                lines.append(
                    (
                        f"Artikel {label} nennt keinen Autor."
                        if what == "author"
                        else f"Artikel {label} nennt keine Aufrufe."
                    )
                    if language == "de"
                    else (
                        f"Article {label} names no author."
                        if what == "author"
                        else f"Article {label} gives no view count."
                    )
                )
            continue
        if what == "author":
            lines.append(
                f"Artikel {label} ist von {line.value}."
                if language == "de"
                else f"Article {label} is by {line.value}."
            )
        else:
            lines.append(
                f"Artikel {label} hat {line.value} Aufrufe."
                if language == "de"
                else f"Article {label} has {line.value} views."
            )
        citations.append(CitationOut(document=document.id, title=document.title, quote=line.quote))
    if not lines:
        lines.append("Die Artikel nennen das nicht." if language == "de" else "The articles do not say.")
    return Answer(
        question=parsed.text,
        answered=bool(citations),
        answer="\n".join(lines),
        language=language,
        confidence=0.9 if citations else 0.0,
        citations=citations,
        is_question=True,
    )
