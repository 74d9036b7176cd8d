"""The "Approval" workflow: an editor's draft goes live only after a moderator approves it."""

import threading
import time
from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.db import connection, transaction
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time
from wagtail import hooks
from wagtail.models import PageLogEntry, TaskState

from advisories.models import AdvisoryPage
from awareness_site.roles import APPROVAL_WORKFLOW
from awareness_site.stale_saves import mark_read_for_editing
from tests.factories import AdvisoryPageFactory, GuidelinePageFactory
from tests.security_support import add_url, advisory_form, approve_url, edit_url, make_role_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_user(django_user_model):
    return make_role_user(django_user_model, "editor")


@pytest.fixture
def moderator_user(django_user_model):
    return make_role_user(django_user_model, "moderator")


def write_and_submit(client, editor_user, index, **extra):
    """The editor writes a new advisory and submits it for approval, through the admin."""
    client.force_login(editor_user)
    client.post(add_url(index), advisory_form())
    page = AdvisoryPage.objects.get(slug="fake-parcel-sms")
    client.post(edit_url(page), advisory_form(**{"action-submit": "1", **extra}))
    page.refresh_from_db()
    return page


def actions_logged(page):
    return list(
        PageLogEntry.objects.filter(page=page)
        .order_by("timestamp", "pk")
        .values_list("action", "user__username")
    )


def test_advisories_and_guidelines_in_every_language_need_approval(
    advisory, guideline_index, locales
):
    guideline = GuidelinePageFactory(parent=guideline_index)
    translation = advisory.get_parent().copy_for_translation(locales["hi"])
    for page in (advisory, guideline, translation):
        assert page.get_workflow().name == APPROVAL_WORKFLOW
        assert [t.name for t in page.get_workflow().tasks] == ["Moderator approval"]


def test_editor_draft_goes_live_only_after_a_moderator_approves_it(
    client, editor_user, moderator_user, advisory_index
):
    page = write_and_submit(client, editor_user, advisory_index)
    assert page.workflow_in_progress and not page.live
    client.logout()
    assert client.get("/advisories/fake-parcel-sms/").status_code == 404

    client.force_login(moderator_user)
    dashboard = client.get(reverse("wagtailadmin_home"))
    assert b"Fake parcel-delivery SMS" in dashboard.content  # awaiting their review
    client.post(approve_url(page), {"comment": "Checked with the cyber cell."})

    page.refresh_from_db()
    assert page.live and not page.workflow_in_progress
    client.logout()
    assert client.get("/advisories/fake-parcel-sms/").status_code == 200
    log = actions_logged(page)
    assert ("wagtail.workflow.start", "role-editor") in log
    assert ("wagtail.workflow.approve", "role-moderator") in log
    assert ("wagtail.publish", "role-moderator") in log


def test_moderator_rejects_with_a_comment_the_editor_reads(
    client, editor_user, moderator_user, advisory_index
):
    page = write_and_submit(client, editor_user, advisory_index)
    client.force_login(moderator_user)
    client.post(approve_url(page, "reject"), {"comment": "The helpline number is wrong."})

    page.refresh_from_db()
    assert not page.live
    task_state = page.workflow_states.get().current_task_state
    assert task_state.status == TaskState.STATUS_REJECTED
    assert task_state.comment == "The helpline number is wrong."
    rejection = PageLogEntry.objects.get(page=page, action="wagtail.workflow.reject")
    assert rejection.user == moderator_user and rejection.timestamp

    client.force_login(editor_user)
    assert b"The helpline number is wrong." in client.get(edit_url(page)).content


def test_editor_cannot_approve_their_own_draft(client, editor_user, advisory_index):
    page = write_and_submit(client, editor_user, advisory_index)
    client.post(approve_url(page), {"comment": ""})
    page.refresh_from_db()
    assert not page.live and page.workflow_in_progress


def test_editor_pressing_publish_only_saves_a_draft(client, editor_user, advisory_index):
    client.force_login(editor_user)
    client.post(add_url(advisory_index), advisory_form(**{"action-publish": "1"}))
    page = AdvisoryPage.objects.get(slug="fake-parcel-sms")
    assert not page.live
    assert not PageLogEntry.objects.filter(page=page, action="wagtail.publish").exists()


