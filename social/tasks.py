"""The delivery task, enqueued on commit through the django-tasks API.

The outbox is the source of truth; a task only says "look at row N now". A lost
or duplicated task is harmless: the sweeper enqueues due rows again, and only
one worker can claim a row.
"""

import logging

from django.db import transaction
from django.utils import timezone
from django_tasks import task, task_backends

from .conf import publisher_setting

logger = logging.getLogger(__name__)

QUEUE = "social"


@task(queue_name=QUEUE)
def deliver_post_task(delivery_id: int):
    from .delivery import deliver

    return deliver(delivery_id)


def _enqueue(ids, run_after=None):
    alias = publisher_setting("TASK_BACKEND")
    if run_after and not task_backends[alias].supports_defer:
        return  # the sweeper will find the row when it is due
    bound = deliver_post_task.using(backend=alias, run_after=run_after)
    for delivery_id in ids:
        try:
            bound.enqueue(delivery_id)
        except Exception:
            logger.exception(
                "Could not enqueue outbox row %s; the sweeper will retry.", delivery_id
            )


def enqueue_deliveries(ids, run_after=None):
    """Mark the rows as enqueued and enqueue their tasks once the transaction commits."""
    if not ids:
        return
    from .models import Delivery

    Delivery.objects.filter(pk__in=ids).update(enqueued_at=timezone.now())
    transaction.on_commit(lambda: _enqueue(list(ids), run_after))
