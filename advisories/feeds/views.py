"""Feed and CAP views: cached bodies, ETag and Last-Modified, 304 when unchanged."""

from django.http import Http404, HttpResponse
from django.utils.cache import get_conditional_response
from django.utils.http import http_date
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from . import cap
from .builders import build_advisory_feed, build_cap_index
from .cache import cached_feed
from .models import CapAlert

MAX_AGE = 300


@require_safe
def advisory_feed(request, fmt, kind="", slug=""):
    feed = cached_feed(
        request, get_language(), lambda: build_advisory_feed(request, fmt, kind, slug)
    )
    return _respond(request, feed.body, feed.content_type, feed.etag, feed.last_modified)


@require_safe
def cap_index(request):
    feed = cached_feed(request, get_language(), lambda: build_cap_index(request))
    return _respond(request, feed.body, feed.content_type, feed.etag, feed.last_modified)


@require_safe
def cap_advisory(request, guid):
    """The advisory's latest CAP message: its Alert, its last Update, or its Cancel."""
    latest = CapAlert.objects.for_advisory(guid).filter(language_code=get_language()).first()
    return _cap_response(request, latest)


@require_safe
def cap_message(request, message_id):
    """One CAP message, as referenced by later ones and linked from the alert index."""
    return _cap_response(request, CapAlert.objects.filter(message_id=message_id).first())


def _cap_response(request, alert):
    # A message of an advisory that is no longer live and public is gone with it.
    if alert is None or not CapAlert.objects.visible().filter(pk=alert.pk).exists():
        raise Http404("No such alert.")
    etag = f'"{alert.message_id.hex}"'
    return _respond(request, alert.document.encode(), cap.CONTENT_TYPE, etag, alert.sent)


def _respond(request, body, content_type, etag, last_modified):
    response = HttpResponse(body, content_type=content_type)
    response["ETag"] = etag
    response["Last-Modified"] = http_date(last_modified.timestamp())
    response["Cache-Control"] = f"public, max-age={MAX_AGE}"
    response["Access-Control-Allow-Origin"] = "*"  # public data, read by partner apps
    return get_conditional_response(
        request, etag=etag, last_modified=int(last_modified.timestamp()), response=response
    )
