"""What a quote must say for a figure to be stated from it: the value, its unit and its qualifier.

`100 Milliarden US-Dollar` carries 100e9 USD; `bis zu 10 Gigawatt` carries 10 GW `up_to`. The unit
word has to follow the number (before the next number) or stand right before it (`$100 billion`);
a qualifier other than `exact` needs its word right before the number (or `oder mehr` after it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.knowledge.models import Figure, Qualifier
from bot.knowledge.numbers import Number, find_numbers

# Words that name a unit next to its number (case-insensitive regex). A unit missing here (a new
# currency) must name its own code (`EUR`) next to the number; `tests/` checks that every unit has words.
UNIT_WORDS: dict[str, str] = {
    "USD": r"us-?dollar|dollar|usd|us\$|\$",
    "CNY": r"yuan|renminbi|rmb|cny",
    "EUR": r"euro|eur\b|€",
    "GBP": r"pfund|pounds?\b|gbp|£",
    "JPY": r"yen\b|jpy|¥",
    "CHF": r"franken|francs?\b|chf",
    "SEK": r"kronen|kronor|sek\b",
    "DKK": r"kronen|kroner|dkk\b",
    "NOK": r"kronen|kroner|nok\b",
    "PLN": r"złoty|zloty|pln\b",
    "AUD": r"dollar|aud\b|a\$",
    "CAD": r"dollar|cad\b|c\$",
    "SGD": r"dollar|sgd\b|s\$",
    "INR": r"rupien|rupees?|inr\b",
    "KRW": r"won\b|krw\b",
    "BRL": r"real\b|reals\b|brl\b|r\$",
    "CZK": r"kronen|korun[ay]?|czk\b|kč",
    "HUF": r"forint|huf\b",
    "RON": r"\blei\b|\bleu\b|ron\b",
    "TWD": r"taiwan-dollar|dollar|twd\b|nt\$",
    "HKD": r"hongkong-dollar|dollar|hkd\b|hk\$",
    "NZD": r"neuseeland-dollar|dollar|nzd\b|nz\$",
    "AED": r"dirham|aed\b",
    "SAR": r"riyal|rial|sar\b",
    "QAR": r"riyal|rial|qar\b",
    "GW": r"gigawatt|gw\b",
    "MW": r"megawatt|mw\b",
    "GPU": r"gpus?\b|grafikprozessor|grafikchips?|beschleuniger|accelerators?",
    "percent": r"%|prozent|percent|per cent",
    "jobs": r"arbeitspl|jobs?\b|stellen\b|beschäftigte|employees",
    "acres": r"acker|acres?\b",
    "years": r"jahre|years?\b",
    "shares": r"aktien|shares?\b",
}
# A year (`2026`) or a plain count needs no word beside the number.
UNITS_WITHOUT_WORD = frozenset({"year", "count"})

QUALIFIER_BEFORE: dict[Qualifier, str] = {
    # (newswire shorthand too: "max. 300 MW", "mind. 5 Mrd. SEK", "rd. 260 Mio. EUR")
    # ("nicht mehr als 30 MW", "no more than": a ceiling, before "mehr als" is read as a floor)
    Qualifier.UP_TO: r"bis zu|bis maximal|maximal|max\.|höchstens|nicht mehr als|no more than|not more than"
    r"|up to|as much as|at most",
    Qualifier.AT_LEAST: r"mindestens|mind\.|wenigstens|at least|no less than",
    # ("gut 110 Megawatt": a good 110, just over; "gut" only right before its number)
    Qualifier.MORE_THAN: r"mehr als|über|more than|over|upwards of|in excess of|just over|gut(?=\s*\d|\s*$)",
    Qualifier.ABOUT: r"rund|etwa|ca\.|rd\.|circa|zirka|ungefähr|about|around|roughly|approximately",
    # "knapp 60 Millionen", "fast 3.000 Bauarbeiter": just under, which "etwa" would not say
    Qualifier.ALMOST: r"knapp|fast|beinahe|nahezu|nearly|almost|just under",
}
QUALIFIER_AFTER: dict[Qualifier, str] = {
    Qualifier.AT_LEAST: r"oder mehr|und mehr|or more|and more",
}

UNIT_GAP = 30  # characters after a number in which its unit word must start
PREFIX_GAP = 4  # characters before a number for a prefixed unit (`$`, `USD `)
QUALIFIER_GAP = 25  # characters before a number in which its qualifier word must stand
_TOLERANCE = 1e-9


def _words(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{pattern})", re.IGNORECASE)


# All units in one alternation (group name = unit): the first unit word is found in one search.
_ANY_UNIT = _words("|".join(f"(?P<{unit}>{pattern})" for unit, pattern in UNIT_WORDS.items()))
_BEFORE_RE = {q: _words(rf"(?:{p})(?!\w)") for q, p in QUALIFIER_BEFORE.items()}
_AFTER_RE = {q: _words(rf"(?:{p})(?!\w)") for q, p in QUALIFIER_AFTER.items()}


def _first_unit(text: str, last: bool = False) -> str | None:
    """The unit whose word comes first in `text` (or last: the one nearest a number after it)."""
    matches = list(_ANY_UNIT.finditer(text)) if last else [m for m in [_ANY_UNIT.search(text)] if m]
    return matches[-1].lastgroup if matches else None


def _matches(number: Number, value: float) -> bool:
    return abs(number.value - value) <= _TOLERANCE * max(1.0, abs(value))


def _carries(text: str, numbers: list[Number], index: int, figure: Figure) -> tuple[str | None, bool, bool]:
    """(the unit named, is it the figure's, is the qualifier named) for the number at `index` of `text`."""
    number = numbers[index]
    prev_end = numbers[index - 1].end if index else 0
    next_start = numbers[index + 1].start if index + 1 < len(numbers) else len(text)
    after = text[number.end : min(next_start, number.end + UNIT_GAP)]
    prefix = text[max(prev_end, number.start - PREFIX_GAP) : number.start]
    named = _first_unit(after) or _first_unit(prefix, last=True)
    unit = figure.unit.value
    if unit in UNIT_WORDS or named is not None:
        has_unit = named == unit
    elif unit in UNITS_WITHOUT_WORD:
        has_unit = True
    else:  # a unit this module has no words for must name its own code
        has_unit = bool(_words(rf"{re.escape(unit)}(?!\w)").search(f"{prefix} {after}"))
    before = text[max(prev_end, number.start - QUALIFIER_GAP) : number.start]
    if figure.qualifier is Qualifier.EXACT:  # a quote that says "up to" does not carry an exact figure
        return named, has_unit, not any(regex.search(before) for regex in _BEFORE_RE.values())
    found = bool(_BEFORE_RE[figure.qualifier].search(before))
    if not found and figure.qualifier in _AFTER_RE:
        found = bool(_AFTER_RE[figure.qualifier].search(after))
    return named, has_unit, found


def figure_problem(figure: Figure, quotes: Sequence[tuple[str, str]]) -> str | None:
    """Why no quote (text, language) carries `figure` with its unit and qualifier, or None if one does."""
    named_units: set[str] = set()
    value_seen = unit_seen = False
    for text, language in quotes:
        numbers = find_numbers(text, language)
        for index, number in enumerate(numbers):
            if not _matches(number, figure.value):
                continue
            value_seen = True
            named, has_unit, has_qualifier = _carries(text, numbers, index, figure)
            named_units.add(named or "no unit")
            unit_seen = unit_seen or has_unit
            if has_unit and has_qualifier:
                return None
    shown = f"{figure.value:g} {figure.unit.value}"
    if not value_seen:
        return f"figure value {figure.value:g} appears in none of its quotes"
    if not unit_seen:
        return f"figure unit {figure.unit.value} is not what its quotes name next to {figure.value:g} " + (
            f"({', '.join(sorted(named_units))})"
        )
    if figure.qualifier is Qualifier.EXACT:
        return f"figure {shown} is exact, but its quotes qualify it (bis zu, mehr als, rund …)"
    words = ", ".join(repr(w) for w in QUALIFIER_BEFORE[figure.qualifier].replace("\\", "").split("|")[:3])
    return f"figure qualifier {figure.qualifier.value} has no word like {words} before {shown} in its quotes"
