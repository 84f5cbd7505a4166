"""Who pays whom: a sum asked of its payer is never a sum the articles say another company pays."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.engine.payment import payer_asked
from bot.engine.text import words
from bot.knowledge.loader import load_knowledge

ARTICLE = """Kestrel investiert in Marlowe Labs

Der Chipkonzern Kestrel Systems will bis zu 7 Milliarden Euro schrittweise in das KI-Labor Marlowe Labs
investieren. Marlowe Labs kauft im Gegenzug Rechenzentrums-Systeme von Kestrel.

Marlowe Labs beschäftigt 420 Mitarbeiter in Lyon.
"""


@pytest.mark.parametrize(
    ("question", "names", "payer"),
    [
        ("how much will marlowe spend buying chips from kestrel", {"marlowe", "kestrel"}, "marlowe"),
        ("wie viel steckt kestrel in marlowe", {"marlowe", "kestrel"}, "kestrel"),
        ("how much does marlowe get from kestrel", {"marlowe", "kestrel"}, "kestrel"),
        ("how much will marlowe labs spend", {"marlowe", "labs"}, "marlowe labs"),  # names side by side
        (
            "wie viel will kestrel insgesamt in europa stecken (marlowe artikel)",
            {"marlowe", "kestrel"},
            "kestrel",
        ),
        ("how big is the kestrel deal", {"kestrel"}, ""),  # no paying verb
    ],
)
def test_the_payer_is_the_subject_of_the_paying_verb(question: str, names: set[str], payer: str) -> None:
    assert payer_asked(words(question), names) == payer


def test_a_sum_another_company_pays_is_no_answer(root: Path) -> None:
    (root / "documents" / "050_kestrel.txt").write_text(ARTICLE, encoding="utf-8")
    engine = Engine(load_knowledge(root))
    paid = engine.ask("Wie viel investiert Kestrel in Marlowe Labs?")
    assert paid.answered and "7" in paid.answer
    for question in (
        "how much will Marlowe Labs spend buying systems from Kestrel?",
        "Wie viel zahlt Marlowe?",
    ):
        answer = engine.ask(question)
        assert not answer.answered and "7" not in answer.answer, (question, answer.answer)


def test_a_curated_sum_is_not_the_receivers_spending() -> None:
    engine = Engine(load_knowledge(Path(__file__).resolve().parent.parent / "knowledge"))
    deal = engine.kb.deals[sorted(engine.kb.deals)[0]]
    investor, receiver = (p.casefold() for p in deal.parties)
    given = engine.ask(f"how much will {investor} invest in {receiver}")
    assert given.answered and given.figures
    sums = {(f.value, f.unit) for f in given.figures}
    asked = engine.ask(f"how much will {receiver} spend buying chips from {investor}?")
    assert not asked.answered and sums.isdisjoint((f.value, f.unit) for f in asked.figures), asked.answer
