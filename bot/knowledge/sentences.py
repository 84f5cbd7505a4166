"""Split a document into sentences and keep the figure-bearing ones as snippets."""

from __future__ import annotations

import re

from bot.knowledge.base import Snippet
from bot.knowledge.numbers import find_numbers

_ABBREVIATIONS = (
    "Mio.",
    "Mrd.",
    "Bio.",
    "z.B.",
    "z. B.",
    "Dr.",
    "Nr.",
    "ca.",
    "bzw.",
    "u.a.",
    "etc.",
    "Inc.",
    "Corp.",
)
_END = re.compile(r"(?<=[.!?])[\"“”»]?\s+(?=[\"„“»]?[A-ZÄÖÜ0-9])")
_BULLET = re.compile(r"^\s*[•\-*·]\s*")


_WRAP_MIN = 60  # a line this long that ends mid-sentence was wrapped, not a heading


def _unwrapped(text: str) -> list[str]:
    """Lines with hard-wrapped paragraphs joined: a long line ending mid-sentence continues below."""
    out: list[str] = []
    for line in text.splitlines():
        previous = out[-1].rstrip() if out else ""
        joins = (
            len(previous) >= _WRAP_MIN
            and previous[-1:] not in '.!?:;"“”»'
            and line.strip()
            and not _BULLET.match(line)
        )
        if joins:
            out[-1] = f"{previous} {line.strip()}"
        else:
            out.append(line)
    return out


def split_sentences(text: str) -> list[str]:
    """Sentences in document order; bullet lines and headings count as sentences of their own."""
    sentences: list[str] = []
    for line in _unwrapped(text):
        line = _BULLET.sub("", line).strip()
        if not line:
            continue
        start = 0
        for match in _END.finditer(line):
            head = line[start : match.start()]
            if head.endswith(_ABBREVIATIONS):
                continue
            sentences.append(head.strip())
            start = match.end()
        tail = line[start:].strip()
        if tail:
            sentences.append(tail)
    return [s for s in sentences if s]


def figure_snippets(document_id: str, text: str, language: str) -> list[Snippet]:
    snippets = []
    for position, sentence in enumerate(split_sentences(text)):
        numbers = tuple(find_numbers(sentence, language))
        if numbers and len(sentence) >= 15:
            snippets.append(Snippet(document_id, position, sentence, numbers))
    return snippets
