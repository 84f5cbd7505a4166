"""The buttons under an answer: its suggestions, "Quellen"/"Sources" and "Löschen"/"Delete".

Every button is a `DynamicItem`: what a click needs is in its custom id, and the bot registers the id
templates at start, so a button keeps working after a restart (no view is kept per message).

- a suggestion, `dq:ask:<question>`: asks that question; the answer goes to the clicker alone (an
  ephemeral response). A suggestion too long for the id is `dq:sug:<n>`, the answer's n-th suggestion,
  looked up in the answers kept in memory; after a restart that one is answered with "expired".
- `dq:src[:<question>]`: every quote of the answer, ephemerally. From the answers kept in memory; after
  a restart the question in the id is asked again (an id without one — a follow-up, whose subject came
  from the conversation, or a long question — is "expired").
- `dq:del:<asker id>`: deletes the answer, for the reader who asked; anyone else gets a short refusal.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections import OrderedDict
from collections.abc import Awaitable
from typing import Any, Protocol

import discord

from bot.answer import Answer, Context
from bot.embeds import MAX_SUGGESTIONS, answer_embed, clip, language_of, quotes_embed
from bot.exts import NO_MENTIONS, deal_bot

log = logging.getLogger(__name__)

CUSTOM_ID_LIMIT = 100
"""Discord's limit for a component's custom id."""
LABEL_LIMIT = 80
"""Discord's limit for a button's label."""
ANSWERS_KEPT = 2_000
"""Answers remembered by message id for their buttons (a few MB); older ones fall back to the custom id."""
DEFER_AFTER_SECONDS = 1.5
"""A click must be acknowledged within 3 s: an answer not ready by then is deferred, then sent."""

_ASK = "dq:ask:"
_NTH = "dq:sug:"
_SOURCES = "dq:src"
_DELETE = "dq:del:"

_TEXT: dict[str, dict[str, str]] = {
    "sources": {"de": "Quellen", "en": "Sources"},
    "delete": {"de": "Löschen", "en": "Delete"},
    "not_yours": {
        "de": "Nur wer die Frage gestellt hat, kann diese Antwort löschen.",
        "en": "Only the person who asked can delete this answer.",
    },
    "expired": {
        "de": "Dieser Knopf ist abgelaufen – bitte stell die Frage noch einmal.",
        "en": "This button has expired — please ask the question again.",
    },
    "no_sources": {
        "de": "Zu dieser Antwort gibt es keine Zitate.",
        "en": "This answer quotes no article.",
    },
}


def _text(key: str, language: str) -> str:
    return _TEXT[key]["de" if language == "de" else "en"]


class AnswerMemory:
    """The answers behind recent messages (by message id), newest kept, at most `ANSWERS_KEPT`."""

    def __init__(self, size: int = ANSWERS_KEPT) -> None:
        self._size = size
        self._answers: OrderedDict[int, Answer] = OrderedDict()

    def remember(self, message_id: int | None, answer: Answer) -> None:
        if message_id is None:
            return
        self._answers[message_id] = answer
        self._answers.move_to_end(message_id)
        while len(self._answers) > self._size:
            self._answers.popitem(last=False)

    def get(self, message_id: int | None) -> Answer | None:
        return self._answers.get(message_id) if message_id is not None else None

    def forget(self, message_id: int | None) -> None:
        if message_id is not None:
            self._answers.pop(message_id, None)


class Answering(Protocol):
    """What the buttons need of the cog that answers questions (bot/exts/ask.py)."""

    memory: AnswerMemory

    async def answer(self, question: str, locale: str | None, context: Context | None = None) -> Answer: ...

    async def record(self, answer: Answer, guild_id: int | None) -> None: ...

    def remember_subject(self, reader_id: int, channel_id: int, answer: Answer) -> None: ...


def _answering(interaction: discord.Interaction) -> Answering | None:
    cog: Any = deal_bot(interaction).get_cog("Ask")
    return cog if cog is not None and isinstance(getattr(cog, "memory", None), AnswerMemory) else None


def _message_id(interaction: discord.Interaction) -> int | None:
    return interaction.message.id if interaction.message is not None else None


async def _in_time(interaction: discord.Interaction, work: Awaitable[Answer]) -> Answer:
    """The answer; when it is not ready within `DEFER_AFTER_SECONDS` the click is deferred ("thinking…",
    seen by the clicker alone) so Discord's 3 s never run out."""
    task = asyncio.ensure_future(work)
    done, _ = await asyncio.wait({task}, timeout=DEFER_AFTER_SECONDS)
    if not done:
        await interaction.response.defer(ephemeral=True, thinking=True)
    return await task


async def _send_ephemeral(interaction: discord.Interaction, **kwargs: Any) -> int | None:
    """Send to the clicker alone (the response, or a followup after a deferral); the message's id."""
    kwargs.update(ephemeral=True, allowed_mentions=NO_MENTIONS)
    if interaction.response.is_done():
        sent = await interaction.followup.send(wait=True, **kwargs)
        return sent.id
    response = await interaction.response.send_message(**kwargs)
    return response.message_id


async def _tell(interaction: discord.Interaction, content: str) -> None:
    """A short ephemeral message to the clicker alone."""
    await _send_ephemeral(interaction, content=content)


