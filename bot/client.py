"""The Discord bot: an `AutoShardedBot` that gets its settings and knowledge service handed in.

One process runs every shard Discord recommends (SHARD_COUNT unset), or the shards SHARD_IDS of
SHARD_COUNT, so several processes can split a large bot between them (README, "Scaling").
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import math
import time
from pathlib import Path
from typing import Any

import discord
from discord.ext import commands

from bot.service import KnowledgeService
from bot.settings import Settings

log = logging.getLogger(__name__)

EXTENSIONS = (
    "bot.exts.errors",
    "bot.exts.ask",
    "bot.exts.deals",
    "bot.exts.sources",
    "bot.exts.admin",
    "bot.exts.follow",
)

IDENTIFY_WINDOW = 5.0
"""Discord allows `max_concurrency` IDENTIFYs per 5 seconds, one per bucket (shard id % max_concurrency)."""


def shard_for(guild_id: int | None, shard_count: int | None) -> int:
    """The shard that carries a server's events (Discord's formula); DMs come on shard 0."""
    if guild_id is None or not shard_count:
        return 0
    return (guild_id >> 22) % shard_count


class DealBot(commands.AutoShardedBot):
    def __init__(
        self,
        settings: Settings,
        service: KnowledgeService,
        *,
        guild_ready_timeout: float = 2.0,
        identify_window: float = IDENTIFY_WINDOW,
    ):
        intents = discord.Intents.default()
        # Reading ordinary channel messages needs the privileged intent; mentions and DMs do not.
        intents.message_content = bool(settings.answer_channel_ids)
        sharding: dict[str, Any] = {"shard_count": settings.shard_count}
        if settings.shard_ids:
            sharding["shard_ids"] = list(settings.shard_ids)
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents,
            allowed_mentions=discord.AllowedMentions.none(),
            help_command=None,
            guild_ready_timeout=guild_ready_timeout,
            **sharding,
        )
        self.settings = settings
        self.service = service
        self.identify_window = identify_window
        self._max_concurrency: int | None = None
        self._identified: dict[int, float] = {}
        self._identify_locks: dict[int, asyncio.Lock] = {}

    async def setup_hook(self) -> None:
        self._warn_without_message_content()
        for extension in EXTENSIONS:
            await self.load_extension(extension)
        if self.syncs_commands:
            await self.sync_commands()
        else:
            log.info(
                "commands are synced by the process that runs shard 0; this one runs %s", self.shard_label
            )

    @property
    def syncs_commands(self) -> bool:
        """One process syncs the commands: the one with shard 0 (every process shares the same ones)."""
        return not self.settings.shard_ids or 0 in self.settings.shard_ids

    @property
    def shard_label(self) -> str:
        """This process's shards, as in "shards 0–3 of 8" or "shard 2 of 8" ("shards (count from
        Discord)" before connecting when SHARD_COUNT is unset)."""
        count = self.shard_count
        ids = sorted(self.shard_ids) if self.shard_ids else (list(range(count)) if count else [])
        if not count or not ids:
            return "shards (count from Discord)"
        if len(ids) == 1:
            return f"shard {ids[0]} of {count}"
        contiguous = ids == list(range(ids[0], ids[-1] + 1))
        shown = f"{ids[0]}–{ids[-1]}" if contiguous else ", ".join(map(str, ids))
        return f"shards {shown} of {count}"

    def shard_of(self, guild_id: int | None) -> int:
        return shard_for(guild_id, self.shard_count)

    def shard_guilds(self, shard_id: int) -> int:
        return sum(1 for guild in self.guilds if guild.shard_id == shard_id)

    def shard_latency_ms(self, shard_id: int) -> float | None:
        shard = self.get_shard(shard_id)
        if shard is None or not math.isfinite(shard.latency):
            return None
        return shard.latency * 1000

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        """Wait only as long as Discord's identify limit needs (discord.py waits 5 s before every
        shard but the first): shards in different buckets identify at once, one bucket's a window apart."""
        bucket = (shard_id or 0) % await self._concurrency()
        lock = self._identify_locks.setdefault(bucket, asyncio.Lock())
        async with lock:
            wait = self._identified.get(bucket, -math.inf) + self.identify_window - time.monotonic()
            if wait > 0:
                log.debug("shard %s waits %.1fs to identify (bucket %d)", shard_id, wait, bucket)
                await asyncio.sleep(wait)
            self._identified[bucket] = time.monotonic()

    async def _concurrency(self) -> int:
        if self._max_concurrency is None:
            try:
                limits = await self.fetch_session_start_limits()
                self._max_concurrency = max(1, limits.max_concurrency)
            except Exception as exc:  # any failure: the safe default, never a lost identify
                log.warning("could not read the session start limits (%r); identifying one at a time", exc)
                self._max_concurrency = 1
        return self._max_concurrency

    def _warn_without_message_content(self) -> None:
        if not self.settings.answer_channel_ids:
            return
        flags = self.application_flags
        if not (flags.gateway_message_content or flags.gateway_message_content_limited):
            log.warning(
                "ANSWER_CHANNEL_IDS is set but the Message Content intent is not enabled for this "
                "application (Discord Developer Portal → Bot → Privileged Gateway Intents); Discord "
                "will refuse the connection until it is enabled, or clear ANSWER_CHANNEL_IDS"
            )

    async def on_message(self, message: discord.Message, /) -> None:
        """No prefix commands: questions are handled by the ask extension's listener."""

    async def on_ready(self) -> None:
        user = self.user
        log.info(
            "connected as %s (%s): %s, %d server(s)",
            user,
            user and user.id,
            self.shard_label,
            len(self.guilds),
        )

    # -- one log line per shard event (discord.py reconnects and resumes on its own) ---------------

    async def on_shard_connect(self, shard_id: int) -> None:
        log.info("shard %d of %s connected", shard_id, self.shard_count)

    async def on_shard_ready(self, shard_id: int) -> None:
        log.info(
            "shard %d of %s ready: %d server(s)", shard_id, self.shard_count, self.shard_guilds(shard_id)
        )

    async def on_shard_resumed(self, shard_id: int) -> None:
        log.info("shard %d of %s resumed its session", shard_id, self.shard_count)

    async def on_shard_disconnect(self, shard_id: int) -> None:
        count = self.shard_count
        log.warning("shard %d of %s disconnected (discord.py resumes or reconnects)", shard_id, count)

    def command_targets(self) -> dict[str, discord.Object | None]:
        """Where commands are synced: "global" (None) or a server id (as text) → its `discord.Object`.

        Everyday commands go globally, or only to DISCORD_GUILD_ID while developing. The commands that
        change the shared knowledge are registered for the home server alone (bot/exts/admin.py), so
        its guild sync is the only one that carries them; no other server ever sees them.
        """
        dev_guild = self.settings.discord_guild_id
        targets: dict[str, discord.Object | None] = {}
        if dev_guild:
            self.tree.copy_global_to(guild=discord.Object(id=dev_guild))
            targets[str(dev_guild)] = discord.Object(id=dev_guild)
        else:
            targets["global"] = None
        home = self.settings.home_guild
        if home:
            targets[str(home)] = discord.Object(id=home)
        return targets

    async def sync_commands(self) -> list[str]:
        """Sync each target whose command definitions changed since its last sync; returns the targets.

        Syncing is rate-limited by Discord, so the JSON of each target's definitions is hashed and the
        hashes kept beside the database; an unchanged hash skips that target. A target synced before
        but no longer one (HOME_GUILD_ID or DISCORD_GUILD_ID changed) is emptied, so no commands are
        left behind there.
        """
        path = self.settings.database_path.with_suffix(".commands.hash")
        previous = _read_hashes(path)
        current: dict[str, str] = {}
        synced: list[str] = []
        targets = self.command_targets()
        for key, target in targets.items():
            definitions = [c.to_dict(self.tree) for c in self.tree.get_commands(guild=target)]
            blob = json.dumps({"target": key, "commands": definitions}, sort_keys=True, default=str)
            digest = hashlib.sha256(blob.encode()).hexdigest()
            if previous.get(key) == digest:
                current[key] = digest
                continue
            where = "globally" if target is None else f"to guild {key}"
            try:
                count = len(await self.tree.sync(guild=target))
            except discord.HTTPException:
                log.exception("could not sync application commands %s; the previous ones stay", where)
                continue
            log.info("synced %d application commands %s (%s)", count, where, _names(definitions))
            current[key] = digest
            synced.append(key)
        for key in previous.keys() - targets.keys():
            where = "globally" if key == "global" else f"in guild {key}"
            try:
                await self._clear_commands(key)
            except discord.HTTPException:
                log.exception("could not remove the application commands synced %s before", where)
                current[key] = previous[key]  # still stale: tried again next start
                continue
            log.info("removed the application commands synced %s before", where)
            synced.append(key)
        if not synced:
            log.info("application commands unchanged since the last sync; not syncing")
        if current != previous:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(json.dumps(current, indent=1, sort_keys=True) + "\n", encoding="utf-8")
            except OSError as exc:
                log.warning("could not write %s (%s); commands will be synced again next start", path, exc)
        return synced

    async def _clear_commands(self, key: str) -> None:
        application_id = self.application_id
        if application_id is None:
            raise discord.ClientException("the application id is not known yet")
        if key == "global":
            await self.http.bulk_upsert_global_commands(application_id, [])
        else:
            await self.http.bulk_upsert_guild_commands(application_id, int(key), [])


def _names(definitions: list[dict[str, object]]) -> str:
    return ", ".join(f"/{d.get('name')}" for d in definitions) or "none"


def _read_hashes(path: Path) -> dict[str, str]:
    """The last synced hash per target; a missing, unreadable or older-format file means none."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): str(v) for k, v in data.items() if k == "global" or str(k).isdigit()}
