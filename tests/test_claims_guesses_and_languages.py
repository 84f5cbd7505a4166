"""What a chat message wraps around its question, on an article written for these tests: a claim told,
then only whether it holds ("Hab gehört, Kestrel steckt 900 Millionen rein. Stimmt das so?": the article's
figure); a guess after the question ("Wer baut den Campus? Siemens?"); a condition, no rate ("as each stage
comes online"); a capacity by its compound's last part ("Anschlussleistung"); a stake asked, which no stock
move answers; and questions in other languages, read through the word list and its stems, where a German
message with one such word ("ans") stays German."""

from __future__ import annotations

import pytest
from engines import engine_with_articles

from bot.engine.compound import guessed, told_then_asked
from bot.engine.engine import Engine
from bot.engine.foreign import in_english

CAMPUS = """Kestrel Power investiert bis zu 600 Millionen Euro in KI-Campus von Brava Data

Tampere (Agentur) – Der Energieversorger Kestrel Power will bis zu 600 Millionen Euro in einen KI-Campus des
Betreibers Brava Data in Tampere investieren. Das Geld fließt schrittweise, sobald jeweils eine Ausbaustufe in
Betrieb geht. Im Endausbau soll der Campus eine Anschlussleistung von bis zu 240 Megawatt haben.

Bauen wird den Campus der Generalunternehmer Halvo Bygg. Durch das Projekt sollen rund 350 Arbeitsplätze
entstehen. Die Brava-Aktie stieg nach der Ankündigung um 7 Prozent.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with_articles(tmp_path_factory, {"994_kestrel_brava.txt": CAMPUS})


def _first_line(engine: Engine, question: str) -> str:
    answer = engine.ask(question)
    assert answer.answered, f"{question!r}: {answer.answer}"
    return answer.answer.splitlines()[0]


def test_a_question_asking_only_whether_a_claim_holds_is_asked_of_the_claim() -> None:
    told = (
        "Hab gestern gehört, Kestrel Power steckt 900 Millionen in Brava Data. Stimmt das so oder ist das "
        "übertrieben?"
    )
    assert told_then_asked(told) == (
        "Hab gestern gehört, Kestrel Power steckt 900 Millionen in Brava Data, stimmt das so oder ist das "
        "übertrieben?",
        "",
    )
    quoted = (
        "quick fact check for the newsletter: 'Kestrel Power invests 900 million euros in Brava Data.' is "
        "that accurate?"
    )
    assert told_then_asked(quoted) == (
        "Kestrel Power invests 900 million euros in Brava Data, is that accurate?",
        "",
    )


@pytest.mark.parametrize(
    "question",
    [
        "quick fact check: 'Kestrel Power invests 900 million euros in Brava Data.' is that accurate?",
        "quick fact check: 'Kestrel Power invests up to 600 million euros in Brava Data.' is that accurate?",
    ],
)
def test_a_claim_checked_is_answered_with_the_articles_figure(engine: Engine, question: str) -> None:
    line = _first_line(engine, question)
    assert "600" in line and "900" not in line, line


def test_a_guess_after_the_question_is_no_subject(engine: Engine) -> None:
    assert "Tampere" in _first_line(engine, "Wo entsteht der Campus von Brava Data? In Helsinki?")
    assert (
        guessed("Wo entsteht der Campus von Brava Data? In Helsinki?")
        == "Wo entsteht der Campus von Brava Data?"
    )
    # a figure guessed, or what the answer is to hold, is part of the question
    assert guessed("Wie viele Stellen entstehen bei Brava Data? 500?") is None
    assert guessed("what did the Kestrel CEO say about the campus? any quote?") is None


def test_each_stage_coming_online_is_a_condition_not_a_rate(engine: Engine) -> None:
    query = engine.parse(
        "is it true that Kestrel Power invests up to 600 million as each stage comes online?"
    )
    assert not query.out_of_scope
    assert engine.parse("how much does Kestrel Power pay per megawatt?").out_of_scope


def test_a_capacity_by_its_compounds_last_part(engine: Engine) -> None:
    line = _first_line(engine, "What's the maximum capacity the Tampere campus is designed for?")
    assert "240" in line and "up to" in line, line


def test_a_stake_asked_is_no_stock_move(engine: Engine) -> None:
    answer = engine.ask("what percent of shares will Kestrel Power get in Brava Data?")
    assert "7" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("quanto a kestrel power vai investir no campus da brava data?", "600"),
        ("cuantos puestos de trabajo crea el proyecto de brava data?", "350"),
        ("kestrel power brava data icin ne kadar yatirim yapacak?", "600"),
    ],
)
def test_questions_in_other_languages(engine: Engine, question: str, said: str) -> None:
    assert said in _first_line(engine, question)


def test_a_german_message_with_one_foreign_looking_word_stays_german() -> None:
    said = "an welchem datum geht der erste abschnitt ans netz".split()
    assert in_english(said, lambda w: False) == said


def test_a_company_described_by_its_own_name_is_that_company(engine: Engine) -> None:
    # "der Nvidia-Konzern" is Nvidia, never another the articles describe with its name ("NVIDIA-Plattform")
    for question in (
        "Wie viel steckt der Nvidia-Konzern in OpenAI?",
        "Huangs Firma steckt wie viel in OpenAI?",
    ):
        line = _first_line(engine, question)
        assert "100" in line and "Vera" not in line, f"{question!r}: {line}"


REPORT = """Orlik Compute hebt Kostenschätzung für Rechenzentrum in Lublin an

