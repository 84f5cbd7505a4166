"""Suggestions are real questions the bot answers: every one the engine makes for the labelled sets is
asked and must be answered, in the asker's language; they are chosen for the question's subject and
kind, and the Discord buttons can carry them (short enough for a label)."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from labelled import DATA, knowledge_with, load_items

from bot.answer import Answer
from bot.engine.engine import Engine
from bot.engine.suggestions import MAX_LENGTH, MAX_SUGGESTIONS, MAX_VERIFY_ASKS, Suggester, _german
from bot.knowledge.loader import load_knowledge

ROOT = Path(__file__).resolve().parent.parent
DEV_SET = ROOT.parent / "shared" / "eval" / "dev.jsonl"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load_knowledge(ROOT / "knowledge"))


def _sets() -> Iterator[tuple[str, list[Path], Path]]:
    """Each labelled set with the documents it needs beside the shipped knowledge."""
    for path in sorted(DATA.glob("*.jsonl")):
        yield path.name, [], path
    if DEV_SET.exists():
        yield "dev.jsonl", [], DEV_SET
    for folder in sorted(DATA.glob("articles*")):
        yield folder.name, [folder], folder / "questions.jsonl"


def test_every_suggestion_for_the_labelled_sets_is_answered_in_the_askers_language() -> None:
    wrong: list[str] = []
    made: set[str] = set()
    asked = 0
    engines: dict[tuple[Path, ...], Engine] = {}
    for name, extra, path in _sets():
        key = tuple(extra)
        if key not in engines:
            with tempfile.TemporaryDirectory() as tmp:
                engines[key] = Engine(load_knowledge(knowledge_with(extra, Path(tmp))))
        engine = engines[key]
        for item in load_items(path):
            answer = engine.ask(str(item["q"]))
            asked += 1
            assert len(answer.suggestions) <= MAX_SUGGESTIONS
            for suggestion in answer.suggestions:
                made.add(suggestion)
                again = engine.ask(suggestion)
                if not again.answered or again.language != answer.language:
                    wrong.append(
                        f"{name} {item['id']} ({answer.language}) {suggestion!r}: "
                        f"answered={again.answered} language={again.language} {again.answer[:80]!r}"
                    )
                if len(suggestion) > MAX_LENGTH:
                    wrong.append(f"{name} {item['id']}: {suggestion!r} is longer than {MAX_LENGTH}")
    assert asked > 1000 and len(made) >= 30, (asked, len(made))  # the sets were read and suggest a lot
    assert not wrong, "\n".join(wrong)


def test_suggestions_are_questions_not_templates(engine: Engine) -> None:
    for question in ("Wie viel kostet die Apple-Aktie?", "How much did Apple invest?", "hallo"):
        suggestions = engine.ask(question).suggestions
        assert suggestions, question
        for suggestion in suggestions:
            assert suggestion.endswith("?") and ": " not in suggestion, suggestion


def test_suggestions_are_in_the_askers_language(engine: Engine) -> None:
    german = engine.ask("Wie viel Geld hat Apple in Rechenzentren investiert?")
    english = engine.ask("How much money did Apple invest in data centers?")
    assert german.language == "de" and english.language == "en"
    assert german.suggestions and english.suggestions
    assert all(engine.ask(s).language == "de" for s in german.suggestions)
    assert all(engine.ask(s).language == "en" for s in english.suggestions)


def test_what_was_asked_chooses_the_suggestions(engine: Engine) -> None:
    """A money question nobody can answer gets money questions the articles do answer."""
    answer = engine.ask("How much money did Apple invest?")
    assert not answer.answered and len(answer.suggestions) == MAX_SUGGESTIONS
    for suggestion in answer.suggestions[:2]:  # the shipped base answers two money questions
        again = engine.ask(suggestion)
        kinds = {engine.kb.facts[f].attribute.value for f in again.facts}
        assert "investment" in kinds, (suggestion, kinds)


def test_the_deal_asked_about_chooses_the_suggestions(engine: Engine) -> None:
    """An out-of-scope question about a known deal is offered that deal's points."""
    answer = engine.ask("Wie hoch ist der Aktienkurs von Broadcom?")
    assert not answer.answered and answer.suggestions
    first = answer.suggestions[:2]  # the points of that deal the articles answer, then others
    deals = {d for s in first for d in engine.ask(s).deals}
    assert deals == {"openai-broadcom"}, (answer.suggestions, deals)


