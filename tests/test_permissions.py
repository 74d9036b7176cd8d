"""Each role against each action, through the admin over HTTP: allowed, or refused.

Editors write drafts and submit them; Moderators approve, reject, publish and
unpublish; Social managers look after channels and the outbox; only
Administrators change the site settings (the help numbers every page shows).
"""

import pytest
from django.urls import reverse
from wagtail.models import Site

from advisories.models import AdvisoryPage
from awareness_site.models import HelpSettings
from tests.factories import AdvisoryPageFactory
from tests.security_support import (
    ROLES,
    add_url,
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


def edit_site_settings(client, index, **_):
    site = Site.objects.get(is_default_site=True)
    current = HelpSettings.for_site(site)
    data = {
        field.name: getattr(current, field.attname)
        for field in HelpSettings._meta.concrete_fields
        if field.name not in ("id", "site")
    }
    data["local_whatsapp"] = "+91 99999 00000"
    url = reverse("wagtailsettings:edit", args=["awareness_site", "helpsettings", site.pk])
    response = client.post(url, data)
    return HelpSettings.for_site(site).local_whatsapp == "+91 99999 00000", response


@pytest.mark.parametrize("action, role, allowed", CASES)
def test_role_permission_matrix(action, role, allowed, client, django_user_model, advisory_index):
    client.force_login(make_role_user(django_user_model, role))
    done, response = globals()[action](client, advisory_index, django_user_model=django_user_model)
    assert done is allowed, response
    if action in (
        "create_advisory",
        "unpublish_advisory",
        "approve_advisory",
        "edit_site_settings",
    ):
        assert was_refused(response) is not allowed


def test_editor_cannot_open_the_settings_or_the_user_admin(client, django_user_model, home):
    client.force_login(make_role_user(django_user_model, "editor"))
    for url in (reverse("wagtailusers_users:index"), reverse("wagtailusers_groups:index")):
        assert was_refused(client.get(url))


def test_every_role_reaches_the_admin_dashboard(client, django_user_model, home):
    for role in ROLES:
        client.force_login(make_role_user(django_user_model, role))
        assert client.get(reverse("wagtailadmin_home")).status_code == 200
