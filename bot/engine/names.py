"""Names learned from the knowledge itself: the deals' parties and aliases, and the companies, people and
places the documents name — so an article about a deal nobody curated is understood after a reload.

German capitalises every noun, so a capital letter alone is no name. A word becomes a name by evidence
the documents give: a company form (`Borealis`, `ASML`, `XB300`, `Mistral AI`, `Kaneda Semiconductor`),
a title before or after a person (`Mistral-Chef Arthur Mensch`, `Jane Roe, Gründer und CEO`), a name
compound (`ASML-Finanzvorstand`, `Acme-Aktie`), or a bare capitalised word after `in`/`aus`/`nach`
that the documents never use as a common noun (`aus Paris`, `in Riverton, Ohio`). Countries come from
babel's territory names.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise, takewhile

from babel import Locale
from babel.dates import get_month_names
from babel.numbers import list_currencies
from rapidfuzz.distance import Levenshtein

from bot.engine.text import normalize, stem
from bot.engine.translations import dictionary_word, german_words
from bot.knowledge.models import CURRENCIES
from bot.knowledge.numbers import CURRENCY_NOUNS, MIN_COUNTRY_ADJECTIVE, folded, german_adjectives
from bot.knowledge.sentences import split_sentences

ORG, PERSON, PLACE = "org", "person", "place"

# English words that end a company's name in any article (`Kaneda Semiconductor`, `Thamesgate Capital`).
ORG_HEADS = frozenset(
    """
    AI Inc Inc. Corp Corp. Co Co. AG SE GmbH Ltd Ltd. plc PLC SA NV ASA AB Oy Group Holding Holdings
    Capital Data Digital Semiconductor Semiconductors Intelligence Technologies Technology Systems Energy
    Cloud Networks Labs Partners Computing Robotics Power Telecom Datacentres Datacenters Datacentre
    Datacenter Platforms Ventures Electronics Microsystems Devices Instruments Industries Infrastructure
    Compute Foundry Solutions Software Analytics Research Investments Bank Kapital Invest Silicon
    Cables Nuclear Renewables Materials Services Centers Centres Energie Energia Energiya Enerji
    Trading Logistics Packaging Manufacturing Engineering Communications Security Storage Photonics Optics
    Automation Dynamics Assurance Insurance Finance Financial Securities Aerospace Healthcare Pharma Biotech
    Media Chemicals Metals Mining Resources Utilities Motors Wireless Broadband Fabrication Quantum
    Trust Fund Funds Estates Properties Realty Developments
    """.split()
)
# Words for "group", "bank", "company" that open a company's name in other languages ("Grupa Wartan",
# "Grupo Elvira", "Banco Nordeste"): the name is the word after it, asked with or without it.
ORG_PREFIXES = frozenset(
    """Grupa Grupo Gruppo Groupe Groep Banco Banca Compagnie Société Companhia Compañía Koninklijke Minera
    Mineração Constructora Construtora Corporación Inversiones Industrias Empresas""".split()
)
# Capitalised abbreviations that name no company: titles, units, currencies, quarters, the word "KI".
NOT_NAMES = (
    frozenset(
        """
    KI AI CEO CFO CTO COO CIO GW MW KW TW GWh MWh TWh US USA EU UK IT PR IPO GPU GPUs CPU CPUs TPU HBM
    USD EUR CHF GBP JPY SEK CNY INR KRW KPI FAQ OK TV PC EDV BIP Q1 Q2 Q3 Q4 H1 H2 AG SE GmbH Mio Mrd Bio
    Tsd Nr Dr Prof US-Dollar ESG API APIs LLM LLMs KI-Modelle EBITDA EBIT EBT KGV PUE CAPEX OPEX ROI TCO SLA
    PPA CO2 NOx CH4 H2
    """.split()
    )
    | CURRENCIES
    | ORG_PREFIXES
)  # "(SGD)" after "Singapur-Dollar" names a currency, no company
# Words naming a role. A name compound ends in one (`Mistral-Chef`), a person stands next to one.
TITLE_ENDINGS = (
    "chef",
    "chefin",
    "vorstand",
    "vorständin",
    "gründer",
    "gründerin",
    "präsident",
    "präsidentin",
    "vorsitzende",
    "vorsitzender",
    "direktor",
    "direktorin",
    "verwalter",  # "Insolvenzverwalter Roe"
    "verwalterin",
    "sprecher",
    "sprecherin",
    "geschäftsführer",
    "geschäftsführerin",
    "leiter",
    "leiterin",
    "manager",
    "managerin",
    "analyst",
    "analystin",
    "ökonom",
    "ökonomin",
    "experte",
    "expertin",
    "professor",
    "professorin",
    "forscher",
    "forscherin",
    "stratege",
    "strategin",
    "minister",
    "ministerin",
    "bürgermeister",
    "bürgermeisterin",
    "beauftragte",  # "Datenschutzbeauftragte", "der Datenschutzbeauftragter"
    "beauftragter",
    "obmann",
    "obfrau",
    # heads of a university, a government or a court: "Rektorin Prof. Elena Roe"
    "rektor",
    "rektorin",
    "dekan",
    "dekanin",
    "kanzler",
    "kanzlerin",
    "gouverneur",
    "gouverneurin",
    "kommissar",
    "kommissarin",
    "richter",
    "richterin",
    # a firm's chief of a profession: "Chefwissenschaftler", "Chefingenieurin", "Chefvolkswirt"
    "wissenschaftler",
    "wissenschaftlerin",
    "ingenieur",
    "ingenieurin",
    "architekt",
    "architektin",
    "volkswirt",
    "volkswirtin",
    "justiziar",
    "justiziarin",
    "treasurer",  # "Treasurerin von Acme": who manages its money
    "treasurerin",
    "schatzmeister",
    "schatzmeisterin",
    # one who held or takes a post: "Ihr Vorgänger Ihar Sadouski"
    "vorgänger",
    "vorgängerin",
    "nachfolger",
    "nachfolgerin",
)
TITLES_EXACT = frozenset(
    """CEO CFO CTO COO Chairman Chairwoman Chair President Founder Chief Spokesman Spokeswoman
    Spokesperson Rector Dean Governor Chancellor Judge Director Treasurer Scientist""".split()
)
# Roles at a firm, titles only after its name and a hyphen ("Globex-Partnerin Jane Roe"; a
# "Kooperationspartner" is a company)
_FIRM_ROLES = frozenset("Partner Partnerin Gesellschafter Gesellschafterin".split())
_AT_FIRM = frozenset("bei von of at".split())  # ... or before its firm ("Jo Roe, Partnerin bei Globex")
_ANY_FIRM = frozenset("unternehmen konzern firma gruppe".split())  # words for any company
_BOTH_WORDS = frozenset("beide beiden both".split())
_TITLES_NORMAL = frozenset(normalize(t) for t in TITLES_EXACT)
_TITLE_ENDINGS_NORMAL = tuple(normalize(e) for e in TITLE_ENDINGS)
# Heads of a compound whose first part is a name: `Acme-Aktie`, `Borealis-Deal`, `ASML-Konzern`.
NAME_COMPOUND_HEADS = frozenset(
    "aktie aktien papier papiere konzern deal partnerschaft gruppe werk werke rechenzentrum campus "
    "standort sprecher sprecherin universität hochschule university klinikum stiftung fonds holding "
    "bank".split()
)
# ... of them those that are a firm themselves: before them a word no German one is a name, though an English
# list holds it ("Aurelia-Stiftung"; not "Entwicklungs-Fonds")
_FIRM_COMPOUND_HEADS = frozenset("stiftung fonds holding bank".split())
# Common phrases that put a capitalised noun after "in/aus/nach" without an article ("in Betrieb").
PLACE_IDIOMS = frozenset(
    """
    Betrieb Höhe Zukunft Kraft Summe Form Frage Zusammenarbeit Richtung Folge Anspruch Zeiten Teilen
    Milliardenhöhe Millionenhöhe Aussicht Planung Bau Arbeit Sachen Kürze Anlehnung Abstimmung Reaktion
    Erwartung Verbindung Bezug Europa-Tempo Deutschland-Tempo Dollar Euro Aktien Summen Stufen Phasen
    Etappen Teilen Zukunft Vollbetrieb Reichweite Konkurrenz Kooperation Partnerschaft Hause
    """.split()
)
_NOUN_ENDINGS = (
    "ung",
    "ungen",
    "heit",
    "keit",
    "schaft",
    "tion",
    "tät",
    "nis",
    "tum",
    "ismus",
    "ment",
    "kraft",
    "energie",
    "rechnen",
    "technik",
    "technologie",
    "leistung",
    "zentren",
    "anlagen",
    "angaben",
    "unternehmen",
    "wasser",
    "zeit",  # "in Echtzeit", "in Rekordzeit"
    *("nisse", "ionen", "ässe", "üsse"),  # plurals: "Ergebnisse", "Investitionen", "Lieferengpässe"
)
# Nouns German news puts after "nach/aus/mit" without an article: "nach Angaben", "aus Millionen".
_BARE_NOUNS = frozenset("Angaben Erfolg Millionen Milliarden Tausenden Hunderten Sicht Ansicht".split())
# What a company is called right before its name: "der Halbleiterhersteller Kaneda", "dem Anbieter X".
DESCRIPTOR_ENDINGS = (
    "systemhaus",  # "vom Systemhaus Acme Rechentechnik"
    "softwarehaus",
    # "der Serverbauer Acme Compute" (not "-bauer" alone: "Neubauer" is a name)
    *("serverbauer", "rechnerbauer", "computerbauer", "maschinenbauer", "anlagenbauer", "autobauer"),
    *("fahrzeugbauer", "flugzeugbauer", "schiffbauer", "chipbauer", "geraetebauer", "gerätebauer"),
    "hersteller",
    "vermieter",
    *("grundbesitzer", "landbesitzer"),  # "der Grundbesitzer Ribblesdale Estates"
    "lieferant",
    "händler",
    "ausrüster",
    "betreiber",
    "anbieter",
    "entwickler",
    "konzern",
    "unternehmen",
    "investor",
    "kapitalgeber",  # "der Wagniskapitalgeber Fjordlys", "ein Risikokapitalgeber"
    "geldgeber",
    "vermögensverwalter",  # "der Vermögensverwalter Acme Capital" (not "-verwalter": an administrator is one)
    "vermögensverwaltung",
    "auftraggeber",
    "firma",
    "gruppe",
    "spezialist",
    "dienstleister",
    "zulieferer",
    "rivale",
    "konkurrent",
    "wettbewerber",  # "der Frankfurter Wettbewerber Acme Data"
    "mitbewerber",
    "bewerber",  # "des dritten Bewerbers, Acme Cloud,": a bidder in a tender
    "bieter",
    "provider",
    "versorger",
    "versicherer",  # "der Versicherer Vértes Biztosító": an insurer is a company, no person's trade
    "gesellschaft",
    "fonds",
    "start-up",
    "startup",
    "designer",
    "fertiger",
    "cloud",
    "partner",
    "kunde",
    "käufer",
    "verkäufer",
    "plattform",
    "labor",
    "chipriese",
    "riese",
    "verband",
    "organisation",  # "der Umweltorganisation Klimaallianz Oberösterreich"
    "stiftung",
    "gewerkschaft",
    "produzent",
    "integrator",  # "der Systemintegrator Kaltenegg Systems AG"
    "distributor",  # "der Chip-Distributor Acme"
    "verbund",  # "der Rechenverbund Ostalpen", "ein Forschungsverbund"
    "anlagenbauer",
    "kasse",  # "die Pensionskasse Nordwest", "eine Sparkasse"
    "versorgungswerk",  # a professional pension scheme: "das Versorgungswerk Nordbaltik"
    "tochter",  # "die deutsche Tochter Acme Deutschland GmbH", "die Konzerntochter Acme Cloud"
)
# Kinds of company no person is (declined: "des dritten Bewerbers", "dem Anbieter")
_FIRMS_ONLY = tuple(
    f"{kind}{ending}"
    for kind in ("bewerber", "bieter", "betreiber", "hersteller", "konzern", "unternehmen", "konsortium")
    for ending in ("", "s", "n")
)
_COORDINATORS = frozenset({"und", "&", "sowie", "oder"})
# Nouns a region's name follows ("im Bundesstaat Gujarat", "in der Provinz Guizhou", "County Durham").
_REGION_NOUNS = frozenset(
    "Bundesstaat Bundesland Provinz Kanton Grafschaft Bezirk Region Präfektur County Province State".split()
)
# ... and those a river's, lake's or other place's name follows ("aus dem Fluss Ticino", "Lake Mälaren").
FOREIGN_TOWN_MAX = 9  # letters of the longest word with a noun's ending still read as a foreign town
_AREA_NOUNS = frozenset("Küste Norden Süden Osten Westen Coast North South East West".split())
DISTRICT_ENDINGS = ("stadtteil", "ortsteil", "stadtviertel", "viertel", "bezirk", "stadtbezirk", "vorort")
TOWN_WORDS = 2  # words of a town's name after "Stadt" ("Grande Prairie")
TOWN_ENDINGS = (  # `Hafenstadt Kaohsiung`, `im Industriepark Sirukalam`
    *("stadt", "städtchen", "gemeinde", "metropole", "dorf", "stadtteil", "ortsteil", "vorort", "ort"),
    *("industriepark", "gewerbepark", "technologiepark", "gewerbegebiet", "industriegebiet", "hauptinsel"),
    *("hightech-park", "hightechpark", "wissenschaftspark", "forschungspark", "technopark"),
)
_PLACE_NOUNS = frozenset("Fluss River See Lake Insel Island Tal Valley Bucht Bay Hafen Port".split())
# ... and the places a plural one lists ("auf den Inseln Taipa und Coloane", "the islands of X and Y")
_PLACES_NOUNS = frozenset(
    "Inseln Islands Flüsse Rivers Seen Lakes Täler Valleys Städte Gemeinden Towns".split()
)
_PLACE_LIST_JOINERS = frozenset({"und", "and", "sowie", "of"})
_VENTURE_HEADS = frozenset("Project Projekt Programm Program Initiative Operation".split())
_VENTURE_WORDS = frozenset("Joint Venture Gemeinschaftsunternehmen Tochter Tochterfirma".split())
_DETERMINERS = frozenset(
    "der die das den dem des ein eine einer einem einen eines im am zum zur vom beim ins kein keine "
    "seine seiner ihre ihrer unser unsere dieser diese dieses diesem diesen".split()
)
_NUMBERED = re.compile(r"^([A-ZÄÖÜ][a-zäöüß]{3,})-\d{1,3}$")  # "Lusoceltic-1"
_PERSON_NAME = r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s+[A-ZÄÖÜ][\w-]+"
_FOUNDED_BY = re.compile(
    rf"\b(?:von|by)\s+({_PERSON_NAME})(?:\s+(?:und|and)\s+({_PERSON_NAME}))?\s+(?:gegründet|founded)\b"
)
# A dateline: "Lelystad, 19. November 2025", "Oslo/Tokio, 6. November 2025" (in the first lines)
_DATELINE = re.compile(
    r"^\s*([A-ZÄÖÜ][\w.-]*(?: [A-ZÄÖÜ][\w.-]*)?(?:/[A-ZÄÖÜ][\w.-]*(?: [A-ZÄÖÜ][\w.-]*)?)*),\s+"
    r"\d{1,2}\.\s*[A-ZÄÖÜ][a-zäöü]+\s+\d{4}\s*$"
)
DATELINE_LINES = 4
# ... or before an agency's name and a dash: "Nassau (Reuters) – …", "Ulm/Berlin (dpa) – …"
_TOWN = r"[A-ZÄÖÜ][\w.'ʻ’-]+(?: [A-ZÄÖÜ][\w.'ʻ’-]+){0,2}"  # a town's name of up to three words
_AGENCY_DATELINE = re.compile(rf"^\s*({_TOWN}(?:/{_TOWN})*)\s*\((?P<agency>[^)]{{2,24}})\)\s*[–—-]\s")
# ... or in capitals before a dash opening the lead: "KABUL – Der Betreiber …", "NUKUʻALOFA (dpa) – …"
_CAPS_DATELINE = re.compile(
    r"^\s*([A-ZÄÖÜ][A-ZÄÖÜʻ'’.-]{2,}(?:[ /][A-ZÄÖÜʻ'’.-]{2,})*)(?=(?:\s*\([^)]*\))?\s*[–—-]\s)"
)
# German nouns "nach" follows as "for": what is wanted ("Nachfrage nach Kupfer"), not where one goes
_SEEKING_NOUNS = frozenset(
    "nachfrage suche bedarf hunger durst ruf rufe forderung forderungen wunsch sehnsucht jagd streben".split()
)
_GENITIVE_ARTICLES = frozenset("der des eines einer".split())
_PLACE_PREPOSITIONS = frozenset("in aus nach nahe bei".split())  # `bei Brugg`; `bei Mistral AI` is a company
_PLACE_ADJECTIVE_ENDINGS = ("ischen", "ische", "lichen")  # `im jütländischen`, `im nördlichen`
_SPEECH_BEFORE_NAME = frozenset("sagte erklärte betonte meinte so sagt erklärt betont laut".split())
_QUOTES = "„“”\"»«()[]'‚‘’"
_CAPITAL = re.compile(r"^[^\W\d_]")  # a letter; with _is_cap's isupper(), any script's capital ("Łódź")


@dataclass
class Name:
    key: str
    display: str
    kind: str
    documents: set[str] = field(default_factory=set)
    org: str | None = None  # a person's organisation, when a title says it (`Mistral-Chef`)
    title: str | None = None
    canonical: str | None = None  # `mistral ai` is `mistral`: one key per company
    region: bool = False  # a place named after a region noun ("im Kanton Aargau"): wider than a town
    district: bool = False  # ... after a district's noun ("im Stadtteil Çankaya"): a part of a town


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Country names in German and English (babel's CLDR data): general knowledge, not the articles'."""
    out: set[str] = set()
    for language in ("de", "en"):
        for code, name in Locale(language).territories.items():
            if code.isalpha() and len(code) == 2:
                out.add(normalize(name))
    return frozenset(out)


