"""A fake Discord on 127.0.0.1: the REST routes the bot calls and a JSON gateway websocket.

Every request is recorded; tests wait for the calls they expect with a bounded `wait_for`, whose
failure message lists everything that did arrive. When Discord's OpenAPI description is beside the
clone (see spec.py), every request is also checked against it: a route, method, parameter or body
that real Discord would refuse lands in `spec_problems`, which fails the test.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

from . import payloads as p
from . import spec as discord_spec

Json = dict[str, Any]
Handler = Callable[["Request", re.Match[str]], Awaitable[web.Response]]


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    json: Any
    status: int = 0
    content_type: str = ""
    operation: str | None = None
    """The operation of Discord's API this request is (`POST /channels/{channel_id}/messages`), if known."""
    response: Any = None
    """The JSON the fake answered (e.g. the message it created, with its id and components)."""

    def __str__(self) -> str:
        body = json.dumps(self.json, ensure_ascii=False)
        if len(body) > 300:
            body = body[:300] + "…"
        return f"{self.method} {self.path} -> {self.status} {body}"


class WaitTimeout(AssertionError):
    pass


def _json(data: Any, status: int = 200) -> web.Response:
    # discord.py reads a body as JSON only with exactly this content type.
    body = json.dumps(data).encode()
    return web.Response(status=status, body=body, headers={"Content-Type": "application/json"})


@dataclass
class Session:
    """One gateway session: a shard as the bot identified it, with the events sent (for RESUME)."""

    id: str
    shard: int
    shard_count: int
    ws: web.WebSocketResponse
    sequence: int = 0
    sent: list[tuple[int, str]] = field(default_factory=list)
    """(sequence, frame) of every dispatch, replayed after a RESUME from the bot's last sequence."""

    async def send(self, event: str, data: Json) -> None:
        self.sequence += 1
        frame = json.dumps({"op": 0, "t": event, "s": self.sequence, "d": data})
        self.sent.append((self.sequence, frame))
        if not self.ws.closed:  # else kept for the RESUME
            await self.ws.send_str(frame)


@dataclass
class Failure:
    """A canned error for the next `times` requests matching `method` and `pattern` (see FakeDiscord.fail)."""

    method: str
    pattern: re.Pattern[str]
    status: int
    body: Json
    headers: dict[str, str]
    times: int


def rate_limited(retry_after: float) -> tuple[Json, dict[str, str]]:
    """A 429 as Discord sends it: the JSON body with `retry_after`, and the headers (Cloudflare's
    `Via` among them: discord.py treats a 429 without it as a Cloudflare ban and does not retry)."""
    body = {"message": "You are being rate limited.", "retry_after": retry_after, "global": False, "code": 0}
    headers = {
        "Via": "1.1 google",
        "Retry-After": str(max(1, round(retry_after))),
        "X-RateLimit-Limit": "5",
        "X-RateLimit-Remaining": "0",
        "X-RateLimit-Reset-After": str(retry_after),
        "X-RateLimit-Bucket": "fake-bucket",
        "X-RateLimit-Scope": "user",
    }
    return body, headers


def shard_of(data: Json, shard_count: int) -> int:
    """Discord's routing: a server's events go to shard (id >> 22) % count; DMs to shard 0."""
    guild_id = data.get("guild_id")
    return 0 if guild_id is None else (int(guild_id) >> 22) % shard_count


