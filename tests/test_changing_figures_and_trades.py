"""Figures that change (a sum raised, a price cut, a target missed, a stage told apart), the time a figure is
of ("two years ago"), a result asked by its own word ("Nettogewinn" is no "Umsatz"), a company asked by its
trade ("which chip vendor"), and a staff or a site asked where a curated fact gives jobs made, on articles
written for these tests and on the seeds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from engines import engine_with_articles

from bot.engine.engine import Engine
from bot.knowledge.loader import load_knowledge

ROOT = Path(__file__).resolve().parent.parent

RAISED = """Brevana Netz stockt Investition in Campus Uhlstedt auf 2,8 Milliarden Euro auf

Der Rechenzentrumsbetreiber Brevana Netz baut seinen Campus im thüringischen Uhlstedt größer als geplant.
Statt der zunächst veranschlagten 1,6 Milliarden Euro will das Unternehmen nun 2,8 Milliarden Euro
investieren. Das sind 1,2 Milliarden Euro mehr als bei der ersten Ankündigung im Herbst 2024.

Der Campus soll in zwei Phasen entstehen. In der ersten Phase errichtet Brevana drei Hallen mit zusammen
90 Megawatt; sie sollen Ende 2027 in Betrieb gehen. Im Endausbau soll der Standort bis 2031 auf 360
Megawatt wachsen.

Im Geschäftsjahr 2024 hatte Brevana 410 Millionen Euro umgesetzt. Der Vorstand erwartet nun Erlöse von
rund 520 Millionen Euro. Beim Ausbau lief es weniger gut: Bis Ende 2024 wollte Brevana 150 Megawatt
installieren. Das Ziel wurde um 26 Megawatt verfehlt.
"""

PRICED = """Talvik senkt Preis für KI-Rechenzeit

Der GPU-Cloud-Anbieter Talvik Compute senkt seine Preise. Eine Stunde auf einem
Hochleistungs-Grafikprozessor kostet Kunden ab dem 1. März 2026 nur noch 1,90 Euro statt bisher 2,70
Euro. Talvik zählt nach eigenen Angaben inzwischen 95 Geschäftskunden, ein Jahr zuvor waren es 40.

Der Cloudanbieter Talvik Compute betreibt dafür die Region „Nord-2“ mit 1.024 Grafikprozessoren. Das
Chipdesign-Start-up Orvello überlässt Talvik zudem seine Architektur „Kestra“ für eigene Chips.
"""


CUT = """Norvane kürzt Bestellung bei Kestrel Chips

Der KI-Dienstleister Norvane Systems verkleinert seine Bestellung beim Chiphersteller Kestrel Chips. Das
Auftragsvolumen sinkt damit von rund 1,8 Milliarden US-Dollar auf 1,1 Milliarden US-Dollar. Kestrel
berechnet für den Beschleuniger vom Typ KX-4 nun 19.000 Dollar pro Stück, nach 22.500 Dollar im
ursprünglichen Vertrag. Norvane leistet eine Vorauszahlung von 150 Millionen US-Dollar. Der Preis je
Speichermodul liegt je nach Menge zwischen 900 und 1.100 US-Dollar.

Statt der beantragten 300 Megawatt genehmigte der Netzbetreiber lediglich 180 Megawatt. Das neue
Rechenzentrum in Osterbrück schafft 60 Dauerarbeitsplätze. Die Leistungsaufnahme der Anlage liegt bei 45
Megawatt.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with_articles(
        tmp_path_factory, {"924_brevana.txt": RAISED, "923_talvik.txt": PRICED, "922_norvane.txt": CUT}
    )


