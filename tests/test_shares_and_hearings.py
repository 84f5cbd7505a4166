"""A chip licence, a share buyback, a lease ended early, a merger called off and a cable station, none
curated: a paragraph's "Das Unternehmen" in an article on two companies, a product quoted after its kind, a
name particle, a share of revenue, a sum demanded, a hearing, a nine months' review, a stock's "Papiere",
a move "nach der Absage", a sum invested "eigenständig", a currency named after a country, severance, a
market share, and a claim of a figure for a year."""

from __future__ import annotations

import pytest
from engines import engine_with_articles

from bot.engine.engine import Engine
from bot.engine.names import ORG

LICENCE = """Chipentwickler Corvani Silicon lizenziert Beschleuniger an Brenmoor Fabrication

Manama – Der Chipentwickler Corvani Silicon hat das Design seines KI-Beschleunigers „Velo-3“ an den
Auftragsfertiger Brenmoor Fabrication lizenziert. Brenmoor zahlt vorab 40 Millionen Euro.

Brenmoor will die Chips in seinem Werk in Lisburn fertigen. Nach eigenen Angaben rechnet der Hersteller mit
einem Absatz von bis zu 2 Millionen Chips pro Jahr.

„Aus einem Entwurf wird ein Produkt“, sagte Vorstandschefin Lina Al-Haddad. Das Unternehmen, das 2019 als
Ausgründung einer Universität entstand, beschäftigt rund 300 Ingenieure.
"""

BUYBACK = """Rechenzentrumsbetreiber Serrano Data kauft eigene Aktien zurück

Doha – Der Rechenzentrumsbetreiber Serrano Data will eigene Aktien im Wert von bis zu 500 Millionen Euro
zurückkaufen. Größter Anteilseigner ist die Beteiligungsgesellschaft Al Sahra Holding mit 30 Prozent.
"""

LEASE = """Talvo Cloud kündigt Rechenzentrum in Asmara – Vermieter Quellstein Data streicht Stellen

Asmara – Der Cloudkonzern Talvo Cloud steigt vorzeitig aus seinem Mietvertrag mit dem
Rechenzentrumsbetreiber Quellstein Data aus. Talvo zahlt dafür eine Vertragsstrafe von 30 Millionen Euro.

Für Quellstein ist der Verlust schwerwiegend: Talvo stand zuletzt für 40 Prozent des Umsatzes. Das
Unternehmen will deshalb 120 Beschäftigte entlassen.

Quellstein hält die Strafzahlung für zu niedrig und verlangt mindestens 55 Millionen Euro. Ein Schiedsgericht
will den Fall am 9. Juni 2026 verhandeln. Die Aufsicht hatte den Vertrag nach einer neunmonatigen Prüfung
genehmigt.
"""

MERGER = """Fusion der Cloud-Anbieter Pelham Cloud und Ostra Data geplatzt

Riga – Die geplante Fusion der Cloud-Anbieter Pelham Cloud und Ostra Data ist gescheitert.

Die Aktie von Ostra Data brach an der Börse um 12 Prozent ein. Papiere von Pelham Cloud legten dagegen um
3 Prozent zu.

„Wir bedauern die Entscheidung“, sagte Pelham-Chef Arvo Lind. Das Unternehmen wolle stattdessen bis 2027
eigenständig 200 Millionen Euro in neue Rechenzentren investieren.
"""

