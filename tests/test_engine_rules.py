"""Rules the engine keeps so that it never states a figure for something the articles do not give it for.

Each case is one trap a real question fell into once; the labelled sets cover the broad behaviour.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from bot.answer import Answer
from bot.engine.asked import Kind, asked
from bot.engine.engine import Engine
from bot.engine.lexicon import counts_written_out
from bot.engine.text import words
from bot.knowledge.loader import load_knowledge

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"
OTHER_DEALS = re.compile(r"\b(100|500|10|4[.,]5)\b.{0,12}(mrd|billion|milliard|gw)", re.IGNORECASE)


@cache
def engine() -> Engine:
    return Engine(load_knowledge(KNOWLEDGE))


def ask(question: str) -> Answer:
    return engine().ask(question)


@pytest.mark.parametrize(
    "question",
    [
        "how is the openai amd agreement characterized size-wise",  # "openai amd" is no misspelt "openai"
        "openai amd deal size",
        "wie groß ist der openai amd deal",
    ],
)
def test_a_deal_named_with_a_company_never_borrows_other_deals_figures(question: str) -> None:
    answer = ask(question)
    text = answer.answer + " ".join(f.text for f in answer.figures)
    assert not OTHER_DEALS.search(text), text
    assert {c.document[:3] for c in answer.citations} <= {"002"}


def test_misspelt_company_alias_stands_for_the_company() -> None:
    answer = ask("was macht oracel bei stargate")
    assert answer.answered
    assert "infrastruktur" in answer.answer.lower()


@pytest.mark.parametrize(
    "question",
    [
        "How many people does Stargate employ at present?",
        "wie viele jobs hat stargate zurzeit geschaffen",
        "how many employees does stargate have in total rn?",  # chat's "right now"
    ],
)
def test_the_state_now_is_not_answered_by_a_plan(question: str) -> None:
    # "expected to create more than 100,000 jobs" is a plan, not today's staff
    answer = ask(question)
    assert not answer.answered and "100" not in answer.answer, answer.answer


def test_a_duration_asked_by_its_noun_needs_no_sentence_saying_the_noun() -> None:
    # "Laufzeit" asks the kind, as "wie lange" does: the sentence says "über die kommenden vier Jahre"
    answer = ask("stargate laufzeit jahre")
    assert answer.answered and "4 years" in answer.answer.split("\n")[0], answer.answer


def test_a_products_name_is_a_word_asked_and_context_to_a_figure() -> None:
    assert "Abilene" in ask("gb200 where").answer  # a model number is no figure of the question
    figure = ask("the GB200 site – how many gigawatts can those data centers consume?")
    assert figure.answered and "4" in figure.answer.split("\n")[0]


def test_a_percent_sign_alone_asks_a_percentage() -> None:
    from bot.engine.text import normalize

    assert normalize("um wie viel % stieg") == "um wie viel prozent stieg"
    assert normalize("stieg um 4,4 %") == "stieg um 4 4"  # a figure's unit is parsed with the figure
    assert "4" in ask("what % did nvda gain after the openai deal?").answer


def test_a_number_quoted_with_its_unit_names_no_fact_of_another_unit() -> None:
    # "10 per cent" is no claim about the 10 GW; "10 gw" is
    assert not ask("is it true nvidia gets a 10 per cent stake in openai?").answered
    assert "10 GW" in ask("stimmt es, dass nvidia 10 gw baut?").answer


def test_a_title_claimed_of_a_person_named_is_told_right() -> None:
    for question in (
        "greg brockman cto von openai?",
        "greg brockman – was ist der bei oai nochmal, cto?",
        "is it true greg brockman is oai's cto?",
    ):
        answer = ask(question)
        assert answer.answered and "Präsident" in answer.answer, question
    # a chief of one function asked is no chief executive: OpenAI's CEO is not its CFO
    assert not ask("oai cfo name?").answered
    # "day job" asks a job, no day
    assert "CEO" in ask("masayoshi son - what's his day job?").answer


def test_power_asked_in_megawatts_is_the_fact_in_gigawatts_converted() -> None:
    answer = ask("wie viele MW braucht stargate in abilene?")
    assert answer.answered and "4.500 MW" in answer.answer


def test_a_claim_checked_asks_the_kind_of_figure_it_states_to_be_told_the_right_one() -> None:
    # a wrong figure claimed is answered with the right one, heard from anyone in any channel
    assert "500" in ask("stargate is part of a 50bn us ai push, right?").answer
    assert "4" in ask("someone in #trading said nvda ripped 10% on the openai deal, true?").answer
    assert (
        "10 GW"
        in ask("Stimmt es, dass OpenAI mit Broadcom 100 GW an KI-Beschleunigern entwickeln will?").answer
    )
    # ... a right one where a sentence states it; a claimed rise is no sentence's 10 GW
    assert (
        "10" in ask("true that nvda had already committed up to 10 gw with oai before the avgo deal?").answer
    )
    assert not ask("stimmt es, dass die broadcom aktie nach dem openai deal um 10 % gestiegen ist?").answered
    # a remark after the question in words no article uses tells nothing; one the articles use may
    heard = ask("stimmt es dass nvidia 200 milliarden in openai steckt?? hab das auf twitter gelesen")
    assert "100" in heard.answer


def test_what_a_companys_chief_said_is_said_by_that_companys_chief() -> None:
    # the article quotes OpenAI's CEO on the Broadcom deal, and no one of Broadcom
    assert not ask("what did broadcom's ceo say about the oai partnership?").answered
    # a fact on the AMD agreement quotes nobody of AMD
    assert not ask("What did AMD's chief executive say about the OpenAI agreement?").answered
    # "sagen Sie mir, wer …" asks who, not what someone said
    assert "Son" in ask("Würden Sie mir sagen, wer als Vorsitzender von Stargate fungieren wird?").answer
    assert "Altman" in ask("what did openai's ceo say about the broadcom partnership?").answer


def test_a_ticker_names_its_company_not_only_the_deal() -> None:
    # no article names Broadcom's chief: the other party's CEO is no answer
    assert not ask("who's avgo's ceo?").answered
    answer = ask("wie viel investiert nvda in oai")
    assert answer.answered and "100" in answer.answer
    # Oracle's role, not SoftBank's
    assert "infrastruktur" in ask("was macht orcl bei stargate").answer.lower()
    # the ticker names the company's article
    assert ask("what worries does the avgo article raise about oai's money situaton").answered


@pytest.mark.parametrize(
    "question",
    [
        "who is openai's cfo",  # the CEO's statement is no answer
        "Was kostet der Standort Abilene allein?",  # the project's total is not the site's
        "wann ist stargate fertig",  # an investment period is no completion date
        "Wie viel Prozent von OpenAI gehören durch den Deal künftig Nvidia?",  # 100 Mrd. is no percentage
        "was kostet die nvidia aktie gerade in dollar",  # a share price
        "what is the capital of texas",  # Texas points at Stargate, never at NVIDIA's stock
        "Welchen finanziellen Umfang in US-Dollar hat die Vereinbarung zwischen OpenAI und Broadcom?",
        "wie hoch sind die stromkosten von stargate",  # the investment is no power bill ("Kosten" is a part)
        "how many gpus did openai have before the ramp",  # the plan is no count before it
        # one day asked, though the question names two things a fact set could each answer
        "wann genau, also an welchem tag, geht das erste nvidia gigawatt live?",
    ],
)
def test_traps_are_declined(question: str) -> None:
    assert not ask(question).answered


def test_a_greeting_in_regional_german_is_no_name_asked() -> None:
    answer = ask("Grüss Gott, wie viele GPUs will OpenAI bis Ende 2025 in Betrieb nehmen?")
    assert answer.answered and "1 Million" in answer.answer


def test_size_of_a_deal_gives_money_and_capacity() -> None:
    answer = ask("wie groß ist stargate")
    assert answer.answered
    assert "500" in answer.answer and "4,5 GW" in answer.answer
    assert answer.conflict  # 500 vs 5000 Mrd. between the articles is shown, not settled


def test_either_or_figures_show_both_sources() -> None:
    answer = ask("nvidia aktie mehr als 4% oder 4,4%? was stimmt jetzt")
    assert answer.answered
    assert "4,4" in answer.answer and "mehr als 4" in answer.answer


def test_publication_date_comes_from_the_article_itself() -> None:
    answer = ask("wann ist der artikel über oracle und stargate erschienen")
    assert answer.answered
    assert "24. Juli 2025" in answer.answer
    assert [c.document[:3] for c in answer.citations] == ["004"]
    assert "2025/07/24" in answer.citations[0].quote  # verbatim from the page, not from the metadata


def test_an_article_without_a_date_says_so() -> None:
    answer = ask("when was the broadcom article published")
    assert not answer.answered
    assert "no publication date" in answer.answer


def test_a_person_asked_by_a_role_is_never_a_fact_naming_nobody() -> None:
    # the curated fact on the big companies' own chips names Amazon, and no person
    answer = ask("welcher amazon-gründer wird im broadcom-artikel erwähnt")
    assert answer.answered and "Bezos" in answer.answer.splitlines()[0], answer.answer


def test_no_date_asked_of_one_event_shows_anothers() -> None:
    # "no date for that", then the first phase's half-year, would read as the signing's date
    answer = ask("on what exact date was the nvidia openai letter of intent signed?")
    assert not answer.answered and "2026" not in answer.answer, answer.answer


def test_what_a_named_person_thinks_is_what_they_said() -> None:
    # "think" asks the words of the one named, not the capacity fact that "compute" scores
    answer = ask("what does altman think compute is, according to the nvidia announcement?")
    assert answer.answered and "foundation" in answer.answer.splitlines()[0], answer.answer
    assert "10 GW" not in answer.answer, answer.answer


def test_people_working_at_a_site_are_not_the_whole_projects_jobs() -> None:
    # the jobs fact is the whole project's, and other facts of the deal name the site
    answer = ask("wie viele leute sollen später im abilene cluster arbeiten")
    assert "100.000" not in answer.answer and "100,000" not in answer.answer, answer.answer
    # ... while the project's jobs are still its jobs
    answer = ask("wie viele arbeitsplätze schafft stargate")
    assert answer.answered and "100.000" in answer.answer.splitlines()[0], answer.answer


def test_a_company_asked_by_what_an_article_calls_it_is_that_company() -> None:
    # "NVIDIA, der König der Grafikprozessoren,": the GPU maker, the graphics-chip king
    answer = ask("how much is the gpu maker putting into openai, max")
    assert answer.answered and "100" in answer.answer.splitlines()[0], answer.answer
    answer = ask("who's the founder and ceo of the gpu maker quoted in the openai deal")
    assert answer.answered and "Huang" in answer.answer, answer.answer
    # "Oracle, ein führendes Unternehmen im Bereich Cloud-…": its own part of the project is not given
    answer = ask("how much is the cloud giant itself putting into stargate")
    assert not answer.answered and "500" not in answer.answer, answer.answer
    # a description no article gives ("the chip designer") names nobody: no other company's CEO
    answer = ask("who's the ceo of the chip designer openai partnered with for custom accelerators")
    assert "Altman" not in answer.answer and "Huang" not in answer.answer, answer.answer


def test_the_part_one_holds_alone_is_not_what_a_group_holds_together() -> None:
    answer = ask("wie viele gw hat nur der abilene site allein, not the whole network")
    assert "4,5" not in answer.answer and "4.5" not in answer.answer, answer.answer


def test_a_deal_named_by_its_alias_is_not_answered_by_another_deals_sentence() -> None:
    # the GPU article also speaks of the named deal; its "bis 2025 mehr als 1 Mio. GPU" is the other deal's
    answer = ask("abilene fully online in welchem jahr")
    assert "2025" not in answer.answer, answer.answer


def test_a_company_described_as_no_article_describes_one_gets_no_other_deals_figure() -> None:
    # no article calls a company a "Chipdesigner": the jobs of another deal are not its deal's
    answer = ask("wie viele arbeitsplätze bringt der deal mit dem chipdesigner")
    assert "100.000" not in answer.answer and "100,000" not in answer.answer, answer.answer


def test_a_message_telling_before_it_asks_is_answered_for_what_it_asks() -> None:
    from bot.engine.compound import told_then_asked

    # a lead-in of a few words, or a short "Stimmt das?" after a claim, is part of the question
    assert told_then_asked("Stargate: wie viel GW?") is None
    assert told_then_asked("Nvidia investiert 100 Mrd. in OpenAI. Stimmt das?") is None
    # the stock talked about first is not the stake asked after it
    answer = ask(
        "hab mir gestern die Nvidia-Aktie angeschaut, crazy run. my question though: what percentage stake "
        "in OpenAI does Nvidia actually get for its investment?"
    )
    assert "4" not in answer.answer.splitlines()[0], answer.answer
    # ... and a long story before the question no longer drowns it
    answer = ask(
        "Also ich lese seit Tagen diese ganzen Stargate-Artikel und verliere langsam den Überblick, wer da "
        "was macht. SoftBank, Oracle, Microsoft, alles durcheinander. Wer ist denn jetzt eigentlich "
        "Vorsitzender von Stargate?"
    )
    assert answer.answered and "Son" in answer.answer, answer.answer
    # the company a pointing question means is the one the story named
    answer = ask("I was reading about the Abilene site on the train yesterday. How big is it in acres?")
    assert answer.answered and "1,000" in answer.answer, answer.answer


def test_a_figure_asked_of_one_year_is_not_another_years_or_several_years() -> None:
    # "by the end of 2025" is no target for the end of 2026
    answer = ask("What's OpenAI's GPU count target for the end of 2026 then?")
    assert not answer.answered and "million" not in answer.answer, answer.answer
    # a sum over four years, or one no year dates, is not 2026's alone
    answer = ask("whats das stargate budjet nur für 2026?")
    assert not answer.answered and "500" not in answer.answer, answer.answer
    # ... nor without "nur": a figure no year dates is no year's ("up to 4.5 GW", "up to $100 billion")
    answer = ask("How many GW will Stargate have in 2030?")
    assert not answer.answered and "4.5" not in answer.answer, answer.answer
    answer = ask("How much will Nvidia invest in OpenAI in 2026 specifically?")
    assert not answer.answered and "100" not in answer.answer, answer.answer
    # ... but a year claimed is checked against the article's
    answer = ask("oai wants 1m gpus by end of 2026 right?")
    assert answer.answered and "2025" in answer.answer, answer.answer


def test_an_amount_asked_from_a_source_is_not_the_whole() -> None:
    from bot.engine.asked import asked

    said = "wie viel strom kommt from renewables bei stargate in gw".split()
    assert asked(said, " ".join(said), {"stargate"}).source == ("renewables",)
    said = "wer kommt von openai zu wort".split()
    assert asked(said, " ".join(said), {"openai"}).source == ()  # a name: who, not where from
    # the deal's whole power is no part of it from renewables
    answer = ask("Wie viel Strom kommt from renewables bei Stargate, in GW?")
    assert "4,5" not in answer.answer and "4.5" not in answer.answer, answer.answer


def test_a_drop_asked_is_no_rise_and_a_place_set_aside_is_no_whole() -> None:
    answer = ask("how much did nvidia stock drop the week after? 📉")
    assert "4" not in answer.answer.splitlines()[0], answer.answer
    # ... while a claim checked gets the article's figure
    answer = ask("stimmt es dass die nvidia aktie gefallen ist?")
    assert answer.answered and "4" in answer.answer, answer.answer
    # "not just Abilene": Abilene's acres are what is set aside
    answer = ask("wie viele acres hat das ganze stargate netzwerk zusammen, not just abilene?")
    assert "1000" not in answer.answer and "1,000" not in answer.answer, answer.answer


def test_a_figure_asked_in_another_unit_of_its_kind_is_converted() -> None:
    from bot.engine.conversion import asked_in, converted

    assert converted(10, "GW", "MW") == 10_000
    assert converted(10, "GW", "GWh") is None  # power is no energy
    assert asked_in("the 10 GW — how many MW is that?", "GW") == "MW"
    answer = ask("broadcom deal 10 GW = wie viele MW?")
    assert answer.answered and "10.000 MW" in answer.answer, answer.answer
    answer = ask("abilene gelände in hektar pls")
    assert answer.answered and "404,7 ha" in answer.answer, answer.answer


def test_a_count_asked_in_thousands_counts_the_noun() -> None:
    answer = ask("wie viele tausend jobs schafft stargate?")
    assert answer.answered and "100.000" in answer.answer, answer.answer


def test_a_bare_role_asked_of_a_company_is_who_holds_it() -> None:
    # "brodcom ceo?": a person of that company, never another company's chief quoted in its article
    answer = ask("brodcom ceo?")
    assert "Altman" not in answer.answer, answer.answer
    answer = ask("openai ceo?")
    assert answer.answered and "Altman" in answer.answer, answer.answer


def test_a_title_asked_is_the_one_titled_so_and_a_source_named_is_no_topic() -> None:
    # "laut NVIDIA-Artikel Präsident von OpenAI": the president, not the CEO quoted beside him
    answer = ask("Wer ist laut NVIDIA-Artikel Präsident von OpenAI?")
    assert answer.answered and "Brockman" in answer.answer.splitlines()[0], answer.answer


def test_which_makers_asks_companies() -> None:
    answer = ask("von welchen chipherstellern wollen openai & co unabhängiger werden?")
    assert answer.answered and "NVIDIA" in answer.answer and "AMD" in answer.answer, answer.answer


def test_a_phrase_quoted_to_be_explained_is_answered_by_the_sentence_saying_it() -> None:
    answer = ask("What is meant by 'Wertschöpfungskette' in the Nvidia article?")
    assert answer.answered and "Wertschöpfungskette" in answer.answer, answer.answer
    # a curated fact that says it still answers first
    answer = ask("What does 'hundertfacher Ausbau' mean in the Altman GPU article?")
    assert answer.answered and ("hundred" in answer.answer or "100" in answer.answer), answer.answer


def test_an_ordinal_asks_that_part_and_a_duration_belongs_to_the_noun_it_lasts() -> None:
    # "the first gigawatt … in the second half of 2026": the first part's, not the second's
    for question in (
        "when is the second gigawatt of the nvidia deal coming online?",
        "when does the 2nd gigawatt of the nvidia deal come online?",  # an ordinal in digits
    ):
        answer = ask(question)
        assert not answer.answered and "2026" not in answer.answer, answer.answer
    answer = ask("wann geht die erste phase von nvidia online")
    assert answer.answered and "2026" in answer.answer, answer.answer
    # "die mehr als ein Jahrzehnt andauernde Zusammenarbeit" is no term of the investment
    answer = ask("Wie viele Jahre läuft das Investment von Nvidia in OpenAI?")
    assert not answer.answered and "Jahrzehnt" not in answer.answer, answer.answer


def test_juice_is_chat_for_power() -> None:
    answer = ask("How much juice is the Nvidia/OpenAI partnership targeting? ⚡")
    assert answer.answered and "10" in answer.answer, answer.answer


def test_since_how_many_years_asks_a_duration() -> None:
    # "seit wie vielen Jahren": a number of years, which a sentence naming the partners alone does not give
    answer = ask("Seit wie vielen Jahren ist Oracle schon Partner von OpenAI?")
    assert not answer.answered, answer.answer
    answer = ask("in wie vielen jahren soll das stargate-geld verbaut werden")
    assert answer.answered and "vier" in answer.answer.lower(), answer.answer


def test_when_something_was_announced_is_no_deadline_it_names() -> None:
    # "Bis Ende 2025 sollen über 1 Million GPU online gehen": when the GPUs are due, not when Altman said so
    for question in (
        "wann genau hat altman den 1 mio gpu post gemacht?",
        "when exactly did altman post the 1 million gpu thing",
    ):
        answer = ask(question)
        assert not answer.answered and not answer.answer.startswith(("Laut", "According")), answer.answer
    # ... but "bis wann", with the announcement an adjective, asks the deadline
    answer = ask("bis wann soll die angekündigte GPU-Zahl erreicht sein?")
    assert answer.answered and "2025" in answer.answer, answer.answer


def test_a_share_price_asked_is_no_sum_invested() -> None:
    # "Kurs" names a share's price: Nvidia's 100 bn for OpenAI is none; "Kursreaktion" is still a move
    answer = ask("nvda kurs nach dem deal in dollar?")
    assert not answer.answered and "100" not in answer.answer, answer.answer
    answer = ask("kursreaktion nvidia openai")
    assert answer.answered and "4" in answer.answer, answer.answer


def test_a_companys_capitals_name_it() -> None:
    # "sb" is SoftBank's capitals: its own part in Stargate the articles do not give, so not Stargate's total
    answer = ask("wie viel $ steckt sb in stargate? need the number")
    assert not answer.answered and "500" not in answer.answer, answer.answer


def test_deep_pockets_ask_money_and_rechenpower_asks_compute() -> None:
    for question in (
        "how deep are nvidia's pockets for oai??",
        "wie tief greift nvidia für openai in die tasche?",
    ):
        answer = ask(question)
        assert answer.answered and "100" in answer.answer.splitlines()[0], answer.answer
    answer = ask("wie viel rechenpower soll der nvda oai deal mindestens bringen")
    assert answer.answered and "10" in answer.answer, answer.answer


def test_a_last_question_without_words_of_its_own_asks_of_the_sentence_before() -> None:
    # "… i'm missing one number: the jobs figure for stargate. what does the article say?"
    answer = ask(
        "morning folks ☕ i'm writing a short note for our fund on the openai compute buildout. most of it "
        "is done but i'm missing one number: the jobs figure for stargate. what does the article say?"
    )
    assert answer.answered and "100" in answer.answer.splitlines()[0], answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "how many jobs has stargate already created so far?",  # what is done so far: no plan answers it
        "wie viele arbeitsplätze hat stargate bislang geschaffen",
        "how many cooling specialists will stargate hire?",  # specialists are counted, not the cooling
        "by when will all 10gw of nvda systems for oai be online",  # all of it: no first phase's date
        "wie viele jobs direkt in abilene vor ort",  # the jobs at one site: the whole project's are none
    ],
)
def test_a_count_done_so_far_or_of_a_qualified_noun_is_no_plan_nor_other_figure(question: str) -> None:
    answer = ask(question)
    assert not answer.answered
    assert "100" not in answer.answer and "4,5" not in answer.answer and "4.5" not in answer.answer


def test_a_figure_asked_in_another_unit_is_the_deals_fact_in_that_unit() -> None:
    # the deal's best fact on the chips says no figure; its capacity, in gigawatts, is told in MW
    answer = ask("avgo oai custom chips capacity in mw?")
    assert answer.answered and "10,000 MW" in answer.answer
    # ... but a part of a sum asked ("how much of … goes to energy") is no whole in the sum's unit
    part = ask("how much of nvda's hundred billion goes to energy supply specifically")
    assert not part.answered and "100" not in part.answer


def test_what_the_article_says_and_how_it_introduces_a_person() -> None:
    # "heißt es 'bis zu' oder 'mindestens'": what the article says, no name asked
    said = ask("openai x broadcom: heißt es 'bis zu' oder 'mindestens' 10 gw?")
    assert said.answered and "bis zu 10 GW" in said.answer
    # "how is X introduced": the title the article gives the person
    introduced = ask("how is jeff bezos introduced in the broadcom article?")
    assert introduced.answered and "Amazon-Gründer" in introduced.answer.split("\n")[0]


def test_where_a_thing_was_announced_is_the_medium_it_was_said_on() -> None:
    answer = ask("where did altman drop the 1m gpu announcement?")
    assert answer.answered and "sozialen Medien" in answer.answer.split("\n")[0]


def test_where_is_asked_whatever_sum_the_question_names() -> None:
    # "die 1-Mio-GPU-Ansage": a sum named in passing; "wo" asks where, and an "Ansage" is an announcement
    answer = ask("wo hat altman die 1-mio-gpu-ansage gemacht")
    assert answer.answered and "sozialen Medien" in answer.answer.split("\n")[0]


def test_a_name_or_unit_typed_in_two_parts_is_one_word() -> None:
    answer = ask("broad com and open ai how many giga watts of accelerators")
    assert answer.answered and "10 GW" in answer.answer
    # ... not a word and a letter ("what's": "what", "s")
    assert ask("what's the financial worry about oai in the broadcom piece").answered


def test_what_a_phrase_means_asks_the_sentence_saying_it() -> None:
    answer = ask("ökologischer schwarzer schwan?? was meinen die damit")
    assert answer.answered and "schwarzen Schwan" in answer.answer


def test_qualifier_asked_a_unit_in_chat_and_one_figure_twice() -> None:
    # "heißt das mindestens oder bis zu": what the article says, no name asked
    said = ask("10 GW bei Broadcom – heißt das „mindestens“ oder „bis zu“?")
    assert said.answered and "bis zu 10 GW" in said.answer
    # "how many gigs": a unit, no thing counted
    drawn = ask("how many gigs (GW) can the OpenAI/Oracle Stargate centres draw at most?")
    assert drawn.answered and "4.5 GW" in drawn.answer
    # one figure stated twice ("10GW" typed onto its unit): each side by its name
    # ... found, but a floor ("at least 10 GW") and a ceiling ("up to 10 GW") have no sum: each is quoted
    added = ask("if you add the nvidia 10GW and the broadcom 10GW together, what do you get?")
    assert not added.answered and "20 GW" not in added.answer
    assert "at least 10 GW (nvidia)" in added.answer and "up to 10 GW (broadcom)" in added.answer
    same = ask("nvidia 10gw vs broadcom 10gw, which one is bigger")
    assert same.answered and "Both the same" in same.answer


def test_the_value_of_a_measure_no_article_names_is_declined() -> None:
    answer = ask("wie hoch ist der PUE-wert der stargate rechenzentren")
    assert not answer.answered and "500" not in answer.answer


def test_a_company_s_value_on_the_exchange_is_no_move_of_its_stock() -> None:
    # "Börsenwert" is the market capitalisation, which no article gives; the 4.4 % rise is another figure
    value = ask("Wie hoch ist Nvidias Börsenwert nach dem Deal?")
    assert not value.answered and "4,4" not in value.answer
    assert ask("um wie viel stieg die nvidia aktie").answered


def test_a_term_asked_is_no_span_a_collaboration_has_lasted() -> None:
    # "die mehr als ein Jahrzehnt andauernde Zusammenarbeit" has lasted; it is no term of the deal
    answer = ask("über wie viele jahre läuft der nvidia-openai deal genau?")
    assert not answer.answered and "Jahrzehnt" not in answer.answer.split("\n")[0]


@pytest.mark.parametrize(
    "question",
    [
        "how viele jobs bringt der nvidia openai 10 gw buildout?",
        "what did zuck say about the nvidia openai 10gw deal",
        "how much is avgo getting paid for the 10 gw",
    ],
)
def test_the_unit_of_a_figure_the_asker_gives_asks_nothing(question: str) -> None:
    # "the 10 GW buildout" names the deal by what the asker knows; the jobs, words or pay asked are not
    # its capacity
    answer = ask(question)
    assert not answer.answered and not re.search(r"\b10 ?GW\b", answer.answer.split("\n")[0])


@pytest.mark.parametrize("question", ["abilene hat 5gw, stimmt das?", "abilene has 5gw, right?"])
def test_a_figure_typed_with_its_unit_in_a_claim_is_told_right(question: str) -> None:
    answer = ask(question)
    assert answer.answered and re.search(r"4[,.]5 GW", answer.answer)


def test_a_percentage_stated_leaves_a_price_asked() -> None:
    question = "Zu welchem Preis je Aktie kann Gründer Jane Roe seine restlichen 22 Prozent verkaufen?"
    # "22 Prozent" is what she holds; the price of one share is asked
    assert asked(words(question), question, {"jane", "roe"}).kind is Kind.MONEY


def test_a_count_written_after_its_noun_asks_how_many() -> None:
    # chat's "gpu count": how many GPUs
    assert counts_written_out(["nvda", "deal", "gpu", "count"]) == ["nvda", "deal", "number", "of", "gpu"]
    answer = ask("nvda deal gpu count?")
    assert answer.answered and "GPU" in answer.answer


def test_a_figure_stated_names_its_deal_where_no_deal_is_named() -> None:
    # "4.5 gw" is the one deal's figure: another deal's gigawatts make it no closer call
    answer = ask("4.5 gw: up to or at least?")
    assert answer.answered and re.search(r"4[.,]5 GW", answer.answer) and "10 GW" not in answer.answer


def test_per_a_name_at_the_end_is_according_to_it() -> None:
    # chat's "… per huang?": according to him (a rate is "per Vera Rubin GPU", a name before a noun)
    answer = ask("how long have nvidia and openai been working together per huang?")
    assert answer.answered and "Jahrzehnt" in answer.answer


def test_a_role_claimed_of_the_wrong_person_is_answered_with_its_holder() -> None:
    # "stimmt es dass Jensen Chairman von Stargate ist": asked without the person, who holds the role
    for question in (
        "stimmt es dass jensen chairman von stargate ist?",
        "is jensen the chairman of stargate?",
    ):
        answer = ask(question)
        assert answer.answered and "Masayoshi Son" in answer.answer, answer.answer
    # German chat's "Saft" is power, as "juice" is
    juice = ask("wie viel saft zieht das abilene ding?")
    assert juice.answered and "4,5" in juice.answer, juice.answer


def test_what_is_set_aside_is_not_asked_and_which_deal_came_first() -> None:
    # "besides gpus": the GPUs are set aside; what the investment covers is asked
    covered = ask("what does nvda's 100bn cover besides gpus?")
    assert covered.answered and "power supply" in covered.answer, covered.answer
    # "amd oder broadcom zuerst": the sentence saying one followed the other ("folgt kurz auf")
    first = ask("amd oder broadcom zuerst?")
    assert first.answered and "folgt kurz auf" in first.answer, first.answer


def test_already_asks_the_state_now() -> None:
    # "wieviel … schon live": the state today, which a planned capacity is not
    live = ask("abilene wieviel mw sind schon live?")
    assert not live.answered and "4,5" not in live.answer, live.answer


def test_a_place_no_article_names_and_a_partys_own_share() -> None:
    # "the Stargate site in Michigan": a place no article names, whose capacity no figure gives
    michigan = ask("What is the capacity of the Stargate site in Michigan?")
    assert not michigan.answered and "4.5" not in michigan.answer, michigan.answer
    # ... but "im Rahmen der Partnerschaft" is a phrase, no place
    frame = ask(
        "Wie hoch ist die maximale Investitionssumme, die NVIDIA im Rahmen der Partnerschaft in Aussicht "
        "stellt?"
    )
    assert frame.answered and "100" in frame.answer, frame.answer
    # "wie viel investiert SoftBank selbst": the deal's total is not SoftBank's own share
    own = ask(
        "masa ist ja chairman von stargate, aber wie viel investiert softbank selbst konkret in das projekt? "
        "ich find nur gesamtsummen und keinen softbank-anteil, steht das irgendwo?"
    )
    assert "500" not in own.answer, own.answer


def test_exactly_asked_adds_the_exact_figure() -> None:
    # "wie viel Prozent genau": beside "mehr als 4 %", the fact giving 4,4 %
    exact = ask("boah nvda ist nach den oai news direkt hochgegangen, wie viel prozent genau?")
    assert exact.answered and "4,4" in exact.answer, exact.answer


def test_chat_ways_of_asking_for_a_summary_a_claim_and_a_product() -> None:
    # "fass … zusammen": the summary verb split around its object, in German; "nvda x oai": the pair
    summed = ask("fass den broadcom-artikel zusammen")
    assert summed.answered and "Broadcom" in summed.answer and "Beschleuniger" in summed.answer, summed.answer
    pair = ask("tl;dr nvda x oai deal pls")
    assert pair.answered and "100" in pair.answer, pair.answer
    # "…, korrekt?": a claim checked, answered with the year the article gives
    claim = ask("OpenAI will bis Ende 2026 eine Mio GPUs online bringen, korrekt?")
    assert claim.answered and "2025" in claim.answer, claim.answer
    # "GB200s": the product the articles name, with an English plural
    product = ask("GB200s deployed where??")
    assert product.answered and "Abilene" in product.answer, product.answer


def test_which_article_is_answered_by_its_number() -> None:
    # "which article mentions Bezos": a curated answer names the article it quotes first
    bezos = ask("which article mentions jeff bezos?")
    assert bezos.answered and bezos.answer.startswith("Article 002"), bezos.answer
    small_town = ask("welcher artikel vergleicht 10 GW mit dem stromverbrauch einer kleinstadt?")
    assert small_town.answered and small_town.answer.startswith("Artikel 001"), small_town.answer
    # "which article says …": the article says it, no one's words are asked
    acres = ask("which article says the abilene site is 1000 acres?")
    assert acres.answered and "003" in acres.answer and "1000" in acres.answer, acres.answer
    # ... while "what did Bezos say according to the article" asks his words, no article
    said = ask("what did bezos say acc. to the article?")
    assert said.answered and not said.answer.startswith("Article"), said.answer


def test_an_open_question_of_a_year_no_sentence_gives() -> None:
    # "target for end of 2026": the articles give the target for the end of 2025, which is another year's
    other = ask("what's altman's GPU target for end of 2026?")
    assert not other.answered and "1 million" not in other.answer, other.answer
    same = ask("what's altman's GPU target for end of 2025?")
    assert same.answered and "2025" in same.answer, same.answer


def test_a_figure_the_asker_states_wrongly_is_put_right() -> None:
    # "since stargate only creates like 10k jobs": the answer on the roles, and the jobs the articles give
    roles = ask("since stargate only creates like 10k jobs, what kinds of roles are those?")
    assert roles.answered and "engineers" in roles.answer and "100,000" in roles.answer, roles.answer
    # "since nvidia is putting 50bn into oai": the first phase's date, and the sum the articles give
    phase = ask("since nvidia is putting 50bn into oai, when does the first phase actually go live?")
    assert phase.answered and "2026" in phase.answer and "100 billion" in phase.answer, phase.answer
    # ... but a figure stated right adds nothing
    right = ask("since stargate creates more than 100k jobs, what kinds of roles are those?")
    assert right.answer.count("100,000") <= 1, right.answer


def test_which_article_gives_a_figure_the_question_states() -> None:
    # "welcher Artikel nennt die 4,4 % Kursplus": the one article whose sentence gives 4,4 %
    rise = ask("welcher artikel nennt die 4,4 % kursplus?")
    assert rise.answered and "001" in rise.answer and "4,4" in rise.answer, rise.answer


def test_a_list_asked_by_command_and_a_deals_own_fact_on_its_partners() -> None:
    # "list …", "nenne …", "zähl … auf": what is asked, no word a sentence must say; the deal's own
    # fact on its partners, not another deal's partner network that names it among them
    for question in ("list the partners of Stargate", "nenne die partner von stargate"):
        partners = ask(question)
        assert partners.answered and "Oracle" in partners.answer and "SoftBank" in partners.answer, (
            partners.answer
        )
        assert partners.facts == ["stargate-partners"], partners.facts
    # ... but a supplier of cooling is asked, which no partner fact says
    assert not ask("welche firma liefert die kühlung für stargate?").answered


def test_a_rise_stated_then_a_share_price_asked_is_no_rise() -> None:
    # "the 4.4% rise — what was the share price in dollars": the price, which no article gives
    price = ask("the 4.4% rise — what was nvidia's share price in dollars?")
    assert not price.answered, price.answer
    assert ask("did nvidia's stock rise 4.4%?").answered


def test_an_article_named_by_the_day_it_was_published() -> None:
    # "im Artikel vom 24.07.2025", "the july 24 2025 post": the article published that day, and its date is
    # no figure stated
    for question, figure in (
        ("Im Artikel vom 24.07.2025 — wie viele GW?", "4,5"),
        ("the july 24 2025 post: how many jobs?", "100,000"),
    ):
        dated = ask(question)
        cited = {c.document.split("_")[0] for c in dated.citations}
        assert dated.answered and cited == {"004"} and figure in dated.answer, (cited, dated.answer)


def test_two_deals_compared_get_a_verdict() -> None:
    # "which deal is bigger": their money, and which is the larger (500 bn either way above 100 bn)
    bigger = ask("which deal is bigger, nvidia or stargate?")
    assert bigger.answer.startswith("Larger: Stargate project ($500 billion)"), bigger.answer
    # the same figure told with each deal's own qualifier, never one qualifier for both
    same = ask("mehr GW: broadcom oder nvidia?")
    first = same.answer.split("\n")[0]
    assert "at least 10 GW" in first and "up to 10 GW" in first, same.answer


def test_a_deal_put_aside_is_no_subject() -> None:
    # "not stargate, the broadcom one", "Broadcom und NVIDIA mal beiseite – …": the deal left is asked
    broadcom = ask("not stargate, the broadcom one: how many GW?")
    assert broadcom.answered and broadcom.deals == ["openai-broadcom"], broadcom.answer
    stargate = ask("broadcom und nvidia mal beiseite – wie viele arbeitsplätze bringt stargate?")
    assert stargate.answered and "100.000" in stargate.answer, stargate.answer


def test_a_wrong_role_claimed_of_a_person_names_who_holds_it() -> None:
    # "altman is ceo of nvidia right?": who Altman is, and who the article says is NVIDIA's CEO
    claimed = ask("altman is ceo of nvidia right?")
    first = claimed.answer.split("\n")[0]
    assert "Sam Altman – CEO, OpenAI" in first and "Jensen Huang (CEO, NVIDIA)" in first, claimed.answer
    # ... and a right one names nobody else
    right = ask("ist sam altman ceo von openai?")
    assert "·" not in right.answer.split("\n")[0], right.answer


def test_a_deals_figures_asked_for_are_its_overview() -> None:
    # "stargate numbers?", "Eckdaten": every figure of the deal, not one sentence on its energy questions
    numbers = ask("stargate numbers?")
    assert numbers.answered and "500" in numbers.answer and "4.5 GW" in numbers.answer, numbers.answer


@pytest.mark.parametrize(
    "question",
    [
        "oracle stargate contract value?",  # a capacity fact is no value
        "nvidia capex plan for 2026?",  # a timeline's year is no sum
        "openai verlust 2024 in mrd?",  # "mangelnde Profitabilität" gives no loss
        "which utility is powering the abilene site?",  # a company asked: "Nutzung" names none
        "welcher versorger liefert den strom für abilene",  # SoftBank, who finances, is no utility
        "Welcher Kühlungsanbieter, z. B. Vertiv oder Schneider, liefert für Stargate?",
        "Was sind die 100 Mrd Dollar von Nvidia in Euro, laut Artikel?",  # the dollars given are not asked
        "the 10 GW is compared to a town - which town, by name?",  # "eine Kleinstadt" names no town
    ],
)
def test_a_sum_or_a_company_asked_is_given_only_by_one(question: str) -> None:
    answer = ask(question)
    assert not answer.answered, answer.answer


def test_a_sum_named_by_its_scale_alone_may_be_a_count() -> None:
    # "Mrd", "million" scale counts as well: "eine Million GPUs" stays a count's answer
    gpus = ask("stimmt es dass openai bis ende 2025 über ne million gpus online bringen will?")
    assert gpus.answered and "1" in gpus.answer.split("\n")[0], gpus.answer


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        # a platform a claim was read on is no subject; "legit?" checks the claim
        ("saw a guy on twitter say stargate creates 10,000 jobs. legit?", "100,000"),
        # "Stimmt die Zahl?" asks of a number: nothing is paid ("Zahl" is no "zahlt")
        (
            "Altman will bis Ende 2025 eine Milliarde GPUs online bringen, hab ich gelesen. Stimmt die Zahl?",
            "1 Million",
        ),
        # ... and a tail of no question ("Brauch die Zahl für mein Deck") leaves it asked
        ("Abilene soll ja 45 Gigawatt ziehen, passt das so? Brauch die Zahl für mein Deck", "4,5 GW"),
    ],
)
def test_a_claim_checked_with_a_wrong_figure_gets_the_right_one(question: str, figure: str) -> None:
    answer = ask(question)
    assert answer.answered and figure in answer.answer.split("\n")[0], answer.answer


def test_figures_asked_of_a_deal_that_gives_none_are_not_given() -> None:
    # "alle Zahlen": no fact of the deal gives a figure, so none is given, and what the article says is shown
    figures = ask("Alle Zahlen zum AMD-Deal bitte")
    assert not figures.answered and "milliardenschwer" in figures.answer, figures.answer


def test_a_short_question_naming_its_deal_is_read_without_the_remark_after_it() -> None:
    answer = ask("stargate job count? politicians love that number lol")
    assert answer.answered and "100" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question", ["openai valuation laut den artikeln?", "openai bewertung laut artikel?"]
)
def test_a_value_asked_is_not_answered_by_risks_that_mention_valuations(question: str) -> None:
    answer = ask(question)
    assert not answer.answered, answer.answer
    assert ask("is openai profitable according to the broadcom article?").answered  # a state, told in words


def test_a_person_asked_from_a_company_is_one_of_that_company() -> None:
    answer = ask("who from nvidia is quoted in the openai announcement")
    assert answer.answered and "Huang" in answer.answer and "Altman" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question", ["did nvda pump after the openai announcement? by how much", "did nvda moon?"]
)
def test_a_traders_word_for_a_rise_asks_the_stocks_move(question: str) -> None:
    answer = ask(question)
    assert answer.answered and re.search(r"4[.,]4", answer.answer), answer.answer


def test_how_many_of_a_currency_asks_a_sum_in_it() -> None:
    answer = ask("how many yuan is the stargate figure")
    assert answer.answered and re.search(r"3[.,]59", answer.answer), answer.answer


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("broadcom ceo name?", Kind.PERSON),  # a field asked by its role: whoever holds it
        ("abilene: # of gb200s deployed?", Kind.COUNT),  # "#": a number of things
        ("openai annual loss?", Kind.MONEY),  # a sum by its noun
    ],
)
def test_a_field_asked_by_its_noun_alone_asks_its_kind(question: str, kind: Kind) -> None:
    assert asked(words(question), question, frozenset()).kind is kind


@pytest.mark.parametrize(
    "question",
    [
        "broadcom ceo name?",  # no article names Broadcom's CEO; OpenAI's is no answer
        "openai annual loss?",  # "lack of profitability" gives no sum
        "stargate: standorte anzahl",  # the flagship site is no number of sites
        "wie viele gpus braucht man für 1 gigawatt",  # the one-million plan is of no gigawatt
    ],
)
def test_a_field_the_articles_leave_empty_is_declined(question: str) -> None:
    answer = ask(question)
    assert not answer.answered and "Altman" not in answer.answer and "Million" not in answer.answer, (
        answer.answer
    )


def test_a_count_for_the_size_of_its_deal_is_the_deals() -> None:
    # the 10 GW network's GPUs: the deal of the 10 GW says "millions"
    answer = ask("how many gpus in the nvidia 10gw network?")
    assert answer.answered and "million" in answer.answer.lower(), answer.answer


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("macht openai gewinn?", Kind.MONEY),  # whether, by its verb: no field asked
        ("lock up für den gründer von acme?", Kind.WHAT),  # the role is whose the field is
        ("eigene chips oder nvidia gpus?", Kind.WHAT),  # which of two, no count
    ],
)
def test_a_question_with_a_verb_or_a_choice_is_no_field(question: str, kind: Kind) -> None:
    found = asked(words(question), question, frozenset())
    assert found.kind is kind and not found.amount, found


def test_a_stock_move_later_than_the_news_is_not_the_move_after_it() -> None:
    assert not ask("did nvidia stock go down again later that week?").answered
    assert "4" in ask("um wie viel stieg die nvidia aktie danach?").answer


def test_chat_filler_and_a_length_asked_leave_an_overview() -> None:
    # "in one sentence" says how short; "something", "somehow", "lol" say nothing asked
    assert ask("what is stargate in one sentence").answered
    assert asked(words("altman tweeted smth about a million gpus?"), "", frozenset()).kind is Kind.COUNT


def test_a_date_field_the_articles_leave_empty_is_declined() -> None:
    # "completion year?": a date, which "over the next four years" or "construction is under way" is not
    assert asked(words("stargate abilene completion year?"), "", frozenset()).kind is Kind.DATE
    assert not ask("stargate abilene completion year?").answered
