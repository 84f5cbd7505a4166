"""Figures that change within an article (a denied report, a revised plan, a figure of back then), bounds
asked ("höchstens", "minimum") that an article gives only the other way, a company called by a kind the
one just named never was, and questions about the articles themselves ("in welchem Artikel …", "the
headline of the article from …"), on articles written for these tests and on the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest
from engines import engine_with_articles

from bot.answer import Answer
from bot.engine.engine import Engine
from bot.knowledge.loader import load_knowledge

ROOT = Path(__file__).resolve().parent.parent

DENIED = """Telvana dementiert Bericht über Großinvestition von Morvik Compute

Das Berner KI-Start-up Telvana hat einen Medienbericht über eine Investition des Rechenzentrumsbetreibers
Morvik Compute zurückgewiesen. Telvana dementierte am Montag einen Bericht, wonach Morvik Compute 600
Millionen Franken in das Unternehmen stecken werde. Tatsächlich beteilige sich Morvik an der laufenden
Finanzierungsrunde mit höchstens 150 Millionen Franken, teilte das Start-up mit.

Auch bei der Bewertung widersprach Telvana den Angaben. Das Unternehmen werde nach der Runde mit rund 900
Millionen Franken bewertet und nicht, wie berichtet, mit 3 Milliarden Franken. Die Finanzchefin von
Telvana, Lea Brunner, sagte, man wolle unabhängig bleiben. „Wir wachsen aus eigener Kraft“, sagte
Telvana-Chef Jon Amsler.

Morvik hatte das Rechenzentrum in Thun erst im Mai angekündigt und damals Investitionen von 700 Millionen
Franken in Aussicht gestellt. Aus dem öffentlichen Netz will Morvik nicht mehr als 40 Megawatt beziehen.
Am Standort sollen mehr als 250 Arbeitsplätze entstehen. Telvana beschäftigt derzeit 60 Mitarbeiter und
will die Zahl bis Ende 2027 verdoppeln.
"""

SITED = """Ostrava Cloud sichert sich Windstrom für KI-Campus in Karviná

Der tschechische Rechenzentrumsbetreiber Ostrava Cloud hat einen Stromabnahmevertrag für seinen geplanten
KI-Campus bei Karviná unterzeichnet. Der Campus soll 2027 in Betrieb gehen.

Den Strom liefert der Windparkbetreiber Beskyd Wind. Beide Seiten unterzeichneten einen Vertrag über zehn
Jahre für 120 Megawatt Erzeugungsleistung. Zusätzlich hat der regionale Netzbetreiber einen Anschluss von
260 Megawatt zugesagt.

Das Gelände umfasst 31 Hektar auf einem früheren Zechengelände.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with_articles(
        tmp_path_factory, {"953_telvana_morvik.txt": DENIED, "933_ostrava_beskyd.txt": SITED}
    )


@pytest.fixture(scope="module")
def seeds() -> Engine:
    return Engine(load_knowledge(ROOT / "knowledge"))


def _head(answer: Answer) -> str:
    return answer.answer.splitlines()[0]


def test_a_denied_reports_figure_is_no_answer_unless_the_report_is_asked(engine: Engine) -> None:
    answer = engine.ask("Wie viel investiert Morvik Compute in Telvana?")
    assert answer.answered and "150" in _head(answer) and "600" not in answer.answer
    answer = engine.ask("Welche Summe nannte der von Telvana dementierte Bericht für Morvik?")
    assert answer.answered and "600 Millionen" in _head(answer)
    # "und nicht, wie berichtet, mit 3 Milliarden": the valuation is the other figure
    answer = engine.ask("Wie hoch wird Telvana nach der Runde bewertet?")
    assert answer.answered and "900" in _head(answer) and "3 Mrd" not in _head(answer)


def test_a_time_before_an_event_is_not_the_time_after_it(engine: Engine) -> None:
    assert not engine.ask("Wie hoch war die Bewertung von Telvana vor der Finanzierungsrunde?").answered


