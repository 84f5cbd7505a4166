"""The shipped knowledge folder is consistent, and the loader names file, line and field when it is not."""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.knowledge.base import KnowledgeBase
from bot.knowledge.errors import KnowledgeError
from bot.knowledge.loader import (
    MAX_DOCUMENT_BYTES,
    MAX_FACTS_PER_FILE,
    MAX_STATEMENT_CHARS,
    MAX_YAML_BYTES,
    load_knowledge,
)
from bot.knowledge.models import Figure, Qualifier, Unit, normalize_space
from bot.knowledge.numbers import mentions_value
from bot.knowledge.quotes import UNIT_WORDS, UNITS_WITHOUT_WORD, figure_problem

REPO = Path(__file__).resolve().parent.parent
KNOWLEDGE = REPO / "knowledge"


# ---------------------------------------------------------------------------- the shipped files


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge(KNOWLEDGE)


def _raw_facts() -> list[tuple[Path, dict[str, Any]]]:
    """Every fact as written in the YAML, with its file (before the loader could dedupe anything)."""
    out: list[tuple[Path, dict[str, Any]]] = []
    paths = sorted((KNOWLEDGE / "facts").glob("*.yaml"))
    if (KNOWLEDGE / "facts.yaml").exists():
        paths.insert(0, KNOWLEDGE / "facts.yaml")
    for path in paths:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        out.extend((path, fact) for fact in data.get("facts") or [])
    return out


def test_shipped_knowledge_loads(kb: KnowledgeBase) -> None:
    counts = kb.counts()
    assert counts["documents"] == 5
    assert counts["facts"] >= 60
    assert counts["deals"] >= 1
    assert counts["snippets"] >= 1


def test_every_quote_is_verbatim_in_its_document(kb: KnowledgeBase) -> None:
    texts = {doc_id: normalize_space(doc.text) for doc_id, doc in kb.documents.items()}
    missing = [
        (fact.id, c.document, c.quote)
        for fact in kb.facts.values()
        for c in fact.citations
        if normalize_space(c.quote) not in texts.get(c.document, "")
    ]
    assert missing == []


def test_every_fact_names_an_existing_deal_and_cites_existing_documents(kb: KnowledgeBase) -> None:
    on_disk = {p.stem for p in (KNOWLEDGE / "documents").glob("*.txt")}
    assert set(kb.documents) == on_disk
    for fact in kb.facts.values():
        assert fact.deal in kb.deals, fact.id
        for citation in fact.citations:
            assert citation.document in on_disk, (fact.id, citation.document)


def test_ids_are_unique_in_the_files() -> None:
    fact_ids = Counter(fact["id"] for _, fact in _raw_facts())
    assert [i for i, n in fact_ids.items() if n > 1] == []
    deals = yaml.safe_load((KNOWLEDGE / "deals.yaml").read_text(encoding="utf-8"))["deals"]
    deal_ids = Counter(deal["id"] for deal in deals)
    assert [i for i, n in deal_ids.items() if n > 1] == []


def test_loaded_facts_are_all_the_facts_in_the_files(kb: KnowledgeBase) -> None:
    assert sorted(kb.facts) == sorted(fact["id"] for _, fact in _raw_facts())


def test_every_figure_value_appears_in_one_of_its_quotes(kb: KnowledgeBase) -> None:
    bad = []
    for fact in kb.facts.values():
        if fact.figure is None:
            continue
        if not any(
            mentions_value(c.quote, fact.figure.value, kb.documents[c.document].language)
            for c in fact.citations
        ):
            bad.append((fact.id, fact.figure.value))
    assert bad == []


def test_every_deal_has_a_fact(kb: KnowledgeBase) -> None:
    with_facts = {fact.deal for fact in kb.facts.values()}
    assert [deal for deal in kb.deals if deal not in with_facts] == []


