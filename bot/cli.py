"""The command line: `python -m bot reload | ask | chat | run`."""

from __future__ import annotations

import argparse
import asyncio
import io
import logging
import os
import select
import signal
import sqlite3
import sys
import threading
from collections.abc import Sequence
from typing import TextIO

from pydantic import ValidationError

from bot.answer import Context
from bot.knowledge.errors import KnowledgeError
from bot.knowledge_version import reload_everywhere
from bot.service import KnowledgeService
from bot.settings import Settings, SettingsError, load_settings

CONNECT_HINT = "DISCORD_TOKEN is not set: starting the console chat. Set it in .env to connect to Discord."
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: what a shell reports for a writer whose reader stopped early

log = logging.getLogger(__name__)


def clean_text(text: str) -> str:
    """Invalid UTF-8 from argv or stdin (kept by Python as lone surrogates) becomes U+FFFD."""
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # surrogates that were never bytes
        raw = text.encode("utf-8", "replace")
    return raw.decode("utf-8", "replace")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    reload = sub.add_parser(
        "reload", help="validate the knowledge folder and swap it in; prints what changed"
    )
    reload.add_argument(
        "--allow-removals",
        action="store_true",
        help="confirm a reload that removes every fact of a file or of the facts folder",
    )
    ask = sub.add_parser("ask", help="answer one question, or one per line from standard input")
    ask.add_argument("question", nargs="?", help="the question; omit to read questions from stdin")
    ask.add_argument("--json", action="store_true", help="print one JSON object per answer")
    ask.add_argument("--locale", default=None, help="fallback language for very short questions (de/en)")
    ask.add_argument(
        "--context",
        default=None,
        metavar="JSON",
        help='what the conversation was about, as an earlier answer\'s "context" ({"names": [...], ...})',
    )
    draft = sub.add_parser("draft", help="print a draft facts file for a document nobody curated yet")
    draft.add_argument("document", help="the document id (file stem in knowledge/documents) or its path")
    sub.add_parser("chat", help="interactive console that answers as the bot does")
    sub.add_parser("run", help="run the Discord bot (the console chat when DISCORD_TOKEN is unset)")
    return parser


def _emit(
    service: KnowledgeService,
    question: str,
    as_json: bool,
    locale: str | None,
    out: TextIO,
    context: Context | None = None,
) -> None:
    answer = service.ask(question, locale, context)
    out.write((answer.model_dump_json() if as_json else answer.to_text()) + "\n")
    out.flush()


async def _ask(
    settings: Settings, question: str | None, as_json: bool, locale: str | None, context: Context | None
) -> int:
    service = await KnowledgeService.open(settings)
    failed = 0
    try:
        if question is not None:
            _emit(service, clean_text(question), as_json, locale, sys.stdout, context)
        else:
            # Bytes, decoded line by line with replacement: one bad line never stops the batch.
            for number, raw in enumerate(sys.stdin.buffer, 1):
                try:
                    line = raw.decode("utf-8", "replace").rstrip("\r\n")
                    _emit(service, line, as_json, locale, sys.stdout, context)
                except (BrokenPipeError, KeyboardInterrupt):
                    raise
                except Exception as exc:
                    failed += 1
                    log.error("line %d could not be answered: %r", number, exc)
    finally:
        await service.close()
    return 1 if failed else 0


def _context(raw: str | None) -> Context | None:
    if raw is None:
        return None
    try:
        return Context.model_validate_json(raw)
    except ValidationError as exc:
        raise SettingsError(f"--context is not a context object: {exc.errors()[0]['msg']}") from None


def _draft(settings: Settings, document: str) -> int:
    from pathlib import Path

    from bot.drafting import draft
    from bot.engine.reading import Reader
    from bot.knowledge.loader import load_knowledge

    kb = load_knowledge(Path(settings.knowledge_dir))
    sys.stdout.write(draft(kb, Reader(kb), Path(document).stem))
    return 0


async def _reload(settings: Settings, allow_removals: bool) -> int:
    service = await KnowledgeService.open(settings)
    try:
        report = await reload_everywhere(service, settings, allow_removals=allow_removals)
    finally:
        await service.close()
    print(report.to_text())
    return 0


GOODBYE = "Bye – tschüss!"
READ_POLL_SECONDS = 0.2  # how often a chat waiting on a pipe looks for a Ctrl-C


