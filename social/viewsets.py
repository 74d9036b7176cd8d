"""Admin viewsets: social channels (managers only) and the outbox (moderators)."""

import django_filters
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button
from wagtail.models import Page

from . import admin_views
from .forms import ChannelForm
from .models import Channel, Delivery, Status


class ChannelViewSet(ModelViewSet):
    model = Channel
    icon = "site"
    menu_label = _("Channels")
    list_display = ["name", "network", "enabled", Column("flag_reason", label=_("Problem"))]
    list_filter = ["network", "enabled"]
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_fields_exclude = ["id"]

    def get_form_class(self, for_update=False):
        return ChannelForm


class OutboxFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(choices=Status.choices, label=_("Status"))
    channel = django_filters.ModelChoiceFilter(queryset=Channel.objects.all(), label=_("Channel"))
    page = django_filters.ModelChoiceFilter(
        queryset=Page.objects.filter(social_deliveries__isnull=False).distinct().order_by("title"),
        label=_("Page"),
    )

    class Meta:
        model = Delivery
        fields = ["status", "channel", "page"]


class OutboxIndexView(generic.IndexView):
    def can_manage(self):
        return self.request.user.has_perm("social.manage_delivery")

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.remote_url:
            buttons.append(
                MenuItem(_("See the post"), url=instance.remote_url, icon_name="link-external")
            )
        if self.can_manage() and (instance.can_retry or instance.can_cancel):
            url = admin_views.action_url("retry", instance)
            buttons.append(MenuItem(_("Retry"), url=url, icon_name="resubmit", priority=5))
        if self.can_manage() and instance.can_cancel:
            url = admin_views.action_url("cancel", instance)
            buttons.append(MenuItem(_("Cancel"), url=url, icon_name="cross", priority=6))
        return buttons

    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.can_manage():
            url = admin_views.bulk_retry_url(self.request.GET)
            buttons.append(Button(_("Retry failed posts shown"), url=url, icon_name="resubmit"))
        return buttons


class OutboxViewSet(ModelViewSet):
    model = Delivery
    icon = "mail"
    menu_label = _("Outbox")
    index_view_class = OutboxIndexView
    add_to_reference_index = False  # a post is not a "use" of its page
    filterset_class = OutboxFilterSet
    list_display = [
        "page_title",
        "channel",
        Column("purpose_label", label=_("Kind")),
        Column("status", label=_("Status"), accessor="get_status_display"),
        "attempts",
        DateColumn("created_at", label=_("Published")),
        Column("error", label=_("Error")),
    ]
    inspect_view_enabled = True
    inspect_view_fields = [
        "page_title",
        "page",
        "channel",
        "purpose",
        "status",
        "attempts",
        "due_at",
        "text",
        "remote_id",
        "remote_url",
        "error",
        "note",
        "created_at",
        "sent_at",
    ]
    copy_view_enabled = False
    form_fields = ["note"]  # required by ModelViewSet; rows are never edited in the admin

    def get_common_view_kwargs(self, **kwargs):
        kwargs = super().get_common_view_kwargs(**kwargs)
        kwargs.update(add_url_name=None, edit_url_name=None, delete_url_name=None)
        return kwargs

    def get_permissions_to_register(self):
        """Only what means something here: seeing the outbox, and retrying or cancelling."""
        return (
            super()
            .get_permissions_to_register()
            .filter(codename__in=["view_delivery", "manage_delivery"])
        )

    def get_urlpatterns(self):
        names = {"index", "index_results", "inspect", "history", "history_results"}
        return [
            *[p for p in super().get_urlpatterns() if p.name in names],
            path("retry/<int:pk>/", admin_views.RetryView.as_view(), name="retry"),
            path("cancel/<int:pk>/", admin_views.CancelView.as_view(), name="cancel"),
            path("retry-failed/", admin_views.BulkRetryView.as_view(), name="bulk_retry"),
        ]


class SocialViewSetGroup(ViewSetGroup):
    menu_label = _("Social posts")
    menu_icon = "mail"
    add_to_admin_menu = True
    items = (OutboxViewSet("outbox"), ChannelViewSet("channels"))
