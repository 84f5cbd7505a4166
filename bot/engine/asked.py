"""What a question asks for, as the kind of evidence that can answer it (parse stage of the reading path).

General German and English question words only; nothing here knows an article. The glossary joins the
words a reader uses with the words a German business article uses for the same thing ("raise" →
"eingesammelt", "stake" → "Anteil"), so an English question finds a German sentence.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from itertools import pairwise, takewhile

from rapidfuzz.distance import DamerauLevenshtein

from bot.engine.conversion import of_kind
from bot.engine.lexicon import (
    ARTICLE_WORDS,
    CITING_VERBS,
    COMPLETION_WORDS,
    COUNT_WORDS,
    EARLIER_WORDS,
    MAGNITUDE_WORDS,
    MENTION_VERBS,
    MONEY_SCALES,
    MONTHS,
    MOVE_SLANG_DOWN,
    MOVE_SLANG_UP,
    NOW_WORDS,
    ORDINAL_NUMBERS,
    PLAN_WORDS,
    PUBLIC_BODIES,
    QUESTION_WORDS,
    SIZE_ASKS,
    STOPWORDS,
    asks_which_article,
    counts_written_out,
    matches,
    names_a_piece,
    parts_named,
    says_now,
    time_after,
)
from bot.engine.names import DESCRIPTOR_ENDINGS, FACILITY_ENDINGS, MADE_ONE, ORG_PREFIXES, asks_role, demonym
from bot.engine.passages import COUNT_WORDS as SPELLED_NUMBERS
from bot.engine.passages import (
    MONEY_UNITS,
    TIME_NOUNS,
    ordinals,
    period_shorthand,
    periods,
    stages,
)
from bot.engine.payment import GET_VERBS, PAY_VERBS, SHARE_WORDS, paid_asked, payer_asked
from bot.engine.text import normalize, participle_root
from bot.engine.translations import dictionary_word
from bot.knowledge.models import Qualifier
from bot.knowledge.numbers import Number, codes_by_noun, find_numbers
from bot.knowledge.quotes import QUALIFIER_BEFORE


class Kind(StrEnum):
    MONEY = "money"
    PERCENT = "percent"
    COUNT = "count"
    MEASURE = "measure"  # a physical unit asked by name: gigawatts, megawatts
    PERSON = "person"
    ORG = "org"
    DATE = "date"
    DURATION = "duration"
    PLACE = "place"
    SAID = "said"
    WHAT = "what"  # anything a sentence states: plans, reasons, comparisons, trends


@dataclass(frozen=True)
class Asked:
    kind: Kind
    counted: tuple[str, ...]  # "how many X": the words that may be X ("feste Stellen": either)
    heads: tuple[str, ...]  # topic words that name the asked quantity ("Umsatz"): they must be found
    currencies: frozenset[str]  # "in Euro": the figure in that currency, when the sentence has it
    measure: frozenset[str]  # Number units a MEASURE question accepts
    topic: tuple[str, ...]  # the words that say what about the subject is asked
    numbers: tuple[float, ...] = ()  # figures the question states ("womit werden die 4,5 GW verglichen")
    # "auf wie viel Grad erhitzt …", "to what temperature": the prepositions a sentence may put before the
    # figure asked ("die es auf bis zu 85 Grad erhitzt"), which another figure of it lacks
    framed: tuple[str, ...] = ()
    sized: tuple[float, ...] = ()  # ... of them, those in a unit of measure ("the 80 MW hub")
    # a claim checked ("acme ripped 10%, true?") asks its figure's kind; this is what it asked before, the
    # sentence stating the figure claimed, read where no figure of the kind answers
    claim_of: Kind | None = None
    # "wer steckt 500 Mrd rein": the kind of the figure a question of who states, whose sentence answers
    # where none names the one asked
    by_figure: Kind | None = None
    per_unit: bool = False  # "price per MWh": a sum for each unit of a measure, never a total
    # durations that say which thing is asked of ("der Kupon der Anleihe mit zehn Jahren Laufzeit")
    periods: frozenset[tuple[float, str]] = frozenset()
    parts: frozenset[int] = frozenset()  # the parts ordinals name ("the second gigawatt": 2)
    to_the_day: bool = False  # "an welchem Tag genau", "exact date": a month or a half-year is no answer
    # "Morava-2", "phase-1": a thing by its name and number, which another number's sentence is not about
    versions: frozenset[tuple[str, str]] = frozenset()
    # "what does an H100 hour cost": the chip models the question names by their codes ("h100", "mi450")
    models: frozenset[str] = frozenset()
    forecast: bool = False  # "die Umsatzprognose": a figure a sentence forecasts ("rechnet mit …")
    # "heat pump", "gas turbine": the German nouns the reader read English phrases as ("Wärmepumpe")
    compounds: tuple[str, ...] = ()
    # "an welchem Tag im September": the months the question names, within which the day asked falls
    months: frozenset[int] = frozenset()
    to_the_month: bool = False  # "in welchem Monat": a half-year or a year is no answer
    to_the_quarter: bool = False  # "in welchem Quartal": a half-year is no answer; a month or day is
    announced: bool = False  # "wann hat Roe das gepostet": when it was said, which a deadline it names is not
    deadline: bool = False  # "bis wann", "by when": the date a thing is to be done by
    running: bool = False  # "how long do the licences run", "wie lange läuft …": a term, no time limit
    share_price: bool = False  # "zu welchem Kurs notierte die Aktie": a price of one share, no sum raised
    starting: bool = False  # "ab wann", "from when": the date a thing begins
    whole: bool = False  # "alle Rechenzentren zusammen": a total over all, not one of them
    alone: bool = (
        False  # "wie viel investiert Acme allein": its own part, not what the partners put in together
    )
    # "what did Zuck say": a speaker no article names, so no sentence holds their words
    unnamed_speaker: bool = False
    # "how does the article define …": the asker speaks of what an article says
    of_an_article: bool = False
    # "in welchem Bundesstaat", "which canton": a region asked, not the town in it
    region: bool = False
    # "in welchem Land", "which countries": a country asked, not a town or a state in it
    country: bool = False
    # "what revenue does Acme expect for 2025": the years asked; another year's figure is no answer
    years: tuple[float, ...] = ()
    # "at most", "höchstens": the figure a sentence gives with that qualifier ("bis zu 32.000 Chips"), before
    # a part of it ("die ersten 4.000 Chips")
    limit: Qualifier | None = None
    # "wie viele Jobs höchstens", "the minimum Acme guarantees": the one bound asked, not a choice between
    # bounds ("mindestens oder genau?"); a figure given with the other bound ("mehr als") is no answer
    bound: Qualifier | None = None
    amount: bool = False  # "wie hoch ist der Verlust", "what is Acme's valuation": an amount asked by name
    # "the contract's value", "Verlust in Mrd": money named by more than a scale ("Mrd", "two million chips")
    sum_named: bool = False
    moved: bool = False  # "how much did Acme's stock move": a percentage a price moved by, not a stake
    # "what did the losing bidder offer", "the predecessor's speed": another party than the article's own,
    # by its role; a sentence must speak of one so
    other_party: bool = False
    # "the penalty if Acme pays late", "was zahlt Acme, falls …": the words of the case asked, of which a
    # sentence must say one (a penalty for downtime is not one for late payment)
    condition: tuple[str, ...] = ()
    # "under what conditions", "what has to happen before …", "woran ist … gekoppelt": a sentence setting a
    # condition ("sobald", "sofern", "once") answers
    conditional: bool = False
    # "der Zins auf den Bankkredit", "the interest on the loan": what an asked rate is charged on, which its
    # sentence (or the one before it, or the lead) must say where the article names it
    rate_on: tuple[str, ...] = ()
    valued: bool = False  # "what is Acme worth", "Bewertung": what a company is valued at, no sum paid
    # "wer investiert mehr: Acme oder Globex": one of the names either side of "oder" is the answer
    one_of: tuple[str, ...] = ()
    # "wie viel mehr Lohn", "how much more pay": a rise in a sum, which an article may give as a percentage
    more: bool = False
    home: bool = False  # "wo sitzt Acme", "where is Acme headquartered": its seat, not a site it builds
    whence: bool = False  # "wo kommt der Wasserstoff her": where a thing comes from, not where it is used
    now: bool = False  # "how many GPUs does Acme run today": the state now, not a plan
    final: bool = False  # "in der Endstufe", "at full build-out": the last stage's figure
    # "zum Produktionsstart", "initially", "at launch": the first stage's figure, which a sentence on the
    # full build-out or on what it grows to later does not give
    initial: bool = False
    # "the valuation after the new round": the latest event's figure, not one an earlier event had
    fresh: bool = False
    # "how much water", "wie viel Grundwasser": no money named, so an amount of a thing (m³, tonnes) answers
    bulk: bool = False
    # "wie groß ist der Batteriespeicher", "how big is the battery": a size, which a store's energy gives
    sizing: bool = False
    # "how long is the power line", "wie lang wird die Trasse": a length (km) rather than a time
    length: bool = False
    # "how many employees does Acme have": the headcount it has, not a number moving, hired or cut
    stock: bool = False
    # "über wie viele Monate", "how many weeks": the unit a duration is asked in (its first letters)
    period: str = ""
    # "die MW-Grenze", "the cap": a threshold a rule sets ("Rechenzentren mit mehr als 30 MW") is asked
    threshold: bool = False
    # "die Annahmeschwelle", "the acceptance threshold": a bound a rule or an offer sets is the figure asked,
    # which a sentence states as one ("unter der Bedingung, dass … mindestens 75 Prozent"), no other figure
    quota: bool = False
    # "im dritten Quartal", "second half": (3, "quartal") — the time a figure is asked of, by its ordinal
    timed: tuple[int, str] = (0, "")
    # "which court", "welches Gericht": the noun of the kind asked, which a compound may name one of
    which: str = ""
    # "which Acme chips": the thing asked is a named company's kind of thing, which the sentence must say
    which_of_name: bool = False
    thing: tuple[str, ...] = ()  # "which power plant": the noun(s) a sentence must name to answer
    done: bool = False  # "when will it be done", "bis wann fertig": a completion date, no start
    # "US-Investoren", "EU-Förderung": the region a figure is asked of, which its sentence must say
    region_of: str = ""
    earlier: bool = False  # "bisher", "previous": the value a figure replaced ("von 2.900 auf 3.400")
    # "the original contract", "der ursprüngliche Vertrag": the first one, where a sentence gives it beside
    # the value that replaced it (else the one the sentence gives)
    original: bool = False
    last_year: bool = False  # "last year", "im vergangenen Jahr": a figure of the year before
    # "two years ago", "vor drei Jahren": how many years back a figure is asked of (of two and more: one
    # year back is `last_year`'s), which a sentence saying "ein Jahr zuvor" is not of
    years_back: int = 0
    # "which bidder is the cheapest", "welches Projekt ist das größte": the rank asked, which the sentence
    # answering must say (a company's own figure is no rank among the others)
    superlative: tuple[str, ...] = ()
    this_year: bool = False  # "so far this year", "dieses Jahr": the year now, of which last year's is none
    # "the current budget", "wie viele Jobs jetzt": the value as the plan now stands, of several an article
    # gives over time (a plan is one: unlike `now`, which asks today's state)
    latest: bool = False
    contended: bool = False  # a party's claim asked ("how much did Acme demand", "was behauptet Acme")
    # "von wie viel auf wie viel", "at first and after the expansion": both the value before and after
    change: bool = False
    name: bool = False  # "wie heißt der Chip", "what's it called": a name the question does not say
    describe: bool = False  # "wie beschreibt der Artikel Acme", "what kind of company is Acme"
    besides: frozenset[str] = frozenset()  # "besides Acme, who else": names set aside, no answer
    ordinal: int = 0  # "the second site": 2; a sentence on the first stage only gives another's figure
    # "in the last year of the contract", "im ersten Vertragsjahr": one year of a term by its place (1, 2, …;
    # -1 the last), whose figure a sentence names so, which a total or an average over the term is not
    term_year: int = 0
    span: bool = False  # "über wie viele Jahre", "wie alt": a number of years, which a date does not give
    rate: bool = False  # "Kosten pro Megawatt", "price per share": a rate asked; else a rate is no total
    per_thing: bool = False  # "per GPU", "je Aktie" (not "pro Jahr"): a sentence must give the sum per thing
    # "wie viel Prozent der 100 Mrd": the amount a share is of, which the sentence must give
    share_of: tuple[float, ...] = ()
    # "how much of the subsidy must Acme pay back", "wie viel von der Förderung": a part of a sum, which an
    # article may give as a share of it ("60 Prozent der Fördersumme")
    part_of_sum: bool = False
    # "der Stromverbrauch des Globex-Werks": (name, noun) of each hyphened compound owned by a name asked;
    # "das Acme-Werk" in a sentence is then another company's plant
    owned: tuple[tuple[str, str], ...] = ()
    prefer: tuple[str, ...] = ()  # words a sentence ranks higher by, said or not ("Wert")
    # "wie viel ist der Vertrag pro Jahr wert": a yearly sum, which a sentence must say is yearly
    yearly: bool = False
    # "wie viel Prozent an Globex hält Roe", "what percentage of Globex does Acme own": the company a stake
    # asked is in; a sentence's stake in another company is no answer
    stake_in: str = ""
    # "wie viel Prozent hält Acme an dem Konsortium": a stake held, which a sentence naming only Acme and a
    # percentage gives ("Größter Anteilseigner ist Acme mit 40 Prozent")
    holding: bool = False
    # "how many megawatts of cooling", "wie viel Megawatt Kühlleistung": what the measure is of, which a
    # figure of another thing in that unit (the site's power draw) is not
    measure_of: tuple[str, ...] = ()
    # "vor dem Ausbau": a value before an event, which a curated fact on the plan does not give (a sentence
    # may: "Bis zur Kündigung hatte Acme 11.500 Chips ausgeliefert")
    before_event: str = ""
    # "what will the recall cost", "wie viel kostet der Rückruf": a figure of now or to come, asked in no past
    # tense, which last year's is not
    unpast: bool = False
    either: tuple[str, ...] = ()  # sums offered as alternatives ("Schulden / Kredite"): one must be found
    payer: str = ""  # who pays the sum asked, as the question names it ("how much will acme spend")
    paid: bool = False  # a sum paid is asked ("what did Acme pay for it"): no sum only offered is one
    pays: bool = False  # "how much does Acme pay for …": a payment, not what a sum is spent on
    receives: bool = False  # "how much does Acme get per chip": a sum paid to it
    # "who got the permit", "wem …", "who was it granted to": the party a thing went to, whom a sentence
    # names in the dative ("hat dem Betreiber Acme die Erlaubnis erteilt"), not the one that gave it
    recipient: bool = False
    others: bool = False  # "the other sites": not the one a sentence or fact names
    closing: bool = False  # a share's price at the close ("Schlusskurs"), not the one it was offered at
    maker: str = ""  # "which chip maker": the maker asked for, whom a sentence must call so
    cost: bool = False  # "what are the construction costs": the cost of a thing, not any sum about it
    total: bool = False  # "total", "zusammen", "insgesamt": a sum over several things is what is asked
    outlook: bool = False  # "Umsatzprognose", "guidance": a figure expected, not one reached
    # "welche Summe nannte der dementierte Bericht", "the rumoured price": what a denied report said, which
    # is no figure of what is (a reader never gives it otherwise)
    reported: bool = False
    each_one: bool = False  # "jede einzelne Halle", "each hall": one thing's figure, not all of them together
    # "how big was the chip deal": a deal's sum, which a company's revenue or profit is not
    of_deal: bool = False
    # "how much did Acme's share price rise": a move of a stock, which a sentence on other prices is not
    stock_moved: bool = False
    stock_at: str = ""  # "wie stand die Aktie eine Woche nach …": the time after the news asked, its word
    # "who's the ceo of the chip designer": a role at a company the question describes and does not name,
    # whom no sentence on another company's chief answers
    role_of_unnamed: bool = False
    # "what did Acme's CEO say", "der Chef von Acme": the named company whose role is asked (as typed)
    role_of: str = ""
    # "ist Jo Roe CEO von Acme": the roles a claim about a person names (the reader fills them in)
    roles: tuple[str, ...] = ()
    # "how many times oversubscribed", "wievielfach": a multiple ("2,7-fach überzeichnet") is asked
    multiple: bool = False
    # "wie viel MW hat der Standort in Mo i Rana": the places asked (the reader fills them in), whose
    # figure a sentence on another place ("In Stavanger entsteht … 120 Megawatt") does not give
    places: frozenset[str] = frozenset()
    # "the earn-out in the Baltrix deal": a deal named, whose sums a sentence on either party gives
    deal: bool = False
    # "how much did the stock drop": "down" (or "up"): a move the other way ("stieg um 4,4 %") is no answer
    direction: str = ""
    # "wie viel Strom kommt aus erneuerbaren", "how much comes from wind": where the amount asked comes from,
    # which the answer must say (the whole's figure is no part's from one source)
    source: tuple[str, ...] = ()
    # whom a figure is for ("für Frauen reserviert"): a sentence saying it for someone else is no answer
    beneficiary: tuple[str, ...] = ()
    # "per month", "pro Stunde": the span a figure is counted over, which its sentence must say
    per_span: tuple[str, ...] = ()
    # "laut Globex", "according to Acme": the company whose account is asked (its people's words first)
    per: str = ""


FIGURE_KINDS = frozenset({Kind.MONEY, Kind.PERCENT, Kind.COUNT, Kind.MEASURE})


# Groups of words that mean the same to a reader: a question word matching one member (as a prefix of at
# least four letters, or exactly when shorter or marked `$`) is looked for as every member in the sentences.
GLOSSARY: tuple[tuple[str, ...], ...] = tuple(
    tuple(group.split("|"))
    for group in (
        # ... and what an issue of shares or bonds brings in ("Emissionsvolumen", "Emissionserlös")
        "rais|eingesammel|einsammel|sammelt|finanzierungsrunde|funding|aufgenommen|gesichert|secured|emissionsvolum"
        "|emissionserloes|proceeds",
        # a company's share of its market, said by its noun or as the part of the market it holds
        "marktanteil|prozent des marktes|prozent des markts|des marktes|market share",
        "stake|anteil|beteilig|haelt|halten|hold|prozent an|behaelt|behalten|keep|retain|ownership"
        "|prozent des unternehmens|prozent der anteile|prozent der aktien",
        # A company's valuation is not a deal's value: "valued at" never finds "Auftragsvolumen".
        "valuation|valued|bewert",
        # a bid, as a tender's article tells it: "bot 318 Mrd.", "verlangte lediglich 276 Mrd."
        "bid$|bids$|bidder|bieter|geboten|gebot|angebot|bot$|bietet|bieten|offer$|offered|verlangt",
        "vorher|bisher|bislang|zuvor|previously|formerly|frueher|earlier$",
        # an auction's lowest bid allowed ("Das Mindestgebot hatte bei 12,5 Millionen … je Lizenz gelegen")
        "reserveprice|minimumbid|mindestgebot|startgebot",
        "yoy$|vorjahr",  # chat's "yoy": against the year before ("im Vorjahresquartal")
        "auslast|ausgelastet|utiliz|utilis|occupan|belegung",  # a site's use of its capacity
        # a takeover is made by an offer: "wer übernimmt Acme" is who "bietet den Aktionären … je Aktie"
        "uebernahm|uebernimmt|uebernehm|uebernomm|takeover|acquisition|acquir|bietet den aktionaer",
        "value$|values$|worth|wert|volum",
        "get|gets|bekomm|erhaelt|erhalt|holt|kriegt|receiv|secur|sichert|uebernimmt",
        "invest|spend|spent|contribut|fliess|flow|beteilig|beisteuer|steuert|einsteig|investi|finanzier|financ|kapital|pump|steck|put|putting|ausbauen"
        "|verbau|stellt|bereitstell|zur verfuegung",
        # what money is put to: "wofür verwendet Acme das Geld" is where "das Geld soll … fließen"
        "verwend|verwandt|nutzen$|nutzt$|genutzt|einsetz|eingesetzt|use$|uses$|used$|using$|fliessen$|fliesst$"
        "|spend|dienen$|dient$",
        "ceo|chef|vorstandschef|konzernchef|leitet|leiten|fuehrt|runs|lead|head|boss|chief|vorstandsvorsitz"
        "|geschaeftsfuehr|managingdirector",
        "cfo|finanzvorst|finanzchef|finance",  # "Finanzvorstand", "Finanzvorständin"
        "werksleit|plantmanager|sitemanager|standortleit",  # "the plant manager": the "Werksleiterin"
        "sprecher|spokesman|spokeswoman|spokesperson",
        "cto|technikvorst|technikchef|technologievorst|technischer direktor|chief technology",
        "neu|neue|neuen|neuer|neues|new|zusaetzlich|additional|weitere|further|extra",
        "founder|gruend|founded",
        "daily|taeglich|pro tag|je tag|jeden tag|per day|a day|each day",  # "daily": "für jeden Tag"
        "apolog|entschuldig|bedauer|regret|sorry",
        "betreib|betrieb|operat",  # "wann soll Acme die Anwendungen betreiben": "der Betrieb soll … beginnen"
        "strike|streik|bestreik|arbeitskampf|ausstand|walkout",  # (the dictionary's "strike" is "striking")
        # a plant closed: "schließt sein Werk", "stillgelegt", "dichtmachen", "shut down"
        "schliesst$|schliessen$|geschlossen$|schliessung|stilleg|stillgeleg|dicht$|dichtmach|shut$|shutdown"
        "|closure|closes$",
        "abfindung|severance",  # what leaving staff are paid
        "lohn|loehne|gehalt|gehaelter|wage|salar|verguetung",  # what staff are paid
        "uptime|verfuegbar|availab|erreichbar$",  # how much of the time a service is up
        "mitmach|partner|participat|involved|teilnehm",  # who takes part
        "lead$|leads$|leiter|leiterin",  # "the project lead": the "Projektleiterin" (a CEO is no "Leiter")
        "authorit|behoerde|inspektion|regulator|regulierungsbehoerde|aufsichtsbehoerde",  # a public body
        "breakup|break$|termination|aufloesung",  # "break fee": the "Auflösungsgebühr" a withdrawal costs
        "average|durchschnitt|im schnitt|avg$",
        "verbrauch|usage|use$|used$|uses$",  # what is used up: water, power
        # the power a machine draws ("the power draw": "Die Leistungsaufnahme der Anlage")
        "draw$|draws$|leistungsaufnahme|stromaufnahme",
        # a service down: "nicht erreichbar", "legt … lahm", "offline"
        "down$|offline|outage|ausfall|ausgefallen|lahm$|lahmgelegt|lahmlegen|nicht erreichbar|unerreichbar",
        "ransom|loesegeld",  # (the dictionary gives "ransom" only as "Erlösung", "Freikauf")
        "einspar|ersparnis|spart$|sparen$|sparziel|sparprogramm|savings|saving$",  # what is saved
        "licen|lizenz|genehmigung|erlaubnis|permit$|permits$",  # a licence is a permit ("Ausfuhrgenehmigung")
        "granted$|erteil|gewaehrt|ausgestellt",  # a licence granted is "erteilt"
        # a target missed: "Das Ziel wurde um 38 Megawatt verfehlt"
        "miss$|missed|misses|missing$|verfehl|verpasst|verpass|shortfall|short of|zurueckgeblieben",
        # how long a licence or an offer holds ("auf zehn Jahre befristet")
        "gueltig|gilt$|gelten$|valid$|validity|befristet",
        # a parent and its subsidiary say one relation ("Sao Bac, eine Tochter der Meridian")
        "parent|mutter|tochter|subsidiar",
        "chair|vorsitz|aufsichtsrat|chairman",
        "board|committee|ausschuss|gremium|aufsichtsrat|beirat|verwaltungsrat|direktorium",
        # a shareholders' meeting, its votes and what it approves
        "agm$|hauptversammlung|aktionaerstreffen|aktionaersversammlung|generalversammlung|shareholder meeting"
        "|annual meeting|general meeting",
        "elect|gewaehlt|waehlt|waehlen|wahl$|zugewaehlt",
        "approv|genehmig|billig|zustimm|zugestimmt|angenommen|gebilligt|endors|passed$",
        "vote$|votes$|voted$|voting$|stimmen$|abstimmung|stimmrecht",
        "together|gemeinsam|zusammen|joint|partnerschaft|kooperation|cooperat|collaborat|work on|team$"
        "|partner$|combined$",
        "permanent|dauerhaft|dauerbetrieb|regelbetrieb|langfristig beschaeft",
        "windrad|windraed|windturbin|windkraftanlag|wind turbine|turbine",
        "windfarm|windpark|wind farm|windparks",
        "construction|bauphase|bauzeit|bauarbeit|errichtung|baustell|bauabschnitt|bauabschnitte",
        "director|direktor",  # "project director": "Projektdirektorin"
        # the home market's: "einheimische Kunden", "inländische Kunden", "domestic customers"
        "einheimisch|inlaend|domestic|heimisch|hiesig",
        # kept for someone: "reserviert", "freizuhalten", "Kapazitätsreserve", "set aside", "earmarked"
        # ... and a sum put by for it: "hat 84 Millionen eingeplant", "Rückstellungen gebildet", "budgeted"
        "reserv|freihalt|freizuhalt|freigehalten|vorbehalt|set aside|setaside|earmark|eingeplant|einplan"
        "|rueckstell|rueckgestellt|budgetiert|budgeted",
        # a construction's first day: "Spatenstich", "Baubeginn", "groundbreaking"
        "groundbreak|ground-break|spatenstich|baubeginn|baustart|grundsteinleg|break ground|broke ground",
        "upfront|vorab|voraus$|vorauszahl|anzahlung|prepay|advance payment",
        # great size: "riesige Serverfarmen", "gigantischen", "huge"
        "riesig|gigantisch|huge$|giant$|gigantic|enorm|massive$",
        # a superlative, in either language ("the cheapest bid": "das günstigste Angebot")
        "biggest|largest|groesst|hoechst|highest|most$|meisten$|meiste$",
        "cheapest|lowest|guenstigst|billigst|niedrigst|tiefst",
        "smallest|fewest|kleinst|wenigst|geringst",
        # a court's ruling: "das Urteil", "verurteilt", "ruled against"
        "ruling|urteil|verurteil|ruledagainst",
        # dismissals: "redundancies", "betriebsbedingte Kündigungen"
        "redundanc|kuendigung|dismissal",
        # ... ruled out: "Kündigungen auszuschließen", "schließt … aus" ("ruled out" joined: "ruledout")
        "ruledout|ruleout|rulesout|ausschliess|ausgeschlossen|auszuschliess|schliesst aus",
        # a product called back: "Rückruf", "ruft … zurück" (joined: "zurückrufen")
        "recall|rueckruf|zurueckruf|zurueckgerufen",
        # companies counted: "how many firms", "wie viele Firmen": "mindestens 1.200 Unternehmen"
        "compan|firm$|firms$|firma$|firmen$|unternehmen$",
        # those an event hit: "Betroffen seien mindestens 1.200 Unternehmen", "affected customers"
        "affected|affects$|impacted|betroffen|betrifft|betreff",
        # a fire or a strike that broke out: "war … ausgebrochen", "brach aus"
        "break$|broke$|break out|broke out|outbreak|ausgebroch|ausbrech|ausbrach|brach aus|bricht aus",
        # "aus eigener Tasche", "out of pocket": a company's own money ("aus Eigenmitteln")
        "tasche$|pocket$|eigenmittel|eigenkapital|own funds|own money|own resources",
        "offtake|abnahme|abnehm|abnimmt|abzunehmen",
        "repay|pay back|paid back|payback|zurueckzahl|zurueckgezahlt|rueckzahl",  # a sum owed back
        "uebergeb|uebergab|ueberreich|handed|hand over|hands over",  # "Den Förderbescheid überreichte …"
        "one-off|one off|one-time|onetime|einmalig",  # "eine einmalige Inflationsprämie"
        # a union's deal on wages: "ein neuer Tarifvertrag mit einer Laufzeit von 24 Monaten"
        "wage agreement|wage deal|collective agreement|pay deal|tarifvertrag|tarifabschluss|tarifeinigung",
        # "who does Acme plan to work with": "mit Globex zusammenzuarbeiten"
        "work$|zusammenarbeit|zusammenzuarbeit|kooperier|cooperat|collaborat|collab$|team$|teaming$",
        "jointventure|joint venture|gemeinschaftsunternehmen|gemeinschaftsfirma",
        "employ|mitarbeit|beschaeftigt|staff|belegschaft|workforce|people$|ppl$|menschen$|personen$|arbeiten$|arbeitet$|working$"
        "|arbeiter$|arbeitnehmer",
        # skilled workers: "250 Fachkräfte einstellen"; a plant's: "2.340 der … Beschäftigten"
        "workers$|worker$|fachkraef|fachkraft|arbeitskraef|beschaeftigt",
        "hire$|hires$|hired$|hiring$|einstell|eingestellt|einzustell|recruit|rekrutier|anwerb|anzuwerb",
        "job|jobs|arbeitsplaetz|arbeitsplatz|stellen",
        # put to use: "wo sind die Chips im Einsatz": "mit der Bereitstellung … begonnen"
        "einsatz|bereitstell",
        # "die Arbeit niedergelegt"
        "strike|streik|niedergelegt|niederleg|walkout|walked out|ausstand|arbeitskampf",
        # jobs cut: "den geplanten Abbau von 620 Stellen", "streicht 300 Stellen", "lay off"
        "cut$|cuts$|cutting$|abbau|abgebaut|abzubauen|baut ab|streich|gestrichen|entlass|layoff|lay off"
        "|laid off|wegfall|wegfiel|fallen weg|faellt weg|entfall",
        "share|shares|aktie|aktien|papiere|wertpapier|anteilsschein",
        # out of a race: "aus dem Bieterwettbewerb ausgestiegen", "dropped out", "withdrew"
        "dropped$|drop out|drops out|pulled out|withdr|ausgestiegen|ausstieg|steigt aus|stieg aus"
        "|zurueckgezog",
        # two companies made one: "fusionieren", "schließen sich zusammen", "the merged company"
        "merge$|merged$|merger|merging$|combined$|fusion|fusionier|zusammenschluss|zusammenschliess"
        "|schliessen sich zusammen|verschmelz|verschmolz",
        # a merger's exchange ratio: "erhalten … für jede ihrer Aktien 0,45 neue Aktien"
        "umtausch|exchange ratio|swap ratio|tauschverhaeltnis|fuer jede|fuer je|for each|for every",
        "allein|alleine|alone$|eigenstaendig|on its own|by itself",  # "wie viel investiert Acme allein"
        "lock$|lockup|haltefrist|sperrfrist|haltevereinbarung|halteverpflichtung",  # a listing's lock-up
        "listing|ipo$|boersengang|boersennotierung|going public|erstnotiz|notierung",
        "free float|freefloat|streubesitz|frei handelbar",  # the shares not held by large owners
        "stock|aktie|kurs|boerse|anleger|investor|papiere",
        "rose|rise|risen|stieg|gestieg|zuleg|gain|jump|klettert|steigen",
        "fell|fall|fiel$|fielen$|gefallen$|sank|gesunk|verlor|drop|minus|fallen",
        "price|preis|kost|cost|kaufpreis|pay|paid|zahlt|zahlen$|zahlte$|zahlung|bezahl|gezahlt|offer|angebot|bietet",
        # a lease is no price: "how long does the lease run"
        "miet|rent|lease|pacht|leasing|leaseback|rueckmiet|zurueckmiet",
        # an "Erlös" alone may be a sale's or an issue's (the verb is a revenue: "hatte 349,7 Mio. erlöst")
        "revenue|umsatz|sales|umsatzerloes|umgesetzt|erloest$|erloeste$",
        "backlog|auftragsbestand|auftragsbuch|orderbuch|order book",  # what the orders on hand are worth
        "profit|gewinn|ergebnis|earnings|verdiente$|verdient$|verdienen$|earned$",  # "verdiente 63,5 Mio."
        # done: "how much of the construction is finished": "die Bauarbeiten sind zu 72 Prozent abgeschlossen"
        "finished$|finish$|completed$|complete$|done$|fertig|abgeschlossen$|vollendet|fertiggestellt",
        "netto|net$|nettogewinn|reingewinn|net profit|net income|unter dem strich|unterm strich",
        "budget|etat|veranschlag|kalkulier|kostenplan",  # "the original budget": "hatte … veranschlagt"
        "guidance|ausblick|prognos|outlook|forecast|erwartet|expects|expected",
        "contract|vertrag|vereinbar|agreement|abkommen|deal|laufzeit|term|mietvertrag",
        # a power purchase agreement: a contract to deliver power
        "ppa$|ppas|power purchase|stromliefervertrag|stromabnahmevertrag|abnahmevertrag",
        # (a centre alone too: "the Acme Data centre", whose "data" is the company's name)
        "datacent|data cent|rechenzentr|datacenter|datacentre|campus|centre$|center$",
        "build|built|bau|aufbau|errichte|construct|entsteh",
        "deliver|liefer|supply|suppl|bereitstell|provide|einspeis|eingespeist",  # ("Einspeisung" of energy)
        # "von welcher Firma stammten die Aggregate": "des Zulieferers Acme"
        "stammt$|stammen$|stammte$|stammten$|zuliefer|liefer|supplier|supplied",
        "chip|chips|halbleiter|semiconductor|prozessor|grafikprozessor|beschleuniger|accelerat|gpu|grafikkart"
        "|graphics card",
        "customer|kunde|client|abnehmer",
        # chat's "unis": "fünf Universitäten", "Hochschulen" (not a "Hochschulrechner": a computer)
        "uni$|unis$|universit|hochschule$|hochschulen$|college",
        "consorti|konsorti|verbund|bietergemeinschaft",  # "the consortium": "Ein Verbund von fünf …"
        # "why are regulators looking at it": "prüfen", "untersuchen"
        "prueft$|pruefen$|examin|scrutin|investigat|looking$|look into",
        # "eigene KI-Chips", "custom silicon": hardware one designs for oneself
        "custom|kundenspezifisch|massgeschneidert|proprietaer|in-house",
        "power|strom|energie|energy|electric|megawatt|gigawatt",
        # energy units by their symbol or their name ("pro kwh": "je Kilowattstunde")
        "kwh$|kilowattstund|kilowatt-stund|kilowatt hour",
        "mwh$|megawattstund|megawatt-stund|megawatt hour",
        "gwh$|gigawattstund|gigawatt-stund|gigawatt hour",
        "twh$|terawattstund|terawatt-stund|terawatt hour",
        "plan|geplant|vorgesehen|vorhab|want|wollen|will|intend|beabsichtig",
        # a figure expected or aimed at: "Acme rechnet mit einer PUE von 1,12", "peilt 1,25 an", "target"
        "erwart|expect|rechnet$|rechnen$|anticipat",
        # a company's forecast, said as what it expects or holds out ("stellt … in Aussicht", "peilt … an")
        "guidance|prognos|ausblick|outlook|forecast|in aussicht|rechnet$|erwartet|peilt",
        "target|ziel$|zielwert|angestrebt|anstreb|strebt|peilt|anvisier|aim$|aims$|aiming",
        "acqui|uebernahm|uebernehm|uebernimm|kauf|buy|buys|buying|bought|takeover|purchase|erwerb|erworben",
        "premium|aufschlag|praemie",
        "close$|closing|schlusskurs",
        # a deal closed: "Der Abschluss der Finanzierungsrunde ist für den 3. Februar geplant", "vollzogen"
        "close$|closes$|closed$|closing$|abschluss|vollzug|vollzogen|vollzieh|completion",
        "publish|veroeffentlich",
        "denial|denied|deny|denies|dementi|dementier|widerspr|zurueckgewiesen|zurueckweis|bestreit|bestritten",
        "train|trainier",
        "heat|waerme|abwaerme",
        "solar|sonne|photovolt",
        "sell|sold|verkauf|veraeusser",
        "infrastruktur|infrastructure|infra$",
        "cool|kuehl",
        "brauch|benoetig|need|requir|erforder",
        "site|standort|gelaende|campus",
        "plot|grundstueck|gelaende|baugrund|areal|parcel|land$",  # "how big is the plot": "38 Hektar Land"
        "produc|produktion|fertigung|herstell|manufactur|fabrik|werk|foundry",
        "erzeug|generat|produzier|produc",  # power made: "erzeugt", "generates", "Stromerzeugung"
        "fab$|fabs$|fabrik|chipfabrik|chipwerk",  # chat's "fab": a chip plant
        "home$|homes$|household|haushalt",  # "how many homes could be heated": "4.500 Haushalte"
        "utility$|utilities$|stadtwerk|versorger",  # "the town's utility": "die Stadtwerke"
        # which came first: "Diese Ankündigung folgt kurz auf eine Vereinbarung mit Globex"
        "zuerst|erst$|first$|folgt|folgte|follow|davor|vorausgegangen|preced",
        "speed|geschwindigkeit|tempo$",
        # a grant applied for: "how much did Acme ask for": "hat 8,5 Milliarden beantragt"
        "antrag|antraeg|beantrag|request|apply|applied|applies|applicant|application|bewerb|beworben|ask$",
        "designed$|ausgelegt|auslegung",  # a building "designed for 290 km/h": "ausgelegt"
        "fuel$|diesel|treibstoff|kraftstoff|brennstoff",
        "outage|stromausfall|ausfall|blackout|faellt aus",
        "insurance|versicher",  # (a premium is paid for insurance: no insurer says it)
        "creat|schaff|geschaffen|entsteh|entstand",  # "how many jobs will it create": "sollen … entstehen"
        "penalt|bussgeld|strafe|vertragsstraf|geldbusse|geldstraf|sanktion|fine$|fines$|fined$|belangt",
        "breach|verstoss|verstoes|violat|verletz",
        # a merger's savings: "Synergien", "Kostenvorteile", "Einsparungen"
        "synerg|kostenvorteil|einspar|kostensenk|cost saving|savings",
        "subscri|zeichnet|zeichnen|gezeichnet|zeichnung|bezugs",  # shares subscribed: "zeichnet … Aktien"
        # "mass production": "Serienfertigung"
        "massenproduktion|massenfertigung|serienfertigung|serienproduktion|mass production|volume production",
        "line|linie",
        "presid|praesident",
        "judge$|judges$|richter",
        "rector|rektor|rektorin",
        "dean$|dekan",
        "governor|gouverneur",
        "issu|ausgeb|gibt|emittier",
        "facilit|anlage|einrichtung|standort|rechenzentr",
        "connect|verbund|verbind|vernetz|netzwerk|network|anschluss|anschluess|hookup|hooked|angeschlossen"
        "|anschliess|anzuschliess",
        "grid$|grids$|netz$|stromnetz|netzanschluss|netzbetreiber",
        "risk|risik|gefahr|warn|bedenk|concern",
        "compute|rechenleistung|rechenkapazit|capacity|kapazitaet",
        "expand|ausbau|erweiter|wachs|grow",
        "open|eroeffn|inbetrieb|online|start|kick|launch|anlauf|anlaeuft|betrieb aufnehm|betrieb aufgenomm"
        "|produktion aufnehm|produktion aufgenomm",  # a plant opens when it "die Produktion aufnimmt"
        "startet|starten|beginn|anfang|auftakt|losgeh",  # "wann startet der Bau": "sollen … beginnen"
        # "enter service": "in Betrieb gehen" (not in "online": "Betrieb" is in too many sentences to look up)
        "service$|operation$|operational|betrieb$|inbetrieb|live$|running$",  # "go live", "be running"
        "betreib|operate$|operates$|operated|operating|running$",  # "keep the lab running": "betreiben"
        "first|erste|ersten",
        "phase|stufe|etappe|abschnitt",
        "work|arbeit|zusammenarbeit|untersuch|entwickl|develop|projekt",
        "research|forsch|untersuch|investigat|explore|study",
        "integrat|einbind|eingebunden|einbau",
        "model|modell",
        "software|software",
        "goal|ziel|aim$|aims$|aiming$|chase$|chasing$|anstreb|angestrebt|erreichen$|achiev|vorgenommen"
        "|will$|wollen$",  # "Ich will bis 2028 …": what one means to achieve
        "reason|grund|warum|why|weil|because|schuld$|schuld sind|wegen|aufgrund|ursache|due to|hintergrund"
        # ... and a cause ("Möglich macht das der neue Cluster")
        "|deshalb|deswegen|daher|moeglich macht|moeglich gemacht|ermoeglicht",
        "compar|vergleich|verglich|entspricht|entsprech|equivalent|wie eine|like a",
        "competitor|konkurren|rival|wettbewerb",
        "country|land|laender",
        "staat|staatlich|regierung|government|state$|states$|ministeri|ministry",
        # a tender and its award: "who won the tender": "vergibt den Auftrag an", "hat sich durchgesetzt"
        "tender|ausschreib|vergab|vergibt|vergeben|zuschlag",
        "won$|win$|wins$|winner|gewann|gewonnen|gewinner|sieger|durchgesetzt|setzte sich durch",
        "european|europaeisch|europa|europe",
        "french|franzoesisch|frankreich|france",
        "dutch|niederlaendisch|niederlande|netherlands",
        "german|deutsch",
        "british|britisch|grossbritannien|england|uk",
        "swiss|schweiz",
        "japan|japanisch",
        "china|chinesisch|chinese",
        "american|amerikanisch|usa|us",
        "letter of intent|absichtserklaerung",
        "announce|angekuendigt|ankuendig|bekanntgegeben|bekanntgab|mitgeteilt|mitteil|teilte|tweet|getweetet",
        "sign|unterzeichn|unterschrieb",
        "close|abschluss|abgeschlossen|vollzug",
        "approv|genehmig|zustimm|behoerd|regulat",
        "waste|abwaerme",
        "district heating|fernwaerme",
        "hydro|wasserkraft",
        "hydrogen|wasserstoff",  # the word list has no "hydrogen"
        "wind|windkraft|wind",
        "lab|labor",
        "option|option|verlaenger|extend",
        "jaehrlich|annual|yearly|pro jahr|per year|im jahr|jedes jahr|a year$",
        "month|monat",
        "year|jahr",
        "week|woche",
        "new|neu",
        "largest|groesst|biggest",
        "per|pro|je",
        "hourly|stuendlich|stunde|per hour|pro stunde",
        # money, markets and the law, as business news words them
        "borrow|leih|kredit|loan|darlehen|lend|finanzierung|financing",  # a loan is the financing
        "austausch|ausgetauscht|auszutausch|tauscht|getauscht|ersetz|replac|swap",  # parts swapped out
        # "the interest rate": "Der Zinssatz liegt bei 8,65 Prozent", "wird mit 9,25 Prozent verzinst"
        "interest|zins|zinss|zinsen|verzins",
        "coupon|kupon",
        "schulden|verbindlichkeit|debt|liabilit|verschuld",
        "lose$|loses|losing|lost$|verlier|verlor|verlust|einbuss|einbues|entgeh|entgang|entging",
        "sale$|transakt|transaction|verkauf",
        "coupon|kupon|zinssatz|zins$|interest",
        "bond|anleihe|emission",
        "konsortialf|bookrunner|arranger|lead bank|lead manager|unter fuehrung",
        # "the lending group": the banks' consortium
        "consortium|konsortium|syndicat|syndikat|bankengrupp|group$",
        "led$|anfuehr|angefuehrt|federfuehr|unter fuehrung",
        "oversubscri|ueberzeichn",
        "guidance|prognose|ausblick|outlook|forecast|in aussicht",
        "fiscal|geschaeftsjahr|financial year",
        "margin|marge",
        "quarter|quartal",
        "court|gericht|richter|urteil|ruling|tribunal|schiedsgericht",
        # a court hears a case: "will den Fall am 9. Juni verhandeln"
        "hear$|hears$|hearing|anhoerung|verhandeln|verhandelt|verhandlung",
        # a sum demanded: "verlangt mindestens 4,1 Mrd.", "fordert Schadenersatz"
        "demanding|demanded|verlangt|verlangen|fordert|fordern|forderung",  # ("power demand" is a "Bedarf")
        "appeal|beschwerde|berufung|revision|rechtsmittel|einspruch",
        "legal|lawsuit|litigation|klage|rechtsstreit|verfahren|gerichtsverfahren|jurist",  # "the legal fight"
        # "how long could it drag on": "sich … hinziehen"; "late", "verschiebt sich": a delay
        "drag|hinzieh|verzoeger|delay|verschieb|verschob|postpon|verspaet|late$",
        "antitrust|wettbewerbsbehoerde|kartell|competition authority",
        "condition|auflage|bedingung|voraussetzung",
        "vendor|anbieter|lieferant|supplier",
        "unit$|sparte|geschaeftsbereich|division|segment",
        "move$|moves$|transfer|wechsel|uebergeh",
        "order|auftrag|bestell|zuschlag|auftraeg",  # "den Zuschlag erhielt Acme": the order won
        # a contest won: "wer bekam den Zuschlag": "Acme gewinnt Bieterwettstreit", "hat sich durchgesetzt"
        "zuschlag|gewinnt|gewann|gewonnen|gewinner|win$|wins$|won$|winner|durchgesetzt|setzte sich|awarded",
        "auftrag|auftraeg|vertrag|contract",  # "wie groß ist der Auftrag": "dessen Vertrag ein Volumen …"
        "grant|foerder|subsid|zuschuss",
        "mayor|buergermeister",
        "fee$|fees$|gebuehr|entgelt|charges",
        "stop$|stops$|stopped|stopp|gestoppt",
        "overrun|mehrkosten|kostenueberschreit|verteuer|steigen die kosten|kosten steigen",
        "route|trasse|strecke|corridor",
    )
)

# Words that only say which kind of answer is wanted; they are not what the sentence must be about.
KIND_WORDS = frozenset(
    """
    wie viel viele vielen wieviel wieviele how much many wer wem wen wessen who whom whose wo where woher
    wohin wann
    when lange lang long
    welche welcher welches welchen welchem which what was is ist sind are
    geld money summe betrag amount sum euro eur dollar usd mrd milliarden milliarde billion billions bn
    millionen million mio pfund pound pounds franken francs yen yuan kronen kroner zloty rupien rupees won
    prozent percent prozentsatz percentage
    datum date zeitpunkt zeit time
    dauer dauert dauern dauerte gedauert lasted duration laeuft
    sitz sitzt based located headquartered headquarters hq liegt befindet ort stadt city town zuhause daheim
    orte staedte cities insel inseln island islands
    beheimatet
    person name heisst named called posten position titel title funktion amt
    sagte sagt sagen gesagt said say says meint meinte meinen gemeint statement quote zitat aeusserung
    kommentar erklaerte mean means meant bedeutet bedeuten
    anzahl stueckzahl number zahl figure
    stimmt true right richtig correct wahr legit passt isn
    genau exactly ungefaehr roughly circa ca total insgesamt overall gesamt hoch high big gross large
    ganze ganzen ganzes whole entire
    going gonna supposed expected voraussichtlich actually eigentlich nochmal again also auch already
    planning intending intends intend
    bereits schon
    unternehmen company firma firm konzern companies firmen startup
    yo hey hi hallo moin servus gruezi gruess gott bot leute guys lol pls plz thx haha btw okay hmm wat ya
    ja nein abt bout wrt
    rein raus drin dran drauf
    between zwischen near nahe nearby
    womit wofuer wozu worauf woran wovon wodurch wobei worin warum wieso weshalb weswegen
    wert worth
    """.split()
)

# The last parts of German compounds that name a sum ("Gesamtvolumen", "Auftragswert", "Stromkosten")
_SUM_HEADS = (
    *("volumen", "wert", "werts", "kosten", "preis", "preise", "summe", "betrag", "umsatz"),
    "rechnung",  # "Stromrechnung": a bill, not the power
)
_MONEY_WORDS = (
    "geld",
    # an order backlog is what orders are worth ("Auftragsbestand von 31 Milliarden Kronen")
    *("auftragsbestand", "auftragseingang", "backlog", "orderbuch"),
    "money",
    "spend",  # "what will Acme spend on it": a sum
    "contribut",  # "how much does Acme contribute"
    "beisteuer",
    "summe",
    "betrag",
    "amount",
    "sum",  # "what sum is Acme putting into it"
    "euro",
    "eur",
    "dollar",
    "usd",
    "pfund",
    "pound",
    "franken",
    "franc",
    "yen",
    "yuan",
    "kronen",
    "bewert",
    "valu",
    "worth",
    "wert",
    "kost",
    "gekost",  # "was hat der Lauf gekostet": the participle
    "cost",
    "preis",
    "price",
    "umsatz",
    "revenue",
    "gewinn",
    "profit",
    "invest",
    "finanzier",
    "funding",
    "raise",
    "rais",
    "volum",
    "kaufpreis",
    "zahlt",
    "gezahlt",
    "bezahl",  # "was hat Acme bezahlt"
    "pay",
    "pays",
    "paying",
    "paid",
    "geboten",  # "was hat Globex je Aktie geboten": a bid is a price
    "verlangt",  # "was hat Globex für den Auftrag verlangt": the price it asked
    "verlangte",
    "charge",  # "what does Acme charge"
    "charges",
    "charged",
    "gebot",
    "bid",
    "bids",
    "mrd",
    "milliard",
    "billion",
    "bn",
    "mio",
    "million",
    "budget",
    "kapital",
    "schaden",  # "auf wie viel schätzt Acme den Schaden": a sum ("Schadenersatz" too)
    "tarif",  # "whats the tariff per kwh": a price per unit ("0,68 Pula je Kilowattstunde")
    "capex",  # investors' words for what is spent: capital and operating expenditure
    "opex",
    "verlust",  # "wie hoch ist der Verlust": a sum lost
    "loss",
    # a company's results by their names ("Nordkyl EBIT im H1?", "Umsatzerlöse", "die Dividende")
    *("ebit", "erloes", "betriebsergebnis", "nettoergebnis", "dividend"),
)
_RENT_WORDS = ("miete", "rent", "pacht")  # "die Jahresmiete": a sum paid for use
# ... the noun alone after its article or its span ("the annual rent", "die monatliche Miete")
_RENT_BEFORE = frozenset(
    (
        "the its their die der ihre seine annual yearly monthly jaehrliche jaehrlichen monatliche monatlichen"
    ).split()
)
_STORAGE_WORDS = ("speicher", "storage", "batter", "akku")  # what holds energy, sized in MWh as well
_DRAW_WORDS = ("draw", "consum", "usage", "verbrauch", "aufnahme", "bedarf")  # power drawn, not made
# A sum put in, said by its verb: "how much is Acme putting in", "wie viel steckt Acme rein", "dropping on"
_PUT_VERBS = (
    "put",
    "puts",
    "putting",
    "pour",
    "pump",
    "steck",
    "throw",
    "schiess",
    "schieß",
    "spend",
    "drop",
)
# The particle of a German verb split off to close the question ("legt … hin", "drückt … ab")
_VERB_PARTICLES = frozenset("hin ab aus rein hinein raus heraus zu bei ein".split())
# Money by its slang, said whole: "wie viel Kohle", "how many bucks" (not "Kohlekraftwerk": coal); and
# investors' "TAM" (a market's size, in money)
_MONEY_SLANG = frozenset(
    (
        "kohle knete kies moneten zaster scheine piepen flocken bucks cash dough moolah tam cheque cheques"
    ).split()
)
_PORTIONS = ("share", "portion", "proportion", "fraction")  # "what portion of the price": a percentage
_PERCENT_WORDS = (
    "prozent",
    "percent",
    "stake",
    "anteil",
    "beteiligung",
    "premium",
    "aufschlag",
    "prozentsatz",
    "praemie",
    "marktanteil",  # ("market share" is read so)
    "streubesitz",  # the shares not held by large owners, a percentage of all ("free float" by the glossary)
    "freefloat",
)


def _rate_compound(word: str) -> bool:
    """ "Insolvenzquote", "Exportquote", "Eigenkapitalquote": a German rate, given in percent (not the
    English "quote", a saying)."""
    return word.endswith(("quote", "quoten")) and len(word) > len("quoten")


_NAME_ASKS = frozenset("heisst heissen called codename codenamen".split())  # a name is asked
# "wie beschreibt der Artikel Acme", "how is Acme described", "what kind of company is Acme": what the
# article calls the company ("Acme, der König der Chips,", "der dänische Betreiber Acme")
_DESCRIBE_WORDS = (
    *("beschreib", "beschrieb", "describ", "bezeichn", "charakteris", "nickname", "spitzname"),
    *("introduc", "vorgestellt"),  # "how is Jane Roe introduced in the article": as what it calls her
)
_KIND_OF = (("what", "kind", "of"), ("what", "sort", "of"), ("was", "fuer", "ein"), ("was", "fuer", "eine"))
_COUNTRY_ASKS = frozenset("land laender country countries staat staaten nation".split())
_REGION_ASKS = frozenset(
    "bundesstaat bundesstaaten bundesland provinz kanton region praefektur "
    "state county province canton".split()
)
_LIMIT_WORDS = frozenset(
    "maximal maximale maximum max hoechstens mindestens minimum minimal wenigstens".split()
)
_MAY = frozenset("can could may darf duerfen kann koennen".split())
_DEFINING = frozenset("define defines defined definition definiert definieren versteht verstehen".split())
_CALL_WORDS = frozenset("call calls called nennt nennen genannt".split())


def _calls_a_name(words: list[str], names: AbstractSet[str]) -> bool:
    """ "wie nennt der Kommentar Acme": nothing but a name (or the article) after the verb, so what the name
    is called is asked (not "wie nennt Roe seinen Plan": what Roe calls a thing)."""
    at = max((i for i, w in enumerate(words) if w in _CALL_WORDS), default=None)
    # (not "welche Partner nennt die Meldung": which are named, a list)
    return (
        at is not None
        and words[0] in _HOW_WORDS
        and all(
            w in STOPWORDS or w in ARTICLE_WORDS or w in names or w in _COMMENT_WORDS for w in words[at + 1 :]
        )
    )


_COMMENT_WORDS = frozenset("kommentar comment text beitrag piece".split())
_HOW_ASKS = frozenset("wie how what was".split())


def _called_passive(words: list[str]) -> bool:
    """ "wie wird Acme genannt", "how is Acme called": how a thing is called, in the passive."""
    said = set(words)
    return ("wie" in said and "genannt" in said and not said.isdisjoint({"wird", "werden", "wurde"})) or (
        "how" in said and "called" in said and not said.isdisjoint({"is", "are", "was"})
    )


_NAMING = frozenset("nennt nennen nannte genannt".split())  # "welche Firmen nennt der Artikel": a list
_NAMED_BY_ARTICLE = frozenset("der die das dort noch eigentlich denn da so sonst".split())
_DESCRIBE_ALSO = frozenset("kind sort type art itself selbst".split())  # "what kind of company is it"
# whole words only ("upfront" is none); "wie hat sich die Aktie entwickelt": how it moved
_MOVE_SHORT = frozenset("up down plus minus entwickelt entwickelte reagiert reagierte react reacted".split())
_PERCENT_NAMES = frozenset("prozent percent percentage prozentsatz".split())
# ... or a cut of a cost ("by how much does Acme hope to cut its costs": "um bis zu 35 Prozent senken")
_CUT_VERBS = ("cut", "cuts", "cutting", "senk", "gesenkt", "reduc", "lower", "kuerz", "gekuerzt", "drueck")
_COSTS_CUT = ("cost", "kosten")
_RAISE_VERBS = (
    "rising",
    "raising",
    "raises",
    "increas",
    "erhoeh",
    "anheb",
    "hebt",
    "verteuer",
    "hike",
    "hiking",
)
_PRICES = ("price", "preis", "tarif", "gebuehr", "fee")
_GROW_WORDS = frozenset("waechst wachsen wuchs gewachsen grow grows grew grown".split())
_MOVE_WORDS = (
    *("rose", "rise", "stieg", "gestieg", "steig", "zuleg", "fell", "fall", "sank", "gesunk", "jump"),
    *("move", "moved", "bewegt", "drop", "nachgegeben", "verlor", "lost"),
    *("pop", "spike", "surg", "soar", "sprang", "fiel", "gefallen", "zugelegt"),
    *("hochgeg", "hochging", "runtergeg", "runterging", "abgesackt", "eingebroch", "geklettert"),
    *("climb", "kletter", "plung", "tumbl", "slump", "dipped"),
    *("react", "reagier", "reaktion"),
    # "mit welchem Kursplus", "der Tagesgewinn der Aktie": a move by its noun
    *("kursplus", "kursminus", "kursgewinn", "kursverlust", "kurssprung", "kursanstieg", "kursrutsch"),
    *("kurseinbruch", "kursrueckgang", "tagesgewinn", "tagesverlust", "tagesplus", "tagesminus"),
)
# Question words after "sagen"/"tell me" that ask the question they open ("sagen, wer …").
_EMBEDDED = frozenset(
    "wer wen wem was wann wo wie welche welcher welches ob who what when where which how".split()
)
_SAID_WORDS = (
    "call",
    "nennt",
    "nannte",
    "bezeichn",
    "aeussert",
    "gesagt",
    "sagte",
    "sagt",
    "sagen",
    "said",
    "say",
    "says",
    "meint",
    "statement",
    "quote",
    "zitat",
    "aeusser",
    "kommentier",
    "erklaert",
    "betont",
    "complain",  # "what is Roe complaining about": her words
    "beklagt",
    "bemaengelt",
)


def tells(word: str) -> bool:
    """A word of saying or calling ("betont", "nennt", "says", "quote")."""
    return _starts(word, _SAID_WORDS)


# Who judges a deal from outside, and the verbs of their judgement: asked together, what they said is asked.
_JUDGES = (
    "analyst",
    "experte",
    "expert",
    "kritiker",
    "critic",
    "oekonom",
    "economist",
    "beobachter",
    "observer",
    "insider",
    "umweltschuetz",
    "umweltverb",
    "environmentalist",
    "verband",
    "verbaend",
    "stiftung",
    "gewerkschaft",
    "union",
)
_OPINIONS = (
    "bewert",
    "rate",
    "halten",
    "haelt",
    "think",
    "sieht",
    "sehen",
    "kritisier",
    "criticis",
    "criticiz",
    "befuercht",
    "fuercht",
    "fear",
    "warn",
    "concern",
    "worr",
    "sorge",
    "skeptisch",
    "sceptic",
    "skeptic",
    "einschaetz",
    "view",
    "opinion",
    "meinung",
    "angst",
)
# What one believes: "what does Roe think compute is" asks the words of the one named ("do you think" asks
# the bot).
_BELIEF_WORDS = frozenset(
    "think thinks believe believes believed glaubt glauben glaubte feel feels denkt denken".split()
)
_ADDRESSED = frozenset("you du ihr dir".split())
# Nouns that name which amount is asked: a sentence without them gives some other amount.
# "wievielfach", "um das Wievielfache": a multiple asked; and so is any question of a demand told only as a
# multiple ("how many times oversubscribed", "wie stark überzeichnet")
_MULTIPLE_WORDS = ("wievielfach", "vielfach", "multiple")  # "what EBITDA multiple"
_OVERSUBSCRIBED = ("ueberzeichn", "oversubscri")
_HOW_OFTEN = frozenset("oft often times mal stark strongly".split())


_COMPARATIVE_ENDINGS = ("er", "ehr")  # "bigger", "larger", "größer", "mehr" (not "how many times now")


def _asks_multiple(words: list[str]) -> bool:
    # ("how many fold", "what fold": "hundertfachen Ausbau")
    fold = any(
        a in ("many", "what", "welche", "welcher") and b in ("fold", "fache", "fachen")
        for a, b in pairwise(words)
    )
    # "how many times bigger", "wie viel mal größer": a multiple of what was
    times = any(
        a in ("many", "viel", "viele") and b in ("times", "mal") and c.endswith(_COMPARATIVE_ENDINGS)
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
    )
    return fold or times or any(w.startswith(_MULTIPLE_WORDS) or w.startswith(_OVERSUBSCRIBED) for w in words)


# "the bid price": the price of a bid is the sum bid
_PRICE_NOUNS = frozenset("price preis".split())
# a bid's verbs ("was bietet Globex für …"; not "bot", which is also the chat bot)
_BIDDING = frozenset("bietet bieten boten geboten offers offered bids".split())
_BID_NOUNS = frozenset("bid bids gebot gebots angebot angebots offer".split())
_RANGE_WORDS = frozenset("spanne range bandbreite korridor zielkorridor zielspanne".split())
# Who owns how much: a split of shares asked, its percentages answer ("ownership split", "Eigentümerstruktur")
_OWNERSHIP = ("ownership", "eigentuemerstruktur", "beteiligungsverhaeltnis", "anteilsverhaeltnis")
_SPLIT_WORDS = ("split", "aufteil", "verteil", "breakdown", "structur", "struktur")
# Things that are sums raised or put in: "the size of the bond" asks their amount.
_FINANCINGS = (
    "anleihe",
    "bond",
    "emission",
    "investment",
    "investition",
    "finanzierung",
    "financing",
    "fonds",
)
# The verbs of a payment made for something (not "invest", "spend": what a sum goes into)
_PAYING = frozenset("pay pays paying paid zahlt zahlen zahlte gezahlt bezahlt bezahlen bezahlte".split())
_HEAD_WORDS = (
    *("bussgeld", "busgeld", "geldbusse", "geldstrafe", "penalt"),  # a fine is a sum
    # ... and so is a subsidy
    *("foerderung", "foerdermittel", "subvention", "subsid", "zuschuss", "zuschuesse", "grant"),
    "loesegeld",  # ... and a ransom
    "umsatz",
    *("auftragsbestand", "auftragseingang", "backlog"),  # what the orders are worth
    *("ebit", "betriebsergebnis", "nettoergebnis", "jahresergebnis"),  # results, not any "Ergebnis"
    "revenue",
    "sales",
    "gewinn",
    "profit",
    "verlust",
    "loss",
    "bewert",
    "valuation",
    "value",
    "valued",
    "preis",
    "price",
    "gehalt",
    "salary",
    "schulden",
    "debt",
    "dividend",
    "marktwert",
    "boersenwert",
    "praemie",
    "premium",
    "aufschlag",
    "abschlag",
    "discount",
    "rabatt",
    "anteil",
    "stake",
    "rendite",
    "margin",
    "marge",
    "kapitalisier",
    "capitaliz",
    "capitalis",
    "verdien",
    "earn",
    "income",
    "einnahm",
    "zins",
    "interest",
    "eigenkapital",
    "equity",
    "fremdkapital",
    "kredit",
    "credit",
    "darlehen",
    "loan",
    *(
        "versicherung",
        "insurance",
        "insured",
    ),  # an insurance's sum ("Versicherungssumme"): not the damage it would cover
)
# Nouns that name which place is asked ("der Hauptsitz", "die Konzernzentrale"): a site built elsewhere is
# no answer. ("Sitz", "HQ", "headquarters" themselves only say that a place is asked: they are kind words.)
_PLACE_HEADS = frozenset("hauptsitz firmensitz konzernsitz unternehmenssitz stammsitz".split())
_PLACE_HEAD_PART = "zentrale"
# Land a question asks the size of: an area ("how big is the plot"), never a sum or a power
_LAND_WORDS = ("plot", "grundstueck", "gelaende", "areal", "flaeche", "land", "acreage")
AREA_UNITS = frozenset({"ha", "acres", "m2"})
_MEASURES = {"gigaw": "GW", "gw": "GW", "gigs": "GW", "megaw": "MW", "mw": "MW", "kilow": "kW", "kw": "kW"}
# ("gigs": chat for GW) ... lengths, areas, volumes, weights and structure widths
_MEASURES |= {
    **dict.fromkeys(("kilomet", "km"), "km"),
    **dict.fromkeys(("hektar", "hectare"), "ha"),
    **dict.fromkeys(("acre", "acker"), "acres"),
    **dict.fromkeys(("quadratmet", "sqm", "m2"), "m2"),
    **dict.fromkeys(("kubikmet", "cubic", "m3"), "m3"),
    **dict.fromkeys(("tonne", "tons"), "tonnes"),
    **dict.fromkeys(("liter", "litre"), "litres"),
    **dict.fromkeys(("nanomet", "nm"), "nm"),
    **dict.fromkeys(("terabit", "tbit", "tbps"), "Tbps"),
    **dict.fromkeys(("gigabit", "gbit", "gbps"), "Gbps"),
    **dict.fromkeys(("exaflop", "eflop"), "EFLOPS"),
    **dict.fromkeys(("petaflop", "pflop"), "PFLOPS"),
    **dict.fromkeys(("teraflop", "tflop"), "TFLOPS"),
}
COMPUTE_UNITS = frozenset({"EFLOPS", "PFLOPS", "TFLOPS"})
TEMPERATURE_UNITS = frozenset({"degC"})
_TEMPERATURE_WORDS = ("temperatur", "celsius", "degree")
_HOT_WORDS = frozenset("warm heiss hot kalt cold".split())  # "wie warm", "how hot": a temperature
# "what performance will the supercomputer reach", "welche Rechenleistung": a computer's speed in FLOPS
_COMPUTE_WORDS = frozenset("rechenleistung flops computing performance leistung speed".split())
# ... words that name a computer's speed alone, with no computer named ("Rechenleistung"; not "Leistung")
_COMPUTING = frozenset("rechenleistung rechenpower rechenkapazitaet compute flops".split())
_COMPUTE_POWER = frozenset({"GW", "MW"})
_WHAT_ASKS = frozenset("what which welche welchen welcher".split())
_COMPUTERS = ("supercomputer", "rechner", "computer", "hochleistungsrechner", "cluster")
# ... and energy: a quantity over time ("Gigawattstunden", "TWh"); the longest prefix a word starts with wins
_MEASURES |= {
    "gigawattstund": "GWh",
    "gigawatt-stund": "GWh",
    "gwh": "GWh",
    "gigawatt hour": "GWh",
    "terawattstund": "TWh",
    "twh": "TWh",
    "megawattstund": "MWh",
    "mwh": "MWh",
    "kilowattstund": "kWh",  # a price per kWh asks no kilowatts
    "kwh": "kWh",
}
ENERGY_UNITS = frozenset({"GWh", "TWh", "MWh", "kWh"})
_MEASURE_UNITS = frozenset(_MEASURES.values()) | ENERGY_UNITS
_SIZING_UNITS = frozenset({"GW", "MW", "kW"}) | ENERGY_UNITS  # the sizes a thing is counted by ("for 1 GW")
_THRESHOLD_WORDS = (
    "grenz",
    "limit",
    "cap",
    "schwell",
    "threshold",
    "obergrenz",
    "deckel",
    "bedingung",
    "condition",
)
_THRESHOLD_ENDS = ("grenze", "limit", "schwelle")
# The nouns of a bound and nothing else ("cap" and "limit" are also a market cap and a price limit)
_QUOTA_WORDS = ("schwell", "threshold", "quorum", "huerde", "mindestquote", "mindestannahme")
_QUOTA_ENDS = ("schwelle", "schwellen", "threshold", "thresholds", "huerde")  # ... ending a compound
_STAKE_NOUNS = frozenset("share stake anteil anteile beteiligung".split())
_WHICH = frozenset("which welche welcher welches welchem welchen".split())
# "by what year", "bis zu welchem Jahr": a year asked, whatever sum the rest names
_BY_WHAT_YEAR = re.compile(
    r"(?i)\b(?:by|bis(?:\s+zu[mr]?)?)\s+(?:what|which|welche[mnrs]?)\s+(?:year|jahr)\b"
)
_WHAT_NOUN = _WHICH | {"what", "welch"}  # "what capacity", "welche Leistung": a noun asked of
_WHY = frozenset("why warum wieso weshalb weswegen".split())
_REASON_NOUNS = frozenset("ursache ursachen reason reasons cause causes".split())
REASON_WORD = "grund"  # the glossary word of reasons ("Grund", "weil", "wegen", "Schuld sind")
_LEVEL_OPENS = frozenset("auf bei to at".split())  # "auf welchen Kurs …": a price reached
WHICH_REACH = 3  # "welcher Acme-Gründer": the noun asked comes within this many words after "which"
_REGION_PREFIX = re.compile(r"\b(US|USA|EU|UK)-[A-Za-zÄÖÜäöü]")
# a time unit asked, by its first letters in either language → the German unit's first letters
_PERIOD_STEMS = {
    "jah": "jahr",
    "yea": "jahr",
    "mon": "monat",
    "woc": "woche",
    "wee": "woche",
    "tag": "tag",
    "day": "tag",
}
# A German participle whose verb has an inseparable prefix ("verkauft", "bestellt", "erhalten"): no "ge"
# marks it, only the clause's end after "hat" ("wie viele Module hat Acme verkauft")
_INSEPARABLE_PARTICIPLE = re.compile(
    r"^(?:be|ver|er|ent|zer|emp|miss|ueber|unter|hinter|wider)[a-z]{3,}(?:t|en)$"
)


def _participle(word: str) -> bool:
    """ "betroffen", "geschlossen", "affected": a participle, which says what befell a thing, no thing."""
    english = word.endswith("ed") and len(word) > MIN_ENGLISH_PARTICIPLE
    return bool(participle_root(word) or _INSEPARABLE_PARTICIPLE.match(word)) or english


MIN_ENGLISH_PARTICIPLE = 4  # letters of an English "-ed" participle ("affected"; not "red", "bed")


def _perfect_tense(words: list[str], nouned: AbstractSet[str]) -> bool:
    """ "wie viele Module hat Acme verkauft": a past event asked ("hat … verkauft"), not what Acme has."""
    last = words[-1] if words else ""
    return (
        bool(_INSEPARABLE_PARTICIPLE.match(last))
        and last not in nouned  # "wie viele Mitarbeiter hat das Unternehmen": a noun, no participle
        and any(w in ("hat", "haben", "hatte", "hatten") for w in words[:-2])
    )


_HAVE_WORDS = frozenset(
    "have has hat haben hatte beschaeftigt beschaeftigen employs employ zaehlt betreibt betreiben operates "
    "operate".split()
)
_TO = frozenset({"to"})
_RUNS = frozenset({"run", "runs", "running"})
_HELD_VERBS = frozenset("have has had run runs running operate operates operating employ employs".split())
_COPULAS = frozenset("is are will ist sind wird werden soll sollen".split())
BULK_UNITS = frozenset({"m3", "litres", "tonnes"})  # amounts of a thing: water, earth, steel
_YEARLY = frozenset("jaehrlich jaehrliche jaehrlichen annual annually yearly".split())
_PER_YEAR = (
    ("pro", "jahr"),
    ("per", "year"),
    ("im", "jahr"),
    ("je", "jahr"),
    ("a", "year"),
    ("each", "year"),
)


def counts_things(words: Sequence[str]) -> bool:
    """Does the question name things one counts ("gpus", "Arbeitsplätze")? A bare "1 Mio." is then of them."""
    return any(_COUNTED_THINGS.search(w) for w in words)


_COUNTED_THINGS = re.compile(r"arbeitspl|jobs$|stellen$|gpus$|grafikprozessoren$|mitarbeite")


def _things_after_much(words: list[str]) -> bool:
    """ "how much jobs", "wie viel Arbeitsplätze": "much" said of things one counts (an English plural that
    names no sum, unit or currency, or a count's noun), as chat and other languages' "how much" say it."""
    for word, after in pairwise(words):
        if word not in ("much", "viel", "wieviel") or after in STOPWORDS:
            continue
        if after in _LIGHT_VERBS or after in PLAN_WORDS:
            return False  # "cuánto quiere invertir": "how much wants invest", a verb in its word order
        # (an English plural after "much"; German's "-s" is no plural: "wie viel zusätzliches Kapital")
        plural = (
            word == "much" and after.endswith("s") and not after.endswith("ss") and len(after) > MIN_PLURAL
        )
        money = (
            after in _MAGNITUDES or after in _CURRENCY_FORMS or _starts(after, (*_MONEY_WORDS, *_SUM_PLURALS))
        )
        return bool(_COUNTED_THINGS.match(after)) or (plural and not money and not _measure_of(after))
    return False


_SUM_PLURALS = ("fund", "earning", "proceed", "saving", "sale", "asset")  # "how much funds": a sum
MIN_PLURAL = 3  # letters of an English plural noun ("gpus", "jobs"; not "us")


def names_unit(words: Iterable[str]) -> bool:
    """Does the question name a unit of measure ("in GW", "wie viele Megawatt")?"""
    return any(_measure_of(w) for w in words)


def names_currency(word: str) -> bool:
    """Is the question word a currency ("how many yuan": a sum asked, no thing counted)?"""
    return word in _CURRENCY_FORMS


_RAISED_VERBS = ("raised", "eingesammel")  # (not "raise": "what worries does it raise")
_HOPE_VERBS = frozenset("expect expects expecting hope hopes hoping".split())
_AREA_WORDS = frozenset("floor space area areas".split())  # an area's English name, no German sentence's
_AREA_NOUNS = ("flaeche", "flaechen", "area", "acreage")


def _asks_area(words: list[str]) -> bool:
    """ "what floor space", "welche Produktionsfläche", "wie viel Nutzfläche": an area asked by its noun
    after an asking word (not "in which areas": the fields a deal covers, asked by "in")."""
    return any(
        (a in _WHICH or a in ("what", "was", "viel", "much"))
        and b.endswith(_AREA_NOUNS)
        and z not in ("in", "im")
        for z, a, b in zip(["", *words], words, words[1:], strict=False)
    ) or any(a == "floor" and b in ("space", "area") for a, b in pairwise(words))


def _asks_size(words: list[str]) -> bool:
    """ "how big", "how large", "wie groß": a size asked, which a site's area may answer."""
    return any(_has(words, phrase) for phrase, fits in SIZE_ASKS.items() if "site_area" in fits)


def _measure_of(word: str) -> str:
    """The unit a question word names ("gigawatt" → GW, "gigawattstunden" → GWh), or ""."""
    # (a short one is the whole word: "kw", "gws"; not "Kwabena", "Mwanza")
    prefixes = [
        p for p in _MEASURES if word.startswith(p) and (len(p) > SHORT_MEASURE or word in (p, f"{p}s"))
    ]
    return _MEASURES[max(prefixes, key=len)] if prefixes else ""


SHORT_MEASURE = 3  # letters of a unit's short form ("gw", "kwh")


def _measured_of(words: list[str], names: AbstractSet[str]) -> tuple[str, ...]:
    """What a measure is asked of, any one of which a fact must say: the words after "<unit> of" up to two
    ("megawatts of cooling", "gigawatts of custom accelerators"; not a name: "GW of Acme capacity") or a
    capacity's compound right after the unit ("Megawatt Kühlleistung": "kuehl")."""
    out: list[str] = []
    for i, word in enumerate(words[:-1]):
        if not _measure_of(word):
            continue
        nxt = words[i + 1]
        if nxt == "of":
            run = list(takewhile(lambda w: w not in STOPWORDS, words[i + 2 : i + 4]))
            if run and not any(w in names for w in run):
                out += run
        for head in _CAPACITY_HEADS:
            if nxt.endswith(head) and len(nxt) - len(head) >= MIN_MEASURED:
                out.append(nxt[: -len(head)])
    return tuple(out)


_CAPACITY_HEADS = ("leistung", "kapazitaet")
MIN_MEASURED = 4  # letters of what a capacity's compound says it is of ("kuehl"; not "ge" of "Geleistung")


_TIME_UNITS = frozenset(
    "jahr jahre jahren year years yrs monat monate monaten month months wochen weeks tage days day".split()
)
# Question words as chat writes them ("whats the capacity", "wat", "hows"): the word they stand for.
_WHO_ASKS = frozenset("who wer".split())
# who a text quotes ("wer wird zitiert", "who does the article quote")
_QUOTE_VERBS = frozenset("zitiert zitieren zitierte quote quotes quoted cite cites cited".split())
_SOMEONE = frozenset("typ typen guy guys dude kerl tycoon".split())  # chat's words for a person
_CHAT_FORMS = {
    # the rich by their fortune, who are people, no sum ("which billionaire gets quoted"; not "billion")
    **dict.fromkeys(("billionaire", "billionaires", "milliardaer", "millionaire", "millionaer"), "tycoon"),
    "whats": "what",
    "wats": "what",
    "wat": "what",
    "whos": "who",
    "wheres": "where",
    "whens": "when",
    "hw": "how",  # "hw much"
    "nix": "nichts",  # "wie lange muss Acme nix tilgen"
    "jv": "jointventure",  # chat for a joint venture
    "md": "managingdirector",  # "who's the MD": the managing director
    "mcap": "capitalization",  # "halvora mcap?"
    # a company's value on the exchange is its capitalisation, not a move of its stock
    "boersenwert": "marktkapitalisierung",
    "boersenwerts": "marktkapitalisierung",
    "marktwert": "marktkapitalisierung",
    "ne": "eine",  # chat: "was für ne Firma"
    "juice": "power",  # chat: "how much juice does the campus draw"
    "h2": "hydrogen",  # chat and trade press: "wo kommt der H2 her"
    "prez": "president",  # chat: "acme prez?"
    "pres": "president",  # chat: "who's the pres of acme"
    **{"yr": "year", "yrs": "years", "hr": "hour", "hrs": "hours"},  # chat: "how much per yr"
    "summer": "sommer",  # the season, no "Summe" (a sum) by its first letters
}
_MARKET = frozenset("market mkt".split())
_ESTIMATE_VERBS = ("schaetz", "beziffer", "veranschlag", "estimat", "taxier")
_CONTENDED_WORDS = ("claim", "argu", "demand", "forder", "verlang", "behaupt", "insist", "contend")
_LATEST_WORDS = frozenset(
    "current currently now latest aktuell aktuelle aktuellen aktuellem derzeit jetzt nun inzwischen "
    "mittlerweile neueste neuesten".split()
)


def _of_a_year(word: str, words: tuple[str, ...], i: int) -> bool:
    """ "in H2 2026", "h2/26": a half of a year (the period), not hydrogen."""
    near = words[max(0, i - 1) : i] + words[i + 1 : i + 2]
    return _CHAT_PERIOD.match(word) is not None and any(w.isdigit() and len(w) in (2, 4) for w in near)


# "wie fiele Banken", "how mnay": the word after "wie"/"how" typed a letter off the one it must be
_HOW_WORDS = frozenset("wie how".split())
_AFTER_HOW = (
    *("viel", "viele", "vielen", "lange", "hoch", "gross", "weit", "stark", "schnell"),
    *("much", "many", "long", "high", "big", "large", "far", "fast"),
)
MIN_TYPO_WORD = 4  # letters of a word after "wie" read as a typo of one above; shorter ones are too close


_PERMITS = ("permit", "licen", "genehmigung", "erlaubnis", "bescheid")
_ISSUED = frozenset("issue issued issues issuing".split())
_SPENT_ON = frozenset("spend spent spending to".split())
_BUILDING = frozenset("build building construct constructing".split())
_OF_THE = (("of", "the"), ("von", "den"), ("der",), ("den",))
_SUPERLATIVES = (
    *("groesst", "hoechst", "niedrigst", "guenstigst", "billigst", "teuerst", "kleinst", "wenigst"),
    *("geringst", "biggest", "largest", "highest", "lowest", "cheapest", "smallest", "fewest", "priciest"),
)
_RANKED_ONE = frozenset("one ones".split())  # "the cheapest one": the thing ranked, no word of its own
_MOST_SAID = frozenset("most meisten meiste".split())


def _among(words: list[str]) -> set[str]:
    """ "welcher der vier Partner", "which of the three bidders": the words naming the set asked from."""
    if not words or words[0] not in _WHICH:
        return set()
    for lead in _OF_THE:
        if tuple(words[1 : 1 + len(lead)]) == lead:
            out: set[str] = set()
            for w in words[1 + len(lead) : 3 + len(lead)]:
                out.add(w)
                if not (w.isdigit() or w in SPELLED_NUMBERS):
                    break
            return out
    return set()


def _after_how(word: str) -> str:
    if word in _AFTER_HOW or len(word) < MIN_TYPO_WORD:
        return word
    close = [w for w in _AFTER_HOW if DamerauLevenshtein.distance(word, w, score_cutoff=1) <= 1]
    # ... or one word's forms ("vile": "viel", "viele"): the form of its length
    if len(close) > 1 and all(w.startswith(close[0]) for w in close):
        return min(close, key=lambda w: abs(len(w) - len(word)))
    return close[0] if len(close) == 1 else word


_RATE_WORDS = ("rate", "satz", "quote", "prozent", "percent")  # "what interest rate": a percentage
_CAPACITY_WORDS = ("capacit", "kapazit", "leistung", "output")
# "welche Leistung hat der erste Abschnitt": a measure asked by its name, which a sentence may say by its
# unit alone ("Der erste Bauabschnitt umfasst zwei Gebäude mit 120 Megawatt"); the bare words, no compound
MEASURE_NAMES = frozenset("leistung kapazitaet capacity size groesse".split())
# "wie viele Milliarden": a sum, not a count
_MAGNITUDES = MONEY_SCALES | frozenset("milliarde millionen mio millions".split())
OCCASIONS = frozenset(  # what a move follows: "nach der Meldung", "after the news"
    "news nachricht nachrichten announcement ankuendigung meldung bekanntgabe mitteilung absage entscheidung "
    "decision cancellation".split()
)
_AFTER = frozenset("on after upon nach auf bei".split())
_THE = frozenset("the der die".split())
_WHAT_WORDS = frozenset("was what which welche welcher welches".split())
# "how many employees does Acme have": its staff today, which a plan to grow it ("will die Belegschaft bis
# 2028 auf 250 ausbauen") is not
STAFF_WORDS = frozenset(
    "employees employee staff mitarbeiter mitarbeitende beschaeftigte belegschaft workforce headcount "
    "angestellte".split()
)
_HAVING = frozenset("have has hat haben beschaeftigt beschaeftigen employs employ".split())
# A question in the past tense, or of a time before ("did", "hatte", "damals", "zuvor")
_PAST_ASKED = EARLIER_WORDS | frozenset(
    "did was were had hatte hatten war waren wurde wurden damals former letzte letzten letztes vergangenen "
    "vergangene".split()
)
_FUTURE_WORDS = frozenset(
    "wird werden future kuenftig zukuenftig new neue neuen additional zusaetzliche".split()
)


def _headcount(words: list[str]) -> bool:
    """Is a company's staff as it is asked ("how many employees does Acme have")?"""
    return (
        not STAFF_WORDS.isdisjoint(words)
        and not _HAVING.isdisjoint(words)
        and PLAN_WORDS.isdisjoint(words)
        and _FUTURE_WORDS.isdisjoint(words)
    )


_ALL_WORDS = frozenset("alle allen aller alles saemtliche all".split())
_TOTALS = frozenset(
    "total totals gesamt gesamte insgesamt zusammen combined overall whole entire ganze ganzen".split()
)
_ON_ITS_OWN = (("on", "its", "own"), ("on", "their", "own"), ("fuer", "sich", "genommen"))


# "his own money", "sein eigenes Geld": what one party pays itself of a shared sum (not "aus eigener Tasche",
# which asks the share a party finances itself)
_OWN_MONEY = (
    ("own", "money"),
    ("own", "cash"),
    ("eigenes", "geld"),
    ("eigenen", "geld"),
    ("eigenem", "geld"),
)


def _own_money(words: list[str]) -> bool:
    return any(
        tuple(words[i : i + len(phrase)]) == phrase for phrase in _OWN_MONEY for i in range(len(words))
    )


def _on_its_own(words: list[str]) -> bool:
    """ "what revenue did Acme make on its own": alone (not "on its own side", its part of a whole)."""
    for phrase in _ON_ITS_OWN:
        for i in range(len(words) - len(phrase) + 1):
            after = words[i + len(phrase)] if i + len(phrase) < len(words) else ""
            if tuple(words[i : i + len(phrase)]) == phrase and (
                not after or after in STOPWORDS or _YEAR.fullmatch(after)
            ):
                return True
    return False


ALONE_WORDS = frozenset("allein alleine alone selbst itself himself herself persoenlich personally".split())
_SLASHED = re.compile(r"\w+\s*/\s*\w+")
_STATED_PERCENT = re.compile(r"\d[\d.,]*\s*%")
_PRODUCT = re.compile(r"[a-z]{2,}\d+[a-z]?")  # "xb300", "mi450": two letters or more, then the model number
# "how long is the plant delayed", "wie lange dauert es": time, never a length in km
_SITE_NOUNS = frozenset("plant site campus facility factory fab werk werks standort anlage gelaende".split())
_BOTH = frozenset("both beide beiden beider".split())


def _both_sites(words: list[str]) -> bool:
    """ "for both sites", "an beiden Standorten": all of a company's sites together, as "alle" asks them."""
    return any(
        a in _BOTH
        and (b.removesuffix("s") in _SITE_NOUNS or b.startswith(("standort", "rechenzent", "werk")))
        for a, b in pairwise(words)
    )


_TIME_SPENT = ("delay", "verzoeger", "verschieb", "verschob", "postpon", "late", "spaet")
_RUN_WORDS = ("run", "runs", "laeuft", "laufen", "last", "lasts", "dauer", "stay", "bleib")
# Nouns by which a duration is asked ("Laufzeit?", "the period"): the kind asked, no word a sentence says
_SPAN_WORDS = frozenset("zeitraum zeitraums period laufzeit duration".split())
_WHO = frozenset("wer who whom wem wen".split())
_DAY_PRICED = ("rate", "satz", "preis", "price")  # "what day rate": a price by the day, no date
_DAY_WORDS = frozenset("datum day tag".split())  # "an welchem Datum", "which day": a day is asked
_EXACT_WORDS = frozenset("genau exact exactly exakt".split())  # ... and "the exact date"
_MONTH_WORDS = frozenset("monat month".split())  # "in welchem Monat": a half-year is no answer
_QUARTER_WORDS = frozenset("quartal quarter".split())  # "in welchem Quartal": neither is a half-year
# "when did Roe post it", "wann wurde das angekündigt": the time of a saying, not of what it says will happen
# (not "bis wann soll die angekündigte Zahl erreicht sein": a deadline asked, the saying an adjective)
_ANNOUNCE_STARTS = ("post", "tweet", "announc", "unveil")
_DROP_WORDS = frozenset("drop drops dropped".split())  # chat: "drop the news", "dropped the announcement"
_ANNOUNCE_FORMS = frozenset(
    "angekuendigt ankuendigte ankuendigten kuendigte kuendigten verkuendet verkuendete verkuendeten "
    "bekanntgegeben bekanntgab gepostet postete getweetet ansage ankuendigung".split()
)
_BY_WHEN = (("bis", "wann"), ("by", "when"), ("until", "when"))
_FROM_WHEN = (("ab", "wann"), ("from", "when"), ("seit", "wann"), ("since", "when"))


def asks_when_announced(said: list[str]) -> bool:
    """Is the time a thing was said asked ("when did Roe post it"), not a deadline ("bis wann")?"""
    return any(w.startswith(_ANNOUNCE_STARTS) or w in _ANNOUNCE_FORMS for w in said) and not any(
        pair in _BY_WHEN for pair in pairwise(said)
    )


def asks_the_month(words: list[str] | tuple[str, ...]) -> bool:
    """Is a month asked ("in welchem Monat", "which month"), so that a half-year or a year is none?"""
    return any(w in _MONTH_WORDS for w in words)


def asks_to_the_day(words: list[str] | tuple[str, ...]) -> bool:
    """Is a date to the day asked, not a month or a half-year ("wann genau" alone is loose)?"""
    return (
        any(w in _DAY_WORDS for w in words)
        or (any(w in _EXACT_WORDS for w in words) and "date" in words)
        or any(
            a in ("what", "which", "whats") and b == "date" for a, b in pairwise(words)
        )  # "what date was …"
    )


_QUOTED = ("stock", "aktie", "kurs", "aktienkurs", "share")  # what moves on a stock exchange
_HOW_FAR = (("wie", "stark"), ("how", "far"), ("how", "sharply"))  # ... a move asked: by how much
_HOW_FAR_WORDS = frozenset(p[1] for p in _HOW_FAR)
_WHERE = frozenset("wo where woher wohin".split())
_WHEN = frozenset("wann when".split())
YEAR_BEFORE = ("vorjahr", "yoy")  # "im Vorjahreshalbjahr": the year before, asked as a time (`earlier`)
_EACH_ONE = frozenset("jede jeder jedes jeden jedem einzelne einzelnen einzelner each every".split())
_OUTLOOK_WORDS = ("prognos", "ausblick", "guidance", "outlook", "forecast", "erwart", "expect")
_OUTLOOK_HEADS = ("prognose", "ausblick")  # "Umsatzprognose", "Gewinnausblick"
MIN_FORECAST_OF = 4  # letters of what a forecast's compound is of ("ebit", "umsatz")


def _forecast_of(word: str) -> str:
    """ "umsatzprognose" → "umsatz", "ebitda-prognose" → "ebitda"; any other word as it is."""
    for head in _OUTLOOK_HEADS:
        rest = word.removesuffix(head).rstrip("-")
        if rest != word and len(rest) >= MIN_FORECAST_OF:
            return rest
    return word


_SLASH_SPAN = re.compile(r"/\s*(?:jahr|year|yr|monat|month|mo|tag|day|woche|week)\b", re.I)
TERSE_WORDS = 5  # words of a search-box query at most ("acme globex start"; not "… geht es an den Start")
# The last word of a query of nouns alone that asks when ("acme+globex start?")
_START_NOUNS = frozenset(
    "start beginn baubeginn baustart betriebsstart launch kickoff inbetriebnahme fertigstellung completion "
    "golive".split()
)
_HOW_MUCH = (
    ("wie", "viel"),
    ("how", "much"),
    ("how", "viel"),
    ("wie", "much"),
    ("wieviel",),
    ("wie", "hoch"),
    ("how", "high"),
    ("how", "big"),
    ("how", "large"),  # "how large is the subsidy": as "how big"
    ("wie", "gross"),
    ("hoehe",),  # "acme verlust höhe", "Höhe der Strafe?": the noun of a sum's size
)
_HOW_BIG = (("how", "big"), ("how", "large"), ("wie", "gross"))
_MUCH = frozenset({"viel", "much", "wieviel"})
_MORE = frozenset({"mehr", "more"})
_VERSION = re.compile(r"\b([^\W\d_]{3,})-(\d{1,2})\b")  # "Morava-2": a name and its number
# a model's code ("H100", "B200", "MI450"): letters, then a number of two to four digits
MODEL_CODE = re.compile(r"[a-z]{1,4}\d{2,4}[a-z]?")
# Another party than the article's own, by its role ("the losing bidder", "der Vorgänger")
OTHER_PARTY_WORDS = (
    *("losing", "loser", "unterleg", "rival", "konkurrent", "competitor", "wettbewerber", "mitbewerber"),
    *("predecessor", "vorgaenger"),
)
_WHICH_THINGS = frozenset("welche welcher welches welchen which".split())
# "nach der Erhöhung", "before the increase": a time by the rise, not the rise asked (its article between)
_AROUND_WORDS = frozenset("nach after following since seit before vor prior".split())
_RAISE_AUXILIARIES = frozenset("did does do will would can could to".split())
VERB_REACH = 4  # words from an auxiliary to its verb ("did Acme Labs raise")
_RAISE_ENDINGS = ("erhoehung", "steigerung", "increase", "raise", "hike")
_HOW_MANY = (
    ("wie", "viele"),
    ("wie", "vielen"),  # "mit wie vielen GPUs", "an wie vielen Standorten"
    ("how", "many"),
    ("how", "viele"),  # chat mixes the languages
    ("wie", "many"),
    ("wieviele",),
    ("anzahl", "der"),
    ("stueckzahl", "der"),  # "die Stückzahl der Beschleuniger": a count of units
    ("zahl", "der"),
    ("number", "of"),
)
# rates said in percent: a bond's coupon or yield, a licence's royalty, a plant's load, a margin
_RATE_PERCENTS = (
    *("kupon", "coupon", "rendite", "yield", "royalt", "lizenzgebuehr", "zins"),
    *("auslastung", "utiliz", "utilis", "occupancy", "marge", "margin"),
)
_INTEREST_RATE = (("interest", "rate"), ("interest", "rates"))  # (not "interest" alone: "an interest in")
INTEREST_WORD = "zins"
_HOW_LONG = (
    ("wie", "lange"),
    ("wie", "lang"),
    ("how", "long"),
    ("laufzeit",),
    ("dauer",),
    ("maturity",),  # "the maturity of the bond": its term ("eine Laufzeit von sieben Jahren")
    ("tenor",),
    ("duration",),
    ("how", "many", "years"),
    ("wie", "viele", "jahre"),
    ("wie", "vielen", "jahren"),  # "seit wie vielen Jahren"
    ("how", "many", "months"),
    ("wie", "viele", "monate"),
    ("wie", "vielen", "monaten"),
    ("ueber", "welchen", "zeitraum"),  # over what period: a span of time, not a date
    ("welchen", "zeitraums"),  # "innerhalb welchen Zeitraums": within what span
    ("welchem", "zeitraum"),  # "in welchem Zeitraum"
    ("within", "what", "period"),
    ("within", "which", "period"),
    ("over", "what", "period"),
    ("over", "which", "period"),
    ("over", "what", "term"),  # "over what term is the loan": how long it runs
    ("over", "which", "term"),
    ("the", "term", "of"),  # "what is the term of the contract": how long it runs
    ("contract", "term"),
)
# Words that rank or set apart a company rather than say its kind ("main partner", "die größte Firma").
_RANKING_WORDS = frozenset(
    "main major key leading biggest largest big other new top haupt wichtigste wichtigsten groesste "
    "groessten andere anderen weitere weiteren neue neuen".split()
)
_LEADS = frozenset("run lead head manage leads heads runs manages leiten leitet fuehren fuehrt".split())
_ORG_NOUNS = (
    "unternehmen",
    "company",
    "companies",
    "firma",
    "firm",
    "konzern",
    "partner",
    "anbieter",
    "bank",
    "cos",  # chat: "which big tech cos"
    "player",
    "utilit",  # "which utility powers the site": a power company
    "operator",
)
# "wer ist der größte Kunde": a business's customer, buyer or tenant, asked for first, is a company
_RELATION_NOUNS = ("kunde", "customer", "client", "abnehmer", "kaeufer", "buyer", "mieter", "tenant")
RELATION_REACH = 5  # words from the question's start within which it asks for one
# Companies asked for in the plural ("which big tech companies"): a list of companies is asked
_COMPANIES = frozenset("cos companies firms firmen konzerne unternehmen players".split())
_BUILT_VERBS = frozenset("built gebaut baute bauten errichtete".split())  # (not "is building": a plan)
_TRADE_VERBS = ("sell", "verkauf", "buy", "kauft", "erwirbt", "acquir")
_ORG_ENDINGS = (
    *("maker", "makers", "hersteller", "herstellern", "supplier", "suppliers", "manufacturer"),
    *("manufacturers", "lieferant", "lieferanten", "provider", "providers"),
    # "welches Bauunternehmen", "welche Baufirma": a compound ending in a company's noun names a company
    *("unternehmen", "firma", "firmen", "konzern", "konzerne", "betreiber", "dienstleister", "anbieter"),
    *("versorger", "versorgern"),  # "welcher Energieversorger"
    # "which chip vendor", "which foundry", "which developer is behind the campus": companies by their trade
    *("vendor", "vendors", "foundry", "foundries", "fertiger", "zulieferer", "developer", "developers"),
    *("bidder", "bidders", "bieter"),  # "which bidder": a company that made an offer
)
MAKER_ENDINGS = ("hersteller", "lieferant", "maker", "supplier", "manufacturer")
_TRADE_ENDINGS = ("unternehmen", "firma", "konzern", "betreiber", "dienstleister")
MIN_TRADE = 3  # letters of a trade's word ("Bau-"); "Ex-" names none
# Making power ("erzeugt", "generates"): what a plant puts out, not what it sells or delivers to someone
_CONSUMES = ("consumption", "verbrauch")  # a use asked ("power consumption", "Stromverbrauch")
_GENERATES = ("erzeug", "generate", "generating", "produzier", "produce")  # ("generation" is none)
_PEOPLE_WORDS = frozenset("leute menschen personen people ppl".split())
_RESIDE_WORDS = frozenset("live lives living wohnen wohnt leben lebt".split())  # people who live there
MIN_AMOUNT = 1e6  # "100 mrd" without a currency is still an amount ("der 100 mrd"), a year is not
_MODALS = frozenset(
    "soll sollen will wollen kann koennen muss muessen wird werden darf duerfen moechte".split()
)
# A person's post asked ("welchen Posten hat Roe"); "job" and "Rolle" are a company's role too.
_POST_WORDS = frozenset("posten position titel title funktion amt".split())
# "who else", "per the article": words that ask nothing a sentence must say
_FUNCTION_WORDS = frozenset("else sonst per".split())
# Verbs that carry little of their own ("in Betrieb gehen", "ans Netz kommen", "make a loss", "reach 1 EF"):
# a sentence need not say them, when the question has other words
_LIGHT_VERBS = frozenset(
    """
    gehen geht gehe ging gingen gegangen kommen kommt kam kamen gekommen nehmen nimmt nahm nahmen genommen
    machen macht machte machten gemacht bringen bringt brachte brachten gebracht lassen laesst liess stehen
    steht stand standen go goes going went gone come comes coming came take takes taking took make makes
    making made bring brings schaffen schafft schaffte geschafft manage manages managed put puts putting
    reach reaches reached reaching erreichen erreicht erreichte
    """.split()
)
FOR_WORDS = frozenset({"fuer", "for"})  # what a figure is for follows ("für Frauen")
# Spans shorter than a year a figure may be counted over, each with the words a sentence says it by
_SPANS = (
    ("monat", "month", "monatlich", "monthly", "monats"),
    ("woche", "week", "woechentlich", "weekly"),
    ("tag", "day", "taeglich", "daily"),
    ("stunde", "hour", "stuendlich", "hourly", "gpu-stunde"),
    ("jahr", "year", "jaehrlich", "annual", "annually", "yearly", "jahres"),
    ("quartal", "quarter", "quarterly", "quartals", "quartalsweise"),
)
# ... whose bare nouns say a span, not a sum per span ("über vier Jahre", "im Geschäftsjahr"), unless after
# "pro", "per", "je", "im", "a" ("pro Jahr", "a year")
_BARE_SPANS = frozenset("jahr jahre jahren year years quartal quartale quarter quarters".split())
_PER_SPAN_WORDS = frozenset("pro per je im a an each every".split())


# ... not "a year earlier", "a quarter ago": a time back, no span a sum is per
_TIME_BACK = frozenset("earlier ago later before prior zuvor frueher spaeter vorher".split())


def _per_span(words: list[str]) -> tuple[str, ...]:
    """The span a sum is asked per ("pro Monat", "per year", "a month"), or ()."""
    for i, (a, b) in enumerate(pairwise(words)):
        if a in ("pro", "per", "je", "a") and words[i + 2 : i + 3] != [] and words[i + 2] in _TIME_BACK:
            continue
        for spans in _SPANS:
            if a in ("pro", "per", "je", "a") and b in spans:
                return spans
    return ()


_SPAN_SHORT = {"yr": "year", "mo": "month"}


def _slashed_span(text: str) -> tuple[str, ...]:
    """The span of "$/jahr", "GW/yr" (the span a sum is asked per), or ()."""
    found = _SLASH_SPAN.search(text)
    said = [_SPAN_SHORT.get(w, w) for w in normalize(found.group(0)).split()] if found else []
    return next((spans for spans in _SPANS if said and said[0] in spans), ())


def per_span_said(said: Sequence[str], span: tuple[str, ...]) -> bool:
    """Does a text (its words) say a figure per `span` ("monatlich", "jährliche Miete", "pro Jahr",
    "Jahresumsatz"; not "über vier Jahre")?"""
    forms = tuple(f for f in span if f not in _BARE_SPANS)
    return any(
        (w not in _BARE_SPANS and (w.startswith(forms) or w.endswith(forms)))
        or (w in _BARE_SPANS and i > 0 and said[i - 1] in _PER_SPAN_WORDS and w.startswith(span))
        for i, w in enumerate(said)
    )


_COSTLY = frozenset("teuer expensive pricey".split())
# "wie viel Prozent Solarstrom kriegt der Rechner": what a figure goes to, said any way ("Anteil Solarstrom")
_GET_VERBS = frozenset("kriegt kriegen bekommt bekommen get gets getting got".split())
_MAKE_FORMS = frozenset("macht machen machte machten".split())
_PARTNER_VERBS = (
    "mitmach",  # "wer macht mit": who takes part, a company
    "team",
    "zusammenarbeit",
    "zusammenzuarbeit",
    "kooperier",
    "cooperat",
    "collaborat",
    "partner",
    "supplies",
    "supplying",
    "supplier",
    "liefert",
    "lieferant",
    # "who makes the fuel cells", "wer stellt … her": a maker is a company
    "makes",
    "manufactur",
    "herstell",
    "produc",
    "deliver",
    "provid",
    "sell",  # "who is selling the shares", "wer kauft": a company
    "verkauf",
    "buy",
    "kauft",
    "erwirbt",
    "acquir",
    "geboten",  # "wer hat noch geboten", "who else bid": bidders are companies
    "bieter",
    "bidder",
    "bid",
)
_ROLE_ENDINGS = (
    "chef",
    "chefin",
    "leiter",
    "leiterin",
    "lenker",
    "sprecher",
    "sprecherin",
    "gruender",
    "boss",
)
_PLACE_NOUNS = (
    *("stadt", "city", "land", "country", "ort", "standort", "region", "town", "state", "county"),
    *("province", "provinz", "bundesland", "bundesstaat", "kanton", "canton", "grafschaft", "bezirk"),
    *("cities", "staedte", "orte", "laender", "countries", "counties"),  # ... plurals no singular begins
    *("insel", "island", "kontinent", "continent"),  # "auf welchen Inseln", "which islands"
)
_PLACE_VERBS = ("sitz", "based", "located", "headquart", "hq")
# Words asking a company's seat: "wo sitzt", "Hauptsitz", "based", "headquartered", "HQ", "ansässig".
HOME_WORDS = (
    *("sitz", "seat", "based", "headquart", "hq", "ansaessig"),
    *("hauptsitz", "firmensitz", "konzernsitz"),
    *("zuhause", "daheim", "beheimatet", "home"),  # "wo ist Acme zuhause", "where is Acme's home"
)
# "woher kommt Acme", "where is Acme from": with nothing else asked, a company's origin is its seat (not
# "woher kommt der Strom", which asks where the power comes from)
_ORIGIN_VERBS = ("komm", "stamm", "come", "hail")
_DAY_NOUNS = frozenset("date dates datum termin zeitpunkt deadline".split())  # nouns only a date answers
_DATE_NOUNS = (
    "jahr",
    "year",
    "quartal",
    "quarter",
    "monat",
    "month",
    "datum",
    "date",
    "zeitpunkt",
    "tag",
    "day",
    "termin",
)


def _kind_of_company(words: list[str]) -> bool:
    """ "what kind of company is Acme", "was für eine Art Firma": what it is asked; not "what kind of
    jobs" (the jobs' kind)."""
    for i in range(len(words)):
        if any(tuple(words[i : i + len(p)]) == p for p in _KIND_OF):
            after = [w for w in words[i + 3 : i + 6] if w not in _DESCRIBE_ALSO]
            if not after or _starts(after[0], _ORG_NOUNS) or after[0] in ("is", "ist", "sind", "are"):
                return True
    return False


def _has(words: list[str], phrase: tuple[str, ...]) -> bool:
    n, first = len(phrase), phrase[0]
    if first not in words:  # the common case, decided by one C scan
        return False
    return any(w == first and tuple(words[i : i + n]) == phrase for i, w in enumerate(words))


_TIME_PARTS = ("halbjahr", "jahr", "quartal", "monat", "woche", "tag")  # German compounds' time parts
_LINKING = ("es", "s")  # the joint of a German compound after a time noun: "Jahres-", "Quartals-"
MIN_COMPOUND_HEAD = 4  # letters of a compound's head after its time noun ("Jahresende", not "Jahren")


_NET_GROSS = ("netto", "brutto", "net", "gross")


_CONDITIONS_ASKED = (
    ("under", "what", "conditions"),
    ("under", "which", "conditions"),
    ("unter", "welchen", "bedingungen"),
    ("unter", "welchen", "umstaenden"),
    ("in", "which", "case"),
    ("in", "welchem", "fall"),
    ("unter", "welcher", "bedingung"),
    # "what has to happen before Acme pays the next tranche", "was muss passieren, damit …"
    ("has", "to", "happen"),
    ("have", "to", "happen"),
    ("needs", "to", "happen"),
    ("muss", "passieren"),
    ("muss", "geschehen"),
)
_HAPPEN = frozenset("happen happens passieren passiert geschehen geschieht bedingungen conditions".split())
_HAPPENS_TO = tuple(
    tuple(p.split()) for p in ("happens to", "happen to", "happened to", "passiert mit", "geschieht mit")
)
MAX_SLIPPED = 4  # letters of a short stopword whose swapped letters are still read as it ("teh", "adn")


@lru_cache(maxsize=1)
def _stopword_slips() -> frozenset[str]:
    """Short stopwords with two neighbouring letters swapped ("teh", "adn", "fro"), which are no words."""
    slips = {
        w[:i] + w[i + 1] + w[i] + w[i + 2 :]
        for w in STOPWORDS
        if 3 <= len(w) <= MAX_SLIPPED
        for i in range(len(w) - 1)
    }
    return frozenset(s for s in slips if s not in STOPWORDS and not dictionary_word(s))


def slipped_stopword(word: str) -> bool:
    """ "teh": a short stopword with two letters swapped (no word of the general word list)."""
    return len(word) <= MAX_SLIPPED and word in _stopword_slips()


# "woran ist die Zahlung gekoppelt", "what is the payment tied to": what it depends on
_TIED_WORDS = ("gekoppelt", "geknuepft", "gebunden", "abhaengig", "tied", "linked", "depend")
_PART_OF = (("much", "of", "the"), ("viel", "von", "der"), ("viel", "von", "dem"), ("viel", "der"))
_FREE_OF_CHARGE = frozenset(
    "kostenlos kostenlose kostenlosen kostenloser kostenfrei kostenfreie kostenfreien gebuehrenfrei gratis "
    "umsonst".split()
)


def _without_net(word: str) -> str:
    """ "nettogewinn" → "gewinn", "bruttoerloes" → "erloes": the sum a net or gross one is (a word of at least
    MIN_COMPOUND_HEAD letters after it, not "network")."""
    for part in _NET_GROSS:
        if (
            word.startswith(part)
            and len(word) - len(part) >= MIN_COMPOUND_HEAD
            and _starts(word[len(part) :], _MONEY_WORDS)
        ):
            return word[len(part) :]
    return word


def time_compound(word: str) -> str:
    """The head of a compound a time noun opens ("jahresumsatz" → "umsatz", "quartalsgewinn" → "gewinn",
    "jahresende" → "ende"), else ""."""
    for noun in _TIME_PARTS:
        if word.startswith(noun):
            rest = word[len(noun) :]
            rest = next((rest[len(j) :] for j in _LINKING if rest.startswith(j)), rest)
            return rest if len(rest) >= MIN_COMPOUND_HEAD else ""
    return ""


def yearly_sum(word: str) -> bool:
    """A year's sum said in one word: "Jahresmiete", "Jahresumsatz" (not "Jahresende")."""
    head = time_compound(word)
    return word.startswith("jahr") and (_starts(head, _MONEY_WORDS) or head.startswith(_RENT_WORDS))


def _starts(word: str, prefixes: tuple[str, ...]) -> bool:
    """Does `word` start with one of `prefixes` (one shorter than four letters: is it that word)?"""
    longer, whole = _split(prefixes)
    return word in whole or word.startswith(longer)


@lru_cache(maxsize=256)
def _split(prefixes: tuple[str, ...]) -> tuple[tuple[str, ...], frozenset[str]]:
    """The prefixes a word may start with, and the short ones it must be, for one C call each."""
    return tuple(p for p in prefixes if len(p) >= 4), frozenset(p for p in prefixes if len(p) < 4)


# Currency words as questions write them, each with its ISO codes ("Kronen" may be any of three).
_CURRENCIES = {
    "euro": "EUR",
    "eur": "EUR",
    "dollar": "USD",
    "usd": "USD",
    "pfund": "GBP",
    "pound": "GBP",
    "sterling": "GBP",
    "gbp": "GBP",
    "franken": "CHF",
    "franc": "CHF",
    "chf": "CHF",
    "yen": "JPY",
    "jpy": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "cny": "CNY",
    "zloty": "PLN",
    "pln": "PLN",
    "krone": "SEK DKK NOK CZK",
    "czk": "CZK",
    "koruna": "CZK",
    "forint": "HUF",
    "huf": "HUF",
    "twd": "TWD",
    "dirham": "AED",
    "aed": "AED",
    "riyal": "SAR QAR",
    "sar": "SAR",
    "qar": "QAR",
    "hkd": "HKD",
    "kronor": "SEK",
    "kroner": "DKK NOK",
    "sek": "SEK",
    "dkk": "DKK",
    "nok": "NOK",
    "rupie": "INR",
    "rupee": "INR",
    "inr": "INR",
    "krw": "KRW",
    "reais": "BRL",
    "brl": "BRL",
}
# ... and the endings they take ("Euros", "Dollars", "Kronen", "Rupien"): "Europa" is no currency.
_CURRENCY_ENDINGS = ("", "s", "n", "en")
# Every written form of a currency word ("euros", "franken") → its codes: one lookup per question word.
_CURRENCY_FORMS: dict[str, tuple[str, ...]] = {}
for _key, _codes in _CURRENCIES.items():
    for _ending in _CURRENCY_ENDINGS:
        _CURRENCY_FORMS[_key + _ending] = tuple(
            dict.fromkeys((*_CURRENCY_FORMS.get(_key + _ending, ()), *_codes.split()))
        )
# ... and every other currency babel names, by its noun ("in Dong", "how many baht"), but the nouns that are
# words of their own in German or English ("won", "sum", "Mark", "Rand", "Gold"), which ask no currency
_NOT_CURRENCIES = frozenset(
    "gold herzegowina mark marks rand sum sol won colon sucre reajustado dram".split()
)
for _noun, _codes_of in codes_by_noun().items():
    if _noun not in _CURRENCY_FORMS and _noun not in _NOT_CURRENCIES:
        _CURRENCY_FORMS[_noun] = tuple(sorted(_codes_of))
_BESIDES = frozenset("besides ausser neben apart abgesehen ausserhalb outside".split())


# "Was kostet der Campus", "how much does X pay": the verb asks for money, the thing is the topic.
# ... and "umfasst", "beträgt", "beläuft sich": what a sum is, no word a sentence must say
_PRICE_VERBS = (
    # (not "zahl" alone: "stimmt die Zahl?" asks of a number, nothing paid)
    *("kost", "gekost", "cost", "zahlt", "gezahlt", "zahle", "bezahl", "pay", "pays", "paying", "paid"),
    *("umfass", "betraeg", "belaeuf"),
    *("charge", "charges", "charging", "charged", "verlangt", "berechnet"),  # "what will Acme charge"
)


# Things bought whose price a money question may ask ("für die Aktien", "for the stake").
# "wie viel Umsatz verliert Acme": the sum lost, which the whole revenue is not
_LOSS_VERBS = ("verlier", "verlor", "loses", "losing", "lost", "lose")
_RATE_NOUNS = frozenset("rate rates satz tarif".split())
_VALUE_WORDS = frozenset("wert worth value".split())
VALUATION = "bewertung"  # the word a sentence gives a company's worth by ("mit 1,75 Mrd. bewertet")
_IS = frozenset("ist is sind are".split())
_WORTH_WHEN = frozenset("nach after now jetzt heute today derzeit currently insgesamt".split())


def _company_worth(words: list[str], names: frozenset[str]) -> bool:
    """ "wie viel ist Acme nach dem Deal wert", "what is Acme worth": a company's worth is asked."""
    if not _VALUE_WORDS & set(words):
        return False
    for i, word in enumerate(words[:-1]):
        if word in _IS and words[i + 1] in names:
            end = i + 1
            while end < len(words) and words[end] in names:
                end += 1
            # ... not "how much is Acme's contract worth", "acmes chip order": the value of a thing it has
            return end == len(words) or words[end] in _VALUE_WORDS or words[end] in _WORTH_WHEN
    return False


YEARLY_WORD = "jaehrlich"  # a yearly sum asked, however said ("pro Jahr", "annual"): the glossary finds it
VOLUME_HEAD = "volumen"  # the word a bond's, a deal's or an order's size is said by ("ein Volumen von …")
VALUE_HEAD = "wert"  # the word a deal's value is asked by, said alone or as "Gesamtwert", "Auftragswert"
DEAL_WORDS = ("uebernahme", "takeover", "acquisition", "kaufpreis", "transaktion", "transaction", "deal")
_NAME_PREFIXES = frozenset(normalize(p) for p in ORG_PREFIXES)
_CONTRACT_WORDS = frozenset(
    "deal deals vertrag vertrags vertrages contract auftrag auftrags agreement".split()
)
_PRICED = ("share", "aktie", "stake", "anteil", "beteiligung")
# "how much is Acme investing in Globex": a contract's value is no investment (an investor is no amount)
_INVESTED = ("investi", "investm", "invests", "invested")


@lru_cache(maxsize=1 << 12)  # asked of every sentence word by word: once per word
def names_amount(word: str) -> bool:
    """ "Umsatz", "Jahresumsatz", "valuation": a word naming which amount is asked ("shareholder", who
    holds one, names none)."""
    return (
        (_starts(word, _HEAD_WORDS) and not _holder(word))
        or any(len(h) >= LONG_HEAD and h in word for h in _HEAD_WORDS)
        or any(len(h) >= COMPOUND_HEAD and word.endswith(h) for h in _HEAD_WORDS)  # "Strompreis"
        # "Stromkosten", "Betriebskosten": costs of one thing ("was kostet es" asks any sum it costs)
        or (word.endswith(_COST_ENDINGS) and len(word) >= MIN_COST_COMPOUND)
        or word in _SHARE_PRICES
        or word in _WHOLE_HEADS
    )


_WHOLE_HEADS = frozenset({"ransom", "ransoms"})  # a sum, as a word of its own (no "ransomware")


# Chat's quarter and half-year ("q4 guidance", "h2 2026"): the time asked
_CHAT_PERIOD = re.compile(r"^([qh])([1-4])$")


def _chat_period(words: list[str]) -> tuple[int, str]:
    """ "q4" → (4, "quartal"), "h2" → (2, "haelfte"); else (0, "")."""
    return next((found for found in map(period_shorthand, words) if found[0]), (0, ""))


def _holder(word: str) -> bool:
    """ "shareholder", "stakeholder", "Preisträger": an amount's word before a noun of who has it."""
    return any(
        word.startswith(h)
        and len(rest := word[len(h) :]) >= MIN_HOLDER
        and rest.endswith(("er", "ers"))
        and dictionary_word(rest)
        for h in (*_HEAD_WORDS, *_PRICED)
    )


MIN_HOLDER = 4  # letters of the noun after the amount's word ("holder"; not "s" of "shares")
# a share's price: "acme kurs in dollar" asks no sum invested ("Kursreaktion" is a move, asked in percent)
_SHARE_PRICES = frozenset("kurs aktienkurs boersenkurs kursziel".split())


_COST_ENDINGS = ("kosten", "costs", "geld", "gelder")  # ... and "Fördergeld": money of one kind
MIN_COST_COMPOUND = 9  # "Baukosten" and longer: a compound naming whose costs; "kosten" alone names none
LONG_HEAD = 6  # a head word this long names the amount anywhere in a compound ("Jahresumsatzes")
COMPOUND_HEAD = 5  # ... a shorter one at its end ("Strompreis", "Kaufpreis")


def names_place(word: str) -> bool:
    """ "Hauptsitz", "Konzernzentrale": a word naming which place is asked."""
    return word in _PLACE_HEADS or _PLACE_HEAD_PART in word


def _alternative(word: str, text: str) -> bool:
    """ "stake/investment": a word offered with another beside a slash is one choice, not the amount."""
    return any(word in normalize(pair).split() for pair in _SLASHED.findall(text))


def _before_event(words: list[str]) -> str:
    """ "wie viele GPUs hatte Acme vor dem hundertfachen Ausbau": a value before an event (not "vor dem
    Jahr 2027", a deadline): the words naming the event ("hundertfachen ausbau"), or ""."""
    for i, word in enumerate(words):
        if word == "vor" and words[i + 1 : i + 2] in (["dem"], ["der"], ["den"]):
            ahead = words[i + 2 : i + 2 + DEADLINE_REACH]
            if not any(_YEAR.fullmatch(w) or w in _END_WORDS or w in ("jahr", "jahres") for w in ahead):
                return " ".join(words[i + 2 : i + 4])
    return ""


# "the original estimate", "die ursprüngliche Kostenschätzung": a plan's first figure, which a later one
# replaced (not "the original contract", "laut der ursprünglichen Genehmigung": the thing, whose figure it is)
_EARLIER_ADJECTIVES = frozenset(
    "original urspruengliche urspruenglichen urspruenglicher urspruengliches".split()
)
_PLAN_NOUNS = (
    *("estimate", "plan", "target", "budget", "forecast", "guidance", "schaetzung", "planung", "prognose"),
    *("ziel", "kalkulation", "veranschlag"),
)


_DEAL_BY_SUM_NOUNS = frozenset(
    "deal deals projekt project plan pakt pact vertrag vereinbarung partnerschaft partnership".split()
)


def deal_named_by_sum(words: Sequence[str]) -> bool:
    """ "der 100-Mrd-Deal", "the 100bn pact": a deal named by its stated sum (a number, its scale, the
    deal's noun), no sum asked."""
    return any(
        a.isdigit() and b in _MAGNITUDES and c in _DEAL_BY_SUM_NOUNS
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
    )


# Words of a denied report or a rumour: "dementierte", "denied", "Gerücht", "rumoured", "spekuliert"
REPORT_STARTS = (
    *("dementi", "denied", "deny", "denies", "zurueckgewiesen", "bestritt", "widersproch", "geruecht"),
    *("rumor", "rumour", "spekul", "speculat", "kolportiert"),
)


def _asks_earlier(words: list[str]) -> bool:
    """ "bisher", "how many before the ramp": a value before the one now is asked; "before the end of 2025",
    "before 2027" say by when."""
    if any(
        a in _EARLIER_ADJECTIVES and any(n in b for b in words[i + 1 : i + 3] for n in _PLAN_NOUNS)
        for i, a in enumerate(words)
    ):  # ("Kostenschätzung", "cost estimate": the noun anywhere in the word, or a word on)
        return True
    for i, word in enumerate(words):
        # ("im Vorjahreshalbjahr", "Vorjahreszeitraum": the year before's, whatever span it names)
        if word in EARLIER_WORDS or word.startswith("vorjahres"):
            if _COMPARED_WITH & set(words[max(0, i - COMPARED_REACH) : i]):
                continue  # "grew by how much compared to the prior-year quarter": the basis, not its value
            ahead = words[i + 1 : i + 1 + DEADLINE_REACH]
            if word in _DEADLINE_PREPOSITIONS and any(_YEAR.fullmatch(w) or w in _END_WORDS for w in ahead):
                continue
            return True
    return False


_THAN = frozenset("als than".split())


def _before(words: list[str], word: str) -> list[str]:
    """The two words before `word`'s first place in `words`."""
    at = words.index(word) if word in words else 0
    return words[max(0, at - 2) : at]


_COMPARED_WITH = frozenset("compared vergleich verglichen gegenueber versus vs against over".split())
COMPARED_REACH = 3  # words from "compared" to the earlier time it compares with ("compared to the prior")
_BEFORE_THAT = "davor"
_FINAL_ASKED = re.compile(
    r"\b(?:end|voll)(?:ausbau)?stufe|\b(?:end|voll)ausbau|\bletzten (?:ausbau)?stufe"
    r"|\bfinal (?:stage|phase|form)"
    r"|\bfull(?:y)? (?:build-?out|built|expanded|operational)|\bat full capacity"
    r"|\b(?:the|die) (?:full|vollen)\s+\d|\bvollständig|\bvollstaendig",
    re.IGNORECASE,
)
_FINAL_WORDS_KEPT = frozenset("endausbau vollausbau endstufe".split())  # ... as the articles say them
# the start of a thing's life asked of a figure: "zum Produktionsstart", "zu Beginn", "anfangs", "initially"
_INITIAL_ASKED = re.compile(
    r"\bzum (?:\w+)?start\b|\bbei(?:m)? (?:\w+)?start\b|\bzu beginn\b|\bzun(?:ä|ae)chst\b|\banfangs\b"
    r"|\bam anfang\b|\binitial(?:ly)?\b|\bat (?:the )?(?:start|launch|outset)\b|\bto begin with\b"
    r"|\bat first\b|\bin the beginning\b",
    re.IGNORECASE,
)
_LAST = frozenset("last previous vergangenen vergangenes letzten letztes vorigen voriges".split())


def _last_year(words: list[str]) -> bool:
    """ "what did Acme pay last year", "im vergangenen Jahr": a figure of the year before."""
    return any(w in _LAST and nxt in ("year", "jahr") for w, nxt in pairwise(words))


_SPELLED = "|".join(sorted(SPELLED_NUMBERS, key=len, reverse=True))
_YEARS_BACK = re.compile(
    rf"\b(?:vor\s+(?P<ago>\d+|{_SPELLED})\s+jahren"
    rf"|(?P<back>\d+|{_SPELLED})\s+(?:years?|jahre?n?)\s+"
    r"(?:ago|earlier|before|prior|zuvor|davor|früher|frueher))\b",
    re.I,
)


def years_back(text: str) -> int:
    """ "two years ago", "vor drei Jahren", "zwei Jahre zuvor": the number of years back (of two or more),
    else 0."""
    found = _YEARS_BACK.search(text)
    if found is None:
        return 0
    said = (found.group("ago") or found.group("back")).casefold()
    back = int(said) if said.isdigit() else SPELLED_NUMBERS[said]
    return back if back >= 2 else 0


_THIS = frozenset(
    "this current dieses diesem diesen laufenden laufende".split()
)  # "this year", "laufendes Jahr"


def _this_year(words: list[str]) -> bool:
    """ "how many servers has Acme sold so far this year", "im laufenden Jahr", "seit Jahresbeginn"."""
    this = any(w in _THIS and nxt in ("year", "jahr") for w, nxt in pairwise(words))
    return this or "jahresbeginn" in words


_AMOUNT_WORDS = frozenset("wieviel wieviele viel viele much many what welcher welchem".split())
_START_WORDS = frozenset(
    "first initially start starts startet starten launch anfang anfangs beginn zunaechst zuerst".split()
)
_LATER_WORDS = frozenset("later spaeter after danach eventually kuenftig end endausbau".split())


_WORTH_WORDS = ("valu", "bewert", "worth", "wert", "boersenwert", "marktwert", "marktkap", "capitaliz")


_OR = frozenset({"oder", "or"})  # (not "vs": "im Streit Acme vs Globex" names a dispute, no choice)


def _one_of(words: list[str], names: frozenset[str]) -> tuple[str, ...]:
    """The names right before and after an "oder", "or" ("acme oder globex"), or ()."""
    for i in range(1, len(words) - 1):
        if words[i] in _OR and words[i - 1] in names and words[i + 1] in names:
            return (words[i - 1], words[i + 1])
    return ()


_CONDITIONS = frozenset({"if", "wenn", "falls", "sofern", "unless"})


def _condition(words: list[str], topic: tuple[str, ...]) -> tuple[str, ...]:
    """The topic words of a clause opened by "if", "falls" (the case a figure is asked for)."""
    opened = next((i for i, w in enumerate(words) if w in _CONDITIONS), None)
    if opened is None:
        return ()
    return tuple(w for w in words[opened + 1 :] if w in topic)


def _asks_change(words: list[str]) -> bool:
    """ "von wie viel auf wie viel", "from how much to how much": a change's two values; "at first and
    later", "zum Start und bis 2030": the value at the start and the one after."""
    said = [w for w in words if w != "wie" and w != "how"]
    for i, word in enumerate(said[:-3]):
        if word in ("von", "from") and said[i + 1] in _AMOUNT_WORDS and said[i + 2] in ("auf", "to"):
            return True
    start = next((i for i, w in enumerate(words) if w in _START_WORDS), None)
    if start is None:
        return False
    after = words[start + 1 :]
    return any(
        w in _LATER_WORDS or (w in ("by", "bis") and i + 1 < len(after) and _YEAR.fullmatch(after[i + 1]))
        for i, w in enumerate(after)
    )


DEADLINE_REACH = 3  # "before the end of 2025": the year or end comes within this many words
_DEADLINE_PREPOSITIONS = frozenset({"before", "prior"})
_END_WORDS = frozenset("end ende schluss launch start".split())
_YEAR = re.compile(r"(?:19|20)\d\d")


def _without_idioms(words: list[str]) -> list[str]:
    """ "am Ende", "in the end" without a year mean "eventually": no end of anything is asked; "on the
    news", "nach der Ankündigung" say when, not what."""
    out: list[str] = []
    for i, word in enumerate(words):
        if word in OCCASIONS and i >= 2 and words[i - 2] in _AFTER and words[i - 1] in _THE:
            continue
        after = words[i + 1] if i + 1 < len(words) else ""
        idiom = (word == "ende" and i and words[i - 1] == "am") or (
            word == "end" and i > 1 and words[i - 2 : i] == ["in", "the"]
        )
        if idiom and not after.isdigit():
            continue
        if word == "far" and i and words[i - 1] in ("so", "thus"):
            continue  # "so far": until now ("bislang"), no distance asked
        if word == "up" and out and out[-1] == "start":
            out[-1] = "startup"  # "das Start-up": a company by its kind (start-ups in general are a topic)
            continue
        out.append(word)
    return out


def _without_besides(words: list[str], names: frozenset[str] = frozenset()) -> list[str]:
    """ "besides the chips, what …": what is set aside is not what is asked (up to three words, or up to
    the name set aside: "wer hat außer Acme noch geboten")."""
    for i, word in enumerate(words):
        if word in _BESIDES:
            named = [j for j in range(i + 1, min(i + 4, len(words))) if words[j] in names]
            return words[:i] + words[(named[0] if named else i + 3) + 1 :]
        if word in ("nicht", "not") and i + 1 < len(words) and asks_role(words[i + 1]):
            return words[:i] + words[i + 2 :]  # "wer ist President, nicht CEO": the role put aside
    return words


MIN_PHRASE_PART = 4  # letters of each word of a two-word member that is joined into one ("exchange ratio")


def _phrase_word(member: str) -> str | None:
    """A two-word member as one word ("exchange ratio": "exchangeratio"), which a question's two words
    join into; none of one word too short to say much ("pay back", "for each")."""
    parts = member.rstrip("$").split()
    if len(parts) != 2 or any(len(p) < MIN_PHRASE_PART or p in STOPWORDS for p in parts):
        return None
    return "".join(parts)


_PHRASE_WORDS = frozenset(w for g in GLOSSARY for m in g if (w := _phrase_word(m)) is not None)
_GLOSSARY_WORDS = frozenset(m.rstrip("$") for g in GLOSSARY for m in g if " " not in m) | _PHRASE_WORDS


@lru_cache(maxsize=1 << 14)
def _glossary_word(first: str, joined: str) -> bool:
    """Does `joined` start with a glossary word that goes on into the second word ("datacenter…" after
    "data"; not "aktien" of "aktie nach")?"""
    least = len(first) + min(MIN_JOINED_INTO, len(joined) - len(first))
    return any(joined[:end] in _GLOSSARY_WORDS for end in range(least, len(joined) + 1))


MIN_JOINED_INTO = 3  # letters of the second word a joined glossary word must take


def _joined(words: list[str], names: frozenset[str] = frozenset()) -> list[str]:
    """ "data center" → "datacenter" when the joined word is one the glossary knows (German writes one);
    a name's words stay apart ("Regula Tschudi" is no "regulat…")."""
    out: list[str] = []
    skip = False
    for a, b in zip(words, [*words[1:], ""][: len(words)], strict=True):  # no words: nothing to join
        if skip:
            skip = False
            continue
        joined = a + b
        # "Roe's take" is no "stake": a possessive "s" (or any one letter) starts no word
        if b and len(a) > 1 and a not in names and b not in names and _glossary_word(a, joined):
            out.append(joined)
            skip = True
        else:
            out.append(a)
    return out


ASKED_CACHE = 256
"""Questions whose reading is kept. One answer reads its question, its parts and variants again and again;
a larger cache gains no hits and keeps some nine objects an entry that every full garbage collection walks."""


PER_REACH = 3  # words from "per" to the share it prices ("per Globex Kompute share")


def asked(words: list[str], text: str, names: set[str]) -> Asked:
    """The kind of answer the normalised question `words` wants, and the topic words besides."""
    return _asked(tuple(words), text, frozenset(names))


@lru_cache(maxsize=ASKED_CACHE)
def _asked(words_: tuple[str, ...], text: str, names: frozenset[str]) -> Asked:
    words = [
        w if _of_a_year(w, words_, i) else _CHAT_FORMS.get(w, w)
        for i, w in enumerate(counts_written_out(words_))
    ]
    # "wer macht alles bei Acme mit": the verb whose particle closes the question ("mitmachen": take part)
    if len(words) > 2 and words[-1] == "mit":
        words = ["mitmachen" if w in _MAKE_FORMS else w for w in words[:-1]]
    # "market cap", "mkt cap": the market capitalisation (a "cap" alone is a ceiling)
    words = [
        "capitalization" if w in ("cap", "value") and i and words[i - 1] in _MARKET else w
        for i, w in enumerate(words)
    ]
    words = [_after_how(w) if i and words[i - 1] in _HOW_WORDS else w for i, w in enumerate(words)]
    # "which authority issued the permit": a permit issued is one granted ("die Erlaubnis erteilt"), where a
    # bond issued is one "ausgegeben"
    if any(w.startswith(_PERMITS) for w in words):
        words = ["erteilt" if w in _ISSUED else w for w in words]
    # "the campus is with which co": a company (not "co-developing", "co-CEO")
    words = ["company" if w == "co" and i and words[i - 1] in _WHAT_ASKS else w for i, w in enumerate(words)]
    # ("Nettogewinn", "Bruttoerlös": a sum of the kind its head names)
    # ... and "kostenlos", "free of charge" ask no cost ("welcher Anteil muss kostenlos zur Verfügung stehen")
    kind = _kind([_without_net(w) for w in words if w not in _FREE_OF_CHARGE], text, names)
    if kind in FIGURE_KINDS and _asks_why(words, text):
        kind = Kind.WHAT  # "why is Acme lowering its prices": a reason, whatever noun of money it names
    tied = any(w in ("woran", "what", "wovon") for w in words[:2]) and any(
        _starts(w, _TIED_WORDS) for w in words
    )
    conditional = tied or any(_has(words, p) for p in _CONDITIONS_ASKED)
    forecast = False
    if conditional:
        kind = Kind.WHAT  # "under what conditions must Acme pay back the grant": the case, no sum
    if words[:1] and words[0] in _EXACT_WORDS | _WHICH and words[1:2] and words[1] in _DAY_WORDS | {"date"}:
        kind = Kind.DATE  # "exact day Acme hits 50,000 racks?": the day, not the count it names
    if kind is Kind.WHAT and any(
        a in _EXACT_WORDS | {"genaue", "genauen"} and b in _DAY_WORDS | {"date"} for a, b in pairwise(words)
    ):
        kind = Kind.DATE  # "need the exact day Acme announced it": a day, wherever the question says so
    if _BY_WHAT_YEAR.search(text):
        kind = Kind.DATE  # "by what year must the chip be in production for the earn-out to be paid": a year
    numbers = find_numbers(text, "de")
    found = [n for n in numbers if n.unit not in (None, "year")]
    sums = [n for n in numbers if n.unit is None and n.value >= MIN_AMOUNT]
    stated = tuple(n.value for n in found)
    share_of = tuple(
        n.value
        for n in numbers
        if kind is Kind.PERCENT
        and n.unit not in ("percent", "year")
        and (n.unit is not None or n.value >= MIN_AMOUNT)
    )
    aside = frozenset(
        w for i, w in enumerate(words) if w in names and any(b in _BESIDES for b in words[max(0, i - 4) : i])
    )
    words = _joined(_without_besides(_without_idioms(words), names), names)
    counted = _counted(words, names, _written_small(text, names)) if kind is Kind.COUNT else ()
    target = _targeted(words) if kind is Kind.WHAT else ""
    if target:
        kind, counted = Kind.COUNT, (target,)  # "OAI GPU target for EOY26", "GPU-Ziel": how many GPUs
    # "über wie viele Jahre", "how many years": a number of years (asked as a count or as "läuft")
    span = any(a in ("viele", "many", "wieviele") and b in _TIME_UNITS for a, b in pairwise(words))
    if counted and counted[0] in _TIME_UNITS:
        kind, counted = Kind.DURATION, ()  # "over how many years": a duration, not a count
    if _has(words, ("wie", "alt")) or _has(words, ("how", "old")):
        kind, counted, span = Kind.DURATION, (), True  # an age: years, never a date
    # "how much will the 500 MW stage cost": a unit after a figure is the thing, not the unit asked; nor
    # one after "per" ("price per MWh": a sum for each)
    measure = frozenset(
        unit
        for i, (before, w) in enumerate(zip(["", *words], words, strict=False))
        if not before[:1].isdigit()
        and before not in _PER_WORDS
        # ("welche Chips nutzt das erste Gigawatt": a part by its ordinal is the thing, no unit asked)
        and not (before in ORDINAL_NUMBERS and _WHICH_THINGS.intersection(words))
        and (unit := _measure_of(w))
        # ("was kostet eine Megawattstunde", "was kostet die Kilowattstunde": the price of one, no quantity)
        and not (before in _ONE and _one_costs(words))
        and not _unit_priced(words, i)
    )
    if not measure and _asks_size(words) and any(_starts(w, _LAND_WORDS) for w in words):
        measure = AREA_UNITS  # "how big is the plot", "wie groß ist das Grundstück": its area
    if not measure and (
        any(w.startswith(_TEMPERATURE_WORDS) for w in words)
        # ("wie viel Grad"; not chat's "hab grad gelesen": "gerade")
        or any(a in ("viel", "viele", "wieviel") and b == "grad" for a, b in pairwise(words))
        or any(a in _HOW_WORDS and b in _HOT_WORDS for a, b in pairwise(words))
    ):
        measure = TEMPERATURE_UNITS  # "what temperature", "wie heiß", "how many degrees": °C
    if not measure and _asks_area(words):
        measure = AREA_UNITS  # "what floor space", "welche Produktionsfläche": square metres
    if not measure and any(w in _COMPUTE_WORDS for w in words) and any(_starts(w, _COMPUTERS) for w in words):
        measure = COMPUTE_UNITS  # "what performance will the supercomputer reach": its FLOPS
    what_compute = any(a in _WHAT_ASKS and b in _COMPUTING for a, b in pairwise(words))
    if not measure and kind is Kind.WHAT and what_compute:
        measure = COMPUTE_UNITS | _COMPUTE_POWER  # "what compute will it reach": its speed asked
    if kind in (Kind.MONEY, Kind.WHAT, Kind.COUNT) and measure:
        kind = Kind.MEASURE  # "wie viele GW": gigawatts are measured, not counted
    if kind is Kind.PLACE and measure and any(_starts(w, _THRESHOLD_WORDS) for w in words):
        kind = Kind.MEASURE  # "wo liegt die MW-Grenze": where the bound lies is a figure
    quota = any(_starts(w, _QUOTA_WORDS) or w.endswith(_QUOTA_ENDS) for w in words)
    if quota and kind is Kind.MONEY and not _sum_named(words):
        kind = Kind.PERCENT  # "wie hoch ist die Annahmeschwelle beim Angebot": a share of the shares, no sum
    if kind is Kind.MONEY and any(_starts(w, _OWN_VERBS) for w in words) and not _money_named(words):
        kind = Kind.PERCENT  # "wem gehört wie viel vom Joint Venture", "who owns how much": the shares
    if kind is Kind.MONEY and not measure and _measured(words):
        kind = Kind.MEASURE  # "how much grid connection capacity", "wie viel Leistung": megawatts, no sum
    # "wie viel CO2 stößt es aus", "co2 ersparnis?": tonnes, no sum
    if (
        (kind is Kind.MONEY or (kind is Kind.WHAT and _terse(words)))
        and not measure
        and not _money_named(words)
        and any(_starts(w, _EMISSIONS) for w in words)
    ):
        kind, measure = Kind.MEASURE, frozenset({"tonnes"})
    if kind is Kind.MEASURE and not measure and any(names_amount(w) for w in words):
        kind = Kind.MONEY  # "how big a loss", "wie groß ist der Umsatz": a sum, not a size in gigawatts
    if kind is Kind.MEASURE and not measure:
        # "wie viel Strom verbraucht das Werk pro Jahr": energy over a year; else power
        yearly = any(w in _YEARLY for w in words) or any(_has(words, pair) for pair in _PER_YEAR)
        # ... a link's capacity in bits per second ("what capacity will the cable have")
        measure = ENERGY_UNITS if yearly else frozenset({"GW", "MW", "Tbps", "Gbps"})
        if not _COMPUTING.isdisjoint(w for w in words if w not in names):
            # "wie viel Rechenleistung": FLOPS, or the gigawatts it is counted in ("10 Gigawatt
            # Rechenleistung"), no bandwidth
            measure = COMPUTE_UNITS | _COMPUTE_POWER
        if any(_starts(w, _BANDWIDTH_WORDS) for w in words):
            measure = frozenset({"Tbps", "Gbps"})
        if any(_starts(w, _STORAGE_WORDS) for w in words):
            measure |= ENERGY_UNITS  # "the storage capacity of the battery park": "240 Megawattstunden"
        if _says_heat(words):
            measure |= ENERGY_UNITS  # "wie viel Wärme liefert es": heat is sold by the megawatt-hour
        if any(_starts(w, ("energy", "energie")) for w in words):
            measure |= ENERGY_UNITS  # "how much energy did the run use": "38 Gigawattstunden"
    # a figure of another kind is what the asked one is of: "what does the expansion to 384 GPUs cost"
    priced = kind is Kind.MONEY and any(_starts(w, _PRICE_VERBS) for w in words)
    # ... or "what will the 24 MW expansion cost": the thing priced, whatever its unit
    given = [n for n in found if not (priced and n.unit not in MONEY_UNITS)]
    # ... or one thing priced ("wie teuer ist eine GPU-Stunde": "eine GPU" is no figure given)
    given = [n for n in given if not (kind is Kind.MONEY and normalize(n.raw) in _ONE)]
    # ... and a figure of another kind than the one asked ("the energy, in terawatt-hours, of the 10-GW
    # infrastructure": gigawatts given, terawatt-hours asked)
    given = [n for n in given if not (kind is Kind.MEASURE and measure and n.unit not in of_kind(measure))]
    if (
        given
        and not (kind is Kind.MONEY and all(n.unit == "percent" for n in given))
        and kind in (Kind.MONEY, Kind.PERCENT, Kind.MEASURE)
        and not any(_has(words, p) for p in (*_HOW_MUCH, *_HOW_MANY))
    ):
        # "what is 10 GW compared to": the figure is given, something else is asked (but "the price of
        # the 9.5 % stake" still asks money)
        kind = Kind.WHAT
    claimed = _claimed(words, found + sums) if kind in (Kind.WHAT, Kind.SAID) else None
    claim_of = None
    # (read as English too: "500 billion" is 500 Milliarden, not the German Billionen)
    english = [n for n in find_numbers(text, "en") if n.unit is None and n.value >= MIN_AMOUNT]
    by_figure = [n for n in (*found, *sums, *english) if not _NAMES_A_THING.match(text, n.end)]
    if claimed is not None:  # the figure claimed is the asker's to be told right
        kind, claim_of = claimed, kind
        if kind is Kind.MEASURE:
            measure = frozenset({"GW", "MW"})
    origin = kind is Kind.PLACE and ("woher" in words or ("where" in words and "from" in words))
    # "wie viele Stellen soll das Werk schaffen": the infinitive closing a German question after a modal
    # asks the count; the sentence may say "entstehen"
    final = (
        words[-1]
        if kind is Kind.COUNT
        and counted
        and len(words) > 2
        and words[-1] not in counted
        and words[-1].endswith(("en", "ern", "eln"))
        and any(w in _MODALS for w in words[:-1])
        else ""
    )
    # "pro Jahr", "per year": how the figure is counted, which a sentence may say as "jährlich"
    per = {b for a, b in pairwise(words) if a in ("pro", "per", "je") and b in _TIME_UNITS} | {"pro", "je"}
    # "the rival Skarnholt", "der Konkurrent Skarnholt": which company, no word its sentence must say
    # ... and "der Solarpark Lund": a plant named by its kind
    apposed = {
        a
        for a, b in pairwise(words)
        if (a in _APPOSITIVES or a.endswith(_KIND_ENDINGS) or a.endswith(_FACILITY_KINDS)) and b in names
    }
    apposed |= _source_words(words, names)
    apposed |= {a for a, b in pairwise(words) if b in names and a in _NAME_PREFIXES}  # "Grupa Wartan"
    # "the new plant": after an article or "new", a word is a noun, not a German verb ("plant")
    nouned = {b for a, b in pairwise(words) if a in _NOUN_BEFORE}
    dropped = any(w.startswith(("announc", "ankuendig")) or w == "news" for w in words)
    # "the Tunisian plant", "das tunesische Werk": the site in the country its article names (not "die
    # bahrainische Behörde", "Omani companies": which ones)
    sited = {
        a for a, b in pairwise(words) if demonym(a) and (b in _SITE_NOUNS or b.endswith(FACILITY_ENDINGS))
    }
    topic = tuple(
        dict.fromkeys(
            w
            for w in words
            if w not in KIND_WORDS
            and w not in STOPWORDS
            and not (kind in FIGURE_KINDS and w in per)
            and not names_a_piece(w, words)  # "the Cobalt story": which article, not what it says
            and not (w in MENTION_VERBS and not ARTICLE_WORDS.isdisjoint(words))
            and not (w in CITING_VERBS and asks_which_article(words))
            and w not in names
            and w not in apposed
            and w not in counted
            and w not in sited
            and len(w) >= 3
            # a figure ("500bn", "10gw") is parsed as one; a product's name ("xb300 where") is a word asked,
            # though only context to a figure ("the XB300 site – how many gigawatts")
            and not (
                w[:1].isdigit()
                or (any(c.isdigit() for c in w) and (kind in FIGURE_KINDS or not _PRODUCT.fullmatch(w)))
            )
            and not (kind is Kind.PLACE and _starts(w, _PLACE_VERBS))
            and not (kind is Kind.MEASURE and _measure_of(w) in measure)  # "sqm", "Megawatt": the unit asked
            and not (kind is Kind.MEASURE and _starts(w, _BANDWIDTH_WORDS))  # "bandwidth": Tbit/s asked
            and not (kind is Kind.SAID and (_starts(w, _SAID_WORDS) or _starts(w, _OPINIONS)))
            and not (kind is Kind.DURATION and (_starts(w, _RUN_WORDS) or w in _SPAN_WORDS))
            and not (kind in (Kind.DURATION, Kind.DATE) and w in _TIME_UNITS)
            and not (kind is Kind.MONEY and _starts(w, _PRICE_VERBS))
            and not (kind in FIGURE_KINDS and w in _NAMING)  # "welche Summe nannte der Bericht": the figure
            and not (kind is Kind.MONEY and w in _MONEY_SLANG)  # "wie viel Kohle": the kind asked
            and not (kind in FIGURE_KINDS and w in _GET_VERBS)
            # "auf wie viel schätzt Acme den Schaden": the figure asked, however the sentence estimates it
            and not (
                kind in FIGURE_KINDS
                and (finite_verb(w) or w.startswith("estimat"))
                and _starts(w, _ESTIMATE_VERBS)
            )
            and not (kind is Kind.MONEY and w in _COSTLY)  # "wie teuer": the kind asked
            # "how much is Acme putting into it", "wie viel steckt Acme rein": a sum put in, said any way
            and not (kind is Kind.MONEY and _starts(w, _PUT_VERBS))
            # "wie viel legt Acme dafür hin", "was drückt Acme ab": a verb whose particle closes the question
            # names the sum by an idiom, which the sentence says its own way ("zahlt")
            and not (
                kind is Kind.MONEY and words[-1] in _VERB_PARTICLES and finite_verb(w) and w not in nouned
            )
            and not (kind is Kind.MONEY and w in _RATE_NOUNS)  # "what hourly rate": a sum per something
            # "how fast", "wie stark wird der Anschluss ausgebaut": the kind asked, no word a sentence says
            and not (kind in FIGURE_KINDS and any(w == b and _has(words, (a, b)) for a, b in _HOW_STRONGLY))
            and not (kind is Kind.PERCENT and w in _PORTIONS[1:])  # "what fraction of": the kind asked
            # "die MW-Grenze": a bound asked (`threshold`), which a sentence says by its figure
            and not (kind in FIGURE_KINDS and (_starts(w, _THRESHOLD_WORDS) or w.endswith(_THRESHOLD_ENDS)))
            and not (kind is Kind.ORG and w in _COMPANIES)
            and not (kind in (Kind.ORG, Kind.PERSON) and w in _CALL_WORDS)  # "who is called X": X is asked
            and w not in _DEFINING  # "how does the article define X": what X is, said any way
            and w not in _LIMIT_WORDS  # "maximal": the figure's qualifier asked (`limit`), any word for it
            # "auf welche Spanne", "what range": the figure asked, given as a range ("1,9 bis 2,1 Mrd.")
            and not (kind in FIGURE_KINDS and w in _RANGE_WORDS)
            and not (kind is Kind.PLACE and w in _REGION_ASKS)  # "in welchem Bundesstaat": the kind asked
            # "wem gehört wie viel": the share; "wie viele Aktien hält Roe": the count held, said any way
            and not (kind in (Kind.PERCENT, Kind.COUNT) and _starts(w, _OWN_VERBS))
            # "wie viele Stellen schafft Acme": the verb asks the count; the sentence may say "rechnet mit"
            # (not a cut: "how many jobs does Acme cut" asks the jobs lost, which the sentence must say)
            and not (
                kind is Kind.COUNT and counted and finite_verb(w) and w not in nouned and w not in _JOB_CUTS
            )
            # ... and so does an English verb of holding ("how many sites does Acme run": "betreibt")
            and not (kind is Kind.COUNT and counted and w in _HELD_VERBS)
            # "how many petaflops does it need to have": the figure required ("soll … erreichen")
            and not (kind in FIGURE_KINDS and w in ("need", "needs") and _has_next(words, w, _TO))
            and w not in NOW_WORDS  # "today" asks the state now (`now`), no word a sentence must say
            and w not in _LATEST_WORDS  # "inzwischen": the value as it stands (`latest`), said any way
            # "in der letzten Runde davor": a value before the one now (`earlier`), which no sentence says so
            and not (w == _BEFORE_THAT or (w in _LAST and _BEFORE_THAT in words))
            and w not in _FUNCTION_WORDS
            and not _CHAT_PERIOD.match(w)  # "q4": the time asked (`timed`)
            and not (w in _DROP_WORDS and dropped)  # "drop the announcement": the saying asked
            # "der neue Campus", "the new line": the thing, whether or not a sentence calls its figure new
            # (but "new jobs", "neue Aktien" are counted apart from those there are; a new date is no old one)
            and not (
                w in _NEW_FORMS
                and kind in (Kind.MONEY, Kind.MEASURE, Kind.PERCENT)
                and not _has_next(words, w, SHARE_WORDS)
            )
            and w != final
            # "wie stark fiel die Aktie": the move is asked, its verb need not be the sentence's ("gab nach")
            and not (
                kind is Kind.PERCENT
                and (
                    _starts(w, _MOVE_WORDS)
                    or w in _HOW_FAR_WORDS
                    or w in MOVE_SLANG_UP | MOVE_SLANG_DOWN
                    or w in _GROW_WORDS  # "um wie viel Prozent wächst": "steigt um 38 Prozent"
                )
            )
        )
    )
    # "welcher der vier Partner", "which of the bidders": the set the answer is one of, which its sentence
    # need not name ("Den größten Beitrag leistet der Energieversorger Acme")
    among = _among(words)
    topic = tuple(w for w in topic if w not in among) or topic
    topic = tuple(
        w
        for i, w in enumerate(topic)
        if not (w in _RANKED_ONE and i and _starts(topic[i - 1], _SUPERLATIVES))
    )
    if kind not in FIGURE_KINDS and "most" not in topic and _has(words, ("the", "most")):
        topic += ("most",)  # "which bidder offered the most": the rank asked (a stopword elsewhere)
    if kind is Kind.MONEY and any(w not in MAGNITUDE_WORDS for w in topic):
        # "wie groß ist das Volumen der Anleihe", "the size of the bond": the sum of the thing named after,
        # which its sentence gives as "eine Anleihe über 4,8 Milliarden"
        topic = tuple(w for w in topic if w not in MAGNITUDE_WORDS)
    # ("woher kommt …": the verb asks it; "how many cranes are they putting in": the things counted)
    # ... nor "auf wie viel MW soll Acme kommen": a figure's kind asked by its unit, the verb only reaching it
    measured = kind is Kind.MEASURE and bool(measure)
    if not origin and (any(w not in _LIGHT_VERBS for w in topic) or counted or measured):
        topic = tuple(w for w in topic if w not in _LIGHT_VERBS)
    origin = origin and all(_starts(w, _ORIGIN_VERBS) for w in topic)
    topic = () if origin else topic
    # "im dritten Quartal": the time asked (`timed`), which the sentence or its article names
    timed = {
        w for pair in pairwise(words) if ordinals([pair[0]]) and pair[1].startswith(TIME_NOUNS) for w in pair
    }
    if kind is Kind.PERSON:  # "who will run Acme": who leads it ("Geführt wird Acme von …")
        topic = tuple("lead" if w in _RUNS else w for w in topic)
    if kind in FIGURE_KINDS:
        topic = tuple(w for w in topic if w not in timed)
        if _asks_close(words):  # "hat die Aktie geschlossen": the close, a flag; "Handelsschluss" says it
            topic = tuple(w for w in topic if w not in _CLOSED_WORDS) or topic
        # "at full build-out", "fully built": the last stage, which a sentence says in its own words
        # ("im Endausbau", "im Vollausbau")
        final_said = {w for m in _FINAL_ASKED.finditer(text) for w in normalize(m.group(0)).split()}
        topic = tuple(w for w in topic if w not in final_said or w in _FINAL_WORDS_KEPT) or topic
        # "how much does Acme expect to save": the sum saved (what Acme expects of competitors is asked)
        topic = tuple(w for w in topic if w not in _HOPE_VERBS) or topic
    if conditional:  # "what has to happen before …": the condition, which "happen" does not say
        topic = tuple(w for w in topic if w not in _HAPPEN and not _starts(w, _TIED_WORDS)) or topic
    if any(_has(words, p) for p in _HAPPENS_TO):  # "what happens to the waste heat": what is done with it
        topic = tuple(w for w in topic if w not in _HAPPEN) or topic
    if kind is Kind.MEASURE and measure == AREA_UNITS and any(w in _AREA_WORDS for w in topic):
        # "what floor space": the area asked by its name, which a sentence's square metres answer
        topic = tuple(w for w in topic if w not in _AREA_WORDS) or topic
    prefer: tuple[str, ...] = ()
    if any(w in _WHY or w in _REASON_NOUNS for w in words):
        # "why is it late", "was war die Ursache": a sentence naming a reason ("Schuld sind …", "Als Ursache")
        prefer += (REASON_WORD,)
    if kind is Kind.MONEY and _VALUE_WORDS & set(words) and _CONTRACT_WORDS & set(words):
        prefer += (VALUE_HEAD,)  # "what's the deal worth": its value or volume before another sum it names
    if kind is Kind.MONEY and _asks_size(words):
        prefer += (VOLUME_HEAD,)  # "how big is the bond": its volume, before a sum its money goes to
    per_year = bool(_YEARLY & set(words)) or _has(words, ("pro", "jahr")) or _has(words, ("per", "year"))
    if (
        kind is Kind.WHAT
        and words[:1]
        and words[0] in _WHICH
        and any(asks_role(w) for w in words[1 : 1 + WHICH_REACH])
    ):
        kind = Kind.PERSON  # "welcher Acme-Gründer wird zitiert", "which analyst": a person, by the role
    quoted = not _QUOTE_VERBS.isdisjoint(words)
    asks_who = not _WHICH.isdisjoint(words) or not _WHO_ASKS.isdisjoint(words[:WHICH_REACH])
    if kind in (Kind.WHAT, Kind.SAID) and quoted and asks_who:
        kind = Kind.PERSON  # "which billionaire gets quoted", "welcher Acme-Typ wird zitiert": who is
    if kind is Kind.PERSON:
        # ... the quote the sentence gives, which says no "zitiert"; "Typ", "guy": anyone, no word to find
        # ("gets quoted": the passive's verb)
        topic = tuple(
            w
            for w in topic
            if w not in _QUOTE_VERBS and w not in _SOMEONE and not (quoted and w in _GET_VERBS)
        )
    if kind in (Kind.WHAT, Kind.PERSON) and any(w in _POST_WORDS for w in words):
        kind = Kind.PERSON  # "welchen Posten hat Roe", "what's Roe's job": her title, as a sentence gives it
    describe = any(_starts(w, _DESCRIBE_WORDS) for w in words) or _kind_of_company(words)
    # "what does the article call Acme", "wie nennt der Artikel Acme": what it calls the company
    # (not "wen nennt der Artikel den König der Chips": who is so called is asked)
    describe = describe or (
        any(w in _CALL_WORDS for w in words)
        # ... or "wie wird Acme genannt", "how is Acme called": a company named, asked how it is called (not
        # "wie nennt Roe seinen Plan": what Roe calls a thing)
        and (
            any(w in ARTICLE_WORDS for w in words)
            or (bool(names) and (_called_passive(words) or _calls_a_name(words, names)))
        )
        and not any(w in _WHO for w in words)
    )
    if (
        not describe
        and not _CALL_WORDS.isdisjoint(words)
        and any(a in _WHICH and _starts(b, _ORG_NOUNS) for a, b in pairwise(words))
    ):
        # "which company does the article call a leader in cloud": the one a sentence calls so
        kind = Kind.ORG
        topic = tuple(w for w in topic if w not in _CALL_WORDS)
    if describe:  # what the company is called is asked; the asking words are no words a sentence must say
        kind = Kind.WHAT
        topic = tuple(
            w
            for w in topic
            if not _starts(w, _DESCRIBE_WORDS)
            and w not in _DESCRIBE_ALSO
            and w not in _CALL_WORDS
            and not _starts(w, _ORG_NOUNS)
        )
    # "what is Acme's valuation": an amount, though asked with "what" (not "what risk … for valuations")
    # ... and so is a bare "acme valuation?": nothing but names and the amount's name
    named = (
        bool(topic)
        and all(names_amount(w) for w in topic)
        and (words[0] in _WHAT_WORDS or all(w in topic or w in names for w in words))
    )
    # ... and so is "what market cap could Acme reach": the amount named right after "what"
    named = named or (
        words[:1] != []
        and words[0] in _WHAT_WORDS
        and any(names_amount(w) and w in topic and w not in _STAKE_NOUNS for w in words[1:WHICH_REACH])
        and not any(w.startswith(_RATE_WORDS) for w in words)
    )
    if named and kind is Kind.WHAT:
        kind = Kind.MONEY
    if (
        kind is Kind.WHAT
        and any(w in MAGNITUDE_WORDS for w in topic)
        and any(_starts(w, _FINANCINGS) or names_amount(w) for w in topic)
    ):
        # "what's the size of Acme's bond", "der Umfang der Finanzierung": the sum raised
        kind = Kind.MONEY
        topic = tuple(w for w in topic if w not in MAGNITUDE_WORDS)
    if (
        kind is Kind.WHAT
        and topic
        and all(asks_role(w) for w in topic)
        and all(w in topic or w in names or w in STOPWORDS for w in words)
    ):
        kind = Kind.PERSON  # "acme ceo?": nothing but a name and a role, so who holds it
    if kind is Kind.WHAT and words[:1] and words[0] in _WHAT_WORDS and any(w in _STAKE_NOUNS for w in topic):
        # "what share does Globex get in the JV": its percentage; "what did Acme offer per Globex share",
        # "what did Acme pay for its share": a price
        per_share = any(
            w in ("per", "pro", "je") and any(x in _STAKE_NOUNS for x in words[i + 1 : i + 1 + PER_REACH])
            for i, w in enumerate(words)
        )
        priced = per_share or any(_starts(w, _PRICE_VERBS) for w in words)
        kind = Kind.MONEY if priced else Kind.PERCENT
    if kind is Kind.WHAT and any(_starts(w, _OWNERSHIP) for w in topic):
        # "what's the ownership split of the JV", "Beteiligungsverhältnisse": the parties' percentages
        kind = Kind.PERCENT
        topic = tuple(w for w in topic if not _starts(w, _SPLIT_WORDS))
    if kind is Kind.PERCENT and any(_has(words, p) for p in _INTEREST_RATE):
        # "interest rate": the German "Zins", not the "interest" a stake is ("Beteiligung")
        # (its "rate" is said by "Zins" too: "einen Zins von 14 Prozent")
        topic = tuple(INTEREST_WORD if w == "interest" else w for w in topic if w not in ("rate", "rates"))
    if kind in FIGURE_KINDS:
        # "die Umsatzprognose": the revenue, which a sentence forecasts in its verb ("rechnet mit einem
        # Jahresumsatz von …"), not in the compound
        forecast = any(_forecast_of(w) != w for w in topic)
        topic = tuple(dict.fromkeys(_forecast_of(w) for w in topic))
    if kind in (Kind.MONEY, Kind.PERCENT):
        heads = tuple(
            w
            for w in topic
            if names_amount(w)
            and not _alternative(w, text)
            # "the bid price", "der Angebotspreis": the sum bid, which "bot 318 Mrd." says as its verb
            and not (w in _PRICE_NOUNS and any(_has(words, (b, w)) for b in _BID_NOUNS))
            # "by how many percent did Acme's share price climb": the stock's move, which "die Aktie stieg um"
            # says without a price
            and not (kind is Kind.PERCENT and w in _PRICE_NOUNS and any(_has(words, (q, w)) for q in _QUOTED))
        )
        if kind is Kind.PERCENT:  # "what share of its European workforce": of the workforce before revenue
            prefer += _share_of(words, topic)  # (said by "davon" too: preferred, not required)
            # "the interest rate on the loan", "welchen Zins für den Kredit": the rate is what the sentence
            # must say; the sum it is charged on may be the sentence before's
            rated = tuple(w for w in heads if _starts(w, _RATE_PERCENTS))
            # ... and a rate no amount names is still what must be said ("at what utilisation": not "die
            # Hälfte der Kapazität"), beside the amount asked ("Umsatz aus den Lizenzgebühren")
            unnamed = tuple(w for w in topic if _starts(w, _RATE_PERCENTS) and w not in heads)
            heads = (rated or heads) + unnamed
        if kind is Kind.MONEY:  # "how much did Acme pay for the shares": the shares' price, not the deal's
            heads += tuple(
                w
                for w in topic
                if _starts(w, _PRICED) and not _holder(w) and w not in heads and not _alternative(w, text)
            )
            heads += tuple(w for w in topic if (w == "invest" or _starts(w, _INVESTED)) and w not in heads)
            heads += tuple(w for w in topic if _starts(w, _LOSS_VERBS) and w not in heads)
            # "how much did Acme spend building the site", "the cost to build it": a sum the building took,
            # which its sentence says (not the premium its insurance costs)
            heads += tuple(
                w
                for a, w in pairwise(words)
                if a in _SPENT_ON and w in _BUILDING and w in topic and w not in heads
            )
            # "how much has Acme raised": a sum raised, said by its verb ("eingesammelt"), not a contract's
            # volume (not "the raised offer": a bid made higher)
            heads += tuple(
                w
                for i, w in enumerate(words)
                if w in topic
                and _starts(w, _RAISED_VERBS)
                and w not in heads
                and words[i + 1 : i + 2] not in (["offer"], ["bid"], ["price"], ["angebot"])
            )
            if _company_worth(words, names):  # "wie viel ist Acme wert": Acme's valuation, no price paid
                topic, heads = (*topic, VALUATION), (*heads, VALUATION)
    elif kind is Kind.ORG:  # "which power company": a company the sentence says is of power
        heads = tuple(
            w
            for w, nxt in pairwise(words)
            # "which big tech companies": a list of companies, whose sentence need not say their kind
            if w in topic and _starts(nxt, _ORG_NOUNS) and w not in _RANKING_WORDS and nxt not in _COMPANIES
        )
        # "who is selling the shares": the seller, not the buyer the next sentence names
        heads += tuple(w for w in topic if _starts(w, _TRADE_VERBS) and w not in heads)
        # "which company built the battery": the builder, which a sentence naming the battery's owner is not
        heads += tuple(w for w in topic if w in _BUILT_VERBS and w not in heads)
        # "wer ist der größte Kunde": the one the sentence calls a customer, not the operator it serves
        heads += tuple(w for w in topic if _starts(w, _RELATION_NOUNS) and w not in heads)
    elif kind is Kind.SAID:  # "what does the analyst think": an analyst's words, not the chief executive's
        # ... but "die Stiftung Globex" names who, and its spokeswoman's words are the foundation's
        named_after = {w for w, nxt in pairwise(words) if nxt in names}
        heads = tuple(w for w in topic if _starts(w, _JUDGES) and w not in named_after)
    elif kind is Kind.MEASURE:  # "wie viel Strom erzeugt Acme": its output, not a delivery to one buyer
        heads = tuple(w for w in topic if _starts(w, _GENERATES))
        # ... "the campus's power consumption": what it uses, not what a battery there gives back
        heads += tuple(w for w in topic if _starts(w, _CONSUMES))
    else:
        heads = tuple(w for w in topic if kind is Kind.PLACE and names_place(w))
    # (not a word of a name: "Sierra Leone" asks no leones)
    currencies = frozenset(code for w in words if w not in names for code in _CURRENCY_FORMS.get(w, ()))
    # "die 100 Mrd Dollar in Euro": the currency of a figure given is not the one asked
    currencies = (currencies - {n.unit for n in found}) or currencies
    of_deal = kind is Kind.MONEY and bool(_CONTRACT_WORDS & set(words)) and not any(map(names_amount, topic))
    multiple = _asks_multiple(words)
    if multiple:  # "wievielfach überzeichnet": a multiple ("2,7-fach"), no count of things
        kind, counted, heads = Kind.COUNT, (), ()
        topic = tuple(w for w in topic if not w.startswith(_MULTIPLE_WORDS) and w not in _HOW_OFTEN)
    offered = tuple(w for w in topic if names_amount(w) and _alternative(w, text))
    # (not the year of an article named by its day: "im Artikel vom Juli 2025")
    years = tuple(
        n.value for n in find_numbers(text, "de") if n.unit == "year" and normalize(n.raw) not in names
    )
    return Asked(
        multiple=multiple,
        # (… or "Verlust in Mrd": the scale asks the amount)
        # (... or a field asked by its noun alone: "acme annual loss?")
        amount=bool(heads)
        and (
            named
            or any(_has(words, p) for p in _HOW_MUCH)
            or any(w in _SCALE_WORDS for w in words)
            or _field_asked(words, heads)
        ),
        sum_named=kind is Kind.MONEY and _sum_named(words),
        whole=any(w in _ALL_WORDS for w in words) or _both_sites(words),
        alone=any(w in ALONE_WORDS for w in words) or _on_its_own(words) or _own_money(words),
        limit=_limit(text),
        bound=_bound(words, text),
        unnamed_speaker=kind is Kind.SAID and _unnamed_speaker(words, names),
        of_an_article=any(w in ARTICLE_WORDS for w in words),
        region=kind is Kind.PLACE and any(w in _REGION_ASKS for w in words),
        country=kind is Kind.PLACE and any(w in _COUNTRY_ASKS for w in words),
        years=years,
        moved=kind is Kind.PERCENT and _moves(words),
        # (not one compared with: "wie viel schneller als der Vorgänger")
        other_party=any(
            _starts(w, OTHER_PARTY_WORDS) and not _COMPARED_WITH.union(_THAN).intersection(_before(words, w))
            for w in topic
        ),
        more=kind is Kind.MONEY
        and (
            any(a in _MUCH and b in _MORE for a, b in pairwise(words))
            # "wie viel Lohnerhöhung": a rise, maybe in % (not "was kostet es nach der Erhöhung": a price)
            or any(
                w.endswith(_RAISE_ENDINGS)
                and not (i > 1 and words[i - 2] in _AROUND_WORDS)
                # (not "how much did Acme raise in its funding round": money raised, a verb after "did")
                and not (w == "raise" and _RAISE_AUXILIARIES & set(words[max(0, i - VERB_REACH) : i]))
                for i, w in enumerate(words)
            )
        ),
        stock_moved=kind is Kind.PERCENT and _moves(words) and any(_starts(w, _QUOTED) for w in words),
        stock_at=time_after(words) if any(_starts(w, _QUOTED) for w in words) else "",
        direction=_direction(words) if kind in FIGURE_KINDS else "",
        to_the_day=kind is Kind.DATE and asks_to_the_day(words),
        versions=frozenset((m.group(1).casefold(), m.group(2)) for m in _VERSION.finditer(text)),
        models=frozenset(w for w in words if MODEL_CODE.fullmatch(w)),
        months=frozenset(MONTHS[w] for w in words if w in MONTHS) if kind is Kind.DATE else frozenset(),
        to_the_month=kind is Kind.DATE and asks_the_month(words),
        to_the_quarter=kind is Kind.DATE and any(w in _QUARTER_WORDS for w in words),
        # ... or where ("where did Roe drop the announcement": on social media, at a press conference)
        # ("bekannt gegeben": the words joined)
        announced=kind in (Kind.DATE, Kind.PLACE)
        and (asks_when_announced(normalize(text).split()) or asks_when_announced(words)),
        deadline=kind is Kind.DATE and any(pair in _BY_WHEN for pair in pairwise(words)),
        running=kind is Kind.DURATION and any(_starts(w, _RUN_WORDS) or w in _SPAN_WORDS for w in words),
        share_price=kind is Kind.MONEY and _has(words, ("zu", "welchem", "kurs")),
        starting=kind is Kind.DATE and any(pair in _FROM_WHEN for pair in pairwise(words)),
        holding=kind is Kind.PERCENT and any(_starts(w, _OWN_VERBS) for w in words),
        measure_of=_measured_of(words, names) if kind is Kind.MEASURE else (),
        before_event=_before_event(words),
        unpast=_PAST_ASKED.isdisjoint(words) and not any(participle_root(w) for w in words),
        now=says_now(words) or _headcount(words),
        fresh=kind in FIGURE_KINDS and not _NEW.isdisjoint(words),
        final=kind in (*FIGURE_KINDS, Kind.DATE) and _FINAL_ASKED.search(text) is not None,
        initial=kind in FIGURE_KINDS and _INITIAL_ASKED.search(text) is not None and not _asks_change(words),
        # ... or the same quarter a year before ("net profit in Q3 last year": not the quarter just reported)
        reported=any(w.startswith(REPORT_STARTS) for w in words),
        earlier=_asks_earlier(words) or (_last_year(words) and _chat_period(words)[0] > 0),
        last_year=_last_year(words),
        years_back=years_back(text),
        original=not _EARLIER_ADJECTIVES.isdisjoint(words),
        superlative=(
            tuple(w for w in topic if _starts(w, _SUPERLATIVES) or w in _MOST_SAID)
            if kind not in FIGURE_KINDS
            else ()
        ),
        this_year=_this_year(words),
        latest=not _LATEST_WORDS.isdisjoint(words),
        contended=any(_starts(w, _CONTENDED_WORDS) for w in words),
        change=_asks_change(words),
        region_of=(prefix.group(1).casefold() if (prefix := _REGION_PREFIX.search(text)) else ""),
        thing=_which_run(words, topic) if kind is Kind.WHAT else (),
        done=kind is Kind.DATE and any(matches(w, COMPLETION_WORDS) for w in words),
        # ("which Acme chips": the noun after a name)
        which=next(
            (
                b
                for i, a in enumerate(words)
                if a in _WHICH
                for b in words[i + 1 : i + 3]
                if b not in names and b in topic
            ),
            "",
        )
        if kind in (Kind.WHAT, Kind.ORG)
        else "",
        which_of_name=kind is Kind.WHAT
        and any(
            a in _WHICH and b in names and c in topic
            for a, b, c in zip(words, words[1:], words[2:], strict=False)
        ),
        threshold=any(_starts(w, _THRESHOLD_WORDS) or w.endswith(_THRESHOLD_ENDS) for w in words),
        quota=quota,
        period=next(
            (_PERIOD_STEMS[b[:3]] for a, b in pairwise(words) if a in COUNT_WORDS and b[:3] in _PERIOD_STEMS),
            "",
        )
        if kind is Kind.DURATION
        else "",
        # ... not "wie viele Chips hat Veltrona ausgeliefert": "hat" of a past tense, a number moved
        stock=kind is Kind.COUNT
        and any(w in _HAVE_WORDS for w in words)
        and not any(participle_root(w) for w in words)
        and not _perfect_tense(words, nouned)
        # ... nor "wie viele Ingenieure soll Acme bis Ende 2027 beschäftigen": a plan by a year
        and not (bool(years) and any(w in _MODALS for w in words)),
        length=kind is Kind.DURATION
        and any(a in ("long", "lang", "lange") and b in _COPULAS for a, b in pairwise(words))
        and not any(
            _starts(w, (*_RUN_WORDS, *_TIME_SPENT, "take", "brauch", "bau", "construct")) for w in words
        ),
        # (a fine is money: "wie hoch ist die Strafe für die Chips" asks no count of chips)
        bulk=kind is Kind.MONEY
        and not _money_named(words)
        and not any(names_amount(w) or _starts(w, _HEAD_WORDS) or w.startswith("strafe") for w in words),
        sizing=any(_has(words, p) for p in _HOW_BIG),
        # "wie heißt …"; "in welchem Rechenzentrum": one that has a name
        # ... not "heißt es 'bis zu' oder 'mindestens'": what the article says
        # (not "heißt es 'bis zu' oder 'mindestens'", "heißt das mindestens …": what the article says)
        name=any(
            w in _NAME_ASKS and nxt != "es" and not (nxt == "das" and "mindestens" in words)
            for w, nxt in pairwise([*words, ""])
        )
        or any(a == "name" and b == "of" for a, b in pairwise(words))  # "what's the name of the chip"
        or (kind is Kind.WHAT and any(_in_which(words, i) for i in range(len(words)))),
        describe=describe,
        besides=aside,
        timed=next(
            (
                (min(ordinals([w])), next(t for t in TIME_NOUNS if nxt.startswith(t)))
                for w, nxt in pairwise(words)
                if ordinals([w]) and nxt.startswith(TIME_NOUNS)
            ),
            _chat_period(words),
        ),
        # "the second site"; not "im dritten Quartal", "second half": a time (`timed`)
        ordinal=min(stages(words), default=0),
        term_year=term_year(text),
        span=span,
        rate=any(w in ("pro", "je", "each", "jeweils") for w in words)
        or _SLASH_SPAN.search(text) is not None  # "$/jahr", "GW/yr": a sum per span
        or any(a == "per" and b not in ("the", "article", "artikel") for a, b in pairwise(words))
        or _unit_price(words)
        or _one_costs(words)
        or _falls_to_one(words)
        or _per_unit_named(words),
        # "per GPU", "je Aktie": a sum per thing (not "per year"), which a sentence says with "je"
        per_thing=_one_costs(words)
        or _falls_to_one(words)
        or _per_unit_named(words)
        or any(
            a in ("pro", "je", "per")
            and b not in _TIME_UNITS
            and not b.startswith(TIME_NOUNS)
            and b not in ("the", "article", "artikel")
            for a, b in pairwise(words)
        ),
        home=kind is Kind.PLACE and (any(_starts(w, HOME_WORDS) or names_place(w) for w in words) or origin),
        whence=kind is Kind.PLACE
        and bool(topic)
        and (
            "woher" in words
            or ("wo" in words and words[-1] == "her")
            or ("where" in words and "from" in words)
        ),
        kind=kind,
        counted=counted,
        heads=heads,
        # ("wie viel Schulden / Kredite": sums offered as alternatives, of which one must be found)
        either=offered if len(offered) > 1 else (),
        currencies=currencies,
        measure=measure,
        topic=topic,
        condition=_condition(words, topic),
        conditional=conditional,
        rate_on=_charged_on(words, topic, heads, names) if kind is Kind.PERCENT else (),
        valued=kind is Kind.MONEY and any(w.startswith(_WORTH_WORDS) for w in words),
        one_of=_one_of(words, names) if kind in (Kind.ORG, Kind.PERSON) else (),
        # ("wer steckt 500 Mrd rein": a sum stated with no currency is who's, by the sentence giving it; not
        # a figure naming a thing, "beim 4,5-GW-Projekt", "laut dem 1-Million-GPU-Artikel")
        framed=_framed(words_),
        numbers=tuple(dict.fromkeys(n.value for n in by_figure))
        if kind in (Kind.ORG, Kind.PERSON)
        else stated,
        by_figure=figure_kind(by_figure[0]) if by_figure and kind in (Kind.ORG, Kind.PERSON) else None,
        # (a power or an energy: "the 1 GW stage"; not "the site — 100 acres?", an area claimed)
        sized=tuple(n.value for n in found if n.unit in _SIZING_UNITS),
        periods=frozenset() if kind is Kind.DURATION or checks_claim(words) else periods(text),
        parts=frozenset(parts_named(words)),
        share_of=share_of,
        part_of_sum=kind is Kind.MONEY and any(_has(words, p) for p in _PART_OF),
        owned=_owned(text, names),
        prefer=prefer,
        of_deal=of_deal,
        deal=any(_starts(w, DEAL_WORDS) for w in words),
        source=_source(words, names),
        per_span=(_per_span(words) or _slashed_span(text)) if kind in FIGURE_KINDS else (),
        per=_per(words, names),
        beneficiary=tuple(b for a, b in pairwise(words) if a in FOR_WORDS and b in topic)
        if kind in FIGURE_KINDS
        else (),
        role_of_unnamed=_role_of_unnamed(words, names),
        role_of=_role_of(words, names),
        yearly=kind is Kind.MONEY and per_year,
        # ... not "um wie viel Prozent senkt die Kühlung von Acme den Verbrauch": by how much, a change
        stake_in=_stake_in(words, names)
        if kind is Kind.PERCENT
        and not (_has(words, ("um", "wie", "viel")) or _has(words, ("by", "how", "much")))
        else "",
        maker=_maker(words) if kind in (Kind.WHAT, Kind.ORG) else "",
        payer=payer_asked(words_, names) if kind is Kind.MONEY else "",
        pays=kind is Kind.MONEY and any(w in _PAYING for w in words_),
        receives=kind is Kind.MONEY and not GET_VERBS.isdisjoint(words_) and PAY_VERBS.isdisjoint(words_),
        recipient=kind in (Kind.PERSON, Kind.ORG) and _recipient_asked(words_),
        paid=kind is Kind.MONEY and paid_asked(words_),
        others=not _OTHER_WORDS.isdisjoint(words),
        closing=kind in (Kind.MONEY, Kind.PERCENT) and _asks_close(words_),
        cost=kind is Kind.MONEY and any(_starts(w, ("cost", "kost", "teuer", "expensive")) for w in words),
        total=any(w in _ALL_WORDS or w in _TOTALS for w in words),
        outlook=any(w.startswith(_OUTLOOK_WORDS) or w.endswith(_OUTLOOK_HEADS) for w in words),
        forecast=forecast,
        each_one=kind in FIGURE_KINDS and any(w in _EACH_ONE for w in words),
        claim_of=claim_of,
        per_unit=kind is Kind.MONEY
        and any(
            ((a in _PER_WORDS or (a in _ONE and _one_costs(words))) and _measure_of(b))
            or _unit_priced(words, i + 1)
            for i, (a, b) in enumerate(pairwise(words))
        ),
    )


# Nouns of an electric capacity: "how much … capacity" asks megawatts (unless money is named too).
# A link's capacity, in bits per second ("how much bandwidth", "welche Datenrate")
_BANDWIDTH_WORDS = ("bandwidth", "bandbreite", "datenrate", "throughput", "durchsatz")
_GRID_WORDS = (*_CAPACITY_WORDS, *_BANDWIDTH_WORDS, "netzanschluss")
_CAPACITY_ENDINGS = ("leistung", "kapazitaet")  # "Anschlussleistung", "Gesamtkapazität"


_OF_WORDS = frozenset("vom von der des of".split())


_FACILITY_NOUNS = ("rechenzentr", "datacent", "datacenter", "werk", "campus", "fabrik", "standort", "site")


# The price new shares are issued at is one share's price ("the issue price of the new shares",
# "Ausgabepreis"), as "zu je 31,20 Euro" says it; a closing price is no issue's
_ISSUE_PRICES = frozenset(
    "ausgabepreis ausgabekurs bezugspreis emissionspreis platzierungspreis preisspanne preisspannen".split()
)  # ... and an offer's price range ("Preisspanne von 24,50 bis 28,00 Euro je Aktie")
_PRICE_WORDS = frozenset("price preis kurs".split())
PRICE_WORDS = _PRICE_WORDS | _ISSUE_PRICES  # words naming one share's price, as "zu je 41,50 Kronen" gives it
_NEW = frozenset("new neue neuen".split())
_NEW_FORMS = _NEW | {"neu", "neuer", "neues", "neuem"}
# "das geplante Rechenzentrum", "the planned campus": the thing, whether or not its figure's sentence says so
_NEW_FORMS |= frozenset("geplante geplanten geplanter geplantes planned proposed".split())


def _has_next(words: list[str], word: str, following: frozenset[str]) -> bool:
    """Does `word` stand right before one of `following` somewhere in the question?"""
    return any(a == word and b in following for a, b in pairwise(words))


# Shares issued: "neue Aktien", "neue Anteile", "new units" (a trust's), "Anteilsscheine"


_DOWN_WORDS = frozenset(
    "drop dropped drops fall fell fallen falls sink sank sunk decline declined declines lose lost loses down "
    "plunge plunged slump slumped crash crashed tumble tumbled verlor verloren verliert fiel gefallen faellt "
    "fallen sank gesunken sinkt eingebrochen abgestuerzt nachgegeben minus".split()
)
_UP_WORDS = (
    frozenset(
        "rise rose risen rises gain gained gains climb climbed jump jumped surge surged soar soared up stieg "
        "gestiegen steigt zugelegt legte kletterte sprang plus".split()
    )
    | _GROW_WORDS
)
_CLAIM_WORDS = frozenset(
    "stimmt stimmts true richtig right correct korrekt accurate wahr oder gell really wirklich legit passt "
    "isn".split()  # ("isn't it": "isn", "t")
)  # a claim checked
_WHETHER_OPENERS = frozenset(  # ... or asked yes or no
    "did does do is are was were will has hat haben ist sind war wird wollte wollen kann".split()
)


def checks_claim(words: Sequence[str]) -> bool:
    """ "stimmt es, dass …", "is it true …", "did Acme say …?": a claim is checked, so a figure stated in the
    question (a year, a direction) is the asker's to be told right, not a condition on the answer."""
    return bool(_CLAIM_WORDS.intersection(words)) or (bool(words) and words[0] in _WHETHER_OPENERS)


def figure_kind(number: Number) -> Kind | None:
    """The kind of figure a number is by its unit (a bare sum with its scale is money), if one of those a
    claim is checked for."""
    if number.unit == "percent":
        return Kind.PERCENT
    if number.unit in ("GW", "MW"):
        return Kind.MEASURE
    if number.unit in MONEY_UNITS or (number.unit is None and number.value >= MIN_AMOUNT):
        return Kind.MONEY
    return None


def _claimed(words: list[str], found: list[Number]) -> Kind | None:
    """ "acme ripped 10% on the deal, true?", "Skyport is part of a 50bn push, right?": a claim checked asks
    the kind of figure it states, to be told the right one."""
    if not _CLAIM_WORDS.intersection(words):
        return None
    kinds = {figure_kind(n) for n in found}
    return kinds.pop() if len(kinds) == 1 and None not in kinds else None


def _direction(words: list[str]) -> str:
    """ "how much did the stock drop": "down"; "um wie viel stieg": "up"; "" when both, neither, or a claim
    is checked ("stimmt es, dass die Aktie fiel?": the answer may say it rose)."""
    said = set(words)
    if checks_claim(words):
        return ""
    down, up = bool(said & (_DOWN_WORDS | MOVE_SLANG_DOWN)), bool(said & (_UP_WORDS | MOVE_SLANG_UP))
    return "down" if down and not up else "up" if up and not down else ""


_COSTS = frozenset(
    "kostet kosten kostete gekostet cost costs sell sells sold verkauft zahlt zahlen pay pays".split()
)
_ONE = frozenset("ein eine einen einer one a an single einzelne einzelner einzelnes".split())


ONE_COST_REACH = 3  # words from a cost verb to the one thing priced ("was kostet bei Acme eine GPU-Stunde")
ONE_COST_AFTER = 5  # ... or from the thing to the verb after it ("what did a GPU hour at Acme cost")


_THE_ONE = frozenset("die der das the".split())


def _unit_priced(words: Sequence[str], at: int) -> bool:
    """ "was kostet die Kilowattstunde": the unit at `at` is the one thing priced (a cost word just before
    its article), no quantity of it asked."""
    if at < 1 or words[at - 1] not in _THE_ONE or not _measure_of(words[at]):
        return False
    return bool(_COSTS & set(words[max(0, at - 1 - ONE_COST_REACH) : at - 1]))


def _one_costs(words: tuple[str, ...] | list[str]) -> bool:
    """ "was kostet ein Rack", "what does a single GPU cost": the price of one thing, not the total."""
    for i, word in enumerate(words):
        if word == "an" and i + 1 < len(words) and not words[i + 1].startswith(tuple("aeiouh")):
            continue  # "zahlt Acme an Globex": the German preposition, no English "an" ("an hour")
        if word in _ONE and i + 1 < len(words) and words[i + 1] not in _TIME_UNITS:
            before, after = words[max(0, i - ONE_COST_REACH) : i], words[i + 2 : i + 2 + ONE_COST_AFTER]
            # ... or the verb at the German clause's end ("was hat eine GPU-Stunde bisher gekostet"), or
            # "wie teuer ist eine GPU-Stunde"
            ends = words[-1:] if words[:1] in (["was"], ["wie"]) and word.startswith("ein") else []
            asked_of = _COSTS | _COSTLY
            # ... or asked first, the thing later ("Was kostet bei Acme jetzt eine GPU-Stunde")
            opened = (
                list(words[:1]) in (["was"], ["wie"])
                and asked_of & set(words[1:2])
                and word.startswith("ein")
            )
            if (
                opened
                or asked_of & set(before)
                or (
                    asked_of & {*after, *ends}
                    and (
                        words[:1] in (["what"], ["was"], ["how"])
                        or (words[:1] == ["wie"] and word.startswith("ein"))
                    )
                )
            ):
                return True
    return False


def _unit_price(words: tuple[str, ...] | list[str]) -> bool:
    """ "the issue price of …", "zu welchem Preis werden die neuen Aktien ausgegeben" (not "the closing
    price before the share issue")."""
    pairs = list(pairwise(words))
    if set(words) & _ISSUE_PRICES or any(
        (a == "issue" and b in _PRICE_WORDS) or (a in _PRICE_WORDS and b == "range") for a, b in pairs
    ):
        return True
    return bool(set(words) & _PRICE_WORDS) and any(a in _NEW and b in SHARE_WORDS for a, b in pairs)


def _in_which(words: list[str], i: int) -> bool:
    """ "in welchem Rechenzentrum", "in which data center": a facility that has a name."""
    return (
        words[i] == "in"
        and words[i + 1 : i + 2] != []
        and words[i + 1] in _WHICH
        and any(_starts(w, _FACILITY_NOUNS) for w in words[i + 2 : i + 4])
    )


# a preposition before "wie viel", "how much", "what …": the ones a sentence says before that figure
_FRAMES = {
    "auf": ("auf",),
    "um": ("um",),
    "von": ("von",),
    "to": ("auf", "to"),
    "by": ("um", "by"),
    "from": ("von", "from"),
}
_FRAME_OPENERS = frozenset("wie how what welche welchen welcher welches".split())


def _framed(words: Sequence[str]) -> tuple[str, ...]:
    """ "auf wie viel Grad", "to what temperature", "um wie viel": the prepositions that frame the figure
    asked (not "up to how many": a bound)."""
    for i, (word, after) in enumerate(pairwise(words)):
        if word in _FRAMES and after in _FRAME_OPENERS and not (i and words[i - 1] == "up"):
            return _FRAMES[word]
    return ()


# "the first year of the contract", "im letzten Vertragsjahr" (not "last year": the one before this)
_TERM_YEAR = re.compile(
    r"\b(first|second|third|last|final|erste[nmrs]?|zweite[nmrs]?|dritte[nmrs]?|letzte[nmrs]?)\s+"
    r"(?:(?:full|contract|lease)\s+)?(vertragsjahr\w*|laufzeitjahr\w*|mietjahr\w*|year\s+of|jahr\w*\s+(?:des|der))",
    re.IGNORECASE,
)
_YEAR_PLACES = {
    "firs": 1,
    "erst": 1,
    "seco": 2,
    "zwei": 2,
    "thir": 3,
    "drit": 3,
    "last": -1,
    "fina": -1,
    "letz": -1,
}


# ... and a sentence's "im ersten Jahr", "in the second year": a term's year where it is not the last
_COUNTED_YEAR = re.compile(
    r"\b(first|second|third|erste[nmrs]?|zweite[nmrs]?|dritte[nmrs]?)\s+(?:(?:full|contract|lease)\s+)?"
    r"(?:jahr|year)\b",
    re.IGNORECASE,
)


def term_year(text: str, said: bool = False) -> int:
    """ "in the last year of the contract" → -1, "im ersten Vertragsjahr" → 1; 0 where none is asked.
    `said`: as a sentence says it, where "im ersten Jahr" names the term's first year too."""
    found = _TERM_YEAR.search(text) or (_COUNTED_YEAR.search(text) if said else None)
    return _YEAR_PLACES[found.group(1)[:4].casefold()] if found else 0


_TO_WHOM = frozenset("wem whom".split())
_PASSIVE_AUX = frozenset("was were is are wurde wurden wird werden".split())
_TO_AT_END = frozenset("to an".split())  # "who was the permit issued to", "an wen ging …"


def _recipient_asked(words: Sequence[str]) -> bool:
    """ "who got the permit", "wem wurde … erteilt", "who was granted the permit", "who is it issued to":
    the party a thing goes to is asked, not the one that gives it."""
    if not GET_VERBS.isdisjoint(words) or not _TO_WHOM.isdisjoint(words):
        return True
    if (words[-1:] and words[-1] in _TO_AT_END) or tuple(words[:2]) == ("an", "wen"):
        return True
    # (a passive's participle right after its auxiliary: "who was granted", "wer wurde beauftragt")
    passive = len(words) > 2 and words[1] in _PASSIVE_AUX
    return passive and (words[2].endswith("ed") or bool(participle_root(words[2])))


def _maker(words: list[str]) -> str:
    """ "which chip maker", "welcher Chiphersteller": the maker asked for, a word or two after "which"."""
    for i, word in enumerate(words):
        if word in _WHICH:
            following = words[i + 1 : i + 3]
            maker = next((w for w in following if w.endswith(MAKER_ENDINGS)), "")
            # ... or a company of a trade: "welches Bauunternehmen", "welche Baufirma" (not "welches
            # Unternehmen": any company)
            trade = next(
                (w for w in following if w.endswith(_TRADE_ENDINGS) and not _starts(w, _ORG_NOUNS)), ""
            )
            if trade:  # ... named by its trade's word ("Bau", "Netz"), as "Den Bau übernimmt Globex" says it
                trade = trade[: -len(next(e for e in _TRADE_ENDINGS if trade.endswith(e)))]
                trade = trade[:-1] if trade.endswith("s") and len(trade) > MIN_TRADE else trade
            return maker or (trade if len(trade) >= MIN_TRADE else "")
    return ""


def _part_of(words: list[str]) -> bool:
    """ "wie viel vom Strombedarf", "how much of the power": the part of a whole."""
    return any(a in ("viel", "much") and b in _OF_WORDS for a, b in pairwise(words))


def _measured(words: list[str]) -> bool:
    """ "how much grid connection capacity", "wie viel Leistung": a capacity, with no word of money."""
    if _part_of(words):
        return False  # "wie viel der Kapazität", "how much of the capacity": a share of it
    return any(_starts(w, _GRID_WORDS) and "rechen" not in w for w in words) and not _money_named(words)


_EMISSIONS = ("co2", "kohlendioxid", "emission", "treibhausgas", "ausstoss", "carbon")  # weighed in tonnes
_OWN_VERBS = (
    *("gehoert", "gehoeren", "owns", "own", "besitzt", "besitzen", "haelt", "halten", "holds"),
    *(
        "hielt",
        "hielten",
        "gehalten",
        "owned",
        "held",
        "besass",
        "besassen",
    ),  # ... before: "hielt Acme schon"
    *("keep", "keeps", "behaelt", "behalten", "retain"),  # "how much does the family keep": its shares
)


_MONEY_ENDINGS = ("geld", "gelder", "gebuehr", "gebuehren")  # "Zwangsgeld", "Auflösungsgebühr"


def _money_named(words: list[str]) -> bool:
    """Does the question name money ("Geld", "kostet", "Euro", "Zwangsgeld")?"""
    return any(
        _starts(w, _MONEY_WORDS)
        or _starts(w, _PRICE_VERBS)
        or w in _CURRENCY_FORMS
        or w in _MONEY_SLANG
        or w.endswith(_MONEY_ENDINGS)
        for w in words
    ) or any(
        (a in _SELL_VERBS and b in ("for", "fuer"))  # "what does it sell for"
        or (b in _RENT_WORDS and a in _RENT_BEFORE)  # "die Miete"
        for a, b in pairwise(words)
    )


def _sum_named(words: list[str]) -> bool:
    """Does the question name a sum by a word for one ("value", "Kosten", "Euro"; not "Mrd" alone, which
    scales counts too: "zwei Millionen Chips")?"""
    return any(
        _starts(w, _SUM_NOUNS) or w.endswith(_SUM_ENDINGS) or w in _CURRENCY_FORMS or w in _MONEY_SLANG
        for w in words
    )


_SCALE_WORDS = ("mrd", "milliard", "billion", "bn", "mio", "million")
# The nouns naming a sum and nothing else (not "invest", whose "investors" are people, nor "raise")
_SUM_NOUNS = (
    *(
        "wert",
        "value",
        "valu",
        "worth",
        "volum",
        "capex",
        "opex",
        "verlust",
        "loss",
        "kosten",
        "cost",
        "preis",
    ),
    *("price", "umsatz", "revenue", "gewinn", "profit", "budget", "geld", "money", "summe", "betrag"),
    *("strafe", "penalt", "bussgeld"),
)
# Sums of their own kind, which no other sum is: a penalty ("wie hoch wäre die Vertragsstrafe"; the reader
# asks a sentence to say it, not "Auftragswert"). A "Gesamtbudget" may well be "Zuschüsse von insgesamt …",
# so the list is short.
PENALTY_HEADS = ("strafe",)
_SUM_ENDINGS = tuple(f"{h}{e}" for h in PENALTY_HEADS for e in ("", "n"))
_SELL_VERBS = frozenset("sell sells sold selling verkauft".split())
_STAKE_WORDS = ("prozent", "percent", "anteil", "stake", "beteilig", "share", "ownership", "eigentuemer")
_IN_WORDS = frozenset("an am in of von bei at".split())
STAKE_WINDOW = 4  # words from "Prozent" to the "an" before the company ("Prozent der Anteile an Globex")


_HOLD_VERBS = frozenset(
    "hold holds held own owns owned haelt halten hielt hielten besitzt besitzen besass".split()
)


def acts_as_body(words: list[str], place: str) -> bool:
    """Does the question name the place as a public body that acts ("wie viel zahlt die Stadt Łódź",
    "how much is the NSW government paying")?"""
    size = len(place.split())
    for i in range(len(words) - size + 1):
        if " ".join(words[i : i + size]) != place:
            continue
        before = words[max(0, i - 2) : i]
        after = words[i + size : i + size + 1]
        if (
            (before and before[-1] in PUBLIC_BODIES)  # "die Stadt Łódź"
            or (len(before) == 2 and before[1] == "of" and before[0] in PUBLIC_BODIES)  # "the city of Brno"
            or (after and after[0] in PUBLIC_BODIES)  # "the NSW government"
        ):
            return True
    return False


_SHARE_OF = ("anteil", "share")
_SHARE_LINKS = frozenset("am im".split())  # "Anteil am Umsatz" (not "am Unternehmen", a stake)
_FIRM_NOUNS = ("unternehm", "firma", "gesellschaft", "konzern", "kapital", "joint", "gemeinschaft")
_THE_WORDS = frozenset("the der dem den des die".split())


def _stake_in(words: list[str], names: frozenset[str]) -> str:
    """The name after "Prozent an", "percentage of", "stake in": the company a stake is asked in; the
    last such ("der Anteil von Acme an Globex": Globex)."""
    if any(_starts(w, _GROWTH) for w in words):
        return ""  # "um wie viel Prozent ist der Umsatz von Acme gestiegen": a growth, no stake
    for j, word in enumerate(words[:-2]):
        after = [w for w in words[j + 2 : j + 4] if w not in _THE_WORDS][:1]
        if (
            _starts(word, _SHARE_OF)
            and words[j + 1] in _SHARE_LINKS
            and after
            and after[0] not in names
            and not after[0].startswith(_FIRM_NOUNS)
        ):
            return ""  # "welchen Anteil am Umsatz von Acme hatte Globex": a share of Acme's revenue, no stake
    for i, word in reversed(list(enumerate(words))):
        if (
            word in names
            and i >= 2
            and words[i - 1] in _IN_WORDS
            and words[i + 1 : i + 2] != ["s"]  # "share of Acme's demand": a share of what Acme has
            and (
                any(_starts(w, _STAKE_WORDS) for w in words[max(0, i - 1 - STAKE_WINDOW) : i - 1])
                # "what stake does Nordhafen Ventures hold in Synaptra": the stake asked before its holder
                or (words[i - 2] in _HOLD_VERBS and any(_starts(w, _STAKE_WORDS) for w in words[: i - 2]))
                # "who owns how much of Acme", "wem gehört wie viel an Acme": the stake is the question
                or any(w in _HOLD_VERBS or w in ("gehoert", "gehoeren") for w in words[: i - 1])
                # "how much of Acme does Globex own", "wie viel von Acme gehört Globex": how much, the
                # company, then the holding verb
                or (
                    words[i - 2] in ("much", "viel")
                    and any(w in _HOLD_VERBS or w in ("gehoert", "gehoeren") for w in words[i + 1 :])
                )
            )
        ):
            # (the whole name: "Prozent an Morvik Kraft", whose parent "Morvik Holding" is another company)
            whole = list(takewhile(lambda w: w in names, words[i:]))
            return " ".join(whole) if whole else word
    return ""


COMPOUND_WORD = re.compile(r"(\w+)-(\w+)")
MIN_OWNED = 3  # letters of the noun of a name's compound ("Acme-Werk"); shorter ones are no thing
_NOT_OWNED = ("artikel", "article", "story", "bericht", "beitrag")  # "Acme-Artikel": which article


def _owned(text: str, names: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """The (name, noun) compounds of the question whose first part is a name it asks of ("Globex-Werks")."""
    return tuple(
        (normalize(a), normalize(b))
        for a, b in COMPOUND_WORD.findall(text)
        if normalize(a) in names and len(b) >= MIN_OWNED and not _starts(normalize(b), _NOT_OWNED)
    )


_PER_CENT = frozenset("prozent percent percentage prozentsatz".split())  # "by how many percent … when …"


def _asks_why(words: list[str], text: str) -> bool:
    """ "why …", asking no figure ("how much and why", "why did it fall 4 %" ask or name one)."""
    return (
        any(w in _WHY for w in words)
        and not any(_has(words, p) for p in (*_HOW_MUCH, *_HOW_MANY))
        and not _FIGURE_SIGN.search(text)
    )


def _kind(words: list[str], text: str, names: frozenset[str] = frozenset()) -> Kind:
    how_much = any(_has(words, p) for p in _HOW_MUCH)
    if words[:1] and words[0] in _DAY_NOUNS and not how_much:
        return Kind.DATE  # "Date the Acme deal was announced?", "Datum der Vereinbarung?": its noun first
    if 1 < len(words) <= TERSE_WORDS and words[-1] in _START_NOUNS and QUESTION_WORDS.isdisjoint(words):
        return Kind.DATE  # "acme+globex start?", "Baubeginn Springfield?": a search box's words for when
    if not how_much and any(_starts(w, _JUDGES) for w in words) and any(_starts(w, _OPINIONS) for w in words):
        return Kind.SAID  # "wie bewertet die Analystin den Deal", "what do critics fear": their words
    if (
        names
        and not how_much
        and any(w in _BELIEF_WORDS for w in words)
        and not any(w in _ADDRESSED for w in words)
    ):
        return Kind.SAID  # "what does Roe think compute is", "was hält Acme von dem Plan": their words
    if _has(words, ("s", "take")) and not how_much:
        return Kind.SAID  # "what was Roe's take on it": her view
    # "what did Roe say", not "Roe said a thousand robots by when?" (a date); "Callum" is no "call"; nor
    # "können Sie mir sagen, wer …", "tell me who …": the question after it is what is asked
    # "welche Firmen nennt der Artikel" (the article's name taken out: "nennt der noch"): what it names
    # ... and "wen nennt der Artikel den König der Chips": whom it calls so
    listed = any(w in _WHICH or w in _WHO for w in words) and any(
        w in _NAMING and all(a in ARTICLE_WORDS or a in _NAMED_BY_ARTICLE for a in words[i + 1 : i + 3])
        for i, w in enumerate(words)
    )
    # "welcher Artikel nennt Globex", "which article says …": the article says it; what it says is asked
    cited = asks_which_article(words)
    if (
        not cited
        and any(
            _starts(w, _SAID_WORDS) and not (i + 1 < len(words) and words[i + 1] in _EMBEDDED)
            for i, w in enumerate(words)
            if w not in names and not (listed and w in _NAMING)
        )
        and not how_much
        and not any(w in _WHEN for w in words)
    ):
        if words[:1] and words[0] in _WHAT_NOUN and words[1:2] and words[1] not in STOPWORDS:
            # "What capacity did the court say Acme owes": the figure its noun asks, whoever says it
            unsaid = [w for w in words if not _starts(w, _SAID_WORDS)]
            figure = _kind(unsaid, " ".join(unsaid), names)
            if figure in FIGURE_KINDS:
                return figure
        return Kind.SAID
    padded = [*words, "", ""]
    if not how_much and any(
        a in _WHAT_NOUN and b in _DAY_WORDS | _DAY_NOUNS and not c.startswith(_DAY_PRICED)
        for a, b, c in zip(words, padded[1:-1], padded[2:], strict=True)
    ):
        return Kind.DATE  # "on what date did Acme announce its investments": a day, whatever else is named
    if (
        any(_starts(w, _RATE_PERCENTS) for w in words) or any(_has(words, p) for p in _INTEREST_RATE)
    ) and not any(_has(words, p) for p in _HOW_LONG[:3]):
        return Kind.PERCENT  # "welchen Kupon hat die Anleihe mit zehn Jahren Laufzeit": a rate, not the term
    if any(a in _WHAT_NOUN and b in ("preis", "price") for a, b in pairwise(words)) or _has(
        words, ("zu", "welchem", "kurs")
    ):
        # "zu welchem Preis … am Ende der Laufzeit": a price, whatever time it names; "zu welchem Kurs
        # notierte die Aktie": a share price
        return Kind.MONEY
    if any(_has(words, p) for p in _HOW_LONG):
        return Kind.DURATION
    if (
        how_much
        and any(_starts(w, _CUT_WORDS) for w in words)
        and not names_unit(words)
        and not any(_starts(w, _MONEY_WORDS) for w in words)
    ):
        return Kind.PERCENT  # "how much does liquid cooling cut the energy used": by what share
    by_how_much = _has(words, ("by", "how", "much")) or _has(words, ("um", "wie", "viel"))
    if (any(_has(words, p) for p in _HOW_STRONGLY) or (by_how_much and not names_unit(words))) and any(
        _starts(w, _GROWTH) for w in words
    ):
        return (
            Kind.PERCENT
        )  # "wie stark ist das Geschäft gewachsen", "how fast did revenue grow": by how much
    # "wie viel %" asks a percentage; "the 9.5% stake" states one (and asks something else of it: its price)
    unstated = _STATED_PERCENT.sub("", text)
    asks_percent = "%" in unstated
    if unstated != text and any(_starts(w, _MONEY_WORDS) for w in words):
        return Kind.MONEY
    if how_much and _part_of(words) and not _money_named(words) and not any(c.isdigit() for c in text):
        return Kind.PERCENT  # "wie viel vom Strombedarf", "how much of the electricity": a share of a whole
    portion_of = any(_has(words, (part, "of")) for part in _PORTIONS)  # "what share of", "what portion of"
    # ... "what part of the cost": a part of a sum (not "which part of the state", no money named)
    portion_of = portion_of or (
        (_has(words, ("what", "part", "of")) or _has(words, ("which", "part", "of")))
        and _money_named(words[words.index("part") :])
    )
    # "wann wird die Beteiligung abgeschlossen": when, not how big the stake is
    dated = (
        any(w in _WHEN for w in words) and not asks_percent and not _PER_CENT & set(words) and not how_much
    )
    # "Can Acme sell its stake to someone else?", "Darf Acme seine Anteile verkaufen?": whether, not how much
    whether = bool(words) and words[0] in _MAY and not how_much and not asks_percent
    # "wie viele neue Anteilsscheine": shares counted, no share of anything
    counting = any(_has(words, p) for p in _HOW_MANY) and not asks_percent and not _PER_CENT & set(words)
    if (
        not dated
        and not whether
        and not counting
        and (
            asks_percent or any(_starts(w, _PERCENT_WORDS) or _rate_compound(w) for w in words) or portion_of
        )
    ):
        # "how big is Acme's stake in dollars": the sum; "wie viel Prozent": the share
        currency = any(w in _CURRENCY_FORMS for w in words)
        # "what did Acme pay for the stake": its price ("what portion of the price was paid": a share of it)
        # ... "zu welchem Preis gibt Acme die neuen Anteile aus": a price per share
        priced = currency or (
            any(_starts(w, _PRICE_VERBS) or w in _MONEY_SLANG or w in PRICE_WORDS for w in words)
            and not portion_of
        )
        # "the cost overrun in percent", "by what percentage does Acme cut its costs"
        # ... not a percentage stated ("zu welchem Preis … seine restlichen 22 Prozent verkaufen": a price)
        named_percent = any(
            w in _PERCENT_NAMES and not (i and words[i - 1][:1].isdigit()) for i, w in enumerate(words)
        )
        return Kind.MONEY if priced and not asks_percent and not named_percent else Kind.PERCENT
    moves = _moves(words)
    if moves and any(
        a in _LEVEL_OPENS and (b in _WHICH or b == "what") and c in PRICE_WORDS
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
    ):
        return Kind.MONEY  # "auf welchen Kurs fiel die Aktie", "to what price": the level it reached
    # (not "how much revenue did Acme lose": a sum, the noun right after "much")
    sum_after_much = any(
        a in ("much", "viel", "wieviel") and (_starts(b, _MONEY_WORDS) or b in _MONEY_SLANG)
        for a, b in pairwise(words)
    )
    # ("what is Acme's price increase": the rise named, as a stock's "Kursplus")
    # (not "how many customers are affected by the price increase": a count)
    rise_named = (
        any(w.endswith(_RAISE_ENDINGS) for w in words)
        and any(_starts(w, _PRICES) for w in words)
        and not any(_has(words, p) for p in _HOW_MANY)
    )
    if (how_much or rise_named or any(_has(words, p) for p in _HOW_FAR)) and moves and not sum_after_much:
        return Kind.PERCENT  # "how much did the stock rise", "wie stark fiel die Aktie"
    if moves and any(_starts(w, _QUOTED) for w in words):
        return Kind.PERCENT  # "how did Acme's share price react": by how much it moved, not a price
    # "Anzahl", "number of": a count; "gibts da ne Zahl", "any numbers": some figure, of whatever kind
    how_many = any(_has(words, p) for p in _HOW_MANY)
    if how_many or "anzahl" in words or "stueckzahl" in words or _NUMBER_SIGN.search(text):
        money = any(w in _CURRENCY_FORMS or w in _MONEY_SLANG for w in words)
        # (a thing counted in the singular too: "altmans gpu target, how many mio?")
        if (
            how_many
            and not money
            and any(_COUNTED_THINGS.match(w) or _COUNTED_THINGS.match(f"{w}s") for w in words)
        ):
            return Kind.COUNT  # "altmans gpu target, how many mio?": millions of GPUs, no sum
        if money or any(w in _MAGNITUDES for w in words):
            return Kind.MONEY  # "wie viele Milliarden", "how many dollars", "how many bucks": a sum
        return Kind.COUNT
    # "wer finanziert den Rest": who pays, not how much; "wer investiert 100 Mrd in Acme": who, by the
    # sentence giving that sum (another figure stated, "wer liefert die Hardware für die 10 GW", or one
    # naming a thing, "wer unterstützt das 500-Mrd-Ziel": what the sentence with it says)
    told = _sum_stated(text) or not _FIGURE_SIGN.search(text)
    if any(w in _WHO for w in words) and not how_much and told:
        return _who(words)
    if not how_much and _how_paid(words):
        return Kind.WHAT  # "wie finanziert Acme den Kauf", "how is it funded": the way, not the sum
    if not how_much and _for_what(words):
        return Kind.WHAT  # "wofür verwendet Acme das Geld", "what is the money for": a purpose, not the sum
    # ... and heat ("how much heat per year": megawatt-hours of it; "wie viel Abwärme")
    power = _says_heat(words) or any(
        _starts(w, ("power", "strom", "energie", "energy", "leistung", "electric")) for w in words
    )
    # ... and "wie viel Wärmeleistung": a power by its compound
    power = power or (
        how_much and any(w.endswith("leistung") for w in words) and not any(w in _WHEN for w in words)
    )
    # "power draw of the new supercomputer?", "Stromverbrauch des Campus?": a power asked by its noun
    drawn = any(_starts(w, _DRAW_WORDS) for w in words) and power
    if drawn and not any(_starts(w, _MONEY_WORDS) for w in words) and not any(w in _WHEN for w in words):
        return Kind.MEASURE
    sized = how_much or any(_starts(w, _CAPACITY_WORDS) for w in words)
    # ("das Gesamtvolumen des Stromliefervertrags": a sum by its compound's last part)
    summed = any(_starts(w, _MONEY_WORDS) or w.endswith(_SUM_HEADS) for w in words)
    if sized and power and not summed:
        return Kind.MEASURE  # "how much power", "the power capacity": gigawatts or megawatts
    costly = _has(words, ("wie", "teuer")) or _has(words, ("how", "expensive"))  # "wie teuer ist …": a price
    if any(w in _WHERE for w in words) and not (costly or how_much or any(c in text for c in "$€£¥")):
        return Kind.PLACE  # "wo hat Roe die 1-Mio-GPU-Ansage gemacht": where, whatever sum it names
    if how_much and _things_after_much(words):
        return Kind.COUNT  # "how much jobs", "wie viel Arbeitsplätze", "hoeveel banen": things counted
    if how_much and any(a in _MUCH and b in _TIME_ASKED for a, b in pairwise(words)):
        return Kind.DURATION  # "wie viel Zeit hat der Versorger", "how much time is left": a span of time
    # ("auf welchen Jahresumsatz": a sum by its compound's head, whatever time its first part names)
    # (not "a million chips": a scale before things counted)
    # ("in was für einer Vereinbarung ist der 100-Mrd-Deal festgehalten": a deal its stated sum names)
    named_by_sum = any(w in _WHAT_WORDS for w in words) and deal_named_by_sum(words)
    moneyed = any(
        (
            _starts(w, _MONEY_WORDS)
            and not _scales_things(words, i)
            and not (named_by_sum and i > 0 and words[i - 1].isdigit() and w in _MAGNITUDES)
        )
        or _starts(time_compound(w), _MONEY_WORDS)
        # "what is the annual rent", "wie hoch ist die Miete": the noun, not the verb ("racks they rent")
        or (w in _RENT_WORDS and i > 0 and words[i - 1] in _RENT_BEFORE)
        or w in _MONEY_SLANG  # "TAM for custom chips?", "wie viel Kohle"
        # "was bietet Globex für die Sparte": a bid for a thing is a price
        or (w in _BIDDING and not {"fuer", "for"}.isdisjoint(words[i + 1 :]))
        for i, w in enumerate(words)
    )
    if costly or how_much or moneyed or any(c in text for c in "$€£¥"):
        if any(w in _WHEN for w in words):
            return Kind.DATE
        return Kind.MONEY
    if any(w in _WHEN for w in words):
        return Kind.DATE
    if any(w in _WHERE for w in words) or any(_starts(w, _PLACE_VERBS) for w in words):
        return Kind.PLACE
    for i, word in enumerate(words):
        if word in _WHICH or word in ("what", "was"):
            # "what is the start date"; "which big tech companies": a company two adjectives on
            following = [w for w in words[i + 1 : i + 6] if w not in STOPWORDS][:2]
            if any(w in _COMPANIES for w in [w for w in words[i + 1 : i + 6] if w not in STOPWORDS][:3]):
                return Kind.ORG
            if any(_starts(w, _ORG_NOUNS) or w.endswith(_ORG_ENDINGS) for w in following):
                return Kind.ORG  # ... "which chipmakers", "welche Chiphersteller": companies
            gridded = [w for w in following if _starts(w, _GRID_WORDS) or w.endswith(_CAPACITY_ENDINGS)]
            if any("rechen" not in w for w in gridded) and not _money_named(words):
                return Kind.MEASURE  # "what capacity does the first stage have": megawatts
            if any(_starts(w, _PLACE_NOUNS) for w in following) or following[:1] in (["site"], ["location"]):
                return Kind.PLACE  # ... "which site is planned": a place, as "welcher Standort"
            if any(_starts(w, _DATE_NOUNS) for w in following):
                return Kind.DATE
            # "what was the original handover deadline": a date noun a few words on
            if any(w in _DAY_NOUNS for w in [w for w in words[i + 1 : i + 6] if w not in STOPWORDS][:3]):
                return Kind.DATE
    if not any(w in _WHICH or w in ("what", "was") for w in words) and any(
        w in _DAY_NOUNS or w.endswith(("termin", "datum")) for w in words
    ):
        return Kind.DATE  # "new start date for the campus?", "Starttermin Acme?": a date, asked by its noun
    if any(w.startswith(_FORECASTS) for w in words) and any(_YEAR_WORD.fullmatch(w) for w in words):
        # "Norrvolt Prognose für 2026?", "analyst estimate for 2026": the sum a company or an analyst
        # expects of a year (its revenue), asked by the forecast's noun
        return Kind.MONEY
    if any(w in _NAME_ASKS for w in words) and any(asks_role(w) for w in words):
        return Kind.PERSON  # "wie heißt die Gouverneurin, die …": the name of whoever holds the role
    terse = _terse(words)
    if terse and any(
        asks_role(w) and not _PREPOSITIONS.intersection(words[max(0, i - 2) : i]) for i, w in enumerate(words)
    ):
        # "globex ceo name?", "Acme CFO?": a field asked by its role is whoever holds it (not "lock-up
        # für den Gründer": the role is whose the field is)
        return Kind.PERSON
    if terse and any(_COUNTED_THINGS.search(w) for w in words):
        return Kind.COUNT  # "jobs in springfield?", "Acme GPUs?": things counted, asked by their noun
    if terse and any(w in _GROWTH_RATES for w in words) and not _money_named(words):
        return Kind.PERCENT  # "norrvolt growth rate 2025?", "Wachstum Acme?": by how much, in percent
    if (
        terse
        and any(w.endswith(_CAPACITY_ENDINGS) or w == "capacity" for w in words)
        and not _money_named(words)
        # (not "umoya bucht 60 % der kapazität, stimmt das?": a share of it, claimed)
        and not any(c.isdigit() for c in _YEAR_WORD.sub("", text))
    ):
        # "helvion kapazität ende 2024", "Acme capacity?": the megawatts, asked by their noun
        return Kind.MEASURE
    if terse and words and words[-1] in _FIELD_DATES and not (len(words) > 1 and words[-2] in _PER_WORDS):
        # "acme completion year?", "Baustart Datum?": a date, asked by the field's noun ("sparziel pro jahr":
        # a rate per year, no date)
        return Kind.DATE
    return Kind.WHAT


def _scales_things(words: list[str], i: int) -> bool:
    """ "a million chips", "2 Mio. Jobs": the scale word at `i` counts the things after it."""
    return words[i] in _SCALE_WORDS and i + 1 < len(words) and bool(_COUNTED_THINGS.search(words[i + 1]))


_FORECASTS = ("prognos", "guidance", "forecast", "ausblick", "outlook", "estimat", "schaetzung")
_YEAR_WORD = re.compile(r"(?:19|20)\d\d")
_GROWTH_RATES = frozenset("growth wachstum wachstumsrate zuwachs zuwachsrate wachstumsraten".split())


def _terse(words: list[str]) -> bool:
    """A field asked with no question word ("Acme CFO?", "co2 ersparnis?")."""
    return not any(w in _OPENING_WORDS or w in _ALTERNATIVES for w in words)


def _says_heat(words: list[str]) -> bool:
    """ "how much heat", "wie viel Abwärme": heat, a power or (sold by the megawatt-hour) an energy."""
    return any(_starts(w, ("heat", "waerme")) or w.endswith("waerme") for w in words)


_OPENING_WORDS = QUESTION_WORDS - {"name", "list"}  # ("name" and "list" are fields' words too: "ceo name?")
_FIELD_DATES = frozenset("year jahr date datum termin".split())
_ALTERNATIVES = frozenset("oder or vs versus".split())  # "eigene Chips oder Globex-GPUs?": which of two
_PREPOSITIONS = frozenset("fuer for of von vom des to an bei with mit".split())


def _field_asked(words: list[str], heads: tuple[str, ...]) -> bool:
    """ "acme annual loss?": a sum asked by its noun alone, closing a question with no verb (not "macht
    Acme Gewinn?", which asks whether), or only its time after it ("acme verlust letztes jahr?")."""
    last = max((i for i, w in enumerate(words) if w in heads), default=-1)
    return (
        last >= 0
        and all(w in _LAST or w in _PERIOD_WORDS or w.isdigit() for w in words[last + 1 :])
        and not any(w in _OPENING_WORDS or finite_verb(w) for w in words)
    )


_PERIOD_WORDS = frozenset("year jahr quarter quartal letztes fy".split())


_NUMBER_SIGN = re.compile(r"(?:^|\s)#\s*(?:of\b|[^\W\d])", re.I)  # "# of GPUs", "#sites": a count


# "wie finanziert", "how is it funded", "how does Acme pay": asks the way money comes, not how much
_OTHER_WORDS = frozenset("other others andere anderen anderer anderes uebrigen restlichen remaining".split())
# "the share price at the close", "der Schlusskurs": where the stock closed (trading words for the close)
_CLOSING_WORDS = frozenset("close closing schluss schlusskurs handelsschluss boersenschluss".split())
_CLOSED_WORDS = frozenset("geschlossen schloss closed".split())  # ... said of a stock ("die Aktie schloss")


def _asks_close(words: Sequence[str]) -> bool:
    """ "Schlusskurs", "at the close", "mit welchem Plus hat die Aktie geschlossen": the day's close."""
    stock = any(_starts(w, _QUOTED) for w in words)
    return not _CLOSING_WORDS.isdisjoint(words) or (stock and not _CLOSED_WORDS.isdisjoint(words))


_PAID_VERBS = ("finanzier", "bezahl", "zahlt", "financ", "fund", "paid", "pay", "paying")
_AUXILIARIES = frozenset("is are was were will does do did wird werden wurde wurden soll sollen".split())


def _per(words: list[str], names: frozenset[str]) -> str:
    """The name after "laut" or "according to" ("laut Globex", "according to the Acme statement"), or
    before a verb of saying ("what capacity did Acme say …")."""
    for i, word in enumerate(words):
        if word in ("laut", "according"):
            ahead = words[i + 1 : i + 2 + SOURCE_REACH]
            return next((w for w in ahead if w in names), "")
        if i and words[i - 1] in names and word in _SAY_VERBS:
            return words[i - 1]
    return ""


def _source_words(words: list[str], names: frozenset[str]) -> set[str]:
    """ "laut Betriebsrat Hammes", "according to analyst Roe": who says it, up to their name; no word the
    sentence with the figure must say."""
    out: set[str] = set()
    for i, word in enumerate(words):
        if word not in ("laut", "according", "per"):
            continue
        ahead = words[i + 1 : i + 2 + SOURCE_REACH]
        named = [j for j, w in enumerate(ahead) if w in names]
        if named and named[0] < SOURCE_REACH:
            out.update(w for w in ahead[: named[0]] if w not in names)
    return out


SOURCE_REACH = 3  # words after "laut" within which the source's name stands ("laut dem Betriebsrat Hammes")
# ... and the endings of a company's kind before its name ("die Spitalgruppe Limmatra")
_KIND_ENDINGS = (
    "gruppe",
    "konzern",
    "anbieter",
    "betreiber",
    "hersteller",
    "versorger",
    "unternehmen",
    "firma",
)
# Nouns that name a company's role right before its name ("the rival Skarnholt")
_FACILITY_KINDS = (*FACILITY_ENDINGS, "park", "plant")
_APPOSITIVES = frozenset(
    "rival rivale konkurrent konkurrentin competitor wettbewerber partner partnerin startup company firma "
    "konzern unternehmen anbieter provider".split()
)
# Words that may stand for a speaker without naming one: roles, pronouns, the article itself
_SPEAKER_WORDS = frozenset(
    "he she they it er sie es ceo cfo cto chef chefin boss founder gruender gruenderin president praesident "
    "chairman vorsitzende vorsitzender vorstand sprecher sprecherin spokesperson spokesman company firma "
    "unternehmen management leute people".split()
)
_SAY_VERBS = frozenset("say says said sagt sagte gesagt sagen meint meinte think thinks".split())
_SPEAKER_OPENERS = frozenset("did does do hat haben sagt sagte meint meinte".split())


_BODY_ENDINGS = (
    *("verband", "verbaende", "behoerde", "agentur", "gericht", "regierung", "ministerium", "kommission"),
    *("gewerkschaft", "rat", "initiative", "organisation", "vereinigung", "kammer", "aufsicht"),
)
_DEGREES = frozenset("prof dr professor professorin doktor".split())  # "what did prof Roe say"


def _unnamed_speaker(words: list[str], names: frozenset[str]) -> bool:
    """ "what did Zuck say", "was sagt Doe": the words naming who speaks ("did … say", "sagt …") hold one
    that is no name the question found, nor a role, pronoun or judge ("the CEO", "analysts")."""
    for i, word in enumerate(words):
        if word not in _SPEAKER_OPENERS:
            continue
        slot = []
        for nxt in words[i + 1 : i + 4]:
            if nxt in _SAY_VERBS or nxt in ("zu", "about", "on", "ueber", "zum", "zur"):
                break
            slot.append(nxt)
        else:
            continue
        if word in ("sagt", "sagte", "meint", "meinte") and not slot:
            continue
        unknown = [
            w
            for w in slot
            if len(w) >= 3
            and w not in names
            and w not in STOPWORDS
            and w not in ARTICLE_WORDS
            and w not in _SPEAKER_WORDS
            and not _starts(w, _JUDGES)
            and not asks_role(w)  # "was sagte die Finanzchefin": a title, said by whoever holds it
            and w not in _DEGREES
            # "was sagt der Branchenverband": a word or a body by its kind ("-verband", "-rat"), no name
            and not dictionary_word(w)
            and not w.endswith(_BODY_ENDINGS)
        ]
        return bool(unknown)
    return False


# The loader's qualifier words (bot/knowledge/quotes.py), and the ones a question adds ("max", "minimum")
_LIMITS = tuple(
    (q, re.compile(rf"(?<!\w)(?:{QUALIFIER_BEFORE[q]}|{extra})(?!\w)", re.I))
    for q, extra in ((Qualifier.UP_TO, "max|maximum|hoechstens"), (Qualifier.AT_LEAST, "minimum"))
)


_CHOICE = re.compile(r"\b(?:oder|or|vs|versus)\b|/", re.I)


def _bound(words: list[str], text: str) -> Qualifier | None:
    """The one bound a question asks ("höchstens", "minimum"), where it asks no choice of bounds and checks
    no figure it states ("stimmt es, dass es mindestens 10 GW sind": the asker is told the bound given)."""
    if checks_claim(words) or any(c.isdigit() for c in _YEAR.sub(" ", text)):
        return None
    found = [q for q, pattern in _LIMITS if pattern.search(text)]
    return found[0] if len(found) == 1 and not _CHOICE.search(text) else None


_FLOORS = frozenset({Qualifier.AT_LEAST, Qualifier.MORE_THAN})


def against_bound(bound: Qualifier | None, qualifier: Qualifier | None) -> bool:
    """Does a figure's qualifier give the other bound than the one asked ("höchstens" asked, "mehr als"
    given; "minimum" asked, "bis zu" given)?"""
    if bound is Qualifier.UP_TO:
        return qualifier in _FLOORS
    return bound is Qualifier.AT_LEAST and qualifier is Qualifier.UP_TO


def _limit(text: str) -> Qualifier | None:
    """ "how many chips at most" → UP_TO; "mindestens" → AT_LEAST."""
    return next((q for q, pattern in _LIMITS if pattern.search(text)), None)


_SORT_WORDS = frozenset("art arten sorte sorten kind kinds sort sorts type types".split())
_SORT_OF = frozenset("of von".split())
MAX_WHICH_RUN = 2  # nouns after "which" read as one thing ("which power plant"); more are a clause


def _which_run(words: list[str], topic: tuple[str, ...]) -> tuple[str, ...]:
    """ "which power plant will …": the two nouns naming the thing asked, which the answer must say; none
    where the words after "which" do not end on a function word ("which deal came shortly before")."""
    for i, word in enumerate(words):
        if word not in _WHICH:
            continue
        run: list[str] = []
        rest = list(words[i + 1 :])
        while rest[:1] and rest[0] in _SORT_WORDS | _SORT_OF:
            rest = rest[1:]  # "welche Art von Jobs", "which kind of chips": the jobs, the chips
        for after in rest:
            if after not in topic:
                break
            run.append(after)
        ended = len(run) < len(rest) and rest[len(run)] in STOPWORDS
        # (a German compound, "welches Kraftwerk", may be a kind as often as a thing: only an English
        # compound of two nouns is sure to name one)
        return tuple(run) if word == "which" and ended and len(run) == MAX_WHICH_RUN else ()
    return ()


_PURPOSE_WORDS = frozenset("wofuer wofur wozu".split())
_PURPOSE_PHRASES = (("zu", "welchem", "zweck"), ("for", "what", "purpose"), ("what", "for"))


def _for_what(words: list[str]) -> bool:
    """ "wofür soll das Geld verwendet werden", "zu welchem Zweck", "what will Acme use the money for": the
    use a thing is put to ("what … for" with the question's last word)."""
    if any(w in _PURPOSE_WORDS for w in words) or any(_has(words, p) for p in _PURPOSE_PHRASES):
        return True
    if not (len(words) > 2 and words[0] == "what" and words[-1] == "for"):
        return False
    # ... not a measure the thing is built for ("what is the maximum capacity the campus is designed for")
    following = [w for w in words[1:6] if w not in STOPWORDS][:2]
    return not any(_starts(w, _GRID_WORDS) or w.endswith(_CAPACITY_ENDINGS) for w in following)


def _how_paid(words: list[str]) -> bool:
    """ "wie finanziert Acme den Kauf", "how is the deal funded": "wie"/"how" right before a paying verb,
    past auxiliaries and up to two words of the subject ("how is the deal funded")."""
    for i, word in enumerate(words):
        if word not in ("wie", "how"):
            continue
        rest = [w for w in words[i + 1 : i + 6] if w not in _AUXILIARIES]
        if rest and _starts(rest[0], _PAID_VERBS):
            return True
        if word == "how" and any(_starts(w, _PAID_VERBS) and w.endswith("ed") for w in rest[:4]):
            return True
    return False


_HOW_STRONGLY = (("wie", "stark"), ("wie", "sehr"), ("how", "fast"), ("how", "strongly"), ("how", "quickly"))
_GROWTH = (
    "increase",
    "gewachsen",
    "wuchs",
    "waechst",
    "wachsen",
    "grew",
    "grow",
    "gestiegen",
    "stieg",
    "steig",
    "zugelegt",
)


# Cutting what is counted: "how many jobs does Acme cut", "wie viele Stellen streicht Acme"
_JOB_CUTS = frozenset("cut cuts cutting streicht streichen strich kuerzt entlaesst entlassen".split())
# Lowering something: "senkt den Energiebedarf um bis zu 40 Prozent"
_CUT_WORDS = ("cut", "reduce", "reducing", "lower", "senk", "gesenkt", "reduzier", "verringer", "drueck")


_ONE_EACH = frozenset("einen eine ein jeden jede jedes".split())
_FALLS_VERBS = ("komm", "entfall", "entfaell")


def _falls_to_one(words: list[str]) -> bool:
    """ "wie viel Investition kommt auf einen Arbeitsplatz", "was entfällt auf jede Aktie": a sum per one."""
    return any(a == "auf" and b in _ONE_EACH for a, b in pairwise(words)) and any(
        _starts(w, _FALLS_VERBS) for w in words
    )


def _moves(words: list[str]) -> bool:
    """Does the question ask a price's move ("stieg", "pop"; "Acme stock – up or down?": short move words
    beside a stock word only)?"""
    if any(
        (_starts(w, _MOVE_WORDS) or w in MOVE_SLANG_UP or w in MOVE_SLANG_DOWN)
        # (not "im Text über den Kurssprung, was prüfen …": the move names the article asked of)
        and ARTICLE_WORDS.isdisjoint(words[max(0, i - ARTICLE_TOPIC_REACH) : i])
        # (nor "allowed to pump" water: a verb of its own, after "to")
        and not (i and words[i - 1] == "to" and w in MOVE_SLANG_UP | MOVE_SLANG_DOWN)
        for i, w in enumerate(words)
    ):
        return True
    # "by how much is Acme raising its prices", "um wie viel erhöht Acme die Preise": a price's move (a
    # company raises a sum too: "how much did Acme raise" asks the money, so only beside a price word)
    if any(_starts(w, _RAISE_VERBS) for w in words) and any(_starts(w, _PRICES) for w in words):
        return True
    if any(_starts(w, _CUT_VERBS) for w in words) and any(_starts(w, (*_PRICES, *_COSTS_CUT)) for w in words):
        return True
    counts = any(_has(words, p) for p in _HOW_MANY)  # "how many shares does Acme pick up": a count
    # ("how much will Acme's prices go up": a price's move too)
    moved = any(_starts(w, _QUOTED) or _starts(w, _PRICES) for w in words)
    return not counts and any(w in _MOVE_SHORT for w in words) and moved


_FIGURE_SIGN = re.compile(r"[\d$€£¥]")


def _sum_stated(text: str) -> bool:
    """Does the question state a sum of money, not as the start of a compound ("100 Mrd", "$500bn";
    not "das 500-Mrd-Ziel")?"""
    return any(
        (n.unit in MONEY_UNITS or (n.unit is None and n.value >= MIN_AMOUNT))
        and not _NAMES_A_THING.match(text, n.end)
        for n in find_numbers(text, "de")
    )


_NAMES_A_THING = re.compile(r"-[^\W\d]")  # "4,5-GW-Projekt": a figure opening a compound names a thing
ARTICLE_TOPIC_REACH = 3  # words after "Text", "article" within which a word says what the article is about
_OF = frozenset("of von der des bei at".split())
_DESCRIBED_HEADS = (
    *("maker", "designer", "developer", "company", "firm", "giant", "provider", "operator", "lab"),
    *(normalize(e) for e in DESCRIPTOR_ENDINGS if e != "partner"),
    *(normalize(e) + "s" for e in DESCRIPTOR_ENDINGS if e != "partner"),  # "des Chipentwicklers"
)


_COME_VERBS = frozenset("kommt kommen come comes coming stammt stammen stammt".split())
_FROM_WORDS = frozenset("aus from von".split())


def _source(words: list[str], names: frozenset[str]) -> tuple[str, ...]:
    """ "kommt aus erneuerbaren Quellen", "come from wind and solar": the words naming where an amount comes
    from (not a name: "kommt von Acme" asks who)."""
    for i, (word, nxt) in enumerate(pairwise(words)):
        if word in _COME_VERBS and nxt in _FROM_WORDS:
            source: list[str] = []
            for later in words[i + 2 : i + 2 + SOURCE_REACH]:
                if later in names:
                    # "kommt von Acme": who, not a source ("aus erneuerbaren (Acme)": the source ends there)
                    return tuple(source)
                if later in STOPWORDS or len(later) < 3:
                    if source:
                        break  # "from renewables bei Acme": the source ends at the preposition
                    continue  # "aus dem Solarpark"
                source.append(later)
            return tuple(source)
    return ()


_SHARE_OF_WORDS = _STAKE_NOUNS | frozenset("percentage proportion portion prozentsatz quote".split())


def _share_of(words: list[str], topic: tuple[str, ...]) -> tuple[str, ...]:
    """The noun a share is asked of ("what share of its European workforce", "welcher Anteil der
    Belegschaft"): the last topic word of the run right after "of"; none when a name follows ("Anteil an
    Acme")."""
    for i, (word, nxt) in enumerate(pairwise(words)):
        if word in _SHARE_OF_WORDS and nxt in _OF_WORDS:
            run: list[str] = []
            for later in words[i + 2 : i + 2 + SHARE_OF_REACH]:
                if later in topic and not finite_verb(later):  # "Anteil der Belegschaft fällt weg"
                    run.append(later)
                elif run or later not in _POSSESSIVES:
                    break
            return tuple(run[-1:])
    return ()


SHARE_OF_REACH = 4  # words after "share of" that may hold the noun ("of its new European workforce")
_CHARGED_ON = frozenset("auf fuer on for".split())
RATE_ON_REACH = 5  # words from a rate to its "auf" ("interest rate does Acme pay on …")


def _charged_on(
    words: list[str], topic: tuple[str, ...], heads: tuple[str, ...], names: AbstractSet[str]
) -> tuple[str, ...]:
    """What a rate asked is charged on ("welchen Zins zahlt Acme auf den Bankkredit": "bankkredit"; "the
    interest on the bank loan": "loan"): the last word of the run of topic words after "auf" / "on" / "für"
    a few words after the rate."""
    for i, word in enumerate(words):
        rate = word if word in heads else INTEREST_WORD if word == "interest" else ""
        if rate not in heads or not _starts(rate, _RATE_PERCENTS):
            continue
        for j in range(i + 1, min(len(words), i + 1 + RATE_ON_REACH)):
            if words[j] in _CHARGED_ON:
                run: list[str] = []
                for later in words[j + 1 : j + 1 + SHARE_OF_REACH]:
                    if later in topic and not finite_verb(later):
                        run.append(later)
                    elif run or not (later in _POSSESSIVES or later in names):  # ("on the Acme bond")
                        break
                return tuple(run[-1:])
    return ()


_POSSESSIVES = frozenset("its their his her the a der die das des dem den seiner ihrer seines ihres".split())


# Who speaks for a company besides a title: "Acme's management", "die Acme-Führung", "Acme's chief executive".
SPEAKER_WORDS = frozenset(
    "management manager leadership executives execs exec chief chairman vorstand vorstandschef fuehrung "
    "spitze sprecher sprecherin spokesperson spokesman gruender gruenderin finanzchef finanzchefin".split()
)


def _role_of(words: list[str], names: frozenset[str]) -> str:
    """ "acme's ceo", "der acme chef", "ceo of acme", "chef von acme", "acme's management": the name beside
    the role, whose holder's words are asked."""
    for i, word in enumerate(words):
        if not (asks_role(word) or word in SPEAKER_WORDS):
            continue
        before = words[i - 2] if i >= 2 and words[i - 1] == "s" else words[i - 1] if i else ""
        if before in names:
            return before
        rest = [w for w in words[i + 1 : i + 4] if w not in ("the", "a", "dem", "den", "die", "das")]
        if len(rest) >= 2 and rest[0] in _OF and rest[1] in names:
            return rest[1]
    return ""


def _role_of_unnamed(words: list[str], names: frozenset[str]) -> bool:
    """ "the ceo of the chip designer", "der Chef des Chipentwicklers": a role, then a company by its kind."""
    for i, word in enumerate(words):
        if not asks_role(word):
            continue
        rest = [w for w in words[i + 1 : i + 5] if w not in ("the", "a", "dem", "den", "die", "das")]
        if not rest or rest[0] not in _OF:
            continue
        for nxt in rest[1:3]:
            if nxt in names or nxt.startswith(MADE_ONE):
                break  # ("the CEO of the merged company": the one the article's two make)
            if nxt.endswith(_DESCRIBED_HEADS):
                return True
    return False


def _who(words: list[str]) -> Kind:
    """ "who's the cloud partner", "wer ist der Partner": a company is asked, not a person ("wer ist
    Konzernchef bei Acme": a person, whose title starts like a company noun)."""
    org_at = next(
        (i for i, w in enumerate(words) if _starts(w, _ORG_NOUNS) and not w.endswith(_ROLE_ENDINGS)), None
    )
    if org_at is not None and any(asks_role(w) or w in _LEADS for w in words[:org_at]):
        # "who's the ceo of the chip designer …", "who will run the merged company": a person, by a role at
        # the company or by leading it
        return Kind.PERSON
    org = org_at is not None
    if not org and any(asks_role(w) for w in words):
        return Kind.PERSON  # "wer ist die Chefin der Agentur, die Acme den Zuschlag gab": the one titled
    # "who else does Acme want to team up with": a partner of a company is a company
    org = org or any(_starts(w, _PARTNER_VERBS) for w in words) or _has(words, ("work", "with"))
    # "mit wem entwickelt Acme eigene Chips", "with whom does Acme build it": the partner in a deal
    org = org or _has(words, ("mit", "wem")) or _has(words, ("with", "whom")) or _has(words, ("with", "who"))
    # ... "who is Acme co-developing its chips with": the partner, the preposition closing the question
    org = org or (bool(words) and words[-1] == "with" and any(w in ("who", "whom") for w in words[:2]))
    org = org or any(_starts(w, _RELATION_NOUNS) for w in words[:RELATION_REACH])
    # "who won the tender", "wer bekam den Zuschlag": a bidder, which is a company (not "who commented on
    # the tender": a person speaks)
    org = org or (
        any(_starts(w, _AWARD_WORDS) for w in words)
        and not any(_starts(w, (*_SAID_WORDS, "comment")) for w in words)
    )
    return Kind.ORG if org else Kind.PERSON


_AWARD_WORDS = ("tender", "ausschreibung", "zuschlag", "vergabe", "bidder", "bieter")


def _written_small(text: str, names: frozenset[str]) -> frozenset[str]:
    """The words a question that capitalises its nouns writes small ("Wie viele Arbeitsplätze entstehen"):
    no nouns; nothing where it writes all small but names ("wie viele jobs entstehen bei Acme")."""
    tokens = text.split()[1:]
    if not any(t[:1].isupper() and not set(normalize(t).split()) <= names for t in tokens):
        return frozenset()
    return frozenset(w for t in tokens if t[:1].islower() for w in normalize(t).split())


def _counted(
    words: list[str], names: frozenset[str] | set[str], small: frozenset[str] = frozenset()
) -> tuple[str, ...]:
    """The noun phrase after "how many" / "wie viele" ("feste Stellen", "AI accelerators"); `small`: the
    words the question writes small, none of which a German noun after the first can be."""
    for i, word in enumerate(words):
        if word in ("much", "viel", "wieviel") and _things_after_much(words[i:]):
            word = "many" if word == "much" else "viele"  # "how much jobs": as many
        vielen = word == "vielen" and i > 0 and words[i - 1] == "wie"  # "mit wie vielen GPUs"
        if word in ("viele", "many", "wieviele", "anzahl", "stueckzahl", "number") or vielen:
            run: list[str] = []
            # "wie viele Firmen waren von dem Ausfall betroffen": companies counted, where no other noun is
            firms = [w for w in words[i + 1 : i + 2] if w in _COMPANIES]
            for nxt in words[i + 1 : i + 5]:
                if nxt in _PEOPLE_WORDS and not run:
                    if set(words[i + 2 : i + 4]) & _RESIDE_WORDS:
                        return ("einwohner",)  # "how many people live in Springfield": its inhabitants
                    return ("people",)  # "wie viele Leute arbeiten bei Acme": its staff
                if nxt in _PER_WORDS and run:
                    break  # "wie viele Wafer pro Monat": wafers counted, a month is what they are per
                if nxt in ("der", "of", "the", "die", "an", "neue", "new") or nxt in names or nxt.isdigit():
                    continue  # ("how many Glacis 400 cooling units": a model's number is no noun)
                if firms and not run and _participle(nxt):
                    break  # "wie viele Firmen sind betroffen", "how many companies were affected": the firms
                if not run and word in ("anzahl", "number") and finite_verb(nxt):
                    break  # "um welche Anzahl geht es": the count's noun was said before, not after
                counted_text = not run and (nxt in ARTICLE_WORDS or nxt.rstrip("s") in ARTICLE_WORDS)
                if (nxt in STOPWORDS or nxt in KIND_WORDS or len(nxt) < 3) and not counted_text:
                    # ... but "how many articles does Acme license" counts texts, no pointer to the article
                    if run:
                        break
                    continue
                if run and word != "many" and (finite_verb(nxt) or nxt in small):
                    break  # "wie viele Windräder stellt Acme auf", "Stellen entstehen": a verb ends it
                run.append(nxt)
                if len(run) == 3:
                    break
            if word == "many" and len(run) > 1:
                # English puts the verb right after the noun ("how many ppl work at"): the run ends with
                # its last plural ("AI accelerators"), or is its first word.
                plural = [i for i, w in enumerate(run) if w.endswith("s") and dictionary_word(w)]
                run = run[: plural[-1] + 1] if plural else run[:1]
            if run and _measure_of(run[0]):
                return ()  # "how many gigawatt (plans …)": a measure asked in its unit, nothing counted
            return tuple(run) or tuple(firms)
    return ()


def terse_counted(words: list[str], topic: tuple[str, ...] = ()) -> tuple[str, ...]:
    """ "Crestline jobs?", "Acme GPUs?": the noun a terse question counts by, as after "how many"; "kestrel
    option on more chips - how many?": the last noun asked before a closing "how many"; or ()."""
    if _terse(words):
        return tuple(w for w in words if _COUNTED_THINGS.search(w))[:1]
    closing = words[-2:] in (["how", "many"], ["wie", "viele"]) or words[-1:] in (["wieviele"], ["anzahl"])
    if not (closing and topic):
        return ()
    # ("permanent jobs at the new gas plant - how many?": the jobs, a count's noun, not the plant)
    counted = [t for t in topic if _COUNTED_THINGS.search(t)]
    return tuple(counted[-1:]) or topic[-1:]


_TARGET_WORDS = frozenset("target targets ziel ziele goal".split())  # "GPU target": a number aimed at


def _targeted(words: list[str]) -> str:
    """ "gpu target", "GPU-Ziel", "jobs goal": the things one counts whose number is a target, or ""."""
    return next(
        (
            a
            for a, b in pairwise(words)
            if b in _TARGET_WORDS and (_COUNTED_THINGS.search(a) or a in _COUNTED_UNITS)
        ),
        "",
    )


# things a target counts, written in the singular ("GPU-Ziel"; the plural `_COUNTED_THINGS` knows)
_COUNTED_UNITS = frozenset("gpu chip server rack job stelle".split())


def _per_unit_named(words: list[str]) -> bool:
    """ "für jedes Gigawatt", "gpus by gigawatt": a measure's unit after a word of "per" (a rate asked)."""
    return bool(per_unit_word(words))


def per_unit_word(words: list[str]) -> str:
    """The measure's unit a rate is asked per ("gigawatt" of "how many GPUs per gigawatt"), else ""."""
    return next((b for a, b in pairwise(words) if a in _PER_WORDS and _measure_of(b)), "")


# "per GW", "je Aktie", "für jeden Megawatt"; and "by" right before a unit ("gpus by gigawatt": the
# Portuguese "por" read so)
_PER_WORDS = frozenset("pro per je each every jede jeden jedes jeder by".split())
_TIME_ASKED = frozenset("zeit time".split())
_NOUN_BEFORE = frozenset(
    "the a an new this that its their der die das den dem ein eine einen neue neuen".split()
)


def finite_verb(word: str) -> bool:
    """ "stellt", "baut", "kauft": a German verb's third person (its infinitive a word of the list)."""
    return word.endswith("t") and dictionary_word(word[:-1] + "en")


_NOT_PLURALS = frozenset({"news"})  # English words that look like a member's plural and are not
MIN_GLOSSARY_PREFIX = 4  # a member this long matches every word it starts; a shorter one only itself
# ... but a short member ("head") starts a word only with an ending ("heads"), not another word
# ("headcount"): a compound means its last part. A member of LONG_MEMBER letters is a stem ("investi").
SHORT_MEMBER_ENDING = 3
LONG_MEMBER = 6
SHORT_MEMBER = 3  # a member this short ("bau") is a verb's stem too: its German endings make its forms
_VERB_ENDINGS = ("e", "en", "t", "te", "ten", "et", "st")


def _glossary_index() -> tuple[dict[str, set[int]], dict[str, set[int]]]:
    """The glossary groups by the words that match a member exactly, and by the prefixes (4+ letters)
    a word starts with to match one: a lookup per prefix of a word instead of a scan of 400 members."""
    whole: dict[str, set[int]] = defaultdict(set)
    starts: dict[str, set[int]] = defaultdict(set)
    for i, group in enumerate(GLOSSARY):
        for member in group:
            if (joined := _phrase_word(member)) is not None:
                starts[joined].add(i)  # "exchange ratio" asked as the one word the question's two join into
            if " " in member:
                continue
            if member.endswith("$"):
                whole[member[:-1]].add(i)
                continue
            # A short member is a whole word, and its plural ("gpus") is the same word.
            (starts if len(member) >= MIN_GLOSSARY_PREFIX else whole)[member].add(i)
            if len(member) == SHORT_MEMBER:  # ... and so is a verb's form ("bau": "bauen", "baut")
                for ending in _VERB_ENDINGS:
                    whole[f"{member}{ending}"].add(i)
            if f"{member}s" not in _NOT_PLURALS:
                whole[f"{member}s"].add(i)
    return dict(whole), dict(starts)


_GLOSSARY_WHOLE, _GLOSSARY_STARTS = _glossary_index()


def _groups(word: str) -> set[int]:
    """The glossary groups a word belongs to."""
    groups = set(_GLOSSARY_WHOLE.get(word, ()))
    for end in range(max(MIN_GLOSSARY_PREFIX, len(word) - SHORT_MEMBER_ENDING), len(word) + 1):
        groups.update(_GLOSSARY_STARTS.get(word[:end], ()))
    for end in range(LONG_MEMBER, len(word) - SHORT_MEMBER_ENDING):
        groups.update(_GLOSSARY_STARTS.get(word[:end], ()))
    return groups


# Chat's direction prefixes, which leave a verb's sense as it was: "reingesteckt" is "gesteckt", "reinpumpen"
# is "pumpen"
_DIRECTED = re.compile(r"^(?:rein|hinein|herein|rueber|hinueber|heruber)(?=[a-z]{5})")


_STAKE_NOUN = "beteiligung"


@lru_cache(maxsize=1 << 16)
def expansions(word: str) -> tuple[str, ...]:
    """The word and every glossary member of the groups it belongs to, as prefixes to look for."""
    bare = _DIRECTED.sub("", word)
    root = participle_root(bare)
    groups = _groups(word) | (_groups(bare) if bare != word else set()) | (_groups(root) if root else set())
    if word.startswith(_STAKE_NOUN):  # "was zahlt Acme für seine Beteiligung": a stake, not what is invested
        groups = {i for i in groups if "invest" not in GLOSSARY[i]}
    out = [word]
    for i in sorted(groups):
        out.extend(m.rstrip("$") for m in GLOSSARY[i])
    if root:
        out.append(root)
    out.extend(_ablauted(word))
    return tuple(dict.fromkeys(out))


# A German strong verb's participle and the noun its vowel change makes ("vollzogen": "Vollzug",
# "abgeschlossen": "Abschluss", "entworfen": "Entwurf"): general German, by the participle's last part
_ABLAUT = (
    *(("zogen", "zug"), ("schlossen", "schluss"), ("sprochen", "spruch"), ("flogen", "flug")),
    *(("worfen", "wurf"), ("brochen", "bruch"), ("flossen", "fluss"), ("schossen", "schuss")),
    *(("zwungen", "zwang"), ("gossen", "guss"), ("stiegen", "stieg"), ("wiesen", "weis"), ("rissen", "riss")),
    *(("schlagen", "schlag"), ("griffen", "griff"), ("schnitten", "schnitt"), ("trieben", "trieb")),
    *(("geben", "gabe"), ("nommen", "nahme")),  # "ausgegeben": "Ausgabe"; "übernommen": "Übernahme"
)
# German separable prefixes, which take "ge" before the participle ("abgeschlossen"; not "vollzogen")
_SEPARABLE_PREFIXES = frozenset(
    "ab an auf aus bei ein fest mit nach vor zu zurueck um weg frei los dar her hin".split()
)
MIN_ABLAUT_WORD = 7  # "zogen" alone is no participle of a prefixed verb; "bezogen" (7 letters) is


def _ablauted(word: str) -> list[str]:
    """The noun of a strong verb's participle and the participle of such a noun, its prefix kept
    ("vollzogen" ⇄ "vollzug", "abgeschlossen" ⇄ "abschluss"; the "ge" after a separable prefix dropped)."""
    if len(word) < MIN_ABLAUT_WORD:
        return []
    found = []
    for participle, noun in _ABLAUT:
        if word.endswith(participle):
            before = word[: -len(participle)]
            separated = before.endswith("ge") and before[:-2] in _SEPARABLE_PREFIXES
            found.append((before[:-2] if separated else before) + noun)
        elif word.endswith(noun) and len(word) > len(noun) + 1:
            before = word[: -len(noun)]
            found.append(f"{before}ge{participle}" if before in _SEPARABLE_PREFIXES else before + participle)
    return found
