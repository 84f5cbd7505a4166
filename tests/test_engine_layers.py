"""The engine is a pipeline: every module of bot/engine imports only from its own stage or the stages
before it (parse → retrieve → decide → render), and no module imports another in a cycle."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ENGINE = Path(__file__).resolve().parent.parent / "bot" / "engine"

# In pipeline order; a module may import from its own group and every group before it.
LAYERS: tuple[tuple[str, frozenset[str]], ...] = (
    (
        "lower layer",  # words, weights, the curated-fact index and the sentence-reading path
        frozenset(
            {
                "text",
                "lexicon",
                "weights",
                "formatting",
                "conversion",
                "index",
                "translations",
                "names",
                "passages",
                "payment",
                "foreign",
                "asked",
                "wordhits",
                "reading",
            }
        ),
    ),
    ("parse", frozenset({"query", "described", "pointed", "parse"})),
    ("retrieve", frozenset({"scoring", "retrieve"})),
    ("decide", frozenset({"suggestions", "evidence", "decisions", "decide"})),
    ("render", frozenset({"replies", "publication", "render"})),
    ("orchestrate", frozenset({"arithmetic", "claimed", "compound", "frames", "followup", "engine"})),
)
RANK = {module: rank for rank, (_, modules) in enumerate(LAYERS) for module in modules}


def engine_imports(path: Path) -> set[str]:
    """The bot.engine modules `path` imports anywhere (also inside functions and TYPE_CHECKING blocks)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module is not None and node.level == 0:
            if node.module == "bot.engine":  # from bot.engine import replies
                names = [f"bot.engine.{alias.name}" for alias in node.names]
            else:
                names = [node.module]
        else:
            continue
        found |= {n.split(".")[2] for n in names if re.match(r"bot\.engine\.\w+", n)}
    return found


def graph() -> dict[str, set[str]]:
    return {p.stem: engine_imports(p) for p in sorted(ENGINE.glob("*.py")) if p.stem != "__init__"}


def test_the_import_reader_sees_every_form_of_import(tmp_path: Path) -> None:
    source = tmp_path / "m.py"
    source.write_text(
        "from typing import TYPE_CHECKING\nimport bot.engine.text\nfrom bot.engine import replies\n"
        "if TYPE_CHECKING:\n    from bot.engine.engine import Engine\n"
        "def f():\n    from bot.engine.parse import Parser\n",
        encoding="utf-8",
    )
    assert engine_imports(source) == {"text", "replies", "engine", "parse"}


def test_every_engine_module_has_a_stage() -> None:
    assert set(graph()) == set(RANK), "place a new module of bot/engine in LAYERS"


def test_no_module_imports_from_a_later_stage() -> None:
    late = [
        f"{module} ({LAYERS[RANK[module]][0]}) imports {other} ({LAYERS[RANK[other]][0]})"
        for module, imports in graph().items()
        for other in imports
        if RANK[other] > RANK[module]
    ]
    assert not late, "\n".join(late)


def test_the_render_modules_take_only_the_query_from_the_stages_before() -> None:
    imports = graph()
    lower = LAYERS[0][1]
    for module in ("replies", "publication"):
        assert imports[module] - lower <= {"query"}, (module, imports[module])


def test_no_import_cycle() -> None:
    imports = graph()
    done: set[str] = set()

    def visit(module: str, path: tuple[str, ...]) -> None:
        assert module not in path, "import cycle: " + " → ".join((*path, module))
        if module in done:
            return
        for other in sorted(imports.get(module, ())):
            visit(other, (*path, module))
        done.add(module)

    for module in imports:
        visit(module, ())


def test_every_weight_says_why() -> None:
    """weights.py: every constant with a comment on its line or right above it."""
    lines = (ENGINE / "weights.py").read_text(encoding="utf-8").splitlines()
    bare = [
        line
        for i, line in enumerate(lines)
        if re.match(r"[A-Z][A-Z_]* = ", line) and "#" not in line and not lines[i - 1].startswith("#")
    ]
    assert not bare, bare


def test_no_module_defines_a_name_twice() -> None:
    """A constant or function defined twice at a module's top level: every use reads the last one, so the
    first (and whatever it was written for) is silently dead."""
    twice = []
    for path in sorted((ENGINE.parent).rglob("*.py")):
        seen: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                names = [t.id for t in targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.FunctionDef | ast.ClassDef):
                names = [node.name]
            else:
                continue
            twice += [f"{path.name}: {n}" for n in names if n in seen]
            seen.update(names)
    assert not twice, twice
