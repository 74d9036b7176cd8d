"""A generic webhook for partner systems: a JSON POST signed with HMAC-SHA256.

Headers: ``X-Signature-256: sha256=<hex>`` over the raw body with the shared
secret, and ``X-Outbox-Row`` / ``Idempotency-Key`` naming the outbox row, so the
receiver can de-duplicate a retry whose first attempt it already has.
"""

import hashlib
import hmac
import json

from .base import Accepted, ChannelBackend, CredentialsError, PermanentError, TransientError
from .http import call, retry_after, session


def signature(secret, body):
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


class WebhookBackend(ChannelBackend):
    network = "webhook"
    secrets = ("signing_secret",)

    def __init__(self, channel):
        super().__init__(channel)
        self.http = session()

    def payload(self, post):
        return {
            "row": post.delivery_id,
            "key": post.key,
            "purpose": post.purpose,
            "page_id": post.page_id,
            "title": post.title,
            "summary": post.summary,
            "text": post.text,
            "url": post.url,
            "language": post.language,
            "tags": list(post.tags),
            "image": {"url": post.image_url, "alt": post.image_alt} if post.image_url else None,
        }

    def post_json(self, data, key, row):
        body = json.dumps(data, ensure_ascii=False, sort_keys=True).encode()
        headers = {
            "Content-Type": "application/json",
            "X-Signature-256": signature(self.channel.secret("signing_secret"), body),
            "X-Outbox-Row": str(row),
            "Idempotency-Key": key,
        }
        response = call(self.http, "POST", self.base_url, self.timeout, data=body, headers=headers)
        if response.ok:
            return response
        raise translate(response)

    def send(self, post):
        response = self.post_json(self.payload(post), post.key, post.delivery_id)
        try:
            answer = response.json()
        except ValueError:
            answer = {}
        return Accepted(
            remote_id=str(answer.get("id") or post.key), remote_url=answer.get("url") or ""
        )

    def delete(self, remote_id):
        self.post_json({"delete": remote_id}, f"delete-{remote_id}", 0)

    def check(self):
        self.post_json({"check": True}, "check", 0)
        return f"webhook at {self.base_url} accepted a signed test call"


def translate(response):
    status = response.status_code
    if status == 429:
        return TransientError(
            "The webhook says: too many requests.", retry_after=retry_after(response)
        )
    if status in (401, 403):
        return CredentialsError(f"The webhook refused the signature ({status}).")
    if status >= 500 or status == 408:
        return TransientError(f"The webhook failed ({status}).")
    return PermanentError(f"The webhook rejected the post ({status}): {response.text[:200]}")
