"""A bond, an offering shared with a seller, a strike, a spin-off and a grant, none curated: the rate
asked of a loan the article names but gives no rate for; the interest rate asked in English; a count of all
before a part of it ("2.340 der insgesamt 3.100"); the total of an offering before a colon and a seller's
part after it; a verb after a figure, which leaves out its noun; a company only its title and repeats name
("Chipverpacker Tarnavo"); a question word typed with two letters swapped ("wnan"), and a word with a letter
left out ("workrs"); a firm whose analysts value a company; "kostenlos", which asks no cost; the case a
grant is paid back in, and how much of it; a computer's speed in FLOPS. On the shipped articles: what
someone said of a place their words never name; question words listed before what they ask of; a list of
items asked of one subject; the short name of a country no article names ("die Emirate"); the holder of a
role no article names with what they said; an article's date asked by its noun ("datum vom …
beitrag"); which of two things comes first, by their dates; a year put to the bot and the exact day."""

from __future__ import annotations

import pytest
from engines import KNOWLEDGE, engine_with_articles

from bot.engine.compound import listed
from bot.engine.engine import Engine
from bot.engine.index import slipped_question_word
from bot.engine.names import ORG, learn
from bot.knowledge.loader import load_knowledge

BOND = """Cloud-Anbieter Velmora Cloud platziert Anleihe über 4 Milliarden Kenia-Schilling

Nairobi (Reuters) – Der Cloud-Anbieter Velmora Cloud hat eine Anleihe über 4 Milliarden Kenia-Schilling
platziert. Die Papiere tragen einen Zins von 13,5 Prozent jährlich, wie das Unternehmen mitteilte.

Mit dem Erlös will Velmora ein Rechenzentrum bauen und einen teureren Bankkredit vorzeitig ablösen.
"""

OFFERING = """Rechenzentrumsbetreiber Korvane DataPark strebt an die Börse

Warschau (Reuters) – Der Rechenzentrumsbetreiber Korvane DataPark plant seinen Börsengang. Insgesamt umfasst
das Angebot bis zu 8 Millionen Aktien: 6 Millionen neue Papiere stammen aus einer Kapitalerhöhung, weitere
2 Millionen gibt der Finanzinvestor Lesna Equity Partners aus seinem Bestand ab.
"""

STRIKE = """Chipverpacker Tarmello einigt sich nach Streik auf mehr Lohn

Cluj-Napoca (dpa) – Nach neun Tagen Streik läuft die Produktion im Werk von Tarmello Microassembly wieder
an. An dem Ausstand hatten sich 1.840 der insgesamt 2.600 Beschäftigten des Werks beteiligt.

Tarmello gehört zu einer niederländischen Gruppe. Die Löhne steigen um 9 Prozent.
"""


SPINOFF = """Varnaka spaltet KI-Sparte ab

Manila (Reuters) – Der Technologiekonzern Varnaka Data Holdings will seine KI-Sparte abspalten. Analysten der
Investmentbank Selvino Capital, die die Abspaltung begleitet, bewerten die KI-Sparte mit rund 27 Milliarden
Pesos.
"""

