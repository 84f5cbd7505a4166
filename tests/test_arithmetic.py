"""Sums, differences and ratios of two figures the articles give, each quoted; anything less is read as
an ordinary question."""

from __future__ import annotations

from pathlib import Path

import pytest
from labelled import knowledge_with

from bot.engine.arithmetic import Operation, operation
from bot.engine.engine import Engine
from bot.knowledge.loader import load_knowledge

ACME = """Acme baut in Springfield einen KI-Campus mit 300 Megawatt

Der Rechenzentrumsbetreiber Acme Compute und das Start-up Initech haben eine Partnerschaft vereinbart. \
Acme investiert 1,2 Milliarden Euro in einen Campus in Springfield mit einer Leistung von 300 Megawatt.
Der Campus soll 2027 in Betrieb gehen.
"""
GLOBEX = """Globex errichtet in Shelbyville ein Rechenzentrum mit 200 Megawatt

Der Energiekonzern Globex Power baut in Shelbyville ein Rechenzentrum mit einer Leistung von 200 Megawatt. \
Globex investiert dafür 800 Millionen Euro.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("arithmetic")
    articles = root / "articles"
    articles.mkdir()
    (articles / "500_acme.txt").write_text(ACME, encoding="utf-8")
    (articles / "501_globex.txt").write_text(GLOBEX, encoding="utf-8")
    return Engine(load_knowledge(knowledge_with([articles], root)))


@pytest.mark.parametrize(
    ("question", "op"),
    [
        ("acme plus globex, wie viele MW zusammen?", Operation.SUM),
        ("how many MW do acme and globex add up to", Operation.SUM),
        ("10 MW + 4 MW?", Operation.SUM),
        ("how many MW more is acme's campus than globex's", Operation.DIFFERENCE),
        ("wievielmal so groß ist acmes investment wie das von globex", Operation.RATIO),
        ("whats the gap in MW between acme and globex?", Operation.DIFFERENCE),
        ("der abstand zwischen acme und globex in mw?", Operation.DIFFERENCE),
        ("acme 300 mw vs globex 200 mw which one is bigger", Operation.DIFFERENCE),
        ("was ist größer, acme oder globex?", Operation.DIFFERENCE),
        ("wie viele MW baut acme", None),
        ("acme GW minus globex GW = ?", Operation.DIFFERENCE),
        ("acme is 300 MW – how much less is globex?", Operation.DIFFERENCE),
        ("is acme's campus twice as big as globex's in MW?", Operation.RATIO),
        ("1,2 mrd vs 800 mio – is that 2x?", Operation.RATIO),
    ],
)
def test_the_arithmetic_asked_is_read(question: str, op: Operation | None) -> None:
    assert operation(question) is op


def test_two_figures_are_added_and_both_quoted(engine: Engine) -> None:
    answer = engine.ask("acme plus globex, wie viele MW zusammen?")
    assert answer.answered and "500 MW" in answer.answer
    assert {c.document for c in answer.citations} == {"500_acme", "501_globex"}


def test_a_difference_and_a_ratio(engine: Engine) -> None:
    more = engine.ask("how many MW more is the acme campus than the globex data center?")
    assert more.answered and "100 MW" in more.answer
    ratio = engine.ask("1,2 Mrd Euro vs 800 Mio Euro, wievielmal so viel?")
    assert ratio.answered and "1,5-mal" in ratio.answer


def test_figures_the_question_states_must_be_in_an_article(engine: Engine) -> None:
    stated = engine.ask("300 MW + 200 MW, zusammen?")
    assert stated.answered and "500 MW" in stated.answer and len(stated.citations) == 2
    unstated = engine.ask("10 MW + 4 MW, zusammen wieviel?")
    assert not (unstated.answered and "14 MW" in unstated.answer)


def test_the_two_parties_of_one_deal_are_no_sum(engine: Engine) -> None:
    answer = engine.ask("wie viel investieren acme und initech zusammen?")
    assert "Zusammen" not in answer.answer and "2,4" not in answer.answer


def test_a_side_the_articles_do_not_give_is_no_arithmetic(engine: Engine) -> None:
    answer = engine.ask("wie viele MW bauen acme und hooli zusammen?")
    assert "Zusammen" not in answer.answer


def test_a_gap_between_two_and_a_sum_with_words_between_the_names(engine: Engine) -> None:
    gap = engine.ask("whats the gap in MW between the acme campus and globex?")
    assert gap.answered and "100 MW" in gap.answer and len(gap.citations) == 2
    between = engine.ask("wie groß ist der abstand in mw zwischen acme und globex")
    assert between.answered and "100 MW" in between.answer
    # "Acme's MW and its Globex MW": a name each side of the joiner, a word or two between
    added = engine.ask("if you add the acme mw and the globex mw together, what do you get?")
    assert added.answered and "500 MW" in added.answer


def test_which_of_two_is_bigger_gives_both(engine: Engine) -> None:
    stated = engine.ask("acme 300 mw vs globex 200 mw which one is bigger")
    assert stated.answered and "100 MW" in stated.answer and len(stated.citations) == 2
    either = engine.ask("which is bigger in mw, the acme campus or the globex data center?")
    assert either.answered and "300 MW" in either.answer and "200 MW" in either.answer


def test_whose_a_stated_figure_is_of_two_named(engine: Engine) -> None:
    # "300 MW – Acme oder Globex?": the side whose own figure it is, quoted; both where both have it
    mine = engine.ask("300 MW – welcher Campus war das, Acme oder Globex?")
    head = mine.answer.split("\n")[0]
    assert mine.answered and "300" in head and "Acme" in head and "Globex" not in mine.answer
    assert len(mine.citations) == 1
    # a sum stated without its currency is any currency's
    spent = engine.ask("800 Millionen – acme oder globex?")
    assert spent.answered and "Globex" in spent.answer.split("\n")[0] and "Acme" not in spent.answer
    # a figure neither side has: no choice made
    assert not engine.ask("450 MW – acme oder globex?").answered


def test_what_a_stated_figure_is_about(engine: Engine) -> None:
    # "worauf bezieht sich diese Zahl": the sentence giving it, quoted
    about = engine.ask("200 Megawatt – worauf bezieht sich diese Zahl?")
    assert about.answered and "Shelbyville" in about.answer and "Globex" in about.answer
    assert not engine.ask("450 MW – what is that number about?").answered  # no article gives it


def test_chat_arithmetic_minus_a_dash_and_times(engine: Engine) -> None:
    # "minus", and a side said before a dash: the difference, both quoted
    minus = engine.ask("acme MW minus globex MW = ?")
    assert minus.answered and "100 MW" in minus.answer and len(minus.citations) == 2
    less = engine.ask("the acme campus is 300 MW – how much less is the globex data center?")
    assert less.answered and "100 MW" in less.answer and len(less.citations) == 2
    # "twice as big as": the ratio, which says where the two are the same
    twice = engine.ask("is the acme campus twice as big as the globex data center in MW?")
    assert twice.answered and "1.5 times" in twice.answer, twice.answer


def test_a_floor_and_a_ceiling_have_no_sum(tmp_path: Path) -> None:
    """ "mindestens 300 MW" plus "bis zu 200 MW" is no total, not even a bound: both are quoted; two
    ceilings add up to a ceiling, said as one."""
    articles = tmp_path / "articles"
    articles.mkdir()
    acme = ACME.replace(" mit 300 Megawatt\n", "\n").replace("von 300", "von mindestens 300")
    globex = GLOBEX.replace(" mit 200 Megawatt\n", "\n").replace("von 200", "von bis zu 200")
    (articles / "500_acme.txt").write_text(acme, encoding="utf-8")
    (articles / "501_globex.txt").write_text(globex, encoding="utf-8")
    (articles / "502_initrode.txt").write_text(
        "Initrode plant in Ogdenville ein Rechenzentrum\n\nDer Betreiber Initrode baut in Ogdenville ein "
        "Rechenzentrum mit einer Leistung von bis zu 100 Megawatt.\n",
        encoding="utf-8",
    )
    engine = Engine(load_knowledge(knowledge_with([articles], tmp_path)))
    mixed = engine.ask("acme plus globex, wie viele MW zusammen?")
    assert not mixed.answered and "500" not in mixed.answer
    assert "mindestens 300 Megawatt (acme)" in mixed.answer and "bis zu 200 Megawatt (globex)" in mixed.answer
    ceilings = engine.ask("how many MW do globex and initrode add up to")
    assert ceilings.answered and ceilings.answer.startswith("Up to 300 MW combined"), ceilings.answer
