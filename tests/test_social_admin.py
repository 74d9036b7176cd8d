"""The publisher in the admin: channels for social managers only, the outbox, panels."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import ModelLogEntry

from social.models import Channel, Delivery, Status
from tests import social_support as support

pytestmark = pytest.mark.django_db

SOCIAL_MANAGER = [
    ("wagtailadmin", "access_admin"),
    ("social", "add_channel"),
    ("social", "change_channel"),
    ("social", "view_channel"),
    ("social", "view_delivery"),
    ("social", "manage_delivery"),
]


@pytest.fixture
def login(client, django_user_model, home):
    def login(name, permissions):
        group = Group.objects.create(name=name)
        for app_label, codename in permissions:
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
        user = django_user_model.objects.create_user(name, f"{name}@example.com", "x")
        user.groups.add(group)
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
        return user

    return login


@pytest.fixture
def manager(login):
    return login("manager", SOCIAL_MANAGER)


def channel_form(**changes):
    data = {
        "name": "mastodon-main",
        "network": "mastodon",
        "base_url": "https://mastodon.example",
        "enabled": "on",
        "secret_env": "access_token=MASTODON_TOKEN",
        "options": "visibility=public",
        "rate_per_minute": "",
        "daily_quota": "",
        "credentials_expire_at": "",
    }
    return {**data, **changes}


def test_a_social_manager_adds_a_channel_with_an_environment_variable_name(client, manager):
    response = client.post(reverse("channels:add"), channel_form(districts=[]))
    assert response.status_code == 302
    channel = Channel.objects.get(name="mastodon-main")
    assert channel.secret_env == {"access_token": "MASTODON_TOKEN"}
    assert ModelLogEntry.objects.filter(action="wagtail.create", object_id=str(channel.pk)).exists()


def test_a_secret_typed_into_the_form_is_refused(client, manager):
    response = client.post(
        reverse("channels:add"), channel_form(secret_env="access_token=s3cr3t-t0ken")
    )
    assert response.status_code == 200
    assert "never the secret itself" in response.content.decode()
    assert not Channel.objects.exists()


def test_a_channel_page_never_shows_a_secrets_value(client, manager, monkeypatch):
    monkeypatch.setenv("MASTODON_TOKEN", "the-real-token-value")
    channel = Channel.objects.create(
        name="m", network="mastodon", secret_env={"access_token": "MASTODON_TOKEN"}
    )
    for url in (
        reverse("channels:edit", args=[channel.pk]),
        reverse("channels:inspect", args=[channel.pk]),
    ):
        content = client.get(url).content.decode()
        assert "MASTODON_TOKEN" in content
        assert "the-real-token-value" not in content


def test_only_social_managers_can_change_channels(client, login):
    channel = Channel.objects.create(name="console", network="console")
    login("moderator", [("wagtailadmin", "access_admin"), ("social", "view_delivery")])
    assert client.get(reverse("channels:add")).status_code in (302, 403)
    response = client.post(
        reverse("channels:edit", args=[channel.pk]), channel_form(name="hijacked")
    )
    assert response.status_code in (302, 403)
    assert Channel.objects.get(pk=channel.pk).name == "console"


@pytest.fixture
def outbox(advisory_index):
    console = Channel.objects.create(name="console", network="console")
    x = Channel.objects.create(name="x-main", network="x", enabled=False)
    page = support.draft_advisory(advisory_index, title="Fake KYC update SMS")
    other = support.draft_advisory(advisory_index, title="Loan app threats")
    rows = {
        "failed": Delivery.objects.create(
            page=page,
            channel=x,
            purpose="publish",
            page_title=page.title,
            status=Status.FAILED,
            error="X refused the post as a duplicate of an earlier one.",
            attempts=1,
        ),
        "queued": Delivery.objects.create(
            page=other, channel=console, purpose="publish", page_title=other.title
        ),
        "sent": Delivery.objects.create(
            page=page,
            channel=console,
            purpose="publish",
            page_title=page.title,
            status=Status.SENT,
            remote_id="console-1",
            remote_url="https://mastodon.example/@c/1",
        ),
    }
    return rows


def test_the_outbox_filters_by_status_channel_and_page(client, manager, outbox):
    failed, results = outbox["failed"], reverse("outbox:index_results")
    content = client.get(results, {"status": "failed"}).content.decode()
    assert "duplicate of an earlier one" in content and "Loan app threats" not in content
    content = client.get(results, {"page": outbox["queued"].page_id}).content.decode()
    assert "Loan app threats" in content and "duplicate" not in content
    content = client.get(results, {"channel": failed.channel_id}).content.decode()
    assert "duplicate" in content and "Loan app threats" not in content
    assert "Fake KYC update SMS" in client.get(reverse("outbox:index")).content.decode()


@pytest.mark.parametrize(
    "query", [{"status": "bogus"}, {"channel": "x"}, {"page": "-1"}, {"p": "zz"}]
)
def test_a_bad_outbox_filter_is_not_an_error(client, manager, outbox, query):
    assert client.get(reverse("outbox:index"), query).status_code in (200, 404)


def test_retry_and_cancel_from_the_admin_are_logged(client, manager, outbox):
    failed, queued = outbox["failed"], outbox["queued"]
    assert (
        "Send this post again now?"
        in client.get(reverse("outbox:retry", args=[failed.pk])).content.decode()
    )
    client.post(reverse("outbox:retry", args=[failed.pk]))
    client.post(reverse("outbox:cancel", args=[queued.pk]))

    failed.refresh_from_db(), queued.refresh_from_db()
    assert (failed.status, failed.attempts, failed.error) == (Status.QUEUED, 0, "")
    assert queued.status == Status.CANCELLED
    actions = set(ModelLogEntry.objects.values_list("action", flat=True))
    assert {"social.retry", "social.cancel"} <= actions


def test_a_posted_row_cannot_be_retried(client, manager, outbox):
    response = client.post(reverse("outbox:retry", args=[outbox["sent"].pk]), follow=True)
    assert "already posted" in response.content.decode()
    assert Delivery.objects.get(pk=outbox["sent"].pk).status == Status.SENT


def test_bulk_retry_queues_every_failed_row_shown(client, manager, outbox):
    response = client.post(reverse("outbox:bulk_retry") + f"?channel={outbox['failed'].channel_id}")
    assert response.status_code == 302
    assert not Delivery.objects.filter(status=Status.FAILED).exists()


def test_moderators_who_may_only_look_cannot_retry(client, login, outbox):
    login("viewer", [("wagtailadmin", "access_admin"), ("social", "view_delivery")])
    assert client.get(reverse("outbox:index")).status_code == 200
    response = client.post(reverse("outbox:retry", args=[outbox["failed"].pk]))
    assert response.status_code in (302, 403) and response.get("Location", "/admin/") == "/admin/"
    assert Delivery.objects.get(pk=outbox["failed"].pk).status == Status.FAILED


def test_the_dashboard_shows_failures_and_disabled_channels(client, manager, outbox):
    Channel.objects.filter(name="x-main").update(
        flagged_at="2026-01-01T00:00Z", flag_reason="X refused the channel's credentials (401)."
    )
    content = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "1 post failed in the last 30 days" in content
    assert "X refused the channel&#x27;s credentials (401)" in content


def test_the_edit_screen_shows_each_channels_post_and_its_status(
    client, manager, outbox, django_user_model
):
    admin = django_user_model.objects.create_superuser("admin", "a@example.com", "x")
    client.force_login(admin, backend="django.contrib.auth.backends.ModelBackend")
    page = outbox["sent"].page
    content = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "Social posts" in content
    assert "Will not post</strong>: the channel is disabled" in content  # x-main
    assert "/ 280 weighted characters" in content
    assert "https://mastodon.example/@c/1" in content  # the link to the remote post
    assert "duplicate of an earlier one" in content
    assert reverse("social_card_preview", args=[page.pk]) in content
    card = client.get(reverse("social_card_preview", args=[page.pk]))
    assert card.status_code == 200 and card["Content-Type"] == "image/png"


def test_the_dashboard_warns_of_expiring_credentials_and_a_quota_nearly_used(
    client, manager, outbox
):
    from datetime import timedelta

    from django.utils import timezone

    now = timezone.now()
    Channel.objects.filter(name="console").update(
        daily_quota=1, credentials_expire_at=now + timedelta(days=3)
    )
    Delivery.objects.filter(status=Status.SENT).update(sent_at=now)
    content = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "credentials expire on" in content
    assert "1 of 1 daily posts used" in content


def test_the_permissions_offered_for_groups_are_the_ones_that_mean_something():
    from wagtail import hooks

    offered = {
        permission.codename
        for register in hooks.get_hooks("register_permissions")
        for permission in register()
        if permission.content_type.app_label == "social"
    }
    assert offered == {
        "add_channel",
        "change_channel",
        "delete_channel",
        "view_channel",
        "view_delivery",
        "manage_delivery",
    }
