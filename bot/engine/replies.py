"""Turn what the engine found into the one Answer model, in the question's language."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bot.answer import Answer, CitationOut, FigureOut, Language
from bot.engine.conversion import asked_in, converted, rounded
from bot.engine.formatting import figure_text, number
from bot.engine.query import Query
from bot.knowledge.base import KnowledgeBase
from bot.knowledge.models import Fact, Figure


def answer_language(parsed: Query) -> Language:
    """The language a curated answer is given in."""
    return "de" if parsed.language == "de" else "en"


def deal_name(kb: KnowledgeBase, deal_id: str, language: str) -> str:
    deal = kb.deals.get(deal_id)
    if deal is None:
        return deal_id
    return deal.name.de if language == "de" else deal.name.en


def citations_for(facts: Iterable[Fact], kb: KnowledgeBase) -> list[CitationOut]:
    """Each fact's shortest quote per document (the sentence that carries it), deduplicated."""
    out: list[CitationOut] = []
    seen: set[tuple[str, str]] = set()
    for fact in facts:
        by_document: dict[str, str] = {}
        for citation in fact.citations:
            current = by_document.get(citation.document)
            if current is None or len(citation.quote) < len(current):
                by_document[citation.document] = citation.quote
        for document, quote in by_document.items():
            if (document, quote) in seen:
                continue
            seen.add((document, quote))
            title = kb.documents[document].title if document in kb.documents else document
            out.append(CitationOut(document=document, title=title, quote=quote))
    return out


def figures_for(facts: Iterable[Fact], language: str) -> list[FigureOut]:
    return [
        FigureOut(value=f.figure.value, unit=f.figure.unit.value, text=figure_text(f.figure, language))
        for f in facts
        if f.figure is not None
    ]


def statement(fact: Fact, language: str) -> str:
    return fact.statement.de if language == "de" else fact.statement.en


def from_facts(
    parsed: Query,
    facts: Sequence[Fact],
    kb: KnowledgeBase,
    confidence: float,
    *,
    overview: bool = False,
    missing: Sequence[str] = (),
) -> Answer:
    language = answer_language(parsed)
    conflict = len({f.conflict for f in facts if f.conflict}) > 0 and sum(1 for f in facts if f.conflict) > 1
    lines: list[str] = []
    current_deal = None
    disputed = {f.conflict for f in facts if f.conflict and sum(g.conflict == f.conflict for g in facts) > 1}
    for fact in facts:
        if (overview or missing or len({f.deal for f in facts}) > 1) and fact.deal != current_deal:
            current_deal = fact.deal
            lines.append(f"**{deal_name(kb, fact.deal, language)}**")
        if fact.conflict in disputed:  # the header goes right above the claims that disagree
            disputed.discard(fact.conflict)
            lines.append("Die Quellen widersprechen sich:" if language == "de" else "The sources disagree:")
        text = statement(fact, language) + _conversion(parsed.text, fact, language)
        if conflict and fact.conflict:
            titles = ", ".join(sorted({c.document for c in fact.citations}))
            text = f"• {text} ({'Quelle' if language == 'de' else 'source'}: {titles})"
        lines.append(text)
    verdict = _verdict(facts, kb, language) if len({f.deal for f in facts}) > 1 and not overview else None
    if verdict is not None:
        lines.insert(0, verdict)
    for deal in missing:
        name = deal_name(kb, deal, language)
        lines.append(
            f"Zu {name} nennen die Artikel dazu nichts."
            if language == "de"
            else f"The articles say nothing about this for {name}."
        )
    return Answer(
        question=parsed.text,
        answered=True,
        answer="\n".join(lines),
        language=language,
        confidence=round(max(0.0, min(1.0, confidence)), 3),
        figures=figures_for(facts, language),
        citations=citations_for(facts, kb),
        conflict=conflict,
        deals=list(dict.fromkeys(f.deal for f in facts)),
        facts=[f.id for f in facts],
        is_question=parsed.is_question or True,
    )


def _conversion(question: str, fact: Fact, language: str) -> str:
    """ "10 GW — how many MW is that?": the fact's figure in the unit asked, after its statement."""
    if fact.figure is None:
        return ""
    unit = fact.figure.unit.value
    target = asked_in(question, unit)
    value = converted(fact.figure.value, unit, target) if target else None
    if value is None:
        return ""
    return f" (= {number(rounded(value), language)} {target})"


def not_covered(parsed: Query, suggestions: list[str]) -> Answer:
    language = answer_language(parsed)
    # "im Aktienartikel: …": the article the asker pointed at is the one that does not say
    labels = sorted({d.split("_", 1)[0] for d in parsed.documents}) if parsed.firmly_pointed else []
    if language == "de":
        text = "Dazu sagen die Artikel nichts."
        if labels:
            text = f"Dazu sagt Artikel {labels[0]} nichts." if len(labels) == 1 else text
        if suggestions:
            text += " Vielleicht hilft eine dieser Fragen weiter."
    else:
        text = "The articles don't say."
        if len(labels) == 1:
            text = f"Article {labels[0]} doesn't say."
        if suggestions:
            # not "may help": a decline must not read like a month ("in May") or a figure
            text += " One of these questions might help."
    return _declined(parsed, text, suggestions, is_question=parsed.is_question)


