"""A spectrum auction, a cloud provider's results beside a rival's, a hack with a ransom, a campus loan, a
takeover, a recall, two cables, a power contract, a merger, a noise ruling, a server order and a bid, none
curated: a question's compound no article says finds the sentences saying its last part; a time limit
("innerhalb von zwei Jahren") is no term; a rival named in words of no German dictionary is a company of its
own; "the hackers" are the hacker group and a ransom is a sum; "verzinst" gives the interest; the final stage
is no first hall's; "taking over" asks a takeover; "ersetzt" says "ausgetauscht"; a facility named by a
compound ("das Merro-Kabel") is its own; a store is sized by its energy; a pair's figure is neither one's; a
group word gives its members; a passive pluperfect is an earlier state; a share's price before the news is
none after it. On the shipped articles: a rate "for every gigawatt", a number of years, a figure by its noun
in a fragment, and a person's words on another article's theme."""

from __future__ import annotations

import pytest
from engines import engine_with_articles

from bot.engine.engine import Engine
from bot.engine.names import learn

AUCTION = """Valdora versteigert Funkfrequenzen für 64 Millionen Kronen

Valdora (Agentur) – Die Frequenzbehörde hat bei einer Auktion von Funkfrequenzen 64 Millionen Kronen
eingenommen. Von den acht angebotenen Lizenzen wurden fünf vergeben. Die Lizenzen laufen 12 Jahre.

Die neuen Lizenznehmer müssen innerhalb von zwei Jahren mindestens 70 Prozent der Haushalte versorgen. Bislang
teilen sich drei Funkbetreiber den Markt.
"""

RESULTS = """Ardeno Cloud steigert Umsatz um 21 Prozent

Valdora (Agentur) – Der Cloudanbieter Ardeno Cloud hat im dritten Quartal 1,2 Milliarden Kronen umgesetzt.
Der Nettogewinn kletterte auf 240 Millionen Kronen. Ardeno wuchs damit schneller als der heimische
Konkurrent Coral Datacom, der ein Umsatzplus von 11 Prozent gemeldet hatte.

An der Börse legte die Ardeno-Aktie nach Vorlage der Zahlen um 4,1 Prozent zu.
"""

HACK = """Hostvik muss nach Hackerangriff 12 Millionen Kronen zahlen

Valdora (Agentur) – Die Datenschutzbehörde hat gegen den Hostinganbieter Hostvik eine Geldbuße von 12
Millionen Kronen verhängt. Daten von rund 20.000 Kunden waren abgeflossen.

Die Hackergruppe Night Orca forderte anschließend ein Lösegeld von bis zu 80 Millionen Kronen. Hostvik zahlte
nach eigenen Angaben nicht.
"""

LOAN = """Banken finanzieren Campus von Selvaro

Valdora (Agentur) – Der Rechenzentrumsentwickler Selvaro hat sich einen Kredit über 900 Millionen Kronen
gesichert. Der Kredit hat eine Laufzeit von zehn Jahren und wird mit 7,5 Prozent im Jahr verzinst.

„Damit ist der Bau der ersten beiden Hallen gedeckt“, sagte Finanzchef Aron Dell. Der Campus soll in der
Endstufe bis zu 30 Megawatt bereitstellen. Die niedrigeren Zinsen spiegelten wider, dass Mietverträge für rund
40 Prozent der Kapazität unterzeichnet seien.
"""

TAKEOVER = """Insolventer Rechenzentrumsbetreiber Pelvaro geht an Kestrom Infra

Valdora (Agentur) – Das Gericht hat den Insolvenzplan für Pelvaro bestätigt. Neuer Eigentümer wird die
Kestrom Infra Holding aus Astara. Kestrom Infra zahlt für die Übernahme 140 Millionen Kronen.
"""

RECALL = """Tarnik ruft 9.000 Netzteile zurück

Valdora (Agentur) – Der Rechenzentrumsbetreiber Tarnik ruft 9.000 fehlerhafte Netzteile zurück. Die Kosten
beziffert Tarnik auf 3 Millionen Kronen. Bis zum 31. März 2027 sollen alle betroffenen Einheiten ersetzt sein.
"""


CABLE = """Zwei Partner bauen neues Seekabel nach Tarvos

Valdora (Agentur) – Die Netzbetreiber Orvik und Selmar haben ein Gemeinschaftsunternehmen für ein neues
Unterseekabel gegründet. Das sogenannte Kelvane-Kabel soll rund 300 Millionen Kronen kosten.

Das Kabel soll 2.400 Kilometer lang werden und eine Kapazität von bis zu 18 Terabit pro Sekunde bieten.

Bislang hängt die Insel an einer einzigen Verbindung: Das Merro-Kabel nach Tarvos ging 2015 in Betrieb, ist
900 Kilometer lang und hatte damals 110 Millionen Kronen gekostet.
"""

