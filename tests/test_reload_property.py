"""Property: no random damage to the knowledge folder makes a reload lose facts silently or state a figure
its quote does not carry.

A copy of the shipped knowledge is damaged at random (a key deleted, a type, value, unit, qualifier or
quote changed, an id duplicated, a file truncated or deleted, a folder dropped). Then the reload either

- succeeds: what is live equals a fresh load of the files, the database holds the same, every figure's
  value, unit and qualifier stand in one of its quotes, and every quote is verbatim in its document; the
  baseline question is answered as a fresh start from these files answers it, and once the files are
  restored, exactly as before; or
- fails with one line that names a file or folder of the knowledge (KnowledgeError, RemovalRefused), the
  old facts stay live, and the baseline question is answered exactly as before.

Bounded (40 examples, no deadline): most damage fails fast, a successful one costs two reloads.
"""

from __future__ import annotations

import asyncio
import copy
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st

from bot.answer import Answer
from bot.engine.engine import Engine
from bot.knowledge.base import KnowledgeBase
from bot.knowledge.errors import KnowledgeError
from bot.knowledge.loader import load_knowledge
from bot.knowledge.models import Qualifier, Unit, normalize_space
from bot.knowledge.quotes import figure_problem
from bot.service import KnowledgeService
from bot.settings import Settings
from bot.store import Store

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"
BASELINE_Q = "Wie viel investiert Nvidia in OpenAI?"
YAML_FILES = sorted(
    p.relative_to(KNOWLEDGE).as_posix()
    for p in [KNOWLEDGE / "deals.yaml", *KNOWLEDGE.glob("documents/*.yaml"), *KNOWLEDGE.glob("facts/*.yaml")]
)
FACT_FILES = [name for name in YAML_FILES if name.startswith("facts/")]
ALL_FILES = sorted(p.relative_to(KNOWLEDGE).as_posix() for p in KNOWLEDGE.rglob("*") if p.is_file())
PRISTINE: dict[str, Any] = {
    name: yaml.safe_load((KNOWLEDGE / name).read_text(encoding="utf-8")) for name in YAML_FILES
}

Path_ = tuple[str | int, ...]


def _nodes(data: Any, prefix: Path_ = ()) -> Iterator[Path_]:
    """The path of every node of a YAML tree, the root first."""
    yield prefix
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _nodes(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _nodes(value, (*prefix, index))


def _get(data: Any, path: Path_) -> Any:
    for key in path:
        data = data[key]
    return data


def _set(data: Any, path: Path_, value: Any) -> Any:
    """`data` with the node at `path` replaced (the root itself when `path` is empty)."""
    if not path:
        return value
    _get(data, path[:-1])[path[-1]] = value
    return data


ANY_VALUE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**18), max_value=10**18),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.lists(st.integers(min_value=0, max_value=9), max_size=3),
    st.dictionaries(st.sampled_from(["id", "value", "x"]), st.integers(min_value=0, max_value=9), max_size=2),
)


@dataclass
class Damage:
    """One random change to the knowledge folder."""

    kind: str
    file: str
    path: Path_ = ()
    value: Any = None

    def apply(self, root: Path) -> None:
        target = root / self.file
        if self.kind == "drop folder":
            shutil.rmtree(target)
        elif self.kind == "delete file":
            target.unlink()
        elif self.kind == "truncate file":
            target.write_bytes(target.read_bytes()[: int(self.value)])
        elif self.kind == "duplicate id":
            source_file, index = self.value
            data = yaml.safe_load(target.read_text(encoding="utf-8"))
            duplicate = copy.deepcopy(PRISTINE[source_file]["facts"][index])
            data["facts"].append(duplicate)
            _dump(target, data)
        else:
            data = copy.deepcopy(PRISTINE[self.file])
            if self.kind == "delete key":
                del _get(data, self.path[:-1])[self.path[-1]]
            else:
                data = _set(data, self.path, self.value)
            _dump(target, data)


def _dump(path: Path, data: Any) -> None:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000), encoding="utf-8")


def _paths_ending(name: str) -> list[tuple[str, Path_]]:
    return [
        (file, path) for file in YAML_FILES for path in _nodes(PRISTINE[file]) if path and path[-1] == name
    ]


FIGURES = _paths_ending("figure")
QUOTES = _paths_ending("quote")
ALL_QUOTES = [_get(PRISTINE[file], path) for file, path in QUOTES]


@st.composite
def _yaml_node(draw: st.DrawFn, keyed: bool = False) -> tuple[str, Path_]:
    file = draw(st.sampled_from(YAML_FILES))
    paths = [p for p in _nodes(PRISTINE[file]) if not keyed or (p and isinstance(p[-1], str))]
    return file, draw(st.sampled_from(paths))


def _changed_quote(draw: st.DrawFn, quote: str) -> str:
    how = draw(st.sampled_from(["another quote", "digit", "cut", "text"]))
    if how == "another quote":
        return draw(st.sampled_from(ALL_QUOTES))
    if how == "digit":
        digits = [i for i, c in enumerate(quote) if c.isdigit()]
        if digits:
            at = draw(st.sampled_from(digits))
            return quote[:at] + draw(st.sampled_from("0123456789")) + quote[at + 1 :]
    if how == "cut":
        return quote[: draw(st.integers(min_value=0, max_value=len(quote)))]
    return draw(st.text(min_size=0, max_size=60))


