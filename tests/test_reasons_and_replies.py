"""Reasons asked with "why", however much money the question names; an interview's question answered by
the reply after it; a report the sentence denies; money of one kind ("Fördergeld"); a figure of all sites
asked of one; what a person means to achieve; on articles written for these tests."""

from __future__ import annotations

import re

import pytest
from engines import engine_with_articles

from bot.engine.engine import Engine

PRICES = """Norvik Cloud senkt Preise für Rechenzeit

Der Kölner Cloud-Anbieter Norvik Cloud senkt die Preise für die Miete von Grafikprozessoren deutlich. Ab dem
1. Mai kostet eine GPU-Stunde nur noch 1,80 Euro statt bisher 2,70 Euro. Das entspricht einem Nachlass von
einem Drittel. Wer ein Jahr bucht, erhält zusätzlich 12 Prozent Rabatt. Insgesamt sollen die Preise um bis zu
35 Prozent sinken.

Möglich macht das nach Angaben von Norvik vor allem ein neuer Rechencluster in Wesselburg mit 9.000 GPUs.
Auch mehrere Wettbewerber haben ihre Preise zuletzt gesenkt. „Für uns ist die Rechenzeit der größte
Kostenblock", sagte Lumaro-Gründerin Ida Stein.
"""

PLANT = """Orvane plant Chipwerk in Felsbach

Der Chipentwickler Orvane will in Felsbach ein Werk für KI-Beschleuniger errichten. Die Gemeinde stellt dafür
ein 80 Hektar großes Gelände zur Verfügung.

Die Gesamtkosten beziffert das Unternehmen auf 6,4 Milliarden Euro. Den Rest will Orvane aus eigenen Mitteln
und über eine Kapitalerhöhung finanzieren. Einen Bericht der "Felsbacher Zeitung", wonach Orvane mit dem
Cloudanbieter Tessel bereits einen Liefervertrag über 2 Milliarden Euro unterschrieben habe, wies
Orvane-Chefin Maren Holt zurück. „Wir sprechen mit Tessel, aber es gibt keinen unterschriebenen Vertrag",
sagte sie.
"""

SITES = """Wendmark Data will Kapazität verdreifachen

Der Rechenzentrumsbetreiber Wendmark Data plant einen großen Ausbau. Chef Paul Riedel will bis 2029 die
installierte Leistung seiner Standorte von derzeit 300 Megawatt auf 900 Megawatt steigern. Dafür sollen zwei
neue Campusse in Ostheim und Lindtal entstehen.
"""

INTERVIEW = """Calvera-Chef Jonas Brandt im Interview

Der Cloudanbieter Calvera hat einen Vertrag mit dem KI-Start-up Nerio abgeschlossen. Im Gespräch erklärt
Vorstandschef Jonas Brandt, was er vorhat.

Was haben Sie sich bis 2029 vorgenommen?

Brandt: Ich will bis 2029 die Zahl unserer Rechenzentren von zwei auf sechs erhöhen. Drei davon sollen in
Finnland entstehen.

Warum nicht schneller?

Brandt: Der Engpass ist der Strom, nicht das Geld. Netzbetreiber sagen uns neue Anschlüsse oft erst nach
Jahren zu.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with_articles(
        tmp_path_factory,
        {
            "912_norvik.txt": PRICES,
            "911_orvane.txt": PLANT,
            "910_wendmark.txt": SITES,
            "909_calvera.txt": INTERVIEW,
        },
    )


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # "why" asks a reason, though "Preise" names money: the sentence that says what makes it possible
        # (not the founder's words: "Gründerin" is no "Grund")
        ("warum senkt norvik die preise", "Rechencluster"),
        ("Why is Norvik lowering its prices?", "Rechencluster"),
        # an interview's question is answered by the reply after it
        ("Calvera-Interview: warum nicht schneller?", "Engpass ist der Strom"),
        ("What does Jonas Brandt want to achieve by 2029?", "sechs"),
        # the person who denied a report, its verb apart ("wies … zurück")
        ("Wer dementierte den Bericht der Felsbacher Zeitung?", "Holt"),
    ],
)
def test_what_the_sentences_say(engine: Engine, question: str, said: str) -> None:
    answer = engine.ask(question)
    assert answer.answered, f"{question!r}: {answer.answer}"
    assert re.search(said, answer.answer), answer.answer


@pytest.mark.parametrize(
    ("question", "wrong"),
    [
        # "Fördergeld" is money of one kind, which the total costs are not
        ("wie viel fördergeld bekommt orvane", r"6[,.]4"),
        # the sum of a report the sentence denies
        ("Wie hoch ist der Liefervertrag zwischen Orvane und Tessel?", r"\b2\b"),
        # the power of all sites is not the one new campus's
        ("how many megawatts will the new Ostheim campus have", "300|900"),
    ],
)
def test_what_no_sentence_says(engine: Engine, question: str, wrong: str) -> None:
    answer = engine.ask(question)
    assert not answer.answered, f"{question!r}: {answer.answer}"
    assert not re.search(wrong, answer.answer), answer.answer


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # "the number" of a thing asks the fact of its kind that counts it, not the one listing its kinds
        ("what jobs number are they throwing around for stargate?", "100,000"),
        # a "cheque" asks money; "alongside" is a small word; "the commentary" names a piece
        ("NVDA -> OpenAI, what's the size of the cheque we're talking about?", r"\$100 billion"),
        ("the commentary calls nvidia the 'king' of what?", "Grafikprozessoren"),
    ],
)
def test_chat_words_on_the_seed_articles(engine: Engine, question: str, said: str) -> None:
    answer = engine.ask(question)
    assert answer.answered, f"{question!r}: {answer.answer}"
    assert re.search(said, answer.answer), answer.answer