def _declined(parsed: Query, text: str, suggestions: list[str], *, is_question: bool) -> Answer:
    """No fact: the text that says so, and up to three questions the articles do answer."""
    return Answer(
        question=parsed.text,
        answered=False,
        answer=text,
        language=answer_language(parsed),
        confidence=0.0,
        suggestions=suggestions[:3],
        is_question=is_question,
    )


def small_talk(parsed: Query, suggestions: list[str], deals: Sequence[str] = ()) -> Answer:
    """A greeting that names the deals the loaded knowledge holds (never a list kept in code)."""
    language = answer_language(parsed)
    shown = ", ".join(deals[:MAX_DEALS_NAMED]) + (", …" if len(deals) > MAX_DEALS_NAMED else "")
    listed = f" ({shown})" if shown else ""
    if language == "de":
        text = (
            f"Hallo! Ich beantworte Fragen zu den KI-Infrastruktur-Deals aus den Artikeln{listed} – "
            "mit Zitat aus dem Artikel."
        )
    else:
        text = (
            f"Hi! I answer questions about the AI-infrastructure deals in the articles{listed}, "
            "quoting the articles."
        )
    return _declined(parsed, text, suggestions, is_question=False)


MAX_DEALS_NAMED = 6  # a greeting names this many deals, then "…"

_NOT_GIVEN = {
    "figure": ("Eine Zahl dazu nennen die Artikel nicht.", "The articles give no figure for that."),
    "date": ("Einen Zeitpunkt dafür nennen die Artikel nicht.", "The articles give no date for that."),
    "currency": (
        "In dieser Währung nennen die Artikel keinen Betrag; sie sagen:",
        "The articles give no amount in that currency; what they say:",
    ),
    "ceiling": (
        "Eine Obergrenze nennen die Artikel nicht; sie sagen:",
        "The articles give no upper limit; what they say:",
    ),
    "floor": (
        "Eine Untergrenze nennen die Artikel nicht; sie sagen:",
        "The articles give no minimum; what they say:",
    ),
    "now": (
        "Wie es heute aussieht, sagen die Artikel nicht – sie nennen nur Pläne und Erwartungen.",
        "The articles don't say how things stand today — they give plans and expectations only.",
    ),
}
# The plan's figure is not repeated under "now": it is not the answer, and a reader skimming would take it.
_WITHOUT_STATEMENT = frozenset({"now"})


def no_figure(
    parsed: Query, fact: Fact, kb: KnowledgeBase, suggestions: list[str], what: str = "figure"
) -> Answer:
    """A figure (or date) was asked for, the articles give none: say so, with what they do say and its
    source."""
    language = answer_language(parsed)
    de, en = _NOT_GIVEN[what]
    head = de if language == "de" else en
    return Answer(
        question=parsed.text,
        answered=False,
        answer=head if what in _WITHOUT_STATEMENT else f"{head} {statement(fact, language)}",
        language=language,
        confidence=0.0,
        citations=citations_for([fact], kb),
        suggestions=suggestions[:3],
        deals=[fact.deal],
        facts=[fact.id],
        is_question=True,
    )


def _verdict(facts: Sequence[Fact], kb: KnowledgeBase, language: str) -> str | None:
    """ "mehr GW: Acme oder Globex?": which deal's figure is the larger, or that both give the same, where
    the two deals' figures (every claim of a conflict, in the unit of the deal's first) are in one unit
    and all of one deal's lie above the other's; None where they cannot be told apart so."""
    by_deal: dict[str, list[Figure]] = {}
    for fact in facts:
        if fact.figure is not None:
            by_deal.setdefault(fact.deal, []).append(fact.figure)
    if len(by_deal) != 2 or len(by_deal) != len({f.deal for f in facts}):
        return None
    # (a conflict's yuan beside its dollars aside)
    by_deal = {deal: [f for f in group if f.unit == group[0].unit] for deal, group in by_deal.items()}
    (first, a), (second, b) = by_deal.items()
    if a[0].unit != b[0].unit:
        return None
    values_a, values_b = {f.value for f in a}, {f.value for f in b}
    shown = {deal: figure_text(group[0], language) for deal, group in by_deal.items()}
    name = {deal: deal_name(kb, deal, language) for deal in by_deal}
    if values_a == values_b and len(values_a) == 1:  # (each with its own qualifier: "at least", "up to")
        said = f"{name[first]} {shown[first]}, {name[second]} {shown[second]}"
        return f"Gleiche Zahl: {said}." if language == "de" else f"The same figure: {said}."
    if min(values_a) > max(values_b):
        larger, smaller = first, second
    elif min(values_b) > max(values_a):
        larger, smaller = second, first
    else:
        return None
    if language == "de":
        return f"Größer: {name[larger]} ({shown[larger]}) gegenüber {name[smaller]} ({shown[smaller]})."
    return f"Larger: {name[larger]} ({shown[larger]}) versus {name[smaller]} ({shown[smaller]})."
