from urllib.parse import urlencode

from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from .models import AdvisoryPage, GuidelinePage
from .models.indexes import paginate

MAX_QUERY_LENGTH = 200


def clean_query(value):
    """The search words as typed, without control characters, within a sane length."""
    printable = "".join(ch for ch in value if ch.isprintable() or ch.isspace())
    return " ".join(printable.split())[:MAX_QUERY_LENGTH]


def search_pages(query, locale):
    """Live, public advisories and guidelines in one language that match the words."""
    pages = (
        Page.objects.live()
        .public()
        .type(AdvisoryPage, GuidelinePage)
        .filter(locale=locale)
        .specific()
    )
    return pages.search(query, operator="and")


def search(request):
    """Search live, public advisories and guidelines in the current language."""
    query = clean_query(request.GET.get("q", ""))
    results = search_pages(query, Locale.get_active()) if query else Page.objects.none()
    context = {
        "search_query": query,
        "results": paginate(request, results),
        "page_query": urlencode({"q": query}) if query else "",
        "meta_title": _("Search: %(query)s") % {"query": query} if query else _("Search"),
        "meta_description": _("Search the fraud advisories and safe-browsing guidelines."),
    }
    return render(request, "advisories/search.html", context)
