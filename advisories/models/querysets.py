from wagtail.models import PageManager
from wagtail.query import PageQuerySet

from awareness_site.privacy import OneQueryPrivacyMixin


class ReadablePageQuerySet(OneQueryPrivacyMixin, PageQuerySet):
    """Named queries for pages the public may read; ``public()`` costs no extra query."""

    def in_locale_of(self, page):
        return self.filter(locale_id=page.locale_id)

    def readable(self):
        return self.live().public()

    def listing(self):
        return (
            self.readable()
            .select_related("locale", "listing_image")
            .prefetch_related("threat_categories", "audiences")
            .order_by("-first_published_at", "-pk")
        )


class AdvisoryQuerySet(ReadablePageQuerySet):
    def listing(self):
        return super().listing().select_related("district")

    def for_audience(self, audience):
        return self.filter(audiences=audience)

    def for_category(self, category):
        return self.filter(threat_categories=category)

    def current(self):
        return self.filter(superseded_by__isnull=True)


AdvisoryManager = PageManager.from_queryset(AdvisoryQuerySet)
GuidelineManager = PageManager.from_queryset(ReadablePageQuerySet)
