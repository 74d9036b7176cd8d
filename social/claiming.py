"""Claiming outbox rows with a lease, pacing each channel, and sweeping for lost work.

A claim is one conditional UPDATE, so two workers can never both win a row; on
PostgreSQL the row is first locked with SELECT ... FOR UPDATE SKIP LOCKED so
workers pass over each other's rows instead of waiting. The channel row is locked
while its rate limit and daily quota are checked.
"""

import os
import socket
from datetime import timedelta

from django.db import transaction
from django.db.models import F, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from .channels import backend_class
from .conf import publisher_setting
from .models import Channel, Delivery, Status
from .tasks import enqueue_deliveries

MINUTE, DAY = timedelta(minutes=1), timedelta(days=1)


def worker_name():
    return f"{socket.gethostname()[:40]}-{os.getpid()}"


def limits(channel):
    backend = backend_class(channel.network)
    rate = channel.rate_per_minute or backend.default_rate_per_minute
    quota = channel.daily_quota or backend.default_daily_quota
    return rate, quota


def throttle(channel, now):
    """(seconds to wait, why) before this channel may send again; (0, '') when it may now."""
    rate, quota = limits(channel)
    rows = Delivery.objects.filter(channel=channel)
    if rate:
        recent = rows.filter(last_attempt_at__gt=now - MINUTE)
        if recent.count() >= rate:
            nth = recent.order_by("-last_attempt_at").values_list("last_attempt_at", flat=True)
            return (nth[rate - 1] + MINUTE - now).total_seconds(), f"rate limit of {rate} a minute"
    if quota:
        day = rows.filter(sent_at__gt=now - DAY)
        if day.count() + rows.filter(status=Status.SENDING).count() >= quota:
            oldest = day.order_by("sent_at").values_list("sent_at", flat=True).first() or now
            return max((oldest + DAY - now).total_seconds(), 60), f"daily quota of {quota} posts"
    return 0, ""


def defer(row, now, wait, why):
    due = now + timedelta(seconds=wait)
    note = f"Waiting for the {why}; next try {due:%Y-%m-%d %H:%M} UTC."
    Delivery.objects.filter(pk=row.pk).update(due_at=due, note=note)
    enqueue_deliveries([row.pk], run_after=due)


def claim(delivery_id, worker):
    """Take the row for this worker, or return None (not due, taken, or channel paused)."""
    now = timezone.now()
    lease = timedelta(seconds=publisher_setting("LEASE_SECONDS"))
    with transaction.atomic():
        row = (
            Delivery.objects.claimable(now)
            .select_for_update(skip_locked=True, of=("self",))
            .filter(pk=delivery_id)
            .first()
        )
        if row is None:
            return None
        channel = Channel.objects.select_for_update().get(pk=row.channel_id)
        if not channel.enabled:
            return None  # waits until the channel is enabled again; the sweeper looks then
        wait, why = throttle(channel, now)
        if wait > 0:
            defer(row, now, wait, why)
            return None
        won = (
            Delivery.objects.claimable(now)
            .filter(pk=row.pk)
            .update(
                status=Status.SENDING,
                lease_owner=worker,
                lease_until=now + lease,
                attempts=F("attempts") + 1,
                last_attempt_at=now,
                first_attempt_at=Coalesce(F("first_attempt_at"), Value(now)),
                note="",
            )
        )
    if not won:
        return None
    row.refresh_from_db()
    row.channel = channel
    return row


def sweep(grace_seconds=None, limit=500):
    """Enqueue due rows whose task may be lost, and rows whose worker's lease ran out."""
    now = timezone.now()
    grace = publisher_setting("SWEEP_GRACE_SECONDS") if grace_seconds is None else grace_seconds
    with transaction.atomic():
        ids = list(
            Delivery.objects.needing_task(now, grace)
            .select_for_update(skip_locked=True, of=("self",))
            .order_by("due_at")
            .values_list("pk", flat=True)[:limit]
        )
        enqueue_deliveries(ids)
    return len(ids)
