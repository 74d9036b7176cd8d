import unicodedata
from urllib.parse import urlencode

from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from .models import AdvisoryPage, GuidelinePage
from .models.indexes import paginate

MAX_QUERY_LENGTH = 200
JOINERS = "\u200c\u200d"  # zero-width (non-)joiners, part of some Hindi, Bengali, Urdu words


def _word_character(ch):
    # Letters, digits and the combining vowel signs that Indic and Urdu words are made of.
    return unicodedata.category(ch)[0] in "LNM" or ch in JOINERS


def clean_query(value):
    """The words of the query, in any script; punctuation and control characters go.

    Search backends give some punctuation a meaning (SQLite's FTS5 fails on a lone
    quote), and nobody needs it to find an advisory.
    """
    text = "".join(ch if _word_character(ch) else " " for ch in value[: MAX_QUERY_LENGTH * 4])
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


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
