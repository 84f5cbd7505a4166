"""Admin commands. /stats exists in every server and shows that server's questions only; /reload and
/stats-all change or show what every server shares and exist only in the home server.

Who may do what:
- `/stats` (everywhere): the server's Manage Server members or ADMIN_ROLE_IDS; this server's questions.
- `/reload`, `/stats-all` (home server only, HOME_GUILD_ID): its Manage Server members or
  ADMIN_ROLE_IDS, and the application's owner or team (`bot.is_owner`).

Guarded three times: the home commands are registered and synced for the home server alone (other
servers never see them, and discord.py finds no such command for an interaction from elsewhere);
`default_permissions` hides them from members without Manage Server; and a run-time check enforces
the server and the person (a server owner can re-grant a hidden command to anyone).
"""

from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import discord
from discord import app_commands
from discord.ext import commands

from bot.articles import add_article, take_back
from bot.client import DealBot
from bot.embeds import ShardLine, clip, language_of, reload_embed, stats_embed
from bot.exts import NO_MENTIONS, deal_bot
from bot.exts.errors import AdminOnly, HomeOnly
from bot.knowledge.errors import KnowledgeError
from bot.knowledge.loader import MAX_DOCUMENT_BYTES
from bot.knowledge_version import reload_everywhere
from bot.store import question_origin

log = logging.getLogger(__name__)

T = TypeVar("T")

_ARTICLE_REFUSED = {
    "de": "Artikel nicht übernommen – das bisherige Wissen bleibt aktiv.\n{error}",
    "en": "Article not added — the previous knowledge stays live.\n{error}",
}
_ARTICLE_ADDED = {
    "de": "Artikel **{document}** hinzugefügt. Sätze mit Zahlen, die ich jetzt beantworte:\n{sentences}",
    "en": "Article **{document}** added. Sentences with figures I now answer from:\n{sentences}",
}
_ARTICLE_DRAFT = {
    "de": "Entwurf der Fakten zu **{document}**: prüfen, `draft: true` löschen, in knowledge/facts/ ablegen.",
    "en": "Draft facts for **{document}**: review, delete `draft: true`, save into knowledge/facts/.",
}
_ARTICLE_UNKNOWN = {
    "de": "Keinen Artikel „{document}“ gefunden.",
    "en": 'No article "{document}" found.',
}
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
    """This server's admins (for what concerns this server only)."""

    async def predicate(interaction: discord.Interaction) -> bool:
        if interaction.guild_id is None:
            raise app_commands.NoPrivateMessage()
        if not is_admin(interaction, deal_bot(interaction).settings.admin_role_ids):
            raise AdminOnly()
        return True

    return app_commands.check(predicate)


async def may_steer(interaction: discord.Interaction) -> bool:
    """In the home server, one of its admins or the application's owner (or a member of its team)."""
    bot = deal_bot(interaction)
    home = bot.settings.home_guild
    if interaction.guild_id is None:
        raise app_commands.NoPrivateMessage()
    if home is None or interaction.guild_id != home:
        raise HomeOnly()
    if is_admin(interaction, bot.settings.admin_role_ids) or await bot.is_owner(interaction.user):
        return True
    raise AdminOnly()


def home_admin_only() -> Callable[[T], T]:
    return app_commands.check(may_steer)


def shard_line(bot: DealBot, shard_id: int) -> ShardLine:
    return ShardLine(
        shard_id=shard_id,
        shard_count=bot.shard_count or 1,
        servers=bot.shard_guilds(shard_id),
        latency_ms=bot.shard_latency_ms(shard_id),
    )


class ServerStats(commands.Cog):
    """/stats: everywhere, for the server's own admins, about the server's own questions."""

    def __init__(self, bot: DealBot) -> None:
        self.bot = bot
        self.service = bot.service

    @app_commands.command(name="stats", description="How many questions were asked and answered (admins)")
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.guild_only()
    @admin_only()
    async def stats(self, interaction: discord.Interaction) -> None:
        language = language_of(interaction.locale)
        # This server's questions only: other communities' text is not shown to this server's admins.
        stats = await self.service.stats(10, guild=question_origin(interaction.guild_id))
        shard = shard_line(self.bot, self.bot.shard_of(interaction.guild_id))
        embed = stats_embed(stats, language, shards=[shard])
        await interaction.response.send_message(embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS)


