from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Locale, Page, Site

register = template.Library()


def _home_for(request):
    site = Site.find_for_request(request)
    if site is None:
        return None
    return site.root_page.localized


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    home = _home_for(request)
    items = list(home.get_children().live().public().in_menu()) if home else []
    current = context.get("page")
    return {"home": home, "items": items, "current": current, "request": request}


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this page in every site language, or to that language's home."""
    request = context["request"]
    page = context.get("page")
    translations = {}
    if isinstance(page, Page) and page.pk:
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translation.locale.language_code] = translation.url
    home = _home_for(request)
    homes = {}
    if home:
        for translation in home.get_translations(inclusive=True).live().select_related("locale"):
            homes[translation.locale.language_code] = translation.url
    links = []
    for code, _name in settings.LANGUAGES:
        url = translations.get(code) or (
            homes.get(code) if page else translate_url(request.get_full_path(), code)
        )
        info = get_language_info(code)
        links.append(
            {
                "code": code,
                "name": info["name_local"],
                "url": url or "/",
                "current": code == get_language(),
                "dir": "rtl" if info["bidi"] else "ltr",
            }
        )
    return {"links": links}


@register.simple_tag(takes_context=True)
def site_home(context):
    return _home_for(context["request"])


@register.simple_tag
def active_locale():
    return Locale.get_active()
