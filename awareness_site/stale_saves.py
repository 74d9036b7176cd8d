"""A save of a page read before someone published it must not write it back as a draft.

Wagtail's editor saves a draft of a page that was never published by writing
the page's own row (``form.save(commit=not page.live)``), and it autosaves
half a second after each change. A save whose request read the page before a
moderator's approval committed carries ``live = False`` from that read: it
waits for the approval's transaction, then writes the whole row back, and the
advisory just posted to every network answers 404 while the admin shows a
draft. (Seen in a browser test: the moderator's editor autosaved while their
own "Approve and Publish" was being committed.)

The editor's copy of the page is marked when Wagtail reads it
(``before_edit_page``); ``refuse_stale_draft_save`` runs before a full save
of such a copy that is not live: it reads the stored row (locking it inside
a transaction, so a publish still being committed is waited for) and refuses
the save when the page was published after the copy was read. The editor
shows the reason and keeps what was typed, whichever button was pressed
(``EditView``: Wagtail's own "Save draft" catches the refusal, a
``PermissionDenied``, as it does for a newer version; "Submit", "Publish" and
the workflow's actions would answer 403); saving again reads the published
page and keeps the changes as its new draft. Other saves (unpublishing, the
worker's schedule, code that publishes and saves) are left alone.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models.signals import pre_save
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.pages.edit import EditView as WagtailEditView
from wagtail.admin.viewsets.pages import PageViewSet as WagtailPageViewSet
from wagtail.models import Page, get_page_models

STALE_SAVE_MESSAGE = _(
    "Someone published this page while you were editing it, so this save was stopped "
    "and the published page is unchanged. Nothing you typed is lost: press “Save draft” "
    "to keep your changes as a new draft of the published page."
)


class StaleSave(PermissionDenied):
    """The copy being saved was read before the page was published."""


def mark_read_for_editing(request, page):
    """Wagtail's ``before_edit_page`` hook: this copy is the one the editor's save writes."""
    page._read_for_editing = True


def refuse_stale_draft_save(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or instance.live or not getattr(instance, "_read_for_editing", False):
        return
    if update_fields is not None and "live" not in update_fields:
        return  # a revision's bookkeeping (Wagtail's save_revision) leaves the row's state alone
    stored = Page.objects.filter(pk=instance.pk)
    if transaction.get_connection().in_atomic_block:
        stored = stored.select_for_update()  # wait for a publish still being committed
    published = stored.values_list("live", "last_published_at").first()
    if published and published[0] and published[1] != instance.last_published_at:
        raise StaleSave(str(STALE_SAVE_MESSAGE))  # in the editor's language


class EditView(WagtailEditView):
    """Wagtail's page editor, showing a refused stale save whichever action was pressed.

    Every action writes the page first (``form.save``), so a refusal comes before
    anything else of the action is written (revision, workflow, publish)."""

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except StaleSave as refusal:  # as Wagtail's save_action shows its own refusals
            messages.error(self.request, str(refusal))
            self.has_unsaved_changes = True
            return self.render_to_response(self.get_context_data())


class PageViewSet(WagtailPageViewSet):
    """Every page type's admin views, with the editor above (replaces Wagtail's default)."""

    edit_view_class = EditView


def register_signal_handlers():
    for model in get_page_models():
        pre_save.connect(
            refuse_stale_draft_save, sender=model, dispatch_uid=f"stale-save-{model._meta.label}"
        )
