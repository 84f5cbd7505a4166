"""Figures written for the reader's locale (babel): `bis zu 100 Mrd. US-Dollar` / `up to $100 billion`."""

from __future__ import annotations

import re

from babel.dates import get_month_names
from babel.numbers import format_decimal, get_currency_name, get_currency_symbol
from babel.units import format_unit

from bot.knowledge.models import CURRENCIES, Figure, Qualifier, Unit

QUALIFIERS = {
    "de": {
        Qualifier.UP_TO: "bis zu",
        Qualifier.AT_LEAST: "mindestens",
        Qualifier.MORE_THAN: "mehr als",
        Qualifier.ABOUT: "etwa",
        Qualifier.ALMOST: "knapp",
    },
    "en": {
        Qualifier.UP_TO: "up to",
        Qualifier.AT_LEAST: "at least",
        Qualifier.MORE_THAN: "more than",
        Qualifier.ABOUT: "about",
        Qualifier.ALMOST: "almost",
    },
}

_PERIODS_EN = {
    "zweite hälfte": "second half of",
    "zweiten hälfte": "second half of",
    "erste hälfte": "first half of",
    "ende": "end of",
    "anfang": "start of",
    "mitte": "mid",
}


# German words of a date and their English ("im zweiten Quartal 2026": "Q2 2026"); months come from babel
_DATE_WORDS_EN = {
    "ersten quartal": "Q1",
    "zweiten quartal": "Q2",
    "dritten quartal": "Q3",
    "vierten quartal": "Q4",
    "ersten halbjahr": "first half of",
    "zweiten halbjahr": "second half of",
    "ersten hälfte": "first half of",
    "zweiten hälfte": "second half of",
    "frühjahr": "spring",
    "sommer": "summer",
    "herbst": "autumn",
    "winter": "winter",
    "anfang": "start of",
    "mitte": "mid",
    "ende": "end of",
}
_MONTHS_DE = {name.casefold(): number_ for number_, name in get_month_names("wide", locale="de").items()}
_MONTHS_EN = get_month_names("wide", locale="en")
_GERMAN_DATE = re.compile(
    r"^(?:(?P<day>\d{1,2})\.\s*)?(?:(?P<words>[A-Za-zÄÖÜäöü]+(?:\s+[A-Za-zÄÖÜäöü]+)?)\s+)?(?:des Jahres\s+)?"
    r"(?P<year>\d{4})$"
)


def date_text(said: str, language: str) -> str:
    """A German date as the article says it, in English for an English reader ("1. Januar 2028": "1
    January 2028", "zweiten Quartal 2026": "Q2 2026", "Ende 2032": "end of 2032"); else as said."""
    found = _GERMAN_DATE.match(said.strip())
    if language != "en" or found is None:
        return said
    words = (found["words"] or "").casefold()
    if words in _MONTHS_DE:
        month = _MONTHS_EN[_MONTHS_DE[words]]
        return f"{found['day']} {month} {found['year']}" if found["day"] else f"{month} {found['year']}"
    if found["day"]:
        return said
    english = _DATE_WORDS_EN.get(words, "" if not words else None)
    return said if english is None else f"{english} {found['year']}".strip()


def number(value: float, language: str) -> str:
    """4.5 -> `4,5` (de) / `4.5` (en); 100000 -> `100.000` / `100,000`; a coupon of 3,875 % keeps its
    three places (rounded to two it would be another figure than the article's)."""
    return format_decimal(value, format="#,##0.###", locale=language)


def duration(value: float, unit: str, language: str) -> str:
    """(3, "year") -> `3 Jahre` / `3 years`: a duration an article spells ("drei Jahre") in the reader's
    locale (babel's CLDR duration units)."""
    return format_unit(value, f"duration-{unit}", length="long", locale=language)


def _scaled(value: float, language: str, names: dict[str, tuple[str, str]]) -> str:
    for threshold, key in ((1e12, "T"), (1e9, "B"), (1e6, "M")):
        if abs(value) >= threshold and key in names:
            de_name, en_name = names[key]
            return f"{number(value / threshold, language)} {de_name if language == 'de' else en_name}"
    return number(value, language)


