"""Every sentence of every document as evidence: its words and stems, the names it mentions (and the
document's subject it inherits), its figures with units, dates, periods, durations, places, people and
whether it reports what someone said. Built once per reload, with the names the documents taught.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

from bot.engine.lexicon import STOPWORDS
from bot.engine.names import (
    COMPANY_NOUNS,
    DESCRIPTOR_ENDINGS,
    MADE_ONE,
    ORG,
    ORG_HEADS,
    PERSON,
    PLACE,
    TOWN_ENDINGS,
    NameBook,
    descriptor,
    is_judge,
    kind_nouns,
)
from bot.engine.text import normalize, participle_root, stem
from bot.engine.translations import dictionary_word
from bot.knowledge.base import Document
from bot.knowledge.models import CURRENCIES
from bot.knowledge.numbers import (
    CURRENCY_NOUNS,
    OTHER_CURRENCY_CODES,
    Number,
    find_numbers,
    folded,
    local_currencies,
)
from bot.knowledge.sentences import Sentence, split_paragraphs

_MONTHS = (
    "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|January|February|"
    "March|May|June|July|October|December"
)
_NUMBER_WORDS = (
    "ein|einem|einen|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|fünfzehn|zwanzig"
)
# Dates and periods as articles write them: "zweite Hälfte 2026", "bis Ende 2027", "im zweiten Quartal
# 2026", "Q3 2026", "12. November", "2025/07/24", "in den kommenden Wochen".
DATE = re.compile(
    rf"(?:(?:ersten|zweiten|dritten|vierten|erste|zweite|dritte|vierte|first|second|third|fourth)\s+"
    rf"(?:Hälfte|Halbjahr|Quartal|half|quarter)\s+(?:des\s+Jahres\s+|of\s+)?\d{{4}})"
    rf"|(?:(?:Ende|Anfang|Mitte|Beginn|Frühjahr|Sommer|Herbst|Winter|end|start|mid)\s+(?:des\s+Jahres\s+)?\d{{4}})"
    rf"|(?:\d{{1,2}}\.\s*(?:{_MONTHS})(?:\s+\d{{4}})?)"
    rf"|(?:(?:{_MONTHS})\s+\d{{4}})"
    rf"|(?:\b[QH][1-4]\s*/?\s*\d{{4}}\b)"
    r"|(?:\b\d{4}[/-]\d{2}[/-]\d{2}\b)"
    r"|(?:in\s+den\s+(?:kommenden|nächsten)\s+(?:Wochen|Monaten|Tagen))"
    r"|(?:\b(?:19|20)\d{2}\b)",
    re.I,
)
# Counts written as words ("sechs Rechenzentrumsgebäude", "three sites"); "ein/eine" is an article.
COUNT_WORDS = {
    w: i
    for i, group in enumerate(
        [
            "",
            "",
            "zwei two",
            "drei three",
            "vier four",
            "fünf five",
            "sechs six",
            "sieben seven",
            "acht eight",
            "neun nine",
            "zehn ten",
            "elf eleven",
            "zwölf twelve",
        ]
    )
    for w in group.split()
}
# A share said as a fraction: "zwei Drittel", "ein Viertel", "die Hälfte der Stellen", "a third"; not "in der
# zweiten Hälfte 2026" (a half-year: an ordinal between, or a year after).
FRACTION = re.compile(
    r"\b(?P<count>ein|eine|einem|einen|einer|zwei|drei|vier|a|one|two|three)\s+"
    r"(?P<part>Drittel|Viertel|Fünftel|Zehntel|thirds?|quarters?|fifths?)\b"
    r"|\b(?:die|der|zur|eine|a|one)\s+(?P<half>Hälfte|half)\b(?!\s+(?:of\s+)?\d{4})",
    re.I,
)
_FRACTION_PARTS = {
    "drittel": 3, "third": 3, "viertel": 4, "quarter": 4, "fünftel": 5, "fifth": 5, "zehntel": 10,
}  # fmt: skip


def fractions(sentence: str) -> list[Number]:
    """The shares a sentence says as fractions, as percentages ("zwei Drittel": 66.67)."""
    out = []
    for match in FRACTION.finditer(sentence):
        if match["half"]:
            value, start = 50.0, match.start("half")
        else:
            count = COUNT_WORDS.get(match["count"].casefold(), 1)
            value = 100.0 * count / _FRACTION_PARTS[match["part"].casefold().rstrip("s")]
            start = match.start()
        out.append(Number(value=round(value, 2), unit="percent", start=start, end=match.end(), raw=match[0]))
    return out


_SPELLED_COUNT = re.compile(
    rf"\b((?i:{'|'.join(COUNT_WORDS)}))\b(?=\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ]"
    # "zwei der neun Sitze", "zwei der 24 Faserpaare": a part of a whole counted
    rf"|\s+(?:der|des)\s+(?:[a-zäöüß]+\s+)?(?:\d|(?i:{'|'.join(COUNT_WORDS)})\b))"
)
DEADLINE_REACH = 20  # letters before a date in which "bis", "by the" stand
_DEADLINE_BEFORE = re.compile(
    r"\b(?:bis|by|until|spätestens|no later than)\s+(?:(?:zum|the|zur)\s+)?"
    r"(?:(?:end|middle|close)\s+of\s+)?$",
    re.I,
)


def deadline(text: str, at: int) -> bool:
    """Is the date starting at `at` said as a deadline ("bis Ende 2025")? A deadline is when something is
    to be done, never when it was announced."""
    return _DEADLINE_BEFORE.search(text, max(0, at - DEADLINE_REACH), at) is not None


# A date to the day: "14. Oktober 2025", "2025-10-14".
DAY = re.compile(rf"\d{{1,2}}\.\s*(?:{_MONTHS})|\b\d{{4}}[/-]\d{{2}}[/-]\d{{2}}\b", re.I)
# A date that names its month ("im März 2026", "2026-03"): what "in welchem Monat" asks.
MONTH = re.compile(rf"\b(?:{_MONTHS})\b|\b\d{{4}}[/-]\d{{2}}\b", re.I)
# A date that names its quarter ("im dritten Quartal 2026", "Q3 2026"): what "in welchem Quartal" asks.
QUARTER = re.compile(
    r"\bQ[1-4]\b|\b(?:ersten|zweiten|dritten|vierten|first|second|third|fourth)\s+(?:Quartal|quarter)", re.I
)
# A price that moved: "legte um 11 Prozent zu", "gab um 2 Prozent nach", "schloss 2 Prozent höher" or "im
# Plus", "fell".
MOVED = re.compile(
    r"\b(?:stieg|steigt|steigen|gestiegen|fiel|fällt|fallen|gefallen|sank|sinkt|sinken|gesunken|legte|legt|"
    r"zugelegt|zulegen|wachsen|wächst|wuchs|gewachsen|gab|gibt|steigert|steigerte|gesteigert|"
    r"nachgegeben|kletterte|klettert|verlor|verliert|verloren|gewann|gewinnt|sprang|brach|höher|tiefer|"
    r"schoss|schossen|rutschte|rutschten|sackte|stürzte|"
    r"stiegen|fielen|sanken|legten|gaben|kletterten|gewannen|sprangen|brachen|verloren|"
    r"im\s+(?:plus|minus)|ins\s+(?:plus|minus)|higher|lower|up|down|"
    r"rose|rises|risen|fell|falls|fallen|jumped|jumps|climbed|dropped|slid|gained|lost|surged|soared|"
    # ... or raised or cut by someone: "erhöht Preise um 18 Prozent", "die Kosten um 35 Prozent senken"
    r"erhöht|erhöhte|erhöhen|angehoben|anheben|hebt|senken|senkt|senkte|gesenkt|kürzen|kürzt|gekürzt|"
    r"reduzieren|reduziert|raised?|raises|increased?|increases|cut|cuts|reduced?|reduces|lowered)\b"
    # "schloss die Aktie 18 Prozent über dem Ausgabepreis": a move measured from a price
    r"|\b(?:prozent|percent)\s+(?:über|unter|above|below)\b"
    # "ein Plus von 29,6 Prozent", "ein Zuwachs um 12 Prozent": a move said by its noun
    r"|\b(?:einem|ein|einen)\s+(?:Plus|Minus|Zuwachs|Anstieg|Rückgang|Wachstum)\s+(?:von|um)\b"
    # "fordert 7,5 Prozent mehr Lohn": a rise by its share
    r"|\b(?:prozent|percent)\s+(?:mehr|weniger)\b",
    re.I,
)
# A duration said as an adjective ("zehnjährige", "nach einer neunmonatigen Prüfung"), before its ending
SPAN_ADJECTIVE = "(?:jährig|monatig|wöchig|tägig)"
# Durations: "über drei Jahre", "eine Laufzeit von zwölf Jahren", "sieben Jahre lang", "for five years".
DURATION = re.compile(
    rf"(?<!vor )\b(?:\d+|{_NUMBER_WORDS}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
    r"(?:[\s-]+(?:weitere[n]?|additional))?[\s-]+"
    r"(?:Jahre|Jahren|Jahr|Jahrzehnte|Jahrzehnten|Jahrzehnt|Monate|Monaten|Wochen|Tage|Tagen|years|months|"
    r"weeks|days|decades?|Stunden|hours|Minuten|minutes)\b"
    # ("ein Jahr zuvor", "two years later": a time before or after, not how long)
    r"(?!\s+(?:zuvor|vorher|davor|früher|später|danach|ago|earlier|before|later)\b)"
    # "zehnjährige", "5-jährigen", "nach einer neunmonatigen Prüfung"; not "langjähriger"
    rf"|\b(?:\d+-|{_NUMBER_WORDS}){SPAN_ADJECTIVE}e[nrs]?\b"
    # "innerhalb eines Monats", "binnen einer Woche", "within a year": one of the unit
    r"|\b(?:innerhalb|binnen|within)\s+(?:eines|einer|a|one)\s+(?:Monats|Jahres|Woche|month|year|week)\b",
    re.I,
)
_PERIOD_UNITS = {
    "jahrzehnt": "decade", "decade": "decade", "jahr": "year", "year": "year", "monat": "month",
    "month": "month", "woche": "week", "week": "week", "tag": "day", "day": "day", "stunde": "hour",
    "hour": "hour", "minute": "minute", "wöchig": "week", "tägig": "day",
}  # fmt: skip
_ONE = frozenset("ein einem einen eine einer eines a one".split())


def _currency_of(place: str, sentence: str) -> bool:
    """ "310 Milliarden Tansania-Schilling": the place names a currency there, and no site (said so only)."""
    said = [m.group(1).casefold() for m in re.finditer(rf"\b{re.escape(place)}-(\w+)", sentence)]
    return (
        bool(said) and all(folded(w) in CURRENCY_NOUNS for w in said) and len(said) == sentence.count(place)
    )


def periods(text: str) -> frozenset[tuple[float, str]]:
    """The durations a text states as (count, unit): "eine Laufzeit von sieben Jahren" is (7, "year"),
    "zehnjährige" (10, "year"); a duration whose count is no number ("innerhalb eines Monats") is one."""
    found = set()
    for match in DURATION.finditer(text):
        said = match.group(0).casefold().replace("-", " ").split()
        count = re.sub(rf"{SPAN_ADJECTIVE}e[nrs]?$", "", said[0])
        value = (
            float(count)
            if count.isdigit()
            else 1.0
            if count in _ONE or count in ("innerhalb", "binnen", "within")
            else float(COUNT_WORDS.get(count, 0))
        )
        unit = next((u for stem_, u in _PERIOD_UNITS.items() if stem_ in said[-1]), "year")
        if value:
            found.add((value, unit))
    return frozenset(found)


# A quote whose speaker is a pronoun: "…“, sagte sie.", "so der Manager", "he added".
PRONOUN_SPEAKER = re.compile(
    r"\b(?:sagte|sagt|erklärte|erklärt|betonte|betont|meinte|fügte|ergänzte|warnte|warnt|räumte|verwies|"
    r"kritisierte|sieht|sah|so)\s+(?:sie|er)\b"
    r"|\b(?:she|he)\s+(?:said|says|added|noted|told)\b"
    # ... or one opening on the person just named: "Dieser kündigte an, die Preise … zu beobachten"
    r"|^\s*(?:dieser|diese|er|sie)\s+(?:kündigte|erklärte|betonte|sagte|warnte|verwies|räumte|kritisierte|"
    r"forderte|versprach|bekräftigte|stellte|fügte)\b",
    re.I,
)
SPEECH = re.compile(
    r"\b(?:sagte|sagt|erklärte|erklärt|betonte|betont|meinte|bezeichnete|bezeichnet|kommentierte|schrieb|"
    r"fügte|teilte|zufolge|äußerte|äußert|nannte|nennt|hebt|hob|warnte|warnt|merkte|kündigte|"
    r"hält|hielt|bewertete|bewertet|bewerten|kritisieren|warnen|sieht|sah|kritisiert|kritisierte|verweist|verwies|fürchten|fürchtet|"
    r"befürchten|befürchtet|bezweifelt|bezweifelte|rechnete|lobte|"
    r"said|says|told|stated|added|according|called|calls|noted|warned|thinks|believes|criticised|criticized|"
    r"argued|argues|fears)\b|[„“\"»«]",
    re.I,
)

# The word a number counts, past up to two adjectives (German nouns are capitalised; adjectives are not):
# `1.400 neue Server-Racks`, `450 dauerhaften Arbeitsplätzen`.
_TAIL_WORD = re.compile(r"[\w-]+")
# A sentence opening on a demonstrative speaks of what the one before named: "Dieser hatte …"
_DEMONSTRATIVE_OPEN = re.compile(
    r"^(?:Dieser|Diese|Dieses|Diesem|Diesen|Letzterer|Letztere|This|These|The latter)\b"
)
# "zwei der neun Sitze", "two of the nine seats": the noun counted comes after these and the whole's number
_PARTITIVE = frozenset("der des von den of the".split())
# "48.000 statt 40.000 KI-Beschleunigern", "48,000 instead of 40,000 chips": both count the noun after
_INSTEAD_WORDS = frozenset("statt anstatt anstelle instead of rather than".split())
_ATTRIBUTIVE_ENDINGS = ("e", "en", "er", "es", "em")  # "neue Papiere", "weiteren Stellen": a noun follows
_ASIDE = re.compile(r"\s*\(([^()]{1,80})\)")  # a noun's other name in brackets right after it

# Ordinals by number, in both languages and their German forms: "second" is "zweite(n/r/s)".
ORDINAL_FORMS = {
    # (and an enumeration's "erstens", "secondly": the second condition, step or site)
    1: frozenset("first erste ersten erster erstes erstens firstly".split()),
    2: frozenset("second zweite zweiten zweiter zweites zweitens secondly".split()),
    3: frozenset("third dritte dritten dritter drittes drittens thirdly".split()),
    4: frozenset("fourth vierte vierten vierter viertes viertens fourthly".split()),  # the fourth quarter
}


# A stage written with its number after it: "phase 2", "Stufe 3" (the second, the third)
STAGE_NOUNS = (
    "phase",
    "stage",
    "stufe",
    "ausbaustufe",
    "abschnitt",
    "bauabschnitt",
    "tranche",
    "step",
    "schritt",
)


# Nouns after which an ordinal names a time ("im ersten Quartal", "second half"), not a stage
TIME_NOUNS = ("quartal", "quarter", "halbjahr", "haelfte", "half", "monat", "month", "woche", "week", "tag")

# A quarter or half-year in shorthand, as chat and newswires write it ("q4 guidance", "im Q3", "H1 2026")
_PERIOD_SHORTHAND = re.compile(r"^([qh])([1-4])$")
_PERIOD_SHORTHAND_NOUNS = {"q": "quartal", "h": "haelfte"}


def period_shorthand(word: str) -> tuple[int, str]:
    """ "q4" → (4, "quartal"), "h2" → (2, "haelfte"); else (0, "")."""
    found = _PERIOD_SHORTHAND.match(word)
    if found and (found.group(1) == "q" or int(found.group(2)) <= 2):
        return int(found.group(2)), _PERIOD_SHORTHAND_NOUNS[found.group(1)]
    return 0, ""


def stages(said: Iterable[str]) -> frozenset[int]:
    """The ordinals among the words, but those of a time ("im ersten Quartal"), and the numbers of stages
    written "Phase 2" ("die zweite Phase": 2)."""
    words_ = list(said)
    untimed = (w for w, after in pairwise([*words_, ""]) if not after.startswith(TIME_NOUNS))
    return ordinals(untimed) | numbered_stage(words_)


def numbered_stage(words: Iterable[str]) -> frozenset[int]:
    """The numbers of stages written with their number after them ("Phase 2", "Stufe 3", "phase one")."""
    return frozenset(
        _STAGE_NUMBERS.get(b) or int(b)
        for a, b in pairwise(words)
        if a.startswith(STAGE_NOUNS) and (b in _STAGE_NUMBERS or (b.isdigit() and int(b) in ORDINAL_FORMS))
    )


_STAGE_NUMBERS = {"one": 1, "eins": 1, "two": 2, "zwei": 2, "three": 3, "drei": 3}


def ordinals(said: Iterable[str]) -> frozenset[int]:
    """The ordinals (1, 2, 3) among the words."""
    words_ = set(said)
    return frozenset(n for n, forms in ORDINAL_FORMS.items() if forms & words_)


# Currencies a money question accepts (Number.unit values).
MONEY_UNITS = CURRENCIES | OTHER_CURRENCY_CODES  # every currency in use, as an article may give any


@dataclass(frozen=True, slots=True)
class Passage:
    id: int
    document: str
    position: int
    text: str
    words: tuple[str, ...]
    # each stem once; a tuple, not a set: a sentence has few, and 10,000 small sets cost ~6 MB more
    stems: tuple[str, ...]
    numbers: tuple[Number, ...]
    names: frozenset[str]  # names the sentence mentions (canonical keys)
    about: frozenset[str]  # those, plus the document's subject where the sentence names no company
    near: frozenset[str]  # those, plus the subject where it names no company outside the subject
    people: tuple[str, ...]
    places: tuple[str, ...]
    orgs: tuple[str, ...]
    dates: tuple[str, ...]
    durations: tuple[str, ...]
    speech: bool
    lead: bool  # title or lead sentence
    # A company's seat the sentence states, as (company, place): "Acme aus Zug", "mit Sitz in Zug", "der
    # Leipziger Betreiber Acme". The company is "" where the sentence speaks of it ("der Konzern aus Zug").
    homes: tuple[tuple[str, str], ...] = ()
    # What the sentence calls a company, as (company, words): "Acme, der König der Chips," → (acme, "der
    # König der Chips"); "der dänische Rechenzentrumsbetreiber Acme" → (acme, "dänische
    # Rechenzentrumsbetreiber").
    described: tuple[tuple[str, str], ...] = ()
    # The stages it speaks of: those it names ("Phase 2", "die zweite Ausbaustufe"), else those the sentence
    # before in its paragraph spoke of ("Phase 2 führt nach Dublin. … Baustart ist 2028")
    stages: frozenset[int] = frozenset()
    # The places (no company's seat) the sentences before in its paragraph named, where it names none: "Als
    # letzter Standort folgt Lund. Die Investition beläuft sich auf 1,2 Mrd." is of Lund
    site: frozenset[str] = frozenset()
    paragraph: int = 0  # the position of its paragraph's first sentence
    # the stems of the separable verbs it splits, joined: "ruft … zurück" → "zuruckruf"
    joined: tuple[str, ...] = ()

    def figures(self, units: frozenset[str]) -> list[Number]:
        return [n for n in self.numbers if n.unit in units]

    def counts(self) -> list[tuple[Number, str]]:
        """Numbers with the word they count: `24.000 KI-Beschleuniger` → (24000, `ki beschleuniger`),
        `sechs Rechenzentrumsgebäude` → (6, `rechenzentrumsgebaeude`)."""
        out = []
        spelled = [
            Number(
                value=float(COUNT_WORDS[m.group(1).casefold()]),
                unit=None,
                start=m.start(1),
                end=m.end(1),
                raw=m.group(1),
            )
            for m in _SPELLED_COUNT.finditer(self.text)
        ]
        label = _LABEL.match(self.text)
        number_of = _NUMBER_OF.search(self.text)
        before = ""  # the noun the sentence's last count counted
        for number in sorted((*self.numbers, *spelled), key=lambda n: n.start):
            if number.unit in MONEY_UNITS or number.unit in ("percent", "year", "GW", "years"):
                continue
            tail = _TAIL_WORD.findall(self.text[number.end : number.end + 60])[:3]
            if not tail and number.unit is None and number_of and number.start > number_of.end():
                # "Die Zahl der Geschäftskunden stieg binnen zwölf Monaten auf 18.450.": the number named
                # before, not the months counted on the way
                out.append((number, normalize(number_of.group(1))))
                continue
            if not tail and before and number.unit is None:
                # "mehr als 350 Menschen auf der Baustelle, im laufenden Betrieb dauerhaft etwa 85.": the
                # figure ending the sentence counts the noun left out, the one counted before it
                out.append((number, before))
                continue
            if tail and tail[0].casefold() in _PARTITIVE:
                # "zwei der künftig neun Sitze", "two of the nine seats": a part of the noun a few words on
                tail = [
                    w
                    for w in _TAIL_WORD.findall(self.text[number.end : number.end + 80])[:5]
                    if w.casefold() not in _PARTITIVE and w.casefold() not in COUNT_WORDS and not w.isdigit()
                ]
            if tail and tail[0].casefold() in _INSTEAD_WORDS:
                tail = [
                    w
                    for w in _TAIL_WORD.findall(self.text[number.end : number.end + 80])[:6]
                    if w.casefold() not in _INSTEAD_WORDS and not w.isdigit()
                ]
            noun = next((w for w in tail if w[:1].isupper()), tail[0] if tail else "")
            if before and tail and tail[0].islower() and not tail[0].endswith(_ATTRIBUTIVE_ENDINGS):
                # "9 Millionen neue Papiere …, weitere 3,5 Millionen gibt der Investor ab": a verb right after
                # the figure leaves out its noun, the one counted before
                noun = before
            if number_of and number.start > number_of.end() and not noun[:1].isupper():
                noun = number_of.group(1)  # "von 2.900 auf rund 3.400" after "Die Zahl der Beschäftigten"
            if noun:
                out.append((number, normalize(noun)))
                before = normalize(noun)
                # "1.850 Kühlmittelverteiler (Coolant Distribution Units, CDUs)": its other names count it too
                at = self.text.find(noun, number.end)
                aside = _ASIDE.match(self.text, at + len(noun)) if at >= 0 else None
                if aside is not None:
                    out.extend(
                        (number, normalize(w)) for w in _TAIL_WORD.findall(aside.group(1)) if len(w) > 2
                    )
            if label:  # "Arbeitsplätze: rund 600 während der Bauphase, 95 im Dauerbetrieb"
                out.append((number, normalize(label.group(1))))
        return out


# A dateline opening the lead: place (and country), the day of the report, a dash
_DATELINE = re.compile(rf"^[A-ZÄÖÜ][^–—.!?]{{0,60}}?,\s*\d{{1,2}}\.\s*(?:{_MONTHS})\s+\d{{4}}\s*[–—-]\s+")


# ... or standing as a sentence of its own ("Misrata, 20. August 2025."), before the lead's first one
_DATELINE_ALONE = re.compile(rf"^[A-ZÄÖÜ][^–—.!?]{{0,60}}?,\s*\d{{1,2}}\.\s*(?:{_MONTHS})\s+\d{{4}}\.?$")


def _dateline_end(sentence: str) -> int:
    """Where the sentence's text begins after a dateline ("Ras al-Khaimah, 3. März 2026 – "), else 0."""
    found = _DATELINE.match(sentence)
    return found.end() if found else 0


