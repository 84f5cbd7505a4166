"""A plant's delay, a sale-and-leaseback, a funding round and a merger, none curated: a formal request
("Ich bitte um Auskunft über …", "Für meinen Bericht benötige ich …", "I would be grateful for …") is read as
the question it holds; two questions in one are answered part by part ("… and how many by end of 2026",
"… and what did he say", "… and when is it supposed to close"); the last stage's figure is not the first's;
a date replaced ("Statt im Januar …") is no answer; a capacity may be things per month; a rival's plant is
not the one asked; a sale's price is said by its verb; an option "um bis zu zehn weitere Jahre" is no term;
a valuation's figure is the one it names; "davor" asks the earlier value; two words of one glossary phrase
are one ("exchange ratio"); "who will run the merged company" asks who leads it, and "unis" are universities;
the company a role is of is the one named beside it; terawatt-hours are no terawatts."""

from __future__ import annotations

import pytest
from engines import engine_with_articles

from bot.engine.compound import split_questions
from bot.engine.conversion import asked_in, rounded
from bot.engine.engine import Engine
from bot.engine.frames import unframed
from bot.engine.text import words

PLANT = """Korvant verschiebt Chipwerk in Lindholm um zwölf Monate

Lindholm (Agentur) – Der Halbleiterhersteller Korvant Semiconductor verschiebt die Eröffnung seines neuen
Chipwerks im Gewerbegebiet Lindholm um zwölf Monate. Statt im Februar 2026 soll das Werk nun im April 2027
die Produktion aufnehmen, wie das Unternehmen mitteilte. An der Börse verlor die Korvant-Aktie 5,4 Prozent.

In einer ersten Ausbaustufe soll das Werk rund 12.000 Wafer pro Monat verarbeiten, in der Endstufe bis zu
36.000 Wafer pro Monat.

Der Konkurrent Tessel Micro hatte sein Werk im benachbarten Bundesstaat Orvania im vergangenen Jahr eröffnet.
Das Werk kommt auf eine Kapazität von 20.000 Wafern pro Monat.
"""

LEASEBACK = """Dravik verkauft vier Rechenzentren und mietet sie zurück

Lindholm (Agentur) – Der Rechenzentrumsbetreiber Dravik Data verkauft vier seiner Rechenzentrumsgebäude für
210 Millionen Kronen an den Infrastrukturfonds Halvard Capital und mietet sie anschließend zurück. Der
Mietvertrag läuft 12 Jahre. Zudem hat sich Dravik die Option gesichert, den Vertrag um bis zu acht weitere
Jahre zu verlängern.
"""

ROUND = """Start-up Quillon sammelt 90 Millionen Kronen ein

Lindholm (Agentur) – Das Cloud-Start-up Quillon hat in einer neuen Finanzierungsrunde 90 Millionen Kronen
eingesammelt. Angeführt wurde die Runde vom Wagniskapitalgeber Brask Ventures. Die Bewertung des Unternehmens
steigt damit auf 600 Millionen Kronen.

Bei der vorangegangenen Runde im vergangenen Jahr hatte Quillon 20 Millionen Kronen bei einer Bewertung von
150 Millionen Kronen erhalten.

Quillon beschäftigt derzeit 40 Mitarbeiter. Bis Ende 2026 soll die Belegschaft auf mindestens 75 Beschäftigte
wachsen. Der Abschluss der Finanzierungsrunde ist für den 2. März 2026 geplant.

„Wir bauen die Cloud für den Norden“, sagte Vorstandschef Edvin Marsk.
"""