Der polnische Cloudanbieter Orlik Compute baut den „Campus Bystrzyca“ in Lublin. Ursprünglich hatte das
Unternehmen den ersten Bauabschnitt mit 1,4 Milliarden Zloty veranschlagt. Im Geschäftsbericht hob Orlik die
Schätzung auf 1,9 Milliarden Zloty an. Mit dem Versorger Wisla Energia hat Orlik einen Stromliefervertrag über
zwölf Jahre geschlossen. Der Campus in Świdnik/Mełgiew soll später folgen.

Gegen den Trend verlor Orlik Compute an der Warschauer Börse knapp 3 Prozent.

Korrektur: In einer früheren Fassung dieses Artikels hieß es, der erste Bauabschnitt habe 90 Megawatt.
Richtig sind 60 Megawatt. Der erste Bauabschnitt mit 60 Megawatt soll 2028 in Betrieb gehen.
"""

STAKE = """Wisla Energia kauft 25 Prozent an Orlik Compute

Der Versorger Wisla Energia übernimmt 25 Prozent am Cloudanbieter Orlik Compute. Der Kaufpreis beträgt
300 Millionen Zloty, wie beide Unternehmen mitteilten.
"""


@pytest.fixture(scope="module")
def reported(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with_articles(
        tmp_path_factory, {"995_orlik_lublin.txt": REPORT, "996_wisla_orlik.txt": STAKE}
    )


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        # a first plan the next sentence revises is no answer now; asked as the original, it is
        ("Was kostet der erste Bauabschnitt von Orlik?", "1,9", "1,4"),
        ("What was the original cost estimate for Orlik's first phase?", "1.4", "1.9"),
        # the purchase price is what the payer pays for its stake
        ("How much is Wisla Energia paying for its stake in Orlik Compute?", "300", "25"),
        # "Stromvertrag": the "Stromliefervertrag" of the sentence
        ("Wie lange läuft der Stromvertrag von Orlik mit Wisla Energia?", "zwölf", "2028"),
        # a market report's company moved by a verb beside its name: its stock
        ("How did Orlik Compute shares move?", "3", "25"),
        # a correction's earlier version is no answer, the corrected figure is
        ("The first phase of Campus Bystrzyca has 90 MW, right?", "60", "90"),
        ("Orlik's first phase has 90 megawatts, correct?", "60", "90"),
    ],
)
def test_figures_revised_paid_and_corrected(
    reported: Engine, question: str, said: str, not_said: str
) -> None:
    line = _first_line(reported, question)
    assert said in line and not_said not in line, f"{question!r}: {line}"


def test_a_quoted_name_and_a_town_with_a_slash_are_names(reported: Engine) -> None:
    names = reported.reader.names
    assert names.kind("campus bystrzyca") is not None
    assert names.kind("swidnik melgiew") == "place"
