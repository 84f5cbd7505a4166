"""English question words in German articles: "what could the rising demand trigger" is answered by "die
steigende Nachfrage … auslösen könnte". A general English→German word list (bot/data/en_de.tsv.gz, built
by scripts/build_translations.py from the Ding dictionary) is narrowed, per set of documents, to the German
words those documents use, so what stays in memory is small and every translation it offers is a word the
articles say.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from functools import lru_cache
from pathlib import Path

import Stemmer

from bot.engine.text import stem
from bot.knowledge.errors import KnowledgeError

WORD_LIST = Path(__file__).resolve().parent.parent / "data" / "en_de.tsv.gz"
WORDS = WORD_LIST.with_name("words.txt.gz")  # its words, sorted (scripts/build_word_list.py)
_ENGLISH = Stemmer.Stemmer("english")
MIN_STEM = 3  # a shorter rest is no word's stem ("ns" of "nst")


def english_key(word: str) -> str:
    """ "rising", "rises", "rise" → one key: the English Snowball stem."""
    return str(_ENGLISH.stemWord(word))


class Translations:
    """English stem → the German words (of these documents) it may be written as; `german_stems` are the
    documents' stems (bot/engine/text.stem), which the list carries for each German word."""

    def __init__(
        self,
        german_stems: AbstractSet[str],
        asked: AbstractSet[str] = frozenset(),
        source: Path = WORD_LIST,
    ) -> None:
        self._table: dict[str, tuple[str, ...]] = {}
        # German word (of these documents) → the stems of the English words it translates
        self._meanings: dict[str, set[str]] = {}
        self._stem_meanings: dict[str, set[str]] = {}  # ... and any German word's stem → the same
        self.known: set[str] = set()  # the words of `asked` that the list knows as German words
        # the English words the documents say in German: what a misspelt English question word may be
        self.english: set[str] = set()
        # "waste heat" (its words' keys) → the German nouns of these documents it is ("abwaerme")
        self._phrases: dict[str, tuple[str, ...]] = {}
        for english, germans, stems in _rows(source):
            if " " in english:
                said = tuple(g for g, s in zip(germans, stems, strict=False) if s in german_stems)
                if said:
                    self._phrases[_phrase_key(english.split())] = said
                continue
            kept = tuple(g for g, s in zip(germans, stems, strict=False) if s in german_stems)
            # ... or a group's word by its members' ("residents": "Anwohnerschaft", the "Anwohner" said)
            kept += tuple(
                g.removesuffix(_COLLECTIVE)
                for g, s in zip(germans, stems, strict=False)
                if s not in german_stems
                and g.endswith(_COLLECTIVE)
                and stem(g.removesuffix(_COLLECTIVE)) in german_stems
            )
            if kept:
                if english.isalpha():
                    self.english.add(english)
                key = english_key(english)
                self._table[key] = tuple(dict.fromkeys((*self._table.get(key, ()), *kept)))
                for german in kept:
                    self._meanings.setdefault(german, set()).update(map(english_key, english.split()))
            for german_stem in stems:  # (a compound the documents say, by its stem: what it means itself)
                if german_stem in german_stems:
                    meant = self._stem_meanings.setdefault(german_stem, set())
                    meant.update(map(english_key, english.split()))
            self.known.update(g for g in germans if g in asked)

    def __len__(self) -> int:
        return len(self._table)

    def of(self, word: str) -> tuple[str, ...]:
        """The German words the documents use for an English `word`, or (); an adjective's comparison by
        its base ("cheapest", "bigger"), which the list does not hold."""
        if len(word) < 3:
            return ()
        found = self._table.get(english_key(word), ())
        if not found and word.endswith("ed"):  # "sued": "sue" (Snowball keeps "su")
            found = self._table.get(english_key(word[:-1]), ())
        if found or len(word) < MIN_COMPARED:
            return found
        for base in _compared(word):
            if found := self._table.get(english_key(base), ()):
                return found
        return ()

    def phrase(self, first: str, second: str) -> tuple[str, ...]:
        """The German nouns of these documents an English phrase of two words is ("waste heat":
        "abwaerme"; "grid connection": "netzanschluss"), or ()."""
        return self._phrases.get(_phrase_key([first, second]), ())

    def stem_means_else(self, german_stem: str, word: str) -> bool:
        """Is a German word (by its stem) one of the list whose English words are none of `word`'s
        ("Arbeitsplatz" is "job", "workplace": no "seat", though it ends in "Platz")?"""
        meanings = self._stem_meanings.get(german_stem, set())
        return bool(meanings) and english_key(word) not in meanings

    def means_else(self, german: str, word: str) -> bool:
        """Is the German `german` a word of its own whose English words are none of `word`'s ("Schadenersatz"
        is "damages": a "replacement" it is not, though it ends in "Ersatz")?"""
        meanings = self._meanings.get(german, set())
        return bool(meanings) and english_key(word) not in meanings


def _phrase_key(words: list[str]) -> str:
    return " ".join(map(english_key, words))


_COLLECTIVE = "schaft"  # "Anwohnerschaft", "Belegschaft": the members as one body
MIN_COMPARED = 6  # letters of a comparison read by its base ("cheaper"; not "later", "best")


def _compared(word: str) -> Iterator[str]:
    """ "cheapest" → "cheap"; "largest" → "large"; "biggest" → "big"; "cheaper" → "cheap": the bases an
    English comparison may have."""
    for ending in ("est", "er"):
        if word.endswith(ending):
            rest = word[: -len(ending)]
            if rest.endswith("i"):
                yield rest[:-1] + "y"  # "earliest" → "early"
                continue
            yield rest
            yield rest + "e"
            if len(rest) >= 2 and rest[-1] == rest[-2]:
                yield rest[:-1]