def _read_line(prompt: str) -> str:
    """`input()` that Ctrl-C interrupts at once.

    Under `asyncio.run` SIGINT only cancels the main task, which a blocking read notices after the
    next Enter; while waiting for a line Python's own handler raises KeyboardInterrupt instead.
    """
    if threading.current_thread() is not threading.main_thread():
        return input(prompt)
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    _sigint_mask(signal.SIG_UNBLOCK)  # only here, and only this thread, takes Ctrl-C (see _chat)
    try:
        return input(prompt) if sys.stdin.isatty() else _read_piped_line(prompt)
    finally:
        _sigint_mask(signal.SIG_BLOCK)
        signal.signal(signal.SIGINT, previous)


def _read_piped_line(prompt: str) -> str:
    """A line from a pipe, waiting in short selects: a Ctrl-C that lands just before a blocking read
    would otherwise wait for the next line (Python handles signals between calls, not inside one)."""
    sys.stdout.write(prompt)
    sys.stdout.flush()
    fd = sys.stdin.fileno()
    line = bytearray()
    while not line.endswith(b"\n"):
        ready, _, _ = select.select([fd], [], [], READ_POLL_SECONDS)
        if not ready:
            continue
        chunk = os.read(fd, 1)
        if not chunk:
            if not line:
                raise EOFError
            break
        line += chunk
    return line.decode("utf-8", "surrogateescape").rstrip("\r\n")


def _sigint_mask(how: int) -> None:
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(how, {signal.SIGINT})


async def _chat(settings: Settings) -> int:
    # A signal goes to any thread that does not block it; one the database or a worker thread took
    # would never wake the main thread out of its read. So Ctrl-C is blocked while threads are made
    # (they inherit the block) and taken only by the main thread while it waits for a line.
    _sigint_mask(signal.SIG_BLOCK)
    try:
        return await _chat_session(settings)
    finally:
        _sigint_mask(signal.SIG_UNBLOCK)


async def _chat_session(settings: Settings) -> int:
    service = await KnowledgeService.open(settings)
    if isinstance(sys.stdin, io.TextIOWrapper):  # keep invalid UTF-8 for clean_text, never raise on it
        sys.stdin.reconfigure(errors="surrogateescape")
    print("Ask about the AI-infrastructure deals (German or English). Empty line, Ctrl-D or Ctrl-C quits.")
    context: Context | None = None
    try:
        while True:
            try:
                line = clean_text(_read_line("> "))
            except EOFError:
                break
            except KeyboardInterrupt:
                print(f"\n{GOODBYE}", flush=True)
                break
            if not line.strip():
                break
            if line.strip() in ("/reload", "!reload"):
                try:
                    print((await reload_everywhere(service, settings)).to_text())
                except KnowledgeError as exc:
                    print(f"Reload refused, the old facts stay live: {exc}")
                continue
            answer = service.ask(line, context=context)
            context = answer.context or context  # the conversation keeps its subject for follow-ups
            print(answer.to_text(), flush=True)
    finally:
        await service.close()
    return 0


async def _run(settings: Settings) -> int:
    if settings.discord_token is None:
        print(CONNECT_HINT, file=sys.stderr)
        return await _chat(settings)
    import discord

    from bot.discord_run import run_bot

    try:
        await run_bot(settings)
    except (discord.LoginFailure, discord.PrivilegedIntentsRequired):
        return 1  # run_bot logged the one clear line
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    try:
        code = _main(argv)
        sys.stdout.flush()  # here, not at exit: a closed pipe must end in the except below
        return code
    except BrokenPipeError:
        # `python -m bot reload | head -1`: the reader is gone; say nothing more, to nobody.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE


def _main(argv: Sequence[str] | None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = load_settings()
        if args.command == "reload":
            return asyncio.run(_reload(settings, args.allow_removals))
        if args.command == "ask":
            context = _context(args.context)
            return asyncio.run(_ask(settings, args.question, args.json, args.locale, context))
        if args.command == "draft":
            return _draft(settings, args.document)
        if args.command == "chat":
            return asyncio.run(_chat(settings))
        return asyncio.run(_run(settings))
    except SettingsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KnowledgeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except sqlite3.Error as exc:  # damage the check on opening did not see
        print(f"error: database {settings.database_path}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
