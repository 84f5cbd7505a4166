"""A late delivery with a penalty, a pension fund's stake, a merger and a launch contract, none curated: a
figure whose sentence names only the payer, after the paragraph's opener says what it is for ("Für die
Verspätung zahlt X eine Vertragsstrafe. … X zahlt 96 Millionen"); a price paid "für das Paket" by "der
Fonds"; a company ending on "Trust"; an exchange ratio; the day a merger was told, which is not the day it
closes; the chief of "the merged company", the roles before and after it, what the chief said and how many
firms it touches; a contract's value said by "über", a sum given as a share of it, its biggest customer and
a time given ("neun Monate Zeit"); a name after a relative pronoun ("die Acme derzeit aufbaut"). On the
shipped articles: a site in a state no article names (not a misspelt one they name, nor one claimed, which
is corrected), a figure claimed of what someone said or in a unit a fact gives, what an article calls a
company (both ways, and not what someone calls a thing), and a deal named only to point at an article."""

from __future__ import annotations

import pytest
from engines import KNOWLEDGE, engine_with_articles

from bot.engine.engine import Engine
from bot.engine.names import ORG, learn
from bot.knowledge.loader import load_knowledge

PENALTY = """Ausfuhrgenehmigung verzögert: Brenica Compute erhält Chips später

Ohrid (dpa-AFX) – Der Rechenzentrumsbetreiber Brenica Compute erhält eine Lieferung von 1.024 Chips erst im
Oktober. Der Auftrag hat einen Wert von 2,2 Milliarden Denar.

Für die Verspätung zahlt der Händler Stolvane Silicon eine Vertragsstrafe. Der Vertrag sieht 0,5 Prozent je
Woche vor. Wegen des langen Verzugs zahlt Stolvane Silicon 96 Millionen Denar.

Der Umsatz von Brenica stieg im Vorjahr auf 800 Millionen Denar.
"""

STAKE = """Pensionsfonds steigt bei Kabelnetz Tarnak Fibre ein

Maskat (Reuters) – Der Pensionsfonds Qalhat Pension Trust übernimmt 30 Prozent am Netzbetreiber Tarnak
Fibre. Für das Paket von 12 Millionen Aktien zahlt der Fonds 90 Millionen Rial, wie beide Seiten mitteilten.
"""

MERGER = """Dorvik Cloud und Selmara Edge fusionieren

Accra (Reuters) – Die Infrastrukturanbieter Dorvik Cloud und Selmara Edge schließen sich zusammen. Wie beide
Unternehmen am Dienstag, 3. Februar, in Accra mitteilten, erhalten die Aktionäre von Selmara für jede ihrer
Aktien 0,6 neue Aktien von Dorvik.

Neue Vorstandschefin wird Efua Amoako, bislang Finanzchefin von Selmara Edge. Der bisherige Dorvik-Chef Kwaku
Boateng wechselt an die Spitze des Verwaltungsrats. Die Fusion soll innerhalb von sechs Monaten abgeschlossen
werden. Von der Umstellung betroffen sind rund 800 Firmen, die beide Anbieter nutzen.

„Zusammen sind wir groß genug für ganz Westafrika“, sagte Vorstandschefin Efua Amoako.
"""