def test_what_was_said_back_then_is_no_figure_of_now(engine: Engine) -> None:
    assert not engine.ask("How much is Morvik currently investing in Thun?").answered
    answer = engine.ask("How much did Morvik plan to invest in Thun?")
    assert answer.answered and "700" in _head(answer)


def test_a_count_now_is_not_the_count_of_a_year_to_come(engine: Engine) -> None:
    # "derzeit 60 … will die Zahl bis Ende 2027 verdoppeln": 60 is the count now, not the one of 2027
    assert not engine.ask("How many employees will Telvana have by the end of 2027?").answered
    answer = engine.ask("Wie viele Mitarbeiter hat Telvana derzeit?")
    assert answer.answered and "60" in _head(answer)


def test_a_bound_asked_is_not_answered_by_the_other_bound(engine: Engine, seeds: Engine) -> None:
    # "nicht mehr als 40 Megawatt" is a ceiling
    answer = engine.ask("Wie viel Strom will Morvik maximal aus dem Netz beziehen?")
    assert answer.answered and "40" in _head(answer)
    # "mehr als 250 Arbeitsplätze" is a floor: no ceiling asked is given
    assert not engine.ask("Wie viele Arbeitsplätze entstehen in Thun höchstens?").answered
    answer = seeds.ask("what's the minimum amount nvidia guarantees to invest?")
    assert not answer.answered and "minimum" in answer.answer
    # ... and a claim about a bound is checked, not declined
    assert "mindestens" not in _head(seeds.ask("stimmt es dass broadcom mind. 10 gw liefert?")).split(":")[0]


def test_a_role_asked_is_the_one_who_speaks(engine: Engine, seeds: Engine) -> None:
    assert not seeds.ask("what did nvidia's cfo say").answered
    assert seeds.ask("what did nvidia's ceo say").answered
    answer = engine.ask("Was sagte der Telvana-Chef?")
    assert answer.answered and "eigener Kraft" in answer.answer


def test_a_kind_the_one_just_named_never_was_is_a_third_company(engine: Engine) -> None:
    answer = engine.ask("How many megawatts does Beskyd Wind supply?")
    assert answer.answered and "120" in _head(answer) and "260" not in _head(answer)
    answer = engine.ask("wie lange läuft der vertrag mit beskyd wind")
    assert answer.answered and "zehn Jahre" in answer.answer


def test_the_lead_paragraphs_place_is_the_articles_own_site(engine: Engine) -> None:
    answer = engine.ask("how many hectares is the Ostrava Cloud site in Karvina?")
    assert answer.answered and "31" in _head(answer)


def test_which_article_names_a_learned_name_by_its_headline(engine: Engine, seeds: Engine) -> None:
    answer = engine.ask("In welchem Artikel wird Beskyd Wind erwähnt?")
    assert answer.answered and answer.answer.startswith("Artikel 933 („Ostrava Cloud sichert sich")
    assert [c.document for c in answer.citations] == ["933_ostrava_beskyd"]
    # ... asked of a thing the article says of the name, the name alone is no answer
    assert not seeds.ask("which article gives the dollar value of the broadcom deal?").answered
    answer = seeds.ask("in welchem artikel wird jeff bezos erwähnt?")
    assert answer.answered and "Broadcom" in _head(answer)


def test_an_articles_head_by_its_day_or_its_figure(seeds: Engine) -> None:
    assert not seeds.ask("what's the headline of the article from 25 july 2025?").answered
    answer = seeds.ask("what's the headline of the article from 24 july 2025?")
    assert answer.answered and "Stargate" in answer.answer
    # "der Artikel mit dem 4,4-Prozent-Anstieg" is the one giving that figure, which has no date line
    answer = seeds.ask("von wann ist der artikel mit dem 4,4-prozent-anstieg der nvidia-aktie?")
    assert not answer.answered and answer.answer.startswith("Artikel 001")
