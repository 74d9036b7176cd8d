from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import import_string

# Each app adds its own part; they run in this order, each creating only what is missing.
LOADERS = [
    "awareness_site.demo.load",
    "advisories.demo.load",
    "advisories.feeds.demo.load",
    "campaigns.demo.load",
    "social.demo.load",
    "awareness_site.demo_users.load",
]


class Command(BaseCommand):
    help = "Build the demo site from the seed reports. Safe to run again: it never overwrites."

    def handle(self, *args, **options):
        for path in LOADERS:
            with transaction.atomic():
                import_string(path)()
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
