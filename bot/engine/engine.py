"""Question in, Answer out: the stages in order, each with its own data type and module.

    parse (parse.py)       question text → Query (query.py), immutable
    retrieve (retrieve.py) Query → scored curated facts (scoring.py) and document sentences (reading.py)
    decide (decide.py)     → Decision (decisions.py): greeting, decline, not given, publication,
                             a sentence, or curated facts (best / several / compare / overview / named);
                             its checks on a candidate in evidence.py, its suggestions in suggestions.py
    render (render.py)     Decision → Answer (replies.py, publication.py, reading.render)

Around them: follow-ups read with what the conversation was about (followup.py), two questions in one
message answered part by part (compound.py), and sums, differences and ratios of two figures
(arithmetic.py).

Each stage imports only from the stages before it and the lower layer (text, lexicon, weights, index,
and the sentence-reading path); tests/test_engine_layers.py checks it. Every weight is in weights.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.answer import Answer, Context, Language
from bot.engine.arithmetic import Calculator, operation
from bot.engine.asked import Kind, asked, checks_claim
from bot.engine.claimed import Claim, claimed_doer
from bot.engine.compound import (
    aside_then_asked,
    asked_then_told,
    guessed,
    joined,
    listed,
    numbered,
    points_back,
    split_questions,
    told_then_asked,
    which_first,
)
from bot.engine.decide import Decider
from bot.engine.decisions import FromFacts
from bot.engine.described import Describer
from bot.engine.followup import context_of, follow_up
from bot.engine.frames import unframed
from bot.engine.index import KnowledgeIndex
from bot.engine.lexicon import STOPWORDS
from bot.engine.names import PERSON, asks_role
from bot.engine.parse import Parser
from bot.engine.pointed import MAX_LEADING_WORDS
from bot.engine.query import Query
from bot.engine.render import render
from bot.engine.replies import answer_language, not_covered
from bot.engine.retrieve import Retriever, reader_for
from bot.engine.suggestions import Checked
from bot.engine.text import normalize, undecorated, words
from bot.knowledge.base import KnowledgeBase
from bot.knowledge.numbers import find_numbers


@dataclass(frozen=True)
class _Checked:
    answered: bool
    language: str
    facts: list[str]


# ... at the message's end: "per Acme GPU" is a rate
# A claim put to the bot for a yes or a no: a tag after it ("…, oder?", "…, right?", "stimmt das?") or a
# guess after a dash ("… – Globex Cloud?")
_CLAIM_TAG = re.compile(
    r"(?:,\s*|\s)(?:oder|oda|gell|ne|nicht wahr|richtig|right|correct|isn'?t it|stimmt(?:'?s)?(?: das)?)"
    r"\s*\?+\s*$"
    r"|\b(?:stimmt das|is that (?:right|true|correct))\s*\?*\s*$",
    re.IGNORECASE,
)
_GUESS_AFTER_DASH = re.compile(r"\s[–—-]\s+[^–—]+\?+\s*$")
# Words before a name that make it the claimed value, not who is asked about ("ist doch Jane Roe", "liegt in
# Springfield", "– Globex?")
_CLAIM_SLOT = frozenset("ist sind war waren is are was were doch in nach aus oder or".split())


def _claimed_aside(question: str, query: Query) -> str | None:
    """ "Der CEO von Acme ist doch Jane Roe, oder?", "Ulm liegt in Springfield, oder?": a name no article
    knows, claimed of one they know, is the guess to check, not what is asked about: the question without
    it, or None. (Not "Initech investiert auch 100 Mrd. in Acme, oder?": a name asked about comes first.)"""
    if _CLAIM_TAG.search(question) is None and _GUESS_AFTER_DASH.search(question) is None:
        return None
    aside = {w for e in query.entities if e.foreign for w in e.key.split()} | set(query.unknown)
    known = [w for e in query.entities if not e.foreign for w in e.key.split()]
    said = list(query.words)
    if not aside or not known or not aside <= set(said):
        return None
    first_known = min(said.index(w) for w in known if w in said) if any(w in said for w in known) else None
    for word in aside:
        at = said.index(word)
        before = said[at - 1] if at else ""
        if first_known is None or at < first_known or (before not in _CLAIM_SLOT and before not in aside):
            return None
    kept = [t for t in question.split() if normalize(t.strip(",.;:!?–—-")) not in aside]
    return " ".join(kept)


_PER_NAME = re.compile(r"\b(?:per|acc\.?\s+to|acc\.?)\s+([^\W\d_][\w-]*)(?=\s*[?!.]*\s*$)", re.IGNORECASE)


MAX_NAME_WORDS = 5  # words of an answer line that gives a name alone ("Nguyen Thi Lan Huong.")
# a person pointed back at (not "sein", to be)
_HE_OR_SHE = re.compile(r"\b(?:he|she|him|his|er|ihn|ihm|seine|seinen|seiner)\b", re.IGNORECASE)
# "each", "jeweils", "respectively": a figure asked of every company listed, one by one (not their sum)
_EACH = re.compile(r"\b(?:each|jeweils|respectively|je(?=\s*\?))\b", re.IGNORECASE)
_TOGETHER = re.compile(r"\b(?:zusammen|insgesamt|total|combined|together|gesamt|summe|sum)\b", re.IGNORECASE)
_JOINERS_LEFT = re.compile(r"(?:^|\s)(?:und|and|&|\+)(?=\s|$)", re.IGNORECASE)  # a list's joiner left
MAX_EACH = 3  # companies a question asks "each" of
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # a date an answer gives, to order two things by


def _adds_to(answer: Answer, answers: list[Answer]) -> bool:
    """Does `answer` quote a sentence one of `answers` quotes, and another besides (the whole question
    read gives the parts' answer and more, not only what they already said)?"""
    quoted = {c.quote for a in answers for c in a.citations}
    said = {c.quote for c in answer.citations}
    return answer.answered and bool(said & quoted) and bool(said - quoted)


# A remark after a question ("… ? politicians love that number lol") says less than this share of its words
# in words the articles use (a second question would say more of them)
REMARK_KNOWN_SHARE = 0.5
# A remark that speaks of the asker: "Ich kenne nur …", "I only know …", "Hab das gelesen"
_OF_THE_ASKER = re.compile(r"(?i)(?:ich|i|i'm|mir|mich|hab|habe|my|mein|meine)\b")


class Engine:
    def __init__(self, kb: KnowledgeBase) -> None:
        # Unreviewed drafts do not answer: the article's sentences do, until a curator signs them off.
        self.kb = replace(kb, facts={k: f for k, f in kb.facts.items() if not f.draft})
        self.reader = reader_for(self.kb)
        self.index = KnowledgeIndex(self.kb, self.reader.places(), self.reader.translations.english)
        self.describer = Describer(self.reader)
        self.parser = Parser(
            self.index,
            len(self.kb.documents),
            self.reader.short_form,
            self.describer.undescribed,
            self.reader.translations.of,
            self.reader.documents_saying,
        )
        self.retriever = Retriever(self.kb, self.index, self.reader)
        self.decider = Decider(self.kb, self.index, self.retriever, self._check)
        self.calculator = Calculator(
            self.kb, self.reader, lambda question, language: self._ask_one(question, language, None)
        )

    def parse(self, question: str, locale: str | None = None) -> Query:
        return self.parser.parse(question, locale)

    def _check(self, question: str) -> Checked:
        """What verifying a suggestion needs of the answer to it (the curated facts it gives, in which
        language), without rendering it: `ask`'s answer says the same (tests/test_suggestions.py)."""
        query = self.parser.parse(question)
        decision = self.decider.decide(query)
        facts = [f.id for f in decision.facts] if isinstance(decision, FromFacts) else []
        return _Checked(answered=bool(facts), language=answer_language(query), facts=facts)

    def ask(self, question: str, locale: str | None = None, context: Context | None = None) -> Answer:
        """The answer to `question` (see `_ask_message`); where the articles do not answer it whole and it
        ends on a guess ("Wer ist der Cloud-Partner? Initech?"), the answer to the question without the
        guess, which tells whether the guess holds."""
        answer = self._ask_message(question, locale, context)
        acting = question if answer.answered else self.describer.acting_for(question)
        if acting != question:  # "jo investiert in wen": the company its chief acts for
            for_company = self._ask_message(acting, locale, context)
            if for_company.answered:
                return for_company.model_copy(update={"question": question})
        main = None if answer.answered else guessed(question)
        if main is not None:
            alone = self._ask_message(main, locale, context)
            if alone.answered:
                return alone.model_copy(update={"question": question})
        if not answer.answered:  # "Hat Globex 100 Mrd in Acme investiert?": whose the 100 Mrd are
            claim = claimed_doer(question, self.reader, answer.language)
            if claim is not None:
                return self._of_another(question, claim, locale, context) or answer
        return answer

    def _of_another(
        self, question: str, claim: Claim, locale: str | None, context: Context | None
    ) -> Answer | None:
        """The answer to who does what the claim says with its figure, where the sentence answering it
        gives that figure; led by a line saying the articles give it of no company the claim named."""
        doer = self._ask_message(claim.question, locale, context)
        if not doer.answered or not any(
            any(
                n.value == claim.figure.value and claim.figure.unit in (n.unit, None)
                for n in find_numbers(c.quote, "de")
            )
            for c in doer.citations
        ):
            return None
        # (a company the cited articles never name: "Für Globex nennen die Artikel diese Zahl nicht")
        said = " ".join(normalize(self.kb.documents[c.document].text) for c in doer.citations)
        missing = [n for n in claim.named if normalize(n) not in said]
        if not missing:
            return doer.model_copy(update={"question": question})
        de = doer.language == "de"
        names = (" und " if de else " and ").join(missing)
        lead = (
            f"Für {names} nennen die Artikel diese Zahl nicht."
            if de
            else f"The articles give that figure for {names} nowhere."
        )
        return doer.model_copy(update={"question": question, "answer": f"{lead}\n{doer.answer}"})

    def _each(self, question: str, language: Language, context: Context | None) -> Answer | None:
        """ "how many gigawatts each, Acme and Globex?", "wie viel investieren Acme und Globex jeweils?":
        the question asked of each company listed, answered where every one of them is; else None."""
        if _EACH.search(question) is None or _TOGETHER.search(question) is not None:
            return None
        sides = self.calculator.listed(question)
        if not 2 <= len(sides) <= MAX_EACH:
            return None
        # the question without the list's other names and its joining words, of one name at a time
        bare = _EACH.sub(" ", question)
        for side in sides:
            bare = re.sub(rf"(?:\s*(?:,|\bund\b|\band\b|&|\+)\s*)?\b{re.escape(side)}\b", " ", bare, count=1)
        bare = " ".join(_JOINERS_LEFT.sub(" ", bare).split()).strip(" ,:?")
        answers = [self._ask_one(f"{bare} {side}?", language, context) for side in sides]
        if not all(a.answered and a.figures for a in answers):
            return None
        return joined(question, answers)

    def _ask_message(self, question: str, locale: str | None, context: Context | None) -> Answer:
        """The answer to `question`; with `context` (what the conversation was about), a follow-up that
        names no subject ("und wann?") or asks nothing new about a named one ("what about X?") is read
        with what it lacks, and the answer says which subject it assumed. Two questions in one are
        answered part by part when every part is answered; else the question is read whole."""
        plain = unframed(undecorated(question))
        if plain != question:  # "Could you confirm how many …": the question inside the courtesy
            return self.ask(plain, locale, context).model_copy(update={"question": question})
        aside = aside_then_asked(question)
        if aside is not None:  # "nicht die GW – wie viel Geld steckt Acme in Globex?": the rest is asked
            return self.ask(aside, locale, context).model_copy(update={"question": question})
        told = told_then_asked(question)
        if told is not None and self._names_an_article(told[1]):
            told = None  # "Der Artikel mit Jo Roe: wie viel …?": the article it asks, no story told
        if told is not None:  # "… long story … what's the maximum power at Springfield?": what it asks
            asked, before = told
            if not self.reader.names_in(words(asked))[0]:  # "I read about Acme. How big is its campus?"
                names = self.reader.names_in(words(before))[0]
                asked = f"{asked} {' '.join(self.reader.names.names[n].display for n in names)}".strip()
            return self.ask(asked, locale, context).model_copy(update={"question": question})
        op = operation(question)
        if op is not None:  # "Acme plus Globex, wie viele GW zusammen?": two figures, added up
            calculated = self.calculator.answer(
                question, op, self.parser.parse(question, locale).answer_language
            )
            if calculated is not None:
                return calculated
        language = self.parser.parse(question, locale).answer_language
        owner = self.calculator.owner(question, language) or self.calculator.source(question, language)
        if owner is not None:  # "100 mrd – acme oder globex?": whose figure; "what is that number about"
            return owner
        ordered = which_first(question)
        if ordered:  # "was kommt zuerst: X oder Y?": when each comes, where the articles date both
            dated = [self._ask_one(part, language, context) for part in ordered]
            if (
                all(a.answered and _A_YEAR.search(a.answer) for a in dated)
                and dated[0].answer != dated[1].answer
            ):
                return joined(question, dated)
        each = self._each(question, language, context)
        if each is not None:  # "how many gigawatts each, Acme and Globex?": one answer per company
            return each
        parts = numbered(question) or listed(question) or split_questions(question)
        answers: list[Answer] = []
        unanswered: Answer | None = None  # the first part of several the articles do not answer
        failed = ""
        if len(parts) > 1:
            carried = context
            for i, part in enumerate(parts):
                # a later part pointing back ("its", "dort") is asked of the first part's subject, never on
                # its own ("who is Acme's biggest customer and how big is its campus": not another deal's)
                back = i > 0 and points_back(part)
                person = self._person_answered(answers[-1]) if back and _HE_OR_SHE.search(part) else None
                if person is not None:  # "who's the CEO of Acme and what did he say": the CEO said it
                    carried = Context(names=[person], topic=[], deals=answers[-1].deals)
                # (in the whole message's language: "acme: 4,5 gw und 500 mrd – beides richtig?")
                answer = self._ask_one(part, language, carried, inherit_only=back)
                # ... nor is one naming nobody after a part read from an article's sentences ("… und wie viele
                # Stellen entstehen?": Acme's, not another article's)
                elsewhere = (back or not answers[0].facts) if i > 0 else False
                if not answer.answered or (elsewhere and self._elsewhere(part, answer, answers[0])):
                    if answers:  # (an answer from another article's sentence is none for this part)
                        failed = part
                        declined = not_covered(self.parser.parse(part, locale), [])
                        unanswered = declined.model_copy(update={"answer": f"{part} – {declined.answer}"})
                    elif any(points_back(p) for p in parts[1:]) and self._asks_holder(part):
                        # "wie heißt der CFO von Acme und was sagt er zu …": the rest asks of whom the
                        # articles name none; read whole, it would find another's words
                        return answer.model_copy(update={"question": question})
                    break
                answers.append(answer)
                # "wie viele Aktien kauft Acme und von wem": the next part is asked of Acme
                carried = answer.context or carried
            else:
                return joined(question, answers)
        answer = self._ask_one(question, locale, context)
        if (
            unanswered is not None
            and not _adds_to(answer, answers)
            and not self._answers_part(answer, failed)
        ):
            # "how long did the build take, and at what utilisation is it running": read whole, the question
            # finds neither part's sentence; the parts answered are said, and the one the articles leave open
            return joined(question, [*answers, unanswered])
        holder = None if answer.answered else self._role_claimed(question)
        if holder is not None:  # "stimmt es dass Roe Chairman von Acme ist": who is, the articles say
            answer = self._ask_one(holder, locale, context).model_copy(update={"question": question})
            if answer.answered:
                return answer
        head = question.partition("?")[0]
        remarked = (
            None if answer.answered else asked_then_told(question, bool(self.reader.names_in(words(head))[0]))
        )
        said = [w for w in words(remarked[1]) if w not in STOPWORDS] if remarked is not None else []
        if (
            remarked is not None
            and not self.reader.names_in(said)[0]
            and (
                sum(self.reader.knows(w) for w in said) < REMARK_KNOWN_SHARE * len(said)
                # ... or one about the asker ("Ich kenne nur den Namen, not the job")
                or _OF_THE_ASKER.match(remarked[1]) is not None
            )
        ):
            # ... a remark after it, naming nobody, in words articles mostly do not use ("hab das auf Twitter
            # gelesen", "politicians love that number lol"): the question
            return self._ask_one(remarked[0], locale, context).model_copy(update={"question": question})
        return answer

    def _names_an_article(self, told: str) -> bool:
        """Does a short phrase before the question point at an article ("Im Bericht zum Acme-Werk")?"""
        said = words(told)
        return len(said) <= MAX_LEADING_WORDS and self.parser.pointer.point(said, f"{told}: ?").firm

    def _person_answered(self, answer: Answer) -> str | None:
        """The one person an answer gives as what was asked ("According to the article 045: Jo Roe."), or
        None (a statement naming a person is no answer of who)."""
        line = answer.answer.split("\n", 1)[0].rpartition(":")[2]
        if len(line.split()) > MAX_NAME_WORDS:
            return None
        people = [
            self.reader.names.names[n].display
            for n in self.reader.names_in(words(line))[0]
            if self.reader.names.kind(n) == PERSON
        ]
        return people[0] if len(people) == 1 else None

    def _answers_part(self, answer: Answer, part: str) -> bool:
        """Does the whole question's answer quote a sentence saying what `part` asks ("what do they compare
        it to": "… entsprechen dem Stromverbrauch einer Kleinstadt")?"""
        said = words(part)
        spans = self.reader.names_in(said)[1]
        return answer.answered and any(
            self.reader.addresses(said, part, spans, c.quote, every_kind=True) for c in answer.citations
        )

    def _asks_holder(self, part: str) -> bool:
        """Does `part` ask who holds a role ("wie heißt der CFO von Acme", "who is Acme's CFO")?"""
        return self.parser.parse(part).asks_title and asked(words(part), part, set()).kind is Kind.PERSON

    def _role_claimed(self, question: str) -> str | None:
        """ "stimmt es dass Roe Chairman von Acme ist", "is Roe Acme's CEO?": a role claimed of a person,
        asked without the person ("stimmt es dass Chairman von Acme ist"), so the answer names who holds it;
        None when the question claims no role of a person."""
        said = words(question)
        if not checks_claim(said) or not any(asks_role(w) for w in said):
            return None
        people = [n for n in self.reader.names_in(said)[0] if self.reader.names.kind(n) == PERSON]
        if not people:
            return None
        named = {w for person in people for w in person.split()}
        kept = [w for w in question.split() if not set(words(w)) & named]
        return " ".join(kept)

    def _elsewhere(self, part: str, answer: Answer, first: Answer) -> bool:
        """Is a later part pointing back and naming nobody answered from other articles than the first part
        ("… and how many of them permanent?": the first part's company's jobs, never another article's)?"""
        if self.reader.names_in(words(part))[0]:
            return False
        cited = {c.document for c in answer.citations}
        return bool(cited) and not cited & {c.document for c in first.citations}

    def _sourced(self, question: str) -> str:
        """Chat's "… per Roe?", "… acc to Acme" ending on a name the articles know: "according to" it."""

        def according(match: re.Match[str]) -> str:
            name = match.group(1)
            return f"according to {name}" if self.reader.names_in(words(name))[0] else match.group(0)

        return _PER_NAME.sub(according, question)

    def _ask_one(
        self, question: str, locale: str | None, context: Context | None, inherit_only: bool = False
    ) -> Answer:
        named = self.describer.named(
            self.describer.of_title(self.describer.of_person(self._sourced(question)))
        )
        if named != question:  # "how much is the gpu maker putting in": the company the articles call so
            answer = self._ask_one(named, locale, context, inherit_only)
            return answer.model_copy(update={"question": question})
        query = self.parser.parse(question, locale)
        checked = _claimed_aside(question, query)
        if checked is not None:  # "Der CEO von Acme ist doch Jane Roe, oder?": asked without the claim
            answer = self._ask_one(checked, locale, context, inherit_only)
            if answer.answered:
                return answer.model_copy(update={"question": question})
        if context is not None:
            whole = follow_up(query, question, context, self.reader, self.kb, pointing=inherit_only)
            if whole is not None:
                answer = self._ask_one(whole.question, locale, None)
                if answer.answered or (inherit_only and whole.assumed):
                    return whole.applied(question, answer)
        answer = render(query, self.decider.decide(query), self.kb)
        # (the question as asked: its words read another way, "taking over" as "takeover", are the parser's)
        context = context_of(query, answer, self.reader)
        return answer.model_copy(update={"question": question, "context": context})
