"""Adding an article from outside the host (/article add): validated, safely named, saved, reloaded — and
taken back out when the reload refuses it."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.articles import add_article, take_back
from bot.engine.engine import Engine
from bot.knowledge.errors import KnowledgeError
from bot.knowledge.loader import load_knowledge

ARTICLE = (
    "Brightwater übernimmt Anteil an Nordlicht\n\n"
    "Der britische Energieversorger Brightwater Power beteiligt sich mit 420 Millionen Euro am "
    "Rechenzentrumsbetreiber Nordlicht. Die Vereinbarung hat eine Laufzeit von zehn Jahren.\n"
)


def test_an_article_is_saved_under_a_safe_numbered_name_and_answers(root: Path) -> None:
    metadata = (root / "documents" / "metadata.yaml").read_text(encoding="utf-8")
    added = add_article(
        root, "../../Bright Water?.TXT", ARTICLE.encode(), "Brightwater und Nordlicht", "2026-11-30"
    )
    assert added.document == "005_bright_water"  # numbered after the shipped 000–004, no path, no oddities
    assert added.path.parent == root / "documents"
    text = (root / "documents" / "metadata.yaml").read_text(encoding="utf-8")
    assert text.startswith(metadata.rstrip("\n"))  # the curators' comments and entries stay as they were
    kb = load_knowledge(root)
    assert kb.documents["005_bright_water"].title == "Brightwater und Nordlicht"
    assert kb.documents["005_bright_water"].published == "2026-11-30"
    answer = Engine(kb).ask("Wie viel investiert Brightwater in Nordlicht?")
    assert answer.answered and "420 Millionen Euro" in answer.answer


@pytest.mark.parametrize(
    ("name", "data", "why"),
    [
        ("article.pdf", ARTICLE.encode(), ".txt"),
        ("article.txt", "Grüße".encode("latin-1") * 20, "UTF-8"),
        ("article.txt", b"  \n", "no article text"),
    ],
)
def test_bad_uploads_are_refused_with_one_line_and_nothing_is_written(
    root: Path, name: str, data: bytes, why: str
) -> None:
    before = sorted(p.name for p in (root / "documents").iterdir())
    with pytest.raises(KnowledgeError, match=why):
        add_article(root, name, data)
    assert sorted(p.name for p in (root / "documents").iterdir()) == before


def test_taking_back_leaves_the_folder_as_it_was(root: Path) -> None:
    documents = root / "documents"
    before = {p.name: p.read_bytes() for p in documents.iterdir()}
    added = add_article(root, "x.txt", ARTICLE.encode(), "A title", "2026-01-01")
    take_back(added)
    assert {p.name: p.read_bytes() for p in documents.iterdir()} == before
