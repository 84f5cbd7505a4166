"""A port tender won by a consortium, a schools' programme quoted by name, a quarter's results, a start-up's
valuation and a plant abroad, none curated: a currency spelt otherwise than babel's name ("Bahama-Dollar"),
"in Echtzeit" no place, the country a town is in no other site, a consortium's contract asked of one of its
members, a quoted name opening on an adjective ("„Digitale Klassenzimmer“"), a foundation named by a
compound ("Aurelia-Stiftung") and asked in English, a superlative and a participle ("cheapest", "vorgelegt"),
a compound with a meaning of its own ("Arbeitsplätze" are no seats), the load of the quarter a year before,
a company's worth and a country's adjective ("the Tunisian plant"); on the shipped articles, a worth that is
no investment, the towns besides one set aside, a figure two other partners agreed, and a date of another
thing."""

from __future__ import annotations

import pytest
from engines import KNOWLEDGE, engine_with_articles

from bot.engine.engine import Engine
from bot.knowledge.loader import load_knowledge
from bot.knowledge.numbers import find_numbers, local_currencies

PORT = """Konsortium gewinnt Auftrag für Hafen von Nassau

Nassau (Reuters) – Ein Konsortium aus drei Unternehmen hat die Ausschreibung für die Steuerung des
Containerhafens von Nassau gewonnen. Der Auftrag hat ein Volumen von 212 Millionen Bahama-Dollar und läuft
über neun Jahre, wie die Hafenbehörde der Bahamas mitteilte. Angeführt wird die Gruppe von Marlin Port
Systems, die 50 Prozent der Arbeiten übernimmt; auf Conch Analytics entfallen 30 Prozent und auf Palmetto
Robotics die übrigen 20 Prozent.

Kern des Projekts sind 11 automatisierte Containerkräne, deren Bewegungen eine Plattform in Echtzeit plant.
„Wir haben nicht das billigste, aber das sicherste Angebot vorgelegt“, sagte Marlin-Chef Dexter Rolle. Das
Unternehmen werde am Hafen 240 Arbeitsplätze schaffen.
"""

SCHOOLS = """Ghana stattet Schulen mit Rechnern aus

Accra – Die Regierung will 1.200 Schulen mit Computern ausstatten. Für das Programm „Digitale
Klassenzimmer“ stellt das Ministerium 900 Millionen Cedi bereit. Die Schweizer Aurelia-Stiftung übernimmt
25 Prozent der Programmkosten. Umgesetzt wird das Programm von der staatlichen Gesellschaft Volta Digital.
"""

QUARTER = """Kelmar steigert Umsatz

Reykjavík – Der Rechenzentrumsbetreiber Kelmar hat im dritten Quartal seinen Umsatz auf 14,6 Milliarden
Kronen gesteigert, nach 9,8 Milliarden Kronen im Vorjahresquartal. Die Auslastung der Rechenzentren lag im
Quartal bei 91 Prozent, im Vorjahreszeitraum waren es 78 Prozent.
"""

STARTUP = """Industriekonzern steigt bei Start-up Nervo ein

München – Der Industriekonzern Hallberg AG übernimmt für 300 Millionen Euro einen Anteil von 15 Prozent
am Start-up Nervo. Die Transaktion bewertet Nervo mit rund 2 Milliarden Euro. Bei der vorigen
Finanzierungsrunde im Frühjahr 2024 hatte der Wert noch bei 600 Millionen Euro gelegen.
"""

RESULTS = """Serverbauer Ursa steigert Umsatz

Chișinău (Reuters) – Der moldauische Serverbauer Ursa Compute hat im dritten Quartal seinen Umsatz auf 640
Millionen Lei gesteigert. Unter dem Strich verdiente die Gruppe 48,5 Millionen Lei.

Das Unternehmen beschäftigt derzeit 1.120 Mitarbeiter und will bis Mitte 2026 mindestens 200 zusätzliche
Techniker einstellen. Die meisten Server gehen an Kunden in Rumänien, Polen und Deutschland.
"""

SUPERCOMPUTER = """Universität in Erbil erhält Supercomputer

Erbil (Reuters) – Die Universität Sarwaran in Erbil bekommt einen Supercomputer. Gebaut wird die Anlage vom
Systemhaus Zagros Rechentechnik, das dafür 1.024 Grafikprozessoren verbaut.

Zagros Rechentechnik hatte im vergangenen Jahr bereits einen kleineren Rechner für eine Klinik in Duhok
geliefert.
"""

