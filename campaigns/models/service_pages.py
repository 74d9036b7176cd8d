"""The cyber-cell directory with its number check, and the impact page."""

from django.db import models
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from awareness_site.models import District, HelpSettings
from awareness_site.routing import KnownViewRestrictionsMixin

from ..figures import impact_context
from ..filters import DistrictFilterForm, ImpactFilterForm, NumberCheckForm
from ..number_check import check
from .directory import CyberCell, Unit
from .impact import ImpactFigures


class DirectoryPage(KnownViewRestrictionsMixin, RoutablePageMixin, Page):
    """Every cyber cell and station with its numbers, and 'Is this number really ours?'."""

    intro = models.CharField(_("introduction"), max_length=300, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["awareness_site.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("cyber-cell directory")

    def check_url(self, request=None):
        return self.get_url(request) + self.reverse_subpage("check").lstrip("/")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = DistrictFilterForm(request.GET, locale=self.locale_id)
        cells = CyberCell.objects.listing()
        district = form.value("district")
        if district:
            cells = cells.in_district(district)
        names = dict(
            District.objects.filter(locale_id=self.locale_id).values_list("translation_key", "name")
        )
        cells = list(cells)
        for cell in cells:
            cell.district_name = names.get(cell.district.translation_key) if cell.district else ""
        context.update(
            filters=form,
            cells=cells,
            check_form=NumberCheckForm(),
            check_url=self.check_url(request),
        )
        return context

    @path("check/", name="check")
    def number_check(self, request):
        form = NumberCheckForm(request.GET or None)
        result = None
        if form.is_valid():
            result = check(form.cleaned_data["q"], HelpSettings.for_request(request))
        response = self.render(
            request,
            template="campaigns/number_check.html",
            context_overrides={
                "check_form": form,
                "result": result,
                "check_url": self.check_url(request),
                "meta_title": _("Is this number really ours?"),
            },
        )
        if form.is_bound:  # what someone checked is theirs: no shared cache keeps it
            patch_cache_control(response, private=True, no_store=True)
        return response


class ImpactPage(KnownViewRestrictionsMixin, Page):
    """What the units' work achieved, summed by unit and period, as a chart and a table."""

    intro = models.CharField(_("introduction"), max_length=300, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["awareness_site.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("impact page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        units = Unit.objects.filter(figures__live=True).distinct().order_by("name")
        form = ImpactFilterForm(request.GET, units, ImpactFigures.objects.financial_years())
        context.update(impact_context(form))
        context["filters"] = form
        return context
