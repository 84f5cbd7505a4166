"""The articles a question points at, and the words that point: by the number answers cite ("per 001"), by
the words of a title or lead ("laut dem GPU-Artikel"), by a phrase that describes the article ("the report on
the share price reaction", "Der Artikel mit Jo Roe: …"), by place in the list ("im zweiten Artikel") or
by the day it was published ("im Artikel vom 24.07.2025")."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from itertools import takewhile

from babel import Locale

from bot.engine.asked import tells
from bot.engine.index import KnowledgeIndex
from bot.engine.lexicon import (
    ABOUT_WORDS,
    ARTICLE_WORDS,
    CITING_VERBS,
    CONJUNCTIONS,
    MENTION_VERBS,
    ORDINAL_NUMBERS,
    QUALIFIER_ASKS,
    STOPWORDS,
    names_a_piece,
    place_in_list,
)
from bot.engine.text import normalize, stem, words
from bot.engine.translations import MIN_COMPOUND_PART, compound_head, compound_parts

# ... but "the first announcement" is the event a company first told, no article in the list
_EVENT_WORDS = frozenset("announcement ankuendigung mitteilung".split())
ARTICLE_ORDINAL_REACH = 2  # words an ordinal may stand before its article word ("the second Acme article")
ABOUT_REACH = 8  # words after "the article about" that may describe it (up to the next small word)
BEFORE_REACH = 3  # words before the article word that may name it ("laut dem 1m-GPU-Artikel")
# A leading phrase that names an article ("Im Aktienartikel: …", "In the piece about the Springfield site,
# …") is short; a longer one before the first comma is the question itself
MAX_LEADING_WORDS = 12
# How surely a word that describes an article picks it: said in its title, in its lead, or anywhere in it
TITLE_POINTS = 3
LEAD_POINTS = 2
BODY_POINTS = 1
MIN_MONTH_NAME = 3  # "jul", "okt": shorter words are no month

# The article words a German compound may end on ("Aktienartikel", "Pressetext", "Börsenmeldung")
_ARTICLE_TAILS = ("artikel", "bericht", "meldung", "mitteilung", "text", "beitrag")
# Words before an article's number that cite it ("per 591", "laut 591"; "in 591" may count days)
_CITING = frozenset("per laut gemaess lt according".split())
MIN_DESCRIBING = 3  # letters of the shortest word before an article word that describes it ("lt." cites)
# Article words that open a compound as often ("post-construction jobs", "post-merger"): no article after
# the words before them
_HYPHENED_WORDS = frozenset({"post"})
_DETERMINERS = frozenset("the this that im dem der den des die das diesem diesen".split())
# Words before "Ankündigung" / "announcement" that make it the event ("nach der Ankündigung stieg …")
_EVENT_BEFORE = frozenset("nach after seit since vor before bei at during waehrend".split())
# "Der Artikel mit Jo Roe: …", "the piece with the Roe quote, …": in a phrase set before the question,
# "with" describes the article as "about" does (inside a question it is the question's: "which firm does
# the article say works with Acme")
_WITH = frozenset("mit with".split())
# A phrase with one of these asks; it does not name an article before a question
_ASKING = frozenset(
    "wie was wer wo wann warum wieso weshalb welche welcher welches welchen welchem wieviel wieviele "
    "wem wen wessen how what who whom where when why which whose".split()
)
# The end of a phrase set before the question: "Im Aktienartikel: …", "the custom chip story — …"
_LEADING_END = re.compile(r"\s*(?::|—|–|\s-\s|(?<!\d),|,(?!\d))\s*")  # (not the comma of "4,5")
# "womit", "wofür", "worauf": German asks with "wo" and a preposition too
_WO_ASKING = re.compile(r"wo(?:mit|fuer|zu|rauf|ran|von|bei|durch|rueber|rin|raus|hin|her|nach|gegen)")
# The parts of an article a leading phrase may name before it ("Im Abschnitt … der Pressemeldung")
_PART_WORDS = frozenset(
    "absatz abschnitt teil satz ende schluss fazit ueberschrift titel einstieg zitat paragraph section part "
    "sentence end headline title lead quote".split()
)
# Verbs of telling: "was sagt der Artikel über …", "how is Acme described in the piece about …" ask what
# follows "über", whatever article it would also name
_TELLING = (
    CITING_VERBS
    | MENTION_VERBS
    | frozenset(
        "gesagt sagen beschrieben beschreibt beschreiben describe describes described genannt zitiert quoted "
        "cites cited berichtet reports reported".split()
    )
)
# What may follow the article word in a phrase naming it: "about …", "with …", "from July", "des …"
_GOES_ON = ABOUT_WORDS | frozenset("mit with vom from dated headlined titled des der".split())
_LAST = frozenset("letzte letzten letzter letztes last final".split())
# "der Artikel vom 24.07.": the day an article is from
_FROM = frozenset("vom from dated".split())
# "1 Mio. GPU" in a title, "the million GPU report" in the question: one scale, however written
_SCALES = {"mio": "million", "millionen": "million", "mrd": "milliarde", "milliarden": "milliarde"}


@dataclass(frozen=True)
class Pointed:
    """The documents a question points at, the words that point (none of them asks anything), and of
    those the words of a phrase describing an article (no topic of the question either)."""

    documents: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    described: frozenset[str] = frozenset()
    # picked surely (by a phrase describing it, or one set before the question with its day): nothing of
    # another article answers; else ("wie viel investiert Acme laut Artikel 001") a preference
    firm: bool = False


class ArticlePointer:
    """Finds the articles a question points at, with one knowledge index and the documents' words."""

    def __init__(
        self,
        index: KnowledgeIndex,
        documents: int,
        german_of: Callable[[str], tuple[str, ...]] | None = None,
        said_in: Callable[[str], set[str]] | None = None,
    ) -> None:
        self.index = index
        self.document_count = documents  # a title word every document has names none of them
        # The German words the documents use for an English word ("the share price piece": "Aktie")
        self.german_of = german_of
        # The documents that say a word anywhere ("the article with Jo Roe")
        self.said_in = said_in

    def point(
        self,
        tokens: Sequence[str],
        text: str = "",
        names: AbstractSet[str] = frozenset(),
        german: bool = False,
    ) -> Pointed:
        """ "laut dem GPU-Artikel", "the article about Orbis and Skyport": the documents whose titles
        carry the words next to the article word (a word in every title narrows nothing down), and the
        words that name them."""
        leading = self._leading(tokens, text)
        if leading is not None:
            return leading
        found: set[str] | None = None
        named_by: set[str] = set()
        described: set[str] = set()
        firm = False  # only a phrase describing an article picks it surely
        # "was sagt der Artikel über …", "was betont Roe in der Mitteilung über …": the phrase is asked
        told = not _TELLING.isdisjoint(tokens) or any(map(tells, tokens))
        nouns = _nouns(text) if german else frozenset()
        for i, word in enumerate(tokens):
            labelled = self.index.documents_by_label.get(word)
            if labelled and _cites_label(tokens, i):
                # "per 001", "laut 004", "the 001 conclusion": the article by the number answers cite it by
                found = set(labelled) if found is None else (found & labelled) or found
                named_by.add(word)
                continue
            head = self._compound_head(word)
            if (word not in ARTICLE_WORDS and head is None) or _EVENT_BEFORE.intersection(
                tokens[max(0, i - 2) : i]
            ):
                continue  # "nach der Ankündigung", "after the announcement": the event, not the article
            if head is None and not names_a_piece(word, tokens):
                continue  # "wer leistet den größten Beitrag": a contribution, no article
            after = tokens[i + 1 : i + 1 + ABOUT_REACH]
            about = after[1:] if after and after[0] in ABOUT_WORDS else ()  # "the article about Orbis"
            named_here: set[str] = set()
            # "laut dem Acme-Artikel", "the ACME article": the words right before it name it (a compound's
            # first part too); "… Investition laut dem Bericht …": those past a small word may, or are asked
            before = list(reversed(tokens[max(0, i - BEFORE_REACH) : i]))
            attached = [head] if head is not None else []
            attached += list(takewhile(lambda w: w not in STOPWORDS, before))
            titled_by_attached = any(self._titled_by(w) for w in attached)
            run = _about_run(about, names, nouns)
            # "the report on the share price reaction", "der Text über die eigenen Chips": a phrase describing
            # the article names it surely, none of its words is asked ("reaction" asks no stock move); but not
            # after an article already named ("laut Acme-Artikel zum bestehenden Netz", "in der Acme-Meldung
            # über die nächsten vier Jahre") nor after a verb of telling ("was sagt der Artikel über die
            # Profitabilität", "was betont Roe in der Mitteilung über …"): that is what is asked of it
            surely = bool(run) and not titled_by_attached and not told
            chosen = self._described(run) if surely else set()
            # "in the custom chip article": words between a determiner and the article word that title no
            # article describe it as "about" does (its title 3, its lead 2, its body 1); a word every title
            # says titles none ("the chip article"); not "… in Yuan lt. Artikel", "sieht Artikel 000 …"
            words_before = [w for w in attached if w != head]
            opened = tokens[max(0, i - len(words_before) - 1)] in _DETERMINERS if words_before else False
            before_words = [
                w
                for w in reversed(words_before)
                if not w[:1].isdigit() and len(w) >= MIN_DESCRIBING and w not in _CITING
            ]
            titling = any(0 < len(self._titled_by(w)) < self.document_count for w in before_words)
            if (
                not chosen
                and head is None
                and before_words
                and opened
                and not titling
                and word not in _HYPHENED_WORDS
                and not (i + 1 < len(tokens) and tokens[i + 1].isdigit())  # ("Artikel 000": by its number)
            ):
                chosen = self._described(before_words)
                run = tuple(before_words) if chosen else run
            if chosen:
                found = chosen if found is None else (found & chosen) or found
                named_here.update([*run, word])
                described.update(filter(_describes, run))
                firm = True
            else:
                # (the word right before first: "with Globex (the Acme article …)" is Acme's article)
                # (a compound's own first part only: "… Investition laut Pressemitteilung" asks of the sum)
                for near in [head] if head is not None else before + list(about):
                    titled = self._titled_by(near) if near not in STOPWORDS else set()
                    if titled and len(titled) < self.document_count and (found is None or found & titled):
                        found = titled if found is None else found & titled
                        named_here.add(word if near == head else near)
            named_by |= named_here
            if head is not None:
                described.add(word)  # "laut dem Aktienartikel": no shares asked
            if named_by:  # "laut dem 1m-GPU-Artikel", "dem 900-Mio-Artikel": its figure names the article
                preceding = tokens[max(0, i - BEFORE_REACH) : i]
                for j, token in enumerate(preceding):
                    if any(c.isdigit() for c in token):
                        named_by.update(preceding[j : j + 2])  # the figure and its unit ("900 mio")
        counted = self._counted_article(tokens, found)
        if counted is not None:  # "im zweiten Artikel", "the second Acme piece": by its place in the list
            found, named_by = {counted[0]}, named_by | {counted[1]}
        if any(self._is_article_word(w) for w in tokens):
            # "im Artikel vom 24.07.2025", "the july 24 2025 post", "laut Juli-Artikel": by the day published
            # (before a title's "2025", which many articles' leads say)
            dated, said = self._dated(tokens)
            if dated and len(dated) < self.document_count:
                found, named_by = set(dated), named_by | said
        return Pointed(
            frozenset(found or ()), frozenset(named_by), frozenset(described), firm and bool(found)
        )

    def _leading(self, tokens: Sequence[str], text: str) -> Pointed | None:
        """ "Im Aktienartikel: um wie viel …", "In the piece about the Springfield site with Acme, how …",
        "Der Artikel mit Jo Roe: …": a phrase set before the question that names an article by what it
        tells; all its words point."""
        parts = _LEADING_END.split(text.strip(), maxsplit=1)
        if len(parts) < 2 or not parts[1].strip():
            return None
        said = words(normalize(parts[0]))
        if not said or len(said) > MAX_LEADING_WORDS or not _ASKING.isdisjoint(said):
            return None
        if any(_WO_ASKING.fullmatch(w) for w in said):
            return None
        at = next((i for i, w in enumerate(said) if self._is_article_word(w)), None)
        if at is None or not _opens_on_article(said[:at]):
            return None  # "mit wem will Acme laut GPU-Artikel noch …": a question, not a phrase naming one
        if said[at + 1 : at + 2] and said[at + 1] not in _GOES_ON:
            return None  # "the article calls Acme 'king of …' – what …": a statement, no phrase naming it
        present = set(tokens)
        phrase = [w for w in said if w in present]
        dated, _ = self._dated(phrase)
        if dated and len(dated) < self.document_count:
            return Pointed(frozenset(dated), frozenset(phrase), frozenset(filter(_describes, phrase)), True)
        if any(w in self.index.documents_by_label or w in ORDINAL_NUMBERS or w in _LAST for w in phrase):
            return None  # "Artikel 002, …", "In the second Acme article, …": by number or place in the list
        describing: list[str] = []
        for word in phrase:
            head = self._compound_head(word)
            if head is not None:
                describing.append(head)
            elif word not in ARTICLE_WORDS and word not in STOPWORDS and word not in _WITH:
                describing.append(word)
        chosen = self._described(describing)
        if not chosen:
            return None
        return Pointed(frozenset(chosen), frozenset(phrase), frozenset(filter(_describes, phrase)), True)

    def _described(self, described: Sequence[str]) -> set[str]:
        """The articles a describing phrase picks ("share price reaction", "Jo Roe", "eigene Chips"):
        the one (or the few) whose title, lead or text says most of its words, each as surely as where it
        says it; none where its words say nothing one article has more than another."""
        points: dict[str, float] = defaultdict(float)
        for word in dict.fromkeys(described):
            if word in STOPWORDS or len(word) < 3 or word.isdigit():
                continue
            for documents, worth in self._said_where(word):
                if documents and len(documents) < self.document_count:
                    for document in documents:
                        points[document] += worth / len(documents)  # ("KI" in every title: little)
                    break
        if not points:
            return set()
        best = max(points.values())
        chosen = {d for d, p in points.items() if p == best}
        return chosen if len(chosen) < self.document_count else set()

    def _said_where(self, word: str) -> Iterable[tuple[set[str], int]]:
        """The documents that say the word in their titles, in their leads, anywhere (in that order), with
        what each place is worth."""
        forms = self._forms(word)
        titles = self.index.documents_by_title_word
        yield set().union(*(titles.get(stem(f), set()) for f in forms)), TITLE_POINTS
        yield set().union(*(self._titled_by(f) for f in forms)), LEAD_POINTS
        if self.said_in is not None:
            yield set().union(*(self.said_in(f) for f in forms[:1] + self._german(word))), BODY_POINTS

    def _forms(self, word: str) -> list[str]:
        """The word, its scale as titles write it ("Mio."), its German for an English word, the parts of a
        compound."""
        forms = [word]
        if word in _SCALES:
            forms.append(_SCALES[word])
        forms += [s for s, full in _SCALES.items() if full == word]
        forms += self._german(word)
        forms += list(compound_parts(word))
        return list(dict.fromkeys(forms))

    def _german(self, word: str) -> list[str]:
        return list(self.german_of(word)) if self.german_of is not None else []

    def _titled_by(self, word: str) -> set[str]:
        """The documents whose titles or leads say the word: as it is, or misspelt or by its alias (a
        company's)."""
        by_word = self.index.documents_by_word
        titled = by_word.get(stem(word), set())
        if titled:
            return titled
        # "laut dem Acmee-Artikel", "the ACMX article": the company misspelt or by its alias
        spelt = self.index.party_named.get(word) or self.index.fuzzy_entity(word)
        return by_word.get(stem(spelt), set()) if spelt is not None else set()

    def _is_article_word(self, word: str) -> bool:
        return word in ARTICLE_WORDS or self._compound_head(word) is not None

    @staticmethod
    def _compound_head(word: str) -> str | None:
        """ "aktienartikel" → "aktien", "pressetext" → "presse": what an article word is compounded with."""
        for tail in _ARTICLE_TAILS:
            head = word[: -len(tail)]
            if word.endswith(tail) and len(head) >= MIN_COMPOUND_PART and compound_head(head) is not None:
                return head
        return None

    def _counted_article(self, tokens: Sequence[str], titled: set[str] | None) -> tuple[str, str] | None:
        """ "laut dem zweiten Text", "in the fifth article", "im letzten Artikel": the document at that place
        in the list (of those the words beside it name: "the second Acme article"), and the ordinal."""
        for i, word in enumerate(tokens):
            if word not in ARTICLE_WORDS or word in _EVENT_WORDS:
                continue
            for ordinal in tokens[max(0, i - ARTICLE_ORDINAL_REACH) : i]:
                place = place_in_list(ordinal)
                if place is None:
                    continue
                pool = sorted(titled) if titled else self.index.document_order
                if place == -1 or 0 < place <= len(pool):
                    return pool[place - 1 if place > 0 else -1], ordinal
        return None

    def _dated(self, tokens: Sequence[str]) -> tuple[set[str], set[str]]:
        """The documents published on the day (or in the month) the question names, and its words."""
        asked = _dates_named(tokens)
        found = {
            document
            for document, day in self.index.published.items()
            for year, month, on in asked
            if day.month == month and (year is None or day.year == year) and (on is None or day.day == on)
        }
        said = {w for w in tokens if w.isdigit() or _month(w)} if found else set()
        return found, said


