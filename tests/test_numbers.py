"""German and English numbers as the articles write them, and sentence splitting around abbreviations."""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.engine.formatting import date_text
from bot.knowledge.numbers import find_numbers, local_currencies, mentions_value, word_multiples
from bot.knowledge.sentences import figure_snippets, split_sentences


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-12)


@pytest.mark.parametrize(
    ("text", "language", "value", "unit"),
    [
        ("4,5 GW", "de", 4.5, "GW"),
        ("100.000 Arbeitsplätze", "de", 100_000, "jobs"),
        ("100 Milliarden US-Dollar", "de", 100e9, "USD"),
        ("1 Mio. GPU", "de", 1e6, "GPU"),
        ("1 Million GPU", "de", 1e6, "GPU"),
        ("4,4%", "de", 4.4, "percent"),
        ("4,4 Prozent", "de", 4.4, "percent"),
        ("3,59 Billionen Yuan", "de", 3.59e12, "CNY"),
        ("10-Gigawatt-Rechenzentrum", "de", 10, "GW"),
        ("2026", "de", 2026, "year"),
        ("in der zweiten Hälfte 2026", "de", 2026, "year"),
        ("5000 Milliarden US-Dollar", "de", 5e12, "USD"),
        ("500 Mrd. US-Dollar", "de", 500e9, "USD"),
        ("$100 billion", "en", 100e9, "USD"),
        ("4.5 GW", "en", 4.5, "GW"),
        ("100,000 jobs", "en", 100_000, "jobs"),
        ("$1.5 trillion", "en", 1.5e12, "USD"),
        ("3,6 Milliarden Złoty", "de", 3.6e9, "PLN"),
        ("4,2 Milliarden dänischen Kronen", "de", 4.2e9, "DKK"),
        ("2,4 Milliarden norwegischen Kronen", "de", 2.4e9, "NOK"),
        ("900 Millionen schwedische Kronen", "de", 900e6, "SEK"),
        ("1,2 Mrd. australische Dollar", "de", 1.2e9, "AUD"),
        # a currency named with hyphens otherwise than babel does ("Cabo-Verde-Escudos"): by its noun
        ("9,8 Milliarden Kap-Verde-Escudos", "de", 9.8e9, "CVE"),
    ],
)
def test_find_numbers(text: str, language: str, value: float, unit: str) -> None:
    numbers = find_numbers(text, language)
    assert len(numbers) == 1, numbers
    number = numbers[0]
    assert _close(number.value, value), number
    assert number.unit == unit, number
    assert 0 <= number.start < number.end <= len(text)
    assert number.raw == text[number.start : number.end]


def test_a_models_name_holds_no_figure() -> None:
    assert find_numbers("Software für die NX-7-Chips und den Airbus A-320") == []


def test_numbers_in_a_sentence_keep_their_positions() -> None:
    text = "NVIDIA will bis zu 100 Milliarden US-Dollar investieren und mindestens 10 GW aufbauen."
    numbers = find_numbers(text, "de")
    assert [(n.value, n.unit) for n in numbers] == [(100e9, "USD"), (10.0, "GW")]
    assert text[numbers[0].start :].startswith("100 Milliarden")
    assert text[numbers[1].start :].startswith("10 GW")


def test_german_thousands_and_english_decimals_differ() -> None:
    assert _close(find_numbers("100.000", "de")[0].value, 100_000)
    assert _close(find_numbers("4.5 GW", "en")[0].value, 4.5)
    assert _close(find_numbers("4,5 GW", "de")[0].value, 4.5)


def test_german_billion_is_ten_to_the_twelve() -> None:
    assert _close(find_numbers("1 Billion Dollar", "de")[0].value, 1e12)
    assert _close(find_numbers("1 billion dollars", "en")[0].value, 1e9)


def test_mentions_value() -> None:
    quote = "bis zu 100 Milliarden US-Dollar schrittweise in OpenAI zu investieren"
    assert mentions_value(quote, 100e9, "de")
    assert not mentions_value(quote, 10e9, "de")
    assert not mentions_value(quote, 100, "de")
    assert mentions_value("more than 1 million GPUs", 1e6, "en")


