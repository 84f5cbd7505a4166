"""Two questions in one ("wie viele Aktien kauft Acme und von wem?", "who's the CEO? and who chairs it?"):
split where a second question word opens a clause, each part answered on its own, the first part's
subject carried into the next ("von wem" is asked of Acme), and the answers joined."""

from __future__ import annotations

import re

from bot.answer import Answer, CitationOut, FigureOut
from bot.engine.asked import KIND_WORDS
from bot.engine.lexicon import ARTICLE_WORDS, CHITCHAT, NOW_WORDS, STOPWORDS
from bot.engine.text import detect_language, words

# Words that open a question of their own after "und" / "and", a comma or a question mark.
_OPENERS = (
    "wer|wen|wem|wie|wieviel|wieviele|wann|wo|woher|wohin|was|welche|welcher|welches|welchen|welchem|"
    "warum|wieso|von wem|mit wem|bei wem|seit wann|bis wann|ab wann|"
    "who|whom|how|when|where|what|whats|what's|which|why|since when|by when|from when"
)
# ... chat's "and": "… n when should it be lit", "… & wo", "… + how long"
# ... also after a preposition of its own: "… gewonnen und zu welchem Preis?", "… and at what price"
_PREPOSITION = r"(?:(?:zu|für|fuer|um|auf|über|ueber|at|for|by|to|over)\s+)?"
# ... or "in", "mit" or "von" before "which" ("… und in welchem Jahr?", "and with what stake", "und von
# welcher Firma …"; "von wem?" stands as a part of its own)
_WHICH_AFTER = r"(?:in|mit|von|with)\s+(?:welche[rsmn]?|what|which)\b"
_SPLIT = re.compile(
    rf"(?:\?\s+|,?\s+(?:und|and|n|u|&|\+)\s+)(?={_PREPOSITION}(?:{_OPENERS})\b|{_WHICH_AFTER})",
    re.IGNORECASE,
)
# A comma alone opens a second question only before one of several words ("…, who runs the ops"): "…
# angekündigt, welches Datum?" says the first one again.
_COMMA = re.compile(rf",\s+(?=(?:{_OPENERS})\b)", re.IGNORECASE)
MIN_COMMA_PART_WORDS = 3
_ASKS = re.compile(rf"\b(?:{_OPENERS})\b", re.IGNORECASE)
MIN_PART_WORDS = 2  # "und wann?" alone is a follow-up of one word: the whole question answers it
MAX_PARTS = 3  # a question of more parts is read whole
COORDINATED_WORDS = 3  # a first part no longer than "in welcher Stadt" shares the verb after the second


# "zu welchem Zins", "at what price": a question word and its noun, asking with the verb that follows
_WHICH_NOUN = re.compile(
    rf"{_PREPOSITION}(?:(?:in|mit|von|with)\s+)?(?:welche[rsmn]?|what|which)\s+[\w-]+", re.I
)


def _coordinated(before: str) -> bool:
    """Does the clause before a split say no more than "in welcher Stadt" ("Guten Tag, eine Frage: In
    welcher Stadt …"), sharing the verb of the next?"""
    opening = re.split(r"[:,.!?]\s+", before)[-1]
    return len(opening.split()) <= COORDINATED_WORDS and re.match(_WHICH_AFTER, opening, re.I) is not None


# Two things asked for in one request: "what is the number of jobs and the maximum power", "was ist die
# Beteiligungshöhe von Acme sowie den Termin …": each a question of its own ("what is the maximum power")
_THING_ASKED = re.compile(r"^(what is|what are|was ist|was sind)\s+(?:both\s+|beide[ns]?\s+)?", re.IGNORECASE)
_NEXT_THING = re.compile(
    r",?\s+(?:and|und|sowie)\s+(?:um\s+)?(?=(?:the\s+[a-z]|(?:den|die|das|der|dem)\s+\w)[^,]*\s\w+\s\w+)",
    re.IGNORECASE,
)


