"""The embedded default: posts go to the log and the outbox, and nowhere else."""

import logging

from .base import Accepted, ChannelBackend

logger = logging.getLogger("social.console")


class ConsoleBackend(ChannelBackend):
    network = "console"
    takes_image = True

    def send(self, post):
        logger.info(
            "Console channel %s would post (outbox row %s):\n%s\n[image: %s]",
            self.channel.name,
            post.delivery_id,
            post.text,
            post.image_alt or "none",
        )
        return Accepted(remote_id=f"console-{post.delivery_id}")

    def delete(self, remote_id):
        logger.info("Console channel %s would delete %s", self.channel.name, remote_id)

    def check(self):
        return f"console channel {self.channel.name} (writes to the log)"
