"""Site-wide navigation: the home page, the main menu and the language links."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page, Site

register = template.Library()


def _home_for(request):
    site = Site.find_for_request(request)
    if site is None or site.root_page_id is None:
        return None
    return site.root_page.localized


def _live_urls(page):
    """URL of each live translation of a page, by language code (one query)."""
    translations = page.get_translations(inclusive=True).live().select_related("locale")
    return {t.locale.language_code: t.url for t in translations}


@register.filter
def ltr(value):
    """Keep the digit groups of a phone number in order inside right-to-left text."""
    return format_html('<bdi dir="ltr">{}</bdi>', value)


@register.simple_tag(takes_context=True)
def site_home(context):
    return _home_for(context["request"])


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context, home=None):
    home = home or _home_for(context["request"])
    items = list(home.get_children().live().public().in_menu()) if home else []
    return {
        "home": home,
        "items": items,
        "current": context.get("page"),
        "request": context["request"],
    }


@register.simple_tag(takes_context=True)
def language_links(context, home=None):
    """This page in every site language; without a translation, that language's home.

    Each link says whether it is a real translation of a page, so that only
    those are announced as <link rel="alternate" hreflang>.
    """
    request = context["request"]
    page = context.get("page")
    translations = _live_urls(page) if isinstance(page, Page) and page.pk else {}
    home = home or _home_for(request)
    homes = _live_urls(home) if home else {}
    links = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        if code in translations:
            url, alternate = translations[code], True
        elif isinstance(page, Page):
            url, alternate = homes.get(code), False
        else:
            url, alternate = translate_url(request.get_full_path(), code), False
        url = url or "/"
        links.append(
            {
                "code": code,
                "name": info["name_local"],
                "url": url,
                "absolute_url": request.build_absolute_uri(url),
                "alternate": alternate and bool(url),
                "current": code == get_language(),
                "dir": "rtl" if info["bidi"] else "ltr",
            }
        )
    return links


@register.inclusion_tag("includes/language_switcher.html")
def language_switcher(links):
    return {"links": links}
