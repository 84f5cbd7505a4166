"""Read a knowledge folder, validate all of it, and build a KnowledgeBase — or raise one KnowledgeError.

Layout: `deals.yaml`, `facts/*.yaml` (and/or `facts.yaml`), `documents/*.txt` with an optional
`documents/metadata.yaml`. Nothing is half-loaded: the first problem stops the whole load.
"""

from __future__ import annotations

import fnmatch
import hashlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TypeVar, get_args

import yaml
from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails
from rapidfuzz import fuzz, process

from bot.knowledge.base import Document, KnowledgeBase, Snippet
from bot.knowledge.compact import Sharer
from bot.knowledge.errors import KnowledgeError
from bot.knowledge.models import (
    Deal,
    DealsFile,
    DocumentMeta,
    DocumentsFile,
    Fact,
    FactsFile,
    normalize_space,
)
from bot.knowledge.quotes import figure_problem
from bot.knowledge.sentences import figure_snippets

M = TypeVar("M", bound=BaseModel)

# Limits that keep a reload quick and its errors clear (the shipped files are far below them).
MAX_YAML_BYTES = 1_000_000  # one YAML file; the largest shipped one has 24 kB
MAX_DOCUMENT_BYTES = 5_000_000  # one article
MAX_FACTS_PER_FILE = 1_000  # the largest shipped file has 25
MAX_STATEMENT_CHARS = 2_000  # per language; Discord shows an answer in a 4,096-character embed

_SUGGEST_SCORE = 70  # rapidfuzz ratio from which an unknown key is taken for a typo of a known one

_GERMAN_HINTS = (" der ", " die ", " und ", " das ", " ist ", " nicht ", " mit ", " für ")
_ENGLISH_HINTS = (" the ", " and ", " is ", " of ", " with ", " for ", " that ")


@dataclass
class ParseCache:
    """What earlier loads parsed, by file content: a reload still reads and cross-checks every file,
    but only re-parses and re-validates the files that changed (a 10,000-fact base reloads in time)."""

    models: dict[tuple[str, str], tuple[str, BaseModel]] = field(default_factory=dict)
    snippets: dict[str, tuple[str, list[Snippet]]] = field(default_factory=dict)
    checked: dict[str, tuple[str, str]] = field(default_factory=dict)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _read_text(path: Path, limit: int = MAX_YAML_BYTES) -> str:
    try:
        size = path.stat().st_size
        if size > limit:
            raise KnowledgeError(path, f"is {size:,} bytes, more than the limit of {limit:,}: split it")
        data = path.read_bytes()
    except OSError as exc:
        raise KnowledgeError(path, f"cannot be read ({exc.strerror or exc})") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise KnowledgeError(path, f"is not UTF-8 text (invalid byte at offset {exc.start})") from None


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError as exc:  # e.g. a parent folder without search permission
        raise KnowledgeError(path, f"cannot be read ({exc.strerror or exc})") from None


def _list_folder(folder: Path, pattern: str) -> list[Path]:
    """The files in `folder` matching `pattern`, sorted; a folder that cannot be listed is an error,
    never "empty" (Path.glob swallows the error and finds nothing)."""
    try:
        return sorted(p for p in folder.iterdir() if fnmatch.fnmatchcase(p.name, pattern))
    except NotADirectoryError:
        raise KnowledgeError(folder, "is not a folder") from None
    except OSError as exc:
        raise KnowledgeError(folder, f"folder cannot be read ({exc.strerror or exc})") from None


