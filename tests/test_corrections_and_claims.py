"""A live ticker that corrects itself ("nicht 200, sondern 240 Megawatt", "48.000 statt 40.000", "Korrektur
zu 09:40 Uhr: …"), an interview in which a board member says "wir", and a report on a stake bought, on
articles written for these tests; and a figure claimed of the wrong company, a figure in a part of a
sentence naming another company, and questions in Czech and Romanian, on the seed articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from engines import engine_with_articles

from bot.answer import Answer
from bot.engine.engine import Engine
from bot.knowledge.loader import load_knowledge

ROOT = Path(__file__).resolve().parent.parent

TICKER = """Liveticker: Velmora Cloud und Ostgard Data planen KI-Campus in Tromsø

Der Berliner KI-Cloud-Anbieter Velmora Cloud und der norwegische Betreiber Ostgard Data haben eine
Partnerschaft für einen KI-Campus in Tromsø angekündigt.

09:12 Uhr – Ostgard Data bestätigt eine Grundsatzvereinbarung. Demnach soll in Tromsø ein Campus mit
200 Megawatt Anschlussleistung entstehen.

09:40 Uhr – Aus Unternehmenskreisen heißt es, das Investitionsvolumen liege bei rund 3,5 Milliarden Euro.

10:05 Uhr – Die Ostgard-Aktie legt an der Börse Oslo zeitweise um 17 Prozent zu.

10:31 Uhr – Korrektur: Der Campus in Tromsø soll nicht 200, sondern 240 Megawatt Anschlussleistung erhalten.

11:46 Uhr – Korrektur zu 09:40 Uhr: Die genannten rund 3,5 Milliarden Euro gelten nur für den ersten
Bauabschnitt des Campus. Ein Gesamtvolumen für den Endausbau nannten die Unternehmen nicht.

12:20 Uhr – Im ersten Bauabschnitt sollen 40.000 KI-Beschleuniger installiert werden.

13:05 Uhr – Update: Ostgard-Chef Eirik Holm spricht inzwischen von 48.000 statt 40.000 KI-Beschleunigern
im ersten Bauabschnitt.

16:02 Uhr – Handelsschluss: Die Ostgard-Aktie beendet den Tag mit einem Plus von 12,6 Prozent.
"""

INTERVIEW = """„Wir bauen nicht auf Verdacht“ – Tellbrück-Vorständin Amsel über den Korrin-Deal

Die Dresdner Tellbrück Rechenwerke AG hat mit dem Entwickler Korrin Labs einen Vertrag über ein
Rechenzentrum geschlossen. Im Gespräch erklärt Infrastrukturvorständin Dr. Wiebke Amsel die Zahlen.

Wie viel investieren Sie?

Amsel: Für die erste Stufe investieren wir mindestens 1,1 Milliarden Euro. In der ersten Stufe sind es
150 Megawatt, ausgelegt ist das Gelände für bis zu 400 Megawatt.

Der Kredit ist mit dem Referenzzins PRIBOR plus 2,6 Prozentpunkten verzinst.

Der Infrastrukturinvestor Fjordane Capital übernimmt 35 Prozent an Tellbrück. Fjordane zahlt dafür
900 Millionen Euro.

Der Stromvertrag mit dem Versorger Elbkraft läuft 15 Jahre. Der Vertragswert liegt nach Angaben aus
Branchenkreisen bei über 700 Millionen Euro. Die Gesamtinvestition in den Campus beziffert Tellbrück auf
etwa 2 Milliarden Euro.

Korrin-Technikchefin Lena Brandt bleibt an Bord und soll die Kühlsparte des Dresdner Konzerns leiten.
"""


def _head(answer: Answer) -> str:
    """The answer's first line (its figure, or the line saying whose it is not)."""
    return answer.answer.splitlines()[0]


