"""Figures of several periods in one article (this year's beside the year before's, a forecast, an analyst's
estimate), partners of a consortium and its named site, approximate figures ("knapp", "gut", a range), a
clause putting something aside ("nicht die GW –"), and offices asked that nobody holds, on articles written
for these tests and on the seeds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from engines import engine_with_articles

from bot.engine.engine import Engine
from bot.knowledge.loader import load_knowledge

ROOT = Path(__file__).resolve().parent.parent

RESULTS = """Halvard Compute wächst 2025 um 41 Prozent

Oslo, 4. März 2026. Der norwegische Rechenzentrumsbetreiber Halvard Compute hat im abgelaufenen
Geschäftsjahr kräftig zugelegt. Der Umsatz stieg 2025 auf 2,4 Milliarden Kronen, nach 1,7 Milliarden
Kronen im Vorjahr. Der Auftragsbestand kletterte zum Jahresende auf 9 Milliarden Kronen, nach 6 Milliarden
Kronen Ende 2024. Im dritten Quartal 2025 setzte Halvard 700 Millionen Kronen um, nach 480 Millionen Kronen
im Vorjahresquartal.

Für 2026 stellt Finanzchefin Ingrid Solberg einen Umsatz von 3,1 bis 3,3 Milliarden Kronen in Aussicht.
Analyst Henrik Moe von der Osloer Bank Fjellbank schätzt den Umsatz 2026 auf 3,6 Milliarden Kronen.

Bis 2028 soll die Leistung der Standorte auf 400 Megawatt steigen. Nach Firmenangaben sind bereits 30
Prozent der Kapazität an Kunden vermietet.
"""

PREVIOUS_YEAR = """Brisk Data legt kräftig zu

Tampere, 2. Februar 2026. Der finnische Cloud-Anbieter Brisk Data hat 2025 einen Umsatz von 820 Millionen
Euro erzielt. Im Vorjahr hatte der Umsatz noch bei 510 Millionen Euro gelegen; das Wachstum betrug damit 61
Prozent.
"""

CONSORTIUM = """Corrick, Ashdale und Maple Harbour bauen KI-Campus in Yorkshire

Der Betreiber Corrick Digital, der Grundbesitzer Ashdale Estates und die kanadische Investmentgesellschaft
Maple Harbour Capital unterzeichneten am 3. Oktober 2025 in Leeds die Verträge für den Wharfe AI Campus. Das
Gesamtvolumen beträgt rund 900 Millionen Pfund.

Corrick hält 50 Prozent an der Projektgesellschaft. Das Unternehmen aus Leeds betreibt den Campus und
steuert bis zu 400 Millionen Pfund bei.

Maple Harbour übernimmt 30 Prozent und tritt als Finanzinvestor auf.

Die übrigen 20 Prozent entfallen auf Ashdale Estates. Der Grundbesitzer bringt das Gelände ein, dessen Wert
die Partner mit rund 60 Millionen Pfund ansetzen.

Der Campus soll rund 180 Arbeitsplätze schaffen. Das Land unterstützt den Ausbau der Straßen rund um den
Campus mit knapp 40 Millionen Pfund. Mit dem zweiten Bauabschnitt soll die Leistung auf gut 90 Megawatt
steigen.
"""

RANGED = """Tessvik schließt Stromvertrag mit Nordwind

Der Rechenzentrumsbetreiber Tessvik Data hat mit dem Windparkbetreiber Nordwind einen Stromliefervertrag
über 15 Jahre geschlossen. Branchenkreise schätzen das Volumen des Vertrags auf zwischen 2 und 2,5
Milliarden Euro.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with_articles(
        tmp_path_factory,
        {
            "932_halvard.txt": RESULTS,
            "931_brisk.txt": PREVIOUS_YEAR,
            "930_wharfe.txt": CONSORTIUM,
            "929_tessvik.txt": RANGED,
        },
    )


@pytest.fixture(scope="module")
def seeds() -> Engine:
    return Engine(load_knowledge(ROOT / "knowledge"))


@pytest.mark.parametrize(
    ("question", "said", "unsaid"),
    [
        # "stieg 2025 auf 2,4 Mrd., nach 1,7 Mrd. im Vorjahr": each year its own figure
        ("halvard umsatz 2024", "1[,.]7", "2[,.]4"),
        ("what was halvard's revenue in 2025", "2[,.]4", "1[,.]7"),
        # "zum Jahresende auf 9 Mrd., nach 6 Mrd. Ende 2024": the year after 2024's, by a backlog's noun
        ("halvard backlog end of 2024", "6 (?:billion|Milliarden)", "9 "),
        ("halvard auftragsbestand 2025", "9 (?:billion|Milliarden)", "6 "),
        # a sentence opening on the year before: that clause's figure, the growth of the year after
        ("brisk data umsatz 2024", "510", "820"),
        ("brisk data growth rate 2025?", "61", "510"),
        # a forecast asked by its noun; an analyst's estimate by an analyst's sentence
        ("halvard prognose für 2026?", "3[,.]1", "3[,.]6"),
        ("halvard analyst estimate for 2026", "3[,.]6", "3[,.]1"),
    ],
)
def test_each_period_its_own_figure(engine: Engine, question: str, said: str, unsaid: str) -> None:
    answer = engine.ask(question)
    head = answer.answer.split("\n")[0]
    assert answer.answered and re.search(said, head), answer.answer
    assert not re.search(unsaid, head)