def _things(question: str) -> list[str] | None:
    """ "what is the number of jobs and the maximum power …": each thing asked for, as a question."""
    asked = _THING_ASKED.match(question)
    if asked is None:
        # "over how many years …, and the location of the first site": a question, then a thing asked for
        first, comma, thing = question.partition(", ")
        after = _NEXT_THING.match(f" {thing}") if comma and _OPENS_ASKING.match(first) else None
        if after is None or _NEXT_THING.search(thing, after.end()):
            return None
        what = "was ist" if detect_language(question) == "de" else "what is"
        return [f"{first.strip(' ,;?.')}?", f"{what} {thing[after.end() - 1 :].strip(' ,;?.')}?"]
    things = _NEXT_THING.split(question[asked.end() :])
    if not 2 <= len(things) <= MAX_PARTS:
        return None
    return [f"{asked.group(1)} {t.strip(' ,;?.')}?" for t in things]


_OPENS_ASKING = re.compile(rf"^(?:{_PREPOSITION}(?:{_OPENERS})\b)", re.IGNORECASE)


# Words that greet or address the channel, no question ("hey", "oida", "leute")
_ADDRESS = CHITCHAT | frozenset("oida digga diggi leute guys bro dude folks team all alle zusammen".split())


def split_questions(question: str) -> list[str]:
    """The questions a message asks, when it asks two or three, each a question of its own (the first
    asking with a question word too); else the message alone."""
    things = _things(question)
    if things is not None:
        return things
    pieces = []
    # ("In welcher Stadt und in welchem Bundesstaat entsteht …": one question of both, not two)
    cuts = [m for m in _SPLIT.finditer(question) if not _coordinated(question[: m.start()])]
    starts, ends = [0, *(m.end() for m in cuts)], [*(m.start() for m in cuts), len(question)]
    for piece in (question[a:b] for a, b in zip(starts, ends, strict=True)):
        after_commas = _COMMA.split(piece)
        if all(len(p.split()) >= MIN_COMMA_PART_WORDS for p in after_commas[1:]):
            pieces.extend(after_commas)
        else:
            pieces.append(piece)
    parts = [p.strip(" ,;?") for p in pieces if p.strip(" ,;?")]
    # ("Hey, wie viele GW …, und wann …": a greeting before the first is no part)
    while len(parts) > 2 and set(words(parts[0])) <= _ADDRESS:
        parts = parts[1:]
    if not 2 <= len(parts) <= MAX_PARTS or not _ASKS.search(parts[0]):
        return [question]
    parts = [parts[0], *(_asked_of(parts[0], p) for p in parts[1:])]
    second = _WHICH_NOUN.match(parts[1]) if len(parts) == 2 else None
    if second is not None and _WHICH_NOUN.fullmatch(parts[0]):
        # "Zu welchem Zins und mit welcher Laufzeit ist Acmes Kredit vergeben": the verb and subject after
        # the second are the first's too
        parts[0] = f"{parts[0]} {parts[1][second.end() :].strip()}"
    if any(len(p.split()) < MIN_PART_WORDS for p in parts):
        return [question]
    return [f"{p}?" for p in parts]


# "acme x globex: 10 gw, 100bn, 2026 - all correct?", "acme eckdaten: gw, mrd, start": a subject before a
# colon and a list of short items, each a figure claimed or a word for what is asked
_ITEM_SEPARATOR = re.compile(
    r"\s*(?:(?<!\d),|,(?!\d)|;)\s*(?:(?:und|and|&)\s+)?|\s+(?:und|and|&|\+|sowie|plus)\s+|\s+[-–—]\s+", re.I
)
# Words asking for the list to be checked or given, no item of it ("– beides richtig?", "inkl. Qualifier pls")
_LIST_FILLER = frozenset(
    "all alle alles beides beide both each jeweils correct richtig korrekt right stimmt das true ok okay "
    "pls plz please bitte mit with w inkl incl including qualifier qualifiers qualifiern".split()
)
MAX_SUBJECT_WORDS = 6  # "acme globex deal in zahlen pls": a longer lead-in is a sentence, no subject
MAX_ITEM_WORDS = 4  # "gw in springfield", "investment size": a longer item is a question of its own
MAX_ITEMS = 4


