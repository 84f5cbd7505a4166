"""Numbers as German and English articles write them: `4,5 GW`, `100.000`, `100 Milliarden`, `1 Mio.`.

Parse numbers from the raw text, before any normalisation folds punctuation away. German
Milliarde = 10^9 and Billion = 10^12; English billion = 10^9, trillion = 10^12.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from babel.core import get_global
from babel.numbers import NumberFormatError, get_currency_name, get_territory_currencies, parse_decimal

_SCALES_DE = {
    "tausend": 1e3,
    "tsd": 1e3,
    "million": 1e6,
    "millionen": 1e6,
    "mio": 1e6,
    "milliarde": 1e9,
    "milliarden": 1e9,
    "mrd": 1e9,
    "mia": 1e9,  # Swiss and Austrian ("500 Mia. Franken")
    "billion": 1e12,
    "billionen": 1e12,
    "bio": 1e12,
    "bn": 1e9,  # chat and trade press write it in German too ("100bn")
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
_UNIT_NAMES = {
    # Other dollars and crowns first: the leftmost match wins, and "australische Dollar" starts earlier.
    "AUD": r"australische[nr]? dollar|australian dollars?|aud\b|a\$",
    "TWD": r"(?:neue[nr]? )?taiwan-dollar|taiwan dollars?|taiwanese dollars?|twd\b|nt\$",
    "HKD": r"hongkong-dollar|hong kong dollars?|hkd\b|hk\$",
    "NZD": r"neuseeland-dollar|new zealand dollars?|nzd\b|nz\$",
    "AED": r"dirhams?\b|aed\b",
    "SAR": r"saudi-riyals?|saudi riyals?|sar\b",
    "QAR": r"katar-riyals?|qatari riyals?|qar\b",
    "CZK": r"tschechische[nr]? kronen|czech korun[ay]?|czk\b|kč",
    "HUF": r"forint|huf\b",
    "RON": r"rumänische[nr]? lei|romanian lei|\blei\b|ron\b",
    "CAD": r"kanadische[nr]? dollar|canadian dollars?|cad\b|c\$",
    "SGD": r"singapur-dollar|singapore dollars?|sgd\b|s\$",
    "DKK": r"dänische[nr]? kronen|danish kroner|dkk\b",
    "NOK": r"norwegische[nr]? kronen|norwegian kroner|nok\b",
    "PLN": r"złoty|zloty|pln\b",
    "USD": r"(?:us-?)?dollar|usd|\$",
    "EUR": r"euros?\b|eur\b|€",
    "GBP": r"(?:britische[n]? )?pfund|pounds?(?: sterling)?\b|gbp\b|£",
    "CHF": r"(?:schweizer )?franken|swiss francs?|francs?\b|chf\b",
    "JPY": r"yen\b|jpy\b|¥",
    "SEK": r"(?:schwedische[n]? )?kronen|kronor|sek\b",
    "INR": r"rupien|rupees?|inr\b",
    "KRW": r"won\b|krw\b",
    "CNY": r"yuan|cny|renminbi",
    "BRL": r"brasilianische[nr]? real\b|brazilian reals?\b|brl\b|r\$",
    "TWh": r"terawattstunden|twh\b",  # energy before power: "Gigawattstunden" is no "Gigawatt"
    "GWh": r"gigawattstunden|gwh\b",
    "MWh": r"megawattstunden|mwh\b",
    "kWh": r"kilowattstunden|kwh\b",
    "GW": r"gigawatt|gw\b|gigs?\b",  # chat: "4.5 gigs"
    "MW": r"megawatt|mw\b",
    "kW": r"kilowatt|kw\b",  # a rack's power: "je Rack bis zu 130 Kilowatt"
    # lengths, areas, volumes, weights and a chip's structure width: measures a sentence gives
    "km": r"kilometern?\b|kilomet(?:re|er)s?\b|\bkm\b",
    "ha": r"hektar\b|hectares?\b|\bha\b",
    "m3": r"kubikmetern?\b|cubic met(?:re|er)s?\b|m³|\bm3\b",
    "m2": r"quadratmetern?\b|square met(?:re|er)s?\b|m²|\bm2\b|\bsqm\b",
    "tonnes": r"tonnen\b|tonnes?\b|\btons?\b",
    "litres": r"litern?\b|lit(?:re|er)s?\b",  # water drawn: "1,8 Millionen Liter"
    "nm": r"nanometern?\b|nanomet(?:re|er)s?\b|\bnm\b",
    "Tbps": r"terabit|tbit|tbps\b|tb/s",  # a link's capacity
    # a computer's speed in floating-point operations per second ("bis zu 45 Petaflops")
    "EFLOPS": r"exaflops?\b|eflops?\b|eflop/s",
    "PFLOPS": r"petaflops?\b|pflops?\b|pflop/s",
    "TFLOPS": r"teraflops?\b|tflops?\b|tflop/s",
    "Gbps": r"gigabit|gbit|gbps\b|gb/s",
    # a temperature: cooling water, waste heat ("auf bis zu 85 Grad", "30 °C")
    "degC": r"grad celsius\b|grad\b|°\s?c\b|°|degrees? celsius\b|degrees?\b",
    "percent": r"prozent|percent|per cent|%",
    "GPU": r"gpus?\b|grafikprozessoren",
    "jobs": r"arbeitspl|jobs?\b|stellen\b",
    "acres": r"acker|acres?\b",
    "years": r"jahren?\b|years?\b",
}


def _declined(word: str) -> set[str]:
    """A German adjective of a currency's name in each declension ("chilenischer": "chilenische", …)."""
    stem = re.sub(r"e[nrs]?$", "", word)
    return {stem + ending for ending in ("e", "en", "er", "es")} if stem != word else {word}