POWER = """Solarpark liefert Strom an Rechenzentrumsbetreiber Qelvin

Valdora (Agentur) – Der Rechenzentrumsbetreiber Qelvin hat einen Stromliefervertrag mit dem
Solarparkentwickler Sunmar abgeschlossen. Der Vertrag läuft 18 Jahre. Der Park soll einen Batteriespeicher
mit bis zu 300 Megawattstunden erhalten.
"""


MERGER = """Rechenzentrumsbetreiber Ostrel und Varnik Data fusionieren

Valdora (Reuters) – Die Rechenzentrumsbetreiber Ostrel und Varnik Data schließen sich zusammen. Zusammen kamen
beide Firmen im Jahr 2025 auf einen Umsatz von 12,6 Milliarden Kronen. Der neue Konzern betreibt 9 Standorte.
"""

COURT = """Gericht verurteilt Rechenzentrumsbetreiber Helmvik wegen Lärm

Valdora (sda) – Der Rechenzentrumsbetreiber Helmvik muss Anwohnern Schadenersatz von 600.000 Kronen zahlen.
Das Gericht gab einer Klage von 41 Anwohnern statt.
"""

ORDER = """Hochschulen bestellen 200 KI-Server bei Trolvik

Valdora (Reuters) – Ein Verbund von vier Hochschulen hat beim Hersteller Trolvik 200 KI-Server bestellt. Der
Auftrag hat einen Wert von 3,1 Milliarden Kronen.

Der bisher leistungsfähigste Hochschulrechner des Landes war 2020 angeschafft worden; er umfasst 40 Server und
hatte 700 Millionen Kronen gekostet.
"""


