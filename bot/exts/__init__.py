"""Bot extensions, one per feature; each module has `async def setup(bot)`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord

if TYPE_CHECKING:
    from bot.client import DealBot

NO_MENTIONS = discord.AllowedMentions.none()
"""Passed on every send, on top of the client default, so no echoed text can ever ping."""


def deal_bot(interaction: discord.Interaction) -> DealBot:
    """The interaction's client as our bot (for its settings and service)."""
    from bot.client import DealBot

    client = interaction.client
    if not isinstance(client, DealBot):
        raise TypeError("these commands need a DealBot")
    return client