BOND = """Rechenzentrumsbetreiber Corvina platziert Anleihe

George Town (Reuters) – Der Rechenzentrumsbetreiber Corvina Datacenter Holdings hat eine Anleihe über 300
Millionen Kaiman-Dollar platziert. Das Papier hat eine Laufzeit von neun Jahren. Einen Teil des Geldes steckt
Corvina in einen Standort auf der Insel New Providence.
"""

INTERVIEW = """„Ein Rückgrat für Turkmenistan“ – Interview mit Amudar-Datenwerk-Chef Murad Orazow

Mary (Reuters) – Die Amudar Datenwerk will bei Mary ein Rechenzentrum errichten. Vorstandschef Murad Orazow
sprach mit Reuters über Kosten und Strom.

Frage: Herr Orazow, wie viel investiert Ihr Unternehmen?

Orazow: Insgesamt sind es 1,6 Milliarden Manat.
"""

FINE = """Wettbewerbshüter strafen Cloud-Anbieter Mangrove

Banjul (Reuters) – Die Wettbewerbsbehörde hat gegen den Cloud-Anbieter Mangrove Cloud eine Geldbuße von 4,1
Milliarden Dalasi verhängt. Nach Angaben der Behörde kontrolliert Mangrove rund 61 Prozent des gambischen
Marktes für Cloud-Dienste. Betroffen seien mehr als 2.300 Firmenkunden. „Wer den Markt beherrscht, trägt
Verantwortung“, sagte Kommissionspräsident Lamin Ceesay. Dieser kündigte an, die Preise des Anbieters genau
zu beobachten.
"""

