"""/sources (the articles the bot knows) and /source (one article and the facts that cite it)."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import DealBot
from bot.embeds import document_embed, language_of, sources_embed
from bot.exts import NO_MENTIONS
from bot.exts.deals import choices, not_found, typed_choice


class Sources(commands.Cog):
    def __init__(self, bot: DealBot) -> None:
        self.service = bot.service

    @app_commands.command(name="sources", description="The articles the answers come from")
    async def sources(self, interaction: discord.Interaction) -> None:
        language = language_of(interaction.locale)
        embed = sources_embed(self.service.documents(), language)
        await interaction.response.send_message(embed=embed, allowed_mentions=NO_MENTIONS)

    @app_commands.command(name="source", description="One article: its date and the facts taken from it")
    @app_commands.describe(document="Article title or id")
    async def source(
        self, interaction: discord.Interaction, document: app_commands.Range[str, 1, 100]
    ) -> None:
        language = language_of(interaction.locale)
        info = self.service.document_info(document, language)
        if info is None:
            ranked = self.service.document_choices(document, 3)
            exact = typed_choice(ranked, document)
            if exact:
                info = self.service.document_info(exact, language)
            if info is None:
                message = not_found(language, document, [title for title, _ in ranked])
                await interaction.response.send_message(message, ephemeral=True, allowed_mentions=NO_MENTIONS)
                return
        embed = document_embed(info, language)
        await interaction.response.send_message(embed=embed, allowed_mentions=NO_MENTIONS)

    @source.autocomplete("document")
    async def source_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return choices(self.service.document_choices(current, 25))


async def setup(bot: commands.Bot) -> None:
    if not isinstance(bot, DealBot):
        raise TypeError("the sources extension needs a DealBot")
    await bot.add_cog(Sources(bot))
