"""Gateway and REST payloads shaped the way discord.py 2.x parses them.

Every field discord.py reads with `data[...]` is present: a missing one makes its parser raise
`KeyError`, and the event is lost.
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from typing import Any

Json = dict[str, Any]

APP_ID = 1_100_000_000_000_000_001
BOT_ID = APP_ID
GUILD_ID = 1_100_000_000_000_000_100
"""The home server (HOME_GUILD_ID in the tests): its admins may reload."""
ANSWER_CHANNEL_ID = 1_100_000_000_000_000_200
OTHER_CHANNEL_ID = 1_100_000_000_000_000_201
MANAGER_ROLE_ID = 1_100_000_000_000_000_300
HELPER_ROLE_ID = 1_100_000_000_000_000_301
ADMIN_USER_ID = 1_100_000_000_000_000_400
MEMBER_USER_ID = 1_100_000_000_000_000_401
HELPER_USER_ID = 1_100_000_000_000_000_402
OTHER_BOT_ID = 1_100_000_000_000_000_403
OWNER_USER_ID = 1_100_000_000_000_000_404
"""The application's owner: a member of the home server without Manage Server or an admin role."""

SECOND_GUILD_ID = 1_100_000_000_004_194_404
"""Another community the bot is in (on the other shard of two: (id >> 22) % 2 differs from GUILD_ID's)."""
SECOND_CHANNEL_ID = 1_100_000_000_000_000_210
SECOND_MANAGER_ROLE_ID = 1_100_000_000_000_000_310
SECOND_ADMIN_USER_ID = 1_100_000_000_000_000_410
"""Manage Server in the second server, nothing in the home server."""

VIEW_AND_SEND = (1 << 10) | (1 << 11)
MANAGE_GUILD = 1 << 5
FLAG_GATEWAY_MESSAGE_CONTENT_LIMITED = 1 << 19

_snowflakes = itertools.count(1_200_000_000_000_000_000)


def snowflake() -> int:
    return next(_snowflakes)


def now_iso() -> str:
    return datetime.now(UTC).isoformat()


def user(user_id: int, name: str, *, bot: bool = False) -> Json:
    return {
        "id": str(user_id),
        "username": name,
        "discriminator": "0",
        "global_name": name,
        "avatar": None,
        "bot": bot,
        "public_flags": 0,
    }


BOT_USER = user(BOT_ID, "DealBot", bot=True)
ADMIN_USER = user(ADMIN_USER_ID, "ada")
MEMBER_USER = user(MEMBER_USER_ID, "max")
HELPER_USER = user(HELPER_USER_ID, "hela")
OTHER_BOT = user(OTHER_BOT_ID, "otherbot", bot=True)
OWNER_USER = user(OWNER_USER_ID, "otto")
SECOND_ADMIN_USER = user(SECOND_ADMIN_USER_ID, "sven")
ACCOUNTS = (ADMIN_USER, MEMBER_USER, HELPER_USER, OWNER_USER, SECOND_ADMIN_USER)

ROLES_OF = {
    GUILD_ID: {ADMIN_USER_ID: [MANAGER_ROLE_ID], HELPER_USER_ID: [HELPER_ROLE_ID]},
    SECOND_GUILD_ID: {SECOND_ADMIN_USER_ID: [SECOND_MANAGER_ROLE_ID]},
}
MANAGERS = {GUILD_ID: ADMIN_USER_ID, SECOND_GUILD_ID: SECOND_ADMIN_USER_ID}


def member(account: Json, *, permissions: int | None = None, guild_id: int = GUILD_ID) -> Json:
    data: Json = {
        "user": account,
        "roles": [str(r) for r in ROLES_OF[guild_id].get(int(account["id"]), [])],
        "joined_at": "2025-01-01T00:00:00+00:00",
        "deaf": False,
        "mute": False,
        "flags": 0,
        "pending": False,
        "nick": None,
    }
    if permissions is not None:
        data["permissions"] = str(permissions)
    return data


def permissions_of(account: Json, guild_id: int = GUILD_ID) -> int:
    """What Discord would compute for the member in our channels of that server."""
    return VIEW_AND_SEND | (MANAGE_GUILD if int(account["id"]) == MANAGERS[guild_id] else 0)


def role(role_id: int, name: str, permissions: int, position: int) -> Json:
    return {
        "id": str(role_id),
        "name": name,
        "permissions": str(permissions),
        "position": position,
        "color": 0,
        "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
        "hoist": False,
        "managed": False,
        "mentionable": False,
        "flags": 0,
    }


def text_channel(channel_id: int, name: str, position: int, guild_id: int = GUILD_ID) -> Json:
    return {
        "id": str(channel_id),
        "type": 0,
        "guild_id": str(guild_id),
        "name": name,
        "position": position,
        "permission_overwrites": [],
        "nsfw": False,
        "parent_id": None,
        "topic": None,
        "last_message_id": None,
        "rate_limit_per_user": 0,
    }


