"""Who pays whom. A sum asked of its payer ("how much will Acme spend on chips from Globex") is not a sum the
articles say another company pays ("Globex will bis zu 5 Mrd. Euro in Acme investieren"): that is the other
company's money, however many words the two share."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.engine.lexicon import ARTICLE_WORDS, PUBLIC_BODIES
from bot.engine.text import normalize

# Verbs whose subject pays (normalised, umlauts written out) ...
PAY_VERBS = frozenset(
    "spend spends spending spent pay pays paying paid buy buys buying bought invest invests investing "
    "invested investiert investieren investiere investierte steckt stecken steckte putting puts zahlt zahlen "
    "zahlte bezahlt bezahlen ausgeben ausgegeben kauft kaufen kaufte gekauft".split()
)
# ... of which those saying a payment made ("wie viel hat Acme bezahlt"), which no offer is
PAID_VERBS = frozenset(
    "paid spent bought bezahlt gezahlt zahlte bezahlte ausgegeben gekauft kaufte erworben acquired".split()
)
# Shares as questions name them (the asked thing of a share's price)
SHARE_WORDS = frozenset("share shares aktie aktien papiere anteile anteilsscheine units".split())
# "ausgegeben" of money is spent, of shares issued
_ISSUE_VERBS = frozenset({"ausgegeben"})
# A sum offered, bid or asked for, not (yet) paid: "Acme hatte 4.200 Vatu je Aktie geboten"
_OFFERED = frozenset(
    "geboten bietet bieten bot angebot angebots gebot gebots gegenangebot offer offers offered bid bids "
    "verlangt fordert gefordert".split()
)
# ... and whose subject receives ("wie viel bekommt Acme von Globex": Globex pays)
GET_VERBS = frozenset(
    "get gets getting got receive receives receiving received erhaelt erhalten erhielt bekommt bekommen "
    "bekam kassiert kassieren".split()
)
# A name after one of these is no subject: "from Globex", "in Acme", "bei Globex", "laut Acme" (but "die
# Initiative von Acme, … zu investieren", "part of Acme's plan to invest": Acme's money)
_PREPOSITIONS = frozenset("from bei beim at in into an am to zu fuer for with mit laut".split())
_FROM = frozenset("from von vom".split())
# "in Acme investieren", "invest in Acme", "an Acme zahlen": the name after receives the money (see
# `receivers`)
_INTO = frozenset("in into an".split())
_ARTICLES = frozenset("die der das den dem the".split())
_SOURCE = ("angaben", "von")  # "Nach Angaben von Acme zahlt Globex …": Acme tells, Globex pays
# "wie viel will Acme …": the name after a modal verb is its subject
_MODALS = frozenset("will wird soll wollen werden sollen plant planen moechte".split())
# How far from its verb the payer is named: "how much will Acme spend" (before), "wie viel steckt Acme in"
# (after), "die Miete, die Acme an Globex zahlt" (a verb at the end)
VERB_REACH_BEFORE = 4
VERB_REACH_AFTER = 2
RECEIVER_REACH = 4  # words from "in" to the name receiving ("in das KI-Labor Acme": "in das ki labor acme")

NamesIn = Callable[[list[str]], tuple[list[str], set[str]]]
"""The reader's `names_in`: the canonical names some normalised words say, and the words saying them."""
CanPay = Callable[[str], bool]
"""Is this canonical name one that pays? (a company: not a person, who pays for a company, nor a place)"""