def test_sentence_split_keeps_abbreviated_scale_in_one_sentence() -> None:
    text = "OpenAI plant bis Ende 2025 mehr als 1 Mio. GPU ins Netzwerk. Das wäre ein hundertfacher Ausbau."
    sentences = split_sentences(text)
    assert sentences == [
        "OpenAI plant bis Ende 2025 mehr als 1 Mio. GPU ins Netzwerk.",
        "Das wäre ein hundertfacher Ausbau.",
    ]


def test_sentence_split_keeps_mrd_in_one_sentence() -> None:
    sentences = split_sentences("Stargate soll 500 Mrd. US-Dollar kosten. Oracle baut mit.")
    assert sentences == ["Stargate soll 500 Mrd. US-Dollar kosten.", "Oracle baut mit."]


def test_sentence_split_bullets_and_lines() -> None:
    text = "Überschrift\n\n• 4,5 GW in Abilene\n- 100.000 Arbeitsplätze\nEin Satz. Noch einer!"
    assert split_sentences(text) == [
        "Überschrift",
        "4,5 GW in Abilene",
        "100.000 Arbeitsplätze",
        "Ein Satz.",
        "Noch einer!",
    ]


def test_a_list_item_opened_by_a_dash_is_a_sentence_of_its_own() -> None:
    # items a long first line would otherwise run into ("– Acme (Lund), ein Zusammenschluss …: 2,84 Mrd.")
    text = (
        "Die Angebote im Überblick:\n"
        "– Acme Datacore (Lund), ein Zusammenschluss zweier Bauunternehmen aus der Region: 2,84 Milliarden\n"
        "— Globex Compute (Basel): 2,61 Milliarden\n"
    )
    assert split_sentences(text) == [
        "Die Angebote im Überblick:",
        "Acme Datacore (Lund), ein Zusammenschluss zweier Bauunternehmen aus der Region: 2,84 Milliarden",
        "Globex Compute (Basel): 2,61 Milliarden",
    ]


def test_an_ordinal_after_an_article_ends_no_sentence() -> None:
    text = "Zuständig ist die 4. Kammer für Handelssachen. Die Zahl stieg auf 4. Dann fiel sie."
    assert split_sentences(text) == [
        "Zuständig ist die 4. Kammer für Handelssachen.",
        "Die Zahl stieg auf 4.",
        "Dann fiel sie.",
    ]


def test_figure_snippets_carry_the_numbers() -> None:
    text = "Titel ohne Zahl\nOpenAI plant bis Ende 2025 mehr als 1 Mio. GPU ins Netzwerk. Kurz 5."
    snippets = figure_snippets("doc", text, "de")
    assert [s.text for s in snippets] == ["OpenAI plant bis Ende 2025 mehr als 1 Mio. GPU ins Netzwerk."]
    assert (1e6, "GPU") in [(n.value, n.unit) for n in snippets[0].numbers]


# ---------------------------------------------------------------------------- never raises

_NUMBERISH = st.lists(
    st.one_of(
        st.sampled_from(list("0123456789١٢٣٤٥०१𝟏𝟐.,  -\u00a0\u202f$%")),
        st.sampled_from(
            ["Mio.", "Mrd.", "Milliarden", "Billionen", "billion", "bn", "k", "GW", "US-Dollar", "Yuan"]
        ),
        st.sampled_from(["Prozent", "Jahren", "Arbeitsplätze", "GPUs", "acres", "US$", "USD", "\n", ". "]),
        st.text(max_size=4),
    ),
    max_size=40,
).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(st.text(), _NUMBERISH), language=st.sampled_from(["de", "en", "fr", ""]))
@example(text="1" * 5000, language="de")
@example(text="9" * 400 + " Milliarden", language="de")
@example(text="1.000.000.000.000.000,5 Mrd.", language="de")
@example(text="$ $ $1,2,3.4.5", language="en")
@example(text="\x00\u202e٣,٥ GW", language="de")
def test_find_numbers_and_split_sentences_never_raise(text: str, language: str) -> None:
    for number in find_numbers(text, language):
        assert 0 <= number.start < number.end <= len(text)
        assert number.raw == text[number.start : number.end]
        assert isinstance(number.value, float)
    sentences = split_sentences(text)
    assert all(isinstance(s, str) and s for s in sentences)
    figure_snippets("doc", text, language)


