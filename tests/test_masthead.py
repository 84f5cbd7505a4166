"""An article's head says who wrote it and how often it was read; questions about the article ask it."""

from __future__ import annotations

from pathlib import Path

from bot.engine.engine import Engine
from bot.knowledge.loader import load_knowledge
from bot.knowledge.masthead import author, views

HEAD = """Acme baut in Springfield

Veröffentlicht am
2026/03/11
| Aufrufe
1.204
| Teilen

Foto des Autors

By redaktion

Von Montag an liefert Acme Strom.
"""


def test_the_byline_and_the_view_count_are_read_from_the_head() -> None:
    byline = author(HEAD)
    assert byline is not None and byline.value == "redaktion"
    assert byline.quote == "Foto des Autors By redaktion"  # long enough to cite, verbatim
    count = views(HEAD)
    assert count is not None and count.value == "1.204" and count.quote == "| Aufrufe 1.204"


def test_a_sentence_of_the_body_is_no_byline() -> None:
    body = "Acme baut in Springfield\n\n" + "Ein Satz.\n" * 20 + "Von Montag an liefert Acme Strom.\n"
    assert author(body) is None and views(body) is None
    assert author("Titel\n\nVon Montag an liefert Acme den Strom für den Campus.\n") is None


def test_the_engine_answers_who_wrote_an_article_and_its_views() -> None:
    root = Path(__file__).resolve().parent.parent / "knowledge"
    engine = Engine(load_knowledge(root))
    wrote = engine.ask("wer hat den broadcom artikel geschrieben?")
    assert wrote.answered and "admin" in wrote.answer and wrote.citations[0].document.startswith("002")
    read = engine.ask("how many views does the oracle article have")
    assert read.answered and "57" in read.answer
    # an article whose head names no author says so, and no other article's author is given
    silent = engine.ask("wer hat den nvidia artikel geschrieben")
    assert not silent.answered and "admin" not in silent.answer


def test_the_engine_gives_an_articles_headline_verbatim() -> None:
    kb = load_knowledge(Path(__file__).resolve().parent.parent / "knowledge")
    engine = Engine(kb)
    headline = engine.ask("whats the headline of the broadcom piece?")
    title = next(d.title for d in kb.documents.values() if d.id.startswith("002"))
    assert headline.answered and title in headline.answer, headline.answer
    assert headline.citations[0].quote == title
    german = engine.ask("Wie lautet die Überschrift des Artikels über Altmans GPU-Pläne?")
    assert german.answered and german.answer.startswith("Die Überschrift von Artikel 003"), german.answer
    # a title only the knowledge gives (not the article's text) is quoted by the article's opening words
    both = engine.ask("Wie heißt die Headline vom Nvidia-100-Milliarden-Artikel genau?")
    texts = {d.id: " ".join(d.text.split()) for d in kb.documents.values()}
    assert both.answered and all(" ".join(c.quote.split()) in texts[c.document] for c in both.citations)
