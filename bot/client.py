"""The Discord bot: a `commands.Bot` that gets its settings and knowledge service handed in."""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

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
)


class DealBot(commands.Bot):
    def __init__(self, settings: Settings, service: KnowledgeService, *, guild_ready_timeout: float = 2.0):
        intents = discord.Intents.default()
        # Reading ordinary channel messages needs the privileged intent; mentions and DMs do not.
        intents.message_content = bool(settings.answer_channel_ids)
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents,
            allowed_mentions=discord.AllowedMentions.none(),
            help_command=None,
            guild_ready_timeout=guild_ready_timeout,
        )
        self.settings = settings
        self.service = service

    async def setup_hook(self) -> None:
        self._warn_without_message_content()
        for extension in EXTENSIONS:
            await self.load_extension(extension)
        await self.sync_commands()

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
        log.info("connected as %s (%s) in %d guild(s)", user, user and user.id, len(self.guilds))

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
