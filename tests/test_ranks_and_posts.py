"""A rank asked ("which bidder is the cheapest", "welches Projekt ist das größte"), a person's post asked
without its word ("what does Roe do"), a name misspelt in its first word, a project named like a thing
("„Campus Lindquell“"), a company's seat that is no site, and a use asked that is no output, on articles
written for these tests and on the seeds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from engines import engine_with_articles

from bot.engine.engine import Engine
from bot.knowledge.loader import load_knowledge

TENDER = """Drei Angebote für das Landesrechenzentrum in Wiesgart

Im Wettbewerb um das geplante KI-Rechenzentrum der Landesverwaltung in Wiesgart liegen drei Angebote
vor. Der Softwarekonzern Korbinia Systems AG bietet 512 Millionen Euro für die gesamte Laufzeit. Der
IT-Dienstleister Feldmark IT GmbH hat mit 471 Millionen Euro das günstigste Angebot abgegeben. Das
Konsortium Quellmoor Digital liegt mit knapp 530 Millionen Euro darüber.

„Wir setzen auf eigene Rechenzentren“, sagte Ronja Wessel, Technikvorständin von Feldmark IT.
"""

CAMPUS = """Vier Partner bauen KI-Campus bei Tarnholm

Vier Unternehmen wollen am Rand von Tarnholm einen Rechenzentrumscampus errichten. Das Vorhaben trägt
den Namen „Campus Lindquell“. Den größten Beitrag leistet der Energieversorger Sörvik Energie AG, der 1,4
Milliarden Euro in das Projekt einbringt. Der Finanzinvestor Amrel Capital steuert rund 500 Millionen
Euro bei. Der Energiekonzern sehe in dem Campus einen verlässlichen Abnehmer für Windstrom.
"""

RIVALS = """Zwei Rechenzentren ringen um Strom im Kreis Ulmenau

Das größte der Vorhaben plant Halvard Data. Das Unternehmen will am Stadtrand von Brakeln einen Campus mit
210 Megawatt errichten und dafür rund 2,4 Milliarden Euro investieren. Deutlich kleiner ist das zweite
Projekt: Tessmar Infra will sein Rechenzentrum in Kornfeld um knapp 35 Megawatt erweitern.

Der Netzbetreiber Velgard Netz will die Regionen um Brakeln und Kornfeld mit einer neuen Glasfaser-Trasse
verbinden. Die Verbindung soll 212 Kilometer lang werden, die Kosten beziffert das Unternehmen aus
Ostheide auf rund 95 Millionen Euro. Am Campus steht zudem ein Batteriespeicher, der mit einer Leistung
von bis zu 30 Megawatt Strom abgeben kann.
"""


PERMIT = """Rechenzentrum bei Halmstedt darf Grundwasser entnehmen

Die Untere Wasserbehörde des Landkreises Oderfeld hat dem Cloud-Anbieter Virelta die Erlaubnis erteilt, für
sein Rechenzentrum bei Halmstedt Grundwasser zu entnehmen. Nach dem Bescheid darf die deutsche Tochter
Virelta Deutschland GmbH bis zu 240.000 Kubikmeter pro Jahr fördern. Die Erlaubnis ist auf acht Jahre
befristet. Künftig wird das rund 28 Grad warme Kühlwasser an eine Wärmepumpe übergeben, die es auf bis zu
80 Grad erhitzt. Gebaut hat die Anlage die Kelvator Wärmetechnik GmbH aus Lorbach.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with_articles(
        tmp_path_factory,
        {
            "921_wiesgart.txt": TENDER,
            "920_lindquell.txt": CAMPUS,
            "919_ulmenau.txt": RIVALS,
            "918_halmstedt.txt": PERMIT,
        },
    )


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # a rank asked, of a sentence saying it in German ("das günstigste Angebot", "Das größte der …")
        ("which bidder is the cheapest one in wiesgart", "Feldmark"),
        ("Welcher der vier Partner leistet beim Campus den größten Beitrag?", "Sörvik"),
        ("Welches der Rechenzentrumsprojekte im Kreis Ulmenau ist das größte?", "Halvard"),
        # a post asked without its word, or by "hold"
        ("what does ronja wessel do", "Technikvorständin"),
        ("Which position does Ronja Wessel hold?", "Technikvorständin"),
        ("was macht ronja wessel beruflich", "Technikvorständin"),
        # "wie vile" is "wie viel"
        ("halvard data wie vile megawatt", "210"),
        # a name's first word misspelt, the next as written
        ("tesmar infra how many megawatts expansion?", "35"),
        # a company's seat ("das Unternehmen aus Ostheide") is no other site, and both towns of a route
        # asked together ask of the route
        ("What does the Brakeln–Kornfeld fibre route cost?", "95"),
        # English words on a German permit: "issued" is "erteilt", "valid" is "befristet", water "pumped"
        # is no stock's move, "die deutsche Tochter Virelta Deutschland GmbH" is Virelta's, a temperature
        ("Which authority issued the water permit?", "Wasserbehörde"),
        ("For how many years is the permit valid", "8 years"),
        ("How much groundwater is virelta allowed to pump each year?", "240"),
        ("what temperature does the heat pump bring the water up to", "80"),
    ],
)
def test_what_the_sentences_say(engine: Engine, question: str, said: str) -> None:
    answer = engine.ask(question)
    assert answer.answered, f"{question!r}: {answer.answer}"
    assert re.search(said, answer.answer), answer.answer


@pytest.mark.parametrize(
    ("question", "wrong"),
    [
        # no sentence says who bid the most: no bidder's own figure is the rank
        ("which bidder offered the most", "Korbinia|Quellmoor|512|530"),
        ("wer bietet am meisten", "Korbinia|Quellmoor|512|530"),
        # a battery's output is no campus's power use
        ("What's the Brakeln campus's current power consumption?", "30"),
        # "Lindquell" names the one project, not the other article's campus
        ("What's the total amount the Lindquell consortium is investing?", "2[.,]4"),
    ],
)
def test_what_no_sentence_says(engine: Engine, question: str, wrong: str) -> None:
    answer = engine.ask(question)
    assert not answer.answered, f"{question!r}: {answer.answer}"
    assert not re.search(wrong, answer.answer), answer.answer


@pytest.fixture(scope="module")
def seeds() -> Engine:
    return Engine(load_knowledge(Path(__file__).resolve().parent.parent / "knowledge"))


@pytest.mark.parametrize(
    "question",
    ["jensen deal how much", "jensen x sama deal how much 💰", "huang deal how much"],
)
def test_a_persons_deal_is_the_deals_sum(seeds: Engine, question: str) -> None:
    answer = seeds.ask(question)
    assert answer.answered and "100" in answer.answer, answer.answer


def test_a_verb_after_how_many_counts_what_was_named_before(seeds: Engine) -> None:
    answer = seeds.ask("hab gelesen stargate bringt so 50k jobs, wie viele sinds laut artikel wirklich?")
    assert answer.answered and "100.000" in answer.answer, answer.answer
