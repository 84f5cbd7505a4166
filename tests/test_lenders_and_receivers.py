"""A loan from a bank and a fund, a capital increase, a chip licence, a data centre with its utility and a
server lease, none curated: names that end on a compound ("Velkor Handelsbank", "Ostrin
Entwicklungsfonds", not "Londoner Infrastrukturfonds"), an interest rate that is no stake, an infinitive
said by its noun ("tilgen": "Tilgung"), the price of one new share, a rate "für jeden" chip and who
receives it, a sum a site is built or bought for, the other side's money "seinerseits", a parent named
aside; currencies named by an adjective babel pairs with another noun, and written out in English; on the
shipped articles, a stock asked a week after the news, a price on the exchange, a name misheard in two
words, a question someone else asked or asked after a story, chat's contractions and fillers, and cities in
the plural."""

from __future__ import annotations

import pytest
from engines import KNOWLEDGE, engine_with_articles

from bot.engine.engine import Engine
from bot.engine.formatting import money
from bot.knowledge.loader import load_knowledge
from bot.knowledge.numbers import find_numbers

LOAN = """Velkor Handelsbank finanziert Rechenzentrum in Darkhan

Darkhan – Der Rechenzentrumsbetreiber Sarnak Datenwerke hat sich für den Bau eines Rechenzentrums einen
Kredit über 300 Milliarden Tugrik gesichert. Federführend ist die Velkor Handelsbank, die 200 Milliarden
Tugrik zu einem Zinssatz von 8,25 Prozent pro Jahr bereitstellt. Der Kredit läuft zehn Jahre, in den ersten
24 Monaten muss Sarnak keine Tilgung leisten. Den Rest übernimmt der staatliche Ostrin Entwicklungsfonds.
Dieser steuert 100 Milliarden Tugrik bei, verlangt dafür aber nur 5,5 Prozent Zinsen.

Beteiligt ist zudem der Londoner Infrastrukturfonds Brackwater Partners, der 15 Prozent an der
Projektgesellschaft übernimmt.
"""

SHARES = """Cloud-Anbieter Terlan sammelt Kapital ein

Almaty – Der Cloud-Anbieter Terlan Systems gibt 20 Millionen neue Aktien zum Preis von 1.800 Tenge je Aktie
aus. Den größten Teil zeichnet der Finanzinvestor Korvet Capital. Dieser wird danach 22 Prozent an Terlan
halten.
"""

LICENCE = """Chipentwickler Qirra lizenziert Beschleuniger an Holvan

Manama – Der Chipentwickler Qirra Silicon hat das Design seines Beschleunigers an den Auftragsfertiger Holvan
Microsystems lizenziert. Wie beide Unternehmen mitteilten, zahlt Holvan vorab 30 Millionen Bahrain-Dinar und
zusätzlich eine Lizenzgebühr von 4,5 Dinar für jeden verkauften Chip.
"""

HYDRO = """Brelan Data Parks baut Rechenzentrum mit Wasserkraft

Tiflis – Der Rechenzentrumsbetreiber Brelan Data Parks will für 300 Millionen Lari ein Rechenzentrum
errichten, das Strom aus einem Wasserkraftwerk des Kraftwerksbetreibers Sorvi Hydro bezieht. Der Vertrag
läuft 15 Jahre. Das entspricht nach Angaben von Sorvi Hydro etwa 40 Prozent der Erzeugung des Kraftwerks.
Der Versorger will seinerseits 80 Millionen Lari in neue Turbinen investieren.
"""


COPPER = """Brenna Hyperscale sichert sich Kupfer aus Sambia

Kitwe – Der Rechenzentrumsentwickler Brenna Hyperscale zahlt rund 200.000 Sambische Kwacha pro Tonne Kupfer.
Die Nachfrage nach Kupfer wächst mit jedem neuen Rechenzentrum.
"""