def test_stargate_conflict_is_recorded_with_both_values(kb: KnowledgeBase) -> None:
    groups: dict[str, list[float]] = {}
    for fact in kb.facts.values():
        if fact.deal == "stargate" and fact.conflict and fact.figure is not None:
            groups.setdefault(fact.conflict, []).append(fact.figure.value)
    matching = [
        key
        for key, values in groups.items()
        if len(values) >= 2 and 500e9 in values and 5000e9 in values  # 500 vs 5000 Mrd. US-Dollar
    ]
    assert matching, groups


def test_every_document_has_a_metadata_title() -> None:
    meta = yaml.safe_load((KNOWLEDGE / "documents" / "metadata.yaml").read_text(encoding="utf-8"))
    documents = meta["documents"]
    for path in sorted((KNOWLEDGE / "documents").glob("*.txt")):
        entry = documents.get(path.stem)
        assert entry is not None, f"{path.name} has no entry in metadata.yaml"
        assert isinstance(entry.get("title"), str) and entry["title"].strip(), path.name


def test_loaded_titles_are_the_metadata_titles(kb: KnowledgeBase) -> None:
    meta = yaml.safe_load((KNOWLEDGE / "documents" / "metadata.yaml").read_text(encoding="utf-8"))
    for doc_id, entry in meta["documents"].items():
        assert kb.documents[doc_id].title == entry["title"]


# ---------------------------------------------------------------------------- loader error messages


def _replace_once(path: Path, old: str, new: str) -> int:
    """Replace the first `old` in `path`; return the 1-based line where it started."""
    text = path.read_text(encoding="utf-8")
    index = text.find(old)
    assert index >= 0, f"{old!r} not in {path}"
    path.write_text(text[:index] + new + text[index + len(old) :], encoding="utf-8")
    return text.count("\n", 0, index) + 1


def _error(root: Path) -> KnowledgeError:
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(root)
    return caught.value


def test_copy_of_shipped_knowledge_loads(root: Path) -> None:
    assert load_knowledge(root).counts() == load_knowledge(KNOWLEDGE).counts()


def test_invalid_yaml_names_file_and_line(root: Path) -> None:
    path = root / "facts" / "stargate.yaml"
    line = _replace_once(path, "    deal: stargate\n", "\tdeal: stargate\n")
    error = _error(root)
    message = str(error)
    assert str(path) in message
    assert f"line {line}," in message
    assert "YAML" in message


def test_invalid_yaml_in_deals_names_file_and_line(root: Path) -> None:
    path = root / "deals.yaml"
    line = _replace_once(path, "    parties: [NVIDIA, OpenAI]", "    parties: [NVIDIA, OpenAI")
    message = str(_error(root))
    assert str(path) in message
    assert re.search(r"line \d+", message)
    found = int(re.search(r"line (\d+)", message).group(1))  # type: ignore[union-attr]
    assert line <= found <= line + 1  # libyaml notices the missing `]` on the broken or the next line


def test_schema_error_names_file_line_and_field(root: Path) -> None:
    path = root / "facts" / "stargate.yaml"
    line = _replace_once(path, "unit: USD}", "unit: furlongs}")
    message = str(_error(root))
    assert str(path) in message
    assert f"line {line}," in message
    assert "facts[0]" in message
    assert "stargate-investment-500bn" in message
    assert "figure.unit" in message


def test_schema_error_missing_field_names_the_fact(root: Path) -> None:
    path = root / "facts" / "openai-amd.yaml"
    _replace_once(path, "    attribute: investment\n", "")
    message = str(_error(root))
    assert str(path) in message
    assert "facts[1]" in message
    assert "attribute" in message
    assert re.search(r"line \d+", message)


def test_quote_not_in_document(root: Path) -> None:
    path = root / "facts" / "stargate.yaml"
    _replace_once(
        path,
        "500 Milliarden US-Dollar Investitionsziel in KI in den USA",
        "500 Milliarden US-Dollar Investitionsziel in KI in Europa",
    )
    message = str(_error(root))
    assert str(path) in message
    assert "stargate-investment-500bn" in message
    assert "not verbatim" in message
    assert "004_050cbe1cbefe3cc9" in message