LAUNCH = """Halvane Orbital bucht Raketenstarts

Kingston (Reuters) – Das Raumfahrtunternehmen Halvane Orbital Systems hat einen Startvertrag über 2,5
Milliarden Jamaika-Dollar mit dem Raketenbetreiber Castrel Launch unterzeichnet.

Die Bodenstationen, die Halvane derzeit auf Jamaika aufbaut, sollen Daten empfangen. Rund 30 Prozent der
Vertragssumme werden als Anzahlung fällig. Größter Kunde ist der Wetterdienst Morant Weather Systems. Für die
Genehmigung der Starts hat Castrel Launch neun Monate Zeit. Der Konkurrent Morvek Orbital war nach einem
letzten Gebot aus dem Bieterwettbewerb ausgestiegen.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with_articles(
        tmp_path_factory,
        {
            "985_strafe.txt": PENALTY,
            "986_pensionsfonds.txt": STAKE,
            "987_fusion.txt": MERGER,
            "988_start.txt": LAUNCH,
        },
    )


@pytest.fixture(scope="module")
def shipped() -> Engine:
    return Engine(load_knowledge(KNOWLEDGE))


def test_a_figure_is_of_what_its_paragraphs_opener_speaks_of(engine: Engine) -> None:
    penalty = engine.ask("how much penalty does stolvane have to pay brenica?")
    assert penalty.answered and "96" in penalty.answer and "2.2" not in penalty.answer
    # a sentence saying what its figure is ("Der Umsatz …") is not the opener's
    assert "800" not in engine.ask("wie hoch ist die vertragsstrafe von stolvane?").answer


def test_a_stake_bought_by_the_fund_its_kind_names(engine: Engine) -> None:
    book = learn([("986", STAKE.splitlines()[0], STAKE)])
    assert book.kind("qalhat pension trust") == ORG and book.kind("tarnak") == ORG
    assert book.kind("kabelnetz tarnak") is None  # (a compound before a name is no place)
    price = engine.ask("Wie viel zahlt der Qalhat Pension Trust für seine Beteiligung an Tarnak Fibre?")
    assert price.answered and "90 Millionen Rial" in price.answer


def test_a_merger_its_ratio_its_day_and_its_chief(engine: Engine) -> None:
    ratio = engine.ask("Wie lautet das Umtauschverhältnis für die Aktionäre von Selmara Edge?")
    assert ratio.answered and "0,6" in ratio.answer
    closing = engine.ask("an welchem tag genau soll die fusion von dorvik und selmara abgeschlossen sein")
    assert not closing.answered and "3. Februar" not in closing.answer
    told = engine.ask("wann wurde die fusion von dorvik und selmara bekanntgegeben?")
    assert told.answered and "3. Februar" in told.answer
    chief = engine.ask("Who will be the chief executive of the merged company?")
    assert chief.answered and "Amoako" in chief.answer


def test_roles_before_and_after_a_merger_and_what_the_chief_said(engine: Engine) -> None:
    before = engine.ask("what was efua amoako's job before the merger")
    assert before.answered and "Finanzchefin von Selmara Edge" in before.answer
    assert "Dorvik" not in before.answer.split("\n")[0]  # (no company of hers the next sentence names)
    # "Kwaku" is no kW asked
    after = engine.ask("Welche Rolle übernimmt Kwaku Boateng nach der Fusion?")
    assert after.answered and "Verwaltungsrat" in after.answer
    said = engine.ask("Was sagte Vorstandschefin Efua Amoako zur Fusion?")
    assert said.answered and "Westafrika" in said.answer
    firms = engine.ask("Wie viele Firmen sind von der Fusion von Dorvik und Selmara betroffen?")
    assert firms.answered and "800" in firms.answer


def test_a_contracts_value_by_ueber_and_a_name_after_a_relative_pronoun(engine: Engine) -> None:
    value = engine.ask("What is the value of the launch contract signed by Halvane Orbital Systems?")
    assert value.answered and "2.5 billion" in value.answer
    book = learn([("988", LAUNCH.splitlines()[0], LAUNCH)])
    assert book.names["halvane orbital systems"].canonical == "halvane"  # not "Orbital Systems" alone


def test_a_site_in_a_state_no_article_names(shipped: Engine) -> None:
    unnamed = ("wie viele gw hat der stargate-standort in michigan?", "stargate site in ohio, how many GW?")
    for question in unnamed:
        assert not shipped.ask(question).answered, question
    assert shipped.ask("wie viele gw hat der stargate standort in texas?").answered
    typo = shipped.ask("was soll in abeline entstehen laut dem gpu artikel?")
    assert typo.answered and "Abilene" in typo.answer
    corrected = shipped.ask("is it true stargate phase 1 is being built in dallas?")
    assert corrected.answered and "Abilene" in corrected.answer


def test_a_figure_claimed_of_what_someone_said(shipped: Engine) -> None:
    claimed = shipped.ask("did jensen say nvidia takes a 7% stake in openai?")
    assert not claimed.answered and "7" not in claimed.answer


def test_a_sum_as_a_share_a_customer_a_time_given_and_what_a_company_is_called(engine: Engine) -> None:
    down = engine.ask("How large is the down payment due on the Halvane contract?")
    assert down.answered and "30%" in down.answer
    assert not engine.ask("How much is the Halvane down payment in Jamaican dollars?").answered
    customer = engine.ask("Wer ist der größte Kunde von Halvane?")
    assert customer.answered and "Morant" in customer.answer
    time = engine.ask("wieviel zeit hat castrel launch für die genehmigung?")
    assert time.answered and "neun Monate" in time.answer
    out = engine.ask("Which company dropped out of the bidding against Halvane?")
    assert out.answered and "Morvek Orbital" in out.answer


def test_what_an_article_calls_a_company(shipped: Engine) -> None:
    called = shipped.ask("wie wird nvidia im artikel genannt?")
    assert called.answered and "König der Grafikprozessoren" in called.answer
    leader = "which company does the stargate article call a leader in cloud and enterprise computing"
    who = shipped.ask(leader)
    assert who.answered and "Oracle" in who.answer


def test_what_someone_calls_a_thing_is_no_name_asked(shipped: Engine) -> None:
    plan = shipped.ask("wie nennt altman seinen gpu plan")
    assert plan.answered and "hundertfach" in plan.answer
    named = shipped.ask("wie nennt der broadcom-artikel openai?")
    assert named.answered and "Forschungslabor" in named.answer
    listed = shipped.ask("welche anderen partner von openai nennt die nvidia-meldung")
    assert listed.answered and "Microsoft" in listed.answer


def test_a_deal_named_to_point_at_an_article_is_no_subject(shipped: Engine) -> None:
    pointed = shipped.ask(
        "wie viel soll stargate laut dem 1-mio-gpu-artikel in den kommenden vier jahren investieren?"
    )
    assert pointed.answered and "5000" in pointed.answer.replace(".", "")
    # ... but a company named so still is: Nvidia's rise was after its own announcement
    assert not shipped.ask("How much did Nvidia stock rise after the Broadcom announcement?").answered


def test_a_figure_claimed_finds_the_fact_in_its_unit(shipped: Engine) -> None:
    claimed = shipped.ask("stimmt es dass openai mit broadcom 10 gw eigene chips baut?")
    assert claimed.answered and "10 GW" in claimed.answer


def test_several_people_asked_get_each_persons_fact(shipped: Engine) -> None:
    quoted = shipped.ask("welche führungskräfte werden in der nvda ankündigung zitiert")
    assert quoted.answered and all(n in quoted.answer for n in ("Huang", "Altman", "Brockman"))


def test_money_per_unit_as_the_fact_says_it_is_no_price(shipped: Engine) -> None:
    tied = shipped.ask("is the nvidia investment tied to each gigawatt deployed?")
    assert tied.answered and "each gigawatt" in tied.answer
    assert not shipped.ask("wie viel zahlt nvidia pro gigawatt genau").answered  # a rate asked
    assert not shipped.ask("price per gigawatt?").answered
