"""A cable consortium, a GPU rental, a listing, a withdrawn bid, a fine over cooling water, a training run and
a joint venture, none curated: whose figure a clause gives, the case an "if" asks, a valuation that is no
cost, holders by their kind, a count of all a company has, a venture named by its capitals, more titles
and units, and questions about what an article calls a company or whether a thing was disclosed."""

from __future__ import annotations

import pytest
from engines import engine_with_articles

from bot.engine.engine import Engine
from bot.engine.translations import dictionary_word

CABLE = """Konsortium plant Datenkabel durch die Ostsee

TALLINN – Ein Konsortium aus drei Unternehmen will ein Unterseekabel für KI-Datenverkehr bauen. Die Kosten
beziffern die Partner auf 900 Millionen Euro.

Dem Konsortium gehören Brovik Telecom, die Selvara Subsea Networks und Orrin Cable Systems an. Brovik hält 45
Prozent an der gemeinsamen Projektgesellschaft; die übrigen Anteile teilen sich die beiden anderen Partner.
Für die Anlandestation in Tallinn investieren die Partner zusammen 120 Millionen Euro.

„Die Leitung wird schnell“, sagte Kaia Ruus, Projektleiterin des Konsortiums.
"""

RENTAL = """Pellaro mietet 2.048 GPUs bei Quistra Compute

OSLO – Der KI-Entwickler Pellaro AI hat beim Cloud-Anbieter Quistra Compute Rechenkapazität gebucht.
Quistra garantiert, dass die Systeme zu 99,5 Prozent der Zeit erreichbar sind. Fällt der Cluster unter diesen
Wert, wird eine Vertragsstrafe fällig: Für jede Stunde Ausfall muss Quistra 90.000 Kronen an Pellaro zahlen.
"""

LISTING = """Rechenzentrumsbetreiber Tarvasso strebt an die Börse von Riga

RIGA – Der Rechenzentrumsbetreiber Tarvasso hat den Preis für seinen Börsengang festgelegt. Die Preisspanne
hatte zuvor bei 20 bis 24 Euro gelegen.

Zum Ausgabepreis wird Tarvasso mit rund 2 Milliarden Euro bewertet. Den Erlös will das Unternehmen in ein
neues Rechenzentrum bei Jelgava stecken.
"""

BID = """Kelvane zieht Übernahmeangebot für Doravik zurück

STOCKHOLM – Der Investor Kelvane Partners hat sein Angebot für den Rechenzentrumsbetreiber Doravik Data
zurückgezogen. Insgesamt bewertete die Offerte Doravik mit 4,6 Milliarden Kronen.

Bis zum Ende der Annahmefrist hatten nur Aktionäre mit 41 Prozent des Kapitals das Angebot angenommen.
Nach der Vereinbarung zwischen beiden Seiten muss Kelvane nun eine Auflösungsgebühr von 140 Millionen Kronen
zahlen.
"""

WATER = """Behörde verhängt Strafe gegen Rechenzentrum am Stausee

Die Wasserinspektion des Bezirks Nordvik hat eine Geldstrafe von 60 Millionen Kronen gegen den Betreiber
Lunvik Compute verhängt.

Nach der Genehmigung darf Lunvik Compute täglich höchstens 1,8 Millionen Liter Wasser entnehmen. Messungen
zufolge lag der Verbrauch im Sommer zeitweise bei 2,6 Millionen Litern pro Tag.

Der Bürgermeister von Ostravik, Henrik Marlo, stellte sich hinter die Behörde. „Die Regeln gelten für alle“,
sagte Marlo. Zu den Kosten des Kühlsystems machte Lunvik keine Angaben; sie wurden nicht offengelegt.
"""

TRAINING = """Sarvik AI trainiert Rekordmodell

Das KI-Labor Sarvik AI hat am 21. Januar 2026 den Abschluss seines größten Trainingslaufs bekanntgegeben. Das
Modell wurde 61 Tage lang trainiert.

Für den Trainingslauf wurden 38 Gigawattstunden Strom verbraucht. Die Anleihe dafür führte die Molvik
Kapitalbank an.

„Wir haben gezeigt, dass es geht“, sagte Ivo Rask, Chefwissenschaftler von Sarvik AI. „Die Zahlen stimmen“,
sagte Lena Dahl, Treasurerin von Sarvik AI.
"""