def test_quote_check_folds_whitespace(root: Path) -> None:
    path = root / "facts" / "stargate.yaml"
    _replace_once(
        path,
        "500 Milliarden US-Dollar Investitionsziel in KI in den USA",
        "500   Milliarden US-Dollar\\nInvestitionsziel in KI in den USA",
    )
    assert len(load_knowledge(root).facts) == len(load_knowledge(KNOWLEDGE).facts)


def test_fact_citing_missing_document(root: Path) -> None:
    path = root / "facts" / "stargate.yaml"
    _replace_once(path, "document: 004_050cbe1cbefe3cc9", "document: 999_not_there")
    message = str(_error(root))
    assert str(path) in message
    assert "999_not_there" in message
    assert "stargate-investment-500bn" in message


def test_fact_naming_unknown_deal(root: Path) -> None:
    path = root / "facts" / "openai-amd.yaml"
    _replace_once(path, "deal: openai-amd", "deal: openai-intel")
    message = str(_error(root))
    assert str(path) in message
    assert "openai-intel" in message
    assert "openai-amd-agreement" in message


def test_an_alias_of_a_company_that_is_no_party(root: Path) -> None:
    path = root / "deals.yaml"
    _replace_once(path, "      Broadcom: [avgo]", "      Intel: [intc]")
    message = str(_error(root))
    assert str(path) in message and "Intel" in message and "not among the parties" in message


def test_duplicate_fact_id_across_two_files(root: Path) -> None:
    first = root / "facts" / "openai-amd.yaml"
    second = root / "facts" / "zz-copy.yaml"
    second.write_text(first.read_text(encoding="utf-8"), encoding="utf-8")
    message = str(_error(root))
    assert str(second) in message
    assert "openai-amd-agreement" in message
    assert first.name in message


def test_duplicate_deal_id(root: Path) -> None:
    path = root / "deals.yaml"
    _replace_once(path, "  - id: openai-coreweave", "  - id: stargate")
    message = str(_error(root))
    assert str(path) in message
    assert "stargate" in message


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read a file with mode 000")
def test_unreadable_file(root: Path) -> None:
    path = root / "facts" / "stargate.yaml"
    path.chmod(0)
    try:
        message = str(_error(root))
    finally:
        path.chmod(0o644)
    assert str(path) in message
    assert "cannot be read" in message


def test_unreadable_file_even_as_root(root: Path) -> None:
    """A directory where a fact file should be: read_bytes fails for root too."""
    path = root / "facts" / "zz-folder.yaml"
    path.mkdir()
    message = str(_error(root))
    assert str(path) in message
    assert "cannot be read" in message


def test_non_utf8_document(root: Path) -> None:
    path = root / "documents" / "005_latin1.txt"
    path.write_bytes("Über 100 Milliarden US-Dollar für Rechenzentren.".encode("latin-1"))
    message = str(_error(root))
    assert str(path) in message
    assert "UTF-8" in message


def test_non_utf8_facts_file(root: Path) -> None:
    path = root / "facts" / "openai-amd.yaml"
    path.write_bytes(b"# Gr\xfc\xdfe (Latin-1)\n" + path.read_bytes())
    message = str(_error(root))
    assert str(path) in message
    assert "UTF-8" in message


def test_empty_documents_folder(root: Path) -> None:
    folder = root / "documents"
    for path in folder.glob("*.txt"):
        path.unlink()
    message = str(_error(root))
    assert str(folder) in message
    assert "no documents" in message


def test_empty_document(root: Path) -> None:
    path = root / "documents" / "005_empty.txt"
    path.write_text("  \n\n", encoding="utf-8")
    message = str(_error(root))
    assert str(path) in message
    assert "empty" in message


def test_metadata_for_missing_document(root: Path) -> None:
    (root / "documents" / "000_7aba64d897c7eb59.txt").unlink()
    message = str(_error(root))
    assert str(root / "documents" / "metadata.yaml") in message
    assert "000_7aba64d897c7eb59" in message


