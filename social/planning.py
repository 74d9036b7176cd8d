"""Outbox rows for a page that went live or was unpublished; enqueued on commit.

Called from ``page_published`` inside the publishing transaction. A unique
constraint on (page, channel, purpose) makes a second row impossible, so
publishing again after an edit posts nothing new. A material update (a new
``get_share_update_key()``) is posted once per key where the original was posted.
"""

from django.db import transaction
from django.db.models import Q

from .models import PUBLISH, Delivery, Status
from .routing import channels_for
from .shareable import Shareable
from .tasks import enqueue_deliveries

POST_PURPOSES = Q(purpose=PUBLISH) | Q(purpose__startswith="repost:")


def active_posts(rows):
    return [r for r in rows if r.status != Status.CANCELLED and not r.remote_deleted_at]


def rows_for_channel(page, channel, existing, revision_id):
    """The rows this publication adds for one channel."""
    mine = [r for r in existing if r.channel_id == channel.pk]
    posts = [r for r in mine if r.is_post]
    active = active_posts(posts)
    key = page.get_share_update_key() or ""

    def row(purpose):
        return Delivery(
            page=page, channel=channel, purpose=purpose, page_title=page.title, content_key=key
        )

    if not active:
        first = page.first_published_at
        if first and channel.created_at > first:
            return []  # a channel added later does not post older pages
        return [row(PUBLISH if not posts else f"repost:{revision_id}")]
    if key and key not in {r.content_key for r in mine}:
        if any(r.status == Status.SENT for r in active):
            return [row(f"update:{key}")]
        # Not sent yet: that post will carry the new content when it goes out.
        Delivery.objects.filter(pk__in=[r.pk for r in active]).update(content_key=key)
    return []


def plan_published(page, revision=None):
    if not isinstance(page, Shareable) or not page.live:
        return []
    existing = list(Delivery.objects.filter(page_id=page.pk))
    revision_id = revision.pk if revision else page.live_revision_id
    rows = [
        row
        for channel in channels_for(page)
        for row in rows_for_channel(page, channel, existing, revision_id)
    ]
    with transaction.atomic():
        Delivery.objects.bulk_create(rows, ignore_conflicts=True)
        return enqueue_new(page)


def enqueue_new(page):
    new = Delivery.objects.filter(page_id=page.pk, status=Status.QUEUED, enqueued_at=None)
    ids = list(new.values_list("pk", flat=True))
    enqueue_deliveries(ids)
    return ids


def plan_unpublished(page):
    """Cancel what has not gone out; delete remote posts where the channel asks for it."""
    with transaction.atomic():
        Delivery.objects.filter(
            page_id=page.pk, status__in=[Status.QUEUED, Status.RETRYING]
        ).filter(POST_PURPOSES | Q(purpose__startswith="update:")).update(
            status=Status.CANCELLED, note="The page was unpublished before this went out."
        )
        sent = Delivery.objects.filter(
            page_id=page.pk,
            status=Status.SENT,
            remote_deleted_at=None,
            channel__delete_on_unpublish=True,
            channel__enabled=True,
        ).exclude(purpose__startswith="delete:")
        rows = [
            Delivery(
                page=page,
                channel_id=row.channel_id,
                purpose=f"delete:{row.pk}",
                target_remote_id=row.remote_id,
                page_title=row.page_title,
            )
            for row in sent
        ]
        Delivery.objects.bulk_create(rows, ignore_conflicts=True)
        return enqueue_new(page)
