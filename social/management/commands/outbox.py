"""outbox list [--status S] | retry ID | cancel ID: the outbox from the command line."""

from django.core.management.base import BaseCommand, CommandError

from social.actions import NotAllowed, cancel, retry
from social.models import Delivery, Status


class Command(BaseCommand):
    help = "List outbox rows, retry or cancel one."

    def add_arguments(self, parser):
        commands = parser.add_subparsers(dest="action", required=True)
        listing = commands.add_parser("list", help="List outbox rows, newest first.")
        listing.add_argument("--status", choices=Status.values)
        listing.add_argument("--channel")
        listing.add_argument("--limit", type=int, default=100)
        for name in ("retry", "cancel"):
            commands.add_parser(name, help=f"{name.title()} one row.").add_argument("id", type=int)

    def handle(self, *args, action, **options):
        getattr(self, f"do_{action}")(**options)

    def row(self, pk):
        try:
            return Delivery.objects.select_related("channel").get(pk=pk)
        except Delivery.DoesNotExist:
            raise CommandError(f"No outbox row {pk}.") from None

    def do_list(self, status=None, channel=None, limit=100, **options):
        rows = Delivery.objects.listing()
        if status:
            rows = rows.filter(status=status)
        if channel:
            rows = rows.filter(channel__name=channel)
        for row in rows[:limit]:
            where = row.remote_url or row.remote_id or row.error or row.note
            self.stdout.write(
                f"{row.pk}\t{row.status}\t{row.channel.name}\t{row.purpose}\t"
                f"{row.page_title[:60]}\tattempts={row.attempts}\t{where}"
            )

    def do_retry(self, id, **options):
        self.act(retry, id, "queued again")

    def do_cancel(self, id, **options):
        self.act(cancel, id, "cancelled")

    def act(self, action, pk, done):
        try:
            changed = action(self.row(pk))
        except NotAllowed as error:
            raise CommandError(str(error)) from None
        if not changed:
            raise CommandError(f"Row {pk} changed meanwhile; look again with outbox list.")
        self.stdout.write(self.style.SUCCESS(f"Row {pk} {done}."))
