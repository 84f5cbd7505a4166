"""Normalisation, tokens, Snowball stems and language detection for questions, facts and sentences."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import Stemmer

from bot.engine.lexicon import ENGLISH_MARKERS, GERMAN_MARKERS, STOPWORDS

# German umlauts as Germans type them without; letters that no accent-stripping decomposes ("Tromsø",
# "Łódź") as their plain Latin letter, so a reader typing "tromso" finds them.
_FOLD = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "ß": "ss",
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "ł": "l",
        "đ": "d",
        "ı": "i",
        "ð": "d",
        "þ": "th",
    }
)
_NON_WORD = re.compile(r"[^0-9a-z]+")
_US_DOLLAR = re.compile(r"\bus[ -]?dollar")
_SIGN_WORDS = {"€": "euro", "£": "pfund", "¥": "yen"}
_BARE_SIGN = re.compile(r"(?<![\d\w])[€£¥](?!\s*\d)")  # a sign with no figure ("in €?"), not "€1,3 Mrd."
_FIGURE_BEFORE = re.compile(r"\d[\d.,]*\s*(?:[^\W\d_]+\.?)?\s*$")  # "500 mrd €": the figure's unit


def _sign_word(sign: re.Match[str], text: str) -> str:
    if _FIGURE_BEFORE.search(text, max(0, sign.start() - 16), sign.start()):
        return sign.group(0)
    return f" {_SIGN_WORDS[sign.group(0)]} "


_BARE_PERCENT = re.compile(r"(?<![\d\s])\s*%|(?<![\d])\s+%|^%")
_GERMAN_ENDINGS = (
    "ung",
    "ungen",
    "heit",
    "keit",
    "lich",
    "isch",
    "schaft",
    "fach",
    "facher",
    "fachen",
    "bau",
)
_GERMAN = Stemmer.Stemmer("german")
_ENGLISH = Stemmer.Stemmer("english")


# Texts whose normal form is kept: a question's words and names come back many times. Not every sentence
# and statement of a base (the index caches what it derives from a fact): at 10,000 facts that took 6 MB.
# 2,048 texts answer as fast as 4,096 did (p50 1.25 ms, p99 7.0 ms on the labelled questions, pinned) in
# 0.3 MB less.
NORMALIZE_CACHE = 1 << 11


NORMALIZE_CACHED_CHARS = 80  # ... and only short ones: a sentence is read once, a word or name many times


# Chat decoration that says nothing asked: emoji by their short codes (":eyes:") and Discord's custom ones
# ("<:pepe:1234>"), spoiler bars ("||…||")
_DECORATION = re.compile(r"<a?:\w+:\d+>|(?<![\w:]):[a-z0-9_+-]{2,32}:(?![\w:])|\|\|", re.IGNORECASE)


def undecorated(text: str) -> str:
    """The message without its chat decoration (emoji short codes, custom emoji, spoiler bars)."""
    plain = _DECORATION.sub(" ", text)
    return " ".join(plain.split()) if plain != text else text


_SHORTHANDS = {"vj": "vorjahr", "vorj": "vorjahr", "ggue": "gegenueber"}
_SHORTHAND = re.compile(r"\b(" + "|".join(_SHORTHANDS) + r")\.(?!\w)")


def normalize(text: str) -> str:
    """NFKC, casefold, German umlauts folded (ä→ae), punctuation to spaces. Numbers: parse them before."""
    return _normalized(text) if len(text) <= NORMALIZE_CACHED_CHARS else _normalize(text)


@lru_cache(maxsize=NORMALIZE_CACHE)
def _normalized(text: str) -> str:
    return _normalize(text)


def _normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold().translate(_FOLD)
    text = _US_DOLLAR.sub("usd", text)  # the "US" of US-Dollar is no mention of the USA
    if "." in text:  # a newswire's shorthand as the word it stands for: "(Vj.: 131,2 Mio.)" is the Vorjahr's
        text = _SHORTHAND.sub(lambda m: _SHORTHANDS[m.group(1)], text)
    if "%" in text:  # "um wie viel %": the word, as "Prozent" is one; not "4 %", a figure's unit
        text = _BARE_PERCENT.sub(" prozent ", text)
    if (
        "€" in text or "£" in text or "¥" in text
    ):  # "acme deal in €?": the currency asked, as its word says it
        text = _BARE_SIGN.sub(lambda m: _sign_word(m, text), text)
    if not text.isascii():  # drop other accents (é -> e); the ASCII check keeps the common case fast
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", text).strip()


# Letters languages write one sound with ("Aqaba"/"Akaba", "Lviv"/"Lwiw", "Tbilisi"/"Tiflis" aside): a
# foreign name as English and German news spell it. Longer spellings first.
_SOUNDS = (
    *(("sch", "sh"), ("ph", "f"), ("th", "t"), ("dh", "d")),
    *(("ck", "k"), ("ou", "u"), ("q", "k"), ("v", "w")),
)
_DOUBLED = re.compile(r"(.)\1")


def sounded(word: str) -> str:
    """A normalised name as it sounds, alike for its English and German spellings ("aqaba", "akaba")."""
    for written, sound in _SOUNDS:
        word = word.replace(written, sound)
    return _DOUBLED.sub(r"\1", word)


# Chat's German contractions of a verb and "es" ("gibts da nen deal"): the two words (not "wies", which news
# writes as a verb: "wies die Vorwürfe zurück")
_CONTRACTED = {"gibts": ("gibt", "es"), "hats": ("hat", "es"), "ists": ("ist", "es")}


# ... and a question word typed together with what it asks ("wievielgw", "howmanygpus"): the two words
_GLUED_ASKING = re.compile(r"^(wieviele|wieviel|howmany|howmuch)([a-z]{2,})$")
_NO_REST = frozenset({"en", "es", "fach", "fache", "fachen", "mal"})  # "wievielen", "wievielfach": one word


# English contractions of "is" ("what's", "where's"): the apostrophe leaves an "s" that is the verb
_IS_CONTRACTED = frozenset("what who where when how that it there here which".split())


def words(text: str) -> list[str]:
    """All normalised words, stopwords included (chat's contractions as their words)."""
    said = normalize(text).split()
    if "s" in said:  # ("Acme's": a possessive, kept)
        said = ["is" if w == "s" and i and said[i - 1] in _IS_CONTRACTED else w for i, w in enumerate(said)]
    if _CONTRACTED.keys().isdisjoint(said) and not any(w.startswith(("wieviel", "how")) for w in said):
        return said
    return [part for w in said for part in _CONTRACTED.get(w) or _unglued(w)]


def _unglued(word: str) -> tuple[str, ...]:
    glued = _GLUED_ASKING.match(word)
    if glued is None or glued.group(2) in _NO_REST:
        return (word,)
    asking = {"howmany": "how many", "howmuch": "how much"}.get(glued.group(1), glued.group(1))
    return (*asking.split(), glued.group(2))


def content_words(text: str) -> list[str]:
    return [w for w in words(text) if w not in STOPWORDS]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A Snowball stem (German, then English for the rest of an English word) of a normalised word."""
    if len(word) <= 3 or word.isdigit():
        return word
    return str(_ENGLISH.stemWord(_GERMAN.stemWord(word)))


def detect_language(text: str, fallback: str | None = None) -> str:
    """`de` or `en` by marker words and umlauts; a question too short to tell takes `fallback`."""
    raw = unicodedata.normalize("NFKC", text).casefold()
    tokens = words(text)
    german = sum(1 for t in tokens if t in GERMAN_MARKERS) + 2 * sum(raw.count(c) for c in "äöüß")
    german += sum(1 for t in tokens if len(t) >= 6 and t.endswith(_GERMAN_ENDINGS))  # Ausbau-ung, -fach…
    english = sum(1 for t in tokens if t in ENGLISH_MARKERS)
    if german > english:
        return "de"
    if english > german:
        return "en"
    if fallback and fallback[:2].lower() in ("de", "en"):
        return fallback[:2].lower()
    return "en"


# A German participle with "ge" after its separable prefix ("ausgeliefert", "zugestimmt") or at its start
# ("geliefert"): its verb's root without it finds the noun and the other forms ("Auslieferung", "Zustimmung").
_PARTICIPLE = re.compile(
    r"^(ab|an|auf|aus|bei|ein|fest|mit|nach|vor|zu|zurueck|um|weg|frei|los|dar|her|hin|)ge([a-z]+?)(?:et|t|en)$"
)
MIN_PARTICIPLE_ROOT = 4  # "gesagt" → "sag" is too short to look for as a word's start


def participle_root(word: str) -> str | None:
    """ "ausgeliefert" → "ausliefer", "zugestimmt" → "zustimm", "geplant" → "plan"; None for other words."""
    match = _PARTICIPLE.match(word)
    if match is None or len(match.group(2)) < MIN_PARTICIPLE_ROOT - len(match.group(1)):
        return None
    root = match.group(1) + match.group(2)
    return root if len(root) >= MIN_PARTICIPLE_ROOT and len(match.group(2)) >= 3 else None
