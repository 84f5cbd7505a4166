"""A company asked beside a curated deal's, rivals spoken of by their kind ("Der Betreiber aus Ohio"), a
stage after a colon's company, terse and trailing counts ("Dravon jobs?", "option on more chips - how
many?"), a compound said apart ("Glasfaserverbindung"), people by an apposition's title, a reason asked
("warum"), and names spelt as they sound, on articles written for these tests and on the seeds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from engines import engine_with_articles

from bot.engine.engine import Engine
from bot.knowledge.loader import load_knowledge

ROOT = Path(__file__).resolve().parent.parent

RIVALS = """Kelmar Cloud bestellt 12.000 Grafikprozessoren – US-Rivale hatte vorgelegt

Hamburg – Der Hamburger Cloud-Anbieter Kelmar Cloud hat bei Nvidia 12.000 Grafikprozessoren bestellt. Der
Auftrag hat nach Unternehmensangaben einen Wert von rund 410 Millionen Euro. Kelmar hat sich zudem eine
Option auf bis zu 4.000 weitere Beschleuniger gesichert.

Als Maßstab gilt der Abschluss des US-Konzerns Dravon Systems. Der Betreiber aus Ohio hatte im Vorjahr
mit dem Sprachmodell-Entwickler Quenta AI einen Fünfjahresvertrag über 1,3 Milliarden US-Dollar
geschlossen.

Um ein Gelände in Lerbach bieten beide. Das höhere Gebot stammt allerdings von den Amerikanern: Dravon
bietet 95 Millionen Euro für das Areal und will dort einen Campus in zwei Stufen hochziehen. Die erste
Ausbaustufe mit 120 Megawatt soll 2028 fertig sein. Insgesamt will der Konzern etwa 650 Arbeitsplätze
schaffen.
"""

START_UP = """Dresdner Chip-Start-up Orsan sammelt 90 Millionen Euro ein

Das Dresdner Halbleiter-Start-up Orsan Devices hat in einer Finanzierungsrunde 90 Millionen Euro
eingesammelt. Mit der Finanzierung steigt die Bewertung des Unternehmens auf rund 600 Millionen Euro. Bis
2029 will Orsan mindestens 20.000 Tessel-Chips ausliefern. Nach Angaben der Firma verbrauchen
die Tessel-Chips bis zu 45 Prozent weniger Energie als herkömmliche Grafikprozessoren.

„Das Geld bringt uns in die Produktion“, sagte Gründerin und Vorstandschefin Maren Dahlke. Hella Quint,
Partnerin bei Fjordhaven Capital, zieht in den Aufsichtsrat des Start-ups ein.

Für die Fertigung lässt Orsan seine Standorte in Dresden und Pirna durch eine eigene Glasfaserstrecke
verbinden. Die Leitung wird 38 Kilometer lang. Hintergrund ist ein Engpass beim Strom: Der Netzbetreiber
kann den Standort Dresden vor 2030 nicht mit zusätzlicher Leistung versorgen. Nach der Bekanntgabe legte
die Orsan-Anleihe um 2,4 Prozent zu.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with_articles(tmp_path_factory, {"926_kelmar.txt": RIVALS, "927_orsan.txt": START_UP})


@pytest.fixture(scope="module")
def seeds() -> Engine:
    return Engine(load_knowledge(ROOT / "knowledge"))


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # a company the curated deal's articles never name, asked beside the deal's: its own article
        ("How many GPUs did Kelmar order from Nvidia?", "12[,.]000"),
        # a terse count, and one asked by a closing "how many"
        ("Dravon jobs?", "650"),
        ("kelmar option on more chips - how many?", "4[,.]000"),
        # "Das höhere Gebot stammt von den Amerikanern: Dravon bietet …. Die erste Ausbaustufe …"
        ("wann ist die erste Ausbaustufe von Dravon fertig", "2028"),
        # "Der Betreiber aus Ohio hatte mit … Quenta AI einen Vertrag …": the one just named, by its kind
        ("What was Dravon's Quenta contract worth?", "1[.,]3"),
        # a compound no article says, of parts one does ("Glasfaserstrecke … verbinden")
        ("Wie lang wird die Glasfaserverbindung?", "38 Kilometer"),
        # the one article saying every word asked ("Tessel-Chips"), "das Start-up" a company's kind
        ("Wie viele Tessel-Chips will das Start-up bis 2029 ausliefern?", "20[.,]000"),
        # "Dresdner" names Dresden in the opening
        ("What is the Dresden chip start-up valued at after the round?", "600"),
        ("By how much did the Orsan bond climb?", "2[.,]4"),
        # "how much less … compared to …": a difference, given as a share
        ("Wieviel weniger Strom brauchen die Tessel-Chips im Vergleich zu normalen GPUs?", "45 Prozent"),
        # "Gründerin und Vorstandschefin …" after a chip named „…“; "Jo Roe, Partnerin bei X,"
        ("wer ist die chefin von orsan", "Maren Dahlke"),
        ("Who from Fjordhaven joins Orsan's supervisory board?", "Hella Quint"),
    ],
)
def test_rivals_stages_counts_and_people(engine: Engine, question: str, said: str) -> None:
    answer = engine.ask(question)
    assert answer.answered, f"{question!r}: {answer.answer}"
    assert re.search(said, answer.answer.splitlines()[0]), answer.answer


def test_a_deals_figure_is_no_other_companys(engine: Engine) -> None:
    # Nvidia's curated investment is in OpenAI, not in a company its articles never name
    answer = engine.ask("wie viel investiert nvidia in kelmar?")
    assert not answer.answered and "100" not in answer.answer, answer.answer
    # ... nor a foreign company's, asked by its ticker
    answer = engine.ask("intc nvidia investment size?")
    assert not answer.answered and "100" not in answer.answer, answer.answer


def test_why_is_answered_by_the_sentence_naming_a_reason(engine: Engine) -> None:
    answer = engine.ask("warum baut orsan eine eigene glasfaserstrecke?")
    assert answer.answered and "Engpass beim Strom" in answer.answer, answer.answer


def test_a_name_spelt_as_it_sounds(seeds: Engine) -> None:
    answer = seeds.ask("wer wird vorsitzender bei stargeit")
    assert answer.answered and "Masayoshi Son" in answer.answer, answer.answer