CHANNELS = {
    ANSWER_CHANNEL_ID: text_channel(ANSWER_CHANNEL_ID, "deal-fragen", 0),
    OTHER_CHANNEL_ID: text_channel(OTHER_CHANNEL_ID, "allgemein", 1),
    SECOND_CHANNEL_ID: text_channel(SECOND_CHANNEL_ID, "general", 0, SECOND_GUILD_ID),
}
GUILD_OF_CHANNEL = {channel_id: int(data["guild_id"]) for channel_id, data in CHANNELS.items()}
GUILDS = (GUILD_ID, SECOND_GUILD_ID)


def _home_guild_parts() -> Json:
    return {
        "name": "KI-Deals",
        "owner_id": str(ADMIN_USER_ID),
        "preferred_locale": "de",
        "roles": [
            role(GUILD_ID, "@everyone", VIEW_AND_SEND, 0),
            role(MANAGER_ROLE_ID, "Manager", MANAGE_GUILD | VIEW_AND_SEND, 2),
            role(HELPER_ROLE_ID, "Deal-Helfer", VIEW_AND_SEND, 1),
        ],
        "members": [BOT_USER, ADMIN_USER, MEMBER_USER, HELPER_USER, OWNER_USER],
    }


def _second_guild_parts() -> Json:
    return {
        "name": "Other Community",
        "owner_id": str(SECOND_ADMIN_USER_ID),
        "preferred_locale": "en-US",
        "roles": [
            role(SECOND_GUILD_ID, "@everyone", VIEW_AND_SEND, 0),
            role(SECOND_MANAGER_ROLE_ID, "Mods", MANAGE_GUILD | VIEW_AND_SEND, 1),
        ],
        "members": [BOT_USER, SECOND_ADMIN_USER, MEMBER_USER],
    }


def guild(guild_id: int = GUILD_ID) -> Json:
    """GUILD_CREATE of the home server or the second one."""
    parts = _home_guild_parts() if guild_id == GUILD_ID else _second_guild_parts()
    channels = [data for data in CHANNELS.values() if int(data["guild_id"]) == guild_id]
    members = [member(account, guild_id=guild_id) for account in parts["members"]]
    return {
        "id": str(guild_id),
        "name": parts["name"],
        "icon": None,
        "splash": None,
        "discovery_splash": None,
        "banner": None,
        "owner_id": parts["owner_id"],
        "afk_channel_id": None,
        "afk_timeout": 300,
        "verification_level": 0,
        "default_message_notifications": 0,
        "explicit_content_filter": 0,
        "mfa_level": 0,
        "nsfw_level": 0,
        "premium_tier": 0,
        "system_channel_id": None,
        "system_channel_flags": 0,
        "rules_channel_id": None,
        "public_updates_channel_id": None,
        "preferred_locale": parts["preferred_locale"],
        "description": None,
        "vanity_url_code": None,
        "application_id": None,
        "features": [],
        "roles": parts["roles"],
        "emojis": [],
        "stickers": [],
        "channels": channels,
        "threads": [],
        "members": members,
        "member_count": len(members),
        "large": False,
        "unavailable": False,
        "joined_at": "2025-01-01T00:00:00+00:00",
        "voice_states": [],
        "presences": [],
        "stage_instances": [],
        "guild_scheduled_events": [],
        "soundboard_sounds": [],
        "premium_progress_bar_enabled": False,
    }


def ready(
    session_id: str,
    resume_url: str,
    app_flags: int,
    guilds: list[int] | None = None,
    shard: tuple[int, int] = (0, 1),
) -> Json:
    return {
        "shard": list(shard),
        "v": 10,
        "user": {**BOT_USER, "verified": True, "mfa_enabled": False, "flags": 0},
        "guilds": [{"id": str(g), "unavailable": True} for g in (GUILDS if guilds is None else guilds)],
        "session_id": session_id,
        "resume_gateway_url": resume_url,
        "application": {"id": str(APP_ID), "flags": app_flags},
        "private_channels": [],
        "relationships": [],
    }


def application(app_flags: int) -> Json:
    return {
        "id": str(APP_ID),
        "name": "DealBot",
        "description": "answers questions about AI deals",
        "icon": None,
        "bot_public": False,
        "bot_require_code_grant": False,
        "owner": OWNER_USER,
        "verify_key": "0" * 64,
        "flags": app_flags,
        "team": None,
    }


def message(
    content: str,
    *,
    author: Json = MEMBER_USER,
    channel_id: int = ANSWER_CHANNEL_ID,
    guild: bool = True,
    mentions: list[Json] | None = None,
    message_id: int | None = None,
    reply_to: Json | None = None,
) -> Json:
    """A MESSAGE_CREATE payload; `guild=False` makes it a DM (no guild_id, no member). The server is
    the channel's (CHANNELS); a channel not listed there is in the home server.

    `reply_to` (a message payload) makes it a Discord reply: type 19 with the referenced message.
    """
    data: Json = {
        "id": str(message_id or snowflake()),
        "channel_id": str(channel_id),
        "author": author,
        "content": content,
        "timestamp": now_iso(),
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": "@everyone" in content or "@here" in content,
        "mentions": [dict(m) for m in mentions or []],
        "mention_roles": [],
        "attachments": [],
        "embeds": [],
        "pinned": False,
        "type": 0,
        "flags": 0,
        "components": [],
    }
    guild_id = GUILD_OF_CHANNEL.get(channel_id, GUILD_ID)
    if guild:
        data["guild_id"] = str(guild_id)
        data["member"] = {k: v for k, v in member(author, guild_id=guild_id).items() if k != "user"}
    if reply_to is not None:
        data["type"] = 19
        data["message_reference"] = {
            "type": 0,
            "message_id": reply_to["id"],
            "channel_id": reply_to["channel_id"],
            **({"guild_id": str(guild_id)} if guild else {}),
        }
        data["referenced_message"] = reply_to
    return data


