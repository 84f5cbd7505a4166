"""Embeds stay within Discord's limits whatever the text, and never echo a ping."""

from __future__ import annotations

import discord
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.answer import Answer, CitationOut, FigureOut
from bot.embeds import (
    answer_embed,
    clip,
    deal_embed,
    deals_embed,
    document_embed,
    language_of,
    quotes_embed,
    reload_embed,
    sources_embed,
    stats_embed,
)
from bot.service import QuestionStats, ReloadReport
from bot.summaries import DealSummary, DocumentInfo, SummaryLine


def assert_within_limits(embed: discord.Embed) -> None:
    data = embed.to_dict()
    assert len(data.get("title", "")) <= 256
    assert len(data.get("description", "")) <= 4096
    assert len(data.get("footer", {}).get("text", "")) <= 2048
    fields = data.get("fields", [])
    assert len(fields) <= 25
    for field in fields:
        assert 1 <= len(field["name"]) <= 256 and field["name"].strip()
        assert 1 <= len(field["value"]) <= 1024 and field["value"].strip()
    assert len(embed) <= 6000


def citation(n: int, size: int = 2000) -> CitationOut:
    return CitationOut(document=f"doc{n}", title=f"Titel {n} " + "t" * 400, quote="Zitat " + "q" * size)


def answer(**overrides: object) -> Answer:
    values: dict[str, object] = {
        "question": "Wie viel?",
        "answered": True,
        "answer": "NVIDIA will bis zu 100 Mrd. US-Dollar investieren.",
        "language": "de",
        "confidence": 0.9,
    }
    values.update(overrides)
    return Answer.model_validate(values)


def line(n: int, *, conflict: bool = False, headline: bool = False, size: int = 300) -> SummaryLine:
    return SummaryLine(
        attribute="investment",
        label=f"Investition {n}",
        text="Aussage " + "x" * size,
        citations=[citation(n, size), citation(n + 1, size)],
        conflict=conflict,
        headline=headline,
    )


def test_clip_marks_the_cut_and_never_returns_empty() -> None:
    assert clip("abcdef", 4) == "abc…"
    assert clip("abc", 4) == "abc"
    assert clip("   ", 4) == "\u200b"


def test_language_of_locale() -> None:
    assert language_of("de") == "de"
    assert language_of(discord.Locale.german) == "de"
    assert language_of("en-US") == "en"
    assert language_of(None) == "en"


def test_huge_answer_is_cut_to_the_limits() -> None:
    embed = answer_embed(
        answer(
            answer="a" * 10_000,
            figures=[FigureOut(value=1, unit="USD", text="f" * 2000)] * 3,
            citations=[citation(n) for n in range(40)],
            suggestions=[f"Vorschlag {n}" for n in range(10)],
        ),
        question="q" * 5000,
    )
    assert_within_limits(embed)
    assert embed.description is not None and embed.description.endswith("…")


def test_answer_shows_figures_quotes_sources_and_at_most_three_suggestions() -> None:
    embed = answer_embed(
        answer(
            answered=False,
            figures=[FigureOut(value=1e11, unit="USD", text="bis zu 100 Mrd. US-Dollar")],
            citations=[CitationOut(document="d1", title="Artikel Eins", quote="Ein wörtliches Zitat.")],
            suggestions=["A?", "B?", "C?", "D?"],
        )
    )
    fields = {f.name: f.value for f in embed.fields}
    assert fields["Zahlen"] == "• bis zu 100 Mrd. US-Dollar"
    assert fields["Artikel Eins"] == "> Ein wörtliches Zitat."
    assert fields["Meinten Sie?"].count("•") == 3
    assert embed.footer.text == "Quelle: Artikel Eins"
    assert embed.colour == discord.Colour.light_grey()


def test_conflicts_are_marked() -> None:
    embed = answer_embed(answer(conflict=True, language="en"))
    assert embed.description is not None and embed.description.startswith("⚠️ **The sources disagree**")
    assert embed.colour == discord.Colour.orange()
    summary = DealSummary(id="d", name="Deal", parties=["A", "B"], lines=[line(1, conflict=True), line(2)])
    deal = deal_embed(summary, "de")
    assert deal.description is not None and "Widersprüchliche Angaben:** Investition 1" in deal.description
    assert deal.fields[0].name == "Investition 1 — ⚠️ widersprüchlich"