_APOSTROPHES = str.maketrans("", "", "'\u2019\u02bb\u02bc`")
_NO_MARKS = str.maketrans({"\u0142": "l", "\u0141": "L"})  # "Złoty": an ł has no accent to drop


def plain(text: str) -> str:
    """A currency's words as any text may spell them: no accents, no apostrophes ("Paʻanga" and "Pa'anga"
    are "Paanga", "Złoty" is "Zloty", "Krónur" "Kronur"). German umlauts go too, on both sides alike."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_NO_MARKS).translate(_APOSTROPHES))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def folded(word: str) -> str:
    """A currency word's key: `plain` and casefolded."""
    return plain(word).casefold()


def _currency_words(code: str, count: int, language: str) -> list[str]:
    """babel's name of a currency in words, without what it adds in brackets ("Kubanischer Peso
    (konvertibel)": the Peso is the noun), its hyphened parts as words."""
    name = re.sub(r"\s*\(.*?\)", "", get_currency_name(code, count=count, locale=language))
    return folded(name.replace("-", " ")).split()  # "Bahrain-Dinar" as the text's words find it


IN_USE_SINCE = date(2000, 1, 1)  # news may name a currency its country has since given up (the Bulgarian lev)


def _today(codes: set[str]) -> set[str]:
    """Of currencies one name may mean ("Cedi": the new and the old), those still in use, if any is."""
    current = {c for c in codes if c in _IN_USE_TODAY}
    return current or codes


def _in_use() -> frozenset[str]:
    """The codes of every currency some territory has used since IN_USE_SINCE."""
    return frozenset(
        code
        for t in get_global("territory_currencies")
        for code in get_territory_currencies(t, start_date=IN_USE_SINCE, end_date=date.today(), tender=True)
    )


NAMING_LOCALES = ("de", "en", "en_001")
"""Whose words name a currency: German, US English and world English, which keeps a currency's own plural
("Lesotho maloti", "Bangladeshi taka", "Ethiopian birr" where US English has "lotis", "takas", "birrs")."""


def _currency_names() -> dict[str, str]:
    """Every currency in use that the list above does not name, by the words babel names it with in German
    and English ("chilenische pesos", "thai baht") and by its code: name or code → code."""
    names: dict[str, str] = {}
    for code in sorted(_in_use() - set(_UNIT_NAMES)):
        names[code] = code
        for lang in NAMING_LOCALES:
            for count in (1, 2):
                *adjectives, noun = _currency_words(code, count, lang)
                forms = [""]
                for adjective in adjectives:
                    forms = [f"{f} {d}".strip() for f in forms for d in _declined(adjective)]
                names.update(
                    {f"{f} {noun}".strip(): code for f in forms if f"{f} {noun}".strip() != code.casefold()}
                )
    return names