def _items(listed: str) -> list[str]:
    """The items of a list ("10 gw, 100bn und 2026 – alles richtig?"): the words asking nothing of their
    own ("alles richtig") left out."""
    items = [i.strip(" ?!.,:") for i in _ITEM_SEPARATOR.split(listed)]
    return [i for i in items if i and not set(words(i)) <= _LIST_FILLER]


def listed(question: str) -> list[str]:
    """The questions a list asks, each item of it asked of its subject ("acme x globex: 10 gw, 100bn, 2026 -
    all correct?": "acme x globex: 10 gw?", …), or the question words of a list asked of what follows them
    ("wie viel und bis wann? acme, erste phase"); [] when the message is no such list."""
    head, mark, tail = question.strip().partition("?")
    tail = tail.strip(" ?!")
    if mark and tail and "?" not in tail and not _ASKS.search(tail):
        asked = _items(head)
        if 2 <= len(asked) <= MAX_PARTS and all(_OPENS.fullmatch(a) for a in asked):
            return [f"{a} {tail}?" for a in asked]
    subject, colon, rest = question.partition(":")
    subject = subject.strip()
    if not colon or not subject or len(subject.split()) > MAX_SUBJECT_WORDS or _ASKS.search(subject):
        return []
    items = _items(rest)
    if not 2 <= len(items) <= MAX_ITEMS or any(
        len(i.split()) > MAX_ITEM_WORDS or _ASKS.search(i) for i in items
    ):
        return []
    return [f"{subject}: {i}?" for i in items]


# "1) how much … 2) when …", a list numbered by line ("1. …" / "2. …"): each item a question of its own
_NUMBERED = re.compile(r"(?:^|(?<=\s))([1-9])\)\s+|(?:^|\n)\s*([1-9])[.:]\s+")


def numbered(question: str) -> list[str]:
    """The questions of a numbered list ("1) wie viel GW bei Acme 2) wie viele Jobs?"), the words before its
    first item ("zu Acme:") said with each; [] when the message numbers no two items from 1 on."""
    marks = list(_NUMBERED.finditer(question))
    if not 2 <= len(marks) <= MAX_PARTS or [int(m.group(1) or m.group(2)) for m in marks] != list(
        range(1, len(marks) + 1)
    ):
        return []
    lead = question[: marks[0].start()].strip()
    ends = [*(m.start() for m in marks[1:]), len(question)]
    items = [question[m.end() : end].strip(" ,;?\n") for m, end in zip(marks, ends, strict=True)]
    if any(len(i.split()) < MIN_PART_WORDS for i in items):
        return []
    return [f"{lead} {i}?".strip() if lead else f"{i}?" for i in items]


# "was kommt zuerst: die 50.000 Racks oder das erste Gigawatt?", "which milestone is earlier, X or Y?": the
# order of two things asked, which their dates tell
_FIRST_ASKED = re.compile(
    r"\b(?:zuerst|früher|frueher|eher dran|vorher|first|earlier|sooner)\b", re.IGNORECASE
)
_EITHER = re.compile(r"\s(?:oder|or|vs\.?|versus)\s", re.IGNORECASE)
_ALTERNATIVES_OPEN = re.compile(r"[:,–—-]\s")
MAX_ALTERNATIVE_WORDS = 8  # "die 50.000 Racks von Jo Roe": a longer stretch before "oder" is a sentence


