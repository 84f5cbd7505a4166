"""A listing, a subsidy, an outage, a joint venture and a takeover, none curated: a company by the one word of
its name nobody else uses, the shares an issue price is of, islands as places, a quote running over two
sentences, a minister quoted on a company's subsidy, a party asked by its kind, what is not yet known, a
threshold that is no stake, a quarter a year before, the other sites."""

from __future__ import annotations

import pytest
from engines import engine_with_articles

from bot.engine.engine import Engine

LISTING = """Rechenzentrumsbetreiber Vellmar Rackworks will mit Börsengang 1,5 Milliarden Kronen einsammeln

Lysekil, 4. März 2026. Der Rechenzentrumsbetreiber Vellmar Rackworks geht an die Börse. Das Unternehmen bietet
50 Millionen Aktien zu einem Ausgabepreis von 30 Kronen je Aktie an. Der Bruttoerlös liegt damit bei
1,5 Milliarden Kronen.

Nach der Platzierung werden 40 Prozent der Aktien im Streubesitz sein. Vellmar betreibt zwei Rechenzentren auf
den Inseln Orust und Tjörn. Mit dem Erlös will das Unternehmen ein drittes Rechenzentrum auf Tjörn bauen.
"""

SUBSIDY = """Regierung fördert Werk von Kestrix mit 200 Millionen Kronen

Die Regierung unterstützt den Bau eines Chipwerks des Herstellers Kestrix mit 200 Millionen Kronen. Kestrix
muss bis Ende 2028 mindestens 600 Arbeitsplätze schaffen.

„Jede Krone ist an Arbeitsplätze gebunden“, sagte Wirtschaftsministerin Anna Berglund bei der Unterzeichnung.
"""

OUTAGE = """Brand legt Rechenzentrum von Frostnet Cloud in Kiruna lahm

Kiruna, 20. August 2025. Der Ausfall des Rechenzentrums von Frostnet Cloud hat einen Schaden von 90 Millionen
Kronen angerichtet. Betroffen waren 2.100 Geschäftskunden.

Ursache war nach Angaben des Betreibers ein Kurzschluss in einem Batterieschrank.

Der Versicherer Hallmark Assurance übernimmt 70 Prozent des Schadens.

„Wir entschuldigen uns bei allen Kunden. Unsere Notstromversorgung hat versagt“, sagte Lena Dahlqvist,
Betriebsvorständin von Frostnet Cloud. Ob Kundendaten dauerhaft verloren gegangen sind, wird nach ihren Worten
noch geprüft.
"""

VENTURE = """Skarvik Systems und Fjordkraft Energi gründen GPU-Cloud

Skarvik Systems und der Energieversorger Fjordkraft Energi bauen gemeinsam eine GPU-Cloud. Das
Gemeinschaftsunternehmen trägt den Namen Nordlys Compute und soll am 1. Juni 2026 den Betrieb aufnehmen.

Zum Start sollen in dem Rechenzentrum 2.048 Grafikprozessoren laufen.
"""

