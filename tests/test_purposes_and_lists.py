"""A joint venture's plant, a restructuring, a bond's proceeds, a cable's completion, a power contract and a
merger, none curated: a compound whose parts a headline says ("das Serverwerk"), an area asked by its noun
("floor space"), a country by its adjective ("the Uzbek plant"), a venture's sentences without its name, the
towns of a list, a person named before a verb with no title before the name and a predecessor who is no
chief, what money is for, a completion that is no start, a share of "seines Bedarfs", a typo of a doubled
letter, the very thing counted, sites sold that are no stock, jobs made that are no staff, a dateline's
capital pinning a currency, a sentence opening on the deal asked, where power comes from, a sum raised said
by its verb, multiples of hundreds and "Mia."; on the shipped articles, an article by its place in the list,
a misspelt company's article, an article no one wrote, a part of a year, a thing no figure names, a share
price's move and an article's conclusion."""

from __future__ import annotations

import pytest
from engines import KNOWLEDGE, engine_with_articles

from bot.engine.engine import Engine
from bot.knowledge.loader import load_knowledge
from bot.knowledge.numbers import find_numbers, word_multiples

VENTURE = """Tamsin Devices und Orvell Packaging bauen Montagewerk bei Taschkent

Taschkent (Reuters) – Der usbekische Elektronikkonzern Tamsin Devices und der Zulieferer Orvell Packaging
bauen gemeinsam ein Werk für die Montage von KI-Servern in der Nähe der usbekischen Hauptstadt. An dem
Joint Venture mit dem Namen Sardor Assembly hält Orvell 60 Prozent, Tamsin die übrigen 40 Prozent.

Die Regierung gewährt einen staatlichen Zuschuss von 3,1 Milliarden Sum. Die Anlage soll eine
Produktionsfläche von 41.000 Quadratmetern haben. Dort sollen rund 850 Arbeitsplätze entstehen.
"""

RESTRUCTURING = """Händler Vardex streicht Stellen

Minsk (Reuters) – Der Chiphändler Vardex baut 120 seiner 600 Arbeitsplätze ab. Vardex schließt drei
seiner acht Niederlassungen, und zwar in Kelvany, Drusovo und Mirtal; das Lager in Minsk bleibt erhalten.

Zugleich wechselt die Führung: Olesya Barkovich übernimmt am 1. März 2026 den Posten der Vorstandschefin.
Sie kommt vom Logistikkonzern Brest Cargo. Ihr Vorgänger Anatol Ryzhkou hatte die Firma neun Jahre geführt.
"""

BOND = """Datenzentrum Halcyra platziert Anleihe

George Town (Reuters) – Der Rechenzentrumsbetreiber Halcyra hat eine Anleihe über 250 Millionen
Kaiman-Dollar platziert. Das Geld soll vor allem in einen neuen Campus in West Bay fließen.
"""

CABLE = """Seekabel Kivu-2 erreicht Goma

Goma (Reuters) – Ein Konsortium baut das Seekabel Kivu-2 mit einer Anlandestation in Goma. Die
Bauarbeiten an der Anlandestation beginnen im zweiten Quartal 2026. Die Fertigstellung ist für 2029
geplant.
"""

MERGER = """Wettbewerbshüter genehmigen Fusion von Rechenzentrumsbetreibern

Asunción (Reuters) – Die Wettbewerbsbehörde hat die Fusion der Betreiber Tarumá Data und Pirayú Cloud unter
Auflagen genehmigt. Die beiden Unternehmen müssen drei ihrer Standorte an einen unabhängigen Käufer
veräußern. Pirayú Cloud betreibt derzeit sechs Rechenzentren mit zusammen 24 Megawatt.

Tarumá Data beschäftigt bislang rund 700 Mitarbeiter. Durch die Fusion sollen in Asunción 150 neue
Arbeitsplätze entstehen.
"""

