"""Site-wide navigation: the home page, the main menu and the language links."""

from django import template
from django.conf import settings
from django.db.models import Q
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page, Site

from .. import structure
from ..privacy import in_private_section
from ..structure import PageLink

register = template.Library()


def _site_pages(request, page):
    """The home page in the request's language, the menu, and the live translations
    of the page and of home: one query, kept in the structure cache.

    Links, not pages: ``{"home": PageLink, "menu": [PageLink], "page": {code: url},
    "homes": {code: url}}``. Kept on the request too: three tags share it.
    """
    page = page if isinstance(page, Page) and page.pk else None
    site = Site.find_for_request(request)
    key = (site.pk if site else None, get_language(), page.pk if page else None)
    cached = getattr(request, "_site_pages", None)
    if cached and cached[0] == key:
        return cached[1]
    found = structure.remembered(request, "site-pages", key, lambda: _build(request, site, page))
    request._site_pages = (key, found)
    return found


def _build(request, site, page):
    found = {"home": None, "menu": [], "page": {}, "homes": {}}
    if site is None or site.root_page_id is None:
        return found
    home = getattr(request, "localized_home", None) or site.root_page.localized
    found["home"] = PageLink.to(home, request)
    keys = {home.translation_key} | ({page.translation_key} if page else set())
    below_home = Q(path__startswith=home.path, depth=home.depth + 1, show_in_menus=True)
    rows = (
        Page.objects.live()
        .filter(Q(translation_key__in=keys) | below_home)
        .annotate(private=in_private_section())
        .select_related("locale")
        .order_by("path")
    )
    for row in rows:
        in_menu = row.show_in_menus and row.depth == home.depth + 1
        if in_menu and row.path.startswith(home.path) and not row.private:
            found["menu"].append(PageLink.to(row, request))
        if row.translation_key == home.translation_key:
            found["homes"][row.locale.language_code] = row.get_url(request)
        if page is not None and row.translation_key == page.translation_key:
            found["page"][row.locale.language_code] = row.get_url(request)
    return found


@register.filter
def ltr(value):
    """Keep the digit groups of a phone number in order inside right-to-left text."""
    return format_html('<bdi dir="ltr">{}</bdi>', value)


@register.simple_tag(takes_context=True)
def site_home(context):
    """The home page in the request's language, as a link (``pk``, ``title``, ``url``)."""
    return _site_pages(context["request"], context.get("page"))["home"]


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    found = _site_pages(request, context.get("page"))
    return {
        "home": found["home"],
        "items": found["menu"],
        "current": context.get("page"),
        "request": request,
    }


@register.simple_tag(takes_context=True)
def language_links(context):
    """This page in every site language; without a translation, that language's home.

    Each link says whether it is a real translation of a page, so that only
    those are announced as <link rel="alternate" hreflang>.
    """
    request = context["request"]
    page = context.get("page")
    found = _site_pages(request, page)
    translations = found["page"]
    homes = found["homes"]
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