def test_missing_deals_yaml(root: Path) -> None:
    path = root / "deals.yaml"
    path.unlink()
    message = str(_error(root))
    assert str(path) in message
    assert "missing" in message


def test_missing_knowledge_folder(tmp_path: Path) -> None:
    message = str(_error(tmp_path / "nowhere"))
    assert str(tmp_path / "nowhere") in message


def test_figure_value_not_in_quote(root: Path) -> None:
    path = root / "facts" / "stargate.yaml"
    _replace_once(path, "value: 500000000000,", "value: 600000000000,")
    message = str(_error(root))
    assert str(path) in message
    assert "stargate-investment-500bn" in message
    assert "6e+11" in message


@pytest.mark.parametrize("value", ["1e400", "-1e400", ".inf", ".nan"])
def test_non_finite_value_names_file_and_line(root: Path, value: str) -> None:
    path = root / "facts" / "stargate.yaml"
    line = _replace_once(path, "value: 500000000000,", f"value: {value},")
    message = str(_error(root))
    assert message.startswith(f"{path}, line {line}, facts[0] (id 'stargate-investment-500bn').figure")
    assert "finite" in message


def test_value_outside_the_range_of_its_unit(root: Path) -> None:
    path = root / "facts" / "nvidia-openai.yaml"
    line = _replace_once(
        path, "value: 10, unit: GW, qualifier: at_least", "value: 1e7, unit: GW, qualifier: at_least"
    )
    message = str(_error(root))
    assert message.startswith(f"{path}, line {line},")
    assert "outside the range for GW" in message


@pytest.mark.parametrize(
    ("name", "first", "second"),
    [
        (
            "facts/stargate.yaml",
            "    figure: {value: 500000000000, unit: USD}\n",
            "    figure: {value: 6, unit: GW}\n",
        ),
        ("deals.yaml", "    parties: [NVIDIA, OpenAI]\n", "    parties: [NVIDIA]\n"),
        ("documents/metadata.yaml", "    language: de\n", "    language: en\n"),
    ],
    ids=["figure-twice", "deal-key-twice", "metadata-key-twice"],
)
def test_duplicate_key_names_file_and_line(root: Path, name: str, first: str, second: str) -> None:
    path = root / name
    line = _replace_once(path, first, first + second)
    key = first.split(":")[0].strip()
    message = str(_error(root))
    assert message.startswith(f"{path}, line {line + first.count(chr(10))},")
    assert f"duplicate key '{key}' (first on line {line})" in message


@pytest.mark.parametrize(
    ("name", "key", "typo", "message"),
    [
        (
            "facts/stargate.yaml",
            "statement",
            "statment",
            "unknown key 'statment' (did you mean 'statement'?)",
        ),
        (
            "facts/nvidia-openai.yaml",
            "keywords",
            "keywrods",
            "unknown key 'keywrods' (did you mean 'keywords'?)",
        ),
        ("deals.yaml", "aliases", "alias", "unknown key 'alias' (did you mean 'aliases'?)"),
        ("facts/stargate.yaml", "headline", "zzz", "unknown key 'zzz'"),
    ],
)
def test_misspelt_key_is_named_with_the_close_one(
    root: Path, name: str, key: str, typo: str, message: str
) -> None:
    path = root / name
    line = _replace_once(path, f"    {key}:", f"    {typo}:")
    text = str(_error(root))
    assert text.startswith(f"{path}, line {line},")
    assert text.endswith(message)  # the "Field required" of the right key is explained, not counted


def test_duplicate_top_level_key(root: Path) -> None:
    path = root / "facts" / "stargate.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "facts: []\n", encoding="utf-8")  # would silently drop every fact above
    message = str(_error(root))
    assert message.startswith(f"{path}, line {text.count(chr(10)) + 1},")
    assert "duplicate key 'facts' (first on line" in message


