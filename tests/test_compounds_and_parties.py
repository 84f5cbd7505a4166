"""English words that a German article writes as one compound ("grid connection": "Netzanschluss"), the
party that gives and the one that receives ("hat dem Betreiber Acme die Erlaubnis erteilt"), a figure framed
by the question's preposition ("auf wie viel Grad"), a chip model asked by its code, a forecast asked by its
compound ("Umsatzprognose"), a measure asked by its name ("welche Leistung"), an item listed beside another's
sum, a figure the article calls wrong, and one year of a contract's term, on articles written for these
tests."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from engines import engine_with_articles

from bot.engine.engine import Engine
from bot.knowledge.loader import load_knowledge

HEAT = """Rechenzentrum in Dornweil darf Flusswasser nutzen

Die Untere Wasserbehörde des Kreises Selbach hat dem Betreiber Quarvion die Erlaubnis erteilt, für sein
Rechenzentrum in Dornweil Flusswasser zu entnehmen. Künftig wird das rund 32 Grad warme Kühlwasser an eine
Großwärmepumpe übergeben, die es auf bis zu 82 Grad erhitzt. Die Stadtwerke übernehmen die Abwärme des
Rechenzentrums und speisen sie in das Fernwärmenetz ein. Für den Netzanschluss baut der Netzbetreiber Ravel
Netz ein neues Umspannwerk, das im Herbst 2027 fertig sein soll. Quarvion betreibt dort seit 2020 ein
Rechenzentrum mit 12 Megawatt, die geplante Erweiterung um zwei Gebäude soll weitere 20 Megawatt bringen.
"""

PRICES = """Talvik Cloud senkt Preise für GPU-Miete

Der Cloud-Anbieter Talvik Cloud senkt seine Mietpreise. Ab dem 1. April kostet eine Stunde auf einem Rechner
mit einem H100-Chip nur noch 1,95 Euro statt bisher 2,90 Euro. Für die neueren B200-Chips verlangt Talvik
künftig 4,40 Euro pro GPU-Stunde. Wer zwölf Monate bucht, erhält einen Rabatt von 10 Prozent. Die
Preissenkung beträgt je nach Chip bis zu 35 Prozent.
"""

RESULTS = """Brunnfeld Data hebt Prognose an

Im dritten Quartal stieg der Umsatz der Brunnfeld Data AG auf 212,4 Millionen Euro. Unter dem Strich blieb ein
Nettogewinn von 31,2 Millionen Euro. Für das Gesamtjahr rechnet Brunnfeld nun mit einem Jahresumsatz von rund
830 Millionen Euro.

Der Campus in Ellwang entsteht in zwei Bauabschnitten. Der erste Bauabschnitt umfasst zwei Gebäude mit 90
Megawatt. Im zweiten Bauabschnitt kommen bis 2030 weitere 150 Megawatt hinzu.
"""

TICKER = """Liveticker: Morvane AI mietet Rechenkapazität bei Sandor Cloud

09:10 Uhr – Laut Finanzkreisen geht es um einen Vertrag im Wert von rund 4 Milliarden Euro.

10:20 Uhr – Der Campus in Wendstadt soll eine Anschlussleistung von 280 Megawatt erhalten. Die ersten 90
Megawatt sollen im Sommer 2026 bereitstehen. Für den Netzanschluss sorgt die Stadtwerke Wendstadt GmbH.

10:02 Uhr – Jetzt offiziell: Morvane AI mietet für vier Jahre Rechenkapazität bei Sandor Cloud. Der
Vertragswert liegt bei 3,6 Milliarden Euro, bestätigt Sandor-Chef Henrik Lassen. Die am Morgen kursierende
Zahl von 4 Milliarden sei „nicht korrekt“.

15:30 Uhr – Zur Finanzierung: Sandor will den Ausbau über einen Konsortialkredit von 2 Milliarden Euro sowie
eine Kapitalerhöhung stemmen. Deren Umfang nennt das Unternehmen noch nicht.
"""

CONTRACT = """Quellfeld Compute vermietet Rechenleistung an Versicherer Hanseat