@lru_cache(maxsize=1)
def world_regions() -> frozenset[str]:
    """The continents and world regions in German and English ("Europa", "Südostasien", "Africa"): CLDR's
    territories of three digits, general knowledge like the country names."""
    return frozenset(
        normalize(name)
        for language in ("de", "en")
        for code, name in Locale(language).territories.items()
        if code.isdigit()
    )


# Abbreviations everyone writes for a country (general knowledge, like the CLDR names): ISO code → forms,
# and the short names ("die Emirate", "the Emirates")
COUNTRY_ABBREVIATIONS = {
    "AE": ("uae", "vae", "emirate", "emiraten", "emirates"),
    "US": ("usa",),
    "GB": ("uk",),
    "EU": ("eu",),
}


@lru_cache(maxsize=1)
def _territories() -> dict[str, frozenset[str]]:
    """A country's name in German or English → its names in both ("switzerland" → schweiz, switzerland)."""
    names: dict[str, set[str]] = defaultdict(set)
    for language in ("de", "en"):
        for code, name in Locale(language).territories.items():
            if code.isalpha() and len(code) == 2:
                names[code].add(normalize(name))
    for code, short in COUNTRY_ABBREVIATIONS.items():
        names[code].update(short)
    return {name: frozenset(forms) for forms in names.values() for name in forms}


def country_forms(name: str) -> frozenset[str]:
    """The German and English names of the country `name` names, or nothing."""
    return _territories().get(name, frozenset())


def country_adjectives(name: str) -> frozenset[str]:
    """The adjectives of the country `name` names, in either language, that name it alone ("kirgisische",
    "kyrgyz")."""
    return frozenset(a for f in country_forms(name) for a in _adjectives(f) if demonym_country(a) == name)


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    """The adjectives of one-word countries, formed as English and German form them ("tunisian", "serbian",
    "icelandic", "italian", "chinese"; "tunesisch", "serbischen", "tongaische"): general word formation on
    the CLDR names, not the articles'."""
    forms: set[str] = set()
    for name in _territories():
        forms |= _adjectives(name)
    return frozenset(forms - set(_territories()))


def _adjectives(name: str) -> set[str]:
    """The adjectives English and German may form of a one-word country's name."""
    if " " in name or len(name) < MIN_COUNTRY_ADJECTIVE:
        return set()
    base = name[:-1] if name.endswith(("a", "e", "y", "o")) else name
    forms = {
        name + "n",
        name + "ian",
        base + "ian",
        base + "an",
        name + "ic",
        name + "ese",
        base + "ese",
    }
    forms |= {name + "i", base} if name.endswith("y") else {name + "i"}
    stem_ = name.removesuffix("istan").removesuffix("stan")  # ("Kyrgyzstan": "Kyrgyz", "Uzbekistan": "Uzbek")
    if stem_ != name and len(stem_) >= MIN_COUNTRY_ADJECTIVE:
        forms.add(stem_)
    return forms | german_adjectives(name)


def demonym(word: str) -> bool:
    """Is the normalised `word` a country's adjective ("the Tunisian plant": the plant in Tunisia)?"""
    return word in _demonyms()


def demonym_country(word: str) -> str | None:
    """The country a normalised adjective is of ("tunisian": "tunisia"), where it is of one alone."""
    return _demonym_countries().get(word)


@lru_cache(maxsize=1)
def _demonym_countries() -> dict[str, str]:
    found: dict[str, set[str]] = {}
    for name in _territories():
        for form in _adjectives(name):
            found.setdefault(form, set()).add(name)
    return {
        form: next(iter(names)) for form, names in found.items() if len(names) == 1 and form in _demonyms()
    }


MAX_COUNTRY_WORDS = 4  # "vereinigte arabische emirate", "st. vincent und die grenadinen"


@lru_cache(maxsize=1)
def _country_stems() -> dict[tuple[str, ...], str]:
    """Each country name by the stems of its words, so that an inflected form finds it ("den Vereinigten
    Arabischen Emiraten")."""
    return {tuple(stem(w) for w in name.split()): name for name in _territories()}


@lru_cache(maxsize=1)
def _country_firsts() -> frozenset[str]:
    """The stems a country's name starts with: a word with none of them starts no country."""
    return frozenset(key[0] for key in _country_stems())


def countries_in(words: list[str] | tuple[str, ...]) -> set[str]:
    """The countries normalised `words` name, by a name of one or more words (in any of its forms) or a
    common abbreviation."""
    known, stemmed, firsts = _territories(), _country_stems(), _country_firsts()
    stems = [stem(w) for w in words]
    found: set[str] = set()
    for i, first in enumerate(stems):
        if first not in firsts and words[i] not in known:
            continue
        for n in range(1, min(MAX_COUNTRY_WORDS, len(words) - i) + 1):
            said = " ".join(words[i : i + n])
            name = said if said in known else stemmed.get(tuple(stems[i : i + n]))
            if name is not None:
                found.add(name)
    return found


# Titles of those who judge a company from outside: their firm is not what their sentence is about.
JUDGE_TITLES = ("analyst", "ökonom", "oekonom", "experte", "expertin", "stratege", "strategin", "economist")


# Public offices: their holders speak for a town or a state, not for a company named nearby
_OFFICES = (
    *("bürgermeister", "buergermeister", "minister", "landrat", "gouverneur", "mayor", "governor"),
    *("behörde", "behoerde", "richter", "senator", "staatssekretär", "abgeordnet", "regulier", "regulator"),
)
# The heads of a university, by a word of their title it opens ("Rektorin", not "Projektdirektorin")
_ACADEMIC_HEADS = ("rektor", "dekan", "rector", "dean")


def official(title: str) -> bool:
    """Is `title` a public office ("Richter", "Bürgermeisterin") or a university's head ("Rektorin"), held
    for no company?"""
    said = title.casefold()
    return any(o in said for o in _OFFICES) or any(w.startswith(_ACADEMIC_HEADS) for w in said.split())


@lru_cache(maxsize=4096)
def is_judge(title: str) -> bool:
    return any(t in title.casefold() for t in JUDGE_TITLES)


def is_title(token: str) -> bool:
    bare = token.strip(",.;:")
    if bare in TITLES_EXACT or (bare.startswith("Chief ") and bare.endswith(" Officer")):
        return True  # ("Chief Operating Officer", one token of `_tokens`)
    if "-" in bare and bare.rpartition("-")[2] in (*TITLES_EXACT, *_FIRM_ROLES):
        return True  # `Kaneda-CEO`, `Karpaty-Partner Jan Novák`: a person of the firm before the hyphen
    low = bare.casefold()
    return low.endswith(TITLE_ENDINGS) and bare[:1].isupper()


@lru_cache(maxsize=4096)
def asks_role(word: str) -> bool:
    """Is a question word (normalised: "buergermeisterin", "ceo", "finanzchefin") a title?"""
    return word in _TITLES_NORMAL or (word.endswith(_TITLE_ENDINGS_NORMAL) and word.isalpha())


def _is_cap(token: str) -> bool:
    return bool(_CAPITAL.match(token)) and token[0].isupper() and token not in NOT_NAMES


def _hyphened_name(token: str, nouns: AbstractSet[str]) -> bool:
    """ "Ala-Too", "Hewlett-Packard": capitalised parts joined by a hyphen, none a noun the documents use or
    a German word (not "KI-Rechenzentrum", "Chip-Packaging"), the last no title or company word
    ("Acme-Chef", "Acme-Aktie"): one name's word, where a pattern around it says it is a name."""
    parts = token.split("-")
    return (
        len(parts) >= 2
        and all(p[:1].isupper() and p.isalpha() and p not in nouns for p in parts)
        and not any(normalize(p) in german_words() for p in parts)
        and not is_title(parts[-1])
        and not is_descriptor(parts[-1])
        and parts[-1].casefold() not in NAME_COMPOUND_HEADS
    )


def _name_word(token: str, nouns: AbstractSet[str]) -> bool:
    """A word a name may be made of: letters only, or a hyphened name ("Ala-Too")."""
    return token.isalpha() or _hyphened_name(token, nouns)


# A listed company's exchange and ticker after its name: "Alpenrack [SIX: ALPR]", "Acme (NASDAQ: ACME)",
# "[ISIN: SE0021345678]": no name of its own in the run, but the ticker names the company
_TICKER = re.compile(r"\s*[\[(](?P<exchange>[A-Z]{2,8})\s*:\s*(?P<code>[A-Z0-9][A-Z0-9.]{0,13})[\])]")
TICKER_REACH = 60  # characters before the bracket in which the company's name ends
TICKER_LETTERS = 2  # a ticker of fewer letters ("T", or digits "6847") is too short to name a company


def _without_tickers(text: str) -> str:
    return _TICKER.sub("", text)


def _learn_tickers(book: NameBook, doc_id: str, text: str) -> None:
    """ "Alpenrack [SIX: ALPR]": "ALPR" names Alpenrack (a name learned before the bracket)."""
    for match in _TICKER.finditer(text):
        code = match["code"]
        if match["exchange"] in ("ISIN", "WKN") or sum(c.isalpha() for c in code) < TICKER_LETTERS:
            continue
        before = normalize(text[max(0, match.start() - TICKER_REACH) : match.start()]).split()
        company = next(
            (
                book.names[key]
                for size in range(min(len(before), NAME_RUN_MAX), 0, -1)
                if (key := " ".join(before[-size:])) in book.names and book.names[key].kind == ORG
            ),
            None,
        )
        if company is not None and normalize(code) not in book.names:
            book.add(code, ORG, doc_id, canonical=company.canonical or company.key)


# "Kattowitz (Katowice)", "Danzig (Gdańsk)": a place's name in another language, in brackets after it
_OTHER_NAME = re.compile(r"([A-ZÄÖÜ][\w-]+)\s+\(([A-ZÄÖÜŁŚŻĆ][^\W\d_]+)\)")


def _learn_other_names(book: NameBook, doc_id: str, text: str) -> None:
    """A known place's other name in brackets after it ("Kattowitz (Katowice)") names that place."""
    for match in _OTHER_NAME.finditer(text):
        place = book.names.get(normalize(match.group(1)))
        other = normalize(match.group(2))
        if place is not None and place.kind == PLACE and other not in book.names:
            book.add(match.group(2), PLACE, doc_id, canonical=place.canonical or place.key)


def _caps_dateline(text: str) -> list[str]:
    """The places of a dateline in capitals opening the lead ("KABUL – Der Betreiber …"), as written: not
    the headline's first word, nor a short line's ("ACME – ein Überblick")."""
    for line in text.splitlines()[1:DATELINE_LINES]:
        if (found := _CAPS_DATELINE.match(line)) is not None and len(line) >= LEAD_SENTENCE_CHARS:
            return found.group(1).split("/")
    return []


def _title_cased(text: str, places: list[str]) -> str:
    """The text with its dateline's places as names are written ("Kabul – …"), for learning names."""
    for place in places:
        text = text.replace(place, _as_name(place), 1)
    return text


def _as_name(capitals: str) -> str:
    """ "NUKUʻALOFA" → "Nukuʻalofa", "SAN JOSÉ" → "San José": each word's first letter kept a capital."""
    return re.sub(r"[^\s-]+", lambda word: word.group(0).capitalize(), capitals)


def _company_form(token: str) -> bool:
    """`Borealis`, `Sunbank`, `ASML`, `XB300`: capitals inside the word, all capitals, or letters+digits."""
    bare = token.strip(",.;:!?")
    if bare in NOT_NAMES or len(bare) < 2 or "-" in bare or "/" in bare or " " in bare:  # "Oslo/Tokio"
        return False
    if bare.isupper() and bare.isalpha():
        return len(bare) >= 3 or bare in ("HP",)
    inner_capital = bare[:1].isupper() and any(c.isupper() for c in bare[1:]) and bare[1:2].islower()
    letters_digits = bare[:1].isupper() and any(c.isdigit() for c in bare) and bare[:2].isalpha()
    return inner_capital or letters_digits


# words back from a currency's code to its amount ("12,4 Milliarden mexikanische Pesos (MXN)")
CURRENCY_REACH = 4


@lru_cache(maxsize=1)
def _currency_codes() -> frozenset[str]:
    return frozenset(list_currencies())


def _currency_of_amount(tokens: list[str], i: int) -> bool:
    """ "1,8 Milliarden Rand (ZAR)": a currency's code after an amount names no company."""
    bare = tokens[i].strip(",.;:!?")
    return bare in _currency_codes() and any(
        any(c.isdigit() for c in t) for t in tokens[max(0, i - CURRENCY_REACH) : i]
    )


def _spelled_out_term(tokens: list[str], i: int) -> bool:
    """ "Power Purchase Agreement (PPA)": an abbreviation of the dictionary words right before it, the last
    no company's ending (unlike "… Manufacturing Company (TSMC)"), names a thing, not a company."""
    bare = tokens[i].strip(",.;:!?")
    words = [t.strip(",.;:!?") for t in tokens[max(0, i - len(bare)) : i]]
    return (
        bare.isupper()
        and len(words) == len(bare)
        and "".join(w[:1] for w in words).upper() == bare
        and all(dictionary_word(normalize(w)) for w in words)
        and words[-1] not in ORG_HEADS
    )


# Nouns of things an abbreviation after them names ("Referenzzins WIBOR", "Leitindex DAX", "Förderprogramm
# IPCEI"): a rate, an index, a rule or a programme, no company
_THING_HEADS = (
    "zins",
    "zinssatz",
    "index",
    "standard",
    "norm",
    "protokoll",
    "gesetz",
    "richtlinie",
    "programm",
)
_THING_HEADS_EN = frozenset("rate benchmark index standard protocol act programme program".split())


def _thing_named(tokens: list[str], i: int) -> bool:
    """ "mit dem Referenzzins WIBOR": an abbreviation after a noun of a thing names that thing."""
    before = normalize(tokens[i - 1].strip(",.;:!?")) if i else ""
    return before.endswith(_THING_HEADS) or before in _THING_HEADS_EN


_DASHES = frozenset("– — -".split())
_CLOSING = re.compile(r"[„“”\"»«()\[\]‚‘’]+(?=[,.;:!?]+$)")


def _tokens(sentence: str) -> list[str]:
    """Words with the punctuation that follows them (`Roe,`), quotes stripped."""
    out: list[str] = []
    for raw in sentence.split():
        if (raw in _DASHES or raw.startswith("(")) and out and out[-1] == out[-1].rstrip(",.;:!?"):
            # `Indlovu Data Systems – „Umhlanga AI Hub“`, `Stromliefervertrag (Power Purchase …)`: a dash or
            # a bracket ends what came before
            out[-1] += ";"
        if raw in _DASHES:
            continue
        token = _CLOSING.sub("", raw.strip(_QUOTES))  # `Compute“,`: the quote before the comma too
        if token and (token[0].isalnum() or token[0] in "$€£¥"):
            out.append(token)
    return _titles_joined(out)


def _titles_joined(tokens: list[str]) -> list[str]:
    """An English title of several words as one token, its short form after it dropped: `Chief Information
    Security Officer (CISO) Ayaan Roe` reads like `CEO Ayaan Roe` (`Chief … Officer von Acme` likewise)."""
    if "Chief" not in tokens:
        return tokens
    out: list[str] = []
    at = 0
    while at < len(tokens):
        end = (
            next(
                (
                    j
                    for j in range(at + 1, min(len(tokens), at + TITLE_WORDS))
                    if tokens[j].rstrip(",.;:!?") in _TITLE_TAILS
                    and all(_is_cap(t) and t.isalpha() for t in tokens[at + 1 : j])
                ),
                None,
            )
            if tokens[at] == "Chief"
            else None
        )
        if end is None:
            out.append(tokens[at])
            at += 1
            continue
        title = " ".join([*tokens[at:end], tokens[end].rstrip(";")])
        at = end + 1
        if tokens[end].endswith(";") and at < len(tokens) and _SHORT_FORM.fullmatch(tokens[at]):
            at += 1  # `(CISO)`: the bracket `_tokens` dropped, marking the word before with ";"
        elif tokens[end].endswith(";"):
            title += ";"
        out.append(title)
    return out


TITLE_WORDS = 5  # words of an English title ("Chief Information Security Officer")
_TITLE_TAILS = frozenset("Officer".split())
_SHORT_FORM = re.compile(r"[A-Z]{2,6}")


MIN_MISSPELT_TAIL = 5  # letters of a name's last word read through one slip ("harbor"; not "ag" for "ab")


