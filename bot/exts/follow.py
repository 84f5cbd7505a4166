"""Follow reloads made by other processes (or `python -m bot reload`): poll the knowledge version.

See bot/knowledge_version.py. Every KNOWLEDGE_POLL_SECONDS (0: never) this process reads the small
version file in the knowledge folder and reloads when another process announced a reload; the first
look is at start, so a process that was down during a reload catches up.
"""

from __future__ import annotations

import logging

from discord.ext import commands, tasks

from bot.client import DealBot
from bot.knowledge_version import Follower

log = logging.getLogger(__name__)


class Follow(commands.Cog):
    def __init__(self, bot: DealBot) -> None:
        self.bot = bot
        self.follower = Follower(bot.service, bot.settings)
        self.poll = tasks.loop(seconds=max(bot.settings.knowledge_poll_seconds, 0.05))(self._poll)

    async def cog_load(self) -> None:
        if self.bot.settings.knowledge_poll_seconds > 0:
            self.poll.start()
        else:
            log.info("KNOWLEDGE_POLL_SECONDS is 0: reloads made by other processes are not followed")

    async def cog_unload(self) -> None:
        self.poll.cancel()

    async def _poll(self) -> None:
        try:
            await self.follower.check()
        except Exception:
            log.exception("could not check the knowledge version; trying again next time")


async def setup(bot: commands.Bot) -> None:
    if not isinstance(bot, DealBot):
        raise TypeError("the follow extension needs a DealBot")
    await bot.add_cog(Follow(bot))
