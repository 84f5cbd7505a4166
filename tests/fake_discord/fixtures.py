"""Run the real DealBot (real discord.py client, real KnowledgeService) against the fake Discord.

`discord_env` is a pytest fixture; import it into a test module. It patches discord.py's REST base
and gateway URL (monkeypatch restores both), and stops every bot, service and server it started.
Anything that would otherwise only show up as a missing reply — the bot task dying (e.g. a
`KeyError` in an event parser), an exception in an event handler, an ERROR log from discord.py or
the bot — is recorded in `fake.problems`, which makes every `wait_for` fail at once with details.
Every REST request is also held against Discord's OpenAPI description (fake_discord/spec.py, when the
shared folder is beside the clone); what real Discord would refuse is in `fake.spec_problems` and fails
the test at teardown too, even one that sets `expect_errors`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import shutil
import traceback
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import discord
import pytest
import yarl
from pydantic import SecretStr

from bot.client import DealBot
from bot.service import KnowledgeService
from bot.settings import REPO_ROOT, Settings

from . import payloads as p
from .server import FakeDiscord, Request

Json = dict[str, Any]
STARTUP_TIMEOUT = 10.0
IDENTIFY_WINDOW = 0.5
"""Discord's 5 s between identifies of one bucket, shortened (a re-identify in a test waits this long)."""


class _ProblemLog(logging.Handler):
    """Turns ERROR records of discord.py and the bot into test failures (unless a test expects them)."""

    def __init__(self, env: DiscordEnv) -> None:
        super().__init__(level=logging.ERROR)
        self.env = env

    def emit(self, record: logging.LogRecord) -> None:
        if self.env.expect_errors or self.env.fake is None:
            return
        self.env.fake.problems.append(f"log {record.name} {record.levelname}: {self.format(record)}")


@dataclass
class Running:
    fake: FakeDiscord
    bot: DealBot
    service: KnowledgeService
    settings: Settings
    task: asyncio.Task[None]

    # -- messages --------------------------------------------------------------------------------

    async def say(self, content: str, **kwargs: Any) -> Json:
        """Push MESSAGE_CREATE (see payloads.message for the options) and return its payload."""
        data = p.message(content, **kwargs)
        await self.fake.dispatch("MESSAGE_CREATE", data)
        return data

    async def mention(self, content: str, **kwargs: Any) -> Json:
        kwargs.setdefault("channel_id", p.OTHER_CHANNEL_ID)
        return await self.say(f"<@{p.BOT_ID}> {content}", mentions=[p.BOT_USER], **kwargs)

    async def dm(self, content: str, **kwargs: Any) -> Json:
        return await self.say(content, guild=False, channel_id=p.snowflake(), **kwargs)

    async def reply_to(self, message: Json, *, timeout: float = 3.0) -> Request:
        """The bot's reply to `message` (a channel message POST that references it)."""
        return await self.fake.wait_for(
            lambda r: _references(r, message["id"]),
            timeout=timeout,
            what=f"a reply to {message['content']!r}",
        )

    def replies_to(self, message: Json) -> list[Request]:
        return [r for r in self.fake.requests if _references(r, message["id"])]

    async def assert_silent(self, *messages: Json) -> None:
        """No reply to `messages`: checked after a probe DM sent later has been answered.

        Events are handled in order and a silent handler decides before its first await, so once
        the probe's reply has arrived, a reply to an earlier message would have been sent too.
        """
        probe = await self.dm("Wie viel investiert Nvidia in OpenAI?", author=p.HELPER_USER)
        await self.reply_to(probe)
        await asyncio.sleep(0.05)
        for message in messages:
            replies = self.replies_to(message)
            assert not replies, f"expected silence on {message['content']!r}, got: {replies}"

    # -- interactions ----------------------------------------------------------------------------

    async def interact(self, command: str, **options: Any) -> tuple[Json, Request]:
        """Push an INTERACTION_CREATE and return it with the bot's callback request.

        As Discord does, the command is the one registered for the interaction's server if there is
        one (`data.guild_id` set), else the global one; `command_guild_id=` forces either.
        """
        if "command_guild_id" not in options:
            guild_id = p.GUILD_OF_CHANNEL[options.get("channel_id", p.OTHER_CHANNEL_ID)]
            options["command_guild_id"] = self.fake.command_guild(command, guild_id)
        data = p.interaction(command, **options)
        await self.fake.dispatch("INTERACTION_CREATE", data)
        callback = await self.fake.wait_for(
            lambda r: r.method == "POST" and r.path == f"/interactions/{data['id']}/{data['token']}/callback",
            what=f"the callback of /{command}",
        )
        return data, callback

    async def click(self, message: Json, custom_id: str, **options: Any) -> tuple[Json, Request]:
        """Click the button `custom_id` of `message` (as the fake stored it: `Request.response`), as
        Discord does: an INTERACTION_CREATE of type 3; returns it with the bot's callback request."""
        assert custom_id in {b.get("custom_id") for b in p.buttons(message)}, (custom_id, p.buttons(message))
        data = p.click(message, custom_id, **options)
        await self.fake.dispatch("INTERACTION_CREATE", data)
        callback = await self.fake.wait_for(
            lambda r: r.method == "POST" and r.path == f"/interactions/{data['id']}/{data['token']}/callback",
            what=f"the callback of a click on {custom_id!r}",
        )
        return data, callback

    async def followup(self, interaction: Json) -> Request:
        path = f"/webhooks/{p.APP_ID}/{interaction['token']}"
        return await self.fake.wait_for(
            lambda r: r.method == "POST" and r.path == path,
            what=f"a followup to {interaction['data'].get('name') or interaction['data'].get('custom_id')}",
        )


