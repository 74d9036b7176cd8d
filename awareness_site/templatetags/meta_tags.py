"""Title, description and Open Graph data of whatever a template shows."""

from django import template
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from awareness_site.models import HelpSettings

register = template.Library()

OG_IMAGE_FILTER = "fill-1200x630"


def _description(page):
    for name in ("search_description", "summary", "intro"):
        value = getattr(page, name, "")
        if value:
            return value
    return ""


def _image(request, page):
    image = getattr(page, "listing_image", None)
    if image is None:
        return None
    rendition = image.get_rendition(OG_IMAGE_FILTER)
    return {
        "url": request.build_absolute_uri(rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": image.alt_text,
    }


@register.simple_tag(takes_context=True)
def page_meta(context, title="", description=""):
    """Meta data for <head>: explicit values, then the view's, then the page's, then defaults."""
    request = context["request"]
    page = context.get("page")
    help_settings = HelpSettings.for_request(request)
    title = title or context.get("meta_title") or getattr(page, "seo_title", "")
    title = title or getattr(page, "title", "") or help_settings.unit_name
    description = description or context.get("meta_description") or _description(page)
    description = description or _("Fraud advisories and safe-browsing advice from %(unit)s.") % {
        "unit": help_settings.unit_name
    }
    return {
        "title": title,
        "description": description,
        "site_name": help_settings.unit_name,
        "type": getattr(page, "og_type", "website"),
        # With the request: Wagtail then reads the site's root paths kept on it.
        "url": page.get_full_url(request) if hasattr(page, "get_full_url") else None,
        "locale": f"{get_language()}_IN",
        "image": _image(request, page) if page is not None else None,
        "published": getattr(page, "first_published_at", None),
        "modified": getattr(page, "updated_at", None),
    }