def test_scheduled_publishing_waits_for_approval(
    client, editor_user, moderator_user, advisory_index
):
    go_live = timezone.now() + timedelta(days=2)
    page = write_and_submit(
        client, editor_user, advisory_index, go_live_at=go_live.strftime("%Y-%m-%d %H:%M")
    )
    with freeze_time(go_live + timedelta(hours=1)):
        call_command("publish_scheduled")
        page.refresh_from_db()
        assert not page.live  # the date has come, but nobody approved it

        client.force_login(moderator_user)
        client.post(approve_url(page), {"comment": ""})
        page.refresh_from_db()
        assert page.live  # approved after its date: published at once


def test_approved_scheduled_advisory_goes_live_on_its_date(
    client, editor_user, moderator_user, advisory_index
):
    go_live = timezone.now() + timedelta(days=2)
    page = write_and_submit(
        client, editor_user, advisory_index, go_live_at=go_live.strftime("%Y-%m-%d %H:%M")
    )
    client.force_login(moderator_user)
    client.post(approve_url(page), {"comment": ""})
    page.refresh_from_db()
    assert not page.live
    scheduled = PageLogEntry.objects.get(page=page, action="wagtail.publish.schedule")
    assert scheduled.user == moderator_user  # who approved the date

    call_command("publish_scheduled")
    page.refresh_from_db()
    assert not page.live
    with freeze_time(go_live + timedelta(minutes=1)):
        call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.live
    published = PageLogEntry.objects.get(page=page, action="wagtail.publish.scheduled")
    assert published.timestamp >= go_live  # the clock published it, on the approved date


def test_unpublish_is_in_the_audit_log_with_who_and_when(client, moderator_user, advisory_index):
    page = AdvisoryPageFactory(parent=advisory_index)
    client.force_login(moderator_user)
    client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
    entry = PageLogEntry.objects.get(page=page, action="wagtail.unpublish")
    assert entry.user == moderator_user
    assert abs(entry.timestamp - timezone.now()) < timedelta(minutes=1)


NEW_TITLE = "Fake parcel-delivery SMS, now on WhatsApp"


ACTIONS = {  # what the moderator pressed, as the editor posts it
    "save draft": ({}, {}),
    "autosave": ({}, {"HTTP_ACCEPT": "application/json"}),
    "submit": ({"action-submit": "1"}, {}),
    "publish": ({"action-publish": "1"}, {}),
}


@pytest.mark.parametrize("action", ACTIONS)
def test_a_save_that_read_the_page_before_its_approval_cannot_unpublish_it(
    client, editor_user, moderator_user, django_user_model, advisory_index, action
):
    """A moderator's editor saves a draft while the approval is being committed.

    Wagtail writes a never-published page's own row on each save: a save that read
    the page before the approval would write it back as a draft (seen in a browser
    test), and the advisory just posted to every network would answer 404. Here the
    approval lands between the save's read and its write (Wagtail's before_edit_page).
    Whichever button was pressed, the editor comes back with the reason and what was
    typed (not a 403).
    """
    page = write_and_submit(client, editor_user, advisory_index)
    other_moderator = make_role_user(django_user_model, "moderator", username="second-moderator")

    def approved_meanwhile(request, page_being_edited):
        state = AdvisoryPage.objects.get(pk=page.pk).current_workflow_task_state
        state.task.specific.on_action(state, other_moderator, "approve")

    client.force_login(moderator_user)
    pressed, headers = ACTIONS[action]
    typed = advisory_form(title=NEW_TITLE)
    with hooks.register_temporarily("before_edit_page", approved_meanwhile):
        response = client.post(edit_url(page), {**typed, **pressed}, **headers)

    page.refresh_from_db()
    assert page.live and page.title == "Fake parcel-delivery SMS"
    assert page.get_latest_revision_as_object().title == "Fake parcel-delivery SMS"
    client.logout()
    public = client.get("/advisories/fake-parcel-sms/")
    assert public.status_code == 200 and b"now on WhatsApp" not in public.content
    message = "Someone published this page while you were editing it"
    if action == "autosave":
        assert response.status_code == 400
        assert response.json()["error_code"] == "invalid_revision"
        assert message in response.json()["error_message"]
    else:
        assert response.status_code == 200  # the editor again, with what was typed
        assert message in response.content.decode()
        assert response.context["form"]["title"].value() == NEW_TITLE

    client.force_login(moderator_user)  # "Save draft" again: a draft of the published page
    client.post(edit_url(page), typed)
    page.refresh_from_db()
    assert page.live and page.has_unpublished_changes
    assert page.get_latest_revision_as_object().title == NEW_TITLE
    client.logout()
    assert b"now on WhatsApp" not in client.get("/advisories/fake-parcel-sms/").content


