"""Engines over the shipped knowledge and a few articles a test writes, none of them curated."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.knowledge.loader import load_knowledge

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"


def engine_with_articles(tmp_path_factory: pytest.TempPathFactory, articles: dict[str, str]) -> Engine:
    """An engine over the shipped knowledge and the given articles (file name → text)."""
    root = tmp_path_factory.mktemp("articles") / "knowledge"
    shutil.copytree(KNOWLEDGE, root)
    for name, text in articles.items():
        (root / "documents" / name).write_text(text, encoding="utf-8")
    return Engine(load_knowledge(root))


def first_line(engine: Engine, question: str) -> str:
    """The first line of the answer to `question`, which must be answered."""
    answer = engine.ask(question)
    assert answer.answered, f"{question!r}: {answer.answer}"
    return answer.answer.splitlines()[0]
