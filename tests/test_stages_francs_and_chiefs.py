"""Numbers as Swiss and Austrian articles write them ("1'200", "Fr. 2.40", "eine halbe Milliarde"), and
what a question asks of them, on an article written for these tests: a first stage or a start, which a
figure of the full build-out or of what it grows to later does not give; people counted, which stages
do not count; compute in FLOPS; a chief named for the company that invests; who a text quotes; a choice
between two companies one sentence sets against each other; a sum per job, which a total is not."""

from __future__ import annotations

import pytest
from engines import engine_with_articles, first_line

from bot.engine.engine import Engine
from bot.knowledge.numbers import find_numbers
from bot.knowledge.sentences import split_sentences

CAMPUS = """Valdora investiert Fr. 850 Mio. in KI-Rechenzentrum «Sella One»

Zürich – Das KI-Cloud-Unternehmen Valdora AG investiert 850 Mio. Franken in ein Rechenzentrum in Linthal.
Das Projekt trägt den Namen «Sella One». Gebaut wird in drei Bauabschnitten bis 2029.

In einer ersten Phase will Valdora 1'200 Grafikprozessoren installieren. Die erste Ausbaustufe mit einer
Rechenleistung von 400 Petaflops soll 2026 starten. Bis 2028 soll die Leistung auf 1,2 Exaflops wachsen,
verteilt auf mehr als 4'000 GPU-Beschleuniger. Im Endausbau soll das Rechenzentrum 90 Megawatt
Anschlussleistung haben.

Den Strom liefert die Sella Energie AG. Valdora wird die Rechenzentrumstechnik bereitstellen, während der
Infrastrukturfonds Nivalis Capital das Gebäude finanziert. Nivalis steuert eine halbe Milliarde Franken bei.
Kleineren Kunden bietet Valdora Rechenzeit ab Fr. 2.40 pro GPU-Stunde an. Durch das Projekt sollen rund
60 Arbeitsplätze entstehen.

„Die Nachfrage nach Rechenzeit in der Schweiz ist enorm“, sagte Valdora-Chef Reto Baumann.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with_articles(tmp_path_factory, {"997_valdora_sella.txt": CAMPUS})


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("will Valdora 1'200 Grafikprozessoren installieren", 1200.0, "GPU"),
        ("steigt mit Fr. 300 Mio. ein", 300e6, "CHF"),
        ("Rechenzeit ab Fr. 2.40 pro GPU-Stunde", 2.4, "CHF"),
        ("Nivalis steuert eine halbe Milliarde Euro bei", 0.5e9, "EUR"),
        ("ein Park mit anderthalb Gigawatt", 1.5, "GW"),
        ("Je Rack sollen bis zu 130 Kilowatt gekühlt werden", 130.0, "kW"),
    ],
)
def test_numbers_as_swiss_and_austrian_articles_write_them(text: str, value: float, unit: str) -> None:
    assert [(n.value, n.unit) for n in find_numbers(text, "de")] == [(value, unit)]


def test_francs_before_a_figure_end_no_sentence() -> None:
    text = "Valdora bietet Rechenzeit ab Fr. 2.40 pro GPU-Stunde an. Fr. 300 Mio. kommen von Nivalis."
    assert split_sentences(text) == [
        "Valdora bietet Rechenzeit ab Fr. 2.40 pro GPU-Stunde an.",
        "Fr. 300 Mio. kommen von Nivalis.",
    ]


def test_a_price_in_francs_is_read_whole(engine: Engine) -> None:
    assert "2.40" in first_line(engine, "Was kostet bei Valdora eine GPU-Stunde?")
    # ... and no GPU count: the price's sentence counts none
    answer = engine.ask("Wie viele GPUs betreibt Valdora derzeit in Dübendorf?")
    assert "2.40" not in answer.answer, answer.answer


def test_a_first_stage_or_a_start_is_no_later_figure(engine: Engine) -> None:
    assert "400" in first_line(engine, "Wie viel Rechenleistung hat die erste Ausbaustufe von Sella One?")
    for question in (
        "Wie viele GPUs hat die erste Ausbaustufe von Sella One?",
        "Wie viel Anschlussleistung hat Sella One zum Start?",
    ):
        answer = engine.ask(question)
        assert "4'000" not in answer.answer and "90" not in answer.answer, f"{question!r}: {answer.answer}"
    # ... and the later figure is what a question about later asks
    assert "1.2 exaflops" in first_line(engine, "What compute will Sella One reach by 2028?")


def test_people_are_counted_by_people(engine: Engine) -> None:
    answer = engine.ask("Wie viele Bauarbeiter sind beim Bau von Sella One beschäftigt?")
    assert "drei" not in answer.answer.splitlines()[0], answer.answer


def test_a_chief_named_as_the_investor_acts_for_the_company(engine: Engine) -> None:
    assert "850" in first_line(engine, "how much cash is reto baumann dropping on sella one")
    # ... but the chief's own pay is no company's figure
    assert not engine.ask("how much is reto baumann paid").answered


def test_who_a_text_quotes_is_a_person(engine: Engine) -> None:
    assert "Baumann" in first_line(engine, "welcher valdora typ wird zitiert")


def test_a_choice_between_two_companies_goes_to_the_one_doing_it(engine: Engine) -> None:
    line = first_line(engine, "Wer stellt die Rechenzentrumstechnik bereit, Valdora oder Nivalis?")
    assert "Valdora" in line and "Nivalis" not in line, line


def test_a_sum_per_job_is_no_total(engine: Engine) -> None:
    answer = engine.ask("Wie viel Investition kommt bei Sella One auf einen Arbeitsplatz?")
    assert "850" not in answer.answer, answer.answer


def test_what_a_partner_brings_in_is_its_role(engine: Engine) -> None:
    # "bringt … ein": the separable verb's particle closes the question; joined, it asks a contribution
    answer = engine.ask("Und was bringt OpenAI bei Stargate mit Oracle ein?")
    assert answer.answered and "Modell" in answer.answer, answer.answer


def test_a_project_by_its_name_is_no_partner(engine: Engine) -> None:
    # "das Stargate AI-Rechenzentrumsprojekt" names what is built, not who takes part
    line = first_line(engine, "das projekt in texas, wer ist da mit oai dabei")
    assert "Oracle" in line and "stargate" not in line.casefold(), line
