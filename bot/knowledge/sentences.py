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


def split_sentences(text: str) -> list[str]:
    """Sentences in document order; bullet lines and headings count as sentences of their own."""
    sentences: list[str] = []
    for line in text.splitlines():
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
