"""The dashboard panel: failed posts, disabled channels, expiring credentials, quotas, cards."""

from datetime import timedelta

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component

from .checks import card_problems
from .claiming import DAY, limits
from .conf import publisher_setting
from .models import Channel, Delivery, Status


def warnings_for(channel, now):
    found = []
    if channel.flagged_at:
        found.append(f"disabled: {channel.flag_reason}")
    expires = channel.credentials_expire_at
    if expires and expires < now + timedelta(days=publisher_setting("EXPIRY_WARNING_DAYS")):
        found.append(
            f"credentials {'expired' if expires < now else 'expire'} on {expires:%d %b %Y}"
        )
    _rate, quota = limits(channel)
    if quota and channel.enabled:
        used = Delivery.objects.filter(channel=channel, sent_at__gt=now - DAY).count()
        if used >= quota * publisher_setting("QUOTA_WARNING_SHARE"):
            found.append(f"{used} of {quota} daily posts used")
    return found


class PublisherPanel(Component):
    name = "social_publisher"
    order = 150
    template_name = "social/admin/dashboard_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        now = timezone.now()
        failed = Delivery.objects.filter(
            status=Status.FAILED, created_at__gt=now - timedelta(days=30)
        )
        channels = Channel.objects.filter(
            Q(flagged_at__isnull=False)
            | Q(credentials_expire_at__isnull=False)
            | Q(daily_quota__isnull=False)
            | Q(network="x")
        )
        channel_warnings = [(c, w) for c in channels if (w := warnings_for(c, now))]
        return {
            "failed_count": failed.count(),
            "failed": failed.select_related("channel").order_by("-created_at")[:5],
            "waiting_count": Delivery.objects.filter(
                status__in=[Status.QUEUED, Status.RETRYING]
            ).count(),
            "channel_warnings": channel_warnings,
            "card_problems": [message for _id, message in card_problems()],
            "outbox_url": reverse("outbox:index"),
            "failed_url": reverse("outbox:index") + "?status=failed",
        }