# a word may hold an apostrophe ("Pa'anga")
_LETTERS = r"[^\W\d_]+(?:['\u2019\u02bb\u02bc][^\W\d_]+)*"
_CURRENCY_WORDS = re.compile(rf"\(([A-Z]{{3}})\)|{_LETTERS}")
NAME_WORDS_MAX = 3  # words of a currency's name ("israelische neue schekel")


def _other_currency(window: str) -> tuple[int, str] | None:
    """A currency of `_CURRENCY_NAMES` right after a number or one word on ("Milliarden Baht (THB)",
    "chilenische Pesos", "THB"): where it starts and its code."""
    words = list(_CURRENCY_WORDS.finditer(window))[: NAME_WORDS_MAX + 1]
    for first in range(min(2, len(words))):
        for size in range(NAME_WORDS_MAX, 0, -1):
            run = words[first : first + size]
            if len(run) < size:
                continue
            bracketed = run[0].group(1) if size == 1 else None
            said = bracketed or " ".join(m.group(0) for m in run)
            # a code in capitals, alone or in brackets; a name in any case
            code = _CURRENCY_NAMES.get(said if said.isupper() else folded(said))
            if code is not None:
                return run[0].start(), code
    # "940 Milliarden Usbekische Som (UZS)": a name babel words otherwise, its code in brackets after it
    for word in words[2:]:
        code = _CURRENCY_NAMES.get(word.group(1) or "")
        if code is not None:
            return words[1].start(), code
    return None


_IN_USE_TODAY = frozenset(
    code for t in get_global("territory_currencies") for code in get_territory_currencies(t, tender=True)
)
_CURRENCY_NAMES = _currency_names()
# The nouns currencies end on ("Schilling", "Rupien", "Dollar"): "Tansania-Schilling" names no place
CURRENCY_NOUNS = frozenset(name.split()[-1].split("-")[-1] for name in _CURRENCY_NAMES) | {"riyal", "franken"}


def codes_by_noun() -> dict[str, frozenset[str]]:
    """A currency name's last word ("dong", "baht", "pesos") → the codes of the currencies so named."""
    found: dict[str, set[str]] = {}
    for name, code in _CURRENCY_NAMES.items():
        if name != code:
            found.setdefault(name.split()[-1], set()).add(code)
    return {noun: frozenset(codes) for noun, codes in found.items()}


# The codes of the currencies in use that the list above does not name (those it names are `Unit`'s)
OTHER_CURRENCY_CODES = frozenset(_CURRENCY_NAMES.values())
# One alternation: the first unit word after a number wins, found in a single regex search.
_UNIT = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in _UNIT_NAMES.items()), re.I)

# A number: German thousands (100.000), English thousands (100,000), Swiss ones (1'200) or a plain/decimal
# one (4,5 / 4.5).
_NUMBER = re.compile(
    r"(?<![\w.,])(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:['’]\d{3})+(?:\.\d+)?"
    r"|\d+(?:[.,]\d+)?)"
    r"(?P<tail>(?:[\s\u00a0\u202f-]*(?P<scale>[A-Za-zäöü]+)\.?)?)"
)
# A currency written before its number: `$100 billion`, `€1,3 Mrd.`, `CHF 42.50`, `Fr. 300 Mio.`, `£2.4bn`.
_CURRENCY_BEFORE = re.compile(
    r"(?P<USD>US\$|\$|USD)\s*$|(?P<EUR>€|EUR)\s*$|(?P<GBP>£|GBP)\s*$|(?P<CHF>CHF|\bFr\.)\s*$|(?P<JPY>¥|JPY)\s*$"
)
_UNIT_WINDOW = 44  # the longest currency names ("Konvertible Mark Bosnien und Herzegowina")


