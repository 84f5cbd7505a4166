"""An insurance, a joint venture, a delayed plant, a heat contract and a ground station, none curated: whose
"Sein Unternehmen", "Die Gruppe" and "Dieser" are, a premium that is no insurer, a sum whose clause says no
payment, a site by "Dieses Werk" and an existing plant, a place where it was told, a country's adjective,
a penalty's cap said as "Die Summe", a venture's three-word name, and a currency with an apostrophe; on
the shipped articles, advice asked, a "when" whose clause names what the date is of, and a remark about the
asker after the question."""

from __future__ import annotations

import pytest
from engines import KNOWLEDGE, engine_with_articles

from bot.engine.engine import Engine
from bot.knowledge.loader import load_knowledge
from bot.knowledge.numbers import find_numbers

INSURANCE = """Harbor Re versichert Rechenzentrum von Quaylight Compute

Hamilton – Der Versicherer Harbor Re übernimmt den Versicherungsschutz für das Rechenzentrum des
Cloud-Betreibers Quaylight Compute. Für den Schutz zahlt Quaylight eine jährliche Prämie von 20 Millionen
Euro. Bei jedem Schadensfall trägt der Betreiber einen Selbstbehalt von 30 Millionen Euro selbst.

Harbor Re behält das Risiko nicht vollständig. Der Versicherer reicht 40 Prozent der Deckung an den
Rückversicherer Tidemoor Re weiter, der dafür eine eigene Kapitalreserve von 150 Millionen Euro bildet.
Dieser ist erst seit 2019 am Markt.
"""

VENTURE = """Brandel und Kovar gründen Chipdesign-Zentrum in Novi Sad

Belgrad – Der Chipentwickler Brandel Silicon und das Technologieunternehmen Kovar Semiconductor gründen ein
gemeinsames Designzentrum in Novi Sad. Das Gemeinschaftsunternehmen soll bis 2029 rund 250 Ingenieure
beschäftigen, wie die Partner am Montag in Belgrad mitteilten.

Das Gemeinschaftsunternehmen mit dem Namen Sava Circuit Labs will sich auf sparsame Chips spezialisieren.

„Wir haben hervorragende Ingenieure“, sagte Kovar-Vorstandschef Milan Jovic. Sein Unternehmen beschäftigt
derzeit 150 Entwickler und setzte im vergangenen Jahr 2,5 Milliarden Euro um.

Brandel-Finanzvorständin Petra Lind sagte, die Gründung solle bis zum 31. Oktober 2026 abgeschlossen sein.
"""

PLANT = """Chip-Werk in Tunesien verzögert sich

Tunis – Die Eröffnung des Werks des Chipdienstleisters Oudna Packaging in Sousse verschiebt sich um acht
Monate. Sousse liegt rund 140 Kilometer südlich der Hauptstadt.

Der Generalunternehmer Medbat muss für jeden Monat Verspätung eine Strafe von 2 Millionen Euro an Oudna
zahlen. Die Summe ist allerdings auf höchstens 14 Millionen Euro begrenzt. Nach Angaben der Firma sind die
Bauarbeiten am Werk inzwischen zu 65 Prozent abgeschlossen. Das Werk soll jährlich bis zu 50 Millionen Chips
verpacken.

„Die Verzögerung ist ärgerlich“, sagte Oudna-Chefin Leila Ben Ali. Sie verwies auf ein bestehendes Werk des
Unternehmens in Malaysia. Dieses Werk verpackt derzeit rund 20 Millionen Chips pro Jahr.
"""

HEAT = """Rechenzentrum liefert Abwärme an Gewächshäuser

Reykjavík – Der Rechenzentrumsbetreiber Frostvik Data will seinen Standort bei Hella für 30 Milliarden
Isländische Kronen ausbauen und die Serverhallen künftig mit Wasser aus einem Geothermiefeld kühlen.

Die Abwärme geht an den Gewächshausbetreiber Grona Gardar. Grona zahlt dafür jährlich 500 Millionen Kronen an
den Rechenzentrumsbetreiber. Die Gruppe, die bislang vor allem Tomaten anbaut, investiert dafür selbst 3,5
Milliarden Kronen.
"""

