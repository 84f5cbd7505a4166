"""A plant opened with officials speaking, two operators merging, a ministry's tender: who holds a public
office, whose revenue is the merged one, and a question of two parts of which the articles answer one."""

from __future__ import annotations

import pytest
from engines import engine_with_articles

from bot.engine.engine import Engine

OPENING = """Tervalo eröffnet Chipwerk in Porto Alegre do Norte

Der Halbleiterdienstleister Tervalo Packaging hat sein neues Werk eröffnet. Das Unternehmen investiert nach
eigenen Angaben 2,2 Milliarden Kronen in den Standort.

Gebaut wurde das Werk in 17 Monaten. Der Hauptkunde hat sich über einen Liefervertrag mit einer Laufzeit von
sechs Jahren die Hälfte der Kapazität gesichert.

„Das ist der größte Betrieb, den unsere Region je gesehen hat“, sagte Maria Quintela, Gouverneurin der Region
Serrana, bei der Eröffnung.
"""

MERGER = """Halvik und Sorrent fusionieren

Die Rechenzentrumsbetreiber Halvik Data und Sorrent Cloud schließen sich zusammen. Das fusionierte Unternehmen
käme auf einen gemeinsamen Jahresumsatz von 1,9 Milliarden Kronen.
"""

TENDER = """Lindmark stoppt Ausschreibung für KI-Supercomputer

Das Ministerium für Digitales hat die Ausschreibung für einen nationalen KI-Supercomputer aufgehoben.

Das gab Ministerin Jana Oskarsdottir am Donnerstag bekannt.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with_articles(
        tmp_path_factory, {"093_tervalo.txt": OPENING, "094_halvik.txt": MERGER, "095_lindmark.txt": TENDER}
    )


@pytest.mark.parametrize(
    ("question", "name"),
    [
        # "Gouverneurin der Region Serrana": a public office, in the article of the plant asked of
        ("wie heißt die gouverneurin die bei der eröffnung vom tervalo werk geredet hat", "Quintela"),
        # a minister in the article whose headline names the country asked of
        ("wer ist die zuständige ministerin für den supercomputer in lindmark", "Oskarsdottir"),
    ],
)
def test_a_public_office_is_found_in_the_article_of_what_is_asked(
    engine: Engine, question: str, name: str
) -> None:
    answer = engine.ask(question)
    assert answer.answered and name in answer.answer, answer.answer


def test_the_merged_revenue_is_no_one_partys_own(engine: Engine) -> None:
    answer = engine.ask("wie viel umsatz hat sorrent cloud allein gemacht")
    assert not answer.answered and "1,9" not in answer.answer, answer.answer


def test_a_part_the_articles_leave_open_is_said_beside_the_part_they_answer(engine: Engine) -> None:
    answer = engine.ask(
        "how long did it take to build the tervalo plant, and at what utilisation is it running rn"
    )
    first, _, rest = answer.answer.partition("\n\n")
    assert "17" in first and "6 years" not in answer.answer, answer.answer
    assert "utilisation" in rest and "don't say" in rest, answer.answer