MERGER = """Rechenzentrumsbetreiber Ostrava Net und Pilsen Data fusionieren

Lindholm (Agentur) – Die Rechenzentrumsbetreiber Ostrava Net und Pilsen Data schließen sich zusammen. Die
Aktionäre von Pilsen Data sollen für je vier ihrer Aktien drei Aktien von Ostrava Net erhalten.

Der neue Konzern betreibt 11 Rechenzentrumsstandorte. „Zusammen sind wir stärker“, sagte Ostrava-Chefin Lena
Vrba, die das fusionierte Unternehmen führen soll. Zu den Kunden zählen vier Universitäten.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with_articles(
        tmp_path_factory,
        {
            "966_chipwerk.txt": PLANT,
            "967_leaseback.txt": LEASEBACK,
            "968_runde.txt": ROUND,
            "969_fusion.txt": MERGER,
        },
    )


def test_formal_requests_hold_their_question() -> None:
    assert unframed("Ich bitte um Auskunft über die Beteiligungshöhe von Acme.") == (
        "was ist die Beteiligungshöhe von Acme."
    )
    assert unframed("Ich bitte um Auskunft, über welchen Zeitraum Acme investiert.") == (
        "über welchen Zeitraum Acme investiert."
    )
    assert unframed("Für meinen Bericht benötige ich die Fläche des Geländes. Bitte mit Quellenangabe.") == (
        "was ist die Fläche des Geländes"
    )
    assert unframed("Könnten Sie mir bitte die Höhe der Investition von Acme nennen?") == (
        "was ist die Höhe der Investition von Acme?"
    )
    assert unframed("Wären Sie so freundlich, mir den Zeitpunkt zu nennen, zu dem Acme startet?") == (
        "was ist den Zeitpunkt, zu dem Acme startet?"
    )
    assert unframed("I would be grateful for the number of jobs Acme creates.") == (
        "what is the number of jobs Acme creates."
    )


def test_a_formal_request_is_answered(engine: Engine) -> None:
    price = engine.ask(
        "Ich bitte um Auskunft, zu welchem Preis Dravik Data seine Rechenzentrumsgebäude verkauft."
    )
    assert price.answered and "210" in price.answer, price.answer
    assert price.question.startswith("Ich bitte um Auskunft")  # (the answer keeps the question as asked)


def test_a_sale_price_and_an_option_on_top_of_the_term(engine: Engine) -> None:
    price = engine.ask("Zu welchem Preis verkauft Dravik Data seine Rechenzentrumsgebäude?")
    assert price.answered and "210" in price.answer, price.answer
    term = engine.ask("how long is the leaseback term for dravik?")
    assert term.answered and "12" in term.answer and "acht" not in term.answer, term.answer


def test_the_last_stage_a_replaced_date_and_a_rivals_plant(engine: Engine) -> None:
    final = engine.ask("Welche Kapazität soll das Werk in Lindholm in der Endstufe erreichen?")
    assert final.answered and "36.000" in final.answer and "20.000" not in final.answer, final.answer
    opens = engine.ask("when is the korvant fab supposed to open now??")
    assert opens.answered and "April 2027" in opens.answer.split("\n")[0], opens.answer
    fell = engine.ask("By how much did Korvant's share price fall?")
    assert fell.answered and "5.4" in fell.answer, fell.answer


def test_two_questions_in_one_are_answered_part_by_part(engine: Engine) -> None:
    assert split_questions("how many ppl work at quillon rn and how many by end of 2026?") == [
        "how many ppl work at quillon rn?",
        "how many ppl work at quillon by end of 2026?",
    ]
    # "In welcher Stadt und in welchem Bundesstaat …": one question of both
    assert len(split_questions("In welcher Stadt und in welchem Bundesstaat entsteht der Campus?")) == 1
    staff = engine.ask("how many ppl work at quillon rn and how many by end of 2026?")
    assert staff.answered and "40" in staff.answer and "75" in staff.answer, staff.answer
    close = engine.ask("who led quillon's round and when is it supposed to close")
    assert "Brask" in close.answer and "March 2026" in close.answer, close.answer
    said = engine.ask("who's the ceo of quillon and what did he say??")
    assert "Marsk" in said.answer and "Norden" in said.answer, said.answer


def test_a_valuation_and_the_value_before(engine: Engine) -> None:
    before = engine.ask("wieviel hatte quillon in der letzten runde davor bekommen?")
    assert before.answered and "20" in before.answer.split("\n")[0], before.answer
    new = engine.ask("What valuation does Quillon reach after the new funding round?")
    assert "150" not in new.answer, new.answer  # the earlier round's valuation is none after the new one


def test_a_glossary_phrase_of_two_words_and_the_merged_company(engine: Engine) -> None:
    ratio = engine.ask("What is the exchange ratio in the Ostrava Net merger?")
    assert ratio.answered and "für je vier" in ratio.answer, ratio.answer
    sites = engine.ask("how many data centre sites will the merged company run")
    assert sites.answered and "11" in sites.answer, sites.answer
    runs = engine.ask("Who will run the combined Ostrava Net Pilsen Data company?")
    assert runs.answered and "Vrba" in runs.answer, runs.answer
    unis = engine.ask("how many unis are customers of ostrava net")
    assert unis.answered and "vier" in unis.answer, unis.answer


def test_the_role_asked_is_of_the_company_named_beside_it(engine: Engine) -> None:
    # the shipped articles quote OpenAI's CEO on the Broadcom deal, and no Broadcom chief
    ceo = engine.ask("Could you please tell me the name of Broadcom's chief executive and his comment?")
    assert not ceo.answered and "Altman" not in ceo.answer, ceo.answer


def test_energy_is_no_power_and_a_small_conversion_keeps_its_digits() -> None:
    assert asked_in("the energy in terawatt-hours of the 10-gigawatt campus", "GW") is None
    assert asked_in("wie viele Megawatt sind das", "GW") == "MW"
    assert rounded(0.01) == 0.01 and rounded(1.26) == 1.3
    assert words("wievielgw hat acme") == ["wieviel", "gw", "hat", "acme"]
    assert words("wievielfach") == ["wievielfach"]
