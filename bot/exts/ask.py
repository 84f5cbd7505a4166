"""Answering questions: in the configured channels, in DMs, when mentioned, and with /ask."""

from __future__ import annotations

import logging
import re
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from enum import Enum

import discord
from discord import app_commands
from discord.ext import commands

from bot.answer import Answer
from bot.client import DealBot
from bot.embeds import answer_embed, language_of
from bot.exts import NO_MENTIONS
from bot.ratelimit import Burst, Once, Pacer
from bot.store import question_origin

log = logging.getLogger(__name__)

_REPLIED_MEMORY = 2048
BUSY = "⏳"
"""The one reaction a reader gets when the bot cannot take their question now (never a text)."""

_TEXT: dict[str, dict[str, str]] = {
    "too_long": {
        "de": "Die Frage ist zu lang – bitte höchstens {limit} Zeichen.",
        "en": "That question is too long — please keep it under {limit} characters.",
    },
    "empty": {
        "de": "Frag mich etwas zu den KI-Infrastruktur-Deals, z. B. „Wie viel ist der Deal wert?“",
        "en": "Ask me about the AI infrastructure deals, e.g. “How much is the deal worth?”",
    },
}


class Mode(Enum):
    CHANNEL = "channel"
    """An answer channel: answer only confident replies to real questions, otherwise stay silent."""
    DIRECT = "direct"
    """A DM or a mention: always reply."""
    REPLY = "reply"
    """A Discord reply to one of the bot's messages: like a mention, but thanks and chatter get none."""


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean_question(content: str, bot_id: int | None) -> str:
    """The question without the bot's mention and control characters, whitespace folded."""
    if bot_id is not None:
        content = re.sub(rf"<@!?{bot_id}>", " ", content)
    content = _CONTROL.sub(" ", content)
    return " ".join(content.split())


