"""Whatever arrives as a question, the engine returns a valid Answer and never raises."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.answer import Answer
from bot.engine.engine import Engine
from bot.knowledge.loader import load_knowledge
from bot.knowledge.models import normalize_space

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@cache
def engine() -> Engine:
    return Engine(load_knowledge(KNOWLEDGE))


@cache
def document_texts() -> dict[str, str]:
    return {doc_id: normalize_space(doc.text) for doc_id, doc in engine().kb.documents.items()}


def check(answer: Answer) -> None:
    assert isinstance(answer, Answer)
    Answer.model_validate(answer.model_dump())  # every field still satisfies the model
    assert 0.0 <= answer.confidence <= 1.0
    assert answer.language in ("de", "en")
    assert isinstance(answer.answer, str) and answer.answer.strip()
    texts = document_texts()
    for citation in answer.citations:
        assert citation.document in texts, citation
        assert normalize_space(citation.quote) in texts[citation.document], citation
    if not answer.answered:
        assert answer.figures == []
    assert len(answer.suggestions) <= 3


def ask(text: str, locale: str | None = None) -> Answer:
    answer = engine().ask(text, locale)
    check(answer)
    return answer


_WORDS = st.sampled_from(
    [
        "Nvidia",
        "nvdia",
        "OpenAI",
        "Stargate",
        "Broadcom",
        "AMD",
        "Oracle",
        "SoftBank",
        "Abilene",
        "CoreWeave",
        "wie",
        "viel",
        "viele",
        "investiert",
        "how",
        "much",
        "many",
        "GPUs",
        "Arbeitsplätze",
        "jobs",
        "wann",
        "when",
        "wo",
        "CEO",
        "vs",
        "vergleich",
        "compare",
        "100",
        "Mrd.",
        "4,5",
        "GW",
        "Milliarden",
        "$",
        "?",
        "!",
        "Siemens",
        "Hallo",
        "danke",
        "🚀",
        "\x00",
        "\u200b",
        "\u202e",
    ]
)
_QUESTIONISH = st.lists(_WORDS, max_size=20).map(" ".join)
_BINARYISH = st.binary(max_size=300).map(lambda b: b.decode("latin-1"))
_CONTROL = st.text(alphabet=st.characters(categories=["Cc", "Cf", "Zs", "Zl", "Zp"]), max_size=50)


@FUZZ
@given(text=st.one_of(st.text(), _QUESTIONISH, _BINARYISH, _CONTROL))
@example(text="")
@example(text="   \t\n\r  ")
@example(text="'; DROP TABLE facts;--")
@example(text="Robert'); DROP TABLE questions;-- wie viel investiert Nvidia?")
@example(text="\x00\x01\x02\x7f\x1b[31m")
@example(text="🚀🚀🚀 Nvidia 🤑💰?")
@example(text="\ud800")  # a lone surrogate
@example(text="Wie viel investiert Nvidia in OpenAI?" * 500)
def test_engine_never_raises(text: str) -> None:
    ask(text)


@FUZZ
@given(text=_QUESTIONISH, locale=st.sampled_from([None, "de", "en", "fr", "", "de-DE", "EN_us"]))
def test_engine_never_raises_with_any_locale(text: str, locale: str | None) -> None:
    ask(text, locale)


@pytest.mark.parametrize(
    "text",
    [
        "x" * 1_000_000,
        "1" * 1_000_000,
        "Nvidia " * 100_000,
        "? " * 200_000,
        "🚀" * 100_000,
        "\n" * 100_000,
        "Wie viel investiert Nvidia in OpenAI? " * 20_000,
    ],
    ids=["letters", "digits", "names", "question-marks", "emoji", "newlines", "repeated-question"],
)
def test_very_long_text(text: str) -> None:
    ask(text)


@pytest.mark.parametrize(
    "text",
    ["", " ", "\t", "\n\n\n", "\u00a0\u2003\u3000", "\u200b\u200b", "\r\n"],
    ids=["empty", "space", "tab", "newlines", "unicode-spaces", "zero-width", "crlf"],
)
def test_only_whitespace_is_not_answered(text: str) -> None:
    answer = ask(text)
    assert answer.answered is False
    assert answer.figures == []


@pytest.mark.parametrize(
    "text",
    [
        "'; DROP TABLE facts;--",
        "SELECT * FROM facts WHERE 1=1; --",
        "<script>alert(1)</script>",
        "{{7*7}} ${jndi:ldap://127.0.0.1/a}",
        "%s%s%s%n",
        "../../../../etc/passwd",
        "\x00\xff\xfe\x80binary\x01",
    ],
)
def test_hostile_text_is_not_answered(text: str) -> None:
    answer = ask(text)
    assert answer.answered is False


def test_real_question_still_answered_after_noise() -> None:
    """The engine keeps no state between questions: noise first does not spoil a real answer."""
    for noise in ("'; DROP TABLE facts;--", "🚀" * 1000, "\x00" * 100):
        ask(noise)
    answer = ask("Wie viel investiert Nvidia in OpenAI?")
    assert answer.answered
    assert [f.value for f in answer.figures] == [100e9]
