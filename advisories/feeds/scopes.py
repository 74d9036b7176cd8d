"""Which advisories a feed holds: all of one language, or one category, audience or district."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Locale

from awareness_site.models import Audience, District, ThreatCategory

from ..models import AdvisoryIndexPage, AdvisoryPage
from .items import with_share_images
from .text import one_line

FEED_SIZE = 50
FORMATS = ("rss", "atom", "json")

# The kind in the URL (also the advisory list's filter name) -> taxonomy model, advisory field.
KINDS = {
    "category": (ThreatCategory, "threat_categories"),
    "audience": (Audience, "audiences"),
    "district": (District, "district"),
}


@dataclass(frozen=True)
class FeedScope:
    locale: Locale
    kind: str = ""
    term: object = None

    @classmethod
    def resolve(cls, kind="", slug=""):
        """The scope for the active language; an unknown term is a 404."""
        locale = Locale.get_active()
        if not kind:
            return cls(locale)
        model, _field = KINDS[kind]
        term = model.objects.filter(locale=locale, slug=slug).first()
        if term is None:
            raise Http404(f"No {kind} '{slug}' in this language.")
        return cls(locale, kind, term)

    def advisories(self):
        """The latest live, public advisories of this scope (aliases are copies, left out)."""
        pages = (
            AdvisoryPage.objects.listing()
            .prefetch_related(None)  # the builder reads taxonomy labels as plain rows
            .filter(locale=self.locale, alias_of__isnull=True)
        )
        if self.term is not None:
            pages = pages.filter(**{KINDS[self.kind][1]: self.term})
        return list(with_share_images(pages)[:FEED_SIZE])

    def title(self, unit_name):
        topic = self.term.name if self.term is not None else _("fraud advisories")
        return one_line(_("%(unit)s: %(topic)s") % {"unit": unit_name, "topic": topic})

    def description(self, unit_name):
        if self.term is not None and self.term.description:
            return one_line(self.term.description)
        return _("Fraud advisories from %(unit)s, newest first.") % {"unit": unit_name}

    def feed_path(self, fmt):
        if self.term is None:
            return reverse("feeds:advisories", kwargs={"fmt": fmt})
        return reverse(f"feeds:{self.kind}", kwargs={"slug": self.term.slug, "fmt": fmt})

    def index_url(self, request):
        """The advisory list of this language (its home page when there is none)."""
        index = AdvisoryIndexPage.objects.live().public().filter(locale=self.locale).first()
        if index is None:
            return request.build_absolute_uri(reverse("wagtail_serve", args=("",)))
        return index.get_full_url(request)

    def html_url(self, index_url):
        """The advisory list filtered to this scope."""
        if self.term is None:
            return index_url
        return f"{index_url}?{urlencode({self.kind: self.term.slug})}"
