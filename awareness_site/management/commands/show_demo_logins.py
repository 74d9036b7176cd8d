from django.core.management.base import BaseCommand

from awareness_site.logins import read_logins


class Command(BaseCommand):
    help = "Print the admin address and the demo logins that load_demo_content created."

    def add_arguments(self, parser):
        parser.add_argument("--url", default="http://127.0.0.1:8000")

    def handle(self, *args, url, **options):
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS(f"Site:  {url}/"))
        self.stdout.write(self.style.SUCCESS(f"Admin: {url}/admin/"))
        for username, login in read_logins().items():
            self.stdout.write(
                f"  {login['role']:<16} user {username:<12} password {login['password']}"
            )
        self.stdout.write(
            "(Passwords were made at random on the first run; change them in the admin.)"
        )
        self.stdout.write("")