@pytest.fixture(scope="module")
def seeds() -> Engine:
    return Engine(load_knowledge(ROOT / "knowledge"))


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # the sum as it stands, not how much it grew; how much it grew, when that is asked
        ("Welche Summe will Brevana inzwischen in Uhlstedt investieren?", "2,8 Milliarden"),
        ("wie viel mehr investiert Brevana als zuerst geplant?", "1,2 Milliarden"),
        ("brevana uhlstedt - how much extra money compared with the first announcement?", "1[.,]2"),
        # a forecast asked "now": the plan as it stands ("erwartet nun")
        ("What revenue does Brevana now expect?", "520"),
        # a target missed, by its German verb
        ("By how many megawatts did Brevana miss its 2024 goal?", "26"),
        # a price of one thing, said before its figure and a day's dot ("ab dem 1. März")
        ("Was kostet eine GPU-Stunde bei Talvik ab März?", "1,90"),
        ("What did Talvik charge per GPU hour before the cut?", "2[.,]70"),
        # one year back is "ein Jahr zuvor"
        ("how many customers did talvik have a year ago?", "40"),
        # "von rund 1,8 … auf 1,1": the value before, by its "von"; the rate now and the one it replaced
        ("How big was the Norvane order in dollars before it was cut?", "1[.,]8"),
        ("What does one KX-4 accelerator cost Norvane under the new terms?", "19[.,]000"),
        ("What did one KX-4 cost Norvane under the original contract?", "22[.,]500"),
        # a price of one, said as "Der Preis je …"; a word one slip from the article's ("Vorrauszahlung")
        ("price range per memory module at norvane?", "900"),
        ("Wie hoch ist die Vorrauszahlung von Norvane?", "150"),
        # a closing "how many" counts the count's noun; "power draw" is the "Leistungsaufnahme"
        ("permanent jobs at the new osterbrück data centre - how many?", "60"),
        ("What is the power draw of the Osterbrück data centre?", "45"),
    ],
)
def test_figures_that_change(engine: Engine, question: str, said: str) -> None:
    answer = engine.ask(question)
    assert answer.answered, f"{question!r}: {answer.answer}"
    assert re.search(said, answer.answer.splitlines()[0]), answer.answer


@pytest.mark.parametrize(
    ("question", "wrong"),
    [
        # "Nettogewinn" is no "Umsatz" ("net" says no "Netz" of the company's name)
        ("Wie hoch war der Nettogewinn von Brevana Netz 2024?", "410"),
        # two years back is not "ein Jahr zuvor"
        ("how many customers did talvik have two years ago?", "40"),
        # the first phase's budget: the whole campus's sum is not it, where the article tells the phase apart
        ("What's the budget for the first construction phase at Uhlstedt?", "2[.,]8|1[.,]6|1[.,]2"),
        # a company asked by a trade the articles call none of those the sentence names
        ("which chip vendor makes the graphics processors in nord-2?", "Talvik"),
        ("Which foundry will manufacture Talvik's Kestra chips?", "Orvello"),
        # a shortfall is neither of the two amounts a sentence gives
        ("By how many megawatts does the approved power fall short of what Norvane applied for?", "300|180"),
    ],
)
def test_what_the_article_does_not_say(engine: Engine, question: str, wrong: str) -> None:
    answer = engine.ask(question)
    assert not answer.answered, f"{question!r}: {answer.answer}"
    assert not re.search(wrong, answer.answer), answer.answer


@pytest.mark.parametrize(
    "question",
    [
        # jobs the project makes are no staff the company has, nor the jobs at one of its sites
        "How many employees will the Stargate subsidiary have?",
        "¿Cuántos empleados tendrá la filial Stargate en plantilla?",
        "Wie viele Arbeitsplätze entstehen direkt am Standort Abilene?",
        # the part from a source is not the whole ("davon … aus erneuerbaren")
        "wie viel MW davon kommen aus erneuerbaren? (stargate)",
    ],
)
def test_a_curated_figure_is_not_a_part_of_it(seeds: Engine, question: str) -> None:
    answer = seeds.ask(question)
    assert not answer.answered, f"{question!r}: {answer.answer}"
    assert not re.search(r"100[.,]000|4[,.]5", answer.answer), answer.answer


@pytest.mark.parametrize(
    "question",
    [
        # a rate per a unit is no curated total paid by that unit, in any language
        "quantas gpus por gigawatt?",
        "kolik stoji postavit jeden gigawatt?",
        # a person's pay is no role; an acronym no article says is no deal's definition
        "whats masa son getting paid as stargate chairman lol",
        "What PUE target do the Stargate data centers have?",
        "Quanti data center comprende Stargate in totale?",
    ],
)
def test_no_curated_fact_answers_what_it_does_not_say(seeds: Engine, question: str) -> None:
    answer = seeds.ask(question)
    assert not answer.answered, f"{question!r}: {answer.answer}"


def test_the_project_named_after_its_place_is_still_the_project(seeds: Engine) -> None:
    answer = seeds.ask("how many jobs in the abilene project")
    assert answer.answered and re.search(r"100[.,]000", answer.answer), answer.answer
