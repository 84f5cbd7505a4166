"""An article pointed at by what it tells rather than by its company or number: "im Artikel über den
Großauftrag", "the piece with Ada Lind's quote", "Der Artikel mit dem Haak-Zitat: …", "In the piece
about the Lindholm network, …". Its own sentences answer, or the answer says that article does not say (never
another article's figure); the words that describe it ask nothing ("reaction" asks no stock move). "by how
many percent … when the order came out" asks a percentage, "by what year" a year; "50.000 Haushalte" cites no
article "000"."""

from __future__ import annotations

from pathlib import Path

import pytest
from engines import engine_with_articles

from bot.engine.engine import Engine
from bot.engine.pointed import _about_run
from bot.engine.translations import compound_parts

STOCK = """Norvik-Aktie steigt nach Großauftrag kräftig

Lindholm (Agentur) – Die Aktie des Netzbetreibers Norvik Fiber ist nach der Ankündigung eines Großauftrags
um 6,2 Prozent gestiegen. Anleger reagierten erleichtert auf die Nachricht, nachdem das Papier im Vorjahr
deutlich verloren hatte.

„Der Markt hat verstanden, dass wir wachsen“, sagte Finanzchefin Ada Lind. Analysten der Brask Bank rechnen
mit weiteren Aufträgen.
"""

NETWORK = """Norvik baut Glasfasernetz für Lindholm

Lindholm (Agentur) – Der Netzbetreiber Norvik Fiber baut im Auftrag der Stadt Lindholm ein Glasfasernetz für
800 Millionen Kronen. Bis Ende 2027 sollen rund 50.000 Haushalte angeschlossen werden.

„Das Netz macht Lindholm zur schnellsten Stadt des Nordens“, sagte Bürgermeister Bo Haak. Die Bauarbeiten
übernimmt die Firma Tessel Bau.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with_articles(tmp_path_factory, {"940_kurs.txt": STOCK, "941_netz.txt": NETWORK})


def test_the_phrase_after_about_and_a_compound_split() -> None:
    assert _about_run(["die", "aktienreaktion", "fliessen", "soll"]) == ("aktienreaktion", "fliessen")
    assert _about_run(["altmans", "gpu", "plaene", "fuer", "das", "stargate"]) == ("altmans", "gpu", "plaene")
    assert _about_run(["acme", "und", "globex", "nennt"]) == ("acme", "globex", "nennt")
    assert _about_run(["die", "reaktion", "mindestens", "haben"]) == ("reaktion",)
    # in German, up to its noun: "über die Kursreaktion eigene Serverfarmen"
    nouns = frozenset({"kursreaktion", "serverfarmen"})
    assert _about_run(["die", "kursreaktion", "eigene", "serverfarmen"], nouns=nouns) == ("kursreaktion",)
    assert compound_parts("aktienreaktion") == ("aktien", "reaktion")
    assert compound_parts("acme") == ()


def test_an_article_named_by_its_lead_answers_from_its_own_sentences(engine: Engine) -> None:
    rise = engine.ask("Im Artikel über den Großauftrag: um wie viel Prozent stieg die Aktie?")
    assert rise.answered and "6,2" in rise.answer, rise.answer
    assert {c.document for c in rise.citations} == {"940_kurs"}, rise.citations
    cost = engine.ask("In the piece about the Lindholm fibre network, how much does it cost?")
    assert cost.answered and "800" in cost.answer and "6.2" not in cost.answer, cost.answer


def test_an_article_named_by_a_person_it_quotes(engine: Engine) -> None:
    quoted = engine.ask("Der Artikel mit dem Haak-Zitat: wie viele Haushalte sollen angeschlossen werden?")
    assert quoted.answered and "50.000" in quoted.answer, quoted.answer


def test_what_the_article_pointed_at_does_not_say_is_declined(engine: Engine) -> None:
    # the rise is the other article's: never its figure, and the answer names the article that does not say
    rise = engine.ask("Der Artikel mit dem Haak-Zitat: um wie viel Prozent stieg die Aktie?")
    assert not rise.answered and "6,2" not in rise.answer, rise.answer
    assert rise.answer.startswith("Dazu sagt Artikel 941 nichts"), rise.answer
    cost = engine.ask("the piece with Ada Lind's quote — how much does the network cost?")
    assert not cost.answered and "800" not in cost.answer, cost.answer


def test_words_describing_the_article_ask_nothing(engine: Engine) -> None:
    parsed = engine.parse("wie viel kostet das Netz laut dem Bericht über den Großauftrag?")
    assert parsed.firmly_pointed and {d.split("_")[0] for d in parsed.documents} == {"940"}
    assert "grossauftrag" in parsed.described, parsed.described
    # "was sagt der Artikel über …": what follows is asked, not an article described
    told = engine.parse("was sagt der Artikel über die Kursreaktion?")
    assert not told.firmly_pointed and "kursreaktion" not in told.described


def test_a_percentage_asked_with_when_and_a_number_that_is_no_label(engine: Engine) -> None:
    rise = engine.ask("by how many percent did Norvik's share price climb when the order came out?")
    assert rise.answered and "6.2" in rise.answer, rise.answer
    homes = engine.parse("stimmt es dass Norvik 50.000 Haushalte anschließt?")
    assert not homes.documents


def test_a_year_asked_whatever_the_rest_names(engine: Engine) -> None:
    year = engine.ask("by what year should norvik have connected the 50,000 households?")
    assert year.answered and "2027" in year.answer.split("\n")[0], year.answer


def test_a_question_naming_nobody_is_not_answered_from_an_article_that_never_says_its_thing(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # "die erste Wärme" is the waste-heat article's (its headline: "Abwärme"); a curated deal's first phase
    # going "ans Netz" in another article, which never speaks of heat, is no answer
    folder = Path(__file__).parent / "data" / "articles_dc"
    heat = next(folder.glob("047_*.txt"))
    engine = engine_with_articles(tmp_path_factory, {heat.name: heat.read_text(encoding="utf-8")})
    answer = engine.ask("Ab wann soll die erste Wärme ins Netz fließen?")
    assert {c.document for c in answer.citations} <= {heat.stem}, answer.answer


def test_words_before_the_article_word_that_title_none_describe_it(engine: Engine) -> None:
    # "the households article": the word titles no article, but the network article's lead says it; the
    # finance chief is quoted in the other one, which that article does not say
    answer = engine.ask("in the households article, what did the finance chief say?")
    assert not answer.answered and "Lind" not in answer.answer, answer.answer
    assert engine.parse("what did the finance chief say in the households article?").documents == {"941_netz"}
