"""The engine knows nothing of the shipped articles: no company, person, product, place or alias of the
knowledge appears anywhere in bot/ (code, strings, comments). Names live in knowledge/ or are learned at
reload. General-purpose data is allowed: country names (babel's territory names, e.g. "USA")."""

from __future__ import annotations

import re
from pathlib import Path

from babel import Locale

from bot.engine.reading import Reader
from bot.engine.text import normalize
from bot.knowledge.loader import load_knowledge

ROOT = Path(__file__).resolve().parent.parent


def _countries() -> set[str]:
    out = {"usa", "us", "uk", "eu"}
    for language in ("de", "en"):
        out |= {normalize(name) for name in Locale(language).territories.values()}
    return out


def _knowledge_names() -> set[str]:
    kb = load_knowledge(ROOT / "knowledge")
    names = {n for d in kb.deals.values() for n in (*d.parties, *d.every_alias)}
    names |= {e for f in kb.facts.values() for e in f.entities}
    learned = Reader(kb).names.names.values()  # what the documents teach, too
    names |= {n.display for n in learned if n.kind in ("org", "person")}
    general = _countries()
    return {n.lower() for n in names if normalize(n) not in general and len(n) >= 3}


def test_bot_names_no_company_person_place_or_alias_of_the_knowledge() -> None:
    names = _knowledge_names()
    assert {"openai", "stargate", "nvidia"} <= names  # the check knows what to look for
    patterns = {n: re.compile(rf"(?<![\w-]){re.escape(n)}(?![\w])") for n in names}
    hits = []
    for path in sorted((ROOT / "bot").rglob("*.py")):
        text = path.read_text(encoding="utf-8").lower()
        for name, pattern in patterns.items():
            for match in pattern.finditer(text):
                line = text.count("\n", 0, match.start()) + 1
                hits.append(f"{path.relative_to(ROOT)}:{line}: {name}")
    assert not hits, "\n".join(hits)