def read(documents: dict[str, Document], book: NameBook) -> tuple[list[Passage], dict[int, tuple[int, ...]]]:
    """The documents' passages, and the list items each sentence ending in a colon introduces ("Zu den
    Vorteilen gehören:" → "• Schnelleres Training", "• Besserer Zugang")."""
    passages: list[Passage] = []
    items: dict[int, list[int]] = defaultdict(list)
    shared: dict[frozenset[str], frozenset[str]] = {}
    for document in documents.values():
        start = len(passages)
        body = document.text
        sentences = split_paragraphs(body)
        folded = " ".join(body.split())
        present = " ".join(document.title.split()) in folded
        if (
            document.title
            and present
            and (not sentences or normalize(sentences[0][0]) != normalize(document.title))
        ):
            # a quote must be verbatim: only a title the text holds
            sentences.insert(0, Sentence(document.title, True, False))
        subject = book.subjects.get(document.id, frozenset())
        local = local_currencies(body)
        last: frozenset[str] = frozenset()  # the companies the latest sentence naming any was about
        speaker: str | None = None  # the one person the sentence before names
        called: dict[str, set[str]] = defaultdict(set)  # company → the kinds the article calls it
        # The one company a sentence naming none spoke of by its kind ("…, dass das Start-up keinen Gewinn
        # erzielt."): the sentences after it in its paragraph that name none go on about it.
        referred: frozenset[str] = frozenset()
        intro: int | None = None  # the sentence ending in a colon whose list goes on
        previous_named = False  # the sentence before opened on a company
        opened_before: frozenset[str] = frozenset()  # ... the companies it opened on
        introduced: frozenset[str] = frozenset()  # the companies outside the subject it named first
        opener: frozenset[str] = frozenset()  # ... one of the article's subject
        seen: set[str] = set()  # the companies the article named so far
        named_here = False  # the paragraph named a company so far
        there: frozenset[str] = frozenset()  # the places the sentence before named
        staged: frozenset[int] = frozenset()  # the stages the paragraph speaks of so far
        section: frozenset[str] = frozenset()  # the companies the heading above names
        sited: frozenset[str] = frozenset()  # the places the paragraph named so far (no seats)
        paragraph = 0  # the position of the paragraph's first sentence
        for position, (sentence, opens, bullet) in enumerate(sentences):
            referred = frozenset() if opens else referred
            # a thing named (the old system „Gletscher“) is no company a new paragraph goes on about
            # ... nor is a company outside the article's subject: a new paragraph speaking of "das Vorhaben"
            # or "das Unternehmen" without a name is back on the article's own
            # (unless it opens on a demonstrative or says "dort": "Dieser hatte …", "läuft dort" are of the
            # rival just named)
            pointing = _DEMONSTRATIVE_OPEN.match(sentence) is not None or _THERE.search(sentence) is not None
            outside = not last & subject and not pointing
            last = frozenset() if opens and (last <= book.projects or outside) else last
            named_here = named_here and not opens
            intro = intro if bullet else None
            paragraph = position if opens or position == 0 else paragraph
            if len(sentence) < 12:
                continue
            # the title and lead say who does what: a company the article names only later is not theirs
            here = subject - book.main.get(document.id, frozenset()) if position <= 1 else subject
            rivals_on = not opens and bool(last) and not last & subject and previous_named
            # (or any company the article called so before: "Der Finanzinvestor übernimmt 49 Prozent" of "der
            # Londoner Finanzinvestor Globex Capital" two paragraphs up)
            meant = (
                # "Der Betreiber aus Virginia hatte …" after "… des US-Konzerns Orvane": a kind with where the
                # company is from is the one just named, not another the article called a "Betreiber"
                (last if len(last) == 1 and _KIND_FROM.match(sentence) else frozenset())
                or _called_so(sentence, called, last | subject)
                or _called_so(sentence, called, frozenset(called), specific=True)
                # (not the one just named when the sentence calls a company by a kind that one was never
                # called: "der regionale Netzbetreiber" after "der Windparkbetreiber Globex" is a third)
                or (frozenset() if _another_kind(sentence, called, last, book) else last)
            )
            tokens = sentence.split()
            for_its_part = False
            if (
                not opens
                and len(meant) > 1
                and passages
                and passages[-1].document == document.id
                and len(tokens) >= 2
                and tokens[0] in _DEMONSTRATIVES
                and tokens[1][:1].islower()
                and (latter := _named_last(passages[-1], meant))
            ):
                # "… an den Rückversicherer Globex weiter. Dieser ist erst seit 2021 am Markt": "dieser" is
                # the latter, the company the sentence before named last
                meant = frozenset({latter})
            elif (
                not opens
                and len(meant) > 1
                and len(opened_before) == 1
                and opened_before < meant
                and tokens[0] in _DEFINITE_OPENERS
                and refers_back(sentence)
            ):
                # "Globex zahlt dafür 620 Mio. an den Betreiber Acme. Die Gruppe investiert selbst 4,3 Mrd.":
                # a sentence opening on a kind no company was called goes on about the one the sentence
                # before opened on (not "Acme erhält 35 Prozent an Globex. Dazu gibt das Unternehmen …")
                meant = opened_before
            elif (
                tokens[0] in _DEFINITE_OPENERS
                and _FOR_ITS_PART.search(sentence) is not None
                and len(others := {k for k in meant | subject if book.names[k].display not in document.title})
                == 1
                and len(others) < len(meant | subject)
            ):
                # "Der Versorger will seinerseits 95 Mio. in neue Turbinen investieren" in an article whose
                # headline names Acme: "for its part" is the other side's, not Acme's
                meant, for_its_part = frozenset(others), True
            passage = _passage(
                len(passages),
                document.id,
                position,
                sentence,
                here,
                book,
                meant,
                shared,
                speaker,
                referred,
                local,
                rivals_on,
            )
            if (
                not passage.orgs
                and not named_here
                and not for_its_part
                and not _called_so(sentence, called, subject)
                and len(subject - book.projects) > 1
                and _opens_on_a_kind(sentence)
            ):
                # "Das Unternehmen beschäftigt rund 260 Ingenieure." in a paragraph of an article on Acme and
                # Globex that named neither yet: one of the two, and no sentence says which, so it is about
                # neither alone
                about = passage.about - subject
                passage = replace(passage, about=shared.setdefault(about, about))
            if introduced and not opens and not passage.orgs and _opens_on_a_deal(sentence):
                # the sentence before brought in a company from outside ("Neben Acme ist ein weiteres
                # Unternehmen beteiligt: Der Speicherspezialist Globex liefert …"): "Der Auftrag hat einen
                # Wert von …" is the article's deal with that one
                about, near = passage.about | last, passage.near | last
                passage = replace(
                    passage, about=shared.setdefault(about, about), near=shared.setdefault(near, near)
                )
            if (
                not passage.places
                and there
                and not opens
                and (_THERE.search(sentence) or _this_site(sentence))
            ):
                # "In Bellinzona entsteht der größere Cluster. Die Investition dort beziffert Acme auf 78
                # Mio.": the place the sentence before named is where "dort" is
                named, about, near = passage.names | there, passage.about | there, passage.near | there
                passage = replace(
                    passage,
                    places=tuple(sorted(there)),
                    names=shared.setdefault(named, named),
                    about=shared.setdefault(about, about),
                    near=shared.setdefault(near, near),
                )
            if position and _heads_section(sentences, position):
                # "Platz 2: Fynbos Cloud – „Kaap Compute“, Atlantis": what follows is of these, up to the
                # next heading
                section = frozenset(passage.orgs)
            elif section and set(passage.orgs) <= section:
                # (a sentence naming no company is of the heading's, not of the article's whole subject:
                # "Das Konsortium bietet 6,9 Mrd." under "Das Angebot des Globex-Konsortiums" is not Acme's,
                # unless the sentences since spoke of another: "Was Acme zahlt … Globex betreibt drei
                # Standorte. Zusammen verfügen sie über 410 Megawatt")
                heading_on = not last or bool(last & section)
                kept = passage.about - subject if heading_on and not passage.orgs else passage.about
                about, near = kept | section, passage.near | section
                passage = replace(
                    passage, about=shared.setdefault(about, about), near=shared.setdefault(near, near)
                )
            there = frozenset(passage.places)
            sited = frozenset() if opens else sited
            if sited and not passage.places:
                passage = replace(passage, site=sited)
            sited = frozenset(passage.places) - {place for _, place in passage.homes} or sited
            staged = stages(passage.words) or (frozenset() if opens else staged)
            if staged:
                passage = replace(passage, stages=staged)
            fresh = set(passage.orgs) - seen
            if not opens and opener and passage.orgs and fresh == set(passage.orgs) and not fresh & subject:
                # "Sentova betreibt drei Standorte. Zu den Kunden zählen die Privatbank X und Y.": companies
                # named in passing, for the first time, in a paragraph on a party of the deal are near it
                near = passage.near | opener
                passage = replace(passage, near=shared.setdefault(near, near))
            seen |= set(passage.orgs)
            named_here = named_here or bool(passage.orgs)
            introduced = frozenset(fresh - subject)
            dateline = passages and passages[-1].lead and _DATELINE_ALONE.match(passages[-1].text)
            if not passage.lead and dateline:
                passage = replace(passage, lead=True)  # the lead's sentence after its dateline
            if paragraph:
                passage = replace(passage, paragraph=paragraph)
            passages.append(passage)
            if intro is not None:
                items[intro].append(passage.id)
            elif sentence.rstrip().endswith(":"):
                intro = passage.id
            if passage.orgs or passage.people:
                referred = frozenset()
            elif (
                len(about := frozenset(k for k in passage.about if book.kind(k) == ORG)) == 1
                and about != subject
            ):
                referred = about  # (a town the sentence names is no second company: "betreibt in Odense …")
            for org, words in passage.described:
                called[org].add(normalize(words).split()[-1])
            # "Skarnholt mietet …": a company the sentence opens on is what it is about
            # ... or the clause after its colon ("Das höhere Gebot stammt von den Amerikanern: Crestline …")
            after_colon = normalize(sentence.rpartition(":")[2]).split()[:SUBJECT_REACH]
            opened_on = frozenset(
                k
                for k in passage.orgs
                if k.split()[0] in passage.words[:SUBJECT_REACH] or k.split()[0] in after_colon
            )
            previous_named = bool(opened_on)
            opened_before = opened_on
            opener = opened_on & subject
            if not _PARENT_APPOSITION.match(sentence):  # (a parent named aside is not what goes on)
                last = frozenset(k for k in passage.names if book.kind(k) == ORG) or last
            speaker = passage.people[0] if len(passage.people) == 1 else None
        _speakers_of_open_quotes(passages, start, book, shared)
    return passages, {at: tuple(listed) for at, listed in items.items()}


