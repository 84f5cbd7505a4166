"""A strike over job cuts, a rescue by an investor, a sovereign fund's first stakes, a sale at a multiple of
earnings and a battery order, none curated: the part a sentence tells of a whole, strikers who are no
headcount, a company's capitals, a contract right after a company is brought in, a demonstrative standing for
the company just named, who receives, the base of a multiple, and questions that ask a day or a rise."""

from __future__ import annotations

import pytest
from engines import engine_with_articles

from bot.engine.engine import Engine
from bot.knowledge.numbers import find_numbers

STRIKE = """Streik beim Chipverpacker Torvane Advanced Packaging in Kaunas

Beim litauischen Chip-Packaging-Unternehmen Torvane Advanced Packaging (TAP) haben am 2. März 2026 rund 900
Beschäftigte die Arbeit niedergelegt. Sie protestieren gegen den geplanten Abbau von 340 Stellen.

TAP beschäftigt derzeit rund 1.600 Menschen. Für Abfindungen hat TAP einen Fonds von 12 Millionen Euro
eingerichtet. Von den 200 Arbeitsplätzen im Testbereich sollen 80 wegfallen, vor allem in der Nachtschicht.

Die Gewerkschaft fordert eine Lohnerhöhung von 9 Prozent. Ein Konkurrent, Merilo Microsystems, kündigte an,
150 Fachkräfte einzustellen. „Wir halten das Werk offen“, sagte TAP-Finanzvorstand Jonas Petraitis.
"""

RESCUE = """Investor steigt bei insolventem GPU-Anbieter Quorra Compute ein

Maskat – Der insolvente GPU-Cloud-Anbieter Quorra Compute hat seinen Sanierungsplan vorgelegt.

Kern des Plans ist der Einstieg des Finanzinvestors Salvin Digital Holdings. Dieser will 60 Millionen Euro
frisches Kapital einschießen und im Gegenzug 70 Prozent der Anteile an Quorra Compute übernehmen.
"""

FUND = """Staatsfonds Veyra Sovereign Fund tätigt erste Investitionen

Amman – Der Staatsfonds Veyra Sovereign Fund hat am 6. Mai 2026 seine ersten Beteiligungen bekanntgegeben.

Den größten Teil erhält die Olvano Datacentre Company: Der Fonds investiert 90 Millionen Euro und übernimmt
dafür 30 Prozent des Unternehmens. Der Mietvertrag für den Campus läuft über acht Jahre.

Rami Haddad, Gründer von Olvano, sprach von einem Wendepunkt: „Bisher mussten wir Rechenzeit im Ausland
mieten. Jetzt bleiben unsere Daten im Land.“
"""

SALE = """Infrastrukturfonds kauft Rechenzentren von Brisel Telecom

Der Telekommunikationskonzern Brisel Telecom verkauft seine Rechenzentren an den Fonds Kandor Partners.

Der Preis entspricht dem 14-Fachen des erwarteten operativen Ergebnisses vor Zinsen, Steuern und
Abschreibungen (EBITDA) von rund 50 Millionen Euro.
"""

