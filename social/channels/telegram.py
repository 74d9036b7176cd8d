"""Telegram: the Bot API over plain HTTPS, posting to a channel the bot is admin of.

Telegram has no idempotency key and a bot cannot read its channel's history, so
after an attempt whose outcome is unknown a retry may post a second time. The
publisher accepts that small risk rather than lose the post (docs/publisher.md).
"""

from .base import Accepted, ChannelBackend, CredentialsError, PermanentError, TransientError
from .http import call, session


class TelegramBackend(ChannelBackend):
    network = "telegram"
    default_base_url = "https://api.telegram.org"
    default_rate_per_minute = 20
    secrets = ("bot_token",)

    def __init__(self, channel):
        super().__init__(channel)
        self.http = session()

    def method_url(self, method):
        return f"{self.base_url}/bot{self.channel.secret('bot_token')}/{method}"

    def api(self, method, **kwargs):
        response = call(self.http, "POST", self.method_url(method), self.timeout, **kwargs)
        try:
            body = response.json()
        except ValueError:
            body = {"ok": False, "error_code": response.status_code, "description": ""}
        if body.get("ok"):
            return body["result"]
        raise translate(response.status_code, body)

    def send(self, post):
        chat = self.channel.option("chat_id")
        if post.image:
            files = {"photo": ("card.png", post.image, "image/png")}
            result = self.api(
                "sendPhoto", data={"chat_id": chat, "caption": post.text}, files=files
            )
        else:
            result = self.api("sendMessage", json={"chat_id": chat, "text": post.text})
        return self.accepted(result)

    def accepted(self, message):
        chat = message.get("chat", {})
        number = message["message_id"]
        username = chat.get("username")
        url = f"https://t.me/{username}/{number}" if username else ""
        return Accepted(remote_id=f"{chat.get('id')}:{number}", remote_url=url)

    def delete(self, remote_id):
        chat, number = remote_id.rsplit(":", 1)
        self.api("deleteMessage", json={"chat_id": chat, "message_id": int(number)})

    def check(self):
        me = self.api("getMe")
        return f"@{me.get('username')} (bot) on {self.base_url}"


def translate(status, body):
    description = body.get("description") or f"HTTP {status}"
    code = body.get("error_code", status)
    if code == 429:
        wait = (body.get("parameters") or {}).get("retry_after")
        return TransientError(f"Telegram says: {description}", retry_after=wait)
    if code in (401, 403, 404):  # bad token, or the bot is not allowed in the channel
        return CredentialsError(f"Telegram refused the bot ({code}): {description}")
    if code >= 500:
        return TransientError(f"Telegram had a server error ({code}).")
    return PermanentError(f"Telegram rejected the post: {description}")
