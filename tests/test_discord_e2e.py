"""End-to-end: the real DealBot, discord.py client and KnowledgeService against a fake Discord.

Each test starts a fake Discord on 127.0.0.1, opens the service on the shipped knowledge (database in
tmp_path), connects the bot and pushes gateway events; assertions are on the REST calls the bot makes.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import math
from typing import Any

import discord
import pytest
from fake_discord import Request
from fake_discord import payloads as p
from fake_discord.fixtures import DiscordEnv, Running, discord_env, knowledge_database

from bot.discord_run import run_bot
from bot.ratelimit import Pacer
from bot.service import KnowledgeService
from bot.settings import SettingsError

__all__ = ["discord_env", "knowledge_database"]

NVIDIA_QUESTION = "Wie viel investiert Nvidia in OpenAI?"
EVERYDAY = {"ask", "deal", "deals", "sources", "source", "stats"}
HOME_ONLY = {"reload", "stats-all", "article"}
COMMANDS = EVERYDAY | HOME_ONLY
EPHEMERAL = 64
Json = dict[str, Any]


def embed_text(embed: dict[str, Any]) -> str:
    parts = [embed.get("title") or "", embed.get("description") or ""]
    for item in embed.get("fields") or []:
        parts += [item["name"], item["value"]]
    parts.append((embed.get("footer") or {}).get("text") or "")
    return "\n".join(parts)


def only_embed(body: dict[str, Any]) -> dict[str, Any]:
    embeds = body.get("embeds") or []
    assert len(embeds) == 1, f"expected one embed, got {body}"
    return embeds[0]


def callback_data(request: Request) -> dict[str, Any]:
    data: dict[str, Any] = request.json["data"]
    return data


def assert_no_pings(body: dict[str, Any]) -> None:
    assert body["allowed_mentions"]["parse"] == [], body["allowed_mentions"]
    assert not body["allowed_mentions"].get("replied_user")
    raw = json.dumps(body, ensure_ascii=False)
    assert "@everyone" not in raw and "@here" not in raw, raw


def command_syncs(run: Running) -> list[Request]:
    return run.fake.calls("PUT", r"/applications/\d+(/guilds/\d+)?/commands")


async def recorded(run: Running, count: int) -> None:
    """Questions are recorded after the reply is sent: wait (bounded) until `count` are stored."""
    for _ in range(100):
        if (await run.service.stats()).asked >= count:
            return
        await asyncio.sleep(0.02)
    raise AssertionError(f"expected {count} recorded questions, have {(await run.service.stats()).asked}")


# -- start-up -------------------------------------------------------------------------------------


async def test_start_identifies_with_message_content_and_syncs_commands_once(discord_env: DiscordEnv) -> None:
    settings = discord_env.settings()
    run = await discord_env.start(settings, fresh=True)  # builds the fact base on first start
    identify = run.fake.identify
    assert identify is not None and identify["token"] == "fake-token"
    assert identify["intents"] & (1 << 15), "message-content intent not requested with answer channels"

    [sync] = command_syncs(run)
    assert sync.path == f"/applications/{p.APP_ID}/guilds/{p.GUILD_ID}/commands"
    commands = {c["name"]: c for c in sync.json}
    assert set(commands) == COMMANDS
    for name in ("reload", "stats", "stats-all", "article"):
        assert int(commands[name]["default_member_permissions"]) == p.MANAGE_GUILD, commands[name]
        assert commands[name]["contexts"] == [0], "admin commands must be guild-only"
    assert commands["ask"]["default_member_permissions"] is None
    deal_option = commands["deal"]["options"][0]
    assert deal_option["autocomplete"] is True

    await discord_env.stop(run)
    again = await discord_env.start(settings)
    assert command_syncs(again) == [], "unchanged commands must not be synced again"
    await discord_env.stop(again)

    global_target = await discord_env.start(discord_env.settings(discord_guild_id=None))
    # The development server was a target before and is none now: its commands are removed.
    synced, emptied = command_syncs(global_target)
    assert emptied.path == f"/applications/{p.APP_ID}/guilds/{p.GUILD_ID}/commands" and emptied.json == []
    assert synced.path == f"/applications/{p.APP_ID}/commands"
    assert {c["name"] for c in synced.json} == EVERYDAY, "no home server: no knowledge commands anywhere"


async def test_missing_message_content_intent_is_warned_about_once(
    discord_env: DiscordEnv, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="bot.client"):
        await discord_env.start(app_flags=0)
    warnings = [r for r in caplog.records if r.name == "bot.client" and "Message Content" in r.getMessage()]
    assert len(warnings) == 1, [r.getMessage() for r in caplog.records]


async def test_no_message_content_intent_without_answer_channels(discord_env: DiscordEnv) -> None:
    run = await discord_env.start(discord_env.settings(answer_channel_ids=[]))
    assert run.fake.identify is not None
    assert not run.fake.identify["intents"] & (1 << 15)


# -- conversation ---------------------------------------------------------------------------------


async def test_question_in_answer_channel_gets_a_reply_with_the_answer(discord_env: DiscordEnv) -> None:
    run = await discord_env.start()
    message = await run.say(NVIDIA_QUESTION)
    reply = await run.reply_to(message)
    body = reply.json
    assert reply.path == f"/channels/{p.ANSWER_CHANNEL_ID}/messages"
    assert body["message_reference"]["channel_id"] == p.ANSWER_CHANNEL_ID
    assert_no_pings(body)
    text = embed_text(only_embed(body))
    assert "100" in text
    assert "Quelle" in text, "the footer names the sources"
    await recorded(run, 1)
    stats = await run.service.stats()
    assert (stats.asked, stats.answered) == (1, 1)


async def test_answer_channel_stays_silent_on_chatter_and_unanswerable_questions(
    discord_env: DiscordEnv,
) -> None:
    run = await discord_env.start()
    greeting = await run.say("Guten Morgen zusammen!")
    thanks = await run.say("Danke dir!")
    weather = await run.say("Wie wird das Wetter morgen in Berlin?")
    elsewhere = await run.say(NVIDIA_QUESTION, channel_id=p.OTHER_CHANNEL_ID)
    await run.assert_silent(greeting, thanks, weather, elsewhere)
    await recorded(run, 2)  # the unanswered weather question and the probe are recorded, chatter is not
    stats = await run.service.stats()
    assert stats.asked == 2 and stats.answered == 1


async def test_bots_and_the_bot_itself_are_ignored(discord_env: DiscordEnv) -> None:
    run = await discord_env.start()
    other_bot = await run.say(NVIDIA_QUESTION, author=p.OTHER_BOT)
    itself = await run.say(NVIDIA_QUESTION, author=p.BOT_USER)
    await run.assert_silent(other_bot, itself)


async def test_the_same_message_delivered_twice_gets_one_reply(discord_env: DiscordEnv) -> None:
    run = await discord_env.start()
    message = await run.say(NVIDIA_QUESTION)
    await run.fake.dispatch("MESSAGE_CREATE", message)
    await run.reply_to(message)
    await run.assert_silent()
    assert len(run.replies_to(message)) == 1


async def test_mention_elsewhere_is_answered_without_the_mention(discord_env: DiscordEnv) -> None:
    run = await discord_env.start()
    message = await run.mention(NVIDIA_QUESTION)
    reply = await run.reply_to(message)
    assert reply.path == f"/channels/{p.OTHER_CHANNEL_ID}/messages"
    assert_no_pings(reply.json)
    assert "100" in embed_text(only_embed(reply.json))


async def test_a_reply_to_the_bot_without_a_written_mention_is_not_a_question_to_it(
    discord_env: DiscordEnv,
) -> None:
    run = await discord_env.start()
    # A reply pings the replied-to author: Discord lists the bot in `mentions`, not in the text.
    thanks = await run.say("Danke, das hilft!", channel_id=p.OTHER_CHANNEL_ID, mentions=[p.BOT_USER])
    await run.assert_silent(thanks)


async def test_a_reply_to_the_bots_answer_is_answered_like_a_mention_but_thanks_get_none(
    discord_env: DiscordEnv,
) -> None:
    run = await discord_env.start()
    asked = await run.mention(NVIDIA_QUESTION)
    sent = await run.reply_to(asked)
    bot_answer = p.sent_message(str(p.OTHER_CHANNEL_ID), sent.json)  # the answer as Discord stores it
    follow_up = await run.say(
        "Wie viele GPUs plant OpenAI bis Ende 2025?", channel_id=p.OTHER_CHANNEL_ID, reply_to=bot_answer
    )
    assert "Million" in embed_text(only_embed((await run.reply_to(follow_up)).json))
    pings = {"channel_id": p.OTHER_CHANNEL_ID, "reply_to": bot_answer, "mentions": [p.BOT_USER]}
    off_topic = await run.say("Und was kostet eine Pizza?", **pings)
    assert "Artikel" in only_embed((await run.reply_to(off_topic)).json)["description"], "as if mentioned"

    thanks = [await run.say(text, **pings) for text in ("Danke!", "thanks 👍", "")]
    someone_elses = p.message("Ich glaube, es sind 100 Milliarden.", author=p.ADMIN_USER)
    reply_to_a_reader = await run.say(NVIDIA_QUESTION, channel_id=p.OTHER_CHANNEL_ID, reply_to=someone_elses)
    await run.assert_silent(*thanks, reply_to_a_reader)


async def test_mention_without_an_answer_says_so_with_at_most_three_suggestions(
    discord_env: DiscordEnv,
) -> None:
    run = await discord_env.start()
    message = await run.mention("Wie wird das Wetter morgen in Berlin?")
    embed = only_embed((await run.reply_to(message)).json)
    assert "Artikel" in embed["description"]
    [suggestions] = [f for f in embed["fields"] if f["name"].startswith("Meinten Sie")]
    assert 1 <= len(suggestions["value"].splitlines()) <= 3


async def test_direct_message_is_answered(discord_env: DiscordEnv) -> None:
    run = await discord_env.start()
    message = await run.dm("How much is Nvidia investing in OpenAI?")
    reply = await run.reply_to(message)
    assert reply.path == f"/channels/{message['channel_id']}/messages"
    text = embed_text(only_embed(reply.json))
    assert "$100 billion" in text and "Source" in text


async def test_everyone_in_a_question_is_never_echoed_or_pinged(discord_env: DiscordEnv) -> None:
    run = await discord_env.start()
    channel = await run.say(f"@everyone {NVIDIA_QUESTION}")
    mention = await run.mention("@everyone @here was sagen die Artikel über Pizza?")
    for message in (channel, mention):
        assert_no_pings((await run.reply_to(message)).json)
    _, callback = await run.interact("ask", options=[p.option("question", f"@everyone {NVIDIA_QUESTION}")])
    body = callback_data(callback)
    assert_no_pings(body)
    assert "everyone" in only_embed(body)["title"], "the question is shown, escaped"


async def test_too_long_question_gets_a_polite_refusal_when_asked_directly(discord_env: DiscordEnv) -> None:
    run = await discord_env.start(discord_env.settings(max_question_length=100))
    long_question = "Wie viel investiert Nvidia in OpenAI und " * 10 + "?"
    mention = await run.mention(long_question)
    channel = await run.say(long_question)
    body = (await run.reply_to(mention)).json
    assert "100" in body["content"] and not body.get("embeds")
    assert_no_pings(body)
    await run.assert_silent(channel)
    _, callback = await run.interact("ask", options=[p.option("question", long_question)])
    data = callback_data(callback)
    assert data["flags"] & EPHEMERAL and "100" in data["content"]


ODD_TEXTS = [
    "🚀🔥💰",
    "'; DROP TABLE questions; --",
    "Robert'); DELETE FROM facts WHERE ('1'='1",
    "\x00\x01\x02\ufffd\x7f",
    "   \n\t  ",
    "",
    "?" * 50,
    "<@&123> <#456> <:emoji:789> ||spoiler|| `code` **bold**",
]


@pytest.mark.parametrize("text", ODD_TEXTS, ids=range(len(ODD_TEXTS)))
async def test_odd_text_never_crashes_anything(discord_env: DiscordEnv, text: str) -> None:
    run = await discord_env.start()
    in_channel = await run.say(text)
    mention = await run.mention(text)
    dm = await run.dm(text)
    for message in (mention, dm):
        assert_no_pings((await run.reply_to(message)).json)
    await run.assert_silent(in_channel)
    stats = await run.service.stats()  # the store still works
    assert stats.asked >= 0


def reactions(run: Running, message: Json) -> list[Request]:
    return run.fake.calls("PUT", rf"/channels/\d+/messages/{message['id']}/reactions/[^/]+/@me")


async def test_two_readers_within_a_second_both_get_their_answers_in_order(discord_env: DiscordEnv) -> None:
    run = await discord_env.start(discord_env.settings(channel_interval_seconds=1.0, channel_queue_size=5))
    first = await run.say(NVIDIA_QUESTION, author=p.ADMIN_USER)
    second = await run.say("Wie viel Rechenleistung umfasst der Broadcom-Deal?", author=p.MEMBER_USER)
    answer_first = await run.reply_to(first)
    answer_second = await run.reply_to(second, timeout=4.0)  # waits its turn: one answer a second
    assert run.fake.requests.index(answer_first) < run.fake.requests.index(answer_second)
    assert "100" in embed_text(only_embed(answer_first.json))
    assert "Broadcom" in embed_text(only_embed(answer_second.json))
    assert not reactions(run, first) and not reactions(run, second)


async def test_quick_follow_ups_are_answered_and_past_the_burst_a_reader_gets_one_hourglass(
    discord_env: DiscordEnv,
) -> None:
    run = await discord_env.start(discord_env.settings(user_burst=3, user_burst_seconds=60))
    asked = [
        await run.mention(question, author=p.MEMBER_USER)
        for question in (
            NVIDIA_QUESTION,
            "Wie viel Rechenleistung umfasst der Broadcom-Deal?",
            "Wie viele GPUs plant OpenAI bis Ende 2025?",
            "Wer ist Vorsitzender von Stargate?",
            "Wie viel investiert Nvidia in OpenAI genau?",
        )
    ]
    for message in asked[:3]:
        body = (await run.reply_to(message)).json
        assert body.get("embeds") and "langsamer" not in json.dumps(body, ensure_ascii=False)
    other_reader = await run.mention(NVIDIA_QUESTION, author=p.ADMIN_USER)
    await run.reply_to(other_reader)
    await run.assert_silent(*asked[3:])
    [hourglass] = reactions(run, asked[3])
    assert hourglass.path.endswith("/reactions/⏳/@me"), hourglass.path
    assert not reactions(run, asked[4]), "one ⏳ per reader and window, not one per message"


async def test_a_flood_from_ten_readers_gets_bounded_ordered_output_and_no_crash(
    discord_env: DiscordEnv,
) -> None:
    interval, queue = 0.2, 3
    settings = discord_env.settings(channel_interval_seconds=interval, channel_queue_size=queue)
    run = await discord_env.start(settings)
    readers = [p.user(1_100_000_000_000_000_500 + i, f"reader{i}") for i in range(10)]
    questions = [
        NVIDIA_QUESTION,
        "How much is Nvidia investing in OpenAI?",
        "Wie viele GPUs plant OpenAI bis Ende 2025?",
        "Wie viel Rechenleistung umfasst der Broadcom-Deal?",
        "Wie viel kostet Stargate?",
    ]
    loop = asyncio.get_running_loop()
    started = loop.time()
    flood = []
    for i in range(50):  # the 50 questions in 10 s, four times as fast (and the pacing with it)
        flood.append(await run.say(questions[i % len(questions)], author=readers[i % len(readers)]))
        await asyncio.sleep(0.05)
    duration = loop.time() - started
    pacer: Pacer = getattr(run.bot.get_cog("Ask"), "pacer")  # noqa: B009
    for _ in range(200):  # the queue drains within (queue + 1) intervals; bounded wait
        if pacer.idle(p.ANSWER_CHANNEL_ID):
            break
        await asyncio.sleep(0.05)
    assert pacer.idle(p.ANSWER_CHANNEL_ID)

    replies = sorted((r for m in flood for r in run.replies_to(m)), key=lambda r: run.fake.requests.index(r))
    hourglasses = [r for m in flood for r in reactions(run, m)]
    bound = 1 + queue + math.ceil(duration / interval) + 1
    assert 1 + queue <= len(replies) <= bound, (len(replies), bound)
    answered_ids = [int(r.json["message_reference"]["message_id"]) for r in replies]
    assert answered_ids == sorted(set(answered_ids)), "answered once each, in the order asked"
    assert 1 <= len(hourglasses) <= len(readers)
    heard = {m["author"]["id"] for m in flood if run.replies_to(m) or reactions(run, m)}
    assert heard == {reader["id"] for reader in readers}, "nobody is dropped without a sign"

    probe = await run.say(NVIDIA_QUESTION, author=p.ADMIN_USER)  # the bot keeps answering
    await run.reply_to(probe)


# -- slash commands -------------------------------------------------------------------------------


async def test_ask_answers_visibly_in_the_users_language(discord_env: DiscordEnv) -> None:
    run = await discord_env.start()
    _, callback = await run.interact("ask", options=[p.option("question", NVIDIA_QUESTION)])
    assert callback.json["type"] == 4
    data = callback_data(callback)
    assert not (data.get("flags") or 0) & EPHEMERAL
    assert_no_pings(data)
    embed = only_embed(data)
    assert embed["title"] == NVIDIA_QUESTION and "100" in embed_text(embed)

    _, english = await run.interact(
        "ask", options=[p.option("question", "How much is Nvidia investing in OpenAI?")], locale="en-US"
    )
    assert "$100 billion" in embed_text(only_embed(callback_data(english)))
    await recorded(run, 2)


async def test_deal_autocomplete_ranks_nvidia_first_for_a_typo(discord_env: DiscordEnv) -> None:
    run = await discord_env.start()
    _, callback = await run.interact(
        "deal", options=[p.option("name", "nvdia", focused=True)], autocomplete=True
    )
    assert callback.json["type"] == 8
    choices = callback_data(callback)["choices"]
    assert 1 <= len(choices) <= 25
    assert choices[0]["value"] == "nvidia-openai" and "NVIDIA" in choices[0]["name"]

    _, everything = await run.interact(
        "deal", options=[p.option("name", "", focused=True)], autocomplete=True
    )
    choices = callback_data(everything)["choices"]
    assert 1 <= len(choices) <= 25
    assert all(1 <= len(c["name"]) <= 100 and len(c["value"]) <= 100 for c in choices)


async def test_deal_shows_the_summary_with_sources(discord_env: DiscordEnv) -> None:
    run = await discord_env.start()
    _, callback = await run.interact("deal", options=[p.option("name", "nvidia-openai")])
    data = callback_data(callback)
    assert callback.json["type"] == 4 and not (data.get("flags") or 0) & EPHEMERAL
    embed = only_embed(data)
    assert "NVIDIA" in embed["title"]
    assert "NVIDIA, OpenAI" in embed["description"]
    investment = next(f for f in embed["fields"] if f["name"].startswith("Investition"))
    assert "100" in investment["value"] and "> " in investment["value"], "statement with its quote"
    assert 1 <= len(embed["fields"]) <= 25


async def test_deal_with_an_unknown_name_answers_privately_with_suggestions(discord_env: DiscordEnv) -> None:
    run = await discord_env.start()
    _, callback = await run.interact("deal", options=[p.option("name", "Broadcomm @everyone")])
    data = callback_data(callback)
    assert data["flags"] & EPHEMERAL
    assert "Broadcom" in data["content"]
    assert_no_pings(data)


async def test_deals_lists_every_deal_with_headline_figures(discord_env: DiscordEnv) -> None:
    run = await discord_env.start()
    _, callback = await run.interact("deals")
    embed = only_embed(callback_data(callback))
    deals = run.service.deal_overview("de")
    assert len(embed["fields"]) == len(deals)
    nvidia = next(f for f in embed["fields"] if f["name"].startswith("NVIDIA"))
    assert "100" in nvidia["value"]


async def test_sources_and_source_show_documents_and_their_facts(discord_env: DiscordEnv) -> None:
    run = await discord_env.start()
    _, listing = await run.interact("sources")
    description = only_embed(callback_data(listing))["description"]
    for document in run.service.documents():
        assert document.id in description
    assert "2025-07-24" in description

    _, completion = await run.interact(
        "source", options=[p.option("document", "stargate", focused=True)], autocomplete=True
    )
    choices = callback_data(completion)["choices"]
    assert choices and choices[0]["value"] == "004_050cbe1cbefe3cc9"

    _, one = await run.interact("source", options=[p.option("document", "000_7aba64d897c7eb59")])
    embed = only_embed(callback_data(one))
    assert embed["title"].startswith("NVIDIA investiert")
    facts = [f for f in embed["fields"] if not f["name"].startswith("… und")]
    assert facts and all("> " in f["value"] for f in facts), "each fact with its quote from this article"

    _, unknown = await run.interact("source", options=[p.option("document", "kein solches dokument")])
    assert callback_data(unknown)["flags"] & EPHEMERAL


# -- admin ----------------------------------------------------------------------------------------


class ReloadSpy:
    def __init__(self, run: Running, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls = 0
        original = run.service.reload

        async def reload(allow_removals: bool = False) -> Any:
            self.calls += 1
            return await original(allow_removals)

        monkeypatch.setattr(run.service, "reload", reload)


async def test_reload_by_an_admin_defers_and_reports_privately(
    discord_env: DiscordEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    run = await discord_env.start()
    spy = ReloadSpy(run, monkeypatch)
    for account in (p.ADMIN_USER, p.HELPER_USER):  # Manage Server, or a role from ADMIN_ROLE_IDS
        interaction, callback = await run.interact("reload", account=account)
        assert callback.json["type"] == 5 and callback.json["data"]["flags"] & EPHEMERAL
        followup = (await run.followup(interaction)).json
        assert followup["flags"] & EPHEMERAL
        assert "Neu geladen" in embed_text(only_embed(followup))
    assert spy.calls == 2


async def test_reload_and_stats_refuse_non_admins(
    discord_env: DiscordEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    run = await discord_env.start()
    spy = ReloadSpy(run, monkeypatch)
    for command in ("reload", "stats"):
        _, callback = await run.interact(command, account=p.MEMBER_USER)
        data = callback_data(callback)
        assert callback.json["type"] == 4 and data["flags"] & EPHEMERAL
        assert "Admin" in data["content"]
    assert spy.calls == 0


async def test_reload_with_a_broken_file_names_it_and_keeps_the_old_facts(discord_env: DiscordEnv) -> None:
    knowledge = discord_env.knowledge
    run = await discord_env.start()
    (knowledge / "facts" / "nvidia-openai.yaml").write_text("facts:\n  - id: [unclosed\n", encoding="utf-8")

    interaction, callback = await run.interact("reload", account=p.ADMIN_USER)
    assert callback.json["type"] == 5
    followup = (await run.followup(interaction)).json
    assert followup["flags"] & EPHEMERAL
    assert "nvidia-openai.yaml" in followup["content"]
    assert "bleibt aktiv" in followup["content"]

    message = await run.say(NVIDIA_QUESTION)
    assert "100" in embed_text(only_embed((await run.reply_to(message)).json))


async def test_reload_that_would_wipe_a_facts_file_is_refused(discord_env: DiscordEnv) -> None:
    knowledge = discord_env.knowledge
    run = await discord_env.start()
    (knowledge / "facts" / "nvidia-openai.yaml").write_text("facts: []\n", encoding="utf-8")

    interaction, _ = await run.interact("reload", account=p.ADMIN_USER)
    content = (await run.followup(interaction)).json["content"]
    assert "nvidia-openai.yaml" in content and "--allow-removals" in content
    assert "bleibt aktiv" in content

    message = await run.say(NVIDIA_QUESTION)
    assert "100" in embed_text(only_embed((await run.reply_to(message)).json))


async def test_stats_shows_this_servers_counts_and_unanswered_questions(discord_env: DiscordEnv) -> None:
    run = await discord_env.start()
    await run.reply_to(await run.say(NVIDIA_QUESTION))
    await run.reply_to(await run.mention("Was kostet eine Pizza @everyone?"))
    await run.reply_to(await run.dm("Was kostet ein Döner in Berlin?"))  # not this server's question
    await recorded(run, 3)
    _, callback = await run.interact("stats", account=p.ADMIN_USER)
    data = callback_data(callback)
    assert data["flags"] & EPHEMERAL
    assert_no_pings(data)
    fields = {f["name"]: f["value"] for f in only_embed(data)["fields"]}
    assert fields["Gestellt"] == "2"
    assert fields["Beantwortet"].startswith("1 (50")
    assert "Pizza" in fields["Häufigste unbeantwortete Fragen"]
    assert "Döner" not in json.dumps(data, ensure_ascii=False), "only this server's questions"


# -- who may do what, per server ------------------------------------------------------------------


def two_servers(env: DiscordEnv, **overrides: Any) -> Any:
    """Commands synced globally, the knowledge commands to the home server (GUILD_ID) only."""
    return env.settings(discord_guild_id=None, home_guild_id=p.GUILD_ID, **overrides)


async def test_knowledge_commands_are_synced_to_the_home_server_only(discord_env: DiscordEnv) -> None:
    run = await discord_env.start(two_servers(discord_env))
    syncs = {r.path: {c["name"] for c in r.json} for r in command_syncs(run)}
    assert syncs == {
        f"/applications/{p.APP_ID}/commands": EVERYDAY,
        f"/applications/{p.APP_ID}/guilds/{p.GUILD_ID}/commands": HOME_ONLY,
    }
    home_commands = command_syncs(run)[1].json
    assert all(c["contexts"] == [0] for c in home_commands), "guild-only"
    assert run.fake.registered(p.SECOND_GUILD_ID) == set(), "the second server gets no commands of its own"


async def test_a_second_servers_admin_can_neither_reload_nor_read_the_first_servers_questions(
    discord_env: DiscordEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    run = await discord_env.start(two_servers(discord_env))
    spy = ReloadSpy(run, monkeypatch)
    await run.reply_to(await run.mention("Was kostet eine Pizza in Stuttgart?"))  # home server
    await run.reply_to(await run.dm("Was kostet ein Döner in Berlin?"))
    second = await run.mention(
        "How much does a pretzel cost?", channel_id=p.SECOND_CHANNEL_ID, author=p.SECOND_ADMIN_USER
    )
    await run.reply_to(second)
    await recorded(run, 3)

    admin = {"account": p.SECOND_ADMIN_USER, "channel_id": p.SECOND_CHANNEL_ID, "locale": "en-US"}
    # /reload does not exist there: Discord shows no such command, and one sent anyway is not found.
    _, missing = await run.interact("reload", **admin)
    refusal = callback_data(missing)
    assert refusal["flags"] & EPHEMERAL and "not available" in refusal["content"]
    # Even the home server's own /reload, used from the second server (a forged or stale command):
    _, forged = await run.interact("reload", command_guild_id=p.GUILD_ID, **admin)
    assert "home server" in callback_data(forged)["content"]
    _, everything = await run.interact("stats-all", command_guild_id=p.GUILD_ID, **admin)
    assert "home server" in callback_data(everything)["content"]
    assert spy.calls == 0

    _, stats = await run.interact("stats", **admin)
    shown = json.dumps(callback_data(stats), ensure_ascii=False)
    fields = {f["name"]: f["value"] for f in only_embed(callback_data(stats))["fields"]}
    assert fields["Asked"] == "1" and "pretzel" in shown
    assert "Pizza" not in shown and "Döner" not in shown, "none of the first server's questions, no DMs"


async def test_the_home_servers_admins_see_every_servers_questions(discord_env: DiscordEnv) -> None:
    run = await discord_env.start(two_servers(discord_env))
    await run.reply_to(await run.mention("Was kostet eine Pizza in Stuttgart?"))
    await run.reply_to(await run.dm("Was kostet ein Döner in Berlin?"))
    second = await run.mention("How much does a pretzel cost?", channel_id=p.SECOND_CHANNEL_ID)
    await run.reply_to(second)
    await recorded(run, 3)

    _, own = await run.interact("stats", account=p.ADMIN_USER)
    own_text = json.dumps(callback_data(own), ensure_ascii=False)
    assert "Pizza" in own_text and "pretzel" not in own_text and "Döner" not in own_text

    _, everything = await run.interact("stats-all", account=p.ADMIN_USER)
    embed = only_embed(callback_data(everything))
    assert callback_data(everything)["flags"] & EPHEMERAL
    assert "alle Server" in embed["title"]
    text = embed_text(embed)
    assert all(word in text for word in ("Pizza", "Döner", "pretzel"))
    _, refused = await run.interact("stats-all", account=p.MEMBER_USER)
    assert "Admin" in callback_data(refused)["content"]


async def test_the_applications_owner_may_reload_from_the_home_server(
    discord_env: DiscordEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    run = await discord_env.start(two_servers(discord_env))
    spy = ReloadSpy(run, monkeypatch)
    interaction, callback = await run.interact("reload", account=p.OWNER_USER)  # no Manage Server
    assert callback.json["type"] == 5
    assert "Neu geladen" in embed_text(only_embed((await run.followup(interaction)).json))
    assert spy.calls == 1
    assert run.fake.calls("GET", r"/oauth2/applications/@me"), "the owner is asked of Discord"


# -- failures -------------------------------------------------------------------------------------


async def test_unexpected_errors_are_answered_privately_and_logged(
    discord_env: DiscordEnv, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    run = await discord_env.start()
    discord_env.expect_errors = True

    def broken(language: str) -> Any:
        raise RuntimeError("boom")

    async def broken_reload(allow_removals: bool = False) -> Any:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(run.service, "deal_overview", broken)
    monkeypatch.setattr(run.service, "reload", broken_reload)
    with caplog.at_level(logging.ERROR, logger="bot.exts.errors"):
        _, callback = await run.interact("deals")
        data = callback_data(callback)
        assert callback.json["type"] == 4 and data["flags"] & EPHEMERAL
        assert "schiefgegangen" in data["content"] and "boom" not in data["content"]

        interaction, deferred = await run.interact("reload", account=p.ADMIN_USER)
        assert deferred.json["type"] == 5
        followup = (await run.followup(interaction)).json
        assert followup["flags"] & EPHEMERAL and "schiefgegangen" in followup["content"]
    logged = [r for r in caplog.records if r.name == "bot.exts.errors"]
    assert len(logged) == 2 and all(r.exc_info for r in logged)


async def test_an_event_the_client_cannot_parse_fails_the_test_loudly(discord_env: DiscordEnv) -> None:
    run = await discord_env.start()
    discord_env.expect_errors = True
    broken = p.interaction("deals")
    del broken["attachment_size_limit"]
    await run.fake.dispatch("INTERACTION_CREATE", broken)
    with pytest.raises(AssertionError, match="attachment_size_limit"):
        await run.fake.wait_for(lambda r: "/callback" in r.path, timeout=2, what="the callback")


# -- run_bot --------------------------------------------------------------------------------------


async def test_run_bot_connects_with_the_token_and_closes_the_service(
    discord_env: DiscordEnv, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    settings = discord_env.settings(log_level="DEBUG")
    discord_env.prepare_database(settings)
    fake = await discord_env.serve()
    levels: list[int] = []
    closed: list[bool] = []
    monkeypatch.setattr(discord.utils, "setup_logging", lambda level, **_: levels.append(level))
    original_close = KnowledgeService.close

    async def close(self: KnowledgeService) -> None:
        closed.append(True)
        await original_close(self)

    monkeypatch.setattr(KnowledgeService, "close", close)
    with caplog.at_level(logging.DEBUG):
        task = asyncio.create_task(run_bot(settings))
        try:
            await fake.wait_for(lambda r: r.method == "PUT" and r.path.endswith("/commands"), what="the sync")
            for _ in range(100):
                if fake.identify is not None:
                    break
                await asyncio.sleep(0.02)
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.wait_for(task, timeout=5)
    assert fake.identify is not None and fake.identify["token"] == "fake-token"
    assert levels == [logging.DEBUG] and closed == [True]
    assert not any("fake-token" in record.getMessage() for record in caplog.records), "token logged"


async def test_run_bot_without_a_token_says_which_setting_is_missing(discord_env: DiscordEnv) -> None:
    with pytest.raises(SettingsError, match="DISCORD_TOKEN"):
        await run_bot(discord_env.settings(discord_token=None))


async def test_a_follow_up_without_a_subject_is_answered_for_the_previous_one(
    discord_env: DiscordEnv,
) -> None:
    run = await discord_env.start()
    first = await run.mention(NVIDIA_QUESTION)
    sent = await run.reply_to(first)
    assert "100" in embed_text(only_embed(sent.json))
    follow_up = await run.mention("und wann?")  # names no subject: the reader's last one in this channel
    answer = embed_text(only_embed((await run.reply_to(follow_up)).json))
    assert "2026" in answer and "NVIDIA–OpenAI" in answer  # it says which subject it assumed
    bot_answer = p.sent_message(str(p.OTHER_CHANNEL_ID), sent.json)
    reply = await run.say("and how many gigawatts?", channel_id=p.OTHER_CHANNEL_ID, reply_to=bot_answer)
    assert "10" in embed_text(only_embed((await run.reply_to(reply)).json))  # the replied answer's subject
