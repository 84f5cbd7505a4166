"""Numbers as German and English articles write them: `4,5 GW`, `100.000`, `100 Milliarden`, `1 Mio.`.

Parse numbers from the raw text, before any normalisation folds punctuation away. German
Milliarde = 10^9 and Billion = 10^12; English billion = 10^9, trillion = 10^12.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from babel.numbers import NumberFormatError, parse_decimal

_SCALES_DE = {
    "tausend": 1e3,
    "tsd": 1e3,
    "million": 1e6,
    "millionen": 1e6,
    "mio": 1e6,
    "milliarde": 1e9,
    "milliarden": 1e9,
    "mrd": 1e9,
    "billion": 1e12,
    "billionen": 1e12,
    "bio": 1e12,
}
_SCALES_EN = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "mio": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "mrd": 1e9,
    "milliarden": 1e9,
    "trillion": 1e12,
    "trillions": 1e12,
}
_UNITS = [
    (re.compile(r"(?:us-?)?dollar|usd|\$", re.I), "USD"),
    (re.compile(r"yuan|cny|renminbi", re.I), "CNY"),
    (re.compile(r"gigawatt|gw\b", re.I), "GW"),
    (re.compile(r"prozent|percent|per cent|%", re.I), "percent"),
    (re.compile(r"gpus?\b|grafikprozessoren", re.I), "GPU"),
    (re.compile(r"arbeitspl|jobs?\b|stellen\b", re.I), "jobs"),
    (re.compile(r"acker|acres?\b", re.I), "acres"),
    (re.compile(r"jahren?\b|years?\b", re.I), "years"),
]

# A number: German thousands (100.000), English thousands (100,000) or a plain/decimal one (4,5 / 4.5).
_NUMBER = re.compile(
    r"(?<![\w.,])(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)"
    r"(?P<tail>(?:[\s\u00a0\u202f-]*(?P<scale>[A-Za-zäöü]+)\.?)?)"
)
_CURRENCY_BEFORE = re.compile(r"(?:\$|US\$|USD)\s*$")
_UNIT_WINDOW = 24


@dataclass(frozen=True, slots=True)
class Number:
    value: float
    unit: str | None
    start: int
    end: int
    raw: str


def _to_float(raw: str, language: str) -> float:
    """babel in strict mode refuses `4.5` for `de` (it would read 45): try the text's locale first."""
    first, second = ("de", "en") if language == "de" else ("en", "de")
    for locale in (first, second):
        try:
            return float(parse_decimal(raw, locale=locale, strict=True))
        except NumberFormatError:
            continue
    return float(raw.replace(",", "."))


def _unit_after(text: str, language: str) -> str | None:
    window = text[:_UNIT_WINDOW]
    for pattern, unit in _UNITS:
        match = pattern.search(window)
        if match is None:
            continue
        between = window[: match.start()].strip(" -\u00a0\u202f")
        if not re.search(r"\d", between) and len(between.split()) <= 1:
            return unit
    return None


def find_numbers(text: str, language: str = "de") -> list[Number]:
    """Every number in `text` with its scale applied and the unit that follows (or precedes) it."""
    scales = _SCALES_DE if language == "de" else _SCALES_EN
    found: list[Number] = []
    for match in _NUMBER.finditer(text):
        raw = match.group("num")
        value = _to_float(raw, language)
        end = match.end("num")
        word = (match.group("scale") or "").lower()
        if word in scales:
            value *= scales[word]
            end = match.end("tail")
        unit: str | None = None
        if _CURRENCY_BEFORE.search(text[max(0, match.start() - 4) : match.start()]):
            unit = "USD"
        else:
            unit = _unit_after(text[end : end + _UNIT_WINDOW], language)
        if unit is None and re.fullmatch(r"(19|20)\d\d", raw):
            unit = "year"
        found.append(
            Number(value=value, unit=unit, start=match.start(), end=end, raw=text[match.start() : end])
        )
    return found


def mentions_value(text: str, value: float, language: str = "de") -> bool:
    """Whether `text` states `value` (scaled) anywhere, as the figure check of a quote needs."""
    for number in find_numbers(text, language):
        if abs(number.value - value) <= 1e-9 * max(1.0, abs(value)):
            return True
    return False
