"""Which pages become outbox rows, for which channels: publishing, routing, editor choices."""

from datetime import timedelta

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from social.delivery import deliver
from social.models import Channel, Delivery, PostingPreference, Status
from tests import social_support as support
from tests.factories import DistrictFactory, ThreatCategoryFactory

pytestmark = pytest.mark.django_db


def console(name, **fields):
    return Channel.objects.create(name=name, network="console", **fields)


def publish(page, **changes):
    """Save the editor's changes as a revision and publish it, as the admin does."""
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision()
    Page.objects.get(pk=page.pk).get_latest_revision().publish()
    return type(page).objects.get(pk=page.pk)


@pytest.fixture
def draft(advisory_index):
    return support.draft_advisory(advisory_index, title="Fake KYC update SMS", severity=3)


def channel_names(page, **filters):
    rows = Delivery.objects.filter(page=page, **filters).select_related("channel")
    return sorted(row.channel.name for row in rows)


def test_publishing_makes_one_row_per_enabled_channel(draft):
    console("zone"), console("city"), console("paused", enabled=False)
    publish(draft)
    assert channel_names(draft) == ["city", "zone"]
    assert set(Delivery.objects.values_list("purpose", "status")) == {("publish", Status.QUEUED)}


def test_a_second_row_for_the_same_page_channel_and_purpose_is_impossible(draft):
    zone = console("zone")
    publish(draft)
    with pytest.raises(IntegrityError), transaction.atomic():
        Delivery.objects.create(page=draft, channel=zone, purpose="publish", page_title="again")


def test_a_district_account_posts_only_its_district(advisory_index):
    north, south = DistrictFactory(slug="north"), DistrictFactory(slug="south")
    console("zone"), console("north-cell", districts=["north"])
    in_north = publish(support.draft_advisory(advisory_index, title="North", district=north))
    in_south = publish(support.draft_advisory(advisory_index, title="South", district=south))
    everywhere = publish(support.draft_advisory(advisory_index, title="Everyone"))

    assert channel_names(in_north) == ["north-cell", "zone"]
    assert channel_names(in_south) == ["zone"]
    assert channel_names(everywhere) == ["zone"]


def test_severity_category_and_language_rules_apply(advisory_index):
    loans = ThreatCategoryFactory(slug="loan-apps")
    console("alerts", severities=[3, 4]), console("loans", categories=["loan-apps"])
    console("hindi", languages=["hi"])
    urgent = support.draft_advisory(advisory_index, title="Urgent", severity=4)
    urgent.threat_categories.add(loans)
    publish(urgent)
    calm = publish(support.draft_advisory(advisory_index, title="Calm", severity=1))

    assert channel_names(urgent) == ["alerts", "loans"]
    assert channel_names(calm) == []


def test_the_editor_can_turn_posting_off_or_leave_a_channel_out(advisory_index):
    zone, city = console("zone"), console("city")
    off = support.draft_advisory(advisory_index, title="Off")
    off.social_preferences.add(PostingPreference(channel=None, post=False))
    publish(off)
    left_out = support.draft_advisory(advisory_index, title="Left out")
    left_out.social_preferences.add(PostingPreference(channel=city, post=False))
    publish(left_out)

    assert channel_names(off) == []
    assert channel_names(left_out) == [zone.name]


def test_the_editors_own_text_is_what_the_channel_posts(draft):
    zone = console("zone")
    draft.social_preferences.add(PostingPreference(channel=zone, text="Beware of KYC SMS links."))
    publish(draft)
    (row,) = Delivery.objects.filter(page=draft)

    assert deliver(row.pk) == Status.SENT
    row.refresh_from_db()
    assert row.text == f"Beware of KYC SMS links.\n\n{draft.full_url}"
    assert row.remote_id == f"console-{row.pk}"


def test_a_scheduled_page_makes_no_rows_until_it_is_live(draft):
    console("zone")
    publish(draft, go_live_at=timezone.now() + timedelta(hours=1))
    assert not Delivery.objects.exists()


def test_a_private_page_is_never_posted(draft):
    console("zone")
    publish(draft)
    Delivery.objects.all().delete()
    PageViewRestriction.objects.create(page=draft, restriction_type="login")
    publish(draft)
    assert not Delivery.objects.exists()


def test_a_channel_added_later_does_not_post_older_pages(draft):
    publish(draft)
    console("new")
    publish(draft)
    assert not Delivery.objects.exists()


def test_a_material_update_posts_once_where_the_original_went_out(draft):
    zone, city = console("zone"), console("city")
    publish(draft)
    Delivery.objects.filter(channel=zone).update(status=Status.SENT, remote_id="z1")
    draft = publish(draft, updated_at=timezone.now())
    publish(draft)  # publishing again with the same date posts nothing more

    updates = Delivery.objects.filter(purpose__startswith="update:")
    assert [row.channel for row in updates] == [zone]
    assert city.name not in channel_names(draft, purpose__startswith="update:")


def test_unpublishing_cancels_waiting_posts_and_deletes_sent_ones_where_asked(draft):
    keep, tidy, late = console("keep"), console("tidy", delete_on_unpublish=True), console("late")
    publish(draft)
    Delivery.objects.exclude(channel=late).update(status=Status.SENT, remote_id="r1")
    type(draft).objects.get(pk=draft.pk).unpublish()

    assert Delivery.objects.get(channel=late).status == Status.CANCELLED
    deletion = Delivery.objects.get(purpose__startswith="delete:")
    assert (deletion.channel, deletion.target_remote_id) == (tidy, "r1")
    assert deliver(deletion.pk) == Status.SENT
    assert Delivery.objects.get(channel=tidy, purpose="publish").remote_deleted_at
    assert Delivery.objects.get(channel=keep).remote_deleted_at is None

    publish(draft)  # published again: posted again where the post is gone or never went out
    assert channel_names(draft, purpose__startswith="repost:") == ["late", "tidy"]