def sent_message(channel_id: str, body: Json, *, author: Json = BOT_USER) -> Json:
    """What Discord answers to a message create: the body, completed into a message."""
    data = message(str(body.get("content") or ""), author=author, channel_id=int(channel_id), guild=False)
    data["embeds"] = body.get("embeds") or []
    data["components"] = body.get("components") or []
    data["flags"] = body.get("flags") or 0
    reference = body.get("message_reference")
    if reference:
        data["type"] = 19
        data["message_reference"] = reference
    return data


def option(name: str, value: object, *, focused: bool = False) -> Json:
    data: Json = {"name": name, "type": 3, "value": value}
    if focused:
        data["focused"] = True
    return data


def interaction(
    command: str,
    options: list[Json] | None = None,
    *,
    autocomplete: bool = False,
    account: Json = MEMBER_USER,
    channel_id: int = OTHER_CHANNEL_ID,
    locale: str = "de",
    command_id: int | None = None,
    command_guild_id: int | None = None,
) -> Json:
    """An INTERACTION_CREATE for a slash command (type 2) or its autocomplete (type 4) in the server of
    `channel_id`. The command is a global one unless `command_guild_id` names the server it was
    registered for (Discord sends that as `data.guild_id`)."""
    data: Json = {
        "id": str(command_id or snowflake()),
        "name": command,
        "type": 1,
        "options": options or [],
    }
    if command_guild_id is not None:
        data["guild_id"] = str(command_guild_id)
    return {
        **_interaction_envelope(account, channel_id, locale),
        "type": 4 if autocomplete else 2,
        "data": data,
    }


def _interaction_envelope(account: Json, channel_id: int, locale: str) -> Json:
    """What every INTERACTION_CREATE carries: ids, token, the server, channel and member, locales."""
    guild_id = GUILD_OF_CHANNEL[channel_id]
    interaction_id = snowflake()
    return {
        "id": str(interaction_id),
        "application_id": str(APP_ID),
        "guild_id": str(guild_id),
        "guild": {"id": str(guild_id), "locale": "de" if guild_id == GUILD_ID else "en-US", "features": []},
        "channel_id": str(channel_id),
        "channel": CHANNELS[channel_id],
        "member": member(account, permissions=permissions_of(account, guild_id), guild_id=guild_id),
        "token": f"token-{interaction_id}",
        "version": 1,
        "locale": locale,
        "guild_locale": "de" if guild_id == GUILD_ID else "en-US",
        "app_permissions": str(VIEW_AND_SEND | (1 << 14) | (1 << 16)),
        "entitlements": [],
        "authorizing_integration_owners": {"0": str(guild_id)},
        "context": 0,
        "attachment_size_limit": 10 * 1024 * 1024,
    }


def interaction_callback(interaction_id: str, body: Json, channel_id: str, interaction_type: int = 2) -> Json:
    """The `with_response=1` answer to an interaction callback (of an interaction of `interaction_type`)."""
    kind = int(body.get("type", 0))
    flags = int((body.get("data") or {}).get("flags") or 0)
    resource: Json = {"type": kind}
    message_id = str(snowflake()) if kind in (4, 5) else None
    if kind == 4:
        resource["message"] = {**sent_message(channel_id, body.get("data") or {}), "id": message_id}
    return {
        "interaction": {
            "id": interaction_id,
            "type": interaction_type,
            "response_message_id": message_id,
            "response_message_loading": kind == 5,
            "response_message_ephemeral": bool(flags & 64),
        },
        "resource": resource,
    }


def click(
    message: Json,
    custom_id: str,
    *,
    account: Json = MEMBER_USER,
    channel_id: int = OTHER_CHANNEL_ID,
    locale: str = "de",
) -> Json:
    """An INTERACTION_CREATE of a button click (type 3, MESSAGE_COMPONENT) on `message` (a message as the
    fake stored it, with its components) by `account`, in the server of `channel_id`."""
    return {
        **_interaction_envelope(account, channel_id, locale),
        "type": 3,
        "data": {"custom_id": custom_id, "component_type": 2},
        "message": {**message, "channel_id": str(channel_id)},
    }


def buttons(message: Json) -> list[Json]:
    """The buttons of a message, row by row."""
    return [c for row in message.get("components") or [] for c in row.get("components") or []]
