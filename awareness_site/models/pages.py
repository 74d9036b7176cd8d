from django.apps import apps
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, Site

from .. import structure
from ..routing import KnownViewRestrictionsMixin, route_below
from ..structure import PageLink
from ..validation import LinkSafetyMixin

LATEST_ADVISORIES = 6
LATEST_GUIDELINES = 3


class HomePage(KnownViewRestrictionsMixin, LinkSafetyMixin, Page):
    """The front page: latest advisories and guidelines, search and help."""

    intro = models.CharField(
        _("introduction"),
        max_length=300,
        blank=True,
        help_text=_("One or two plain sentences shown under the title."),
    )
    body = RichTextField(_("more about the unit"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    max_count_per_parent = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        # Every URL of the site is routed from its language's home: remember it for
        # the menu and language links, and find the page below in two queries.
        request.localized_home = self
        return route_below(self, request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        advisories = apps.get_model("advisories", "AdvisoryPage").objects.in_locale_of(self)
        guidelines = apps.get_model("advisories", "GuidelinePage").objects.in_locale_of(self)
        context.update(
            latest_advisories=advisories.current().listing()[:LATEST_ADVISORIES],
            latest_guidelines=guidelines.listing()[:LATEST_GUIDELINES],
            advisory_index=self._section(request, "AdvisoryIndexPage"),
            guideline_index=self._section(request, "GuidelineIndexPage"),
        )
        return context

    def _section(self, request, model_name):
        """The public list of that kind below this home, as a link (structure cache)."""

        def build():
            model = apps.get_model("advisories", model_name)
            page = model.objects.child_of(self).live().public().first()
            return PageLink.to(page, request) if page else None

        site = Site.find_for_request(request)
        parts = (site.pk if site else None, self.pk, model_name)  # a link is relative to its site
        return structure.remembered(request, "home-section", parts, build, keep_none=True)
