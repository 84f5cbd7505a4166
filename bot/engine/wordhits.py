"""Is a question word said, in any of its forms, by a word of a sentence, or by any word of a document?"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from bot.engine.asked import expansions
from bot.engine.lexicon import STOPWORDS
from bot.engine.text import stem

MIN_PREFIX = 4  # a form this long is looked for as the start of a word; a shorter one as a whole word
MIN_INNER = 5  # a form this long is looked for inside a compound too
OWN_PREFIX = 6  # the question word's own first letters count as one of its forms
# ... but not a bound's compound's ("Mindestgebot": "mindestens" says no bid)
_BOUND_STARTS = ("mindest", "hoechst", "maximal", "minimal")
SHORT_WORD = 5  # a word this short may be a short form with its ending ("neu" → "neue")
SHORT_HEAD = 3  # … when its first letters are that form
# … and the rest an inflection's ending ("neu" → "neuen", "bau" → "baut", "use" → "used"; not "net" → "Netz")
ENDINGS = frozenset(("e", "n", "r", "s", "m", "t", "d", "en", "er", "es", "em", "ne", "st", "te", "et", "ed"))
MIN_PART = 6  # a word this long may be part of a longer question word ("zentrum" of "rechenzentrum")
MIN_WHOLE = 7  # … when the question word is this long


@lru_cache(maxsize=1 << 18)
def hit(word: str, term: str) -> bool:
    """Is `word` (of a sentence) the question word `term` in some form?"""
    prefixes, exact, inner = forms(term)
    if word in exact or word.startswith(prefixes) or any(f in word for f in inner):
        return True
    if len(word) <= SHORT_WORD and word[:SHORT_HEAD] in exact and word[SHORT_HEAD:] in ENDINGS:
        return True  # a short word with its ending: "neu" → "neue", "neuen"
    # "zentrum" asked as "rechenzentrum"; a short or filler word ("ueber" in "uebernahme") is no part
    return len(term) >= MIN_WHOLE and len(word) >= MIN_PART and word not in STOPWORDS and word in term


@lru_cache(maxsize=1 << 15)
def forms(term: str) -> tuple[tuple[str, ...], frozenset[str], tuple[str, ...]]:
    """A question word's forms to look for: prefixes (4+ letters, and its own first six), whole short
    words, and parts of German compounds (5+ letters)."""
    found = expansions(term)
    prefixes = {f for f in found if len(f) >= MIN_PREFIX}
    if len(term) >= OWN_PREFIX and not term.startswith(_BOUND_STARTS):
        prefixes.add(term[:OWN_PREFIX])
    exact = frozenset(f for f in found if len(f) < MIN_PREFIX)
    inner = tuple(f for f in found if len(f) >= MIN_INNER and " " not in f)
    bare = term[:-1]
    if term.endswith("s") and len(bare) >= MIN_INNER and stem(term) == stem(bare):
        inner = (*inner, bare)  # a genitive "des Kabels": "Seekabel" says it, as it says "Kabel"
    return tuple(sorted(prefixes)), exact, inner


class WordSet:
    """The words of a document, asked whether any of them is a question word in some form: what
    `any(hit(word, term) for word in words)` tells, from a few lookups in the words joined into one
    text instead of a call per word (a document has thousands)."""

    __slots__ = ("_heads", "_parts", "_text", "words")

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        self._text = joined(self.words)
        self._heads = frozenset(
            w[:SHORT_HEAD] for w in self.words if len(w) <= SHORT_WORD and w[SHORT_HEAD:] in ENDINGS
        )
        self._parts = frozenset(w for w in self.words if len(w) >= MIN_PART and w not in STOPWORDS)

    def says(self, term: str) -> bool:
        prefixes, exact, inner = forms(term)
        if not exact.isdisjoint(self.words) or not exact.isdisjoint(self._heads):
            return True
        text = self._text
        if any(f"\n{prefix}" in text for prefix in prefixes) or any(f in text for f in inner):
            return True
        size = len(term)
        return size >= MIN_WHOLE and any(
            term[start:end] in self._parts
            for start in range(size - MIN_PART + 1)
            for end in range(start + MIN_PART, size + 1)
        )


def joined(words: Iterable[str]) -> str:
    """The words, each after a newline and the last before one: a text to look for forms in at once.
    No word holds a newline (they are normalised), so `"\\n" + prefix` is found where a word starts
    with it, and a form without a newline only inside one word."""
    return "\n" + "\n".join(words) + "\n"


def first_hit(words: tuple[str, ...], term: str, text: str | None = None) -> str | None:
    """The first of `words` (a sentence's) that is the question word `term` in some form: the first
    `word` with `hit(word, term)`, found with a few substring searches in `text`, `joined(words)`."""
    text = joined(words) if text is None else text
    anywhere, heads = _needles(term)
    best = len(text)  # where the first word found starts (or the newline before it)
    for needle in anywhere:
        at = text.find(needle)
        if 0 <= at < best:
            best = at
    for head in heads:  # a short form with its ending: a word of at most SHORT_WORD letters
        at = text.find(head)
        while 0 <= at < best:
            if text[at + 1 + SHORT_HEAD : text.find("\n", at + 1)] in ENDINGS:
                best = at
                break
            at = text.find(head, at + 1)
    found = len(words)  # the index of that word
    if best < len(text):
        start = best + 1 if text[best] == "\n" else text.rfind("\n", 0, best) + 1
        found = text.count("\n", 0, start) - 1
    if len(term) >= MIN_WHOLE:  # an earlier word may be a part of the question word
        for word in words[:found]:
            if len(word) >= MIN_PART and word not in STOPWORDS and word in term:
                return word
    return words[found] if found < len(words) else None


@lru_cache(maxsize=1 << 12)
def _needles(term: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What `hit` looks for in words joined by newlines (no word, nor form, holds one): a whole short
    form or a form at a word's start (after a newline), a form inside a word; and the short forms that
    may have an ending ("neu" in "neuen")."""
    prefixes, exact, inner = forms(term)
    anywhere = {f"\n{e}\n" for e in exact} | {f"\n{p}" for p in prefixes} | set(inner)
    heads = {f"\n{e}" for e in exact if len(e) == SHORT_HEAD}
    return tuple(sorted(anywhere)), tuple(sorted(heads))