# Figures written as words, where a scale or a unit follows at once: "ein Gigawatt", "eine Milliarde Euro",
# "zwei Milliarden Dollar", "one gigawatt". Counts of things ("sechs Gebäude") are read where counts are.
_SPELLED = (
    "ein eine einem einer einen one|zwei two|drei three|vier four|fünf five|sechs six|sieben seven|acht eight"
    "|neun nine|zehn ten|elf eleven|zwölf twelve"
)
_WORD_VALUES = {w: float(i) for i, group in enumerate(_SPELLED.split("|"), start=1) for w in group.split()}
# ... and halves: "eine halbe Milliarde Euro", "anderthalb Gigawatt", "zweieinhalb Milliarden"
_WORD_VALUES |= {"halbe": 0.5, "halben": 0.5, "anderthalb": 1.5, "eineinhalb": 1.5, "zweieinhalb": 2.5}
_WORD_NUMBER = re.compile(
    rf"(?<![\w-])(?P<num>(?i:{'|'.join(_WORD_VALUES)}))[\s\u00a0]+"
    r"(?:(?P<scale>(?i:milliarden?|millionen|million|billionen|billion|trillion|tausend))[\s\u00a0]+)?"
)
# "fünffach überzeichnet", "doppelt so groß", "threefold": a multiple told in words
# ... and those of tens, hundreds and thousands ("hundertfach", "tenfold", "zehnfachen")
_MULTIPLE_VALUES = {
    **{w: v for w, v in _WORD_VALUES.items() if v > 1},
    **dict.fromkeys(("zwanzig", "twenty"), 20.0),
    **dict.fromkeys(("fünfzig", "fifty"), 50.0),
    **dict.fromkeys(("hundert", "hundred"), 100.0),
    **dict.fromkeys(("tausend", "thousand"), 1000.0),
}
_WORD_MULTIPLE = re.compile(
    # (not "ein", "one": "einfach" is simple)
    rf"(?<![\w-])(?P<num>(?i:{'|'.join(_MULTIPLE_VALUES)}))"
    r"(?i:fach(?:e[nrs]?)?|fold)\b"
)


def word_multiples(text: str) -> list[Number]:
    """Multiples told in words ("mehr als fünffach überzeichnet": 5), with no unit."""
    return [
        Number(
            value=_MULTIPLE_VALUES[m.group("num").casefold()],
            unit=None,
            start=m.start(),
            end=m.end(),
            raw=m.group(0),
        )
        for m in _WORD_MULTIPLE.finditer(text)
    ]


_EACH = frozenset("jeweils je pro jedes jede jeder each per every".split())
_WORD_UNITS = frozenset(
    {"GW", "MW", "percent", *(name for name in _UNIT_NAMES if name.isupper() and len(name) == 3)}
)


@dataclass(frozen=True, slots=True)
class Number:
    value: float
    unit: str | None
    start: int
    end: int
    raw: str


def _to_float(raw: str, language: str) -> float:
    """babel in strict mode refuses `4.5` for `de` (it would read 45): try the text's locale first."""
    if raw.isdigit():
        return float(raw)  # the common case, and babel is slow for it
    if "'" in raw or "’" in raw:
        return float(raw.replace("'", "").replace("’", ""))  # Swiss thousands: "1'200", "Fr. 1'250.50"
    first, second = ("de", "en") if language == "de" else ("en", "de")
    for locale in (first, second):
        try:
            return float(parse_decimal(raw, locale=locale, strict=True))
        except NumberFormatError:
            continue
    return float(raw.replace(",", "."))