def _references(request: Request, message_id: str) -> bool:
    body = request.json if isinstance(request.json, dict) else {}
    reference = body.get("message_reference") or {}
    return (
        request.method == "POST"
        and request.path.endswith("/messages")
        and str(reference.get("message_id")) == message_id
    )


@dataclass
class DiscordEnv:
    tmp_path: Path
    monkeypatch: pytest.MonkeyPatch
    template: Path | None = None
    expect_errors: bool = False
    fake: FakeDiscord | None = None
    fakes: list[FakeDiscord] = field(default_factory=list)
    running: list[Running] = field(default_factory=list)

    @property
    def knowledge(self) -> Path:
        """A copy of the shipped knowledge for this test (a reload writes its version file there)."""
        folder = self.tmp_path / "knowledge"
        if not folder.exists():
            shutil.copytree(REPO_ROOT / "knowledge", folder)
        return folder

    def settings(self, **overrides: Any) -> Settings:
        values: dict[str, Any] = {
            "discord_token": SecretStr("fake-token"),
            "knowledge_dir": self.knowledge,
            "database_path": self.tmp_path / "data" / "knowledge.sqlite3",
            "log_level": "INFO",
            "discord_guild_id": p.GUILD_ID,
            "answer_channel_ids": [p.ANSWER_CHANNEL_ID],
            "admin_role_ids": [p.HELPER_ROLE_ID],
            "user_burst": 5,
            "user_burst_seconds": 30.0,
            "channel_interval_seconds": 0.0,
            "channel_queue_size": 5,
            "max_question_length": 500,
        }
        values.update(overrides)
        return Settings(_env_file=None, **values)  # type: ignore[call-arg]

    async def serve(self, *, app_flags: int | None = None) -> FakeDiscord:
        """Start a fake Discord and point discord.py at it (monkeypatch restores the URLs)."""
        fake = FakeDiscord() if app_flags is None else FakeDiscord(app_flags=app_flags)
        await fake.start()
        self.fake = fake
        self.fakes.append(fake)
        self.monkeypatch.setattr(discord.http.Route, "BASE", fake.api_base)
        self.monkeypatch.setattr(
            discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(fake.gateway_url)
        )
        return fake

    def prepare_database(self, settings: Settings) -> None:
        """Copy the session's prebuilt database (building the fact base takes most of a second)."""
        if self.template is not None and not settings.database_path.exists():
            settings.database_path.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(self.template, settings.database_path)

    async def start(
        self,
        settings: Settings | None = None,
        *,
        app_flags: int | None = None,
        fresh: bool = False,
        fake: FakeDiscord | None = None,
    ) -> Running:
        """A fresh fake Discord (or `fake`, already serving) and service, and the bot connected to them
        and READY.

        `fresh=True` lets the service build its database from the knowledge files (first start).
        """
        settings = settings or self.settings()
        if not fresh:
            self.prepare_database(settings)
        fake = fake or await self.serve(app_flags=app_flags)
        service = await KnowledgeService.open(settings)
        bot = DealBot(settings, service, guild_ready_timeout=0.01, identify_window=IDENTIFY_WINDOW)

        async def on_error(event: str, /, *args: Any, **kwargs: Any) -> None:
            fake.problems.append(f"exception in {event}:\n{traceback.format_exc()}")
            await fake.notify()

        bot.on_error = on_error  # type: ignore[method-assign]
        task = asyncio.create_task(bot.start(settings.discord_token.get_secret_value()))  # type: ignore[union-attr]

        def died(done: asyncio.Task[None]) -> None:
            if not done.cancelled() and done.exception() is not None:
                error = done.exception()
                trace = "".join(traceback.format_exception(error))
                fake.problems.append(f"bot task died:\n{trace}")
                asyncio.get_running_loop().create_task(fake.notify())

        task.add_done_callback(died)
        running = Running(fake, bot, service, settings, task)
        self.running.append(running)
        ready = asyncio.ensure_future(bot.wait_until_ready())
        await asyncio.wait({ready, task}, timeout=STARTUP_TIMEOUT, return_when=asyncio.FIRST_COMPLETED)
        if not ready.done():
            ready.cancel()
            raise AssertionError(fake.report(f"bot not READY within {STARTUP_TIMEOUT}s"))
        return running

    async def stop(self, running: Running) -> None:
        await self.stop_bot(running)
        await running.fake.stop()

    async def stop_bot(self, running: Running) -> None:
        """Stop the bot and its service, leaving the fake Discord serving (for a restart against it)."""
        if running in self.running:
            self.running.remove(running)
        await running.bot.close()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(running.task, timeout=5)
        if not running.task.done():
            running.task.cancel()
        await running.service.close()

    async def close(self) -> None:
        for running in list(self.running):
            await self.stop(running)
        for fake in self.fakes:  # also those whose bot never got running
            await fake.stop()


