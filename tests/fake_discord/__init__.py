"""A fake Discord (REST + gateway) on 127.0.0.1 to drive the real bot in tests."""

from .server import FakeDiscord, Request, WaitTimeout

__all__ = ["FakeDiscord", "Request", "WaitTimeout"]
