"""One delivery attempt: claim the row, compose, call the network, record the outcome.

A row with a remote id is never sent again. A row whose earlier attempt may have
reached the network (a timeout, a killed worker) is reconciled first: the
backend looks for the post that attempt made before making a new one.
"""

import logging
import random
from datetime import timedelta
from traceback import format_exc

from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from .channels import ChannelError, CredentialsError, TransientError, forget_backend, get_backend
from .claiming import claim, worker_name
from .conf import publisher_setting
from .models import Delivery, MissingSecret, Status
from .posts import build_post, live_page
from .tasks import enqueue_deliveries

logger = logging.getLogger(__name__)


def deliver(delivery_id, worker=None):
    worker = worker or worker_name()
    row = claim(delivery_id, worker)
    if row is None:
        return "skipped"
    backend = get_backend(row.channel)
    try:
        return attempt(row, backend)
    except MissingSecret as error:
        fail_credentials(row, worker, str(error))
    except CredentialsError as error:
        fail_credentials(row, worker, scrub(error.reason, backend))
    except ChannelError as error:
        record_error(row, worker, error, scrub(error.reason, backend))
    except Exception as error:  # a bug or a library's surprise: retried, logged without secrets
        logger.error("Outbox row %s: unexpected error\n%s", row.pk, scrub(format_exc(), backend))
        reason = scrub(f"Unexpected error: {type(error).__name__}: {error}", backend)
        record_error(row, worker, TransientError(reason, outcome_unknown=True), reason)
    return Delivery.objects.values_list("status", flat=True).get(pk=row.pk)


def attempt(row, backend):
    if row.is_deletion:
        backend.delete(row.target_remote_id)
        return mark_deleted(row)
    page = live_page(row)
    if page is None:
        return finish(
            row, status=Status.CANCELLED, note="The page is not live; nothing was posted."
        )
    post = build_post(row, page, backend)
    Delivery.objects.filter(pk=row.pk).update(text=post.text)
    if row.first_attempt_at != row.last_attempt_at:  # an earlier attempt may have posted
        found = backend.find_existing(post)
        if found:
            note = "An earlier attempt had posted it; no second post was made."
            return record_sent(row, found, post.text, note)
    return record_sent(row, backend.send(post), post.text)


def scrub(message, backend):
    for value in backend.secret_values():
        if value:
            message = message.replace(value, "[secret]")
    return message


def finish(row, **fields):
    fields.setdefault("lease_owner", "")
    fields.setdefault("lease_until", None)
    Delivery.objects.filter(pk=row.pk).update(**fields)
    return fields.get("status", row.status)


def record_sent(row, accepted, text, note=""):
    fields = dict(
        status=Status.SENT,
        remote_id=accepted.remote_id,
        remote_url=accepted.remote_url,
        sent_at=timezone.now(),
        text=text,
        error="",
        note=note,
        lease_until=None,  # lease_owner stays: which worker sent it
    )
    if not Delivery.objects.filter(pk=row.pk, remote_id="").update(**fields):
        logger.error(
            "Outbox row %s already had a remote id; %s is extra.", row.pk, accepted.remote_id
        )
    logger.info("Outbox row %s posted to %s: %s", row.pk, row.channel.name, accepted.remote_id)
    return Status.SENT


def mark_deleted(row):
    target = row.purpose.split(":", 1)[1]
    Delivery.objects.filter(pk=target).update(remote_deleted_at=timezone.now())
    return finish(row, status=Status.SENT, sent_at=timezone.now(), remote_id=row.target_remote_id)


def backoff(attempts, error):
    if error.retry_after is not None:
        return max(error.retry_after, 0) + random.uniform(0, 2)  # noqa: S311 - jitter
    base, most = publisher_setting("RETRY_BASE_SECONDS"), publisher_setting("RETRY_MAX_SECONDS")
    delay = min(most, base * 2 ** max(attempts - 1, 0))
    return delay * random.uniform(0.5, 1.0)  # noqa: S311 - jitter


def record_error(row, worker, error, reason):
    most = publisher_setting("MAX_ATTEMPTS")
    mine = Delivery.objects.filter(pk=row.pk, lease_owner=worker, status=Status.SENDING)
    if not isinstance(error, TransientError):
        mine.update(status=Status.FAILED, error=reason, lease_owner="", lease_until=None)
        return
    if row.attempts >= most:
        gave_up = f"Gave up after {row.attempts} attempts. Last error: {reason}"
        mine.update(status=Status.FAILED, error=gave_up, lease_owner="", lease_until=None)
        return
    due = timezone.now() + timedelta(seconds=backoff(row.attempts, error))
    note = "It will be checked for before the next attempt." if error.outcome_unknown else ""
    with transaction.atomic():
        if mine.update(
            status=Status.RETRYING,
            error=reason,
            note=note,
            due_at=due,
            lease_owner="",
            lease_until=None,
        ):
            enqueue_deliveries([row.pk], run_after=due if due > timezone.now() else None)


def fail_credentials(row, worker, reason):
    channel = row.channel
    forget_backend(channel)
    message = (
        f"{reason} The channel {channel.name} has been disabled; fix its credentials and enable it."
    )
    Delivery.objects.filter(pk=row.pk, lease_owner=worker).update(
        status=Status.FAILED, error=message, lease_owner="", lease_until=None
    )
    channel.flag(reason)
    log(instance=channel, action="social.channel_flagged", data={"reason": reason})
    logger.error("Channel %s disabled: %s", channel.name, reason)
