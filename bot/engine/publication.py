"""What is an article's headline, when was it published, who wrote it, how often was it read? Answered
from the articles' heads, quoting the line that says it."""

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


# What an answer says per article, found and not: (German, English), filled with the article's label and
# the value the head gives.
_SAYS = {
    "date": (
        ("Artikel {label} ist am {value} erschienen.", "Article {label} was published on {value}."),
        ("Artikel {label} nennt kein Erscheinungsdatum.", "Article {label} gives no publication date."),
    ),
    "author": (
        ("Artikel {label} ist von {value}.", "Article {label} is by {value}."),
        ("Artikel {label} nennt keinen Autor.", "Article {label} names no author."),
    ),
    "views": (
        ("Artikel {label} hat {value} Aufrufe.", "Article {label} has {value} views."),
        ("Artikel {label} nennt keine Aufrufe.", "Article {label} gives no view count."),
    ),
    "title": (
        (
            "Die Überschrift von Artikel {label} lautet: „{value}“",
            'The headline of article {label} is: "{value}"',
        ),
        ("Artikel {label} hat keine Überschrift.", "Article {label} has no headline."),
    ),
}
MAX_NAMED_SILENT = (
    3  # articles asked about that say nothing of it are named; of more, the answer says so once
)


def publication(parsed: Query, documents: Sequence[Document], what: str = "date") -> Answer:
    """When the articles asked about were published, who wrote them or how often they were read, each
    quoting the line of its head that says it."""
    language = "de" if parsed.language == "de" else "en"
    found, silent = _SAYS[what]
    lines: list[str] = []
    citations: list[CitationOut] = []
    for document in documents:
        label = (
            document.id[:3]
            if what == "title"  # (the headline is the answer, not its label)
            else f"{document.id[:3]} „{document.title}“"
            if language == "de"
            else f'{document.id[:3]} "{document.title}"'
        )
        given = _given(document, what, language)
        if given is None:
            if len(documents) <= MAX_NAMED_SILENT:
                lines.append(silent[language == "en"].format(label=label))
            continue
        value, quote = given
        lines.append(found[language == "en"].format(label=label, value=value))
        citations.append(CitationOut(document=document.id, title=document.title, quote=quote))
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


def _given(document: Document, what: str, language: str) -> tuple[str, str] | None:
    """What the article's head gives, written for the reader, and the words of the head to quote."""
    if what == "title":
        title = " ".join(document.title.split())
        text = " ".join(document.text.split())
        # the headline as its text says it; a title only the knowledge gives is quoted by the article's start
        opening = text[: text.find(". ") + 1] if ". " in text else text
        return (title, title if title in text else opening) if title else None
    if what == "date":
        try:
            when = date.fromisoformat(document.published) if document.published else None
        except ValueError:
            when = None
        quote = _date_quote(document, when) if when else None
        return (format_date(when, format="long", locale=language), quote) if when and quote else None
    line = masthead.author(document.text) if what == "author" else masthead.views(document.text)
    return (line.value, line.quote) if line else None
