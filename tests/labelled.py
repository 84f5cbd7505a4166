"""Scores the engine on a labelled question set (the format of ../shared/eval/dev.jsonl).

Run as a script to list every miss: `python tests/labelled.py [tests/data/questions.jsonl]`.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from bot.answer import Answer

DATA = Path(__file__).parent / "data"


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    for a, b in (("\u201e", '"'), ("\u201c", '"'), ("\u201d", '"'), ("\u2019", "'")):
        text = text.replace(a, b)
    return re.sub(r"\s+", " ", text).strip().lower()


@dataclass
class Miss:
    item: dict[str, object]
    answer: Answer
    why: str

    def __str__(self) -> str:
        return f"{self.item['id']} {self.item['q']!r}: {self.why} | {self.answer.answer[:120]!r}"


def load_items(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def check(item: dict[str, object], answer: Answer, documents: dict[str, str]) -> str:
    """'' when the answer meets the label, else why not (same rules as the shared scorer)."""
    text = "\n".join([answer.answer, *(f.text for f in answer.figures)]).lower()
    if not item["answerable"]:
        for value, unit in item.get("forbid", []):  # type: ignore[attr-defined]
            if re.search(value, text) and re.search(unit, text):
                return f"stated a forbidden figure {value} {unit}"
        return "answered an unanswerable question" if answer.answered else ""
    if not answer.answered:
        return "abstained"
    for value, unit in item.get("figs", []):  # type: ignore[attr-defined]
        if not (re.search(value, text) and re.search(unit, text)):
            return f"figure {value} / {unit} missing"
    for pattern in item.get("has", []):  # type: ignore[attr-defined]
        if not re.search(pattern, text):
            return f"'{pattern}' missing"
    if not answer.citations:
        return "no citation"
    cited = set()
    for citation in answer.citations:
        body = documents.get(citation.document)
        if body is None:
            return f"unknown document {citation.document!r}"
        if _norm(citation.quote) not in _norm(body):
            return f"quote not verbatim in {citation.document}"
        cited.add(citation.document[:3])
    if not cited & set(item["docs"]):  # type: ignore[call-overload]
        return f"cited {sorted(cited)} not {item['docs']}"
    return ""


def score(items: Iterable[dict[str, object]], ask: object, documents: dict[str, str]) -> list[Miss]:
    misses = []
    for item in items:
        answer = ask(str(item["q"]))  # type: ignore[operator]
        why = check(item, answer, documents)
        if why:
            misses.append(Miss(item, answer, why))
    return misses


def knowledge_with(extra: list[Path], into: Path) -> Path:
    """A copy of the shipped knowledge with the documents of each folder in `extra` added (unseen
    articles: no curated facts, as an admin drops them in)."""
    import shutil

    root = Path(__file__).parent.parent / "knowledge"
    if not extra:
        return root
    target = into / "knowledge"
    shutil.copytree(root, target)
    for folder in extra:
        for doc in sorted(folder.glob("*.txt")):
            shutil.copy(doc, target / "documents" / doc.name)
    return target


def summary(items: list[dict[str, object]], misses: list[Miss]) -> str:
    """answerable right / unanswerable declined / forbidden figures, as the README quotes them."""
    missed = {str(m.item["id"]) for m in misses}
    answerable = [i for i in items if i["answerable"]]
    declined = [i for i in items if not i["answerable"]]
    right = sum(1 for i in answerable if str(i["id"]) not in missed)
    held = sum(1 for i in declined if str(i["id"]) not in missed)
    forbidden = sum(1 for m in misses if "forbidden" in m.why)
    pct = lambda a, b: f"{100 * a / b:.1f} %" if b else "-"  # noqa: E731
    return (
        f"answerable {right}/{len(answerable)} = {pct(right, len(answerable))}, "
        f"declined {held}/{len(declined)} = {pct(held, len(declined))}, forbidden figures {forbidden}"
    )


def main() -> None:
    """`python tests/labelled.py [--docs DIR]... [FILE]...`: every miss, then a summary per set."""
    import tempfile

    from bot.engine.engine import Engine
    from bot.knowledge.loader import load_knowledge

    args = sys.argv[1:]
    extra: list[Path] = []
    while "--docs" in args:
        i = args.index("--docs")
        extra.append(Path(args[i + 1]))
        del args[i : i + 2]
    with tempfile.TemporaryDirectory() as tmp:
        kb = load_knowledge(knowledge_with(extra, Path(tmp)))
    engine = Engine(kb)
    documents = {d.id: d.text for d in kb.documents.values()}
    paths = [Path(p) for p in args] or sorted(DATA.glob("*.jsonl"))
    for path in paths:
        items = load_items(path)
        misses = score(items, engine.ask, documents)
        for miss in misses:
            print(" ", miss)
        print(f"{path.name}: {summary(items, misses)}")


if __name__ == "__main__":
    main()
