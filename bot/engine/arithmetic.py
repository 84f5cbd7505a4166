"""Arithmetic on figures the articles give: a sum ("Acme plus Globex, wie viele GW zusammen?"), a
difference ("how many GW more is Acme's deal than the Springfield site") or a ratio ("wievielmal so groß
ist X wie Y"). Each figure is asked on its own, or, where the question states it ("10 GW + 4,5 GW"),
found in an article; the arithmetic is done on them, and every source is quoted. Anything less (one
figure missing, two of different units, both from one source, a pair that is one deal) is no arithmetic:
the question is read as usual."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from bot.answer import Answer, CitationOut, FigureOut, Language
from bot.engine.formatting import QUALIFIERS, amount, number
from bot.engine.reading import Reader
from bot.engine.text import normalize
from bot.knowledge.base import KnowledgeBase
from bot.knowledge.models import CURRENCIES, Figure, Qualifier, Unit
from bot.knowledge.numbers import Number, find_numbers


class Operation(Enum):
    SUM = "+"
    DIFFERENCE = "−"
    RATIO = "÷"


# What asks for arithmetic, in the normalised question (umlauts folded, punctuation gone).
_RATIO = re.compile(
    r"\b(?:wie ?viel ?mal|wievielmal|how many times|mal so (?:gross|viel|hoch|lang)\w*"
    r"|times (?:as|bigger|larger|more|higher|greater)"
    # "twice as big as", "doppelt so groß wie", chat's "is that 5x"
    r"|twice as|doppelt so|half as|halb so|\d+ ?x)\b"
)
_MORE = (
    r"(?:more|bigger|larger|higher|greater|less|fewer|smaller|lower"
    r"|mehr|groesser|hoeher|weniger|kleiner|niedriger)"
)
_DIFFERENCE = re.compile(
    rf"\b{_MORE}\b(?:\s+\w+){{0,6}}?\s+(?:than|als)\b|\b(?:difference|unterschied|differenz|minus)\b"
    # "X is 10 GW – how much less is Y": the other side said before
    rf"|\b(?:how much|wie ?viel)\s+{_MORE}\b"
    r"|\b(?:gap|abstand|luecke)\b.*\b(?:between|zwischen)\b"  # "the gap in GW between Acme and Globex"
    # "which one is bigger", "was ist größer, A oder B": the two figures and how far apart they are
    rf"|\b(?:which|what|was|welche[rs]?)\b(?:\s+\w+)?\s+(?:is|ist)\s+(?:the\s+)?{_MORE}\b"
)
# "between Acme's target and the Springfield site", "zwischen X und Y": the two sides of a difference
_BETWEEN = re.compile(r"\b(?:between|zwischen)\b(.+?)\b(?:and|und)\b(.+)$", re.IGNORECASE)
_SUM = re.compile(r"\b(?:zusammen|zusammengerechnet|combined|add(?:s|ed)? up|together|summe|sum|plus)\b")
# A unit the question asks the figures in ("in GW", "the Acme MW"): a side's question at its shortest
_UNIT_WORD = re.compile(
    r"(?:\b|(?<=\d))(?:gw|mw|gigawatt\w*|megawatt\w*|mrd|milliarden|billions?|bn|prozent|percent|gpus?|jobs?)\b",
    re.IGNORECASE,
)
MAX_BETWEEN = 3  # words between the two names of a sum, a joiner among them ("Acme GW and its Globex")
# Words that join the two sides of a sum ("Acme und Globex", "Acme + Globex").
_JOINERS = frozenset("und and plus sowie & + ,".split())
# Words that only ask for the arithmetic: a side's own question is read without them.
_OPERATION_WORDS = re.compile(
    rf"\b(?:zusammen|zusammengerechnet|combined|add(?:s|ed)? up(?: to)?|together|in sum|summe|plus"
    rf"|insgesamt|in total|total|wievielmal|mal so|times as|times|than|als|gap|abstand|luecke|lücke"
    rf"|difference|unterschied|differenz|{_MORE})\b|\+",
    re.IGNORECASE,
)
# What a stated figure is about, asked ("what is that number about", "worauf bezieht sich diese Zahl",
# "auf welches Projekt bezieht sich …", "which deal is that figure from")
_REFERRED = re.compile(
    r"\b(?:what is (?:that|this|the) (?:number|figure) about|what does (?:that|this|the) (?:number|figure) "
    r"refer to|bezieht sich (?:diese|die) zahl|(?:diese|die) zahl bezieht sich|worauf bezieht sich"
    r"|(?:which|what) (?:project|deal|partnership) (?:is )?(?:that|this) (?:number|figure)"
    # ... or the sentence asked for: "give me the exact quote on the 4.5 gigawatts", "quote the 10 GW passage"
    r"|quote (?:on|for|about|of|with)|quote the|(?:passage|sentence) (?:on|about|with)|wortlaut)\b"
)
# A choice between named sides asked of a stated figure: "welcher Deal war das, A oder B", "A or B?"
_CHOICE = re.compile(r"\b(?:oder|or)\b(?:\W*\w+){1,3}\W*$")  # ... the question ending on the second side
_SIDE_SPLIT = re.compile(
    r"\b(?:than|als|vs|versus|oder|or|minus)\b|\bwie\b(?!\s*(?:viel|gross|hoch|lang))"
    r"|(?<=\bas )\w+ as\b|\s[—–]\s",  # "twice as big as", "Acme is 10 GW – how much less is Globex"
    re.IGNORECASE,
)


def operation(question: str) -> Operation | None:
    """The arithmetic a question asks for, if any."""
    text = normalize(question)
    if _RATIO.search(text):
        return Operation.RATIO
    if _DIFFERENCE.search(text):
        return Operation.DIFFERENCE
    if _SUM.search(text) or "+" in question:
        return Operation.SUM
    return None


@dataclass(frozen=True)
class Operand:
    """One figure of the arithmetic, with the answer (or sentence) it comes from."""

    figure: FigureOut
    label: str  # what the figure is of, as the question names it ("Acme"); "" for a figure it states
    citation: CitationOut
    deals: tuple[str, ...] = ()
    facts: tuple[str, ...] = ()
    confidence: float = 1.0


class Calculator:
    """Arithmetic for one knowledge base; `ask` answers a side's own question in a language (the engine's
    one-part ask)."""

    def __init__(self, kb: KnowledgeBase, reader: Reader, ask: Callable[[str, str], Answer]) -> None:
        self.kb = kb
        self.reader = reader
        self.ask = ask

    def answer(self, question: str, op: Operation, language: Language) -> Answer | None:
        figures = stated(question)
        operands: list[Operand | None] = [None, None]
        if len(figures) == 2:
            operands = [self._stated(f, question, language) for f in figures]
        # "the acme 10GW and the globex 10GW": one figure twice is found by each side's name
        if len(figures) != 2 or (None not in operands and figures[0].value == figures[1].value):
            sides = self._sides(question, op)
            if sides is None:
                return None
            asked = side_questions(question, op, sides)
            if asked is None:
                return None
            operands = [self._asked(q, label, language) for q, label in zip(asked, sides, strict=True)]
            # "Acme is 300 MW – how much less is Globex": the one figure stated gives both sides' unit
            wanted = figures[0].unit if len(figures) == 1 else None
            operands = [o if o is None or wanted in (None, o.figure.unit) else None for o in operands]
            unit = _UNIT_WORD.search(question)
            if unit is not None and None in operands:
                # "if you add the Acme MW and the Globex MW, what do you get": each side asked by its unit
                operands = [
                    o or self._asked(f"{label} {unit.group(0)}?", label, language)
                    for o, label in zip(operands, sides, strict=True)
                ]
        found = [o for o in operands if o is not None]
        if len(found) < len(operands):
            return None  # a side without its figure: no total of the others passes for the whole
        if op is Operation.SUM and _financing_within(found):
            return unsummed(question, language, found)
        if op is Operation.SUM and any(_OPTION_ON.search(o.citation.quote) for o in found):
            return unsummed(question, language, found, optioned=True)
        return calculated(question, language, op, found)

    def owner(self, question: str, language: Language) -> Answer | None:
        """ "zehn Gigawatt – welcher Deal war das, Acme oder Globex?", "100 mrd – acme oder
        globex?": the named sides whose own figure in the stated unit is the stated one, each quoted; None
        when the question is no such choice, or neither side's articles give the figure."""
        figures = stated(question)
        if len(figures) != 1 or _CHOICE.search(normalize(question)) is None:
            return None
        figure = figures[0]
        sides = self._sides(question, Operation.DIFFERENCE)
        if sides is None:
            return None
        word = _UNIT_WORD.search(question)
        unit_word = word.group(0) if word is not None else figure.raw
        operands = [self._asked(f"{label} {unit_word}?", self._display(label), language) for label in sides]
        # (a sum stated without its currency, "100 mrd", is any currency's)
        having = [
            o
            for o in operands
            if o is not None
            and o.figure.unit in ((figure.unit,) if figure.unit else tuple(CURRENCIES))
            and math.isclose(o.figure.value, figure.value)
        ]
        if not having:
            return None
        de = language == "de"
        names = (" und " if de else " and ").join(o.label for o in having)
        lines = [f"{having[0].figure.text}: {names}." if len(having) == 1 else f"{names}."]
        for operand in having:
            quote = f"„{operand.citation.quote}“" if de else f'"{operand.citation.quote}"'
            lines.append(f"{operand.figure.text} ({operand.label}): {quote}")
        return Answer(
            question=question,
            answered=True,
            answer="\n".join(lines),
            language=language,
            confidence=round(min(o.confidence for o in having), 3),
            figures=[o.figure for o in having],
            citations=[o.citation for o in having],
            deals=list(dict.fromkeys(d for o in having for d in o.deals)),
            facts=list(dict.fromkeys(f for o in having for f in o.facts)),
            is_question=True,
        )

    def source(self, question: str, language: Language) -> Answer | None:
        """ "4,5 Gigawatt – auf welches Projekt bezieht sich diese Zahl?", "$500B – what is that number
        about?": the sentence giving the one figure the question states, quoted; None when the question asks
        no such thing or no article gives the figure."""
        figures = stated(question)
        if len(figures) != 1 or _REFERRED.search(normalize(question)) is None:
            return None
        found = self._stated(figures[0], question, language)
        if found is None:
            return None
        said = found.citation.quote
        passage = next(
            (p for p in self.reader.by_document.get(found.citation.document, ()) if p.text == said), None
        )
        before = self.reader.passages[passage.id - 1] if passage is not None and passage.id else None
        if (
            passage is not None
            and not passage.orgs
            and before is not None
            and before.document == passage.document
            and before.orgs
            # ... only where the two stand together as written: the quote stays verbatim
            and f"{before.text} {said}" in " ".join(self.kb.documents[passage.document].text.split())
        ):
            said = f"{before.text} {said}"  # "Diese Zentren werden bis zu 4,5 Gigawatt …": whose centres
        de = language == "de"
        quote = f"„{said}“" if de else f'"{said}"'
        label = found.citation.document.split("_")[0]
        head = f"Laut Artikel {label}:" if de else f"According to the article {label}:"
        return Answer(
            question=question,
            answered=True,
            answer=f"{head} {found.figure.text}.\n{quote}",
            language=language,
            confidence=found.confidence,
            figures=[found.figure],
            citations=[found.citation.model_copy(update={"quote": said})],
            is_question=True,
        )

    def _display(self, label: str) -> str:
        """A side as the articles write its name ("acme": "ACME")."""
        found = self.reader.names_in(normalize(label).split())[0]
        return self.reader.names.names[found[0]].display if found else label

    def _stated(self, figure: Number, question: str, language: Language) -> Operand | None:
        """A figure the question states, found in an article sentence (the one sharing most of the
        question's words); None when no article gives it."""
        said = set(normalize(question).split())
        fitting = [
            p
            for p in (self.reader.passages[i] for i in self.reader.by_number().get(figure.value, ()))
            if any(n.value == figure.value and figure.unit in (n.unit, None) for n in p.numbers)
        ]
        if not fitting:
            return None
        best = max(fitting, key=lambda p: (len(said & set(p.words)), -p.id))
        unit = figure.unit or next(
            (n.unit for n in best.numbers if n.value == figure.value and n.unit), "count"
        )
        document = self.kb.documents[best.document]
        return Operand(
            figure=FigureOut(value=figure.value, unit=unit, text=shown(figure.value, unit, language)),
            label="",
            citation=CitationOut(document=document.id, title=document.title, quote=best.text),
        )

    def _asked(self, question: str, label: str, language: Language) -> Operand | None:
        answer = self.ask(question, language)
        kept: dict[tuple[float, str], FigureOut] = {}
        for f in answer.figures:  # one value said twice ("mindestens" here, "bis zu" there): the first's
            if f.unit not in ("year", "times"):
                kept.setdefault((f.value, f.unit), f)
        figures = list(kept.values())
        if not answer.answered or len(figures) != 1 or not answer.citations:
            return None  # no figure, or several (sources that differ on "bis zu" give one): which is meant?
        return Operand(
            figure=figures[0],
            label=label,
            citation=answer.citations[0],
            deals=tuple(answer.deals),
            facts=tuple(answer.facts),
            confidence=answer.confidence,
        )

    def listed(self, question: str) -> tuple[str, ...]:
        """The names a question lists ("Acme, Globex und Initech", "acme + globex"), as written; () for
        fewer than two."""
        return self._sides(question, Operation.SUM) or ()

    def _sides(self, question: str, op: Operation) -> tuple[str, ...] | None:
        """The names the arithmetic is between, as written: for a sum every name of a list joined by
        "und", "plus", "+" or commas ("Acme, Globex und Initech"); else the first name before "than"/"als"
        and the first after it."""
        tokens = [(m.group(0), m.start()) for m in re.finditer(r"[^\s,+&/?!]+|[,+&]", question)]
        named = []
        for token, at in tokens:
            found = self.reader.names_in(normalize(token).split())[0] if normalize(token) else []
            named.append((token, at, found[0] if found else None))
        if op is Operation.SUM:
            for i, (token, _, key) in enumerate(named):
                if key is None:
                    continue
                sides, keys = [token], [str(key)]
                while (j := self._joined(named, i, keys)) is not None:
                    sides.append(named[j][0])
                    keys.append(str(named[j][2]))
                    i = j
                if len(sides) < 2:
                    continue
                if any(self._one_deal(a, b) for n, a in enumerate(keys) for b in keys[n + 1 :]):
                    return None  # "wie viel GW bauen Acme und Globex zusammen": their own deal
                return tuple(sides)
            return None
        between = _BETWEEN.search(question)
        if between is not None:  # "the gap between Acme's target and Globex": a name on each side of "and"
            first = [t for t, at, k in named if k is not None and between.start(1) <= at < between.end(1)]
            second = [t for t, at, k in named if k is not None and at >= between.start(2)]
            return (first[0], second[0]) if first and second else None
        # the first split with a name on each side ("zehn GW – welcher Deal war das, Acme oder Globex")
        for split in _SIDE_SPLIT.finditer(question):
            before = [(t, k) for t, at, k in named if k is not None and at < split.start()]
            after = [(t, k) for t, at, k in named if k is not None and at > split.start()]
            if before and after and before[0][1] != after[0][1]:
                return before[0][0], after[0][0]
        return None

    @staticmethod
    def _joined(named: list[tuple[str, int, str | None]], i: int, keys: list[str]) -> int | None:
        """Where the next name of a sum's list stands after the name at `i`, joined to it by "und", "+"
        or a comma, with a word or two between ("Acme's GW and its Globex GW"); None at the list's end."""
        j = i + 1
        while j < len(named) and named[j][2] is None and j - i <= MAX_BETWEEN:
            j += 1
        joined = any(t.casefold() in _JOINERS for t, _, _ in named[i + 1 : j])
        if joined and j < len(named) and named[j][2] is not None and named[j][2] not in keys:
            return j
        return None

    def _one_deal(self, a: str, b: str) -> bool:
        """Are the two names parties of one deal, or the subject of one article together?"""
        for deal in self.kb.deals.values():
            parties = {normalize(p) for p in deal.parties}
            if a in parties and b in parties:
                return True
        return any(a in subject and b in subject for subject in self.reader.names.subjects.values())


