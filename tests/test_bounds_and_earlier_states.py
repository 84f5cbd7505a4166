"""An offer's acceptance threshold, a bond issued after an earlier one, an insolvency reported in 2026, a
power plant built in blocks, a subsidy, a strike, a currency the article abbreviates and a minister
quoted after the sentence naming her, none curated: a bound a condition sets answers a threshold and
nothing else does; a sentence opening on an earlier time in the pluperfect ranks below the news; "this
year" finds no figure of last year's; an ordinal is said of its noun; an undated sentence is of its
article's time; the state's money is no company's; a union named by its kind; a compound said across two
question words (its last part a word the articles use). On the shipped articles: a name taken back, a
count's target, and a partner set before the question as its label."""

from __future__ import annotations

import pytest
from engines import KNOWLEDGE, engine_with_articles

from bot.engine.asked import Kind, asked
from bot.engine.engine import Engine
from bot.knowledge.loader import load_knowledge
from bot.knowledge.numbers import find_numbers, local_currencies

OFFER = """Brennholt bietet für Cirrano Cloud

Valdora (Agentur) – Der Netzbetreiber Brennholt bietet rund 3,4 Milliarden Kronen für den Cloudanbieter
Cirrano Cloud. Das Angebot steht unter der Bedingung, dass Brennholt mindestens 80 Prozent der Aktien
angedient werden. Brennholt hält bereits 9 Prozent an Cirrano.
"""

BOND = """Velatron platziert neue Anleihe

Valdora (Agentur) – Der Glasfaserbetreiber Velatron hat eine Anleihe über 900 Millionen Kronen platziert.
Das Papier hat eine Laufzeit von acht Jahren und ist mit einem Kupon von 6,25 Prozent ausgestattet.

Im Mai 2024 hatte Velatron bereits eine erste Anleihe über 300 Millionen Kronen mit einem Kupon von 9 Prozent
und einer Laufzeit von vier Jahren begeben.
"""

INSOLVENCY = """Speicherhersteller Orvanto ist zahlungsunfähig

Valdora (dpa) – Der Speicherhersteller Orvanto hat am 3. März 2026 Insolvenz angemeldet. Die
Verbindlichkeiten belaufen sich auf rund 610 Millionen Kronen. Noch Ende 2024 hatte Orvanto Verbindlichkeiten
von 280 Millionen Kronen ausgewiesen. Im vergangenen Jahr verkaufte das Unternehmen 18.000 Speichersysteme.

Der Konkurrent Halvek kaufte ein Nachbargrundstück für 12 Millionen Kronen.

Bei der Versteigerung im Jahr 2019 hatte der Staat für das Werksgelände 40 Millionen Kronen erlöst.
"""

PLANT = """Energiebehörde vergibt Gaskraftwerk an Konsortium

Valdora (Agentur) – Die Energiebehörde hat den Auftrag für ein Gaskraftwerk vergeben. Sieben Bieter hatten
Angebote eingereicht.

Das Kraftwerk am Standort Terrano soll eine Leistung von bis zu 520 Megawatt erreichen und in zwei Blöcken
errichtet werden. Der erste Block soll im Frühjahr 2028 ans Netz gehen. Eine erste Ausschreibung für ein
kleineres Kraftwerk mit 260 Megawatt war 2022 gescheitert.
"""

SUBSIDY = """Regierung fördert Packaging-Werk von Quelmar

Valdora (Reuters) – Die Regierung unterstützt den Bau eines Werks für Chip-Verpackung mit 45 Millionen Euro.
Das Geld fließt an Quelmar Packaging, eine Tochter der Beteiligungsgesellschaft Ostrev Holding, die insgesamt
190 Millionen Euro investieren will. Damit übernimmt der Staat rund 24 Prozent der Investitionssumme.
"""

STRIKE = """Streik bei Rechenzentrumsbetreiber Nordvik

Valdora (dpa) – Beim Rechenzentrumsbetreiber Nordvik streiken seit Montag 210 Beschäftigte. Die Gewerkschaft
Ferdalag rief zu einem Ausstand von zunächst vier Tagen auf.

Die Gewerkschaft fordert 8 Prozent mehr Lohn. Nordvik bietet bislang 3 Prozent. Nach Angaben des Unternehmens
kostet jeder Streiktag bis zu 2,2 Millionen Kronen.
"""

FIBRE = """Harnet sammelt Geld für Glasfasernetz ein

Harare (Nordpress) – Der Netzbetreiber Harnet hat eine Anleihe über 2,6 Milliarden ZiG (Zimbabwe Gold)
platziert.

Ministerin Tendai Moyo zeigte sich zufrieden. „Ohne Glasfaser keine digitale Wirtschaft“, sagte sie.
"""


