"""Benchmark: answer latency on the shipped knowledge and on a generated 10,000-fact base, plus reload time.

Pinned to one core. Prints medians and p99 (no assertions: targets are checked by reading the figures).
Usage: python scripts/bench.py [--facts 10000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import statistics
import tempfile
import time
from pathlib import Path

import yaml

from bot.engine.engine import Engine
from bot.heap import building
from bot.knowledge.loader import load_knowledge
from bot.service import KnowledgeService
from bot.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
ATTRIBUTES = [
    (
        "investment",
        "USD",
        "investiert bis zu {v} Milliarden US-Dollar in neue Rechenzentren",
        "invests up to ${v} billion",
    ),
    ("capacity", "GW", "plant mindestens {v} Gigawatt Rechenleistung", "plans at least {v} GW of compute"),
    (
        "jobs",
        "jobs",
        "will mehr als {v}.000 Arbeitsplätze schaffen",
        "wants to create more than {v},000 jobs",
    ),
    ("market_reaction", "percent", "sah die Aktie um {v} Prozent steigen", "saw its stock rise {v} percent"),
    ("gpus", "GPU", "will {v} Millionen GPU in Betrieb nehmen", "wants to bring {v} million GPUs online"),
]

# The qualifier each sentence above states (the loader checks figures against their quotes).
QUALIFIERS = {"investment": "up_to", "capacity": "at_least", "jobs": "more_than"}


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def time_questions(engine: Engine, questions: list[str], rounds: int) -> list[float]:
    samples = []
    for _ in range(rounds):
        for question in questions:
            started = time.perf_counter()
            engine.ask(question)
            samples.append((time.perf_counter() - started) * 1000)
    return samples


def report(label: str, samples: list[float]) -> None:
    print(
        f"{label}: n={len(samples)} p50={statistics.median(samples):.2f} ms "
        f"p99={percentile(samples, 99):.2f} ms max={max(samples):.2f} ms"
    )


FILLERS = (
    "{c} betreibt bereits mehrere Rechenzentren und plant weitere Standorte in Europa.",
    "Nach Angaben von {c} sollen die neuen Anlagen vollständig mit Ökostrom laufen.",
    "Branchenbeobachter sehen in der Vereinbarung von {c} ein Signal für den Markt.",
    "Die Gespräche zwischen {c} und seinen Partnern dauerten mehrere Monate.",
    "Welche Kunden die Kapazität von {c} nutzen sollen, blieb zunächst offen.",
    "{c} will die Details der Finanzierung in den kommenden Wochen bekanntgeben.",
)


def generate(
    root: Path,
    facts: int,
    seed: int = 7,
    per_file: int = 100,
    deals_with_facts: bool = False,
    fillers: int = 0,
) -> list[str]:
    """A knowledge folder with `facts` facts over facts/5 deals, each fact quoting its own sentence, in
    files of `per_file` facts (the shipped knowledge keeps one file per deal, 5 to 30 facts each).
    `deals_with_facts`: each facts file brings its own deals, as a draft does (over 10,000 facts the
    deals would not fit deals.yaml's 1 MB). `fillers`: sentences without a figure added per fact, for a
    base with many more sentences than facts."""
    rng = random.Random(seed)
    deals_count = facts // len(ATTRIBUTES)
    per_document = 50
    (root / "documents").mkdir(parents=True)
    (root / "facts").mkdir()
    deals, fact_rows, questions = [], [], []
    sentences: dict[str, list[str]] = {}
    for d in range(deals_count):
        company = f"Firma{d:05d}"
        deal_id = f"deal-{d:05d}"
        doc_id = f"gen_{d // per_document:04d}"
        deals.append(
            {
                "id": deal_id,
                "name": {"de": f"{company}-Partnerschaft", "en": f"{company} partnership"},
                "parties": [company, "OpenAI"],
                "aliases": [company.lower()],
            }
        )
        for attribute, unit, de, en in ATTRIBUTES:
            value = rng.randint(2, 99)
            sentence = f"{company} {de.format(v=value)}."
            sentences.setdefault(doc_id, []).append(sentence)
            for _ in range(fillers):
                sentences[doc_id].append(rng.choice(FILLERS).format(c=company))
            scale = {"USD": 1e9, "jobs": 1e3, "GPU": 1e6}.get(unit, 1)
            fact_rows.append(
                {
                    "id": f"{deal_id}-{attribute}",
                    "deal": deal_id,
                    "attribute": attribute,
                    "figure": {
                        "value": value * scale,
                        "unit": unit,
                        "qualifier": QUALIFIERS.get(attribute, "exact"),
                    },
                    "statement": {"de": sentence, "en": f"{company} {en.format(v=value)}."},
                    "citations": [{"document": doc_id, "quote": sentence}],
                    "entities": [company],
                }
            )
        questions.append(f"Wie viel investiert {company} in Rechenzentren?")
        questions.append(f"how many jobs will {company.lower()} create")
    for doc_id, lines in sentences.items():
        (root / "documents" / f"{doc_id}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    listed = [] if deals_with_facts else deals
    (root / "deals.yaml").write_text(yaml.safe_dump({"deals": listed}, allow_unicode=True), encoding="utf-8")
    chunk = per_file
    by_id = {deal["id"]: deal for deal in deals}
    for start in range(0, len(fact_rows), chunk):
        rows = fact_rows[start : start + chunk]
        part: dict[str, object] = {"facts": rows}
        if deals_with_facts:
            part["deals"] = [by_id[d] for d in dict.fromkeys(str(f["deal"]) for f in rows)]
        body = yaml.safe_dump(part, allow_unicode=True)
        (root / "facts" / f"part{start // chunk:03d}.yaml").write_text(body, encoding="utf-8")
    rng.shuffle(questions)
    return [*questions[:300], "hello", "Wie spät ist es?", "How much is Apple investing in AI?"]


async def time_reload(root: Path, database: Path, rounds: int) -> tuple[float, float, float, list[float]]:
    """The first build from files (cold), then reloads after an admin edits one facts file each time."""
    settings = Settings(_env_file=None, knowledge_dir=root, database_path=database)  # type: ignore[call-arg]
    started = time.perf_counter()
    service = await KnowledgeService.open(settings)
    cold = time.perf_counter() - started
    edited = sorted((root / "facts").glob("*.yaml"))[0]
    try:
        samples = []
        for round_ in range(rounds):
            text = edited.read_text(encoding="utf-8")
            edited.write_text(
                re.sub(r"Firma00000( \(edit \d+\))? invests", f"Firma00000 (edit {round_}) invests", text)
            )
            started = time.perf_counter()
            report = await service.reload()
            samples.append(time.perf_counter() - started)
            assert report.changed_facts, "the edit must show up as a changed fact"
    finally:
        await service.close()
    # A restarted bot has its database but has parsed no file yet: its first reload parses everything,
    # unless the background warm-up (started by the Discord bot) has run.
    service = await KnowledgeService.open(settings)
    try:
        started = time.perf_counter()
        await service.reload()
        first = time.perf_counter() - started
    finally:
        await service.close()
    service = await KnowledgeService.open(settings)
    try:
        task = service.start_warm_up()
        if task is not None:
            await task
        started = time.perf_counter()
        await service.reload()
        warmed = time.perf_counter() - started
    finally:
        await service.close()
    return cold, first, warmed, samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--facts", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--facts-per-file", type=int, default=100)
    parser.add_argument(
        "--scale",
        action="store_true",
        help="only the worst case at 50,000 facts and 250,000 sentences (takes minutes and a few GB)",
    )
    args = parser.parse_args()
    if args.scale:
        scale()
        return
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    print(f"one core; python {'.'.join(map(str, os.sys.version_info[:3]))}")

    # built as the bot builds a knowledge base (`heap.building`): what survives is frozen, so the full
    # collections during the questions walk what the questions make, not the whole engine
    with building():
        kb = load_knowledge(ROOT / "knowledge")
        engine = Engine(kb)
    questions = [
        json.loads(line)["q"]
        for path in sorted((ROOT / "tests" / "data").glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    time_questions(engine, questions[:20], 1)  # warm-up
    print(
        f"shipped knowledge: {len(engine.reader.passages)} sentences, {len(engine.reader.names.names)} names"
    )
    report(
        f"shipped knowledge ({len(kb.facts)} facts), answer latency",
        time_questions(engine, questions, args.rounds),
    )
    report("  one more round, warm", time_questions(engine, questions, 1))

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "knowledge"
        generated_questions = generate(root, args.facts, per_file=args.facts_per_file)
        with building():
            started = time.perf_counter()
            big = load_knowledge(root)
            load_seconds = time.perf_counter() - started
            started = time.perf_counter()
            big_engine = Engine(big)
            index_seconds = time.perf_counter() - started
        files = len(list((root / "facts").glob("*.yaml")))
        sizes = (
            f"{len(big.facts)} facts in {files} files, {len(big.deals)} deals, {len(big.documents)} documents"
        )
        print(f"generated knowledge: {sizes}")
        print(f"  load+validate {load_seconds:.2f} s, index {index_seconds:.2f} s")
        time_questions(big_engine, generated_questions[:20], 1)
        report(
            "generated knowledge, answer latency (best case: questions naming a generated deal)",
            time_questions(big_engine, generated_questions, args.rounds),
        )
        passages = len(big_engine.reader.passages)
        report(
            f"generated knowledge, answer latency (worst case: the labelled questions, naming no deal of "
            f"the base; {passages} sentences read)",
            time_questions(big_engine, questions, 1),
        )
        report(
            "  the same questions again (suggestions verified, sentence matches kept)",
            time_questions(big_engine, questions, 1),
        )
        cold, first, warmed, reloads = asyncio.run(
            time_reload(root, Path(tmp) / "bench.sqlite3", args.rounds)
        )
        print(f"generated knowledge, first build into an empty database: {cold:.2f} s")
        print(f"generated knowledge, first reload after a restart (every file parsed): {first:.2f} s")
        print(f"  the same after the background warm-up the Discord bot starts: {warmed:.2f} s")
        print(
            f"generated knowledge, reload after editing one facts file (validate + index + SQLite swap): "
            f"median {statistics.median(reloads):.2f} s, max {max(reloads):.2f} s"
        )


def scale() -> None:
    """The issue's worst case: 50,000 facts and 250,000 sentences, questions naming no deal of the base."""
    questions = [
        json.loads(line)["q"]
        for path in sorted((ROOT / "tests" / "data").glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "knowledge"
        generate(root, 50_000, per_file=500, deals_with_facts=True, fillers=4)
        started = time.perf_counter()
        with building():
            engine = Engine(load_knowledge(root))
        print(f"50,000 facts: load, validate and index {time.perf_counter() - started:.1f} s")
        print(f"sentences read: {len(engine.reader.passages)}")
        report("worst case, first pass", time_questions(engine, questions, 1))
        report("worst case, again", time_questions(engine, questions, 1))


if __name__ == "__main__":
    main()
