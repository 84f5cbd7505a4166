"""The Discord bot: a `commands.Bot` that gets its settings and knowledge service handed in."""

from __future__ import annotations

import hashlib
import json
import logging

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

    async def sync_commands(self) -> bool:
        """Sync the command tree when its definitions or target changed since the last sync.

        Syncing is rate-limited by Discord, so the JSON of the definitions plus the target is hashed
        and kept beside the database; an unchanged hash skips the call.
        """
        guild_id = self.settings.discord_guild_id
        target = discord.Object(id=guild_id) if guild_id else None
        if target is not None:
            self.tree.copy_global_to(guild=target)
        definitions = [c.to_dict(self.tree) for c in self.tree.get_commands(guild=target)]
        blob = json.dumps({"target": guild_id, "commands": definitions}, sort_keys=True, default=str)
        digest = hashlib.sha256(blob.encode()).hexdigest()
        path = self.settings.database_path.with_suffix(".commands.hash")
        try:
            if path.read_text(encoding="utf-8").strip() == digest:
                log.info("application commands unchanged since the last sync; not syncing")
                return False
        except OSError:
            pass
        where = f"guild {guild_id}" if guild_id else "globally"
        try:
            synced = await self.tree.sync(guild=target)
        except discord.HTTPException:
            log.exception("could not sync application commands %s; the previous ones stay", where)
            return False
        log.info("synced %d application commands %s", len(synced), where)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(digest + "\n", encoding="utf-8")
        except OSError as exc:
            log.warning("could not write %s (%s); commands will be synced again next start", path, exc)
        return True