class NameBook:
    """Every name the knowledge holds, by normalised key, and each document's subject (its title's and
    lead's companies)."""

    def __init__(self) -> None:
        self.names: dict[str, Name] = {}
        self.subjects: dict[str, frozenset[str]] = {}
        self.max_words = 1
        self.lowered: set[str] = set()  # capitalised forms of words the documents write in lower case
        self.firsts: set[str] = set()  # the first word of every name: where a name can start
        self.projects: set[str] = set()  # names of projects ("das Vorhaben mit dem Namen „Kestrel“")
        # an abbreviation → the name it stands for ("sitc" → "sindicato")
        self.spelled_out: dict[str, str] = {}
        # what each project is, as the documents call it before its name ("seekabel", "kabel")
        self.project_nouns: defaultdict[str, set[str]] = defaultdict(set)
        # the company an article about a project names again and again, not in its title or lead
        self.main: dict[str, frozenset[str]] = {}
        self.surnames: set[str] = set()  # the last words of every person's name ever added: a quick "no"
        # names guessed from words no German dictionary knows after a company's kind ("der Konkurrent Sahel
        # Datacom"), which may say in full a name learned otherwise ("Acme Compute AS")
        self.guessed: set[str] = set()
        # a name of words by all but its last → those last words: "maple harbor" spells "Maple Harbour"
        self.tails: defaultdict[str, set[str]] = defaultdict(set)

    def add(self, display: str, kind: str, document: str | None = None, **extra: str | None) -> Name | None:
        key = normalize(display)
        if len(key) < 2 or key.isdigit():
            return None
        if kind == PLACE and display.strip() in _PLACE_LEADS:
            return None  # "New" of "New Providence" alone names no place ("Acme's new bond")
        name = self.names.get(key)
        if name is None:
            name = self.names[key] = Name(key=key, display=display.strip(), kind=kind)
            self.max_words = max(self.max_words, len(key.split()))
            self.firsts.add(key.split()[0])
            head, _, tail = key.rpartition(" ")
            if head:
                self.tails[head].add(tail)
        elif (kind == PERSON and name.kind != PERSON) or (kind == ORG and name.kind == PLACE):
            name.kind = kind  # a title or a company form beside it says so, whatever "in X" guessed
        for attribute, value in extra.items():
            if value and getattr(name, attribute) is None:
                setattr(name, attribute, value)
        if document is not None:
            name.documents.add(document)
        if name.kind == PERSON and " " in key:
            self.surnames.add(key.rsplit(" ", 1)[-1])
        return name

    def find(self, words: list[str]) -> list[str]:
        """Keys of the names in a list of normalised words, longest first (`mistral ai` before `mistral`)."""
        return self.find_spans(words)[0]

    def find_spans(self, words: list[str]) -> tuple[list[str], set[str]]:
        """The canonical keys of the names in `words`, and the words that spelt them."""
        located = self.locate(words)
        return [key for _, _, key in located], {w for start, end, _ in located for w in words[start:end]}

    def locate(self, words: list[str] | tuple[str, ...]) -> list[tuple[int, int, str]]:
        """The names in `words` as (start, end, canonical key), longest first."""
        found: list[tuple[int, int, str]] = []
        firsts = self.firsts
        i = 0
        while i < len(words):
            word = words[i]
            if word not in firsts and not (word.endswith("s") and word[:-1] in firsts):
                i += 1  # no name starts with this word (nor is it a name's genitive)
                continue
            for size in range(min(self.max_words, len(words) - i), 0, -1):
                key = " ".join(words[i : i + size])
                if key not in self.names and key.endswith("s") and key[:-1] in self.names:
                    key = key[:-1]  # `Tianruis Rechenzentrum`: the genitive names the company
                if key not in self.names and size >= 2:
                    key = self._misspelt_tail(key)
                if key in self.names:
                    found.append((i, i + size, self.names[key].canonical or key))
                    i += size
                    break
            else:
                i += 1
        return found

    def _misspelt_tail(self, key: str) -> str:
        """ "maple harbor": the name whose other words are spelt so and whose last word is one edit away
        ("Maple Harbour"), the question's key where there is none or more than one."""
        head, _, tail = key.rpartition(" ")
        if len(tail) < MIN_MISSPELT_TAIL:
            return key
        close = [t for t in self.tails.get(head, ()) if Levenshtein.distance(t, tail, score_cutoff=1) <= 1]
        return f"{head} {close[0]}" if len(close) == 1 else key

    def kind(self, key: str) -> str | None:
        name = self.names.get(key)
        return name.kind if name else None


# Legal forms that end a company's name whatever its other words are ("Die Acme Energie AG").
LEGAL_FORMS = frozenset(
    """AG SE GmbH Ltd Ltd. plc PLC Inc Inc. Corp Corp. SA S.A NV ASA AB Oy KG A/S ApS SpA S.p.A BV B.V Bhd
    Berhad Re""".split()  # (and a reinsurer's "Re": "Acme Re")
)
MAX_NAME_BEFORE_FORM = 3


def _learn_legal_name(
    book: NameBook, doc_id: str, tokens: list[str], at: int, nouns: AbstractSet[str] = frozenset()
) -> None:
    """ "Die Trauneck Energie AG": the capitalised words before a legal form are one company's name (its
    first word its short form), though "Energie" alone is a noun; "mit dem Namen Acme Campus GmbH": a
    noun the documents use after an article, first, is none of it."""
    run: list[str] = []
    if at >= 3 and tokens[at - 1] in ("Co.", "Co", "Cie.", "Cie") and tokens[at - 2] == "&":
        at -= 2  # "Albis & Co. AG": the name is before "& Co."
    for token in reversed(tokens[max(0, at - MAX_NAME_BEFORE_FORM) : at]):
        if token != token.strip(",.;:!?") or not _is_cap(token) or token.casefold() in _DETERMINERS:
            break
        run.insert(0, token)
    while len(run) > 1 and run[0] in nouns and dictionary_word(normalize(run[0])):
        run = run[1:]
    if len(run) > 1 and run[0] in ORG_PREFIXES:
        run = run[1:]  # "Minera Quillagua S.A.": the word after "Minera" is the name
    if len(run) > 1 and _town_adjective(run[0]) and not dictionary_word(normalize(run[1])):
        run = run[1:]  # "Die Leipziger Brückner Datenwerke AG": the company from Leipzig is Brückner
    kinds = [i for i, token in enumerate(run) if is_descriptor(token)]
    if kinds:  # "der Walliser Wasserkraftproduzent Rhonewerke AG": the name follows its kind
        run = run[kinds[-1] + 1 :]
    if (
        not run
        or is_title(run[0])
        or is_descriptor(run[0])
        or (normalize(run[0]) in book.names and book.names[normalize(run[0])].kind != ORG)
    ):
        return
    book.add(run[0], ORG, doc_id)
    # "Trauneck Energie AG", and "Trauneck Energie" as a question may write it: one company
    for words in ([*run, tokens[at].strip(",.;:!?")], run if len(run) > 1 else []):
        whole = book.add(" ".join(words), ORG, doc_id, canonical=normalize(run[0])) if words else None
        if whole is not None and whole.kind == ORG:
            whole.canonical = normalize(run[0])


def _town_adjective(word: str) -> bool:
    """ "Leipziger", "Dresdner", "Münchner": a town's adjective by its ending (a capital word in "-er" that
    is no word of the language: not "Partner", "Technischer")."""
    return (
        word.endswith("er") and word[:1].isupper() and word.isalpha() and not dictionary_word(normalize(word))
    )


NAME_RUN_MAX = 3  # words of a company's name before its head ("Al Noor Digital Capital")


def _name_run(book: NameBook, tokens: list[str], at: int, nouns: AbstractSet[str]) -> list[str]:
    """The capitalised words of a name ending at `at`, before a company's head ("Acme Probe" of "beim
    Spezialisten Acme Probe Systems"): back to an article, a kind of
    company, a title, a noun or punctuation."""
    run = [tokens[at].strip(",.;:!?")]
    for j in range(at - 1, max(-1, at - NAME_RUN_MAX), -1):
        token = tokens[j]
        if (
            token != token.strip(",.;:!?")
            # `in Teesside – Quillon Labs` (the dash is no token): a word after "in" ends it (not a place
            # guessed elsewhere from "bei X": `Velqora Advanced Packaging` of "Streik bei Velqora")
            or (j and tokens[j - 1] in _PLACE_PREPOSITIONS)
            or not _is_cap(token)
            or not token.isalpha()
            or token.casefold() in _DETERMINERS
            or is_descriptor(token)
            or is_title(token)
            # `der Rechenzentrumsbauer Nordbau Datacenter`: a noun after an article (not `die Selvara Subsea
            # Networks`: right after the article, a word no dictionary knows that joins no words opens it)
            or (token in nouns and not _opens_after_article(tokens, j))
            or token in _VENTURE_HEADS
            or token in _VENTURE_WORDS  # `das Joint Venture Glacia Compute`
            # `die Leipziger Brückner Datenwerke`: a town's adjective before a name is no part of it
            or (_town_adjective(token) and not dictionary_word(normalize(run[0])))
        ):
            break
        run.insert(0, token)
    return run


def _a_place(book: NameBook, word: str) -> bool:
    key = normalize(word)
    return key in countries() or key in world_regions() or book.kind(key) == PLACE


def _capitalised_run(tokens: list[str], nouns: AbstractSet[str]) -> list[str]:
    """The capitalised words opening `tokens` that may be a name's (no noun of the texts, no title), up to
    and with the first one punctuation closes."""
    run = []
    for raw in tokens:
        word = raw.strip(",.;:!?")
        if not (_is_cap(word) and word.isalpha() and word not in nouns and not is_title(word)):
            break
        run.append(word)
        if raw != word:
            break
    return run


def _opens_after_article(tokens: list[str], j: int) -> bool:
    token = tokens[j]
    return (
        j > 0
        and tokens[j - 1].casefold() in _DETERMINERS
        and len(token) <= SHORT_NAME  # (not "Rechenzentrumsbauer": a long one is a compound noun)
        and _unknown_cap(token)
        and not _compound_noun(token)
    )


def is_descriptor(word: str) -> bool:
    """ "Betreiber", "des Betreibers", "dem größeren Rivalen": a kind of company, declined or not."""
    bare = word.casefold()
    if any(form.endswith(DESCRIPTOR_ENDINGS) for form in (bare, bare[:-1], bare[:-2])):
        return True
    # "die Zürcher Privatbank", "der Förderbank": a bank of a kind a word tells (not "die Globexbank")
    head = normalize(bare).removesuffix("en").removesuffix("bank")
    return head != normalize(bare).removesuffix("en") and dictionary_word(head.removesuffix("s"))


def _noun_uses(sentences: Iterable[list[str]]) -> set[str]:
    """Capitalised words the documents use after an article ("der Ausschuss") or a figure ("51 Prozent",
    "400 Techniker"): common nouns."""
    nouns: set[str] = set()
    for tokens in sentences:
        for i, (before, token) in enumerate(pairwise(tokens)):
            counted = before[-1:].isdigit()  # (not "Platz 2: Fynbos Cloud", after a colon)
            # (not after a relative pronoun: "Die Stationen, die Acme derzeit aufbaut": Acme is their maker)
            relative = i > 0 and tokens[i - 1].endswith(",") and before in _RELATIVE_PRONOUNS
            if (before.casefold() in _DETERMINERS or counted) and token[:1].isupper() and not relative:
                nouns.add(token.strip(",.;:"))
    return nouns


_RELATIVE_PRONOUNS = frozenset("der die das dem den denen".split())


def learn(documents: Iterable[tuple[str, str, str]], seeds: Iterable[tuple[str, str]] = ()) -> NameBook:
    """A NameBook from `(document id, title, text)` and seed names `(display, kind)` (deals' parties)."""
    book = NameBook()
    for display, kind in seeds:
        book.add(display, kind)
    docs = [(doc_id, title, text) for doc_id, title, text in documents]
    tokenised: dict[str, list[list[str]]] = {}
    spoken: dict[str, list[str]] = {}  # each sentence's words said between quotation marks
    # "KABUL – …": the town the article was written in, not a company's acronym (learned as a place below)
    datelines = {doc_id: _caps_dateline(text) for doc_id, _, text in docs}
    originals = {d: text for d, _, text in docs}
    docs = [(d, title, _title_cased(_without_tickers(text), datelines[d])) for d, title, text in docs]
    for doc_id, title, text in docs:
        body = text if text.lstrip().startswith(title.strip()) else f"{title}\n{text}"
        said = split_sentences(body)
        tokenised[doc_id] = [_tokens(s) for s in said]
        spoken[doc_id] = [_quoted(s) for s in said]
    nouns = _noun_uses(t for sentences in tokenised.values() for t in sentences)
    # A word the documents also write in lower case ("mit", "und") is a capitalised sentence start.
    book.lowered = {
        t.capitalize() for sentences in tokenised.values() for ts in sentences for t in ts if t.islower()
    }
    nouns |= book.lowered
    known_countries = countries()
    for doc_id, _, text in docs:  # `Osterholt & Vance`, `Brückner & Lind Capital`: two names, one firm
        for match in _AMPERSAND.finditer(text):
            first, second = match.group(1), match.group(2)
            parts = (first, second)
            if (
                _unknown_cap(first)  # a founder's name first (`Investment & Securities` are words)
                # not `Acme & Globex`: two firms, each named alone too
                and not all(
                    re.search(rf"\b{re.escape(p)}\b", text.replace(match.group(0), "")) for p in parts
                )
                and not any(is_title(p) or p in ORG_HEADS for p in parts)
            ):
                book.add(f"{first} & {second}", ORG, doc_id)
    for doc_id, sentences in tokenised.items():  # first: a person's title in the passes below says who
        for tokens in sentences:
            _learn_from_origin(book, doc_id, tokens, nouns)
            _learn_institutions(book, doc_id, tokens)
    for _ in range(2):  # a second pass sees the names the first one found (`dem Kaneda` after `Kaneda AG`)
        for doc_id, sentences in tokenised.items():
            for tokens in sentences:
                _learn_sentence(book, doc_id, tokens, nouns, known_countries)
    for _ in range(2):  # "Borealis und Orbis": a name beside a company is a company
        for doc_id, sentences in tokenised.items():
            for tokens in sentences:
                _learn_coordinated(book, doc_id, tokens, nouns)
    _drop_genitives(book)
    _keep_particles_whole(book)
    for doc_id, _, text in docs:  # "das Joint Venture Glacia Compute", "… mit dem Namen Acme": its name
        for match in (*_NAMED_VENTURE.finditer(text), *_NAMED_PROJECT.finditer(text)):
            project = match.re is _NAMED_PROJECT
            noun = match["noun"] if project else ""
            # "Der „Campus Ebro“": a quoted name opening on the kind of thing it names, after an article
            titled = (match["quoted"] or "").split() if project else []
            kind_first = (
                len(titled) > 1 and normalize(noun) in _ARTICLES and titled[0].casefold() in _THING_FIRST
            )
            if kind_first:
                noun = titled[0]
            if (
                project
                and not kind_first
                and (
                    normalize(noun) in book.names
                    or is_title(noun)
                    or noun in book.lowered
                    or normalize(noun).endswith(_VERDICT_NOUNS)
                )
            ):
                continue  # "Acme „Global“", "CEO „Jane“", "Der „Saphir“": no thing named by its kind
            name = match["name"] or match["quoted"] if project else match.group(1)
            said = name.split()
            # "den Namen „Project Kittiwake“": the word after "Project" is the name's short form
            short = said[1] if len(said) > 1 and said[0].casefold() in _PROJECT_WORDS else said[0]
            quoted = (project and bool(match["quoted"])) or (
                match.group(0).rstrip().endswith(name) and "„" in match.group(0)
            )
            if (
                quoted
                and len(said) > 1
                and short == said[0]
                # (nor is "Campus" of "trägt den Namen „Campus Heidequell“" any campus's name)
                and (short in book.lowered or kind_first or short.casefold() in _THING_FIRST)
            ):
                short = name  # „Digitale Klassenzimmer“: "die digitale Welt" names nothing
            if project and len(said) > 1 and short == said[0] and _legal_name_opened(book, short, name):
                short = name  # «Tödi One» beside the utility "Tödi Energie AG": "Tödi" is the company's
            kind = _kind_noun(noun)  # "KI-Seekabel": a "seekabel"; a "Start-up" is one
            kind = kind if kind in COMPANY_NOUNS else kind.rsplit("-", 1)[-1]
            kind = "" if kind.endswith(_NAMING_NOUNS) else kind  # "mit dem Projektnamen „Aare“": no kind
            if project and kind and normalize(short) in book.projects:
                book.project_nouns[normalize(short)].add(kind)  # "das Kabel mit dem Namen „Meridra“" again
            thing = project and not (kind in COMPANY_NOUNS or kind.endswith(DESCRIPTOR_ENDINGS))
            # (a name found before is a thing's too when quoted after a thing: "des Chips „Acme-2“")
            if (dictionary_word(normalize(short)) and not quoted) or (
                normalize(name) in book.names and not (quoted and thing and kind)
            ):
                continue
            book.add(short, ORG, doc_id)  # its first word its short form, as for a legal name
            if thing:
                known = book.names.get(normalize(short))
                for key in {normalize(short), *([known.canonical] if known and known.canonical else [])}:
                    book.projects.add(key)  # "ein Start-up namens Acme" is a company
                    if kind:
                        book.project_nouns[key].add(kind)
            whole = book.add(name, ORG, doc_id, canonical=normalize(short)) if short != name else None
            if whole is not None and whole.kind == ORG:
                whole.canonical = normalize(short)
    _learn_name_tails(book, tokenised, nouns)
    _learn_untitled_people(book, tokenised, nouns)
    for doc_id, _, text in docs:
        _learn_abbreviated_ventures(book, doc_id, text)
        _learn_abbreviations(book, doc_id, text)
    for doc_id, _, text in docs:  # "wurde 2019 von Jonas Roe und Mia Doe gegründet": its founders
        for match in _FOUNDED_BY.finditer(text):
            for founder in (match.group(1), match.group(2)):
                if (
                    founder
                    and not any(dictionary_word(normalize(w)) for w in founder.split())
                    and normalize(founder) not in book.names
                ):
                    book.add(founder, PERSON, doc_id, title="Gründer")
    for doc_id, _, text in docs:  # "Oslo/Tokio, 6. November 2025": the dateline names where it was written
        lines = text.splitlines()[:DATELINE_LINES]
        found = [d.group(1).split("/") for line in lines if (d := _DATELINE.match(line)) is not None]
        agencies = (_AGENCY_DATELINE.match(line) for line in lines[1:])
        found += [
            a.group(1).split("/")
            for a in agencies
            # (not "Die Acme (AG) – …": no town opens on an article, and no agency is a legal form)
            if a is not None
            and a["agency"] not in LEGAL_FORMS
            and a.group(1).split()[0].casefold() not in _DETERMINERS
        ]
        for place in [p for places in found for p in places] + [_as_name(p) for p in datelines[doc_id]]:
            key = normalize(place)
            if key in book.names or dictionary_word(key) or any(k.startswith(key + " ") for k in book.names):
                continue  # a known name, a word, or the first word of a company's ("Sorvik Memory")
            book.add(place.strip(), PLACE, doc_id)
    _learn_named_facilities(book, tokenised, nouns)
    named = {w for key in book.names for w in key.split()}  # (the words of the names known so far)
    for doc_id, title, _ in docs:
        _learn_title_company(book, doc_id, title, tokenised[doc_id], nouns, named)
    _learn_place_parts(book)
    _learn_containing_regions(book, tokenised)
    _learn_places_naming_projects(book, tokenised)
    for name in book.names.values():  # "PMC-Finanzvorstand Jan Roe": of the company PMC stands for
        short = book.names.get(normalize(name.org or ""))
        if name.kind == PERSON and short is not None and short.key in book.spelled_out and short.canonical:
            name.org = book.names[short.canonical].display if short.canonical in book.names else name.org
    _link_short_forms(book)
    for doc_id, original in originals.items():
        _learn_tickers(book, doc_id, original)
        _learn_other_names(book, doc_id, original)
    for doc_id, title, text in docs:
        book.subjects[doc_id] = subject_of(book, title, text, doc_id)
    _part_siblings(book, {doc_id: text for doc_id, _, text in docs})
    _learn_person_context(book, tokenised, spoken)
    _learn_person_subject(book)
    _learn_titled_by_company(book, tokenised)
    _learn_person_parts(book)
    return book


