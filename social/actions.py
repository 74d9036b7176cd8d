"""What a moderator may do to an outbox row, from the admin or the command line."""

from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from .models import WAITING, Delivery, Status
from .tasks import enqueue_deliveries


class NotAllowed(Exception):
    pass


def retry(delivery, user=None):
    """Queue a failed or cancelled row again, or make a waiting one due now."""
    if delivery.remote_id:
        raise NotAllowed(f"Row {delivery.pk} is already posted ({delivery.remote_id}).")
    if delivery.status == Status.SENDING:
        raise NotAllowed(f"Row {delivery.pk} is being sent right now.")
    with transaction.atomic():
        changed = (
            Delivery.objects.filter(pk=delivery.pk, remote_id="")
            .exclude(status=Status.SENDING)
            .update(
                status=Status.QUEUED,
                due_at=timezone.now(),
                attempts=0,
                error="",
                note="Retried by a moderator.",
            )
        )
        if changed:
            enqueue_deliveries([delivery.pk])
            log(instance=delivery, action="social.retry", user=user)
    return bool(changed)


def cancel(delivery, user=None):
    if delivery.status not in WAITING:
        raise NotAllowed(
            f"Row {delivery.pk} is {delivery.get_status_display().lower()}; "
            "only waiting rows can be cancelled."
        )
    with transaction.atomic():
        changed = Delivery.objects.filter(pk=delivery.pk, status__in=WAITING).update(
            status=Status.CANCELLED, note="Cancelled by a moderator."
        )
        if changed:
            log(instance=delivery, action="social.cancel", user=user)
    return bool(changed)