# The money that finances a project (equity, a loan): a part of what is invested in it, never on top of it
_FINANCING = re.compile(
    r"Eigenkapital|Fremdkapital|Finanzierung|finanzier|Kredit|Darlehen|equity|financing|loan", re.IGNORECASE
)


def _financing_within(operands: list[Operand]) -> bool:
    """Are two sums of one article, one of them financing ("stellt dafür bis zu 850 Mio. Pfund Eigenkapital
    bereit" beside "investiert rund 2,3 Mrd. Pfund in den Umbau"): the one may be part of the other?"""
    documents = {o.citation.document for o in operands}
    return len(documents) == 1 and any(_FINANCING.search(o.citation.quote) for o in operands)


def stated(question: str) -> list[Number]:
    """The figures a question states with a unit or a magnitude ("10gw", "500 mrd"), not years."""
    found = [n for n in find_numbers(question, "de") if n.unit not in ("year", "years")]
    return [n for n in found if n.unit is not None or n.value >= 1e6]


def side_questions(question: str, op: Operation, sides: tuple[str, ...]) -> tuple[str, ...] | None:
    """The question asked of each side: "how many GW more is Acme's deal than the Springfield site" →
    "how many GW is Acme's deal", "how many GW the Springfield site". `sides` are the sides' names as
    written; for a sum each side's question is the whole one without the other names."""
    if op is Operation.SUM:
        asked = []
        for side in sides:
            rest = question
            for other in sides:
                if other != side:
                    rest = _without(rest, other)
            asked.append(rest)
        return tuple(asked)
    first, second = sides
    between = _BETWEEN.search(question)
    if between is not None:  # "what's the gap in GW between A and B": "what's … in GW A", "… B"
        head = question[: between.start()]
        return _clean(f"{head} {between.group(1)}"), _clean(f"{head} {between.group(2)}")
    split = next(
        (
            m
            for m in _SIDE_SPLIT.finditer(question)
            if first in question[: m.start()] and second in question[m.end() :]
        ),
        None,
    )
    if split is None:
        return None
    before, after = question[: split.start()], question[split.end() :]
    opening = before.split(first, 1)[0]
    head = _OPERATION_WORDS.split(opening, maxsplit=1)[0]  # "how many GW (more)": the asking words
    return _clean(before), _clean(f"{head} {after}")