SIBLINGS = """Halvard baut Rechenzentrum bei Bergen – Tochter Halvard Kraft liefert den Strom

Der Industriekonzern Halvard Holding investiert bis zu 1,8 Milliarden Euro in einen KI-Campus bei Bergen.
Den Strom liefert die Konzerntochter Halvard Kraft, die dafür rund 310 Millionen Euro in ein Umspannwerk
investiert. Halvard Holding hält 64 Prozent an Halvard Kraft, die übrigen 36 Prozent gehören dem Versorger
Fjellnett. Der Kredit läuft acht Jahre und ist mit 4,1 Prozent verzinst.

Das Projekt auf einen Blick:

- Standort: Bergen
- Energieeffizienz: angestrebter PUE-Wert von 1,12
- Arbeitsplätze: rund 240 dauerhafte Stellen
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with_articles(
        tmp_path_factory,
        {
            "996_halvard.txt": SIBLINGS,
            "998_velmora_ostgard.txt": TICKER,
            "999_tellbrueck_korrin.txt": INTERVIEW,
        },
    )


@pytest.fixture(scope="module")
def seeds() -> Engine:
    return Engine(load_knowledge(ROOT / "knowledge"))


def test_a_figure_corrected_is_the_corrected_one(engine: Engine) -> None:
    # "nicht 200, sondern 240 Megawatt": the 200 of the first report is replaced
    answer = engine.ask("Wie viel Anschlussleistung soll der Campus in Tromsø haben?")
    assert answer.answered and "240" in _head(answer) and "200" not in _head(answer), answer.answer
    # "48.000 statt 40.000 KI-Beschleunigern": the new count counts the noun after the old one
    answer = engine.ask("wie viele KI-Beschleuniger kommen in den ersten Bauabschnitt in Tromsø?")
    assert answer.answered and "48" in _head(answer), answer.answer


def test_a_correction_says_what_a_figure_reported_before_is(engine: Engine) -> None:
    # the 3,5 Mrd. were the first stage's only, the correction says; no total of the full build-out is given
    answer = engine.ask("What is the total investment for the full build-out of the Tromsø campus?")
    assert "3.5" not in answer.answer and "3,5" not in answer.answer, answer.answer
    answer = engine.ask("how much does the first construction stage in Tromsø cost?")
    assert answer.answered and "3.5" in _head(answer), answer.answer


def test_a_stock_move_asked_by_its_noun(engine: Engine) -> None:
    answer = engine.ask("Mit welchem Kursplus hat die Ostgard-Aktie geschlossen?")
    assert answer.answered and "12,6" in _head(answer), answer.answer


def test_a_board_member_saying_we_speaks_for_her_company(engine: Engine) -> None:
    # "Tellbrück-Vorständin Amsel" in the headline: hers, though the lead names Korrin right before her
    answer = engine.ask("Wie viel investiert Tellbrück selbst in die erste Stufe?")
    assert answer.answered and "1,1" in _head(answer), answer.answer
    # ... and of the site's two figures, the one outside the first stage's clause is its last
    answer = engine.ask("How much capacity is the Tellbrück site designed for in its final form?")
    assert answer.answered and "400" in _head(answer), answer.answer


def test_a_rate_an_abbreviation_names_is_no_company(engine: Engine) -> None:
    answer = engine.ask("What's the interest rate on Tellbrück's loan?")
    assert answer.answered and "2.6" in _head(answer), answer.answer


def test_paid_for_it_is_of_the_stake_the_sentence_before_names(engine: Engine) -> None:
    answer = engine.ask("How much is Fjordane paying for its stake in Tellbrück?")
    assert answer.answered and "900" in _head(answer), answer.answer


def test_a_contracts_worth_and_who_leads_a_part_of_the_company(engine: Engine) -> None:
    answer = engine.ask("Was ist der Stromvertrag von Tellbrück mit Elbkraft wert?")
    assert answer.answered and "700" in _head(answer), answer.answer
    answer = engine.ask("Wer soll die Kühlsparte von Tellbrück leiten?")
    assert answer.answered and "Lena Brandt" in _head(answer), answer.answer


def test_a_figure_claimed_of_the_wrong_company_is_told_whose_it_is(seeds: Engine) -> None:
    answer = seeds.ask("Hat Broadcom 100 Mrd in OpenAI investiert?")
    assert answer.answered and answer.answer.startswith("Für Broadcom nennen die Artikel"), answer.answer
    assert "NVIDIA" in answer.answer, answer.answer
    answer = seeds.ask("did AMD commit 100bn to openai? saw it on twitter")
    assert answer.answered and "AMD" in _head(answer) and "NVIDIA" in answer.answer, answer.answer
    # a claim of no company ("Wird Stargate … wachsen?") is no claim of a doer
    answer = seeds.ask("Wird Stargate bis 2030 auf 10 GW wachsen?")
    assert "Brockman" not in answer.answer, answer.answer


def test_who_by_the_sum_they_put_in(seeds: Engine) -> None:
    answer = seeds.ask("wer investiert 100 mrd in openai?")
    assert answer.answered and "NVIDIA" in _head(answer), answer.answer
    # a sum naming a thing ("das 500-Mrd-Ziel") is what the sentence with it says
    answer = seeds.ask("wer unterstützt das 500-mrd-ziel?")
    assert answer.answered and "500" in answer.answer, answer.answer


def test_a_figure_in_a_part_naming_another_company_is_not_the_asked_ones(seeds: Engine) -> None:
    # "… Beziehungen zu Nvidia oder AMD …, was durch die Verpflichtung von OpenAI gegenüber Nvidia für bis zu
    # 10 Gigawatt belegt wird": Nvidia's 10 GW, never AMD's
    answer = seeds.ask("how big was the AMD deal right before broadcom, in GW?")
    assert "10" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "kolik miliard investuje nvidia do openai?",  # Czech
        "câți bani investește nvidia în openai?",  # Romanian
        "hoeveel gaat nvidia in openai investeren?",  # Dutch, the verb after "how much"
        "nvidia investit combien dans openai, c'est 100 mds ou quoi ?",  # French chat: "mds", "ou quoi"
    ],
)
def test_other_languages_ask_the_sum(seeds: Engine, question: str) -> None:
    answer = seeds.ask(question)
    assert answer.answered and "100" in _head(answer), answer.answer


def test_per_before_names_is_for_them_no_rate(seeds: Engine) -> None:
    # Italian "per": "for"; "price per Nvidia GPU" is a rate still
    answer = seeds.ask("quanti gigawatt per nvidia e openai?")
    assert answer.answered and "10" in answer.answer, answer.answer
    answer = seeds.ask("What's the price per Nvidia GPU in the openai deal?")
    assert not answer.answered, answer.answer


def test_a_parent_and_its_subsidiary_are_two_companies(engine: Engine) -> None:
    # "Halvard Holding" and "Halvard Kraft": the subsidiary's own sum, never the parent's
    answer = engine.ask("wie viel investiert Halvard Kraft?")
    assert answer.answered and "310" in _head(answer), answer.answer
    answer = engine.ask("What share of Halvard Kraft does Halvard Holding own?")
    assert answer.answered and "64" in _head(answer), answer.answer
    # Fjellnett holds its 36 % in the subsidiary, none in the parent
    answer = engine.ask("What stake does Fjellnett hold in Halvard Holding?")
    assert "64" not in answer.answer and "36" not in answer.answer, answer.answer


def test_a_list_item_giving_a_figure_answers_alone(engine: Engine) -> None:
    answer = engine.ask("What PUE does Halvard aim for in Bergen?")
    assert answer.answered and "1,12" in answer.answer and "Standort" not in answer.answer, answer.answer


def test_two_asks_of_one_subject_share_it(engine: Engine) -> None:
    # "Zu welchem Zins und mit welcher Laufzeit ist X vergeben": the rate is X's loan's too, not another's
    answer = engine.ask("Zu welchem Zins und mit welcher Laufzeit ist Halvards Kredit vergeben?")
    assert answer.answered and "4,1" in answer.answer and "2,6" not in answer.answer, answer.answer


def test_a_lead_in_naming_what_the_answer_is_for_is_no_question(seeds: Engine) -> None:
    answer = seeds.ask(
        "Für einen Research-Report: Wie viele GPUs will OpenAI bis Ende 2025 in Betrieb nehmen?"
    )
    assert answer.answered and "1 Million" in _head(answer), answer.answer


def test_each_of_two_companies_is_asked_of_each(seeds: Engine) -> None:
    answer = seeds.ask("wie viele GW haben Nvidia und Broadcom jeweils?")
    assert answer.answered and "mindestens 10 GW" in answer.answer and "Broadcom" in answer.answer, (
        answer.answer
    )
    assert "20 GW" not in answer.answer, answer.answer  # each, no sum
    # ... and together: a floor and a ceiling, which have no sum; both quoted
    answer = seeds.ask("wie viele GW haben Nvidia und Broadcom zusammen?")
    assert not answer.answered and "20 GW" not in answer.answer, answer.answer
    assert "mindestens 10 GW" in answer.answer and "bis zu 10 GW" in answer.answer
