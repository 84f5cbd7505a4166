"""Follow-ups: the engine takes what the conversation was about as an input of `ask` (pure, no Discord)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.answer import Context
from bot.engine.engine import Engine
from bot.knowledge.loader import load_knowledge

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load_knowledge(ROOT / "knowledge"))


def test_an_answer_carries_its_subject(engine: Engine) -> None:
    answer = engine.ask("Wie viel investiert Nvidia in OpenAI?")
    assert answer.context is not None
    assert {"NVIDIA", "OpenAI"} <= set(answer.context.names)
    assert answer.context.deals == ["nvidia-openai"]


def test_a_follow_up_without_a_subject_inherits_it(engine: Engine) -> None:
    context = engine.ask("Wie viel investiert Nvidia in OpenAI?").context
    alone = engine.ask("und wann?")
    assert not alone.answered  # no subject, no context: nothing to answer
    follow = engine.ask("und wann?", context=context)
    assert follow.answered and "2026" in follow.answer
    assert follow.answer.startswith("NVIDIA–OpenAI")  # it says which subject it assumed
    assert follow.question == "und wann?"
    english = engine.ask("and how many gigawatts?", context=context)
    assert (
        english.answered and "10" in english.answer and english.answer.startswith("NVIDIA–OpenAI partnership")
    )


def test_thanks_and_a_new_subject_do_not_inherit(engine: Engine) -> None:
    context = engine.ask("Wie viel investiert Nvidia in OpenAI?").context
    assert not engine.ask("danke!", context=context).answered
    other = engine.ask("Wer ist Vorsitzender von Stargate?", context=context)
    assert other.answered and "Son" in other.answer and not other.answer.startswith("NVIDIA")


def test_ask_takes_a_context_on_the_command_line(tmp_path: Path) -> None:
    env = {"KNOWLEDGE_DIR": str(ROOT / "knowledge"), "DATABASE_PATH": str(tmp_path / "db.sqlite3")}
    context = Context(names=["NVIDIA", "OpenAI"], deals=["nvidia-openai"]).model_dump_json()
    command = [sys.executable, "-m", "bot", "ask", "--json", "--context", context, "und wann?"]
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["answered"] and "2026" in answer["answer"]
    bad = subprocess.run(
        [*command[:6], '{"nmes": []}', "x"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert bad.returncode == 2 and "--context" in bad.stderr


def test_a_later_part_pointing_back_is_the_first_parts_subject_though_it_names_another(
    engine: Engine,
) -> None:
    # "it" is NVIDIA, whose stock rose; OpenAI is whom it invests in
    answer = engine.ask("what % did nvda rise and how much is it investing in openai")
    assert answer.answered, answer.answer
    assert "4" in answer.answer and "100" in answer.answer, answer.answer


def test_figures_joined_by_a_plus_are_each_asked(engine: Engine) -> None:
    answer = engine.ask("stargate jobs + gw in one line pls")
    assert answer.answered and "100,000" in answer.answer and "4.5" in answer.answer, answer.answer
