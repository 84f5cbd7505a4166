"""Each stage of the engine fed its own input type directly: parse (text → Query), retrieve (Query →
candidates), decide (Query → Decision), render (Decision → Answer)."""

from __future__ import annotations

import dataclasses
from functools import cache
from pathlib import Path

import pytest

from bot.engine.decisions import Decline, FromFacts, Greeting, NotGiven, Published
from bot.engine.engine import Engine
from bot.engine.render import render
from bot.knowledge.loader import load_knowledge

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"


@cache
def engine() -> Engine:
    return Engine(load_knowledge(KNOWLEDGE))


def test_parse_gives_an_immutable_query() -> None:
    query = engine().parse("Wie viel investiert Nvidia in OpenAI?")
    assert query.language == "de" and query.quantity and query.is_question
    assert "nvidia-openai" in query.named_deals
    assert query.focus == "investment"
    with pytest.raises(dataclasses.FrozenInstanceError):
        query.text = "something else"  # type: ignore[misc]
    with pytest.raises(TypeError):
        query.intents["jobs"] = 1.0  # type: ignore[index]


def test_parse_reads_how_many_x_as_what_must_be_answered() -> None:
    query = engine().parse("Wie viele Arbeitsplätze schafft Stargate?")
    assert query.counting and dict(query.primary) == {"jobs": 1.0}


def test_retrieve_ranks_the_named_deals_facts_best_first() -> None:
    ranked = engine().retriever.candidates(engine().parse("How much will Nvidia invest in OpenAI?"))
    assert ranked[0].fact.id == "nvidia-openai-investment"
    assert [c.score for c in ranked] == sorted((c.score for c in ranked), reverse=True)


def test_retrieve_never_hands_over_another_companys_figure() -> None:
    """Oracle is a party of Stargate, but Stargate's investment is not Oracle's own."""
    query = engine().parse("Wie viel investiert Oracle bei Stargate?")
    ranked = engine().retriever.candidates(query)
    assert ranked and not [c for c in ranked if c.fact.attribute.value == "investment"]


@pytest.mark.parametrize(
    ("question", "kind", "shape"),
    [
        ("Wie viel investiert Nvidia in OpenAI?", FromFacts, "best"),
        ("Stargate?", FromFacts, "overview"),
        ("Wie viele Jobs und wie viele Gigawatt bei Stargate?", FromFacts, "several"),
        ("Vergleiche Stargate und Nvidia: wie viel Geld?", FromFacts, "compare"),
        ("hallo", Greeting, None),
        ("Was kostet die Nvidia-Aktie gerade?", Decline, None),
        ("Wie viele Rechenzentren baut Broadcom?", Decline, None),
        ("Wann ist der Artikel über Stargate erschienen?", Published, None),
    ],
)
def test_decide_picks_the_kind_of_answer(question: str, kind: type, shape: str | None) -> None:
    decision = engine().decider.decide(engine().parse(question))
    assert isinstance(decision, kind)
    if shape is not None:
        assert isinstance(decision, FromFacts) and decision.shape == shape


def test_suggestions_are_questions_about_the_points_weighed() -> None:
    query = engine().parse("Wie viele Rechenzentren baut Broadcom?")
    decision = engine().decider.decide(query)
    assert isinstance(decision, Decline) and 0 < len(decision.suggestions) <= 3
    assert all(s.endswith("?") for s in decision.suggestions)


def test_render_writes_a_decision_made_by_hand() -> None:
    kb = engine().kb
    fact = kb.facts["nvidia-openai-investment"]
    query = engine().parse("How much will Nvidia invest in OpenAI?")
    answer = render(query, FromFacts("best", (fact,), 0.9), kb)
    assert answer.answered and answer.facts == [fact.id] and answer.language == "en"
    assert answer.citations and answer.figures
    declined = render(query, Decline(("How many jobs does it create?",)), kb)
    assert not declined.answered and declined.suggestions == ["How many jobs does it create?"]
    assert declined.answer.startswith("The articles don't say.")
    not_given = render(query, NotGiven(fact, (), what="date"), kb)
    assert not not_given.answered and not_given.answer.startswith("The articles give no date")