def _without(question: str, name: str) -> str:
    joiner = r"(?:\b(?:und|and|plus|sowie)\b|[+&,])"
    name_ = re.escape(name)
    rest = re.sub(rf"{joiner}\s*{name_}|{name_}\s*{joiner}?", " ", question, count=1)
    return _clean(rest)


def _clean(text: str) -> str:
    return " ".join(_OPERATION_WORDS.sub(" ", text).split()).strip(" ,;–-")


def combined(op: Operation, a: float, b: float) -> float | None:
    if op is Operation.SUM:
        return a + b
    if op is Operation.DIFFERENCE:
        return abs(a - b)
    return max(a, b) / min(a, b) if min(a, b) > 0 else None


def shown(value: float, unit: str, language: str) -> str:
    """A figure in its own unit, for the reader's locale."""
    try:
        return amount(Figure(value=value, unit=Unit(unit)), language)
    except ValueError:
        return number(value, language)


# A figure one only may take up ("eine Option auf weitere 5 Prozent"): nothing held, no part of a sum held
_OPTION_ON = re.compile(
    r"\bOption(?:en)?\s+auf\s+(?:weitere\s+|zusätzliche\s+)?\d"
    r"|\boptions?\s+(?:on|to buy)\s+(?:a further\s+)?\d",
    re.IGNORECASE,
)


