"""Named queries for campaigns and their outreach sessions."""

from django.db import models
from django.db.models import Q
from wagtail.models import PageManager

from advisories.models.querysets import ReadablePageQuerySet


class CampaignQuerySet(ReadablePageQuerySet):
    def listing(self):
        return (
            self.readable()
            .select_related("locale", "listing_image", "unit")
            .prefetch_related("audiences", "districts")
        )

    def current(self, today):
        """Running and upcoming campaigns, the soonest first."""
        return self.filter(end_date__gte=today).order_by("start_date", "end_date", "pk")

    def past(self, today):
        """Ended campaigns, the most recent first."""
        return self.filter(end_date__lt=today).order_by("-end_date", "-start_date", "-pk")

    def for_audience(self, audience):
        return self.filter(audiences=audience)

    def for_district(self, district):
        return self.filter(districts=district)


CampaignManager = PageManager.from_queryset(CampaignQuerySet)


class OutreachSessionQuerySet(models.QuerySet):
    def readable(self):
        """Sessions of live campaigns the public may see (no drafts, no private pages)."""
        from .pages import CampaignPage

        return self.filter(page__in=CampaignPage.objects.readable().values("pk"))

    def listing(self):
        return self.readable().select_related("page", "page__locale", "district", "audience")

    def in_locale(self, locale):
        return self.filter(page__locale=locale)

    def upcoming(self, now):
        """Not yet over, the soonest first."""
        return self.filter(ends_at__gte=now).order_by("starts_at", "page_id", "sort_order", "pk")

    def held(self, now):
        return self.filter(starts_at__lt=now)

    def for_audience(self, audience):
        """Sessions for this audience, or for the campaign's audiences when unset."""
        return self.filter(
            Q(audience=audience) | Q(audience__isnull=True, page__audiences=audience)
        ).distinct()

    def for_district(self, district):
        """Sessions in this district, or in the campaign's districts when unset."""
        return self.filter(
            Q(district=district) | Q(district__isnull=True, page__districts=district)
        ).distinct()
