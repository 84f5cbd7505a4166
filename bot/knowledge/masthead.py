"""What an article's head says of the article itself: who wrote it ("By admin", "Von Jane Roe") and how
often it was read ("Aufrufe 57"), each with the head's own words to quote. Only the first lines count: a
"Von" in the body opens a sentence, not a byline."""

from __future__ import annotations

import re
from dataclasses import dataclass

HEAD_LINES = 12  # a byline or a view count stands before the body
HEAD_CHARS = 2000  # ... within the article's first characters
MIN_QUOTE = (
    15  # a quote this long at least: the lines before it are quoted with it ("Foto des Autors By admin")
)
_BYLINE = re.compile(r"^(?:by|von|autor(?:in)?:?|author:?|written by|geschrieben von)\s+(.{2,40})$", re.I)
_VIEWS_WORD = re.compile(r"\b(?:aufrufe|views|klicks|clicks|gelesen|reads)\b", re.I)
_COUNT = re.compile(r"^\D*?(\d[\d.,]*)\D*$")
MAX_BYLINE_WORDS = 4


@dataclass(frozen=True)
class HeadLine:
    value: str  # the author's name, or the count as written
    quote: str  # verbatim (up to whitespace): the line, with the lines before it where it is short


def _lines(text: str) -> list[str]:
    head = text[:HEAD_CHARS]  # the head only: an article of 100,000 characters is not split whole
    return [line.strip() for line in head.splitlines() if line.strip()][:HEAD_LINES]


def _quoted(lines: list[str], last: int) -> str:
    first = last
    while first > 0 and len(" ".join(lines[first : last + 1])) < MIN_QUOTE:
        first -= 1
    return " ".join(" ".join(lines[first : last + 1]).split())


def author(text: str) -> HeadLine | None:
    """The byline in an article's head, or None."""
    lines = _lines(text)
    for i, line in enumerate(lines):
        found = _BYLINE.match(line)
        if found and len(found.group(1).split()) <= MAX_BYLINE_WORDS and found.group(1)[-1] not in ".:!?":
            return HeadLine(found.group(1).strip(), _quoted(lines, i))
    return None


def views(text: str) -> HeadLine | None:
    """The view count in an article's head ("| Aufrufe\\n57", "Views: 1.204"), or None."""
    lines = _lines(text)
    for i, line in enumerate(lines):
        if not _VIEWS_WORD.search(line):
            continue
        for j in (i, i + 1):
            count = _COUNT.match(lines[j]) if j < len(lines) else None
            if count and len(lines[j]) <= MIN_QUOTE * 2:
                return HeadLine(count.group(1).strip(".,"), _quoted(lines, j))
    return None
