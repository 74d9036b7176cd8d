from django.apps import apps
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


class HomePage(Page):
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

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        advisory = apps.get_model("advisories", "AdvisoryPage")
        guideline = apps.get_model("advisories", "GuidelinePage")
        context["latest_advisories"] = advisory.objects.in_locale_of(self).listing()[:6]
        context["latest_guidelines"] = guideline.objects.in_locale_of(self).listing()[:3]
        return context
