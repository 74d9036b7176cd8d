"""The one background process: delivery tasks, the outbox sweeper, and scheduled publishing."""

import logging
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db.models import Count, Sum
from django.utils.crypto import get_random_string

from social.card_fonts import SHAPING_WARNING, shaping_available
from social.claiming import sweep
from social.conf import publisher_setting
from social.models import Delivery
from social.queues import drain, drainable_backends, pending

logger = logging.getLogger(__name__)

SCHEDULE_EVERY_SECONDS = 60


def outbox_progress():
    return Delivery.objects.aggregate(
        attempts=Sum("attempts"), rows=Count("pk"), sent=Count("sent_at")
    )


class Command(BaseCommand):
    help = (
        "Run background tasks, sweep the outbox and publish scheduled pages (make run starts it)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--until-idle", action="store_true", help="Do everything due now, then exit."
        )
        parser.add_argument("--interval", type=float, default=1.0, help="Seconds between polls.")

    def handle(self, *args, until_idle=False, interval=1.0, **options):
        if not shaping_available():
            logger.warning(SHAPING_WARNING)
        self.worker_id = f"worker-{get_random_string(8)}"
        if until_idle:
            return self.run_until_idle()
        last_schedule = last_sweep = 0.0
        while True:
            now = time.monotonic()
            if now - last_schedule >= SCHEDULE_EVERY_SECONDS:
                call_command("publish_scheduled")
                last_schedule = now
            if now - last_sweep >= publisher_setting("SWEEP_EVERY_SECONDS"):
                sweep()
                last_sweep = now
            self.drain_all()
            time.sleep(interval)

    def run_until_idle(self):
        call_command("publish_scheduled")
        before = outbox_progress()
        while True:
            swept = sweep(grace_seconds=0)
            self.drain_all()
            if not swept and not any(pending(*backend) for backend in drainable_backends()):
                return
            now = outbox_progress()
            if now == before:  # tasks ran but no row moved: do not spin
                logger.warning("Outbox rows are due but no worker could take them; stopping.")
                return
            before = now

    def drain_all(self):
        for alias, kind in drainable_backends():
            if kind == "database" and not pending(alias, kind):
                continue  # idle: no worker started and stopped (and logged) every second
            drain(alias, kind, self.worker_id)
