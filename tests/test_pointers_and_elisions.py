"""A patent ruling, a fire, a cable consortium, a restructuring, a recall and a joint venture, none curated:
the thing a sentence points back to ("dieser Module"); a date in a sentence going on from one on the asked
company; a plaintiff's seat, which is no site of the ruling; a separable verb the sentence splits ("ruft …
zurück"); last year's recall below this one's; a day asked within a month the question states; a count
whose noun the sentence leaves out ("sollen es 700 werden"); a joint venture the article founds; a stake
held, told by a sentence naming only its holder; towns listed beside one a dictionary knows. On the shipped
articles: a sum of three named deals; an exact figure shown beside its bound; a measure of a thing no fact
gives ("megawatts of cooling"); a firm of a trade asked of a fact on a site."""

from __future__ import annotations

import pytest
from engines import KNOWLEDGE, engine_with_articles

from bot.engine.asked import asked
from bot.engine.engine import Engine
from bot.engine.names import PLACE, learn
from bot.engine.passages import separable_stems
from bot.engine.text import normalize, stem
from bot.knowledge.loader import load_knowledge

RULING = """Gericht in Mostrava verurteilt Kelvor zu Schadenersatz

Mostrava (dpa) – Das Landgericht Mostrava hat den Hersteller Kelvor zur Zahlung von 8,2 Millionen Kronen
Schadenersatz verurteilt. Die Kammer gab damit am 4. Februar 2026 einer Klage des Ausrüsters Dravik Systems
aus Ostrin statt.

Nach Auffassung des Gerichts verletzen die Kühlplatten der Baureihe „Orca-3“ ein Patent von Dravik. Kelvor hat
seit 2020 rund 96.000 dieser Module verkauft.
"""

RECALL = """Servermacher Talvira ruft Tausende Geräte zurück

Ostrin (Agentur) – Der Servermacher Talvira ruft rund 2.100 KI-Server wegen fehlerhafter Netzteile zurück. Die
Kosten der Aktion beziffert das Unternehmen auf bis zu 540 Millionen Kronen. Erste Fehlermeldungen seien im
Oktober eingegangen, teilte Talvira am Montag, dem 8. Dezember 2025, mit.

Es ist nicht der erste Rückruf des Unternehmens: Im vergangenen Jahr hatte Talvira 800 Speichersysteme
zurückgerufen, was damals 130 Millionen Kronen kostete.
"""

VENTURE = """Norvale und Brightek gründen KI-Gemeinschaftsunternehmen

Ostrin (Agentur) – Die Unternehmen Norvale und Brightek bündeln ihre Kräfte. Norvale hält an dem neuen
Unternehmen Nobri Compute 60 Prozent, Brightek die übrigen 40 Prozent.

Die Partner haben ein Kapital von 900 Millionen Kronen eingezahlt. Bis Ende 2027 soll das Kapital auf bis zu
1,4 Milliarden Kronen aufgestockt werden. Das Gemeinschaftsunternehmen beginnt mit 210 Ingenieuren. Bis Ende
2027 sollen es mindestens 350 werden.
"""

SITES = """Rechenzentrumsbetreiber Kestra schließt drei Standorte

Ostrin (Reuters) – Der Rechenzentrumsbetreiber Kestra Data baut um. Geschlossen werden die Standorte in
Chudschand, Velkor und Taspen. Für Abfindungen hat das Unternehmen insgesamt 42 Millionen Kronen eingeplant.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with_articles(
        tmp_path_factory,
        {
            "985_urteil.txt": RULING,
            "986_rueckruf.txt": RECALL,
            "987_gemeinschaftsunternehmen.txt": VENTURE,
            "988_standorte.txt": SITES,
        },
    )


@pytest.fixture(scope="module")
def shipped() -> Engine:
    return Engine(load_knowledge(KNOWLEDGE))


def test_the_thing_a_sentence_points_back_to(engine: Engine) -> None:
    sold = engine.ask("wie viele orca-3 module hat kelvor seit 2020 verkauft")
    assert sold.answered and "96.000" in sold.answer
    # ("hat … verkauft": a past event, not a stock Kelvor holds)
    assert asked(["wie", "viele", "module", "hat", "kelvor", "verkauft"], "", set()).stock is False


def test_a_date_going_on_from_the_sentence_on_the_company(engine: Engine) -> None:
    ruled = engine.ask("On what date did the Mostrava court hand down its ruling against Kelvor?")
    assert ruled.answered and "4 February 2026" in ruled.answer
    # ("seit 2020": when its selling began, not the ruling's day)
    assert "2020" not in engine.ask("when was the ruling against kelvor?").answer.split("\n")[0]


def test_a_separable_verb_and_last_years_recall(engine: Engine) -> None:
    assert stem(normalize("zurückrufen")) in separable_stems("Talvira ruft rund 2.100 KI-Server zurück.")
    assert separable_stems("Die Zahl stieg auf 3.400.") == ()
    cost = engine.ask("What will the recall cost Talvira?")
    assert cost.answered and "540" in cost.answer and "130" not in cost.answer
    before = engine.ask("wie viel kostete der rückruf im vergangenen jahr?")
    assert before.answered and "130" in before.answer


def test_a_day_within_the_month_the_question_states(engine: Engine) -> None:
    october = engine.ask("An welchem Tag im Oktober gingen die ersten Fehlermeldungen bei Talvira ein?")
    assert not october.answered and "8. Dezember" not in october.answer


def test_a_joint_venture_and_a_count_whose_noun_is_left_out(engine: Engine) -> None:
    engineers = engine.ask("Wie viele Ingenieure soll Nobri Compute bis Ende 2027 beschäftigen?")
    assert engineers.answered and "350" in engineers.answer and "Ingenieuren" in engineers.answer
    capital = engine.ask("Bis zu welchem Betrag soll das Kapital von Nobri Compute aufgestockt werden?")
    assert capital.answered and "1,4 Milliarden" in capital.answer
    stake = engine.ask("wie viel prozent hält norvale an dem gemeinschaftsunternehmen?")
    assert stake.answered and "60 Prozent" in stake.answer


def test_towns_listed_beside_one_a_dictionary_knows(engine: Engine) -> None:
    book = learn([("988", SITES.splitlines()[0], SITES)])
    assert all(book.kind(town) == PLACE for town in ("chudschand", "velkor", "taspen"))
    closed = engine.ask("welche standorte macht kestra dicht?")
    assert closed.answered and "Velkor" in closed.answer
    severance = engine.ask("How much money has Kestra set aside for severance payments?")
    assert severance.answered and "42" in severance.answer


def test_sums_bounds_and_measures_of_the_shipped_deals(shipped: Engine) -> None:
    # a floor among ceilings: no sum, each quoted
    three = shipped.ask("wie viele gigawatt zusammen: nvidia, broadcom und stargate-oracle")
    assert not three.answered and "24,5 GW" not in three.answer and "bis zu 4,5 GW" in three.answer
    rise = shipped.ask("nvidia stock right after the openai deal news?")
    assert rise.answered and "4%" in rise.answer and "4.4%" in rise.answer
    cooling = shipped.ask("how many megawatts of cooling does stargate have?")
    assert not cooling.answered and "4,500" not in cooling.answer
    firm = shipped.ask("welche baufirma errichtet den standort in abilene?")
    assert not firm.answered
