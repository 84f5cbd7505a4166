"""Resilience against the fake Discord on loopback: a gateway closed mid-session, 429 and 500 on send,
and an interaction whose answer takes long. The real DealBot and discord.py, as in test_discord_e2e.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import discord
import pytest
from fake_discord import Request
from fake_discord import payloads as p
from fake_discord.fixtures import DiscordEnv, Running, discord_env, knowledge_database
from fake_discord.server import rate_limited

__all__ = ["discord_env", "knowledge_database"]

NVIDIA_QUESTION = "Wie viel investiert Nvidia in OpenAI?"
BROADCOM_QUESTION = "Wie viel Rechenleistung umfasst der Broadcom-Deal?"
CHANNEL_MESSAGES = rf"/channels/{p.OTHER_CHANNEL_ID}/messages"
Json = dict[str, Any]


def embed_text(body: Json) -> str:
    parts = []
    for embed in body.get("embeds") or []:
        parts += [embed.get("title") or "", embed.get("description") or ""]
        parts += [f"{f['name']}\n{f['value']}" for f in embed.get("fields") or []]
    return "\n".join(parts)


def attempts(run: Running, message: Json) -> list[Request]:
    """Every POST of a reply to `message`, failed ones included."""
    return [
        r
        for r in run.fake.requests
        if r.method == "POST"
        and r.path.endswith("/messages")
        and str(((r.json or {}).get("message_reference") or {}).get("message_id")) == message["id"]
    ]


async def delivered(run: Running, message: Json, *, timeout: float = 5.0) -> Request:
    """The one reply to `message` that Discord accepted."""
    return await run.fake.wait_for(
        lambda r: r in attempts(run, message) and r.status == 200, timeout=timeout, what="a delivered reply"
    )


# -- the gateway ----------------------------------------------------------------------------------


async def test_after_the_gateway_closes_mid_session_the_bot_resumes_and_answers(
    discord_env: DiscordEnv, caplog: pytest.LogCaptureFixture
) -> None:
    run = await discord_env.start()
    await run.reply_to(await run.mention(NVIDIA_QUESTION))
    session = run.fake.sessions[0]
    last_sequence = session.sequence

    with caplog.at_level(logging.INFO, logger="bot.client"):
        await run.fake.close_gateway(0, code=4000)
        # A question sent while the bot is away is kept by Discord and replayed after the RESUME.
        while_away = await run.mention(BROADCOM_QUESTION)
        [resume] = await run.fake.wait_for_resume()
        assert resume["session_id"] == session.id and resume["seq"] == last_sequence
        assert resume["token"] == "fake-token"
        assert "Broadcom" in embed_text((await run.reply_to(while_away)).json)
        after = await run.mention(NVIDIA_QUESTION)
        assert "100" in embed_text((await run.reply_to(after)).json)
    assert len(run.fake.identifies) == 1, "resumed, not identified afresh"
    assert len(run.replies_to(while_away)) == 1
    logged = [r.getMessage() for r in caplog.records if r.name == "bot.client"]
    assert "shard 0 of 1 disconnected (discord.py resumes or reconnects)" in logged
    assert "shard 0 of 1 resumed its session" in logged


async def test_when_the_session_cannot_be_resumed_the_bot_identifies_again_and_answers(
    discord_env: DiscordEnv,
) -> None:
    run = await discord_env.start()
    run.fake.invalidate_resumes = True
    await run.fake.close_gateway(0, code=4000)
    await run.fake.wait_for_resume()
    for _ in range(100):  # INVALID_SESSION: identify anew (after the identify window)
        if len(run.fake.identifies) == 2 and not run.fake.sessions[0].ws.closed:
            break
        await asyncio.sleep(0.05)
    assert len(run.fake.identifies) == 2
    message = await run.mention(NVIDIA_QUESTION)
    assert "100" in embed_text((await run.reply_to(message)).json)


# -- REST failures on send ------------------------------------------------------------------------


async def test_a_429_on_send_is_waited_out_and_the_reply_arrives_once(
    discord_env: DiscordEnv, caplog: pytest.LogCaptureFixture
) -> None:
    run = await discord_env.start()
    body, headers = rate_limited(0.3)
    run.fake.fail("POST", CHANNEL_MESSAGES, 429, body=body, headers=headers)
    with caplog.at_level(logging.WARNING, logger="discord.http"):
        message = await run.mention(NVIDIA_QUESTION)
        reply = await delivered(run, message)
    tries = attempts(run, message)
    assert [r.status for r in tries] == [429, 200], tries
    assert "100" in embed_text(reply.json)
    assert any("rate limited" in r.getMessage() for r in caplog.records)
    await run.assert_silent()  # nothing else goes out afterwards
    assert len([r for r in attempts(run, message) if r.status == 200]) == 1


async def test_a_single_500_on_send_is_retried_and_the_reply_arrives_once(discord_env: DiscordEnv) -> None:
    run = await discord_env.start()
    run.fake.fail("POST", CHANNEL_MESSAGES, 500)
    message = await run.mention(NVIDIA_QUESTION)
    await delivered(run, message)  # discord.py retries a 500 after a second
    assert [r.status for r in attempts(run, message)] == [500, 200]


class _QuickRetries:
    """discord.http's view of asyncio with its retry waits shortened (1 + 3 + 5 + 7 + 9 s for five
    500s in a row): what the bot does once discord.py gives up is under test, not the waiting."""

    def __getattr__(self, name: str) -> Any:
        return getattr(asyncio, name)

    @staticmethod
    async def sleep(delay: float, result: Any = None) -> Any:
        return await asyncio.sleep(min(delay, 0.01), result)


async def test_a_500_that_persists_is_logged_without_a_crash_and_the_next_question_is_answered(
    discord_env: DiscordEnv, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    run = await discord_env.start()
    monkeypatch.setattr(discord.http, "asyncio", _QuickRetries())
    run.fake.fail("POST", CHANNEL_MESSAGES, 500, times=5)  # every try discord.py makes
    with caplog.at_level(logging.WARNING, logger="bot.exts.ask"):
        lost = await run.mention(NVIDIA_QUESTION)
        await run.fake.wait_for_count(lambda r: r in attempts(run, lost), 5, what="five tries")
        next_question = await run.mention(BROADCOM_QUESTION)
        assert "Broadcom" in embed_text((await delivered(run, next_question)).json)
    assert all(r.status == 500 for r in attempts(run, lost))
    [warning] = [r for r in caplog.records if r.name == "bot.exts.ask"]
    assert f"could not reply to message {lost['id']}" in warning.getMessage()
    assert "500" in warning.getMessage() and warning.levelno == logging.WARNING
    assert not run.task.done(), "the bot keeps running"


# -- slow answers ---------------------------------------------------------------------------------


async def test_an_interaction_whose_answer_takes_long_is_deferred_in_time_and_followed_up(
    discord_env: DiscordEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    run = await discord_env.start()
    original = run.service.ask

    def slow(question: str, locale: str | None = None) -> Any:
        time.sleep(3.5)  # longer than Discord's 3 s for the first response
        return original(question, locale)

    monkeypatch.setattr(run.service, "ask", slow)
    loop = asyncio.get_running_loop()
    started = loop.time()
    interaction, callback = await run.interact("ask", options=[p.option("question", NVIDIA_QUESTION)])
    deferred_after = loop.time() - started
    assert callback.json["type"] == 5, "deferred: Discord shows 'thinking…'"
    assert deferred_after < 2.5, f"deferred after {deferred_after:.2f}s; Discord allows 3 s"

    followup = await run.fake.wait_for(
        lambda r: r.method == "POST" and r.path == f"/webhooks/{p.APP_ID}/{interaction['token']}",
        timeout=6,
        what="the answer as a followup",
    )
    assert "100" in embed_text(followup.json) and followup.status == 200
    # The defer went out while the answer was being computed: the event loop was free meanwhile.
    monkeypatch.setattr(run.service, "ask", original)
    quick, answer = await run.interact("ask", options=[p.option("question", BROADCOM_QUESTION)])
    assert answer.json["type"] == 4, "an answer ready in time is sent at once"
    assert quick["token"] != interaction["token"]
