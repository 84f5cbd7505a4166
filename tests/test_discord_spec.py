"""The check of the fake Discord's requests against Discord's OpenAPI description (fake_discord/spec.py).

It must refuse what real Discord refuses (a too long embed title, a wrong type, an unknown route, an
undeclared query parameter), accept what discord.py really sends, and be wired into the fake server so
that every end-to-end test is held to it. Without the shared folder beside the clone there is nothing
to check against: the end-to-end tests still run, unchecked, and these tests are skipped.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from fake_discord import FakeDiscord
from fake_discord import payloads as p
from fake_discord import spec as discord_spec

SPEC = discord_spec.load()
needs_spec = pytest.mark.skipif(
    SPEC is None,
    reason=f"Discord's OpenAPI description is not beside this clone ({discord_spec.SPEC_PATH}): "
    "requests to the fake Discord are not checked against it",
)

CHANNEL = f"/channels/{p.ANSWER_CHANNEL_ID}/messages"
CALLBACK = "/interactions/1200000000000000001/token-1/callback"
COMMANDS = f"/applications/{p.APP_ID}/guilds/{p.GUILD_ID}/commands"
Json = dict[str, Any]


@pytest.fixture
def spec() -> discord_spec.Spec:
    assert SPEC is not None
    return SPEC


def reply(**changes: Any) -> Json:
    """A reply as discord.py sends it (integer snowflakes in message_reference), with `changes`."""
    body: Json = {
        "content": None,
        "embeds": [
            {
                "type": "rich",
                "title": "NVIDIA–OpenAI-Partnerschaft",
                "description": "Nvidia investiert bis zu 100 Milliarden US-Dollar in OpenAI.",
                "color": 9936031,
                "fields": [{"name": "Zahlen", "value": "• bis zu 100 Mrd. US-Dollar", "inline": False}],
                "footer": {"text": "Quellen: …"},
            }
        ],
        "allowed_mentions": {"parse": [], "replied_user": False},
        "message_reference": {
            "message_id": 1_200_000_000_000_000_005,
            "channel_id": p.ANSWER_CHANNEL_ID,
            "guild_id": p.GUILD_ID,
            "fail_if_not_exists": False,
        },
        "tts": False,
        "flags": 0,
    }
    body.update(changes)
    return body


def embed(**changes: Any) -> Json:
    return {**reply()["embeds"][0], **changes}


@needs_spec
def test_a_reply_as_discord_py_sends_it_is_accepted(spec: discord_spec.Spec) -> None:
    assert spec.errors("POST", CHANNEL, reply()) == []
    operation, refused = spec.check("POST", CHANNEL, {}, reply(), "application/json")
    assert operation == "POST /channels/{channel_id}/messages" and refused == []


@needs_spec
@pytest.mark.parametrize(
    ("body", "where"),
    [
        (reply(embeds=[embed(title="x" * 257)]), r"\$\.embeds\[0\]\.title: '.*' is too long"),
        (reply(embeds=[embed(description="x" * 4097)]), r"\$\.embeds\[0\]\.description"),
        (reply(embeds=[embed(color="red")]), r"\$\.embeds\[0\]\.color: 'red' is not of type"),
        (reply(embeds=[embed(fields=[{"name": "n"}])]), r"\.fields\[0\]: 'value' is a required"),
        (reply(embeds=[embed()] * 11), r"\$\.embeds: .* too long"),
        (reply(content=42), r"\$\.content: 42 is not of type"),
        (reply(content="x" * 4001), r"\$\.content: .* too long"),
        (reply(tts="yes"), r"\$\.tts"),
        (reply(allowed_mentions={"parse": ["everybody"]}), r"\$\.allowed_mentions"),
    ],
    ids=["title", "description", "color", "field", "embeds", "content", "long", "tts", "mentions"],
)
def test_bodies_real_discord_refuses_are_refused(spec: discord_spec.Spec, body: Json, where: str) -> None:
    refused = spec.errors("POST", CHANNEL, body)
    assert refused, f"accepted: {body}"
    assert any(re.search(where, problem) for problem in refused), refused


@needs_spec
def test_integer_snowflakes_are_allowed_in_message_reference_only(spec: discord_spec.Spec) -> None:
    as_strings = {"message_id": "1200000000000000005", "channel_id": str(p.ANSWER_CHANNEL_ID)}
    assert spec.errors("POST", CHANNEL, reply(message_reference=as_strings)) == []
    for bad in (-1, 2**64, 1.5, "12a", True):
        refused = spec.errors("POST", CHANNEL, reply(message_reference={"message_id": bad}))
        assert refused, f"message_reference.message_id={bad!r} accepted"
    # Elsewhere a snowflake stays a string, as the description says.
    refused = spec.errors("POST", CHANNEL, reply(allowed_mentions={"users": [p.MEMBER_USER_ID]}))
    assert any("$.allowed_mentions" in problem for problem in refused), refused
    dm = "/users/@me/channels"
    assert spec.errors("POST", dm, {"recipient_id": p.MEMBER_USER_ID})
    assert spec.errors("POST", dm, {"recipient_id": str(p.MEMBER_USER_ID)}) == []


@needs_spec
def test_interaction_callbacks_and_command_syncs(spec: discord_spec.Spec) -> None:
    message = {"type": 4, "data": {"content": "Hallo", "flags": 64, "allowed_mentions": {"parse": []}}}
    assert spec.errors("POST", CALLBACK, message, {"with_response": "1"}) == []
    assert spec.errors("POST", CALLBACK, {"type": 5, "data": {"flags": 64}}) == []
    choices = {"type": 8, "data": {"choices": [{"name": "NVIDIA–OpenAI", "value": "nvidia-openai"}]}}
    assert spec.errors("POST", CALLBACK, choices) == []
    assert spec.errors("POST", CALLBACK, {"type": 4, "data": {"embeds": [{"title": "x" * 300}]}})
    assert spec.errors("POST", CALLBACK, {"type": 8, "data": {"choices": [{"name": "n"}] * 26}})
    command = {"name": "ask", "description": "Ask about the deals", "type": 1, "options": []}
    assert spec.errors("PUT", COMMANDS, [command]) == []
    assert spec.errors("PUT", COMMANDS, [{**command, "name": "x" * 33}])
    assert spec.errors("PUT", COMMANDS, [{**command, "type": "chat"}])


@needs_spec
def test_routes_methods_and_parameters(spec: discord_spec.Spec) -> None:
    # Literal segments win over parameters, as in Discord's router.
    assert spec.match("GET", "/users/@me")[0].template == "/users/@me"  # type: ignore[union-attr]
    original = spec.match("PATCH", f"/webhooks/{p.APP_ID}/tok/messages/@original")[0]
    assert original is not None and original.template.endswith("/messages/@original")
    (unknown,) = spec.errors("GET", "/no/such/route", None)
    assert unknown == "GET /no/such/route: no such route in Discord's API"
    (wrong_method,) = spec.errors("POST", "/users/@me", {})
    assert "no such method" in wrong_method and "GET /users/@me" in wrong_method
    (not_a_snowflake,) = spec.errors("POST", "/channels/general/messages", reply())
    assert "path parameter channel_id" in not_a_snowflake
    (undeclared,) = spec.errors("POST", CHANNEL, reply(), {"wait": "true"})
    assert "undeclared query parameter wait" in undeclared
    (not_a_boolean,) = spec.errors("POST", CALLBACK, {"type": 5}, {"with_response": "yes"})
    assert "query with_response" in not_a_boolean
    (no_body_expected,) = spec.errors("POST", f"/channels/{p.ANSWER_CHANNEL_ID}/typing", {})
    assert "takes no JSON body" in no_body_expected
    (body_required,) = spec.errors("POST", CHANNEL, None)
    assert "body is required" in body_required
    _, (multipart,) = spec.check("POST", CHANNEL, {}, "--boundary…", "multipart/form-data")
    assert "multipart/form-data" in multipart


@needs_spec
def test_every_route_the_fake_serves_is_one_of_discords() -> None:
    """One sample request per route of the fake; each must be an operation of the description."""
    assert SPEC is not None
    samples = [
        ("GET", "/users/@me"),
        ("GET", "/oauth2/applications/@me"),
        ("GET", "/gateway/bot"),
        ("POST", CHANNEL),
        ("POST", "/users/@me/channels"),
        ("POST", f"/channels/{p.ANSWER_CHANNEL_ID}/typing"),
        ("PUT", f"/channels/{p.ANSWER_CHANNEL_ID}/messages/1200000000000000005/reactions/⏳/@me"),
        ("POST", CALLBACK),
        ("POST", f"/webhooks/{p.APP_ID}/token-1"),
        ("PATCH", f"/webhooks/{p.APP_ID}/token-1/messages/@original"),
        ("GET", f"/webhooks/{p.APP_ID}/token-1/messages/@original"),
        ("DELETE", f"/webhooks/{p.APP_ID}/token-1/messages/1200000000000000005"),
        ("PUT", COMMANDS),
        ("GET", f"/applications/{p.APP_ID}/commands"),
    ]
    fake = FakeDiscord()
    unserved = [route for route in fake.routes if not any(_serves(route, *sample) for sample in samples)]
    assert not unserved, f"add a sample for each of {[(m, r.pattern) for m, r, _ in unserved]}"
    for method, path in samples:
        assert any(_serves(route, method, path) for route in fake.routes), (method, path)
        operation, _, _ = SPEC.match(method, path)
        assert operation is not None, f"the fake serves {method} {path}, which Discord does not have"


def _serves(route: tuple[str, re.Pattern[str], Any], method: str, path: str) -> bool:
    return route[0] == method and route[1].fullmatch(path) is not None


@needs_spec
async def test_the_fake_records_what_discord_would_refuse_and_fails_waiters() -> None:
    fake = FakeDiscord()
    assert fake.spec is SPEC, "the fake must check against the description by default"
    await fake.start()
    try:
        async with aiohttp.ClientSession() as http:
            good = await http.post(fake.api_base + CHANNEL, json=reply())
            assert good.status == 200 and fake.spec_problems == []
            assert fake.requests[-1].operation == "POST /channels/{channel_id}/messages"
            await http.post(fake.api_base + CHANNEL, json=reply(embeds=[embed(title="x" * 300)]))
        assert len(fake.spec_problems) == 1 and "$.embeds[0].title" in fake.spec_problems[0]
        with pytest.raises(AssertionError, match=r"refuses:\n.*embeds\[0\]\.title"):
            await fake.wait_for(lambda r: False, timeout=0.1, what="anything")
    finally:
        await fake.stop()


async def test_without_the_shared_folder_the_fake_still_serves_unchecked(tmp_path: Path) -> None:
    assert discord_spec.load(tmp_path / "openapi.json") is None
    fake = FakeDiscord(spec=None)
    await fake.start()
    try:
        async with aiohttp.ClientSession() as http:
            response = await http.post(fake.api_base + CHANNEL, json=reply(embeds=[embed(title="x" * 300)]))
        assert response.status == 200 and fake.spec_problems == []
        assert fake.requests[-1].operation is None
    finally:
        await fake.stop()