def _describes(word: str) -> bool:
    """A word of a phrase describing an article that says what it tells ("Aktienreaktion", "Roe"; not
    "Artikel", "der", "mit")."""
    return word not in STOPWORDS and word not in ARTICLE_WORDS and word not in _WITH


def _cites_label(tokens: Sequence[str], i: int) -> bool:
    """Is the number at `i` an article's as answers cite it: written with its leading zeros ("001", "in
    004"), or next to an article word or a citing word ("laut 591", "Artikel 591")?"""
    before = tokens[i - 1] if i else ""
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    if before.isdigit():
        return False  # "50.000 Jobs": a number's last three digits
    return tokens[i].startswith("0") or before in ARTICLE_WORDS or after in ARTICLE_WORDS or before in _CITING


def _opens_on_article(before: Sequence[str]) -> bool:
    """Do the words before the article word in a leading phrase only lead up to it ("In der KI-übersetzten",
    "Last paragraph of the"): small words, a part of the article, and the words right before it?"""
    leading = list(before)
    while leading and leading[-1] not in STOPWORDS:
        leading.pop()  # the words right before it: "KI-übersetzten", "stock-market"
    return all(w in STOPWORDS or w in _PART_WORDS or w in ORDINAL_NUMBERS or w in _LAST for w in leading)