# (file, figure as shipped, figure as broken, what the message must say)
FIGURE_MISMATCHES = {
    "gw-on-a-dollar-amount": (
        "nvidia-openai.yaml",
        "{value: 100000000000, unit: USD, qualifier: up_to}",
        "{value: 100000000000, unit: GW, qualifier: at_least}",
        "outside the range for GW",
    ),
    "percent-on-gigawatt": (
        "stargate.yaml",
        "{value: 4.5, unit: GW, qualifier: up_to}",
        "{value: 4.5, unit: percent, qualifier: up_to}",
        "figure unit percent is not what its quotes name next to 4.5 (GW)",
    ),
    "gpu-on-gigawatt-of-accelerators": (  # "10 Gigawatt an KI-Beschleunigern": the first unit word counts
        "openai-broadcom.yaml",
        "{value: 10, unit: GW, qualifier: up_to}",
        "{value: 10, unit: GPU, qualifier: up_to}",
        "figure unit GPU is not what its quotes name next to 10 (GW)",
    ),
    "count-on-jobs": (
        "stargate.yaml",
        "{value: 100000, unit: jobs, qualifier: more_than}",
        "{value: 100000, unit: count, qualifier: more_than}",
        "figure unit count is not what its quotes name next to 100000 (jobs)",
    ),
    "at-least-on-up-to": (
        "nvidia-openai.yaml",
        "{value: 100000000000, unit: USD, qualifier: up_to}",
        "{value: 100000000000, unit: USD, qualifier: at_least}",
        "figure qualifier at_least has no word like 'mindestens'",
    ),
    "about-on-more-than": (
        "stargate.yaml",
        "{value: 100000, unit: jobs, qualifier: more_than}",
        "{value: 100000, unit: jobs, qualifier: about}",
        "figure qualifier about has no word like 'rund'",
    ),
    "exact-on-up-to": (
        "stargate.yaml",
        "{value: 5000000000000, unit: USD, qualifier: up_to}",
        "{value: 5000000000000, unit: USD}",
        "figure 5e+12 USD is exact, but its quotes qualify it",
    ),
}


@pytest.mark.parametrize("case", sorted(FIGURE_MISMATCHES))
def test_unit_and_qualifier_must_be_in_the_quote(root: Path, case: str) -> None:
    name, shipped, broken, expected = FIGURE_MISMATCHES[case]
    path = root / "facts" / name
    _replace_once(path, f"figure: {shipped}", f"figure: {broken}")
    message = str(_error(root))
    assert message.startswith(str(path))
    assert expected in message


def test_every_unit_has_words_to_check_it_against_the_quote() -> None:
    missing = [u.value for u in Unit if u.value not in UNIT_WORDS and u.value not in UNITS_WITHOUT_WORD]
    assert missing == [], "add the words that name these units to bot/knowledge/quotes.py UNIT_WORDS"


@pytest.mark.parametrize(
    ("quote", "language", "figure", "carried"),
    [
        ("Nvidia will invest up to $100 billion in OpenAI", "en", (100e9, "USD", "up_to"), True),
        ("Nvidia will invest up to $100 billion in OpenAI", "en", (100e9, "USD", "about"), False),
        ("at least 10 GW of capacity", "en", (10, "GW", "at_least"), True),
        ("10 Gigawatt oder mehr sollen es werden", "de", (10, "GW", "at_least"), True),
        ("rund 3,59 Billionen Yuan", "de", (3.59e12, "CNY", "about"), True),
        ("rund 3,59 Billionen Yuan", "de", (3.59e12, "USD", "about"), False),
        (
            "bis zu 5000 Milliarden US-Dollar (was etwa 3,59 Billionen Yuan)",
            "de",
            (5e12, "CNY", "up_to"),
            False,
        ),
        ("Die Aktie stieg um mehr als 4 Prozent", "de", (4, "percent", "more_than"), True),
        ("in der zweiten Hälfte 2026", "de", (2026, "year", "exact"), True),
    ],
)
def test_figure_problem(quote: str, language: str, figure: tuple[float, str, str], carried: bool) -> None:
    value, unit, qualifier = figure
    problem = figure_problem(
        Figure(value=value, unit=Unit(unit), qualifier=Qualifier(qualifier)), [(quote, language)]
    )
    assert (problem is None) is carried, problem


