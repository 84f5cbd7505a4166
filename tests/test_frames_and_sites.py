"""A tender, a lease with a second site, a fine with an earlier one and a port, none curated: a bidder named
in an apposition whose figure is not the winner's, a site the article comes to later and its own figures,
"verfügt über" that says no "more than", a rent asked by its noun, a past year's fine in its own sentence, a
sum lost, a one-word place asked in three words ("dar es salaam") and "des Projekts" of the article's own
project; on the shipped articles, questions wrapped in courtesy ("Could you confirm …", "Mich würde
interessieren, …", "… — wissen Sie, …"), an office held ("welche Position bekleidet …"), a sum per year
that no total is, and a company typed small that no article names ("does initech have")."""

from __future__ import annotations

import pytest
from engines import KNOWLEDGE, engine_with_articles

from bot.engine.engine import Engine
from bot.engine.frames import unframed
from bot.knowledge.loader import load_knowledge

TENDER = """Korvano Net gewinnt Ausschreibung für staatliche Cloud

Tunis (Reuters) – Der Netzbetreiber Korvano Net hat die Ausschreibung für eine staatliche Cloud gewonnen.
Das Unternehmen setzte sich mit einem Gebot von 610 Millionen Dinar gegen zwei Mitbewerber durch.

Zweitplatzierter wurde das Konsortium Sfax Compute, das 580 Millionen Dinar geboten hatte.

Das Gebot des dritten Bewerbers, Medina Nubes, wurde dagegen nicht gewertet. Die Firma hatte 700 Millionen
Dinar geboten, reichte ihre Unterlagen aber zu spät ein.
"""

LEASE = """Talvora vermietet 120 Racks in Kandy an Versicherung

Kandy (Reuters) – Der Rechenzentrumsbetreiber Talvora Data hat einen Mietvertrag mit der Versicherung
Pellora geschlossen. Die Versicherung mietet im neuen Rechenzentrum des Unternehmens 120 Racks.

Für die Fläche zahlt die Versicherung eine jährliche Miete von 900 Millionen Rupien. Mit dem Vertrag steigt
die Auslastung des Standorts auf 70 Prozent.

Hintergrund: Talvora betreibt seit 2018 einen ersten Standort in Galle. Dieser verfügt über 80 Racks und ist
zu 95 Prozent ausgelastet.
"""

FINE = """Wettbewerbsbehörde verhängt Strafe gegen Cloud-Anbieter Veltis

Tirana (Reuters) – Die Wettbewerbsbehörde hat gegen den Cloud-Anbieter Veltis eine Geldbuße von 1,2
Milliarden Lek verhängt, wie sie am 3. März 2026 mitteilte.

Dieselbe Behörde hatte Veltis bereits im Jahr 2022 mit 150 Millionen Lek belangt. Der Konkurrent Orbano
beziffert seinen entgangenen Umsatz auf rund 40 Millionen Lek. Die Praxis lief laut Behörde von Januar 2023
bis Oktober 2025. „Wer Daten einsperrt, sperrt den Wettbewerb aus“, sagte Behördenpräsidentin Arta Mema.
"""

QUARTER = """Velmora Cloud steigert Quartalsumsatz um fast 25 Prozent

Vientiane (Reuters) – Der Cloud-Anbieter Velmora Cloud hat im dritten Quartal einen Umsatz von 80 Milliarden
Kip erzielt. Im Vorjahresquartal waren es 64 Milliarden Kip gewesen. Das entspricht einem Plus von 25 Prozent.
Die Zahl der Geschäftskunden stieg binnen zwölf Monaten auf 2.400.
"""