VENTURE = """Halvik und Tornea bauen Chipwerk

BERGEN – Der Halbleiterkonzern Halvik und die Tornea Holdings gründen ein Gemeinschaftsunternehmen. An dem
Joint Venture mit dem Namen Halvik Tornea Advanced Packaging (HTAP) hält Halvik 65 Prozent.

Geschäftsführerin des Gemeinschaftsunternehmens wird Runa Sele. Die Bauarbeiten sollen rund 22 Monate dauern.

Die Gewerkschaft fordert 12 Prozent mehr Lohn. Halvik hat bislang eine Lohnerhöhung von 4 Prozent angeboten.
"""

CALLED = """Veltros und Amvik schließen Chip-Pakt

DUBLIN – Der Speicherhersteller Veltros und der Cloud-Anbieter Amvik arbeiten künftig zusammen.

Veltros, der König der Speicherchips, und Amvik, der bekannteste Name der Cloud-Branche, teilen die Kosten.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with_articles(
        tmp_path_factory,
        {
            "105_ostsee.txt": CABLE,
            "106_quistra.txt": RENTAL,
            "107_tarvasso.txt": LISTING,
            "108_doravik.txt": BID,
            "109_lunvik.txt": WATER,
            "110_sarvik.txt": TRAINING,
            "111_htap.txt": VENTURE,
            "112_veltros.txt": CALLED,
        },
    )


def test_a_figure_of_a_clause_opening_on_another_company(engine: Engine) -> None:
    # "Brovik hält 45 Prozent …; die übrigen Anteile teilen sich die beiden anderen Partner": Brovik's
    answer = engine.ask("wie viel prozent hält selvara am konsortium?")
    assert not answer.answered and "45" not in answer.answer, answer.answer
    assert "45" in engine.ask("wie viel prozent hält brovik am konsortium?").answer


def test_the_case_an_if_asks_must_be_said(engine: Engine) -> None:
    late = engine.ask("what's the penalty if pellaro pays quistra late?")
    assert not late.answered and "90" not in late.answer, late.answer
    hourly = engine.ask("wie hoch ist die vertragsstrafe pro stunde ausfall bei quistra?")
    assert hourly.answered and "90.000" in hourly.answer, hourly.answer  # "Für jede Stunde": a rate
    uptime = engine.ask("welche verfügbarkeit garantiert quistra")
    assert uptime.answered and "99,5" in uptime.answer, uptime.answer


def test_a_count_of_all_a_company_has_is_not_one_another_rents(engine: Engine) -> None:
    answer = engine.ask("wie viele gpus hat quistra insgesamt im rechenzentrum stehen?")
    assert not answer.answered and "2.048" not in answer.answer, answer.answer


def test_a_valuation_is_no_cost(engine: Engine) -> None:
    answer = engine.ask("was kostet das neue rechenzentrum von tarvasso in jelgava?")
    assert not answer.answered and "2 Milliarden" not in answer.answer, answer.answer
    assert "20 bis 24" not in answer.answer  # a price range of the listing, no site's cost
    worth = engine.ask("wie viel ist tarvasso wert")
    assert worth.answered and "2 Milliarden" in worth.answer, worth.answer


def test_holders_by_their_kind_hold_no_bidders_stake(engine: Engine) -> None:
    assert engine.parse("wie viel prozent hält kelvane an doravik").words[3] == "haelt"  # no "Hälfte"
    # a strong verb's present tense is a form of its verb; a slip with an umlaut in it is still a slip
    assert dictionary_word("haelt") and dictionary_word("waechst")
    assert not dictionary_word("uebrhaupt") and not dictionary_word("stargaet")
    answer = engine.ask("wie viel prozent hielt kelvane schon vor dem angebot an doravik?")
    assert not answer.answered and "41" not in answer.answer, answer.answer


def test_the_whole_deal_is_its_total(engine: Engine) -> None:
    answer = engine.ask("how much was the whole doravik deal worth")
    assert answer.answered and "4.6 billion" in answer.answer, answer.answer


def test_litres_of_water(engine: Engine) -> None:
    allowed = engine.ask("how much water is lunvik allowed to take per day")
    assert allowed.answered and "1.8 million litres" in allowed.answer, allowed.answer
    used = engine.ask("how much water did they actually use in summer per day")
    assert used.answered and "2.6 million litres" in used.answer, used.answer  # "Sommer", no "Summe"
    fine = engine.ask("wie hoch ist das zwangsgeld wenn lunvik die grenze nochmal überschreitet?")
    assert "Liter" not in fine.answer, fine.answer  # a sum asked, never litres


def test_a_towns_mayor(engine: Engine) -> None:
    assert engine.reader.names.names["ostravik"].kind == "place"
    answer = engine.ask("wie heißt der bürgermeister von ostravik")
    assert answer.answered and "Henrik Marlo" in answer.answer, answer.answer
    said = engine.ask("was sagt der bürgermeister von ostravik")
    assert said.answered and "gelten für alle" in said.answer, said.answer


def test_whether_a_thing_was_disclosed_is_answered_by_that_it_was_not(engine: Engine) -> None:
    asked = engine.ask("steht irgendwo ob die kosten des kühlsystems von lunvik offengelegt sind?")
    assert asked.answered and "nicht" in asked.answer, asked.answer
    cost = engine.ask("was kostet das kühlsystem von lunvik")
    assert not cost.answered, cost.answer  # the sum asked stays unanswered


def test_a_run_and_its_titles(engine: Engine) -> None:
    assert engine.ask("wie lange hat das training von sarvik gedauert").answer.count("61 Tage") >= 1
    energy = engine.ask("how much energy did the sarvik run use?")
    assert energy.answered and "38 GWh" in energy.answer, energy.answer
    announced = engine.ask("wann hat sarvik das bekannt gegeben?")
    assert announced.answered and "21. Januar 2026" in announced.answer, announced.answer
    assert engine.reader.names.names["ivo rask"].title == "Chefwissenschaftler"
    assert "Ivo Rask" in engine.ask("who's sarvik's chief scientist").answer
    assert "Lena Dahl" in engine.ask("who is sarvik's treasurer").answer
    assert engine.reader.names.names["molvik kapitalbank"].kind == "org"


def test_a_venture_named_by_its_capitals(engine: Engine) -> None:
    assert "htap" in engine.reader.names.subjects["111_htap"]
    head = engine.ask("wer wird geschäftsführerin vom HTAP joint venture")
    assert head.answered and "Runa Sele" in head.answer, head.answer
    build = engine.ask("how long will construction of the HTAP plant take?")
    assert build.answered and "22 months" in build.answer, build.answer


def test_a_rise_asked_as_a_sum_and_an_offer(engine: Engine) -> None:
    more = engine.ask("wie viel mehr lohn will die gewerkschaft bei halvik?")
    assert more.answered and "12 Prozent" in more.answer, more.answer
    offer = engine.ask("what did halvik offer the workers")
    assert offer.answered and "4 Prozent" in offer.answer, offer.answer  # the body, not the headline


def test_whom_an_article_calls_so(engine: Engine) -> None:
    answer = engine.ask("wen nennt der artikel den 'könig der speicherchips'?")
    assert answer.answered and "Veltros" in answer.answer.split("\n")[0], answer.answer
    assert "Amvik" not in answer.answer.split("\n")[0]


def test_the_one_article_whose_lead_says_it(engine: Engine) -> None:
    # naming nobody: the cable of the one lead that says "Datenkabel" and "Ostsee", and its partners' sum
    # ("Die Kosten beziffern die Partner auf …": all of the article's parties, no company just named)
    answer = engine.ask("was kostet das datenkabel durch die ostsee")
    assert answer.answered and "900 Millionen Euro" in answer.answer, answer.answer


def test_who_all_take_part(engine: Engine) -> None:
    answer = engine.ask("wer macht alles beim konsortium mit")
    line = answer.answer.split("\n")[0]
    assert answer.answered and all(n in line for n in ("Brovik", "Selvara", "Orrin")), answer.answer


def test_a_price_of_one_share_is_no_sum_raised(engine: Engine) -> None:
    answer = engine.ask("how much did the tarvasso ipo raise")
    assert not answer.answered and "20" not in answer.answer, answer.answer


def test_one_of_two_named_or_none(engine: Engine) -> None:
    answer = engine.ask("wer investiert mehr in doravik: kelvane oder brovik?")
    assert not answer.answered, answer.answer


def test_what_one_pays_is_no_total(engine: Engine) -> None:
    # "wie viel zahlt ein Haushalt": the price of one, which "investieren die Partner zusammen …" is not
    answer = engine.ask("wie viel zahlt ein haushalt in tallinn für die datenleitung?")
    assert not answer.answered and "120" not in answer.answer, answer.answer


def test_a_project_lead_is_no_chief_executive(engine: Engine) -> None:
    lead = engine.ask("who is the project lead for the tallinn cable")
    assert lead.answered and "Kaia Ruus" in lead.answer, lead.answer
    assert "Ruus" not in engine.ask("wer ist der ceo von brovik").answer


def test_a_body_and_a_fee_by_their_english_names(engine: Engine) -> None:
    authority = engine.ask("which authority fined lunvik?")
    assert authority.answered and "Wasserinspektion" in authority.answer, authority.answer
    fee = engine.ask("wie hoch ist die break fee")  # naming nobody: its words find the "Auflösungsgebühr"
    assert fee.answered and "140 Millionen" in fee.answer, fee.answer
