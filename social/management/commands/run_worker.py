"""The one background process: tasks, and Wagtail's scheduled publishing."""

import logging
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils.crypto import get_random_string
from django_tasks_db.management.commands.db_worker import Worker

logger = logging.getLogger(__name__)

SCHEDULE_EVERY_SECONDS = 60


class Command(BaseCommand):
    help = "Run background tasks and scheduled publishing (the worker that make run starts)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--until-idle", action="store_true", help="Do everything due now, then exit."
        )
        parser.add_argument("--interval", type=float, default=1.0, help="Seconds between polls.")

    def handle(self, *args, until_idle=False, interval=1.0, **options):
        worker_id = f"worker-{get_random_string(8)}"
        last_schedule = 0.0
        while True:
            if time.monotonic() - last_schedule >= SCHEDULE_EVERY_SECONDS or until_idle:
                call_command("publish_scheduled")
                last_schedule = time.monotonic()
            self.drain(worker_id)
            if until_idle:
                return
            time.sleep(interval)

    def drain(self, worker_id):
        Worker(
            queue_names=["*"],
            interval=0,
            batch=True,
            backend_name="default",
            startup_delay=False,
            max_tasks=None,
            worker_id=worker_id,
            excluded_queue_names=[],
        ).run()