def _unit_after(text: str, local: Mapping[str, str]) -> str | None:
    """The unit word right after a number (at most one word between: `10 Gigawatt`, `1 Mio. GPU`); a
    currency's noun alone is the one `local` pins it to."""
    window = text[:_UNIT_WINDOW]
    first = _WORD.match(window.lstrip(" \u00a0\u202f"))
    if first is not None and folded(first.group(0)) in local:
        # "16,4 Milliarden Kwacha" in an article on Malawi's: the one the document pins the noun to, though
        # babel's German names Zambia's so too
        return local[folded(first.group(0))]
    token = window.split(maxsplit=1)[0] if window.strip() else ""
    if "-" in token and (hyphened := _hyphened_currency(token)) is not None:
        return hyphened
    match = _UNIT.search(window)
    if match is not None and match.lastgroup is not None:
        between = window[: match.start()].strip(" -\u00a0\u202f")
        if any(ch.isdigit() for ch in between) or len(between.split()) > 1:
            match = None
    other = _other_currency(window) if match is None or match.start() > 0 else None
    if other is not None and (match is None or other[0] < match.start()):
        return other[1]
    if match is None:
        return _bare_currency(window, local)
    return local.get(folded(match.group(0)), match.lastgroup)


def find_numbers(text: str, language: str = "de", local: Mapping[str, str] | None = None) -> list[Number]:
    """Every number in `text` with its scale applied and the unit that follows (or precedes) it; `local`:
    the currencies the document pins bare currency nouns to (`local_currencies`)."""
    scales = _SCALES_DE if language == "de" else _SCALES_EN
    found: list[Number] = []
    scaled: list[float] = []  # each number's scale word's factor (1 without one)
    for match in _NUMBER.finditer(text):
        if _DESIGNATION.search(text, max(0, match.start() - 3), match.start()):
            continue  # "NX-7-Chips", "A-320": a model's name, no figure
        if _DESIGNATED.match(text, match.end("num")) and not _CURRENCY_BEFORE.search(
            text[max(0, match.start() - 4) : match.start()]
        ):
            continue  # "800G-Transceiver", "5G-Netz": a product's name, no figure
        raw = match.group("num")
        value = _to_float(raw, language)
        end = match.end("num")
        word = (match.group("scale") or "").lower()
        before = _CURRENCY_BEFORE.search(text[max(0, match.start() - 4) : match.start()])
        # "$500B", "€1.3bn": after a currency sign a letter is the sum's scale, in any language
        factor = scales.get(word) or (_SCALES_EN.get(word) if before is not None else None)
        if factor is not None:
            value *= factor
            end = match.end("tail")
        after = text[end : end + _UNIT_WINDOW]
        unit = before.lastgroup if before is not None else _unit_after(after, local or {})
        if re.fullmatch(r"(19|20)\d\d", raw) and (
            unit is None or (factor is None and _SIGN_APART.search(text, 0, match.start()))
        ):
            unit = "year"  # ... as in "acme $ 2025", a search box's sign and year, not "$2025"
        found.append(
            Number(value=value, unit=unit, start=match.start(), end=end, raw=text[match.start() : end])
        )
        scaled.append(factor or 1.0)
    found = _ranged(text, _compared(text, _ranged(text, found, scaled), scaled), scaled)
    if any(ch.isalpha() for ch in text):
        found.extend(_spelled(text, scales))
        found.sort(key=lambda n: n.start)
    return found


_SIGN_APART = re.compile(r"[$€£¥]\s+$")  # a currency sign a space away from a bare year
_DESIGNATION = re.compile(r"[^\W\d_]-$")  # letters and a hyphen right before the digits
_DESIGNATED = re.compile(r"[A-Z]-\w")  # one capital and a hyphen right after them ("800G-Transceiver")

# "Umsatz 186,4 Mio. CHF (Vj.: 131,2 Mio.)", "31,5 Mio. CHF nach 19,8 Mio. im Vorjahr": a value compared
# with the one before it, which newswires write with its scale only; it is in that one's unit
_COMPARED_JOIN = re.compile(
    r"[^\d();]{0,20}?(?:\((?:[^()\d]{0,25}:)?"
    r"|\b(?:nach|gegenüber|ggü\.|vs\.?|versus|after|against|compared with))\s*$",
    re.I,
)


def _compared(text: str, found: list[Number], scaled: list[float]) -> list[Number]:
    out = list(found)
    for i in range(1, len(found)):
        before, number = out[i - 1], found[i]
        if i > 1 and RANGE_JOIN.fullmatch(text[before.end : number.start]):
            before = out[i - 2]  # "(bisher: 650 bis 680 Mio.)": the range's high, as its low is compared
            joined = text[before.end : found[i - 1].start]
        else:
            joined = text[before.end : number.start]
        if (
            number.unit is None
            and scaled[i] != 1.0
            and before.unit not in (None, "year", "percent")
            and _COMPARED_JOIN.fullmatch(joined)
        ):
            out[i] = replace(number, unit=before.unit)
    return out


