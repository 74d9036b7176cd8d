"""Each role against each action, through the admin over HTTP: allowed, or refused.

Editors write drafts and submit them; Moderators approve, reject, publish and
unpublish; Social managers look after channels and the outbox; only
Administrators change the site settings (the help numbers every page shows).
"""

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry, Site

from advisories.models import AdvisoryPage
from awareness_site.models import HelpSettings
from social.models import Channel, Delivery, Status
from tests.factories import AdvisoryPageFactory
from tests.security_support import (
    ROLES,
    add_url,
    admin_form_data,
    advisory_form,
    approve_url,
    edit_url,
    make_role_user,
    was_refused,
)

pytestmark = pytest.mark.django_db

WRITERS = {"editor", "moderator", "administrator"}
PUBLISHERS = {"moderator", "administrator"}
ALLOWED = {
    "create_advisory": WRITERS,
    "edit_advisory": WRITERS,
    "submit_advisory": WRITERS,
    "publish_advisory": PUBLISHERS,
    "unpublish_advisory": PUBLISHERS,
    "approve_advisory": PUBLISHERS,
    "reject_advisory": PUBLISHERS,
    "edit_site_settings": {"administrator"},
    "edit_channel": {"social", "administrator"},
    "retry_outbox_post": {"social", "administrator"},
    "cancel_outbox_post": {"social", "administrator"},
}
CASES = [
    pytest.param(
        action,
        role,
        role in allowed,
        id=f"{action}-{role}-{'allowed' if role in allowed else 'refused'}",
    )
    for action, allowed in ALLOWED.items()
    for role in ROLES
]


def draft_advisory(index):
    page = AdvisoryPageFactory(parent=index, title="Draft advisory", live=False)
    page.save_revision()
    return page


def submitted_advisory(index, django_user_model):
    author = make_role_user(django_user_model, "editor", username="author")
    page = draft_advisory(index)
    page.save_revision(user=author)
    page.get_workflow().start(page, author)
    return page


def create_advisory(client, index, **_):
    response = client.post(add_url(index), advisory_form())
    created = AdvisoryPage.objects.filter(slug="fake-parcel-sms").exists()
    return created, response


def edit_advisory(client, index, **_):
    page = draft_advisory(index)
    response = client.post(edit_url(page), advisory_form(title="Edited title", slug=page.slug))
    page.refresh_from_db()
    return page.get_latest_revision_as_object().title == "Edited title", response


def submit_advisory(client, index, **_):
    page = draft_advisory(index)
    data = advisory_form(slug=page.slug, **{"action-submit": "Submit"})
    response = client.post(edit_url(page), data)
    page.refresh_from_db()
    return page.workflow_in_progress, response


def publish_advisory(client, index, **_):
    page = draft_advisory(index)
    response = client.post(edit_url(page), advisory_form(slug=page.slug, **{"action-publish": "1"}))
    page.refresh_from_db()
    return page.live, response


def unpublish_advisory(client, index, **_):
    page = AdvisoryPageFactory(parent=index, title="Live advisory")
    response = client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
    page.refresh_from_db()
    return not page.live, response


def approve_advisory(client, index, django_user_model):
    page = submitted_advisory(index, django_user_model)
    response = client.post(approve_url(page), {"comment": ""})
    page.refresh_from_db()
    return page.live, response


def reject_advisory(client, index, django_user_model):
    page = submitted_advisory(index, django_user_model)
    response = client.post(approve_url(page, "reject"), {"comment": "Check the number."})
    page.refresh_from_db()
    state = page.workflow_states.get()
    return state.status == state.STATUS_NEEDS_CHANGES, response


def edit_site_settings(client, index, django_user_model):
    site = Site.objects.get(is_default_site=True)
    HelpSettings.for_site(site)
    url = reverse("wagtailsettings:edit", args=["awareness_site", "helpsettings", site.pk])
    data = submit_as(client, django_user_model, url)
    data["local_whatsapp"] = "+91 99999 00000"
    response = client.post(url, data)
    return HelpSettings.for_site(site).local_whatsapp == "+91 99999 00000", response


def submit_as(client, django_user_model, url):
    """The form's current data, read by a superuser; then the role under test is back."""
    user = client.session["_auth_user_id"]
    data = admin_form_data(client, django_user_model, url)
    client.force_login(django_user_model.objects.get(pk=user))
    return data


def edit_channel(client, index, django_user_model):
    channel = Channel.objects.create(name="console-demo", network="console")
    url = reverse("channels:edit", args=[channel.pk])
    data = submit_as(client, django_user_model, url)
    data.pop("enabled", None)  # untick "enabled"
    response = client.post(url, data)
    channel.refresh_from_db()
    return not channel.enabled, response


def failed_post(index, status=Status.FAILED):
    page = AdvisoryPageFactory(parent=index, title="Posted advisory")
    channel = Channel.objects.get_or_create(
        name="console-demo", network="console", defaults={"enabled": False}
    )[0]
    return Delivery.objects.create(
        page=page, page_title=page.title, channel=channel, purpose="publish", status=status
    )


def retry_outbox_post(client, index, **_):
    row = failed_post(index)
    response = client.post(reverse("outbox:retry", args=[row.pk]))
    row.refresh_from_db()
    return row.status == Status.QUEUED, response


def cancel_outbox_post(client, index, **_):
    row = failed_post(index, status=Status.RETRYING)
    response = client.post(reverse("outbox:cancel", args=[row.pk]))
    row.refresh_from_db()
    return row.status == Status.CANCELLED, response


@pytest.mark.parametrize("action, role, allowed", CASES)
def test_role_permission_matrix(action, role, allowed, client, django_user_model, advisory_index):
    client.force_login(make_role_user(django_user_model, role))
    done, response = globals()[action](client, advisory_index, django_user_model=django_user_model)
    assert done is allowed, response
    if action not in ("edit_advisory", "submit_advisory", "publish_advisory", "reject_advisory"):
        assert was_refused(response) is not allowed


def test_editor_cannot_open_the_settings_or_the_user_admin(client, django_user_model, home):
    client.force_login(make_role_user(django_user_model, "editor"))
    for url in (reverse("wagtailusers_users:index"), reverse("wagtailusers_groups:index")):
        assert was_refused(client.get(url))


def test_every_role_reaches_the_admin_dashboard(client, django_user_model, home):
    for role in ROLES:
        client.force_login(make_role_user(django_user_model, role))
        assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_channel_changes_and_outbox_actions_are_in_the_audit_log(
    client, django_user_model, advisory_index
):
    manager = make_role_user(django_user_model, "social")
    client.force_login(manager)
    edit_channel(client, advisory_index, django_user_model)
    retry_outbox_post(client, advisory_index)
    channel = Channel.objects.get(name="console-demo")
    logged = ModelLogEntry.objects.filter(user=manager)
    assert logged.filter(action="wagtail.edit", object_id=str(channel.pk)).exists()
    assert logged.filter(action="social.retry").exists()