PLANT = """Kerkenna baut Chipwerk in Enfidha

Tunis – Der Chipverpacker Kerkenna Packaging baut in Enfidha in Tunesien ein neues Werk für 400 Millionen
Dinar. Das Werk soll 900 Arbeitsplätze schaffen. Nach Angaben der Firma sind die Bauarbeiten inzwischen zu
64 Prozent abgeschlossen.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with_articles(
        tmp_path_factory,
        {
            "980_hafen.txt": PORT,
            "981_schulen.txt": SCHOOLS,
            "982_quartal.txt": QUARTER,
            "983_startup.txt": STARTUP,
            "984_werk.txt": PLANT,
            "985_quartal.txt": RESULTS,
            "986_supercomputer.txt": SUPERCOMPUTER,
            "987_anleihe.txt": BOND,
            "988_interview.txt": INTERVIEW,
            "989_strafe.txt": FINE,
        },
    )


@pytest.fixture(scope="module")
def shipped() -> Engine:
    return Engine(load_knowledge(KNOWLEDGE))


def test_a_currency_spelt_otherwise_than_babel_by_its_countrys_word() -> None:
    assert [n.unit for n in find_numbers("312 Millionen Bahama-Dollar")] == ["BSD"]
    assert [n.unit for n in find_numbers("5 Mio. US-Dollar")] == ["USD"]
    assert [n.unit for n in find_numbers("2 Mrd. Milliarden-Dollar")] == ["USD"]


def test_a_consortiums_contract_in_a_town_of_a_country_named_beside(engine: Engine) -> None:
    value = engine.ask("Wie hoch ist der Auftragswert für den Hafen in Nassau?")
    assert value.answered and "212" in value.answer and "Bahama" in value.answer
    term = engine.ask("wie lange läuft der vertrag mit marlin und co eigentlich?")
    assert term.answered and "neun" in term.answer


def test_in_echtzeit_names_no_place(engine: Engine) -> None:
    cranes = engine.ask("wie viele kräne gibt es in nassau")
    assert cranes.answered and "11" in cranes.answer


def test_a_superlative_and_a_participle_in_english(engine: Engine) -> None:
    said = engine.ask("Who said they had not submitted the cheapest bid?")
    assert said.answered and "Rolle" in said.answer


def test_a_compound_with_a_meaning_of_its_own_counts_no_other_thing(engine: Engine) -> None:
    seats = engine.ask("how many board seats does marlin get")
    assert not seats.answered and "240" not in seats.answer


def test_a_quoted_name_opening_on_an_adjective_and_a_foundation_in_english(engine: Engine) -> None:
    runs = engine.ask("Wer setzt das Programm „Digitale Klassenzimmer“ um?")
    assert runs.answered and "Volta Digital" in runs.answer
    assert all(c.document.startswith("981") for c in runs.citations)
    share = engine.ask("What share of the programme costs does the Aurelia Foundation cover?")
    assert share.answered and "25" in share.answer


def test_the_load_of_the_quarter_a_year_before(engine: Engine) -> None:
    before = engine.ask("wie hoch war die auslastung im vorjahresquartal")
    assert before.answered and "78" in before.answer and "9,8" not in before.answer


def test_a_companys_worth_said_by_the_sentence_before(engine: Engine) -> None:
    earlier = engine.ask("What was Nervo valued at in its previous funding round?")
    assert earlier.answered and "600" in earlier.answer


def test_a_countrys_adjective_points_at_the_article_naming_the_country(engine: Engine) -> None:
    done = engine.ask("What percentage of the construction work at the Tunisian plant is finished?")
    assert done.answered and "64" in done.answer


def test_a_companys_worth_is_no_investment(shipped: Engine) -> None:
    valued = shipped.ask("How much is OpenAI valued at after the Nvidia deal?")
    assert not valued.answered and "100" not in valued.answer
    cap = shipped.ask("Welchen Börsenwert hat NVIDIA nach dem Kurssprung?")
    assert not cap.answered and "4,4" not in cap.answer


def test_the_towns_besides_one_set_aside(shipped: Engine) -> None:
    others = shipped.ask("Besides Abilene, which other cities will host Stargate data centers?")
    assert not others.answered and "4.5" not in others.answer
    assert shipped.ask("which city is stargate built in").answered


def test_a_figure_two_other_partners_agreed(shipped: Engine) -> None:
    third = shipped.ask("Wie viele Gigawatt hat OpenAI mit SoftBank vereinbart?")
    assert not third.answered and "4,5" not in third.answer
    pair = shipped.ask("Wie viele Gigawatt hat OpenAI mit Oracle vereinbart?")
    assert pair.answered and "4,5" in pair.answer


def test_a_date_of_another_thing_is_not_shown(shipped: Engine) -> None:
    jump = shipped.ask("on which exact date did nvidia's stock jump 4.4%?")
    assert not jump.answered and "2026" not in jump.answer


def test_a_bare_currency_noun_is_the_one_of_the_country_an_article_names_first() -> None:
    local = local_currencies(RESULTS)
    assert local == {"lei": "MDL"}  # "moldauische" in the lead, "Rumänien" only later
    assert [n.unit for n in find_numbers(RESULTS, "de", local)][:2] == ["MDL", "MDL"]


def test_a_net_profit_said_below_the_line_and_the_staff_beside_hires(engine: Engine) -> None:
    profit = engine.ask("how much net profit did ursa make in q3?")
    assert profit.answered and "48.5" in profit.answer and "Moldovan" in profit.answer
    staff = engine.ask("wieviele mitarbeiter hat ursa aktuell?")
    assert staff.answered and "1.120" in staff.answer


def test_a_town_the_body_names_in_passing_is_not_the_leads(engine: Engine) -> None:
    clinic = engine.ask("Wie viele GPUs stecken im Rechner, den Zagros an die Klinik in Duhok geliefert hat?")
    assert not clinic.answered and "1.024" not in clinic.answer
    erbil = engine.ask("wie viele GPUs verbaut zagros in erbil")
    assert erbil.answered and "1.024" in erbil.answer


def test_a_wrong_guess_put_to_the_bot_is_answered_without_it(shipped: Engine) -> None:
    ceo = shipped.ask("Der CEO von NVIDIA ist doch Lisa Su, oder?")
    assert ceo.answered and "Huang" in ceo.answer
    site = shipped.ask("Der Standort Abilene liegt in Oklahoma, oder?")
    assert site.answered and "Texas" in site.answer
    # ... but a name no article knows, asked about first, is no guess: it is who is asked about
    other = shipped.ask("Intel investiert auch 100 Mrd in OpenAI, oder?")
    assert not other.answered and "100" not in other.answer


def test_a_bonds_maturity_and_new_alone_is_no_place(engine: Engine) -> None:
    term = engine.ask("What is the maturity of Corvina's new bond?")
    assert term.answered and "9" in term.answer


def test_an_interview_answers_for_the_company_asked(engine: Engine) -> None:
    invested = engine.ask("How much is Amudar Datenwerk investing?")
    assert invested.answered and "1.6" in invested.answer


def test_a_market_share_its_customers_and_who_said_it_by_a_pronoun(engine: Engine) -> None:
    share = engine.ask("welchen marktanteil hat mangrove")
    assert share.answered and "61" in share.answer
    customers = engine.ask("Wie viele Firmenkunden sind von Mangroves Praktiken betroffen?")
    assert customers.answered and "2.300" in customers.answer
    watcher = engine.ask("who said they'd keep a close eye on mangrove's prices?")
    assert watcher.answered and "Ceesay" in watcher.answer
