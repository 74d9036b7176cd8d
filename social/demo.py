"""Demo channels: the console channel, so the whole publishing flow works with no account anywhere.

Only what is missing is created; a channel an editor changed or disabled is left alone.
No secrets: a real network's channel names environment variables, set on the server.
"""

from .models import Channel

DEMO_CHANNELS = [
    {
        "name": "console",
        "network": "console",
        "options": {},
    },
]


def load():
    for data in DEMO_CHANNELS:
        Channel.objects.get_or_create(name=data["name"], defaults=data)