def payer_asked(words: Sequence[str], names: frozenset[str] | set[str]) -> str:
    """The name (as the question words it) of who pays in a money question: the subject of a paying verb
    ("how much will acme spend", "wie viel steckt globex in acme"), or whom a receiving verb gets it from
    ("how much does acme get from globex"); "" when it says no payer, or both kinds of verb."""
    said = set(words)
    pays, gets = not said.isdisjoint(PAY_VERBS), not said.isdisjoint(GET_VERBS)
    if pays == gets:
        return ""
    at: dict[int, str] = {}
    for name in sorted(names, key=len):  # the longest name said at a place
        parts = name.split()
        at.update((i, name) for i in range(len(words)) if list(words[i : i + len(parts)]) == parts)
    # names side by side are read as one ("marlowe labs", both words names of their own), which may stand
    # for two companies ("acme globex invest"): `paid_by_another` tells
    for i in sorted(at, reverse=True):
        follows = i + len(at[i].split())
        if follows in at:
            at[i] = f"{at[i]} {at.pop(follows)}"
    if gets:
        return next((n for i, n in sorted(at.items()) if i and words[i - 1] in _FROM), "")
    verb = next(i for i, w in enumerate(words) if w in PAY_VERBS)
    near = {
        n
        for i, n in at.items()
        # ("wie viel will Acme … in den USA stecken": the subject after a modal, however far from the verb)
        if (verb - VERB_REACH_BEFORE <= i <= verb + VERB_REACH_AFTER or (i and words[i - 1] in _MODALS))
        and (not i or words[i - 1] not in _PREPOSITIONS)
        and ARTICLE_WORDS.isdisjoint(words[i + len(n.split()) : i + len(n.split()) + 1])  # "(Acme-Artikel)"
    }
    # ("acme globex invest summe": which of the two pays, the words do not say)
    return near.pop() if len(near) == 1 else ""


NAME_WORDS = 4  # words of the longest name a sentence may write ("Trondal Energiverk AS")


def located(said: list[str], names_in: NamesIn) -> dict[int, str]:
    """Where in the normalised words `said` a name starts, and which (canonical) one."""
    at: dict[int, str] = {}
    spelt = names_in(said)[1]
    i = 0
    while i < len(said):
        # the longest run of name words from here that is one name ("morvik kraft", not "morvik")
        for size in range(min(NAME_WORDS, len(said) - i), 0, -1):
            parts = said[i : i + size]
            if not set(parts) <= spelt:
                continue
            keys, words_ = names_in(parts)
            if len(keys) == 1 and set(parts) <= words_:
                at[i] = keys[0]
                i += size
                break
        else:
            i += 1
    return at


def receivers(said: list[str], at: dict[int, str]) -> set[str]:
    """The names that receive money in the normalised words `said` (names `at` their places): the first one
    after "in"/"into"/"an" ("in Acme investieren", "in den Standort Springfield", "in das KI-Labor Acme"),
    but not one right after "in das" ("…, in das Acme 3,8 Milliarden investiert": a relative clause, whose
    subject pays)."""
    found: set[str] = set()
    for i, word in enumerate(said[:-1]):
        if word in GET_VERBS:  # "Den größten Teil erhält die Acme: Der Fonds investiert …": Acme gets it
            place = next((j for j in range(i + 1, i + 1 + RECEIVER_REACH) if j in at), None)
            if place is not None and all(w in _ARTICLES for w in said[i + 1 : place]):
                # (every name its words say: "Springfield Datacentre" is a town's name and a company's)
                found.update(at[j] for j in range(place, place + RECEIVER_REACH) if j in at)
            continue
        if word not in _INTO:
            continue
        place = next((j for j in range(i + 1, i + 1 + RECEIVER_REACH) if j in at), None)
        if place is not None and not (place == i + 2 and said[i + 1] in _ARTICLES):
            found.add(at[place])
    return found


def payers(said: list[str], at: dict[int, str], can_pay: CanPay) -> set[str]:
    """The companies that pay in `said`: named before the first paying verb and after no preposition but
    "of" ("Acme will … in Globex investieren", "part of Acme's plan to invest"), else right after the verb
    ("Insgesamt investiert Acme …")."""
    verb = next((i for i, w in enumerate(said) if w in PAY_VERBS), None)
    if verb is None:
        return set()
    taking = receivers(said, at)
    found = {
        name
        for i, name in at.items()
        if i < verb
        and (i == 0 or said[i - 1] not in _PREPOSITIONS)
        and tuple(said[max(0, i - 2) : i]) != _SOURCE
        and name not in taking
        and can_pay(name)
    }
    after = at.get(verb + 1)
    return found or ({after} if after and can_pay(after) else set())