QUOTE_SENTENCES = 4  # sentences one quote may run over before the one naming who said it


def _speakers_of_open_quotes(
    passages: list[Passage], start: int, book: NameBook, shared: dict[frozenset[str], frozenset[str]]
) -> None:
    """ "„Wir entschuldigen uns bei allen Kunden. Unsere Redundanz hat nicht gegriffen“, sagte Jo Roe.": the
    sentences of a quote that runs over several are said by the one the sentence closing it names."""
    opened: int | None = None
    for at in range(start, len(passages)):
        text = passages[at].text
        depth = text.count("„") - text.count("“")
        if opened is None:
            opened = at if depth > 0 else None
            continue
        if depth > 0 or at - opened > QUOTE_SENTENCES:
            opened = at if depth > 0 else None  # another quote opens, or this one never closed
            continue
        if depth == 0:
            continue  # the quote goes on
        closing = passages[at]
        if closing.speech and len(closing.people) == 1:
            person = closing.people[0]
            org = normalize(book.names[person].org or "")
            added = frozenset({person, org} - {""})
            for earlier in range(opened, at):
                quoted = passages[earlier]
                if quoted.people:
                    continue
                names, about, near = quoted.names | added, quoted.about | added, quoted.near | added
                passages[earlier] = replace(
                    quoted,
                    people=(person,),
                    names=shared.setdefault(names, names),
                    about=shared.setdefault(about, about),
                    near=shared.setdefault(near, near),
                    speech=True,
                )
        opened = None


