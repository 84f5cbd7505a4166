"""The one app-command error handler: every failure gets an ephemeral answer and a log line."""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.embeds import language_of

log = logging.getLogger(__name__)


class AdminOnly(app_commands.CheckFailure):
    """Raised by the admin check; answered with a polite refusal."""


class HomeOnly(app_commands.CheckFailure):
    """A command that changes what every server shares, used outside the home server."""


_MESSAGES: dict[str, dict[str, str]] = {
    "admin": {
        "de": "Nur Server-Admins (Server verwalten) dürfen diesen Befehl benutzen.",
        "en": "Only server admins (Manage Server) can use this command.",
    },
    "home": {
        "de": "Diesen Befehl gibt es nur auf dem Heimatserver des Bots.",
        "en": "This command is only available in the bot's home server.",
    },
    "unknown": {
        "de": "Diesen Befehl gibt es hier nicht (mehr).",
        "en": "This command is not available here.",
    },
    "guild": {
        "de": "Dieser Befehl funktioniert nur auf einem Server.",
        "en": "This command only works in a server.",
    },
    "cooldown": {
        "de": "Etwas langsamer bitte – versuch es in {seconds:.0f} s noch einmal.",
        "en": "Slow down a little — try again in {seconds:.0f} s.",
    },
    "check": {
        "de": "Du darfst diesen Befehl hier nicht benutzen.",
        "en": "You can't use this command here.",
    },
    "failed": {
        "de": "Da ist etwas schiefgegangen. Bitte versuch es später noch einmal.",
        "en": "Something went wrong. Please try again later.",
    },
}


def error_message(error: app_commands.AppCommandError, language: str) -> str:
    """The user-facing text for an error; unexpected errors get a generic line, never details."""
    if isinstance(error, AdminOnly | app_commands.MissingPermissions):
        key = "admin"
    elif isinstance(error, HomeOnly):
        key = "home"
    elif isinstance(error, app_commands.CommandNotFound):
        key = "unknown"
    elif isinstance(error, app_commands.NoPrivateMessage):
        key = "guild"
    elif isinstance(error, app_commands.CommandOnCooldown):
        return _MESSAGES["cooldown"][language].format(seconds=max(error.retry_after, 1.0))
    elif isinstance(error, app_commands.CheckFailure):
        key = "check"
    else:
        key = "failed"
    return _MESSAGES[key][language]


def _name_of(interaction: discord.Interaction) -> str:
    data = interaction.data
    return str(data.get("name") or "?") if data else "?"


async def send_ephemeral(interaction: discord.Interaction, content: str) -> None:
    """Answer privately, as a followup when the interaction already has its response."""
    none = discord.AllowedMentions.none()
    try:
        if interaction.response.is_done():
            await interaction.followup.send(content, ephemeral=True, allowed_mentions=none)
        else:
            await interaction.response.send_message(content, ephemeral=True, allowed_mentions=none)
    except discord.HTTPException:
        log.warning("could not send the error message for interaction %s", interaction.id, exc_info=True)


class Errors(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        self._previous = bot.tree.on_error

    async def cog_load(self) -> None:
        self.bot.tree.error(self.on_app_command_error)

    async def cog_unload(self) -> None:
        self.bot.tree.on_error = self._previous  # type: ignore[method-assign]

    async def on_app_command_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        command = interaction.command.qualified_name if interaction.command else _name_of(interaction)
        # A refused check, a cooldown, or a command Discord still shows somewhere it no longer exists
        # (an older sync): expected, logged without a traceback.
        expected = isinstance(
            error, app_commands.CheckFailure | app_commands.CommandOnCooldown | app_commands.CommandNotFound
        )
        log.log(
            logging.INFO if expected else logging.ERROR,
            "/%s by user %s failed: %s",
            command,
            interaction.user.id,
            type(error).__name__,
            exc_info=None if expected else error,
        )
        await send_ephemeral(interaction, error_message(error, language_of(interaction.locale)))


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Errors(bot))