def _part_siblings(book: NameBook, texts: dict[str, str]) -> None:
    """ "Morvik Holding" and its subsidiary "Morvik Kraft": two companies whose names open on one word are
    each its own key (a question of one is never answered with the other's figure); "Morvik" alone stays
    the short form it was. (Not "Acme Energie" and "Acme Energie AG", one name with and without its form.)"""
    by_short: dict[str, list[Name]] = defaultdict(list)
    for name in book.names.values():
        if name.kind == ORG and name.canonical and name.key.startswith(f"{name.canonical} "):
            by_short[name.canonical].append(name)
    for names in by_short.values():
        # (each written so again and again, in an article telling parent from subsidiary: not a name's words
        # run on once, "… Quellwerk Zugriff auf …")
        told = [
            n
            for n in names
            if any(
                _SIBLINGS_TOLD.search(texts.get(d, "")) and texts[d].count(n.display) >= SIBLING_MENTIONS
                for d in n.documents
            )
        ]
        seconds = {n.key.split()[1] for n in told} - _LEGAL_FORMS_NORMAL
        if len(seconds) < 2:
            continue  # "Acme Energie" alone: the short name's whole
        for name in names:
            words = name.key.split()
            if words[1] in seconds and words[1] not in _SIBLING_TAILS_KEPT:
                # ("morvik kraft as" is "morvik kraft"; "Morvik Holding" stays the parent "Morvik")
                stem = " ".join(words[:2])
                name.canonical = None if name.key == stem else stem if stem in book.names else None


# an article telling a parent from its subsidiary
_SIBLINGS_TOLD = re.compile(
    r"Tochter|Mutter(?:konzern|gesellschaft|unternehmen)|Schwester|subsidiary|parent company|sister company",
    re.I,
)
SIBLING_MENTIONS = 2  # times each of two siblings' names is written in it
# words after a company's short name that spell it out, no sibling of its own ("Acme Group", "Acme Inc")
_SIBLING_TAILS_KEPT = frozenset("group gruppe holding konzern".split())


def _learn_titled_by_company(book: NameBook, tokenised: dict[str, list[list[str]]]) -> None:
    """ "Acme-Vorständin Roe über den Globex-Deal": a title compound whose first part is a company, before
    a person's surname, says whose the person is (over a company named near them, "… mit Globex
    geschlossen. Im Gespräch erklärt Vorständin Jane Roe …")."""
    for doc_id, sentences in tokenised.items():
        people = {
            key.split()[-1]: key
            for key, name in book.names.items()
            if name.kind == PERSON and doc_id in name.documents and " " in key
        }
        for tokens in sentences:
            for token, after in pairwise(tokens):
                head, _, title = token.partition("-")
                person = people.get(normalize(after.strip(",.;:!?")))
                company = book.names.get(normalize(head))
                if person and title and is_title(title) and company is not None and company.kind == ORG:
                    whole = book.names.get(company.canonical or "", company)
                    book.names[person].org = whole.display


_ABBREVIATED = re.compile(r"((?:[^\W\d_][\w-]*\s+){1,8})\(([A-ZÄÖÜ]{2,6})\)")


def _learn_abbreviations(book: NameBook, doc_id: str, text: str) -> None:
    """ "die Gewerkschaft Sindicato Independiente de Trabajadores de la Construcción (SITC)": the
    capitals are the initials of the company named before them (`NameBook.spelled_out`)."""
    for match in _ABBREVIATED.finditer(text):
        short = match.group(2)
        words = match.group(1).split()
        while words and not _initials(words, short):
            words = words[1:]  # "die Gewerkschaft …": from where the initials begin
        if not words:
            continue
        found = [k for k in book.find(normalize(" ".join(words)).split()) if book.kind(k) == ORG]
        if not found:
            continue
        full = book.names[found[0]]
        book.spelled_out[normalize(short)] = full.canonical or full.key
        # "… Acme Advanced Packaging (AAP) … AAP beschäftigt …": the capitals are that company's other name,
        # where only this article uses them (a curated name, or one another article uses, stays its own)
        own = book.names.get(normalize(short))
        if own is not None and own.kind == ORG and own.canonical is None and own.documents == {doc_id}:
            own.canonical = full.canonical or full.key


def _learn_abbreviated_ventures(book: NameBook, doc_id: str, text: str) -> None:
    """ "das Joint Venture mit dem Namen Velmora Seyvolt Advanced Packaging (VSAP)": the venture, however
    many of its words name its parents, goes by its name and the capitals after it (one name: VSAP)."""
    for match in _ABBREVIATED_VENTURE.finditer(text):
        full, short = match["name"], match["short"]
        if not _initials(full.split(), short):
            continue
        book.add(short, ORG, doc_id)
        whole = book.add(full, ORG, doc_id, canonical=normalize(short))
        if whole is not None and whole.kind == ORG:
            whole.canonical = normalize(short)


def _initials(words: list[str], short: str) -> bool:
    capitals = [w for w in words if w[:1].isupper()]
    return len(capitals) == len(short) and "".join(w[0] for w in capitals).upper() == short


# The English head of an institution's name in a German text: "der High Court", "die Myanmar Investment
# Commission", "an der Yangon Stock Exchange" (words a dictionary knows, capitalised together: a name)
_INSTITUTION_HEADS = frozenset(
    "Court Commission Exchange Authority Council Agency Board Tribunal Ministry Parliament Senate "
    "Bureau".split()
)
INSTITUTION_WORDS = 3  # words of such a name before its head at most ("Myanmar Investment Commission")


def _learn_institutions(book: NameBook, doc_id: str, tokens: list[str]) -> None:
    """ "vor dem Supreme Court", "des High Court in Lusaka": an institution named in English, its head
    and the capitalised words before it, inside a sentence (a sentence's first word is capitalised anyway)."""
    for at in range(2, len(tokens)):
        head = tokens[at].strip(",.;:!?")
        if head not in _INSTITUTION_HEADS or tokens[at - 1] != tokens[at - 1].strip(",.;:!?"):
            continue
        if not dictionary_word(normalize(tokens[at - 1])):
            continue  # "Supreme", "Stock": the word before the head an English one, not a company's name
        start = at
        while start > 1 and at - start < INSTITUTION_WORDS and tokens[start - 1].isalpha():
            if not _is_cap(tokens[start - 1]) or is_title(tokens[start - 1]):
                break
            start -= 1
        if start < at:
            book.add(" ".join([*tokens[start:at], head]), ORG, doc_id)


# A plant or a site by its kind, right before its name: "das Solarkraftwerk Lund", "der Windpark Aurora"
FACILITY_ENDINGS = ("kraftwerk", "solarpark", "windpark", "rechenzentrum", "speicher", "mine", "seekabel")


def _learn_named_facilities(book: NameBook, tokenised: dict[str, list[list[str]]], nouns: set[str]) -> None:
    """ "das geplante Solarkraftwerk Lund": a word no dictionary knows, capitalised after a facility's
    kind, is that facility's name (a project, like one quoted), where it names nothing else yet."""
    for doc_id, sentences in tokenised.items():
        for tokens in sentences:
            for token in tokens:
                # "das Manu-Kabel nach Fidschi": a name no dictionary knows joined to the facility's kind
                first, _, noun = token.strip(',.;:!?»«„“"').rpartition("-")
                key = normalize(first)
                if (
                    _is_cap(first)
                    and first.isalpha()
                    and noun.casefold().endswith((*FACILITY_ENDINGS, "kabel"))
                    and len(key) >= MIN_FACILITY_NAME
                    and key not in book.names
                    and not dictionary_word(key)
                ):
                    book.add(first, ORG, doc_id)
                    book.projects.add(key)
                    book.project_nouns[key].add(noun.casefold())
            for at, token in enumerate(tokens):
                # "der Pennine AI Campus", "den Nordic Data Park": a capitalised word before a field's word
                # and an English site's kind, as a name is written in English
                rest = [t.strip(',.;:!?»«„“"') for t in tokens[at + 1 : at + 1 + _NAMED_SITE_REACH]]
                head = next((i for i, t in enumerate(rest) if t in _NAMED_SITE_HEADS), None)
                key = normalize(token)
                if (
                    head is not None
                    and all(t in _NAMED_SITE_FIELDS for t in rest[:head])
                    and _is_cap(token)
                    and token.isalpha()
                    and len(key) >= MIN_FACILITY_NAME
                    and key not in book.names
                    # (a word of English, or said after an article, is a name there: "den Pennine AI Campus";
                    # no German word or title is: "Vorstandschef Park Jae-won")
                    and head >= 1
                    and key not in german_words()
                    and not is_title(token)
                ):
                    book.add(token, ORG, doc_id)
                    book.projects.add(key)
                    book.project_nouns[key].add(rest[head].casefold())
            for at, (kind, token) in enumerate(pairwise(tokens)):
                after = tokens[at + 2] if at + 2 < len(tokens) else ""
                bare = token.strip(",.;:!?")
                key = normalize(bare)
                noun = kind.strip(',.;:!?»«„“"').casefold()
                if (
                    kind != kind.strip(",.;:!?")  # "… im Kraftwerk. Lund …": no name of it
                    or not kind[:1].isupper()
                    or not noun.endswith(FACILITY_ENDINGS)
                    or not _is_cap(bare)
                    or len(key) < MIN_FACILITY_NAME
                    or key in book.names
                    or bare in nouns
                    or dictionary_word(key)
                    or (after[:1].isupper() and bare == token)  # "Kraftwerk Lund Süd": a name of words
                ):
                    continue
                book.add(bare, ORG, doc_id)
                book.projects.add(key)
                book.project_nouns[key].add(noun)


MIN_FACILITY_NAME = 3  # letters of a facility's name ("Rechenzentrum A1" names no place)
# An English site's kind after its name ("Pennine AI Campus"), and the field's words that may stand between
_NAMED_SITE_HEADS = frozenset("Campus Park Hub Cluster Center Centre".split())
_NAMED_SITE_FIELDS = frozenset("AI KI Data Tech Digital Compute Cloud Innovation Science".split())
_NAMED_SITE_REACH = 3  # words from the name to the kind ("Nordic Data Tech Park")


def _learn_places_naming_projects(book: NameBook, tokenised: dict[str, list[list[str]]]) -> None:
    """ "„Umhlanga AI Hub“ … baut in Umhlanga nördlich von Durban": the first word of a company's name of
    several words, written after "in" alone, is the place the thing is named after, no company of its own."""
    firsts = {
        name.canonical
        for name in book.names.values()
        if name.kind == ORG and name.canonical and " " in name.key and name.key.split()[0] == name.canonical
    }
    for sentences in tokenised.values():
        for tokens in sentences:
            for before, token, after in zip(["", *tokens[:-1]], tokens, [*tokens[1:], ""], strict=True):
                key = normalize(token.strip(",.;:!?"))
                if (
                    key in firsts
                    and before == "in"
                    and book.kind(key) == ORG
                    and (token != token.rstrip(",.;:!?") or after.strip(",.;:!?") not in ORG_HEADS)
                    and " " not in key
                ):
                    book.names[key].kind = PLACE
                    for name in book.names.values():  # "Kitakami Compute" is a company of its own
                        if name.canonical == key and name.kind == ORG:
                            name.canonical = None


def _main_company(book: NameBook, sentences: list[list[str]]) -> frozenset[str]:
    """The company most sentences name, when it is named in MAIN_MENTIONS sentences or more and at least
    MAIN_LEAD times as often as any other."""
    counts: Counter[str] = Counter()
    for tokens in sentences:
        found = book.find(normalize(" ".join(tokens)).split())
        counts.update({k for k in found if book.kind(k) == ORG and k not in book.projects})
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MAIN_MENTIONS:
        return frozenset()
    if len(ranked) > 1 and ranked[0][1] < MAIN_LEAD * ranked[1][1]:
        return frozenset()
    return frozenset({ranked[0][0]})


MAIN_MENTIONS = 3  # sentences naming a company before an article about a project is about it too
MAIN_LEAD = 2  # ... and it must be named this many times as often as the next company


def _learn_person_subject(book: NameBook) -> None:
    """ "Gründerin und Vorstandschefin Jane Roe sagte …" in an article about one company, with no company
    named around her: a company title there is that company's (an analyst's or a mayor's is not)."""
    for name in book.names.values():
        title = name.title or ""
        if name.kind != PERSON or name.org is not None or not title or len(name.documents) != 1:
            continue
        if is_judge(title) or official(title):
            continue
        subject = [k for k in book.subjects.get(next(iter(name.documents)), ()) if book.kind(k) == ORG]
        if len(subject) == 1:
            name.org = book.names[subject[0]].display


# (an indefinite article only: "…, der Vertrag verschaffe dem Versorger …" opens a clause of its own)
_APPOSED_ARTICLES = frozenset("einem einer eines".split())
KIND_AFTER_NAME = 4  # words from a name to its apposition's comma ("mit Globex verhandelt hatten,")
KIND_IN_APPOSITION = 4  # words of the apposition to the kind of company ("einem weiteren Münchner Anbieter")


def _kind_apposed(tokens: list[str], at: int) -> bool:
    """ "… mit Globex verhandelt hatten, einem weiteren Münchner Anbieter von KI-Modellen": a word set off
    by a comma after it, as a kind of company after an article, is that company."""
    for j in range(at, min(len(tokens) - 1, at + KIND_AFTER_NAME)):
        if tokens[j].endswith(",") and tokens[j + 1] in _APPOSED_ARTICLES:
            kinds = tokens[j + 2 : j + 2 + KIND_IN_APPOSITION]
            return any(is_descriptor(t.strip(",.;:!?")) for t in kinds if _is_cap(t))
        if tokens[j] != tokens[j].rstrip(",.;:!?"):
            return False
    return False


