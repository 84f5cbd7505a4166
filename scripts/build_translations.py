"""Builds bot/data/en_de.tsv.gz, the English→German word list the reader uses to find an English question's
words in German articles ("demand" → "nachfrage", "trigger" → "ausloesen").

Source: the Ding German–English dictionary of TU Chemnitz (GPL 2 or later), as Debian ships it:
`apt-get install trans-de-en` puts it at /usr/share/trans/de-en. Only single-word headwords are kept (no
phrases, no usage examples), normalised like every other word of the engine (lowercase, ä → ae).

usage: python scripts/build_translations.py [/usr/share/trans/de-en] [bot/data/en_de.tsv.gz]
"""

from __future__ import annotations

import gzip
import re
import sys
from collections import defaultdict
from pathlib import Path

from bot.engine.text import normalize, stem

SOURCE = Path("/usr/share/trans/de-en")
TARGET = Path(__file__).resolve().parent.parent / "bot" / "data" / "en_de.tsv.gz"
# An English word with more German headwords than this is a general verb ("get", "set"): the first ones
# (Ding lists the common sense first) are kept, the long tail would match nearly any sentence.
MAX_PER_WORD = 8
MIN_LETTERS = 3
# (also "/Spr./", "/lang./", "/ % /")
_NOTES = re.compile(r"\{[^}]*\}|\([^)]*\)|\[[^\]]*\]|<[^>]*>|/[^/\s]+/|/ % /")
_FILLERS = frozenset("to a an the sth sb etw jdm jdn jds sich".split())


def _words(alternatives: str) -> list[str]:
    """The single-word alternatives of one dictionary cell ("Nachfrage {f}; Bedarf {m} (an etw.)")."""
    out = []
    for part in _NOTES.sub(" ", alternatives).split(";"):
        tokens = [t for t in normalize(part).split() if t not in _FILLERS]
        if len(tokens) == 1 and len(tokens[0]) >= MIN_LETTERS and tokens[0].isalpha():
            out.append(tokens[0])
    return out


# English phrases of two words whose German is one noun, a compound ("waste heat" → "Abwärme", "grid
# connection" → "Netzanschluss"): English writes apart what a German article writes as one word.
PHRASE_WORDS = 2
_PHRASE_FILLERS = _FILLERS | frozenset("of and or for with from in on at by as per into".split())
_NOUN_MARK = re.compile(r"\{(?:f|m|n|pl)\}")


def _phrases(alternatives: str) -> list[str]:
    """The two-word alternatives of one English cell ("waste heat; heat loss"), a noun "of" a noun written
    as a two-word one."""
    out = []
    for part in _NOTES.sub(" ", alternatives).split(";"):
        tokens = normalize(part).split()
        if (
            len(tokens) == PHRASE_WORDS
            and all(len(t) >= MIN_LETTERS and t.isalpha() for t in tokens)
            and _PHRASE_FILLERS.isdisjoint(tokens)
        ):
            out.append(" ".join(tokens))
        elif (
            len(tokens) == PHRASE_WORDS + 1
            and tokens[1] == "of"
            and all(len(t) >= MIN_LETTERS and t.isalpha() for t in tokens[::2])
            and _PHRASE_FILLERS.isdisjoint(tokens[::2])
        ):
            # "increase of capital" is what English also writes "capital increase" ("Kapitalerhöhung")
            out.append(f"{tokens[2]} {tokens[0]}")
    return out


def build(source: Path) -> dict[str, list[str]]:
    table: dict[str, list[str]] = defaultdict(list)
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or " :: " not in line:
            continue
        german, english = line.split(" :: ", 1)
        # The first cell of each side is the headword pair; the rest are inflections and examples.
        de_words = _words(german.split(" | ")[0])
        en_words = _words(english.split(" | ")[0])
        # ... and the phrases of a German noun's headword, each German word a single one
        if _NOUN_MARK.search(german.split(" | ")[0]):
            en_words += [p for p in _phrases(english.split(" | ")[0]) if p not in en_words]
        for en in en_words:
            for de in de_words:
                if de != en and de not in table[en]:
                    table[en].append(de)
    return {en: des[:MAX_PER_WORD] for en, des in table.items() if des}


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else TARGET
    table = build(source)
    target.parent.mkdir(parents=True, exist_ok=True)
    # The German words' stems (the engine's own, bot/engine/text.stem) ride along: a reload compares
    # them with the documents' stems without stemming 160,000 words again.
    lines = [f"{en}\t{' '.join(des)}\t{' '.join(stem(d) for d in des)}" for en, des in sorted(table.items())]
    header = (
        "# English word<TAB>German words<TAB>their stems; from Ding (dict.tu-chemnitz.de), GPL 2 or later\n"
    )
    with gzip.open(target, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write(header + "\n".join(lines) + "\n")
    print(f"{target}: {len(table)} English words, {sum(map(len, table.values()))} translations")


if __name__ == "__main__":
    main()