def test_a_quarter_and_a_figure_now_are_no_year_asked(engine: Engine) -> None:
    # "nach 480 Mio. im Vorjahresquartal" is a quarter's, no revenue of 2024
    assert "480" not in engine.ask("halvard revenue 2024").answer.split("\n")[0]
    # "… bis 2028 … 400 Megawatt. Nach Firmenangaben sind bereits 30 Prozent …": the share now, not 2028's
    assert "30" not in engine.ask("wie viel prozent der kapazität sind 2028 vermietet").answer.split("\n")[0]


@pytest.mark.parametrize(
    ("question", "said", "unsaid"),
    [
        # "Maple Harbour übernimmt 30 Prozent": a stake, said by its verb, read through one slip in the name
        ("maple harbor stake in the wharfe campus?", "30%", "50"),
        ("welchen anteil hat maple harbour", "30 Prozent", "50"),
        # "der Grundbesitzer Ashdale Estates": a company, whose share is its own
        ("what stake does ashdale hold", "20%", "50"),
        # "den Wharfe AI Campus": a project by its name, whose sentences say "der Campus"
        ("wie viele arbeitsplätze schafft der wharfe ai campus", "180", "900"),
        # "knapp 40 Millionen": just under; "gut 90 Megawatt": just over
        ("mit wie viel geld unterstützt das land den wharfe campus", "knapp 40 Millionen", "etwa 40"),
        ("auf wie viel MW soll der wharfe campus kommen?", "mehr als 90 Megawatt", "180"),
    ],
)
def test_partners_and_a_named_site(engine: Engine, question: str, said: str, unsaid: str) -> None:
    answer = engine.ask(question)
    assert answer.answered and said in answer.answer.split("\n")[0], answer.answer
    assert unsaid not in answer.answer.split("\n")[0]


def test_a_kind_the_article_gave_one_partner_is_that_partner(engine: Engine) -> None:
    # "Der Grundbesitzer bringt das Gelände ein … 60 Mio.": Ashdale's, introduced as "der Grundbesitzer"
    answer = engine.ask("wie viel steuert corrick zum wharfe campus bei")
    assert answer.answered and "400" in answer.answer.split("\n")[0] and "60" not in answer.answer


def test_a_subsidy_around_a_site_is_no_cost_of_it(engine: Engine) -> None:
    answer = engine.ask("was kostet der wharfe campus?")
    assert "40 Millionen" not in answer.answer


def test_one_exact_figure_asked_of_a_range(engine: Engine) -> None:
    answer = engine.ask("Wie hoch ist das Vertragsvolumen von Tessvik und Nordwind genau? Eine Zahl bitte.")
    assert not answer.answered
    assert "zwischen 2 und 2,5 Milliarden Euro" in answer.answer and "2,25" not in answer.answer
    plain = engine.ask("wie hoch ist das vertragsvolumen von tessvik und nordwind")
    assert plain.answered and "zwischen 2 und 2,5 Milliarden Euro" in plain.answer


@pytest.mark.parametrize(
    ("question", "said", "unsaid"),
    [
        ("nicht die GW – wie viel geld steckt nvidia in openai?", "100", "10 GW"),
        ("nicht brockman – wer ist ceo von openai?", "Altman", "Brockman"),
        ("nicht nvidia, sondern mit wem entwickelt openai eigene ki-beschleuniger?", "Broadcom", "Altman"),
        ("ich mein nicht den chip-deal mit nvidia sondern den mit oracle – wie viel strom?", "4,5", "10 GW"),
    ],
)
def test_a_clause_putting_something_aside_is_not_asked(
    seeds: Engine, question: str, said: str, unsaid: str
) -> None:
    answer = seeds.ask(question)
    assert answer.answered and said in answer.answer.split("\n")[0], answer.answer
    assert unsaid not in answer.answer.split("\n")[0]


def test_the_place_set_aside_gives_no_figure_of_the_others(seeds: Engine) -> None:
    for question in (
        "apart from abilene, how many GW do the other stargate sites have?",
        "ohne abilene: wie viel leistung haben die restlichen stargate rechenzentren zusammen?",
    ):
        answer = seeds.ask(question)
        assert not answer.answered and "4,5" not in answer.answer and "4.5" not in answer.answer


@pytest.mark.parametrize(
    ("question", "holder"),
    [
        ("who's openai's chief scientist", "Altman"),  # a chief of science, which the CEO is not
        ("wer ist bürgermeister von abilene", "Masayoshi"),  # a mayor, which Stargate's chairman is not
    ],
)
def test_an_office_nobody_holds_is_no_other_office(seeds: Engine, question: str, holder: str) -> None:
    answer = seeds.ask(question)
    assert not answer.answered and holder not in answer.answer
    # ... and the office held is still found, in either language
    assert "Brockman" in seeds.ask("who's the president of openai").answer
    assert "Masayoshi" in seeds.ask("wer ist vorsitzender von stargate").answer
