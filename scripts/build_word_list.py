"""Builds bot/data/words.txt.gz, every word of the English→German list (both languages) sorted, one per
line: the reader's check whether a question word is a word of the language ("wetter", "headcount") bisects
it as one string, with no set of 140,000 words built at run time.

usage: python scripts/build_word_list.py  (after scripts/build_translations.py)
"""

from __future__ import annotations

import gzip

from bot.engine.translations import WORD_LIST, WORDS, _rows


def main() -> None:
    every: set[str] = set()
    for english, germans, _ in _rows(WORD_LIST):
        if " " in english:
            continue  # (a phrase's row, "waste heat": its German nouns are no words of the list)
        every.add(english)
        every.update(germans)
    with gzip.open(WORDS, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("\n" + "\n".join(sorted(every)) + "\n")  # framed: every word between two newlines
    print(f"{len(every)} words → {WORDS}")


if __name__ == "__main__":
    main()
