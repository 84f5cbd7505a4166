"""Discord embeds for answers, deals, documents, reload reports and stats.

Every text is clipped to Discord's limits here, so callers never see a 400 for an oversized embed,
and text that may contain user input has its mentions escaped (embeds never ping, but an echoed
``@everyone`` still reads like one).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import discord
from discord.utils import escape_markdown, escape_mentions

from bot.answer import Answer, CitationOut
from bot.service import QuestionStats, ReloadReport
from bot.summaries import DealSummary, DocumentInfo, SummaryLine

TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FIELD_COUNT_LIMIT = 25
TOTAL_LIMIT = 6000
CHOICE_LIMIT = 100
"""Autocomplete choice names and values are limited to 100 characters."""

MAX_SUGGESTIONS = 3
MAX_CITATION_FIELDS = 6
QUOTE_LIMIT = 300
LINE_QUOTE_LIMIT = 200
SOURCES_FOOTER_LIMIT = 300
_MORE_NAMES_LIMIT = 200
_MORE_COST = 30 + _MORE_NAMES_LIMIT

COLOUR_ANSWER = discord.Colour.green()
COLOUR_CONFLICT = discord.Colour.orange()
COLOUR_UNKNOWN = discord.Colour.light_grey()
COLOUR_INFO = discord.Colour.blurple()

_TEXT: dict[str, dict[str, str]] = {
    "de": {
        "figures": "Zahlen",
        "did_you_mean": "Meinten Sie",
        "conflict": "⚠️ **Die Quellen widersprechen sich** – alle Angaben werden gezeigt.",
        "conflict_mark": "⚠️ widersprüchlich",
        "conflicts_on": "⚠️ **Widersprüchliche Angaben:** {labels}",
        "sources": "Quellen",
        "source": "Quelle",
        "parties": "Beteiligte",
        "published": "Veröffentlicht",
        "language": "Sprache",
        "unknown": "unbekannt",
        "more": "… und {n} weitere",
        "more_sources": "(weitere Quellen: {n})",
        "deals": "Deals",
        "no_facts": "Keine Fakten zitieren dieses Dokument.",
        "reloaded": "Wissen neu geladen",
        "stats": "Fragen-Statistik",
        "stats_all": "Fragen-Statistik – alle Server und DMs",
        "shard": "Shard",
        "shards": "Shards dieses Prozesses",
        "shard_line": "Shard {id} von {count}: {servers} Server, {latency}",
        "latency": "Latenz {ms:.0f} ms",
        "no_latency": "Latenz noch nicht gemessen",
        "asked": "Gestellt",
        "answered": "Beantwortet",
        "top_unanswered": "Häufigste unbeantwortete Fragen",
        "none": "keine",
    },
    "en": {
        "figures": "Figures",
        "did_you_mean": "Did you mean",
        "conflict": "⚠️ **The sources disagree** — every claim is shown.",
        "conflict_mark": "⚠️ conflicting",
        "conflicts_on": "⚠️ **Conflicting figures:** {labels}",
        "sources": "Sources",
        "source": "Source",
        "parties": "Parties",
        "published": "Published",
        "language": "Language",
        "unknown": "unknown",
        "more": "… and {n} more",
        "more_sources": "(more sources: {n})",
        "deals": "Deals",
        "no_facts": "No facts cite this document.",
        "reloaded": "Knowledge reloaded",
        "stats": "Question statistics",
        "stats_all": "Question statistics — every server and DMs",
        "shard": "Shard",
        "shards": "This process's shards",
        "shard_line": "Shard {id} of {count}: {servers} servers, {latency}",
        "latency": "latency {ms:.0f} ms",
        "no_latency": "latency not measured yet",
        "asked": "Asked",
        "answered": "Answered",
        "top_unanswered": "Most frequent unanswered questions",
        "none": "none",
    },
}


def language_of(locale: object) -> str:
    """`de`/`de-DE` → "de", anything else (or nothing) → "en"."""
    return "de" if str(locale or "").lower().startswith("de") else "en"


def text(language: str, key: str, **values: object) -> str:
    template = _TEXT.get(language, _TEXT["en"])[key]
    return template.format(**values) if values else template


def clip(value: str, limit: int) -> str:
    """Cut to at most `limit` characters, marking the cut with an ellipsis; never returns ''."""
    value = value.strip()
    if len(value) > limit:
        value = value[: limit - 1].rstrip() + "…"
    return value or "\u200b"


def safe(value: str) -> str:
    """User-supplied text for display: no mentions, no markdown."""
    return escape_markdown(escape_mentions(value))


def _quote(citation: CitationOut, limit: int = QUOTE_LIMIT) -> str:
    quote = " ".join(citation.quote.split())
    return f"> {clip(escape_mentions(escape_markdown(quote)), limit)}"


def _sources_footer(language: str, titles: Iterable[str]) -> str | None:
    unique = list(dict.fromkeys(t.strip() for t in titles if t.strip()))
    if not unique:
        return None
    label = text(language, "sources" if len(unique) > 1 else "source")
    return clip(f"{label}: " + " · ".join(clip(t, 60) for t in unique), SOURCES_FOOTER_LIMIT)


def _add_field(embed: discord.Embed, name: str, value: str, *, inline: bool = False) -> None:
    embed.add_field(name=clip(name, FIELD_NAME_LIMIT), value=clip(value, FIELD_VALUE_LIMIT), inline=inline)


def _add_fields(
    embed: discord.Embed, fields: Sequence[tuple[str, str]], language: str, *, reserve: int = 0
) -> None:
    """Add fields in order while 25 fields and 6000 characters allow (minus `reserve` characters for
    what comes after); whatever does not fit is named in one last "… N more" field."""
    clipped = [(clip(name, FIELD_NAME_LIMIT), clip(value, FIELD_VALUE_LIMIT)) for name, value in fields]
    slots = FIELD_COUNT_LIMIT - len(embed.fields)
    budget = TOTAL_LIMIT - len(embed) - reserve
    if len(clipped) <= slots and sum(len(n) + len(v) for n, v in clipped) <= budget:
        shown = clipped
    else:
        shown, used = [], _MORE_COST
        for name, value in clipped:
            if len(shown) + 2 > slots or used + len(name) + len(value) > budget:
                break
            shown.append((name, value))
            used += len(name) + len(value)
    for name, value in shown:
        embed.add_field(name=name, value=value, inline=False)
    hidden = clipped[len(shown) :]
    if hidden and len(embed.fields) < FIELD_COUNT_LIMIT:
        names = ", ".join(name for name, _ in hidden)
        _add_field(embed, text(language, "more", n=len(hidden)), clip(names, _MORE_NAMES_LIMIT))


def _fit_total(embed: discord.Embed) -> discord.Embed:
    """Last resort for the 6000-character total: shorten the description, then drop trailing fields."""
    if len(embed) > TOTAL_LIMIT and embed.description:
        excess = len(embed) - TOTAL_LIMIT
        embed.description = clip(embed.description, max(1, len(embed.description) - excess - 1))
    while len(embed) > TOTAL_LIMIT and embed.fields:
        embed.remove_field(len(embed.fields) - 1)
    return embed


def _line_fields(
    language: str, lines: Sequence[SummaryLine], *, titles: bool = True
) -> list[tuple[str, str]]:
    """One field per summary line: the statement and its first quote (with the article's title
    unless every quote comes from the same article); further sources are only counted, so that
    more lines fit into the embed."""
    fields = []
    for line in lines:
        name = line.label + (f" — {text(language, 'conflict_mark')}" if line.conflict else "")
        value = escape_mentions(line.text)
        if line.citations:
            first = line.citations[0]
            value += "\n" + _quote(first, LINE_QUOTE_LIMIT)
            if titles:
                value += f"\n— *{escape_markdown(clip(first.title, 80))}*"
            if len(line.citations) > 1:
                value += " " + text(language, "more_sources", n=len(line.citations) - 1)
        fields.append((name, value))
    return fields


def answer_embed(answer: Answer, *, question: str | None = None) -> discord.Embed:
    """The answer, its figures, the quotes it rests on and — when unsure — up to 3 suggestions."""
    language = answer.language
    if answer.conflict:
        colour = COLOUR_CONFLICT
    elif answer.answered:
        colour = COLOUR_ANSWER
    else:
        colour = COLOUR_UNKNOWN
    description = escape_mentions(answer.answer)
    if answer.conflict:
        description = f"{text(language, 'conflict')}\n\n{description}"
    embed = discord.Embed(colour=colour, description=clip(description, DESCRIPTION_LIMIT))
    if question is not None:
        embed.title = clip(safe(" ".join(question.split())), TITLE_LIMIT)
    footer = _sources_footer(language, (c.title for c in answer.citations))
    if footer:
        embed.set_footer(text=footer)
    fields = []
    if answer.figures:
        fields.append(
            (text(language, "figures"), "\n".join(f"• {escape_mentions(f.text)}" for f in answer.figures))
        )
    fields += [(c.title, _quote(c)) for c in answer.citations[:MAX_CITATION_FIELDS]]
    suggestions = answer.suggestions[:MAX_SUGGESTIONS]
    suggestion_field = (
        text(language, "did_you_mean") + "?",
        clip("\n".join(f"• {clip(safe(s), 300)}" for s in suggestions), FIELD_VALUE_LIMIT),
    )
    reserve = sum(map(len, suggestion_field)) if suggestions else 0
    _add_fields(embed, fields, language, reserve=reserve)
    if suggestions:
        _add_field(embed, *suggestion_field)
    return _fit_total(embed)


def quotes_embed(answer: Answer) -> discord.Embed:
    """Every quote an answer rests on, each in full (as far as Discord's limits allow), with its article:
    what the "Quellen"/"Sources" button shows."""
    language = answer.language
    title = f"{text(language, 'sources')} ({len(answer.citations)})"
    embed = discord.Embed(title=title, colour=COLOUR_INFO)
    _add_fields(embed, [(c.title, _quote(c, FIELD_VALUE_LIMIT - 2)) for c in answer.citations], language)
    return _fit_total(embed)


def deal_embed(summary: DealSummary, language: str) -> discord.Embed:
    """A deal: parties, summary, then every attribute with its statement and its sources."""
    conflicts = list(dict.fromkeys(line.label for line in summary.lines if line.conflict))
    parts = [f"**{text(language, 'parties')}:** {', '.join(summary.parties)}"]
    if summary.summary:
        parts.append(summary.summary)
    if conflicts:
        parts.append(text(language, "conflicts_on", labels=", ".join(conflicts)))
    embed = discord.Embed(
        title=clip(summary.name, TITLE_LIMIT),
        description=clip("\n\n".join(parts), DESCRIPTION_LIMIT),
        colour=COLOUR_CONFLICT if conflicts else COLOUR_INFO,
    )
    titles = (c.title for line in summary.lines for c in line.citations)
    footer = _sources_footer(language, titles)
    if footer:
        embed.set_footer(text=footer)
    _add_fields(embed, _line_fields(language, summary.lines), language)
    return _fit_total(embed)


def deals_embed(summaries: Sequence[DealSummary], language: str) -> discord.Embed:
    """Every deal with its headline figures, one field each."""
    embed = discord.Embed(title=f"{text(language, 'deals')} ({len(summaries)})", colour=COLOUR_INFO)
    fields = []
    for summary in summaries:
        headline = [line for line in summary.lines if line.headline]
        rows = [f"*{', '.join(summary.parties)}*"]
        for line in headline:
            mark = " ⚠️" if line.conflict else ""
            rows.append(f"• **{line.label}**{mark}: {escape_mentions(line.text)}")
        if not headline and summary.summary:
            rows.append(summary.summary)
        fields.append((summary.name, "\n".join(rows)))
    _add_fields(embed, fields, language)
    return _fit_total(embed)


def _document_line(document: DocumentInfo, language: str) -> str:
    published = document.published or text(language, "unknown")
    return f"**{escape_markdown(document.title)}**\n{published} · {document.language} · `{document.id}`"


def sources_embed(documents: Sequence[DocumentInfo], language: str) -> discord.Embed:
    """The articles the bot knows, with their dates, as one list in the description."""
    rows: list[str] = []
    used = 0
    for index, document in enumerate(documents):
        row = _document_line(document, language)
        tail = text(language, "more", n=len(documents) - index)
        if used + len(row) + 2 + len(tail) > DESCRIPTION_LIMIT:
            rows.append(tail)
            break
        rows.append(row)
        used += len(row) + 2
    embed = discord.Embed(
        title=f"{text(language, 'sources')} ({len(documents)})",
        description=clip("\n\n".join(rows) or text(language, "none"), DESCRIPTION_LIMIT),
        colour=COLOUR_INFO,
    )
    return _fit_total(embed)


def document_embed(document: DocumentInfo, language: str) -> discord.Embed:
    """One article's metadata and the facts that cite it (with the quote taken from it)."""
    published = document.published or text(language, "unknown")
    description = (
        f"**{text(language, 'published')}:** {published}\n"
        f"**{text(language, 'language')}:** {document.language}\n`{document.id}`"
    )
    if not document.facts:
        description += f"\n\n{text(language, 'no_facts')}"
    embed = discord.Embed(
        title=clip(document.title, TITLE_LIMIT),
        description=clip(description, DESCRIPTION_LIMIT),
        colour=COLOUR_INFO,
    )
    own = [
        line.model_copy(update={"citations": [c for c in line.citations if c.document == document.id]})
        for line in document.facts
    ]
    _add_fields(embed, _line_fields(language, own, titles=False), language)
    return _fit_total(embed)


def reload_embed(report: ReloadReport, language: str) -> discord.Embed:
    return discord.Embed(
        title=text(language, "reloaded"),
        description=clip(escape_mentions(report.to_text(language)), DESCRIPTION_LIMIT),
        colour=COLOUR_ANSWER,
    )


@dataclass(frozen=True)
class ShardLine:
    """One shard as /stats shows it: which, of how many, its servers and heartbeat latency."""

    shard_id: int
    shard_count: int
    servers: int
    latency_ms: float | None

    def render(self, language: str) -> str:
        latency = (
            text(language, "no_latency")
            if self.latency_ms is None
            else text(language, "latency", ms=self.latency_ms)
        )
        values = {"id": self.shard_id, "count": self.shard_count, "servers": self.servers}
        return text(language, "shard_line", latency=latency, **values)


def stats_embed(
    stats: QuestionStats, language: str, *, everywhere: bool = False, shards: Sequence[ShardLine] = ()
) -> discord.Embed:
    """Counts, the answered share and the most frequent unanswered questions (user text, escaped).

    `everywhere`: the questions of every server and DMs (/stats-all), said in the title. `shards`: the
    shard serving this server (/stats), or every shard of this process (/stats-all).
    """
    share = f"{stats.answered / stats.asked:.0%}" if stats.asked else "–"
    title = text(language, "stats_all" if everywhere else "stats")
    embed = discord.Embed(title=title, colour=COLOUR_INFO)
    _add_field(embed, text(language, "asked"), str(stats.asked), inline=True)
    _add_field(embed, text(language, "answered"), f"{stats.answered} ({share})", inline=True)
    rows = [
        f"{rank}. {clip(safe(' '.join(question.split())), 150)} (×{count})"
        for rank, (question, count) in enumerate(stats.top_unanswered, start=1)
    ]
    value = "\n".join(rows) if rows else text(language, "none")
    _add_field(embed, text(language, "top_unanswered"), value)
    if shards:
        name = text(language, "shards" if everywhere else "shard")
        _add_field(embed, name, "\n".join(line.render(language) for line in shards))
    return _fit_total(embed)