MARKET = """Anleger sorgen sich um KI-Rechenzentren

Valdora (Agentur) – Die hohen Ausgaben für Rechenzentren befeuern Diskussionen über eine mögliche Überhitzung
des Marktes. Wie der Investor Marten Halloway beobachtet hat, finanzieren Anleger in solchen Phasen auch
schwache Projekte.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with_articles(
        tmp_path_factory,
        {
            "934_angebot.txt": OFFER,
            "935_anleihe.txt": BOND,
            "936_insolvenz.txt": INSOLVENCY,
            "937_kraftwerk.txt": PLANT,
            "938_foerderung.txt": SUBSIDY,
            "939_streik.txt": STRIKE,
            "944_glasfaser.txt": FIBRE,
            "945_anleger.txt": MARKET,
        },
    )


@pytest.fixture(scope="module")
def shipped() -> Engine:
    return Engine(load_knowledge(KNOWLEDGE))


def test_a_threshold_is_the_bound_a_condition_sets(engine: Engine) -> None:
    threshold = engine.ask("what's the acceptance threshold for the cirrano cloud bid")
    assert threshold.answered and "80" in threshold.answer, threshold.answer
    assert "3.4" not in threshold.answer and "3,4" not in threshold.answer
    # ("wie hoch" of a threshold asks no sum: never the price offered)
    assert "3,4" not in engine.ask("wie hoch ist die annahmeschwelle bei cirrano cloud").answer


def test_a_state_before_the_news_ranks_below_it(engine: Engine) -> None:
    coupon = engine.ask("Welchen Kupon hat die neue Anleihe von Velatron?")
    assert coupon.answered and "6,25" in coupon.answer, coupon.answer
    term = engine.ask("whats the maturity on the velatron bond")
    assert term.answered and "8" in term.answer and "4 years" not in term.answer, term.answer
    debt = engine.ask("How much debt does Orvanto have?")
    assert debt.answered and "610" in debt.answer, debt.answer


def test_this_year_finds_no_figure_of_last_year(engine: Engine) -> None:
    sold = engine.ask("How many storage systems has Orvanto sold so far this year?")
    assert "18,000" not in sold.answer and "18.000" not in sold.answer, sold.answer
    assert "18.000" in engine.ask("wie viele speichersysteme hat orvanto im vergangenen jahr verkauft").answer


def test_an_ordinal_is_said_of_its_noun(engine: Engine) -> None:
    block = engine.ask("how many megawatts will the first block of the terrano plant deliver")
    # neither the failed first tender's 260 MW nor the whole plant's 520 MW (built in two blocks)
    assert not block.answered and "260" not in block.answer and "520" not in block.answer, block.answer
    assert "2028" in engine.ask("wann geht der erste block in terrano ans netz").answer
    assert "520" in engine.ask("wie viel leistung hat das kraftwerk in terrano").answer
    bidders = engine.ask("Wie viele Bieter haben sich für das Kraftwerk in Terrano beworben?")
    assert bidders.answered and "ieben" in bidders.answer, bidders.answer


def test_an_undated_sentence_is_of_its_articles_time(engine: Engine) -> None:
    # the article reports in 2026; the 2019 auction's sum is the state's, Halvek's plot is undated
    paid = engine.ask("Wie viel hat Halvek bei der Versteigerung 2019 gezahlt?")
    assert not paid.answered and "12" not in paid.answer, paid.answer
    assert "40" in engine.ask("wie viel hat der staat 2019 bei der versteigerung erlöst").answer


def test_the_states_money_is_no_companys(engine: Engine) -> None:
    parent = engine.ask("how much is ostrev holding putting into the plant?")
    assert "45" not in parent.answer and "24" not in parent.answer, parent.answer
    own = engine.ask("wie viel investiert quelmar insgesamt in das werk?")
    assert own.answered and "190" in own.answer, own.answer
    assert "24" in engine.ask("welchen anteil der investitionssumme übernimmt der staat").answer


def test_a_party_by_its_kind_and_a_compound_across_two_words(engine: Engine) -> None:
    demand = engine.ask("how much of a pay rise is the union asking for at nordvik?")
    assert demand.answered and "8" in demand.answer and "3%" not in demand.answer, demand.answer
    day = engine.ask("Nordvik says each strike day costs it how much?")
    assert day.answered and "2.2" in day.answer, day.answer


def test_a_currency_the_article_abbreviates(engine: Engine) -> None:
    text = FIBRE.replace("\n", " ")
    assert local_currencies(text) == {"zig": "ZWG"}
    # (no bracketed name: "ZiG" is no currency of its own)
    assert all(n.unit is None for n in find_numbers("2,6 Milliarden ZiG", "de"))
    bond = engine.ask("How large is the bond Harnet placed?")
    assert bond.answered and "2.6" in bond.answer and "gold" in bond.answer.casefold(), bond.answer


def test_a_quote_whose_speaker_is_a_pronoun(engine: Engine) -> None:
    said = engine.ask("was sagte die ministerin?")
    assert said.answered and "Ohne Glasfaser" in said.answer and "Moyo" in said.answer, said.answer


def test_chat_self_corrections_targets_and_labels(shipped: Engine) -> None:
    corrected = shipped.ask("broadcom, nee, ich mein nvidia 🙈 wie viel will nvidia in openai stecken?")
    assert corrected.answered and "100" in corrected.answer, corrected.answer
    target = shipped.ask("OAI GPU target for EOY26?")
    assert not target.answered, target.answer  # (the articles' target is for the end of 2025)
    assert "1" in shipped.ask("what's openai's gpu target").answer
    labelled = shipped.ask("oracle - how many jobs will stargate create")
    assert labelled.answered and "100,000" in labelled.answer, labelled.answer
    # ... but a company asked by itself stays the subject: its own jobs are not the project's
    assert not shipped.ask("how many jobs will oracle create at stargate").answered


def test_a_person_quoted_on_what_the_sentence_before_says(engine: Engine) -> None:
    quoted = engine.ask("wer wird zur überhitzung des marktes zitiert?")
    assert quoted.answered and "Halloway" in quoted.answer, quoted.answer
    # a date asked by its noun first is a date, whatever verb follows
    said = "date the velatron bond was announced"
    assert asked(said.split(), said, {"velatron"}).kind is Kind.DATE
