"""Answering questions: in the configured channels, in DMs, when mentioned, and with /ask."""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from enum import Enum

import discord
from discord import app_commands
from discord.ext import commands

from bot.answer import Answer, Context
from bot.client import DealBot
from bot.embeds import answer_embed, language_of
from bot.exts import NO_MENTIONS
from bot.exts.buttons import DYNAMIC_ITEMS, AnswerMemory, answer_view
from bot.ratelimit import Burst, Once, Pacer
from bot.store import question_origin

log = logging.getLogger(__name__)

_REPLIED_MEMORY = 2048
DEFER_AFTER_SECONDS = 1.5
"""Discord wants an interaction's first response within 3 s: an answer not ready by then is deferred
("thinking…") and sent as a followup when it is."""
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


_SUBJECT_MEMORY = 10_000  # readers' subjects and answers' subjects kept for follow-ups


class Ask(commands.Cog):
    def __init__(self, bot: DealBot) -> None:
        self.bot = bot
        self.service = bot.service
        self.settings = bot.settings
        self.readers = Burst(bot.settings.user_burst, bot.settings.user_burst_seconds)
        self.pacer = Pacer(bot.settings.channel_interval_seconds, bot.settings.channel_queue_size)
        self._busy_shown = Once(max(bot.settings.user_burst_seconds, 10.0))
        self._replied: OrderedDict[int, None] = OrderedDict()
        # Follow-ups: each reader's last answered subject per channel or thread (with its time), and the
        # subject of each answer the bot sent, for replies to it (bounded, oldest dropped first).
        self._last_subject: OrderedDict[tuple[int, int], tuple[float, Context]] = OrderedDict()
        self._answer_subject: OrderedDict[int, Context] = OrderedDict()
        self._clock: Callable[[], float] = time.monotonic
        # Answers are computed off the event loop, so a slow one never stalls the gateway (heartbeats,
        # other readers) and an interaction can be deferred in time. One worker: answers are computed
        # one at a time, in the order the questions came, and the engine is never used by two threads.
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="answer")
        self.memory = AnswerMemory()
        """The answers behind the bot's recent messages, for their buttons (bot/exts/buttons.py)."""

    async def cog_load(self) -> None:
        # Buttons sent before a restart still work: their custom ids carry what a click needs.
        self.bot.add_dynamic_items(*DYNAMIC_ITEMS)

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(*DYNAMIC_ITEMS)
        await self.pacer.close()
        self._worker.shutdown(wait=False, cancel_futures=True)

    async def answer(self, question: str, locale: str | None, context: Context | None = None) -> Answer:
        """The engine's answer, computed on the answer worker (in the order asked)."""
        loop = asyncio.get_running_loop()
        if context is None:
            return await loop.run_in_executor(self._worker, self.service.ask, question, locale)
        return await loop.run_in_executor(self._worker, self.service.ask, question, locale, context)

    def _context_for(self, message: discord.Message) -> Context | None:
        """What a follow-up inherits: the replied-to answer's subject, else the reader's recent one here."""
        replied = message.reference.message_id if message.reference is not None else None
        if replied is not None and replied in self._answer_subject:
            return self._answer_subject[replied]
        key = (message.author.id, message.channel.id)
        kept = self._last_subject.get(key)
        if kept is None or self._clock() - kept[0] > self.settings.follow_up_seconds:
            return None
        return kept[1]

    def _remember(self, message: discord.Message, answer: Answer) -> None:
        self.remember_subject(message.author.id, message.channel.id, answer)

    def remember_subject(self, reader_id: int, channel_id: int, answer: Answer) -> None:
        """`answer`'s subject is what the reader's next question here may follow up on ("und wann?")."""
        if answer.context is None:
            return
        key = (reader_id, channel_id)
        self._last_subject[key] = (self._clock(), answer.context)
        self._last_subject.move_to_end(key)
        if len(self._last_subject) > _SUBJECT_MEMORY:
            self._last_subject.popitem(last=False)

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
        self,
        message: discord.Message,
        *,
        content: str | None = None,
        answer: Answer | None = None,
        standalone: bool = True,
    ) -> None:
        """Reply (a text, or `answer` with its buttons) through the limits: paced in the channel's queue,
        or one ⏳ when it cannot be taken.

        A reader gets `USER_BURST` answers per `USER_BURST_SECONDS`; a channel gets one answer per
        `CHANNEL_INTERVAL_SECONDS`, with up to `CHANNEL_QUEUE_SIZE` waiting in order. Past either
        limit the question gets a ⏳ reaction (once per reader and window), never silence or a scolding.
        """
        if not self._first_reply(message):
            return
        channel_id, now = message.channel.id, self._clock()
        if self.pacer.has_room(channel_id) and self.readers.allow(message.author.id, now):
            accepted = self.pacer.submit(channel_id, self._sender(message, content, answer, standalone))
            if accepted:
                return
        log.debug("busy: question %s in channel %s gets %s", message.id, channel_id, BUSY)
        if self._busy_shown.first((channel_id, message.author.id), now):
            try:
                await message.add_reaction(BUSY)
            except discord.HTTPException:
                log.warning("could not react to message %s in channel %s", message.id, channel_id)

    def _sender(
        self,
        message: discord.Message,
        content: str | None,
        answer: Answer | None,
        standalone: bool = True,
    ) -> Callable[[], Awaitable[None]]:
        """Sends the reply. `standalone`: the question was answered without the conversation's subject,
        so its Sources button may carry it (and ask it again after a restart)."""

        async def send() -> None:
            reference = message.to_reference(fail_if_not_exists=False)
            try:
                if answer is None:
                    sent = await message.channel.send(
                        content, reference=reference, allowed_mentions=NO_MENTIONS
                    )
                    return
                view = answer_view(
                    answer, asker_id=message.author.id, question=answer.question if standalone else None
                )
                sent = await message.channel.send(
                    content,
                    embed=answer_embed(answer),
                    reference=reference,
                    allowed_mentions=NO_MENTIONS,
                    view=view,
                )
                self.memory.remember(sent.id, answer)
                if answer.context is not None:  # a reply to this answer is a follow-up on its subject
                    self._answer_subject[sent.id] = answer.context
                    if len(self._answer_subject) > _SUBJECT_MEMORY:
                        self._answer_subject.popitem(last=False)
            except discord.HTTPException as exc:
                log.warning(
                    "could not reply to message %s in channel %s (shard %d): %s %s",
                    message.id,
                    message.channel.id,
                    self.bot.shard_of(message.guild.id if message.guild else None),
                    exc.status,
                    exc.text or type(exc).__name__,
                )

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
        context = self._context_for(message)
        answer = await self.answer(question, locale, context)
        if not answer.is_question:
            return
        if answer.answered:
            self._remember(message, answer)
            await self._respond(message, answer=answer, standalone=context is None)
        await self.record(answer, message.guild.id if message.guild else None)

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
            language = (await self.answer(question[:limit], locale)).language
            await self._respond(message, content=_TEXT["too_long"][language].format(limit=limit))
            return
        context = self._context_for(message)
        answer = await self.answer(question, locale, context)
        if not chatter and not answer.is_question:
            return
        self._remember(message, answer)
        await self._respond(message, answer=answer, standalone=context is None)
        await self.record(answer, message.guild.id if message.guild else None)

    async def record(self, answer: Answer, guild_id: int | None) -> None:
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
        work = asyncio.ensure_future(self.answer(text, locale))
        done, _ = await asyncio.wait({work}, timeout=DEFER_AFTER_SECONDS)
        if not done:
            log.info("/ask in channel %s takes long: deferred, the answer follows", interaction.channel_id)
            await interaction.response.defer(thinking=True)
        answer = await work
        embed = answer_embed(answer, question=text)
        view = answer_view(answer, asker_id=interaction.user.id, question=text)
        if interaction.response.is_done():
            sent = await interaction.followup.send(
                embed=embed, allowed_mentions=NO_MENTIONS, wait=True, view=view
            )
            self.memory.remember(sent.id, answer)
        else:
            response = await interaction.response.send_message(
                embed=embed, allowed_mentions=NO_MENTIONS, view=view
            )
            self.memory.remember(response.message_id, answer)
        await self.record(answer, interaction.guild_id)


async def setup(bot: commands.Bot) -> None:
    if not isinstance(bot, DealBot):
        raise TypeError("the ask extension needs a DealBot")
    await bot.add_cog(Ask(bot))
