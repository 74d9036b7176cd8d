from urllib.parse import urlencode

from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from .models import AdvisoryPage, GuidelinePage
from .models.indexes import paginate

MAX_QUERY_LENGTH = 200


def search(request):
    """Search live, public advisories and guidelines in the current language."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        pages = (
            Page.objects.live()
            .public()
            .type(AdvisoryPage, GuidelinePage)
            .filter(locale=Locale.get_active())
            .specific()
        )
        results = pages.search(query, operator="and")
    page_query = urlencode({"q": query}) if query else ""
    context = {
        "search_query": query,
        "results": paginate(request, results),
        "page_query": page_query,
        "title": _("Search"),
    }
    return render(request, "advisories/search.html", context)
