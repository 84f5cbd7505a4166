"""Many servers: shards in one process, and two bot processes that pick up one /reload.

The processes are real (`python -m bot run` via fake_discord/launch.py), each with its shard of two,
its own SQLite and the same knowledge folder, against one fake Discord on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fake_discord import FakeDiscord, Request
from fake_discord import payloads as p
from fake_discord.fixtures import DiscordEnv, discord_env, knowledge_database

from bot.client import shard_for
from bot.settings import SettingsError, load_settings

__all__ = ["discord_env", "knowledge_database"]

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "data" / "articles"
NEW_ARTICLE = "010_kaneda_polarhall"
NEW_QUESTION = "Wie hoch ist das Volumen des Vertrags zwischen Kaneda und Polarhall?"
NVIDIA_QUESTION = "Wie viel investiert Nvidia in OpenAI?"
HOME_SHARD = shard_for(p.GUILD_ID, 2)
SECOND_SHARD = shard_for(p.SECOND_GUILD_ID, 2)
Json = dict[str, Any]


def test_the_two_servers_are_on_different_shards_of_two() -> None:
    assert {HOME_SHARD, SECOND_SHARD} == {0, 1}
    assert shard_for(None, 4) == 0, "DMs come on shard 0"


def test_shard_settings_are_checked_together(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SHARD_COUNT", raising=False)
    with pytest.raises(SettingsError, match="SHARD_IDS needs SHARD_COUNT"):
        load_settings(shard_ids="0,1")
    with pytest.raises(SettingsError, match=r"SHARD_IDS \[4\] not within 0..3"):
        load_settings(shard_ids="0 4", shard_count=4)
    with pytest.raises(SettingsError, match="twice"):
        load_settings(shard_ids="1,1", shard_count=4)
    settings = load_settings(shard_ids="2,3", shard_count="4")
    assert (settings.shard_ids, settings.shard_count) == ([2, 3], 4)
    assert load_settings(shard_count="").shard_count is None, "empty: Discord's count"


def embed_text(body: Json) -> str:
    parts = []
    for embed in body.get("embeds") or []:
        parts += [embed.get("title") or "", embed.get("description") or ""]
        parts += [f"{f['name']}\n{f['value']}" for f in embed.get("fields") or []]
    return "\n".join([body.get("content") or "", *parts])


async def ask(fake: FakeDiscord, question: str, channel_id: int, *, timeout: float = 5.0) -> Request:
    """Mention the bot with `question` in `channel_id`; the bot's reply."""
    message = p.message(f"<@{p.BOT_ID}> {question}", channel_id=channel_id, mentions=[p.BOT_USER])
    await fake.dispatch("MESSAGE_CREATE", message)
    return await fake.wait_for(
        lambda r: (
            r.method == "POST"
            and r.path.endswith("/messages")
            and str(((r.json or {}).get("message_reference") or {}).get("message_id")) == message["id"]
        ),
        timeout=timeout,
        what=f"a reply to {question!r} in {channel_id}",
    )


# -- one process, every shard ---------------------------------------------------------------------


async def test_one_process_runs_the_shards_discord_recommends(discord_env: DiscordEnv) -> None:
    fake = await discord_env.serve()
    fake.recommended_shards = 2
    run = await discord_env.start(discord_env.settings(shard_count=None), fake=fake)
    await fake.wait_for_shards({0, 1})
    assert sorted(i["shard"] for i in fake.identifies) == [[0, 2], [1, 2]]
    assert run.bot.shard_count == 2 and run.bot.shard_label == "shards 0–1 of 2"
    for channel in (p.OTHER_CHANNEL_ID, p.SECOND_CHANNEL_ID):  # one server on each shard
        assert "100" in embed_text((await ask(fake, NVIDIA_QUESTION, channel)).json)

    _, callback = await run.interact("stats", account=p.ADMIN_USER)
    fields = {f["name"]: f["value"] for f in callback.json["data"]["embeds"][0]["fields"]}
    assert fields["Shard"].startswith(f"Shard {HOME_SHARD} von 2: 1 Server"), fields
    _, everything = await run.interact("stats-all", account=p.ADMIN_USER)
    fields = {f["name"]: f["value"] for f in everything.json["data"]["embeds"][0]["fields"]}
    lines = fields["Shards dieses Prozesses"].splitlines()
    assert len(lines) == 2, lines
    for shard, line in enumerate(lines):
        assert re.fullmatch(rf"Shard {shard} von 2: 1 Server, Latenz (\d+ ms|noch nicht gemessen)", line), (
            line
        )


