"""Figures a careless reader mixes up, on two articles written for these tests: a price's rise and the price
after it ("by how much is Acme raising its prices": 12 %; "was kostet eine GPU-Stunde nach der Erhöhung":
3,10 Euro; "before": 2,75 Euro); a thing by its name and number ("Astra-3", not its predecessor "Astra-2");
another party by its role ("the losing bidder"); a total no sentence gives (a yearly rent, two orders); a sum
in the currency named; a fine; "how big is the hub" (its area); a compound's last part alone in an article
that never says its first ("Robotervertrag"); a numbered list of two questions; a condition asked (the
sentence setting it, not the one announcing it); and a cut of costs (a percentage)."""

from __future__ import annotations

import pytest
from engines import engine_with_articles

from bot.engine.engine import Engine

PRICES = """Cloudanbieter Velto erhöht Preise für Rechenzeit um 12 Prozent

Lissabon (Agentur) – Der Cloudanbieter Velto Compute verlangt ab April mehr Geld für KI-Rechenzeit. Die
Preise für die Nutzung von Grafikprozessoren steigen um 12 Prozent, wie das Unternehmen mitteilte. Eine
GPU-Stunde kostet dann 3,10 Euro statt bisher 2,75 Euro.

Zugleich stellt Velto einen eigenen Rechner vor. Das System mit dem Namen „Astra-3“ soll 1.200
Grafikprozessoren umfassen und eine Spitzenleistung von bis zu 90 Petaflops erreichen. Der Vorgänger
Astra-2, der seit 2021 in Betrieb ist, kommt auf 11 Petaflops. Der neue Rechner soll im Juni 2027 in Betrieb
gehen.

Den Bau übernimmt der Serverhersteller Moravo. An der Ausschreibung hatten sich vier Bieter beteiligt, ein
unterlegener Bewerber hatte rund 48 Millionen Euro verlangt. Der Vertrag über den Bau wurde am 2. Februar
unterzeichnet.
"""

ROBOTS = """Logistiker Sarnet bestellt 300 Lagerroboter für Drehkreuz bei San Pedro Sula

San Pedro Sula (Agentur) – Der honduranische Logistiker Sarnet hat beim Hersteller Kolbe Robotics 300
Lagerroboter bestellt. Der Auftrag hat einen Wert von rund 410 Millionen Lempira, wie beide Unternehmen
mitteilten.

Das Drehkreuz mit einer Lagerfläche von 52.000 Quadratmetern soll 2027 öffnen. Der Vertrag wurde am 4. März
unterzeichnet. Die jährliche Miete für die Halle beläuft sich auf rund 18 Millionen Lempira.

Sarnet hatte bereits 2022 bei Kolbe 90 Roboter für rund 120 Millionen Lempira gekauft. Wegen Verstößen
gegen Arbeitszeitregeln verhängte die Behörde gegen Sarnet ein Bußgeld von 2,5 Millionen Lempira.
"""