# "24,50 bis 28,00 Euro", "zwischen 3,1 und 3,5 Milliarden Euro", "$20-25 billion": the words joining a
# range's bounds, the first of which takes the second's scale and unit
RANGE_JOIN = re.compile(r"\s*(?:bis|und|to|and|–|-)\s*", re.I)


# "von 6.000 auf 9.500 Quadratmeter", "from 6,000 to 9,500": a change; the old value takes the new one's unit
_CHANGE_JOIN = re.compile(r"\s*(?:auf|to)\s*", re.I)
_FROM = re.compile(r"\b(?:von|from)\s*$", re.I)


def _ranged(text: str, found: list[Number], scaled: list[float]) -> list[Number]:
    out = list(found)
    for i in range(len(found) - 1):
        low, high = found[i], found[i + 1]
        if (
            low.unit is None
            and high.unit not in (None, "year")
            and scaled[i] == 1.0
            and (
                RANGE_JOIN.fullmatch(text[low.end : high.start])
                or (_CHANGE_JOIN.fullmatch(text[low.end : high.start]) and _FROM.search(text[: low.start]))
            )
        ):
            out[i] = replace(low, value=low.value * scaled[i + 1], unit=high.unit)
    return out


def german_adjectives(country: str) -> set[str]:
    """A one-word country's German adjective in each ending ("moldau": "moldauische", "rumanien":
    "rumanische"): a document's words point to its currency by it ("der moldauische Serverbauer"), and a
    question to its place ("die tunesische Fabrik")."""
    if " " in country or len(country) < MIN_COUNTRY_ADJECTIVE:
        return set()
    base = country[:-1] if country.endswith(_SOFT_ENDS) else country
    base = country[:-3] if country.endswith("ien") else base
    # ("Kirgisistan": "kirgisisch", "Kasachstan": "kasachisch"; "Pakistan": "pakistanisch" by the name)
    base = country.removesuffix("istan").removesuffix("stan") if country.endswith("stan") else base
    return {f"{b}isch{e}" for b in {base, country} for e in ("", "e", "en", "er", "es", "em")}


_SOFT_ENDS = ("a", "e", "y", "o")  # a last vowel the adjective drops ("Eritrea": "eritreisch")
OWN_COUNTRY_LEAD = 300  # characters by which an article names its own country before another one
# letters of a country's name from which its adjective is formed ("Oman"; not "Tschad"'s)
MIN_COUNTRY_ADJECTIVE = 4


CAPITALS = Path(__file__).resolve().parent.parent / "data" / "capitals.tsv"


def _capitals() -> dict[str, tuple[str, ...]]:
    """ISO territory → its capital's names in German and English (bot/data/capitals.tsv)."""
    found: dict[str, tuple[str, ...]] = {}
    for line in CAPITALS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            territory, names = line.split("\t")
            found[territory] = tuple(names.split("|"))
    return found