TAKEOVER = """Brennholt bietet für Osterlund

Der Konzern Brennholt bietet 22 Kronen je Aktie für den Rechenzentrumsbetreiber Osterlund. Brennholt knüpft
die Übernahme an eine Mindestannahmeschwelle von 80 Prozent der Aktien.

Im dritten Quartal stieg der Umsatz von Brennholt auf 3,1 Milliarden Kronen. Der Nettogewinn kletterte im
abgelaufenen Quartal auf 410 Millionen Kronen. Für sein Rechenzentrum in Umeå zahlt Brennholt eine Miete von
40.000 Kronen pro Tag.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with_articles(
        tmp_path_factory,
        {
            "095_vellmar.txt": LISTING,
            "096_kestrix.txt": SUBSIDY,
            "097_frostnet.txt": OUTAGE,
            "098_nordlys.txt": VENTURE,
            "099_brennholt.txt": TAKEOVER,
        },
    )


def test_shares_issued_at_their_issue_price(engine: Engine) -> None:
    # "ausgegeben" of shares is issued, not money spent: the price they are offered at answers
    answer = engine.ask("zu welchem preis werden die vellmar aktien ausgegeben?")
    assert answer.answered and "30 Kronen" in answer.answer, answer.answer


def test_a_company_by_the_one_word_of_its_name_no_other_article_uses(engine: Engine) -> None:
    answer = engine.ask("whats the free float after the rackworks listing?")
    assert answer.answered and "40 Prozent" in answer.answer, answer.answer


def test_the_free_float_is_a_percentage(engine: Engine) -> None:
    answer = engine.ask("wie hoch ist der streubesitz von vellmar")
    assert answer.answered and "40 Prozent" in answer.answer, answer.answer


def test_islands_an_article_lists_are_places(engine: Engine) -> None:
    assert engine.reader.names.names["tjoern"].kind == "place"
    answer = engine.ask("where will vellmar build its third data centre?")
    assert answer.answered and "Tjörn" in answer.answer, answer.answer


def test_a_minister_quoted_on_a_companys_subsidy(engine: Engine) -> None:
    answer = engine.ask("who's the minister quoted on the kestrix subsidy")
    assert answer.answered and "Berglund" in answer.answer, answer.answer


def test_a_quote_over_two_sentences_is_said_by_who_closes_it(engine: Engine) -> None:
    answer = engine.ask("who's the frostnet exec that apologised to customers")
    assert answer.answered and "Dahlqvist" in answer.answer, answer.answer


def test_the_lead_after_a_dateline_of_its_own(engine: Engine) -> None:
    # "Kiruna, 20. August 2025." is a sentence of its own: the lead's words are the next one's ("Ausfall")
    answer = engine.ask("was war die ursache für den ausfall in kiruna")
    assert answer.answered and "Kurzschluss" in answer.answer, answer.answer


def test_a_party_asked_by_its_kind(engine: Engine) -> None:
    # "the insurer" of Frostnet's damage: "Der Versicherer Hallmark Assurance übernimmt 70 Prozent"
    answer = engine.ask("what % of the frostnet damage does the insurer cover?")
    assert answer.answered and "70" in answer.answer, answer.answer


def test_what_is_not_yet_known_is_no_other_count(engine: Engine) -> None:
    answer = engine.ask("how many frostnet customers lost their data permanently?")
    assert not answer.answered, answer.answer
    assert "2.100" not in answer.answer and "2,100" not in answer.answer, answer.answer


def test_a_joint_venture_that_bears_a_name(engine: Engine) -> None:
    named = engine.ask("whats the name of the skarvik / fjordkraft joint venture")
    assert named.answered and "Nordlys Compute" in named.answer, named.answer
    started = engine.ask("Wann startet Nordlys Compute?")
    assert started.answered and "1. Juni 2026" in started.answer, started.answer
    counted = engine.ask("how many gpus does nordlys compute start with?")
    assert counted.answered and "2,048" in counted.answer, counted.answer


def test_a_threshold_is_no_stake_held(engine: Engine) -> None:
    answer = engine.ask("wie viel prozent an osterlund hält brennholt schon jetzt?")
    assert "80 Prozent" not in answer.answer, answer.answer


def test_a_quarter_last_year_is_not_the_one_reported(engine: Engine) -> None:
    answer = engine.ask("what was brennholt's net profit in q3 last year?")
    assert "410" not in answer.answer, answer.answer
    assert "410" in engine.ask("what was brennholt's net profit in q3?").answer


def test_a_price_at_the_close_is_not_the_issue_price(engine: Engine) -> None:
    answer = engine.ask("what was the vellmar share price at the close of its first trading day?")
    assert "30" not in answer.answer, answer.answer


def test_the_other_sites_are_not_the_one_named(engine: Engine) -> None:
    answer = engine.ask("how many acres are the other stargate sites?")
    assert not answer.answered and "1,000" not in answer.answer, answer.answer


def test_a_figure_asked_what_it_is(engine: Engine) -> None:
    # the sentence giving the figure the question states; none where no article gives it
    stated = engine.ask("1,5 milliarden kronen, wo kommt die zahl her?")
    assert stated.answered and "Bruttoerlös" in stated.answer, stated.answer
    unstated = engine.ask("was sind die 7 gw bei vellmar?")
    assert not unstated.answered and "1,5" not in unstated.answer, unstated.answer


def test_chat_fillers_and_short_titles(engine: Engine) -> None:
    assert "40 Prozent" in engine.ask("vellmar free float iirc?").answer
    assert "Brockman" in engine.ask("who's the pres of openai").answer


def test_a_net_sum_is_a_sum_and_per_day_is_a_span(engine: Engine) -> None:
    net = engine.ask("was war der nettogewinn von brennholt im dritten quartal")
    assert net.answered and net.figures and "410 Millionen" in net.answer.splitlines()[0], net.answer
    rent = engine.ask("how much rent does brennholt pay per day?")
    assert rent.answered and "40,000" in rent.answer, rent.answer
