"""/reload and /stats, for server admins only.

Guarded twice: `default_permissions` hides the commands from members without Manage Server, and
`admin_only` enforces it at run time (server owners can re-grant hidden commands to anyone).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import DealBot
from bot.embeds import clip, language_of, reload_embed, stats_embed
from bot.exts import NO_MENTIONS, deal_bot
from bot.exts.errors import AdminOnly
from bot.knowledge.errors import KnowledgeError
from bot.store import question_origin

log = logging.getLogger(__name__)

T = TypeVar("T")

_RELOAD_FAILED = {
    "de": "Neu laden fehlgeschlagen – das bisherige Wissen bleibt aktiv.\n{error}",
    "en": "Reload failed — the previous knowledge stays live.\n{error}",
}


def is_admin(interaction: discord.Interaction, admin_role_ids: list[int]) -> bool:
    """Manage Server in this channel, or one of the configured admin roles."""
    user = interaction.user
    if not isinstance(user, discord.Member):
        return False
    if interaction.permissions.manage_guild:
        return True
    return any(role.id in admin_role_ids for role in user.roles)


def admin_only() -> Callable[[T], T]:
    async def predicate(interaction: discord.Interaction) -> bool:
        if interaction.guild_id is None:
            raise app_commands.NoPrivateMessage()
        if not is_admin(interaction, deal_bot(interaction).settings.admin_role_ids):
            raise AdminOnly()
        return True

    return app_commands.check(predicate)


class Admin(commands.Cog):
    def __init__(self, bot: DealBot) -> None:
        self.service = bot.service

    @app_commands.command(name="reload", description="Reload the knowledge files (admins)")
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.guild_only()
    @admin_only()
    async def reload(self, interaction: discord.Interaction) -> None:
        language = language_of(interaction.locale)
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            report = await self.service.reload()
        except KnowledgeError as exc:
            log.warning("reload requested by %s failed: %s", interaction.user.id, exc)
            message = _RELOAD_FAILED[language].format(error=discord.utils.escape_mentions(str(exc)))
            await interaction.followup.send(clip(message, 2000), ephemeral=True, allowed_mentions=NO_MENTIONS)
            return
        log.info("knowledge reloaded by %s", interaction.user.id)
        embed = reload_embed(report, language)
        await interaction.followup.send(embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS)

    @app_commands.command(name="stats", description="How many questions were asked and answered (admins)")
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.guild_only()
    @admin_only()
    async def stats(self, interaction: discord.Interaction) -> None:
        language = language_of(interaction.locale)
        # This server's questions only: other communities' text is not shown to this server's admins.
        stats = await self.service.stats(10, guild=question_origin(interaction.guild_id))
        await interaction.response.send_message(
            embed=stats_embed(stats, language), ephemeral=True, allowed_mentions=NO_MENTIONS
        )


async def setup(bot: commands.Bot) -> None:
    if not isinstance(bot, DealBot):
        raise TypeError("the admin extension needs a DealBot")
    await bot.add_cog(Admin(bot))