class Home(commands.Cog):
    """The commands that concern every server: registered for the home server only (see `setup`)."""

    def __init__(self, bot: DealBot) -> None:
        self.bot = bot
        self.service = bot.service

    @app_commands.command(name="reload", description="Reload the knowledge files for every server (admins)")
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.guild_only()
    @home_admin_only()
    async def reload(self, interaction: discord.Interaction) -> None:
        language = language_of(interaction.locale)
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            # Announced in the knowledge folder: every other bot process follows within seconds.
            report = await reload_everywhere(self.service, self.bot.settings)
        except KnowledgeError as exc:
            log.warning("reload requested by %s failed: %s", interaction.user.id, exc)
            message = _RELOAD_FAILED[language].format(error=discord.utils.escape_mentions(str(exc)))
            await interaction.followup.send(clip(message, 2000), ephemeral=True, allowed_mentions=NO_MENTIONS)
            return
        log.info("knowledge reloaded by %s", interaction.user.id)
        embed = reload_embed(report, language)
        await interaction.followup.send(embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS)

    article = app_commands.Group(
        name="article",
        description="Add an article to the knowledge, or draft its facts (home server admins)",
        default_permissions=discord.Permissions(manage_guild=True),
        guild_only=True,
        allowed_contexts=app_commands.AppCommandContext(guild=True, dm_channel=False, private_channel=False),
    )

    @article.command(name="add", description="Add a .txt article, reload, and show what it answers")
    @app_commands.describe(
        file="the article as UTF-8 text", title="its headline", date="published (YYYY-MM-DD)"
    )
    @home_admin_only()
    async def article_add(
        self,
        interaction: discord.Interaction,
        file: discord.Attachment,
        title: app_commands.Range[str, 1, 200] | None = None,
        date: app_commands.Range[str, 4, 20] | None = None,
    ) -> None:
        language = language_of(interaction.locale)
        await interaction.response.defer(ephemeral=True, thinking=True)
        root = Path(self.bot.settings.knowledge_dir)
        try:
            if file.size > MAX_DOCUMENT_BYTES:
                raise KnowledgeError(
                    file.filename, f"is {file.size:,} bytes, more than {MAX_DOCUMENT_BYTES:,}"
                )
            data = await file.read()
            added = await asyncio.to_thread(add_article, root, file.filename, data, title, date)
        except (KnowledgeError, discord.HTTPException) as exc:
            message = _ARTICLE_REFUSED[language].format(error=discord.utils.escape_mentions(str(exc)))
            await interaction.followup.send(clip(message, 2000), ephemeral=True, allowed_mentions=NO_MENTIONS)
            return
        try:
            report = await reload_everywhere(self.service, self.bot.settings)
        except KnowledgeError as exc:
            await asyncio.to_thread(take_back, added)  # the folder is as it was; the old facts stay live
            message = _ARTICLE_REFUSED[language].format(error=discord.utils.escape_mentions(str(exc)))
            await interaction.followup.send(clip(message, 2000), ephemeral=True, allowed_mentions=NO_MENTIONS)
            return
        log.info("article %s added by %s", added.document, interaction.user.id)
        sentences = "\n".join(f"• {clip(s, 300)}" for s in self.service.figure_sentences(added.document))
        message = _ARTICLE_ADDED[language].format(document=added.document, sentences=sentences or "–")
        embed = reload_embed(report, language)
        await interaction.followup.send(
            clip(message, 2000), embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS
        )

    @article.command(name="draft", description="The draft facts file of an article, to curate")
    @app_commands.describe(document="the article (its id)")
    @home_admin_only()
    async def article_draft(self, interaction: discord.Interaction, document: str) -> None:
        language = language_of(interaction.locale)
        doc_id = document if document in self.service.kb.documents else None
        if doc_id is None:
            choices = self.service.document_choices(document, 1)
            doc_id = choices[0][1] if choices else None
        if doc_id is None:
            text = _ARTICLE_UNKNOWN[language].format(document=discord.utils.escape_mentions(document))
            await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_MENTIONS)
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        body = await asyncio.to_thread(self.service.draft, doc_id)
        attachment = discord.File(io.BytesIO(body.encode("utf-8")), filename=f"draft-{doc_id}.yaml")
        await interaction.followup.send(
            _ARTICLE_DRAFT[language].format(document=doc_id),
            file=attachment,
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )

    @article_draft.autocomplete("document")
    async def _documents(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return [
            app_commands.Choice(name=label, value=value)
            for label, value in self.service.document_choices(current)
        ]

    @app_commands.command(
        name="stats-all", description="Questions asked in every server and in DMs (home server admins)"
    )
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.guild_only()
    @home_admin_only()
    async def stats_all(self, interaction: discord.Interaction) -> None:
        language = language_of(interaction.locale)
        stats = await self.service.stats(10, guild=None)
        shards = [shard_line(self.bot, shard_id) for shard_id in sorted(self.bot.shards)]
        embed = stats_embed(stats, language, everywhere=True, shards=shards)
        await interaction.response.send_message(embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS)


async def setup(bot: commands.Bot) -> None:
    if not isinstance(bot, DealBot):
        raise TypeError("the admin extension needs a DealBot")
    await bot.add_cog(ServerStats(bot))
    home = bot.settings.home_guild
    if home is None:
        log.info(
            "HOME_GUILD_ID (or DISCORD_GUILD_ID) is not set: /reload and /stats-all exist in no server; "
            "reload from the command line (python -m bot reload)"
        )
        return
    await bot.add_cog(Home(bot), guild=discord.Object(id=home))