LEASE = """Tamsin mietet Server von Gorran

Gaborone – Das Start-up Tamsin Labs mietet 256 Server vom Betreiber Gorran Compute. Der Vertrag läuft 24
Monate. Am Ende der Laufzeit kann Tamsin die Server für einen Restwert von 9 Millionen Pula übernehmen.

Für Gorran ist es der bislang größte Auftrag. Die Gruppe, eine Tochter des Finanzierers Lobatse Capital,
verfügt über rund 1.400 Server.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with_articles(
        tmp_path_factory,
        {
            "990_kredit.txt": LOAN,
            "991_aktien.txt": SHARES,
            "992_lizenz.txt": LICENCE,
            "993_wasserkraft.txt": HYDRO,
            "994_kupfer.txt": COPPER,
            "995_leasing.txt": LEASE,
        },
    )


@pytest.fixture(scope="module")
def shipped() -> Engine:
    return Engine(load_knowledge(KNOWLEDGE))


def test_a_currency_by_a_countrys_adjective_and_an_english_name() -> None:
    assert [n.unit for n in find_numbers("420 Milliarden Mongolische Tugrik")] == ["MNT"]
    assert [n.unit for n in find_numbers("1,8 Billionen Madagassische Ariary")] == ["MGA"]
    # a code that reads as a company's name is written as the currency's name
    assert money(48e9, "AMD", "en") == "48 billion Armenian drams"
    assert money(48e9, "AMD", "de") == "48 Mrd. Armenische Dram"


def test_a_lender_named_by_its_compound_and_its_interest_rate(engine: Engine) -> None:
    bank = engine.ask("wat interest rate is velkor bank charging on the sarnak loan?")
    assert bank.answered and "8.25" in bank.answer
    fund = engine.ask("zu welchem zins gibt der ostrin fonds geld?")
    assert fund.answered and "5,5" in fund.answer
    # "interest" in a stake is no interest rate
    stake = engine.ask("what interest rate does brackwater charge?")
    assert "15" not in stake.answer


def test_a_town_adjective_before_a_fund_names_no_company(engine: Engine) -> None:
    stake = engine.ask("Wie viel Prozent übernimmt Brackwater Partners an der Projektgesellschaft?")
    assert stake.answered and "15" in stake.answer


def test_an_infinitive_said_by_its_noun(engine: Engine) -> None:
    grace = engine.ask("wie lange muss sarnak nix tilgen?")
    assert grace.answered and "24" in grace.answer


def test_the_price_of_one_new_share_and_a_stake_asked_in_chat(engine: Engine) -> None:
    price = engine.ask("wie teuer is eine neue terlan aktie")
    assert price.answered and "1.800" in price.answer
    stake = engine.ask("hw much of terlan will korvet own")
    assert stake.answered and "22" in stake.answer


def test_a_rate_for_each_chip_is_paid_to_the_licensor_not_by_it(engine: Engine) -> None:
    licensor = engine.ask("how much does qirra get per chip sold?")
    assert licensor.answered and "4.5" in licensor.answer
    payer = engine.ask("how much does holvan get per chip?")
    assert not payer.answered and "4.5" not in payer.answer


def test_a_sum_built_for_and_the_other_sides_own_money(engine: Engine) -> None:
    built = engine.ask("How much is Brelan investing in the data centre?")
    assert built.answered and "300" in built.answer
    theirs = engine.ask("how much does brelan invest in new turbines?")
    assert not theirs.answered and "80" not in theirs.answer
    utility = engine.ask("wie viel investiert sorvi in turbinen")
    assert utility.answered and "80" in utility.answer


def test_what_is_wanted_is_no_place_and_a_price_asked_beside_a_term(engine: Engine) -> None:
    # "die Nachfrage nach Kupfer": no place "Kupfer", whose sentences the price would need to name
    per_tonne = engine.ask("Wieviel zahlt Brenna pro Tonne Kupfer?")
    assert per_tonne.answered and "200.000" in per_tonne.answer
    # "zu welchem Preis … am Ende der Laufzeit": a price, not the term; "für … übernehmen" says it
    price = engine.ask("Zu welchem Preis kann Tamsin die Server am Ende der Laufzeit übernehmen?")
    assert price.answered and "9 Millionen" in price.answer and "24" not in price.answer


def test_a_parent_named_aside_is_not_the_company_spoken_of(engine: Engine) -> None:
    # "Die Gruppe, eine Tochter des Finanzierers Lobatse Capital, verfügt über rund 1.400 Server": Gorran's
    parent = engine.ask("über wie viele server verfügt lobatse capital?")
    assert "1.400" not in parent.answer


@pytest.mark.parametrize(
    "question",
    [
        "wie viele GW gehen in H2 2026 ans Netz?",
        "Wie stand die Nvidia-Aktie eine Woche nach der Ankündigung?",
        "how did nvidia stock do a month later?",
        "my friend who works in construction asked how long the construction in abilene will take",
    ],
)
def test_a_later_stock_and_a_reported_question_are_not_the_articles(question: str, shipped: Engine) -> None:
    answer = shipped.ask(question)
    assert not answer.answered
    assert not any(f in answer.answer for f in ("4,4", "4.4", "four", "10 G"))


@pytest.mark.parametrize(
    "question",
    ["NVDA close price on the announcement day, in USD?", "Analyst price target for NVDA after the deal?"],
)
def test_a_price_on_the_exchange_is_no_investment(question: str, shipped: Engine) -> None:
    answer = shipped.ask(question)
    assert not answer.answered and "100" not in answer.answer


def test_a_name_misheard_in_two_words(shipped: Engine) -> None:
    role = shipped.ask("massa yoshi son, was macht der bei stargate?")
    assert role.answered and "Finanz" in role.answer


def test_a_question_someone_else_asked_and_cities_in_the_plural(shipped: Engine) -> None:
    reported = shipped.ask("mein chef hat mich gefragt, wie viel nvidia in openai investiert")
    assert reported.answered and "100" in reported.answer
    cities = shipped.ask("in welchen Städten baut Stargate?")
    assert cities.answered and "Abilene" in cities.answer


def test_chat_contractions_fillers_and_a_question_after_a_story(shipped: Engine) -> None:
    deal = shipped.ask("amd openai gibts da nen deal?")
    assert deal.answered and "AMD" in deal.answer
    role = shipped.ask("was macht softbank konkret bei stargate")
    assert role.answered and "Finanz" in role.answer
    jobs = shipped.ask(
        "my cousin is an electrician in texas and she's wondering if stargate would mean work for her, "
        "how many jobs are they talking about"
    )
    assert jobs.answered and "100,000" in jobs.answer
