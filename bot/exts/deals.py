"""/deal (one deal, with autocomplete) and /deals (all deals with their headline figures)."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import DealBot
from bot.embeds import CHOICE_LIMIT, MAX_SUGGESTIONS, clip, deal_embed, deals_embed, language_of, safe
from bot.exts import NO_MENTIONS

_UNKNOWN = {
    "de": "Einen Deal „{name}“ kenne ich nicht.",
    "en": "I don't know a deal called “{name}”.",
}
_SUGGEST = {"de": "Meinten Sie: {names}?", "en": "Did you mean: {names}?"}
_PICK = {
    "de": "Tipp: Wähle einen Namen aus der Vorschlagsliste.",
    "en": "Tip: pick a name from the suggestion list.",
}


def choices(pairs: list[tuple[str, str]]) -> list[app_commands.Choice[str]]:
    """Autocomplete choices within Discord's limits (25 choices, 100 characters each)."""
    return [
        app_commands.Choice(name=clip(name, CHOICE_LIMIT), value=value)
        for name, value in pairs[:25]
        if value and len(value) <= CHOICE_LIMIT
    ]


def typed_choice(ranked: list[tuple[str, str]], typed: str) -> str | None:
    """A name typed instead of picked from autocomplete: the choice whose display name it is exactly."""
    wanted = typed.strip().casefold()
    return next((value for display, value in ranked if display.casefold() == wanted), None)


def not_found(language: str, name: str, suggestions: list[str]) -> str:
    lines = [_UNKNOWN[language].format(name=clip(safe(name), 100))]
    if suggestions:
        names = ", ".join(f"**{safe(s)}**" for s in suggestions[:MAX_SUGGESTIONS])
        lines.append(_SUGGEST[language].format(names=names))
    else:
        lines.append(_PICK[language])
    return "\n".join(lines)


class Deals(commands.Cog):
    def __init__(self, bot: DealBot) -> None:
        self.service = bot.service

    @app_commands.command(name="deal", description="One deal in detail, every figure with its source")
    @app_commands.describe(name="Deal, company or alias (autocomplete lists them)")
    async def deal(self, interaction: discord.Interaction, name: app_commands.Range[str, 1, 100]) -> None:
        language = language_of(interaction.locale)
        summary = self.service.deal_summary(name, language)
        if summary is None:
            # Typed instead of picked: accept an exact display name, otherwise suggest.
            ranked = self.service.deal_choices(name, MAX_SUGGESTIONS)
            exact = typed_choice(ranked, name)
            if exact:
                summary = self.service.deal_summary(exact, language)
            if summary is None:
                message = not_found(language, name, [display for display, _ in ranked])
                await interaction.response.send_message(message, ephemeral=True, allowed_mentions=NO_MENTIONS)
                return
        embed = deal_embed(summary, language)
        await interaction.response.send_message(embed=embed, allowed_mentions=NO_MENTIONS)

    @deal.autocomplete("name")
    async def deal_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return choices(self.service.deal_choices(current, 25))

    @app_commands.command(name="deals", description="Every deal with its headline figures")
    async def deals(self, interaction: discord.Interaction) -> None:
        language = language_of(interaction.locale)
        embed = deals_embed(self.service.deal_overview(language), language)
        await interaction.response.send_message(embed=embed, allowed_mentions=NO_MENTIONS)


async def setup(bot: commands.Bot) -> None:
    if not isinstance(bot, DealBot):
        raise TypeError("the deals extension needs a DealBot")
    await bot.add_cog(Deals(bot))