BID = """Pelmora bietet für Rechenzentrumsbetreiber Quarvik

Valdora (Agentur) – Pelmora bietet 130 Kronen je Aktie für Quarvik. Das entspreche einem Aufschlag von 30
Prozent auf den Schlusskurs vom vergangenen Freitag, der bei 100 Kronen gelegen hatte. An der Börse sprang die
Quarvik-Aktie nach der Ankündigung um 24 Prozent auf 124 Kronen.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with_articles(
        tmp_path_factory,
        {
            "946_auktion.txt": AUCTION,
            "947_quartal.txt": RESULTS,
            "948_hack.txt": HACK,
            "949_kredit.txt": LOAN,
            "954_uebernahme.txt": TAKEOVER,
            "955_rueckruf.txt": RECALL,
            "956_seekabel.txt": CABLE,
            "957_solarstrom.txt": POWER,
            "958_fusion.txt": MERGER,
            "959_laerm.txt": COURT,
            "964_server.txt": ORDER,
            "965_angebot.txt": BID,
        },
    )


def test_a_compound_no_article_says_by_its_last_part(engine: Engine) -> None:
    offered = engine.ask("Wie viele Funklizenzen hat die Behörde angeboten?")
    assert offered.answered and "acht" in offered.answer, offered.answer
    term = engine.ask("Wie lange laufen die neuen Funklizenzen?")
    assert term.answered and "12" in term.answer, term.answer


def test_a_time_limit_is_no_term(engine: Engine) -> None:
    term = engine.ask("how long do the new licences run")
    assert term.answered and "12 years" in term.answer and "zwei" not in term.answer, term.answer


def test_a_rival_named_in_foreign_words_is_a_company_of_its_own(engine: Engine) -> None:
    profit = engine.ask("wie viel nettogewinn hat coral datacom gemacht?")
    assert not profit.answered and "240" not in profit.answer, profit.answer
    grew = engine.ask("um wie viel prozent wuchs coral datacom?")
    assert grew.answered and "11" in grew.answer, grew.answer
    book = learn([("947", "Ardeno Cloud steigert Umsatz", RESULTS)])
    assert book.kind("coral datacom") == "org"
    assert "vorlage" not in book.names  # "nach Vorlage der Zahlen": a noun with its genitive, no town


def test_a_name_and_its_longer_forms_are_one_company() -> None:
    text = (
        "Der Konzern hat einen Vertrag mit dem Start-up Velmora Compute AS aus Bergen unterzeichnet. "
        "Velmora Compute beschäftigt 40 Mitarbeiter. Velmora will wachsen."
    )
    book = learn([("950", "Vertrag mit Velmora", text)])
    keys = [k for k in book.names if k.startswith("velmora")]
    assert len(keys) >= 2 and {book.names[k].canonical or k for k in keys} == {"velmora"}, keys


def test_the_hackers_are_the_hacker_group_and_a_ransom_is_its_sum(engine: Engine) -> None:
    ransom = engine.ask("how much ransom did the hackers want from hostvik")
    first_line = ransom.answer.split("\n")[0]
    assert ransom.answered and "80" in ransom.answer and "12" not in first_line, ransom.answer
    fine = engine.ask("how big is the fine for hostvik")
    assert fine.answered and "12" in fine.answer, fine.answer


def test_interest_said_by_its_verb_and_the_final_stage_is_no_first_halls(engine: Engine) -> None:
    rate = engine.ask("What interest rate does the Selvaro loan carry?")
    assert rate.answered and "7.5" in rate.answer and "40" not in rate.answer, rate.answer
    hall = engine.ask("Wie viel Megawatt hat die erste Halle des Campus von Selvaro?")
    assert not hall.answered and "30" not in hall.answer, hall.answer
    assert "30" in engine.ask("wie viel MW soll der campus von selvaro haben").answer


def test_taking_over_asks_a_takeover_and_replaced_says_swapped(engine: Engine) -> None:
    buyer = engine.ask("who is taking over pelvaro?")
    assert buyer.answered and "Kestrom" in buyer.answer, buyer.answer
    assert buyer.question == "who is taking over pelvaro?"  # (as asked, not as the parser reads it)
    # "übernehmen OpenAI und Oracle die Führung": a lead taken, no takeover
    assert not engine.ask("wer übernimmt openai?").answered
    swapped = engine.ask("bis wann müssen die defekten netzteile von tarnik ausgetauscht sein")
    assert swapped.answered and "2027" in swapped.answer, swapped.answer


def test_a_rate_a_span_and_a_figure_asked_by_their_nouns(engine: Engine) -> None:
    rate = engine.ask("how much does nvidia pay for every giga watt exactly?")
    assert not rate.answered and "100" not in rate.answer, rate.answer  # a rate, which no article gives
    assert engine.ask("is the nvidia investment tied to every gigawatt?").answered  # ... but it is per GW
    years = engine.ask("Wie viele Jahre investiert Nvidia in OpenAI, genau?")
    assert not years.answered, years.answer  # a number of years: no half-year, no sum
    assert not engine.ask("openai verlust höhe").answered  # "mangelnde Profitabilität" gives no sum
    assert not engine.ask("gb200 anzahl abilene").answered  # a fact naming the chips counts none
    cost = engine.ask("1 mio gpu kosten")
    assert not cost.answered and "5000" not in cost.answer and "5,000" not in cost.answer, cost.answer


def test_a_facility_named_by_its_compound_is_its_own(engine: Engine) -> None:
    # the old Merro-Kabel set beside the new Kelvane-Kabel of the lead: the new one's figures are not its
    old = engine.ask("whats the capacity of the old merro cable to tarvos?")
    assert not old.answered and "18" not in old.answer, old.answer
    assert "900" in engine.ask("how long is the merro cable").answer
    new = engine.ask("what's the capacity of the kelvane cable")
    assert new.answered and "18" in new.answer, new.answer


def test_a_store_sized_by_its_energy_and_a_ppa_is_a_contract(engine: Engine) -> None:
    battery = engine.ask("Wie groß soll der Batteriespeicher des Solarparks von Sunmar werden?")
    assert battery.answered and "300" in battery.answer, battery.answer
    term = engine.ask("how long does the qelvin ppa run")
    assert term.answered and "18" in term.answer, term.answer


def test_a_pairs_figure_is_neither_ones(engine: Engine) -> None:
    alone = engine.ask("What revenue did Varnik Data generate on its own in 2025?")
    assert not alone.answered and "12.6" not in alone.answer, alone.answer
    own = engine.ask("What revenue did Varnik Data generate in 2025?")
    assert not own.answered and "12.6" not in own.answer, own.answer  # "Zusammen kamen beide Firmen auf …"
    both = engine.ask("wie viel umsatz machten ostrel und varnik zusammen 2025")
    assert both.answered and "12,6" in both.answer, both.answer


def test_a_group_word_by_its_members_and_a_past_participle(engine: Engine) -> None:
    sued = engine.ask("how many residents sued helmvik?")  # "Anwohnerschaft" in the word list; "sued": "sue"
    assert sued.answered and "41" in sued.answer, sued.answer


def test_a_passive_pluperfect_is_an_earlier_state(engine: Engine) -> None:
    order = engine.ask("Welchen Wert hat der Serverauftrag der Hochschulen bei Trolvik?")
    assert order.answered and "3,1" in order.answer and "700" not in order.answer, order.answer


def test_a_persons_words_on_another_articles_theme(engine: Engine) -> None:
    bubble = engine.ask("was denkt jensen huang über ne mögliche ki-blase?")
    assert not bubble.answered, bubble.answer  # the bubble is another article's; nothing of his says it
    assert engine.ask("was denkt jensen huang über die investition?").answered


def test_a_share_price_before_the_news_is_none_after_it(engine: Engine) -> None:
    before = engine.ask("zu welchem kurs notierte die quarvik aktie vor dem angebot von pelmora")
    assert before.answered and "100" in before.answer and "124" not in before.answer, before.answer
    after = engine.ask("wie hoch stand die quarvik aktie nach der ankündigung")
    assert after.answered and "124" in after.answer, after.answer
