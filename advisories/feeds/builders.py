"""Build one feed body from the database: a constant number of queries, whatever its size."""

from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Locale, Site

from awareness_site.models import HelpSettings

from . import jsonfeed, syndication
from .items import Category, FeedItem, advisory_item, term_labels
from .models import CapAlert
from .scopes import FEED_SIZE, KINDS, FeedScope
from .syndication import FeedMeta
from .text import UNKNOWN_TIME, one_line


def build_advisory_feed(request, fmt, kind="", slug=""):
    """(body, content type) of an advisory feed in the active language."""
    scope = FeedScope.resolve(kind, slug)
    unit = _unit_name(request)
    index_url = scope.index_url(request)
    schemes = {name: f"{index_url}?{name}=" for name in KINDS}
    base_url = _base_url(request)
    pages = scope.advisories()
    labels = term_labels(pages)
    items = [
        advisory_item(
            page,
            request=request,
            base_url=base_url,
            author=unit,
            terms=labels[page.pk],
            category_schemes=schemes,
        )
        for page in pages
    ]
    meta = FeedMeta(
        id=request.build_absolute_uri(scope.feed_path("atom")),
        title=scope.title(unit),
        description=scope.description(unit),
        html_url=scope.html_url(index_url),
        self_url=request.build_absolute_uri(scope.feed_path(fmt)),
        language=scope.locale.language_code,
        updated=_newest(items),
        author=unit,
    )
    return _render(fmt, meta, items)


def build_cap_index(request):
    """(body, content type) of the Atom index of current CAP alerts, as aggregators read it."""
    locale = Locale.get_active()
    unit = _unit_name(request)
    alerts = CapAlert.objects.current(locale.language_code).defer("document")[:FEED_SIZE]
    items = [_alert_item(request, alert, unit) for alert in alerts]
    self_url = request.build_absolute_uri(reverse("feeds:cap_index"))
    meta = FeedMeta(
        id=self_url,
        title=one_line(_("%(unit)s: current alerts (CAP)") % {"unit": unit}),
        description=_("Common Alerting Protocol 1.2 messages for fraud advisories."),
        html_url=FeedScope(locale).index_url(request),
        self_url=self_url,
        language=locale.language_code,
        updated=_newest(items),
        author=unit,
    )
    return _render("atom", meta, items)


def _alert_item(request, alert, unit):
    url = reverse("feeds:cap_message", kwargs={"message_id": alert.message_id})
    return FeedItem(
        guid=alert.identifier,
        title=one_line(alert.headline),
        summary=f"{alert.get_msg_type_display()}: {one_line(alert.headline)}",
        url=request.build_absolute_uri(url),
        published=alert.sent,
        updated=alert.sent,
        language=alert.language_code,
        author=unit,
        categories=(Category(term=alert.msg_type, label=alert.get_msg_type_display()),),
        link_type="application/cap+xml",
    )


def _base_url(request):
    """Where relative media URLs live: the site's own address, as page links use."""
    site = Site.find_for_request(request)
    return f"{site.root_url}/" if site else request.build_absolute_uri("/")


def _unit_name(request):
    return one_line(HelpSettings.for_request(request).unit_name)


def _newest(items):
    """Deterministic, so identical data gives an identical body and ETag in every process."""
    return max((item.updated for item in items), default=UNKNOWN_TIME)


def _render(fmt, meta, items):
    if fmt == "json":
        return jsonfeed.render(meta, items), jsonfeed.CONTENT_TYPE
    return syndication.render(fmt, meta, items), syndication.CONTENT_TYPES[fmt]