def _bare_names() -> tuple[
    dict[str, frozenset[str]], dict[str, tuple[re.Pattern[str], re.Pattern[str]]], dict[str, frozenset[str]]
]:
    """A currency's noun alone ("Rand", "Pesos", "Kronen") → the currencies in use it may be; and per code,
    what names it for sure (its full name in German or English, or its code) and what points to it (its
    country or its adjective: "der mexikanische Trust", "in Mexiko"), as a pattern and as words."""
    from babel import Locale

    nouns: dict[str, set[str]] = {}
    named: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {}
    points: dict[str, frozenset[str]] = {}
    territories: dict[str, set[str]] = {}
    for territory in get_global("territory_currencies"):
        for code in get_territory_currencies(territory):
            for lang in ("de", "en"):
                place = Locale(lang).territories.get(territory)
                if place:
                    # ("Republik Moldau": "moldauische", by its last word)
                    said = folded(place)
                    territories.setdefault(code, set()).update({said, *german_adjectives(said.split()[-1])})
            # ... and its capital ("Baku (Reuters) –": Azerbaijan's manat)
            territories.setdefault(code, set()).update(folded(c) for c in _capitals().get(territory, ()))
    for code in sorted(_in_use()):
        full: set[str] = set()
        pointing: set[str] = set(territories.get(code, ()))
        for lang in NAMING_LOCALES:
            for count in (1, 2):
                *adjectives, noun = _currency_words(code, count, lang)
                nouns.setdefault(noun.rsplit("-", 1)[-1], set()).add(code)
                forms = [""]
                for adjective in adjectives:
                    forms = [f"{f} {d}".strip() for f in forms for d in _declined(adjective)]
                    pointing |= _declined(adjective)
                # (not the bare noun alone: "Kwacha", babel's German name of Zambia's, names no one currency)
                full |= {f"{f} {noun}".strip() for f in forms if f or "-" in noun}
        named[code] = (
            re.compile(rf"\b{code}\b|(?i:{'|'.join(sorted(map(re.escape, full), key=len, reverse=True))})\b"),
            # a country in the genitive points to it too ("eines der größten Rechenzentren Mexikos")
            re.compile(
                rf"(?i:\b(?:{'|'.join(sorted(map(re.escape, pointing), key=len, reverse=True))})s?\b)"
            ),
        )
        points[code] = frozenset(pointing)
    return {n: frozenset(c) for n, c in nouns.items()}, named, points


_BARE, _NAMED, _POINTS = _bare_names()
MIN_CURRENCY_PREFIX = 4  # "Bahama-": a country's word; "US-" is named in full by the dollar's own pattern


def _hyphened_currency(token: str) -> str | None:
    """ "312 Millionen Bahama-Dollar": a currency's noun after its country's word, spelt otherwise than
    babel's name ("Bahamas-Dollar"): the one currency of that noun whose country or adjective the word
    begins, or is begun by."""
    *before, last = token.rstrip(".,;:").split("-")
    noun = folded(last)
    prefix = folded(" ".join(before))
    if noun not in _BARE or len(prefix) < MIN_CURRENCY_PREFIX:
        return None
    codes = {
        code
        for code in _BARE[noun]
        for word in _POINTS.get(code, ())
        if len(word) >= MIN_CURRENCY_PREFIX and (word.startswith(prefix) or prefix.startswith(word))
    }
    codes = _today(codes)
    return codes.pop() if len(codes) == 1 else None


_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][^\W\d_]+e[nrs]?")  # a country's adjective, capitalised as in a name
_WORD = re.compile(_LETTERS)


def local_currencies(text: str) -> dict[str, str]:
    """The bare currency nouns a document's own words pin to one currency ("2,8 Milliarden Kronen" in an
    article that says "dänische Kronen"; "11,4 Milliarden Pesos" beside "der mexikanische Trust"): the one
    it names in full or by code, else the one whose country or adjective it names, if only one."""
    local: dict[str, str] = _abbreviated(text)
    plain_text = plain(text)  # (the names are matched without accents, the codes in capitals)
    for noun in {folded(w) for w in _WORD.findall(text)} & _BARE.keys():
        codes = _BARE[noun]
        if len(codes) < 2:
            continue
        for sure in (True, False):
            found = {c: m.start() for c in codes if (m := _NAMED[c][0 if sure else 1].search(plain_text))}
            hits = _today(set(found))
            if hits:
                first, *rest = sorted(hits, key=lambda c: (found[c], c))
                # (two countries pointed at: the one the article names first, its own, where the other comes
                # well after: "Der moldauische Serverbauer …", long before "Kunden in Rumänien")
                if not rest or (not sure and found[rest[0]] - found[first] >= OWN_COUNTRY_LEAD):
                    local[noun] = first
                break
    return local


# "1,8 Milliarden ZiG (Zimbabwe Gold)", "Zimbabwe Gold (ZiG)": a short form the article brings in beside
# the currency's name
_SHORT_FORM = re.compile(r"\b([A-Za-z]{2,5})\s+\(([^()]{3,40})\)|\b([^()]{3,40}?)\s+\(([A-Za-z]{2,5})\)")


