"""Start the Discord bot: open the knowledge service, run the bot, close the service on the way out."""

from __future__ import annotations

import logging

import discord

from bot.client import DealBot
from bot.service import KnowledgeService
from bot.settings import Settings, SettingsError

log = logging.getLogger(__name__)

LOG_FORMAT = "[{asctime}] [{levelname:<8}] {name} ({shards}): {message}"


class ShardTag(logging.Filter):
    """Every log line names the shards of this process ("shards 0–3 of 8"), so the lines of several
    processes can be told apart; lines about one server name its shard themselves."""

    def __init__(self) -> None:
        super().__init__()
        self.bot: DealBot | None = None

    def filter(self, record: logging.LogRecord) -> bool:
        record.shards = self.bot.shard_label if self.bot is not None else "starting"
        return True


async def run_bot(settings: Settings) -> None:
    """Run until the bot is stopped; the token is only handed to discord.py, never logged."""
    if settings.discord_token is None:
        raise SettingsError("setting DISCORD_TOKEN is not set; the Discord bot needs a bot token")
    tag = ShardTag()
    handler = logging.StreamHandler()
    handler.addFilter(tag)
    discord.utils.setup_logging(
        handler=handler,
        formatter=logging.Formatter(LOG_FORMAT, "%Y-%m-%d %H:%M:%S", style="{"),
        level=logging.getLevelNamesMapping()[settings.log_level],
    )
    service = await KnowledgeService.open(settings)
    service.start_warm_up()
    try:
        async with DealBot(settings, service) as bot:
            tag.bot = bot
            await bot.start(settings.discord_token.get_secret_value())
    except discord.LoginFailure:
        log.error("Discord rejected DISCORD_TOKEN; create a new token in the Developer Portal")
        raise
    except discord.PrivilegedIntentsRequired:
        log.error(
            "Discord refused the Message Content intent: enable it in the Developer Portal "
            "(Bot → Privileged Gateway Intents) or clear ANSWER_CHANNEL_IDS"
        )
        raise
    finally:
        await service.close()
