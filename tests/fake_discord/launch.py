"""Run the bot as `python -m bot run` does, in its own process, against a fake Discord.

    python tests/fake_discord/launch.py API_BASE GATEWAY_URL

Settings come from the environment as usual (DISCORD_TOKEN, SHARD_IDS, DATABASE_PATH …); only
discord.py's two URLs are pointed at the fake, as the in-process fixture does with monkeypatch.
"""

from __future__ import annotations

import sys

import discord
import yarl

from bot.cli import main

if __name__ == "__main__":
    api_base, gateway_url = sys.argv[1:3]
    discord.http.Route.BASE = api_base
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)
    sys.exit(main(["run"]))
