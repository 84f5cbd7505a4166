"""Questions in another language than German or English, or with some of its words: Spanish, French, Dutch,
Italian, Portuguese, Turkish and Polish words that ask ("cuánto", "combien", "hoeveel", "ne kadar", "ilu"),
name a figure's kind ("empleos", "banen", "milyar") or a role ("fundador", "voorzitter"), read as the
English word the rest of the engine knows. Words are normalised (lowercase, accents dropped: "cuánto" is
"cuanto", "kaç" is "kac"); a word the articles use, or a name they give, is never read so. Words that are
English or German too ("actions", "dove", "wie", "die", "ile") are left out.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import Stemmer

from bot.engine.text import normalize
from bot.engine.translations import listed_word

# Phrases of two or three words first, as one English word or phrase.
_PHRASES: dict[tuple[str, ...], str] = {
    # how much / how many / how long / when / who / where
    ("ne", "kadar"): "how much",
    ("ne", "zaman"): "when",
    ("kac", "yil"): "how many years",
    ("kac", "yildir"): "how long",
    ("combien", "de", "temps"): "how long",
    ("cuanto", "tiempo"): "how long",
    ("quanto", "tempo"): "how long",
    ("hoe", "lang"): "how long",
    ("combien", "de"): "how many",
    ("combien", "d"): "how many",
    ("hoe", "veel"): "how many",
    ("jak", "dlugo"): "how long",
    ("en", "quelle", "annee"): "when",
    ("por", "que"): "why",
    # figures and things counted
    ("mil", "millones"): "billion",
    ("miles", "de", "millones"): "billion",
    ("centro", "de", "datos"): "datacenter",
    ("centros", "de", "datos"): "datacenters",
    ("centre", "de", "donnees"): "datacenter",
    ("centres", "de", "donnees"): "datacenters",
    ("centrum", "danych"): "datacenter",
    ("centra", "danych"): "datacenters",
    ("centrow", "danych"): "datacenters",
    ("veri", "merkezi"): "datacenter",
    ("veri", "merkezleri"): "datacenters",
    ("miejsc", "pracy"): "jobs",
    ("miejsca", "pracy"): "jobs",
    ("puestos", "de", "trabajo"): "jobs",
    ("postes", "de", "travail"): "jobs",
    ("posti", "di", "lavoro"): "jobs",
    ("postos", "de", "trabalho"): "jobs",
    ("is", "yeri"): "jobs",
    ("yapay", "zeka"): "ai",
    ("inteligencia", "artificial"): "ai",
    ("intelligence", "artificielle"): "ai",
    ("kunstmatige", "intelligentie"): "ai",
    ("sztuczna", "inteligencja"): "ai",
    ("intelligenza", "artificiale"): "ai",
}

# The English word (or words), then the words of the other languages that say it (as written: "ü" and "ö"
# are normalised to "ue" and "oe" as in German, other accents dropped).
_TABLE = """
how much: cuanto cuanta combien hoeveel quanto quanta ilu
how many: kac cuantos cuantas quanti quante quantos quantas
when: cuando quand wanneer quando kiedy
where: donde nerede gdzie onde
who: quien quienes qui quem kto
which: cual cuales quel quelle quels quelles welke welk quale quali jaki jaka jakie ktory ktora hangi
what: wat nedir
why: pourquoi waarom perche neden dlaczego
billion: milliard milliards miljard miljarden milyar miliard miliardy miliardow miliardi
million: millones millon miljoen miljoenen milyon milion miliony milionow milioni
dollars: dolares dolar dolarow dollari
percent: porcentaje pourcentage procent yüzde percentuale porcentagem
gigawatt: gigavatios gigavatio gigawatow gigavat gigawatty
megawatt: megavatios megavatio megawatow megavat
jobs: empleos emplois banen istihdam empregos
shares: acciones aandelen hisse hisseleri aksiyon aksiyonu akcje azioni acoes
price: precio prix prijs fiyat cena prezzo preco
investment: inversion investissement investering yatirim inwestycja investimento
invest: invierte invertir investit investir investeert investeren inwestuje
company: empresa entreprise bedrijf sirket societa
deal: acuerdo accord overeenkomst anlasma umowa accordo acordo
capacity: capacidad capacite capaciteit kapasite pojemnosc capacita
years: ano anos annee annees jaar jaren yil yillar rok lata anni
founder: fundador fondateur oprichter kurucu zalozyciel fondatore
chairman: presidente voorzitter baskan baskani prezes
pay: paga pagar pagan paie paient betaalt betalen öder ödüyor placi placa pagano
rise: yükseldi arttı subio subieron steeg stegen wzrosly wzrosla wzrosl aumento
now: ahora maintenant nu simdi teraz adesso agora
create: cree creent creera crea crean creara creeert tworzy stworzy yaratacak oluşturacak
deliver: levert leveren entrega livre dostarcza
the: het een los las el les une bir gli uma
infrastructure: infraestructura infrastructuur altyapi infrastruktura infrastruttura infraestrutura
"""
_WORDS: dict[str, str] = {
    normalize(word): english
    for line in _TABLE.strip().splitlines()
    for english, said in [line.split(":")]
    for word in said.split()
}

# Words that ask only where they open the question (Turkish "ile" in the middle is "with")
_OPENING = {"ile": "how many"}

# The word list of twelve languages (bot/data/foreign.tsv: language, word or phrase of up to three words, its
# English): read in a message that is in another language, as two of its words show (below)
_LIST = Path(__file__).resolve().parent.parent / "data" / "foreign.tsv"
# English a listed word may stand for where two languages' words fold to one ("où"/"ou", "qué"/"que"): the
# asking one, which says what is wanted
_ASKING = frozenset(
    "how much|how many|how long|how big|how high|how fast|when|where|who|whose|which|what|why".split("|")
)
MIN_TELLING_WORDS = 2  # words of the list's that tell a message is in another language
MIN_TELLING = 3  # letters of a listed word that tells the message's language ("y", "e", "o" tell nothing)


def _forms(said: str) -> set[tuple[str, ...]]:
    """A listed word or phrase as typed: normalised, and without its umlauts too ("yüzde": "yuzde")."""
    plain = said.replace("ü", "u").replace("ö", "o").replace("ä", "a")
    return {tuple(normalize(said).split()), tuple(normalize(plain).split())}


# Snowball's stemmer of each listed language: a word's other forms are read as its listed one ("projesinin",
# "eyalette": "proje", "eyalet"; "aparecem": "aparecer")
_STEMMERS = {
    "fr": "french",
    "es": "spanish",
    "it": "italian",
    "pt": "portuguese",
    "nl": "dutch",
    "pl": "polish",
    "tr": "turkish",
    "sv": "swedish",
    "da": "danish",
    "no": "norwegian",
    "cs": "czech",
    "ro": "romanian",
}
MIN_STEM = 4  # letters of a stem a form is read by ("cit" of "citato" is too short to tell a word)


@dataclass(frozen=True)
class _List:
    read: dict[tuple[str, ...], str]  # a phrase (normalised words) → its English
    telling: dict[str, frozenset[str]]  # a word telling the message's language → the languages it is of
    stems: dict[str, dict[str, str]]  # language → a listed word's stem → its English


@cache
def _listed() -> _List:
    """The list's phrases → English, the words that tell a message is in another language (a listed word
    that is no German or English word: "cuanto", not "qual", "das"), and the stems of each language's."""
    read: dict[tuple[str, ...], str] = {}
    languages: dict[str, set[str]] = {}
    stems: dict[str, dict[str, str]] = {lang: {} for lang in _STEMMERS}
    for line in _LIST.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, said, english = line.split("\t")
        for form in _forms(said):
            if form and (form not in read or (english in _ASKING and read[form] not in _ASKING)):
                read[form] = english
            if len(form) == 1:
                languages.setdefault(form[0], set()).add(lang)
                stem = _stemmer(lang).stemWord(form[0])
                if len(stem) >= MIN_STEM:
                    stems[lang].setdefault(stem, english)
    telling = {
        w: frozenset(langs) for w, langs in languages.items() if len(w) >= MIN_TELLING and not listed_word(w)
    }
    return _List(read, telling, stems)


