"""Retry, cancel and bulk retry of outbox rows: a confirmation page, then a POST."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .actions import NotAllowed, cancel, retry
from .models import Delivery, Status

PERMISSION = "social.manage_delivery"


def action_url(action, row):
    return reverse(f"outbox:{action}", args=[row.pk])


def bulk_retry_url(query):
    filters = {k: v for k, v in query.items() if k in ("channel", "page")}
    return reverse("outbox:bulk_retry") + (f"?{urlencode(filters)}" if filters else "")


class ManageMixin(WagtailAdminTemplateMixin):
    template_name = "social/admin/confirm.html"
    header_icon = "mail"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("outbox:index"), "label": _("Outbox")},
            {"url": "", "label": self.get_page_title()},
        ]

    def done(self):
        return redirect("outbox:index")


class RowActionView(ManageMixin, TemplateView):
    action = None
    question = ""

    def get_page_title(self):
        return f"{self.verb} — {self.row.page_title} → {self.row.channel.name}"

    def dispatch(self, request, pk, *args, **kwargs):
        self.row = get_object_or_404(Delivery.objects.select_related("channel"), pk=pk)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            row=self.row, question=self.question, verb=self.verb, **kwargs
        )

    def post(self, request, *args, **kwargs):
        try:
            changed = type(self).action(self.row, user=request.user)
        except NotAllowed as error:
            messages.error(request, str(error))
            return self.done()
        if changed:
            messages.success(request, self.success % {"row": self.row.pk})
        return self.done()


class RetryView(RowActionView):
    action = retry
    verb = _("Retry")
    question = _("Send this post again now? The publisher first checks it was not posted already.")
    success = _("Row %(row)s is queued again.")


class CancelView(RowActionView):
    action = cancel
    verb = _("Cancel")
    question = _("Cancel this post? It will not be sent.")
    success = _("Row %(row)s is cancelled.")


class BulkRetryView(ManageMixin, TemplateView):
    verb = _("Retry failed posts")

    def get_page_title(self):
        return self.verb

    def rows(self):
        rows = Delivery.objects.filter(status=Status.FAILED, remote_id="")
        for name in ("channel", "page"):
            value = self.request.GET.get(name, "")
            if value.isdigit():
                rows = rows.filter(**{f"{name}_id": int(value)})
        return rows

    def get_context_data(self, **kwargs):
        count = self.rows().count()
        question = ngettext(
            "Queue %(count)s failed post again?", "Queue %(count)s failed posts again?", count
        ) % {"count": count}
        return super().get_context_data(question=question, verb=self.verb, **kwargs)

    def post(self, request, *args, **kwargs):
        done = sum(retry(row, user=request.user) for row in self.rows())
        messages.success(
            request,
            ngettext("%(n)s post queued again.", "%(n)s posts queued again.", done) % {"n": done},
        )
        return self.done()