def which_first(question: str) -> list[str]:
    """The two things of a question asking which comes first, each asked when ("wann die 50.000 Racks?",
    "wann das erste Gigawatt?"), or [] when the message asks no such order."""
    head = question.strip().partition("?")[0]
    either = list(_EITHER.finditer(head))
    if len(either) != 1:
        return []
    split = either[0]
    opened = [m.end() for m in _ALTERNATIVES_OPEN.finditer(head, 0, split.start())]
    start = max(opened) if opened else 0
    right = _ALTERNATIVES_OPEN.split(head[split.end() :])[0]
    end = split.end() + len(right)
    # the order asked outside the two things ("which comes first: …", "acme oder globex zuerst?"; the
    # "first" of "the first gigawatt" is one of the things)
    firsts = [
        m
        for m in _FIRST_ASKED.finditer(head)
        if m.end() <= start or m.start() >= end or (m.start() > split.end() and not head[m.end() :].strip())
    ]
    if not firsts:
        return []
    if firsts[0].start() > split.end():  # "acme oder globex zuerst?": the things open the message
        right = head[split.end() : firsts[0].start()]
        right = _ALTERNATIVES_OPEN.split(right)[0]
    left = head[start : split.start()].strip(" ,:–—-")
    right = right.strip(" ,:–—-")
    if not left or not right or len(left.split()) > MAX_ALTERNATIVE_WORDS:
        return []
    when = "wann" if detect_language(question) == "de" else "when"
    return [f"{when} {left}?", f"{when} {right}?"]


# The word after a question word it asks with ("how long", "wie viel")
_MEASURES = frozenset("viel viele vielen much many long lange hoch big gross".split())
_OPENS = re.compile(rf"\b(?:{_OPENERS})(?:\s+(?:{'|'.join(sorted(_MEASURES))}))?\b\s*", re.I)


_AT_A_TIME = re.compile(
    r"(?:(?:by|until|bis|in|im|ab|from|after|nach|zum|zur)\s+)?(?:(?:the\s+)?(?:end|ende|anfang|mitte|beginning"
    r"|middle)\b|(?:19|20)\d\d\b|q[1-4]\b|h[12]\b)",
    re.IGNORECASE,
)


def _asked_of(first: str, part: str) -> str:
    """ "who builds the flagship, and where?": a part of one question word alone asks it of what the first
    part asks about ("where builds the flagship"); any other part stays as it is."""
    bare = re.sub(rf"^{_PREPOSITION}", "", part, flags=re.IGNORECASE)  # "and for how long": "how long"
    said = bare.split()
    # "… and how many by end of 2026": a count asked again, at another time
    timed = (opener := _OPENS.match(bare)) is not None and _AT_A_TIME.match(bare, opener.end()) is not None
    if not timed and (not _OPENS.fullmatch(bare) or (len(said) > 1 and said[-1].casefold() not in _MEASURES)):
        return part  # ("von wem?" stands as a part, asked of what the first part named)
    opened = _OPENS.search(first)
    rest = f"{first[: opened.start()]} {first[opened.end() :]}" if opened is not None else ""
    rest = rest.rpartition(": ")[2]  # ("kurze frage: wer investiert in Acme und wie viel": not "kurze frage")
    rest = " ".join(w for w in rest.split() if any(c.isalnum() for c in w))  # ("the Acme deal – how much")
    if timed:  # ("how many work there now, and how many by 2026": the later time, not now)
        rest = " ".join(w for w in rest.split() if w.casefold() not in NOW_WORDS)
    if len(rest.split()) < MIN_PART_WORDS:
        return part  # "wie viel und wann?": nothing to ask it of
    if timed and opener is not None:  # "how many ppl work at Acme by end of 2026": the thing, then the time
        return f"{bare[: opener.end()].rstrip()} {rest} {bare[opener.end() :]}"
    return f"{part} {rest}"


# Words pointing back at what the first part named: "how big is its campus", "und wo baut er"
_POINTS_BACK = re.compile(
    r"\b(?:its|their|his|her|it|they|them|those|he|she|there|sein|seine|seinen|seiner|seines|ihr|ihre|ihren|"
    r"ihrer|ihres|ihnen|dessen|deren|denen|er|es|sie|dort|dafür|dabei|davon)\b",
    re.IGNORECASE,
)


