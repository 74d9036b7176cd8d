"""The publisher's settings, each with a default; override any key in ``SOCIAL_PUBLISHER``.

``SOCIAL_PUBLISHER = {"LEASE_SECONDS": 120, ...}`` in a settings module changes only
the keys it names. ``SOCIAL_CHANNEL_BACKENDS`` maps a network to the class that
talks to it (like Wagtail's frontend-cache backends), so a network can be swapped
without touching the publisher.
"""

from django.conf import settings

DEFAULTS = {
    # The django-tasks backend alias that delivery tasks go to.
    "TASK_BACKEND": "default",
    "QUEUE": "social",
    # How long a worker holds a claimed row before another may take it over.
    "LEASE_SECONDS": 120,
    # Retries of transient failures: base * 2**(attempt-1), capped, with jitter.
    "RETRY_BASE_SECONDS": 30,
    "RETRY_MAX_SECONDS": 3600,
    "MAX_ATTEMPTS": 8,
    # The sweeper re-enqueues a due row whose task was enqueued this long ago.
    "SWEEP_GRACE_SECONDS": 60,
    "SWEEP_EVERY_SECONDS": 15,
    # Timeout of every call to a network, unless the channel sets "timeout".
    "TIMEOUT_SECONDS": 10,
    # Warn in the admin this many days before a channel's credentials expire,
    # and when this share of a daily quota is used.
    "EXPIRY_WARNING_DAYS": 14,
    "QUOTA_WARNING_SHARE": 0.8,
    "FONT_DIR": "/usr/share/fonts/truetype/noto",
}

CHANNEL_BACKENDS = {
    "console": "social.channels.console.ConsoleBackend",
    "x": "social.channels.x.XBackend",
    "mastodon": "social.channels.mastodon.MastodonBackend",
    "bluesky": "social.channels.bluesky.BlueskyBackend",
    "telegram": "social.channels.telegram.TelegramBackend",
    "webhook": "social.channels.webhook.WebhookBackend",
}


def publisher_setting(name):
    return getattr(settings, "SOCIAL_PUBLISHER", {}).get(name, DEFAULTS[name])


def channel_backend_paths():
    return {**CHANNEL_BACKENDS, **getattr(settings, "SOCIAL_CHANNEL_BACKENDS", {})}