def _nouns(text: str) -> frozenset[str]:
    """German nouns as the text writes them, capitalised (each hyphened one by its last part: "GPU-Pläne"),
    past its first word; none where the text is written in lower case."""
    written = text.split()[1:]
    if not any(w[:1].isupper() for w in written) or not any(w[:1].islower() for w in written):
        return frozenset()
    return frozenset(said[-1] for w in written if w[:1].isupper() and (said := words(normalize(w))))


def _about_run(
    about: Sequence[str], names: AbstractSet[str] = frozenset(), nouns: AbstractSet[str] = frozenset()
) -> tuple[str, ...]:
    """The words of the phrase after "the article about …": past its article, up to the next small word
    ("über Roes GPU-Pläne für das …": "roes gpu plaene"), names joined by "and" kept together (and a name's
    small word: "Open AI"), and in German up to its noun (`nouns`: the last word of each capitalised word of
    the text: "über die Kursreaktion eigene Serverfarmen": "kursreaktion")."""
    run: list[str] = []
    for word, after in zip(about, (*about[1:], ""), strict=False):
        if run and run[-1] in nouns and run[-1] not in names:
            break
        if word in QUALIFIER_ASKS:
            break  # "laut dem Bericht über die Reaktion mindestens …": what is asked begins
        if word in STOPWORDS and word not in names:
            if not run:
                continue  # "the", "die"
            if word in CONJUNCTIONS and after and after not in STOPWORDS:
                continue  # "über Acme und Globex"
            break
        run.append(word)
    return tuple(run)