# ---------------------------------------------------------------------------- limits


def test_facts_file_over_the_size_limit(root: Path) -> None:
    path = root / "facts" / "stargate.yaml"
    with path.open("a", encoding="utf-8") as handle:
        handle.write("# padding\n" * (MAX_YAML_BYTES // 10 + 1))
    message = str(_error(root))
    assert message.startswith(str(path))
    assert f"more than the limit of {MAX_YAML_BYTES:,}" in message


def test_document_over_the_size_limit(root: Path) -> None:
    path = root / "documents" / "005_huge.txt"
    path.write_text("Ein sehr langer Artikel. " * (MAX_DOCUMENT_BYTES // 25 + 1), encoding="utf-8")
    message = str(_error(root))
    assert message.startswith(str(path))
    assert f"more than the limit of {MAX_DOCUMENT_BYTES:,}" in message


def test_statement_over_the_length_limit(root: Path) -> None:
    path = root / "facts" / "openai-amd.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["facts"][1]["statement"]["en"] = "word " * (MAX_STATEMENT_CHARS // 5 + 1)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    message = str(_error(root))
    assert message.startswith(f"{path}, fact '{data['facts'][1]['id']}': statement.en has")
    assert f"more than {MAX_STATEMENT_CHARS:,}" in message


def test_facts_file_over_the_facts_limit(root: Path) -> None:
    path = root / "facts" / "zz-many.yaml"
    fact = {
        "deal": "stargate",
        "attribute": "partners",
        "statement": {"de": "Ein Testfakt.", "en": "A test fact."},
        "citations": [
            {"document": "004_050cbe1cbefe3cc9", "quote": "500 Milliarden US-Dollar Investitionsziel"}
        ],
    }
    facts = [{"id": f"zz-many-{i}", **fact} for i in range(MAX_FACTS_PER_FILE + 1)]
    path.write_text(yaml.safe_dump({"facts": facts}), encoding="utf-8")
    message = str(_error(root))
    assert message.startswith(str(path))
    assert f"holds {MAX_FACTS_PER_FILE + 1:,} facts, more than the limit of {MAX_FACTS_PER_FILE:,}" in message


BREAKS: dict[str, Callable[[Path], Path]] = {}


def _break(name: str) -> Callable[[Callable[[Path], Path]], Callable[[Path], Path]]:
    def register(fn: Callable[[Path], Path]) -> Callable[[Path], Path]:
        BREAKS[name] = fn
        return fn

    return register


@_break("yaml")
def _b_yaml(root: Path) -> Path:
    path = root / "facts" / "openai-gpus.yaml"
    _replace_once(path, "facts:\n", "facts:\n  - id: [oops\n")
    return path


@_break("schema")
def _b_schema(root: Path) -> Path:
    path = root / "facts" / "nvidia-openai.yaml"
    _replace_once(path, "unit: USD", "unit: furlongs")
    return path


@_break("quote")
def _b_quote(root: Path) -> Path:
    path = root / "facts" / "openai-amd.yaml"
    _replace_once(path, 'eine milliardenschwere Vereinbarung mit AMD"', 'eine billige Vereinbarung mit AMD"')
    return path


@_break("deal")
def _b_deal(root: Path) -> Path:
    path = root / "facts" / "openai-coreweave.yaml"
    _replace_once(path, "deal: openai-coreweave", "deal: openai-nobody")
    return path


@pytest.mark.parametrize("name", sorted(BREAKS))
def test_knowledge_error_is_one_exception_with_path(root: Path, name: str) -> None:
    """Every break gives a KnowledgeError whose .path is the broken file and whose str() starts with it."""
    path = BREAKS[name](root)
    error = _error(root)
    assert error.path == str(path)
    assert str(error).startswith(str(path))
    assert "\n" not in str(error)