def unsummed(question: str, language: Language, operands: list[Operand], optioned: bool = False) -> Answer:
    """No sum, with each figure quoted: a project's investment and the money that finances it (one partner's
    equity, a loan) are not two sums to add, the one may be part of the other; nor is a stake held and an
    option on a further one (`optioned`)."""
    de = language == "de"
    if optioned:
        line = (
            "Eine Summe nennen die Artikel nicht, und die Anteile lassen sich nicht addieren: einer ist nur "
            "eine Option auf weitere Anteile, und was der Optionsinhaber schon hält, sagen sie nicht."
            if de
            else "The articles give no combined figure, and these shares do not add up: one is only an "
            "option on further shares, and what its holder already owns they do not say."
        )
        return _quoted(question, language, line, operands, None)
    line = (
        "Eine Summe nennen die Artikel nicht, und die beiden Beträge lassen sich nicht addieren: der eine "
        "finanziert das Vorhaben, in das der andere fließt."
        if de
        else "The articles give no combined figure, and these two do not add up: one finances the project "
        "the other is invested in."
    )
    return _quoted(question, language, line, operands, None)


# A figure's bound, by the qualifier it is written with: a ceiling ("bis zu", "up to") or a floor
_CEILINGS = (Qualifier.UP_TO,)
_FLOORS = (Qualifier.AT_LEAST, Qualifier.MORE_THAN)