def _learn_sentence(
    book: NameBook, doc_id: str, tokens: list[str], nouns: set[str], countries: frozenset[str]
) -> None:
    for i, token in enumerate(tokens):
        bare = token.strip(",.;:!?")
        nxt = tokens[i + 1].strip(",.;:!?") if i + 1 < len(tokens) else ""
        if (
            i
            and _unknown_cap(bare)
            and bare not in nouns
            and not is_title(bare)
            and book.kind(normalize(bare)) is None
            and _kind_apposed(tokens, i)
        ):
            book.add(bare, ORG, doc_id)
        if (
            _company_form(bare)
            and not _spelled_out_term(tokens, i)
            and not _currency_of_amount(tokens, i)
            and not _thing_named(tokens, i)
        ):
            book.add(bare, ORG, doc_id)
        numbered = _NUMBERED.match(bare)
        if numbered and not dictionary_word(normalize(numbered.group(1))):
            # `Lusoceltic-1`, `Aurora-2`: a named project (a cable, a system), asked by its first part too
            project = book.add(bare, ORG, doc_id)
            if project is not None and project.kind == ORG:
                stem_name = book.add(numbered.group(1), ORG, doc_id)
                project.canonical = normalize(numbered.group(1)) if stem_name is not None else None
        if "-" in bare:  # `Mistral-Chef`, `ASML-Finanzvorstand`, `Acme-Aktie`
            tail = bare.rpartition("-")[2]
            first = bare.split("-")[0]
            # ... not `Chip-Packaging-Werk` (a noun chain) nor `Rechenzentrums-Campus` (a noun's linking -s)
            noun_chain = bare.count("-") > 1
            linked = first.endswith("s") and (first[:-1] in nouns or dictionary_word(normalize(first[:-1])))
            if (
                _is_cap(first)
                and first not in nouns
                and not is_descriptor(first)  # `Konzern-Finanzchef`: the company by its kind, no name
                and not noun_chain
                and not linked
                and (
                    is_title(tail.capitalize())
                    # `Acme-Rechenzentrum`; a word's (`Solar-Rechenzentrum`) says what kind it is
                    or (tail.casefold() in NAME_COMPOUND_HEADS and not dictionary_word(normalize(first)))
                    or (tail.casefold() in _FIRM_COMPOUND_HEADS and normalize(first) not in german_words())
                )
            ):
                book.add(first, ORG, doc_id)
            parts = bare.split("-")[:-1]
            if (
                noun_chain
                and is_title(tail.capitalize())
                and all(_is_cap(p) and p not in nouns and not is_descriptor(p) for p in parts)
            ):
                # `Horizon-Bondtech-Chefin`: a title after a name of several words (not `Chip-Packaging-Werk`)
                whole = book.add(" ".join(parts), ORG, doc_id)
                if whole is not None and whole.kind == ORG and book.add(parts[0], ORG, doc_id) is not None:
                    whole.canonical = normalize(parts[0])
        if bare in LEGAL_FORMS and i >= 2:
            _learn_legal_name(book, doc_id, tokens, i, nouns)
        # `der Narmada Infrastructure Bank`: after an article a word is a noun, but a short one no dictionary
        # knows is a name (a German compound or plural it may be: `Rechenzentren AG`, `Stromliefervertrag`)
        known = (
            bare not in nouns
            or normalize(bare) in book.names
            or (_unknown_cap(bare) and len(bare) <= SHORT_NAME and not bare.endswith(_INFLECTED))
        )
        if (
            (nxt in ORG_HEADS or (_compound_head(nxt) and not bare.endswith("er")))
            # ("Londoner Infrastrukturfonds": a town's adjective before a compound names no company)
            # ... nor before the word for any company ("des Dresdner Konzerns": the company from Dresden)
            and not (bare.endswith("er") and normalize(nxt).startswith(_ANY_COMPANY))
            and bare not in ORG_HEADS  # "Data Centres" heads a name; it is none
            and token == bare  # (not "Stromliefervertrag (Power Purchase Agreement)")
            and i > 0
            and known
            and _is_cap(bare)
            and _name_word(bare, nouns)
            and not is_title(bare)
            # (not `900 Millionen Pataca Kapital`: a currency after an amount heads no company)
            and not (
                folded(bare) in CURRENCY_NOUNS
                and (tokens[i - 1][:1].isdigit() or tokens[i - 1].casefold() in _SCALES)
            )
        ):
            run = _name_run(book, tokens, i, nouns)  # `Acme Test Labs`: from its first word
            first = normalize(run[0])
            heads = [nxt]  # `Nubaria Data Centers`: heads after heads are the name's too
            while (
                token == bare
                and tokens[i + len(heads)] == heads[-1]
                and i + 1 + len(heads) < len(tokens)
                and (following := tokens[i + 1 + len(heads)].strip(",.;:!?")) in ORG_HEADS
            ):
                heads.append(following)
            for words in ([*run, *heads], [*run, nxt] if len(heads) > 1 else [], run if len(run) > 1 else []):
                whole = book.add(" ".join(words), ORG, doc_id, canonical=first) if words else None
                if whole is not None and whole.kind == ORG:
                    whole.canonical = first
            book.add(run[0], ORG, doc_id)
        if is_descriptor(bare) and token == bare and nxt in ORG_PREFIXES and i + 2 < len(tokens):
            # `der Kupferproduzent Minera Cerro Alto`: a company's word in another language opens the name,
            # whose words after it may be any dictionary's ("Alto"); the name is asked without it too
            named = list(takewhile(lambda t: t[:1].isupper(), tokens[i + 2 : i + 2 + APPOSITION_WORDS]))
            closed = next((j for j, t in enumerate(named) if t != t.rstrip(",.;:!?")), None)
            named = [t.rstrip(",.;:!?") for t in (named if closed is None else named[: closed + 1])]
            if named and named[0].isalpha() and not is_title(named[0]):
                book.add(named[0], ORG, doc_id)
                for words in ([nxt, *named], named if len(named) > 1 else []):
                    whole = (
                        book.add(" ".join(words), ORG, doc_id, canonical=normalize(named[0]))
                        if words
                        else None
                    )
                    if whole is not None and whole.kind == ORG:
                        whole.canonical = normalize(named[0])
        descriptor = is_descriptor(bare) and _is_cap(nxt) and _name_word(nxt, nouns)
        descriptor = descriptor and token == bare  # `KI-Anbieter: Mit diesem Schritt` ends the phrase
        if descriptor and tokens[i + 1] == nxt and nxt not in nouns and not is_title(nxt):
            # `der staatliche Versorger Air Darul Takzim`: a word of any dictionary, then words of none
            rest = [t.strip(",.;:!?") for t in tokens[i + 2 : i + 2 + APPOSITION_WORDS - 1]]
            named_run = list(
                takewhile(lambda t: _unknown_cap(t) and t not in nouns and not is_title(t), rest)
            )
            ended = [t for t in tokens[i + 2 : i + 2 + len(named_run)] if t != t.rstrip(",.;:!?")]
            if named_run and not ended[:-1]:
                book.add(" ".join([nxt, *named_run]), ORG, doc_id)
            elif normalize(nxt) not in german_words():
                # `der heimische Konkurrent Sahel Datacom,`: a first word no German dictionary knows (an
                # English or foreign one), the words after it capitalised, up to punctuation or a small word
                foreign = _capitalised_run(tokens[i + 2 : i + 1 + APPOSITION_WORDS], nouns)
                # (not `die Betreibergesellschaft NCC Singapore`: a company by its country, no name of two)
                if foreign and not any(_a_place(book, word) for word in foreign):
                    guessed = " ".join([nxt, *foreign])
                    if normalize(guessed) not in book.names:
                        book.guessed.add(normalize(guessed))
                    book.add(guessed, ORG, doc_id)
        # `der Halbleiterhersteller Kaneda`; not `will der Versorger Strom aus … zuschalten`: a word of the
        # dictionary after a descriptor is the verb's object, unless another pattern confirms it as a name
        # ... unless a company's ending follows (`der Reaktorentwickler Tundra Nuclear Power`)
        descriptor = descriptor and not (
            dictionary_word(normalize(nxt))
            and normalize(nxt) not in book.names
            and not _headed(tokens, i + 2)
        )
        # ... not a country ("nach Angaben beider Unternehmen Singapur nicht verlassen": the object)
        if (
            descriptor
            and nxt not in book.lowered
            and not is_title(nxt)
            and nxt not in ORG_HEADS
            and normalize(nxt) not in countries
        ):
            book.add(nxt, ORG, doc_id)
        # `der Branchenverband Datacentres Aotearoa`: a company's head word opening the name, a word no
        # dictionary knows after it
        second = tokens[i + 2].strip(",.;:!?") if i + 2 < len(tokens) else ""
        named_on = _unknown_cap(second) and second not in nouns and not is_title(second)
        if descriptor and nxt in ORG_HEADS and named_on:
            book.add(f"{nxt} {second}", ORG, doc_id)
        # `Der zweite Partner, Pálava Datacentra aus Mikulov, …`: a name no dictionary knows, set off by a
        # comma after the kind of company it is
        apposed = is_descriptor(bare) and token == f"{bare}," and _is_cap(nxt) and not is_title(nxt)
        if apposed and nxt not in nouns and nxt not in ORG_HEADS:
            # ... of several words, one of them of no dictionary (`des dritten Bewerbers, Acme Nubes,`),
            # after a kind no person is (a bidder; a "Partner, Jo Roe," may be one)
            run = _name_words(tokens[i + 1 : i + 1 + APPOSITION_WORDS])
            closed = len(run) > 1 and tokens[i + len(run)].endswith(",")
            firm = bare.casefold().endswith(_FIRMS_ONLY)
            if closed and any(_unknown_cap(w) for w in run) and (firm or _apposition_closed(tokens, i + 1)):
                whole = book.add(" ".join(run), ORG, doc_id)
                if whole is not None and whole.kind == ORG:
                    book.add(run[0], ORG, doc_id)
            elif _unknown_cap(nxt) and _apposition_closed(tokens, i + 1):
                book.add(nxt, ORG, doc_id)
        if bare in _VENTURE_HEADS and token == bare and _is_cap(nxt) and nxt.isalpha() and nxt not in nouns:
            book.add(nxt, ORG, doc_id)  # `Project Kittyhawk`, `Projekt Nordlicht`: a venture's name
        if normalize(bare) in countries and _is_cap(bare):
            book.add(bare, PLACE, doc_id)
        # `…, sagte Jo Roe`; not `sagte, Norwegens Wasserkraft werde …` (reported speech after the comma)
        if _profession(tokens, i) and (person := _person_after(tokens, i + 1)):
            # "von der Informatikerin Lena Haberfellner", "dem Physiker Tomasz Wrona": a person by trade
            book.add(person, PERSON, doc_id, title=bare)
        if is_title(bare) or (bare.casefold() in _SPEECH_BEFORE_NAME and token == bare):
            person = _person_after(tokens, i + 1)
            if person:
                org = bare.split("-")[0] if "-" in bare and _is_cap(bare.split("-")[0]) else None
                if org is None:  # `Tessaron-Mitgründer und CEO Lukas Brändli`: the chain's company
                    chain = [t.strip(",.;:!?") for t in tokens[max(0, i - 3) : i]]
                    org = next(
                        (
                            t.split("-")[0]
                            for t in reversed(chain)
                            if "-" in t and is_title(t) and book.kind(normalize(t.split("-")[0])) == ORG
                        ),
                        None,
                    )
                if org is None and is_title(bare):
                    org = _org_before(book, tokens, i)  # `Borealis CEO Jo Doe`, `Acmes neuer Direktor`
                end = i + 1 + len(person.split())
                after = [t.strip(",.;:!?") for t in tokens[end : end + 3]]
                if len(after) == 3 and after[0] in ("von", "bei") and after[1] in ("der", "dem"):
                    after = [after[0], after[2]]  # `Analyst Jo Roe von der Globexbank`
                if org is None and len(after) >= 2 and after[0] in ("von", "bei", "of", "at"):
                    # `Analystin Jo Roe von Nordsee Equity Research`: the firm a word or two on
                    org = _org_within(book, tokens[end + 1 : end + 1 + AFFILIATION_WORDS])
                    if org is None:
                        org = _firm_named(book, doc_id, after[1])  # `Finanzchefin Jo Roe von Acme`
                title = bare if is_title(bare) else None
                if title and i and is_title(tokens[i - 1]) and tokens[i - 1] == tokens[i - 1].strip(",.;:!?"):
                    title = f"{tokens[i - 1]} {title}"  # `Rektorin Professorin Jo Roe`: both her titles
                book.add(person, PERSON, doc_id, org=org, title=title)
        if is_title(bare) and (copula := _copula_after(tokens, i + 1)) is not None:
            person = _person_after(tokens, copula + 1)
            if person:
                # `Geschäftsführerin der Acme Compute GmbH wird Jane Roe`: the title, its company, then who
                org = _org_within(book, tokens[i + 1 : copula])
                book.add(person, PERSON, doc_id, org=org, title=bare)
        if (
            is_title(bare)
            and i + 3 < len(tokens)
            and tokens[i + 1] in ("von", "bei", "of", "at", "des", "der")
        ):
            # `Der CEO von Acme, Jane Roe, sagte`, `… von Acme Compute, Aung Kyaw Min, hat`: the title, its
            # company (a name of a word or more), then the person; `Die Vorsitzende des Betriebsrats, Amina
            # Roe, …`: the title of a body named by its kind, then the person
            closing = next(
                (j for j in range(i + 2, min(len(tokens), i + 2 + NAME_WORDS)) if tokens[j].endswith(",")),
                None,
            )
            org_name = " ".join(tokens[i + 2 : closing + 1]).strip(",") if closing is not None else ""
            person = _person_after(tokens, closing + 1) if closing is not None else None
            if person and book.kind(normalize(org_name)) == ORG:
                book.add(person, PERSON, doc_id, org=org_name, title=bare)
            elif person and tokens[i + 1] in ("des", "der") and book.kind(normalize(org_name)) is None:
                book.add(person, PERSON, doc_id, title=bare)
            elif person and tokens[i + 1] in ("von", "of") and official(bare) and " " not in org_name:
                # `Der Bürgermeister von Qonaev, Nurlan Roe, …`: a public office of a town, then who holds it
                if book.kind(normalize(org_name)) is None and not dictionary_word(normalize(org_name)):
                    book.add(org_name, PLACE, doc_id)
                book.add(person, PERSON, doc_id, title=bare, org=org_name)  # (the town is whose office)
        if i + 2 < len(tokens) and token.endswith(",") and _is_cap(tokens[i - 1] if i else ""):
            # `Jane Roe, Gründer und CEO von ACME`: a person, then the title
            after = [t.strip(",.;:") for t in tokens[i + 1 : i + 4]]
            # (a firm's role too, with its firm: `Jo Roe, Partnerin bei Globex,`)
            titled = [
                is_title(t) or (t in _FIRM_ROLES and at_firm in _AT_FIRM)
                for t, at_firm in zip(after, [*after[1:], ""], strict=True)
            ]
            if i >= 1 and any(titled) and _is_cap(tokens[i - 1]):
                pair = [t.strip(",.;:") for t in tokens[i - 1 : i + 1]]
                first = tokens[i - 2] if i >= 2 else ""
                if _is_cap(first) and first.isalpha() and first not in nouns and not is_title(first):
                    pair.insert(0, first)  # `Lucía Ferrer Ibarra, Vorstandsvorsitzende von …`: three words
                if all(_is_cap(p) and p not in nouns for p in pair):
                    at = titled.index(True)
                    title = after[at]
                    # the company the title names, a few words on: `…, Gründerin und Chefin des
                    # Rechenzentrumsentwicklers Northbeam Datacentres`
                    org = _org_within(book, tokens[i + 1 : i + 8])
                    where = i + 2 + at
                    if (
                        org is None
                        and where + 1 < len(tokens)
                        and tokens[where - 1] == after[at]
                        and tokens[where] in ("von", "bei", "of", "at")
                    ):
                        # `Jo Roe, Chief Operating Officer von Acme Maritime.`: the firm after the title
                        org = _firm_named(book, doc_id, tokens[where + 1].strip(",.;:!?"))
                        run = _name_words(tokens[where + 1 : where + 1 + NAME_WORDS])
                        if org is not None and len(run) > 1:  # (`Acme Maritime`, asked as `Acme` too)
                            book.add(" ".join(run), ORG, doc_id, canonical=normalize(org))
                    if org is None and (body := _body_of_title(book, tokens, i + 1)) is not None:
                        title, org = body  # ... or of the body it names by its kind: `des Versorgers`
                    if any(t.casefold() in _FORMERLY for t in after[:at]):
                        # `…, die bislang Technikvorständin von Globex war`: a post she held, not hers now
                        book.add(" ".join(pair), PERSON, doc_id)
                        continue
                    book.add(" ".join(pair), PERSON, doc_id, title=title, org=org)
        if (
            token.casefold() in _PLACE_PREPOSITIONS
            and i + 1 < len(tokens)
            # (not "die Nachfrage nach Kupfer", "die Suche nach Personal": what is wanted, no place)
            and not (token == "nach" and i > 0 and tokens[i - 1].casefold() in _SEEKING_NOUNS)
        ):
            _place_after(book, doc_id, tokens, i + 1, nouns)
        if (
            token.casefold() in (*_PLACE_PREPOSITIONS, "im")
            and i + 2 < len(tokens)
            and tokens[i + 1].endswith(_PLACE_ADJECTIVE_ENDINGS)
            and tokens[i + 1].islower()
            and not dictionary_word(normalize(tokens[i + 2].strip(",.;:!?")))
        ):
            _place_after(book, doc_id, tokens, i + 2, nouns)  # `im belgischen Leuven`: no word, a place
        # (not within a name: "Nadi Bay Capital" is a company, no bay called "Capital")
        if token in _PLACE_NOUNS and i + 1 < len(tokens) and not (i and _is_cap(tokens[i - 1])):
            _place_after(book, doc_id, tokens, i + 1, nouns)  # `Wasser aus dem Fluss Ticino`
        if token in _PLACES_NOUNS:
            at = i + 1
            while at < len(tokens) and (
                tokens[at] in _PLACE_LIST_JOINERS or _is_cap(tokens[at].strip(",.;:!?"))
            ):
                if tokens[at] not in _PLACE_LIST_JOINERS:
                    _place_after(book, doc_id, tokens, at, nouns)
                if tokens[at][-1:] in ".;:!?":
                    break
                at += 1
        if token in _AREA_NOUNS and i + 2 < len(tokens) and tokens[i + 1] in ("von", "of"):
            # `an der Küste von Tamil Nadu`, `im Norden von Jütland`: a place of one or two words
            words = []
            for raw in tokens[i + 2 : i + 4]:
                nxt = raw.strip(",.;:!?")
                if not (_is_cap(nxt) and nxt.isalpha() and nxt not in nouns):
                    break
                words.append(nxt)
                if nxt != raw:
                    break  # punctuation ends the name
            if any(not dictionary_word(normalize(w)) for w in words):  # `Tamil Nadu`; not `Küste von Europa`
                area = book.add(" ".join(words), PLACE, doc_id)
                if area is not None and area.kind == PLACE:
                    area.region = True  # a coast or a north is wider than a town
        # a noun for a town ("Hafenstadt", "Standort"), not a company ending so ("Mainport")
        town_noun = token.casefold().endswith(TOWN_ENDINGS) and normalize(bare) not in book.names
        if town_noun and token[:1].isupper() and i + 1 < len(tokens):
            # `in der Hafenstadt Kaohsiung` (a town, whatever its ending), `der Stadt Grande Prairie`; and a
            # town the dictionary lists (`die Stadt Brno`), unless a document uses it as a noun
            town = []
            start = i + 1
            if (
                i + 2 < len(tokens)
                and tokens[i + 1] in _SITE_VERBS
                and not dictionary_word(normalize(tokens[i + 2].strip(",.;:!?")))
                and tokens[i + 2].strip(",.;:!?") not in nouns
            ):
                start = i + 2  # `Als letzter Standort folgt Lund`: the verb between, then a word none knows
            for raw in tokens[start : start + TOWN_WORDS]:
                nxt = raw.strip(",.;:!?")
                if not (_is_cap(nxt) and nxt.isalpha() and not is_title(nxt)):
                    break
                town.append(nxt)
                if nxt != raw:
                    break  # punctuation ends the name
            unknown = any(
                not dictionary_word(normalize(w)) or (w not in nouns and w not in book.lowered) for w in town
            )
            if town and unknown and normalize(" ".join(town)) not in book.names:
                added = book.add(" ".join(town), PLACE, doc_id)
                if added is not None and token.casefold().endswith(DISTRICT_ENDINGS):
                    added.district = True
        if token in _REGION_NOUNS and i + 1 < len(tokens):
            _place_after(book, doc_id, tokens, i + 1, nouns)  # `in der Grafschaft Lincolnshire`
            region = book.names.get(normalize(tokens[i + 1].strip(",.;:!?")))
            if region is not None and region.kind == PLACE:
                region.region = True


def _learn_from_origin(book: NameBook, doc_id: str, tokens: list[str], nouns: set[str]) -> None:
    """`erhält Sakurada Seiki aus Hachiōji`: two words no dictionary knows, where they are from after them,
    name a company (a person the documents give a title or a quote, which the passes before learned)."""
    for i in range(1, len(tokens) - 3):
        pair = tokens[i : i + 2]
        if tokens[i + 2] not in ("aus", "from") or not _is_cap(tokens[i + 3]) or pair[0][-1:] in ",.;:":
            continue
        if is_title(tokens[i - 1].strip(",.;:!?")) or _is_cap(tokens[i - 1].strip(",.;:!?")):
            continue  # `Analystin Jo Roe aus …`, a longer name
        # (not `Energieversorger Pohjoisvoima aus Oulu`: a kind of company, a compound no dictionary knows)
        if all(
            _unknown_cap(w) and w not in nouns and w not in book.lowered for w in pair
        ) and not is_descriptor(pair[0]):
            name = " ".join(pair)
            if normalize(name) in book.names or normalize(pair[0]) in book.names:
                continue
            whole = book.add(name, ORG, doc_id)
            if whole is not None and whole.kind == ORG and book.add(pair[0], ORG, doc_id) is not None:
                whole.canonical = normalize(pair[0])