# A company's results: what one company earned, never a second one's
_RESULT = re.compile(
    r"\b(?:Netto|Brutto)?(?:gewinn|umsatz|verlust|ergebnis|überschuss|fehlbetrag)\w*|\bEBITDA\b", re.I
)


def _heads_section(sentences: list[Sentence], at: int) -> bool:
    """Is sentence `at` a heading: a line of its own, no list item, ending in no sentence's mark?"""
    sentence = sentences[at]
    alone = at + 1 == len(sentences) or sentences[at + 1].opens
    return (
        sentence.opens
        and alone
        and not sentence.bullet
        and not sentence.text.rstrip().endswith((".", "!", "?", ":", "“", '"', "«"))
    )


def _called_so(
    sentence: str, called: dict[str, set[str]], among: frozenset[str], specific: bool = False
) -> frozenset[str]:
    """ "Der Netzbetreiber investiert …" after "der Walliser Netzbetreiber Globex": the one company of
    `among` the article called by the kind the sentence speaks of; else nothing. `specific`: only by a kind
    of its own ("der Finanzinvestor"), not by a word for any company ("das Unternehmen")."""
    tokens = sentence.split()
    at = next(kind_nouns(tokens, ventures=False), None)
    if at is None:
        return frozenset()
    noun = (normalize(tokens[at]).split() or [""])[-1]  # "Start-up" → "up", as "das Grazer KI-Start-up" was
    if specific and (
        {noun, noun.removesuffix("s")} & (set(_COMPANY_HEADS) | COMPANY_NOUNS)
    ):  # ("des Betreibers")
        return frozenset()
    meant = frozenset(o for o in among if any(k == noun or k.endswith(noun) for k in called.get(o, ())))
    if not meant and noun in _YOUNG_FIRMS:  # "das Start-up" of "das Dubliner KI-Labor"
        meant = frozenset(o for o in among if any(k.endswith(_YOUNG_FIRMS) for k in called.get(o, ())))
    modifier = next((noun.removesuffix(h) for h in _COMPANY_HEADS if noun.endswith(h)), "")
    if not meant and len(modifier) >= MIN_MODIFIER:
        # "der Energiekonzern" of "der britische Energieversorger": a company of the field the article called
        # it by, with a word for any company
        meant = frozenset(o for o in among if any(k.startswith(modifier) for k in called.get(o, ())))
    return meant if len(meant) == 1 else frozenset()


