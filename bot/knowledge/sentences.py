"""Split a document into sentences and keep the figure-bearing ones as snippets."""

from __future__ import annotations

import re
from typing import NamedTuple

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
    "Prof.",
    "Dipl.",
    "Ing.",
    "Mag.",
    "St.",
    "Co.",
    "Ltd.",
    "Pte.",
    "vgl.",
    "sog.",
    # Swiss and Austrian press abbreviations: "2 Tsd. Server", "500 Mia. Franken" (francs: `_FRANCS`)
    "Tsd.",
    "Mia.",
    "inkl.",
    "zzgl.",
    # newswire shorthand: "ein Plus von 42 % ggü. Vj.", "rd. 60 %", "mind. 5 Mrd. SEK" (not "Vj.", which ends
    # "… ggü. Vj. Die Zahl …" and is followed by a colon or a comma elsewhere)
    "ggü.",
    "rd.",
    "Rd.",
    "mind.",
    "Mind.",
    "max.",
    "Max.",
    "Ca.",
    "ggf.",
    "bzgl.",
    "Stk.",
)
# An abbreviation is a word of its own: "Mexico." ends a sentence, "Acme Co." does not
_ABBREVIATION_END = re.compile(r"(?<![^\W\d_])(?:" + "|".join(re.escape(a) for a in _ABBREVIATIONS) + r")$")
# "am 1. April", "bis 31. März 2026": a day's ordinal before a month ends no sentence
_DAY_BEFORE = re.compile(r"(?<![\d.])\d{1,2}\.$")
_MONTH_AFTER = re.compile(
    r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b"
)
# "Zuständig ist die 4. Kammer für Handelssachen": an ordinal after an article ends no sentence
_ORDINAL_BEFORE = re.compile(
    r"(?:^|\s)(?i:der|die|das|den|dem|des|im|am|zum|zur|vom|beim|seine[mnrs]?|ihre[mnrs]?)\s+\d{1,3}\.$"
)
# "Hattuşa Telekom A.Ş. 34 Prozent": a legal form's initials before a figure end no sentence
_INITIALS = re.compile(r"(?:^|\s)(?:[^\W\d_]\.){2,}$")
# "ab Fr. 2.40", "Fr. 300 Mio.": Swiss francs before a figure end no sentence
_FRANCS = re.compile(r"(?:^|\s)s?Fr\.$")
_END = re.compile(r"(?<=[.!?])[\"“”»]?\s+(?=[\"„“»]?[A-ZÄÖÜ0-9])")
_BULLET = re.compile(r"^\s*[•\-*·–—]\s*")  # "• ", "- ", "– " (an en dash opens a list item too)


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


class Sentence(NamedTuple):
    text: str
    opens: bool  # it opens a paragraph (a line, unwrapped)
    bullet: bool  # its line is a list item ("• Ingenieure und Bauarbeiter")


def split_sentences(text: str) -> list[str]:
    """Sentences in document order; bullet lines and headings count as sentences of their own."""
    return [sentence.text for sentence in split_paragraphs(text)]


def split_paragraphs(text: str) -> list[Sentence]:
    """Sentences in document order, each with whether it opens a paragraph and is a list item."""
    sentences: list[Sentence] = []
    for line in _unwrapped(text):
        bullet = _BULLET.match(line) is not None
        line = _BULLET.sub("", line).strip()
        if not line:
            continue
        start = 0
        pieces = []
        for match in _END.finditer(line):
            head = line[start : match.start()]
            if _ABBREVIATION_END.search(head):
                continue
            if _DAY_BEFORE.search(head) and _MONTH_AFTER.match(line, match.end()):
                continue
            if (_INITIALS.search(head) or _FRANCS.search(head)) and line[
                match.end() : match.end() + 1
            ].isdigit():
                continue
            if _ORDINAL_BEFORE.search(head):
                continue
            pieces.append(head.strip())
            start = match.end()
        pieces.append(line[start:].strip())
        pieces = [p for p in pieces if p]
        sentences.extend(Sentence(piece, i == 0, bullet) for i, piece in enumerate(pieces))
    return sentences


def figure_snippets(document_id: str, text: str, language: str) -> list[Snippet]:
    snippets = []
    for position, sentence in enumerate(split_sentences(text)):
        numbers = tuple(find_numbers(sentence, language))
        if numbers and len(sentence) >= 15:
            snippets.append(Snippet(document_id, position, sentence, numbers))
    return snippets
