"""Helpers for the roles, workflow and security tests: role users and admin form data."""

from django.contrib.auth.models import Group
from django.forms import CheckboxInput
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from awareness_site.roles import ADMINISTRATORS, EDITORS, MODERATORS, SOCIAL_MANAGERS

ROLE_GROUPS = {
    "editor": EDITORS,
    "moderator": MODERATORS,
    "social": SOCIAL_MANAGERS,
    "administrator": ADMINISTRATORS,
}
ROLES = tuple(ROLE_GROUPS)


def make_role_user(django_user_model, role, username=None):
    """A user (not a superuser) whose only powers come from the role's group."""
    user = django_user_model.objects.create_user(
        username=username or f"role-{role}", password="not-used", email=f"{role}@example.org"
    )
    user.groups.add(Group.objects.get(name=ROLE_GROUPS[role]))
    return user


def advisory_form(title="Fake parcel-delivery SMS", slug="fake-parcel-sms", body=None, **extra):
    """The admin form of an advisory, with only the fields an editor must fill."""
    data = {
        "title": title,
        "slug": slug,
        "summary": "An SMS says a parcel is held and asks for a small fee. Do not pay.",
        "severity": "2",
        "body": streamfield(body or [("text", rich_text("<p>Nobody holds your parcel.</p>"))]),
        "related_advisories": inline_formset([]),
        "comments": inline_formset([]),
        "social_preferences": inline_formset([]),  # the publisher's per-page choices
    }
    data.update(extra)
    return nested_form_data(data)


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def add_url(parent, model_name="advisorypage", app_label="advisories"):
    return reverse("wagtailadmin_pages:add", args=[app_label, model_name, parent.pk])


def was_refused(response):
    """Wagtail answers a forbidden admin action with 403, or a redirect to the dashboard."""
    if response.status_code == 403:
        return True
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def approve_url(page, action="approve"):
    page.refresh_from_db()
    state = page.current_workflow_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, state.pk])


def form_data(response):
    """The POST data of the admin form a GET returned, as the browser would send it."""
    form = response.context["form"]
    data = {}
    for name, field in form.fields.items():
        value = form[name].value()
        if isinstance(field.widget, CheckboxInput):
            if value:
                data[name] = "on"
        elif value is not None:
            data[name] = [str(v) for v in value] if isinstance(value, list | tuple) else value
    return data


def admin_form_data(client, django_user_model, url):
    """Read a form as a superuser would see it (for roles that may not even open it)."""
    superuser = django_user_model.objects.create_superuser("form-reader", password="not-used")
    client.force_login(superuser)
    data = form_data(client.get(url))
    client.logout()
    return data
