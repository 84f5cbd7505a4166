"""Reading a quarterly report, a phased build-out, a takeover bid and a tender: which figure is which."""

from __future__ import annotations

import pytest
from engines import engine_with_articles

from bot.engine.compound import split_questions
from bot.engine.engine import Engine
from bot.knowledge.numbers import find_numbers

REPORT = """Quellmark Digital steigert Quartalsgewinn – Großauftrag von Ferrowind Cloud

Maseru – Der Netzbetreiber Quellmark Digital hat im dritten Quartal mehr verdient. Wie das Unternehmen am
6. November 2025 mitteilte, stieg der Umsatz in den Monaten Juli bis September um 18 Prozent auf 842 Millionen
Maloti.

Die Marge lag bei 31 Prozent, nach 27 Prozent ein Jahr zuvor.

Für das Gesamtjahr erwartet Quellmark nun einen Umsatz von 3,2 bis 3,3 Milliarden Maloti.

Größter Einzelposten war ein Vertrag mit dem Cloudanbieter Ferrowind Cloud. Der Vertrag hat eine Laufzeit von
fünf Jahren und ein Gesamtvolumen von 1,35 Milliarden Maloti. Für den Ausbau will Quellmark 210 neue Stellen
schaffen.

„Der Ferrowind-Auftrag ist der größte in unserer Firmengeschichte“, sagte Finanzvorständin Lerato Moshoe.
Ferrowind-Gründer und CEO Pieter Vos lobte den Standort.
"""

BUILD_OUT = """Sambra Compute baut Rechenzentrum in Brikama in drei Phasen aus

Brikama – Der Rechenzentrumsbetreiber Sambra Compute will seinen Standort in Brikama ausbauen.

Die erste Phase hat ein Volumen von 2,4 Milliarden Dalasi. Dafür installiert der Zulieferer Veltra Systems
1.200 GPUs in einer bestehenden Halle. Die Inbetriebnahme ist für den 15. März 2026 geplant.

In der zweiten Phase kommen weitere 2.800 GPUs hinzu; die Leistung soll bis Ende 2027 auf 20 Megawatt wachsen.

Die erste Phase finanziert Sambra Compute mit einem Kredit der Savanna Bank über 900 Millionen Dalasi.
"""

BID = """Orlen Kompute lehnt Übernahmeangebot von Tarvane ab

Port Vila – Der Rechenzentrumsbetreiber Orlen Kompute hat ein Übernahmeangebot des Investors Tarvane
Holdings zurückgewiesen. Tarvane hatte 4.200 Vatu je Aktie geboten, insgesamt rund 18,5 Milliarden Vatu.

Das Angebot entsprach einem Aufschlag von 22 Prozent auf den Schlusskurs vom 14. November. Tarvane hält
bereits 14 Prozent der Anteile.

Der Verwaltungsrat legte zugleich ein Gegenangebot vor: Bei einem Preis von 5.100 Vatu je Aktie sei man
bereit, den Aktionären die Annahme zu empfehlen.
"""

TENDER = """Galeno-Konsortium gewinnt Ausschreibung für KI-Rechenzentrum in Lungi

Freetown – Die Regierung hat den Auftrag für das nationale KI-Rechenzentrum an ein Konsortium unter Führung
der Galeno Infrastruktur GmbH vergeben. Das Angebot des Konsortiums, an dem auch der Netzbetreiber Bumbo
Datacom beteiligt ist, beläuft sich auf 1,84 Milliarden Leones.

Marrak Systems hatte 1,97 Milliarden Leones verlangt.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with_articles(
        tmp_path_factory,
        {
            "080_quellmark.txt": REPORT,
            "081_sambra.txt": BUILD_OUT,
            "082_orlen.txt": BID,
            "083_galeno.txt": TENDER,
        },
    )


def test_a_currencys_own_plural_is_read() -> None:
    # (world English says "maloti", "taka", "birr" where US English says "lotis", "takas", "birrs")
    assert [n.unit for n in find_numbers("842 Millionen Maloti")] == ["LSL"]
    assert [n.unit for n in find_numbers("5 Milliarden Birr")] == ["ETB"]


@pytest.mark.parametrize(
    ("question", "expected", "wrong"),
    [
        ("quellmark umsatz im q3?", "842", "3,2"),
        ("auf welchen jahresumsatz hat quellmark die prognose angehoben", "3,2", "842"),
        ("how big is the ferrowind deal and how long does it run", "1,35", None),
        ("Wann soll die erste Ausbaustufe von Sambra Compute in Betrieb gehen?", "15", None),
        ("what did tarvane offer per orlen kompute share?", "4.200", "14"),
        ("How much of Orlen Kompute does Tarvane already own?", "14", "22"),
        ("whats the premium on the tarvane bid vs the share price", "22", None),
        ("zu welchem preis hat galeno die ausschreibung gewonnen?", "1,84", "1,97"),
        ("wie viel schulden / kredite nimmt sambra auf?", "900", "2,4"),
    ],
)
def test_the_figure_of_the_thing_asked(
    engine: Engine, question: str, expected: str, wrong: str | None
) -> None:
    answer = engine.ask(question)
    said = answer.answer.replace("4,200", "4.200").replace("1.35", "1,35").replace("1.84", "1,84")
    assert answer.answered and expected in said, (question, answer.answer)
    if wrong is not None:
        assert wrong not in said.split("\n")[0], (question, answer.answer)


def test_a_sum_offered_is_no_sum_paid(engine: Engine) -> None:
    answer = engine.ask("Wie viel hat Tarvane für seine 14 Prozent an Orlen bezahlt?")
    assert not answer.answered and "18,5" not in answer.answer and "4.200" not in answer.answer


def test_a_time_before_is_no_term(engine: Engine) -> None:
    # "nach 27 Prozent ein Jahr zuvor" says when, not how long anything runs
    answer = engine.ask("how long does the ferrowind contract run")
    assert answer.answered and "5" in answer.answer and "1 year" not in answer.answer


def test_a_speaker_is_not_of_the_company_she_speaks_of(engine: Engine) -> None:
    answer = engine.ask("who's the cfo at quellmark digital?")
    assert answer.answered and "Moshoe" in answer.answer


def test_a_second_question_after_a_preposition_is_split() -> None:
    parts = split_questions("wer hat die Ausschreibung gewonnen und zu welchem Preis?")
    assert parts == ["wer hat die Ausschreibung gewonnen?", "zu welchem Preis?"]
    parts = split_questions("What price does Acme guarantee, and for how long?")
    assert parts[1].startswith("for how long") and "Acme" in parts[1]


def test_an_umlaut_typed_as_its_vowel_is_read(engine: Engine) -> None:
    assert engine.parse("nvidia borsenwert").words == engine.parse("nvidia börsenwert").words
    # ... but a word of its own stays: "gesagt" is no "gesägt"
    assert "gesagt" in engine.parse("was hat jo roe gesagt").words
