"""Answers from the documents' sentences when no curated fact does: retrieve the passages about the asked
subject through an inverted index, keep those that hold the asked kind of answer, and pick the one whose
words cover what is asked. Declines when none does — never a figure of another company.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from itertools import pairwise
from typing import TypeVar

from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein

from bot.answer import Answer, CitationOut, FigureOut, Language
from bot.engine.asked import (
    ALONE_WORDS,
    AREA_UNITS,
    BULK_UNITS,
    COMPOUND_WORD,
    COMPUTE_UNITS,
    ENERGY_UNITS,
    FIGURE_KINDS,
    FOR_WORDS,
    MAKER_ENDINGS,
    MEASURE_NAMES,
    MODEL_CODE,
    PENALTY_HEADS,
    PRICE_WORDS,
    REASON_WORD,
    VALUE_HEAD,
    YEAR_BEFORE,
    YEARLY_WORD,
    Asked,
    Kind,
    against_bound,
    asked,
    expansions,
    figure_kind,
    finite_verb,
    names_amount,
    per_span_said,
    slipped_stopword,
    term_year,
    terse_counted,
    time_compound,
    yearly_sum,
    years_back,
)
from bot.engine.conversion import asked_in, converted, of_kind, rounded
from bot.engine.formatting import QUALIFIERS, date_text, duration, large, money, number
from bot.engine.lexicon import (
    COMPLETION_WORDS,
    EARLIER_WORDS,
    MONTHS,
    NOW_WORDS,
    PLAN_WORDS,
    PUBLIC_BODIES,
    STOPWORDS,
    SUBSET_WORDS,
    WEEKDAYS,
    matches,
    parts_named,
)
from bot.engine.names import (
    COMPANY_NOUNS,
    COMPOUND_HEADS,
    ENGLISH_COMPOUND_HEADS,
    JUDGE_TITLES,
    ORG,
    PERSON,
    PLACE,
    Name,
    NameBook,
    asks_role,
    countries,
    countries_in,
    country_forms,
    demonym_country,
    is_descriptor,
    is_judge,
    is_title,
    kind_nouns,
    learn,
    official,
    subject_of,
    ventures_in,
    world_regions,
)
from bot.engine.passages import (
    COUNT_WORDS as SPELLED_NUMBERS,
)
from bot.engine.passages import (
    DAY,
    DURATION,
    FRACTION,
    MONEY_UNITS,
    MONTH,
    MOVED,
    PARTICLES,
    PRONOUN_SPEAKER,
    QUARTER,
    SPAN_ADJECTIVE,
    STAGE_NOUNS,
    TIME_NOUNS,
    Passage,
    deadline,
    numbered_stage,
    ordinals,
    period_shorthand,
    periods,
    read,
    refers_back,
    stages,
)
from bot.engine.payment import SHARE_WORDS, only_offered, paid_by_another
from bot.engine.text import normalize, participle_root, sounded, stem, words
from bot.engine.translations import Translations, dictionary_word, german_words, load_dictionary
from bot.engine.wordhits import WordSet, first_hit, hit, joined
from bot.knowledge.base import KnowledgeBase
from bot.knowledge.models import Qualifier
from bot.knowledge.numbers import RANGE_JOIN, Number, word_multiples
from bot.knowledge.quotes import QUALIFIER_BEFORE

# How a passage is scored: most of it is how much of what is asked its words cover (idf-weighted),
# then whether it names the subject itself rather than inheriting it from the article's title.
W_COVER = 0.6
# Naming the subject only breaks ties: a sentence is already held to being about the subject, and one that
# says more of what is asked ("die erste Ausbaustufe soll im zweiten Quartal 2027 …") beats one that names
# the company and says less ("Acme will den Bauantrag im ersten Quartal 2026 einreichen"). 0.25 → 0.05:
# +4 on the labelled sets, none lost.
W_EXPLICIT = 0.05
W_LEAD = 0.05
W_PLACES = 0.05  # per further place a sentence gives (a town and its region): it says where more exactly
W_PLACE_BY = 0.05  # a place right after the word asked ("Rechenzentrum in Guiyang") says where that thing is
PLACE_BY = 40  # characters from the word asked to the place
W_REGION = 0.15  # a region only ("im Kanton Aargau") says less exactly where than a town in it ("bei Brugg")
PLACES_COUNTED = 2  # further places counted at most
SUMMARY_SENTENCES = 3  # an article's summary: its lead, as many sentences as a reader takes in at once
# A dateline or date line alone ("Lelystad, 19. November 2025"): no sentence of the article's body
# Kinds a question asks a name of (a place, a company, a person): a figure it states says which thing it is of
_NAMING_KINDS = frozenset({Kind.PLACE, Kind.ORG, Kind.PERSON})
FIGURE_REACH = 2  # sentences from the one giving such a figure: its paragraph, not the article's next item
# ... or an article's own stamp ("Aktualisiert am 19. März 2026, 16:40 Uhr", "Stand: 3. Mai 2026")
_STAMP = re.compile(
    r"^(?:zuletzt\s+)?(?:aktualisiert|veröffentlicht|updated|published|stand)\b[^.!?]{0,40}\d{4}[^.!?]{0,20}$",
    re.I,
)
DATE_ONLY = re.compile(r"^[^.!?]{0,60},\s+\d{1,2}\.\s*[A-ZÄÖÜ][a-zäöü]+\s+\d{4}\s*$")
MIN_KIND_FORM = 5  # "gericht": a kind noun this long, ending a compound, names one of its kind
# A capitalised word and the capitalised words right after it ("Oberverwaltungsgericht Lüneburg")
_CAPITALISED_RUN = re.compile(r"\b([A-ZÄÖÜ][\wäöüß-]+)(?:\s+[A-ZÄÖÜ][\wäöüß-]+)?")
MIN_GLOSSARY_FORM = 5  # a glossary form this long, starting a word, says a compound asked
MIN_PINNING_WORDS = 2  # an open question about nobody, all its words said in a sentence, one of them rare
W_OTHERS = 0.05  # per further company a sentence names where "who else" is asked: it lists them, not one
OTHERS_COUNTED = 3
W_COUNTRY_ONLY = 0.15  # a sentence giving only a country, where another gives the town (more than W_NEAR)
W_NEAR = 0.1
# a time limit ("innerhalb von drei Jahren") where a term is asked: below a term that shares a word less
# (a word's cover is W_COVER / 4)
W_TIME_LIMIT = 0.2
# a forecast asked: a sentence saying what is expected over one on a figure reached (as much as a total)
W_OUTLOOK = 0.05
_OUTLOOK_SAID = re.compile(
    r"\b(?:erwart\w*|prognos\w*|Ausblick|in Aussicht|rechne[nt]\s+(?:[\w-]+\s+){0,3}?mit|peilt"
    r"|guidance|outlook|forecast\w*|expects?)\b",
    re.I,
)
W_TOTAL = 0.05  # "the whole deal", "insgesamt" asked: a sentence saying a total ("Insgesamt …") over a part's
COVER_DIGITS = 9  # a sentence's cover is compared with thresholds like 0.6: float sums are rounded first
W_TIMED = 0.2  # a value as things now stand (or stood first), asked so, over a closer match of words
# A party's claim, where another party's figure (or no claim) is asked: below a sentence stating it (more than
# W_NEAR: "Acme hatte argumentiert, der Vertrag habe 60 MW" is not what the court found)
W_CONTENDED = 0.15
STATED_EPSILON = 1e-6  # a figure stated in the question is the sentence's when the values are the same
W_REVISED = 0.15  # a figure the article revises later ("inzwischen", "liege nun bei"): the one that stands
W_PART = 0.15  # a sentence on one part ("größter Gläubiger") ranks below the whole's (more than W_NEAR)
# A place in a reported statement is mostly where it was said; it must outweigh naming the company.
W_SAID_PLACE = 0.2
# A passage answers when its words cover at least this share of the asked topic: half of what is
# asked must be there, or the sentence is about something else on the same subject.
PROJECT_NOUN_REACH = 2  # words beside a project's name that may say what it is ("the Meridra subsea cable")
MIN_NOUN_PART = 4  # letters of a word said as the end of a project's noun ("kabel" of "Seekabel", not "el")
MIN_COVER = 0.5
# A sentence holding the asked kind of figure or name for the subject needs less: a third of the words.
MIN_COVER_TYPED = 0.34
# Open "what" questions have no typed evidence to lean on: they need more of their words in the sentence.
MIN_COVER_OPEN = 0.6
REASON_REACH = 3  # sentences after an answer to "why" in which its reason may follow
REPLY_SENTENCES = 2  # sentences of an interview's reply quoted for the question it answers
# an interview's reply, opened by its speaker ("Dreyer: …", "Jane Roe: …", "Antwort: …")
_SPEAKER = re.compile(r"^[A-ZÄÖÜ][\w.-]*(?:\s[A-ZÄÖÜ][\w-]*)?:\s+\S")
MIN_AMOUNT_HEAD = 4  # letters of an amount's German word a compound may end on ("wert" of "Anlagewert")
MIN_FIRST_NAME = 3  # letters of a first name that names its one person ("sam"; not "jo")
LISTED_ASKED = 2  # places of an article's list a question names that ask of them together ("A–B route")
MIN_SLIPPED_FIRST = 4  # letters of a misspelt first word of a name that the next word, as written, confirms
MIN_SOUNDED = 4  # letters of a name matched by how it sounds (shorter ones sound like too many words)
NOUN_GAP = 2  # characters between a figure and the noun it counts ("350 Menschen")
# a multiple's ending right after its number: "2,7-fach", "3x", "4-mal", "2.5 times"
_MULTIPLE_AFTER = re.compile(r"(?:-?fach|x\b|-?mal\b|\s+times\b)", re.I)
_MULTIPLE_WORD = ("fach", "fache", "fachen", "facher", "faches", "fold")  # "fünffach", "threefold"
HEADLINE_SENTENCES = 3  # an article is named by its title and first sentences (as the index's LEAD_SENTENCES)
MAX_CANDIDATES = 64  # passages scored per question; the index hands over the most specific ones
OWN_SENTENCES = 48  # a subject's own articles this short are read whole (a news item of 10 to 30 sentences)
# Once the rarer question words found this many sentences, a commoner word only ranks them (at 250,000
# sentences a common word would otherwise add tens of thousands to rank).
CANDIDATE_POOL = 8 * MAX_CANDIDATES
TIED_ROOM = 2  # times MAX_CANDIDATES the passages kept when the last ones tie
MIN_PART_ROOT = 3  # letters of a translation's stem looked up as a compound's part ("bau")
DOCUMENT_CONTEXT = 0.5  # of a word's weight, to the other sentences of the one article saying it
# an ordinal of no thing: a list's ("Erstens muss Acme …") or a time's ("ein zweites Mal", "a second time")
_ENUMERATOR = re.compile(
    r"\W*(?:(?i:erstens|zweitens|drittens|viertens|firstly|secondly|thirdly)\b|\w+\s+(?:Mal|time)\b)"
)
_AFTER_ORDINAL = re.compile(r"\W*\w+\s+([\w-]+)")  # an ordinal and the word after it ("erste Block")
# words from an ordinal to its noun ("der erste Block", "der erste Abschnitt des Speicherparks"; not "eine
# erste Ausschreibung für ein kleineres Kraftwerk")
ORDINAL_REACH = 3
MIN_COMPOUND_TAIL = 3  # letters of a German word read as a compound's end beside its first part ("tag")
COUNTED_BOOST = 2.0  # "how many racks can the facility hold": the counted thing outranks the other words
MAX_POSTINGS = 5_000  # sentences sharing a word's first letters beyond which it narrows nothing (2 % of 250k)
SHORT_FORM = 5  # the longest word read as a short form of a name (`oai`, `acmx`); longer: misspellings
SHORT_TITLE = 3  # "ceo", "cfo": a title this short is written in capitals
_ROLE_WORDS = "ceo cfo cto coo boss chef chefin head heads leads runs leitet leiter leiterin founder chair"
ROLE_WORDS = frozenset(f"{_ROLE_WORDS} chairman".split())
# Words asking what a person is ("welche Rolle hat Jane Roe", "what's her job"): asked of a person, they are
# a "wer ist": the sentence naming her with her title answers, though it never says "Rolle".
_ASKS_WHO = frozenset("who whom wer wen wem".split())
# Verbs a role is taken or held by ("welche Rolle übernimmt Roe"), beside a word asking the role
_ROLE_VERBS = frozenset(
    "uebernimmt uebernehmen uebernahm wechselt wechseln wechselte spielt spielen spielte bekommt erhaelt "
    "takes take took plays play played gets get got holds hold held".split()
)
# "what does Roe do", "was macht Roe": a person's post, nothing else asked
_DOES_WORDS = frozenset("do does doing macht tut beruflich job".split())
IDENTITY_WORDS = frozenset(
    "rolle role funktion function position titel title job amt posten aufgabe zustaendig responsible".split()
)
# Words by which a question points at the deal an article is about, as a whole
_THE_DEAL = frozenset(
    "project projekt deal plan plans vorhaben announcement ankuendigung partnership partnerschaft "
    "vereinbarung agreement".split()
)
# "um weitere zwei Jahre", "Option auf Verlängerung um fünf Jahre": an extension on top of the term
# "um weitere zwei Jahre", "um zwei weitere Jahre", "an additional year"; not "drei weitere Jahre führen" (a
# term from now on, no option on top of another)
_EXTENSION = re.compile(
    r"\bum\s+(?:jeweils\s+)?(?:\w+\s+){0,3}?(?:weitere|zusätzliche)|additional|verlängerung um"
    r"|extension (?:of|by)",
    re.I,
)
_CAPACITY_WORDS = ("kapazit", "capacit")
# a count per period after a figure: "40.000 Wafer pro Monat", "12 million units a year"
_PER_PERIOD_AFTER = re.compile(
    r"\s+[\w-]+\s+(?:pro|je|per|a|im|an)\s+(?:Monat|Jahr|Tag|Woche|Stunde|month|year|day|week|hour)\b", re.I
)
_EXTENDED = re.compile(r"verlänger|extend|prolong", re.I)
EXTENSION_REACH = (
    16  # characters before a duration in which "weitere" makes it an extension ("Verlängerung um ")
)
# Words asking for an extension ("um wie viel kann der Vertrag verlängert werden", "extend", "option").
# A value before the one now, as a sentence says it: "(Vorjahr: 1,08 Mrd.)", "bisher", "von 2.900 auf 3.400"
# A bound said in so many words ("mindestens", "Mindestpreis", "bis zu", "Obergrenze")
_LIMIT_SAID = re.compile(r"mindest|minim|höchst|maxim|bis zu|obergrenze|untergrenze|at least|up to", re.I)
# a share's price said: "je Aktie", "Schlusskurs", "notierte", "sprang die Aktie … auf 46.660 Guaraní"
_A_SHARES_PRICE = re.compile(
    r"\b(?:je|pro) Aktie\b|kurs|\bnotier|\bper share\b|\bAktie\b[^.;]{0,60}\bauf \d", re.IGNORECASE
)
# a value after the news: "sprang die Aktie nach der Ankündigung um 27 Prozent auf …", "after the offer"
_AFTER_NEWS = re.compile(
    r"\b(?:nach|seit) (?:der|dem|den) (?:\w+ )?(?:Ankündigung|Bekanntgabe|Bekanntmachung|Angebot|Nachricht|"
    r"Meldung|Veröffentlichung)|\b(?:after|since) the (?:\w+ )?(?:announcement|news|offer|bid)\b",
    re.IGNORECASE,
)
# A value as things stood before (as they stand now: _NOW_SAID below)
_THEN_SAID = re.compile(  # (not "später als ursprünglich vorgesehen": a comparison with the first plan)
    r"(?<!\bals )\b(?:ursprünglich|zunächst|anfangs|damals|zwischenzeitlich|sollten|erhöhte|senkte"
    r"|originally|initially)\b"
    r"|\bwar\b[^.;]{0,40}\bdie Rede\b",
    re.I,
)
# "Stromvertrag" said as "Stromliefervertrag": the parts before and after what the sentence's word adds
MIN_INFIXED_HEAD, MIN_INFIXED_TAIL, MIN_INFIX = 4, 5, 3
# A figure raised or cut to a new value ("hob die Schätzung auf 2,9 Milliarden an", "raised it to")
_RAISED_TO = re.compile(
    r"\b(?:hob|hebt|erhöhte|erhöht|senkte|senkt|korrigierte|korrigiert|raised|lifted|cut|revised|lowered)\b"
    r"[^.;]*\b(?:auf|to)\s+(?:rund\s+|etwa\s+|about\s+)?\d",
    re.I,
)
# Verbs of a stock's move in a market report ("verlor Sakura Silicon knapp 2 Prozent", "Globex gewann 3 %")
_MOVE_VERBS = (
    r"(?:stieg|stiegen|fiel|fielen|verlor|verloren|gewann|gewannen|legte|legten|sank|sanken|schoss|schossen"
    r"|kletterte|kletterten|sprang|sprangen|rutschte|rutschten|sackte|stürzte|rose|fell|gained|lost|jumped"
    r"|dropped|climbed|slid|surged|soared|tumbled)"
)
# The price of what a deal buys, by its name ("Der Kaufpreis beträgt …", "the purchase price")
_PURCHASE_PRICE = re.compile(
    r"\b(?:Kaufpreis\w*|Kaufsumme|Übernahmepreis\w*|purchase price|acquisition price)\b", re.I
)
# A newswire's value before, in brackets after the one now: "186,4 Mio. CHF (Vj.: 131,2 Mio.)", "(bisher: 92
# Mrd.)", "(Vorjahr: 1,08 Mrd.)"
_PRIOR_BRACKET = re.compile(
    r"\((?:Vj|Vorj|Vorjahr\w*|Vorjahresquartal|bisher|zuvor|prior year|previous year|PY)\.?:[^()]*$", re.I
)
# The year before as the basis of a change ("ein Plus von 42 % ggü. Vj.", "um 71 % yoy"), no value of it
_BASIS = re.compile(
    r"\b(?:ggü\.|gegenüber(?: dem)?|im Vergleich zum|verglichen mit dem|vs\.?)\s*(?:Vj\.|Vorjahr\w*)|\byoy\b",
    re.I,
)
_EARLIER_SAID = re.compile(
    r"\b(?:vorher|vorherig\w*|bisher|bislang|zuvor|statt|anstatt|früher\w*|ursprünglich\w*|anfangs|vorjahr\w*|vorig\w*|damals|"
    r"vj|vorj|"  # newswire: "(Vj.: 131,2 Mio.)"
    r"vorangegangen\w*|vorausgegangen\w*|vorhergehend\w*|previous\w*|formerly|"
    r"before|"
    r"prior|earlier|original\w*|initially|year[- ]ago|a year ago|last year|im vorjahr)\b"
    r"|\bvor\s+(?:der|dem)\s+[A-ZÄÖÜ]"  # "Vor der Hauptversammlung hatte die Aktie … geschlossen"
    # "sinkt damit von rund 2,2 Milliarden US-Dollar auf 1,2 Milliarden": the value before, by its "von"
    r"|\b(?:von|from)\s+(?:rund\s+|etwa\s+|knapp\s+|about\s+)?\d[\d.,]*[^.;]{0,40}?\b(?:auf|to)\s+"
    r"(?:rund\s+|etwa\s+|knapp\s+|about\s+)?\d"
    # "Beim Baustart hatte das Unternehmen 14,2 Milliarden veranschlagt": a plan the pluperfect says was
    r"|\bhatten?\b[^.;]{0,80}\b(?:veranschlagt|geplant|kalkuliert|budgetiert|angesetzt|erwartet)\b"
    r"|\bvon\s+[\d.,]+[^.;]{0,40}?\bauf\s+[\d.,]+|\bfrom\s+[\d.,]+[^.;]{0,40}?\bto\s+[\d.,]+"
    r"|\bwar\b[^.;]{0,40}\bdie Rede\b",  # "Als Acme das Werk vorstellte, war von 38 Mrd. die Rede"
    re.I,
)
# A phrase a question quotes: 'Wertschöpfungskette', "Demokratisierung fortschrittlicher KI", „…“
_QUOTED_PHRASE = re.compile(r"['‘’\"„“”«»]([^'‘’\"„“”«»]{4,80})['‘’\"„“”«»]")
QUOTED_MIN = 8  # letters of the shortest phrase quoted that picks a sentence ("Inbetriebnahme")
QUOTED_SENTENCES = 2  # a phrase said in more sentences than this picks none of them
MIN_COUNTED_NOUN = 4  # letters of a word beside a stated count that its sentence must say too ("Racks")
LEAD_PARAGRAPH = (
    1  # the position of an article's first paragraph (after its title): the lead and what goes on
)
MENTIONING_ARTICLES = 3  # articles a "which article names X" answer lists; a name in more points to none
NAMED_AFTER = 3  # words from the thing asked to its name ("die Acme-Plattform Zephyr": one)
_NAME_WORDS = frozenset("name names named called heissen heisst heisse nennt nennen bezeichnet".split())
COMPLETED_WORDS = 2  # words of the shortest fragment whose sentence a question asks to go on with
# "…“ – wie endet der Satz?", "finish the line", "rest of that bullet", "what's the last word": a fragment
# quoted (or trailing off) for the sentence it starts
COMPLETION = re.compile(
    r"(?:…|\.\.\.)\s*['‘’\"“”«»]?\s*(?:[-–—?]|$)|\bwie\s+(?:endet|geht)\b|\bweiter\b|\bfinish|\bcomplete\b"
    r"|\brest\s+of\b|\blast\s+word|\bletzte\s+wort|\bvervollst|\bergänz",
    re.IGNORECASE,
)
_TRAILING_OFF = re.compile(r"(?:^|[-–—:]\s)([^-–—:'‘’\"„“”«»?]{6,80}?)\s*(?:…|\.\.\.)")


COMPOUND_HEAD = 4  # letters a compound has before its head noun ("vertrags" of "vertragsstrafe")


# Sums paid for a harm or a loss, never an investment or a price: severance, a fine, damages
_OWN_SUMS = ("abfindung", "severance", "strafe", "bussgeld", "geldbusse", "schadenersatz", "entschaedigung")
_SPENT = ("invest", "spend", "kost", "cost")  # ... which a question asking what is put in or spent asks


def _sum_heads(topic: tuple[str, ...]) -> list[str]:
    """The penalties the compounds asked end on ("vertragsstrafe": "strafe"): a sentence must say them."""
    return [
        h
        for t in topic
        for h in PENALTY_HEADS
        if t.endswith((h, f"{h}n")) and len(t) - len(h) >= COMPOUND_HEAD
    ]


def _fragments(question: str) -> list[str]:
    """The words a question quotes or trails off with ("„mehr Systeme, …“", "– einer der ehrgeizigsten …?"),
    without the ellipsis."""
    quoted = [p.strip(" …,.") for p in _QUOTED_PHRASE.findall(question)]
    return [*quoted, *(m.group(1).strip(" ,") for m in _TRAILING_OFF.finditer(question))]


def _says_in_order(passage: Passage, stems: list[str]) -> bool:
    """Does the passage say these word stems one after the other?"""
    said = [stem(w) for w in passage.words]
    size = len(stems)
    return any(said[i : i + size] == stems for i in range(len(said) - size + 1))


_ALSO = re.compile(r"\b(?:ebenfalls|auch|also|too|as well)\b", re.I)  # "wo ebenfalls Stellen wegfallen"
_EXTEND_VERBS = ("verlaenger", "extend", "extension", "prolong")  # an extension asked in so many words
_EXTENDS = ("verlaenger", "extend", "extension", "option", "weitere", "additional", "zusaetzlich")
# A question word the sentence lacks but its article uses elsewhere counts for this share of its weight.
NEARBY_CREDIT = 0.5
MIN_PLACED_WORDS = 2  # an open question asked of a place needs a sentence saying this many of its words
CONTEXT_SENTENCES = 2  # a count's sentence goes on about what this many sentences before it name
# Words found only as relatives ("campus" as "Rechenzentrum") cost a sentence up to this much of its score:
# between two sentences, the one saying the word itself is the closer answer (more than a lead sentence).
W_RELATIVE = 0.1
W_BORROWED = 0.05  # ... and words found only in the sentence before it, half that: it goes on about them
JOINED_NAME_WORDS = (3, 2)  # words a question may split a one-word name into ("dar es salaam")
NAME_CACHE = 1 << 16  # unknown question words looked up, kept so each costs one scan
SAID_IN_CACHE = 1 << 16  # (document, word) answers kept; a bound, so odd questions cannot grow it forever
MATCH_CACHE = 1 << 17  # (sentence, word) matches kept, bounded alike (about 15 MB at the bound)
# What a sentence's own text says (a heading? a retraction? the parts it names?), kept per sentence text: a
# question judges dozens of sentences, and the next question many of the same
TEXT_CACHE = 1 << 13
_ENDINGS = ("e", "en", "er", "es", "et", "n", "s", "t", "te", "ten")  # German and English word endings
PREFIX = 5  # letters a question word and a sentence word must share at the start to count as one
MIN_PREFIXED = 3  # shorter words are not in the prefix index (`by_prefix`)
# A question word this short is found as the first part of a compound ("bau" in "Bauzeit") only when the
# rest is a word of its own; longer ones are found by their prefix already.
COMPOUND_HEAD_MAX = 5
PLURAL_MIN = 7  # letters of a compound's last part before a plural ending is taken off ("prozessoren")
COMPOUND_MIN = 8  # letters of the shortest word split into parts ("Abwärme" is; "Wärme" is not)
# letters of a compound's last part said apart: "-verbindung" names a thing; "-wert" is too short
KNOWN_TAIL = 6
# "how much less … compared to …": a difference asked, which an article may give as a share
_LESS_OR_MORE = frozenset("weniger less fewer mehr more".split())
_COMPARED = frozenset("vergleich verglichen compared than als gegenueber".split())
MIN_PLACE_ADJECTIVE = 6  # letters of a town whose adjective its stem opens ("Dresdner"; not "Ulmer")
COMPOUND_PART = 4  # letters each part of a compound question word has at least ("Bauzeit" is left alone)
MIN_SHORT_HEAD = 3  # letters of a compound's first part, where its last part stands for it ("See-kabel")
MIN_TAIL = 5  # ... and of that last part
COMPOUND_ENDING = 3  # letters a compound's last part may carry after its stem ("vertraege", "gebaeuden")


_K = TypeVar("_K")
_V = TypeVar("_V")


def _run_words(tokens: list[str], at: int) -> set[str]:
    """The other capitalised words of the name run over `tokens[at]`, a compound by its last part
    ("Offshore-Windpark Nordlicht West": "windpark", "nordlicht")."""
    found: set[str] = set()
    for step in (-1, 1):
        j = at
        while 0 <= j + step < len(tokens):
            nearer, word = tokens[j], tokens[j + step]
            if (step == 1 and not nearer[-1:].isalpha()) or (step == -1 and not word[-1:].isalpha()):
                break  # punctuation ends the name
            last = word.strip(_EDGES).split("-")[-1]
            if not (last[:1].isupper() and last.isalpha()) or word in _NAME_OPENERS:
                break
            found.add(normalize(last))
            j += step
    return found


def _kept(cache: dict[_K, _V], key: _K, work_out: Callable[[], _V], bound: int = NAME_CACHE) -> _V:
    """`work_out()` once per key: a Reader's sentences never change, so neither does what is worked out of
    them. Kept until the cache holds `bound` entries, so odd questions cannot grow it without end."""
    if key in cache:  # (None is a value like any other: "no name for this word")
        return cache[key]
    found = work_out()
    if len(cache) < bound:
        cache[key] = found
    return found


# The loader's qualifier words (bot/knowledge/quotes.py), right before the number.
_AT_MOST = re.compile(r"(?<!\w)(höchstens|maximal|at most)\s*$", re.I)
_QUALIFIER_BEFORE = tuple(
    (re.compile(rf"(?<!\w)(?:{words})\s*$", re.I), qualifier) for qualifier, words in QUALIFIER_BEFORE.items()
)
# The words of a figure's qualifier ("rund", "etwa", "knapp"): never a part of a compound asked
_QUALIFIER_WORDS = frozenset(
    normalize(w) for words in QUALIFIER_BEFORE.values() for w in words.split("|") if " " not in w
)
# The unit or thing after a figure ("Megawatt", "der neuen Papiere")
_UNIT_TAIL = re.compile(
    # ... a part of a whole ("2.340 der insgesamt 3.100 Beschäftigten")
    r"^[\s\u00a0\u202f]*(?:(?:der|die|des|den|dem)\s+(?:[a-zäöüß-]+\s+|\d[\d.,]*\s+){0,3}[A-ZÄÖÜ][\w-]*"
    # a word after the figure is its unit, but a preposition, a conjunction or an article is not ("von 2.900
    # auf")
    r"|(?!(?:auf|von|bis|und|oder|in|im|zu|an|am|um|mit|nach|vor|aus|bei|on|to|and|or|in|at|by|der|die|das"
    r"|des|den|dem)\b)"
    # ... nor a verb ("weitere 3,5 Millionen gibt der Investor ab"): a lowercase word of a few letters is one
    # only before a noun ("9 Millionen neue Papiere")
    r"(?![a-zäöüß]{4,}\b(?![\s\u00a0\u202f]+[A-ZÄÖÜ]))"
    # any script's letters ("Złoty"), and a rate's time ("Tbit/s")
    r"(?:[^\W\d_]|[$€£¥%‰-])+(?:/[^\W\d_]{1,3}\b)?\.?(?:[\s\u00a0\u202f]+[A-ZÄÖÜ][\w-]*)?)?"
)


@dataclass(frozen=True)
class Reading:
    """A passage that answers, with the figures or names in it that were asked for."""

    passage: Passage
    score: float
    cover: float  # the share of the question's topic words the sentence says (idf-weighted)
    figures: tuple[Number, ...]
    highlights: tuple[str, ...]
    # The sentences after, where they go on with the words of the person this one introduces ("Jane Roe,
    # Analystin bei Globex, sieht den Deal zwiespältig." „Acme macht sich abhängig …", sagte sie.)
    more: tuple[Passage, ...] = ()
    # The sentences before, where a quote this one closes began („Wir … muss. Jede … Wallis“, sagte Roe.)
    before: tuple[Passage, ...] = ()
    # The list items the sentence introduces ("Zu den Vorteilen gehören:" → "• Schnelleres Training")
    items: tuple[Passage, ...] = ()

    @property
    def undisclosed(self) -> bool:
        """Does the sentence, giving no figure or name, say the thing was not made known ("zu den Konditionen
        machten die Beteiligten keine Angaben")? Then the question stays unanswered, with that sentence."""
        return not self.figures and not self.highlights and _UNDISCLOSED.search(self.passage.text) is not None


class Reader:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        seeds = [(p, "org") for d in kb.deals.values() for p in d.parties]
        documents = [(d.id, d.title, d.text) for d in kb.documents.values()]
        self.names: NameBook = learn(documents, seeds)
        _add_aliases(self.names, kb)
        # each company's longer names ("acme" → "Acme Sunfield Energy"), to show one as the sentence writes it
        self._longer: dict[str, list[Name]] = defaultdict(list)
        for name in self.names.names.values():
            if name.kind == ORG and name.canonical and name.canonical != name.key:
                self._longer[name.canonical].append(name)
        self.ventures: set[str] = set()  # the joint ventures the articles name ("the JV" when one)
        self._normal_texts: dict[str, str] = {}
        self._titles: dict[str, str] = {}
        self._kind_forms: dict[str, frozenset[str]] = {}  # "court" → its German words, for "which court"
        for document in kb.documents.values():  # `Skyport` in a title is the article's subject too
            self.names.subjects[document.id] = subject_of(
                self.names, document.title, document.text, document.id
            )
            self.ventures.update(ventures_in(self.names, document.text))
            self._titles[document.id] = " ".join(document.title.split())
        self.passages, self.lists = read(kb.documents, self.names)
        self.listed_in = {item: intro for intro, items in self.lists.items() for item in items}
        self._places: frozenset[str] | None = None
        self._context: frozenset[str] | None = None
        self.by_name: dict[str, list[int]] = defaultdict(list)
        self._by_number: dict[float, set[int]] | None = None
        self.by_document: dict[str, list[Passage]] = defaultdict(list)
        doc_words: dict[str, set[str]] = defaultdict(set)
        self.doc_stems: dict[str, set[str]] = defaultdict(set)
        self._said_in: dict[tuple[str, str], bool] = {}
        self._document_periods: dict[str, frozenset[tuple[float, str]]] = {}  # durations each document says
        self._matches: dict[tuple[int, str], int | None] = {}
        self._antecedents_found: dict[int, int | None] = {}  # the fallback of `_antecedent`, kept alike
        self._weights: dict[str, float] = {}
        self._counts: dict[int, list[tuple[Number, str]]] = {}
        self._by_figure: dict[tuple[int, str | None], list[int]] | None = None  # (value, unit) → sentences
        self._compounds: dict[str, tuple[tuple[str, str] | None, tuple[str, ...]]] = {}
        self._headed: dict[str, frozenset[str]] = {}  # a word → the one article whose headline holds it
        self._parted: dict[str, frozenset[str]] = {}  # a compound → the article whose headline has its parts
        self._headline_words: dict[str, frozenset[str]] | None = None  # each article's, gathered once
        self._near: dict[str, bool] = {}  # a word → a word of the documents is spelt close to it
        self._endings: dict[str, bool] = {}  # a word → a compound of the documents ends on it
        self._name_runs: dict[tuple[str, str], tuple[bool, frozenset[str]]] = {}  # (word, article) → in names
        self._begun: dict[str, bool] = {}
        self._rare: dict[tuple[str, str], bool] = {}
        self._opened: dict[tuple[str, str], bool] = {}  # (word, article) → a compound of it opens there
        self._short_openings: dict[str, bool] = {}  # a four-letter word → a word of the documents opens so
        self._specific_in: dict[str, frozenset[str]] = {}
        # an article → the figures it corrects ("statt zunächst genannter 860 Milliarden")
        self._replaced: dict[str, frozenset[tuple[float, str | None]]] = {}
        # an article → its corrections ("Korrektur: …"): position and the figures each says
        self._corrections: dict[str, tuple[tuple[int, frozenset[tuple[float, str | None]]], ...]] = {}
        self._latest_year: dict[str, int] = {}  # the latest year each article names
        self._descriptions: dict[str, list[str]] | None = None  # a company → what the articles call it
        self._places_by_document: dict[str, frozenset[str]] = {}
        self._firsts: dict[str, str] | None = None
        self._by_first_name: dict[str, str] | None = None
        self._by_later_part: dict[str, str] | None = None
        self._by_second: dict[str, list[str]] | None = None
        self.by_prefix: dict[str, set[int]] = defaultdict(set)
        counts: dict[str, int] = defaultdict(int)
        for passage in self.passages:
            for key in passage.near:
                self.by_name[key].append(passage.id)
            self.by_document[passage.document].append(passage)
            doc_words[passage.document].update(passage.words)
            self.doc_stems[passage.document].update(passage.stems)
            for word in set(passage.words):
                if len(word) >= MIN_PREFIXED:
                    self.by_prefix[word[:PREFIX]].add(passage.id)
            for term in passage.stems:
                counts[term] += 1
        self.doc_words = {document: WordSet(said) for document, said in doc_words.items()}
        total = max(1, len(self.passages))
        self.idf = {t: math.log(1 + total / c) for t, c in counts.items()}
        self.default_idf = math.log(1 + total)
        self.specific_idf = math.log(1 + total / SPECIFIC_SENTENCES)
        self.single_by_first: dict[str, list[str]] = defaultdict(list)
        for key in self.names.names:
            if " " not in key and len(key) >= 5:
                self.single_by_first[key[0]].append(key)
        self._by_sound: dict[str, str] | None = None  # built when first needed (bot/engine/text.sounded)
        self._names_for: dict[str, str | None] = {}
        self._separable_said: dict[str, bool] = {}
        self._literal_in: dict[tuple[str, str], bool] = {}
        self._document_years: dict[str, set[float]] = {}  # the years each article names
        self._documents_naming: dict[str, frozenset[str]] = {}
        self._first_namings: dict[tuple[str, frozenset[str]], int] = {}
        self._later_sites: dict[tuple[str, frozenset[str]], bool] = {}
        self.orgs_by_first: dict[str, list[str]] = defaultdict(list)
        for key, name in sorted(self.names.names.items()):
            if name.kind == "org" and not name.canonical:
                self.orgs_by_first[key[0]].append(key)
        # "nsw" for "New South Wales": the first letters of a place or company of several words
        by_initials: dict[str, list[str]] = defaultdict(list)
        for key, name in self.names.names.items():
            spelt = key.split()
            if name.kind in ("org", "place") and not name.canonical and len(spelt) >= MIN_INITIALS:
                by_initials["".join(w[0] for w in spelt)].append(key)
        self.initials = {short: keys[0] for short, keys in by_initials.items() if len(keys) == 1}
        self.vocabulary = {w for passage in self.passages for w in passage.words}
        self.words_by_prefix: dict[str, set[str]] = defaultdict(set)  # "europ" → europa, europaeische …
        for word in self.vocabulary:
            if len(word) >= PREFIX:
                self.words_by_prefix[word[:PREFIX]].add(word)
        all_stems = set().union(*self.doc_stems.values()) if self.doc_stems else set()
        rests = {w[cut:] for w in self.vocabulary if len(w) >= 6 for cut in range(3, COMPOUND_HEAD_MAX + 1)}
        # Compounds by their later parts ("waerme" → the sentences saying "Fernwärmenetz", "Abwärme"), so
        # "heat" finds them; the parts' stems keep those German words in the English→German list.
        load_dictionary()
        known = german_words() | self.vocabulary
        parts = {w: _parts(w, known) for w in self.vocabulary if len(w) >= COMPOUND_MIN}
        self.by_part: dict[str, set[int]] = defaultdict(set)
        self._heads: dict[str, frozenset[str]] = {}
        self._priced: dict[frozenset[str], frozenset[int]] = {}
        for passage in self.passages:
            for word in passage.words:
                for part in parts.get(word, ()):
                    self.by_part[part].add(passage.id)
                    self.by_part[stem(part)].add(passage.id)  # "kran" (of "cranes") / "Containerkräne"
        del known
        german_words.cache_clear()  # read once per reload (the names above and the parts here), not kept
        all_stems |= {stem(part) for part in self.by_part}
        # ... and the verbs the articles say as participles ("gefordert": "fordern"), so "demand" finds them
        roots = {root for w in self.vocabulary if (root := participle_root(w)) is not None}
        all_stems |= roots | {stem(f"{root}en") for root in roots}
        self.translations = Translations(all_stems, rests | {r[1:] for r in rests if r[:1] == "s"})
        self.words = self.vocabulary | self.translations.known  # words of their own, for compounds
        # ... and the first parts the articles' compounds show ("satelliten" of "Satellitenfrequenzen"), so
        # a question's compound of one and a word of the articles splits ("Satellitenlizenzen")
        self.first_parts = {
            word[:cut]
            for word in self.vocabulary
            if len(word) >= 2 * COMPOUND_PART + 1
            for cut in range(COMPOUND_PART, len(word) - COMPOUND_PART + 1)
            if word[cut:] in self.vocabulary
        }
        # Compounds by their short first part ("bau" → the sentences saying "Bauzeit", "Baubeginn").
        # Sentences that go on about an earlier one ("Das Volumen …", "Der Vertrag läuft …"): which one.
        self._antecedents: dict[int, int] = {}
        self._followed_by: dict[int, list[int]] = defaultdict(list)
        self._observed_after: dict[int, list[int]] = defaultdict(list)
        for passage in self.passages:
            if _goes_on(passage):
                antecedent = self._find_antecedent(passage)
                if antecedent is not None:
                    self._antecedents[passage.id] = antecedent.id
                    self._followed_by[antecedent.id].append(passage.id)
            elif _points_back(passage) and (before := self._before(passage)) is not None:
                self._followed_by[before.id].append(passage.id)  # "… dieser Module": a candidate with it
            elif _SPOKEN_BY_PRONOUN.search(passage.text) and (before := self._before(passage)) is not None:
                # "Ministerin Jane Roe zeigte sich zufrieden. „…“, sagte sie.": her words, said of her before
                self._antecedents[passage.id] = before.id
                self._followed_by[before.id].append(passage.id)
            elif _AS_OBSERVED.match(passage.text) and (before := self._before(passage)) is not None:
                # "Wie der Gründer Jane Roe beobachtet hat, …": her view of what the sentence before says, a
                # candidate beside it where a person is asked (below)
                self._observed_after[before.id].append(passage.id)
        self.by_head: dict[str, set[int]] = defaultdict(set)
        heads = {w: _heads(w, self.words) for w in self.vocabulary if len(w) >= 6}
        for passage in self.passages:
            for word in passage.words:
                for head in heads.get(word, ()):
                    self.by_head[head].add(passage.id)

    # ------------------------------------------------------------------ parse
    def can_pay(self, key: str) -> bool:
        """Is `key` a name that pays for itself (a company: not a person, who pays for one, nor a place)?"""
        return self.names.kind(key) not in (PERSON, PLACE)

    def names_in(self, words: list[str]) -> tuple[list[str], set[str]]:
        """Names the question mentions (canonical keys), also misspelt by a letter (`mistrall`) or written
        short (`oai`), and the question words that spell them (`northbeam datacentres`: both words)."""
        found, spans = self.names.find_spans(words)
        for size in JOINED_NAME_WORDS:
            # "dar es salaam": the name an article writes as one word ("Daressalam")
            for i in range(len(words) - size + 1):
                run = words[i : i + size]
                if not spans.isdisjoint(run) or run[0] in STOPWORDS or run[-1] in STOPWORDS:
                    continue
                joined = "".join(run)  # (misspelt by a letter too: "salaam" for "-salam")
                key = joined if joined in self.names.names else self._name_for(joined)
                if key is not None and " " not in key:
                    found.append(key)
                    spans.update(run)
        parts: list[tuple[str, str]] = []
        for word in words:
            place = self._place_by_first(word) if word not in spans else None
            if place is not None:  # "the saudi data center": the one place of several words it starts
                found.append(place)
                spans.add(word)
                continue
            if word in spans or word in self.names.names or word in STOPWORDS:
                continue
            if word in self.vocabulary:
                # "sam": a word of the articles, as the first name of the one person who has it
                person = self._first_names().get(word) if len(word) >= MIN_FIRST_NAME else None
                if person is not None and not dictionary_word(word):
                    found.append(person)
                    spans.add(word)
                # ... or "stackworks": the one company whose name of several words ends on it ("Taipa
                # Stackworks"), where it is no word of the language ("Harbour Capital" is no "capital"),
                # and the question names nobody else
                company = self._later_parts().get(word) if len(word) >= ORG_PART_MIN else None
                if person is None and company is not None and not dictionary_word(word):
                    parts.append((word, company))
                continue
            name = self._name_for(word)
            if name is not None:
                found.append(name)
                spans.add(word)
        # ... and "the Tunisian plant": the plant in the country an article names ("Tunesien")
        adjectives = {w: c for w in words if w not in spans and (c := demonym_country(w)) is not None}
        for country in [*countries_in(words), *adjectives.values()]:
            # "in norway": the country an article names in its own language ("in Norwegen")
            known = [f for f in country_forms(country) if f != country and f in self.names.names]
            if known and country not in self.names.names:
                found.append(known[0])
                spans.update(country.split())
                spans.update(w for w, c in adjectives.items() if c == country)
        for before, word in pairwise(words):
            # "tesel infra": a name of several words, its first misspelt by a letter and the next as written
            if before not in spans and word not in spans and len(before) >= MIN_SLIPPED_FIRST:
                slipped = [
                    key
                    for key in self._by_second_part().get(word, ())
                    if DamerauLevenshtein.distance(before, key.split()[0], score_cutoff=1) <= 1
                ]
                if len(slipped) == 1:
                    found.append(self.names.names[slipped[0]].canonical or slipped[0])
                    spans.update((before, word))
        # (not with another word of that name: "lintas nusa kawasan" is a name the book does not know)
        if not found and len(parts) == 1 and set(parts[0][1].split()).isdisjoint(set(words) - {parts[0][0]}):
            found.append(parts[0][1])
            spans.add(parts[0][0])
        found = list(dict.fromkeys(found))
        for before, word in pairwise(words):
            if word in spans or word in STOPWORDS:
                continue
            if any(k.split()[-1] == before and self._name_ends_on(k, word) for k in found):
                spans.add(word)  # "tuul bank": the company the articles call "Tuul Handelsbank"
        return [key for key in found if not self._stray_part(key, words, found)], spans

    def _name_ends_on(self, key: str, word: str) -> bool:
        """Do the articles write `key`'s name with a compound after it that ends on `word` ("Tuul
        Handelsbank", "Orkhon Entwicklungsfonds")?"""
        name = self.names.names.get(key)
        word = ENGLISH_COMPOUND_HEADS.get(word, word)  # ("aurelia foundation": "Aurelia-Stiftung")
        if name is None or name.kind != ORG or word not in COMPOUND_HEADS:
            return False  # (a company's kind, not its "Gründer" nor its "Aktie": "Acme-Gründer")
        tail = re.compile(rf"\b{re.escape(normalize(name.display))}[\s-]+\w*{re.escape(word)}\b")
        return any(
            tail.search(self._normal_text(d)) is not None for d in name.documents if d in self.kb.documents
        )

    def _normal_text(self, document: str) -> str:
        """A document's text normalised, once (the documents of a Reader never change)."""
        if document not in self._normal_texts:
            self._normal_texts[document] = normalize(self.kb.documents[document].text)
        return self._normal_texts[document]

    def _stray_part(self, key: str, words: list[str], found: list[str]) -> bool:
        """Is `key` a person the question names only by a part that is a word of the language, from no
        article of the other names it mentions ("the storage park" is no "Park Ji-won")?"""
        name = self.names.names.get(key)
        if name is None or name.kind != PERSON or all(part in words for part in key.split()):
            return False
        parts = [part for part in key.split() if part in words]
        others = [self.names.names[k] for k in found if k != key and k in self.names.names]
        return (
            bool(parts)
            and all(dictionary_word(part) for part in parts)
            and bool(others)
            and not any(name.documents & other.documents for other in others)
        )

    def short_form(self, word: str) -> str | None:
        """The name a short question word stands for (`oai`), learned from the documents; else None."""
        if len(word) > SHORT_FORM or word in self.names.names or word in STOPWORDS or word in self.vocabulary:
            return None
        return self._name_for(word)

    def _name_for(self, word: str) -> str | None:
        """The one name an unknown question word stands for, or None; looked up once per word."""
        return _kept(self._names_for, word, lambda: self._work_out_name_for(word))

    def _work_out_name_for(self, word: str) -> str | None:
        name: str | None = None
        # "start", "sagt" (of "sagte"): a word of the language is no short form or misspelling of a name
        language = dictionary_word(word)
        if 3 <= len(word) <= 5 and not language and not self._inflects(word):
            # `oai` for a company: a short form of exactly one (same first letter)
            short = _abbreviated(word, self.orgs_by_first.get(word[0], []))
            name = short[0] if len(short) == 1 else None
        if len(word) == 2 and word.isalpha():
            # `gx` for "GlobeX": the capitals of exactly one company's name written in one word
            capitals = [
                key
                for key in self.orgs_by_first.get(word[0], [])
                if " " not in (display := self.names.names[key].display)
                and "".join(c for c in display if c.isupper()).casefold() == word
            ]
            name = capitals[0] if len(capitals) == 1 else None
        if name is None and not language and word in self.initials:
            name = self.initials[word]  # "nsw": New South Wales, the one name of these first letters
        if name is None and len(word) >= 5 and not language:
            near = [k for k in self.single_by_first.get(word[0], ()) if abs(len(k) - len(word)) <= 2]
            hit = process.extractOne(word, near, scorer=fuzz.ratio, score_cutoff=86)
            if hit is not None:
                found = self.names.names[hit[0]]
                name = found.canonical or found.key
        if name is None and len(word) >= MIN_SOUNDED and not language:
            key = self._sounds().get(sounded(word))
            if key is not None:
                found = self.names.names[key]
                name = found.canonical or found.key
        return name

    def _sounds(self) -> dict[str, str]:
        """ "aqaba", "lviv": the one-word names by how they sound, so that a name another language writes
        otherwise ("Akaba", "Lwiw") finds them, where one name sounds so."""
        if self._by_sound is None:
            by_sound: dict[str, list[str]] = defaultdict(list)
            for key in self.names.names:
                if " " not in key and len(key) >= MIN_SOUNDED:
                    by_sound[sounded(key)].append(key)
            self._by_sound = {sound: keys[0] for sound, keys in by_sound.items() if len(keys) == 1}
        return self._by_sound

    def _first_names(self) -> dict[str, str]:
        """The persons the articles name in full, by a first name only one of them has ("sam")."""
        if self._by_first_name is None:
            by_first: dict[str, set[str]] = defaultdict(set)
            for key, found in self.names.names.items():
                if found.kind == PERSON and " " in key:
                    by_first[key.split()[0]].add(found.canonical or key)
            self._by_first_name = {first: keys.pop() for first, keys in by_first.items() if len(keys) == 1}
        return self._by_first_name

    def _later_parts(self) -> dict[str, str]:
        """The companies the articles name by several words, by a later word only one of them has."""
        if self._by_later_part is None:
            owners: dict[str, set[str]] = defaultdict(set)  # a later word → its companies ("" for everyone's)
            named = [(k, found) for k, found in self.names.names.items() if found.kind == ORG and " " in k]
            parts = {stem(part) for key, _ in named for part in key.split()[1:]}
            saying: dict[str, set[str]] = defaultdict(set)  # each part's stem → the articles saying it
            for document, stems in self.doc_stems.items():
                for said in parts & stems:
                    saying[said].add(document)
            for key, found in named:
                for part in key.split()[1:]:
                    # ... said only in the articles naming it ("Rechenzentren" is everyone's word)
                    owners[part].add("" if saying[stem(part)] - found.documents else found.canonical or key)
            self._by_later_part = {
                part: next(iter(keys)) for part, keys in owners.items() if len(keys) == 1 and "" not in keys
            }
        return self._by_later_part

    def _by_second_part(self) -> dict[str, list[str]]:
        """The companies the articles name by several words, by their second word."""
        if self._by_second is None:
            by_second: dict[str, list[str]] = defaultdict(list)
            for key, found in self.names.names.items():
                if found.kind == ORG and " " in key:
                    by_second[key.split()[1]].append(key)
            self._by_second = dict(by_second)
        return self._by_second

    def _place_by_first(self, word: str) -> str | None:
        """The one place of several words ("Saudi-Arabien") a question word ("saudi") is the first word
        of, where it is no word of the language and no name of its own."""
        if self._firsts is None:
            firsts: dict[str, list[str]] = defaultdict(list)
            for key, name in self.names.names.items():
                if name.kind == PLACE and " " in key and not name.canonical:
                    firsts[key.split()[0]].append(key)
            self._firsts = {w: keys[0] for w, keys in firsts.items() if len(keys) == 1}
        place = self._firsts.get(word)
        if place is None or len(word) < PLACE_FIRST_MIN or word in self.names.names or dictionary_word(word):
            return None
        return place

    def _inflects(self, word: str) -> bool:
        """Is `word` an article word with one ending less ("sagt" of "sagte", "plan" of "plant")?"""
        return any(word + ending in self.vocabulary for ending in _ENDINGS)

    def _of_several(self, passage: Passage, ask: Asked, matched: list[int | None]) -> bool:
        """Does the sentence count several of the thing the question asks one of ("elf Rechenzentren" for
        "the campus"), so that its figure is their sum?"""
        # "der neue Standort": one site asked, whether or not the sentence says the word
        asked_for = [
            t for t, m in zip(ask.topic, matched, strict=True) if m is not None or t.startswith(_SITE_WORDS)
        ]
        # ... not where several are asked ("die Rechenzentren zusammen", "total capacity")
        sites = [t for t in asked_for if t.startswith(_SITE_WORDS) and not t.endswith(("en", "ers", "es"))]
        if ask.total:
            return False
        # "the first block": "in zwei Blöcken errichtet", a sentence saying no ordinal, counts the blocks, and
        # its figure is all of them
        part = next((b for a, b in pairwise(ask.topic) if ordinals([a])), "")
        if part and not ordinals(passage.words) and self._match(passage, part) is not None:
            sites = [part]
        return bool(sites) and any(
            n.unit is None and n.value >= 2 and (_names_sites(noun.split()[-1]) or sites == [part])
            for n, noun in self._counts_of(passage)
        )

    def documents_saying(self, word: str) -> set[str]:
        """The documents with a sentence that says the word (in any form: by its stem)."""
        term = stem(word)
        return {document for document, stems in self.doc_stems.items() if term in stems}

    def documents_naming(self, key: str) -> set[str]:
        """The documents with a sentence that names `key` (kept per name: a place in many sentences
        would take a scan of them all at every question naming it)."""
        found: frozenset[str] = _kept(
            self._documents_naming,
            key,
            lambda: frozenset(self.passages[pid].document for pid in self.by_name.get(key, ())),
        )
        return set(found)

    def _gives(self, passage: Passage, values: tuple[float, ...]) -> bool:
        """Does the passage, or a sentence of its article at most FIGURE_REACH away, give one of these?"""
        found = self.by_number()
        return any(
            self.passages[i].document == passage.document and abs(i - passage.id) <= FIGURE_REACH
            for v in values
            for i in found.get(v, ())
        )

    def by_number(self) -> dict[float, set[int]]:
        """A figure's value → the sentences that give it; built the first time a question states one."""
        if self._by_number is None:
            self._by_number = defaultdict(set)
            for passage in self.passages:
                for figure in passage.numbers:
                    self._by_number[figure.value].add(passage.id)
        return self._by_number

    def context(self) -> frozenset[str]:
        """Every place and person the documents name: they say where or by whom, not which company."""
        if self._context is None:
            self._context = frozenset(k for k, n in self.names.names.items() if n.kind in (PLACE, PERSON))
        return self._context

    def places(self) -> frozenset[str]:
        """Every place the documents name, normalised (`riverton`, `ohio`)."""
        if self._places is None:
            self._places = frozenset(k for k, n in self.names.names.items() if n.kind == PLACE)
        return self._places

    def _of_the_places(self, passage: Passage, figures: list[Number], asked: frozenset[str]) -> list[Number]:
        """ "in Monthey": of "in Basel sind 640 Stellen betroffen, im Werk Monthey 410 Stellen", the
        figure the asked place is named last before (or, named after all, first after)."""
        said: list[tuple[int, str]] = []
        for place in passage.places:
            display = self.names.names[place].display
            said += [(m.start(), place) for m in re.finditer(re.escape(display), passage.text)]
        said.sort()
        kept = []
        for n in figures:
            before = [p for at, p in said if at < n.start]
            named = before[-1] if before else next((p for at, p in said if at > n.end), "")
            if named in asked or named.split()[0] in asked:
                kept.append(n)
        return kept or figures

    def _said_by(self, passage: Passage) -> set[str]:
        """The companies whose people say the sentence: its speakers', or, reported on without a name ("Der
        Vertrag sei auf zehn Jahre angelegt"), the speakers' of the sentence before."""
        speakers = list(passage.people)
        if not speakers and _REPORTED.search(passage.text) and (before := self._before(passage)) is not None:
            speakers = list(before.people)
        return {normalize(o) for p in speakers if (o := self.names.names[p].org)}

    def _split_by_site(self, document: str, unit: str | None) -> bool:
        """Does the article give figures of `unit` site by site ("in Basel 640 Stellen …, in Monthey
        410 Stellen"; "Zug: … 48 Megawatt", "Brugg … 72 Megawatt"): in sentences naming two places or
        more, no region or country among them?"""
        sited = {
            place
            for p in self.by_document.get(document, ())
            if any(n.unit == unit for n in p.numbers)
            for place in p.places
            if not self.names.names[place].region and place not in countries()
        }
        return len(sited) >= 2

    def _places_joined(self, passage: Passage, asked: frozenset[str], listed: bool = False) -> bool:
        """Does the sentence name an asked place joined with another ("in Basel und Monthey"; `listed`: or
        with a comma, "in Kabul, Herat und Masar", where the other is no region: not "Springfield, Ohio")?"""
        shown = {p: self.names.names[p].display for p in passage.places}
        joints = r"(?:,|\s+(?:und|and|sowie|&))" if listed else r"\s+(?:und|and|sowie|&)"
        return any(
            re.search(rf"{re.escape(a)}{joints}\s+{re.escape(b)}", passage.text)
            for p, a in shown.items()
            for q, b in shown.items()
            if p != q
            and ({p, q} & asked or {p.split()[0], q.split()[0]} & asked)
            and not (listed and (self.names.names[p].region or self.names.names[q].region))
        )

    def _only_listed(self, document: str, place: str) -> bool:
        """Does the article name the place only in a list of places ("drei Rechenzentren in Kabul, Herat und
        Masar-i-Scharif"), so that a figure said of no place is all of theirs?"""
        said = [p for p in self.by_document.get(document, ()) if place in p.places]
        return bool(said) and all(self._places_joined(p, frozenset({place}), listed=True) for p in said)

    def _other_site(self, document: str, place: str, asked: frozenset[str]) -> bool:
        """Is `place` another site than the asked ones: no region, and named in no sentence beside one of them
        ("in Ishikari auf der Insel Hokkaido" makes Hokkaido no other site)?"""
        if place in asked or place.split()[0] in asked or self.names.names[place].region:
            return False
        said = [p for p in self.by_document.get(document, ()) if place in p.places]
        # ... one of several sites the article counts ("Als letzter Standort folgt Lund"), not the town a
        # campus is near ("Der Campus entsteht … bei Redcar")
        return any(_SITES_COUNTED.search(p.text) for p in said) and not any(
            asked & {*p.places, *(q.split()[0] for q in p.places)} for p in said
        )

    def _town_apart(self, document: str, place: str, asked: frozenset[str]) -> bool:
        """Is `place` the town the article's lead is of, and each asked one a town its body names once, in
        passing ("Nergiz hatte … einen kleineren Rechner für eine Klinik in Sulaimaniyya geliefert")?"""
        if place in asked or place.split()[0] in asked or place in countries():
            return False
        if any(a in countries() or a not in self.names.names or self.names.names[a].region for a in asked):
            return False  # (a town is in a country or a region asked)
        sentences = self.by_document.get(document, ())
        if not any(p.lead and place in p.places for p in sentences) or self._sites_the_opening(
            document, asked
        ):
            return False
        for town in asked:
            said = [p for p in sentences if town in p.places]
            if len(said) != 1 or said[0].lead or place in said[0].places:
                return False
        return True

    def _further_site(self, document: str, place: str) -> bool:
        """Does the article name the place only as a further site ("einen zweiten Standort in Lübeck")?"""
        # (in its own words: "Dieses Werk …" after it is there too, by the sentence before)
        display = self.names.names[place].display if place in self.names.names else place
        said = [p for p in self.by_document.get(document, ()) if place in p.places and display in p.text]
        return bool(said) and all(
            (at := _FURTHER_SITE.search(p.text)) is not None and self._names_after(p, place, at.end())
            for p in said
        )

    def _others_site(self, document: str, place: str, subjects: list[str]) -> bool:
        """Is the place, in the article, only where another company is ("Der Wettbewerber Globex baut im
        ungarischen Győr …" in an article on Acme): each sentence naming it names another company, and none
        of the asked ones?"""
        said = [p for p in self.by_document.get(document, ()) if place in p.places]
        if any(p.lead or p.paragraph == LEAD_PARAGRAPH for p in said) and any(
            s in self.names.subjects.get(document, ()) for s in subjects
        ):
            return (
                False  # the lead's place is the article's own deal's ("… an den KI-Campus bei Årdal liefern")
            )
        return bool(said) and all(
            any(o not in subjects for o in p.orgs) and not any(s in p.names for s in subjects) for p in said
        )

    def _names_maker(self, passage: Passage, maker: str) -> bool:
        """Does the sentence say the maker asked ("Chiphersteller"), or the trade of the company asked, as a
        noun ("Bau", "Bauunternehmen"; "baut" is anyone's verb)?"""
        if maker.endswith(MAKER_ENDINGS):
            return self._match(passage, maker) is not None
        return maker in passage.words or passage.id in self.by_head.get(maker, ())

    def _names_after(self, passage: Passage, place: str, start: int) -> bool:
        """Is the place named in the sentence within a few words after `start`?"""
        display = self.names.names[place].display if place in self.names.names else place
        return display.casefold() in passage.text[start : start + FURTHER_SITE_REACH].casefold()

    def _places_of(self, document: str) -> frozenset[str]:
        """The places the article's sentences name. Kept per article."""
        known = self._places_by_document.get(document)
        if known is None:
            known = frozenset(p for passage in self.by_document.get(document, ()) for p in passage.places)
            self._places_by_document[document] = known
        return known

    def _said_there_unfigured(self, ask: Asked, document: str, nearby: dict[tuple[str, str], bool]) -> bool:
        """Does the article say the asked thing happens at the asked place too, without the asked figure
        ("Kaltenbruck, wo allerdings ebenfalls Stellen wegfallen")? Then a figure said of no place ("streicht
        640 Stellen") is the whole's, not the place's. Once per question and article."""
        key = (document, "\0unfigured")
        if key not in nearby:
            sentences = self.by_document.get(document, ())
            terms = ask.counted if ask.kind is Kind.COUNT else ask.heads
            nearby[key] = any(
                ask.places & set(p.places)
                and _ALSO.search(p.text) is not None
                and terms
                and all(self._match(p, t) is not None for t in terms)
                and self._evidence(p, ask, []) is None
                for p in sentences
            )
        return nearby[key]

    def _rarely_said(self, term: str, document: str) -> bool:
        """Does the article say the English noun of an act `term` in German in a sentence or two
        ("replacement": "Ersatzbeschaffung")? Then that word is specific, and a sentence not saying it
        tells of something else. Kept per (word, article)."""

        def work_out() -> bool:
            if not term.endswith(_ACTION_NOUNS) or not self.translations.of(term):
                return False
            said = sum(self._match(p, term) is not None for p in self.by_document.get(document, ()))
            return 0 < said <= SPECIFIC_SENTENCES

        return _kept(self._rare, (term, document), work_out)

    def _set_beside(self, passage: Passage) -> set[str]:
        """ "Neben Acme ist ein weiteres Unternehmen beteiligt: Der Speicherspezialist Globex liefert …": the
        company a sentence opens beside is not the one it tells of."""
        if not passage.words or passage.words[0] not in _BESIDE_OPENERS:
            return set()
        opening = self.names_in(list(passage.words[1:BESIDE_REACH]))[0]
        return {o for o in opening if o in passage.orgs}

    def _company_moved(self, passage: Passage, subjects: list[str]) -> bool:
        """ "Gegen den Trend verlor Sakura Silicon in Tokio knapp 2 Prozent": a market report's company moved
        by a verb right beside its name is its stock's move."""
        for org in subjects:
            if org not in passage.orgs:
                continue
            shown = re.escape(self._written(org, passage))
            if re.search(
                rf"{_MOVE_VERBS}\W+{shown}\b|\b{shown}\W+(?:\w+\W+)?{_MOVE_VERBS}", passage.text, re.I
            ):
                return True
        return False

    def _written(self, org: str, passage: Passage) -> str:
        """A company's name as the sentence writes it in full ("Acme Sunfield Energy", not "Acme")."""
        name = self.names.names.get(org)
        if name is None:
            return org
        said = f" {' '.join(passage.words)} "
        written = [n for n in self._longer.get(org, ()) if f" {n.key} " in said]
        longest = max(written, key=lambda n: len(n.key), default=None)
        return name.display if longest is None else longest.display

    @staticmethod
    def _part_after(passage: Passage, whole: Number) -> Number | None:
        """The bare number after a whole a sentence opens on ("Von den 560 Arbeitsplätzen sollen 210
        wegfallen": 210), in its clause; None when it opens on no whole."""
        if not _OF_THE_WHOLE.search(passage.text, max(0, whole.start - 40), whole.start):
            return None
        ends = (passage.text.find(c, whole.end) for c in ",;:")
        clause_end = min((i for i in ends if i >= 0), default=None)
        return next(
            (
                n
                for n in passage.numbers
                if n.start > whole.end and n.unit is None and (clause_end is None or n.start < clause_end)
            ),
            None,
        )

    def _opens_compound(self, word: str, document: str) -> bool:
        """Does the article write a compound opening with this short word ("gas": "Gaskraftwerk")? Kept per
        (word, article): a long article's words are many."""
        return _kept(
            self._opened,
            (word, document),
            lambda: any(
                w.startswith(word) and len(w) - len(word) > COMPOUND_ENDING
                for p in self.by_document.get(document, ())
                for w in p.words
            ),
        )

    def _begins(self, word: str) -> bool:
        """Does an article write a compound starting with this word ("voraus": "Vorauszahlung"; not merely
        an inflection, "wachsende")? Kept per word."""
        return _kept(
            self._begun,
            word,
            lambda: (
                len(word) >= PREFIX
                and any(
                    w.startswith(word) and len(w) - len(word) > COMPOUND_ENDING
                    for w in self.words_by_prefix.get(word[:PREFIX], ())
                )
            ),
        )

    def _opens_a_word(self, short: str) -> bool:
        """Does a word of the documents start with this short one ("suez": "suezkanal")? Once per word."""
        return _kept(
            self._short_openings, short, lambda: any(p.startswith(short) for p in self.words_by_prefix)
        )

    def near_a_word(self, word: str) -> bool:
        """Is the word a misspelling of one the documents use, of about its length ("stargeyt"; "initech" is
        no "tech")? Once per word."""
        return _kept(
            self._near,
            word,
            lambda: any(
                abs(len(w) - len(word)) <= NEAR_LENGTH and fuzz.ratio(word, w, score_cutoff=NEAR_SPELLING)
                for w in self.vocabulary
            ),
        )

    def ends_a_word(self, word: str) -> bool:
        """Does a compound of the documents end on this word ("kraene": "Portalkräne")? Once per word."""
        return len(word) >= COMPOUND_TAIL and _kept(
            self._endings, word, lambda: any(w.endswith(word) and w != word for w in self.vocabulary)
        )

    def mentions(self, word: str) -> bool:
        """Do the documents use this word, or its German or English equivalent (`europe` → `Europa`)?"""
        root = participle_root(word)  # "geheizt": "heizen", "heizt"
        verbs = (f"{root}en", f"{root}t") if root else ()
        for form in (*expansions(word), *self.translations.of(word), *verbs):
            # "Suez": "am Suezkanal" (a short name's compound)
            if len(form) == PREFIX - 1 and form == word and self._opens_a_word(form):
                return True
            if len(form) < PREFIX:
                continue
            if any(w.startswith(form) for w in self.words_by_prefix.get(form[:PREFIX], ())):
                return True
        # "Bruttoerlös" as a word of the documents says between its parts: "Bruttoemissionserlös"
        for cut in range(max(PREFIX, COMPOUND_PART), len(word) - COMPOUND_PART + 1):
            head, tail = word[:cut], word[cut:]
            if any(
                tail in w[cut:] for w in self.words_by_prefix.get(head[:PREFIX], ()) if w.startswith(head)
            ):
                return True
        return False

    def said_apart(self, word: str) -> set[str]:
        """ "Glasfaserverbindung", a compound no article says: the documents with a word opening it
        ("Glasfaserstrecke"), where the articles say its last part in some form ("verbinden")."""
        heads = [
            head
            for cut in range(max(PREFIX, COMPOUND_PART), len(word) - KNOWN_TAIL + 1)
            for head, tail in [(word[:cut], word[cut:])]
            if stem(tail) in self.idf
            and any(w.startswith(head) for w in self.words_by_prefix.get(head[:PREFIX], ()))
        ]
        # (the sentences with a word of the head's first letters, not every sentence of every article)
        return {
            self.passages[pid].document
            for head in heads
            for pid in self.by_prefix.get(head[:PREFIX], ())
            if any(w.startswith(head) for w in self.passages[pid].words)
        }

    def joins_words(self, word: str) -> bool:
        """Is the question word a compound of two words the documents use whole ("Kabelkonsortium": "Kabel"
        and "Konsortium"; a joining "s" too: "Vertragsende"; or a first part of their compounds:
        "Satellitenlizenzen" of "Satellitenfrequenzen" and "Lizenzen")?"""
        for cut in range(COMPOUND_PART, len(word) - COMPOUND_PART + 1):
            head, tail = word[:cut], word[cut:]
            if tail in self.vocabulary and (
                head in self.vocabulary
                or head in self.first_parts
                or (head.endswith("s") and head[:-1] in self.vocabulary)
            ):
                return True
        return False

    def addresses(
        self,
        words: list[str],
        question: str,
        spans: set[str],
        text: str,
        *,
        every_kind: bool = False,
        all_words: bool = False,
    ) -> bool:
        """For "when" and "how long" (or any kind, `every_kind`): does `text` (a curated fact's statements,
        keywords and quotes) say what is asked? A word naming the amount asked ("Umsatz") it must say; of
        the other topic words any in any form will do (or every one, `all_words`); a question with no topic
        words is addressed by any text."""
        ask = asked(words, question, spans)
        said = set(normalize(text).split())
        stems = {stem(w) for w in said}
        if any(not self.says(head, text) for head in ask.heads):
            return False  # "welche Rendite": a fact that names no return gives some other amount
        if not ask.topic or not (every_kind or ask.kind in (Kind.DURATION, Kind.DATE)):
            return True
        found = [stem(term) in stems or any(hit(word, term) for word in said) for term in ask.topic]
        return all(found) if all_words else any(found)

    def rarest(self, words: list[str], question: str, spans: set[str]) -> str | None:
        """The question's most specific topic word: the one fewest sentences say."""
        topic = asked(words, question, spans).topic
        return max(topic, key=self._weight) if topic else None

    def _elsewhere(self, term: str, document: str) -> bool:
        """Is `term` a word of no dictionary that a sentence or two of one article say, and that article
        not `document`? Kept per word."""
        said = _kept(self._specific_in, term, lambda: self._specific_to(term))
        return bool(said) and document not in said

    def _specific_to(self, term: str) -> frozenset[str]:
        if not (
            len(term) >= PROPER_NOUN_MIN
            and (self._idf(term) or 0.0) >= self.specific_idf
            # a proper noun no name list knows ("Billbrook"): no word of the dictionaries or the glossary
            and not dictionary_word(term)
            and not self.translations.of(term)
            and expansions(term) == (term,)
        ):
            return frozenset()
        key = stem(term)
        ids = self.by_prefix.get(term[:PREFIX], set())
        said = frozenset(self.passages[i].document for i in ids if key in self.passages[i].stems)
        return said if len(said) == 1 else frozenset()  # ... of one article

    def said_only_in(self, term: str, documents: frozenset[str]) -> bool:
        """Do the articles say `term`, and only those of `documents` ("Velmor" of an article nobody
        curated)?"""
        if len(term) < MIN_PREFIXED or not documents:
            return False
        key = stem(term)
        ids = self.by_prefix.get(term[:PREFIX], set())
        said = {self.passages[i].document for i in ids if key in self.passages[i].stems}
        return bool(said) and said <= documents

    def knows(self, term: str) -> bool:
        """Does any article say the question word `term` (itself, as a compound's part, or in German)?"""
        return (
            stem(term) in self.idf
            or term in self.by_part
            or bool(self.translations.of(term))
            or any(term.startswith(noun) and self._says_separable(noun) for noun, _ in _SEPARABLE)
        )

    def _says_separable(self, noun: str) -> bool:
        """Does any article say the noun as its separable verb ("Einstieg": "steigt … ein")? Once a noun."""
        found = self._separable_said.get(noun)
        if found is None:
            verb = dict(_SEPARABLE)[noun]
            found = self._separable_said[noun] = any(verb.search(p.text) for p in self.passages)
        return found

    def says(self, term: str, text: str, whole: bool = False) -> bool:
        """Does `text` say the question word `term`, in any form or language? (`whole`: a part of the word,
        "Kosten" of "Stromkosten", does not say it.)"""
        said = set(normalize(text).split())
        stems = {stem(w) for w in said}
        return (
            stem(term) in stems
            or any(hit(word, term) and not (whole and word in term and word != term) for word in said)
            or any(stem(german) in stems for german in self.translations.of(term))
        )

    def titled(self, title: str, asked: str, titles_only: bool = False) -> bool:
        """`title_says`, or says the German of an English title ("scientist": "Chefwissenschaftler")."""
        return title_says(title, asked, titles_only) or any(
            title_says(title, german, titles_only) for german in self.translations.of(asked)
        )

    def names_thing(self, noun: str, text: str) -> bool:
        """Does `text` name the thing a question's noun does ("plant": "Werk", "Kraftwerk"), by the noun,
        its German or a compound ending in either (not by a word the noun also spells: "plant", "will")?"""
        said = normalize(text).split()
        stems = {stem(w) for w in said}
        forms = (noun, *self.translations.of(noun))
        return any(
            stem(f) in stems
            or any(w.endswith(f) for w in said)
            # ("Risiken": "Risiko", whose stems differ past a common one of MIN_SHARED_STEM letters)
            or any(_shared_stem(stem(f), s) for s in stems)
            for f in forms
        )

    # ------------------------------------------------------------------ retrieve + decide
    def read(
        self,
        words: list[str],
        text: str,
        subjects: list[str],
        spans: set[str],
        kinds: frozenset[Kind] | None = None,
        documents: set[str] | frozenset[str] = frozenset(),
        narrowed: str = "",
    ) -> tuple[Asked, Reading | None]:
        """The best passage for a question, or None when no passage holds the asked kind for the subject
        (or the kind is not among `kinds`, when given). `narrowed`: "article" when the asker named the
        article ("laut dem Aktien-Artikel"): an open question about nobody is still about something;
        "place" when a place named picked the articles ("in Erstfeld"): a count asked is the place's."""
        named = spans | {p for s in subjects for p in s.split()} | self._project_words(words, subjects)
        ask = self._phrased(asked(words, text, named), words)
        if ask.kind is Kind.COUNT and not ask.counted and (counted := terse_counted(words, ask.topic)):
            # "Crestline jobs?": the jobs are counted, said in any word for them ("800 Arbeitsplätze")
            ask = replace(ask, counted=counted, topic=tuple(t for t in ask.topic if t not in counted))
        if " " in ask.stake_in and len(keys := self.names_in(ask.stake_in.split())[0]) == 1:
            ask = replace(ask, stake_in=keys[0])  # "an Acme Energie": the company's key
        found = self._read(ask, words, subjects, kinds, documents, narrowed)
        if (
            found is None
            and ask.kind in (Kind.MEASURE, Kind.MONEY)
            and not ask.numbers
            and _LESS_OR_MORE & set(words)
            and _COMPARED & set(words)
            and (kinds is None or Kind.PERCENT in kinds)
        ):
            # "wie viel weniger Strom brauchen die Chips im Vergleich zu GPUs": "bis zu 60 Prozent weniger"
            relative = replace(ask, kind=Kind.PERCENT, measure=frozenset())
            found = self._read(relative, words, subjects, kinds, documents, narrowed)
        if found is None and ask.by_figure is not None:
            # "wer unterstützt das 500 Mrd Ziel": no company named so, the sentence giving the sum tells
            by_figure = replace(ask, kind=ask.by_figure, by_figure=None)
            found = self._read(by_figure, words, subjects, kinds, documents, narrowed)
        if found is None and ask.claim_of is not None:  # "true that Acme committed 10 GW?": where it says so
            unclaimed = replace(ask, kind=ask.claim_of, claim_of=None)
            found = self._read(unclaimed, words, subjects, kinds, documents, narrowed)
            # (not a correction's earlier version: "In einer früheren Fassung hieß es, … 90 Megawatt")
            stating = (
                found is not None
                and not _retracted(found.passage.text)
                and any(
                    n.value in ask.numbers
                    and figure_kind(n) is ask.kind
                    # ... of the companies asked: not "gegenüber Initech für bis zu 10 GW", asked of Acme
                    and not (len(found.passage.orgs) >= 2 and self._others_part(found.passage, n, subjects))
                    for n in found.passage.numbers
                )
            )
            return ask, found if stating else None  # ... in its kind: 10 GW is no claimed rise of 10 %
        return ask, found

    def _phrased(self, ask: Asked, words: list[str]) -> Asked:
        """ "to what temperature does the heat pump heat the water": two English words the articles write as
        one German noun ("Wärmepumpe") are asked as that noun, where one of them alone is no word the
        articles say (or as the part of it that word is: "grid connection", "Netzanschluss", "grid" is
        "netz"); and a stopword with two letters swapped ("teh") is none asked."""
        # "from teh servers": a stopword slipped, which no article says either
        topic = [w for w in ask.topic if not (slipped_stopword(w) and not self.knows(w))] or list(ask.topic)
        heads = list(ask.heads)
        compounds: list[str] = []
        for first, second in pairwise(words):
            if first not in topic or second not in topic:
                continue
            germans = self.translations.phrase(first, second)
            said_first, said_second = self.translations.of(first), self.translations.of(second)
            if not germans or (said_first and said_second):
                continue
            # "grid connection" → "Netzanschluss", the "connection" said as "Anschluss": "grid" is "netz"
            rest = next(
                (
                    (g.removesuffix(t), first) if said_second else (g.removeprefix(t), second)
                    for g in germans
                    for t in said_second or said_first
                    if len(g) - len(t) >= MIN_COMPOUND_TAIL
                    and (g.endswith(t) if said_second else g.startswith(t))
                ),
                None,
            )
            if rest is not None:
                part, word = rest
                topic[topic.index(word)] = part
                heads = [part if h == word else h for h in heads]
                continue
            if any(g in expansions(w) for w in (first, second) for g in germans):
                continue  # (the glossary reads a word as it already: "waste", "heat" → "Abwärme")
            topic[topic.index(first)] = germans[0]
            topic.remove(second)
            heads = [germans[0] if h == first else h for h in heads if h != second]
            compounds.append(germans[0])
        if topic == list(ask.topic):
            return ask
        return replace(
            ask,
            topic=tuple(dict.fromkeys(topic)),
            heads=tuple(dict.fromkeys(heads)),
            compounds=tuple(compounds),
        )

    def _read(
        self,
        ask: Asked,
        words: list[str],
        subjects: list[str],
        kinds: frozenset[Kind] | None,
        documents: set[str] | frozenset[str],
        narrowed: str,
    ) -> Reading | None:
        if ask.kind is Kind.PERSON and ask.one_of and all(self.names.kind(o) == ORG for o in ask.one_of):
            ask = replace(ask, kind=Kind.ORG)  # "wer stellt die Technik bereit, Acme oder Globex": a company
        if kinds is not None and ask.kind not in kinds:
            return None
        if ask.unnamed_speaker:
            return None  # "what did Zuck say": no sentence holds the words of one no article names
        if ask.role_of_unnamed and ask.kind is Kind.PERSON:
            return None  # "who's the ceo of the chip designer": of a company no article is said to be
        if narrowed == "place":
            places = frozenset(n for n in self.names_in(words)[0] if self.names.kind(n) == PLACE)
            ask = replace(ask, places=places)
        people = [s for s in subjects if self.names.kind(s) == PERSON]
        if (
            ask.topic
            # ... "jane roe cto von acme?", "was ist der bei acme, cto?": a title asked of a person named is
            # theirs to be told, whatever it is
            and all(
                t in IDENTITY_WORDS
                or (
                    ask.kind in (Kind.PERSON, Kind.WHAT)
                    and (asks_role(t) or t in ROLE_WORDS)
                    and _ASKS_WHO.isdisjoint(words)  # "who is the CEO of …" asks another person
                )
                # ... "welche Rolle übernimmt Roe nach der Fusion": a verb, or what the person's article is
                # about, beside a word asking the role
                or (
                    not IDENTITY_WORDS.isdisjoint(words)
                    and (finite_verb(t) or t in _ROLE_VERBS or self._headlined(t, people))
                )
                for t in ask.topic
            )
            and people
        ) or (
            people
            and ask.kind is Kind.WHAT
            and all(t in _DOES_WORDS for t in ask.topic)
            and not _DOES_WORDS.isdisjoint(words)
        ):
            roles = tuple(t for t in ask.topic if asks_role(t) or t in ROLE_WORDS)
            ask = replace(ask, kind=Kind.PERSON, topic=(), roles=roles)
        if ask.kind is Kind.WHAT and ask.name and any(asks_role(t) or t in ROLE_WORDS for t in ask.topic):
            ask = replace(ask, kind=Kind.PERSON, name=False)  # "wie heißt die Bürgermeisterin": a person
        # "how long is the line": its length where a sentence gives one, else a time (not of an agreement:
        # "how long is Acme's power deal" asks its term, never "rund 60 Kilometer östlich")
        if ask.length and not any(w.endswith(_TERM_THINGS) for w in words):
            measured = replace(ask, kind=Kind.MEASURE, measure=frozenset({"km"}), length=False)
            found = self._best(measured, subjects, documents, narrowed)
            if found is not None:
                return found
            if any(t in _LONG_THINGS or t.endswith(_LONG_THING_ENDINGS) for t in ask.topic):
                return None  # "how long is the cable route": a length, which no time answers
        if ask.sizing and ask.bulk and ask.kind is Kind.MONEY and ask.topic:
            # "wie groß ist das neue Drehkreuz", no money named: its area where a sentence saying it gives one
            # ("Das Drehkreuz mit einer Lagerfläche von 86.000 Quadratmetern …"), before a sum of its article
            # ... or its power ("how big was Acme's earlier commitment": "für bis zu 10 Gigawatt an Systemen")
            sized = replace(ask, kind=Kind.MEASURE, measure=AREA_UNITS | SIZED_POWER, bulk=False)
            found = self._best(sized, subjects, documents, narrowed)
            if found is not None and all(self._match(found.passage, t) is not None for t in ask.topic):
                return found
        best = None
        if ask.part_of_sum and not ask.currencies:
            # "how much of the subsidy": a share of the sum first ("60 Prozent der Fördersumme")
            share = self._best(replace(ask, kind=Kind.PERCENT), subjects, documents, narrowed)
            best = share if share is not None and _OF_A_SUM.search(share.passage.text) else None
        best = best or self._best(ask, subjects, documents, narrowed)
        if (
            best is not None
            and narrowed == "place"
            and subjects
            and ask.kind in FIGURE_KINDS
            and any(
                p not in best.passage.places
                and p not in countries()
                and self._others_site(best.passage.document, p, subjects)
                for p in ask.places
            )
        ):
            return None  # "wie viel investiert Acme in Győr": Győr is its rival's plant, no site of Acme's
        if best is None and ask.kind is Kind.MONEY and not ask.numbers and not ask.currencies:
            # "how large is the down payment": "30 Prozent der Vertragssumme werden als Anzahlung fällig", a
            # sum given as a share of another (not where a currency is asked: "in Jamaican dollars")
            share = self._best(replace(ask, kind=Kind.PERCENT), subjects, documents, narrowed)
            best = share if share is not None and _OF_A_SUM.search(share.passage.text) else None
        if best is None and ask.more:  # "12 Prozent mehr Lohn": the rise as a share of the sum
            best = self._best(replace(ask, kind=Kind.PERCENT, more=False), subjects, documents, narrowed)
        if best is None and not subjects and not narrowed and ask.kind in _SOLE_KINDS:
            best = self._sole(ask, documents)
            if best is not None and ask.numbers and not self._of_the_stated(best.passage, ask):
                best = None  # "2 mio chips kosten": the article's sum, neither of those chips nor giving them
        if best is not None and ask.roles:
            best = self._with_holder(best, ask, subjects)
        reply = (
            self._reply(best.passage)
            if best is not None and ask.kind in (Kind.WHAT, Kind.SAID) and not best.figures
            else None
        )
        if best is not None and reply:
            # an interview's question ("Warum nicht schneller?") is answered by the lines after it ("Dreyer:
            # Der Engpass ist der Strom, nicht das Geld. …"), quoted after the question
            return replace(best, passage=reply[0], more=reply[1:], before=(best.passage,), highlights=())
        if best is not None and ask.kind in (Kind.WHAT, Kind.SAID) and not best.figures:
            best = replace(
                best, more=self._their_words(best.passage), before=self._quote_opened(best.passage)
            )
        if best is not None and ask.kind is Kind.WHAT and not best.figures:
            best = self._with_list(best)
        if (
            best is not None
            and ask.kind is Kind.COUNT
            and best.figures
            and all(_ELIDED_COUNT.match(best.passage.text, n.end) for n in best.figures)
            and (counted := self._before(best.passage)) is not None
        ):
            # "… mit 420 Ingenieuren. Bis Ende 2027 sollen es 700 werden": the count's noun, quoted with it
            best = replace(best, before=(counted,))
        if best is not None and REASON_WORD in ask.prefer and not best.more:
            reason = self._reason_after(best.passage, ask.topic)
            if reason is not None:  # "why is it late": "… wird später fertig. Schuld sind fehlende …"
                best = replace(best, more=(reason,))
        return best

    def _headlined(self, term: str, people: list[str]) -> bool:
        """Does the title or lead of an article naming one of `people` say `term` ("Fusion": "… fusionieren
        zu …")?"""
        documents = {d for p in people for d in self.names.names[p].documents}
        return any(
            lead.lead and self._match(lead, term) is not None
            for d in documents
            for lead in self.by_document.get(d, ())
        )

    def _paid_to(self, passage: Passage, ask: Asked, subjects: list[str]) -> bool:
        """ "how much does Acme get per chip": "zahlt Globex … 3,5 Dinar für jeden verkauften Chip" in the
        article on Acme's deal with Globex, Acme named in none of the sentence's companies, is paid to
        Acme."""
        ours = (
            len(subjects) == 1
            and subjects[0] in self.names.subjects.get(passage.document, frozenset())
            and bool(passage.orgs)
            and subjects[0] not in passage.orgs
        )
        # ... and "what does one chip cost Acme": "Globex berechnet für den Beschleuniger nun 24.000 Dollar
        # pro Stück" is what Acme pays
        charged = (ask.cost or ask.per_thing) and ask.kind is Kind.MONEY and _CHARGES.search(passage.text)
        return ours and ((ask.receives and _PAYS.search(passage.text) is not None) or bool(charged))

    def _pays_here(self, passage: Passage, company: str) -> bool:
        """Is `company` the one a paying verb of the sentence has next to it ("zahlt Globex", "Globex
        pays")?"""
        if company not in passage.orgs:
            return False
        shown = re.escape(self._written(company, passage))
        return any(
            re.search(rf"{shown}\W+(?:\w+\W+)?$", passage.text[: m.start()])
            or re.match(rf"\W+(?:\w+\W+)?{shown}", passage.text[m.end() :])
            for m in _PAYS.finditer(passage.text)
        )

    def _holders_of(self, passage: Passage, company: str) -> bool:
        """Does the sentence tell a stake held ("hält 51 Prozent der Anteile"), in an article naming the
        company the stake is asked in, and no other company's shares ("Anteile an Globex")?"""
        return (
            _STAKE_SAID.search(passage.text) is not None
            and any(self.passages[i].document == passage.document for i in self.by_name.get(company, ()))
            and not self._stake_elsewhere(passage, company)
        )

    def _with_holder(self, best: Reading, ask: Asked, subjects: list[str]) -> Reading:
        """ "roe is ceo of globex right?": beside who Roe is, who holds that role at the company named,
        where an article says so ("Jo Doe, Gründer und CEO von Globex")."""
        people = {s for s in subjects if self.names.kind(s) == PERSON}
        orgs = [s for s in subjects if self.names.kind(s) == ORG and s not in people]
        if not orgs:
            return best
        held = replace(ask, topic=ask.roles, roles=())
        # (of the same article, whose quotes the answer shows)
        holder = self._best(held, orgs, {best.passage.document}, "")
        if holder is None or not holder.highlights or set(holder.passage.people) & people:
            return best  # nobody named holding it, or the person asked does
        org = self.names.names[orgs[0]].display

        def titled(shown: str) -> str:  # "Jo Doe (Präsident, Acme)": the title as written
            title = self.names.names[key].title if (key := normalize(shown)) in self.names.names else None
            role = ask.roles[0]
            if not (title and role in normalize(title)):
                title = role.upper() if len(role) <= SHORT_TITLE else role.capitalize()
            return f"{shown} ({title}, {org})"

        return replace(
            best,
            highlights=(*best.highlights, *map(titled, holder.highlights)),
            more=(*best.more, holder.passage),
        )

    def _reply(self, passage: Passage) -> tuple[Passage, ...]:
        """The answer an interview gives to the question the sentence is: the paragraph after it, where it
        opens on its speaker ("Dreyer: …"), at most REPLY_SENTENCES of it; else ()."""
        if not passage.text.rstrip().endswith("?"):
            return ()
        later = [p for p in self.by_document[passage.document] if p.position > passage.position]
        if not later or later[0].paragraph == passage.paragraph or not _SPEAKER.match(later[0].text):
            return ()
        return tuple(p for p in later[:REPLY_SENTENCES] if p.paragraph == later[0].paragraph)

    def _reason_after(self, passage: Passage, topic: tuple[str, ...] = ()) -> Passage | None:
        """The next sentence (at most REASON_REACH on) naming a reason, where this one names none; else the
        article's sentence naming one that says the most words asked ("Als Grund für die Vergabe nannte das
        Ministerium …" for "why does the ministry want its own cloud")."""
        if self._match(passage, REASON_WORD) is not None:
            return None
        later = [p for p in self.by_document[passage.document] if p.position > passage.position]
        near = next((p for p in later[:REASON_REACH] if self._match(p, REASON_WORD) is not None), None)
        if near is not None or not topic:
            return near
        said = [
            (sum(self._match(p, t) is not None for t in topic), -p.position, p)
            for p in self.by_document[passage.document]
            if p is not passage and self._match(p, REASON_WORD) is not None
        ]
        best = max(said, key=lambda s: s[:2], default=None)
        if best is not None and best[0] > 0:
            return best[2]
        # ... else the first one after it, however far ("… senkt die Preise. … Möglich macht das …")
        return next((p for p in later if self._match(p, REASON_WORD) is not None), None)

    def _lasts_other(self, passage: Passage, duration: str, ask: Asked) -> bool:
        """Is the duration that of a thing the sentence names right after it, which the question does not
        ask ("die mehr als ein Jahrzehnt andauernde Zusammenarbeit" for how long the investment runs)?"""
        after = re.search(rf"{re.escape(duration)}\s+{_LASTING}\s+([\w-]+)", passage.text)
        # (a question naming no thing asks the term of the deal: "über wie viele Jahre läuft der Deal")
        return after is not None and not any(self.says(t, after.group(1)) for t in ask.topic)

    def _other_period(self, passage: Passage, asked: frozenset[tuple[float, str]]) -> bool:
        """Does the sentence (or, saying none, its article) give the thing it speaks of another duration
        than the question does, in the same unit?"""
        said = periods(" ; ".join(passage.durations)) or self._periods(passage.document)
        return not asked & said and bool({unit for _, unit in asked} & {unit for _, unit in said})

    def _periods(self, document: str) -> frozenset[tuple[float, str]]:
        """Every duration a document states, kept per document."""
        found = self._document_periods.get(document)
        if found is None:
            said = (" ; ".join(p.durations) for p in self.by_document.get(document, ()))
            found = frozenset().union(*map(periods, said))
            self._document_periods[document] = found
        return found

    def _project_words(self, words: list[str], subjects: list[str]) -> set[str]:
        """The words a question puts beside a project's name to say what it is ("the Meridra subsea cable",
        "am Seekabel Meridra"): part of the name, as the article calls it ("das Kabel „Meridra“"), not
        something asked of it."""
        found: set[str] = set()
        for subject in subjects:
            nouns = self.names.project_nouns.get(subject)
            if not nouns:
                continue
            size = len(subject.split())
            for i in range(len(words) - size + 1):
                if " ".join(words[i : i + size]) != subject:
                    continue
                after = words[i + size : i + size + PROJECT_NOUN_REACH]
                before = words[max(0, i - PROJECT_NOUN_REACH) : i][::-1]
                for side in (after, before):
                    for j, word in enumerate(side):
                        if self._calls(word, nouns):
                            found.update(side[: j + 1])  # "subsea cable": the kind and what qualifies it
                            break
        return found

    def _calls(self, word: str, nouns: set[str]) -> bool:
        """Does `word` say one of these nouns, or its last part ("cable": "Seekabel"), or the members of
        a group it names ("the hackers": "die Hackergruppe")?"""
        forms = {word, stem(word), word.removesuffix("s"), *self.translations.of(word)}
        return any(
            noun.endswith(form) or (noun.startswith(form) and noun[len(form) :] in _GROUP_NOUNS)
            for noun in nouns
            for form in forms
            if len(form) >= MIN_NOUN_PART
        )

    def _best(
        self, ask: Asked, subjects: list[str], documents: set[str] | frozenset[str], narrowed: str
    ) -> Reading | None:
        return self._best_of(self._candidates(ask, subjects, documents), ask, subjects, narrowed)

    def _best_of(
        self, candidates: list[int], ask: Asked, subjects: list[str], narrowed: str
    ) -> Reading | None:
        best: Reading | None = None
        nearby: dict[tuple[str, str], bool] = {}  # (document, word) → said there: once per question
        dealt = ask.deal and ask.kind is Kind.MONEY

        def told(reading: Reading) -> bool:
            return ask.kind is Kind.WHAT and reading.passage.position > 0

        counted = {stem(c) for c in ask.counted}

        def named(reading: Reading) -> bool:
            """ "wie viele Rechenzentren": "sieben Rechenzentren" counts the thing; "drei Standorte" not."""
            counts = self._counts_of(reading.passage)
            return any(stem(noun) in counted for n, noun in counts if n in reading.figures)

        for pid in candidates:
            reading = self._judge(self.passages[pid], ask, subjects, nearby, narrowed)
            # at an equal score (within rounding), the sentence saying more of the question wins; then, where
            # a deal's sum is asked ("how big is the Acme deal"), the one speaking of a contract; then, where
            # a count is asked, the one counting the very thing; then, where a thing is asked ("what did Acme
            # offer"), a sentence of the body over the headline, which tells in a few words what the body
            # tells in full
            if reading is not None and (
                best is None
                or reading.score > best.score + SCORE_EPSILON
                or (
                    abs(reading.score - best.score) <= SCORE_EPSILON
                    and (
                        reading.cover,
                        dealt and _of_contract(reading.passage),
                        named(reading),
                        told(reading),
                    )
                    > (best.cover, dealt and _of_contract(best.passage), named(best), told(best))
                )
            ):
                best = reading
        return best

    def _companies_of(self, document: str) -> set[str]:
        """The companies an article is about (its subject's organisations)."""
        return {k for k in self.names.subjects.get(document, ()) if self.names.kind(k) == ORG}

    def _of_the_stated(self, passage: Passage, ask: Asked) -> bool:
        """Does the sentence give a figure the question states, or say every word asked beside it?"""
        return bool({n.value for n in passage.numbers} & set(ask.numbers)) or all(
            self._match(passage, t) is not None for t in ask.topic
        )

    def _sole(self, ask: Asked, documents: set[str] | frozenset[str]) -> Reading | None:
        """ "how many MW does the campus have", naming nobody: the answer of the one article whose sentences
        give it, as if the asker had named that article; none when several articles would answer."""
        by_document: dict[str, list[int]] = {}
        for pid in self._candidates(ask, [], documents):  # the sentences found once, judged by article
            by_document.setdefault(self.passages[pid].document, []).append(pid)
        if len(by_document) > SOLE_DOCUMENTS:
            return None  # words said in that many articles pin none of them down
        found = [
            reading
            for pids in by_document.values()
            if (reading := self._best_of(pids, ask, [], "sole")) is not None
        ]
        if len(found) > 1:
            # two articles answer: which one is meant, the question does not say, unless one alone says
            # every word asked ("wie viele Elbe-Chips": "50.000 Elbe-Chips", not another's "18.000 KI-Chips")
            asked_words = (*ask.counted, *ask.topic)
            found = [r for r in found if all(self._match(r.passage, t) is not None for t in asked_words)]
            return found[0] if len(found) == 1 else None
        if found:
            return found[0]
        # "wie lang wird der Glasfaserring": the words one article's title or lead says are what it is about,
        # and the question asks of that article as if it named it
        headed = {d for d, pids in by_document.items() if any(self.passages[p].lead for p in pids)}
        # ... the one whose lead writes them out, where others only say a part ("Trainingslauf": not the
        # "Training" of another article's lead)
        written = {
            d
            for d in headed
            if all(any(p.lead and t in normalize(p.text) for p in self.by_document[d]) for t in ask.topic)
        }
        # ... or says all of them in its words ("the black sea cable": "Datenkabel durch das Schwarze Meer")
        said = {
            d
            for d in headed
            if all(
                any(p.lead and self._match(p, t) is not None for p in self.by_document[d]) for t in ask.topic
            )
        }
        headed = written if len(written) == 1 else said if len(said) == 1 else headed
        if len(headed) != 1:
            # ... or the one whose title says the parts of a compound asked ("das Chipwerk")
            parted = set().union(*(self.headed_by_parts(t) for t in ask.topic))
            headed = parted & set(by_document) if len(parted) == 1 else headed
        if len(headed) != 1:
            return None
        document = headed.pop()
        return self._best_of([p.id for p in self.by_document.get(document, ())], ask, [], "article")

    def states(self, numbers: tuple[float, ...], units: tuple[str | None, ...]) -> bool:
        """Does any sentence give one of these figures (its value in its unit)?"""
        stated = [(v, u) for v, u in zip(numbers, units, strict=True) if u not in (None, "year")]
        return any(self._giving(v, u) for v, u in stated)

    def _giving(self, value: float, unit: str | None) -> list[int]:
        """The sentences giving a figure (its value, to STATED_EPSILON, in its unit), by an index built when
        first asked."""
        if self._by_figure is None:
            index: dict[tuple[int, str | None], list[int]] = defaultdict(list)
            for p in self.passages:
                for n in p.numbers:
                    index[(round(n.value), n.unit)].append(p.id)
            self._by_figure = index
        near = {round(value) - 1, round(value), round(value) + 1}
        return sorted(
            {
                pid
                for key in near
                for pid in self._by_figure.get((key, unit), ())
                if any(
                    abs(n.value - value) < STATED_EPSILON and n.unit == unit
                    for n in self.passages[pid].numbers
                )
            }
        )

    def stating(
        self, numbers: tuple[float, ...], units: tuple[str | None, ...], words: tuple[str, ...] = ()
    ) -> Reading | None:
        """ "welcher Artikel nennt die 4,4 % Kursplus": the sentence giving a figure the question states (its
        value in its unit), where one article's sentence or two give it; a count ("1.150 Racks") where the
        sentence also names a word the question says beside it."""
        stated = [(v, u) for v, u in zip(numbers, units, strict=True) if u not in (None, "year")]
        counted = [
            v for v, u in zip(numbers, units, strict=True) if u is None and not _YEAR.fullmatch(f"{v:g}")
        ]
        nouns = {stem(w) for w in words if w.isalpha() and len(w) >= MIN_COUNTED_NOUN}
        if not stated and not (counted and nouns):
            return None
        if stated:
            giving = set(self._giving(*stated[0])).intersection(*(self._giving(v, u) for v, u in stated[1:]))
        else:
            giving = {pid for pid in self._giving(counted[0], None) if nouns & set(self.passages[pid].stems)}
        found = [self.passages[pid] for pid in sorted(giving)]
        if not found or len(found) > QUOTED_SENTENCES or len({p.document for p in found}) != 1:
            return None
        first = found[0]
        return Reading(passage=first, score=1.0, cover=1.0, figures=(), highlights=(), more=tuple(found[1:]))

    def mentioning(self, keys: list[str]) -> tuple[Passage, ...]:
        """ "In welchem Artikel wird Vestkraft erwähnt?": each article naming every name asked, by its first
        sentence that does (at most MENTIONING_ARTICLES of them: a name in more is no pointer to one)."""
        if not keys:
            return ()
        ids = set(self.by_name.get(keys[0], ())).intersection(*(self.by_name.get(k, ()) for k in keys[1:]))
        first: dict[str, Passage] = {}
        for pid in sorted(ids):
            passage = self.passages[pid]
            first.setdefault(passage.document, passage)
        if len(first) > MENTIONING_ARTICLES:
            return ()
        return tuple(first[d] for d in sorted(first))

    def quoted(self, question: str) -> Reading | None:
        """ "What is meant by 'Wertschöpfungskette' in the Acme article?": the sentence that says the phrase
        the question quotes (at least QUOTED_MIN letters), where one article's sentence or two say it."""
        for phrase in _QUOTED_PHRASE.findall(question):
            said = normalize(phrase)
            if len(said.replace(" ", "")) < QUOTED_MIN:
                continue
            # the sentences sharing its longest word's first letters (the prefix index), not every sentence
            longest = max(said.split(), key=len)
            ids = sorted(self.by_prefix.get(longest[:PREFIX], ()))
            found = [self.passages[i] for i in ids if f" {said} " in f" {' '.join(self.passages[i].words)} "]
            if found and len(found) <= QUOTED_SENTENCES and len({p.document for p in found}) == 1:
                first = found[0]
                return Reading(
                    passage=first, score=1.0, cover=1.0, figures=(), highlights=(), more=tuple(found[1:])
                )
        return None

    def completed(self, question: str) -> Reading | None:
        """ "„Die Energie für 10 Gigawatt an Systemen wird nicht …“ – wie geht der Satz weiter?", "einer der
        ehrgeizigsten …?": the sentence that goes on from the words the question quotes, where one article's
        sentence or two say them (by their stems: the asker may decline a word otherwise)."""
        for fragment in _fragments(question):
            said = [stem(w) for w in normalize(fragment).split()]
            if len(said) < COMPLETED_WORDS or len("".join(said)) < QUOTED_MIN:
                continue
            longest = max(normalize(fragment).split(), key=len)
            ids = sorted(self.by_prefix.get(longest[:PREFIX], ()))
            found = [p for p in (self.passages[i] for i in ids) if _says_in_order(p, said)]
            if found and len(found) <= QUOTED_SENTENCES and len({p.document for p in found}) == 1:
                return Reading(
                    passage=found[0], score=1.0, cover=1.0, figures=(), highlights=(), more=tuple(found[1:])
                )
        return None

    def headed_by(self, term: str) -> set[str]:
        """The one article whose title or first sentences hold `term` as a part of a compound ("landing
        station": "eine neue Landestation"), and no other article says: a thing that article alone is about.
        None where no article's or several articles' sentences say it. Kept per word: the sentences of a
        Reader never change."""
        found: frozenset[str] = _kept(self._headed, term, lambda: self._headed_by(term))
        return set(found)

    def _headed_by(self, term: str) -> frozenset[str]:
        found = {
            self.passages[i].document
            for i in self.by_part.get(term, ())
            if self.passages[i].position <= HEADLINE_SENTENCES
        }
        if len(found) != 1:
            return frozenset()
        # (the word itself, not its looser translations: "station" is no "Kraftwerk", "concern" no "Sorge")
        said = self.by_part.get(term, set()) | {
            i
            for i in self.by_prefix.get(term[:PREFIX], ())
            if any(w.startswith(term) for w in self.passages[i].words)
        }
        if any(self.passages[i].document not in found for i in said):
            return frozenset()  # "invest": every article's "Investitionen", no one article's thing
        return frozenset(found)

    def headed_by_parts(self, word: str) -> set[str]:
        """ "das Chipwerk": a compound no article says, whose parts (of COMPOUND_PART letters or more) one
        article's title or first sentences alone say ("Chip-Verpackungswerk"): the thing that article is
        about. Empty where the word is said, or no split or several articles fit."""
        found: frozenset[str] = _kept(self._parted, word, lambda: self._headed_by_parts(word))
        return set(found)

    def _headed_by_parts(self, word: str) -> frozenset[str]:
        if len(word) < 2 * COMPOUND_PART or self.mentions(word):
            return frozenset()
        if self._headline_words is None:  # once per Reader: each article's words of its headline sentences
            heads: dict[str, set[str]] = defaultdict(set)
            for p in self.passages:
                if p.position <= HEADLINE_SENTENCES:
                    heads[p.document].update(p.words)
            self._headline_words = {d: frozenset(w) for d, w in heads.items()}
        for cut in range(COMPOUND_PART, len(word) - COMPOUND_PART + 1):
            first, last = word[:cut], word[cut:]
            endings = (last, f"{last}e", f"{last}es", f"{last}s")
            found = {
                document
                for document, words in self._headline_words.items()
                if any(first in w for w in words) and any(w.endswith(endings) for w in words)
            }
            if len(found) == 1:
                return frozenset(found)
        return frozenset()

    def conclusion_of(self, document: str) -> Reading | None:
        """An article's closing section: the sentences after its heading "Fazit", "Schluss", "Ausblick",
        "Conclusion" (at most SUMMARY_SENTENCES), verbatim; None where it has no such heading."""
        sentences = self.by_document.get(document, ())
        start = next((i for i, p in enumerate(sentences) if _CONCLUDING.match(p.text)), None)
        if start is None:
            return None
        after: list[Passage] = []
        for p in sentences[start + 1 :]:
            if _heading(p.text) or len(after) == SUMMARY_SENTENCES:
                break
            after.append(p)
        if not after:
            return None
        first, *rest = after
        return Reading(passage=first, score=1.0, cover=1.0, figures=(), highlights=(), more=tuple(rest))

    def lead_of(self, document: str) -> Reading | None:
        """An article's summary: its first sentences after the title and dateline (at most
        SUMMARY_SENTENCES), verbatim."""
        body = [
            p
            for p in self.by_document.get(document, ())
            if not _heading(p.text) and not DATE_ONLY.match(p.text) and p.text != self._titles.get(document)
        ]
        if not body:
            return None
        first, *rest = body[:SUMMARY_SENTENCES]
        return Reading(passage=first, score=1.0, cover=1.0, figures=(), highlights=(), more=tuple(rest))

    def _with_list(self, reading: Reading) -> Reading:
        """ "Zu den Vorteilen gehören:" answers with the items it introduces; one item answers with the
        sentence introducing its list and the other items (at most LIST_ITEMS)."""
        at = reading.passage.id
        intro = at if at in self.lists else self.listed_in.get(at)
        if intro is None:
            return reading
        if at != intro and reading.passage.numbers:
            return reading  # "Energieeffizienz: angestrebter PUE-Wert von 1,15": a key figure answers alone
        items = tuple(self.passages[i] for i in self.lists[intro][:LIST_ITEMS])
        return replace(reading, passage=self.passages[intro], before=(), more=(), items=items)

    def _their_words(self, passage: Passage) -> tuple[Passage, ...]:
        """The next sentences, while they go on with the words of the one person this sentence names: a
        quote "…, sagte sie.", reported speech ("Kritisch sei vor allem, dass …") or the person named again
        ("Das größte Risiko sieht Roe in …"); at most MORE_SENTENCES."""
        if len(passage.people) != 1:
            return ()
        spoken_of = set(passage.about) | self.names.subjects.get(passage.document, frozenset())
        later = [p for p in self.by_document[passage.document] if p.position > passage.position]
        more: list[Passage] = []
        left_open = _quote_left_open(passage.text)
        for nxt in later[:MORE_SENTENCES]:
            if left_open:  # "…: „Bisher mussten wir … mieten. Jetzt können wir …“": the quote goes on
                more.append(nxt)
                left_open = _quote_left_open(nxt.text, opened=True)
                continue
            # "… sei das größte Risiko", "„…“, sagte sie.": still their words
            reported = bool(
                _REPORTED.search(nxt.text) or PRONOUN_SPEAKER.search(nxt.text) or _QUOTE_OPEN.match(nxt.text)
            )
            if set(nxt.people) - set(passage.people) or not (reported or set(nxt.orgs) <= spoken_of):
                break  # someone else's words, or about another company
            if not ((tuple(nxt.people) == tuple(passage.people) and nxt.speech) or reported):
                break
            more.append(nxt)
        return tuple(more)

    def _quote_opened(self, passage: Passage) -> tuple[Passage, ...]:
        """The sentences of a quote this one ends without having opened it (at most MORE_SENTENCES)."""
        closes = _QUOTE_CLOSE.search(passage.text)
        if closes is None or _QUOTE_OPEN.search(passage.text[: closes.start()]):
            return ()
        earlier = [p for p in self.by_document[passage.document] if p.position < passage.position]
        opened: list[Passage] = []
        for previous in reversed(earlier[-MORE_SENTENCES:]):
            opened.insert(0, previous)
            if _QUOTE_OPEN.search(previous.text):
                return tuple(opened) if not _QUOTE_CLOSE.search(previous.text) else ()
        return ()

    def _candidates(
        self, ask: Asked, subjects: list[str], documents: set[str] | frozenset[str] = frozenset()
    ) -> list[int]:
        ids = self._found(ask, subjects, documents)
        ids |= self._followers(ids)
        if ask.kind is Kind.PERSON:
            ids |= {o for pid in ids for o in self._observed_after.get(pid, ())}
        if ask.ordinal and subjects:  # "die erste Phase von Acme": the sentences of that stage's paragraph
            ids |= {
                p.id
                for document, about in self.names.subjects.items()
                if set(subjects) <= about and (not documents or document in documents)
                for p in self.by_document.get(document, ())
                if ask.ordinal in p.stages
            }
        if ask.kind is Kind.MONEY and ask.currencies and not subjects:
            # "how much were the smuggled chips worth, in dong": the sentences giving a sum in that currency
            # ("Den Wert der Ware beziffert die Behörde auf rund 1.850 Milliarden Vietnamesische Dong"), where
            # few do
            priced = self._in_currencies(ask.currencies)
            if len(priced) <= MAX_POSTINGS:
                ids |= (
                    priced if not documents else {i for i in priced if self.passages[i].document in documents}
                )
        units = {Kind.MONEY: MONEY_UNITS, Kind.PERCENT: frozenset({"percent"}), Kind.MEASURE: ask.measure}
        if ask.kind in units and ask.topic and not subjects:
            # "wie viel waren die geschmuggelten Chips wert": of the one article whose lead says every word
            # asked, its sentences giving a figure of the kind ("Den Wert der Ware beziffert die Behörde …")
            led = {
                self.passages[i].document
                for i in ids
                if all(self._in_lead(self.passages[i], t) for t in ask.topic)
            }
            if len(led) == 1:
                article = self.by_document[next(iter(led))]
                if len(article) <= OWN_SENTENCES:
                    # (which say what is asked of them: a head asked, or the worth of a thing)
                    ids |= {
                        p.id
                        for p in article
                        if p.figures(units[ask.kind])
                        and (
                            any(self._match(p, h) is not None for h in ask.heads)
                            or (ask.valued and _WORTH_SAID.search(p.text) is not None)
                        )
                    }
        for place in ask.places:  # "was kostet der Standort Bellinzona": "Die Investition dort …"
            ids |= {
                i
                for i in self.by_name.get(place, ())
                if not documents or self.passages[i].document in documents
            }
        if ask.kind is Kind.MEASURE and documents and ask.measure <= COMPUTE_UNITS:
            # "welche Rechenleistung hat der Supercomputer in Hanoi": the sentences of the articles named that
            # give a computer's speed ("Der Rechner soll … bis zu 45 Petaflops erreichen")
            ids |= {
                p.id
                for document in documents
                for p in self.by_document.get(document, ())
                if any(n.unit in ask.measure for n in p.numbers)
            }
        if ask.maker and ask.kind is Kind.ORG:
            # "welche Baufirma baut den Campus": the sentences naming a company by that trade's word ("Den Bau
            # übernimmt der Konzern Globex"), which need not say the other words asked
            trade = self.by_prefix.get(ask.maker[:PREFIX], set()) | self.by_head.get(ask.maker, set())
            if len(trade) <= MAX_POSTINGS:
                ids |= {i for i in trade if self.passages[i].orgs}
        if ask.kind in (Kind.ORG, Kind.PERSON) and subjects:
            # "who were the lead banks for Acme's bond": a sentence of Acme's article naming only the banks
            # ... or of the one article naming a thing asked ("wer setzt das Programm „X“ um")
            own = {d for d, about in self.names.subjects.items() if set(subjects) <= about}
            ids |= {
                p.id
                for document in own or self._only_naming(subjects)
                for p in self.by_document.get(document, ())
                if p.orgs or p.people
            }
        if documents:  # "laut dem Cobalt-Artikel": that article's sentences only, before any are cut
            ids = {pid for pid in ids if self.passages[pid].document in documents}
            if (not (subjects or ask.topic or ask.counted) and len(documents) <= SOLE_DOCUMENTS) or (
                # "was kostet das Seekabel", the word said in its title only: the article's every sentence
                ids
                and not subjects
                and len(documents) <= SOLE_DOCUMENTS
                and all(self.passages[i].lead for i in ids)
            ):
                ids = {p.id for document in documents for p in self.by_document.get(document, ())}
            # ... or, a figure asked of the thing short articles picked are about (their lead says every word
            # asked), every sentence of them ("wie teuer ist der Supercomputer in Hobart": "Das
            # Auftragsvolumen liegt bei …"; not "wie viel zahlt die Gemeinde dazu": the town's part)
            if ask.kind in FIGURE_KINDS and not subjects and not any(t in PUBLIC_BODIES for t in ask.topic):
                everything = [p.id for document in documents for p in self.by_document.get(document, ())]
                if (
                    everything
                    and len(everything) <= OWN_SENTENCES
                    and all(self._in_lead(self.by_document[d][-1], t) for d in documents for t in ask.topic)
                ):
                    ids.update(everything)
        if ask.kind in FIGURE_KINDS and not ask.earlier:  # ... and the sentence after one revising its figure
            ids |= {
                i + 1
                for i in list(ids)
                if i + 1 < len(self.passages) and self._revising(self.passages[i + 1]) is not None
            }
        if len(ids) > MAX_CANDIDATES:  # a subject in very many sentences: those sharing the most words
            sharing = ids & self._sharing(ask)
            pool = sharing if len(sharing) >= MAX_CANDIDATES else ids
            # ... said in any form the index knows ("Prüfzentrum für KI-Chips" says "chip test facility")
            said = [self._term_ids(t) for t in ask.topic]
            # ... the thing counted first ("how many racks can the facility hold": "1.200 Server-Racks")
            counted = [self._term_ids(t) for t in ask.counted]
            ids = set(
                heapq.nlargest(
                    MAX_CANDIDATES,
                    pool,
                    key=lambda pid: (
                        sum(any(pid in p for p in parts) for parts in counted),
                        self._overlap(pid, ask),
                        sum(any(pid in p for p in parts) for parts in said),
                    ),
                )
            )
        return sorted(ids)

    def _found(
        self, ask: Asked, subjects: list[str], documents: set[str] | frozenset[str] = frozenset()
    ) -> set[int]:
        """The sentences about the subjects, or (nobody named) those sharing the rarest question words."""
        if subjects:
            people = [s for s in subjects if self.names.kind(s) == PERSON]
            sets = []
            for subject in subjects:
                ids = set(self.by_name.get(subject, ()))
                for person in people if subject not in people else ():
                    # "laut Roe": his words in an article about the asked companies are about them
                    ids |= {
                        pid
                        for pid in self.by_name.get(person, ())
                        if subject in self.names.subjects.get(self.passages[pid].document, ())
                    }
                sets.append(ids)
            ids = set.intersection(*sets) if sets else set()
            if len(subjects) >= 2:  # "Ostrelle's lease with Wydmar": Ostrelle named in Wydmar's article
                ids |= {
                    pid
                    for subject in subjects
                    for pid in self.by_name.get(subject, ())
                    if all(
                        s in self.passages[pid].names
                        or s in self.names.subjects.get(self.passages[pid].document, ())
                        # ("Der Betreiber aus Virginia hatte mit Quillstar …": the one just named)
                        or s in self.passages[pid].about
                        for s in subjects
                    )
                }
            # ... and the sentences of the subject's own articles saying the question's rarest words, for a
            # figure ("Das Bankenkonsortium soll 30 Prozent erhalten" in the article on Acme's rescue)
            own = {d for d, about in self.names.subjects.items() if set(subjects) <= about}
            own = own or self._only_naming(subjects)
            if own and ask.topic and (ask.kind in FIGURE_KINDS or ask.kind in (Kind.DURATION, Kind.DATE)):
                # (a term too: "the maturity of Acme's bond": "Das Papier hat eine Laufzeit von …"; a date:
                # "wann geht „X-2“ in Betrieb": "Der neue Rechner soll im März 2027 in Betrieb gehen")
                ids |= {pid for pid in self._posted(ask) if self.passages[pid].document in own}
            # ... and, where the subject's own articles are short, every sentence of them: each is about it
            # ("Den Rest der 4,2 Milliarden Forint, die das Projekt kostet, trägt das Unternehmen selbst")
            sentences = [p.id for d in own for p in self.by_document.get(d, ())]
            # ... or, no word asked beside the kind ("acme ripped 10% on the globex deal?"), every one; a
            # term too ("over what term is the development bank's loan to Acme": "Die PAIDB stellt einen
            # Kredit … mit einer Laufzeit von zwölf Jahren bereit")
            timed = ask.kind is Kind.DURATION and len(sentences) <= OWN_SENTENCES
            if timed or (ask.kind in FIGURE_KINDS and (len(sentences) <= OWN_SENTENCES or not ask.topic)):
                ids.update(sentences)
        else:  # nobody named: the passages sharing the rarest question words, best first
            ids = self._posted(ask, documents)
        return ids

    def _only_naming(self, subjects: list[str]) -> set[str]:
        """The one article naming every subject, where it is about no company of its own ("Ein Konsortium
        aus drei Unternehmen …", led by the asked one) or the subjects are things it names (the programme
        „Digitale Klassenzimmer“): each of its sentences may be of the asked."""
        named = [self.names.names[s].documents for s in subjects if s in self.names.names]
        if len(named) != len(subjects) or not named:
            return set()
        shared = set.intersection(*named)
        if len(shared) != 1:
            return set()
        # (a joint venture of the article's companies is theirs: "die Anlage" is the venture's plant)
        things = all(s in self.names.projects or s in self.ventures for s in subjects)
        return shared if things or not self.names.subjects.get(next(iter(shared))) else set()

    def _split(self, term: str) -> tuple[tuple[str, str] | None, tuple[str, ...]]:
        """A compound question word's two parts (or None) and its glossary phrases, once per word."""
        return _kept(
            self._compounds,
            term,
            lambda: (_compound(term, self.words), tuple(f for f in expansions(term) if " " in f)),
        )

    def _term_ids(self, term: str) -> list[set[int]]:
        """The index's sentence sets for a question word in any of its forms: its glossary relatives and
        German words by their first letters, compounds it heads, and compounds it is a part of."""
        forms = (*expansions(term), *self.translations.of(term))
        prefixes = sorted({f[:PREFIX] for f in forms if len(f) >= PREFIX})
        parts = [self.by_prefix[p] for p in prefixes if p in self.by_prefix]
        if term in self.by_head:
            parts.append(self.by_head[term])
        parts.extend(self.by_part[f] for f in forms if f in self.by_part)
        split = self._unsaid_compound(term)
        if split is not None and len(split[1]) >= PREFIX:
            # a compound no article says, by its last part, where they use its first only in compounds
            # ("Satellitenlizenzen": "Die Lizenzen laufen …", not only "Satellitenfrequenzen")
            parts.append(self.by_prefix.get(split[1][:PREFIX], set()))
        # ... and by a translation's stem ("bauen" of "construction": the "Bau" of "Bauarbeiten")
        roots = sorted({stem(f) for f in forms[1:] if f not in self.by_part} & self.by_part.keys())
        parts.extend(self.by_part[r] for r in roots if len(r) >= MIN_PART_ROOT)
        return parts

    def _posted(self, ask: Asked, documents: set[str] | frozenset[str] = frozenset()) -> set[int]:
        """The passages sharing the rarest question words (at most MAX_CANDIDATES), best first; of
        `documents` only, where given (the articles a place named picked: their sentences, not the best of
        every article's, which others may crowd out)."""
        within = {p.id for d in documents for p in self.by_document.get(d, ())} if documents else None
        postings = []
        for term in (*ask.topic, *ask.counted):  # "how many shares": the counted thing above all
            parts = self._term_ids(term)
            if within is not None:
                parts = [part & within for part in parts]
            size = sum(map(len, parts))
            if parts and size <= MAX_POSTINGS:  # a word in most sentences narrows nothing down
                boost = COUNTED_BOOST if term in ask.counted else 1.0
                postings.append((size, self._weight(term) * boost, parts))
        weights: dict[int, float] = {}
        # a word one article alone says ("Tunisian": "Tunesien") ranks that article's other sentences too
        context = [
            (next(iter(said)), weight)
            for _, weight, parts in postings
            if len(said := {self.passages[pid].document for part in parts for pid in part}) == 1
        ]
        for size, weight, parts in sorted(postings, key=lambda p: p[0]):  # the rarest words first
            if len(weights) >= CANDIDATE_POOL and size > len(weights):
                # The rarer words found enough: a common one only ranks what they found.
                for pid in set().union(*(weights.keys() & part for part in parts)):
                    weights[pid] += weight
                continue
            _add(weights, set().union(*parts), weight)
        for document, weight in context:
            for pid in weights.keys() & {p.id for p in self.by_document.get(document, ())}:
                weights[pid] += weight * DOCUMENT_CONTEXT
        if ask.years:  # "what capacity by the end of 2027": the sentences dated so
            _add(weights, set().union(*(self.by_number().get(y, set()) for y in ask.years)), self.default_idf)
        if ask.numbers:  # "what does the article compare 10 GW to": the sentences giving that figure
            stated = [self.by_number().get(v, set()) for v in ask.numbers]
            _add(weights, set.intersection(*stated), self.default_idf * len(stated))
        return _top(weights, MAX_CANDIDATES)

    def _sharing(self, ask: Asked) -> set[int]:
        """The sentences with a word starting like one of the question's topic words."""
        out: set[int] = set()
        for term in ask.topic:
            if len(term) >= PREFIX:
                out |= self.by_prefix.get(term[:PREFIX], set())
            elif len(term) >= MIN_PREFIXED:
                out |= self.by_head.get(term, set())
        return out

    def _judge(
        self,
        passage: Passage,
        ask: Asked,
        subjects: list[str],
        nearby: dict[tuple[str, str], bool],
        narrowed: str = "",
    ) -> Reading | None:
        # the asked kind of answer first: most sentences hold none, and nothing else need be weighed then
        evidence = self._evidence(passage, ask, subjects)
        if evidence is not None and ask.kind in _SUMMED_KINDS and not _difference_asked(ask):
            # "welche Summe will Acme investieren": "Das sind 1,5 Milliarden Euro mehr als bei der ersten
            # Ankündigung" is how much the sum grew, not the sum
            sums = [n for n in evidence[0] if not _DIFFERENCE_AFTER.match(passage.text, n.end)]
            evidence = (sums, evidence[1]) if sums or not evidence[0] else None
        if evidence is None and not self._undisclosed(passage, ask):
            return None
        if (
            ask.each_one
            and ask.kind in FIGURE_KINDS
            and _TOGETHER_SAID.search(passage.text)
            and not _EACH_SAID_HERE.search(passage.text)  # ("Jeder der vier Reaktoren … 77 MW, zusammen …")
        ):
            return (
                None  # "wie viele MW hat jede einzelne Halle": "drei Hallen mit zusammen 400 MW" is all three
            )
        if ask.kind is Kind.DATE and ask.measure and not _measure_said(passage, ask.measure):
            return None  # "wann geht das erste GW ans Netz": not "… 1 Mio. GPU ins Netzwerk", of no gigawatt
        if (
            ask.kind in (Kind.ORG, Kind.PERSON)
            and _TAKES_ON_A_TASK.search(passage.text)
            and not _TAKEOVER_NOUN.search(passage.text)
            and any(TAKEOVER_FORM in expansions(t) for t in ask.topic)
        ):
            return None  # "who is taking over Acme": "übernehmen Acme und Globex die Führung" takes a lead
        if ask.total and not any(_says_total(w) for w in passage.words):
            if (
                ask.kind is Kind.MONEY
                and _PER_PERIOD.search(passage.text)
                and not any(_PER_PERIOD.search(t) for t in ask.topic)
            ):
                # "the total rent over the term": "Die jährliche Miete beläuft sich auf …" is a year's
                return None
            if ask.kind is Kind.COUNT and self._counted_elsewhere(passage, ask):
                # "wie viele Roboter insgesamt": "420 bestellt" beside "2023 … 150 Roboter" is a part
                return None
        if (
            ask.other_party
            and ask.kind in (*FIGURE_KINDS, Kind.DATE)
            and not _OTHER_PARTY_SAID.search(passage.text)
        ):
            # "what did the losing bidder offer": "Morava-2 … bis zu 310 Petaflops" is the winner's
            return None
        if _another_version(passage.text, {*ask.versions, *(tuple(s.rsplit(" ", 1)) for s in subjects)}):
            # "wann geht Morava-2 in Betrieb": "Der Vorgänger Morava-1 … seit 2019" is another one
            return None
        if ask.term_year and ask.kind in FIGURE_KINDS and term_year(passage.text, said=True) != ask.term_year:
            return None  # "in the last year of the contract": "Der Gesamtwert …" is the whole term's
        if ask.forecast and ask.kind in FIGURE_KINDS and not _OUTLOOK_SAID.search(passage.text):
            return None  # "die Gewinnprognose": "Unter dem Strich blieb ein Nettogewinn von …" is none
        if ask.models and _another_model(passage.text, ask.models):
            # "what does an H100 hour cost": "Für die B200-Chips verlangt Auvera 4,90 Euro" is another chip's
            return None
        if ask.share_price and not _A_SHARES_PRICE.search(passage.text):
            return (
                None  # "zu welchem Kurs startete die Aktie": "will … 28,2 Milliarden einsammeln" is no price
            )
        if (
            ask.before_event
            and ask.kind in FIGURE_KINDS
            and (_AFTER_NEWS.search(passage.text) or _after_the(passage.text, ask.before_event))
        ):
            # "zu welchem Kurs notierte die Aktie vor dem Angebot": "nach der Ankündigung auf …"; "die
            # Bewertung vor der Finanzierungsrunde": "werde nach der Runde mit … bewertet"
            return None
        if ask.kind in FIGURE_KINDS and ask.whole and not any(_says_total(w) for w in passage.words):
            return None  # "alle Rechenzentren zusammen": one site's figure is no total
        if not VALUATION_WORDS.isdisjoint(ask.topic) and not any(
            p is not None and VALUED.search(p.text) for p in (passage, self._before(passage))
        ):
            # "Acme Börsenwert aktuell?": a company's worth, which its stock's move is not (the sentence
            # before may say it: "Die Transaktion bewertet Acme mit … Zuvor hatte der Wert bei … gelegen")
            return None
        if (
            ask.kind in _DATED_KINDS
            and ask.places
            and passage.places
            # "when was it announced": "gab die Entscheidung am 9. Oktober in Dhaka bekannt" names where
            and not (ask.announced and _ANNOUNCED_SAID.search(passage.text))
        ):
            here = ask.places & self._places_of(passage.document)
            # ("Cluj" is "Cluj-Napoca", by the first word of its name)
            # ... a district of a town ("im Stadtteil Çankaya") is within it, no other site
            # ... and the asked company's seat ("Acme aus Umeå investiert …") is no site either, nor, for a
            # date, any company's ("gab am 12. März einer Klage von Globex aus Mostar statt": the day's event
            # is where the article is; a sum of Globex aus Mostar is Globex's)
            seats = {place for org, place in passage.homes if org in subjects or ask.kind is Kind.DATE} - here
            told_of_lead = all(self._in_lead(passage, place) for place in here)
            towns = [
                p
                for p in passage.places
                if not self.names.names[p].district
                # ... nor a region a town is said to be in ("Das Land Mecklenburg-Vorpommern unterstützt …")
                and not (self.names.names[p].region and p not in here)
                and p not in seats
                # ... nor a country ("wie die Hafenbehörde der Bahamas mitteilte"): the asked town is in one
                and p not in countries()
                # ... nor where it was told ("wie die Partner in Belgrad mitteilten"), of an article whose
                # lead names the place asked as its site
                and not (told_of_lead and _said_at(passage.text, self.names.names[p].display))
                and not _seat_said(passage.text, self.names.names[p].display)
            ]
            named_places = {*towns, *(p.split()[0] for p in towns)}
            # (the article's own country asked holds its towns: "Vietnam's supercomputer" is the one in Hoa
            # Lac, where the lead names Vietnam; not "das Zentrum auf Barbados" of an article on St. Lucia)
            own_country = here <= countries() and all(self._in_lead(passage, c) for c in here)
            if here and towns and here.isdisjoint(named_places) and not own_country:
                return None  # "der Standort in Mo i Rana": "In Stavanger entsteht … 120 MW" is another site
        if (
            ask.kind in _DATED_KINDS
            and ask.places
            and passage.site
            and not passage.places
            and any(self._other_site(passage.document, site, ask.places) for site in passage.site)
        ):
            return None  # "in Zug": "Als letzter Standort folgt Lund. Die Investition beläuft sich …"
        if (
            ask.kind in _DATED_KINDS | {Kind.DURATION}
            and ask.places
            and not passage.places
            and any(self._further_site(passage.document, place) for place in ask.places)
        ):
            # "how many hours was the Lübeck site offline": a sentence naming no place is not of a place the
            # article names as a further site ("an einen zweiten Standort in Lübeck verlagern")
            return None
        if (
            ask.kind in FIGURE_KINDS
            and ask.places
            and not passage.places
            and any(self._town_apart(passage.document, site, ask.places) for site in passage.site)
        ):
            # "wie viele GPUs hat der Rechner für die Klinik in Sulaimaniyya": a sentence after one naming
            # Erbil, naming no town itself, counts Erbil's supercomputer, not the clinic's
            return None
        if (
            ask.kind in FIGURE_KINDS
            and ask.places
            and not subjects
            and not passage.places
            and passage.site
            and ask.places.isdisjoint(passage.site)
            and (theirs := {k for k in passage.about if self.names.kind(k) == ORG})
            and theirs.isdisjoint(self.names.subjects.get(passage.document, frozenset()))
        ):
            # "das Werk in Batu Kawan": "Das Werk kommt auf 25.000 Wafer" after the rival's plant in Kedah is
            # the rival's, at its own site
            return None
        if (
            ask.kind in FIGURE_KINDS
            and ask.source
            and not any(
                self._match(p, w) is not None
                for p in (passage, self._before(passage))
                if p is not None  # "Der Strom stammt aus …. Er deckt 85 Prozent": the one before says it
                for w in ask.source
            )
        ):
            return None  # "wie viel Strom kommt aus erneuerbaren": a sentence not saying the source
        if (
            ask.kind in FIGURE_KINDS
            and ask.places
            and not ask.whole
            and ask.places.isdisjoint(passage.places)
            and (sites := ask.places & self._places_of(passage.document))
            and all(self._only_listed(passage.document, place) for place in sites)
            # (not where several places of the list are asked: "the Velbrück–Strehlau route" is both towns')
            and len(sites) < LISTED_ASKED
        ):
            return None  # "was kostete nur Herat": "Der Kaufpreis beträgt 18,4 Mrd." is the three sites'
        if (
            ask.kind in FIGURE_KINDS
            and ask.places
            and not ask.whole
            and ask.places.isdisjoint(passage.places)
            and ask.places.isdisjoint(passage.site)
            and _ALL_SITES.search(passage.text)
        ):
            return None  # "the new Tannenfeld campus": "die Leistung seiner Standorte" is all the sites'
        if (
            ask.kind in FIGURE_KINDS
            and ask.places
            and ask.places.isdisjoint(passage.places)
            and self._said_there_unfigured(ask, passage.document, nearby)
        ):
            return None  # "wie viele Stellen fallen in Kaltenbruck weg": "…, wo ebenfalls Stellen wegfallen"
        # ("Das Unternehmen will eigenständig 2 Mrd. investieren" after Acme's CEO spoke is Acme's alone)
        alone = (
            all(s in passage.names for s in subjects)
            or (
                not passage.orgs
                and {k for k in passage.about if self.names.kind(k) == ORG} == set(subjects)
                and _SAID_ALONE.search(passage.text) is not None
            )
            # ... and "Für die erste Stufe investieren wir …", said by Acme's board member: Acme's own
            or (
                not passage.orgs
                and _WE.search(passage.text) is not None
                and self._said_by(passage) == set(subjects)
            )
        )
        if (
            ask.kind in FIGURE_KINDS
            and ask.alone
            and (not alone or not _JOINT_WORDS.isdisjoint(passage.words))
        ):
            return None  # "wie viel investiert Acme allein": not "Die beiden Partner investieren 850 Mio."
        if (
            ask.kind in FIGURE_KINDS
            and len(subjects) == 1
            and not (ask.whole or ask.total)
            and _BOTH_TOGETHER.search(passage.text)
            and subjects[0] not in passage.names
            and len(self._companies_of(passage.document)) >= 2
        ):
            # "What revenue did Globex make in 2025": "Zusammen kamen beide Firmen auf einen Umsatz von …" in
            # the article on its merger with Acme is the pair's, no part of it Globex's
            return None
        holders = [s for s in subjects if s != ask.stake_in]
        if (
            ask.stake_in
            and holders
            and not any(h in passage.names for h in holders)
            and not _TOGETHER_WORDS.isdisjoint(passage.words)
        ):
            return None  # "what stake does Nordhafen hold": "Die neuen Geldgeber halten zusammen 20 Prozent"
        if (
            # ... or a value no unit tells ("What PUE do Acme's data centres currently achieve": "soll einen
            # PUE-Wert von 1,12 erreichen" is a target)
            (ask.kind in FIGURE_KINDS or (ask.kind is Kind.WHAT and bool(passage.numbers)))
            and ask.now
            and not PLAN_WORDS.isdisjoint(passage.words)
            and NOW_WORDS.isdisjoint(passage.words)  # "beschäftigt derzeit 140 …; sollen … hinzukommen"
            # ... unless a plan is asked as it stands now ("What revenue does Acme now expect": "Der Vorstand
            # erwartet nun Erlöse von rund 780 Millionen")
            and not ask.outlook
        ):
            return None  # "how many GPUs does Acme run today": "will bis 2028 … in Betrieb nehmen" is a plan
        if (
            ask.kind in FIGURE_KINDS
            and ask.years
            and not ask.timed[0]
            and any(_RESULTS.search(h) for h in ask.heads)
            and _PART_OF_YEAR.search(passage.text)
        ):
            return None  # "revenue in 2025": "Im dritten Quartal 2025 setzte Acme 700 Mio. um" is a quarter's
        if (
            ask.kind in FIGURE_KINDS
            and any(_ANALYST_ASKED in t for t in ask.topic)
            and not any(
                title in p.text.casefold()
                for p in self._and_before(passage, ANALYST_BEFORE)
                for title in JUDGE_TITLES
            )
            and not any(is_judge(self.names.names[p].title or "") for p in passage.people)
        ):
            return None  # "Analystenschätzung für 2026": not "stellt Acme … in Aussicht", the company's own
        if ask.share_of and not {n.value for n in passage.numbers} & set(ask.share_of):
            return None  # "wie viel Prozent der 100 Mrd": a percentage of something else is no answer
        if (
            (ask.ordinal == 1 or ask.initial)
            and not (ask.total or ask.whole)  # ("the whole campus, not just phase 1")
            and ask.kind in FIGURE_KINDS
            and 1 not in stages(passage.words)
            and (_FINAL_STAGE.search(passage.text) or _GROWS_TO.search(passage.text))
        ):
            # "die erste Ausbaustufe", "zum Produktionsstart": "Im Endausbau 30.000 Wafer", "Bis 2028 soll die
            # Leistung auf 1,2 Exaflops wachsen" give what it comes to later, not what it starts with
            return None
        if ask.ordinal:
            present = passage.stages
            if ask.kind in FIGURE_KINDS and not present and _ALL_STAGES.search(passage.text):
                return None  # "was kostet Phase 1": "soll insgesamt 840 Millionen … in zwei Phasen" is all
            if (
                ask.kind in FIGURE_KINDS
                and not present
                and any(t.startswith(STAGE_NOUNS) for t in ask.topic)
                and self._stage_told_apart(passage, ask.ordinal)
            ):
                # "the budget for the first phase": "will … nun 3,5 Milliarden Euro investieren" is the whole
                # campus's, in an article whose other sentences tell "In der ersten Phase …" apart
                return None
            if ask.kind in FIGURE_KINDS and not stages(passage.words) and _FINAL_STAGE.search(passage.text):
                # "in its first phase": "in der Endausbaustufe bis zu 30.000 Wafer" is the last (after a
                # sentence on "die ersten beiden Hallen" too: the stage it names itself)
                return None
            if (
                (present or ask.ordinal > 1)
                and ask.ordinal not in present
                and (ask.kind in FIGURE_KINDS or ask.ordinal > 1 or bool(numbered_stage(ask.topic)))
            ):
                # "the second site": "in der ersten Ausbaustufe" gives the first one's figure, and a sentence
                # counting no sites gives no second one; "wie lange dauert Phase 1": not Phase 2's time
                return None
        if (
            ask.kind in FIGURE_KINDS
            and ask.region_of
            and not _REGION_SAID[ask.region_of].search(passage.text)
        ):
            return None  # "Anteil der US-Investoren": a figure of investors not said to be American
        if ask.kind in FIGURE_KINDS and ask.timed[0] and not self._of_the_time(passage, *ask.timed):
            return None  # "Umsatz im zweiten Quartal": the article's figures are of the third
        if ask.kind is Kind.WHAT and ask.years:
            years = {n.value for n in passage.numbers if n.unit == "year"}
            if (years or self._years_of(passage.document)).isdisjoint(ask.years):
                # "what's the target for end of 2026": "Bis Ende 2025 sollen …" is 2025's, and an article
                # naming no 2026 says nothing of it
                return None
        compared = (
            self._figure_years(passage) if ask.kind in FIGURE_KINDS and ask.years and not ask.timed[0] else {}
        )
        if compared and not set(compared.values()) & set(ask.years):
            return None  # "Umsatz 2023": "stieg 2025 auf 1,46 Mrd., nach 1,06 Mrd. im Vorjahr" is of neither
        if ask.kind in FIGURE_KINDS and ask.years and not compared:
            years = {n.value for n in passage.numbers if n.unit == "year"}
            if years and not years & set(ask.years):
                return None  # "expect for 2025": "Im Geschäftsjahr 2024 steigerte Acme den Umsatz auf …"
            if not years and not self._years_of(passage.document) & set(ask.years):
                return None  # "the bid in the 2022 tender": an article of no such year gives no figure of it
            if (
                not years
                # (a year the article reports from is its own time: undated sentences are of it)
                and not (self._lead_years(passage.document) | self._reported_years(passage.document))
                & set(ask.years)
                and self._dated_elsewhere(passage, ask, subjects)
            ):
                # "how much was Acme fined in 2021": "eine Geldbuße von 2,3 Milliarden" is the article's
                # time, where another sentence says "bereits im Jahr 2021 mit 310 Millionen"
                return None
            reported = self._reported_years(passage.document)
            previous = self._before(passage) if not years else None
            dated = {n.value for n in previous.numbers if n.unit == "year"} if previous else set()
            if not years and reported and max(ask.years) < min(reported) and not dated & set(ask.years):
                # "what did Globex pay at the 2021 auction": an undated sentence of an article reported in
                # 2026 tells of 2026 (unless it goes on from one of 2021)
                return None
            if not years and ask.timed[0] and self._timed_apart(passage, ask):
                return None  # "in H2 2026": "mindestens 10 Gigawatt" is no figure of that half
            last = _LAST_YEAR.search(passage.text)
            if not years and last and (not passage.numbers or last.start() < passage.numbers[0].start):
                # "Umsatz 2026": "erzielte im vergangenen Jahr 412 Mio." is last year's (not "stieg auf 1,42
                # Billionen, nach 1,05 Billionen im Vorjahresquartal": this year's, then last year's)
                return None
            if (
                not years
                and any(_RESULTS.search(h) for h in ask.heads)
                and not dated & set(ask.years)
                # ... unless the article's lead dates what it reports ("hat im dritten Quartal 2025 deutlich
                # mehr umgesetzt"), and the sentence says no other time
                and not (
                    self._lead_years(passage.document) & set(ask.years)
                    and not _EARLIER_SAID.search(passage.text)
                )
                # ... or, a quarter asked that the article reports, the year it reported it in ("hat am 5.
                # November 2026 Zahlen für das dritte Quartal vorgelegt")
                and not (
                    ask.timed[0]
                    and self._reported_years(passage.document) & set(ask.years)
                    and not _said_of_before(passage)
                )
            ):
                # "revenue in 2025": a year's result, which a sentence naming no year (nor the one before
                # it: "erzielte 2025 …. Beim Konkurrenten … von 640 Millionen Euro Umsatz") is not
                return None
            if dated and (
                not dated & set(ask.years) or (len(dated) >= 2 and _TOTAL_WORDS & set(passage.words))
            ):
                # "How many chips in 2029": "… im Jahr 2027 und 90.000 im Jahr 2028. Insgesamt sind das
                # 195.000 Chips." is of the years the sentence before names, and all of them together
                return None
        if ask.parts and (named_parts := _parts_named(passage.words)) and not ask.parts & named_parts:
            return None  # "when is the second gigawatt online": "die erste Phase … 2026" is the first's
        if ask.periods and self._other_period(passage, ask.periods):
            return None  # "der Kupon der Anleihe mit zehn Jahren Laufzeit": not of the seven-year bond
        if ask.kind in (Kind.SAID, Kind.PERSON) and any(set(p.split()) & ask.besides for p in passage.people):
            return None  # "who does it quote besides Roe": Roe's words are set aside
        if ask.kind in _DATED_KINDS | {Kind.DURATION} and _COUNTERFACTUAL.search(passage.text):
            return None  # "dann wären wir frühestens Ende 2027 startklar gewesen": what did not happen
        if (
            ask.kind is Kind.COUNT
            and any(c.startswith(_STAFF) for c in ask.counted)
            and _CONSTRUCTION.search(passage.text)
            and not any(t.startswith(("bau", "construct", "errichtung", "build")) for t in ask.topic)
        ):
            return (
                None  # "how many employees does Acme have": "Auf den Baustellen sollen 450 Menschen arbeiten"
            )
        if (
            ask.stock
            and any(c.startswith(_STAFF) for c in ask.counted)
            and _STAFF_CHANGE.search(passage.text)
            and not _STAFF_NOW.search(passage.text)
            and not any(_STAFF_CHANGE.search(t) for t in ask.topic)
        ):
            return None  # "how many employees does Acme have": "340 Beschäftigte wechseln zum Käufer" moves
        if (
            ask.kind is Kind.COUNT
            and any(w.startswith(_CREATED) for w in (*ask.counted, *ask.topic))
            and _STAFF_NOW.search(passage.text)
            and not _STAFF_CHANGE.search(passage.text)
            and not any(w.startswith(_CREATED) for w in passage.words)
        ):
            return None  # "wie viele Jobs entstehen": "Acme beschäftigt bislang 900 Mitarbeiter" is its staff
        if (
            ask.stock
            and _PARTED_WITH.search(passage.text)
            and not any(_PARTED_WITH.search(t) for t in ask.topic)
        ):
            return (
                None  # "wie viele Rechenzentren betreibt Acme": "muss drei Standorte veräußern" are sold off
            )
        if ask.stock and _AFFECTED.search(passage.text) and not any(_AFFECTED.search(t) for t in ask.topic):
            return (
                None  # "wie viele Kunden hat Acme": "mehr als 3.400 Kunden betroffen" are those hit, not all
            )
        moves = [t for t in ask.topic if _STAFF_CHANGE.search(t)]
        if (
            moves
            and any(c.startswith((*_STAFF, *_JOB_NOUNS)) or c in _PEOPLE for c in ask.counted)
            and all(self._match(passage, t) is None for t in moves)
        ):
            return None  # "how many jobs does Acme cut": "Acme beschäftigt 2.300 Menschen" is no cut
        if (
            any(c.startswith(_STAFF) or c in _PEOPLE for c in ask.counted)
            and _STRUCK.search(passage.text)
            and not any(_STRUCK.search(t) for t in ask.topic)
        ):
            return None  # "wie viele Leute arbeiten bei Acme": "1.400 Beschäftigte streiken" are some of them
        if (
            ask.final
            # (a figure alone: "In der ersten Stufe 150 MW, ausgelegt für bis zu 400 MW" gives the last too)
            and (ask.kind is Kind.DATE or (ask.kind in FIGURE_KINDS and len(_with_units(passage)) == 1))
            and first_stage_only(passage.text, passage.words)
        ):
            # "when will the full 10 GW be running": "die erste Phase … 2026" is the first's; "the total
            # investment for the full build-out": not "Finanziert wird der erste Bauabschnitt … 1,9 Mrd."
            return None
        if ask.fresh and not ask.earlier and _of_an_earlier_event(passage):
            return None  # "valuation after the new round": "Bei der vorangegangenen Runde hatte …" is the old
        if ask.now and _WOULD.search(passage.text):
            return (
                None  # "wie viel zahlt Acme derzeit": "die Gemeinde hätte … einnehmen können" is no fact now
            )
        if ask.receives and len(subjects) == 1 and self._pays_here(passage, subjects[0]):
            return None  # "how much does Globex get": "zahlt Globex … eine Lizenzgebühr" is what it pays
        holders = [s for s in subjects if s != ask.stake_in] if ask.stake_in else subjects
        if (
            ask.kind in _DATED_KINDS
            and not self._figure_about(passage, holders or subjects)
            and not self._of_the_deal(passage, ask, subjects)
            and not self._of_the_stage(passage, ask, subjects)
            # "the ownership split in Acme JV": who holds how much, in the article naming the venture
            and not (ask.stake_in and not holders and self._holders_of(passage, ask.stake_in))
            and not self._party_by_kind(passage, ask, subjects)
            and not self._paid_to(passage, ask, subjects)
            and self._own_opening(passage, subjects) is None
            and not (ask.kind is Kind.DATE and self._dated_after(passage, subjects))
        ):
            # a figure or a date only from a sentence about the asked company itself (a stake: about its
            # holder; "62 Prozent der Anteile des Unternehmens" is the stake asked in the article's company)
            return None
        if (
            holders
            and holders != subjects
            and set(passage.orgs) - set(subjects)
            and not set(holders) & set(passage.names)
        ):
            return None  # "what % of Acme does Globex get": "Initech, der 9 Prozent an Acme hält"
        if ask.kind is Kind.PLACE and len(subjects) >= 2 and not self._figure_about(passage, subjects):
            return None  # where the pair builds, not where one of them has its seat
        if ask.kind in _NAMING_KINDS and ask.sized and not self._gives(passage, ask.sized):
            return None  # "where is the 80 MW hub being built": a sentence far from any 80 MW is of another
        if _STAMP.match(passage.text) and not ask.of_an_article:
            return None  # "Aktualisiert am 19. März 2026, 16:40 Uhr": when the article changed, nothing else
        listed = passage.id in self.lists or passage.id in self.listed_in  # a list and its items say things
        if ask.kind in (Kind.WHAT, Kind.SAID) and _heading(passage.text) and not listed:
            return None  # "Details der Partnerschaft" names a topic; it says nothing of it
        # "which court": "Das Oberverwaltungsgericht Lüneburg" names one by a compound of the asked noun
        kind_named = self._named_kind(passage, ask.which) if ask.which else ""
        if (
            ask.name
            and ask.kind is Kind.WHAT
            and not set(passage.names) - set(subjects) - set(passage.places)
            and not _QUOTED_NAME.search(passage.text)
            and not _NAMED_AS.search(passage.text)
            and not kind_named
            and not (ask.which.startswith(_SITE_WORDS) and passage.places)
        ):
            # "wie heißt das Joint Venture": a sentence naming nothing new (but a place) names none; a name
            # in quotes („Norna“) is one; "in welchen Rechenzentren": sites, which their places name
            return None
        if (
            ask.name
            and ask.kind is Kind.WHAT
            and not _QUOTED_NAME.search(passage.text)
            and not _NAMED_AS.search(passage.text)
            and not self._named_after(passage, ask, subjects)
        ):
            # "what's the name of the custom chip": a name right after the thing ("die Plattform Zephyr",
            # "das Gemeinschaftsunternehmen Globex"), not companies listed in a sentence on chips
            return None
        if ask.stake_in and self.names.kind(ask.stake_in) != PLACE:
            before = self._before(passage)
            if not _STAKE_SAID.search(passage.text) and not (
                # "… 65 Prozent der Anteile übernehmen. Das Bankenkonsortium soll 30 Prozent erhalten"
                before is not None and _STAKE_SAID.search(before.text) and _PERCENT_GOT.search(passage.text)
            ):
                return (
                    None  # "what percentage of Acme does Globex own": "zwölf Prozent über dem Kurs" is none
                )
            if self._stake_elsewhere(passage, ask.stake_in):
                return None  # "Prozent an Globex": "hält 22 Prozent an dem Unternehmen" (Acme, named before)
            holders = [s for s in subjects if s != ask.stake_in]
            shares = passage.figures(_PERCENT)
            if (
                holders
                and shares
                and not self._named_at(passage, holders)
                and all(_HOLDERS_WITH.search(passage.text, 0, n.start) for n in shares)
            ):
                return None  # "wie viel hielt Globex an Acme": "Aktionäre mit 41 Prozent" hold it, not Globex
            portion = _PORTION_OF_THING.search(passage.text)
            if (
                portion is not None
                and ask.stake_in not in passage.names
                and self.names.kind(normalize(portion.group(1))) is None
                and not portion.group(1).casefold().endswith(COMPANY_NOUNS_ENDINGS)
            ):
                return None  # "what stake in Acme": "der Anteil der Staatsbürger an der Belegschaft" is none
        if ask.kind in FIGURE_KINDS and any(
            t in SUBSET_WORDS and self._match(passage, t) is None for t in (*ask.topic, *ask.counted)
        ):
            return None  # "how many of the jobs are permanent": "1.200 Arbeitsplätze" are all of them
        if ask.kind is Kind.MONEY and any(
            not any(h in w for w in passage.words)
            # ("Acme muss je Monat eine Strafe zahlen. Die Summe ist auf 12 Mio. begrenzt": the penalty's)
            and not (
                _SUM_SPOKEN_OF.match(passage.text)
                and (before := self._before(passage)) is not None
                and any(h in w for w in before.words)
            )
            for h in _sum_heads(ask.topic)
        ):
            return None  # "die Vertragsstrafe": "Der Auftragswert lag bei 260 Millionen" is no penalty
        if (
            ask.kind is Kind.MONEY
            and any(w.startswith(_OWN_SUMS) or w.endswith(_OWN_SUMS) for w in passage.words)
            and any(h.startswith(_SPENT) for h in ask.heads)
            and len(passage.figures(MONEY_UNITS)) == 1
        ):
            return None  # "how much is Acme investing": "stellt Abfindungen … bereit" is no investment
        if ask.payer and paid_by_another(ask.payer, _sum_clause(passage), self.names_in, self.can_pay):
            return None  # "how much will Acme spend": "Globex will … in Acme investieren" is Globex's money
        if ask.others and ask.kind in FIGURE_KINDS and not ask.places and passage.places:
            return (
                None  # "how many acres are the other sites": "In Springfield … auf 1.000 Acres" is one site's
            )
        if ask.closing and not _CLOSE_SAID.search(passage.text):
            return None  # "the price at the close of the first trading day": not the issue price
        if ask.paid and only_offered(passage.text):
            return None  # "wie viel hat Acme für seine Anteile bezahlt": "Acme hatte 4.200 Vatu geboten"
        if ask.maker and not self._names_maker(passage, ask.maker):
            return None  # "which chip maker supplies …": a sentence saying who makes it, not who installs
        if any(_owned_by_another(passage, name, noun) for name, noun in ask.owned):
            return None  # "der Stromverbrauch des Globex-Werks": "Das Acme-Werk soll … verbrauchen"
        if (
            ask.kind is Kind.WHAT
            and subjects
            and passage.numbers
            # (a project, or a company the article is about, is the subject's own business)
            and set(passage.orgs) - self.names.projects - self.names.subjects.get(passage.document, set())
            and not any(s in passage.about for s in subjects)
        ):
            return None  # "what PUE do Acme's centres achieve": "Der Verband Globex beziffert … auf 1,45"
        if evidence is not None and ask.kind in _NAMING_KINDS and _NAME_WITHHELD.search(passage.text):
            evidence = ([], ())  # "who is the anchor customer": "…, dessen Namen ich nicht nennen darf"
        figures, highlights = evidence if evidence is not None else ([], ())
        # "Insgesamt umfasst das Angebot 12,5 Mio. Aktien: …, 3,5 Mio. gibt Globex ab": the figures before the
        # colon are the article's company's
        opening = self._own_opening(passage, subjects) if ask.kind in _DATED_KINDS else None
        if opening is not None and not self._figure_about(passage, subjects):
            figures = [n for n in figures if n.start < opening]
        elif (
            ask.kind in FIGURE_KINDS
            and (after := self._named_after_opening(passage, subjects, figures)) is not None
        ):
            # ... and Globex's own are after it, in the clause naming it ("weitere 3,5 Mio. gibt Globex ab")
            named_at = self._named_at(passage, subjects)
            later = [n for n in figures if n.start > after]
            its = [n for n in later if any(_same_clause(passage.text, n.start, a) for a in named_at)]
            figures = its or later
        if ask.kind is Kind.MONEY and figures and not ask.valued:
            # "was kostet das neue Rechenzentrum": "Amsaga wird mit rund 22 Milliarden bewertet" is what the
            # company is worth, no cost (asked "valuation", "wert", it is)
            figures = [n for n in figures if n not in _valued(passage.text, figures)]
            # "Der Preis entspricht dem 14,5-Fachen des … Ergebnisses … von rund 16,4 Mrd.": the base of a
            # multiple is another sum, not the one the sentence names
            figures = [n for n in figures if not _MULTIPLE_OF.search(passage.text, 0, n.start)]
            if not figures:
                return None
        if ask.kind in FIGURE_KINDS and len(subjects) == 1 and len(passage.orgs) >= 2 and figures:
            # "Acme beschäftigt 9.400 Menschen, während Globex … mehr als 70 Chips entworfen hat": a figure
            # in a clause of another company's is not the asked one's
            figures = [n for n in figures if not self._other_clause(passage, n, subjects[0])]
            if not figures:
                return None
        if ask.kind in FIGURE_KINDS and subjects and len(passage.orgs) >= 2 and figures:
            figures = [n for n in figures if not self._others_part(passage, n, subjects)]
            if not figures:
                return None
        if kind_named and not highlights:
            highlights = (kind_named,)
        both = [h for h in highlights if self._one_of(h, ask.one_of)]
        if ask.kind is Kind.ORG and len(both) > 1:
            # "who provides the core infrastructure, Acme or Globex": "Acme … wird die Kerninfrastruktur
            # bereitstellen, während Globex seine Modelle … einsetzen wird": the one in the asked words' part
            doers = self._doers(passage, both, ask.topic)
            if len(doers) != 1:
                return None
            highlights = tuple(doers)
        elif ask.kind is Kind.ORG and both:
            highlights = tuple(both)  # (the other company named is none of the two asked between)
        if ask.one_of and highlights and not any(normalize(h) in ask.one_of for h in highlights):
            # "whose chips go to Springfield, Acme or Globex": the one of them the sentence names ("… mit
            # Globex-GPUs …"); neither named is no answer ("wer investiert mehr: Acme oder Globex")
            chosen = [
                self.names.names[o].display
                for o in ask.one_of
                if o in passage.names and o in self.names.names
            ]
            if len(chosen) != 1:
                return None
            highlights = tuple(chosen)
        if ask.last_year and ask.kind in FIGURE_KINDS and not ask.years and not self._of_a_past(passage):
            return None  # "wie viele Chips hat Acme letztes Jahr geliefert": "Acme darf 18.000 … liefern"
        if ask.years_back and ask.kind in FIGURE_KINDS and years_back(passage.text) != ask.years_back:
            return None  # "how many customers two years ago": "ein Jahr zuvor waren es 60" is one year back
        if ask.this_year and ask.kind in FIGURE_KINDS and _of_last_year(passage):
            return None  # "how many servers so far this year": "Im vergangenen Jahr verkaufte Acme 24.000"
        if (ask.latest or ask.now) and ask.kind in FIGURE_KINDS and _BACK_THEN.search(passage.text):
            # "how much is Acme currently investing": "hatte … angekündigt und damals 900 Millionen in
            # Aussicht gestellt" is what was said then
            return None
        if (
            ask.bound
            and figures
            and ask.kind in FIGURE_KINDS
            and all(against_bound(ask.bound, qualifier_before(passage.text, n.start)) for n in figures)
        ):
            return None  # "wie viel Strom höchstens": "mehr als 30 Megawatt" is a floor, no ceiling
        rumoured = [n for n in figures if _rumoured(passage.text, n)]
        if rumoured and ask.kind in FIGURE_KINDS:
            # "dementierte einen Bericht, wonach Globex 500 Millionen … stecken werde": a denied report's
            # figure answers only a question after that report
            figures = rumoured if ask.reported else [n for n in figures if n not in rumoured]
            if not figures:
                return None
        changed = _changed(passage, figures) if ask.change else []
        if changed:
            figures = changed  # "von 30 auf 72 Megawatt": both values asked
        elif not ask.earlier:
            revised = self._revised_next(passage, figures) if ask.kind in FIGURE_KINDS else False
            if revised:
                # "Ursprünglich hatte Acme den Bau mit 2,2 Milliarden veranschlagt. Nun hob Acme die Schätzung
                # auf 2,9 Milliarden an": the first plan, which the next sentence replaces, is no answer now
                return None
            # (a year asked of a sentence comparing years picks its figure by the year below: "nach 1,06 Mrd.
            # im Vorjahr" is the year before's, which "Umsatz 2024" asks)
            by_year = bool(ask.kind in FIGURE_KINDS and ask.years and not ask.timed[0]) and bool(
                self._figure_years(passage)
            )
            current = figures if by_year else _current(passage, figures)
            replaced_here = [n for n in figures if n not in current]
            # "under the original contract": the value the current one replaced, where the sentence gives
            # both ("nun 24.000 Dollar pro Stück, nach 27.500 Dollar im ursprünglichen Vertrag")
            figures = replaced_here if ask.original and replaced_here else current
            figures = [n for n in figures if not _denied(passage.text, n.start)] or figures
            prior = [n for n in figures if _PRIOR_BRACKET.search(passage.text, 0, n.start)]
            if prior and ask.kind in FIGURE_KINDS:
                # "Die Zahl der Beschäftigten erhöhte sich um 24 % (Vj.: 420)": the year before's value is
                # not the one now
                figures = [n for n in figures if n not in prior]
                if not figures:
                    return None
            if ask.kind in FIGURE_KINDS and (corrected := self._corrected_later(passage)):
                # "09:40 Uhr – … liege bei rund 3,5 Milliarden Euro" before "Korrektur zu 09:40 Uhr: Die
                # genannten rund 3,5 Milliarden Euro gelten nur für den ersten Bauabschnitt": the correction
                # says what the figure is
                figures = [n for n in figures if (n.value, n.unit) not in corrected]
                if not figures:
                    return None
            replaced = self.replaced_in(passage.document)
            if replaced and ask.kind in FIGURE_KINDS and not (ask.original and replaced_here):
                # "620 statt zunächst genannter 860 Milliarden": the figure the article corrects is no
                # answer in any of its sentences ("hatten wir gemeldet, … rund 860 Milliarden")
                # (one of no unit, "die Zahl von 7 Milliarden sei nicht korrekt", in any)
                figures = [n for n in figures if not {(n.value, n.unit), (n.value, None)} & replaced]
                if not figures:
                    return None
            if _retracted(passage.text):
                # "Korrektur: In einer früheren Version hieß es, Acme investiere 4,8 Milliarden …": a figure
                # taken back is none, unless the sentence goes on with the right one ("tatsächlich sind es …")
                right = _CORRECTED.search(passage.text)
                figures = [n for n in figures if right is not None and n.start > right.start()]
                if not figures and ask.kind in FIGURE_KINDS:
                    return None
        elif (
            ask.kind in FIGURE_KINDS and not _EARLIER_SAID.search(passage.text) and not _of_last_year(passage)
        ):
            # "der Nettogewinn im Vorjahresquartal": a sentence on this quarter's is no answer (one in the
            # pluperfect is: "Acme hatte bereits 2023 … 150 Roboter gekauft")
            return None
        else:  # "how many racks were planned originally": the value the current one replaced
            now = _current(passage, figures)
            figures = [n for n in figures if n not in now] or figures
            # ... or the one its own clause dates before ("lag im Quartal bei 91 Prozent, im
            # Vorjahreszeitraum waren es 78 Prozent")
            then = [
                n
                for n in figures
                # (not "ggü. Vj.", a change's basis: "um 38 % ggü. Vj. auf 912 Mio. EUR" is the value now)
                if _EARLIER_SAID.search(_BASIS.sub(" ", _clause_before(passage.text, n.start)))
                or _PRIOR_BRACKET.search(passage.text, 0, n.start)  # "186,4 Mio. CHF (Vj.: 131,2 Mio.)"
            ]
            of_head = self._of_the_head(passage, ask, figures, then)
            if (
                not of_head
                and ask.kind in FIGURE_KINDS
                and (
                    then
                    or not (_EARLIER_SAID.search(_BASIS.sub(" ", passage.text)) or _of_last_year(passage))
                )
            ):
                # ("… das EBIT stieg auf 74 Mio. EUR (Vj.: 42 Mio.)": the EBIT's, not the Umsatz's asked)
                # "Der Umsatz legte um 38 % ggü. Vj. auf 912 Mio. EUR zu": the year before is the basis of a
                # change; its value is not said
                return None
            figures = of_head or figures
        if ask.final and len(figures) > 1:
            # "in der Endstufe": "In einer ersten Ausbaustufe … 15.000 Wafer, in der Endstufe bis zu 40.000"
            # ... or the one not of the first stage ("In der ersten Stufe sind es 150 Megawatt, ausgelegt ist
            # das Gelände für bis zu 400 Megawatt")
            figures = (
                [n for n in figures if _FINAL_STAGE.search(_clause_before(passage.text, n.start))]
                or [
                    n
                    for n in figures
                    if 1 not in stages(normalize(_clause_before(passage.text, n.start)).split())
                ]
                or figures
            )
        if ask.years and ask.kind in FIGURE_KINDS:
            # "how many employees by the end of 2026": "beschäftigt derzeit 85 … und will die Zahl bis Ende
            # 2026 verdoppeln" gives the count now; the year asked is when it is to change
            own_years = self._reported_years(passage.document) | self._lead_years(passage.document)
            ahead = bool(own_years) and min(ask.years) > max(own_years)
            figures = [n for n in figures if not _now_before_a_year(passage, n, ask.years, ahead)]
            if not figures:
                return None
        compared = self._figure_years(passage) if ask.years and not ask.timed[0] else {}
        if compared and ask.kind in FIGURE_KINDS:
            # "Umsatz 2024": of "stieg 2025 auf 1,46 Mrd., nach 1,06 Mrd. im Vorjahr", the year before's
            figures = [n for n in figures if compared.get(n.start) in ask.years]
            if not figures:
                return None
        elif ask.years and len(figures) > 1:
            figures = _of_the_years(passage, figures, ask.years)
        if ask.places and len(figures) > 1 and len(passage.places) > 1:
            figures = self._of_the_places(passage, figures, ask.places)
        if (
            ask.kind in FIGURE_KINDS
            and ask.places
            and not ask.whole
            and len(figures) == 1
            and self._places_joined(passage, ask.places)
        ):
            return None  # "wie viele Stellen in Monthey": not "1.050 Stellen in Basel und Monthey"
        if ask.kind is Kind.DATE and len(highlights) > 1:
            # "Die erste Lieferung war ursprünglich für Ende 2025 vorgesehen, nun … im zweiten Quartal 2026":
            # the date now, unless the one first planned is asked
            first = {
                h
                for h in highlights
                if _ORIGINALLY.search(_clause_before(passage.text, passage.text.find(h)))
                # "Statt im Januar 2026 soll das Werk nun im März 2027 …": the date replaced
                or _INSTEAD_OF.search(passage.text, 0, max(0, passage.text.find(h)))
            }
            kept = tuple(h for h in highlights if (h in first) == ask.earlier)
            highlights = kept or highlights
        if figures and (ask.quota or not ask.threshold):
            # "Rechenzentren mit mehr als 30 MW": a rule's threshold is no amount of anything, and nothing
            # else is the threshold asked ("die Annahmeschwelle": not the price offered)
            figures = [n for n in figures if _bound_set(passage.text, n) == ask.quota]
            if not figures:
                return None
        weights = [self._weight(t) for t in ask.topic]
        matched = [self._match(passage, t) for t in ask.topic]
        if not subjects:
            # "Robotervertrag", naming nobody: "Der Vertrag über 2,9 Mrd." in an article that never speaks of
            # robots, which another article does, is not that contract (a compound's last part alone says it
            # only in an article saying its first)
            matched = [
                None if m is not None and self._head_elsewhere(passage, t) else m
                for t, m in zip(ask.topic, matched, strict=True)
            ]
        # "each strike day": "jeder Streiktag" says both, the compound the first word matched ending in the
        # German of the second
        matched = [
            self._compound_tail(passage, prev, t) if m is None and prev is not None else m
            for t, m, prev in zip(ask.topic, matched, [None, *matched][: len(matched)], strict=True)
        ]
        power_noun = _POWER_NOUN.search(passage.text) if ask.kind is Kind.MEASURE else None
        powered = [n for n in figures if n.unit in SIZED_POWER] if ask.kind is Kind.MEASURE else []
        # ... or the megawatts alone, of the company asked, named ("Acme, das sich mindestens 40 Megawatt
        # gesichert hat": how much capacity Acme has reserved)
        capacity_at = (
            power_noun.start()
            if power_noun is not None
            else powered[0].start
            if powered and subjects and all(s in passage.names for s in subjects)
            else None
        )
        if capacity_at is not None and powered:
            # "the campus's maximum capacity": "eine Anschlussleistung von bis zu 240 Megawatt" says a
            # capacity by its compound's last part, as the megawatts do
            matched = [
                capacity_at if m is None and t.startswith(_CAPACITY_TERMS) else m
                for t, m in zip(ask.topic, matched, strict=True)
            ]
        term_said = _TERM_SAID.search(passage.text) if ask.kind is Kind.DURATION else None
        if term_said is not None:
            # "wie lange läuft der Stromvertrag": "über eine Laufzeit von 15 Jahren" is the term of the
            # contract the article speaks of
            matched = [
                term_said.start()
                if m is None and t.endswith(_CONTRACT_ENDS) and self._in_document(passage.document, t, nearby)
                else m
                for t, m in zip(ask.topic, matched, strict=True)
            ]
        if ask.kind is Kind.PERCENT:  # "Marktanteil": "58 Prozent des senegalesischen Marktes"
            matched = [
                _share_of_said(passage.text, t) if m is None else m
                for t, m in zip(ask.topic, matched, strict=True)
            ]
        stake_said = _STAKE_SAID.search(passage.text) if ask.kind is Kind.PERCENT and ask.stake_in else None
        if stake_said is not None:
            # "what share of Acme does Globex own": "Globex hält 72 Prozent an Acme" says the share it holds
            matched = [
                stake_said.start() if m is None and t in _SHARE_HEADS else m
                for t, m in zip(ask.topic, matched, strict=True)
            ]
        before = self._before(passage) if _RESTATES.match(passage.text) else None
        # ... or revises the figure the sentence before gave as first planned ("Ursprünglich hatte Acme den
        # ersten Abschnitt mit 2,2 Milliarden veranschlagt. … hob Acme die Schätzung auf 2,9 Milliarden an")
        before = before or self._revising(passage)
        restating = before is not None
        if before is not None:
            # "Der Umsatz stieg auf 412 Mrd. … Das entspricht einem Plus von 29,6 Prozent.": the figure of the
            # sentence before, said again; its words are this sentence's
            matched = [
                0 if m is None and self._match(before, t) is not None else m
                for t, m in zip(ask.topic, matched, strict=True)
            ]
        # (not "welcher Anteil vom Kaufpreis": a part of the price)
        paid_for = (
            ask.kind is Kind.MONEY
            and ask.pays
            and not ask.part_of_sum
            and not any(_PURCHASE_PRICE.search(h) for h in ask.heads)
        )
        purchase = _PURCHASE_PRICE.search(passage.text) if paid_for else None
        if purchase is not None:  # "how much is Acme paying for its stake": "Der Kaufpreis beträgt …" says it
            matched = [
                purchase.start() if m is None and t in ask.heads else m
                for t, m in zip(ask.topic, matched, strict=True)
            ]
        contract_sum = _CONTRACT_SUM.search(passage.text) if ask.kind is Kind.MONEY else None
        if contract_sum is not None:  # "the contract's value": "einen Auftrag über 620 Millionen" says it
            matched = [
                contract_sum.start() if m is None and t in _VALUE_HEADS else m
                for t, m in zip(ask.topic, matched, strict=True)
            ]
        if ask.places & set(passage.places):  # "the Frauenfeld site": "In Frauenfeld baut Acme …" says it
            matched = [
                0 if m is None and t.startswith(_SITE_WORDS) else m
                for t, m in zip(ask.topic, matched, strict=True)
            ]
        if kind_named:  # "which court": the compound naming one ("Oberverwaltungsgericht") says the noun
            matched = [
                passage.text.find(kind_named) if t == ask.which and m is None else m
                for t, m in zip(ask.topic, matched, strict=True)
            ]
        if ask.kind is Kind.ORG and self._trade_unsaid(passage, ask, subjects, matched, highlights):
            # "which foundry will make Acme's chips": "Acme erhält das Recht, Globex' Architektur zu
            # verwenden" names companies, none of them a foundry
            return None
        if (
            ask.kind is Kind.WHAT
            and ask.which
            and ask.which in ask.topic
            and matched[ask.topic.index(ask.which)] is None
            and ask.which_of_name
        ):
            return None  # "which Acme chips will Globex use first": a sentence saying no chips names none
        if ask.kind in (Kind.WHAT, Kind.SAID) and subjects:
            # "according to Acme's boss": a person of Acme with a title in the sentence is the boss asked
            # for ("Acme-Gründerin und Vorstandschefin Jane Roe bezeichnete …")
            titled = [
                self.names.names[p]
                for p in passage.people
                if self.names.names[p].title and normalize(self.names.names[p].org or "") in subjects
            ]
            if titled:
                at = _position(passage, normalize(titled[0].display).split()[0])
                matched = [  # ... but no one of Acme is the analyst asked, nor its CEO the CFO asked
                    at
                    if m is None
                    and (asks_role(t) or t in ROLE_WORDS)
                    and not is_judge(t)
                    and (t in CHIEF_WORDS or not _functional_chief(t) or title_says(titled[0].title or "", t))
                    else m
                    for t, m in zip(ask.topic, matched, strict=True)
                ]
        if ask.kind is Kind.PERSON and any(
            m is None and asks_role(t) for t, m in zip(ask.topic, matched, strict=True)
        ):
            # "who is Acme's COO": "…, sagte Jo Roe, Chief Operating Officer von Acme" gives the role by title
            # (by the full name: "des Parks" names no "Park Ji-won")
            said = f" {normalize(passage.text)} "
            titled = [
                n
                for n in (self.names.names[p] for p in passage.people)
                if n.title and f" {normalize(n.display)} " in said
            ]
            matched = [
                next(
                    (
                        _position(passage, normalize(p.display).split()[-1])
                        for p in titled
                        if title_says(p.title or "", t)
                    ),
                    None,
                )
                if m is None and asks_role(t)
                else m
                for t, m in zip(ask.topic, matched, strict=True)
            ]
        if any(m is None and is_judge(t) for t, m in zip(ask.topic, matched, strict=True)):
            # "the analyst's new price target": "Roe … hob das Kursziel an", where Roe is an analyst
            judges = [
                self.names.names[p] for p in passage.people if is_judge(self.names.names[p].title or "")
            ]
            if judges:
                at = _position(passage, normalize(judges[0].display).split()[-1])
                matched = [
                    at if m is None and is_judge(t) else m for t, m in zip(ask.topic, matched, strict=True)
                ]
        total = sum(weights)
        found = 0.0
        relative = 0.0  # the weight of words found only as relatives
        before = None
        if ask.kind is Kind.PERSON and _AS_OBSERVED.match(passage.text):
            before = self._before(passage)  # "wer wird zur KI-Blase zitiert": "Wie … Jane Roe beobachtet …"
        elif ask.kind in _GOES_ON_KINDS | {Kind.WHAT, Kind.SAID}:
            # ("Korrektur zu 09:40 Uhr: Die genannten rund 3,5 Mrd. …": of the sentence giving them first)
            before = self._corrected(passage) or self._antecedent(passage)
        if (
            before is not None
            and ask.kind is Kind.MONEY
            and ask.topic
            and all(m is None for m in matched)
            and any(_named_sum(passage, n) for n in figures)
        ):
            # "Wie viel investiert Kiralon in seinen Campus": "… trägt einen Baukostenzuschuss von 95 Mio."
            # after a sentence on the campus names its sum as another thing than any word asked
            return None
        own = matched  # the words the sentence says itself
        if before is not None:
            # "… einen Stromliefervertrag geschlossen. Das Volumen beläuft sich auf …": a figure's sentence
            # opening on "Das/Der/Die" goes on about what the one before it named, and so does an open
            # question's ("Die Zusage ist an die Bedingung geknüpft …" after the subsidy; "Der Vertrag
            # läuft …": about the "Mietvertrag" a few sentences up).
            # ... or the one just before it ("Kredit über 45 Mrd. Yen vereinbart. Die Laufzeit beträgt fünf
            # Jahre": the loan's term, though a bond's "Laufzeit" was named further up)
            just_before = self._before(passage) if ask.kind in FIGURE_KINDS | {Kind.DURATION} else None
            # (not the amount asked, which the sentence must say, but a share's price: "fiel sie auf …")
            # ... nor "Im Vorjahresquartal waren es 31,2 Milliarden": a figure with no noun of its own is of
            # the amount the sentence before named
            bare = _PRONOUN_FIGURE.match(passage.text) is not None
            # ... but "Der Konzernumsatz kletterte auf …" after "Der Umsatz mit Transceivern …" names its own
            # thing in a compound of the head asked, which is not the one asked ("Transceiver-Umsatz")
            compounded = any(w != h and w.endswith(h) for w in passage.words for h in ask.heads)
            matched = [
                m
                if m is not None or (t in ask.heads and t not in _STOCK_WORDS and not bare) or compounded
                else (
                    self._anchor(before, t)
                    if self._anchor(before, t) is not None or just_before is None
                    else self._anchor(just_before, t)
                )
                for t, m in zip(ask.topic, matched, strict=True)
            ]
        borrowed = sum(
            w for w, m, o in zip(weights, matched, own, strict=True) if m is not None and o is None
        )
        if (
            ask.kind is Kind.DATE
            and ask.topic
            and all(o is None for o in own)
            and not ask.starting
            and not any(t.startswith(_START_WORDS) for t in ask.topic)
            and any(m.group(0)[:4].casefold() == "seit" for m in _FROM_WHEN.finditer(passage.text))
        ):
            # "when was the ruling against Acme": "Acme hat seit 2021 … dieser Module verkauft" after a
            # sentence on the ruling dates when its own selling began, not the event borrowed from before
            return None
        if borrowed and all(o is None for o in own) and self._others_clause(passage, figures, subjects):
            # "Das Vorhaben ist größer als …: Der Konkurrent Globex hatte … mit 900 Mio. Kapital gegründet":
            # words borrowed from the sentence before, the figure is of the other company its clause names
            return None
        if (
            narrowed == "place"
            and ask.kind in FIGURE_KINDS
            and not ask.counted  # (a count's noun is what it says: "wie viele Jobs entstehen in Erstfeld")
            and all(o is None for o in own)
            and ask.places.isdisjoint(passage.places)
            and ask.places.isdisjoint(passage.site)
            and not self._lead_names(passage, ask.places)
        ):
            # "was kostet das Rechenzentrum bei Jelgava": a place only the body names is one thing's of the
            # article; a sentence saying no word asked itself, nor naming the place or in its paragraph, is
            # of another ("Die Preisspanne lag bei 20 bis 24 Euro" after "… Rechenzentrumsbetreiber …")
            return None
        if (
            narrowed == "place"
            and ask.kind in FIGURE_KINDS
            and ask.places.isdisjoint(passage.places)
            and ask.places.isdisjoint(passage.site)
            and self._later_site(passage.document, ask.places)
            and passage.position < self._first_naming(passage.document, ask.places)
        ):
            # "the rent at Acme's older Ostfeld site": a site the article comes to later ("Hintergrund: …
            # einen ersten Standort in Ostfeld"); a sentence before it names the site is not of it
            return None
        # ... or an amount of a thing ("lag der Verbrauch bei 2,6 Mio. Litern" after "… Liter Wasser"), whose
        # words found so are borrowed (below a sentence saying them itself)
        amounted = ask.bulk and any(n.unit in BULK_UNITS for n in figures)
        if (
            ((ask.kind is Kind.COUNT and ask.counted) or amounted)
            and not set(passage.orgs) - set(subjects)
            and not refers_back(
                passage.text
            )  # "Das Unternehmen beschäftigt 900": the company's, not the site's
        ):
            # "Acme baut ein Werk in Springfield. Rund 1.200 Arbeitsplätze sollen entstehen.": a count's
            # sentence goes on about what the sentences just before it name
            earlier = self._earlier(passage)
            unborrowed = matched
            matched = [
                m if m is not None or not any(self._match(e, t) is not None for e in earlier) else 0
                for t, m in zip(ask.topic, matched, strict=True)
            ]
            if amounted:
                borrowed += sum(
                    w for w, a, b in zip(weights, unborrowed, matched, strict=True) if a is None and b == 0
                )
        if ask.kind is Kind.MEASURE and (measured := passage.figures(ask.measure)):
            # "the size … in megawatts": the measure's name, which its unit says ("mit 24 Megawatt")
            # (where another word asked stands, so that it picks no figure of its own)
            at = next((m for m in matched if m is not None), measured[0].start)
            matched = [
                at if m is None and t in _SIZE_WORDS else m for t, m in zip(ask.topic, matched, strict=True)
            ]
        if ask.kind is Kind.DATE:
            # "wann ist es fertig": "soll bis Herbst 2027 … entstehen", "Vollausbau", "abgeschlossen" say when
            done = _COMPLETED.search(passage.text)
            matched = [
                done.start() if m is None and done and matches(t, COMPLETION_WORDS) else m
                for t, m in zip(ask.topic, matched, strict=True)
            ]
            if ask.done and not done and _BEGINS.search(passage.text):
                return None  # "when will the station be finished": "die Bauarbeiten beginnen …" is its start
        if ask.ordinal and ask.ordinal in passage.stages:
            # "when is Phase 2 completed": "Baustart ist 2028, die Fertigstellung …" in Phase 2's paragraph
            # ... and the stage's own words ("zweite", "one") by the stage it speaks of
            staged = zip(ask.topic, matched, strict=True)
            matched = [0 if m is None and _names_stage(t) else m for t, m in staged]
        if ask.kind is Kind.ORG and ask.maker and not ask.maker.endswith(MAKER_ENDINGS):
            # "welche Baufirma baut den Campus": "Den Bau übernimmt der Konzern Globex" says the firm's trade
            matched = [
                _position(passage, ask.maker) if m is None and t.startswith(ask.maker) else m
                for t, m in zip(ask.topic, matched, strict=True)
            ]
        # "wie viel zahlt Globex für seinen Anteil": a sum a partner puts in ("steuert 420 Millionen bei"),
        # by a sentence naming the partner (not "der Staat steuert 160 Milliarden bei" in its article)
        contributed = ask.kind is Kind.MONEY and (
            (any(s in passage.names for s in subjects) and _CONTRIBUTED.search(passage.text) is not None)
            or self._paid_for_stake(passage, subjects)
        )
        if contributed:
            matched = [
                0 if m is None and t in _SHARE_HEADS else m for t, m in zip(ask.topic, matched, strict=True)
            ]
        if ask.kind in _SUMMED_KINDS and _difference_asked(ask):
            # "how much extra compared with the first announcement": "1,5 Milliarden Euro mehr als bei der
            # ersten Ankündigung" says the difference asked by its "mehr als"
            difference = next((n for n in figures if _DIFFERENCE_AFTER.match(passage.text, n.end)), None)
            short = [m for t, m in zip(ask.topic, matched, strict=True) if t.startswith(_SHORT_WORDS)]
            if difference is None and short and (len(figures) >= 2 or all(m is None for m in short)):
                # "by how many m³ does the granted amount fall short": "Statt der beantragten 620.000
                # Kubikmeter genehmigte die Behörde 210.000" gives both amounts, neither the shortfall (nor
                # does a sentence saying no shortfall: "Die Leistungsaufnahme liegt bei 45 Megawatt")
                return None
            before = self._before(passage) if difference is not None else None
            if difference is not None:
                # ... of the sum the sentence before names ("… will nun 3,5 Milliarden Euro investieren. Das
                # sind 1,5 Milliarden Euro mehr als …": "wie viel mehr investiert Acme")
                matched = [
                    difference.end
                    if m is None
                    and (
                        t.startswith((*_DIFFERENCE_WORDS, *_COMPARING))
                        or (t in ask.heads and before is not None and self._match(before, t) is not None)
                    )
                    else m
                    for t, m in zip(ask.topic, matched, strict=True)
                ]
        if ask.kind in FIGURE_KINDS and None in matched:
            opened = self._opened_by(passage, ask, subjects)
            matched = [
                0 if m is None and any(self._match(p, t) is not None for p in opened) else m
                for t, m in zip(ask.topic, matched, strict=True)
            ]
        # "the first block": an ordinal is said of its noun; a sentence on a first thing of another kind
        # ("Eine erste Ausschreibung für ein kleineres Kraftwerk") gives none of the asked one's figures
        if (
            ask.kind in _DATED_KINDS
            and any(
                m is not None
                and ordinals([t])
                # (said here, not matched by the sentence before that this one restates or revises)
                and not (restating and m == 0)
                and not _ENUMERATOR.match(passage.text, m)
                and self._ordinal_of_another(passage.text, m, ask.topic)
                and not any(
                    o is not None and m < o and len(passage.text[m:o].split()) <= ORDINAL_REACH
                    for o in matched[i + 1 :]
                )
                # ... where the article says the asked one by its ordinal elsewhere ("Der erste Block soll …")
                and self._ordinal_said(passage, t, ask.topic[i + 1])
                for i, (t, m) in enumerate(zip(ask.topic[:-1], matched, strict=False))
            )
        ):
            return None
        if (
            ask.kind is Kind.SAID
            and subjects
            and all(self.names.kind(s) == PERSON for s in subjects)
            and all(m is None for m in matched)
            and any(
                len(t) >= MIN_THEME_WORD
                and not finite_verb(t)
                and not t.endswith("ing")  # ("about finding skilled workers": an action, no theme)
                and self.mentions(t)
                and not any(
                    self._in_document(passage.document, form, nearby)
                    for form in (*expansions(t), *self.translations.of(t))
                )
                for t in ask.topic
            )
        ):
            # "was denkt Jane Roe über eine mögliche KI-Blase": the bubble another article speaks of, which
            # nothing of her article says, is no subject of her words
            return None
        if ask.stock_moved and self._company_moved(passage, subjects):
            # "verlor Sakura Silicon knapp 2 Prozent": the company's stock, said by its name
            matched = [
                0 if m is None and t in _STOCK_WORDS else m for t, m in zip(ask.topic, matched, strict=True)
            ]
        for term, weight, where in zip(ask.topic, weights, matched, strict=True):
            if where is not None:
                found += weight
                relative += 0.0 if self._literal(passage, term) else weight
            elif self._in_document(passage.document, term, nearby):
                found += NEARBY_CREDIT * weight  # the article says it a sentence away
        if ask.kind is Kind.COUNT and ask.counted:  # the counted thing, found, is what is asked most
            weight = max(self._weight(c) for c in ask.counted)
            found += weight
            total += weight
        if ask.numbers:  # the figures the question states count as its words
            values = {n.value for n in passage.numbers}
            stated = sum(1 for v in ask.numbers if v in values)
            found += stated * self.default_idf
            total += len(ask.numbers) * self.default_idf
        if ask.kind in FIGURE_KINDS and figures and self._partly_for(passage, figures, ask.topic, matched):
            return (
                None  # "the Teesside data centre's cost": "900 Mio. …, vor allem für ein neues Rechenzentrum"
            )
        if ask.kind is Kind.PERCENT and _STAKE_HELD.search(passage.text):
            # "Maple's stake": "Maple übernimmt 35 Prozent" says the stake, by its verb
            matched = [
                0 if m is None and t in _SHARE_HEADS else m for t, m in zip(ask.topic, matched, strict=True)
            ]
        direct = any(m is not None for m in matched)
        # "wie viel zahlt Acme für das KI-Zentrum": "… trägt Acme mit 42 Millionen AUD den größten Anteil" in
        # the article whose lead says what the centre is; a sentence naming the asked company and no other
        # ... and so does "how long has the Acme strike been going on": "… von Acme stehen seit neun Tagen
        # die Bänder still" under the headline "Streik bei Acme …"
        own_sum = (
            (ask.kind in _OWN_KINDS or ask.holding)
            and bool(passage.orgs)
            and set(passage.orgs) <= set(subjects)
        )
        # "wie viele GPUs kommen in den Campus": a list item under an article titled "… baut einen Campus"
        # is about the campus; the words the title says belong to each of its sentences' typed figures, where
        # the sentence speaks of no company ("Das Unternehmen beschäftigt 6.300 Mitarbeiter" is its own)
        headed = (
            ask.kind in _GOES_ON_KINDS
            # the sentence says the asked thing itself ("was kostet ein Rack": not the total cost; "wann
            # wurde Acme gegründet": not when the campus opens), or the place where the titled thing is
            and (
                ask.kind in (Kind.PLACE, Kind.MEASURE)
                or direct
                or (ask.kind is Kind.COUNT and bool(ask.counted))
                # "was kostet das Seekabel", the cable its headline's only (a date needs a word of its
                # event: "wann wurde die Mine stillgelegt" is not when the first hall opens)
                # ... or the thing of the article a place named ("wie teuer ist der Supercomputer in Hobart")
                # (a place its lead names: "was kostet das Rechenzentrum in Nouadhibou", a place only the body
                # names, is not the listing's price range)
                or (
                    (narrowed == "article" or (narrowed == "place" and self._lead_names(passage, ask.places)))
                    and ask.kind is not Kind.DATE
                )
                or own_sum
                # "Auftragswert: 2,3 Milliarden Baht", listed under "Die Eckdaten des Auftrags:"
                or (passage.id in self.listed_in and ask.kind in FIGURE_KINDS)
            )
            and (not passage.orgs or own_sum)
            # (a company spoken of by its kind is the one just named; "des Projekts" is the article's own)
            and not refers_back(passage.text, ventures=False)
            and all(
                m is not None
                or self._in_lead(passage, t)
                # ("der neue Schweizer Rechner": "neue" says which thing, the headline's)
                or (t in _NEW_WORDS and i + 1 < len(ask.topic) and self._in_lead(passage, ask.topic[i + 1]))
                for i, (t, m) in enumerate(zip(ask.topic, matched, strict=True))
            )
        )
        named = len(subjects) >= 2 and (
            # "what does Acme contribute to the Meridra cable": in the article about the cable, a sentence
            # naming Acme is about the cable too (a thing named is no company whose figure it could be)
            all(s in passage.names or self._project_of(passage, s) for s in subjects)
            or (not passage.orgs and all(s in passage.about for s in subjects))  # the article's own pair
            # ... or one of the pair by its kind, the other its deal's ("Für das Paket zahlt der Fonds …"
            # after "Der Fonds Acme übernimmt 35 Prozent an Globex")
            or (
                not passage.orgs
                and all(s in passage.near for s in subjects)
                and any(s in passage.about for s in subjects)
            )
        )
        # "how many racks in Acme's first stage": the counted thing, by a figure of a sentence about Acme,
        # is what is asked; the other words only rank ("(erste Stufe)", "Dauerarbeitsplätze")
        counted_here = ask.kind is Kind.COUNT and bool(ask.counted) and bool(subjects)
        counted_here = counted_here and all(s in passage.about for s in subjects)
        # "was kritisiert die Stiftung Globex", "what did Roe say about the project": the words of its
        # spokeswoman are the foundation's, and Roe's are Roe's, whatever else the question names
        spoken = ask.kind is Kind.SAID and any(
            p in subjects or normalize(self.names.names[p].org or "") in subjects for p in passage.people
        )
        # "in welchem Bundesstaat liegt der Campus": a region the sentence gives its subject's project
        regional = (
            ask.region
            and any(self.names.names[p].region for p in passage.places)
            and all(s in passage.about for s in subjects)
        )
        if (
            ask.kind in (Kind.ORG, Kind.PERSON)
            and any(m is not None for m in matched)
            and all(m is None or finite_verb(t) for t, m in zip(ask.topic, matched, strict=True))
            and any(m is None and not finite_verb(t) for t, m in zip(ask.topic, matched, strict=True))
        ):
            return None  # "wer baut das Gebäude": a sentence saying only "baut" is not of the building
        # "auf wie viel MW soll Acme mit Groningen kommen": "Mit dem neuen Standort in Groningen soll die
        # Leistung auf gut 110 Megawatt steigen" after a sentence on Acme, naming one asked and no company
        placed = (
            ask.kind in FIGURE_KINDS
            and bool(ask.places)
            and not passage.orgs
            and any(p in passage.places for p in ask.places)
            and all(s in passage.about for s in subjects)
        )
        if ask.superlative and (
            any(m is None for t, m in zip(ask.topic, matched, strict=True) if t in ask.superlative)
            # ... and what is ranked, where the question names more than the rank and no article was picked
            # ("wer bietet am meisten": no sentence on the "größten" chip maker that bids nothing)
            or (
                not narrowed
                and not subjects
                and any(t not in ask.superlative for t in ask.topic)
                and all(
                    m is None for t, m in zip(ask.topic, matched, strict=True) if t not in ask.superlative
                )
            )
        ):
            return None  # "which bidder is the cheapest": a sentence saying which ("das günstigste Angebot")
        if ask.topic and not (direct or named or headed or counted_here or spoken or regional or placed):
            return None  # words said only elsewhere in the article need the sentence to name both sides
        if any(
            m is None and self._unsaid_name_word(t, passage) for t, m in zip(ask.topic, matched, strict=True)
        ):
            return None  # "how much did Acme Nubes bid": not the winner's bid, in a sentence naming neither
        # (rounded: three of five equal weights are 0.6, not the 0.5999… their float sum gives)
        cover = round(found / total, COVER_DIGITS) if total else 0.0
        if ask.kind in (Kind.MEASURE, Kind.MONEY, Kind.COUNT) and self._of_several(passage, ask, matched):
            return (
                None  # "the new Ishikari campus": "elf Rechenzentren mit zusammen 320 Megawatt" is all eleven
            )
        if (
            ask.kind in FIGURE_KINDS
            and subjects
            and not set(passage.orgs) - set(subjects)
            # ... not the thing the article is about ("für das Labor" of a "KI-Robotiklabor" in the title)
            and any(
                m is None and is_descriptor(t) and not self._in_lead(passage, t)
                for t, m in zip(ask.topic, matched, strict=True)
            )
        ):
            # "the fine for the cloud provider using Acme's campus": another party's figure, which a
            # sentence naming no other company than Acme does not give (one naming the utility may)
            return None
        if (
            ask.kind is Kind.MONEY
            and len(subjects) == 1
            and not ask.total
            and any(w in _TOTAL_WORDS for w in passage.words)
            and self._paid_jointly(passage, subjects[0])
        ):
            return None  # "Der Bundesstaat X und Acme finanzieren … von insgesamt 85 Mio.": not Acme's part
        if (
            ask.kind is Kind.MONEY
            and len(subjects) == 1
            and not ask.total
            and subjects[0] not in passage.names
            and any(w in _TOTAL_WORDS for w in passage.words)
            and self._own_sum_elsewhere(passage, subjects[0])
            # (not "Für Abfindungen hat das Unternehmen insgesamt 84 Mio. eingeplant" in Acme's own article:
            # the company by its kind, which is Acme)
            and not (
                not passage.orgs
                and subjects[0] in self.names.subjects.get(passage.document, ())
                and refers_back(passage.text, ventures=False)
            )
        ):
            # "Insgesamt fließen 900 Mio. in das Projekt" of three partners, one of which "steuert 420 Mio.
            # bei": the sum of all, not the company's own
            return None
        if (
            ask.kind is Kind.MONEY
            and ask.places
            and not ask.total
            and ask.places.isdisjoint(passage.places)
            and any(w in _TOTAL_WORDS for w in passage.words)
            and any(self._own_sum_elsewhere(passage, place) for place in ask.places)
        ):
            return (
                None  # "was kostet der Standort Bellinzona": not "ein Volumen von insgesamt 124 Mio." of both
            )
        if ask.per_span and not any(
            # (or the sentence before: "Von jährlich 40 Millionen GPU-Stunden … Acme bekommt 14 Millionen")
            p is not None and per_span_said(p.words, ask.per_span)
            for p in (passage, self._before(passage))
        ):
            return None  # "how much per month": a total, or a price per hour, is no monthly sum
        if any(
            m is None and t in ask.beneficiary for t, m in zip(ask.topic, matched, strict=True)
        ) and not FOR_WORDS.isdisjoint(passage.words):
            return None  # "wie viel Prozent ist für Frauen reserviert": "… für Bewerber aus X" is for others
        if (
            ask.cost
            and not _COST_SAID.search(passage.text)
            and (
                any(m is None for m in matched)
                or _REVENUE_SAID.search(passage.text)
                # "Das Land unterstützt den Ausbau der Straßen rund um den Campus mit knapp 60 Mio.": a
                # subsidy for something else, which no cost of the campus is
                or _SUPPORTED_WITH.search(passage.text)
            )
        ):
            # "the construction costs of the campus": not the lease's value, which says no cost, nor a
            # company's revenue ("… setzte im vergangenen Jahr 9,8 Milliarden Franken um")
            return None
        # a share asked is said as a percentage "of" something ("74,5 Prozent der Aktien" is the "Anteil")
        share = ask.kind is Kind.PERCENT and _SHARE_OF.search(passage.text) is not None
        # ... or as a fraction, which is a share by itself ("Die Hälfte der neuen Stellen")
        share = share or (ask.kind is Kind.PERCENT and any(FRACTION.fullmatch(n.raw) for n in figures))
        if (
            ask.kind is Kind.PERCENT
            and not share
            and (_FURTHER.search(passage.text) or _BARE_SHARE.search(passage.text))
        ):
            # "Der Kanton steuert weitere 15 Prozent bei", "Globex übernimmt 27 Prozent." after "Der Bund
            # übernimmt 55 Prozent der Kosten": a share of the same
            previous = self._before(passage)
            share = previous is not None and _SHARE_OF.search(previous.text) is not None
        # ... and a price asked of one share is said by "zu je 41,50 Kronen"
        each = ask.rate and any(
            _RATE_BEFORE.search(passage.text, max(0, n.start - RATE_REACH), n.start) for n in figures
        )
        # ... and a share's price by a sum the stock stood at ("hatte die Aktie bei 1.612 Dinar geschlossen")
        # (or the one before: "Vor der Hauptversammlung hatte die Aktie … Nach der Abstimmung fiel sie auf …")
        quoted = (
            ask.kind is Kind.MONEY
            and any(
                _LEVEL_BEFORE.search(passage.text[max(0, n.start - LEVEL_REACH) : n.start]) for n in figures
            )
            and any(
                _STOCK_SAID.search(p.text) is not None
                and any(self._match(p, t) is not None for t in ask.topic if t in _STOCK_WORDS)
                for p in (passage, self._before(passage))
                if p is not None
            )
        )
        # ... and a premium said is on whatever base ("the premium on the share price": "ein Aufschlag von 22
        # Prozent auf den Schlusskurs")
        premium_said = any(
            m is not None and t.startswith(_RELATIVE_HEADS) for t, m in zip(ask.topic, matched, strict=True)
        )
        built = ask.kind is Kind.MONEY and _BUILT_FOR.search(passage.text) is not None
        bought = ask.kind is Kind.MONEY and _BOUGHT_FOR.search(passage.text) is not None
        if bought:  # "für einen Restwert von 21 Mio. übernehmen" says the price asked, by its verb
            matched = [
                0 if m is None and t in PRICE_WORDS else m for t, m in zip(ask.topic, matched, strict=True)
            ]
        if ask.kind is Kind.MONEY and _CONTRACT_OVER.search(passage.text) is not None:
            # "einen Startvertrag über 4,8 Milliarden": the sum a contract is "über" is its value
            matched = [
                0 if m is None and (t.startswith(_VALUE_STARTS) or t.endswith(VALUE_HEAD)) else m
                for t, m in zip(ask.topic, matched, strict=True)
            ]
        if any(
            m is None
            and not (share and t in _SHARE_HEADS)
            and not ((each or quoted) and t in _STOCK_WORDS)
            # "by how much did the share price fall": "verlor die Aktie 6,2 Prozent" is its price that moved
            and not (ask.stock_moved and t in PRICE_WORDS and _STOCK_SAID.search(passage.text) is not None)
            and not premium_said
            and not (built and t.startswith("invest"))  # "für 410 Mio. errichten" is what it invests
            for t, m in zip(ask.topic, matched, strict=True)
            if t in ask.heads
        ) or (
            ask.either
            and not any(m is not None for t, m in zip(ask.topic, matched, strict=True) if t in ask.either)
        ):
            # "Umsatz" asked, and this sentence's money is something else; a share asked is a percentage "of"
            # something ("85 Prozent des gelieferten Stroms"), not a move ("stieg um 4 Prozent")
            return None
        if any(
            m is None and not self._said_beside(passage, t)
            for t, m in zip(ask.topic, matched, strict=True)
            if t in ask.rate_on
        ):
            # "Zins auf den Bankkredit": where the article names the loan, a rate said of no loan (neither
            # here, nor the sentence before, nor the lead) is another thing's ("Zins von 14,25 Prozent")
            return None
        if ask.kind in FIGURE_KINDS and ask.topic:
            # (not "selbst" of "wie viel investiert Acme selbst", where Acme's people say "wir": that says it)
            ours = _WE.search(passage.text) is not None and self._said_by(passage) == set(subjects)
            rarest = max(
                range(len(ask.topic)),
                # (not "Vorjahreshalbjahr", the time asked, which "(Vj.: …)" says of any figure)
                key=lambda i: (
                    not (ask.kind is Kind.MEASURE and ask.topic[i] in MEASURE_NAMES and matched[i] is None),
                    not (ours and ask.topic[i] in ALONE_WORDS),
                    not (ask.earlier and ask.topic[i].startswith(YEAR_BEFORE)),
                    weights[i],
                    # (of words as rare, the one noun an English phrase is: "gas turbine", "Gasturbine")
                    ask.topic[i] in ask.compounds,
                ),
            )
            term = ask.topic[rarest]
            elsewhere = (
                bool(self.idf.get(stem(term)))
                or self._begins(term)
                or (matched[rarest] is None and self._rarely_said(term, passage.document))
            )
            if (
                matched[rarest] is None
                and elsewhere
                and not headed
                and not (share and term in _SHARE_HEADS)
                # ... which the lead may say for it, unless the thing itself is asked ("the data centre
                # itself" of an article on a battery park for it)
                and not (
                    self._in_lead(passage, term)
                    and not ask.alone
                    and not self._own_figure_led(passage, term, ask)
                )
            ):
                # "die Vorauszahlung" ("im Voraus"): a figure's sentence must say its most specific word
                return None
            if any(
                m is None
                and weights[i] == weights[rarest]
                and self._opens_compound(t, passage.document)
                and not self._in_lead(passage, t)
                for i, (t, m) in enumerate(zip(ask.topic, matched, strict=True))
            ):
                # ... and as rare a word its article writes as a compound's first part, said elsewhere
                # ("the price for the gas plant power": "Gaskraftwerk", not the reactors' "Festpreis von 98")
                return None
        if ask.kind in FIGURE_KINDS and any(
            m is None
            and t.endswith(_PERIOD_ENDINGS)
            and any(
                self._match(p, t) is not None for p in self.by_document[passage.document] if p is not passage
            )
            for t, m in zip(ask.topic, matched, strict=True)
        ):
            # "der Nettogewinn im Gesamtjahr 2025": the article's sentence on the whole year gives it, not one
            # on a quarter's ("Unter dem Strich verdiente Acme 1,9 Mrd.")
            return None
        if any(
            m is None and self._elsewhere(t, passage.document)
            for t, m in zip(ask.topic, matched, strict=True)
        ):
            # "When did the Billbrook campus open": a word one article alone says, once or twice, is as
            # good as a name; another article's sentence (a first phase's 2026) is not of its thing
            return None
        if (
            not subjects
            and narrowed in ("", "sole")
            and ask.kind in FIGURE_KINDS
            and any(
                m is None and self._said_by_others(t, passage.document, nearby)
                for t, m in zip(ask.topic, matched, strict=True)
            )
        ):
            # "Wie viel Strom verbraucht der Supercomputer": naming nobody, a thing other articles say in so
            # many words and this one never does is not this article's ("… weniger Strom verbraucht")
            return None
        if (
            ask.kind is Kind.SAID
            and ask.numbers
            and ask.topic
            and all(m is None for m in matched)
            and not any(n.value in ask.numbers and n.unit != "year" for n in passage.numbers)
        ):
            # "did Roe say Acme takes a 7% stake": words of Roe's on neither the figure nor the stake tell
            # nothing of it (on the thing, they tell the figure right: "working together for 5 years?")
            return None
        if (
            ask.kind in (Kind.ORG, Kind.PERSON)
            and ask.numbers
            and not any(n.value in ask.numbers for n in passage.numbers if n.unit != "year")
        ):
            return None  # "wer steckt 500 Mrd rein": who, by the sentence giving that sum, no other
        if ask.kind is Kind.WHAT and ask.topic:
            rarest = max(range(len(ask.topic)), key=lambda i: weights[i])
            term = ask.topic[rarest]
            if matched[rarest] is None and self._idf(term) is None and not self.translations.of(term):
                # "Kursziel Ende 2026": a word no article uses is what is asked; "Ende" does not tell it
                return None
        if ask.conditional and (
            not (_CONDITION_SAID.search(passage.text) or _VERB_FIRST_CONDITION.search(passage.text))
            or _CONDITIONS_ANNOUNCED.search(passage.text)
        ):
            # "what has to happen before Acme pays": a sentence setting no condition does not say, nor one
            # announcing them ("Die Förderung ist an strenge Bedingungen geknüpft.")
            return None
        if ask.condition and all(
            m is None for t, m in zip(ask.topic, matched, strict=True) if t in ask.condition
        ):
            return None  # "the penalty if Acme pays late": one for each hour of downtime is for another case
        if ask.topic:
            said_by = ask.kind is Kind.SAID and any(self.names.kind(s) == PERSON for s in subjects)
            need = {Kind.WHAT: MIN_COVER_OPEN, Kind.SAID: MIN_COVER}.get(ask.kind, MIN_COVER_TYPED)
            need = MIN_COVER_TYPED if said_by else need
            need = max(need, MIN_COVER_OPEN) if not subjects else need
            # "what did Roe say about the project": the article's project is what all of Roe's words are about
            general = said_by and all(
                t in _THE_DEAL for t, m in zip(ask.topic, matched, strict=True) if m is None
            )
            # ... and where the article is the one asked of, the words its headline says are said
            by_headline = headed and narrowed in ("article", "place")  # ... or the place its headline names
            # ... or the company's own sum, where the lead says what it is for ("Drei Partner finanzieren
            # einen Batteriespeicher …": "Acme investiert 200 Mio." is for it)
            by_headline = by_headline or (headed and own_sum)
            # ... or an item of a list of the headline thing's figures ("Anteil Solarstrom: 45 Prozent")
            by_headline = by_headline or (headed and passage.id in self.listed_in)
            if (
                cover < need
                and not spoken
                and not general
                # (a condition set for the subject: "jeweils sobald ein Gigawatt in Betrieb geht")
                and not (ask.conditional and subjects)
                and not (kind_named and subjects)
                and not by_headline
            ):
                return None
        elif ask.kind is Kind.SAID and any(self.names.kind(s) == PERSON for s in subjects):
            pass  # "was hat Doe gesagt": what the person said is the whole question
        elif ask.describe and subjects:
            pass  # "how is Acme described": what the sentence calls Acme is the whole question
        elif ask.kind in (Kind.WHAT, Kind.SAID) or (not subjects and not (narrowed and ask.counted)):
            # nothing asked but a subject: that is an overview, not a sentence ("wie viele Jobs entstehen
            # in Erstfeld" asks the count of the articles naming that place) ...
            # ... unless the article is named and the kind says which figure: "was kostet das Seekabel"
            # (its cost), "how many MW does the campus have" (its power)
            which = ask.measure or (ask.cost and _COST_SAID.search(passage.text) is not None)
            # ... or the place is, and the sentence names it: "how many MW in Kattowitz"
            pointed = narrowed in ("article", "sole") or (
                narrowed == "place" and not ask.places.isdisjoint(passage.places)
            )
            if not (pointed and ask.kind in FIGURE_KINDS and which):
                return None
        anchored = bool(ask.numbers) and all(v in {n.value for n in passage.numbers} for v in ask.numbers)
        # an open question about nobody (nor a figure it names): shared words prove nothing, unless it
        # names the article, or a place whose articles the sentence is from and says two of its words
        # ... a word the article's title or lead says counts: "how is the Hokkaido cluster cooled" in the
        # article titled "… KI-Cluster auf Hokkaido" asks of its cluster
        placed = (
            narrowed == "place"
            and direct
            and sum(
                1
                for t, m in zip(ask.topic, matched, strict=True)
                if m is not None or self._in_lead(passage, t)
            )
            >= MIN_PLACED_WORDS
        )
        # ... nor, asked of "the article", a word only a few sentences say, which the sentence says: "how
        # does the article define superintelligence" asks of that one thing
        # ... or, every word asked said here, one only a few sentences say ("whats the coupon on the bond")
        every = len(ask.topic) >= MIN_PINNING_WORDS and all(m is not None for m in matched)
        rare = (ask.of_an_article or every) and any(
            m is not None and self._weight(t) >= self.specific_idf
            for t, m in zip(ask.topic, matched, strict=True)
        )
        # ... or what the holder of a title asked says, in the articles on the place named ("what did the
        # mayor of Springfield say")
        placed = placed or (
            ask.kind is Kind.SAID
            and narrowed == "place"
            and all(m is not None for m in matched)
            and any(self.names.names[p].title for p in passage.people)
        )
        if (
            ask.kind in (Kind.WHAT, Kind.SAID)
            and not subjects
            and not anchored
            and narrowed != "article"
            and not placed
            and not rare
        ):
            return None
        # "Das Unternehmen betreibt …" names the company the article speaks of, as much as its name would
        spoken_of = (
            not passage.orgs and next(kind_nouns(passage.text.split(), ventures=False), None) is not None
        )
        explicit = (
            sum(1 for s in subjects if s in passage.names or (spoken_of and s in passage.about))
            / len(subjects)
            if subjects
            else 0.0
        )
        if ask.kind is Kind.PLACE and subjects and all(s in passage.about for s in subjects):
            explicit = 1.0  # "Der Campus entsteht in Zörbig": the body's town, though the title names Merowa
        # (not "Vorjahr" of "EBIT im Vorjahr", which each "(Vj.: …)" says: the thing the value is of)
        positions: list[int] = [
            m
            for t, m in zip(ask.topic, matched, strict=True)
            if m is not None and not (ask.earlier and (t in EARLIER_WORDS or t.startswith(YEAR_BEFORE)))
        ] or [m for m in matched if m is not None]
        limited = [n for n in figures if ask.limit and qualifier_before(passage.text, n.start) is ask.limit]
        if changed:
            pass
        elif limited:  # "at most": "bis zu 32.000 Chips", and it says more exactly what is asked
            figures = limited[:1]
        elif ask.limit and figures and ask.kind in FIGURE_KINDS and not _LIMIT_SAID.search(passage.text):
            return None  # "the minimum price": a bid of 18,5 Mrd. is no floor the sentence sets
        elif (
            len(figures) > 1
            and subjects
            and len(passage.orgs) > 1
            and (spots := self._named_at(passage, subjects))
        ):
            # "hält Acme 51 Prozent, Globex übernimmt die übrigen 49 Prozent": the asked company's figure, in
            # the clause naming it (else the first after its name)
            figures = sorted(
                figures,
                key=lambda n: min(
                    (not _same_clause(passage.text, n.start, p), n.start < p, abs(n.start - p)) for p in spots
                ),
            )[:1]
        elif len(figures) > 1 and positions:
            # the figure in the clause saying the most words asked besides the thing counted, which a
            # figure left without its noun shares ("350 Menschen auf der Baustelle, im laufenden Betrieb
            # dauerhaft etwa 85"), else the nearest
            of_count = self._counts_of(passage) if ask.kind is Kind.COUNT else []
            nouns = [(n.end, n.end + len(noun) + NOUN_GAP) for n, noun in of_count]
            apart = [spot for spot in positions if not any(a <= spot <= b for a, b in nouns)]
            # ... first the one the question's preposition frames ("auf wie viel Grad": "auf bis zu 85 Grad")
            framed = {n.start for n in figures if _framed_by(passage.text, n.start, ask.framed)}
            figures = sorted(
                figures,
                key=lambda n: (
                    bool(framed) and n.start not in framed,
                    -sum(_same_clause(passage.text, _compared_to(passage, n), spot) for spot in apart),
                    min(abs(_compared_to(passage, n) - p) for p in positions),
                ),
            )[:1]
        elif len(figures) > 1:
            figures = figures[:2]
        split = bool(ask.stake_in) and not holders  # "who owns how much of Acme": every holder's stake
        # (the companies asked, not a project named beside them: "Maple's stake in the Pennine campus")
        firms = [s for s in subjects if self.names.kind(s) == ORG and s not in self.names.projects]
        if (
            figures
            and firms
            and not split
            and all(self.names.kind(s) == ORG for s in subjects)
            and not self._named_at(passage, firms)
            and (others := [o for o in passage.orgs if o not in subjects])
            and not (ask.kind is Kind.MONEY and self._paid_to(passage, ask, subjects))
        ):
            # "Mtkvari hält 45 Prozent …; die übrigen Anteile teilen sich die beiden anderen Partner": where
            # the asked company is only referred to, a figure in a clause opening on another one is that one's
            figures = [n for n in figures if not self._clause_opens_on(passage, n.start, others)]
            if not figures:
                return None
        if figures and firms and not split and not passage.orgs:
            # "Der Grundbesitzer bringt das Gelände ein … 85 Mio." in the article that introduced "der
            # Grundbesitzer Globex": the company the sentence opens on by the kind it was given, not Acme
            # (not a kind any company is, "das Unternehmen"; nor one the question names: "the union's demand")
            kind_opening = _OPENING_KIND.match(passage.text)
            noun = normalize(kind_opening.group(1)) if kind_opening else ""
            called = self._called(passage.document, noun) if noun and noun not in _ANY_COMPANY else set()
            if (
                len(called) == 1
                and not called & set(subjects)
                and not any(self.says(t, noun) for t in ask.topic)
            ):
                return None
        if figures and subjects and len(set(passage.orgs)) > 1 and not split:
            # "Pálava berechnet 38 Kronen pro GPU-Stunde, Morava nannte keine Preise": a figure in a clause
            # that opens on another company, the asked one named in another clause, is that company's; so
            # is one in a clause naming another company, the asked one named only in a later clause ("Die
            # übrigen 60 Mio. steuert Globex bei, der … an Acme beteiligt ist"; not "der Windpark Acme, den
            # Globex für 1,1 Mrd. errichtet": that clause goes on about Acme)
            asked_at = self._named_at(passage, subjects)
            others = [o for o in passage.orgs if o not in subjects]
            others_at = self._named_at(passage, others)
            # ... and a count of all the asked one has, where the clause opens on another ("wie viele GPUs hat
            # Globex insgesamt": "Acme mietet 4.096 GPUs bei Globex" are those Acme rents)
            tallied = ask.total and ask.kind is Kind.COUNT
            figures = [
                n
                for n in figures
                if not asked_at
                or (
                    any(_same_clause(passage.text, n.start, p) for p in asked_at)
                    and not (tallied and self._clause_opens_on(passage, n.start, others))
                )
                or not (
                    self._clause_opens_on(passage, n.start, others)
                    or (
                        any(_same_clause(passage.text, n.start, p) for p in others_at)
                        and min(asked_at) > n.start
                    )
                )
            ]
            # ... and one in a relative clause on another company ("zum Wettbewerber Globex, der für seinen
            # Campus, wo 12.000 GPUs laufen, …"), the asked one not named again before it, is that one's
            clauses = self._relative_clauses(passage, others)
            figures = [
                n
                for n in figures
                if not any(r < n.start and not any(r < a < n.start for a in asked_at) for r in clauses)
            ]
            if not figures:
                return None
        said_at = [m for m in own if m is not None]
        if (
            ask.pays
            and len(figures) == 1
            and said_at
            and not any(_same_clause(passage.text, figures[0].start, p) for p in said_at)
            and not _PAYMENT_SAID.search(_clause_at(passage.text, figures[0].start))
        ):
            # "How much does Acme pay for the cooling water": "Acme will seinen Standort für 38 Mrd. ausbauen
            # und die Hallen mit Wasser kühlen": a sum whose clause says no payment and no word asked is of
            # what it says (not "zahlt für die Übernahme 31,5 Mrd. und erhält sämtliche Aktien")
            return None
        figures = _with_range(passage, figures)  # "24,50 bis 28,00 Euro": the range, not one bound of it
        # (the nouns asked, as the sentence writes them: not "Wir starten mit 1.850 Racks und einer
        # Anschlussleistung von 36 MW", which says the start of both)
        items_at = [
            raw.start()
            for t, m in zip(ask.topic, matched, strict=True)
            if m is not None
            and (t in ask.heads or not ask.heads)
            and (raw := _raw_word(passage.text, m)) is not None
            and raw.group(0)[:1].isupper()
        ]
        if (
            ask.kind in FIGURE_KINDS
            and figures
            and items_at
            and all(_other_item(passage.text, n, at) for n in figures for at in items_at)
        ):
            # "einen Konsortialkredit von 3 Milliarden Euro sowie eine Kapitalerhöhung": the sum is the
            # loan's, the item asked is listed beside it with none
            return None
        # ... unless a word asked is said nowhere in the sentence ("when does construction start": "Die
        # Bagger rollen im Februar 2026 an, im ersten Quartal 2028 … das erste Licht durch die Faser"): both
        unsaid = any(
            m is None and not self._in_lead(passage, t) for t, m in zip(ask.topic, matched, strict=True)
        )
        if ask.kind is Kind.DATE and positions and len(highlights) > 1 and not unsaid:
            # "bis wann ist alles ausgeliefert": the date by "Auslieferung", not the start said before it
            said = normalize(passage.text)
            # ... said in its clause ("Der Spatenstich ist für Juni 2026 geplant, die Inbetriebnahme für …")
            terms = [t for t, m in zip(ask.topic, matched, strict=True) if m is not None]
            nearest = min(
                highlights,
                key=lambda d: (
                    not any(self._says(self._clause_of(passage, d), t) for t in terms),
                    min(abs(said.find(normalize(d)) - p) for p in positions),
                ),
            )
            highlights = (nearest,)
        # A title names the region ("… in Aragón"), the body the town: for a place the lead is no hint.
        lead = 0.0 if ask.kind is Kind.PLACE else W_LEAD * passage.lead
        score = W_COVER * (cover if ask.topic else 0.8) + W_EXPLICIT * explicit + lead
        topic_total = sum(weights)
        score -= W_RELATIVE * (relative / topic_total if topic_total else 0.0)
        # ... and words found only in the sentence before it cost half that ("Die Zusatzzahlung … bis Ende
        # 2027" after the takeover's lead, against "Der Abschluss der Übernahme wird … 2026 erwartet")
        score -= W_BORROWED * (borrowed / topic_total if topic_total else 0.0)
        score += W_NEAR * bool(positions)
        score += W_NEAR * bool(limited)
        extension_asked = ask.kind is Kind.DURATION and any(t.startswith(_EXTEND_VERBS) for t in ask.topic)
        if ask.kind is Kind.DURATION and all(_extends(passage.text, d) for d in highlights):
            if not any(t.startswith(_EXTENDS) for t in ask.topic):
                return None  # "um weitere zwei Jahre verlängern" is an option on top, not the term
            score -= 0.0 if extension_asked else W_NEAR
        elif extension_asked and not any(_extends(passage.text, d) for d in highlights):
            return None  # "can they extend the contract, and by how long": the term is no extension
        elif ask.kind is Kind.DURATION and not any(t.startswith(_EXTENDS) for t in ask.topic):
            # "läuft über acht Jahre und kann um zwei Jahre verlängert werden": the term, not the option
            highlights = tuple(d for d in highlights if not _extends(passage.text, d))
        score += W_NEAR * any(n.unit in ask.currencies for n in figures)  # "in Euro": the Euro sentence
        score += W_NEAR * (ask.whence and _WHENCE.search(passage.text) is not None)  # "bezieht … aus"
        if ask.of_deal and _RESULTS.search(passage.text) and not _DEAL_SAID.search(passage.text):
            return None  # "how big was the chip deal": "hatte einen Jahresumsatz von 2,05 Mrd." is no deal's
        if ask.of_deal and figures and not any(t.startswith(_EXTRA_WORDS) for t in ask.topic):
            # "was ist der Deal wert": not "eine Option … im Wert von weiteren 450 Millionen", nor "einen
            # Umsatz von 2,1 Milliarden" in a sentence on the deal
            figures = [
                n
                for n in figures
                if not _EXTRA_BEFORE.search(passage.text, max(0, n.start - EXTRA_REACH), n.start)
                and not _RESULT_BEFORE.search(passage.text, max(0, n.start - EXTRA_REACH), n.start)
            ]
            if not figures:
                return None
        if (
            ask.kind in FIGURE_KINDS
            and any(t.startswith(_ADDED_WORDS) for t in (*ask.topic, *ask.counted))
            and not _ADDED_SAID.search(passage.text)
        ):
            return None  # "wie viele zusätzliche Arbeiter": not "Derzeit arbeiten 340 Arbeiter" (all of them)
        if (
            ask.yearly
            and self._match(passage, YEARLY_WORD) is None
            and not any(yearly_sum(w) for w in passage.words)
        ):
            return None  # "wie viel ist der Vertrag pro Jahr wert": the whole term's sum is not a year's
        # "der Vertrag zwischen Acme und Globex": not a sentence naming nobody that goes on about one of
        # them and a third ("Dieser Vertrag [mit Initech] läuft zehn Jahre") before one about the pair
        pair = {s for s in subjects if self.names.kind(s) == ORG}
        third = {k for k in passage.about if self.names.kind(k) == ORG} - pair
        score -= W_NEAR * (len(pair) >= 2 and not passage.orgs and not pair <= passage.about and bool(third))
        score += W_NEAR * sum(self._match(passage, w) is not None for w in ask.prefer)  # "Wert"
        # "was ist der Stromvertrag wert": "Der Vertragswert liegt bei …", above a sentence on an investment
        score += W_NEAR * (
            ask.kind is Kind.MONEY
            and any(t.endswith(_CONTRACT_ENDS) for t in ask.topic)
            and _of_contract(passage)
        )
        score += W_NEAR * bool(ask.name and _NAMED_AS.search(passage.text))  # "unter dem Namen …"
        # "wie viel kann Acme max. bekommen": "bis zu 420 GWh", above "mindestens 310 GWh"
        score += W_NEAR * bool(
            ask.limit and any(qualifier_before(passage.text, n.start) is ask.limit for n in figures)
        )
        if ask.latest or ask.earlier:
            # "the current budget": "Demnach beträgt das Budget nun 54 Mrd.", not "erhöhte … auf 61 Mrd." of
            # a year before; "originally": the other way round
            # (or the sentence before it says so: "Den aktuellen Plan legte … vor. … Das Werk soll …")
            before = self._before(passage)
            then_said = _THEN_SAID.search(passage.text) is not None
            now_said = _NOW_SAID.search(passage.text) is not None or (
                not then_said and before is not None and _NOW_SAID.search(before.text) is not None
            )
            score += W_TIMED * (int(now_said) - int(then_said)) * (1 if ask.latest else -1)
        elif (
            ask.kind in FIGURE_KINDS
            and not (ask.years or ask.timed[0] or ask.earlier)
            and _REVISED.search(passage.text)
        ):
            # "Inzwischen sei klar, dass mehr als 3.400 Kunden betroffen sind": a figure revised since
            # replaces the first report's ("rund 1.200"), asked of no time
            score += W_REVISED
        if (
            ask.kind in _TERMED_KINDS
            and not (ask.earlier or ask.years or ask.timed[0])
            and _of_last_year(passage)
        ):
            # "was zahlt Acme pro kWh": not "Im vergangenen Jahr hatte Acme … zu 3,40 gekauft", unless asked
            # (asked in no past tense, "what will the recall cost": last year's recall still less)
            score += W_NEAR if ask.last_year else -W_NEAR * (2 if ask.unpast else 1)
        score += W_NEAR * (ask.ordinal in passage.stages)  # "wie lange dauert Phase 1": a sentence of Phase 1
        # "wie viel mehr investiert Acme": "1,5 Milliarden Euro mehr als bei der ersten Ankündigung"
        score += W_NEAR * (
            ask.kind in _SUMMED_KINDS
            and _difference_asked(ask)
            and any(_DIFFERENCE_AFTER.match(passage.text, n.end) for n in figures)
        )
        if ask.kind in FIGURE_KINDS and _CONTENDED.search(passage.text):
            # "Acme hatte vor Gericht argumentiert, …", "Das Unternehmen hatte … gefordert": Acme's account;
            # asked of Acme's claim it answers best, asked of another party's (or of what is) it answers last
            claimant = passage.orgs[0] if passage.orgs else self._spoken_of(passage)
            claims_own = bool(claimant) and claimant in subjects
            if claims_own and (ask.contended or ask.per == claimant):
                score += W_CONTENDED
            elif subjects and not claims_own:
                score -= W_CONTENDED
        # "laut Globex": what Globex's people say, above another's account of Globex
        score += W_NEAR * bool(ask.per and ask.per in self._said_by(passage))
        if ask.deadline and highlights:
            # "bis wann soll das Werk dicht sein": "bis zum 30. Juni 2026 vollständig geschlossen", above
            # "schließt sein Werk …, wie es am 22. September 2025 mitteilte"
            starts = [passage.text.find(h) for h in highlights]
            score += W_NEAR * any(
                _BY_A_DATE.search(passage.text, max(0, at - BY_REACH), at) for at in starts if at > 0
            )
        # "ab wann liefert Acme Strom": "Die Lieferung soll am 1. Juli 2027 beginnen", above the day the
        # contract for it was signed
        score += W_NEAR * (ask.starting and bool(highlights) and _BEGINS.search(passage.text) is not None)
        if ask.kind is Kind.PERSON and highlights:
            # "who chairs the works council": the one the asked word titles ("Die Vorsitzende des
            # Betriebsrats, Jo Roe, …"), above one the sentence only names beside the asked words
            titles = [
                self.names.names[k].title for h in highlights if (k := normalize(h)) in self.names.names
            ]
            score += W_NEAR * any(title_says(t, w) for t in titles if t for w in ask.topic)
        # "wie viele Stellen in Monthey": where the article splits the figure by site, a total naming no
        # site ("Insgesamt fallen 1.050 Arbeitsplätze weg") ranks below the sentence giving the site's
        if (
            ask.kind in FIGURE_KINDS
            and ask.places
            and not ask.whole
            and figures
            and not passage.places
            and any(_says_total(w) for w in passage.words)
            and self._split_by_site(passage.document, figures[0].unit)
        ):
            score -= W_PART
        score -= W_NEAR * (ask.kind in FIGURE_KINDS and _CONDITIONAL.search(passage.text) is not None)
        if (
            ask.kind in FIGURE_KINDS
            and _ONE_PART.search(passage.text)
            and not _ONE_PART.search(" ".join(ask.topic))
        ):
            # "Größter Gläubiger ist …, dem Acme 780 Mio. schuldet": one part, below the whole it is part of
            score -= W_PART
        if ask.total and ask.kind in FIGURE_KINDS and any(_says_total(w) for w in passage.words):
            score += W_TOTAL
        if ask.outlook and ask.kind in FIGURE_KINDS and _OUTLOOK_SAID.search(passage.text):
            score += W_OUTLOOK  # "die Umsatzprognose": "Für das Gesamtjahr erwartet der Konzern …"
        if ask.running and passage.durations and all(_within(passage.text, d) for d in passage.durations):
            # "wie lange laufen die Lizenzen": "innerhalb von drei Jahren … versorgen" is a time limit for a
            # duty, which "Die Lizenzen laufen 15 Jahre" is not
            score -= W_TIME_LIMIT
        if ask.period and ask.kind is Kind.DURATION:
            # "über wie viele Monate": "über 30 Monate" rather than "über zehn Jahre"
            score += W_NEAR * any(_in_period(d, ask.period) for d in highlights)
        if ask.kind is Kind.PLACE:
            # "in Dholera im Bundesstaat Gujarat" says more exactly where than "in Gujarat"; "Windstrom aus
            # Aragón" says where something comes from, not where it is.
            score += W_PLACES * min(PLACES_COUNTED, len(highlights) - 1)
            if all(_origin(passage.words, p) for p in passage.places):
                score -= W_NEAR
            if highlights and all(normalize(h) in countries() for h in highlights):
                score -= W_COUNTRY_ONLY  # "in Deutschland" says less exactly where than "bei Spremberg"
            said = normalize(passage.text)
            places_at = [said.find(normalize(h)) for h in highlights]
            if any(0 <= at - p <= PLACE_BY for at in places_at for p in positions):
                score += W_PLACE_BY
            regions = {self.names.names[p].display for p in passage.places if self.names.names[p].region}
            if ask.region and set(highlights) & regions:
                highlights = tuple(h for h in highlights if h in regions)  # "in welchem Bundesstaat"
                score += W_REGION
            elif ask.region:
                score -= W_REGION  # a town where a region is asked says it only if nothing better does
            elif highlights and set(highlights) <= regions:
                score -= W_REGION
        if ask.kind is Kind.ORG and (ask.besides or ask.whole):
            # "wer hat außer Acme noch geboten", "wer macht alles mit": the sentence naming the others
            score += W_OTHERS * min(OTHERS_COUNTED, len(highlights) - 1)
        if ask.kind is Kind.PLACE and passage.speech and all(_said_at(passage.text, p) for p in highlights):
            score -= W_SAID_PLACE  # "sagte … bei der Vorstellung in Aarau": where it was said
        return Reading(
            passage=passage, score=score, cover=cover, figures=tuple(figures), highlights=highlights
        )

    def _stake_elsewhere(self, passage: Passage, company: str) -> bool:
        """Is the stake the sentence gives one in another company than `company`? The company is named
        after "Prozent an", "Aktien von", "stake in"; or, spoken of by its kind ("an dem Unternehmen"), it
        is the last one named before."""
        if _FLOW_SHARE.search(passage.text) and not _STAKE_IN_COMPANY.search(passage.text):
            return True  # "3 Prozent an den Lizenzerlösen": a share of money coming in, no part of a company
        match = _STAKE_TARGET.search(passage.text)
        if match is None:
            return False
        # (up to the clause's end: "an dem Joint Venture, Globex 49 Prozent" holds no stake in Globex)
        ahead = self.names.locate(normalize(match.group(1).split(",")[0]).split()[:STAKE_AHEAD])
        orgs = [key for _, _, key in ahead if self.names.kind(key) == ORG]
        if not orgs and any(company == key or company in key.split() for key in passage.orgs):
            # "Acme-Gründer Roe, der 22 Prozent an dem Unternehmen hält, wechselt in den Vorstand von
            # Globex": the company spoken of is Acme, the one named before; Globex is named for another thing
            before = self.names.locate(normalize(passage.text[: match.start()]).split())
            orgs = [key for _, _, key in before if self.names.kind(key) == ORG][-1:]
        return bool(orgs) and company != orgs[0] and company not in orgs[0].split()

    def _project_of(self, passage: Passage, key: str) -> bool:
        """Is `key` a thing named (a cable, a chip) that the passage's article is about?"""
        return key in self.names.projects and key in self.names.subjects.get(passage.document, ())

    def _undisclosed(self, passage: Passage, ask: Asked) -> bool:
        """ "Zu den Kosten des Rechenzentrums machte Acme keine Angaben", saying every word asked: the figure
        is not known, which answers better than another figure on the subject."""
        return (
            ask.kind in FIGURE_KINDS
            and bool(ask.topic)
            and _UNDISCLOSED.search(passage.text) is not None
            and all(self._match(passage, t) is not None for t in (*ask.topic, *ask.counted))
        )

    def _evidence(
        self, passage: Passage, ask: Asked, subjects: list[str]
    ) -> tuple[list[Number], tuple[str, ...]] | None:
        """The asked kind of answer in the passage (figures, or names/spans to show), or None."""
        kind = ask.kind
        if kind is Kind.MONEY:
            found = passage.figures(MONEY_UNITS)
            rated = [
                n
                for n in found
                if _RATE_AFTER.match(passage.text, n.end)
                or _RATE_BEFORE.search(passage.text, max(0, n.start - RATE_REACH), n.start)
                # "Je Acme-Aktie bietet Globex 38,60 HKD": the clause opens on what one is priced
                or _RATE_OPENS.search(passage.text[: n.start])
                # "Eine GPU-Stunde kostet dann 41,90 Real": the price of one thing, by its subject
                or _ONE_COSTS.search(passage.text[: n.start])
                # "Die Preisspanne hatte bei 20 bis 24 Euro gelegen": a price of one share, by its name
                or _UNIT_PRICE_SAID.search(passage.text, max(0, n.start - UNIT_PRICE_REACH), n.start)
            ]
            # ... and the rate it replaced ("nun 24.000 Dollar pro Stück, nach 27.500 Dollar im ursprünglichen
            # Vertrag"), of the same currency
            rated += [
                n
                for n in found
                if n not in rated
                and any(
                    r.end < n.start
                    and r.unit == n.unit
                    and _RATE_REPLACED.fullmatch(passage.text, r.end, n.start)
                    for r in rated
                )
            ]
            if not ask.rate:  # "50 Millionen Kronen Investition pro Megawatt" is no investment's total
                # ... unless the price asked is the one the figure is said to be ("welchen Preis will Acme":
                # "Bei einem Preis von 5.100 Vatu je Aktie sei man bereit …")
                # ... or the cost of a share asked ("wie teuer ist eine neue Acme-Aktie": "zum Preis von …")
                priced = any(t in PRICE_WORDS for t in ask.topic) or (
                    ask.cost and any(t in SHARE_WORDS for t in ask.topic)
                )
                found = [
                    n
                    for n in found
                    if n not in rated
                    or (
                        priced
                        and (
                            _PRICE_OF.search(passage.text, 0, n.start) is not None
                            # ... or a price by its name ("legten den Ausgabepreis bei 20 Euro fest")
                            or _ONE_PRICE_SAID.search(
                                passage.text, max(0, n.start - UNIT_PRICE_REACH), n.start
                            )
                        )
                    )
                ]
            elif (ask.per_thing and rated) or ask.per_unit:  # "rate per GPU": "1,85 Dollar je GPU", no total
                found = rated  # ... and "price per MWh" only so
            elif ask.per_thing and not (
                any(t in PRICE_WORDS for t in ask.topic) and any(t in SHARE_WORDS for t in ask.topic)
            ):
                return None  # ... though a share's price may be said without "je" (a wafer's may not)
            if (
                any(t in PRICE_WORDS for t in ask.topic)
                and any(t in SHARE_WORDS for t in ask.topic)
                and not rated
                and _ALL_OF_THEM.search(passage.text)
            ):
                return None  # a share's price: not "Für alle 180 Mio. Aktien ergibt sich ein Kaufpreis …"
            if ask.currencies:  # "worth in euros": the euro figure; yen are no answer
                found = [n for n in found if n.unit in ask.currencies]
            if any(h.startswith(_RELATIVE_HEADS) for h in ask.heads):
                # "what premium": the figure the premium is said by ("einem Aufschlag von 27 Prozent auf den
                # letzten Schlusskurs … von 30,40 HKD": not the price it is a premium on)
                relative = _RELATIVE_SAID.search(passage.text)
                if relative is not None:
                    found = [
                        n
                        for n in passage.figures(MONEY_UNITS | {"percent"})
                        if relative.end() <= n.start <= relative.end() + RELATIVE_REACH
                    ][:1]
                elif not found:
                    found = passage.figures(frozenset({"percent"}))  # "der Abschlag": "von knapp 8 Prozent"
            if not found and ask.bulk:
                # "how much water": "1,6 Millionen Kubikmeter Grundwasser"; "wie groß ist der
                # Batteriespeicher": "mit bis zu 400 Megawattstunden", the energy a store holds
                stored = ask.sizing and any(_STORE.search(t) for t in ask.topic)
                found = passage.figures(BULK_UNITS | ENERGY_UNITS if stored else BULK_UNITS)
            if not found and ask.bulk:
                # "wie groß ist die Option auf zusätzliche Wafer": "weitere 6.000 Wafer", a thing counted
                # (the thing itself, not a relative: "development" is no "Mitarbeiter" for its "arbeit")
                # ... but not the asked thing, asked as one: "wie hoch ist das Angebot": "Zwei Angebote"
                # counts the offers, it sizes none ("wieviel GPUs" asks them counted)
                found = [
                    n
                    for n, noun in self._counts_of(passage)
                    if any(_same_thing(t, noun) and stem(t) in stem(noun.replace(" ", "")) for t in ask.topic)
                    and not (ask.topic and ask.topic[0] != noun and stem(ask.topic[0]) == stem(noun))
                ]
            return (found, ()) if found else None
        if kind is Kind.PERCENT:
            if ask.direction and moved_other_way(passage.text, ask.direction):
                return None  # "how much did the stock drop": "stieg um 4,4 Prozent" is no drop
            if ask.moved and not MOVED.search(passage.text):
                return None  # "how much did Acme's stock move": a stake held is no move
            if (
                ask.stock_moved
                and not _STOCK_SAID.search(passage.text)
                and not self._company_moved(passage, subjects)
            ):
                return None  # "share price … how much did it rise": not "die Preise … sind gestiegen"
            found = passage.figures(frozenset({"percent"}))
            if ask.prefer and not ask.moved and not ask.direction:
                # "what share of peak demand": "18 Prozent des Spitzenbedarfs", not "um 9 Prozent senken"
                changes = [(m.start(), m.end()) for m in _BY_PERCENT.finditer(passage.text)]
                found = [n for n in found if not any(a <= n.start and n.end <= b for a, b in changes)]
            return (found, ()) if found else None
        if kind is Kind.MEASURE:  # "wie viele MW": a sentence's gigawatts too, converted when shown
            # (of a company named: "how many MW does the campus have" asked of nobody keeps to megawatts)
            found = passage.figures(of_kind(ask.measure) if subjects else ask.measure)
            if not found and any(t.startswith(_CAPACITY_WORDS) for t in ask.topic):
                # "welche Kapazität soll das Werk erreichen": "bis zu 40.000 Wafer pro Monat", things a period
                found = [
                    n
                    for n in passage.numbers
                    if n.unit is None and _PER_PERIOD_AFTER.match(passage.text, n.end) is not None
                ]
            return (found, ()) if found else None
        if kind is Kind.COUNT and ask.multiple:  # "2,7-fach überzeichnet", "3x", "viermal so groß"
            multiples = [n for n in passage.numbers if _MULTIPLE_AFTER.match(passage.text, n.end)]
            multiples += word_multiples(passage.text)  # "mehr als fünffach überzeichnet"
            return (multiples, ()) if multiples else None
        if kind is Kind.COUNT:
            # "households": "Haushalte", by the English word's German translations too
            asked_as = {
                c: [t for t in self.translations.of(c) if len(t) >= MIN_TRANSLATED_STEM] for c in ask.counted
            }
            # (or names the thing counted: "liefert Beschleuniger … 40.000 Einheiten" counts chips)
            said_of = any(self._match(passage, t) is not None for t in (*ask.topic, *ask.counted))

            def counts_asked(of: Passage) -> list[Number]:
                return [
                    n
                    for n, noun in self._counts_of(of)
                    if any(
                        (
                            (_same_thing(c, noun) and not _people_for_things(c, noun))
                            or any(
                                _translates(t, noun, partial(self.translations.stem_means_else, word=c))
                                for t in asked_as[c]
                            )
                            or _compound_spread(c, noun, of)
                            or self._kind_counted(c, noun)
                            or _people_at_work(c, noun, of)
                        )
                        and not self._other_head(c, noun, ask.counted)
                        for c in ask.counted
                    )
                    # "11.500 Einheiten ausgeliefert": units of whatever the sentence speaks of, where it
                    # says what is asked of them ("wie viele Chips hat Veltrona ausgeliefert")
                    or (noun.rsplit(" ", 1)[-1].startswith(_UNITS_OF_ANYTHING) and said_of)
                ]

            found = counts_asked(passage)
            before = self._before(passage)
            if not found and ask.counted and before is not None and counts_asked(before):
                # "… beginnt mit 420 Ingenieuren. Bis Ende 2027 sollen es mindestens 700 werden": the
                # number with no noun of its own counts what the sentence before counted
                found = [
                    n for n in passage.numbers if n.unit is None and _ELIDED_COUNT.match(passage.text, n.end)
                ]
            wholes = [n for n in found if _WHOLE_OF_PART.search(passage.text, max(0, n.start - 40), n.start)]
            if wholes and len(wholes) < len(found):
                # "zwei der neun Sitze": the part a party gets, unless the whole is asked ("insgesamt"), or
                # all a company has ("how many employees does Acme have": "2.340 der insgesamt 3.100 …")
                found = wholes if ask.total or ask.stock else [n for n in found if n not in wholes]
            if ask.total and len(found) >= 2 and not any(_says_total(w) for w in passage.words):
                return None  # "wie viele insgesamt": "40.000 im Jahr 2026, 65.000 im Jahr 2027" are parts
            if not ask.total and not ask.stock:
                # "Von den derzeit 560 Arbeitsplätzen sollen 210 wegfallen": what happens to some, of all
                found = [self._part_after(passage, n) or n for n in found]
            return (found, ()) if found else None
        if kind is Kind.DATE:
            exact = (
                (DAY,)
                if ask.to_the_day
                else (DAY, MONTH)
                if ask.to_the_month
                else (DAY, MONTH, QUARTER)
                if ask.to_the_quarter
                else ()
            )
            dates = tuple(d for d in passage.dates if not exact or any(p.search(d) for p in exact))
            if ask.months and ask.to_the_day:
                # "an welchem Tag im September": a day of another month is no answer ("3. November")
                dates = tuple(
                    d for d in dates if ask.months & {MONTHS.get(w, 0) for w in normalize(d).split()}
                )
            if ask.announced:  # "wann hat Roe das gepostet": not "bis Ende 2025", what was announced
                dates = tuple(d for d in dates if not deadline(passage.text, passage.text.find(d)))
            elif told := [m.start() for m in _ANNOUNCED_SAID.finditer(passage.text)]:
                # "what is the new deadline": not "Die Regierung gab die neue Frist am 9. April bekannt", the
                # day it was made known (but "werde am 1. April 2027 die Produktion aufnehmen, teilte Acme
                # mit": the telling is another clause's)
                dates = tuple(d for d in dates if not _told_on(passage.text, d, told))
            return ([], dates) if dates else None
        if kind is Kind.DURATION:
            lengths = passage.figures(frozenset({"km"})) if ask.length else []
            if lengths:
                return (lengths, ())  # "wie lang wird die Trasse": "soll 38 Kilometer lang werden"
            lasting = [d for d in passage.durations if not self._lasts_other(passage, d, ask)]
            # "sei auf zehn Jahre angelegt und nicht auf 15 Jahre": the term said, not the one denied
            affirmed = [d for d in lasting if not _denied(passage.text, passage.text.find(d))]
            lasting = affirmed or lasting
            return ([], tuple(lasting)) if lasting else None
        if kind in (Kind.PERSON, Kind.ORG) and not subjects and ask.topic and passage.described:
            # "wer ist der König der Chips": the company the sentence calls so
            asked_stems = {stem(t) for t in ask.topic}
            called_by = tuple(
                self.names.names[org].display
                for org, said in passage.described
                if asked_stems <= {stem(w) for w in normalize(said).split()}
            )
            if called_by:
                return ([], called_by)
        if ask.describe:  # "wie beschreibt der Artikel Acme": what a sentence calls Acme
            called = tuple(dict.fromkeys(d for org, d in passage.described if org in subjects))
            # ... or a person, by the title the articles give them ("die Globex-Gründerin Jane Roe")
            introduced = tuple(
                f"{self.names.names[p].title} {self.names.names[p].display}"
                for p in passage.people
                if p in subjects and self.names.names[p].title
            )
            return ([], called or introduced) if called or introduced else None
        if kind is Kind.PLACE and ask.announced:
            # "where did Roe announce it": the medium or the event ("auf sozialen Medien angekündigt")
            medium = _MEDIUM.search(passage.text) if _ANNOUNCED_SAID.search(passage.text) else None
            if medium is not None:
                return [], (medium.group(0),)
        if kind is Kind.PLACE and ask.home and any(self.names.kind(s) == ORG for s in subjects):
            # "wo sitzt Acme": the seat the sentence gives Acme, never a site Acme builds or runs
            seats = [place for org, place in passage.homes if (org or self._spoken_of(passage)) in subjects]
            shown = tuple(dict.fromkeys(self.names.names[p].display for p in seats))
            return ([], shown) if shown else None
        if kind is Kind.PLACE:
            # "Shenlan aus Shenzhen mietet bei Tianrui": a company's seat is not where a site is
            # ... unless a seat is asked of no company ("where is the arbitration seated": "ein
            # Schiedsverfahren mit Sitz in Zürich")
            seated = set() if ask.home else {place for _, place in passage.homes}
            # "welche Bundesstaaten außer Utah": the place set aside is no answer, nor its town in it
            if ask.besides & set(passage.places):
                return None
            shown = tuple(self.names.names[p].display for p in passage.places if p not in seated)
            if ask.whence and not shown:  # "woher kommt der Strom": "mit Strom aus Wasser- und Windkraft"
                shown = tuple(
                    m.group(1)
                    for m in _FROM_SOURCE.finditer(passage.text)
                    if m.group(1).casefold().endswith(_SOURCE_ENDINGS)
                )
            if ask.country:  # "in welchem Land": a country, never one set aside ("außerhalb der USA")
                shown = tuple(
                    h
                    for h in shown
                    if normalize(h) in countries() and not set(normalize(h).split()) & ask.besides
                )
            return ([], shown) if shown else None
        persons = [s for s in subjects if self.names.kind(s) == PERSON] if kind is Kind.PERSON else []
        if kind is Kind.PERSON and persons and not ask.topic:
            # "wer ist Jane Roe (bei Acme)": who she is, where a sentence names her with her title
            named = [self.names.names[s] for s in persons if s in passage.people]
            titled = [n for n in named if n.title and n.title.casefold() in passage.text.casefold()]
            shown = tuple(f"{n.display} – {n.title}" + (f", {n.org}" if n.org else "") for n in titled)
            return ([], shown) if shown else None
        if kind is Kind.PERSON:
            people = [self.names.names[p] for p in passage.people]
            if subjects:  # "CEO von Cobalt": a person of that company, never one of another
                alone = all(s in passage.names for s in subjects) and set(passage.orgs) <= set(subjects)
                # A role asked ("Chefin von Albion") needs the title tied to the company ("Albion-Chefin",
                # "CEO von Albion"); a CEO merely speaking about Albion may head another company.
                role = any(asks_role(t) or t in ROLE_WORDS for t in ask.topic)
                # "Zur Geschäftsführerin des Gemeinschaftsunternehmens wurde Jane Roe bestellt": of the one
                # joint venture asked, which the article names
                given = self._title_of(passage, subjects)  # the title the sentence gives, not one held
                # "wer soll die Kühlsparte von Acme leiten": "Jo Roe … soll die Kühlsparte des schwedischen
                # Konzerns leiten", the one person of a sentence leading a part of the company named
                given = given or (
                    "lead"
                    if len(passage.people) == 1
                    and any(t.startswith(_LEAD_VERBS) for t in ask.topic)
                    and _LEADS.search(passage.text) is not None
                    and all(s in passage.names for s in subjects)
                    else ""
                )
                venture = bool(given) or (
                    bool(set(subjects) & self.ventures) and _VENTURE_KIND.search(passage.text) is not None
                )
                # "who was the judge in the Acme One case": a thing named (a project, a site) has no staff
                # of its own; a person of no company titled as asked, in its article, is its judge
                titled_in_thing = role and all(
                    s in self.names.projects and s in self.names.subjects.get(passage.document, ())
                    for s in subjects
                )
                people = [
                    p
                    for p in people
                    # "who was the judge in the Acme case": "entschied Richter Jo Roe" in a sentence naming
                    # Acme (or of Acme's article: "machte das Bauunternehmen verantwortlich"), a public office
                    # asked by its title, whatever body the title names ("Gouverneurin der Region")
                    if (
                        role
                        and official(p.title or "")
                        and any(self._of_the_article(passage, s) for s in subjects)
                        and any(title_says(p.title or "", t) for t in ask.topic if asks_role(t))
                    )
                    or (
                        normalize(p.org) in subjects or bool(given)
                        if p.org
                        else (alone and not role)
                        or venture
                        or (titled_in_thing and any(title_says(p.title or "", t) for t in ask.topic))
                        # "Projektdirektorin Jo Roe begründete …" in the article whose headline names Acme
                        # alone, in a sentence naming no company: Acme's, where her title is the role asked
                        or (
                            role
                            and not passage.orgs
                            and subjects == [self._headline_org(passage.document)]
                            and any(title_says(p.title or "", t) for t in ask.topic if asks_role(t))
                        )
                    )
                ]
                held_by = next((s for s in subjects if ask.role_of and ask.role_of in s.split()), None)
                if held_by is not None and len(subjects) > 1:
                    # "Globex's CEO and his comment on the Acme deal": Globex's, not Acme's CEO speaking
                    people = [p for p in people if not p.org or normalize(p.org) == held_by]
                if any(t in CHIEF_WORDS for t in ask.topic) and not given:
                    # "wer ist die Chefin von Acme": its chief executive, not its "Technikchef" or CFO
                    people = [p for p in people if not _functional_chief(p.title or "")]
                chiefs = [t for t in ask.topic if t in CHIEF_WORDS]
                if chiefs and given and not any(title_says(given, t) for t in chiefs):
                    people = []  # "Acme's CEO": "Den Vorsitz des Verwaltungsrats übernimmt …" is the chair
                titles = [
                    t for t in ask.topic if asks_role(t) and t not in CHIEF_WORDS and t not in ROLE_WORDS
                ]
                # "chief scientist": the office a chief of no function names, not any chief ("CEO")
                titles = [t for t in titles if t not in ANY_CHIEF] or titles
                if titles:
                    # "wer ist Präsident von Acme": the one titled so, not Acme's CEO named beside
                    # (or said so in the sentence: "Helvetix-Gründer und CEO Marco Bernasconi")
                    said = normalize(given or passage.text).replace(" ", "")
                    people = [
                        p
                        for p in people
                        if (not p.title and not given)
                        or any(
                            (self.titled(p.title or "", t) and not given)
                            or self.titled(said, t, titles_only=not given)
                            for t in titles
                        )
                    ]
            if any(asks_role(t) for t in ask.topic):
                # "who's the CEO": not "Ihr Vorgänger Jo Roe"; "who was the CEO before": he alone
                former = [p for p in people if (p.title or "").casefold().startswith(_FORMER_TITLES)]
                people = former if ask.earlier else [p for p in people if p not in former]
            shown = tuple(p.display for p in people if " " in p.key) or tuple(p.display for p in people)
            role = any(asks_role(t) or t in ROLE_WORDS for t in ask.topic)
            if not shown and not role and not passage.people and ask.topic:
                # "who is buying Acme's unit", "wer hat geklagt": a company, where the sentence names no
                # person (the asked ones are no answer)
                beaten = self._beaten(passage, set(subjects))
                if not ask.recipient:  # (nor one the sentence names as receiving: "hat dem Betreiber Acme …")
                    beaten |= self._receiving(passage)
                # (nor a project by its name: "das Acme-Projekt" is what is done, not who)
                shown = tuple(
                    self._written(o, passage)
                    for o in self._listed_with(passage, ask.besides) or passage.orgs
                    if o not in subjects
                    and not set(o.split()) & ask.besides
                    and o not in beaten
                    and not self._only_as_project(passage, o)
                )
            if not shown and not role and all(s in passage.about for s in subjects):
                # "wer muss noch zustimmen": a body that no name names ("die Wettbewerbskommission",
                # "ein Konsortium aus drei Landesbanken")
                # ... not one the question names ("who got elected at the AGM": not "Die Hauptversammlung")
                asked = tuple(f for t in ask.topic for f in expansions(t) if len(f) >= MIN_GLOSSARY_FORM)
                shown = tuple(i for i in _institutions(passage.text) if not normalize(i).startswith(asked))
            return ([], shown) if shown else None
        if kind is Kind.ORG:
            # "which company builds Acme's cooling": Acme itself is no answer, nor one set aside ("besides
            # Globex, who else")
            # (but the two a choice is between: "who provides the core infrastructure, Acme or Globex")
            aside = (set(subjects) - set(ask.one_of)) | {
                o for o in passage.orgs if set(o.split()) & ask.besides
            }
            aside |= self._beaten(passage, aside)
            aside |= self._set_beside(passage)
            if not ask.recipient:  # "which authority issued the permit": not the one it was issued to
                aside |= self._receiving(passage)
            listed = self._listed(passage)
            # "who else besides Globex": those listed with Globex ("Unternehmen wie Globex, Initech und
            # Umbrella …, die Abhängigkeit von Hooli zu verringern": not Hooli)
            orgs = self._listed_with(passage, ask.besides) or [
                *passage.orgs,
                *(o for o in listed if o not in passage.orgs),
            ]
            # ... nor a project named by its name ("das Acme-Projekt während seiner Bauphase"): no firm
            aside |= {o for o in orgs if self._only_as_project(passage, o)}
            if ask.maker:
                # "welche Baufirma": a company the sentence calls by a kind ("Den Bau übernimmt der Konzern
                # Globex"), not one merely named beside the trade's word ("Da der Bau im Gange ist, ist
                # Acme auf dem besten Weg …")
                described = {org for org, _ in passage.described}
                aside |= {o for o in orgs if o not in described}
            shown = tuple(self._written(o, passage) for o in orgs if o not in aside)
            return ([], tuple(dict.fromkeys(shown))) if shown else None
        if kind is Kind.SAID:
            if not passage.speech:
                return None
            # (not where the person asked speaks, the title only naming them: "Was sagte Vorstandschef Roe")
            speaks = any(s in passage.people and self.names.kind(s) == PERSON for s in subjects)
            if (
                subjects
                and not speaks
                and any(
                    (asks_role(t) or t in ROLE_WORDS) and t not in ask.heads and not is_judge(t)
                    for t in ask.topic
                )
            ):
                # "Was hat der Cobalt-CEO gesagt": a speaker holding a title at that company, not the
                # other company's CEO quoted in the same article (an analyst holds none there)
                speakers = [self.names.names[p] for p in passage.people]
                # ... of the company the role is said of ("Acme's CEO … about the Globex deal")
                holders = self._holders(ask.role_of, subjects) if ask.role_of else subjects
                # ... or a public office asked by its title, in the subject's article ("the minister quoted
                # on the Acme subsidy": "sagte Wirtschaftsministerin Jo Roe"), whatever body she serves
                asked_offices = [t for t in ask.topic if asks_role(t)]
                if not any(p.org and normalize(p.org) in holders for p in speakers) and not any(
                    official(p.title or "")
                    and any(title_says(p.title or "", t) for t in asked_offices)
                    and any(self._of_the_article(passage, s) for s in subjects)
                    for p in speakers
                ):
                    return None
                # ... and holding the title asked: "what did Acme's CFO say" is not the words of Acme's CEO
                # (the title as the sentence or the one before gives it: a name keeps its first title word)
                titled = [p for p in speakers if p.title and (not p.org or normalize(p.org) in holders)]
                # (a chief of no function named, "the sales chief", is any chief: "Vertriebsvorstand")
                texts = [passage.text, *(b.text for b in [self._before(passage)] if b is not None)]
                offices = [t for t in asked_offices if t not in ANY_CHIEF]
                if (
                    offices
                    and titled
                    and not any(title_says(p.title or "", t) for p in titled for t in offices)
                    and not any(title_says(text, t, titles_only=True) for text in texts for t in offices)
                ):
                    return None
            # "„Mit Acme holen wir …“, sagte sie.": who "sie" is, as the sentence before named her
            unnamed = [
                self.names.names[p].display
                for p in passage.people
                if self.names.names[p].display.split()[-1] not in passage.text
            ]
            return [], tuple(unnamed[:1]) if len(passage.people) == 1 else ()
        return [], ()

    def _others_clause(self, passage: Passage, figures: Sequence[Number], subjects: list[str]) -> bool:
        """Does each figure stand in a clause (after a colon or semicolon) naming a company not asked?"""
        others = [
            self.names.names[o].display.casefold()
            for o in passage.orgs
            if o not in subjects and o in self.names.names
        ]
        if not figures or not others:
            return False
        starts = [m.end() for m in _OPENING_CLAUSE_END.finditer(passage.text)]
        for figure in figures:
            opened = max((at for at in starts if at <= figure.start), default=None)
            if opened is None or not any(o in passage.text[opened : figure.start].casefold() for o in others):
                return False
        return True

    def _only_as_project(self, passage: Passage, org: str) -> bool:
        """Does the sentence name the company only as a project's name ("das Acme-Projekt", "Projekt
        Acme"), which says who or what the venture is, not a firm doing the thing asked?"""
        name = self.names.names.get(org)
        if name is None:
            return False
        display = re.escape(name.display)
        # (or before a compound naming a project: "das Acme AI-Rechenzentrumsprojekt")
        said = re.findall(rf"{display}(?:\s+[\w-]*projekt\w*|[-\w]*)", passage.text, re.IGNORECASE)
        return bool(said) and all(
            w.casefold().endswith(_PROJECT_ENDINGS) or _PROJECT_WORD.search(w) for w in said
        )

    def _beaten(self, passage: Passage, aside: set[str]) -> set[str]:
        """ "Acme hat sich gegen den Rivalen Globex durchgesetzt": the companies named as opponents, who are
        not who won or did what is asked, while another company is left."""
        beaten = {
            o
            for o in passage.orgs
            for at in self._named_at(passage, [o])
            if _AGAINST.search(passage.text, max(0, at - AGAINST_REACH), at)
        }
        return beaten if set(passage.orgs) - beaten - aside else set()

    def _receiving(self, passage: Passage) -> set[str]:
        """ "Die Behörde hat dem Cloud-Anbieter Acme die Erlaubnis erteilt": the companies a sentence names
        as the bare dative object of its verb, who receive what is done, not do it (not after a
        preposition or a conjunction: "mit dem Konzern Acme", "bei den Gründern und dem Geldgeber Acme")."""
        out = set()
        for org in passage.orgs:
            for at in self._named_at(passage, [org]):
                before = passage.text[max(0, at - DATIVE_REACH) : at].split()
                while before and is_descriptor(before[-1].split("-")[-1]):
                    before.pop()  # "dem Cloud-Anbieter", "dem Betreiber"
                if (
                    len(before) >= 2
                    and before[-1].casefold() in _DATIVE_ARTICLES
                    and normalize(before[-2]) not in _DATIVE_PREPOSITIONS
                    and before[-2][-1:].isalpha()
                ):
                    out.add(org)
        return out

    def _listed_with(self, passage: Passage, besides: AbstractSet[str]) -> list[str]:
        """The companies listed with one set aside ("besides Acme": "wie Acme, Globex und Initech"), or []."""
        if not besides:
            return []
        for run in _LISTING.finditer(passage.text):
            keys = [normalize(i.strip()) for i in _LIST_SEPARATOR.split(run.group(0)) if i.strip()]
            if any(set(k.split()) & besides for k in keys):
                return [k for k in keys if self.names.kind(k) == ORG]
        return []

    def _listed(self, passage: Passage) -> list[str]:
        """ "mit Quist, Acme und Globex": a capitalised word listed beside two companies is a company
        too, though no article names it so elsewhere (as written; the known ones by their keys)."""
        out: list[str] = []
        for run in _LISTING.finditer(passage.text):
            items = [i.strip() for i in _LIST_SEPARATOR.split(run.group(0)) if i.strip()]
            keys = [normalize(i) for i in items]
            if sum(1 for k in keys if self.names.kind(k) == ORG) < MIN_LISTED_COMPANIES:
                continue
            out.extend(
                k if self.names.kind(k) == ORG else i
                for i, k in zip(items, keys, strict=True)
                if self.names.kind(k) in (ORG, None)
            )
        return out

    def _overlap(self, pid: int, ask: Asked) -> int:
        """How many topic words a sentence has a word starting like (its first PREFIX letters), from the
        prefix index: a set of prefixes per sentence would take 10 MB at 10,000 sentences. A year asked
        counts as a word ("by the end of 2027")."""
        return sum(
            1
            for t in ask.topic
            if (
                # a short word ("test", "chip") by the compounds it starts too ("Testzentrum", "KI-Chips")
                pid in self.by_prefix.get(t[:PREFIX], ())
                or (len(t) < PREFIX and pid in self.by_head.get(t, ()))
                if len(t) >= MIN_PREFIXED
                else t in self.passages[pid].words
            )
        ) + sum(1 for y in ask.years if pid in self.by_number().get(y, ()))

    def _called(self, document: str, noun: str) -> set[str]:
        """The companies an article introduces by the kind `noun` ("der Grundbesitzer Globex Estates")."""
        return {
            org
            for p in self.by_document.get(document, ())
            for org, words in p.described
            if normalize(words).split()[-1:] == [noun]
        }

    def _spoken_of(self, passage: Passage) -> str:
        """The company "der Konzern" or "dem Start-up" stands for: the first one the sentence before names
        that this one does not ("Acme wird bewertet. Globex hält 11 Prozent an dem Start-up aus Paris."),
        else the company the sentence is about when it names none."""
        before = self._before(passage)
        others = [o for o in before.orgs if o not in passage.orgs] if before else []
        if others:
            return others[0]
        about = [k for k in passage.about if self.names.kind(k) == ORG]
        return about[0] if len(about) == 1 and not passage.orgs else ""

    def _corrected(self, passage: Passage) -> Passage | None:
        """Of a correction ("Korrektur: Die genannten rund 3,5 Milliarden gelten nur für …"), the earlier
        sentence giving a figure it says again; None for any other sentence."""
        if not _CORRECTION.search(passage.text):
            return None
        said = {(n.value, n.unit) for n in passage.numbers if n.unit not in (None, "year")}
        return next(
            (
                p
                for p in reversed(self.by_document[passage.document])
                if p.position < passage.position and said & {(n.value, n.unit) for n in p.numbers}
            ),
            None,
        )

    def _corrected_later(self, passage: Passage) -> frozenset[tuple[float, str | None]]:
        """The figures a later sentence of the article, a correction ("Korrektur: …"), says again."""
        return frozenset().union(
            *(said for at, said in self._corrections_in(passage.document) if at > passage.position)
        )

    def _corrections_in(self, document: str) -> tuple[tuple[int, frozenset[tuple[float, str | None]]], ...]:
        """An article's corrections: each one's position and the figures it says (worked out once)."""
        known = self._corrections.get(document)
        if known is None:
            known = tuple(
                (p.position, frozenset((n.value, n.unit) for n in p.numbers if n.unit not in (None, "year")))
                for p in self.by_document[document]
                if _CORRECTION.search(p.text)
            )
            self._corrections[document] = known
        return known

    def replaced_in(self, document: str) -> frozenset[tuple[float, str | None]]:
        """The figures an article gives as replaced by others ("statt zunächst genannter 860 Milliarden")."""
        known = self._replaced.get(document)
        if known is None:
            known = frozenset(
                (n.value, _replacing_unit(p, n))
                for p in self.by_document[document]
                for n in p.numbers
                if n.unit != "year" and _replaced(p, n)
            )
            self._replaced[document] = known
        return known

    def _trade_unsaid(
        self,
        passage: Passage,
        ask: Asked,
        subjects: list[str],
        matched: list[int | None],
        highlights: tuple[str, ...],
    ) -> bool:
        """ "which chip vendor", "which foundry": a company asked by its trade, which the sentence says by no
        verb ("liefert") and the articles call none of the companies it answers with (by the trade's word in
        any form or in German, and by the word before it: a "Cloudanbieter" is no chip vendor)."""
        at = next((i for i, t in enumerate(ask.topic) if t.endswith(_TRADES)), None)
        if at is None:
            return False
        said = matched[at]
        if said is not None and passage.text[passage.text.rfind(" ", 0, said + 1) + 1 :][:1].islower():
            return False  # "Den Strom liefert der Windparkbetreiber Havgrim": the supplier, by its verb
        trade = ask.topic[at]
        kind = ask.topic[at - 1] if at and ask.topic[at - 1] not in subjects else ""
        answers = [o for o in passage.orgs if o not in subjects and self._written(o, passage) in highlights]
        return not any(self._called_by(org, trade, kind) for org in answers)

    def _called_by(self, org: str, trade: str, kind: str) -> bool:
        """Do the articles call the company by the trade asked (in any form, in German, or by a compound
        ending in its German: "developer" of the "Projektentwickler"), of the kind asked with it ("chip
        vendor": "Chipanbieter", "Chip-Anbieter"; not "GPU-Cloud-Anbieter", whose "Cloud" is between)?"""
        germans = tuple(g for g in self.translations.of(trade) if len(g) >= MIN_AMOUNT_HEAD and g.isalpha())
        for called in self.called(org):
            said = called.split()
            for i, word in enumerate(said):
                if not (self.says(trade, word) or word.endswith(germans)):
                    continue
                if not kind or self.says(kind, word, whole=True) or (i and self.says(kind, said[i - 1])):
                    return True
        return False

    def _stage_told_apart(self, passage: Passage, ordinal: int) -> bool:
        """Does another sentence of the article name the stage (`ordinal`, by a stage noun), which this one,
        naming none and not going on from it (the sentence before names none either), is then not of?"""
        before = self._before(passage)
        if before is not None and ordinal in before.stages:
            return False  # "In der ersten Phase … 120 Megawatt. Sie kosten 400 Millionen Euro."
        return any(
            p.id != passage.id and ordinal in p.stages and any(w.startswith(STAGE_NOUNS) for w in p.words)
            for p in self.by_document[passage.document]
        )

    def _of_a_past(self, passage: Passage) -> bool:
        """Does the sentence speak of a time gone by: the year before, an earlier value, or a year before
        the latest its article names (not "im ersten Quartal 2026" in an article whose latest year it is)?"""
        if _EARLIER_SAID.search(passage.text) or _LAST_YEAR.search(passage.text):
            return True
        latest = self._latest_year.get(passage.document)
        if latest is None:
            said = (int(y) for p in self.by_document[passage.document] for y in _A_YEAR.findall(p.text))
            latest = self._latest_year[passage.document] = max(said, default=0)
        return any(int(y) < latest for y in _A_YEAR.findall(passage.text))

    def _earlier(self, passage: Passage) -> list[Passage]:
        """The sentences just before in the same article (CONTEXT_SENTENCES of them at most)."""
        out: list[Passage] = []
        current: Passage | None = passage
        while len(out) < CONTEXT_SENTENCES and current is not None:
            current = self._before(current)
            if current is not None:
                out.append(current)
        return out

    def _other_head(self, counted: str, noun: str, asked: tuple[str, ...]) -> bool:
        """ "how many server racks": "sechs Serverhallen" starts with the asked word before the last
        ("server"), but its own last part ("hallen") is a word of its own other than the one counted."""
        head = asked[-1]  # an English noun phrase's last word, in its plural ("server racks")
        if counted == head or len(asked) < 2 or " " in noun or not head.endswith("s"):
            return False
        forms = [f for f in (*expansions(counted), *self.translations.of(counted)) if len(f) >= PREFIX - 1]
        start = next((f for f in forms if noun.startswith(f)), None)
        if start is None:
            return False
        rest = noun[len(start) :]
        known = len(rest) >= COMPOUND_PART and (
            rest in self.words or rest[:-1] in self.words or rest[:-2] in self.words
        )
        return known and not (
            _same_thing(head, rest) or any(_translates(t, rest) for t in self.translations.of(head))
        )

    def _opened_by(self, passage: Passage, ask: Asked, subjects: list[str]) -> list[Passage]:
        """The sentences before it in its paragraph that name the companies the sentence names and give no
        figure: what they speak of, the figure after them is of ("Für die Verspätung zahlt Globex eine
        Vertragsstrafe. … Globex zahlt 155 Millionen Denar."). Not where the sentence says what its figure
        is ("Der Auftrag hat einen Wert von …", "Der Umsatz stieg auf …"), nor a total not asked ("Zusammen
        verfügen sie über …")."""
        own_amount = any(
            names_amount(w) and not any(w.startswith(t[:COMPOUND_HEAD]) for t in ask.topic)
            for w in passage.words
        )
        if own_amount or (not ask.total and not _TOTAL_WORDS.isdisjoint(passage.words)):
            return []
        return [
            p
            for p in self.by_document[passage.document]
            if passage.paragraph <= p.position < passage.position
            and set(passage.orgs) <= set(p.orgs)
            and all(n.unit == "year" for n in p.numbers)
            and self._evidence(p, ask, subjects) is None
        ]

    def _paid_for_stake(self, passage: Passage, subjects: list[str]) -> bool:
        """ "Der Fonds zahlt dafür 1,44 Milliarden" after "X übernimmt eine Beteiligung von 16 Prozent": the
        price of the stake the sentence before, naming the company asked, speaks of."""
        if _PAID_FOR_IT.search(passage.text) is None:
            return False
        before = self._before(passage)
        return (
            before is not None
            and any(s in before.names for s in subjects)
            and _STAKE_SAID.search(before.text) is not None
        )

    def _name_run_kinds(self, term: str, document: str) -> tuple[bool, frozenset[str]]:
        """Where the article writes `term` only as a word of a name of several capitalised words ("Acme
        Nubes", "Windpark Nordlicht West"; not "Fazit: …", a noun a colon sets apart, nor "die Bank"): the
        other words of those names, one of which may say what the name is of ("windpark"); else (False, ∅)."""

        def work_out() -> tuple[bool, frozenset[str]]:
            kinds: set[str] = set()
            seen = False
            for p in self.by_document.get(document, ()):
                tokens = p.text.split()
                for i, token in enumerate(tokens):
                    if normalize(token.strip(_EDGES)) != term:
                        continue
                    seen = True
                    before = tokens[i - 1] if i else ""
                    after = tokens[i + 1] if i + 1 < len(tokens) else ""
                    joined = (
                        before[:1].isupper() and before[-1:].isalpha() and before not in _NAME_OPENERS
                    ) or (token[-1:].isalpha() and after[:1].isupper() and after.strip(_EDGES).isalpha())
                    if not (token[:1].isupper() and joined):
                        return False, frozenset()
                    kinds.update(_run_words(tokens, i))
            return seen, frozenset(kinds)

        return _kept(self._name_runs, (term, document), work_out)

    def _dated_elsewhere(self, passage: Passage, ask: Asked, subjects: list[str]) -> bool:
        """Does another sentence of the passage's article name a year asked and give a figure of the kind
        asked? Then that one is the figure of the year, not this undated one."""
        return any(
            p.id != passage.id
            and any(n.unit == "year" and n.value in ask.years for n in p.numbers)
            and (not subjects or self._figure_about(p, subjects))  # (of the company asked, not its rival)
            and self._evidence(p, ask, subjects) is not None
            for p in self.by_document.get(passage.document, ())
        )

    def _unsaid_name_word(self, term: str, passage: Passage) -> bool:
        """Is `term` a word of no dictionary that the passage's article says elsewhere (a name the name book
        did not learn: "Nubes" of "Acme Nubes"), and neither the sentence before it (the one a "Die Firma"
        points back to) nor the article's title or lead says it? Then the sentence is of someone else."""
        if (
            len(term) < MIN_NAME_WORD
            or term in STOPWORDS
            or dictionary_word(term)
            or self.translations.of(term)
            or any(term in key.split() for key in self.names.names)  # (a name learned: its own rules hold)
        ):
            return False
        named, kinds = self._name_run_kinds(term, passage.document)
        if not named or any(w.rstrip("s") in kinds or w in kinds for w in passage.words):
            return False  # ("die ersten Turbinen des Windparks": the "Windpark Nordlicht West" by its kind)
        before = self._before(passage)
        # (nor is it one of the parties the article opens with: "die Partner" are both)
        opening = any(
            term in p.words for p in self.by_document[passage.document] if p.position <= HEADLINE_SENTENCES
        )
        return (before is None or term not in before.words) and not opening

    def _revised_next(self, passage: Passage, figures: list[Number]) -> bool:
        """Are all the figures ones first planned ("Ursprünglich hatte Acme … mit 2,2 Milliarden
        veranschlagt"), and does the next sentence of the article give another in their unit?"""
        if not figures or not all(_first_planned(_clause_before(passage.text, n.start)) for n in figures):
            return False
        following = self.passages[passage.id + 1] if passage.id + 1 < len(self.passages) else None
        if following is None or following.document != passage.document:
            return False
        units = {n.unit for n in figures}
        values = {n.value for n in figures}
        return any(n.unit in units and n.value not in values for n in following.numbers)

    def _revising(self, passage: Passage) -> Passage | None:
        """The sentence before, where this one revises the figure it gave as first planned."""
        before = self._before(passage)
        if before is None or _RAISED_TO.search(passage.text) is None:
            return None
        planned = [n for n in before.numbers if _first_planned(_clause_before(before.text, n.start))]
        units = {n.unit for n in planned}
        return before if planned and any(n.unit in units for n in passage.numbers) else None

    def _before(self, passage: Passage) -> Passage | None:
        """The sentence just before in the same article, or None."""
        if passage.id == 0:
            return None
        before = self.passages[passage.id - 1]
        return before if before.document == passage.document else None

    def _same_company_on(self, passage: Passage) -> bool:
        """ "… hatte der Konkurrent Skarnholt einen eigenen Vertrag geschlossen. Skarnholt mietet über vier
        Jahre …": a sentence opening on a company outside the article's subject that the one before names
        goes on about what it did there (the subject's own sentences each say what they are about)."""
        before = self._before(passage)
        if before is None or not passage.words:
            return False
        first = passage.words[0]
        subject = self.names.subjects.get(passage.document, frozenset())
        return any(
            key.split()[0] == first and key in before.orgs and key not in subject for key in passage.orgs
        )

    def _followers(self, ids: set[int]) -> set[int]:
        """The sentences a little after these that go on about them ("Der Vertrag läuft über …")."""
        out: set[int] = set()
        for pid in ids:
            out.update(self._followed_by.get(pid, ()))
        return out

    def _antecedent(self, passage: Passage) -> Passage | None:
        """The sentence a sentence that goes on speaks of (worked out once, at reload), or the one before a
        sentence opening on the company it named (its words, not its companies: found by its own name;
        worked out when asked, as most sentences of a long article open on a company)."""
        pid = self._antecedents.get(passage.id)
        if pid is None:
            if passage.id in self._antecedents_found:
                found = self._antecedents_found[passage.id]
                return None if found is None else self.passages[found]
            on = (
                self._same_company_on(passage)
                or self._kind_of_the_one_before(passage)
                or _PRONOUN_SUBJECT.match(passage.text) is not None
            )
            before = self._before(passage) if on else None
            if len(self._antecedents_found) < MATCH_CACHE:
                self._antecedents_found[passage.id] = None if before is None else before.id
            return before
        return self.passages[pid]

    def _kind_of_the_one_before(self, passage: Passage) -> bool:
        """ "Den größeren Teil des Auftrags erhält Globex. Das Unternehmen liefert 38 Anlagen im Wert von …":
        a sentence speaking of the company the one before named, by its kind, goes on about what that one
        said of it."""
        before = self._before(passage)
        if before is None or not before.orgs or not refers_back(passage.text):
            return False
        return set(before.orgs) <= set(passage.about)

    def _find_antecedent(self, passage: Passage) -> Passage | None:
        """The sentence a sentence opening on "Der Vertrag …" speaks of: the nearest one before it (up to
        REFERENCE_REACH) whose word is or ends in "Vertrag"; else the sentence just before."""
        before = self._before(passage)
        words = passage.words
        if len(words) < 2 or words[0] not in _OPENS_ON or len(words[1]) < COMPOUND_PART:
            return before
        noun, earlier = words[1], before
        for _ in range(REFERENCE_REACH):
            if earlier is None:
                break
            # (its genitive or plural too: "des Kabels „Acme-1“" before "Das Kabel wird …")
            if any(
                w.endswith(noun) or w.removesuffix("s").removesuffix("e").endswith(noun)
                for w in earlier.words
            ):
                return earlier
            earlier = self._before(earlier)
        return before

    def _compound_tail(self, passage: Passage, at: int, term: str) -> int | None:
        """`at` when the word said there is a compound ending in the German of `term` ("Streiktag": "day")."""
        said = passage.text[at:].split(maxsplit=1)
        word = normalize(said[0]) if said else ""
        tails = [g for g in self.translations.of(term) if len(g) >= MIN_COMPOUND_TAIL and g.isalpha()]
        return at if any(word.endswith(g) and len(word) > len(g) for g in tails) else None

    def _anchor(self, before: Passage, term: str) -> int | None:
        """0 (a position at the sentence's start) when the sentence before says `term`, else None."""
        return 0 if self._match(before, term) is not None else None

    def _party_by_kind(self, passage: Passage, ask: Asked, subjects: list[str]) -> bool:
        """ "what % of the Acme damage does the insurer cover": "Der Versicherer Globex übernimmt 65 Prozent
        des Schadens" in Acme's article: the party the question asks by its kind is the one the sentence
        calls so, and the company named is whose thing it is."""
        own = self.names.subjects.get(passage.document, frozenset())
        if not subjects or not all(s in own for s in subjects):
            return False
        kinds = {normalize(said).split()[-1] for org, said in passage.described if org not in subjects}
        # ... or the sentence speaks of it by that kind alone ("Die Gewerkschaft fordert 7,5 Prozent mehr
        # Lohn" after "Die Gewerkschaft Tøknifelagið rief … auf"): the kind the articles call it
        descriptions = self.descriptions()
        kinds |= {
            normalize(said).split()[-1]
            for org in passage.about
            if org not in subjects and not passage.orgs
            for said in descriptions.get(org, ())
        }
        return bool(kinds) and any(len(t) >= MIN_NOUN_PART and self._calls(t, kinds) for t in ask.topic)

    def _figure_about(self, passage: Passage, subjects: list[str]) -> bool:
        """A sentence's figure belongs to the asked companies when the sentence is about all of them
        (named, or the article's subject in a sentence naming no company), or names one of them and
        the others are the article's subject ("ASML hält 11 Prozent an dem Start-up")."""
        subject = self.names.subjects.get(passage.document, frozenset())
        about = passage.about
        if (
            subjects
            and all(s in self.ventures and s in self.names.names for s in subjects)
            and all(passage.document in self.names.names[s].documents for s in subjects)
            and set(passage.orgs) <= subject | set(subjects)
        ):
            # "Bis Ende 2028 soll das Kapital auf 2,5 Mrd. aufgestockt werden" in the article on the joint
            # venture Acme Compute of its two parents: the venture's, as no other company is named
            return True
        if (
            subjects
            and not passage.orgs
            and all(s in self.names.projects for s in subjects)
            and not (set(passage.about) & self.names.projects) - set(subjects)
            and self._only_naming(subjects) == {passage.document}
            and any(
                set(subjects) <= before.names
                for before in self.by_document[passage.document]
                if before.position <= passage.position
            )
            # (not one going on about another company's: "Dieser Vertrag läuft zehn Jahre" after "… hatte Acme
            # mit dem Versorger Globex eine Vereinbarung geschlossen")
            and not self._of_others_before(passage, subjects)
        ):
            # "wann geht das System „X-2“ in Betrieb": "Der neue Rechner soll im März 2027 in Betrieb gehen"
            # after it is named, in the one article that does, naming no company nor other such thing
            return True
        companies = [s for s in subjects if s not in self.names.projects]
        if companies and len(companies) < len(subjects):
            # "how many Acme-2 chips does Globex sell": the figure is the company's; the thing it sells is
            # the sentence's, or its article's, or the one's it goes on about ("… der Baureihe „Acme-2“.
            # Globex hat rund 212.000 dieser Module verkauft")
            before = self._antecedent(passage) or (self._before(passage) if _points_back(passage) else None)
            near = passage.near | (before.names if before is not None else frozenset())
            if not all(s in near or s in subject for s in subjects if s not in companies):
                return False
            subjects = companies
        # "Die EU beteiligt sich über die Fazilität „Connecting Europe“ mit …": a thing named (a fund, a
        # programme) that the article is not about is no company; the sentence is of the article's own
        before = self._antecedent(passage) if not passage.orgs and _goes_on(passage) else None
        if before is not None and before.document == passage.document:
            # "… den Bau des Kabels „Acme-1“ … Das Kabel wird rund 3.400 Kilometer lang": the thing named
            # just before is what the sentence goes on about
            about = about | {s for s in subjects if s in self.names.projects and s in before.names}
        things = {k for k in about if k in self.names.projects and k not in subject and k not in subjects}
        if things and about <= things:
            about = subject
        judging = self._judges_firms(passage)
        if judging and not set(subjects) & judging and about - judging <= {p for p in passage.people}:
            # "Die Analystin Jo Roe von der Privatbank Globex hält 1,05 Mrd. für erreichbar": the analyst's
            # bank judges the article's company from outside; the figure is that company's
            about = subject | (about - judging)
        if subjects and subjects[0] not in about:
            return (
                False  # "what is Tessaron valued at after Kiyora's investment": Kiyora's money is no answer
            )
        if all(s in about for s in subjects):
            return True
        # "Globex leistet eine Vorauszahlung von 90 Mrd. Yen" in Acme's article: Globex's payment to Acme
        # (also "Der Fonds übernimmt … 24,9 Prozent" after "… vom Fonds Globex": that company by its kind)
        # ... and "Corrib zahlt dafür 1,4 Mrd." after "Corrib übernimmt 35 Prozent an Meseta": what "dafür"
        # points back to is the sentence before's
        # (and "Der Vertragswert liegt bei …" after "Der Stromvertrag mit dem Versorger Globex läuft …")
        near = passage.near
        goes_on = _FOR_THAT.search(passage.text) is not None or (not passage.orgs and _goes_on(passage))
        if goes_on and (before := self._before(passage)) is not None:
            near = near | before.names
        return any(s in passage.names or s in about for s in subjects) and all(
            s in near or s in subject for s in subjects
        )

    def _one_of(self, shown: str, asked: tuple[str, ...]) -> bool:
        """Is a name as a sentence writes it ("Nivalis Capital") one of those asked between ("nivalis")?"""
        key = normalize(shown)
        name = self.names.names.get(key)
        return key in asked or (name is not None and name.canonical in asked) or key.split()[0] in asked

    def _doers(self, passage: Passage, names: list[str], topic: tuple[str, ...]) -> list[str]:
        """Of names a sentence sets against each other ("…, während …", "whereas"), those in the part that
        says the asked words."""
        text = normalize(passage.text)
        cuts = [0, *(m.start() for m in _SET_AGAINST.finditer(text)), len(text)]
        parts = list(pairwise(cuts))
        said = {
            i
            for t in topic
            if (at := self._match(passage, t)) is not None
            for i, (a, b) in enumerate(parts)
            if a <= at < b
        }
        return [
            n
            for n in names
            if any(a <= text.find(normalize(n)) < b for i, (a, b) in enumerate(parts) if i in said)
        ]

    def _dated_after(self, passage: Passage, subjects: list[str]) -> bool:
        """ "Das Gericht verurteilte Acme … Die Kammer gab damit am 12. März einer Klage von Globex statt":
        a date in a sentence going on from one about the asked company, in its own article, is of that
        event (a date, not a figure: whose money it is stays the sentence's own)."""
        before = self._antecedent(passage)
        own = self.names.subjects.get(passage.document, frozenset())
        # (not "Der Netzbetreiber rechnet damit, das Unterwerk … fertigzustellen": a company by its kind,
        # and "damit," the start of what it expects, not a pointer back)
        opener = passage.words[1] if len(passage.words) > 1 else ""
        return (
            before is not None
            and before.document == passage.document
            and _goes_on(passage)
            and not is_descriptor(opener)
            and not _CORRELATIVE.search(passage.text)
            and all(s in own and s in before.about for s in subjects)
        )

    def _own_opening(self, passage: Passage, subjects: list[str]) -> int | None:
        """ "Insgesamt umfasst das Angebot bis zu 12,5 Millionen Aktien: 9 Millionen neue …, weitere 3,5
        Millionen gibt der Finanzinvestor Globex ab": a sentence on the article's own company naming none
        before its first colon or semicolon, where another company comes in, is its own there; where that
        opening clause ends, or None."""
        subject = self.names.subjects.get(passage.document, frozenset())
        if not subjects or not set(subjects) <= subject or not passage.orgs:
            return None
        cut = _OPENING_CLAUSE_END.search(passage.text)
        if cut is None or any(s in passage.names for s in subjects):
            return None
        opening = passage.text[: cut.start()]
        named = (self.names.names[o].display if o in self.names.names else o for o in passage.orgs)
        if (
            any(n.casefold() in opening.casefold() for n in named)
            or not any(n.start < cut.start() for n in passage.numbers)
            or refers_back(opening)  # ("Bis 2030 will das Unternehmen …; … hat Globex gekauft": Globex's)
        ):
            return None
        return cut.start()

    def _named_after_opening(
        self, passage: Passage, subjects: list[str], numbers: list[Number]
    ) -> int | None:
        """Where the opening clause ends of a sentence naming the asked companies only after it, holding one
        of `numbers` before it and after ("… 12,5 Mio. Aktien: …, weitere 3,5 Mio. gibt Globex ab"), or
        None."""
        cut = _OPENING_CLAUSE_END.search(passage.text)
        named_at = self._named_at(passage, subjects) if cut is not None and subjects else []
        if cut is None or not named_at or min(named_at) < cut.start():
            return None
        if not any(n.start < cut.start() for n in numbers) or not any(n.start > cut.start() for n in numbers):
            return None
        return cut.start()

    def _of_the_stage(self, passage: Passage, ask: Asked, subjects: list[str]) -> bool:
        """ "wann geht die erste Phase von Acme in Betrieb": "Die Inbetriebnahme ist für den 15. März 2026
        geplant" in the paragraph on the first phase, in Acme's article, naming no company (the supplier the
        sentence before names installs for that phase; the phase is Acme's)."""
        return (
            bool(ask.ordinal)
            and ask.ordinal in passage.stages
            and not passage.orgs
            and bool(subjects)
            and set(subjects) <= self.names.subjects.get(passage.document, frozenset())
        )

    def _of_the_deal(self, passage: Passage, ask: Asked, subjects: list[str]) -> bool:
        """ "Wie viel kostet die Globex-Übernahme": the deal between the article's two parties, which a
        sentence about either of them gives ("Insgesamt zahlt das Unternehmen [Acme] 1,9 Mrd. Franken"); a
        company's own figures (its revenue) stay its own."""
        subject = self.names.subjects.get(passage.document, frozenset())
        # (a sentence of what a person says, naming no company but in the speaker's title)
        told = passage.speech and all(
            any(normalize(self.names.names[p].org or "") == o for p in passage.people) for o in passage.orgs
        )
        # ... or the pair of its subject and a company its lead or the sentence before names ("Abnehmer der
        # Chips ist Imbo Compute … Der Auftrag hat einen Wert von …": the Veltrano–Imbo deal)
        parties = subject
        # (the question names the pair, one of them the article's own: never one company alone, whose
        # figure the article's subject's would be)
        if (
            ask.kind in (Kind.MONEY, Kind.DATE)  # (its sum or date; a stock's move is one company's own)
            and len(subjects) >= 2
            and any(s in subject for s in subjects)
            and not all(s in subject for s in subjects)
        ):
            said = [p for p in self.by_document[passage.document] if p.lead]
            before = self._antecedent(passage)
            if before is not None and before.document == passage.document:
                said.append(before)
            parties = parties | {n for p in said for n in p.names if self.names.kind(n) == ORG}
        # ... or the pair's contract ("what's the Acme–Globex contract worth": "Der Vertragswert liegt bei 6,5
        # Milliarden Euro, bestätigt Globex-Chef Jo Roe")
        # (not a part of it: "eine Anzahlung von 20 Prozent des Vertragswerts, also 1,5 Milliarden")
        contract = (
            ask.kind is Kind.MONEY
            and any(t.startswith(_CONTRACT_STARTS) and self._match(passage, t) is not None for t in ask.topic)
            and not _PART_OF_CONTRACT.search(passage.text)
        )
        return (
            len(parties) >= 2
            and bool(passage.about)
            # (a country a currency is named by is none: "468 Milliarden Burundi-Franc"; nor is a person of
            # one of them who only tells it: "Acme-Finanzvorständin Jo Roe sagte, die Gründung solle …")
            and {
                a
                for a in passage.about
                if not self._in_currency(passage, a)
                and not (told and self.names.kind(a) == PERSON)
                # (nor, of the pair's contract, one of the pair's people: "bestätigt Globex-Chef Jo Roe")
                and not (contract and (n := self.names.names.get(a)) and normalize(n.org or "") in subject)
            }
            <= subject
            and all(s in parties for s in subjects)
            # ... or a date of what the pair do, said by the question's rarest word ("wann kommt die erste
            # Lieferung von Globex": "Die erste Lieferung … nun rechnet Acme mit dem zweiten Quartal 2026")
            and (
                ask.deal
                or contract
                # ... or a term of the deal ("what premium is Globex paying": "Das Angebot entspricht einem
                # Aufschlag von 27 Prozent auf den letzten Schlusskurs der Acme-Aktie")
                # (saying every word asked: a premium "over the 3-month average" is not one on the close)
                or (
                    any(h.startswith(_RELATIVE_HEADS) for h in ask.heads)
                    and all(self._match(passage, t) is not None for t in ask.topic)
                )
                or (
                    ask.kind is Kind.DATE
                    and bool(ask.topic)
                    and self._match(passage, max(ask.topic, key=self._weight)) is not None
                )
                # ... or a sentence opening on the deal, the word asked ("how many shares does Globex's bid
                # cover": "Das Angebot bezieht sich auf alle 48,5 Millionen Aktien")
                or (
                    (opened := _DEAL_OPENS.match(passage.text)) is not None
                    and any(self._match(passage, t) == opened.start(1) for t in ask.topic)
                )
            )
        )

    def _in_currency(self, passage: Passage, key: str) -> bool:
        """Is the name a place the sentence says only as its currency's first part ("Burundi-Franc")?"""
        name = self.names.names.get(key)
        if name is None or name.kind != PLACE:
            return False
        said = [m.end() for m in re.finditer(re.escape(name.display), passage.text)]
        return bool(said) and all(passage.text[end : end + 1] == "-" for end in said)

    def _said_by_others(self, term: str, document: str, nearby: dict[tuple[str, str], bool]) -> bool:
        """Do other articles say `term` word for word (its stem), and `document` neither so nor in a compound
        ("Rapti Compute" says no "Supercomputer"), where nothing else says it? Kept per (document, word)."""
        if expansions(term) != (term,) or self.translations.of(term):
            return False  # a word said in other words too ("late": "verzögert") may be said so here
        found = self._literal_in.get((document, term))
        if found is None:
            key = stem(term)
            here = any(key in word for word in self.doc_stems[document])
            found = not here and any(key in stems for d, stems in self.doc_stems.items() if d != document)
            if len(self._literal_in) < SAID_IN_CACHE:
                self._literal_in[(document, term)] = found
        return found

    def _in_document(self, document: str, term: str, nearby: dict[tuple[str, str], bool]) -> bool:
        key = (document, term)
        if key not in nearby:
            said = self._said_in.get(key)
            if said is None:  # kept across questions: the documents of one Reader never change
                words = self.doc_words.get(document)
                said = stem(term) in self.doc_stems[document] or (words is not None and words.says(term))
                if len(self._said_in) < SAID_IN_CACHE:
                    self._said_in[key] = said
            nearby[key] = said
        return nearby[key]

    def _title_of(self, passage: Passage, subjects: list[str]) -> str:
        """ "Geschäftsführer von Globex wird der bisherige Acme-Technikvorstand Jane Roe": the title of the
        asked company the sentence gives its one person (whatever title she had before), or ""."""
        if len(passage.people) != 1 or len(subjects) != 1 or subjects[0] not in self.names.names:
            return ""
        display = re.escape(self.names.names[subjects[0]].display)
        found = re.search(rf"([\w-]+)\s+(?:von|bei|des|der|of|at)\s+{display}\b", passage.text)
        if found is not None and is_title(found.group(1)):
            return found.group(1)
        # "Geführt wird Acme von Jane Roe", "Acme wird von Jane Roe geleitet": the company's chief
        if re.search(
            rf"\b(?:[Gg]eführt|[Gg]eleitet)\s+(?:wird|werden)\s+(?:\w+\s+)?{display}\b", passage.text
        ) or re.search(
            rf"\b{display}\b[^.;]{{0,60}}\bwird\s+von\b[^.;]{{0,60}}\b(?:geführt|geleitet)\b", passage.text
        ):
            return "Chef"
        # "Die Führung des neuen Konzerns übernimmt Jane Roe", "Den Vorsitz des Verwaltungsrats übernimmt
        # …": the post the sentence hands the asked company's (its subject's) one person
        taken = _POST_TAKEN.match(passage.text)
        # (of the article's company, whatever post the person held before: "bisheriger CEO von Globex")
        if taken is None or subjects[0] not in self.names.subjects.get(passage.document, frozenset()):
            return ""
        post, of = taken.group(1).casefold(), taken.group(2)
        if post == "vorsitz":
            return f"Vorsitzender {of}".strip() if of else "Vorsitzender"
        return "Chef"  # the lead of the company: its chief

    def _named_after(self, passage: Passage, ask: Asked, subjects: list[str]) -> bool:
        """Does the sentence give a name (not one asked of) right before the word saying the thing whose
        name is asked ("das Skyport-Projekt") or within NAMED_AFTER words after it ("die Plattform Zephyr")?
        (True when the question names no such thing: "wie heißt er".)"""
        things = [
            t for t in ask.topic if t not in subjects and t not in _NAME_WORDS and self.names.kind(t) is None
        ]
        if not things:
            return True
        # the thing's word itself, or a compound ending on it ("KI-Chips"; not "Chiphersteller")
        forms = {
            f
            for t in things
            for f in (t, *self.translations.of(t), *expansions(t))
            if len(f) >= MIN_NOUN_PART and " " not in f
        }
        located = self.names.locate(passage.words)
        starts = {start for start, _, key in located if key not in subjects}
        for i, word in enumerate(passage.words):
            said = any(word.endswith(f) or word[:-1].endswith(f) or word[:-2].endswith(f) for f in forms)
            if said and starts & {i - 1, *range(i + 1, i + 1 + NAMED_AFTER)}:
                return True
        return False

    def _named_kind(self, passage: Passage, noun: str) -> str:
        """The one of the asked kind a sentence names by a compound of its noun, with the place after it
        ("which court": "Oberverwaltungsgericht Lüneburg"), or ""."""
        forms = _kept(  # once per asked noun, not once per sentence
            self._kind_forms,
            noun,
            lambda: frozenset(
                f for f in (*expansions(noun), *self.translations.of(noun)) if len(f) >= MIN_KIND_FORM
            ),
        )
        if not any(f in word for word in passage.words for f in forms):
            return ""
        for match in _CAPITALISED_RUN.finditer(passage.text):
            head = normalize(match.group(1))
            if any(head.endswith(f) and len(head) > len(f) for f in forms):
                return match.group(0)
        return ""

    def _holders(self, word: str, subjects: list[str]) -> list[str]:
        """The company a role is said of by `word` ("acme's ceo"), also by the last word of its name
        ("acme telecom ceo": of the asked companies, the one whose name "telecom" ends)."""
        named = self.names_in([word])[0]
        if named:
            return named
        return [
            s
            for s in subjects
            if any(
                k.split()[-1] == word and (n.canonical or k) == s
                for k, n in self.names.names.items()
                if k.startswith(s.split()[0])
            )
        ]

    def _paid_jointly(self, passage: Passage, subject: str) -> bool:
        """Does the sentence name the company beside another company or a place by "und" ("Der Bundesstaat
        New South Wales und das Technologieunternehmen Acme finanzieren …")?"""
        said = passage.text.casefold()
        spans = []
        for key in {subject, *passage.orgs, *passage.places}:
            if key in self.names.names and (at := said.find(self.names.names[key].display.casefold())) >= 0:
                spans.append((at, at + len(self.names.names[key].display), key == subject))
        spans.sort()
        return any(
            (a[2] or b[2]) and _JOINT.fullmatch(said[a[1] : b[0]]) is not None for a, b in pairwise(spans)
        )

    @staticmethod
    def _clause_of(passage: Passage, said: str) -> list[str]:
        """The words of the clause of the sentence that says `said` ([] if it says it nowhere)."""
        at = passage.text.find(said)
        if at < 0:
            return []
        ends = list(_CLAUSE_END.finditer(passage.text))
        start = max((m.end() for m in ends if m.end() <= at), default=0)
        end = min((m.start() for m in ends if m.start() >= at + len(said)), default=len(passage.text))
        return normalize(passage.text[start:end]).split()

    def _says(self, words: list[str], term: str) -> bool:
        """Does one of `words` say the question word, in a form of it or as its German word?"""
        return any(hit(w, form) for w in words for form in (term, *self.translations.of(term)))

    def _own_sum_elsewhere(self, passage: Passage, subject: str) -> bool:
        """Does another sentence of the article name the company with a sum other than this one's, and
        none with this one's ("Acme baut für bis zu 420 Mrd. Yen …" makes the total Acme's)?"""
        here = {n.value for n in passage.figures(MONEY_UNITS)}
        sums = [
            {n.value for n in other.figures(MONEY_UNITS)}
            for other in self.by_document[passage.document]
            if other.id != passage.id and subject in other.names
        ]
        return any(values - here for values in sums) and not any(values & here for values in sums)

    def _clause_opens_on(self, passage: Passage, at: int, companies: list[str]) -> bool:
        """Does the clause holding position `at` open on one of `companies` ("…, Globex nannte …"), or the
        clause before it, which one joined by "und" goes on from ("während Globex … kam und bislang 37
        Anlagen gebaut hat")?"""
        bounds = list(_CLAUSE_END.finditer(passage.text, 0, at))
        displays = [self.names.names[c].display.casefold() for c in companies if c in self.names.names]
        while True:
            start = bounds[-1].end() if bounds else 0
            opening = passage.text[start:at].lstrip(' „“"(').casefold()
            if any(opening.startswith(d) for d in displays):
                return True
            if not bounds or bounds[-1].group(0).strip() not in _SAME_SUBJECT_JOINS:
                return False
            at = bounds.pop().start()

    def _relative_clauses(self, passage: Passage, names: list[str]) -> list[int]:
        """Where a relative clause on one of the companies opens, right after its name ("Globex Datacenter,
        der …")."""
        out: list[int] = []
        for name in names:
            display = self.names.names[name].display if name in self.names.names else name
            pattern = rf"\b{re.escape(display)}(?:\s+[A-ZÄÖÜ][\w-]*)*{_RELATIVE}"
            out.extend(
                match.end()
                for match in re.finditer(pattern, passage.text)
                if not _APPOSED.search(passage.text, 0, match.start())
            )
            # "Acme, eine Tochter der Globex Holding, die … investieren will": the clause is of the company
            # the apposition describes, not of the one in its genitive
            apposed = rf"\b{re.escape(display)}(?:\s+[A-ZÄÖÜ][\w-]*)*{_APPOSITION}[^,]{{1,60}}?{_RELATIVE}"
            out.extend(match.end() for match in re.finditer(apposed, passage.text))
        return out

    def _other_clause(self, passage: Passage, figure: Number, subject: str) -> bool:
        """Is `figure` in a clause ("…, während Globex …") naming another company and not `subject`?"""
        text = passage.text
        starts = [m.end() for m in _CONTRAST.finditer(text) if m.end() <= figure.start]
        ends = [m.start() for m in _CONTRAST.finditer(text) if m.start() >= figure.end]
        if not starts and not ends:
            return False
        clause = text[max(starts, default=0) : min(ends, default=len(text))].casefold()

        def named(key: str) -> bool:
            name = self.names.names.get(key)
            return (name.display if name else key).casefold() in clause

        return not named(subject) and any(named(o) for o in passage.orgs if o != subject)

    def _others_part(self, passage: Passage, figure: Number, subjects: list[str]) -> bool:
        """Is `figure` in a part of the sentence (between commas) naming another company and none of the
        asked ones, which the sentence names elsewhere ("Obwohl … Beziehungen zu Acme oder Globex nicht
        aufgeben, was durch die Verpflichtung gegenüber Acme für bis zu 10 Gigawatt belegt wird": Acme's 10
        GW, asked of Globex)?"""
        text = passage.text
        opened = max((m.end() for m in _PART_MARK.finditer(text, 0, figure.start)), default=0)
        closing = _PART_MARK.search(text, figure.end)
        part = text[opened : closing.start() if closing else len(text)].casefold()
        if _RELATIVE_OPENING.match(part) or _INFINITIVE_CLOSING.search(part):
            # ", der … 9 Prozent hält": a relative clause, of the noun before it; "verpflichtet sich, … bis zu
            # 6.500 Tonnen an Globex zu liefern": the infinitive's doer is the one before the comma
            return False

        def named(key: str) -> bool:
            name = self.names.names.get(key)
            written = (name.display if name else key).casefold()
            first = written.split()[0] if written.split() else written
            return (
                written in part or key in normalize(part) or (len(first) >= MIN_NAME_PART and first in part)
            )

        asked = [s for s in subjects if s in passage.orgs]
        others = [o for o in passage.orgs if o not in subjects]
        # (of a pair asked, a part naming one of them beside a third is the third's: "von Acme gegenüber
        # Initech für bis zu 10 Gigawatt", asked of Acme and Globex)
        return bool(asked) and not all(named(s) for s in asked) and any(named(o) for o in others)

    def _and_before(self, passage: Passage, count: int) -> list[Passage]:
        """The sentence and up to `count` sentences before it, nearest first."""
        found = [passage]
        while len(found) <= count and (before := self._before(found[-1])) is not None:
            found.append(before)
        return found

    def _judges_firms(self, passage: Passage) -> set[str]:
        """The companies a sentence names as an analyst's or an economist's firm ("Analyst Jo Roe von der Bank
        Globex", "Die Analysten der Investmentbank Globex"): within JUDGE_REACH characters after the title
        word, in its clause."""
        text = passage.text
        low = text.casefold()
        titles = [m.start() for t in JUDGE_TITLES for m in re.finditer(re.escape(t), low)]
        if not titles:
            return set()
        found = set()
        for org in passage.orgs:
            for at in self._named_at(passage, [org]):
                if any(0 < at - t <= JUDGE_REACH and _same_clause(text, t, at) for t in titles):
                    found.add(org)
        return found

    def _named_at(self, passage: Passage, subjects: list[str]) -> list[int]:
        """Where in the sentence (as written) the asked companies are named."""
        said = passage.text.casefold()
        at = []
        for subject in subjects:
            display = self.names.names[subject].display if subject in self.names.names else subject
            found = said.find(display.casefold())
            if found >= 0:
                at.append(found)
        return at

    def _timed_apart(self, passage: Passage, ask: Asked) -> bool:
        """ "wie viele GW gehen in H2 2026 ans Netz": does another sentence of the article name the half (the
        quarter) and the year asked, which this one, naming neither, is then not of ("mindestens 10
        Gigawatt" beside "Die erste Phase … soll in der zweiten Hälfte 2026 …")?"""
        ordinal, noun = ask.timed
        document = self.by_document[passage.document]
        if _times_named(passage.words, noun) or any(
            ordinal in _times_named(p.words, noun) for p in document[:REPORTED_SENTENCES]
        ):
            return False  # (a period the article reports on: "im dritten Quartal 2025" in its lead)
        return any(
            p.id != passage.id
            and ordinal in _times_named(p.words, noun)
            and any(n.unit == "year" and n.value in ask.years for n in p.numbers)
            for p in document
        )

    def _of_the_time(self, passage: Passage, ordinal: int, noun: str) -> bool:
        """Is the passage's figure of the quarter (half, …) asked: the one it names, or else the one its
        article names ("im dritten Geschäftsquartal" in the lead)?"""

        def named(words: tuple[str, ...]) -> set[int]:
            return _times_named(words, noun)

        here = named(passage.words)
        if here:
            return ordinal in here
        if _WHOLE_YEAR.search(passage.text):
            return False  # "im dritten Quartal": "Für das Gesamtjahr 2026 …" is the whole year's
        # a sentence naming none is of the one the article's first sentences report (not of the next one
        # its outlook names: "Für das vierte Quartal erwartet …")
        document = self.by_document[passage.document]
        reported = set().union(*(named(p.words) for p in document[:REPORTED_SENTENCES]))
        return ordinal in (reported or set().union(*(named(p.words) for p in document)))

    def _partly_for(
        self, passage: Passage, figures: list[Number], topic: tuple[str, ...], matched: list[int | None]
    ) -> bool:
        """Is every asked word the sentence says named only after "vor allem für", "unter anderem" behind
        its figures: the figures are for more than the thing asked ("Die Investitionen steigen auf 900
        Mio., vor allem für ein neues Rechenzentrum")?"""
        mainly = _MAINLY.search(passage.text, max(n.end for n in figures))
        found = [t for t, m in zip(topic, matched, strict=True) if m is not None]
        if mainly is None or not found:
            return False
        head, tail = passage.text[: mainly.start()], passage.text[mainly.start() :]
        return all(self.says(t, tail) and not self.says(t, head) for t in found)

    def _figure_years(self, passage: Passage) -> dict[int, float]:
        """`_figure_years` of the sentence, after the one before it and its article's lead."""
        # (the headline's year, which the dateline's is not: "Frankfurt, 12. Februar 2026. … wächst 2025")
        sentences = self.by_document.get(passage.document, ())
        headline = {n.value for n in sentences[0].numbers if n.unit == "year"} if sentences else set()
        return _figure_years(passage, self._before(passage), headline or self._lead_years(passage.document))

    def _years_of(self, document: str) -> set[float]:
        """Every year the article names, as a figure or in a date (kept per article)."""
        known = self._document_years.get(document)
        if known is None:
            sentences = self.by_document.get(document, ())
            figures = {n.value for p in sentences for n in p.numbers if n.unit == "year"}
            known = self._document_years[document] = figures | _date_years(sentences)
        return known

    def _reported_years(self, document: str) -> set[float]:
        """The years of the dates the article's first sentences give (when it was reported)."""
        return _date_years(self.by_document.get(document, ())[:REPORTED_SENTENCES])

    def _lead_years(self, document: str) -> set[float]:
        """The years an article's title and lead name."""
        return {
            n.value
            for p in self.by_document.get(document, ())
            if p.lead
            for n in p.numbers
            if n.unit == "year"
        }

    def _first_naming(self, document: str, places: frozenset[str]) -> int:
        """The position of the article's first sentence naming one of `places` (past its end if none)."""
        sentences = self.by_document[document]
        return _kept(
            self._first_namings,
            (document, places),
            lambda: next((p.position for p in sentences if not places.isdisjoint(p.names)), len(sentences)),
        )

    def _later_site(self, document: str, places: frozenset[str]) -> bool:
        """Are `places` sites the article names only after its first sentences (no country or continent:
        "in Europa" is where much of an article is)?"""

        def work_out() -> bool:
            # (by any word it opens: "Duisburg-Rheinhausen", "der Frankfurter Betreiber")
            opening = " ".join(
                normalize(p.text) for p in self.by_document[document] if p.position <= HEADLINE_SENTENCES
            )
            if (
                not places
                or any(re.search(rf"\b{re.escape(place)}", opening) for place in places)
                # ... or its adjective ("Dresdner" of Dresden, "Leipziger")
                or any(
                    re.search(rf"\b{re.escape(place[:-2])}\w{{0,3}}er\b", opening)
                    for place in places
                    if len(place) >= MIN_PLACE_ADJECTIVE
                )
                or any(p in countries() or p in world_regions() for p in places)
            ):
                return False
            return not self._sites_the_opening(document, places)  # ("Das Kraftwerk am Standort Tajoura")

        return _kept(self._later_sites, (document, places), work_out)

    def _ordinal_of_another(self, text: str, at: int, topic: tuple[str, ...]) -> bool:
        """Is the noun right after the ordinal at `at` ("erste Ausschreibung") none of the question's words
        ("die erste Wärme" says "heat")?"""
        after = _AFTER_ORDINAL.match(text, at)
        if after is None or not after.group(1)[:1].isupper():
            return False
        noun = normalize(after.group(1))
        return not any(
            first_hit((noun,), t) is not None
            or any(len(g) >= MIN_COMPOUND_TAIL and g in noun for g in self.translations.of(t))
            for t in topic
            if not ordinals([t])
        )

    def _ordinal_said(self, passage: Passage, ordinal: str, noun: str) -> bool:
        """Does another sentence of the article say `ordinal` right before `noun` ("der erste Block")?"""
        for other in self.by_document.get(passage.document, ()):
            if other.id == passage.id:
                continue
            at, said = self._match(other, ordinal), self._match(other, noun)
            if (
                at is not None
                and said is not None
                and at < said
                and len(other.text[at:said].split()) <= ORDINAL_REACH
            ):
                return True
        return False

    def _sites_the_opening(self, document: str, places: frozenset[str]) -> bool:
        """Does the first sentence naming `places` go on about the thing the article's opening names, as its
        site ("Das Kraftwerk am Standort Tajoura …" after "Libyen vergibt Kraftwerk …")?"""
        opening = {w for p in self.by_document[document] if p.position <= HEADLINE_SENTENCES for w in p.words}
        first = next((p for p in self.by_document[document] if not places.isdisjoint(p.places)), None)
        return (
            first is not None
            and len(first.words) > 1
            and first.words[0] in _OPENS_ON
            and first.words[1] in opening
        )

    def _lead_names(self, passage: Passage, places: frozenset[str]) -> bool:
        """Does the title or lead of the passage's article name one of `places` (or its first paragraph,
        where the deal's site is set: "… an den geplanten KI-Campus bei Årdal liefern")?"""
        return any(
            (lead.lead or lead.paragraph == LEAD_PARAGRAPH) and not places.isdisjoint(lead.names)
            for lead in self.by_document[passage.document]
        )

    def _said_beside(self, passage: Passage, term: str) -> bool:
        """Is `term` said just before the sentence or in its article's lead, or nowhere in the article (so
        the sentence may well be of it)?"""
        before = self._before(passage)
        return (
            (before is not None and self._match(before, term) is not None)
            or self._in_lead(passage, term)
            or not any(self._match(p, term) is not None for p in self.by_document[passage.document])
        )

    def _of_the_head(
        self, passage: Passage, ask: Asked, figures: list[Number], then: list[Number]
    ) -> list[Number]:
        """Of values before in brackets, the one of the thing asked: "Der Umsatz legte … auf 912 Mio. EUR zu,
        das EBIT stieg auf 74 Mio. EUR (Vj.: 42 Mio.)" gives the EBIT's year before, not the Umsatz's."""
        bracketed = [n for n in then if _PRIOR_BRACKET.search(passage.text, 0, n.start)]
        heads = [at for h in ask.heads if (at := self._match(passage, h)) is not None]
        now = [n for n in figures if n not in then]
        if not heads or not now or len(bracketed) < len(then) or not then:
            return then
        text, head = passage.text, heads[0]
        nearest = min(now, key=lambda n: (not _same_clause(text, n.start, head), abs(n.start - head)))
        return [n for n in then if _compared_to(passage, n) == nearest.start]

    def _own_figure_led(self, passage: Passage, term: str, ask: Asked) -> bool:
        """Does a lead sentence saying `term` give a figure of the kind asked of it itself ("Der Umsatz mit
        optischen Transceivern stieg … auf 148,6 Mrd. JPY"): the term's figure is there, and no other sentence
        of the article says it for the term?"""
        return ask.kind is Kind.MONEY and any(
            self._match(lead, term) is not None and any(n.unit in MONEY_UNITS for n in lead.numbers)
            for lead in self.by_document[passage.document]
            if lead.lead and lead.id != passage.id and lead.position > 0
        )

    def _in_lead(self, passage: Passage, term: str) -> bool:
        """Does the title or lead of the passage's article say `term`?"""
        return any(
            self._match(lead, term) is not None
            for lead in self.by_document[passage.document]
            if lead.lead and lead.id != passage.id
        ) or passage.document in self.headed_by_parts(term)  # ("das Chipwerk": "Chip-Verpackungswerk")

    def _in_currencies(self, codes: frozenset[str]) -> set[int]:
        """The sentences giving a sum in one of these currencies."""
        found: frozenset[int] = _kept(
            self._priced,
            codes,
            lambda: frozenset(p.id for p in self.passages if any(n.unit in codes for n in p.numbers)),
        )
        return set(found)

    def _counted_elsewhere(self, passage: Passage, ask: Asked) -> bool:
        """Does another sentence of the article count the asked thing with another figure, of an earlier event
        (no total said in either): the figures are parts, and the whole is the reader's sum, which the article
        does not give?"""

        def counts(p: Passage) -> set[float]:
            return {
                n.value
                for n, noun in self._counts_of(p)
                if noun and any(stem(noun.split()[-1]).endswith(stem(c)) for c in ask.counted)
            }

        def earlier(p: Passage) -> bool:
            return _of_last_year(p) or _EARLIER_SAID.search(p.text) is not None

        here = counts(passage)
        return bool(here) and any(
            counts(other) - here
            for other in self.by_document[passage.document]
            if other.id != passage.id
            and not any(_says_total(w) for w in other.words)
            # (one of an earlier event: "Acme hatte bereits 2023 … 150 Roboter gekauft"; not "die ersten
            # 8.000", a part of the figure)
            and (earlier(other) or earlier(passage))
        )

    def _of_others_before(self, passage: Passage, subjects: list[str]) -> bool:
        """Does the sentence point back ("Dieser Vertrag …") at one naming companies other than the asked?"""
        pointing = passage.words[:1] and passage.words[0] in _DEMONSTRATIVES
        before = self._antecedent(passage) if pointing or _points_back(passage) else None
        return before is not None and bool(set(before.orgs) - set(subjects))

    def _head_elsewhere(self, passage: Passage, term: str) -> bool:
        """Is `term` a compound the passage says by its last part only, whose first part few articles say
        and the passage's own article does not?"""
        if term in passage.words or len(expansions(term)) > 1:
            return False  # (a glossary word says it in other words: "Regulierungsbehörde", "Aufsicht")
        split = self._split(term)[0]
        return split is not None and passage.document not in self._heads_said(split[0])

    def _heads_said(self, head: str) -> frozenset[str]:
        """The documents saying a compound's first part (in a word of its own or a compound of theirs), where
        few do (HEAD_DOCUMENTS at most: a part many articles say, "Jahres", "Gesamt", says nothing of which
        one); every document otherwise."""

        def work_out() -> frozenset[str]:
            said = {self.passages[i].document for i in self.by_part.get(head, ())}
            said |= {self.passages[i].document for i in self.by_part.get(stem(head), ())}
            said |= self.documents_saying(head)
            # (a noun of its own somewhere, "Roboter": not "Gesamt" of "Gesamtkosten", which says how much)
            noun = re.compile(rf"(?<=[\w,] ){re.escape(head.capitalize())}(?:e|en|n|s)?\b")
            if (
                not said
                or len(said) > HEAD_DOCUMENTS
                or not any(noun.search(p.text) for d in said for p in self.by_document.get(d, ()))
            ):
                return frozenset(self.by_document)
            return frozenset(said)

        return _kept(self._heads, head, work_out)

    def _unsaid_compound(self, term: str) -> tuple[str, str] | None:
        """A question's compound no article says, whose first part they use only in compounds, as its two
        parts ("Satellitenlizenzen": "satelliten" of "Satellitenfrequenzen", "lizenzen"), or None (a
        compound said is its own word: "Widerklage" is no kind of the "Klage" said beside it)."""
        if term in self.vocabulary:
            return None
        split = _compound(term, self.words, self.first_parts)
        return split if split is not None and split[0] not in self.vocabulary else None

    def _kind_counted(self, asked_noun: str, noun: str) -> bool:
        """ "wie viele Satellitenlizenzen": "sechs Lizenzen" in the sentence, the compound's last part alone
        (a kind of it, which the article calls so; not "Mobilfunklizenzen", a kind of its own)."""
        split = self._split(asked_noun)[0] or self._unsaid_compound(asked_noun)
        return split is not None and bool(noun) and stem(split[1]) == stem(noun.split()[-1])

    def _counts_of(self, passage: Passage) -> list[tuple[Number, str]]:
        """`passage.counts()`, worked out once per sentence (bounded like the matches)."""
        return _kept(self._counts, passage.id, passage.counts, MATCH_CACHE)

    def _weight(self, term: str) -> float:
        def work_out() -> float:
            known = self._idf(term)
            return self.default_idf if known is None else known

        return _kept(self._weights, term, work_out)

    def _idf(self, term: str) -> float | None:
        """The word's weight, None where no article uses it. Snowball keeps a German verb's -t ("gehört",
        "umfasst"), so that form is weighed as the verb the articles write ("gehören", "umfassen")."""
        known = self.idf.get(stem(term))
        if known is None and term.endswith("t") and len(term) > VERB_T_MIN:
            known = self.idf.get(stem(term[:-1]))
        return known

    def _literal(self, passage: Passage, term: str) -> bool:
        """Does the passage say the question word itself (its stem, its first letters, the end of a
        compound, or its German word), not only a relative from the glossary?"""
        split = self._split(term)[0]
        if split is not None:  # "Stromliefervertrag": its last part said ("Liefervertrag"), not only "Strom"
            tail = stem(split[1])
            return any(
                (at := w.find(tail)) >= 0 and len(w) - at - len(tail) <= COMPOUND_ENDING
                for w in passage.words
            )
        head = term[: max(4, len(term) - 2)]
        said = joined(passage.words)
        if (
            stem(term) in passage.stems or f"\n{head}" in said or (len(term) >= PREFIX and term in said)
        ):  # "campus" in "Rechenzentrumscampus": a compound ending in the word says it
            return True
        roots = [stem(german) for german in self.translations.of(term)]
        return any(r in passage.stems or f"\n{r}" in said for r in roots)

    def _match(self, passage: Passage, term: str) -> int | None:
        """Where in the passage a question word is said, in any of its forms or as the German word for an
        English one; None if nowhere. Kept per (sentence, word): the sentences of a Reader never change."""
        key = (passage.id, term)
        if key in self._matches:
            return self._matches[key]
        found = self._find(passage, term)
        if len(self._matches) < MATCH_CACHE:
            self._matches[key] = found
        return found

    @staticmethod
    def _phrase_said(passage: Passage, phrases: tuple[str, ...]) -> int | None:
        """Where the sentence says one of a word's glossary phrases, or None."""
        if not phrases:
            return None
        spoken = " " + " ".join(passage.words) + " "
        return next((_position(passage, p) for p in phrases if f" {p}" in spoken), None)

    @staticmethod
    def _business_of(passage: Passage, term: str) -> str | None:
        """ "Testgeschäft", "Sensorsparte": a line of business by what it does, which the sentence says by
        that part ("Testdienstleistungen", "Halbleitertests", "das Sensorgeschäft")."""
        head = next((h for h in _BUSINESS_HEADS if term.endswith(h)), None)
        if head is None or len(term) - len(head) < COMPOUND_PART:
            return None
        first = _first_part(term, head)
        return next(
            (w for w in passage.words if w.startswith(first) or w.endswith((first, f"{first}s"))), None
        )

    def descriptions(self) -> dict[str, list[str]]:
        """What the articles call each company ("der Energieversorger Acme": "Energieversorger"), each once;
        gathered at the first call (the sentences of a Reader never change)."""
        if self._descriptions is None:
            found: dict[str, list[str]] = defaultdict(list)
            for passage in self.passages:
                for org, said in passage.described:
                    if said not in found[org]:
                        found[org].append(said)
            self._descriptions = dict(found)
        return self._descriptions

    def called(self, org: str) -> list[str]:
        """What the articles call a company, normalised."""
        return [normalize(said) for said in self.descriptions().get(org, ())]

    def _of_the_article(self, passage: Passage, key: str) -> bool:
        """Is the name the sentence's, or its article's: its subject, or named in its headline ("Aruba
        stoppt Ausschreibung …": a minister's sentence in it is of Aruba)?"""
        if (
            key in passage.names
            or key in passage.about
            or key in self.names.subjects.get(passage.document, ())
        ):
            return True
        return key in self.names_in(words(self._titles.get(passage.document, "")))[0]

    def _headline_org(self, document: str) -> str:
        """The one company an article's headline names ("Acme baut Rechenzentrum bei Ostrava"), or ""."""
        title = self._titles.get(document, "")
        orgs = {n for n in self.names_in(words(title))[0] if self.names.kind(n) == ORG}
        return orgs.pop() if len(orgs) == 1 else ""

    def _time_said_apart(self, passage: Passage, term: str, tail: str) -> bool:
        """Does the sentence leave out the time a compound's first part names ("jahr" of "Jahresumsatz"),
        which another sentence of its article says beside the compound's last part ("Gesamtjahr …
        Umsatz")?"""
        first = _first_part(term, tail)
        if len(first) < COMPOUND_PART or any(first in w for w in passage.words):
            return False
        return any(
            any(first in w for w in other.words) and any(tail in w for w in other.words)
            for other in self.by_document[passage.document]
            if other is not passage
        )

    def _other_kind(self, passage: Passage, term: str, word: str) -> bool:
        """Is `word` the last part of the compound `term` whose first part the sentence does not say but its
        article does ("Testgeschäft": "das Geschäft mit Leistungsmodulen" is another business, where the
        article speaks of "Testdienstleistungen")?"""
        if word == term or not term.endswith(word):
            return False
        first = _first_part(term, word)
        if len(first) < COMPOUND_PART or any(first in w for w in passage.words):
            return False
        return any(first in w for p in self.by_document[passage.document] for w in p.words)

    def _other_sense(self, passage: Passage, part: str, term: str) -> bool:
        """Is every compound of the sentence holding the German `part` a word of its own meaning something
        other than the English `term` ("Schadenersatz" is damages, no "replacement")?"""
        compounds = [w for w in passage.words if part in w and w != part]
        return bool(compounds) and all(self.translations.means_else(w, term) for w in compounds)

    def _find(self, passage: Passage, term: str) -> int | None:
        if term in passage.words:  # the word itself ("Grundstück", which the compound rule's stems miss)
            return _position(passage, term)
        if term.startswith(_START_WORDS) and (since := _FROM_WHEN.search(passage.text)) is not None:
            return since.start()  # "when does Acme start delivering": "soll ab dem 1. Januar 2028 … liefern"
        for noun, verb in _SEPARABLE:
            if term.startswith(noun) and (separated := verb.search(passage.text)) is not None:
                return separated.start()  # "Umsatz": "setzte im Geschäftsjahr 310 Milliarden Yen um"
        split, phrases = self._split(term)
        if split is not None:
            # A German compound is a kind of its last part ("Rechenzentrumsgebäude" is a building, not
            # the "Rechenzentrumspark"); its first part as a word of its own ("Ausbau" for "Ausbauplan")
            # says it too.
            head, tail = stem(split[0]), stem(split[1])
            amount = names_amount(split[1])
            # "Jahresumsatz" where the article gives a year's revenue ("Für das Gesamtjahr erwartet Acme einen
            # Umsatz von …"): a sentence giving "der Umsatz" of a quarter, saying no year, is not it
            timed = bool(time_compound(term)) and self._time_said_apart(passage, term, split[1])
            for said_word in passage.words:
                if said_word in _QUALIFIER_WORDS:
                    continue  # "Finanzierungsrunde": its "runde" is not the "rund" of "rund 2,4 Milliarden"
                if timed and said_word != term:
                    continue
                at = said_word.find(tail)
                if (at >= 0 and len(said_word) - at - len(tail) <= COMPOUND_ENDING) or (
                    # ... but a "Jahresumsatz" is a revenue: "Jahren" alone does not say it
                    not amount
                    and said_word.startswith(head)
                    and len(said_word) - len(head) <= COMPOUND_ENDING
                ):
                    return _position(passage, said_word)
            # ... and a glossary word for it ("übernimmt" is no compound of "nimmt": "übernehmen")
            for form in expansions(term)[1:]:
                if len(form) >= MIN_GLOSSARY_FORM and " " not in form:
                    glossed = next((w for w in passage.words if w.startswith(form)), None)
                    if glossed is not None:
                        return _position(passage, glossed)
            return self._phrase_said(passage, phrases)  # ("Umtauschverhältnis": "für jede ihrer Aktien")
        unsaid = self._unsaid_compound(term)
        if unsaid is not None:  # "Funklizenzen", which no article says: "Die Lizenzen laufen 12 Jahre"
            tail = stem(unsaid[1])
            for said_word in passage.words:
                if (at := said_word.find(tail)) >= 0 and len(said_word) - at - len(tail) <= COMPOUND_ENDING:
                    return _position(passage, said_word)
        if stem(term) in passage.stems and not _agents_only(passage, term):
            return _position(passage, term[: max(4, len(term) - 2)])
        if term.endswith("t") and (particled := _with_particle(passage, term[:-1])) is not None:
            return _position(passage, particled)  # "wer baut noch Serverfarmen": "… Serverfarmen aufbauen"
        if (root := _verb_root(term)) is not None and root in passage.stems:
            return _position(passage, root)  # "deckt" of "decken", "kostet" of "kosten"
        if (verbal := _verbal_noun(term)) is not None and (
            said_noun := _starting(passage, verbal)
        ) is not None:
            return _position(passage, said_noun)  # "tilgen": "keine Tilgung leisten"
        if names_amount(term) or term == VALUE_HEAD:  # a compound is a kind of its last part: "Gesamtwert"
            # (an English amount's German word too: "value" of "des versicherten Anlagewerts")
            germans = (g for g in self.translations.of(term) if len(g) >= MIN_AMOUNT_HEAD and g.isalpha())
            heads = [term, *germans]
            ends = tuple(f"{h}{e}" for h in heads for e in ("", "s", "es"))
            ending = next((w for w in passage.words if w.endswith(ends)), None)
            if ending is not None:
                return _position(passage, ending)
        business = self._business_of(passage, term)
        if business is not None:
            return _position(passage, business)
        said = joined(passage.words)
        word = first_hit(passage.words, term, said)
        inside = (
            word is not None
            and not word.startswith(term[:4])
            and any(word in n.split() for n in passage.names)
        )
        if word is not None and not inside and not self._other_kind(passage, term, word):
            return _position(passage, word)  # ... not inside a name: "Alpenstrom" says no "Strom"
        if (phrased := self._phrase_said(passage, phrases)) is not None:
            return phrased  # "stake" said as "9,5 Prozent an", "district heating" as "Fernwärme"
        if passage.joined and any(
            stem(form) in passage.joined
            for form in expansions(term)
            if len(form) >= PREFIX and " " not in form
        ):
            return 0  # "recall": "ruft … zurück", a separable verb the sentence splits ("zurückrufen")
        for german in self.translations.of(term):
            root = stem(german)
            if (
                root in passage.stems
                or (len(root) >= PREFIX and f"\n{root}" in said)
                or (len(root) >= PREFIX and f"\nge{root}" in said)  # its participle: "demand": "gefordert"
                or passage.id in self.by_head.get(root, ())
                or (
                    passage.id in self.by_part.get(german, ())
                    and not self._other_sense(passage, german, term)
                )
            ):  # "order" → "bestellen" → "bestell…": "bestellt"; "lease" → "mieten" → "Mietvertrag";
                # "heat" → "Wärme" → "Abwärme"
                return _position(passage, root)
            # "demand" → "Bedarf": "des Strombedarfs", a kind of it (not "Zusammenarbeit", a word of its own,
            # for "job" → "Arbeit"); "cover" → "decken": "deckt"
            said_so = next(
                (
                    w
                    for w in passage.words
                    if (
                        len(german) >= MIN_TRANSLATED_HEAD
                        # (a woman's title too: "director" → "Direktor": "Projektdirektorin")
                        and w.endswith((german, f"{german}s", f"{german}es", f"{german}in", f"{german}innen"))
                        and (w == german or not dictionary_word(w.removesuffix("s").removesuffix("e")))
                    )
                    or (
                        len(root) >= VERB_ROOT_MIN
                        and german.endswith("en")
                        and w in (f"{root}t", f"{root}et")
                    )
                ),
                None,
            )
            if said_so is not None:
                return _position(passage, said_so)
        if len(term) <= COMPOUND_HEAD_MAX and passage.id in self.by_head.get(term, ()):
            for word in passage.words:  # "bau" in "bauzeit": a compound of the word and another word
                if word.startswith(term) and term in _heads(word, self.words):
                    return _position(passage, word)
        # "das Seekabel": "Das Kabel fertigt …", in the article that says "Seekabel", is it by its last part
        if term in self.doc_words[passage.document].words:
            for cut in range(MIN_SHORT_HEAD, len(term) - MIN_TAIL + 1):
                if term[cut:] in passage.words:
                    return _position(passage, term[cut:])
        # "Stromvertrag": "Stromliefervertrag", the compound with a part between its first and last
        opening, ending = term[:MIN_INFIXED_HEAD], term[-MIN_INFIXED_TAIL:]
        for word in passage.words:
            if (
                word.startswith(opening)
                and word.endswith(ending)
                and len(word) > len(term) + MIN_INFIX
                and word.isalpha()
            ):
                for cut in range(MIN_INFIXED_HEAD, len(term) - MIN_INFIXED_TAIL + 1):
                    if word.startswith(term[:cut]) and word.endswith(term[cut:]):
                        return _position(passage, word)
        return None


# A start asked ("start", "beginnen") is said by "ab" or "seit" and a time ("ab dem 1. Januar 2028", "seit dem
# 9. Februar 2026 streiken …")
_START_WORDS = ("start", "begin", "beginn", "anfang", "anfaeng")
_FROM_WHEN = re.compile(
    r"\b(?:[Aa]b|[Ss]eit) (?:dem |der |)(?:(?:ersten|zweiten|dritten|vierten) )?"
    r"(?:\d|(?:Anfang|Mitte|Ende|Frühjahr|Herbst|Sommer|Winter|Quartal|Halbjahr|Hälfte) "
    r"|[A-ZÄÖÜ][a-zäöü]+ \d{4})"
)
MIN_TRANSLATED_HEAD = 5  # letters of a German word read as the last part of a compound ("bedarf", not "bau")
VERB_ROOT_MIN = 4  # letters of a German verb's root read from its finite form ("deck" of "deckt"; not "bau")


def _with_particle(passage: Passage, root: str) -> str | None:
    """A word of the sentence that is the verb of `root` ("bau" of "baut") with a separable particle before
    it ("aufbauen", "ausgebaut"), or None."""
    if len(root) < MIN_PARTICLE_ROOT:
        return None
    for word in passage.words:
        if root not in word or word.startswith(root):  # (the cheap test first: most words lack the root)
            continue
        for particle in PARTICLES:
            rest = word.removeprefix(particle)
            if rest != word and rest.removeprefix("ge").startswith(root) and dictionary_word(word):
                return word
    return None


MIN_PARTICLE_ROOT = 3  # letters of a verb's root a particle is joined to ("bau"; not "ha" of "hat")


def _names_stage(word: str) -> bool:
    """Is a question word a stage's noun or its number ("phase", "Ausbaustufe", "zweite", "one")?"""
    return word.startswith(STAGE_NOUNS) or bool(ordinals([word])) or bool(numbered_stage(["phase", word]))


def _times_named(words: tuple[str, ...], noun: str) -> set[int]:
    """The quarters (halves, …) a sentence names by their ordinal ("im dritten Quartal": {3})."""
    forms = next((group for group in _TIME_FORMS if noun in group), (noun,))
    shorthand = {o for o, n in map(period_shorthand, words) if n in forms}  # "im Q3", "H1"
    return shorthand | {
        min(ordinals([w])) for w, nxt in pairwise(words) if any(f in nxt for f in forms) and ordinals([w])
    }


def _verbal_noun(term: str) -> str | None:
    """The German noun an infinitive makes with "-ung" ("tilgen" → "tilgung", "liefern" → "lieferung"),
    which no stemmer joins to it; None for a word of no such ending."""
    if len(term) < VERBAL_NOUN_MIN or term.endswith("ungen"):
        return None
    if term.endswith(("ern", "eln")):
        return f"{term[:-1]}ung"
    return f"{term[:-2]}ung" if term.endswith("en") else None


def _starting(passage: Passage, prefix: str) -> str | None:
    return next((w for w in passage.words if w.startswith(prefix)), None)


def _verb_root(term: str) -> str | None:
    """The stem of the infinitive of a German verb's third person ("deckt" → "deck", "kostet" → "kost"),
    which the stemmer leaves alone; None when the word has no such ending."""
    for ending in ("et", "t"):
        root = term[: -len(ending)]
        if term.endswith(ending) and not term.endswith("st") and len(root) >= VERB_ROOT_MIN:
            return stem(root + "en")
    return None


# A stake and the company it is in: "8,5 Prozent an dem Betreiber", "Aktien von Acme", "a stake in Acme".
_STAKE_TARGET = re.compile(
    r"(?:Prozent|%|Anteile?|Beteiligung|Aktien|stake|shares|percent)\s+(?:an|am|von|in|of)\s+(?!\d)(.*)", re.I
)
# ... where it is one of money flowing rather than of a company: "an den Lizenzerlösen", "der Einnahmen"
_FLOW_SHARE = re.compile(
    r"(?:Prozent|%|percent|Anteil|Beteiligung|stake|share)\s+(?:an|am|von|der|des|in|of)\s+"
    r"(?:(?:den|der|des|dem|the|its|seinen|ihren)\s+)?(?:[\w-]+\s+)?[\w-]*"
    r"(?:erlös|einnahm|umsatz|umsätz|gewinn|kosten|revenue|proceeds|income|profit|royalt|earnings|costs?\b)",
    re.I,
)
# ... unless the sentence speaks of a company's shares as well
_STAKE_IN_COMPANY = re.compile(r"Aktien|Anteile\b|Stimmrecht|shares\b|equity|Eigenkapital", re.I)
# A percentage someone gets, after a sentence on the shares: "soll 30 Prozent erhalten", "gets 30 percent"
_PERCENT_GOT = re.compile(
    r"(?:Prozent|%|percent)\s+(?:\w+\s+){0,2}(?:erhalten|bekommen|übernehmen|behalten|bleiben)\b"
    r"|\b(?:gets?|receives?|keeps?|takes?)\s+(?:\w+\s+){0,2}[\d,.]+\s*(?:%|percent)",
    re.I,
)
# A sentence that speaks of holding a part of a company at all
_PERCENT = frozenset({"percent"})
# The base a multiple is taken of, up to the figure: "dem 14,5-Fachen des erwarteten Ergebnisses von rund",
# "das Zwanzigfache des Umsatzes von", "20 times its earnings of"
_MULTIPLE_OF = re.compile(
    r"(?:fache[nms]?|times)\s+(?:des|der|dem|its|the|of)\b[^.;:]{0,120}?\b(?:von|of)\s+"
    r"(?:rund|etwa|knapp|gut|über|mehr als|about|around|some|nearly)?\s*$",
    re.I,
)
_FORMER_TITLES = ("vorgänger", "predecessor")  # one who held the post asked before ("Ihr Vorgänger Jo Roe")
MIN_SHARED_STEM = 5  # letters two stems must share to be one word's ("risik", "risiko"; not "plan", "plant")


def _shared_stem(a: str, b: str) -> bool:
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) >= MIN_SHARED_STEM and longer.startswith(shorter) and len(longer) - len(shorter) <= 1


# A company's value, as a market sets it: no sum paid or spent; asked by name ("valued at", "Börsenwert")
VALUATION_WORDS = frozenset(
    "bewertung valued valuation marktkapitalisierung boersenwert marktwert capitalization "
    "capitalisation".split()
)
VALUED = re.compile(
    r"bewert|valuation|\bvalued\b|börsenwert|marktwert|marktkapitalisierung|market cap", re.I
)  # a company's worth said in a sentence
# Holders by their kind, with what they hold: "nur Aktionäre mit 41 Prozent des Kapitals", "investors holding"
_HOLDERS_WITH = re.compile(
    r"\b(?:Aktionär\w*|Anleger\w*|Investoren|Anteilseigner\w*|Eigentümer\w*|shareholders|investors|owners)"
    r"\s+(?:mit|halten|hielten|besitzen|with|holding|hold|held)\s+(?:\S+\s+){0,2}$"
)
_STAKE_SAID = re.compile(
    r"(?:Prozent|%)\s+(?:an|am|der|des|von)\b|Anteil|Beteiligung|beteilig|\bhält\b|\bhalten\b|gehör|besitz|"
    r"\bstake|\bowns?\b|\bholds?\b",
    re.I,
)
# A company's results, and a deal: "einen Jahresumsatz von 2,05 Milliarden" is no deal's sum
_RESULTS = re.compile(
    r"umsatz|umgesetzt|\bsetzte\b|revenue|\bsales\b|gewinn|ebitda|verlust|profit|earnings", re.I
)
# Where a thing comes from: "bezieht den Wasserstoff aus", "stammt aus", "imported from"
_WHENCE = re.compile(r"\b(?:aus|from|stammt|stammen|bezieht|bezogen|importiert|imported|geliefert)\b", re.I)
# A sum said as one on top of another ("im Wert von weiteren 450 Millionen"), or as a company's results
EXTRA_REACH = 40  # letters before a figure in which its "weiteren", "Option" or "Umsatz von" stands
_EXTRA_BEFORE = re.compile(
    r"\b(?:weitere[nm]?|zusätzliche[nm]?|further|additional|another)\s+(?:(?:rund|etwa|bis zu|up to)\s+)?$"
    r"|\bOption\b[^.;]*$",
    re.I,
)
_RESULT_BEFORE = re.compile(
    r"(?:umsatz|umsätze|revenue|sales|gewinn|profit|verlust|loss)\w*\s+(?:von|of)\s+(?:\w+\s+)?$", re.I
)
_EXTRA_WORDS = ("weiter", "zusaetz", "further", "additional", "extra", "option", "more")
_ADDED_WORDS = ("zusaetz", "further", "additional", "extra")  # a figure on top of what there is, asked
# ... and said: "weitere 200", "zusätzlich", "aufstocken", "um 200 erhöhen", "von 340 auf 500"
_ADDED_SAID = re.compile(
    r"\b(?:weiter|zusätzlich|further|additional|extra|more\b|mehr\b|aufstock|erhöh|increas|expand|um\s+\d)"
    r"|\bvon\s+[\d.,]+[^.;]{0,40}?\bauf\s+[\d.,]+|\bfrom\s+[\d.,]+[^.;]{0,40}?\bto\s+[\d.,]+",
    re.I,
)
_DEAL_SAID = re.compile(r"vertrag|auftrag|\bdeal|vereinbarung|abkommen|contract|agreement|\border", re.I)
_UNITS_OF_ANYTHING = ("einheit", "stueck", "units", "pieces")  # a count of what the sentence is about
# "Nach der Abstimmung fiel sie auf 1.534 Dinar": a pronoun a few words in, after the verb, is the
# subject the sentence before named ("Die Aktie hatte … geschlossen")
# Things whose "how long" is a length, never a time ("Seekabel", "Stromtrasse", "the pipeline")
_LONG_THINGS = frozenset("route routes cable cables pipeline pipelines tunnel road bridge".split())
_LONG_THING_ENDINGS = ("kabel", "trasse", "strecke", "leitung", "pipeline", "tunnel", "bruecke", "strasse")
# "Wie Branchengrößen wie der Gründer Jane Roe beobachtet haben, …", "As Roe noted, …": a view on what
# the sentence before says
_AS_OBSERVED = re.compile(
    r"(?:Wie|As)\b[^,.;]{0,120}\b(?:beobachtet|betont|gesagt|erklärt|gewarnt|angemerkt|festgestellt|bemerkt"
    r"|observed|noted|said|warned|pointed out)\b"
)
# a quote whose speaker is a pronoun: "„…“, sagte sie.", "…, so er."
_SPOKEN_BY_PRONOUN = re.compile(
    r"[“\"]\s*,?\s*(?:sagte|so|erklärte|betonte|fügte|meinte|ergänzte|sagt|erklärt|said|added)\s+(?:sie|er|she|he)\b"
)
_PRONOUN_SUBJECT = re.compile(
    r"^(?:\S+\s+){1,5}?(?:sie|er|es)\s+(?:am|im|um|auf|bei|mit|nach|von|zum|zur|\d)"
)
# A price a stock stood at or reached: "bei 1.612 Dinar geschlossen", "fiel auf 1.534 Dinar"
_LEVEL_BEFORE = re.compile(r"\b(?:bei|auf|at|to)\s+(?:rund\s+|knapp\s+|etwa\s+|about\s+)?$")
LEVEL_REACH = 16  # characters before a figure that say it is a level
_PRONOUN_FIGURE = re.compile(
    r"^(?:\S+\s+){1,5}?(?:waren|war|sind|ist|lag|lagen) es\s+(?:rund\s+|knapp\s+)?\d"
)
# "der Anteil bahrainischer Staatsbürger an der Belegschaft": a portion of a thing, no stake in a company
_PORTION_OF_THING = re.compile(r"\bAnteil\b[^.;]{0,60}?\ban\s+(?:der|dem|den)\s+([A-ZÄÖÜ][\w-]+)")
COMPANY_NOUNS_ENDINGS = ("unternehmen", "konzern", "gesellschaft", "firma", "gruppe", "betreiber", "holding")
# A post handed over: "Die Führung des neuen Konzerns übernimmt …", "Den Vorsitz des Verwaltungsrats …"
_POST_TAKEN = re.compile(
    r"^(?:Die|Den)\s+(Führung|Leitung|Spitze|Vorsitz)\b\s*"
    r"((?:des|der)\s+[\w-]+(?:\s+[\w-]+)?)?[^.;]{0,20}?"
    r"\s+übern(?:immt|ehmen|ahm)\s"
)
# Where a sentence turns to another party: "…, während Globex …", "…; Globex …"
# a relative clause's opening: ", der …", ", den Acme … errichtet", ", which …"
_RELATIVE_OPENING = re.compile(
    r"(?:der|die|das|den|dem|deren|dessen|denen|welche[rsmn]?|wo|wobei|womit|which|who|whom|whose|that|where)\b",
    re.I,
)
_INFINITIVE_CLOSING = re.compile(r"(?:\bzu\s+\w+|\w+zu\w*en)[.!?]?$", re.I)  # "… zu liefern", "aufzubauen"
MIN_NAME_PART = 4  # letters of a name's first word that name it in a part of a sentence ("Fjordlys")
_PART_MARK = re.compile(r"[,;]\s|\s[–—]\s")  # what parts a sentence: a comma, a semicolon, a dash
_CONTRAST = re.compile(r",\s+(?:während|wohingegen|whereas|while)\b|;\s", re.IGNORECASE)
_STOCK_WORDS = SHARE_WORDS | PRICE_WORDS | {"stock", "stocks"}  # a share's price asked: "stock price"
_STOCK_SAID = re.compile(r"aktie|\bkurs|börse|papiere|\bstock|\bshares?\b|share price", re.I)  # a stock moved
# The last parts of a compound naming a line of business by what it does ("Testgeschäft", "Sensorsparte")
_BUSINESS_HEADS = ("geschaeft", "sparte", "segment", "bereich", "business")
# English nouns of an act or a state ("replacement", "termination", "compliance"): each names one thing
_ACTION_NOUNS = ("ment", "ments", "tion", "tions", "sion", "sions", "ance", "ence")
VERBAL_NOUN_MIN = 6  # letters of an infinitive whose "-ung" noun says it ("tilgen"; not "gehen")
ORG_PART_MIN = 5  # letters of a later word of a company's name naming the company ("stackworks"; not "ag")
PLACE_FIRST_MIN = 5  # letters of a word read as the start of a place's name ("saudi"; not "new", "san")
# A sentence saying the one before again in other terms ("Das entspricht einem Plus von 29,6 Prozent.")
_RESTATES = re.compile(r"^(?:Das|Dies|This|That)\s+(?:entspricht|bedeutet|equals|means|represents)\b")
_EDGES = ",.;:!?()„“\"'»«"  # punctuation around a word of a sentence
# capitalised words that open a sentence or a phrase, no part of a name after them ("Die Bank", "Der Sieger")
_NAME_OPENERS = frozenset("Der Die Das Den Dem Des Ein Eine Einen Einem Einer The A An".split())
NEAR_SPELLING = 75  # rapidfuzz ratio of a misspelling to the word meant ("globeks": "globex" is 77)
NEAR_LENGTH = 2  # ... whose length differs by at most this many letters
COMPOUND_TAIL = 5  # letters of a word read as a compound's last part ("kraene"; not "rat")
MIN_NAME_WORD = 5  # letters of a question word of no dictionary read as part of a name ("nubes")
PROPER_NOUN_MIN = 6  # letters of a question word read as a proper noun no name list knows ("Billbrook")
SOLE_DOCUMENTS = 8  # articles tried for a question naming nobody; more, and it names nothing specific
# Kinds a question naming nobody may still pin down in one article ("how many MW does the campus have")
_SOLE_KINDS = frozenset({Kind.MONEY, Kind.PERCENT, Kind.COUNT, Kind.MEASURE, Kind.DATE, Kind.DURATION})
SCORE_EPSILON = 1e-9  # scores this close are equal (float sums of the same weights in another order)
SPECIFIC_SENTENCES = 2  # a word said in at most this many sentences names one thing ("Superintelligenz")
VERB_T_MIN = 5  # letters of a word ending in -t read as a verb form ("gehoert"; not "rat", "wert")
LIST_ITEMS = 6  # a list's items shown with the sentence introducing it; a longer list is cut there
MORE_SENTENCES = 2  # a person's words go on for a few sentences; more would quote the article at length
STAKE_AHEAD = 6  # words after "an" in which the company's name comes ("am Grazer KI-Start-up Acme")


def _owned_by_another(passage: Passage, name: str, noun: str) -> bool:
    """Does the sentence give the asked name's thing ("Werk") to another company it names ("Acme-Werk"),
    and not to the name itself?"""
    owners = {
        normalize(a) for a, b in COMPOUND_WORD.findall(passage.text) if stem(normalize(b)) == stem(noun)
    }
    return name not in owners and bool(owners & set(passage.orgs))


@lru_cache(maxsize=TEXT_CACHE)
def _retracted(text: str) -> bool:
    return _RETRACTED.search(text) is not None


@lru_cache(maxsize=TEXT_CACHE)
def _parts_named(words: tuple[str, ...]) -> frozenset[int]:
    return frozenset(parts_named(list(words)))


@lru_cache(maxsize=1 << 12)
def _split(term: str) -> tuple[tuple[str, str], ...]:
    return tuple((term[:cut], term[cut:]) for cut in range(COMPOUND_PART, len(term) - COMPOUND_PART + 1))


_ROSE = re.compile(
    r"\b(?:stieg|steigt|gestiegen|stiegen|legte|zugelegt|kletterte|sprang|gewann|rose|risen|rises|jumped|"
    r"climbed|gained|surged|soared|im plus|ins plus|prozent über|percent above)\b",
    re.I,
)
_FELL = re.compile(
    r"\b(?:fiel|fällt|gefallen|fielen|sank|sinkt|gesunken|sanken|verlor|verliert|verloren|nachgegeben|brach|"
    r"fell|fallen|falls|dropped|slid|lost|declined|plunged|im minus|ins minus|prozent unter|percent below)\b",
    re.I,
)


def moved_other_way(text: str, direction: str) -> bool:
    """Does `text` tell only of a move the other way than `direction` ("up"/"down")?"""
    rose, fell = _ROSE.search(text) is not None, _FELL.search(text) is not None
    return (rose and not fell) if direction == "down" else (fell and not rose)


# a task or a role taken on ("übernehmen … die Führung", "Die Kosten übernimmt …"), which is no takeover
_TASKS_TAKEN = r"(?:Führung|Federführung|Verantwortung|Rolle|Kosten|Aufgabe|Leitung|Vorsitz|Haftung|Garantie)"
_TAKES_ON_A_TASK = re.compile(
    rf"\b(?:übernehmen|übernimmt|übernahm|übernahmen|übernommen)\b[^.;]{{0,40}}?\b(?:die|den|das|eine|einen)\s+"
    rf"(?:\w+\s+)?{_TASKS_TAKEN}\b|\b{_TASKS_TAKEN}\s+(?:übernehmen|übernimmt|übernahm)\b",
    re.IGNORECASE,
)
_TAKEOVER_NOUN = re.compile(r"\bÜbernahme|\btakeover|\bacqui", re.IGNORECASE)  # ... unless one is said too
TAKEOVER_FORM = "uebernahm"  # the glossary form every question word of a takeover expands to
_STORE = re.compile(r"speicher|batter|akku|storage")  # a store of energy, sized by the energy it holds
# a group named by its members ("Hackergruppe", "Bankenkonsortium"): "the hackers", "the banks" say it
_GROUP_NOUNS = frozenset("gruppe gruppierung konsortium verbund bande netzwerk team kollektiv".split())
_WITHIN = re.compile(
    r"\b(?:innerhalb|binnen|within)(?:\s+(?:von|der|den|of|the|next|nächsten|kommenden))*\s+$", re.I
)


def _within(text: str, duration: str) -> bool:
    """ "innerhalb von drei Jahren": a duration said as a time limit ("within three years")."""
    at = text.find(duration)
    return at >= 0 and _WITHIN.search(text[max(0, at - WITHIN_REACH) : at]) is not None


def _extends(text: str, duration: str) -> bool:
    """ "um weitere zwei Jahre": a duration said as an extension on top of another."""
    at = text.find(duration)
    before = text[max(0, at - EXTENSION_REACH) : at] if at >= 0 else ""
    after = text[at + len(duration) : at + len(duration) + EXTENSION_REACH] if at >= 0 else ""
    # ... or one the verb right after extends by ("um jeweils zwei Jahre verlängert werden")
    return bool(_EXTENSION.search(before + duration) or _EXTENDED.match(after.lstrip().removeprefix("zu ")))


_OCCASION = re.compile(
    r"\b(?:bei|auf|während|waehrend|at|during)\s+(?:der|dem|den|des|einer|einem|the|a|an)\b[^,.;:]{0,60}?"
    r"\b(?:in|at)\s+$"
)


_TOLD_AFTER = re.compile(
    r"\s+(?:mitteilten|mitteilte|bekanntgaben|bekanntgab|ankündigten|ankündigte|sagte|sagten|erklärte|erklärten)"
    r"\b"
)


def _said_at(text: str, place: str) -> bool:
    """ "sagte … bei der Vorstellung in Aarau": the place where it was said, not one the words speak of
    ("die ersten Container würden an Solarparks in Rajasthan gehen")."""
    at = text.find(place)
    return at >= 0 and (
        bool(_OCCASION.search(text[max(0, at - 80) : at]))
        # "…, wie die Partner am Donnerstag in Belgrad mitteilten"
        or _TOLD_AFTER.match(text, at + len(place)) is not None
    )


# "das Unternehmen aus Lindholm", "der Konzern mit Sitz in Oberwallen": a company's seat, by its kind
_SEAT_BEFORE = re.compile(r"\b(?:das|der|die)\s+(?P<kind>[\w-]+)\s+(?:aus|mit sitz in)\s+$", re.IGNORECASE)
SEAT_REACH = 60  # characters before a place that may say whose seat it is


def _seat_said(text: str, place: str) -> bool:
    """Is `place` said as the seat of a company the sentence names by its kind ("das Unternehmen aus
    Lindholm"), not as a site?"""
    at = text.find(place)
    said = _SEAT_BEFORE.search(text[max(0, at - SEAT_REACH) : at]) if at >= 0 else None
    return said is not None and is_descriptor(said["kind"])


def _origin(words: tuple[str, ...], place: str) -> bool:
    """ "aus Aragón", "from Teruel": the place is where something comes from."""
    first = place.split()[0]
    return any(w == first and i and words[i - 1] in ("aus", "from") for i, w in enumerate(words))


# Words with which a sentence gives a total ("zusammen 410 Megawatt", "insgesamt", "all of its").
# Words for one site, campus or data centre (German and English)
_SITE_WORDS = ("rechenzentr", "campus", "datacent", "standort", "site")
# an apposition's genitive, a name after it ("Acme, eine Tochter der niederländischen Globex …"): its own
# relative clause after the name speaks of the company the apposition describes
_APPOSITION = r",\s+(?:eine?|der|die|das)\s+[A-ZÄÖÜ]\w*\s+(?:der|des)\s+"
_APPOSED = re.compile(rf"{_APPOSITION}(?:[\w-]+\s+){{0,3}}$")
# A relative clause opening after a name: ", der …", ", dessen …", ", which …"
# (... also after a verb's particle that closes the clause: "setzte sich gegen Globex durch, der …")
_RELATIVE = (
    r"(?:\s+(?:durch|an|aus|ab|ein|zu|vor|mit|fest|bei|zurück|hinzu|nach|auf|um|weg))?"
    r",\s+(?:der|die|das|dessen|deren|welcher|welche|welches|which|who|whose)\b"
)
# "einen zweiten Standort in Lübeck", "a second site in Leeds": a place named as a further site
_FURTHER_SITE = re.compile(
    r"\b(?:zweit|dritt|viert|fünft|sechst|weiter|ander|zusätzlich|bestehend)\w*\s+(?:\w+\s+)?"
    r"(?:standort|rechenzentrum|campus|werk)\w*|"
    r"\b(?:second|third|fourth|fifth|sixth|another|further|additional|existing)\s+(?:\w+\s+)?"
    r"(?:site|data cent(?:re|er)|campus|plant)",
    re.IGNORECASE,
)
# a figure of all a company's sites ("die installierte Leistung seiner Standorte", "aller Rechenzentren")
_ALL_SITES = re.compile(
    r"\b(?:seiner|ihrer|aller|alle|sämtlicher|sämtliche|all its|all of its|its|their)\s+(?:\w+\s+)?"
    r"(?:Standorte|Standorten|Campusse|Rechenzentren|Werke|Werken|sites|campuses|data cent(?:re|er)s)\b",
    re.IGNORECASE,
)
_SITES_COUNTED = re.compile(
    rf"{_FURTHER_SITE.pattern}|\b(?:erst|letzt|nächst)\w*\s+(?:standort|campus)\w*|\b(?:first|last|next)\s+site",
    re.IGNORECASE,
)
FURTHER_SITE_REACH = 30  # letters from "zweiten Standort" to the place's name ("in der Hansestadt Lübeck")
SITE_ENDING_MAX = 3  # letters after a site word's stem in its plural ("Rechenzentren"; not "…zentrumshallen")


def _names_sites(noun: str) -> bool:
    """Is the noun sites ("Rechenzentren", "Standorte"), not parts of one ("Rechenzentrumshallen")?"""
    return any(noun.startswith(s) and len(noun) - len(s) <= SITE_ENDING_MAX for s in _SITE_WORDS)


# A sentence that gives a cost ("Die Kosten …", "kostet", "Baukosten", "cost")
# ... and an order's value, which is its price ("Das Auftragsvolumen liegt bei …")
# "baut … ein Rechenzentrum für 21,4 Milliarden Pfund", "will für 410 Millionen Lari ein Rechenzentrum
# errichten": what it is built for is its cost, and the builder's investment
_SUM_FOR = r"\bfür (?:rund |etwa |knapp |bis zu )?\d[\d.,]* (?:Milliard|Million|Mrd|Mio)"
_BUILT_FOR = re.compile(
    rf"\b(?:baut|bauen|errichtet|errichten|entsteht|entstehen|gebaut)\b[^.;]*{_SUM_FOR}"
    rf"|{_SUM_FOR}[^.;]*\b(?:bauen|errichten|gebaut|errichtet)\b",
    re.I,
)
# "kann die Chips für einen Restwert von 21 Mio. übernehmen", "kauft … für 3 Mrd.": what it is bought for is
# its price
# (and the other side's: "verkauft sechs Gebäude für 412 Milliarden" says the price too)
_BUY_VERBS = (
    r"übernehmen|übernimmt|übernommen|kaufen|kauft|gekauft|erwerben|erwirbt|erworben"
    r"|verkaufen|verkauft|verkaufte|veräußern|veräußert|veräußerte"
)
_BOUGHT_FOR = re.compile(
    rf"\b(?:{_BUY_VERBS})\b[^.;]*\bfür\b[^.;]{{0,30}}?\d|\bfür\b[^.;]{{0,30}}?\d[^.;]*\b(?:{_BUY_VERBS})\b",
    re.I,
)
_REVENUE_SAID = re.compile(
    r"\b(?:Umsatz\w*|umgesetzt|setzte\b[^.;]{0,60}\bum\b|setzt\b[^.;]{0,60}\bum\b|Erlös\w*|revenue|sales)\b",
    re.I,
)
_COST_SAID = re.compile(
    # (a price charged: "Acme berechnet für den Beschleuniger nun 19.000 Dollar pro Stück")
    rf"kost|\bcost|teuer|preis|price|auftragsvolumen|auftragswert|veranschlag|berechnet|\bcharge"
    rf"|{_BUILT_FOR.pattern}",
    re.I,
)
# Words of a figure several put up together ("Die beiden Partner investieren …")
# a figure said of a pair: "Zusammen kamen beide Firmen auf …", "the two companies together", "combined"
_BOTH_TOGETHER = re.compile(
    r"\b(?:zusammen|gemeinsam|together|combined|jointly)\b[^.;]*\b(?:beide|beiden|both|two)\b"
    r"|\b(?:beide|beiden|both|the two)\b[^.;]*\b(?:zusammen|gemeinsam|together|combined|jointly)\b",
    re.IGNORECASE,
)
_TOGETHER_WORDS = frozenset("gemeinsam zusammen together jointly combined".split())  # a group's, not one's
_JOINT_WORDS = frozenset(
    "beide beiden gemeinsam gemeinsame gemeinsamen gemeinsamer zusammen insgesamt fusionierte fusionierten "
    "together both jointly combined merged".split()
)
_TOTAL_WORDS = frozenset(
    "zusammen insgesamt gesamt alle allen aller saemtliche total combined overall".split()
)

# A sentence opening on one of these, or saying one of the pointers early, speaks of what the sentence
# before it named ("Das Volumen …", "Mehr als 60 Prozent davon …").
_COMPANY_HEADS = frozenset(normalize(n).split()[0] for n in COMPANY_NOUNS)  # "start" of "Start-up"
HEAD_DOCUMENTS = 2  # a compound's first part said in so many articles at most tells which one it is of
REFERENCE_REACH = 6  # "der Vertrag" refers back this many sentences at most (a paragraph or two)
_OPENS_ON = frozenset({"das", "der", "die", "dieser", "diese", "dieses"})
_DEMONSTRATIVES = frozenset({"dieser", "diese", "dieses", "diesen", "diesem"})
_PROJECT_WORD = re.compile(r"\s[\w-]*projekt\w*$", re.IGNORECASE)
_PROJECT_ENDINGS = (
    "-projekt",
    "-projekts",
    "-projektes",
    "-vorhaben",
    "-vorhabens",
    "-programm",
    "-programms",
)
# a count whose noun is left out, the clause going on with its verb: "sollen es mindestens 700 werden"
_ELIDED_COUNT = re.compile(r"\s+(?:werden|sein|sind|waren|bleiben|kommen|hinzu)\b")
_CORRELATIVE = re.compile(r"\b(?:damit|dabei|davon|dafür|daran),")  # "rechnet damit, dass": what follows
# a sentence opening on one speaks of a thing the one before named ("Sie führt über rund 3.100 Kilometer …"
# after "… kartiert die geplante Trasse")
_PRONOUNS = frozenset({"es", "er", "sie"})
_POINTERS = frozenset({"dort", "dabei", "damit", "davon", "dafuer", "daran", "hiervon", "dessen", "deren"})
_POINTER_REACH = 5  # words from a sentence's start within which a pointer refers back


# A power's noun, alone or as a compound's last part ("Anschlussleistung", "Gesamtkapazität", "IT-Leistung"),
# and the question words asking it ("capacity", "Kapazität", "Leistung")
_POWER_NOUN = re.compile(r"\w*(?:leistung|kapazität)\b", re.I)
_CAPACITY_TERMS = ("capacit", "kapazit", "leistung")
SIZED_POWER = frozenset({"GW", "MW"})  # a size in power: a data centre's or a chip deal's
_WORTH_SAID = re.compile(r"\b(?:Wert|Werte?s|Warenwert|value|worth)\b", re.IGNORECASE)  # a thing's worth said
# a condition set: "sobald jedes Gigawatt in Betrieb geht", "sofern", "provided that", "once"
_CONDITION_SAID = re.compile(
    r"\b(?:sobald|sofern|vorausgesetzt|bedingung\w*|voraussetzung\w*|falls|wenn|jeweils|abhängig|gekoppelt"
    r"|geknüpft|gebunden|once|as soon as|provided|if|depending|depends|tied to|linked to|each time)\b",
    re.IGNORECASE,
)
# ... or a German conditional opening on its verb: "Geht der Rechner nicht … in Betrieb, muss es …"
_VERB_FIRST_CONDITION = re.compile(
    r"^[A-ZÄÖÜ][a-zäöüß]+t\b[^.;]*,\s+(?:muss|müssen|wird|werden|soll|sollen|darf|dürfen|kann|können|entfällt"
    r"|fällt|verfällt)\b"
)
_CONDITIONS_ANNOUNCED = re.compile(
    r"\ban\s+(?:\w+\s+)?(?:Bedingungen|Auflagen|Voraussetzungen)\s+(?:geknüpft|gebunden)", re.IGNORECASE
)
# a sum for each year or month ("Die jährliche Miete", "210 Millionen pro Jahr"): no total over a term
_PER_PERIOD = re.compile(
    r"jährlich|jaehrlich|pro jahr|je jahr|im jahr\b|per year|a year\b|annual|monatlich|pro monat|per month",
    re.IGNORECASE,
)
# another party than the article's own, by its role ("Ein unterlegener Bewerber hatte … verlangt")
_OTHER_PARTY_SAID = re.compile(
    r"unterleg|verlor|rival|konkurren|wettbewerber|mitbewerber|competitor|vorgänger|predecessor|losing"
    r"|bisherige|alte[nrs]?\b|\bold\b|previous",
    re.IGNORECASE,
)


def _another_version(text: str, asked: set[tuple[str, ...]]) -> bool:
    """Does the sentence name an asked thing (name, number) with another number ("Morava-1" for the asked
    "Morava 2"), and not the asked one itself: it speaks of another version."""
    for pair in asked:
        if len(pair) != 2 or not pair[1].isdigit():
            continue
        base, number = pair
        said = {m.group(1) for m in re.finditer(rf"\b{re.escape(base)}[- ]?(\d+)\b", text, re.IGNORECASE)}
        if said and number not in said:
            return True
    return False


def _raw_word(text: str, at: int) -> re.Match[str] | None:
    """The first word of the sentence as written that holds the normalised word at position `at` of the
    normalised sentence (a word's match), or None."""
    said = normalize(text)
    token = re.match(r"\w+", said[at:])
    if token is None:
        return None
    return next((w for w in re.finditer(r"[\w-]+", text) if token.group(0) in normalize(w.group(0))), None)


def _other_item(text: str, number: Number, at: int) -> bool:
    """Does a list's join ("sowie", "und eine", "as well as") stand between a figure and the word at `at`
    after it: each an item of its own ("ein Testzentrum für 7,5 Mrd. sowie ein Solarpark")? (Not a word
    before the figure: "Der Vertrag hat eine Laufzeit von sieben Jahren und ein Volumen von …" says both
    of it.)"""
    join = _ITEM_JOIN.search(text, number.end, at) if at >= number.end else None
    # (in the figure's own clause: not "88 Mrd. bei, mit denen ein Umspannwerk sowie Solarparks gebaut
    # werden", which the sum is for)
    return join is not None and not _ITEM_BREAK.search(text, number.end, join.start())


_ITEM_BREAK = re.compile(r"[,;:–]")
_SIZE_WORDS = frozenset("size groesse".split())  # a measure's name of any measure ("the size … in MW")
_ITEM_JOIN = re.compile(r"\bsowie\b|\bas well as\b|\b(?:und|and)\s+(?:eine[mnrs]?|ein|an?)\s", re.IGNORECASE)


def _another_model(text: str, asked: frozenset[str]) -> bool:
    """Does the sentence name a model by its code ("B200-Chips") and none of the asked ones ("H100")?"""
    said = {m.casefold() for m in _MODEL_SAID.findall(text)}
    return bool(said) and said.isdisjoint(asked)


_MODEL_SAID = re.compile(rf"(?<![\w.,]){MODEL_CODE.pattern}(?![\w.,])", re.IGNORECASE)


def _goes_on(passage: Passage) -> bool:
    # "Laufzeit: Der Liefervertrag läuft …": the label names the item; the sentence starts after it
    label = _LABELLED.match(passage.text)
    start = len(label.group(0).split()) - 1 if label else 0
    first = passage.words[start : start + _POINTER_REACH]
    if any(w in _POINTERS for w in first):
        return True
    # "Das Volumen …" goes on about what was named before; "Das Start-up sammelt …" about a company,
    # which the sentence's subject already says, not about the sentence before's topic.
    noun = first[1] if len(first) > 1 else ""
    if first and first[0] in _PRONOUNS:
        return True  # "Es gilt ab dem 1. März und zunächst für drei Jahre": the moratorium named before
    return bool(first) and first[0] in _OPENS_ON and noun not in _COMPANY_HEADS


# a pronominal adverb pointing back to what the sentence before said: "zahlt dafür", "paid for it"
_PART_OF_CONTRACT = re.compile(
    r"(?:Prozent|%|Hälfte|Drittel|Viertel|Teil|percent|half|third|part)\s+(?:des|der|vom|of the)\s+[\w-]*"
    r"(?:vertrag|auftrag|contract)",
    re.IGNORECASE,
)
_CORRECTION = re.compile(r"\b(?:Korrektur|Richtigstellung|Präzisierung|Correction|Clarification)\b")
_FOR_THAT = re.compile(r"\b(?:dafür|hierfür|dafuer|hierfuer|for (?:it|that|this))\b", re.I)


def _points_back(passage: Passage) -> bool:
    """ "Acme hat seit 2021 rund 212.000 dieser Module verkauft": a thing the sentence before named, by a
    demonstrative (not "dieses Jahr")."""
    return any(
        a in _DEMONSTRATIVES and b not in _COMPANY_HEADS and not b.startswith((*TIME_NOUNS, "jahr"))
        for a, b in pairwise(passage.words)
    )


# Where a thing was made known: a medium or an event ("auf sozialen Medien", "bei einer Pressekonferenz")
_MEDIUM = re.compile(
    r"\b(?:auf|in|bei|über|via|im|am)\s+(?:(?:einer|einem|einen|den|der|dem|seinem|seiner|ihrem|ihrer|sozialen|"
    r"der\s+Plattform)\s+)*(?:[A-ZÄÖÜ][\w-]*-)?(?:Medien|Netzwerken|Blog\w*|X|Twitter|LinkedIn|Pressekonferenz|"
    r"Konferenz|Interview|Podcast|Veranstaltung|Rede|Hauptversammlung|Investorentag|Telefonkonferenz|"
    r"Kapitalmarkttag|Pressemitteilung|Mitteilung)\b"
)
_ON_THE_DAY = re.compile(  # (a weekday before the date: "am Montag, 12. Januar")
    rf"\b(?:am|on)\s+(?:(?:{'|'.join(sorted(WEEKDAYS))}),?\s+(?:(?:den|the)\s+)?)?$",
    re.I,
)  # "… gab die Frist am 9. April bekannt": the day it was
_ANNOUNCED_SAID = re.compile(
    r"\b(?:angekündigt|ankündigte|kündigte|verkündet\w*|bekanntgegeben|bekannt|gepostet|mitgeteilt|teilte|"
    r"mitteilten|mitteilte|mitteilt|"
    r"announced|posted)\b",
    re.IGNORECASE,
)
# "in zwei Phasen", "beide Ausbaustufen": every stage, whose figure is none of one stage
# The last stage of a build-out, whichever number it has
_FINAL_STAGE = re.compile(
    r"\b(?:end|voll)ausbau\w*|\bendstufe|\bletzten (?:Ausbau)?stufe|\bfinal (?:stage|phase)"
    r"|\bfull build-?out",
    re.IGNORECASE,
)
# where a sentence sets one party against another: "…, während Globex …", "whereas", "; "
_SET_AGAINST = re.compile(r"\b(?:waehrend|wohingegen|whereas|while)\b|;")
# a figure a thing grows to later: "soll die Leistung auf 1,2 Exaflops wachsen", "will grow to 1.2 exaflops"
_GROWS_TO = re.compile(
    r"\bauf\s+(?:(?:rund|etwa|bis zu|mehr als|über)\s+)?\d[^.;]{0,40}?\b(?:wachsen|anwachsen|steigen"
    r"|ansteigen|ausgebaut werden|erweitert werden|aufgestockt werden|wächst|steigt)\b"
    r"|\b(?:grow|grows|expand|expands|rise|rises|ramp(?:s)? up|scale[sd]? up)\s+to\s+"
    r"(?:(?:about|up to)\s+)?\d",
    re.IGNORECASE,
)
_ALL_STAGES = re.compile(
    r"\b(?:zwei|drei|vier|beide[n]?|allen?|two|three|four|both|all)\s+(?:\w+\s+)?(?:Phasen|(?:Ausbau)?stufen|"
    r"(?:Bau)?abschnitte[n]?|Tranchen|phases|stages|tranches)\b",
    re.IGNORECASE,
)
# The kinds of answer such a sentence may give for the one before: figures, dates, durations, places.
_OWN_KINDS = (Kind.MONEY, Kind.DURATION)  # what a sentence naming only the asked company gives as its own
_GOES_ON_KINDS = FIGURE_KINDS | {Kind.DATE, Kind.DURATION, Kind.PLACE}
# the kinds of a value that stood before: a figure, or a term ("eine erste Anleihe … mit einer Laufzeit von
# fünf Jahren")
_TERMED_KINDS = FIGURE_KINDS | {Kind.DURATION}
# "50 Millionen Kronen Investition pro Megawatt", "zu je 85 Kronen": a rate, not a total (a yearly figure
# is still a total of its year)
# ... "3,5 Dinar für jeden verkauften Chip", "for each chip": a rate too
_RATE_AFTER = re.compile(
    r"[^.;,]{0,40}?\b(?i:pro|je|per|für\s+jede[nmrs]?|for\s+(?:each|every))\s+(?:[a-zäöüß]+\s+)?"
    r"(?!Jahr\b|year\b)[A-ZÄÖÜ]"
)
RATE_REACH = 20  # characters before a figure within which "je", "pro Stück" make it a rate
# ... "pro Stück 41 Millionen Won", "je Chip 29 Millionen": one thing's price, the thing between
_RATE_BEFORE = re.compile(r"\b(?i:je|pro|per)(?:\s+(?:Stück|Einheit|Exemplar|unit|piece|chip))?\s*$")
# A price of one share by its name (not "Zum Ausgabepreis wird Acme mit 2 Mrd. bewertet": at that price, the
# whole is worth the sum) ...
_ONE_PRICE_NAMES = (
    r"Ausgabepreis|Emissionspreis|Angebotspreis|Stückpreis|Aktienkurs|Schlusskurs|issue price|share price"
)
_ONE_PRICE_SAID = re.compile(rf"(?<![Zz]um )(?<![Aa]t the )(?:{_ONE_PRICE_NAMES})")
# ... or the range it was offered in
_UNIT_PRICE_SAID = re.compile(rf"(?<![Zz]um )(?<![Aa]t the )(?:Preisspanne|price range|{_ONE_PRICE_NAMES})")
UNIT_PRICE_REACH = 40  # characters from a price's name to its figure ("Die Preisspanne hatte zuvor bei")
# ... or the clause: "…: Für jede Stunde Ausfall muss Acme 180.000 Rufiyaa zahlen"
# (and "Bei jedem Schadensfall trägt Acme einen Selbstbehalt von 40 Mio.")
_RATE_OPENS = re.compile(
    r"(?:^|[:;]\s+)(?:Je|Pro|Per|Für jede[nrs]?|Bei jede[mr]|For each|For every)\s+[^.;,:]*$"
    # ... or on the price of one ("Der Preis je Stapel liegt … zwischen 1.150 und 1.450 US-Dollar")
    r"|(?:^|[:;]\s+)(?:Der|The)\s+(?:\w+)?(?:[Pp]reis|[Pp]rice)\s+(?:je|pro|per)\s+[^.;,:]*$"
)
_ONE_COSTS = re.compile(
    r"(?:^|[:;]\s+)(?:Eine?|Ein einzelne[rs]|Jede[rs]?|One|A|An|Each|A single)\s+[\w-]+\s+"
    # ... and what it is of ("Eine Stunde auf einem Hochleistungs-Grafikprozessor kostet …")
    r"(?:(?:auf|an|in|mit|im|am|of|on|with)\s+(?:(?:einem|einer|einen|dem|der|the|a|an)\s+)?[\w-]+\s+)?"
    # (a figure's own comma: "41,90"; a day's dot: "ab dem 1. Januar")
    r"(?:kostet|kostete|costs|cost)\b(?:[^.;,]|(?<=\d)[.,](?=\d)|(?<=\d)\.(?=\s))*$"
    # ... or the verb first ("Ab März kostet eine Stunde auf einem H100-Rechner nur noch 2,10 Euro")
    r"|\b(?:kostet|kostete)\s+(?:(?:künftig|nun|jetzt|dann|damit)\s+)?(?:eine?|jede[rs]?)\s+[\w-]+\s"
    r"(?:[^.;,]|(?<=\d)[.,](?=\d)|(?<=\d)\.(?=\s))*$"
)
# "von 2.900 auf rund 3.400", "auf 14,2 Prozent nach 11,8 Prozent": a value and the one it replaced
_HEDGE = r"(?:rund|etwa|knapp|gut|über|mehr als|bis zu|mindestens|zuletzt)\s+"
# "Bei einem Preis von 5.100 Vatu je Aktie", "zu einem Festpreis von 0,37 Dirham pro Kilowattstunde"
_PRICE_OF = re.compile(rf"(?i:preis|price)\s+(?:von|of|in Höhe von)\s+(?:{_HEDGE})?$")
_FROM_VALUE = re.compile(rf"\bvon\s+(?:{_HEDGE})?$")
_TO_VALUE = re.compile(rf"\bauf\s+(?:{_HEDGE})?$")
# "von 30 auf 72", "von 120 Ingenieuren auf 450": what lies between a value and the one replacing it
_CHANGE_JOIN = re.compile(rf"(?:\s+[^\W\d]+){{0,2}}\s+(?:auf|to)\s+(?:{_HEDGE})?", re.I)
# "statt 2,4 Mrd.", "statt zunächst genannter 860 Mrd.", "nicht wie berichtet 14.000", "instead of the 40 %
# first reported": the figure that follows is the one replaced
_INSTEAD = re.compile(
    r"\b(?i:statt|anstatt|anstelle|instead of|rather than|nicht wie (?:zunächst |ursprünglich )?"
    r"(?:berichtet|gemeldet|genannt|angegeben|angekündigt)|not as (?:first |originally )?(?:reported|stated))"
    r"\s+(?i:(?:der|des|den|die|the)\s+)?(?i:(?:zunächst|ursprünglich|bisher|zuvor|anfangs|first|originally)\s+)?"
    r"(?i:(?:genannt|gemeldet|berichtet|angegeben|angekündigt|geplant|veranschlagt|kommuniziert)\w*\s+)?"
    rf"(?:{_HEDGE})?$"
)
_AFTER_VALUE = re.compile(rf"\bnach\s+(?:{_HEDGE})?$")
_RATE_REPLACED = re.compile(
    r"[^.;,\d]{0,25},?\s+(?:nach|statt|anstatt|from|after|instead of|up from|down from)\s+"
    r"(?:rund\s+|etwa\s+|zuvor\s+|zuletzt\s+|bisher\s+)?"
)
_NOW_VALUE = re.compile(
    rf"\b(?:nun|now)\s+(?:{_HEDGE})?$"
)  # the value as it is now, before the one it replaced
_COMPLETED = re.compile(
    r"\bbis\s+(?:zum\s+|zur\s+)?(?:Ende|Mitte|Anfang|Herbst|Frühjahr|Sommer|Winter|\d)|\b(?:fertig\w*|"
    r"abgeschlossen|Abschluss|vollendet|Vollausbau|Endausbau|Fertigstellung|completed?|finished)\b",
    re.IGNORECASE,
)
_OPENING_CLAUSE_END = re.compile(r"[:;]\s")  # where a sentence's first clause of its own ends
# Words naming a deal between two companies (not either one's own figures)
_DATED_KINDS = FIGURE_KINDS | {Kind.DATE}  # "wann wurde Acme gegründet": Acme's date only


def _compound(
    term: str, vocabulary: AbstractSet[str], heads: AbstractSet[str] = frozenset()
) -> tuple[str, str] | None:
    """A German compound question word as its first and last part, both words of the documents
    (`rechenzentrumsgebaeude` → `rechenzentrum`, `gebaeude`), or the first a part of their compounds
    (`heads`), or None."""
    if len(term) < 2 * COMPOUND_PART + 1:
        return None
    for head, rest in _split(term):
        joined = head[:-1] if head.endswith("s") and head[:-1] in vocabulary else head
        if rest in vocabulary and (joined in vocabulary or joined in heads):
            return joined, rest
    return None


def _known_piece(piece: str, known: AbstractSet[str], last: bool) -> bool:
    """A word of its own; a first part maybe without its final "e"/"n" ("Miet-", "Liefer-"), the last part
    maybe with a plural ending ("-prozessoren")."""
    if piece in known:
        return True
    if not last:
        # ... or with a joining "n" ("Zellen-" of "Brennstoffzellenmodule": "Zelle")
        return any(piece + end in known for end in ("e", "en", "n")) or (
            piece.endswith("en") and len(piece) >= PLURAL_MIN - 1 and piece[:-1] in known
        )
    if len(piece) >= PLURAL_MIN and (piece[:-1] in known or piece[:-2] in known):
        return True
    # "-module", "-tanks": a short last part's plural in "e" or "s" ...
    # ... or in "n" after an "e" ("-zellen": "Zelle")
    return (
        len(piece) >= COMPOUND_PART + 1
        and (piece[-1] in "es" or piece.endswith("en"))
        and piece[:-1] in known
    )


def _parts(word: str, known: AbstractSet[str]) -> tuple[str, ...]:
    """The parts of a German compound that splits wholly into words of their own (joined by an "s"), in
    the split with the fewest parts: `fernwaermenetz` → (`fern`, `waerme`, `netz`), `batteriehersteller`
    → (`batterie`, `hersteller`); never `ertrag` in `mietvertrag` (that leaves "miet" + "v"), nor
    `nehmen` in `unternehmen` (a word after a particle is no compound of two things)."""
    size = len(word)
    steps: dict[int, list[int]] = defaultdict(list)  # start → ends of a known piece there
    for start in range(size):
        for end in range(start + COMPOUND_PART, size + 1):
            piece = word[start:end]
            if start == 0 and (piece in _PARTICLES or piece + "n" in _PARTICLES or end == size):
                continue
            if _known_piece(piece, known, end == size):
                steps[start].append(end)
                if end < size - COMPOUND_PART and word[end] == "s":
                    steps[start].append(end + 1)  # the joining "s" of "Rechenzentrums-gebäude"
    fewest = {size: 0}  # position → the fewest pieces the rest splits into
    for start in range(size - 1, -1, -1):
        after = [fewest[end] for end in steps.get(start, ()) if end in fewest]
        if after:
            fewest[start] = 1 + min(after)
    if 0 not in fewest:
        return ()
    out = []
    start = 0  # the pieces of one split into the fewest ("batterie|hersteller", not "batteri|eher|steller")
    while start < size:
        end = min((e for e in steps[start] if e in fewest), key=lambda e: (fewest[e], -e))
        piece = word[start:end]
        if end < size and piece.endswith("s") and _known_piece(piece[:-1], known, False):
            piece = piece[:-1]  # the joining "s" of "Auftrags-volumen"
        if piece != word:
            out.append(piece)
        start = end
    return tuple(dict.fromkeys(out))


# Verb particles: "Unternehmen" is no compound of "unter" and "nehmen" (general German, no article's words).
_PARTICLES = frozenset(
    "unter ueber nach gegen hinter zusammen zurueck voraus vorbei heraus herein hinaus hinein durch "
    "wider".split()
)


def _add(weights: dict[int, float], pids: set[int], weight: float) -> None:
    """`weights[pid] += weight` for each of `pids` (from 0.0 for a new one, added in the order of
    `pids`), with the new ones added in one C call: a common word's sentences number thousands."""
    new = dict.fromkeys(pids, weight)  # 0.0 + weight is weight
    for pid in weights.keys() & pids:
        del new[pid]
        weights[pid] += weight
    weights.update(new)


def _top(weights: dict[int, float], n: int) -> set[int]:
    """The `n` keys of the highest weights, a tie going to the lowest key (the earlier sentence): the
    same keys whatever order sets of words handed them over in (which differs from run to run)."""
    if len(weights) <= n:
        return set(weights)
    cut = sorted(weights.values(), reverse=True)[n - 1]
    above = {key for key, weight in weights.items() if weight > cut}
    tied = sorted(key for key, weight in weights.items() if weight == cut)
    # (sentences as good as the last one kept are all kept, within reason: which of them to leave out, no
    # weight says)
    room = n - len(above) if len(above) + len(tied) > TIED_ROOM * n else len(tied)
    return above | set(tied[:room])


def _heads(word: str, vocabulary: set[str]) -> tuple[str, ...]:
    """The short first parts of a compound whose rest is a word of its own: `bauzeit` → (`bau`,)."""
    out = []
    for cut in range(3, COMPOUND_HEAD_MAX + 1):
        rest = word[cut:]
        if len(rest) >= 3 and (rest in vocabulary or (rest[:1] == "s" and rest[1:] in vocabulary)):
            out.append(word[:cut])
    return tuple(out)


def _abbreviates(alias: str, name: str) -> bool:
    """`acmx` for `acme`, `oai` for `borealis`: the same first letter and the rest in order, or one slip."""
    squeezed = name.replace(" ", "")
    if len(alias) < 3 or alias[0] != squeezed[:1]:
        return False
    rest = iter(squeezed)
    return all(ch in rest for ch in alias) or fuzz.ratio(alias, squeezed) >= 80


def _abbreviated(alias: str, names: list[str]) -> list[str]:
    """The names longer than `alias` that it abbreviates (`_abbreviates`), in order; all spelling
    distances at once (2,000 companies under one letter took 3 ms a word, one by one)."""
    if len(alias) < 3:
        return []
    longer = [name for name in names if len(alias) < len(name)]
    squeezed = [name.replace(" ", "") for name in longer]
    letters = re.compile(".*?".join(map(re.escape, alias)))  # its letters in order
    close = {
        i for _, _, i in process.extract(alias, squeezed, scorer=fuzz.ratio, score_cutoff=80, limit=None)
    }
    return [
        name
        for i, name in enumerate(longer)
        if alias[0] == squeezed[i][:1] and (letters.search(squeezed[i]) or i in close)
    ]


def _add_aliases(book: NameBook, kb: KnowledgeBase) -> None:
    """A deal's one-word aliases: short forms of a party (`acmx`, `oai`) stand for that party; a project
    name the documents use (`skyport`) is a name of its own."""
    used = {w for d in kb.documents.values() for w in normalize(d.text).split()}
    for deal in kb.deals.values():
        parties = [normalize(p) for p in deal.parties]
        for company, aliases in deal.party_aliases.items():  # `acmx`: a name of the company, curated
            for alias in aliases:
                if normalize(alias) not in book.names and normalize(company) in book.names:
                    book.add(alias, "org", canonical=normalize(company))
        for alias in deal.aliases:
            key = normalize(alias)
            if " " in key or key in book.names:
                continue
            party = next((p for p in parties if p in book.names and _abbreviates(key, p)), None)
            if party is not None:
                book.add(alias, "org", canonical=party)
            elif key in used:
                book.add(alias, "org")


# Nouns of bodies that act without a name of their own: regulators, courts, lenders, shareholders.
INSTITUTION_ENDINGS = (
    "kommission",
    "behoerde",
    "behoerden",
    "regierung",
    "ministerium",
    "gericht",
    "aufsicht",
    "konsortium",
    "landesbanken",
    "banken",
    "aktionaere",
    "hauptversammlung",
    "aufsichtsrat",
    "verwaltungsrat",
    "commission",
    "authority",
    "authorities",
    "regulator",
    "regulators",
    "government",
    "ministry",
    "court",
    "shareholders",
    "consortium",
    "lenders",
)


_ITEM = r"[A-ZÄÖÜ][\w&.-]*(?:\s+[A-ZÄÖÜ][\w&.-]*)?"
_LIST_SEPARATOR = re.compile(r"\s*(?:,|\bund\b|\band\b|\bsowie\b|&)\s*")
_LISTING = re.compile(rf"{_ITEM}(?:\s*(?:,|\bund\b|\band\b|\bsowie\b)\s*{_ITEM})+")
MIN_LISTED_COMPANIES = 2  # a listing with two known companies lists companies


def _institutions(text: str) -> tuple[str, ...]:
    """The bodies a sentence names by their kind, as written ("Wettbewerbskommission", "Landesbanken")."""
    out = []
    for raw in text.split():
        word = raw.strip(",.;:!?()„“”\"'»«")
        if normalize(word).replace(" ", "").endswith(INSTITUTION_ENDINGS):
            out.append(word)
    return tuple(dict.fromkeys(out))


# Reported speech goes on in the subjunctive: "Kritisch sei vor allem, dass …", "man habe sich abgesichert".
# Nouns a German sentence says as a separable verb around the figure: (noun, the verb's two parts)
_SET_UM = re.compile(r"\bsetz(?:t|te|ten|en)\b[^.;]{0,120}?\bum\b")
_STEIGT_EIN = re.compile(r"\bst(?:eigt|ieg|iegen|eigen)\b[^.;]{0,120}?\bein\b")
# "wies den Bericht zurück": a denial, its verb's parts apart
_WIES_ZURUECK = re.compile(r"\bwies(?:en)?\b[^.;]{0,80}?\bzur(?:ü|ue)ck\b", re.IGNORECASE)
_SEPARABLE = (
    *(("umsatz", _SET_UM), ("revenue", _SET_UM), ("einstieg", _STEIGT_EIN)),
    *(("dementi", _WIES_ZURUECK), ("denied", _WIES_ZURUECK), ("deny", _WIES_ZURUECK)),
    *(("denies", _WIES_ZURUECK), ("zurueckgewiesen", _WIES_ZURUECK), ("bestritt", _WIES_ZURUECK)),
)
# Amounts often given relative to another, as a percentage ("ein Abschlag von 8 Prozent")
_RELATIVE_HEADS = ("abschlag", "aufschlag", "discount", "rabatt", "premium", "praemie")
_RELATIVE_SAID = re.compile(r"(?i:abschlag|aufschlag|discount|rabatt|premium|prämie)\w*")
RELATIVE_REACH = 25  # characters from "Aufschlag" to its figure ("Aufschlag von rund 27 Prozent")
_SHARE_HEADS = frozenset("anteil anteile beteiligung share stake".split())
# "Maple übernimmt 35 Prozent und tritt als Finanzinvestor auf", "Acme hält 12 %": a stake held or taken
_STAKE_HELD = re.compile(
    r"\b(?:übernimmt|übernehmen|hält|halten|erhält|erhalten|erwirbt|erwerben|holds|takes|acquires)\s+"
    r"(?:rund\s+|gut\s+|knapp\s+|etwa\s+|about\s+|around\s+)?\d[\d.,]*\s*(?:Prozent|%|per\s?cent)"
    # "Die übrigen 20 Prozent entfallen auf Acme": a stake allotted
    r"|\d[\d.,]*\s*(?:Prozent|%)\s+(?:entfallen|entfällt|gehen|gehören)\s+(?:auf|an)\b",
    re.I,
)
_SHARE_OF = re.compile(
    r"(?:Prozent|%)\s+(?:des|der|an|am|vom|von|of|seine[sr]?|ihre[sr]?|its|their)\b"  # ("seines Bedarfs")
    # "steigt mit 35 Prozent in das Vehikel ein", "beteiligt sich mit 20 Prozent": a stake taken
    r"|\bmit\s+(?:rund\s+|gut\s+|knapp\s+|etwa\s+)?\d[\d.,]*\s*(?:Prozent|%)\s+(?:in|an|am|bei)\b"
    # "Finanziert wird das Projekt zu 40 Prozent aus Eigenmitteln", "gehört zu 60 Prozent Acme": a portion
    # (not "zu 4 Prozent verzinst", a rate)
    r"|\bzu\s+(?:rund\s+|gut\s+|knapp\s+|etwa\s+)?\d[\d.,]*\s*(?:Prozent|%)\s+"
    r"(?:(?:aus|von|vom|über|durch|dem|der|den)\b|(?-i:[A-ZÄÖÜ]))"
    rf"|{_STAKE_HELD.pattern}",
    re.I,
)


# Words asking for a company's chief executive
def title_says(title: str, asked: str, titles_only: bool = False) -> bool:
    """Does a person's title say the title asked ("Präsident", "President of …"; "CFO": "Finanzchef")?
    `titles_only`: by a title's forms alone, for a whole sentence (where "Urteil" says no "Richter")."""
    said = normalize(title).replace(" ", "")
    if not titles_only and len(asked) >= 2 and asked == "".join(w[0] for w in normalize(title).split()):
        return True  # "coo": the "Chief Operating Officer" by its initials
    return any(
        said.find(form) >= 0 or form.find(said) >= 0
        for form in expansions(asked)
        if len(form) >= 3 and (not titles_only or asks_role(form))
    )


# A chief by a word that names no office of its own ("the sales chief", "der Chef"): any title may be it
ANY_CHIEF = frozenset("chief chef chefin head boss leader leiter leiterin".split())
CHIEF_WORDS = frozenset(
    "ceo chef chefin boss head vorstandschef vorstandschefin konzernchef konzernchefin".split()
)
# Chiefs of one function ("Finanzchef", "Technikchefin", "CFO"): not the company's chief executive
_FUNCTIONS = (
    "finanz",
    "technik",
    "vertrieb",
    "personal",
    "marketing",
    "produkt",
    "kommunikation",
    "strategie",
)


def _functional_chief(title: str) -> bool:
    role = title.rpartition("-")[2].casefold()
    return role in ("cfo", "cto", "coo", "cio") or (
        role.startswith(_FUNCTIONS) and not role.startswith("vorstand")
    )


# Marks opening and closing a quote as German articles print them („…“), or plain
_QUOTE_OPEN = re.compile(r"[„»]|(?:^|\s)\"")
_QUOTE_CLOSE = re.compile(r"[“«]|\"(?:\s|,|$)")
# A name kept back: "ein Cloud-Anbieter, dessen Namen ich nicht nennen darf", "nicht namentlich genannt"
_NAME_WITHHELD = re.compile(
    r"\bNamen?\b[^.;]{0,30}\bnicht\b[^.;]{0,20}\b(?:nennen|verraten|sagen|preisgeben)|nicht namentlich"
    r"|(?:declined|refused) to name|whose name\b[^.;]{0,30}\bnot",
    re.I,
)
_DISCLOSED = ("offengeleg", "disclos", "veroeffentlich", "publik", "bekanntgegeben", "bekanntgemacht")
# A sentence saying a thing was not made known: "machten keine Angaben", "nannten … nicht", "undisclosed".
_UNDISCLOSED = re.compile(
    r"keine Angaben|nicht (?:bekannt|veröffentlicht|genannt|offengelegt|beziffert|mitgeteilt)"
    r"|\bnannten?\b[^.;]*\bnicht\b|undisclosed|not (?:been )?disclosed|did not disclose"
    r"|declined to (?:say|disclose)|wurde nicht beziffert|without (?:giving|naming)"
    # ... or not yet known ("Ob Kundendaten verloren gingen, wird noch geprüft", "ließ sie offen")
    r"|(?:wird|werde|werden) (?:\w+ ){0,4}noch geprüft|noch offen|ließen? (?:sie |er |es )?offen"
    r"|blieben? offen"
    r"|noch unklar|still (?:being )?(?:assessed|examined|reviewed|unclear)|remains? (?:unclear|open)"
    r"|ohne (?:eine |einen )?(?:konkrete[nr]? |genaue[nr]? )?(?:Zahl|Betrag|Summe|Angabe|Details|Preis)\w* "
    r"(?:zu )?(?:nennen|beziffern)"
    r"|" + _NAME_WITHHELD.pattern,
    re.I,
)
HEADING_WORDS = 8  # a line this short without a closing full stop is a heading


@lru_cache(maxsize=TEXT_CACHE)
def _heading(text: str) -> bool:
    """ "Details der Partnerschaft", "Stimmen der Beteiligten": a heading, not a sentence
    ("Gemeinschaftsfirma: Grimsel Compute AG" is a label and what it says)."""
    if _LABELLED.match(text):
        return False
    return len(text.split()) <= HEADING_WORDS and not text.rstrip().endswith((".", "!", "?", "“", '"', "«"))


# What would have been, had things gone otherwise: no figure or date of what is
# Who works for a company, and where its building works (not its staff) are
_PEOPLE = frozenset({"people", "persons", "menschen", "leute", "personen", "workers", "arbeiter"})
_STAFF = (
    "employ",
    "mitarbeit",
    "beschaeftigt",
    "staff",
    "belegschaft",
    "workforce",
    "angestellt",
    "personal",
)
# A company's trade, asked with "which" ("which chip vendor", "welcher Zulieferer")
_TRADES = (
    *("vendor", "vendors", "foundry", "foundries", "fertiger", "zulieferer", "developer", "developers"),
    *("hersteller", "lieferant", "lieferanten", "maker", "makers", "supplier", "suppliers", "manufacturer"),
)
_NEW_WORDS = frozenset("neu neue neuen neuer neues new".split())  # an attribute of the thing asked
_CHARGES = re.compile(r"\b(?:berechnet|berechnete|verlangt|verlangte|charges|charged)\b", re.I)
_SUMMED_KINDS = frozenset({Kind.MONEY, Kind.COUNT, Kind.MEASURE})
# A figure said as a difference: "1,5 Milliarden Euro mehr als bei der ersten Ankündigung", "38 MW less than"
_DIFFERENCE_AFTER = re.compile(
    # (its unit between, not "und": "14 Krankenhäuser und mehr als 60 Arztpraxen" is a floor of the next)
    r"(?:\s+(?!(?:und|and|oder|or|sowie|plus)\b)[A-Za-zÄÖÜäöü$€£.-]+){0,2}?\s+"
    r"(?:mehr|weniger|more|less|fewer|höher|niedriger|higher|lower)"
    r"\s+(?:als|than)\b",
    re.I,
)
# Question words asking a difference ("how much extra", "wie viel mehr", "the increase")
_DIFFERENCE_WORDS = (
    *("mehr", "more", "extra", "additional", "zusaetz", "differen", "unterschied", "increase", "erhoeh"),
    *("aufstock", "plus", "weniger", "less", "fewer", "miss", "verfehl", "gap", "luecke", "higher", "hoeher"),
)


_COMPARING = ("compar", "vergleich", "verglichen", "gegenueber", "versus")
# Words asking by how much one figure misses or exceeds another ("fall short", "verfehlt", "übertrifft")
_SHORT_WORDS = ("short", "miss", "verfehl", "differen", "unterschied", "gap", "luecke", "exceed", "uebertr")


def _difference_asked(ask: Asked) -> bool:
    """Does the question ask how much one figure differs from another ("how much more", "the increase")?"""
    return (
        ask.more
        or ask.change
        or any(t.startswith((*_DIFFERENCE_WORDS, *_SHORT_WORDS)) for t in (*ask.topic, *ask.counted))
    )


_CONSTRUCTION = re.compile(r"baustell|bauphase|bauarbeit|bauzeit|construction", re.I)


def staff_made(ask: Asked, text: str) -> bool:
    """ "how many employees will Acme have": does `text` give jobs made, moved or cut ("soll 100.000
    Arbeitsplätze schaffen", "Auf den Baustellen arbeiten 450 Menschen"), which are no staff Acme has?"""
    return (
        ask.stock
        and any(c.startswith(_STAFF) for c in ask.counted)
        and not any(_STAFF_CHANGE.search(t) or t.startswith(_CREATED) for t in ask.topic)
        and (
            (_STAFF_CHANGE.search(text) is not None and _STAFF_NOW.search(text) is None)
            or (_CONSTRUCTION.search(text) is not None and _STAFF_NOW.search(text) is None)
        )
    )


# A figure revised since the first report: "nach oben korrigiert", "liege nun bei", "inzwischen sei klar"
_REVISED = re.compile(
    r"\b(?:nach (?:oben|unten) korrigiert|lieg(?:t|e) nun bei|(?:inzwischen|mittlerweile) "
    r"(?:sei|ist|sind|seien) (?:klar|bekannt)|revised (?:up|down)\w*|now stands at)\b",
    re.I,
)
# A whole year's figure ("Für das Gesamtjahr 2026"): no quarter's
_WHOLE_YEAR = re.compile(r"\b(?:Gesamtjahr\w*|Geschäftsjahr\w*|full[- ]year|fiscal year)\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
REPORTED_SENTENCES = 4  # the title, the lead and the dateline's sentence: when the article reports
_ALL_OF_THEM = re.compile(r"\b(?:für|for) (?:alle|all(?: the)?|sämtliche)\b", re.I)  # a total over all units
_AFFECTED = re.compile(r"\b(?:betroffen\w*|affected|impacted)\b", re.I)  # those an event hit, of all
# Staff who took part in a strike or protest ("haben rund 1.400 Beschäftigte die Arbeit niedergelegt"): some,
# not all a company employs
_STRUCK = re.compile(
    r"\b(?:\w*streik\w*|niedergelegt|niederlegten|legten die Arbeit nieder|protestier\w*|demonstrier\w*"
    r"|strik\w+|walked out)\b",
    re.I,
)
# A number of staff that changes: moves to a buyer, is hired or cut
# ... and the staff a company has now, beside the change ("beschäftigt derzeit 1.460 Mitarbeiter und will
# 300 Techniker einstellen")
_STAFF_NOW = re.compile(
    r"\b(?:beschäftigt|zählt|employs)\s+(?:derzeit|aktuell|heute|currently|now|bislang|bisher|rund|etwa"
    r"|gut|knapp|mehr als|about|around|some)?\s*(?:rund|etwa|gut|knapp|mehr als|about|around)?\s*\S*\d",
    re.I,
)
# where power or heat comes from, said as its source: "Strom aus Wasser- und Windkraft", "aus erneuerbaren
# Energien", "aus dem Gaskraftwerk"
_FROM_SOURCE = re.compile(
    r"\baus\s+((?:(?:dem|der|den|eigenen|erneuerbaren|heimischen)\s+)?(?:[A-ZÄÖÜ]\w*-\s+(?:und|oder|sowie)\s+)?"
    r"[A-ZÄÖÜ]\w*)"
)
_SOURCE_ENDINGS = (
    "kraft",
    "kraftwerk",
    "kraftwerken",
    "energie",
    "energien",
    "quellen",
    "gas",
    "kohle",
    "park",
    "parks",
    "anlage",
    "anlagen",
)
# an article's closing section, by its heading ("Fazit: Zusammenarbeit zwischen …", "Ausblick")
_CONCLUDING = re.compile(r"(?:Fazit|Schlussfolgerung|Schlussbemerkung|Ausblick|Resümee|Conclusion|Outlook)\b")
_DEAL_OPENS = re.compile(
    r"(?:Das|Der|Die)\s+((?:Übernahme)?[Aa]ngebot|Vertrag|Transaktion|Deal|Übernahme|Vereinbarung|Abkommen)\b"
)
_PARTED_WITH = re.compile(
    r"\b(?:veräußer\w*|verkauf\w*|abgeben|abgegeben|abstoßen|abgestoßen|Käufer\w*|sell\w*|sold|divest\w*"
    r"|buyers?)\b",
    re.I,
)
_CREATED = ("entsteh", "entstand", "schaff", "geschaffen", "creat", "neu", "new")  # jobs made, no staff now
_STAFF_CHANGE = re.compile(
    r"\b(?:wechseln|wechselt|übergehen|übernommen|schaffen|streichen|abbauen|entlassen|einstellen|"
    r"hinzukommen|weitere|transfer\w*|move\w*|hire\w*|cut)\b",
    re.I,
)
# "das Volumen stiege dann auf bis zu 1,9 Mrd.": a figure if something happens, after the one that holds
_CONDITIONAL = re.compile(
    r"\b(?:stiegen?|lägen?|fielen?|wären?|würden?|hätten?|könnten?|would|could|falls|sofern)\b"
    # "Scheitert das Geschäft bis zum 30. Juni, muss Acme … zahlen": a clause opening on its verb is a case
    r"|(?-i:^[A-ZÄÖÜ]\w+t\s+(?:das|die|der|den|dem)\b)[^,]*,\s+(?:muss|müssen|wird|werden|soll|sollen|kann)\b",
    re.I,
)
# A sentence on one of several parties, the largest: its figure is one part of a whole
_ONE_PART = re.compile(
    r"\b(?:[Gg]rößte[rsn]?|largest|biggest)\s+(?:Gläubiger|Kunden?|Aktionär|Anteilseigner|Investor|Abnehmer|"
    r"Geldgeber|creditor|customer|shareholder|investor|lender)"
    # ... or a segment's ("Das Segment „KI-Compute“ steuerte 18,5 Mrd. zum Umsatz bei"): part of the whole
    r"|\b(?:Segment|Sparte|Geschäftsbereich|Geschäftsfeld|division)\b",
    re.I,
)
_WOULD = re.compile(r"\b(?:hätten?|wären?|würden?|would)\b", re.I)  # a hypothetical: not how things are
_COUNTERFACTUAL = re.compile(r"\b(?:hätten?|wären?)\b[^.;]*\bgewesen\b|\bwould have\b", re.I)
# A name given in so many words: "soll unter dem Namen Paranávia Data firmieren", "namens Norna"
_CLOSE_SAID = re.compile(r"schluss|schloss|geschlossen|closing|closed|\bclose\b", re.I)
_NAMED_AS = re.compile(
    r"\b(?:unter dem Namen|mit dem Namen|trägt den Namen|tragen den Namen|namens|under the name|is called)"
    r"\s+(?-i:[A-ZÄÖÜ])",
    re.I,
)
_QUOTED_NAME = re.compile(r"[„“\"»][A-ZÄÖÜ][\w-]*(?:\s[A-ZÄÖÜ0-9][\w-]*){0,2}[“”\"«]")  # „Norna“
_LABELLED = re.compile(r"^[A-ZÄÖÜ][\w-]*(?:\s[\w-]+)?:\s+\S")  # "Gemeinschaftsfirma: Grimsel Compute AG"


_AGENT_ENDINGS = ("er", "ers", "ern", "erin", "erinnen")  # "Gründer", "Käuferin": who does it
_UMLAUT_SPELLINGS = ("ae", "oe", "ue")  # an umlaut in normalised text


def _agents_only(passage: Passage, term: str) -> bool:
    """Are the sentence's words of the term's stem all an umlauted noun of who does it ("Gründerin", which
    the stemmer takes for "Grund"), where the term says no umlaut?"""
    if any(u in term for u in _UMLAUT_SPELLINGS):
        return False
    stemmed = stem(term)
    said = [w for w in passage.words if stem(w) == stemmed]
    return bool(said) and all(
        not w.startswith(term)
        and w.endswith(_AGENT_ENDINGS)
        and any(u in w[: len(term) + 1] for u in _UMLAUT_SPELLINGS)
        for w in said
    )


def _position(passage: Passage, word: str) -> int:
    index = normalize(passage.text).find(word)
    return max(0, index)


MIN_INITIALS = 3  # words of a name whose first letters may stand for it ("nsw"; two letters are too few)
_PERIOD_ENDINGS = ("gesamtjahr", "geschaeftsjahr", "halbjahr", "fiscal")  # (a quarter is the one reported)
MIN_TRANSLATED = 5  # letters of a translation a counted noun may start with ("haushalt"; not "haus")
MIN_TRANSLATED_STEM = 4  # letters of a translation's stem a compound may end on ("kran" of "Containerkräne")
MIN_COMPOUND_FIRST = 3  # ... after more letters than these ("Containerkran"; not "Mitarbeit" for "Arbeit")


def _share_of_said(text: str, term: str) -> int | None:
    """Where a sentence says a share of a thing by its percent of it ("Marktanteil": "58 Prozent des
    senegalesischen Marktes"; "Kostenanteil": "35 Prozent der Kosten"), or None."""
    if not term.endswith(SHARE_ENDING) or len(term) - len(SHARE_ENDING) < MIN_SHARE_OF:
        return None
    thing = term[: -len(SHARE_ENDING)].removesuffix("s")
    said = re.search(
        rf"(?:Prozent|%)\s+(?:des|der|am|an der|vom)\s+(?:\w+\s+){{0,3}}{re.escape(thing)}", text, re.I
    )
    return said.start() if said is not None else None


SHARE_ENDING = "anteil"
MIN_SHARE_OF = 4  # letters of the thing a share is of ("markt", "kosten")


def _translates(translation: str, noun: str, means_else: Callable[[str], bool] = lambda _: True) -> bool:
    """ "haushalt" (of "households") / `7.200 Haushalte`: the noun is the translation, in any form; "kran"
    (of "cranes") / `14 Containerkräne`: or a compound ending on it, a kind of it, unless the compound is
    a word of its own meaning something else (`means_else` of its stem: "Arbeitsplätze" are no seats)."""
    last = noun.split()[-1] if noun else ""
    if not last:
        return False
    # (the stem takes a plural's umlaut off: "kran" / `24 Portalkräne`, "turm" / `Funktürme`)
    said, asked = stem(last), stem(translation)
    if len(translation) >= MIN_TRANSLATED and last.startswith(translation):
        return True
    compound = len(said) > len(asked) + MIN_COMPOUND_FIRST and said.endswith(asked) and not means_else(said)
    return said == asked or (len(asked) >= MIN_TRANSLATED_STEM and compound)


def _quote_left_open(text: str, opened: bool = False) -> bool:
    """Does a sentence end inside a quote (one it opens, or, `opened`, one a sentence before opened)?"""
    depth = int(opened)
    for char in text:
        if char in "„»":
            depth += 1
        elif char in "“«" and depth:
            depth -= 1
    return depth > 0


def _same_thing(asked_noun: str, noun: str) -> bool:
    """ "how many accelerators" / `24.000 KI-Beschleuniger`: the counted word, in any language or form."""
    for form in expansions(asked_noun):
        if len(form) >= 4 and (noun.startswith(form) or form in noun.replace(" ", "")):
            return True
    a, b = stem(asked_noun), stem(noun.split()[-1]) if noun else ""
    # "gpus" / `GPU`: an abbreviation's English plural, which the stemmer keeps
    plural = asked_noun.endswith("s") and len(asked_noun) > MIN_ABBREVIATION and asked_noun[:-1] == b
    return bool(b) and (a == b or plural or (len(a) >= 5 and a in noun.replace(" ", "")))


MIN_ABBREVIATION = 3  # letters of an abbreviation with its plural "s" ("gpus"; not "as")


_BESIDE_OPENERS = frozenset({"neben", "besides", "ausser", "apart"})
BESIDE_REACH = 5  # words from "Neben" within which the company set beside is named ("Neben der Acme Group")
_VALUE_HEADS = frozenset({"value", "wert", "werts", "worth"})
# a contract with its sum: "einen Auftrag über 620 Millionen", "ein Vertrag im Wert von", "an order worth"
_CONTRACT_SUM = re.compile(
    r"(?:Auftrag|Vertrag|Order|Bestellung|Deal|Kontrakt|contract|order|deal)\w*\s+"
    r"(?:über|von|im Wert von|worth|of|valued at)\s+(?:rund|etwa|knapp|about|around)?\s*\d",
)
# a whole a sentence opens on, its part told next: "Von den derzeit 560 Arbeitsplätzen sollen 210 wegfallen"
_OF_THE_WHOLE = re.compile(r"(?:^|\b)(?:[Vv]on den|[Oo]f the|[Oo]f its)\s+(?:[\wäöüß]+\s+)?$")
# the whole a part is counted of: "zwei der (künftig) neun Sitze", "two of the nine seats"
_WHOLE_OF_PART = re.compile(
    rf"(?:\d|\b(?:{'|'.join(SPELLED_NUMBERS)}))\s+(?:der|des|von den|von|of the|of)\s+(?:[a-zäöüß]+\s+)?$",
    re.I,
)


# An opponent named: "gegen den Rivalen Globex", "against rival Globex", "vor dem Konkurrenten Globex"
_RIVAL = r"(?:rivalen|rival|konkurrenten|konkurrentin|konkurrenz|mitbewerber|wettbewerber|competitor)\s+"
_AGAINST = re.compile(
    r"\b(?:(?:gegen|against)\s+(?:(?:den|die|das|the|its|seinen|seine|ihren|ihre)\s+)?(?:" + _RIVAL + r")?"
    r"|(?:über|over|vor|ahead of)\s+(?:(?:den|die|dem|the|its|seinen|seine|ihren|ihre)\s+)?" + _RIVAL + r")$",
    re.I,
)
AGAINST_REACH = 40  # characters before a company's name an opponent's "gegen den Rivalen" takes
DATIVE_REACH = 40  # characters before a company's name "dem Cloud-Anbieter" takes
_DATIVE_ARTICLES = frozenset("dem einem".split())
_DATIVE_PREPOSITIONS = frozenset(
    "mit von vom bei beim zu zum aus nach seit gegenueber vor an am in im auf unter neben zwischen ueber "
    "hinter entgegen gemaess laut samt nebst ausser".split()
    # (and a conjunction, which joins it to one before: "bei den Gründern und dem Geldgeber Acme")
    + "und oder sowie".split()
)
_JOB_NOUNS = ("job", "arbeitsplae", "arbeitsplatz", "stellen")
_PEOPLE_NOUNS = ("menschen", "leute", "personen", "mitarbeit", "beschaeftigte", "arbeitskraefte", "people")
_AT_WORK = re.compile(r"\b(?:arbeit|beschäftig|tätig|work|employ)", re.I)


# people by what they do: "Bauarbeiter", "Fachkräfte", "engineers", "workers"
_PERSON_ENDINGS = ("arbeiter", "kraefte", "leute", "techniker", "ingenieur", "worker", "engineer", "staff")


def _people_for_things(asked_noun: str, noun: str) -> bool:
    """ "wie viele Bauarbeiter": `drei Bauabschnitten` shares the work's group ("Bau…"), but counts stages;
    people asked are counted by a noun of people (or of jobs) only."""
    if not (asked_noun in _PEOPLE or asked_noun.rstrip("sn").endswith(_PERSON_ENDINGS)):
        return False
    last = noun.rsplit(" ", 1)[-1]
    return not (
        last.rstrip("sn").endswith(_PERSON_ENDINGS)
        or last.startswith((*_PEOPLE_NOUNS, *_JOB_NOUNS, *_STAFF))
        or last in _PEOPLE
        or stem(last) == stem(asked_noun)
    )


def _people_at_work(asked_noun: str, noun: str, passage: Passage) -> bool:
    """ "how many jobs": "85 Menschen sollen dort arbeiten" counts the people a job each."""
    return (
        asked_noun.startswith(_JOB_NOUNS)
        and noun.rsplit(" ", 1)[-1].startswith(_PEOPLE_NOUNS)
        and _AT_WORK.search(passage.text) is not None
        and _STRUCK.search(passage.text) is None  # "1.400 Beschäftigte haben die Arbeit niedergelegt"
    )


def _first_part(compound: str, last: str) -> str:
    """The part of `compound` before its last part `last`, without a linking "s" ("aufsichtsrat") or "es"
    ("jahr" of "Jahresumsatz")."""
    first = compound[: -len(last)]
    for joint in ("es", "s"):
        if first.endswith(joint) and len(first) - len(joint) >= COMPOUND_PART:
            return first[: -len(joint)]
    return first


def _compound_spread(asked_noun: str, noun: str, passage: Passage) -> bool:
    """ "wie viele Aufsichtsratssitze": "zwei der neun Sitze im Aufsichtsrat" says the compound's parts apart,
    its last part counted and its first part elsewhere in the sentence."""
    last = noun.rsplit(" ", 1)[-1]
    if len(last) < COMPOUND_PART or not asked_noun.endswith(last) or asked_noun == last:
        return False
    first = _first_part(asked_noun, last)
    return len(first) >= COMPOUND_PART and any(w.startswith(first) for w in passage.words)


# "einen Baukostenzuschuss von 95 Millionen Euro": the noun naming a sum right before it
_SUM_NAME = re.compile(rf"\b([A-ZÄÖÜ][\wäöüß-]{{3,}})\s+(?:in Höhe\s+)?(?:von|über)\s+(?:{_HEDGE})?$")
# ... but a value, a volume or a sum is any asked thing's
_ANY_SUM = ("volum", "wert", "summ", "betrag", "gesamt", "hoehe", "umfang")


def _named_sum(passage: Passage, figure: Number) -> bool:
    """Does the sentence name what this sum is ("einen Baukostenzuschuss von 95 Millionen Euro"), with a
    noun of its own rather than a value or volume, which may be anything's?"""
    named = _SUM_NAME.search(passage.text, max(0, figure.start - 40), figure.start)
    return named is not None and not normalize(named.group(1)).startswith(_ANY_SUM)


# "Rechenzentren mit einem Netzanschluss von mehr als 30 MW", "Kleinere Rechenzentren mit höchstens 30 MW": a
# kind of thing by a bound (not "rechnet mit mehr als 450", "Gebäude mit zusammen mehr als 1.400 Racks")
# the subjunctive of reported speech: "sei", "habe", "werde" (what someone said, not what is)
_REPORTED = re.compile(r"\b(?:sei|seien|habe|werde|würden|könne|solle|müsse|gebe)\b")
# A party's claim: "hatte vor Gericht argumentiert", "hatte … gefordert", "macht … geltend", "claimed"
_CONTENDED = re.compile(
    r"\b(?:argumentiert\w*|behauptet\w*|beziffert\w*|gefordert|forderte\w*|fordert|verlangt\w*"
    r"|geltend gemacht|macht\w* geltend|pocht\w*|claim(?:s|ed)|argued|argues|demanded)\b",
    re.IGNORECASE,
)
# A correction's figures taken back, and where the right ones follow
_RETRACTED = re.compile(
    r"(?:früheren|vorherigen|ersten|ursprünglichen) (?:Version|Fassung|Ausgabe|Meldung)"
    r"|hieß es (?:zunächst|zuvor|fälschlich\w*|irrtümlich)|fälschlicherweise|irrtümlich|"
    r"(?:earlier|previous|original) (?:version|edition)|incorrectly (?:stated|reported|said)",
    re.IGNORECASE,
)
_CORRECTED = re.compile(
    r"\b(?:tatsächlich|richtig (?:ist|sind|wäre)|korrekt (?:ist|sind)|in fact|actually)\b", re.I
)
# "nicht 200, sondern 240 Megawatt", "not 200 but 240 MW": the figure between is the one replaced
_NOT_BEFORE = re.compile(r"\b(?:nicht|not)\s+(?:mehr\s+)?$", re.I)
_BUT_AFTER = re.compile(r"(?:\s*[^\W\d]+){0,2},?\s+(?:sondern|but)\b", re.I)
_DENIED_BEFORE = re.compile(r"\b(?:nicht|statt|anstatt|anstelle|not|instead of)\s+(?:\w+\s+)?$", re.I)
MIN_THEME_WORD = 5  # letters of a word naming what a person is asked about ("Blase"; not "new")
WITHIN_REACH = 40  # characters before a duration within which "innerhalb der nächsten" makes it a time limit
DENIED_REACH = 16  # characters before a figure within which "nicht auf" denies it
INSTEAD_REACH = 48  # characters before a figure within which "statt der ursprünglich gemeldeten" replaces it
MIN_KIND_PART = (
    5  # letters of the end of a company's kind a title may open on ("institut" of "Forschungsinstitut")
)
MIN_KIND_TITLE = 8  # a shorter title ("Direktor") names no kind of its own
_TERM_SAID = re.compile(r"\b(?:Laufzeit|Vertragslaufzeit|term)\b", re.IGNORECASE)
_CONTRACT_ENDS = ("vertrag", "vertrags", "contract", "agreement", "vereinbarung", "deal")
_CONTRACT_STARTS = (*_CONTRACT_ENDS, "auftrag")  # ... and a contract's words a sentence opens on


# A share of a sum: "30 Prozent der Vertragssumme", "0,25 Prozent des Auftragswerts"
_OF_A_SUM = re.compile(
    r"(?:Prozent|%)\s+(?:der|des)\s+(?:\w+\s+)?\w*(?:summe|wert|werts|wertes|preis|preises|betrag|betrags|"
    r"volumen|volumens|kosten|gebühr|gebühren)\b",
    re.I,
)
# A contract's sum said by "über" ("einen Liefervertrag über 3,1 Milliarden Denar", "Auftrag über rund …")
_CONTRACT_OVER = re.compile(
    r"(?i:vertrag|auftrag|kontrakt|vereinbarung|deal|order)\w*\s+(?:\w+\s+){0,3}?über\s+"
    r"(?:(?:rund|etwa|knapp|gut|insgesamt|mehr als|bis zu)\s+)?\d"
)
_VALUE_STARTS = ("valu", "wert", "worth", "volum")


def _of_contract(passage: Passage) -> bool:
    """Does the sentence speak of a contract ("Der Vertrag hat …", "der Globex-Auftrag")?"""
    return any(w.startswith(_CONTRACT_STARTS) for w in passage.words)


# What runs for a term, and has no length in km
# ... and a term by its name ("how long is the term of the PPA": years, never "9 Quadratkilometer")
_TERM_THINGS = (
    *(*_CONTRACT_ENDS, "deals", "lease", "loan", "kredit", "anleihe", "bond", "partnership", "pact"),
    *("term", "laufzeit", "ppa", "ppas"),
)
# A condition set, up to the figure in its clause: "unter der Bedingung, dass", "provided that"
_CONDITION = re.compile(
    r"\b(?:(?i:unter der Bedingung|Bedingung),?\s+(?:dass|daß)|vorausgesetzt,?\s+(?:dass|daß)|sofern"
    r"|(?i:on (?:the )?condition that|provided that))\b[^.;:]*$"
)
CONDITION_REACH = 80  # characters before a figure within which its clause opens
_THRESHOLD_NOUN = re.compile(rf"(?i:schwelle|threshold)\s+(?:von|of|bei|in Höhe von)\s+(?:{_HEDGE})?$")

_THRESHOLD = re.compile(
    r"\b[A-ZÄÖÜ][\w-]*\s+(?:mit|with)\s+(?:(?:einem|einer|einen|a|an)\s+)?"
    r"(?:(?!zusammen\b|insgesamt\b|together\b|total\b)[\w-]+\s+){0,2}(?:von\s+|of\s+)?"
    r"(?i:mehr als|über|höchstens|weniger als|unter|more than|over|less than|under|at most)\s*$"
)


# "gibt den Wert mit mehr als 4 Milliarden Pfund an", "beziffert … mit über 2 Mio. Euro": a figure stated
# for a thing, no bound of a rule (the separable verb's particle or participle closes the clause after it)
_STATED_WITH = re.compile(
    r"\s*(?:[^\W\d]+\.?\s+){0,2}?(?:an|angegeben|beziffert|veranschlagt|bewertet|geschätzt)\s*(?:[.;:!?]|$)",
    re.I,
)


# "beteiligt sich an der Runde mit höchstens 180 Millionen", "steigt mit 5 Prozent ein": the sum one takes
# part with
_TAKES_PART = re.compile(r"\bbeteilig\w*|\bsteigt\b|\bstieg\b|\bengagier\w*|\bparticipat\w*", re.I)


def _sum_clause(passage: Passage) -> str:
    """The sentence, or the relative clause its only sum stands in, whose own verb says who pays ("Das Geld
    fließt an Acme, eine Tochter von Globex, die insgesamt 164 Millionen Euro investieren will")."""
    sums = passage.figures(MONEY_UNITS)
    if len(sums) != 1:
        return passage.text
    opened = list(_RELATIVE_OPENS.finditer(passage.text, 0, sums[0].start))
    return passage.text[opened[-1].start() + 1 :] if opened else passage.text


# a relative clause's start: ", die …", ", which …" (its subject is the noun before, said outside it)
_RELATIVE_OPENS = re.compile(r",\s+(?:die|der|das|dem|den|which|who|that)\s")


def _bound_set(text: str, number: Number) -> bool:
    """Is the figure a bound a rule or an offer sets ("Rechenzentren mit mehr als 30 MW", "unter der
    Bedingung, dass Acme mindestens 75 Prozent erhält", "eine Mindestannahmeschwelle von 75 Prozent")?"""
    return bool(
        (
            _THRESHOLD.search(text, max(0, number.start - 60), number.start)
            and not _STATED_WITH.match(text, number.end)
            and not _TAKES_PART.search(_clause_before(text, number.start))
        )
        or _CONDITION.search(text, max(0, number.start - CONDITION_REACH), number.start)
        or _THRESHOLD_NOUN.search(text, max(0, number.start - CONDITION_REACH), number.start)
    )


# A time noun in both languages, its German word first: "third quarter" asks of the "dritten Quartal",
# "über wie viele Monate" (`period` "monat") is answered by "30 Monate" or "30 months"
_TIME_FORMS = (
    ("quartal", "quarter"),
    ("halbjahr", "haelfte", "half"),
    ("jahr", "year"),
    ("monat", "month"),
    ("woche", "week"),
    ("tag", "day"),
)
_VENTURE_KIND = re.compile(r"Gemeinschaftsunternehmen|Joint[ -]Venture|\bJV\b", re.I)
# what a duration says of the noun after it: "ein Jahrzehnt andauernde Zusammenarbeit"
_LASTING = r"(?:andauernde|währende|dauernde|lange|lasting|long)\w*(?:\s+\w+e[nrs]?)?"
# a percentage by which something changes: "um 9 Prozent senken", "by 12 percent"
_BY_PERCENT = re.compile(
    r"\b(?:um|by)\s+(?:rund\s+|etwa\s+|knapp\s+|gut\s+|about\s+|around\s+)?\d[\d.,]*\s*(?:Prozent|%|percent)",
    re.I,
)
# a partner's part of a cost: "steuert 420 Millionen bei", "trägt 38 Prozent der Kosten", "contributes"
_CONTRIBUTED = re.compile(
    r"\bsteuer\w*\b[^.;]*\bbei\b|\bbeisteuer|\bbeigesteuert|\bträgt\b|\btragen\b|\bcontribut|\bchips? in\b",
    re.I,
)
# a price paid for what the sentence before names: "zahlt dafür", "pays for it"
_PAID_FOR_IT = re.compile(
    r"\b(?:zahl|bezahl|pay|paid|spend|spent)\w*\b[^.;]*\b(?:dafür|hierfür|for it|for this|for that)\b"
    r"|\b(?:dafür|hierfür)\s+(?:\w+\s+){0,2}(?:zahl|bezahl)\w*"
    # ... or by the block of shares it is: "Für das Paket von 42 Millionen Aktien zahlt der Fonds …"
    r"|\b(?:für|for)\s+(?:das|die|den|diese[nsr]?|the|this)\s+(?:\w+\s+)?(?:\w*paket|anteile?|aktien|"
    r"beteiligung|stake|shares|package)\b[^.;]*\b(?:zahl|bezahl|pay|paid)\w*",
    re.I,
)
# a percentage said with nothing after it but a verb's particle ("übernimmt 27 Prozent.", "27 Prozent bei")
_BARE_SHARE = re.compile(r"(?<!\bum )\b\d[\d.,]*\s*(?:Prozent|%)(?:\s+bei)?\s*(?:[.;]|$)")
_FURTHER = re.compile(r"\b(?:weitere|übrigen|restlichen|further|remaining)\s+\d", re.I)
# A region a question puts before a noun ("US-Investoren"), as a sentence says it
_REGION_SAID = {
    "us": re.compile(r"\bUSA?\b|amerikan|American|Vereinigten Staaten|United States|U\.S\.", re.I),
    "usa": re.compile(r"\bUSA?\b|amerikan|American|Vereinigten Staaten|United States|U\.S\.", re.I),
    "eu": re.compile(r"\bEU\b|europ", re.I),
    "uk": re.compile(r"\bUK\b|brit|Großbritannien|Vereinigte[sn]? Königreich|United Kingdom", re.I),
}
_LAST_YEAR = re.compile(
    r"\b(?:vergangenen|letzten|abgelaufenen)\s+(?:Geschäfts)?[Jj]ahr|\b[Ii]m\s+(?:gesamten\s+|ganzen\s+)?Vorjahr|\b(?:last|previous|prior)\s+year",
)
_MAINLY = re.compile(
    r"\b(?:vor allem|unter anderem|insbesondere|hauptsächlich|überwiegend|vorwiegend|darunter|u\. a\.|"
    r"mainly|mostly|chiefly|primarily|among other things|including)\b",
    re.I,
)


def _in_period(duration: str, period: str) -> bool:
    """Is "30 Monate" (or "30 months") said in the unit asked ("monat")?"""
    said = duration.casefold()
    return any(w in said for forms in _TIME_FORMS if forms[0] == period for w in forms)


# Between two payers named as one subject: "New South Wales und das Technologieunternehmen Acme".
_JOINT = re.compile(r"\s+und\s+(?:\S+\s+){0,3}")
_SAME_SUBJECT_JOINS = frozenset({"und", "and", "sowie"})  # "… kam und … gebaut hat": one subject, two verbs
# A sum spoken of as one, which the sentence before names: "Die Summe ist …", "Der Betrag …"
_SUM_SPOKEN_OF = re.compile(r"(?:Die|Diese) Summe\b|(?:Der|Dieser) Betrag\b|(?:The|This) (?:sum|amount)\b")
_CLAUSE_END = re.compile(r"[;:]|,(?!\d)|\s(?:und|sowie|während|whereas|while|and)\s")  # not "3,6"


# A clause saying a payment, a price or a cost
_PAYS = re.compile(r"\b(?:zahlt|zahlen|bezahlt|pays|paid)\b", re.IGNORECASE)  # a payment made, by its verb
_PAYMENT_SAID = re.compile(
    r"zahl|pay|paid|kost|cost|preis|price|kauf|buy|bought|erwirb|erwarb|gebühr|\bfees?\b",  # ("einzahlt")
    re.IGNORECASE,
)


def _clause_at(text: str, at: int) -> str:
    """The clause of the sentence around position `at` (see `_same_clause`)."""
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, at)), default=0)
    end = next((m.start() for m in _CLAUSE_END.finditer(text, at)), len(text))
    return text[start:end]


def _told_on(text: str, date: str, told: list[int]) -> bool:
    """Is `date` the day a telling verb at `told` names ("gab die Frist am 9. April bekannt"; "am Montag,
    12. Januar, in Accra mitteilten": the weekday's commas set the date apart, no clause)?"""
    at = text.find(date)
    on = _ON_THE_DAY.search(text, 0, at)
    if on is None:
        return False
    end = at + len(date)
    set_apart = "," in on.group(0) and text.startswith(",", end)
    return any(
        _same_clause(text, at, t) or (set_apart and t > end and _same_clause(text, end + 1, t)) for t in told
    )


VALUE_OF_REACH = 30  # characters from "Bewertung" to the figure it names ("Bewertung von rund 7,5 Mrd.")


def _valued(text: str, figures: list[Number]) -> list[Number]:
    """The figures a sentence gives as a company's worth: the one a valuation names right after it ("1,4 Mrd.
    bei einer Bewertung von 7,5 Mrd.": 7,5, not the sum raised), else those of its clause ("wird mit rund
    22 Mrd. bewertet")."""
    out: list[Number] = []
    for match in VALUED.finditer(text):
        named = next((n for n in figures if n.start >= match.end()), None)
        if (
            named is not None
            and named.start - match.end() <= VALUE_OF_REACH
            and _same_clause(text, match.end(), named.start)
        ):
            out.append(named)
            continue
        out.extend(n for n in figures if _same_clause(text, n.start, match.start()))
    return out


def _same_clause(text: str, a: int, b: int) -> bool:
    """Are positions a and b in one clause of the sentence (no comma, "und", "while" between)?"""
    low, high = min(a, b), max(a, b)
    return _CLAUSE_END.search(text, low, high) is None


def _changed(passage: Passage, figures: list[Number]) -> list[Number]:
    """The value a figure replaced and the figure, in that order ("von 30 auf 72 Megawatt": the first
    in the second's unit), or []."""
    for new in figures:
        for old in passage.numbers:
            if old.end > new.start or old.unit not in (None, new.unit):
                continue
            replaced = _FROM_VALUE.search(passage.text, max(0, old.start - 20), old.start) is not None
            if replaced and _CHANGE_JOIN.fullmatch(passage.text[old.end : new.start]):
                return [replace(old, unit=new.unit), new]
    # "Ilima startet mit 512 Grafikprozessoren; bis Ende 2028 soll die Zahl auf 2.048 steigen": the value
    # it grows "auf" from, the one before it in the sentence
    for new in figures:
        if not _TO_VALUE.search(passage.text, max(0, new.start - 20), new.start):
            continue
        before = [n for n in passage.numbers if n.end <= new.start and n.unit in (None, new.unit)]
        if before:
            return [replace(before[-1], unit=new.unit), new]
    for old in figures:  # ... and the value "auf" it grows, which says no unit of its own
        after = [
            n
            for n in passage.numbers
            if n.start > old.end
            and n.unit in (None, old.unit)
            and _TO_VALUE.search(passage.text, max(0, n.start - 20), n.start)
        ]
        if after:
            return [old, replace(after[0], unit=old.unit)]
    return []


# A figure said to be the one first planned, which a later one in the sentence replaces
_ORIGINALLY = re.compile(r"\b(?:ursprünglich|eigentlich|originally)\b", re.I)
_INSTEAD_OF = re.compile(r"\b(?:statt|anstatt|anstelle|instead of|rather than)\s+(?:\S+\s+){0,2}$", re.I)


def _compared_to(passage: Passage, figure: Number) -> int:
    """Where a figure stands, or, for a value before in brackets ("412 Mio. SEK (Vj.: 198 Mio.)"), where the
    value now it is compared with stands: the thing both are of is named beside that one."""
    bracket = _PRIOR_BRACKET.search(passage.text, 0, figure.start)
    if bracket is None:
        return figure.start
    return max((n.start for n in passage.numbers if n.end <= bracket.start()), default=figure.start)


def _clause_before(text: str, at: int) -> str:
    """The clause of the sentence up to position `at`."""
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, at)), default=0)
    return text[start:at]


def _first_planned(clause: str) -> bool:
    """Does a clause give the figure at its end as the one first planned ("Ursprünglich wollte Acme 600"),
    not the one that replaced it ("Statt ursprünglich 10.000 GPUs verlangt die Ausschreibung nun 16.000")?"""
    said = list(_ORIGINALLY.finditer(clause))
    return bool(said) and _NOW_SAID.search(clause, said[-1].end()) is None


_NOW_SAID = re.compile(r"\b(?:nun|jetzt|inzwischen|mittlerweile|now)\b", re.I)


def _date_years(passages: Iterable[Passage]) -> set[float]:
    """The years of the dates the sentences give ("5. November 2026")."""
    return {float(y) for p in passages for d in p.dates for y in _YEAR.findall(d)}


def _of_last_year(passage: Passage) -> bool:
    """Does the sentence open on the year before ("Im vergangenen Jahr hatte Acme … zu 3,40 … eingekauft"),
    or on a time before the news in the pluperfect ("Noch Ende 2024 hatte Acme Schulden von 268 Millionen
    ausgewiesen", "Im Oktober 2024 hatte Acme bereits eine erste Anleihe … begeben")?"""
    said = (
        _LAST_YEAR.search(passage.text)
        or _PLUPERFECT.search(passage.text)
        or _PLUPERFECT_PASSIVE.search(passage.text)
    )
    return said is not None and (not passage.numbers or said.start() < passage.numbers[0].start)


# "hatte Acme …": the pluperfect of a sentence whose clause opens on a time ("Noch Ende 2024 hatte",
# "2023 hatte die Kommission"), a state before the one the news reports
_PLUPERFECT = re.compile(
    r"(?:^|:\s+)(?:Noch\s+|Bereits\s+|Schon\s+)?(?:[A-ZÄÖÜ]\w*\s+){0,3}(?:\d{4}|\w+ \d{4})\s+hatten?\b"
    # ... "Acme hatte bereits 2023 bei Globex 150 Roboter gekauft"
    r"|\bhatten?\s+(?:bereits|schon|zuvor)\s+(?:im\s+(?:Jahr\s+)?)?(?:19|20)\d\d\b"
)


# ... or in the passive ("Der bisherige Rechner war 2021 angeschafft worden"), dated by a year
_PLUPERFECT_PASSIVE = re.compile(r"\b(?:war|waren)\s+(?:\w+\s+){0,3}(?:19|20)\d\d\s+(?:\w+\s+){0,3}worden\b")


_BEGINS = re.compile(
    r"\b(?:beginn\w*|begonnen|start\w*|aufnehm\w*|aufgenommen|anlaufen|ab\s+(?:dem|der|\d)|from|begin\w*|launch\w*)\b",
    re.IGNORECASE,
)
_BY_A_DATE = re.compile(r"\b(?:bis|by|until|spätestens|no later than)\b", re.IGNORECASE)
BY_REACH = 12  # characters before a date its "bis" may stand ("bis zum 30. Juni", "bis Ende 2026")
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


# an event before the one reported: "bei der vorangegangenen Runde", "im vergangenen Jahr", "the prior round"
_EARLIER_EVENT = re.compile(
    r"\b(?:vorangegangen\w*|vorausgegangen\w*|vorhergehend\w*|vorig\w*|vorherig\w*|previous|prior|damals"
    r"|bisher|bislang|früher)\b|" + _LAST_YEAR.pattern  # (not "die bisherigen Aktionäre": those now)
)


def _of_an_earlier_event(passage: Passage) -> bool:
    """Does the sentence open on an earlier event, before its first figure ("Bei der vorangegangenen Runde im
    vergangenen Jahr hatte Acme 1,4 Mrd. … erhalten"; not "hob das Kursziel von 40 auf 52")?"""
    earlier = _EARLIER_EVENT.search(passage.text)
    return earlier is not None and (not passage.numbers or earlier.start() < passage.numbers[0].start)


_ALL_OF_IT = re.compile(r"\b(?:vollständig|vollstaendig|komplett|fully|completely|in full)\b", re.I)


def _with_units(passage: Passage) -> list[Number]:
    """The sentence's figures with a unit, no year ("14:32 Uhr – … 1,9 Milliarden Euro": the sum)."""
    return [n for n in passage.numbers if n.unit not in (None, "year")]


def first_stage_only(text: str, said: Sequence[str]) -> bool:
    """Does a sentence speak of a first stage alone ("Die erste Phase … 2026"; not "Die Mittel sollen bis
    Ende 2027 vollständig investiert sein; der erste Standort …")?"""
    return 1 in stages(said) and not _FINAL_STAGE.search(text) and not _ALL_OF_IT.search(text)


def _said_of_before(passage: Passage) -> bool:
    """Does the sentence speak of an earlier time before its first figure ("Im Vorjahresquartal hatte …
    1,12 Billionen"; not "stieg auf 1,42 Billionen, nach 1,05 Billionen im Vorjahresquartal")?"""
    earlier = _EARLIER_SAID.search(passage.text)
    return earlier is not None and (not passage.numbers or earlier.start() < passage.numbers[0].start)


# A report or rumour a sentence denies, and the figures after it are the report's: "dementierte einen
# Bericht, wonach …", "wies Berichte zurück, nach denen …", "denied a report that …"
_DENIED_REPORT = re.compile(
    r"\b(?:dementi\w*|zurückgewiesen|bestritt\w*|bestreitet|denied|denies|rejected)\b[^.;]*?"
    r"\b(?:\w*berichte?s?|\w*meldung(?:en)?|gerüchte?n?|spekulationen|reports?|rumou?rs?|speculation)\b"
    r"|\bw[ie]e?s\b[^.;]*?\b(?:\w*berichte?n?|\w*meldung(?:en)?|gerüchte?)\b[^.;]*?\bzurück\b",
    re.I,
)
# ... or a report's claim ("ein Bericht, wonach …") the sentence denies after the figure ("wies … zurück")
_REPORT_CLAIMS = re.compile(
    r"\b(?:\w*berichte?s?|\w*meldung(?:en)?|gerüchte?n?|reports?|rumou?rs?)\b[^.;]{0,80}?"
    r"\b(?:wonach|demzufolge|dem zufolge|denen zufolge|according to which)\b",
    re.I,
)
_DENIED_AFTER = re.compile(
    r"\bwies\b[^.;]*\bzurück\b|\bzurückgewiesen|\bdementierte?\b|\bbestr(?:itt|eitet)\b|\bwidersprach\b"
    r"|\bdenied\b|\bdenies\b|\bfrei erfunden\b",
    re.I,
)
# ... and the words after which the sentence says what is instead ("Tatsächlich …", "sondern")
_IN_FACT = re.compile(r"\b(?:tatsächlich|vielmehr|sondern|richtig ist|in fact|actually|instead)\b", re.I)
# "und nicht, wie berichtet, mit 2 Milliarden": a reported figure the sentence denies
_AS_REPORTED = re.compile(
    r"\b(?:nicht|not),?\s+(?:wie|as)\s+(?:zuvor\s+|zunächst\s+|previously\s+)?(?:berichtet|gemeldet|"
    r"spekuliert|kolportiert|reported|rumou?red)\w*,?\s+(?:\S+\s+){0,2}$",
    re.I,
)


# A figure of a time before, in the pluperfect: "hatte … damals 900 Millionen in Aussicht gestellt"
_BACK_THEN = re.compile(
    r"\b(?:hatten?|waren?)\b[^.;]*\b(?:damals|seinerzeit)\b|\b(?:back then|at the time)\b", re.I
)
_AFTER_THE = re.compile(r"\b(?:nach|after)\s+(?:der|dem|den|the)\s+(\w+)(?:\s+(\w+))?", re.I)
MIN_EVENT_TAIL = (
    4  # letters of the end of an event's noun the sentence's may be ("Runde" of "Finanzierungsrunde")
)


def _after_the(text: str, event: str) -> bool:
    """Does the sentence speak of the time after the event a question asks the time before ("vor der
    Finanzierungsrunde": "nach der Runde")?"""
    nouns = [w for w in event.split() if len(w) >= MIN_EVENT_TAIL]
    for m in _AFTER_THE.finditer(text):  # (the noun, or the one after its adjective: "nach der neuen Runde")
        for said in (normalize(w) for w in m.groups() if w):
            if len(said) >= MIN_EVENT_TAIL and any(n.endswith(said) or said.endswith(n) for n in nouns):
                return True
    return False


def _rumoured(text: str, figure: Number) -> bool:
    """Is the figure one a denied report gave ("dementierte einen Bericht, wonach Acme 500 Millionen …
    zahlen werde", "und nicht, wie berichtet, mit 2 Milliarden")?"""
    if _AS_REPORTED.search(text, max(0, figure.start - INSTEAD_REACH), figure.start):
        return True
    denial = _DENIED_REPORT.search(text, 0, figure.start)
    if denial is not None and not _IN_FACT.search(text, denial.end(), figure.start):
        return True
    # "Einen Bericht, wonach Acme einen Vertrag über 3 Milliarden unterschrieben habe, wies Roe zurück"
    claimed = _REPORT_CLAIMS.search(text, 0, figure.start)
    return claimed is not None and _DENIED_AFTER.search(text, figure.end) is not None


def _denied(text: str, at: int) -> bool:
    """Is the figure at `at` one the sentence denies ("und nicht auf 15 Jahre", "statt 120 Megawatt")?"""
    return at >= 0 and _DENIED_BEFORE.search(text, max(0, at - DENIED_REACH), at) is not None


def _says_total(word: str) -> bool:
    """ "insgesamt", "zusammen", or a compound of a whole ("Gesamtwert", "Gesamtkosten")."""
    return word in _TOTAL_WORDS or (word.startswith("gesamt") and len(word) > len("gesamt"))


_NOW_BEFORE = re.compile(
    r"\b(?:derzeit|aktuell|zurzeit|heute|momentan|bereits|currently|today|already)\s+(?:\w+\s+)?$", re.I
)
NOW_REACH = 25  # characters before a figure in which "derzeit" says it is the value now


def _now_before_a_year(
    passage: Passage, figure: Number, years: tuple[float, ...], later: bool = False
) -> bool:
    """Is the figure said to be the one now ("derzeit 85 Mitarbeiter"), with a year asked only after it, the
    time of a change to come ("… bis Ende 2026 verdoppeln"); or, the years asked `later` than the article's
    own, in a sentence naming none of them ("bis 2028": "sind bereits 30 Prozent … ausgelegt")?"""
    if not _NOW_BEFORE.search(passage.text, max(0, figure.start - NOW_REACH), figure.start):
        return False
    asked = [n for n in passage.numbers if n.unit == "year" and n.value in years]
    return (later and not asked) or (
        any(n.start > figure.end for n in asked) and not any(n.end <= figure.start for n in asked)
    )


# A figure compared with an earlier one: "stieg auf 1,46 Mrd., nach 1,06 Mrd. im Vorjahr", "auf 31 Mrd.,
# nach 17 Mrd. Ende 2024", "402 Mio. …, after 290 Mio. a year earlier": the word before the earlier figure …
_COMPARED_BEFORE = re.compile(
    r"\b(?:nach|gegenüber|after|versus|vs\.?|from)\s+(?:rund\s+|etwa\s+|about\s+)?$", re.I
)
# … and the time said after it (a year, or the one before the sentence's)
_EARLIER_TIME = re.compile(
    r"(?:\s+[\w.-]+){0,3}?\s+(?:(?P<relative>im\s+Vorjahr\w*|ein\s+Jahr\s+(?:zuvor|davor|früher)"
    r"|a\s+year\s+(?:earlier|before|ago)|the\s+(?:previous|prior)\s+year|in\s+the\s+prior[- ]year\s+\w+)"
    r"|(?:Ende|end\s+of|im\s+Jahr|in|im\s+Geschäftsjahr)\s+(?P<year>(?:19|20)\d\d))\b",
    re.I,
)
COMPARED_REACH = 12  # characters before an earlier figure in which "nach" stands
# characters from an analyst's title to the firm named as hers ("… von der Zürcher Privatbank X")
JUDGE_REACH = 80
_ANALYST_ASKED = "analyst"  # a question word of an analyst's ("Analystenschätzung", "analysts' estimate")
ANALYST_BEFORE = 2  # sentences before one going on with an analyst's view ("…“, sagte sie. X habe erst …")
_YEAR_BEFORE = re.compile(
    r"\b(?:ein|one|a)\s+Jahr\s+(?:zuvor|davor|früher)|\ba\s+year\s+(?:earlier|before)", re.I
)
_PART_OF_YEAR = re.compile(r"quartal|quarter|halbjahr|half[- ]year|monat|month|\bQ[1-4]\b|\bH[12]\b", re.I)


def _figure_years(passage: Passage, before: Passage | None, lead: set[float]) -> dict[int, float]:
    """The year of each figure of a sentence comparing this year's with an earlier one ("Der Umsatz stieg
    2025 auf 1,46 Mrd., nach 1,06 Mrd. im Vorjahr": 2025, 2024), or of a sentence opening on the year before
    ("Im Vorjahr hatte der Umsatz noch bei 5,2 Mrd. gelegen", after a sentence of 2025); by figure start,
    empty where the sentence makes no such comparison or its own year is not known."""
    text = passage.text
    if _PART_OF_YEAR.search(text):
        return {}  # "im dritten Quartal 2025 … nach 1,4 Mrd. im Vorjahresquartal": no year's figures
    figures = [n for n in passage.numbers if n.unit != "year"]
    stated = [n for n in passage.numbers if n.unit == "year"]
    earlier: dict[int, float | None] = {}  # figure start → its year (None: the year before the current)
    used: set[int] = set()
    for n in figures:
        if not _COMPARED_BEFORE.search(text[max(0, n.start - COMPARED_REACH) : n.start]):
            continue
        time = _EARLIER_TIME.match(text, n.end)
        if time is None:
            continue
        if time.group("year"):
            earlier[n.start] = float(time.group("year"))
            used.update(y.start for y in stated if time.start("year") <= y.start < time.end("year"))
        else:
            earlier[n.start] = None
    own = {y.value for y in stated if y.start not in used}
    previous = {n.value for n in before.numbers if n.unit == "year"} if before is not None else set()
    opening = _LAST_YEAR.search(text) or _YEAR_BEFORE.search(text)
    if not earlier and opening is not None and not stated and figures and opening.start() < figures[0].start:
        # "Im Vorjahr hatte der Umsatz noch bei 5,2 Mrd. gelegen; das Wachstum betrug damit 62 Prozent": the
        # figures of its clause are of the year before the one of the sentence before, the others of that one
        if len(previous) != 1:
            return {}
        then = next(iter(previous))
        return {n.start: then - 1 if _same_clause(text, opening.start(), n.start) else then for n in figures}
    if not earlier:
        return {}
    current: float
    if len(own) == 1:
        current = next(iter(own))
    elif not own and (explicit := {y for y in earlier.values() if y is not None}) and len(explicit) == 1:
        current = next(iter(explicit)) + 1  # "zum Jahresende auf 31 Mrd., nach 17 Mrd. Ende 2024"
    elif not own and len(lead) == 1:
        current = next(iter(lead))  # the year the article's lead reports on ("wächst 2025 um 38 Prozent")
    elif not own and len(previous) == 1:
        current = next(iter(previous))
    else:
        return {}
    return {n.start: _earlier_year(earlier, n.start, current) for n in figures}


def _earlier_year(earlier: dict[int, float | None], start: int, current: float) -> float:
    """A figure's year: the one said after it, the year before `current` ("im Vorjahr"), or `current`."""
    if start not in earlier:
        return current
    said = earlier[start]
    return current - 1 if said is None else said


def _of_the_years(passage: Passage, figures: list[Number], years: tuple[float, ...]) -> list[Number]:
    """ "wie viele Chips 2027": of "40.000 Einheiten im Jahr 2026, 65.000 Einheiten im Jahr 2027", the figure
    the asked year stands nearest to; all of them where the sentence dates them by fewer than two years."""
    dated = sorted((n for n in passage.numbers if n.unit == "year"), key=lambda y: y.start)
    if len({n.value for n in dated}) < 2:
        return figures
    # the years follow their figures ("40.000 im Jahr 2026, 65.000 im Jahr 2027") or lead them ("2026:
    # 40.000, 2027: 65.000"), as the first of each shows
    after = min(n.start for n in figures) < dated[0].start
    kept = []
    for n in figures:
        if after:
            year = next((y for y in dated if y.start >= n.end), None)
        else:
            year = next((y for y in reversed(dated) if y.end <= n.start), None)
        if year is not None and year.value in years:
            kept.append(n)
    return kept or figures


def _replaced(passage: Passage, number: Number) -> bool:
    """Is the figure one the sentence gives as replaced ("statt zunächst genannter 860 Milliarden", "nicht
    200, sondern 240 Megawatt")?"""
    if _INSTEAD.search(passage.text, max(0, number.start - INSTEAD_REACH), number.start) is not None:
        return True
    if _DISOWNED_AFTER.match(passage.text, number.end):  # "Die kursierende Zahl von 7 Mrd. sei nicht korrekt"
        return True
    return (
        _NOT_BEFORE.search(passage.text, max(0, number.start - DENIED_REACH), number.start) is not None
        and _BUT_AFTER.match(passage.text, number.end) is not None
    )


# a figure the sentence calls wrong, right after it ("sei „nicht korrekt“", "is incorrect")
_DISOWNED_AFTER = re.compile(
    r"[^.;:]{0,30}?\b(?:sei|seien|ist|sind|war|waren|is|was|are|were)\s+[„\"»']?"
    r"(?:nicht korrekt|nicht richtig|nicht zutreffend|falsch|unzutreffend|incorrect|wrong|not correct"
    r"|untrue|frei erfunden|erfunden)",
    re.IGNORECASE,
)


def _replacing_unit(passage: Passage, number: Number) -> str | None:
    """The unit of a replaced figure that leaves it to the one replacing it ("nicht 200, sondern 240
    Megawatt": 200 Megawatt); its own where it has one."""
    if number.unit is not None:
        return number.unit
    later = [n for n in passage.numbers if n.start > number.end and n.unit not in (None, "year")]
    return later[0].unit if later else None


def _current(passage: Passage, figures: list[Number]) -> list[Number]:
    """The figures a sentence gives as the value now, without the ones they replaced ("von 2.900 auf rund
    3.400": 3.400; "auf 14,2 Prozent nach 11,8 Prozent": 14,2)."""

    def after(number: Number, pattern: re.Pattern[str]) -> bool:
        return pattern.search(passage.text, max(0, number.start - 20), number.start) is not None

    instead = [n for n in figures if _replaced(passage, n)]  # "Statt 2,4 Mrd. … nun mit rund 3,1 Mrd."
    # "Ursprünglich wollte Acme 600 Racks betreiben, nach dem neuen Plan sollen es 840 werden"
    instead += [n for n in figures if _first_planned(_clause_before(passage.text, n.start))]
    # ... a range's upper bound with it ("Statt 380 bis 420 Millionen …")
    instead += [
        n
        for n in figures
        for i in instead
        if i.end <= n.start and RANGE_JOIN.fullmatch(passage.text[i.end : n.start])
    ]
    if instead:
        # "Statt 2,4 … nun 3,1", "620 statt 860": the other figure of the same unit is the value now
        now = [n for n in figures if n not in instead and any(n.unit == i.unit for i in instead)]
        figures = [n for n in figures if n not in instead] if now else figures
    # ("auf 3.400"; "nun 24.000 Dollar pro Stück, nach 27.500 Dollar im ursprünglichen Vertrag")
    new = [n for n in figures if after(n, _TO_VALUE) or after(n, _NOW_VALUE)]
    if not new:
        return figures
    kept = [
        n
        for n in figures
        if not (after(n, _FROM_VALUE) and any(t.start > n.start and t.unit == n.unit for t in new))
        and not (after(n, _AFTER_VALUE) and any(t.start < n.start and t.unit == n.unit for t in new))
    ]
    return kept or figures


# ---------------------------------------------------------------------- render
def qualifier_before(text: str, start: int) -> Qualifier:
    """ "bis zu", "mindestens", "rund" … right before a number at `start`."""
    before = text[max(0, start - 20) : start]
    if _AMOUNTING.search(text[max(0, start - 40) : start]) or _HAS_OVER.search(
        text[max(0, start - 40) : start]
    ):
        # "einen Kredit über 85 Millionen": a loan of that sum, not more; "verfügt über 160 Racks": has them
        return Qualifier.EXACT
    if _OVER_BEFORE.search(before) and _SPAN_AFTER.match(text, start):
        return Qualifier.EXACT  # "Über drei Jahre dürfen … geliefert werden": over that span
    return next((q for pattern, q in _QUALIFIER_BEFORE if pattern.search(before)), Qualifier.EXACT)


def _framed_by(text: str, start: int, prepositions: tuple[str, ...]) -> bool:
    """Is the number at `start` put after one of `prepositions`, a qualifier between ("auf bis zu 85")?"""
    if not prepositions:
        return False
    before = text[max(0, start - FRAME_REACH) : start]
    for pattern, _ in _QUALIFIER_BEFORE:
        before = pattern.sub("", before)
    return bool(before.split()) and normalize(before.split()[-1]) in prepositions


FRAME_REACH = 30  # characters before a number its preposition and qualifier take ("auf bis zu ")
# "über drei Jahre" (a span, accusative) is no "über drei Jahren" (more than, dative)
_OVER_BEFORE = re.compile(r"\b[Üü]ber\s+$")
_SPAN_AFTER = re.compile(r"\S+\s+(?:Jahre|Monate|Wochen|Tage|Quartale)\b")
# "verfügt (derzeit) über": the verb's own "über" ("has"), no "more than"
_HAS_OVER = re.compile(r"\bverf(?:ü|ue)g\w*\s+(?:\w+\s+){0,2}über\s*$", re.IGNORECASE)
# "über" right after a noun ("eine Anleihe über 250 Milliarden", "einen Auftrag über …"): in the amount of
_AMOUNTING = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-ZÄÖÜ][a-zäöüß-]{2,}\s+über\s*$")


def _ranges(passage: Passage, low: Number, high: Number) -> bool:
    return (
        low.unit == high.unit
        and low.end <= high.start
        and RANGE_JOIN.fullmatch(passage.text[low.end : high.start]) is not None
    )


def _with_range(passage: Passage, figures: list[Number]) -> list[Number]:
    """A figure that bounds a range, with its other bound ("zwischen 3,1 und 3,5 Milliarden Euro")."""
    if len(figures) != 1:
        return figures
    (figure,) = figures
    for other in passage.numbers:
        if _ranges(passage, figure, other):
            return [figure, other]
        if _ranges(passage, other, figure):
            return [other, figure]
    return figures


def inexact(reading: Reading) -> bool:
    """Is the reading's figure a range ("zwischen 2 und 2,5 Milliarden") or an approximation or a bound
    ("rund", "knapp", "bis zu")?"""
    figures = reading.figures
    if len(figures) == 2 and _ranges(reading.passage, figures[0], figures[1]):
        return True
    return (
        len(figures) == 1 and qualifier_before(reading.passage.text, figures[0].start) is not Qualifier.EXACT
    )


def range_text(passage: Passage, low: Number, high: Number, language: str) -> str | None:
    """ "24,50 bis 28,00 Euro" / "€24.5–28": two figures bounding a range as one, or None."""
    if not _ranges(passage, low, high):
        return None
    if language == "en" and high.unit in MONEY_UNITS:
        return f"{money(low.value, low.unit or '', 'en')}–{money(high.value, high.unit or '', 'en')}"
    if language == "en" and high.unit in _ENGLISH_UNITS:  # "zwischen 40 und 60 MW": "40–60 MW"
        return f"{number(low.value, 'en')}–{number(high.value, 'en')} {_ENGLISH_UNITS[high.unit]}"
    tail = _UNIT_TAIL.match(passage.text[high.end :])
    # "zwischen 2 und 2,5 Milliarden Euro": the word opening the range, which "2 und 2,5" alone lacks
    opened = _RANGE_OPENED.search(passage.text, max(0, low.start - RANGE_OPENED_REACH), low.start)
    start = opened.start() if opened is not None else low.start
    return (passage.text[start : high.end] + (tail.group(0) if tail else "")).strip(" ,.;:")


_ANY_COMPANY = frozenset("unternehmen konzern gesellschaft firma gruppe".split())
_OPENING_KIND = re.compile(r"(?:Der|Die|Das)\s+([A-ZÄÖÜ][\wäöüß-]+)\s")  # "Der Grundbesitzer bringt …"
_SUPPORTED_WITH = re.compile(
    r"\b(?:unterstützt|unterstützen|fördert|fördern|bezuschusst|supports?|subsidi[sz]es?)\b[^.;]*\bmit\b|\bsubsid",
    re.I,
)
_RANGE_OPENED = re.compile(r"\b(?:zwischen|between)\s+$", re.I)
RANGE_OPENED_REACH = 9  # characters of "zwischen " before a range's first figure


def change_text(passage: Passage, old: Number, new: Number, language: str) -> str | None:
    """ "von 30 auf 72 Megawatt" / "from 30 to 72 Megawatt": a value and the one replacing it, or None."""
    opened = _FROM_VALUE.search(passage.text, max(0, old.start - 20), old.start)
    if old.end > new.start or not _TO_VALUE.search(passage.text, max(0, new.start - 20), new.start):
        return None
    if opened is None or not _CHANGE_JOIN.fullmatch(passage.text[old.end : new.start]):
        # "startet mit 512 Grafikprozessoren; bis Ende 2028 soll die Zahl auf 2.048 steigen"
        later = "später" if language == "de" else "later"
        return f"{figure_text(passage, old, language)}, {later} {number(new.value, language)}"
    if language == "en":
        return f"from {figure_text(passage, old, language)} to {figure_text(passage, new, language)}"
    tail = _UNIT_TAIL.match(passage.text[new.end :])
    return (passage.text[opened.start() : new.end] + (tail.group(0) if tail else "")).strip(" ,.;:")


# Measures shown to an English reader by their symbols, not as the German sentence writes them
_ENGLISH_UNITS = {
    **{u: u for u in ("GW", "MW", "TWh", "GWh", "MWh", "km", "nm", "Tbps", "Gbps")},
    **{"EFLOPS": "exaflops", "PFLOPS": "petaflops", "TFLOPS": "teraflops"},
    **{"ha": "hectares", "m3": "m³", "m2": "m²", "tonnes": "tonnes", "litres": "litres", "degC": "°C"},
}


def figure_text(passage: Passage, figure: Number, language: str) -> str:
    qualifier = qualifier_before(passage.text, figure.start)
    words = QUALIFIERS["de" if language == "de" else "en"].get(qualifier)
    said = _AT_MOST.search(passage.text, max(0, figure.start - 20), figure.start)
    if said is not None:  # "höchstens 0,8 Prozent" is at most, which is more than "bis zu" says
        words = said.group(1) if language == "de" else "at most"
    fraction = figure.unit == "percent" and FRACTION.fullmatch(figure.raw) is not None
    if fraction:  # "zwei Drittel" as said; in English with its percentage ("67% (zwei Drittel)")
        tail = _UNIT_TAIL.match(passage.text[figure.end :])
        as_said = (figure.raw + (tail.group(0) if tail else "")).strip(" ,.;:")
        shown = as_said if language == "de" else f"{number(round(figure.value), 'en')}% ({figure.raw})"
    elif language == "en" and figure.unit in MONEY_UNITS:
        shown = money(figure.value, figure.unit, "en")
    elif language == "en" and figure.unit == "percent":
        shown = f"{number(figure.value, 'en')}%"
    elif language == "en" and figure.unit in _ENGLISH_UNITS:  # "240 Megawattstunden": "240 MWh"
        shown = f"{large(figure.value)} {_ENGLISH_UNITS[figure.unit]}"
    elif language == "en" and figure.unit is None and _is_multiple(passage, figure):
        shown = f"{number(figure.value, 'en')} times"  # "2,7-fach überzeichnet": "2.7 times"
    elif figure.unit in MONEY_UNITS and not _said_after(passage.text, figure.end):
        shown = money(figure.value, figure.unit, language)  # "(Vj.: 131,2 Mio.)": in the unit before it
    else:
        tail = _UNIT_TAIL.match(passage.text[figure.end :])
        raw = passage.text[figure.start : figure.end]
        if language == "en" and re.fullmatch(r"\d[\d.,]*", raw):
            raw = number(figure.value, "en")  # "16.000 GPUs": "16,000 GPUs" in English
        shown = (raw + (tail.group(0) if tail else "")).strip(" ,.;:")
    return f"{words} {shown}" if words else shown


# A figure of several things together ("drei Hallen mit zusammen 400 Megawatt"), no one thing's
_EACH_SAID_HERE = re.compile(r"\b(?:jede[rsmn]?|jeweils|each|every)\b", re.I)
_TOGETHER_SAID = re.compile(r"\b(?:zusammen|insgesamt|together|combined|in total)\b", re.I)
# A unit of power by its name ("das erste Gigawatt"), where a sentence gives no figure in it
_POWER_NAMES = {"kW": "kilowatt", "MW": "megawatt", "GW": "gigawatt", "TW": "terawatt"}


def _measure_said(passage: Passage, measure: frozenset[str]) -> bool:
    """Does the sentence speak of the unit asked (or one of its kind): a figure in it, or its name (its code
    as a word of its own, its name inside a compound too: "10-Gigawatt-Rechenzentrum")?"""
    units = of_kind(measure)
    if any(n.unit in units for n in passage.numbers):
        return True
    codes = {u.casefold() for u in units}
    names = [_POWER_NAMES[u] for u in units if u in _POWER_NAMES]
    return any(w in codes or any(name in w for name in names) for w in passage.words)


def _said_after(text: str, end: int) -> str:
    """The unit or thing a sentence names right after a figure ("" for none)."""
    tail = _UNIT_TAIL.match(text[end:])
    return tail.group(0).strip(" ,.;:") if tail else ""


def _is_multiple(passage: Passage, figure: Number) -> bool:
    """ "2,7-fach", "fünffach": a number told as a multiple."""
    return bool(_MULTIPLE_AFTER.match(passage.text, figure.end)) or figure.raw.casefold().endswith(
        _MULTIPLE_WORD
    )


_LEAD_VERBS = ("leit", "fuehr", "lead", "head", "run")  # a post asked by what its holder does
_LEADS = re.compile(
    r"\b(?:leiten|leitet|geleitet|führen|führt|geführt|lead|leads|head|heads|run|runs)\b", re.I
)
_WE = re.compile(r"\b(?:wir|we)\b", re.I)  # a speaker's company, in the speaker's words
_SAID_ALONE = re.compile(r"\b(?:allein|alleine|eigenständig|alone|on its own|by itself)\b", re.I)


def highlight_text(passage: Passage, said: str, language: str) -> str:
    """A duration found with its qualifier ("mindestens ein Jahr"), in English as a number ("at least 1
    year"); a date in the reader's language; any other highlight (a name, a place) as the sentence says it."""
    start = passage.text.find(said)
    if start < 0 or not DURATION.fullmatch(said):
        return date_text(said, language)  # "1. Januar 2028": "1 January 2028" in English
    (lasting, *more) = periods(said) or {(0.0, "")}
    # (not "drei weitere Jahre", "innerhalb eines Monats")
    plain = len(said.split()) == 2 or re.search(SPAN_ADJECTIVE, said) is not None
    shown = duration(*lasting, language) if language == "en" and plain and lasting[0] and not more else said
    words = QUALIFIERS["de" if language == "de" else "en"].get(qualifier_before(passage.text, start))
    return f"{words} {shown}" if words else shown


def render(
    question: str, language: Language, reading: Reading, kb: KnowledgeBase, inexact: bool = False
) -> Answer:
    passage = reading.passage
    document = kb.documents[passage.document]
    figures = [
        FigureOut(value=n.value, unit=n.unit or "count", text=figure_text(passage, n, language))
        for n in reading.figures
    ]
    ranged = (
        range_text(passage, reading.figures[0], reading.figures[1], language)
        or change_text(passage, reading.figures[0], reading.figures[1], language)
        if len(reading.figures) == 2
        else None
    )
    highlights = [highlight_text(passage, h, language) for h in dict.fromkeys(reading.highlights)]
    found = ranged or " · ".join([f.text for f in figures] or highlights)
    if (
        len(reading.figures) == 1
        and (unit := reading.figures[0].unit)
        and (target := asked_in(question, unit))
    ):
        value = converted(reading.figures[0].value, unit, target)  # "in MW": 1,2 GW (= 1.200 MW)
        found += f" (= {number(rounded(value or 0.0), language)} {target})"
    # The article by its number, as the citation below gives its title: a title's own figures ("… für 850
    # Millionen Franken") beside the answer would read as a second answer.
    label = document.id.split("_")[0]
    said = " ".join(p.text for p in (*reading.before, passage, *reading.more))
    said += "".join(f"\n• {item.text}" for item in reading.items)
    quote = f"„{said}“" if language == "de" else f'"{said}"'
    if inexact and found:
        head = (
            f"Eine genaue Zahl nennt Artikel {label} nicht, nur: {found}."
            if language == "de"
            else f"Article {label} gives no exact figure, only: {found}."
        )
    elif reading.undisclosed:
        head = (
            f"Laut Artikel {label} wurde das nicht bekannt gegeben:"
            if language == "de"
            else f"According to the article {label}, this was not disclosed:"
        )
    elif language == "de":
        head = f"Laut Artikel {label}: {found}." if found else f"Laut Artikel {label}:"
    else:
        head = (
            f"According to the article {label}: {found}." if found else f"According to the article {label}:"
        )
    return Answer(
        question=question,
        # ("was the price disclosed?", "steht irgendwo, ob … offengelegt ist": that it was not is the answer)
        answered=not inexact
        and (not reading.undisclosed or any(w.startswith(_DISCLOSED) for w in normalize(question).split())),
        answer=f"{head}\n{quote}",
        language=language,
        confidence=round(min(1.0, reading.score) * 0.8, 3),
        figures=figures,
        citations=[
            CitationOut(document=document.id, title=document.title, quote=p.text)
            for p in (*reading.before, passage, *reading.more, *reading.items)
        ],
        is_question=True,
    )
