"""Fake X API v2: posts, v2 media upload and metadata, users/me and a user's recent posts.

OAuth 1.0a is checked for real: the consumer key and token must match and the
HMAC-SHA1 signature must verify against this server's own URL.
"""

import base64
import hashlib
import hmac
import itertools
import re
import time
from datetime import UTC, datetime
from urllib.parse import quote, unquote

from oauthlib.oauth1.rfc5849 import signature as oauth

from .base import FakeServer, Reply

URL = re.compile(r"https?://\S+")
CREDENTIALS = {
    "consumer_key": "fake-consumer-key",
    "consumer_secret": "fake-consumer-secret",
    "access_token": "fake-access-token",
    "access_token_secret": "fake-access-token-secret",
}
USER = {"id": "4242", "name": "Cyber Police", "username": "cyberpolice"}


class FakeX(FakeServer):
    name = "x"

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.media = {}
        self.ids = itertools.count(1_800_000_000_000_000_001)

    def is_create(self, request):
        return request.method == "POST" and request.path == "/2/tweets"

    # -- auth ---------------------------------------------------------------
    def check_auth(self, request):
        header = request.header("authorization")
        if not header.startswith("OAuth "):
            return Reply(401, self.error_body(401, "Unauthorized"))
        params = dict(
            (k, unquote(v.strip('"')))
            for k, v in (p.strip().split("=", 1) for p in header[6:].split(","))
        )
        if (
            params.get("oauth_consumer_key") != CREDENTIALS["consumer_key"]
            or params.get("oauth_token") != CREDENTIALS["access_token"]
            or params.get("oauth_signature") != self.expected_signature(request)
        ):
            return Reply(401, self.error_body(401, "Unauthorized"))
        return None

    def expected_signature(self, request):
        query = "&".join(f"{k}={v}" for k, v in request.query.items())
        collected = oauth.collect_parameters(
            uri_query=query,
            headers={"Authorization": request.header("authorization")},
            exclude_oauth_signature=True,
        )
        uri = oauth.base_string_uri(f"http://{request.header('host')}{request.path}")
        base = oauth.signature_base_string(
            request.method, uri, oauth.normalize_parameters(collected)
        )
        key = "&".join(
            quote(CREDENTIALS[k], safe="") for k in ("consumer_secret", "access_token_secret")
        )
        digest = hmac.new(key.encode(), base.encode(), hashlib.sha1).digest()
        return base64.b64encode(digest).decode()

    # -- routes ---------------------------------------------------------------
    def handle(self, request):
        route = (request.method, request.path)
        if route == ("POST", "/2/tweets"):
            return self.create(request.json)
        if route == ("POST", "/2/media/upload"):
            return self.upload(request.json)
        if route == ("POST", "/2/media/metadata"):
            return self.metadata(request.json)
        if route == ("GET", "/2/users/me"):
            return Reply(200, {"data": USER})
        if request.method == "GET" and re.fullmatch(r"/2/users/\d+/tweets", request.path):
            return self.timeline(request.query)
        if request.method == "DELETE" and request.path.startswith("/2/tweets/"):
            return self.delete(request.path.rsplit("/", 1)[-1])
        return super().handle(request)

    def create(self, data):
        text = data.get("text", "")
        if any(p["text"] == text and not p.get("deleted") for p in self.posts):
            return self.duplicate_reply()
        media_ids = (data.get("media") or {}).get("media_ids", [])
        if any(m not in self.media for m in media_ids):
            return Reply(
                400, {"errors": [{"message": "Unknown media id"}], "title": "Invalid Request"}
            )
        post = {
            "id": str(next(self.ids)),
            "text": text,
            "media": [self.media[m] for m in media_ids],
            "created_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        }
        self.posts.append(post)
        return Reply(201, {"data": {"id": post["id"], "text": text}})

    def upload(self, data):
        if data.get("media_category") != "tweet_image" or not data.get("media"):
            return Reply(400, {"errors": [{"message": "media and media_category are required"}]})
        media_id = str(next(self.ids))
        self.media[media_id] = {"id": media_id, "bytes": base64.b64decode(data["media"]), "alt": ""}
        return Reply(
            200,
            {"data": {"id": media_id, "media_key": f"3_{media_id}", "expires_after_secs": 86400}},
        )

    def metadata(self, data):
        media = self.media.get(data.get("id"))
        if media is None:
            return Reply(400, {"errors": [{"message": "Unknown media id"}]})
        media["alt"] = data["metadata"]["alt_text"]["text"]
        return Reply(200, {"data": {"id": media["id"], "associated_metadata": data["metadata"]}})

    def timeline(self, query):
        since = query.get("start_time")
        shown = [p for p in reversed(self.posts) if not p.get("deleted")]
        if since:
            shown = [p for p in shown if p["created_at"] >= since.replace("+00:00", "Z")[:19]]
        limit = int(query.get("max_results", 10))
        return Reply(
            200,
            {
                "data": [self.as_seen(p) for p in shown[:limit]],
                "meta": {"result_count": len(shown[:limit])},
            },
        )

    def as_seen(self, post):
        """As X shows a post: links replaced by t.co, the original kept in entities."""
        urls, text = [], post["text"]
        for n, match in enumerate(URL.finditer(post["text"])):
            short = f"https://t.co/fake{n}"
            urls.append(
                {"url": short, "expanded_url": match.group(0), "display_url": match.group(0)[8:30]}
            )
            text = text.replace(match.group(0), short, 1)
        return {
            "id": post["id"],
            "text": text,
            "created_at": post["created_at"],
            "edit_history_tweet_ids": [post["id"]],
            "entities": {"urls": urls},
        }

    def delete(self, tweet_id):
        for post in self.posts:
            if post["id"] == tweet_id:
                post["deleted"] = True
                return Reply(200, {"data": {"deleted": True}})
        return Reply(404, {"detail": "Not found", "title": "Not Found Error"})

    # -- failures ---------------------------------------------------------------
    def error_body(self, status, message):
        return {"title": message, "detail": message, "status": status, "type": "about:blank"}

    def duplicate_reply(self):
        detail = "You are not allowed to create a Tweet with duplicate content."
        return Reply(
            403, {"detail": detail, "title": "Forbidden", "status": 403, "type": "about:blank"}
        )

    def rate_limited(self, reset_seconds):
        headers = {
            "x-rate-limit-reset": int(time.time() + reset_seconds),
            "x-rate-limit-remaining": 0,
        }
        return Reply(
            429,
            {"title": "Too Many Requests", "detail": "Too Many Requests", "status": 429},
            headers,
        )

    @property
    def live_posts(self):
        return [p for p in self.posts if not p.get("deleted")]