class _WordList:
    """Sorted words, one per line of one string, searched by bisection over the string itself: about 1.3 MB
    and no per-word objects (a set of the same 140,000 words took 15 MB, at its peak more)."""

    def __init__(self, text: str) -> None:
        # every word between two newlines (the shipped file is written so: no copy of 1.3 MB to make)
        framed = text.startswith("\n") and text.endswith("\n")
        self._text = text if framed else "\n" + text.strip("\n") + "\n"

    def __contains__(self, word: str) -> bool:
        text = self._text
        lo, hi = 0, len(text) - 1  # newlines; the words between them are still in question
        while lo < hi:
            mid = (lo + hi) // 2
            start = text.rfind("\n", lo, mid + 1)
            if start == lo:
                start = text.find("\n", mid + 1, hi)
                if start < 0:  # one word left between lo and hi
                    return text[lo + 1 : hi] == word
            end = text.find("\n", start + 1)
            line = text[start + 1 : end]
            if line == word:
                return True
            if line < word:
                lo = end
            else:
                hi = start
        return False


@lru_cache(maxsize=2)
def _dictionary(source: Path = WORDS) -> _WordList:
    try:
        with gzip.open(source, "rt", encoding="utf-8") as lines:
            return _WordList(lines.read())
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise KnowledgeError(source, f"the word list cannot be read ({exc})") from exc


# Endings a German or English word form may carry beyond its dictionary form ("sagt" of "sagen").
_FORM_ENDINGS = ("t", "st", "te", "et", "en", "e", "s", "n", "es", "er", "ed", "ing")
_BASE_ENDINGS = ("", "en", "n", "e")


def load_dictionary() -> None:
    """Read the word list now (at reload, in the worker), so a missing or broken file is a reload error
    that names it, never a failed question."""
    _dictionary()


def listed_word(word: str) -> bool:
    """Is `word` (normalised) itself in the general word list ("zahlen"; not a form, "arbeitsplatze")?"""
    return word in _dictionary()


def dictionary_word(word: str) -> bool:
    """Is `word` (normalised) a word of the general German or English list, or a form of one ("wetter",
    "headcount", "sagt", "gesagt")?"""
    words = _dictionary()
    if word in words:
        return True
    if word.startswith("ge") and word.endswith(("t", "en")) and len(word) - 3 >= MIN_STEM:
        # a past participle: "gesagt" of "sagen", "gezahlt" of "zahlen", "gefahren" of "fahren"
        stem_ = word[2 : -1 if word.endswith("t") else -2]
        if stem_ + "en" in words or stem_ + "n" in words:
            return True
    if any(_inflects(word, words)):
        return True
    # a strong verb's present tense, its vowel umlauted: "hält" of "halten", "wächst" of "wachsen"
    return word.endswith("t") and any(
        any(_inflects(word.replace(umlaut, vowel, 1), words))
        for umlaut, vowel in _UMLAUTS
        if umlaut in word[:-1]
    )


_UMLAUTS = (("ae", "a"), ("oe", "o"), ("ue", "u"))


def _inflects(word: str, words: _WordList) -> Iterator[bool]:
    """Is `word` one of the endings on a word of the list (the list's word, or its stem + "en", …; an
    English stem's doubled last letter once: "planned", "shipping")?"""
    return (
        rest + base in words
        for end in _FORM_ENDINGS
        if word.endswith(end) and len(word) - len(end) >= MIN_STEM
        for rest in _undoubled(word[: -len(end)], end)
        for base in _BASE_ENDINGS
    )


def _undoubled(rest: str, end: str) -> tuple[str, ...]:
    """ "plann" (of "planned") → "plann", "plan"."""
    doubled = (
        end in ("ed", "ing") and len(rest) > MIN_STEM and rest[-1] == rest[-2] and rest[-1] not in "aeiou"
    )
    return (rest, rest[:-1]) if doubled else (rest,)


@lru_cache(maxsize=1)
def german_words(source: Path = WORD_LIST) -> frozenset[str]:
    """Every German word of the list: which parts of a compound are words of their own. Kept while a
    reload learns names and compounds, then dropped (`cache_clear`): 80,000 words are some 9 MB."""
    # (not a phrase's nouns, "waste heat": "Abwärme", which are compounds, no parts of one)
    return frozenset(
        german for english, germans, _ in _rows(source) if " " not in english for german in germans
    )


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


MIN_COMPOUND_PART = (
    4  # a compound's part shorter than this is no word of its own ("Kiosk" is no "Ki" + "osk")
)


def compound_head(head: str) -> str | None:
    """A compound's first part as the dictionary word it is ("aktien"; "investitions" with its joining
    "s": "investition"), or None."""
    if dictionary_word(head):
        return head
    return head[:-1] if head.endswith("s") and dictionary_word(head[:-1]) else None


def compound_parts(word: str) -> tuple[str, ...]:
    """ "aktienreaktion" → ("aktien", "reaktion"): a German compound split where both sides are words of the
    dictionary (the shortest head first)."""
    for at in range(MIN_COMPOUND_PART, len(word) - MIN_COMPOUND_PART + 1):
        head, tail = compound_head(word[:at]), word[at:]
        if head is not None and dictionary_word(tail):
            return head, tail
    return ()
