"""Fake servers on 127.0.0.1 that speak the social networks' HTTP APIs.

Each checks auth, records every request, keeps the posts it accepted, and can be
told to fail: ``server.fail("timeout" | "lost_response" | "500" | "429" | "401" |
"duplicate" | "hang", times=1)``. The real client libraries talk to them unchanged.
"""

from .bluesky import FakeBluesky
from .mastodon import FakeMastodon
from .telegram import FakeTelegram
from .webhook import FakeWebhook
from .x import FakeX

__all__ = ["FakeBluesky", "FakeMastodon", "FakeTelegram", "FakeWebhook", "FakeX"]