GRANT = """Forschungsinstitut Pelda erhält 40 Millionen Euro Förderung für Rechenzentrum

Graz (Agentur) – Das Forschungsinstitut Pelda erhält vom Land eine Förderung von 40 Millionen Euro für ein
neues Rechenzentrum. Die Förderung ist an strenge Bedingungen geknüpft. Mindestens 25 Prozent der Rechenzeit
müssen Hochschulen kostenlos zur Verfügung stehen. Geht das Rechenzentrum nicht bis Ende 2027 in Betrieb, muss
Pelda die Hälfte der Förderung zurückzahlen.

Mit dem Neubau will Pelda seine Energiekosten um bis zu 30 Prozent senken.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with_articles(
        tmp_path_factory, {"942_preise.txt": PRICES, "943_roboter.txt": ROBOTS, "950_foerderung.txt": GRANT}
    )


def _first_line(engine: Engine, question: str) -> str:
    answer = engine.ask(question)
    assert answer.answered, f"{question!r}: {answer.answer}"
    return answer.answer.splitlines()[0]


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("By how much is Velto raising its GPU prices?", "12", "3.10"),
        ("um wie viel erhöht velto die preise", "12", "3,10"),
        ("what is the price increase at velto", "12", "3.10"),
        ("was kostet bei velto eine gpu stunde nach der erhöhung", "3,10", "12"),
        ("wie teuer ist eine gpu stunde bei velto", "3,10", "12"),
        ("What did a GPU hour at Velto cost before the increase?", "2.75", "3.10"),
    ],
)
def test_a_price_rise_and_the_price_after_it(engine: Engine, question: str, said: str, not_said: str) -> None:
    line = _first_line(engine, question)
    assert said in line and not_said not in line, f"{question!r}: {line}"


def test_a_thing_by_its_name_and_number(engine: Engine) -> None:
    assert "90" in _first_line(engine, "wie viele petaflops schafft astra-3")
    assert "11" in _first_line(engine, "wie viele petaflops schafft astra-2")
    # the new computer's sentence names neither: it is Astra-3's, named just before (not Astra-2's 2021)
    line = _first_line(engine, "Wann soll Astra-3 in Betrieb gehen?")
    assert "2027" in line and "2021" not in line, line


def test_another_party_by_its_role(engine: Engine) -> None:
    # the losing bidder's speed is nowhere: never the winner's 90 petaflops
    answer = engine.ask("What peak performance in petaflops did the losing bidder offer?")
    assert not answer.answered and "90" not in answer.answer, answer.answer
    assert "48" in _first_line(engine, "wie viel hat der unterlegene bieter verlangt")


def test_a_total_no_sentence_gives_is_not_a_part(engine: Engine) -> None:
    # a yearly rent is no total over the term; this order's 300 robots and 2022's 90 make no stated total
    for question in (
        "whats the total rent sarnet pays over the full lease term",
        "Wie viele Roboter hat Sarnet nach dieser Bestellung insgesamt im Einsatz?",
    ):
        answer = engine.ask(question)
        assert not answer.answered, f"{question!r}: {answer.answer}"
    assert "90" in _first_line(engine, "how many robots did sarnet previously buy")


def test_a_sum_in_the_currency_named_a_fine_and_a_size(engine: Engine) -> None:
    assert "410" in _first_line(engine, "how much was the robot order worth?? in lempira pls")
    assert "2,5" in _first_line(engine, "wie hoch ist die strafe gegen sarnet")
    assert "52" in _first_line(engine, "wie groß ist das neue drehkreuz")


def test_a_compound_by_its_last_part_only_where_its_first_is_said(engine: Engine) -> None:
    # "Vertrag … unterzeichnet" in both articles: the robots' is the one the robot article signs
    line = _first_line(engine, "An welchem Tag wurde der Robotervertrag unterzeichnet?")
    assert "4. März" in line, line


def test_a_numbered_list_is_asked_item_by_item(engine: Engine) -> None:
    answer = engine.ask("1) wie viel GW bei oracle/stargate 2) wie viele jobs?")
    assert answer.answered and "4,5" in answer.answer and "100.000" in answer.answer, answer.answer


def test_a_condition_asked_is_the_sentence_setting_it(engine: Engine) -> None:
    answer = engine.ask("under what conditions does Pelda have to pay back the grant?")
    assert answer.answered and "Geht das Rechenzentrum nicht" in answer.answer, answer.answer
    assert "30" in _first_line(engine, "By how much does Pelda hope to cut its energy costs?")


def test_chat_decoration_and_a_part_by_its_ordinal(engine: Engine) -> None:
    # an emoji's short code is no word of a second question; "das erste Gigawatt" is the part asked of (the
    # deal whose first gigawatt runs on a platform), not another deal's chips
    answer = engine.ask("welche chips nutzt das erste gigawatt? und wann?? :eyes:")
    assert answer.answered and "Vera Rubin" in answer.answer and "2026" in answer.answer, answer.answer
    assert "4,5" in _first_line(engine, "||wie viel gw hat stargate|| <:pepe:123456789>")
