"""Every number the engine weighs a question and the facts by, with why it is what it is.

Scores are in [0, 1] before the bonuses; the values were set by hand against the labelled sets in
tests/data (tuned on) and checked on the blind ones, so a change here is a change of behaviour: run
`python tests/labelled.py` before and after.
"""

from __future__ import annotations

# ---------------------------------------------------------------- parse: how surely a word asks
MAX_QUESTION_CHARS = 2000  # a real question is far shorter; the rest is not read
CLEAR_ASK = 0.5  # an intent this strong says what is asked; below it the question's words decide
LIKELY_ASK = 0.6  # "which X" / "how many X": X names the attribute that must answer from here on
SURE_ASK = 0.7  # a verb this sure of its attribute ("owns", "kümmert sich") says which kind of "who"
STRONG_ASK = 0.8  # attributes asked side by side ("Jobs und Gigawatt") must each be named this surely
PRIMARY_SHARE = 0.6  # "which X": the attributes within this share of X's strongest one are all asked
QUANTITY_SHARE = 0.7  # "how many X": narrower than "which X", a count names fewer attributes
VERB_PERSON = 0.6  # "who owns": the verb's attribute leads, the person is asked second at this share
MIN_UNKNOWN_NAME = 3  # a capitalised word this long the articles never use may be the real subject
MIN_TOPIC_WORD = 4  # shorter words say too little to be the question's own subject
MIN_TITLE_WORD = 5  # "was kostet das Seekabel": a shorter headline word picks no article
MIN_COUNTED_WORD = 4  # "wie viele Rechenzentren": a shorter word after "how many" is no counted noun
MIN_UNKNOWN_WORD = 5  # a word this long the articles never use, in any case, may be the subject
BESIDES_REACH = 4  # "besides X and Y": names up to this many words after "besides" are not asked about

# ---------------------------------------------------------------- retrieve: scoring one fact
W_INTENT = 0.45  # answering what is asked matters most
W_ENTITY = 0.30  # then being about whom it is asked
W_OVERLAP = 0.25  # then sharing the question's own words (they take the intent's weight when it is vague)
NO_NAME_ENTITY = 0.5  # no name asked: neither for nor against any fact
ENTITY_BASE = 0.5  # a name asked gives half the entity score to every allowed fact ...
ENTITY_NAMED = 0.5  # ... and the other half in the share of the names the fact itself carries
SUBJECT_WEIGHT = 2.0  # the first company named is the subject ("Rolle spielt X bei Y"): it counts twice
PARTY_DEAL = 0.8  # a fact of the deal a named company is party to, not naming it itself
ALIAS_DEAL = 0.8  # a fact of the deal a name stands for, not naming it itself
NAMED_DEAL = 0.25  # a fact of a deal the question names (by an alias) over facts of other deals
NAMES_FACT = 0.3  # the question names this fact by its own name ("10x"): as strong as a named deal and more
NAMES_PERSON = 0.3  # the question names this fact's person and asks about people: decisive
NAMES_PERSON_ASIDE = 0.1  # ... and asks about something else: a small lead only
FIGURE_NAMED = 0.8  # "3,59 Billionen Yuan – worum geht's?": the figure names the fact like its deal would
SAME_NUMBER = 1e-9  # relative tolerance for a number in the question being the fact's
PREFIX_HIT = 0.8  # a shared 6-letter start ("investment" / "investieren") counts most of a hit
KEYWORD_INTENT = 0.6  # the fact's own words naming what is asked: weaker than its attribute saying so
PHRASE_OVERLAP = 0.2  # a curated question phrase ("wann") of this fact is in the question
PHRASE_QUESTION_OVERLAP = 0.4  # ... a longer one with an interrogative ("seit wann"): twice as telling
PHRASE_BONUS = 0.12  # such a phrase is the surest sign of what is asked: it lifts the fact over the margin
# A curated phrase of several words said in the question ("day-to-day operations", "täglicher Betrieb"):
# what it names is asked, more surely than any one word ("runs" as a title)
WORDS_PHRASE_BONUS = 0.35
NUMBER_OVERLAP = 0.2  # the question quotes this fact's number ("2026")
CONFLICT_OVERLAP = 0.3  # "why do the figures differ": the disputed facts
QUALIFIER_OVERLAP = 0.3  # "a floor or a cap?": a figure with a qualifier ("at least") answers
TOPIC_MISSING = 0.85  # the question's own subject words ("finished", "second") are not in this fact
ORDINAL_MISSING = 0.6  # "the second site": a fact about the project as a whole does not say
PRIMARY_FIT_SHARE = 0.5  # a fact fitting less than this share of what must be answered ...
OFF_PRIMARY = 0.3  # ... is cut hard: "how many jobs" is not answered by anything but jobs
OFF_ASK_FIT = 0.6  # a clear ask (SURE_ASK) the fact's attribute fits less than this share of ...
OFF_ASK = 0.3  # ... is a clear ask for something else
MISSED_ASK_FIT = 0.5  # an ask (CLEAR_ASK) the fact's intent meets less than this share of ...
MISSED_ASK = 0.6  # ... is not answered, but less surely than a clear ask for something else
OTHER_PERSON = 0.6  # "X's role": what the articles say of X, not of another person
WRONG_UNIT = 0.3  # "in US-Dollar": 10 GW is no answer, however well the rest fits
OTHER_YEAR = 0.2  # "the GPU target for 2026": a figure the fact dates to 2025, or spreads over years, is none
NO_FIGURE = 0.85  # "how much" wants a figure; words may still answer it
DOCUMENT_CITED = 0.05  # "according to the X article": a fact that article carries goes first ...
DOCUMENT_OTHER = 0.9  # ... and one it does not carry falls back a little
HEADLINE_BONUS = 0.02  # a deal's headline fact wins a tie

