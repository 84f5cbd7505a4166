"""Two questions in one message: split where a second question word opens a clause, each answered."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.compound import split_questions
from bot.engine.engine import Engine
from bot.knowledge.loader import load_knowledge

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("wie viele aktien kauft acme und von wem?", ["wie viele aktien kauft acme?", "von wem?"]),
        ("who is the ceo and who chairs it?", ["who is the ceo?", "who chairs it?"]),
        ("what is it worth? how long does it run?", ["what is it worth?", "how long does it run?"]),
        # chat's "and": "n", "&", "+"
        ("when does it start n when is it done", ["when does it start?", "when is it done?"]),
        ("wie viel kostet es & wo wird gebaut", ["wie viel kostet es?", "wo wird gebaut?"]),
        ("wer ist ceo und gründer von acme", ["wer ist ceo und gründer von acme"]),  # one question
        ("wie viel und wann?", ["wie viel und wann?"]),  # a one-word part: read whole
        # ... unless the first part has more to ask it of: "and where?" asks where of the same thing
        (
            "who builds the acme campus, and where?",
            ["who builds the acme campus?", "where builds the acme campus?"],
        ),
        ("the acme deal – how much and how long?", ["the acme deal – how much?", "how long the acme deal?"]),
        ("acme and globex, what do they build?", ["acme and globex, what do they build?"]),  # one asks
    ],
)
def test_a_message_is_split_into_the_questions_it_asks(question: str, parts: list[str]) -> None:
    assert split_questions(question) == parts


def test_each_part_is_answered_and_the_answers_joined() -> None:
    engine = Engine(load_knowledge(ROOT / "knowledge"))
    answer = engine.ask("who's the ceo of openai and who chairs stargate?")
    assert answer.answered and "Altman" in answer.answer and "Son" in answer.answer
    assert len({c.document for c in answer.citations}) >= 1
    # a part the articles do not answer is never dropped, as if the answer were whole: it is named and
    # declined beside the part they answer
    partial = engine.ask("who's the ceo of openai and who is the cfo of broadcom?")
    first, _, rest = partial.answer.partition("\n\n")
    assert "Altman" in first and "cfo of broadcom" in rest and "don't say" in rest, partial.answer


def test_a_remark_after_the_question_is_set_apart() -> None:
    from bot.engine.compound import asked_then_told

    assert asked_then_told("stimmt es dass acme 200 mrd steckt?? hab das auf twitter gelesen") == (
        "stimmt es dass acme 200 mrd steckt?",
        "hab das auf twitter gelesen",
    )
    assert asked_then_told("how big is it? and when?") is None  # two questions
    assert asked_then_told("how big is the campus?") is None  # no remark


def test_two_parts_answered_alike_are_said_once() -> None:
    from bot.engine.compound import joined

    engine = Engine(load_knowledge(ROOT / "knowledge"))
    where = engine.ask("where is the flagship site of stargate?")
    assert where.answered
    # "wo wird gebaut? welcher Ort": two parts asking the same in other words, one answer
    once = joined("where is it built? which place?", [where, where])
    assert once.answer == where.answer and once.question == "where is it built? which place?"


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        # a subject, a colon and a list: each item asked of the subject, the check at its end no item
        (
            "acme x globex: 10 gw, 100bn, 2026 - all correct?",
            ["acme x globex: 10 gw?", "acme x globex: 100bn?", "acme x globex: 2026?"],
        ),
        (
            "acme-artikel: 4,5 gw und 500 mrd – beides richtig?",
            ["acme-artikel: 4,5 gw?", "acme-artikel: 500 mrd?"],
        ),
        (
            "acme eckdaten: gw, mrd, start",
            ["acme eckdaten: gw?", "acme eckdaten: mrd?", "acme eckdaten: start?"],
        ),
        ("acme: Volumen und Laufzeit, inkl. Qualifier?", ["acme: Volumen?", "acme: Laufzeit?"]),
        # question words listed, asked of what follows them
        (
            "wie viel und bis wann? acme, erste phase",
            ["wie viel acme, erste phase?", "bis wann acme, erste phase?"],
        ),
        # no list: questions of their own, one item, a question before the colon, one figure with a comma
        ("re acme: was liefert acme, was macht globex?", []),
        ("acme: 4,5 gw oder 10 gw? welche zahl stimmt", []),
        ("wie viele gw zusammen: acme, globex und initech", []),
        ("acme: 4,5 gw?", []),
    ],
)
def test_a_list_asks_each_of_its_items(question: str, parts: list[str]) -> None:
    from bot.engine.compound import listed

    assert listed(question) == parts


def test_each_item_of_a_list_is_answered_in_the_message_language() -> None:
    engine = Engine(load_knowledge(ROOT / "knowledge"))
    answer = engine.ask("stargate-artikel: 4,5 gw und 500 mrd - beides richtig?")
    assert answer.answered and answer.language == "de", answer.answer
    assert "4,5 GW" in answer.answer and "500 Mrd." in answer.answer, answer.answer
