"""The fakes' credentials, and how channels name them (environment variables)."""

from . import bluesky, mastodon, telegram, webhook, x

SECRETS = {
    "FAKE_X_CONSUMER_KEY": x.CREDENTIALS["consumer_key"],
    "FAKE_X_CONSUMER_SECRET": x.CREDENTIALS["consumer_secret"],
    "FAKE_X_ACCESS_TOKEN": x.CREDENTIALS["access_token"],
    "FAKE_X_ACCESS_SECRET": x.CREDENTIALS["access_token_secret"],
    "FAKE_MASTODON_TOKEN": mastodon.TOKEN,
    "FAKE_BLUESKY_PASSWORD": bluesky.PASSWORD,
    "FAKE_TELEGRAM_TOKEN": telegram.TOKEN,
    "FAKE_WEBHOOK_SECRET": webhook.SECRET,
}
SECRET_ENV = {
    "x": {
        "consumer_key": "FAKE_X_CONSUMER_KEY",
        "consumer_secret": "FAKE_X_CONSUMER_SECRET",
        "access_token": "FAKE_X_ACCESS_TOKEN",
        "access_token_secret": "FAKE_X_ACCESS_SECRET",
    },
    "mastodon": {"access_token": "FAKE_MASTODON_TOKEN"},
    "bluesky": {"app_password": "FAKE_BLUESKY_PASSWORD"},
    "telegram": {"bot_token": "FAKE_TELEGRAM_TOKEN"},
    "webhook": {"signing_secret": "FAKE_WEBHOOK_SECRET"},
}
OPTIONS = {
    "bluesky": {"handle": bluesky.HANDLE},
    "telegram": {"chat_id": str(telegram.CHAT["id"])},
}


def base_url(network, server):
    return server.url + "/hook" if network == "webhook" else server.url