def _node_line(node: yaml.Node | None, loc: Sequence[int | str]) -> int | None:
    """The 1-based line of the YAML node at a pydantic error location, as near as the tree allows."""
    line = node.start_mark.line + 1 if node is not None else None
    for key in loc:
        mark = None
        if isinstance(node, yaml.MappingNode):  # the key's line: a block value starts on the next one
            found = next(((k, v) for k, v in node.value if getattr(k, "value", None) == str(key)), None)
            if found is not None:
                mark, node = found[0].start_mark, found[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
            mark = node.start_mark
        if mark is None:
            break
        line = mark.line + 1
    return line


def _describe_loc(data: Any, loc: Sequence[int | str]) -> str:
    """`facts[3] (id 'x').figure.value`: the path a human can find in the file."""
    parts: list[str] = []
    current = data
    for key in loc:
        if isinstance(key, int):
            parts.append(f"[{key}]")
            current = current[key] if isinstance(current, list) and key < len(current) else None
            if isinstance(current, dict) and isinstance(current.get("id"), str):
                parts.append(f" (id '{current['id']}')")
        else:
            parts.append(f".{key}" if parts else str(key))
            current = current.get(key) if isinstance(current, dict) else None
    return "".join(parts)


# libyaml's C parser when the wheel has it: ten times faster on a 10,000-fact base.
_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[misc]
    """The safe loader, refusing a key that appears twice in one mapping (YAML would keep the last)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[str, int] = {}
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                line = key_node.start_mark.line + 1
                if key_node.value in seen:
                    raise yaml.constructor.ConstructorError(
                        problem=f"duplicate key '{key_node.value}' (first on line {seen[key_node.value]})",
                        problem_mark=key_node.start_mark,
                    )
                seen[key_node.value] = line
        return super().construct_mapping(node, deep)  # type: ignore[no-any-return]


def load_yaml_model(path: Path, model: type[M], cache: ParseCache | None = None) -> M:
    text = _read_text(path)
    key = (str(path), model.__name__)
    digest = _digest(text) if cache is not None else ""
    if cache is not None and key in cache.models and cache.models[key][0] == digest:
        return cache.models[key][1]  # type: ignore[return-value]
    parsed = _parse_yaml_model(path, text, model)
    Sharer().model(parsed)
    if cache is not None:
        cache.models[key] = (digest, parsed)
    return parsed


def _parse_yaml_model(path: Path, text: str, model: type[M]) -> M:
    try:
        data = yaml.load(text, Loader=_Loader)  # a safe loader (C or Python)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise KnowledgeError(path, f"invalid YAML: {problem}", where) from None
    if data is None:
        data = {}
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors()
        # A misspelt key also makes the right one "missing": name the typo, it is the cause.
        error = next((e for e in errors if e["type"] == "extra_forbidden"), errors[0])
        loc = error["loc"]
        problem, explained = (
            _unknown_key(error, errors, model) if error["type"] == "extra_forbidden" else (error["msg"], 0)
        )
        line = _node_line(yaml.compose(text, Loader=_Loader), loc)  # only on error: it costs a second parse
        field = _describe_loc(data, loc) or "top level"
        where = f"line {line}, {field}" if line else field
        others = len(errors) - 1 - explained
        more = f" (and {others} more problems)" if others else ""
        raise KnowledgeError(path, f"{problem}{more}", where) from None


def _field_names(model: type[BaseModel]) -> set[str]:
    """Every key the model and the models inside it accept."""
    names: set[str] = set()
    todo: list[Any] = [model]
    seen: set[Any] = set()
    while todo:
        kind = todo.pop()
        if kind in seen:
            continue
        seen.add(kind)
        if isinstance(kind, type) and issubclass(kind, BaseModel):
            names.update(kind.model_fields)
            todo.extend(f.annotation for f in kind.model_fields.values())
        else:
            todo.extend(get_args(kind))
    return names


def _unknown_key(error: ErrorDetails, errors: list[ErrorDetails], model: type[BaseModel]) -> tuple[str, int]:
    """`unknown key 'statment' (did you mean 'statement'?)`, the missing keys beside it first; and how
    many of the other errors that explains (the suggested key's "Field required")."""
    key = str(error["loc"][-1])
    parent = error["loc"][:-1]
    missing = [str(e["loc"][-1]) for e in errors if e["type"] == "missing" and e["loc"][:-1] == parent]
    match = process.extractOne(
        key, missing or sorted(_field_names(model)), scorer=fuzz.ratio, score_cutoff=_SUGGEST_SCORE
    )
    if match is None:
        return f"unknown key '{key}'", 0
    return f"unknown key '{key}' (did you mean '{match[0]}'?)", int(match[0] in missing)


def _guess_language(text: str) -> str:
    sample = f" {text[:4000].lower()} "
    german = sum(sample.count(w) for w in _GERMAN_HINTS) + sum(sample.count(c) for c in "äöüß")
    english = sum(sample.count(w) for w in _ENGLISH_HINTS)
    return "en" if english > german else "de"


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")[:200]


# A date line in an article's head: "Veröffentlicht am\n2026/02/11", "Published: 11.02.2026".
_DATE_CUE = re.compile(r"(?:veröffentlicht|veroeffentlicht|published|erschienen|datum|date|stand)\b", re.I)
_ISO_LIKE = re.compile(r"\b(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})\b")
_GERMAN_DATE = re.compile(r"\b(\d{1,2})\s*\.\s*(\d{1,2})\s*\.\s*(\d{4})\b")
HEAD_LINES = 12  # a date line is in the head of an article, before its body


def _published_in(text: str) -> str | None:
    """The publication date an article's head gives next to a cue word, as an ISO date; else None (a
    date in the body is an event's, not the article's)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:HEAD_LINES]
    for i, line in enumerate(lines):
        if not (_DATE_CUE.search(line) or (i and _DATE_CUE.search(lines[i - 1]))):
            continue
        iso = _ISO_LIKE.search(line)
        german = _GERMAN_DATE.search(line)
        parts = (
            (iso.group(1), iso.group(2), iso.group(3))
            if iso
            else (german.group(3), german.group(2), german.group(1))
            if german
            else None
        )
        if parts is None:
            continue
        try:
            return date(int(parts[0]), int(parts[1]), int(parts[2])).isoformat()
        except ValueError:
            continue
    return None


def _load_documents(folder: Path, cache: ParseCache | None) -> dict[str, Document]:
    if not _exists(folder):
        raise KnowledgeError(folder, "folder of documents is missing")
    paths = _list_folder(folder, "*.txt")
    if not paths:
        raise KnowledgeError(folder, "holds no documents (*.txt)")
    meta_path = folder / "metadata.yaml"
    meta = load_yaml_model(meta_path, DocumentsFile, cache).documents if _exists(meta_path) else {}
    texts = {path.stem: _read_text(path, MAX_DOCUMENT_BYTES) for path in paths}
    for doc_id in meta:
        if doc_id not in texts:
            raise KnowledgeError(meta_path, f"names document '{doc_id}', which has no file {doc_id}.txt")
    documents = {}
    for doc_id, text in texts.items():
        if not text.strip():
            raise KnowledgeError(folder / f"{doc_id}.txt", "is empty")
        info = meta.get(doc_id, DocumentMeta())
        documents[doc_id] = Document(
            id=doc_id,
            title=info.title or _first_line(text),
            language=info.language or _guess_language(text),
            text=text,
            published=info.published or _published_in(text),
            source=info.source,
        )
    return documents


def _fact_files(root: Path) -> Iterator[Path]:
    single = root / "facts.yaml"
    if _exists(single):
        yield single
    folder = root / "facts"
    if _exists(folder):  # a missing folder gives no facts: the reload's removal check catches that
        yield from _list_folder(folder, "*.yaml")


def _load_deals(root: Path, cache: ParseCache | None) -> dict[str, Deal]:
    path = root / "deals.yaml"
    if not _exists(path):
        raise KnowledgeError(path, "is missing (it may list no deals: `deals: []`)")
    deals: dict[str, Deal] = {}
    for index, deal in enumerate(load_yaml_model(path, DealsFile, cache).deals):
        if deal.id in deals:
            raise KnowledgeError(path, f"deal id '{deal.id}' appears twice", f"deals[{index}]")
        deals[deal.id] = deal
    return deals


def _check_fact(
    fact: Fact, path: Path, deals: dict[str, Deal], documents: dict[str, Document], texts: dict[str, str]
) -> None:
    where = f"fact '{fact.id}'"
    for language, statement in (("de", fact.statement.de), ("en", fact.statement.en)):
        if len(statement) > MAX_STATEMENT_CHARS:
            raise KnowledgeError(
                path,
                f"statement.{language} has {len(statement):,} characters, more than {MAX_STATEMENT_CHARS:,}",
                where,
            )
    if fact.deal not in deals:
        raise KnowledgeError(path, f"names deal '{fact.deal}', which deals.yaml does not define", where)
    for citation in fact.citations:
        document = documents.get(citation.document)
        if document is None:
            raise KnowledgeError(path, f"cites document '{citation.document}', which does not exist", where)
        if citation.document not in texts:
            texts[citation.document] = normalize_space(document.text)
        if normalize_space(citation.quote) not in texts[citation.document]:
            raise KnowledgeError(
                path,
                f"quote is not verbatim in document '{citation.document}': {citation.quote[:80]!r}",
                where,
            )
    if fact.figure is not None:
        quotes = [(c.quote, documents[c.document].language) for c in fact.citations]
        problem = figure_problem(fact.figure, quotes)
        if problem is not None:
            raise KnowledgeError(path, problem, where)


def _load_facts(
    root: Path, deals: dict[str, Deal], documents: dict[str, Document], cache: ParseCache | None
) -> tuple[dict[str, Fact], dict[str, str]]:
    facts: dict[str, Fact] = {}
    origin: dict[str, Path] = {}
    texts: dict[str, str] = {}  # documents with whitespace folded, once each
    parsed_files = [(path, load_yaml_model(path, FactsFile, cache)) for path in _fact_files(root)]
    for path, parsed in parsed_files:  # a drafted facts file may bring its own deal
        for index, deal in enumerate(parsed.deals):
            if deal.id in deals:
                raise KnowledgeError(path, f"deal id '{deal.id}' is already defined", f"deals[{index}]")
            deals[deal.id] = deal
    context = _digest("\0".join(f"{d.id}:{d.fingerprint()}" for d in documents.values()) + "\0".join(deals))
    for path, parsed in parsed_files:
        if len(parsed.facts) > MAX_FACTS_PER_FILE:
            raise KnowledgeError(
                path,
                f"holds {len(parsed.facts):,} facts, more than the limit of {MAX_FACTS_PER_FILE:,}: split it",
            )
        stamp = (str(id(parsed)), context)
        unchanged = cache is not None and cache.checked.get(str(path)) == stamp
        for fact in parsed.facts:
            if fact.id in facts:
                raise KnowledgeError(path, f"fact id '{fact.id}' is already used in {origin[fact.id].name}")
            if not unchanged:
                _check_fact(fact, path, deals, documents, texts)
            facts[fact.id] = fact
            origin[fact.id] = path
        if cache is not None:
            cache.checked[str(path)] = stamp
    files = {path: path.relative_to(root).as_posix() for path in set(origin.values())}  # one string each
    return facts, {fact_id: files[path] for fact_id, path in origin.items()}


def _document_snippets(document: Document, cache: ParseCache | None) -> list[Snippet]:
    if cache is None:
        return figure_snippets(document.id, document.text, document.language)
    digest = document.fingerprint()
    cached = cache.snippets.get(document.id)
    if cached is None or cached[0] != digest:
        cached = (digest, figure_snippets(document.id, document.text, document.language))
        cache.snippets[document.id] = cached
    return cached[1]


def load_knowledge(root: Path, cache: ParseCache | None = None) -> KnowledgeBase:
    """Validate everything under `root`; any problem raises KnowledgeError naming file and place."""
    if not _exists(root) or not root.is_dir():
        raise KnowledgeError(root, "knowledge folder does not exist")
    documents = _load_documents(root / "documents", cache)
    deals = _load_deals(root, cache)
    facts, origins = _load_facts(root, deals, documents, cache)
    snippets: list[Snippet] = []
    for document in documents.values():
        snippets.extend(_document_snippets(document, cache))
    return KnowledgeBase(
        documents=documents, deals=deals, facts=facts, snippets=tuple(snippets), origins=origins
    )
