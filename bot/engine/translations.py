"""English question words in German articles: "what could the rising demand trigger" is answered by "die
steigende Nachfrage … auslösen könnte". A general English→German word list (bot/data/en_de.tsv.gz, built
by scripts/build_translations.py from the Ding dictionary) is narrowed, per set of documents, to the German
words those documents use, so what stays in memory is small and every translation it offers is a word the
articles say.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from functools import lru_cache
from pathlib import Path

import Stemmer

from bot.knowledge.errors import KnowledgeError

WORD_LIST = Path(__file__).resolve().parent.parent / "data" / "en_de.tsv.gz"
_ENGLISH = Stemmer.Stemmer("english")


def english_key(word: str) -> str:
    """ "rising", "rises", "rise" → one key: the English Snowball stem."""
    return str(_ENGLISH.stemWord(word))


class Translations:
    """English stem → the German words (of these documents) it may be written as; `german_stems` are the
    documents' stems (bot/engine/passages.stem), which the list carries for each German word."""

    def __init__(
        self,
        german_stems: AbstractSet[str],
        asked: AbstractSet[str] = frozenset(),
        source: Path = WORD_LIST,
    ) -> None:
        self._table: dict[str, tuple[str, ...]] = {}
        self.known: set[str] = set()  # the words of `asked` that the list knows as German words
        for english, germans, stems in _rows(source):
            kept = tuple(g for g, s in zip(germans, stems, strict=False) if s in german_stems)
            if kept:
                key = english_key(english)
                self._table[key] = tuple(dict.fromkeys((*self._table.get(key, ()), *kept)))
            self.known.update(g for g in germans if g in asked)

    def __len__(self) -> int:
        return len(self._table)

    def of(self, word: str) -> tuple[str, ...]:
        """The German words the documents use for an English `word`, or ()."""
        return self._table.get(english_key(word), ()) if len(word) >= 3 else ()


@lru_cache(maxsize=2)
def _dictionary(source: Path = WORD_LIST) -> str:
    """Every word of the list, German and English, one per line in one string: about 1 MB, where a set of
    the same 140,000 words would take ten times that for the life of the process."""
    every: set[str] = set()
    for english, germans, _ in _rows(source):
        every.update(germans)
        every.add(english)
    return "\n" + "\n".join(sorted(every)) + "\n"


def dictionary_word(word: str) -> bool:
    """Is `word` (normalised) a word of the general German or English list ("wetter", "headcount")?"""
    return f"\n{word}\n" in _dictionary()


def german_words(source: Path = WORD_LIST) -> set[str]:
    """Every German word of the list: which parts of a compound are words of their own."""
    return {german for _, germans, _ in _rows(source) for german in germans}


def _rows(source: Path) -> Iterable[tuple[str, list[str], list[str]]]:
    """(English word, German words, their stems) per line of the word list."""
    try:
        with gzip.open(source, "rt", encoding="utf-8") as lines:
            for line in lines:
                if line.startswith("#"):
                    continue
                english, germans, stems = [*line.rstrip("\n").split("\t"), "", ""][:3]
                yield english, germans.split(), stems.split()
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise KnowledgeError(source, f"the English→German word list cannot be read ({exc})") from exc