def _another_kind(sentence: str, called: dict[str, set[str]], last: frozenset[str], book: NameBook) -> bool:
    """Does the sentence, naming no company, speak of one by a kind of its own ("der regionale Netzbetreiber")
    that none of the companies just named was called, each having been called by some kind ("der
    Windparkbetreiber")?"""
    tokens = sentence.split()
    at = next(kind_nouns(tokens, ventures=False), None)
    if at is None or not last or not all(called.get(o) for o in last):
        return False
    if any(book.kind(key) == ORG for _, _, key in book.locate(tuple(normalize(sentence).split()))):
        return False  # ("Acme-Chef Jo Roe erklärte, der Versorger …": the one the sentence names)
    noun = (normalize(tokens[at]).split() or [""])[-1]
    if {noun, noun.removesuffix("s")} & (set(_COMPANY_HEADS) | COMPANY_NOUNS) or noun in _YOUNG_FIRMS:
        return False  # ("das Unternehmen", "das Start-up": any company may be it)
    return not _called_so(sentence, called, last, specific=True)


_KIND_FROM = re.compile(r"(?:Der|Die|Das)\s+(?:[a-zäöü]\w*\s+)?[A-ZÄÖÜ][\w-]*\s+aus\s+[A-ZÄÖÜ]")
_YOUNG_FIRMS = ("up", "startup", "labor", "lab", "jungunternehmen")  # a young firm, by any of its kinds
_COMPANY_HEADS = ("konzern", "unternehmen", "gruppe", "firma")  # words for any company, after its field
MIN_MODIFIER = 4  # letters of a field before a company's word ("Energie-", not "IT-")


def _opens_on_a_kind(sentence: str) -> bool:
    """ "Das Unternehmen, das …", "Der Konzern …": a sentence on one company, spoken of by its kind."""
    tokens = sentence.split()
    at = next(kind_nouns(tokens[: SUBJECT_REACH + 1], ventures=False), None)
    return at is not None and at < SUBJECT_REACH and tokens[0] in _SINGULAR_OPENERS


def _of_the_project(sentence: str) -> bool:
    """ "das Projekt", "das Vorhaben": a venture spoken of by its kind, and no company."""
    tokens = sentence.split()
    if len(tokens) >= 2 and tokens[0] in _DEMONSTRATIVES and tokens[1][:1].islower():
        return False
    return next(kind_nouns(tokens, ventures=False), None) is None and any(
        True for _ in kind_nouns(tokens, True)
    )


SUBJECT_REACH = 3  # words from a sentence's start within which a company named is what it is about
_FOR_ITS_PART = re.compile(r"\b(?:seinerseits|ihrerseits|for its part|for their part)\b", re.I)
_DEFINITE_OPENERS = frozenset("Das Der Die Dieser Diese Dieses".split())
_SINGULAR_OPENERS = frozenset("Das Der Dieser Dieses".split())  # ("Die Partner" may be all of them)
# What a company just brought in was given: "Der Auftrag …", "Der Liefervertrag …", "The contract …"
_DEAL_NOUNS = ("auftrag", "vertrag", "vereinbarung", "deal", "order", "bestellung", "kontrakt", "contract")


def _opens_on_a_deal(sentence: str) -> bool:
    """ "Der Auftrag hat einen Wert von …": a definite contract, order or agreement opens the sentence, or a
    thing agreed in it ("Die vereinbarte Leistung wurde … reduziert", "The agreed price …")."""
    tokens = sentence.split()
    return (
        len(tokens) >= 2
        and tokens[0] in (*_DEFINITE_OPENERS, "The")
        and (normalize(tokens[1]).endswith(_DEAL_NOUNS) or normalize(tokens[1]).startswith(_AGREED))
    )


_AGREED = ("vereinbart", "vertraglich", "zugesagt", "zugesichert", "agreed", "contracted")


def _opens_on_a_noun(sentence: str) -> bool:
    """ "Das Paket umfasst …", "Der Vertrag läuft …", "Die erste Ausbaustufe soll …": a definite noun phrase
    (with at most one adjective) opens the sentence."""
    tokens = sentence.split()
    return (
        len(tokens) >= 2
        and tokens[0] in _DEFINITE_OPENERS
        and (
            tokens[1][:1].isupper() or (len(tokens) >= 3 and tokens[1].isalpha() and tokens[2][:1].isupper())
        )
    )


@lru_cache(maxsize=1 << 13)
def refers_back(sentence: str, ventures: bool = True) -> bool:
    """ "Das 2019 gegründete Unternehmen beschäftigt …", "Die Aktie des Konzerns …": a company spoken of by
    its kind, which is the one the text just named, not every party of the article; also "Dieser hatte …"
    (a demonstrative standing alone, before a verb, not "Diese Anlage"). With `ventures`, a venture spoken
    of so too ("Kern des Projekts …")."""
    tokens = sentence.split()
    if len(tokens) >= 2 and tokens[0] in _DEMONSTRATIVES and tokens[1][:1].islower():
        return True
    # (not "Der Infrastrukturfonds Pohjatuuli Oy übernimmt …": a kind before a name introduces that one;
    # nor "Die Partner bringen zusammen …": all of the article's parties, not the one just named)
    # ... nor "Der neue Konzern betreibt …", "das fusionierte Unternehmen": the one the parties make
    return any(
        j + 1 >= len(tokens) or not (_a_name(tokens[j + 1]) or _plural(tokens, j) or _made_one(tokens, j))
        for j in kind_nouns(tokens, ventures=ventures)
    )


def _made_one(tokens: list[str], j: int) -> bool:
    """ "Der neue Konzern …" after two companies merged: all of the article's parties, not one just named."""
    return j > 0 and tokens[j - 1].startswith(MADE_ONE)