TAKEOVER = """Qirfa bietet 9,40 Dinar je Aktie für Cloud-Anbieter Hadeel

Amman (Reuters) – Der Digitalkonzern Qirfa hat ein Übernahmeangebot für den Cloud-Anbieter Hadeel Data
vorgelegt. Qirfa bietet den Aktionären 9,40 Dinar je Aktie in bar. Das Angebot bezieht sich auf alle 12
Millionen ausstehenden Aktien. Der Campus von Hadeel bezieht Strom aus Wasser- und Windkraft.
"""

CONTRACT = """Rechenzentrum gewinnt Auftrag von Start-up Lumio

Oslo (Reuters) – Der Rechenzentrumsbetreiber Fjellhavn hat einen Großauftrag des Münchner KI-Start-ups Lumio
gewonnen. Der Vertrag läuft über fünf Jahre und hat ein Volumen von 3 Milliarden norwegischen Kronen.
"""

POWER = """Solarstrom für Rechenzentrum Belvane

Port Louis (Reuters) – Der Rechenzentrumsbetreiber Belvane kauft Strom aus einem Solarpark. Der Preis
steigt ab dem dritten Jahr jährlich um 2,5 Prozent. Damit will Belvane etwa 65 Prozent seines Strombedarfs
aus Sonnenenergie decken. Eine Batterie kann den Standort bis zu drei Stunden lang allein versorgen.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with_articles(
        tmp_path_factory,
        {
            "970_montagewerk.txt": VENTURE,
            "971_stellen.txt": RESTRUCTURING,
            "972_anleihe.txt": BOND,
            "973_seekabel.txt": CABLE,
            "974_solarstrom.txt": POWER,
            "975_fusion.txt": MERGER,
            "976_angebot.txt": TAKEOVER,
            "977_auftrag.txt": CONTRACT,
        },
    )


@pytest.fixture(scope="module")
def shipped() -> Engine:
    return Engine(load_knowledge(KNOWLEDGE))


def test_a_compound_whose_parts_a_headline_says_is_that_articles_thing(engine: Engine) -> None:
    jobs = engine.ask("wieviele jobs soll das serverwerk bringen")
    assert jobs.answered and "850" in jobs.answer
    assert "100.000" not in jobs.answer  # never the curated project's jobs


def test_an_area_asked_by_its_noun_of_a_joint_venture(engine: Engine) -> None:
    space = engine.ask("What floor space will the Sardor Assembly plant have?")
    assert space.answered and "41" in space.answer


def test_a_country_by_its_adjective(engine: Engine) -> None:
    subsidy = engine.ask("How large is the state subsidy for the Uzbek server plant?")
    assert subsidy.answered and "3.1" in subsidy.answer


def test_the_towns_of_a_list_and_a_person_named_before_a_verb(engine: Engine) -> None:
    closed = engine.ask("Welche Standorte schließt Vardex?")
    assert closed.answered and all(t in closed.answer for t in ("Kelvany", "Drusovo", "Mirtal"))
    chief = engine.ask("who's the new ceo at vardex?")
    assert chief.answered and "Barkovich" in chief.answer
    before = engine.ask("Wer ist Anatol Ryzhkou?")
    assert before.answered and "Vorgänger" in before.answer


def test_what_money_is_for(engine: Engine) -> None:
    use = engine.ask("Wozu dient das Geld aus der Anleihe von Halcyra?")
    assert use.answered and "West Bay" in use.answer


def test_a_completion_is_no_start(engine: Engine) -> None:
    done = engine.ask("when will the landing station in goma be finished")
    assert done.answered and "2029" in done.answer and "2026" not in done.answer


def test_a_share_of_its_own_needs_and_a_doubled_letter(engine: Engine) -> None:
    share = engine.ask("Welchen Anteil seines Strombedarfs will Belvane mit Solarstrom decken?")
    assert share.answered and "65" in share.answer and "2,5" not in share.answer
    hours = engine.ask("how long can the batery run the site alone")
    assert hours.answered and "3" in hours.answer


def test_an_article_by_its_place_in_the_list(shipped: Engine) -> None:
    second = shipped.ask("In the second Nvidia article, which companies build their own server farms?")
    assert second.answered and all(c.document.startswith("001") for c in second.citations)
    fifth = shipped.ask("In the fifth article, where has OpenAI already started deploying NVIDIA chips?")
    assert fifth.answered and "Abilene" in fifth.answer


def test_a_misspelt_companys_article_and_one_no_one_wrote(shipped: Engine) -> None:
    misspelt = shipped.ask("Wann ist der Brodcom-Artikel erschienen?")
    assert not misspelt.answered and "002" in misspelt.answer and "24" not in misspelt.answer
    unknown = shipped.ask("Wann ist der Initech-Artikel erschienen?")
    assert not unknown.answered and "24. Juli" not in unknown.answer


def test_a_part_of_a_year_and_a_thing_no_figure_names(shipped: Engine) -> None:
    start = shipped.ask("Wieviele GPUs hatte OpenAI Anfang 2025 im Einsatz?")
    assert not start.answered and "1 Million" not in start.answer
    assert shipped.ask("wie viele GPUs will OpenAI bis Ende 2025 online haben?").answered
    plant = shipped.ask("Which power plant will supply electricity to the Stargate site in Abilene?")
    assert not plant.answered and "4.5" not in plant.answer and "4,5" not in plant.answer


def test_the_very_thing_counted_and_what_is_sold_is_no_stock(engine: Engine) -> None:
    runs = engine.ask("wie viele rechenzentren betreibt pirayu?")
    assert runs.answered and "sechs" in runs.answer
    other = engine.ask("Wie viele Rechenzentren betreibt Tarumá Data?")
    assert not other.answered and "drei" not in other.answer


def test_jobs_made_are_no_staff_and_a_predecessor_no_chief(engine: Engine) -> None:
    made = engine.ask("wie viele jobs entstehen durch die fusion von taruma und pirayu?")
    assert made.answered and "150" in made.answer and "700" not in made.answer
    chief = engine.ask("who's the new ceo at vardex?")
    assert chief.answered and "Ryzhkou" not in chief.answer


def test_a_share_price_moves_by_a_percentage(shipped: Engine) -> None:
    moved = shipped.ask("how much did nvidia's share price rise after the news?")
    assert moved.answered and "4.4" in moved.answer and "100" not in moved.answer


def test_a_datelines_capital_pins_a_currency_and_a_deal_opening_a_sentence(engine: Engine) -> None:
    price = engine.ask("what does qirfa offer per hadeel share?")
    assert price.answered and "9.40" in price.answer and "Jordanian" in price.answer
    shares = engine.ask("how many shares does the qirfa bid cover")
    assert shares.answered and "12" in shares.answer


def test_where_power_comes_from_and_a_compounds_first_part_no_place(engine: Engine) -> None:
    source = engine.ask("woher kommt der strom für den campus von hadeel")
    assert source.answered and "Wasser- und Windkraft" in source.answer
    assert "wasser" not in engine.retriever.reader.names.names


def test_an_articles_conclusion_by_its_heading(shipped: Engine) -> None:
    closing = shipped.ask("was ist das fazit des artikels über nvidia und openai?")
    assert closing.answered and "Versprechen" in closing.answer
    assert all(c.document.startswith("001") for c in closing.citations)
    authors = shipped.ask("whats the authors conclusion - done deal or mostly a promise?")
    assert authors.answered and "Versprechen" in authors.answer
    deal = shipped.ask("when is the conclusion of the deal expected?")
    assert "Versprechen" not in deal.answer  # the deal's closing, no article's conclusion
    unknown = shipped.ask("was ist das fazit des artikels über initech?")
    assert not unknown.answered and "Versprechen" not in unknown.answer


def test_a_sum_raised_is_said_by_its_verb(engine: Engine) -> None:
    raised = engine.ask("How much venture capital has Lumio raised so far?")
    assert not raised.answered and "3 billion" not in raised.answer


def test_multiples_of_hundreds_and_billions_the_swiss_way() -> None:
    assert [n.value for n in word_multiples("einen „hundertfachen Ausbau“, zehnfach")] == [100.0, 10.0]
    assert [(n.value, n.unit) for n in find_numbers("500 Mia. Franken")] == [(5e11, "CHF")]
