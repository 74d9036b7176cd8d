from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp.plugins.otp_totp.models import TOTPDevice


class Command(BaseCommand):
    help = "Remove a user's authenticator app (lost phone); they can set up a new one after login."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user called {username!r}.")
        count, _ = TOTPDevice.objects.filter(user=user).delete()
        self.stdout.write(f"Removed {count} authenticator device(s) of {username}.")
