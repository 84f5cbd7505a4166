"""Questions in another language, or with some of its words, read as the English the engine knows."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.engine.foreign import in_english
from bot.knowledge.loader import load_knowledge

ARTICLE = """Halvard Compute baut Rechenzentrum in Tromsø

Tromsø – Der Rechenzentrumsbetreiber Halvard Compute will bis zu 3,2 Milliarden Euro in ein neues
KI-Rechenzentrum in Tromsø investieren. Durch das Projekt sollen 640 Arbeitsplätze entstehen.

Gründerin und CEO Ingrid Solvang sagte, das Rechenzentrum solle 2027 in Betrieb gehen.
"""


def _never_known(word: str) -> bool:
    return False


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("hoeveel banen", "how many jobs"),
        ("ne kadar yatirim", "how much investment"),
        ("cuantos empleos", "how many jobs"),  # ("cuántos", "quanti": how many; "cuánto": how much)
        ("centro de datos", "datacenter"),
        ("kac milyar dolar", "how many billion dollars"),
        ("quand", "when"),
        # a Turkish noun with its case ending ("kişiye": to how many people), as the engine normalises it
        ("projesi kac kisiye is saglayacak", "project how many people jobs provide"),
    ],
)
def test_another_languages_words_read_as_english(question: str, read: str) -> None:
    assert in_english(question.split(), _never_known) == read.split()


def test_a_word_the_articles_use_stays() -> None:
    # ("cena" would be a price in Polish; where the articles say it, it is theirs)
    assert in_english(["cena", "quand"], lambda w: w == "cena") == ["cena", "when"]
    # ... and German and English words are no other language's ("wie", "actions", "dove" are not in it)
    assert in_english("wie viele actions dove".split(), _never_known) == "wie viele actions dove".split()


@pytest.fixture
def engine(root: Path) -> Engine:
    (root / "documents" / "060_halvard.txt").write_text(ARTICLE, encoding="utf-8")
    return Engine(load_knowledge(root))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("¿Cuánto invierte Halvard Compute en Tromsø?", "3,2"),
        ("Combien d'emplois crée Halvard Compute?", "640"),
        ("Hoeveel banen levert het Halvard project op?", "640"),
        ("Halvard Compute ne kadar yatırım yapacak?", "3,2"),
        ("Ile miejsc pracy tworzy Halvard?", "640"),
    ],
)
def test_a_question_in_another_language_is_answered(engine: Engine, question: str, expected: str) -> None:
    answer = engine.ask(question)
    said = answer.answer.replace(".", ",")
    assert answer.answered and expected in said, (question, answer.answer)


def test_an_unsaid_thing_asked_in_another_language_is_declined(engine: Engine) -> None:
    # (the articles give a plan, not how many megawatts run today)
    answer = engine.ask("hoeveel megawatt draait er nu al in Tromsø?")
    assert not answer.answered