@pytest.fixture(scope="session")
def knowledge_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped knowledge built into a database once per session; tests start from copies."""
    path = tmp_path_factory.mktemp("knowledge-db") / "knowledge.sqlite3"

    async def build() -> None:
        service = await KnowledgeService.open(
            Settings(_env_file=None, knowledge_dir=REPO_ROOT / "knowledge", database_path=path)  # type: ignore[call-arg]
        )
        await service.close()

    asyncio.run(build())
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or not wal.stat().st_size, "closing the service must checkpoint the WAL"
    return path


@pytest.fixture
async def discord_env(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, knowledge_database: Path
) -> AsyncIterator[DiscordEnv]:
    env = DiscordEnv(tmp_path, monkeypatch, template=knowledge_database)
    handler = _ProblemLog(env)
    loggers = [logging.getLogger("discord"), logging.getLogger("bot")]
    for logger in loggers:
        logger.addHandler(handler)
    try:
        yield env
    finally:
        problems = [problem for fake in env.fakes for problem in fake.problems]
        await env.close()
        for logger in loggers:
            logger.removeHandler(handler)
    # Read after close, unlike `problems`: requests sent while the bot shuts down are checked too.
    refused = [problem for fake in env.fakes for problem in fake.spec_problems]
    if refused:  # never expected: a request real Discord would refuse is a bug in what the bot sends
        pytest.fail(
            "the bot sent requests Discord's API description refuses:\n" + "\n".join(refused), pytrace=False
        )
    if problems and not env.expect_errors:
        pytest.fail("the bot reported problems:\n" + "\n".join(problems), pytrace=False)