def _link_short_forms(book: NameBook) -> None:
    """`Acme DataVault` and `Acme`, both learned as companies, each on its own: the longer one's first word
    is its short form, one key for the company, where that word opens no other company's name."""
    opened: dict[str, list[Name]] = defaultdict(list)
    for name in book.names.values():
        if name.kind == ORG and " " in name.key:
            opened[name.key.split()[0]].append(name)
    for first, longer in opened.items():
        short = book.names.get(first)
        if short is None or short.kind != ORG or short.canonical:
            continue
        # (or several, each the one before with more words, the longest guessed: `Acme Compute` and `Acme
        # Compute AS`; not `Agua Regia` and `Agua Regia Norteña`, two names learned as such)
        chain = sorted(longer, key=lambda name: len(name.key))
        if len(chain) > 1 and chain[-1].key not in book.guessed:
            continue
        if not all(b.key.startswith(f"{a.key} ") for a, b in pairwise(chain)):
            continue
        if any(name.canonical not in (None, short.key) for name in chain):
            continue
        for name in chain:
            name.canonical = short.key


def _learn_name_tails(book: NameBook, tokenised: dict[str, list[list[str]]], nouns: set[str]) -> None:
    """`Borealis Orbital`, `Cobalt Datasenter`: a capitalised word that, wherever the documents use it,
    follows the same company's name is the rest of that name (its canonical key stays the company's)."""
    after: dict[str, set[str]] = defaultdict(set)  # word → the words it follows
    for sentences in tokenised.values():
        for tokens in sentences:
            bare = [t.strip(",.;:!?") for t in tokens]
            for i, word in enumerate(bare):
                after[word].add(bare[i - 1] if i and tokens[i - 1][-1:] not in ",.;:!?" else "")
    for word, befores in after.items():
        if len(befores) != 1 or not _is_cap(word) or not word.isalpha() or word in nouns:
            continue
        (before,) = befores
        name = book.names.get(normalize(before))
        if name is None or name.kind != ORG or name.canonical or is_title(word) or word in NOT_NAMES:
            continue
        if normalize(word) in book.names or book.kind(normalize(f"{before} {word}")) == PERSON:
            continue  # `Jane Roe` is a person, though a curator listed `Jane` as an alias
        documents = [
            d for d, ss in tokenised.items() if any(word in (t.strip(",.;:!?") for t in ts) for ts in ss)
        ]
        # ... unless a company's legal name goes on otherwise: "Tödi One" (the project) beside "Tödi Energie
        # AG" (the utility) is a name of its own
        opens = f"{name.key} "
        apart = any(
            k.startswith(opens) and k.split()[1] != normalize(word) and k.split()[-1] in _LEGAL_FORMS_NORMAL
            for k in book.names
        )
        for doc_id in documents:
            whole = book.add(f"{before} {word}", ORG, doc_id, canonical=None if apart else name.key)
            if whole is not None and whole.kind == ORG:
                whole.canonical = None if apart else name.key


_LEGAL_FORMS_NORMAL = frozenset(normalize(form) for form in LEGAL_FORMS)


def _legal_name_opened(book: NameBook, short: str, name: str) -> bool:
    """Does `short` open a company's legal name ("Tödi Energie AG") that `name` ("Tödi One") is not?"""
    opens, whole = f"{normalize(short)} ", normalize(name)
    return any(
        k.startswith(opens) and k.split()[-1] in _LEGAL_FORMS_NORMAL and not k.startswith(whole)
        for k in book.names
    )


_SHE_HE = frozenset("Sie Er She He".split())  # a sentence opening on them goes on about a person


# Times an article writes a capitalised word of no dictionary its title names, never after an article,
# for it to be a company's name though no pattern said so ("Chipverpacker Tarnavo einigt sich …", "von
# Tarnavo Microassembly", "Tarnavo gehört zur …"): a noun the dictionaries miss takes an article somewhere.
RECURRING_NAME = 3
MID_SENTENCE_NAME = 2  # ... of them not opening a sentence, where any noun is capitalised
# Words before a noun, never a company's name: a place's preposition ("in Tranchen", "auf Hokkaido"), a rate's
# ("pro Kilowattstunde")
_NOUN_BEFORE = frozenset("in nach aus bei nahe near auf zwischen pro je per".split())
# ... or an inflected adjective or numeral ("im zweiten Quartal", "sieben Rechenzentren"), which no small
# word of these endings is
_INFLECTED_BEFORE = ("e", "en", "er", "es", "em")
_SMALL_WORDS = frozenset("oder aber sowie wie ueber unter gegen hinter wegen neben seitens ohne der".split())
# German nouns by their suffix ("Leistung", "Gewerkschaft"), no company's name
_NOUN_SUFFIXES = ("ung", "heit", "keit", "schaft", "tion", "taet", "ismus", "chen", "nis", "ungen")
_SCALES = frozenset("millionen milliarden billionen mio mio. mrd mrd. million billion".split())


WORD_ENDING = 5  # letters of a word a compound ends on ("-stunde", "-module"; not "-park" of "Datapark")


def _ends_on_a_word(word: str) -> bool:
    """Does the word end on a word of the German or English list, after a part of its own
    ("Kilowattstunde", "Rechenzentren", "Leistungsmodule"): a compound, no name ("Tarnavo")?"""
    bare = normalize(word)
    ends = (bare[i:] for i in range(1, len(bare) - WORD_ENDING + 1))
    return any(end in german_words() or dictionary_word(end) for end in ends)


def _learn_title_company(
    book: NameBook, doc_id: str, title: str, sentences: list[list[str]], nouns: set[str], named: set[str]
) -> None:
    """The company a title names that no pattern found: a word of no dictionary the title says and the
    article writes three times or more, twice inside a sentence, never after an article, a figure or
    "in", and no word of a name known (`named`); with the word of no dictionary after it, if it has one, its
    long form ("Tarnavo Microassembly")."""
    headed = {t.strip(",.;:!?") for t in _tokens(title)}
    seen: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    barred: set[str] = set()
    after: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for tokens in sentences:
        for i, token in enumerate(tokens):
            bare = token.strip(",.;:!?")
            if bare not in headed or not _unknown_cap(bare) or bare in nouns or is_title(bare):
                continue
            seen[bare] += 1
            inside[bare] += i > 0
            before = tokens[i - 1] if i else ""
            nxt = tokens[i + 1].strip(",.;:!?") if token == bare and i + 1 < len(tokens) else ""
            if (
                before.casefold() in _NOUN_BEFORE | _SCALES
                or any(c.isdigit() for c in before)  # "1,3 Milliarden Euro"
                or before.endswith(".")  # "St. Lucia"
                or (
                    before.islower()
                    and before.endswith(_INFLECTED_BEFORE)
                    and normalize(before) not in _SMALL_WORDS
                )
            ):
                barred.add(bare)
            if _unknown_cap(nxt) and nxt not in nouns and not is_title(nxt):
                after[bare][nxt] += 1
    for bare, times in seen.items():
        if (
            times < RECURRING_NAME
            or inside[bare] < MID_SENTENCE_NAME
            or bare in barred
            or bare in _MONTH_NAMES
            or normalize(bare) in named
            or is_descriptor(bare)
            or normalize(bare).endswith(_NOUN_SUFFIXES)
            or _ends_on_a_word(bare)  # ... nor a compound, in the plural too ("Leistungsmodule")
        ):
            continue
        if book.add(bare, ORG, doc_id) is None:
            continue
        for tail, _ in after[bare].most_common(1):
            whole = book.add(f"{bare} {tail}", ORG, doc_id, canonical=normalize(bare))
            if whole is not None and whole.kind == ORG:
                whole.canonical = normalize(bare)


def _learn_untitled_people(book: NameBook, tokenised: dict[str, list[list[str]]], nouns: set[str]) -> None:
    """ "Zugleich wechselt die Führung: Tazzjana Kawalenka übernimmt … den Posten der Vorstandschefin. Sie
    kommt vom …": two capitalised words no dictionary knows, opening a sentence or a clause after a colon or
    a dash and before a verb, are a person's name where their sentence gives a title or the next one opens
    on "Sie"/"Er" (the title, if any, is theirs)."""
    for doc_id, sentences in tokenised.items():
        for at, tokens in enumerate(sentences):
            following = sentences[at + 1][:1] if at + 1 < len(sentences) else []
            titles = [t.strip(",.;:!?") for t in tokens if is_title(t)]
            if not titles and not (following and following[0] in _SHE_HE):
                continue
            for i in range(len(tokens) - 2):
                first, last, verb = tokens[i], tokens[i + 1], tokens[i + 2]
                if (
                    first != first.strip(",.;:!?")
                    or not all(_is_cap(w) and w.isalpha() for w in (first, last.strip(",.;:!?")))
                    or not verb[:1].islower()
                    or any(w in nouns or dictionary_word(normalize(w)) for w in (first, last.strip(",")))
                    or normalize(f"{first} {last.strip(',')}") in book.names
                    or normalize(first) in book.names
                    or (i and not tokens[i - 1].endswith(":") and tokens[i - 1] not in ("–", "-"))
                ):
                    continue
                book.add(f"{first} {last.strip(',')}", PERSON, doc_id, title=titles[0] if titles else None)


_HONORIFICS = frozenset("Frau Herr Herrn Mr Mr. Mrs Mrs. Ms Ms. Dr. Prof.".split())


def _surname(book: NameBook, word: str) -> bool:
    """Is `word` the last name of a person the texts name in full ("Vong" of "Chantrea Vong")?"""
    last = normalize(word)
    if last not in book.surnames:  # (most words are no one's surname: no scan of every name)
        return False
    ending = " " + last
    return any(key.endswith(ending) and name.kind == PERSON for key, name in book.names.items())


_FORMERLY = frozenset("bislang bisher zuvor früher ehemals einst formerly previously".split())
_COUNTS = frozenset(
    "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf two three four five six".split()
)


_LISTING_WORDS = frozenset(
    "mit von bei an für gegen zwischen wie etwa darunter with from by like including".split()
)


def _noun_phrase(before: str, word: str) -> bool:
    """Is a dictionary's capital word after a small word no list runs on ("der zweite Antragsteller") a
    noun rather than a name ("mit Acme, Globex und …" runs on from "mit")?"""
    return (
        before[:1].islower()
        and before not in _COORDINATORS
        and before not in _LISTING_WORDS
        and dictionary_word(normalize(word))
    )


def _counted(before: str) -> bool:
    """Is the word before a capital word a count ("drei Mitglieder", "12 Sitze")?"""
    return before.replace(".", "").isdigit() or before.casefold() in _COUNTS


NAME_WORDS = 4  # words of a company's name before its last one, looked at ("Acme Sun Power Systems")


def _learn_coordinated(book: NameBook, doc_id: str, tokens: list[str], nouns: set[str]) -> None:
    bare = [t.strip(",.;:!?") for t in tokens]
    for i in range(1, len(bare)):
        word = bare[i]
        if (
            not _is_cap(word)
            or word in nouns
            or is_title(word)
            or is_descriptor(word)  # "Der zweite Partner, Pálava …": the kind of the company beside
            or not word.isalpha()
            or normalize(word) in book.names
            or _currency_of_amount(tokens, i)  # "Globex 170 Millionen KWD und Initech": a currency
            or bare[i - 1] in _HONORIFICS  # "Frau Roe, Acme betreibt …": a person addressed
            or _surname(book, word)
            or _counted(bare[i - 1])  # "Acme entsendet drei Mitglieder, Globex zwei": a thing counted
            or _noun_phrase(bare[i - 1], word)  # "Der zweite Antragsteller, Globex …": a noun
            # "an dem Joint Venture, Globex …": a word after a noun the documents use, itself a word
            or (bare[i - 1] in nouns and dictionary_word(normalize(word)))
        ):
            continue
        left = (
            bare[i - 2] if i >= 2 and (bare[i - 1] in _COORDINATORS or tokens[i - 1].endswith(",")) else None
        )
        if tokens[i - 1].endswith(",") and bare[i - 1]:
            left = bare[i - 1]
        right = (
            bare[i + 1]
            if i + 1 < len(bare) and tokens[i].endswith(",")  # "mit Acme, Globex und …"
            else bare[i + 2]
            if i + 2 < len(bare) and bare[i + 1] in _COORDINATORS
            else None
        )
        beside = [w for w in (left, right) if w]
        if _person_after(tokens, i) is not None:
            continue  # "Der CEO von Acme, Jane Roe, sagte": a person in apposition, no company in a list
        if book.kind(normalize(bare[i - 1])) == ORG and tokens[i - 1] == bare[i - 1] and _is_cap(bare[i - 1]):
            continue  # "Acme Datos und Globex": the second word of a company's name, no company of its own
        if any(
            book.kind(normalize(" ".join(bare[j : i + 1]))) == ORG for j in range(max(0, i - NAME_WORDS), i)
        ):
            continue  # "Acme Sun Power und Globex": the last word of a known name of several words
        if any(book.kind(normalize(w)) == ORG for w in beside):
            book.add(word, ORG, doc_id)


def _drop_genitives(book: NameBook) -> None:
    """`ASMLs`, `Borealis'`: the genitive of a name is that name."""
    for key in [k for k in book.names if k.endswith("s") and k[:-1] in book.names]:
        base = book.names[key[:-1]]
        base.documents |= book.names.pop(key).documents


# Words that open a name in many languages and name nothing alone ("Al Dafna Holding", "Van Oord")
NAME_PARTICLES = frozenset(
    "al el ad ar as ash ibn bin abu de del della di da du van von la le san santa sankt".split()
)


def _keep_particles_whole(book: NameBook) -> None:
    """ "Al Dafna Holding" is short for "Al Dafna", not "Al": a particle is no company's name of its own, so a
    particle in another name ("Mariam Al-Sayegh") names no company."""
    for name in list(book.names.values()):
        words = name.key.split()
        if name.kind != ORG or name.canonical not in NAME_PARTICLES or len(words) < 2:
            continue
        short = book.add(" ".join(words[:2]), ORG)
        if short is not None:
            short.documents |= name.documents
            short.canonical = None
            name.canonical = None if short is name else short.key
    for particle in NAME_PARTICLES:
        if book.kind(particle) == ORG:
            del book.names[particle]


AFFILIATION_WORDS = (
    4  # words after "von" in which a person's firm is named ("von der Nordsee Equity Research")
)


_TRADE_ENDINGS = ("erin", "er", "istin", "ist", "isten", "orin", "or", "ikerin", "iker")  # ("den Juristen")


_COPULAS = frozenset("wird ist bleibt wurde werden".split())
COPULA_REACH = (
    6  # words between a title and the verb naming who holds it ("Chefin der Acme Compute GmbH wird")
)


def _copula_after(tokens: list[str], start: int) -> int | None:
    """ "Geschäftsführerin der Acme GmbH wird Jane Roe": where the verb is, after an article and a few words
    of the company (nothing ending a clause between); or right after the title ("Neue Vorstandschefin wird
    Jane Roe")."""
    if start < len(tokens) and tokens[start] in _COPULAS:
        return start
    if start >= len(tokens) or tokens[start] not in ("der", "des", "von", "bei"):
        return None
    for j in range(start + 1, min(start + 1 + COPULA_REACH, len(tokens) - 1)):
        if tokens[j] in _COPULAS:
            return j
        if tokens[j][-1:] in ",.;:!?":
            return None
    return None


def _profession(tokens: list[str], i: int) -> bool:
    """ "der Informatikerin", "dem Physiker": a person's trade after an article (not a company's kind)."""
    token = tokens[i]
    return (
        i >= 1
        and tokens[i - 1].casefold() in ("der", "dem", "den", "des")
        and token[:1].isupper()
        and token.isalpha()
        and token.casefold().endswith(_TRADE_ENDINGS)
        and not is_descriptor(token)
        and not is_title(token)
        and (dictionary_word(normalize(token)) or dictionary_word(normalize(token).removesuffix("in")))
        # ... and a name follows, not a noun ("dem Frankfurter Betreiber Acme": a town's adjective)
        and i + 1 < len(tokens)
        and not dictionary_word(normalize(tokens[i + 1].strip(",.;:!?")))
        and not is_descriptor(tokens[i + 1])
    )


_ANY_COMPANY = ("konzern", "unternehmen", "firma", "betreiber", "hersteller")  # nouns of any company
SHORT_NAME = 10  # letters of the longest unknown word before a company's head read as its name
_INFLECTED = ("en", "ern", "ens", "s")  # German plural and genitive endings
_AMPERSAND = re.compile(r"\b([^\W\d_][^\W\d_]+) & ([^\W\d_][^\W\d_]+)\b")


# German compounds that end a company's name as its last word: "Absheron Kapitalbank", "Kaspira Datenwerke",
# "Orkhon Entwicklungsfonds"
COMPOUND_HEADS = ("bank", "werke", "werk", "gesellschaft", "versicherung", "fonds", "stiftung")
# ... asked in English ("the Aurelia Foundation": "Aurelia-Stiftung")
ENGLISH_COMPOUND_HEADS = {
    "foundation": "stiftung",
    "fund": "fonds",
    "insurer": "versicherung",
    "works": "werke",
}
MIN_COMPOUND_HEAD = 7  # a compound, not the head alone ("Bank" is among ORG_HEADS; "Werke" alone is no name)


def _compound_head(token: str) -> bool:
    return (
        len(token) >= MIN_COMPOUND_HEAD
        and token[:1].isupper()
        and token.isalpha()
        and token.casefold().endswith(COMPOUND_HEADS)
    )


def _headed(tokens: list[str], start: int) -> bool:
    """Do capitalised words from `start` end in a company's ending within two words (`Nuclear Power`)?"""
    for token in tokens[start : start + 2]:
        bare = token.strip(",.;:!?")
        if not _is_cap(bare):
            return False
        if bare in ORG_HEADS or normalize(bare) in _ORG_HEADS_NORMAL:  # ("Energía" as "Energia")
            return True
        if bare != token:
            return False
    return False


_ORG_HEADS_NORMAL = frozenset(normalize(h) for h in ORG_HEADS)


def _apposition_closed(tokens: list[str], start: int) -> bool:
    """Does a name of one to three capitalised words at `start` close its apposition with a comma or say
    where it is from ("Pálava Datacentra aus Mikulov,")? Not a list going on ("Kunden, Mittelständler und
    …") nor a person ("Partner, Jo Roe, sagte")."""
    for j in range(start, min(start + 3, len(tokens))):
        bare = tokens[j].strip(",.;:!?")
        if not _is_cap(bare):
            return False
        if tokens[j].endswith(","):
            return _person_after(tokens, start) is None
        if j + 2 < len(tokens) and tokens[j + 1] in ("aus", "from") and _is_cap(tokens[j + 2]):
            return True
    return False