def test_mentions_in_any_text_are_escaped() -> None:
    embed = answer_embed(
        answer(answer="@everyone hallo <@123456789012345678>", suggestions=["@here?"]),
        question="@everyone frage",
    )
    raw = str(embed.to_dict())
    assert "@everyone" not in raw and "@here" not in raw and "<@123456789012345678>" not in raw
    stats = stats_embed(QuestionStats(asked=3, answered=1, top_unanswered=[("@everyone ping", 2)]), "de")
    assert "@everyone" not in str(stats.to_dict())


def test_deal_with_many_long_lines_keeps_25_fields_and_says_how_many_are_hidden() -> None:
    summary = DealSummary(
        id="d", name="N" * 400, parties=["P"] * 50, summary="s" * 5000, lines=[line(n) for n in range(40)]
    )
    embed = deal_embed(summary, "en")
    assert_within_limits(embed)
    assert len(embed.fields) <= 25


def test_deal_overflow_field_counts_hidden_lines() -> None:
    lines = [SummaryLine(attribute="jobs", label=f"Zeile {n}", text="kurz") for n in range(30)]
    embed = deal_embed(DealSummary(id="d", name="Deal", parties=["P"], lines=lines), "en")
    assert len(embed.fields) == 25
    assert embed.fields[-1].name == "… and 6 more"
    assert embed.fields[-1].value == "Zeile 24, Zeile 25, Zeile 26, Zeile 27, Zeile 28, Zeile 29"


def test_deal_overflow_by_size_counts_what_was_left_out() -> None:
    summary = DealSummary(id="d", name="Deal", parties=["P"], lines=[line(n, size=200) for n in range(30)])
    embed = deal_embed(summary, "en")
    assert_within_limits(embed)
    *shown, more = embed.fields
    assert more.name == f"… and {30 - len(shown)} more"


def test_deals_overview_and_sources_respect_limits() -> None:
    summaries = [
        DealSummary(id=f"d{n}", name=f"Deal {n}", parties=["A"], lines=[line(n, headline=True)])
        for n in range(30)
    ]
    overview = deals_embed(summaries, "de")
    assert_within_limits(overview)
    assert overview.fields[-1].name.startswith("… und")

    documents = [DocumentInfo(id=f"doc{n}", title="T" * 200, language="de") for n in range(200)]
    listing = sources_embed(documents, "en")
    assert_within_limits(listing)
    assert listing.description is not None and "more" in listing.description.splitlines()[-1]


def test_document_shows_only_its_own_quotes() -> None:
    info = DocumentInfo(
        id="doc1", title="Artikel", language="de", published="2025-07-24", facts=[line(1, size=10)]
    )
    embed = document_embed(info, "de")
    assert embed.description is not None and "2025-07-24" in embed.description
    assert embed.fields[0].value.count("> ") == 1
    assert_within_limits(document_embed(DocumentInfo(id="x", title="Leer", language="en"), "en"))


def test_reload_report_and_stats() -> None:
    report = ReloadReport(
        documents=5, deals=6, facts=40, snippets=100, added_facts=[f"f{n}" for n in range(999)]
    )
    embed = reload_embed(report, "de")
    assert_within_limits(embed)
    assert embed.description is not None and embed.description.startswith("Neu geladen")
    stats = stats_embed(QuestionStats(asked=4, answered=3, top_unanswered=[("x" * 3000, 9)] * 10), "en")
    assert_within_limits(stats)
    assert stats.fields[1].value == "3 (75%)"
    assert stats_embed(QuestionStats(asked=0, answered=0), "de").fields[1].value == "0 (–)"


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(max_size=6000),
    titles=st.lists(st.text(max_size=400), max_size=30),
    suggestions=st.lists(st.text(max_size=300), max_size=8),
)
def test_any_text_fits(text: str, titles: list[str], suggestions: list[str]) -> None:
    citations = [CitationOut(document=str(n), title=t, quote=text or "q") for n, t in enumerate(titles)]
    embed = answer_embed(answer(answer=text, citations=citations, suggestions=suggestions), question=text)
    assert_within_limits(embed)


def test_the_sources_button_shows_every_quote_in_full_within_the_limits() -> None:
    short = [
        CitationOut(document=f"d{n}", title=f"Artikel {n}", quote=f"Satz {n} @everyone.") for n in range(4)
    ]
    embed = quotes_embed(answer(citations=short))
    assert embed.title == "Quellen (4)"
    assert [f.value for f in embed.fields] == [f"> Satz {n} @\u200beveryone." for n in range(4)]
    assert [f.name for f in embed.fields] == [f"Artikel {n}" for n in range(4)]
    many = quotes_embed(answer(citations=[citation(n) for n in range(40)], language="en"))
    assert_within_limits(many)
    assert many.title == "Sources (40)" and many.fields[-1].name.startswith("… and")
