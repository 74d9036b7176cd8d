"""Fake Telegram Bot API: getMe, sendPhoto (multipart), sendMessage, deleteMessage."""

import itertools

from .base import FakeServer, Reply

TOKEN = "123456:fake-telegram-bot-token"  # noqa: S105
CHAT = {
    "id": -1001234567890,
    "type": "channel",
    "title": "Cyber Police",
    "username": "cyberpolice_alerts",
}


class FakeTelegram(FakeServer):
    name = "telegram"

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.message_ids = itertools.count(501)

    def method(self, request):
        prefix, _, method = request.path.rpartition("/")
        return prefix, method

    def is_create(self, request):
        return self.method(request)[1] in ("sendPhoto", "sendMessage")

    def check_auth(self, request):
        prefix, _method = self.method(request)
        if prefix != f"/bot{TOKEN}":
            return Reply(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
        return None

    def handle(self, request):
        method = self.method(request)[1]
        form = request.form
        if method == "getMe":
            return self.ok({"id": 123456, "is_bot": True, "username": "cyberpolice_bot"})
        if method == "sendPhoto":
            caption = form.get("caption", "")
            if len(caption.encode("utf-16-le")) // 2 > 1024:
                return self.bad("Bad Request: message caption is too long")
            return self.create(form, caption, photo=form.get("photo"))
        if method == "sendMessage":
            return self.create(form, form.get("text", ""))
        if method == "deleteMessage":
            return self.delete(int(form.get("message_id", 0)))
        return Reply(404, {"ok": False, "error_code": 404, "description": "Not Found"})

    def create(self, form, text, photo=None):
        if (
            str(form.get("chat_id")) != str(CHAT["id"])
            and form.get("chat_id") != f"@{CHAT['username']}"
        ):
            return self.bad("Bad Request: chat not found")
        message = {"message_id": next(self.message_ids), "chat": CHAT, "date": 0}
        self.posts.append({**message, "text": text, "photo": photo[1] if photo else None})
        return self.ok(message)

    def delete(self, message_id):
        for post in self.posts:
            if post["message_id"] == message_id:
                post["deleted"] = True
                return self.ok(True)
        return self.bad("Bad Request: message to delete not found")

    def ok(self, result):
        return Reply(200, {"ok": True, "result": result})

    def bad(self, description):
        return Reply(400, {"ok": False, "error_code": 400, "description": description})

    def error_body(self, status, message):
        return {"ok": False, "error_code": status, "description": message}

    def rate_limited(self, reset_seconds):
        description = f"Too Many Requests: retry after {reset_seconds}"
        body = {
            "ok": False,
            "error_code": 429,
            "description": description,
            "parameters": {"retry_after": reset_seconds},
        }
        return Reply(429, body)