def test_off_topic_questions_do_not_all_get_the_same_three(engine: Engine) -> None:
    questions = [
        "Wie wird das Wetter morgen?",
        "Was kostet ein Döner?",
        "Who won the football game?",
        "Wie spät ist es?",
        "What is the capital of France?",
        "Erzähl mir einen Witz",
    ]
    for question in questions:  # the first time may leave points unverified (MAX_VERIFY_ASKS)
        engine.ask(question)
    seen = {tuple(engine.ask(q).suggestions) for q in questions}
    assert len(seen) >= 3, seen
    assert engine.ask(questions[0]).suggestions == engine.ask(questions[0]).suggestions  # stable


def test_a_question_the_engine_does_not_answer_is_never_suggested(engine: Engine) -> None:
    """The verification step is what keeps suggestions honest: with an engine that answers nothing,
    nothing is suggested."""

    def declines(question: str) -> Answer:
        return Answer(question=question, answered=False, answer="", language="en", confidence=0.0)

    suggester = Suggester(engine.kb, declines)
    families = [(f.deal, f.attribute.value) for f in engine.kb.facts.values()]
    assert all(suggester.suggestion(family, "en") is None for family in families)
    real = Suggester(engine.kb, engine.ask)
    assert sum(real.suggestion(family, "en") is not None for family in set(families)) >= 10


def test_suggesting_does_not_slow_a_second_ask(engine: Engine) -> None:
    """Verification runs once per knowledge base: the second time, a declined question only looks up."""
    engine.ask("What does Apple plan?")
    calls: list[str] = []
    ask = engine.decider.suggester._ask
    engine.decider.suggester._ask = lambda q: calls.append(q) or ask(q)  # type: ignore[func-returns-value]
    try:
        engine.ask("What does Apple plan?")
    finally:
        engine.decider.suggester._ask = ask
    assert calls == []


def test_one_question_pays_for_a_few_verifications_at_most() -> None:
    """A fresh knowledge base verifies suggestions as questions need them, a few asks per question."""
    engine = Engine(load_knowledge(ROOT / "knowledge"))
    calls: list[str] = []
    ask = engine.decider.suggester._ask
    engine.decider.suggester._ask = lambda q: calls.append(q) or ask(q)  # type: ignore[func-returns-value]
    for question in (
        "What does Apple plan?",
        "Wie viel kostet die Apple-Aktie?",
        "hallo",
        "Wer ist Tim Cook?",
    ):
        calls.clear()
        assert engine.ask(question).suggestions
        assert 0 < len(calls) <= MAX_VERIFY_ASKS, calls


@pytest.mark.parametrize(
    ("name", "case", "expected"),
    [
        ("Alpha–Beta-Partnerschaft", "dat", "der Alpha–Beta-Partnerschaft"),
        ("Gamma-Projekt", "dat", "dem Gamma-Projekt"),
        ("Gamma-Projekt", "nom", "das Gamma-Projekt"),
        ("Delta–Epsilon-Vereinbarung", "acc", "die Delta–Epsilon-Vereinbarung"),
        ("Zetas 5-Gigawatt-Plan", "dat", "Zetas 5-Gigawatt-Plan"),
        ("Eta-Deal", "nom", "der Eta-Deal"),
    ],
)
def test_german_deal_names_get_their_article(name: str, case: str, expected: str) -> None:
    assert _german(name, case, ["Alpha", "Beta", "Zeta", "Eta"]) == expected
