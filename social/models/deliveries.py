"""The outbox: one row per page, channel and purpose; the source of truth for delivery."""

from datetime import timedelta

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    QUEUED = "queued", _("Queued")
    SENDING = "sending", _("Sending")
    RETRYING = "retrying", _("Will retry")
    SENT = "sent", _("Posted")
    FAILED = "failed", _("Failed")
    CANCELLED = "cancelled", _("Cancelled")


WAITING = [Status.QUEUED, Status.RETRYING]
OPEN = [Status.QUEUED, Status.RETRYING, Status.SENDING]

PUBLISH = "publish"


class DeliveryQuerySet(models.QuerySet):
    def claimable(self, now=None):
        """Rows a worker may take now: due and waiting, or sending under an expired lease."""
        now = now or timezone.now()
        due = Q(status__in=WAITING, due_at__lte=now) | Q(status=Status.SENDING, lease_until__lt=now)
        return self.filter(due, remote_id="")  # a row the network accepted is never sent again

    def needing_task(self, now, grace_seconds):
        """Claimable rows of enabled channels whose task may have been lost."""
        stale = now - timedelta(seconds=grace_seconds)
        return (
            self.claimable(now)
            .filter(channel__enabled=True)
            .filter(Q(enqueued_at=None) | Q(enqueued_at__lte=stale))
        )

    def open(self):
        return self.filter(status__in=OPEN)

    def failed(self):
        return self.filter(status=Status.FAILED)

    def listing(self):
        return self.select_related("channel", "page").order_by("-created_at", "-pk")


class Delivery(models.Model):
    """A post to be made (or a remote post to be deleted) on one channel for one page."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        on_delete=models.SET_NULL,
        related_name="social_deliveries",
        verbose_name=_("page"),
    )
    page_title = models.CharField(_("page title"), max_length=255)
    channel = models.ForeignKey(
        "social.Channel",
        on_delete=models.PROTECT,
        related_name="deliveries",
        verbose_name=_("channel"),
    )
    purpose = models.CharField(
        _("purpose"),
        max_length=120,
        help_text=_("publish, update:<key> or delete:<id of the post to delete>"),
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.QUEUED
    )
    due_at = models.DateTimeField(_("due"), default=timezone.now)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    lease_owner = models.CharField(_("worker"), max_length=64, blank=True)
    lease_until = models.DateTimeField(_("lease ends"), null=True, blank=True)
    enqueued_at = models.DateTimeField(_("task enqueued"), null=True, blank=True)
    first_attempt_at = models.DateTimeField(_("first attempt"), null=True, blank=True)
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    text = models.TextField(_("text sent"), blank=True)
    content_key = models.CharField(
        _("material version"),
        max_length=120,
        blank=True,
        help_text=_("The page's update key when this row was made; a new key posts an update."),
    )
    target_remote_id = models.CharField(_("post to delete"), max_length=255, blank=True)
    remote_id = models.CharField(_("remote id"), max_length=255, blank=True)
    remote_url = models.URLField(_("remote post"), max_length=500, blank=True)
    remote_deleted_at = models.DateTimeField(_("remote post deleted"), null=True, blank=True)
    error = models.TextField(_("error"), blank=True)
    note = models.CharField(_("note"), max_length=255, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now, db_index=True)
    sent_at = models.DateTimeField(_("accepted by the network"), null=True, blank=True)

    objects = DeliveryQuerySet.as_manager()

    class Meta:
        verbose_name = _("social post")
        verbose_name_plural = _("social posts")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "channel", "purpose"],
                name="social_one_row_per_page_channel_purpose",
            )
        ]
        indexes = [
            models.Index(fields=["status", "due_at"], name="social_delivery_due"),
            models.Index(fields=["channel", "last_attempt_at"], name="social_delivery_rate"),
            models.Index(fields=["channel", "sent_at"], name="social_delivery_quota"),
        ]
        permissions = [("manage_delivery", "Can retry and cancel social posts")]

    def __str__(self):
        return f"{self.page_title} → {self.channel.name} ({self.purpose})"

    @property
    def purpose_label(self):
        kind = self.purpose.split(":", 1)[0]
        labels = {"publish": _("Post"), "repost": _("Post again"), "update": _("Update")}
        return labels.get(kind, _("Deletion"))

    @property
    def is_post(self):
        return self.purpose == PUBLISH or self.purpose.startswith("repost:")

    @property
    def is_deletion(self):
        return self.purpose.startswith("delete:")

    @property
    def can_retry(self):
        return self.status in (Status.FAILED, Status.CANCELLED) and not self.remote_id

    @property
    def can_cancel(self):
        return self.status in WAITING