STATION = """Kelvar Networks baut Kabel-Landestation in Daressalam

Daressalam – Der Netzbetreiber Kelvar Networks und der Seekabelbetreiber Pwenda Subsea bauen gemeinsam eine
Landestation in Daressalam. Das Gemeinschaftsunternehmen investiert rund 300 Milliarden Tansania-Schilling in
die Anlage. Die Regierung will Tansania als Knotenpunkt für Rechenzentren positionieren.

Kelvar verlagert zudem seine Fertigung aus Obock in sein Werk in Tadjoura. Für die betroffenen Beschäftigten
stellt Kelvar Abfindungen in Höhe von insgesamt 2,5 Milliarden Dschibuti-Franc bereit.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with_articles(
        tmp_path_factory,
        {
            "970_lizenz.txt": LICENCE,
            "971_rueckkauf.txt": BUYBACK,
            "972_kuendigung.txt": LEASE,
            "973_fusion.txt": MERGER,
            "974_landestation.txt": STATION,
        },
    )


def test_the_company_a_new_paragraph_speaks_of_by_its_kind_is_neither_of_two(engine: Engine) -> None:
    # "Das Unternehmen … beschäftigt rund 300 Ingenieure" after a quote of someone of no named company: the
    # article is on Corvani and Brenmoor, and no sentence says which one has 300 engineers
    for question in (
        "How many engineers does Brenmoor Fabrication employ?",
        "wie viele ingenieure hat corvani",
    ):
        staff = engine.ask(question)
        assert not staff.answered and "300" not in staff.answer


def test_a_product_quoted_after_its_kind_is_a_thing_of_the_company_asked(engine: Engine) -> None:
    sold = engine.ask("How many Velo-3 chips does Brenmoor expect to sell each year?")
    assert sold.answered and "2" in sold.answer.split("\n")[0]


def test_a_name_particle_is_no_company(engine: Engine) -> None:
    names = engine.retriever.reader.names
    assert names.kind("al") is None
    assert names.kind("al sahra") == ORG
    stake = engine.ask("What stake does Al Sahra hold in Serrano Data?")
    assert stake.answered and "30" in stake.answer


def test_a_share_of_revenue_a_sum_demanded_a_hearing_and_a_review(engine: Engine) -> None:
    share = engine.ask("Welchen Anteil am Umsatz von Quellstein hatte Talvo zuletzt?")
    assert share.answered and "40" in share.answer
    demanded = engine.ask("How much is Quellstein demanding from Talvo?")
    assert demanded.answered and "55" in demanded.answer
    hearing = engine.ask("On what date will the arbitration tribunal hear the case?")
    assert hearing.answered and "9 June 2026" in hearing.answer
    review = engine.ask("How long did the regulator review the Talvo contract?")
    assert review.answered and "9 months" in review.answer


def test_a_stock_by_its_papers_after_the_occasion_and_a_sum_of_its_own(engine: Engine) -> None:
    fell = engine.ask("Um wie viel Prozent ist die Ostra-Aktie nach der Absage gefallen?")
    assert fell.answered and "12" in fell.answer
    reacted = engine.ask("how did pelham's stock react?")
    assert reacted.answered and "3" in reacted.answer
    alone = engine.ask("wieviel will pelham jetzt alleine investieren?")
    assert alone.answered and "200" in alone.answer


def test_a_currency_named_after_a_country_is_no_site_and_severance_no_investment(engine: Engine) -> None:
    invested = engine.ask("Wie viel wird in die Landestation in Daressalam investiert?")
    assert invested.answered and "300" in invested.answer
    plant = engine.ask("how much is kelvar investing in the tadjoura plant")
    assert "2.5" not in plant.answer and "2,5" not in plant.answer


def test_a_market_share_is_no_stock_move(engine: Engine) -> None:
    for question in ("what market share does nvidia have in ai chips", "Welchen Marktanteil hat Nvidia?"):
        share = engine.ask(question)
        assert not share.answered and "4,4" not in share.answer and "4.4" not in share.answer


def test_a_claim_of_a_figure_for_a_year_asks_that_years_figure(engine: Engine) -> None:
    grown = engine.ask("Wird Stargate bis 2030 auf 10 GW wachsen?")
    assert not grown.answered and "4,5" not in grown.answer
    # ... but a claim of the article's own figure with another year is put right
    gpus = engine.ask("openai wollte 1 mio gpus bis ende 2026 oder?")
    assert gpus.answered and "2025" in gpus.answer


def test_a_cost_asked_of_a_thing_is_a_sum_and_ye25_is_the_year_end(engine: Engine) -> None:
    # "wie viel hat das Grundstück gekostet": a sum; the site's 1000 acres are none
    land = engine.ask("Wie viel hat das Grundstück in Abilene gekostet?")
    assert not land.answered and "1000" not in land.answer
    gpus = engine.ask("1m GPUs by YE25 – is that a floor or a cap?")
    assert gpus.answered and "2025" in gpus.answer
