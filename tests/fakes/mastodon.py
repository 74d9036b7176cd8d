"""Fake Mastodon: instance, media, statuses with Idempotency-Key, the account's statuses."""

import html
import itertools
import re
from datetime import UTC, datetime, timedelta

from .base import FakeServer, Reply

TOKEN = "fake-mastodon-token"  # noqa: S105
ACCOUNT = {
    "id": "109",
    "username": "cyberpolice",
    "acct": "cyberpolice",
    "display_name": "Cyber Police",
    "url": "https://mastodon.example/@cyberpolice",
    "created_at": "2024-01-01T00:00:00.000Z",
    "locked": False,
    "bot": False,
    "note": "",
    "avatar": "",
    "header": "",
    "followers_count": 0,
    "following_count": 0,
    "statuses_count": 0,
    "emojis": [],
    "fields": [],
}
URL = re.compile(r"https?://\S+")


def now_iso():
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


class FakeMastodon(FakeServer):
    name = "mastodon"

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.media = {}
        self.idempotency = {}
        self.ids = itertools.count(110_000_000_000_000_001)

    def is_create(self, request):
        return request.method == "POST" and request.path == "/api/v1/statuses"

    def check_auth(self, request):
        if request.path.startswith(("/api/v1/instance", "/api/v2/instance")):
            return None
        if request.header("authorization") != f"Bearer {TOKEN}":
            return Reply(401, {"error": "The access token is invalid"})
        return None

    def handle(self, request):
        route = (request.method, request.path.rstrip("/"))
        if route in (("GET", "/api/v1/instance"), ("GET", "/api/v2/instance")):
            return Reply(
                200,
                {
                    "uri": "mastodon.example",
                    "domain": "mastodon.example",
                    "title": "Fake",
                    "version": "4.3.0",
                    "api_versions": {"mastodon": 2},
                },
            )
        if route == ("POST", "/api/v2/media"):
            return self.upload(request.form)
        if route == ("POST", "/api/v1/statuses"):
            return self.create(request)
        if route == ("GET", "/api/v1/accounts/verify_credentials"):
            return Reply(200, ACCOUNT)
        if route == ("GET", f"/api/v1/accounts/{ACCOUNT['id']}/statuses"):
            return Reply(
                200,
                [self.status(p) for p in reversed(self.live_posts)][
                    : int(request.query.get("limit", 20))
                ],
            )
        if request.method == "DELETE" and request.path.startswith("/api/v1/statuses/"):
            return self.delete(request.path.rsplit("/", 1)[-1])
        return super().handle(request)

    def upload(self, form):
        filename, data = form.get("file", (None, b""))
        if not data:
            return Reply(422, {"error": "Validation failed: File can't be blank"})
        media_id = str(next(self.ids))
        self.media[media_id] = {
            "id": media_id,
            "bytes": data,
            "description": form.get("description", ""),
        }
        return Reply(
            200,
            {
                "id": media_id,
                "type": "image",
                "url": None,
                "preview_url": None,
                "description": form.get("description"),
                "blurhash": None,
                "meta": {},
            },
        )

    def create(self, request):
        key = request.header("idempotency-key")
        if key and key in self.idempotency:
            return Reply(200, self.status(self.idempotency[key]))
        form = request.form
        text = form.get("status", "")
        if self.count(text) > 500:
            return Reply(422, {"error": "Validation failed: Text character limit of 500 exceeded"})
        media_ids = form.get("media_ids[]") or form.get("media_ids") or []
        media_ids = [media_ids] if isinstance(media_ids, str) else media_ids
        post = {
            "id": str(next(self.ids)),
            "text": text,
            "language": form.get("language"),
            "visibility": form.get("visibility"),
            "media": [self.media[m] for m in media_ids if m in self.media],
            "idempotency_key": key,
            "created_at": now_iso(),
        }
        self.posts.append(post)
        if key:
            self.idempotency[key] = post
        return Reply(200, self.status(post))

    def count(self, text):
        return len(URL.sub("x" * 23, text))

    def status(self, post):
        content = "<p>" + html.escape(post["text"]).replace("\n", "<br>") + "</p>"
        return {
            "id": post["id"],
            "uri": f"https://mastodon.example/users/cyberpolice/statuses/{post['id']}",
            "url": f"https://mastodon.example/@cyberpolice/{post['id']}",
            "created_at": post["created_at"],
            "content": content,
            "visibility": post["visibility"] or "public",
            "language": post["language"],
            "sensitive": False,
            "spoiler_text": "",
            "account": ACCOUNT,
            "media_attachments": [
                {"id": m["id"], "type": "image", "description": m["description"]}
                for m in post["media"]
            ],
            "mentions": [],
            "tags": [],
            "emojis": [],
            "reblogs_count": 0,
            "favourites_count": 0,
            "replies_count": 0,
        }

    def delete(self, status_id):
        for post in self.posts:
            if post["id"] == status_id:
                post["deleted"] = True
                return Reply(200, self.status(post))
        return Reply(404, {"error": "Record not found"})

    def duplicate_reply(self):
        return Reply(422, {"error": "Validation failed: duplicate"})

    def rate_limited(self, reset_seconds):
        reset = (datetime.now(UTC) + timedelta(seconds=reset_seconds)).isoformat()
        return Reply(
            429,
            {"error": "Too many requests"},
            {"X-RateLimit-Limit": 300, "X-RateLimit-Remaining": 0, "X-RateLimit-Reset": reset},
        )

    @property
    def live_posts(self):
        return [p for p in self.posts if not p.get("deleted")]
