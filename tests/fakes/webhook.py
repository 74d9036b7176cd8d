"""Fake partner system: checks the HMAC signature and de-duplicates by the outbox row header."""

import hashlib
import hmac

from .base import FakeServer, Reply

SECRET = "fake-webhook-signing-secret"  # noqa: S105


class FakeWebhook(FakeServer):
    name = "webhook"

    def is_create(self, request):
        return (
            request.method == "POST"
            and "delete" not in request.json
            and "check" not in request.json
        )

    def check_auth(self, request):
        expected = "sha256=" + hmac.new(SECRET.encode(), request.body, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(request.header("x-signature-256"), expected):
            return Reply(401, {"error": "bad signature"})
        return None

    def handle(self, request):
        if request.method != "POST" or request.path != "/hook":
            return super().handle(request)
        data = request.json
        if "check" in data or "delete" in data:
            return Reply(200, {"ok": True})
        row = request.header("x-outbox-row")
        for post in self.posts:
            if post["row"] == row:  # the receiver de-duplicates a retried row
                return Reply(200, {"id": post["id"], "duplicate": True})
        post = {"id": f"partner-{len(self.posts) + 1}", "row": row, "payload": data}
        self.posts.append(post)
        return Reply(200, {"id": post["id"], "url": f"https://partner.example/alerts/{post['id']}"})

    def rate_limited(self, reset_seconds):
        return Reply(429, {"error": "slow down"}, {"Retry-After": reset_seconds})