@dataclass
class FakeDiscord:
    app_flags: int = p.FLAG_GATEWAY_MESSAGE_CONTENT_LIMITED
    recommended_shards: int = 1
    """What GET /gateway/bot tells a bot that leaves the shard count to Discord."""
    requests: list[Request] = field(default_factory=list)
    identifies: list[Json] = field(default_factory=list)
    """Every IDENTIFY, in order (`identify` is the last)."""
    resumes: list[Json] = field(default_factory=list)
    """Every RESUME the bot sent."""
    invalidate_resumes: bool = False
    """Answer a RESUME with INVALID_SESSION (the session expired): the bot must identify afresh."""
    problems: list[str] = field(default_factory=list)
    """Things a test must fail on (set by the harness: bot crashes, dropped events, error logs)."""
    spec: discord_spec.Spec | None = field(default_factory=lambda: discord_spec.load())
    """Discord's OpenAPI description (None without the shared folder: then nothing is checked)."""
    spec_problems: list[str] = field(default_factory=list)
    """Requests real Discord would refuse; a test fails on them even when it expects errors."""

    def __post_init__(self) -> None:
        self._changed = asyncio.Condition()
        self.sessions: dict[int, Session] = {}
        """The live session of each shard."""
        self._session_numbers = 0
        self._commands: dict[str, list[Json]] = {}
        self._interaction_types: dict[str, int] = {}
        """The type of each interaction dispatched (2 command, 3 component, 4 autocomplete), by id."""
        self._failures: list[Failure] = []
        self._runner: web.AppRunner | None = None
        self._sockets: set[web.WebSocketResponse] = set()
        self.port = 0
        self.routes: list[tuple[str, re.Pattern[str], Handler]] = [
            ("GET", re.compile(r"/users/@me"), self._get_me),
            ("GET", re.compile(r"/oauth2/applications/@me"), self._get_application),
            ("GET", re.compile(r"/gateway/bot"), self._get_gateway_bot),
            ("POST", re.compile(r"/channels/(?P<channel>\d+)/messages"), self._create_message),
            ("POST", re.compile(r"/users/@me/channels"), self._create_dm),
            ("POST", re.compile(r"/channels/\d+/typing"), self._no_content),
            ("PUT", re.compile(r"/channels/\d+/messages/\d+/reactions/[^/]+/@me"), self._no_content),
            ("POST", re.compile(r"/interactions/(?P<id>\d+)/(?P<token>[^/]+)/callback"), self._callback),
            ("POST", re.compile(r"/webhooks/\d+/(?P<token>[^/]+)"), self._followup),
            (
                "PATCH",
                re.compile(r"/webhooks/\d+/(?P<token>[^/]+)/messages/(?P<id>@original|\d+)"),
                self._followup,
            ),
            (
                "GET",
                re.compile(r"/webhooks/\d+/(?P<token>[^/]+)/messages/(?P<id>@original|\d+)"),
                self._followup,
            ),
            ("DELETE", re.compile(r"/webhooks/\d+/[^/]+/messages/(@original|\d+)"), self._no_content),
            ("PUT", re.compile(r"/applications/\d+(/guilds/(?P<guild>\d+))?/commands"), self._put_commands),
            ("GET", re.compile(r"/applications/\d+(/guilds/(?P<guild>\d+))?/commands"), self._get_commands),
        ]

    # -- lifecycle -------------------------------------------------------------------------------

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, handle_signals=False, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None and server.sockets, "fake Discord did not bind"
        self.port = server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        for ws in list(self._sockets):
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    # -- what tests use --------------------------------------------------------------------------

    def fail(
        self,
        method: str,
        pattern: str,
        status: int,
        *,
        times: int = 1,
        body: Json | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        """Answer the next `times` requests matching `method` and `pattern` (a full-match regex on the
        path) with `status` instead of serving them; e.g. a 429 (see `rate_limited`) or a 500."""
        body = body if body is not None else {"message": f"{status}: fake failure", "code": 0}
        self._failures.append(Failure(method, re.compile(pattern), status, body, headers or {}, times))

    def _failure_for(self, method: str, path: str) -> web.Response | None:
        for failure in self._failures:
            if failure.times > 0 and failure.method == method and failure.pattern.fullmatch(path):
                failure.times -= 1
                response = _json(failure.body, status=failure.status)
                response.headers.update(failure.headers)
                return response
        return None

    @property
    def identify(self) -> Json | None:
        return self.identifies[-1] if self.identifies else None

    async def dispatch(self, event: str, data: Json, *, shard: int | None = None) -> None:
        """Push a gateway DISPATCH event to the shard that carries it (by its guild_id, as Discord does).

        While that shard's socket is closed (the bot is reconnecting) the event is kept and sent when
        the bot resumes, as Discord replays missed events.
        """
        if not self.sessions:
            raise AssertionError(f"cannot send {event}: the bot is not connected to the gateway")
        if event == "INTERACTION_CREATE":
            self._interaction_types[str(data["id"])] = int(data["type"])
        count = next(iter(self.sessions.values())).shard_count
        shard = shard_of(data, count) if shard is None else shard
        session = self.sessions.get(shard)
        if session is None:
            raise AssertionError(f"cannot send {event}: no bot connected for shard {shard} of {count}")
        await session.send(event, data)

    async def wait_for_shards(self, shards: set[int], *, timeout: float = 10.0) -> None:
        """Until every shard in `shards` has a live, identified session."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        async with self._changed:
            while not shards <= {k for k, v in self.sessions.items() if not v.ws.closed}:
                self._raise_problems(f"shards {sorted(shards)}")
                left = deadline - loop.time()
                if left <= 0:
                    raise WaitTimeout(self.report(f"shards {sorted(shards)} not all connected in {timeout}s"))
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._changed.wait(), timeout=left)

    async def close_gateway(self, shard: int = 0, *, code: int = 4000) -> None:
        """Close a shard's socket as Discord does mid-session (4000: unknown error, resumable)."""
        await self.sessions[shard].ws.close(code=code)

    async def wait_for_resume(self, count: int = 1, *, timeout: float = 10.0) -> list[Json]:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        async with self._changed:
            while len(self.resumes) < count:
                self._raise_problems("a RESUME")
                left = deadline - loop.time()
                if left <= 0:
                    raise WaitTimeout(self.report(f"no RESUME within {timeout}s"))
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._changed.wait(), timeout=left)
        return self.resumes

    def registered(self, target: int | None) -> set[str]:
        """The names of the commands last synced to `target` (a server id, or None: globally)."""
        return {c["name"] for c in self._commands.get(str(target) if target else "global", [])}

    def command_guild(self, name: str, guild_id: int) -> int | None:
        """Where Discord would find `/name` used in `guild_id`: that server's own commands first
        (sent as `data.guild_id`), else the global ones (None)."""
        return guild_id if name in self.registered(guild_id) else None

    def calls(self, method: str | None = None, pattern: str | None = None) -> list[Request]:
        return [
            r
            for r in self.requests
            if (method is None or r.method == method) and (pattern is None or re.fullmatch(pattern, r.path))
        ]

    async def wait_for(
        self, predicate: Callable[[Request], bool], *, timeout: float = 3.0, what: str = "a request"
    ) -> Request:
        """The first recorded request matching `predicate`; fails with the list of what arrived."""
        return (await self.wait_for_count(predicate, 1, timeout=timeout, what=what))[0]

    async def wait_for_count(
        self,
        predicate: Callable[[Request], bool],
        count: int,
        *,
        timeout: float = 3.0,
        what: str = "requests",
    ) -> list[Request]:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        async with self._changed:
            while True:
                self._raise_problems(what)
                found = [r for r in self.requests if predicate(r)]
                if len(found) >= count:
                    return found
                left = deadline - loop.time()
                if left <= 0:
                    break
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._changed.wait(), timeout=left)
        raise WaitTimeout(self.report(f"waited {timeout:.1f}s for {count} × {what}; got {len(found)}"))

    async def notify(self) -> None:
        """Wake waiters (used by the harness after it records a problem)."""
        async with self._changed:
            self._changed.notify_all()

    def report(self, headline: str) -> str:
        lines = [headline, "recorded requests:"]
        lines += [f"  {r}" for r in self.requests] or ["  (none)"]
        if self.problems:
            lines += ["problems:", *(f"  {problem}" for problem in self.problems)]
        if self.spec_problems:
            lines += ["requests Discord's API description refuses:"]
            lines += [f"  {problem}" for problem in self.spec_problems]
        return "\n".join(lines)

    def _raise_problems(self, what: str) -> None:
        if self.problems or self.spec_problems:
            raise AssertionError(self.report(f"while waiting for {what} the bot failed"))

    # -- gateway ---------------------------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        self._sockets.add(ws)
        try:
            await ws.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": 41_250}}))
            async for frame in ws:
                if frame.type is not WSMsgType.TEXT:
                    continue
                message = json.loads(frame.data)
                op = message.get("op")
                if op == 1:
                    await ws.send_str(json.dumps({"op": 11}))
                elif op == 2:
                    await self._identified(ws, message["d"])
                elif op == 6:
                    await self._resume(ws, message["d"])
        finally:
            self._sockets.discard(ws)
            await self.notify()
        return ws

    async def _identified(self, ws: web.WebSocketResponse, data: Json) -> None:
        shard, count = data.get("shard") or [0, 1]
        if shard in self.sessions and not self.sessions[shard].ws.closed:
            self.problems.append(f"shard {shard} identified twice while its session is live")
        self._session_numbers += 1
        session = Session(f"fake-session-{self._session_numbers}", shard, count, ws)
        self.sessions[shard] = session
        guilds = [g for g in p.GUILDS if (g >> 22) % count == shard]
        await session.send(
            "READY", p.ready(session.id, self.gateway_url, self.app_flags, guilds, (shard, count))
        )
        for guild_id in guilds:
            await session.send("GUILD_CREATE", p.guild(guild_id))
        async with self._changed:
            self.identifies.append(data)
            self._changed.notify_all()

    async def _resume(self, ws: web.WebSocketResponse, data: Json) -> None:
        async with self._changed:
            self.resumes.append(data)
            self._changed.notify_all()
        session = next((s for s in self.sessions.values() if s.id == data.get("session_id")), None)
        if session is None or self.invalidate_resumes:
            await ws.send_str(json.dumps({"op": 9, "d": False}))
            return
        session.ws = ws
        missed = [frame for sequence, frame in session.sent if sequence > int(data.get("seq") or 0)]
        for frame in missed:
            await ws.send_str(frame)
        await session.send("RESUMED", {})
        await self.notify()

    # -- REST ------------------------------------------------------------------------------------

    async def _rest(self, request: web.Request) -> web.Response:
        path = "/" + request.match_info["tail"]
        body: Any = None
        if request.can_read_body:
            raw = await request.text()
            try:
                body = json.loads(raw) if raw else None
            except ValueError:
                body = raw
        record = Request(request.method, path, dict(request.query), body, content_type=request.content_type)
        if self.spec is not None:
            # Checked before the handler answers, so a test waiting for this request already fails.
            record.operation, refused = self.spec.check(
                record.method, record.path, record.query, record.json, record.content_type
            )
            self.spec_problems += refused
        try:
            failure = self._failure_for(record.method, path)
            response = failure if failure is not None else await self._serve(record, path)
        except Exception as exc:
            response = _json({"message": f"fake Discord failed: {exc!r}", "code": 0}, status=400)
        record.status = response.status
        if response.content_type == "application/json" and isinstance(response.body, bytes):
            record.response = json.loads(response.body)
        async with self._changed:
            self.requests.append(record)
            self._changed.notify_all()
        return response

    async def _serve(self, record: Request, path: str) -> web.Response:
        for method, pattern, handler in self.routes:
            match = pattern.fullmatch(path)
            if method == record.method and match:
                return await handler(record, match)
        self.problems.append(f"the bot called an unknown route: {record.method} {path}")
        return _json({"message": "404: Not Found (fake Discord)", "code": 0}, status=404)

    async def _get_me(self, request: Request, match: re.Match[str]) -> web.Response:
        return _json({**p.BOT_USER, "verified": True, "mfa_enabled": False, "flags": 0})

    async def _get_application(self, request: Request, match: re.Match[str]) -> web.Response:
        return _json(p.application(self.app_flags))

    async def _get_gateway_bot(self, request: Request, match: re.Match[str]) -> web.Response:
        limits = {"total": 1000, "remaining": 999, "reset_after": 14_400_000, "max_concurrency": 16}
        data = {"url": self.gateway_url, "shards": self.recommended_shards, "session_start_limit": limits}
        return _json(data)

    async def _create_message(self, request: Request, match: re.Match[str]) -> web.Response:
        return _json(p.sent_message(match["channel"], request.json or {}))

    async def _create_dm(self, request: Request, match: re.Match[str]) -> web.Response:
        recipient = str((request.json or {}).get("recipient_id"))
        account = next(
            (u for u in p.ACCOUNTS if u["id"] == recipient),
            p.user(int(recipient), "someone"),
        )
        return _json({"id": str(p.snowflake()), "type": 1, "last_message_id": None, "recipients": [account]})

    async def _no_content(self, request: Request, match: re.Match[str]) -> web.Response:
        return web.Response(status=204)

    async def _callback(self, request: Request, match: re.Match[str]) -> web.Response:
        kind = self._interaction_types.get(match["id"], 2)
        return _json(p.interaction_callback(match["id"], request.json or {}, str(p.OTHER_CHANNEL_ID), kind))

    async def _followup(self, request: Request, match: re.Match[str]) -> web.Response:
        return _json(p.sent_message(str(p.OTHER_CHANNEL_ID), request.json or {}))

    async def _put_commands(self, request: Request, match: re.Match[str]) -> web.Response:
        target = match["guild"] or "global"
        stored = []
        for command in request.json or []:
            entry = {**command, "id": str(p.snowflake()), "application_id": str(p.APP_ID), "version": "1"}
            if match["guild"]:
                entry["guild_id"] = match["guild"]
            stored.append(entry)
        self._commands[target] = stored
        return _json(stored)

    async def _get_commands(self, request: Request, match: re.Match[str]) -> web.Response:
        return _json(self._commands.get(match["guild"] or "global", []))
