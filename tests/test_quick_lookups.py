"""The quick lookups say what the plain definitions say: a question word found in a sentence or a
document as `hit`, word by word, finds it; the glossary's groups as a scan of every member; the names a
short form abbreviates as `_abbreviates`, name by name; the best sentences by their weights, ties at the
cut in a fixed order."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine.asked import _DIRECTED, GLOSSARY, _ablauted, expansions, participle_root
from bot.engine.reading import TIED_ROOM, _abbreviated, _abbreviates, _add, _top
from bot.engine.text import words
from bot.engine.translations import _WordList
from bot.engine.wordhits import WordSet, first_hit, hit

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge" / "documents"
SENTENCES = [
    tuple(words(line)) for doc in sorted(KNOWLEDGE.glob("*.txt")) for line in doc.read_text().splitlines()
]
SENTENCES = [s for s in SENTENCES if s]
VOCABULARY = sorted({w for s in SENTENCES for w in s})
MEMBERS = sorted({m.rstrip("$") for group in GLOSSARY for m in group if " " not in m})

# Question words: the documents' own words and glossary members, whole, cut short, with an ending, or
# as the end of a longer compound; and words made of a few common letters.
term = st.one_of(
    st.sampled_from(VOCABULARY),
    st.sampled_from(MEMBERS),
    st.builds(lambda w, n: w[:n], st.sampled_from(VOCABULARY + MEMBERS), st.integers(1, 8)),
    st.builds(lambda w, e: w + e, st.sampled_from(VOCABULARY + MEMBERS), st.sampled_from(["s", "en", "e"])),
    st.builds(lambda w: "rechen" + w, st.sampled_from(VOCABULARY)),
    st.text(alphabet="aeinrstu", min_size=1, max_size=8),
)


def _near(question_word: str) -> st.SearchStrategy[str]:
    """Words a sentence may say for `question_word`: it with an ending, its start, a compound of it."""
    return st.sampled_from(
        [question_word + "en", question_word[:3] + "e", question_word[:4] + "ung", "bau" + question_word]
    )


@st.composite
def sentences(draw: st.DrawFn, question_word: str) -> tuple[str, ...]:
    said = draw(st.lists(st.one_of(st.sampled_from(VOCABULARY), _near(question_word)), max_size=25))
    return tuple(said)


@settings(max_examples=400, deadline=None)
@given(st.data(), term)
def test_the_first_word_found_is_the_first_word_that_hits(data: st.DataObject, question_word: str) -> None:
    for sentence in (data.draw(sentences(question_word)), data.draw(st.sampled_from(SENTENCES))):
        expected = next((w for w in sentence if hit(w, question_word)), None)
        assert first_hit(sentence, question_word) == expected


def test_each_way_a_word_is_said_is_found_first() -> None:
    cases = [
        (("die", "neuen", "neu"), "neu", "neuen"),  # a short form with its ending
        (("alte", "investitionen"), "investiert", "investitionen"),  # a form's start
        (("die", "rechenzentrumskapazitaet"), "kapazitaet", "rechenzentrumskapazitaet"),  # inside a compound
        (("das", "zentrum", "rechenzentrum"), "rechenzentrum", "zentrum"),  # part of a longer question word
        (("kein", "treffer"), "investiert", None),
    ]
    for sentence, question_word, first in cases:
        assert first_hit(sentence, question_word) == first
        assert WordSet(sentence).says(question_word) == (first is not None)


@settings(max_examples=400, deadline=None)
@given(st.data(), term)
def test_a_document_says_a_word_when_one_of_its_words_hits(data: st.DataObject, question_word: str) -> None:
    said = data.draw(st.lists(st.one_of(st.sampled_from(VOCABULARY), _near(question_word)), max_size=60))
    assert WordSet(said).says(question_word) == any(hit(w, question_word) for w in said)


_VERB_ENDINGS = ("e", "en", "t", "te", "ten", "et", "st")


def _member(word: str, member: str) -> bool:
    if member.endswith("$"):
        return word == member[:-1]
    if word == "news":  # no plural of "new"
        return word == member
    if len(member) < 4:  # ... and a three-letter one with a German verb's ending ("bau": "bauen", "baut")
        verb_form = (
            len(member) == 3
            and word.startswith(member)
            and word[3:] in ("e", "en", "t", "te", "ten", "et", "st")
        )
        return word in (member, f"{member}s") or verb_form
    # A short member starts a word only with an ending ("heads"), not with another word ("headcount").
    ending = len(word) - len(member)
    return (word.startswith(member) and (ending <= 3 or len(member) >= 6)) or word == f"{member}s"


def _scanned_expansions(word: str) -> tuple[str, ...]:
    """`expansions` as a scan of every glossary member (what its index must give), for the word, the word
    without chat's direction prefix ("reingesteckt": "gesteckt") and its participle's root ("steck")."""
    bare = _DIRECTED.sub("", word)
    root = participle_root(bare)  # not a glossary group: "abgeschlossen" is looked for as "abschloss" too
    keys = [word, *([bare] if bare != word else []), *([root] if root else [])]
    out = [word]
    for group in GLOSSARY:
        if any(_member(key, member) for key in keys for member in group if " " not in member):
            out.extend(m.rstrip("$") for m in group)
    # ... nor a strong verb's noun ("vollzogen": "vollzug")
    return tuple(dict.fromkeys([*out, root, *_ablauted(word)] if root else [*out, *_ablauted(word)]))


@settings(max_examples=500, deadline=None)
@given(term)
def test_the_glossary_index_finds_the_groups_a_scan_finds(question_word: str) -> None:
    assert expansions(question_word) == _scanned_expansions(question_word)


COMPANIES = [f"firma{d:05d}" for d in range(0, 2000, 7)] + [
    "openai",
    "oracle",
    "open ai group",
    "fortune labs",
]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="firma0123 ol", min_size=1, max_size=6))
def test_the_names_a_short_form_abbreviates_are_found_at_once(alias: str) -> None:
    one_by_one = [name for name in COMPANIES if len(alias) < len(name) and _abbreviates(alias, name)]
    assert _abbreviated(alias, COMPANIES) == one_by_one


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(st.integers(0, 10_000), st.sampled_from([0.5, 1.0, 1.5, 2.25, 3.0]), max_size=120),
    st.integers(1, 70),
)
def test_the_top_sentences_are_the_highest_and_ties_at_the_cut_do_not_depend_on_order(
    weights: dict[int, float], n: int
) -> None:
    top = _top(weights, n)
    if len(weights) <= n:
        assert top == set(weights)
        return
    cut = sorted(weights.values(), reverse=True)[n - 1]
    above = {k for k, w in weights.items() if w > cut}
    tied = sorted(k for k, w in weights.items() if w == cut)
    assert above <= top <= above | set(tied)
    # the tied ones all kept while there is room, else the lowest (the earliest sentences)
    kept = tied if len(above) + len(tied) <= TIED_ROOM * n else tied[: n - len(above)]
    assert top == above | set(kept)
    # ... the same whatever order the weights were handed over in
    assert _top(dict(reversed(list(weights.items()))), n) == top


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(st.integers(0, 300), st.sampled_from([0.5, 1.0, 1.5]), max_size=80),
    st.sets(st.integers(0, 300), max_size=120),
    st.sampled_from([0.25, 0.7, 1.3]),
)
def test_weights_added_at_once_are_those_added_one_by_one(
    weights: dict[int, float], pids: set[int], weight: float
) -> None:
    one_by_one = dict(weights)
    for pid in pids:
        one_by_one[pid] = one_by_one.get(pid, 0.0) + weight
    _add(weights, pids, weight)
    assert list(weights.items()) == list(one_by_one.items())  # the same weights, added in the same order


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet="abcdeäz", min_size=1, max_size=6), max_size=40, unique=True),
    st.text(alphabet="abcdeäz", min_size=1, max_size=6),
)
def test_the_word_list_finds_what_a_set_finds(listed: list[str], word: str) -> None:
    words = _WordList("\n".join(sorted(listed)))
    assert (word in words) == (word in set(listed))
    assert all(w in words for w in listed)
