"""A strike, a plant closed, a ransomware attack and waste heat, none curated: a company first named after
"bei", English titles of several words, a chair of a body named by its kind, two titles before a name, a
deadline asked, heat by the megawatt-hour, people who live somewhere, a figure of last year, and words
typed without their umlauts."""

from __future__ import annotations

import pytest
from engines import engine_with_articles

from bot.engine.engine import Engine

STRIKE = """Streik bei Morvane legt Chipwerk in Tarsis lahm

Im Werk von Morvane Advanced Packaging in Tarsis stehen seit sieben Tagen die Bänder still. Die Gewerkschaft
fordert 9 Prozent mehr Lohn.

Morvane schließt zudem sein Werk in Tarsis, wie das Unternehmen am 2. Mai 2026 mitteilte. Das Werk in Tarsis
soll bis zum 31. März 2027 vollständig geschlossen sein.

Die Vorsitzende des Betriebsrats, Ilka Brenner, kritisierte die Pläne scharf. „Die Werke sind zu teuer“,
sagte Konzernchef Paul Sandor.
"""

ATTACK = """Erpresser legen Cloud-Anbieter Quennet lahm

Quennet Cloud hat nach einem Angriff den Betrieb wiederhergestellt. Die Angreifer hatten ein Lösegeld von
3 Millionen Kronen gefordert.

„Wir haben keine Krone gezahlt“, sagte Quennets Chief Information Security Officer (CISO) Ayla Verhoek.

„Unsere Lager stehen still“, sagte Jonas Hale, Chief Operating Officer von Pellwick Freight.
"""

HEAT = """Rechenzentrum heizt die Stadt Valdris

Der Betreiber Norrvik Datacenters und die Technische Universität Valdris (TUV) nutzen die Abwärme eines
Rechenzentrums. Geplant ist eine Einspeisung von 40.000 Megawattstunden Wärme pro Jahr.

Das Projekt schafft 120 Arbeitsplätze in Valdris. Norrvik darf zudem 5.000 Server an die Universität
liefern.

„Wir forschen mit der Wärme von morgen“, sagte Rektorin Professorin Mira Antal.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with_articles(
        tmp_path_factory,
        {"095_morvane.txt": STRIKE, "096_quennet.txt": ATTACK, "097_valdris.txt": HEAT},
    )


def test_a_company_first_named_after_bei_is_a_company(engine: Engine) -> None:
    # "Streik bei Morvane": no place, since "Morvane Advanced Packaging" names the company
    assert engine.reader.names.names["morvane"].kind == "org"
    answer = engine.ask("how long has the morvane strike been going on?")
    assert answer.answered and "sieben Tagen" in answer.answer, answer.answer


def test_english_titles_of_several_words(engine: Engine) -> None:
    ciso = engine.ask("who's quennet's ciso?")
    assert ciso.answered and "Verhoek" in ciso.answer, ciso.answer
    coo = engine.ask("who is the coo of pellwick?")
    assert coo.answered and "Hale" in coo.answer, coo.answer
    assert engine.reader.names.names["pellwick freight"].kind == "org"
    assert "operating officer" not in engine.reader.names.names


def test_the_chair_of_a_body_named_by_its_kind(engine: Engine) -> None:
    answer = engine.ask("who chairs the works council at morvane")
    assert answer.answered and "Brenner" in answer.answer, answer.answer


def test_two_titles_before_a_name(engine: Engine) -> None:
    assert engine.reader.names.names["mira antal"].title == "Rektorin Professorin"
    answer = engine.ask("wer ist die rektorin der tuv")
    assert answer.answered and "Antal" in answer.answer, answer.answer


def test_a_deadline_asked_is_the_date_things_are_done_by(engine: Engine) -> None:
    answer = engine.ask("bis wann soll das werk in tarsis dicht sein")
    assert answer.answered and "31. März 2027" in answer.answer, answer.answer
    assert "2. Mai" not in answer.answer


def test_heat_by_the_megawatt_hour_and_a_ransom(engine: Engine) -> None:
    heat = engine.ask("wie viel wärme liefert norrvik im jahr")
    assert heat.answered and "40.000 Megawattstunden" in heat.answer, heat.answer
    ransom = engine.ask("how much ransom did the hackers want from quennet")
    assert ransom.answered and "3 million" in ransom.answer, ransom.answer


def test_people_who_live_somewhere_are_no_jobs(engine: Engine) -> None:
    answer = engine.ask("how many people live in valdris?")
    assert not answer.answered and "120" not in answer.answer, answer.answer
    assert "100,000" not in engine.ask("How many people live in Abilene?").answer


def test_a_figure_of_last_year(engine: Engine) -> None:
    # "Norrvik darf 5.000 Server liefern" is a permission, of no year gone by
    answer = engine.ask("wie viele server hat norrvik letztes jahr geliefert?")
    assert not answer.answered and "5.000" not in answer.answer, answer.answer


def test_words_typed_without_their_umlauts(engine: Engine) -> None:
    answer = engine.ask("wie viele arbeitsplatze schafft das projekt in valdris ungefahr")
    assert answer.answered and "120" in answer.answer, answer.answer
    said = engine.ask("was hat greg brockman gesagt?")  # "gesagt" is no "gesägt"
    assert said.answered, said.answer


LICENCE = """Behörde erlaubt Tessmark den Export von KI-Chips

Der Chipentwickler Tessmark hat mit einem Rechenzentrumsbetreiber einen Liefervertrag über 8.000 KI-Chips
geschlossen. Die Vereinbarung wurde am 2. Februar 2026 unterzeichnet. Die Behörde hat die
Ausfuhrgenehmigung am 3. März 2026 erteilt.

Genf – Abnehmer der Chips ist das Unternehmen Korvo Compute. Der Auftrag hat einen Wert von 90 Millionen
Kuwait-Dinar. Die Lizenz gilt 18 Monate. Die Lieferung soll am 1. Mai 2027 beginnen.
"""


@pytest.fixture(scope="module")
def licensed(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with_articles(tmp_path_factory, {"095_tessmark.txt": LICENCE})


def test_a_licence_is_a_permit_granted_and_valid(licensed: Engine) -> None:
    granted = licensed.ask("when was tessmark's export licence granted")
    assert granted.answered and "3 March 2026" in granted.answer, granted.answer
    valid = licensed.ask("wie lang is die lizenz gültig")
    assert valid.answered and "18 Monate" in valid.answer, valid.answer


def test_from_when_asks_the_start(licensed: Engine) -> None:
    # "Die Lieferung soll am 1. Mai 2027 beginnen", not the day the contract for it was signed
    answer = licensed.ask("ab wann liefert tessmark ki-chips an den rechenzentrumsbetreiber")
    assert answer.answered and "1. Mai 2027" in answer.answer, answer.answer


def test_the_pair_named_by_the_sentence_before(licensed: Engine) -> None:
    # "Abnehmer der Chips ist Korvo Compute. Der Auftrag hat einen Wert von …": the Tessmark–Korvo deal
    answer = licensed.ask("what is the tessmark korvo deal worth?")
    assert answer.answered and "90 million" in answer.answer, answer.answer


def test_emissions_are_weighed_not_paid(engine: Engine) -> None:
    answer = engine.ask("wie viel co2 stößt stargate im jahr aus")
    assert not answer.answered and "Mrd" not in answer.answer, answer.answer


def test_a_tag_question_without_its_apostrophe(engine: Engine) -> None:
    answer = engine.ask("the abilene site is like 500 acres isnt it")
    assert answer.answered and "1,000" in answer.answer, answer.answer