def _plural(tokens: list[str], j: int) -> bool:
    """ "Die Partner bringen …", "Die Unternehmen haben …", "Die Kosten beziffern die Partner auf …": a kind
    noun after "die" with a plural verb after it, or before it (the subject after its verb)."""
    verb = tokens[j + 1] if j + 1 < len(tokens) else ""
    before = tokens[j - 2] if j >= 2 else ""
    return (j > 0 and tokens[j - 1] == "Die" and verb.islower() and verb.endswith("en")) or (
        j > 1
        and tokens[j - 1] == "die"
        and before.islower()
        and before.isalpha()
        and before.endswith(("en", "rn", "ln"))
    )


_RELATIVE = frozenset("der die das dem den denen deren dessen".split())
_RELATIVE_AFTER = frozenset("an in bei mit von für hinter zu".split())  # "an dem", "hinter dem"


# "Die Gruppe, eine Tochter des Bergbaufinanzierers Globex, …": a company by its kind, its parent aside
_PARENT_APPOSITION = re.compile(
    r"(?:Der|Die|Das)\s+\w+,\s+(?:eine?|die|der|das)\s+(?:\w+\s+)?"
    r"(?:Tochter|Tochtergesellschaft|Tochterunternehmen|Tochterfirma)\s+(?:des|der|von)\b"
)


def _kind_then_relative(sentence: str) -> bool:
    """ "Das Konsortium, an dem Globex beteiligt ist, …": the sentence opens on a company by its kind,
    followed by a relative clause."""
    tokens = sentence.split()
    # (a consortium too, which only a clause like this ties to the one just named)
    # ... also in the genitive after what is its ("Das Angebot des Konsortiums, an dem …, beläuft sich auf")
    consortium = [
        j
        for j, t in enumerate(tokens[1 : KIND_OPENS + GENITIVE_WORDS + 1], 1)
        if t.casefold() in ("konsortium,", "konsortiums,")
        and (j <= KIND_OPENS or tokens[j - 1].casefold() in ("des", "eines"))
    ]
    for j in [*(j for j in kind_nouns(tokens, ventures=True) if j <= KIND_OPENS), *consortium]:
        if not tokens[j].endswith(","):
            continue
        after = [t.casefold() for t in tokens[j + 1 : j + 3]]
        if after[:1] and (
            after[0] in _RELATIVE or (after[0] in _RELATIVE_AFTER and after[1:2] and after[1] in _RELATIVE)
        ):
            return True
    return False


SPOKEN_OF_MAX = 2  # companies just named that a kind noun beside another company may speak of (a pair)
KIND_OPENS = 2  # "Das (neue) Konsortium, …": the kind noun within the sentence's first words
GENITIVE_WORDS = 2  # "Das Angebot des Konsortiums, …": the consortium whose thing the sentence opens on


def _a_name(token: str) -> bool:
    """Is a token a name: a capital word no dictionary knows ("Pohjatuuli"; not "Umsatz")?"""
    bare = token.strip(",.;:!?()„“”\"'»«")
    return bare[:1].isupper() and not dictionary_word(normalize(bare))


_INFLECTED_ENDINGS = ("e", "en", "es", "er", "em")  # "Diese strategische …", "Dieser neuen …"
_PAST_ENDINGS = ("te", "ten")  # "Dieser hatte", "Diese wollten"


def _pronoun_opens(sentence: str) -> bool:
    """ "Dieser will …", "Letztere hält …": a demonstrative standing alone opens the sentence (not "Diese
    strategische Ausrichtung", before an adjective; "Dieser hatte …" is a verb's past)."""
    tokens = sentence.split()
    if len(tokens) < 2 or tokens[0] not in _DEMONSTRATIVES or not tokens[1][:1].islower():
        return False
    after = tokens[1].strip(",;:")
    adjective = after.endswith(_INFLECTED_ENDINGS) and not after.endswith(_PAST_ENDINGS)
    return not (adjective or after.endswith(("ste", "sten")))  # ("Dieser erste Schritt")


def _this_thing(sentence: str) -> bool:
    """ "Dieser Vertrag …", "This contract …": a thing the sentence before named, by a demonstrative."""
    tokens = sentence.split()
    return len(tokens) >= 2 and tokens[0] in _DEMONSTRATIVES and tokens[1][:1].isupper()


_SITE_ENDINGS = ("werk", "standort", "anlage", "rechenzentrum", "campus", "fabrik", "gelaende", "station")


def _this_site(sentence: str) -> bool:
    """ "… ein bestehendes Werk in Malaysia. Dieses Werk verpackt …": the site the sentence before named."""
    tokens = sentence.split()
    return _this_thing(sentence) and normalize(tokens[1]).endswith(_SITE_ENDINGS)


# "Der Vertrag läuft dort über zwölf Jahre": "dort" is where the sentence before was, with its company
_THERE = re.compile(r"\b(?:dort|there|hier|here|dortige[nmrs]?)\b", re.IGNORECASE)
# A list item's label ("• Arbeitsplätze: rund 600 …"): what its figures count
_LABEL = re.compile(r"^\s*(?:[•*–-]\s*)?([A-ZÄÖÜ][\wäöüß-]+)\s*:")
# "Die Zahl der Beschäftigten stieg von 2.900 auf 3.400": the figures after it count that noun
_NUMBER_OF = re.compile(r"\b(?:[Aa]n)?[Zz]ahl (?:der|des|an) ([A-ZÄÖÜ][\wäöüß-]+)")
_DEMONSTRATIVES = frozenset("Dieser Diese Dieses Letzterer Letztere Letzteres".split())


def _speaks_of_another(sentence: str, book: NameBook) -> bool:
    """A company spoken of by its kind ("dem Konzern") beside one the sentence names, and not in apposition
    with a name ("der Konzern Acme", "der Cloud-Anbieter Acme Compute")."""
    tokens = sentence.split()
    for j in kind_nouns(tokens, ventures=False):
        after = book.locate(normalize(" ".join(tokens[j + 1 : j + 4])).split())
        if not (after and after[0][0] == 0) and not tokens[j].endswith((",", ";")):
            return True
    return False


# "Acme, das renommierte KI-Labor,": an apposition after the name, up to the next comma
_APPOSITION = re.compile(r"\s*,\s*((?:der|die|das|ein|eine|einer|the|a|an)\s+[^,;:.()„“\"]{3,90}?)\s*[,;)]")
# "Acme ist ein Rechenzentrumsbetreiber aus Zug.", "Das Acme-Projekt ist eine Tochtergesellschaft von …"
_COPULA = re.compile(r"(?:-\w+)?\s+(?:ist|war|is|was)\s+((?:ein|eine|a|an)\s+[^,;:.()„“\"]{3,90}?)\s*[,;:.]")
# "Acme, das 2015 gegründet wurde,": a relative clause ends on its verb; it says what happened, not what
# Acme is
_CLAUSE_END = re.compile(
    r"\b(?:wurde|wurden|wird|werden|hat|haben|hatte|ist|sind|war|waren|kann|soll|will|which|who|that)$"
)
_ARTICLE_WORD = re.compile(r"\b(?:der|die|das|dem|den|des|am|vom|zum|beim)\b", re.IGNORECASE)
_DESCRIPTOR_BEFORE = (
    r"\b(?:der|die|das|dem|den|des|am|vom|zum|beim)\s+((?:[\w-]+\s+){{0,3}}[\w-]+)\s+{name}\b"
)


def _names_a_kind(said: str) -> bool:
    """ "der König der Chips", "the AI lab" end on a noun; "das bislang keinen Gewinn erzielt" on a verb."""
    if not said or _CLAUSE_END.search(said):
        return False
    return said.split()[-1][:1].isupper() or said.split()[0].casefold() in ("the", "a", "an")