# A sentence that asks: it ends on "?" or opens with a question word or a yes/no question's verb.
_ASKING_START = re.compile(
    rf"^(?:{_OPENERS}|stimmt|is|are|does|do|did|can|could|will|would|should|has|have|heißt|heisst|ist|sind|"
    r"gibt|hat|haben|kann|kannst|wird|werden|weiß|weiss|was)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(
    r"(?:(?<=[.!?])|(?<=[^.][.!?]['\"’”“»]))\s+(?=\S)|:\s+(?=(?:" + _OPENERS + r")\b)", re.IGNORECASE
)
_ABBREVIATIONS = frozenset(
    "mrd. mio. bzw. ca. dr. nr. vs. z.b. u.a. inkl. bspw. etc. approx. st. mt.".split()
)
MIN_PREAMBLE_WORDS = 5  # a lead-in shorter than this ("Acme: wie viel GW?") is part of the question
MIN_NAMED_FOCUS_WORDS = 3  # ... but "acme job count?" naming its subject asks in three words
MIN_FOCUS_WORDS = 4  # "Stimmt das?" after a claim asks about the claim: the message is read whole
# Words asking whether what was told holds ("Stimmt das so oder ist das übertrieben?", "is that accurate?"):
# such a question is asked of the sentence before it, the claim
_CHECKING = frozenset(
    "stimmt stimmts true richtig right correct korrekt accurate wahr legit passt wrong falsch really "
    "wirklich uebertrieben exaggerated overblown overstated actually eigentlich tatsaechlich so thats "
    "exactly exact genau "
    # ... or whether its qualifier holds ("Ist 'mindestens' da korrekt?")
    "mindestens least bis up maximal hoechstens most".split()
)
# ... of which these ask for a verdict
_VERDICTS = frozenset(
    "stimmt stimmts passt true right correct korrekt accurate richtig wahr wrong falsch".split()
)
_CLAIM_QUOTED = re.compile(r"['\"‘’“”„][^'\"‘’“”„]{12,}['\"‘’“”„]\.?\s*$")  # "… wrote: 'Acme … 2026'."


# "my friend who works in construction asked how long …", "mein Chef will wissen, wie viel …": a question
# someone else asked, told in one sentence; the question word after the verb opens what it asks
_REPORTED = re.compile(
    r"\b(?:asked|asks|wondered|wonders|wants? to know|wanted to know|fragte|fragt|gefragt|will wissen|"
    rf"wollte wissen|wissen wollte|möchte wissen)(?:\s+(?:me|us|mich|uns))?[\s,:]+(?=(?:{_OPENERS})\b)",
    re.IGNORECASE,
)


# "my cousin is an electrician out west and she's wondering if …, how many jobs are they talking about": a
# question after a comma that ends a long story of no question word of its own
_ASKED_AFTER_COMMA = re.compile(rf",\s+(?=(?:{_OPENERS})\b)", re.IGNORECASE)
_OPENER_WORDS = re.compile(rf"\b(?:{_OPENERS})\b", re.IGNORECASE)
# ... told of someone ("my cousin", "she's wondering", "ich lese"), not a condition of the question ("if you
# add the two targets together, how many …")
_NARRATED = re.compile(r"(?i)\b(?:my|mein|meine|meiner|i|i'm|ich|we|wir|he|she|he's|she's|er|sie)\b")
MIN_STORY_WORDS = 10  # words of a story before the comma (not "Acme baut in Ulm, wie viel kostet das")


def _after_a_story(question: str) -> tuple[str, str] | None:
    commas = list(_ASKED_AFTER_COMMA.finditer(question))
    if not commas or _SENTENCE_END.search(question.strip()):
        return None  # (a message of several sentences is read sentence by sentence)
    told, asked = question[: commas[-1].start()].strip(), question[commas[-1].end() :].strip()
    if (
        len(told.split()) < MIN_STORY_WORDS
        or _OPENER_WORDS.search(told)
        or not _NARRATED.search(told)
        or len(asked.split()) < MIN_FOCUS_WORDS
    ):
        return None
    return asked, told