def _suggestion_id(question: str, index: int) -> str:
    """The question itself when it fits the custom id, else its place among the answer's suggestions."""
    return _ASK + question if len(_ASK + question) <= CUSTOM_ID_LIMIT else f"{_NTH}{index}"


def _sources_id(question: str | None) -> str:
    """The question (to ask again after a restart) when it fits; its "@" dropped, so that no body the
    bot sends carries an "@everyone", even an invisible one (the engine reads the words alone)."""
    question = question.replace("@", "") if question else None
    fits = question and len(f"{_SOURCES}:{question}") <= CUSTOM_ID_LIMIT
    return f"{_SOURCES}:{question}" if fits else _SOURCES


def answer_view(answer: Answer, *, asker_id: int | None, question: str | None) -> discord.ui.View:
    """The buttons for `answer`: its suggestions, Sources (when it quotes), Delete (for `asker_id`).

    `question`: what to ask again for the sources after a restart — only a question that stands alone
    (not a follow-up answered with the conversation's subject); None keeps it out of the id.
    """
    view = discord.ui.View(timeout=None)
    language = answer.language
    for index, suggestion in enumerate(answer.suggestions[:MAX_SUGGESTIONS]):
        view.add_item(SuggestionButton(_suggestion_id(suggestion, index), suggestion, suggestion, row=0))
    if answer.citations:
        view.add_item(SourcesButton(language, question, row=1))
    if asker_id is not None:
        view.add_item(DeleteButton(language, asker_id, row=1))
    return view


class SuggestionButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"dq:(?:ask:(?P<question>.+)|sug:(?P<index>\d))"
):
    def __init__(self, custom_id: str, question: str | None, label: str, *, row: int | None = None) -> None:
        button: discord.ui.Button[Any] = discord.ui.Button(
            label=clip(label, LABEL_LIMIT), style=discord.ButtonStyle.secondary, custom_id=custom_id
        )
        super().__init__(button, row=row)
        self.question = question

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> SuggestionButton:
        question = match["question"]
        if question is None:  # the n-th suggestion of an answer kept in memory (None after a restart)
            index = int(match["index"])
            answering = _answering(interaction)
            kept = answering.memory.get(_message_id(interaction)) if answering else None
            question = kept.suggestions[index] if kept and index < len(kept.suggestions) else None
        label = getattr(item, "label", None) or question or "?"
        return cls(match.string, question, label)

    async def callback(self, interaction: discord.Interaction) -> None:
        answering = _answering(interaction)
        if answering is None or self.question is None:
            await _tell(interaction, _text("expired", language_of(interaction.locale)))
            return
        answer = await _in_time(interaction, answering.answer(self.question, str(interaction.locale)))
        view = answer_view(answer, asker_id=None, question=self.question)
        sent = await _send_ephemeral(
            interaction, embed=answer_embed(answer, question=self.question), view=view
        )
        answering.memory.remember(sent, answer)
        if interaction.channel_id is not None:  # "und wann?" next follows up on the clicked question
            answering.remember_subject(interaction.user.id, interaction.channel_id, answer)
        await answering.record(answer, interaction.guild_id)


class SourcesButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"dq:src(?::(?P<question>.+))?"):
    def __init__(self, language: str, question: str | None, *, row: int | None = None) -> None:
        button: discord.ui.Button[Any] = discord.ui.Button(
            label=_text("sources", language),
            style=discord.ButtonStyle.secondary,
            emoji="📚",
            custom_id=_sources_id(question),
        )
        super().__init__(button, row=row)
        self.question = question

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> SourcesButton:
        return cls(language_of(interaction.locale), match["question"])

    async def callback(self, interaction: discord.Interaction) -> None:
        language = language_of(interaction.locale)
        answering = _answering(interaction)
        answer = answering.memory.get(_message_id(interaction)) if answering else None
        if answer is None and answering is not None and self.question:
            # Not in memory (the bot restarted): the same question asked again, of today's articles.
            answer = await _in_time(interaction, answering.answer(self.question, str(interaction.locale)))
        if answer is None:
            await _tell(interaction, _text("expired", language))
        elif not answer.citations:
            await _tell(interaction, _text("no_sources", answer.language))
        else:
            await _send_ephemeral(interaction, embed=quotes_embed(answer))


class DeleteButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"dq:del:(?P<asker>\d+)"):
    def __init__(self, language: str, asker_id: int, *, row: int | None = None) -> None:
        button: discord.ui.Button[Any] = discord.ui.Button(
            label=_text("delete", language),
            style=discord.ButtonStyle.danger,
            emoji="🗑️",
            custom_id=f"{_DELETE}{asker_id}",
        )
        super().__init__(button, row=row)
        self.asker_id = asker_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> DeleteButton:
        return cls(language_of(interaction.locale), int(match["asker"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        if interaction.user.id != self.asker_id:
            await _tell(interaction, _text("not_yours", language_of(interaction.locale)))
            return
        # For a button, the deferred update's "original response" is the message the button is on.
        await interaction.response.defer()
        try:
            await interaction.delete_original_response()
        except discord.HTTPException as exc:
            log.warning("could not delete answer %s: %s %s", _message_id(interaction), exc.status, exc.text)
            return
        answering = _answering(interaction)
        if answering is not None:
            answering.memory.forget(_message_id(interaction))


DYNAMIC_ITEMS = (SuggestionButton, SourcesButton, DeleteButton)
"""Registered with the bot at start, so that buttons sent before a restart still answer."""