def descriptions(sentence: str, book: NameBook, orgs: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """What the sentence calls each company it names (see `Passage.described`)."""
    out: list[tuple[str, str]] = []
    for key in orgs:
        name = book.names[key].display
        for found in re.finditer(rf"\b{re.escape(name)}\b", sentence, re.IGNORECASE):
            # "Acme, der König der Chips,"; "Das Acme-Projekt ist eine Tochter von Globex."
            for pattern in (_APPOSITION, _COPULA):
                after = pattern.match(sentence, found.end())
                said = after.group(1).strip() if after else ""
                if _names_a_kind(said):
                    out.append((key, said))
            # (from each article before the name, the nearest first: "Den Strom liefert der Windparkbetreiber
            # Acme" is called by the words after "der", not after "Den")
            pattern = re.compile(_DESCRIPTOR_BEFORE.format(name=re.escape(name)), re.IGNORECASE)
            for opener in reversed(list(_ARTICLE_WORD.finditer(sentence, 0, found.start()))):
                before = pattern.match(sentence, opener.start(), found.end())
                if before is None or before.end() != found.end():
                    continue
                words = before.group(1).split()
                if _describes(words[-1]) and all(_ADJECTIVE.match(w) for w in words[:-1]):
                    out.append((key, before.group(1)))
                    break
    return tuple(dict.fromkeys(out))


# Words before a descriptor noun: adjectives ("dänische", "britischen") and places' ("Zuger", "Londoner")
_ADJECTIVE = re.compile(r"^(?:[a-zäöüß]+(?:e|en|er|es|em)|[A-ZÄÖÜ]\w+er)$")


def _describes(word: str) -> bool:
    bare = word.casefold().removesuffix("s")
    return descriptor(word) or bare.endswith(("up", "labor", "lab")) or bare in COMPANY_NOUNS


def _place_of_adjective(book: NameBook, word: str) -> str:
    """ "leipziger" → leipzig, "cambridger" → cambridge, "muenchner" → muenchen, "bremer" → bremen: the
    known place a German place adjective is made of, or ""."""
    if not word.endswith("er") or len(word) < 5:
        return ""
    bases = (word[:-2], word[:-1], word[:-2] + "en", word[:-3] + "en")
    return next((base for base in bases if book.kind(base) == PLACE), "")


def _employs_judge(book: NameBook, org: str, people: tuple[str, ...], sentence: str = "") -> bool:
    """Is `org` the firm of an analyst the sentence names (and of no one else there), or of analysts it
    names by their trade ("Analysten der Investmentbank Globex Capital bewerten die Sparte mit …")?"""
    staff = [book.names[p] for p in people if normalize(book.names[p].org or "") == org]
    if staff:
        return all(is_judge(n.title or "") for n in staff)
    display = book.names[org].display if org in book.names else org
    at = sentence.find(display)
    return at > 0 and _JUDGES_OF.search(sentence, max(0, at - JUDGES_REACH), at) is not None


# "Analysten der Investmentbank …", "analysts at …": the firm whose analysts judge, right after them
_JUDGES_OF = re.compile(
    r"\b(?:Analyst\w*|analysts?|Ökonom\w*|Experten)\s+(?:der|des|von|bei|at|of|from)\s+(?:[\w-]+\s+)?$"
)
JUDGES_REACH = 40  # characters from the analysts to the firm's name ("Analysten der Investmentbank ")


def _passage(
    pid: int,
    document: str,
    position: int,
    sentence: str,
    subject: frozenset[str],
    book: NameBook,
    last: frozenset[str] = frozenset(),
    shared: dict[frozenset[str], frozenset[str]] | None = None,
    speaker: str | None = None,
    referred: frozenset[str] = frozenset(),
    local: Mapping[str, str] | None = None,
    rivals_on: bool = False,
) -> Passage:
    """`shared`: the name sets earlier sentences hold, so that equal ones are one object. `speaker`: the
    person the sentence before names, who says a quote that only says "sagte sie". `local`: the currencies
    the document pins its bare "Kronen" or "Pesos" to. `rivals_on`: the sentence before, in the same
    paragraph, named only companies outside the article's subject (`last`), so "Das Paket umfasst …" goes on
    about theirs."""
    shared = {} if shared is None else shared
    words = tuple(map(sys.intern, normalize(sentence).split()))  # one string per word across sentences
    located = book.locate(words)
    names = [key for _, _, key in located]
    kinds = {key: book.kind(key) for key in names}
    orgs = tuple(k for k in names if kinds[k] == ORG)
    people = tuple(k for k in names if kinds[k] == PERSON)
    if not people and speaker is not None and PRONOUN_SPEAKER.search(sentence):
        people = (speaker,)  # "„Mit Acme haben wir …“, sagte sie.": the person just named said it
        names = [*names, speaker]
        kinds[speaker] = PERSON
    places = tuple(
        k for k in names if kinds[k] == PLACE and not _currency_of(book.names[k].display, sentence)
    )
    # A person's company counts as named: "Mistral-Chef Arthur Mensch" is about Mistral.
    via_people = {normalize(book.names[p].org or "") for p in people} - {""}
    mentioned = frozenset(names) | frozenset(via_people)
    # The article's subject belongs to a sentence that names no company ("Der Vertrag hat eine Laufzeit
    # von sieben Jahren"); one that names a company is about that company only.
    named_orgs = set(orgs) | via_people
    # "Analystin Jo Roe von Globex Research bezeichnete den Abschlag als moderat": an analyst's firm is
    # where the judgement comes from, not what it is about (the article's subject still is)
    named_orgs -= {
        normalize(book.names[p].org or "") for p in people if is_judge(book.names[p].title or "")
    } | {o for o in orgs if _employs_judge(book, o, people, sentence)}
    judged = any(is_judge(book.names[p].title or "") for p in people)
    if not named_orgs and judged and _of_the_project(sentence):
        # "Der Ökonom Roe hält das Projekt für sinnvoll": an outside judge speaks of the article's project,
        # not of the critic or company named just before
        about = near = mentioned | subject
    elif (
        not named_orgs
        and last
        and (refers_back(sentence) or _THERE.search(sentence) or (rivals_on and _opens_on_a_noun(sentence)))
    ):
        # "Das Unternehmen beschäftigt 410 Mitarbeitende": about the company just named, not the article's
        # other party; it is near that one when both are the article's deal ("Insgesamt zahlt das
        # Unternehmen 1,9 Mrd.": the takeover's price)
        about = mentioned | last
        near = about | subject if last <= subject else about
    elif named_orgs and len(last) == 1 and not last & named_orgs and _kind_then_relative(sentence):
        # "Das Konsortium, an dem der Konzern Globex beteiligt ist, bot 18,5 Mrd.": the one just named
        # bids, the company named in the clause about it only takes part
        about = mentioned | last
        near = about | subject
    elif named_orgs and len(last) == 1 and not last & named_orgs and _PARENT_APPOSITION.match(sentence):
        # "Die Gruppe, eine Tochter des Finanzierers Globex, verfügt über 1.900 GPUs": the one just named,
        # whose parent the apposition names
        about = (mentioned - named_orgs) | last
        near = about | named_orgs
    elif named_orgs and last and not last & named_orgs and _pronoun_opens(sentence):
        # "Dieser will 85 Mio. einschießen und 72 Prozent der Anteile an Acme übernehmen": the one just
        # named acts, the company named later is what it acts on
        about = mentioned | last
        near = about | subject
    elif not named_orgs and last and not last <= subject and _this_thing(sentence):
        # "Bereits 2023 hatte Nordaxis mit Kvitfoss eine Vereinbarung geschlossen. Dieser Vertrag läuft zehn
        # Jahre …": this contract is the one just named, of the companies just named, not the article's
        about = near = mentioned | last
    elif not named_orgs and len(last) == 1 and last < subject and _RESULT.search(sentence):
        # "Der Umsatz von Sao Bac stieg … Der Nettogewinn erreichte 286 Milliarden Dong": a result goes on
        # being the company's just named, not its parent's beside it in the article's subject
        about = near = mentioned | last
    elif not named_orgs and (own := _speakers_own(sentence, book, speaker)):
        # "„…“, sagte Globex-Chef Jo Roe. Sein Unternehmen beschäftigt 180 Entwickler": the speaker's
        # company, not the article's other party
        about = mentioned | own
        near = about | subject if own <= subject else about
    elif not named_orgs and referred:
        # "Im vergangenen Geschäftsjahr stand ein Verlust von …" after "…, dass das Start-up …": the same one
        about = near = mentioned | referred
    elif 1 <= len(last - named_orgs) <= SPOKEN_OF_MAX and _speaks_of_another(sentence, book):
        # "Kelvra stellt dem Konzern 18.000 GPUs bereit": the company just named is the other party
        mentioned |= last - named_orgs
        about = near = mentioned
    else:
        about = mentioned | subject if not named_orgs else mentioned
        # "Im Bieterverfahren setzte sich Acme gegen Globex und Initech durch": a sentence naming a party of
        # the article's deal beside others is near the deal's other party too
        near = mentioned | subject if named_orgs <= subject or named_orgs & subject else mentioned
    both = _BOTH_PARTIES.search(sentence)
    if both is not None and (both.start() == 0 or not named_orgs):
        # "Beide Unternehmen unterzeichneten … die Verträge für das Gemeinschaftsunternehmen Globex", "Die
        # Gesamtinvestition beziffern die Partner auf …": the article's pair act, whatever else is named
        # (not "Globex bietet …, wie beide Unternehmen mitteilten": they only tell)
        # ... or the one the article's subject deals with, just named ("Den Strom liefert der Betreiber
        # Globex. Beide Seiten unterzeichneten …")
        pair = subject | last if len(last) == 1 and not named_orgs else subject
        about, near = about | pair, near | pair
    return Passage(
        id=pid,
        document=document,
        position=position,
        text=sentence,
        words=words,
        stems=_stems(words),
        joined=separable_stems(sentence),
        numbers=tuple(find_numbers(sentence, "de", local)) + tuple(fractions(sentence)),
        names=shared.setdefault(mentioned, mentioned),
        about=shared.setdefault(about, about),
        near=shared.setdefault(near, near),
        people=people,
        places=places,
        orgs=orgs,
        # (not the dateline's: "Ras al-Khaimah, 3. März 2026 – Der Betreiber …" is when it was reported)
        dates=tuple(m.group(0) for m in DATE.finditer(sentence, _dateline_end(sentence))),
        durations=tuple(m.group(0) for m in DURATION.finditer(sentence)),
        speech=bool(SPEECH.search(sentence)),
        lead=position <= 1,
        homes=homes(book, words, located),
        described=descriptions(sentence, book, orgs),
    )


def _named_last(passage: Passage, among: frozenset[str]) -> str | None:
    """Of the companies `among`, the one the passage names last, if it names any."""
    text = " ".join(passage.words)
    at = {key: text.rfind(key) for key in among if key in passage.names}
    found = [key for key, where in at.items() if where >= 0]
    return max(found, key=lambda key: at[key]) if found else None


_POSSESSIVES = frozenset(
    "sein seine seinem seinen seiner seines ihr ihre ihrem ihren ihrer ihres his her".split()
)


def _speakers_own(sentence: str, book: NameBook, speaker: str | None) -> frozenset[str]:
    """ "Sein Unternehmen …", "Ihr Konzern …", "Her company …" right after a sentence naming one person:
    that person's company, when the text names it."""
    tokens = sentence.split()
    if speaker is None or len(tokens) < 2 or tokens[0].casefold() not in _POSSESSIVES:
        return frozenset()
    if next(kind_nouns(["das", tokens[1]], ventures=False), None) is None:
        return frozenset()
    org = normalize(book.names[speaker].org or "")
    return frozenset({org}) if org and book.kind(org) == ORG else frozenset()


# The article's two parties, spoken of together
_BOTH_PARTIES = re.compile(
    r"\b(?:(?:die\s+)?beiden?\s+(?:Unternehmen|Partner|Konzerne|Firmen|Gesellschaften|Seiten)|die\s+Partner\b"
    r"|both\s+(?:companies|partners|firms|sides)|the\s+(?:two\s+)?partners\b|the\s+two\s+companies)",
    re.IGNORECASE,
)

# Words before "in <Ort>" that make it a company's seat: "mit Sitz in", "am Hauptsitz in", "based in".
_SEAT_WORDS = frozenset(
    "sitz hauptsitz firmensitz konzernsitz stammsitz headquartered headquarters based ansaessig ansaessige "
    "ansaessigen".split()
)
_DEFINITE_FORMS = frozenset("der die das dem den des the".split())
MAX_PLACE_ADJECTIVES = 2
_ADJECTIVE_ENDINGS = ("ischen", "ische", "ischer", "lichen", "liche")  # "belgischen", "nördlichen"
# Words that may follow a company's name before "aus <Ort>": "Acme Data Centres aus Zug", "Acme AG aus Graz"
_NAME_TAILS = frozenset(normalize(w) for w in ORG_HEADS) | {"centres", "centers", "centre", "center"}
MAX_NAME_TAIL = 3
# A place's adjective stands this many words at most before the company ("das Grazer KI-Start-up Acme")
ADJECTIVE_REACH = 4
_SEPARATORS = frozenset("und and sowie oder or mit with von of bei at fuer for aus from in im".split())


def _before_a_place(word: str) -> bool:
    """An adjective ("belgischen", "Schweizer") or a town's kind ("Ort", "Gemeinde") before a place."""
    return (
        word.endswith(_ADJECTIVE_ENDINGS)
        or word.endswith(TOWN_ENDINGS)
        or (word.endswith("er") and len(word) > MIN_ADJECTIVE_ER and word not in STOPWORDS)
    )


MIN_ADJECTIVE_ER = 5  # "Schweizer", "Leipziger": a place's adjective; "der", "oder", "aber" are none


_RESIDING = ("ansaessig", "beheimatet", "basiert")


def homes(
    book: NameBook, words: tuple[str, ...], located: list[tuple[int, int, str]]
) -> tuple[tuple[str, str], ...]:
    """The seats of companies a sentence states (see `Passage.homes`)."""
    out: list[tuple[str, str]] = []
    adjectives: list[tuple[str, str]] = []
    for n, (start, _, key) in enumerate(located):
        kind = book.kind(key)
        before = [(s, e, k) for s, e, k in located[:n] if book.kind(k) == ORG]  # the companies named before
        nearest = before[-1][2] if before else ""
        # "mit Sitz in Zug", "hat seinen Sitz im belgischen Leuven": adjectives may stand before the place
        at = start
        # ... and a town's kind ("an seinem Sitz im Schweizer Ort Brüggliwil")
        while at > 0 and start - at < MAX_PLACE_ADJECTIVES + 1 and _before_a_place(words[at - 1]):
            at -= 1
        seat = at >= 2 and words[at - 1] in ("in", "im") and words[at - 2] in _SEAT_WORDS
        if kind == PLACE and seat:
            out.append((nearest, key))  # "Acme mit Sitz in Zug", "für den Konzern mit Sitz in Zug"
        elif kind == PLACE and start >= 2 and words[start - 1] in ("aus", "from"):
            tail = words[before[-1][1] : start - 1] if before else ()
            adjacent = bool(before) and len(tail) <= MAX_NAME_TAIL and all(w in _NAME_TAILS for w in tail)
            # "Acme Compute aus Zug", "der Konzern aus Zug"; not "einem Fonds aus Bergen", "Chips aus Japan"
            noun = start - 2 - (words[start - 3 : start - 1] == ("start", "up"))  # "dem Start-up aus Paris"
            spoken_of = (
                noun >= 1
                and words[noun - 1] in _DEFINITE_FORMS
                and words[start - 2].endswith((*DESCRIPTOR_ENDINGS, "up"))
            )
            if adjacent or spoken_of:
                out.append((before[-1][2] if adjacent else "", key))
        elif kind == ORG:
            # "der Leipziger Betreiber Acme": a place's adjective just before the company (after the seats
            # said outright: "Der Schweizer Betreiber Acme aus Zug" is more exactly from Zug)
            for word in reversed(words[max(0, start - ADJECTIVE_REACH) : start]):
                if word in _SEPARATORS:
                    break  # "die Leipziger Stadtwerke und Acme": the place is another's
                place = _place_of_adjective(book, word)
                if place:
                    adjectives.append((key, place))
                    break
            based = n and words[start - 1] == "based" and located[n - 1][1] == start - 1  # "Leeds-based Acme"
            if based and book.kind(located[n - 1][2]) == PLACE:
                out.append((key, located[n - 1][2]))
            # "der in Singapur ansässigen Meridian": the place, then a word of residing, then the company
            resident = (
                n
                and start >= 1
                and words[start - 1].startswith(_RESIDING)
                and located[n - 1][1] == start - 1
                and book.kind(located[n - 1][2]) == PLACE
                and words[located[n - 1][0] - 1] in ("in", "im")
            )
            if resident:
                out.append((key, located[n - 1][2]))
    return tuple(out + adjectives)


# The particles a German verb leaves at its clause's end: "ruft … zurück", "baut … ab", "stellt … ein"
PARTICLES = frozenset(
    "ab an auf aus bei ein fest mit nach vor zu zurueck um weg her hin los frei hoch zusammen fort".split()
)
_CLAUSE_BREAK = re.compile(r"[;:!?–—()„“\"]|[.,](?!\d)")  # (not the point of "3.400", the comma of "6,5")
# the endings of a finite verb whose root a separable particle joins: "ruft", "bauten" ("rief" is none)
_FINITE_ENDINGS = ("ten", "te", "en", "et", "t")


def separable_stems(sentence: str) -> tuple[str, ...]:
    """The stems of the separable verbs a sentence splits ("Acme ruft 3.400 Server zurück": "zurückrufen";
    "Varzob baut 1.150 Stellen ab": "abbauen"): the particle ending a clause joined to a finite verb (a word
    written small) before it in that clause, where the dictionary knows the verb so joined."""
    found: list[str] = []
    for clause in _CLAUSE_BREAK.split(sentence):
        tokens = clause.split()
        if len(tokens) < 2 or normalize(tokens[-1]) not in PARTICLES:
            continue
        particle = normalize(tokens[-1])
        for token in tokens[:-1]:
            word = normalize(token)
            if not token[:1].islower() or not word.isalpha() or word in STOPWORDS:
                continue
            for ending in _FINITE_ENDINGS:
                root = word.removesuffix(ending)
                if (
                    root != word
                    and len(root) >= MIN_SEPARABLE_ROOT
                    and dictionary_word(f"{particle}{root}en")
                ):
                    found.append(stem(f"{particle}{root}en"))
                    break
    return tuple(dict.fromkeys(found))


MIN_SEPARABLE_ROOT = 3  # letters of a verb's root a particle joins ("ruf" of "ruft"; not "ha" of "hat")


def _stems(words: tuple[str, ...]) -> tuple[str, ...]:
    """The sentence's words' stems, and a participle's by its verb's ("vorgelegt": "vorleg", as "vorlegen"
    is; the stemmer keeps the "ge" a separable verb puts inside)."""
    stems = [stem(w) for w in words if w not in STOPWORDS]
    stems += [stem(root) for w in words if (root := participle_root(w)) is not None]
    return tuple(dict.fromkeys(stems))