def large(value: float) -> str:
    """An English quantity of a million or more by its scale word ("1.8 million"), as a reader says it."""
    return _scaled(value, "en", {"T": ("", "trillion"), "B": ("", "billion"), "M": ("", "million")})


OTHER_CURRENCIES = CURRENCIES - {Unit.USD.value}


def money(value: float, currency: str, language: str) -> str:
    """Any ISO currency through babel's names and symbols: `1,3 Mrd. Euro` / `€1.3 billion`; a price with
    cents keeps both places (`31,20 Euro`)."""
    if abs(value) < 1e6 and value != int(value):
        cents = format_decimal(value, format="#,##0.00", locale=language)
        if language == "de":
            return f"{cents} {get_currency_name(currency, count=2, locale='de')}"
        return (
            f"{_symbol(currency)}{cents}"
            if len(_symbol(currency)) == 1
            else f"{cents} {_english(currency, value)}"
        )
    if language == "de":
        scaled = _scaled(value, language, {"T": ("Billionen", ""), "B": ("Mrd.", ""), "M": ("Mio.", "")})
        name = get_currency_name(currency, count=2 if value != 1 else 1, locale="de")
        return f"{scaled} {name}"
    scaled = _scaled(value, language, {"T": ("", "trillion"), "B": ("", "billion"), "M": ("", "million")})
    return (
        f"{_symbol(currency)}{scaled}"
        if len(_symbol(currency)) == 1
        else f"{scaled} {_english(currency, value)}"
    )


def _symbol(currency: str) -> str:
    return get_currency_symbol(currency, locale="en")


def _english(currency: str, value: float) -> str:
    """A currency without a sign of its own by its English name ("48 billion Armenian drams"), as English
    news writes it: its code may read as a word or as a company's name ("TOP")."""
    return get_currency_name(currency, count=2 if value != 1 else 1, locale="en_001")


def amount(figure: Figure, language: str) -> str:
    """The figure without its qualifier."""
    value, unit = figure.value, figure.unit
    if unit is Unit.USD:
        if language == "en":
            return "$" + _scaled(
                value, language, {"T": ("", "trillion"), "B": ("", "billion"), "M": ("", "million")}
            )
        return (
            _scaled(value, language, {"T": ("Billionen", ""), "B": ("Mrd.", ""), "M": ("Mio.", "")})
            + " US-Dollar"
        )
    if unit in OTHER_CURRENCIES:
        return money(value, unit.value, language)
    if unit is Unit.CNY:
        scaled = _scaled(value, language, {"T": ("Billionen", "trillion"), "B": ("Mrd.", "billion")})
        return f"{scaled} Yuan" if language == "de" else f"{scaled} yuan"
    if unit is Unit.GW or unit is Unit.MW:
        return f"{number(value, language)} {unit.value}"
    if unit is Unit.GPU:
        if value >= 1e6:
            millions = number(value / 1e6, language)
            word = ("Million" if value == 1e6 else "Millionen") if language == "de" else "million"
            return f"{millions} {word} GPUs"
        return f"{number(value, language)} GPUs"
    if unit is Unit.PERCENT:
        return f"{number(value, language)} %" if language == "de" else f"{number(value, language)}%"
    if unit is Unit.JOBS:
        return f"{number(value, language)} {'Arbeitsplätze' if language == 'de' else 'jobs'}"
    if unit is Unit.ACRES:
        return f"{number(value, language)} {'Acres (Acker)' if language == 'de' else 'acres'}"
    if unit is Unit.YEARS:
        return f"{number(value, language)} {'Jahre' if language == 'de' else 'years'}"
    if unit is Unit.YEAR:
        year = str(int(value))
        if figure.period:
            if language == "de":
                return f"{figure.period} {year}"
            period = _PERIODS_EN.get(figure.period.casefold())
            return f"{period} {year}" if period else year
        return year
    return number(value, language)


def figure_text(figure: Figure, language: str) -> str:
    """The figure with its qualifier, as the answer shows it."""
    qualifier = QUALIFIERS["de" if language == "de" else "en"].get(figure.qualifier)
    text = amount(figure, language)
    return f"{qualifier} {text}" if qualifier else text