async def test_a_process_runs_only_its_shard_ids_and_only_shard_0_syncs_commands(
    discord_env: DiscordEnv,
) -> None:
    fake = await discord_env.serve()
    settings = discord_env.settings(shard_count=2, shard_ids=[SECOND_SHARD], discord_guild_id=None)
    run = await discord_env.start(settings, fake=fake)
    assert [i["shard"] for i in fake.identifies] == [[SECOND_SHARD, 2]]
    assert "100" in embed_text((await ask(fake, NVIDIA_QUESTION, p.SECOND_CHANNEL_ID)).json)
    syncs = fake.calls("PUT", r"/applications/\d+(/guilds/\d+)?/commands")
    assert bool(syncs) == (SECOND_SHARD == 0), "the process with shard 0 syncs, the others do not"
    assert run.bot.shard_label == f"shard {SECOND_SHARD} of 2"


# -- two processes, one reload --------------------------------------------------------------------


@pytest.fixture
def processes() -> Iterator[list[subprocess.Popen[bytes]]]:
    started: list[subprocess.Popen[bytes]] = []
    try:
        yield started
    finally:
        for process in started:
            if process.poll() is None:
                process.send_signal(signal.SIGINT)
        for process in started:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def launch(
    fake: FakeDiscord, tmp_path: Path, name: str, knowledge: Path, template: Path, shard: int
) -> tuple[subprocess.Popen[bytes], Path]:
    database = tmp_path / name / "knowledge.sqlite3"
    database.parent.mkdir()
    shutil.copyfile(template, database)
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "SHARD_", "HOME_", "KNOWLEDGE_"))
    }
    env.update(
        DISCORD_TOKEN="fake-token",
        DISCORD_GUILD_ID="",
        HOME_GUILD_ID=str(p.GUILD_ID),
        KNOWLEDGE_DIR=str(knowledge),
        DATABASE_PATH=str(database),
        ANSWER_CHANNEL_IDS="",
        ADMIN_ROLE_IDS="",
        SHARD_COUNT="2",
        SHARD_IDS=str(shard),
        KNOWLEDGE_POLL_SECONDS="0.5",
        LOG_LEVEL="INFO",
        CHANNEL_INTERVAL_SECONDS="0",
        # The test asks again until the reload arrives: the reader's burst (5 in 30 s, then ⏳ and no
        # reply) would end that loop before its 5 s bound, and rate limits are not what it tests.
        USER_BURST_SECONDS="0",
        PYTHONUTF8="1",
    )
    log = tmp_path / name / "bot.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [sys.executable, str(HERE / "fake_discord" / "launch.py"), fake.api_base, fake.gateway_url],
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    return process, log


async def test_two_bot_processes_pick_up_one_reload_within_seconds(
    discord_env: DiscordEnv, knowledge_database: Path, processes: list[subprocess.Popen[bytes]]
) -> None:
    fake = await discord_env.serve()
    knowledge = discord_env.knowledge
    tmp = discord_env.tmp_path
    home, home_log = launch(fake, tmp, "home", knowledge, knowledge_database, HOME_SHARD)
    other, other_log = launch(fake, tmp, "other", knowledge, knowledge_database, SECOND_SHARD)
    processes += [home, other]
    try:
        await fake.wait_for_shards({0, 1}, timeout=30)
        before = embed_text((await ask(fake, NEW_QUESTION, p.SECOND_CHANNEL_ID)).json)
        assert "180" not in before, before

        shutil.copyfile(ARTICLES / f"{NEW_ARTICLE}.txt", knowledge / "documents" / f"{NEW_ARTICLE}.txt")
        interaction = p.interaction("reload", account=p.ADMIN_USER, command_guild_id=p.GUILD_ID)
        await fake.dispatch("INTERACTION_CREATE", interaction)  # the home server: the home process
        followup = await fake.wait_for(
            lambda r: r.method == "POST" and r.path == f"/webhooks/{p.APP_ID}/{interaction['token']}",
            timeout=15,
            what="the reload's report",
        )
        assert "Dokumente neu (1)" in embed_text(followup.json), embed_text(followup.json)
        reloaded = asyncio.get_running_loop().time()

        # The other process follows within its poll interval (0.5 s) plus the reload itself.
        while True:
            answer = embed_text((await ask(fake, NEW_QUESTION, p.SECOND_CHANNEL_ID)).json)
            if "180" in answer:
                break
            assert asyncio.get_running_loop().time() - reloaded < 5, f"not picked up within 5 s: {answer}"
            await asyncio.sleep(0.2)
        assert "180" in embed_text((await ask(fake, NEW_QUESTION, p.OTHER_CHANNEL_ID)).json)
    finally:
        for process in processes:
            if process.poll() is None:
                process.send_signal(signal.SIGINT)
        for process in processes:
            await asyncio.to_thread(process.wait, 15)
    logs = {path.parent.name: path.read_text(encoding="utf-8") for path in (home_log, other_log)}
    for name, text in logs.items():
        assert "Traceback" not in text and "[ERROR" not in text, f"{name}:\n{text}"
    assert f"(shard {HOME_SHARD} of 2)" in logs["home"], "each line names the process's shards"
    assert "followed reload" in logs["other"], logs["other"]
    assert "announced reload" in logs["home"], logs["home"]
    assert [process.returncode for process in processes] in ([130, 130], [0, 0]), logs
