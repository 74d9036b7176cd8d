from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from awareness_site import structure
from awareness_site.routing import KnownViewRestrictionsMixin

from ..filters import AdvisoryFilterForm
from .pages import AdvisoryPage, GuidelinePage

PAGE_SIZE = 10


def paginate(request, queryset, per_page=PAGE_SIZE, count_parts=None):
    """The requested page of results; a bad page number gives the nearest page.

    With ``count_parts`` (plain values that tell this list apart, as for
    ``structure.remembered``) the number of results comes from the structure
    cache: it changes only with what renews the structure generation (a page
    published, unpublished, moved or deleted, a section made private, a
    taxonomy term changed), and counting 10,000 advisories costs more than
    the rest of the list page (the benchmark: 20 ms of 46).
    """
    paginator = Paginator(queryset, per_page)
    if count_parts is not None:
        paginator.count = structure.remembered(request, "list-count", count_parts, queryset.count)
    return paginator.get_page(request.GET.get("page"))


class AdvisoryIndexPage(KnownViewRestrictionsMixin, Page):
    """All advisories, newest first, with filters that combine."""

    intro = models.CharField(_("introduction"), max_length=300, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["awareness_site.HomePage"]
    subpage_types = ["advisories.AdvisoryPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("advisory list")

    def advisories(self):
        return AdvisoryPage.objects.child_of(self).listing()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        terms = structure.remembered(  # taxonomy changes renew it
            request,
            "advisory-filter-terms",
            (self.locale_id,),
            lambda: AdvisoryFilterForm.terms_in(self.locale_id),
        )
        form = AdvisoryFilterForm(request.GET, terms=terms)
        filter_query = form.query_string()
        advisories = form.apply(self.advisories())
        context.update(
            filter_form=form,
            advisories=paginate(request, advisories, count_parts=(self.pk, filter_query)),
            filter_query=filter_query,
        )
        return context


class GuidelineIndexPage(KnownViewRestrictionsMixin, Page):
    """All safe-browsing guidelines."""

    intro = models.CharField(_("introduction"), max_length=300, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["awareness_site.HomePage"]
    subpage_types = ["advisories.GuidelinePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("guideline list")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        guidelines = GuidelinePage.objects.child_of(self).listing()
        context["guidelines"] = paginate(request, guidelines, count_parts=(self.pk,))
        return context