def _bound_of(text: str) -> Qualifier | None:
    """UP_TO for a ceiling's figure, AT_LEAST for a floor's (or MORE_THAN's), None for one of neither."""
    said = text.casefold()
    for bound, kinds in ((Qualifier.UP_TO, _CEILINGS), (Qualifier.AT_LEAST, _FLOORS)):
        if any(said.startswith(f"{words[q]} ") for words in QUALIFIERS.values() for q in kinds):
            return bound
    return None


def _unbounded(question: str, language: Language, operands: list[Operand]) -> Answer:
    """No sum of a floor and a ceiling ("mindestens 10 GW" and "bis zu 10 GW"): the one may be far more,
    the other far less, so no total, not even a bound, follows; each figure is quoted."""
    line = (
        "Eine Summe nennen die Artikel nicht, und diese Werte lassen sich nicht addieren: eine Untergrenze "
        "(„mindestens“) und eine Obergrenze („bis zu“) ergeben zusammen keinen Wert."
        if language == "de"
        else 'The articles give no combined figure, and these do not add up: a floor ("at least") and a '
        'ceiling ("up to") give no total together.'
    )
    return _quoted(question, language, line, operands, None)


def calculated(question: str, language: Language, op: Operation, operands: list[Operand]) -> Answer | None:
    """The answer giving the arithmetic on the figures (a sum of any number, else two), each quoted; None
    when they do not add up (different units, one sentence twice, nothing to divide by)."""
    units = {o.figure.unit for o in operands}
    quotes = {o.citation.quote for o in operands}
    if len(operands) < 2 or len(units) > 1 or len(quotes) < len(operands):
        return None
    if op is not Operation.SUM and len(operands) != 2:
        return None
    de = language == "de"
    bounds = {_bound_of(o.figure.text) for o in operands} - {None}
    if op is Operation.SUM and len(bounds) > 1:
        return _unbounded(question, language, operands)
    if op is Operation.SUM:
        value = math.fsum(o.figure.value for o in operands)
        text = shown(value, operands[0].figure.unit, language)
        # "bis zu 10 GW + 4,5 GW": at most their sum; "mindestens 10 GW + 4,5 GW": at least it
        bound = next(iter(bounds), None)
        if bound is not None:
            text = f"{QUALIFIERS[language][bound]} {text}"
        result = FigureOut(value=value, unit=operands[0].figure.unit, text=text)
        parts = " + ".join(o.figure.text for o in operands)
        line = f"Zusammen {text}: {parts}." if de else f"{text[:1].upper()}{text[1:]} combined: {parts}."
    else:
        a, b = operands[0].figure, operands[1].figure
        combined_ = combined(op, a.value, b.value)
        if combined_ is None:
            return None
        result, line = _two_line(op, a, b, combined_, language)
    return _quoted(question, language, line, operands, result)