def paid_by_another(payer: str, text: str, names_in: NamesIn, can_pay: CanPay) -> bool:
    """Does `text` give a sum that another company than the one asked to pay (`payer`, as the question words
    it) pays, or one that company receives?"""
    if not payer:
        return False
    said = normalize(text).split()
    asked = {n for n in names_in(payer.split())[0] if can_pay(n)}
    at = located(said, names_in)
    if _place_grants(said, at, can_pay) or (asked.isdisjoint(at.values()) and _body_pays(said)):
        # "Die Regierung unterstützt den Bau … mit 38 Millionen Euro", the asked company unnamed: the state's
        return True
    if len(asked) != 1:
        return False  # no company, or two named side by side ("acme globex invest summe"): which pays, unsaid
    if asked & receivers(said, at):
        return True
    paying = payers(said, at, can_pay)
    return bool(paying) and not asked & paying


# Verbs of a public body paying out: a subsidy, a grant ("Der Staat fördert das Werk mit …"), a share of
# the cost borne ("Damit übernimmt der Staat rund 23 Prozent der Investitionssumme")
_GRANT_VERBS = frozenset(
    "unterstuetzt unterstuetzen foerdert foerdern subventioniert bezuschusst gewaehrt gewaehren uebernimmt "
    "uebernehmen uebernahm traegt tragen trug".split()
)


def _body_pays(said: list[str]) -> bool:
    """Is the subject of the sentence's first paying or granting verb a public body, before it ("Die Regierung
    des Kosovo unterstützt …"; not "von der Stadt") or right after it ("Damit übernimmt der Staat …")?"""
    verb = next((i for i, w in enumerate(said) if w in PAY_VERBS or w in _GRANT_VERBS), None)
    if verb is None:
        return False
    return any(
        w in PUBLIC_BODIES and i and said[i - 1] in _ARTICLES and (i < 2 or said[i - 2] not in _PREPOSITIONS)
        for i, w in enumerate(said[:verb])
    ) or (said[verb + 1 : verb + 2] == ["der"] and verb + 2 < len(said) and said[verb + 2] in PUBLIC_BODIES)


def _place_grants(said: list[str], at: dict[int, str], can_pay: CanPay) -> bool:
    """Does a place grant it, the sentence's subject right before the verb ("Kosovo fördert Acme-Werk mit 38
    Millionen"; not "Der Fonds Globex aus Santo Domingo übernimmt …")?"""
    verb = next((i for i, w in enumerate(said) if w in _GRANT_VERBS), None)
    return verb is not None and 0 in at and len(at[0].split()) == verb and not can_pay(at[0])


def paid_asked(words: Sequence[str]) -> bool:
    """Does the question ask a sum paid ("what did Acme pay for its stake", "wie viel hat Acme bezahlt"),
    and not a sum offered?"""
    said = set(words)
    if said & PAID_VERBS <= _ISSUE_VERBS and not said.isdisjoint(SHARE_WORDS):
        return False  # "zu welchem Preis werden die Aktien ausgegeben": shares issued, at the price offered
    past = not said.isdisjoint(PAID_VERBS) or ("did" in said and not said.isdisjoint(("pay", "spend", "buy")))
    return past and said.isdisjoint(_OFFERED)


def only_offered(text: str) -> bool:
    """Does a sentence give a sum offered or asked for ("hatte 4.200 Vatu je Aktie geboten", "ein
    Gegenangebot"), with no word of a payment made?"""
    said = set(normalize(text).split())
    return not said.isdisjoint(_OFFERED) and said.isdisjoint(PAID_VERBS)