def _unknown_cap(token: str) -> bool:
    """A capitalised word no dictionary knows: a name, once a pattern says of what ("die Globexbank" is
    one, though an article puts it after "die" like a noun)."""
    return _is_cap(token) and token.isalpha() and not dictionary_word(normalize(token))


def _body_of_title(book: NameBook, tokens: list[str], at: int) -> tuple[str, str] | None:
    """The title after a name and the body it is of, by its kind (`…, Sprecherin des Wasserversorgers`,
    `Sprecher der Katastrophenschutzdirektion`): the whole title, and its noun, which a later pass gives
    the name the article calls so; a person of another body is not the article's company's."""
    end = min(len(tokens), at + ADJECTIVES_BEFORE_TITLE + 3)
    for j in range(at, end - 1):
        if not is_title(tokens[j].strip(",.;:!?")) or tokens[j] != tokens[j].rstrip(",.;:!?"):
            continue
        if tokens[j + 1] not in ("des", "der"):
            return None
        for k in range(j + 2, end):
            word = tokens[k].strip(",.;:!?")
            if _is_cap(word) and word.isalpha():
                # (its name, if one follows: `der Umweltorganisation Klimaallianz Oberösterreich`)
                named = _org_within(book, tokens[k + 1 : k + 2]) if word == tokens[k] else None
                return " ".join([*tokens[j:k], word]), named or word
            if not word.islower() or word != tokens[k]:
                return None
    return None


def _name_words(tokens: list[str]) -> list[str]:
    """The capitalised words a name runs over, to the first punctuation: `Acme Maritime.` of `Acme
    Maritime. Mit …`."""
    run: list[str] = []
    for token in tokens:
        bare = token.strip(",.;:!?")
        if not (_is_cap(bare) and bare.isalpha()):
            break
        run.append(bare)
        if token != bare:
            break
    return run


def _firm_named(book: NameBook, doc_id: str, word: str) -> str | None:
    """A person's title, then where, names a company: the word after "von" (`Finanzchefin Jo Roe von Acme`),
    a word no dictionary knows and the book has no kind for; the company named in full before with it
    (`Acme Compute AG`), if any, else the word, learned as a company."""
    if not _unknown_cap(word) or book.kind(normalize(word)) is not None:
        return None
    short = normalize(word) + " "
    full = next((n for k, n in book.names.items() if k.startswith(short) and n.kind == ORG), None)
    if full is None:
        book.add(word, ORG, doc_id)
    return full.display if full is not None else word


def _org_within(book: NameBook, tokens: list[str]) -> str | None:
    """The first company named in `tokens`, up to the end of the clause."""
    for i, token in enumerate(tokens):
        bare = token.strip(",.;:!?")
        pair = normalize(f"{bare} {tokens[i + 1]}") if i + 1 < len(tokens) and token == bare else ""
        if pair in book.names and book.kind(pair) == ORG and " & " in book.names[pair].display:
            return book.names[pair].display  # `Analystin bei Lindqvist & Holm Markets`
        if book.kind(normalize(bare)) == ORG:
            return bare
        if token.endswith((",", ";", ".")) and token != tokens[0]:
            break
    return None


_SIBILANTS = ("s", "x", "z", "ß")  # names whose genitive is an apostrophe ("Globex' Direktor")
ADJECTIVES_BEFORE_TITLE = 2  # lowercase words between a company and its title ("technischer", "neuer")


def _org_before(book: NameBook, tokens: list[str], i: int) -> str | None:
    """The company named right before a title, or in the genitive, past an adjective or two: `Borealis CEO
    Jo Doe`, `Acmes kaufmännischer Direktor Jo Doe`, `Acme's chief financial officer`."""
    skipped = False
    for token in reversed(tokens[max(0, i - 1 - ADJECTIVES_BEFORE_TITLE) : i]):
        bare = token.strip(",.;:!?")
        if bare != token:
            return None  # punctuation ends the phrase the title is in
        if bare.islower() and bare.isalpha():
            skipped = True  # `kaufmännischer`
            continue
        genitive = re.sub(r"(?:'s|’s|s|'|’)$", "", bare)
        # past an adjective only a genitive: in `Mit Acme verhandelt Chefin Jo Roe` Acme is not hers
        forms = (genitive, bare) if not skipped or bare.endswith(_SIBILANTS) else (genitive,)  # `Globex'`
        for form in forms:
            if form and book.kind(normalize(form)) == ORG:
                return form
        return None
    return None


def _person_after(tokens: list[str], start: int) -> str | None:
    """Two or three capitalised words right after a title: `Vorstandschefin Maria Keller`."""
    parts: list[str] = []
    while start < len(tokens) and tokens[start] in _ACADEMIC:
        start += 1  # `Technikvorständin Dr. Miriam Kessler`: the degree is no part of the name
    for token in tokens[start : start + 5]:
        bare = token.strip(",.;:!?")
        if parts and token == bare and bare in _SURNAME_PARTICLES:
            if sum(p not in _SURNAME_PARTICLES for p in parts) >= 2:
                break  # `Jo Roe von der Globex-Bank`: a full name, then where the person works
            parts.append(bare)  # `Marieke van Dijk`, `Ana de la Cruz`
            continue
        if not ((_is_cap(bare) and bare.isalpha()) or ("-" in bare and bare.replace("-", "").isalpha())):
            break
        if bare in _MONTH_NAMES:
            break  # "laut Behörde von Januar 2022 bis …": a date, no name's part
        mixed_surname = bool(parts) and not bare.isupper()  # `Fiona McAllister`, `Ann DeVries`
        if is_title(bare) or bare in ORG_HEADS or (_company_form(bare) and not mixed_surname):
            break
        if len(parts) >= 2 and len(bare) >= MIN_NOUN_ENDED and bare.casefold().endswith(_NOUN_ENDINGS):
            break  # `Finanzchef Tan Wei Ming Lieferengpässe bei …`: the name, then a German noun
        parts.append(bare)
        if token != bare:  # punctuation ends the name
            break
    while parts and parts[-1] in _SURNAME_PARTICLES:
        parts.pop()
    named = [p for p in parts if p not in _SURNAME_PARTICLES]
    return " ".join(parts) if len(named) >= 2 else None


# Endings of German nouns no surname has (plurals and abstract nouns): "Verzögerungen", "Lieferengpässe"
MIN_NOUN_ENDED = 8  # letters of a word read by its ending (not "Jung")
_MONTH_NAMES = frozenset(
    name for language in ("de", "en") for name in get_month_names("wide", locale=language).values()
)
_ACADEMIC = frozenset("Dr. Prof. Dr.-Ing. Dipl.-Ing. Mag.".split())  # degrees before a name
# Small words inside a person's name, between first name and surname (general: Dutch, German, Romance).
_SURNAME_PARTICLES = frozenset("van von der den de da del della di la le ten ter zu".split())


def _learn_containing_regions(book: NameBook, tokenised: dict[str, list[list[str]]]) -> None:
    """ "Lubmin in Mecklenburg-Vorpommern": a place a town is said to be in is a region holding it, no other
    site (the way "im Bundesstaat Gujarat" says so)."""
    for sentences in tokenised.values():
        for tokens in sentences:
            for town, word, wider in zip(tokens, tokens[1:], tokens[2:], strict=False):
                if word != "in" or town != town.rstrip(",.;:!?"):
                    continue
                inner = book.names.get(normalize(town))
                outer = book.names.get(normalize(wider.strip(",.;:!?")))
                if (
                    inner is not None
                    and outer is not None
                    and inner.kind == outer.kind == PLACE
                    and inner is not outer
                    and not dictionary_word(inner.key)  # ("in Werken in Ankara": no town called so)
                ):
                    outer.region = True


def _learn_place_parts(book: NameBook) -> None:
    """A town's part after its town's name ("Duisburg-Rheinhausen") is named alone too ("in Rheinhausen"):
    the same place, unless the word is known otherwise or is one of the language (and unless the first part
    is known as something else than a place: "Acme-Campus" is no town)."""
    for name in list(book.names.values()):
        town, _, part = name.display.rpartition("-")
        if (
            name.kind != PLACE
            or not _is_cap(town)
            or (normalize(town) in book.names and book.names[normalize(town)].kind != PLACE)
            or not _is_cap(part)
            or not part.isalpha()
            or normalize(part) in book.names
            or dictionary_word(normalize(part))
        ):
            continue
        alone = book.add(part, PLACE, canonical=name.key)
        if alone is not None:
            alone.documents |= name.documents


COMPOUND_TAIL = 8  # letters of a compound's last word ("Speicher"; a town's "-hausen", "-kirchen" are less)
COMPOUND_HEAD = 3  # ... and of its first part ("hoch" of "Hochleistung")
# ... or a short last word no town's name ends on ("Kabel-netz"; not "Rosen-heim", "Wasser-burg"), of four or
# five letters, after a first part of some length, both German words
SHORT_COMPOUND_TAIL, SHORT_COMPOUND_TAIL_MAX, SHORT_COMPOUND_HEAD = 4, 5, 5
_TOWN_TAILS = (
    *(
        "heim",
        "burg",
        "dorf",
        "berg",
        "stadt",
        "stedt",
        "feld",
        "bach",
        "hof",
        "tal",
        "see",
        "hafen",
        "haven",
    ),
    *(
        "rode",
        "furt",
        "brück",
        "brueck",
        "brunn",
        "stein",
        "wald",
        "born",
        "kirch",
        "hausen",
        "ingen",
        "leben",
    ),
    *(
        "werder",
        "beck",
        "land",
        "ort",
        "au",
        "ach",
        "mund",
        "lar",
        "walde",
        "kamp",
        "horst",
        "hagen",
        "weiler",
    ),
)


def _compound_noun(word: str, depth: int = 2) -> bool:
    """Is a capitalised word a compound of words of the language ("Hochleistungsspeicher",
    "KI-Beschleunigern"), no name ("Saarbrücken": "Saar" is none)?"""
    if "-" in word:
        head, tail = word.rsplit("-", 1)
        known = head.isupper() or dictionary_word(normalize(head)) or _compound_noun(head, depth - 1)
        return len(tail) >= COMPOUND_TAIL and known and dictionary_word(normalize(tail))
    bare = normalize(word)
    if depth <= 0 or not bare.isalpha():
        return False
    for at in range(COMPOUND_HEAD, len(bare) - SHORT_COMPOUND_TAIL + 1):
        head, tail = bare[:at], bare[at:]
        if len(tail) < COMPOUND_TAIL and (
            len(tail) > SHORT_COMPOUND_TAIL_MAX
            or len(head) < SHORT_COMPOUND_HEAD
            or tail.endswith(_TOWN_TAILS)
            or not {head, tail} <= german_words()  # (German words both: "Oster-venn" is a town)
        ):
            continue
        if not dictionary_word(tail):
            continue
        head = head.removesuffix("s") if not dictionary_word(head) else head  # "Leistungs-": its joining s
        if dictionary_word(head) or (depth > 1 and _compound_noun(head, depth - 1)):
            return True
    return False


_CIRCLES = ("kreisen", "kreise")  # "aus Regierungskreisen": people of a field, unnamed


def _place_after(book: NameBook, doc_id: str, tokens: list[str], start: int, nouns: set[str]) -> None:
    bare = tokens[start].strip(",.;:!?")
    if bare.endswith("-"):
        return  # `aus Wind- und Solarparks`: a compound's first part, its noun after "und"
    if not _is_cap(bare) or bare in nouns or bare in PLACE_IDIOMS or bare in _BARE_NOUNS or is_title(bare):
        return
    if is_descriptor(bare):
        return  # `bei KI-Start-up Acme`: a company's kind, no place
    if bare.casefold().endswith(_CIRCLES):
        return  # `aus Branchenkreisen`, `in Finanzkreisen`: the circles a report comes from, no town
    if "-" in bare and bare.rsplit("-", 1)[1] in nouns:
        return  # `in KI-Rechenzentrum in Ulsan`: a kind of a noun the articles use ("das Rechenzentrum")
    if _compound_noun(bare):
        return  # `nach Hochleistungsspeicher`, `in KI-Beschleunigern`: words of the language joined
    joined = [t.strip(",.;:!?") for t in tokens[start : start + 3]]
    if (
        len(joined) == 3
        and tokens[start] == bare
        and tokens[start + 1] in _PLACE_JOINERS
        and _is_cap(joined[2])
        and joined[2].isalpha()
        and joined[2] not in nouns
    ):
        book.add(" ".join(joined), PLACE, doc_id)  # `in Mo i Rana`, `in Frankfurt am Main`
        return
    if (
        (tokens[start] in _PLACE_OPENERS or (bare in _PLACE_OPENERS and tokens[start] == bare))
        and len(joined) >= 2
        and _is_cap(joined[1])
        and joined[1].replace("-", "").isalpha()
        and joined[1] not in nouns
    ):
        # `in Sankt Albrun`, `in Port Treliss`, `in St. Gallen` (its opener's period kept)
        book.add(f"{tokens[start]} {joined[1]}", PLACE, doc_id)
        return
    # `in Planung`, `in Kooperation`: a noun's ending, unless no dictionary knows the word (`in Taichung`)
    noun = bare.casefold().endswith(_NOUN_ENDINGS) and (
        len(bare) > FOREIGN_TOWN_MAX or dictionary_word(normalize(bare))
    )
    # `aus Eigenkapital`, `aus Steuermitteln`: a long word the dictionary knows is a noun, no town
    listed_noun = len(bare) >= LONG_DICTIONARY_NOUN and dictionary_word(normalize(bare))
    nxt = tokens[start + 1].strip(",.;:!?") if start + 1 < len(tokens) else ""
    # `in Gebäude, Kühlung und Netzanschluss`, `in Gebäude und Technik`: a list of words of the language
    # is of things (`in Essen, Bochum und Dortmund` of towns, one of which no dictionary knows)
    listed = ""
    if tokens[start].endswith(","):
        listed = nxt
    elif nxt in _LIST_JOINERS and start + 2 < len(tokens):
        listed = tokens[start + 2].strip(",.;:!?")
    # (`die Standorte in Chudschand, Kuljab und Bochtar`: a town a dictionary lists, beside one it does not)
    beside_a_town = (
        bool(listed)
        and _is_cap(listed)
        and listed.isalpha()
        and listed not in nouns
        and not dictionary_word(normalize(listed))
        and not _compound_noun(listed)  # (`in Leitungen, Wärmetauscher und Speicher`: things)
        and not listed.casefold().endswith(_NOUN_ENDINGS)  # (`bei Transformatoren und Kühlanlagen`)
    )
    noun = noun or (listed_noun and not beside_a_town)
    # (`in Domat/Ems`, `Halle/Saale`: a town's two names joined by a slash are one)
    if noun or not bare.replace("-", "").replace("/", "").isalpha() or len(bare) < 3:
        return
    if normalize(bare) in book.names and book.names[normalize(bare)].kind != PLACE:
        return  # `bei Mistral AI` is a company
    if nxt in ORG_HEADS:
        return
    if nxt in _GENITIVE_ARTICLES and dictionary_word(normalize(bare)):
        return  # `nach Vorlage der Zahlen`: a noun of the language with its genitive, no town
    if listed and _is_cap(listed) and dictionary_word(normalize(bare)) and dictionary_word(normalize(listed)):
        return
    # `Bundesstaat New South Wales`: a place of several words, each capitalised and no noun of the texts
    whole = [bare]
    following = tokens[start + 1 : start + PLACE_WORDS] if tokens[start] == bare else []
    for at, raw in enumerate(following, start + 1):
        word = raw.strip(",.;:!?")
        if not (_is_cap(word) and word.isalpha() and word not in nouns and word not in ORG_HEADS):
            break
        if at + 1 < len(tokens) and tokens[at + 1].strip(",.;:!?") in ORG_HEADS:
            break  # `in Teesside – Quillon Labs wird …`: a company's name begins
        if is_title(word) or word in book.lowered:
            break
        if dictionary_word(normalize(word)) and bare not in _PLACE_LEADS:
            break  # `in Lyon Frankreich`: a word of the language ends it
        if len(word) > PLACE_PART_MAX:
            break  # `in Europa Marktanteile`: a long word after it is a noun (a German compound)
        whole.append(word)
        if word != raw:
            break  # punctuation ends the name
    if len(whole) > 1:
        book.add(" ".join(whole), PLACE, doc_id)
        return
    book.add(bare, PLACE, doc_id)
    if tokens[start].endswith(",") and nxt and _is_cap(nxt) and nxt not in nouns and nxt.isalpha():
        book.add(nxt, PLACE, doc_id)  # `Riverton, Ohio`
    for town in _listed_towns(tokens, start, nouns):
        book.add(town, PLACE, doc_id)  # `in Hrodna, Wizebsk und Mahiljou`


def _listed_towns(tokens: list[str], start: int, nouns: set[str]) -> list[str]:
    """The towns after the first of a list (`in Hrodna, Wizebsk und Mahiljou`): capitalised words joined by
    commas and closed by "und"/"oder" (a comma alone may open a clause: `in Minsk, Acme …`), not all of
    them words of the language (`in Gebäude, Kühlung und Netzanschluss`)."""
    found: list[str] = []
    at = start
    while at + 1 < len(tokens):
        joined = tokens[at + 1] in _LIST_JOINERS
        if not (tokens[at].endswith(",") or joined) or tokens[at][-1:] in ".;:!?":
            break
        at += 2 if joined else 1
        word = tokens[at].strip(",.;:!?") if at < len(tokens) else ""
        if not (_is_cap(word) and word.isalpha()) or word in nouns:
            return []
        if tokens[at] in _PLACE_OPENERS and at + 1 < len(tokens) and _is_cap(tokens[at + 1]):
            at += 1  # "… und St. Lucia": the opener and the name
            word = f"{tokens[at - 1]} {tokens[at].strip(',.;:!?')}"
        found.append(word)
        if joined:  # "… und Mahiljou": the list closed; one of words of the language is of things
            listed = [tokens[start].strip(",.;:!?"), *found]
            return [] if all(dictionary_word(normalize(w)) for w in listed) else found
    return []