PORT = """Mwambao Terminals automatisiert Hafen Daressalam

Daressalam (Reuters) – Der Hafenbetreiber Mwambao Terminals investiert in den Hafen von Daressalam. Kern
des Projekts sind 12 ferngesteuerte Portalkräne, die von Rechenzentren am Kai gesteuert werden.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with_articles(
        tmp_path_factory,
        {
            "980_ausschreibung.txt": TENDER,
            "981_miete.txt": LEASE,
            "982_strafe.txt": FINE,
            "983_hafen.txt": PORT,
            "984_quartal.txt": QUARTER,
        },
    )


@pytest.fixture(scope="module")
def shipped() -> Engine:
    return Engine(load_knowledge(KNOWLEDGE))


def test_a_bidder_named_in_an_apposition_is_not_the_winner(engine: Engine) -> None:
    bid = engine.ask("How much did Medina Nubes bid?")
    assert bid.answered and "700" in bid.answer and "610" not in bid.answer
    winner = engine.ask("wie viel hat Korvano Net geboten?")
    assert winner.answered and "610" in winner.answer
    second = engine.ask("How much did Sfax Compute offer?")
    assert second.answered and "580" in second.answer and "610" not in second.answer


def test_a_site_the_article_comes_to_later_has_its_own_figures(engine: Engine) -> None:
    rent = engine.ask("What is the annual rent at Talvora's Galle site?")
    assert not rent.answered and "900" not in rent.answer
    used = engine.ask("how utilised is the Galle site?")
    assert used.answered and "95" in used.answer and "70" not in used.answer
    racks = engine.ask("wie viele racks hat talvora in galle?")
    assert racks.answered and "80" in racks.answer and "mehr als" not in racks.answer


def test_a_rent_is_a_sum(engine: Engine) -> None:
    rent = engine.ask("wie hoch ist die Miete für die Racks?")
    assert rent.answered and "900" in rent.answer and "120" not in rent.answer
    annual = engine.ask("What is the annual rent the insurer pays?")
    assert annual.answered and "900" in annual.answer


def test_a_past_years_figure_and_a_sum_lost(engine: Engine) -> None:
    before = engine.ask("how much was Veltis fined in 2022?")
    assert before.answered and "150" in before.answer and "1.2" not in before.answer
    lost = engine.ask("How much revenue does Orbano say it lost?")
    assert lost.answered and "40" in lost.answer


def test_a_one_word_place_asked_in_three_and_the_articles_own_project(engine: Engine) -> None:
    cranes = engine.ask("wie viele Kräne bekommt der Hafen in dar es salaam?")
    assert cranes.answered and "12" in cranes.answer


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("Could you confirm how many GPUs OpenAI wants online?", "how many GPUs OpenAI wants online?"),
        ("Could you confirm the size of the Abilene site?", "what is the size of the Abilene site?"),
        ("Mich würde interessieren, wer Stargate betreibt.", "wer Stargate betreibt."),
        ("Wer baut Stargate, wenn ich fragen darf?", "Wer baut Stargate?"),
        ("Wie viel investiert NVIDIA nach Ihrem Kenntnisstand?", "Wie viel investiert NVIDIA?"),
        ("Welchen Beinamen hat NVIDIA, sofern ein solcher genannt wird?", "Welchen Beinamen hat NVIDIA?"),
        ("Ist bekannt, ob Oracle Strom liefert?", "stimmt es, dass Oracle Strom liefert?"),
        (
            "Was umfasst Stargate nach Darstellung des Beitrags?",  # the article, in the words read for it
            "Was umfasst Stargate laut Artikel?",
        ),
        (
            "Wie hoch ist die Zusage nach Angaben des Acme-Beitrags?",
            "Wie hoch ist die Zusage laut Acme-Artikel?",
        ),
        ("wie viel – und wann?", "wie viel – und wann?"),  # no courtesy: as it is
        ("Acme – wie viel GW?", "Acme – wie viel GW?"),  # a short lead-in names what is asked
    ],
)
def test_courtesy_frames_come_off(question: str, plain: str) -> None:
    assert unframed(question) == plain


def test_questions_in_courtesy_are_answered(shipped: Engine) -> None:
    gpus = shipped.ask("Could you confirm how many GPUs OpenAI intends to bring online by the end of 2025?")
    assert gpus.answered and "1" in gpus.answer
    rise = shipped.ask(
        "Ich habe gelesen, dass die Börse positiv reagiert hat — wissen Sie, um wie viel Prozent die "
        "Nvidia-Aktie daraufhin gestiegen ist?"
    )
    assert rise.answered and "4" in rise.answer and "Aufrufe" not in rise.answer  # no article's views
    office = shipped.ask("Mich würde interessieren, welche Position Greg Brockman bei OpenAI bekleidet.")
    assert office.answered and "Präsident" in office.answer


def test_a_sum_per_year_is_no_total(shipped: Engine) -> None:
    yearly = shipped.ask("How much does Stargate invest per year?")
    assert not yearly.answered and "500" not in yearly.answer
    quarterly = shipped.ask("wie viel investiert nvidia pro quartal?")
    assert not quarterly.answered and "100" not in quarterly.answer
    assert shipped.ask("How much does Stargate invest?").answered


def test_a_company_typed_small_that_no_article_names(shipped: Engine) -> None:
    gpus = shipped.ask("how many GPUs does initech have?")
    assert not gpus.answered and "million" not in gpus.answer
    site = shipped.ask("wie groß ist das gelände von initech?")
    assert not site.answered and "1000" not in site.answer
    assert shipped.ask("how many GPUs does openai have?").answered


def test_a_move_said_again_and_the_number_a_sentence_names_first(engine: Engine) -> None:
    growth = engine.ask("um wie viel prozent ist der umsatz von velmora gestiegen?")
    assert growth.answered and "25" in growth.answer and "64" not in growth.answer
    assert "25" in engine.ask("hw much did velmora grow yoy in %").answer
    customers = engine.ask("How many business customers does Velmora Cloud have now?")
    assert customers.answered and "2,400" in customers.answer and "twelve" not in customers.answer


def test_a_month_is_no_part_of_a_name(engine: Engine) -> None:
    names = engine.retriever.reader.names.names
    assert not any("januar" in key for key in names)  # "laut Behörde von Januar 2023": a date
    head = engine.ask("Wer ist die Präsidentin der Behörde?")
    assert head.answered and "Mema" in head.answer