@cache
def _stemmer(lang: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer(_STEMMERS[lang])


def _stemmed(word: str, languages: frozenset[str], listed: _List) -> str | None:
    """The English of a form of a listed word of one of the message's languages."""
    for lang in sorted(languages):
        stem = _stemmer(lang).stemWord(word)
        if len(stem) >= MIN_STEM and stem in listed.stems[lang]:
            return listed.stems[lang][stem]
    return None


IsKnown = Callable[[str], bool]
"""Is this normalised word one the engine must leave as it is (a German or English word, a name)?"""


def _phrase_at(
    words: Sequence[str], i: int, tables: tuple[Mapping[tuple[str, ...], str], ...], known: IsKnown
) -> tuple[str, int] | None:
    """The English of a phrase of three or two words starting at `i`, from the first table holding one
    (not where every word is one the engine knows), and how many words it took."""
    for table in tables:
        for size in (3, 2):
            phrase = tuple(words[i : i + size])
            if len(phrase) == size and phrase in table and not all(known(w) for w in phrase):
                return table[phrase], size
    return None


def in_english(words: Sequence[str], known: IsKnown) -> list[str]:
    """The question's words with those of another language read as English ("hoeveel banen" → "how many
    jobs"); a word `known` says is German, English or a name stays."""
    found = _listed()
    telling = [found.telling[w] for w in set(words) if w in found.telling]
    # (a German or English message, or one with a single such word, a German or English slip or short
    # form, "ans", "com": its words are read as the few above only)
    languages = frozenset().union(*telling) if len(telling) >= MIN_TELLING_WORDS else frozenset()
    listed = found.read if languages else {}
    out: list[str] = []
    i = 0
    if words[:1] and words[0] in _OPENING and not known(words[0]):
        out.extend(_OPENING[words[0]].split())  # "Ile miejsc pracy …": Polish "how many" opens it
        i = 1
    while i < len(words):
        phrase = _phrase_at(words, i, (_PHRASES, listed), known)  # the few above first, then the list's
        if phrase is not None:
            out.extend(phrase[0].split())
            i += phrase[1]
            continue
        word = words[i]
        english = _WORDS.get(word) or listed.get((word,))
        if english is None and languages and not known(word):
            english = _stemmed(word, languages, found)
        out.extend(english.split() if english is not None and not known(word) else [word])
        i += 1
    return out