@st.composite
def damages(draw: st.DrawFn) -> Damage:
    kind = draw(
        st.sampled_from(
            [
                "delete key",
                "change type",
                "change value",
                "change unit",
                "change qualifier",
                "change quote",
                "duplicate id",
                "truncate file",
                "delete file",
                "drop folder",
            ]
        )
    )
    if kind == "delete key":
        file, path = draw(_yaml_node(keyed=True))
        return Damage(kind, file, path)
    if kind in ("change type", "change value"):
        file, path = draw(_yaml_node())
        old = _get(PRISTINE[file], path)
        if kind == "change value" and isinstance(old, bool):
            new: Any = not old
        elif kind == "change value" and isinstance(old, int | float):
            new = draw(
                st.one_of(
                    st.sampled_from([old * 10, old / 1000, old + 1, -old, 0, 1e400]),
                    st.floats(allow_nan=True, allow_infinity=True),
                )
            )
        elif kind == "change value" and isinstance(old, str):
            new = _changed_quote(draw, old)
        else:
            new = draw(ANY_VALUE.filter(lambda v: type(v) is not type(old)))
        return Damage(kind, file, path, new)
    if kind in ("change unit", "change qualifier"):
        file, path = draw(st.sampled_from(FIGURES))
        key = "unit" if kind == "change unit" else "qualifier"
        choices = [u.value for u in Unit] if key == "unit" else [q.value for q in Qualifier]
        value = draw(st.sampled_from([*choices, "Dollar", "approx", ""]))
        return Damage("change value", file, (*path, key), value)
    if kind == "change quote":
        file, path = draw(st.sampled_from(QUOTES))
        return Damage("change value", file, path, _changed_quote(draw, _get(PRISTINE[file], path)))
    if kind == "duplicate id":
        source = draw(st.sampled_from(FACT_FILES))
        index = draw(st.integers(min_value=0, max_value=len(PRISTINE[source]["facts"]) - 1))
        return Damage(kind, draw(st.sampled_from(FACT_FILES)), value=(source, index))
    if kind == "drop folder":
        return Damage(kind, draw(st.sampled_from(["facts", "documents"])))
    file = draw(st.sampled_from(ALL_FILES))
    if kind == "truncate file":
        size = (KNOWLEDGE / file).stat().st_size
        return Damage(kind, file, value=draw(st.integers(min_value=0, max_value=size - 1)))
    return Damage(kind, file)


def _check_figures_and_quotes(kb: KnowledgeBase) -> None:
    for fact in kb.facts.values():
        for citation in fact.citations:
            text = normalize_space(kb.documents[citation.document].text)
            assert normalize_space(citation.quote) in text, (fact.id, citation.quote)
        if fact.figure is not None:
            quotes = [(c.quote, kb.documents[c.document].language) for c in fact.citations]
            assert figure_problem(fact.figure, quotes) is None, (fact.id, fact.figure)


async def _stored(db: Path) -> KnowledgeBase:
    store = await Store.open(db)
    try:
        return await store.load()
    finally:
        await store.close()


def _restore(root: Path) -> None:
    shutil.rmtree(root)
    shutil.copytree(KNOWLEDGE, root)


def test_random_damage_never_loses_facts_silently_nor_states_an_unquoted_figure(tmp_path: Path) -> None:
    root, db = tmp_path / "knowledge", tmp_path / "db.sqlite3"
    shutil.copytree(KNOWLEDGE, root)
    config = Settings(_env_file=None, knowledge_dir=root, database_path=db, discord_token=None)
    with asyncio.Runner() as runner:
        service = runner.run(KnowledgeService.open(config))
        try:
            baseline: Answer = service.ask(BASELINE_Q)
            assert baseline.answered, baseline

            @settings(
                max_examples=40,
                deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
            )
            @given(damage=damages())
            def check(damage: Damage) -> None:
                _restore(root)
                live = service.kb
                damage.apply(root)
                try:
                    runner.run(service.reload())
                except KnowledgeError as exc:
                    message = str(exc)
                    note(f"refused: {message}")
                    assert "\n" not in message and exc.path is not None
                    assert Path(exc.path).is_relative_to(root), message
                    assert message.startswith(exc.path)
                    assert service.kb is live
                    assert service.ask(BASELINE_Q) == baseline
                    return
                note("accepted")
                fresh = load_knowledge(root)
                assert service.kb == fresh
                assert runner.run(_stored(db)) == fresh
                _check_figures_and_quotes(service.kb)
                assert service.ask(BASELINE_Q) == Engine(fresh).ask(BASELINE_Q)
                _restore(root)
                runner.run(service.reload(allow_removals=True))
                assert service.ask(BASELINE_Q) == baseline

            check()
        finally:
            runner.run(service.close())