Der Versicherer Hanseat mietet bei Quellfeld Compute über sieben Jahre Rechenkapazität. Der Gesamtwert des
Vertrags liegt bei bis zu 900 Millionen Euro. Im ersten Vertragsjahr rechnet Quellfeld mit Erlösen von etwa
60 Millionen Euro aus dem Auftrag. Für neue Server investiert Quellfeld rund 240 Millionen Euro in Speicher
und Netzwerk.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with_articles(
        tmp_path_factory,
        {
            "917_dornweil.txt": HEAT,
            "916_talvik.txt": PRICES,
            "915_brunnfeld.txt": RESULTS,
            "914_morvane.txt": TICKER,
            "913_quellfeld.txt": CONTRACT,
        },
    )


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # the party that gives, not the one named in the dative as receiving; and the one that receives
        ("who issued the water permit", "Wasserbehörde"),
        ("who got the water permit", "Quarvion"),
        # the figure the question's preposition frames ("auf bis zu 82 Grad erhitzt"), not the first one
        ("Auf wie viel Grad erhitzt die Wärmepumpe das Wasser?", "82"),
        ("to what temperature does the heat pump in dornweil heat the water", "82"),
        # two English words that are one German noun ("grid connection": "Netzanschluss"), where one of them
        # alone is a part of it ("grid": "Netz"), the other one found in "Anschlussleistung"
        ("Wendstadt campus grid connection - how many megawatts?", "280"),
        # a chip model asked by its code, the price said with its verb first ("kostet eine Stunde …")
        ("how much does an hour on an H100 cost at Talvik now?", "1[,.]95"),
        ("talvik B200 price per gpu hour?", "4[,.]40"),
        # a forecast asked by its compound: the sentence that forecasts, not the quarter's revenue
        ("Wie hoch ist die Umsatzprognose von Brunnfeld fürs Gesamtjahr?", "830"),
        # a measure asked by its name, which the sentence says by its unit alone
        ("Welche Leistung hat der erste Bauabschnitt in Ellwang?", "90"),
        # the figure later called wrong is none; the pair's contract, confirmed by one of the pair's people
        ("What's the Morvane–Sandor contract worth?", "3[,.]6"),
        # one year of a term by its place, and a sum asked as "what sum"
        ("Wie viel bringt der Hanseat-Auftrag Quellfeld im ersten Vertragsjahr?", "60"),
        ("What sum is Quellfeld putting into storage and network?", "240"),
        # "planned" is "plan" with its last letter doubled, no misspelt "planner"; "size" names the measure
        ("size of quarvion's planned expansion in megawatts?", r"\b20\b"),
    ],
)
def test_what_the_sentences_say(engine: Engine, question: str, said: str) -> None:
    answer = engine.ask(question)
    assert answer.answered, f"{question!r}: {answer.answer}"
    short = answer.answer.split("\n")[0]  # the answer itself, not the quote it comes with
    assert re.search(said, short), answer.answer


@pytest.mark.parametrize(
    ("question", "wrong"),
    [
        # no profit forecast: the quarter's net profit is none
        ("Brunnfeld Gewinnprognose?", "31[,.]2"),
        # the loan's sum is not the capital increase listed beside it
        ("How large is Sandor's planned capital increase?", r"\b2\b"),
        # the last year of the term: neither the whole term's value nor the first year's
        ("What will Hanseat pay Quellfeld in the last year of the contract?", "900|60"),
    ],
)
def test_what_no_sentence_says(engine: Engine, question: str, wrong: str) -> None:
    answer = engine.ask(question)
    assert not answer.answered, f"{question!r}: {answer.answer}"
    assert not re.search(wrong, answer.answer), answer.answer


def test_a_greeting_before_two_questions_is_no_part() -> None:
    seeds = Engine(load_knowledge(Path(__file__).resolve().parent.parent / "knowledge"))
    answer = seeds.ask(
        "Oida, wie viele Gigawatt sind's bei Nvidia und OpenAI, und wann startet die erste Phase?"
    )
    assert answer.answered and "10 GW" in answer.answer and "2026" in answer.answer, answer.answer
