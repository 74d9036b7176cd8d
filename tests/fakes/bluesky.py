"""Fake AT Protocol PDS: sessions (JWTs with an expiry), blobs, and post records by record key."""

import base64
import hashlib
import json
import time

from .base import FakeServer, Reply

HANDLE = "cyberpolice.bsky.example"
PASSWORD = "fake-app-password"  # noqa: S105
DID = "did:plc:fakecyberpolice000000000"


def b64(data):
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def jwt(scope, lifetime):
    now = int(time.time())
    payload = {"scope": scope, "sub": DID, "iat": now, "exp": now + lifetime, "aud": "did:web:fake"}
    signature = base64.urlsafe_b64encode(hashlib.sha256(json.dumps(payload).encode()).digest())
    return f"{b64({'alg': 'HS256', 'typ': 'JWT'})}.{b64(payload)}.{signature.rstrip(b'=').decode()}"


def cid(data):
    """A CIDv1 (raw, sha2-256) in base32, as a PDS would give for a blob."""
    digest = b"\x01\x55\x12\x20" + hashlib.sha256(data).digest()
    return "b" + base64.b32encode(digest).decode().lower().rstrip("=")


class FakeBluesky(FakeServer):
    name = "bluesky"

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.sessions = set()
        self.blobs = {}
        self.records = {}  # rkey -> record

    def xrpc(self, request):
        return request.path.removeprefix("/xrpc/")

    def is_create(self, request):
        return self.xrpc(request) == "com.atproto.repo.createRecord"

    def check_auth(self, request):
        method = self.xrpc(request)
        if method == "com.atproto.server.createSession":
            return None
        token = request.header("authorization").removeprefix("Bearer ")
        if token not in self.sessions:
            return Reply(401, {"error": "InvalidToken", "message": "Bad token"})
        return None

    def handle(self, request):
        method = self.xrpc(request)
        if method == "com.atproto.server.createSession":
            return self.login(request.json)
        if method == "com.atproto.server.refreshSession":
            return self.session_reply()
        if method == "com.atproto.repo.uploadBlob":
            return self.upload(request)
        if method == "com.atproto.repo.createRecord":
            return self.create(request.json)
        if method == "com.atproto.repo.getRecord":
            return self.get(request.query)
        if method == "com.atproto.repo.deleteRecord":
            self.records.pop(request.json.get("rkey"), None)
            return Reply(200, {})
        return Reply(501, {"error": "MethodNotImplemented", "message": method})

    def login(self, data):
        if data.get("identifier") != HANDLE or data.get("password") != PASSWORD:
            return Reply(
                401,
                {"error": "AuthenticationRequired", "message": "Invalid identifier or password"},
            )
        return self.session_reply()

    def session_reply(self):
        access, refresh = jwt("com.atproto.appPass", 7200), jwt("com.atproto.refresh", 86400)
        self.sessions.update([access, refresh])
        return Reply(
            200,
            {
                "accessJwt": access,
                "refreshJwt": refresh,
                "handle": HANDLE,
                "did": DID,
                "active": True,
            },
        )

    def upload(self, request):
        ref = cid(request.body)
        self.blobs[ref] = request.body
        blob = {
            "$type": "blob",
            "ref": {"$link": ref},
            "mimeType": request.header("content-type"),
            "size": len(request.body),
        }
        return Reply(200, {"blob": blob})

    def create(self, data):
        rkey = data.get("rkey")
        if data.get("repo") != DID or data.get("collection") != "app.bsky.feed.post":
            return Reply(400, {"error": "InvalidRequest", "message": "Wrong repo or collection"})
        if rkey in self.records:
            return Reply(
                400, {"error": "InvalidRequest", "message": "Record already exists at this key"}
            )
        record = data["record"]
        self.records[rkey] = record
        self.posts.append({"rkey": rkey, "record": record})
        return Reply(200, self.ref(rkey))

    def get(self, query):
        record = self.records.get(query.get("rkey"))
        if record is None:
            return Reply(400, {"error": "RecordNotFound", "message": "Could not locate record"})
        return Reply(200, {**self.ref(query["rkey"]), "value": record})

    def ref(self, rkey):
        return {"uri": f"at://{DID}/app.bsky.feed.post/{rkey}", "cid": cid(rkey.encode())}

    def error_body(self, status, message):
        return {
            "error": "InternalServerError" if status >= 500 else "AuthenticationRequired",
            "message": message,
        }

    def duplicate_reply(self):
        return Reply(
            400, {"error": "InvalidRequest", "message": "Record already exists at this key"}
        )

    def rate_limited(self, reset_seconds):
        headers = {"ratelimit-reset": int(time.time() + reset_seconds), "ratelimit-remaining": 0}
        return Reply(429, {"error": "RateLimitExceeded", "message": "Rate Limit Exceeded"}, headers)