BATTERY = """Daltera Compute sichert sich Solarstrom für Rechenzentrum

Der Rechenzentrumsbetreiber Daltera Compute hat einen Stromabnahmevertrag mit dem Solarparkentwickler Sunvik
Energy abgeschlossen. Der Vertrag hat ein Volumen von 300 Millionen Euro.

Neben Sunvik ist ein weiteres Unternehmen beteiligt: Der Speicherspezialist Ostrel Storage Systems liefert
Batteriespeicher mit 40 Megawattstunden. Der Auftrag hat einen Wert von 25 Millionen Euro.

Um die Auflagen zu erfüllen, hat Daltera zudem einen Auftrag über 8 Millionen Euro an den
Kühltechnik-Spezialisten Frosta Cooling vergeben.

Daltera hat bereits mit der Bereitstellung der ersten Quorix-Server am Standort Valmiera begonnen. Ziel ist
der Aufbau einer Plattform für das Training eigener Sprachmodelle.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with_articles(
        tmp_path_factory,
        {
            "960_streik.txt": STRIKE,
            "961_sanierung.txt": RESCUE,
            "962_staatsfonds.txt": FUND,
            "963_verkauf.txt": SALE,
            "964_solarstrom.txt": BATTERY,
        },
    )


def test_the_jobs_cut_are_said_and_strikers_are_no_headcount(engine: Engine) -> None:
    cut = engine.ask("How many jobs is Torvane Advanced Packaging planning to cut?")
    assert cut.answered and "340" in cut.answer and "900" not in cut.answer
    staff = engine.ask("wie viele leute arbeiten bei torvane advanced packaging")
    assert staff.answered and "1.600" in staff.answer and "900" not in staff.answer


def test_the_part_a_sentence_tells_of_the_whole_it_opens_on(engine: Engine) -> None:
    # "Von den 200 Arbeitsplätzen im Testbereich sollen 80 wegfallen": 80 go, of 200
    gone = engine.ask("how many jobs in the test area are being cut at torvane")
    assert gone.answered and "80" in gone.answer and "200" not in gone.answer.split("\n")[0]


def test_capitals_after_a_name_are_that_company_and_its_peoples(engine: Engine) -> None:
    fund = engine.ask("Wie viel Geld hat Torvane Advanced Packaging für Abfindungen bereitgestellt?")
    assert fund.answered and "12" in fund.answer
    cfo = engine.ask("who is the cfo of torvane advanced packaging")
    assert cfo.answered and "Petraitis" in cfo.answer


def test_a_wage_rise_may_be_a_percentage_and_skilled_workers_are_hired(engine: Engine) -> None:
    rise = engine.ask("wie viel lohnerhöhung will die gewerkschaft?")
    assert rise.answered and "9" in rise.answer
    hired = engine.ask("how many workers will merilo hire")
    assert hired.answered and "150" in hired.answer


def test_a_demonstrative_opening_the_sentence_is_the_company_just_named(engine: Engine) -> None:
    money = engine.ask("How much fresh capital will Salvin Digital Holdings inject into Quorra Compute?")
    assert money.answered and "60" in money.answer
    stake = engine.ask("Welchen Anteil an Quorra Compute übernimmt Salvin Digital Holdings?")
    assert stake.answered and "70" in stake.answer


def test_the_company_that_receives_is_no_payer_and_a_date_asked_is_a_day(engine: Engine) -> None:
    paid = engine.ask("Wie viel investiert der Veyra Sovereign Fund in die Olvano Datacentre Company?")
    assert paid.answered and "90" in paid.answer
    day = engine.ask("On what date did the Veyra Sovereign Fund announce its first investments?")
    assert day.answered and "6" in day.answer and "May" in day.answer and "90" not in day.answer


def test_the_base_of_a_multiple_is_no_price(engine: Engine) -> None:
    # (the sale's price itself is not told: only its multiple of earnings of 50 million)
    price = engine.ask("whats the price for the brisel data centres")
    assert "50 million" not in price.answer and "€50" not in price.answer
    multiple = engine.ask("What EBITDA multiple does Kandor pay?")
    assert multiple.answered and "14" in multiple.answer


def test_a_contract_right_after_a_company_is_brought_in_is_the_deal_with_it(engine: Engine) -> None:
    order = engine.ask("Welchen Wert hat der Auftrag an Ostrel Storage Systems für die Batteriespeicher?")
    assert order.answered and "25" in order.answer and "300" not in order.answer
    cooling = engine.ask("What is the value of the contract awarded to Frosta Cooling?")
    assert cooling.answered and "8 million" in cooling.answer


def test_a_company_is_shown_by_the_name_the_sentence_writes(engine: Engine) -> None:
    supplier = engine.ask("which company supplies the batteries to daltera")
    first = supplier.answer.split("\n")[0]
    # ("Neben Sunvik ist ein weiteres Unternehmen beteiligt: …": Sunvik is set beside, no supplier)
    assert supplier.answered and "Ostrel Storage Systems" in first and "Sunvik" not in first


def test_chat_gigs_are_gigawatts() -> None:
    assert [n.unit for n in find_numbers("4.5 gigs – up to or at least?", "en")] == ["GW"]


def test_more_than_or_exactly_a_million_gpus_asks_gpus_not_money(engine: Engine) -> None:
    query = engine.parse("gpus bis ende 2025: mehr als oder genau 1 mio?")
    assert "investment" not in query.intents


def test_a_quote_left_open_goes_on_and_over_a_span_is_no_more_than(engine: Engine) -> None:
    said = engine.ask("Was sagte Rami Haddad zu der Investition?")
    assert said.answered and "Daten im Land" in said.answer
    term = engine.ask("wie lange läuft der mietvertrag von olvano eig?")
    first = term.answer.split("\n")[0]
    assert term.answered and "acht Jahre" in first and "mehr als" not in first


def test_in_use_is_put_to_use_and_chasing_asks_a_goal(engine: Engine) -> None:
    where = engine.ask("quorix server wo im einsatz?")
    assert where.answered and "Valmiera" in where.answer.split("\n")[0]
    goal = engine.ask("what is daltera chasing with the quorix servers")
    assert goal.answered and "Sprachmodelle" in goal.answer


def test_two_years_as_alternatives_ask_a_time(engine: Engine) -> None:
    query = engine.parse("is the first gigawatt 2026 or 2027?")
    assert max(query.intents, key=lambda a: query.intents[a]) == "timeline"