def test_gulf_currencies_are_read_with_their_code() -> None:
    text = "umgerechnet rund 5,3 Milliarden Dirham (AED), 1,35 Milliarden Saudi-Riyal (SAR)"
    found = find_numbers(text, "de")
    assert [(n.value, n.unit) for n in found] == [(5.3e9, "AED"), (1.35e9, "SAR")]


def test_any_currency_in_use_is_money_by_its_name_or_its_code() -> None:
    # babel's names of every currency in use, in German and English, and its code in capitals
    assert [(n.value, n.unit) for n in find_numbers("Auftragswert: 2,3 Milliarden Baht (THB)", "de")] == [
        (2.3e9, "THB")
    ]
    assert [n.unit for n in find_numbers("kostet 405 Milliarden chilenische Pesos", "de")] == ["CLP"]
    assert [n.unit for n in find_numbers("a fine of 12 million Thai baht", "en")] == ["THB"]
    assert [n.unit for n in find_numbers("240 Server mit KI-Beschleunigern", "de")] == [None]


def test_a_currency_named_by_its_noun_alone_is_the_one_so_called_or_the_one_the_article_pins() -> None:
    # babel's nouns: "Rand" and "Lira" name one currency in use; "Pesos" and "Kronen" several
    assert [n.unit for n in find_numbers("Die Kosten beziffert sie auf 3,8 Milliarden Rand.", "de")] == [
        "ZAR"
    ]
    assert [n.unit for n in find_numbers("ein Vertragswert von rund 77 Milliarden Lira", "de")] == ["TRY"]
    assert [n.unit for n in find_numbers("für 11,4 Milliarden Pesos", "de")] == [None]
    article = "Der mexikanische Trust übernimmt drei Rechenzentren für 11,4 Milliarden Pesos."
    local = local_currencies(article)
    assert local == {"pesos": "MXN"}  # its adjective (or its country) pins the pesos
    assert [n.unit for n in find_numbers(article, "de", local)] == ["MXN"]
    # a full name beats a country named beside it; crowns named in full stay so in any article
    crowns = "Statt 2,1 Milliarden dänischen Kronen nun 2,8 Milliarden Kronen; der Kunde sitzt in Norwegen."
    local = local_currencies(crowns)
    assert local == {"kronen": "DKK"}
    assert [n.unit for n in find_numbers(crowns, "de", local)] == ["DKK", "DKK"]
    assert [n.unit for n in find_numbers("900 Millionen schwedische Kronen", "de", local)] == ["SEK"]
    # two currencies of one noun named in full pin neither: the bare one stays as read
    assert "dollar" not in local_currencies(
        "100 Millionen US-Dollar und 40 Millionen Singapur-Dollar; 5 Dollar"
    )
    assert [n.unit for n in find_numbers("am Rand der Stadt", "de")] == []


def test_square_metres_and_the_old_value_of_a_change_take_the_new_ones_unit() -> None:
    found = find_numbers("Die Reinraumfläche wird von 6.000 auf 9.500 Quadratmeter erweitert.", "de")
    assert [(n.value, n.unit) for n in found] == [(6000.0, "m2"), (9500.0, "m2")]
    assert [n.unit for n in find_numbers("a 9,500 sqm cleanroom", "en")] == ["m2"]
    # "auf" joins a change only after "von": "stieg auf 4.800 Quadratmeter" has one figure
    assert [n.unit for n in find_numbers("Mit 12 Mitarbeitern auf 4.800 Quadratmetern", "de")] == [None, "m2"]


