"""Flat admin lists of every advisory and guideline, whatever their place in the tree."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import IndexView, PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet

from .models import AdvisoryPage, GuidelinePage


class AdvisoryFilterSet(PageFilterSet):
    class Meta:
        model = AdvisoryPage
        fields = ["severity"]


class AdvisoryListingViewSet(PageListingViewSet):
    model = AdvisoryPage
    icon = "warning"
    menu_label = _("Advisories")
    menu_order = 110
    add_to_admin_menu = True
    filterset_class = AdvisoryFilterSet
    columns = [
        *IndexView.base_columns,
        Column(
            "severity",
            label=_("Severity"),
            accessor="get_severity_display",
            sort_key="severity",
        ),
    ]


class GuidelineListingViewSet(PageListingViewSet):
    model = GuidelinePage
    icon = "tasks"
    menu_label = _("Guidelines")
    menu_order = 120
    add_to_admin_menu = True


@hooks.register("register_admin_viewset")
def register_advisory_listing():
    return AdvisoryListingViewSet("advisory_pages")


@hooks.register("register_admin_viewset")
def register_guideline_listing():
    return GuidelineListingViewSet("guideline_pages")
