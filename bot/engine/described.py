"""A company asked by what an article calls it: "the gpu maker", "der Grafikchip-König", "the cloud giant".

The articles describe companies as they name them ("Acme, der König der Grafikprozessoren," "der dänische
Rechenzentrumsbetreiber Acme"; `Passage.described`). A question that speaks of a company only so is read
with its name in place of the description, when exactly one company's descriptions say every telling word
of it. A description that fits none, or several, is left as asked: the engine then answers of nobody, as
before, and a role or figure of a company it cannot tell stays unanswered.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from bot.engine.lexicon import STOPWORDS
from bot.engine.names import ORG, PERSON, asks_role
from bot.engine.reading import Reader, title_says
from bot.engine.text import normalize
from bot.engine.translations import dictionary_word

# Words that end a company's description, the noun it is spoken of by ("maker", "Hersteller", "König").
_HEADS = (
    *("maker", "makers", "hersteller", "designer", "entwickler", "developer", "konzern", "giant", "riese"),
    *("company", "firm", "firma", "unternehmen", "anbieter", "provider", "betreiber", "operator"),
    *("koenig", "king", "labor", "lab", "investor", "fonds", "fund", "versorger", "utility", "startup"),
    *("group", "gruppe", "organisation", "organization", "verband", "association", "gewerkschaft", "union"),
    *("versicherer", "insurer"),
)
# ... of which these say only that it is a company: the words before them must tell which
_GENERIC_HEADS = frozenset(
    "maker makers hersteller konzern giant riese company firm firma unternehmen player group gruppe".split()
)
# Words before the noun that rank or size it, no description says ("der größte", "the leading"), or say it
# is new ("der neue Konzern": whichever the article forms): not telling
_RANKING = frozenset(
    "big bigger biggest large largest major leading groesste groessten grosse grossen fuehrende fuehrenden "
    "bekannte bekannteste bekanntesten top new neu neue neuen neuer neues".split()
)
_NAMING = frozenset("heisst heissen heisse".split())  # "wie heißt das Gemeinschaftsunternehmen"
_WHO = frozenset("wer wen who whom which welche welcher welches welchen welchem what".split())
_WHO_PERSON = (_WHO | {"wem"}) - {"what", "welches"}  # ... a person asked ("who's the Acme CEO quoted")
_ARTICLES = frozenset("the a an der die das den dem des ein eine einen einem eines".split())
# Words of a question asking what someone said ("what did the plant manager say", "laut der CTO")
_SPEECH = re.compile(
    r"\b(?:say|says|said|saying|sagte|sagt|sagen|gesagt|meint|meinte|meinen|erklärte|erklärt|betonte|betont|laut|"
    r"according|quote|zitat|zitiert)\b",
    re.IGNORECASE,
)
_SOURCES = frozenset("laut according quote zitat zitiert".split())  # ... which name a source, not a saying
MIN_PART = 3  # letters of a compound's first part read as a word of its own ("chip")
MIN_KIND = 5  # letters of a kind noun matched as a compound's last part ("versorger" of "wasserversorger")
# Words between a title and the body it is of ("die Sprecherin der Gewerkschaft", "spokesman of the union")
_OF_BODY = frozenset("der des dem von vom of the at bei beim".split())
MAX_MODIFIERS = 2  # words before the noun read as its description ("the big gpu maker": "gpu")
_TOKEN = re.compile(r"[\w-]+")
# A person's company asked by them ("Okafor's company", "das Start-up von Ineke Vermeulen")
_COMPANY_WORD = (
    r"(?:unternehmens?|firma|konzerns?|start-ups?|startups?|company|firm|business|arbeitgebers?|employer)"
)
# What a company does with its money, said of its chief ("Roe investiert", "Roe is dropping cash on Globex");
# not "paid", "bezahlt", which a person is (their pay)
_COMPANY_ACTS = (
    *("invest", "steck", "pump", "zahlt", "pays", "paying", "spend", "spent", "drop", "put", "pour"),
    *("throw", "buy", "bought", "kauf", "finanz", "financ", "fund", "beteilig", "stake"),
)
# ... and what is a person's own, which no company's figure answers ("Gehalt", "salary", "net worth")
_OWN_AFFAIRS = ("gehalt", "salary", "verdien", "earn", "vermoeg", "privat", "personal", "alter", "age")
_COMPANY_NOUNS = frozenset(
    "company firm business employer unternehmen firma konzern start startup arbeitgeber".split()
)


@dataclass(frozen=True)
class _Found:
    word: str  # the description's noun as asked ("chipdesigner")
    org: str | None  # the one company fitting it
    display: str
    begin: int  # where in the question the description starts and ends
    end: int


class Describer:
    """Every company's descriptions in the articles, asked for the one a question's words describe."""

    def __init__(self, reader: Reader) -> None:
        self.reader = reader
        self._last: tuple[str, tuple[_Found, ...]] | None = None
        self.descriptions = reader.descriptions()

    def of_person(self, question: str) -> str:
        """ "Martin Okafor's company", "das Unternehmen von Finanzchefin Malin Ekdahl": the company of the
        person named, by its name, where the articles give the person one and the question names no other."""
        said = normalize(question).split()
        if not _COMPANY_NOUNS & set(said):
            return question
        if any(w in _COMPANY_NOUNS and i and said[i - 1] in _WHO for i, w in enumerate(said)):
            return question  # "Gründer welcher Firma": the company is what is asked
        keys = self.reader.names_in(said)[0]
        orgs = {k for k in keys if self.reader.names.kind(k) == ORG}
        # ... by the German genitive of a surname ("Roes Firma")
        keys = keys if len(keys) > len(orgs) else self.reader.names_in([w.removesuffix("s") for w in said])[0]
        for key in keys:
            name = self.reader.names.names[key]
            if name.kind != PERSON or not name.org:
                continue
            if normalize(name.org) in orgs:
                return question  # its company is named: the person is asked beside it
            # (the first name may be left out: "die Firma von Roe", "Roes Firma")
            *first, last = name.display.split()
            person = rf"(?:{re.escape(' '.join(first))}\s+)?{re.escape(last)}" if first else re.escape(last)
            for spelled in (
                # "das Unternehmen von Finanzchefin Malin Ekdahl", "the company of Jo Roe"
                rf"(?:\b(?:das|dem|des|der|die|the)\s+)?{_COMPANY_WORD}\s+(?:von|of|der|des)\s+(?:\w+\s+)?{person}",
                # "Martin Okafor's company", "Roes Firma"
                rf"{person}(?:'s|’s|s)?\s+(?:\w+\s+)?{_COMPANY_WORD}",
                person,
            ):
                found = re.search(spelled, question, re.IGNORECASE)
                if found is not None:
                    return f"{question[: found.start()]}{name.org}{question[found.end() :]}"
        return question

    def acting_for(self, question: str) -> str:
        """ "how much is Jo Roe putting into Globex", "Roe investiert in wen": a chief named as the one who
        invests or pays acts for the company the articles give them, by its name; else as asked (and never
        where the question asks of the person: what they said, their post, their own pay)."""
        said = normalize(question).split()
        acts = any(w.startswith(_COMPANY_ACTS) for w in said)
        if not acts or any(w.startswith(_OWN_AFFAIRS) for w in said):
            return question
        if _SPEECH.search(question) is not None or any(asks_role(w) for w in said):
            return question
        keys = self.reader.names_in(said)[0]
        people = [k for k in keys if self.reader.names.kind(k) == PERSON and self.reader.names.names[k].org]
        if len(people) != 1:
            return question
        name = self.reader.names.names[people[0]]
        if normalize(name.org or "") in keys:
            return question  # its company is named beside the person: the person is asked of
        parts = [re.escape(p) for p in name.display.split()]
        # the whole name, its last part, or its first alone ("jo"), as chat says it
        for spelled in (r"\s+".join(parts), parts[-1], parts[0]):
            found = re.search(rf"\b{spelled}(?:'s|’s|s)?\b", question, re.IGNORECASE)
            if found is not None:
                return f"{question[: found.start()]}{name.org}{question[found.end() :]}"
        return question

    def of_title(self, question: str) -> str:
        """ "what did the plant manager say about …", "was sagte der Werksleiter": the words of the one
        person the articles give that title (of the company named, if one is), by name; else as asked."""
        if _SPEECH.search(question) is None:
            return question
        tokens = list(_TOKEN.finditer(question))
        said = [normalize(t.group()) for t in tokens]
        if any(" " in w for w in said) or _WHO_PERSON & set(said):
            return question  # "who's the Acme CEO quoted": who is what is asked
        names = self.reader.names
        keys = self.reader.names_in(said)[0]
        if any(names.kind(k) == PERSON for k in keys):
            return question
        companies = {normalize(names.names[k].display) for k in keys if names.kind(k) == ORG}
        # the title as one word ("Werksleiter", "CTO") or two ("plant manager")
        asked = [(i, i + 1, w) for i, w in enumerate(said) if asks_role(w)]
        asked += [
            (i, i + 2, a + b)
            for i, (a, b) in enumerate(pairwise(said))
            if asks_role(b) and len(a) >= MIN_PART and a not in STOPWORDS and not self.reader.names_in([a])[0]
        ]
        for begin, end, role in sorted(asked, key=lambda a: a[0] - a[1]):  # the longer title first
            # "globex's ceo", "der Acme-Werksleiter": the company named right before the title is its
            at = begin - 2 if begin >= 2 and said[begin - 1] == "s" else begin - 1
            owner = (
                [k for k in self.reader.names_in(said[at:begin][:1])[0] if names.kind(k) == ORG]
                if at >= 0
                else []
            )
            if owner:
                companies = {normalize(names.names[owner[0]].display)}
                begin = at  # ... and is said by the person's name
            body = self._body_after(said, end) if not owner and not companies else ()
            if body:
                end += self._body_words(said, end)
            people = {
                key
                for key, name in names.names.items()
                if name.kind == PERSON
                and not name.canonical
                and name.title
                and title_says(name.title, role)
                and (not companies or normalize(name.org or "") in companies)
                and (not body or any(self._is_kind(name.org or "", name.title, w) for w in body))
            }
            if len(people) == 1:
                display = names.names[people.pop()].display
                return f"{question[: tokens[begin].start()]}{display}{question[tokens[end - 1].end() :]}"
        return question

    def _body_after(self, said: list[str], end: int) -> tuple[str, ...]:
        """ "die Sprecherin der Gewerkschaft", "the spokeswoman of the water utility": the words after a title
        that say whose it is, by its kind."""
        words = said[end : end + self._body_words(said, end)]
        return tuple(w for w in words if w not in _OF_BODY)

    @staticmethod
    def _body_words(said: list[str], end: int) -> int:
        """How many words after a title say its body: "of the" (or "der", "des", "von der") and up to
        `MAX_MODIFIERS` words that are no stopwords; 0 without them."""
        at = end
        while at < len(said) and said[at] in _OF_BODY:
            at += 1
        if at == end:
            return 0
        start = at
        while at < len(said) and at - start < MAX_MODIFIERS and said[at] not in STOPWORDS:
            if _SPEECH.fullmatch(said[at]):
                break
            at += 1
        return at - end if at > start else 0

    def _is_kind(self, org: str, title: str, word: str) -> bool:
        """Is a person's body (`org`: its name, or its kind noun; `title`: "Sprecherin des Versorgers") of
        the kind `word` ("gewerkschaft", "water")? By its words and what the articles call it, in German or
        English; a compound's first or last part is the word ("wasser" of "Wasserversorgers")."""
        key = normalize(org)
        said = set(key.split()) | set(normalize(title).split())
        book = self.reader.names
        canonical = book.names[key].canonical if key in book.names else None
        for known in {key, canonical or key, book.spelled_out.get(key, key)}:
            for description in self.descriptions.get(known, ()):
                said |= set(normalize(description).split())
        forms = {word, *self.reader.translations.of(word)}
        return any(
            s == f
            or (min(len(s), len(f)) >= MIN_KIND and (s.endswith(f) or f.endswith(s) or s.startswith(f)))
            for s in said
            for f in forms
        )

    def named(self, question: str) -> str:
        """The question with a company's description replaced by its name, where one company fits."""
        for found in self._descriptions(question):
            if found.org is not None:
                return f"{question[: found.begin]}{found.display}{question[found.end :]}"
        return question

    def _descriptions(self, question: str) -> tuple[_Found, ...]:
        """Each description of a company the question speaks by, with the company fitting it (or None).
        Kept for the last question: the engine renames it, then the parser asks again of the same text."""
        last = self._last  # one read: another thread may ask at the same time
        if last is None or last[0] != question:
            last = (question, tuple(self._found(question)))
            self._last = last
        return last[1]

    def _found(self, question: str) -> Iterator[_Found]:
        tokens = list(_TOKEN.finditer(question))
        parts = [normalize(t.group()).split() for t in tokens]
        said = [w for words in parts for w in words]
        if not self.descriptions or any(w in _NAMING for w in said):
            return  # "wie heißt das Gemeinschaftsunternehmen": its name is what is asked
        speech = _SPEECH.search(question)
        saying = (
            speech is not None
            and speech.group().casefold() not in _SOURCES
            and said[:1] in (["what"], ["was"])
        )
        if said[:1] and said[0] in _WHO and not any(asks_role(w) for w in said) and not saying:
            # "wer ist der König der Grafikprozessoren": who is so described is asked (not in "what did
            # the environmental group say")
            return
        named = self.reader.names_in(said)[0]
        for i, words in enumerate(parts):
            head_at = next((j for j, w in enumerate(words) if w.endswith(_HEADS)), None)
            if head_at is None:
                continue
            head = words[head_at]
            asking = set(words[:head_at]) | set(parts[i - 1] if i else [])
            if asking & _WHO:
                continue  # "mit welchem Chiphersteller", "which company": which one is what is asked
            telling = [w for w in words[:head_at] if w not in _RANKING and w not in STOPWORDS]
            # "chipdesigner": the part before the noun tells too, where it is a word ("dealmaking" is none)
            stem_part = next((head[: -len(h)] for h in _HEADS if head.endswith(h) and head != h), "")
            if stem_part and not self._word(stem_part):
                continue
            if stem_part:
                telling.append(stem_part)
                head = head[len(stem_part) :]
            start = i
            for k in range(i - 1, max(-1, i - 1 - MAX_MODIFIERS), -1):
                before = parts[k]
                if not before or before[-1] in _ARTICLES or self.reader.names_in(before)[0]:
                    break
                telling = [*(w for w in before if w not in _RANKING and w not in STOPWORDS), *telling]
                start = k
            end = i
            after = parts[i + 1 : i + 3]
            if head_at == len(words) - 1 and len(after) == 2 and after[0][-1:] in (["der"], ["des"], ["of"]):
                telling.append(after[1][0])  # "den König der Grafikprozessoren"
                end = i + 2
            if not telling:
                continue  # "der Versorger", "the company": a kind, which the reader tells by the article
            if any(w in n.split() for n in named for w in telling):
                continue  # "der Acme-Konzern": the company it names, described by its kind (not "Skyport")
            org = self._fitting(telling, head)
            if org in named:
                continue  # "Acme, the gpu maker": named already
            begin = tokens[start].start()
            if start > 0 and parts[start - 1] and parts[start - 1][-1] in _ARTICLES:
                begin = tokens[start - 1].start()  # "the gpu maker" → "Acme", not "the Acme"
            display = self.reader.names.names[org].display if org is not None else ""
            yield _Found(words[head_at], org, display, begin, tokens[end].end())

    def undescribed(self, question: str) -> tuple[str, ...]:
        """The nouns of a company's description no company fits and no article says ("the chip designer"):
        a company the articles cannot tell, which no figure of another may answer."""
        return tuple(
            found.word
            for found in self._descriptions(question)
            if found.org is None and not self.reader.mentions(found.word)
        )

    def _word(self, part: str) -> bool:
        """Is the first part of a compound a word ("chip", "staats"), not a cut one ("dealma")?"""
        bare = part.removesuffix("s")
        return len(bare) >= MIN_PART and (
            part in self.reader.vocabulary or bare in self.reader.vocabulary or dictionary_word(bare)
        )

    def _opens(self, word: str, text: str) -> bool:
        """Does a compound of `text` open on `word` or its German ("environmental": "Umweltorganisation")?"""
        forms = [f for f in (word, *self.reader.translations.of(word)) if len(f) >= MIN_KIND]
        return any(w.startswith(f) for w in normalize(text).split() for f in forms)

    def _ends(self, head: str, text: str) -> bool:
        """Does a compound of `text` end on the noun `head` or its German ("fund": "Infrastrukturfonds")?"""
        forms = [f for f in (head, *self.reader.translations.of(head)) if len(f) >= MIN_KIND]
        return any(w.endswith(f) for w in normalize(text).split() for f in forms)

    def _fitting(self, telling: list[str], head: str) -> str | None:
        """The one company whose descriptions say every telling word (and the noun, unless it only says
        "company"), or None."""
        fits = [
            org
            for org, said in self.descriptions.items()
            if org in self.reader.names.names
            and any(
                all(self.reader.says(w, text) or self._opens(w, text) for w in telling)
                and (head in _GENERIC_HEADS or self.reader.says(head, text) or self._ends(head, text))
                for text in said
            )
        ]
        return fits[0] if len(fits) == 1 else None
