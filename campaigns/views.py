from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from wagtail.models import Locale
from wagtail.views import serve as wagtail_serve

from awareness_site.models import Audience, District

from .ical import build_calendar, window_start
from .models import DirectoryPage, OutreachSession

DIRECTORY_PATH = "cyber-cells/"


def directory(request):
    """The help box's 'Find your cyber cell': the directory page in this language.

    The demo page lives at this very address, so it is served in place; a directory
    page an editor moved or renamed is redirected to."""
    pages = DirectoryPage.objects.live()
    page = pages.filter(locale=Locale.get_active()).first() or pages.first()
    if page is None:
        raise Http404(_("There is no cyber-cell directory yet."))
    url = page.get_url(request)
    if url and url != request.path:
        return redirect(url)
    return wagtail_serve(request, DIRECTORY_PATH)


def _sessions():
    return (
        OutreachSession.objects.listing()
        .in_locale(Locale.get_active())
        .filter(ends_at__gte=window_start())
        .order_by("starts_at", "pk")
    )


def _calendar_response(sessions, name, feed_id, request):
    calendar = build_calendar(sessions, name, feed_id, request)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{feed_id}.ics"'
    return response


def calendar_all(request):
    return _calendar_response(_sessions(), _("Outreach sessions"), "sessions", request)


def calendar_audience(request, slug):
    audience = get_object_or_404(Audience, slug=slug, locale=Locale.get_active())
    name = _("Outreach sessions for %(audience)s") % {"audience": audience.name}
    sessions = _sessions().for_audience(audience)
    return _calendar_response(sessions, name, f"sessions-audience-{slug}", request)


def calendar_district(request, slug):
    district = get_object_or_404(District, slug=slug, locale=Locale.get_active())
    name = _("Outreach sessions in %(district)s") % {"district": district.name}
    sessions = _sessions().for_district(district)
    return _calendar_response(sessions, name, f"sessions-district-{slug}", request)