def _abbreviated(text: str) -> dict[str, str]:
    """The short forms a document gives a currency by its name in brackets beside them ("ZiG (Zimbabwe
    Gold)"): a name whose last word is a currency's noun and whose other words name its country or its
    adjective, when that picks one currency in use."""
    found: dict[str, str] = {}
    for match in _SHORT_FORM.finditer(text):
        short, name = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
        words = _WORD.findall(plain(name))[-NAME_WORDS_MAX:]
        if len(words) < 2 or folded(words[-1]) not in _BARE or folded(short) in _BARE:
            continue
        codes = {c for c in _BARE[folded(words[-1])] if any(_NAMED[c][1].fullmatch(w) for w in words[:-1])}
        codes = _today(codes)
        if len(codes) == 1:
            found[folded(short)] = codes.pop()
    return found


def _bare_currency(window: str, local: Mapping[str, str]) -> str | None:
    """The currency a noun right after a number names alone ("3,8 Milliarden Rand"): the one currency in
    use so called, or the one the document pins it to."""
    first = _WORD.match(window.lstrip(" \u00a0\u202f"))
    if first is None:
        return None
    noun = folded(first.group(0))
    token = window.split(maxsplit=1)[0].rstrip(".,;:") if window.strip() else ""
    if "-" in token and _WORD.fullmatch(last := token.rsplit("-", 1)[1]):
        # "9,8 Milliarden Kap-Verde-Escudos": a name babel words otherwise ("Cabo-Verde-Escudos"), by its noun
        noun = folded(last)
    if noun not in _BARE and _ADJECTIVE.fullmatch(first.group(0)):
        # "420 Milliarden Mongolische Tugrik": a country's adjective before a noun babel pairs with another
        # word ("Mongolischer Tögrög"); the adjective picks among the noun's currencies, if it points to one
        second = _WORD.match(window.lstrip(" \u00a0\u202f")[first.end() :].lstrip(" \u00a0\u202f"))
        if second is not None and folded(second.group(0)) in _BARE:
            noun = folded(second.group(0))
            pointed = {c for c in _BARE[noun] if _NAMED[c][1].fullmatch(plain(first.group(0)))}
            if len(pointed) == 1:
                return pointed.pop()
    codes = _today(set(_BARE.get(noun, frozenset())))
    return next(iter(codes)) if len(codes) == 1 else local.get(noun)


def _spelled(text: str, scales: dict[str, float]) -> list[Number]:
    """Figures written as a word before a unit, with or without a scale between. Like a figure in digits,
    a Number ends after its scale; the unit word follows."""
    found = []
    for match in _WORD_NUMBER.finditer(text):
        before = text[max(0, match.start() - _UNIT_WINDOW) : match.start()].split()
        if before and before[-1].lower() in _EACH:
            continue  # "sobald jeweils ein Gigawatt in Betrieb geht": each one, not a figure of one
        value = _WORD_VALUES[match.group("num").lower()]
        scale = (match.group("scale") or "").lower()
        value *= scales.get(scale) or _SCALES_DE.get(scale, 1.0)
        unit = _UNIT.match(text, match.end())
        if unit is None or unit.lastgroup not in _WORD_UNITS:
            continue
        if (
            len(unit.lastgroup) == 3
            and unit.lastgroup.isupper()
            and re.match(r"-?[^\W\d_]", text[unit.end() :])
        ):
            continue  # "einen Dollarkredit", "ein Euro-Kredit": a kind of loan, no sum of one
        end = match.end("scale") if match.group("scale") else match.end("num")
        found.append(
            Number(
                value=value, unit=unit.lastgroup, start=match.start(), end=end, raw=text[match.start() : end]
            )
        )
    return found


def mentions_value(text: str, value: float, language: str = "de") -> bool:
    """Whether `text` states `value` (scaled) anywhere, as the figure check of a quote needs."""
    for number in find_numbers(text, language):
        if abs(number.value - value) <= 1e-9 * max(1.0, abs(value)):
            return True
    return False
