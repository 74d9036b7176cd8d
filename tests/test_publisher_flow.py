"""End to end: Wagtail publishes, the worker delivers from a real database queue to the fakes."""

import io
import time
from datetime import timedelta

import pytest
from django.db import DatabaseError
from django.utils import timezone
from PIL import Image
from wagtail.signals import page_published

from advisories.models import AdvisoryPage
from social.models import Delivery, Status
from tests import social_support as support
from tests.factories import ThreatCategoryFactory

fakes = support.fakes
channels = support.channels
real_queue = support.real_queue
secrets_in_env = support.secrets_in_env
site_url = support.site_url

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("moderator", "m@example.com", "x")
    client.force_login(user)
    return client


@pytest.fixture
def draft(advisory_index, site_url):
    category = ThreatCategoryFactory(name="KYC update scam", slug="kyc-update")
    page = support.draft_advisory(
        advisory_index,
        title="Fake KYC update SMS",
        slug="fake-kyc-update-sms",
        summary="An SMS says your account will be blocked unless you update KYC through a link.",
    )
    page.threat_categories.add(category)
    page.save_revision()
    return page


def png_size(data):
    return Image.open(io.BytesIO(data)).size


def test_publishing_in_the_admin_posts_once_to_every_channel(
    real_queue, channels, fakes, draft, admin_client
):
    page = support.publish_in_admin(admin_client, draft)
    url = page.full_url
    assert url.startswith("https://cyber.example.in/")
    assert all(len(f.posts) == 0 for f in fakes.values()), "nothing is sent inside the request"

    support.run_worker()

    rows = support.rows(page=page)
    assert [r.status for r in rows] == [Status.SENT] * 5
    assert all(r.remote_id for r in rows)
    (tweet,) = fakes["x"].posts
    assert url in tweet["text"] and "Fake KYC update SMS" in tweet["text"]
    assert "#KYCUpdateScam" in tweet["text"]
    assert png_size(tweet["media"][0]["bytes"]) == (1200, 675)
    assert tweet["media"][0]["alt"].startswith("Fake KYC update SMS")
    (toot,) = fakes["mastodon"].posts
    assert url in toot["text"] and toot["language"] == "en"
    assert toot["media"][0]["description"].startswith("Fake KYC update SMS")
    (skeet,) = fakes["bluesky"].posts
    record = skeet["record"]
    link = next(f for f in record["facets"] if f["features"][0]["$type"].endswith("#link"))
    assert link["features"][0]["uri"] == url
    shown = record["text"].encode()[link["index"]["byteStart"] : link["index"]["byteEnd"]].decode()
    assert url.removeprefix("https://").startswith(shown.rstrip("…"))
    assert record["embed"]["images"][0]["alt"].startswith("Fake KYC update SMS")
    (message,) = fakes["telegram"].posts
    assert url in message["text"] and png_size(message["photo"]) == (1200, 675)
    (hook,) = fakes["webhook"].posts
    assert hook["payload"]["url"] == url and hook["payload"]["image"]["url"].endswith(".png")


def test_publishing_again_after_an_edit_posts_nothing_new(
    real_queue, channels, fakes, draft, admin_client
):
    support.publish_in_admin(admin_client, draft)
    support.run_worker()
    page = support.publish_in_admin(admin_client, draft, title="Fake KYC update SMS (typo fixed)")
    support.run_worker()

    assert Delivery.objects.filter(page=page).count() == 5
    assert all(len(f.posts) == 1 for f in fakes.values())


def test_a_scheduled_page_posts_when_it_goes_live_and_not_before(
    real_queue, channels, fakes, draft
):
    draft.go_live_at = timezone.now() + timedelta(seconds=2)
    draft.save_revision().publish()
    support.run_worker()
    assert not Delivery.objects.exists()
    assert all(len(f.posts) == 0 for f in fakes.values())

    time.sleep(2.5)
    support.run_worker()  # runs Wagtail's scheduled publishing, then delivers

    assert [r.status for r in support.rows()] == [Status.SENT] * 5
    assert all(len(f.posts) == 1 for f in fakes.values())


def test_unpublishing_deletes_the_remote_posts_where_the_channel_asks(
    real_queue, channels, fakes, draft
):
    from social.models import Channel

    Channel.objects.filter(network__in=["x", "mastodon", "bluesky"]).update(
        delete_on_unpublish=True
    )
    draft.save_revision().publish()
    support.run_worker()
    assert len(fakes["bluesky"].records) == 1

    type(draft).objects.get(pk=draft.pk).unpublish()
    support.run_worker()

    assert fakes["x"].live_posts == [] and fakes["mastodon"].live_posts == []
    assert fakes["bluesky"].records == {}
    assert len(fakes["telegram"].posts) == 1  # this channel keeps its posts
    deletions = Delivery.objects.filter(purpose__startswith="delete:")
    assert {row.status for row in deletions} == {Status.SENT} and deletions.count() == 3


def test_a_page_never_goes_live_without_its_posts(channels, draft):
    """Publishing and writing the outbox are one transaction: both happen or neither."""

    def outbox_write_fails(**kwargs):  # runs after the outbox rows were planned
        raise DatabaseError("could not extend file: No space left on device")

    page_published.connect(outbox_write_fails, dispatch_uid="outbox-write-fails")
    try:
        with pytest.raises(DatabaseError):
            draft.get_latest_revision().publish()
    finally:
        page_published.disconnect(dispatch_uid="outbox-write-fails")
    assert not AdvisoryPage.objects.get(pk=draft.pk).live
    assert not Delivery.objects.filter(page_id=draft.pk).exists()

    draft.get_latest_revision().publish()  # the editor tries again
    assert AdvisoryPage.objects.get(pk=draft.pk).live
    posted_to = set(Delivery.objects.filter(page_id=draft.pk).values_list("channel_id", flat=True))
    assert posted_to == {channel.pk for channel in channels.values()}