def test_a_currency_opening_a_compound_after_a_word_number_is_no_sum() -> None:
    # "einen Dollarkredit", "ein Euro-Kredit": a kind of loan, not a sum of one
    assert find_numbers("Zusätzlich gewährt eine Entwicklungsbank einen Dollarkredit.", "de") == []
    assert find_numbers("Es ist ein Euro-Kredit.", "de") == []
    assert [(n.value, n.unit) for n in find_numbers("Das kostet einen Dollar.", "de")] == [(1.0, "USD")]
    assert [(n.value, n.unit) for n in find_numbers("ein Gigawatt-Campus", "de")] == [(1.0, "GW")]


@pytest.mark.parametrize(
    ("said", "english"),
    [
        ("1. Januar 2028", "1 January 2028"),
        ("zweiten Quartal 2026", "Q2 2026"),
        ("zweiten Hälfte des Jahres 2026", "second half of 2026"),
        ("Ende 2032", "end of 2032"),
        ("Oktober 2027", "October 2027"),
        ("Frühjahr 2027", "spring 2027"),
        ("2026", "2026"),
        ("vor 2026", "vor 2026"),  # no date's words: as said
    ],
)
def test_a_date_is_told_in_english_to_an_english_reader(said: str, english: str) -> None:
    assert date_text(said, "en") == english
    assert date_text(said, "de") == said


def test_a_country_in_the_genitive_pins_a_bare_currency_noun() -> None:
    text = "Der Bau eines der größten Rechenzentren Mexikos steht still. Er kostet 18,6 Milliarden Pesos."
    assert local_currencies(text).get("pesos") == "MXN"
    assert find_numbers(text, "de", local_currencies(text))[0].unit == "MXN"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("$500B - what is that number about", 500e9, "USD"),  # a letter after a currency sign: its scale
        ("nvda openai 100bn?", 100e9, None),  # "bn" in German chat too
        ("€1,3 Mrd. für den Campus", 1.3e9, "EUR"),
        ("ein 100m langes Kabel", 100.0, None),  # no sign before it: "m" is no million
    ],
)
def test_a_sum_typed_short(text: str, value: float, unit: str | None) -> None:
    found = find_numbers(text, "de")[0]
    assert math.isclose(found.value, value) and found.unit == unit


def test_a_currency_named_in_other_words_by_its_code_in_brackets() -> None:
    # "Usbekische Som" is no name babel gives; the code in brackets after it says the currency
    found = find_numbers("investiert insgesamt 940 Milliarden Usbekische Som (UZS) in das Projekt", "de")
    assert [(n.value, n.unit) for n in found] == [(940e9, "UZS")]


def test_a_currency_its_country_has_since_given_up_is_still_one() -> None:
    # Bulgaria pays in euros since 2026; an article on a deal in lev still names a sum
    found = find_numbers("Pelikom zahlt 1,15 Milliarden Lew (BGN) für 78 Prozent der Anteile", "de")
    assert (found[0].value, found[0].unit) == (1.15e9, "BGN")


def test_a_bare_currency_noun_is_the_one_its_document_names() -> None:
    # babel's German calls Zambia's currency just "Kwacha": in an article on Malawi's ("Malawi-Kwacha (MWK)")
    # a bare "Kwacha" is Malawi's; a currency's long name ("Trinidad-und-Tobago-Dollar") is read whole
    text = (
        "Der Preis beträgt 238 Milliarden Malawi-Kwacha (MWK). Das EBITDA liegt bei 16,4 Milliarden Kwacha."
    )
    local = local_currencies(text)
    assert [n.unit for n in find_numbers(text, "de", local)] == ["MWK", "MWK"]
    long_name = "ein Umsatz von 2,1 Milliarden Trinidad-und-Tobago-Dollar (TTD)"
    assert [n.unit for n in find_numbers(long_name, "de", local_currencies(long_name))] == ["TTD"]


def test_a_multiple_told_in_words() -> None:
    multiples = word_multiples(
        "mehr als fünffach überzeichnet, eine dreifache Menge, einfach so, a threefold rise"
    )
    assert [(n.value, n.raw) for n in multiples] == [
        (5.0, "fünffach"),
        (3.0, "dreifache"),
        (3.0, "threefold"),
    ]