def _reported(question: str) -> tuple[str, str] | None:
    found = _REPORTED.search(question)
    if found is None or not question[: found.start()].strip():
        return None
    asked, told = question[found.end() :].strip(), question[: found.start()].strip(" ,")
    return (asked, told) if len(asked.split()) >= MIN_FOCUS_WORDS else None


# "nicht die GW – wie viel Geld …", "not roe: who is the CEO", "ich mein nicht den Chip-Deal, sondern den
# mit Globex – wie viel …", "zweite Phase, nicht die erste – wann?": a clause opening on what the asker
# puts aside, ended by a dash, a colon or a comma; what it says instead ("sondern …") is asked (not "ohne
# das erste Gigawatt – wie viele danach": what is left without it, which is no other question)
_ASIDE_CLAUSE = re.compile(
    r"(?:^|(?<=[,;]))\s*(?:ich\s+mein\w*\s+|i\s+mean\s+)?"
    r"(?:nicht|not|ignore|ignorier\w*|vergiss|forget)\b"
    r"(?P<aside>[^,;:–—?]*?)(?:\b(?:sondern|but|rather)\b(?P<instead>[^,;:–—?]*?))?\s*(?:[–—:]|,)\s+",
    re.IGNORECASE,
)


_INSTEAD_OPENING = re.compile(r"^\s*(?:sondern|but|rather)\b\s*", re.IGNORECASE)


def aside_then_asked(question: str) -> str | None:
    """The question without the clause putting something aside ("nicht die GW – wie viel Geld steckt Acme
    in Globex?": "wie viel Geld steckt Acme in Globex?"), with what the clause asks instead; None when no
    such clause opens the question or a part of it, or too little is left to ask."""
    found = _ASIDE_CLAUSE.search(question)
    if found is None:
        return None
    instead = (found.group("instead") or "").strip()
    rest = _INSTEAD_OPENING.sub("", question[found.end() :])  # "nicht Acme, sondern mit wem …"
    asked = f"{question[: found.start()].rstrip()} {instead} {rest}".strip()
    return asked if len(words(asked)) >= MIN_FOCUS_WORDS - 1 and asked != question else None


def told_then_asked(question: str) -> tuple[str, str] | None:
    """ "Been lurking here for a while … What's the maximum power the Springfield campus can draw?": a
    message telling something before it asks, split into (what it asks, what it told before); None when
    the message is one question, or what it asks is too short to stand without what it told. A question
    someone else asked, told in one sentence ("my boss asked what …"), is what it asks too."""
    reported = _reported(question) or _after_a_story(question)
    if reported is not None:
        return reported
    sentences: list[str] = []
    for piece in _SENTENCE_END.split(question.strip()):
        if sentences and sentences[-1].rsplit(" ", 1)[-1].casefold() in _ABBREVIATIONS:
            sentences[-1] = f"{sentences[-1]} {piece.strip()}"  # "100 Mrd. in Acme": one sentence
        elif piece.strip():
            sentences.append(piece.strip())
    asking = [i for i, s in enumerate(sentences) if s.endswith("?") or _ASKING_START.match(s)]
    if not asking or asking[0] == 0:
        return None
    told = " ".join(sentences[: asking[0]])
    asked = " ".join(sentences[i] for i in asking)
    said = [w for w in words(asked) if w not in STOPWORDS and w not in KIND_WORDS and w not in ARTICLE_WORDS]
    if (
        said
        and (
            all(w in _CHECKING for w in said)
            or (_VERDICTS.intersection(words(asked)) and _CLAIM_QUOTED.search(told))
        )
        and len(told.split()) >= MIN_PREAMBLE_WORDS
    ):
        # "Hab gehört, Acme steckt 200 Mrd. in Globex. Stimmt das so?", "Faktencheck: 'Acme baut 10 GW.' Is
        # that accurate?": asked of the claim, the sentence before (after its colon), whatever it says ... and
        # where a quoted claim is checked in a part ("'… 100.000 Jobs und 4,5 GW.' Passt die Jobzahl?")
        # (one sentence, which is split no more)
        claim = sentences[asking[0] - 1].rpartition(": ")[2].strip(" .!'\"‘’“”„")
        return f"{claim}, {asked[:1].lower()}{asked[1:]}", " ".join(sentences[: asking[0] - 1])
    if len(told.split()) < MIN_PREAMBLE_WORDS or len(asked.split()) < MIN_FOCUS_WORDS:
        return None
    if not said:
        # "… I'm missing one number: the jobs figure for the campus. What does the article say?": asked of
        # what the sentence before it told
        asked = f"{sentences[asking[0] - 1]} {asked}"
        told = " ".join(sentences[: asking[0] - 1])
        if not told:
            return None  # the message is that sentence and its question: read whole
    return asked, told