_SITE_VERBS = frozenset("folgt ist wird bleibt liegt wäre".split())  # "Als letzter Standort folgt Lund"
_LIST_JOINERS = frozenset("und and oder or sowie".split())
PLACE_WORDS = 3  # words of a place's name after "in" or a region's noun ("New South Wales")
PLACE_PART_MAX = 8  # letters of a later word of a place's name ("Wales", "Rzeczna"; not "Windstrom…")
LONG_DICTIONARY_NOUN = 10  # letters from which a word the dictionary knows is taken for a noun after "aus"

# Words that open a place's name of two: `Sankt Albrun`, `Port Treliss`, `Bad Kreuzach`, `San Ardo`.
_PLACE_OPENERS = frozenset("Sankt St. Saint San Santa Santo São Port Fort Bad Mount Lake Cape Kap".split())
# English first words of a place's name whose other words are words of the language too: `New South Wales`.
_PLACE_LEADS = frozenset("New North South East West Upper Lower Great".split())
# Small words inside a place's name: `Mo i Rana`, `Frankfurt am Main`, `Stratford upon Avon`.
_PLACE_JOINERS = frozenset("i am an ob upon on sur de del la".split())


# Determiners and nouns by which a sentence speaks of a company it named before ("des Konzerns").
_DEFINITE = frozenset("das der die des dem den beim vom zum zur".split())
# The company two make, by the word before its kind: "der neue Konzern", "das fusionierte Unternehmen", "die
# gemeinsame Firma", "the merged company" (word beginnings, in either language)
MADE_ONE = (
    *("neue", "new", "merged", "combined", "fusioniert", "zusammengeschlossen", "gemeinsam", "kombiniert"),
    "vereint",
)
COMPANY_NOUNS = frozenset("unternehmen konzern firma gruppe betreiber hersteller start-up startup".split())
# ... and nouns by which it speaks of the venture it just named ("Das Projekt soll … investieren").
_VENTURE_NOUNS = frozenset("projekt vorhaben initiative joint-venture".split())


def kind_nouns(tokens: list[str], ventures: bool) -> Iterator[int]:
    """Where a company (or, with `ventures`, a venture) is spoken of by its kind after an article ("dem
    Konzern", "des Windparkbetreibers"): the noun's index, the first after each article."""
    for i, token in enumerate(tokens):
        if token.casefold() not in _DEFINITE:
            continue
        for j in range(i + 1, min(i + 4, len(tokens))):
            if j > i + 1 and tokens[j - 1][:1].isupper() and not tokens[j - 1].endswith("er"):
                # "den Nationalen Fonds": an adjective written capital is part of a name, no kind (a
                # town's "der Münchner Konzern" is one)
                break
            bare = _kind_noun(tokens[j])
            if (
                bare.endswith(DESCRIPTOR_ENDINGS)
                or bare in COMPANY_NOUNS
                or (ventures and bare in _VENTURE_NOUNS)
            ):
                yield j
                break


def _kind_noun(token: str) -> str:
    """The noun without its genitive s ("des Konzerns"), not the s of its own ("der Fonds")."""
    word = token.strip(',.;:!?»«„“"').casefold()
    return word if word.endswith(DESCRIPTOR_ENDINGS) else word.removesuffix("s")


def descriptor(word: str) -> bool:
    """Does a word speak of a company by its kind ("Betreibers", "Infrastrukturfonds")?"""
    return _kind_noun(word).endswith(DESCRIPTOR_ENDINGS)


def _unnamed(tokens: list[str]) -> list[str]:
    """The kind nouns of "das Start-up", not of "das Start-up Acme": companies spoken of by kind alone."""
    return [
        _kind_noun(tokens[j])
        for j in kind_nouns(tokens, ventures=False)
        if j + 1 >= len(tokens) or not _is_cap(tokens[j + 1])
    ]


def _called(book: NameBook, sentences: list[list[str]]) -> dict[str, set[str]]:
    """Kind noun → the companies an article gives it to by name ("Das Lausanner Start-up Acme")."""
    called: dict[str, set[str]] = defaultdict(set)
    for tokens in sentences:
        for j in kind_nouns(tokens, ventures=False):
            if j + 1 < len(tokens) and _is_cap(tokens[j + 1]):
                keys = book.find(normalize(" ".join(tokens[j + 1 : j + 1 + APPOSITION_WORDS])).split())
                called[_kind_noun(tokens[j])].update(k for k in keys[:1] if book.kind(k) == ORG)
    return called


APPOSITION_WORDS = 3  # words of a name right after its kind noun ("das Start-up Acme Compute")


_OPENING = '„“"«»'
_CLOSING_QUOTES = '“”"»«'


def _quoted(sentence: str) -> str:
    """The words of a sentence said between quotation marks, normalised, one space around each."""
    inside, said = False, []
    for token in sentence.split():
        opens = not inside and token[:1] in _OPENING
        inside = inside or opens
        if inside:
            said.append(token)
        bare = token.rstrip(",.;:!?")
        if inside and bare[-1:] in _CLOSING_QUOTES and (len(bare) > 1 or not opens):
            inside = False
    return f" {normalize(' '.join(said))} "


def _learn_person_context(
    book: NameBook, tokenised: dict[str, list[list[str]]], spoken: dict[str, list[str]]
) -> None:
    """ "Für Kelvra ist der Auftrag ein Meilenstein. Gründer und CEO Callum Reid erklärte …": a person
    whose title names no company belongs to the one company the sentence before names, else to the one
    the sentence after names."""
    for doc_id, sentences in tokenised.items():
        # in an article about one company, a company named a sentence or two away from a title is the
        # article's own, or no one's: "Globex-Partnerin Jo Roe zieht in den Verwaltungsrat ein. …
        # Gründerin und Vorstandschefin Jane Roe sagte" is Acme's founder, not Globex's
        subject = {k for k in book.subjects.get(doc_id, ()) if book.kind(k) == ORG}
        found = [book.find(normalize(" ".join(tokens)).split()) for tokens in sentences]
        called = _called(book, sentences)
        orgs: list[set[str]] = []
        kinds_only = [_unnamed(tokens) for tokens in sentences]
        headline = {k for k in (found[0] if found else ()) if book.kind(k) == ORG} & subject
        for unnamed, keys, tokens in zip(kinds_only, found, sentences, strict=True):
            # "Gegründet wurde das Start-up von Forschenden der Globex": a sentence speaking of a company by
            # its kind speaks of the one the article gives that kind by name (if one), not of the one it names
            # (or, by a word for any company, a compound of it: "das Unternehmen" is "das Zürcher
            # KI-Unternehmen Aurelis AI"; not "beide Anbieter", both of those just named)
            both = any(t.casefold() in _BOTH_WORDS for t in tokens)
            meant = set().union(
                *(
                    found_
                    for noun in unnamed
                    for kind, found_ in called.items()
                    if kind == noun or (noun in _ANY_FIRM and not both and kind.endswith(noun))
                )
            )
            # (a project named is nobody's employer: "Der erste Chip mit dem Namen „Elbe-1“ soll …")
            orgs.append(
                (meant if len(meant) == 1 else set())
                if unnamed
                else {k for k in keys if book.kind(k) == ORG and k not in book.projects}
            )
        # "Konzern-Finanzchef Jo Roe": the title's company by its kind, the one the article calls so ("der
        # Energiekonzern Acme")
        for key in {k for keys in found for k in keys}:
            name = book.names[key]
            kind = (name.org or "").casefold()
            if name.kind == PERSON and kind and is_descriptor(kind) and book.kind(normalize(kind)) != ORG:
                kind = _kind_noun(kind)
                # ("Sprecherin des Wasserversorgers": the one the article calls "der Versorger")
                meant = set().union(
                    *(orgs_ for noun, orgs_ in called.items() if noun.endswith(kind) or kind.endswith(noun))
                )
                name.org = book.names[next(iter(meant))].display if len(meant) == 1 else None
        last: set[str] = set()  # the companies of the latest sentence naming any ("Der Konzern …" names none)
        for i, keys in enumerate(found):
            # Else the sentence after, when it names one company: "Vorstandschefin Ilse Wendt sprach von
            # einem Wendepunkt. Kelvra wolle damit …" goes on with her own company's plans.
            after = orgs[i + 1] if i + 1 < len(orgs) else set()
            near = last if len(last) == 1 else after if len(after) == 1 else set()
            said = ""  # the sentence as written, normalised: only where it names one company
            for key in keys:
                name = book.names[key]
                # (an analyst or economist judges the companies around; none of them is theirs)
                title = name.title or ""
                if name.kind != PERSON or name.org is not None or is_judge(title) or official(title):
                    continue
                # "Acme wurde 2019 gegründet und wird von Vorstandschefin Jo Roe geführt": her own sentence's
                # one company, named before her, over those around (not "CEO Jo Roe erklärte, Globex werde …")
                own = orgs[i] if len(orgs[i]) == 1 and not kinds_only[i] else set()
                # ... not one she names in her own words („Der Globex-Auftrag ist der größte …“, sagte
                # Finanzvorständin Jo Roe): what a speaker talks of is not whom she works for
                own = set() if own and f" {next(iter(own))} " in spoken[doc_id][i] else own
                elsewhere = {o for o in orgs[i] if f" {o} " not in spoken[doc_id][i]}
                said = said or (f" {normalize(' '.join(sentences[i]))} " if own else "")
                if own and 0 <= said.find(f" {next(iter(own))} ") < said.find(f" {key} "):
                    name.org = book.names[next(iter(own))].display
                elif kinds_only[i] and len(orgs[i]) == 1:
                    # "Jo Roe, Gründerin und Geschäftsführerin des Start-ups": the one company the article
                    # calls so
                    name.org = book.names[next(iter(orgs[i]))].display
                elif (
                    near
                    and (len(subject) != 1 or near <= subject)
                    and not (elsewhere and not elsewhere & near)
                ):
                    # (not where her own sentence names another outside her words: "Neue Chefin wird Jo
                    # Roe, bislang Finanzchefin von Globex" tells no company of hers the next sentence's is)
                    # ... of the article's parties, the one its headline opens on, where the company around
                    # is none of them ("Der Pensionsfonds Globex zeichnet …" before Acme's Vorstandschefin)
                    near = headline if len(headline) == 1 and subject and not near <= subject else near
                    name.org = book.names[next(iter(near))].display
                elif not near and kinds_only[i] and len(headline) == 1:
                    # "Gründerin und CEO Jo Roe, die das Unternehmen 2021 gegründet hat": the company her
                    # sentence speaks of by its kind, no other around, is the one the headline names
                    name.org = book.names[next(iter(headline))].display
            last = orgs[i] or (set() if kinds_only[i] else last)


def _learn_person_parts(book: NameBook) -> None:
    """A person is asked for by surname too (`Roe`, `Mensch`), and by a first name no one else of the
    documents has (`Jane`), also where a curator listed that first name as a deal's alias."""
    people = [n for n in book.names.values() if n.kind == PERSON and " " in n.key]
    firsts = Counter(n.key.split()[0] for n in people)
    for name in people:
        last = name.display.split()[-1]
        first = name.display.split()[0]
        for part_display, unique in ((last, True), (first, firsts[name.key.split()[0]] == 1)):
            key = normalize(part_display)
            known = book.names.get(key)
            seeded = known is not None and known.kind == ORG and not known.documents  # an alias, no company
            if len(key) < 4 or not unique or (known is not None and not seeded):
                continue
            if seeded:
                del book.names[key]
            part = book.add(part_display, PERSON, canonical=name.key)
            if part is not None:
                part.documents |= name.documents
                part.org, part.title = name.org, name.title


LEAD_SENTENCE_CHARS = 60  # shorter lines in an article's head are its date, section or byline


def subject_of(book: NameBook, title: str, text: str, document: str = "") -> frozenset[str]:
    """The companies of a document's title and first sentence: what all its sentences are about."""
    # the first two sentences of the body: not the title again, nor a head's date or section line (a
    # short line of its own; a short sentence in the lead paragraph, "Den Auftrag erhält Globex.", counts)
    sentences = [
        s
        for line in text.splitlines()
        if line.strip() != title.strip() and len(line.strip()) >= LEAD_SENTENCE_CHARS
        for s in split_sentences(line)
    ]
    lead = [title, *sentences[:2]]
    keys: set[str] = set()
    for sentence in lead:
        for key in book.find(normalize(sentence).split()):
            if book.names[key].kind == ORG:
                keys.add(key)
    # "Acme Medien" in the lead is the "Acme" of the body: its first word, a company of the article
    keys |= {
        first
        for key in keys
        if " " in key
        and (first := key.split()[0]) in book.names
        and book.names[first].kind == ORG
        and book.names[first].documents & book.names[key].documents
    }
    if keys <= book.projects:
        # "Singapur baut … das Vorhaben „Kestrel“", with Acme building it named again and again: the article
        # is about Acme too (though not its title and lead, which say who else does what)
        main = _main_company(book, [_tokens(s) for s in split_sentences(text)])
        keys |= main
        if document:
            book.main[document] = main
    # "Das System mit dem Namen „Firnblick“ …", named again and again: the thing the article is about
    keys |= _main_projects(book, text, document, title)
    # "Das Joint Venture mit dem Namen Acme Compute": the venture the parties found is the subject too
    return frozenset(keys | set(ventures_in(book, text)))


def _main_projects(book: NameBook, text: str, document: str, title: str = "") -> set[str]:
    """The projects a document names in MAIN_MENTIONS sentences or more, or whose kind its title names
    ("Seekabel zwischen Korea und Taiwan: …" of "Das Kabel mit dem Namen „Jade Link“")."""
    own = {p for p in book.projects if document in book.names[p].documents}
    if not own:
        return set()
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for at, sentence in enumerate(split_sentences(text)):
        named = own.intersection(book.find(normalize(sentence).split()))
        counts.update(named)
        for p in named:
            first.setdefault(p, at)
    titled = normalize(title).split()
    kinded = {p for p in own if any(w.endswith(n) for w in titled for n in book.project_nouns.get(p, ()))}
    # (of several of the title's kind, the one named first: "Drei Partner bauen neues Seekabel": the new
    # Vaitele-Kabel of the lead, not the old Manu-Kabel set beside it later)
    earliest = min((first.get(p, len(first)) for p in kinded), default=0)
    return {p for p in own if counts[p] >= MAIN_MENTIONS or (p in kinded and first.get(p) == earliest)}


def ventures_in(book: NameBook, text: str) -> list[str]:
    """The ventures a document names by their kind ("das Gemeinschaftsunternehmen Acme Compute")."""
    keys = [
        normalize(m["short"])
        for m in _ABBREVIATED_VENTURE.finditer(text)
        if normalize(m["short"]) in book.names
    ]
    for match in _NAMED_VENTURE.finditer(text):
        found = book.locate(normalize(match.group(1)).split())
        if found and found[0][0] == 0 and book.kind(found[0][2]) == ORG:
            keys.append(found[0][2])
    return list(dict.fromkeys(keys))


# "das Vorhaben mit dem Namen „Kestrel“", "ein Kabel namens Aurora", "der Rechenkern „Saphir“": a thing's
# name (a project, a cable, a chip), asked as a company's; the noun before it says what is named (the quote
# closed as typed: „Saphir“, „Saphir”, „Saphir")
_NAMED_PROJECT = re.compile(
    r"\b(?P<noun>[A-ZÄÖÜ][\w-]*[a-zäöüß]|den|dem|des|die|das)(?:"
    r",?\s+(?:mit dem Namen|namens|unter dem Namen|tr(?:ä|ae)gt den Namen|called|named)\s+[„«»]?"
    r"(?P<name>[A-ZÄÖÜ][^\s,.;:“”\"«»]*(?:\s+[A-ZÄÖÜ][^\s,.;:“”\"«»]*)?)"
    r"|\s+[„«»](?P<quoted>[A-ZÄÖÜ][^\s,.;:“”\"«»]*(?:\s+[A-ZÄÖÜ][^\s,.;:“”\"«»]*)?)[“”\"«»])"
)
_PROJECT_WORDS = frozenset("project projekt operation".split())
_ARTICLES = frozenset("der die das den dem des the".split())
# Kinds of things a quoted name may open on ("„Campus Ebro“", "„Park Nordhafen“")
_THING_FIRST = frozenset(
    "campus park hub cluster projekt project standort werk zentrum center centre".split()
)
_NAMING_NOUNS = ("name", "namen", "bezeichnung", "typ")  # words naming a name, not what is named
# "die Empfehlung „Halten“", "das Motto „Mehr Rechenleistung“": a verdict or a phrase quoted, no thing named
_VERDICT_NOUNS = (
    "empfehlung",
    "einstufung",
    "rating",
    "votum",
    "urteil",
    "motto",
    "slogan",
    "titel",
    "devise",
)
_NAMED_VENTURE = re.compile(
    r"(?:Joint Venture|Joint-Venture|Gemeinschaftsunternehmen|gemeinsame[sn]? Unternehmen|Tochtergesellschaft"
    # ("hält an dem neuen Unternehmen Acme Compute 55 Prozent": the venture just founded)
    r"|joint venture|neue[nm]?\s+Unternehmen),?\s+"
    r"(?:(?:mit dem Namen|namens|unter dem Namen|called|named|trägt den Namen|heißt"
    r"|firmiert unter|firmiert als|is called|will be called)\s+)?"
    r"„?([A-ZÄÖÜ][^\s,.;:“”\"]*(?:\s+[A-ZÄÖÜ][^\s,.;:“”\"]*){0,2})"  # ("Dunav Design Labs": three words)
)
# ... and one named in full, its capitals after it: "Joint Venture mit dem Namen Velmora Seyvolt Advanced
# Packaging (VSAP)"
_ABBREVIATED_VENTURE = re.compile(
    r"(?:Joint\s+Venture|Joint-Venture|Gemeinschaftsunternehmen|gemeinsame[sn]?\s+Unternehmen|joint\s+venture),?\s+"
    r"(?:(?:mit\s+dem\s+Namen|namens|unter\s+dem\s+Namen|called|named)\s+)?„?"
    r"(?P<name>(?:[A-ZÄÖÜ][\w&-]*\s+){1,4}[A-ZÄÖÜ][\w&-]*)“?\s*\((?P<short>[A-Z]{2,6})\)"
)
