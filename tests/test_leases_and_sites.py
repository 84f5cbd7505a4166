"""A sale-and-leaseback of several sites, a power price against last year's, a building site: whose figure,
of which year, of which site; and a dateline in capitals, which names a town, not a company."""

from __future__ import annotations

import pytest
from engines import engine_with_articles

from bot.engine.engine import Engine

LEASEBACK = """Tarnow Data verkauft drei Rechenzentren für 9,6 Milliarden Kronen und mietet sie zurück

OSTRAVA – Der Rechenzentrumsbetreiber Tarnow Data trennt sich von seinen drei Rechenzentren in Brno, Olomouc
und Zlín. Käufer ist der Infrastrukturfonds Morava Core. Der Kaufpreis beträgt 9,6 Milliarden Kronen.

Tarnow zahlt künftig eine Jahresmiete von anfänglich 610 Millionen Kronen. Der Mietvertrag läuft 15 Jahre.

In den drei Anlagen stehen zusammen 7.400 Server.

Gründerin und CEO Ivana Kubelka, die das Unternehmen 2012 gegründet hat, sprach von einem guten Tag.
"""

POWER = """Vodna Compute kauft Wasserkraft für 2,40 Kronen je Kilowattstunde

Der Rechenzentrumsbetreiber Vodna Compute hat mit dem Versorger Lipno Energie einen Stromliefervertrag
geschlossen. Der Preis liegt bei 2,40 Kronen pro Kilowattstunde.

Im vergangenen Jahr hatte das Unternehmen Strom zu einem Preis von 2,95 Kronen pro Kilowattstunde eingekauft.
"""

SITE = """Bau des Rechenzentrums in Kladno verzögert sich

Der Bau des Rechenzentrums verzögert sich um sechs Monate. Das Bauunternehmen Hradex Construct muss die Anlage
nun bis zum 31. Mai 2027 fertigstellen. Ursprünglich war die Übergabe für den 30. November 2026 vereinbart.
Die Regierung gab die neue Frist am 2. März 2026 bekannt. Derzeit arbeiten 280 Arbeiter auf der Baustelle.

Verkehrsminister Pavel Dvorak machte das Bauunternehmen für die Verzögerung verantwortlich.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with_articles(
        tmp_path_factory, {"090_tarnow.txt": LEASEBACK, "091_vodna.txt": POWER, "092_hradec.txt": SITE}
    )


def test_a_dateline_in_capitals_names_a_town(engine: Engine) -> None:
    name = engine.reader.names.names["ostrava"]
    assert name.kind == "place" and name.display == "Ostrava"


def test_a_founder_of_the_company_her_sentence_calls_so(engine: Engine) -> None:
    # "die das Unternehmen 2012 gegründet hat": the headline's company, none other named around her
    answer = engine.ask("wer hat tarnow gegründet?")
    assert answer.answered and "Kubelka" in answer.answer, answer.answer


def test_a_years_rent_said_in_one_word(engine: Engine) -> None:
    answer = engine.ask("whats the yearly rent tarnow pays?")
    assert answer.answered and "610" in answer.answer and "9.6" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    ["was hat der fonds nur für das rechenzentrum in olomouc bezahlt?", "wie viele server stehen in brno?"],
)
def test_one_sites_figure_is_not_all_sites(engine: Engine, question: str) -> None:
    # the price of the three, and "zusammen 7.400 Server", are no one site's
    answer = engine.ask(question)
    assert not answer.answered and "9,6" not in answer.answer and "7.400" not in answer.answer, answer.answer


def test_last_years_price_is_not_this_contracts(engine: Engine) -> None:
    answer = engine.ask("was zahlt vodna pro kwh im neuen vertrag?")
    assert answer.answered and "2,40" in answer.answer and "2,95" not in answer.answer, answer.answer
    answer = engine.ask("what did vodna pay per kwh last year?")
    assert answer.answered and "2.95" in answer.answer, answer.answer


def test_the_workers_on_a_site_are_not_another_deals_jobs(engine: Engine) -> None:
    answer = engine.ask("wieviele arbeiter sind auf der baustelle")
    assert answer.answered and "280" in answer.answer, answer.answer


def test_workers_there_are_no_workers_added(engine: Engine) -> None:
    answer = engine.ask("wie viele zusätzliche arbeiter will hradex noch auf die baustelle schicken")
    assert not answer.answered and "280" not in answer.answer, answer.answer


def test_a_count_no_fact_gives_is_read_from_a_sentence(engine: Engine) -> None:
    answer = engine.ask("how many servers r in those 3 data centers")
    assert answer.answered and "7,400" in answer.answer, answer.answer


def test_the_original_deadline_and_not_the_day_it_was_moved(engine: Engine) -> None:
    answer = engine.ask("what was the original handover deadline for kladno")
    assert answer.answered and "30 November 2026" in answer.answer, answer.answer
    # "gab die neue Frist am 2. März bekannt": the day it was made known is no deadline
    assert "2 March" not in engine.ask("what is the new deadline for kladno").answer


def test_an_official_blaming_the_articles_company_is_found_by_the_title(engine: Engine) -> None:
    answer = engine.ask("whos the minister blaming hradex")
    assert answer.answered and "Dvorak" in answer.answer, answer.answer
