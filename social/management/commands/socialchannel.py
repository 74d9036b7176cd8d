"""socialchannel add|list|test|disable|enable: channels from the command line.

Secrets are given as environment variable NAMES (--secret-env access_token=MASTODON_TOKEN);
their values are read by the worker when it posts and are never stored or shown.
"""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from wagtail.log_actions import log

from social.channels import ChannelError, backend_class, get_backend
from social.delivery import scrub
from social.models import ENV_NAME, Channel, MissingSecret, Network


def pairs(values, what):
    result = {}
    for value in values or []:
        key, sep, rest = value.partition("=")
        if not sep or not key or not rest:
            raise CommandError(f"Write each {what} as KEY=VALUE, not {value!r}.")
        result[key.strip()] = rest.strip()
    return result


class Command(BaseCommand):
    help = "Add, list, test, disable or enable social channels."

    def add_arguments(self, parser):
        commands = parser.add_subparsers(dest="action", required=True)
        add = commands.add_parser("add", help="Add a channel.")
        add.add_argument("name")
        add.add_argument("--network", required=True, choices=Network.values)
        add.add_argument("--base-url", default="")
        add.add_argument("--secret-env", action="append", metavar="KEY=ENVVAR", default=[])
        add.add_argument("--option", action="append", metavar="KEY=VALUE", default=[])
        commands.add_parser("list", help="List channels (secrets shown only by variable name).")
        for name, text in (
            ("test", "Check a channel's credentials against its network."),
            ("disable", "Stop posting to a channel."),
            ("enable", "Post to a channel again (clears a credentials flag)."),
        ):
            commands.add_parser(name, help=text).add_argument("name")

    def handle(self, *args, action, **options):
        getattr(self, f"do_{action}")(**options)

    def channel(self, name):
        try:
            return Channel.objects.get(name=name)
        except Channel.DoesNotExist:
            raise CommandError(f"No channel is called {name!r}.") from None

    def do_add(self, name, network, base_url, secret_env, option, **options):
        if Channel.objects.filter(name=name).exists():
            raise CommandError(f"A channel called {name!r} already exists.")
        secrets = pairs(secret_env, "--secret-env")
        for key, variable in secrets.items():
            try:
                ENV_NAME(variable)
            except ValidationError:
                raise CommandError(
                    f"--secret-env {key}=… must name an environment variable "
                    "(like MASTODON_TOKEN), never hold the secret itself."
                ) from None
        missing = set(backend_class(network).secrets) - set(secrets)
        channel = Channel(
            name=name,
            network=network,
            base_url=base_url,
            secret_env=secrets,
            options=pairs(option, "--option"),
        )
        try:
            channel.full_clean()
        except ValidationError as error:
            raise CommandError(
                "; ".join(f"{k}: {' '.join(v)}" for k, v in error.message_dict.items())
            ) from None
        channel.save()
        log(instance=channel, action="wagtail.create")
        self.stdout.write(self.style.SUCCESS(f"Added {channel}."))
        if missing:
            self.stdout.write(
                self.style.WARNING(f"It will need --secret-env for: {', '.join(sorted(missing))}.")
            )

    def do_list(self, **options):
        for channel in Channel.objects.all():
            state = "enabled" if channel.enabled else "disabled"
            if channel.flagged_at:
                state += f" (flagged: {channel.flag_reason})"
            secrets = (
                ", ".join(f"{k}=${v}" for k, v in sorted(channel.secret_env.items()))
                or "no secrets"
            )
            url = channel.base_url or backend_class(channel.network).default_base_url or "-"
            self.stdout.write(f"{channel.name}\t{channel.network}\t{state}\t{url}\t{secrets}")

    def do_test(self, name, **options):
        channel = self.channel(name)
        backend = get_backend(channel)
        try:
            who = backend.check()
        except (ChannelError, MissingSecret) as error:
            raise CommandError(f"{channel.name}: {scrub(str(error), backend)}") from None
        self.stdout.write(self.style.SUCCESS(f"{channel.name}: credentials work ({who})."))

    def do_disable(self, name, **options):
        channel = self.channel(name)
        channel.enabled = False
        channel.save(update_fields=["enabled"])
        log(instance=channel, action="wagtail.edit", data={"enabled": False})
        self.stdout.write(f"Disabled {channel}; its queued posts wait until it is enabled.")

    def do_enable(self, name, **options):
        channel = self.channel(name)
        channel.enabled = True
        channel.clear_flag()
        channel.save(update_fields=["enabled", "flagged_at", "flag_reason"])
        log(instance=channel, action="wagtail.edit", data={"enabled": True})
        self.stdout.write(f"Enabled {channel}.")
