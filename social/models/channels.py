"""A social account the publisher posts to, and how it is reached."""

import os

from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

ENV_NAME = RegexValidator(r"^[A-Z][A-Z0-9_]*$", _("Write an environment variable name."))


class Network(models.TextChoices):
    CONSOLE = "console", _("Console (records posts only)")
    X = "x", _("X")
    MASTODON = "mastodon", _("Mastodon")
    BLUESKY = "bluesky", _("Bluesky")
    TELEGRAM = "telegram", _("Telegram")
    WEBHOOK = "webhook", _("Webhook (signed JSON)")


class MissingSecret(Exception):
    """A secret's environment variable is not set where the worker runs."""


class ChannelQuerySet(models.QuerySet):
    def enabled(self):
        return self.filter(enabled=True)

    def flagged(self):
        return self.exclude(flagged_at=None)


class Channel(models.Model):
    """One account on one network. Secrets are environment variable names, never values."""

    name = models.SlugField(_("name"), max_length=60, unique=True)
    network = models.CharField(_("network"), max_length=20, choices=Network.choices)
    base_url = models.URLField(
        _("API base URL"),
        blank=True,
        help_text=_("Leave empty for the network's own server; set it for a self-hosted one."),
    )
    enabled = models.BooleanField(_("enabled"), default=True)
    secret_env = models.JSONField(
        _("secrets from environment variables"),
        default=dict,
        blank=True,
        help_text=_(
            "Which environment variable holds each secret, e.g. access_token=MASTODON_TOKEN."
        ),
    )
    options = models.JSONField(_("options"), default=dict, blank=True)
    severities = models.JSONField(_("only these severities"), default=list, blank=True)
    categories = models.JSONField(_("only these threat categories"), default=list, blank=True)
    audiences = models.JSONField(_("only these audiences"), default=list, blank=True)
    districts = models.JSONField(_("only these districts"), default=list, blank=True)
    languages = models.JSONField(_("only these languages"), default=list, blank=True)
    rate_per_minute = models.PositiveIntegerField(
        _("posts per minute"), null=True, blank=True, help_text=_("Empty: the network's default.")
    )
    daily_quota = models.PositiveIntegerField(
        _("posts per 24 hours"),
        null=True,
        blank=True,
        help_text=_("Posts past the quota wait for the next free slot. Empty: the network's."),
    )
    delete_on_unpublish = models.BooleanField(
        _("delete posts when a page is unpublished"), default=False
    )
    credentials_expire_at = models.DateTimeField(_("credentials expire"), null=True, blank=True)
    flagged_at = models.DateTimeField(_("credentials failed at"), null=True, blank=True)
    flag_reason = models.TextField(_("why it was disabled"), blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)

    objects = ChannelQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("social channel")
        verbose_name_plural = _("social channels")

    def __str__(self):
        return f"{self.name} ({self.get_network_display()})"

    def secret(self, key):
        """The value of one secret, read from the environment when it is needed."""
        variable = self.secret_env.get(key)
        value = os.environ.get(variable, "") if variable else ""
        if not value:
            raise MissingSecret(
                f"The secret {key!r} needs an environment variable"
                + (f": {variable} is not set for the worker." if variable else ".")
            )
        return value

    def option(self, key, default=None):
        return self.options.get(key, default)

    def flag(self, reason):
        """Disable the channel and say why, e.g. after the network refused its credentials."""
        self.enabled = False
        self.flagged_at = timezone.now()
        self.flag_reason = reason
        self.save(update_fields=["enabled", "flagged_at", "flag_reason"])

    def clear_flag(self):
        self.flagged_at = None
        self.flag_reason = ""