def _quoted(
    question: str, language: Language, line: str, operands: list[Operand], result: FigureOut | None
) -> Answer:
    """The line, then each operand's figure with its quote; answered where there is a `result`."""
    de = language == "de"
    sources = []
    for operand in operands:
        quote = f"„{operand.citation.quote}“" if de else f'"{operand.citation.quote}"'
        of = f" ({operand.label})" if operand.label else ""
        sources.append(f"{operand.figure.text}{of}: {quote}")
    return Answer(
        question=question,
        answered=result is not None,
        answer="\n".join([line, *sources]),
        language=language,
        confidence=round(min(o.confidence for o in operands), 3),
        figures=[*([result] if result is not None else []), *(o.figure for o in operands)],
        citations=[o.citation for o in operands],
        deals=list(dict.fromkeys(d for o in operands for d in o.deals)),
        facts=list(dict.fromkeys(f for o in operands for f in o.facts)),
        is_question=True,
    )


def _two_line(
    op: Operation, a: FigureOut, b: FigureOut, value: float, language: Language
) -> tuple[FigureOut, str]:
    """The result and its line for a difference or a ratio of two figures."""
    de = language == "de"
    if op is Operation.RATIO:
        big, small = (a, b) if a.value >= b.value else (b, a)
        times = number(round(value, 2), language)
        result = FigureOut(
            value=round(value, 2), unit="times", text=f"{times}-mal" if de else f"{times} times"
        )
        if value == 1:  # "is Acme's twice as big as Globex's": neither, both give one figure
            return result, (
                f"Beide gleich: {a.text} und {b.text}." if de else f"Both the same: {a.text} and {b.text}."
            )
        return result, (
            f"{big.text} ist {times}-mal so viel wie {small.text}."
            if de
            else f"{big.text} is {times} times {small.text}."
        )
    text = shown(value, a.unit, language)
    result = FigureOut(value=value, unit=a.unit, text=text)
    if value == 0:  # "which one is bigger": neither, both give one figure
        return (
            result,
            f"Beide gleich: {a.text} und {b.text}." if de else f"Both the same: {a.text} and {b.text}.",
        )
    return result, (
        f"Der Unterschied beträgt {text}: {a.text} − {b.text}."
        if de
        else f"A difference of {text}: {a.text} − {b.text}."
    )