GRANT = """Staat fördert Supercomputer in Hue

Hue (dpa) – Vietnam fördert einen Supercomputer des Instituts Kessara Research mit 1,2 Billionen Dong. Den
Förderbescheid überreichte der Fonds am 20. Januar 2026. Die Gesamtkosten beziffert das Institut auf 2,1
Billionen Dong. Der Supercomputer soll eine Spitzenleistung von bis zu 30 Petaflops erreichen.

Mindestens 25 Prozent der Rechenzeit müssen Universitäten kostenlos zur Verfügung stehen. Geht der Rechner
nicht bis Ende 2027 in Betrieb, muss das Institut 40 Prozent der Fördersumme zurückzahlen.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with_articles(
        tmp_path_factory,
        {
            "975_anleihe.txt": BOND,
            "976_boersengang.txt": OFFERING,
            "977_streik.txt": STRIKE,
            "978_abspaltung.txt": SPINOFF,
            "979_foerderung.txt": GRANT,
        },
    )


@pytest.fixture(scope="module")
def shipped() -> Engine:
    return Engine(load_knowledge(KNOWLEDGE))


def test_a_rate_asked_of_a_thing_the_article_names_but_gives_none_for(engine: Engine) -> None:
    loan = engine.ask("Welchen Zins zahlt Velmora auf den Bankkredit, der abgelöst werden soll?")
    assert not loan.answered and "13,5" not in loan.answer
    bond = engine.ask("welchen zins zahlt velmora auf die anleihe")
    assert bond.answered and "13,5 Prozent" in bond.answer
    # "interest rate" is the "Zins" the sentence says, its "rate" no word of its own to find
    assert "13.5%" in engine.ask("what interest rate does velmora pay").answer


def test_a_part_of_all_and_all_of_them(engine: Engine) -> None:
    struck = engine.ask("how many workers joined the strike at tarmello?")
    assert struck.answered and "1,840" in struck.answer
    assert "der insgesamt 2.600 Beschäftigten" in struck.answer  # (its noun shown, not "1,840 der")
    staff = engine.ask("how many employees does tarmello have?")
    assert staff.answered and "2,600" in staff.answer and "1,840" not in staff.answer


def test_an_offering_before_a_colon_and_a_sellers_part_after_it(engine: Engine) -> None:
    offered = engine.ask("how many shares r they offering in the korvane ipo??")
    assert offered.answered and "8 Millionen Aktien" in offered.answer
    sold = engine.ask("wie viele aktien gibt lesna ab?")
    assert sold.answered and "2 Millionen" in sold.answer
    assert "6 Millionen" not in sold.answer.split("\n")[0] and "gibt" not in sold.answer.split("\n")[0]


def test_a_firm_whose_analysts_judge_is_not_what_they_judge(engine: Engine) -> None:
    valued = engine.ask("wie hoch wird die ki-sparte von varnaka bewertet")
    assert valued.answered and "27 Milliarden Pesos" in valued.answer


def test_free_of_charge_and_the_case_of_paying_back(engine: Engine) -> None:
    free = engine.ask("Welcher Anteil der Rechenzeit muss Universitäten kostenlos zur Verfügung stehen?")
    assert free.answered and "25 Prozent" in free.answer  # ("kostenlos" asks no cost)
    case = engine.ask("under what conditions does kessara have to pay back the grant?")
    assert case.answered and "zurückzahlen" in case.answer and "2.1" not in case.answer
    # "how much of the grant": a share of the sum, not a sum of the article
    part = engine.ask("how much of the grant does kessara have to pay back?")
    assert part.answered and "40" in part.answer and "1.2" not in part.answer
    handed = engine.ask("Wann wurde der Förderbescheid an Kessara übergeben?")  # ("überreichte")
    assert handed.answered and "20. Januar 2026" in handed.answer


def test_a_computers_speed_in_flops(engine: Engine) -> None:
    speed = engine.ask("welche rechenleistung hat der supercomputer von kessara?")
    assert speed.answered and "bis zu 30 Petaflops" in speed.answer


def test_a_company_only_its_title_and_repeats_name() -> None:
    book = learn([("977", STRIKE.splitlines()[0], STRIKE)])
    assert book.kind("tarmello") == ORG
    assert book.names["tarmello microassembly"].canonical == "tarmello"
    # words of the language a title repeats name nobody ("Streik", "Lohn")
    assert book.kind("streik") != ORG and book.kind("lohn") is None


def test_slips_of_the_keys(engine: Engine) -> None:
    assert slipped_question_word("wnan") == "wann" and slipped_question_word("whta") == "what"
    assert slipped_question_word("wann") is None and slipped_question_word("wer") is None
    typo = engine.ask("how many workrs joined the strike at tarmello?")
    assert typo.answered and "1,840" in typo.answer


def test_a_list_of_items_asked_of_one_subject(shipped: Engine) -> None:
    assert listed("stargate-artikel: 4,5 gw und 500 mrd - beides richtig?") == [
        "stargate-artikel: 4,5 gw?",
        "stargate-artikel: 500 mrd?",
    ]
    both = shipped.ask("nvidia openai eckdaten: gw, mrd, start")
    assert both.answered and "10 GW" in both.answer and "100" in both.answer and "2026" in both.answer


def test_a_country_by_its_short_name_that_no_article_names(shipped: Engine) -> None:
    emirates = shipped.ask("wie viel gw hat stargate in den emiraten?")
    assert not emirates.answered and "4,5" not in emirates.answer


def test_what_someone_said_of_a_place_their_words_never_name(shipped: Engine) -> None:
    assert not shipped.ask("was hat greg brockman über abilene gesagt?").answered
    assert shipped.ask("was hat greg brockman gesagt?").answered


def test_question_words_listed_before_what_they_ask_of(shipped: Engine) -> None:
    both = shipped.ask("wie viel und ab wann? (nvidia -> openai)")
    assert both.answered and "100 Mrd." in both.answer and "2026" in both.answer
    invested = shipped.ask("kurze frage: wer investiert laut artikel in openai und wie viel?")
    assert "100 Mrd." in invested.answer


def test_the_holder_of_a_role_no_article_names_and_what_they_said(shipped: Engine) -> None:
    cfo = shipped.ask("wie heißt der cfo von nvidia und was sagt er zu den 100 mrd?")
    assert not cfo.answered and "Huang" not in cfo.answer
    ceo = shipped.ask("wer ist der ceo von openai und was sagt er zu computing?")
    assert ceo.answered and "Altman" in ceo.answer


def test_an_articles_date_asked_by_its_noun(shipped: Engine) -> None:
    for question in ("what date is the oracle stargate article from?", "datum vom stargate/oracle beitrag?"):
        dated = shipped.ask(question)
        assert dated.answered and "2025" in dated.answer, question
    # a date of what the article tells is no date of the article
    assert "erschienen" not in shipped.ask("an welchem datum startet stargate laut artikel?").answer


def test_which_of_two_comes_first_by_their_dates(shipped: Engine) -> None:
    from bot.engine.compound import which_first

    assert which_first("amd oder broadcom zuerst?")[1].endswith("broadcom?")
    assert which_first("ist stargate ne subsidiary von openai oder eher jv?") == []
    order = shipped.ask("was kommt zuerst: die 1 mio gpus von altman oder das erste nvidia gw?")
    assert order.answered and "Ende 2025" in order.answer and "2026" in order.answer
    # where the articles date only one of the two, no order is told
    assert not shipped.ask("was kam zuerst, nvidia oder amd deal?").answered


def test_a_year_put_to_the_bot_and_the_exact_day(shipped: Engine) -> None:
    # "the first gigawatt" is a stage of the build, its year the thing checked
    first = shipped.ask("is the first nvidia gw coming in 2025 already?")
    assert first.answered and "second half of 2026" in first.answer
    day = shipped.ask("exact day openai hits 1 million gpus?")  # the day asked, not the GPUs
    assert not day.answered and "end of 2025" in day.answer
    # a year put to a fact that gives none is not confirmed by it
    assert not shipped.ask("abilene went live in 2024 right?").answered