class Ask(commands.Cog):
    def __init__(self, bot: DealBot) -> None:
        self.bot = bot
        self.service = bot.service
        self.settings = bot.settings
        self.readers = Burst(bot.settings.user_burst, bot.settings.user_burst_seconds)
        self.pacer = Pacer(bot.settings.channel_interval_seconds, bot.settings.channel_queue_size)
        self._busy_shown = Once(max(bot.settings.user_burst_seconds, 10.0))
        self._replied: OrderedDict[int, None] = OrderedDict()
        self._clock: Callable[[], float] = time.monotonic

    async def cog_unload(self) -> None:
        await self.pacer.close()

    def _mode(self, message: discord.Message) -> Mode | None:
        me = self.bot.user
        if me is None:
            return None
        if message.guild is None:
            return Mode.DIRECT
        # The mention written in the text, not `message.mentions`: that also lists the author of a
        # replied-to message, and a "thanks" in reply to the bot's answer needs no answer.
        if me.id in message.raw_mentions:
            return Mode.DIRECT
        if self._replies_to_me(message, me.id):
            return Mode.REPLY
        channel_ids = self.settings.answer_channel_ids
        parent_id = getattr(message.channel, "parent_id", None)
        if message.channel.id in channel_ids or (parent_id is not None and parent_id in channel_ids):
            return Mode.CHANNEL
        return None

    @staticmethod
    def _replies_to_me(message: discord.Message, my_id: int) -> bool:
        """Sent as a Discord reply to one of the bot's messages (Discord includes the replied-to one)."""
        reference = message.reference
        if message.type is not discord.MessageType.reply or reference is None:
            return False
        replied = reference.resolved or reference.cached_message
        return isinstance(replied, discord.Message) and replied.author.id == my_id

    def _first_reply(self, message: discord.Message) -> bool:
        """True once per message id: a redelivered or double-dispatched message is not answered twice."""
        if message.id in self._replied:
            return False
        self._replied[message.id] = None
        if len(self._replied) > _REPLIED_MEMORY:
            self._replied.popitem(last=False)
        return True

    async def _respond(
        self, message: discord.Message, *, content: str | None = None, embed: discord.Embed | None = None
    ) -> None:
        """Reply through the limits: paced in the channel's queue, or one ⏳ when it cannot be taken.

        A reader gets `USER_BURST` answers per `USER_BURST_SECONDS`; a channel gets one answer per
        `CHANNEL_INTERVAL_SECONDS`, with up to `CHANNEL_QUEUE_SIZE` waiting in order. Past either
        limit the question gets a ⏳ reaction (once per reader and window), never silence or a scolding.
        """
        if not self._first_reply(message):
            return
        channel_id, now = message.channel.id, self._clock()
        if self.pacer.has_room(channel_id) and self.readers.allow(message.author.id, now):
            accepted = self.pacer.submit(channel_id, self._sender(message, content, embed))
            if accepted:
                return
        log.debug("busy: question %s in channel %s gets %s", message.id, channel_id, BUSY)
        if self._busy_shown.first((channel_id, message.author.id), now):
            try:
                await message.add_reaction(BUSY)
            except discord.HTTPException:
                log.warning("could not react to message %s in channel %s", message.id, channel_id)

    def _sender(
        self, message: discord.Message, content: str | None, embed: discord.Embed | None
    ) -> Callable[[], Awaitable[None]]:
        async def send() -> None:
            reference = message.to_reference(fail_if_not_exists=False)
            try:
                if embed is None:
                    await message.channel.send(content, reference=reference, allowed_mentions=NO_MENTIONS)
                else:
                    await message.channel.send(
                        content, embed=embed, reference=reference, allowed_mentions=NO_MENTIONS
                    )
            except discord.HTTPException:
                log.warning("could not reply to message %s in channel %s", message.id, message.channel.id)

        return send

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or message.type not in (discord.MessageType.default, discord.MessageType.reply):
            return
        mode = self._mode(message)
        if mode is None or self.bot.user is None:
            return
        question = clean_question(message.content, self.bot.user.id)
        locale = str(message.guild.preferred_locale) if message.guild else None
        if mode is Mode.CHANNEL:
            await self._channel_question(message, question, locale)
        else:
            await self._direct_question(message, question, locale, chatter=mode is Mode.DIRECT)

    async def _channel_question(self, message: discord.Message, question: str, locale: str | None) -> None:
        """Unprompted: silent unless it's a question the articles clearly answer."""
        if not question or len(question) > self.settings.max_question_length:
            return
        answer = await self.service.answer(question, locale=locale)
        if not answer.is_question:
            return
        if answer.answered:
            await self._respond(message, embed=answer_embed(answer))
        await self._record(answer, message.guild.id if message.guild else None)

    async def _direct_question(
        self, message: discord.Message, question: str, locale: str | None, *, chatter: bool = True
    ) -> None:
        """Asked directly: a reply — the answer, "not in the articles", or why not.

        `chatter=False` (a reply to the bot's answer): a "danke" or "thanks" is not a question and gets none.
        """
        language = language_of(locale)
        if not question:
            if chatter:
                await self._respond(message, content=_TEXT["empty"][language])
            return
        limit = self.settings.max_question_length
        if len(question) > limit:
            language = (await self.service.answer(question[:limit], locale=locale)).language
            await self._respond(message, content=_TEXT["too_long"][language].format(limit=limit))
            return
        answer = await self.service.answer(question, locale=locale)
        if not chatter and not answer.is_question:
            return
        await self._respond(message, embed=answer_embed(answer))
        await self._record(answer, message.guild.id if message.guild else None)

    async def _record(self, answer: Answer, guild_id: int | None) -> None:
        """Log the question with the server it came from (or DM) — never who asked it."""
        if not answer.is_question:
            return
        try:
            await self.service.record_question(answer.question, answer.answered, question_origin(guild_id))
        except Exception:
            log.exception("could not record a question")

    @app_commands.command(name="ask", description="Ask about the AI infrastructure deals")
    @app_commands.describe(question="Your question, e.g. How much is the deal worth?")
    async def ask(self, interaction: discord.Interaction, question: app_commands.Range[str, 1, 4000]) -> None:
        locale = str(interaction.locale)
        text = clean_question(question, self.bot.user.id if self.bot.user else None)
        limit = self.settings.max_question_length
        if not text:
            hint = _TEXT["empty"][language_of(locale)]
            await interaction.response.send_message(hint, ephemeral=True, allowed_mentions=NO_MENTIONS)
            return
        if len(text) > limit:
            message = _TEXT["too_long"][language_of(locale)].format(limit=limit)
            await interaction.response.send_message(message, ephemeral=True, allowed_mentions=NO_MENTIONS)
            return
        answer = await self.service.answer(text, locale=locale)
        embed = answer_embed(answer, question=text)
        await interaction.response.send_message(embed=embed, allowed_mentions=NO_MENTIONS)
        await self._record(answer, interaction.guild_id)


async def setup(bot: commands.Bot) -> None:
    if not isinstance(bot, DealBot):
        raise TypeError("the ask extension needs a DealBot")
    await bot.add_cog(Ask(bot))