STATION = """Satellitenbetreiber baut Bodenstation in Tonga

Nuku'alofa – Der Satellitenbetreiber Lomai Orbital errichtet eine Bodenstation. Lomai investiert 20 Millionen
Pa'anga in die Anlage.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with_articles(
        tmp_path_factory,
        {
            "980_versicherung.txt": INSURANCE,
            "981_designzentrum.txt": VENTURE,
            "982_werk.txt": PLANT,
            "983_abwaerme.txt": HEAT,
            "984_bodenstation.txt": STATION,
        },
    )


@pytest.fixture(scope="module")
def shipped() -> Engine:
    return Engine(load_knowledge(KNOWLEDGE))


def test_a_currency_written_with_an_apostrophe_or_without_its_accents() -> None:
    assert [n.unit for n in find_numbers("zahlt 1,3 Millionen Pa'anga pro Monat")] == ["TOP"]
    assert [n.unit for n in find_numbers("für 5 Milliarden Zloty")] == ["PLN"]


def test_his_company_is_the_speakers_and_a_premium_is_no_insurer(engine: Engine) -> None:
    # "Sein Unternehmen … setzte 2,5 Milliarden um" right after Kovar's chief is quoted: Kovar's revenue
    theirs = engine.ask("Wie viel Umsatz hat Kovar im vergangenen Jahr gemacht?")
    assert theirs.answered and "2,5" in theirs.answer
    not_theirs = engine.ask("Wie viel Umsatz hat Brandel Silicon im vergangenen Jahr gemacht?")
    assert not not_theirs.answered and "2,5" not in not_theirs.answer
    # the reinsurer's capital reserve is no premium paid to it
    premium = engine.ask("Welche Prämie zahlt Harbor Re an Tidemoor Re für die weitergereichte Deckung?")
    assert not premium.answered and "150" not in premium.answer


def test_the_latter_the_one_opened_on_and_a_reinsurers_name(engine: Engine) -> None:
    since = engine.ask("since when has tidemoor been on the market?")
    assert since.answered and "2019" in since.answer
    excess = engine.ask("wie hoch ist der selbstbehalt bei quaylight pro schadensfall")
    assert excess.answered and "30" in excess.answer
    # "Die Gruppe, die bislang …" after "Grona zahlt dafür … an den Rechenzentrumsbetreiber": Grona
    own = engine.ask("Wie viel investiert Grona?")
    assert own.answered and "3,5" in own.answer
    not_theirs = engine.ask("How much is Frostvik investing in the greenhouses?")
    assert "3,5" not in not_theirs.answer and "3.5" not in not_theirs.answer


def test_a_sum_whose_clause_says_no_payment_is_not_what_is_paid_for(engine: Engine) -> None:
    water = engine.ask("How much does Frostvik pay for the geothermal cooling water it uses?")
    assert not water.answered and "30" not in water.answer
    expansion = engine.ask("How much is Frostvik Data investing in the expansion of its site?")
    assert expansion.answered and "30" in expansion.answer


def test_a_ventures_full_name_and_a_date_its_parents_officer_tells(engine: Engine) -> None:
    founded = engine.ask("Bis wann soll die Gründung von Sava Circuit Labs abgeschlossen sein?")
    assert founded.answered and "31. Oktober 2026" in founded.answer


def test_sites_where_it_was_told_an_existing_plant_and_a_countrys_adjective(engine: Engine) -> None:
    staff = engine.ask("How many engineers is the Novi Sad design centre supposed to employ?")
    assert staff.answered and "250" in staff.answer
    there = engine.ask("How many chips per year does Oudna's plant in Malaysia package?")
    assert there.answered and "20" in there.answer.split("\n")[0]
    done = engine.ask("What percentage of the construction work at the Tunisian plant is finished?")
    assert done.answered and "65" in done.answer


def test_a_delay_is_a_time_and_a_penalty_capped_as_the_sum(engine: Engine) -> None:
    delay = engine.ask("How long is the Oudna plant in Sousse delayed?")
    assert delay.answered and "8" in delay.answer.split("\n")[0] and "km" not in delay.answer
    cap = engine.ask("wie hoch kann die vertragsstrafe für medbat insgesamt max werden?")
    assert cap.answered and "14" in cap.answer


def test_a_sum_in_paanga(engine: Engine) -> None:
    invested = engine.ask("Wie viel investiert Lomai Orbital in die Bodenstation?")
    assert invested.answered and "20" in invested.answer


@pytest.mark.parametrize(
    "question",
    [
        "soll i jetzt nvda aktien kaufen 🚀",
        "ur opinion: is openai an ai bubble?",
        "When will OpenAI become profitable, in which year?",
    ],
)
def test_advice_and_a_date_of_what_no_article_dates_are_declined(question: str, shipped: Engine) -> None:
    answer = shipped.ask(question)
    assert not answer.answered
    assert "4,4" not in answer.answer and "2025" not in answer.answer


def test_a_remark_about_the_asker_after_the_question_is_no_part_of_it(shipped: Engine) -> None:
    role = shipped.ask("Welche Rolle hat Greg Brockman bei OpenAI? Ich kenne nur den Namen, not the job.")
    assert role.answered and "Präsident" in role.answer
