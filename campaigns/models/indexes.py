"""The campaign list and the audience pages."""

from django.db import models
from django.shortcuts import get_object_or_404
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from advisories.models import AdvisoryIndexPage, AdvisoryPage, GuidelinePage
from advisories.models.indexes import paginate
from awareness_site.models import Audience
from awareness_site.routing import KnownViewRestrictionsMixin

from ..filters import CampaignFilterForm
from .pages import CampaignPage
from .sessions import OutreachSession

UPCOMING_SESSIONS = 20
AUDIENCE_LIST_SIZE = 10


class CampaignIndexPage(KnownViewRestrictionsMixin, Page):
    """Running and upcoming campaigns first, then past ones, and the sessions coming up."""

    intro = models.CharField(_("introduction"), max_length=300, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["awareness_site.HomePage"]
    subpage_types = ["campaigns.CampaignPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("campaign list")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = CampaignFilterForm(request.GET, locale=self.locale)
        children = CampaignPage.objects.child_of(self)
        campaigns = children.listing()
        sessions = OutreachSession.objects.listing().filter(page__in=children.values("pk"))
        audience, district = form.value("audience"), form.value("district")
        if audience:
            campaigns, sessions = campaigns.for_audience(audience), sessions.for_audience(audience)
        if district:
            campaigns, sessions = campaigns.for_district(district), sessions.for_district(district)
        today = timezone.localdate()
        query = request.GET.copy()
        query.pop("page", None)
        context.update(
            filters=form,
            filter_query=query.urlencode(),
            current_campaigns=list(campaigns.current(today)),
            past_campaigns=paginate(request, campaigns.past(today)),
            upcoming_sessions=list(sessions.upcoming(timezone.now())[:UPCOMING_SESSIONS]),
            calendar_url=reverse("campaigns:calendar"),
        )
        return context


def _advice_feed(slug, fmt):
    """The audience's advisory feed (the advisories app's), by name when it has one."""
    try:
        return reverse("feeds:audience", kwargs={"slug": slug, "fmt": fmt})
    except NoReverseMatch:
        return f"/feeds/audience/{slug}/{fmt}.xml"


def audience_feeds(audience):
    """Where to follow an audience: the advice feeds and the sessions' calendar."""
    return {
        "rss": _advice_feed(audience.slug, "rss"),
        "atom": _advice_feed(audience.slug, "atom"),
        "calendar": reverse("campaigns:calendar_audience", args=[audience.slug]),
    }


class AudienceIndexPage(KnownViewRestrictionsMixin, RoutablePageMixin, Page):
    """'Advice for you': one page per audience, made from the audience list itself."""

    intro = models.CharField(_("introduction"), max_length=300, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["awareness_site.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("audience pages")

    def audiences(self):
        return Audience.objects.filter(locale_id=self.locale_id).order_by("name")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        base = self.get_url(request)
        context["audience_links"] = [
            (audience, base + self.reverse_subpage("audience", args=[audience.slug]).lstrip("/"))
            for audience in self.audiences()
        ]
        return context

    @path("<slug:slug>/", name="audience")
    def audience_page(self, request, slug):
        audience = get_object_or_404(self.audiences(), slug=slug)
        return self.render(
            request,
            template="campaigns/audience_page.html",
            context_overrides=self.audience_context(audience),
        )

    def audience_context(self, audience):
        advisory_index = AdvisoryIndexPage.objects.live().filter(locale_id=self.locale_id).first()
        sessions = OutreachSession.objects.listing().in_locale(self.locale_id)
        return {
            "audience": audience,
            "meta_title": audience.name,
            "meta_description": _(
                "Frauds aimed at %(audience)s, advice, campaigns and sessions near you."
            )
            % {"audience": audience.name},
            "advisories": AdvisoryPage.objects.in_locale_of(self)
            .listing()
            .current()
            .for_audience(audience)[:AUDIENCE_LIST_SIZE],
            "advisory_index": advisory_index,
            "guidelines": GuidelinePage.objects.in_locale_of(self)
            .listing()
            .filter(audiences=audience)[:AUDIENCE_LIST_SIZE],
            "campaigns": CampaignPage.objects.in_locale_of(self)
            .listing()
            .for_audience(audience)
            .current(timezone.localdate()),
            "upcoming_sessions": sessions.for_audience(audience).upcoming(timezone.now())[
                :UPCOMING_SESSIONS
            ],
            "feeds": audience_feeds(audience),
        }

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        for audience in self.audiences():
            location = base + self.reverse_subpage("audience", args=[audience.slug]).lstrip("/")
            urls.append({"location": location, "lastmod": self.last_published_at})
        return urls