@pytest.mark.postgres
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs two connections writing at once: PostgreSQL"
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_draft_save_waits_for_an_approval_still_being_committed(
    client, editor_user, moderator_user, advisory_index
):
    """The save reads the page before the approval, and writes while it commits."""
    page = write_and_submit(client, editor_user, advisory_index)
    read_before = AdvisoryPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    mark_read_for_editing(None, read_before)  # as Wagtail's editor reads it
    outcome = []

    def save_draft():
        read_before.title = NEW_TITLE
        try:
            with transaction.atomic():  # as Wagtail's editor saves
                read_before.save()
            outcome.append("saved")
        except PermissionDenied as refusal:
            outcome.append(str(refusal))
        finally:
            connection.close()  # this thread's own connection

    _approve_while(page, moderator_user, save_draft)
    page.refresh_from_db()
    assert page.live and page.title == "Fake parcel-delivery SMS"
    assert outcome and outcome[0].startswith("Someone published this page")


@pytest.mark.postgres
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs two connections writing at once: PostgreSQL"
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("action", ["save draft", "submit", "publish"])
def test_every_button_of_the_editor_waits_for_an_approval_still_being_committed(
    client, editor_user, moderator_user, django_user_model, advisory_index, action
):
    """The editor reads the page before the approval and writes it while it commits
    (Wagtail saves a page in a transaction: the guard waits on the row's lock)."""
    page = write_and_submit(client, editor_user, advisory_index)
    other_moderator = make_role_user(django_user_model, "moderator", username="second-moderator")
    client.force_login(moderator_user)
    pressed, _headers = ACTIONS[action]
    responses = []

    def press():
        try:
            responses.append(
                client.post(edit_url(page), {**advisory_form(title=NEW_TITLE), **pressed})
            )
        finally:
            connection.close()  # this thread's own connection

    _approve_while(page, other_moderator, press)
    page.refresh_from_db()
    assert page.live and page.title == "Fake parcel-delivery SMS"
    assert responses and responses[0].status_code == 200
    assert "Someone published this page" in responses[0].content.decode()


def _approve_while(page, moderator, write):
    """Approve the page in a transaction; ``write`` runs in a thread until it waits for it."""
    with transaction.atomic():
        state = AdvisoryPage.objects.get(pk=page.pk).current_workflow_task_state
        state.task.specific.on_action(state, moderator, "approve")
        writer = threading.Thread(target=write)
        writer.start()
        _wait_until_a_write_waits()  # for the approval's row lock
    writer.join()


def _wait_until_a_write_waits(timeout=10):
    """Until another connection waits for a lock this transaction holds (PostgreSQL)."""
    deadline = time.monotonic() + timeout
    with connection.cursor() as cursor:
        while time.monotonic() < deadline:
            cursor.execute(  # pg_locks is live (pg_stat_activity is fixed per transaction)
                "SELECT count(*) FROM pg_locks WHERE NOT granted"
                " AND pg_backend_pid() = ANY(pg_blocking_pids(pid))"  # ours, not any test's
            )
            if cursor.fetchone()[0]:
                return
            time.sleep(0.02)
    raise AssertionError("the save never waited for the approval")