MAX_GUESS_WORDS = 5  # "… ? Nur nen Sitz im Board?": a longer tail is a question of its own
_GUESSED = re.compile(r"^(?P<asked>[^?]+\?)\s+(?P<guess>[^?.!]+)\?+\s*$", re.DOTALL)  # one guess only
_DEMANDS = frozenset("any anything irgendein irgendwas quote zitat zitate quotes source quelle".split())


def guessed(question: str) -> str | None:
    """ "Welcher Tech-Milliardär wird im Artikel zitiert? Musk?": a question, then the asker's guess at its
    answer (a few words asking nothing, checking nothing): the question alone, else None."""
    found = _GUESSED.match(question.strip())
    if found is None:
        return None
    asked, guess = found.group("asked"), found.group("guess")
    if (
        len(guess.split()) > MAX_GUESS_WORDS
        or len(asked.split()) < MIN_FOCUS_WORDS
        or _ASKS.search(guess)
        # (not a figure guessed, "4 or 6 yrs?", nor what the answer is to hold, "any quote?")
        or any(c.isdigit() for c in guess)
        or not _DEMANDS.isdisjoint(words(guess))
        or not _VERDICTS.isdisjoint(words(guess))
        or not _ASKS.search(asked)
    ):
        return None
    return asked


def asked_then_told(question: str, named: bool = False) -> tuple[str, str] | None:
    """ "stimmt es, dass Acme 200 Mrd. investiert?? hab das auf Twitter gelesen": a question, then a remark
    after its question mark; (the question, the remark), else None. `named`: the question names a company
    or a deal, so a short one stands alone too ("acme job count? politicians love that number")."""
    head, mark, tail = question.strip().partition("?")
    tail = tail.lstrip("?!").strip()
    shortest = MIN_NAMED_FOCUS_WORDS if named else MIN_FOCUS_WORDS
    if not mark or not tail or "?" in tail or len(head.split()) < shortest:
        return None
    return f"{head}?", tail


def points_back(part: str) -> bool:
    """Does a later part of a question speak of what the first part named ("its campus", "sie")?"""
    return _POINTS_BACK.search(part) is not None


def joined(question: str, answers: list[Answer]) -> Answer:
    """One answer to a question of several parts, each answered: their texts in order, their sources,
    figures and facts together. Two parts asking the same in other words ("wo wird gebaut? welcher Ort")
    are said once."""
    said: dict[str, Answer] = {}
    for answer in answers:
        said.setdefault(answer.answer, answer)
    answers = list(said.values())
    first = answers[0]
    citations: list[CitationOut] = []
    for answer in answers:
        citations.extend(c for c in answer.citations if c not in citations)
    figures: list[FigureOut] = [f for answer in answers for f in answer.figures]
    return first.model_copy(
        update={
            "question": question,
            "answer": "\n\n".join(a.answer for a in answers),
            "confidence": min(a.confidence for a in answers),
            "figures": figures,
            "citations": citations,
            "conflict": any(a.conflict for a in answers),
            "deals": list(dict.fromkeys(d for a in answers for d in a.deals)),
            "facts": list(dict.fromkeys(f for a in answers for f in a.facts)),
            "suggestions": [],
            "context": next((a.context for a in reversed(answers) if a.context), None),
        }
    )