@lru_cache(maxsize=1)
def _month_names() -> dict[str, int]:
    """Month names in German and English, written out and short (babel's CLDR data), normalised."""
    names: dict[str, int] = {}
    for language in ("de", "en"):
        months = Locale(language).months["format"]
        for width in ("wide", "abbreviated"):
            for number, name in months[width].items():
                names[normalize(name).rstrip(".")] = number
    return names


def _month(word: str) -> int | None:
    return _month_names().get(word) if len(word) >= MIN_MONTH_NAME else None


def _dates_named(tokens: Sequence[str]) -> list[tuple[int | None, int, int | None]]:
    """(year, month, day) of each date the words give: "24 07 2025", "2025 07 24", "24 juli 2025",
    "july 24 2025", or a month alone ("juli"); year and day None where not given."""
    found: list[tuple[int | None, int, int | None]] = []
    for i, word in enumerate(tokens):
        nxt = tokens[i + 1 : i + 3]
        numbers = [int(t) for t in nxt if t.isdigit()]
        month = _month(word)
        if month is not None:
            day = next((n for n in numbers if 1 <= n <= 31), None)
            year = next((n for n in numbers if n >= 1900), None)
            if i and tokens[i - 1].isdigit() and 1 <= int(tokens[i - 1]) <= 31:
                day = int(tokens[i - 1])  # "24 juli 2025"
            found.append((year, month, day))
        elif word.isdigit() and len(nxt) == 2 and all(t.isdigit() for t in nxt):
            a, b, c = int(word), numbers[0], numbers[1]
            if a >= 1900 and 1 <= b <= 12 and 1 <= c <= 31:
                found.append((a, b, c))  # "2025/07/24"
            elif 1 <= a <= 31 and 1 <= b <= 12 and c >= 1900:
                found.append((c, b, a))  # "24.07.2025"
        elif word.isdigit() and i and tokens[i - 1] in _FROM and nxt[:1] and nxt[0].isdigit():
            on, month = int(word), int(nxt[0])  # "der Artikel vom 24.07.": a day and month, no year
            if 1 <= on <= 31 and 1 <= month <= 12:
                found.append((None, month, on))
    return found