# ---------------------------------------------------------------- retrieve: which facts are scored
# Names besides the one picking an article that make the question one of their own deal ("laut dem Acme-
# Artikel: was hatte Initech bei Globex zugesagt"): two, a pair
POINTED_PAIR = 2
# Up to this many facts every question scores them all (the shipped base: 70); above, an inverted index
# hands over the facts sharing the question's words, and only the best of those are scored.
FULL_SCAN_LIMIT = 2_000
MAX_FACT_CANDIDATES = 64  # the few dozen the careful scoring can afford at 50,000 facts
MAX_POSTINGS = 2_000  # a word in more facts than this ("deal", "ki") narrows nothing down
NAMED_POSTING = 1.0  # a fact naming a name the question names: worth a rare word shared

# ---------------------------------------------------------------- decide
MIN_SCORE = 0.56  # below it the best fact does not answer (set on the labelled sets)
MIN_MARGIN = 0.07  # the best must be this far ahead of a fact telling something else
TIE = 1e-6  # scores this close are equal: the fact naming the question's rarest name goes first
SIBLING_GAP = 0.05  # a fact on the same point this close to the best completes it
# An exact figure this near a bound ("4,4 %" beside "mehr als 4 %") is that bound's exact value, not
# another figure of the same point: within a quarter, as "rund"/"mehr als" are used in the news.
BOUND_REACH = 1.25
KIND_GAP = 0.1  # a fact of the kind asked this close behind one of another kind answers in its place
CONFIDENCE_SCORE = 0.5  # an answer's confidence: half its score ...
CONFIDENCE_MARGIN = 0.5  # ... and half its lead over the runner-up ...
MARGIN_SCALE = 4  # ... a lead of a quarter being as sure as it gets
OVERVIEW_CONFIDENCE = 0.6  # an overview of a named deal: right about the deal, not about a point
NAMED_FACT_CONFIDENCE = 0.6  # the facts a name few facts carry stands for ("Nova One?")
COMPARE_CONFIDENCE = 0.7  # a comparison of named deals: each side the best fact asked of it
SEVERAL_CONFIDENCE = 0.5  # several asked side by side: half the weakest one's score
FEW_FACTS = 3  # a name carried by at most this many facts names those facts, not a company or place
SEVERAL_MAX = 3  # attributes answered side by side; more is a list, not an answer
NAMED_FACTS_SHOWN = 3  # the facts a name few facts carry stands for, shown at most
FEW_FACTS_PARTY = 5  # two statements on a company this rarely named are one answer about its part
TOLD_FIT = 0.5  # a fact telling an amount in words ("Millionen") must fit what is asked this well
SUPPLEMENT_COVER = 0.75  # a curated answer gets the article's sentence when that says this share of the
# words asked and the fact does not say them all
